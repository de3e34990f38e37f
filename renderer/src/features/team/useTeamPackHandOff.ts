import { useEffect, useRef, useState } from 'react';
import { teamSession } from './team';

/**
 * `#/catalog-update?source=team`: hands the pack published to the team database to the catalog
 * update page's own check, so it goes through the same verification and preview as a file.
 * Returns true when the pack could not be read from the local replica.
 */
export function useTeamPackHandOff(
  requested: boolean,
  check: (file: string, bytes: Uint8Array<ArrayBuffer>) => Promise<void>,
): boolean {
  const [missing, setMissing] = useState(false);
  const started = useRef(false);
  useEffect(() => {
    if (!requested || started.current) return;
    started.current = true;
    teamSession
      .readPack()
      .then((pack) => (pack ? check(pack.name, pack.bytes) : setMissing(true)))
      .catch(() => setMissing(true));
  }, [requested, check]);
  return missing;
}
