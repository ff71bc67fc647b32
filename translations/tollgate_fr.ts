<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>QObject</name>
    <message>
        <location filename="../app/console/main.cpp" line="+74"/>
        <source>Session kept in memory only</source>
        <translation>Session conservée en mémoire uniquement</translation>
    </message>
</context>
<context>
    <name>Tollgate::Console::SessionKeeper</name>
    <message>
        <location filename="../app/console/sessionkeeper.cpp" line="+21"/>
        <source>Session: checking the keychain…</source>
        <translation>Session : vérification du trousseau…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Session kept in the system keychain</source>
        <translation>Session conservée dans le trousseau du système</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No keychain available (%1): the session is kept in memory only</source>
        <translation>Aucun trousseau disponible (%1) : la session est conservée en mémoire uniquement</translation>
    </message>
</context>
<context>
    <name>Tollgate::Models::NotificationsModel</name>
    <message>
        <location filename="../models/notificationsmodel.cpp" line="+96"/>
        <source>Soft budget crossed</source>
        <translation>Budget souple dépassé</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Budget exhausted</source>
        <translation>Budget épuisé</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Key expiring</source>
        <translation>Clé bientôt expirée</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Test alert</source>
        <translation>Alerte de test</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Key %1</source>
        <translation>Clé %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>User %1</source>
        <translation>Utilisateur %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>System</source>
        <translation>Système</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 (of %2)</source>
        <translation>%1 (de %2)</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Spend %1 reached the threshold %2</source>
        <translation>La dépense %1 a atteint le seuil %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Expires %1</source>
        <translation>Expire le %1</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Read</source>
        <translation>Lue</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Unread</source>
        <translation>Non lue</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Alert</source>
        <translation>Alerte</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Subject</source>
        <translation>Objet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>State</source>
        <translation>État</translation>
    </message>
</context>
<context>
    <name>Tollgate::Models::UsersModel</name>
    <message>
        <location filename="../models/usersmodel.cpp" line="+109"/>
        <source>Active</source>
        <translation>Actif</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Inactive</source>
        <translation>Inactif</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Username</source>
        <translation>Nom d’utilisateur</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Roles</source>
        <translation>Rôles</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Spend / budget</source>
        <translation>Dépense / budget</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last sign-in</source>
        <translation>Dernière connexion</translation>
    </message>
