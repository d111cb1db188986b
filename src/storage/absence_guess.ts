/**
 * Whether to guess that what a read round would read is all absent (an
 * update of a sender the bot has never stored anything for), and let the
 * commit check it (`versionstamp: null`) instead of reading first.
 *
 * A right guess saves the read round: one commit instead of a read and a
 * commit. A wrong one costs a refused commit before the read it would have
 * done anyway (with Deno KV on SQLite, a refused commit costs about what a
 * read does). So a guess pays off while most read rounds find nothing, as in
 * a burst of new users, and not for a bot whose senders are mostly known:
 * the guess is made while at least half of the recent rounds, guessed or
 * read, found every key absent (an average weighted to the last 16 or so).
 *
 * @module
 */

/** Options of {@linkcode AbsenceGuess}. */
export interface AbsenceGuessOptions {
  /** Weight of the latest round in the moving average, in (0, 1]. Default 1/16. */
  weight?: number;
  /** Guess while the share of rounds that found nothing is at least this. Default 0.5. */
  threshold?: number;
}

/** A moving estimate of how often a kind of read round finds nothing; one per kind. */
export class AbsenceGuess {
  readonly #weight: number;
  readonly #threshold: number;
  // A fresh process guesses: a wrong first guess costs one refused commit.
  #absentShare = 1;

  /** @throws {RangeError} when `weight` is not in (0, 1] or `threshold` not in [0, 1] */
  constructor(options: AbsenceGuessOptions = {}) {
    const { weight = 1 / 16, threshold = 0.5 } = options;
    if (!(weight > 0 && weight <= 1)) {
      throw new RangeError(
        `Cannot guess absence: weight must be in (0, 1], got ${weight}`,
      );
    }
    if (!(threshold >= 0 && threshold <= 1)) {
      throw new RangeError(
        `Cannot guess absence: threshold must be in [0, 1], got ${threshold}`,
      );
    }
    this.#weight = weight;
    this.#threshold = threshold;
  }

  /** Whether the next round should be guessed absent instead of read. */
  get worthIt(): boolean {
    return this.#absentShare >= this.#threshold;
  }

  /** The moving share of rounds that found every key absent, in [0, 1]. */
  get absentShare(): number {
    return this.#absentShare;
  }

  /** Count one round: whether every key it would read was absent (from a read, or a guess that held). */
  observe(allAbsent: boolean): void {
    this.#absentShare += this.#weight *
      ((allAbsent ? 1 : 0) - this.#absentShare);
  }

  /** Count a read round by its entries. */
  observeRead(entries: readonly Deno.KvEntryMaybe<unknown>[]): void {
    this.observe(entries.every((entry) => entry.versionstamp === null));
  }
}

/** What a key holds when it is guessed absent: to be checked so in the commit. */
export function absentEntry(key: Deno.KvKey): Deno.KvEntryMaybe<unknown> {
  return { key, value: null, versionstamp: null };
}

/**
 * `op`, made to remember the keys it is asked to check, and a way to check
 * the guessed keys it was not: every key guessed absent must be checked by
 * the commit, or a wrong guess would go unnoticed. Keys checked already are
 * not checked twice (KV Connect allows 10 checks per commit).
 */
export function checkingGuesses(op: Deno.AtomicOperation): {
  op: Deno.AtomicOperation;
  checkRest(guessed: readonly Deno.KvKey[]): void;
} {
  // At most a few dozen keys: compared part by part, nothing built per key.
  const checked: Deno.KvKey[] = [];
  const check = op.check.bind(op);
  op.check = (...checks: Deno.AtomicCheck[]) => {
    for (const { key } of checks) checked.push(key);
    return check(...checks);
  };
  return {
    op,
    checkRest(guessed) {
      for (const key of guessed) {
        if (!checked.some((other) => sameKey(key, other))) {
          op.check(absentEntry(key));
        }
      }
    },
  };
}

/** Whether two keys are the same key of KV: equal parts of equal types. */
export function sameKey(a: Deno.KvKey, b: Deno.KvKey): boolean {
  if (a === b) return true;
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) {
    const x = a[i];
    const y = b[i];
    if (x instanceof Uint8Array || y instanceof Uint8Array) {
      if (!(x instanceof Uint8Array && y instanceof Uint8Array)) return false;
      if (x.length !== y.length || x.some((byte, j) => byte !== y[j])) {
        return false;
      }
    } else if (!Object.is(x, y)) return false;
  }
  return true;
}
