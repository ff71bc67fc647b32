<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja">
<context>
    <name>ConnectPage</name>
    <message>
        <location filename="../ui/connectpage.cpp" line="22"/>
        <source>&amp;Connect</source>
        <translation>接続(&amp;C)</translation>
    </message>
    <message>
        <location filename="../ui/connectpage.cpp" line="28"/>
        <source>Server address</source>
        <translation>サーバーのアドレス</translation>
    </message>
    <message>
        <location filename="../ui/connectpage.cpp" line="32"/>
        <source>Connection status</source>
        <translation>接続状態</translation>
    </message>
    <message>
        <location filename="../ui/connectpage.cpp" line="34"/>
        <source>&lt;h2&gt;Tollgate&lt;/h2&gt;&lt;p&gt;Connect to a Tollgate server.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Tollgate&lt;/h2&gt;&lt;p&gt;Tollgate サーバーに接続します。&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../ui/connectpage.cpp" line="36"/>
        <source>&amp;Server:</source>
        <translation>サーバー(&amp;S):</translation>
    </message>
    <message>
        <location filename="../ui/connectpage.cpp" line="63"/>
        <source>Enter an http:// or https:// address.</source>
        <translation>http:// または https:// のアドレスを入力してください。</translation>
    </message>
    <message>
        <location filename="../ui/connectpage.cpp" line="69"/>
        <source>Connecting to %1…</source>
        <translation>%1 に接続しています…</translation>
    </message>
    <message>
        <location filename="../ui/connectpage.cpp" line="79"/>
        <source>Connected: the server is ready.</source>
        <translation>接続しました: サーバーの準備ができています。</translation>
    </message>
    <message>
        <location filename="../ui/connectpage.cpp" line="82"/>
        <source>The server answers but is not ready (its database is unreachable).</source>
        <translation>サーバーは応答していますが準備ができていません (データベースに接続できません)。</translation>
    </message>
    <message>
        <location filename="../ui/connectpage.cpp" line="84"/>
        <source>Cannot reach the server: %1</source>
        <translation>サーバーに接続できません: %1</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <location filename="../app/console/main.cpp" line="27"/>
        <source>Tollgate Console</source>
        <translation>Tollgate コンソール</translation>
    </message>
</context>
</TS>