</context>
<context>
    <name>Tollgate::Ui::AboutPage</name>
    <message>
        <location filename="../ui/aboutpage.h" line="+20"/>
        <source>About</source>
        <translation>À propos</translation>
    </message>
    <message>
        <location filename="../ui/aboutpage.cpp" line="+17"/>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The desktop admin console of Tollgate, models-as-a-service for private AI.</source>
        <translation>La console d’administration de bureau de Tollgate, des modèles en libre-service pour l’IA privée.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Session storage</source>
        <translation>Stockage de la session</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Server address</source>
        <translation>Adresse du serveur</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Version:</source>
        <translation>Version :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Qt:</source>
        <translation>Qt :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Licence:</source>
        <translation>Licence :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Server:</source>
        <translation>Serveur :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Session:</source>
        <translation>Session :</translation>
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
        <translation>Avertissement</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Danger</source>
        <translation>Danger</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Success</source>
        <translation>Succès</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Plain</source>
        <translation>Neutre</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>&amp;New banner</source>
        <translation>&amp;Nouvelle bannière</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Reload</source>
        <translation>&amp;Recharger</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Banner</source>
        <translation>Bannière</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Users may &amp;dismiss it</source>
        <translation>Les utilisateurs peuvent la &amp;masquer</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Add &amp;language</source>
        <translation>Ajouter une &amp;langue</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Save banner</source>
        <translation>&amp;Enregistrer la bannière</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+267"/>
        <source>&amp;Activate</source>
        <translation>&amp;Activer</translation>
    </message>
    <message>
        <location line="-266"/>
        <source>Dele&amp;te…</source>
        <translation>Supprim&amp;er…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>State</source>
        <translation>État</translation>
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
        <translation>Texte (anglais)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Languages</source>
        <translation>Langues</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+30"/>
        <source>Dismissible</source>
        <translation>Masquable</translation>
    </message>
    <message>
        <location line="-30"/>
        <source>Changed</source>
        <translation>Modifiée</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../ui/bannerspage.h" line="+36"/>
        <source>Banners</source>
        <translation>Bannières</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>New banner</source>
        <translation>Nouvelle bannière</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reload banners</source>
        <translation>Recharger les bannières</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Number of banners</source>
        <translation>Nombre de bannières</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Banner being edited</source>
        <translation>Bannière en cours de modification</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Language to add</source>
        <translation>Langue à ajouter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A language tag such as fr, de or pt-br.</source>
        <translation>Un code de langue comme fr, de ou pt-br.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add language</source>
        <translation>Ajouter une langue</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Schedule</source>
        <translation>Calendrier</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save banner</source>
        <translation>Enregistrer la bannière</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Activate or deactivate banner</source>
        <translation>Activer ou désactiver la bannière</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+340"/>
        <source>Delete banner</source>
        <translation>Supprimer la bannière</translation>
    </message>
    <message>
        <location line="-338"/>
        <source>Banner status</source>
        <translation>État de la bannière</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Variant:</source>
        <translation>&amp;Variante :</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Text per language</source>
        <translation>Texte par langue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>English is required: users whose language has no text see it.</source>
        <translation>L’anglais est obligatoire : les utilisateurs dont la langue n’a pas de texte le voient.</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>“%1” is not a language tag (like fr or pt-br).</source>
        <translation>« %1 » n’est pas un code de langue (comme fr ou pt-br).</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Loading banners…</source>
        <translation>Chargement des bannières…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The banners could not be loaded: %1</source>
        <translation>Les bannières n’ont pas pu être chargées : %1</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Inactive</source>
        <translation>Inactive</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>%n banner(s)</source>
        <translation>
            <numerusform>%n bannière</numerusform>
            <numerusform>%n bannières</numerusform>
        </translation>
    </message>
    <message>
        <location line="+52"/>
        <source>&lt;b&gt;New banner&lt;/b&gt; (created inactive)</source>
        <translation>&lt;b&gt;Nouvelle bannière&lt;/b&gt; (créée inactive)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;b&gt;Active banner&lt;/b&gt;</source>
        <translation>&lt;b&gt;Bannière active&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;b&gt;Inactive banner&lt;/b&gt;</source>
        <translation>&lt;b&gt;Bannière inactive&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Shown from %1 until %2.</source>
        <translation>Affichée de %1 jusqu’à %2.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>now</source>
        <translation>maintenant</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>further notice</source>
        <translation>nouvel ordre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>De&amp;activate</source>
        <translation>Dés&amp;activer</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Text in %1</source>
        <translation>Texte en %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove %1</source>
        <translation>Retirer %1</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Write the English text first: it is shown to everyone whose language has none.</source>
        <translation>Écrivez d’abord le texte anglais : il est montré à tous ceux dont la langue n’a pas de texte.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Banner created (inactive).</source>
        <translation>Bannière créée (inactive).</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Banner saved.</source>
        <translation>Bannière enregistrée.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Banner deactivated.</source>
        <translation>Bannière désactivée.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Banner activated; any other active banner was deactivated.</source>
        <translation>Bannière activée ; toute autre bannière active a été désactivée.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Delete this banner with all its texts? This cannot be undone.</source>
        <translation>Supprimer cette bannière avec tous ses textes ? C’est irréversible.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Banner deleted.</source>
        <translation>Bannière supprimée.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Saving…</source>
        <translation>Enregistrement…</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Another admin changed this banner after you opened it, so it was not saved. Reload to see their version, then make your change again.</source>
        <translation>Un autre administrateur a modifié cette bannière après que vous l’avez ouverte : elle n’a pas été enregistrée. Rechargez pour voir sa version, puis refaites votre modification.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Your role (read-only admin) can see banners but not change them.</source>
        <translation>Votre rôle (administrateur en lecture seule) permet de voir les bannières, pas de les modifier.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The English text is required.</source>
        <translation>Le texte anglais est obligatoire.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save the banner first.</source>
        <translation>Enregistrez d’abord la bannière.</translation>
    </message>
