// Imported first by the page's entry and by every worker's entry, so it runs before any zod schema
// exists (tests/unit/runtime-setup.test.ts checks that each entry starts with it).
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
