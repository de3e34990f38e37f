import { circledDomain } from '../../../../shared/catalog/market-domain';
import { useEffect, useMemo, useRef } from 'react';
import { Link, useSearchParams } from 'react-router';
import {
  matchFrameworks,
  matchPrograms,
  type Group,
  type ProgramMatch,
} from '../../../../shared/matching/match-programs';
import { profileFromParams } from '../../../../shared/matching/profile';
import { reasonText } from '../../../../shared/matching/reason-text';
import { relatedCommunities } from '../../../../shared/matching/related-communities';
import { InPageLink } from '../../components/InPageLink';
import { useDocumentTitle } from '../../components/useDocumentTitle';
import { useMatchableCatalog } from '../../db/catalog-snapshot';
import { useI18n } from '../../i18n/i18n';
import { ContactList } from '../../components/ContactList';
import { AnswersSummary } from './AnswersSummary';
import { ProgramResultCard } from './ProgramResultCard';
import { SaveResultsAsList } from '../shortlists/SaveResultsAsList';
import { SaveProfileForm } from './SaveProfileForm';

const GROUPS: Group[] = ['eligible', 'check', 'notEligible'];

export function WizardResultPage() {
  const { t, locale } = useI18n();
  const [params] = useSearchParams();
  const search = params.toString();
  const profile = useMemo(() => profileFromParams(new URLSearchParams(search)), [search]);
  const catalog = useMatchableCatalog();
  const heading = useRef<HTMLHeadingElement>(null);
  useDocumentTitle(t('result.heading'));

  const result = useMemo(
    () =>
      profile && catalog
        ? {
            programs: matchPrograms(catalog, profile),
            frameworks: matchFrameworks(catalog, profile),
            communities: relatedCommunities(catalog, profile),
          }
        : null,
    [profile, catalog],
  );
  const ready = result !== null;
  // Focus the heading once the results are there (not while "loading…" shows), and on new answers.
  useEffect(() => {
    if (ready) heading.current?.focus();
  }, [search, ready]);

  if (!profile) {
    return (
      <section>
        <h1>{t('result.heading')}</h1>
        <p role="alert">{t('result.invalidProfile')}</p>
        <Link to="/wizard">{t('result.restart')}</Link>
      </section>
    );
  }
  if (!result) return <p aria-busy="true">{t('loading')}</p>;

  return (
    <section className="wizard-result" aria-labelledby="result-heading">
      <h1 id="result-heading" ref={heading} tabIndex={-1}>
        {t('result.heading')}
      </h1>
      <ul className="group-counts">
        {GROUPS.map((group) => (
          <li key={group}>
            <InPageLink target={`group-${group}`}>
              {t(`result.group.${group}`)} <strong>{result.programs[group].length}</strong>
            </InPageLink>
          </li>
        ))}
      </ul>
      <section aria-labelledby="answers-heading" className="result-answers">
        <h2 id="answers-heading">{t('result.answers')}</h2>
        <AnswersSummary draft={profile} />
        <div className="result-actions">
          <SaveProfileForm profile={profile} />
          <SaveResultsAsList org={profile.org} matches={result.programs.eligible} />
        </div>
      </section>

      {GROUPS.map((group) => (
        <ResultGroup key={group} group={group} matches={result.programs[group]} />
      ))}

      {result.frameworks.length > 0 && (
        <section aria-labelledby="frameworks-heading">
          <h2 id="frameworks-heading">{t('result.frameworks')}</h2>
          <ul className="result-list">
            {result.frameworks.map(({ framework, reason }) => (
              <li key={framework.id} className="result-card">
                <h3>
                  <Link to={`/frameworks/${framework.id}`}>{framework.name}</Link>
                </h3>
                <p>{reasonText(reason, locale)}</p>
              </li>
            ))}
          </ul>
        </section>
      )}

      <section aria-labelledby="communities-heading">
        <h2 id="communities-heading">{t('result.communities')}</h2>
        <p className="help">{t('result.communitiesHelp')}</p>
        {result.communities.length === 0 ? (
          <p>{t('result.noCommunities')}</p>
        ) : (
          <ul className="card-list">
            {result.communities.map(({ community, links, sharedDomains }) => (
              <li key={community.id} className="card" data-community-id={community.id}>
                <h3>
                  <Link to={`/communities/${community.id}`}>{community.name}</Link>
                </h3>
                <p className="card-meta">
                  {links
                    .map((link) =>
                      link === 'shared-domains'
                        ? `${t('result.link.shared-domains')} ${sharedDomains.map(circledDomain).join('')}`
                        : t(`result.link.${link}`),
                    )
                    .join(' · ')}
                </p>
                {community.networkInstitution && (
                  <p>
                    {t('community.networkInstitution')}: {community.networkInstitution}
                  </p>
                )}
                <ContactList contacts={community.contacts} />
              </li>
            ))}
          </ul>
        )}
      </section>
    </section>
  );
}

function ResultList({ matches }: { matches: ProgramMatch[] }) {
  return (
    <ol className="result-list">
      {matches.map((match) => (
        <ProgramResultCard key={match.program.id} match={match} />
      ))}
    </ol>
  );
}

/** Historical programs and ones the documents only mention: kept, but folded away under 要確認. */
const isBackground = (m: ProgramMatch) =>
  m.program.status.value === 'historical' || m.program.status.value === 'unknown';

function ResultGroup({ group, matches }: { group: Group; matches: ProgramMatch[] }) {
  const { t } = useI18n();
  const current = group === 'check' ? matches.filter((m) => !isBackground(m)) : matches;
  const background = group === 'check' ? matches.filter(isBackground) : [];
  const body =
    matches.length === 0 ? (
      <p>{t('result.none')}</p>
    ) : (
      <>
        {current.length > 0 && <ResultList matches={current} />}
        {background.length > 0 && (
          <details className="background-programs">
            <summary>{t('result.background', { count: background.length })}</summary>
            <ResultList matches={background} />
          </details>
        )}
      </>
    );
  const title = t('result.groupHeading', { group: t(`result.group.${group}`), count: matches.length });
  return (
    <section className={`result-group group-${group}`} aria-labelledby={`group-${group}`}>
      <h2 id={`group-${group}`} tabIndex={-1}>
        {title}
      </h2>
      <p className="help">{t(`result.group.${group}Help`)}</p>
      {group === 'notEligible' ? (
        <details>
          <summary>{t('result.showAll', { count: matches.length })}</summary>
          {body}
        </details>
      ) : (
        body
      )}
    </section>
  );
}
