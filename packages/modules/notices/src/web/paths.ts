// Where the host renders this module (see ModuleWeb in @civitas/module-sdk/web), for links that
// also work when opened in a new tab, and for the banner, which is given no navigation.
export const PORTAL_BASE = '/m/notices/';
export const ADMIN_BASE = '/admin/m/notices/';
