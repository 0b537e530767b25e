// chart.js, loaded the first time a chart comes near the view: the start screen and the grids
// never wait for it, and the window's first load stays small (README, "The window's first load").
import type { Chart } from 'chart.js';

export type ChartClass = typeof Chart;

let loaded: ChartClass | null = null;
let loading: Promise<ChartClass> | null = null;

/** chart.js with the parts our charts use registered, once loaded; null before. */
export function loadedChartLibrary(): ChartClass | null {
  return loaded;
}

/** Loads chart.js (once) and registers the parts our charts use. */
export function loadChartLibrary(): Promise<ChartClass> {
  loading ??= import('chart.js').then(({ BarController, BarElement, CategoryScale, Chart, Legend, LinearScale, LineController, LineElement, PointElement, Title, Tooltip }) => {
    Chart.register(LineController, BarController, LineElement, PointElement, BarElement, CategoryScale, LinearScale, Legend, Title, Tooltip);
    loaded = Chart;
    return Chart;
  });
  // A load that failed may be tried again by the next chart.
  loading.catch(() => (loading = null));
  return loading;
}
