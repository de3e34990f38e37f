// Bundled by bench:import and loaded into the app page for the baseline: the app's own database.
export { NaviDatabase } from '../../renderer/src/db/db';
