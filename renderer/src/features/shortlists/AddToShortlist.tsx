import { useId, useRef, useState, type FocusEvent, type FormEvent, type KeyboardEvent } from 'react';
import type { Program } from '../../../../shared/catalog/program';
import type { WizardVerdict } from '../../../../shared/shortlist/shortlist';
import { shortlists, useListsOfProgram, useShortlists } from '../../db/shortlists-repository';
import { useCheckedWrite } from '../../components/useCheckedWrite';
import { WriteFailure } from '../../components/WriteFailure';
import { useI18n } from '../../i18n/i18n';

/**
 * "Add to list" for one program: a button that opens a small panel of the user's lists as
 * checkboxes (ticked where the program already is) and a field to start a new list.
 * Escape (on the button or in the panel) closes it and gives focus back to the button; moving
 * focus out of it (Tab past its last control, a click on another control) closes it.
 */
export function AddToShortlist({
  program,
  wizard = null,
  compact = false,
}: {
  program: Pick<Program, 'id' | 'name'>;
  /** From a wizard result: the group and reasons the list keeps with the program. */
  wizard?: WizardVerdict | null;
  compact?: boolean;
}) {
  const { t } = useI18n();
  const [open, setOpen] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  const panelId = useId();
  const close = () => {
    setOpen(false);
    button.current?.focus();
  };
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape' && open) {
      event.stopPropagation();
      close();
    }
  };
  // Only a move to another element closes it: focus lost to nothing (a control disabled while
  // saving, the window losing focus) must not throw away a half-typed list name.
  const onBlur = (event: FocusEvent) => {
    const to = event.relatedTarget;
    if (open && to instanceof Node && !event.currentTarget.contains(to)) setOpen(false);
  };
  return (
    <span className={`add-to-shortlist${compact ? ' compact' : ''}`} onKeyDown={onKeyDown} onBlur={onBlur}>
      <button
        ref={button}
        type="button"
        className="add-button"
        aria-expanded={open}
        aria-controls={open ? panelId : undefined}
        onClick={() => setOpen(!open)}
      >
        <span aria-hidden="true">＋</span> <span className="add-label">{t('shortlist.add')}</span>
      </button>
      {open && <Panel id={panelId} program={program} wizard={wizard} onClose={close} />}
    </span>
  );
}

function Panel({
  id,
  program,
  wizard,
  onClose,
}: {
  id: string;
  program: Pick<Program, 'id' | 'name'>;
  wizard: WizardVerdict | null;
  onClose: () => void;
}) {
  const { t } = useI18n();
  const lists = useShortlists();
  const member = useListsOfProgram(program.id);
  const [name, setName] = useState('');
  // What the user just ticked shows at once, and stays until the live query agrees: the write
  // resolves before the query re-runs, and dropping the tick in between made it flicker off.
  const [pending, setPending] = useState(new Map<string, boolean>());
  const isIn = (listId: string) => pending.get(listId) ?? member?.has(listId) ?? false;
  const [confirmedBy, setConfirmedBy] = useState(member);
  if (member && member !== confirmedBy) {
    setConfirmedBy(member);
    const unconfirmed = [...pending].filter(([listId, on]) => member.has(listId) !== on);
    if (unconfirmed.length !== pending.size) setPending(new Map(unconfirmed));
  }
  const write = useCheckedWrite();
  const toggle = (listId: string, on: boolean) => {
    setPending((p) => new Map(p).set(listId, on));
    write.run(async () => {
      try {
        await (on ? shortlists.add(listId, program, wizard) : shortlists.remove(listId, program.id));
      } catch (error) {
        // The box shows what storage holds again; <WriteFailure> says the change was not saved.
        setPending((p) => new Map([...p].filter(([id]) => id !== listId)));
        throw error;
      }
    });
  };
  // The new list and the program in it are one write: no empty list is left behind by a failure,
  // and the name stays in the field until it is saved.
  const create = (event: FormEvent) => {
    event.preventDefault();
    if (!name.trim()) return;
    write.run(
      () => shortlists.createWith(name, [{ program, wizard }]),
      () => setName(''),
    );
  };
  return (
    <div
      id={id}
      className="shortlist-panel"
      role="group"
      aria-label={t('shortlist.addTo', { name: program.name })}
    >
      {lists?.length === 0 && <p className="help">{t('shortlist.noLists')}</p>}
      {lists?.map((list) => (
        <label key={list.id} className="check">
          <input
            type="checkbox"
            checked={isIn(list.id)}
            onChange={(e) => toggle(list.id, e.target.checked)}
          />
          {list.name}
        </label>
      ))}
      <form onSubmit={create} className="new-list">
        <input
          aria-label={t('shortlist.newListName')}
          placeholder={t('shortlist.newListName')}
          value={name}
          onChange={(e) => setName(e.target.value)}
          maxLength={200}
        />
        <button type="submit" disabled={!name.trim() || write.saving}>
          {t('shortlist.createAndAdd')}
        </button>
      </form>
      <WriteFailure write={write} unsavedInput={name.trim() !== ''} />
      <button type="button" className="link-button" onClick={onClose}>
        {t('shortlist.close')}
      </button>
    </div>
  );
}
