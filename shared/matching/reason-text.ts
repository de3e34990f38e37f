import type { Criterion, Reason, ReasonCode, Verdict } from './reasons';

type Locale = 'ja' | 'en';

const CRITERIA: Record<Criterion, Record<Locale, string>> = {
  org: { ja: '申請主体', en: 'Applicant' },
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

const TEXTS: Record<ReasonCode, Record<Locale, string>> = {
  'org-stated': { ja: '資料に「{label}」と明記', en: 'The source names “{label}”' },
  'org-inferred': {
    ja: '資料から「{label}」が対象と推定（明記はない）',
    en: 'Inferred from the source: “{label}” (not stated)',
  },
  'org-may-be': {
    ja: '対象は「{labels}」。{org}がこれに当たるかは要確認',
    en: 'Open to “{labels}”; whether a {org} counts is to be confirmed',
  },
  'org-not-stated': { ja: '資料に申請主体の記載なし', en: 'The sources do not say who may apply' },
  'org-other': { ja: '資料が挙げる申請主体は「{labels}」のみ', en: 'The source names only “{labels}”' },
  'theme-cross': { ja: '市場領域横断の施策', en: 'Cross-cutting across market domains' },
  'theme-category': { ja: '区分「{category}」', en: 'Category “{category}”' },
  'theme-category-inferred': { ja: '区分「{category}」（推定）', en: 'Category “{category}” (inferred)' },
  'theme-domain': { ja: '市場領域 {domains}', en: 'Market domains {domains}' },
  'theme-other': { ja: '区分は「{category}」', en: 'Category is “{category}”' },
  'theme-unknown': {
    ja: '資料に区分・市場領域の記載なし',
    en: 'The sources give no category or market domain',
  },
  'need-match': { ja: '{needs}を支援', en: 'Supports {needs}' },
  'need-other': { ja: '資料が挙げる支援は{needs}', en: 'The source names support for {needs}' },
  'need-unknown': { ja: '資料に支援内容の記載なし', en: 'The sources do not say what is supported' },
  'stage-unknown': { ja: '資料に研究開発段階の記載なし', en: 'The sources give no R&D stage' },
  'region-unknown': {
    ja: '資料に対象地域の記載なし（{prefecture}で応募できるか要確認）',
    en: 'The sources state no region (confirm for {prefecture})',
  },
  'status-open': { ja: '新規課題採択 有（{label}）', en: 'New calls: yes ({label})' },
  'status-no-new-calls': { ja: '新規課題採択 無（{label}）', en: 'New calls: no ({label})' },
  'status-no-call-info': {
    ja: '実施中（{label}時点）、新規採択の記載なし',
    en: 'Active ({label}); new calls not stated',
  },
  'status-historical': { ja: '過去の事業（{label}）', en: 'Historical ({label})' },
  'status-ended': { ja: '終了（{label}時点）', en: 'Ended (as of {label})' },
  'status-unknown': {
    ja: '実施状況の記載なし（{label}の資料で言及）',
    en: 'Status not stated (mentioned in {label} material)',
  },
};

export function criterionLabel(criterion: Criterion, locale: Locale): string {
  return CRITERIA[criterion][locale];
}

export function verdictLabel(verdict: Verdict, locale: Locale): string {
  return VERDICTS[verdict][locale];
}

export function reasonText(reason: Reason, locale: Locale): string {
  // Saved reasons come back from list files: a code this version does not know (or "constructor")
  // must never index the table, so it falls back to the criterion and verdict.
  if (!Object.hasOwn(TEXTS, reason.code))
    return `${criterionLabel(reason.criterion, locale)}: ${verdictLabel(reason.verdict, locale)}`;
  return TEXTS[reason.code][locale].replace(
    /\{(\w+)\}/g,
    (match, key: string) => reason.params[key] ?? match,
  );
}