</context>
<context>
    <name>Tollgate::Ui::BrandingPage</name>
    <message>
        <location filename="../ui/brandingpage.cpp" line="+38"/>
        <source>Login logo</source>
        <translation>Logo de connexion</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Header logo (light)</source>
        <translation>Logo d’en-tête (clair)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Header logo (dark)</source>
        <translation>Logo d’en-tête (sombre)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The file is empty.</source>
        <translation>Le fichier est vide.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The file has %1; the server takes images of at most 2 MB.</source>
        <translation>Le fichier fait %1 ; le serveur accepte des images de 2 Mo au plus.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>This is not a PNG, JPEG or SVG image.</source>
        <translation>Ce n’est pas une image PNG, JPEG ou SVG.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The image cannot be read; the file may be damaged.</source>
        <translation>L’image est illisible ; le fichier est peut-être endommagé.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Save branding</source>
        <translation>&amp;Enregistrer l’habillage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;vert</source>
        <translation>Ann&amp;uler les modifications</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Subtitle</source>
        <translation>Sous-titre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Footer</source>
        <translation>Pied de page</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>At most %1 characters.</source>
        <translation>%1 caractères au plus.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Texts</source>
        <translation>Textes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Title:</source>
        <translation>&amp;Titre :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;ubtitle:</source>
        <translation>So&amp;us-titre :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Footer:</source>
        <translation>&amp;Pied de page :</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Logos</source>
        <translation>Logos</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 thumbnail</source>
        <translation>Vignette : %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 status</source>
        <translation>État : %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose %1</source>
        <translation>Choisir : %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove %1</source>
        <translation>Retirer %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>PNG, JPEG or SVG, at most 2 MB. The dark header uses the light logo when it has none of its own.</source>
        <translation>PNG, JPEG ou SVG, 2 Mo au plus. L’en-tête sombre utilise le logo clair s’il n’a pas le sien.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Branding status</source>
        <translation>État de l’habillage</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Save branding</source>
        <translation>Enregistrer l’habillage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Revert branding changes</source>
        <translation>Annuler les modifications de l’habillage</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Preview of the login screen</source>
        <translation>Aperçu de l’écran de connexion</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Light</source>
        <translation>Clair</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Dark</source>
        <translation>Sombre</translation>
    </message>
    <message>
        <location line="+98"/>
        <source>Loading the branding…</source>
        <translation>Chargement de l’habillage…</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+52"/>
        <source>Loading the logos…</source>
        <translation>Chargement des logos…</translation>
    </message>
    <message>
        <location line="-48"/>
        <source>The branding could not be loaded: %1</source>
        <translation>L’habillage n’a pas pu être chargé : %1</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>loading…</source>
        <translation>chargement…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The image could not be loaded: %1</source>
        <translation>L’image n’a pas pu être chargée : %1</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Removed when you save.</source>
        <translation>Retiré à l’enregistrement.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New image (%1), uploaded when you save.</source>
        <translation>Nouvelle image (%1), envoyée à l’enregistrement.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Saved image (%1).</source>
        <translation>Image enregistrée (%1).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No image.</source>
        <translation>Aucune image.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Choose the %1</source>
        <translation>Choisir : %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Images (*.png *.jpg *.jpeg *.svg)</source>
        <translation>Images (*.png *.jpg *.jpeg *.svg)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>All files (*)</source>
        <translation>Tous les fichiers (*)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 has %2; the server takes images of at most 2 MB.</source>
        <translation>%1 fait %2 ; le serveur accepte des images de 2 Mo au plus.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 cannot be read: %2</source>
        <translation>%1 est illisible : %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 was not taken: %2</source>
        <translation>%1 n’a pas été retenu : %2</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Saving…</source>
        <translation>Enregistrement…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Branding saved.</source>
        <translation>Habillage enregistré.</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Another admin changed the branding after you loaded it, so your changes were not all saved. Your edits are still here: note them, press Revert to load the current branding, then make them again.</source>
        <translation>Un autre administrateur a modifié l’habillage après son chargement : vos modifications n’ont pas toutes été enregistrées. Elles sont encore là : notez-les, cliquez sur Annuler les modifications pour charger l’habillage actuel, puis refaites-les.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Saving failed: %1</source>
        <translation>L’enregistrement a échoué : %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Your role (read-only admin) can see the branding but not change it.</source>
        <translation>Votre rôle (administrateur en lecture seule) permet de voir l’habillage, pas de le modifier.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Nothing has changed.</source>
        <translation>Rien n’a changé.</translation>
    </message>
    <message>
        <location filename="../ui/brandingpage.h" line="+35"/>
        <source>Branding</source>
        <translation>Habillage</translation>
    </message>
</context>
<context>
    <name>Tollgate::Ui::ConnectPage</name>
    <message>
        <location filename="../ui/connectpage.cpp" line="+33"/>
        <source>&amp;Connect</source>
        <translation>Se &amp;connecter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Trust this certificate</source>
        <translation>&amp;Faire confiance à ce certificat</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Server address</source>
        <translation>Adresse du serveur</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Connection status</source>
        <translation>État de la connexion</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Accept this exact certificate for this server from now on.</source>
        <translation>Accepter désormais ce certificat précis pour ce serveur.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;h2&gt;Tollgate&lt;/h2&gt;&lt;p&gt;Connect to a Tollgate server.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Tollgate&lt;/h2&gt;&lt;p&gt;Connectez-vous à un serveur Tollgate.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Server:</source>
        <translation>&amp;Serveur :</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Enter an http:// or https:// address.</source>
        <translation>Saisissez une adresse http:// ou https://.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Connecting to %1…</source>
        <translation>Connexion à %1…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Connected: the server is ready.</source>
        <translation>Connecté : le serveur est prêt.</translation>
    </message>
