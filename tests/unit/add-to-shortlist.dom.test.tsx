/** @vitest-environment jsdom */
import '@testing-library/jest-dom/vitest';
import { cleanup, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Profiler } from 'react';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { db } from '../../renderer/src/db/db';
import { shortlists } from '../../renderer/src/db/shortlists-repository';
import { AddToShortlist } from '../../renderer/src/features/shortlists/AddToShortlist';
import { I18nProvider } from '../../renderer/src/i18n/i18n';

const program = { id: 'coi-next', name: '共創の場形成支援プログラム' };

beforeEach(async () => {
  await db.shortlistEntries.clear();
  await db.shortlists.clear();
});
afterEach(cleanup);

/**
 * Renders the button and records whether the list's checkbox is ticked after every commit that
 * follows the next click: commits of earlier live queries may still land between two clicks.
 */
function renderRecordingTicks() {
  const ticks: boolean[] = [];
  let recording = false;
  const record = () => {
    const box = document.querySelector<HTMLInputElement>('.shortlist-panel input[type=checkbox]');
    if (box && recording) ticks.push(box.checked);
  };
  render(
    <I18nProvider>
      <Profiler id="add" onRender={record}>
        <AddToShortlist program={program} />
      </Profiler>
    </I18nProvider>,
  );
  const fromNextClick = () => {
    ticks.length = 0;
    recording = false;
    document.addEventListener('click', () => (recording = true), { capture: true, once: true });
  };
  return { ticks, fromNextClick };
}

it('a ticked list stays ticked from the click until storage confirms it, and the entry is stored', async () => {
  const listId = await shortlists.create('B市 ワークショップ');
  const { ticks, fromNextClick } = renderRecordingTicks();
  const user = userEvent.setup();
  await user.click(screen.getByRole('button', { name: /リストに追加/ }));
  const box = await screen.findByRole('checkbox', { name: 'B市 ワークショップ' });
  expect(box).not.toBeChecked();

  fromNextClick();
  await user.click(box);
  await waitFor(async () => expect(await db.shortlistEntries.where({ listId }).count()).toBe(1));
  // The click's commit and the live query's: every state the user could have seen.
  await waitFor(() => expect(ticks.length).toBeGreaterThanOrEqual(2));
  expect(box).toBeChecked();
  expect(ticks).not.toContain(false);

  // Once confirmed, storage decides again: another window removing it unticks the box here.
  await shortlists.remove(listId, program.id);
  await waitFor(() => expect(box).not.toBeChecked());

  await user.click(box);
  await waitFor(async () => expect(await db.shortlistEntries.where({ listId }).count()).toBe(1));
  fromNextClick();
  await user.click(box);
  await waitFor(async () => expect(await db.shortlistEntries.where({ listId }).count()).toBe(0));
  await waitFor(() => expect(ticks.length).toBeGreaterThanOrEqual(2));
  expect(box).not.toBeChecked();
  expect(ticks).not.toContain(true);
});

it('the panel closes when Tab moves focus out of it, and Escape closes it with focus back on its button', async () => {
  await shortlists.create('A大学 URA');
  const user = userEvent.setup();
  render(
    <I18nProvider>
      <AddToShortlist program={program} />
      <button type="button">次の操作</button>
    </I18nProvider>,
  );
  const add = screen.getByRole('button', { name: /リストに追加/ });
  await user.click(add);
  expect(await screen.findByRole('checkbox', { name: 'A大学 URA' })).toBeInTheDocument();
  // Tab through the panel's controls and out of it.
  for (let i = 0; i < 10 && document.activeElement?.textContent !== '次の操作'; i++) await user.tab();
  expect(document.activeElement).toHaveTextContent('次の操作');
  expect(screen.queryByRole('group')).not.toBeInTheDocument();
  expect(add).toHaveAttribute('aria-expanded', 'false');

  // Escape from the button itself (the panel just opened) closes it too.
  await user.click(add);
  await screen.findByRole('checkbox', { name: 'A大学 URA' });
  await user.keyboard('{Escape}');
  expect(screen.queryByRole('group')).not.toBeInTheDocument();
  expect(add).toHaveFocus();

  // Escape from inside the panel returns focus to the button.
  await user.click(add);
  await user.click(await screen.findByRole('checkbox', { name: 'A大学 URA' }));
  await user.keyboard('{Escape}');
  expect(screen.queryByRole('group')).not.toBeInTheDocument();
  expect(add).toHaveFocus();
});
