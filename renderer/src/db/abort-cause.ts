import type { DBCore, Middleware } from 'dexie';

/** A request that failed because its transaction was aborted, with the reason the browser gave. */
export class TransactionAbortedError extends Error {
  override name = 'TransactionAbortedError';
}

/**
 * When the browser aborts a transaction (a full disk, say), every pending request fails with a
 * bare AbortError, and Dexie reports those in a BulkError: the QuotaExceededError that explains
 * them is only on the IDBTransaction. This middleware puts it back on each failure as `cause`, so
 * the UI can say "storage is full" rather than "something went wrong".
 */
export const abortCauseMiddleware: Middleware<DBCore> = {
  stack: 'dbcore',
  name: 'abort-cause',
  create: (down) => ({
    ...down,
    table: (name) => {
      const table = down.table(name);
      return {
        ...table,
        mutate: async (request) => {
          const response = await table.mutate(request);
          if (!response.numFailures) return response;
          // In the IndexedDB core, Dexie's transaction is the IDBTransaction itself.
          const cause = (request.trans as Partial<IDBTransaction>).error;
          if (!cause) return response;
          const failures: typeof response.failures = {};
          for (const [at, failure] of Object.entries(response.failures)) {
            failures[Number(at)] =
              (failure as { name?: unknown } | null)?.name === 'AbortError'
                ? new TransactionAbortedError(`transaction aborted: ${cause.name}`, { cause })
                : failure;
          }
          return { ...response, failures };
        },
      };
    },
  }),
};
