import { useId, useState } from 'react';
import { useCheckedWrite, type CheckedWrite } from './useCheckedWrite';

export interface CheckedField<T> {
  /** What the field shows: the user's own entry until storage holds it, then the stored value. */
  value: T;
  change(value: T): void;
  /** Saves the entry on screen again, after a failure. */
  retry(): void;
  /** The entry on screen did not save: mark the field and show <WriteFailure unsavedInput>. */
  unsaved: boolean;
  write: CheckedWrite;
  /** For aria-describedby on the field and id on its <WriteFailure>. */
  failureId: string;
}

/**
 * A field saved as the user edits it (a note, a status, a deadline). Each change is written at
 * once; if a write fails, the entry stays on screen, marked unsaved, until a later write saves it.
 */
export function useCheckedField<T>(saved: T, save: (value: T) => Promise<unknown>): CheckedField<T> {
  const write = useCheckedWrite();
  const failureId = useId();
  const [entered, setEntered] = useState<{ value: T } | null>(null);
  // Storage has caught up with the entry: show storage again (another window's edits included).
  if (entered !== null && !write.saving && !write.failure && Object.is(entered.value, saved))
    setEntered(null);
  const change = (value: T) => {
    setEntered({ value });
    write.run(() => save(value));
  };
  const retry = () => {
    if (entered) write.run(() => save(entered.value));
  };
  return {
    value: entered ? entered.value : saved,
    change,
    retry,
    unsaved: entered !== null && write.failure !== null,
    write,
    failureId,
  };
}

/** Props for the field itself: outlined while its entry is unsaved, and described by the message. */
export function unsavedFieldProps(field: CheckedField<unknown>) {
  return field.unsaved ? { className: 'unsaved', 'aria-describedby': field.failureId } : {};
}
