import type { BrowserWindow, Dialog, MessageBoxOptions, Shell } from 'electron';
import { parseExternalUrl } from '../../shared/ipc/external-url';

export type DialogLocale = 'ja' | 'en';

const CONFIRM_TEXT = {
  ja: {
    title: '外部のサイトを開く',
    message: (host: string) => `${host} をブラウザで開きますか？`,
    detail: (href: string) => `支援メニューナビの外のサイトです。開くページ:\n${href}`,
    buttons: ['開く', 'キャンセル'],
  },
  en: {
    title: 'Open an outside website',
    message: (host: string) => `Open ${host} in your browser?`,
    detail: (href: string) => `This site is outside 支援メニューナビ. The page:\n${href}`,
    buttons: ['Open', 'Cancel'],
  },
} as const;

/**
 * The question the main process asks before a web page leaves the app. The host is named by the
 * main process from the parsed URL (an internationalised name in its xn-- form, so a look-alike
 * host cannot pass for another), never by the page. Cancel is the default.
 */
export function confirmHostOptions(host: string, href: string, locale: DialogLocale): MessageBoxOptions {
  const text = CONFIRM_TEXT[locale];
  return {
    type: 'question',
    title: text.title,
    message: text.message(host),
    detail: text.detail(href),
    buttons: [...text.buttons],
    defaultId: 1,
    cancelId: 1,
    noLink: true,
  };
}

export interface LinkOpenerDeps {
  shell: Pick<Shell, 'openExternal'>;
  dialog: Pick<Dialog, 'showMessageBox'>;
}

export type OpenLink = (
  raw: string,
  context: { window: BrowserWindow | null; locale: DialogLocale },
) => Promise<boolean>;

/**
 * Hands a link to the OS only after URL parsing allows it: mail and phone links at once, an https
 * page only after the user confirms its host in a dialog.
 */
export function createLinkOpener({ shell, dialog }: LinkOpenerDeps): OpenLink {
  return async (raw, { window, locale }) => {
    const link = parseExternalUrl(raw);
    if (!link) return false;
    if (link.kind === 'https') {
      const options = confirmHostOptions(link.host, link.href, locale);
      const { response } = window
        ? await dialog.showMessageBox(window, options)
        : await dialog.showMessageBox(options);
      if (response !== 0) return false;
    }
    await shell.openExternal(link.href);
    return true;
  };
}
