/**
 * The texts of roles, moderation and privacy made of several messages or of
 * data, assembled from the locale's messages (area `roles`).
 *
 * @module
 */
import type { User } from "grammy/types";
import type { AuditEntry } from "../storage/audit_log.ts";
import type { Role, Standing } from "../storage/role_store.ts";
import type { Translate } from "./i18n.ts";

/** A role's name in the reader's language. */
export function roleName(t: Translate, role: Role | string): string {
  return t(`role-name-${role}`);
}

/** A user's name as Telegram gives it: first and last name. */
export function displayName(user: Pick<User, "first_name" | "last_name">) {
  return [user.first_name, user.last_name].filter(Boolean).join(" ");
}

/** The card an admin gets for a new user's request for access. */
export function accessRequestText(t: Translate, user: User): string {
  return t("access-request", {
    name: displayName(user),
    username: user.username ? `@${user.username}` : t("access-no-username"),
    id: String(user.id),
  });
}

/** What /whois shows about a user: role, standing and counts, never content. */
export interface WhoisFacts {
  standing: Standing;
  pseudonym: string;
  profile:
    | { firstSeenAt: number; lastSeenAt: number; enhancements: number }
    | null;
  historyCount: number;
  /** Prompts running or waiting now. */
  jobs: number;
}

/** The /whois answer. */
export function whoisText(t: Translate, facts: WhoisFacts): string {
  const { standing, profile } = facts;
  const lines = [
    t("whois-heading", {
      id: String(standing.userId),
      pseudonym: facts.pseudonym,
    }),
    t("whois-role", {
      role: roleName(t, standing.role),
      source: standing.source,
    }),
  ];
  if (standing.record) {
    lines.push(t("whois-since", { when: utcTime(t, standing.record.since) }));
    if (standing.record.reason) {
      lines.push(t("whois-reason", { reason: standing.record.reason }));
    }
  }
  if (standing.access) {
    lines.push(t("whois-access", { status: standing.access.status }));
  }
  lines.push(
    profile
      ? t("whois-seen", {
        first: utcTime(t, profile.firstSeenAt),
        last: utcTime(t, profile.lastSeenAt),
      })
      : t("whois-never-seen"),
    t("whois-counts", {
      enhancements: profile?.enhancements ?? 0,
      history: facts.historyCount,
      jobs: facts.jobs,
    }),
  );
  return lines.join("\n");
}

/** One page of /audit: a heading, then one line per entry. */
export function auditText(
  t: Translate,
  entries: readonly AuditEntry[],
  page: number,
): string {
  if (entries.length === 0) return t("audit-empty");
  return [
    t("audit-heading", { page: page + 1 }),
    "",
    ...entries.map((entry) =>
      t("audit-entry", {
        when: utcTime(t, entry.at),
        action: entry.action,
        actor: entry.actor,
        target: entry.target ?? "–",
        from: entry.from ? roleName(t, entry.from) : "–",
        to: entry.to ? roleName(t, entry.to) : "–",
        count: entry.count ?? 0,
      })
    ),
  ].join("\n");
}

/** What /privacy says, from the settings in force. */
export interface PrivacyFacts {
  historyLimit: number;
  /** HISTORY_RETENTION_DAYS; 0 keeps history until the user deletes it. */
  retentionDays: number;
  /** Whether user content is encrypted at rest (ENCRYPTION_KEYS). */
  encrypted: boolean;
}

/** The /privacy answer. */
export function privacyText(t: Translate, facts: PrivacyFacts): string {
  return [
    t("privacy-heading"),
    "",
    t("privacy-stored", { limit: facts.historyLimit }),
    t("privacy-retention", { days: facts.retentionDays }),
    t("privacy-transient"),
    t("privacy-who"),
    t("privacy-encryption", { encrypted: facts.encrypted ? "yes" : "no" }),
    t("privacy-logs"),
    "",
    t("privacy-commands"),
  ].join("\n");
}

/** A time as "1 Dec 2026, 10:27" in the reader's language, in UTC. */
export function utcTime(t: Translate, ms: number): string {
  return new Intl.DateTimeFormat(t.locale, {
    dateStyle: "medium",
    timeStyle: "short",
    timeZone: "UTC",
  }).format(ms);
}
