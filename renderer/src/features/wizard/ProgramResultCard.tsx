import { Link } from 'react-router';
import type { ProgramMatch } from '../../../../shared/matching/match-programs';
import { criterionLabel, reasonText, verdictLabel } from '../../../../shared/matching/reason-text';
import { ExternalLink } from '../../components/ExternalLink';
import { useI18n } from '../../i18n/i18n';
import { HeadlineBudget } from '../../components/HeadlineBudget';
import { glossList, statusLabel, telHref } from '../../components/program-display';
import { AddToShortlist } from '../shortlists/AddToShortlist';
import { WithQuotes } from '../../components/Printed';
import { savedReasons } from '../shortlists/saved-reasons';

const VERDICT_MARK = { matched: '✓', unknown: '?', 'not-met': '✗' } as const;

export function ProgramResultCard({ match }: { match: ProgramMatch }) {
  const { t, locale } = useI18n();
  const { program } = match;
  const contact = program.contacts[0];
  return (
    <li className="result-card" data-program-id={program.id}>
      <h3>
        <Link to={`/programs/${program.id}`} lang="ja">
          {program.name}
        </Link>
      </h3>
      <p className="card-meta">
        {program.ministries.length
          ? glossList('ministry', program.ministries, locale, { short: true })
          : t('value.unknown')}
        {' · '}
        <HeadlineBudget program={program} />
        {' · '}
        <span className={`status status-${program.status.value}`}>{statusLabel(program, t, locale)}</span>
      </p>
      <AddToShortlist program={program} reasons={savedReasons(match.reasons)} />
      {match.movedByOpenOnly && <p className="moved">{t('result.movedByOpenOnly')}</p>}
      <ul className="reasons" aria-label={t('result.reasons')}>
        {match.reasons.map((reason) => (
          <li key={reason.criterion} className={`reason reason-${reason.verdict}`}>
            <span className="verdict-mark" aria-hidden="true">
              {VERDICT_MARK[reason.verdict]}
            </span>
            <span className="criterion">
              {t('result.criterion', {
                criterion: criterionLabel(reason.criterion, locale),
                verdict: verdictLabel(reason.verdict, locale),
              })}
            </span>{' '}
            <WithQuotes text={reasonText(reason, locale)} />
            {reason.quote && (
              <q className="reason-quote" lang="ja">
                {reason.quote.quote}
              </q>
            )}
          </li>
        ))}
      </ul>
      {contact && (
        <p className="result-contact">
          {t('result.contact')}: {program.department && <span lang="ja">{program.department} </span>}
          {contact.tel && <ExternalLink href={telHref(contact.tel)}>{contact.tel}</ExternalLink>}
          {contact.extension && ` ${t('detail.contact.extension', { extension: contact.extension })}`}
          {contact.mail && (
            <>
              {' '}
              <ExternalLink href={`mailto:${contact.mail}`}>{contact.mail}</ExternalLink>
            </>
          )}
        </p>
      )}
    </li>
  );
}
