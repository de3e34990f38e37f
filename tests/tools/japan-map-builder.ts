// Builds shared/geo/japan-map.json, the 47 prefectures the map screen draws, from the
// @svg-maps/japan package (MapSVG's map of Japan, CC BY 4.0): prefecture names and JIS codes
// instead of romanised ids, coordinates rounded to 0.1 (the drawing is 438 × 516 units), islets
// under 0.3 square units dropped, and Okinawa moved into an inset box at the top left, as maps of
// Japan usually place it. Run with `npm run map:build`; a unit test checks the committed file is
// exactly what this produces, so it is never edited by hand.
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { PREFECTURES } from '../../shared/geo/prefectures';
import { GLOSSARY } from '../../shared/vocabulary/glossary';

type Point = [number, number];

const PACKAGE_DIR = fileURLToPath(new URL('../../node_modules/@svg-maps/japan/', import.meta.url));
const OUTPUT = fileURLToPath(new URL('../../shared/geo/japan-map.json', import.meta.url));
const MIN_ISLET_AREA = 0.3;
/** Okinawa's top-left corner in the inset; the frame around it. */
const INSET_AT: Point = [100, 8];
const INSET_PADDING = 4;

/** The package's paths use only "m" and "z" with implicit relative line-tos: absolute rings. */
export function parseRings(d: string): Point[][] {
  const rings: Point[][] = [];
  let x = 0;
  let y = 0;
  for (const [, command, body] of d.matchAll(/([mz])([^mz]*)/g)) {
    if (command === 'z') continue;
    const numbers = (body!.match(/-?\d+(?:\.\d+)?(?:e-?\d+)?/g) ?? []).map(Number);
    const ring: Point[] = [];
    for (let i = 0; i + 1 < numbers.length; i += 2) {
      x += numbers[i]!;
      y += numbers[i + 1]!;
      ring.push([x, y]);
    }
    if (ring.length > 2) rings.push(ring);
  }
  return rings;
}

const signedArea = (ring: Point[]) =>
  ring.reduce((sum, [x1, y1], i) => {
    const [x2, y2] = ring[(i + 1) % ring.length]!;
    return sum + x1 * y2 - x2 * y1;
  }, 0) / 2;

/** The area-weighted centre of a ring: where a prefecture's marker and label go. */
export function centroid(ring: Point[]): Point {
  const area = signedArea(ring);
  let cx = 0;
  let cy = 0;
  ring.forEach(([x1, y1], i) => {
    const [x2, y2] = ring[(i + 1) % ring.length]!;
    const cross = x1 * y2 - x2 * y1;
    cx += (x1 + x2) * cross;
    cy += (y1 + y2) * cross;
  });
  return [round(cx / (6 * area)), round(cy / (6 * area))];
}

const round = (n: number) => Math.round(n * 10) / 10;
const num = (n: number) => (Math.round(n * 10) / 10).toFixed(1).replace(/\.0$/, '').replace(/^-0$/, '0');

/** Rounded absolute points written back as a relative path, so rounding never drifts. */
export function encodeRings(rings: Point[][]): string {
  let previous: Point = [0, 0];
  return rings
    .map((ring) => {
      const points = ring.map(([x, y]) => [round(x), round(y)] as Point);
      const steps = points.map(([x, y]) => {
        const step = `${num(x - previous[0])},${num(y - previous[1])}`;
        previous = [x, y];
        return step;
      });
      return `m${steps.join(' ')}z`;
    })
    .join('');
}

export interface JapanMapFile {
  $comment: string;
  source: { package: string; version: string; license: string; attribution: string };
  viewBox: [number, number, number, number];
  inset: { prefecture: string; frame: [number, number, number, number] };
  prefectures: { code: string; name: string; path: string; label: Point }[];
}

export function buildJapanMap(
  packageText: string,
  packageJson: { version: string; license: string },
): JapanMapFile {
  const data = JSON.parse(packageText.replace(/^export default\s*/, '').replace(/;\s*$/, '')) as {
    locations: { id: string; path: string }[];
  };
  const nameOf = new Map(
    GLOSSARY.filter((e) => e.kind === 'prefecture').map((e) => [e.en.toLowerCase(), e.ja]),
  );
  const shapes = data.locations.map((location) => {
    const name = nameOf.get(location.id);
    if (!name) throw new Error(`no prefecture for map id ${location.id}`);
    let rings = parseRings(location.path);
    const largest = rings.reduce((a, b) => (Math.abs(signedArea(b)) > Math.abs(signedArea(a)) ? b : a));
    rings = rings.filter((r) => r === largest || Math.abs(signedArea(r)) >= MIN_ISLET_AREA);
    return { name, rings, largest };
  });
  const okinawa = shapes.find((s) => s.name === '沖縄県')!;
  const xs = okinawa.rings.flat().map(([x]) => x);
  const ys = okinawa.rings.flat().map(([, y]) => y);
  const [dx, dy] = [INSET_AT[0] - Math.min(...xs), INSET_AT[1] - Math.min(...ys)];
  const move = (ring: Point[]) => ring.map(([x, y]) => [x + dx, y + dy] as Point);
  okinawa.rings = okinawa.rings.map(move);
  okinawa.largest = move(okinawa.largest);
  const frame: [number, number, number, number] = [
    round(INSET_AT[0] - INSET_PADDING),
    round(INSET_AT[1] - INSET_PADDING),
    round(Math.max(...xs) - Math.min(...xs) + 2 * INSET_PADDING),
    round(Math.max(...ys) - Math.min(...ys) + 2 * INSET_PADDING),
  ];
  const all = shapes.flatMap((s) => s.rings.flat());
  const [minX, minY] = [Math.min(...all.map(([x]) => x)), Math.min(...all.map(([, y]) => y))];
  const [maxX, maxY] = [Math.max(...all.map(([x]) => x)), Math.max(...all.map(([, y]) => y))];
  const byCode = [...shapes].sort(
    (a, b) => PREFECTURES.indexOf(a.name as never) - PREFECTURES.indexOf(b.name as never),
  );
  return {
    $comment: 'Generated by tests/tools/japan-map-builder.ts (npm run map:build); do not edit.',
    source: {
      package: '@svg-maps/japan',
      version: packageJson.version,
      license: packageJson.license,
      attribution: 'Map of Japan by MapSVG (mapsvg.com), CC BY 4.0, via @svg-maps/japan; simplified',
    },
    viewBox: [
      round(minX - 6),
      round(Math.min(minY, frame[1]) - 6),
      round(maxX - minX + 12),
      round(maxY - minY + 12),
    ],
    inset: { prefecture: '沖縄県', frame },
    prefectures: byCode.map((s) => ({
      code: `JP-${String(PREFECTURES.indexOf(s.name as never) + 1).padStart(2, '0')}`,
      name: s.name,
      path: encodeRings(s.rings),
      label: centroid(s.largest),
    })),
  };
}

export function buildFromInstalledPackage(): JapanMapFile {
  return buildJapanMap(
    readFileSync(path.join(PACKAGE_DIR, 'index.js'), 'utf8'),
    JSON.parse(readFileSync(path.join(PACKAGE_DIR, 'package.json'), 'utf8')) as {
      version: string;
      license: string;
    },
  );
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  writeFileSync(OUTPUT, `${JSON.stringify(buildFromInstalledPackage(), null, 1)}\n`);
  console.log(`wrote ${path.relative(process.cwd(), OUTPUT)}`);
}
