<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>ConnectPage</name>
    <message>
        <location filename="../ui/connectpage.cpp" line="22"/>
        <source>&amp;Connect</source>
        <translation>&amp;Verbinden</translation>
    </message>
    <message>
        <location filename="../ui/connectpage.cpp" line="28"/>
        <source>Server address</source>
        <translation>Serveradresse</translation>
    </message>
    <message>
        <location filename="../ui/connectpage.cpp" line="32"/>
        <source>Connection status</source>
        <translation>Verbindungsstatus</translation>
    </message>
    <message>
        <location filename="../ui/connectpage.cpp" line="34"/>
        <source>&lt;h2&gt;Tollgate&lt;/h2&gt;&lt;p&gt;Connect to a Tollgate server.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Tollgate&lt;/h2&gt;&lt;p&gt;Mit einem Tollgate-Server verbinden.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../ui/connectpage.cpp" line="36"/>
        <source>&amp;Server:</source>
        <translation>&amp;Server:</translation>
    </message>
    <message>
        <location filename="../ui/connectpage.cpp" line="63"/>
        <source>Enter an http:// or https:// address.</source>
        <translation>Geben Sie eine http://- oder https://-Adresse ein.</translation>
    </message>
    <message>
        <location filename="../ui/connectpage.cpp" line="69"/>
        <source>Connecting to %1…</source>
        <translation>Verbinde mit %1…</translation>
    </message>
    <message>
        <location filename="../ui/connectpage.cpp" line="79"/>
        <source>Connected: the server is ready.</source>
        <translation>Verbunden: Der Server ist bereit.</translation>
    </message>
    <message>
        <location filename="../ui/connectpage.cpp" line="82"/>
        <source>The server answers but is not ready (its database is unreachable).</source>
        <translation>Der Server antwortet, ist aber nicht bereit (seine Datenbank ist nicht erreichbar).</translation>
    </message>
    <message>
        <location filename="../ui/connectpage.cpp" line="84"/>
        <source>Cannot reach the server: %1</source>
        <translation>Server nicht erreichbar: %1</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <location filename="../app/console/main.cpp" line="27"/>
        <source>Tollgate Console</source>
        <translation>Tollgate-Konsole</translation>
    </message>
</context>
</TS>
