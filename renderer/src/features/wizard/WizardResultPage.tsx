import { useEffect, useMemo, useRef } from 'react';
import { Link, useSearchParams } from 'react-router';
import { circledDomain } from '../../../../shared/catalog/market-domain';
import { formatFiscalYear, todayIso } from '../../../../shared/format/dates';
import {
  GROUPS,
  matchFrameworks,
  matchPrograms,
  type Group,
  type ProgramMatch,
} from '../../../../shared/matching/match-programs';
import {
  isTeam,
  leadOf,
  profileToParams,
  readProfileParams,
  type DroppedAnswer,
  type Profile,
} from '../../../../shared/matching/profile';
import { relatedCommunities } from '../../../../shared/matching/related-communities';
import { InPageLink } from '../../components/InPageLink';
import { useDocumentTitle } from '../../components/useDocumentTitle';
import { useMatchableCatalog } from '../../db/catalog-snapshot';
import { useSavedProfiles } from '../../db/profiles-repository';
import { useI18n } from '../../i18n/i18n';
import { ContactList } from '../../components/ContactList';
import { AnswersSummary } from './AnswersSummary';
import { draftFromProfile, draftToParams, type Step } from './draft';
import { DroppedAnswers } from './DroppedAnswers';
import { useAnswerLabels } from './labels';
import { FrameworkResults } from './FrameworkResults';
import { ProgramResultCard } from './ProgramResultCard';
import { SaveResultsAsList } from '../shortlists/SaveResultsAsList';
import { SaveProfileForm } from './SaveProfileForm';

const sameAnswers = (a: Profile, b: Profile) => JSON.stringify(a) === JSON.stringify(b);

/** Who the result is for: the saved profile's name when opened from one, and always the organisation or team. */
function useResultSubject(profile: Profile | null, savedId: string | null) {
  const saved = useSavedProfiles();
  const labels = useAnswerLabels(undefined);
  if (!profile) return { name: null, who: '' };
  const match = saved?.find((s) => s.id === savedId && sameAnswers(s.profile, profile));
  return { name: match?.name ?? null, who: labels.members(profile.members) };
}

