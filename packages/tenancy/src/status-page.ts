const TITLES: Record<number, string> = { 404: 'Not found', 410: 'Gone', 503: 'Temporarily unavailable' };

const escape = (s: string) =>
  s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

/** A small, accessible page for hosts that cannot serve the portal (unknown, suspended, gone). */
export function renderStatusPage({ status, message, lang }: { status: number; message: string; lang: string }) {
  const title = TITLES[status] ?? 'Error';
  return `<!doctype html>
<html lang="${escape(lang)}">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escape(title)}</title><link rel="stylesheet" href="/status-page.css"></head>
<body><main><h1>${escape(title)}</h1><p>${escape(message)}</p></main></body>
</html>`;
}
