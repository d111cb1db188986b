/**
 * A `Deno.Kv` that counts what goes through it, for benchmarks that state the
 * cost of a path in KV operations (issue 9: "one read round and one commit
 * per accepted prompt"). It wraps a real KV with a `Proxy`: every call still
 * reaches the real one, and `counts` says how many of each happened.
 *
 * ```ts
 * const counted = countingKv(await Deno.openKv(":memory:"));
 * await counted.kv.get(["a"]);
 * counted.counts.gets; // 1
 * ```
 *
 * @module
 */

/** KV operations seen so far. */
export interface KvCounts {
  /** `get()` calls. */
  gets: number;
  /** `getMany()` calls. */
  getManys: number;
  /** Keys read by all `getMany()` calls together. */
  getManyKeys: number;
  /** `list()` calls. */
  lists: number;
  /** Entries yielded by all `list()` iterators together. */
  listed: number;
  /** `atomic().commit()` calls (whatever they held). */
  commits: number;
  /** Commits that held no mutation (only checks, or nothing at all). */
  emptyCommits: number;
  /** Commits that the checks made fail (`{ ok: false }`). */
  failedCommits: number;
  /** Mutations (set, delete, sum, min, max, mutate, enqueue) in all commits. */
  mutations: number;
  /** Version checks in all commits. */
  checks: number;
  /** Plain `set()` / `delete()` / `enqueue()` on the KV (each is one commit of its own). */
  sets: number;
  deletes: number;
  enqueues: number;
  /**
   * Milliseconds from each get, getMany, commit, set, delete and enqueue
   * call until its promise settled, summed: what the caller waited for KV,
   * the call's synchronous part included (a list's iteration is not timed).
   * Wall time: it includes any moment the event loop was busy with something
   * else when the result came.
   */
  waitMs: number;
}

/** Read rounds: `get` and `getMany` calls, each one trip to the store. */
export function readRounds(counts: KvCounts): number {
  return counts.gets + counts.getManys;
}

/** Every write that reached the store: atomic commits plus plain set/delete/enqueue. */
export function allCommits(counts: KvCounts): number {
  return counts.commits + counts.sets + counts.deletes + counts.enqueues;
}

/** A fresh, zeroed count. */
export function zeroCounts(): KvCounts {
  return {
    gets: 0,
    getManys: 0,
    getManyKeys: 0,
    lists: 0,
    listed: 0,
    commits: 0,
    emptyCommits: 0,
    failedCommits: 0,
    mutations: 0,
    checks: 0,
    sets: 0,
    deletes: 0,
    enqueues: 0,
    waitMs: 0,
  };
}

/** `after - before`, field by field. */
export function diffCounts(after: KvCounts, before: KvCounts): KvCounts {
  const out = zeroCounts();
  for (const key of Object.keys(out) as (keyof KvCounts)[]) {
    out[key] = after[key] - before[key];
  }
  return out;
}

/** A counting KV and its live counts. */
export interface CountingKv {
  kv: Deno.Kv;
  /** Live: read it, or copy it with `{ ...counts }` to diff later. */
  counts: KvCounts;
}

const MUTATIONS = new Set([
  "set",
  "delete",
  "sum",
  "min",
  "max",
  "mutate",
  "enqueue",
]);

/** One operation as {@linkcode CountingKvOptions.onOperation} sees it. */
export interface KvOperation {
  kind: "get" | "getMany" | "list" | "set" | "delete" | "enqueue" | "commit";
  /** Keys read or written (for a commit: checked, then written); for list, the selector's prefix. */
  keys: Deno.KvKey[];
}

/** Options of {@linkcode countingKv}. */
export interface CountingKvOptions {
  /** Called with every operation as it starts, e.g. to trace one update's. */
  onOperation?: (operation: KvOperation) => void;
}

/** Wrap `kv` so that every operation is counted; closing the wrapper closes `kv`. */
export function countingKv(
  kv: Deno.Kv,
  options: CountingKvOptions = {},
): CountingKv {
  const counts = zeroCounts();
  const note = options.onOperation ?? (() => {});
  const wrapped = new Proxy(kv, {
    get(target, property) {
      const value = Reflect.get(target, property, target);
      if (typeof value !== "function") return value;
      switch (property) {
        case "get":
          return (...args: unknown[]) => {
            counts.gets++;
            note({ kind: "get", keys: [args[0] as Deno.KvKey] });
            return timed(() => value.apply(target, args), counts);
          };
        case "getMany":
          return (keys: unknown[], ...rest: unknown[]) => {
            counts.getManys++;
            counts.getManyKeys += keys.length;
            note({ kind: "getMany", keys: keys as Deno.KvKey[] });
            return timed(() => value.apply(target, [keys, ...rest]), counts);
          };
        case "list":
          return (...args: unknown[]) => {
            counts.lists++;
            const selector = args[0] as {
              prefix?: Deno.KvKey;
              start?: Deno.KvKey;
            };
            note({
              kind: "list",
              keys: [selector.prefix ?? selector.start ?? []],
            });
            return countEntries(value.apply(target, args), counts);
          };
        case "set":
          return (...args: unknown[]) => {
            counts.sets++;
            note({ kind: "set", keys: [args[0] as Deno.KvKey] });
            return timed(() => value.apply(target, args), counts);
          };
        case "delete":
          return (...args: unknown[]) => {
            counts.deletes++;
            note({ kind: "delete", keys: [args[0] as Deno.KvKey] });
            return timed(() => value.apply(target, args), counts);
          };
        case "enqueue":
          return (...args: unknown[]) => {
            counts.enqueues++;
            note({ kind: "enqueue", keys: [] });
            return timed(() => value.apply(target, args), counts);
          };
        case "atomic":
          return () => countingAtomic(target.atomic(), counts, note);
        default:
          return value.bind(target);
      }
    },
  });
  return { kv: wrapped, counts };
}

