// Reads CoT messages, one per line, with third-party parsers and prints what they understood,
// one JSON object per line: @tak-ps/node-cot parses each event (and validates it against its
// schema), milsymbol says whether the 2525 code in __milsym is one it can draw.
//
// usage: node parse-cot.mjs FILE
import { readFileSync } from 'node:fs';
import CoT from '@tak-ps/node-cot';
import ms from 'milsymbol';

for (const line of readFileSync(process.argv[2], 'utf8').split('\n')) {
    if (!line.trim()) continue;
    try {
        const cot = new CoT(line);
        const event = cot.raw.event;
        const feature = cot.to_geojson();
        const detail = event.detail || {};
        const milsym = detail.__milsym && detail.__milsym._attributes ? detail.__milsym._attributes.id : null;
        const ellipse = detail.shape && detail.shape.ellipse ? detail.shape.ellipse._attributes : null;
        console.log(JSON.stringify({
            uid: event._attributes.uid,
            type: event._attributes.type,
            opex: event._attributes.opex || null,
            lat: feature.geometry.coordinates[1],
            lon: feature.geometry.coordinates[0],
            hae: feature.geometry.coordinates[2],
            callsign: feature.properties.callsign,
            course: feature.properties.course ?? null,
            speed: feature.properties.speed ?? null,
            time: feature.properties.time,
            start: feature.properties.start,
            stale: feature.properties.stale,
            ellipse,
            sidc: milsym,
            sidcValid: milsym ? new ms.Symbol(milsym).isValid() : null,
        }));
    } catch (err) {
        console.log(JSON.stringify({ error: String(err && err.message || err), line }));
    }
}
