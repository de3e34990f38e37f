import { startTransition, useEffect, useState } from 'react';

/**
 * How many of `total` long items (the wizard's result cards) to draw now: `step` at first, then
 * `step` more each task. Laying out one page of cards at once held the UI thread past a frame;
 * a few at a time never does, and the page is whole a few frames later. `first` 0 leaves even the
 * first step to the next task, so the page around the list is laid out in a task of its own.
 */
export function useDrawnInSteps(total: number, step: number, first = step): number {
  const [drawn, setDrawn] = useState(first);
  useEffect(() => {
    if (drawn >= total) return;
    const timer = setTimeout(() => startTransition(() => setDrawn((count) => count + step)), 0);
    return () => clearTimeout(timer);
  }, [drawn, total, step]);
  return Math.min(drawn, total);
}
