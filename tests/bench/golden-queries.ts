/**
 * Golden queries against the real catalog: what users type, and the program(s) that must be in
 * the top 3. `all`: every listed id; `any`: at least one (broad queries with many right answers).
 */
export interface GoldenQuery {
  query: string;
  kind: string;
  all?: string[];
  any?: string[];
}

export const GOLDEN_QUERIES: GoldenQuery[] = [
  { query: 'ﾊﾞｲｵﾏｽ', kind: 'half-width kana', all: ['biomass-local-production'] },
  { query: 'ｽﾏｰﾄｼﾃｨ', kind: 'half-width kana', all: ['smart-city'] },
  { query: 'ＰＲＩＳＭ', kind: 'full-width latin', all: ['prism-bio-community-survey'] },
  { query: 'すたーとあっぷ', kind: 'hiragana', all: ['startup-ecosystem-hub-cities'] },
  { query: 'ばいおばんく', kind: 'hiragana', all: ['biobank-utilization'] },
  { query: 'スマトシティ', kind: 'missing long vowel', all: ['smart-city'] },
  {
    query: '経産省',
    kind: 'ministry short name',
    any: [
      'industry-academia-fusion-hub-creation',
      'regional-core-university-fusion-hub',
      'regenerative-cdmo-capex',
      'bio-manufacturing-demonstration',
      'artificial-gene-synthesis',
    ],
  },
  { query: '文科省 人材', kind: 'ministry + word', all: ['regional-revitalization-human-resources'] },
  {
    query: '厚労省 基金',
    kind: 'ministry + word',
    all: ['generic-drug-manufacturing-fund', 'innovative-drug-practical-fund'],
  },
  { query: '共創の場形成支援プロクラム', kind: 'typo', all: ['coi-next'] },
  { query: 'バイオマス地産地消対索', kind: 'typo', all: ['biomass-local-production'] },
  { query: '地方大学・地域産業創成交付金', kind: 'typo', all: ['regional-university-industry-grant'] },
  { query: 'COI-NEXT', kind: 'abbreviation', all: ['coi-next'] },
  { query: 'coinext', kind: 'abbreviation', all: ['coi-next'] },
  { query: 'PRISM', kind: 'abbreviation', all: ['prism-bio-community-survey'] },
  { query: 'SIP', kind: 'abbreviation', all: ['sip-smart-bio'] },
  { query: 'AMED', kind: 'abbreviation', all: ['amed-mekiki-dx'] },
  { query: 'NEDO', kind: 'agency', all: ['artificial-gene-synthesis'] },
  { query: '死の谷', kind: 'deep in a description', all: ['bio-manufacturing-demonstration'] },
  { query: 'FIH', kind: 'deep in a description', all: ['clinical-trial-environment'] },
  { query: 'CDMO', kind: 'deep in a description', all: ['regenerative-cdmo-capex'] },
  { query: '知の集積', kind: 'without brackets', all: ['chi-no-shuseki-innovation'] },
  { query: '医療系ベンチャー TOTAL', kind: 'spelling variant', all: ['medical-venture-total-support'] },
  { query: 'ゲノム', kind: 'short word', all: ['whole-genome-analysis'] },
  { query: '助成金 施設', kind: 'synonym', all: ['innovative-drug-practical-fund'] },
];

export function hitAt3(top3: string[], golden: GoldenQuery): boolean {
  if (golden.all) return golden.all.every((id) => top3.includes(id));
  return (golden.any ?? []).some((id) => top3.includes(id));
}
