import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint();
// Type-aware rules need a file the TypeScript project knows; the linted text replaces its content.
const FILE = 'renderer/src/components/InPageLink.tsx';
const ruleIds = async (code: string) =>
  (await eslint.lintText(code, { filePath: FILE }))[0]!.messages.map((m) => m.ruleId ?? m.message);

const HEADER = `
import { useNavigate } from 'react-router';
import { shortlists } from '../db/shortlists-repository';
`;

// Starting TypeScript's project service takes seconds on a busy two-core machine.
describe('promise lint rules', { timeout: 120_000 }, () => {
  it('refuse a write whose failure nobody handles, even marked with void', async () => {
    for (const body of [
      `export function X() { return <button onClick={() => void shortlists.create('a')}>x</button>; }`,
      `export function X() { return <button onClick={() => { shortlists.create('a'); }}>x</button>; }`,
    ])
      expect(await ruleIds(HEADER + body), body).toContain('@typescript-eslint/no-floating-promises');
  });

  it('refuse an async handler where React expects a plain one', async () => {
    const body = `export function X() { return <button onClick={async () => { await shortlists.create('a'); }}>x</button>; }`;
    expect(await ruleIds(HEADER + body)).toContain('@typescript-eslint/no-misused-promises');
  });

  it('let the router navigate without ceremony', async () => {
    const body = `export function X() { const navigate = useNavigate(); return <button onClick={() => { navigate('/x'); }}>x</button>; }\nexport const y = shortlists;`;
    expect(await ruleIds(HEADER + body)).toEqual([]);
  });

  it('refuse an assertion that changes nothing', async () => {
    expect(await ruleIds(`const a: string = 'x';\nexport const n = (a as string).length;`)).toContain(
      '@typescript-eslint/no-unnecessary-type-assertion',
    );
  });
});
