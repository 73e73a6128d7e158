import { ApiError, NETWORK_ERROR } from './api-error.ts';
import type { Session } from './api-types.ts';

type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

// The session cookie is httpOnly; the CSRF token that goes with it is only readable
// from GET /api/session, so the client keeps the latest one here.
let csrfToken: string | null = null;

async function request<T>(method: Method, path: string, body?: unknown, retried = false): Promise<T> {
  const headers: Record<string, string> = { accept: 'application/json' };
  if (body !== undefined) headers['content-type'] = 'application/json';
  if (method !== 'GET') {
    if (csrfToken === null) await loadSession();
    headers['x-csrf-token'] = csrfToken ?? '';
  }

  let res: Response;
  try {
    res = await fetch(path, {
      method,
      headers,
      credentials: 'same-origin',
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  } catch {
    throw new ApiError(0, NETWORK_ERROR, 'The server could not be reached.');
  }

  if (res.ok) {
    if (res.status === 204) return undefined as T;
    return (await res.json()) as T;
  }

  const error = await readError(res);
  // A token goes stale when the session rotated in another tab: fetch a fresh one and try once more.
  if (!retried && method !== 'GET' && res.status === 403 && /csrf/i.test(error.code)) {
    await loadSession();
    return request<T>(method, path, body, true);
  }
  throw error;
}

async function readError(res: Response): Promise<ApiError> {
  try {
    const data = (await res.json()) as {
      error?: { code?: string; message?: string; fields?: Record<string, string>; details?: Record<string, unknown> };
    };
    const e = data.error ?? {};
    return new ApiError(res.status, e.code ?? `http_${res.status}`, e.message ?? res.statusText, e.fields ?? {}, e.details ?? {});
  } catch {
    return new ApiError(res.status, `http_${res.status}`, res.statusText);
  }
}

/** Fetches the session and remembers its CSRF token; call again after sign-in or sign-out, which rotate it. */
export async function loadSession(): Promise<Session> {
  const session = await request<Session>('GET', '/api/session');
  csrfToken = session.csrfToken;
  return session;
}

export const apiClient = {
  get: <T>(path: string) => request<T>('GET', path),
  post: <T>(path: string, body?: unknown) => request<T>('POST', path, body ?? {}),
  put: <T>(path: string, body: unknown) => request<T>('PUT', path, body),
  patch: <T>(path: string, body: unknown) => request<T>('PATCH', path, body),
  /** A body only where the API asks for one (e.g. deleting an account needs the password). */
  delete: <T>(path: string, body?: unknown) => request<T>('DELETE', path, body),
};
