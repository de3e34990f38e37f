import type { ReactNode } from 'react';
import { useI18n } from '../i18n/i18n';
import { getPlatform } from '../platform/platform';
import { useCheckedWrite } from './useCheckedWrite';
import { WriteFailure } from './WriteFailure';

/**
 * A mailto:, tel: or https: link. Inside Electron the click goes to the main process, which
 * re-checks the URL before the OS opens it (the window itself may never navigate away) and asks,
 * in the UI language, before opening a web page.
 */
export function ExternalLink({
  href,
  children,
  label,
}: {
  href: string;
  children: ReactNode;
  label?: string;
}) {
  const { locale } = useI18n();
  const open = useCheckedWrite();
  return (
    <>
      <a
        href={href}
        aria-label={label}
        onClick={(event) => {
          const platform = getPlatform();
          if (!platform.handlesLinks) return;
          event.preventDefault();
          open.run(() => platform.openExternal(href, locale));
        }}
      >
        {children}
      </a>
      <WriteFailure write={open} action="open" />
    </>
  );
}