</context>
<context>
    <name>Tollgate::Ui::DashboardPage</name>
    <message>
        <location filename="../ui/dashboardpage.h" line="+34"/>
        <source>Dashboard</source>
        <translation>Tableau de bord</translation>
    </message>
    <message>
        <location filename="../ui/dashboardpage.cpp" line="+49"/>
        <source>Signed-in user</source>
        <translation>Utilisateur connecté</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your roles</source>
        <translation>Vos rôles</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Server address</source>
        <translation>Adresse du serveur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Server readiness</source>
        <translation>Disponibilité du serveur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Users</source>
        <translation>Utilisateurs</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualiser</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Usage</source>
        <translation>Utilisation</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Today</source>
        <translation>Aujourd’hui</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This month</source>
        <translation>Ce mois-ci</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Requests</source>
        <translation>Requêtes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tokens</source>
        <translation>Jetons</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cost</source>
        <translation>Coût</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Active users</source>
        <translation>Utilisateurs actifs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Failed requests</source>
        <translation>Requêtes en échec</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Success rate</source>
        <translation>Taux de réussite</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 today</source>
        <translation>%1 aujourd’hui</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 this month</source>
        <translation>%1 ce mois-ci</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Operations</source>
        <translation>Exploitation</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pending approvals:</source>
        <translation>Approbations en attente :</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Pending approvals</source>
        <translation>Approbations en attente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enabled models:</source>
        <translation>Modèles activés :</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Enabled models</source>
        <translation>Modèles activés</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enabled deployments:</source>
        <translation>Déploiements activés :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enabled deployments</source>
        <translation>Déploiements activés</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Upstream errors since the server started:</source>
        <translation>Erreurs amont depuis le démarrage du serveur :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Upstream errors since the server started</source>
        <translation>Erreurs amont depuis le démarrage du serveur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shared limits:</source>
        <translation>Limites partagées :</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Shared limits</source>
        <translation>Limites partagées</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>You</source>
        <translation>Vous</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Signed in as:</source>
        <translation>Connecté en tant que :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Roles:</source>
        <translation>Rôles :</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Server</source>
        <translation>Serveur</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Address:</source>
        <translation>Adresse :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Readiness:</source>
        <translation>Disponibilité :</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>All users:</source>
        <translation>Tous les utilisateurs :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Active:</source>
        <translation>Actifs :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Inactive:</source>
        <translation>Inactifs :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Admins:</source>
        <translation>Administrateurs :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read-only admins:</source>
        <translation>Administrateurs en lecture seule :</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Refresh dashboard</source>
        <translation>Actualiser le tableau de bord</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Automatic refresh</source>
        <translation>Actualisation automatique</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No automatic refresh</source>
        <translation>Pas d’actualisation automatique</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every 30 seconds</source>
        <translation>Toutes les 30 secondes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every minute</source>
        <translation>Chaque minute</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every 5 minutes</source>
        <translation>Toutes les 5 minutes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last refresh</source>
        <translation>Dernière actualisation</translation>
    </message>
    <message>
        <location line="+83"/>
        <source>Updating…</source>
        <translation>Actualisation…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>checking…</source>
        <translation>vérification…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>ready</source>
        <translation>prêt</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Everyone&apos;s usage (UTC days).</source>
        <translation>Utilisation de tous (jours UTC).</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Your own usage (UTC days).</source>
        <translation>Votre propre utilisation (jours UTC).</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Updated %1</source>
        <translation>Actualisé à %1</translation>
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
        <translation>aucune requête</translation>
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
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No enabled model has an enabled deployment: requests to the gateway will fail.</source>
        <translation>Aucun modèle activé n’a de déploiement activé : les requêtes à la passerelle échoueront.</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>degraded: Redis is unreachable, each replica enforces its share alone</source>
        <translation>dégradées : Redis est injoignable, chaque réplique applique seule sa part</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>working</source>
        <translation>opérationnelles</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>loading…</source>
        <translation>chargement…</translation>
    </message>
    <message>
        <location line="-167"/>
        <location line="+174"/>
        <source>unavailable</source>
        <translation>indisponible</translation>
    </message>
