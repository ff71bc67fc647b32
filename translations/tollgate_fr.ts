<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>QObject</name>
    <message>
        <location filename="../app/console/main.cpp" line="+65"/>
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
    <name>Tollgate::Models::AuditModel</name>
    <message>
        <location filename="../models/auditmodel.cpp" line="+105"/>
        <source>succeeded</source>
        <translation>réussi</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>refused</source>
        <translation>refusé</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Actor</source>
        <translation>Auteur</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Target</source>
        <translation>Cible</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Result</source>
        <translation>Résultat</translation>
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
        <translation>Créée</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Backup</source>
        <translation>Sauvegarde</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Database</source>
        <translation>Base de données</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>By</source>
        <translation>Par</translation>
    </message>
</context>
<context>
    <name>Tollgate::Models::DeploymentsModel</name>
    <message>
        <location filename="../models/catalogmodels.cpp" line="+157"/>
        <source>Enabled</source>
        <translation>Activé</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Disabled</source>
        <translation>Désactivé</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>stored</source>
        <translation>enregistrée</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Base URL</source>
        <translation>URL de base</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Served name</source>
        <translation>Nom servi</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Weight</source>
        <translation>Poids</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>API key</source>
        <translation>Clé d’API</translation>
    </message>
</context>
<context>
    <name>Tollgate::Models::KeysModel</name>
    <message>
        <location filename="../models/keysmodel.cpp" line="+43"/>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Expired</source>
        <translation>Expirée</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Revoked</source>
        <translation>Révoquée</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Blocked</source>
        <translation>Bloquée</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>The previous secret works until %1.</source>
        <translation>L’ancien secret fonctionne jusqu’au %1.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>all subscribed</source>
        <translation>tous ceux abonnés</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+2"/>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Owner</source>
        <translation>Propriétaire</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Key</source>
        <translation>Clé</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Models</source>
        <translation>Modèles</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Spend / budget</source>
        <translation>Dépense / budget</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Expires</source>
        <translation>Expire</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last used</source>
        <translation>Dernière utilisation</translation>
    </message>
</context>
<context>
    <name>Tollgate::Models::ModelsModel</name>
    <message>
        <location filename="../models/catalogmodels.cpp" line="-99"/>
        <source>Restricted</source>
        <translation>Restreint</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Open</source>
        <translation>Ouvert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enabled</source>
        <translation>Activé</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Disabled</source>
        <translation>Désactivé</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Model</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Capabilities</source>
        <translation>Capacités</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Input / 1M</source>
        <translation>Entrée / 1M</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Output / 1M</source>
        <translation>Sortie / 1M</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Access</source>
        <translation>Accès</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Deployments</source>
        <translation>Déploiements</translation>
    </message>
</context>
<context>
    <name>Tollgate::Models::NotificationsModel</name>
    <message>
        <location filename="../models/notificationsmodel.cpp" line="+77"/>
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
        <location line="+34"/>
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
    <name>Tollgate::Models::SubscriptionsModel</name>
    <message>
        <location filename="../models/subscriptionsmodel.cpp" line="+37"/>
        <source>Active</source>
        <translation>Actif</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pending</source>
        <translation>En attente</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Denied</source>
        <translation>Refusé</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancelled</source>
        <translation>Annulé</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Expired</source>
        <translation>Expiré</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>User</source>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Model</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Requested</source>
        <translation>Demandé le</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last change</source>
        <translation>Dernier changement</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
</context>
<context>
    <name>Tollgate::Models::UsersModel</name>
    <message>
        <location filename="../models/usersmodel.cpp" line="+62"/>
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
        <location filename="../ui/aboutpage.h" line="+21"/>
        <source>About</source>
        <translation>À propos</translation>
    </message>
    <message>
        <location filename="../ui/aboutpage.cpp" line="+46"/>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>The desktop admin console of Tollgate, models-as-a-service for private AI.</source>
        <translation>La console d’administration de bureau de Tollgate, des modèles en libre-service pour l’IA privée.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Session storage</source>
        <translation>Stockage de la session</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Server address</source>
        <translation>Adresse du serveur</translation>
    </message>
    <message>
        <location line="+3"/>
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
    <name>Tollgate::Ui::AuditPage</name>
    <message>
        <location filename="../ui/auditpage.cpp" line="+228"/>
        <source>&amp;From:</source>
        <translation>&amp;Du :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;To:</source>
        <translation>&amp;Au :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Export…</source>
        <translation>&amp;Exporter…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Cancel export</source>
        <translation>&amp;Annuler l’export</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filter by actor</source>
        <translation>Filtrer par auteur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A username from the list, or a user id.</source>
        <translation>Un nom d’utilisateur de la liste, ou un identifiant d’utilisateur.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Anyone</source>
        <translation>Tout le monde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filter by action</source>
        <translation>Filtrer par action</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Any action, e.g. user. or key.create</source>
        <translation>Toute action, p. ex. user. ou key.create</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Actions starting with this text.</source>
        <translation>Les actions qui commencent par ce texte.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filter by target type</source>
        <translation>Filtrer par type de cible</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Any target</source>
        <translation>Toute cible</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filter by target id</source>
        <translation>Filtrer par identifiant de cible</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Target id</source>
        <translation>Identifiant de la cible</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From date</source>
        <translation>Date de début</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To date (inclusive)</source>
        <translation>Date de fin (incluse)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Limit the start date</source>
        <translation>Limiter la date de début</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Limit the end date</source>
        <translation>Limiter la date de fin</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search the audit log</source>
        <translation>Rechercher dans le journal d’audit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search names, actions, ids and changes</source>
        <translation>Rechercher noms, actions, identifiants et modifications</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export the filtered entries</source>
        <translation>Exporter les entrées filtrées</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saves the entries of these filters as CSV or JSON.</source>
        <translation>Enregistre les entrées de ces filtres en CSV ou JSON.</translation>
    </message>
    <message>
        <location line="-29"/>
        <source>&amp;Reload</source>
        <translation>&amp;Recharger</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reload the audit log</source>
        <translation>Recharger le journal d’audit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ac&amp;tor:</source>
        <translation>Au&amp;teur :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A&amp;ction:</source>
        <translation>A&amp;ction :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tar&amp;get:</source>
        <translation>Ci&amp;ble :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Search:</source>
        <translation>&amp;Rechercher :</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Audit entries</source>
        <translation>Entrées d’audit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Number of audit entries</source>
        <translation>Nombre d’entrées d’audit</translation>
    </message>
    <message>
        <location line="-25"/>
        <source>Entry</source>
        <translation>Entrée</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Selected entry</source>
        <translation>Entrée sélectionnée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changes before and after</source>
        <translation>Modifications avant et après</translation>
    </message>
    <message>
        <location line="-26"/>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Before</source>
        <translation>Avant</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>After</source>
        <translation>Après</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Export progress</source>
        <translation>Progression de l’export</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export status</source>
        <translation>État de l’export</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel the export</source>
        <translation>Annuler l’export</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>Loading audit entries…</source>
        <translation>Chargement des entrées d’audit…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Showing %1 of %2 entries</source>
        <translation>%1 entrées affichées sur %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Select an entry to see what changed.</source>
        <translation>Sélectionnez une entrée pour voir ce qui a changé.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 by %2</source>
        <translation>%1 par %2</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>(system)</source>
        <translation>(système)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>When: %1</source>
        <translation>Quand : %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Target: %1</source>
        <translation>Cible : %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Result: succeeded</source>
        <translation>Résultat : réussi</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Result: refused</source>
        <translation>Résultat : refusé</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>From address: %1</source>
        <translation>Depuis l’adresse : %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Request id: %1</source>
        <translation>Identifiant de requête : %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>added</source>
        <translation>ajouté</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>removed</source>
        <translation>supprimé</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>changed</source>
        <translation>modifié</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>(no recorded data)</source>
        <translation>(aucune donnée enregistrée)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>JSON files (*.json)</source>
        <translation>Fichiers JSON (*.json)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export the audit log</source>
        <translation>Exporter le journal d’audit</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Exporting to %1…</source>
        <translation>Export vers %1…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Exporting to %1… %2 entries (%3)</source>
        <translation>Export vers %1… %2 entrées (%3)</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>Exported %n entries to %1.</source>
        <translation>
            <numerusform>%n entrée exportée vers %1.</numerusform>
            <numerusform>%n entrées exportées vers %1.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The export was cancelled; no file was written.</source>
        <translation>L’export a été annulé ; aucun fichier n’a été écrit.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The export failed: %1</source>
        <translation>L’export a échoué : %1</translation>
    </message>
    <message>
        <location filename="../ui/auditpage.h" line="+42"/>
        <source>Audit log</source>
        <translation>Journal d’audit</translation>
    </message>
