import { useId, useState } from 'react';
import { useCheckedWrite, type CheckedWrite } from './useCheckedWrite';

export interface CheckedField<T> {
  /** What the field shows: the user's own entry while it is being edited or unsaved, else storage. */
  value: T;
  change(value: T): void;
  /** Saves the entry on screen again, after a failure. */
  retry(): void;
  /** The entry on screen did not save: mark the field and show <WriteFailure unsavedInput>. */
  unsaved: boolean;
  write: CheckedWrite;
  /** For aria-describedby on the field and id on its <WriteFailure>. */
  failureId: string;
  /** For the field element: while it has focus, storage updates never replace what is on screen. */
  focusProps: { onFocus(): void; onBlur(): void };
  /**
   * Another window (or a team member) saved a different value while this one was being edited:
   * what they saved. Shown by <FieldChangedElsewhere>; null when nothing is pending.
   */
  elsewhere: { value: T } | null;
  /** Shows and saves the other window's version. */
  takeElsewhere(): void;
  /** Saves this window's entry over the other version. */
  keepMine(): void;
  /** Shows storage again, dropping the entry on screen: the user settled the value elsewhere (a conflict resolved). */
  reset(): void;
}

/**
 * A field saved as the user edits it (a note, a status, a deadline). Each change is written at
 * once; if a write fails, the entry stays on screen, marked unsaved, until a later write saves it.
 * A save of the same field elsewhere (another window, a team sync) never replaces the text being
 * typed: the field keeps the user's entry and offers the other version instead.
 */
export function useCheckedField<T>(saved: T, save: (value: T) => Promise<unknown>): CheckedField<T> {
  const write = useCheckedWrite();
  const failureId = useId();
  // The user's entry, and the values this field wrote since the user started editing: storage
  // echoing one of them back (live queries deliver each keystroke's write in turn) is not a change
  // made elsewhere.
  const [entered, setEntered] = useState<{ value: T; written: T[] } | null>(null);
  const [focused, setFocused] = useState(false);
  const [elsewhere, setElsewhere] = useState<{ value: T } | null>(null);
  const [lastSaved, setLastSaved] = useState(saved);
  if (!Object.is(lastSaved, saved)) {
    setLastSaved(saved);
    const ours = entered?.written.some((value) => Object.is(value, saved)) ?? false;
    // The notice stays until the user chooses (typing on does not silently drop the other version).
    if (entered !== null && !ours && !Object.is(entered.value, saved)) setElsewhere({ value: saved });
  }
  // Storage has caught up with the entry and the user has left the field: show storage again
  // (another window's later edits included).
  if (
    entered !== null &&
    !focused &&
    elsewhere === null &&
    !write.saving &&
    !write.failure &&
    Object.is(entered.value, saved)
  ) {
    setEntered(null);
  }
  const change = (value: T) => {
    setEntered((before) => ({ value, written: [...(before?.written ?? []), value].slice(-200) }));
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
    focusProps: { onFocus: () => setFocused(true), onBlur: () => setFocused(false) },
    elsewhere,
    takeElsewhere: () => {
      if (!elsewhere) return;
      setElsewhere(null);
      change(elsewhere.value);
    },
    keepMine: () => {
      setElsewhere(null);
      if (entered) change(entered.value);
    },
    reset: () => {
      setElsewhere(null);
      setEntered(null);
    },
  };
}

/** Props for the field itself: outlined while its entry is unsaved, and described by the message. */
export function unsavedFieldProps(field: CheckedField<unknown>) {
  return {
    ...field.focusProps,
    ...(field.unsaved ? { className: 'unsaved', 'aria-describedby': field.failureId } : {}),
  };
}
