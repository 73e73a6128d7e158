import { useEffect, useRef } from 'react';
import { useLocation } from 'react-router-dom';

/** How long to wait for a lazily loaded page (a module) to render its heading. */
const LATE_HEADING_MS = 5000;

/**
 * After a client-side navigation, moves focus to the new page's <h1>, as a full page load
 * would reset it; otherwise keyboard and screen-reader users stay on the link they left.
 * A page that is still loading gets its heading focused when it appears.
 */
export function useRouteFocus(): void {
  const { pathname } = useLocation();
  const first = useRef(true);
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    const focusHeading = () => {
      const heading = document.querySelector<HTMLElement>('main h1');
      if (!heading) return false;
      heading.tabIndex = -1;
      heading.focus();
      return true;
    };
    if (focusHeading()) return;
    const main = document.querySelector('main');
    if (!main) return;
    // Only while the reader has not moved on: never pull focus from something they chose.
    const left = document.activeElement;
    const observer = new MutationObserver(() => {
      const moved = document.activeElement !== left && document.activeElement !== document.body;
      if (moved || focusHeading()) observer.disconnect();
    });
    observer.observe(main, { childList: true, subtree: true });
    const timer = window.setTimeout(() => observer.disconnect(), LATE_HEADING_MS);
    return () => {
      observer.disconnect();
      window.clearTimeout(timer);
    };
  }, [pathname]);
}
