/**
 * Golden queries against the real catalog: what people in the field type, and the records that
 * must be in the top 3 of the one search over every kind. Records are named `kind:id`, programs
 * by their id alone. `all`: every listed record; `any`: at least one (broad queries with several
 * right answers); `none`: records that must not be found at all (exclusions).
 */
export interface GoldenQuery {
  query: string;
  kind: GoldenKind;
  all?: string[];
  any?: string[];
  none?: string[];
}

export type GoldenKind =
  | 'width and script'
  | 'record kind'
  | 'reading'
  | 'abbreviation'
  | 'policy term'
  | 'English'
  | 'typo'
  | 'exclusion'
  | 'program word';

const METI = [
  'industry-academia-fusion-hub-creation',
  'regional-core-university-fusion-hub',
  'regenerative-cdmo-capex',
  'bio-manufacturing-demonstration',
  'artificial-gene-synthesis',
  'medical-network-drug-discovery',
  'young-researcher-discovery',
];
const MEXT = [
  'coi-next',
  'kakenhi',
  'fusion-oriented-research',
  'a-step',
  'regional-revitalization-human-resources',
  'biobank-utilization',
  'infectious-disease-drug-hub',
  'health-medical-research-infrastructure',
  'coi-next-bio-field-call-r2',
];
const MHLW = [
  'medical-venture-total-support',
  'innovative-drug-practical-fund',
  'clinical-trial-environment',
  'mcm-stockpile',
  'whole-genome-analysis',
  'biosimilar-domestic-manufacturing',
  'generic-drug-manufacturing-fund',
  'health-medical-research-infrastructure',
];
const MAFF = [
  'biomass-local-production',
  'midori-food-system-tech-demonstration',
  'chi-no-shuseki-innovation',
  'biomass-industry-city',
];
const JST = ['coi-next', 'coi-next-bio-field-call-r2', 'a-step', 'fusion-oriented-research'];
const BIO_MANUFACTURING = [
  'framework:kagayaku-inochi-declaration',
  'bio-manufacturing-demonstration',
  'microbe-advanced-manufacturing',
  'plant-function-manufacturing',
  'closed-plant-factory-gmo-demo',
];
const DRUG_DISCOVERY = [
  'medical-network-drug-discovery',
  'biotech-venture-management-study',
  'innovative-drug-practical-fund',
];

