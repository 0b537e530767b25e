// An esbuild plugin for the Node bundles (main, the command line): xmldom's entities module
// holds the 2,231 named entities of HTML, which its parser uses only for HTML. We parse XML
// only (Word parts: their five predefined entities), yet the table was set up in every start of
// the command line's snapshot: about 200 KB of its heap, read back at each start. Replaced by the
// XML entities alone; an HTML parse would then report an unknown entity, never read one wrongly.
// An xmldom whose module no longer exports these names fails the build, rather than a command.
import { readFile } from 'node:fs/promises';

const NAMES = ['XML_ENTITIES', 'HTML_ENTITIES', 'entityMap'];

export const xmldomWithoutHtmlEntities = {
  name: 'xmldom-without-html-entities',
  setup(build) {
    build.onLoad({ filter: /[\\/]node_modules[\\/]@xmldom[\\/]xmldom[\\/]lib[\\/]entities\.js$/ }, async (args) => {
      const code = await readFile(args.path, 'utf8');
      const exported = [...code.matchAll(/^exports\.(\w+) =/gm)].map((match) => match[1]);
      if (exported.join() !== NAMES.join()) throw new Error(`xmldom-without-html-entities: ${args.path} exports ${exported.join(', ')}, not ${NAMES.join(', ')}; see scripts/xmldom-without-html-entities.mjs`);
      const xml = /^exports\.XML_ENTITIES = freeze\(\{[^}]*\}\);$/m.exec(code);
      if (xml === null) throw new Error(`xmldom-without-html-entities: ${args.path} no longer defines XML_ENTITIES as expected`);
      return {
        contents: ["'use strict';", "var freeze = require('./conventions').freeze;", xml[0], 'exports.HTML_ENTITIES = freeze({});', 'exports.entityMap = exports.HTML_ENTITIES;'].join('\n'),
        loader: 'js',
        resolveDir: args.path.replace(/[\\/][^\\/]+$/, ''),
      };
    });
  },
};