</context>
<context>
    <name>Tollgate::Ui::BackupsPage</name>
    <message>
        <location filename="../ui/backupspage.cpp" line="+166"/>
        <source>&amp;Back up now</source>
        <translation>&amp;Sauvegarder maintenant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Do&amp;wnload…</source>
        <translation>&amp;Télécharger…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Test restore</source>
        <translation>&amp;Tester la restauration</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;store…</source>
        <translation>Re&amp;staurer…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Delete…</source>
        <translation>&amp;Supprimer…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Cancel</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back up the whole store now</source>
        <translation>Sauvegarder maintenant tout le stockage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Download the selected backup</source>
        <translation>Télécharger la sauvegarde sélectionnée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Test-restore the selected backup</source>
        <translation>Tester la restauration de la sauvegarde sélectionnée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restore the selected backup</source>
        <translation>Restaurer la sauvegarde sélectionnée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the selected backup</source>
        <translation>Supprimer la sauvegarde sélectionnée</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>&amp;Reload</source>
        <translation>&amp;Recharger</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reload backups</source>
        <translation>Recharger les sauvegardes</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Backups</source>
        <translation>Sauvegardes</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Selected backup</source>
        <translation>Sauvegarde sélectionnée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Test-restore result</source>
        <translation>Résultat du test de restauration</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Test-restore report</source>
        <translation>Rapport du test de restauration</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>Table</source>
        <translation>Table</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>At backup</source>
        <translation>À la sauvegarde</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Restored</source>
        <translation>Restaurées</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Match</source>
        <translation>Concordance</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;b&gt;Test-restore report&lt;/b&gt;</source>
        <translation>&lt;b&gt;Rapport du test de restauration&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Operation progress</source>
        <translation>Progression de l’opération</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Backup status</source>
        <translation>État de la sauvegarde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop following the operation</source>
        <translation>Ne plus suivre l’opération</translation>
    </message>
    <message>
        <location line="-47"/>
        <source>No longer following the operation; it goes on at the server.</source>
        <translation>L’opération n’est plus suivie ; elle continue sur le serveur.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Loading backups…</source>
        <translation>Chargement des sauvegardes…</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n backup(s).</source>
        <translation>
            <numerusform>%n sauvegarde.</numerusform>
            <numerusform>%n sauvegardes.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Your role (read-only admin) can see backups but not make, download, restore or delete them.</source>
        <translation>Votre rôle (administrateur en lecture seule) peut voir les sauvegardes, mais pas les créer, télécharger, restaurer ni supprimer.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A consistent copy of the whole store, made while the server runs.</source>
        <translation>Une copie cohérente de tout le stockage, faite pendant que le serveur tourne.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Restores into a scratch database and checks it; the live data is not touched.</source>
        <translation>Restaure dans une base temporaire et la vérifie ; les données en service ne sont pas touchées.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replaces all live data with this backup (asks first).</source>
        <translation>Remplace toutes les données en service par cette sauvegarde (demande d’abord).</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>No backups yet.</source>
        <translation>Aucune sauvegarde pour l’instant.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select a backup.</source>
        <translation>Sélectionnez une sauvegarde.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Backup: %1</source>
        <translation>Sauvegarde : %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Created: %1 by %2</source>
        <translation>Créée : %1 par %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Size: %1 (%2)</source>
        <translation>Taille : %1 (%2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Schema version: %1</source>
        <translation>Version du schéma : %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 rows in %2 tables</source>
        <translation>%1 lignes dans %2 tables</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SHA-256: %1…</source>
        <translation>SHA-256 : %1…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>SHA-256: %1</source>
        <translation>SHA-256 : %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Not tested in this session. &lt;i&gt;Test restore&lt;/i&gt; restores it into a scratch database and compares every table.</source>
        <translation>Non testée dans cette session. &lt;i&gt;Tester la restauration&lt;/i&gt; la restaure dans une base temporaire et compare chaque table.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Cancelled.</source>
        <translation>Annulé.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Starting a backup…</source>
        <translation>Démarrage d’une sauvegarde…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Backing up to %1…</source>
        <translation>Sauvegarde vers %1…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Backup %1 is ready.</source>
        <translation>La sauvegarde %1 est prête.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Starting a test restore of %1…</source>
        <translation>Démarrage du test de restauration de %1…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Test restore of %1 running…</source>
        <translation>Test de restauration de %1 en cours…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Restoring %1 into a scratch database…</source>
        <translation>Restauration de %1 dans une base temporaire…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The test restore succeeded.</source>
        <translation>Le test de restauration a réussi.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The test restore found problems; see the report.</source>
        <translation>Le test de restauration a trouvé des problèmes ; voir le rapport.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&lt;b style=&quot;color:#2e7d32&quot;&gt;Verified&lt;/b&gt;: the backup restores completely.</source>
        <translation>&lt;b style=&quot;color:#2e7d32&quot;&gt;Vérifiée&lt;/b&gt; : la sauvegarde se restaure entièrement.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;b style=&quot;color:#c62828&quot;&gt;Problems found&lt;/b&gt;: do not rely on this backup.</source>
        <translation>&lt;b style=&quot;color:#c62828&quot;&gt;Problèmes trouvés&lt;/b&gt; : ne comptez pas sur cette sauvegarde.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Integrity check: %1</source>
        <translation>Contrôle d’intégrité : %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Row counts: all tables match the manifest.</source>
        <translation>Nombre de lignes : toutes les tables correspondent au manifeste.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Row counts: some tables differ from the manifest.</source>
        <translation>Nombre de lignes : certaines tables diffèrent du manifeste.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Schema version: %1 at backup, %2 restored, %3 live</source>
        <translation>Version du schéma : %1 à la sauvegarde, %2 restaurée, %3 en service</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>NO</source>
        <translation>NON</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Save backup %1</source>
        <translation>Enregistrer la sauvegarde %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Downloading %1…</source>
        <translation>Téléchargement de %1…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Downloading… %1 of %2</source>
        <translation>Téléchargement… %1 sur %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Saved to %1.</source>
        <translation>Enregistrée dans %1.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Delete backup</source>
        <translation>Supprimer la sauvegarde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete backup %1? Its file is removed from the server; this cannot be undone.</source>
        <translation>Supprimer la sauvegarde %1 ? Son fichier est effacé du serveur ; c’est irréversible.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Delete backup</source>
        <translation>&amp;Supprimer la sauvegarde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the backup for good</source>
        <translation>Supprimer définitivement la sauvegarde</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Deleting %1…</source>
        <translation>Suppression de %1…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Backup %1 deleted.</source>
        <translation>Sauvegarde %1 supprimée.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Preparing the restore of %1…</source>
        <translation>Préparation de la restauration de %1…</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Backup %1 is restored. The data it replaced is kept in the safety backup %2 (restore that one to undo). Sessions made after the backup have ended; sign in again if asked.</source>
        <translation>La sauvegarde %1 est restaurée. Les données qu’elle a remplacées sont conservées dans la sauvegarde de sécurité %2 (restaurez-la pour annuler). Les sessions ouvertes après la sauvegarde sont terminées ; reconnectez-vous si on vous le demande.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Another restore is running on the server. Nothing was changed; wait for it to end, then choose Restore again.</source>
        <translation>Une autre restauration est en cours sur le serveur. Rien n’a été modifié ; attendez qu’elle se termine, puis choisissez à nouveau Restaurer.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The confirmation has expired (it lasts 5 minutes). Nothing was changed; choose Restore again.</source>
        <translation>La confirmation a expiré (elle dure 5 minutes). Rien n’a été modifié ; choisissez à nouveau Restaurer.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server no longer knows this confirmation (already used, or the server restarted). Nothing was changed; choose Restore again.</source>
        <translation>Le serveur ne connaît plus cette confirmation (déjà utilisée, ou le serveur a redémarré). Rien n’a été modifié ; choisissez à nouveau Restaurer.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This confirmation was issued to another admin. Nothing was changed.</source>
        <translation>Cette confirmation a été délivrée à un autre administrateur. Rien n’a été modifié.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This confirmation is for another backup. Nothing was changed; choose Restore again.</source>
        <translation>Cette confirmation concerne une autre sauvegarde. Rien n’a été modifié ; choisissez à nouveau Restaurer.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The restore was not confirmed. Nothing was changed.</source>
        <translation>La restauration n’a pas été confirmée. Rien n’a été modifié.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This backup was made from another kind of database and cannot be restored here. Nothing was changed.</source>
        <translation>Cette sauvegarde provient d’un autre type de base de données et ne peut pas être restaurée ici. Rien n’a été modifié.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This backup was made by another version of Tollgate (another schema version) and cannot be restored here. Nothing was changed.</source>
        <translation>Cette sauvegarde a été faite par une autre version de Tollgate (autre version du schéma) et ne peut pas être restaurée ici. Rien n’a été modifié.</translation>
    </message>
    <message>
        <location line="-72"/>
        <source>Confirm the restore of %1.</source>
        <translation>Confirmez la restauration de %1.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Restore cancelled; nothing changed.</source>
        <translation>Restauration annulée ; rien n’a changé.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Restoring %1…</source>
        <translation>Restauration de %1…</translation>
    </message>
    <message>
        <location filename="../ui/backupspage.h" line="+43"/>
        <source>Backup &amp; restore</source>
        <translation>Sauvegardes</translation>
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
        <location line="+162"/>
        <source>&amp;New banner</source>
        <translation>&amp;Nouvelle bannière</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Reload</source>
        <translation>&amp;Recharger</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Banner</source>
        <translation>Bannière</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Users may &amp;dismiss it</source>
        <translation>Les utilisateurs peuvent la &amp;masquer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add &amp;language</source>
        <translation>Ajouter une &amp;langue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Save banner</source>
        <translation>&amp;Enregistrer la bannière</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+168"/>
        <source>&amp;Activate</source>
        <translation>&amp;Activer</translation>
    </message>
    <message>
        <location line="-167"/>
        <source>Dele&amp;te…</source>
        <translation>Supprim&amp;er…</translation>
    </message>
    <message>
        <location line="-20"/>
        <source>State</source>
        <translation>État</translation>
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
        <translation>Texte (anglais)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Languages</source>
        <translation>Langues</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+26"/>
        <source>Dismissible</source>
        <translation>Masquable</translation>
    </message>
    <message>
        <location line="-26"/>
        <source>Changed</source>
        <translation>Modifiée</translation>
    </message>
    <message>
        <location line="+20"/>
        <location filename="../ui/bannerspage.h" line="+38"/>
        <source>Banners</source>
        <translation>Bannières</translation>
    </message>
    <message>
        <location line="+1"/>
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
        <location line="+1"/>
        <source>Banner being edited</source>
        <translation>Bannière en cours de modification</translation>
    </message>
    <message>
        <location line="+3"/>
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
        <location line="+1"/>
        <source>Schedule</source>
        <translation>Calendrier</translation>
    </message>
    <message>
        <location line="+1"/>
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
        <location line="+294"/>
        <source>Delete banner</source>
        <translation>Supprimer la bannière</translation>
    </message>
    <message>
        <location line="-293"/>
        <source>Banner status</source>
        <translation>État de la bannière</translation>
    </message>
    <message>
        <location line="-33"/>
        <source>&amp;Variant:</source>
        <translation>&amp;Variante :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Text per language</source>
        <translation>Texte par langue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>English is required: users whose language has no text see it.</source>
        <translation>L’anglais est obligatoire : les utilisateurs dont la langue n’a pas de texte le voient.</translation>
    </message>
    <message>
        <location line="-24"/>
        <source>“%1” is not a language tag (like fr or pt-br).</source>
        <translation>« %1 » n’est pas un code de langue (comme fr ou pt-br).</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>Loading banners…</source>
        <translation>Chargement des bannières…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The banners could not be loaded: %1</source>
        <translation>Les bannières n’ont pas pu être chargées : %1</translation>
    </message>
    <message>
        <location line="+162"/>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Inactive</source>
        <translation>Inactive</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message numerus="yes">
        <location line="-212"/>
        <location line="+93"/>
        <source>%n banner(s)</source>
        <translation>
            <numerusform>%n bannière</numerusform>
            <numerusform>%n bannières</numerusform>
        </translation>
    </message>
    <message>
        <location line="+75"/>
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
        <location line="+4"/>
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
        <location line="+20"/>
        <source>Text in %1</source>
        <translation>Texte en %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove %1</source>
        <translation>Retirer %1</translation>
    </message>
    <message>
        <location line="+85"/>
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
        <location line="+162"/>
        <source>&amp;Save branding</source>
        <translation>&amp;Enregistrer l’habillage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;vert</source>
        <translation>Ann&amp;uler les modifications</translation>
    </message>
    <message>
        <location line="-25"/>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Subtitle</source>
        <translation>Sous-titre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Footer</source>
        <translation>Pied de page</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>At most %1 characters.</source>
        <translation>%1 caractères au plus.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Texts</source>
        <translation>Textes</translation>
    </message>
    <message>
        <location line="+1"/>
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
        <location line="+1"/>
        <source>Logos</source>
        <translation>Logos</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 thumbnail</source>
        <translation>Vignette : %1</translation>
    </message>
    <message>
        <location line="+1"/>
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
        <location line="+3"/>
        <source>PNG, JPEG or SVG, at most 2 MB. The dark header uses the light logo when it has none of its own.</source>
        <translation>PNG, JPEG ou SVG, 2 Mo au plus. L’en-tête sombre utilise le logo clair s’il n’a pas le sien.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Branding status</source>
        <translation>État de l’habillage</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save branding</source>
        <translation>Enregistrer l’habillage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Revert branding changes</source>
        <translation>Annuler les modifications de l’habillage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Preview of the login screen</source>
        <translation>Aperçu de l’écran de connexion</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Light</source>
        <translation>Clair</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dark</source>
        <translation>Sombre</translation>
    </message>
    <message>
        <location line="+43"/>
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
        <location filename="../ui/brandingpage.h" line="+37"/>
        <source>Branding</source>
        <translation>Habillage</translation>
    </message>
</context>
<context>
    <name>Tollgate::Ui::ConnectPage</name>
    <message>
        <location filename="../ui/connectpage.cpp" line="+84"/>
        <source>&amp;Connect</source>
        <translation>Se &amp;connecter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Trust this certificate</source>
        <translation>&amp;Faire confiance à ce certificat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Server address</source>
        <translation>Adresse du serveur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connection status</source>
        <translation>État de la connexion</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accept this exact certificate for this server from now on.</source>
        <translation>Accepter désormais ce certificat précis pour ce serveur.</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>&lt;h2&gt;Tollgate&lt;/h2&gt;&lt;p&gt;Connect to a Tollgate server.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Tollgate&lt;/h2&gt;&lt;p&gt;Connectez-vous à un serveur Tollgate.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Server:</source>
        <translation>&amp;Serveur :</translation>
    </message>
    <message>
        <location line="+34"/>
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
    <name>Tollgate::Ui::CreateKeyDialog</name>
    <message>
        <location filename="../ui/keydialogs.cpp" line="+198"/>
        <location line="+6"/>
        <location line="+4"/>
        <location line="+5"/>
        <source>policy default</source>
        <translation>valeur par défaut de la politique</translation>
    </message>
    <message>
        <location line="-14"/>
        <location line="+7"/>
        <source>At most %1 (key policy).</source>
        <translation>Au plus %1 (politique des clés).</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>Requests per minute</source>
        <translation>Requêtes par minute</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tokens per minute</source>
        <translation>Jetons par minute</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>&amp;Create key</source>
        <translation>&amp;Créer la clé</translation>
    </message>
    <message>
        <location line="-13"/>
        <location line="+1"/>
        <source>New API key</source>
        <translation>Nouvelle clé d’API</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search users</source>
        <translation>Rechercher des utilisateurs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search owners</source>
        <translation>Rechercher un propriétaire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Owner</source>
        <translation>Propriétaire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Key name</source>
        <translation>Nom de la clé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. CI pipeline</source>
        <translation>p. ex. chaîne d’intégration</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Models</source>
        <translation>Modèles</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Maximum budget</source>
        <translation>Budget maximal</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>policy default (%1)</source>
        <translation>défaut de la politique (%1)</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>Budget period</source>
        <translation>Période du budget</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>daily</source>
        <translation>chaque jour</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>weekly</source>
        <translation>chaque semaine</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>monthly</source>
        <translation>chaque mois</translation>
    </message>
    <message>
        <location line="-20"/>
        <source>Expires in days</source>
        <translation>Expire dans (jours)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> days</source>
        <translation> jours</translation>
    </message>
    <message numerus="yes">
        <location line="+22"/>
        <source>policy default (%n day(s))</source>
        <translation>
            <numerusform>défaut de la politique (%n jour)</numerusform>
            <numerusform>défaut de la politique (%n jours)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>At most %n day(s) (key policy).</source>
        <translation>
            <numerusform>Au plus %n jour (politique des clés).</numerusform>
            <numerusform>Au plus %n jours (politique des clés).</numerusform>
        </translation>
    </message>
    <message>
        <location line="-25"/>
        <source>Dialog status</source>
        <translation>État de la boîte de dialogue</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Create key</source>
        <translation>Créer la clé</translation>
    </message>
    <message>
        <location line="-23"/>
        <source>Find owner:</source>
        <translation>Chercher le propriétaire :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Owner:</source>
        <translation>&amp;Propriétaire :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mo&amp;dels:</source>
        <translation>Mo&amp;dèles :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Max &amp;budget:</source>
        <translation>&amp;Budget max. :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Budget &amp;resets:</source>
        <translation>&amp;Remise à zéro du budget :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Expires in:</source>
        <translation>&amp;Expire dans :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Requests/min:</source>
        <translation>Requêtes/min :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tokens/min:</source>
        <translation>Jetons/min :</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>Loading users…</source>
        <translation>Chargement des utilisateurs…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>No active user matches.</source>
        <translation>Aucun utilisateur actif ne correspond.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Loading the owner&apos;s subscriptions…</source>
        <translation>Chargement des abonnements du propriétaire…</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>%1 has no active subscription: the key will not reach any model until they subscribe.</source>
        <translation>%1 n’a aucun abonnement actif : la clé n’atteindra aucun modèle avant un abonnement.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>None checked: every model %1 is subscribed to.</source>
        <translation>Aucun coché : tous les modèles auxquels %1 est abonné.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The key policy has not loaded yet.</source>
        <translation>La politique des clés n’est pas encore chargée.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose the key&apos;s owner.</source>
        <translation>Choisissez le propriétaire de la clé.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Give the key a name.</source>
        <translation>Donnez un nom à la clé.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The name is too long (at most %1 characters).</source>
        <translation>Le nom est trop long (%1 caractères au plus).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The budget may be at most %1.</source>
        <translation>Le budget ne peut dépasser %1.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>A key may live at most %n day(s).</source>
        <translation>
            <numerusform>Une clé peut vivre au plus %n jour.</numerusform>
            <numerusform>Une clé peut vivre au plus %n jours.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>At most %1 requests per minute.</source>
        <translation>Au plus %1 requêtes par minute.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>At most %1 tokens per minute.</source>
        <translation>Au plus %1 jetons par minute.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Creating the key…</source>
        <translation>Création de la clé…</translation>
    </message>
</context>
<context>
    <name>Tollgate::Ui::DashboardPage</name>
    <message>
        <location filename="../ui/dashboardpage.h" line="+40"/>
        <source>Dashboard</source>
        <translation>Tableau de bord</translation>
    </message>
    <message>
        <location filename="../ui/dashboardpage.cpp" line="+190"/>
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
        <location line="+24"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualiser</translation>
    </message>
    <message>
        <location line="-23"/>
        <source>Usage</source>
        <translation>Utilisation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Today</source>
        <translation>Aujourd’hui</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This month</source>
        <translation>Ce mois-ci</translation>
    </message>
    <message>
        <location line="-36"/>
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
        <location line="+34"/>
        <source>%1 today</source>
        <translation>%1 aujourd’hui</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 this month</source>
        <translation>%1 ce mois-ci</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Operations</source>
        <translation>Exploitation</translation>
    </message>
    <message>
        <location line="-32"/>
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
        <location line="+0"/>
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
        <location line="+32"/>
        <source>You</source>
        <translation>Vous</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signed in as:</source>
        <translation>Connecté en tant que :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Roles:</source>
        <translation>Rôles :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Server</source>
        <translation>Serveur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address:</source>
        <translation>Adresse :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Readiness:</source>
        <translation>Disponibilité :</translation>
    </message>
    <message>
        <location line="-32"/>
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
        <location line="+34"/>
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
        <location line="+0"/>
        <source>Every 30 seconds</source>
        <translation>Toutes les 30 secondes</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Every minute</source>
        <translation>Chaque minute</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every 5 minutes</source>
        <translation>Toutes les 5 minutes</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Last refresh</source>
        <translation>Dernière actualisation</translation>
    </message>
    <message>
        <location line="+42"/>
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
        <location line="+24"/>
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
        <location line="+187"/>
        <source>unavailable</source>
        <translation>indisponible</translation>
    </message>
</context>
<context>
    <name>Tollgate::Ui::DeploymentDialog</name>
    <message>
        <location filename="../ui/modeldialogs.cpp" line="+76"/>
        <source>Add deployment to %1</source>
        <translation>Ajouter un déploiement à %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Base URL</source>
        <translation>URL de base</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Served name</source>
        <translation>Nom servi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Upstream API key</source>
        <translation>Clé d’API amont</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>optional; stored encrypted, never shown again</source>
        <translation>facultative ; chiffrée, jamais réaffichée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Weight</source>
        <translation>Poids</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dialog status</source>
        <translation>État de la boîte de dialogue</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>&amp;Add</source>
        <translation>&amp;Ajouter</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>&amp;Base URL:</source>
        <translation>URL de &amp;base :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Served name:</source>
        <translation>Nom &amp;servi :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>API &amp;key:</source>
        <translation>&amp;Clé d’API :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Weight:</source>
        <translation>&amp;Poids :</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Enter the upstream&apos;s http(s) address, e.g. http://vllm:8000/v1.</source>
        <translation>Saisissez l’adresse http(s) de l’amont, p. ex. http://vllm:8000/v1.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Adding…</source>
        <translation>Ajout…</translation>
    </message>
</context>
<context>
    <name>Tollgate::Ui::EditKeyDialog</name>
    <message>
        <location filename="../ui/keydialogs.cpp" line="+103"/>
        <source>Edit key “%1”</source>
        <translation>Modifier la clé « %1 »</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit API key</source>
        <translation>Modifier la clé d’API</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <location line="+1"/>
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
        <source>&amp;Parallel:</source>
        <translation>&amp;Parallèles :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Max &amp;budget:</source>
        <translation>&amp;Budget max. :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Budget &amp;resets:</source>
        <translation>&amp;Remise à zéro du budget :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Expires in:</source>
        <translation>&amp;Expire dans :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Key name</source>
        <translation>Nom de la clé</translation>
    </message>
    <message>
        <location line="+1"/>
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
        <location line="+4"/>
        <source>no limit</source>
        <translation>aucune limite</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+5"/>
        <source>At most %1 (key policy).</source>
        <translation>Au plus %1 (politique des clés).</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Maximum budget</source>
        <translation>Budget maximal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no budget</source>
        <translation>aucun budget</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Budget period</source>
        <translation>Période du budget</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>never resets</source>
        <translation>jamais remis à zéro</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>daily</source>
        <translation>quotidien</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>weekly</source>
        <translation>hebdomadaire</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>monthly</source>
        <translation>mensuel</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Expires in days</source>
        <translation>Expire dans (jours)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> days</source>
        <translation> jours</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unchanged (%1)</source>
        <translation>inchangée (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unchanged</source>
        <translation>inchangée</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Days from now; at most %n (key policy).</source>
        <translation>
            <numerusform>Jours à partir de maintenant ; au plus %n (politique des clés).</numerusform>
            <numerusform>Jours à partir de maintenant ; au plus %n (politique des clés).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Days from now.</source>
        <translation>Jours à partir de maintenant.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ne&amp;ver expires</source>
        <translation>N’e&amp;xpire jamais</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Never expires</source>
        <translation>N’expire jamais</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>The key policy wants every key to expire within %n day(s).</source>
        <translation>
            <numerusform>La politique des clés veut que chaque clé expire dans %n jour.</numerusform>
            <numerusform>La politique des clés veut que chaque clé expire dans %n jours.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Dialog status</source>
        <translation>État de la boîte de dialogue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Save changes</source>
        <translation>&amp;Enregistrer les modifications</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save key</source>
        <translation>Enregistrer la clé</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Give the key a name.</source>
        <translation>Donnez un nom à la clé.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The name is too long (at most %1 characters).</source>
        <translation>Le nom est trop long (%1 caractères au plus).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>At most %1 requests per minute.</source>
        <translation>Au plus %1 requêtes par minute.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>At most %1 tokens per minute.</source>
        <translation>Au plus %1 jetons par minute.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The budget may be at most %1.</source>
        <translation>Le budget ne peut dépasser %1.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>A key may live at most %n day(s).</source>
        <translation>
            <numerusform>Une clé peut vivre au plus %n jour.</numerusform>
            <numerusform>Une clé peut vivre au plus %n jours.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing has changed.</source>
        <translation>Rien n’a changé.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Saving the key…</source>
        <translation>Enregistrement de la clé…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Someone changed this key after you opened it, so nothing was saved. Close this dialog and open it again to see the current values.</source>
        <translation>Quelqu’un a modifié cette clé après son ouverture, rien n’a donc été enregistré. Fermez cette boîte de dialogue et rouvrez-la pour voir les valeurs actuelles.</translation>
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
        <location line="+3"/>
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
        <location line="+4"/>
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
    <message>
        <location line="-39"/>
        <source>The file cannot be written: %1</source>
        <translation>Le fichier ne peut pas être écrit : %1</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>The operation failed at the server.</source>
        <translation>L’opération a échoué sur le serveur.</translation>
    </message>
</context>
<context>
    <name>Tollgate::Ui::KeysPage</name>
    <message>
        <location filename="../ui/keyspage.cpp" line="+135"/>
        <source>&amp;New key…</source>
        <translation>&amp;Nouvelle clé…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>R&amp;otate…</source>
        <translation>Ren&amp;ouveler…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;voke…</source>
        <translation>Ré&amp;voquer…</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>Search</source>
        <translation>Rechercher</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search keys</source>
        <translation>Rechercher des clés</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Finds keys by name, alias or the start of the key.</source>
        <translation>Trouve les clés par nom, alias ou début de la clé.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filter by state</source>
        <translation>Filtrer par état</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All states</source>
        <translation>Tous les états</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Expired</source>
        <translation>Expirée</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Revoked</source>
        <translation>Révoquée</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Blocked</source>
        <translation>Bloquée</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Reload</source>
        <translation>&amp;Recharger</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reload keys</source>
        <translation>Recharger les clés</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../ui/keyspage.h" line="+33"/>
        <source>API keys</source>
        <translation>Clés d’API</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Number of keys</source>
        <translation>Nombre de clés</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>New key</source>
        <translation>Nouvelle clé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rotate key</source>
        <translation>Renouveler la clé</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+121"/>
        <source>Revoke key</source>
        <translation>Révoquer la clé</translation>
    </message>
    <message>
        <location line="-120"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit key</source>
        <translation>Modifier la clé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Delete…</source>
        <translation>&amp;Supprimer…</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+157"/>
        <source>Delete key</source>
        <translation>Supprimer la clé</translation>
    </message>
    <message>
        <location line="-156"/>
        <source>Key status</source>
        <translation>État de la clé</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The key policy could not be loaded: %1</source>
        <translation>Impossible de charger la politique des clés : %1</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Loading keys…</source>
        <translation>Chargement des clés…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Showing %1 of %2 keys</source>
        <translation>%1 clés affichées sur %2</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Your role (read-only admin) can see keys but not change them.</source>
        <translation>Votre rôle (administrateur en lecture seule) peut voir les clés mais pas les modifier.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create a key for a user, within the key policy.</source>
        <translation>Crée une clé pour un utilisateur, dans les limites de la politique des clés.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Give the selected key a new secret.</source>
        <translation>Donne un nouveau secret à la clé sélectionnée.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refuse the selected key from now on.</source>
        <translation>Refuse désormais la clé sélectionnée.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Change the selected key&apos;s name, limits, budget or expiry, within the key policy.</source>
        <translation>Modifier le nom, les limites, le budget ou l’expiration de la clé sélectionnée, dans le cadre de la politique des clés.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Delete the selected key: whoever holds it loses access at once.</source>
        <translation>Supprimer la clé sélectionnée : quiconque la détient perd l’accès immédiatement.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Key “%1” created.</source>
        <translation>Clé « %1 » créée.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Revoke the key “%1” (%2) of %3?</source>
        <translation>Révoquer la clé « %1 » (%2) de %3 ?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Requests with it are refused from now on. This cannot be undone.</source>
        <translation>Les requêtes qui l’utilisent sont refusées dès maintenant. Cette action est irréversible.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Revoke “%1”</source>
        <translation>&amp;Révoquer « %1 »</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Confirm revoke</source>
        <translation>Confirmer la révocation</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Key “%1” saved.</source>
        <translation>Clé « %1 » enregistrée.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Delete the key “%1” (%2) of %3?</source>
        <translation>Supprimer la clé « %1 » (%2) de %3 ?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Whoever holds it loses access at once: every request with it is refused from now on. The key leaves this list; this cannot be undone.</source>
        <translation>Quiconque la détient perd l’accès immédiatement : toute requête avec elle est refusée dès maintenant. La clé quitte cette liste ; c’est irréversible.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Delete “%1”</source>
        <translation>&amp;Supprimer « %1 »</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Confirm delete</source>
        <translation>Confirmer la suppression</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Rotating “%1”…</source>
        <translation>Renouvellement de « %1 »…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>“%1” has a new secret; the old one is refused.</source>
        <translation>« %1 » a un nouveau secret ; l’ancien est refusé.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“%1” has a new secret; the old one works for %2 more.</source>
        <translation>« %1 » a un nouveau secret ; l’ancien fonctionne encore %2.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Revoking “%1”…</source>
        <translation>Révocation de « %1 »…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>“%1” is revoked.</source>
        <translation>« %1 » est révoquée.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Deleting “%1”…</source>
        <translation>Suppression de « %1 »…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>“%1” is deleted.</source>
        <translation>« %1 » est supprimée.</translation>
    </message>
</context>
<context>
    <name>Tollgate::Ui::LoginPreview</name>
    <message>
        <location filename="../ui/loginpreview.cpp" line="+116"/>
        <source>Sign in</source>
        <translation>Se connecter</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Login screen preview, light</source>
        <translation>Aperçu de l’écran de connexion, clair</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Login screen preview, dark</source>
        <translation>Aperçu de l’écran de connexion, sombre</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Header logo preview</source>
        <translation>Aperçu du logo d’en-tête</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Login logo preview</source>
        <translation>Aperçu du logo de connexion</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title preview</source>
        <translation>Aperçu du titre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Subtitle preview</source>
        <translation>Aperçu du sous-titre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Footer preview</source>
        <translation>Aperçu du pied de page</translation>
    </message>
    <message>
        <location line="+1"/>
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
        <location filename="../ui/mainwindow.cpp" line="+121"/>
        <source>Tollgate Console</source>
        <translation>Console Tollgate</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pages</source>
        <translation>Pages</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last message</source>
        <translation>Dernier message</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Requests in flight</source>
        <translation>Requêtes en cours</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Working</source>
        <translation>En cours</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Session storage</source>
        <translation>Stockage de la session</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Session</source>
        <translation>&amp;Session</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign &amp;out</source>
        <translation>Se &amp;déconnecter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Go</source>
        <translation>&amp;Aller</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Refresh page</source>
        <translation>&amp;Actualiser la page</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>The previous session could not be resumed: %1</source>
        <translation>La session précédente n’a pas pu être reprise : %1</translation>
    </message>
    <message>
        <location line="+98"/>
        <source>Signed in as %1</source>
        <translation>Connecté en tant que %1</translation>
    </message>
    <message>
        <location line="-56"/>
        <source>Signed out.</source>
        <translation>Déconnecté.</translation>
    </message>
    <message numerus="yes">
        <location line="+70"/>
        <source>%n request(s) in flight</source>
        <translation>
            <numerusform>%n requête en cours</numerusform>
            <numerusform>%n requêtes en cours</numerusform>
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
            <numerusform>%1, %n non lue</numerusform>
            <numerusform>%1, %n non lues</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Tollgate::Ui::ModelSyncDialog</name>
    <message>
        <location filename="../ui/modeldialogs.cpp" line="+65"/>
        <source>&amp;Preview</source>
        <translation>&amp;Aperçu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sync models from upstream</source>
        <translation>Synchroniser les modèles depuis l’amont</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Upstream base URL</source>
        <translation>URL de base de l’amont</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Upstream API key</source>
        <translation>Clé d’API amont</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>optional</source>
        <translation>facultatif</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Preview changes</source>
        <translation>Aperçu des changements</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changes</source>
        <translation>Changements</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>Change</source>
        <translation>Changement</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Model</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Dialog status</source>
        <translation>État de la boîte de dialogue</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>&amp;Apply checked</source>
        <translation>&amp;Appliquer la sélection</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Apply changes</source>
        <translation>Appliquer les changements</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>&amp;Base URL:</source>
        <translation>URL de &amp;base :</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>API &amp;key:</source>
        <translation>&amp;Clé d’API :</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Enter the upstream&apos;s base URL.</source>
        <translation>Saisissez l’URL de base de l’amont.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Asking %1 for its models…</source>
        <translation>Interrogation de %1 sur ses modèles…</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>new deployment of an existing model</source>
        <translation>nouveau déploiement d’un modèle existant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>new model, served as %1</source>
        <translation>nouveau modèle, servi sous le nom %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Disable</source>
        <translation>Désactiver</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the upstream no longer lists %1</source>
        <translation>l’amont ne liste plus %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Unchanged</source>
        <translation>Inchangé</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The catalogue already has everything this upstream serves.</source>
        <translation>Le catalogue contient déjà tout ce que sert cet amont.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 to add, %2 lost by the upstream. Nothing is changed until you apply.</source>
        <translation>%1 à ajouter, %2 perdus par l’amont. Rien ne change avant l’application.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Applying…</source>
        <translation>Application…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Added %1, disabled %2.</source>
        <translation>%1 ajoutés, %2 désactivés.</translation>
    </message>
</context>
<context>
    <name>Tollgate::Ui::ModelsPage</name>
    <message>
        <location filename="../ui/modelspage.cpp" line="+106"/>
        <source>No capabilities</source>
        <translation>Aucune capacité</translation>
    </message>
    <message>
        <location line="+163"/>
        <source>S&amp;ync from upstream…</source>
        <translation>S&amp;ynchroniser depuis l’amont…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Restricted: subscribing needs approval</source>
        <translation>&amp;Restreint : s’abonner exige une approbation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Enabled: the gateway serves it</source>
        <translation>&amp;Activé : la passerelle le sert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Add…</source>
        <translation>&amp;Ajouter…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;move…</source>
        <translation>Re&amp;tirer…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Test connection</source>
        <translation>&amp;Tester la connexion</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search</source>
        <translation>Rechercher</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search models</source>
        <translation>Rechercher des modèles</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Finds models by id, name or description.</source>
        <translation>Trouve les modèles par identifiant, nom ou description.</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>Re&amp;load</source>
        <translation>Rechar&amp;ger</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reload models</source>
        <translation>Recharger les modèles</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Sync from upstream</source>
        <translation>Synchroniser depuis l’amont</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../ui/modelspage.h" line="+37"/>
        <source>Models</source>
        <translation>Modèles</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Number of models</source>
        <translation>Nombre de modèles</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Selected model</source>
        <translation>Modèle sélectionné</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Capabilities</source>
        <translation>Capacités</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Prices</source>
        <translation>Prix</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restricted</source>
        <translation>Restreint</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enabled</source>
        <translation>Activé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change status</source>
        <translation>État de la modification</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deployments</source>
        <translation>Déploiements</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add deployment</source>
        <translation>Ajouter un déploiement</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+194"/>
        <source>Remove deployment</source>
        <translation>Retirer le déploiement</translation>
    </message>
    <message>
        <location line="-193"/>
        <source>Test connection</source>
        <translation>Tester la connexion</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deployment status</source>
        <translation>État du déploiement</translation>
    </message>
    <message>
        <location line="-24"/>
        <source>&lt;b&gt;Deployments&lt;/b&gt;</source>
        <translation>&lt;b&gt;Déploiements&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>Loading models…</source>
        <translation>Chargement des modèles…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Showing %1 of %2 models</source>
        <translation>%1 modèles affichés sur %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Your role (read-only admin) can see models but not change them.</source>
        <translation>Votre rôle (administrateur en lecture seule) peut voir les modèles mais pas les modifier.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Compare an upstream&apos;s models with the catalogue and add what is new.</source>
        <translation>Compare les modèles d’un amont au catalogue et ajoute les nouveautés.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Ask the deployment&apos;s upstream for its models, with a short timeout.</source>
        <translation>Interroge l’amont du déploiement sur ses modèles, avec un délai court.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&lt;b&gt;No model selected&lt;/b&gt;</source>
        <translation>&lt;b&gt;Aucun modèle sélectionné&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Per 1M tokens: input %1, output %2</source>
        <translation>Par million de jetons : entrée %1, sortie %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>, cached input %1</source>
        <translation>, entrée en cache %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Context window: %1 tokens</source>
        <translation>Fenêtre de contexte : %1 jetons</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Saving…</source>
        <translation>Enregistrement…</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1 is restricted: new subscriptions need approval.</source>
        <translation>%1 est restreint : les nouveaux abonnements exigent une approbation.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 is open to every user.</source>
        <translation>%1 est ouvert à tous les utilisateurs.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is enabled.</source>
        <translation>%1 est activé.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 is disabled: the gateway refuses it.</source>
        <translation>%1 est désactivé : la passerelle le refuse.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Changed along: %1, %2.</source>
        <translation>Modifiés avec : %1, %2.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n subscription(s)</source>
        <translation>
            <numerusform>%n abonnement</numerusform>
            <numerusform>%n abonnements</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n key(s)</source>
        <translation>
            <numerusform>%n clé</numerusform>
            <numerusform>%n clés</numerusform>
        </translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Deployment at %1 added.</source>
        <translation>Déploiement sur %1 ajouté.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Remove the deployment of %1 at %2?</source>
        <translation>Retirer le déploiement de %1 sur %2 ?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The gateway stops sending requests for %1 there.</source>
        <translation>La passerelle n’y envoie plus de requêtes pour %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Remove</source>
        <translation>&amp;Retirer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Confirm remove</source>
        <translation>Confirmer le retrait</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Removing…</source>
        <translation>Retrait…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Deployment removed.</source>
        <translation>Déploiement retiré.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Testing %1…</source>
        <translation>Test de %1…</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>Connected in %1 ms; the upstream lists %n model(s).</source>
        <translation>
            <numerusform>Connecté en %1 ms ; l’amont liste %n modèle.</numerusform>
            <numerusform>Connecté en %1 ms ; l’amont liste %n modèles.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The served name is among them.</source>
        <translation>Le nom servi en fait partie.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The served name is NOT among them.</source>
        <translation>Le nom servi n’en fait PAS partie.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The connection test failed: %1</source>
        <translation>Le test de connexion a échoué : %1</translation>
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
        <location line="+141"/>
        <source>&amp;Unread only</source>
        <translation>&amp;Non lues seulement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Mark read</source>
        <translation>&amp;Marquer comme lue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark &amp;all read</source>
        <translation>Tout m&amp;arquer comme lu</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+9"/>
        <source>Webhook deliveries</source>
        <translation>Envois webhook</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Re&amp;load deliveries</source>
        <translation>Rec&amp;harger les envois</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send &amp;test alert</source>
        <translation>Envoyer une alerte de &amp;test</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Whose alerts</source>
        <translation>Alertes de qui</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>My alerts</source>
        <translation>Mes alertes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Everyone&apos;s alerts</source>
        <translation>Alertes de tous</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Unread only</source>
        <translation>Non lues seulement</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>&amp;Reload</source>
        <translation>&amp;Recharger</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reload notifications</source>
        <translation>Recharger les notifications</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Mark selected read</source>
        <translation>Marquer la sélection comme lue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark all read</source>
        <translation>Tout marquer comme lu</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../ui/notificationspage.h" line="+40"/>
        <source>Notifications</source>
        <translation>Notifications</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Number of notifications</source>
        <translation>Nombre de notifications</translation>
    </message>
    <message>
        <location line="-12"/>
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
        <location line="+14"/>
        <source>Reload webhook deliveries</source>
        <translation>Recharger les envois webhook</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send test alert</source>
        <translation>Envoyer une alerte de test</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Webhook delivery status</source>
        <translation>État des envois webhook</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your own alerts, or every user&apos;s.</source>
        <translation>Vos alertes, ou celles de tous les utilisateurs.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only admins can see other users&apos; alerts.</source>
        <translation>Seuls les administrateurs voient les alertes des autres utilisateurs.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sends a test alert to every webhook URL now.</source>
        <translation>Envoie maintenant une alerte de test à chaque URL webhook.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your role (read-only admin) can see deliveries but not send a test alert.</source>
        <translation>Votre rôle (administrateur en lecture seule) peut voir les envois mais pas envoyer d&apos;alerte de test.</translation>
    </message>
    <message>
        <location line="+58"/>
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
    <name>Tollgate::Ui::ReasonDialog</name>
    <message>
        <location filename="../ui/reasondialog.cpp" line="+51"/>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shown to the requester and kept in the history.</source>
        <translation>Montré au demandeur et conservé dans l’historique.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Confirm</source>
        <translation>Confirmer</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>At most %1 characters.</source>
        <translation>%1 caractères au plus.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A reason is required.</source>
        <translation>Un motif est obligatoire.</translation>
    </message>
</context>
<context>
    <name>Tollgate::Ui::RestoreDialog</name>
    <message>
        <location filename="../ui/restoredialog.cpp" line="+119"/>
        <source>&amp;Replace all data with this backup</source>
        <translation>&amp;Remplacer toutes les données par cette sauvegarde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restore backup %1</source>
        <translation>Restaurer la sauvegarde %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;b&gt;Restoring replaces everything the server holds&lt;/b&gt; — users, keys, models, subscriptions, usage and settings — with the contents of backup &lt;b&gt;%1&lt;/b&gt;. Changes made since the backup are lost, and everyone has to sign in again.</source>
        <translation>&lt;b&gt;La restauration remplace tout ce que le serveur contient&lt;/b&gt; — utilisateurs, clés, modèles, abonnements, consommation et paramètres — par le contenu de la sauvegarde &lt;b&gt;%1&lt;/b&gt;. Les modifications faites depuis la sauvegarde sont perdues et chacun doit se reconnecter.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Restore warning</source>
        <translation>Avertissement de restauration</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Rows now and in the backup</source>
        <translation>Lignes actuelles et dans la sauvegarde</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Table</source>
        <translation>Table</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Now</source>
        <translation>Actuellement</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>In the backup</source>
        <translation>Dans la sauvegarde</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Difference</source>
        <translation>Différence</translation>
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
        <translation>identique</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n row(s) of this table would be lost.</source>
        <translation>
            <numerusform>%n ligne de cette table serait perdue.</numerusform>
            <numerusform>%n lignes de cette table seraient perdues.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+59"/>
        <source>This confirmation is valid until %1.</source>
        <translation>Cette confirmation est valable jusqu’à %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>To confirm, type the backup&apos;s id &lt;b&gt;%1&lt;/b&gt;:</source>
        <translation>Pour confirmer, saisissez l’identifiant de la sauvegarde &lt;b&gt;%1&lt;/b&gt; :</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type the backup id to confirm</source>
        <translation>Saisissez l’identifiant de la sauvegarde pour confirmer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restore the backup, replacing all data</source>
        <translation>Restaurer la sauvegarde en remplaçant toutes les données</translation>
    </message>
</context>
<context>
    <name>Tollgate::Ui::RotateKeyDialog</name>
    <message>
        <location filename="../ui/keydialogs.cpp" line="+39"/>
        <location line="+12"/>
        <source>Rotate key</source>
        <translation>Renouveler la clé</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>A new secret replaces the secret of “%1”. Spend, limits and budget stay. How long may the old secret keep working?</source>
        <translation>Un nouveau secret remplace celui de « %1 ». Dépenses, limites et budget sont conservés. Combien de temps l’ancien secret doit-il encore fonctionner ?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Grace period</source>
        <translation>Délai de grâce</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not at all: refuse it at once</source>
        <translation>Pas du tout : le refuser immédiatement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>15 minutes</source>
        <translation>15 minutes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 hour</source>
        <translation>1 heure</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>24 hours</source>
        <translation>24 heures</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Rotate</source>
        <translation>&amp;Renouveler</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Old secret works:</source>
        <translation>L’ancien secret fonctionne :</translation>
    </message>
</context>
<context>
    <name>Tollgate::Ui::SecretDialog</name>
    <message>
        <location line="+48"/>
        <source>New API key</source>
        <translation>Nouvelle clé d’API</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Rotated API key</source>
        <translation>Clé d’API renouvelée</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The secret of “%1”:</source>
        <translation>Le secret de « %1 » :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Secret</source>
        <translation>Secret</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;b&gt;Copy it now: you will not see this secret again.&lt;/b&gt; Tollgate keeps only a hash of it; if it is lost, rotate the key.</source>
        <translation>&lt;b&gt;Copiez-le maintenant : vous ne reverrez plus ce secret.&lt;/b&gt; Tollgate n’en garde qu’une empreinte ; s’il est perdu, renouvelez la clé.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Warning</source>
        <translation>Avertissement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy status</source>
        <translation>État de la copie</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy secret</source>
        <translation>Copier le secret</translation>
    </message>
    <message>
        <location line="-2"/>
        <location line="+13"/>
        <source>Copied to the clipboard.</source>
        <translation>Copié dans le presse-papiers.</translation>
    </message>
</context>
<context>
    <name>Tollgate::Ui::SettingsForm</name>
    <message>
        <location filename="../ui/settingsform.cpp" line="+81"/>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;vert</source>
        <translation>Ann&amp;uler les modifications</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save %1</source>
        <translation>Enregistrer : %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Revert %1</source>
        <translation>Annuler les modifications : %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 status</source>
        <translation>État : %1</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Could not be loaded: %1</source>
        <translation>Chargement impossible : %1</translation>
    </message>
    <message>
        <location line="-55"/>
        <location line="+6"/>
        <location line="+4"/>
        <location line="+6"/>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>daily</source>
        <translation>quotidien</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>weekly</source>
        <translation>hebdomadaire</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>monthly</source>
        <translation>mensuel</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>One per line</source>
        <translation>Une par ligne</translation>
    </message>
    <message>
        <location line="+309"/>
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
        <location filename="../ui/settingspage.cpp" line="+27"/>
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
        <location line="+13"/>
        <location line="+50"/>
        <source>General</source>
        <translation>Général</translation>
    </message>
    <message>
        <location line="-49"/>
        <location line="+50"/>
        <source>Key policy</source>
        <translation>Règles des clés</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Defaults and maxima for API keys made in the console and through /api/v1/keys. They bind admins too.</source>
        <translation>Valeurs par défaut et maxima des clés d’API créées dans la console et via /api/v1/keys. Elles s’appliquent aussi aux administrateurs.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This computer</source>
        <translation>Cet ordinateur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>System language</source>
        <translation>Langue du système</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Language note</source>
        <translation>Remarque sur la langue</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+14"/>
        <source>Saved: the console uses %1 now and from its next start.</source>
        <translation>Enregistré : la console utilise %1 dès maintenant et à son prochain démarrage.</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>&amp;Language:</source>
        <translation>&amp;Langue :</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Your role (read-only admin) can see the settings but not change them.</source>
        <translation>Votre rôle (administrateur en lecture seule) permet de voir les paramètres, pas de les modifier.</translation>
    </message>
    <message>
        <location filename="../ui/settingspage.h" line="+32"/>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
</context>
<context>
    <name>Tollgate::Ui::SignInPage</name>
    <message>
        <location filename="../ui/signinpage.cpp" line="+94"/>
        <source>&amp;Sign in</source>
        <translation>Se &amp;connecter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Change server</source>
        <translation>&amp;Changer de serveur</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Username</source>
        <translation>Nom d’utilisateur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign-in status</source>
        <translation>État de la connexion</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>&amp;Username:</source>
        <translation>Nom d’&amp;utilisateur :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Password:</source>
        <translation>Mot de &amp;passe :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;h2&gt;Sign in&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Connexion&lt;/h2&gt;</translation>
    </message>
    <message>
        <location line="+88"/>
        <source>Server: %1</source>
        <translation>Serveur : %1</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Enter your username and password.</source>
        <translation>Saisissez votre nom d’utilisateur et votre mot de passe.</translation>
    </message>
    <message>
        <location line="-38"/>
        <location line="+42"/>
        <source>Signing in…</source>
        <translation>Connexion…</translation>
    </message>
    <message>
        <location line="-112"/>
        <location line="+4"/>
        <source>Cancel single sign-on</source>
        <translation>Annuler l’authentification unique</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Or sign in with your organisation&apos;s account:</source>
        <translation>Ou connectez-vous avec le compte de votre organisation :</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Sign in with %1</source>
        <translation>Se connecter avec %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign in with %1 in the web browser</source>
        <translation>Se connecter avec %1 dans le navigateur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Opens your web browser to sign in; come back here afterwards.</source>
        <translation>Ouvre votre navigateur pour vous connecter ; revenez ici ensuite.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Continue in your web browser; this window waits for it.</source>
        <translation>Continuez dans votre navigateur ; cette fenêtre l’attend.</translation>
    </message>
</context>
<context>
    <name>Tollgate::Ui::SsoSignIn</name>
    <message>
        <location filename="../ui/ssosignin.cpp" line="+34"/>
        <source>The browser sign-in took too long. Try again.</source>
        <translation>La connexion dans le navigateur a pris trop de temps. Réessayez.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Cannot receive the browser&apos;s answer: %1</source>
        <translation>Impossible de recevoir la réponse du navigateur : %1</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>No web browser could be opened. Open this address yourself: %1</source>
        <translation>Aucun navigateur n’a pu être ouvert. Ouvrez vous-même cette adresse : %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Single sign-on was cancelled.</source>
        <translation>L’authentification unique a été annulée.</translation>
    </message>
    <message>
        <location line="+24"/>
        <location line="+5"/>
        <source>Not here.</source>
        <translation>Pas ici.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This sign-in is not the one Tollgate Console is waiting for.</source>
        <translation>Cette connexion n’est pas celle qu’attend Tollgate Console.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The sign-in was refused. You can close this window.</source>
        <translation>La connexion a été refusée. Vous pouvez fermer cette fenêtre.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The sign-in was refused: %1</source>
        <translation>La connexion a été refusée : %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Signed in. You can close this window and return to Tollgate Console.</source>
        <translation>Connecté. Vous pouvez fermer cette fenêtre et revenir à Tollgate Console.</translation>
    </message>
</context>
<context>
    <name>Tollgate::Ui::SubscriptionsPage</name>
    <message>
        <location filename="../ui/subscriptionspage.cpp" line="+156"/>
        <location line="+68"/>
        <source>&amp;Approve</source>
        <translation>&amp;Approuver</translation>
    </message>
    <message>
        <location line="-67"/>
        <location line="+69"/>
        <source>&amp;Deny…</source>
        <translation>&amp;Refuser…</translation>
    </message>
    <message>
        <location line="-68"/>
        <source>Show subscriptions</source>
        <translation>Abonnements affichés</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>Pending approval</source>
        <translation>En attente d’approbation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All subscriptions</source>
        <translation>Tous les abonnements</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Reload</source>
        <translation>&amp;Recharger</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reload subscriptions</source>
        <translation>Recharger les abonnements</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Show:</source>
        <translation>&amp;Afficher :</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Subscriptions</source>
        <translation>Abonnements</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Number of subscriptions</source>
        <translation>Nombre d’abonnements</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approve selected</source>
        <translation>Approuver la sélection</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deny selected</source>
        <translation>Refuser la sélection</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decision status</source>
        <translation>État de la décision</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Subscription history</source>
        <translation>Historique de l’abonnement</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>By</source>
        <translation>Par</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>History of</source>
        <translation>Historique de</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>Subscription approvals</source>
        <translation>Approbation des abonnements</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>Your role (read-only admin) can see subscriptions but not decide them.</source>
        <translation>Votre rôle (administrateur en lecture seule) peut voir les abonnements mais pas en décider.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approve the selected subscriptions (Ctrl+click to select several).</source>
        <translation>Approuve les abonnements sélectionnés (Ctrl+clic pour en choisir plusieurs).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Deny the selected subscriptions, with a reason.</source>
        <translation>Refuse les abonnements sélectionnés, avec un motif.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>&amp;Approve %n</source>
        <translation>
            <numerusform>&amp;Approuver %n</numerusform>
            <numerusform>&amp;Approuver %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>&amp;Deny %n…</source>
        <translation>
            <numerusform>&amp;Refuser %n…</numerusform>
            <numerusform>&amp;Refuser %n…</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Loading subscriptions…</source>
        <translation>Chargement des abonnements…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing waits for approval.</source>
        <translation>Rien n’attend d’approbation.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Showing %1 of %2 subscriptions</source>
        <translation>%1 abonnements affichés sur %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Select a subscription to see its history.</source>
        <translation>Sélectionnez un abonnement pour voir son historique.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 → %2: loading…</source>
        <translation>%1 → %2 : chargement…</translation>
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
        <translation>Refuser des abonnements</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Why are the %n selected subscription(s) denied?</source>
        <translation>
            <numerusform>Pourquoi l’abonnement sélectionné est-il refusé ?</numerusform>
            <numerusform>Pourquoi les %n abonnements sélectionnés sont-ils refusés ?</numerusform>
        </translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Deny</source>
        <translation>&amp;Refuser</translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>Approving %n subscription(s)…</source>
        <translation>
            <numerusform>Approbation de %n abonnement…</numerusform>
            <numerusform>Approbation de %n abonnements…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Denying %n subscription(s)…</source>
        <translation>
            <numerusform>Refus de %n abonnement…</numerusform>
            <numerusform>Refus de %n abonnements…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+42"/>
        <source>Approved %n subscription(s).</source>
        <translation>
            <numerusform>%n abonnement approuvé.</numerusform>
            <numerusform>%n abonnements approuvés.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Denied %n subscription(s).</source>
        <translation>
            <numerusform>%n abonnement refusé.</numerusform>
            <numerusform>%n abonnements refusés.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/subscriptionspage.h" line="+34"/>
        <source>Approvals</source>
        <translation>Approbations</translation>
    </message>
</context>
<context>
    <name>Tollgate::Ui::UserDetailDialog</name>
    <message>
        <location filename="../ui/userdetaildialog.cpp" line="+127"/>
        <source>API keys of the user</source>
        <translation>Clés d’API de l’utilisateur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Prefix</source>
        <translation>Préfixe</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Spend</source>
        <translation>Dépense</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Last used</source>
        <translation>Dernière utilisation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Subscriptions of the user</source>
        <translation>Abonnements de l’utilisateur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Model</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Since</source>
        <translation>Depuis</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Expires</source>
        <translation>Expire</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>User details</source>
        <translation>Détails de l’utilisateur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>User</source>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Requests this month</source>
        <translation>Requêtes ce mois-ci</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tokens this month</source>
        <translation>Jetons ce mois-ci</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cost this month</source>
        <translation>Coût ce mois-ci</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Budget used</source>
        <translation>Budget utilisé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Loading status</source>
        <translation>État du chargement</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>This month</source>
        <translation>Ce mois-ci</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Requests:</source>
        <translation>Requêtes :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tokens:</source>
        <translation>Jetons :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cost:</source>
        <translation>Coût :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Budget used:</source>
        <translation>Budget utilisé :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keys and subscriptions</source>
        <translation>Clés et abonnements</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Keys</source>
        <translation>&amp;Clés</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Su&amp;bscriptions</source>
        <translation>A&amp;bonnements</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Some details could not be loaded: %1</source>
        <translation>Certains détails n’ont pas pu être chargés : %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>User %1</source>
        <translation>Utilisateur %1</translation>
    </message>
    <message>
        <location line="+7"/>
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
        <location line="+2"/>
        <source>Signs in with: %1</source>
        <translation>Se connecte avec : %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 spent of %2</source>
        <translation>%1 dépensés sur %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No budget set.</source>
        <translation>Aucun budget défini.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>active</source>
        <translation>active</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>revoked</source>
        <translation>révoquée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>expired</source>
        <translation>expirée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>blocked</source>
        <translation>bloquée</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+21"/>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>No keys.</source>
        <translation>Aucune clé.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>No subscriptions.</source>
        <translation>Aucun abonnement.</translation>
    </message>
</context>
<context>
    <name>Tollgate::Ui::UsersPage</name>
    <message>
        <location filename="../ui/userspage.cpp" line="+232"/>
        <source>no limit</source>
        <translation>aucune limite</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <location line="+4"/>
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
        <location line="+15"/>
        <source>&amp;Save limits</source>
        <translation>&amp;Enregistrer les limites</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+131"/>
        <source>&amp;Deactivate</source>
        <translation>&amp;Désactiver</translation>
    </message>
    <message>
        <location line="-170"/>
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
        <location line="+1"/>
        <source>Filter by role</source>
        <translation>Filtrer par rôle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All roles</source>
        <translation>Tous les rôles</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Admins</source>
        <translation>Administrateurs</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Read-only admins</source>
        <translation>Administrateurs en lecture seule</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+9"/>
        <location filename="../ui/userspage.h" line="+38"/>
        <source>Users</source>
        <translation>Utilisateurs</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Filter by status</source>
        <translation>Filtrer par état</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Active and inactive</source>
        <translation>Actifs et inactifs</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Active only</source>
        <translation>Actifs seulement</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Inactive only</source>
        <translation>Inactifs seulement</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Reload</source>
        <translation>&amp;Recharger</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reload users</source>
        <translation>Recharger les utilisateurs</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Number of users</source>
        <translation>Nombre d’utilisateurs</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Selected user</source>
        <translation>Utilisateur sélectionné</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Budget used</source>
        <translation>Budget utilisé</translation>
    </message>
    <message>
        <location filename="../ui/budgetbar.cpp" line="+30"/>
        <location filename="../ui/userspage.cpp" line="+7"/>
        <source>no budget</source>
        <translation>aucun budget</translation>
    </message>
    <message>
        <location filename="../ui/userspage.cpp" line="+1"/>
        <source>Maximum budget</source>
        <translation>Budget maximal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Budget period</source>
        <translation>Période du budget</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>never resets</source>
        <translation>jamais remis à zéro</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>daily</source>
        <translation>quotidien</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>weekly</source>
        <translation>hebdomadaire</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>monthly</source>
        <translation>mensuel</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Change status</source>
        <translation>État de la modification</translation>
    </message>
    <message>
        <location line="+1"/>
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
        <location line="-17"/>
        <source>Budget used:</source>
        <translation>Budget utilisé :</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Your role (read-only admin) can see users but not change them.</source>
        <translation>Votre rôle (administrateur en lecture seule) permet de voir les utilisateurs, pas de les modifier.</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Loading users…</source>
        <translation>Chargement des utilisateurs…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Showing %1 of %2 users</source>
        <translation>%1 utilisateurs affichés sur %2</translation>
    </message>
    <message>
        <location line="-66"/>
        <location line="+76"/>
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
        <location line="+6"/>
        <source>%1 spent of %2</source>
        <translation>%1 dépensés sur %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 spent, no budget set</source>
        <translation>%1 dépensés, aucun budget défini</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No budget set.</source>
        <translation>Aucun budget défini.</translation>
    </message>
    <message>
        <location line="-119"/>
        <location line="+131"/>
        <source>&amp;Activate</source>
        <translation>&amp;Activer</translation>
    </message>
    <message>
        <location line="-130"/>
        <location line="+131"/>
        <source>Deactivate user</source>
        <translation>Désactiver l’utilisateur</translation>
    </message>
    <message>
        <location line="-130"/>
        <location line="+130"/>
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
    <message>
        <location line="-168"/>
        <source>Deta&amp;ils…</source>
        <translation>Dé&amp;tails…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show keys, subscriptions and usage of the user</source>
        <translation>Afficher les clés, abonnements et la consommation de l’utilisateur</translation>
    </message>
</context>
</TS>
