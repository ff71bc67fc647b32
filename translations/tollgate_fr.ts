<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>ConnectPage</name>
    <message>
        <location filename="../ui/connectpage.cpp" line="22"/>
        <source>&amp;Connect</source>
        <translation>Se &amp;connecter</translation>
    </message>
    <message>
        <location filename="../ui/connectpage.cpp" line="28"/>
        <source>Server address</source>
        <translation>Adresse du serveur</translation>
    </message>
    <message>
        <location filename="../ui/connectpage.cpp" line="32"/>
        <source>Connection status</source>
        <translation>État de la connexion</translation>
    </message>
    <message>
        <location filename="../ui/connectpage.cpp" line="34"/>
        <source>&lt;h2&gt;Tollgate&lt;/h2&gt;&lt;p&gt;Connect to a Tollgate server.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Tollgate&lt;/h2&gt;&lt;p&gt;Connectez-vous à un serveur Tollgate.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../ui/connectpage.cpp" line="36"/>
        <source>&amp;Server:</source>
        <translation>&amp;Serveur :</translation>
    </message>
    <message>
        <location filename="../ui/connectpage.cpp" line="63"/>
        <source>Enter an http:// or https:// address.</source>
        <translation>Saisissez une adresse http:// ou https://.</translation>
    </message>
    <message>
        <location filename="../ui/connectpage.cpp" line="69"/>
        <source>Connecting to %1…</source>
        <translation>Connexion à %1…</translation>
    </message>
    <message>
        <location filename="../ui/connectpage.cpp" line="79"/>
        <source>Connected: the server is ready.</source>
        <translation>Connecté : le serveur est prêt.</translation>
    </message>
    <message>
        <location filename="../ui/connectpage.cpp" line="82"/>
        <source>The server answers but is not ready (its database is unreachable).</source>
        <translation>Le serveur répond mais n’est pas prêt (sa base de données est injoignable).</translation>
    </message>
    <message>
        <location filename="../ui/connectpage.cpp" line="84"/>
        <source>Cannot reach the server: %1</source>
        <translation>Impossible de joindre le serveur : %1</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <location filename="../app/console/main.cpp" line="27"/>
        <source>Tollgate Console</source>
        <translation>Console Tollgate</translation>
    </message>
</context>
</TS>
