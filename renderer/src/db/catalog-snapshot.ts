import type { Catalog } from '../../../shared/catalog/catalog';

/** The record kinds the matching engine reads (the matching worker reads them in one transaction). */
export type MatchableCatalog = Pick<Catalog, 'programs' | 'communities' | 'marketDomains' | 'frameworks'>;
