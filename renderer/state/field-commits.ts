// A value typed in a field that commits on leaving it (a table cell, Planned PM, the number of
// months) is not in the report yet. Every command that saves, exports or replaces the report
// first commits it as leaving the field would: one mechanism for every field, none forgotten.

const underway = new Set<Promise<unknown>>();

/**
 * A field whose commit takes a while (it asks first, as shortening the period does) hands the
 * commit here, so a command waits for the answer instead of saving what was there before.
 */
export function trackFieldCommit(commit: Promise<unknown>): void {
  underway.add(commit);
  const done = (): void => void underway.delete(commit);
  commit.then(done, done);
}

function settle(): Promise<void> {
  // The commit reaches the app through React renders and effects (a table's problems): let them land.
  return new Promise((settled) => setTimeout(settled, 30));
}

/** Resolves once whatever was being typed has reached the report (or, if not valid, the app's problems). */
export async function commitFocusedField(): Promise<void> {
  const active = document.activeElement;
  if (active instanceof HTMLElement && active.matches('input, textarea, select')) {
    // A cell's editor goes once committed: its cell keeps the focus; any other field gets it back.
    const cell = active.closest('[role="grid"]') === null ? null : (active.parentElement?.closest<HTMLElement>('[data-grid-row]') ?? null);
    active.blur();
    const back = cell ?? active;
    if (back.isConnected && (document.activeElement === null || document.activeElement === document.body)) back.focus({ preventScroll: true });
  }
  await settle();
  while (underway.size > 0) {
    await Promise.allSettled([...underway]);
    await settle();
  }
}
