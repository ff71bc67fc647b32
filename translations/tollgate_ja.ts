<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja">
<context>
    <name>QObject</name>
    <message>
        <location filename="../app/console/main.cpp" line="+74"/>
        <source>Session kept in memory only</source>
        <translation>セッションはメモリ内のみに保持</translation>
    </message>
</context>
<context>
    <name>Tollgate::Console::SessionKeeper</name>
    <message>
        <location filename="../app/console/sessionkeeper.cpp" line="+21"/>
        <source>Session: checking the keychain…</source>
        <translation>セッション: キーチェーンを確認中…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Session kept in the system keychain</source>
        <translation>セッションはシステムのキーチェーンに保存</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No keychain available (%1): the session is kept in memory only</source>
        <translation>キーチェーンを利用できません（%1）: セッションはメモリ内のみに保持されます</translation>
    </message>
</context>
<context>
    <name>Tollgate::Models::UsersModel</name>
    <message>
        <location filename="../models/usersmodel.cpp" line="+109"/>
        <source>Active</source>
        <translation>有効</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Inactive</source>
        <translation>無効</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 of %2</source>
        <translation>%2 中 %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>never</source>
        <translation>なし</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Username</source>
        <translation>ユーザー名</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Roles</source>
        <translation>ロール</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>状態</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Spend / budget</source>
        <translation>支出 / 予算</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last sign-in</source>
        <translation>最終サインイン</translation>
    </message>
</context>
<context>
    <name>Tollgate::Ui::AboutPage</name>
    <message>
        <location filename="../ui/aboutpage.h" line="+20"/>
        <source>About</source>
        <translation>情報</translation>
    </message>
    <message>
        <location filename="../ui/aboutpage.cpp" line="+17"/>
        <source>unknown</source>
        <translation>不明</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The desktop admin console of Tollgate, models-as-a-service for private AI.</source>
        <translation>Tollgate のデスクトップ管理コンソール（プライベート AI 向けモデル提供サービス）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Session storage</source>
        <translation>セッションの保存先</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Server address</source>
        <translation>サーバーのアドレス</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Version:</source>
        <translation>バージョン:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Qt:</source>
        <translation>Qt:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Licence:</source>
        <translation>ライセンス:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Server:</source>
        <translation>サーバー:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Session:</source>
        <translation>セッション:</translation>
    </message>
</context>
<context>
    <name>Tollgate::Ui::ConnectPage</name>
    <message>
        <location filename="../ui/connectpage.cpp" line="+33"/>
        <source>&amp;Connect</source>
        <translation>接続(&amp;C)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Trust this certificate</source>
        <translation>この証明書を信頼(&amp;T)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Server address</source>
        <translation>サーバーのアドレス</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Connection status</source>
        <translation>接続状態</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Accept this exact certificate for this server from now on.</source>
        <translation>今後、このサーバーについてこの証明書を受け入れます。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;h2&gt;Tollgate&lt;/h2&gt;&lt;p&gt;Connect to a Tollgate server.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Tollgate&lt;/h2&gt;&lt;p&gt;Tollgate サーバーに接続します。&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Server:</source>
        <translation>サーバー(&amp;S):</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Enter an http:// or https:// address.</source>
        <translation>http:// または https:// のアドレスを入力してください。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Connecting to %1…</source>
        <translation>%1 に接続しています…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Connected: the server is ready.</source>
        <translation>接続しました: サーバーは準備完了です。</translation>
    </message>
</context>
<context>
    <name>Tollgate::Ui::DashboardPage</name>
    <message>
        <location filename="../ui/dashboardpage.h" line="+24"/>
        <source>Dashboard</source>
        <translation>ダッシュボード</translation>
    </message>
    <message>
        <location filename="../ui/dashboardpage.cpp" line="+31"/>
        <source>Signed-in user</source>
        <translation>サインイン中のユーザー</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your roles</source>
        <translation>あなたのロール</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Server address</source>
        <translation>サーバーのアドレス</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Server readiness</source>
        <translation>サーバーの準備状態</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Users</source>
        <translation>ユーザー</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>You</source>
        <translation>あなた</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Signed in as:</source>
        <translation>サインイン中:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Roles:</source>
        <translation>ロール:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Server</source>
        <translation>サーバー</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Address:</source>
        <translation>アドレス:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Readiness:</source>
        <translation>準備状態:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>All users:</source>
        <translation>全ユーザー:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Active:</source>
        <translation>有効:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Inactive:</source>
        <translation>無効:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Admins:</source>
        <translation>管理者:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read-only admins:</source>
        <translation>閲覧専用の管理者:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Requests, tokens, cost and upstream health appear here once the server offers usage analytics.</source>
        <translation>サーバーが利用状況の分析を提供すると、リクエスト数、トークン数、コスト、アップストリームの状態がここに表示されます。</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>checking…</source>
        <translation>確認中…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ready</source>
        <translation>準備完了</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>loading…</source>
        <translation>読み込み中…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>unavailable</source>
        <translation>利用不可</translation>
    </message>
