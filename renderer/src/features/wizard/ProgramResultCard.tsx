import { Link } from 'react-router';
import type { Evidence, MemberFit, ProgramMatch } from '../../../../shared/matching/match-programs';
import type { Reason } from '../../../../shared/matching/reason-codes';
import { criterionLabel, reasonText, verdictLabel } from '../../../../shared/matching/reason-text';
import { formatFiscalYear } from '../../../../shared/format/dates';
import { ExternalLink } from '../../components/ExternalLink';
import { useI18n } from '../../i18n/i18n';
import { HeadlineBudget } from '../../components/HeadlineBudget';
import { glossList, statusLabel, telHref } from '../../components/program-display';
import { AddToShortlist } from '../shortlists/AddToShortlist';
import { savedReasons } from '../shortlists/saved-reasons';
import { useAnswerLabels } from './labels';

const VERDICT_MARK = { matched: '✓', unknown: '?', 'not-met': '✗' } as const;
const APPLY_MARK = { yes: '✓', maybe: '?', no: '✗' } as const;

/** The explanation: one line per criterion, each citing the numbered source quote it rests on. */
export function ReasonList({ reasons, evidence }: { reasons: Reason[]; evidence: Evidence[] }) {
  const { t, locale } = useI18n();
  const number = (quote: string | null) =>
    quote === null ? 0 : evidence.findIndex((e) => e.ids.includes(quote)) + 1;
  return (
    <ul className="reasons" aria-label={t('result.reasons')}>
      {reasons.map((reason, i) => (
        <li key={i} className={`reason reason-${reason.verdict}`}>
          <span className="verdict-mark" aria-hidden="true">
            {VERDICT_MARK[reason.verdict]}
          </span>
          <span className="criterion">
            {t('result.criterion', {
              criterion: criterionLabel(reason.criterion, locale),
              verdict: verdictLabel(reason.verdict, locale),
            })}
          </span>{' '}
          {reasonText(reason, locale)}
          {number(reason.quote) > 0 && (
            <span className="cite" aria-label={t('result.cite', { n: number(reason.quote) })}>
              {' '}
              [{number(reason.quote)}]
            </span>
          )}
        </li>
      ))}
    </ul>
  );
}

/** The source quotes behind the reasons, each once, shown on demand. */
export function EvidenceList({ evidence }: { evidence: Evidence[] }) {
  const { t } = useI18n();
  if (evidence.length === 0) return null;
  return (
    <details className="evidence">
      <summary>{t('result.evidence', { count: evidence.length })}</summary>
      <ol>
        {evidence.map((e) => (
          <li key={`${e.source.file}|${e.source.quote}`}>
            <q lang="ja">{e.source.quote}</q>{' '}
            <small className="evidence-where">
              {t('result.evidenceWhere', { file: e.source.file.slice(0, 3) })}{' '}
              <span lang="ja">「{e.source.section}」</span>
            </small>
          </li>
        ))}
      </ol>
    </details>
  );
}

/** For a team: who of its members could apply, member by member. */
export function MemberTable({ fits, caption }: { fits: MemberFit[]; caption: string }) {
  const { t, locale } = useI18n();
  const labels = useAnswerLabels(undefined);
  return (
    <table className="member-fits">
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{t('result.members.member')}</th>
          <th scope="col">{t('result.members.canApply')}</th>
          <th scope="col">{t('result.reasons')}</th>
        </tr>
      </thead>
      <tbody>
        {fits.map((fit) => (
          <tr key={fit.index} className={`can-apply-${fit.canApply}`}>
            <th scope="row">{labels.member(fit.member, fit.index === 0)}</th>
            <td>
              <span aria-hidden="true">{APPLY_MARK[fit.canApply]} </span>
              {t(`result.members.${fit.canApply}`)}
            </td>
            <td>
              {[fit.org, ...(fit.region && fit.region.verdict !== 'unknown' ? [fit.region] : [])]
                .map((r) => reasonText(r, locale))
                .join(locale === 'ja' ? '。' : '. ')}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export function ProgramResultCard({ match, team }: { match: ProgramMatch; team: boolean }) {
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
        {match.noNewCalls && program.newCalls && (
          <>
            {' '}
            <span className="badge badge-warn">
              {t('result.badge.noNewCalls', {
                year: formatFiscalYear(program.newCalls.fiscalYear.year, locale),
              })}
            </span>
          </>
        )}
      </p>
      {match.ended && (
        <p className="ended-when">
          {t(`result.ended.${match.ended.by}`, { year: formatFiscalYear(match.ended.fiscalYear, locale) })}
        </p>
      )}
      {match.heldBackBy.length > 0 && (
        <p className="held-back">
          {t('result.heldBack', {
            criteria: match.heldBackBy
              .map((c) => criterionLabel(c, locale))
              .join(locale === 'ja' ? '・' : ', '),
          })}
        </p>
      )}
      <ReasonList reasons={match.reasons} evidence={match.evidence} />
      {team && match.group !== 'ended' && (
        <MemberTable fits={match.members} caption={t('result.members', { name: program.name })} />
      )}
      <EvidenceList evidence={match.evidence} />
      <AddToShortlist program={program} reasons={savedReasons(match.reasons)} />
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
