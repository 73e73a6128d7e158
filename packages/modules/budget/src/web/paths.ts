// Where the host renders this module (see ModuleWeb in @civitas/module-sdk/web), for real links.
export const PORTAL_BASE = '/m/budget/';
export const ADMIN_BASE = '/admin/m/budget/';
export const API_BASE = '/api/m/budget/';
