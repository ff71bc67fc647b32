<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>QObject</name>
    <message>
        <location filename="../app/console/main.cpp" line="+65"/>
        <source>Session kept in memory only</source>
        <translation>Sitzung nur im Speicher gehalten</translation>
    </message>
</context>
<context>
    <name>Tollgate::Console::SessionKeeper</name>
    <message>
        <location filename="../app/console/sessionkeeper.cpp" line="+21"/>
        <source>Session: checking the keychain…</source>
        <translation>Sitzung: Schlüsselbund wird geprüft …</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Session kept in the system keychain</source>
        <translation>Sitzung im Schlüsselbund des Systems gespeichert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No keychain available (%1): the session is kept in memory only</source>
        <translation>Kein Schlüsselbund verfügbar (%1): Die Sitzung wird nur im Speicher gehalten</translation>
    </message>
</context>
<context>
    <name>Tollgate::Models::AuditModel</name>
    <message>
        <location filename="../models/auditmodel.cpp" line="+105"/>
        <source>succeeded</source>
        <translation>erfolgreich</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>refused</source>
        <translation>abgelehnt</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Actor</source>
        <translation>Akteur</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Target</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
</context>
<context>
    <name>Tollgate::Models::BackupsModel</name>
    <message>
        <location filename="../models/backupsmodel.cpp" line="+109"/>
        <source>PostgreSQL</source>
        <translation>PostgreSQL</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>SQLite</source>
        <translation>SQLite</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Backup</source>
        <translation>Sicherung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Database</source>
        <translation>Datenbank</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>By</source>
        <translation>Von</translation>
    </message>
</context>
<context>
    <name>Tollgate::Models::DeploymentsModel</name>
    <message>
        <location filename="../models/catalogmodels.cpp" line="+157"/>
        <source>Enabled</source>
        <translation>Aktiviert</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Disabled</source>
        <translation>Deaktiviert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>stored</source>
        <translation>gespeichert</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>none</source>
        <translation>keiner</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Base URL</source>
        <translation>Basis-URL</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Served name</source>
        <translation>Bereitgestellter Name</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Weight</source>
        <translation>Gewichtung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>API key</source>
        <translation>API-Schlüssel</translation>
    </message>
</context>
<context>
    <name>Tollgate::Models::KeysModel</name>
    <message>
        <location filename="../models/keysmodel.cpp" line="+43"/>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Expired</source>
        <translation>Abgelaufen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Revoked</source>
        <translation>Widerrufen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Blocked</source>
        <translation>Gesperrt</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>The previous secret works until %1.</source>
        <translation>Das vorherige Geheimnis gilt bis %1.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>all subscribed</source>
        <translation>alle abonnierten</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+2"/>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Owner</source>
        <translation>Besitzer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Models</source>
        <translation>Modelle</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Spend / budget</source>
        <translation>Ausgaben / Budget</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Expires</source>
        <translation>Läuft ab</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last used</source>
        <translation>Zuletzt verwendet</translation>
    </message>
</context>
<context>
    <name>Tollgate::Models::ModelsModel</name>
    <message>
        <location filename="../models/catalogmodels.cpp" line="-99"/>
        <source>Restricted</source>
        <translation>Eingeschränkt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Open</source>
        <translation>Offen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enabled</source>
        <translation>Aktiviert</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Disabled</source>
        <translation>Deaktiviert</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Capabilities</source>
        <translation>Fähigkeiten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Input / 1M</source>
        <translation>Eingabe / 1 Mio.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Output / 1M</source>
        <translation>Ausgabe / 1 Mio.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Access</source>
        <translation>Zugriff</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Deployments</source>
        <translation>Bereitstellungen</translation>
    </message>
</context>
<context>
    <name>Tollgate::Models::NotificationsModel</name>
    <message>
        <location filename="../models/notificationsmodel.cpp" line="+77"/>
        <source>Soft budget crossed</source>
        <translation>Weiches Budget überschritten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Budget exhausted</source>
        <translation>Budget ausgeschöpft</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Key expiring</source>
        <translation>Schlüssel läuft ab</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Test alert</source>
        <translation>Testalarm</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Key %1</source>
        <translation>Schlüssel %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>User %1</source>
        <translation>Benutzer %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>System</source>
        <translation>System</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 (of %2)</source>
        <translation>%1 (von %2)</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Spend %1 reached the threshold %2</source>
        <translation>Ausgaben %1 haben die Schwelle %2 erreicht</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Expires %1</source>
        <translation>Läuft ab am %1</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Read</source>
        <translation>Gelesen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Unread</source>
        <translation>Ungelesen</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Alert</source>
        <translation>Alarm</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Subject</source>
        <translation>Betreff</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>State</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>Tollgate::Models::SubscriptionsModel</name>
    <message>
        <location filename="../models/subscriptionsmodel.cpp" line="+37"/>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pending</source>
        <translation>Ausstehend</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Denied</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancelled</source>
        <translation>Storniert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Expired</source>
        <translation>Abgelaufen</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Requested</source>
        <translation>Angefragt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last change</source>
        <translation>Letzte Änderung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reason</source>
        <translation>Begründung</translation>
    </message>
</context>
<context>
    <name>Tollgate::Models::UsersModel</name>
    <message>
        <location filename="../models/usersmodel.cpp" line="+62"/>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Inactive</source>
        <translation>Inaktiv</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Username</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Roles</source>
        <translation>Rollen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Spend / budget</source>
        <translation>Ausgaben / Budget</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last sign-in</source>
        <translation>Letzte Anmeldung</translation>
    </message>
</context>
<context>
    <name>Tollgate::Ui::AboutPage</name>
    <message>
        <location filename="../ui/aboutpage.h" line="+21"/>
        <source>About</source>
        <translation>Über</translation>
    </message>
    <message>
        <location filename="../ui/aboutpage.cpp" line="+46"/>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>The desktop admin console of Tollgate, models-as-a-service for private AI.</source>
        <translation>Die Desktop-Verwaltungskonsole von Tollgate, Models-as-a-Service für private KI.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Session storage</source>
        <translation>Sitzungsspeicher</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Server address</source>
        <translation>Serveradresse</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Version:</source>
        <translation>Version:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Qt:</source>
        <translation>Qt:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Licence:</source>
        <translation>Lizenz:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Server:</source>
        <translation>Server:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Session:</source>
        <translation>Sitzung:</translation>
    </message>
</context>
<context>
    <name>Tollgate::Ui::AuditPage</name>
    <message>
        <location filename="../ui/auditpage.cpp" line="+228"/>
        <source>&amp;From:</source>
        <translation>&amp;Von:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;To:</source>
        <translation>&amp;Bis:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Export…</source>
        <translation>&amp;Exportieren…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Cancel export</source>
        <translation>Export &amp;abbrechen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filter by actor</source>
        <translation>Nach Akteur filtern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A username from the list, or a user id.</source>
        <translation>Ein Benutzername aus der Liste oder eine Benutzer-ID.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Anyone</source>
        <translation>Alle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filter by action</source>
        <translation>Nach Aktion filtern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Any action, e.g. user. or key.create</source>
        <translation>Jede Aktion, z. B. user. oder key.create</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Actions starting with this text.</source>
        <translation>Aktionen, die mit diesem Text beginnen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filter by target type</source>
        <translation>Nach Zieltyp filtern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Any target</source>
        <translation>Jedes Ziel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filter by target id</source>
        <translation>Nach Ziel-ID filtern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Target id</source>
        <translation>Ziel-ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From date</source>
        <translation>Startdatum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To date (inclusive)</source>
        <translation>Enddatum (einschließlich)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Limit the start date</source>
        <translation>Startdatum begrenzen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Limit the end date</source>
        <translation>Enddatum begrenzen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search the audit log</source>
        <translation>Im Prüfprotokoll suchen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search names, actions, ids and changes</source>
        <translation>Namen, Aktionen, IDs und Änderungen durchsuchen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export the filtered entries</source>
        <translation>Gefilterte Einträge exportieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saves the entries of these filters as CSV or JSON.</source>
        <translation>Speichert die Einträge dieser Filter als CSV oder JSON.</translation>
    </message>
    <message>
        <location line="-29"/>
        <source>&amp;Reload</source>
        <translation>&amp;Neu laden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reload the audit log</source>
        <translation>Prüfprotokoll neu laden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ac&amp;tor:</source>
        <translation>Ak&amp;teur:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A&amp;ction:</source>
        <translation>A&amp;ktion:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tar&amp;get:</source>
        <translation>&amp;Ziel:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Search:</source>
        <translation>&amp;Suchen:</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Audit entries</source>
        <translation>Prüfeinträge</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Number of audit entries</source>
        <translation>Anzahl der Prüfeinträge</translation>
    </message>
    <message>
        <location line="-25"/>
        <source>Entry</source>
        <translation>Eintrag</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Selected entry</source>
        <translation>Ausgewählter Eintrag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changes before and after</source>
        <translation>Änderungen vorher und nachher</translation>
    </message>
    <message>
        <location line="-26"/>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Before</source>
        <translation>Vorher</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>After</source>
        <translation>Nachher</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Export progress</source>
        <translation>Exportfortschritt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export status</source>
        <translation>Exportstatus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel the export</source>
        <translation>Export abbrechen</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>Loading audit entries…</source>
        <translation>Prüfeinträge werden geladen…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Showing %1 of %2 entries</source>
        <translation>%1 von %2 Einträgen angezeigt</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Select an entry to see what changed.</source>
        <translation>Wählen Sie einen Eintrag, um die Änderungen zu sehen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 by %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>(system)</source>
        <translation>(System)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>When: %1</source>
        <translation>Wann: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Target: %1</source>
        <translation>Ziel: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Result: succeeded</source>
        <translation>Ergebnis: erfolgreich</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Result: refused</source>
        <translation>Ergebnis: abgelehnt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>From address: %1</source>
        <translation>Von Adresse: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Request id: %1</source>
        <translation>Anfrage-ID: %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>added</source>
        <translation>hinzugefügt</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>removed</source>
        <translation>entfernt</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>changed</source>
        <translation>geändert</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>(no recorded data)</source>
        <translation>(keine Daten aufgezeichnet)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>JSON files (*.json)</source>
        <translation>JSON-Dateien (*.json)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export the audit log</source>
        <translation>Prüfprotokoll exportieren</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Exporting to %1…</source>
        <translation>Export nach %1…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Exporting to %1… %2 entries (%3)</source>
        <translation>Export nach %1… %2 Einträge (%3)</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>Exported %n entries to %1.</source>
        <translation>
            <numerusform>%n Eintrag nach %1 exportiert.</numerusform>
            <numerusform>%n Einträge nach %1 exportiert.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The export was cancelled; no file was written.</source>
        <translation>Der Export wurde abgebrochen; es wurde keine Datei geschrieben.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The export failed: %1</source>
        <translation>Der Export ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location filename="../ui/auditpage.h" line="+42"/>
        <source>Audit log</source>
        <translation>Prüfprotokoll</translation>
    </message>
