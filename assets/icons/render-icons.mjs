// Renders the icons from their SVG sources with Debian's Chromium; run it again after
// changing an SVG:   node assets/icons/render-icons.mjs
//   assets/icon.png             512×512 app icon (electron-builder makes .icns/.ico from it)
//   assets/icons/app/NxN.png    the Linux icon set
//   assets/icons/file/rdesk.*   the .rdesk document icon: .icns (macOS), .ico (Windows), .png
import { chromium } from '@playwright/test';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const assets = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const executablePath = process.env.REPORT_DESK_CHROMIUM ?? '/usr/bin/chromium';

async function renderer() {
  const browser = await chromium.launch({
    executablePath,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  const page = await browser.newPage({ deviceScaleFactor: 1 });
  return {
    async png(svgPath, size) {
      const svg = (await readFile(svgPath)).toString('base64');
      await page.setViewportSize({ width: size, height: size });
      await page.setContent(
        `<html><body style="margin:0;background:transparent"><img style="display:block" width="${size}" height="${size}" src="data:image/svg+xml;base64,${svg}"></body></html>`,
      );
      await page.locator('img').evaluate((image) => image.decode());
      return page.screenshot({ omitBackground: true, clip: { x: 0, y: 0, width: size, height: size } });
    },
    close: () => browser.close(),
  };
}

/** Windows .ico holding PNG images (Vista and later read these). */
function ico(images) {
  const header = Buffer.alloc(6 + 16 * images.length);
  header.writeUInt16LE(0, 0);
  header.writeUInt16LE(1, 2);
  header.writeUInt16LE(images.length, 4);
  let offset = header.length;
  images.forEach(({ size, data }, index) => {
    const entry = 6 + 16 * index;
    header.writeUInt8(size >= 256 ? 0 : size, entry);
    header.writeUInt8(size >= 256 ? 0 : size, entry + 1);
    header.writeUInt16LE(1, entry + 4);
    header.writeUInt16LE(32, entry + 6);
    header.writeUInt32LE(data.length, entry + 8);
    header.writeUInt32LE(offset, entry + 12);
    offset += data.length;
  });
  return Buffer.concat([header, ...images.map((image) => image.data)]);
}

/** macOS .icns holding PNG images, one chunk per type. */
function icns(chunks) {
  const parts = chunks.map(({ type, data }) => {
    const head = Buffer.alloc(8);
    head.write(type, 0, 'ascii');
    head.writeUInt32BE(8 + data.length, 4);
    return Buffer.concat([head, data]);
  });
  const head = Buffer.alloc(8);
  head.write('icns', 0, 'ascii');
  head.writeUInt32BE(8 + parts.reduce((total, part) => total + part.length, 0), 4);
  return Buffer.concat([head, ...parts]);
}

const ICNS_TYPES = [
  ['icp4', 16],
  ['icp5', 32],
  ['icp6', 64],
  ['ic07', 128],
  ['ic08', 256],
  ['ic09', 512],
  ['ic10', 1024],
];

const render = await renderer();
try {
  const appSvg = join(assets, 'icon.svg');
  await writeFile(join(assets, 'icon.png'), await render.png(appSvg, 512));
  await mkdir(join(assets, 'icons', 'app'), { recursive: true });
  for (const size of [16, 24, 32, 48, 64, 128, 256, 512]) {
    await writeFile(join(assets, 'icons', 'app', `${size}x${size}.png`), await render.png(appSvg, size));
  }

  const fileSvg = join(assets, 'icons', 'rdesk-file.svg');
  await mkdir(join(assets, 'icons', 'file'), { recursive: true });
  await writeFile(join(assets, 'icons', 'file', 'rdesk.png'), await render.png(fileSvg, 512));
  const icoImages = [];
  for (const size of [16, 24, 32, 48, 64, 256]) icoImages.push({ size, data: await render.png(fileSvg, size) });
  await writeFile(join(assets, 'icons', 'file', 'rdesk.ico'), ico(icoImages));
  const icnsChunks = [];
  for (const [type, size] of ICNS_TYPES) icnsChunks.push({ type, data: await render.png(fileSvg, size) });
  await writeFile(join(assets, 'icons', 'file', 'rdesk.icns'), icns(icnsChunks));
  console.log('Rendered assets/icon.png, assets/icons/app/*.png and assets/icons/file/rdesk.{png,ico,icns}');
} finally {
  await render.close();
}
