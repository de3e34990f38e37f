import type { WriteProblem } from '../db/storage-health';
import { useI18n, type Translate } from '../i18n/i18n';
import type { CheckedField } from './useCheckedField';
import type { CheckedWrite } from './useCheckedWrite';

export type WriteAction = 'save' | 'import' | 'export' | 'print' | 'open';

/** "Not saved. This device is out of storage space. …": sentences joined as each language joins them. */
export function writeFailureText(
  t: Translate,
  action: WriteAction,
  problem: WriteProblem,
  unsavedInput = false,
) {
  return t('write.sentences', {
    failed: t(`write.failed.${action}`),
    problem: t(`write.problem.${problem}`),
    unsaved: unsavedInput ? t('write.unsaved') : '',
  }).trim();
}

/**
 * Why a write failed and what to do, in the UI language, next to the control that started it.
 * `unsavedInput` adds that what the user typed is still on screen and not saved; `onRetry` offers
 * to save it again. Inline (a span), so it fits in a table cell, a list item or a paragraph.
 */
export function WriteFailure({
  write,
  action = 'save',
  unsavedInput = false,
  onRetry,
  id,
}: {
  write: Pick<CheckedWrite, 'failure' | 'dismiss'>;
  action?: WriteAction;
  unsavedInput?: boolean;
  onRetry?: () => void;
  id?: string;
}) {
  const { t } = useI18n();
  if (!write.failure) return null;
  return (
    <span className="write-failure" role="alert" id={id}>
      <span>{writeFailureText(t, action, write.failure, unsavedInput)}</span>{' '}
      {onRetry && (
        <button type="button" onClick={onRetry}>
          {t('write.retry')}
        </button>
      )}{' '}
      {!onRetry && (
        <button type="button" className="link-button" onClick={write.dismiss}>
          {t('write.dismiss')}
        </button>
      )}
    </span>
  );
}

/** The message under a field saved as the user edits it, with "save again". */
export function FieldWriteFailure({ field }: { field: CheckedField<unknown> }) {
  return <WriteFailure write={field.write} id={field.failureId} unsavedInput onRetry={field.retry} />;
}

/**
 * Under a field being edited when another window (or a team member) saved a different value: says
 * so, and lets the user take that version or keep (and save) their own. Focus returns to the field.
 */
export function FieldChangedElsewhere({ field, fieldId }: { field: CheckedField<unknown>; fieldId: string }) {
  const { t } = useI18n();
  if (!field.elsewhere) return null;
  const choose = (choice: () => void) => {
    choice();
    document.getElementById(fieldId)?.focus();
  };
  return (
    <span className="changed-elsewhere" role="status">
      <span>{t('field.changedElsewhere')}</span>{' '}
      <button type="button" onClick={() => choose(field.takeElsewhere)}>
        {t('field.takeElsewhere')}
      </button>{' '}
      <button type="button" className="link-button" onClick={() => choose(field.keepMine)}>
        {t('field.keepMine')}
      </button>
    </span>
  );
}
