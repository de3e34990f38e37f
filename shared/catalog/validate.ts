import type { z } from 'zod';
import { RECORD_KINDS, catalogSchema, type Catalog, type RecordKind } from './catalog';
import type { SourceRef } from './sources';

export interface CatalogProblem {
  /** Record id where one is known, else the top-level key. */
  record: string;
  /** Dotted field path inside the record, e.g. "budgets.0.amountYen". */
  field: string;
  message: string;
  /** A rule between records, as a code the app explains in the user's language (the message is English). */
  rule?: CrossRecordRule;
}

export type CrossRecordRule =
  | { code: 'duplicate-id' }
  | { code: 'unknown-program'; ref: string }
  | { code: 'unknown-domain'; ref: string }
  | { code: 'unknown-source'; ref: string };

export function describeIssue(data: unknown, issue: z.core.$ZodIssue): CatalogProblem {
  const [kind, index, ...rest] = issue.path;
  let record = String(kind ?? '(root)');
  if (typeof index === 'number' && data && typeof data === 'object') {
    const list = (data as Record<string, unknown>)[record];
    const item = Array.isArray(list) ? (list[index] as { id?: unknown } | undefined) : undefined;
    record = typeof item?.id === 'string' ? `${record}/${item.id}` : `${record}[${index}]`;
  }
  const field = (typeof index === 'number' ? rest : issue.path.slice(1)).join('.') || '(record)';
  return { record, field, message: issue.message };
}

/** Schema plus the cross-record rules zod cannot express: unique ids and resolvable references. */
export function validateCatalog(
  data: unknown,
): { ok: true; catalog: Catalog } | { ok: false; problems: CatalogProblem[] } {
  const parsed = catalogSchema.safeParse(data);
  if (!parsed.success) {
    return { ok: false, problems: parsed.error.issues.map((i) => describeIssue(data, i)) };
  }
  const problems = crossRecordProblems(parsed.data);
  return problems.length ? { ok: false, problems } : { ok: true, catalog: parsed.data };
}

/** The rules between records: unique ids, and every reference (program, market domain, source) resolves. */
export function crossRecordProblems(catalog: Catalog): CatalogProblem[] {
  const problems: CatalogProblem[] = [];
  const problem = (record: string, field: string, message: string, rule: CrossRecordRule) =>
    problems.push({ record, field, message, rule });

  const idsOf = (kind: RecordKind) => {
    const ids = new Set<string>();
    for (const record of catalog[kind] as { id: string | number }[]) {
      const id = String(record.id);
      if (ids.has(id)) problem(`${kind}/${id}`, 'id', 'duplicate id', { code: 'duplicate-id' });
      ids.add(id);
    }
    return ids;
  };
  const programIds = idsOf('programs');
  idsOf('communities');
  const domainIds = idsOf('marketDomains');
  idsOf('frameworks');
  const knownFiles = new Set(catalog.sources.map((s) => s.file));

  for (const program of catalog.programs) {
    program.related.forEach((ref, i) => {
      if (!programIds.has(ref))
        problem(`programs/${program.id}`, `related.${i}`, `unknown program id "${ref}"`, {
          code: 'unknown-program',
          ref,
        });
    });
  }
  for (const kind of ['programs', 'communities'] as const) {
    for (const record of catalog[kind]) {
      record.marketDomains.forEach((domain, i) => {
        if (!domainIds.has(String(domain))) {
          problem(`${kind}/${record.id}`, `marketDomains.${i}`, `unknown market domain ${domain}`, {
            code: 'unknown-domain',
            ref: String(domain),
          });
        }
      });
    }
  }
  for (const { record, path, ref } of allSourceRefs(catalog)) {
    if (!knownFiles.has(ref.file))
      problem(record, `${path}.file`, `source "${ref.file}" is not listed in sources`, {
        code: 'unknown-source',
        ref: ref.file,
      });
  }
  return problems;
}

/** Every SourceRef in the catalog with the record it belongs to, e.g. "communities/tsuruoka". */
export function allSourceRefs(catalog: Catalog): { record: string; path: string; ref: SourceRef }[] {
  const found: { record: string; path: string; ref: SourceRef }[] = [];
  for (const kind of RECORD_KINDS)
    for (const record of catalog[kind] as { id: string | number }[]) {
      const name = `${kind}/${record.id}`;
      for (const { path, ref } of collectSourceRefs(record)) found.push({ record: name, path, ref });
    }
  return found;
}

/** Every SourceRef anywhere inside a record, with its field path. */
export function collectSourceRefs(value: unknown, path = ''): { path: string; ref: SourceRef }[] {
  const found: { path: string; ref: SourceRef }[] = [];
  // One array for the whole walk: the cross-record check walks every record of a national
  // catalog (100,000 programs), where an array per nested value cost about a second.
  const walk = (value: unknown, path: string) => {
    if (Array.isArray(value)) {
      for (let i = 0; i < value.length; i++) walk(value[i], path ? `${path}.${i}` : String(i));
      return;
    }
    if (!value || typeof value !== 'object') return;
    const obj = value as Record<string, unknown>;
    if (typeof obj.file === 'string' && typeof obj.quote === 'string' && typeof obj.section === 'string') {
      found.push({ path, ref: obj as unknown as SourceRef });
      return;
    }
    for (const key in obj) {
      const child = obj[key];
      // Strings, numbers and nulls hold no reference: skipped before a path is built for them.
      if (child && typeof child === 'object') walk(child, path ? `${path}.${key}` : key);
    }
  };
  walk(value, path);
  return found;
}

/**
 * Seeds are PDF extractions: tables use tabs, Japanese paragraphs wrap mid-word and headings
 * carry Markdown emphasis (**) or <b> tags. A quote is compared with whitespace and that
 * formatting removed on both sides, so the data keeps the words as printed and nothing else.
 */
export function comparableText(text: string): string {
  return text.replace(/\*\*|<\/?b>/g, '').replace(/\s+/g, '');
}

export function quoteOccursIn(seedText: string, quote: string): boolean {
  return comparableText(seedText).includes(comparableText(quote));
}
