// Runs @doyensec/electronegativity over electron/ and renderer/ together (its "global" checks,
// such as navigation limits, must see the main process and the page in one scan) and fails on
// any HIGH finding not in the reviewed baseline. Electronegativity always exits 0, so its CSV
// output is what is read here.
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import Papa from 'papaparse';

const ELECTRON_VERSION = JSON.parse(readFileSync('node_modules/electron/package.json', 'utf8')).version;
const baseline = JSON.parse(readFileSync('tests/tools/electronegativity-baseline.json', 'utf8'));

const staging = mkdtempSync(path.join(tmpdir(), 'electronegativity-'));
const csv = path.join(staging, 'findings.csv');
try {
  cpSync('electron', path.join(staging, 'scan', 'electron'), { recursive: true });
  cpSync('renderer', path.join(staging, 'scan', 'renderer'), { recursive: true });
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
      ELECTRON_VERSION,
    ],
    { stdio: ['ignore', 'ignore', 'inherit'] },
  );
  // Samples are source snippets and may span lines: a real CSV parser, not split('\n').
  const { data: findings, errors } = Papa.parse(readFileSync(csv, 'utf8'), {
    header: true,
    skipEmptyLines: true,
    transformHeader: (header) => header.trim(),
    transform: (value) => value.trim(),
  });
  if (errors.length) throw new Error(`unreadable electronegativity output: ${errors[0].message}`);
  const accepted = (f) => baseline.some((b) => b.issue === f.issue && b.file === f.filename);
  for (const f of findings) {
    const tag = accepted(f) ? 'baseline' : f.severity === 'HIGH' ? 'FAIL' : 'note';
    console.log(`${tag.padEnd(8)} ${f.severity.padEnd(6)} ${f.issue} ${f.filename}:${f.location}`);
  }
  const failing = findings.filter((f) => f.severity === 'HIGH' && !accepted(f));
  console.log(
    `electronegativity: ${findings.length} findings, ${failing.length} high-severity outside the baseline`,
  );
  process.exitCode = failing.length ? 1 : 0;
} finally {
  rmSync(staging, { recursive: true, force: true });
}
