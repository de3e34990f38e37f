import type { Program } from '../catalog/program';
import { APPLICANT_TYPES } from '../catalog/applicants';
import { NEEDS } from '../catalog/needs';
import { CITATIONS_COLUMN, PROGRAM_COLUMNS } from './program-columns';

/**
 * How to write a program table, in Japanese and English: shown by the app's help page and written
 * into the exported workbook's 説明 (instructions) sheet, so a maintainer never needs the repository.
 */
export interface TableHelp {
  intro: string[];
  layout: string[];
  cells: string[];
  budgets: { text: string[]; examples: string[] };
  columns: { header: string; english: string; how: string }[];
  safety: string[];
}

type Bilingual = { ja: string; en: string };

const COLUMN_HELP: Record<keyof Program | 'citations', Bilingual> = {
  id: {
    ja: '半角小文字の ID（coi-next など）。リストやメモはこの ID で結び付くので、使い回さないでください',
    en: 'lowercase ID such as coi-next; lists and notes are keyed by it, so never reuse one',
  },
  name: { ja: '資料に書かれたとおりの名称', en: 'the name as printed' },
  aliases: { ja: '別名・略称を 1 行に 1 つ', en: 'other names, one per line' },
  ministries: {
    ja: '府省を 1 行に 1 つ（文部科学省 など）。資料に書かれていなければ空欄（アプリは「要確認」と表示）。用語集にない名称は、読み込み時に「〜ではありませんか？」と確認します',
    en: 'ministries, one per line (e.g. 文部科学省); empty when no document names one (the app shows 要確認). A name the glossary does not know is queried on loading ("did you mean …?")',
  },
  agency: { ja: '実施機関（AMED など）。なければ空欄', en: 'implementing agency (e.g. AMED), or empty' },
  instruments: {
    ja: '支援形態（補助, 委託, 交付金 …）を 1 行に 1 つ。資料に書かれている場合だけ',
    en: 'kinds of support (補助, 委託, 交付金 …), one per line, only where a document says so',
  },
  summary: { ja: '概要。なければ空欄', en: 'summary, or empty' },
  category: {
    ja: '「分類 | 明記 または 推定 | 注記」（注記は省略可）。分類は 市場領域横断, バイオ製造, 一次生産等, 健康・医療。なければ空欄',
    en: '"category | 明記 or 推定 | note" (note optional); category is 市場領域横断, バイオ製造, 一次生産等 or 健康・医療; empty if none',
  },
  marketDomains: {
    ja: '市場領域の番号 1〜9 をカンマ区切りで',
    en: 'market domain numbers 1–9, comma-separated',
  },
  supports: {
    ja: `1 行に「支援内容 | [n]」。支援内容は ${NEEDS.join(', ')}`,
    en: `per line "need | [n]"; need is one of ${NEEDS.join(', ')}`,
  },
  stages: { ja: '研究開発段階を 1 行に 1 つ', en: 'development stages, one per line' },
  period: { ja: '事業期間。なければ空欄', en: 'period, or empty' },
  periodEnd: {
    ja: '「年度 (西暦) | [n]」: 資料が示す事業期間の最終年度。なければ空欄（この列は省略可）',
    en: '"fiscal year (year) | [n]": the last fiscal year of the period a source gives, or empty (optional column)',
  },
  status: {
    ja: '「実施中・終了・過去の事業・要確認 | 年度 (西暦)」。例: 実施中 | 令和4年度 (2022)',
    en: '"実施中, 終了, 過去の事業 or 要確認 | fiscal year (year)", e.g. 実施中 | 令和4年度 (2022)',
  },
  describes: {
    ja: 'この行が説明している年度: 令和4年度 (2022)',
    en: 'the fiscal year the row describes: 令和4年度 (2022)',
  },
  budgets: {
    ja: '予算を 1 行に 1 つ（下の「予算の書き方」）',
    en: 'one budget per line (see "Budgets" below)',
  },
  eligibility: {
    ja: `1 行に「応募者の種類 | 表記 | 明記 または 推定 | [n]」。種類は ${APPLICANT_TYPES.join(', ')}`,
    en: `per line "applicant type | as printed | 明記 or 推定 | [n]"; type is one of ${APPLICANT_TYPES.join(', ')}`,
  },
  eligibilityNote: { ja: '応募対象についての注記。なければ空欄', en: 'a note on eligibility, or empty' },
  regions: {
    ja: '1 行に 1 地域「表記 | 都道府県, 都道府県 | 明記 または 推定 | 注記 | [n]」（例: 関東圏 | 茨城県, 東京都 … | 明記 | | [3]）。資料が地域を示さなければ空欄（この列は省略可）',
    en: 'one region per line: "label | prefecture, prefecture | 明記 or 推定 | note | [n]" (e.g. 関東圏 | 茨城県, 東京都 … | 明記 | | [3]); empty when no source ties the program to a region (optional column)',
  },
  consortium: {
    ja: '1 行目「明記 または 推定 | 注記 | [n]」、続いて役割ごとに 1 行「表記 | 種類, 種類」（例: 企業 | company）。なければ空欄（この列は省略可）',
    en: 'first line "明記 or 推定 | note | [n]", then one line per role "label | type, type" (e.g. 企業 | company); empty if none (optional column)',
  },
  newCalls: {
    ja: '「有 または 無 | 年度 (西暦) | [n]」。資料に書かれていなければ空欄',
    en: '"有 or 無 | fiscal year (year) | [n]", or empty when no document says',
  },
  department: { ja: '担当部署。なければ空欄', en: 'responsible department, or empty' },
  contacts: {
    ja: '1 行に「窓口名 | 表記 | 電話 | 内線 | メール | [n]」。電話は 03-5253-4111 の形。わからない部分は空のまま',
    en: 'per line "office | as printed | telephone | extension | e-mail | [n]"; telephone like 03-5253-4111; unknown parts left empty',
  },
  related: {
    ja: '関連する制度の ID（1 行に 1 つ、またはカンマ区切り）。表にある ID だけ',
    en: 'IDs of related programs, one per line or comma-separated; each must exist',
  },
  notes: { ja: '読む人が必ず知るべき注意を 1 行に 1 つ', en: 'caveats a reader must see, one per line' },
  sources: { ja: 'この行全体の出典: [1] [2]', en: 'the row’s own sources: [1] [2]' },
  citations: {
    ja: '1 行に「[n] ファイル名 | 節 | 引用文」。ファイル名は出典資料 5 つのどれか、引用文は資料に書かれたとおり',
    en: 'per line "[n] file | section | quote"; file is one of the five source documents, the quote as printed',
  },
};

