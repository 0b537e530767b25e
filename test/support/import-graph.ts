// The import graph of a folder of sources, read as TypeScript reads them (every import, export …
// from and import(), types too), and the cycles in a graph: the layering tests stand on it.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import ts from 'typescript';

export function sourceFiles(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(entry.name) && !entry.name.endsWith('.d.ts') ? [path] : [];
  });
}

/** The relative imports a file makes, as the paths they name (unresolved, extensionless as written). */
export function relativeImports(file: string): string[] {
  return ts
    .preProcessFile(readFileSync(file, 'utf8'), true, true)
    .importedFiles.map((imported) => imported.fileName)
    .filter((name) => name.startsWith('.') && !name.endsWith('.css'));
}

/** The file an import names: the .ts or .tsx of that name, or the index of that folder. */
export function resolveImport(from: string, name: string): string | null {
  const base = resolve(dirname(from), name);
  for (const candidate of [`${base}.ts`, `${base}.tsx`, join(base, 'index.ts'), base]) {
    if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
  }
  return null;
}

/** File → the files it imports, for every source under the roots, named relative to `base`. */
export function fileImportGraph(base: string, roots: readonly string[]): Map<string, Set<string>> {
  const graph = new Map<string, Set<string>>();
  for (const file of roots.flatMap((root) => sourceFiles(join(base, root)))) {
    const targets = new Set<string>();
    for (const name of relativeImports(file)) {
      const target = resolveImport(file, name);
      if (target !== null) targets.add(relative(base, target));
    }
    graph.set(relative(base, file), targets);
  }
  return graph;
}

/** The groups of nodes that reach each other (Tarjan's strongly connected components), of two nodes or more. */
function loopedGroups(graph: ReadonlyMap<string, ReadonlySet<string>>): string[][] {
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const groups: string[][] = [];
  const visit = (node: string): void => {
    index.set(node, index.size);
    low.set(node, index.get(node)!);
    stack.push(node);
    onStack.add(node);
    for (const next of graph.get(node) ?? []) {
      if (!index.has(next)) {
        visit(next);
        low.set(node, Math.min(low.get(node)!, low.get(next)!));
      } else if (onStack.has(next)) low.set(node, Math.min(low.get(node)!, index.get(next)!));
    }
    if (low.get(node) !== index.get(node)) return;
    const group: string[] = [];
    let member: string;
    do {
      member = stack.pop()!;
      onStack.delete(member);
      group.push(member);
    } while (member !== node);
    if (group.length > 1) groups.push(group.sort());
  };
  for (const node of graph.keys()) if (!index.has(node)) visit(node);
  return groups;
}

/** The shortest way round from a group's first node back to it, inside the group. */
function loopThrough(graph: ReadonlyMap<string, ReadonlySet<string>>, group: readonly string[]): string[] {
  const members = new Set(group);
  const start = group[0]!;
  const cameFrom = new Map<string, string>();
  const queue = [start];
  while (queue.length > 0) {
    const node = queue.shift()!;
    for (const next of graph.get(node) ?? []) {
      if (!members.has(next)) continue;
      if (next === start) {
        const path = [node];
        while (path[0] !== start) path.unshift(cameFrom.get(path[0]!)!);
        return [...path, start];
      }
      if (!cameFrom.has(next)) {
        cameFrom.set(next, node);
        queue.push(next);
      }
    }
  }
  return [...group, start];
}

/**
 * Every loop of imports, one for each group of nodes that reach each other, as the path that
 * closes it from the group's first node ("a → b → a"); the others in the group follow in brackets.
 */
export function cyclesIn(graph: ReadonlyMap<string, ReadonlySet<string>>): string[] {
  return loopedGroups(graph)
    .map((group) => {
      const loop = loopThrough(graph, group);
      const others = group.filter((node) => !loop.includes(node));
      return others.length === 0 ? loop.join(' → ') : `${loop.join(' → ')} (with ${others.join(', ')})`;
    })
    .sort();
}

/** Everything a file reaches through its imports, itself left out. */
export function reachedFrom(graph: ReadonlyMap<string, ReadonlySet<string>>, start: string): Set<string> {
  const reached = new Set<string>();
  const queue = [...(graph.get(start) ?? [])];
  while (queue.length > 0) {
    const next = queue.pop()!;
    if (reached.has(next)) continue;
    reached.add(next);
    queue.push(...(graph.get(next) ?? []));
  }
  return reached;
}
