/**
 * The audit log in Deno KV: who did what to whom, and when, for role changes,
 * bans, approvals, broadcasts and `/forget` requests. Ids are pseudonyms
 * (the HMAC of the log pseudonyms, `LOG_ID_KEY`), never raw ids, and no entry
 * holds message content: not a prompt, not a ban reason, not a broadcast's
 * text. Owners and admins read it with `/audit`.
 *
 * @module
 */
import type { Clock } from "../clock.ts";
import { pseudonymize } from "../logging.ts";
import { AUDIT_PREFIX, auditKey } from "./keys.ts";
import { DAY_MS } from "../util/durations.ts";

/** What an audit entry records. */
export type AuditAction =
  | "role"
  | "ban"
  | "unban"
  | "approve"
  | "deny"
  | "broadcast"
  | "forget";

/** An event as a caller reports it, with raw ids; {@linkcode AuditLog} stores pseudonyms. */
export interface AuditEvent {
  action: AuditAction;
  /** Who did it. */
  actorId: number;
  /** Whom it concerned, when someone else. */
  targetId?: number;
  /** The role before and after, for role changes, bans and unbans. */
  from?: string;
  to?: string;
  /** How many: recipients of a broadcast, records deleted by /forget. */
  count?: number;
}

/** One stored entry: `["audit", at, id]`. */
export interface AuditEntry {
  at: number;
  action: AuditAction;
  /** The actor's pseudonym, `u_` and 12 hex characters, as in the logs. */
  actor: string;
  target?: string;
  from?: string;
  to?: string;
  count?: number;
}

/** How long an entry is kept: a year (KV expires it; cleanup deletes what KV left). */
export const AUDIT_RETENTION_MS = 365 * DAY_MS;

/** Options of {@linkcode AuditLog}. */
export interface AuditLogOptions {
  clock: Clock;
  /** The key of the pseudonyms (`config.log.idKey`). */
  idKey: string;
}

/**
 * The audit log.
 *
 * @example
 * ```ts ignore
 * // A broadcast, in its own commit:
 * await ctx.deps.auditLog.audit({ action: "broadcast", actorId: ctx.from.id, count: sent });
 * // A role change, in the same commit as the change:
 * auditLog.add(op, { action: "ban", actorId, targetId, from: "user", to: "banned" });
 * ```
 */
export class AuditLog {
  readonly #kv: Deno.Kv;
  readonly #options: AuditLogOptions;
  /** Entries of one millisecond keep the order this instance wrote them in. */
  #written = 0;

  /** @throws {TypeError} when `idKey` is empty */
  constructor(kv: Deno.Kv, options: AuditLogOptions) {
    if (options.idKey === "") {
      throw new TypeError("Cannot create audit log: idKey is empty");
    }
    this.#kv = kv;
    this.#options = options;
  }

  /** The pseudonym of `userId` in this log (and in the logs). */
  pseudonym(userId: number): string {
    return pseudonymize(userId, this.#options.idKey);
  }

  /** Add `event` to `op`, so that it is recorded exactly when `op` commits. */
  add(op: Deno.AtomicOperation, event: AuditEvent): AuditEntry {
    const entry = this.#entry(event);
    const id = `${String(this.#written++).padStart(10, "0")}-${
      crypto.randomUUID().slice(0, 8)
    }`;
    op.set(auditKey(entry.at, id), entry, {
      expireIn: AUDIT_RETENTION_MS,
    });
    return entry;
  }

  /** Record `event` in a commit of its own (a broadcast, for example). */
  async audit(event: AuditEvent): Promise<AuditEntry> {
    const op = this.#kv.atomic();
    const entry = this.add(op, event);
    await op.commit();
    return entry;
  }

  /**
   * Entries newest first: `limit` of them after skipping `offset`, and
   * whether older ones follow.
   */
  async page(
    options: { offset?: number; limit?: number } = {},
  ): Promise<{ entries: AuditEntry[]; more: boolean }> {
    const { offset = 0, limit = 10 } = options;
    const entries: AuditEntry[] = [];
    const iter = this.#kv.list<AuditEntry>({ prefix: AUDIT_PREFIX }, {
      reverse: true,
      limit: offset + limit + 1,
    });
    for await (const entry of iter) entries.push(entry.value);
    return {
      entries: entries.slice(offset, offset + limit),
      more: entries.length > offset + limit,
    };
  }

  /**
   * Delete entries written before `cutoff` (ms) that KV has not expired yet.
   *
   * @returns how many were deleted
   */
  async deleteOlderThan(cutoff: number): Promise<number> {
    let deleted = 0;
    const old = this.#kv.list({
      prefix: AUDIT_PREFIX,
      end: [...AUDIT_PREFIX, cutoff],
    });
    let op = this.#kv.atomic();
    let batch = 0;
    for await (const entry of old) {
      op.delete(entry.key);
      if (++batch === 100) {
        await op.commit();
        deleted += batch;
        op = this.#kv.atomic();
        batch = 0;
      }
    }
    if (batch > 0) await op.commit();
    return deleted + batch;
  }

  #entry(event: AuditEvent): AuditEntry {
    const entry: AuditEntry = {
      at: this.#options.clock.now(),
      action: event.action,
      actor: this.pseudonym(event.actorId),
    };
    if (event.targetId !== undefined) {
      entry.target = this.pseudonym(event.targetId);
    }
    if (event.from !== undefined) entry.from = event.from;
    if (event.to !== undefined) entry.to = event.to;
    if (event.count !== undefined) entry.count = event.count;
    return entry;
  }
}
