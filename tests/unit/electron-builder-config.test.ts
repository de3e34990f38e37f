import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

const require = createRequire(import.meta.url);
// electron-builder's own validator: the same check `npm run dist` runs before packaging.
const { validateConfiguration } = require('app-builder-lib/out/util/config/config') as {
  validateConfiguration: (config: unknown, logger: unknown) => Promise<void>;
};
const { DebugLogger } = require('builder-util') as { DebugLogger: new (enabled: boolean) => unknown };

const config = parse(readFileSync('electron-builder.yml', 'utf8'));

describe('electron-builder.yml', () => {
  it('passes electron-builder’s schema', async () => {
    await expect(validateConfiguration(config, new DebugLogger(false))).resolves.toBeUndefined();
  });

  it('sets all eight fuses, each to its locked-down value', () => {
    // toEqual: a fuse flipped, dropped or added fails here.
    expect(config.electronFuses).toEqual({
      runAsNode: false,
      enableCookieEncryption: true,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      loadBrowserProcessSpecificV8Snapshot: false,
      grantFileProtocolExtraPrivileges: false,
    });
    expect(config.asar).toBe(true);
  });

  it('leaves no fuse that electron-builder can set at Electron’s default', () => {
    // The fuse wire electron-builder flips (@electron/fuses, as it resolves it) and the options its schema accepts.
    const fuses = createRequire(require.resolve('app-builder-lib'))('@electron/fuses') as {
      FuseV1Options: Record<string, number | string>;
    };
    const wire = Object.keys(fuses.FuseV1Options)
      .filter((name) => Number.isNaN(Number(name)))
      .map((name) => name[0]!.toLowerCase() + name.slice(1));
    const schema = require('app-builder-lib/scheme.json') as {
      definitions: { FuseOptionsV1: { properties: Record<string, unknown> } };
    };
    const settable = Object.keys(schema.definitions.FuseOptionsV1.properties).filter(
      (name) => name !== 'resetAdHocDarwinSignature',
    );
    expect(wire.sort()).toEqual(settable.sort());
    expect(Object.keys(config.electronFuses).sort()).toEqual(settable.sort());
  });

  it('ships only the built app and targets every platform users have', () => {
    expect(config.productName).toBe('支援メニューナビ');
    expect(config.files).toEqual(['package.json', 'dist-electron/**/*', 'dist-renderer/**/*', '!**/*.map']);
    expect(config.win.target).toEqual(['nsis', 'portable']);
    expect(config.mac.target).toEqual(['dmg']);
    expect(config.linux.target).toEqual(['AppImage', 'deb']);
  });
});
