/**
 * This module makes a Sourcemark id from another tool's annotation IRI. The same IRI always gives the
 * same id, so importing the same file twice finds the annotations it imported the first time.
 */

/** A 64-bit string hash (two 32-bit FNV-1a lanes with different seeds), as 16 hex digits. */
export function hash64(text: string): string {
  let a = 0x811c9dc5;
  let b = 0x01000193 ^ 0x9e3779b9;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b ^ c, 0x85ebca6b);
    b ^= b >>> 13;
  }
  a = Math.imul(a ^ (a >>> 16), 0x45d9f3b);
  b = Math.imul(b ^ (b >>> 15), 0x2c1b3c6d);
  return (a >>> 0).toString(16).padStart(8, '0') + (b >>> 0).toString(16).padStart(8, '0');
}

/** `prefix` + the hash of `key`: ids for annotations from other tools. */
export function stableId(prefix: string, key: string): string {
  return `${prefix}-${hash64(key)}`;
}
