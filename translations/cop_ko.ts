<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko" sourcelanguage="en">
<context>
    <name>ConsoleOptions</name>
    <message>
        <source>invalid service name &quot;%1&quot;: use letters and digits, e.g. US</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid address &quot;%1&quot; for service %2: expected HOST:PORT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missile early-warning common operational picture console.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Track service to subscribe to, repeatable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings file (INI) with [services] NAME=HOST:PORT.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This console&apos;s id, sent with acknowledgements.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operator name, sent with acknowledgements.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Render the main window to a PNG file, then exit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seconds to run before the snapshot (default 5).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Initial map centre.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Initial map zoom level (3-12).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected argument &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read settings file %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--service expects NAME=HOST:PORT, got &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>service %1 is configured twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--snapshot-after expects seconds, got &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--center expects LAT,LON in degrees, got &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--zoom expects a level from 3 to 12, got &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OverlayScene</name>
    <message>
        <source>%1 %2  %3 km  %4 km/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>impact %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>cannot write snapshot %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cop::FeedStatusModel</name>
    <message>
        <source>Connecting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Live</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snapshots</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gaps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Malformed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reconnects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last error</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cop::LanguageManager</name>
    <message>
        <source>unsupported language &quot;%1&quot;: use one of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the %1 translation is missing from this build</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cop::MainWindow</name>
    <message>
        <source>COP Console — Missile Early Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No track services configured: use --service NAME=HOST:PORT.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tracks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Track services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset map to region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1Z   UTC+9 %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cop::TrackTableModel</name>
    <message>
        <source>Boost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Midcourse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Terminal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (exercise)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Track</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lat (°)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lon (°)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alt (km)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speed (km/s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Age (s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quality</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
