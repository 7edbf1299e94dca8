<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja" sourcelanguage="en">
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
    <message>
        <source>[journal] %1 must be a positive number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replay a recording (segment file, session folder or journal folder) instead of subscribing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder the live console records into (default: the application data folder).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Journal</name>
    <message>
        <source>%1 does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no recording in %1</source>
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
    <message>
        <source>cannot write the export: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>COP debrief at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tracks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Predictions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 impact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Impacts: predicted against actual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 actual impact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 predicted at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 last prediction</source>
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
    <name>cop::JournalReader</name>
    <message>
        <source>no journal segments in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no readable journal segment (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot map: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: belongs to session %2, not %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: damaged record skipped at offset %2 (%3 bytes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: torn tail of %2 bytes after offset %3 ignored</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cop::JournalWriter</name>
    <message>
        <source>cannot create journal folder %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create a session folder in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recording resumed in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (the segment keeps a torn tail, which the next start cuts off)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot sync %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>disk full: cannot write %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create %1: %2</source>
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
    <message>
        <source>&amp;Open recording…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open recording</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>COP journal segments (*.copj)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>● REC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RECORDING STOPPED: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cop::ReplayBanner</name>
    <message>
        <source>REPLAY — recorded %1 — console %2, session %3 — not live</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cop::ReplaySession</name>
    <message>
        <source>Open recording</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Recording opened with %n problem(s): %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Replay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export &amp;alerts (CSV)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export tracks and predictions (&amp;KML)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export current &amp;view (PNG)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Debrief overlay: predicted against actual impact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export alerts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export KML</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KML (*.kml)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG (*.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cop::TimelineBar</name>
    <message>
        <source>Previous alert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back one second</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Play</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forward one second</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next alert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replay speed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drag to seek</source>
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
