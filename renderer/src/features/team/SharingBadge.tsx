import type { Shortlist } from '../../db/db';
import { useI18n } from '../../i18n/i18n';

/** 共有中 / 共有終了 beside a list's name; nothing for a personal list. */
export function SharingBadge({ list }: { list: Pick<Shortlist, 'sharing'> }) {
  const { t } = useI18n();
  if (!list.sharing) return null;
  return (
    <span className={`badge sharing-${list.sharing}`}>
      {list.sharing === 'team' ? t('team.shared') : t('team.leftTeam')}
    </span>
  );
}
