/**
 * Sends a picture as raw bytes. The module API client speaks JSON only, so this one call goes
 * through fetch, with the session's CSRF token like every write.
 */
export async function uploadImage(file: File): Promise<{ url: string }> {
  const session = await fetch('/api/session', { credentials: 'same-origin' });
  const { csrfToken } = (await session.json()) as { csrfToken: string };
  const res = await fetch('/api/m/news/admin/images', {
    method: 'POST',
    credentials: 'same-origin',
    headers: { 'content-type': file.type || 'application/octet-stream', 'x-csrf-token': csrfToken },
    body: file,
  });
  const body = (await res.json().catch(() => ({}))) as { image?: { url: string }; error?: { message?: string } };
  if (!res.ok || !body.image) throw Object.assign(new Error(body.error?.message ?? res.statusText), { status: res.status, fields: {} });
  return body.image;
}
