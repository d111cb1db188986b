/**
 * Inline mode: `@bot rough idea` in any chat. The query is answered at once
 * with the offline enhancement for the two or three most likely categories
 * or targets (`src/enhance/inline_choices.ts`), personal and cached briefly.
 * With an AI key there is also "✨ AI version": choosing it sends the quick
 * version at once, and its `chosen_inline_result` (inline feedback must be
 * on, see README) starts a durable job that edits that message, through its
 * `inline_message_id`, into the AI-written prompt; if the AI fails, the
 * offline text stays.
 *
 * Inline use counts against the same rate limits as prompts: every result
 * sent counts one, and while a limit refuses, the query shows no results but
 * a line saying when to try again. Bans and other access checks go in front
 * of {@linkcode inlineFeature} (or wrap {@linkcode answerInlineQuery} and
 * {@linkcode handleChosenResult}), like any update's.
 *
 * @module
 */
import { FeatureComposer } from "../telegram/composer.ts";
import type { Filter } from "grammy";
import type {
  InlineKeyboardMarkup,
  InlineQueryResultArticle,
} from "grammy/types";
import type { BotContext } from "../context.ts";
import { type CategoryId, isCategoryId } from "../enhance/categories.ts";
import { inlineChoices } from "../enhance/inline_choices.ts";
import { isPromptLanguage } from "../enhance/language.ts";
import { validateRoughPrompt } from "../enhance/validate.ts";
import { inlineFallback } from "../jobs/media_input.ts";
import { describeError, getLog } from "../logging.ts";
import { localeOf } from "../middleware/i18n.ts";
import { admissionFor, limitOptions } from "../middleware/roles.ts";
import type { LimitCheckOptions } from "../storage/rate_limiter.ts";
import { userKey } from "../storage/keys.ts";
import type { UserRecord } from "../storage/user_store.ts";
import { TELEGRAM_TEXT_LIMIT } from "../telegram/split.ts";
import { targetName } from "../ui/answer.ts";
import { waitText } from "../ui/texts.ts";
import { cutSafely, excerpt } from "../util/text.ts";

const log = getLog("inline");

/** How long Telegram may show the same results again, in seconds: short, they follow the user's settings. */
export const INLINE_CACHE_SECONDS = 10;

/** Offline results shown at most, besides the AI one. */
const MAX_CHOICES = 3;

const composer = new FeatureComposer<BotContext>();

/** The id of an inline result: the AI version, or an offline one, with its category. */
type ResultId =
  | { kind: "ai"; category: CategoryId }
  | { kind: "offline"; category: CategoryId; index: number };

/** `ai:<category>` or `off:<index>:<category>`: at most 64 bytes, as Telegram allows. */
export function encodeResultId(id: ResultId): string {
  return id.kind === "ai"
    ? `ai:${id.category}`
    : `off:${id.index}:${id.category}`;
}

/** The result id Telegram reports back, checked; `null` for one the bot never made. */
export function decodeResultId(text: string): ResultId | null {
  const ai = /^ai:([a-z_]+)$/.exec(text);
  if (ai && isCategoryId(ai[1])) return { kind: "ai", category: ai[1] };
  const off = /^off:(\d{1,2}):([a-z_]+)$/.exec(text);
  if (off && isCategoryId(off[2])) {
    return { kind: "offline", category: off[2], index: Number(off[1]) };
  }
  return null;
}

/**
 * Answer an inline query: no idea yet, or a limit that refuses, give no
 * results and a line at the top; otherwise the AI version (with a key) and
 * the offline choices.
 */
export async function answerInlineQuery(
  ctx: Filter<BotContext, "inline_query">,
): Promise<void> {
  const checked = validateRoughPrompt(ctx.inlineQuery.query);
  const options = { cache_time: INLINE_CACHE_SECONDS, is_personal: true };
  if (!checked.ok) {
    const text = ctx.t("inline-help-button");
    await ctx.answerInlineQuery([], {
      ...options,
      button: { text, start_parameter: "inline" },
    });
    return;
  }
  const refused = await refusedNow(ctx);
  if (refused !== null) {
    const text = ctx.t("inline-limited-button", { wait: refused });
    await ctx.answerInlineQuery([], {
      ...options,
      button: { text, start_parameter: "limit" },
    });
    return;
  }
  await ctx.answerInlineQuery(results(ctx, checked.text), options);
}

