import assert from "node:assert/strict";
import { GrammyError, HttpError } from "grammy";
import {
  errorFields,
  isTransientFailure,
} from "../../src/middleware/update_errors.ts";

function refused(code: number, description: string): GrammyError {
  return new GrammyError(
    `Call to 'sendMessage' failed! (${code}: ${description})`,
    { ok: false, error_code: code, description },
    "sendMessage",
    { chat_id: 5_550_001, text: "the user's text" },
  );
}

Deno.test("isTransientFailure() is true for an unreachable or failing Telegram and a locked or closed KV", () => {
  const network = new HttpError(
    "Network request for 'sendMessage' failed!",
    new TypeError("error sending request"),
  );
  assert.equal(isTransientFailure(network), true);
  assert.equal(isTransientFailure(refused(502, "Bad Gateway")), true);
  assert.equal(isTransientFailure(new Error("database is locked")), true);
  assert.equal(
    isTransientFailure(
      new Error("Cannot claim update 1", {
        cause: new Error("database is busy"),
      }),
    ),
    true,
  );
  assert.equal(isTransientFailure(new Deno.errors.BadResource("closed")), true);
});

Deno.test("isTransientFailure() is false for Telegram's refusals and for bugs", () => {
  for (const code of [400, 403, 404, 429]) {
    assert.equal(isTransientFailure(refused(code, "no")), false, String(code));
  }
  assert.equal(isTransientFailure(new TypeError("x is not a function")), false);
  assert.equal(isTransientFailure("a string"), false);
  assert.equal(isTransientFailure(undefined), false);
});

Deno.test("errorFields() gives class, method, code and description, never the payload", () => {
  const fields = errorFields(
    refused(403, "Forbidden: bot was blocked by the user"),
  );
  assert.deepEqual(fields, {
    errorClass: "GrammyError",
    method: "sendMessage",
    code: 403,
    description: "Forbidden: bot was blocked by the user",
  });
  assert.ok(!JSON.stringify(fields).includes("the user's text"));
  const network = errorFields(
    new HttpError(
      "Network request for 'getMe' failed!",
      new TypeError("https://api.telegram.org/bot123:SECRET/getMe"),
    ),
  );
  assert.deepEqual(network, {
    errorClass: "HttpError",
    description: "Network request for 'getMe' failed!",
  });
  assert.equal(errorFields(new Error("x".repeat(500))).description.length, 200);
  assert.deepEqual(errorFields(42), {
    errorClass: "number",
    description: "a non-Error was thrown",
  });
});
