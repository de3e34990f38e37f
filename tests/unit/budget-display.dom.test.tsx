/** @vitest-environment jsdom */
import '@testing-library/jest-dom/vitest';
import { cleanup, render } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { afterEach, describe, expect, it } from 'vitest';
import { embeddedCatalogData } from '../../data/embedded';
import type { Program } from '../../shared/catalog/program';
import { validateCatalog } from '../../shared/catalog/validate';
import { BudgetTable } from '../../renderer/src/components/BudgetTable';
import PipelineCharts from '../../renderer/src/components/charts/PipelineCharts';
import { HeadlineBudget } from '../../renderer/src/components/HeadlineBudget';
import { I18nProvider, LOCALE_STORAGE_KEY, type Locale } from '../../renderer/src/i18n/i18n';

afterEach(() => {
  cleanup();
  localStorage.clear();
});
globalThis.ResizeObserver ??= class {
  observe() {}
  unobserve() {}
  disconnect() {}
};

const validated = validateCatalog(embeddedCatalogData);
if (!validated.ok) throw new Error('the embedded catalog does not validate');
const programs: readonly Program[] = validated.catalog.programs;
const program = (id: string) => programs.find((p) => p.id === id)!;

function renderIn(locale: Locale, node: React.ReactNode) {
  localStorage.setItem(LOCALE_STORAGE_KEY, locale);
  return render(
    <I18nProvider>
      <MemoryRouter>{node}</MemoryRouter>
    </I18nProvider>,
  );
}

describe('budget text', () => {
  it('separates amount, 内数 flag and fiscal year so they read as a phrase in English', () => {
    const { container } = renderIn(
      'en',
      <HeadlineBudget program={program('bio-manufacturing-demonstration')} />,
    );
    expect(container.textContent).toBe('¥3,000 million (part of a larger line), FY2022 budget request');
  });

  it('reads as one phrase in Japanese too', () => {
    const { container } = renderIn(
      'ja',
      <HeadlineBudget program={program('bio-manufacturing-demonstration')} />,
    );
    expect(container.textContent).toBe('30億円（内数） 令和4年度予算案');
  });

  it('puts the flag of a budget table row in brackets after the amount', () => {
    const { container } = renderIn(
      'en',
      <BudgetTable budgets={program('bio-manufacturing-demonstration').budgets} />,
    );
    const amountCell = container.querySelector('tbody tr td')!;
    expect(amountCell.textContent).toBe('¥3,000 million (part of a larger line)');
  });
});

describe('a program’s budget table', () => {
  it('has one row per figure, as the chart draws them: the previous year’s figure is a row of its own', () => {
    const { container } = renderIn(
      'en',
      <BudgetTable budgets={program('bio-manufacturing-demonstration').budgets} />,
    );
    const rows = [...container.querySelectorAll('tbody tr')].map((row) =>
      [...row.children].map((cell) => cell.textContent),
    );
    expect(rows).toEqual([
      ['FY2022 budget request', '¥3,000 million (part of a larger line)', '30億円の内数'],
      [
        'FY2021 initial budget (given as the previous year)',
        '¥2,300 million (part of a larger line)',
        '(23億円の内数)',
      ],
    ]);
  });

  it('keeps every year in Japanese, newest first, with the Western year', () => {
    const { container } = renderIn('ja', <BudgetTable budgets={program('coi-next').budgets} />);
    const years = [...container.querySelectorAll('tbody th')].map((th) => th.textContent);
    expect(years).toEqual([
      '令和4年度（2022）',
      '令和4年度（2022）',
      '令和4年度予算案（2022）',
      '令和3年度当初予算（2021） （前年度額として記載）',
    ]);
  });
});

describe('the list pipeline’s sentences', () => {
  it('say "1 month" and "2 months", never "month(s)"', () => {
    const one = renderIn(
      'en',
      <PipelineCharts entries={[{ status: 'considering', deadline: '2099-05-01' }]} />,
    );
    expect(one.container.textContent).toContain('Deadlines fall in 1 month;');
    expect(one.container.textContent).toContain('1 program:');
    cleanup();
    const two = renderIn(
      'en',
      <PipelineCharts
        entries={[
          { status: 'considering', deadline: '2099-05-01' },
          { status: 'planned', deadline: '2099-06-01' },
        ]}
      />,
    );
    expect(two.container.textContent).toContain('Deadlines fall in 2 months;');
    expect(two.container.textContent).not.toContain('(s)');
  });
});
