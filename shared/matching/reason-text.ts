import { circledDomain } from '../catalog/market-domain';
import { NEED_LABELS, type Need } from '../catalog/needs';
import { formatFiscalYear } from '../format/dates';
import { applicantLabel } from '../vocabulary/applicant-types';
import { gloss } from '../vocabulary/glossary';
import { REASON_CODES, type Criterion, type ReasonCode, type Verdict } from './reason-codes';
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

const VERDICTS: Record<Verdict, Record<Locale, string>> = {
  matched: { ja: '該当', en: 'matches' },
  unknown: { ja: '要確認', en: 'to be confirmed' },
  'not-met': { ja: '該当しない', en: 'does not match' },
};

/** Placeholders name the code's params (reason-codes.ts); the renderers below word them. */
const TEXTS: Record<ReasonCode, Record<Locale, string>> = {
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
    en: 'Not the lead but the {types} member can apply (with that member as the lead applicant)',
  },
  'team-maybe': {
    ja: '申請主体に当たるかもしれないメンバー: {types}（要確認）',
    en: 'Members that may be able to apply: {types} (to be confirmed)',
  },
  'team-none': {
    ja: '資料が挙げる申請主体に当たるメンバーがいない',
    en: 'No member is among the applicants the source names',
  },
  'consortium-met': {
    ja: '資料が求める体制（{types}）をチームが満たす',
    en: 'The team has the members the source asks for ({types})',
  },
  'consortium-lacks': {
    ja: '資料が求める{types}がチームにいない',
    en: 'The source asks for {types}, which the team lacks',
  },
  'consortium-unclear': {
    ja: '資料が求める{types}にメンバーが当たるかは要確認',
    en: 'Whether a member counts as {types}, which the source asks for, is to be confirmed',
  },
  'consortium-inferred': {
    ja: '資料から{types}による体制が推定される（要件としての記載はない）',
    en: 'The source suggests a team of {types} (not stated as a requirement)',
  },
  'consortium-partners': {
    ja: '資料は{types}が連携した実施を求める。チームとして診断すると体制を確認できる',
    en: 'The source asks for {types} working together; describe a team to check it',
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
    ja: '資料に対象地域の記載なし（{prefecture}で応募できるか要確認）',
    en: 'The sources state no region (confirm for {prefecture})',
  },
  'status-open': { ja: '新規課題採択 有（{fiscalYear}）', en: 'New calls: yes ({fiscalYear})' },
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
const list = (items: string[], locale: Locale) => items.join(locale === 'ja' ? '' : ', ');
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
    case 'prefecture':
      return gloss('prefecture', String(value), locale);
    case 'regions':
      return (value as string[]).map((r) => regionName(r, locale)).join(locale === 'ja' ? '・' : ' or ');
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

export function verdictLabel(verdict: Verdict, locale: Locale): string {
  return VERDICTS[verdict][locale];
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
    ? TEXTS[reason.code as ReasonCode][locale]
    : SAVED_ONLY_TEXTS.unreadable[locale].replace('{code}', String(params.code ?? reason.code));
  return template.replace(/\{(\w+)\}/g, (match, key: string) =>
    definition && Object.hasOwn(params, key)
      ? renderParam(definition.params[key] ?? '', params[key], locale)
      : match,
  );
}
