/**
 * Reasons as lists kept them before reason codes had typed params: list files of format 1 and
 * databases before version 5. Frozen: these are the exact words that version showed, so an old
 * list reads the same after the upgrade. Do not edit; new reasons live in shared/matching.
 */
export const FORMAT_ONE_CODES = [
  'org-stated',
  'org-inferred',
  'org-may-be',
  'org-not-stated',
  'org-other',
  'theme-cross',
  'theme-category',
  'theme-category-inferred',
  'theme-domain',
  'theme-other',
  'theme-unknown',
  'need-match',
  'need-other',
  'need-unknown',
  'stage-unknown',
  'region-unknown',
  'status-open',
  'status-no-new-calls',
  'status-no-call-info',
  'status-historical',
  'status-ended',
  'status-unknown',
] as const;
type FormatOneCode = (typeof FORMAT_ONE_CODES)[number];
type Locale = 'ja' | 'en';

const TEXTS: Record<FormatOneCode, Record<Locale, string>> = {
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

/** The words a format-1 reason was shown with, in one language. */
export function formatOneText(code: FormatOneCode, params: Record<string, string>, locale: Locale): string {
  return TEXTS[code][locale].replace(/\{(\w+)\}/g, (match, key: string) => params[key] ?? match);
}
