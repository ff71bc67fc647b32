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
    <name>Tollgate::Models::NotificationsModel</name>
    <message>
        <location filename="../models/notificationsmodel.cpp" line="+96"/>
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
        <location line="+38"/>
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
        <location line="+30"/>
        <source>&amp;New banner</source>
        <translation>&amp;Neues Banner</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Reload</source>
        <translation>&amp;Neu laden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Banner</source>
        <translation>Banner</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Users may &amp;dismiss it</source>
        <translation>Benutzer dürfen es &amp;ausblenden</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Add &amp;language</source>
        <translation>&amp;Sprache hinzufügen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Save banner</source>
        <translation>Banner &amp;speichern</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+267"/>
        <source>&amp;Activate</source>
        <translation>&amp;Aktivieren</translation>
    </message>
    <message>
        <location line="-266"/>
        <source>Dele&amp;te…</source>
        <translation>&amp;Löschen…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+29"/>
        <source>Variant</source>
        <translation>Variante</translation>
    </message>
    <message>
        <location line="-29"/>
        <source>Text (English)</source>
        <translation>Text (Englisch)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Languages</source>
        <translation>Sprachen</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+30"/>
        <source>Dismissible</source>
        <translation>Ausblendbar</translation>
    </message>
    <message>
        <location line="-30"/>
        <source>Changed</source>
        <translation>Geändert</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../ui/bannerspage.h" line="+36"/>
        <source>Banners</source>
        <translation>Banner</translation>
    </message>
    <message>
        <location line="+9"/>
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
        <location line="+14"/>
        <source>Banner being edited</source>
        <translation>Bearbeitetes Banner</translation>
    </message>
    <message>
        <location line="+8"/>
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
        <location line="+2"/>
        <source>Schedule</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <location line="+2"/>
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
        <location line="+340"/>
        <source>Delete banner</source>
        <translation>Banner löschen</translation>
    </message>
    <message>
        <location line="-338"/>
        <source>Banner status</source>
        <translation>Banner-Status</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Variant:</source>
        <translation>&amp;Variante:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Text per language</source>
        <translation>Text je Sprache</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>English is required: users whose language has no text see it.</source>
        <translation>Englisch ist Pflicht: Benutzer, für deren Sprache es keinen Text gibt, sehen ihn.</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>“%1” is not a language tag (like fr or pt-br).</source>
        <translation>„%1“ ist kein Sprachkürzel (wie fr oder pt-br).</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Loading banners…</source>
        <translation>Banner werden geladen…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The banners could not be loaded: %1</source>
        <translation>Die Banner konnten nicht geladen werden: %1</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Inactive</source>
        <translation>Inaktiv</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>%n banner(s)</source>
        <translation>
            <numerusform>%n Banner</numerusform>
            <numerusform>%n Banner</numerusform>
        </translation>
    </message>
    <message>
        <location line="+52"/>
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
        <location line="+20"/>
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
        <location line="+41"/>
        <source>Text in %1</source>
        <translation>Text auf %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove %1</source>
        <translation>%1 entfernen</translation>
    </message>
    <message>
        <location line="+39"/>
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
        <location line="+13"/>
        <source>&amp;Save branding</source>
        <translation>Branding &amp;speichern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;vert</source>
        <translation>&amp;Zurücksetzen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Subtitle</source>
        <translation>Untertitel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Footer</source>
        <translation>Fußzeile</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>At most %1 characters.</source>
        <translation>Höchstens %1 Zeichen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Texts</source>
        <translation>Texte</translation>
    </message>
    <message>
        <location line="+2"/>
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
        <location line="+2"/>
        <source>Logos</source>
        <translation>Logos</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 thumbnail</source>
        <translation>Vorschaubild: %1</translation>
    </message>
    <message>
        <location line="+3"/>
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
        <location line="+11"/>
        <source>PNG, JPEG or SVG, at most 2 MB. The dark header uses the light logo when it has none of its own.</source>
        <translation>PNG, JPEG oder SVG, höchstens 2 MB. Die dunkle Kopfzeile nutzt das helle Logo, wenn sie kein eigenes hat.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Branding status</source>
        <translation>Branding-Status</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Save branding</source>
        <translation>Branding speichern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Revert branding changes</source>
        <translation>Branding-Änderungen verwerfen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Preview of the login screen</source>
        <translation>Vorschau des Anmeldebildschirms</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <location line="+98"/>
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
        <location filename="../ui/brandingpage.h" line="+35"/>
        <source>Branding</source>
        <translation>Branding</translation>
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
        <location filename="../ui/dashboardpage.h" line="+34"/>
        <source>Dashboard</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <location filename="../ui/dashboardpage.cpp" line="+49"/>
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
        <location line="+3"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Usage</source>
        <translation>Nutzung</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This month</source>
        <translation>Dieser Monat</translation>
    </message>
    <message>
        <location line="+3"/>
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
        <location line="+4"/>
        <source>%1 today</source>
        <translation>%1 heute</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 this month</source>
        <translation>%1 diesen Monat</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Operations</source>
        <translation>Betrieb</translation>
    </message>
    <message>
        <location line="+2"/>
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
        <location line="+1"/>
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
        <location line="+5"/>
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
        <location line="+8"/>
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
        <location line="+1"/>
        <source>Every 30 seconds</source>
        <translation>Alle 30 Sekunden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every minute</source>
        <translation>Jede Minute</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every 5 minutes</source>
        <translation>Alle 5 Minuten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last refresh</source>
        <translation>Letzte Aktualisierung</translation>
    </message>
    <message>
        <location line="+83"/>
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
        <location line="+35"/>
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
        <location line="+174"/>
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
    <name>Tollgate::Ui::LoginPreview</name>
    <message>
        <location filename="../ui/loginpreview.cpp" line="+37"/>
        <source>Sign in</source>
        <translation>Anmelden</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Login screen preview, light</source>
        <translation>Vorschau des Anmeldebildschirms, hell</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Login screen preview, dark</source>
        <translation>Vorschau des Anmeldebildschirms, dunkel</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Header logo preview</source>
        <translation>Vorschau des Kopfzeilenlogos</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Login logo preview</source>
        <translation>Vorschau des Anmeldelogos</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Title preview</source>
        <translation>Vorschau des Titels</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Subtitle preview</source>
        <translation>Vorschau des Untertitels</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Footer preview</source>
        <translation>Vorschau der Fußzeile</translation>
    </message>
    <message>
        <location line="+6"/>
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
        <location filename="../ui/mainwindow.cpp" line="+46"/>
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
    <message>
        <location line="+35"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%1, %n unread</source>
        <translation>
            <numerusform>%1, %n ungelesen</numerusform>
            <numerusform>%1, %n ungelesen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+16"/>
        <source>%n request(s) in flight</source>
        <translation>
            <numerusform>%n laufende Anfrage</numerusform>
            <numerusform>%n laufende Anfragen</numerusform>
        </translation>
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
        <location line="+10"/>
        <source>&amp;Unread only</source>
        <translation>Nur &amp;ungelesene</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Mark read</source>
        <translation>Als gelesen &amp;markieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark &amp;all read</source>
        <translation>&amp;Alle als gelesen markieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+48"/>
        <source>Webhook deliveries</source>
        <translation>Webhook-Zustellungen</translation>
    </message>
    <message>
        <location line="-46"/>
        <source>Re&amp;load deliveries</source>
        <translation>Zustellungen neu &amp;laden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send &amp;test alert</source>
        <translation>&amp;Testalarm senden</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Whose alerts</source>
        <translation>Wessen Alarme</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>My alerts</source>
        <translation>Meine Alarme</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Everyone&apos;s alerts</source>
        <translation>Alarme aller</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unread only</source>
        <translation>Nur ungelesene</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Reload</source>
        <translation>&amp;Neu laden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reload notifications</source>
        <translation>Benachrichtigungen neu laden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark selected read</source>
        <translation>Auswahl als gelesen markieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark all read</source>
        <translation>Alle als gelesen markieren</translation>
    </message>
    <message>
        <location line="+11"/>
        <location filename="../ui/notificationspage.h" line="+39"/>
        <source>Notifications</source>
        <translation>Benachrichtigungen</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Number of notifications</source>
        <translation>Anzahl der Benachrichtigungen</translation>
    </message>
    <message>
        <location line="+12"/>
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
        <location line="+6"/>
        <source>Reload webhook deliveries</source>
        <translation>Webhook-Zustellungen neu laden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send test alert</source>
        <translation>Testalarm senden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Webhook delivery status</source>
        <translation>Status der Webhook-Zustellungen</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Your own alerts, or every user&apos;s.</source>
        <translation>Ihre eigenen Alarme oder die aller Benutzer.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only admins can see other users&apos; alerts.</source>
        <translation>Nur Administratoren sehen die Alarme anderer Benutzer.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sends a test alert to every webhook URL now.</source>
        <translation>Sendet jetzt einen Testalarm an jede Webhook-URL.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your role (read-only admin) can see deliveries but not send a test alert.</source>
        <translation>Ihre Rolle (Administrator mit Lesezugriff) kann Zustellungen sehen, aber keinen Testalarm senden.</translation>
    </message>
    <message>
        <location line="+88"/>
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
    <name>Tollgate::Ui::SettingsForm</name>
    <message>
        <location filename="../ui/settingsform.cpp" line="+59"/>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;vert</source>
        <translation>&amp;Zurücksetzen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Save %1</source>
        <translation>Speichern: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Revert %1</source>
        <translation>Zurücksetzen: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 status</source>
        <translation>Status: %1</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Could not be loaded: %1</source>
        <translation>Konnte nicht geladen werden: %1</translation>
    </message>
    <message>
        <location line="+50"/>
        <location line="+12"/>
        <location line="+17"/>
        <location line="+12"/>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <location line="-11"/>
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
        <location line="+17"/>
        <source>One per line</source>
        <translation>Eine pro Zeile</translation>
    </message>
    <message>
        <location line="+189"/>
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
        <location filename="../ui/settingspage.cpp" line="+26"/>
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
        <location line="+23"/>
        <source>General</source>
        <translation>Allgemein</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Key policy</source>
        <translation>Schlüsselrichtlinie</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Defaults and maxima for API keys made in the console and through /api/v1/keys. They bind admins too.</source>
        <translation>Standardwerte und Höchstwerte für API-Schlüssel, die in der Konsole und über /api/v1/keys angelegt werden. Sie gelten auch für Admins.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>This computer</source>
        <translation>Dieser Computer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>System language</source>
        <translation>Systemsprache</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Language note</source>
        <translation>Hinweis zur Sprache</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Saved. The console uses %1 from its next start.</source>
        <translation>Gespeichert. Die Konsole verwendet %1 ab dem nächsten Start.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Your role (read-only admin) can see the settings but not change them.</source>
        <translation>Ihre Rolle (Admin mit Lesezugriff) darf die Einstellungen sehen, aber nicht ändern.</translation>
    </message>
    <message>
        <location filename="../ui/settingspage.h" line="+29"/>
        <source>Settings</source>
        <translation>Einstellungen</translation>
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
        <location line="+275"/>
        <source>&amp;Deactivate</source>
        <translation>&amp;Deaktivieren</translation>
    </message>
    <message>
        <location line="-271"/>
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
        <location line="+193"/>
        <source>no budget</source>
        <translation>kein Budget</translation>
    </message>
    <message>
        <location line="-192"/>
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
        <location line="+58"/>
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
