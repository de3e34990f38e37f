import { circledDomain } from '../catalog/market-domain';
import { NEED_LABELS, type Need } from '../catalog/needs';
import { formatFiscalYear } from '../format/dates';
import { applicantLabel } from '../vocabulary/applicant-types';
import { gloss } from '../vocabulary/glossary';
import {
  REASON_CODES,
  isRelevance,
  verdictOf,
  type Criterion,
  type ReasonCode,
  type Verdict,
} from './reason-codes';
import { CATEGORY_THEMES, type CategoryTheme } from './vocabulary';

type Locale = 'ja' | 'en';

const CRITERIA: Record<Criterion, Record<Locale, string>> = {
  org: { ja: '申請主体', en: 'Applicant' },
  team: { ja: 'チーム', en: 'Team' },
  theme: { ja: 'テーマ', en: 'Theme' },
  need: { ja: '支援内容', en: 'Support' },
  stage: { ja: '研究開発段階', en: 'R&D stage' },
  region: { ja: '地域', en: 'Region' },
  status: { ja: '募集状況', en: 'Status' },
};

/** Whether the applicant may apply: org, team, region, status. */
const VERDICTS: Record<Verdict, Record<Locale, string>> = {
  matched: { ja: '該当', en: 'matches' },
  unknown: { ja: '要確認', en: 'to be confirmed' },
  'not-met': { ja: '該当しない', en: 'does not match' },
  info: { ja: '参考', en: 'for reference' },
};
/** Theme, support and stage are relevance, not eligibility: worded so they never read as a verdict. */
const RELEVANCE: Record<Verdict, Record<Locale, string>> = {
  matched: { ja: '関心と一致', en: 'fits your interests' },
  unknown: { ja: '記載なし', en: 'not stated' },
  'not-met': { ja: '関心とは別', en: 'not what you asked for' },
  info: { ja: '参考', en: 'for reference' },
};
// × (U+00D7), not ✗: the Japanese fonts have it, and a mark the page's font lacks sent Chromium
// looking through the system's fonts in the middle of laying out the wizard's result (14 ms).
const MARKS = {
  eligibility: { matched: '✓', unknown: '?', 'not-met': '×', info: '•' },
  relevance: { matched: '○', unknown: '•', 'not-met': '−', info: '•' },
} as const satisfies Record<string, Record<Verdict, string>>;

/** An English text whose wording depends on how many items a list param holds (member / members). */
interface Plural {
  count: string;
  one: string;
  other: string;
}