</context>
<context>
    <name>Tollgate::Ui::ErrorText</name>
    <message>
        <location filename="../ui/errortext.cpp" line="+34"/>
        <source>The server refused the connection. Is it running at this address?</source>
        <translation>Le serveur a refusé la connexion. Tourne-t-il à cette adresse ?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server&apos;s host name is unknown. Check the address.</source>
        <translation>Le nom d’hôte du serveur est inconnu. Vérifiez l’adresse.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server did not answer in time.</source>
        <translation>Le serveur n’a pas répondu à temps.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The request was cancelled.</source>
        <translation>La requête a été annulée.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No server address is set.</source>
        <translation>Aucune adresse de serveur n’est définie.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cannot reach the server: %1</source>
        <translation>Impossible de joindre le serveur : %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server&apos;s certificate is not trusted (%1). SHA-256 fingerprint: %2</source>
        <translation>Le certificat du serveur n’est pas reconnu (%1). Empreinte SHA-256 : %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The secure connection failed: %1</source>
        <translation>La connexion sécurisée a échoué : %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server&apos;s answer was not understood. Is this a Tollgate server?</source>
        <translation>La réponse du serveur n’a pas été comprise. Est-ce bien un serveur Tollgate ?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your session has ended. Please sign in again.</source>
        <translation>Votre session est terminée. Veuillez vous reconnecter.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Wrong username or password.</source>
        <translation>Nom d’utilisateur ou mot de passe incorrect.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Too many sign-in attempts. Try again in %n second(s).</source>
        <translation>
            <numerusform>Trop de tentatives de connexion. Réessayez dans %n seconde.</numerusform>
            <numerusform>Trop de tentatives de connexion. Réessayez dans %n secondes.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Too many sign-in attempts. Try again later.</source>
        <translation>Trop de tentatives de connexion. Réessayez plus tard.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Someone else changed this in the meantime. Reload and try again.</source>
        <translation>Quelqu’un d’autre l’a modifié entre-temps. Rechargez et réessayez.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This change would leave no active admin.</source>
        <translation>Cette modification ne laisserait aucun administrateur actif.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your role does not allow this.</source>
        <translation>Votre rôle ne le permet pas.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>It no longer exists.</source>
        <translation>Cela n’existe plus.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server refused the input.</source>
        <translation>Le serveur a refusé la saisie.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server refused the value of %1.</source>
        <translation>Le serveur a refusé la valeur de %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server is not ready (its database may be unreachable).</source>
        <translation>Le serveur n’est pas prêt (sa base de données est peut-être injoignable).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server failed (HTTP %1).</source>
        <translation>Le serveur a échoué (HTTP %1).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The request failed (HTTP %1).</source>
        <translation>La requête a échoué (HTTP %1).</translation>
    </message>
</context>
<context>
    <name>Tollgate::Ui::LoginPreview</name>
    <message>
        <location filename="../ui/loginpreview.cpp" line="+37"/>
        <source>Sign in</source>
        <translation>Se connecter</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Login screen preview, light</source>
        <translation>Aperçu de l’écran de connexion, clair</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Login screen preview, dark</source>
        <translation>Aperçu de l’écran de connexion, sombre</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Header logo preview</source>
        <translation>Aperçu du logo d’en-tête</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Login logo preview</source>
        <translation>Aperçu du logo de connexion</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Title preview</source>
        <translation>Aperçu du titre</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Subtitle preview</source>
        <translation>Aperçu du sous-titre</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Footer preview</source>
        <translation>Aperçu du pied de page</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Username</source>
        <translation>Nom d’utilisateur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
