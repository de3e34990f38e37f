import { embeddedCatalogVersion } from '../../../../data/embedded';
import { formatBytes } from '../../../../shared/format/sizes';
import {
  buildShortlistFile,
  duplicateEntryCount,
  MAX_SHORTLIST_FILE_BYTES,
  parseShortlistFile,
  unreadableReasonCount,
  type FileProblem,
  type ListFileLocation,
} from '../../../../shared/shortlist/shortlist-file';
import { db } from '../../db/db';
import { shortlists } from '../../db/shortlists-repository';
import { classifyWriteError, type WriteProblem } from '../../db/storage-health';
import { ensureRoom, NotEnoughRoomError, type NoRoom } from '../../db/storage-space';
import type { Locale, Translate } from '../../i18n/i18n';
import type { MessageKey } from '../../i18n/messages-ja';
import { valueIssueText } from '../../i18n/value-issue-text';
import { FileTooLargeError, NotAFileError, getPlatform } from '../../platform/platform';
import { safeFileName } from '../export/run-export';

export type ImportOutcome =
  | {
      status: 'imported';
      file: string;
      count: number;
      listIds: string[];
      unreadableReasons: number;
      /** Entries naming a program twice in one list, merged into the first. */
      duplicates: number;
      /** Entries whose program id the catalog does not know. */
      unknownPrograms: number;
    }
  | { status: 'failed'; file: string; problems: FileProblem[] }
  /**
   * The file was fine but storing it failed, or would not fit (`room`, checked before writing):
   * the one transaction left everything as it was.
   */
  | { status: 'not-saved'; file: string; problem: WriteProblem; room?: NoRoom }
  | { status: 'cancelled' };

/** Writes the given lists to a .json file another copy of the app can import. */
export async function exportShortlistFile(listIds: string[], name: string): Promise<boolean> {
  const meta = await db.meta.get('catalog');
  const file = buildShortlistFile(
    await shortlists.forFile(listIds),
    meta?.catalogVersion ?? embeddedCatalogVersion,
  );
  return getPlatform().saveFile(
    'listFile',
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
    if (error instanceof NotAFileError) {
      const problem: FileProblem = { file: error.fileName, path: '', kind: 'not-a-file' };
      return { status: 'failed', file: error.fileName, problems: [problem] };
    }
    if (!(error instanceof FileTooLargeError)) throw error;
    const problem: FileProblem = {
      file: error.fileName,
      path: '',
      kind: 'too-large',
      bytes: error.bytes,
      limit: MAX_SHORTLIST_FILE_BYTES,
    };
    return { status: 'failed', file: error.fileName, problems: [problem] };
  }
  if (!opened) return { status: 'cancelled' };
  const parsed = parseShortlistFile(opened.name, opened.bytes);
  if (!parsed.ok) return { status: 'failed', file: opened.name, problems: parsed.problems };
  try {
    // A file that fills the disk mid-write is what made Chromium delete the whole database.
    await ensureRoom('listImport', opened.bytes.byteLength);
    const { created, unknown } = await shortlists.importFile(parsed.file, (name, n) =>
      t('shortlists.importSuffix', { name, n: n > 1 ? n : '' }),
    );
    return {
      status: 'imported',
      file: opened.name,
      count: created.length,
      listIds: created,
      unreadableReasons: unreadableReasonCount(parsed.file),
      duplicates: duplicateEntryCount(parsed.file),
      unknownPrograms: unknown,
    };
  } catch (error) {
    if (error instanceof NotEnoughRoomError)
      return { status: 'not-saved', file: opened.name, problem: 'quota', room: error.room };
    console.warn('Importing a list file failed', error);
    return { status: 'not-saved', file: opened.name, problem: classifyWriteError(error) };
  }
}

const FIELD_LABELS: Record<string, MessageKey> = {
  format: 'listFile.field.format',
  formatVersion: 'listFile.field.formatVersion',
  exportedAt: 'listFile.field.exportedAt',
  catalogVersion: 'listFile.field.catalogVersion',
  lists: 'listFile.field.lists',
  name: 'listFile.field.name',
  entries: 'listFile.field.entries',
  programId: 'listFile.field.programId',
  programName: 'listFile.field.programName',
  status: 'listFile.field.status',
  note: 'listFile.field.note',
  deadline: 'listFile.field.deadline',
  reasons: 'listFile.field.reasons',
  wizardGroup: 'listFile.field.wizardGroup',
};

/** "2 番目のリスト「A大学」の 3 件目の制度「COI-NEXT」の「状況（status）」" */
function locationText(at: ListFileLocation, t: Translate): string {
  const parts: string[] = [];
  if (at.list !== null)
    parts.push(
      at.listName
        ? t('listFile.at.list', { n: at.list, name: at.listName })
        : t('listFile.at.listUnnamed', { n: at.list }),
    );
  if (at.entry !== null)
    parts.push(
      at.programName
        ? t('listFile.at.entry', { n: at.entry, name: at.programName })
        : t('listFile.at.entryUnnamed', { n: at.entry }),
    );
  if (at.field !== null) {
    // A key from the file is shown as written; only our own field names have a label.
    const label = Object.hasOwn(FIELD_LABELS, at.field) ? t(FIELD_LABELS[at.field]!) : at.field;
    parts.push(t('listFile.at.field', { field: label }));
  }
  return parts.length ? parts.join(t('listFile.at.join')) : t('listFile.at.file');
}

/** One reason a list file was refused, in the UI language, saying what to do about it. */
export function problemText(problem: FileProblem, t: Translate, locale: Locale): string {
  switch (problem.kind) {
    case 'too-large':
      return t('listFile.tooLarge', {
        size: formatBytes(problem.bytes, locale),
        limit: formatBytes(problem.limit, locale),
      });
    case 'not-a-file':
      return t('files.notAFile');
    case 'encoding':
      return t('listFile.encoding');
    case 'empty':
      return t('listFile.empty');
    case 'newer-version':
      return t('listFile.newerVersion', { version: problem.version });
    case 'json':
      if (problem.truncated) return t('listFile.truncated');
      return problem.line ? t('listFile.jsonAt', { line: problem.line }) : t('listFile.json');
    case 'format':
      return t('listFile.format');
    case 'value': {
      // A status is written as its code in the file: show the code and what it means.
      const allowed =
        problem.at.field === 'status'
          ? (code: string) =>
              t('listFile.statusCode', { code, label: t(`shortlist.status.${code}` as MessageKey) })
          : undefined;
      return t('listFile.value', {
        where: locationText(problem.at, t),
        issue: valueIssueText(problem.issue, t, allowed),
      });
    }
  }
}
