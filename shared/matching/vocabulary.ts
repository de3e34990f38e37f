import type { ApplicantType } from '../catalog/applicants';
import { CATEGORIES } from '../catalog/program';

/**
 * Organisation types in plain words, and how each maps onto the catalog's applicant taxonomy.
 * `is`: a program open to any of these is open to this organisation.
 * `mayBe`: the organisation may fall under these (a hospital may be a university's or a company's),
 * so a program open only to them is 要確認 for it, never 対象外.
 */
export const ORG_TYPES = {
  university: {
    ja: '大学・高専・研究機関',
    en: 'University, college or research institute',
    is: ['university'],
    mayBe: [],
  },
  company: { ja: '企業', en: 'Company', is: ['private'], mayBe: [] },
  startup: {
    ja: 'スタートアップ・ベンチャー',
    en: 'Startup or venture',
    is: ['startup', 'private'],
    mayBe: [],
  },
  'medical-venture': {
    ja: '医療系ベンチャー',
    en: 'Medical venture',
    is: ['medical-venture', 'startup', 'private'],
    mayBe: [],
  },
  municipality: { ja: '自治体', en: 'Local government', is: ['municipality'], mayBe: [] },
  hospital: { ja: '病院', en: 'Hospital', is: ['hospital'], mayBe: ['university', 'private'] },
  'primary-producer': {
    ja: '農林漁業者',
    en: 'Farmer, forester or fisher',
    is: ['primary-producer'],
    mayBe: ['private'],
  },
} as const satisfies Record<string, { ja: string; en: string; is: ApplicantType[]; mayBe: ApplicantType[] }>;

export type OrgType = keyof typeof ORG_TYPES;
export const ORG_TYPE_IDS = Object.keys(ORG_TYPES) as OrgType[];

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
