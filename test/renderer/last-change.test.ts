import { expect, test } from 'vitest';
import { describeLastChange } from '../../renderer/start/last-change';

const now = new Date(2026, 2, 12, 15, 30);

test('a recent report’s last change reads as a person says it: today, yesterday, else the date', () => {
  expect(describeLastChange(new Date(2026, 2, 12, 9, 5).toISOString(), now)).toBe('today at 09:05');
  expect(describeLastChange(new Date(2026, 2, 11, 23, 59).toISOString(), now)).toBe('yesterday at 23:59');
  expect(describeLastChange(new Date(2025, 11, 31, 12, 0).toISOString(), now)).toBe('31 December 2025');
  expect(describeLastChange('not a time', now)).toBe('unknown');
});
