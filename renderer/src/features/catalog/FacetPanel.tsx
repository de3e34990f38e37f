import { memo } from 'react';
import { FACETS, type Facet, type Filters } from '../../../../shared/search/facets';
import type { SearchResult } from '../../../../shared/search/program-search';
import { useMarketDomains } from '../../db/market-domains-repository';
import { useI18n } from '../../i18n/i18n';
import { facetValueLabel } from './facet-labels';

/** Checkbox groups with counts; a facet shows only where the catalog has values for it. */
/** Memoised: a keystroke does not redraw the facets, only a search reply with new counts does. */
export const FacetPanel = memo(function FacetPanel({
  counts,
  filters,
  onToggle,
}: {
  counts: SearchResult['facetCounts'];
  filters: Filters;
  onToggle: (facet: Facet, value: string) => void;
}) {
  const { t, locale, formatCount } = useI18n();
  const domains = new Map(useMarketDomains()?.map((d) => [d.id, d]));
  return (
    <section className="facets" aria-label={t('search.filters')}>
      {FACETS.map((facet) => {
        const selected = filters[facet] ?? [];
        const values = [...new Set([...counts[facet].keys(), ...selected])];
        if (values.length === 0) return null;
        values.sort(
          (a, b) => (counts[facet].get(b) ?? 0) - (counts[facet].get(a) ?? 0) || a.localeCompare(b, 'ja'),
        );
        return (
          <fieldset key={facet} className="facet">
            <legend>{t(`facet.${facet}`)}</legend>
            {values.map((value) => (
              <label key={value} className="facet-value">
                <input
                  type="checkbox"
                  checked={selected.includes(value)}
                  onChange={() => onToggle(facet, value)}
                />
                <span>{facetValueLabel(facet, value, t, domains, locale)}</span>
                <span className="facet-count">{formatCount(counts[facet].get(value) ?? 0)}</span>
              </label>
            ))}
          </fieldset>
        );
      })}
    </section>
  );
});
