/**
 * SHA-256 (FIPS 180-4) and HMAC-SHA256 (RFC 2104), synchronous and in plain
 * TypeScript, with the hex encoding and constant-time compare the callers
 * need. `node:crypto` gives the same bytes, but importing it costs 25–50 ms
 * of start-up in Deno (it loads much of the Node compat layer), and Web
 * Crypto is asynchronous only. Strings are hashed as UTF-8, a lone surrogate
 * as U+FFFD, exactly as `node:crypto` and `TextEncoder` do.
 *
 * @example
 * ```ts
 * toHex(sha256("abc")).slice(0, 8); // "ba7816bf"
 * const mac = preparedHmacSha256("key"); // pads computed once
 * toHex(mac("message")) === toHex(hmacSha256("key", "message")); // true
 * ```
 *
 * @module
 */

/** The bytes of a SHA-256 digest. */
export const SHA256_BYTES = 32;
const BLOCK_BYTES = 64;

// The first 32 bits of the fractional parts of the cube roots of the first 64 primes.
// deno-fmt-ignore
const K = Int32Array.of(
  0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5,
  0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174,
  0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da,
  0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967,
  0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85,
  0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070,
  0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3,
  0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2,
);

// The first 32 bits of the fractional parts of the square roots of the first 8 primes.
// deno-fmt-ignore
const INITIAL = Int32Array.of(
  0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19,
);

const ENCODER = new TextEncoder();
const HEX = Array.from(
  { length: 256 },
  (_, byte) => byte.toString(16).padStart(2, "0"),
);

/**
 * The SHA-256 digest of `data`; a string is hashed as its UTF-8 bytes.
 *
 * @example
 * ```ts
 * toHex(sha256("")).slice(0, 8); // "e3b0c442"
 * ```
 */
export function sha256(data: Uint8Array | string): Uint8Array {
  const out = new Uint8Array(SHA256_BYTES);
  new Sha256().update(bytesOf(data)).finish(out);
  return out;
}

/**
 * HMAC-SHA256 of `data` under `key` (RFC 2104); strings are UTF-8, a key
 * longer than 64 bytes is hashed first. For many messages under one key, use
 * {@linkcode preparedHmacSha256}, which computes the key's pads once.
 */
export function hmacSha256(
  key: Uint8Array | string,
  data: Uint8Array | string,
): Uint8Array {
  return preparedHmacSha256(key)(data);
}

/**
 * A function that computes HMAC-SHA256 under `key`: the states after the
 * inner and outer pads are computed here, once, so that a short message
 * costs two compressions instead of four. Each call returns a new array.
 *
 * @example
 * ```ts
 * const mac = preparedHmacSha256("log-id-key");
 * toHex(mac("12345")).slice(0, 12); // the same as hmacSha256("log-id-key", "12345")
 * ```
 */
export function preparedHmacSha256(
  key: Uint8Array | string,
): (data: Uint8Array | string) => Uint8Array {
  let keyBytes = bytesOf(key);
  if (keyBytes.length > BLOCK_BYTES) keyBytes = sha256(keyBytes);
  const pad = new Uint8Array(BLOCK_BYTES);
  pad.set(keyBytes);
  const hash = new Sha256();
  for (let i = 0; i < BLOCK_BYTES; i++) pad[i] ^= 0x36;
  const inner = hash.update(pad).state();
  for (let i = 0; i < BLOCK_BYTES; i++) pad[i] ^= 0x36 ^ 0x5c;
  const outer = hash.restart(INITIAL, 0).update(pad).state();
  let scratch = new Uint8Array(64);
  return (data) => {
    let message: Uint8Array;
    if (typeof data === "string") {
      // encodeInto a reused buffer: no allocation for the short ids of the log path
      if (data.length * 3 > scratch.length) {
        scratch = new Uint8Array(data.length * 3);
      }
      const { written } = ENCODER.encodeInto(data, scratch);
      message = scratch.subarray(0, written);
    } else {
      message = data;
    }
    const out = new Uint8Array(SHA256_BYTES);
    hash.restart(inner, BLOCK_BYTES).update(message).finish(out);
    // update() copies the 32 bytes into the block before finish() overwrites out
    hash.restart(outer, BLOCK_BYTES).update(out).finish(out);
    return out;
  };
}

/**
 * `bytes` as lowercase hexadecimal, two characters a byte: the same text as
 * `node:crypto`'s `digest("hex")`.
 *
 * @example
 * ```ts
 * toHex(Uint8Array.of(0, 15, 255)); // "000fff"
 * ```
 */
export function toHex(bytes: Uint8Array): string {
  let text = "";
  for (let i = 0; i < bytes.length; i++) text += HEX[bytes[i]];
  return text;
}

/**
 * Whether `a` and `b` hold the same bytes, in a time that depends only on
 * their length, not on where they differ. Unlike `node:crypto`'s, it
 * returns false for different lengths instead of throwing; compare digests
 * to keep the length of a secret out of the timing too.
 */
export function timingSafeEqual(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  let difference = 0;
  for (let i = 0; i < a.length; i++) difference |= a[i] ^ b[i];
  return difference === 0;
}

