import type { Program } from '../../../shared/catalog/program';
import { useI18n } from '../i18n/i18n';
import { HeadlineBudget } from './HeadlineBudget';
import { glossList } from './program-display';

/**
 * "経済産業省 · 2億5,091万円 令和4年度", the start of a program's line on a card. Where a
 * document names no ministry or budget the line says which one is 要確認: two bare 要確認 in a
 * row did not say which was which.
 */
export function MinistryAndBudget({ program }: { program: Program }) {
  const { t, locale } = useI18n();
  return (
    <>
      {program.ministries.length
        ? glossList('ministry', program.ministries, locale, { short: true })
        : t('value.unknownOf', { what: t('detail.ministries') })}
      {' · '}
      <HeadlineBudget program={program} labelled />
    </>
  );
}
