import type { BudgetEntry } from '../catalog/program';
import {
  CellSyntaxError,
  escapePart,
  formatFiscalYear,
  joinParts,
  nullIfEmpty,
  parseChoice,
  parseFiscalYear,
  parseYen,
  splitParts,
} from './cell-syntax';
import type { ReadContext, WriteContext } from './program-columns';

/**
 * One budget per line in a form a person types without counting separators: the fiscal year,
 * the amount with its unit, [n], and only the labelled parts that apply, in any order:
 *   令和4年度予算案 (2022) | 100億円 | 内数 | 表記: 100億円の内数 | 前年度: 令和3年度当初予算 (2021) | 前年度の表記: (-) | [4]
 * The older positional form (ten parts) is still read.
 */
const UNITS = { 兆円: 12, 億円: 8, 百万円: 6, 万円: 4, 千円: 3, 円: 0 } as const;
type Unit = keyof typeof UNITS;
const AMOUNT = /^(\d[\d,]*)(?:\.(\d+))?\s*(兆円|億円|百万円|万円|千円|円)$/;

/** "14.5億円" → 1,450,000,000: exact (no floating point), and only whole yen. */
export function parseAmount(text: string): number {
  const match = AMOUNT.exec(text.normalize('NFKC').replace(/\s+/g, ' ').trim());
  if (!match) throw new CellSyntaxError({ code: 'amount', value: text });
  const [, whole, fraction = '', unit] = match as unknown as [string, string, string | undefined, Unit];
  const exponent = UNITS[unit] - fraction.length;
  if (exponent < 0 && !/^0*$/.test(fraction.slice(fraction.length + exponent)))
    throw new CellSyntaxError({ code: 'amount', value: text });
  const digits = BigInt(whole.replace(/,/g, '') + fraction);
  const yen = exponent >= 0 ? digits * 10n ** BigInt(exponent) : digits / 10n ** BigInt(-exponent);
  if (yen > BigInt(Number.MAX_SAFE_INTEGER)) throw new CellSyntaxError({ code: 'amount', value: text });
  return Number(yen);
}

/** Yen in the unit the printed text uses where that is exact (836,798千円), else the largest exact one within a decimal. */
export function formatAmount(yen: number, printed: string): string {
  const preferred = (Object.keys(UNITS) as Unit[]).find((u) => u !== '円' && printed.includes(u));
  const candidates: Unit[] = [...(preferred ? [preferred] : []), '億円', '万円', '千円', '円'];
  for (const unit of candidates) {
    const scale = 10 ** UNITS[unit];
    const value = yen / scale;
    if (Number.isInteger(value * 10) && (unit === '円' || value >= 1))
      return `${value.toLocaleString('en-US', { maximumFractionDigits: 1 })}${unit}`;
  }
  return `${yen.toLocaleString('en-US')}円`;
}

const LABELS: Record<string, 'text' | 'amount' | 'note' | 'prev' | 'prevAmount' | 'prevText'> = {
  表記: 'text',
  金額: 'amount',
  注記: 'note',
  前年度: 'prev',
  前年度の金額: 'prevAmount',
  前年度の表記: 'prevText',
  printed: 'text',
  amount: 'amount',
  note: 'note',
  previous: 'prev',
  'previous amount': 'prevAmount',
  'previous printed': 'prevText',
};
const FLAGS: Record<string, 'partOf' | 'approximate' | 'prevPartOf' | 'prevApproximate'> = {
  内数: 'partOf',
  程度: 'approximate',
  前年度の内数: 'prevPartOf',
  前年度の程度: 'prevApproximate',
  'part of': 'partOf',
  approximate: 'approximate',
  'previous part of': 'prevPartOf',
  'previous approximate': 'prevApproximate',
};
const CITATION = /^[[［]\s*[0-9０-９]+\s*[\]］]$/;

export function writeBudget(b: BudgetEntry, context: WriteContext): string {
  const parts: string[] = [escapePart(formatFiscalYear(b.fiscalYear))];
  const figure = (
    f: { amountYen: number | null; text: string; partOf: boolean; approximate: boolean },
    prefix: '' | '前年度の',
  ) => {
    const amount = f.amountYen === null ? null : formatAmount(f.amountYen, f.text);
    if (amount !== null) parts.push(prefix ? `${prefix}金額: ${amount}` : amount);
    if (f.partOf) parts.push(`${prefix}内数`);
    if (f.approximate) parts.push(`${prefix}程度`);
    if (f.text !== amount) parts.push(`${prefix}表記: ${escapePart(f.text)}`);
  };
  figure(b, '');
  if (b.previous) {
    parts.push(`前年度: ${escapePart(formatFiscalYear(b.previous.fiscalYear))}`);
    figure(b.previous, '前年度の');
  }
  if (b.note !== null) parts.push(`注記: ${escapePart(b.note)}`);
  parts.push(context.cite(b.source));
  return parts.join(' | ');
}

