// Prints the JavaScript the first screen loads, gzipped: the entry script in dist-renderer/index.html
// and every chunk it imports statically (modulepreload), never the chunks loaded on demand
// (charts, map, calendar, Excel, workers). Run after `npm run build:renderer`:
//   node tests/tools/first-screen-js.mjs
// Exits 1 over the budget of 250 KB gzipped (issue 15).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

const DIST = path.resolve(import.meta.dirname, '../../dist-renderer');
const BUDGET_KB = 250;

const html = readFileSync(path.join(DIST, 'index.html'), 'utf8');
const entries = [...html.matchAll(/<script type="module"[^>]*src="\.\/([^"]+)"/g)].map((m) => m[1]);
const seen = new Set();
const queue = [...entries];
while (queue.length) {
  const file = queue.shift();
  if (seen.has(file)) continue;
  seen.add(file);
  const code = readFileSync(path.join(DIST, file), 'utf8');
  // Static imports only: `import{…}from"./x.js"` or `import"./x.js"`; `import("./x.js")` is on demand.
  for (const [, spec] of code.matchAll(/\bimport\s*(?:[\w*{}\s,$]*?from\s*)?["'](\.\/[^"']+\.js)["']/g)) {
    queue.push(path.posix.join(path.posix.dirname(file), spec));
  }
}
let total = 0;
for (const file of [...seen].sort()) {
  const gz = gzipSync(readFileSync(path.join(DIST, file))).length;
  total += gz;
  console.log(`${(gz / 1000).toFixed(2).padStart(8)} KB  ${file}`);
}
console.log(`first screen: ${(total / 1000).toFixed(2)} KB gzipped JavaScript (budget ${BUDGET_KB} KB)`);
process.exitCode = total / 1000 > BUDGET_KB ? 1 : 0;
