/**
 * The record walker: one batch walker over every enveloped record kind that
 * brings stored values to what this version writes — today's schema version
 * (migrations) and the sealing key (encryption, rotation, values from before
 * encryption was on). It is the same work either way: decode, upgrade,
 * encode, commit with `check()`.
 *
 * - **Leased**: the walk's state at `["records", "walk"]` names its owner and
 *   a lease; every commit of a batch checks the state's versionstamp and
 *   renews the lease, so two instances never walk at once and a walker that
 *   lost its lease cannot commit.
 * - **Resumable**: the state holds the kind and the list cursor, advanced in
 *   the same commit as the batch's last rewrites (a batch is committed in
 *   parts of at most 9 values, KV Connect's 10 checks with the state's), so
 *   a crash redoes at most one batch; redoing one is harmless (values
 *   already current are skipped).
 * - **Idempotent**: a value is rewritten only when it needs it, with
 *   `check()` on the entry read, so a concurrent writer wins and its value
 *   (written by current code) needs nothing.
 * - **Counted**: a pass first counts what needs work (headers only, nothing
 *   decrypted), then rewrites, so progress can say how many values are left
 *   on each old key. A pass ends `done` only when nothing failed and no live
 *   instance writes anything else (an instance not restarted yet); otherwise
 *   the next run starts another pass.
 *
 * Readers accept every version meanwhile (`RecordKind.upgrade`), so the bot
 * works while the walk runs.
 *
 * @module
 */
import type { Clock } from "../clock.ts";
import { isBusyError, MAX_COMMIT_CHECKS } from "./atomic.ts";
import { recordsKeysKey, recordsWalkKey } from "./keys.ts";
import { clearedRegistry, type KeyRegistry } from "./record_keys.ts";
import {
  inspectStored,
  type RecordKind,
  type Records,
  type StoredFormat,
} from "./records.ts";
import { RecordKeyError } from "./sealed.ts";
import { sleep } from "../util/backoff.ts";

/** What needs work, counted by reason; one value may count under both. */
export interface WalkCounts {
  /** Values that need a rewrite. */
  values: number;
  /** Values of an older schema version (0: from before records had versions). */
  old: number;
  /** Values of sealed kinds not on the sealing key: by old key id, or `"plain"`. */
  byKey: Record<string, number>;
}

/** Where a pass stands. */
export type WalkPhase = "count" | "rewrite" | "again" | "done";

/** `["records", "walk"]`: the walk's lease and progress. */
export interface WalkState {
  /** `Records.target` of the pass: a new key or a new version starts a new pass. */
  target: string;
  /** The sealing key id of the pass, `null` without keys. */
  primary: string | null;
  phase: WalkPhase;
  /** The walked kinds by name, in order, and the one being walked. */
  kinds: string[];
  kind: number;
  /** Where the list of the current kind goes on; `null`: from its start. */
  cursor: string | null;
  /** What the count found. */
  census: WalkCounts;
  /** What the rewrite did, by the same reasons. */
  rewritten: WalkCounts;
  /** Values left as they were: lost races past the retries. */
  failed: number;
  /** Values no configured key opens. */
  unreadable: number;
  /** Live instances that write another target, when the pass ended. */
  waitingFor: number;
  passes: number;
  startedAt: number;
  finishedAt: number | null;
  /** The walker holding the lease, until `until`. */
  owner: string | null;
  until: number;
}

/** Options of {@linkcode walkRecords}. */
export interface WalkOptions {
  clock: Clock;
  /** Who walks: an instance id. */
  owner: string;
  /**
   * When this process started. A pass for another target begun after it was
   * begun by a newer process: this one leaves it alone (it runs an older
   * configuration, until it is restarted).
   */
  startedAt: number;
  /**
   * Live instances whose records layer writes something other than `target`
   * (not restarted yet). A pass does not end `done` while there are some.
   */
  otherWriters: (target: string) => Promise<number>;
  /** Values listed per batch. Default 20. */
  batchSize?: number;
  /** How long one run may walk, in ms of `clock`. Default 30 s. */
  budgetMs?: number;
  /** Batches one run commits at most. Default: as many as the budget allows. */
  maxBatches?: number;
  /** The lease, renewed with every batch. Default 60 s. */
  leaseMs?: number;
  /** A pause between batches, so the bot's own commits go first. Default 0. */
  pauseMs?: number;
  /** Stops the run after the current batch. */
  signal?: AbortSignal;
}

