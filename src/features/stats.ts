/**
 * `/stats` (admins, private chat): the summary of the last 30 days as text,
 * and as a PNG chart with the text as its caption (or after it, when the
 * text is longer than a caption may be).
 *
 * @module
 */
import { FeatureComposer } from "../telegram/composer.ts";
import { InputFile } from "grammy";
import type { BotContext } from "../context.ts";
import { isCategoryId } from "../enhance/categories.ts";
import { isTargetId } from "../enhance/targets.ts";
import { loadStatsSummary } from "../jobs/stats_summary.ts";
import { describeError, getLog } from "../logging.ts";
import { isAdmin } from "../middleware/roles.ts";
import { targetName } from "../ui/answer.ts";
import type { Translate } from "../ui/i18n.ts";
import { DEFAULT_LOCALE } from "../ui/locales.ts";
import { CHART_FONT_LOCALES, chartPng } from "../ui/png_chart.ts";
import { type ChartNames, statsChartSpec } from "../ui/stats_chart.ts";
import { type StatsSummary, statsText } from "../ui/stats_texts.ts";

/** Days `/stats` covers, today included. */
export const STATS_DAYS = 30;
/** Telegram's limit on a photo caption, in characters. */
const CAPTION_LIMIT = 1024;

const log = getLog("stats");
const composer = new FeatureComposer<BotContext>();

// Anyone else falls through to the features after this one, as for /keys.
composer.command("stats", async (ctx, next) => {
  if (!isAdmin(ctx)) return await next();
  if (ctx.chat.type !== "private") {
    await ctx.reply(ctx.t("stats-private-only"));
    return;
  }
  const summary = await loadStatsSummary(ctx.deps.kv, {
    now: ctx.deps.clock.now(),
    days: STATS_DAYS,
  });
  const text = statsText(ctx.t, summary, namesFor(ctx.t));
  await ctx.replyWithChatAction("upload_photo").catch(() => {});
  const png = await drawChart(ctx, summary);
  if (png === null) {
    await ctx.reply(`${text}\n\n${ctx.t("stats-chart-failed")}`);
    return;
  }
  const photo = new InputFile(png, "stats.png");
  if (text.length <= CAPTION_LIMIT) {
    await ctx.replyWithPhoto(photo, { caption: text });
  } else {
    await ctx.reply(text);
    await ctx.replyWithPhoto(photo);
  }
});

/** The chart as PNG, or `null` when it cannot be drawn (logged; the text still goes out). */
async function drawChart(
  ctx: BotContext,
  summary: StatsSummary,
): Promise<Uint8Array | null> {
  // The shipped font has no Chinese or Devanagari glyphs: such readers get English labels.
  const t = CHART_FONT_LOCALES.has(ctx.locale)
    ? ctx.t
    : ctx.deps.i18n.translator(DEFAULT_LOCALE);
  try {
    return (await chartPng(statsChartSpec(t, summary, namesFor(t)))).png;
  } catch (error) {
    log.error("Cannot draw the statistics chart: {error}", {
      error: describeError(error),
    });
    return null;
  }
}

function namesFor(t: Translate): ChartNames {
  return {
    category: (id) => isCategoryId(id) ? t(`category-${id}-title`) : id,
    target: (id) => isTargetId(id) ? targetName(t, id) : id,
  };
}

export { composer as statsFeature };
