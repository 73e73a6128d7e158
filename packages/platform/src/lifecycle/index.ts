export { setCityStatus } from './set-city-status.ts';
export { addDomain, removeDomain, setPrimaryDomain } from './city-domains.ts';
export { startCityExport, runCityExport } from './city-export.ts';
export { requestCityDeletion, runCityDeletion } from './city-deletion.ts';
export { runOperationsWorker } from './operations-worker.ts';
export { OPERATIONS_QUEUE } from './operations-queue.ts';
export { tenantTables } from './tenant-tables.ts';
