import type { Program } from '../catalog/program';
import type { CatalogSearchIndex } from './catalog-search';
import type { ProgramSearchIndex, SearchRequest } from './program-search';
import { hitField, type AnyRecord } from './record-texts';
import type { CatalogSearchReply, SearchHit, SearchReply } from './search-protocol';
import type { QueryTerm } from './query';

/** Reads programs by id, in the order given (the worker reads them from IndexedDB). */
export type LoadPrograms = (ids: string[]) => Promise<Program[]>;

/** Runs one request and packs what the list page needs to draw: a page of rows, counts, terms. */
export async function answerSearch(
  index: ProgramSearchIndex,
  id: number,
  request: SearchRequest,
  limit: number,
  loadPrograms: LoadPrograms,
  allIds = false,
): Promise<SearchReply> {
  const result = index.search(request);
  const filtered = Object.values(request.filters ?? {}).some((values) => values.length > 0);
  return {
    type: 'result',
    id,
    query: request.query,
    total: result.total,
    rows: await loadPrograms(Array.from(result.order.subarray(0, limit), (record) => index.ids[record]!)),
    terms: result.terms,
    facetCounts: Object.entries(result.facetCounts).map(([facet, counts]) => [
      facet as SearchReply['facetCounts'][number][0],
      [...counts],
    ]),
    withoutFilter: Object.entries(result.withoutFilter) as SearchReply['withoutFilter'],
    unfiltered: result.total === 0 && filtered ? index.search({ query: request.query }).total : result.total,
    indexed: index.size,
    unknownFilters: index.unknownFilters(request.filters ?? {}),
    ...(allIds ? { ids: Array.from(result.order, (record) => index.ids[record]!) } : {}),
  };
}

/** The catalog-wide search: each kind's count and first hits, and the best three of any kind. */
export async function answerCatalogSearch(
  index: CatalogSearchIndex,
  id: number,
  query: string,
  perKind: number,
  loadPrograms: LoadPrograms,
): Promise<CatalogSearchReply> {
  const result = index.search(query, perKind);
  const programIds = result.groups
    .find((g) => g.kind === 'program')!
    .records.map((r) => index.programs.ids[r]!);
  const programs = new Map((await loadPrograms(programIds)).map((p) => [p.id, p]));
  const words = searchedWords(result.terms);
  const hit = (kind: SearchHit['kind'], record: number): SearchHit | null => {
    const item: AnyRecord | undefined =
      kind === 'program'
        ? (() => {
            const program = programs.get(index.programs.ids[record]!);
            return program && { kind: 'program' as const, record: program };
          })()
        : index.others.items[record];
    return item ? { ...item, field: hitField(item, words) } : null;
  };
  return {
    type: 'everything',
    id,
    query,
    terms: result.terms,
    groups: result.groups.map((group) => ({
      kind: group.kind,
      total: group.total,
      hits: group.records.flatMap((record) => hit(group.kind, record) ?? []),
    })),
    best: query.trim() ? result.ranked.slice(0, 3).flatMap((r) => hit(r.kind, r.record) ?? []) : [],
  };
}

/** The normalised words a hit can contain: every alternative and near word of the positive terms. */
export function searchedWords(terms: QueryTerm[]): string[] {
  return terms.filter((t) => !t.negated).flatMap((t) => [...t.alternatives, ...t.near]);
}
