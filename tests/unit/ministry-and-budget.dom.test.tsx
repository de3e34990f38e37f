/** @vitest-environment jsdom */
import '@testing-library/jest-dom/vitest';
import { cleanup, render } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { embeddedCatalogData } from '../../data/embedded';
import { validateCatalog } from '../../shared/catalog/validate';
import { MinistryAndBudget } from '../../renderer/src/components/MinistryAndBudget';
import { I18nProvider, LOCALE_STORAGE_KEY } from '../../renderer/src/i18n/i18n';

afterEach(() => {
  cleanup();
  localStorage.clear();
});

const result = validateCatalog(structuredClone(embeddedCatalogData));
if (!result.ok) throw new Error('invalid embedded catalog');
const known = result.catalog.programs.find((p) => p.ministries.length && p.budgets.some((b) => b.amountYen))!;
const unknown = { ...known, ministries: [], budgets: [] };

describe('a card’s ministry and budget', () => {
  // QA: 「要確認 · 要確認 · 実施中」 did not say which was unknown.
  it('says which of them is 要確認', () => {
    const { container } = render(
      <I18nProvider>
        <MinistryAndBudget program={unknown} />
      </I18nProvider>,
    );
    expect(container).toHaveTextContent('所管府省 要確認 · 予算 要確認');
  });

  it('in English too, and shows them plainly when known', () => {
    localStorage.setItem(LOCALE_STORAGE_KEY, 'en');
    const { container } = render(
      <I18nProvider>
        <MinistryAndBudget program={unknown} />
      </I18nProvider>,
    );
    expect(container).toHaveTextContent('Ministries: to be confirmed · Budget: to be confirmed');
    cleanup();
    localStorage.clear();
    const shown = render(
      <I18nProvider>
        <MinistryAndBudget program={known} />
      </I18nProvider>,
    );
    expect(shown.container).not.toHaveTextContent('要確認');
  });
});
