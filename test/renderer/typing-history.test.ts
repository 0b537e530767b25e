// A cell editor's own undo history: characters typed in a row are one step, deletions in a row
// another; undo and redo step through them and never past either end.
import { describe, expect, test } from 'vitest';
import { canRedoTyping, canUndoTyping, noteSelection, recordTyping, shownState, startTyping, stepTyping, type TypedState } from '../../renderer/tables/typing-history';

const at = (value: string, caret = value.length): TypedState => ({ value, selectionStart: caret, selectionEnd: caret });

describe('the typing in a cell editor, step by step', () => {
  test('characters typed over the selected figure are one step: undo brings the figure back, with its selection', () => {
    const initial = { value: '99.94', selectionStart: 0, selectionEnd: 5 };
    let history = startTyping(initial);
    history = recordTyping(history, at('1'), 'insertText');
    history = recordTyping(history, at('12'), 'insertText');
    expect(history.states).toHaveLength(2);
    history = stepTyping(history, 'undo');
    expect(shownState(history)).toEqual(initial);
    expect(canUndoTyping(history)).toBe(false);
    history = stepTyping(history, 'redo');
    expect(shownState(history).value).toBe('12');
    expect(canRedoTyping(history)).toBe(false);
  });

  test('a deletion is a step of its own, and typing after it another', () => {
    let history = startTyping(at(''));
    history = recordTyping(history, at('9'), 'insertText');
    history = recordTyping(history, at('98'), 'insertText');
    history = recordTyping(history, at('9'), 'deleteContentBackward');
    history = recordTyping(history, at('97'), 'insertText');
    history = recordTyping(history, at('97.5'), 'insertText');
    expect(history.states.map((state) => state.value)).toEqual(['', '98', '9', '97.5']);
    history = stepTyping(stepTyping(history, 'undo'), 'undo');
    expect(shownState(history).value).toBe('98');
  });

  test('deletions one after another are one step, as characters typed are', () => {
    let history = startTyping(at('99.94'));
    history = recordTyping(history, at('99.9'), 'deleteContentBackward');
    history = recordTyping(history, at('99.'), 'deleteContentBackward');
    history = recordTyping(history, at('99.5'), 'insertText');
    history = recordTyping(history, at('99.5 %'), 'insertFromPaste');
    expect(history.states.map((state) => state.value)).toEqual(['99.94', '99.', '99.5', '99.5 %']);
  });

  test('typing after an undo drops what could have been redone, and starts a step of its own', () => {
    let history = startTyping(at('5'));
    history = recordTyping(history, at('56'), 'insertText');
    history = stepTyping(history, 'undo');
    history = recordTyping(history, at('57'), 'insertText');
    history = recordTyping(history, at('578'), 'insertText');
    expect(history.states.map((state) => state.value)).toEqual(['5', '578']);
    expect(canRedoTyping(history)).toBe(false);
  });

  test('undo with nothing typed, or redo with nothing undone, is no step', () => {
    const history = startTyping(at('4'));
    expect(stepTyping(history, 'undo')).toBe(history);
    expect(stepTyping(history, 'redo')).toBe(history);
  });

  test('a caret moved between characters ends the step; the caret an input moves itself does not', () => {
    let history = startTyping(at(''));
    history = recordTyping(history, at('99'), 'insertText');
    history = noteSelection(history, at('99'));
    history = recordTyping(history, at('999'), 'insertText');
    expect(history.states).toHaveLength(2);
    history = noteSelection(history, at('999', 1));
    history = recordTyping(history, at('9.99', 2), 'insertText');
    expect(history.states.map((state) => state.value)).toEqual(['', '999', '9.99']);
    history = stepTyping(history, 'undo');
    expect(shownState(history).value).toBe('999');
  });
});
