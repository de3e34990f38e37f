import { Link } from 'react-router';
import { circledDomain } from '../../../../shared/catalog/market-domain';
import { highlight } from '../../../../shared/search/highlight';
import type { QueryTerm } from '../../../../shared/search/query';
import type { SearchHit } from '../../../../shared/search/search-protocol';
import { gloss } from '../../../../shared/vocabulary/glossary';
import { statusLabel } from '../../components/program-display';
import { useI18n } from '../../i18n/i18n';
import { Highlighted } from './Highlighted';

/** Where each kind's record opens. */
export function hitPath(hit: Pick<SearchHit, 'kind' | 'record'>): string {
  const base = {
    program: 'programs',
    framework: 'frameworks',
    community: 'communities',
    domain: 'market-domains',
  };
  return `/${base[hit.kind]}/${encodeURIComponent(String(hit.record.id))}`;
}

/** One found record: its name (matches marked), what it is, and where it matched if not in its name. */
export function SearchHitItem({ hit, terms }: { hit: SearchHit; terms: QueryTerm[] }) {
  const { t, locale, formatList } = useI18n();
  const name = hit.kind === 'domain' ? `${circledDomain(hit.record.id)} ${hit.record.name}` : hit.record.name;
  const ministries = (list: string[]) => formatList(list.map((m) => gloss('ministry', m, locale)));
  const meta =
    hit.kind === 'program'
      ? [ministries(hit.record.ministries), statusLabel(hit.record, t, locale)]
      : hit.kind === 'framework'
        ? [gloss('framework-kind', hit.record.kind, locale), ministries(hit.record.owners)]
        : hit.kind === 'community'
          ? [
              t(`community.status.${hit.record.status}`),
              formatList(hit.record.prefectures.map((p) => gloss('prefecture', p.name, locale))),
            ]
          : [
              gloss('category', hit.record.category, locale),
              gloss('ministry', hit.record.leadMinistry, locale),
            ];
  const metaLine = meta.filter(Boolean).join(' · ');
  // Where it matched, unless the line above already shows it (a ministry, a lead ministry).
  const field = hit.field && !metaLine.includes(hit.field.text) ? hit.field : null;
  return (
    <li className="search-hit" data-hit={`${hit.kind}:${hit.record.id}`}>
      <Link to={hitPath(hit)} className="search-hit-name">
        <Highlighted segments={highlight(name, terms)} />
      </Link>
      <span className="search-hit-meta">{metaLine}</span>
      {field && (
        <small className="snippet">
          {t(`search.field.${field.field}`)}: <Highlighted segments={highlight(field.text, terms)} />
        </small>
      )}
    </li>
  );
}
