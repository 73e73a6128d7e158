import { createContext, useContext } from 'react';
import type { Site } from './api-types.ts';

export const SiteContext = createContext<Site | null>(null);

/** The city this page is for, as loaded once at start-up. */
export function useSite(): Site {
  const site = useContext(SiteContext);
  if (!site) throw new Error('useSite must be used inside <SiteContext.Provider>');
  return site;
}
