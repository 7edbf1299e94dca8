<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja" sourcelanguage="en">
<context>
    <name>ActionText</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>AlertText</name>
    <message>
        <source>Critical</source>
        <translation>緊急</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>Advisory</source>
        <translation>注意</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>不明</translation>
    </message>
    <message>
        <source>Launch detected</source>
        <translation>発射を探知</translation>
    </message>
    <message>
        <source>Impact in territory</source>
        <translation>領域内に落下</translation>
    </message>
    <message>
        <source>Impact in EEZ</source>
        <translation>EEZ内に落下</translation>
    </message>
    <message>
        <source>Impact at sea</source>
        <translation>海上に落下</translation>
    </message>
    <message>
        <source>Overflight</source>
        <translation>上空通過</translation>
    </message>
    <message>
        <source>Track lost</source>
        <translation>航跡消失</translation>
    </message>
    <message>
        <source>Impact</source>
        <translation>落下</translation>
    </message>
    <message>
        <source>Data feed lost</source>
        <translation>データ受信途絶</translation>
    </message>
    <message>
        <source>Unknown alert</source>
        <translation>不明なアラーム</translation>
    </message>
    <message>
        <source>Active, unacknowledged</source>
        <translation>発生中・未確認</translation>
    </message>
    <message>
        <source>Active, acknowledged</source>
        <translation>発生中・確認済み</translation>
    </message>
    <message>
        <source>Returned to normal, unacknowledged</source>
        <translation>復帰・未確認</translation>
    </message>
    <message>
        <source>Returned to normal</source>
        <translation>復帰</translation>
    </message>
    <message>
        <source>Shelved</source>
        <translation>一時保留</translation>
    </message>
    <message>
        <source>Latched, needs reset</source>
        <translation>ラッチ中・リセット要</translation>
    </message>
    <message>
        <source>Ack pending</source>
        <translation>確認送信中</translation>
    </message>
    <message>
        <source>Ack refused: %1</source>
        <translation>確認が拒否されました: %1</translation>
    </message>
    <message>
        <source>Shelved until %1</source>
        <translation>%1まで一時保留</translation>
    </message>
    <message>
        <source>Shelved until unshelved</source>
        <translation>解除まで一時保留</translation>
    </message>
    <message>
        <source>Raised</source>
        <translation>発生</translation>
    </message>
    <message>
        <source>Condition active</source>
        <translation>条件発生中</translation>
    </message>
    <message>
        <source>Condition returned to normal</source>
        <translation>条件復帰</translation>
    </message>
    <message>
        <source>Escalated</source>
        <translation>優先度上昇</translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation>確認</translation>
    </message>
    <message>
        <source>Unshelved</source>
        <translation>一時保留解除</translation>
    </message>
    <message>
        <source>Shelf expired</source>
        <translation>一時保留期限切れ</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>リセット</translation>
    </message>
    <message>
        <source>Open sea</source>
        <translation>公海上</translation>
    </message>
    <message>
        <source>Sea of Japan (East Sea)</source>
        <translation>日本海</translation>
    </message>
    <message>
        <source>Launch detected: track %1. Predicted impact: %2, approx. %3.</source>
        <translation>発射を探知: 航跡 %1。落下予測: %2、%3頃。</translation>
    </message>
    <message>
        <source>Predicted impact of track %1: %2, approx. %3.</source>
        <translation>航跡 %1 の落下予測: %2、%3頃。</translation>
    </message>
    <message>
        <source>Track %1 is predicted to fly over: %2.</source>
        <translation>航跡 %1 は%2の上空を通過する見込み。</translation>
    </message>
    <message>
        <source>Track %1 was lost.</source>
        <translation>航跡 %1 が消失。</translation>
    </message>
    <message>
        <source>Track %1 impacted: %2.</source>
        <translation>航跡 %1 が落下: %2。</translation>
    </message>
    <message>
        <source>No data from track service %1: the picture is incomplete.</source>
        <translation>航跡サービス %1 からデータ受信途絶: 状況図は不完全です。</translation>
    </message>
    <message>
        <source>Alert %1 on track %2.</source>
        <translation>航跡 %2 のアラーム %1。</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>passed</source>
        <translation>経過</translation>
    </message>
    <message>
        <source>%1:%2:%3</source>
        <translation>%1:%2:%3</translation>
    </message>
    <message>
        <source>%1:%2</source>
        <translation>%1:%2</translation>
    </message>
    <message>
        <source>EXERCISE</source>
        <translation>訓練</translation>
    </message>
    <message>
        <source>Nations disagree</source>
        <translation>国間の不一致</translation>
    </message>
    <message>
        <source>The nations disagree about track %1: their impact predictions differ beyond their uncertainty, or a nation that should see it does not report it. Check its contributors.</source>
        <translation>航跡 %1 について国間の情報が一致しない: 落下予測地点が不確かさの範囲を超えて異なるか、探知範囲内の国が報告していない。提供国を確認すること。</translation>
    </message>
    <message>
        <source>Invalid data</source>
        <translation>不正データ</translation>
    </message>
    <message>
        <source>Picture stalled</source>
        <translation>状況図停止</translation>
    </message>
    <message>
        <source>Track service %1 sends invalid data: the console refuses part of what it reports. The track services panel shows the last reason.</source>
        <translation>航跡サービス %1 から不正データ: コンソールは報告の一部を拒否しています。最新の拒否理由は航跡サービスパネルに表示されます。</translation>
    </message>
    <message>
        <source>This console&apos;s picture stopped updating for over a second: the map and the panels showed old data meanwhile.</source>
        <translation>このコンソールの状況図が1秒以上更新されませんでした: その間、地図とパネルには古いデータが表示されていました。</translation>
    </message>
    <message>
        <source>Impact area not yet predictable</source>
        <translation>落下範囲は未だ予測不能</translation>
    </message>
    <message>
        <source>Not delivered: alert gone after %1 restart</source>
        <translation>未送達: %1 再起動後にアラームが消失</translation>
    </message>
    <message>
        <source>Same event back after %1 restart: acknowledgement sent again</source>
        <translation>%1 再起動後に同じ事象が再発: 確認を再送</translation>
    </message>
    <message>
        <source>Raised again after %1 restart</source>
        <translation>%1 再起動後に再発報</translation>
    </message>
    <message>
        <source>Undelivered acknowledgement dismissed</source>
        <translation>未送達の確認を消去</translation>
    </message>
    <message>
        <source>Launch detected: track %1. Impact area not yet predictable.</source>
        <translation>発射を探知: 航跡 %1。落下範囲は未だ予測不能。</translation>
    </message>
    <message>
        <source>Certificate expiring</source>
        <translation>証明書期限切れ間近</translation>
    </message>
    <message>
        <source>The certificate of track service %1 expires within 7 days; after that the console refuses the service. The track services panel shows the date.</source>
        <translation>航跡サービス %1 の証明書は7日以内に期限切れ: 期限後、コンソールはこのサービスを拒否します。期限日は航跡サービスパネルに表示されます。</translation>
    </message>
    <message>
        <source>%1 (%2, verified)</source>
        <translation>%1（%2、検証済み）</translation>
    </message>
    <message>
        <source>Marking changed</source>
        <translation>秘密区分表示の変更</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>a nation&apos;s service says where its missile comes down: nation, region</comment>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>%1 [%2]</source>
        <comment>the console&apos;s impact region of a missile, then what services say otherwise</comment>
        <translation>%1［%2］</translation>
    </message>
    <message>
        <source>Track service %1 changed the classification marking of its data. The banner shows the marking that now governs the picture, the track services panel each service&apos;s.</source>
        <translation>航跡サービス %1 のデータの秘密区分表示が変更されました。状況図に適用される区分はバナーに、サービスごとの区分は航跡サービスパネルに表示されます。</translation>
    </message>
    <message>
        <source>%1 ±%2 s</source>
        <translation>%1 ±%2 秒</translation>
    </message>
    <message>
        <source>The condition has returned to normal, but this alert latches: it stays on the list until an operator who has checked the cause resets it (Reset).</source>
        <translation>状態は復帰しましたが、このアラームはラッチされます。原因を確認した運用者がリセットするまで一覧に残ります(リセット)。</translation>
    </message>
    <message>
        <source>Entered orbit</source>
        <translation>軌道投入</translation>
    </message>
    <message>
        <source>Falling debris</source>
        <translation>破片の落下</translation>
    </message>
    <message>
        <source>Stage drop</source>
        <translation>段の落下</translation>
    </message>
    <message>
        <source>Space launch track %1 entered orbit: it does not come down.</source>
        <translation>航跡 %1(人工衛星の打ち上げ)が軌道投入: 落下なし。</translation>
    </message>
    <message>
        <source>Space launch track %1 failed: debris falls in %2 until approx. %3.</source>
        <translation>航跡 %1(人工衛星の打ち上げ)失敗: %2に破片が落下、%3頃まで。</translation>
    </message>
    <message>
        <source>Spent stage or fairing %1 falls in %2 at approx. %3.</source>
        <translation>分離した段またはフェアリング %1 の落下: %2、%3頃。</translation>
    </message>
    <message>
        <source>No impact: bound for orbit</source>
        <translation>落下なし: 軌道投入の見込み</translation>
    </message>
