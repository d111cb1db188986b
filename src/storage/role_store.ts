/**
 * Roles and access in Deno KV: who may use the bot, and who may moderate it.
 *
 * A user's role is, in this order: `owner` when their id is in `OWNER_ID`;
 * else the role stored at `["role", userId]` (set with /role, /ban, /unban);
 * else `admin` when their id is in `ADMIN_IDS` (seeded admins, for
 * compatibility); else `user`. A record is stored only where the role differs
 * from that default, so most users have none.
 *
 * Every change is one commit that checks the records it read (the actor's
 * role too, so an actor demoted meanwhile on another instance is refused) and
 * writes the audit entry with it. Nothing is cached: each update reads the
 * records again, so a change is in force from the next update on, on every
 * instance.
 *
 * @module
 */
import type { Clock } from "../clock.ts";
import { type CommitRetryOptions, commitWithRetry } from "./atomic.ts";
import type { AuditAction, AuditLog } from "./audit_log.ts";
import { accessKey, ROLE_PREFIX, roleKey } from "./keys.ts";

/** Every role, lowest rank first. */
export const ROLES = [
  "banned",
  "user",
  "trusted",
  "moderator",
  "admin",
  "owner",
] as const;

/** A role; see README, "Privacy and security". */
export type Role = typeof ROLES[number];

/** The roles /role may give: `owner` comes from `OWNER_ID` only. */
export const ASSIGNABLE_ROLES = [
  "admin",
  "moderator",
  "trusted",
  "user",
  "banned",
] as const satisfies readonly Role[];

/** A role that can be stored. */
export type AssignableRole = typeof ASSIGNABLE_ROLES[number];

/** The rank of `role`: a user may act only on someone of a lower rank. */
export function rankOf(role: Role): number {
  return ROLES.indexOf(role);
}

/** Whether `role` ranks at least as high as `least`. */
export function atLeast(role: Role, least: Role): boolean {
  return rankOf(role) >= rankOf(least);
}

/** Whether `text` names a role. */
export function isRole(text: string): text is Role {
  return (ROLES as readonly string[]).includes(text);
}

/** Who the bot serves: everyone, an allowlist, or whoever an admin approved. */
export const ACCESS_MODES = ["open", "allowlist", "approval"] as const;
/** A value of ACCESS_MODE. */
export type AccessMode = typeof ACCESS_MODES[number];
/** ACCESS_MODE by default: everyone is served. */
export const DEFAULT_ACCESS_MODE: AccessMode = "open";

/**
 * The roles whose limits RATE_LIMIT_PER_MINUTE_BY_ROLE and DAILY_QUOTA_BY_ROLE
 * set; users have RATE_LIMIT_PER_MINUTE and DAILY_QUOTA, admins and owners
 * none.
 */
export const TIERED_ROLES = [
  "trusted",
  "moderator",
] as const satisfies readonly Role[];

/** A role with limits of its own. */
export type TieredRole = typeof TIERED_ROLES[number];

/** The limits of the tiered roles by default: four times a user's. */
export const DEFAULT_ROLE_LIMITS = Object.freeze({
  burstPerMinute: Object.freeze({ trusted: 20, moderator: 20 }),
  dailyPerUser: Object.freeze({ trusted: 200, moderator: 200 }),
});

/** `["role", userId]`: a role that differs from the user's default. */
export interface RoleRecord {
  role: AssignableRole;
  /** When it was set, ms since the epoch. */
  since: number;
  /** Why they were banned, as the moderator wrote it (shown by /whois and /export). */
  reason?: string;
  /** A banned user was told once that they cannot use the bot. */
  noticed?: boolean;
}

/** Where a request for access stands. */
export type AccessStatus = "pending" | "approved" | "denied";

/** `["access", userId]`: a request for access (approval mode) and its answer. */
export interface AccessRecord {
  status: AccessStatus;
  /** When it got this status. */
  since: number;
  /** The interface language of the request, for the answer's text. */
  locale?: string;
}