</context>
<context>
    <name>Tollgate::Ui::MainWindow</name>
    <message>
        <location filename="../ui/mainwindow.cpp" line="+46"/>
        <source>Tollgate Console</source>
        <translation>Console Tollgate</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pages</source>
        <translation>Pages</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Last message</source>
        <translation>Dernier message</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Requests in flight</source>
        <translation>Requêtes en cours</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Working</source>
        <translation>En cours</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Session storage</source>
        <translation>Stockage de la session</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Session</source>
        <translation>&amp;Session</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign &amp;out</source>
        <translation>Se &amp;déconnecter</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Go</source>
        <translation>&amp;Aller</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Refresh page</source>
        <translation>&amp;Actualiser la page</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>The previous session could not be resumed: %1</source>
        <translation>La session précédente n’a pas pu être reprise : %1</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Signed in as %1</source>
        <translation>Connecté en tant que %1</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Signed out.</source>
        <translation>Déconnecté.</translation>
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
            <numerusform>%1, %n non lue</numerusform>
            <numerusform>%1, %n non lues</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+16"/>
        <source>%n request(s) in flight</source>
        <translation>
            <numerusform>%n requête en cours</numerusform>
            <numerusform>%n requêtes en cours</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Tollgate::Ui::NotificationsPage</name>
    <message>
        <location filename="../ui/notificationspage.cpp" line="+36"/>
        <source>Pending</source>
        <translation>En attente</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delivered</source>
        <translation>Remise</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Failed</source>
        <translation>Échec</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Unread only</source>
        <translation>&amp;Non lues seulement</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Mark read</source>
        <translation>&amp;Marquer comme lue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark &amp;all read</source>
        <translation>Tout m&amp;arquer comme lu</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+48"/>
        <source>Webhook deliveries</source>
        <translation>Envois webhook</translation>
    </message>
    <message>
        <location line="-46"/>
        <source>Re&amp;load deliveries</source>
        <translation>Rec&amp;harger les envois</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send &amp;test alert</source>
        <translation>Envoyer une alerte de &amp;test</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Whose alerts</source>
        <translation>Alertes de qui</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>My alerts</source>
        <translation>Mes alertes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Everyone&apos;s alerts</source>
        <translation>Alertes de tous</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unread only</source>
        <translation>Non lues seulement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Reload</source>
        <translation>&amp;Recharger</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reload notifications</source>
        <translation>Recharger les notifications</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark selected read</source>
        <translation>Marquer la sélection comme lue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark all read</source>
        <translation>Tout marquer comme lu</translation>
    </message>
    <message>
        <location line="+11"/>
        <location filename="../ui/notificationspage.h" line="+39"/>
        <source>Notifications</source>
        <translation>Notifications</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Number of notifications</source>
        <translation>Nombre de notifications</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Alert</source>
        <translation>Alerte</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Attempts</source>
        <translation>Tentatives</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Last attempt</source>
        <translation>Dernière tentative</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Last error</source>
        <translation>Dernière erreur</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Reload webhook deliveries</source>
        <translation>Recharger les envois webhook</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send test alert</source>
        <translation>Envoyer une alerte de test</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Webhook delivery status</source>
        <translation>État des envois webhook</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Your own alerts, or every user&apos;s.</source>
        <translation>Vos alertes, ou celles de tous les utilisateurs.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only admins can see other users&apos; alerts.</source>
        <translation>Seuls les administrateurs voient les alertes des autres utilisateurs.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sends a test alert to every webhook URL now.</source>
        <translation>Envoie maintenant une alerte de test à chaque URL webhook.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your role (read-only admin) can see deliveries but not send a test alert.</source>
        <translation>Votre rôle (administrateur en lecture seule) peut voir les envois mais pas envoyer d&apos;alerte de test.</translation>
    </message>
    <message>
        <location line="+88"/>
        <source>Loading notifications…</source>
        <translation>Chargement des notifications…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Showing %1 of %2 notifications, %3 unread</source>
        <translation>%1 notifications affichées sur %2, %3 non lues</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Select unread notifications first.</source>
        <translation>Sélectionnez d&apos;abord des notifications non lues.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Loading deliveries…</source>
        <translation>Chargement des envois…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Showing %1 of %2 deliveries</source>
        <translation>%1 envois affichés sur %2</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Sending a test alert…</source>
        <translation>Envoi d&apos;une alerte de test…</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>Test alert sent to %n webhook URL(s).</source>
        <translation>
            <numerusform>Alerte de test envoyée à %n URL webhook.</numerusform>
            <numerusform>Alerte de test envoyée à %n URL webhook.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Tollgate::Ui::SettingsForm</name>
    <message>
        <location filename="../ui/settingsform.cpp" line="+59"/>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;vert</source>
        <translation>Ann&amp;uler les modifications</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Save %1</source>
        <translation>Enregistrer : %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Revert %1</source>
        <translation>Annuler les modifications : %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 status</source>
        <translation>État : %1</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Could not be loaded: %1</source>
        <translation>Chargement impossible : %1</translation>
    </message>
    <message>
        <location line="+50"/>
        <location line="+12"/>
        <location line="+17"/>
        <location line="+12"/>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>daily</source>
        <translation>quotidien</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>weekly</source>
        <translation>hebdomadaire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>monthly</source>
        <translation>mensuel</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>One per line</source>
        <translation>Une par ligne</translation>
    </message>
    <message>
        <location line="+189"/>
        <source>Saving…</source>
        <translation>Enregistrement…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Saved.</source>
        <translation>Enregistré.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Another admin changed these settings after you loaded them, so nothing was saved. Revert to load their values, then make your change again.</source>
        <translation>Un autre administrateur a modifié ces paramètres après leur chargement : rien n’a été enregistré. Annulez les modifications pour charger ses valeurs, puis refaites votre changement.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Nothing has changed.</source>
        <translation>Rien n’a changé.</translation>
    </message>
