import Fuse from 'fuse.js';
import type { Catalog } from '../../shared/catalog/catalog';
import type { Program } from '../../shared/catalog/program';

/** The baseline every search benchmark compares with: plain Fuse.js over all the searched fields. */
export const BASELINE_FUSE_KEYS = [
  'name',
  'aliases',
  'ministries',
  'agency',
  'department',
  'summary',
  'notes',
  'instruments',
  'category.value',
];

export function baselineFuse(programs: Program[]): Fuse<Program> {
  return new Fuse(programs, { keys: BASELINE_FUSE_KEYS, ignoreLocation: true, includeScore: true });
}

interface BaselineDoc {
  ref: string;
  name: string;
  aliases: string[];
  org: string[];
  text: string[];
}

/**
 * The baseline for the golden queries: plain Fuse.js over every record kind, each record's
 * fields as they are (names, organisations, texts), with `ignoreLocation` and the default
 * threshold; best score first, whatever the kind.
 */
export function baselineCatalogSearch(
  catalog: Pick<Catalog, 'programs' | 'communities' | 'marketDomains' | 'frameworks'>,
): (query: string) => string[] {
  const docs: BaselineDoc[] = [
    ...catalog.programs.map((p) => ({
      ref: p.id,
      name: p.name,
      aliases: p.aliases,
      org: [...p.ministries, p.agency ?? '', p.department ?? ''],
      text: [p.summary ?? '', ...p.notes, ...p.instruments, p.category?.value ?? ''],
    })),
    ...catalog.frameworks.map((f) => ({
      ref: `framework:${f.id}`,
      name: f.name,
      aliases: [],
      org: [...f.owners, ...f.participants, ...f.contacts.map((c) => c.printed)],
      text: [f.summary, ...f.contents, ...f.benefits, ...f.process, ...f.notes],
    })),
    ...catalog.communities.map((c) => ({
      ref: `community:${c.id}`,
      name: c.name,
      aliases: [],
      org: [c.networkInstitution ?? '', ...c.members, ...c.contacts.map((x) => x.printed)],
      text: [c.summary, ...c.idealState, ...c.measures, ...c.kpis, ...c.notes],
    })),
    ...catalog.marketDomains.map((d) => ({
      ref: `domain:${d.id}`,
      name: d.name,
      aliases: [],
      org: [d.leadMinistry],
      text: [d.category, ...d.strengths],
    })),
  ];
  const fuse = new Fuse(docs, {
    keys: ['name', 'aliases', 'org', 'text'],
    ignoreLocation: true,
    includeScore: true,
  });
  return (query) => fuse.search(query).map((r) => r.item.ref);
}
