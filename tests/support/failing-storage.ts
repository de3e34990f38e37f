import type { DBCore, DBCoreMutateRequest } from 'dexie';
import type { NaviDatabase } from '../../renderer/src/db/db';

/**
 * Makes a real Dexie database's writes fail the way a full disk does, below Dexie, so the
 * repositories, hooks and components above run unchanged. Must be installed before the database
 * opens (Dexie builds its middleware stack on open). Reads always work.
 */
export function installFailingWrites(database: NaviDatabase) {
  let failing: ((request: DBCoreMutateRequest, table: string) => boolean) | null = null;
  database.use({
    stack: 'dbcore',
    name: 'failing-writes',
    create: (down: DBCore): DBCore => ({
      ...down,
      table: (name) => {
        const table = down.table(name);
        return {
          ...table,
          mutate: (request) =>
            failing?.(request, name)
              ? Promise.reject(new DOMException('The quota has been exceeded.', 'QuotaExceededError'))
              : table.mutate(request),
        };
      },
    }),
  });
  return {
    /** Every write to these tables (all tables when none are named) fails until `recover()`. */
    failWrites(...tables: string[]) {
      failing = (_request, table) => tables.length === 0 || tables.includes(table);
    },
    recover() {
      failing = null;
    },
  };
}
