/**
 * Encryption of KV values at rest: AES-256-GCM through WebCrypto, with keys
 * named by an id so that values can say which key sealed them and keys can be
 * rotated. Each key is imported into WebCrypto once and kept.
 *
 * The additional data of every seal binds the ciphertext to where it lives
 * (the canonical bytes of its `Deno.KvKey`, see {@linkcode encodeKvKey}) and to
 * the record's header, so a value copied to another key, or a header edited,
 * does not decrypt.
 *
 * @module
 */

/** One key of `ENCRYPTION_KEYS`: its id and its 32 raw bytes. */
export interface EncryptionKeySpec {
  /** Letters, digits, `_` or `-`, 1 to 32 characters. */
  readonly id: string;
  /** The 32 bytes of an AES-256 key. */
  readonly key: Uint8Array;
  /** The key as configured (base64), for the log sink to mask; optional. */
  readonly source?: string;
}

/** The grammar of a key id. */
export const KEY_ID_PATTERN = /^[A-Za-z0-9_-]{1,32}$/;

/** Bytes of an AES-256 key. */
export const KEY_BYTES = 32;
/** Bytes of a GCM nonce: 96 bits, random per seal. */
export const NONCE_BYTES = 12;

/**
 * Thrown when a sealed value cannot be opened: its key is not configured
 * (`missing`), the configured key with its id is another one (`wrong`), or the
 * bytes were changed or moved to another KV key (`wrong` too: GCM cannot tell
 * these apart). The message names the key id, never the key.
 */
export class RecordKeyError extends Error {
  override readonly name = "RecordKeyError";
  readonly keyId: string;
  readonly reason: "missing" | "wrong";

  /**
   * @param where what could not be opened: "a job record", "stored values"
   * @param options.hint what to do about it, added to the message
   */
  constructor(
    keyId: string,
    reason: "missing" | "wrong",
    where: string,
    options: ErrorOptions & { hint?: string } = {},
  ) {
    const problem = reason === "missing"
      ? `Cannot decrypt ${where}: encrypted with key "${keyId}", which ENCRYPTION_KEYS does not list`
      : `Cannot decrypt ${where} with key "${keyId}" of ENCRYPTION_KEYS: not the key used to encrypt, or the data was altered`;
    super(options.hint ? `${problem}: ${options.hint}` : problem, options);
    this.keyId = keyId;
    this.reason = reason;
  }
}

interface LoadedKey {
  readonly id: string;
  readonly raw: Uint8Array;
  /** Imported on first use, then kept. */
  crypto?: Promise<CryptoKey>;
}

/**
 * The configured encryption keys. The first seals; every key opens what it
 * sealed.
 */
export class Keyring {
  readonly #keys: ReadonlyMap<string, LoadedKey>;
  readonly #primary: LoadedKey;

  /** @throws {RangeError} for no keys, a bad id, a key of another length, or a repeated id */
  constructor(keys: readonly EncryptionKeySpec[]) {
    if (keys.length === 0) {
      throw new RangeError("Cannot create keyring: no keys given");
    }
    const map = new Map<string, LoadedKey>();
    for (const { id, key } of keys) {
      if (!KEY_ID_PATTERN.test(id)) {
        throw new RangeError(
          `Cannot create keyring: key id ${
            JSON.stringify(id)
          } is not 1 to 32 letters, digits, _ or -`,
        );
      }
      if (key.length !== KEY_BYTES) {
        throw new RangeError(
          `Cannot create keyring: key "${id}" has ${key.length} bytes, not ${KEY_BYTES}`,
        );
      }
      if (map.has(id)) {
        throw new RangeError(`Cannot create keyring: key id "${id}" repeats`);
      }
      map.set(id, { id, raw: key.slice() });
    }
    this.#keys = map;
    this.#primary = map.get(keys[0].id)!;
  }

  /** The id of the key that seals. */
  get primaryId(): string {
    return this.#primary.id;
  }

