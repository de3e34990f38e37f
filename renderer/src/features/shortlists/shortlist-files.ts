import { embeddedCatalogVersion } from '../../../../data/embedded';
import {
  buildShortlistFile,
  parseShortlistFile,
  unreadableReasonCount,
  type FileProblem,
} from '../../../../shared/shortlist/shortlist-file';
import { db } from '../../db/db';
import { shortlists } from '../../db/shortlists-repository';
import type { Translate } from '../../i18n/i18n';
import { FileTooLargeError, getPlatform } from '../../platform/platform';
import { safeFileName } from '../export/run-export';

export type ImportOutcome =
  | { status: 'imported'; file: string; count: number; unreadableReasons: number }
  | { status: 'failed'; file: string; problems: string[] }
  | { status: 'cancelled' };

/** Writes the given lists to a .json file another copy of the app can import. */
export async function exportShortlistFile(listIds: string[], name: string): Promise<boolean> {
  const meta = await db.meta.get('catalog');
  const file = buildShortlistFile(
    await shortlists.forFile(listIds),
    meta?.catalogVersion ?? embeddedCatalogVersion,
  );
  return getPlatform().saveFile(
    `${safeFileName(name)}.json`,
    JSON.stringify(file, null, 2),
    'application/json',
  );
}

/** Asks for a file, validates all of it, and only then adds its lists, in one transaction. */
export async function importShortlistFile(t: Translate): Promise<ImportOutcome> {
  let opened;
  try {
    opened = await getPlatform().openFileForImport([{ name: 'JSON', extensions: ['json'] }]);
  } catch (error) {
    if (error instanceof FileTooLargeError)
      return {
        status: 'failed',
        file: error.fileName,
        problems: [
          problemText(
            { file: error.fileName, path: '', kind: 'too-large', detail: `${error.bytes} bytes` },
            t,
          ),
        ],
      };
    throw error;
  }
  if (!opened) return { status: 'cancelled' };
  const parsed = parseShortlistFile(opened.name, opened.bytes);
  if (!parsed.ok)
    return { status: 'failed', file: opened.name, problems: parsed.problems.map((p) => problemText(p, t)) };
  const created = await shortlists.importFile(parsed.file, (name, n) =>
    t('shortlists.importSuffix', { name, n: n > 1 ? n : '' }),
  );
  return {
    status: 'imported',
    file: opened.name,
    count: created.length,
    unreadableReasons: unreadableReasonCount(parsed.file),
  };
}

export function problemText(problem: FileProblem, t: Translate): string {
  return t(`shortlists.problem.${problem.kind}`, { path: problem.path, detail: problem.detail });
}