/**
 * `call()`'s promise, with the time from the call until it settles added to
 * `counts.waitMs`. The call's synchronous part counts: Deno encodes a
 * commit's keys and checks, and takes the values each `set()` serialized
 * already (a `Uint8Array` is kept as it is), before its promise exists (about
 * 35–65 µs of a prompt's acceptance, docs/PERFORMANCE.md, eleventh pass).
 */
function timed<T>(call: () => Promise<T>, counts: KvCounts): Promise<T> {
  const started = performance.now();
  const done = () => {
    counts.waitMs += performance.now() - started;
  };
  let promise: Promise<T>;
  try {
    promise = call();
  } catch (error) {
    done();
    throw error;
  }
  return promise.finally(done);
}

function countEntries<T>(
  iterator: Deno.KvListIterator<T>,
  counts: KvCounts,
): Deno.KvListIterator<T> {
  const proxy: Deno.KvListIterator<T> = new Proxy(iterator, {
    get(target, property) {
      const value = Reflect.get(target, property, target);
      if (property === "next") {
        return async () => {
          const step = await target.next();
          if (!step.done) counts.listed++;
          return step;
        };
      }
      // `for await` asks for the iterator: it must be this proxy, which counts.
      if (property === Symbol.asyncIterator) return () => proxy;
      return typeof value === "function" ? value.bind(target) : value;
    },
  });
  return proxy;
}

function countingAtomic(
  op: Deno.AtomicOperation,
  counts: KvCounts,
  note: (operation: KvOperation) => void,
): Deno.AtomicOperation {
  let mutations = 0;
  const keys: Deno.KvKey[] = [];
  // The real commit, whatever is assigned over it later.
  const realCommit = op.commit;
  const countingCommit = async () => {
    counts.commits++;
    note({ kind: "commit", keys });
    if (mutations === 0) counts.emptyCommits++;
    const result = await timed(() => realCommit.call(op), counts);
    if (!result.ok) counts.failedCommits++;
    return result;
  };
  // Methods a caller assigned its own function over, through this proxy (a
  // layer inside the counting one may have its own, which do not count).
  const assigned = new Set<PropertyKey>();
  const proxy: Deno.AtomicOperation = new Proxy(op, {
    set: notingAssigned<Deno.AtomicOperation>(assigned),
    get(target, property) {
      if (property === "commit") {
        // Code that wraps commit (src/storage/cache.ts observes results so)
        // assigns its own over it; that one calls the counting one it read.
        return assigned.has("commit") ? target.commit : countingCommit;
      }
      const value = Reflect.get(target, property, target);
      if (typeof value !== "function") return value;
      // Likewise a check (src/storage/absence_guess.ts notes the keys it is
      // asked to check): that one calls the counting one it read, which counts.
      if (assigned.has(property)) return value;
      return (...args: unknown[]) => {
        if (property === "check") {
          counts.checks += args.length;
          for (const check of args as Deno.AtomicCheck[]) keys.push(check.key);
        } else if (typeof property === "string" && MUTATIONS.has(property)) {
          counts.mutations++;
          mutations++;
          if (property === "mutate") {
            for (const m of args as Deno.KvMutation[]) keys.push(m.key);
          } else if (property !== "enqueue") keys.push(args[0] as Deno.KvKey);
        }
        value.apply(target, args);
        // Chained calls must come back to the proxy, not to the real operation.
        return proxy;
      };
    },
  });
  return proxy;
}

/**
 * A proxy's `set` trap that assigns as usual and notes the property in
 * `assigned`: a method assigned through the proxy is the caller's own
 * wrapper, which calls the proxy's one it read first.
 */
export function notingAssigned<T extends object>(
  assigned: Set<PropertyKey>,
): (target: T, property: PropertyKey, value: unknown) => boolean {
  return (target, property, value) => {
    assigned.add(property);
    return Reflect.set(target, property, value);
  };
}
