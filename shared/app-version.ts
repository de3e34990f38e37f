import packageJson from '../package.json' with { type: 'json' };

/** This app's version: a signed pack names the oldest app that may install it. */
export const APP_VERSION: string = packageJson.version;
