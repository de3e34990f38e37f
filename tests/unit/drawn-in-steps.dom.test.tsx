/** @vitest-environment jsdom */
import '@testing-library/jest-dom/vitest';
import { cleanup, render, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { useDrawnInSteps } from '../../renderer/src/components/useDrawnInSteps';

function Cards({ total, first }: { total: number; first?: number }) {
  const drawn = useDrawnInSteps(total, 3, first);
  return (
    <ol aria-label="cards" aria-busy={drawn < total}>
      {Array.from({ length: drawn }, (_, i) => (
        <li key={i}>card {i}</li>
      ))}
    </ol>
  );
}

afterEach(cleanup);

describe('useDrawnInSteps', () => {
  it('draws a few at first and the rest a few per task, busy until whole', async () => {
    const { rerender } = render(<Cards total={10} />);
    const list = screen.getByRole('list', { name: 'cards' });
    expect(screen.getAllByRole('listitem')).toHaveLength(3);
    expect(list).toHaveAttribute('aria-busy', 'true');
    await waitFor(() => expect(screen.getAllByRole('listitem')).toHaveLength(10));
    expect(list).toHaveAttribute('aria-busy', 'false');
    // "Show more": ten more come in steps too, and no more than there are.
    rerender(<Cards total={14} />);
    expect(screen.getAllByRole('listitem').length).toBeLessThan(14);
    await waitFor(() => expect(screen.getAllByRole('listitem')).toHaveLength(14));
    expect(list).toHaveAttribute('aria-busy', 'false');
  });

  it('can leave the first step to the next task, so the page around the list is laid out alone', async () => {
    render(<Cards total={5} first={0} />);
    const list = screen.getByRole('list', { name: 'cards' });
    expect(screen.queryAllByRole('listitem')).toHaveLength(0);
    expect(list).toHaveAttribute('aria-busy', 'true');
    await waitFor(() => expect(screen.getAllByRole('listitem')).toHaveLength(5));
    expect(list).toHaveAttribute('aria-busy', 'false');
  });

  it('draws a short list whole at once', () => {
    render(<Cards total={2} />);
    expect(screen.getAllByRole('listitem')).toHaveLength(2);
    expect(screen.getByRole('list', { name: 'cards' })).toHaveAttribute('aria-busy', 'false');
  });
});
