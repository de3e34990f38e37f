import type { Community } from '../catalog/community';
import type { Framework } from '../catalog/framework';
import { circledDomain, type MarketDomain } from '../catalog/market-domain';
import type { Program } from '../catalog/program';
import { normalizeForSearch } from './normalize';
import type { GroupTexts } from './text-index';

/** Every record kind one search covers, in the order their groups are listed when equally good. */
export const SEARCH_KINDS = ['program', 'framework', 'community', 'domain'] as const;
export type SearchKind = (typeof SEARCH_KINDS)[number];

/** A catalog record of a kind other than program, as the search sees it. */
export type OtherRecord =
  | { kind: 'framework'; record: Framework }
  | { kind: 'community'; record: Community }
  | { kind: 'domain'; record: MarketDomain };

/** Which field of a record a search hit was found in, to show the user where. */
export type HitField =
  | 'alias'
  | 'organisation'
  | 'summary'
  | 'note'
  | 'networkInstitution'
  | 'member'
  | 'contact'
  | 'prefecture'
  | 'owner'
  | 'participant'
  | 'content'
  | 'strength'
  | 'leadMinistry'
  | 'category'
  | 'eligibility';

/**
 * A record's searchable fields in display order, each with what it is: the name group first,
 * then who (organisations, members, contacts), then what (summaries, contents, notes).
 */
export function recordFields(item: AnyRecord): {
  name: string[];
  org: [HitField, string][];
  body: [HitField, string][];
} {
  const each = (field: HitField, values: (string | null)[]) =>
    values.filter((v): v is string => Boolean(v)).map((v) => [field, v] as [HitField, string]);
  switch (item.kind) {
    case 'program': {
      const p = item.record;
      return {
        name: [p.name, ...p.aliases],
        // Who runs it and who may apply: both are "who" a user asks about.
        org: [
          ...each('organisation', [...p.ministries, p.agency, p.department]),
          ...each(
            'eligibility',
            p.eligibility.map((e) => e.label),
          ),
        ],
        body: [
          ...each('summary', [p.summary]),
          ...each('category', [p.category?.value ?? null]),
          ...each('note', [...p.instruments, ...p.notes, p.eligibilityNote]),
        ],
      };
    }
    case 'community': {
      const c = item.record;
      return {
        name: [c.name],
        org: [
          ...each('networkInstitution', [c.networkInstitution]),
          ...each('member', [...c.members, c.membersSummary]),
          ...each(
            'contact',
            c.contacts.map((contact) => contact.printed),
          ),
          ...each(
            'prefecture',
            c.prefectures.map((p) => p.name),
          ),
        ],
        body: [
          ...each('summary', [c.summary, ...c.idealState]),
          ...each('content', [...c.measures, ...c.kpis]),
          ...each('note', c.notes),
        ],
      };
    }
    case 'framework': {
      const f = item.record;
      return {
        name: [f.name],
        org: [
          ...each('owner', f.owners),
          ...each('participant', f.participants),
          ...each(
            'contact',
            f.contacts.map((contact) => contact.printed),
          ),
        ],
        body: [
          ...each('summary', [f.summary]),
          ...each('content', [...f.contents, ...f.benefits, ...f.process]),
          ...each('note', f.notes),
        ],
      };
    }
    case 'domain': {
      const d = item.record;
      return {
        name: [`${circledDomain(d.id)} ${d.name}`],
        org: each('leadMinistry', [d.leadMinistry]),
        body: [...each('category', [d.category]), ...each('strength', d.strengths)],
      };
    }
  }
}

export type AnyRecord = OtherRecord | { kind: 'program'; record: Program };

/** The normalised text of a record, per field group: what the index searches. */
export function recordTexts(item: AnyRecord): GroupTexts {
  const fields = recordFields(item);
  return {
    name: normalizeForSearch(fields.name.join('\u0002')),
    org: normalizeForSearch(fields.org.map(([, text]) => text).join('\u0002')),
    body: normalizeForSearch(fields.body.map(([, text]) => text).join('\u0002')),
  };
}

/**
 * A program's text per field group, as recordTexts would give it, built without the field
 * tuples: the index builds this for every program of a national catalog (a test keeps the two equal).
 */
export function programTexts(p: Program): GroupTexts {
  const join = (parts: (string | null)[]) => normalizeForSearch(parts.filter(Boolean).join('\u0002'));
  return {
    name: join([p.name, ...p.aliases]),
    org: join([...p.ministries, p.agency, p.department, ...p.eligibility.map((e) => e.label)]),
    body: join([p.summary, p.category?.value ?? null, ...p.instruments, ...p.notes, p.eligibilityNote]),
  };
}

/** The record's id as its page address uses it. */
export function recordId(item: AnyRecord): string {
  return String(item.record.id);
}

/**
 * Where a record matched, when its name did not: the first organisation or text field that
 * contains one of the words searched for (normalised), with what that field is.
 */
export function hitField(item: AnyRecord, words: string[]): { field: HitField; text: string } | null {
  if (words.length === 0) return null;
  const fields = recordFields(item);
  if (fields.name.some((name) => words.some((w) => normalizeForSearch(name).includes(w)))) {
    const alias = fields.name
      .slice(1)
      .find((name) => words.some((w) => normalizeForSearch(name).includes(w)));
    const nameItself = words.some((w) => normalizeForSearch(fields.name[0]!).includes(w));
    return alias && !nameItself ? { field: 'alias', text: alias } : null;
  }
  for (const [field, text] of [...fields.org, ...fields.body]) {
    if (words.some((w) => normalizeForSearch(text).includes(w))) return { field, text };
  }
  return null;
}
