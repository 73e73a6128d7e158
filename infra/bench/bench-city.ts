import type { PlatformClient } from '@civitas/db';
import { createTenant } from '@civitas/platform';

export const benchBranding = {
  colors: { primary: '#0b3d91', onPrimary: '#ffffff', background: '#ffffff', text: '#1a1a1a' },
  logoUrl: null,
  fontFamily: 'system' as const,
};

export function createBenchCity(platformDb: PlatformClient, slug = 'bench') {
  return createTenant(platformDb, {
    slug,
    name: 'Bench City',
    locales: ['en', 'fr'],
    defaultLocale: 'en',
    timeZone: 'Europe/Paris',
    branding: benchBranding,
    hosts: [`${slug}.localhost`],
  });
}
