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
    <name>Tollgate::Models::NotificationsModel</name>
    <message>
        <location filename="../models/notificationsmodel.cpp" line="+96"/>
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
        <location line="+38"/>
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
        <location line="+30"/>
        <source>&amp;New banner</source>
        <translation>新しいバナー(&amp;N)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Reload</source>
        <translation>再読み込み(&amp;R)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Banner</source>
        <translation>バナー</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Users may &amp;dismiss it</source>
        <translation>ユーザーが閉じられる(&amp;D)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Add &amp;language</source>
        <translation>言語を追加(&amp;L)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Save banner</source>
        <translation>バナーを保存(&amp;S)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+267"/>
        <source>&amp;Activate</source>
        <translation>有効にする(&amp;A)</translation>
    </message>
    <message>
        <location line="-266"/>
        <source>Dele&amp;te…</source>
        <translation>削除(&amp;T)…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>State</source>
        <translation>状態</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+29"/>
        <source>Variant</source>
        <translation>種類</translation>
    </message>
    <message>
        <location line="-29"/>
        <source>Text (English)</source>
        <translation>テキスト（英語）</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Languages</source>
        <translation>言語</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+30"/>
        <source>Dismissible</source>
        <translation>閉じられる</translation>
    </message>
    <message>
        <location line="-30"/>
        <source>Changed</source>
        <translation>変更日時</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../ui/bannerspage.h" line="+36"/>
        <source>Banners</source>
        <translation>バナー</translation>
    </message>
    <message>
        <location line="+9"/>
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
        <location line="+14"/>
        <source>Banner being edited</source>
        <translation>編集中のバナー</translation>
    </message>
    <message>
        <location line="+8"/>
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
        <location line="+2"/>
        <source>Schedule</source>
        <translation>スケジュール</translation>
    </message>
    <message>
        <location line="+2"/>
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
        <location line="+340"/>
        <source>Delete banner</source>
        <translation>バナーを削除</translation>
    </message>
    <message>
        <location line="-338"/>
        <source>Banner status</source>
        <translation>バナーの状態</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Variant:</source>
        <translation>種類(&amp;V):</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Text per language</source>
        <translation>言語ごとのテキスト</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>English is required: users whose language has no text see it.</source>
        <translation>英語は必須です。自分の言語のテキストがないユーザーには英語が表示されます。</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>“%1” is not a language tag (like fr or pt-br).</source>
        <translation>「%1」は言語タグではありません（fr や pt-br など）。</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Loading banners…</source>
        <translation>バナーを読み込み中…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The banners could not be loaded: %1</source>
        <translation>バナーを読み込めませんでした: %1</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Active</source>
        <translation>有効</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Inactive</source>
        <translation>無効</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>yes</source>
        <translation>はい</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no</source>
        <translation>いいえ</translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>%n banner(s)</source>
        <translation>
            <numerusform>%n 件のバナー</numerusform>
        </translation>
    </message>
    <message>
        <location line="+52"/>
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
        <location line="+20"/>
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
        <location line="+41"/>
        <source>Text in %1</source>
        <translation>%1 のテキスト</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Remove</source>
        <translation>削除</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove %1</source>
        <translation>%1 を削除</translation>
    </message>
    <message>
        <location line="+39"/>
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
        <location line="+13"/>
        <source>&amp;Save branding</source>
        <translation>ブランディングを保存(&amp;S)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;vert</source>
        <translation>元に戻す(&amp;V)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Title</source>
        <translation>タイトル</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Subtitle</source>
        <translation>サブタイトル</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Footer</source>
        <translation>フッター</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>At most %1 characters.</source>
        <translation>最大 %1 文字。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Texts</source>
        <translation>テキスト</translation>
    </message>
    <message>
        <location line="+2"/>
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
        <location line="+2"/>
        <source>Logos</source>
        <translation>ロゴ</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 thumbnail</source>
        <translation>%1 のサムネイル</translation>
    </message>
    <message>
        <location line="+3"/>
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
        <location line="+11"/>
        <source>PNG, JPEG or SVG, at most 2 MB. The dark header uses the light logo when it has none of its own.</source>
        <translation>PNG、JPEG、SVG、最大 2 MB。ダークのヘッダーに専用のロゴがない場合はライトのロゴを使います。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Branding status</source>
        <translation>ブランディングの状態</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Save branding</source>
        <translation>ブランディングを保存</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Revert branding changes</source>
        <translation>ブランディングの変更を元に戻す</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Preview of the login screen</source>
        <translation>ログイン画面のプレビュー</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Light</source>
        <translation>ライト</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Dark</source>
        <translation>ダーク</translation>
    </message>
    <message>
        <location line="+98"/>
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
        <location filename="../ui/brandingpage.h" line="+35"/>
        <source>Branding</source>
        <translation>ブランディング</translation>
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
        <location filename="../ui/dashboardpage.h" line="+34"/>
        <source>Dashboard</source>
        <translation>ダッシュボード</translation>
    </message>
    <message>
        <location filename="../ui/dashboardpage.cpp" line="+49"/>
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
        <location line="+3"/>
        <source>&amp;Refresh</source>
        <translation>更新(&amp;R)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Usage</source>
        <translation>使用量</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Today</source>
        <translation>今日</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This month</source>
        <translation>今月</translation>
    </message>
    <message>
        <location line="+3"/>
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
        <location line="+4"/>
        <source>%1 today</source>
        <translation>今日の%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 this month</source>
        <translation>今月の%1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Operations</source>
        <translation>運用</translation>
    </message>
    <message>
        <location line="+2"/>
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
        <location line="+1"/>
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
        <location line="+5"/>
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
        <location line="+8"/>
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
        <location line="+1"/>
        <source>Every 30 seconds</source>
        <translation>30 秒ごと</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every minute</source>
        <translation>1 分ごと</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every 5 minutes</source>
        <translation>5 分ごと</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last refresh</source>
        <translation>最終更新</translation>
    </message>
    <message>
        <location line="+83"/>
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
        <location line="+35"/>
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
        <location line="+174"/>
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
    <name>Tollgate::Ui::LoginPreview</name>
    <message>
        <location filename="../ui/loginpreview.cpp" line="+37"/>
        <source>Sign in</source>
        <translation>サインイン</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Login screen preview, light</source>
        <translation>ログイン画面のプレビュー（ライト）</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Login screen preview, dark</source>
        <translation>ログイン画面のプレビュー（ダーク）</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Header logo preview</source>
        <translation>ヘッダーロゴのプレビュー</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Login logo preview</source>
        <translation>ログインロゴのプレビュー</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Title preview</source>
        <translation>タイトルのプレビュー</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Subtitle preview</source>
        <translation>サブタイトルのプレビュー</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Footer preview</source>
        <translation>フッターのプレビュー</translation>
    </message>
    <message>
        <location line="+6"/>
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
        <location filename="../ui/mainwindow.cpp" line="+46"/>
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
    <message>
        <location line="+35"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%1, %n unread</source>
        <translation>
            <numerusform>%1、未読 %n 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+16"/>
        <source>%n request(s) in flight</source>
        <translation>
            <numerusform>処理中のリクエスト %n 件</numerusform>
        </translation>
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
        <location line="+10"/>
        <source>&amp;Unread only</source>
        <translation>未読のみ(&amp;U)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Mark read</source>
        <translation>既読にする(&amp;M)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark &amp;all read</source>
        <translation>すべて既読にする(&amp;A)</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+48"/>
        <source>Webhook deliveries</source>
        <translation>Webhook 配信</translation>
    </message>
    <message>
        <location line="-46"/>
        <source>Re&amp;load deliveries</source>
        <translation>配信を再読み込み(&amp;L)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send &amp;test alert</source>
        <translation>テストアラートを送信(&amp;T)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Whose alerts</source>
        <translation>誰のアラート</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>My alerts</source>
        <translation>自分のアラート</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Everyone&apos;s alerts</source>
        <translation>全員のアラート</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unread only</source>
        <translation>未読のみ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Reload</source>
        <translation>再読み込み(&amp;R)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reload notifications</source>
        <translation>通知を再読み込み</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark selected read</source>
        <translation>選択を既読にする</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark all read</source>
        <translation>すべて既読にする</translation>
    </message>
    <message>
        <location line="+11"/>
        <location filename="../ui/notificationspage.h" line="+39"/>
        <source>Notifications</source>
        <translation>通知</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Number of notifications</source>
        <translation>通知の数</translation>
    </message>
    <message>
        <location line="+12"/>
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
        <location line="+6"/>
        <source>Reload webhook deliveries</source>
        <translation>Webhook 配信を再読み込み</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send test alert</source>
        <translation>テストアラートを送信</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Webhook delivery status</source>
        <translation>Webhook 配信の状態</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Your own alerts, or every user&apos;s.</source>
        <translation>自分のアラート、または全ユーザーのアラート。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only admins can see other users&apos; alerts.</source>
        <translation>他のユーザーのアラートを見られるのは管理者だけです。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sends a test alert to every webhook URL now.</source>
        <translation>すべての Webhook URL にテストアラートを今すぐ送信します。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your role (read-only admin) can see deliveries but not send a test alert.</source>
        <translation>あなたのロール（読み取り専用管理者）は配信を表示できますが、テストアラートは送信できません。</translation>
    </message>
    <message>
        <location line="+88"/>
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
    <name>Tollgate::Ui::SettingsForm</name>
    <message>
        <location filename="../ui/settingsform.cpp" line="+59"/>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;vert</source>
        <translation>元に戻す(&amp;V)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Save %1</source>
        <translation>%1 を保存</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Revert %1</source>
        <translation>%1 を元に戻す</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 status</source>
        <translation>%1 の状態</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Loading…</source>
        <translation>読み込み中…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Could not be loaded: %1</source>
        <translation>読み込めませんでした: %1</translation>
    </message>
    <message>
        <location line="+50"/>
        <location line="+12"/>
        <location line="+17"/>
        <location line="+12"/>
        <source>none</source>
        <translation>なし</translation>
    </message>
    <message>
        <location line="-11"/>
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
        <location line="+17"/>
        <source>One per line</source>
        <translation>1 行に 1 つ</translation>
    </message>
    <message>
        <location line="+189"/>
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
        <location filename="../ui/settingspage.cpp" line="+26"/>
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
        <location line="+23"/>
        <source>General</source>
        <translation>一般</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Key policy</source>
        <translation>キーのポリシー</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Defaults and maxima for API keys made in the console and through /api/v1/keys. They bind admins too.</source>
        <translation>コンソールおよび /api/v1/keys で作成する API キーの既定値と上限。管理者にも適用されます。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>This computer</source>
        <translation>このコンピューター</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Language</source>
        <translation>言語</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>System language</source>
        <translation>システムの言語</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Language note</source>
        <translation>言語に関する注意</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Language:</source>
        <translation>言語(&amp;L):</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Saved. The console uses %1 from its next start.</source>
        <translation>保存しました。次回の起動から %1 で表示されます。</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Your role (read-only admin) can see the settings but not change them.</source>
        <translation>あなたのロール（読み取り専用管理者）は設定を閲覧できますが、変更はできません。</translation>
    </message>
    <message>
        <location filename="../ui/settingspage.h" line="+29"/>
        <source>Settings</source>
        <translation>設定</translation>
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
        <location line="+275"/>
        <source>&amp;Deactivate</source>
        <translation>無効にする(&amp;D)</translation>
    </message>
    <message>
        <location line="-271"/>
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
        <location line="+193"/>
        <source>no budget</source>
        <translation>予算なし</translation>
    </message>
    <message>
        <location line="-192"/>
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
        <location line="+58"/>
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
