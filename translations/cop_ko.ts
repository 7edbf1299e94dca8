<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko" sourcelanguage="en">
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
        <translation>긴급</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>경고</translation>
    </message>
    <message>
        <source>Advisory</source>
        <translation>주의</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>미상</translation>
    </message>
    <message>
        <source>Launch detected</source>
        <translation>발사 탐지</translation>
    </message>
    <message>
        <source>Impact in territory</source>
        <translation>영역 내 탄착</translation>
    </message>
    <message>
        <source>Impact in EEZ</source>
        <translation>EEZ 내 탄착</translation>
    </message>
    <message>
        <source>Impact at sea</source>
        <translation>해상 탄착</translation>
    </message>
    <message>
        <source>Overflight</source>
        <translation>상공 통과</translation>
    </message>
    <message>
        <source>Track lost</source>
        <translation>항적 소실</translation>
    </message>
    <message>
        <source>Impact</source>
        <translation>탄착</translation>
    </message>
    <message>
        <source>Data feed lost</source>
        <translation>데이터 수신 두절</translation>
    </message>
    <message>
        <source>Unknown alert</source>
        <translation>미상 경보</translation>
    </message>
    <message>
        <source>Active, unacknowledged</source>
        <translation>발생 중, 미인지</translation>
    </message>
    <message>
        <source>Active, acknowledged</source>
        <translation>발생 중, 인지됨</translation>
    </message>
    <message>
        <source>Returned to normal, unacknowledged</source>
        <translation>정상 복귀, 미인지</translation>
    </message>
    <message>
        <source>Returned to normal</source>
        <translation>정상 복귀</translation>
    </message>
    <message>
        <source>Shelved</source>
        <translation>보류</translation>
    </message>
    <message>
        <source>Latched, needs reset</source>
        <translation>래치됨, 리셋 필요</translation>
    </message>
    <message>
        <source>Ack pending</source>
        <translation>인지 전송 중</translation>
    </message>
    <message>
        <source>Ack refused: %1</source>
        <translation>인지 거부됨: %1</translation>
    </message>
    <message>
        <source>Shelved until %1</source>
        <translation>%1까지 보류</translation>
    </message>
    <message>
        <source>Shelved until unshelved</source>
        <translation>보류 해제 시까지 보류</translation>
    </message>
    <message>
        <source>Raised</source>
        <translation>발생</translation>
    </message>
    <message>
        <source>Condition active</source>
        <translation>조건 발생 중</translation>
    </message>
    <message>
        <source>Condition returned to normal</source>
        <translation>조건 정상 복귀</translation>
    </message>
    <message>
        <source>Escalated</source>
        <translation>등급 상향</translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation>인지</translation>
    </message>
    <message>
        <source>Unshelved</source>
        <translation>보류 해제</translation>
    </message>
    <message>
        <source>Shelf expired</source>
        <translation>보류 만료</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>리셋</translation>
    </message>
    <message>
        <source>Open sea</source>
        <translation>공해상</translation>
    </message>
    <message>
        <source>Sea of Japan (East Sea)</source>
        <translation>동해</translation>
    </message>
    <message>
        <source>Launch detected: track %1. Predicted impact: %2, approx. %3.</source>
        <translation>발사 탐지: 항적 %1. 예상 탄착: %2, %3경.</translation>
    </message>
    <message>
        <source>Predicted impact of track %1: %2, approx. %3.</source>
        <translation>항적 %1 예상 탄착: %2, %3경.</translation>
    </message>
    <message>
        <source>Track %1 is predicted to fly over: %2.</source>
        <translation>항적 %1 상공 통과 예상: %2.</translation>
    </message>
    <message>
        <source>Track %1 was lost.</source>
        <translation>항적 %1 소실.</translation>
    </message>
    <message>
        <source>Track %1 impacted: %2.</source>
        <translation>항적 %1 탄착: %2.</translation>
    </message>
    <message>
        <source>No data from track service %1: the picture is incomplete.</source>
        <translation>항적 서비스 %1 데이터 수신 두절: 상황도가 불완전합니다.</translation>
    </message>
    <message>
        <source>Alert %1 on track %2.</source>
        <translation>항적 %2 경보 %1.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>passed</source>
        <translation>경과</translation>
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
        <translation>훈련</translation>
    </message>
    <message>
        <source>Nations disagree</source>
        <translation>국가 간 불일치</translation>
    </message>
    <message>
        <source>The nations disagree about track %1: their impact predictions differ beyond their uncertainty, or a nation that should see it does not report it. Check its contributors.</source>
        <translation>항적 %1에 대해 국가 간 정보가 일치하지 않음: 예상 탄착지점이 불확실성 범위를 넘어 다르거나, 탐지 범위 안의 국가가 보고하지 않음. 제공 국가를 확인할 것.</translation>
    </message>
    <message>
        <source>Invalid data</source>
        <translation>데이터 오류</translation>
    </message>
    <message>
        <source>Picture stalled</source>
        <translation>상황도 정지</translation>
    </message>
    <message>
        <source>Track service %1 sends invalid data: the console refuses part of what it reports. The track services panel shows the last reason.</source>
        <translation>항적 서비스 %1 데이터 오류: 콘솔이 보고 내용 일부를 거부합니다. 최근 거부 사유는 항적 서비스 패널에 표시됩니다.</translation>
    </message>
    <message>
        <source>This console&apos;s picture stopped updating for over a second: the map and the panels showed old data meanwhile.</source>
        <translation>이 콘솔의 상황도가 1초 넘게 갱신되지 않았습니다: 그동안 지도와 패널에 이전 데이터가 표시되었습니다.</translation>
    </message>
    <message>
        <source>Impact area not yet predictable</source>
        <translation>탄착 범위 아직 예측 불가</translation>
    </message>
    <message>
        <source>Not delivered: alert gone after %1 restart</source>
        <translation>전달되지 않음: %1 재시작 후 경보가 사라짐</translation>
    </message>
    <message>
        <source>Same event back after %1 restart: acknowledgement sent again</source>
        <translation>%1 재시작 후 같은 사건이 다시 발생: 인지를 다시 보냄</translation>
    </message>
    <message>
        <source>Raised again after %1 restart</source>
        <translation>%1 재시작 후 다시 발령</translation>
    </message>
    <message>
        <source>Undelivered acknowledgement dismissed</source>
        <translation>전달되지 않은 인지를 닫음</translation>
    </message>
    <message>
        <source>Launch detected: track %1. Impact area not yet predictable.</source>
        <translation>발사 탐지: 항적 %1. 탄착 범위 아직 예측 불가.</translation>
    </message>
    <message>
        <source>Certificate expiring</source>
        <translation>인증서 만료 임박</translation>
    </message>
    <message>
        <source>The certificate of track service %1 expires within 7 days; after that the console refuses the service. The track services panel shows the date.</source>
        <translation>항적 서비스 %1의 인증서가 7일 이내에 만료됨: 만료 후 콘솔은 이 서비스를 거부합니다. 만료일은 항적 서비스 패널에 표시됩니다.</translation>
    </message>
    <message>
        <source>%1 (%2, verified)</source>
        <translation>%1 (%2, 검증됨)</translation>
    </message>
    <message>
        <source>Marking changed</source>
        <translation>보안 등급 표시 변경</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>a nation&apos;s service says where its missile comes down: nation, region</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 [%2]</source>
        <comment>the console&apos;s impact region of a missile, then what services say otherwise</comment>
        <translation>%1 [%2]</translation>
    </message>
    <message>
        <source>Track service %1 changed the classification marking of its data. The banner shows the marking that now governs the picture, the track services panel each service&apos;s.</source>
        <translation>항적 서비스 %1의 데이터 보안 등급 표시가 변경됨. 상황도에 적용되는 등급은 배너에, 서비스별 등급은 항적 서비스 패널에 표시됩니다.</translation>
    </message>
    <message>
        <source>%1 ±%2 s</source>
        <translation>%1 ±%2초</translation>
    </message>
    <message>
        <source>The condition has returned to normal, but this alert latches: it stays on the list until an operator who has checked the cause resets it (Reset).</source>
        <translation>상태는 정상 복귀했지만 이 경보는 래치됩니다. 원인을 확인한 운용자가 리셋할 때까지 목록에 남습니다(리셋).</translation>
    </message>
    <message>
        <source>Entered orbit</source>
        <translation>궤도 진입</translation>
    </message>
    <message>
        <source>Falling debris</source>
        <translation>잔해 낙하</translation>
    </message>
    <message>
        <source>Stage drop</source>
        <translation>단 낙하</translation>
    </message>
    <message>
        <source>Space launch track %1 entered orbit: it does not come down.</source>
        <translation>위성 발사 항적 %1 궤도 진입: 낙하하지 않음.</translation>
    </message>
    <message>
        <source>Space launch track %1 failed: debris falls in %2 until approx. %3.</source>
        <translation>위성 발사 항적 %1 실패: %2에 잔해 낙하, %3경까지.</translation>
    </message>
    <message>
        <source>Spent stage or fairing %1 falls in %2 at approx. %3.</source>
        <translation>분리된 단 또는 페어링 %1 낙하: %2, %3경.</translation>
    </message>
    <message>
        <source>No impact: bound for orbit</source>
        <translation>탄착 없음: 궤도 진입 예정</translation>
    </message>
