/**
 * The /stats chart: 30 days of rollups to a PNG (Vega-Lite → SVG → resvg),
 * once the libraries are loaded; and the first chart of a process, which
 * loads them (about half a second).
 *
 * ```sh
 * deno bench -A bench/chart_bench.ts
 * ```
 *
 * @module
 */
import { summarizeStats } from "../src/jobs/stats_summary.ts";
import { ANSWER_TIME_BOUNDS_MS, type DailyStats } from "../src/jobs/stats.ts";
import { createI18n } from "../src/ui/i18n.ts";
import { chartPng } from "../src/ui/png_chart.ts";
import { statsChartSpec } from "../src/ui/stats_chart.ts";

const DAY = 86_400_000;
const days: DailyStats[] = Array.from({ length: 30 }, (_, i) => ({
  day: new Date(Date.UTC(2026, 10, 1) + i * DAY).toISOString().slice(0, 10),
  enhancements: { ai: 40 + i, offline: 5 + (i % 4), total: 45 + i + (i % 4) },
  activeUsers: 12 + (i % 9),
  answerTimes: ANSWER_TIME_BOUNDS_MS.map((_, b) => (b < 6 ? 8 - b : 1))
    .concat([0]),
  categories: { coding: 20 + i, writing: 10, image: 8, general: 5 },
  targets: { chat: 25, claude: 10, midjourney: 8 },
  computedAt: 0,
}));
const summary = summarizeStats(days);
const t = createI18n().translator("en");
const names = { category: (id: string) => id, target: (id: string) => id };
const spec = statsChartSpec(t, summary, names);

const loadStarted = performance.now();
await chartPng(spec);
console.log(
  `first chart of the process (libraries loaded): ${
    Math.round(performance.now() - loadStarted)
  } ms`,
);

Deno.bench("a /stats chart of 30 days, spec to PNG", async () => {
  await chartPng(statsChartSpec(t, summary, names));
});