</context>
<context>
    <name>ConsoleOptions</name>
    <message>
        <source>invalid service name &quot;%1&quot;: use letters and digits, e.g. US</source>
        <translation>無効なサービス名「%1」: 英字と数字を使用してください(例: US)</translation>
    </message>
    <message>
        <source>invalid address &quot;%1&quot; for service %2: expected HOST:PORT</source>
        <translation>サービス %2 のアドレス「%1」が無効: HOST:PORT 形式で指定してください</translation>
    </message>
    <message>
        <source>Missile early-warning common operational picture console.</source>
        <translation>ミサイル早期警戒 共通作戦状況図コンソール。</translation>
    </message>
    <message>
        <source>Track service to subscribe to, repeatable.</source>
        <translation>購読する航跡サービス(複数指定可)。</translation>
    </message>
    <message>
        <source>Settings file (INI) with [services] NAME=HOST:PORT.</source>
        <translation>[services] NAME=HOST:PORT を含む設定ファイル(INI)。</translation>
    </message>
    <message>
        <source>This console&apos;s id, sent with acknowledgements.</source>
        <translation>このコンソールのID(確認とともに送信)。</translation>
    </message>
    <message>
        <source>Operator name, sent with acknowledgements.</source>
        <translation>運用者名(確認とともに送信)。</translation>
    </message>
    <message>
        <source>Render the main window to a PNG file, then exit.</source>
        <translation>メインウィンドウをPNGファイルに保存して終了。</translation>
    </message>
    <message>
        <source>Seconds to run before the snapshot (default 5).</source>
        <translation>スナップショットまでの実行秒数(既定 5)。</translation>
    </message>
    <message>
        <source>Initial map centre.</source>
        <translation>地図の初期中心。</translation>
    </message>
    <message>
        <source>Initial map zoom level (3-12).</source>
        <translation>地図の初期ズームレベル(3〜12)。</translation>
    </message>
    <message>
        <source>unexpected argument &quot;%1&quot;</source>
        <translation>予期しない引数「%1」</translation>
    </message>
    <message>
        <source>cannot read settings file %1</source>
        <translation>設定ファイル %1 を読み込めません</translation>
    </message>
    <message>
        <source>--service expects NAME=HOST:PORT, got &quot;%1&quot;</source>
        <translation>--service には NAME=HOST:PORT を指定してください:「%1」</translation>
    </message>
    <message>
        <source>service %1 is configured twice</source>
        <translation>サービス %1 が二重に設定されています</translation>
    </message>
    <message>
        <source>--snapshot-after expects seconds, got &quot;%1&quot;</source>
        <translation>--snapshot-after には秒数を指定してください:「%1」</translation>
    </message>
    <message>
        <source>--center expects LAT,LON in degrees, got &quot;%1&quot;</source>
        <translation>--center には LAT,LON(度)を指定してください:「%1」</translation>
    </message>
    <message>
        <source>--zoom expects a level from 3 to 12, got &quot;%1&quot;</source>
        <translation>--zoom には 3〜12 を指定してください:「%1」</translation>
    </message>
    <message>
        <source>Do not flash: highlight unacknowledged alerts steadily.</source>
        <translation>点滅しない: 未確認アラームを常時強調表示。</translation>
    </message>
    <message>
        <source>Display language: en, ko or ja (remembered).</source>
        <translation>表示言語: en、ko、ja(保存されます)。</translation>
    </message>
    <message>
        <source>--language expects en, ko or ja, got &quot;%1&quot;</source>
        <translation>--language には en、ko、ja のいずれかを指定してください:「%1」</translation>
    </message>
    <message>
        <source>Replay a recording (segment file, session folder or journal folder) instead of subscribing.</source>
        <translation>購読せずに記録を再生(セグメントファイル、セッションフォルダー、ジャーナルフォルダー)。</translation>
    </message>
    <message>
        <source>Folder the live console records into (default: the application data folder).</source>
        <translation>ライブ運用時の記録先フォルダー(既定: アプリケーションデータフォルダー)。</translation>
    </message>
    <message>
        <source>XYZ tiles for the map instead of the baked basemap: a directory or a URL, with or without %z/%x/%y.png.</source>
        <translation>内蔵の背景地図の代わりに使うXYZタイル: ディレクトリまたはURL(%z/%x/%y.png の有無は問わない)。</translation>
    </message>
    <message>
        <source>[limits] tracks_per_service must be a positive whole number</source>
        <translation>[limits] tracks_per_service には正の整数を指定してください</translation>
    </message>
    <message>
        <source>[journal] %1 must be a number from %2 to %3</source>
        <translation>[journal] %1 には %2 から %3 までの数値を指定してください</translation>
    </message>
    <message>
        <source>service %1 (%2): no TLS settings. Give the console&apos;s certificate and key ([tls] cert, key) and the service&apos;s CA ([tls] ca.%1), or --insecure-loopback for plaintext to a loopback address</source>
        <translation>サービス %1 (%2): TLS 設定なし。コンソールの証明書と鍵 ([tls] cert, key) とサービスの CA ([tls] ca.%1) を指定するか、ループバックアドレスへの平文接続には --insecure-loopback を使用すること</translation>
    </message>
    <message>
        <source>service %1 (%2): plaintext refused, the address is not loopback; configure TLS ([tls] cert, key, ca.%1)</source>
        <translation>サービス %1 (%2): ループバックアドレスではないため平文接続を拒否; TLS を設定すること ([tls] cert, key, ca.%1)</translation>
    </message>
    <message>
        <source>service %1: TLS needs %2</source>
        <translation>サービス %1: TLS には %2 が必要</translation>
    </message>
    <message>
        <source>service %1: cannot read %2 (%3)</source>
        <translation>サービス %1: %2 を読み込めません (%3)</translation>
    </message>
    <message>
        <source>CA that issues a service&apos;s certificate, repeatable (settings: [tls] ca.NAME).</source>
        <translation>サービス証明書を発行する CA、複数指定可 (設定: [tls] ca.NAME)。</translation>
    </message>
    <message>
        <source>This console&apos;s certificate, PEM (settings: [tls] cert).</source>
        <translation>このコンソールの証明書、PEM (設定: [tls] cert)。</translation>
    </message>
    <message>
        <source>This console&apos;s private key, PEM (settings: [tls] key).</source>
        <translation>このコンソールの秘密鍵、PEM (設定: [tls] key)。</translation>
    </message>
    <message>
        <source>Plaintext to services without TLS settings, on loopback addresses only.</source>
        <translation>TLS 設定のないサービスへ平文で接続 (ループバックアドレスのみ)。</translation>
    </message>
    <message>
        <source>--tls-ca expects NAME=FILE, got &quot;%1&quot;</source>
        <translation>--tls-ca には NAME=FILE 形式が必要、指定値: &quot;%1&quot;</translation>
    </message>
    <message>
        <source>settings file %1 is not an INI file: every line must be a [group], a key=value or a ; comment</source>
        <translation>設定ファイル %1 は INI ファイルではありません: 各行は [グループ]、キー=値、または ; コメントである必要があります</translation>
    </message>
    <message>
        <source>no track service to watch: give --service NAME=HOST:PORT or a settings file with [services] (--settings FILE), or --replay PATH to play a recording</source>
        <translation>監視する航跡サービスがありません: --service NAME=HOST:PORT または [services] を含む設定ファイル (--settings FILE) を指定するか、記録を再生するには --replay PATH を指定してください</translation>
    </message>
    <message>
        <source>CoT output over TLS needs %1</source>
        <translation>TLS での CoT 送信には %1 が必要</translation>
    </message>
    <message>
        <source>CoT output: cannot read %1 (%2)</source>
        <translation>CoT 送信: %1 を読み込めません (%2)</translation>
    </message>
    <message>
        <source>Send the live picture as Cursor-on-Target to a TAK endpoint: udp://HOST:PORT, tcp://HOST:PORT or tls://HOST:PORT (settings: [cot] url).</source>
        <translation>ライブの状況図を Cursor-on-Target で TAK の送信先へ送信: udp://HOST:PORT、tcp://HOST:PORT または tls://HOST:PORT (設定: [cot] url)。</translation>
    </message>
    <message>
        <source>CA that issues the TAK server&apos;s certificate, for tls:// (settings: [cot] ca).</source>
        <translation>TAK サーバー証明書を発行する CA、tls:// 用 (設定: [cot] ca)。</translation>
    </message>
    <message>
        <source>--cot expects udp://HOST:PORT, tcp://HOST:PORT or tls://HOST:PORT, got &quot;%1&quot;</source>
        <translation>--cot には udp://HOST:PORT、tcp://HOST:PORT または tls://HOST:PORT を指定してください:「%1」</translation>
    </message>
