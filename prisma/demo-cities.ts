import type { NewTenant } from '@civitas/platform';

/** Three demo cities that look and read differently. */
export const demoCities = (
  baseDomain: string,
): Array<Omit<NewTenant, 'hosts'> & { hosts: string[]; admin: string; residents: string[]; modules: string[]; districts?: string[] }> => [
  {
    slug: 'paris',
    name: 'Paris',
    locales: ['fr', 'en'],
    defaultLocale: 'fr',
    timeZone: 'Europe/Paris',
    branding: {
      colors: { primary: '#000091', onPrimary: '#ffffff', background: '#ffffff', text: '#161616' },
      logoUrl: null,
      fontFamily: 'system',
    },
    hosts: [`paris.${baseDomain}`, `ville-de-paris.${baseDomain}`],
    admin: 'Camille Martin',
    modules: ['budget', 'news'],
    districts: ['1er arrondissement', '2e arrondissement', '3e arrondissement', '4e arrondissement', '5e arrondissement'],
    residents: ['Léa Dubois', 'Hugo Bernard'],
  },
  {
    slug: 'budapest',
    name: 'Budapest',
    locales: ['hu', 'en'],
    defaultLocale: 'hu',
    timeZone: 'Europe/Budapest',
    branding: {
      colors: { primary: '#7a1f2b', onPrimary: '#fffaf0', background: '#fdf8ee', text: '#2a1d14' },
      logoUrl: null,
      fontFamily: 'serif',
    },
    hosts: [`budapest.${baseDomain}`],
    admin: 'Eszter Nagy',
    modules: ['notices', 'budget'],
    districts: ['I. kerület', 'II. kerület', 'III. kerület', 'V. kerület', 'XIII. kerület'],
    residents: ['Bence Kovács', 'Réka Tóth'],
  },
  {
    slug: 'baltimore',
    name: 'Baltimore',
    locales: ['en', 'es'],
    defaultLocale: 'en',
    timeZone: 'America/New_York',
    branding: {
      colors: { primary: '#3d1f6e', onPrimary: '#ffffff', background: '#f7f7fb', text: '#1b1b1f' },
      logoUrl: null,
      fontFamily: 'humanist',
    },
    hosts: [`baltimore.${baseDomain}`],
    admin: 'Jordan Carter',
    modules: ['contacts', 'news'],
    residents: ['Maria Lopez', 'Andre Johnson'],
  },
];
