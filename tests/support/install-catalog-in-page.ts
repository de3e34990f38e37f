import type { BrowserContext, Page } from '@playwright/test';
import type { Program } from '../../shared/catalog/program';

/** Newer than any embedded catalog, so the app keeps it on the next start. */
export const LARGE_CATALOG_VERSION = '2099.01.01-1';
const CHUNK = 10_000;

/**
 * Puts `programs` into the running app's IndexedDB as an installed newer catalog, then reloads,
 * as a catalog update would leave it. Written straight to IndexedDB in chunks because a national
 * catalog is ~100 MB of JSON, more than one page.evaluate should carry.
 */
export async function installProgramsInPage(page: Page, programs: Program[]): Promise<void> {
  await page.goto('/#/programs');
  await page.getByRole('heading', { level: 1 }).first().waitFor();
  for (let start = 0; start < programs.length; start += CHUNK) {
    await page.evaluate(
      async ({ json, first, last, version }) => {
        const chunk = JSON.parse(json) as unknown[];
        const database = await new Promise<IDBDatabase>((resolve, reject) => {
          const request = indexedDB.open('shien-menu-navi');
          request.onsuccess = () => resolve(request.result);
          request.onerror = () => reject(request.error);
        });
        const tx = database.transaction(['programs', 'meta'], 'readwrite');
        const programs = tx.objectStore('programs');
        if (first) programs.clear();
        for (const program of chunk) programs.put(program);
        if (last) {
          const meta = tx.objectStore('meta');
          const current = await new Promise<Record<string, unknown>>((resolve) => {
            const request = meta.get('catalog');
            request.onsuccess = () => resolve(request.result as Record<string, unknown>);
          });
          meta.put({ ...current, catalogVersion: version, loadedAt: new Date().toISOString() });
        }
        await new Promise<void>((resolve, reject) => {
          tx.oncomplete = () => resolve();
          tx.onerror = () => reject(tx.error);
        });
        database.close();
      },
      {
        // One JSON string travels far faster than Playwright's serialisation of 10,000 objects.
        json: JSON.stringify(programs.slice(start, start + CHUNK)),
        first: start === 0,
        last: start + CHUNK >= programs.length,
        version: LARGE_CATALOG_VERSION,
      },
    );
  }
  await page.reload();
}

/**
 * Installs `programs` in a page of its own, closes it and opens the app in a new one, as a user
 * restarting the app after an update. For the benchmarks that measure the UI thread: carrying the
 * catalog's JSON into the installing page leaves hundreds of megabytes of garbage in its renderer
 * (measured: 519 MB, 5 MB once collected), which V8 collects when it chooses, in whatever task is
 * running then: a measured keystroke, timed for work that is no part of the app's.
 */
export async function installProgramsThenReopen(context: BrowserContext, programs: Program[]): Promise<Page> {
  const installer = await context.newPage();
  await installProgramsInPage(installer, programs);
  await installer.close();
  const page = await context.newPage();
  await page.goto('/#/programs');
  return page;
}
