// The body of the 'gzipBomb' fault: a small gzip stream that inflates to a given number of bytes of
// well-formed JSON, for testing that a client caps what it decompresses. It is compressed in
// chunks, so even a body that inflates to gigabytes never sits uncompressed in the server's memory.

import { once } from 'node:events';
import * as zlib from 'node:zlib';

const PREFIX = '{"items":["';
const SUFFIX = '"]}';
const FILLER = Buffer.alloc(64 * 1024, 'x');

/** The smallest body the fault can make: `{"items":[""]}`. */
export const SMALLEST_GZIP_BOMB = PREFIX.length + SUFFIX.length;

export function checkGzipBombSize(decompressedBytes: number): void {
  if (!Number.isSafeInteger(decompressedBytes) || decompressedBytes < SMALLEST_GZIP_BOMB) {
    throw new RangeError(`gzipBomb.decompressedBytes must be an integer of at least ${SMALLEST_GZIP_BOMB}, got ${decompressedBytes}`);
  }
}

/** Gzip of `{"items":["xxx…"]}`, exactly `decompressedBytes` long once inflated. */
export async function gzipBombBody(decompressedBytes: number): Promise<Buffer> {
  checkGzipBombSize(decompressedBytes);
  const gzip = zlib.createGzip({ level: zlib.constants.Z_BEST_COMPRESSION });
  const chunks: Buffer[] = [];
  gzip.on('data', (chunk: Buffer) => chunks.push(chunk));
  const ended = once(gzip, 'end');
  gzip.write(PREFIX);
  let left = decompressedBytes - SMALLEST_GZIP_BOMB;
  while (left > 0) {
    const size = Math.min(left, FILLER.length);
    if (!gzip.write(size === FILLER.length ? FILLER : FILLER.subarray(0, size))) await once(gzip, 'drain');
    left -= size;
  }
  gzip.end(SUFFIX);
  await ended;
  return Buffer.concat(chunks);
}
