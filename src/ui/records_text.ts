/**
 * The record layer's lines in `/keys`: whether user content is encrypted,
 * how many values are left on each old key, and the schema migration.
 *
 * @module
 */
import type { RecordsStatus } from "../storage/record_walker.ts";
import type { Translate } from "./i18n.ts";

/** The encryption and migration lines of `/keys`, one fact per line. */
export function recordsText(t: Translate, status: RecordsStatus): string {
  const lines: string[] = [];
  const key = status.primary ?? "";
  if (!status.encrypted) lines.push(t("records-encryption-off"));
  else {
    const old = Object.entries(status.leftByKey)
      .filter(([id]) => id !== "plain");
    const plain = status.leftByKey.plain ?? 0;
    if (old.length === 0 && plain === 0) {
      lines.push(t("records-encryption-on", { key }));
    }
    for (const [id, count] of old) {
      lines.push(t("records-left-on-key", { key, count, old: id }));
    }
    if (plain > 0) lines.push(t("records-left-plain", { key, count: plain }));
  }
  if (status.phase === "count") lines.push(t("records-counting"));
  if (status.leftOld > 0) {
    lines.push(t("records-left-old", { count: status.leftOld }));
  }
  if (status.waitingFor > 0) {
    lines.push(t("records-waiting", { count: status.waitingFor }));
  }
  if (status.unreadable > 0) {
    lines.push(t("records-unreadable", { count: status.unreadable }));
  }
  return lines.join("\n");
}