/** Placeholders name the code's params (reason-codes.ts); the renderers below word them. */
const TEXTS: Record<ReasonCode, { ja: string; en: string | Plural }> = {
  'org-stated': {
    ja: '資料は申請主体に{type}を明記',
    en: 'The source names {type} as applicants',
  },
  'org-stated-covers': {
    ja: '資料は申請主体を{type}とし、{org}はこれに含まれる',
    en: 'The source names {type} as applicants, which includes {org}',
  },
  'org-unnamed-child': {
    ja: '資料は申請主体を{type}とし、{org}が含まれるかは記載なし',
    en: 'The source names {type} as applicants; it does not say whether {org} are included',
  },
  'org-broader': {
    ja: '資料が挙げる申請主体は{types}。{org}のうちこれに当たるかは要確認',
    en: 'The source names {types} as applicants; confirm that your organisation ({org}) is one of them',
  },
  'org-may-be': {
    ja: '資料が挙げる申請主体は{types}。{org}がこれに当たるかは要確認',
    en: 'The source names {types} as applicants; whether {org} count as such is to be confirmed',
  },
  'org-inferred': {
    ja: '資料から{types}が申請主体と推定（明記はない）',
    en: 'Inferred from the source: {types} may apply (not stated)',
  },
  'org-inferred-other': {
    ja: '資料から推定される申請主体は{types}。推定のため対象外とはしない',
    en: 'Inferred from the source: {types} may apply. An inference never rules anyone out',
  },
  'org-not-stated': { ja: '資料に申請主体の記載なし', en: 'The sources do not say who may apply' },
  'org-other': {
    ja: '資料が挙げる申請主体は{types}のみ',
    en: 'The source names only {types} as applicants',
  },
  'team-lead': { ja: '代表の{org}が申請主体に当たる', en: 'The lead member ({org}) can apply' },
  'team-other-member': {
    ja: '代表ではなく{types}のメンバーが申請主体に当たる（そのメンバーを代表にすれば申請できる）',
    en: {
      count: 'types',
      one: 'Not the lead, but the {types} member can apply (with that member as the lead applicant)',
      other: 'Not the lead, but the {types} members can apply (with one of them as the lead applicant)',
    },
  },
  'team-maybe': {
    ja: '申請主体に当たるかもしれないメンバー: {types}（要確認）',
    en: {
      count: 'types',
      one: 'The {types} member may be able to apply (to be confirmed)',
      other: 'The {types} members may be able to apply (to be confirmed)',
    },
  },
  'team-none': {
    ja: '資料が挙げる申請主体に当たるメンバーがいない',
    en: 'No member is among the applicants the source names',
  },
  'consortium-met': {
    ja: '資料が求める体制（{roles}）をチームが満たす',
    en: 'The team has the members the source asks for ({roles})',
  },
  'consortium-lacks': {
    ja: '資料が求める{roles}がチームにいない',
    en: 'The source asks for {roles}, which the team lacks',
  },
  'consortium-unclear': {
    ja: '資料が求める{roles}にメンバーが当たるかは要確認',
    en: 'Whether a member counts as {roles}, which the source asks for, is to be confirmed',
  },
  'consortium-inferred': {
    ja: '資料から{roles}による体制が推定される（要件としての記載はない）',
    en: 'The source suggests a team of {roles} (not stated as a requirement)',
  },
  'consortium-partners': {
    ja: '資料は{roles}と連携した実施を求める。単独で申請できるかは要確認（チームとして診断すると体制を確認できる）',
    en: 'The source asks for a partnership with {roles}: whether you can apply alone is to be confirmed (describe a team to check the make-up)',
  },
  'theme-cross': { ja: '市場領域横断の施策', en: 'Cross-cutting across market domains' },
  'theme-category': { ja: '区分{category}', en: 'Category {category}' },
  'theme-category-inferred': { ja: '区分{category}（推定）', en: 'Category {category} (inferred)' },
  'theme-domain': { ja: '市場領域 {domains}', en: 'Market domains {domains}' },
  'theme-other': { ja: '区分は{category}', en: 'The category is {category}' },
  'theme-unknown': {
    ja: '資料に区分・市場領域の記載なし',
    en: 'The sources give no category or market domain',
  },
  'need-match': { ja: '{needs}を支援', en: 'Supports {needs}' },
  'need-other': { ja: '資料が挙げる支援は{needs}', en: 'The source names support for {needs}' },
  'need-unknown': { ja: '資料に支援内容の記載なし', en: 'The sources do not say what is supported' },
  'stage-unknown': { ja: '資料に研究開発段階の記載なし', en: 'The sources give no R&D stage' },
  'region-inside': {
    ja: '{regions}に関わる制度で、{prefecture}はその範囲内',
    en: 'The program is tied to {regions}, which includes {prefecture}',
  },
  'region-inside-inferred': {
    ja: '{regions}に関わる制度と推定され、{prefecture}はその範囲内',
    en: 'The program appears to be tied to {regions} (inferred), which includes {prefecture}',
  },
  'region-outside': {
    ja: '{regions}に関わる制度で、{prefecture}は含まれない（応募できるか要確認）',
    en: 'The program is tied to {regions}, which does not include {prefecture} (confirm whether you can apply)',
  },
  'region-outside-inferred': {
    ja: '{regions}に関わる制度と推定され、{prefecture}は含まれない（要確認）',
    en: 'The program appears to be tied to {regions} (inferred), which does not include {prefecture} (to be confirmed)',
  },
  'region-no-prefecture': {
    ja: '{regions}に関わる制度。所在地が未回答のため要確認',
    en: 'The program is tied to {regions}; no prefecture was given, so this is to be confirmed',
  },
  'region-not-stated': {
    ja: '資料に対象地域の記載なし',
    en: 'The sources name no region',
  },
  'status-open': { ja: '新規課題採択 有（{fiscalYear}）', en: 'New calls: yes ({fiscalYear})' },
  'status-open-as-of': {
    ja: '{fiscalYear}の資料では新規課題採択 有。現在の公募の有無と締切は所管に確認を',
    en: 'New calls: yes in the {fiscalYear} document; check with the ministry whether and until when it calls now',
  },
  'status-no-new-calls': { ja: '新規課題採択 無（{fiscalYear}）', en: 'New calls: none ({fiscalYear})' },
  'status-no-call-info': {
    ja: '実施中（{fiscalYear}時点）、新規採択の記載なし',
    en: 'Active ({fiscalYear}); new calls not stated',
  },
  'status-historical': {
    ja: '過去の事業（{fiscalYear}の資料）',
    en: 'A past program (described in {fiscalYear} material)',
  },
  'status-ended': { ja: '終了（{fiscalYear}時点）', en: 'Ended (as of {fiscalYear})' },
  'status-period-over': {
    ja: '事業期間は{fiscalYear}まで（終了）',
    en: 'The program period ended in {fiscalYear}',
  },
  'status-unknown': {
    ja: '実施状況の記載なし（{fiscalYear}の資料で言及）',
    en: 'Status not stated (mentioned in {fiscalYear} material)',
  },
};

/** Reasons kept by lists that this version of the engine did not write (shortlist.ts). */
const SAVED_ONLY_TEXTS = {
  unreadable: {
    ja: 'このバージョンでは表示できない判定理由（{code}）',
    en: 'A reason this version cannot show ({code})',
  },
};

const quote = (text: string, locale: Locale) => (locale === 'ja' ? `「${text}」` : `“${text}”`);
// Made once: the result page words hundreds of reasons.
const LISTS = {
  and: new Intl.ListFormat('en', { type: 'conjunction' }),
  or: new Intl.ListFormat('en', { type: 'disjunction' }),
};
/** 「A」「B」 in Japanese; “A”, “B” and “C” in English. */
const list = (items: string[], locale: Locale, kind: 'and' | 'or' = 'and') =>
  locale === 'ja' ? items.join('') : LISTS[kind].format(items);
