/** @vitest-environment jsdom */
import '@testing-library/jest-dom/vitest';
import { cleanup, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useLiveQuery } from 'dexie-react-hooks';
import { MemoryRouter } from 'react-router';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { db, type ShortlistEntry } from '../../renderer/src/db/db';
import { ShortlistEntryCard } from '../../renderer/src/features/shortlists/ShortlistEntryCard';
import { I18nProvider } from '../../renderer/src/i18n/i18n';

const ENTRY: ShortlistEntry = {
  id: 'l1|coi-next',
  listId: 'l1',
  programId: 'coi-next',
  programName: '共創の場形成支援プログラム',
  status: 'planned',
  note: 'Aiko: 申請書は6月',
  deadline: '2027-06-01',
  reasons: [],
  position: 1,
  addedAt: '2026-12-01T00:00:00.000Z',
  updatedAt: '2026-12-02T03:00:00.000Z',
  updatedBy: 'aiko',
  conflict: {
    versions: [
      {
        rev: '3-b',
        status: 'planned',
        note: 'Aiko: 申請書は6月',
        deadline: '2027-06-01',
        updatedAt: '2026-12-02T03:00:00.000Z',
        updatedBy: 'aiko',
      },
      {
        rev: '3-a',
        status: 'declined',
        note: 'Ben: <b>見送り</b>',
        deadline: null,
        updatedAt: '2026-12-02T04:30:00.000Z',
        updatedBy: 'ben',
      },
    ],
  },
};

beforeEach(async () => {
  await db.shortlistEntries.clear();
  await db.shortlists.clear();
  // A list that was shared and is not any more: resolving writes here only.
  await db.shortlists.add({
    id: 'l1',
    name: 'A大学',
    position: 1,
    createdAt: 'x',
    updatedAt: 'x',
    sharing: 'left-team',
  });
  await db.shortlistEntries.add(ENTRY);
});
afterEach(cleanup);
// Rendering, clicking and waiting for Dexie's live query can take seconds on a loaded machine.

function Card() {
  const entry = useLiveQuery(() => db.shortlistEntries.get(ENTRY.id), []);
  if (!entry) return null;
  return (
    <ShortlistEntryCard
      row={{ entry, program: null }}
      first
      last
      compared={false}
      canCompareMore
      onCompare={() => {}}
      onRemoved={() => {}}
    />
  );
}
const renderCard = () =>
  render(
    <I18nProvider>
      <MemoryRouter>
        <ul>
          <Card />
        </ul>
      </MemoryRouter>
    </I18nProvider>,
  );

it('shows every version with who and when, as text, and keeping one ends the conflict', async () => {
  renderCard();
  expect(await screen.findByRole('heading', { name: /競合: 同僚と同時に変更された 2 つの版/ })).toBeVisible();
  expect(screen.getByText(/aiko の版（2026年12月2日/)).toBeVisible();
  expect(screen.getByText(/ben の版（2026年12月2日/)).toBeVisible();
  // A colleague's note is text, never markup.
  expect(screen.getByText('Ben: <b>見送り</b>')).toBeVisible();
  expect(document.querySelector('.conflict b')).toBeNull();

  await userEvent.click(screen.getByRole('button', { name: /この版を残す: ben の版/ }));
  await waitFor(() => expect(screen.queryByRole('heading', { name: /競合/ })).toBeNull());
  const stored = (await db.shortlistEntries.get(ENTRY.id))!;
  expect(stored).toMatchObject({ status: 'declined', note: 'Ben: <b>見送り</b>', deadline: null });
  expect(stored.conflict).toBeUndefined();
}, 15_000);

it('merges: both notes joined to start with, the person edits and chooses, then it is saved', async () => {
  renderCard();
  await userEvent.click(await screen.findByRole('button', { name: '統合する' }));
  const merged = screen.getAllByLabelText('メモ').find((el) => el.closest('.conflict-merge'))!;
  expect(merged).toHaveValue('Aiko: 申請書は6月\nBen: <b>見送り</b>');
  await userEvent.type(merged, '\n結論: 来年度に申請');
  await userEvent.click(screen.getByRole('button', { name: '統合して保存' }));
  await waitFor(async () => expect((await db.shortlistEntries.get(ENTRY.id))!.conflict).toBeUndefined());
  expect((await db.shortlistEntries.get(ENTRY.id))!.note).toBe(
    'Aiko: 申請書は6月\nBen: <b>見送り</b>\n結論: 来年度に申請',
  );
}, 15_000);
