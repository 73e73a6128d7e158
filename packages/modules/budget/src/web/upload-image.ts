import { API_BASE } from './paths.ts';

/**
 * Sends a picture as raw bytes. The module API client speaks JSON only (the platform's body limit is
 * 100 kB), so this one call goes through fetch, with the session's CSRF token like every write.
 */
export async function uploadImage(projectId: string, file: File): Promise<void> {
  const session = await fetch('/api/session', { credentials: 'same-origin' });
  const { csrfToken } = (await session.json()) as { csrfToken: string };
  const res = await fetch(`${API_BASE}projects/${encodeURIComponent(projectId)}/image`, {
    method: 'PUT',
    credentials: 'same-origin',
    headers: { 'content-type': file.type || 'application/octet-stream', 'x-csrf-token': csrfToken },
    body: file,
  });
  if (!res.ok) {
    const body = (await res.json().catch(() => ({}))) as { error?: { message?: string } };
    throw Object.assign(new Error(body.error?.message ?? res.statusText), { status: res.status, fields: {} });
  }
}
