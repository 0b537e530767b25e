// The renderer's folders import one way: the features (tables, summary, sections, notes, header, import,
// files, templates, export, charts) above ui/, ui/ above document/. Read from the sources' own imports,
// as TypeScript reads them, so a new import that runs back up fails here.
import { dirname, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { cyclesIn, relativeImports, sourceFiles } from '../support/import-graph';

const RENDERER = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', 'renderer');

/** A file's place in the layering: its folder under renderer/, or, at the top, the file itself ("./app"). */
function nodeOf(path: string): string | null {
  const inside = relative(RENDERER, path);
  if (inside.startsWith('..')) return null;
  const parts = inside.split(sep);
  return parts.length === 1 ? `./${parts[0]!.replace(/\.tsx?$/, '')}` : parts[0]!;
}

/** node → the nodes its files import, from every import, export … from and import() in them. */
function importGraph(): Map<string, Set<string>> {
  const graph = new Map<string, Set<string>>();
  for (const file of sourceFiles(RENDERER)) {
    const from = nodeOf(file)!;
    const targets = graph.get(from) ?? new Set<string>();
    graph.set(from, targets);
    for (const imported of relativeImports(file)) {
      const to = nodeOf(resolve(dirname(file), imported));
      if (to !== null && to !== from) targets.add(to);
    }
  }
  return graph;
}

const FEATURES = ['charts', 'export', 'files', 'header', 'history', 'import', 'narrative', 'notes', 'start', 'summary', 'tables', 'templates'];

describe('the renderer’s folders import one way', () => {
  const graph = importGraph();

  test('the folders are the ones the layering names', () => {
    const folders = [...graph.keys()].filter((node) => !node.startsWith('./')).sort();
    expect(folders).toEqual([...FEATURES, 'document', 'ui'].sort());
  });

  test('no two folders import each other, nor any longer loop', () => {
    expect(cyclesIn(graph)).toEqual([]);
  });

  test('document/ imports no other folder: it is the bottom layer', () => {
    expect([...(graph.get('document') ?? [])]).toEqual([]);
  });

  test('ui/ imports document/ at most, never a feature', () => {
    expect([...(graph.get('ui') ?? [])].filter((node) => node !== 'document')).toEqual([]);
  });

  test('nothing imports the window itself but the entry point', () => {
    const importers = [...graph].filter(([, targets]) => targets.has('./app')).map(([node]) => node);
    expect(importers).toEqual(['./main']);
  });

  test('the check finds a loop when there is one', () => {
    const looped = new Map([
      ['tables', new Set(['summary', 'document'])],
      ['summary', new Set(['tables'])],
      ['document', new Set<string>()],
    ]);
    expect(cyclesIn(looped)).toEqual(['summary → tables → summary']);
  });
});
