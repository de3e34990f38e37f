import { Link } from 'react-router';
import type { Evidence, MemberFit, ProgramMatch } from '../../../../shared/matching/match-programs';
import { isRelevance, type Reason } from '../../../../shared/matching/reason-codes';
import {
  APPLY_MARK,
  criterionLabel,
  reasonHeading,
  reasonText,
  verdictMark,
} from '../../../../shared/matching/reason-text';
import { formatFiscalYear } from '../../../../shared/format/dates';
import { ExternalLink } from '../../components/ExternalLink';
import { useI18n } from '../../i18n/i18n';
import { MinistryAndBudget } from '../../components/MinistryAndBudget';
import { statusLabel, telHref } from '../../components/program-display';
import { AddToShortlist } from '../shortlists/AddToShortlist';
import { wizardVerdict } from '../shortlists/saved-reasons';
import { useAnswerLabels } from './labels';

/**
 * The explanation, one line per criterion, each citing the numbered source quote it rests on:
 * first whether the applicant may apply, then, apart, how the program fits the interests given
 * (relevance ranks programs but never decides their group, so it is never worded as a verdict).
 */
export function ReasonList({ reasons, evidence }: { reasons: Reason[]; evidence: Evidence[] }) {
  const { t } = useI18n();
  const relevance = reasons.filter((r) => isRelevance(r.criterion));
  return (
    <>
      <ReasonLines
        label={t('result.reasons')}
        reasons={reasons.filter((r) => !isRelevance(r.criterion))}
        evidence={evidence}
      />
      {relevance.length > 0 && (
        <div className="relevance">
          <p className="relevance-heading">{t('result.relevance')}</p>
          <ReasonLines label={t('result.relevance')} reasons={relevance} evidence={evidence} />
        </div>
      )}
    </>
  );
}

function ReasonLines({
  label,
  reasons,
  evidence,
}: {
  label: string;
  reasons: Reason[];
  evidence: Evidence[];
}) {
  const { t, locale } = useI18n();
  const number = (quote: string | null) =>
    quote === null ? 0 : evidence.findIndex((e) => e.ids.includes(quote)) + 1;
  return (
    <ul className="reasons" aria-label={label}>
      {reasons.map((reason, i) => (
        <li
          key={i}
          className={`reason ${isRelevance(reason.criterion) ? 'relevance' : 'reason'}-${reason.verdict}`}
        >
          <span className="verdict-mark" aria-hidden="true">
            {verdictMark(reason)}
          </span>
          <span className="criterion">{reasonHeading(reason, locale)}:</span> {reasonText(reason, locale)}
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

/** For a team: who of its members could apply, member by member, under the record's (Japanese) name. */
export function MemberTable({ fits, name }: { fits: MemberFit[]; name: string }) {
  const { t, locale } = useI18n();
  const labels = useAnswerLabels(undefined);
  return (
    <table className="member-fits">
      <caption>
        <span lang="ja">{name}</span>
        {t('result.members')}
      </caption>
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
              {/* The region is named whenever it counts: it may be what makes a member 要確認. */}
              {[fit.org, ...(fit.region && fit.region.verdict !== 'info' ? [fit.region] : [])]
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
  const { t, tn, formatList, locale } = useI18n();
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
        <MinistryAndBudget program={program} />
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
          {tn('result.heldBack', match.heldBackBy.length, {
            criteria: formatList(match.heldBackBy.map((c) => criterionLabel(c, locale))),
          })}
        </p>
      )}
      <ReasonList reasons={match.reasons} evidence={match.evidence} />
      {team && match.group !== 'ended' && <MemberTable fits={match.members} name={program.name} />}
      <EvidenceList evidence={match.evidence} />
      <AddToShortlist program={program} wizard={wizardVerdict(match)} />
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
