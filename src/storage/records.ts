/**
 * The record layer: how a KV value carries its schema version and, for values
 * that hold user content, how it is encrypted. Every store reads and writes
 * its values through a {@linkcode RecordCodec} of its record kind (the kinds
 * are declared in `record_kinds.ts`), so a value is
 *
 * - **sealed** (a kind that holds user content, with `ENCRYPTION_KEYS` set):
 *   one `Uint8Array`: a header (magic, format, schema version, key id,
 *   expiry) and the AES-256-GCM ciphertext of the value's V8 serialization;
 *   the header and the KV key are the additional data;
 * - **plain** (every other enveloped kind, or no keys set): `{ $v, d, x? }`,
 *   the schema version, the value and its expiry time;
 * - **legacy**: anything else, a value written before records had versions.
 *   It reads as version 0 and is upgraded on read.
 *
 * Reading never needs another KV round trip: decoding is CPU work only.
 *
 * @example
 * ```ts ignore
 * const codec = records.codec(JOB_RECORD);
 * const job = await codec.decode(key, (await kv.get(key)).value);
 * op.set(key, await codec.encode(key, next));
 * ```
 *
 * @module
 */
import { deserialize, serialize } from "node:v8";
import { encodeKvKey, Keyring, NONCE_BYTES, RecordKeyError } from "./sealed.ts";

/**
 * One kind of KV record: which keys hold it, its schema version, whether it
 * holds user content (sealed), and how an older value is brought to today's
 * shape.
 */
export interface RecordKind<T> {
  /** A short name, shown in progress and errors: `"job"`. */
  readonly name: string;
  /** The first part of every key of this kind: `"job"` for `["job", id]`. */
  readonly prefix: string;
  /** The schema version values are written with now, from 1. */
  readonly version: number;
  /** Holds user content: encrypted when `ENCRYPTION_KEYS` is set. */
  readonly sealed: boolean;
  /**
   * Today's shape of a value stored with version `from` (0: written before
   * records had versions). Must accept every version from 0 to `version`,
   * including today's (it is then the identity), and be free of side effects.
   */
  readonly upgrade: (value: unknown, from: number) => T;
  /**
   * How long a value rewritten by the walker should still live when its
   * record does not say (values of version 0 carry no expiry time), in
   * milliseconds; `undefined`: no expiry. Kinds written with `expireIn` need it.
   */
  legacyExpireIn?(value: T, now: number): number | undefined;
  /**
   * Index keys (each set to `1`) to write in the same commit when the walker
   * rewrites a value stored before records had versions, with the value's
   * expiry: the per-user index entry that today's writers add beside the
   * record, so that /export and /forget find values written by an earlier
   * version too.
   */
  legacyIndex?(key: Deno.KvKey, value: T): Deno.KvKey[];
  /** False for kinds the walker leaves alone (renewed by their writer every few seconds). Default true. */
  readonly walk?: boolean;
}

/** How a stored value is held, from its bytes alone (no decryption). */
export type StoredFormat =
  | { format: "legacy"; version: 0 }
  | { format: "plain"; version: number; expiresAt?: number }
  | { format: "sealed"; version: number; keyId: string; expiresAt?: number };

/** Thrown for a value written by a newer version of Promptsmith, which this one cannot read. */
export class RecordVersionError extends Error {
  override readonly name = "RecordVersionError";
  constructor(kind: string, stored: number, known: number) {
    super(
      `Cannot read a ${kind} record of schema version ${stored}: this version of Promptsmith knows up to ${known}; upgrade every instance`,
    );
  }
}

/** Options of a write: the expiry given to KV, recorded so a rewrite keeps it. */
export interface EncodeOptions {
  expireIn?: number;
}

/** The plain envelope. */
interface PlainRecord {
  $v: number;
  d: unknown;
  /** When KV expires it, in ms since the epoch. */
  x?: number;
}

// "PS", then the format byte.
const MAGIC_0 = 0x50;
const MAGIC_1 = 0x53;
const FORMAT_AES_GCM_V8 = 1;
/** magic (2), format (1), version (2), key id length (1); then id, expiry (8), nonce (12). */
const FIXED_HEADER = 6;

