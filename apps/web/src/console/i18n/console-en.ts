/** Operator console strings (English only). */
export const consoleEn = {
  owner: 'Civitas',
  tool: 'Operator console',
  navLabel: 'Console',
  nav: {
    cities: 'Cities',
  },
  signIn: {
    title: 'Operator sign in',
    intro: 'Sign in with your Civitas operator account.',
  },
  tenants: {
    title: 'Cities',
    intro: 'Every city hosted on this platform.',
    caption: 'Cities on this platform',
    count_one: '{{count}} city',
    count_other: '{{count}} cities',
    name: 'Name',
    slug: 'Identifier',
    status: 'Status',
    domains: 'Domains',
    primary: 'Primary',
    locales: 'Languages',
    defaultLocale: '{{locale}} (default)',
    created: 'Created',
    empty: 'No cities have been created yet.',
  },
};
