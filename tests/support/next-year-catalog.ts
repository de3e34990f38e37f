import type { Catalog } from '../../shared/catalog/catalog';

/**
 * The next fiscal year's catalog built from `base`: COI-NEXT's budget changes, one program that
 * nothing else refers to goes (so the result stays valid), and `added` arrives.
 */
export function nextYearCatalog(
  base: Catalog,
  { version = '2027.04.01-1', publisher = base.meta.publisher, addedName = '令和9年度 新規事業' } = {},
): { catalog: Catalog; dropped: Catalog['programs'][number] } {
  const catalog = structuredClone(base);
  catalog.meta = { ...catalog.meta, catalogVersion: version, asOf: '2027-04-01', publisher };
  const coi = catalog.programs.find((p) => p.id === 'coi-next')!;
  coi.budgets[0] = { ...coi.budgets[0]!, text: '150億円', amountYen: 15_000_000_000 };
  const dropped = catalog.programs.find(
    (p) =>
      JSON.stringify({ ...catalog, programs: catalog.programs.filter((q) => q !== p) }).split(`"${p.id}"`)
        .length === 1,
  )!;
  catalog.programs = catalog.programs.filter((p) => p !== dropped);
  catalog.programs.push({ ...structuredClone(coi), id: 'new-program-2027', name: addedName, related: [] });
  return { catalog, dropped };
}
