// The undo history of what is typed in a cell editor, kept by the editor itself: Chromium's
// own keeps one history for the whole page (an undo there can reach another field's typing)
// and is driven by a deprecated command. Characters typed in a row are one step, as in a text
// field, and so are deletions in a row; a paste, a cut or a composed character (an input
// method's) is a step of its own.

export interface TypedState {
  value: string;
  selectionStart: number;
  selectionEnd: number;
}

export interface TypingHistory {
  readonly states: readonly TypedState[];
  /** The state shown now, in `states`. */
  readonly at: number;
  /** What the last step was (an input event's inputType), which the next input of the same run joins; null after an undo or redo. */
  readonly run: string | null;
}

/** Inputs a run of which is one step: characters typed, or deleted one after another. */
const RUNS = new Set(['insertText', 'deleteContentBackward', 'deleteContentForward']);

export function startTyping(initial: TypedState): TypingHistory {
  return { states: [initial], at: 0, run: null };
}

/** After an input: `inputType` as the event gives it ("insertText", "deleteContentBackward", "insertFromPaste", …). */
export function recordTyping(history: TypingHistory, state: TypedState, inputType: string): TypingHistory {
  const kept = history.states.slice(0, history.at + 1);
  // An input of the same run as the step before joins it, unless an undo came between.
  if (RUNS.has(inputType) && history.run === inputType && history.at === history.states.length - 1 && history.at > 0) {
    kept[kept.length - 1] = state;
    return { states: kept, at: history.at, run: inputType };
  }
  return { states: [...kept, state], at: kept.length, run: inputType };
}

/**
 * After the selection changed: a caret moved (or text selected) with the value unchanged ends
 * the run, so what is typed next is a step of its own, as in a text field. The selection an
 * input itself moves is the one recorded with it, and changes nothing.
 */
export function noteSelection(history: TypingHistory, state: TypedState): TypingHistory {
  const shown = shownState(history);
  if (history.run === null || state.value !== shown.value) return history;
  if (state.selectionStart === shown.selectionStart && state.selectionEnd === shown.selectionEnd) return history;
  return { ...history, run: null };
}

export function canUndoTyping(history: TypingHistory): boolean {
  return history.at > 0;
}

export function canRedoTyping(history: TypingHistory): boolean {
  return history.at < history.states.length - 1;
}

/** One step back or forward; the same history when there is none that way. */
export function stepTyping(history: TypingHistory, command: 'undo' | 'redo'): TypingHistory {
  if (command === 'undo' ? !canUndoTyping(history) : !canRedoTyping(history)) return history;
  return { states: history.states, at: history.at + (command === 'undo' ? -1 : 1), run: null };
}

export function shownState(history: TypingHistory): TypedState {
  return history.states[history.at]!;
}
