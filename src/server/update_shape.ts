/**
 * Is a webhook body a Telegram update? The parts the bot reads are checked
 * (ids, chat, sender, text, entities, callback data); everything else passes
 * as Telegram sent it.
 *
 * @module
 */
import type { Update } from "grammy/types";
import { z } from "zod";

/** The update kinds the bot handles; any other kind is acknowledged and ignored. */
export const HANDLED_UPDATE_KINDS = [
  "message",
  "edited_message",
  "callback_query",
  "inline_query",
  "chosen_inline_result",
] as const;

/** Telegram's limit on an inline button's callback data, in bytes. */
export const CALLBACK_DATA_MAX_BYTES = 64;

/** What {@linkcode parseUpdate} makes of a body. */
export type UpdateCheck =
  | { ok: true; handled: true; update: Update }
  /** A kind the bot did not ask for, with a valid `update_id`. */
  | { ok: true; handled: false; updateId: number; kind: string }
  /** Not an update: `reason` names the field and the rule, never the value. */
  | { ok: false; reason: string };

const id = z.int();
const entity = z.object({
  type: z.string(),
  offset: z.int().min(0),
  length: z.int().min(0),
});
const user = z.object({
  id,
  is_bot: z.boolean(),
  first_name: z.string(),
  last_name: z.string().optional(),
  username: z.string().optional(),
  language_code: z.string().optional(),
});
const chat = z.object({
  id,
  type: z.enum(["private", "group", "supergroup", "channel"]),
  title: z.string().optional(),
  username: z.string().optional(),
  first_name: z.string().optional(),
  is_forum: z.boolean().optional(),
});
// The media fields the bot reads (src/features/media.ts): ids, sizes, types, names.
const fileFields = {
  file_id: z.string(),
  file_size: z.int().min(0).optional(),
  mime_type: z.string().optional(),
};
const photoSize = z.object({
  ...fileFields,
  width: z.int().min(0),
  height: z.int().min(0),
});
const recording = z.object({ ...fileFields, duration: z.int().min(0) });
const messageFields = {
  message_id: id,
  date: z.int(),
  chat,
  from: user.optional(),
  sender_chat: chat.optional(),
  message_thread_id: id.optional(),
  text: z.string().optional(),
  caption: z.string().optional(),
  entities: z.array(entity).optional(),
  caption_entities: z.array(entity).optional(),
  photo: z.array(photoSize).optional(),
  voice: recording.optional(),
  audio: recording.extend({ file_name: z.string().optional() }).optional(),
  video_note: recording.optional(),
  document: z.object({ ...fileFields, file_name: z.string().optional() })
    .optional(),
  media_group_id: z.string().optional(),
};
// A replied-to message may be a channel post, without a sender.
const repliedMessage = z.object(messageFields);
// A message a user sent always has a sender (a channel's, for posts on its behalf).
const message = z.object({
  ...messageFields,
  from: user,
  reply_to_message: repliedMessage.optional(),
});
const callbackData = z.string().refine(
  (data) => new TextEncoder().encode(data).length <= CALLBACK_DATA_MAX_BYTES,
  { message: `longer than ${CALLBACK_DATA_MAX_BYTES} bytes` },
);
const callbackQuery = z.object({
  id: z.string(),
  from: user,
  // An inaccessible message (too old) has the same id, chat and date 0.
  message: repliedMessage.optional(),
  inline_message_id: z.string().optional(),
  chat_instance: z.string().optional(),
  data: callbackData.optional(),
});
const inlineQuery = z.object({
  id: z.string(),
  from: user,
  query: z.string(),
  offset: z.string(),
});
const chosenInlineResult = z.object({
  result_id: z.string(),
  from: user,
  query: z.string(),
  inline_message_id: z.string().optional(),
});
const envelope = z.object({ update_id: z.int().min(0) });
const handled = z.object({
  update_id: z.int().min(0),
  message: message.optional(),
  edited_message: message.optional(),
  callback_query: callbackQuery.optional(),
  inline_query: inlineQuery.optional(),
  chosen_inline_result: chosenInlineResult.optional(),
});

/**
 * Check a parsed JSON body. Unknown fields are kept: the update passed on is
 * the body itself, not a stripped copy.
 *
 * @example
 * ```ts ignore
 * const checked = parseUpdate(JSON.parse(body));
 * if (!checked.ok) return new Response(checked.reason, { status: 400 });
 * ```
 */
export function parseUpdate(body: unknown): UpdateCheck {
  if (typeof body !== "object" || body === null || Array.isArray(body)) {
    return { ok: false, reason: "the body is not a JSON object" };
  }
  const head = envelope.safeParse(body);
  if (!head.success) return { ok: false, reason: describeIssue(head.error) };
  const kinds = Object.keys(body).filter((key) => key !== "update_id");
  const known = kinds.filter((kind) =>
    (HANDLED_UPDATE_KINDS as readonly string[]).includes(kind)
  );
  if (known.length === 0) {
    return {
      ok: true,
      handled: false,
      updateId: head.data.update_id,
      kind: kinds[0] ?? "none",
    };
  }
  const full = handled.safeParse(body);
  if (!full.success) return { ok: false, reason: describeIssue(full.error) };
  // Checked above where the bot reads it; the rest is Telegram's as sent.
  return { ok: true, handled: true, update: body as Update };
}

function describeIssue(error: z.ZodError): string {
  const issue = error.issues[0];
  const path = issue.path.length === 0 ? "the body" : issue.path.join(".");
  return `${path}: ${issue.message}`;
}
