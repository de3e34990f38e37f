import { useLiveQuery } from 'dexie-react-hooks';
import { catalogBudgets, type CatalogBudgets } from '../../../../shared/charts/catalog-budgets';
import { db } from '../../db/db';

/** The installed catalog's budgets by ministry and fiscal year; recomputed when the catalog changes. */
export function useCatalogBudgets(): CatalogBudgets | undefined {
  return useLiveQuery(async () => {
    const programs: Parameters<typeof catalogBudgets>[0] = [];
    // Only the fields the sums need are kept, whatever the catalog's size.
    await db.programs.each(({ id, name, ministries, budgets }) => {
      programs.push({ id, name, ministries, budgets });
    });
    return catalogBudgets(programs);
  }, []);
}
