import { useState } from 'react';
import { NEEDS, type Need } from '../../../../shared/catalog/needs';
import {
  CATEGORY_THEMES,
  DOMAIN_THEMES,
  STAGE_IDS,
  type CategoryTheme,
  type Stage,
  type Theme,
} from '../../../../shared/matching/vocabulary';
import { useMarketDomains } from '../../db/market-domains-repository';
import { useI18n } from '../../i18n/i18n';
import { AnswersSummary } from './AnswersSummary';
import { ApplicantTypeChooser } from './ApplicantTypeChooser';
import type { Draft, DraftMember, Mode } from './draft';
import { useAnswerLabels } from './labels';
import { PrefectureSelect } from './PrefectureSelect';
import { StepFrame } from './StepFrame';
import { TeamEditor } from './TeamEditor';

/** What every step receives: the answers so far and where to go with its own answers added. */
export interface StepProps {
  draft: Draft;
  next: (draft: Draft) => void;
  back: ((draft: Draft) => void) | null;
  /** Set when the step was opened from the result page: it returns there. */
  nextLabel?: string;
  backLabel?: string;
  skipLabel?: string;
  /** One organisation or a team, chosen but not yet confirmed with Next: the progress follows it. */
  onModeChange?: (mode: Mode) => void;
}

export function OrgStep({ draft, next, back, nextLabel, backLabel, onModeChange }: StepProps) {
  const { t } = useI18n();
  const [mode, setMode] = useState<Mode>(draft.mode);
  const [members, setMembers] = useState<DraftMember[]>(draft.members);
  // `attempt` counts the failed Next presses: each one moves focus to the field again.
  const [problem, setProblem] = useState<{ text: string; member: number | null; attempt: number } | null>(
    null,
  );
  const switchTo = (to: Mode) => {
    setMode(to);
    onModeChange?.(to);
    setProblem(null);
    if (to === 'team' && members.length < 2)
      setMembers([...members, { org: null, prefecture: members[0]?.prefecture ?? null }]);
    if (to === 'org') setMembers(members.slice(0, 1));
  };
  const submit = () => {
    const missing = members.findIndex((m) => !m.org);
    const attempt = (problem?.attempt ?? 0) + 1;
    if (mode === 'team' && members.length < 2)
      setProblem({ text: t('wizard.team.tooFew'), member: null, attempt });
    else if (missing >= 0)
      setProblem({
        text: mode === 'team' ? t('wizard.team.typeMissing', { n: missing + 1 }) : t('wizard.orgRequired'),
        member: mode === 'team' ? missing : null,
        attempt,
      });
    else next({ ...draft, mode, members });
  };
  return (
    <StepFrame
      question={t('wizard.question.org')}
      optional={false}
      onBack={back && (() => back(draft))}
      backLabel={backLabel}
      onSkip={null}
      onNext={submit}
      nextLabel={nextLabel}
    >
      <fieldset className="mode-choice">
        <legend>{t('wizard.mode.legend')}</legend>
        {(['org', 'team'] as const).map((m) => (
          <label key={m} className="choice">
            <input type="radio" name="mode" value={m} checked={mode === m} onChange={() => switchTo(m)} />
            {t(`wizard.mode.${m}`)}
          </label>
        ))}
      </fieldset>
      {mode === 'org' ? (
        <ApplicantTypeChooser
          value={members[0]?.org ?? null}
          onChange={(org) => {
            setMembers([{ org, prefecture: members[0]?.prefecture ?? null }]);
            setProblem(null);
          }}
          describedBy={problem ? 'who-problem' : undefined}
          focusRequest={problem?.attempt ?? 0}
        />
      ) : (
        <TeamEditor
          members={members}
          onChange={(list) => {
            setMembers(list);
            setProblem(null);
          }}
          problem={problem?.member ?? null}
          focusRequest={problem?.attempt ?? 0}
        />
      )}
      {problem && (
        <p id="who-problem" role="alert" className="field-error">
          {problem.text}
        </p>
      )}
    </StepFrame>
  );
}

