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
    <name>Tollgate::Models::DeploymentsModel</name>
    <message>
        <location filename="../models/catalogmodels.cpp" line="+157"/>
        <source>Enabled</source>
        <translation>有効</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Disabled</source>
        <translation>無効</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>stored</source>
        <translation>保存済み</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>none</source>
        <translation>なし</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Base URL</source>
        <translation>ベース URL</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Served name</source>
        <translation>提供名</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Weight</source>
        <translation>重み</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>State</source>
        <translation>状態</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>API key</source>
        <translation>API キー</translation>
    </message>
</context>
<context>
    <name>Tollgate::Models::KeysModel</name>
    <message>
        <location filename="../models/keysmodel.cpp" line="+43"/>
        <source>Active</source>
        <translation>有効</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Expired</source>
        <translation>期限切れ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Revoked</source>
        <translation>失効</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Blocked</source>
        <translation>ブロック中</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>The previous secret works until %1.</source>
        <translation>以前のシークレットは %1 まで有効です。</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>all subscribed</source>
        <translation>購読中のすべて</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 of %2</source>
        <translation>%2 中 %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+2"/>
        <source>never</source>
        <translation>なし</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Owner</source>
        <translation>所有者</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Key</source>
        <translation>キー</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>State</source>
        <translation>状態</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Models</source>
        <translation>モデル</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Spend / budget</source>
        <translation>支出 / 予算</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Expires</source>
        <translation>有効期限</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last used</source>
        <translation>最終使用</translation>
    </message>
</context>
<context>
    <name>Tollgate::Models::ModelsModel</name>
    <message>
        <location filename="../models/catalogmodels.cpp" line="-99"/>
        <source>Restricted</source>
        <translation>制限付き</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Open</source>
        <translation>公開</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enabled</source>
        <translation>有効</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Disabled</source>
        <translation>無効</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Model</source>
        <translation>モデル</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Capabilities</source>
        <translation>機能</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Input / 1M</source>
        <translation>入力 / 100万</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Output / 1M</source>
        <translation>出力 / 100万</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Access</source>
        <translation>アクセス</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>State</source>
        <translation>状態</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Deployments</source>
        <translation>デプロイ</translation>
    </message>
