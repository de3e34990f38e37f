import { useState, type ChangeEvent, type CompositionEvent } from 'react';

/**
 * A text field that hands its text on only once an input method has committed it: while a word
 * is being composed (けい… before 経済産業省), the field shows the composition but `commit` is not
 * called, so a search box neither searches nor rewrites its address for each reading in between.
 */
export function useComposedInput(text: string, commit: (value: string) => void) {
  const [composing, setComposing] = useState<string | null>(null);
  return {
    value: composing ?? text,
    onChange: (event: ChangeEvent<HTMLInputElement>) => {
      if (composing !== null) setComposing(event.target.value);
      else commit(event.target.value);
    },
    onCompositionStart: () => setComposing(text),
    onCompositionEnd: (event: CompositionEvent<HTMLInputElement>) => {
      setComposing(null);
      commit(event.currentTarget.value);
    },
  };
}
