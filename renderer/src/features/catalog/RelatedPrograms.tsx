import { Link } from 'react-router';
import { useProgramNames } from '../../db/programs-repository';

export function RelatedPrograms({ ids }: { ids: string[] }) {
  const names = useProgramNames(ids);
  return (
    <ul className="related" lang="ja">
      {ids.map((id) => (
        <li key={id}>
          <Link to={`/programs/${id}`}>{names?.get(id) ?? id}</Link>
        </li>
      ))}
    </ul>
  );
}