/** A user's role and access, as read in one round. */
export interface Standing {
  userId: number;
  role: Role;
  /** Where the role comes from. */
  source: "owner_id" | "stored" | "admin_ids" | "default";
  record: RoleRecord | null;
  access: AccessRecord | null;
}

/** Why a user is not served. */
export type AccessRefusalReason =
  | "banned"
  | "not_allowed"
  | "pending"
  | "denied";

/** A user the bot does not serve, and what to tell them. */
export interface AccessRefusal {
  userId: number;
  reason: AccessRefusalReason;
  /** Tell the user now: a ban or a wait the first time, "not allowed" every time. */
  notify: boolean;
  /** The request for access was made by this update: ask the admins. */
  asked: boolean;
}

/** Whether to serve a user's update. */
export type AccessDecision =
  | { ok: true; standing: Standing }
  | { ok: false; standing: Standing; refusal: AccessRefusal };

/** The check of one user's access in a caller's read round and commit. */
export interface AccessGate {
  /** The keys to read, in this order. */
  readonly keys: readonly Deno.KvKey[];
  /**
   * Decide from the entries read for `keys`; checks them in `op`, so that a
   * role changed meanwhile makes the commit fail and the caller read again,
   * and adds the note that the user was told (a ban, a new request).
   */
  decide(
    entries: readonly Deno.KvEntryMaybe<unknown>[],
    op: Deno.AtomicOperation,
  ): AccessDecision;
}

/** Outcome of a role change. */
export type RoleChangeOutcome =
  | { ok: true; from: Role; to: Role }
  | {
    ok: false;
    /**
     * `rank`: the actor does not outrank the target, or the role asked for;
     * `owner_only`: only owners appoint admins; `unchanged`: the target has
     * that role; `not_banned`: /unban of someone neither banned nor denied.
     */
    reason: "rank" | "owner_only" | "unchanged" | "not_banned";
    current: Role;
  };

/** Outcome of an answer to a request for access. */
export type AccessAnswerOutcome =
  | { ok: true; request: AccessRecord }
  | { ok: false; reason: "rank" | "unknown" }
  | { ok: false; reason: "answered"; status: AccessStatus };

/** Options of {@linkcode RoleStore}. */
export interface RoleStoreOptions extends CommitRetryOptions {
  clock: Clock;
  /** Where every change is recorded, in the same commit. */
  audit: AuditLog;
  /** OWNER_ID. */
  owners: readonly number[];
  /** ADMIN_IDS: admins unless a stored role says otherwise. */
  admins: readonly number[];
  /** ACCESS_MODE. Default open. */
  mode?: AccessMode;
  /** ALLOWED_IDS: served in every mode, unless banned. */
  allowed?: readonly number[];
}

/** Roles and access of users. */
export class RoleStore {
  readonly #kv: Deno.Kv;
  readonly #options: RoleStoreOptions;

  constructor(kv: Deno.Kv, options: RoleStoreOptions) {
    this.#kv = kv;
    this.#options = options;
  }

  /** The access mode. */
  get mode(): AccessMode {
    return this.#options.mode ?? DEFAULT_ACCESS_MODE;
  }

