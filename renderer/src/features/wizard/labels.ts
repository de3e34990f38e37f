import { NEED_LABELS, type Need } from '../../../../shared/catalog/needs';
import {
  ORG_TYPES,
  STAGES,
  domainOfTheme,
  type OrgType,
  type Stage,
  type Theme,
} from '../../../../shared/matching/vocabulary';
import type { MarketDomain } from '../../../../shared/catalog/market-domain';
import { useI18n } from '../../i18n/i18n';
import { marketDomainLabel } from '../../components/program-display';
import type { MessageKey } from '../../i18n/messages-ja';

/** Names of the wizard's answers in the current language. Market domain names are catalog data. */
export function useAnswerLabels(domains: MarketDomain[] | undefined) {
  const { t, locale } = useI18n();
  const domainName = new Map(domains?.map((d) => [d.id, d.name]));
  return {
    org: (org: OrgType) => ORG_TYPES[org][locale],
    need: (need: Need) => NEED_LABELS[need][locale],
    stage: (stage: Stage) => STAGES[stage][locale],
    theme: (theme: Theme) => {
      const domain = domainOfTheme(theme);
      return domain === null
        ? t(`theme.${theme}` as MessageKey)
        : marketDomainLabel(domain, domainName.get(domain), locale);
    },
  };
}