</context>
<context>
    <name>ConsoleOptions</name>
    <message>
        <source>invalid service name &quot;%1&quot;: use letters and digits, e.g. US</source>
        <translation>잘못된 서비스 이름 &quot;%1&quot;: 영문자와 숫자를 사용하십시오 (예: US)</translation>
    </message>
    <message>
        <source>invalid address &quot;%1&quot; for service %2: expected HOST:PORT</source>
        <translation>서비스 %2의 주소 &quot;%1&quot;이(가) 잘못됨: HOST:PORT 형식이어야 합니다</translation>
    </message>
    <message>
        <source>Missile early-warning common operational picture console.</source>
        <translation>미사일 조기경보 공통작전상황도 콘솔.</translation>
    </message>
    <message>
        <source>Track service to subscribe to, repeatable.</source>
        <translation>구독할 항적 서비스 (반복 지정 가능).</translation>
    </message>
    <message>
        <source>Settings file (INI) with [services] NAME=HOST:PORT.</source>
        <translation>[services] NAME=HOST:PORT 항목이 있는 설정 파일(INI).</translation>
    </message>
    <message>
        <source>This console&apos;s id, sent with acknowledgements.</source>
        <translation>이 콘솔의 ID (인지와 함께 전송).</translation>
    </message>
    <message>
        <source>Operator name, sent with acknowledgements.</source>
        <translation>운용자 이름 (인지와 함께 전송).</translation>
    </message>
    <message>
        <source>Render the main window to a PNG file, then exit.</source>
        <translation>주 창을 PNG 파일로 저장한 후 종료.</translation>
    </message>
    <message>
        <source>Seconds to run before the snapshot (default 5).</source>
        <translation>스냅샷 전 실행 시간(초, 기본값 5).</translation>
    </message>
    <message>
        <source>Initial map centre.</source>
        <translation>지도 초기 중심.</translation>
    </message>
    <message>
        <source>Initial map zoom level (3-12).</source>
        <translation>지도 초기 확대 수준 (3-12).</translation>
    </message>
    <message>
        <source>unexpected argument &quot;%1&quot;</source>
        <translation>예상치 못한 인수 &quot;%1&quot;</translation>
    </message>
    <message>
        <source>cannot read settings file %1</source>
        <translation>설정 파일 %1을(를) 읽을 수 없음</translation>
    </message>
    <message>
        <source>--service expects NAME=HOST:PORT, got &quot;%1&quot;</source>
        <translation>--service는 NAME=HOST:PORT 형식이어야 함: &quot;%1&quot;</translation>
    </message>
    <message>
        <source>service %1 is configured twice</source>
        <translation>서비스 %1이(가) 두 번 설정됨</translation>
    </message>
    <message>
        <source>--snapshot-after expects seconds, got &quot;%1&quot;</source>
        <translation>--snapshot-after는 초 단위 값이어야 함: &quot;%1&quot;</translation>
    </message>
    <message>
        <source>--center expects LAT,LON in degrees, got &quot;%1&quot;</source>
        <translation>--center는 LAT,LON (도) 형식이어야 함: &quot;%1&quot;</translation>
    </message>
    <message>
        <source>--zoom expects a level from 3 to 12, got &quot;%1&quot;</source>
        <translation>--zoom은 3에서 12 사이여야 함: &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Do not flash: highlight unacknowledged alerts steadily.</source>
        <translation>깜박임 없음: 미인지 경보를 고정 강조 표시.</translation>
    </message>
    <message>
        <source>Display language: en, ko or ja (remembered).</source>
        <translation>표시 언어: en, ko, ja (저장됨).</translation>
    </message>
    <message>
        <source>--language expects en, ko or ja, got &quot;%1&quot;</source>
        <translation>--language는 en, ko, ja 중 하나여야 함: &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Replay a recording (segment file, session folder or journal folder) instead of subscribing.</source>
        <translation>구독 대신 기록을 재생 (세그먼트 파일, 세션 폴더 또는 저널 폴더).</translation>
    </message>
    <message>
        <source>Folder the live console records into (default: the application data folder).</source>
        <translation>실시간 콘솔의 기록 폴더 (기본값: 애플리케이션 데이터 폴더).</translation>
    </message>
    <message>
        <source>XYZ tiles for the map instead of the baked basemap: a directory or a URL, with or without %z/%x/%y.png.</source>
        <translation>내장 배경 지도 대신 사용할 XYZ 타일: 디렉터리 또는 URL (%z/%x/%y.png 포함 여부 무관).</translation>
    </message>
    <message>
        <source>[limits] tracks_per_service must be a positive whole number</source>
        <translation>[limits] tracks_per_service은(는) 양의 정수여야 합니다</translation>
    </message>
    <message>
        <source>[journal] %1 must be a number from %2 to %3</source>
        <translation>[journal] %1은(는) %2에서 %3 사이의 숫자여야 함</translation>
    </message>
    <message>
        <source>service %1 (%2): no TLS settings. Give the console&apos;s certificate and key ([tls] cert, key) and the service&apos;s CA ([tls] ca.%1), or --insecure-loopback for plaintext to a loopback address</source>
        <translation>서비스 %1 (%2): TLS 설정 없음. 콘솔 인증서와 키([tls] cert, key) 및 서비스 CA([tls] ca.%1)를 지정하거나, 루프백 주소에 평문으로 연결하려면 --insecure-loopback을 사용할 것</translation>
    </message>
    <message>
        <source>service %1 (%2): plaintext refused, the address is not loopback; configure TLS ([tls] cert, key, ca.%1)</source>
        <translation>서비스 %1 (%2): 루프백 주소가 아니므로 평문 연결 거부; TLS를 설정할 것([tls] cert, key, ca.%1)</translation>
    </message>
    <message>
        <source>service %1: TLS needs %2</source>
        <translation>서비스 %1: TLS에 %2 필요</translation>
    </message>
    <message>
        <source>service %1: cannot read %2 (%3)</source>
        <translation>서비스 %1: %2을(를) 읽을 수 없음 (%3)</translation>
    </message>
    <message>
        <source>CA that issues a service&apos;s certificate, repeatable (settings: [tls] ca.NAME).</source>
        <translation>서비스 인증서를 발급하는 CA, 반복 지정 가능 (설정: [tls] ca.NAME).</translation>
    </message>
    <message>
        <source>This console&apos;s certificate, PEM (settings: [tls] cert).</source>
        <translation>이 콘솔의 인증서, PEM (설정: [tls] cert).</translation>
    </message>
    <message>
        <source>This console&apos;s private key, PEM (settings: [tls] key).</source>
        <translation>이 콘솔의 개인 키, PEM (설정: [tls] key).</translation>
    </message>
    <message>
        <source>Plaintext to services without TLS settings, on loopback addresses only.</source>
        <translation>TLS 설정이 없는 서비스에 평문 연결 (루프백 주소만).</translation>
    </message>
    <message>
        <source>--tls-ca expects NAME=FILE, got &quot;%1&quot;</source>
        <translation>--tls-ca에는 NAME=FILE 형식이 필요함, 입력값: &quot;%1&quot;</translation>
    </message>
    <message>
        <source>settings file %1 is not an INI file: every line must be a [group], a key=value or a ; comment</source>
        <translation>설정 파일 %1은(는) INI 파일이 아님: 모든 줄은 [그룹], 키=값 또는 ; 주석이어야 함</translation>
    </message>
    <message>
        <source>no track service to watch: give --service NAME=HOST:PORT or a settings file with [services] (--settings FILE), or --replay PATH to play a recording</source>
        <translation>감시할 항적 서비스 없음: --service NAME=HOST:PORT 또는 [services]가 있는 설정 파일(--settings FILE)을 지정하거나, 기록을 재생하려면 --replay PATH 지정</translation>
    </message>
    <message>
        <source>CoT output over TLS needs %1</source>
        <translation>TLS를 통한 CoT 송신에 %1 필요</translation>
    </message>
    <message>
        <source>CoT output: cannot read %1 (%2)</source>
        <translation>CoT 송신: %1을(를) 읽을 수 없음 (%2)</translation>
    </message>
    <message>
        <source>Send the live picture as Cursor-on-Target to a TAK endpoint: udp://HOST:PORT, tcp://HOST:PORT or tls://HOST:PORT (settings: [cot] url).</source>
        <translation>실시간 상황도를 Cursor-on-Target으로 TAK 수신처에 송신: udp://HOST:PORT, tcp://HOST:PORT 또는 tls://HOST:PORT (설정: [cot] url).</translation>
    </message>
    <message>
        <source>CA that issues the TAK server&apos;s certificate, for tls:// (settings: [cot] ca).</source>
        <translation>TAK 서버 인증서를 발급하는 CA, tls://용 (설정: [cot] ca).</translation>
    </message>
    <message>
        <source>--cot expects udp://HOST:PORT, tcp://HOST:PORT or tls://HOST:PORT, got &quot;%1&quot;</source>
        <translation>--cot는 udp://HOST:PORT, tcp://HOST:PORT 또는 tls://HOST:PORT 형식이어야 함: &quot;%1&quot;</translation>
    </message>
