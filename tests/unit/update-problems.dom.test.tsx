/** @vitest-environment jsdom */
import '@testing-library/jest-dom/vitest';
import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { embeddedCatalogData } from '../../data/embedded';
import { validateCatalog } from '../../shared/catalog/validate';
import { catalogToTable, tableToCatalog } from '../../shared/catalog-table/program-table';
import { UpdateProblems } from '../../renderer/src/features/catalog-update/UpdateProblems';
import { I18nProvider, LOCALE_STORAGE_KEY } from '../../renderer/src/i18n/i18n';

afterEach(() => {
  cleanup();
  localStorage.clear();
});

/** A real table with a real mistake: an HTML status value on the first program's row. */
function refusedTable() {
  const result = validateCatalog(structuredClone(embeddedCatalogData));
  if (!result.ok) throw new Error('invalid embedded catalog');
  const table = catalogToTable(result.catalog);
  table.rows[0]![table.header.indexOf('状況')] = '<img src=x onerror=alert(1)> | 令和4年度 (2022)';
  table.rows[1]![table.header.indexOf('予算')] += '\n令和5年度 | 1億円 |  |  |  |  |  |  |  | [1]';
  const read = tableToCatalog(
    'programs.xlsx',
    [...table.preamble!, table.header, ...table.rows],
    result.catalog,
  );
  if (read.ok) throw new Error('the table should be refused');
  return read.problems;
}

describe('UpdateProblems', () => {
  it('names row, column and item and says what to write, in Japanese', () => {
    render(
      <I18nProvider>
        <UpdateProblems file="programs.xlsx" problems={refusedTable()} />
      </I18nProvider>,
    );
    const alert = screen.getByRole('alert');
    expect(alert).toHaveTextContent('programs.xlsx は読み込めません。何も変更していません。');
    const items = within(alert).getAllByRole('listitem');
    expect(items[0]).toHaveTextContent(
      '表の書き方が正しくありません 6 行目 / 「状況」列: 「<img src=x onerror=alert(1)>」は使えません。',
    );
    expect(items[1]).toHaveTextContent(
      /^表の書き方が正しくありません 7 行目 \/ 「予算」列 \/ \d+ 件目: 「令和5年度」は年度として読めません。/,
    );
    // Text from the file is text: no element was made of it.
    expect(alert.querySelector('img')).toBeNull();
  });

  it('says the same in English', () => {
    localStorage.setItem(LOCALE_STORAGE_KEY, 'en');
    render(
      <I18nProvider>
        <UpdateProblems file="programs.xlsx" problems={refusedTable()} />
      </I18nProvider>,
    );
    const items = within(screen.getByRole('alert')).getAllByRole('listitem');
    expect(items[0]).toHaveTextContent(
      'The table is not written correctly row 6 / column "状況": "<img src=x onerror=alert(1)>" is not allowed. Allowed values:',
    );
    expect(items[1]).toHaveTextContent(
      /row 7 \/ column "予算" \/ item \d+: "令和5年度" is not a fiscal year/,
    );
  });
});
