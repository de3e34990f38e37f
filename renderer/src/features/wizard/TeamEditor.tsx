import { useEffect, useRef, useState } from 'react';
import { MAX_TEAM_MEMBERS } from '../../../../shared/matching/profile';
import { childrenOf, depthOf, type ApplicantTypeInfo } from '../../../../shared/vocabulary/applicant-types';
import { useI18n } from '../../i18n/i18n';
import { useTypeChoiceLabel } from './ApplicantTypeChooser';
import type { DraftMember } from './draft';
import { useAnswerLabels } from './labels';
import { PrefectureSelect } from './PrefectureSelect';

const branch = (root: ApplicantTypeInfo): ApplicantTypeInfo[] => [
  root,
  ...childrenOf(root.id).flatMap(branch),
];

/**
 * A team's members, the lead first: each with its type and prefecture. Members are added,
 * removed and made lead with buttons; focus follows the member that moved or appeared.
 */
export function TeamEditor({
  members,
  onChange,
  problem,
  focusRequest,
}: {
  members: DraftMember[];
  onChange: (members: DraftMember[]) => void;
  /** Index of the member whose type is missing, for the error message and focus. */
  problem: number | null;
  /** Changes with every failed Next: focus goes to the member's type again. */
  focusRequest: number;
}) {
  const { t, locale } = useI18n();
  const labels = useAnswerLabels(undefined);
  const typeLabel = useTypeChoiceLabel();
  const [status, setStatus] = useState('');
  const focusNext = useRef<string | null>(null);
  useEffect(() => {
    if (!focusNext.current) return;
    document.getElementById(focusNext.current)?.focus();
    focusNext.current = null;
  });
  useEffect(() => {
    if (problem !== null) document.getElementById(`member-${problem}-type`)?.focus();
  }, [problem, focusRequest]);

  const update = (index: number, change: Partial<DraftMember>) =>
    onChange(members.map((m, i) => (i === index ? { ...m, ...change } : m)));
  const add = () => {
    onChange([...members, { org: null, prefecture: members[0]?.prefecture ?? null }]);
    focusNext.current = `member-${members.length}-type`;
    setStatus(t('wizard.team.added', { n: members.length + 1 }));
  };
  const remove = (index: number) => {
    onChange(members.filter((_, i) => i !== index));
    focusNext.current = `member-${Math.min(index, members.length - 2)}-type`;
    setStatus(t('wizard.team.removed', { n: index + 1 }));
  };
  const makeLead = (index: number) => {
    const lead = members[index]!;
    onChange([lead, ...members.filter((_, i) => i !== index)]);
    focusNext.current = 'member-0-type';
    setStatus(t('wizard.team.leadChanged', { name: labels.members([lead]) }));
  };

  return (
    <div className="team-editor">
      <p className="help">{t('wizard.team.intro')}</p>
      <ol className="team-members">
        {members.map((m, i) => (
          <li key={i}>
            <fieldset className="team-member">
              <legend>
                {i === 0 ? t('wizard.team.lead', { n: 1 }) : t('wizard.team.member', { n: i + 1 })}
              </legend>
              <label htmlFor={`member-${i}-type`} className="field-label">
                {t('wizard.team.type')}
              </label>
              <select
                id={`member-${i}-type`}
                value={m.org ?? ''}
                onChange={(e) => update(i, { org: e.target.value || null })}
                aria-invalid={problem === i || undefined}
                aria-describedby={problem === i ? 'who-problem' : undefined}
              >
                <option value="">{t('wizard.team.choose')}</option>
                {childrenOf(null).map((root) => (
                  <optgroup key={root.id} label={root[locale]}>
                    {branch(root).map((type) => (
                      <option key={type.id} value={type.id}>
                        {'　'.repeat(depthOf(type.id))}
                        {typeLabel(type)}
                      </option>
                    ))}
                  </optgroup>
                ))}
              </select>
              <label htmlFor={`member-${i}-pref`} className="field-label">
                {t('wizard.prefecture')}
              </label>
              <PrefectureSelect
                id={`member-${i}-pref`}
                value={m.prefecture}
                onChange={(prefecture) => update(i, { prefecture })}
              />
              <div className="member-buttons">
                {i > 0 && (
                  <button type="button" onClick={() => makeLead(i)}>
                    {t('wizard.team.makeLead', { n: i + 1 })}
                  </button>
                )}
                {members.length > 2 && (
                  <button type="button" onClick={() => remove(i)}>
                    {t('wizard.team.remove', { n: i + 1 })}
                  </button>
                )}
              </div>
            </fieldset>
          </li>
        ))}
      </ol>
      <button type="button" onClick={add} disabled={members.length >= MAX_TEAM_MEMBERS}>
        {t('wizard.team.add')}
      </button>
      <p role="status" className="help">
        {status}
      </p>
    </div>
  );
}
