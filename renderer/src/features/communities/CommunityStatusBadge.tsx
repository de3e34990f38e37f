import type { Community } from '../../../../shared/catalog/community';
import { useI18n } from '../../i18n/i18n';

export function CommunityStatusBadge({ status }: { status: Community['status'] }) {
  const { t } = useI18n();
  return <span className={`status-badge status-${status}`}>{t(`community.status.${status}`)}</span>;
}
