/**
 * An update's commits, recorded as the app made them and replayed alone on
 * raw KV: the figure an update's rate can be held to without its JavaScript
 * (issue 9 holds acceptance to raw get + commit of one key, and the cheap
 * commands to a commit of one key, where the app's own commits check and
 * write more). The replay makes the same checks and writes the same values,
 * with the same options, under keys made new for every replay, so that each
 * check finds its key absent as the recorded one did for a new user.
 *
 * ```ts
 * const recorder = commitRecorder(await Deno.openKv(":memory:"));
 * const { commits } = await recorder.record(() => handle(update));
 * await replayCommit(otherKv, commits[0], 1).commit(); // { ok: true, … }
 * ```
 *
 * docs/PERFORMANCE.md, "Twelfth pass".
 *
 * @module
 */
import { notingAssigned } from "./counting_kv.ts";

/** One mutation of a recorded commit: the method called and its arguments. */
export interface RecordedMutation {
  method: "set" | "delete" | "sum" | "min" | "max" | "mutate";
  args: unknown[];
}

/** What one `atomic()…commit()` held, in the order it was built. */
export interface RecordedCommit {
  checks: Deno.AtomicCheck[];
  mutations: RecordedMutation[];
}

const REPLAYABLE = new Set(["set", "delete", "sum", "min", "max", "mutate"]);

/** A KV that can record the commits made through it while asked to. */
export interface CommitRecorder {
  kv: Deno.Kv;
  /**
   * Run `work` and return its result with the commits it made through `kv`
   * that landed (`ok: true`), in the order they settled. A commit that
   * settles after `work` returned is not in them.
   *
   * @throws {Error} when a commit enqueues (a replay cannot re-deliver it), or what `work` throws
   */
  record<T>(work: () => Promise<T>): Promise<{
    result: T;
    commits: RecordedCommit[];
  }>;
}

/**
 * Wrap `kv` so that {@linkcode CommitRecorder.record} can see its commits.
 * Outside a recording every call goes straight to `kv`; closing the wrapper
 * closes `kv`.
 */
export function commitRecorder(kv: Deno.Kv): CommitRecorder {
  // The commits of the running recording; a new array for each recording.
  let recording: RecordedCommit[] | undefined;
  const wrapped = new Proxy(kv, {
    get(target, property) {
      const value = Reflect.get(target, property, target);
      if (typeof value !== "function") return value;
      if (property === "atomic" && recording !== undefined) {
        const into = recording;
        // Only while the recording that built the operation still runs.
        return () =>
          recordingAtomic(target.atomic(), (commit) => {
            if (recording === into) into.push(commit);
          });
      }
      return value.bind(target);
    },
  });
  return {
    kv: wrapped,
    async record(work) {
      if (recording !== undefined) {
        throw new Error("Cannot record: a recording is already running");
      }
      const commits: RecordedCommit[] = [];
      recording = commits;
      try {
        return { result: await work(), commits };
      } finally {
        recording = undefined;
      }
    },
  };
}

function recordingAtomic(
  op: Deno.AtomicOperation,
  landed: (commit: RecordedCommit) => void,
): Deno.AtomicOperation {
  const built: RecordedCommit = { checks: [], mutations: [] };
  const realCommit = op.commit;
  // Methods a caller assigned its own function over, through this proxy.
  const assigned = new Set<PropertyKey>();
  const proxy: Deno.AtomicOperation = new Proxy(op, {
    set: notingAssigned<Deno.AtomicOperation>(assigned),
    get(target, property) {
      if (property === "commit" && !assigned.has("commit")) {
        return async () => {
          const result = await realCommit.call(op);
          if (result.ok) landed(built);
          return result;
        };
      }
      const value = Reflect.get(target, property, target);
      if (typeof value !== "function") return value;
      // A caller's own wrapper (src/storage/absence_guess.ts wraps check,
      // src/storage/cache.ts commit) calls the recording one it read first.
      if (assigned.has(property)) return value;
      return (...args: unknown[]) => {
        if (property === "check") {
          for (const check of args as Deno.AtomicCheck[]) {
            built.checks.push({
              key: [...check.key],
              versionstamp: check.versionstamp,
            });
          }
        } else if (property === "enqueue") {
          throw new Error("Cannot record a commit that enqueues");
        } else if (typeof property === "string" && REPLAYABLE.has(property)) {
          const method = property as RecordedMutation["method"];
          built.mutations.push({ method, args: copyArgs(method, args) });
        }
        value.apply(target, args);
        return proxy;
      };
    },
  });
  return proxy;
}

/**
 * A copy of a mutation's arguments: the caller may change its objects once
 * they are set. `Deno.KvU64` values are immutable and kept as they are.
 */
function copyArgs(
  method: RecordedMutation["method"],
  args: unknown[],
): unknown[] {
  if (method === "mutate") {
    return (args as Deno.KvMutation[]).map((m) =>
      "value" in m ? { ...m, key: [...m.key], value: copyValue(m.value) } : {
        ...m,
        key: [...m.key],
      }
    );
  }
  const [key, ...rest] = args;
  return [
    [...(key as Deno.KvKey)],
    ...rest.map(copyValue),
  ];
}

function copyValue(value: unknown): unknown {
  return value instanceof Deno.KvU64 ? value : structuredClone(value);
}

/** `key` under a replay of its own: `tag` appended as its last part. */
function tagged(key: Deno.KvKey, tag: Deno.KvKeyPart): Deno.KvKey {
  return [...key, tag];
}

/**
 * An atomic operation on `kv` that does what `commit` did, every key with
 * `tag` appended (a key within a few bytes of KV's 2,048 is then too long):
 * checks of keys that a replay has not written (so they pass where the
 * recorded ones did for a new user, whatever versionstamp they held), and the
 * same mutations with the same values and options. Commit it to time it.
 *
 * @throws {TypeError} for a kind of mutation it cannot replay
 */
export function replayCommit(
  kv: Deno.Kv,
  commit: RecordedCommit,
  tag: Deno.KvKeyPart,
): Deno.AtomicOperation {
  const op = kv.atomic();
  if (commit.checks.length > 0) {
    op.check(
      ...commit.checks.map((check) => ({
        key: tagged(check.key, tag),
        versionstamp: null,
      })),
    );
  }
  for (const { method, args } of commit.mutations) {
    switch (method) {
      case "set":
        op.set(
          tagged(args[0] as Deno.KvKey, tag),
          args[1],
          args[2] as { expireIn?: number } | undefined,
        );
        break;
      case "delete":
        op.delete(tagged(args[0] as Deno.KvKey, tag));
        break;
      case "sum":
      case "min":
      case "max":
        op[method](tagged(args[0] as Deno.KvKey, tag), args[1] as bigint);
        break;
      case "mutate":
        op.mutate(
          ...(args as Deno.KvMutation[]).map((m) => ({
            ...m,
            key: tagged(m.key, tag),
          })),
        );
        break;
      default:
        throw new TypeError(`Cannot replay a mutation of kind ${method}`);
    }
  }
  return op;
}