/** Reads and writes the values of one record kind. */
export class RecordCodec<T> {
  readonly kind: RecordKind<T>;
  readonly #records: Records;

  constructor(records: Records, kind: RecordKind<T>) {
    this.kind = kind;
    this.#records = records;
  }

  /**
   * The value to store at `key`: sealed when the kind holds user content and
   * keys are configured, else the plain envelope; both carry the version.
   * Pass the `expireIn` given to KV so that a rewrite keeps the expiry.
   */
  async encode(
    key: Deno.KvKey,
    value: T,
    options: EncodeOptions = {},
  ): Promise<unknown> {
    const expiresAt = options.expireIn === undefined
      ? undefined
      : Date.now() + options.expireIn;
    return await this.#records.encodeAs(this.kind, key, value, expiresAt);
  }

  /**
   * A stored value in today's shape: opened, then upgraded from its version;
   * `null` stays `null`.
   *
   * @throws {RecordKeyError} when it is sealed with a key not configured, or another key
   * @throws {RecordVersionError} when a newer version of Promptsmith wrote it
   */
  async decode(key: Deno.KvKey, stored: unknown): Promise<T | null> {
    if (stored === null || stored === undefined) return null;
    const { version, value } = await this.#records.open(this.kind, key, stored);
    return this.kind.upgrade(value, version);
  }

  /** Encode and add a `set` of `key` to `op`, with `expireIn` given to KV and recorded. */
  async set(
    op: Deno.AtomicOperation,
    key: Deno.KvKey,
    value: T,
    options: EncodeOptions = {},
  ): Promise<void> {
    const stored = await this.encode(key, value, options);
    // Not returned: an AtomicOperation is a thenable that refuses to be awaited.
    op.set(key, stored, { expireIn: options.expireIn });
  }
}

/**
 * The record layer of one process: the keyring (or none) and the record kinds
 * it knows, by key prefix.
 */
export class Records {
  readonly #keyring: Keyring | null;
  readonly #kinds: ReadonlyMap<string, RecordKind<unknown>>;
  readonly #codecs = new Map<string, RecordCodec<unknown>>();
  readonly #memo: SealedMemo;

