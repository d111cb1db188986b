/**
 * A Deno KV handle that measures its atomic commits: their duration, and
 * whether they landed, lost to another writer (a failed check) or failed.
 * Every store commits through `kv.atomic()`, so wrapping the handle once
 * measures them all without a change to any store.
 *
 * @module
 */
import type { KvMetrics } from "../metrics/metrics.ts";

/**
 * `kv` with every `atomic().commit()` measured into `metrics`; everything
 * else goes straight through.
 */
export function instrumentKv(kv: Deno.Kv, metrics: KvMetrics): Deno.Kv {
  return new Proxy(kv, {
    get(target, property) {
      if (property === "atomic") {
        return () => measured(target.atomic(), metrics);
      }
      if (property === "set" || property === "delete") {
        // One-key writes are commits too, that cannot conflict.
        return (...args: unknown[]) =>
          timed(
            metrics,
            () =>
              (Reflect.get(target, property) as (
                ...a: unknown[]
              ) => Promise<unknown>)
                .apply(target, args),
          );
      }
      const value = Reflect.get(target, property, target);
      return typeof value === "function" ? value.bind(target) : value;
    },
  });
}

function measured(
  op: Deno.AtomicOperation,
  metrics: KvMetrics,
): Deno.AtomicOperation {
  const commit = op.commit.bind(op);
  op.commit = () => timed(metrics, commit);
  return op;
}

/** Run one commit, counting its outcome and timing it. */
async function timed<T>(
  metrics: KvMetrics,
  commit: () => Promise<T>,
): Promise<T> {
  const started = performance.now();
  try {
    const result = await commit();
    const lost = (result as { ok?: boolean } | undefined)?.ok === false;
    metrics.commits.inc({ outcome: lost ? "conflict" : "ok" });
    return result;
  } catch (error) {
    metrics.commits.inc({ outcome: "error" });
    throw error;
  } finally {
    metrics.commitDuration.observe({}, (performance.now() - started) / 1000);
  }
}
