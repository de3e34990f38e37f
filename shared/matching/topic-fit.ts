import type { Program } from '../catalog/program';
import type { Profile } from './profile';
import { reason, type Reason } from './reason-codes';
import { CATEGORY_THEMES, domainOfTheme, type CategoryTheme } from './vocabulary';

const themeOfCategory = (category: string) =>
  (Object.keys(CATEGORY_THEMES) as CategoryTheme[]).find((t) => CATEGORY_THEMES[t] === category)!;

/** The themes asked for against the program's market domains and category. */
export function themeReason(
  program: Program,
  profile: Profile,
  domainCategory: Map<number, string>,
): Reason | null {
  if (profile.themes.length === 0) return null;
  const wantedDomains = profile.themes.map(domainOfTheme).filter((d): d is number => d !== null);
  const wantedCategories = new Set<string>([
    ...profile.themes.filter((t): t is CategoryTheme => t in CATEGORY_THEMES).map((t) => CATEGORY_THEMES[t]),
    ...wantedDomains.map((d) => domainCategory.get(d)).filter((c): c is string => Boolean(c)),
  ]);
  const shared = program.marketDomains.filter((d) => wantedDomains.includes(d));
  if (shared.length) return reason('theme-domain', { domains: shared });
  const category = program.category;
  if (!category) return reason('theme-unknown', {});
  if (category.value === '市場領域横断') return reason('theme-cross', {});
  const theme = themeOfCategory(category.value);
  if (wantedCategories.has(category.value)) {
    return reason(category.basis === 'stated' ? 'theme-category' : 'theme-category-inferred', {
      category: theme,
    });
  }
  return reason('theme-other', { category: theme });
}

/** The support asked for against what the program's sources say it supports. */
export function needReason(program: Program, profile: Profile): Reason | null {
  if (profile.needs.length === 0) return null;
  if (program.supports.length === 0) return reason('need-unknown', {});
  const rows = program.supports.map((s, i) => ({ need: s.need, quote: `supports.${i}` }));
  const needs = (list: typeof rows) => [...new Set(list.map((s) => s.need))] as [Need, ...Need[]];
  const hits = rows.filter((s) => profile.needs.includes(s.need));
  if (hits.length) return reason('need-match', { needs: needs(hits) }, hits[0]!.quote);
  return reason('need-other', { needs: needs(rows) }, rows[0]!.quote);
}
type Need = Program['supports'][number]['need'];
