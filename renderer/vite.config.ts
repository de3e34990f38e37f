import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';
import { CONTENT_SECURITY_POLICY } from '../shared/security/csp';

// The dev server needs an inline React Refresh preamble and a websocket; the build never does.
const DEV_POLICY = CONTENT_SECURITY_POLICY.replace(
  "script-src 'self'",
  "script-src 'self' 'unsafe-inline'",
).replace("connect-src 'self'", "connect-src 'self' ws://localhost:* ws://127.0.0.1:*");

/**
 * index.html carries the production CSP literally (tests/unit/csp.test.ts pins it to the shared
 * constant, and scanners can read it). Only the dev server swaps in its looser policy.
 */
function devContentSecurityPolicy(): Plugin {
  return {
    name: 'dev-content-security-policy',
    apply: 'serve',
    transformIndexHtml: (html) => html.replace(CONTENT_SECURITY_POLICY, DEV_POLICY),
  };
}

export default defineConfig({
  root: import.meta.dirname,
  // Relative asset URLs: the same build is served from app://bundle/ and from http://127.0.0.1.
  base: './',
  plugins: [react(), devContentSecurityPolicy()],
  // PouchDB imports Node's "events"; in the page that is the `events` package, its browser port.
  resolve: { alias: [{ find: /^events$/, replacement: 'events/events.js' }] },
  build: {
    outDir: '../dist-renderer',
    emptyOutDir: true,
    // No inlined assets: a data: script would need a looser CSP.
    assetsInlineLimit: 0,
    // Loaded from the local disk, never over a network: one bundle is fine.
    chunkSizeWarningLimit: 1500,
    rolldownOptions: {
      output: {
        // zod and the module that makes it jitless share one chunk, the setup right after zod: a
        // chunk the first screen imports (with schemas built at load) must never run before it.
        codeSplitting: {
          groups: [{ name: 'runtime-setup', test: /[\\/]node_modules[\\/]zod[\\/]|[\\/]runtime-setup\.ts$/ }],
        },
      },
    },
  },
  // Module workers (both are created with type: 'module'), so a worker can load the Excel reader
  // as its own chunk, only when an .xlsx file arrives.
  worker: { format: 'es' },
  server: { host: '127.0.0.1', port: 5173, strictPort: true },
  // The preview server (the e2e tests' and benchmarks' server) sends the CSP as a header too, as the
  // app:// protocol does: a worker script is held to the policy of its own response, not the page's.
  preview: {
    host: '127.0.0.1',
    port: 4173,
    strictPort: true,
    // The web build reaches a team server through its own origin (a reverse proxy), so the
    // page's connect-src 'self' holds. The end-to-end tests proxy /couchdb/ to their server.
    proxy: process.env.TEAM_PROXY_TARGET
      ? {
          '/couchdb': {
            target: process.env.TEAM_PROXY_TARGET,
            rewrite: (p: string) => p.replace(/^\/couchdb/, ''),
            ws: false,
          },
        }
      : {},
    headers: { 'content-security-policy': CONTENT_SECURITY_POLICY },
  },
});
