/**
 * Units of time in milliseconds, and durations for people, formatted for
 * their locale.
 *
 * @module
 */

/** One second in milliseconds. */
export const SECOND_MS = 1_000;
/** One minute in milliseconds. */
export const MINUTE_MS = 60_000;
/** One hour in milliseconds. */
export const HOUR_MS = 3_600_000;
/** One day in milliseconds. */
export const DAY_MS = 86_400_000;

/** Options of {@linkcode formatDuration}. */
export interface FormatDurationOptions {
  /** BCP 47 locale of the reader. Default "en". */
  locale?: string;
  /**
   * `"up"` for a wait (the reader never comes back too early): whole seconds,
   * minutes, or hours and minutes. `"nearest"` for a measurement: milliseconds
   * below a second and one decimal below ten seconds. Default `"nearest"`.
   */
  round?: "up" | "nearest";
}

/**
 * A duration in the largest fitting unit, in the reader's language:
 * "850 ms", "4.2 s", "37 s", "12 min", "5 h 12 min" in English, "12 мин" in
 * Russian.
 *
 * @example
 * ```ts
 * formatDuration(90_000, { round: "up" }); // "2 min"
 * formatDuration(4_210); // "4.2 sec"
 * ```
 */
export function formatDuration(
  ms: number,
  options: FormatDurationOptions = {},
): string {
  const locale = options.locale ?? "en";
  const unit = (value: number, name: string, digits = 0) =>
    new Intl.NumberFormat(locale, {
      style: "unit",
      unit: name,
      unitDisplay: "short",
      maximumFractionDigits: digits,
    }).format(value);
  if (options.round === "up") {
    const seconds = Math.max(1, Math.ceil(ms / SECOND_MS));
    if (seconds < 60) return unit(seconds, "second");
    const minutes = Math.ceil(seconds / 60);
    if (minutes < 60) return unit(minutes, "minute");
    const hours = Math.floor(minutes / 60);
    const rest = minutes % 60;
    return rest === 0
      ? unit(hours, "hour")
      : `${unit(hours, "hour")} ${unit(rest, "minute")}`;
  }
  if (ms < SECOND_MS) return unit(Math.round(ms), "millisecond");
  if (ms < 10 * SECOND_MS) return unit(ms / SECOND_MS, "second", 1);
  if (ms < 2 * MINUTE_MS) return unit(Math.round(ms / SECOND_MS), "second");
  return unit(Math.round(ms / MINUTE_MS), "minute");
}
