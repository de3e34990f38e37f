import { useCallback, useRef, useState } from 'react';
import { classifyWriteError, type WriteProblem } from '../db/storage-health';

export interface CheckedWrite {
  /**
   * Runs a write now and never throws: `onDone` runs only after it succeeded (so a form clears its
   * input only once the input is saved), and a failure is kept for <WriteFailure> to explain.
   */
  run<T>(write: () => Promise<T>, onDone?: (value: T) => void): void;
  /** The latest write has not finished yet. */
  saving: boolean;
  /** Why the latest write failed; cleared by the next write or by dismiss(). */
  failure: WriteProblem | null;
  dismiss(): void;
}

/**
 * The one way the UI runs a user-data write (and any other promise a click starts: export, print,
 * opening a link). Each control keeps its own instance, so the failure shows next to it.
 */
export function useCheckedWrite(): CheckedWrite {
  const [state, setState] = useState<{ saving: boolean; failure: WriteProblem | null }>({
    saving: false,
    failure: null,
  });
  const latest = useRef(0);
  const run = useCallback(<T>(write: () => Promise<T>, onDone?: (value: T) => void) => {
    const id = ++latest.current;
    setState({ saving: true, failure: null });
    // Started inside a promise so a write that throws before returning one is caught as well.
    Promise.resolve()
      .then(write)
      .then(
        (value) => {
          if (id === latest.current) setState({ saving: false, failure: null });
          onDone?.(value);
        },
        (error: unknown) => {
          // For whoever diagnoses it; the user reads <WriteFailure>.
          console.warn('A write from the UI failed', error);
          if (id === latest.current) setState({ saving: false, failure: classifyWriteError(error) });
        },
      );
  }, []);
  const dismiss = useCallback(() => setState((s) => ({ ...s, failure: null })), []);
  return { run, saving: state.saving, failure: state.failure, dismiss };
}
