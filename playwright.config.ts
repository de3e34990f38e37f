import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_EXECUTABLE } from './tests/support/chromium';
import { freePort } from './tests/support/free-port';

// A port of our own, chosen once by the runner: its workers inherit it through the environment and
// load this file again. Never a fixed port, so a server another checkout left running is never
// mistaken for ours.
process.env.E2E_PORT ??= String(await freePort());
const PORT = Number(process.env.E2E_PORT);
// The team server for tests/e2e/team.spec.ts (issue 18): its own free port, proxied by the
// preview server at /couchdb/ so the page reaches it through its own origin.
process.env.E2E_TEAM_PORT ??= String(await freePort());
const TEAM_PORT = Number(process.env.E2E_TEAM_PORT);

export default defineConfig({
  outputDir: 'test-results/playwright',
  fullyParallel: true,
  workers: 2,
  forbidOnly: Boolean(process.env.CI),
  reporter: [['list'], ['json', { outputFile: 'test-results/playwright.json' }]],
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    locale: 'ja-JP',
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    launchOptions: {
      // Debian's Chromium where present; elsewhere the one tests/tools/ensure-chromium.mjs installed.
      executablePath: CHROMIUM_EXECUTABLE,
      args: CHROMIUM_ARGS,
    },
  },
  projects: [
    { name: 'chromium', testDir: 'tests/e2e', testIgnore: /search-scale\.spec\.ts/ },
    // 100,000 programs keep both cores busy for a minute: run after the others, not beside them,
    // so neither this test nor the keyboard-driven ones slow each other past their timeouts.
    {
      name: 'chromium-scale',
      testDir: 'tests/e2e',
      testMatch: /search-scale\.spec\.ts/,
      dependencies: ['chromium'],
    },
    { name: 'electron', testDir: 'tests/electron' },
  ],
  webServer: [
    {
      command: `npx vite preview --config renderer/vite.config.ts --port ${PORT} --strictPort`,
      url: `http://127.0.0.1:${PORT}`,
      reuseExistingServer: false,
      timeout: 60_000,
      env: { TEAM_PROXY_TARGET: `http://127.0.0.1:${TEAM_PORT}` },
    },
    {
      command: `npx tsx tests/support/team-server-main.ts ${TEAM_PORT}`,
      url: `http://127.0.0.1:${TEAM_PORT}/`,
      reuseExistingServer: false,
      timeout: 60_000,
    },
  ],
});