  /**
   * @param options.keyring the encryption keys; `null` (the default) writes plain values
   * @param options.kinds the kinds {@linkcode decodeAny} recognises by prefix
   */
  constructor(
    options: {
      keyring?: Keyring | null;
      kinds?: readonly RecordKind<unknown>[];
      /**
       * Bytes of recently sealed values kept in memory, so that opening one
       * this process wrote (a job read back by its own worker) needs no
       * decryption. Default 4 MiB; 0 keeps none.
       */
      memoBytes?: number;
    } = {},
  ) {
    this.#keyring = options.keyring ?? null;
    this.#memo = new SealedMemo(options.memoBytes ?? DEFAULT_MEMO_BYTES);
    this.#kinds = new Map(
      (options.kinds ?? []).map((kind) => [kind.prefix, kind]),
    );
  }

  /** The keyring, or `null` when values are written in plain text. */
  get keyring(): Keyring | null {
    return this.#keyring;
  }

  /** The kinds this layer knows. */
  get kinds(): RecordKind<unknown>[] {
    return [...this.#kinds.values()];
  }

  /**
   * What every value this process writes looks like, in one string: the
   * sealing key id and each kind's version. Two processes with the same
   * target write values that need no rewrite.
   */
  get target(): string {
    const versions = [...this.#kinds.values()]
      .map((kind) => `${kind.name}@${kind.version}`).sort().join(",");
    return `${this.#keyring?.primaryId ?? "plain"};${versions}`;
  }

  /** The codec of `kind` (one per kind, kept). */
  codec<T>(kind: RecordKind<T>): RecordCodec<T> {
    let codec = this.#codecs.get(kind.name);
    if (codec === undefined) {
      codec = new RecordCodec(this, kind as RecordKind<unknown>);
      this.#codecs.set(kind.name, codec);
    }
    return codec as RecordCodec<T>;
  }

  /** The known kind of records under `key`, by its first part. */
  kindOf(key: Deno.KvKey): RecordKind<unknown> | undefined {
    const first = key[0];
    return typeof first === "string" ? this.#kinds.get(first) : undefined;
  }

  /**
   * A stored value of any known kind in today's shape, found by its key; a
   * key of no known kind gives the value opened but not upgraded.
   */
  async decodeAny(key: Deno.KvKey, stored: unknown): Promise<unknown> {
    const kind = this.kindOf(key);
    if (kind !== undefined) return await this.codec(kind).decode(key, stored);
    if (stored === null || stored === undefined) return null;
    // A kind this layer was not told about: opened, not upgraded.
    const { value } = await this.open(
      {
        name: String(key[0] ?? "unknown"),
        prefix: String(key[0] ?? ""),
        version: Number.MAX_SAFE_INTEGER,
        sealed: false,
        upgrade: (value) => value,
      },
      key,
      stored,
    );
    return value;
  }

  /** @internal The stored form of `value` for `kind` at `key`. */
  async encodeAs(
    kind: RecordKind<unknown>,
    key: Deno.KvKey,
    value: unknown,
    expiresAt: number | undefined,
  ): Promise<unknown> {
    const keyring = this.#keyring;
    if (!kind.sealed || keyring === null) {
      const plain: PlainRecord = { $v: kind.version, d: value };
      if (expiresAt !== undefined) plain.x = expiresAt;
      return plain;
    }
    const header = sealedHeader(kind.version, keyring.primaryId, expiresAt);
    const nonce = new Uint8Array(NONCE_BYTES);
    const path = encodeKvKey(key);
    const plaintext = plaintextOf(value);
    const ciphertext = await keyring.seal(
      plaintext,
      concat(header, path),
      nonce,
    );
    const sealed = new Uint8Array(
      header.length + NONCE_BYTES + ciphertext.length,
    );
    sealed.set(header);
    sealed.set(nonce, header.length);
    sealed.set(ciphertext, header.length + NONCE_BYTES);
    this.#memo.remember(path, sealed, plaintext);
    return sealed;
  }

  /**
   * @internal Open a stored value of `kind`: its version and its value as
   * stored (not yet upgraded).
   */
  async open(
    kind: RecordKind<unknown>,
    key: Deno.KvKey,
    stored: unknown,
  ): Promise<{ version: number; value: unknown }> {
    const found = inspectStored(stored);
    if (found.version > kind.version) {
      throw new RecordVersionError(kind.name, found.version, kind.version);
    }
    if (found.format === "legacy") return { version: 0, value: stored };
    if (found.format === "plain") {
      return { version: found.version, value: (stored as PlainRecord).d };
    }
    const bytes = stored as Uint8Array;
    const headerLength = FIXED_HEADER + found.keyId.length + 8;
    const where = `a ${kind.name} record`;
    if (this.#keyring === null) {
      throw new RecordKeyError(found.keyId, "missing", where);
    }
    const path = encodeKvKey(key);
    const plain = this.#memo.recall(path, bytes) ??
      await this.#keyring.open(found.keyId, {
        nonce: bytes.subarray(headerLength, headerLength + NONCE_BYTES),
        ciphertext: bytes.subarray(headerLength + NONCE_BYTES),
        aad: concat(bytes.subarray(0, headerLength), path),
      }, where);
    // A fresh copy on every read, memo or not.
    return { version: found.version, value: deserialize(plain) };
  }
}

/**
 * How a stored value is held, read from its header alone: no key needed, no
 * decryption. Used by the walker to count and by the start-up check.
 */
export function inspectStored(stored: unknown): StoredFormat {
  if (stored instanceof Uint8Array && isSealed(stored)) {
    const view = new DataView(
      stored.buffer,
      stored.byteOffset,
      stored.byteLength,
    );
    const version = view.getUint16(3);
    const idLength = stored[5];
    const keyId = new TextDecoder().decode(stored.subarray(6, 6 + idLength));
    const expiry = view.getFloat64(6 + idLength);
    return {
      format: "sealed",
      version,
      keyId,
      ...(expiry > 0 ? { expiresAt: expiry } : {}),
    };
  }
  if (isPlainRecord(stored)) {
    return {
      format: "plain",
      version: stored.$v,
      ...(stored.x === undefined ? {} : { expiresAt: stored.x }),
    };
  }
  return { format: "legacy", version: 0 };
}

