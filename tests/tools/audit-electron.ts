// npm run audit:electron: runs @doyensec/electronegativity over electron/, renderer/ and shared/
// together (its "global" checks, such as navigation limits, must see the main process and the page
// in one scan) and judges the findings against the reviewed list (electronegativity-judge.ts).
// Electronegativity always exits 0, so its CSV output is what is read here.
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import Papa from 'papaparse';
import { findingSchema, judge, reviewedListSchema } from './electronegativity-judge';

const SCANNED = ['electron', 'renderer', 'shared'];

const electronVersion = (
  JSON.parse(readFileSync('node_modules/electron/package.json', 'utf8')) as { version: string }
).version;
const reviewed = reviewedListSchema.parse(
  JSON.parse(readFileSync('tests/tools/electronegativity-reviewed.json', 'utf8')),
);

const staging = mkdtempSync(path.join(tmpdir(), 'electronegativity-'));
const csv = path.join(staging, 'findings.csv');
try {
  for (const dir of SCANNED) cpSync(dir, path.join(staging, 'scan', dir), { recursive: true });
  // -e pins the Electron version: without it the tool tries to download the release list.
  execFileSync(
    'npx',
    [
      'electronegativity',
      '-i',
      path.join(staging, 'scan'),
      '-o',
      csv,
      '-r',
      '-v',
      'false',
      '-e',
      electronVersion,
    ],
    { stdio: ['ignore', 'ignore', 'inherit'] },
  );
  // Samples are source snippets and may span lines: a real CSV parser, not split('\n').
  const { data, errors } = Papa.parse<Record<string, string>>(readFileSync(csv, 'utf8'), {
    header: true,
    skipEmptyLines: true,
    transformHeader: (header) => header.trim(),
    transform: (value) => value.trim(),
  });
  if (errors.length) throw new Error(`unreadable electronegativity output: ${errors[0]!.message}`);
  const { lines, failed } = judge(
    data.map((row) => findingSchema.parse(row)),
    reviewed,
  );
  console.log(`scanned ${SCANNED.join('/, ')}/ for Electron ${electronVersion}`);
  for (const line of lines) console.log(line);
  process.exitCode = failed ? 1 : 0;
} finally {
  rmSync(staging, { recursive: true, force: true });
}
