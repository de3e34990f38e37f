/** @vitest-environment jsdom */
import '@testing-library/jest-dom/vitest';
import { cleanup, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { embeddedCatalogData, embeddedCatalogVersion } from '../../data/embedded';
import { ErrorBoundary } from '../../renderer/src/components/ErrorBoundary';
import { db } from '../../renderer/src/db/db';
import { seedCatalog } from '../../renderer/src/db/seed-catalog';
import { ProgramDetailPage } from '../../renderer/src/features/catalog/ProgramDetailPage';
import { I18nProvider } from '../../renderer/src/i18n/i18n';
import { PRELOAD_API_KEY, createPreloadApi } from '../../electron/preload/api';

const HOSTILE = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=2</script>';

beforeAll(async () => {
  const data = structuredClone(embeddedCatalogData) as { programs: Record<string, unknown>[] };
  const hostile = data.programs.find((p) => p.id === 'coi-next')!;
  hostile.summary = HOSTILE;
  hostile.eligibility = [];
  hostile.eligibilityNote = '<b>太字にならない</b>';
  await seedCatalog(db, embeddedCatalogVersion, () => data);
});
afterEach(cleanup);

function renderDetail(id: string) {
  const router = createMemoryRouter([{ path: '/programs/:id', element: <ProgramDetailPage /> }], {
    initialEntries: [`/programs/${id}`],
  });
  return render(
    <I18nProvider>
      <RouterProvider router={router} />
    </I18nProvider>,
  );
}

describe('program detail', () => {
  it('renders text from data as text, never as markup', async () => {
    const { container } = renderDetail('coi-next');
    expect(await screen.findByText(HOSTILE)).toBeInTheDocument();
    expect(container.querySelector('img, script, b')).toBeNull();
    expect((window as unknown as { __pwned?: number }).__pwned).toBeUndefined();
  });

  it('shows 要確認 where the source is silent on applicants, never "not eligible"', async () => {
    renderDetail('coi-next');
    const section = (await screen.findByRole('heading', { name: '申請主体' })).closest('section')!;
    expect(within(section).getByText(/要確認: 資料に申請主体の記載がありません/)).toBeInTheDocument();
    expect(section.textContent).not.toMatch(/対象外|not eligible/);
  });

  it('moves focus to the program heading and labels the fiscal year the record describes', async () => {
    renderDetail('regional-university-industry-grant');
    const heading = await screen.findByRole('heading', { level: 1, name: '地方大学・地域産業創生交付金' });
    // Focus moves in an effect after the heading renders.
    await waitFor(() => expect(heading).toHaveFocus());
    expect(screen.getByRole('note')).toHaveTextContent('令和4年度（2022年度）時点');
  });
});

describe('links inside Electron', () => {
  it('go through the preload API instead of navigating the window', async () => {
    const invoke = vi.fn().mockResolvedValue({ opened: true });
    Object.assign(window, { [PRELOAD_API_KEY]: createPreloadApi(invoke) });
    renderDetail('biomass-local-production');
    const mail = await screen.findByRole('link', { name: 'biomass-group@maff.go.jp' });
    await userEvent.click(mail);
    expect(invoke).toHaveBeenCalledWith('link:open-external', {
      url: 'mailto:biomass-group@maff.go.jp',
      locale: 'ja',
    });
    delete (window as unknown as Record<string, unknown>)[PRELOAD_API_KEY];
  });
});

describe('error boundary', () => {
  it('shows a helpful message instead of a white screen', () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    function Broken(): never {
      throw new Error('boom');
    }
    render(
      <I18nProvider>
        <ErrorBoundary>
          <Broken />
        </ErrorBoundary>
      </I18nProvider>,
    );
    expect(screen.getByRole('alert')).toHaveTextContent('画面を表示できませんでした');
    expect(screen.getByRole('alert')).toHaveTextContent(
      'アプリ内部の不具合で、この画面を表示できませんでした。',
    );
    expect(screen.getByRole('button', { name: '最初の画面から開き直す' })).toBeInTheDocument();
    expect(screen.getByText('Error: boom')).toBeInTheDocument();
  });

  it('names a thrown non-Error in words and details, never as [object Object]', () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    function Broken(): never {
      throw { name: 'AbortError', inner: { name: 'QuotaExceededError' }, code: 22 };
    }
    render(
      <I18nProvider>
        <ErrorBoundary>
          <Broken />
        </ErrorBoundary>
      </I18nProvider>,
    );
    const alert = screen.getByRole('alert');
    expect(alert).toHaveTextContent('この端末の保存容量が足りず、データを読み書きできませんでした。');
    expect(alert.textContent).not.toContain('[object Object]');
    expect(alert.querySelector('pre')!.textContent).toContain('"code":22');
  });
});