</context>
<context>
    <name>CotLink</name>
    <message>
        <source>no CA certificate in %1</source>
        <translation>%1 に CA 証明書がありません</translation>
    </message>
    <message>
        <source>no certificate in %1</source>
        <translation>%1 に証明書がありません</translation>
    </message>
    <message>
        <source>no private key in %1</source>
        <translation>%1 に秘密鍵がありません</translation>
    </message>
    <message>
        <source>cannot find %1: %2</source>
        <translation>%1 が見つかりません: %2</translation>
    </message>
    <message>
        <source>the receiver closed the connection</source>
        <translation>受信側が接続を切断しました</translation>
    </message>
    <message>
        <source>TLS refused: %1</source>
        <translation>TLS 拒否: %1</translation>
    </message>
</context>
<context>
    <name>Journal</name>
    <message>
        <source>%1 does not exist</source>
        <translation>%1 が存在しません</translation>
    </message>
    <message>
        <source>no recording in %1</source>
        <translation>%1 に記録がありません</translation>
    </message>
</context>
<context>
    <name>JournalReader</name>
    <message>
        <source>no journal segments in %1</source>
        <translation>%1 にジャーナルセグメントがありません</translation>
    </message>
    <message>
        <source>%1: no readable journal segment (%2)</source>
        <translation>%1: 読み取れるジャーナルセグメントがありません(%2)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: cannot map: %2</source>
        <translation>%1: マップできません: %2</translation>
    </message>
    <message>
        <source>%1: belongs to session %2, not %3</source>
        <translation>%1: セッション %3 ではなく %2 のものです</translation>
    </message>
    <message>
        <source>%1: damaged record skipped at offset %2 (%3 bytes)</source>
        <translation>%1: オフセット %2 の破損レコードをスキップ(%3 バイト)</translation>
    </message>
    <message>
        <source>%1: torn tail of %2 bytes after offset %3 ignored</source>
        <translation>%1: オフセット %3 以降の途切れた末尾 %2 バイトを無視</translation>
    </message>
</context>
<context>
    <name>MapView</name>
    <message>
        <source>No basemap: tracks and predictions are drawn on a graticule.</source>
        <translation>背景地図なし: 航跡と予測を経緯線上に表示します。</translation>
    </message>
