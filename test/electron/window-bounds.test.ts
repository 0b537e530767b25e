import { describe, expect, test } from 'vitest';
import { parseWindowBounds, restorableBounds } from '../../electron/services/window-bounds';

const laptop = { x: 0, y: 0, width: 1440, height: 875 };
const monitorOnTheRight = { x: 1440, y: 0, width: 2560, height: 1415 };

describe('restoring the window where it was', () => {
  test('a window that was on a screen still attached opens where it was', () => {
    const saved = { x: 1600, y: 100, width: 1280, height: 860, maximized: true };
    expect(restorableBounds(saved, [laptop, monitorOnTheRight])).toEqual(saved);
  });

  test('a window left on a monitor that has been unplugged is placed by the system instead', () => {
    expect(restorableBounds({ x: 1600, y: 100, width: 1280, height: 860, maximized: false }, [laptop])).toBeNull();
  });

  test('a window whose title bar is above the screen cannot be grabbed, so it is not restored', () => {
    expect(restorableBounds({ x: 100, y: -500, width: 1280, height: 860 }, [laptop])).toBeNull();
  });

  test('a window mostly off the edge but with its title bar in reach is restored', () => {
    expect(restorableBounds({ x: 1300, y: 50, width: 1000, height: 700 }, [laptop])).toMatchObject({ x: 1300, y: 50 });
  });

  test('a window larger than the screen it is on now is shrunk to fit', () => {
    expect(restorableBounds({ x: 0, y: 0, width: 2400, height: 1400 }, [laptop])).toEqual({ x: 0, y: 0, width: 1440, height: 875, maximized: false });
  });

  test('anything stored that is not a rectangle is ignored', () => {
    expect(parseWindowBounds(null)).toBeNull();
    expect(parseWindowBounds({ x: '1', y: 0, width: 10, height: 10 })).toBeNull();
    expect(parseWindowBounds({ x: 0, y: 0, width: 0, height: 10 })).toBeNull();
    expect(parseWindowBounds({ x: 0, y: 0, width: Number.NaN, height: 10 })).toBeNull();
  });
});
