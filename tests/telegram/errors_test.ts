import assert from "node:assert/strict";
import { GrammyError } from "grammy";
import {
  CHAT_REFUSES,
  isRefusal,
  MESSAGE_GONE,
  NOT_MODIFIED,
} from "../../src/telegram/errors.ts";

function refusal(code: number, description: string): GrammyError {
  return new GrammyError(
    "Call failed",
    { ok: false, error_code: code, description },
    "editMessageText",
    {},
  );
}

Deno.test("isRefusal() matches Telegram's code and description, nothing else", () => {
  const notModified = refusal(
    400,
    "Bad Request: message is not modified: specified new message content and reply markup are exactly the same",
  );
  assert.ok(isRefusal(notModified, NOT_MODIFIED));
  assert.ok(!isRefusal(notModified, MESSAGE_GONE));
  assert.ok(
    isRefusal(
      refusal(400, "Bad Request: message to edit not found"),
      MESSAGE_GONE,
    ),
  );
  assert.ok(
    isRefusal(
      refusal(403, "Forbidden: bot was blocked by the user"),
      CHAT_REFUSES,
    ),
  );
  assert.ok(
    !isRefusal(refusal(429, "Too Many Requests: retry after 5"), CHAT_REFUSES),
  );
  assert.ok(
    !isRefusal(new Error("message is not modified"), NOT_MODIFIED),
    "not from Telegram",
  );
});
