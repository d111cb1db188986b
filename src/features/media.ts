/**
 * Every way besides text that people bring an idea: voice notes, audio files
 * and video notes (transcribed), photos, image documents and albums (read
 * by a vision model), text files (read as the prompt). Each becomes a
 * durable job like a text prompt, holding file ids only (see
 * src/jobs/media_input.ts); what can be refused without downloading
 * anything (too long, too large, no key, a file kind it cannot read) is
 * refused here in one sentence. Stickers, GIFs and locations get a friendly
 * line. A reply to a transcript is a corrected prompt.
 *
 * In a private chat every such message counts; in a group, one that replies
 * to the bot or mentions it in its caption.
 *
 * @module
 */
import { FeatureComposer } from "../telegram/composer.ts";
import type { Filter } from "grammy";
import type { Document, Message, PhotoSize } from "grammy/types";
import type { BotContext } from "../context.ts";
import { MAX_PROMPT_CHARS } from "../enhance/validate.ts";
import {
  choosePhotoSize,
  MAX_IMAGE_BYTES,
  MAX_TEXT_FILE_BYTES,
  type MediaPipeline,
} from "../jobs/media_input.ts";
import type { JobMedia, MediaFile } from "../storage/job_media.ts";
import { formatDuration } from "../util/durations.ts";
import { requestEnhancement } from "./enhance.ts";

const composer = new FeatureComposer<BotContext>();

/** MIME types of pictures a vision model reads. */
const IMAGE_TYPES = new Set([
  "image/jpeg",
  "image/png",
  "image/webp",
  "image/gif",
]);

/** Extensions of the text files read as a prompt. */
const TEXT_EXTENSIONS = /\.(?:txt|md|markdown)$/i;

type MessageContext = Filter<BotContext, "message">;

// A reply to a transcript is a corrected prompt: a new enhancement of the
// reply's text, ahead of any other handling of replies to the bot.
composer.on("message:text", async (ctx, next) => {
  const replied = ctx.msg.reply_to_message;
  const media = ctx.deps.media;
  if (
    media === undefined || replied?.from?.id !== ctx.me.id ||
    ctx.msg.text.startsWith("/")
  ) return await next();
  const now = ctx.deps.clock.now();
  const shown = await media.store.transcript(
    ctx.chat.id,
    replied.message_id,
    now,
  );
  if (shown === null) return await next();
  await requestEnhancement(ctx, ctx.msg.text);
});

composer.on(
  ["message:voice", "message:audio", "message:video_note"],
  async (ctx, next) => {
    if (!addressed(ctx)) return await next();
    const msg = ctx.msg;
    const audio = msg.voice ?? msg.audio ?? msg.video_note!;
    const mime = msg.voice?.mime_type ?? msg.audio?.mime_type ??
      (msg.video_note ? "video/mp4" : undefined);
    await requestVoice(ctx, {
      fileId: audio.file_id,
      ...(audio.file_size === undefined ? {} : { size: audio.file_size }),
      ...(mime === undefined ? {} : { mime }),
      ...(msg.audio?.file_name ? { name: msg.audio.file_name } : {}),
    }, audio.duration);
  },
);

composer.on("message:photo", async (ctx, next) => {
  if (!addressed(ctx)) return await next();
  const media = ctx.deps.media;
  if (media === undefined || !media.sees) {
    return await answer(ctx, ctx.t("photo-offline"));
  }
  const size = choosePhotoSize<PhotoSize>(
    ctx.msg.photo,
    media.limits.visionMaxPixels,
  );
  if (size === undefined) return await next();
  await requestPicture(ctx, media, {
    fileId: size.file_id,
    ...(size.file_size === undefined ? {} : { size: size.file_size }),
    mime: "image/jpeg",
    width: size.width,
    height: size.height,
  });
});

// Before documents: Telegram also sends a GIF's file as `document`.
composer.chatType("private").on("message:animation", async (ctx) => {
  await ctx.reply(ctx.t("animation-reply"));
});

composer.on("message:document", async (ctx, next) => {
  if (!addressed(ctx)) return await next();
  const doc = ctx.msg.document;
  const file: MediaFile = {
    fileId: doc.file_id,
    ...(doc.file_size === undefined ? {} : { size: doc.file_size }),
    ...(doc.mime_type === undefined ? {} : { mime: doc.mime_type }),
    ...(doc.file_name === undefined ? {} : { name: doc.file_name }),
  };
  const media = ctx.deps.media;
  switch (documentKind(doc)) {
    case "text":
      return await requestTextFile(ctx, file);
    case "image":
      if (media === undefined || !media.sees) {
        return await answer(ctx, ctx.t("photo-offline"));
      }
      return await requestPicture(ctx, media, file);
    case "audio":
      return await requestVoice(ctx, file, undefined);
    default:
      await answer(ctx, ctx.t("document-unsupported"));
  }
});