export function WizardResultPage() {
  const { t, tn, formatList, locale } = useI18n();
  const [params] = useSearchParams();
  const search = params.toString();
  const { profile, dropped } = useMemo(() => readProfileParams(new URLSearchParams(search)), [search]);
  const catalog = useMatchableCatalog();
  const heading = useRef<HTMLHeadingElement>(null);
  const subject = useResultSubject(profile, params.get('saved'));
  const team = profile !== null && isTeam(profile);
  useDocumentTitle(
    subject.who ? `${t('result.heading')} – ${subject.name ?? subject.who}` : t('result.heading'),
  );

  const result = useMemo(
    () =>
      profile && catalog
        ? {
            programs: matchPrograms(catalog, profile, { today: todayIso() }),
            frameworks: matchFrameworks(catalog, profile),
            communities: relatedCommunities(catalog, profile),
          }
        : null,
    [profile, catalog],
  );
  const ready = result !== null;
  // Focus the heading once the results are there (not while "loading…" shows) and on new answers;
  // saving the profile only adds its id to the URL, which is not new answers, so focus stays put.
  const answers = profile ? profileToParams(profile).toString() : search;
  useEffect(() => {
    if (ready) heading.current?.focus();
  }, [answers, ready]);

  if (!profile) {
    // The link's other answers are kept: the wizard opens with them and asks for what is missing.
    const readable = dropped.length > 0 || new URLSearchParams(search).size > 0;
    return (
      <section>
        <h1>{t('result.heading')}</h1>
        <p role="alert">{t('result.invalidProfile')}</p>
        <DroppedAnswers dropped={dropped} />
        <p className="result-actions">
          {readable && <Link to={{ pathname: '/wizard', search }}>{t('result.continue')}</Link>}{' '}
          <Link to="/wizard">{t('result.restart')}</Link>
        </p>
      </section>
    );
  }
  if (!result) return <p aria-busy="true">{t('loading')}</p>;
  const draft = draftFromProfile(profile);
  const hidden = result.programs.hidden.length;

  return (
    <section className="wizard-result" aria-labelledby="result-heading">
      <h1 id="result-heading" ref={heading} tabIndex={-1}>
        {t('result.heading')}
      </h1>
      <p className="result-for">
        {subject.name && <strong>{t('result.savedAs', { name: subject.name })} </strong>}
        {t(team ? 'result.forTeam' : 'result.forOrg', { who: subject.who })}
      </p>
      <DroppedAnswers dropped={dropped}>
        <Link
          to={{
            pathname: '/wizard',
            search: draftToParams(draftFromProfile(profile), stepOf(dropped[0], team), 'result').toString(),
          }}
        >
          {t('result.fixAnswers')}
        </Link>
      </DroppedAnswers>
      <ul className="group-counts" aria-label={t('result.counts')}>
        {GROUPS.map((group) => (
          <li key={group}>
            <InPageLink target={`group-${group}`}>
              {t(`result.group.${group}`)} <strong>{result.programs[group].length}</strong>
            </InPageLink>
          </li>
        ))}
      </ul>
      {result.programs.callsAsOf.length > 0 && (
        <p className="calls-as-of">
          {t('result.callsAsOf', {
            years: formatList(result.programs.callsAsOf.map((year) => formatFiscalYear(year, locale))),
          })}
          {profile.openOnly && ` ${t('result.callsAsOfOpenOnly')}`}
        </p>
      )}
      {hidden > 0 && (
        <p className="hidden-count">
          {tn('result.hidden', hidden)}{' '}
          <Link
            to={{
              pathname: '/wizard/result',
              search: draftToParams({ ...draft, openOnly: false }).toString(),
            }}
          >
            {t('result.showHidden')}
          </Link>
        </p>
      )}
      <section aria-labelledby="answers-heading" className="result-answers">
        <h2 id="answers-heading">{t('result.answers')}</h2>
        <AnswersSummary draft={draft} returnTo="result" />
        <div className="result-actions">
          <SaveProfileForm profile={profile} />
          <SaveResultsAsList subject={subject.name ?? subject.who} matches={result.programs.eligible} />
        </div>
      </section>

      {GROUPS.map((group) => (
        <ResultGroup key={group} group={group} matches={result.programs[group]} team={team} />
      ))}

      <FrameworkResults matches={result.frameworks} team={team} />

      <section aria-labelledby="communities-heading">
        <h2 id="communities-heading">{t('result.communities')}</h2>
        <p className="help">{t('result.communitiesHelp')}</p>
        <p>
          <Link to={communityMapLink(leadOf(profile).prefecture)}>{t('map.open')}</Link>
        </p>
        {result.communities.length === 0 ? (
          <p>{t('result.noCommunities')}</p>
        ) : (
          <ul className="card-list">
            {result.communities.map(({ community, links, sharedDomains }) => (
              <li key={community.id} className="card" data-community-id={community.id}>
                <h3>
                  <Link to={`/communities/${community.id}`} lang="ja">
                    {community.name}
                  </Link>
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
                    {t('community.networkInstitution')}: <span lang="ja">{community.networkInstitution}</span>
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

/** The wizard step that asks for a value a link held. */
function stepOf(dropped: DroppedAnswer | undefined, team: boolean): Step {
  switch (dropped?.field) {
    case 'pref':
      return team ? 'org' : 'region';
    case 'theme':
      return 'themes';
    case 'need':
    case 'stage':
      return 'needs';
    case 'open':
      return 'conditions';
    default:
      return 'org';
  }
}

/** The map with the answered prefecture marked as the user's and opened. */
function communityMapLink(prefecture: string | null): string {
  if (!prefecture) return '/communities/map';
  return `/communities/map?${new URLSearchParams({ home: prefecture, pref: prefecture }).toString()}`;
}

function ResultList({ matches, team }: { matches: ProgramMatch[]; team: boolean }) {
  return (
    <ol className="result-list">
      {matches.map((match) => (
        <ProgramResultCard key={match.program.id} match={match} team={team} />
      ))}
    </ol>
  );
}

/**
 * Programs the documents only mention, without saying whether they run now (科研費, A-STEP ...):
 * kept, but folded away under 要確認. Past programs are never among them: they are 終了.
 */
const isBackground = (m: ProgramMatch) => m.program.status.value === 'unknown';

function ResultGroup({ group, matches, team }: { group: Group; matches: ProgramMatch[]; team: boolean }) {
  const { t, tn } = useI18n();
  const current = group === 'check' ? matches.filter((m) => !isBackground(m)) : matches;
  const background = group === 'check' ? matches.filter(isBackground) : [];
  const body =
    matches.length === 0 ? (
      <p>{t('result.none')}</p>
    ) : (
      <>
        {current.length > 0 && <ResultList matches={current} team={team} />}
        {background.length > 0 && (
          <details className="background-programs">
            <summary>{t('result.background', { count: background.length })}</summary>
            <ResultList matches={background} team={team} />
          </details>
        )}
      </>
    );
  const title = t('result.groupHeading', { group: t(`result.group.${group}`), count: matches.length });
  const folded = group === 'notEligible' || group === 'ended';
  return (
    <section className={`result-group group-${group}`} aria-labelledby={`group-${group}`}>
      <h2 id={`group-${group}`} tabIndex={-1}>
        {title}
      </h2>
      <p className="help">{t(`result.group.${group}Help`)}</p>
      {folded && matches.length > 0 ? (
        <details>
          <summary>{tn('result.showAll', matches.length)}</summary>
          {body}
        </details>
      ) : (
        body
      )}
    </section>
  );
}
