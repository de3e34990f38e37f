/** @vitest-environment jsdom */
import '@testing-library/jest-dom/vitest';
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { embeddedCatalogData } from '../../data/embedded';
import { diffPrograms } from '../../shared/catalog/catalog-diff';
import { formatYenJa } from '../../shared/format/budget';
import { validateCatalog } from '../../shared/catalog/validate';
import { UpdatePreviewView } from '../../renderer/src/features/catalog-update/UpdatePreviewView';
import type { UpdatePreview } from '../../renderer/src/features/catalog-update/read-update';
import { I18nProvider, LOCALE_STORAGE_KEY } from '../../renderer/src/i18n/i18n';

afterEach(() => {
  cleanup();
  localStorage.clear();
});

/** A real program whose sources gain a quote and whose first budget's quote is reworded. */
function preview(): UpdatePreview {
  const result = validateCatalog(structuredClone(embeddedCatalogData));
  if (!result.ok) throw new Error('invalid embedded catalog');
  const { catalog } = result;
  const before = catalog.programs.find((p) => p.sources.length >= 2 && p.budgets.length > 0)!;
  const after = structuredClone(before);
  after.sources.push({ ...before.sources[0]!, quote: '新しく加えた引用文' });
  after.budgets[0]!.source = { ...before.budgets[0]!.source, quote: '言い換えた予算の引用' };
  after.contacts = [
    ...before.contacts,
    { ...before.contacts[0]!, printed: 'TEL : 03-0000-0000', tel: '03-0000-0000' },
  ];
  const { changed } = diffPrograms([before], [after]);
  return {
    file: 'programs.csv',
    meta: catalog.meta,
    source: {
      kind: 'local-edit',
      tableVersion: '2026.12.01-1',
      proposedVersion: '2026.12.01-1',
      vocabulary: [],
    },
    installed: null,
    counts: { added: 0, changed: 1, removed: 0, unchanged: 0 },
    added: [],
    changed,
    removed: [],
    affectedRemoved: [],
    affectedChanged: [],
    documents: Object.fromEntries(
      catalog.sources.map((d) => [d.file, { title: d.title, publisher: d.publisher }]),
    ),
  };
}

const choices = {
  older: false,
  confirmedOlder: false,
  onConfirmOlder: () => {},
  localVersion: '2026.12.01-1',
  onLocalVersion: () => {},
  confirmedNames: false,
  onConfirmNames: () => {},
  onApply: () => {},
};

/** The preview as the update page shows it, in the language stored in localStorage. */
const showPreview = (shown: UpdatePreview) =>
  render(
    <I18nProvider>
      <UpdatePreviewView preview={shown} choices={choices} />
    </I18nProvider>,
  );

const changesList = () => {
  const list = document.querySelector('.field-changes');
  if (!list) throw new Error('no field changes listed');
  return list as HTMLElement;
};

describe('the update preview’s changed fields', () => {
  // QA: sources were shown as raw JSON with seed file names.
  it('names changed quotes by document and counts them, never as JSON or file names, in Japanese', () => {
    const p = preview();
    showPreview(p);
    const list = changesList();
    const program = p.changed[0]!.before;
    const document = p.documents[program.sources[0]!.file]!;
    expect(list).toHaveTextContent(
      `出典: 引用 ${program.sources.length} 件 → 引用 ${program.sources.length + 1} 件`,
    );
    expect(list).toHaveTextContent(
      `${document.title}（${document.publisher}） の引用を追加: 「新しく加えた引用文」`,
    );
    expect(list).toHaveTextContent('の引用: 「');
    expect(list).toHaveTextContent('」 → 「言い換えた予算の引用」');
    expect(list).toHaveTextContent('TEL : 03-0000-0000');
    expect(list.textContent).not.toMatch(/\{"|"file"|\.txt/);
    expect(screen.getByText(/^予算$/)).toBeInTheDocument();
  });

  it('says the same in English', () => {
    localStorage.setItem(LOCALE_STORAGE_KEY, 'en');
    const p = preview();
    showPreview(p);
    const list = changesList();
    const count = p.changed[0]!.before.sources.length;
    expect(list).toHaveTextContent(`Sources: quotes: ${count} → quotes: ${count + 1}`);
    expect(list).toHaveTextContent('Quote added from');
    expect(list.textContent).not.toMatch(/\{"|"file"|\.txt/);
  });
});

describe('a local edit without changes', () => {
  it('says there is nothing to apply and keeps 適用 disabled, in both languages', () => {
    const unedited: UpdatePreview = {
      ...preview(),
      counts: { added: 0, changed: 0, removed: 0, unchanged: 46 },
      changed: [],
    };
    showPreview(unedited);
    expect(screen.getByText(/入っている目録とすべて同じです/)).toBeInTheDocument();
    // Nothing to install: no version to choose, no apply button, no instructions for signing.
    expect(screen.queryByRole('button', { name: 'この更新を適用する' })).not.toBeInTheDocument();
    expect(screen.queryByRole('textbox')).not.toBeInTheDocument();
    expect(screen.queryByText(/ローカル編集版として適用します/)).not.toBeInTheDocument();
    cleanup();
    localStorage.setItem(LOCALE_STORAGE_KEY, 'en');
    showPreview(unedited);
    expect(screen.getByText(/there are no changes to apply/)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Apply this update' })).not.toBeInTheDocument();
  });

  it('leaves 適用 enabled when one program changed', () => {
    showPreview(preview());
    expect(screen.queryByText(/入っている目録とすべて同じです/)).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'この更新を適用する' })).toBeEnabled();
  });
});

// QA: a budget's amount edited in the table, its wording left alone, read "43億円程度 → 43億円程度".
describe('a budget whose amount changed but not its wording', () => {
  it('shows the amounts before and after', () => {
    const result = validateCatalog(structuredClone(embeddedCatalogData));
    if (!result.ok) throw new Error('invalid embedded catalog');
    const before = result.catalog.programs.find((p) => p.budgets.some((b) => b.amountYen))!;
    const after = structuredClone(before);
    const budget = after.budgets.find((b) => b.amountYen)!;
    const amount = budget.amountYen!;
    budget.amountYen = amount + 100_000_000;
    const { changed } = diffPrograms([before], [after]);
    showPreview({ ...preview(), changed });
    const list = changesList();
    expect(list).toHaveTextContent(formatYenJa(amount));
    expect(list).toHaveTextContent(formatYenJa(amount + 100_000_000));
  });
});
