import { useState } from 'react';
import { NEEDS, type Need } from '../../../../shared/catalog/needs';
import { REGIONS } from '../../../../shared/geo/prefectures';
import {
  CATEGORY_THEMES,
  DOMAIN_THEMES,
  ORG_TYPE_IDS,
  STAGE_IDS,
  type CategoryTheme,
  type OrgType,
  type Stage,
  type Theme,
} from '../../../../shared/matching/vocabulary';
import { useMarketDomains } from '../../db/market-domains-repository';
import { useI18n } from '../../i18n/i18n';
import { AnswersSummary } from './AnswersSummary';
import type { Draft } from './draft';
import { useAnswerLabels } from './labels';
import { StepFrame } from './StepFrame';

/** What every step receives: the answers so far and where to go with its own answers added. */
export interface StepProps {
  draft: Draft;
  next: (draft: Draft) => void;
  back: ((draft: Draft) => void) | null;
}

export function OrgStep({ draft, next }: StepProps) {
  const { t } = useI18n();
  const labels = useAnswerLabels(undefined);
  const [org, setOrg] = useState<OrgType | null>(draft.org);
  const [missing, setMissing] = useState(false);
  return (
    <StepFrame
      question={t('wizard.question.org')}
      optional={false}
      onBack={null}
      onSkip={null}
      onNext={() => (org ? next({ ...draft, org }) : setMissing(true))}
    >
      <fieldset className="choices" aria-describedby={missing ? 'org-missing' : undefined}>
        <legend className="visually-hidden">{t('wizard.step.org')}</legend>
        {ORG_TYPE_IDS.map((id) => (
          <label key={id} className="choice">
            <input
              type="radio"
              name="org"
              value={id}
              checked={org === id}
              onChange={() => {
                setOrg(id);
                setMissing(false);
              }}
            />
            {labels.org(id)}
          </label>
        ))}
      </fieldset>
      {missing && (
        <p id="org-missing" role="alert" className="field-error">
          {t('wizard.orgRequired')}
        </p>
      )}
    </StepFrame>
  );
}

export function RegionStep({ draft, next, back }: StepProps) {
  const { t } = useI18n();
  const [prefecture, setPrefecture] = useState(draft.prefecture ?? '');
  const answered = { ...draft, prefecture: prefecture || null };
  return (
    <StepFrame
      question={t('wizard.question.region')}
      optional
      onBack={back && (() => back(answered))}
      onSkip={() => next({ ...draft, prefecture: null })}
      onNext={() => next(answered)}
    >
      <label htmlFor="prefecture" className="field-label">
        {t('wizard.prefecture')}
      </label>
      <select id="prefecture" value={prefecture} onChange={(e) => setPrefecture(e.target.value)}>
        <option value="">{t('wizard.prefecture.none')}</option>
        {Object.entries(REGIONS).map(([region, prefectures]) => (
          <optgroup key={region} label={region}>
            {prefectures.map((p) => (
              <option key={p} value={p}>
                {p}
              </option>
            ))}
          </optgroup>
        ))}
      </select>
    </StepFrame>
  );
}

function toggle<T>(list: T[], item: T): T[] {
  return list.includes(item) ? list.filter((x) => x !== item) : [...list, item];
}

export function ThemesStep({ draft, next, back }: StepProps) {
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
      onSkip={() => next({ ...draft, themes: [] })}
      onNext={() => next(answered)}
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

export function NeedsStep({ draft, next, back }: StepProps) {
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
      onSkip={() => next({ ...draft, needs: [], stage: null })}
      onNext={() => next(answered)}
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

export function ReviewStep({ draft, next, back }: StepProps) {
  const { t } = useI18n();
  const [openOnly, setOpenOnly] = useState(draft.openOnly);
  const answered = { ...draft, openOnly };
  return (
    <StepFrame
      question={t('wizard.question.conditions')}
      optional={false}
      onBack={back && (() => back(answered))}
      onSkip={null}
      onNext={() => next(answered)}
      nextLabel={t('wizard.showResults')}
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
