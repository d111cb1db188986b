/**
 * What the role, access and privacy tests share: the cast (an owner, a
 * seeded admin, a moderator, a trusted user, users), and updates replying to
 * someone's message.
 *
 * @module
 */
import type { Message } from "grammy/types";
import type { UpdateDraft } from "../fakes/telegram_api.ts";
import { textUpdate, type TextUpdateOptions } from "../fakes/updates.ts";

export const OWNER = 1_000_001;
/** In ADMIN_IDS. */
export const ADMIN = 1_000_002;
export const MODERATOR = 1_000_003;
export const TRUSTED = 1_000_004;
export const USER = 1_000_005;
export const OTHER = 1_000_006;

/** The env of a bot with that cast's owner and seeded admin. */
export const ROLE_ENV = {
  OWNER_ID: String(OWNER),
  ADMIN_IDS: String(ADMIN),
} as const;

/** A text message of `options.userId` replying to a message of `to` in the same chat. */
export function replyingTo(
  to: number,
  options: TextUpdateOptions,
): UpdateDraft {
  const update = textUpdate(options);
  const message = update.message!;
  message.reply_to_message = {
    message_id: 500 + (to % 100),
    from: { id: to, is_bot: false, first_name: "Target" },
    chat: message.chat,
    date: message.date,
    text: "something to moderate",
  } as Message["reply_to_message"];
  return update;
}