const privateChats = composer.chatType("private");
privateChats.on("message:sticker", async (ctx) => {
  await ctx.reply(ctx.t("sticker-reply"));
});
privateChats.on(["message:location", "message:venue"], async (ctx) => {
  await ctx.reply(ctx.t("location-reply"));
});
privateChats.on(
  ["message:video", "message:contact", "message:poll", "message:dice"],
  async (ctx) => {
    await ctx.reply(ctx.t("media-unsupported"));
  },
);

/** A voice note or audio file: refused at once when it cannot be transcribed, else a job. */
async function requestVoice(
  ctx: MessageContext,
  file: MediaFile,
  duration: number | undefined,
): Promise<void> {
  const media = ctx.deps.media;
  if (media === undefined || !media.transcribes) {
    return await answer(ctx, ctx.t("voice-no-keys"));
  }
  const maxSeconds = media.limits.voiceMaxSeconds;
  if (duration !== undefined && duration > maxSeconds) {
    const max = formatDuration(maxSeconds * 1000, { locale: ctx.t.locale });
    return await answer(ctx, ctx.t("voice-too-long", { max }));
  }
  if ((file.size ?? 0) > media.maxFileBytes) {
    return await answer(
      ctx,
      ctx.t("voice-too-large", { max: megabytes(media.maxFileBytes) }),
    );
  }
  await requestEnhancement(ctx, "", {
    media: {
      kind: "voice",
      files: [file],
      messageId: ctx.msg.message_id,
      ...(duration === undefined ? {} : { duration }),
    },
  });
}

/**
 * A picture, alone or part of an album: the album's first part starts the
 * request, which collects the others from KV; later parts are only
 * recorded, unless the album was already answered.
 */
async function requestPicture(
  ctx: MessageContext,
  media: MediaPipeline,
  file: MediaFile,
): Promise<void> {
  const limit = Math.min(MAX_IMAGE_BYTES, media.maxFileBytes);
  if ((file.size ?? 0) > limit) {
    return await answer(
      ctx,
      ctx.t("photo-too-large", { max: megabytes(limit) }),
    );
  }
  const caption = captionOf(ctx);
  const albumId = ctx.msg.media_group_id;
  let job: JobMedia = {
    kind: "photo",
    files: [file],
    messageId: ctx.msg.message_id,
  };
  if (albumId !== undefined) {
    const part = await media.store.addAlbumPart(ctx.chat.id, albumId, {
      userId: ctx.from.id,
      file,
      caption,
      now: ctx.deps.clock.now(),
    });
    if (part.ok && !part.first) return;
    if (part.ok) job = { ...job, albumId };
  }
  await requestEnhancement(ctx, caption, { media: job });
}

/** A text file: refused at once when it is longer than a prompt can be, else a job. */
async function requestTextFile(
  ctx: MessageContext,
  file: MediaFile,
): Promise<void> {
  if ((file.size ?? 0) > MAX_TEXT_FILE_BYTES) {
    return await answer(
      ctx,
      ctx.t("document-too-large", { max: MAX_PROMPT_CHARS }),
    );
  }
  await requestEnhancement(ctx, captionOf(ctx), {
    media: { kind: "document", files: [file], messageId: ctx.msg.message_id },
  });
}

/** What a document is to the bot, by its MIME type and name. */
function documentKind(doc: Document): "text" | "image" | "audio" | null {
  const mime = doc.mime_type?.toLowerCase() ?? "";
  if (mime.startsWith("text/") || TEXT_EXTENSIONS.test(doc.file_name ?? "")) {
    return "text";
  }
  if (IMAGE_TYPES.has(mime)) return "image";
  if (mime.startsWith("audio/")) return "audio";
  return null;
}

/** Whether the message is for the bot: any in a private chat; in a group, a reply to it or a caption mentioning it. */
function addressed(ctx: MessageContext): boolean {
  if (ctx.chat.type === "private") return true;
  if (ctx.msg.reply_to_message?.from?.id === ctx.me.id) return true;
  return mentionOf(ctx) !== undefined;
}

/** The caption, without the mention of the bot that addressed it. */
function captionOf(ctx: MessageContext): string {
  const caption = ctx.msg.caption ?? "";
  const mention = mentionOf(ctx);
  if (mention === undefined) return caption.trim();
  return (caption.slice(0, mention.offset) +
    caption.slice(mention.offset + mention.length)).trim();
}

function mentionOf(ctx: MessageContext) {
  const caption = ctx.msg.caption ?? "";
  const name = `@${ctx.me.username}`.toLowerCase();
  return ctx.msg.caption_entities?.find((e) =>
    e.type === "mention" &&
    caption.slice(e.offset, e.offset + e.length).toLowerCase() === name
  );
}

/** A refusal, replying to the message in a group. */
async function answer(ctx: MessageContext, text: string): Promise<void> {
  const group = ctx.chat.type !== "private";
  await ctx.reply(text, group ? { reply_parameters: replyTo(ctx.msg) } : {});
}

function replyTo(msg: Message) {
  return { message_id: msg.message_id, allow_sending_without_reply: true };
}

/** Bytes as whole megabytes, for the texts. */
function megabytes(bytes: number): number {
  return Math.floor(bytes / (1024 * 1024));
}

export { composer as mediaFeature };
