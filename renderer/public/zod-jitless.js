// Runs before any module of the page: zod reads its configuration from this global when it loads,
// so no schema ever tries `new Function` (the CSP forbids eval, and the attempt is reported as a
// violation). A classic script, because the bundled page runs chunks that build and parse schemas
// before the entry's own first import (renderer/src/runtime-setup.ts) could configure zod.
globalThis.__zod_globalConfig = Object.assign(globalThis.__zod_globalConfig || {}, { jitless: true });
