import { MAX_TEAM_MEMBERS, type DroppedAnswer } from '../../../../shared/matching/profile';
import { useI18n } from '../../i18n/i18n';

/** A link longer than this is cut when named: the point is to recognise it, not to print it all. */
const SHOWN_LENGTH = 40;

/** Says which values of a link the wizard left out, in words: 都道府県「Atlantis」. */
export function DroppedAnswers({
  dropped,
  children,
}: {
  dropped: DroppedAnswer[];
  children?: React.ReactNode;
}) {
  const { t, formatList } = useI18n();
  if (dropped.length === 0) return null;
  const values = dropped.map(({ field, value }) =>
    field === 'extraMembers'
      ? t('answers.droppedExtraMembers', { count: value, next: MAX_TEAM_MEMBERS + 1 })
      : t('answers.droppedValue', {
          field: t(`answers.field.${field}`),
          value: value.length > SHOWN_LENGTH ? `${value.slice(0, SHOWN_LENGTH - 1)}…` : value,
        }),
  );
  return (
    <div className="dropped-answers">
      <p>{t('answers.dropped', { values: formatList(values) })}</p>
      {children}
    </div>
  );
}
