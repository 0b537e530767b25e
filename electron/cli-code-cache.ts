// The command line's code (dist/cli/report-desk-code.cjs, one CommonJS script) compiled with
// V8's code cache: the bytecode of every function a validate and an export ran, kept by the build
// (report-desk-code.cache) so that a start reads it instead of parsing and compiling the script.
// It needs no second process and works wherever Node does. A cache is used only for the code it
// was made from (the build's name on the code's last line, as recorded beside the cache), by the
// Node that made it (version, architecture, system); V8 itself also refuses one made by another
// V8 or with other V8 flags, and then compiles the script as it is. Nothing here writes: the
// cache is made once, by the build. The chart threads load their code the same way, with a
// cache of their own (chart-worker-start.ts).
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { Script } from 'node:vm';
import { CODE_BUILD_STAMP } from '../scripts/cli-bundle.cjs';

export const CODE_FILE = 'report-desk-code.cjs';
export const CODE_CACHE_FILE = 'report-desk-code.cache';
/** Written after the cache: what it was made from and by. */
export const CODE_CACHE_BUILD_FILE = 'report-desk-code.cache.json';

/** What the code hands its loader: the command line to run, and the build's warm-up. */
export interface CliCode {
  /** Runs one command line with this folder's chart worker; the exit status. */
  run(argv: readonly string[], folder: string): Promise<number>;
  /** Runs what the commands run on a report (validate, an export in memory) so that V8 compiles it; writes nothing. */
  warmUp(reportFile: string, options: { withWord: boolean }): Promise<void>;
}

/** The build of the code the cache was made from, and the Node that made it. */
export interface CodeCacheBuild {
  /** The name on the code's last line (build-cli.mjs stamps it: the digest of the code). */
  code: string;
  node: string;
  arch: string;
  platform: string;
}

type Runtime = Pick<NodeJS.Process, 'version' | 'arch' | 'platform'>;

function isCodeCacheBuild(value: unknown): value is CodeCacheBuild {
  if (typeof value !== 'object' || value === null) return false;
  const record = value as Record<string, unknown>;
  return ['code', 'node', 'arch', 'platform'].every((key) => typeof record[key] === 'string');
}

/** The build's name stamped on the code's last line, or null for code without one. */
export function codeBuildOf(source: string): string | null {
  const at = source.lastIndexOf(CODE_BUILD_STAMP);
  if (at === -1) return null;
  const name = source.slice(at + CODE_BUILD_STAMP.length).trimEnd();
  return /^[0-9a-f]{64}$/.test(name) ? name : null;
}

/** Why the cache recorded as `built` may not be used for code of build `code` in `runtime`; null when it may. */
export function codeCacheRefusal(built: unknown, code: string | null, runtime: Runtime, buildFile = CODE_CACHE_BUILD_FILE): string | null {
  if (!isCodeCacheBuild(built)) return `${buildFile} is missing or unreadable`;
  if (code === null || built.code !== code) return 'it was made from another build of the command line';
  if (built.node !== runtime.version) return `it was made by Node ${built.node}, and this is Node ${runtime.version}`;
  if (built.arch !== runtime.arch || built.platform !== runtime.platform) return `it was made for ${built.platform}-${built.arch}, and this is ${runtime.platform}-${runtime.arch}`;
  return null;
}

/**
 * The code runs inside this function, as Node runs a CommonJS file, with `reportDeskLoader` to
 * hand its CliCode back (cli.ts). The cache belongs to this exact text: keep it the same for
 * making and using one.
 */
function wrapped(source: string): string {
  return `(function (exports, require, module, __filename, __dirname, reportDeskLoader) {${source}\n})`;
}

/** A CommonJS script compiled with its code cache, or why without it. */
export interface CompiledCode {
  /** The compiled script, from which the build makes the cache. */
  script: Script;
  /** Null when its cache was used; else why not, for REPORT_DESK_TRACE_START. */
  refusal: string | null;
  /** The build's name on the code, null when it has none. */
  build: string | null;
}

/** The files of one cached script in its folder: the code, V8's cache of it, and the record of what made the cache. */
export interface CachedCodeFiles {
  code: string;
  cache: string;
  build: string;
}

function readJson(path: string): unknown {
  try {
    return JSON.parse(readFileSync(path, 'utf8'));
  } catch {
    return null;
  }
}

/**
 * Reads the code in `folder` and compiles it, with its cache when it belongs to it (and
 * `withCache`). The command line's code and the chart thread's (chart-worker-start.ts) both load so.
 */
export function compileCode(folder: string, files: CachedCodeFiles, withCache = true): CompiledCode {
  const path = join(folder, files.code);
  const source = readFileSync(path, 'utf8');
  const build = codeBuildOf(source);
  let refusal = withCache ? codeCacheRefusal(readJson(join(folder, files.build)), build, process, files.build) : 'none was asked for';
  let cachedData: Buffer | undefined;
  if (refusal === null) {
    try {
      cachedData = readFileSync(join(folder, files.cache));
    } catch {
      refusal = `${files.cache} is missing or unreadable`;
    }
  }
  const script = new Script(wrapped(source), { filename: path, ...(cachedData === undefined ? {} : { cachedData }) });
  if (refusal === null && script.cachedDataRejected === true) refusal = 'V8 refused it, made by another V8 or with other V8 flags';
  return { script, refusal, build };
}

/** Runs the compiled code as Node runs a CommonJS file: `require` resolves from its own path (the native canvas, outside the bundle). */
export function runAsCommonJs(script: Script, path: string, reportDeskLoader?: (code: CliCode) => void): void {
  const run = script.runInThisContext() as (...args: unknown[]) => void;
  const module = { exports: {} };
  run(module.exports, createRequire(path), module, path, dirname(path), reportDeskLoader);
}

export interface LoadedCode {
  code: CliCode;
  /** The compiled script, from which the build makes the cache. */
  script: Script;
  /** How it started, for REPORT_DESK_TRACE_START: with its code cache, or why without it. */
  how: string;
  /** The build's name on the code, null when it has none. */
  build: string | null;
}

export const CLI_CODE_FILES: CachedCodeFiles = { code: CODE_FILE, cache: CODE_CACHE_FILE, build: CODE_CACHE_BUILD_FILE };

/** Reads the code in `folder` and runs it, with its cache when it belongs to it (and `withCache`). */
export function loadCode(folder: string, withCache = true): LoadedCode {
  const { script, refusal, build } = compileCode(folder, CLI_CODE_FILES, withCache);
  const how = refusal === null ? 'bundle with its code cache' : `bundle (its code cache is not used: ${refusal})`;
  const handed: { code?: CliCode } = {};
  runAsCommonJs(script, join(folder, CODE_FILE), (code: CliCode) => (handed.code = code));
  if (handed.code === undefined) throw new Error(`${CODE_FILE} did not hand over the command line`);
  return { code: handed.code, script, how, build };
}
