import { RECORD_KINDS, catalogSchema, type Catalog } from './catalog';
import { z } from 'zod';
import { objectMembers, type Range } from './json-ranges';
import { MAX_RECORDS_PER_KIND } from './limits';
import { programSchema, type Program } from './program';
import { crossRecordProblems, describeIssue, type CatalogProblem } from './validate';

export type CatalogBytesProblem = CatalogProblem & { kind: 'json' | 'too-many' | 'invalid' };
export type ReadCatalogBytes =
  { ok: true; catalog: Catalog } | { ok: false; problems: CatalogBytesProblem[] };

/** Problems after this many are not listed: the first ones say what is wrong with the file. */
const MAX_PROBLEMS = 100;
/** Programs decoded, parsed and checked together. */
const BATCH = 2_000;
const programBatchSchema = z.array(programSchema);

/**
 * A catalog's JSON bytes to a validated catalog, one program at a time: each program is decoded,
 * parsed and checked on its own, so the whole text never exists as one string and the unchecked
 * objects are garbage as soon as their checked copy is made. The same schema and cross-record
 * rules as data/ (validateCatalog) apply.
 */
export function readCatalogBytes(bytes: Uint8Array, range: Range = [0, bytes.length]): ReadCatalogBytes {
  const fail = (
    kind: CatalogBytesProblem['kind'],
    message: string,
    record = '(file)',
    field = '(file)',
  ): ReadCatalogBytes => ({ ok: false, problems: [{ kind, record, field, message }] });
  const decoder = new TextDecoder('utf-8', { fatal: true });
  const parse = (r: Range): unknown => JSON.parse(decoder.decode(bytes.subarray(r[0], r[1])));
  let read: ReturnType<typeof objectMembers>;
  try {
    read = objectMembers(bytes, range, 'programs');
  } catch {
    read = null;
  }
  if (!read) return fail('json', 'not a JSON object');
  const { members } = read;
  const programRanges = read.elements ?? [];
  if (programRanges.length > MAX_RECORDS_PER_KIND)
    return fail(
      'too-many',
      `${programRanges.length} records (at most ${MAX_RECORDS_PER_KIND})`,
      'programs',
      '(list)',
    );

  const others: Record<string, unknown> = {};
  const programs: Program[] = [];
  const problems: CatalogBytesProblem[] = [];
  try {
    for (const [key, value] of members) if (key !== 'programs') others[key] = parse(value);
    for (const kind of [...RECORD_KINDS, 'sources'] as const) {
      const records = others[kind];
      if (Array.isArray(records) && records.length > MAX_RECORDS_PER_KIND)
        return fail(
          'too-many',
          `${records.length} records (at most ${MAX_RECORDS_PER_KIND})`,
          kind,
          '(list)',
        );
    }
    // A batch of programs is decoded and parsed as one small array (the bytes between its first and
    // last element, commas included): far fewer calls than one per program, and never one huge string.
    for (let first = 0; first < programRanges.length && problems.length < MAX_PROBLEMS; first += BATCH) {
      const last = Math.min(programRanges.length, first + BATCH) - 1;
      const raw = JSON.parse(
        `[${decoder.decode(bytes.subarray(programRanges[first]![0], programRanges[last]![1]))}]`,
      ) as unknown[];
      const checked = programBatchSchema.safeParse(raw);
      if (checked.success) {
        for (const program of checked.data) programs.push(program);
        continue;
      }
      for (const issue of checked.error.issues) {
        const [index, ...path] = issue.path as [number, ...PropertyKey[]];
        problems.push({
          kind: 'invalid',
          ...describeIssue(holderOf(first + index, raw[index]), {
            ...issue,
            path: ['programs', first + index, ...path],
          }),
        });
      }
    }
  } catch {
    return fail('json', 'not valid JSON');
  }
  const rest = catalogSchema.safeParse({ ...others, programs: [] });
  if (!rest.success)
    problems.push(
      ...rest.error.issues.map((issue) => ({ kind: 'invalid' as const, ...describeIssue(others, issue) })),
    );
  if (problems.length) return { ok: false, problems: problems.slice(0, MAX_PROBLEMS) };
  const catalog = { ...rest.data!, programs };
  const rules = crossRecordProblems(catalog);
  if (rules.length)
    return {
      ok: false,
      problems: rules.slice(0, MAX_PROBLEMS).map((p) => ({ ...p, kind: 'invalid' as const })),
    };
  return { ok: true, catalog };
}

/** What describeIssue expects to find the record's id in: the program at its index in `programs`. */
function holderOf(index: number, raw: unknown): { programs: unknown[] } {
  const programs: unknown[] = [];
  programs[index] = raw;
  return { programs };
}