</context>
<context>
    <name>NearestPlace</name>
    <message>
        <source>N</source>
        <translation>北</translation>
    </message>
    <message>
        <source>NE</source>
        <translation>北東</translation>
    </message>
    <message>
        <source>E</source>
        <translation>東</translation>
    </message>
    <message>
        <source>SE</source>
        <translation>南東</translation>
    </message>
    <message>
        <source>S</source>
        <translation>南</translation>
    </message>
    <message>
        <source>SW</source>
        <translation>南西</translation>
    </message>
    <message>
        <source>W</source>
        <translation>西</translation>
    </message>
    <message>
        <source>NW</source>
        <translation>北西</translation>
    </message>
    <message>
        <source>%1 km %2 of %3</source>
        <extracomment>%1 distance in km, %2 compass point (N, NE, ...) from the city, %3 the city</extracomment>
        <translation>%3の%2 %1 km</translation>
    </message>
</context>
<context>
    <name>ObjectNames</name>
    <message>
        <source>%1 (%2)</source>
        <comment>an object, then its launching state: Space launch (PRK)</comment>
        <translation>%1(%2)</translation>
    </message>
    <message>
        <source>Stage %1</source>
        <translation>%1段目</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>段</translation>
    </message>
    <message>
        <source>Fairing</source>
        <translation>フェアリング</translation>
    </message>
    <message>
        <source>Debris</source>
        <translation>破片</translation>
    </message>
    <message>
        <source>Satellite</source>
        <translation>人工衛星</translation>
    </message>
    <message>
        <source>Space launch</source>
        <translation>人工衛星の打ち上げ</translation>
    </message>
    <message>
        <source>Ballistic missile</source>
        <translation>弾道ミサイル</translation>
    </message>
</context>
<context>
    <name>OverlayScene</name>
    <message>
        <source>impact %1</source>
        <translation>落下 %1</translation>
    </message>
    <message>
        <source>impact %1 (computed locally)</source>
        <translation>落下 %1(自端末で計算)</translation>
    </message>
    <message>
        <source>%1  %2 km  %3 km/s</source>
        <translation>%1  %2 km  %3 km/s</translation>
    </message>
    <message>
        <source>apogee %1 km</source>
        <translation>最高高度 %1 km</translation>
    </message>
    <message>
        <source>launch %1</source>
        <translation>発射 %1</translation>
    </message>
    <message>
        <source> disagree</source>
        <translation> 不一致</translation>
    </message>
    <message>
        <source>Japanese territory</source>
        <translation>日本の領域</translation>
    </message>
    <message>
        <source>Republic of Korea territory</source>
        <translation>韓国の領域</translation>
    </message>
    <message>
        <source>Japan&apos;s EEZ (approx.)</source>
        <translation>日本のEEZ(概略)</translation>
    </message>
    <message>
        <source>Republic of Korea EEZ (approx.)</source>
        <translation>韓国のEEZ(概略)</translation>
    </message>
    <message>
        <source>Boundary not agreed (approx.)</source>
        <translation>境界未画定水域(概略)</translation>
    </message>
    <message>
        <source>Other land</source>
        <translation>その他の陸地</translation>
    </message>
    <message>
        <source>launch %1 ±%2 s</source>
        <translation>発射 %1 ±%2 秒</translation>
    </message>
    <message>
        <source>%1  %2</source>
        <comment>object name, then the track label</comment>
        <translation>%1  %2</translation>
    </message>
    <message>
        <source>%1 falls %2</source>
        <comment>Stage 1 falls 05:12:30Z</comment>
        <translation>%1 落下 %2</translation>
    </message>
    <message>
        <source>first orbit, to %1</source>
        <translation>最初の周回、%1まで</translation>
    </message>
    <message>
        <source>debris falls until %1</source>
        <translation>破片落下、%1まで</translation>
    </message>
    <message>
        <source>debris falls</source>
        <translation>破片落下</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>cannot write snapshot %1</source>
        <translation>スナップショット %1 を書き込めません</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 を書き込めません: %2</translation>
    </message>
    <message>
        <source>cannot write the export: %1</source>
        <translation>エクスポートを書き込めません: %1</translation>
    </message>
    <message>
        <source>Tracks</source>
        <translation>航跡</translation>
    </message>
    <message>
        <source>Predictions</source>
        <translation>予測</translation>
    </message>
    <message>
        <source>%1 impact</source>
        <translation>%1 落下</translation>
    </message>
    <message>
        <source>Impacts: predicted against actual</source>
        <translation>落下: 予測と実際</translation>
    </message>
    <message>
        <source>%1 actual impact</source>
        <translation>%1 実際の落下</translation>
    </message>
    <message>
        <source>%1 predicted at %2</source>
        <translation>%1 予測(%2)</translation>
    </message>
    <message>
        <source>%1 last prediction</source>
        <translation>%1 最終予測</translation>
    </message>
    <message>
        <source>cannot write to standard output: %1</source>
        <translation>標準出力に書き込めません: %1</translation>
    </message>
    <message>
        <source>Launches</source>
        <translation>発射</translation>
    </message>
    <message>
        <source>%1 launch</source>
        <translation>%1 発射</translation>
    </message>
    <message>
        <source>COP debrief, %1 to %2</source>
        <translation>COP 事後検証 %1～%2</translation>
    </message>
</context>
<context>
    <name>RecordingDebrief</name>
    <message>
        <source>the window %1 to %2 holds nothing of the recording, which runs from %3 to %4</source>
        <translation>%1～%2 の区間に記録はありません(記録の期間: %3～%4)</translation>
    </message>
</context>
<context>
    <name>cop::AlarmHorn</name>
    <message>
        <source>No audio output: the alarm horn cannot sound. Watch the alert panel.</source>
        <translation>音声出力なし: 警報音を鳴らせません。アラームパネルを注視してください。</translation>
    </message>
    <message>
        <source>Cannot prepare the alarm tones: %1</source>
        <translation>警報音を準備できません: %1</translation>
    </message>
    <message>
        <source>The alarm horn failed to play on %1.</source>
        <translation>%1 で警報音の再生に失敗しました。</translation>
    </message>
    <message>
        <source>Cannot write the alarm tone: %1</source>
        <translation>警報音を書き込めません: %1</translation>
    </message>
