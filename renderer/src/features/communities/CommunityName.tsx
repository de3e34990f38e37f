import { Link } from 'react-router';
import type { Community } from '../../../../shared/catalog/community';
import { glossaryEntry } from '../../../../shared/vocabulary/glossary';
import { useI18n } from '../../i18n/i18n';

/** A community's printed name as a link (marked Japanese), with its English gloss in the English UI. */
export function CommunityName({ community }: { community: Pick<Community, 'id' | 'name'> }) {
  const { locale } = useI18n();
  const english = locale === 'en' ? glossaryEntry('community', community.name)?.en : undefined;
  return (
    <>
      <Link to={`/communities/${community.id}`} lang="ja">
        {community.name}
      </Link>
      {english && <span className="gloss"> ({english})</span>}
    </>
  );
}
