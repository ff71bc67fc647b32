<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja">
<context>
    <name>QObject</name>
    <message>
        <location filename="../app/console/main.cpp" line="+65"/>
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
    <name>Tollgate::Models::AuditModel</name>
    <message>
        <location filename="../models/auditmodel.cpp" line="+105"/>
        <source>succeeded</source>
        <translation>成功</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>refused</source>
        <translation>拒否</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Time</source>
        <translation>日時</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Actor</source>
        <translation>実行者</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Target</source>
        <translation>対象</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Result</source>
        <translation>結果</translation>
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
        <translation>作成日時</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Backup</source>
        <translation>バックアップ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Size</source>
        <translation>サイズ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Database</source>
        <translation>データベース</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>By</source>
        <translation>作成者</translation>
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
    <name>Tollgate::Models::NotificationsModel</name>
    <message>
        <location filename="../models/notificationsmodel.cpp" line="+77"/>
        <source>Soft budget crossed</source>
        <translation>ソフト予算を超過</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Budget exhausted</source>
        <translation>予算を使い切りました</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Key expiring</source>
        <translation>キーの有効期限が近づいています</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Test alert</source>
        <translation>テストアラート</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Key %1</source>
        <translation>キー %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>User %1</source>
        <translation>ユーザー %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>System</source>
        <translation>システム</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 (of %2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Spend %1 reached the threshold %2</source>
        <translation>支出 %1 がしきい値 %2 に達しました</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Expires %1</source>
        <translation>有効期限 %1</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Read</source>
        <translation>既読</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Unread</source>
        <translation>未読</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Alert</source>
        <translation>アラート</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Subject</source>
        <translation>対象</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Time</source>
        <translation>日時</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>State</source>
        <translation>状態</translation>
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
        <location filename="../models/usersmodel.cpp" line="+62"/>
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
        <location filename="../ui/aboutpage.h" line="+21"/>
        <source>About</source>
        <translation>情報</translation>
    </message>
    <message>
        <location filename="../ui/aboutpage.cpp" line="+46"/>
        <source>unknown</source>
        <translation>不明</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>The desktop admin console of Tollgate, models-as-a-service for private AI.</source>
        <translation>Tollgate のデスクトップ管理コンソール（プライベート AI 向けモデル提供サービス）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Session storage</source>
        <translation>セッションの保存先</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Server address</source>
        <translation>サーバーのアドレス</translation>
    </message>
    <message>
        <location line="+3"/>
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
    <name>Tollgate::Ui::AuditPage</name>
    <message>
        <location filename="../ui/auditpage.cpp" line="+228"/>
        <source>&amp;From:</source>
        <translation>開始日(&amp;F):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;To:</source>
        <translation>終了日(&amp;T):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Export…</source>
        <translation>エクスポート(&amp;E)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Cancel export</source>
        <translation>エクスポートを中止(&amp;C)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filter by actor</source>
        <translation>実行者で絞り込む</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A username from the list, or a user id.</source>
        <translation>一覧のユーザー名、またはユーザー ID。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Anyone</source>
        <translation>全員</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filter by action</source>
        <translation>操作で絞り込む</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Any action, e.g. user. or key.create</source>
        <translation>すべての操作(例: user. や key.create)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Actions starting with this text.</source>
        <translation>この文字列で始まる操作。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filter by target type</source>
        <translation>対象の種類で絞り込む</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Any target</source>
        <translation>すべての対象</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filter by target id</source>
        <translation>対象 ID で絞り込む</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Target id</source>
        <translation>対象 ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From date</source>
        <translation>開始日</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To date (inclusive)</source>
        <translation>終了日(その日を含む)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Limit the start date</source>
        <translation>開始日で絞り込む</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Limit the end date</source>
        <translation>終了日で絞り込む</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search the audit log</source>
        <translation>監査ログを検索</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search names, actions, ids and changes</source>
        <translation>名前・操作・ID・変更内容を検索</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export the filtered entries</source>
        <translation>絞り込んだ項目をエクスポート</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saves the entries of these filters as CSV or JSON.</source>
        <translation>この条件の項目を CSV または JSON で保存します。</translation>
    </message>
    <message>
        <location line="-29"/>
        <source>&amp;Reload</source>
        <translation>再読み込み(&amp;R)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reload the audit log</source>
        <translation>監査ログを再読み込み</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ac&amp;tor:</source>
        <translation>実行者(&amp;T):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A&amp;ction:</source>
        <translation>操作(&amp;C):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tar&amp;get:</source>
        <translation>対象(&amp;G):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Search:</source>
        <translation>検索(&amp;S):</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Audit entries</source>
        <translation>監査項目</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Number of audit entries</source>
        <translation>監査項目の件数</translation>
    </message>
    <message>
        <location line="-25"/>
        <source>Entry</source>
        <translation>項目</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Selected entry</source>
        <translation>選択した項目</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changes before and after</source>
        <translation>変更前と変更後</translation>
    </message>
    <message>
        <location line="-26"/>
        <source>Field</source>
        <translation>項目名</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Before</source>
        <translation>変更前</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>After</source>
        <translation>変更後</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Export progress</source>
        <translation>エクスポートの進捗</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export status</source>
        <translation>エクスポートの状態</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel the export</source>
        <translation>エクスポートを中止</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>Loading audit entries…</source>
        <translation>監査項目を読み込み中…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Showing %1 of %2 entries</source>
        <translation>%2 件中 %1 件を表示</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Select an entry to see what changed.</source>
        <translation>項目を選択すると変更内容が表示されます。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 by %2</source>
        <translation>%2 による %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>(system)</source>
        <translation>(システム)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>When: %1</source>
        <translation>日時: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Target: %1</source>
        <translation>対象: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Result: succeeded</source>
        <translation>結果: 成功</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Result: refused</source>
        <translation>結果: 拒否</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>From address: %1</source>
        <translation>接続元アドレス: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Request id: %1</source>
        <translation>リクエスト ID: %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>added</source>
        <translation>追加</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>removed</source>
        <translation>削除</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>changed</source>
        <translation>変更</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>(no recorded data)</source>
        <translation>(記録されたデータなし)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV ファイル (*.csv)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>JSON files (*.json)</source>
        <translation>JSON ファイル (*.json)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export the audit log</source>
        <translation>監査ログをエクスポート</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Exporting to %1…</source>
        <translation>%1 へエクスポート中…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Exporting to %1… %2 entries (%3)</source>
        <translation>%1 へエクスポート中… %2 件 (%3)</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>Exported %n entries to %1.</source>
        <translation>
            <numerusform>%n 件を %1 にエクスポートしました。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The export was cancelled; no file was written.</source>
        <translation>エクスポートを中止しました。ファイルは書き込まれていません。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The export failed: %1</source>
        <translation>エクスポートに失敗しました: %1</translation>
    </message>
    <message>
        <location filename="../ui/auditpage.h" line="+42"/>
        <source>Audit log</source>
        <translation>監査ログ</translation>
    </message>
</context>
<context>
    <name>Tollgate::Ui::BackupsPage</name>
    <message>
        <location filename="../ui/backupspage.cpp" line="+166"/>
        <source>&amp;Back up now</source>
        <translation>今すぐバックアップ(&amp;B)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Do&amp;wnload…</source>
        <translation>ダウンロード(&amp;W)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Test restore</source>
        <translation>テスト復元(&amp;T)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;store…</source>
        <translation>復元(&amp;S)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Delete…</source>
        <translation>削除(&amp;D)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Cancel</source>
        <translation>キャンセル(&amp;C)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back up the whole store now</source>
        <translation>ストア全体を今すぐバックアップ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Download the selected backup</source>
        <translation>選択したバックアップをダウンロード</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Test-restore the selected backup</source>
        <translation>選択したバックアップをテスト復元</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restore the selected backup</source>
        <translation>選択したバックアップを復元</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the selected backup</source>
        <translation>選択したバックアップを削除</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>&amp;Reload</source>
        <translation>再読み込み(&amp;R)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reload backups</source>
        <translation>バックアップを再読み込み</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Backups</source>
        <translation>バックアップ</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>Details</source>
        <translation>詳細</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Selected backup</source>
        <translation>選択したバックアップ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Test-restore result</source>
        <translation>テスト復元の結果</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Test-restore report</source>
        <translation>テスト復元のレポート</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>Table</source>
        <translation>テーブル</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>At backup</source>
        <translation>バックアップ時</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Restored</source>
        <translation>復元後</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Match</source>
        <translation>一致</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;b&gt;Test-restore report&lt;/b&gt;</source>
        <translation>&lt;b&gt;テスト復元のレポート&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Operation progress</source>
        <translation>処理の進捗</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Backup status</source>
        <translation>バックアップの状態</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop following the operation</source>
        <translation>処理の追跡をやめる</translation>
    </message>
    <message>
        <location line="-47"/>
        <source>No longer following the operation; it goes on at the server.</source>
        <translation>処理の追跡をやめました。処理はサーバーで続行されます。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Loading backups…</source>
        <translation>バックアップを読み込み中…</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n backup(s).</source>
        <translation>
            <numerusform>バックアップ %n 件。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Your role (read-only admin) can see backups but not make, download, restore or delete them.</source>
        <translation>あなたのロール(読み取り専用管理者)はバックアップを閲覧できますが、作成・ダウンロード・復元・削除はできません。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A consistent copy of the whole store, made while the server runs.</source>
        <translation>サーバーの稼働中に作成される、ストア全体の一貫したコピー。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Restores into a scratch database and checks it; the live data is not touched.</source>
        <translation>一時データベースに復元して検証します。稼働中のデータには触れません。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replaces all live data with this backup (asks first).</source>
        <translation>稼働中のすべてのデータをこのバックアップで置き換えます(事前に確認します)。</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>No backups yet.</source>
        <translation>バックアップはまだありません。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select a backup.</source>
        <translation>バックアップを選択してください。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Backup: %1</source>
        <translation>バックアップ: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Created: %1 by %2</source>
        <translation>作成: %1(%2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Size: %1 (%2)</source>
        <translation>サイズ: %1 (%2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Schema version: %1</source>
        <translation>スキーマのバージョン: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 rows in %2 tables</source>
        <translation>%2 テーブルに %1 行</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SHA-256: %1…</source>
        <translation>SHA-256: %1…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>SHA-256: %1</source>
        <translation>SHA-256: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Not tested in this session. &lt;i&gt;Test restore&lt;/i&gt; restores it into a scratch database and compares every table.</source>
        <translation>このセッションではまだテストしていません。&lt;i&gt;テスト復元&lt;/i&gt;は一時データベースに復元し、すべてのテーブルを比較します。</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Cancelled.</source>
        <translation>キャンセルしました。</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Starting a backup…</source>
        <translation>バックアップを開始中…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Backing up to %1…</source>
        <translation>%1 へバックアップ中…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Backup %1 is ready.</source>
        <translation>バックアップ %1 が完了しました。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Starting a test restore of %1…</source>
        <translation>%1 のテスト復元を開始中…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Test restore of %1 running…</source>
        <translation>%1 のテスト復元を実行中…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Restoring %1 into a scratch database…</source>
        <translation>%1 を一時データベースに復元中…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The test restore succeeded.</source>
        <translation>テスト復元に成功しました。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The test restore found problems; see the report.</source>
        <translation>テスト復元で問題が見つかりました。レポートを確認してください。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&lt;b style=&quot;color:#2e7d32&quot;&gt;Verified&lt;/b&gt;: the backup restores completely.</source>
        <translation>&lt;b style=&quot;color:#2e7d32&quot;&gt;検証済み&lt;/b&gt;: バックアップは完全に復元できます。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;b style=&quot;color:#c62828&quot;&gt;Problems found&lt;/b&gt;: do not rely on this backup.</source>
        <translation>&lt;b style=&quot;color:#c62828&quot;&gt;問題あり&lt;/b&gt;: このバックアップに頼らないでください。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Integrity check: %1</source>
        <translation>整合性チェック: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Row counts: all tables match the manifest.</source>
        <translation>行数: すべてのテーブルがマニフェストと一致します。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Row counts: some tables differ from the manifest.</source>
        <translation>行数: マニフェストと異なるテーブルがあります。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Schema version: %1 at backup, %2 restored, %3 live</source>
        <translation>スキーマのバージョン: バックアップ時 %1、復元後 %2、稼働中 %3</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>yes</source>
        <translation>はい</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>NO</source>
        <translation>いいえ</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Save backup %1</source>
        <translation>バックアップ %1 を保存</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Downloading %1…</source>
        <translation>%1 をダウンロード中…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Downloading… %1 of %2</source>
        <translation>ダウンロード中… %2 中 %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Saved to %1.</source>
        <translation>%1 に保存しました。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Delete backup</source>
        <translation>バックアップの削除</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete backup %1? Its file is removed from the server; this cannot be undone.</source>
        <translation>バックアップ %1 を削除しますか?ファイルはサーバーから削除され、元に戻せません。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Delete backup</source>
        <translation>バックアップを削除(&amp;D)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the backup for good</source>
        <translation>バックアップを完全に削除</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Deleting %1…</source>
        <translation>%1 を削除中…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Backup %1 deleted.</source>
        <translation>バックアップ %1 を削除しました。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Preparing the restore of %1…</source>
        <translation>%1 の復元を準備中…</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Backup %1 is restored. The data it replaced is kept in the safety backup %2 (restore that one to undo). Sessions made after the backup have ended; sign in again if asked.</source>
        <translation>バックアップ %1 を復元しました。置き換えられたデータは安全用バックアップ %2 に保存されています（元に戻すにはそれを復元してください）。バックアップ後に開始したセッションは終了しました。求められたら再度サインインしてください。</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Another restore is running on the server. Nothing was changed; wait for it to end, then choose Restore again.</source>
        <translation>サーバーで別の復元が実行中です。何も変更されていません。終了を待ってから、もう一度［復元］を選んでください。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The confirmation has expired (it lasts 5 minutes). Nothing was changed; choose Restore again.</source>
        <translation>確認の有効期限が切れました（有効期間は 5 分）。何も変更されていません。もう一度［復元］を選んでください。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server no longer knows this confirmation (already used, or the server restarted). Nothing was changed; choose Restore again.</source>
        <translation>サーバーはこの確認を認識できません（使用済み、またはサーバーが再起動しました）。何も変更されていません。もう一度［復元］を選んでください。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This confirmation was issued to another admin. Nothing was changed.</source>
        <translation>この確認は別の管理者に発行されたものです。何も変更されていません。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This confirmation is for another backup. Nothing was changed; choose Restore again.</source>
        <translation>この確認は別のバックアップ用です。何も変更されていません。もう一度［復元］を選んでください。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The restore was not confirmed. Nothing was changed.</source>
        <translation>復元が確認されていません。何も変更されていません。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This backup was made from another kind of database and cannot be restored here. Nothing was changed.</source>
        <translation>このバックアップは別の種類のデータベースのもので、ここには復元できません。何も変更されていません。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This backup was made by another version of Tollgate (another schema version) and cannot be restored here. Nothing was changed.</source>
        <translation>このバックアップは別のバージョンの Tollgate（別のスキーマバージョン）で作成されたため、ここには復元できません。何も変更されていません。</translation>
    </message>
    <message>
        <location line="-72"/>
        <source>Confirm the restore of %1.</source>
        <translation>%1 の復元を確認してください。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Restore cancelled; nothing changed.</source>
        <translation>復元をキャンセルしました。何も変更されていません。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Restoring %1…</source>
        <translation>%1 を復元中…</translation>
    </message>
    <message>
        <location filename="../ui/backupspage.h" line="+43"/>
        <source>Backup &amp; restore</source>
        <translation>バックアップと復元</translation>
    </message>
</context>
<context>
    <name>Tollgate::Ui::BannersPage</name>
    <message>
        <location filename="../ui/bannerspage.cpp" line="+38"/>
        <source>Information</source>
        <translation>情報</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Danger</source>
        <translation>危険</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Success</source>
        <translation>成功</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Plain</source>
        <translation>標準</translation>
    </message>
    <message>
        <location line="+162"/>
        <source>&amp;New banner</source>
        <translation>新しいバナー(&amp;N)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Reload</source>
        <translation>再読み込み(&amp;R)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Banner</source>
        <translation>バナー</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Users may &amp;dismiss it</source>
        <translation>ユーザーが閉じられる(&amp;D)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add &amp;language</source>
        <translation>言語を追加(&amp;L)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Save banner</source>
        <translation>バナーを保存(&amp;S)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+168"/>
        <source>&amp;Activate</source>
        <translation>有効にする(&amp;A)</translation>
    </message>
    <message>
        <location line="-167"/>
        <source>Dele&amp;te…</source>
        <translation>削除(&amp;T)…</translation>
    </message>
    <message>
        <location line="-20"/>
        <source>State</source>
        <translation>状態</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+26"/>
        <source>Variant</source>
        <translation>種類</translation>
    </message>
    <message>
        <location line="-26"/>
        <source>Text (English)</source>
        <translation>テキスト（英語）</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Languages</source>
        <translation>言語</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+26"/>
        <source>Dismissible</source>
        <translation>閉じられる</translation>
    </message>
    <message>
        <location line="-26"/>
        <source>Changed</source>
        <translation>変更日時</translation>
    </message>
    <message>
        <location line="+20"/>
        <location filename="../ui/bannerspage.h" line="+38"/>
        <source>Banners</source>
        <translation>バナー</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New banner</source>
        <translation>新しいバナー</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reload banners</source>
        <translation>バナーを再読み込み</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Number of banners</source>
        <translation>バナーの数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Banner being edited</source>
        <translation>編集中のバナー</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Language to add</source>
        <translation>追加する言語</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A language tag such as fr, de or pt-br.</source>
        <translation>fr、de、pt-br などの言語タグ。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add language</source>
        <translation>言語を追加</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Schedule</source>
        <translation>スケジュール</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save banner</source>
        <translation>バナーを保存</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Activate or deactivate banner</source>
        <translation>バナーを有効化または無効化</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+294"/>
        <source>Delete banner</source>
        <translation>バナーを削除</translation>
    </message>
    <message>
        <location line="-293"/>
        <source>Banner status</source>
        <translation>バナーの状態</translation>
    </message>
    <message>
        <location line="-33"/>
        <source>&amp;Variant:</source>
        <translation>種類(&amp;V):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Text per language</source>
        <translation>言語ごとのテキスト</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>English is required: users whose language has no text see it.</source>
        <translation>英語は必須です。自分の言語のテキストがないユーザーには英語が表示されます。</translation>
    </message>
    <message>
        <location line="-24"/>
        <source>“%1” is not a language tag (like fr or pt-br).</source>
        <translation>「%1」は言語タグではありません（fr や pt-br など）。</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>Loading banners…</source>
        <translation>バナーを読み込み中…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The banners could not be loaded: %1</source>
        <translation>バナーを読み込めませんでした: %1</translation>
    </message>
    <message>
        <location line="+162"/>
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
        <source>yes</source>
        <translation>はい</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no</source>
        <translation>いいえ</translation>
    </message>
    <message numerus="yes">
        <location line="-212"/>
        <location line="+93"/>
        <source>%n banner(s)</source>
        <translation>
            <numerusform>%n 件のバナー</numerusform>
        </translation>
    </message>
    <message>
        <location line="+75"/>
        <source>&lt;b&gt;New banner&lt;/b&gt; (created inactive)</source>
        <translation>&lt;b&gt;新しいバナー&lt;/b&gt;（無効の状態で作成）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;b&gt;Active banner&lt;/b&gt;</source>
        <translation>&lt;b&gt;有効なバナー&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;b&gt;Inactive banner&lt;/b&gt;</source>
        <translation>&lt;b&gt;無効なバナー&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Shown from %1 until %2.</source>
        <translation>%1 から %2 まで表示。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>now</source>
        <translation>現在</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>further notice</source>
        <translation>別途通知</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>De&amp;activate</source>
        <translation>無効にする(&amp;A)</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Text in %1</source>
        <translation>%1 のテキスト</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove</source>
        <translation>削除</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove %1</source>
        <translation>%1 を削除</translation>
    </message>
    <message>
        <location line="+85"/>
        <source>Write the English text first: it is shown to everyone whose language has none.</source>
        <translation>まず英語のテキストを入力してください。自分の言語のテキストがない全員に表示されます。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Banner created (inactive).</source>
        <translation>バナーを作成しました（無効）。</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Banner saved.</source>
        <translation>バナーを保存しました。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Banner deactivated.</source>
        <translation>バナーを無効にしました。</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Banner activated; any other active banner was deactivated.</source>
        <translation>バナーを有効にしました。他の有効なバナーは無効になりました。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Delete this banner with all its texts? This cannot be undone.</source>
        <translation>このバナーをすべてのテキストとともに削除しますか？元に戻せません。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Delete</source>
        <translation>削除</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Banner deleted.</source>
        <translation>バナーを削除しました。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Saving…</source>
        <translation>保存中…</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Another admin changed this banner after you opened it, so it was not saved. Reload to see their version, then make your change again.</source>
        <translation>あなたが開いた後に別の管理者がこのバナーを変更したため、保存されませんでした。再読み込みして相手の版を確認し、もう一度変更してください。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Your role (read-only admin) can see banners but not change them.</source>
        <translation>あなたのロール（読み取り専用管理者）はバナーを閲覧できますが、変更はできません。</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The English text is required.</source>
        <translation>英語のテキストは必須です。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save the banner first.</source>
        <translation>先にバナーを保存してください。</translation>
    </message>
</context>
<context>
    <name>Tollgate::Ui::BrandingPage</name>
    <message>
        <location filename="../ui/brandingpage.cpp" line="+38"/>
        <source>Login logo</source>
        <translation>ログインロゴ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Header logo (light)</source>
        <translation>ヘッダーロゴ（ライト）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Header logo (dark)</source>
        <translation>ヘッダーロゴ（ダーク）</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The file is empty.</source>
        <translation>ファイルが空です。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The file has %1; the server takes images of at most 2 MB.</source>
        <translation>ファイルは %1 です。サーバーが受け付ける画像は 2 MB までです。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>This is not a PNG, JPEG or SVG image.</source>
        <translation>PNG、JPEG、SVG のいずれの画像でもありません。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The image cannot be read; the file may be damaged.</source>
        <translation>画像を読み取れません。ファイルが壊れている可能性があります。</translation>
    </message>
    <message>
        <location line="+162"/>
        <source>&amp;Save branding</source>
        <translation>ブランディングを保存(&amp;S)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;vert</source>
        <translation>元に戻す(&amp;V)</translation>
    </message>
    <message>
        <location line="-25"/>
        <source>Title</source>
        <translation>タイトル</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Subtitle</source>
        <translation>サブタイトル</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Footer</source>
        <translation>フッター</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>At most %1 characters.</source>
        <translation>最大 %1 文字。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Texts</source>
        <translation>テキスト</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Title:</source>
        <translation>タイトル(&amp;T):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;ubtitle:</source>
        <translation>サブタイトル(&amp;U):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Footer:</source>
        <translation>フッター(&amp;F):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Logos</source>
        <translation>ロゴ</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 thumbnail</source>
        <translation>%1 のサムネイル</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 status</source>
        <translation>%1 の状態</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose…</source>
        <translation>選択…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose %1</source>
        <translation>%1 を選択</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove</source>
        <translation>削除</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove %1</source>
        <translation>%1 を削除</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>PNG, JPEG or SVG, at most 2 MB. The dark header uses the light logo when it has none of its own.</source>
        <translation>PNG、JPEG、SVG、最大 2 MB。ダークのヘッダーに専用のロゴがない場合はライトのロゴを使います。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Branding status</source>
        <translation>ブランディングの状態</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save branding</source>
        <translation>ブランディングを保存</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Revert branding changes</source>
        <translation>ブランディングの変更を元に戻す</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Preview of the login screen</source>
        <translation>ログイン画面のプレビュー</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Light</source>
        <translation>ライト</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dark</source>
        <translation>ダーク</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Loading the branding…</source>
        <translation>ブランディングを読み込み中…</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+52"/>
        <source>Loading the logos…</source>
        <translation>ロゴを読み込み中…</translation>
    </message>
    <message>
        <location line="-48"/>
        <source>The branding could not be loaded: %1</source>
        <translation>ブランディングを読み込めませんでした: %1</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>loading…</source>
        <translation>読み込み中…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The image could not be loaded: %1</source>
        <translation>画像を読み込めませんでした: %1</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Removed when you save.</source>
        <translation>保存時に削除されます。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New image (%1), uploaded when you save.</source>
        <translation>新しい画像（%1）。保存時にアップロードされます。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Saved image (%1).</source>
        <translation>保存済みの画像（%1）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No image.</source>
        <translation>画像なし。</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Choose the %1</source>
        <translation>%1 を選択</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Images (*.png *.jpg *.jpeg *.svg)</source>
        <translation>画像 (*.png *.jpg *.jpeg *.svg)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>All files (*)</source>
        <translation>すべてのファイル (*)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 has %2; the server takes images of at most 2 MB.</source>
        <translation>%1 は %2 です。サーバーが受け付ける画像は 2 MB までです。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 cannot be read: %2</source>
        <translation>%1 を読み取れません: %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 was not taken: %2</source>
        <translation>%1 は使用できません: %2</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Saving…</source>
        <translation>保存中…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Branding saved.</source>
        <translation>ブランディングを保存しました。</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Another admin changed the branding after you loaded it, so your changes were not all saved. Your edits are still here: note them, press Revert to load the current branding, then make them again.</source>
        <translation>読み込み後に別の管理者がブランディングを変更したため、変更の一部が保存されませんでした。編集内容はまだここにあります。控えてから「元に戻す」で現在のブランディングを読み込み、もう一度変更してください。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Saving failed: %1</source>
        <translation>保存に失敗しました: %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Your role (read-only admin) can see the branding but not change it.</source>
        <translation>あなたのロール（読み取り専用管理者）はブランディングを閲覧できますが、変更はできません。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Nothing has changed.</source>
        <translation>変更はありません。</translation>
    </message>
    <message>
        <location filename="../ui/brandingpage.h" line="+37"/>
        <source>Branding</source>
        <translation>ブランディング</translation>
    </message>
</context>
<context>
    <name>Tollgate::Ui::ConnectPage</name>
    <message>
        <location filename="../ui/connectpage.cpp" line="+84"/>
        <source>&amp;Connect</source>
        <translation>接続(&amp;C)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Trust this certificate</source>
        <translation>この証明書を信頼(&amp;T)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Server address</source>
        <translation>サーバーのアドレス</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connection status</source>
        <translation>接続状態</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accept this exact certificate for this server from now on.</source>
        <translation>今後、このサーバーについてこの証明書を受け入れます。</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>&lt;h2&gt;Tollgate&lt;/h2&gt;&lt;p&gt;Connect to a Tollgate server.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Tollgate&lt;/h2&gt;&lt;p&gt;Tollgate サーバーに接続します。&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Server:</source>
        <translation>サーバー(&amp;S):</translation>
    </message>
    <message>
        <location line="+34"/>
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
        <location filename="../ui/keydialogs.cpp" line="+198"/>
        <location line="+6"/>
        <location line="+4"/>
        <location line="+5"/>
        <source>policy default</source>
        <translation>ポリシーの既定値</translation>
    </message>
    <message>
        <location line="-14"/>
        <location line="+7"/>
        <source>At most %1 (key policy).</source>
        <translation>最大 %1(キーポリシー)。</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>Requests per minute</source>
        <translation>1 分あたりのリクエスト数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tokens per minute</source>
        <translation>1 分あたりのトークン数</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>&amp;Create key</source>
        <translation>キーを作成(&amp;C)</translation>
    </message>
    <message>
        <location line="-13"/>
        <location line="+1"/>
        <source>New API key</source>
        <translation>新しい API キー</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search users</source>
        <translation>ユーザーを検索</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search owners</source>
        <translation>所有者を検索</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Owner</source>
        <translation>所有者</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Key name</source>
        <translation>キー名</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. CI pipeline</source>
        <translation>例: CI パイプライン</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Models</source>
        <translation>モデル</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Maximum budget</source>
        <translation>最大予算</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>policy default (%1)</source>
        <translation>ポリシーの既定値(%1)</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>Budget period</source>
        <translation>予算期間</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>daily</source>
        <translation>毎日</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>weekly</source>
        <translation>毎週</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>monthly</source>
        <translation>毎月</translation>
    </message>
    <message>
        <location line="-20"/>
        <source>Expires in days</source>
        <translation>有効日数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> days</source>
        <translation> 日</translation>
    </message>
    <message numerus="yes">
        <location line="+22"/>
        <source>policy default (%n day(s))</source>
        <translation>
            <numerusform>ポリシーの既定値(%n 日)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>At most %n day(s) (key policy).</source>
        <translation>
            <numerusform>最大 %n 日(キーポリシー)。</numerusform>
        </translation>
    </message>
    <message>
        <location line="-25"/>
        <source>Dialog status</source>
        <translation>ダイアログの状態</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Create key</source>
        <translation>キーを作成</translation>
    </message>
    <message>
        <location line="-23"/>
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
        <location line="+1"/>
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
        <location line="+75"/>
        <source>Loading users…</source>
        <translation>ユーザーを読み込み中…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>No active user matches.</source>
        <translation>一致する有効なユーザーはいません。</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Loading the owner&apos;s subscriptions…</source>
        <translation>所有者の購読を読み込み中…</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>%1 has no active subscription: the key will not reach any model until they subscribe.</source>
        <translation>%1 には有効な購読がありません。購読するまで、このキーはどのモデルにも届きません。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>None checked: every model %1 is subscribed to.</source>
        <translation>未選択: %1 が購読しているすべてのモデル。</translation>
    </message>
    <message>
        <location line="+7"/>
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
        <location filename="../ui/dashboardpage.h" line="+40"/>
        <source>Dashboard</source>
        <translation>ダッシュボード</translation>
    </message>
    <message>
        <location filename="../ui/dashboardpage.cpp" line="+190"/>
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
        <location line="+24"/>
        <source>&amp;Refresh</source>
        <translation>更新(&amp;R)</translation>
    </message>
    <message>
        <location line="-23"/>
        <source>Usage</source>
        <translation>使用量</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Today</source>
        <translation>今日</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This month</source>
        <translation>今月</translation>
    </message>
    <message>
        <location line="-36"/>
        <source>Requests</source>
        <translation>リクエスト</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tokens</source>
        <translation>トークン</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cost</source>
        <translation>コスト</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Active users</source>
        <translation>アクティブユーザー</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Failed requests</source>
        <translation>失敗したリクエスト</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Success rate</source>
        <translation>成功率</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>%1 today</source>
        <translation>今日の%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 this month</source>
        <translation>今月の%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Operations</source>
        <translation>運用</translation>
    </message>
    <message>
        <location line="-32"/>
        <source>Pending approvals:</source>
        <translation>承認待ち:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Pending approvals</source>
        <translation>承認待ち</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enabled models:</source>
        <translation>有効なモデル:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Enabled models</source>
        <translation>有効なモデル</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enabled deployments:</source>
        <translation>有効なデプロイメント:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Enabled deployments</source>
        <translation>有効なデプロイメント</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Upstream errors since the server started:</source>
        <translation>サーバー起動以降のアップストリームエラー:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Upstream errors since the server started</source>
        <translation>サーバー起動以降のアップストリームエラー</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shared limits:</source>
        <translation>共有の制限:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Shared limits</source>
        <translation>共有の制限</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>You</source>
        <translation>あなた</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signed in as:</source>
        <translation>サインイン中:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Roles:</source>
        <translation>ロール:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Server</source>
        <translation>サーバー</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address:</source>
        <translation>アドレス:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Readiness:</source>
        <translation>準備状態:</translation>
    </message>
    <message>
        <location line="-32"/>
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
        <location line="+34"/>
        <source>Refresh dashboard</source>
        <translation>ダッシュボードを更新</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Automatic refresh</source>
        <translation>自動更新</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No automatic refresh</source>
        <translation>自動更新なし</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Every 30 seconds</source>
        <translation>30 秒ごと</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Every minute</source>
        <translation>1 分ごと</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every 5 minutes</source>
        <translation>5 分ごと</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Last refresh</source>
        <translation>最終更新</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Updating…</source>
        <translation>更新中…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>checking…</source>
        <translation>確認中…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>ready</source>
        <translation>準備完了</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Everyone&apos;s usage (UTC days).</source>
        <translation>全員の使用量（UTC の日付）。</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Your own usage (UTC days).</source>
        <translation>あなた自身の使用量（UTC の日付）。</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Updated %1</source>
        <translation>%1 に更新</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>%1 %</source>
        <comment>percentage</comment>
        <translation>%1%</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no requests</source>
        <translation>リクエストなし</translation>
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
        <translation>%2 件中 %1 件</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No enabled model has an enabled deployment: requests to the gateway will fail.</source>
        <translation>有効なデプロイメントを持つ有効なモデルがありません。ゲートウェイへのリクエストは失敗します。</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>degraded: Redis is unreachable, each replica enforces its share alone</source>
        <translation>低下: Redis に到達できないため、各レプリカが自分の割り当てを単独で適用しています</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>working</source>
        <translation>正常</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>loading…</source>
        <translation>読み込み中…</translation>
    </message>
    <message>
        <location line="-167"/>
        <location line="+187"/>
        <source>unavailable</source>
        <translation>利用不可</translation>
    </message>
</context>
<context>
    <name>Tollgate::Ui::DeploymentDialog</name>
    <message>
        <location filename="../ui/modeldialogs.cpp" line="+76"/>
        <source>Add deployment to %1</source>
        <translation>%1 にデプロイを追加</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Base URL</source>
        <translation>ベース URL</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Served name</source>
        <translation>提供名</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Upstream API key</source>
        <translation>アップストリームの API キー</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>optional; stored encrypted, never shown again</source>
        <translation>任意。暗号化して保存され、再表示されません</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Weight</source>
        <translation>重み</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dialog status</source>
        <translation>ダイアログの状態</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>&amp;Add</source>
        <translation>追加(&amp;A)</translation>
    </message>
    <message>
        <location line="-4"/>
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
        <location line="+25"/>
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
    <name>Tollgate::Ui::EditKeyDialog</name>
    <message>
        <location filename="../ui/keydialogs.cpp" line="+103"/>
        <source>Edit key “%1”</source>
        <translation>キー「%1」を編集</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit API key</source>
        <translation>API キーを編集</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Name:</source>
        <translation>名前(&amp;N):</translation>
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
        <location line="+1"/>
        <source>&amp;Parallel:</source>
        <translation>並列(&amp;P):</translation>
    </message>
    <message>
        <location line="+1"/>
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
        <source>Key name</source>
        <translation>キー名</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Requests per minute</source>
        <translation>1 分あたりのリクエスト</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tokens per minute</source>
        <translation>1 分あたりのトークン</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Parallel requests</source>
        <translation>並列リクエスト</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>no limit</source>
        <translation>制限なし</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+5"/>
        <source>At most %1 (key policy).</source>
        <translation>最大 %1(キーのポリシー)。</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Maximum budget</source>
        <translation>最大予算</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no budget</source>
        <translation>予算なし</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Budget period</source>
        <translation>予算の期間</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>never resets</source>
        <translation>リセットしない</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>daily</source>
        <translation>毎日</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>weekly</source>
        <translation>毎週</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>monthly</source>
        <translation>毎月</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Expires in days</source>
        <translation>有効期限(日数)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> days</source>
        <translation> 日</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unchanged (%1)</source>
        <translation>変更なし(%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unchanged</source>
        <translation>変更なし</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Days from now; at most %n (key policy).</source>
        <translation>
            <numerusform>今日からの日数。最大 %n 日(キーのポリシー)。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Days from now.</source>
        <translation>今日からの日数。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ne&amp;ver expires</source>
        <translation>無期限(&amp;V)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Never expires</source>
        <translation>無期限</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>The key policy wants every key to expire within %n day(s).</source>
        <translation>
            <numerusform>キーのポリシーにより、すべてのキーは %n 日以内に期限切れになる必要があります。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Dialog status</source>
        <translation>ダイアログの状態</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Save changes</source>
        <translation>変更を保存(&amp;S)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save key</source>
        <translation>キーを保存</translation>
    </message>
    <message>
        <location line="+40"/>
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
        <source>At most %1 requests per minute.</source>
        <translation>1 分あたり最大 %1 リクエストです。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>At most %1 tokens per minute.</source>
        <translation>1 分あたり最大 %1 トークンです。</translation>
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
        <source>Nothing has changed.</source>
        <translation>変更はありません。</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Saving the key…</source>
        <translation>キーを保存中…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Someone changed this key after you opened it, so nothing was saved. Close this dialog and open it again to see the current values.</source>
        <translation>開いた後に誰かがこのキーを変更したため、何も保存されませんでした。このダイアログを閉じて開き直し、現在の値を確認してください。</translation>
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
        <location line="+3"/>
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
        <location line="+4"/>
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
    <message>
        <location line="-39"/>
        <source>The file cannot be written: %1</source>
        <translation>ファイルに書き込めません: %1</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>The operation failed at the server.</source>
        <translation>サーバーで処理に失敗しました。</translation>
    </message>
</context>
<context>
    <name>Tollgate::Ui::KeysPage</name>
    <message>
        <location filename="../ui/keyspage.cpp" line="+135"/>
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
        <location line="-13"/>
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
        <location line="+1"/>
        <source>Filter by state</source>
        <translation>状態で絞り込み</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All states</source>
        <translation>すべての状態</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Active</source>
        <translation>有効</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Expired</source>
        <translation>期限切れ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Revoked</source>
        <translation>失効</translation>
    </message>
    <message>
        <location line="+0"/>
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
        <location line="+1"/>
        <location filename="../ui/keyspage.h" line="+33"/>
        <source>API keys</source>
        <translation>API キー</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Number of keys</source>
        <translation>キーの数</translation>
    </message>
    <message>
        <location line="+4"/>
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
        <location line="+121"/>
        <source>Revoke key</source>
        <translation>キーを失効</translation>
    </message>
    <message>
        <location line="-120"/>
        <source>&amp;Edit…</source>
        <translation>編集(&amp;E)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit key</source>
        <translation>キーを編集</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Delete…</source>
        <translation>削除(&amp;D)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+157"/>
        <source>Delete key</source>
        <translation>キーを削除</translation>
    </message>
    <message>
        <location line="-156"/>
        <source>Key status</source>
        <translation>キーの状態</translation>
    </message>
    <message>
        <location line="+25"/>
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
        <location line="+20"/>
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
        <location line="+2"/>
        <source>Change the selected key&apos;s name, limits, budget or expiry, within the key policy.</source>
        <translation>キーのポリシーの範囲内で、選択したキーの名前・制限・予算・有効期限を変更します。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Delete the selected key: whoever holds it loses access at once.</source>
        <translation>選択したキーを削除します。キーを持つ人はすぐにアクセスできなくなります。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Key “%1” created.</source>
        <translation>キー「%1」を作成しました。</translation>
    </message>
    <message>
        <location line="+27"/>
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
        <location line="+20"/>
        <source>Key “%1” saved.</source>
        <translation>キー「%1」を保存しました。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Delete the key “%1” (%2) of %3?</source>
        <translation>%3 のキー「%1」(%2)を削除しますか?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Whoever holds it loses access at once: every request with it is refused from now on. The key leaves this list; this cannot be undone.</source>
        <translation>キーを持つ人はすぐにアクセスできなくなり、今後このキーを使ったリクエストはすべて拒否されます。キーはこの一覧から消え、元に戻せません。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Delete “%1”</source>
        <translation>「%1」を削除(&amp;D)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Confirm delete</source>
        <translation>削除を確認</translation>
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
        <location line="+14"/>
        <source>Revoking “%1”…</source>
        <translation>「%1」を失効中…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>“%1” is revoked.</source>
        <translation>「%1」を失効しました。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Deleting “%1”…</source>
        <translation>「%1」を削除中…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>“%1” is deleted.</source>
        <translation>「%1」を削除しました。</translation>
    </message>
</context>
<context>
    <name>Tollgate::Ui::LoginPreview</name>
    <message>
        <location filename="../ui/loginpreview.cpp" line="+116"/>
        <source>Sign in</source>
        <translation>サインイン</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Login screen preview, light</source>
        <translation>ログイン画面のプレビュー（ライト）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Login screen preview, dark</source>
        <translation>ログイン画面のプレビュー（ダーク）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Header logo preview</source>
        <translation>ヘッダーロゴのプレビュー</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Login logo preview</source>
        <translation>ログインロゴのプレビュー</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title preview</source>
        <translation>タイトルのプレビュー</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Subtitle preview</source>
        <translation>サブタイトルのプレビュー</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Footer preview</source>
        <translation>フッターのプレビュー</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Username</source>
        <translation>ユーザー名</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Password</source>
        <translation>パスワード</translation>
    </message>
</context>
<context>
    <name>Tollgate::Ui::MainWindow</name>
    <message>
        <location filename="../ui/mainwindow.cpp" line="+121"/>
        <source>Tollgate Console</source>
        <translation>Tollgate コンソール</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pages</source>
        <translation>ページ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last message</source>
        <translation>最新のメッセージ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Requests in flight</source>
        <translation>処理中のリクエスト</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Working</source>
        <translation>処理中</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Session storage</source>
        <translation>セッションの保存先</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Session</source>
        <translation>セッション(&amp;S)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign &amp;out</source>
        <translation>サインアウト(&amp;O)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Quit</source>
        <translation>終了(&amp;Q)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Go</source>
        <translation>移動(&amp;G)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Refresh page</source>
        <translation>ページを更新(&amp;R)</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>The previous session could not be resumed: %1</source>
        <translation>前回のセッションを再開できませんでした: %1</translation>
    </message>
    <message>
        <location line="+98"/>
        <source>Signed in as %1</source>
        <translation>%1 としてサインイン中</translation>
    </message>
    <message>
        <location line="-56"/>
        <source>Signed out.</source>
        <translation>サインアウトしました。</translation>
    </message>
    <message numerus="yes">
        <location line="+70"/>
        <source>%n request(s) in flight</source>
        <translation>
            <numerusform>処理中のリクエスト %n 件</numerusform>
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
            <numerusform>%1、未読 %n 件</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Tollgate::Ui::ModelSyncDialog</name>
    <message>
        <location filename="../ui/modeldialogs.cpp" line="+65"/>
        <source>&amp;Preview</source>
        <translation>プレビュー(&amp;P)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sync models from upstream</source>
        <translation>アップストリームからモデルを同期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Upstream base URL</source>
        <translation>アップストリームのベース URL</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Upstream API key</source>
        <translation>アップストリームの API キー</translation>
    </message>
    <message>
        <location line="+1"/>
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
        <location line="-9"/>
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
        <location line="+10"/>
        <source>Dialog status</source>
        <translation>ダイアログの状態</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>&amp;Apply checked</source>
        <translation>チェックした項目を適用(&amp;A)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Apply changes</source>
        <translation>変更を適用</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>&amp;Base URL:</source>
        <translation>ベース URL(&amp;B):</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>API &amp;key:</source>
        <translation>API キー(&amp;K):</translation>
    </message>
    <message>
        <location line="+28"/>
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
        <location line="+163"/>
        <source>S&amp;ync from upstream…</source>
        <translation>アップストリームから同期(&amp;Y)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Details</source>
        <translation>詳細</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Restricted: subscribing needs approval</source>
        <translation>制限付き(&amp;R): 購読には承認が必要</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Enabled: the gateway serves it</source>
        <translation>有効(&amp;E): ゲートウェイが提供</translation>
    </message>
    <message>
        <location line="+1"/>
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
        <location line="+1"/>
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
        <location line="-12"/>
        <source>Re&amp;load</source>
        <translation>再読み込み(&amp;L)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reload models</source>
        <translation>モデルを再読み込み</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Sync from upstream</source>
        <translation>アップストリームから同期</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../ui/modelspage.h" line="+37"/>
        <source>Models</source>
        <translation>モデル</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Number of models</source>
        <translation>モデルの数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Selected model</source>
        <translation>選択したモデル</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Capabilities</source>
        <translation>機能</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Prices</source>
        <translation>価格</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restricted</source>
        <translation>制限付き</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enabled</source>
        <translation>有効</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change status</source>
        <translation>変更の状態</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deployments</source>
        <translation>デプロイ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add deployment</source>
        <translation>デプロイを追加</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+194"/>
        <source>Remove deployment</source>
        <translation>デプロイを削除</translation>
    </message>
    <message>
        <location line="-193"/>
        <source>Test connection</source>
        <translation>接続をテスト</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deployment status</source>
        <translation>デプロイの状態</translation>
    </message>
    <message>
        <location line="-24"/>
        <source>&lt;b&gt;Deployments&lt;/b&gt;</source>
        <translation>&lt;b&gt;デプロイ&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+69"/>
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
    <name>Tollgate::Ui::NotificationsPage</name>
    <message>
        <location filename="../ui/notificationspage.cpp" line="+36"/>
        <source>Pending</source>
        <translation>保留中</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delivered</source>
        <translation>配信済み</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Failed</source>
        <translation>失敗</translation>
    </message>
    <message>
        <location line="+141"/>
        <source>&amp;Unread only</source>
        <translation>未読のみ(&amp;U)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Mark read</source>
        <translation>既読にする(&amp;M)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark &amp;all read</source>
        <translation>すべて既読にする(&amp;A)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+9"/>
        <source>Webhook deliveries</source>
        <translation>Webhook 配信</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Re&amp;load deliveries</source>
        <translation>配信を再読み込み(&amp;L)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send &amp;test alert</source>
        <translation>テストアラートを送信(&amp;T)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Whose alerts</source>
        <translation>誰のアラート</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>My alerts</source>
        <translation>自分のアラート</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Everyone&apos;s alerts</source>
        <translation>全員のアラート</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Unread only</source>
        <translation>未読のみ</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>&amp;Reload</source>
        <translation>再読み込み(&amp;R)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reload notifications</source>
        <translation>通知を再読み込み</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Mark selected read</source>
        <translation>選択を既読にする</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark all read</source>
        <translation>すべて既読にする</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../ui/notificationspage.h" line="+40"/>
        <source>Notifications</source>
        <translation>通知</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Number of notifications</source>
        <translation>通知の数</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>Alert</source>
        <translation>アラート</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>State</source>
        <translation>状態</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Attempts</source>
        <translation>試行回数</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Last attempt</source>
        <translation>最終試行</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Last error</source>
        <translation>最終エラー</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Reload webhook deliveries</source>
        <translation>Webhook 配信を再読み込み</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send test alert</source>
        <translation>テストアラートを送信</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Webhook delivery status</source>
        <translation>Webhook 配信の状態</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your own alerts, or every user&apos;s.</source>
        <translation>自分のアラート、または全ユーザーのアラート。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only admins can see other users&apos; alerts.</source>
        <translation>他のユーザーのアラートを見られるのは管理者だけです。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sends a test alert to every webhook URL now.</source>
        <translation>すべての Webhook URL にテストアラートを今すぐ送信します。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your role (read-only admin) can see deliveries but not send a test alert.</source>
        <translation>あなたのロール（読み取り専用管理者）は配信を表示できますが、テストアラートは送信できません。</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Loading notifications…</source>
        <translation>通知を読み込み中…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Showing %1 of %2 notifications, %3 unread</source>
        <translation>%2 件中 %1 件の通知を表示、未読 %3 件</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Select unread notifications first.</source>
        <translation>先に未読の通知を選択してください。</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Loading deliveries…</source>
        <translation>配信を読み込み中…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Showing %1 of %2 deliveries</source>
        <translation>%2 件中 %1 件の配信を表示</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Sending a test alert…</source>
        <translation>テストアラートを送信中…</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>Test alert sent to %n webhook URL(s).</source>
        <translation>
            <numerusform>%n 件の Webhook URL にテストアラートを送信しました。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Tollgate::Ui::ReasonDialog</name>
    <message>
        <location filename="../ui/reasondialog.cpp" line="+51"/>
        <source>Reason</source>
        <translation>理由</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shown to the requester and kept in the history.</source>
        <translation>申請者に表示され、履歴に残ります。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Confirm</source>
        <translation>確認</translation>
    </message>
    <message>
        <location line="+17"/>
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
    <name>Tollgate::Ui::RestoreDialog</name>
    <message>
        <location filename="../ui/restoredialog.cpp" line="+119"/>
        <source>&amp;Replace all data with this backup</source>
        <translation>すべてのデータをこのバックアップで置き換える(&amp;R)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restore backup %1</source>
        <translation>バックアップ %1 の復元</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;b&gt;Restoring replaces everything the server holds&lt;/b&gt; — users, keys, models, subscriptions, usage and settings — with the contents of backup &lt;b&gt;%1&lt;/b&gt;. Changes made since the backup are lost, and everyone has to sign in again.</source>
        <translation>&lt;b&gt;復元するとサーバーの内容はすべて置き換えられます&lt;/b&gt;(ユーザー、キー、モデル、サブスクリプション、利用状況、設定)。置き換え後の内容はバックアップ &lt;b&gt;%1&lt;/b&gt; のものです。バックアップ以降の変更は失われ、全員が再度サインインする必要があります。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Restore warning</source>
        <translation>復元の警告</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Rows now and in the backup</source>
        <translation>現在とバックアップの行数</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Table</source>
        <translation>テーブル</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Now</source>
        <translation>現在</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>In the backup</source>
        <translation>バックアップ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Difference</source>
        <translation>差</translation>
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
        <translation>同じ</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n row(s) of this table would be lost.</source>
        <translation>
            <numerusform>このテーブルの %n 行が失われます。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+59"/>
        <source>This confirmation is valid until %1.</source>
        <translation>この確認は %1 まで有効です。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>To confirm, type the backup&apos;s id &lt;b&gt;%1&lt;/b&gt;:</source>
        <translation>確認のため、バックアップの ID &lt;b&gt;%1&lt;/b&gt; を入力してください:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type the backup id to confirm</source>
        <translation>確認のためバックアップ ID を入力</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restore the backup, replacing all data</source>
        <translation>すべてのデータを置き換えてバックアップを復元</translation>
    </message>
</context>
<context>
    <name>Tollgate::Ui::RotateKeyDialog</name>
    <message>
        <location filename="../ui/keydialogs.cpp" line="+39"/>
        <location line="+12"/>
        <source>Rotate key</source>
        <translation>キーをローテーション</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>A new secret replaces the secret of “%1”. Spend, limits and budget stay. How long may the old secret keep working?</source>
        <translation>「%1」のシークレットを新しいものに置き換えます。支出、制限、予算はそのままです。古いシークレットをどのくらいの間有効にしますか?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Grace period</source>
        <translation>猶予期間</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not at all: refuse it at once</source>
        <translation>なし: すぐに拒否する</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>15 minutes</source>
        <translation>15 分</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 hour</source>
        <translation>1 時間</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>24 hours</source>
        <translation>24 時間</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Rotate</source>
        <translation>ローテーション(&amp;R)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Old secret works:</source>
        <translation>古いシークレットの有効期間:</translation>
    </message>
</context>
<context>
    <name>Tollgate::Ui::SecretDialog</name>
    <message>
        <location line="+48"/>
        <source>New API key</source>
        <translation>新しい API キー</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Rotated API key</source>
        <translation>ローテーションした API キー</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The secret of “%1”:</source>
        <translation>「%1」のシークレット:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Secret</source>
        <translation>シークレット</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;b&gt;Copy it now: you will not see this secret again.&lt;/b&gt; Tollgate keeps only a hash of it; if it is lost, rotate the key.</source>
        <translation>&lt;b&gt;今すぐコピーしてください。このシークレットは二度と表示されません。&lt;/b&gt; Tollgate はハッシュしか保存しません。紛失した場合はキーをローテーションしてください。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy status</source>
        <translation>コピーの状態</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Copy</source>
        <translation>コピー(&amp;C)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy secret</source>
        <translation>シークレットをコピー</translation>
    </message>
    <message>
        <location line="-2"/>
        <location line="+13"/>
        <source>Copied to the clipboard.</source>
        <translation>クリップボードにコピーしました。</translation>
    </message>
</context>
<context>
    <name>Tollgate::Ui::SettingsForm</name>
    <message>
        <location filename="../ui/settingsform.cpp" line="+81"/>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;vert</source>
        <translation>元に戻す(&amp;V)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save %1</source>
        <translation>%1 を保存</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Revert %1</source>
        <translation>%1 を元に戻す</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 status</source>
        <translation>%1 の状態</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>Loading…</source>
        <translation>読み込み中…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Could not be loaded: %1</source>
        <translation>読み込めませんでした: %1</translation>
    </message>
    <message>
        <location line="-55"/>
        <location line="+6"/>
        <location line="+4"/>
        <location line="+6"/>
        <source>none</source>
        <translation>なし</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>daily</source>
        <translation>毎日</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>weekly</source>
        <translation>毎週</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>monthly</source>
        <translation>毎月</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>One per line</source>
        <translation>1 行に 1 つ</translation>
    </message>
    <message>
        <location line="+309"/>
        <source>Saving…</source>
        <translation>保存中…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Saved.</source>
        <translation>保存しました。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Another admin changed these settings after you loaded them, so nothing was saved. Revert to load their values, then make your change again.</source>
        <translation>読み込み後に別の管理者がこの設定を変更したため、何も保存されませんでした。「元に戻す」で相手の値を読み込み、もう一度変更してください。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Nothing has changed.</source>
        <translation>変更はありません。</translation>
    </message>
</context>
<context>
    <name>Tollgate::Ui::SettingsPage</name>
    <message>
        <location filename="../ui/settingspage.cpp" line="+27"/>
        <source>New users, requests per minute</source>
        <translation>新規ユーザーの 1 分あたりのリクエスト数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The requests-per-minute limit a new user starts with (0: none).</source>
        <translation>新規ユーザーの初期の 1 分あたりリクエスト上限（0: なし）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New users, tokens per minute</source>
        <translation>新規ユーザーの 1 分あたりのトークン数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The tokens-per-minute limit a new user starts with (0: none).</source>
        <translation>新規ユーザーの初期の 1 分あたりトークン上限（0: なし）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New users, parallel requests</source>
        <translation>新規ユーザーの同時リクエスト数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How many requests a new user may have running at once (0: none).</source>
        <translation>新規ユーザーが同時に実行できるリクエスト数（0: 制限なし）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New users, budget</source>
        <translation>新規ユーザーの予算</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The budget a new user starts with, in the display currency; none for no budget.</source>
        <translation>新規ユーザーの初期予算（表示通貨）。「なし」は予算なし。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Display currency</source>
        <translation>表示通貨</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The ISO 4217 code prices and costs are shown in, like USD or EUR.</source>
        <translation>価格とコストを表示する ISO 4217 コード（USD、EUR など）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep usage records</source>
        <translation>使用記録の保存期間</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Days usage records are kept (1 to 36500).</source>
        <translation>使用記録を保存する日数（1〜36500）。</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+2"/>
        <location line="+22"/>
        <location line="+2"/>
        <source> days</source>
        <translation> 日</translation>
    </message>
    <message>
        <location line="-25"/>
        <source>Keep the audit log</source>
        <translation>監査ログの保存期間</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Days audit entries are kept (1 to 36500).</source>
        <translation>監査エントリを保存する日数（1〜36500）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alert webhooks</source>
        <translation>アラート Webhook</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>http(s) URLs that receive alerts, one per line, at most 20.</source>
        <translation>アラートを受け取る http(s) URL。1 行に 1 つ、最大 20 個。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>none: no default</source>
        <translation>なし: 既定値なし</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>none: no maximum</source>
        <translation>なし: 上限なし</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Default requests per minute</source>
        <translation>既定の 1 分あたりリクエスト数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Maximum requests per minute</source>
        <translation>1 分あたりリクエスト数の上限</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Default tokens per minute</source>
        <translation>既定の 1 分あたりトークン数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Maximum tokens per minute</source>
        <translation>1 分あたりトークン数の上限</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Default parallel requests</source>
        <translation>既定の同時リクエスト数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Maximum parallel requests</source>
        <translation>同時リクエスト数の上限</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Default budget</source>
        <translation>既定の予算</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Maximum budget</source>
        <translation>予算の上限</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>none: no maximum; also bounds the soft budget</source>
        <translation>なし: 上限なし。ソフト予算の上限にもなります</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Default budget period</source>
        <translation>既定の予算期間</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Default lifetime</source>
        <translation>既定の有効期間</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Days until a new key expires; none: never.</source>
        <translation>新しいキーが失効するまでの日数。「なし」は無期限。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Longest lifetime</source>
        <translation>最長の有効期間</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Active keys per user</source>
        <translation>ユーザーごとの有効なキー数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>At most this many active keys per user; none: the built-in 10.</source>
        <translation>ユーザーごとの有効なキーの上限。「なし」は組み込みの 10。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Longest rotation grace</source>
        <translation>ローテーション猶予の上限</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How long an old secret may keep working after a rotation, like 1h or 24h; none: 24h.</source>
        <translation>ローテーション後に古いシークレットを使える期間（1h、24h など）。「なし」は 24h。</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+50"/>
        <source>General</source>
        <translation>一般</translation>
    </message>
    <message>
        <location line="-49"/>
        <location line="+50"/>
        <source>Key policy</source>
        <translation>キーのポリシー</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Defaults and maxima for API keys made in the console and through /api/v1/keys. They bind admins too.</source>
        <translation>コンソールおよび /api/v1/keys で作成する API キーの既定値と上限。管理者にも適用されます。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This computer</source>
        <translation>このコンピューター</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language</source>
        <translation>言語</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>System language</source>
        <translation>システムの言語</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Language note</source>
        <translation>言語に関する注意</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+14"/>
        <source>Saved: the console uses %1 now and from its next start.</source>
        <translation>保存しました。コンソールは今から%1を使い、次回の起動時も使います。</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>&amp;Language:</source>
        <translation>言語(&amp;L):</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Your role (read-only admin) can see the settings but not change them.</source>
        <translation>あなたのロール（読み取り専用管理者）は設定を閲覧できますが、変更はできません。</translation>
    </message>
    <message>
        <location filename="../ui/settingspage.h" line="+32"/>
        <source>Settings</source>
        <translation>設定</translation>
    </message>
</context>
<context>
    <name>Tollgate::Ui::SignInPage</name>
    <message>
        <location filename="../ui/signinpage.cpp" line="+94"/>
        <source>&amp;Sign in</source>
        <translation>サインイン(&amp;S)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Change server</source>
        <translation>サーバーを変更(&amp;C)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Username</source>
        <translation>ユーザー名</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Password</source>
        <translation>パスワード</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign-in status</source>
        <translation>サインインの状態</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>&amp;Username:</source>
        <translation>ユーザー名(&amp;U):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Password:</source>
        <translation>パスワード(&amp;P):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;h2&gt;Sign in&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;サインイン&lt;/h2&gt;</translation>
    </message>
    <message>
        <location line="+88"/>
        <source>Server: %1</source>
        <translation>サーバー: %1</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Enter your username and password.</source>
        <translation>ユーザー名とパスワードを入力してください。</translation>
    </message>
    <message>
        <location line="-38"/>
        <location line="+42"/>
        <source>Signing in…</source>
        <translation>サインインしています…</translation>
    </message>
    <message>
        <location line="-112"/>
        <location line="+4"/>
        <source>Cancel single sign-on</source>
        <translation>シングルサインオンを中止</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Or sign in with your organisation&apos;s account:</source>
        <translation>または組織のアカウントでサインイン:</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Sign in with %1</source>
        <translation>%1 でサインイン</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign in with %1 in the web browser</source>
        <translation>Web ブラウザーで %1 にサインイン</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Opens your web browser to sign in; come back here afterwards.</source>
        <translation>Web ブラウザーを開いてサインインします。終わったらここに戻ってください。</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Continue in your web browser; this window waits for it.</source>
        <translation>Web ブラウザーで続けてください。このウィンドウは完了を待っています。</translation>
    </message>
</context>
<context>
    <name>Tollgate::Ui::SsoSignIn</name>
    <message>
        <location filename="../ui/ssosignin.cpp" line="+34"/>
        <source>The browser sign-in took too long. Try again.</source>
        <translation>ブラウザーでのサインインに時間がかかりすぎました。もう一度お試しください。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Cannot receive the browser&apos;s answer: %1</source>
        <translation>ブラウザーからの応答を受け取れません: %1</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>No web browser could be opened. Open this address yourself: %1</source>
        <translation>Web ブラウザーを開けませんでした。次のアドレスを自分で開いてください: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Single sign-on was cancelled.</source>
        <translation>シングルサインオンを中止しました。</translation>
    </message>
    <message>
        <location line="+24"/>
        <location line="+5"/>
        <source>Not here.</source>
        <translation>ここではありません。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This sign-in is not the one Tollgate Console is waiting for.</source>
        <translation>このサインインは Tollgate Console が待っているものではありません。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The sign-in was refused. You can close this window.</source>
        <translation>サインインは拒否されました。このウィンドウは閉じてかまいません。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The sign-in was refused: %1</source>
        <translation>サインインは拒否されました: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Signed in. You can close this window and return to Tollgate Console.</source>
        <translation>サインインしました。このウィンドウを閉じて Tollgate Console に戻ってください。</translation>
    </message>
</context>
<context>
    <name>Tollgate::Ui::SubscriptionsPage</name>
    <message>
        <location filename="../ui/subscriptionspage.cpp" line="+156"/>
        <location line="+68"/>
        <source>&amp;Approve</source>
        <translation>承認(&amp;A)</translation>
    </message>
    <message>
        <location line="-67"/>
        <location line="+69"/>
        <source>&amp;Deny…</source>
        <translation>却下(&amp;D)…</translation>
    </message>
    <message>
        <location line="-68"/>
        <source>Show subscriptions</source>
        <translation>表示する購読</translation>
    </message>
    <message>
        <location line="-10"/>
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
        <location line="+1"/>
        <source>&amp;Show:</source>
        <translation>表示(&amp;S):</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Subscriptions</source>
        <translation>購読</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Number of subscriptions</source>
        <translation>購読の数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approve selected</source>
        <translation>選択項目を承認</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deny selected</source>
        <translation>選択項目を却下</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decision status</source>
        <translation>決定の状態</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>History</source>
        <translation>履歴</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Subscription history</source>
        <translation>購読の履歴</translation>
    </message>
    <message>
        <location line="-10"/>
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
        <location line="+11"/>
        <source>History of</source>
        <translation>履歴の対象</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>Subscription approvals</source>
        <translation>購読の承認</translation>
    </message>
    <message>
        <location line="+64"/>
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
        <location filename="../ui/subscriptionspage.h" line="+34"/>
        <source>Approvals</source>
        <translation>承認</translation>
    </message>
</context>
<context>
    <name>Tollgate::Ui::UserDetailDialog</name>
    <message>
        <location filename="../ui/userdetaildialog.cpp" line="+127"/>
        <source>API keys of the user</source>
        <translation>ユーザーの API キー</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Prefix</source>
        <translation>プレフィックス</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>State</source>
        <translation>状態</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Spend</source>
        <translation>支出</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Last used</source>
        <translation>最終使用</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Subscriptions of the user</source>
        <translation>ユーザーのサブスクリプション</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Model</source>
        <translation>モデル</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation>状態</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Since</source>
        <translation>開始</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Expires</source>
        <translation>有効期限</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>User details</source>
        <translation>ユーザーの詳細</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>User</source>
        <translation>ユーザー</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Profile</source>
        <translation>プロフィール</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Requests this month</source>
        <translation>今月のリクエスト数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tokens this month</source>
        <translation>今月のトークン数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cost this month</source>
        <translation>今月のコスト</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Budget used</source>
        <translation>使用済み予算</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Loading status</source>
        <translation>読み込みの状態</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>This month</source>
        <translation>今月</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Requests:</source>
        <translation>リクエスト数:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tokens:</source>
        <translation>トークン数:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cost:</source>
        <translation>コスト:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Budget used:</source>
        <translation>使用済み予算:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keys and subscriptions</source>
        <translation>キーとサブスクリプション</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Keys</source>
        <translation>キー(&amp;K)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Su&amp;bscriptions</source>
        <translation>サブスクリプション(&amp;B)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Loading…</source>
        <translation>読み込み中…</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Some details could not be loaded: %1</source>
        <translation>一部の詳細を読み込めませんでした: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>User %1</source>
        <translation>ユーザー %1</translation>
    </message>
    <message>
        <location line="+7"/>
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
        <location line="+2"/>
        <source>Signs in with: %1</source>
        <translation>サインイン方法: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 spent of %2</source>
        <translation>%2 のうち %1 を使用</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No budget set.</source>
        <translation>予算は設定されていません。</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>active</source>
        <translation>有効</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>revoked</source>
        <translation>失効</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>expired</source>
        <translation>期限切れ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>blocked</source>
        <translation>ブロック中</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+21"/>
        <source>never</source>
        <translation>なし</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>No keys.</source>
        <translation>キーはありません。</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>No subscriptions.</source>
        <translation>サブスクリプションはありません。</translation>
    </message>
</context>
<context>
    <name>Tollgate::Ui::UsersPage</name>
    <message>
        <location filename="../ui/userspage.cpp" line="+232"/>
        <source>no limit</source>
        <translation>制限なし</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Details</source>
        <translation>詳細</translation>
    </message>
    <message>
        <location line="+4"/>
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
        <location line="+15"/>
        <source>&amp;Save limits</source>
        <translation>制限を保存(&amp;S)</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+131"/>
        <source>&amp;Deactivate</source>
        <translation>無効にする(&amp;D)</translation>
    </message>
    <message>
        <location line="-170"/>
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
        <location line="+1"/>
        <source>Filter by role</source>
        <translation>ロールで絞り込み</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All roles</source>
        <translation>すべてのロール</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Admins</source>
        <translation>管理者</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Read-only admins</source>
        <translation>閲覧専用の管理者</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+9"/>
        <location filename="../ui/userspage.h" line="+38"/>
        <source>Users</source>
        <translation>ユーザー</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Filter by status</source>
        <translation>状態で絞り込み</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Active and inactive</source>
        <translation>有効と無効</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Active only</source>
        <translation>有効のみ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Inactive only</source>
        <translation>無効のみ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Reload</source>
        <translation>再読み込み(&amp;R)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reload users</source>
        <translation>ユーザーを再読み込み</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Number of users</source>
        <translation>ユーザー数</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Selected user</source>
        <translation>選択したユーザー</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Budget used</source>
        <translation>使用済み予算</translation>
    </message>
    <message>
        <location filename="../ui/budgetbar.cpp" line="+30"/>
        <location filename="../ui/userspage.cpp" line="+7"/>
        <source>no budget</source>
        <translation>予算なし</translation>
    </message>
    <message>
        <location filename="../ui/userspage.cpp" line="+1"/>
        <source>Maximum budget</source>
        <translation>予算の上限</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Budget period</source>
        <translation>予算の期間</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>never resets</source>
        <translation>リセットしない</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>daily</source>
        <translation>毎日</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>weekly</source>
        <translation>毎週</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>monthly</source>
        <translation>毎月</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Change status</source>
        <translation>変更の状態</translation>
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
        <location line="-17"/>
        <source>Budget used:</source>
        <translation>使用済み予算:</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Your role (read-only admin) can see users but not change them.</source>
        <translation>あなたのロール（閲覧専用の管理者）はユーザーを閲覧できますが、変更はできません。</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Loading users…</source>
        <translation>ユーザーを読み込んでいます…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Showing %1 of %2 users</source>
        <translation>%2 人中 %1 人を表示</translation>
    </message>
    <message>
        <location line="-66"/>
        <location line="+76"/>
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
        <location line="+6"/>
        <source>%1 spent of %2</source>
        <translation>%2 のうち %1 を使用</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 spent, no budget set</source>
        <translation>%1 を使用、予算は未設定</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No budget set.</source>
        <translation>予算は設定されていません。</translation>
    </message>
    <message>
        <location line="-119"/>
        <location line="+131"/>
        <source>&amp;Activate</source>
        <translation>有効にする(&amp;A)</translation>
    </message>
    <message>
        <location line="-130"/>
        <location line="+131"/>
        <source>Deactivate user</source>
        <translation>ユーザーを無効にする</translation>
    </message>
    <message>
        <location line="-130"/>
        <location line="+130"/>
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
    <message>
        <location line="-168"/>
        <source>Deta&amp;ils…</source>
        <translation>詳細(&amp;I)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show keys, subscriptions and usage of the user</source>
        <translation>ユーザーのキー、サブスクリプション、利用状況を表示</translation>
    </message>
</context>
</TS>