  /** Every key id, the sealing one first. */
  get ids(): string[] {
    return [...this.#keys.keys()];
  }

  /** Whether a key with this id is configured. */
  has(id: string): boolean {
    return this.#keys.has(id);
  }

  /**
   * Encrypt `plaintext` with the sealing key and a fresh random nonce.
   *
   * @param aad additional data the ciphertext is bound to
   * @param nonce where the nonce is written (12 bytes)
   */
  async seal(
    plaintext: Uint8Array,
    aad: Uint8Array,
    nonce: Uint8Array,
  ): Promise<Uint8Array> {
    crypto.getRandomValues(nonce);
    const key = await this.#import(this.#primary);
    const sealed = await crypto.subtle.encrypt(
      {
        name: "AES-GCM",
        iv: nonce as Uint8Array<ArrayBuffer>,
        additionalData: aad as Uint8Array<ArrayBuffer>,
      },
      key,
      plaintext as Uint8Array<ArrayBuffer>,
    );
    return new Uint8Array(sealed);
  }

  /**
   * Decrypt what key `keyId` sealed.
   *
   * @param where what is being opened, for the error ("a job record")
   * @throws {RecordKeyError} when the key is not configured or does not open it
   */
  async open(
    keyId: string,
    sealed: { nonce: Uint8Array; ciphertext: Uint8Array; aad: Uint8Array },
    where: string,
  ): Promise<Uint8Array> {
    const loaded = this.#keys.get(keyId);
    if (loaded === undefined) throw new RecordKeyError(keyId, "missing", where);
    const key = await this.#import(loaded);
    try {
      const plain = await crypto.subtle.decrypt(
        {
          name: "AES-GCM",
          iv: sealed.nonce as Uint8Array<ArrayBuffer>,
          additionalData: sealed.aad as Uint8Array<ArrayBuffer>,
        },
        key,
        sealed.ciphertext as Uint8Array<ArrayBuffer>,
      );
      return new Uint8Array(plain);
    } catch (error) {
      throw new RecordKeyError(keyId, "wrong", where, { cause: error });
    }
  }

  /**
   * A check value of key `id`: HMAC-SHA-256 of a fixed label under the key,
   * shortened. It tells whether a key given later under the same id is the
   * same key, and reveals nothing about it.
   */
  async checkValue(id: string): Promise<string> {
    const loaded = this.#keys.get(id);
    if (loaded === undefined) {
      throw new RangeError(`Cannot compute check value: no key "${id}"`);
    }
    const hmac = await crypto.subtle.importKey(
      "raw",
      loaded.raw as Uint8Array<ArrayBuffer>,
      { name: "HMAC", hash: "SHA-256" },
      false,
      ["sign"],
    );
    const mac = await crypto.subtle.sign(
      "HMAC",
      hmac,
      new TextEncoder().encode("promptsmith:key-check:v1"),
    );
    return [...new Uint8Array(mac).slice(0, 8)]
      .map((byte) => byte.toString(16).padStart(2, "0")).join("");
  }

  #import(loaded: LoadedKey): Promise<CryptoKey> {
    loaded.crypto ??= crypto.subtle.importKey(
      "raw",
      loaded.raw as Uint8Array<ArrayBuffer>,
      { name: "AES-GCM" },
      false,
      ["encrypt", "decrypt"],
    );
    return loaded.crypto;
  }
}

const KEY_PART_STRING = 1;
const KEY_PART_NUMBER = 2;
const KEY_PART_BIGINT = 3;
const KEY_PART_BOOLEAN = 4;
const KEY_PART_BYTES = 5;

const encoder = new TextEncoder();

/**
 * The canonical bytes of a KV key: per part a type tag, then the part
 * (strings and bigints as UTF-8 with a 32-bit length, numbers as float64,
 * booleans as one byte, bytes with a 32-bit length). Two keys have the same
 * bytes exactly when they are the same key, so `1` and `"1"` differ.
 */
export function encodeKvKey(key: Deno.KvKey): Uint8Array {
  const chunks: Uint8Array[] = [];
  let size = 0;
  const push = (chunk: Uint8Array) => {
    chunks.push(chunk);
    size += chunk.length;
  };
  const withLength = (tag: number, bytes: Uint8Array) => {
    const head = new Uint8Array(5);
    head[0] = tag;
    new DataView(head.buffer).setUint32(1, bytes.length);
    push(head);
    push(bytes);
  };
  for (const part of key) {
    if (typeof part === "string") {
      withLength(KEY_PART_STRING, encoder.encode(part));
    } else if (typeof part === "number") {
      const bytes = new Uint8Array(9);
      bytes[0] = KEY_PART_NUMBER;
      new DataView(bytes.buffer).setFloat64(1, part);
      push(bytes);
    } else if (typeof part === "bigint") {
      withLength(KEY_PART_BIGINT, encoder.encode(part.toString()));
    } else if (typeof part === "boolean") {
      push(Uint8Array.of(KEY_PART_BOOLEAN, part ? 1 : 0));
    } else if (part instanceof Uint8Array) {
      withLength(KEY_PART_BYTES, part);
    } else {
      throw new TypeError(`Cannot encode KV key: unknown part ${typeof part}`);
    }
  }
  const out = new Uint8Array(size);
  let at = 0;
  for (const chunk of chunks) {
    out.set(chunk, at);
    at += chunk.length;
  }
  return out;
}
