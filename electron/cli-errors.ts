// What every command reports through: its output lines, and the one line a problem becomes.
// Kept apart from the commands so that the dispatch (cli-dispatch.ts) loads none of them.
import { UsageError } from './cli-arguments';
import { describeFileError } from './services/file-errors';

/** A problem the person can fix; its message is shown as is. */
export class CliError extends Error {}

export interface CliOutput {
  out(line: string): void;
  err(line: string): void;
}

/** Our own errors are already sentences; a bare Node error gets its file and reason in words. */
export function describeError(error: unknown): string {
  if (error instanceof UsageError) return `${error.message}. Run with --help for usage.`;
  if (error instanceof CliError || !(error instanceof Error)) return String(error instanceof Error ? error.message : error);
  const path = 'path' in error && typeof error.path === 'string' ? error.path : null;
  if ('code' in error && path !== null) return `${path}: ${describeFileError(error)}`;
  return error.message;
}

export function oneLine(text: string): string {
  return text.replace(/\s*\n\s*/g, ' ').trim();
}
