import { describe, expect, test } from 'vitest';
import { cliArgumentsFromArgs, reportPathFromArgs } from '../../electron/command-line';

describe('the report a launch asks for', () => {
  test('run from source (electron .), the app folder is skipped and the file taken', () => {
    expect(reportPathFromArgs(['/opt/electron', '.', '/r/Q3.rdesk'], false, '/home/me')).toBe('/r/Q3.rdesk');
  });

  test('packaged, the first argument after the executable is the file', () => {
    expect(reportPathFromArgs(['/opt/Report Desk/report-desk', '/r/Q3.rdesk'], true, '/home/me')).toBe('/r/Q3.rdesk');
  });

  test('a file: URL, as a Linux desktop hands over a double-clicked file, is the file it names', () => {
    expect(reportPathFromArgs(['/opt/Report Desk/report-desk', 'file:///home/me/Q3%20report.rdesk'], true, '/r')).toBe('/home/me/Q3 report.rdesk');
    expect(reportPathFromArgs(['/opt/Report Desk/report-desk', 'file://server/share/Q3.rdesk'], true, '/r')).toBeNull();
  });

  test('flags are skipped, wherever they are', () => {
    expect(reportPathFromArgs(['/app/report-desk', '--no-sandbox', '-psn_0_12345', 'Q3.rdesk', '--enable-logging'], true, '/r')).toBe('/r/Q3.rdesk');
  });

  test('a relative path is resolved in the folder the launch came from', () => {
    expect(reportPathFromArgs(['/opt/electron', '.', 'reports/Q3.rdesk'], false, '/home/me')).toBe('/home/me/reports/Q3.rdesk');
  });

  test('with no file given, nothing is opened', () => {
    expect(reportPathFromArgs(['/opt/electron', '.'], false, '/home/me')).toBeNull();
    expect(reportPathFromArgs(['/app/report-desk'], true, '/home/me')).toBeNull();
  });
});

describe('the command line from the app\'s own binary', () => {
  test('every word after --cli is the command line\'s, packaged or run from source', () => {
    expect(cliArgumentsFromArgs(['/opt/Report Desk/report-desk', '--cli', 'validate', 'Q3.rdesk'], true)).toEqual(['validate', 'Q3.rdesk']);
    expect(cliArgumentsFromArgs(['/opt/electron', '.', '--cli', 'export', 'Q3.rdesk', '--out', 'Q3.docx'], false)).toEqual(['export', 'Q3.rdesk', '--out', 'Q3.docx']);
    expect(cliArgumentsFromArgs(['/opt/Report Desk/report-desk', '--cli'], true)).toEqual([]);
  });

  test('Chromium\'s switches may come before --cli', () => {
    expect(cliArgumentsFromArgs(['/app/report-desk', '--no-sandbox', '--cli', 'validate', 'Q3.rdesk'], true)).toEqual(['validate', 'Q3.rdesk']);
  });

  test('without --cli, or with a file before it, the app opens its window', () => {
    expect(cliArgumentsFromArgs(['/app/report-desk', 'Q3.rdesk'], true)).toBeNull();
    expect(cliArgumentsFromArgs(['/app/report-desk', 'Q3.rdesk', '--cli'], true)).toBeNull();
    expect(cliArgumentsFromArgs(['/opt/electron', '.'], false)).toBeNull();
  });
});
