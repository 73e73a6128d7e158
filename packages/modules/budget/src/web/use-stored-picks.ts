import { useState } from 'react';

/**
 * The projects picked so far, kept in this tab's session storage so a reload (or a look at a
 * project's page) does not lose them. Never sent anywhere until the ballot is submitted.
 */
export function useStoredPicks(key: string): [string[], (picks: string[]) => void, () => void] {
  const [picks, setPicks] = useState<string[]>(() => {
    try {
      const stored = JSON.parse(window.sessionStorage.getItem(key) ?? '[]') as unknown;
      return Array.isArray(stored) ? stored.filter((x): x is string => typeof x === 'string') : [];
    } catch {
      return [];
    }
  });
  const save = (next: string[]) => {
    setPicks(next);
    try {
      window.sessionStorage.setItem(key, JSON.stringify(next));
    } catch {
      // Storage full or refused: the picks still live in the page.
    }
  };
  const clear = () => {
    setPicks([]);
    try {
      window.sessionStorage.removeItem(key);
    } catch {
      // Nothing to clear.
    }
  };
  return [picks, save, clear];
}
