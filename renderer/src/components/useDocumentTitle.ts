import { useEffect } from 'react';

/** Screen readers announce the title on route change; it also names printed and saved pages. */
export function useDocumentTitle(title: string | null) {
  useEffect(() => {
    if (title) document.title = `${title} | 支援メニューナビ`;
  }, [title]);
}
