import { Link } from 'react-router';
import { useI18n } from '../../i18n/i18n';
import { draftToParams, stepsFor, type Draft, type Step } from './draft';

/** Steps as a list; earlier ones are links back, the current one is marked for screen readers. */
export function WizardProgress({ current, draft }: { current: Step; draft: Draft }) {
  const { t } = useI18n();
  const steps = stepsFor(draft.mode);
  const index = steps.indexOf(current);
  return (
    <nav aria-label={t('wizard.progress')} className="wizard-progress">
      <p className="step-count">{t('wizard.stepOf', { n: index + 1, total: steps.length })}</p>
      <ol>
        {steps.map((step, i) => (
          <li
            key={step}
            className={i < index ? 'done' : i === index ? 'current' : 'todo'}
            aria-current={i === index ? 'step' : undefined}
          >
            {i < index ? (
              <Link to={{ pathname: '/wizard', search: draftToParams(draft, step).toString() }}>
                {t(`wizard.step.${step}`)}
              </Link>
            ) : (
              <span>{t(`wizard.step.${step}`)}</span>
            )}
          </li>
        ))}
      </ol>
    </nav>
  );
}
