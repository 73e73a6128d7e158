export { newsModule } from './module.ts';
export { sanitizeBody } from './sanitize-body.ts';