function regionName(label: string, locale: Locale): string {
  if (locale === 'ja') return label;
  const region = gloss('region', label, locale);
  return region !== label ? region : gloss('prefecture', label, locale);
}

/** Words for one param of the given kind. Type, category and need names are quoted. */
function renderParam(kind: string, value: unknown, locale: Locale): string {
  switch (kind) {
    case 'type':
      return quote(applicantLabel(String(value), locale), locale);
    case 'types':
      return list(
        (value as string[]).map((t) => quote(applicantLabel(t, locale), locale)),
        locale,
      );
    case 'roles': {
      // Each role is met by any one of its types: 「企業」または「農林漁業者」; roles are all needed.
      const roles = (value as string[][]).map((types) => {
        const names = types.map((t) => quote(applicantLabel(t, locale), locale));
        return locale === 'ja' ? names.join('または') : list(names, locale, 'or');
      });
      return locale === 'ja' ? roles.join('、') : list(roles, locale);
    }
    case 'prefecture':
      return gloss('prefecture', String(value), locale);
    case 'regions': {
      const names = (value as string[]).map((r) => regionName(r, locale));
      return locale === 'ja' ? names.join('・') : list(names, locale, 'or');
    }
    case 'fiscalYear':
      return formatFiscalYear(Number(value), locale);
    case 'domains':
      return (value as number[]).map(circledDomain).join('');
    case 'category':
      return quote(
        gloss('category', CATEGORY_THEMES[value as CategoryTheme] ?? String(value), locale),
        locale,
      );
    case 'needs':
      return list(
        (value as Need[]).map((n) => quote(NEED_LABELS[n]?.[locale] ?? n, locale)),
        locale,
      );
    default:
      return String(value);
  }
}

export function criterionLabel(criterion: Criterion, locale: Locale): string {
  return CRITERIA[criterion][locale];
}

type Shown = { criterion: Criterion | null; code: string; verdict: Verdict };

/** How a reason comes out, in words: 該当 / 要確認 / 該当しない / 参考, or for relevance 関心と一致 … */
export function verdictLabel(reason: Shown, locale: Locale): string {
  return (isRelevance(reason.criterion) ? RELEVANCE : VERDICTS)[verdictOf(reason)][locale];
}

/** Whether a team member could apply: the marks of the reasons. */
export const APPLY_MARK = { yes: '✓', maybe: '?', no: '×' } as const;

/** The mark beside a reason: ✓ ? × for eligibility, ○ − for relevance, • for a plain fact. */
export function verdictMark(reason: Shown): string {
  return MARKS[isRelevance(reason.criterion) ? 'relevance' : 'eligibility'][verdictOf(reason)];
}

/** "申請主体（該当）", "Applicant (matches)"; a reason saved without a criterion has only its verdict. */
export function reasonHeading(reason: Shown, locale: Locale): string {
  const verdict = verdictLabel(reason, locale);
  if (!reason.criterion) return verdict;
  const criterion = criterionLabel(reason.criterion, locale);
  return locale === 'ja' ? `${criterion}（${verdict}）` : `${criterion} (${verdict})`;
}

/** One reason as a line of text, as exports and the handout print it. */
export function reasonLine(reason: Shown & { params: object }, locale: Locale): string {
  return `${reasonHeading(reason, locale)}: ${reasonText(reason, locale)}`;
}

/**
 * A reason in words, engine reasons and saved ones alike. A saved reason from an earlier version
 * (`legacy`) carries its own two texts; one this version cannot read (`unreadable`) says so.
 */
export function reasonText(reason: { code: string; params: object }, locale: Locale): string {
  const params = reason.params as Record<string, unknown>;
  if (reason.code === 'legacy') return String(Object.hasOwn(params, locale) ? params[locale] : '');
  // Saved reasons come back from list files: a code this version does not know (or "constructor")
  // must never index the tables.
  const definition = Object.hasOwn(REASON_CODES, reason.code)
    ? (REASON_CODES[reason.code as ReasonCode] as { params: Record<string, string> })
    : undefined;
  const template = definition
    ? pluralForm(TEXTS[reason.code as ReasonCode][locale], params, locale)
    : SAVED_ONLY_TEXTS.unreadable[locale].replace('{code}', String(params.code ?? reason.code));
  return template.replace(/\{(\w+)\}/g, (match, key: string) =>
    definition && Object.hasOwn(params, key)
      ? renderParam(definition.params[key] ?? '', params[key], locale)
      : match,
  );
}

const PLURALS = { ja: new Intl.PluralRules('ja'), en: new Intl.PluralRules('en') };

function pluralForm(text: string | Plural, params: Record<string, unknown>, locale: Locale): string {
  if (typeof text === 'string') return text;
  const items = params[text.count];
  const count = Array.isArray(items) ? items.length : 0;
  return PLURALS[locale].select(count) === 'one' ? text.one : text.other;
}
