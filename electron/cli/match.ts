// npm run match -- --org <type> [--pref <都道府県>] | --team <type>:<都道府県> ... [options]
// The wizard's engine for consultants' batch work: prints the groups with ids, names and reasons.
import { realpathSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { embeddedCatalogData } from '../../data/embedded';
import { NEEDS, NEED_LABELS } from '../../shared/catalog/needs';
import { validateCatalog } from '../../shared/catalog/validate';
import { formatFiscalYear, todayIso } from '../../shared/format/dates';
import { PREFECTURES } from '../../shared/geo/prefectures';
import {
  MAX_TEAM_MEMBERS,
  parseMemberText,
  profileSchema,
  type Profile,
} from '../../shared/matching/profile';
import { APPLY_MARK, reasonHeading, verdictMark } from '../../shared/matching/reason-text';
import { summariseMatch, type MatchSummary } from '../../shared/matching/summarise';
import { CATEGORY_THEMES, STAGES, STAGE_IDS, THEME_IDS } from '../../shared/matching/vocabulary';
import { APPLICANT_TYPES, applicantLabel, depthOf } from '../../shared/vocabulary/applicant-types';
import { gloss } from '../../shared/vocabulary/glossary';

type Locale = 'ja' | 'en';

const ACCEPTED = {
  org: APPLICANT_TYPES.map((id) => `${'  '.repeat(depthOf(id))}${id} (${applicantLabel(id, 'ja')})`),
  theme: THEME_IDS.map((id) =>
    id in CATEGORY_THEMES
      ? `${id} (${CATEGORY_THEMES[id as keyof typeof CATEGORY_THEMES]})`
      : `${id} (市場領域${id.slice(1)})`,
  ),
  need: NEEDS.map((id) => `${id} (${NEED_LABELS[id].ja})`),
  stage: STAGE_IDS.map((id) => `${id} (${STAGES[id].ja})`),
  lang: ['ja', 'en'],
};

const HELP = `Usage: npm run match -- (--org <type> [--pref <都道府県>] | --team <type>:<都道府県> ...) [options]

One organisation:
  --org <type>        its type (below)
  --pref <都道府県>    its prefecture, written in Japanese (北海道, 東京都, 大阪府, 愛知県 ...)
A team (consortium), instead of --org:
  --team <type>:<都道府県>  repeat once per member, the lead first; the prefecture may be left out
                     (--team university:大阪府 --team company:大阪府 --team municipality:大阪府)
Options:
  --theme <id>        repeatable; one of: ${ACCEPTED.theme.join(', ')}
  --need <id>         repeatable; one of: ${ACCEPTED.need.join(', ')}
  --stage <id>        one of: ${ACCEPTED.stage.join(', ')}
  --open-only         show only programs with an open call (新規採択 有)
  --lang <ja|en>      language of the reasons and headings (default ja)
  --today <YYYY-MM-DD>  the day to judge 事業期間 against (default: today)
  --json              print JSON instead of text
  --help              this text

Types (<type>), as a tree; a program naming a parent type covers a child only where its
wording leaves no doubt:
${ACCEPTED.org.map((line) => `  ${line}`).join('\n')}`;

export class UsageError extends Error {}

function requireOneOf(name: string, value: string, allowed: readonly string[], listed: string[]) {
  if (!allowed.includes(value)) {
    throw new UsageError(
      `unknown ${name} "${value}". Accepted values: ${listed.map((l) => l.trim()).join(', ')}`,
    );
  }
}
const requirePrefecture = (name: string, value: string) =>
  requireOneOf(name, value, PREFECTURES, PREFECTURES);
const requireType = (name: string, value: string) => requireOneOf(name, value, APPLICANT_TYPES, ACCEPTED.org);

export interface MatchRequest {
  profile: Profile;
  json: boolean;
  locale: Locale;
  today: string;
}

export function parseRequest(argv: string[]): MatchRequest | 'help' {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      options: {
        org: { type: 'string' },
        pref: { type: 'string' },
        team: { type: 'string', multiple: true },
        theme: { type: 'string', multiple: true },
        need: { type: 'string', multiple: true },
        stage: { type: 'string' },
        'open-only': { type: 'boolean' },
        lang: { type: 'string' },
        today: { type: 'string' },
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
  const team = values.team ?? [];
  if (values.org && team.length)
    throw new UsageError('give either --org (one organisation) or --team (a team), not both');
  if (!values.org && !team.length) {
    throw new UsageError(
      `--org or --team is required. Accepted types: ${ACCEPTED.org.map((l) => l.trim()).join(', ')}`,
    );
  }
  if (team.length && values.pref)
    throw new UsageError('with --team, give each member’s prefecture as <type>:<都道府県>');
  if (team.length > MAX_TEAM_MEMBERS) throw new UsageError(`a team has at most ${MAX_TEAM_MEMBERS} members`);
  const members = values.org
    ? [{ org: values.org, prefecture: values.pref ?? null }]
    : team.map(parseMemberText);
  for (const m of members) {
    requireType(values.org ? '--org' : '--team type', m.org);
    if (m.prefecture) requirePrefecture(values.org ? '--pref' : '--team prefecture', m.prefecture);
  }
  for (const theme of values.theme ?? []) requireOneOf('--theme', theme, THEME_IDS, ACCEPTED.theme);
  for (const need of values.need ?? []) requireOneOf('--need', need, NEEDS, ACCEPTED.need);
  if (values.stage) requireOneOf('--stage', values.stage, STAGE_IDS, ACCEPTED.stage);
  const locale = (values.lang ?? 'ja') as Locale;
  requireOneOf('--lang', locale, ACCEPTED.lang, ACCEPTED.lang);
  const today = values.today ?? todayIso();
  if (!/^\d{4}-\d{2}-\d{2}$/.test(today))
    throw new UsageError(`--today must look like 2026-12-01, not "${today}"`);
  const profile = profileSchema.parse({
    members,
    themes: [...new Set(values.theme ?? [])],
    needs: [...new Set(values.need ?? [])],
    stage: values.stage ?? null,
    openOnly: values['open-only'] ?? false,
  });
  return { profile, json: values.json ?? false, locale, today };
}

const WORDS = {
  ja: {
    profile: 'プロファイル',
    team: 'チーム',
    lead: '代表',
    themes: 'テーマ',
    needs: '支援内容',
    openOnly: '新規募集のある制度のみ',
    eligible: '対象',
    check: '要確認',
    notEligible: '対象外',
    ended: '終了した制度（参考）',
    hidden: '非表示（新規募集が確認できない制度）',
    noNewCalls: '新規採択なし',
    endedIn: (fy: string, by: string) =>
      by === 'period'
        ? `事業期間は${fy}まで`
        : by === 'status'
          ? `${fy}時点で終了`
          : `${fy}の資料に記載（終了時期の記載なし）`,
    members: 'メンバー',
    evidence: '根拠',
    frameworks: '認定・宣言制度',
    communities: '関連するバイオコミュニティ',
    network: 'ネットワーク機関',
    unknown: '要確認',
    callsAsOf: (years: string) =>
      `募集状況は資料の年度（${years}）時点の情報です。現在の公募の有無と締切は所管に確認してください。`,
  },
  en: {
    profile: 'Profile',
    team: 'Team',
    lead: 'lead',
    themes: 'themes',
    needs: 'support',
    openOnly: 'open calls only',
    eligible: 'Eligible',
    check: 'To be confirmed',
    notEligible: 'Not eligible',
    ended: 'Ended programs (reference)',
    hidden: 'Hidden (no open call known)',
    noNewCalls: 'no new calls',
    endedIn: (fy: string, by: string) =>
      by === 'period'
        ? `program period ended ${fy}`
        : by === 'status'
          ? `ended as of ${fy}`
          : `described in ${fy} material (end not stated)`,
    members: 'Members',
    evidence: 'Evidence',
    frameworks: 'Certification and declaration schemes',
    communities: 'Related bio communities',
    network: 'network institution',
    unknown: 'to be confirmed',
    callsAsOf: (years: string) =>
      `Call status is as of the documents' year (${years}): check with the ministry whether and until when a program calls now.`,
  },
} as const;

export function printText(summary: MatchSummary, locale: Locale): string {
  const w = WORDS[locale];
  const lines: string[] = [];
  const { profile } = summary;
  const place = (prefecture: string) =>
    locale === 'ja' ? `（${prefecture}）` : ` (${gloss('prefecture', prefecture, locale)})`;
  const who = profile.members
    .map(
      (m) =>
        `${m.label}${m.prefecture ? place(m.prefecture) : ''}${profile.team && m.lead ? ` [${w.lead}]` : ''}`,
    )
    .join(' + ');
  lines.push(
    `${profile.team ? w.team : w.profile}: ${who}` +
      (profile.themes.length ? ` / ${w.themes}: ${profile.themes.join(',')}` : '') +
      (profile.needs.length
        ? ` / ${w.needs}: ${profile.needs.map((n) => NEED_LABELS[n][locale]).join(', ')}`
        : '') +
      (profile.openOnly ? ` / ${w.openOnly}` : ''),
  );
  if (summary.callsAsOf.length) {
    const years = summary.callsAsOf.map((y) => formatFiscalYear(y, locale));
    lines.push(w.callsAsOf(locale === 'ja' ? years.join('・') : years.join(', ')));
  }
  const groups = [
    [w.eligible, summary.eligible],
    [w.check, summary.check],
    [w.notEligible, summary.notEligible],
    [w.ended, summary.ended],
  ] as const;
  for (const [title, list] of groups) {
    lines.push('', `■ ${title} (${list.length})`);
    for (const item of list) {
      const flags = [
        item.noNewCalls ? w.noNewCalls : null,
        item.ended ? w.endedIn(formatFiscalYear(item.ended.fiscalYear, locale), item.ended.by) : null,
      ].filter(Boolean);
      lines.push(`  ${item.id}  ${item.name}${flags.length ? `  [${flags.join(' / ')}]` : ''}`);
      const number = new Map(item.evidence.flatMap((e, i) => e.ids.map((id) => [id, i + 1] as const)));
      for (const r of item.reasons) {
        const cite = r.quote && number.has(r.quote) ? ` [${number.get(r.quote)}]` : '';
        lines.push(`    ${verdictMark(r)} ${reasonHeading(r, locale)}: ${r.text}${cite}`);
      }
      if (item.members) {
        lines.push(
          `    ${w.members}: ${item.members
            .map(
              (m) =>
                `${APPLY_MARK[m.canApply]} ${profile.members[m.index]!.label}${m.lead ? ` [${w.lead}]` : ''}`,
            )
            .join('  ')}`,
        );
      }
      item.evidence.forEach((e, i) =>
        lines.push(`    ${w.evidence} [${i + 1}] 「${e.quote}」 (${e.file.slice(0, 3)} ${e.section})`),
      );
    }
  }
  if (summary.hidden.length) {
    lines.push('', `■ ${w.hidden} (${summary.hidden.length})`);
    for (const h of summary.hidden) lines.push(`  ${h.id}  ${h.name}`);
  }
  if (summary.frameworks.length) {
    lines.push('', `■ ${w.frameworks} (${summary.frameworks.length})`);
    for (const f of summary.frameworks) {
      lines.push(`  ${f.id}  ${f.name}  [${f.group === 'eligible' ? w.eligible : w.check}]`);
      for (const r of f.reasons) lines.push(`    ${verdictMark(r)} ${reasonHeading(r, locale)}: ${r.text}`);
    }
  }
  lines.push('', `■ ${w.communities} (${summary.communities.length})`);
  for (const c of summary.communities) {
    lines.push(`  ${c.id}  ${c.name}  ${w.network}: ${c.networkInstitution ?? w.unknown}`);
    for (const contact of c.contacts) lines.push(`    ${contact}`);
  }
  return lines.join('\n');
}

/** Runs the command; returns the exit code. Tests call it in process. */
export function main(
  argv: string[],
  io: { out: (text: string) => void; err: (text: string) => void } = {
    out: (text) => console.log(text),
    err: (text) => console.error(text),
  },
): number {
  let request;
  try {
    request = parseRequest(argv);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    io.err(`match: ${error.message}\nRun with --help for usage.`);
    return 2;
  }
  if (request === 'help') {
    io.out(HELP);
    return 0;
  }
  const result = validateCatalog(embeddedCatalogData);
  if (!result.ok) {
    io.err('match: the embedded catalog is invalid; run npm run catalog:check');
    return 1;
  }
  const summary = summariseMatch(result.catalog, request.profile, request);
  io.out(request.json ? JSON.stringify(summary, null, 2) : printText(summary, request.locale));
  return 0;
}

// Run only when started as a command, not when a test imports the module.
if (process.argv[1] && realpathSync(process.argv[1]) === realpathSync(fileURLToPath(import.meta.url))) {
  process.exitCode = main(process.argv.slice(2));
}
