// Before each test file: charts are drawn by the worker the global setup built (built-cli.ts),
// and any command line run in or from this process keeps its charts in the tests' temp folder.
import { inject } from 'vitest';
import { useChartWorker } from '../../electron/services/charts/chart-drawing';

useChartWorker(inject('chartWorker'));
process.env.REPORT_DESK_CHART_CACHE = inject('chartCache');
