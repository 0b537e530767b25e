// An esbuild plugin for the command line's bundle: node:crypto, which our services import for a
// digest or random bytes, loads Node's streams with it, 2 ms of every start; most commands
// (validate, --version) never hash. Our imports of it get a stand-in that loads it on the first
// call. Only the functions named below: importing another one fails the build, never a command.
const NAMES = ['createHash', 'randomBytes'];

export const cryptoOnFirstUse = {
  name: 'crypto-on-first-use',
  setup(build) {
    build.onResolve({ filter: /^node:crypto$/ }, (args) =>
      /[\\/]node_modules[\\/]/.test(args.importer) || args.namespace === 'crypto-on-first-use' ? undefined : { path: 'node:crypto', namespace: 'crypto-on-first-use' },
    );
    build.onLoad({ filter: /.*/, namespace: 'crypto-on-first-use' }, () => ({
      contents: [
        'let crypto;',
        "const loaded = () => (crypto ??= require('node:crypto'));",
        ...NAMES.map((name) => `export function ${name}(...args) { return loaded().${name}(...args); }`),
      ].join('\n'),
      loader: 'js',
    }));
  },
};
