// Renders MIL-STD-2525D symbols with milsymbol, one SVG per symbol identification code, for the
// map and its legend (resources/symbols, ui/SymbolImages): `node make-symbols.mjs DIR SIDC...`.
// The codes are the console's own (core/interop/SymbolCode, tst_symbol_files passes them), so
// this script knows no code of its own.
//
// The symbols are the standard's, with two choices for a dark map, both milsymbol options:
// frames and the exercise letters (X, J, K) are drawn light instead of black, and control
// measures that the standard draws black (all but hostile, which stays red) likewise. Fill
// colours are the standard's light ones. Each symbol is "square": the point it stands for is the
// middle of the image, so the console centres every symbol alike.
import fs from 'node:fs';
import path from 'node:path';
import ms from 'milsymbol';

const [dir, ...codes] = process.argv.slice(2);
if (!dir || codes.length === 0) {
    console.error('usage: node make-symbols.mjs DIR SIDC...');
    process.exit(2);
}

const kLight = 'rgb(230,237,243)'; // the overlay's label colour (ui/OverlayStyle.h)
const everyAffiliation = (color) => ({
    Civilian: color, Friend: color, Hostile: color, Neutral: color, Unknown: color, Suspect: color,
});
const kControlMeasures = '25';
// Screen pixels for milsymbol's size (the height of a friend unit's frame): a track's frame is
// then about 25 px tall, a point about 20 px across.
const kTrackSize = 22;
const kPointSize = 24;
const kPointOutline = 2;
const kRed = 'rgb(255, 0, 0)'; // milsymbol's hostile control measure

fs.mkdirSync(dir, { recursive: true });
for (const sidc of codes) {
    const controlMeasure = sidc.slice(4, 6) === kControlMeasures;
    const options = {
        size: controlMeasure ? kPointSize : kTrackSize,
        square: true,
        frameColor: everyAffiliation(kLight),
    };
    if (controlMeasure) {
        options.iconColor = everyAffiliation(kLight);
        // milsymbol draws points' lines 0.7 px wide at this size: an outline in the line's own
        // colour makes them as wide as a frame's.
        options.outlineColor = { ...everyAffiliation(kLight), Hostile: kRed };
        options.outlineWidth = kPointOutline;
    }
    const symbol = new ms.Symbol(sidc, options);
    if (!symbol.isValid()) {
        console.error(`milsymbol does not know ${sidc}`);
        process.exit(1);
    }
    fs.writeFileSync(path.join(dir, `${sidc}.svg`), symbol.asSVG() + '\n');
}
