// Writing a note on a monthly figure: what happened, and the measure planned. One undoable
// step when saved; emptied, the note is removed. The Issues and Measures drafts use it.
import { useEffect, useId, useRef, useState, type FormEvent, type ReactElement } from 'react';
import { figureNote, isEmptyNote, removeFigureNote, setFigureNote } from '../../shared/figure-notes';
import { figureView, formatMetricValueWithUnit, metricLabel } from '../../shared/figure-text';
import { monthLabel, sameMonths } from '../../shared/periods';
import { useDocumentStore, useReport } from '../document/use-document';
import type { NotePlace } from './note-place';

interface NoteDialogProps {
  place: NotePlace;
  onClose: () => void;
}

export function NoteDialog({ place, onClose }: NoteDialogProps): ReactElement | null {
  const store = useDocumentStore();
  const ref = useRef<HTMLDialogElement>(null);
  const id = useId();
  const metric = useReport((report) => report.metrics.find((candidate) => candidate.id === place.metricId));
  const meta = useReport((report) => report.meta, sameMonths);
  const existing = metric === undefined ? null : figureNote(metric, place.monthIndex);
  const [happened, setHappened] = useState(existing?.happened ?? '');
  const [measure, setMeasure] = useState(existing?.measure ?? '');

  useEffect(() => {
    const dialog = ref.current;
    // Back to where the person was (the cell, the summary's button) when the dialog closes.
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    if (dialog !== null && !dialog.open) dialog.showModal();
    return () => {
      dialog?.close();
      if (opener?.isConnected === true) opener.focus({ preventScroll: true });
    };
  }, []);

  // The metric removed (by an undo) while the dialog was open: nothing left to note.
  useEffect(() => {
    if (metric === undefined) onClose();
  }, [metric, onClose]);
  if (metric === undefined) return null;

  const where = `${metricLabel(metric)} ${monthLabel(meta, place.monthIndex)}`;
  const value = metric.values[place.monthIndex] ?? null;
  const { words } = figureView(meta, metric, place.monthIndex);
  const figure = value === null ? 'No value this month.' : `${formatMetricValueWithUnit(value, metric)}${words === '' ? '' : `, ${words}`}.`;

  function save(event: FormEvent<HTMLFormElement>): void {
    event.preventDefault();
    const text = { happened, measure };
    if (isEmptyNote(text)) store.edit(`Remove note on ${where}`, (report) => removeFigureNote(report, place.metricId, place.monthIndex));
    else store.edit(`${existing === null ? 'Add' : 'Edit'} note on ${where}`, (report) => setFigureNote(report, place.metricId, place.monthIndex, text));
    onClose();
  }

  return (
    <dialog
      ref={ref}
      className="choice-dialog rd-note-dialog"
      aria-labelledby={`${id}-title`}
      aria-describedby={`${id}-figure`}
      onCancel={(event) => {
        event.preventDefault();
        onClose();
      }}
    >
      <form onSubmit={save}>
        <h2 id={`${id}-title`} className="choice-dialog-title">
          Note on {where}
        </h2>
        <p id={`${id}-figure`} className="choice-dialog-message">
          {figure}
        </p>
        <div className="field">
          <label htmlFor={`${id}-happened`}>What happened</label>
          <textarea id={`${id}-happened`} rows={3} value={happened} autoFocus onChange={(event) => setHappened(event.target.value)} aria-describedby={`${id}-hint`} />
        </div>
        <div className="field">
          <label htmlFor={`${id}-measure`}>Measure planned</label>
          <textarea id={`${id}-measure`} rows={3} value={measure} onChange={(event) => setMeasure(event.target.value)} />
        </div>
        <p id={`${id}-hint`} className="field-hint">
          The Issues and Measures drafts use these words, and the Word table refers to the note from the figure.
        </p>
        <div className="choice-dialog-buttons">
          {existing !== null && (
            <button
              type="button"
              className="button rd-note-remove"
              onClick={() => {
                store.edit(`Remove note on ${where}`, (report) => removeFigureNote(report, place.metricId, place.monthIndex));
                onClose();
              }}
            >
              Remove note
            </button>
          )}
          <button type="button" className="button" onClick={onClose}>
            Cancel
          </button>
          <button type="submit" className="button button-primary">
            Save note
          </button>
        </div>
      </form>
    </dialog>
  );
}
