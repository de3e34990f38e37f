/** @vitest-environment jsdom */
import '@testing-library/jest-dom/vitest';
import { cleanup, render, screen, waitFor } from '@testing-library/react';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { afterEach, describe, expect, it } from 'vitest';
import { parseQuery } from '../../shared/search/query';
import { ProgramResultsTable } from '../../renderer/src/features/catalog/ProgramResultsTable';
import { I18nProvider } from '../../renderer/src/i18n/i18n';
import { syntheticPrograms } from '../bench/synthetic-catalog';

afterEach(cleanup);

function renderTable(props: Parameters<typeof ProgramResultsTable>[0]) {
  const router = createMemoryRouter([{ path: '/', element: <ProgramResultsTable {...props} /> }]);
  return render(
    <I18nProvider>
      <RouterProvider router={router} />
    </I18nProvider>,
  );
}

describe('ProgramResultsTable', () => {
  it('draws a page of 50 rows in slices, first slice at once, in result order', async () => {
    const rows = syntheticPrograms(50);
    renderTable({ rows, terms: [], showSnippets: false, favourites: new Set([rows[3]!.id]) });
    const drawn = () => screen.getAllByRole('row').slice(1);
    const first = drawn().length;
    expect(first).toBeGreaterThan(0);
    expect(first).toBeLessThan(50);
    // Slices are drawn a frame apart; on a loaded two-core machine a second is not always enough.
    await waitFor(() => expect(drawn()).toHaveLength(50), { timeout: 10_000 });
    expect(drawn().map((tr) => tr.getAttribute('data-program-id'))).toEqual(rows.map((p) => p.id));
    expect(screen.getAllByRole('img', { name: 'お気に入り' })).toHaveLength(1);
  });

  it('marks the matched words and shows where a match is when the name has none', () => {
    const [base] = syntheticPrograms(1);
    const program = {
      ...base!,
      summary: `${'前置きの文章が続く。'.repeat(6)}ここで醸造タンクの更新を支援する。`,
    };
    const { container } = renderTable({
      rows: [program],
      terms: parseQuery('醸造タンク'),
      showSnippets: true,
      favourites: undefined,
    });
    const snippet = screen.getByLabelText('一致箇所');
    expect(snippet.textContent).toMatch(/^…/);
    expect(snippet.querySelector('mark')).toHaveTextContent('醸造タンク');
    expect(container.querySelector('th a mark')).toBeNull();
  });
});
