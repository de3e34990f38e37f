// Bundled by bench:search-ui and loaded into the app page, to time the baselines on the UI thread.
export { ProgramSearchIndex } from '../../shared/search/program-search';
export { baselineFuse } from './baseline-fuse';
