// npm run match -- --org <type> [--pref <都道府県>] [--theme <id>]... [--need <id>]... [--stage <id>] [--open-only] [--json]
// The wizard's engine for consultants' batch work: prints the three groups with ids, names and reasons.
import { parseArgs } from 'node:util';
import { embeddedCatalogData } from '../../data/embedded';
import { NEEDS, NEED_LABELS } from '../../shared/catalog/needs';
import { validateCatalog } from '../../shared/catalog/validate';
import { PREFECTURES } from '../../shared/geo/prefectures';
import { profileSchema, type Profile } from '../../shared/matching/profile';
import { criterionLabel, verdictLabel } from '../../shared/matching/reason-text';
import { summariseMatch, type MatchSummary } from '../../shared/matching/summarise';
import {
  CATEGORY_THEMES,
  ORG_TYPES,
  ORG_TYPE_IDS,
  STAGES,
  STAGE_IDS,
  THEME_IDS,
} from '../../shared/matching/vocabulary';

const ACCEPTED = {
  org: ORG_TYPE_IDS.map((id) => `${id} (${ORG_TYPES[id].ja})`),
  theme: THEME_IDS.map((id) =>
    id in CATEGORY_THEMES
      ? `${id} (${CATEGORY_THEMES[id as keyof typeof CATEGORY_THEMES]})`
      : `${id} (市場領域${id.slice(1)})`,
  ),
  need: NEEDS.map((id) => `${id} (${NEED_LABELS[id].ja})`),
  stage: STAGE_IDS.map((id) => `${id} (${STAGES[id].ja})`),
  pref: [`${PREFECTURES.length} prefectures, e.g. 北海道, 山形県, 東京都`],
};

const HELP = `Usage: npm run match -- --org <type> [options]

Options:
  --org <type>      required; one of: ${ACCEPTED.org.join(', ')}
  --pref <都道府県>  the organisation's prefecture, written in Japanese (北海道, 東京都, 大阪府, 愛知県 ...)
  --theme <id>      repeatable; one of: ${ACCEPTED.theme.join(', ')}
  --need <id>       repeatable; one of: ${ACCEPTED.need.join(', ')}
  --stage <id>      one of: ${ACCEPTED.stage.join(', ')}
  --open-only       only programs taking new applications count as 対象
  --json            print JSON instead of text
  --help            this text`;

class UsageError extends Error {}

function requireOneOf(name: keyof typeof ACCEPTED, value: string, allowed: readonly string[]) {
  if (!allowed.includes(value)) {
    throw new UsageError(
      `unknown --${name} "${value}". Accepted values: ${name === 'pref' ? PREFECTURES.join(', ') : ACCEPTED[name].join(', ')}`,
    );
  }
}

export function parseProfile(argv: string[]): { profile: Profile; json: boolean } | 'help' {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      options: {
        org: { type: 'string' },
        pref: { type: 'string' },
        theme: { type: 'string', multiple: true },
        need: { type: 'string', multiple: true },
        stage: { type: 'string' },
        'open-only': { type: 'boolean' },
        json: { type: 'boolean' },
        help: { type: 'boolean' },
      },
      strict: true,
    });
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  const { values } = parsed;
  if (values.help) return 'help';
  if (!values.org) throw new UsageError(`--org is required. Accepted values: ${ACCEPTED.org.join(', ')}`);
  requireOneOf('org', values.org, ORG_TYPE_IDS);
  if (values.pref) requireOneOf('pref', values.pref, PREFECTURES);
  for (const theme of values.theme ?? []) requireOneOf('theme', theme, THEME_IDS);
  for (const need of values.need ?? []) requireOneOf('need', need, NEEDS);
  if (values.stage) requireOneOf('stage', values.stage, STAGE_IDS);
  const profile = profileSchema.parse({
    org: values.org,
    prefecture: values.pref ?? null,
    themes: [...new Set(values.theme ?? [])],
    needs: [...new Set(values.need ?? [])],
    stage: values.stage ?? null,
    openOnly: values['open-only'] ?? false,
  }) as Profile;
  return { profile, json: values.json ?? false };
}

const MARK = { matched: '✓', unknown: '?', 'not-met': '✗' } as const;

function printText(summary: MatchSummary): string {
  const lines: string[] = [];
  const { profile } = summary;
  lines.push(
    `プロファイル: ${ORG_TYPES[profile.org].ja}` +
      (profile.prefecture ? ` / ${profile.prefecture}` : '') +
      (profile.themes.length ? ` / テーマ: ${profile.themes.join(',')}` : '') +
      (profile.needs.length ? ` / 支援内容: ${profile.needs.map((n) => NEED_LABELS[n].ja).join('、')}` : '') +
      (profile.openOnly ? ' / 新規募集のみ' : ''),
  );
  const groups: [string, MatchSummary['eligible']][] = [
    ['対象', summary.eligible],
    ['要確認', summary.check],
    ['対象外', summary.notEligible],
  ];
  for (const [title, list] of groups) {
    lines.push('', `■ ${title} (${list.length})`);
    for (const item of list) {
      lines.push(
        `  ${item.id}  ${item.name}${item.movedByOpenOnly ? '  [新規募集なしのため対象から移動]' : ''}`,
      );
      for (const r of item.reasons) {
        const quote = r.quote ? ` 「${r.quote}」` : '';
        lines.push(
          `    ${MARK[r.verdict]} ${criterionLabel(r.criterion, 'ja')}（${verdictLabel(r.verdict, 'ja')}）: ${r.text}${quote}`,
        );
      }
    }
  }
  if (summary.frameworks.length) {
    lines.push('', `■ 認定・宣言制度 (${summary.frameworks.length})`);
    for (const f of summary.frameworks) lines.push(`  ${f.id}  ${f.name}: ${f.text}`);
  }
  lines.push('', `■ 関連するバイオコミュニティ (${summary.communities.length})`);
  for (const c of summary.communities) {
    lines.push(`  ${c.id}  ${c.name}  ネットワーク機関: ${c.networkInstitution ?? '要確認'}`);
    for (const contact of c.contacts) lines.push(`    ${contact}`);
  }
  return lines.join('\n');
}

function main() {
  let request;
  try {
    request = parseProfile(process.argv.slice(2));
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    console.error(`match: ${error.message}\nRun with --help for usage.`);
    process.exit(2);
  }
  if (request === 'help') {
    console.log(HELP);
    return;
  }
  const result = validateCatalog(embeddedCatalogData);
  if (!result.ok) {
    console.error('match: the embedded catalog is invalid; run npm run catalog:check');
    process.exit(1);
  }
  const summary = summariseMatch(result.catalog, request.profile);
  console.log(request.json ? JSON.stringify(summary, null, 2) : printText(summary));
}

main();
