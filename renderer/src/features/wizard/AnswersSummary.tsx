import { Link } from 'react-router';
import { useMarketDomains } from '../../db/market-domains-repository';
import { useI18n } from '../../i18n/i18n';
import { draftToParams, type Draft, type Step } from './draft';
import { useAnswerLabels } from './labels';

/**
 * Every answer with a link to the step that asked it. From the result page (`returnTo`), the
 * step brings the changed answer straight back to the result.
 */
export function AnswersSummary({ draft, returnTo }: { draft: Draft; returnTo?: 'result' }) {
  const { t, formatList } = useI18n();
  const labels = useAnswerLabels(useMarketDomains());
  const none = t('wizard.answer.none');
  const team = draft.mode === 'team';
  const rows: [Step, string, string][] = [
    [
      'org',
      team ? t('wizard.answer.team') : t('wizard.step.org'),
      team ? labels.members(draft.members) : draft.members[0]?.org ? labels.org(draft.members[0].org) : none,
    ],
    ...(team
      ? []
      : [
          [
            'region',
            t('wizard.step.region'),
            draft.members[0]?.prefecture ? labels.prefecture(draft.members[0].prefecture) : none,
          ] as [Step, string, string],
        ]),
    [
      'themes',
      t('wizard.step.themes'),
      draft.themes.length ? formatList(draft.themes.map(labels.theme)) : none,
    ],
    [
      'needs',
      t('wizard.step.needs'),
      [
        formatList(draft.needs.map(labels.need)),
        draft.stage ? `${t('wizard.stage')}: ${labels.stage(draft.stage)}` : '',
      ]
        .filter(Boolean)
        .join(' / ') || none,
    ],
  ];
  const edit = (step: Step, title: string) => (
    <Link
      to={{ pathname: '/wizard', search: draftToParams(draft, step, returnTo).toString() }}
      aria-label={t('wizard.editStep', { step: title })}
      className="no-print"
    >
      {t('wizard.edit')}
    </Link>
  );
  return (
    <dl className="answers">
      {rows.map(([step, title, value]) => (
        <div key={step} className="answer">
          <dt>{title}</dt>
          <dd>
            {value} {edit(step, title)}
          </dd>
        </div>
      ))}
      <div className="answer">
        <dt>{t('wizard.openOnly')}</dt>
        <dd>
          {draft.openOnly ? t('wizard.answer.yes') : t('wizard.answer.no')}{' '}
          {returnTo && edit('conditions', t('wizard.openOnly'))}
        </dd>
      </div>
    </dl>
  );
}
