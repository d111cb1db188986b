/**
 * The Ukrainian, Polish, Indonesian, Persian, Arabic, Chinese and Hindi
 * translations: plural forms resolve to the right words for each count,
 * numbers are formatted for the locale, nothing falls back to English, and
 * texts that can be shown as a button alert fit Telegram's 200 characters.
 */
import assert from "node:assert/strict";
import { createI18n } from "../../src/ui/i18n.ts";
import type { LocaleCode } from "../../src/ui/locales.ts";
import { aiUnavailableText, limitMessage } from "../../src/ui/texts.ts";
import type { RateLimitName } from "../../src/storage/rate_limiter.ts";

const i18n = createI18n();
const LOCALES = ["uk", "pl", "id", "fa", "ar", "zh", "hi"] as const;
const NON_LATIN = new Set<string>(["uk", "fa", "ar", "zh", "hi"]);

/** `count` as the locale writes it: "1 234" in Ukrainian, "۲۱" in Persian. */
function num(locale: string, count: number): string {
  return new Intl.NumberFormat(locale).format(count);
}

/**
 * What `history-cleared` must contain for each count, per locale: the number
 * as the locale formats it next to the noun in the plural form CLDR picks
 * for it. Where a language says the count in words (Arabic "موجّه واحد",
 * "موجّهَين"; "یک"/"एक" for one), the words are expected instead.
 */
const CLEARED: Record<
  (typeof LOCALES)[number],
  Array<[count: number, expected: (n: string) => string]>
> = {
  uk: [
    [1, (n) => `${n} промпт.`],
    [2, (n) => `${n} промпти.`],
    [5, (n) => `${n} промптів.`],
    [11, (n) => `${n} промптів.`],
    [21, (n) => `${n} промпт.`],
    [22, (n) => `${n} промпти.`],
    [1234, (n) => `${n} промпти.`],
  ],
  pl: [
    [1, (n) => `${n} prompt z`],
    [2, (n) => `${n} prompty z`],
    [5, (n) => `${n} promptów z`],
    [21, (n) => `${n} promptów z`],
    [22, (n) => `${n} prompty z`],
    [1234, (n) => `${n} prompty z`],
  ],
  id: [
    [1, (n) => `${n} prompt dihapus`],
    [2, (n) => `${n} prompt dihapus`],
    [5, (n) => `${n} prompt dihapus`],
    [21, (n) => `${n} prompt dihapus`],
    [1234, (n) => `${n} prompt dihapus`],
  ],
  fa: [
    [0, () => "هیچ پرامپتی"],
    [1, () => "یک پرامپت"],
    [2, (n) => `${n} پرامپت`],
    [5, (n) => `${n} پرامپت`],
    [21, (n) => `${n} پرامپت`],
    [1234, (n) => `${n} پرامپت`],
  ],
  ar: [
    [0, () => "لم يُحذف أي موجّه"],
    [1, () => "موجّه واحد"],
    [2, () => "موجّهَين"],
    [5, (n) => `${n} موجّهات`],
    [10, (n) => `${n} موجّهات`],
    [11, (n) => `${n} موجّهًا`],
    [21, (n) => `${n} موجّهًا`],
    [100, (n) => `${n} موجّه من`],
    [1234, (n) => `${n} موجّهًا`],
  ],
  zh: [
    [1, (n) => `删除${n}条提示词`],
    [2, (n) => `删除${n}条提示词`],
    [5, (n) => `删除${n}条提示词`],
    [21, (n) => `删除${n}条提示词`],
    [1234, (n) => `删除${n}条提示词`],
  ],
  hi: [
    [0, () => "कोई प्रॉम्प्ट नहीं"],
    [1, () => "एक प्रॉम्प्ट मिटा दिया गया"],
    [2, (n) => `${n} प्रॉम्प्ट मिटा दिए गए`],
    [5, (n) => `${n} प्रॉम्प्ट मिटा दिए गए`],
    [21, (n) => `${n} प्रॉम्प्ट मिटा दिए गए`],
    [1234, (n) => `${n} प्रॉम्प्ट मिटा दिए गए`],
  ],
};

/** Plural messages and the variable their select expression reads. */
const PLURALS: Array<[id: string, variable: string]> = [
  ["history-cleared", "count"],
  ["history-clear-confirm", "count"],
  ["help-history", "limit"],
  ["history-heading", "total"],
  ["answer-cut-caption", "parts"],
  ["limit-burst", "max"],
  ["limit-daily", "max"],
  ["limit-global", "max"],
  ["limit-share", "max"],
];

/** Words of the English source that must not survive in a translation. */
const ENGLISH = /\b(the|your|deleted|history|prompts|again|minute)\b/i;

for (const locale of LOCALES) {
  const t = i18n.translator(locale as LocaleCode);

  Deno.test(`${locale}: history-cleared picks the plural form of each count and formats the number`, () => {
    assert.ok(i18n.isLocale(locale), `${locale} is shipped`);
    for (const [count, expected] of CLEARED[locale]) {
      const text = t("history-cleared", { count });
      const want = expected(num(locale, count));
      assert.ok(
        text.includes(want),
        `${locale} ${count}: ${JSON.stringify(text)} lacks ${
          JSON.stringify(want)
        }`,
      );
    }
  });

  Deno.test(`${locale}: plural messages are translated for 1, 2, 5 and 21, never English`, () => {
    for (const [id, variable] of PLURALS) {
      for (const count of [1, 2, 5, 21]) {
        const args = { [variable]: count, page: 1, pages: 3, wait: "1 min" };
        const text = t(id, args);
        const english = i18n.t("en", id, args);
        assert.notEqual(text, english, `${locale} ${id} ${count}`);
        // Command names (/history) and the product name stay as they are.
        const words = text.replaceAll(/\/[a-z]+|Promptsmith/g, "");
        assert.doesNotMatch(words, ENGLISH, `${locale} ${id} ${count}`);
        if (NON_LATIN.has(locale)) {
          assert.doesNotMatch(words, /prompt/i, `${locale} ${id} ${count}`);
        }
        if (count !== 1 && !(locale === "ar" && count === 2)) {
          assert.ok(
            text.includes(num(locale, count)),
            `${locale} ${id} ${count}: ${JSON.stringify(text)}`,
          );
        }
      }
    }
  });

  Deno.test(`${locale}: texts shown as a button alert fit Telegram's 200 characters`, () => {
    // A tapped retry answers with the limit that refused it, "busy", or when
    // the AI is back (src/features/enhance.ts); the longest wait is a day.
    const now = Date.UTC(2025, 2, 10, 0, 1, 0);
    const alerts = [t("enhance-busy")];
    for (const limit of ["burst", "daily", "global", "share"]) {
      for (const max of [1, 2, 3, 5, 11, 21, 22, 100, 1000, 100_000]) {
        alerts.push(limitMessage(t, {
          ok: false,
          notify: true,
          limit: limit as RateLimitName,
          max,
          retryAt: now + 23 * 3_600_000 + 59 * 60_000,
        }, now));
      }
    }
    for (const retryAt of [null, now + 3_600_000]) {
      alerts.push(aiUnavailableText(t, {
        retryAt,
        now,
        checkEveryMs: 180_000,
        waitsForMs: 3_600_000,
      }));
    }
    for (const text of alerts) {
      assert.ok(text.length <= 200, `${text.length}: ${text}`);
    }
  });
}
