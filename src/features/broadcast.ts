/**
 * `/broadcast <text>` (admins, private chat): a preview of the message
 * exactly as users will get it, with Send and Cancel; Send starts the
 * durable, paced delivery (src/jobs/broadcast_runner.ts), whose progress
 * message has a Stop button.
 *
 * @module
 */
import { FeatureComposer } from "../telegram/composer.ts";
import type { BotContext } from "../context.ts";
import { isAdmin } from "../middleware/roles.ts";
import { commandBody } from "../telegram/command_body.ts";
import { broadcastData, decoded } from "../ui/callback_data.ts";
import { broadcastPreviewKeyboard } from "../ui/keyboards.ts";

/** Telegram's limit on a message's text, in characters. */
const TEXT_LIMIT = 4096;

const composer = new FeatureComposer<BotContext>();

// Anyone else falls through to the features after this one, as for /keys.
composer.command("broadcast", async (ctx, next) => {
  if (!isAdmin(ctx)) return await next();
  if (ctx.chat.type !== "private") {
    await ctx.reply(ctx.t("broadcast-private-only"));
    return;
  }
  const body = commandBody(ctx.msg.text ?? "", ctx.msg.entities);
  if (body.text === "") return void await ctx.reply(ctx.t("broadcast-usage"));
  if (body.text.length > TEXT_LIMIT) {
    await ctx.reply(
      ctx.t("broadcast-too-long", {
        length: body.text.length,
        max: TEXT_LIMIT,
      }),
    );
    return;
  }
  const { store } = ctx.deps.broadcasts;
  const record = await store.createPreview({
    adminId: ctx.from!.id,
    locale: ctx.locale,
    text: body.text,
    entities: body.entities,
  });
  const count = await store.countRecipients();
  await ctx.reply(ctx.t("broadcast-preview", { count }));
  await ctx.reply(body.text, {
    entities: body.entities,
    reply_markup: broadcastPreviewKeyboard(ctx.t, record.id),
  });
});

composer.callbackQuery(
  broadcastData.pattern,
  decoded(broadcastData, async (ctx: BotContext, { action, id }) => {
    if (!isAdmin(ctx)) return void await ctx.answerCallbackQuery();
    if (action === "send") await send(ctx, id);
    else await cancel(ctx, id);
  }),
);

async function send(ctx: BotContext, id: string): Promise<void> {
  const started = await ctx.deps.broadcasts.begin(id);
  if (started.ok) {
    await ctx.answerCallbackQuery({ text: ctx.t("broadcast-starting") });
    await dropButtons(ctx);
  } else if (started.reason === "busy") {
    await ctx.answerCallbackQuery({
      text: ctx.t("broadcast-busy"),
      show_alert: true,
    });
  } else {
    await ctx.answerCallbackQuery({ text: ctx.t("broadcast-expired") });
    await dropButtons(ctx);
  }
}

/** Cancel under a preview, Stop under the progress: the store tells which it was. */
async function cancel(ctx: BotContext, id: string): Promise<void> {
  const outcome = await ctx.deps.broadcasts.store.cancel(id);
  if (!outcome.ok) {
    await ctx.answerCallbackQuery({ text: ctx.t("broadcast-expired") });
    await dropButtons(ctx);
  } else if (outcome.status === "stopped") {
    await ctx.answerCallbackQuery({ text: ctx.t("broadcast-cancelled") });
    await dropButtons(ctx);
  } else {
    await ctx.answerCallbackQuery({ text: ctx.t("broadcast-stopping") });
  }
}

/** The preview's buttons go once it is sent or cancelled (best effort). */
async function dropButtons(ctx: BotContext): Promise<void> {
  await ctx.editMessageReplyMarkup({ reply_markup: undefined }).catch(() => {});
}

export { composer as broadcastFeature };
