import { daysUntil, formatDate, todayIso } from '../../../shared/format/dates';
import { useI18n } from '../i18n/i18n';

/** Within this many days a deadline is marked as close. */
const SOON_DAYS = 14;

/** 2027年4月20日（令和9年） あと30日 / 20 Apr 2027 30 days left: the date and what it means today. */
export function DeadlineDate({ iso, today = todayIso() }: { iso: string; today?: string }) {
  const { t, locale } = useI18n();
  const days = daysUntil(iso, today);
  return (
    <>
      <time dateTime={iso}>{formatDate(iso, locale)}</time>
      {days !== null && (
        <>
          {' '}
          <span className={`days-left${days < 0 ? ' past' : days <= SOON_DAYS ? ' soon' : ''}`}>
            {days < 0
              ? t('deadline.past', { days: -days })
              : days === 0
                ? t('deadline.today')
                : days === 1
                  ? t('deadline.oneDay')
                  : t('deadline.daysLeft', { days })}
          </span>
        </>
      )}
    </>
  );
}
