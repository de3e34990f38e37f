import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { embeddedCatalogData } from '../../data/embedded';
import { validateCatalog } from '../../shared/catalog/validate';
import { JAPAN_MAP } from '../../shared/geo/japan-map';
import { PREFECTURES } from '../../shared/geo/prefectures';
import { programsTiedTo, regionalTies } from '../../shared/geo/regional-ties';
import { buildFromInstalledPackage, encodeRings, parseRings } from '../tools/japan-map-builder';

const result = validateCatalog(embeddedCatalogData);
if (!result.ok) throw new Error('catalog invalid');
const { catalog } = result;

describe('the map of Japan', () => {
  it('has the 47 prefectures once each, in JIS order with their codes', () => {
    expect(JAPAN_MAP.prefectures.map((p) => p.name)).toEqual(PREFECTURES);
    expect(JAPAN_MAP.prefectures.map((p) => p.code)).toEqual(
      PREFECTURES.map((_, i) => `JP-${String(i + 1).padStart(2, '0')}`),
    );
  });

  it('is exactly what the builder makes from the installed @svg-maps/japan (never edited by hand)', () => {
    const committed = readFileSync(new URL('../../shared/geo/japan-map.json', import.meta.url), 'utf8');
    expect(JSON.parse(committed)).toEqual(buildFromInstalledPackage());
    expect(JAPAN_MAP.source).toMatchObject({ package: '@svg-maps/japan', license: 'CC-BY-4.0' });
  });

  it('puts every label point inside the drawing, and Okinawa inside its inset frame', () => {
    const [x, y, w, h] = JAPAN_MAP.viewBox;
    for (const p of JAPAN_MAP.prefectures) {
      expect(p.label[0], p.name).toBeGreaterThan(x);
      expect(p.label[0], p.name).toBeLessThan(x + w);
      expect(p.label[1], p.name).toBeGreaterThan(y);
      expect(p.label[1], p.name).toBeLessThan(y + h);
    }
    const [fx, fy, fw, fh] = JAPAN_MAP.inset.frame;
    const okinawa = parseRings(JAPAN_MAP.prefectures.find((p) => p.name === '沖縄県')!.path).flat();
    for (const [px, py] of okinawa) {
      expect(px).toBeGreaterThanOrEqual(fx);
      expect(px).toBeLessThanOrEqual(fx + fw);
      expect(py).toBeGreaterThanOrEqual(fy);
      expect(py).toBeLessThanOrEqual(fy + fh);
    }
  });

  it('writes rounded paths that read back to the same points (no drift from relative steps)', () => {
    const rings = [
      [
        [10.04, 20.06],
        [15.55, 20.01],
        [12.3, 25.97],
      ],
      [
        [100.01, 5.04],
        [101.96, 6.02],
        [100.5, 8.49],
      ],
    ] as [number, number][][];
    const read = parseRings(encodeRings(rings));
    const rounded = rings.map((r) => r.map(([a, b]) => [Math.round(a * 10) / 10, Math.round(b * 10) / 10]));
    read.forEach((ring, i) =>
      ring.forEach(([a, b], j) => {
        expect(a).toBeCloseTo(rounded[i]![j]![0]!, 6);
        expect(b).toBeCloseTo(rounded[i]![j]![1]!, 6);
      }),
    );
  });
});

describe('regional ties of programs', () => {
  it('ties a program to every prefecture of its region facts, stated or inferred, with the fact', () => {
    const kanto = programsTiedTo(catalog.programs, '茨城県').find(
      (t) => t.program.id === 'bio-manufacturing-demonstration',
    );
    expect(kanto?.tie).toMatchObject({ kind: 'region', fact: { label: '関東圏', basis: 'stated' } });
  });

  it('ties a program to a prefecture its own quotes name in full, with the quote', () => {
    const nara = programsTiedTo(catalog.programs, '奈良県');
    expect(nara.map((t) => t.program.id)).toEqual(['strategic-core-technology-advancement']);
    expect(nara[0]!.tie.source.quote).toContain('奈良県森林技術センター');
  });

  it('does not read a short form (福島医大) as 福島県, nor tie anything to a prefecture no record names', () => {
    const medical = catalog.programs.find((p) => p.id === 'medical-network-drug-discovery')!;
    // Its one tie to 福島県 is the record's own inferred region fact, never the short form in a quote.
    expect(regionalTies(medical).map((t) => [t.prefecture, t.kind])).toEqual([['福島県', 'region']]);
    expect(regionalTies({ ...medical, regions: [] })).toEqual([]);
    expect(programsTiedTo(catalog.programs, '沖縄県')).toEqual([]);
  });
});
