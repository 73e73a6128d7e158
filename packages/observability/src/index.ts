export { createMetrics, type Metrics, type MetricsOptions } from './create-metrics.ts';
export { createQueuesDashboard, type QueuesDashboardOptions } from './create-queues-dashboard.ts';
export { metricsAccess, DEFAULT_METRICS_ALLOWED_IPS, type MetricsAccessOptions } from './metrics-access.ts';
export { parseAllowList, parseAllowEntry, type IpAllowList } from './ip-allow-list.ts';
export { routeLabel, UNMATCHED_ROUTE } from './route-label.ts';
export type { ProvisioningOutcome, ProvisioningOutcomes } from './provisioning-metrics.ts';
export { installRequestLogging, keepInSample, ACCESS_LOG_MODES, type AccessLogMode, type AccessLogOptions } from './access-log.ts';
