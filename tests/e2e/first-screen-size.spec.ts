import { gzipSync } from 'node:zlib';
import { expect, test } from './fixtures';

/** The budget for the first screen's JavaScript, gzipped (it was 239 kB before the overview). */
const BUDGET_BYTES = 250_000;

test('the first screen loads at most 250 kB of JavaScript, gzipped; later screens load theirs when opened', async ({
  guardedPage: page,
}) => {
  const scripts = new Map<string, Promise<number>>();
  page.on('response', (response) => {
    if (response.request().resourceType() !== 'script' || !response.url().endsWith('.js')) return;
    scripts.set(
      response.url(),
      response.body().then((body) => gzipSync(body, { level: 9 }).length),
    );
  });
  await page.goto('/');
  await expect(page.locator('.count-bars tbody tr').first()).toBeVisible();
  await page.waitForLoadState('networkidle');
  const sizes = await Promise.all(
    [...scripts].map(async ([url, size]) => ({
      file: new URL(url).pathname.split('/').pop()!,
      gz: await size,
    })),
  );
  const onPage = sizes.filter((s) => !s.file.includes('.worker'));
  const workers = sizes.filter((s) => s.file.includes('.worker'));
  const total = onPage.reduce((sum, s) => sum + s.gz, 0);
  const workerTotal = workers.reduce((sum, s) => sum + s.gz, 0);
  console.log(
    `first screen: ${(total / 1000).toFixed(1)} kB of JavaScript gzipped on the page (${onPage.length} files), ` +
      `${(workerTotal / 1000).toFixed(1)} kB in the search worker; budget ${BUDGET_BYTES / 1000} kB`,
  );
  expect(total).toBeLessThanOrEqual(BUDGET_BYTES);
  // The screens that are not the first one are not loaded by it.
  expect(onPage.map((s) => s.file).join(' ')).not.toMatch(
    /WizardPage|ShortlistsPage|CatalogUpdatePage|HandoutPage/,
  );
});
