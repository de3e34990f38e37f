import { NEED_LABELS, type Need } from '../../../../shared/catalog/needs';
import { STAGES, domainOfTheme, type Stage, type Theme } from '../../../../shared/matching/vocabulary';
import type { MarketDomain } from '../../../../shared/catalog/market-domain';
import { applicantLabel } from '../../../../shared/vocabulary/applicant-types';
import { gloss } from '../../../../shared/vocabulary/glossary';
import { useI18n } from '../../i18n/i18n';
import { marketDomainLabel } from '../../components/program-display';
import type { MessageKey } from '../../i18n/messages-ja';

/** Names of the wizard's answers in the current language. Market domain names are catalog data. */
export function useAnswerLabels(domains: MarketDomain[] | undefined) {
  const { t, locale } = useI18n();
  const domainName = new Map(domains?.map((d) => [d.id, d.name]));
  const prefecture = (name: string) => gloss('prefecture', name, locale);
  const member = (m: { org: string | null; prefecture: string | null }, lead: boolean) => {
    const details = [m.prefecture && prefecture(m.prefecture), lead && t('wizard.answer.lead')].filter(
      Boolean,
    );
    const name = m.org ? applicantLabel(m.org, locale) : t('wizard.answer.none');
    return details.length
      ? t('wizard.answer.member', { name, details: details.join(locale === 'ja' ? '・' : ', ') })
      : name;
  };
  return {
    org: (org: string) => applicantLabel(org, locale),
    prefecture,
    member,
    /** "NPO法人（京都府）", or a team: "国立大学法人（新潟県・代表）、中小企業（新潟県）". */
    members: (members: { org: string | null; prefecture: string | null }[]) =>
      members.map((m, i) => member(m, members.length > 1 && i === 0)).join(locale === 'ja' ? '、' : '; '),
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
