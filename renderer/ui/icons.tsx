// Small inline icons (no network, no font). Decorative: the words beside them carry the meaning.
import type { ReactElement } from 'react';

const paths = {
  new: 'M4 2h6l4 4v10H4z M10 2v4h4 M9 9v6 M6 12h6',
  open: 'M2 5h5l2 2h7v8H2z',
  save: 'M3 2h10l3 3v11H3z M6 2v5h7V2 M6 16v-5h7v5',
  export: 'M4 2h7l4 4v10H4z M11 2v4h4 M9.5 8v6 M7 11.5l2.5 2.5 2.5-2.5',
  next: 'M3 9h11 M10 5l4 4-4 4',
  undo: 'M6 4L2 8l4 4 M2 8h9a4 4 0 0 1 0 8H8',
  redo: 'M12 4l4 4-4 4 M16 8H7a4 4 0 0 0 0 8h3',
  recent: 'M9 2a7 7 0 1 0 0 14A7 7 0 0 0 9 2z M9 5v4l3 2',
  draft: 'M3 9a6 6 0 0 1 11-3 M14 2v4h-4 M15 9a6 6 0 0 1-11 3 M4 16v-4h4',
  edited: 'M12 3l3 3-8 8H4v-3z M10 5l3 3',
  missed: 'M9 2l8 14H1z M9 7v4 M9 13v1',
  missing: 'M3 9h12',
  invalid: 'M9 2a7 7 0 1 0 0 14A7 7 0 0 0 9 2z M6 6l6 6 M12 6l-6 6',
  met: 'M3 9l4 4 8-9',
  folder: 'M2 5h5l2 2h7v8H2z',
  close: 'M4 4l10 10 M14 4L4 14',
  compare: 'M3 15V8h3v7 M8 15V4h3v11 M13 15v-5h3v5 M2 15h15',
  home: 'M2 9l7-6 7 6 M4 8v8h10V8',
  history: 'M2 15l4-5 3 3 4-6 3 3 M2 2v14h15',
  import: 'M9 2v9 M5.5 7.5L9 11l3.5-3.5 M3 12v4h12v-4',
  up: 'M9 15V3 M4.5 7.5L9 3l4.5 4.5',
  down: 'M9 3v12 M4.5 10.5L9 15l4.5-4.5',
  indent: 'M3 3.5h12 M8 9h7 M8 14.5h7 M3 6.5l3 2.5-3 2.5',
  outdent: 'M3 3.5h12 M8 9h7 M8 14.5h7 M6 6.5L3 9l3 2.5',
  add: 'M9 3v12 M3 9h12',
  remove: 'M3 5h12 M7 5V3h4v2 M4.5 5l1 10.5h7l1-10.5 M7.5 8v5 M10.5 8v5',
} as const;

export type IconName = keyof typeof paths;

export function Icon({ name, className }: { name: IconName; className?: string }): ReactElement {
  return (
    <svg className={`icon ${className ?? ''}`} viewBox="0 0 18 18" width="16" height="16" aria-hidden="true" focusable="false">
      <path d={paths[name]} fill="none" stroke="currentColor" strokeWidth="1.6" strokeLinecap="round" strokeLinejoin="round" />
    </svg>
  );
}
