/**
 * Deno Deploy's and KV Connect's limits on an atomic commit, enforced on
 * every local KV of the process it is loaded into: `deno task test` preloads
 * it (`--preload`), and so does every bot process the end-to-end tests start
 * (tests/e2e/bot_process.ts).
 *
 * A local SQLite KV accepts up to 100 checks in one commit; denokv's remote
 * protocol, which Deploy and KV Connect speak, refuses more than 10 by
 * throwing (`MAX_CHECKS` in denokv's proto/limits.rs). Nothing else told
 * the suite so: a commit of 11 checks passed every local test and would
 * have failed every time on Deploy. The other limits (mutations, value and
 * key sizes, the keys of a `getMany`) are the same locally, and Deno checks
 * them already.
 *
 * Never imported by src/: production keeps the store's own limits.
 *
 * @module
 */
import { MAX_COMMIT_CHECKS } from "../src/storage/atomic.ts";

/** Checks one commit may carry on Deno Deploy and KV Connect. */
export const DEPLOY_MAX_CHECKS = MAX_COMMIT_CHECKS;

const checksOf = new WeakMap<Deno.AtomicOperation, number>();

/** Make every `AtomicOperation` of this process refuse a commit Deploy would refuse. */
export function enforceDeployLimits(): void {
  const proto = Deno.AtomicOperation?.prototype;
  // Without --unstable-kv there is no KV to limit.
  if (!proto || Object.hasOwn(proto, ENFORCED)) return;
  Object.defineProperty(proto, ENFORCED, { value: true });
  const { check, commit } = proto;
  proto.check = function (this: Deno.AtomicOperation, ...checks) {
    checksOf.set(this, (checksOf.get(this) ?? 0) + checks.length);
    return check.apply(this, checks);
  };
  proto.commit = function (this: Deno.AtomicOperation) {
    const checks = checksOf.get(this) ?? 0;
    if (checks > DEPLOY_MAX_CHECKS) {
      // What denokv's remote backend does: the commit throws, nothing is written.
      return Promise.reject(
        new TypeError(
          `Too many checks: ${checks} in one atomic commit, Deno Deploy and KV Connect allow ${DEPLOY_MAX_CHECKS} (tests/kv_limits.ts)`,
        ),
      );
    }
    return commit.call(this);
  };
}

const ENFORCED = Symbol.for("promptsmith.kvLimits");

enforceDeployLimits();
