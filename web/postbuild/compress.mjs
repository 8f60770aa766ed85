// Precompressed copies beside every text file and .wasm in dist/: name.br (Brotli, best) and
// name.gz (gzip -9), for hosts and servers that serve them as they are (scripts/serve.sh).
import { readFile, writeFile } from 'node:fs/promises';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { files } from './pages.mjs';

export const COMPRESSIBLE = /\.(html|js|mjs|css|json|svg|webmanifest|txt|xml|wasm)$/;

export function brotli(bytes) {
  return brotliCompressSync(bytes, {
    params: {
      [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
      [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length,
    },
  });
}

export function gzip(bytes) {
  return gzipSync(bytes, { level: 9 });
}

export async function compress(dist) {
  for (const file of await files(dist)) {
    if (!COMPRESSIBLE.test(file)) continue;
    const bytes = await readFile(file);
    await writeFile(`${file}.br`, brotli(bytes));
    await writeFile(`${file}.gz`, gzip(bytes));
  }
}