</context>
<context>
    <name>CotLink</name>
    <message>
        <source>no CA certificate in %1</source>
        <translation>%1에 CA 인증서 없음</translation>
    </message>
    <message>
        <source>no certificate in %1</source>
        <translation>%1에 인증서 없음</translation>
    </message>
    <message>
        <source>no private key in %1</source>
        <translation>%1에 개인 키 없음</translation>
    </message>
    <message>
        <source>cannot find %1: %2</source>
        <translation>%1을(를) 찾을 수 없음: %2</translation>
    </message>
    <message>
        <source>the receiver closed the connection</source>
        <translation>수신 측이 연결을 종료함</translation>
    </message>
    <message>
        <source>TLS refused: %1</source>
        <translation>TLS 거부: %1</translation>
    </message>
</context>
<context>
    <name>Journal</name>
    <message>
        <source>%1 does not exist</source>
        <translation>%1이(가) 존재하지 않음</translation>
    </message>
    <message>
        <source>no recording in %1</source>
        <translation>%1에 기록 없음</translation>
    </message>
</context>
<context>
    <name>JournalReader</name>
    <message>
        <source>no journal segments in %1</source>
        <translation>%1에 저널 세그먼트 없음</translation>
    </message>
    <message>
        <source>%1: no readable journal segment (%2)</source>
        <translation>%1: 읽을 수 있는 저널 세그먼트 없음 (%2)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: cannot map: %2</source>
        <translation>%1: 매핑할 수 없음: %2</translation>
    </message>
    <message>
        <source>%1: belongs to session %2, not %3</source>
        <translation>%1: 세션 %3이(가) 아니라 %2에 속함</translation>
    </message>
    <message>
        <source>%1: damaged record skipped at offset %2 (%3 bytes)</source>
        <translation>%1: 오프셋 %2의 손상된 레코드 건너뜀 (%3바이트)</translation>
    </message>
    <message>
        <source>%1: torn tail of %2 bytes after offset %3 ignored</source>
        <translation>%1: 오프셋 %3 이후의 잘린 끝부분 %2바이트 무시</translation>
    </message>
