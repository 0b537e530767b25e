// A figure still being typed in a table cell is not in the report yet. Before the report is
// saved, exported or replaced, the edit is committed as leaving the cell would commit it.

/** Resolves once the committed figure (or its problem, if it is not a number) has reached the app. */
export async function commitOpenCellEdit(): Promise<void> {
  const active = document.activeElement;
  if (!(active instanceof HTMLInputElement) || active.closest('[role="grid"]') === null) return;
  const cell = active.parentElement?.closest<HTMLElement>('[data-grid-row]') ?? null;
  // The cell editor commits on blur; an entry that is not a number reaches the summary
  // through the table's effects, after React renders, hence the short wait.
  active.blur();
  cell?.focus();
  await new Promise((settled) => setTimeout(settled, 30));
}