</context>
<context>
    <name>cop::AlertDetailsDialog</name>
    <message>
        <source>Alert %1 (%2)</source>
        <translation>アラーム %1(%2)</translation>
    </message>
    <message>
        <source>Severity:</source>
        <translation>優先度:</translation>
    </message>
    <message>
        <source>State:</source>
        <translation>状態:</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>種別:</translation>
    </message>
    <message>
        <source>Track:</source>
        <translation>航跡:</translation>
    </message>
    <message>
        <source>Region:</source>
        <translation>地域:</translation>
    </message>
    <message>
        <source>Reported by:</source>
        <translation>通報国:</translation>
    </message>
    <message>
        <source>Raised:</source>
        <translation>発生:</translation>
    </message>
    <message>
        <source>Launch (est.):</source>
        <translation>発射(推定):</translation>
    </message>
    <message>
        <source>Impact (est.):</source>
        <translation>落下(推定):</translation>
    </message>
    <message>
        <source>Acknowledged by:</source>
        <translation>確認者:</translation>
    </message>
    <message>
        <source>Every change of state:</source>
        <translation>すべての状態変化:</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
</context>
<context>
    <name>cop::AlertHistoryModel</name>
    <message>
        <source>%1 (exercise)</source>
        <translation>%1(訓練)</translation>
    </message>
    <message>
        <source>Time (UTC)</source>
        <translation>時刻(UTC)</translation>
    </message>
    <message>
        <source>Alert</source>
        <translation>アラーム</translation>
    </message>
    <message>
        <source>Reported by</source>
        <translation>通報国</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>種別</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>変化</translation>
    </message>
    <message>
        <source>From</source>
        <translation>変化前</translation>
    </message>
    <message>
        <source>To</source>
        <translation>変化後</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>優先度</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>運用者</translation>
    </message>
    <message>
        <source>Console</source>
        <translation>コンソール</translation>
    </message>
</context>
<context>
    <name>cop::AlertHistoryPanel</name>
    <message>
        <source>Filter: alert, nation, operator, state…</source>
        <translation>フィルター: アラーム、国、運用者、状態…</translation>
    </message>
</context>
<context>
    <name>cop::AlertPanel</name>
    <message>
        <source>Acknowledge</source>
        <translation>確認</translation>
    </message>
    <message>
        <source>Acknowledge all visible…</source>
        <translation>表示中をすべて確認…</translation>
    </message>
    <message>
        <source>Shelve</source>
        <translation>一時保留</translation>
    </message>
    <message>
        <source>Shelve for 5 minutes</source>
        <translation>5分間一時保留</translation>
    </message>
    <message>
        <source>Shelve for 10 minutes</source>
        <translation>10分間一時保留</translation>
    </message>
    <message>
        <source>Shelve for 15 minutes</source>
        <translation>15分間一時保留</translation>
    </message>
    <message>
        <source>Shelve until unshelved</source>
        <translation>解除まで一時保留</translation>
    </message>
    <message>
        <source>Unshelve</source>
        <translation>一時保留解除</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>リセット</translation>
    </message>
    <message>
        <source>Details…</source>
        <translation>詳細…</translation>
    </message>
    <message>
        <source>Silence horn</source>
        <translation>警報音停止</translation>
    </message>
    <message>
        <source>Alarm horn volume</source>
        <translation>警報音の音量</translation>
    </message>
    <message>
        <source>Horn volume</source>
        <translation>警報音量</translation>
    </message>
    <message>
        <source>Acknowledge all visible</source>
        <translation>表示中をすべて確認</translation>
    </message>
    <message numerus="yes">
        <source>Acknowledge %n visible unacknowledged alert(s) as %1?</source>
        <translation>
            <numerusform>表示中の未確認アラーム %n 件を %1 として確認しますか?</numerusform>
        </translation>
    </message>
    <message>
        <source>Horn sounding: %1</source>
        <translation>警報音鳴動中: %1</translation>
    </message>
    <message>
        <source>Centre the map on the alert&apos;s missile</source>
        <translation>アラームのミサイルを地図の中央に表示</translation>
    </message>
    <message numerus="yes">
        <source>Shelved %n alert(s) until %1</source>
        <translation>
            <numerusform>アラーム%n件を%1まで一時保留</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Shelved %n alert(s) until unshelved</source>
        <translation>
            <numerusform>アラーム%n件を解除まで一時保留</numerusform>
        </translation>
    </message>
    <message>
        <source>Horn silenced: %1 left (until %2)</source>
        <translation>警報音停止中: 残り%1(%2まで)</translation>
    </message>
</context>
<context>
    <name>cop::AlertTableModel</name>
    <message>
        <source>Severity</source>
        <translation>優先度</translation>
    </message>
    <message>
        <source>Alert</source>
        <translation>アラーム</translation>
    </message>
    <message>
        <source>Track</source>
        <translation>航跡</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>地域</translation>
    </message>
    <message>
        <source>Reported by</source>
        <translation>通報国</translation>
    </message>
    <message>
        <source>Launch (est.)</source>
        <translation>発射(推定)</translation>
    </message>
    <message>
        <source>Time to impact</source>
        <translation>落下まで</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Acknowledged by</source>
        <translation>確認者</translation>
    </message>
</context>
<context>
    <name>cop::ClassificationBar</name>
    <message>
        <source>No classification marking: no data from any track service yet</source>
        <translation>秘密区分表示なし: まだどの航跡サービスからもデータなし</translation>
    </message>
    <message>
        <source>Unmarked data from %1</source>
        <translation>%1 のデータに秘密区分表示なし</translation>
    </message>
</context>
<context>
    <name>cop::ContributorTableModel</name>
    <message>
        <source>Impact predictions disagree beyond their uncertainty: %1</source>
        <translation>落下予測地点が不確かさの範囲を超えて不一致: %1</translation>
    </message>
    <message>
        <source>Not reported by %1, though inside its coverage</source>
        <translation>%1 の探知範囲内だが %1 から報告なし</translation>
    </message>
    <message>
        <source>none</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>computed locally</source>
        <translation>自端末で計算</translation>
    </message>
    <message>
        <source>own</source>
        <translation>自国報告</translation>
    </message>
    <message>
        <source>%1, shown</source>
        <translation>%1、表示中</translation>
    </message>
    <message>
        <source>Nation</source>
        <translation>国</translation>
    </message>
    <message>
        <source>Their track</source>
        <translation>当該国の航跡</translation>
    </message>
    <message>
        <source>Age (s)</source>
        <translation>経過(s)</translation>
    </message>
    <message>
        <source>Position σ (m)</source>
        <translation>位置σ(m)</translation>
    </message>
    <message>
        <source>Velocity σ (m/s)</source>
        <translation>速度σ(m/s)</translation>
    </message>
    <message>
        <source>Prediction</source>
        <translation>予測</translation>
    </message>
