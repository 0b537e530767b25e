// Where the window opens: where it was last time, unless that place is no longer on any screen
// (a monitor unplugged, a resolution changed), in which case the system places it.
import { isRecord } from '../../shared/is-record';

export interface Rectangle {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface SavedWindowBounds extends Rectangle {
  maximized: boolean;
}

export const DEFAULT_WINDOW_SIZE = { width: 1280, height: 860 } as const;
export const MIN_WINDOW_SIZE = { width: 800, height: 560 } as const;

/** How much of the window's top edge must be on a screen for it to be grabbed and moved. */
const VISIBLE_TITLE_WIDTH = 120;
const TITLE_BAR_HEIGHT = 32;

/** A stored value read back as bounds, or null when it is not a usable rectangle. */
export function parseWindowBounds(value: unknown): SavedWindowBounds | null {
  if (!isRecord(value)) return null;
  const { x, y, width, height, maximized } = value;
  const numbers = [x, y, width, height];
  if (!numbers.every((n) => typeof n === 'number' && Number.isFinite(n))) return null;
  const bounds = { x: x as number, y: y as number, width: width as number, height: height as number };
  if (bounds.width <= 0 || bounds.height <= 0) return null;
  return { ...bounds, maximized: maximized === true };
}

function overlap(a: Rectangle, b: Rectangle): { width: number; height: number } {
  const width = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
  const height = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
  return { width: Math.max(0, width), height: Math.max(0, height) };
}

/**
 * The bounds to restore, given the work areas of the displays attached now; null when the
 * saved place is off every screen, so the window opens at its default size, centred.
 */
export function restorableBounds(saved: unknown, workAreas: readonly Rectangle[]): SavedWindowBounds | null {
  const bounds = parseWindowBounds(saved);
  if (bounds === null) return null;
  const titleBar = { x: bounds.x, y: bounds.y, width: bounds.width, height: TITLE_BAR_HEIGHT };
  const screen = workAreas.find((area) => {
    const seen = overlap(titleBar, area);
    return seen.width >= Math.min(VISIBLE_TITLE_WIDTH, bounds.width) && seen.height >= Math.min(TITLE_BAR_HEIGHT / 2, bounds.height);
  });
  if (screen === undefined) return null;
  // A window larger than the screen it is on now is shrunk to fit it.
  const width = Math.max(MIN_WINDOW_SIZE.width, Math.min(bounds.width, screen.width));
  const height = Math.max(MIN_WINDOW_SIZE.height, Math.min(bounds.height, screen.height));
  return { ...bounds, width: Math.round(width), height: Math.round(height), x: Math.round(bounds.x), y: Math.round(bounds.y) };
}
