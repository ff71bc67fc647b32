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
        <location filename="../ui/dashboardpage.h" line="+24"/>
        <source>Dashboard</source>
        <translation>Tableau de bord</translation>
    </message>
    <message>
        <location filename="../ui/dashboardpage.cpp" line="+31"/>
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
        <location line="+2"/>
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
        <location line="+7"/>
        <source>Requests, tokens, cost and upstream health appear here once the server offers usage analytics.</source>
        <translation>Les requêtes, jetons, coûts et l’état des services amont apparaîtront ici quand le serveur proposera l’analyse d’usage.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>checking…</source>
        <translation>vérification…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ready</source>
        <translation>prêt</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>loading…</source>
        <translation>chargement…</translation>
    </message>
    <message>
        <location line="+6"/>
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
    <name>Tollgate::Ui::MainWindow</name>
    <message>
        <location filename="../ui/mainwindow.cpp" line="+41"/>
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
    <message numerus="yes">
        <location line="+35"/>
        <source>%n request(s) in flight</source>
        <translation>
            <numerusform>%n requête en cours</numerusform>
            <numerusform>%n requêtes en cours</numerusform>
        </translation>
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
        <location line="+268"/>
        <source>&amp;Deactivate</source>
        <translation>&amp;Désactiver</translation>
    </message>
    <message>
        <location line="-264"/>
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
        <location line="+186"/>
        <source>no budget</source>
        <translation>aucun budget</translation>
    </message>
    <message>
        <location line="-185"/>
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
        <location line="+51"/>
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