function bytesOf(data: Uint8Array | string): Uint8Array {
  return typeof data === "string" ? ENCODER.encode(data) : data;
}

/** A running SHA-256: restart(), update() any number of times, finish(). */
class Sha256 {
  readonly #h = Int32Array.from(INITIAL);
  readonly #w = new Int32Array(64);
  readonly #block = new Uint8Array(BLOCK_BYTES);
  #buffered = 0;
  /** Bytes hashed so far, those in #block included. */
  #length = 0;

  /** Start again from `state`, as if `length` bytes (whole blocks) had been hashed. */
  restart(state: Int32Array, length: number): this {
    this.#h.set(state);
    this.#buffered = 0;
    this.#length = length;
    return this;
  }

  /** A copy of the chaining state; only meaningful on a block boundary. */
  state(): Int32Array {
    return Int32Array.from(this.#h);
  }

  update(data: Uint8Array): this {
    const block = this.#block;
    let offset = 0;
    this.#length += data.length;
    if (this.#buffered > 0) {
      while (this.#buffered < BLOCK_BYTES && offset < data.length) {
        block[this.#buffered++] = data[offset++];
      }
      if (this.#buffered < BLOCK_BYTES) return this;
      compress(this.#h, this.#w, block, 0);
      this.#buffered = 0;
    }
    for (; offset + BLOCK_BYTES <= data.length; offset += BLOCK_BYTES) {
      compress(this.#h, this.#w, data, offset);
    }
    while (offset < data.length) block[this.#buffered++] = data[offset++];
    return this;
  }

  /** Pad, and write the 32 bytes of the digest into `out`. */
  finish(out: Uint8Array): void {
    const block = this.#block;
    let n = this.#buffered;
    block[n++] = 0x80;
    if (n > BLOCK_BYTES - 8) {
      block.fill(0, n);
      compress(this.#h, this.#w, block, 0);
      n = 0;
    }
    block.fill(0, n, BLOCK_BYTES - 8);
    // the length in bits, as a 64-bit big-endian number
    writeWord(block, 56, Math.floor(this.#length / 0x20000000));
    writeWord(block, 60, this.#length * 8);
    compress(this.#h, this.#w, block, 0);
    for (let i = 0; i < 8; i++) writeWord(out, i * 4, this.#h[i]);
  }
}

function writeWord(bytes: Uint8Array, offset: number, word: number): void {
  bytes[offset] = word >>> 24;
  bytes[offset + 1] = word >>> 16;
  bytes[offset + 2] = word >>> 8;
  bytes[offset + 3] = word;
}

/**
 * One SHA-256 compression of the 64 bytes of `bytes` at `offset` into `h`;
 * `w` is scratch. Every sum is cut to 32 bits two terms at a time, which lets
 * V8 keep it in int32 arithmetic (about 10% faster than one `| 0` per sum).
 */
function compress(
  h: Int32Array,
  w: Int32Array,
  bytes: Uint8Array,
  offset: number,
): void {
  for (let i = 0; i < 16; i++, offset += 4) {
    w[i] = (bytes[offset] << 24) | (bytes[offset + 1] << 16) |
      (bytes[offset + 2] << 8) | bytes[offset + 3];
  }
  for (let i = 16; i < 64; i++) {
    const x = w[i - 15];
    const y = w[i - 2];
    const s0 = ((x >>> 7) | (x << 25)) ^ ((x >>> 18) | (x << 14)) ^ (x >>> 3);
    const s1 = ((y >>> 17) | (y << 15)) ^ ((y >>> 19) | (y << 13)) ^
      (y >>> 10);
    w[i] = (((w[i - 16] + s0) | 0) + ((w[i - 7] + s1) | 0)) | 0;
  }
  let a = h[0], b = h[1], c = h[2], d = h[3];
  let e = h[4], f = h[5], g = h[6], hh = h[7];
  for (let i = 0; i < 64; i++) {
    const sum1 = ((e >>> 6) | (e << 26)) ^ ((e >>> 11) | (e << 21)) ^
      ((e >>> 25) | (e << 7));
    const choice = g ^ (e & (f ^ g));
    const t1 = (((hh + sum1) | 0) + ((choice + ((K[i] + w[i]) | 0)) | 0)) | 0;
    const sum0 = ((a >>> 2) | (a << 30)) ^ ((a >>> 13) | (a << 19)) ^
      ((a >>> 22) | (a << 10));
    const majority = (a & b) | (c & (a | b));
    hh = g;
    g = f;
    f = e;
    e = (d + t1) | 0;
    d = c;
    c = b;
    b = a;
    a = (t1 + ((sum0 + majority) | 0)) | 0;
  }
  h[0] = (h[0] + a) | 0;
  h[1] = (h[1] + b) | 0;
  h[2] = (h[2] + c) | 0;
  h[3] = (h[3] + d) | 0;
  h[4] = (h[4] + e) | 0;
  h[5] = (h[5] + f) | 0;
  h[6] = (h[6] + g) | 0;
  h[7] = (h[7] + hh) | 0;
}
