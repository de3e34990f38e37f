import { startTransition, useEffect, useState } from 'react';

/**
 * How many of `total` long items (the wizard's result cards) to draw now: `step` at first, then
 * `step` more each task. Laying out one page of cards at once held the UI thread past a frame;
 * a few at a time never does, and the page is whole a few frames later.
 */
export function useDrawnInSteps(total: number, step: number): number {
  const [drawn, setDrawn] = useState(step);
  useEffect(() => {
    if (drawn >= total) return;
    const timer = setTimeout(() => startTransition(() => setDrawn((count) => count + step)), 0);
    return () => clearTimeout(timer);
  }, [drawn, total, step]);
  return Math.min(drawn, total);
}
