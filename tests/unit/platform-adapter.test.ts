/** @vitest-environment jsdom */
import { describe, expect, it, vi } from 'vitest';
import { PRELOAD_API_KEY, createPreloadApi } from '../../electron/preload/api';
import { importShortlistFile, problemText } from '../../renderer/src/features/shortlists/shortlist-files';
import { translate } from '../../renderer/src/i18n/i18n';
import type { MessageKey } from '../../renderer/src/i18n/messages-ja';
import { electronPlatform } from '../../renderer/src/platform/electron-platform';
import { FileTooLargeError, NotAFileError } from '../../renderer/src/platform/platform';
import { IPC } from '../../shared/ipc/channels';

const platformAnswering = (result: unknown) => {
  const invoke = vi.fn().mockResolvedValue(result);
  return { invoke, platform: electronPlatform(createPreloadApi(invoke)) };
};
const filters = [{ name: 'JSON', extensions: ['json'] }];

describe('the Electron platform adapter', () => {
  it('turns what the main process refused into errors the pages explain', async () => {
    await expect(
      platformAnswering({ status: 'not-a-file', name: 'fifo' }).platform.openFileForImport(filters),
    ).rejects.toEqual(new NotAFileError('fifo'));
    await expect(
      platformAnswering({ status: 'too-large', name: 'big.json', bytes: 9 }).platform.openFileForImport(
        filters,
      ),
    ).rejects.toBeInstanceOf(FileTooLargeError);
    await expect(
      platformAnswering({ status: 'canceled' }).platform.openFileForImport(filters),
    ).resolves.toBeNull();
  });

  it('saves by kind and leaves the dialog’s filters to the main process', async () => {
    const { invoke, platform } = platformAnswering({ saved: true });
    await expect(platform.saveFile('listFile', 'リスト.json', '{}', 'application/json')).resolves.toBe(true);
    expect(invoke).toHaveBeenCalledWith(IPC.saveExport, {
      kind: 'listFile',
      suggestedName: 'リスト.json',
      data: '{}',
    });
  });
});

describe('importing a list file inside Electron', () => {
  it('explains in words that a folder or a device cannot be read, and imports nothing', async () => {
    const invoke = vi.fn().mockResolvedValue({ status: 'not-a-file', name: 'pipe.json' });
    Object.assign(window, { [PRELOAD_API_KEY]: createPreloadApi(invoke) });
    try {
      const t = (key: MessageKey, params?: Record<string, string | number>) => translate('en', key, params);
      const outcome = await importShortlistFile(t);
      expect(outcome).toEqual({
        status: 'failed',
        file: 'pipe.json',
        problems: [{ file: 'pipe.json', path: '', kind: 'not-a-file' }],
      });
      expect(outcome.status === 'failed' && problemText(outcome.problems[0]!, t, 'en')).toBe(
        'A folder or a special file (a device, a pipe) cannot be read. Choose an ordinary file.',
      );
    } finally {
      delete (window as unknown as Record<string, unknown>)[PRELOAD_API_KEY];
    }
  });
});
