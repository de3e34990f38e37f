import { z } from 'zod';
import { NEEDS } from '../catalog/needs';
import { prefectureSchema } from '../catalog/region';
import { PREFECTURES } from '../geo/prefectures';
import { APPLICANT_TYPES, applicantTypeSchema } from '../vocabulary/applicant-types';
import { STAGE_IDS, THEME_IDS, type Stage, type Theme } from './vocabulary';

export const MAX_TEAM_MEMBERS = 10;

/** One organisation: its applicant type and, if given, its prefecture. */
export const memberSchema = z.strictObject({
  org: applicantTypeSchema,
  prefecture: prefectureSchema.nullable(),
});
export type Member = z.infer<typeof memberSchema>;

const answers = {
  themes: z.array(z.enum(THEME_IDS as [Theme, ...Theme[]])),
  needs: z.array(z.enum(NEEDS)),
  stage: z.enum(STAGE_IDS as [Stage, ...Stage[]]).nullable(),
  openOnly: z.boolean(),
};

/**
 * Who is asking: one organisation, or a team (consortium) whose first member would lead the
 * application. A single organisation is a team of one, so the engine has one path.
 */
export const profileSchema = z.strictObject({
  members: z.array(memberSchema).min(1).max(MAX_TEAM_MEMBERS),
  ...answers,
});
export type Profile = z.infer<typeof profileSchema>;

/** Profiles saved before teams existed kept the one organisation at the top level. */
const legacyProfileSchema = z
  .strictObject({ org: applicantTypeSchema, prefecture: prefectureSchema.nullable(), ...answers })
  .transform(({ org, prefecture, ...rest }): Profile => ({ members: [{ org, prefecture }], ...rest }));

/** What the profiles table may hold: today's profiles and teams, and the single-organisation form. */
export const storedProfileSchema = z.union([profileSchema, legacyProfileSchema]);

export const isTeam = (profile: Pick<Profile, 'members'>) => profile.members.length > 1;
export const leadOf = (profile: Pick<Profile, 'members'>): Member => profile.members[0]!;

/**
 * URL form, so a result can be bookmarked. One organisation keeps the original form
 * (?org=university&pref=北海道&theme=d3&need=research&open=1); a team lists its members, lead first
 * (?member=university:新潟県&member=sme:新潟県&member=city:).
 */
export function profileToParams(profile: Profile): URLSearchParams {
  const params = new URLSearchParams();
  if (isTeam(profile)) {
    for (const m of profile.members) params.append('member', `${m.org}:${m.prefecture ?? ''}`);
  } else {
    params.set('org', leadOf(profile).org);
    if (leadOf(profile).prefecture) params.set('pref', leadOf(profile).prefecture!);
  }
  appendAnswers(params, profile);
  return params;
}

export function appendAnswers(params: URLSearchParams, answers: Omit<Profile, 'members'>) {
  for (const theme of answers.themes) params.append('theme', theme);
  for (const need of answers.needs) params.append('need', need);
  if (answers.stage) params.set('stage', answers.stage);
  if (answers.openOnly) params.set('open', '1');
}

/** "type:都道府県" as in the URL and the command line; the prefecture may be left empty. */
export function parseMemberText(text: string): { org: string; prefecture: string | null } {
  const at = text.indexOf(':');
  if (at < 0) return { org: text.trim(), prefecture: null };
  return { org: text.slice(0, at).trim(), prefecture: text.slice(at + 1).trim() || null };
}

/** A value in a link that the wizard could not use: which answer, and what the link said. */
export interface DroppedAnswer {
  /** extraMembers: members past MAX_TEAM_MEMBERS, named once with their number as the value. */
  field: 'org' | 'pref' | 'member' | 'extraMembers' | 'theme' | 'need' | 'stage' | 'open';
  value: string;
}

/** The answers a link holds, each checked on its own: a value that is not valid is dropped and named. */
export interface LinkAnswers {
  team: boolean;
  /** A member whose type is not valid keeps its place (with no type), so the team stays as it was. */
  members: { org: string | null; prefecture: string | null }[];
  themes: Theme[];
  needs: Need[];
  stage: Stage | null;
  openOnly: boolean;
  dropped: DroppedAnswer[];
}
type Need = (typeof NEEDS)[number];

const isOneOf = <T extends string>(allowed: readonly T[], value: string): value is T =>
  (allowed as readonly string[]).includes(value);

/**
 * Reads the answers of a result or wizard link (hand-edited, outdated or cut short): what is valid
 * is kept, and every value that is not is named in `dropped`, so the page can say what it left out.
 */
export function readAnswerParams(params: URLSearchParams): LinkAnswers {
  const dropped: DroppedAnswer[] = [];
  const keep = <T extends string>(
    field: DroppedAnswer['field'],
    allowed: readonly T[],
    value: string | null,
  ) => {
    if (value === null || value === '') return null;
    if (isOneOf(allowed, value)) return value;
    dropped.push({ field, value });
    return null;
  };
  const listed = params.getAll('member');
  const team = listed.length > 0 || params.get('team') === '1';
  if (listed.length > MAX_TEAM_MEMBERS)
    dropped.push({ field: 'extraMembers', value: String(listed.length - MAX_TEAM_MEMBERS) });
  const members = team
    ? listed.slice(0, MAX_TEAM_MEMBERS).map((text) => {
        const { org, prefecture } = parseMemberText(text);
        return {
          org: keep('member', APPLICANT_TYPES, org),
          prefecture: keep('pref', PREFECTURES, prefecture),
        };
      })
    : [
        {
          org: keep('org', APPLICANT_TYPES, params.get('org')),
          prefecture: keep('pref', PREFECTURES, params.get('pref')),
        },
      ];
  const many = <T extends string>(field: DroppedAnswer['field'], allowed: readonly T[]) =>
    [...new Set(params.getAll(field))].map((v) => keep(field, allowed, v)).filter((v): v is T => v !== null);
  const themes = many('theme', THEME_IDS);
  const needs = many('need', NEEDS);
  const stage = keep('stage', STAGE_IDS, params.get('stage'));
  const open = params.get('open');
  if (open !== null && open !== '1') dropped.push({ field: 'open', value: open });
  return { team, members, themes, needs, stage, openOnly: open === '1', dropped };
}

/**
 * The profile a result link describes, with what it had to leave out. The profile is null when a
 * type is missing or not valid (there is nothing to match without one) or a team has one member.
 */
export function readProfileParams(params: URLSearchParams): {
  profile: Profile | null;
  dropped: DroppedAnswer[];
} {
  const { team, members, dropped, ...answers } = readAnswerParams(params);
  if (team && members.length < 2) return { profile: null, dropped };
  const parsed = profileSchema.safeParse({ members, ...answers });
  return { profile: parsed.success ? parsed.data : null, dropped };
}
