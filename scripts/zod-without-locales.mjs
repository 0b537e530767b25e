// An esbuild plugin for the Node bundles (main, CLI): zod's `z` namespace re-exports all its
// ~60 translated message locales, which esbuild cannot shake out of a namespace (Rollup, for the
// renderer, does). We never switch locale: zod's English default is imported on its own by its
// schemas, so the translations are replaced by an empty module: the bundle halves, and `validate`
// starts faster.
export const zodWithoutLocales = {
  name: 'zod-without-locales',
  setup(build) {
    build.onResolve({ filter: /^\.\.\/locales\/index\.js$/ }, (args) =>
      /[\\/]node_modules[\\/]zod[\\/]/.test(args.importer) ? { path: 'zod-locales', namespace: 'zod-without-locales' } : undefined,
    );
    build.onLoad({ filter: /.*/, namespace: 'zod-without-locales' }, () => ({ contents: 'export {};', loader: 'js' }));
  },
};
