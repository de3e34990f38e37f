import { useEffect, useRef, type FormEvent, type ReactNode } from 'react';
import { useI18n } from '../../i18n/i18n';

/**
 * One question: a form (Enter submits), its heading focused on arrival so keyboard and
 * screen-reader users start at the question, and back / skip / next buttons.
 */
export function StepFrame({
  question,
  optional,
  onNext,
  onBack,
  onSkip,
  nextLabel,
  backLabel,
  skipLabel,
  children,
}: {
  question: string;
  optional: boolean;
  onNext: () => void;
  onBack: (() => void) | null;
  onSkip: (() => void) | null;
  nextLabel?: string;
  backLabel?: string;
  skipLabel?: string;
  children: ReactNode;
}) {
  const { t } = useI18n();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), [question]);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onNext();
  };
  return (
    <form className="wizard-step" onSubmit={submit} noValidate>
      <h1 id="wizard-question" ref={heading} tabIndex={-1}>
        {question}
        {optional && <span className="optional">{t('wizard.optional')}</span>}
      </h1>
      {children}
      <div className="wizard-buttons">
        {onBack && (
          <button type="button" onClick={onBack}>
            ← {backLabel ?? t('wizard.back')}
          </button>
        )}
        {onSkip && (
          <button type="button" onClick={onSkip}>
            {skipLabel ?? t('wizard.skip')}
          </button>
        )}
        <button type="submit" className="primary">
          {nextLabel ?? t('wizard.next')} →
        </button>
      </div>
    </form>
  );
}
