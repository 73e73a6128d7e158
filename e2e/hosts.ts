import { E2E_PORT } from './playwright.config.ts';

/** The portal of a demo city, on its own host. */
export const cityUrl = (slug: string, path = '/') => `http://${slug}.localhost:${E2E_PORT}${path}`;
export const consoleUrl = (path = '/') => `http://console.localhost:${E2E_PORT}${path}`;

export const demoLocales: Record<string, string[]> = {
  paris: ['fr', 'en'],
  budapest: ['hu', 'en'],
  baltimore: ['en', 'es'],
};
