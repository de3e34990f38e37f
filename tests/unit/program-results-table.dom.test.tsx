/** @vitest-environment jsdom */
import '@testing-library/jest-dom/vitest';
import { act, cleanup, render, screen } from '@testing-library/react';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { afterEach, describe, expect, it } from 'vitest';
import { parseQuery } from '../../shared/search/query';
import { ProgramResultsTable } from '../../renderer/src/features/catalog/ProgramResultsTable';
import { I18nProvider } from '../../renderer/src/i18n/i18n';
import { syntheticPrograms } from '../bench/synthetic-catalog';

afterEach(cleanup);

// jsdom has no layout, no ResizeObserver and no scrolling: every row is 76 px high, nothing
// resizes, and the window stays where the test puts it. The end-to-end tests check the window
// in a real browser.
globalThis.ResizeObserver ??= class {
  observe() {}
  unobserve() {}
  disconnect() {}
};
Object.defineProperty(HTMLTableRowElement.prototype, 'offsetHeight', { configurable: true, get: () => 76 });
window.scrollTo = () => {};

function renderTable(props: Parameters<typeof ProgramResultsTable>[0]) {
  const router = createMemoryRouter([{ path: '/', element: <ProgramResultsTable {...props} /> }]);
  return render(
    <I18nProvider>
      <RouterProvider router={router} />
    </I18nProvider>,
  );
}

describe('ProgramResultsTable', () => {
  it('draws only the rows in the window, in result order, saying how many there are and where each is', () => {
    const rows = syntheticPrograms(50);
    renderTable({ rows, total: 1_234, terms: [], showSnippets: false, favourites: new Set([rows[3]!.id]) });
    expect(screen.getByRole('table')).toHaveAttribute('aria-rowcount', '1235');
    const drawn = () => screen.getAllByRole('row').filter((tr) => tr.hasAttribute('data-program-id'));
    const first = drawn();
    // jsdom's window is 768 px high: a dozen rows and the overscan, not all fifty.
    expect(first.length).toBeGreaterThan(5);
    expect(first.length).toBeLessThan(25);
    expect(first.map((tr) => tr.getAttribute('data-program-id'))).toEqual(
      rows.slice(0, first.length).map((p) => p.id),
    );
    expect(first.map((tr) => tr.getAttribute('aria-rowindex'))).toEqual(first.map((_, i) => String(i + 2)));
    expect(screen.getAllByRole('img', { name: 'お気に入り' })).toHaveLength(1);
  });

  it('draws the rows scrolled to, with a spacer for those above', () => {
    const rows = syntheticPrograms(50);
    const { container } = renderTable({
      rows,
      total: 50,
      terms: [],
      showSnippets: false,
      favourites: undefined,
    });
    act(() => {
      Object.defineProperty(window, 'scrollY', { value: 76 * 30, configurable: true });
      window.dispatchEvent(new Event('scroll'));
    });
    const ids = [...container.querySelectorAll('tr[data-program-id]')].map((tr) =>
      tr.getAttribute('data-program-id'),
    );
    expect(ids).toContain(rows[35]!.id);
    expect(ids).not.toContain(rows[0]!.id);
    expect(container.querySelector('tr.spacer-row')).toHaveAttribute('aria-hidden', 'true');
    Object.defineProperty(window, 'scrollY', { value: 0, configurable: true });
  });

  it('marks the matched words and shows where a match is when the name has none', () => {
    const [base] = syntheticPrograms(1);
    const program = {
      ...base!,
      summary: `${'前置きの文章が続く。'.repeat(6)}ここで醸造タンクの更新を支援する。`,
    };
    const { container } = renderTable({
      rows: [program],
      total: 1,
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