</context>
<context>
    <name>MapView</name>
    <message>
        <source>No basemap: tracks and predictions are drawn on a graticule.</source>
        <translation>배경 지도 없음: 항적과 예측을 경위선 위에 표시합니다.</translation>
    </message>
</context>
<context>
    <name>NearestPlace</name>
    <message>
        <source>N</source>
        <translation>북</translation>
    </message>
    <message>
        <source>NE</source>
        <translation>북동</translation>
    </message>
    <message>
        <source>E</source>
        <translation>동</translation>
    </message>
    <message>
        <source>SE</source>
        <translation>남동</translation>
    </message>
    <message>
        <source>S</source>
        <translation>남</translation>
    </message>
    <message>
        <source>SW</source>
        <translation>남서</translation>
    </message>
    <message>
        <source>W</source>
        <translation>서</translation>
    </message>
    <message>
        <source>NW</source>
        <translation>북서</translation>
    </message>
    <message>
        <source>%1 km %2 of %3</source>
        <extracomment>%1 distance in km, %2 compass point (N, NE, ...) from the city, %3 the city</extracomment>
        <translation>%3 %2쪽 %1 km</translation>
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
        <translation>%1단</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>단</translation>
    </message>
    <message>
        <source>Fairing</source>
        <translation>페어링</translation>
    </message>
    <message>
        <source>Debris</source>
        <translation>잔해</translation>
    </message>
    <message>
        <source>Satellite</source>
        <translation>위성</translation>
    </message>
    <message>
        <source>Space launch</source>
        <translation>위성 발사</translation>
    </message>
    <message>
        <source>Ballistic missile</source>
        <translation>탄도미사일</translation>
    </message>
</context>
<context>
    <name>OverlayScene</name>
    <message>
        <source>impact %1</source>
        <translation>탄착 %1</translation>
    </message>
    <message>
        <source>impact %1 (computed locally)</source>
        <translation>탄착 %1 (자체 계산)</translation>
    </message>
    <message>
        <source>%1  %2 km  %3 km/s</source>
        <translation>%1  %2 km  %3 km/s</translation>
    </message>
    <message>
        <source>apogee %1 km</source>
        <translation>정점고도 %1 km</translation>
    </message>
    <message>
        <source>launch %1</source>
        <translation>발사 %1</translation>
    </message>
    <message>
        <source> disagree</source>
        <translation> 불일치</translation>
    </message>
    <message>
        <source>Japanese territory</source>
        <translation>일본 영역</translation>
    </message>
    <message>
        <source>Republic of Korea territory</source>
        <translation>대한민국 영역</translation>
    </message>
    <message>
        <source>Japan&apos;s EEZ (approx.)</source>
        <translation>일본 EEZ (근사)</translation>
    </message>
    <message>
        <source>Republic of Korea EEZ (approx.)</source>
        <translation>대한민국 EEZ (근사)</translation>
    </message>
    <message>
        <source>Boundary not agreed (approx.)</source>
        <translation>경계 미획정 수역 (근사)</translation>
    </message>
    <message>
        <source>Other land</source>
        <translation>기타 육지</translation>
    </message>
    <message>
        <source>launch %1 ±%2 s</source>
        <translation>발사 %1 ±%2초</translation>
    </message>
    <message>
        <source>%1  %2</source>
        <comment>object name, then the track label</comment>
        <translation>%1  %2</translation>
    </message>
    <message>
        <source>%1 falls %2</source>
        <comment>Stage 1 falls 05:12:30Z</comment>
        <translation>%1 낙하 %2</translation>
    </message>
    <message>
        <source>first orbit, to %1</source>
        <translation>첫 궤도, %1까지</translation>
    </message>
    <message>
        <source>debris falls until %1</source>
        <translation>잔해 낙하, %1까지</translation>
    </message>
    <message>
        <source>debris falls</source>
        <translation>잔해 낙하</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>cannot write snapshot %1</source>
        <translation>스냅샷 %1을(를) 쓸 수 없음</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1을(를) 쓸 수 없음: %2</translation>
    </message>
    <message>
        <source>cannot write the export: %1</source>
        <translation>내보내기를 쓸 수 없음: %1</translation>
    </message>
    <message>
        <source>Tracks</source>
        <translation>항적</translation>
    </message>
    <message>
        <source>Predictions</source>
        <translation>예측</translation>
    </message>
    <message>
        <source>%1 impact</source>
        <translation>%1 탄착</translation>
    </message>
    <message>
        <source>Impacts: predicted against actual</source>
        <translation>탄착: 예측 대 실제</translation>
    </message>
    <message>
        <source>%1 actual impact</source>
        <translation>%1 실제 탄착</translation>
    </message>
    <message>
        <source>%1 predicted at %2</source>
        <translation>%1 예측 (%2)</translation>
    </message>
    <message>
        <source>%1 last prediction</source>
        <translation>%1 최종 예측</translation>
    </message>
    <message>
        <source>cannot write to standard output: %1</source>
        <translation>표준 출력에 쓸 수 없음: %1</translation>
    </message>
    <message>
        <source>Launches</source>
        <translation>발사</translation>
    </message>
    <message>
        <source>%1 launch</source>
        <translation>%1 발사</translation>
    </message>
    <message>
        <source>COP debrief, %1 to %2</source>
        <translation>COP 사후 강평, %1 ~ %2</translation>
    </message>
</context>
<context>
    <name>RecordingDebrief</name>
    <message>
        <source>the window %1 to %2 holds nothing of the recording, which runs from %3 to %4</source>
        <translation>%1 ~ %2 구간에는 기록된 내용이 없음 (기록 기간: %3 ~ %4)</translation>
    </message>
</context>
<context>
    <name>cop::AlarmHorn</name>
    <message>
        <source>No audio output: the alarm horn cannot sound. Watch the alert panel.</source>
        <translation>오디오 출력 없음: 경보음이 울릴 수 없습니다. 경보 패널을 주시하십시오.</translation>
    </message>
    <message>
        <source>Cannot prepare the alarm tones: %1</source>
        <translation>경보음을 준비할 수 없음: %1</translation>
    </message>
    <message>
        <source>The alarm horn failed to play on %1.</source>
        <translation>%1에서 경보음 재생 실패.</translation>
    </message>
    <message>
        <source>Cannot write the alarm tone: %1</source>
        <translation>경보음을 쓸 수 없음: %1</translation>
    </message>
