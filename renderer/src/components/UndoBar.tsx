import { useI18n } from '../i18n/i18n';

/** "Deleted. [Undo]": announced politely, stays until the user undoes or dismisses it. */
export function UndoBar({
  message,
  onUndo,
  onDismiss,
}: {
  message: string;
  onUndo: () => void;
  onDismiss: () => void;
}) {
  const { t } = useI18n();
  return (
    <div className="undo-bar" role="status" aria-live="polite">
      <span>{message}</span>
      <button type="button" onClick={onUndo}>
        {t('shortlists.undo')}
      </button>
      <button type="button" className="link-button" onClick={onDismiss}>
        {t('shortlists.dismiss')}
      </button>
    </div>
  );
}
