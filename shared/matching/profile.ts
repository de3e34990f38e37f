import { z } from 'zod';
import { NEEDS } from '../catalog/needs';
import { PREFECTURES } from '../geo/prefectures';
import { ORG_TYPE_IDS, STAGE_IDS, THEME_IDS } from './vocabulary';

export const profileSchema = z.strictObject({
  org: z.enum(ORG_TYPE_IDS as [string, ...string[]]),
  prefecture: z.enum(PREFECTURES as [string, ...string[]]).nullable(),
  themes: z.array(z.enum(THEME_IDS as [string, ...string[]])),
  needs: z.array(z.enum(NEEDS)),
  stage: z.enum(STAGE_IDS as [string, ...string[]]).nullable(),
  openOnly: z.boolean(),
});
export type Profile = z.infer<typeof profileSchema> & {
  org: (typeof ORG_TYPE_IDS)[number];
  themes: (typeof THEME_IDS)[number][];
  stage: (typeof STAGE_IDS)[number] | null;
};

/** URL form, so a result can be bookmarked: ?org=university&pref=北海道&theme=d3&theme=cross&need=research&open=1 */
export function profileToParams(profile: Omit<Profile, 'org'> & { org: string | null }): URLSearchParams {
  const params = new URLSearchParams();
  if (profile.org) params.set('org', profile.org);
  if (profile.prefecture) params.set('pref', profile.prefecture);
  for (const theme of profile.themes) params.append('theme', theme);
  for (const need of profile.needs) params.append('need', need);
  if (profile.stage) params.set('stage', profile.stage);
  if (profile.openOnly) params.set('open', '1');
  return params;
}

/** null when the parameters do not describe a valid profile (a hand-edited URL, say). */
export function profileFromParams(params: URLSearchParams): Profile | null {
  const parsed = profileSchema.safeParse({
    org: params.get('org'),
    prefecture: params.get('pref'),
    themes: [...new Set(params.getAll('theme'))],
    needs: [...new Set(params.getAll('need'))],
    stage: params.get('stage'),
    openOnly: params.get('open') === '1',
  });
  return parsed.success ? (parsed.data as Profile) : null;
}
