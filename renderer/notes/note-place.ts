// Which figure a note is on: a metric's month.
export interface NotePlace {
  metricId: string;
  monthIndex: number;
}