</context>
<context>
    <name>cop::FeedStatusModel</name>
    <message>
        <source>Connecting</source>
        <translation>接続中</translation>
    </message>
    <message>
        <source>Live</source>
        <translation>受信中</translation>
    </message>
    <message>
        <source>Stale</source>
        <translation>更新遅延</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>途絶</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>サービス</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>アドレス</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>イベント</translation>
    </message>
    <message>
        <source>Snapshots</source>
        <translation>スナップショット</translation>
    </message>
    <message>
        <source>Gaps</source>
        <translation>欠落</translation>
    </message>
    <message>
        <source>Duplicates</source>
        <translation>重複</translation>
    </message>
    <message>
        <source>Malformed</source>
        <translation>不正形式</translation>
    </message>
    <message>
        <source>Reconnects</source>
        <translation>再接続</translation>
    </message>
    <message>
        <source>Last error</source>
        <translation>最新のエラー</translation>
    </message>
    <message>
        <source>Refused (1 min)</source>
        <translation>拒否 (1分)</translation>
    </message>
    <message>
        <source>Tracks over limit</source>
        <translation>上限超過航跡</translation>
    </message>
    <message>
        <source>Last refusal</source>
        <translation>最新の拒否理由</translation>
    </message>
    <message>
        <source>TLS</source>
        <translation>TLS</translation>
    </message>
    <message>
        <source>Plaintext (loopback)</source>
        <translation>平文 (ループバック)</translation>
    </message>
    <message>
        <source>not verified</source>
        <translation>未検証</translation>
    </message>
    <message>
        <source>%1 (verified)</source>
        <translation>%1（検証済み）</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>セキュリティ</translation>
    </message>
    <message>
        <source>Service identity</source>
        <translation>サービス識別</translation>
    </message>
    <message>
        <source>Certificate expires</source>
        <translation>証明書有効期限</translation>
    </message>
    <message>
        <source>none</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>Marking</source>
        <translation>秘密区分</translation>
    </message>
</context>
<context>
    <name>cop::FocusCycle</name>
    <message>
        <source>Focus next panel</source>
        <translation>次のパネルへフォーカス</translation>
    </message>
    <message>
        <source>Focus previous panel</source>
        <translation>前のパネルへフォーカス</translation>
    </message>
</context>
<context>
    <name>cop::JournalWriter</name>
    <message>
        <source>cannot create journal folder %1</source>
        <translation>ジャーナルフォルダー %1 を作成できません</translation>
    </message>
    <message>
        <source>cannot create a session folder in %1</source>
        <translation>%1 にセッションフォルダーを作成できません</translation>
    </message>
    <message>
        <source>recording resumed in %1</source>
        <translation>%1 で記録を再開</translation>
    </message>
    <message>
        <source> (the segment keeps a torn tail, which the next start cuts off)</source>
        <translation>(セグメントに途切れた末尾が残り、次回起動時に切り詰めます)</translation>
    </message>
    <message>
        <source>cannot sync %1: %2</source>
        <translation>%1 を同期できません: %2</translation>
    </message>
    <message>
        <source>disk full: cannot write %1 (%2)</source>
        <translation>ディスクが満杯: %1 を書き込めません(%2)</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 を書き込めません: %2</translation>
    </message>
    <message>
        <source>cannot create %1: %2</source>
        <translation>%1 を作成できません: %2</translation>
    </message>
</context>
<context>
    <name>cop::LanguageManager</name>
    <message>
        <source>unsupported language &quot;%1&quot;: use one of %2</source>
        <translation>未対応の言語「%1」: %2 のいずれかを指定してください</translation>
    </message>
    <message>
        <source>the %1 translation is missing from this build</source>
        <translation>このビルドには %1 の翻訳がありません</translation>
    </message>