</context>
<context>
    <name>Tollgate::Ui::SettingsPage</name>
    <message>
        <location filename="../ui/settingspage.cpp" line="+26"/>
        <source>New users, requests per minute</source>
        <translation>Nouveaux utilisateurs, requêtes par minute</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The requests-per-minute limit a new user starts with (0: none).</source>
        <translation>La limite de requêtes par minute d’un nouvel utilisateur (0 : aucune).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New users, tokens per minute</source>
        <translation>Nouveaux utilisateurs, jetons par minute</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The tokens-per-minute limit a new user starts with (0: none).</source>
        <translation>La limite de jetons par minute d’un nouvel utilisateur (0 : aucune).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New users, parallel requests</source>
        <translation>Nouveaux utilisateurs, requêtes parallèles</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How many requests a new user may have running at once (0: none).</source>
        <translation>Nombre de requêtes simultanées permises à un nouvel utilisateur (0 : aucune limite).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New users, budget</source>
        <translation>Nouveaux utilisateurs, budget</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The budget a new user starts with, in the display currency; none for no budget.</source>
        <translation>Le budget initial d’un nouvel utilisateur, dans la devise d’affichage ; aucun pour pas de budget.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Display currency</source>
        <translation>Devise d’affichage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The ISO 4217 code prices and costs are shown in, like USD or EUR.</source>
        <translation>Le code ISO 4217 dans lequel prix et coûts sont affichés, comme USD ou EUR.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep usage records</source>
        <translation>Conserver les relevés d’utilisation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Days usage records are kept (1 to 36500).</source>
        <translation>Nombre de jours de conservation des relevés d’utilisation (1 à 36500).</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+2"/>
        <location line="+22"/>
        <location line="+2"/>
        <source> days</source>
        <translation> jours</translation>
    </message>
    <message>
        <location line="-25"/>
        <source>Keep the audit log</source>
        <translation>Conserver le journal d’audit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Days audit entries are kept (1 to 36500).</source>
        <translation>Nombre de jours de conservation des entrées d’audit (1 à 36500).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alert webhooks</source>
        <translation>Webhooks d’alerte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>http(s) URLs that receive alerts, one per line, at most 20.</source>
        <translation>URL http(s) qui reçoivent les alertes, une par ligne, 20 au plus.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>none: no default</source>
        <translation>aucun : pas de valeur par défaut</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>none: no maximum</source>
        <translation>aucun : pas de maximum</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Default requests per minute</source>
        <translation>Requêtes par minute par défaut</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Maximum requests per minute</source>
        <translation>Maximum de requêtes par minute</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Default tokens per minute</source>
        <translation>Jetons par minute par défaut</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Maximum tokens per minute</source>
        <translation>Maximum de jetons par minute</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Default parallel requests</source>
        <translation>Requêtes parallèles par défaut</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Maximum parallel requests</source>
        <translation>Maximum de requêtes parallèles</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Default budget</source>
        <translation>Budget par défaut</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Maximum budget</source>
        <translation>Budget maximum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>none: no maximum; also bounds the soft budget</source>
        <translation>aucun : pas de maximum ; borne aussi le budget indicatif</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Default budget period</source>
        <translation>Période de budget par défaut</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Default lifetime</source>
        <translation>Durée de vie par défaut</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Days until a new key expires; none: never.</source>
        <translation>Jours avant l’expiration d’une nouvelle clé ; aucun : jamais.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Longest lifetime</source>
        <translation>Durée de vie maximale</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Active keys per user</source>
        <translation>Clés actives par utilisateur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>At most this many active keys per user; none: the built-in 10.</source>
        <translation>Au plus ce nombre de clés actives par utilisateur ; aucun : la valeur intégrée de 10.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Longest rotation grace</source>
        <translation>Délai de grâce de rotation maximal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How long an old secret may keep working after a rotation, like 1h or 24h; none: 24h.</source>
        <translation>Combien de temps un ancien secret peut encore servir après une rotation, comme 1h ou 24h ; aucun : 24h.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>General</source>
        <translation>Général</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Key policy</source>
        <translation>Règles des clés</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Defaults and maxima for API keys made in the console and through /api/v1/keys. They bind admins too.</source>
        <translation>Valeurs par défaut et maxima des clés d’API créées dans la console et via /api/v1/keys. Elles s’appliquent aussi aux administrateurs.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>This computer</source>
        <translation>Cet ordinateur</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>System language</source>
        <translation>Langue du système</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Language note</source>
        <translation>Remarque sur la langue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Language:</source>
        <translation>&amp;Langue :</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Saved. The console uses %1 from its next start.</source>
        <translation>Enregistré. La console utilisera %1 à son prochain démarrage.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Your role (read-only admin) can see the settings but not change them.</source>
        <translation>Votre rôle (administrateur en lecture seule) permet de voir les paramètres, pas de les modifier.</translation>
    </message>
    <message>
        <location filename="../ui/settingspage.h" line="+29"/>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
