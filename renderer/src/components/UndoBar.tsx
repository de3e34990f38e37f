import { useEffect, useLayoutEffect, useRef } from 'react';
import { useI18n } from '../i18n/i18n';

/** Focus that went with a removed element lands on <body>: keyboard users lose their place. */
const focusLost = () => document.activeElement === null || document.activeElement === document.body;

/** After the bar goes, the page's heading takes focus if nothing else has it. */
function refocusPage() {
  requestAnimationFrame(() => {
    if (!focusLost()) return;
    const heading = document.querySelector<HTMLElement>('main h1');
    if (heading && !heading.hasAttribute('tabindex')) heading.tabIndex = -1;
    (heading ?? document.querySelector<HTMLElement>('main'))?.focus();
  });
}

/**
 * "Deleted. [Undo]": announced politely, stays until the user undoes or dismisses it. When the
 * deleted item took the focus with it, focus moves to Undo, the one thing a person may want next.
 */
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
  const undo = useRef<HTMLButtonElement>(null);
  const bar = useRef<HTMLDivElement>(null);
  // Undoing or dismissing removes the bar, often a moment later (the undo is written first): if it
  // held the focus then, the page's heading takes it. A layout cleanup still sees the bar's nodes.
  useLayoutEffect(() => {
    const element = bar.current;
    return () => {
      if (element?.contains(document.activeElement)) refocusPage();
    };
  }, []);
  useEffect(() => {
    // The removed row leaves the page once the deletion is written, which may be a few frames
    // after the bar appears: look for a while, not once.
    let frames = 0;
    let id = requestAnimationFrame(function check() {
      if (focusLost()) undo.current?.focus();
      else if (++frames < 60) id = requestAnimationFrame(check);
    });
    return () => cancelAnimationFrame(id);
  }, [message]);
  return (
    <div ref={bar} className="undo-bar" role="status" aria-live="polite">
      <span>{message}</span>
      <button ref={undo} type="button" onClick={onUndo}>
        {t('shortlists.undo')}
      </button>
      <button type="button" className="link-button" onClick={onDismiss}>
        {t('shortlists.dismiss')}
      </button>
    </div>
  );
}
