<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>QObject</name>
    <message>
        <location filename="../app/console/main.cpp" line="+74"/>
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
    <name>Tollgate::Models::UsersModel</name>
    <message>
        <location filename="../models/usersmodel.cpp" line="+109"/>
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
        <location filename="../ui/aboutpage.h" line="+20"/>
        <source>About</source>
        <translation>Über</translation>
    </message>
    <message>
        <location filename="../ui/aboutpage.cpp" line="+17"/>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The desktop admin console of Tollgate, models-as-a-service for private AI.</source>
        <translation>Die Desktop-Verwaltungskonsole von Tollgate, Models-as-a-Service für private KI.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Session storage</source>
        <translation>Sitzungsspeicher</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Server address</source>
        <translation>Serveradresse</translation>
    </message>
    <message>
        <location line="+2"/>
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
    <name>Tollgate::Ui::ConnectPage</name>
    <message>
        <location filename="../ui/connectpage.cpp" line="+33"/>
        <source>&amp;Connect</source>
        <translation>&amp;Verbinden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Trust this certificate</source>
        <translation>Diesem Zertifikat &amp;vertrauen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Server address</source>
        <translation>Serveradresse</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Connection status</source>
        <translation>Verbindungsstatus</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Accept this exact certificate for this server from now on.</source>
        <translation>Genau dieses Zertifikat für diesen Server ab jetzt akzeptieren.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;h2&gt;Tollgate&lt;/h2&gt;&lt;p&gt;Connect to a Tollgate server.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Tollgate&lt;/h2&gt;&lt;p&gt;Mit einem Tollgate-Server verbinden.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Server:</source>
        <translation>&amp;Server:</translation>
    </message>
    <message>
        <location line="+47"/>
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
    <name>Tollgate::Ui::DashboardPage</name>
    <message>
        <location filename="../ui/dashboardpage.h" line="+24"/>
        <source>Dashboard</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <location filename="../ui/dashboardpage.cpp" line="+31"/>
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
        <location line="+2"/>
        <source>You</source>
        <translation>Sie</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Signed in as:</source>
        <translation>Angemeldet als:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Roles:</source>
        <translation>Rollen:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Address:</source>
        <translation>Adresse:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Readiness:</source>
        <translation>Bereitschaft:</translation>
    </message>
    <message>
        <location line="+3"/>
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
        <location line="+7"/>
        <source>Requests, tokens, cost and upstream health appear here once the server offers usage analytics.</source>
        <translation>Anfragen, Token, Kosten und der Zustand der Upstreams erscheinen hier, sobald der Server Nutzungsanalysen anbietet.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>checking…</source>
        <translation>wird geprüft …</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ready</source>
        <translation>bereit</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>loading…</source>
        <translation>wird geladen …</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>unavailable</source>
        <translation>nicht verfügbar</translation>
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
        <location line="+1"/>
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
        <location line="+2"/>
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
</context>
<context>
    <name>Tollgate::Ui::MainWindow</name>
    <message>
        <location filename="../ui/mainwindow.cpp" line="+41"/>
        <source>Tollgate Console</source>
        <translation>Tollgate-Konsole</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pages</source>
        <translation>Seiten</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Last message</source>
        <translation>Letzte Meldung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Requests in flight</source>
        <translation>Laufende Anfragen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Working</source>
        <translation>In Arbeit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Session storage</source>
        <translation>Sitzungsspeicher</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Session</source>
        <translation>&amp;Sitzung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign &amp;out</source>
        <translation>&amp;Abmelden</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Go</source>
        <translation>&amp;Gehe zu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Refresh page</source>
        <translation>Seite &amp;aktualisieren</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>The previous session could not be resumed: %1</source>
        <translation>Die vorherige Sitzung konnte nicht fortgesetzt werden: %1</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Signed in as %1</source>
        <translation>Angemeldet als %1</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Signed out.</source>
        <translation>Abgemeldet.</translation>
    </message>
    <message numerus="yes">
        <location line="+35"/>
        <source>%n request(s) in flight</source>
        <translation>
            <numerusform>%n laufende Anfrage</numerusform>
            <numerusform>%n laufende Anfragen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Tollgate::Ui::SignInPage</name>
    <message>
        <location filename="../ui/signinpage.cpp" line="+25"/>
        <source>&amp;Sign in</source>
        <translation>&amp;Anmelden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Change server</source>
        <translation>Server &amp;wechseln</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Username</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sign-in status</source>
        <translation>Anmeldestatus</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Username:</source>
        <translation>&amp;Benutzername:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&lt;h2&gt;Sign in&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Anmelden&lt;/h2&gt;</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Server: %1</source>
        <translation>Server: %1</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Enter your username and password.</source>
        <translation>Geben Sie Benutzername und Passwort ein.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Signing in…</source>
        <translation>Anmeldung …</translation>
    </message>