</context>
<context>
    <name>Tollgate::Ui::SignInPage</name>
    <message>
        <location filename="../ui/signinpage.cpp" line="+25"/>
        <source>&amp;Sign in</source>
        <translation>Se &amp;connecter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Change server</source>
        <translation>&amp;Changer de serveur</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Username</source>
        <translation>Nom d’utilisateur</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sign-in status</source>
        <translation>État de la connexion</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Username:</source>
        <translation>Nom d’&amp;utilisateur :</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Password:</source>
        <translation>Mot de &amp;passe :</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&lt;h2&gt;Sign in&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Connexion&lt;/h2&gt;</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Server: %1</source>
        <translation>Serveur : %1</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Enter your username and password.</source>
        <translation>Saisissez votre nom d’utilisateur et votre mot de passe.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Signing in…</source>
        <translation>Connexion…</translation>
    </message>
</context>
<context>
    <name>Tollgate::Ui::UsersPage</name>
    <message>
        <location filename="../ui/userspage.cpp" line="+38"/>
        <source>no limit</source>
        <translation>aucune limite</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Requests per minute</source>
        <translation>Requêtes par minute</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tokens per minute</source>
        <translation>Jetons par minute</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Parallel requests</source>
        <translation>Requêtes parallèles</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Save limits</source>
        <translation>&amp;Enregistrer les limites</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+275"/>
        <source>&amp;Deactivate</source>
        <translation>&amp;Désactiver</translation>
    </message>
    <message>
        <location line="-271"/>
        <source>Search</source>
        <translation>Rechercher</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search users</source>
        <translation>Rechercher des utilisateurs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Finds users by username, name or email.</source>
        <translation>Trouve les utilisateurs par nom d’utilisateur, nom ou e-mail.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Filter by role</source>
        <translation>Filtrer par rôle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All roles</source>
        <translation>Tous les rôles</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Admins</source>
        <translation>Administrateurs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read-only admins</source>
        <translation>Administrateurs en lecture seule</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+17"/>
        <location filename="../ui/userspage.h" line="+34"/>
        <source>Users</source>
        <translation>Utilisateurs</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>Filter by status</source>
        <translation>Filtrer par état</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Active and inactive</source>
        <translation>Actifs et inactifs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Active only</source>
        <translation>Actifs seulement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Inactive only</source>
        <translation>Inactifs seulement</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Reload</source>
        <translation>&amp;Recharger</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reload users</source>
        <translation>Recharger les utilisateurs</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Number of users</source>
        <translation>Nombre d’utilisateurs</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Selected user</source>
        <translation>Utilisateur sélectionné</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Budget used</source>
        <translation>Budget utilisé</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+193"/>
        <source>no budget</source>
        <translation>aucun budget</translation>
    </message>
    <message>
        <location line="-192"/>
        <source>Maximum budget</source>
        <translation>Budget maximal</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Budget period</source>
        <translation>Période du budget</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>never resets</source>
        <translation>jamais remis à zéro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>daily</source>
        <translation>quotidien</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>weekly</source>
        <translation>hebdomadaire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>monthly</source>
        <translation>mensuel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Change status</source>
        <translation>État de la modification</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Requests/min:</source>
        <translation>Requêtes/min :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tokens/min:</source>
        <translation>Jetons/min :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Parallel:</source>
        <translation>Parallèles :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Max budget:</source>
        <translation>Budget max. :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Budget resets:</source>
        <translation>Remise à zéro :</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Budget used:</source>
        <translation>Budget utilisé :</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Your role (read-only admin) can see users but not change them.</source>
        <translation>Votre rôle (administrateur en lecture seule) permet de voir les utilisateurs, pas de les modifier.</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Loading users…</source>
        <translation>Chargement des utilisateurs…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Showing %1 of %2 users</source>
        <translation>%1 utilisateurs affichés sur %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&lt;b&gt;No user selected&lt;/b&gt;</source>
        <translation>&lt;b&gt;Aucun utilisateur sélectionné&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Roles: %1</source>
        <translation>Rôles : %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status: active</source>
        <translation>État : actif</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status: inactive</source>
        <translation>État : inactif</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last sign-in: %1</source>
        <translation>Dernière connexion : %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1 spent of %2</source>
        <translation>%1 dépensés sur %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 spent, no budget set</source>
        <translation>%1 dépensés, aucun budget défini</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No budget set.</source>
        <translation>Aucun budget défini.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;Activate</source>
        <translation>&amp;Activer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deactivate user</source>
        <translation>Désactiver l’utilisateur</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Activate user</source>
        <translation>Activer l’utilisateur</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 is active again.</source>
        <translation>%1 est de nouveau actif.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 is deactivated; their sessions have ended.</source>
        <translation>%1 est désactivé ; ses sessions sont terminées.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Limits of %1 saved.</source>
        <translation>Limites de %1 enregistrées.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Saving…</source>
        <translation>Enregistrement…</translation>
    </message>
</context>
</TS>
