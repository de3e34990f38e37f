// Imported first by the page's entry and by every worker's entry. Each worker is bundled as one file,
// so this runs before any of its schemas exist. The page is split into chunks whose code runs before
// the entry's own lines, so the page also sets zod's configuration earlier, in the classic script
// public/zod-jitless.js (tests/unit/runtime-setup.test.ts checks both).
import { z } from 'zod';

// zod compiles object parsers with `new Function` unless told not to, and decides when the first
// object schema is built. The CSP forbids eval: the attempt fails (zod falls back) but is reported
// as a script-src violation on every start.
z.config({ jitless: true });

// A CSP violation is a bug: say so in the console, where DevTools and the e2e guard see it. Each
// worker hears only its own violations, which is why workers import this file too.
self.addEventListener('securitypolicyviolation', (event) => {
  console.error(`CSP violation: ${event.violatedDirective} blocked ${event.blockedURI || 'inline code'}`);
});
