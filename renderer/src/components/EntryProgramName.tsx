import { Link } from 'react-router';
import type { ShortlistEntry } from '../db/db';
import { useI18n } from '../i18n/i18n';

/**
 * A list entry's program, named as the catalog names it and linked to its page. The name stored
 * with the entry (from a colleague's file, or from an older catalog) never stands in for the
 * catalog's: a program the catalog does not know is said to be unknown, with that name quoted.
 */
export function EntryProgramName({
  entry,
  program,
}: {
  entry: Pick<ShortlistEntry, 'programId' | 'programName'>;
  program: { id: string; name: string } | null;
}) {
  const { t } = useI18n();
  if (program)
    return (
      <Link to={`/programs/${program.id}`} lang="ja">
        {program.name}
      </Link>
    );
  return <span className="unknown-program">{t('entry.unknownProgram', { name: entry.programName })}</span>;
}
