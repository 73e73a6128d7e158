import { Histogram, type Registry } from 'prom-client';

export type ProvisioningOutcome = 'succeeded' | 'failed';
export type ProvisioningOutcomes = () => Promise<{ seconds: number; outcome: ProvisioningOutcome }[]>;

/**
 * How long provisioning a city took, from the request to its last step or final failure.
 *
 * Provisioning runs in the worker, which nobody scrapes; the API scrapes. With `outcomes`, the
 * histogram is rebuilt at each scrape from every finished run on record, so it stays cumulative
 * (as Prometheus expects) and every API process reports the same figures.
 */
export function provisioningMetrics(registry: Registry, outcomes?: ProvisioningOutcomes): (seconds: number, outcome: ProvisioningOutcome) => void {
  const histogram: Histogram<'outcome'> = new Histogram({
    name: 'civitas_provisioning_duration_seconds',
    help: 'Time from a provisioning request to its outcome (succeeded, or failed with no attempts left).',
    labelNames: ['outcome'] as const,
    buckets: [1, 2, 5, 10, 20, 30, 60, 120, 300, 600],
    registers: [registry],
    ...(outcomes
      ? {
          async collect() {
            const runs = await outcomes();
            histogram.reset();
            for (const outcome of ['succeeded', 'failed'] as const) histogram.zero({ outcome });
            for (const run of runs) histogram.observe({ outcome: run.outcome }, run.seconds);
          },
        }
      : {}),
  });
  for (const outcome of ['succeeded', 'failed'] as const) histogram.zero({ outcome });
  return (seconds, outcome) => histogram.observe({ outcome }, seconds);
}
