export { createPrivacyRouter, type PrivacyDeps } from './privacy-router.ts';
export { privacyExportJob, privacyExportHandler } from './privacy-export-job.ts';
export { eraseResident } from './erase-resident.ts';
export { collectResidentData } from './collect-resident-data.ts';
export { buildArchive } from './build-archive.ts';
