/**
 * A minimal ZIP reader for the release-zip check: lists and extracts the archives `wxt zip` writes
 * (stored or deflated entries, no ZIP64, no encryption). Why not `unzip`: it is not part of a fresh
 * Debian image (`.ci/run` installs only the browsers) and the repository takes no new dependencies.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve, sep } from 'node:path';
import { inflateRawSync } from 'node:zlib';

/**
 * The entries of the ZIP file at `path`, from its central directory: `{ name, data() }`, where `data()`
 * returns the uncompressed bytes. Throws on anything this reader does not support.
 */
export function readZip(path) {
  const buf = readFileSync(path);
  // End of central directory: signature 0x06054b50, at most 64 KiB of comment after it.
  let eocd = -1;
  for (let i = buf.length - 22; i >= Math.max(0, buf.length - 22 - 0xffff); i--) {
    if (buf.readUInt32LE(i) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw new Error(`${path}: not a ZIP file (no end of central directory)`);
  const count = buf.readUInt16LE(eocd + 10);
  let p = buf.readUInt32LE(eocd + 16);
  const entries = [];
  for (let n = 0; n < count; n++) {
    if (buf.readUInt32LE(p) !== 0x02014b50) throw new Error(`${path}: bad central directory entry ${n}`);
    const method = buf.readUInt16LE(p + 10);
    const compressed = buf.readUInt32LE(p + 20);
    const size = buf.readUInt32LE(p + 24);
    const nameLen = buf.readUInt16LE(p + 28);
    const extraLen = buf.readUInt16LE(p + 30);
    const commentLen = buf.readUInt16LE(p + 32);
    const local = buf.readUInt32LE(p + 42);
    const name = buf.toString('utf8', p + 46, p + 46 + nameLen);
    p += 46 + nameLen + extraLen + commentLen;
    entries.push({
      name,
      size,
      data() {
        // The local header repeats name and extra field with their own lengths.
        const start = local + 30 + buf.readUInt16LE(local + 26) + buf.readUInt16LE(local + 28);
        const raw = buf.subarray(start, start + compressed);
        if (method === 0) return raw;
        if (method === 8) return inflateRawSync(raw);
        throw new Error(`${path}: ${name}: unsupported compression method ${method}`);
      },
    });
  }
  return entries;
}

/** Extracts the ZIP file at `path` into the directory `dest`; refuses entries that would land outside it. */
export function extractZip(path, dest) {
  const root = resolve(dest);
  for (const entry of readZip(path)) {
    const out = resolve(root, entry.name);
    if (out !== root && !out.startsWith(root + sep)) throw new Error(`${path}: entry escapes the target: ${entry.name}`);
    if (entry.name.endsWith('/')) {
      mkdirSync(out, { recursive: true });
      continue;
    }
    mkdirSync(dirname(out), { recursive: true });
    writeFileSync(out, entry.data());
  }
  return root;
}