</context>
<context>
    <name>Tollgate::Ui::BackupsPage</name>
    <message>
        <location filename="../ui/backupspage.cpp" line="+166"/>
        <source>&amp;Back up now</source>
        <translation>Jetzt &amp;sichern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Do&amp;wnload…</source>
        <translation>&amp;Herunterladen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Test restore</source>
        <translation>&amp;Testwiederherstellung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;store…</source>
        <translation>&amp;Wiederherstellen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Delete…</source>
        <translation>&amp;Löschen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Cancel</source>
        <translation>&amp;Abbrechen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back up the whole store now</source>
        <translation>Den gesamten Speicher jetzt sichern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Download the selected backup</source>
        <translation>Ausgewählte Sicherung herunterladen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Test-restore the selected backup</source>
        <translation>Ausgewählte Sicherung testweise wiederherstellen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restore the selected backup</source>
        <translation>Ausgewählte Sicherung wiederherstellen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the selected backup</source>
        <translation>Ausgewählte Sicherung löschen</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>&amp;Reload</source>
        <translation>&amp;Neu laden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reload backups</source>
        <translation>Sicherungen neu laden</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Backups</source>
        <translation>Sicherungen</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Selected backup</source>
        <translation>Ausgewählte Sicherung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Test-restore result</source>
        <translation>Ergebnis der Testwiederherstellung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Test-restore report</source>
        <translation>Bericht der Testwiederherstellung</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>Table</source>
        <translation>Tabelle</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>At backup</source>
        <translation>Bei Sicherung</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Restored</source>
        <translation>Wiederhergestellt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Match</source>
        <translation>Gleich</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;b&gt;Test-restore report&lt;/b&gt;</source>
        <translation>&lt;b&gt;Bericht der Testwiederherstellung&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Operation progress</source>
        <translation>Fortschritt des Vorgangs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Backup status</source>
        <translation>Sicherungsstatus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop following the operation</source>
        <translation>Vorgang nicht mehr verfolgen</translation>
    </message>
    <message>
        <location line="-47"/>
        <source>No longer following the operation; it goes on at the server.</source>
        <translation>Der Vorgang wird nicht mehr verfolgt; er läuft auf dem Server weiter.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Loading backups…</source>
        <translation>Sicherungen werden geladen…</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n backup(s).</source>
        <translation>
            <numerusform>%n Sicherung.</numerusform>
            <numerusform>%n Sicherungen.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Your role (read-only admin) can see backups but not make, download, restore or delete them.</source>
        <translation>Ihre Rolle (Administrator mit Lesezugriff) kann Sicherungen sehen, aber nicht erstellen, herunterladen, wiederherstellen oder löschen.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A consistent copy of the whole store, made while the server runs.</source>
        <translation>Eine konsistente Kopie des gesamten Speichers, erstellt im laufenden Betrieb.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Restores into a scratch database and checks it; the live data is not touched.</source>
        <translation>Stellt in eine temporäre Datenbank wieder her und prüft sie; die Live-Daten bleiben unberührt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replaces all live data with this backup (asks first).</source>
        <translation>Ersetzt alle Live-Daten durch diese Sicherung (fragt vorher).</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>No backups yet.</source>
        <translation>Noch keine Sicherungen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select a backup.</source>
        <translation>Wählen Sie eine Sicherung.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Backup: %1</source>
        <translation>Sicherung: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Created: %1 by %2</source>
        <translation>Erstellt: %1 von %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Size: %1 (%2)</source>
        <translation>Größe: %1 (%2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Schema version: %1</source>
        <translation>Schemaversion: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 rows in %2 tables</source>
        <translation>%1 Zeilen in %2 Tabellen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SHA-256: %1…</source>
        <translation>SHA-256: %1…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>SHA-256: %1</source>
        <translation>SHA-256: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Not tested in this session. &lt;i&gt;Test restore&lt;/i&gt; restores it into a scratch database and compares every table.</source>
        <translation>In dieser Sitzung nicht getestet. &lt;i&gt;Testwiederherstellung&lt;/i&gt; stellt sie in eine temporäre Datenbank wieder her und vergleicht jede Tabelle.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Starting a backup…</source>
        <translation>Sicherung wird gestartet…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Backing up to %1…</source>
        <translation>Sicherung nach %1…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Backup %1 is ready.</source>
        <translation>Sicherung %1 ist fertig.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Starting a test restore of %1…</source>
        <translation>Testwiederherstellung von %1 wird gestartet…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Test restore of %1 running…</source>
        <translation>Testwiederherstellung von %1 läuft…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Restoring %1 into a scratch database…</source>
        <translation>%1 wird in eine temporäre Datenbank wiederhergestellt…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The test restore succeeded.</source>
        <translation>Die Testwiederherstellung war erfolgreich.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The test restore found problems; see the report.</source>
        <translation>Die Testwiederherstellung hat Probleme gefunden; siehe Bericht.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&lt;b style=&quot;color:#2e7d32&quot;&gt;Verified&lt;/b&gt;: the backup restores completely.</source>
        <translation>&lt;b style=&quot;color:#2e7d32&quot;&gt;Geprüft&lt;/b&gt;: Die Sicherung lässt sich vollständig wiederherstellen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;b style=&quot;color:#c62828&quot;&gt;Problems found&lt;/b&gt;: do not rely on this backup.</source>
        <translation>&lt;b style=&quot;color:#c62828&quot;&gt;Probleme gefunden&lt;/b&gt;: Verlassen Sie sich nicht auf diese Sicherung.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Integrity check: %1</source>
        <translation>Integritätsprüfung: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Row counts: all tables match the manifest.</source>
        <translation>Zeilenzahlen: Alle Tabellen stimmen mit dem Manifest überein.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Row counts: some tables differ from the manifest.</source>
        <translation>Zeilenzahlen: Einige Tabellen weichen vom Manifest ab.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Schema version: %1 at backup, %2 restored, %3 live</source>
        <translation>Schemaversion: %1 bei Sicherung, %2 wiederhergestellt, %3 live</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>NO</source>
        <translation>NEIN</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Save backup %1</source>
        <translation>Sicherung %1 speichern</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Downloading %1…</source>
        <translation>%1 wird heruntergeladen…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Downloading… %1 of %2</source>
        <translation>Herunterladen… %1 von %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Saved to %1.</source>
        <translation>Gespeichert unter %1.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Delete backup</source>
        <translation>Sicherung löschen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete backup %1? Its file is removed from the server; this cannot be undone.</source>
        <translation>Sicherung %1 löschen? Ihre Datei wird vom Server entfernt; das lässt sich nicht rückgängig machen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Delete backup</source>
        <translation>Sicherung &amp;löschen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the backup for good</source>
        <translation>Sicherung endgültig löschen</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Deleting %1…</source>
        <translation>%1 wird gelöscht…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Backup %1 deleted.</source>
        <translation>Sicherung %1 gelöscht.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Preparing the restore of %1…</source>
        <translation>Wiederherstellung von %1 wird vorbereitet…</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Backup %1 is restored. The data it replaced is kept in the safety backup %2 (restore that one to undo). Sessions made after the backup have ended; sign in again if asked.</source>
        <translation>Sicherung %1 ist wiederhergestellt. Die ersetzten Daten liegen in der Sicherheitssicherung %2 (diese wiederherstellen, um es rückgängig zu machen). Nach der Sicherung eröffnete Sitzungen sind beendet; melden Sie sich bei Aufforderung erneut an.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Another restore is running on the server. Nothing was changed; wait for it to end, then choose Restore again.</source>
        <translation>Auf dem Server läuft bereits eine andere Wiederherstellung. Nichts wurde geändert; warten Sie, bis sie endet, und wählen Sie dann erneut Wiederherstellen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The confirmation has expired (it lasts 5 minutes). Nothing was changed; choose Restore again.</source>
        <translation>Die Bestätigung ist abgelaufen (sie gilt 5 Minuten). Nichts wurde geändert; wählen Sie erneut Wiederherstellen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server no longer knows this confirmation (already used, or the server restarted). Nothing was changed; choose Restore again.</source>
        <translation>Der Server kennt diese Bestätigung nicht mehr (bereits verwendet oder der Server wurde neu gestartet). Nichts wurde geändert; wählen Sie erneut Wiederherstellen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This confirmation was issued to another admin. Nothing was changed.</source>
        <translation>Diese Bestätigung wurde einem anderen Administrator ausgestellt. Nichts wurde geändert.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This confirmation is for another backup. Nothing was changed; choose Restore again.</source>
        <translation>Diese Bestätigung gilt für eine andere Sicherung. Nichts wurde geändert; wählen Sie erneut Wiederherstellen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The restore was not confirmed. Nothing was changed.</source>
        <translation>Die Wiederherstellung wurde nicht bestätigt. Nichts wurde geändert.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This backup was made from another kind of database and cannot be restored here. Nothing was changed.</source>
        <translation>Diese Sicherung stammt aus einer anderen Datenbankart und kann hier nicht wiederhergestellt werden. Nichts wurde geändert.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This backup was made by another version of Tollgate (another schema version) and cannot be restored here. Nothing was changed.</source>
        <translation>Diese Sicherung wurde von einer anderen Tollgate-Version (andere Schemaversion) erstellt und kann hier nicht wiederhergestellt werden. Nichts wurde geändert.</translation>
    </message>
    <message>
        <location line="-72"/>
        <source>Confirm the restore of %1.</source>
        <translation>Bestätigen Sie die Wiederherstellung von %1.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Restore cancelled; nothing changed.</source>
        <translation>Wiederherstellung abgebrochen; nichts wurde geändert.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Restoring %1…</source>
        <translation>%1 wird wiederhergestellt…</translation>
    </message>
    <message>
        <location filename="../ui/backupspage.h" line="+43"/>
        <source>Backup &amp; restore</source>
        <translation>Sicherungen</translation>
    </message>
</context>
<context>
    <name>Tollgate::Ui::BannersPage</name>
    <message>
        <location filename="../ui/bannerspage.cpp" line="+38"/>
        <source>Information</source>
        <translation>Information</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Danger</source>
        <translation>Gefahr</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Success</source>
        <translation>Erfolg</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Plain</source>
        <translation>Neutral</translation>
    </message>
    <message>
        <location line="+162"/>
        <source>&amp;New banner</source>
        <translation>&amp;Neues Banner</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Reload</source>
        <translation>&amp;Neu laden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Banner</source>
        <translation>Banner</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Users may &amp;dismiss it</source>
        <translation>Benutzer dürfen es &amp;ausblenden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add &amp;language</source>
        <translation>&amp;Sprache hinzufügen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Save banner</source>
        <translation>Banner &amp;speichern</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+168"/>
        <source>&amp;Activate</source>
        <translation>&amp;Aktivieren</translation>
    </message>
    <message>
        <location line="-167"/>
        <source>Dele&amp;te…</source>
        <translation>&amp;Löschen…</translation>
    </message>
    <message>
        <location line="-20"/>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+26"/>
        <source>Variant</source>
        <translation>Variante</translation>
    </message>
    <message>
        <location line="-26"/>
        <source>Text (English)</source>
        <translation>Text (Englisch)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Languages</source>
        <translation>Sprachen</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+26"/>
        <source>Dismissible</source>
        <translation>Ausblendbar</translation>
    </message>
    <message>
        <location line="-26"/>
        <source>Changed</source>
        <translation>Geändert</translation>
    </message>
    <message>
        <location line="+20"/>
        <location filename="../ui/bannerspage.h" line="+38"/>
        <source>Banners</source>
        <translation>Banner</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New banner</source>
        <translation>Neues Banner</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reload banners</source>
        <translation>Banner neu laden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Number of banners</source>
        <translation>Anzahl der Banner</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Banner being edited</source>
        <translation>Bearbeitetes Banner</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Language to add</source>
        <translation>Hinzuzufügende Sprache</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A language tag such as fr, de or pt-br.</source>
        <translation>Ein Sprachkürzel wie fr, de oder pt-br.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add language</source>
        <translation>Sprache hinzufügen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Schedule</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save banner</source>
        <translation>Banner speichern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Activate or deactivate banner</source>
        <translation>Banner aktivieren oder deaktivieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+294"/>
        <source>Delete banner</source>
        <translation>Banner löschen</translation>
    </message>
    <message>
        <location line="-293"/>
        <source>Banner status</source>
        <translation>Banner-Status</translation>
    </message>
    <message>
        <location line="-33"/>
        <source>&amp;Variant:</source>
        <translation>&amp;Variante:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Text per language</source>
        <translation>Text je Sprache</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>English is required: users whose language has no text see it.</source>
        <translation>Englisch ist Pflicht: Benutzer, für deren Sprache es keinen Text gibt, sehen ihn.</translation>
    </message>
    <message>
        <location line="-24"/>
        <source>“%1” is not a language tag (like fr or pt-br).</source>
        <translation>„%1“ ist kein Sprachkürzel (wie fr oder pt-br).</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>Loading banners…</source>
        <translation>Banner werden geladen…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The banners could not be loaded: %1</source>
        <translation>Die Banner konnten nicht geladen werden: %1</translation>
    </message>
    <message>
        <location line="+162"/>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Inactive</source>
        <translation>Inaktiv</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message numerus="yes">
        <location line="-212"/>
        <location line="+93"/>
        <source>%n banner(s)</source>
        <translation>
            <numerusform>%n Banner</numerusform>
            <numerusform>%n Banner</numerusform>
        </translation>
    </message>
    <message>
        <location line="+75"/>
        <source>&lt;b&gt;New banner&lt;/b&gt; (created inactive)</source>
        <translation>&lt;b&gt;Neues Banner&lt;/b&gt; (wird inaktiv angelegt)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;b&gt;Active banner&lt;/b&gt;</source>
        <translation>&lt;b&gt;Aktives Banner&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;b&gt;Inactive banner&lt;/b&gt;</source>
        <translation>&lt;b&gt;Inaktives Banner&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Shown from %1 until %2.</source>
        <translation>Angezeigt von %1 bis %2.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>now</source>
        <translation>jetzt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>further notice</source>
        <translation>auf Weiteres</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>De&amp;activate</source>
        <translation>De&amp;aktivieren</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Text in %1</source>
        <translation>Text auf %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove %1</source>
        <translation>%1 entfernen</translation>
    </message>
    <message>
        <location line="+85"/>
        <source>Write the English text first: it is shown to everyone whose language has none.</source>
        <translation>Schreiben Sie zuerst den englischen Text: Er wird allen gezeigt, deren Sprache keinen hat.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Banner created (inactive).</source>
        <translation>Banner angelegt (inaktiv).</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Banner saved.</source>
        <translation>Banner gespeichert.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Banner deactivated.</source>
        <translation>Banner deaktiviert.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Banner activated; any other active banner was deactivated.</source>
        <translation>Banner aktiviert; ein anderes aktives Banner wurde deaktiviert.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Delete this banner with all its texts? This cannot be undone.</source>
        <translation>Dieses Banner mit allen Texten löschen? Das lässt sich nicht rückgängig machen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Banner deleted.</source>
        <translation>Banner gelöscht.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Saving…</source>
        <translation>Wird gespeichert…</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Another admin changed this banner after you opened it, so it was not saved. Reload to see their version, then make your change again.</source>
        <translation>Ein anderer Admin hat dieses Banner geändert, nachdem Sie es geöffnet haben; es wurde nicht gespeichert. Laden Sie neu, um seine Fassung zu sehen, und ändern Sie es dann erneut.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Your role (read-only admin) can see banners but not change them.</source>
        <translation>Ihre Rolle (Admin mit Lesezugriff) darf Banner sehen, aber nicht ändern.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The English text is required.</source>
        <translation>Der englische Text ist Pflicht.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save the banner first.</source>
        <translation>Speichern Sie das Banner zuerst.</translation>
    </message>
</context>
<context>
    <name>Tollgate::Ui::BrandingPage</name>
    <message>
        <location filename="../ui/brandingpage.cpp" line="+38"/>
        <source>Login logo</source>
        <translation>Anmeldelogo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Header logo (light)</source>
        <translation>Kopfzeilenlogo (hell)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Header logo (dark)</source>
        <translation>Kopfzeilenlogo (dunkel)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The file is empty.</source>
        <translation>Die Datei ist leer.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The file has %1; the server takes images of at most 2 MB.</source>
        <translation>Die Datei hat %1; der Server nimmt Bilder bis höchstens 2 MB an.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>This is not a PNG, JPEG or SVG image.</source>
        <translation>Das ist kein PNG-, JPEG- oder SVG-Bild.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The image cannot be read; the file may be damaged.</source>
        <translation>Das Bild lässt sich nicht lesen; die Datei ist vielleicht beschädigt.</translation>
    </message>
    <message>
        <location line="+162"/>
        <source>&amp;Save branding</source>
        <translation>Branding &amp;speichern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;vert</source>
        <translation>&amp;Zurücksetzen</translation>
    </message>
    <message>
        <location line="-25"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Subtitle</source>
        <translation>Untertitel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Footer</source>
        <translation>Fußzeile</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>At most %1 characters.</source>
        <translation>Höchstens %1 Zeichen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Texts</source>
        <translation>Texte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;ubtitle:</source>
        <translation>&amp;Untertitel:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Footer:</source>
        <translation>&amp;Fußzeile:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Logos</source>
        <translation>Logos</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 thumbnail</source>
        <translation>Vorschaubild: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 status</source>
        <translation>Status: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose…</source>
        <translation>Auswählen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose %1</source>
        <translation>Auswählen: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove %1</source>
        <translation>%1 entfernen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>PNG, JPEG or SVG, at most 2 MB. The dark header uses the light logo when it has none of its own.</source>
        <translation>PNG, JPEG oder SVG, höchstens 2 MB. Die dunkle Kopfzeile nutzt das helle Logo, wenn sie kein eigenes hat.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Branding status</source>
        <translation>Branding-Status</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save branding</source>
        <translation>Branding speichern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Revert branding changes</source>
        <translation>Branding-Änderungen verwerfen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Preview of the login screen</source>
        <translation>Vorschau des Anmeldebildschirms</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Loading the branding…</source>
        <translation>Branding wird geladen…</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+52"/>
        <source>Loading the logos…</source>
        <translation>Logos werden geladen…</translation>
    </message>
    <message>
        <location line="-48"/>
        <source>The branding could not be loaded: %1</source>
        <translation>Das Branding konnte nicht geladen werden: %1</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>loading…</source>
        <translation>wird geladen…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The image could not be loaded: %1</source>
        <translation>Das Bild konnte nicht geladen werden: %1</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Removed when you save.</source>
        <translation>Wird beim Speichern entfernt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New image (%1), uploaded when you save.</source>
        <translation>Neues Bild (%1), wird beim Speichern hochgeladen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Saved image (%1).</source>
        <translation>Gespeichertes Bild (%1).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No image.</source>
        <translation>Kein Bild.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Choose the %1</source>
        <translation>Auswählen: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Images (*.png *.jpg *.jpeg *.svg)</source>
        <translation>Bilder (*.png *.jpg *.jpeg *.svg)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>All files (*)</source>
        <translation>Alle Dateien (*)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 has %2; the server takes images of at most 2 MB.</source>
        <translation>%1 hat %2; der Server nimmt Bilder bis höchstens 2 MB an.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 cannot be read: %2</source>
        <translation>%1 lässt sich nicht lesen: %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 was not taken: %2</source>
        <translation>%1 wurde nicht übernommen: %2</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Saving…</source>
        <translation>Wird gespeichert…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Branding saved.</source>
        <translation>Branding gespeichert.</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Another admin changed the branding after you loaded it, so your changes were not all saved. Your edits are still here: note them, press Revert to load the current branding, then make them again.</source>
        <translation>Ein anderer Admin hat das Branding nach dem Laden geändert; Ihre Änderungen wurden nicht alle gespeichert. Sie stehen noch hier: Notieren Sie sie, laden Sie mit „Zurücksetzen“ das aktuelle Branding und ändern Sie es dann erneut.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Saving failed: %1</source>
        <translation>Speichern fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Your role (read-only admin) can see the branding but not change it.</source>
        <translation>Ihre Rolle (Admin mit Lesezugriff) darf das Branding sehen, aber nicht ändern.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Nothing has changed.</source>
        <translation>Nichts wurde geändert.</translation>
    </message>
    <message>
        <location filename="../ui/brandingpage.h" line="+37"/>
        <source>Branding</source>
        <translation>Branding</translation>
    </message>
</context>
<context>
    <name>Tollgate::Ui::ConnectPage</name>
    <message>
        <location filename="../ui/connectpage.cpp" line="+84"/>
        <source>&amp;Connect</source>
        <translation>&amp;Verbinden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Trust this certificate</source>
        <translation>Diesem Zertifikat &amp;vertrauen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Server address</source>
        <translation>Serveradresse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connection status</source>
        <translation>Verbindungsstatus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accept this exact certificate for this server from now on.</source>
        <translation>Genau dieses Zertifikat für diesen Server ab jetzt akzeptieren.</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>&lt;h2&gt;Tollgate&lt;/h2&gt;&lt;p&gt;Connect to a Tollgate server.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Tollgate&lt;/h2&gt;&lt;p&gt;Mit einem Tollgate-Server verbinden.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Server:</source>
        <translation>&amp;Server:</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Enter an http:// or https:// address.</source>
        <translation>Geben Sie eine http://- oder https://-Adresse ein.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Connecting to %1…</source>
        <translation>Verbindung mit %1 …</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Connected: the server is ready.</source>
        <translation>Verbunden: Der Server ist bereit.</translation>
    </message>
</context>
<context>
    <name>Tollgate::Ui::CreateKeyDialog</name>
    <message>
        <location filename="../ui/keydialogs.cpp" line="+198"/>
        <location line="+6"/>
        <location line="+4"/>
        <location line="+5"/>
        <source>policy default</source>
        <translation>Vorgabe der Richtlinie</translation>
    </message>
    <message>
        <location line="-14"/>
        <location line="+7"/>
        <source>At most %1 (key policy).</source>
        <translation>Höchstens %1 (Schlüsselrichtlinie).</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>Requests per minute</source>
        <translation>Anfragen pro Minute</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tokens per minute</source>
        <translation>Tokens pro Minute</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>&amp;Create key</source>
        <translation>Schlüssel &amp;erstellen</translation>
    </message>
    <message>
        <location line="-13"/>
        <location line="+1"/>
        <source>New API key</source>
        <translation>Neuer API-Schlüssel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search users</source>
        <translation>Benutzer suchen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search owners</source>
        <translation>Besitzer suchen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Owner</source>
        <translation>Besitzer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Key name</source>
        <translation>Schlüsselname</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. CI pipeline</source>
        <translation>z. B. CI-Pipeline</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Models</source>
        <translation>Modelle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Maximum budget</source>
        <translation>Maximales Budget</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>policy default (%1)</source>
        <translation>Vorgabe der Richtlinie (%1)</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>Budget period</source>
        <translation>Budgetzeitraum</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>daily</source>
        <translation>täglich</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>weekly</source>
        <translation>wöchentlich</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>monthly</source>
        <translation>monatlich</translation>
    </message>
    <message>
        <location line="-20"/>
        <source>Expires in days</source>
        <translation>Läuft ab in Tagen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> days</source>
        <translation> Tage</translation>
    </message>
    <message numerus="yes">
        <location line="+22"/>
        <source>policy default (%n day(s))</source>
        <translation>
            <numerusform>Vorgabe der Richtlinie (%n Tag)</numerusform>
            <numerusform>Vorgabe der Richtlinie (%n Tage)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>At most %n day(s) (key policy).</source>
        <translation>
            <numerusform>Höchstens %n Tag (Schlüsselrichtlinie).</numerusform>
            <numerusform>Höchstens %n Tage (Schlüsselrichtlinie).</numerusform>
        </translation>
    </message>
    <message>
        <location line="-25"/>
        <source>Dialog status</source>
        <translation>Dialogstatus</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Create key</source>
        <translation>Schlüssel erstellen</translation>
    </message>
    <message>
        <location line="-23"/>
        <source>Find owner:</source>
        <translation>Besitzer finden:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Owner:</source>
        <translation>&amp;Besitzer:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mo&amp;dels:</source>
        <translation>Mo&amp;delle:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Max &amp;budget:</source>
        <translation>Max. &amp;Budget:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Budget &amp;resets:</source>
        <translation>Budget wird &amp;zurückgesetzt:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Expires in:</source>
        <translation>&amp;Läuft ab in:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Requests/min:</source>
        <translation>Anfragen/Min.:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tokens/min:</source>
        <translation>Tokens/Min.:</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>Loading users…</source>
        <translation>Benutzer werden geladen…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>No active user matches.</source>
        <translation>Kein aktiver Benutzer passt.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Loading the owner&apos;s subscriptions…</source>
        <translation>Abonnements des Besitzers werden geladen…</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>%1 has no active subscription: the key will not reach any model until they subscribe.</source>
        <translation>%1 hat kein aktives Abonnement: Der Schlüssel erreicht kein Modell, bis ein Abonnement besteht.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>None checked: every model %1 is subscribed to.</source>
        <translation>Keines angehakt: alle Modelle, die %1 abonniert hat.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The key policy has not loaded yet.</source>
        <translation>Die Schlüsselrichtlinie ist noch nicht geladen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose the key&apos;s owner.</source>
        <translation>Wählen Sie den Besitzer des Schlüssels.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Give the key a name.</source>
        <translation>Geben Sie dem Schlüssel einen Namen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The name is too long (at most %1 characters).</source>
        <translation>Der Name ist zu lang (höchstens %1 Zeichen).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The budget may be at most %1.</source>
        <translation>Das Budget darf höchstens %1 betragen.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>A key may live at most %n day(s).</source>
        <translation>
            <numerusform>Ein Schlüssel darf höchstens %n Tag gelten.</numerusform>
            <numerusform>Ein Schlüssel darf höchstens %n Tage gelten.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>At most %1 requests per minute.</source>
        <translation>Höchstens %1 Anfragen pro Minute.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>At most %1 tokens per minute.</source>
        <translation>Höchstens %1 Tokens pro Minute.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Creating the key…</source>
        <translation>Schlüssel wird erstellt…</translation>
    </message>
</context>
<context>
    <name>Tollgate::Ui::DashboardPage</name>
    <message>
        <location filename="../ui/dashboardpage.h" line="+40"/>
        <source>Dashboard</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <location filename="../ui/dashboardpage.cpp" line="+190"/>
        <source>Signed-in user</source>
        <translation>Angemeldeter Benutzer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your roles</source>
        <translation>Ihre Rollen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Server address</source>
        <translation>Serveradresse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Server readiness</source>
        <translation>Serverbereitschaft</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Users</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <location line="-23"/>
        <source>Usage</source>
        <translation>Nutzung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This month</source>
        <translation>Dieser Monat</translation>
    </message>
    <message>
        <location line="-36"/>
        <source>Requests</source>
        <translation>Anfragen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tokens</source>
        <translation>Tokens</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cost</source>
        <translation>Kosten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Active users</source>
        <translation>Aktive Benutzer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Failed requests</source>
        <translation>Fehlgeschlagene Anfragen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Success rate</source>
        <translation>Erfolgsquote</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>%1 today</source>
        <translation>%1 heute</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 this month</source>
        <translation>%1 diesen Monat</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Operations</source>
        <translation>Betrieb</translation>
    </message>
    <message>
        <location line="-32"/>
        <source>Pending approvals:</source>
        <translation>Offene Freigaben:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Pending approvals</source>
        <translation>Offene Freigaben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enabled models:</source>
        <translation>Aktivierte Modelle:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Enabled models</source>
        <translation>Aktivierte Modelle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enabled deployments:</source>
        <translation>Aktivierte Deployments:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Enabled deployments</source>
        <translation>Aktivierte Deployments</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Upstream errors since the server started:</source>
        <translation>Upstream-Fehler seit dem Serverstart:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Upstream errors since the server started</source>
        <translation>Upstream-Fehler seit dem Serverstart</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shared limits:</source>
        <translation>Gemeinsame Limits:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Shared limits</source>
        <translation>Gemeinsame Limits</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>You</source>
        <translation>Sie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signed in as:</source>
        <translation>Angemeldet als:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Roles:</source>
        <translation>Rollen:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address:</source>
        <translation>Adresse:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Readiness:</source>
        <translation>Bereitschaft:</translation>
    </message>
    <message>
        <location line="-32"/>
        <source>All users:</source>
        <translation>Alle Benutzer:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Active:</source>
        <translation>Aktiv:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Inactive:</source>
        <translation>Inaktiv:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Admins:</source>
        <translation>Administratoren:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read-only admins:</source>
        <translation>Administratoren (nur Lesen):</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Refresh dashboard</source>
        <translation>Dashboard aktualisieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Automatic refresh</source>
        <translation>Automatische Aktualisierung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No automatic refresh</source>
        <translation>Keine automatische Aktualisierung</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Every 30 seconds</source>
        <translation>Alle 30 Sekunden</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Every minute</source>
        <translation>Jede Minute</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every 5 minutes</source>
        <translation>Alle 5 Minuten</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Last refresh</source>
        <translation>Letzte Aktualisierung</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Updating…</source>
        <translation>Wird aktualisiert…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>checking…</source>
        <translation>wird geprüft …</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>ready</source>
        <translation>bereit</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Everyone&apos;s usage (UTC days).</source>
        <translation>Nutzung aller (UTC-Tage).</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Your own usage (UTC days).</source>
        <translation>Ihre eigene Nutzung (UTC-Tage).</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Updated %1</source>
        <translation>Aktualisiert %1</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>%1 %</source>
        <comment>percentage</comment>
        <translation>%1 %</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no requests</source>
        <translation>keine Anfragen</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>%1 %2</source>
        <comment>amount, currency code</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location line="+42"/>
        <location line="+2"/>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No enabled model has an enabled deployment: requests to the gateway will fail.</source>
        <translation>Kein aktiviertes Modell hat ein aktiviertes Deployment: Anfragen an das Gateway schlagen fehl.</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>degraded: Redis is unreachable, each replica enforces its share alone</source>
        <translation>eingeschränkt: Redis ist nicht erreichbar, jede Replik setzt ihren Anteil allein durch</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>working</source>
        <translation>funktionieren</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>loading…</source>
        <translation>wird geladen …</translation>
    </message>
    <message>
        <location line="-167"/>
        <location line="+187"/>
        <source>unavailable</source>
        <translation>nicht verfügbar</translation>
    </message>
</context>
<context>
    <name>Tollgate::Ui::DeploymentDialog</name>
    <message>
        <location filename="../ui/modeldialogs.cpp" line="+76"/>
        <source>Add deployment to %1</source>
        <translation>Bereitstellung zu %1 hinzufügen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Base URL</source>
        <translation>Basis-URL</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Served name</source>
        <translation>Bereitgestellter Name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Upstream API key</source>
        <translation>API-Schlüssel des Upstreams</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>optional; stored encrypted, never shown again</source>
        <translation>optional; verschlüsselt gespeichert, nie wieder angezeigt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Weight</source>
        <translation>Gewichtung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dialog status</source>
        <translation>Dialogstatus</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>&amp;Add</source>
        <translation>&amp;Hinzufügen</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>&amp;Base URL:</source>
        <translation>&amp;Basis-URL:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Served name:</source>
        <translation>Bereitgestellter &amp;Name:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>API &amp;key:</source>
        <translation>API-&amp;Schlüssel:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Weight:</source>
        <translation>&amp;Gewichtung:</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Enter the upstream&apos;s http(s) address, e.g. http://vllm:8000/v1.</source>
        <translation>Geben Sie die http(s)-Adresse des Upstreams ein, z. B. http://vllm:8000/v1.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Adding…</source>
        <translation>Wird hinzugefügt…</translation>
    </message>
</context>
<context>
    <name>Tollgate::Ui::EditKeyDialog</name>
    <message>
        <location filename="../ui/keydialogs.cpp" line="+103"/>
        <source>Edit key “%1”</source>
        <translation>Schlüssel „%1“ bearbeiten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit API key</source>
        <translation>API-Schlüssel bearbeiten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Requests/min:</source>
        <translation>Anfragen/Min.:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tokens/min:</source>
        <translation>Tokens/Min.:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Parallel:</source>
        <translation>&amp;Parallel:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Max &amp;budget:</source>
        <translation>Max. &amp;Budget:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Budget &amp;resets:</source>
        <translation>Budget wird &amp;zurückgesetzt:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Expires in:</source>
        <translation>&amp;Läuft ab in:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Key name</source>
        <translation>Schlüsselname</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Requests per minute</source>
        <translation>Anfragen pro Minute</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tokens per minute</source>
        <translation>Tokens pro Minute</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Parallel requests</source>
        <translation>Parallele Anfragen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>no limit</source>
        <translation>keine Grenze</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+5"/>
        <source>At most %1 (key policy).</source>
        <translation>Höchstens %1 (Schlüsselrichtlinie).</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Maximum budget</source>
        <translation>Maximales Budget</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no budget</source>
        <translation>kein Budget</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Budget period</source>
        <translation>Budgetzeitraum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>never resets</source>
        <translation>nie zurückgesetzt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>daily</source>
        <translation>täglich</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>weekly</source>
        <translation>wöchentlich</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>monthly</source>
        <translation>monatlich</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Expires in days</source>
        <translation>Läuft ab in Tagen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> days</source>
        <translation> Tage</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unchanged (%1)</source>
        <translation>unverändert (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unchanged</source>
        <translation>unverändert</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Days from now; at most %n (key policy).</source>
        <translation>
            <numerusform>Tage ab jetzt; höchstens %n (Schlüsselrichtlinie).</numerusform>
            <numerusform>Tage ab jetzt; höchstens %n (Schlüsselrichtlinie).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Days from now.</source>
        <translation>Tage ab jetzt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ne&amp;ver expires</source>
        <translation>Läuft &amp;nie ab</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Never expires</source>
        <translation>Läuft nie ab</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>The key policy wants every key to expire within %n day(s).</source>
        <translation>
            <numerusform>Die Schlüsselrichtlinie verlangt, dass jeder Schlüssel innerhalb von %n Tag abläuft.</numerusform>
            <numerusform>Die Schlüsselrichtlinie verlangt, dass jeder Schlüssel innerhalb von %n Tagen abläuft.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Dialog status</source>
        <translation>Dialogstatus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Save changes</source>
        <translation>Änderungen &amp;speichern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save key</source>
        <translation>Schlüssel speichern</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Give the key a name.</source>
        <translation>Geben Sie dem Schlüssel einen Namen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The name is too long (at most %1 characters).</source>
        <translation>Der Name ist zu lang (höchstens %1 Zeichen).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>At most %1 requests per minute.</source>
        <translation>Höchstens %1 Anfragen pro Minute.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>At most %1 tokens per minute.</source>
        <translation>Höchstens %1 Tokens pro Minute.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The budget may be at most %1.</source>
        <translation>Das Budget darf höchstens %1 betragen.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>A key may live at most %n day(s).</source>
        <translation>
            <numerusform>Ein Schlüssel darf höchstens %n Tag gültig sein.</numerusform>
            <numerusform>Ein Schlüssel darf höchstens %n Tage gültig sein.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing has changed.</source>
        <translation>Nichts wurde geändert.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Saving the key…</source>
        <translation>Schlüssel wird gespeichert…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Someone changed this key after you opened it, so nothing was saved. Close this dialog and open it again to see the current values.</source>
        <translation>Jemand hat diesen Schlüssel geändert, nachdem Sie ihn geöffnet haben, daher wurde nichts gespeichert. Schließen Sie diesen Dialog und öffnen Sie ihn erneut, um die aktuellen Werte zu sehen.</translation>
    </message>
</context>
<context>
    <name>Tollgate::Ui::ErrorText</name>
    <message>
        <location filename="../ui/errortext.cpp" line="+34"/>
        <source>The server refused the connection. Is it running at this address?</source>
        <translation>Der Server hat die Verbindung abgelehnt. Läuft er unter dieser Adresse?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server&apos;s host name is unknown. Check the address.</source>
        <translation>Der Hostname des Servers ist unbekannt. Prüfen Sie die Adresse.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server did not answer in time.</source>
        <translation>Der Server hat nicht rechtzeitig geantwortet.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The request was cancelled.</source>
        <translation>Die Anfrage wurde abgebrochen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No server address is set.</source>
        <translation>Es ist keine Serveradresse festgelegt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cannot reach the server: %1</source>
        <translation>Server nicht erreichbar: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server&apos;s certificate is not trusted (%1). SHA-256 fingerprint: %2</source>
        <translation>Dem Zertifikat des Servers wird nicht vertraut (%1). SHA-256-Fingerabdruck: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The secure connection failed: %1</source>
        <translation>Die sichere Verbindung ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server&apos;s answer was not understood. Is this a Tollgate server?</source>
        <translation>Die Antwort des Servers wurde nicht verstanden. Ist das ein Tollgate-Server?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your session has ended. Please sign in again.</source>
        <translation>Ihre Sitzung ist beendet. Bitte melden Sie sich erneut an.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Wrong username or password.</source>
        <translation>Falscher Benutzername oder falsches Passwort.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Too many sign-in attempts. Try again in %n second(s).</source>
        <translation>
            <numerusform>Zu viele Anmeldeversuche. Versuchen Sie es in %n Sekunde erneut.</numerusform>
            <numerusform>Zu viele Anmeldeversuche. Versuchen Sie es in %n Sekunden erneut.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Too many sign-in attempts. Try again later.</source>
        <translation>Zu viele Anmeldeversuche. Versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Someone else changed this in the meantime. Reload and try again.</source>
        <translation>Jemand anderes hat dies inzwischen geändert. Neu laden und erneut versuchen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This change would leave no active admin.</source>
        <translation>Nach dieser Änderung gäbe es keinen aktiven Administrator mehr.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your role does not allow this.</source>
        <translation>Ihre Rolle erlaubt das nicht.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>It no longer exists.</source>
        <translation>Es existiert nicht mehr.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server refused the input.</source>
        <translation>Der Server hat die Eingabe abgelehnt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server refused the value of %1.</source>
        <translation>Der Server hat den Wert von %1 abgelehnt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server is not ready (its database may be unreachable).</source>
        <translation>Der Server ist nicht bereit (seine Datenbank ist eventuell nicht erreichbar).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server failed (HTTP %1).</source>
        <translation>Fehler auf dem Server (HTTP %1).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The request failed (HTTP %1).</source>
        <translation>Die Anfrage ist fehlgeschlagen (HTTP %1).</translation>
    </message>
    <message>
        <location line="-39"/>
        <source>The file cannot be written: %1</source>
        <translation>Die Datei kann nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>The operation failed at the server.</source>
        <translation>Der Vorgang ist auf dem Server fehlgeschlagen.</translation>
    </message>
</context>
<context>
    <name>Tollgate::Ui::KeysPage</name>
    <message>
        <location filename="../ui/keyspage.cpp" line="+135"/>
        <source>&amp;New key…</source>
        <translation>&amp;Neuer Schlüssel…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>R&amp;otate…</source>
        <translation>&amp;Rotieren…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;voke…</source>
        <translation>&amp;Widerrufen…</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>Search</source>
        <translation>Suchen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search keys</source>
        <translation>Schlüssel suchen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Finds keys by name, alias or the start of the key.</source>
        <translation>Findet Schlüssel nach Name, Alias oder Anfang des Schlüssels.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filter by state</source>
        <translation>Nach Zustand filtern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All states</source>
        <translation>Alle Zustände</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Expired</source>
        <translation>Abgelaufen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Revoked</source>
        <translation>Widerrufen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Blocked</source>
        <translation>Gesperrt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Reload</source>
        <translation>&amp;Neu laden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reload keys</source>
        <translation>Schlüssel neu laden</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../ui/keyspage.h" line="+33"/>
        <source>API keys</source>
        <translation>API-Schlüssel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Number of keys</source>
        <translation>Anzahl der Schlüssel</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>New key</source>
        <translation>Neuer Schlüssel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rotate key</source>
        <translation>Schlüssel rotieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+121"/>
        <source>Revoke key</source>
        <translation>Schlüssel widerrufen</translation>
    </message>
    <message>
        <location line="-120"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit key</source>
        <translation>Schlüssel bearbeiten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Delete…</source>
        <translation>&amp;Löschen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+157"/>
        <source>Delete key</source>
        <translation>Schlüssel löschen</translation>
    </message>
    <message>
        <location line="-156"/>
        <source>Key status</source>
        <translation>Schlüsselstatus</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The key policy could not be loaded: %1</source>
        <translation>Die Schlüsselrichtlinie konnte nicht geladen werden: %1</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Loading keys…</source>
        <translation>Schlüssel werden geladen…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Showing %1 of %2 keys</source>
        <translation>%1 von %2 Schlüsseln angezeigt</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Your role (read-only admin) can see keys but not change them.</source>
        <translation>Ihre Rolle (Nur-Lese-Admin) kann Schlüssel sehen, aber nicht ändern.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create a key for a user, within the key policy.</source>
        <translation>Erstellt einen Schlüssel für einen Benutzer im Rahmen der Schlüsselrichtlinie.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Give the selected key a new secret.</source>
        <translation>Gibt dem ausgewählten Schlüssel ein neues Geheimnis.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refuse the selected key from now on.</source>
        <translation>Weist den ausgewählten Schlüssel ab sofort ab.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Change the selected key&apos;s name, limits, budget or expiry, within the key policy.</source>
        <translation>Name, Grenzen, Budget oder Ablauf des ausgewählten Schlüssels im Rahmen der Schlüsselrichtlinie ändern.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Delete the selected key: whoever holds it loses access at once.</source>
        <translation>Den ausgewählten Schlüssel löschen: Wer ihn besitzt, verliert sofort den Zugang.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Key “%1” created.</source>
        <translation>Schlüssel „%1“ erstellt.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Revoke the key “%1” (%2) of %3?</source>
        <translation>Den Schlüssel „%1“ (%2) von %3 widerrufen?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Requests with it are refused from now on. This cannot be undone.</source>
        <translation>Anfragen damit werden ab sofort abgewiesen. Dies kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Revoke “%1”</source>
        <translation>„%1“ &amp;widerrufen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Confirm revoke</source>
        <translation>Widerruf bestätigen</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Key “%1” saved.</source>
        <translation>Schlüssel „%1“ gespeichert.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Delete the key “%1” (%2) of %3?</source>
        <translation>Den Schlüssel „%1“ (%2) von %3 löschen?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Whoever holds it loses access at once: every request with it is refused from now on. The key leaves this list; this cannot be undone.</source>
        <translation>Wer ihn besitzt, verliert sofort den Zugang: Jede Anfrage damit wird ab jetzt abgelehnt. Der Schlüssel verschwindet aus dieser Liste; das lässt sich nicht rückgängig machen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Delete “%1”</source>
        <translation>„%1“ &amp;löschen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Confirm delete</source>
        <translation>Löschen bestätigen</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Rotating “%1”…</source>
        <translation>„%1“ wird rotiert…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>“%1” has a new secret; the old one is refused.</source>
        <translation>„%1“ hat ein neues Geheimnis; das alte wird abgewiesen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“%1” has a new secret; the old one works for %2 more.</source>
        <translation>„%1“ hat ein neues Geheimnis; das alte gilt noch %2.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Revoking “%1”…</source>
        <translation>„%1“ wird widerrufen…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>“%1” is revoked.</source>
        <translation>„%1“ ist widerrufen.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Deleting “%1”…</source>
        <translation>„%1“ wird gelöscht…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>“%1” is deleted.</source>
        <translation>„%1“ ist gelöscht.</translation>
    </message>
</context>
<context>
    <name>Tollgate::Ui::LoginPreview</name>
    <message>
        <location filename="../ui/loginpreview.cpp" line="+116"/>
        <source>Sign in</source>
        <translation>Anmelden</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Login screen preview, light</source>
        <translation>Vorschau des Anmeldebildschirms, hell</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Login screen preview, dark</source>
        <translation>Vorschau des Anmeldebildschirms, dunkel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Header logo preview</source>
        <translation>Vorschau des Kopfzeilenlogos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Login logo preview</source>
        <translation>Vorschau des Anmeldelogos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title preview</source>
        <translation>Vorschau des Titels</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Subtitle preview</source>
        <translation>Vorschau des Untertitels</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Footer preview</source>
        <translation>Vorschau der Fußzeile</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Username</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
</context>
<context>
    <name>Tollgate::Ui::MainWindow</name>
    <message>
        <location filename="../ui/mainwindow.cpp" line="+121"/>
        <source>Tollgate Console</source>
        <translation>Tollgate-Konsole</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pages</source>
        <translation>Seiten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last message</source>
        <translation>Letzte Meldung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Requests in flight</source>
        <translation>Laufende Anfragen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Working</source>
        <translation>In Arbeit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Session storage</source>
        <translation>Sitzungsspeicher</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Session</source>
        <translation>&amp;Sitzung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign &amp;out</source>
        <translation>&amp;Abmelden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Go</source>
        <translation>&amp;Gehe zu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Refresh page</source>
        <translation>Seite &amp;aktualisieren</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>The previous session could not be resumed: %1</source>
        <translation>Die vorherige Sitzung konnte nicht fortgesetzt werden: %1</translation>
    </message>
    <message>
        <location line="+98"/>
        <source>Signed in as %1</source>
        <translation>Angemeldet als %1</translation>
    </message>
    <message>
        <location line="-56"/>
        <source>Signed out.</source>
        <translation>Abgemeldet.</translation>
    </message>
    <message numerus="yes">
        <location line="+70"/>
        <source>%n request(s) in flight</source>
        <translation>
            <numerusform>%n laufende Anfrage</numerusform>
            <numerusform>%n laufende Anfragen</numerusform>
        </translation>
    </message>
    <message>
        <location line="-23"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%1, %n unread</source>
        <translation>
            <numerusform>%1, %n ungelesen</numerusform>
            <numerusform>%1, %n ungelesen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Tollgate::Ui::ModelSyncDialog</name>
    <message>
        <location filename="../ui/modeldialogs.cpp" line="+65"/>
        <source>&amp;Preview</source>
        <translation>&amp;Vorschau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sync models from upstream</source>
        <translation>Modelle vom Upstream synchronisieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Upstream base URL</source>
        <translation>Basis-URL des Upstreams</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Upstream API key</source>
        <translation>API-Schlüssel des Upstreams</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>optional</source>
        <translation>optional</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Preview changes</source>
        <translation>Änderungen anzeigen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changes</source>
        <translation>Änderungen</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Dialog status</source>
        <translation>Dialogstatus</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>&amp;Apply checked</source>
        <translation>Angehakte &amp;anwenden</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Apply changes</source>
        <translation>Änderungen anwenden</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>&amp;Base URL:</source>
        <translation>&amp;Basis-URL:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>API &amp;key:</source>
        <translation>API-&amp;Schlüssel:</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Enter the upstream&apos;s base URL.</source>
        <translation>Geben Sie die Basis-URL des Upstreams ein.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Asking %1 for its models…</source>
        <translation>%1 wird nach seinen Modellen gefragt…</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>new deployment of an existing model</source>
        <translation>neue Bereitstellung eines vorhandenen Modells</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>new model, served as %1</source>
        <translation>neues Modell, bereitgestellt als %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Disable</source>
        <translation>Deaktivieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the upstream no longer lists %1</source>
        <translation>der Upstream führt %1 nicht mehr</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Unchanged</source>
        <translation>Unverändert</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The catalogue already has everything this upstream serves.</source>
        <translation>Der Katalog enthält bereits alles, was dieser Upstream anbietet.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 to add, %2 lost by the upstream. Nothing is changed until you apply.</source>
        <translation>%1 hinzuzufügen, %2 beim Upstream entfallen. Nichts ändert sich, bevor Sie anwenden.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Applying…</source>
        <translation>Wird angewendet…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Added %1, disabled %2.</source>
        <translation>%1 hinzugefügt, %2 deaktiviert.</translation>
    </message>
</context>
<context>
    <name>Tollgate::Ui::ModelsPage</name>
    <message>
        <location filename="../ui/modelspage.cpp" line="+106"/>
        <source>No capabilities</source>
        <translation>Keine Fähigkeiten</translation>
    </message>
    <message>
        <location line="+163"/>
        <source>S&amp;ync from upstream…</source>
        <translation>Vom Upstream s&amp;ynchronisieren…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Restricted: subscribing needs approval</source>
        <translation>&amp;Eingeschränkt: Abonnieren braucht Zustimmung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Enabled: the gateway serves it</source>
        <translation>&amp;Aktiviert: Das Gateway stellt es bereit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Add…</source>
        <translation>&amp;Hinzufügen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;move…</source>
        <translation>&amp;Entfernen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Test connection</source>
        <translation>Verbindung &amp;testen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search</source>
        <translation>Suchen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search models</source>
        <translation>Modelle suchen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Finds models by id, name or description.</source>
        <translation>Findet Modelle nach ID, Name oder Beschreibung.</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>Re&amp;load</source>
        <translation>Neu &amp;laden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reload models</source>
        <translation>Modelle neu laden</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Sync from upstream</source>
        <translation>Vom Upstream synchronisieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../ui/modelspage.h" line="+37"/>
        <source>Models</source>
        <translation>Modelle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Number of models</source>
        <translation>Anzahl der Modelle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Selected model</source>
        <translation>Ausgewähltes Modell</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Capabilities</source>
        <translation>Fähigkeiten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Prices</source>
        <translation>Preise</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restricted</source>
        <translation>Eingeschränkt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enabled</source>
        <translation>Aktiviert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change status</source>
        <translation>Status der Änderung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deployments</source>
        <translation>Bereitstellungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add deployment</source>
        <translation>Bereitstellung hinzufügen</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+194"/>
        <source>Remove deployment</source>
        <translation>Bereitstellung entfernen</translation>
    </message>
    <message>
        <location line="-193"/>
        <source>Test connection</source>
        <translation>Verbindung testen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deployment status</source>
        <translation>Status der Bereitstellung</translation>
    </message>
    <message>
        <location line="-24"/>
        <source>&lt;b&gt;Deployments&lt;/b&gt;</source>
        <translation>&lt;b&gt;Bereitstellungen&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>Loading models…</source>
        <translation>Modelle werden geladen…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Showing %1 of %2 models</source>
        <translation>%1 von %2 Modellen angezeigt</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Your role (read-only admin) can see models but not change them.</source>
        <translation>Ihre Rolle (Nur-Lese-Admin) kann Modelle sehen, aber nicht ändern.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Compare an upstream&apos;s models with the catalogue and add what is new.</source>
        <translation>Vergleicht die Modelle eines Upstreams mit dem Katalog und fügt Neues hinzu.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Ask the deployment&apos;s upstream for its models, with a short timeout.</source>
        <translation>Fragt den Upstream der Bereitstellung mit kurzer Zeitgrenze nach seinen Modellen.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&lt;b&gt;No model selected&lt;/b&gt;</source>
        <translation>&lt;b&gt;Kein Modell ausgewählt&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Per 1M tokens: input %1, output %2</source>
        <translation>Pro 1 Mio. Tokens: Eingabe %1, Ausgabe %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>, cached input %1</source>
        <translation>, zwischengespeicherte Eingabe %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Context window: %1 tokens</source>
        <translation>Kontextfenster: %1 Tokens</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Saving…</source>
        <translation>Wird gespeichert…</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1 is restricted: new subscriptions need approval.</source>
        <translation>%1 ist eingeschränkt: Neue Abonnements brauchen eine Zustimmung.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 is open to every user.</source>
        <translation>%1 ist für alle Benutzer offen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is enabled.</source>
        <translation>%1 ist aktiviert.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 is disabled: the gateway refuses it.</source>
        <translation>%1 ist deaktiviert: Das Gateway weist es ab.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Changed along: %1, %2.</source>
        <translation>Mitgeändert: %1, %2.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n subscription(s)</source>
        <translation>
            <numerusform>%n Abonnement</numerusform>
            <numerusform>%n Abonnements</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n key(s)</source>
        <translation>
            <numerusform>%n Schlüssel</numerusform>
            <numerusform>%n Schlüssel</numerusform>
        </translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Deployment at %1 added.</source>
        <translation>Bereitstellung unter %1 hinzugefügt.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Remove the deployment of %1 at %2?</source>
        <translation>Die Bereitstellung von %1 unter %2 entfernen?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The gateway stops sending requests for %1 there.</source>
        <translation>Das Gateway sendet dorthin keine Anfragen für %1 mehr.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Confirm remove</source>
        <translation>Entfernen bestätigen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Removing…</source>
        <translation>Wird entfernt…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Deployment removed.</source>
        <translation>Bereitstellung entfernt.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Testing %1…</source>
        <translation>%1 wird getestet…</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>Connected in %1 ms; the upstream lists %n model(s).</source>
        <translation>
            <numerusform>Verbunden in %1 ms; der Upstream führt %n Modell.</numerusform>
            <numerusform>Verbunden in %1 ms; der Upstream führt %n Modelle.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The served name is among them.</source>
        <translation>Der bereitgestellte Name ist dabei.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The served name is NOT among them.</source>
        <translation>Der bereitgestellte Name ist NICHT dabei.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The connection test failed: %1</source>
        <translation>Der Verbindungstest ist fehlgeschlagen: %1</translation>
    </message>
</context>
<context>
    <name>Tollgate::Ui::NotificationsPage</name>
    <message>
        <location filename="../ui/notificationspage.cpp" line="+36"/>
        <source>Pending</source>
        <translation>Ausstehend</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delivered</source>
        <translation>Zugestellt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+141"/>
        <source>&amp;Unread only</source>
        <translation>Nur &amp;ungelesene</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Mark read</source>
        <translation>Als gelesen &amp;markieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark &amp;all read</source>
        <translation>&amp;Alle als gelesen markieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+9"/>
        <source>Webhook deliveries</source>
        <translation>Webhook-Zustellungen</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Re&amp;load deliveries</source>
        <translation>Zustellungen neu &amp;laden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send &amp;test alert</source>
        <translation>&amp;Testalarm senden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Whose alerts</source>
        <translation>Wessen Alarme</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>My alerts</source>
        <translation>Meine Alarme</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Everyone&apos;s alerts</source>
        <translation>Alarme aller</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Unread only</source>
        <translation>Nur ungelesene</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>&amp;Reload</source>
        <translation>&amp;Neu laden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reload notifications</source>
        <translation>Benachrichtigungen neu laden</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Mark selected read</source>
        <translation>Auswahl als gelesen markieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark all read</source>
        <translation>Alle als gelesen markieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../ui/notificationspage.h" line="+40"/>
        <source>Notifications</source>
        <translation>Benachrichtigungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Number of notifications</source>
        <translation>Anzahl der Benachrichtigungen</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>Alert</source>
        <translation>Alarm</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Attempts</source>
        <translation>Versuche</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Last attempt</source>
        <translation>Letzter Versuch</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Last error</source>
        <translation>Letzter Fehler</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Reload webhook deliveries</source>
        <translation>Webhook-Zustellungen neu laden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send test alert</source>
        <translation>Testalarm senden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Webhook delivery status</source>
        <translation>Status der Webhook-Zustellungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your own alerts, or every user&apos;s.</source>
        <translation>Ihre eigenen Alarme oder die aller Benutzer.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only admins can see other users&apos; alerts.</source>
        <translation>Nur Administratoren sehen die Alarme anderer Benutzer.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sends a test alert to every webhook URL now.</source>
        <translation>Sendet jetzt einen Testalarm an jede Webhook-URL.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your role (read-only admin) can see deliveries but not send a test alert.</source>
        <translation>Ihre Rolle (Administrator mit Lesezugriff) kann Zustellungen sehen, aber keinen Testalarm senden.</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Loading notifications…</source>
        <translation>Benachrichtigungen werden geladen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Showing %1 of %2 notifications, %3 unread</source>
        <translation>%1 von %2 Benachrichtigungen, %3 ungelesen</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Select unread notifications first.</source>
        <translation>Wählen Sie zuerst ungelesene Benachrichtigungen aus.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Loading deliveries…</source>
        <translation>Zustellungen werden geladen…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Showing %1 of %2 deliveries</source>
        <translation>%1 von %2 Zustellungen</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Sending a test alert…</source>
        <translation>Testalarm wird gesendet…</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>Test alert sent to %n webhook URL(s).</source>
        <translation>
            <numerusform>Testalarm an %n Webhook-URL gesendet.</numerusform>
            <numerusform>Testalarm an %n Webhook-URLs gesendet.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Tollgate::Ui::ReasonDialog</name>
    <message>
        <location filename="../ui/reasondialog.cpp" line="+51"/>
        <source>Reason</source>
        <translation>Begründung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shown to the requester and kept in the history.</source>
        <translation>Wird dem Antragsteller gezeigt und im Verlauf aufbewahrt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Confirm</source>
        <translation>Bestätigen</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>At most %1 characters.</source>
        <translation>Höchstens %1 Zeichen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A reason is required.</source>
        <translation>Eine Begründung ist erforderlich.</translation>
    </message>
</context>
<context>
    <name>Tollgate::Ui::RestoreDialog</name>
    <message>
        <location filename="../ui/restoredialog.cpp" line="+119"/>
        <source>&amp;Replace all data with this backup</source>
        <translation>Alle Daten durch diese Sicherung &amp;ersetzen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restore backup %1</source>
        <translation>Sicherung %1 wiederherstellen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;b&gt;Restoring replaces everything the server holds&lt;/b&gt; — users, keys, models, subscriptions, usage and settings — with the contents of backup &lt;b&gt;%1&lt;/b&gt;. Changes made since the backup are lost, and everyone has to sign in again.</source>
        <translation>&lt;b&gt;Die Wiederherstellung ersetzt alles, was der Server enthält&lt;/b&gt; — Benutzer, Schlüssel, Modelle, Abonnements, Nutzung und Einstellungen — durch den Inhalt der Sicherung &lt;b&gt;%1&lt;/b&gt;. Seit der Sicherung vorgenommene Änderungen gehen verloren, und alle müssen sich erneut anmelden.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Restore warning</source>
        <translation>Warnung zur Wiederherstellung</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Rows now and in the backup</source>
        <translation>Zeilen jetzt und in der Sicherung</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Table</source>
        <translation>Tabelle</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Now</source>
        <translation>Jetzt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>In the backup</source>
        <translation>In der Sicherung</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Difference</source>
        <translation>Differenz</translation>
    </message>
    <message>
        <location line="-64"/>
        <location line="+1"/>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>same</source>
        <translation>gleich</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n row(s) of this table would be lost.</source>
        <translation>
            <numerusform>%n Zeile dieser Tabelle ginge verloren.</numerusform>
            <numerusform>%n Zeilen dieser Tabelle gingen verloren.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+59"/>
        <source>This confirmation is valid until %1.</source>
        <translation>Diese Bestätigung gilt bis %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>To confirm, type the backup&apos;s id &lt;b&gt;%1&lt;/b&gt;:</source>
        <translation>Geben Sie zur Bestätigung die ID der Sicherung ein, &lt;b&gt;%1&lt;/b&gt;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type the backup id to confirm</source>
        <translation>ID der Sicherung zur Bestätigung eingeben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restore the backup, replacing all data</source>
        <translation>Sicherung wiederherstellen und alle Daten ersetzen</translation>
    </message>
</context>
<context>
    <name>Tollgate::Ui::RotateKeyDialog</name>
    <message>
        <location filename="../ui/keydialogs.cpp" line="+39"/>
        <location line="+12"/>
        <source>Rotate key</source>
        <translation>Schlüssel rotieren</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>A new secret replaces the secret of “%1”. Spend, limits and budget stay. How long may the old secret keep working?</source>
        <translation>Ein neues Geheimnis ersetzt das von „%1“. Ausgaben, Limits und Budget bleiben. Wie lange darf das alte Geheimnis noch gelten?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Grace period</source>
        <translation>Übergangsfrist</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not at all: refuse it at once</source>
        <translation>Gar nicht: sofort abweisen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>15 minutes</source>
        <translation>15 Minuten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 hour</source>
        <translation>1 Stunde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>24 hours</source>
        <translation>24 Stunden</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Rotate</source>
        <translation>&amp;Rotieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Old secret works:</source>
        <translation>Altes Geheimnis gilt:</translation>
    </message>
</context>
<context>
    <name>Tollgate::Ui::SecretDialog</name>
    <message>
        <location line="+48"/>
        <source>New API key</source>
        <translation>Neuer API-Schlüssel</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Rotated API key</source>
        <translation>Rotierter API-Schlüssel</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The secret of “%1”:</source>
        <translation>Das Geheimnis von „%1“:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Secret</source>
        <translation>Geheimnis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;b&gt;Copy it now: you will not see this secret again.&lt;/b&gt; Tollgate keeps only a hash of it; if it is lost, rotate the key.</source>
        <translation>&lt;b&gt;Kopieren Sie es jetzt: Sie werden dieses Geheimnis nicht wieder sehen.&lt;/b&gt; Tollgate speichert nur einen Hash davon; geht es verloren, rotieren Sie den Schlüssel.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy status</source>
        <translation>Kopierstatus</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy secret</source>
        <translation>Geheimnis kopieren</translation>
    </message>
    <message>
        <location line="-2"/>
        <location line="+13"/>
        <source>Copied to the clipboard.</source>
        <translation>In die Zwischenablage kopiert.</translation>
    </message>
</context>
<context>
    <name>Tollgate::Ui::SettingsForm</name>
    <message>
        <location filename="../ui/settingsform.cpp" line="+81"/>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;vert</source>
        <translation>&amp;Zurücksetzen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save %1</source>
        <translation>Speichern: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Revert %1</source>
        <translation>Zurücksetzen: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 status</source>
        <translation>Status: %1</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Could not be loaded: %1</source>
        <translation>Konnte nicht geladen werden: %1</translation>
    </message>
    <message>
        <location line="-55"/>
        <location line="+6"/>
        <location line="+4"/>
        <location line="+6"/>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>daily</source>
        <translation>täglich</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>weekly</source>
        <translation>wöchentlich</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>monthly</source>
        <translation>monatlich</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>One per line</source>
        <translation>Eine pro Zeile</translation>
    </message>
    <message>
        <location line="+309"/>
        <source>Saving…</source>
        <translation>Wird gespeichert…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Saved.</source>
        <translation>Gespeichert.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Another admin changed these settings after you loaded them, so nothing was saved. Revert to load their values, then make your change again.</source>
        <translation>Ein anderer Admin hat diese Einstellungen nach dem Laden geändert; nichts wurde gespeichert. Setzen Sie zurück, um seine Werte zu laden, und ändern Sie dann erneut.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Nothing has changed.</source>
        <translation>Nichts wurde geändert.</translation>
    </message>
</context>
<context>
    <name>Tollgate::Ui::SettingsPage</name>
    <message>
        <location filename="../ui/settingspage.cpp" line="+27"/>
        <source>New users, requests per minute</source>
        <translation>Neue Benutzer, Anfragen pro Minute</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The requests-per-minute limit a new user starts with (0: none).</source>
        <translation>Das Limit an Anfragen pro Minute, mit dem ein neuer Benutzer beginnt (0: keins).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New users, tokens per minute</source>
        <translation>Neue Benutzer, Tokens pro Minute</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The tokens-per-minute limit a new user starts with (0: none).</source>
        <translation>Das Limit an Tokens pro Minute, mit dem ein neuer Benutzer beginnt (0: keins).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New users, parallel requests</source>
        <translation>Neue Benutzer, parallele Anfragen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How many requests a new user may have running at once (0: none).</source>
        <translation>Wie viele Anfragen ein neuer Benutzer gleichzeitig laufen lassen darf (0: kein Limit).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New users, budget</source>
        <translation>Neue Benutzer, Budget</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The budget a new user starts with, in the display currency; none for no budget.</source>
        <translation>Das Anfangsbudget eines neuen Benutzers in der Anzeigewährung; keins für kein Budget.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Display currency</source>
        <translation>Anzeigewährung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The ISO 4217 code prices and costs are shown in, like USD or EUR.</source>
        <translation>Der ISO-4217-Code, in dem Preise und Kosten angezeigt werden, etwa USD oder EUR.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep usage records</source>
        <translation>Nutzungsdaten aufbewahren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Days usage records are kept (1 to 36500).</source>
        <translation>Tage, die Nutzungsdaten aufbewahrt werden (1 bis 36500).</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+2"/>
        <location line="+22"/>
        <location line="+2"/>
        <source> days</source>
        <translation> Tage</translation>
    </message>
    <message>
        <location line="-25"/>
        <source>Keep the audit log</source>
        <translation>Audit-Log aufbewahren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Days audit entries are kept (1 to 36500).</source>
        <translation>Tage, die Audit-Einträge aufbewahrt werden (1 bis 36500).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alert webhooks</source>
        <translation>Alarm-Webhooks</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>http(s) URLs that receive alerts, one per line, at most 20.</source>
        <translation>http(s)-URLs, die Alarme erhalten, eine pro Zeile, höchstens 20.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>none: no default</source>
        <translation>keine: kein Standardwert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>none: no maximum</source>
        <translation>keine: kein Maximum</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Default requests per minute</source>
        <translation>Standard: Anfragen pro Minute</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Maximum requests per minute</source>
        <translation>Maximum: Anfragen pro Minute</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Default tokens per minute</source>
        <translation>Standard: Tokens pro Minute</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Maximum tokens per minute</source>
        <translation>Maximum: Tokens pro Minute</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Default parallel requests</source>
        <translation>Standard: parallele Anfragen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Maximum parallel requests</source>
        <translation>Maximum: parallele Anfragen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Default budget</source>
        <translation>Standardbudget</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Maximum budget</source>
        <translation>Maximales Budget</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>none: no maximum; also bounds the soft budget</source>
        <translation>keine: kein Maximum; begrenzt auch das weiche Budget</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Default budget period</source>
        <translation>Standard-Budgetzeitraum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Default lifetime</source>
        <translation>Standard-Lebensdauer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Days until a new key expires; none: never.</source>
        <translation>Tage, bis ein neuer Schlüssel abläuft; keine: nie.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Longest lifetime</source>
        <translation>Längste Lebensdauer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Active keys per user</source>
        <translation>Aktive Schlüssel pro Benutzer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>At most this many active keys per user; none: the built-in 10.</source>
        <translation>Höchstens so viele aktive Schlüssel pro Benutzer; keine: der eingebaute Wert 10.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Longest rotation grace</source>
        <translation>Längste Übergangszeit bei Rotation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How long an old secret may keep working after a rotation, like 1h or 24h; none: 24h.</source>
        <translation>Wie lange ein altes Geheimnis nach einer Rotation noch gilt, etwa 1h oder 24h; keine: 24h.</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+50"/>
        <source>General</source>
        <translation>Allgemein</translation>
    </message>
    <message>
        <location line="-49"/>
        <location line="+50"/>
        <source>Key policy</source>
        <translation>Schlüsselrichtlinie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Defaults and maxima for API keys made in the console and through /api/v1/keys. They bind admins too.</source>
        <translation>Standardwerte und Höchstwerte für API-Schlüssel, die in der Konsole und über /api/v1/keys angelegt werden. Sie gelten auch für Admins.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This computer</source>
        <translation>Dieser Computer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>System language</source>
        <translation>Systemsprache</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Language note</source>
        <translation>Hinweis zur Sprache</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+14"/>
        <source>Saved: the console uses %1 now and from its next start.</source>
        <translation>Gespeichert: Die Konsole verwendet %1 ab sofort und auch beim nächsten Start.</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Your role (read-only admin) can see the settings but not change them.</source>
        <translation>Ihre Rolle (Admin mit Lesezugriff) darf die Einstellungen sehen, aber nicht ändern.</translation>
    </message>
    <message>
        <location filename="../ui/settingspage.h" line="+32"/>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
</context>
<context>
    <name>Tollgate::Ui::SignInPage</name>
    <message>
        <location filename="../ui/signinpage.cpp" line="+94"/>
        <source>&amp;Sign in</source>
        <translation>&amp;Anmelden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Change server</source>
        <translation>Server &amp;wechseln</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Username</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign-in status</source>
        <translation>Anmeldestatus</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>&amp;Username:</source>
        <translation>&amp;Benutzername:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;h2&gt;Sign in&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Anmelden&lt;/h2&gt;</translation>
    </message>
    <message>
        <location line="+88"/>
        <source>Server: %1</source>
        <translation>Server: %1</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Enter your username and password.</source>
        <translation>Geben Sie Benutzername und Passwort ein.</translation>
    </message>
    <message>
        <location line="-38"/>
        <location line="+42"/>
        <source>Signing in…</source>
        <translation>Anmeldung …</translation>
    </message>
    <message>
        <location line="-112"/>
        <location line="+4"/>
        <source>Cancel single sign-on</source>
        <translation>Einmalanmeldung abbrechen</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Or sign in with your organisation&apos;s account:</source>
        <translation>Oder melden Sie sich mit dem Konto Ihrer Organisation an:</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Sign in with %1</source>
        <translation>Mit %1 anmelden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign in with %1 in the web browser</source>
        <translation>Im Webbrowser mit %1 anmelden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Opens your web browser to sign in; come back here afterwards.</source>
        <translation>Öffnet Ihren Webbrowser zur Anmeldung; kehren Sie danach hierher zurück.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Continue in your web browser; this window waits for it.</source>
        <translation>Fahren Sie im Webbrowser fort; dieses Fenster wartet darauf.</translation>
    </message>
</context>
<context>
    <name>Tollgate::Ui::SsoSignIn</name>
    <message>
        <location filename="../ui/ssosignin.cpp" line="+34"/>
        <source>The browser sign-in took too long. Try again.</source>
        <translation>Die Anmeldung im Browser hat zu lange gedauert. Versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Cannot receive the browser&apos;s answer: %1</source>
        <translation>Die Antwort des Browsers kann nicht empfangen werden: %1</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>No web browser could be opened. Open this address yourself: %1</source>
        <translation>Es konnte kein Webbrowser geöffnet werden. Öffnen Sie diese Adresse selbst: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Single sign-on was cancelled.</source>
        <translation>Die Einmalanmeldung wurde abgebrochen.</translation>
    </message>
    <message>
        <location line="+24"/>
        <location line="+5"/>
        <source>Not here.</source>
        <translation>Nicht hier.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This sign-in is not the one Tollgate Console is waiting for.</source>
        <translation>Diese Anmeldung ist nicht die, auf die Tollgate Console wartet.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The sign-in was refused. You can close this window.</source>
        <translation>Die Anmeldung wurde abgelehnt. Sie können dieses Fenster schließen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The sign-in was refused: %1</source>
        <translation>Die Anmeldung wurde abgelehnt: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Signed in. You can close this window and return to Tollgate Console.</source>
        <translation>Angemeldet. Sie können dieses Fenster schließen und zu Tollgate Console zurückkehren.</translation>
    </message>
</context>
<context>
    <name>Tollgate::Ui::SubscriptionsPage</name>
    <message>
        <location filename="../ui/subscriptionspage.cpp" line="+156"/>
        <location line="+68"/>
        <source>&amp;Approve</source>
        <translation>&amp;Genehmigen</translation>
    </message>
    <message>
        <location line="-67"/>
        <location line="+69"/>
        <source>&amp;Deny…</source>
        <translation>&amp;Ablehnen…</translation>
    </message>
    <message>
        <location line="-68"/>
        <source>Show subscriptions</source>
        <translation>Angezeigte Abonnements</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>Pending approval</source>
        <translation>Genehmigung ausstehend</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All subscriptions</source>
        <translation>Alle Abonnements</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Reload</source>
        <translation>&amp;Neu laden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reload subscriptions</source>
        <translation>Abonnements neu laden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Show:</source>
        <translation>&amp;Anzeigen:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Subscriptions</source>
        <translation>Abonnements</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Number of subscriptions</source>
        <translation>Anzahl der Abonnements</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approve selected</source>
        <translation>Auswahl genehmigen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deny selected</source>
        <translation>Auswahl ablehnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decision status</source>
        <translation>Status der Entscheidung</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Subscription history</source>
        <translation>Verlauf des Abonnements</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>By</source>
        <translation>Von</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reason</source>
        <translation>Begründung</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>History of</source>
        <translation>Verlauf von</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>Subscription approvals</source>
        <translation>Genehmigung von Abonnements</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>Your role (read-only admin) can see subscriptions but not decide them.</source>
        <translation>Ihre Rolle (Nur-Lese-Admin) kann Abonnements sehen, aber nicht darüber entscheiden.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approve the selected subscriptions (Ctrl+click to select several).</source>
        <translation>Genehmigt die ausgewählten Abonnements (Strg+Klick für mehrere).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Deny the selected subscriptions, with a reason.</source>
        <translation>Lehnt die ausgewählten Abonnements mit Begründung ab.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>&amp;Approve %n</source>
        <translation>
            <numerusform>%n &amp;genehmigen</numerusform>
            <numerusform>%n &amp;genehmigen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>&amp;Deny %n…</source>
        <translation>
            <numerusform>%n &amp;ablehnen…</numerusform>
            <numerusform>%n &amp;ablehnen…</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Loading subscriptions…</source>
        <translation>Abonnements werden geladen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing waits for approval.</source>
        <translation>Nichts wartet auf Genehmigung.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Showing %1 of %2 subscriptions</source>
        <translation>%1 von %2 Abonnements angezeigt</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Select a subscription to see its history.</source>
        <translation>Wählen Sie ein Abonnement, um seinen Verlauf zu sehen.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 → %2: loading…</source>
        <translation>%1 → %2: wird geladen…</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+6"/>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Deny subscriptions</source>
        <translation>Abonnements ablehnen</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Why are the %n selected subscription(s) denied?</source>
        <translation>
            <numerusform>Warum wird das ausgewählte Abonnement abgelehnt?</numerusform>
            <numerusform>Warum werden die %n ausgewählten Abonnements abgelehnt?</numerusform>
        </translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Deny</source>
        <translation>&amp;Ablehnen</translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>Approving %n subscription(s)…</source>
        <translation>
            <numerusform>%n Abonnement wird genehmigt…</numerusform>
            <numerusform>%n Abonnements werden genehmigt…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Denying %n subscription(s)…</source>
        <translation>
            <numerusform>%n Abonnement wird abgelehnt…</numerusform>
            <numerusform>%n Abonnements werden abgelehnt…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+42"/>
        <source>Approved %n subscription(s).</source>
        <translation>
            <numerusform>%n Abonnement genehmigt.</numerusform>
            <numerusform>%n Abonnements genehmigt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Denied %n subscription(s).</source>
        <translation>
            <numerusform>%n Abonnement abgelehnt.</numerusform>
            <numerusform>%n Abonnements abgelehnt.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/subscriptionspage.h" line="+34"/>
        <source>Approvals</source>
        <translation>Genehmigungen</translation>
    </message>
</context>
<context>
    <name>Tollgate::Ui::UserDetailDialog</name>
    <message>
        <location filename="../ui/userdetaildialog.cpp" line="+127"/>
        <source>API keys of the user</source>
        <translation>API-Schlüssel des Benutzers</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Prefix</source>
        <translation>Präfix</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Spend</source>
        <translation>Ausgaben</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Last used</source>
        <translation>Zuletzt verwendet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Subscriptions of the user</source>
        <translation>Abonnements des Benutzers</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Since</source>
        <translation>Seit</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Expires</source>
        <translation>Läuft ab</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>User details</source>
        <translation>Benutzerdetails</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Requests this month</source>
        <translation>Anfragen in diesem Monat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tokens this month</source>
        <translation>Tokens in diesem Monat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cost this month</source>
        <translation>Kosten in diesem Monat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Budget used</source>
        <translation>Verbrauchtes Budget</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Loading status</source>
        <translation>Ladestatus</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>This month</source>
        <translation>Dieser Monat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Requests:</source>
        <translation>Anfragen:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tokens:</source>
        <translation>Tokens:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cost:</source>
        <translation>Kosten:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Budget used:</source>
        <translation>Verbrauchtes Budget:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keys and subscriptions</source>
        <translation>Schlüssel und Abonnements</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Keys</source>
        <translation>&amp;Schlüssel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Su&amp;bscriptions</source>
        <translation>A&amp;bonnements</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Some details could not be loaded: %1</source>
        <translation>Einige Details konnten nicht geladen werden: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>User %1</source>
        <translation>Benutzer %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Roles: %1</source>
        <translation>Rollen: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status: active</source>
        <translation>Status: aktiv</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status: inactive</source>
        <translation>Status: inaktiv</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Signs in with: %1</source>
        <translation>Meldet sich an mit: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 spent of %2</source>
        <translation>%1 von %2 ausgegeben</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No budget set.</source>
        <translation>Kein Budget festgelegt.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>active</source>
        <translation>aktiv</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>revoked</source>
        <translation>widerrufen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>expired</source>
        <translation>abgelaufen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>blocked</source>
        <translation>gesperrt</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+21"/>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>No keys.</source>
        <translation>Keine Schlüssel.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>No subscriptions.</source>
        <translation>Keine Abonnements.</translation>
    </message>
</context>
<context>
    <name>Tollgate::Ui::UsersPage</name>
    <message>
        <location filename="../ui/userspage.cpp" line="+232"/>
        <source>no limit</source>
        <translation>kein Limit</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Requests per minute</source>
        <translation>Anfragen pro Minute</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tokens per minute</source>
        <translation>Token pro Minute</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Parallel requests</source>
        <translation>Parallele Anfragen</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;Save limits</source>
        <translation>Limits &amp;speichern</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+131"/>
        <source>&amp;Deactivate</source>
        <translation>&amp;Deaktivieren</translation>
    </message>
    <message>
        <location line="-170"/>
        <source>Search</source>
        <translation>Suchen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search users</source>
        <translation>Benutzer suchen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Finds users by username, name or email.</source>
        <translation>Findet Benutzer nach Benutzername, Name oder E-Mail.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filter by role</source>
        <translation>Nach Rolle filtern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All roles</source>
        <translation>Alle Rollen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Admins</source>
        <translation>Administratoren</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Read-only admins</source>
        <translation>Administratoren (nur Lesen)</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+9"/>
        <location filename="../ui/userspage.h" line="+38"/>
        <source>Users</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Filter by status</source>
        <translation>Nach Status filtern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Active and inactive</source>
        <translation>Aktiv und inaktiv</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Active only</source>
        <translation>Nur aktive</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Inactive only</source>
        <translation>Nur inaktive</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Reload</source>
        <translation>&amp;Neu laden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reload users</source>
        <translation>Benutzer neu laden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Number of users</source>
        <translation>Anzahl der Benutzer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Selected user</source>
        <translation>Ausgewählter Benutzer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Budget used</source>
        <translation>Verbrauchtes Budget</translation>
    </message>
    <message>
        <location filename="../ui/budgetbar.cpp" line="+30"/>
        <location filename="../ui/userspage.cpp" line="+7"/>
        <source>no budget</source>
        <translation>kein Budget</translation>
    </message>
    <message>
        <location filename="../ui/userspage.cpp" line="+1"/>
        <source>Maximum budget</source>
        <translation>Maximales Budget</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Budget period</source>
        <translation>Budgetzeitraum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>never resets</source>
        <translation>wird nie zurückgesetzt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>daily</source>
        <translation>täglich</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>weekly</source>
        <translation>wöchentlich</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>monthly</source>
        <translation>monatlich</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Change status</source>
        <translation>Status der Änderung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Requests/min:</source>
        <translation>Anfragen/min:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tokens/min:</source>
        <translation>Token/min:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Parallel:</source>
        <translation>Parallel:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Max budget:</source>
        <translation>Max. Budget:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Budget resets:</source>
        <translation>Budget-Rücksetzung:</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>Budget used:</source>
        <translation>Verbrauchtes Budget:</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Your role (read-only admin) can see users but not change them.</source>
        <translation>Ihre Rolle (Administrator, nur Lesen) kann Benutzer sehen, aber nicht ändern.</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Loading users…</source>
        <translation>Benutzer werden geladen …</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Showing %1 of %2 users</source>
        <translation>%1 von %2 Benutzern angezeigt</translation>
    </message>
    <message>
        <location line="-66"/>
        <location line="+76"/>
        <source>&lt;b&gt;No user selected&lt;/b&gt;</source>
        <translation>&lt;b&gt;Kein Benutzer ausgewählt&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Roles: %1</source>
        <translation>Rollen: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status: active</source>
        <translation>Status: aktiv</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status: inactive</source>
        <translation>Status: inaktiv</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last sign-in: %1</source>
        <translation>Letzte Anmeldung: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 spent of %2</source>
        <translation>%1 von %2 ausgegeben</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 spent, no budget set</source>
        <translation>%1 ausgegeben, kein Budget festgelegt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No budget set.</source>
        <translation>Kein Budget festgelegt.</translation>
    </message>
    <message>
        <location line="-119"/>
        <location line="+131"/>
        <source>&amp;Activate</source>
        <translation>&amp;Aktivieren</translation>
    </message>
    <message>
        <location line="-130"/>
        <location line="+131"/>
        <source>Deactivate user</source>
        <translation>Benutzer deaktivieren</translation>
    </message>
    <message>
        <location line="-130"/>
        <location line="+130"/>
        <source>Activate user</source>
        <translation>Benutzer aktivieren</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 is active again.</source>
        <translation>%1 ist wieder aktiv.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 is deactivated; their sessions have ended.</source>
        <translation>%1 ist deaktiviert; die Sitzungen wurden beendet.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Limits of %1 saved.</source>
        <translation>Limits von %1 gespeichert.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Saving…</source>
        <translation>Wird gespeichert …</translation>
    </message>
    <message>
        <location line="-168"/>
        <source>Deta&amp;ils…</source>
        <translation>Deta&amp;ils…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show keys, subscriptions and usage of the user</source>
        <translation>Schlüssel, Abonnements und Nutzung des Benutzers anzeigen</translation>
    </message>
</context>
</TS>
