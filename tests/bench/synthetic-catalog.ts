import type { Program } from '../../shared/catalog/program';

/** Deterministic pseudo-random numbers (mulberry32), so every run builds the same catalogs. */
export function random(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const PLACES = [
  '北海道',
  '東北',
  '関東',
  '新潟',
  '長野',
  '静岡',
  '愛知',
  '近畿',
  '大阪',
  '兵庫',
  '広島',
  '四国',
  '福岡',
  '九州',
  '沖縄',
  '鶴岡',
  '長岡',
  '久留米',
  'つくば',
  '神戸',
];
const TOPICS = [
  'バイオ',
  'ゲノム',
  '微生物',
  'スマート農業',
  'バイオマス',
  '再生医療',
  '創薬',
  '機能性食品',
  'バイオプラスチック',
  '木材活用',
  'デジタルヘルス',
  '発酵',
  '水産養殖',
  '森林',
  'ヘルスケア',
  '細胞治療',
  'データ連携',
  '合成生物学',
  'スマートセル',
  '遺伝子治療',
];
const ACTIONS = [
  '産学連携',
  '拠点形成',
  '技術開発',
  '実証',
  '人材育成',
  '事業化支援',
  '設備整備',
  '調査',
  '需要創出',
  'ネットワーク構築',
];
const KINDS = ['推進事業', '支援事業', '補助金', '交付金', '委託事業', 'プログラム', '基金事業', '実証事業'];
const MINISTRIES = [
  '経済産業省',
  '文部科学省',
  '農林水産省',
  '厚生労働省',
  '環境省',
  '内閣府',
  '総務省',
  '国土交通省',
  '林野庁',
];
const SENTENCES = [
  '地域の大学と企業が連携し、{topic}分野における{action}を推進する。',
  '{place}を中心に、{topic}の社会実装に向けた{action}を行う事業者を支援する。',
  'スタートアップや中小企業が取り組む{topic}関連の研究開発・実証を補助する。',
  '自治体が主体となって{topic}を活用した地域活性化の計画を策定し、{action}を実施する。',
  '国際競争力の強化に向け、{topic}のサプライチェーン構築と人材育成を一体的に推進する。',
];

/** Programs with realistic Japanese field lengths: names ~30 characters, summaries ~150, several tags. */
export function syntheticPrograms(count: number, seed = 20261122): Program[] {
  const next = random(seed);
  const pick = <T>(list: readonly T[]) => list[Math.floor(next() * list.length)]!;
  const programs: Program[] = [];
  for (let i = 0; i < count; i++) {
    const place = pick(PLACES);
    const topic = pick(TOPICS);
    const action = pick(ACTIONS);
    const name = `${place}${topic}${action}${pick(KINDS)}（第${(i % 9) + 1}期）`;
    let summary = '';
    while (summary.length < 150)
      summary += pick(SENTENCES)
        .replace('{topic}', pick(TOPICS))
        .replace('{action}', pick(ACTIONS))
        .replace('{place}', place);
    const ministry = pick(MINISTRIES);
    const year = 2018 + Math.floor(next() * 8);
    const fy = { label: `令和${year - 2018}年度`, year };
    const amount = Math.floor(next() * 5_000) * 1_000_000;
    programs.push({
      id: `synthetic-${i}`,
      name,
      aliases: next() < 0.3 ? [`${topic}${action}`] : [],
      ministries: [ministry],
      agency: next() < 0.2 ? pick(['NEDO', 'AMED', 'JST']) : null,
      instruments: [pick(['補助', '委託', '交付金', '基金'])],
      summary,
      category: {
        value: pick(['市場領域横断', 'バイオ製造', '一次生産等', '健康・医療'] as const),
        basis: 'stated',
        note: null,
      },
      marketDomains: [1 + Math.floor(next() * 9)],
      supports: [],
      stages: [],
      period: null,
      status: { value: pick(['active', 'active', 'active', 'ended', 'historical'] as const), asOf: fy },
      describes: fy,
      budgets: [
        {
          fiscalYear: fy,
          amountYen: amount,
          text: `${amount / 1000}千円`,
          partOf: false,
          approximate: false,
          previous: null,
          note: null,
          source: { file: '002_20b158d829ca5b59.txt', section: 'synthetic', quote: 'synthetic' },
        },
      ],
      periodEnd: null,
      eligibility: [],
      eligibilityNote: null,
      regions: [],
      consortium: null,
      newCalls: null,
      department: `${ministry} ${pick(['産業技術環境局', '科学技術・学術政策局', '農林水産技術会議事務局', '医政局'])} ${pick(['研究開発課', '地域振興室', '産業連携課'])}`,
      contacts: [],
      related: [],
      notes: [],
      sources: [{ file: '002_20b158d829ca5b59.txt', section: 'synthetic', quote: 'synthetic' }],
    });
  }
  return programs;
}

/** Queries typed one character at a time: short, long, kana, width variant, typo, no hit. */
export const BENCH_QUERIES = [
  { kind: 'short', text: 'バイオ' },
  { kind: 'long', text: '地域バイオマス産学連携推進事業' },
  { kind: 'kana', text: 'すまーとのうぎょう' },
  { kind: 'width variant', text: 'ｹﾞﾉﾑ 実証' },
  { kind: 'typo', text: '再生医療人材育成支援事集' },
  { kind: 'no hit', text: '量子コンピュータ' },
  { kind: 'ministry + word', text: '経産省 補助金' },
];

/** What the search box holds after each keystroke of `text`. */
export function typedPrefixes(text: string): string[] {
  const characters = [...text];
  return characters.map((_, i) => characters.slice(0, i + 1).join(''));
}
