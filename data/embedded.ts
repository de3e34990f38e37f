// The embedded default catalog, assembled from the JSON files beside this module.
// Unvalidated on purpose: callers run it through validateCatalog (shared/catalog/validate.ts).
import communities from './communities.json';
import frameworks from './frameworks.json';
import marketDomains from './market-domains.json';
import meta from './meta.json';
import programs from './programs.json';
import sources from './sources.json';

export const embeddedCatalogData: unknown = {
  meta,
  sources,
  programs,
  communities,
  marketDomains,
  frameworks,
};
export const embeddedCatalogVersion: string = meta.catalogVersion;
