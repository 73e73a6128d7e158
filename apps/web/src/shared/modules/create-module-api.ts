import type { ModuleApi } from '@civitas/module-sdk/web';
import { apiClient } from '../api/api-client.ts';

/**
 * The API client a module's web code gets: its paths are relative to `/api/m/<id>/`, and writes
 * carry the CSRF token like every other call. A leading "/" or ".." cannot climb out of the module.
 */
export function createModuleApi(moduleId: string): ModuleApi {
  const root = `/api/m/${encodeURIComponent(moduleId)}/`;
  const url = (path: string) => {
    const relative = path.replace(/^\/+/, '');
    if (relative.split(/[/?#]/).includes('..')) throw new Error(`Module path "${path}" leaves the module`);
    return root + relative;
  };
  return {
    get: async (path) => apiClient.get(url(path)),
    post: async (path, body) => apiClient.post(url(path), body),
    put: async (path, body) => apiClient.put(url(path), body ?? {}),
    del: async (path) => apiClient.delete(url(path)),
  };
}
