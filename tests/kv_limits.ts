/**
 * The strictest limit on an atomic commit where the bot runs, enforced on
 * every local KV of the process it is loaded into: `deno task test` preloads
 * it (`--preload`), and so does every bot the end-to-end tests start with
 * `startBot` (tests/e2e/bot_process.ts; the tests of a failed start-up run
 * main.ts without it, and commit nothing).
 *
 * A local SQLite KV accepts up to 100 checks in one commit, as Deno's docs
 * say Deploy does; denokv's remote protocol (KV Connect, the self-hosted
 * denokv server) refuses more than 10 by throwing (`MAX_CHECKS` in its
 * proto/limits.rs; `MAX_COMMIT_CHECKS` in src/storage/atomic.ts). Nothing
 * else told the suite so: a commit of 21 checks (the record walker's batch)
 * passed every local test. The other limits (mutations, value and key sizes,
 * the keys of a `getMany`) are the same locally, and Deno checks them
 * already.
 *
 * Never imported by src/: production keeps the store's own limits.
 *
 * @module
 */

/**
 * Checks one commit may carry over KV Connect: denokv's number, written here
 * on its own, so that raising the bot's `MAX_COMMIT_CHECKS` does not raise
 * the limit the tests hold it to (tests/kv_limits_test.ts checks it is not
 * above this).
 */
export const DEPLOY_MAX_CHECKS = 10;

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
          `Too many checks: ${checks} in one atomic commit, KV Connect allows ${DEPLOY_MAX_CHECKS} (tests/kv_limits.ts)`,
        ),
      );
    }
    return commit.call(this);
  };
}

const ENFORCED = Symbol.for("promptsmith.kvLimits");

enforceDeployLimits();
