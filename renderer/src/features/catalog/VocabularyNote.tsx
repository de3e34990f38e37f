import type { QueryTerm } from '../../../../shared/search/query';
import { MixedText } from '../../components/MixedText';
import { useI18n } from '../../i18n/i18n';

/**
 * What the vocabulary read the query as (けいさんしょう → 経済産業省, biomass → バイオマス), with
 * where each reading comes from, and the near words also searched, so a user sees why records
 * without their word were found.
 */
export function VocabularyNote({ terms }: { terms: QueryTerm[] }) {
  const { t, formatList, locale } = useI18n();
  const matches = terms.flatMap((term) => (term.negated ? [] : term.vocabulary));
  // A policy term's near words find records too (バイオものづくり → 微生物機能 …): say so.
  const near = terms.filter((term) => !term.negated && term.nearWords.length > 0);
  if (matches.length === 0 && near.length === 0) return null;
  return (
    <div className="vocabulary-note">
      <span className="vocabulary-heading">{t('search.vocabulary.heading')}:</span>
      <ul>
        {matches.map((match) => (
          <li key={`${match.typed}-${match.ja}`}>
            {match.typed} → <strong lang="ja">{match.ja}</strong>
            {match.en && match.en.toLowerCase() !== match.typed.toLowerCase() && (
              <span lang="en"> ({match.en})</span>
            )}{' '}
            <small>
              {t(`search.vocabulary.via.${match.via}`)} ·{' '}
              {t(match.from === 'general' ? 'search.vocabulary.from.general' : 'search.vocabulary.from.seed')}
              {match.linked ? ` · ${t('search.vocabulary.linked', { count: match.linked })}` : ''}
            </small>
          </li>
        ))}
        {near.map((term) => (
          <li key={`near-${term.raw}`}>
            <MixedText
              text={`${term.raw}: ${t('search.vocabulary.near', { words: formatList(term.nearWords) })}`}
              locale={locale}
            />
          </li>
        ))}
      </ul>
    </div>
  );
}
