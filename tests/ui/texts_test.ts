import assert from "node:assert/strict";
import { createI18n } from "../../src/ui/i18n.ts";
import {
  aiUnavailableText,
  limitMessage,
  rejectionText,
} from "../../src/ui/texts.ts";

const i18n = createI18n();
const en = i18n.translator("en");
const MIDNIGHT = Date.UTC(2025, 2, 11);

Deno.test("limitMessage() names the limit and when to try again", () => {
  const now = Date.UTC(2025, 2, 10, 18, 48, 0);
  const refusal = { ok: false, notify: true } as const;
  assert.equal(
    limitMessage(
      en,
      { ...refusal, limit: "daily", max: 50, retryAt: MIDNIGHT },
      now,
    ),
    "You've reached your daily limit of 50 prompts. It resets in 5 hr 12 min (at 00:00 UTC).",
  );
  assert.equal(
    limitMessage(en, {
      ...refusal,
      limit: "burst",
      max: 5,
      retryAt: now + 39_200,
    }, now),
    "You're sending prompts too quickly: the limit is 5 prompts per minute. Try again in 40 sec.",
  );
  assert.equal(
    limitMessage(en, {
      ...refusal,
      limit: "global",
      max: 1,
      retryAt: now + 61_000,
    }, now),
    "Promptsmith is at its limit of one prompt per minute for everyone right now. Try again in 2 min.",
  );
  assert.match(
    limitMessage(en, {
      ...refusal,
      limit: "daily",
      max: 3,
      retryAt: now + 2 * 3_600_000,
    }, now),
    /resets in 2 hr \(at 00:00 UTC\)/,
  );
  assert.equal(
    limitMessage(en, {
      ...refusal,
      limit: "share",
      max: 60,
      retryAt: now + 25_000,
    }, now),
    "Many people are sending prompts right now, so Promptsmith shares its 60 prompts per minute fairly, and you've had your share for this minute. Try again in 25 sec.",
  );
});

Deno.test("aiUnavailableText() says when the next try is possible, under Telegram's 200-character alert limit", () => {
  const now = 1_000_000;
  const soon = aiUnavailableText(en, {
    retryAt: now + 4 * 60_000,
    now,
    checkEveryMs: 180_000,
    waitsForMs: 3_600_000,
  });
  assert.match(soon, /in about 4 min/);
  const parked = aiUnavailableText(en, {
    retryAt: null,
    now,
    checkEveryMs: 180_000,
    waitsForMs: 3_600_000,
  });
  assert.match(parked, /once a key check succeeds \(every 3 min\)/);
  for (const locale of i18n.locales) {
    const t = i18n.translator(locale);
    for (const retryAt of [null, now + 3_600_000]) {
      const text = aiUnavailableText(t, {
        retryAt,
        now,
        checkEveryMs: 180_000,
        waitsForMs: 3_600_000,
      });
      assert.ok(text.length <= 200, `${locale}: ${text.length} characters`);
    }
  }
});

Deno.test("rejectionText() explains a refusal, and any unknown reason as an invalid request", () => {
  assert.match(rejectionText(en, "content_policy"), /content policy/);
  assert.equal(
    rejectionText(en, undefined),
    rejectionText(en, "invalid_request"),
  );
});
