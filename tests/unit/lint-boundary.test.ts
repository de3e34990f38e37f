import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint();
const ruleIds = async (filePath: string, code: string) =>
  (await eslint.lintText(code, { filePath }))[0]!.messages.map((m) => m.ruleId);

// The first lint loads ESLint's configuration and the TypeScript parser: seconds on a two-core
// machine shared with other work, past the 5 s default.
describe('process boundary lint rule', { timeout: 30_000 }, () => {
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
