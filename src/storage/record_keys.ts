/**
 * The start-up check of encryption keys: stored values must open with the
 * configured keys, or the bot does not start. Two checks, both before the bot
 * takes an update:
 *
 * - **the registry** (`["records", "keys"]`): every key id that sealed values,
 *   with a check value of the key (an HMAC of a fixed label, never the key).
 *   A configured key whose check value differs is the wrong key; a registered
 *   id missing from `ENCRYPTION_KEYS` still has values, unless a finished
 *   record walk found none left on it (then it is retired from the registry);
 * - **a sample**: the first and last few values of every sealed kind are
 *   opened, which also catches values the registry does not know.
 *
 * @module
 */
import { commitWithRetry } from "./atomic.ts";
import { recordsKeysKey } from "./keys.ts";
import { inspectStored, type Records } from "./records.ts";
import { RecordKeyError } from "./sealed.ts";

/** `["records", "keys"]`: the key ids values were sealed with. */
export interface KeyRegistry {
  keys: Record<string, RegisteredKey>;
}

/** One key id that sealed values. */
export interface RegisteredKey {
  /** `Keyring.checkValue()` of the key. */
  check: string;
  /** When it first sealed a value (ms since the epoch). */
  since: number;
  /** A finished walk found no value left on it: it may be removed from ENCRYPTION_KEYS. */
  clear?: boolean;
}

/** What {@linkcode checkRecordKeys} found. */
export interface RecordKeysReport {
  /** Whether values holding user content are sealed. */
  encrypted: boolean;
  /** The key id that seals, `null` without keys. */
  primary: string | null;
  /** Key ids that were retired: no value left on them, and no longer configured. */
  retired: string[];
  /** Stored values opened as a sample. */
  sampled: number;
}

/** Options of {@linkcode checkRecordKeys}. */
export interface CheckRecordKeysOptions {
  now: number;
  /** Values opened from each end of each sealed kind. Default 3. */
  sample?: number;
}

/** What to do about a key that does not open stored values. */
function hintFor(reason: "missing" | "wrong", keyId: string): string {
  return reason === "missing"
    ? "keep it in ENCRYPTION_KEYS (after the new key) until /keys reports 0 values left on it"
    : `give "${keyId}" the key it had when the values were written`;
}

/**
 * Check that the configured keys open what is stored, then register the
 * sealing key. Run once at start-up, before any update is handled.
 *
 * @throws {RecordKeyError} naming the key id, when a stored value's key is missing or wrong
 */
export async function checkRecordKeys(
  kv: Deno.Kv,
  records: Records,
  options: CheckRecordKeysOptions,
): Promise<RecordKeysReport> {
  const keyring = records.keyring;
  const checks = new Map<string, string>();
  for (const id of keyring?.ids ?? []) {
    checks.set(id, await keyring!.checkValue(id));
  }
  let sampled: number | undefined;
  const retired = await commitWithRetry(async () => {
    const entry = await kv.get<KeyRegistry>(recordsKeysKey());
    const registry: KeyRegistry = entry.value ?? { keys: {} };
    const next: KeyRegistry = { keys: {} };
    const gone: string[] = [];
    for (const [id, registered] of Object.entries(registry.keys)) {
      const check = checks.get(id);
      if (check === undefined) {
        if (!registered.clear) {
          throw new RecordKeyError(id, "missing", "stored values", {
            hint: hintFor("missing", id),
          });
        }
        gone.push(id);
        continue;
      }
      if (check !== registered.check) {
        throw new RecordKeyError(id, "wrong", "stored values", {
          hint: hintFor("wrong", id),
        });
      }
      next.keys[id] = registered;
    }
    const primary = keyring?.primaryId;
    if (primary !== undefined) {
      const known = next.keys[primary];
      next.keys[primary] = {
        check: checks.get(primary)!,
        since: known?.since ?? options.now,
      };
    }
    // The registry said nothing against the keys: open a sample of what is stored.
    sampled ??= await sampleSealed(kv, records, options.sample ?? 3);
    const changed = JSON.stringify(next) !== JSON.stringify(registry);
    const op = changed
      ? kv.atomic().check(entry).set(recordsKeysKey(), next)
      : null;
    return { op, result: gone };
  });
  return {
    encrypted: keyring !== null,
    primary: keyring?.primaryId ?? null,
    retired,
    sampled: sampled ?? 0,
  };
}

/**
 * Mark every registered key id but `primary` as clear: a finished walk left
 * no value on them. Called by the walker in the commit that ends its pass.
 *
 * @returns the registry to store, or `null` when it does not change
 */
export function clearedRegistry(
  registry: KeyRegistry | null,
  primary: string | null,
): KeyRegistry | null {
  if (registry === null) return null;
  let changed = false;
  const keys: Record<string, RegisteredKey> = {};
  for (const [id, registered] of Object.entries(registry.keys)) {
    const clear = id !== primary;
    if (clear && !registered.clear) changed = true;
    keys[id] = clear ? { ...registered, clear: true } : registered;
  }
  return changed ? { keys } : null;
}

/** Open the first and last `n` sealed values of every sealed kind. */
async function sampleSealed(
  kv: Deno.Kv,
  records: Records,
  n: number,
): Promise<number> {
  let opened = 0;
  for (const kind of records.kinds.filter((kind) => kind.sealed)) {
    const codec = records.codec(kind);
    for (const reverse of [false, true]) {
      const entries = kv.list({ prefix: [kind.prefix] }, {
        limit: n,
        reverse,
      });
      for await (const entry of entries) {
        if (inspectStored(entry.value).format !== "sealed") continue;
        try {
          await codec.decode(entry.key, entry.value);
        } catch (error) {
          if (!(error instanceof RecordKeyError)) throw error;
          throw new RecordKeyError(
            error.keyId,
            error.reason,
            `stored ${kind.name} records`,
            { hint: hintFor(error.reason, error.keyId), cause: error },
          );
        }
        opened++;
      }
    }
  }
  return opened;
}