</context>
<context>
    <name>Tollgate::Ui::UsersPage</name>
    <message>
        <location filename="../ui/userspage.cpp" line="+38"/>
        <source>no limit</source>
        <translation>kein Limit</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <location line="+5"/>
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
        <location line="+3"/>
        <source>&amp;Save limits</source>
        <translation>Limits &amp;speichern</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+268"/>
        <source>&amp;Deactivate</source>
        <translation>&amp;Deaktivieren</translation>
    </message>
    <message>
        <location line="-264"/>
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
        <location line="+2"/>
        <source>Filter by role</source>
        <translation>Nach Rolle filtern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All roles</source>
        <translation>Alle Rollen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Admins</source>
        <translation>Administratoren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read-only admins</source>
        <translation>Administratoren (nur Lesen)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+17"/>
        <location filename="../ui/userspage.h" line="+34"/>
        <source>Users</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>Filter by status</source>
        <translation>Nach Status filtern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Active and inactive</source>
        <translation>Aktiv und inaktiv</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Active only</source>
        <translation>Nur aktive</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Inactive only</source>
        <translation>Nur inaktive</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Reload</source>
        <translation>&amp;Neu laden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reload users</source>
        <translation>Benutzer neu laden</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Number of users</source>
        <translation>Anzahl der Benutzer</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Selected user</source>
        <translation>Ausgewählter Benutzer</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Budget used</source>
        <translation>Verbrauchtes Budget</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+186"/>
        <source>no budget</source>
        <translation>kein Budget</translation>
    </message>
    <message>
        <location line="-185"/>
        <source>Maximum budget</source>
        <translation>Maximales Budget</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Budget period</source>
        <translation>Budgetzeitraum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>never resets</source>
        <translation>wird nie zurückgesetzt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>daily</source>
        <translation>täglich</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>weekly</source>
        <translation>wöchentlich</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>monthly</source>
        <translation>monatlich</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Change status</source>
        <translation>Status der Änderung</translation>
    </message>
    <message>
        <location line="+3"/>
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
        <location line="+8"/>
        <source>Budget used:</source>
        <translation>Verbrauchtes Budget:</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Your role (read-only admin) can see users but not change them.</source>
        <translation>Ihre Rolle (Administrator, nur Lesen) kann Benutzer sehen, aber nicht ändern.</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Loading users…</source>
        <translation>Benutzer werden geladen …</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Showing %1 of %2 users</source>
        <translation>%1 von %2 Benutzern angezeigt</translation>
    </message>
    <message>
        <location line="+10"/>
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
        <location line="+19"/>
        <source>%1 spent of %2</source>
        <translation>%1 von %2 ausgegeben</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 spent, no budget set</source>
        <translation>%1 ausgegeben, kein Budget festgelegt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No budget set.</source>
        <translation>Kein Budget festgelegt.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;Activate</source>
        <translation>&amp;Aktivieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deactivate user</source>
        <translation>Benutzer deaktivieren</translation>
    </message>
    <message>
        <location line="+0"/>
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
</context>
</TS>
