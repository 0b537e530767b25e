// When a recent report last changed, as a person says it: "today at 14:05", "yesterday at
// 09:12", "12 March 2026".

function sameDay(a: Date, b: Date): boolean {
  return a.getFullYear() === b.getFullYear() && a.getMonth() === b.getMonth() && a.getDate() === b.getDate();
}

export function describeLastChange(modified: string, now: Date = new Date()): string {
  const when = new Date(modified);
  if (Number.isNaN(when.getTime())) return 'unknown';
  const time = when.toLocaleTimeString('en-GB', { hour: '2-digit', minute: '2-digit' });
  if (sameDay(when, now)) return `today at ${time}`;
  const yesterday = new Date(now);
  yesterday.setDate(now.getDate() - 1);
  if (sameDay(when, yesterday)) return `yesterday at ${time}`;
  return when.toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric' });
}
