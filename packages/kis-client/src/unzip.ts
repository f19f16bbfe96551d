import { inflateRawSync } from 'node:zlib';

export class ZipError extends Error {
  override name = 'ZipError';
}

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;

/**
 * The first entry of a zip archive. Sizes come from the central directory, because a zip
 * written as a stream leaves them zero in the local header; only "stored" and "deflate" entries
 * occur in KIS's master-file archives.
 */
export function unzipFirstEntry(archive: Uint8Array): { name: string; data: Buffer } {
  const zip = Buffer.from(archive.buffer, archive.byteOffset, archive.byteLength);
  // The end record is within the last 22 + 65535 (comment) bytes.
  let eocd = -1;
  for (let at = zip.length - 22; at >= Math.max(0, zip.length - 22 - 0xffff); at -= 1) {
    if (zip.readUInt32LE(at) === EOCD) {
      eocd = at;
      break;
    }
  }
  if (eocd < 0) throw new ZipError('not a zip archive (no end of central directory)');
  if (zip.readUInt16LE(eocd + 10) < 1) throw new ZipError('the zip archive is empty');
  const central = zip.readUInt32LE(eocd + 16);
  if (zip.readUInt32LE(central) !== CENTRAL) throw new ZipError('bad central directory');
  const method = zip.readUInt16LE(central + 10);
  const compressedSize = zip.readUInt32LE(central + 20);
  const size = zip.readUInt32LE(central + 24);
  const nameLength = zip.readUInt16LE(central + 28);
  const name = zip.toString('latin1', central + 46, central + 46 + nameLength);
  const local = zip.readUInt32LE(central + 42);
  if (zip.readUInt32LE(local) !== LOCAL) throw new ZipError(`bad local header for ${name}`);
  const start = local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28);
  const body = zip.subarray(start, start + compressedSize);
  let data: Buffer;
  if (method === 0) data = Buffer.from(body);
  else if (method === 8) data = inflateRawSync(body);
  else throw new ZipError(`${name}: compression method ${method} is not supported`);
  if (data.length !== size) throw new ZipError(`${name}: ${data.length} bytes, expected ${size}`);
  return { name, data };
}
