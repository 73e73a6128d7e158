/** In rising order of urgency; the database enum has the same order, so sorting by it puts alerts first when descending. */
export const SEVERITIES = ['info', 'warning', 'alert'] as const;
export type Severity = (typeof SEVERITIES)[number];
