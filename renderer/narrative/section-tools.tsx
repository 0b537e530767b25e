// The buttons beside a section's heading that shape the list: rename, move up and down, make a
// sub-section or a section, add a section beside it, remove it. One Tab stop (a toolbar: the
// arrow keys move between its buttons), shown on hover and focus of the heading, each with its
// shortcut in its tooltip, its accessible description and aria-keyshortcuts.
import { useState, type KeyboardEvent, type ReactElement } from 'react';
import type { SectionMoves } from '../../shared/section-edits';
import type { SectionControl } from '../document/places';
import { Icon, type IconName } from '../ui/icons';

export interface SectionTool {
  control: Exclude<SectionControl, 'heading'>;
  icon: IconName;
  /** The accessible name: what it does, to which section ("Move “Risks” up"). */
  label: string;
  /** The tooltip and accessible description: the action in short, with its keys. */
  title: string;
  /** As aria-keyshortcuts writes them ("Alt+Shift+ArrowUp"). */
  keys?: string;
  disabled: boolean;
  run(): void;
}

/** The keys that shape the list from a section's heading or its buttons, as outliners and Word's outline view have them. */
export const SHAPING_KEYS = {
  rename: { shown: 'F2', aria: 'F2' },
  up: { shown: 'Alt+Shift+Up', aria: 'Alt+Shift+ArrowUp' },
  down: { shown: 'Alt+Shift+Down', aria: 'Alt+Shift+ArrowDown' },
  indent: { shown: 'Alt+Shift+Right', aria: 'Alt+Shift+ArrowRight' },
  outdent: { shown: 'Alt+Shift+Left', aria: 'Alt+Shift+ArrowLeft' },
} as const;

export type ShapingKey = keyof typeof SHAPING_KEYS;

/** The shaping step a key press asks for, or null. */
export function shapingKey(event: Pick<KeyboardEvent, 'key' | 'altKey' | 'shiftKey' | 'ctrlKey' | 'metaKey'>): ShapingKey | null {
  if (event.ctrlKey || event.metaKey) return null;
  if (event.key === 'F2' && !event.altKey && !event.shiftKey) return 'rename';
  if (!event.altKey || !event.shiftKey) return null;
  const byArrow: Record<string, ShapingKey> = { ArrowUp: 'up', ArrowDown: 'down', ArrowRight: 'indent', ArrowLeft: 'outdent' };
  return byArrow[event.key] ?? null;
}

interface ToolsNeeds {
  /** How the buttons name the section: "“Risks”". */
  name: string;
  level: 1 | 2;
  moves: SectionMoves;
  rename(): void;
  move(step: -1 | 1): void;
  changeLevel(): void;
  add(): void;
  remove(): void;
}

/** The buttons, in their order. */
export function sectionTools({ name, level, moves, rename, move, changeLevel, add, remove }: ToolsNeeds): SectionTool[] {
  const key = (shaping: ShapingKey) => SHAPING_KEYS[shaping];
  const levelKey = key(level === 1 ? 'indent' : 'outdent');
  return [
    { control: 'rename', icon: 'edited', label: `Rename ${name}`, title: `Rename (${key('rename').shown})`, keys: key('rename').aria, disabled: false, run: rename },
    { control: 'up', icon: 'up', label: `Move ${name} up`, title: `Move up (${key('up').shown})`, keys: key('up').aria, disabled: !moves.up, run: () => move(-1) },
    { control: 'down', icon: 'down', label: `Move ${name} down`, title: `Move down (${key('down').shown})`, keys: key('down').aria, disabled: !moves.down, run: () => move(1) },
    level === 1
      ? { control: 'level', icon: 'indent', label: `Make ${name} a sub-section`, title: `Make a sub-section of the section before (${levelKey.shown})`, keys: levelKey.aria, disabled: !moves.indent, run: changeLevel }
      : { control: 'level', icon: 'outdent', label: `Make ${name} a section`, title: `Make a section again (${levelKey.shown})`, keys: levelKey.aria, disabled: !moves.outdent, run: changeLevel },
    { control: 'add', icon: 'add', label: `Add a section before or after ${name}…`, title: 'Add a section before or after this one…', disabled: false, run: add },
    { control: 'remove', icon: 'remove', label: `Remove ${name}`, title: 'Remove this section (Undo brings it back)', disabled: false, run: remove },
  ];
}

const STEPS: Record<string, (at: number, count: number) => number> = {
  ArrowRight: (at, count) => (at + 1) % count,
  ArrowLeft: (at, count) => (at - 1 + count) % count,
  Home: () => 0,
  End: (_, count) => count - 1,
};

export function SectionTools({ label, tools }: { label: string; tools: readonly SectionTool[] }): ReactElement {
  const [active, setActive] = useState<SectionControl>('rename');
  const enabled = tools.filter((tool) => !tool.disabled);
  // The button last used keeps the Tab stop, or the first that can be used now.
  const tabStop = enabled.some((tool) => tool.control === active) ? active : enabled[0]?.control;

  function onKeyDown(event: KeyboardEvent<HTMLDivElement>): void {
    const step = STEPS[event.key];
    if (step === undefined || event.altKey || event.shiftKey || event.ctrlKey || event.metaKey) return;
    event.preventDefault();
    const at = enabled.findIndex((tool) => tool.control === tabStop);
    const next = enabled[step(Math.max(at, 0), enabled.length)];
    if (next === undefined) return;
    setActive(next.control);
    event.currentTarget.querySelector<HTMLButtonElement>(`[data-control="${next.control}"]`)?.focus();
  }

  return (
    <div className="section-tools" role="toolbar" aria-label={label} onKeyDown={onKeyDown}>
      {tools.map((tool) => (
        <button
          key={tool.control}
          type="button"
          className="section-tool"
          data-control={tool.control}
          tabIndex={tool.control === tabStop ? 0 : -1}
          title={tool.title}
          aria-keyshortcuts={tool.keys}
          disabled={tool.disabled}
          onFocus={() => setActive(tool.control)}
          onClick={tool.run}
        >
          <Icon name={tool.icon} />
          <span className="visually-hidden">{tool.label}</span>
        </button>
      ))}
    </div>
  );
}
