// Real IndexedDB semantics in Node: Dexie runs unchanged against fake-indexeddb.
import 'fake-indexeddb/auto';

if (typeof document !== 'undefined') {
  // Component tests (jsdom): findBy… and waitFor give up after 1 s by default. Live queries and
  // rows drawn frame by frame take longer than that on a two-core machine shared with other work,
  // which failed tests that were right. Waiting longer only matters when the page is slow: a
  // condition that never holds still fails.
  const { configure } = await import('@testing-library/react');
  configure({ asyncUtilTimeout: 5_000 });
}

// The app loads English messages when English is chosen; tests word things in both languages.
const { loadMessages } = await import('../../renderer/src/i18n/i18n');
await loadMessages('en');
