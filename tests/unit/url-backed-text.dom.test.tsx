/** @vitest-environment jsdom */
import '@testing-library/jest-dom/vitest';
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { useState } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { useUrlBackedText } from '../../renderer/src/features/catalog/useUrlBackedText';

afterEach(cleanup);
beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

/** A field backed by a stand-in URL that, like the router, shows a write only a moment later. */
function Harness({ delayMs, writes }: { delayMs: number; writes: string[] }) {
  const [url, setUrl] = useState('start');
  const [text, change, flush] = useUrlBackedText(
    url,
    (value) => {
      writes.push(value);
      setTimeout(() => setUrl(value), 5);
    },
    delayMs,
  );
  return (
    <>
      <input aria-label="query" value={text} onChange={(e) => change(e.target.value)} onBlur={flush} />
      <button onClick={() => setUrl('from a link')}>navigate</button>
      <output>{url}</output>
    </>
  );
}

const box = () => screen.getByRole('textbox', { name: 'query' });
const type = (value: string) => fireEvent.change(box(), { target: { value } });

describe('useUrlBackedText', () => {
  it('writes every value at once without a delay, and loses no character to a URL catching up', () => {
    const writes: string[] = [];
    render(<Harness delayMs={0} writes={writes} />);
    type('a');
    type('ab');
    act(() => void vi.advanceTimersByTime(5));
    type('abc');
    act(() => void vi.advanceTimersByTime(20));
    expect(box()).toHaveValue('abc');
    expect(writes).toEqual(['a', 'ab', 'abc']);
    expect(screen.getByRole('status')).toHaveTextContent('abc');
  });

  it('with a delay, writes only once typing pauses, and at once when the field is left', () => {
    const writes: string[] = [];
    render(<Harness delayMs={300} writes={writes} />);
    type('b');
    act(() => void vi.advanceTimersByTime(200));
    type('ba');
    act(() => void vi.advanceTimersByTime(200));
    expect(writes).toEqual([]);
    expect(box()).toHaveValue('ba');
    act(() => void vi.advanceTimersByTime(150));
    expect(writes).toEqual(['ba']);
    type('bar');
    fireEvent.blur(box());
    expect(writes).toEqual(['ba', 'bar']);
    act(() => void vi.advanceTimersByTime(1_000));
    expect(writes).toEqual(['ba', 'bar']);
    expect(screen.getByRole('status')).toHaveTextContent('bar');
  });

  it('takes a navigation over what was typed, and drops the write that was waiting', () => {
    const writes: string[] = [];
    render(<Harness delayMs={300} writes={writes} />);
    type('typed');
    fireEvent.click(screen.getByRole('button', { name: 'navigate' }));
    expect(box()).toHaveValue('from a link');
    act(() => void vi.advanceTimersByTime(1_000));
    expect(writes).toEqual([]);
    expect(box()).toHaveValue('from a link');
  });
});