</context>
<context>
    <name>Tollgate::Ui::ErrorText</name>
    <message>
        <location filename="../ui/errortext.cpp" line="+34"/>
        <source>The server refused the connection. Is it running at this address?</source>
        <translation>サーバーが接続を拒否しました。このアドレスで動作していますか？</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server&apos;s host name is unknown. Check the address.</source>
        <translation>サーバーのホスト名が見つかりません。アドレスを確認してください。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server did not answer in time.</source>
        <translation>サーバーが時間内に応答しませんでした。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The request was cancelled.</source>
        <translation>リクエストは取り消されました。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No server address is set.</source>
        <translation>サーバーのアドレスが設定されていません。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cannot reach the server: %1</source>
        <translation>サーバーに接続できません: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server&apos;s certificate is not trusted (%1). SHA-256 fingerprint: %2</source>
        <translation>サーバーの証明書は信頼されていません（%1）。SHA-256 フィンガープリント: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The secure connection failed: %1</source>
        <translation>安全な接続に失敗しました: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server&apos;s answer was not understood. Is this a Tollgate server?</source>
        <translation>サーバーの応答を解釈できませんでした。Tollgate サーバーですか？</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your session has ended. Please sign in again.</source>
        <translation>セッションが終了しました。もう一度サインインしてください。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Wrong username or password.</source>
        <translation>ユーザー名またはパスワードが違います。</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Too many sign-in attempts. Try again in %n second(s).</source>
        <translation>
            <numerusform>サインインの試行回数が多すぎます。%n 秒後にもう一度お試しください。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Too many sign-in attempts. Try again later.</source>
        <translation>サインインの試行回数が多すぎます。後でもう一度お試しください。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Someone else changed this in the meantime. Reload and try again.</source>
        <translation>その間に他の人が変更しました。再読み込みしてやり直してください。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This change would leave no active admin.</source>
        <translation>この変更を行うと有効な管理者がいなくなります。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your role does not allow this.</source>
        <translation>あなたのロールではこの操作はできません。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>It no longer exists.</source>
        <translation>すでに存在しません。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server refused the input.</source>
        <translation>サーバーが入力を拒否しました。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server refused the value of %1.</source>
        <translation>サーバーが %1 の値を拒否しました。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server is not ready (its database may be unreachable).</source>
        <translation>サーバーの準備ができていません（データベースに接続できない可能性があります）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server failed (HTTP %1).</source>
        <translation>サーバーでエラーが発生しました（HTTP %1）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The request failed (HTTP %1).</source>
        <translation>リクエストに失敗しました（HTTP %1）。</translation>
    </message>
</context>
<context>
    <name>Tollgate::Ui::MainWindow</name>
    <message>
        <location filename="../ui/mainwindow.cpp" line="+41"/>
        <source>Tollgate Console</source>
        <translation>Tollgate コンソール</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pages</source>
        <translation>ページ</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Last message</source>
        <translation>最新のメッセージ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Requests in flight</source>
        <translation>処理中のリクエスト</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Working</source>
        <translation>処理中</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Session storage</source>
        <translation>セッションの保存先</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Session</source>
        <translation>セッション(&amp;S)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign &amp;out</source>
        <translation>サインアウト(&amp;O)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Quit</source>
        <translation>終了(&amp;Q)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Go</source>
        <translation>移動(&amp;G)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Refresh page</source>
        <translation>ページを更新(&amp;R)</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>The previous session could not be resumed: %1</source>
        <translation>前回のセッションを再開できませんでした: %1</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Signed in as %1</source>
        <translation>%1 としてサインイン中</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Signed out.</source>
        <translation>サインアウトしました。</translation>
    </message>
    <message numerus="yes">
        <location line="+35"/>
        <source>%n request(s) in flight</source>
        <translation>
            <numerusform>処理中のリクエスト %n 件</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Tollgate::Ui::SignInPage</name>
    <message>
        <location filename="../ui/signinpage.cpp" line="+25"/>
        <source>&amp;Sign in</source>
        <translation>サインイン(&amp;S)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Change server</source>
        <translation>サーバーを変更(&amp;C)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Username</source>
        <translation>ユーザー名</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Password</source>
        <translation>パスワード</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sign-in status</source>
        <translation>サインインの状態</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Username:</source>
        <translation>ユーザー名(&amp;U):</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Password:</source>
        <translation>パスワード(&amp;P):</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&lt;h2&gt;Sign in&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;サインイン&lt;/h2&gt;</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Server: %1</source>
        <translation>サーバー: %1</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Enter your username and password.</source>
        <translation>ユーザー名とパスワードを入力してください。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Signing in…</source>
        <translation>サインインしています…</translation>
    </message>
