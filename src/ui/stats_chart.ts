/**
 * The `/stats` chart as a Vega-Lite spec: prompts per day (AI and offline
 * stacked), median and 95th-percentile answer time, active users per day,
 * and the top categories and targets of the period. Drawn by png_chart.ts.
 *
 * @module
 */
import type { StatsSummary } from "./stats_texts.ts";
import type { Translate } from "./i18n.ts";
import { CHART_FONT } from "./png_chart.ts";

/** Names of categories and targets as the chart shows them. */
export interface ChartNames {
  category(id: string): string;
  target(id: string): string;
}

const WIDTH = 640;
const COLORS = { ai: "#4c78a8", offline: "#f58518", p95: "#e45756" };

/** The chart of `summary`, labelled by `t` (in a language the chart font covers). */
export function statsChartSpec(
  t: Translate,
  summary: StatsSummary,
  names: ChartNames,
): Record<string, unknown> {
  const ai = t("stats-chart-ai");
  const offline = t("stats-chart-offline");
  const median = t("stats-chart-median");
  const p95 = t("stats-chart-p95");
  const days = summary.points.map((p) => ({ ...p, label: p.day.slice(5) }));
  const dayAxis = {
    field: "label",
    type: "ordinal",
    sort: null,
    title: null,
    axis: { labelAngle: -50, labelFontSize: 9 },
  };
  return {
    $schema: "https://vega.github.io/schema/vega-lite/v6.json",
    title: {
      text: t("stats-chart-title", { days: summary.days }),
      fontSize: 16,
    },
    config: {
      font: CHART_FONT,
      view: { stroke: null },
      axis: { labelFont: CHART_FONT, titleFont: CHART_FONT },
      legend: { orient: "top", title: null },
    },
    background: "white",
    padding: 12,
    // Each panel has its own colours and legend.
    resolve: {
      scale: { color: "independent" },
      legend: { color: "independent" },
    },
    vconcat: [
      {
        title: t("stats-chart-prompts"),
        width: WIDTH,
        height: 150,
        data: {
          values: days.flatMap((d) => [
            { label: d.label, source: ai, n: d.ai },
            { label: d.label, source: offline, n: d.offline },
          ]),
        },
        mark: "bar",
        encoding: {
          x: dayAxis,
          y: { field: "n", type: "quantitative", title: null },
          color: {
            field: "source",
            type: "nominal",
            scale: {
              domain: [ai, offline],
              range: [COLORS.ai, COLORS.offline],
            },
          },
        },
      },
      {
        title: t("stats-chart-answer-time"),
        width: WIDTH,
        height: 120,
        data: {
          values: days.flatMap((d) => [
            ...(d.p50Ms === null
              ? []
              : [{ label: d.label, q: median, s: d.p50Ms / 1000 }]),
            ...(d.p95Ms === null
              ? []
              : [{ label: d.label, q: p95, s: d.p95Ms / 1000 }]),
          ]),
        },
        mark: { type: "line", point: true },
        encoding: {
          x: { ...dayAxis, scale: { domain: days.map((d) => d.label) } },
          y: { field: "s", type: "quantitative", title: null },
          color: {
            field: "q",
            type: "nominal",
            scale: { domain: [median, p95], range: [COLORS.ai, COLORS.p95] },
          },
        },
      },
      {
        title: t("stats-chart-active"),
        width: WIDTH,
        height: 100,
        data: { values: days },
        mark: { type: "area", line: true, opacity: 0.3, color: COLORS.ai },
        encoding: {
          x: dayAxis,
          y: {
            field: "activeUsers",
            type: "quantitative",
            title: null,
            axis: { tickMinStep: 1 },
          },
        },
      },
      {
        hconcat: [
          topBars(
            t("stats-chart-categories"),
            summary.categories.map(([id, n]) => ({
              name: names.category(id),
              n,
            })),
          ),
          topBars(
            t("stats-chart-targets"),
            summary.targets.map(([id, n]) => ({ name: names.target(id), n })),
          ),
        ],
      },
    ],
  };
}

function topBars(
  title: string,
  values: { name: string; n: number }[],
): Record<string, unknown> {
  return {
    title,
    width: WIDTH / 2 - 110,
    height: 110,
    data: { values },
    mark: { type: "bar", color: COLORS.ai },
    encoding: {
      y: {
        field: "name",
        type: "nominal",
        sort: "-x",
        title: null,
        axis: { labelLimit: 150 },
      },
      x: {
        field: "n",
        type: "quantitative",
        title: null,
        axis: { tickMinStep: 1 },
      },
    },
  };
}
