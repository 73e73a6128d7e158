import { useEffect } from 'react';

const EVERY_MS = 1500;

/**
 * Calls `reload` shortly after each new answer while `active` (a job is running), and not while
 * the tab is hidden: it looks again as soon as the tab is shown. `answer` must change with every
 * answer: that is what schedules the next look.
 */
export function usePoll(active: boolean, answer: unknown, reload: () => void, everyMs = EVERY_MS): void {
  useEffect(() => {
    if (!active) return;
    const whenShown = () => {
      if (document.visibilityState === 'visible') reload();
    };
    const timer = window.setTimeout(() => {
      if (document.visibilityState === 'visible') reload();
      else document.addEventListener('visibilitychange', whenShown, { once: true });
    }, everyMs);
    return () => {
      window.clearTimeout(timer);
      document.removeEventListener('visibilitychange', whenShown);
    };
  }, [active, answer, reload, everyMs]);
}
