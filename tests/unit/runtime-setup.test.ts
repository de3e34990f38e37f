import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

/** Every file the renderer starts from: the page's entry and each worker. */
function entries(): string[] {
  const workers = readdirSync('renderer/src', { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.worker.ts'))
    .map((file) => path.join('renderer/src', file));
  return ['renderer/src/main.tsx', ...workers];
}

const firstImport = (file: string) => readFileSync(file, 'utf8').match(/^import\s+[^;]+;/m)?.[0];

describe('renderer entries', () => {
  it('the page configures zod in a classic script that runs before every module script', () => {
    // The bundled page runs chunks (some parse schemas as they load) before main.tsx's own first
    // import, so the page cannot rely on runtime-setup alone.
    const html = readFileSync('renderer/index.html', 'utf8');
    const scripts = [...html.matchAll(/<script([^>]*)src="([^"]+)"/g)].map(([, attributes, src]) => ({
      src,
      module: attributes!.includes('type="module"'),
    }));
    expect(scripts[0]).toEqual({ src: './zod-jitless.js', module: false });
    const global: { __zod_globalConfig?: { jitless?: boolean } } = {};
    new Function('globalThis', readFileSync('renderer/public/zod-jitless.js', 'utf8'))(global);
    expect(global.__zod_globalConfig).toEqual({ jitless: true });
  });

  it('has a page entry and the workers', () => {
    expect(entries().length).toBeGreaterThanOrEqual(3);
  });

  it.each(entries())('%s imports runtime-setup before anything else, so zod never tries eval', (file) => {
    // Modules run in import order: anything imported earlier could build a schema before zod is jitless.
    expect(firstImport(file)).toMatch(/^import '(\.\.\/)*(\.\/)?runtime-setup';$/);
  });
});
