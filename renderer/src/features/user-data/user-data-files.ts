import { embeddedCatalogVersion } from '../../../../data/embedded';
import { APP_VERSION } from '../../../../shared/app-version';
import { formatBytes } from '../../../../shared/format/sizes';
import {
  buildUserDataFile,
  MAX_USER_DATA_BYTES,
  parseUserDataFile,
  type UserDataFile,
  type UserDataLocation,
  type UserDataProblem,
} from '../../../../shared/user-data/user-data-file';
import type { UserDataTable } from '../../../../shared/user-data/user-data-tables';
import { db } from '../../db/db';
import { readUserData } from '../../db/user-data-repository';
import type { Locale, Translate } from '../../i18n/i18n';
import type { MessageKey } from '../../i18n/messages-ja';
import { valueIssueText } from '../../i18n/value-issue-text';
import { FileTooLargeError, getPlatform, NotAFileError } from '../../platform/platform';
import { markExported } from './last-export';

/** A file checked and ready to preview, or why it was refused. */
export type OpenedUserData =
  | { status: 'cancelled' }
  | { status: 'failed'; file: string; problems: UserDataProblem[] }
  | { status: 'read'; file: string; bytes: number; data: UserDataFile };

/** The file as it is written now: every user-data table, with the app's and the catalog's version. */
export async function userDataFileNow(now = new Date()): Promise<UserDataFile> {
  const [tables, meta] = await Promise.all([readUserData(), db.meta.get('catalog')]);
  return buildUserDataFile(
    tables,
    { appVersion: APP_VERSION, catalogVersion: meta?.catalogVersion ?? embeddedCatalogVersion },
    now,
  );
}

/** 「すべてのデータを書き出す」: one .json file; false when the user cancelled the save dialog. */
export async function exportAllUserData(now = new Date()): Promise<boolean> {
  const file = await userDataFileNow(now);
  const day = file.exportedAt.slice(0, 10);
  const saved = await getPlatform().saveFile(
    'userData',
    `shien-menu-navi-data-${day}.json`,
    JSON.stringify(file, null, 1),
    'application/json',
  );
  if (saved) {
    markExported(file.exportedAt);
  }
  return saved;
}

/** Asks for a file and checks all of it; nothing is written here. */
export async function openUserDataFile(): Promise<OpenedUserData> {
  const whole = (file: string) => ({ file, path: '' });
  let opened;
  try {
    opened = await getPlatform().openFileForImport([{ name: 'JSON', extensions: ['json'] }]);
  } catch (error) {
    if (error instanceof FileTooLargeError) {
      const problem = { ...whole(error.fileName), kind: 'too-large' as const };
      return {
        status: 'failed',
        file: error.fileName,
        problems: [{ ...problem, bytes: error.bytes, limit: MAX_USER_DATA_BYTES }],
      };
    }
    if (error instanceof NotAFileError)
      return {
        status: 'failed',
        file: error.fileName,
        problems: [{ ...whole(error.fileName), kind: 'not-a-file' }],
      };
    throw error;
  }
  if (!opened) return { status: 'cancelled' };
  const parsed = parseUserDataFile(opened.name, opened.bytes);
  return parsed.ok
    ? { status: 'read', file: opened.name, bytes: opened.bytes.byteLength, data: parsed.file }
    : { status: 'failed', file: opened.name, problems: parsed.problems };
}

export const TABLE_LABELS: Record<UserDataTable, MessageKey> = {
  shortlists: 'userData.table.shortlists',
  shortlistEntries: 'userData.table.shortlistEntries',
  favourites: 'userData.table.favourites',
  profiles: 'userData.table.profiles',
  notes: 'userData.table.notes',
  recentViews: 'userData.table.recentViews',
};

/** 「リスト」の 3 件目「A大学」の「name」 */
function locationText(at: UserDataLocation, t: Translate): string {
  const parts: string[] = [];
  if (at.table !== null)
    parts.push(Object.hasOwn(TABLE_LABELS, at.table) ? t(TABLE_LABELS[at.table as UserDataTable]) : at.table);
  if (at.row !== null)
    parts.push(
      at.label
        ? t('userData.at.rowNamed', { n: at.row, name: at.label })
        : t('userData.at.row', { n: at.row }),
    );
  if (at.field !== null) parts.push(t('userData.at.field', { field: at.field }));
  return parts.length ? parts.join(t('listFile.at.join')) : t('listFile.at.file');
}

/** One reason a user-data file was refused, in the UI language, saying what to do. */
export function userDataProblemText(problem: UserDataProblem, t: Translate, locale: Locale): string {
  switch (problem.kind) {
    case 'too-large':
      return t('userData.tooLarge', {
        size: formatBytes(problem.bytes, locale),
        limit: formatBytes(problem.limit, locale),
      });
    case 'not-a-file':
      return t('userData.notAFile');
    case 'encoding':
      return t('userData.encoding');
    case 'empty':
      return t('userData.empty');
    case 'json':
      if (problem.truncated) return t('userData.truncated');
      return problem.line ? t('userData.jsonAt', { line: problem.line }) : t('userData.json');
    case 'format':
      return t('userData.format');
    case 'newer':
      return t('userData.newer');
    case 'duplicate':
      return t('userData.duplicate', { where: locationText(problem.at, t) });
    case 'orphan':
      return t('userData.orphan', { where: locationText(problem.at, t) });
    case 'list-too-long':
      return t('userData.listTooLong', {
        where: locationText(problem.at, t),
        count: problem.count.toLocaleString(locale),
        limit: problem.limit.toLocaleString(locale),
      });
    case 'value':
      return t('listFile.value', {
        where: locationText(problem.at, t),
        issue: valueIssueText(problem.issue, t),
      });
  }
}
