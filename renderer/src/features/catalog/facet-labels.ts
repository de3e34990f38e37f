import { circledDomain } from '../../../../shared/catalog/market-domain';
import type { Facet } from '../../../../shared/search/facets';
import { applicantLabel } from '../../../../shared/vocabulary/applicant-types';
import type { MarketDomain } from '../../../../shared/catalog/market-domain';
import type { Locale, Translate } from '../../i18n/i18n';
import type { MessageKey } from '../../i18n/messages-ja';

/** How a facet value reads in the UI: applicant ids and statuses translated, domains named. */
export function facetValueLabel(
  facet: Facet,
  value: string,
  t: Translate,
  domains: Map<number, MarketDomain>,
  locale: Locale,
): string {
  if (value === '(要確認)') return t('facet.unknown');
  if (value === '(記載なし)') return t('facet.notStated');
  switch (facet) {
    case 'applicant':
      return applicantLabel(value, locale);
    case 'status':
      return t(`facet.status.${value}` as MessageKey);
    case 'budget':
      return t(`facet.budget.${value}` as MessageKey);
    case 'domain':
      return `${circledDomain(Number(value))} ${domains.get(Number(value))?.name ?? ''}`.trim();
    default:
      return value;
  }
}
