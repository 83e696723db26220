// The parts of an .xlsx (a zip archive) by name, inflated one at a time with Node's zlib.
import { createInflateRaw, inflateRawSync } from "node:zlib";

const END_OF_DIRECTORY = 0x06054b50;
const DIRECTORY_ENTRY = 0x02014b50;
const LOCAL_HEADER = 0x04034b50;

export interface ZipEntry {
  method: number;
  compressedSize: number;
  localHeader: number;
}

/**
 * The archive's entries from its central directory; null for what this reader does not handle
 * (no directory found, Zip64 sizes): exceljs reads such files.
 */
export function zipEntries(zip: Buffer): Map<string, ZipEntry> | null {
  let end = -1;
  for (let i = zip.length - 22; i >= Math.max(0, zip.length - 65557); i--) {
    if (zip.readUInt32LE(i) === END_OF_DIRECTORY) {
      end = i;
      break;
    }
  }
  if (end < 0) return null;
  const count = zip.readUInt16LE(end + 10);
  let p = zip.readUInt32LE(end + 16);
  const entries = new Map<string, ZipEntry>();
  for (let k = 0; k < count; k++) {
    if (p + 46 > zip.length || zip.readUInt32LE(p) !== DIRECTORY_ENTRY) return null;
    const method = zip.readUInt16LE(p + 10);
    const compressedSize = zip.readUInt32LE(p + 20);
    const nameLength = zip.readUInt16LE(p + 28);
    const extraLength = zip.readUInt16LE(p + 30);
    const commentLength = zip.readUInt16LE(p + 32);
    const localHeader = zip.readUInt32LE(p + 42);
    if (compressedSize === 0xffffffff || localHeader === 0xffffffff) return null;
    const name = zip.toString("utf8", p + 46, p + 46 + nameLength);
    entries.set(name, { method, compressedSize, localHeader });
    p += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

/** An entry's bytes; null if it is stored in a way this reader does not handle. */
export function inflateEntry(zip: Buffer, entry: ZipEntry): Buffer | null {
  const data = entryData(zip, entry);
  if (data && entry.method === 0) return data;
  if (data && entry.method === 8) return inflateRawSync(data);
  return null;
}

/**
 * An entry's bytes in pieces of 1 MB as they are inflated, so that a sheet's XML (130 MB for a
 * million rows) never sits in memory whole. False if the entry could not be read.
 */
export async function inflatePieces(
  zip: Buffer,
  entry: ZipEntry,
  piece: (bytes: Buffer) => void
): Promise<boolean> {
  const data = entryData(zip, entry);
  if (!data || (entry.method !== 0 && entry.method !== 8)) return false;
  if (entry.method === 0) {
    piece(data);
    return true;
  }
  const inflate = createInflateRaw({ chunkSize: 1 << 20 });
  return new Promise((resolve) => {
    inflate.on("data", (bytes: Buffer) => {
      try {
        piece(bytes);
      } catch {
        inflate.destroy();
        resolve(false);
      }
    });
    inflate.on("end", () => resolve(true));
    inflate.on("error", () => resolve(false));
    inflate.end(data);
  });
}

function entryData(zip: Buffer, entry: ZipEntry): Buffer | null {
  const h = entry.localHeader;
  if (h + 30 > zip.length || zip.readUInt32LE(h) !== LOCAL_HEADER) return null;
  const start = h + 30 + zip.readUInt16LE(h + 26) + zip.readUInt16LE(h + 28);
  return zip.subarray(start, start + entry.compressedSize);
}
