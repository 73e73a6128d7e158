import { useEffect } from 'react';

/** "Page – Site": screen readers announce the title first, so the page name leads. */
export function useDocumentTitle(page: string | null, site: string): void {
  useEffect(() => {
    document.title = page ? `${page} – ${site}` : site;
  }, [page, site]);
}