/** What one run did. */
export interface WalkReport {
  /** False when another instance holds the lease, or there was nothing to do. */
  ran: boolean;
  /** The phase when the run ended. */
  phase: WalkPhase;
  rewritten: number;
  /** Expired values removed instead of rewritten. */
  deleted: number;
  batches: number;
}

/** Bytes of rewritten values per commit at most; KV takes 800 KiB of mutations. */
const MAX_COMMIT_BYTES = 400_000;
const COMMIT_ATTEMPTS = 5;

/**
 * Run the walk for up to `budgetMs`: claim the lease, go on from the stored
 * cursor, commit batch by batch. Safe on many instances at once.
 */
export async function walkRecords(
  kv: Deno.Kv,
  records: Records,
  options: WalkOptions,
): Promise<WalkReport> {
  const walker = new Walker(kv, records, options);
  return await walker.run();
}

/**
 * The index keys `kind` writes beside a rewritten legacy value; none when its
 * hook throws or gives a key that is not one (a malformed old value must not
 * stop the walk: the value is still rewritten).
 */
function legacyIndexOf(
  kind: RecordKind<unknown>,
  key: Deno.KvKey,
  value: unknown,
): Deno.KvKey[] {
  try {
    return (kind.legacyIndex?.(key, value) ?? []).filter((index) =>
      index.every((part) =>
        ["string", "number", "bigint", "boolean"].includes(typeof part) ||
        part instanceof Uint8Array
      )
    );
  } catch {
    return [];
  }
}

/** One rewrite: the entry read and what replaces it. */
interface Plan {
  entry: Deno.KvEntry<unknown>;
  found: StoredFormat;
  /** `undefined`: delete (expired). */
  stored?: unknown;
  expireIn?: number;
  /** Index keys written beside the rewritten value (`RecordKind.legacyIndex`). */
  index?: Deno.KvKey[];
  bytes: number;
}

