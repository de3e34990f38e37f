import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { _electron as electron, expect, test } from '@playwright/test';

/**
 * The binary electron's installer left, if any. Read from its path.txt rather than by requiring the
 * package: since Electron 36 a require starts a download when the binary is missing.
 */
function electronBinary(): string | null {
  const packageDir = path.dirname(createRequire(import.meta.url).resolve('electron/package.json'));
  const pathFile = path.join(packageDir, 'path.txt');
  if (!existsSync(pathFile)) return null;
  const binary = path.join(packageDir, 'dist', readFileSync(pathFile, 'utf8'));
  return existsSync(binary) ? binary : null;
}

const binary = electronBinary();
const built = existsSync('dist-electron/main.cjs') && existsSync('dist-renderer/index.html');
const skipReason = !binary
  ? 'no Electron binary is installed (ELECTRON_SKIP_BINARY_DOWNLOAD); the renderer is tested in Chromium instead'
  : !built
    ? 'the app is not built (run npm run build)'
    : null;

test.describe('Electron shell', () => {
  test.beforeAll(() => {
    if (skipReason) console.log(`Electron smoke test SKIPPED: ${skipReason}`);
  });

  test('starts locked down on app:// with the catalog', async () => {
    test.skip(skipReason !== null, skipReason ?? '');
    const app = await electron.launch({ executablePath: binary!, args: ['.'] });
    try {
      const page = await app.firstWindow();
      await expect(page.getByRole('heading', { level: 1, name: '支援制度の一覧' })).toBeVisible();
      expect(page.url()).toMatch(/^app:\/\/bundle\/index\.html/);
      const exposure = await page.evaluate(() => ({
        require: typeof (window as unknown as { require?: unknown }).require,
        process: typeof (window as unknown as { process?: unknown }).process,
        api: Object.keys((window as unknown as { shienNavi: object }).shienNavi).sort(),
      }));
      expect(exposure).toEqual({
        require: 'undefined',
        process: 'undefined',
        api: ['app', 'files', 'links', 'print'],
      });
      const version = await page.evaluate(() =>
        (
          window as unknown as { shienNavi: { app: { version(): Promise<{ version: string }> } } }
        ).shienNavi.app.version(),
      );
      expect(version.version).toMatch(/^\d+\.\d+\.\d+/);
      // Navigation away is blocked: the URL stays on the app.
      await page.evaluate(() => (window.location.href = 'https://example.com/'));
      await page.waitForTimeout(500);
      expect(page.url()).toMatch(/^app:\/\/bundle\//);
    } finally {
      await app.close();
    }
  });
});
