export { provisionRequest, PROVISIONING_STEPS, STEP_LABELS, RESERVED_SLUGS, SUPPORTED_LOCALES, type ProvisionRequest, type ProvisioningStep } from './provision-request.ts';
export { startProvisioning } from './start-provisioning.ts';
export { addProvisioningFlow, retryProvisioning, runProvisioningWorker, PROVISIONING_QUEUE } from './provisioning-flow.ts';
export { findRun, finishedProvisioningRuns, listRecentRuns, progressChannel, type StepState } from './provisioning-runs.ts';
export { provisioningSteps, DEFAULT_BRANDING, type ProvisioningDeps } from './provisioning-steps.ts';
