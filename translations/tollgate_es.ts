<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>ConnectPage</name>
    <message>
        <location filename="../ui/connectpage.cpp" line="22"/>
        <source>&amp;Connect</source>
        <translation>&amp;Conectar</translation>
    </message>
    <message>
        <location filename="../ui/connectpage.cpp" line="28"/>
        <source>Server address</source>
        <translation>Dirección del servidor</translation>
    </message>
    <message>
        <location filename="../ui/connectpage.cpp" line="32"/>
        <source>Connection status</source>
        <translation>Estado de la conexión</translation>
    </message>
    <message>
        <location filename="../ui/connectpage.cpp" line="34"/>
        <source>&lt;h2&gt;Tollgate&lt;/h2&gt;&lt;p&gt;Connect to a Tollgate server.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Tollgate&lt;/h2&gt;&lt;p&gt;Conéctese a un servidor Tollgate.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../ui/connectpage.cpp" line="36"/>
        <source>&amp;Server:</source>
        <translation>&amp;Servidor:</translation>
    </message>
    <message>
        <location filename="../ui/connectpage.cpp" line="63"/>
        <source>Enter an http:// or https:// address.</source>
        <translation>Introduzca una dirección http:// o https://.</translation>
    </message>
    <message>
        <location filename="../ui/connectpage.cpp" line="69"/>
        <source>Connecting to %1…</source>
        <translation>Conectando con %1…</translation>
    </message>
    <message>
        <location filename="../ui/connectpage.cpp" line="79"/>
        <source>Connected: the server is ready.</source>
        <translation>Conectado: el servidor está listo.</translation>
    </message>
    <message>
        <location filename="../ui/connectpage.cpp" line="82"/>
        <source>The server answers but is not ready (its database is unreachable).</source>
        <translation>El servidor responde pero no está listo (su base de datos no es accesible).</translation>
    </message>
    <message>
        <location filename="../ui/connectpage.cpp" line="84"/>
        <source>Cannot reach the server: %1</source>
        <translation>No se puede acceder al servidor: %1</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <location filename="../app/console/main.cpp" line="27"/>
        <source>Tollgate Console</source>
        <translation>Consola de Tollgate</translation>
    </message>
</context>
</TS>
