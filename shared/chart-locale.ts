// The locale an English chart's axis ticks are written in: en-GB, as the document's English is,
// whatever the machine's own locale (chart.js would otherwise take the system's, and write
// "1.234,5" on an English report made on a German machine). The chart thread writes these ticks
// itself, without Intl (electron/services/charts/chart-images.ts).
export const ENGLISH_TICK_LOCALE = 'en-GB';