</context>
<context>
    <name>Tollgate::Models::SubscriptionsModel</name>
    <message>
        <location filename="../models/subscriptionsmodel.cpp" line="+37"/>
        <source>Active</source>
        <translation>有効</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pending</source>
        <translation>保留中</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Denied</source>
        <translation>却下</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancelled</source>
        <translation>取り消し</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Expired</source>
        <translation>期限切れ</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>User</source>
        <translation>ユーザー</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Model</source>
        <translation>モデル</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>ステータス</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Requested</source>
        <translation>申請日時</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last change</source>
        <translation>最終変更</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reason</source>
        <translation>理由</translation>
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
    <name>Tollgate::Ui::CreateKeyDialog</name>
    <message>
        <location filename="../ui/keydialogs.cpp" line="+52"/>
        <location line="+88"/>
        <location line="+4"/>
        <location line="+9"/>
        <source>policy default</source>
        <translation>ポリシーの既定値</translation>
    </message>
    <message>
        <location line="-97"/>
        <location line="+86"/>
        <source>At most %1 (key policy).</source>
        <translation>最大 %1(キーポリシー)。</translation>
    </message>
    <message>
        <location line="-30"/>
        <source>Requests per minute</source>
        <translation>1 分あたりのリクエスト数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tokens per minute</source>
        <translation>1 分あたりのトークン数</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Create key</source>
        <translation>キーを作成(&amp;C)</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+1"/>
        <source>New API key</source>
        <translation>新しい API キー</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Search users</source>
        <translation>ユーザーを検索</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search owners</source>
        <translation>所有者を検索</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Owner</source>
        <translation>所有者</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Key name</source>
        <translation>キー名</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>e.g. CI pipeline</source>
        <translation>例: CI パイプライン</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Models</source>
        <translation>モデル</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Maximum budget</source>
        <translation>最大予算</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>policy default (%1)</source>
        <translation>ポリシーの既定値(%1)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Budget period</source>
        <translation>予算期間</translation>
    </message>
    <message>
        <location line="+2"/>
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
        <location line="+1"/>
        <source>Expires in days</source>
        <translation>有効日数</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> days</source>
        <translation> 日</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>policy default (%n day(s))</source>
        <translation>
            <numerusform>ポリシーの既定値(%n 日)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>At most %n day(s) (key policy).</source>
        <translation>
            <numerusform>最大 %n 日(キーポリシー)。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dialog status</source>
        <translation>ダイアログの状態</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create key</source>
        <translation>キーを作成</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Find owner:</source>
        <translation>所有者を検索:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Owner:</source>
        <translation>所有者(&amp;O):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Name:</source>
        <translation>名前(&amp;N):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mo&amp;dels:</source>
        <translation>モデル(&amp;D):</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Max &amp;budget:</source>
        <translation>最大予算(&amp;B):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Budget &amp;resets:</source>
        <translation>予算のリセット(&amp;R):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Expires in:</source>
        <translation>有効期限(&amp;E):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Requests/min:</source>
        <translation>リクエスト/分:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tokens/min:</source>
        <translation>トークン/分:</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Loading users…</source>
        <translation>ユーザーを読み込み中…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>No active user matches.</source>
        <translation>一致する有効なユーザーはいません。</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Loading the owner&apos;s subscriptions…</source>
        <translation>所有者の購読を読み込み中…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 has no active subscription: the key will not reach any model until they subscribe.</source>
        <translation>%1 には有効な購読がありません。購読するまで、このキーはどのモデルにも届きません。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>None checked: every model %1 is subscribed to.</source>
        <translation>未選択: %1 が購読しているすべてのモデル。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The key policy has not loaded yet.</source>
        <translation>キーポリシーはまだ読み込まれていません。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose the key&apos;s owner.</source>
        <translation>キーの所有者を選択してください。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Give the key a name.</source>
        <translation>キーに名前を付けてください。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The name is too long (at most %1 characters).</source>
        <translation>名前が長すぎます(最大 %1 文字)。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The budget may be at most %1.</source>
        <translation>予算は最大 %1 です。</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>A key may live at most %n day(s).</source>
        <translation>
            <numerusform>キーの有効期間は最大 %n 日です。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>At most %1 requests per minute.</source>
        <translation>1 分あたり最大 %1 リクエストです。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>At most %1 tokens per minute.</source>
        <translation>1 分あたり最大 %1 トークンです。</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Creating the key…</source>
        <translation>キーを作成中…</translation>
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
    <name>Tollgate::Ui::DeploymentDialog</name>
    <message>
        <location filename="../ui/modeldialogs.cpp" line="+37"/>
        <source>Add deployment to %1</source>
        <translation>%1 にデプロイを追加</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Base URL</source>
        <translation>ベース URL</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Served name</source>
        <translation>提供名</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Upstream API key</source>
        <translation>アップストリームの API キー</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>optional; stored encrypted, never shown again</source>
        <translation>任意。暗号化して保存され、再表示されません</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Weight</source>
        <translation>重み</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Dialog status</source>
        <translation>ダイアログの状態</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Add</source>
        <translation>追加(&amp;A)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Base URL:</source>
        <translation>ベース URL(&amp;B):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Served name:</source>
        <translation>提供名(&amp;S):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>API &amp;key:</source>
        <translation>API キー(&amp;K):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Weight:</source>
        <translation>重み(&amp;W):</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Enter the upstream&apos;s http(s) address, e.g. http://vllm:8000/v1.</source>
        <translation>アップストリームの http(s) アドレスを入力してください(例: http://vllm:8000/v1)。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Adding…</source>
        <translation>追加中…</translation>
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
    <name>Tollgate::Ui::KeysPage</name>
    <message>
        <location filename="../ui/keyspage.cpp" line="+32"/>
        <source>&amp;New key…</source>
        <translation>新しいキー(&amp;N)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>R&amp;otate…</source>
        <translation>ローテーション(&amp;O)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;voke…</source>
        <translation>失効(&amp;V)…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Search</source>
        <translation>検索</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search keys</source>
        <translation>キーを検索</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Finds keys by name, alias or the start of the key.</source>
        <translation>名前、エイリアス、キーの先頭でキーを検索します。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Filter by state</source>
        <translation>状態で絞り込み</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All states</source>
        <translation>すべての状態</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Active</source>
        <translation>有効</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expired</source>
        <translation>期限切れ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Revoked</source>
        <translation>失効</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Blocked</source>
        <translation>ブロック中</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Reload</source>
        <translation>再読み込み(&amp;R)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reload keys</source>
        <translation>キーを再読み込み</translation>
    </message>
    <message>
        <location line="+7"/>
        <location filename="../ui/keyspage.h" line="+33"/>
        <source>API keys</source>
        <translation>API キー</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Number of keys</source>
        <translation>キーの数</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New key</source>
        <translation>新しいキー</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rotate key</source>
        <translation>キーをローテーション</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+162"/>
        <source>Revoke key</source>
        <translation>キーを失効</translation>
    </message>
    <message>
        <location line="-160"/>
        <source>Key status</source>
        <translation>キーの状態</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>The key policy could not be loaded: %1</source>
        <translation>キーポリシーを読み込めませんでした: %1</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Loading keys…</source>
        <translation>キーを読み込み中…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Showing %1 of %2 keys</source>
        <translation>%2 件中 %1 件のキーを表示</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Your role (read-only admin) can see keys but not change them.</source>
        <translation>あなたのロール(読み取り専用管理者)はキーを閲覧できますが、変更はできません。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create a key for a user, within the key policy.</source>
        <translation>キーポリシーの範囲内でユーザーのキーを作成します。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Give the selected key a new secret.</source>
        <translation>選択したキーに新しいシークレットを発行します。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refuse the selected key from now on.</source>
        <translation>選択したキーを今後拒否します。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Key “%1” created.</source>
        <translation>キー「%1」を作成しました。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New API key</source>
        <translation>新しい API キー</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Revoke the key “%1” (%2) of %3?</source>
        <translation>%3 のキー「%1」(%2)を失効させますか?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Requests with it are refused from now on. This cannot be undone.</source>
        <translation>このキーを使ったリクエストは今後拒否されます。元に戻せません。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Revoke “%1”</source>
        <translation>「%1」を失効(&amp;R)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Confirm revoke</source>
        <translation>失効を確認</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Rotating “%1”…</source>
        <translation>「%1」をローテーション中…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>“%1” has a new secret; the old one is refused.</source>
        <translation>「%1」に新しいシークレットを発行しました。古いものは拒否されます。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“%1” has a new secret; the old one works for %2 more.</source>
        <translation>「%1」に新しいシークレットを発行しました。古いものはあと %2 有効です。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rotated API key</source>
        <translation>ローテーションした API キー</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Revoking “%1”…</source>
        <translation>「%1」を失効中…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>“%1” is revoked.</source>
        <translation>「%1」を失効しました。</translation>
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
    <name>Tollgate::Ui::ModelSyncDialog</name>
    <message>
        <location filename="../ui/modeldialogs.cpp" line="+18"/>
        <source>&amp;Preview</source>
        <translation>プレビュー(&amp;P)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sync models from upstream</source>
        <translation>アップストリームからモデルを同期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Upstream base URL</source>
        <translation>アップストリームのベース URL</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Upstream API key</source>
        <translation>アップストリームの API キー</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>optional</source>
        <translation>任意</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Preview changes</source>
        <translation>変更をプレビュー</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changes</source>
        <translation>変更</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change</source>
        <translation>変更</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Model</source>
        <translation>モデル</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Details</source>
        <translation>詳細</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Dialog status</source>
        <translation>ダイアログの状態</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Apply checked</source>
        <translation>チェックした項目を適用(&amp;A)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Apply changes</source>
        <translation>変更を適用</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Base URL:</source>
        <translation>ベース URL(&amp;B):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>API &amp;key:</source>
        <translation>API キー(&amp;K):</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Enter the upstream&apos;s base URL.</source>
        <translation>アップストリームのベース URL を入力してください。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Asking %1 for its models…</source>
        <translation>%1 にモデルを問い合わせ中…</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Add</source>
        <translation>追加</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>new deployment of an existing model</source>
        <translation>既存モデルの新しいデプロイ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>new model, served as %1</source>
        <translation>新しいモデル(%1 として提供)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Disable</source>
        <translation>無効化</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the upstream no longer lists %1</source>
        <translation>アップストリームに %1 がありません</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Unchanged</source>
        <translation>変更なし</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The catalogue already has everything this upstream serves.</source>
        <translation>このアップストリームが提供するものはすべてカタログにあります。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 to add, %2 lost by the upstream. Nothing is changed until you apply.</source>
        <translation>追加 %1 件、アップストリームから消えたもの %2 件。適用するまで何も変更されません。</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Applying…</source>
        <translation>適用中…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Added %1, disabled %2.</source>
        <translation>%1 件追加、%2 件無効化しました。</translation>
    </message>
</context>
<context>
    <name>Tollgate::Ui::ModelsPage</name>
    <message>
        <location filename="../ui/modelspage.cpp" line="+106"/>
        <source>No capabilities</source>
        <translation>機能なし</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>S&amp;ync from upstream…</source>
        <translation>アップストリームから同期(&amp;Y)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Details</source>
        <translation>詳細</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Restricted: subscribing needs approval</source>
        <translation>制限付き(&amp;R): 購読には承認が必要</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Enabled: the gateway serves it</source>
        <translation>有効(&amp;E): ゲートウェイが提供</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Add…</source>
        <translation>追加(&amp;A)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;move…</source>
        <translation>削除(&amp;M)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Test connection</source>
        <translation>接続をテスト(&amp;T)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Search</source>
        <translation>検索</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search models</source>
        <translation>モデルを検索</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Finds models by id, name or description.</source>
        <translation>ID、名前、説明でモデルを検索します。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Re&amp;load</source>
        <translation>再読み込み(&amp;L)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reload models</source>
        <translation>モデルを再読み込み</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sync from upstream</source>
        <translation>アップストリームから同期</translation>
    </message>
    <message>
        <location line="+8"/>
        <location filename="../ui/modelspage.h" line="+36"/>
        <source>Models</source>
        <translation>モデル</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Number of models</source>
        <translation>モデルの数</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Selected model</source>
        <translation>選択したモデル</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Capabilities</source>
        <translation>機能</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Prices</source>
        <translation>価格</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Restricted</source>
        <translation>制限付き</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enabled</source>
        <translation>有効</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Change status</source>
        <translation>変更の状態</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Deployments</source>
        <translation>デプロイ</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Add deployment</source>
        <translation>デプロイを追加</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+283"/>
        <source>Remove deployment</source>
        <translation>デプロイを削除</translation>
    </message>
    <message>
        <location line="-282"/>
        <source>Test connection</source>
        <translation>接続をテスト</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Deployment status</source>
        <translation>デプロイの状態</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&lt;b&gt;Deployments&lt;/b&gt;</source>
        <translation>&lt;b&gt;デプロイ&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+118"/>
        <source>Loading models…</source>
        <translation>モデルを読み込み中…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Showing %1 of %2 models</source>
        <translation>%2 件中 %1 件のモデルを表示</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Your role (read-only admin) can see models but not change them.</source>
        <translation>あなたのロール(読み取り専用管理者)はモデルを閲覧できますが、変更はできません。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Compare an upstream&apos;s models with the catalogue and add what is new.</source>
        <translation>アップストリームのモデルをカタログと比較し、新しいものを追加します。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Ask the deployment&apos;s upstream for its models, with a short timeout.</source>
        <translation>短いタイムアウトで、デプロイのアップストリームにモデルを問い合わせます。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&lt;b&gt;No model selected&lt;/b&gt;</source>
        <translation>&lt;b&gt;モデルが選択されていません&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Per 1M tokens: input %1, output %2</source>
        <translation>100万トークンあたり: 入力 %1、出力 %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>, cached input %1</source>
        <translation>、キャッシュ入力 %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Context window: %1 tokens</source>
        <translation>コンテキストウィンドウ: %1 トークン</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Saving…</source>
        <translation>保存中…</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1 is restricted: new subscriptions need approval.</source>
        <translation>%1 は制限付きになりました。新しい購読には承認が必要です。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 is open to every user.</source>
        <translation>%1 はすべてのユーザーに公開されました。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is enabled.</source>
        <translation>%1 を有効にしました。</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 is disabled: the gateway refuses it.</source>
        <translation>%1 を無効にしました。ゲートウェイは拒否します。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Changed along: %1, %2.</source>
        <translation>連動して変更: %1、%2。</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n subscription(s)</source>
        <translation>
            <numerusform>購読 %n 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n key(s)</source>
        <translation>
            <numerusform>キー %n 件</numerusform>
        </translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Deployment at %1 added.</source>
        <translation>%1 のデプロイを追加しました。</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Remove the deployment of %1 at %2?</source>
        <translation>%2 にある %1 のデプロイを削除しますか?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The gateway stops sending requests for %1 there.</source>
        <translation>ゲートウェイはそこへ %1 のリクエストを送らなくなります。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Remove</source>
        <translation>削除(&amp;R)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Confirm remove</source>
        <translation>削除を確認</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Removing…</source>
        <translation>削除中…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Deployment removed.</source>
        <translation>デプロイを削除しました。</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Testing %1…</source>
        <translation>%1 をテスト中…</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>Connected in %1 ms; the upstream lists %n model(s).</source>
        <translation>
            <numerusform>%1 ms で接続しました。アップストリームのモデルは %n 件です。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The served name is among them.</source>
        <translation>提供名が含まれています。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The served name is NOT among them.</source>
        <translation>提供名は含まれて「いません」。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The connection test failed: %1</source>
        <translation>接続テストに失敗しました: %1</translation>
    </message>
</context>
<context>
    <name>Tollgate::Ui::ReasonDialog</name>
    <message>
        <location filename="../ui/reasondialog.cpp" line="+26"/>
        <source>Reason</source>
        <translation>理由</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Shown to the requester and kept in the history.</source>
        <translation>申請者に表示され、履歴に残ります。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Confirm</source>
        <translation>確認</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>At most %1 characters.</source>
        <translation>最大 %1 文字です。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A reason is required.</source>
        <translation>理由は必須です。</translation>
    </message>
</context>
<context>
    <name>Tollgate::Ui::RotateKeyDialog</name>
    <message>
        <location filename="../ui/keydialogs.cpp" line="+14"/>
        <location line="+16"/>
        <source>Rotate key</source>
        <translation>キーをローテーション</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>A new secret replaces the secret of “%1”. Spend, limits and budget stay. How long may the old secret keep working?</source>
        <translation>「%1」のシークレットを新しいものに置き換えます。支出、制限、予算はそのままです。古いシークレットをどのくらいの間有効にしますか?</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Grace period</source>
        <translation>猶予期間</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not at all: refuse it at once</source>
        <translation>なし: すぐに拒否する</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>15 minutes</source>
        <translation>15 分</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>1 hour</source>
        <translation>1 時間</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>24 hours</source>
        <translation>24 時間</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Rotate</source>
        <translation>ローテーション(&amp;R)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Old secret works:</source>
        <translation>古いシークレットの有効期間:</translation>
    </message>
</context>
<context>
    <name>Tollgate::Ui::SecretDialog</name>
    <message>
        <location line="+22"/>
        <source>The secret of “%1”:</source>
        <translation>「%1」のシークレット:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Secret</source>
        <translation>シークレット</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&lt;b&gt;Copy it now: you will not see this secret again.&lt;/b&gt; Tollgate keeps only a hash of it; if it is lost, rotate the key.</source>
        <translation>&lt;b&gt;今すぐコピーしてください。このシークレットは二度と表示されません。&lt;/b&gt; Tollgate はハッシュしか保存しません。紛失した場合はキーをローテーションしてください。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy status</source>
        <translation>コピーの状態</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Copy</source>
        <translation>コピー(&amp;C)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy secret</source>
        <translation>シークレットをコピー</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Copied to the clipboard.</source>
        <translation>クリップボードにコピーしました。</translation>
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
    <name>Tollgate::Ui::SubscriptionsPage</name>
    <message>
        <location filename="../ui/subscriptionspage.cpp" line="+35"/>
        <location line="+175"/>
        <source>&amp;Approve</source>
        <translation>承認(&amp;A)</translation>
    </message>
    <message>
        <location line="-174"/>
        <location line="+176"/>
        <source>&amp;Deny…</source>
        <translation>却下(&amp;D)…</translation>
    </message>
    <message>
        <location line="-171"/>
        <source>Show subscriptions</source>
        <translation>表示する購読</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pending approval</source>
        <translation>承認待ち</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All subscriptions</source>
        <translation>すべての購読</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Reload</source>
        <translation>再読み込み(&amp;R)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reload subscriptions</source>
        <translation>購読を再読み込み</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Show:</source>
        <translation>表示(&amp;S):</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Subscriptions</source>
        <translation>購読</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Number of subscriptions</source>
        <translation>購読の数</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Approve selected</source>
        <translation>選択項目を承認</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deny selected</source>
        <translation>選択項目を却下</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Decision status</source>
        <translation>決定の状態</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>History</source>
        <translation>履歴</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Subscription history</source>
        <translation>購読の履歴</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>When</source>
        <translation>日時</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation>ステータス</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>By</source>
        <translation>実行者</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reason</source>
        <translation>理由</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>History of</source>
        <translation>履歴の対象</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Subscription approvals</source>
        <translation>購読の承認</translation>
    </message>
    <message>
        <location line="+100"/>
        <source>Your role (read-only admin) can see subscriptions but not decide them.</source>
        <translation>あなたのロール(読み取り専用管理者)は購読を閲覧できますが、決定はできません。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approve the selected subscriptions (Ctrl+click to select several).</source>
        <translation>選択した購読を承認します(Ctrl+クリックで複数選択)。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Deny the selected subscriptions, with a reason.</source>
        <translation>選択した購読を理由付きで却下します。</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>&amp;Approve %n</source>
        <translation>
            <numerusform>%n 件を承認(&amp;A)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>&amp;Deny %n…</source>
        <translation>
            <numerusform>%n 件を却下(&amp;D)…</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Loading subscriptions…</source>
        <translation>購読を読み込み中…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing waits for approval.</source>
        <translation>承認待ちはありません。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Showing %1 of %2 subscriptions</source>
        <translation>%2 件中 %1 件の購読を表示</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Select a subscription to see its history.</source>
        <translation>購読を選択すると履歴が表示されます。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 → %2: loading…</source>
        <translation>%1 → %2: 読み込み中…</translation>
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
        <translation>購読を却下</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Why are the %n selected subscription(s) denied?</source>
        <translation>
            <numerusform>選択した %n 件の購読を却下する理由は?</numerusform>
        </translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Deny</source>
        <translation>却下(&amp;D)</translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>Approving %n subscription(s)…</source>
        <translation>
            <numerusform>購読 %n 件を承認中…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Denying %n subscription(s)…</source>
        <translation>
            <numerusform>購読 %n 件を却下中…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+42"/>
        <source>Approved %n subscription(s).</source>
        <translation>
            <numerusform>購読 %n 件を承認しました。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Denied %n subscription(s).</source>
        <translation>
            <numerusform>購読 %n 件を却下しました。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/subscriptionspage.h" line="+33"/>
        <source>Approvals</source>
        <translation>承認</translation>
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
