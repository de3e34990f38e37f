import { useEffect, useMemo, useRef, useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { formatFiscalYear } from '../../../../shared/format/dates';
import { GROUPS, type Group, type ProgramMatch } from '../../../../shared/matching/match-programs';
import {
  isTeam,
  leadOf,
  profileToParams,
  readProfileParams,
  type DroppedAnswer,
  type Profile,
} from '../../../../shared/matching/profile';
import { useDrawnInSteps } from '../../components/useDrawnInSteps';
import { InPageLink } from '../../components/InPageLink';
import { useDocumentTitle } from '../../components/useDocumentTitle';
import { useSavedProfiles } from '../../db/profiles-repository';
import { useI18n } from '../../i18n/i18n';
import { AnswersSummary } from './AnswersSummary';
import { draftFromProfile, draftToParams, type Step } from './draft';
import { DroppedAnswers } from './DroppedAnswers';
import { useAnswerLabels } from './labels';
import { FrameworkResults } from './FrameworkResults';
import { ProgramResultCard } from './ProgramResultCard';
import { ResultCommunities } from './ResultCommunities';
import { SaveResultsAsList } from '../shortlists/SaveResultsAsList';
import { SaveProfileForm } from './SaveProfileForm';
import { SECTIONS, type Section } from './match-protocol';
import { ResultMemoryContext, useRememberedResult, useResultMemory } from './result-memory';
import { useWizardResult, type WizardResult } from './useWizardResult';

/** The User Timing mark set when a result is drawn: bench:wizard-ui measures up to it. */
export const WIZARD_RESULT_MARK = 'wizard-result-shown';

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
  const heading = useRef<HTMLHeadingElement>(null);
  const subject = useResultSubject(profile, params.get('saved'));
  const team = profile !== null && isTeam(profile);
  useDocumentTitle(
    subject.who ? `${t('result.heading')} – ${subject.name ?? subject.who}` : t('result.heading'),
  );

  const page = useRef<HTMLElement>(null);
  const { remembered, noteShown, noteFold, returnFocus } = useResultMemory(page);
  const memory = useMemo(() => ({ remembered, noteFold, returnFocus }), [remembered, noteFold, returnFocus]);
  // Worked out in the matching worker: at 100,000 programs the engine takes seconds.
  const { result, error, more, eligibleForList } = useWizardResult(profile, remembered?.shown);
  const ready = result !== null;
  // Focus the heading once the results are there (not while "loading…" shows) and on new answers;
  // saving the profile only adds its id to the URL, which is not new answers, so focus stays put.
  const answers = profile ? profileToParams(profile).toString() : search;
  useEffect(() => {
    if (ready) heading.current?.focus();
  }, [answers, ready]);
  useEffect(() => {
    if (result) performance.mark(WIZARD_RESULT_MARK, { detail: result.id });
  }, [result]);
  useEffect(() => {
    if (result) for (const section of SECTIONS) noteShown(section, result.shown[section].length);
  }, [result, noteShown]);

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
  if (error) return <p role="alert">{t('result.failed', { message: error })}</p>;
  if (!result) return <p aria-busy="true">{t('loading')}</p>;
  const draft = draftFromProfile(profile);
  const hidden = result.hidden;

  return (
    <ResultMemoryContext value={memory}>
      <section className="wizard-result" aria-labelledby="result-heading" ref={page}>
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
        <p className="print-only">{t('result.printedPart')}</p>
        <ul className="group-counts" aria-label={t('result.counts')}>
          {GROUPS.map((group) => (
            <li key={group}>
              <InPageLink target={`group-${group}`}>
                {t(`result.group.${group}`)} <strong>{groupTotal(result, group)}</strong>
              </InPageLink>
            </li>
          ))}
        </ul>
        {result.callsAsOf.length > 0 && (
          <p className="calls-as-of">
            {t('result.callsAsOf', {
              years: formatList(result.callsAsOf.map((year) => formatFiscalYear(year, locale))),
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
          <div className="result-actions no-print">
            <SaveProfileForm profile={profile} />
            <SaveResultsAsList
              subject={subject.name ?? subject.who}
              count={result.sections.eligible.total}
              load={eligibleForList}
            />
          </div>
        </section>

        {GROUPS.map((group) => (
          // Keyed by the result: new answers draw their cards a few at a time again.
          <ResultGroup key={`${group}-${result.id}`} group={group} result={result} more={more} team={team} />
        ))}

        {/* Keyed by the result: new answers draw them a task later again. */}
        <DrawnNextTask key={result.id} page={page}>
          <FrameworkResults matches={result.frameworks} team={team} />

          <ResultCommunities matches={result.communities} prefecture={leadOf(profile).prefecture} />
        </DrawnNextTask>
      </section>
    </ResultMemoryContext>
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

/** A group's size: 要確認 counts the programs the documents only mention too. */
const groupTotal = (result: WizardResult, group: Group) =>
  group === 'check'
    ? result.sections.check.total + result.sections.background.total
    : result.sections[group].total;

/** Cards laid out per task: a card (reasons, quotes, contacts) is long. */
const CARDS_PER_STEP = 3;

/** A section's cards drawn so far, and a button for the next page while there are more. */
function ResultList({
  section,
  result,
  more,
  team,
}: {
  section: Section;
  result: WizardResult;
  more: (section: Section) => void;
  team: boolean;
}) {
  const { t } = useI18n();
  const shown: ProgramMatch[] = result.shown[section];
  const left = result.sections[section].total - shown.length;
  // The first cards too come a task after the page: the result's first layout (at 100,000
  // programs, a heading, counts, answers and every group's first cards) went past a frame.
  const drawn = useDrawnInSteps(shown.length, CARDS_PER_STEP, 0);
  // After "show more" the focus goes to the first new card's name: the button may be gone, and
  // a keyboard user should meet the cards they asked for next, not the end of the page.
  const list = useRef<HTMLOListElement>(null);
  const focusFrom = useRef<number | null>(null);
  useEffect(() => {
    const first = focusFrom.current;
    if (first === null || drawn <= first) return;
    list.current?.children[first]?.querySelector<HTMLElement>('h3 a')?.focus();
    focusFrom.current = null;
  }, [drawn]);
  // Coming back: the card whose program was opened gets the focus once it is drawn.
  const { returnFocus } = useRememberedResult();
  useEffect(() => {
    returnFocus('program', (id) => {
      const index = shown.findIndex((m) => m.program.id === id);
      if (index < 0 || drawn <= index) return null;
      return list.current?.children[index]?.querySelector<HTMLElement>('h3 a') ?? null;
    });
  }, [drawn, shown, returnFocus]);
  return (
    <>
      <ol className="result-list" aria-busy={drawn < shown.length} ref={list}>
        {shown.slice(0, drawn).map((match) => (
          <ProgramResultCard key={match.program.id} match={match} team={team} />
        ))}
      </ol>
      {left > 0 && (
        <button
          type="button"
          className="more-results no-print"
          onClick={() => {
            focusFrom.current = shown.length;
            more(section);
          }}
        >
          {t('result.more', { count: left })}
        </button>
      )}
    </>
  );
}

/**
 * Drawn a task after the rest of the page: the schemes and communities below the groups are not
 * in the first layout of a result, which at 100,000 programs went past a frame with them.
 */
function DrawnNextTask({
  page,
  children,
}: {
  page: React.RefObject<HTMLElement | null>;
  children: React.ReactNode;
}) {
  const drawn = useDrawnInSteps(1, 1, 0) > 0;
  // Coming back from a scheme or community opened from its card: that card gets the focus.
  const { returnFocus } = useRememberedResult();
  useEffect(() => {
    if (!drawn) return;
    for (const kind of ['framework', 'community'] as const)
      returnFocus(
        kind,
        (id) =>
          page.current?.querySelector<HTMLElement>(`[data-${kind}-id="${CSS.escape(id)}"] h3 a`) ?? null,
      );
  }, [drawn, page, returnFocus]);
  return drawn ? children : null;
}

/** Folded content is drawn only once opened: a group can hold tens of thousands of programs. */
function Folded({
  name,
  summary,
  className,
  children,
}: {
  /** Which fold, for Back to find it open again. */
  name: string;
  summary: string;
  className?: string;
  children: React.ReactNode;
}) {
  const { remembered, noteFold } = useRememberedResult();
  const [open, setOpen] = useState(() => remembered?.folds.includes(name) ?? false);
  return (
    <details
      className={className}
      open={open}
      onToggle={(event) => {
        setOpen(event.currentTarget.open);
        noteFold(name, event.currentTarget.open);
      }}
    >
      <summary>{summary}</summary>
      {open && children}
    </details>
  );
}

function ResultGroup({
  group,
  result,
  more,
  team,
}: {
  group: Group;
  result: WizardResult;
  more: (section: Section) => void;
  team: boolean;
}) {
  const { t, tn } = useI18n();
  const total = groupTotal(result, group);
  const background = group === 'check' ? result.sections.background.total : 0;
  const current = total - background;
  const body =
    total === 0 ? (
      <p>{t('result.none')}</p>
    ) : (
      <>
        {current > 0 && <ResultList section={group} result={result} more={more} team={team} />}
        {background > 0 && (
          <Folded
            name={`${group}-background`}
            className="background-programs"
            summary={t('result.background', { count: background })}
          >
            <ResultList section="background" result={result} more={more} team={team} />
          </Folded>
        )}
      </>
    );
  const title = t('result.groupHeading', { group: t(`result.group.${group}`), count: total });
  const folded = group === 'notEligible' || group === 'ended';
  return (
    <section className={`result-group group-${group}`} aria-labelledby={`group-${group}`}>
      <h2 id={`group-${group}`} tabIndex={-1}>
        {title}
      </h2>
      <p className="help">{t(`result.group.${group}Help`)}</p>
      {folded && total > 0 ? (
        <Folded name={group} summary={tn('result.showAll', total)}>
          {body}
        </Folded>
      ) : (
        body
      )}
    </section>
  );
}
