import { dequal } from 'dequal';
import type { Program } from './program';

export interface FieldChange {
  field: keyof Program;
  before: unknown;
  after: unknown;
}

export interface ProgramChange {
  before: Program;
  after: Program;
  fields: FieldChange[];
}

export interface CatalogDiff {
  added: Program[];
  removed: Program[];
  changed: ProgramChange[];
  unchanged: number;
}

/** Structural equality: serialises neither side (this runs 100,000 times on a national update) and ignores key order. */
const same = (a: unknown, b: unknown) => dequal(a, b);

function changeOf(old: Program, program: Program): ProgramChange | null {
  // Most programs are unchanged between editions: one comparison settles them.
  if (same(old, program)) return null;
  return fieldChanges(old, program);
}

function fieldChanges(old: Program, program: Program): ProgramChange | null {
  const keys = new Set([...Object.keys(old), ...Object.keys(program)]) as Set<keyof Program>;
  const fields = [...keys]
    .filter((field) => !same(old[field], program[field]))
    .map((field) => ({ field, before: old[field], after: program[field] }));
  return fields.length ? { before: old, after: program, fields } : null;
}

/** What an update does to the programs, field by field, matched by their stable ids. */
export function diffPrograms(installed: Program[], incoming: Program[]): CatalogDiff {
  const diff = new ProgramDiff(incoming, Infinity);
  diff.compare(installed);
  const summary = diff.finish();
  return {
    added: summary.added,
    removed: summary.removed,
    changed: summary.changed,
    unchanged: summary.counts.unchanged,
  };
}

export interface DiffSummary {
  counts: { added: number; changed: number; removed: number; unchanged: number };
  /** The first `listed` of each kind; the counts say how many there are. */
  added: Program[];
  changed: ProgramChange[];
  removed: Program[];
  /** Every removed and changed id, for the user's lists and favourites. */
  removedIds: string[];
  changedIds: string[];
  addedIds: string[];
}

/**
 * The same diff, fed the installed programs a chunk at a time, so a national catalog is compared
 * without holding the installed 100,000 programs beside the incoming ones; only the first
 * `listed` programs of each kind are kept for the preview.
 */
export class ProgramDiff {
  private readonly incoming: Map<string, Program>;
  private readonly seen = new Set<string>();
  private readonly summary: DiffSummary = {
    counts: { added: 0, changed: 0, removed: 0, unchanged: 0 },
    added: [],
    changed: [],
    removed: [],
    removedIds: [],
    changedIds: [],
    addedIds: [],
  };

  /** Where each incoming program is in `programs`, for `reconcile` to put its result back. */
  private readonly positions: Map<string, number> | null;

  /**
   * `reconcile`, if given, first turns each incoming program into the one to compare and install,
   * knowing the installed one (a Shift_JIS table gives back the installed spelling of what it
   * cannot keep apart); the result replaces the program in `programs`.
   */
  constructor(
    private readonly programs: Program[],
    private readonly listed: number,
    private readonly reconcile?: (installed: Program, incoming: Program) => Program,
  ) {
    this.incoming = new Map(programs.map((p) => [p.id, p]));
    this.positions = reconcile ? new Map(programs.map((p, i) => [p.id, i])) : null;
  }

  compare(installed: Program[]): void {
    const s = this.summary;
    for (const old of installed) {
      let program = this.incoming.get(old.id);
      if (program && this.reconcile && !same(old, program)) {
        program = this.reconcile(old, program);
        this.incoming.set(old.id, program);
        this.programs[this.positions!.get(old.id)!] = program;
      }
      if (!program) {
        s.counts.removed++;
        s.removedIds.push(old.id);
        if (s.removed.length < this.listed) s.removed.push(old);
        continue;
      }
      this.seen.add(old.id);
      // Field by field only for the programs the preview lists: the rest need one comparison each.
      const listing = s.changed.length < this.listed;
      const change = listing ? changeOf(old, program) : same(old, program) ? null : true;
      if (!change) {
        s.counts.unchanged++;
        continue;
      }
      s.counts.changed++;
      s.changedIds.push(old.id);
      if (change !== true) s.changed.push(change);
    }
  }

  finish(): DiffSummary {
    const s = this.summary;
    for (const program of this.programs) {
      if (this.seen.has(program.id)) continue;
      s.counts.added++;
      s.addedIds.push(program.id);
      if (s.added.length < this.listed) s.added.push(program);
    }
    // Listed in the incoming catalog's order, as before the diff was fed in chunks.
    const order = new Map(this.programs.map((p, i) => [p.id, i]));
    s.changed.sort((a, b) => order.get(a.after.id)! - order.get(b.after.id)!);
    return s;
  }
}