</context>
<context>
    <name>Tollgate::Ui::UsersPage</name>
    <message>
        <location filename="../ui/userspage.cpp" line="+38"/>
        <source>no limit</source>
        <translation>制限なし</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Details</source>
        <translation>詳細</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Requests per minute</source>
        <translation>1 分あたりのリクエスト数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tokens per minute</source>
        <translation>1 分あたりのトークン数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Parallel requests</source>
        <translation>同時リクエスト数</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Save limits</source>
        <translation>制限を保存(&amp;S)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+268"/>
        <source>&amp;Deactivate</source>
        <translation>無効にする(&amp;D)</translation>
    </message>
    <message>
        <location line="-264"/>
        <source>Search</source>
        <translation>検索</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search users</source>
        <translation>ユーザーを検索</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Finds users by username, name or email.</source>
        <translation>ユーザー名、名前、メールアドレスでユーザーを検索します。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Filter by role</source>
        <translation>ロールで絞り込み</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All roles</source>
        <translation>すべてのロール</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Admins</source>
        <translation>管理者</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read-only admins</source>
        <translation>閲覧専用の管理者</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+17"/>
        <location filename="../ui/userspage.h" line="+34"/>
        <source>Users</source>
        <translation>ユーザー</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>Filter by status</source>
        <translation>状態で絞り込み</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Active and inactive</source>
        <translation>有効と無効</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Active only</source>
        <translation>有効のみ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Inactive only</source>
        <translation>無効のみ</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Reload</source>
        <translation>再読み込み(&amp;R)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reload users</source>
        <translation>ユーザーを再読み込み</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Number of users</source>
        <translation>ユーザー数</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Selected user</source>
        <translation>選択したユーザー</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Budget used</source>
        <translation>使用済み予算</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+186"/>
        <source>no budget</source>
        <translation>予算なし</translation>
    </message>
    <message>
        <location line="-185"/>
        <source>Maximum budget</source>
        <translation>予算の上限</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Budget period</source>
        <translation>予算の期間</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>never resets</source>
        <translation>リセットしない</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>daily</source>
        <translation>毎日</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>weekly</source>
        <translation>毎週</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>monthly</source>
        <translation>毎月</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Change status</source>
        <translation>変更の状態</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Requests/min:</source>
        <translation>リクエスト/分:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tokens/min:</source>
        <translation>トークン/分:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Parallel:</source>
        <translation>同時:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Max budget:</source>
        <translation>予算上限:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Budget resets:</source>
        <translation>予算のリセット:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Budget used:</source>
        <translation>使用済み予算:</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Your role (read-only admin) can see users but not change them.</source>
        <translation>あなたのロール（閲覧専用の管理者）はユーザーを閲覧できますが、変更はできません。</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Loading users…</source>
        <translation>ユーザーを読み込んでいます…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Showing %1 of %2 users</source>
        <translation>%2 人中 %1 人を表示</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&lt;b&gt;No user selected&lt;/b&gt;</source>
        <translation>&lt;b&gt;ユーザーが選択されていません&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Roles: %1</source>
        <translation>ロール: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status: active</source>
        <translation>状態: 有効</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status: inactive</source>
        <translation>状態: 無効</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last sign-in: %1</source>
        <translation>最終サインイン: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>never</source>
        <translation>なし</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1 spent of %2</source>
        <translation>%2 のうち %1 を使用</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 spent, no budget set</source>
        <translation>%1 を使用、予算は未設定</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No budget set.</source>
        <translation>予算は設定されていません。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;Activate</source>
        <translation>有効にする(&amp;A)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deactivate user</source>
        <translation>ユーザーを無効にする</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Activate user</source>
        <translation>ユーザーを有効にする</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 is active again.</source>
        <translation>%1 は再び有効になりました。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 is deactivated; their sessions have ended.</source>
        <translation>%1 を無効にしました。セッションは終了しました。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Limits of %1 saved.</source>
        <translation>%1 の制限を保存しました。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Saving…</source>
        <translation>保存しています…</translation>
    </message>
</context>
</TS>
