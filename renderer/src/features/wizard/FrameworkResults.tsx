import { Link } from 'react-router';
import type { FrameworkMatch } from '../../../../shared/matching/match-programs';
import { useI18n } from '../../i18n/i18n';
import { EvidenceList, MemberTable, ReasonList } from './ProgramResultCard';

/**
 * Certification and declaration schemes: those the applicant can join, and apart from them those
 * it may be able to join, each with why it is to be confirmed (outside the scheme's region, say).
 */
export function FrameworkResults({ matches, team }: { matches: FrameworkMatch[]; team: boolean }) {
  const { t } = useI18n();
  const sections = [
    ['eligible', t('result.frameworks')],
    ['check', t('result.frameworksCheck')],
  ] as const;
  return sections.map(([group, title]) => {
    const list = matches.filter((m) => m.group === group);
    if (list.length === 0) return null;
    return (
      <section key={group} aria-labelledby={`frameworks-${group}`} className={`frameworks-${group}`}>
        <h2 id={`frameworks-${group}`}>{title}</h2>
        <ul className="result-list">
          {list.map((m) => (
            <li key={m.framework.id} className="result-card" data-framework-id={m.framework.id}>
              <h3>
                <Link to={`/frameworks/${m.framework.id}`} lang="ja">
                  {m.framework.name}
                </Link>
              </h3>
              <p className="card-meta">{t(`result.group.${m.group}`)}</p>
              <ReasonList reasons={m.reasons} evidence={m.evidence} />
              {team && <MemberTable fits={m.members} name={m.framework.name} />}
              <EvidenceList evidence={m.evidence} />
            </li>
          ))}
        </ul>
      </section>
    );
  });
}
