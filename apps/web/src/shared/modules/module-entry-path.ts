/**
 * The portal path of a module navigation entry. `/api/site` answers `/m/<id>/…` already; the
 * admin detail has the declaration's path, relative to the module's root ("" or "entries").
 */
export function moduleEntryPath(moduleId: string, path: string): string {
  if (path.startsWith('/')) return path;
  return `/m/${moduleId}/${path}`;
}
