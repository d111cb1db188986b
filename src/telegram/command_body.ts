/**
 * The text after a command, with its formatting: for `/broadcast <text>`,
 * what the admin wrote after the command, bold and links kept.
 *
 * @module
 */
import type { MessageEntity } from "grammy/types";

/** The text after a command and the entities inside it, their offsets moved to the body. */
export interface CommandBody {
  text: string;
  entities: MessageEntity[];
}

/**
 * What follows the command at the start of `text` (white space around it
 * trimmed), with the entities that lie inside it; entities that straddle the
 * cut are clipped. Offsets are UTF-16 code units, as Telegram counts them.
 *
 * @example
 * ```ts
 * import { commandBody } from "./command_body.ts";
 * commandBody("/broadcast Hi all", [{ type: "bot_command", offset: 0, length: 10 }]);
 * // { text: "Hi all", entities: [] }
 * ```
 */
export function commandBody(
  text: string,
  entities: readonly MessageEntity[] = [],
): CommandBody {
  const command = entities.find((e) =>
    e.type === "bot_command" && e.offset === 0
  );
  const afterCommand = command?.length ?? 0;
  const rest = text.slice(afterCommand);
  const start = afterCommand + (rest.length - rest.trimStart().length);
  const body = text.slice(start).trimEnd();
  const end = start + body.length;
  const moved: MessageEntity[] = [];
  for (const entity of entities) {
    if (entity === command) continue;
    const from = Math.max(entity.offset, start);
    const to = Math.min(entity.offset + entity.length, end);
    if (to <= from) continue;
    moved.push({ ...entity, offset: from - start, length: to - from });
  }
  return { text: body, entities: moved };
}
