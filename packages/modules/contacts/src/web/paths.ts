// Where the host renders this module (see ModuleWeb in @civitas/module-sdk/web), for links that
// also work when opened in a new tab.
export const PORTAL_BASE = '/m/contacts/';
export const ADMIN_BASE = '/admin/m/contacts/';
