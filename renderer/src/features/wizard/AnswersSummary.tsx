import { Link } from 'react-router';
import { useMarketDomains } from '../../db/market-domains-repository';
import { useI18n } from '../../i18n/i18n';
import { draftToParams, type Draft, type Step } from './draft';
import { useAnswerLabels } from './labels';

/** Every answer with a link back to the step that asked it. */
export function AnswersSummary({ draft }: { draft: Draft }) {
  const { t } = useI18n();
  const labels = useAnswerLabels(useMarketDomains());
  const none = t('wizard.answer.none');
  const rows: [Step, string][] = [
    ['org', draft.org ? labels.org(draft.org) : none],
    ['region', draft.prefecture ?? none],
    ['themes', draft.themes.length ? draft.themes.map(labels.theme).join('、') : none],
    [
      'needs',
      [
        draft.needs.map(labels.need).join('、'),
        draft.stage ? `${t('wizard.stage')}: ${labels.stage(draft.stage)}` : '',
      ]
        .filter(Boolean)
        .join(' / ') || none,
    ],
  ];
  return (
    <dl className="answers">
      {rows.map(([step, value]) => (
        <div key={step} className="answer">
          <dt>{t(`wizard.step.${step}`)}</dt>
          <dd>
            {value}{' '}
            <Link
              to={{ pathname: '/wizard', search: draftToParams(draft, step).toString() }}
              aria-label={t('wizard.editStep', { step: t(`wizard.step.${step}`) })}
            >
              {t('wizard.edit')}
            </Link>
          </dd>
        </div>
      ))}
      <div className="answer">
        <dt>{t('wizard.openOnly')}</dt>
        <dd>{draft.openOnly ? t('wizard.answer.yes') : t('wizard.answer.no')}</dd>
      </div>
    </dl>
  );
}
