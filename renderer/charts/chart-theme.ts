// Chart colours come from the same CSS custom properties as the page, so light and dark match.
import { useEffect, useState } from 'react';
import { LIGHT_CHART_THEME, type ChartTheme } from '../../shared/chart-config';

const DARK_QUERY = '(prefers-color-scheme: dark)';

export function readChartTheme(): ChartTheme {
  const style = getComputedStyle(document.documentElement);
  const read = (name: string, fallback: string): string => style.getPropertyValue(name).trim() || fallback;
  const series = LIGHT_CHART_THEME.series.map((fallback, index) => read(`--rd-chart-${index + 1}`, fallback));
  return {
    text: read('--rd-text', LIGHT_CHART_THEME.text),
    grid: read('--rd-chart-grid', LIGHT_CHART_THEME.grid),
    series,
    target: read('--rd-chart-target', LIGHT_CHART_THEME.target),
    miss: read('--rd-chart-miss', LIGHT_CHART_THEME.miss),
  };
}

/** The current theme, re-read when the system switches between light and dark. */
export function useChartTheme(): ChartTheme {
  const [theme, setTheme] = useState<ChartTheme>(readChartTheme);
  useEffect(() => {
    const query = window.matchMedia(DARK_QUERY);
    const update = (): void => setTheme(readChartTheme());
    query.addEventListener('change', update);
    return () => query.removeEventListener('change', update);
  }, []);
  return theme;
}
