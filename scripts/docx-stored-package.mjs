// An esbuild plugin for the bundles that export Word documents (main, the command line): docx
// packs its parts with fflate's DEFLATE in JavaScript, and word-package.ts then unzips them and
// deflates them again with Node's zlib around the tables it writes. Packed stored instead, by
// electron/services/word/stored-zip.ts with Node's own CRC-32, docx's zip is a copy: the document
// is byte for byte the same, and an export no longer spends a third of a cold command line's time
// compressing (nor a tenth computing checksums in JavaScript for) what is thrown away. A docx whose
// code no longer reads as expected fails the build, rather than losing this silently.
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';

const ZIP_FILES = /var zipFiles = \(files\) => zipSync\(Object\.fromEntries\((\[\.\.\.files\]\.map\(\(\[path, data\]\) => \[path, bytesOf[\w$]*\(data\)\]\))\)\);/;
const STORED_ZIP = JSON.stringify(fileURLToPath(new URL('../electron/services/word/stored-zip.ts', import.meta.url)));

export const docxStoredPackage = {
  name: 'docx-stored-package',
  setup(build) {
    build.onLoad({ filter: /[\\/]node_modules[\\/]docx[\\/]dist[\\/]index\.(mjs|cjs)$/ }, async (args) => {
      const code = await readFile(args.path, 'utf8');
      if (!ZIP_FILES.test(code)) throw new Error(`docx-stored-package: ${args.path} no longer packs its parts as this plugin expects; see scripts/docx-stored-package.mjs`);
      const storedZip = args.path.endsWith('.cjs') ? `const { storedZip: reportDeskStoredZip } = require(${STORED_ZIP});` : `import { storedZip as reportDeskStoredZip } from ${STORED_ZIP};`;
      return { contents: `${storedZip}\n${code.replace(ZIP_FILES, 'var zipFiles = (files) => reportDeskStoredZip($1);')}`, loader: 'js' };
    });
  },
};
