export { newsModule } from './module.ts';
export { sanitizeBody } from './sanitize-body.ts';
export { seedDemoNews } from './seed-demo-news.ts';
