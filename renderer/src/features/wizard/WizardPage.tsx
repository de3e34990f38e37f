import { useEffect, useState } from 'react';
import { useNavigate, useSearchParams, type To } from 'react-router';
import { profileToParams } from '../../../../shared/matching/profile';
import { useDocumentTitle } from '../../components/useDocumentTitle';
import { useI18n } from '../../i18n/i18n';
import { DroppedAnswers } from './DroppedAnswers';
import { matchClient } from './match-client';
import {
  draftToParams,
  draftToProfile,
  readDraft,
  stepFromParams,
  stepsFor,
  type Draft,
  type Mode,
  type Step,
} from './draft';
import { SavedProfilesList } from './SavedProfilesList';
import { WizardProgress } from './WizardProgress';
import { NeedsStep, OrgStep, RegionStep, ReviewStep, ThemesStep, type StepProps } from './WizardSteps';

const STEP_COMPONENTS: Record<Step, (props: StepProps) => React.JSX.Element> = {
  org: OrgStep,
  region: RegionStep,
  themes: ThemesStep,
  needs: NeedsStep,
  conditions: ReviewStep,
};

/**
 * The wizard: the step and every answer live in the URL, so back/forward and reloads keep them.
 * A step opened from the result page (return=result) goes back to the result with its answer.
 * Values of a hand-edited link that are not valid are left out and named above the question.
 */
export function WizardPage() {
  const { t } = useI18n();
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const { draft, dropped } = readDraft(params);
  // The mode picked on the first step, before Next confirms it, so the progress shows its steps.
  const [picked, setPicked] = useState<{ for: string; mode: Mode } | null>(null);
  // While the questions are answered, the matching worker reads the catalog for the result.
  useEffect(() => matchClient().prepare(), []);
  const mode = picked?.for === params.toString() ? picked.mode : draft.mode;
  const steps = stepsFor(mode);
  // Later steps need the applicant's type (every member's, for a team): without, start at the first.
  const step = draftToProfile(draft) ? stepFromParams(params, draft.mode) : 'org';
  const returning = params.get('return') === 'result' && draftToProfile(draft) !== null;
  const index = steps.indexOf(step);
  useDocumentTitle(`${t('wizard.heading')} – ${t(`wizard.step.${step}`)}`);

  /**
   * Leaving a step, its answers first replace its own history entry, then the next page is pushed:
   * the browser's Back returns to the step as it was left. The push waits for the replace, since a
   * navigation started during another cancels the first before it reaches the history.
   */
  const leave = (answers: Draft, to: To) => {
    const here = draftToParams(answers, step, returning ? 'result' : undefined).toString();
    // A history write costs milliseconds of the click (more while the worker reads the catalog):
    // the step's entry is rewritten only when its answers changed.
    const kept =
      here === params.toString()
        ? Promise.resolve()
        : Promise.resolve(navigate({ pathname: '/wizard', search: here }, { replace: true }));
    kept.then(() => navigate(to)).catch((error: unknown) => console.error('Wizard navigation failed', error));
  };
  const goTo = (to: Step) => (answers: Draft) =>
    leave(answers, { pathname: '/wizard', search: draftToParams(answers, to).toString() });
  const finish = (answers: Draft) => {
    const profile = draftToProfile(answers);
    if (profile) leave(answers, { pathname: '/wizard/result', search: profileToParams(profile).toString() });
  };
  // Switching between one organisation and a team changes the steps: carry on from the new list.
  const nextAfter = (answers: Draft) => {
    const list = stepsFor(answers.mode);
    const following = list[list.indexOf(step) + 1];
    return following ? goTo(following)(answers) : finish(answers);
  };
  const previousStep = steps[index - 1];
  const StepComponent = STEP_COMPONENTS[step];
  // A step keeps its answers in its own state: new answers in the URL (back, forward, a link) start it afresh.
  const answersKey = `${step}?${draftToParams(draft).toString()}`;

  return (
    <section className="wizard" aria-labelledby="wizard-question">
      <p className="record-kind">{t('wizard.heading')}</p>
      <WizardProgress current={step} draft={{ ...draft, mode }} />
      <DroppedAnswers dropped={dropped} />
      {returning ? (
        <StepComponent
          key={`${answersKey}&return`}
          draft={draft}
          next={finish}
          back={() => finish(draft)}
          nextLabel={t('wizard.backToResult')}
          backLabel={t('wizard.cancelToResult')}
          skipLabel={t('wizard.clearToResult')}
        />
      ) : (
        <StepComponent
          key={answersKey}
          draft={draft}
          next={nextAfter}
          back={previousStep ? goTo(previousStep) : null}
          onModeChange={(picked) => setPicked({ for: params.toString(), mode: picked })}
        />
      )}
      {step === 'org' && !returning && (
        <>
          <p className="intro">{t('wizard.intro')}</p>
          <SavedProfilesList />
        </>
      )}
    </section>
  );
}
