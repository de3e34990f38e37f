// Bundled by bench:import and loaded into the app page: the app's own reader and writer.
export { readCatalogPack } from '../../shared/catalog/catalog-pack';
export { applyCatalog } from '../../renderer/src/db/catalog-update';
export { NaviDatabase } from '../../renderer/src/db/db';
