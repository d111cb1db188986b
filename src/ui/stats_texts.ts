/**
 * The text of `/stats`, assembled from the locale's messages and the
 * summary's numbers.
 *
 * @module
 */
import { formatDuration } from "../util/durations.ts";
import type { Translate } from "./i18n.ts";
import type { ChartNames } from "./stats_chart.ts";

/** One day of the chart. */
export interface DayPoint {
  /** `"YYYY-MM-DD"`, UTC. */
  day: string;
  ai: number;
  offline: number;
  activeUsers: number;
  /** Median and 95th percentile answer time in milliseconds; `null` without timed answers. */
  p50Ms: number | null;
  p95Ms: number | null;
}

/** The summary of a period, today last. */
export interface StatsSummary {
  /** Days in the period. */
  days: number;
  enhancements: { ai: number; offline: number; total: number };
  today: { enhancements: number; activeUsers: number };
  /** Over every timed answer of the period, in milliseconds; `null` without any. */
  p50Ms: number | null;
  p95Ms: number | null;
  /**
   * Distinct users per day: the mean over the days from the first with any
   * user to today (0 without any), and the largest day.
   */
  activeUsers: { average: number; max: number };
  /** The most used, most first, at most 5: `[id, count]`. */
  categories: [string, number][];
  targets: [string, number][];
  /**
   * Enhancements written for any target, those outside the top included:
   * the whole that the targets' shares are of.
   */
  targeted: number;
  /** One point per day, oldest first. */
  points: DayPoint[];
}

/** The summary in the reader's language, one line per figure. */
export function statsText(
  t: Translate,
  summary: StatsSummary,
  names: ChartNames,
): string {
  const { enhancements, today, activeUsers } = summary;
  const time = (ms: number) => formatDuration(ms, { locale: t.locale });
  const lines = [
    t("stats-title", { days: summary.days }),
    "",
    t("stats-prompts", {
      total: enhancements.total,
      ai: enhancements.ai,
      offline: enhancements.offline,
    }),
    t("stats-today", {
      prompts: today.enhancements,
      users: today.activeUsers,
    }),
    summary.p50Ms === null || summary.p95Ms === null
      ? t("stats-answer-time-none")
      : t("stats-answer-time", {
        p50: time(summary.p50Ms),
        p95: time(summary.p95Ms),
      }),
    t("stats-active", {
      average: shownAverage(activeUsers.average),
      max: activeUsers.max,
    }),
  ];
  const total = enhancements.total;
  if (summary.categories.length > 0) {
    lines.push(t("stats-top-categories", {
      list: shares(t.locale, summary.categories, names.category, total),
    }));
  }
  if (summary.targets.length > 0) {
    lines.push(t("stats-top-targets", {
      list: shares(t.locale, summary.targets, names.target, summary.targeted),
    }));
  }
  return lines.join("\n");
}

/**
 * One decimal, or one significant digit below 1, so that an average above 0
 * (one user in 30 days: 0.03) never reads as 0.
 */
function shownAverage(average: number): number {
  return average < 1
    ? Number(average.toPrecision(1))
    : Math.round(average * 10) / 10;
}

/**
 * "Coding 40% · Writing 22%", percentages as the locale writes them; a
 * middle dot between, since a name may hold commas ("ChatGPT, Gemini, Llama").
 */
function shares(
  locale: string,
  counts: readonly [string, number][],
  name: (id: string) => string,
  total: number,
): string {
  const percent = new Intl.NumberFormat(locale, {
    style: "percent",
    maximumFractionDigits: 0,
  });
  // A share under 1% keeps one significant digit: a listed name never reads 0%.
  const small = new Intl.NumberFormat(locale, {
    style: "percent",
    maximumSignificantDigits: 1,
  });
  const items = counts.map(([id, n]) => {
    const share = total === 0 ? 0 : n / total;
    return `${name(id)} ${(share < 0.01 ? small : percent).format(share)}`;
  });
  return items.join(" · ");
}