  /** The role `userId` has without a stored record. */
  defaultRole(userId: number): Role {
    if (this.#options.owners.includes(userId)) return "owner";
    return this.#options.admins.includes(userId) ? "admin" : "user";
  }

  /** Whether `userId` is an owner (OWNER_ID): known without a read. */
  isOwner(userId: number): boolean {
    return this.#options.owners.includes(userId);
  }

  /** The keys {@linkcode admit} and {@linkcode serves} read, for a caller that reads them with others. */
  keysOf(userId: number): Deno.KvKey[] {
    return this.#keys(userId);
  }

  /** The role and access of `userId`, read now (one read round). */
  async read(userId: number): Promise<Standing> {
    const entries = await this.#kv.getMany(this.#keys(userId));
    return this.#standing(userId, entries);
  }

  /** The role of `userId`, read now: for inline queries and other callers. */
  async roleOf(userId: number): Promise<Role> {
    return (await this.read(userId)).role;
  }

  /** Whether `userId` is banned, read now. */
  async isBanned(userId: number): Promise<boolean> {
    return (await this.roleOf(userId)) === "banned";
  }

  /**
   * The access check of `userId` for a caller's own read round and commit
   * (prompt acceptance folds it into its one read and one commit).
   */
  gate(userId: number, options: { locale?: string } = {}): AccessGate {
    return {
      keys: this.#keys(userId),
      decide: (entries, op) => {
        const [role, access] = entries;
        op.check(role).check(access);
        return this.#decide(userId, entries, op, options.locale).decision;
      },
    };
  }

  /**
   * Whether to serve an update of `userId`: one read round, and a commit only
   * to note that a banned user was told, or that a new user asked for access.
   * Of two instances, exactly one notes it (and tells). `locale` is kept
   * with a new request, for the text of its answer.
   */
  async admit(
    userId: number,
    options: { locale?: string; read?: Deno.KvEntryMaybe<unknown>[] } = {},
  ): Promise<AccessDecision> {
    // The first attempt may use entries the caller read just now, with its
    // own keys (`keysOf`); the commit checks them, and a retry reads again.
    let read = options.read;
    return await commitWithRetry<AccessDecision>(async () => {
      const entries = read ?? await this.#kv.getMany(this.#keys(userId));
      read = undefined;
      const op = this.#kv.atomic();
      const { decision, wrote } = this.#decide(
        userId,
        entries,
        op,
        options.locale,
      );
      return { op: wrote ? op : null, result: decision };
    }, this.#options);
  }

  /**
   * Whether the bot serves `userId` now, as {@linkcode admit} decides, but
   * without writing anything and telling no one: for background work (a
   * retry that waited for the AI) on behalf of a user not on the line.
   */
  async serves(
    userId: number,
    options: { read?: Deno.KvEntryMaybe<unknown>[] } = {},
  ): Promise<AccessDecision> {
    const entries = options.read ?? await this.#kv.getMany(this.#keys(userId));
    // An operation never committed: the notes a refusal would write are dropped.
    return this.#decide(userId, entries, this.#kv.atomic()).decision;
  }

  /**
   * Give `targetId` the role `to`, if `actorId` outranks both the target's
   * role and `to`, and only an owner for `admin`. One commit with the audit
   * entry; `reason` is kept with a ban.
   */
  async setRole(
    actorId: number,
    targetId: number,
    to: AssignableRole,
    options: { reason?: string } = {},
  ): Promise<RoleChangeOutcome> {
    const kv = this.#kv;
    return await commitWithRetry<RoleChangeOutcome>(async () => {
      const [actorEntry, targetEntry] = await kv.getMany<
        [RoleRecord, RoleRecord]
      >([roleKey(actorId), roleKey(targetId)]);
      const actor = this.#roleOf(actorId, actorEntry.value);
      const current = this.#roleOf(targetId, targetEntry.value);
      const refused = this.#refusal(actorId, actor, targetId, current, to);
      if (refused) {
        return { op: null, result: { ok: false, reason: refused, current } };
      }
      const op = kv.atomic().check(actorEntry).check(targetEntry);
      this.#writeRole(op, targetId, to, options.reason);
      const action: AuditAction = to === "banned"
        ? "ban"
        : current === "banned"
        ? "unban"
        : "role";
      this.#options.audit.add(op, {
        action,
        actorId,
        targetId,
        from: current,
        to,
      });
      return { op, result: { ok: true, from: current, to } };
    }, this.#options);
  }