export function readBudget(item: string, context: ReadContext): BudgetEntry {
  const parts = splitParts(item);
  if (isPositional(parts)) return readPositional(parts, context);
  const found: Partial<Record<(typeof LABELS)[string] | 'fy' | 'cite', string>> = {};
  const flags = { partOf: false, approximate: false, prevPartOf: false, prevApproximate: false };
  for (const part of parts) {
    if (part === '') continue;
    const labelled = /^([^:：]+?)\s*[:：]\s*(.*)$/.exec(part);
    const label = labelled && LABELS[labelled[1]!.normalize('NFKC').toLowerCase()];
    const flag = FLAGS[part.normalize('NFKC').toLowerCase()];
    if (label) found[label] = labelled[2]!;
    else if (flag) flags[flag] = true;
    else if (CITATION.test(part) && !found.cite) found.cite = part;
    // Written first, then the amount: a mistyped one is reported as what it was meant to be.
    else if (!found.fy) found.fy = part;
    else if (found.amount === undefined) found.amount = part;
    else throw new CellSyntaxError({ code: 'budget-part', value: part });
  }
  if (!found.fy || (found.amount === undefined && found.text === undefined))
    throw new CellSyntaxError({ code: 'budget-missing' });
  if (!found.cite) throw new CellSyntaxError({ code: 'citation', value: '' });
  const figure = (amount: string | undefined, text: string | undefined) => ({
    amountYen: amount === undefined || amount === '' ? null : parseAmount(amount),
    text: (text ?? amount ?? '').trim(),
  });
  return {
    fiscalYear: parseFiscalYear(found.fy),
    ...figure(found.amount, found.text),
    partOf: flags.partOf,
    approximate: flags.approximate,
    previous:
      found.prev === undefined
        ? null
        : {
            fiscalYear: parseFiscalYear(found.prev),
            ...figure(found.prevAmount, found.prevText),
            partOf: flags.prevPartOf,
            approximate: flags.prevApproximate,
          },
    note: found.note === undefined ? null : nullIfEmpty(found.note.trim()),
    source: context.source(found.cite),
  };
}

/** The older form: exactly ten parts, the third a plain number of yen or empty, the last a citation. */
function isPositional(parts: string[]): boolean {
  return (
    parts.length === 10 &&
    /^[\d,\s]*$/.test(parts[2]!) &&
    CITATION.test(parts[9]!) &&
    !parts.some((p) => /^(表記|金額|注記|前年度)[:：]/.test(p))
  );
}

const POSITIONAL_FLAGS = { 内数: '内数', 程度: '程度' } as const;
function positionalFlags(text: string) {
  const words = text.split(/[,、\s]+/).filter(Boolean);
  for (const word of words) parseChoice(word, POSITIONAL_FLAGS);
  return { partOf: words.includes('内数'), approximate: words.includes('程度') };
}

function readPositional(parts: string[], context: ReadContext): BudgetEntry {
  const [fy, text, yen, flags, prevFy, prevText, prevYen, prevFlags, note, cite] = parts as [
    string,
    string,
    string,
    string,
    string,
    string,
    string,
    string,
    string,
    string,
  ];
  return {
    fiscalYear: parseFiscalYear(fy),
    amountYen: parseYen(yen),
    text,
    ...positionalFlags(flags),
    previous:
      prevFy === '' && prevText === '' && prevYen === ''
        ? null
        : {
            fiscalYear: parseFiscalYear(prevFy),
            amountYen: parseYen(prevYen),
            text: prevText,
            ...positionalFlags(prevFlags),
          },
    note: nullIfEmpty(note),
    source: context.source(cite),
  };
}

/** The positional form, for tests that prove it still reads. */
export function writePositionalBudget(b: BudgetEntry, context: WriteContext): string {
  const amount = (yen: number | null) => (yen === null ? '' : String(yen));
  const flags = (f: { partOf: boolean; approximate: boolean }) =>
    [f.partOf && '内数', f.approximate && '程度'].filter(Boolean).join(', ');
  const previous = b.previous
    ? [
        formatFiscalYear(b.previous.fiscalYear),
        b.previous.text,
        amount(b.previous.amountYen),
        flags(b.previous),
      ]
    : ['', '', '', ''];
  return joinParts([
    formatFiscalYear(b.fiscalYear),
    b.text,
    amount(b.amountYen),
    flags(b),
    ...previous,
    b.note,
    context.cite(b.source),
  ]);
}
