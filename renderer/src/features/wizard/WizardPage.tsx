import { useNavigate, useSearchParams } from 'react-router';
import { profileToParams } from '../../../../shared/matching/profile';
import { useDocumentTitle } from '../../components/useDocumentTitle';
import { useI18n } from '../../i18n/i18n';
import {
  STEPS,
  draftFromParams,
  draftToParams,
  draftToProfile,
  stepFromParams,
  type Draft,
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

/** The wizard: the step and every answer live in the URL, so back/forward and reloads keep them. */
export function WizardPage() {
  const { t } = useI18n();
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const draft = draftFromParams(params);
  // Later steps need an organisation type; a link without one starts at the first question.
  const step = draft.org ? stepFromParams(params) : 'org';
  const index = STEPS.indexOf(step);
  useDocumentTitle(`${t('wizard.heading')} – ${t(`wizard.step.${step}`)}`);

  const goTo = (to: Step) => (answers: Draft) => {
    navigate({ pathname: '/wizard', search: draftToParams(answers, to).toString() });
  };
  const finish = (answers: Draft) => {
    const profile = draftToProfile(answers);
    if (profile) navigate({ pathname: '/wizard/result', search: profileToParams(profile).toString() });
  };
  const nextStep = STEPS[index + 1];
  const previousStep = STEPS[index - 1];
  const StepComponent = STEP_COMPONENTS[step];

  return (
    <section className="wizard" aria-labelledby="wizard-question">
      <p className="record-kind">{t('wizard.heading')}</p>
      <WizardProgress current={step} draft={draft} />
      <StepComponent
        key={step}
        draft={draft}
        next={nextStep ? goTo(nextStep) : finish}
        back={previousStep ? goTo(previousStep) : null}
      />
      {step === 'org' && (
        <>
          <p className="intro">{t('wizard.intro')}</p>
          <SavedProfilesList />
        </>
      )}
    </section>
  );
}