</context>
<context>
    <name>cop::AlertDetailsDialog</name>
    <message>
        <source>Alert %1 (%2)</source>
        <translation>경보 %1 (%2)</translation>
    </message>
    <message>
        <source>Severity:</source>
        <translation>경보 등급:</translation>
    </message>
    <message>
        <source>State:</source>
        <translation>상태:</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>종류:</translation>
    </message>
    <message>
        <source>Track:</source>
        <translation>항적:</translation>
    </message>
    <message>
        <source>Region:</source>
        <translation>지역:</translation>
    </message>
    <message>
        <source>Reported by:</source>
        <translation>보고 국가:</translation>
    </message>
    <message>
        <source>Raised:</source>
        <translation>발생:</translation>
    </message>
    <message>
        <source>Launch (est.):</source>
        <translation>발사 (추정):</translation>
    </message>
    <message>
        <source>Impact (est.):</source>
        <translation>탄착 (추정):</translation>
    </message>
    <message>
        <source>Acknowledged by:</source>
        <translation>인지자:</translation>
    </message>
    <message>
        <source>Every change of state:</source>
        <translation>모든 상태 변화:</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>cop::AlertHistoryModel</name>
    <message>
        <source>%1 (exercise)</source>
        <translation>%1 (훈련)</translation>
    </message>
    <message>
        <source>Time (UTC)</source>
        <translation>시각 (UTC)</translation>
    </message>
    <message>
        <source>Alert</source>
        <translation>경보</translation>
    </message>
    <message>
        <source>Reported by</source>
        <translation>보고 국가</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>종류</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>변화</translation>
    </message>
    <message>
        <source>From</source>
        <translation>이전</translation>
    </message>
    <message>
        <source>To</source>
        <translation>이후</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>경보 등급</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>운용자</translation>
    </message>
    <message>
        <source>Console</source>
        <translation>콘솔</translation>
    </message>
</context>
<context>
    <name>cop::AlertHistoryPanel</name>
    <message>
        <source>Filter: alert, nation, operator, state…</source>
        <translation>필터: 경보, 국가, 운용자, 상태…</translation>
    </message>
</context>
<context>
    <name>cop::AlertPanel</name>
    <message>
        <source>Acknowledge</source>
        <translation>인지</translation>
    </message>
    <message>
        <source>Acknowledge all visible…</source>
        <translation>표시된 경보 모두 인지…</translation>
    </message>
    <message>
        <source>Shelve</source>
        <translation>보류</translation>
    </message>
    <message>
        <source>Shelve for 5 minutes</source>
        <translation>5분 보류</translation>
    </message>
    <message>
        <source>Shelve for 10 minutes</source>
        <translation>10분 보류</translation>
    </message>
    <message>
        <source>Shelve for 15 minutes</source>
        <translation>15분 보류</translation>
    </message>
    <message>
        <source>Shelve until unshelved</source>
        <translation>해제 시까지 보류</translation>
    </message>
    <message>
        <source>Unshelve</source>
        <translation>보류 해제</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>리셋</translation>
    </message>
    <message>
        <source>Details…</source>
        <translation>상세…</translation>
    </message>
    <message>
        <source>Silence horn</source>
        <translation>경보음 중지</translation>
    </message>
    <message>
        <source>Alarm horn volume</source>
        <translation>경보음 음량</translation>
    </message>
    <message>
        <source>Horn volume</source>
        <translation>경보음 음량</translation>
    </message>
    <message>
        <source>Acknowledge all visible</source>
        <translation>표시된 경보 모두 인지</translation>
    </message>
    <message numerus="yes">
        <source>Acknowledge %n visible unacknowledged alert(s) as %1?</source>
        <translation>
            <numerusform>표시된 미인지 경보 %n건을 %1(으)로 인지하시겠습니까?</numerusform>
        </translation>
    </message>
    <message>
        <source>Horn sounding: %1</source>
        <translation>경보음 울림: %1</translation>
    </message>
    <message>
        <source>Centre the map on the alert&apos;s missile</source>
        <translation>경보 대상 미사일을 지도 중앙에</translation>
    </message>
    <message numerus="yes">
        <source>Shelved %n alert(s) until %1</source>
        <translation>
            <numerusform>경보 %n건을 %1까지 보류</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Shelved %n alert(s) until unshelved</source>
        <translation>
            <numerusform>경보 %n건을 보류 해제 시까지 보류</numerusform>
        </translation>
    </message>
    <message>
        <source>Horn silenced: %1 left (until %2)</source>
        <translation>경보음 중지: %1 남음 (%2까지)</translation>
    </message>
</context>
<context>
    <name>cop::AlertTableModel</name>
    <message>
        <source>Severity</source>
        <translation>경보 등급</translation>
    </message>
    <message>
        <source>Alert</source>
        <translation>경보</translation>
    </message>
    <message>
        <source>Track</source>
        <translation>항적</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>지역</translation>
    </message>
    <message>
        <source>Reported by</source>
        <translation>보고 국가</translation>
    </message>
    <message>
        <source>Launch (est.)</source>
        <translation>발사 (추정)</translation>
    </message>
    <message>
        <source>Time to impact</source>
        <translation>탄착까지</translation>
    </message>
    <message>
        <source>State</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>Acknowledged by</source>
        <translation>인지자</translation>
    </message>
</context>
<context>
    <name>cop::ClassificationBar</name>
    <message>
        <source>No classification marking: no data from any track service yet</source>
        <translation>보안 등급 표시 없음: 아직 어떤 항적 서비스에서도 데이터 없음</translation>
    </message>
    <message>
        <source>Unmarked data from %1</source>
        <translation>%1의 데이터에 보안 등급 표시 없음</translation>
    </message>
</context>
<context>
    <name>cop::ContributorTableModel</name>
    <message>
        <source>Impact predictions disagree beyond their uncertainty: %1</source>
        <translation>예상 탄착지점이 불확실성 범위를 넘어 불일치: %1</translation>
    </message>
    <message>
        <source>Not reported by %1, though inside its coverage</source>
        <translation>%1 탐지 범위 안이나 %1 보고 없음</translation>
    </message>
    <message>
        <source>none</source>
        <translation>없음</translation>
    </message>
    <message>
        <source>computed locally</source>
        <translation>자체 계산</translation>
    </message>
    <message>
        <source>own</source>
        <translation>자체 보고</translation>
    </message>
    <message>
        <source>%1, shown</source>
        <translation>%1, 표시 중</translation>
    </message>
    <message>
        <source>Nation</source>
        <translation>국가</translation>
    </message>
    <message>
        <source>Their track</source>
        <translation>해당국 항적</translation>
    </message>
    <message>
        <source>Age (s)</source>
        <translation>경과 (s)</translation>
    </message>
    <message>
        <source>Position σ (m)</source>
        <translation>위치 σ (m)</translation>
    </message>
    <message>
        <source>Velocity σ (m/s)</source>
        <translation>속도 σ (m/s)</translation>
    </message>
    <message>
        <source>Prediction</source>
        <translation>예측</translation>
    </message>
