import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import programs from '../../data/programs.json';
import { quoteOccursIn } from '../../shared/catalog/validate';
import { normalizeForSearch } from '../../shared/search/normalize';
import { GLOSSARY } from '../../shared/vocabulary/glossary';
import {
  ORGANISATIONS,
  SEARCH_TERMS,
  type VocabularyOrigin,
} from '../../shared/vocabulary/search-vocabulary';

const seedsDir = path.resolve(process.env.SEEDS_DIR ?? path.join(process.cwd(), '..', 'shared', 'seeds'));
const seedText = (file: string) => readFileSync(path.join(seedsDir, file), 'utf8');
const entries = [...ORGANISATIONS, ...SEARCH_TERMS];
const origins: [string, VocabularyOrigin][] = [
  ...entries.map((e) => [e.ja, e.from] as [string, VocabularyOrigin]),
  ...ORGANISATIONS.flatMap((o) =>
    (o.programs ?? []).map((p) => [`${o.ja} → ${p.id}`, p.from] as [string, VocabularyOrigin]),
  ),
];

describe('the search vocabulary data', () => {
  it('names each entry once, and every form survives normalisation', () => {
    const heads = entries.map((e) => normalizeForSearch(e.ja));
    expect(new Set(heads).size).toBe(heads.length);
    for (const entry of entries)
      for (const form of [entry.ja, ...entry.also, ...entry.readings, ...('near' in entry ? entry.near : [])])
        expect(normalizeForSearch(form), `${entry.ja}: ${form}`).not.toBe('');
  });

  it('links agencies only to programs the catalog has, each link saying why', () => {
    const ids = new Set(programs.map((p) => p.id));
    for (const organisation of ORGANISATIONS)
      for (const link of organisation.programs ?? []) {
        expect(ids, organisation.ja).toContain(link.id);
        expect(link.note.length).toBeGreaterThan(20);
      }
  });

  it.runIf(existsSync(seedsDir))(
    'quotes the seed documents word for word where an entry says it comes from them',
    () => {
      const seeded = origins.filter(([, from]) => from !== 'general');
      expect(seeded.length).toBeGreaterThan(10);
      for (const [entry, from] of seeded) {
        if (from === 'general') continue;
        expect(existsSync(path.join(seedsDir, from.file)), `${entry}: ${from.file}`).toBe(true);
        expect(quoteOccursIn(seedText(from.file), from.quote), `${entry}: "${from.quote}"`).toBe(true);
      }
    },
  );

  it.runIf(existsSync(seedsDir))(
    'marks as seed wording only glossary words the seed documents contain',
    () => {
      const seeds = [
        '000_25a71e574eb702c6.txt',
        '001_0f2c409542d30b97.txt',
        '002_20b158d829ca5b59.txt',
        '003_99061f6eed4ffde6.txt',
        '004_852dabc3f4e87f45.txt',
      ]
        .map(seedText)
        .join('\n');
      for (const entry of GLOSSARY.filter((e) => e.kind === 'term' && e.origin === 'seed'))
        expect(quoteOccursIn(seeds, entry.ja), entry.ja).toBe(true);
    },
  );
});