const TEXT = {
  intro: {
    ja: [
      'プログラム表は、カタログの制度を Excel で編集するための表です（1 行が 1 制度）。カタログ更新 → プログラム表を書き出す で書き出し、編集して カタログファイルを選ぶ で読み込みます。',
      '読み込んだ表は「ローカル編集版（署名なし）」として適用されます。版はアプリが提案するので、版の欄を書き換える必要はありません。',
      '同僚に配るときは、適用後に署名前のカタログパックを書き出し、保守担当者が npm run catalog:pack -- --key <秘密鍵> --from <ファイル> で署名します。',
    ],
    en: [
      'The program table is how the catalog’s programs are edited in Excel (one row per program). Export it with Catalog update → Export the program table, edit it, and load it with Choose a catalog file.',
      'A loaded table is installed as a "local edit (unsigned)". The app proposes its version: you need not change the version cell.',
      'To hand it to colleagues, export an unsigned catalog pack after applying it; a maintainer signs it with npm run catalog:pack -- --key <private key> --from <file>.',
    ],
  },
  layout: {
    ja: [
      '見出しより上の行: カタログ版、情報の時点（2027-04-01 や 2027/4/1）、発行元。',
      '見出し行は「ID」列のある最初の行です。列の順番は自由、英語の見出しも使えます。すべての列が 1 回ずつ必要です（知らない見出しは、データが失われるので断ります）。',
      '.xlsx は最初のシートを読みます。CSV は UTF-8（BOM あり・なし）か Shift_JIS。数式やエラー値のセルは読みません（値そのものを入力してください）。',
    ],
    en: [
      'Rows above the header: catalog version, as-of date (2027-04-01 or 2027/4/1), publisher.',
      'The header is the first row with an "ID" column. Column order is free and English headers are accepted. Every column must be there once (an unknown header is refused, since its data would be lost).',
      'In an .xlsx file the first sheet is read. A CSV is UTF-8 (with or without BOM) or Shift_JIS. Cells holding a formula or an error value are refused (type the value itself).',
    ],
  },
  cells: {
    ja: [
      '複数の値を持つセルは 1 行に 1 項目（Excel では Alt+Enter で改行）。',
      '項目の中の部分は「|」で区切ります。「|」そのものは \\|、「\\」は \\\\ と書きます。空の部分は「不明」の意味です。',
      '[n] は、その行の「引用」セルの n 行目（どの資料のどこに書かれているか）を指します。',
    ],
    en: [
      'In a cell with several values, one item per line (Alt+Enter in Excel).',
      'Parts of an item are separated by "|"; write \\| for a literal bar and \\\\ for a backslash. An empty part means "not given".',
      '[n] refers to line n of the row’s 引用 (citations) cell, which says where the fact is printed.',
    ],
  },
  budgets: {
    ja: [
      '予算は 1 行に 1 つ。最初に年度（令和9年度予算 (2027) のように、書かれたとおりの年度と西暦）、次に金額、最後に [n]。部分の数を数える必要はありません。',
      '金額は単位付きで: 150億円、836,798千円、5000万円、14.5億円。円に換算した額はアプリが計算します。',
      '資料の表記が金額と違うときは「表記: 100億円の内数」。内数・程度は、その言葉をそのまま部分として書きます。',
      '前年度の額は「前年度: 令和3年度当初予算 (2021) | 前年度の金額: 42億円 | 前年度の表記: (42億円の内数) | 前年度の内数」。注記は「注記: …」。',
      '金額が書かれていないとき（(-) など）は、金額を書かずに「表記: (-)」だけにします。',
      '以前の 10 区切りの書き方も、そのまま読み込めます。',
    ],
    en: [
      'One budget per line: first the fiscal year (as printed, with the Western year: 令和9年度予算 (2027)), then the amount, then [n]. No need to count parts.',
      'Amounts with their unit: 150億円, 836,798千円, 5000万円, 14.5億円. The app works out the yen.',
      'Where the document prints it differently, add "表記: 100億円の内数". For 内数 (part of a larger line) and 程度 (approximate) write the word itself as a part.',
      'The previous year: "前年度: 令和3年度当初予算 (2021) | 前年度の金額: 42億円 | 前年度の表記: (42億円の内数) | 前年度の内数". A note: "注記: …".',
      'Where the document gives no figure (such as (-)), leave the amount out and write only "表記: (-)".',
      'The older ten-part syntax is still read.',
    ],
  },
  examples: [
    '令和9年度予算 (2027) | 150億円 | [4]',
    '令和4年度予算案 (2022) | 100億円 | 内数 | 表記: 100億円の内数 | 前年度: 令和3年度当初予算 (2021) | 前年度の表記: (-) | [4]',
    '令和7年度補正予算 (2025) | 70億円 | 程度 | 表記: 70億円程度 | [2]',
  ],
  safety: {
    ja: [
      '問題のある表は何も変更しません。問題ごとに行・列・項目と、どう書けばよいかを表示します。',
      'HTML や <script> を書いても文字として表示され、実行されません。',
    ],
    en: [
      'A table with any problem changes nothing. Each problem names the row, column and item, and says what to write.',
      'HTML or <script> in a cell is shown as text, never run.',
    ],
  },
};

