import { APPLICANT_TYPES, type ApplicantType } from '../catalog/applicants';
import { PREFECTURES } from '../geo/prefectures';
import { NEEDS, type Need } from '../catalog/needs';
import type { Program } from '../catalog/program';
import type { SourceRef } from '../catalog/sources';
import {
  cellLines,
  expectParts,
  formatFiscalYear,
  joinParts,
  nullIfEmpty,
  parseChoice,
  parseFiscalYear,
  parseYen,
  splitParts,
  CellSyntaxError,
} from './cell-syntax';
import { readBudget, writeBudget } from './budget-cell';

/** Writing a row: each source a cell needs becomes a line of the row's 引用 cell, referred to as "[n]". */
export interface WriteContext {
  cite(ref: SourceRef): string;
}
/** Reading a row: "[n]" back to the source on line n of the 引用 cell. */
export interface ReadContext {
  source(citation: string): SourceRef;
}

export interface ProgramColumn<K extends keyof Program = keyof Program> {
  key: K;
  /** The header as the app writes it. */
  ja: string;
  /** Also accepted as a header, for tables kept in English. */
  en: string;
  write(program: Program, context: WriteContext): string;
  read(cell: string, context: ReadContext): Program[K];
  /** Added after the first tables were written: a table without it still loads (empty cells). */
  optional?: true;
}

const column = <K extends keyof Program>(c: ProgramColumn<K>) => c as unknown as ProgramColumn;

const BASIS = { 明記: 'stated', 推定: 'inferred', stated: 'stated', inferred: 'inferred' } as const;
const BASIS_JA = { stated: '明記', inferred: '推定' } as const;
const STATUS = {
  実施中: 'active',
  終了: 'ended',
  過去の事業: 'historical',
  要確認: 'unknown',
  active: 'active',
  ended: 'ended',
  historical: 'historical',
  unknown: 'unknown',
} as const;
const STATUS_JA = { active: '実施中', ended: '終了', historical: '過去の事業', unknown: '要確認' } as const;
const NEW_CALLS = { 有: '有', 無: '無' } as const;
const APPLICANTS = Object.fromEntries(APPLICANT_TYPES.map((a) => [a, a])) as Record<string, ApplicantType>;
const NEED_CODES = Object.fromEntries(NEEDS.map((n) => [n, n])) as Record<string, Need>;
const PREFECTURE_NAMES = Object.fromEntries(PREFECTURES.map((p) => [p, p])) as Record<string, string>;
const splitList = (text: string) => text.split(/[,、\s]+/).filter(Boolean);

/** Reads each line of a cell, telling the caller which line a syntax error is on. */
function eachLine<T>(cell: string, read: (item: string) => T): T[] {
  return cellLines(cell).map(({ text, line }) => {
    try {
      return read(text);
    } catch (error) {
      if (error instanceof CellSyntaxError) throw new CellSyntaxError(error.issue, line);
      throw error;
    }
  });
}

const textList = (key: 'aliases' | 'ministries' | 'instruments' | 'stages' | 'notes', ja: string) =>
  column({
    key,
    ja,
    en: key,
    write: (p) => p[key].join('\n'),
    read: (cell) => cellLines(cell).map((l) => l.text),
  });

const optionalText = (key: 'agency' | 'summary' | 'period' | 'eligibilityNote' | 'department', ja: string) =>
  column({
    key,
    ja,
    en: key,
    write: (p) => p[key] ?? '',
    read: (cell) => nullIfEmpty(cell.trim()),
  });

