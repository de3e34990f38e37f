// The team server for the end-to-end tests, started by Playwright beside the preview server:
// PouchDB Server (express-pouchdb), standalone and in memory, on the port given as argument.
import { startPouchDBServer } from './team-server';

const port = Number(process.argv[2]);
const { origin } = await startPouchDBServer(port);
console.log(`team test server on ${origin}`);