/** The results for an idea: "✨ AI version" first when there is a key, then the offline choices. */
function results(
  ctx: BotContext,
  idea: string,
): InlineQueryResultArticle[] {
  const language = isPromptLanguage(ctx.locale) ? ctx.locale : undefined;
  const choices = inlineChoices(idea, {
    max: MAX_CHOICES,
    fallbackLanguage: language,
  });
  const offline = choices.map((choice, index): InlineQueryResultArticle => ({
    type: "article",
    id: encodeResultId({ kind: "offline", category: choice.category, index }),
    title: ctx.t("inline-result-title", {
      category: ctx.t(`category-${choice.category}-title`),
      target: targetName(ctx.t, choice.target),
    }),
    description: excerpt(choice.prompt, 120),
    input_message_content: { message_text: messageText(choice.prompt) },
  }));
  if (ctx.deps.llm === null) return offline;
  const top = choices[0];
  // The quick version, the same offline text the job falls back to.
  const quick = inlineFallback({
    prompt: idea,
    category: top.category,
    locale: ctx.locale,
  });
  const pending = `\n\n${ctx.t("inline-ai-pending")}`;
  const ai: InlineQueryResultArticle = {
    type: "article",
    id: encodeResultId({ kind: "ai", category: top.category }),
    title: ctx.t("inline-ai-title"),
    description: ctx.t("inline-ai-description"),
    input_message_content: {
      message_text: messageText(quick, pending),
    },
    // A keyboard is what makes Telegram report the sent message's inline_message_id.
    reply_markup: editButton(ctx, idea),
  };
  return [ai, ...offline];
}

/**
 * A result was sent: it counts against the rate limits; for the AI version,
 * a job that edits the sent message into the AI's prompt (counted by its
 * acceptance). A refusal leaves the quick version, without its "writing…"
 * line.
 */
export async function handleChosenResult(
  ctx: Filter<BotContext, "chosen_inline_result">,
): Promise<void> {
  const chosen = ctx.chosenInlineResult;
  const id = decodeResultId(chosen.result_id);
  const checked = validateRoughPrompt(chosen.query);
  if (id === null || !checked.ok) return;
  const messageId = chosen.inline_message_id;
  if (id.kind === "offline" || messageId === undefined || !ctx.deps.llm) {
    await ctx.deps.limiter.consume(chosen.from.id, limitsOf(ctx));
    return;
  }
  const from = chosen.from;
  const outcome = await ctx.deps.jobs.accept(from.id, (profile) => ({
    userId: from.id,
    chatId: from.id,
    prompt: checked.text,
    category: id.category,
    locale: localeOf(
      ctx.deps.i18n,
      profile as UserRecord | null,
      from.language_code,
    ),
    media: { kind: "inline", files: [], inlineMessageId: messageId },
  }), {
    profileKey: userKey(from.id),
    // The role's limits; a ban since the role was read refuses it.
    ...admissionFor(ctx, from.id),
  });
  if (outcome.ok || !("input" in outcome)) return;
  const text = messageText(inlineFallback(outcome.input));
  await ctx.api.editMessageTextInline(messageId, text).catch((error) =>
    log.debug("Cannot restore an inline message: {error}", {
      error: describeError(error),
    })
  );
}

/** When the user may send again, if a limit refuses them now (read only: nothing is counted). */
async function refusedNow(ctx: BotContext): Promise<string | null> {
  const { kv, limiter, clock } = ctx.deps;
  const check = limiter.check(ctx.from!.id, limitsOf(ctx));
  if (check.keys.length === 0) return null;
  const decision = check.decide(await kv.getMany(check.keys), kv.atomic());
  if (decision.ok) return null;
  return waitText(ctx.t, decision.retryAt - clock.now());
}

/** The limits of the sender's role, as read for this update (as a prompt's): none for admins. */
function limitsOf(ctx: BotContext): LimitCheckOptions {
  const standing = ctx.standing?.userId === ctx.from?.id
    ? ctx.standing
    : undefined;
  return limitOptions(ctx.config, standing?.role ?? "user");
}

/** "✏️ Change the idea": opens inline mode again in the same chat with the idea. */
function editButton(ctx: BotContext, idea: string): InlineKeyboardMarkup {
  return {
    inline_keyboard: [[{
      text: ctx.t("inline-edit-button"),
      switch_inline_query_current_chat: idea,
    }]],
  };
}

/** A message text within Telegram's limit, with `suffix` kept whole. */
function messageText(text: string, suffix = ""): string {
  return cutSafely(text, TELEGRAM_TEXT_LIMIT - suffix.length) + suffix;
}

composer.on("inline_query", answerInlineQuery);
composer.on("chosen_inline_result", handleChosenResult);

export { composer as inlineFeature };
