// The undo history of what is typed in a cell editor, kept by the editor itself: Chromium's
// own keeps one history for the whole page (an undo there can reach another field's typing)
// and is driven by a deprecated command. Characters typed in a row are one step, as in a text
// field; a deletion, a paste or a cut starts a new one.

export interface TypedState {
  value: string;
  selectionStart: number;
  selectionEnd: number;
}

export interface TypingHistory {
  readonly states: readonly TypedState[];
  /** The state shown now, in `states`. */
  readonly at: number;
  /** Whether the last step was typing, which the next character joins. */
  readonly typing: boolean;
}

export function startTyping(initial: TypedState): TypingHistory {
  return { states: [initial], at: 0, typing: false };
}

/** After an input event: `inputType` as the event gives it ("insertText", "deleteContentBackward", …). */
export function recordTyping(history: TypingHistory, state: TypedState, inputType: string): TypingHistory {
  const typing = inputType === 'insertText';
  const kept = history.states.slice(0, history.at + 1);
  // A character typed right after another one joins its step, unless an undo came between.
  if (typing && history.typing && history.at === history.states.length - 1 && history.at > 0) {
    kept[kept.length - 1] = state;
    return { states: kept, at: history.at, typing: true };
  }
  return { states: [...kept, state], at: kept.length, typing };
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
  return { states: history.states, at: history.at + (command === 'undo' ? -1 : 1), typing: false };
}

export function shownState(history: TypingHistory): TypedState {
  return history.states[history.at]!;
}