function isSealed(bytes: Uint8Array): boolean {
  if (bytes.length < FIXED_HEADER) return false;
  if (bytes[0] !== MAGIC_0 || bytes[1] !== MAGIC_1) return false;
  if (bytes[2] !== FORMAT_AES_GCM_V8) return false;
  const idLength = bytes[5];
  return idLength > 0 &&
    bytes.length >= FIXED_HEADER + idLength + 8 + NONCE_BYTES + 16;
}

function isPlainRecord(value: unknown): value is PlainRecord {
  return typeof value === "object" && value !== null &&
    !Array.isArray(value) && Number.isInteger((value as PlainRecord).$v) &&
    "d" in value;
}

function sealedHeader(
  version: number,
  keyId: string,
  expiresAt: number | undefined,
): Uint8Array {
  const id = new TextEncoder().encode(keyId);
  const header = new Uint8Array(FIXED_HEADER + id.length + 8);
  const view = new DataView(header.buffer);
  header[0] = MAGIC_0;
  header[1] = MAGIC_1;
  header[2] = FORMAT_AES_GCM_V8;
  view.setUint16(3, version);
  header[5] = id.length;
  header.set(id, FIXED_HEADER);
  view.setFloat64(FIXED_HEADER + id.length, expiresAt ?? 0);
  return header;
}

/**
 * `a` then `b`. The additional data of a seal is the header, then the
 * canonical key: a sealed value opens only where it was written, as written.
 */
function concat(a: Uint8Array, b: Uint8Array): Uint8Array {
  const out = new Uint8Array(a.length + b.length);
  out.set(a);
  out.set(b, a.length);
  return out;
}

/** Bytes of recently sealed values a {@linkcode Records} keeps by default. */
const DEFAULT_MEMO_BYTES = 4 * 1024 * 1024;

/**
 * The plaintexts of values this process sealed, by their exact stored bytes
 * and KV key, least recently used dropped first. Opening a value whose bytes
 * are the ones this process wrote at that key gives its plaintext without a
 * WebCrypto call; any other bytes (another writer, a changed byte, another
 * key) are decrypted and authenticated as usual.
 */
class SealedMemo {
  readonly #maxBytes: number;
  readonly #entries = new Map<
    string,
    { path: Uint8Array; sealed: Uint8Array; plain: Uint8Array }
  >();
  #bytes = 0;

  constructor(maxBytes: number) {
    this.#maxBytes = maxBytes;
  }

  remember(path: Uint8Array, sealed: Uint8Array, plain: Uint8Array): void {
    const size = sealed.length + plain.length + path.length;
    if (size > this.#maxBytes) return;
    this.#entries.set(idOf(sealed), { path, sealed, plain });
    this.#bytes += size;
    for (const [id, entry] of this.#entries) {
      if (this.#bytes <= this.#maxBytes) break;
      this.#entries.delete(id);
      this.#bytes -= entry.sealed.length + entry.plain.length +
        entry.path.length;
    }
  }

  recall(path: Uint8Array, sealed: Uint8Array): Uint8Array | undefined {
    const id = idOf(sealed);
    const entry = this.#entries.get(id);
    if (!entry || !same(entry.sealed, sealed) || !same(entry.path, path)) {
      return undefined;
    }
    // Most recently used last.
    this.#entries.delete(id);
    this.#entries.set(id, entry);
    return entry.plain;
  }
}

/** The last 16 bytes of a sealed value (its GCM tag) as text: random per seal. */
function idOf(sealed: Uint8Array): string {
  return String.fromCharCode(...sealed.subarray(sealed.length - 16));
}

function same(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

function plaintextOf(value: unknown): Uint8Array {
  const buffer = serialize(value);
  return new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
}

/** Records without keys and without kinds: plain envelopes. For stores built without a record layer. */
export const PLAIN_RECORDS: Records = new Records();
