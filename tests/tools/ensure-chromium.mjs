// End-to-end tests use Debian's /usr/bin/chromium when it is there. On a laptop without it,
// fetch Playwright's own Chromium once, so `npm test` needs no other set-up.
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';

if (existsSync('/usr/bin/chromium')) {
  console.log('e2e: using /usr/bin/chromium');
} else if (existsSync(chromium.executablePath())) {
  console.log(`e2e: using ${chromium.executablePath()}`);
} else {
  console.log('e2e: no Chromium found, installing Playwright Chromium');
  execSync('npx playwright install chromium', { stdio: 'inherit' });
}