</context>
<context>
    <name>cop::FeedStatusModel</name>
    <message>
        <source>Connecting</source>
        <translation>연결 중</translation>
    </message>
    <message>
        <source>Live</source>
        <translation>수신 중</translation>
    </message>
    <message>
        <source>Stale</source>
        <translation>갱신 지연</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>두절</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>서비스</translation>
    </message>
    <message>
        <source>State</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>주소</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>이벤트</translation>
    </message>
    <message>
        <source>Snapshots</source>
        <translation>스냅샷</translation>
    </message>
    <message>
        <source>Gaps</source>
        <translation>누락</translation>
    </message>
    <message>
        <source>Duplicates</source>
        <translation>중복</translation>
    </message>
    <message>
        <source>Malformed</source>
        <translation>형식 오류</translation>
    </message>
    <message>
        <source>Reconnects</source>
        <translation>재연결</translation>
    </message>
    <message>
        <source>Last error</source>
        <translation>최근 오류</translation>
    </message>
    <message>
        <source>Refused (1 min)</source>
        <translation>거부 (1분)</translation>
    </message>
    <message>
        <source>Tracks over limit</source>
        <translation>한도 초과 항적</translation>
    </message>
    <message>
        <source>Last refusal</source>
        <translation>최근 거부 사유</translation>
    </message>
    <message>
        <source>TLS</source>
        <translation>TLS</translation>
    </message>
    <message>
        <source>Plaintext (loopback)</source>
        <translation>평문 (루프백)</translation>
    </message>
    <message>
        <source>not verified</source>
        <translation>미검증</translation>
    </message>
    <message>
        <source>%1 (verified)</source>
        <translation>%1 (검증됨)</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>보안</translation>
    </message>
    <message>
        <source>Service identity</source>
        <translation>서비스 신원</translation>
    </message>
    <message>
        <source>Certificate expires</source>
        <translation>인증서 만료</translation>
    </message>
    <message>
        <source>none</source>
        <translation>없음</translation>
    </message>
    <message>
        <source>Marking</source>
        <translation>보안 등급</translation>
    </message>
</context>
<context>
    <name>cop::FocusCycle</name>
    <message>
        <source>Focus next panel</source>
        <translation>다음 패널로 포커스</translation>
    </message>
    <message>
        <source>Focus previous panel</source>
        <translation>이전 패널로 포커스</translation>
    </message>
</context>
<context>
    <name>cop::JournalWriter</name>
    <message>
        <source>cannot create journal folder %1</source>
        <translation>저널 폴더 %1을(를) 만들 수 없음</translation>
    </message>
    <message>
        <source>cannot create a session folder in %1</source>
        <translation>%1에 세션 폴더를 만들 수 없음</translation>
    </message>
    <message>
        <source>recording resumed in %1</source>
        <translation>%1에서 기록 재개</translation>
    </message>
    <message>
        <source> (the segment keeps a torn tail, which the next start cuts off)</source>
        <translation> (세그먼트에 잘린 끝부분이 남으며 다음 시작 시 잘라냄)</translation>
    </message>
    <message>
        <source>cannot sync %1: %2</source>
        <translation>%1을(를) 동기화할 수 없음: %2</translation>
    </message>
    <message>
        <source>disk full: cannot write %1 (%2)</source>
        <translation>디스크 가득 참: %1을(를) 쓸 수 없음 (%2)</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1을(를) 쓸 수 없음: %2</translation>
    </message>
    <message>
        <source>cannot create %1: %2</source>
        <translation>%1을(를) 만들 수 없음: %2</translation>
    </message>
</context>
<context>
    <name>cop::LanguageManager</name>
    <message>
        <source>unsupported language &quot;%1&quot;: use one of %2</source>
        <translation>지원하지 않는 언어 &quot;%1&quot;: %2 중 하나를 사용하십시오</translation>
    </message>
    <message>
        <source>the %1 translation is missing from this build</source>
        <translation>이 빌드에 %1 번역이 없음</translation>
    </message>
