import { z } from 'zod';
import { NEEDS } from '../catalog/needs';
import { prefectureSchema } from '../catalog/region';
import { applicantTypeSchema } from '../vocabulary/applicant-types';
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

/** null when the parameters do not describe a valid profile (a hand-edited URL, say). */
export function profileFromParams(params: URLSearchParams): Profile | null {
  const members = params.getAll('member');
  const parsed = profileSchema.safeParse({
    members: members.length
      ? members.map(parseMemberText)
      : [{ org: params.get('org'), prefecture: params.get('pref') }],
    themes: [...new Set(params.getAll('theme'))],
    needs: [...new Set(params.getAll('need'))],
    stage: params.get('stage'),
    openOnly: params.get('open') === '1',
  });
  return parsed.success ? parsed.data : null;
}
