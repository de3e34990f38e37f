import type { Facet } from '../../../../shared/search/facets';
import { applicantLabel } from '../../../../shared/vocabulary/applicant-types';
import type { MarketDomain } from '../../../../shared/catalog/market-domain';
import { formatFiscalYear } from '../../../../shared/format/dates';
import { gloss, glossShort } from '../../../../shared/vocabulary/glossary';
import { marketDomainLabel } from '../../components/program-display';
import type { Locale, Translate } from '../../i18n/i18n';
import type { MessageKey } from '../../i18n/messages-ja';

/** How a facet value reads in the UI: ids and statuses translated, catalog labels glossed, domains named. */
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
    case 'newCalls':
      return t(`facet.newCalls.${value === '有' ? 'yes' : 'no'}`);
    case 'fiscalYear':
      return formatFiscalYear(Number(value), locale);
    case 'domain':
      return marketDomainLabel(Number(value), domains.get(Number(value))?.name, locale);
    case 'ministry':
      return glossShort('ministry', value, locale);
    case 'instrument':
    case 'category':
      return gloss(facet, value, locale);
    default:
      return value;
  }
}
