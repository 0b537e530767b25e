// An esbuild plugin for the command line's bundles: fflate's Node build loads node:worker_threads
// as it loads, for asynchronous functions we never call. Its browser build has the same
// synchronous code without that load, which is a cost at every start and, in the start-up
// snapshot, thread state that threads started later cannot use.
export const fflateWithoutWorkers = {
  name: 'fflate-without-workers',
  setup(build) {
    build.onResolve({ filter: /^fflate$/ }, (args) => build.resolve('fflate/browser', { kind: args.kind, resolveDir: args.resolveDir }));
  },
};
