/** Where the module's resident pages live in the portal. */
export const BASE = '/m/news/';
