import sanitizeHtml from 'sanitize-html';

/** The only pictures a body may show: files of this module's store, by their id. */
export const FILE_SRC = /^\/api\/m\/news\/files\/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

// An allow-list: everything else is dropped, and so is every attribute not named here (event
// handlers, style, srcset…). Links may only go to the web, to mail or to the phone.
const options: sanitizeHtml.IOptions = {
  allowedTags: ['p', 'br', 'h2', 'h3', 'h4', 'strong', 'em', 'b', 'i', 'u', 's', 'blockquote', 'ul', 'ol', 'li', 'a', 'img', 'figure', 'figcaption', 'code', 'pre', 'hr', 'table', 'thead', 'tbody', 'tr', 'th', 'td'],
  allowedAttributes: { a: ['href', 'title', 'rel'], img: ['src', 'alt'], th: ['colspan', 'rowspan', 'scope'], td: ['colspan', 'rowspan'] },
  allowedSchemes: ['https', 'http', 'mailto', 'tel'],
  allowedSchemesByTag: { img: [] },
  allowProtocolRelative: false,
  disallowedTagsMode: 'discard',
  // Their text is not content: never kept, even as text.
  nonTextTags: ['script', 'style', 'textarea', 'option', 'noscript', 'template', 'svg', 'math', 'iframe', 'object'],
  transformTags: { a: sanitizeHtml.simpleTransform('a', { rel: 'noopener noreferrer' }) },
  exclusiveFilter: (frame) => frame.tag === 'img' && !FILE_SRC.test(frame.attribs.src ?? ''),
};

/** Staff's rich text as it may be stored and served: nothing in it can run. */
export function sanitizeBody(html: string): string {
  return sanitizeHtml(html, options).trim();
}

/** Plain text of a body, for summaries and the feed. */
export function plainText(html: string): string {
  return sanitizeHtml(html, { allowedTags: [], allowedAttributes: {}, nonTextTags: options.nonTextTags }).replace(/\s+/g, ' ').trim();
}