/** Every program field, in the order the app writes them. */
export const PROGRAM_COLUMNS: ProgramColumn[] = [
  column({ key: 'id', ja: 'ID', en: 'id', write: (p) => p.id, read: (cell) => cell.trim() }),
  column({ key: 'name', ja: '名称', en: 'name', write: (p) => p.name, read: (cell) => cell.trim() }),
  textList('aliases', '別名'),
  textList('ministries', '府省'),
  optionalText('agency', '実施機関'),
  textList('instruments', '支援形態'),
  optionalText('summary', '概要'),
  column({
    key: 'category',
    ja: '分類',
    en: 'category',
    write: ({ category: c }) =>
      c ? joinParts([c.value, BASIS_JA[c.basis], ...(c.note === null ? [] : [c.note])]) : '',
    read: (cell) => {
      if (cell.trim() === '') return null;
      const parts = splitParts(cell.trim());
      if (parts.length < 2 || parts.length > 3)
        throw new CellSyntaxError({
          code: 'parts',
          expected: '分類 | 明記 または 推定 | 注記',
          got: parts.length,
        });
      return {
        value: parts[0] as NonNullable<Program['category']>['value'],
        basis: parseChoice(parts[1]!, BASIS),
        note: nullIfEmpty(parts[2] ?? ''),
      };
    },
  }),
  column({
    key: 'marketDomains',
    ja: '市場領域',
    en: 'marketDomains',
    write: (p) => p.marketDomains.join(', '),
    read: (cell) =>
      cell
        .split(/[,、\s]+/)
        .filter(Boolean)
        .map((n) => {
          const value = parseYen(n);
          if (value === null) throw new CellSyntaxError({ code: 'number', value: n });
          return value;
        }),
  }),
  column({
    key: 'supports',
    ja: '支援内容',
    en: 'supports',
    write: (p, c) => p.supports.map((s) => joinParts([s.need, c.cite(s.source)])).join('\n'),
    read: (cell, c) =>
      eachLine(cell, (item) => {
        const [need, cite] = expectParts(item, 2, '支援内容コード | [n]') as [string, string];
        return { need: parseChoice(need, NEED_CODES), source: c.source(cite) };
      }),
  }),
  textList('stages', '段階'),
  optionalText('period', '期間'),
  column({
    key: 'periodEnd',
    ja: '事業終了年度',
    en: 'periodEnd',
    optional: true,
    write: (p, c) =>
      p.periodEnd ? joinParts([formatFiscalYear(p.periodEnd.fiscalYear), c.cite(p.periodEnd.source)]) : '',
    read: (cell, c) => {
      if (cell.trim() === '') return null;
      const [fy, cite] = expectParts(cell.trim(), 2, '年度 (西暦) | [n]') as [string, string];
      return { fiscalYear: parseFiscalYear(fy), source: c.source(cite) };
    },
  }),
  column({
    key: 'status',
    ja: '状況',
    en: 'status',
    write: (p) => joinParts([STATUS_JA[p.status.value], formatFiscalYear(p.status.asOf)]),
    read: (cell) => {
      const [value, asOf] = expectParts(cell.trim(), 2, '実施中・終了・過去の事業・要確認 | 年度 (西暦)') as [
        string,
        string,
      ];
      return { value: parseChoice(value, STATUS), asOf: parseFiscalYear(asOf) };
    },
  }),
  column({
    key: 'describes',
    ja: '対象年度',
    en: 'describes',
    write: (p) => formatFiscalYear(p.describes),
    read: (cell) => parseFiscalYear(cell.trim()),
  }),
  column({
    key: 'budgets',
    ja: '予算',
    en: 'budgets',
    write: (p, c) => p.budgets.map((b) => writeBudget(b, c)).join('\n'),
    read: (cell, c) => eachLine(cell, (item) => readBudget(item, c)),
  }),
  column({
    key: 'eligibility',
    ja: '応募対象',
    en: 'eligibility',
    write: (p, c) =>
      p.eligibility
        .map((e) => joinParts([e.applicant, e.label, BASIS_JA[e.basis], c.cite(e.source)]))
        .join('\n'),
    read: (cell, c) =>
      eachLine(cell, (item) => {
        const [applicant, label, basis, cite] = expectParts(
          item,
          4,
          '応募者の種類 | 表記 | 明記 または 推定 | [n]',
        ) as [string, string, string, string];
        return {
          applicant: parseChoice(applicant, APPLICANTS),
          label,
          basis: parseChoice(basis, BASIS),
          source: c.source(cite),
        };
      }),
  }),
  optionalText('eligibilityNote', '応募対象の注記'),
  column({
    key: 'regions',
    ja: '地域',
    en: 'regions',
    optional: true,
    write: (p, c) =>
      p.regions
        .map((r) =>
          joinParts([r.label, r.prefectures.join(', '), BASIS_JA[r.basis], r.note, c.cite(r.source)]),
        )
        .join('\n'),
    read: (cell, c) =>
      eachLine(cell, (item) => {
        const [label, prefectures, basis, note, cite] = expectParts(
          item,
          5,
          '表記 | 都道府県, 都道府県 | 明記 または 推定 | 注記 | [n]',
        ) as [string, string, string, string, string];
        return {
          label,
          prefectures: splitList(prefectures).map((p) => parseChoice(p, PREFECTURE_NAMES)),
          basis: parseChoice(basis, BASIS),
          note: nullIfEmpty(note),
          source: c.source(cite),
        };
      }),
  }),
  column({
    key: 'consortium',
    ja: '連携体制',
    en: 'consortium',
    optional: true,
    // First line: basis, note and source; then one line per role: 表記 | type, type.
    write: ({ consortium: x }, c) =>
      x
        ? [
            joinParts([BASIS_JA[x.basis], x.note, c.cite(x.source)]),
            ...x.roles.map((r) => joinParts([r.label, r.applicants.join(', ')])),
          ].join('\n')
        : '',
    read: (cell, c) => {
      const lines = cellLines(cell);
      if (lines.length === 0) return null;
      const [basis, note, cite] = expectParts(lines[0]!.text, 3, '明記 または 推定 | 注記 | [n]') as [
        string,
        string,
        string,
      ];
      const roles = lines.slice(1).map(({ text, line }) => {
        try {
          const [label, types] = expectParts(text, 2, '表記 | 応募者の種類, 応募者の種類') as [
            string,
            string,
          ];
          return { label, applicants: splitList(types).map((t) => parseChoice(t, APPLICANTS)) };
        } catch (error) {
          if (error instanceof CellSyntaxError) throw new CellSyntaxError(error.issue, line);
          throw error;
        }
      });
      return { roles, basis: parseChoice(basis, BASIS), note: nullIfEmpty(note), source: c.source(cite) };
    },
  }),
  column({
    key: 'newCalls',
    ja: '新規採択',
    en: 'newCalls',
    write: (p, c) =>
      p.newCalls
        ? joinParts([p.newCalls.value, formatFiscalYear(p.newCalls.fiscalYear), c.cite(p.newCalls.source)])
        : '',
    read: (cell, c) => {
      if (cell.trim() === '') return null;
      const [value, fy, cite] = expectParts(cell.trim(), 3, '有 または 無 | 年度 (西暦) | [n]') as [
        string,
        string,
        string,
      ];
      return {
        value: parseChoice(value, NEW_CALLS),
        fiscalYear: parseFiscalYear(fy),
        source: c.source(cite),
      };
    },
  }),
  optionalText('department', '担当部署'),
  column({
    key: 'contacts',
    ja: '連絡先',
    en: 'contacts',
    write: (p, c) =>
      p.contacts
        .map((x) => joinParts([x.label, x.printed, x.tel, x.extension, x.mail, c.cite(x.source)]))
        .join('\n'),
    read: (cell, c) =>
      eachLine(cell, (item) => {
        const [label, printed, tel, extension, mail, cite] = expectParts(
          item,
          6,
          '窓口名 | 表記 | 電話 | 内線 | メール | [n]',
        ) as [string, string, string, string, string, string];
        return {
          label: nullIfEmpty(label),
          printed,
          tel: nullIfEmpty(tel),
          extension: nullIfEmpty(extension),
          mail: nullIfEmpty(mail),
          source: c.source(cite),
        };
      }),
  }),
  column({
    key: 'related',
    ja: '関連',
    en: 'related',
    write: (p) => p.related.join('\n'),
    read: (cell) => cell.split(/[,、\s]+/).filter(Boolean),
  }),
  textList('notes', '注記'),
  column({
    key: 'sources',
    ja: '出典',
    en: 'sources',
    write: (p, c) => p.sources.map((s) => c.cite(s)).join(' '),
    read: (cell, c) => (cell.match(/[[［][^\]］]*[\]］]|[^\s[［]+/g) ?? []).map((cite) => c.source(cite)),
  }),
];

/** The row's sources, one per line: "[n] file | section | quote". */
export const CITATIONS_COLUMN = { ja: '引用', en: 'citations' } as const;
export const CITATION_SYNTAX = '[n] ファイル名 | 節 | 引用文';
