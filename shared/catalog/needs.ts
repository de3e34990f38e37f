import { z } from 'zod';

/** What an organisation needs support for; a program's `supports` lists the ones its source names. */
export const NEEDS = [
  'research',
  'demonstration',
  'facilities',
  'talent',
  'commercialisation',
  'collaboration',
  'survey',
  'demand',
] as const;
export const needSchema = z.enum(NEEDS);
export type Need = z.infer<typeof needSchema>;

export const NEED_LABELS: Record<Need, { ja: string; en: string }> = {
  research: { ja: '研究開発', en: 'Research and development' },
  demonstration: { ja: '実証', en: 'Demonstration' },
  facilities: { ja: '施設・設備整備', en: 'Facilities and equipment' },
  talent: { ja: '人材育成', en: 'Human resources' },
  commercialisation: { ja: '事業化・ベンチャー支援', en: 'Commercialisation and ventures' },
  collaboration: { ja: '産学官連携・拠点形成', en: 'Industry–academia–government hubs' },
  survey: { ja: '調査', en: 'Studies and surveys' },
  demand: { ja: '需要創出・調達', en: 'Demand creation and procurement' },
};