class Walker {
  readonly #kv: Deno.Kv;
  readonly #records: Records;
  readonly #options: Required<Omit<WalkOptions, "signal">> & {
    signal?: AbortSignal;
  };
  readonly #kinds: Map<string, RecordKind<unknown>>;
  #state!: WalkState;
  #versionstamp: string | null = null;
  readonly #report: WalkReport = {
    ran: false,
    phase: "done",
    rewritten: 0,
    deleted: 0,
    batches: 0,
  };

  constructor(kv: Deno.Kv, records: Records, options: WalkOptions) {
    this.#kv = kv;
    this.#records = records;
    this.#options = {
      batchSize: 20,
      budgetMs: 30_000,
      maxBatches: Number.POSITIVE_INFINITY,
      leaseMs: 60_000,
      pauseMs: 0,
      // An option given as undefined keeps its default.
      ...Object.fromEntries(
        Object.entries(options).filter(([, value]) => value !== undefined),
      ) as WalkOptions,
    };
    this.#kinds = new Map(
      records.kinds.filter((kind) => kind.walk !== false).map((
        kind,
      ) => [kind.name, kind]),
    );
  }

  async run(): Promise<WalkReport> {
    if (!(await this.#claim())) {
      this.#report.phase = this.#state?.phase ?? "done";
      return this.#report;
    }
    this.#report.ran = true;
    const { clock, budgetMs, maxBatches, pauseMs, signal } = this.#options;
    const deadline = clock.now() + budgetMs;
    while (this.#state.phase === "count" || this.#state.phase === "rewrite") {
      if (signal?.aborted || clock.now() >= deadline) break;
      if (this.#report.batches >= maxBatches) break;
      if (!(await this.#step())) break;
      this.#report.batches++;
      if (pauseMs > 0) await sleep(pauseMs, signal);
    }
    this.#report.phase = this.#state.phase;
    if (this.#state.owner === this.#options.owner) await this.#letGo();
    return this.#report;
  }

  /** Take the lease, starting a new pass when the target changed. */
  async #claim(): Promise<boolean> {
    const { owner, leaseMs, clock } = this.#options;
    const target = this.#records.target;
    for (let attempt = 0; attempt < COMMIT_ATTEMPTS; attempt++) {
      const entry = await this.#kv.get<WalkState>(recordsWalkKey());
      const now = clock.now();
      const stored = entry.value;
      this.#state = stored ?? this.#fresh(0, now);
      if (
        stored && stored.owner !== null && stored.owner !== owner &&
        stored.until > now
      ) return false;
      let state = stored;
      if (
        state !== null && state.target !== target &&
        state.startedAt >= this.#options.startedAt
      ) return false;
      if (state === null || state.target !== target) {
        state = this.#fresh(state?.target === target ? state.passes : 0, now);
      } else if (state.phase === "done") return false;
      else if (state.phase === "again") {
        const waitingFor = await this.#options.otherWriters(target);
        if (waitingFor > 0) {
          if (waitingFor === state.waitingFor) return false;
          state = { ...state, waitingFor };
          const ok = await this.#commit(entry.versionstamp, state, null);
          if (ok === null) continue;
          return false;
        }
        state = this.#fresh(state.passes, now);
      }
      state = { ...state, owner, until: now + leaseMs };
      const ok = await this.#commit(entry.versionstamp, state, null);
      if (ok !== null) {
        this.#state = state;
        this.#versionstamp = ok;
        return true;
      }
    }
    return false;
  }

  #fresh(passes: number, now: number): WalkState {
    return {
      target: this.#records.target,
      primary: this.#records.keyring?.primaryId ?? null,
      phase: "count",
      kinds: [...this.#kinds.keys()],
      kind: 0,
      cursor: null,
      census: emptyCounts(),
      rewritten: emptyCounts(),
      failed: 0,
      unreadable: 0,
      waitingFor: 0,
      passes: passes + 1,
      startedAt: now,
      finishedAt: null,
      owner: null,
      until: 0,
    };
  }

  /** One batch of the current phase; false when the lease was lost. */
  async #step(): Promise<boolean> {
    const state = this.#state;
    const kind = this.#kinds.get(state.kinds[state.kind] ?? "");
    if (state.kind >= state.kinds.length || kind === undefined) {
      return await this.#endPhase();
    }
    const { entries, cursor, last } = await this.#list(kind, state.cursor);
    const next: WalkState = last
      ? { ...state, kind: state.kind + 1, cursor: null }
      : { ...state, cursor };
    if (state.phase === "count") {
      const census = { ...next.census, byKey: { ...next.census.byKey } };
      for (const entry of entries) {
        const reasons = this.#needs(kind, inspectStored(entry.value));
        if (reasons) addTo(census, reasons);
      }
      return await this.#advance({ ...next, census });
    }
    return await this.#rewrite(kind, entries, next);
  }

  async #list(kind: RecordKind<unknown>, cursor: string | null) {
    const iter = this.#kv.list({ prefix: [kind.prefix] }, {
      limit: this.#options.batchSize,
      ...(cursor === null ? {} : { cursor }),
    });
    const entries: Deno.KvEntry<unknown>[] = [];
    for await (const entry of iter) entries.push(entry);
    return {
      entries,
      cursor: iter.cursor,
      last: entries.length < this.#options.batchSize,
    };
  }

  /** Why a stored value needs a rewrite, or `null` when it is as this version writes it. */
  #needs(kind: RecordKind<unknown>, found: StoredFormat): Reasons | null {
    // Written by a newer version: not this one's to rewrite.
    if (found.version > kind.version) return null;
    const old = found.version < kind.version;
    const keyring = this.#records.keyring;
    let key: string | undefined;
    if (kind.sealed && keyring !== null) {
      if (found.format !== "sealed") key = "plain";
      else if (found.keyId !== keyring.primaryId) key = found.keyId;
    } else if (found.format === "sealed") key = found.keyId;
    return old || key !== undefined ? { old, key } : null;
  }

  async #rewrite(
    kind: RecordKind<unknown>,
    entries: Deno.KvEntry<unknown>[],
    next: WalkState,
  ): Promise<boolean> {
    const plans: Plan[] = [];
    let unreadable = 0;
    for (const entry of entries) {
      const found = inspectStored(entry.value);
      if (!this.#needs(kind, found)) continue;
      try {
        plans.push(await this.#plan(kind, entry, found));
      } catch (error) {
        if (!(error instanceof RecordKeyError)) throw error;
        unreadable++;
      }
    }
    const chunks = chunksOf(plans);
    for (const [index, chunk] of chunks.entries()) {
      // The last chunk's commit also moves the cursor on: a crash before it redoes the batch.
      const base = index === chunks.length - 1
        ? { ...next, unreadable: this.#state.unreadable + unreadable }
        : this.#state;
      const ok = await this.#commitChunk(kind, chunk, (committed, failed) => {
        const rewritten = {
          ...this.#state.rewritten,
          byKey: { ...this.#state.rewritten.byKey },
        };
        for (const plan of committed) {
          const reasons = this.#needs(kind, plan.found);
          if (reasons) addTo(rewritten, reasons);
        }
        return { ...base, rewritten, failed: this.#state.failed + failed };
      });
      if (!ok) return false;
    }
    return true;
  }

  async #plan(
    kind: RecordKind<unknown>,
    entry: Deno.KvEntry<unknown>,
    found: StoredFormat,
  ): Promise<Plan> {
    const codec = this.#records.codec(kind);
    const value = await codec.decode(entry.key, entry.value);
    const wallNow = Date.now();
    const expireIn = found.format === "legacy"
      ? kind.legacyExpireIn?.(value, wallNow)
      : found.expiresAt === undefined
      ? undefined
      : found.expiresAt - wallNow;
    if (expireIn !== undefined && expireIn <= 0) {
      return { entry, found, bytes: 0 };
    }
    const stored = await codec.encode(entry.key, value, { expireIn });
    const bytes = stored instanceof Uint8Array
      ? stored.length
      : JSON.stringify(value)?.length ?? 0;
    const index = found.format === "legacy"
      ? legacyIndexOf(kind, entry.key, value)
      : undefined;
    return { entry, found, stored, expireIn, index, bytes: bytes * 2 };
  }

  /**
   * Commit one chunk with the state `after` gives, checked against the
   * stored state; on a conflict, read the chunk's keys again and redo what
   * still needs it. Given up after a few conflicts (counted as failed).
   *
   * @returns false when the lease was lost
   */
  async #commitChunk(
    kind: RecordKind<unknown>,
    chunk: Plan[],
    after: (committed: Plan[], failed: number) => WalkState,
  ): Promise<boolean> {
    let plans = chunk;
    let failed = 0;
    for (let attempt = 0; attempt <= COMMIT_ATTEMPTS; attempt++) {
      if (attempt === COMMIT_ATTEMPTS) {
        // Lost every race: left for the next pass, which this one's failure starts.
        failed = plans.length;
        plans = [];
      }
      const state = this.#renewed(after(plans, failed));
      const op = this.#kv.atomic();
      for (const plan of plans) {
        op.check(plan.entry);
        if (plan.stored === undefined) op.delete(plan.entry.key);
        else {
          op.set(plan.entry.key, plan.stored, { expireIn: plan.expireIn });
          for (const key of plan.index ?? []) {
            op.set(key, 1, { expireIn: plan.expireIn });
          }
        }
      }
      const versionstamp = await this.#commit(this.#versionstamp, state, op);
      if (versionstamp !== null) {
        this.#versionstamp = versionstamp;
        this.#state = state;
        for (const plan of plans) {
          if (plan.stored === undefined) this.#report.deleted++;
          else this.#report.rewritten++;
        }
        return true;
      }
      if (!(await this.#stillMine())) return false;
      plans = await this.#replan(kind, plans);
    }
    return false;
  }

  /** The plans whose entries still need work, from fresh reads. */
  async #replan(kind: RecordKind<unknown>, plans: Plan[]): Promise<Plan[]> {
    if (plans.length === 0) return [];
    const fresh = await this.#kv.getMany(plans.map((plan) => plan.entry.key));
    const again: Plan[] = [];
    for (const entry of fresh) {
      if (entry.versionstamp === null) continue;
      const found = inspectStored(entry.value);
      if (!this.#needs(kind, found)) continue;
      try {
        again.push(
          await this.#plan(kind, entry as Deno.KvEntry<unknown>, found),
        );
      } catch (error) {
        if (!(error instanceof RecordKeyError)) throw error;
      }
    }
    return again;
  }

  /** Store the next state (cursor, counts) with the lease renewed. */
  async #advance(next: WalkState): Promise<boolean> {
    for (let attempt = 0; attempt < COMMIT_ATTEMPTS; attempt++) {
      const state = this.#renewed(next);
      const versionstamp = await this.#commit(this.#versionstamp, state, null);
      if (versionstamp !== null) {
        this.#versionstamp = versionstamp;
        this.#state = state;
        return true;
      }
      if (!(await this.#stillMine())) return false;
    }
    return false;
  }

  /** The count is over: rewrite. The rewrite is over: done, or again. */
  async #endPhase(): Promise<boolean> {
    const state = this.#state;
    if (state.phase === "count") {
      // Nothing to rewrite: straight to the end of the rewrite.
      const kind = state.census.values === 0 ? state.kinds.length : 0;
      return await this.#advance({
        ...state,
        phase: "rewrite",
        kind,
        cursor: null,
      });
    }
    const waitingFor = await this.#options.otherWriters(state.target);
    const clean = state.failed === 0 && state.unreadable === 0 &&
      waitingFor === 0;
    const ended: WalkState = {
      ...state,
      phase: clean ? "done" : "again",
      waitingFor,
      finishedAt: this.#options.clock.now(),
    };
    for (let attempt = 0; attempt < COMMIT_ATTEMPTS; attempt++) {
      const registry = await this.#kv.get<KeyRegistry>(recordsKeysKey());
      const op = this.#kv.atomic();
      const cleared = clean
        ? clearedRegistry(registry.value, state.primary)
        : null;
      if (cleared) op.check(registry).set(recordsKeysKey(), cleared);
      const next = this.#renewed(ended);
      const versionstamp = await this.#commit(this.#versionstamp, next, op);
      if (versionstamp !== null) {
        this.#versionstamp = versionstamp;
        this.#state = next;
        return true;
      }
      if (!(await this.#stillMine())) return false;
    }
    return false;
  }

  #renewed(state: WalkState): WalkState {
    const { owner, leaseMs, clock } = this.#options;
    return { ...state, owner, until: clock.now() + leaseMs };
  }

  /** Release the lease at the end of a run, so the next run (any instance) goes on at once. */
  async #letGo(): Promise<void> {
    const released = { ...this.#state, owner: null, until: 0 };
    const versionstamp = await this.#commit(this.#versionstamp, released, null);
    if (versionstamp !== null) this.#state = released;
  }

  async #stillMine(): Promise<boolean> {
    const entry = await this.#kv.get<WalkState>(recordsWalkKey());
    const state = entry.value;
    if (state === null || state.owner !== this.#options.owner) return false;
    if (state.target !== this.#state.target) return false;
    this.#state = state;
    this.#versionstamp = entry.versionstamp;
    return true;
  }

  /**
   * Commit `op` (or a fresh one) with the walk state checked and set.
   *
   * @returns the new versionstamp, `null` when a check failed
   */
  async #commit(
    versionstamp: string | null,
    state: WalkState,
    op: Deno.AtomicOperation | null,
  ): Promise<string | null> {
    const atomic = (op ?? this.#kv.atomic())
      .check({ key: recordsWalkKey(), versionstamp })
      .set(recordsWalkKey(), state);
    try {
      const result = await atomic.commit();
      return result.ok ? result.versionstamp : null;
    } catch (error) {
      if (isBusyError(error)) return null;
      throw error;
    }
  }
}

interface Reasons {
  old: boolean;
  key?: string;
}

function emptyCounts(): WalkCounts {
  return { values: 0, old: 0, byKey: {} };
}

function addTo(counts: WalkCounts, reasons: Reasons): void {
  counts.values++;
  if (reasons.old) counts.old++;
  if (reasons.key !== undefined) {
    counts.byKey[reasons.key] = (counts.byKey[reasons.key] ?? 0) + 1;
  }
}

/**
 * Each commit checks every value it rewrites and the walk state: at most
 * this many values, so that it stays within KV Connect's checks per commit.
 */
const MAX_PLANS_PER_COMMIT = MAX_COMMIT_CHECKS - 1;

/**
 * Plans in commits of at most MAX_COMMIT_BYTES and MAX_PLANS_PER_COMMIT
 * values; always at least one (maybe empty) chunk.
 */
function chunksOf(plans: Plan[]): Plan[][] {
  const chunks: Plan[][] = [[]];
  let bytes = 0;
  for (const plan of plans) {
    const current = chunks.at(-1)!;
    const full = bytes + plan.bytes > MAX_COMMIT_BYTES ||
      current.length === MAX_PLANS_PER_COMMIT;
    if (full && current.length > 0) {
      chunks.push([]);
      bytes = 0;
    }
    chunks.at(-1)!.push(plan);
    bytes += plan.bytes;
  }
  return chunks;
}

/** What `/keys` shows of the walk. */
export interface RecordsStatus {
  /** Whether values holding user content are sealed. */
  encrypted: boolean;
  /** The sealing key id of this process. */
  primary: string | null;
  /** `"none"`: no walk ran yet for this process's target. */
  phase: WalkPhase | "none";
  /**
   * Values left on each other key id (`"plain"`: not encrypted yet), known
   * once the count is over; every id that sealed values shows 0 once done.
   */
  leftByKey: Record<string, number>;
  /** Values left on an older schema version. */
  leftOld: number;
  /** Live instances writing something else, when the last pass ended. */
  waitingFor: number;
  /** Values no configured key opens, in the last pass. */
  unreadable: number;
}

/** The walk's progress for this process's target: one read round. */
export async function recordsStatus(
  kv: Deno.Kv,
  records: Records,
): Promise<RecordsStatus> {
  const [walk, registry] = await kv.getMany<[WalkState, KeyRegistry]>([
    recordsWalkKey(),
    recordsKeysKey(),
  ]);
  const primary = records.keyring?.primaryId ?? null;
  const state = walk.value?.target === records.target ? walk.value : null;
  const leftByKey: Record<string, number> = {};
  let leftOld = 0;
  if (state?.phase === "done") {
    // Every key id that sealed values and is not the sealing one: 0 left.
    for (const id of Object.keys(registry.value?.keys ?? {})) {
      if (id !== primary) leftByKey[id] = 0;
    }
  } else if (state?.phase === "rewrite" || state?.phase === "again") {
    const { census, rewritten } = state;
    for (const [id, count] of Object.entries(census.byKey)) {
      leftByKey[id] = Math.max(0, count - (rewritten.byKey[id] ?? 0));
    }
    leftOld = Math.max(0, census.old - rewritten.old);
  }
  return {
    encrypted: records.keyring !== null,
    primary,
    phase: state?.phase ?? "none",
    leftByKey,
    leftOld,
    waitingFor: state?.waitingFor ?? 0,
    unreadable: state?.unreadable ?? 0,
  };
}