export function tableHelp(locale: 'ja' | 'en'): TableHelp {
  return {
    intro: TEXT.intro[locale],
    layout: TEXT.layout[locale],
    cells: TEXT.cells[locale],
    budgets: { text: TEXT.budgets[locale], examples: TEXT.examples },
    columns: [...PROGRAM_COLUMNS, { key: 'citations' as const, ...CITATIONS_COLUMN }].map((c) => ({
      header: c.ja,
      english: c.en,
      how: COLUMN_HELP[c.key][locale],
    })),
    safety: TEXT.safety[locale],
  };
}

/** The workbook's 説明 sheet: the same help as rows, Japanese then English. */
export function helpSheetRows(): string[][] {
  const rows: string[][] = [
    ['プログラム表の書き方（アプリの カタログ更新 → プログラム表の書き方 にも同じ説明があります）'],
  ];
  for (const locale of ['ja', 'en'] as const) {
    const help = tableHelp(locale);
    const heading = (ja: string, en: string) => rows.push([], [locale === 'ja' ? ja : en]);
    if (locale === 'en')
      rows.push(
        [],
        [
          'How to write the program table (the app shows the same under Catalog update → How to write the program table)',
        ],
      );
    heading('はじめに', 'Overview');
    help.intro.forEach((line) => rows.push([line]));
    heading('表の形', 'Layout');
    help.layout.forEach((line) => rows.push([line]));
    heading('セルの書き方', 'Cells');
    help.cells.forEach((line) => rows.push([line]));
    heading('予算の書き方', 'Budgets');
    help.budgets.text.forEach((line) => rows.push([line]));
    help.budgets.examples.forEach((line) => rows.push([`  ${line}`]));
    heading('列', 'Columns');
    rows.push(
      locale === 'ja'
        ? ['見出し', '英語の見出し', '書き方']
        : ['header', 'English header', 'how to write it'],
    );
    help.columns.forEach((c) => rows.push([c.header, c.english, c.how]));
    heading('安全のために', 'Safety');
    help.safety.forEach((line) => rows.push([line]));
  }
  return rows;
}
