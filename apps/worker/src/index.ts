export { jobHandlers } from './handlers.ts';
