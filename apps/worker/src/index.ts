export { jobHandlers } from './handlers.ts';
export { platformWorkers } from './platform-workers.ts';