</context>
<context>
    <name>cop::MainWindow</name>
    <message>
        <source>COP Console — Missile Early Warning</source>
        <translation>COP 콘솔 — 미사일 조기경보</translation>
    </message>
    <message>
        <source>No track services configured: use --service NAME=HOST:PORT.</source>
        <translation>설정된 항적 서비스 없음: --service NAME=HOST:PORT를 사용하십시오.</translation>
    </message>
    <message>
        <source>Tracks</source>
        <translation>항적</translation>
    </message>
    <message>
        <source>Track services</source>
        <translation>항적 서비스</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>파일(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>종료(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>보기(&amp;V)</translation>
    </message>
    <message>
        <source>Reset map to region</source>
        <translation>지도를 기본 지역으로</translation>
    </message>
    <message>
        <source>%1Z   UTC+9 %2</source>
        <translation>%1Z   KST %2</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>경보 목록</translation>
    </message>
    <message>
        <source>Alert history</source>
        <translation>경보 이력</translation>
    </message>
    <message>
        <source>Reduce motion</source>
        <translation>움직임 줄이기</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>언어(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Open recording…</source>
        <translation>기록 열기(&amp;O)…</translation>
    </message>
    <message>
        <source>Open recording</source>
        <translation>기록 열기</translation>
    </message>
    <message>
        <source>COP journal segments (*.copj)</source>
        <translation>COP 저널 세그먼트 (*.copj)</translation>
    </message>
    <message>
        <source>● REC</source>
        <translation>● 기록 중</translation>
    </message>
    <message>
        <source>RECORDING STOPPED: %1</source>
        <translation>기록 중지됨: %1</translation>
    </message>
    <message>
        <source>Selected track</source>
        <translation>선택 항적</translation>
    </message>
    <message>
        <source>Preparing basemap…</source>
        <translation>배경 지도 준비 중…</translation>
    </message>
    <message>
        <source>Preparing basemap %1 %</source>
        <translation>배경 지도 준비 중 %1 %</translation>
    </message>
    <message>
        <source>Show raw per-nation tracks</source>
        <translation>국가별 원본 항적 표시</translation>
    </message>
    <message>
        <source>Replay — %1 — COP Console</source>
        <translation>재생 — %1 — COP 콘솔</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>도움말(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts…</source>
        <translation>단축키(&amp;K)…</translation>
    </message>
    <message>
        <source>&amp;Map window</source>
        <translation>지도 창(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Layouts</source>
        <translation>레이아웃(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Save layout as…</source>
        <translation>다른 이름으로 레이아웃 저장(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Load</source>
        <translation>불러오기(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>삭제(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Reset layout</source>
        <translation>레이아웃 초기화(&amp;R)</translation>
    </message>
    <message>
        <source>Layout &quot;%1&quot; saved.</source>
        <translation>레이아웃 &quot;%1&quot; 저장됨.</translation>
    </message>
    <message>
        <source>Save layout</source>
        <translation>레이아웃 저장</translation>
    </message>
    <message>
        <source>Layout name:</source>
        <translation>레이아웃 이름:</translation>
    </message>
    <message>
        <source>A layout named &quot;%1&quot; exists. Replace it?</source>
        <translation>&quot;%1&quot; 레이아웃이 이미 있습니다. 바꾸시겠습니까?</translation>
    </message>
    <message>
        <source>CoT %1: connecting</source>
        <translation>CoT %1: 연결 중</translation>
    </message>
    <message>
        <source>CoT %1</source>
        <translation>CoT %1</translation>
    </message>
    <message>
        <source>CoT OUTPUT FAILING: %1 (%2)</source>
        <translation>CoT 송신 장애: %1 (%2)</translation>
    </message>
    <message>
        <source>Legend</source>
        <translation>범례</translation>
    </message>
</context>
<context>
    <name>cop::MapKeyboard</name>
    <message>
        <source>Map</source>
        <translation>지도</translation>
    </message>
    <message>
        <source>Pan west</source>
        <translation>서쪽으로 이동</translation>
    </message>
    <message>
        <source>Pan east</source>
        <translation>동쪽으로 이동</translation>
    </message>
    <message>
        <source>Pan north</source>
        <translation>북쪽으로 이동</translation>
    </message>
    <message>
        <source>Pan south</source>
        <translation>남쪽으로 이동</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>확대</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>축소</translation>
    </message>
    <message>
        <source>Select the next track</source>
        <translation>다음 항적 선택</translation>
    </message>
    <message>
        <source>Select the previous track</source>
        <translation>이전 항적 선택</translation>
    </message>
    <message>
        <source>Centre on the selected track</source>
        <translation>선택 항적을 중앙에</translation>
    </message>
</context>
<context>
    <name>cop::MapWindow</name>
    <message>
        <source>COP Console — Map</source>
        <translation>COP 콘솔 — 지도</translation>
    </message>
    <message>
        <source>Full screen</source>
        <translation>전체 화면</translation>
    </message>
</context>
<context>
    <name>cop::NoDataBanner</name>
    <message>
        <source>%1 (stale)</source>
        <translation>%1 (갱신 지연)</translation>
    </message>
    <message>
        <source>%1 (down)</source>
        <translation>%1 (두절)</translation>
    </message>
    <message>
        <source>%1 (connecting)</source>
        <translation>%1 (연결 중)</translation>
    </message>
    <message>
        <source>No track service is configured: this console shows no data.</source>
        <translation>설정된 항적 서비스 없음: 이 콘솔은 데이터를 표시하지 않습니다.</translation>
    </message>
    <message>
        <source>No data from %1: the picture is incomplete. An empty map does not mean all clear.</source>
        <translation>%1 데이터 수신 두절: 상황도가 불완전합니다. 빈 지도는 이상 없음을 뜻하지 않습니다.</translation>
    </message>
    <message>
        <source>Picture stalled %1 s: the map and the panels may show old data.</source>
        <translation>상황도 정지 %1초: 지도와 패널에 이전 데이터가 표시될 수 있습니다.</translation>
    </message>
</context>
<context>
    <name>cop::ReplayBanner</name>
    <message>
        <source>REPLAY — recorded %1 — console %2, session %3 — not live</source>
        <translation>재생 — 기록 시각 %1 — 콘솔 %2, 세션 %3 — 실시간 아님</translation>
    </message>
</context>
<context>
    <name>cop::ReplaySession</name>
    <message>
        <source>Open recording</source>
        <translation>기록 열기</translation>
    </message>
    <message numerus="yes">
        <source>Recording opened with %n problem(s): %1</source>
        <translation>
            <numerusform>기록을 열었으나 문제 %n건: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Replay</source>
        <translation>재생(&amp;R)</translation>
    </message>
    <message>
        <source>Export &amp;alerts (CSV)…</source>
        <translation>경보 내보내기(&amp;A) (CSV)…</translation>
    </message>
    <message>
        <source>Export tracks and predictions (&amp;KML)…</source>
        <translation>항적 및 예측 내보내기(&amp;K) (KML)…</translation>
    </message>
    <message>
        <source>Export current &amp;view (PNG)…</source>
        <translation>현재 화면 내보내기(&amp;V) (PNG)…</translation>
    </message>
    <message>
        <source>&amp;Debrief overlay: predicted against actual impact</source>
        <translation>사후 강평 표시(&amp;D): 예측 대 실제 탄착</translation>
    </message>
    <message>
        <source>Export alerts</source>
        <translation>경보 내보내기</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>Export KML</source>
        <translation>KML 내보내기</translation>
    </message>
    <message>
        <source>KML (*.kml)</source>
        <translation>KML (*.kml)</translation>
    </message>
    <message>
        <source>Export view</source>
        <translation>화면 내보내기</translation>
    </message>
    <message>
        <source>PNG (*.png)</source>
        <translation>PNG (*.png)</translation>
    </message>
    <message>
        <source>cannot write %1</source>
        <translation>%1을(를) 쓸 수 없음</translation>
    </message>
    <message>
        <source>Export GeoJSON</source>
        <translation>GeoJSON 내보내기</translation>
    </message>
    <message>
        <source>GeoJSON (*.geojson)</source>
        <translation>GeoJSON (*.geojson)</translation>
    </message>
    <message>
        <source>Export tracks and predictions (&amp;GeoJSON)…</source>
        <translation>항적 및 예측 내보내기(&amp;G) (GeoJSON)…</translation>
    </message>
    <message>
        <source>Export Cursor-on-Target</source>
        <translation>Cursor-on-Target 내보내기</translation>
    </message>
    <message>
        <source>Cursor-on-Target (*.cot)</source>
        <translation>Cursor-on-Target (*.cot)</translation>
    </message>
    <message>
        <source>Export Cursor-on-Target events (&amp;CoT)…</source>
        <translation>Cursor-on-Target 이벤트 내보내기(&amp;C) (CoT)…</translation>
    </message>
</context>
<context>
    <name>cop::ShortcutsDialog</name>
    <message>
        <source>Main window</source>
        <translation>주 창</translation>
    </message>
    <message>
        <source>%1, with the keyboard focus</source>
        <translation>%1 (키보드 포커스가 있을 때)</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>단축키</translation>
    </message>
    <message>
        <source>Keys under an area &quot;with the keyboard focus&quot; work while that area has it; the others work anywhere in the window. In lists and tables the arrow keys move, and Tab moves to the next control.</source>
        <translation>&quot;키보드 포커스가 있을 때&quot;로 표시된 영역의 키는 그 영역에 포커스가 있을 때만 동작하고, 나머지 키는 창 어디서나 동작합니다. 목록과 표에서는 화살표 키로 이동하고, Tab 키로 다음 컨트롤로 이동합니다.</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>키</translation>
    </message>
    <message>
        <source>Function</source>
        <translation>기능</translation>
    </message>
</context>
<context>
    <name>cop::SymbolLegend</name>
    <message>
        <source>Tracks</source>
        <translation>항적</translation>
    </message>
    <message>
        <source>Exercise</source>
        <translation>훈련</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>지점</translation>
    </message>
    <message>
        <source>Hostile ballistic missile</source>
        <translation>적 탄도미사일</translation>
    </message>
    <message>
        <source>Suspect ballistic missile</source>
        <translation>적 의심 탄도미사일</translation>
    </message>
    <message>
        <source>Unknown ballistic missile</source>
        <translation>미상 탄도미사일</translation>
    </message>
    <message>
        <source>Friendly ballistic missile</source>
        <translation>아군 탄도미사일</translation>
    </message>
    <message>
        <source>Hostile ballistic missile above 100 km</source>
        <translation>고도 100 km 이상 적 탄도미사일</translation>
    </message>
    <message>
        <source>Stale track (no report for %1 s)</source>
        <translation>항적 갱신 지연 (%1초간 보고 없음)</translation>
    </message>
    <message>
        <source>Faker (hostile in an exercise)</source>
        <translation>훈련 가상 적 (Faker)</translation>
    </message>
    <message>
        <source>Joker (suspect in an exercise)</source>
        <translation>훈련 가상 적 의심 (Joker)</translation>
    </message>
    <message>
        <source>Exercise unknown</source>
        <translation>훈련 미상</translation>
    </message>
    <message>
        <source>Exercise friend</source>
        <translation>훈련 아군</translation>
    </message>
    <message>
        <source>Launch point</source>
        <translation>발사지점</translation>
    </message>
    <message>
        <source>Predicted impact point</source>
        <translation>예상 탄착지점</translation>
    </message>
    <message>
        <source>MIL-STD-2525D. Points are red for a real hostile or suspect missile, white otherwise.</source>
        <translation>MIL-STD-2525D. 실제 적 또는 적 의심 탄도미사일의 지점은 빨간색, 그 외는 흰색.</translation>
    </message>
    <message>
        <source>Space launches</source>
        <translation>위성 발사</translation>
    </message>
    <message>
        <source>Satellite launch vehicle</source>
        <translation>우주발사체</translation>
    </message>
    <message>
        <source>Spent stage, fairing or debris</source>
        <translation>분리된 단, 페어링 또는 잔해</translation>
    </message>
    <message>
        <source>Satellite in orbit</source>
        <translation>궤도상의 위성</translation>
    </message>
</context>
<context>
    <name>cop::TimelineBar</name>
    <message>
        <source>Previous alert</source>
        <translation>이전 경보</translation>
    </message>
    <message>
        <source>Back one second</source>
        <translation>1초 뒤로</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>일시정지</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>재생</translation>
    </message>
    <message>
        <source>Forward one second</source>
        <translation>1초 앞으로</translation>
    </message>
    <message>
        <source>Next alert</source>
        <translation>다음 경보</translation>
    </message>
    <message>
        <source>Replay speed</source>
        <translation>재생 속도</translation>
    </message>
    <message>
        <source>Drag to seek</source>
        <translation>끌어서 시각 이동</translation>
    </message>
    <message>
        <source>Faster</source>
        <translation>빠르게</translation>
    </message>
    <message>
        <source>Slower</source>
        <translation>느리게</translation>
    </message>
</context>
<context>
    <name>cop::TrackDetailsWidget</name>
    <message>
        <source>Click a track on the map.</source>
        <translation>지도에서 항적을 클릭하십시오.</translation>
    </message>
    <message>
        <source>Sensors</source>
        <translation>센서</translation>
    </message>
    <message>
        <source>Launch</source>
        <translation>발사</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Predicted impact</source>
        <translation>예상 탄착</translation>
    </message>
    <message>
        <source>%1 ± %2 s at %3%4</source>
        <translation>%1 ± %2초, %3%4</translation>
    </message>
    <message>
        <source> (provisional)</source>
        <translation> (잠정)</translation>
    </message>
    <message>
        <source>%1 ± %2 s (95 %) at %3</source>
        <translation>%1 ± %2초 (95%), %3</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>%1 coordinates, %2 the nearest place (&quot;85 km ENE of Niigata&quot;)</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>결과</translation>
    </message>
    <message>
        <source>In orbit since %1: %2 × %3 km, inclination %4°</source>
        <translation>%1부터 궤도 비행: %2 × %3 km, 궤도 경사각 %4°</translation>
    </message>
    <message>
        <source>stage %1</source>
        <translation>%1단</translation>
    </message>
    <message>
        <source>a stage</source>
        <translation>한 단</translation>
    </message>
    <message>
        <source>%1 did not ignite</source>
        <translation>%1 점화 실패</translation>
    </message>
    <message>
        <source>broke up</source>
        <translation>공중 분해</translation>
    </message>
    <message>
        <source>%1 burned out short of orbit speed</source>
        <translation>%1 궤도 속도 도달 전 연소 종료</translation>
    </message>
    <message>
        <source>cause not reported</source>
        <translation>원인 미보고</translation>
    </message>
    <message>
        <source>Failed at %1: %2; debris falls at %3 until %4</source>
        <translation>%1 실패: %2; 잔해 낙하 %3, %4까지</translation>
    </message>
    <message>
        <source>Failed at %1: %2; debris falls at %3</source>
        <translation>%1 실패: %2; 잔해 낙하 %3</translation>
    </message>
</context>
<context>
    <name>cop::TrackServices</name>
    <message>
        <source>no track service named %1</source>
        <translation>%1(이)라는 항적 서비스 없음</translation>
    </message>
</context>
<context>
    <name>cop::TrackTableModel</name>
    <message>
        <source>Boost</source>
        <translation>상승</translation>
    </message>
    <message>
        <source>Midcourse</source>
        <translation>중간</translation>
    </message>
    <message>
        <source>Terminal</source>
        <translation>종말</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>미상</translation>
    </message>
    <message>
        <source>%1 (exercise)</source>
        <translation>%1 (훈련)</translation>
    </message>
    <message>
        <source>Nation</source>
        <translation>국가</translation>
    </message>
    <message>
        <source>Track</source>
        <translation>항적</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>단계</translation>
    </message>
    <message>
        <source>Lat (°)</source>
        <translation>위도 (°)</translation>
    </message>
    <message>
        <source>Lon (°)</source>
        <translation>경도 (°)</translation>
    </message>
    <message>
        <source>Alt (km)</source>
        <translation>고도 (km)</translation>
    </message>
    <message>
        <source>Speed (km/s)</source>
        <translation>속도 (km/s)</translation>
    </message>
    <message>
        <source>Age (s)</source>
        <translation>경과 (s)</translation>
    </message>
    <message>
        <source>Quality</source>
        <translation>품질</translation>
    </message>
    <message>
        <source>%1 — nations disagree</source>
        <translation>%1 — 국가 간 불일치</translation>
    </message>
    <message>
        <source>Nations</source>
        <translation>국가</translation>
    </message>
    <message>
        <source>Impact (predicted)</source>
        <translation>예상 탄착</translation>
    </message>
    <message>
        <source>Object</source>
        <translation>물체</translation>
    </message>
</context>
</TS>
