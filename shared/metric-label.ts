// A metric's name as a row shows it. Below the model: the schema's own messages name metrics
// with it, and it needs nothing but the three fields it reads.

/** The fields a metric's label is made of (a Metric has them). */
export interface MetricNaming {
  name: string;
  group: string | null;
  key: string | null;
}

/** Row label of a metric: "Availability", or "Support priority lu" inside a group. */
export function metricLabel(metric: MetricNaming): string {
  if (metric.group !== null && metric.key !== null) return `${metric.group} ${metric.key}`;
  return metric.name;
}
