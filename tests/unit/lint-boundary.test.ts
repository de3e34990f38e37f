import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint();
// Type-aware rules lint only files a TypeScript project knows: each made-up file is linted as the
// text of a real file in the same folder.
const STAND_INS: Record<string, string> = {
  'renderer/src/x.ts': 'renderer/src/startup.ts',
  'shared/x.ts': 'shared/error-message.ts',
  'electron/main/x.ts': 'electron/main/menu.ts',
};
const ruleIds = async (filePath: string, code: string) =>
  (await eslint.lintText(code, { filePath: STAND_INS[filePath]! }))[0]!.messages.map((m) => m.ruleId);

// Starting TypeScript's project service takes seconds on a busy two-core machine.
describe('process boundary lint rule', { timeout: 120_000 }, () => {
  it.each([
    ['renderer/src/x.ts', "import { ipcRenderer } from 'electron';"],
    ['renderer/src/x.ts', "import { readFile } from 'node:fs/promises';"],
    ['shared/x.ts', "import path from 'path';"],
    ['renderer/src/x.ts', "import { registerIpcHandlers } from '../../electron/main/ipc-handlers';"],
  ])('refuses %s: %s', async (file, code) => {
    expect(await ruleIds(file, `${code}\nexport {};\n`)).toContain('no-restricted-imports');
  });

  it('lets the main process import Electron and Node', async () => {
    expect(
      await ruleIds(
        'electron/main/x.ts',
        "import { app } from 'electron';\nimport path from 'node:path';\nexport { app, path };\n",
      ),
    ).not.toContain('no-restricted-imports');
  });

  it('lets the renderer import the preload API type', async () => {
    expect(
      await ruleIds(
        'renderer/src/x.ts',
        "import type { PreloadApi } from '../../electron/preload/api';\nexport type { PreloadApi };\n",
      ),
    ).toEqual([]);
  });
});