  /**
   * Lift a ban (the target gets their default role back) and a denial of
   * access (they are approved), if `actorId` outranks the role they get back.
   */
  async unban(actorId: number, targetId: number): Promise<RoleChangeOutcome> {
    const kv = this.#kv;
    return await commitWithRetry<RoleChangeOutcome>(async () => {
      const [actorEntry, targetEntry, accessEntry] = await kv.getMany<
        [RoleRecord, RoleRecord, AccessRecord]
      >([roleKey(actorId), roleKey(targetId), accessKey(targetId)]);
      const actor = this.#roleOf(actorId, actorEntry.value);
      const current = this.#roleOf(targetId, targetEntry.value);
      const banned = current === "banned";
      const denied = accessEntry.value?.status === "denied";
      const to = banned ? this.defaultRole(targetId) : current;
      const refused = actorId === targetId ||
          !(rankOf(actor) > rankOf(current) && rankOf(actor) > rankOf(to))
        ? "rank"
        : !banned && !denied
        ? "not_banned"
        : null;
      if (refused) {
        return { op: null, result: { ok: false, reason: refused, current } };
      }
      const op = kv.atomic().check(actorEntry).check(targetEntry)
        .check(accessEntry);
      const audit = this.#options.audit;
      if (banned) {
        this.#writeRole(op, targetId, to as AssignableRole);
        audit.add(op, {
          action: "unban",
          actorId,
          targetId,
          from: current,
          to,
        });
      }
      if (denied) {
        op.set(accessKey(targetId), {
          ...accessEntry.value,
          ...this.#access("approved"),
        });
        audit.add(op, { action: "approve", actorId, targetId });
      }
      return { op, result: { ok: true, from: current, to } };
    }, this.#options);
  }

  /**
   * Answer `targetId`'s request for access: once, whichever admin (or
   * instance) answers first; the others are told it was answered.
   */
  async answerRequest(
    actorId: number,
    targetId: number,
    status: "approved" | "denied",
  ): Promise<AccessAnswerOutcome> {
    const kv = this.#kv;
    return await commitWithRetry<AccessAnswerOutcome>(async () => {
      const [actorEntry, accessEntry] = await kv.getMany<
        [RoleRecord, AccessRecord]
      >([roleKey(actorId), accessKey(targetId)]);
      if (!atLeast(this.#roleOf(actorId, actorEntry.value), "admin")) {
        return { op: null, result: { ok: false, reason: "rank" } };
      }
      const access = accessEntry.value;
      if (access === null) {
        return { op: null, result: { ok: false, reason: "unknown" } };
      }
      if (access.status !== "pending") {
        return {
          op: null,
          result: { ok: false, reason: "answered", status: access.status },
        };
      }
      const op = kv.atomic().check(actorEntry).check(accessEntry)
        .set(accessKey(targetId), { ...access, ...this.#access(status) });
      this.#options.audit.add(op, {
        action: status === "approved" ? "approve" : "deny",
        actorId,
        targetId,
      });
      return { op, result: { ok: true, request: access } };
    }, this.#options);
  }

  /**
   * Everyone ranked `least` or higher (moderator by default): owners, seeded
   * admins still admins, and stored roles; for command menus and for the
   * admins a request for access goes to.
   */
  async privileged(least: Role = "moderator"): Promise<Standing[]> {
    const found = new Map<number, Standing>();
    const stored = new Map<number, RoleRecord>();
    for await (
      const entry of this.#kv.list<RoleRecord>({ prefix: ROLE_PREFIX })
    ) {
      const id = entry.key[ROLE_PREFIX.length];
      if (typeof id === "number") stored.set(id, entry.value);
    }
    const ids = new Set([
      ...this.#options.owners,
      ...this.#options.admins,
      ...stored.keys(),
    ]);
    for (const id of ids) {
      const standing = this.#standing(id, [
        { value: stored.get(id) ?? null },
        { value: null },
      ]);
      if (atLeast(standing.role, least)) found.set(id, standing);
    }
    return [...found.values()];
  }

  #keys(userId: number): Deno.KvKey[] {
    return [roleKey(userId), accessKey(userId)];
  }