export const GOLDEN_QUERIES: GoldenQuery[] = [
  // Width, script and spelling as typed from old spreadsheets.
  { query: 'ﾊﾞｲｵﾏｽ', kind: 'width and script', all: ['biomass-local-production'] },
  { query: 'ｽﾏｰﾄｼﾃｨ', kind: 'width and script', all: ['smart-city'] },
  { query: 'ＰＲＩＳＭ', kind: 'width and script', all: ['prism-bio-community-survey'] },
  { query: 'すたーとあっぷ', kind: 'width and script', all: ['startup-ecosystem-hub-cities'] },
  { query: 'ばいおばんく', kind: 'width and script', all: ['biobank-utilization'] },
  { query: 'スマトシティ', kind: 'width and script', all: ['smart-city'] },
  { query: '知の集積', kind: 'width and script', all: ['chi-no-shuseki-innovation'] },
  { query: '医療系ベンチャー TOTAL', kind: 'width and script', all: ['medical-venture-total-support'] },

  // Program words and ministries as written.
  { query: '経産省', kind: 'program word', any: METI },
  { query: '文科省 人材', kind: 'program word', all: ['regional-revitalization-human-resources'] },
  {
    query: '厚労省 基金',
    kind: 'program word',
    all: ['generic-drug-manufacturing-fund', 'innovative-drug-practical-fund'],
  },
  { query: '死の谷', kind: 'program word', all: ['bio-manufacturing-demonstration'] },
  { query: 'FIH', kind: 'program word', all: ['clinical-trial-environment'] },
  { query: 'CDMO', kind: 'program word', all: ['regenerative-cdmo-capex'] },
  { query: 'ゲノム', kind: 'program word', all: ['whole-genome-analysis'] },
  { query: '助成金 施設', kind: 'program word', all: ['innovative-drug-practical-fund'] },

  // Other record kinds: schemes, communities (institutions, members, contacts), market domains.
  {
    query: '輝くいのちのものづくり推進宣言',
    kind: 'record kind',
    all: ['framework:kagayaku-inochi-declaration'],
  },
  { query: '推進宣言', kind: 'record kind', all: ['framework:kagayaku-inochi-declaration'] },
  {
    query: 'バイオコミュニティ 認定',
    kind: 'record kind',
    all: ['framework:regional-bio-community-certification'],
  },
  { query: '鶴岡', kind: 'record kind', all: ['community:tsuruoka'] },
  { query: '長岡バイオコミュニティ', kind: 'record kind', all: ['community:nagaoka'] },
  { query: 'グローバルバイオコミュニティ', kind: 'record kind', all: ['community:global-bio-community'] },
  { query: '鶴岡サイエンスパーク', kind: 'record kind', all: ['community:tsuruoka'] },
  { query: '久留米リサーチ・パーク', kind: 'record kind', all: ['community:fukuoka'] },
  { query: 'Spiber', kind: 'record kind', all: ['community:tsuruoka'] },
  { query: '名古屋大学', kind: 'record kind', all: ['community:tokai'] },
  { query: '0235-29-0534', kind: 'record kind', all: ['community:tsuruoka'] },
  { query: 'hokudai', kind: 'record kind', all: ['community:hokkaido-prime'] },
  { query: 'バイオプラスチック', kind: 'record kind', all: ['domain:2'] },
  { query: '木材活用大型建築', kind: 'record kind', all: ['domain:9'] },
  { query: 'デジタルヘルス', kind: 'record kind', all: ['domain:5'] },
  { query: '分析 測定', kind: 'record kind', all: ['domain:8'] },

  // Readings: ministries, agencies and common words typed in kana.
  { query: 'けいさんしょう', kind: 'reading', any: METI },
  { query: 'もんぶかがくしょう', kind: 'reading', any: MEXT },
  { query: 'のうりんすいさんしょう', kind: 'reading', any: MAFF },
  { query: 'こうせいろうどうしょう', kind: 'reading', any: MHLW },
  {
    query: 'かんきょうしょう',
    kind: 'reading',
    any: ['regional-circular-ecosphere-platform', 'regional-circular-ecosphere'],
  },
  { query: 'そうやく', kind: 'reading', any: DRUG_DISCOVERY },
  { query: 'つるおか', kind: 'reading', all: ['community:tsuruoka'] },
  { query: 'かけんひ', kind: 'reading', all: ['kakenhi'] },
  { query: 'ちけん', kind: 'reading', all: ['clinical-trial-environment'] },

  // Abbreviations and agencies, linked to the programs whose records name them (or, for JST,
  // the programs it runs by general usage).
  { query: 'COI-NEXT', kind: 'abbreviation', all: ['coi-next'] },
  { query: 'coinext', kind: 'abbreviation', all: ['coi-next'] },
  { query: 'PRISM', kind: 'abbreviation', all: ['prism-bio-community-survey'] },
  { query: 'SIP', kind: 'abbreviation', all: ['sip-smart-bio'] },
  { query: 'AMED', kind: 'abbreviation', all: ['amed-mekiki-dx'] },
  { query: '日本医療研究開発機構', kind: 'abbreviation', all: ['amed-mekiki-dx'] },
  { query: 'NEDO', kind: 'abbreviation', all: ['artificial-gene-synthesis'] },
  { query: 'JST', kind: 'abbreviation', any: JST },
  { query: '科学技術振興機構', kind: 'abbreviation', any: JST },
  { query: 'JSPS', kind: 'abbreviation', all: ['kakenhi'] },
  { query: '理研', kind: 'abbreviation', all: ['community:tsuruoka'] },
  { query: '北海道大学', kind: 'abbreviation', all: ['community:hokkaido-prime'] },
  { query: '九大', kind: 'abbreviation', all: ['community:fukuoka'] },
  { query: '長岡技科大', kind: 'abbreviation', all: ['community:nagaoka'] },
  { query: '農協', kind: 'abbreviation', all: ['community:nagaoka'] },
  { query: 'METI', kind: 'abbreviation', any: METI },
  // Applicant types by their everyday words (issue 13's vocabulary).
  { query: '高専', kind: 'abbreviation', any: ['community:nagaoka', 'community:tsuruoka'] },
  { query: '自治体 バイオマス', kind: 'program word', all: ['biomass-local-production'] },

  // The bio strategy's policy terms and their near words.
  { query: 'バイオものづくり', kind: 'policy term', any: BIO_MANUFACTURING },
  { query: 'バイオ製造', kind: 'policy term', all: ['bio-manufacturing-demonstration'] },
  { query: 'バイオファウンドリ', kind: 'policy term', all: ['bio-manufacturing-demonstration'] },
  { query: '創薬', kind: 'policy term', any: DRUG_DISCOVERY },
  { query: '再生医療', kind: 'policy term', all: ['domain:6', 'regenerative-cdmo-capex'] },
  { query: 'バイオシミラー', kind: 'policy term', all: ['biosimilar-domestic-manufacturing'] },
  { query: 'ジェネリック', kind: 'policy term', all: ['generic-drug-manufacturing-fund'] },
  { query: '合成生物学', kind: 'policy term', all: ['artificial-gene-synthesis'] },
  { query: '治験', kind: 'policy term', all: ['clinical-trial-environment'] },
  { query: '産学連携', kind: 'policy term', any: ['coi-next', 'industry-academia-fusion-hub-creation'] },
  { query: 'スマート農業', kind: 'policy term', any: ['midori-food-system-tech-demonstration', 'domain:3'] },

  // English, as the English UI invites.
  { query: 'biomass', kind: 'English', all: ['biomass-local-production', 'biomass-industry-city'] },
  {
    query: 'university',
    kind: 'English',
    any: ['regional-core-university-fusion-hub', 'regional-university-industry-grant'],
  },
  {
    query: 'bio',
    kind: 'English',
    any: ['bio-manufacturing-demonstration', 'prism-bio-community-survey', 'biobank-utilization'],
  },
  { query: 'drug discovery', kind: 'English', any: DRUG_DISCOVERY },
  { query: 'regenerative medicine', kind: 'English', all: ['domain:6', 'regenerative-cdmo-capex'] },
  { query: 'genome', kind: 'English', all: ['whole-genome-analysis'] },
  { query: 'startup', kind: 'English', all: ['startup-ecosystem-hub-cities'] },
  { query: 'smart city', kind: 'English', all: ['smart-city'] },
  {
    query: 'Ministry of the Environment',
    kind: 'English',
    all: ['regional-circular-ecosphere-platform', 'regional-circular-ecosphere'],
  },
  { query: 'clinical trial', kind: 'English', all: ['clinical-trial-environment'] },
  { query: 'infectious disease', kind: 'English', all: ['mcm-stockpile', 'infectious-disease-drug-hub'] },
  { query: 'biosimilar', kind: 'English', all: ['biosimilar-domestic-manufacturing'] },
  { query: 'bioplastic', kind: 'English', all: ['domain:2'] },
  { query: 'valley of death', kind: 'English', all: ['bio-manufacturing-demonstration'] },
  { query: 'Japan Science and Technology Agency', kind: 'English', any: JST },
  { query: 'local government biomass', kind: 'English', all: ['biomass-local-production'] },

  // Typos.
  { query: '共創の場形成支援プロクラム', kind: 'typo', all: ['coi-next'] },
  { query: 'バイオマス地産地消対索', kind: 'typo', all: ['biomass-local-production'] },
  { query: '地方大学・地域産業創成交付金', kind: 'typo', all: ['regional-university-industry-grant'] },
  { query: 'スマートシテイ', kind: 'typo', all: ['smart-city'] },
  { query: '輝くいのちのものずくり', kind: 'typo', all: ['framework:kagayaku-inochi-declaration'] },
  { query: 'biomas', kind: 'typo', all: ['biomass-local-production'] },

  // Exclusions.
  {
    query: 'ベンチャー -医療',
    kind: 'exclusion',
    any: ['startup-ecosystem-hub-cities', 'biotech-venture-management-study'],
    none: ['medical-venture-total-support'],
  },
  {
    query: 'バイオマス -産業',
    kind: 'exclusion',
    all: ['biomass-local-production'],
    none: ['biomass-industry-city'],
  },
  {
    query: 'COI-NEXT -バイオ',
    kind: 'exclusion',
    all: ['coi-next'],
    none: ['coi-next-bio-field-call-r2'],
  },
  {
    query: 'JST -COI',
    kind: 'exclusion',
    any: ['a-step', 'fusion-oriented-research'],
    none: ['coi-next', 'coi-next-bio-field-call-r2'],
  },
  {
    query: 'バイオコミュニティ -鶴岡',
    kind: 'exclusion',
    any: ['community:hokkaido-prime', 'community:nagaoka', 'community:fukuoka', 'community:tokai'],
    none: ['community:tsuruoka'],
  },
];

