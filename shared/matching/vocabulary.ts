// Organisation types are the applicant-type tree: shared/vocabulary/applicant-types.json.
import { CATEGORIES } from '../catalog/program';

/** Themes: a market domain (d1〜d9) or one of the bio strategy's categories. */
export const CATEGORY_THEMES = {
  cross: '市場領域横断',
  manufacturing: 'バイオ製造',
  primary: '一次生産等',
  health: '健康・医療',
} as const satisfies Record<string, (typeof CATEGORIES)[number]>;
export type CategoryTheme = keyof typeof CATEGORY_THEMES;
export const DOMAIN_THEMES = ['d1', 'd2', 'd3', 'd4', 'd5', 'd6', 'd7', 'd8', 'd9'] as const;
export type DomainTheme = (typeof DOMAIN_THEMES)[number];
export type Theme = DomainTheme | CategoryTheme;
export const THEME_IDS: Theme[] = [...DOMAIN_THEMES, ...(Object.keys(CATEGORY_THEMES) as CategoryTheme[])];

export const domainOfTheme = (theme: Theme): number | null =>
  theme.startsWith('d') ? Number(theme.slice(1)) : null;

/** R&D stage as users describe themselves; the catalog states stages for very few programs. */
export const STAGES = {
  basic: { ja: '基礎研究', en: 'Basic research' },
  applied: { ja: '応用研究', en: 'Applied research' },
  demonstration: { ja: '実証', en: 'Demonstration' },
  commercial: { ja: '製造・販売・事業化', en: 'Manufacturing, sales, business' },
} as const;
export type Stage = keyof typeof STAGES;
export const STAGE_IDS = Object.keys(STAGES) as Stage[];
