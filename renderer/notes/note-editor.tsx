// Where notes are written from: the grid's cells and the summary's misses open the one note
// dialog the window has, through this context.
import { createContext, useCallback, useContext, useState, type ReactElement, type ReactNode } from 'react';
import { NoteDialog } from './note-dialog';
import type { NotePlace } from './note-place';

export type { NotePlace } from './note-place';

const OpenNoteContext = createContext<((place: NotePlace) => void) | null>(null);

export function NoteEditorProvider({ children }: { children: ReactNode }): ReactElement {
  const [place, setPlace] = useState<NotePlace | null>(null);
  const close = useCallback(() => setPlace(null), []);
  return (
    <OpenNoteContext.Provider value={setPlace}>
      {children}
      {place !== null && <NoteDialog key={`${place.metricId}:${place.monthIndex}`} place={place} onClose={close} />}
    </OpenNoteContext.Provider>
  );
}

/** Opens the note dialog on a figure. */
export function useOpenNote(): (place: NotePlace) => void {
  const open = useContext(OpenNoteContext);
  if (open === null) throw new Error('Notes are opened inside the NoteEditorProvider the window provides.');
  return open;
}