  #roleOf(userId: number, record: RoleRecord | null): Role {
    if (this.isOwner(userId)) return "owner";
    if (record !== null && isStoredRole(record.role)) return record.role;
    return this.defaultRole(userId);
  }

  #standing(
    userId: number,
    entries: readonly { value: unknown }[],
  ): Standing {
    const record = (entries[0]?.value ?? null) as RoleRecord | null;
    const access = (entries[1]?.value ?? null) as AccessRecord | null;
    const stored = record !== null && isStoredRole(record.role);
    const source = this.isOwner(userId)
      ? "owner_id"
      : stored
      ? "stored"
      : this.#options.admins.includes(userId)
      ? "admin_ids"
      : "default";
    return {
      userId,
      role: this.#roleOf(userId, record),
      source,
      record: stored ? record : null,
      access,
    };
  }

  /** The decision, with what it writes added to `op`. */
  #decide(
    userId: number,
    entries: readonly Deno.KvEntryMaybe<unknown>[],
    op: Deno.AtomicOperation,
    locale?: string,
  ): { decision: AccessDecision; wrote: boolean } {
    const standing = this.#standing(userId, entries);
    const refuse = (
      reason: AccessRefusalReason,
      notify: boolean,
      asked = false,
    ) => ({
      ok: false as const,
      standing,
      refusal: { userId, reason, notify, asked },
    });
    const { record, access } = standing;
    if (standing.role === "banned") {
      if (record?.noticed) {
        return { decision: refuse("banned", false), wrote: false };
      }
      op.check(entries[0]).set(roleKey(userId), { ...record!, noticed: true });
      return { decision: refuse("banned", true), wrote: true };
    }
    const served = atLeast(standing.role, "trusted") || this.mode === "open" ||
      (this.#options.allowed ?? []).includes(userId) ||
      (this.mode === "approval" && access?.status === "approved");
    if (served) return { decision: { ok: true, standing }, wrote: false };
    if (this.mode === "allowlist") {
      return { decision: refuse("not_allowed", true), wrote: false };
    }
    if (access !== null) {
      return {
        decision: refuse(
          access.status === "denied" ? "denied" : "pending",
          false,
        ),
        wrote: false,
      };
    }
    const request: AccessRecord = {
      ...this.#access("pending"),
      ...(locale === undefined ? {} : { locale }),
    };
    op.check(entries[1]).set(accessKey(userId), request);
    return { decision: refuse("pending", true, true), wrote: true };
  }

  /** Why `actor` may not give `target` the role `to`, or null. */
  #refusal(
    actorId: number,
    actor: Role,
    targetId: number,
    current: Role,
    to: Role,
  ): "rank" | "owner_only" | "unchanged" | null {
    if (to === "admin" && actor !== "owner") return "owner_only";
    if (
      actorId === targetId || rankOf(actor) <= rankOf(current) ||
      rankOf(actor) <= rankOf(to)
    ) return "rank";
    return current === to ? "unchanged" : null;
  }

  /** Store `to` as `targetId`'s role, or delete the record when it is their default. */
  #writeRole(
    op: Deno.AtomicOperation,
    targetId: number,
    to: AssignableRole,
    reason?: string,
  ): void {
    if (to === this.defaultRole(targetId)) {
      op.delete(roleKey(targetId));
      return;
    }
    const record: RoleRecord = {
      role: to,
      since: this.#options.clock.now(),
      ...(reason ? { reason } : {}),
    };
    op.set(roleKey(targetId), record);
  }

  #access(status: AccessStatus): AccessRecord {
    return { status, since: this.#options.clock.now() };
  }
}

function isStoredRole(role: unknown): role is AssignableRole {
  return (ASSIGNABLE_ROLES as readonly unknown[]).includes(role);
}