/** The records whose rank counts: every one of `all`, or those of `any`. */
const wanted = (golden: GoldenQuery) => golden.all ?? golden.any ?? [];

/** Whether the query is answered: the wanted records in the top 3, and nothing excluded found. */
export function hitAt3(ranked: string[], golden: GoldenQuery): boolean {
  const top3 = ranked.slice(0, 3);
  const inTop = golden.all
    ? golden.all.every((ref) => top3.includes(ref))
    : (golden.any ?? []).some((ref) => top3.includes(ref));
  return inTop && !(golden.none ?? []).some((ref) => ranked.includes(ref));
}

/** 1 / the rank of the first wanted record (0 when it is not found, or an excluded one is). */
export function reciprocalRank(ranked: string[], golden: GoldenQuery): number {
  if ((golden.none ?? []).some((ref) => ranked.includes(ref))) return 0;
  const first = ranked.findIndex((ref) => wanted(golden).includes(ref));
  return first < 0 ? 0 : 1 / (first + 1);
}

/** recall@3 and MRR of a search over the golden queries; `search` gives refs best first. */
export function scoreGolden(search: (query: string) => string[]): {
  recall: number;
  mrr: number;
  misses: GoldenQuery[];
  byKind: Map<GoldenKind, { hits: number; total: number }>;
} {
  let hits = 0;
  let rr = 0;
  const misses: GoldenQuery[] = [];
  const byKind = new Map<GoldenKind, { hits: number; total: number }>();
  for (const golden of GOLDEN_QUERIES) {
    const ranked = search(golden.query);
    const hit = hitAt3(ranked, golden);
    hits += Number(hit);
    rr += reciprocalRank(ranked, golden);
    if (!hit) misses.push(golden);
    const kind = byKind.get(golden.kind) ?? { hits: 0, total: 0 };
    kind.hits += Number(hit);
    kind.total++;
    byKind.set(golden.kind, kind);
  }
  return { recall: hits / GOLDEN_QUERIES.length, mrr: rr / GOLDEN_QUERIES.length, misses, byKind };
}
