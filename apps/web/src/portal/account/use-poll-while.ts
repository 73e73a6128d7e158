import { useEffect, useRef } from 'react';

const FIRST_MS = 3000;
const LONGEST_MS = 15_000;

/**
 * Calls `reload` a few seconds after each new answer while `active`, slowing down the longer it
 * waits, and not at all while the tab is hidden (it catches up when the tab is shown again).
 * `answer` must change with every answer: that is what schedules the next look.
 */
export function usePollWhile(active: boolean, answer: unknown, reload: () => void): void {
  const polls = useRef(0);
  useEffect(() => {
    if (!active) {
      polls.current = 0;
      return;
    }
    const delay = Math.min(FIRST_MS * 1.25 ** polls.current, LONGEST_MS);
    const look = () => {
      polls.current += 1;
      reload();
    };
    const whenShown = () => {
      if (document.visibilityState === 'visible') look();
    };
    const timer = window.setTimeout(() => {
      if (document.visibilityState === 'visible') look();
      else document.addEventListener('visibilitychange', whenShown, { once: true });
    }, delay);
    return () => {
      window.clearTimeout(timer);
      document.removeEventListener('visibilitychange', whenShown);
    };
  }, [active, answer, reload]);
}