</context>
<context>
    <name>cop::MainWindow</name>
    <message>
        <source>COP Console — Missile Early Warning</source>
        <translation>COP コンソール — ミサイル早期警戒</translation>
    </message>
    <message>
        <source>No track services configured: use --service NAME=HOST:PORT.</source>
        <translation>航跡サービスが未設定: --service NAME=HOST:PORT を指定してください。</translation>
    </message>
    <message>
        <source>Tracks</source>
        <translation>航跡</translation>
    </message>
    <message>
        <source>Track services</source>
        <translation>航跡サービス</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>終了(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>表示(&amp;V)</translation>
    </message>
    <message>
        <source>Reset map to region</source>
        <translation>地図を既定の地域に戻す</translation>
    </message>
    <message>
        <source>%1Z   UTC+9 %2</source>
        <translation>%1Z   JST %2</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>アラーム一覧</translation>
    </message>
    <message>
        <source>Alert history</source>
        <translation>アラーム履歴</translation>
    </message>
    <message>
        <source>Reduce motion</source>
        <translation>動きを減らす</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>言語(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Open recording…</source>
        <translation>記録を開く(&amp;O)…</translation>
    </message>
    <message>
        <source>Open recording</source>
        <translation>記録を開く</translation>
    </message>
    <message>
        <source>COP journal segments (*.copj)</source>
        <translation>COP ジャーナルセグメント (*.copj)</translation>
    </message>
    <message>
        <source>● REC</source>
        <translation>● 記録中</translation>
    </message>
    <message>
        <source>RECORDING STOPPED: %1</source>
        <translation>記録停止: %1</translation>
    </message>
    <message>
        <source>Selected track</source>
        <translation>選択中の航跡</translation>
    </message>
    <message>
        <source>Preparing basemap…</source>
        <translation>背景地図を準備中…</translation>
    </message>
    <message>
        <source>Preparing basemap %1 %</source>
        <translation>背景地図を準備中 %1 %</translation>
    </message>
    <message>
        <source>Show raw per-nation tracks</source>
        <translation>国別の元航跡を表示</translation>
    </message>
    <message>
        <source>Replay — %1 — COP Console</source>
        <translation>再生 — %1 — COP コンソール</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>ヘルプ(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts…</source>
        <translation>キーボードショートカット(&amp;K)…</translation>
    </message>
    <message>
        <source>&amp;Map window</source>
        <translation>地図ウィンドウ(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Layouts</source>
        <translation>レイアウト(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Save layout as…</source>
        <translation>名前を付けてレイアウトを保存(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Load</source>
        <translation>読み込み(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>削除(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Reset layout</source>
        <translation>レイアウトを既定に戻す(&amp;R)</translation>
    </message>
    <message>
        <source>Layout &quot;%1&quot; saved.</source>
        <translation>レイアウト「%1」を保存しました。</translation>
    </message>
    <message>
        <source>Save layout</source>
        <translation>レイアウトの保存</translation>
    </message>
    <message>
        <source>Layout name:</source>
        <translation>レイアウト名:</translation>
    </message>
    <message>
        <source>A layout named &quot;%1&quot; exists. Replace it?</source>
        <translation>レイアウト「%1」は既にあります。置き換えますか?</translation>
    </message>
    <message>
        <source>CoT %1: connecting</source>
        <translation>CoT %1: 接続中</translation>
    </message>
    <message>
        <source>CoT %1</source>
        <translation>CoT %1</translation>
    </message>
    <message>
        <source>CoT OUTPUT FAILING: %1 (%2)</source>
        <translation>CoT 送信障害: %1 (%2)</translation>
    </message>
    <message>
        <source>Legend</source>
        <translation>凡例</translation>
    </message>
</context>
<context>
    <name>cop::MapKeyboard</name>
    <message>
        <source>Map</source>
        <translation>地図</translation>
    </message>
    <message>
        <source>Pan west</source>
        <translation>西へ移動</translation>
    </message>
    <message>
        <source>Pan east</source>
        <translation>東へ移動</translation>
    </message>
    <message>
        <source>Pan north</source>
        <translation>北へ移動</translation>
    </message>
    <message>
        <source>Pan south</source>
        <translation>南へ移動</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>拡大</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>縮小</translation>
    </message>
    <message>
        <source>Select the next track</source>
        <translation>次の航跡を選択</translation>
    </message>
    <message>
        <source>Select the previous track</source>
        <translation>前の航跡を選択</translation>
    </message>
    <message>
        <source>Centre on the selected track</source>
        <translation>選択中の航跡を中央に表示</translation>
    </message>
</context>
<context>
    <name>cop::MapWindow</name>
    <message>
        <source>COP Console — Map</source>
        <translation>COP コンソール — 地図</translation>
    </message>
    <message>
        <source>Full screen</source>
        <translation>全画面表示</translation>
    </message>
</context>
<context>
    <name>cop::NoDataBanner</name>
    <message>
        <source>%1 (stale)</source>
        <translation>%1(更新遅延)</translation>
    </message>
    <message>
        <source>%1 (down)</source>
        <translation>%1(途絶)</translation>
    </message>
    <message>
        <source>%1 (connecting)</source>
        <translation>%1(接続中)</translation>
    </message>
    <message>
        <source>No track service is configured: this console shows no data.</source>
        <translation>航跡サービスが未設定: このコンソールはデータを表示しません。</translation>
    </message>
    <message>
        <source>No data from %1: the picture is incomplete. An empty map does not mean all clear.</source>
        <translation>%1 からデータ受信途絶: 状況図は不完全です。地図が空でも異常なしとは限りません。</translation>
    </message>
    <message>
        <source>Picture stalled %1 s: the map and the panels may show old data.</source>
        <translation>状況図停止 %1 秒: 地図とパネルに古いデータが表示されている可能性があります。</translation>
    </message>
</context>
<context>
    <name>cop::ReplayBanner</name>
    <message>
        <source>REPLAY — recorded %1 — console %2, session %3 — not live</source>
        <translation>再生 — 記録時刻 %1 — コンソール %2、セッション %3 — ライブではありません</translation>
    </message>
</context>
<context>
    <name>cop::ReplaySession</name>
    <message>
        <source>Open recording</source>
        <translation>記録を開く</translation>
    </message>
    <message numerus="yes">
        <source>Recording opened with %n problem(s): %1</source>
        <translation>
            <numerusform>記録を開きましたが問題が %n 件あります: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Replay</source>
        <translation>再生(&amp;R)</translation>
    </message>
    <message>
        <source>Export &amp;alerts (CSV)…</source>
        <translation>アラームをエクスポート(&amp;A)(CSV)…</translation>
    </message>
    <message>
        <source>Export tracks and predictions (&amp;KML)…</source>
        <translation>航跡と予測をエクスポート(&amp;K)(KML)…</translation>
    </message>
    <message>
        <source>Export current &amp;view (PNG)…</source>
        <translation>現在の表示をエクスポート(&amp;V)(PNG)…</translation>
    </message>
    <message>
        <source>&amp;Debrief overlay: predicted against actual impact</source>
        <translation>事後検証表示(&amp;D): 予測と実際の落下</translation>
    </message>
    <message>
        <source>Export alerts</source>
        <translation>アラームをエクスポート</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>Export KML</source>
        <translation>KMLをエクスポート</translation>
    </message>
    <message>
        <source>KML (*.kml)</source>
        <translation>KML (*.kml)</translation>
    </message>
    <message>
        <source>Export view</source>
        <translation>表示をエクスポート</translation>
    </message>
    <message>
        <source>PNG (*.png)</source>
        <translation>PNG (*.png)</translation>
    </message>
    <message>
        <source>cannot write %1</source>
        <translation>%1 を書き込めません</translation>
    </message>
    <message>
        <source>Export GeoJSON</source>
        <translation>GeoJSONをエクスポート</translation>
    </message>
    <message>
        <source>GeoJSON (*.geojson)</source>
        <translation>GeoJSON (*.geojson)</translation>
    </message>
    <message>
        <source>Export tracks and predictions (&amp;GeoJSON)…</source>
        <translation>航跡と予測をエクスポート(&amp;G)(GeoJSON)…</translation>
    </message>
    <message>
        <source>Export Cursor-on-Target</source>
        <translation>Cursor-on-Targetをエクスポート</translation>
    </message>
    <message>
        <source>Cursor-on-Target (*.cot)</source>
        <translation>Cursor-on-Target (*.cot)</translation>
    </message>
    <message>
        <source>Export Cursor-on-Target events (&amp;CoT)…</source>
        <translation>Cursor-on-Target イベントをエクスポート(&amp;C)(CoT)…</translation>
    </message>
</context>
<context>
    <name>cop::ShortcutsDialog</name>
    <message>
        <source>Main window</source>
        <translation>メインウィンドウ</translation>
    </message>
    <message>
        <source>%1, with the keyboard focus</source>
        <translation>%1(キーボードフォーカス時)</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>キーボードショートカット</translation>
    </message>
    <message>
        <source>Keys under an area &quot;with the keyboard focus&quot; work while that area has it; the others work anywhere in the window. In lists and tables the arrow keys move, and Tab moves to the next control.</source>
        <translation>「キーボードフォーカス時」と示した領域のキーは、その領域にフォーカスがあるときだけ働きます。その他のキーはウィンドウのどこでも働きます。一覧と表では矢印キーで移動し、Tab キーで次のコントロールへ移ります。</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>キー</translation>
    </message>
    <message>
        <source>Function</source>
        <translation>機能</translation>
    </message>
</context>
<context>
    <name>cop::SymbolLegend</name>
    <message>
        <source>Tracks</source>
        <translation>航跡</translation>
    </message>
    <message>
        <source>Exercise</source>
        <translation>訓練</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>地点</translation>
    </message>
    <message>
        <source>Hostile ballistic missile</source>
        <translation>敵性弾道ミサイル</translation>
    </message>
    <message>
        <source>Suspect ballistic missile</source>
        <translation>敵性の疑いがある弾道ミサイル</translation>
    </message>
    <message>
        <source>Unknown ballistic missile</source>
        <translation>不明弾道ミサイル</translation>
    </message>
    <message>
        <source>Friendly ballistic missile</source>
        <translation>味方弾道ミサイル</translation>
    </message>
    <message>
        <source>Hostile ballistic missile above 100 km</source>
        <translation>高度100 km以上の敵性弾道ミサイル</translation>
    </message>
    <message>
        <source>Stale track (no report for %1 s)</source>
        <translation>航跡更新遅延（%1秒間報告なし）</translation>
    </message>
    <message>
        <source>Faker (hostile in an exercise)</source>
        <translation>訓練上の敵性（フェイカー）</translation>
    </message>
    <message>
        <source>Joker (suspect in an exercise)</source>
        <translation>訓練上の敵性の疑い（ジョーカー）</translation>
    </message>
    <message>
        <source>Exercise unknown</source>
        <translation>訓練・不明</translation>
    </message>
    <message>
        <source>Exercise friend</source>
        <translation>訓練・味方</translation>
    </message>
    <message>
        <source>Launch point</source>
        <translation>発射地点</translation>
    </message>
    <message>
        <source>Predicted impact point</source>
        <translation>落下予測地点</translation>
    </message>
    <message>
        <source>MIL-STD-2525D. Points are red for a real hostile or suspect missile, white otherwise.</source>
        <translation>MIL-STD-2525D。実際の敵性または敵性の疑いがある弾道ミサイルの地点は赤、それ以外は白。</translation>
    </message>
    <message>
        <source>Space launches</source>
        <translation>人工衛星の打ち上げ</translation>
    </message>
    <message>
        <source>Satellite launch vehicle</source>
        <translation>衛星打ち上げ用ロケット</translation>
    </message>
    <message>
        <source>Spent stage, fairing or debris</source>
        <translation>分離した段、フェアリングまたは破片</translation>
    </message>
    <message>
        <source>Satellite in orbit</source>
        <translation>軌道上の人工衛星</translation>
    </message>
</context>
<context>
    <name>cop::TimelineBar</name>
    <message>
        <source>Previous alert</source>
        <translation>前のアラーム</translation>
    </message>
    <message>
        <source>Back one second</source>
        <translation>1秒戻る</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>一時停止</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>再生</translation>
    </message>
    <message>
        <source>Forward one second</source>
        <translation>1秒進む</translation>
    </message>
    <message>
        <source>Next alert</source>
        <translation>次のアラーム</translation>
    </message>
    <message>
        <source>Replay speed</source>
        <translation>再生速度</translation>
    </message>
    <message>
        <source>Drag to seek</source>
        <translation>ドラッグして再生位置を移動</translation>
    </message>
    <message>
        <source>Faster</source>
        <translation>速く</translation>
    </message>
    <message>
        <source>Slower</source>
        <translation>遅く</translation>
    </message>
</context>
<context>
    <name>cop::TrackDetailsWidget</name>
    <message>
        <source>Click a track on the map.</source>
        <translation>地図上の航跡をクリックしてください。</translation>
    </message>
    <message>
        <source>Sensors</source>
        <translation>センサー</translation>
    </message>
    <message>
        <source>Launch</source>
        <translation>発射</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1、%2</translation>
    </message>
    <message>
        <source>Predicted impact</source>
        <translation>落下予測</translation>
    </message>
    <message>
        <source>%1 ± %2 s at %3%4</source>
        <translation>%1 ± %2 秒、%3%4</translation>
    </message>
    <message>
        <source> (provisional)</source>
        <translation>(暫定)</translation>
    </message>
    <message>
        <source>%1 ± %2 s (95 %) at %3</source>
        <translation>%1 ± %2 秒（95%）、%3</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>%1 coordinates, %2 the nearest place (&quot;85 km ENE of Niigata&quot;)</extracomment>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>結果</translation>
    </message>
    <message>
        <source>In orbit since %1: %2 × %3 km, inclination %4°</source>
        <translation>%1から軌道上: %2 × %3 km、軌道傾斜角 %4°</translation>
    </message>
    <message>
        <source>stage %1</source>
        <translation>%1段目</translation>
    </message>
    <message>
        <source>a stage</source>
        <translation>いずれかの段</translation>
    </message>
    <message>
        <source>%1 did not ignite</source>
        <translation>%1が点火せず</translation>
    </message>
    <message>
        <source>broke up</source>
        <translation>空中分解</translation>
    </message>
    <message>
        <source>%1 burned out short of orbit speed</source>
        <translation>%1が軌道速度に達する前に燃焼終了</translation>
    </message>
    <message>
        <source>cause not reported</source>
        <translation>原因は未報告</translation>
    </message>
    <message>
        <source>Failed at %1: %2; debris falls at %3 until %4</source>
        <translation>%1に失敗: %2。破片落下 %3、%4まで</translation>
    </message>
    <message>
        <source>Failed at %1: %2; debris falls at %3</source>
        <translation>%1に失敗: %2。破片落下 %3</translation>
    </message>
</context>
<context>
    <name>cop::TrackServices</name>
    <message>
        <source>no track service named %1</source>
        <translation>%1 という航跡サービスはありません</translation>
    </message>
</context>
<context>
    <name>cop::TrackTableModel</name>
    <message>
        <source>Boost</source>
        <translation>ブースト</translation>
    </message>
    <message>
        <source>Midcourse</source>
        <translation>ミッドコース</translation>
    </message>
    <message>
        <source>Terminal</source>
        <translation>ターミナル</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>不明</translation>
    </message>
    <message>
        <source>%1 (exercise)</source>
        <translation>%1(訓練)</translation>
    </message>
    <message>
        <source>Nation</source>
        <translation>国</translation>
    </message>
    <message>
        <source>Track</source>
        <translation>航跡</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>段階</translation>
    </message>
    <message>
        <source>Lat (°)</source>
        <translation>緯度(°)</translation>
    </message>
    <message>
        <source>Lon (°)</source>
        <translation>経度(°)</translation>
    </message>
    <message>
        <source>Alt (km)</source>
        <translation>高度(km)</translation>
    </message>
    <message>
        <source>Speed (km/s)</source>
        <translation>速度(km/s)</translation>
    </message>
    <message>
        <source>Age (s)</source>
        <translation>経過(s)</translation>
    </message>
    <message>
        <source>Quality</source>
        <translation>品質</translation>
    </message>
    <message>
        <source>%1 — nations disagree</source>
        <translation>%1 — 国間の不一致</translation>
    </message>
    <message>
        <source>Nations</source>
        <translation>報告国</translation>
    </message>
    <message>
        <source>Impact (predicted)</source>
        <translation>落下予測</translation>
    </message>
    <message>
        <source>Object</source>
        <translation>物体</translation>
    </message>
</context>
</TS>
