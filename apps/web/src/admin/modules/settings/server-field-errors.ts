/**
 * The API's 400 `fields` (keyed by dotted path, "settings.maxBannerNotices" or
 * "settings.categories.2") sorted onto the form's fields; the rest belong to the form as a whole.
 */
export function serverFieldErrors(fields: Record<string, string>, keys: string[]): { byField: Record<string, string>; other: string[] } {
  const byField: Record<string, string> = {};
  const other: string[] = [];
  for (const [path, message] of Object.entries(fields)) {
    const relative = path === 'settings' ? '' : path.startsWith('settings.') ? path.slice('settings.'.length) : path;
    const [key, ...rest] = relative.split('.');
    if (!key || !keys.includes(key)) {
      other.push(message);
      continue;
    }
    const item = rest.length > 0 && /^\d+$/.test(rest[0]!) ? Number(rest[0]) + 1 : null;
    const text = item === null ? message : `item ${item}: ${message}`;
    byField[key] = byField[key] ? `${byField[key]}; ${text}` : text;
  }
  return { byField, other };
}
