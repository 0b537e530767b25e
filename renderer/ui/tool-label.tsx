// A toolbar label that gives way to a shorter one when the window is too narrow for one row
// of buttons (see layout.css); the button's aria-label keeps the full name.
import type { ReactElement } from 'react';

export function ToolLabel({ label, shortLabel }: { label: string; shortLabel: string }): ReactElement {
  return (
    <>
      <span className="label-long">{label}</span>
      <span className="label-short" aria-hidden="true">
        {shortLabel}
      </span>
    </>
  );
}
