/**
 * The progress line and the report of a broadcast, from its record.
 *
 * @module
 */
import type { BroadcastRecord } from "../storage/broadcast_store.ts";
import type { Translate } from "./i18n.ts";

/** Cells of the progress bar. */
const BAR_CELLS = 10;

/** `▓▓▓▓▓▓░░░░` for a fraction from 0 to 1. */
export function progressBar(fraction: number, cells = BAR_CELLS): string {
  const full = Math.round(Math.min(1, Math.max(0, fraction)) * cells);
  return "▓".repeat(full) + "░".repeat(cells - full);
}

/** Recipients handled so far, and the total (never below what was handled: users may join while it runs). */
export function broadcastCounts(
  record: BroadcastRecord,
): { done: number; total: number } {
  const done = record.sent + record.blocked + record.failed;
  return { done, total: Math.max(record.total, done) };
}

/** `▓▓▓▓▓▓░░░░ 61 % · 1,220 / 2,000 · blocked: 14`. */
export function broadcastProgressText(
  t: Translate,
  record: BroadcastRecord,
): string {
  const { done, total } = broadcastCounts(record);
  const fraction = total === 0 ? 1 : done / total;
  return t("broadcast-progress", {
    bar: progressBar(fraction),
    percent: Math.floor(fraction * 100),
    done,
    total,
    blocked: record.blocked,
  });
}

/** The final report: finished, or stopped by an admin. */
export function broadcastReportText(
  t: Translate,
  record: BroadcastRecord,
): string {
  const { done, total } = broadcastCounts(record);
  const counts = {
    sent: record.sent,
    blocked: record.blocked,
    failed: record.failed,
    done,
    total,
  };
  return record.status === "stopped"
    ? t("broadcast-stopped", counts)
    : t("broadcast-done", counts);
}