export function RegionStep({ draft, next, back, nextLabel, backLabel, skipLabel }: StepProps) {
  const { t } = useI18n();
  const [prefecture, setPrefecture] = useState(draft.members[0]?.prefecture ?? null);
  const withPrefecture = (p: string | null) => ({
    ...draft,
    members: [{ org: draft.members[0]?.org ?? null, prefecture: p }],
  });
  return (
    <StepFrame
      question={t('wizard.question.region')}
      optional
      onBack={back && (() => back(withPrefecture(prefecture)))}
      backLabel={backLabel}
      onSkip={() => next(withPrefecture(null))}
      skipLabel={skipLabel}
      onNext={() => next(withPrefecture(prefecture))}
      nextLabel={nextLabel}
    >
      <label htmlFor="prefecture" className="field-label">
        {t('wizard.prefecture')}
      </label>
      <PrefectureSelect id="prefecture" value={prefecture} onChange={setPrefecture} />
    </StepFrame>
  );
}

function toggle<T>(list: T[], item: T): T[] {
  return list.includes(item) ? list.filter((x) => x !== item) : [...list, item];
}

export function ThemesStep({ draft, next, back, nextLabel, backLabel, skipLabel }: StepProps) {
  const { t } = useI18n();
  const labels = useAnswerLabels(useMarketDomains());
  const [themes, setThemes] = useState<Theme[]>(draft.themes);
  const answered = { ...draft, themes };
  const box = (theme: Theme) => (
    <label key={theme} className="choice">
      <input
        type="checkbox"
        checked={themes.includes(theme)}
        onChange={() => setThemes(toggle(themes, theme))}
      />
      {labels.theme(theme)}
    </label>
  );
  return (
    <StepFrame
      question={t('wizard.question.themes')}
      optional
      onBack={back && (() => back(answered))}
      backLabel={backLabel}
      onSkip={() => next({ ...draft, themes: [] })}
      skipLabel={skipLabel}
      onNext={() => next(answered)}
      nextLabel={nextLabel}
    >
      <fieldset className="choices">
        <legend>{t('wizard.themes.categories')}</legend>
        {(Object.keys(CATEGORY_THEMES) as CategoryTheme[]).map(box)}
      </fieldset>
      <fieldset className="choices">
        <legend>{t('wizard.themes.domains')}</legend>
        {DOMAIN_THEMES.map(box)}
      </fieldset>
    </StepFrame>
  );
}

export function NeedsStep({ draft, next, back, nextLabel, backLabel, skipLabel }: StepProps) {
  const { t } = useI18n();
  const labels = useAnswerLabels(undefined);
  const [needs, setNeeds] = useState<Need[]>(draft.needs);
  const [stage, setStage] = useState<Stage | ''>(draft.stage ?? '');
  const answered = { ...draft, needs, stage: stage || null };
  return (
    <StepFrame
      question={t('wizard.question.needs')}
      optional
      onBack={back && (() => back(answered))}
      backLabel={backLabel}
      onSkip={() => next({ ...draft, needs: [], stage: null })}
      skipLabel={skipLabel}
      onNext={() => next(answered)}
      nextLabel={nextLabel}
    >
      <fieldset className="choices">
        <legend>{t('wizard.needs.label')}</legend>
        {NEEDS.map((need) => (
          <label key={need} className="choice">
            <input
              type="checkbox"
              checked={needs.includes(need)}
              onChange={() => setNeeds(toggle(needs, need))}
            />
            {labels.need(need)}
          </label>
        ))}
      </fieldset>
      <label htmlFor="stage" className="field-label">
        {t('wizard.stage')}
      </label>
      <select id="stage" value={stage} onChange={(e) => setStage(e.target.value as Stage | '')}>
        <option value="">{t('wizard.stage.none')}</option>
        {STAGE_IDS.map((id) => (
          <option key={id} value={id}>
            {labels.stage(id)}
          </option>
        ))}
      </select>
    </StepFrame>
  );
}

export function ReviewStep({ draft, next, back, nextLabel, backLabel }: StepProps) {
  const { t } = useI18n();
  const [openOnly, setOpenOnly] = useState(draft.openOnly);
  const answered = { ...draft, openOnly };
  return (
    <StepFrame
      question={t('wizard.question.conditions')}
      optional={false}
      onBack={back && (() => back(answered))}
      backLabel={backLabel}
      onSkip={null}
      onNext={() => next(answered)}
      nextLabel={nextLabel ?? t('wizard.showResults')}
    >
      <AnswersSummary draft={answered} />
      <label className="choice">
        <input
          type="checkbox"
          checked={openOnly}
          onChange={() => setOpenOnly(!openOnly)}
          aria-describedby="open-only-help"
        />
        {t('wizard.openOnly')}
      </label>
      <p id="open-only-help" className="help">
        {t('wizard.openOnlyHelp')}
      </p>
    </StepFrame>
  );
}
