/**
 * The Russian, Spanish, Portuguese, German, French, Italian and Turkish
 * translations: plural variants resolve to the right form for each language's
 * CLDR categories (not to English), and texts shown as button alerts stay
 * within Telegram's 200 characters.
 */
import assert from "node:assert/strict";
import { createI18n, type MessageArgs } from "../../src/ui/i18n.ts";
import type { LocaleCode } from "../../src/ui/locales.ts";
import { aiUnavailableText, limitMessage } from "../../src/ui/texts.ts";
import { KEY_HEALTH_INTERVAL_MS } from "../../src/llm/key_health.ts";
import { RETRY_WAIT_TTL_MS } from "../../src/storage/job_store.ts";

const LANGUAGES = ["ru", "es", "pt", "de", "fr", "it", "tr"] as const;
type Language = typeof LANGUAGES[number];

/** Words that only English output has; "prompt" is a loanword in most of these languages, so it is banned only where the translation uses another word. */
const ENGLISH_ONLY: Record<Language, RegExp> = {
  ru: /\b(prompts?|deleted|from|your|history|minute)\b/i,
  tr: /\b(prompts?|deleted|from|your|history|minute)\b/i,
  es: /\b(deleted|from|your|history|minute)\b/i,
  pt: /\b(deleted|from|your|history|minute)\b/i,
  de: /\b(deleted|from|your|history)\b/i,
  fr: /\b(deleted|from|your|history)\b/i,
  it: /\b(deleted|from|your|history|minute)\b/i,
};

/**
 * The noun phrase each count must come out with. Russian picks one for 1 and
 * 21, few for 2, many for 5; the others one for 1 and other for the rest
 * (Turkish keeps the noun singular after any number; Italian "prompt" is
 * invariable, but its participle agrees).
 */
const CLEARED: Record<Language, Record<1 | 2 | 5 | 21, string>> = {
  ru: {
    1: "удалён 1 промпт.",
    2: "удалено 2 промпта.",
    5: "удалено 5 промптов.",
    21: "удалён 21 промпт.",
  },
  es: {
    1: "Se borró 1 prompt de",
    2: "Se borraron 2 prompts de",
    5: "Se borraron 5 prompts de",
    21: "Se borraron 21 prompts de",
  },
  pt: {
    1: "1 prompt apagado",
    2: "2 prompts apagados",
    5: "5 prompts apagados",
    21: "21 prompts apagados",
  },
  de: {
    1: "1 Prompt aus",
    2: "2 Prompts aus",
    5: "5 Prompts aus",
    21: "21 Prompts aus",
  },
  fr: {
    1: "1 prompt supprimé ",
    2: "2 prompts supprimés ",
    5: "5 prompts supprimés ",
    21: "21 prompts supprimés ",
  },
  it: {
    1: "1 prompt eliminato ",
    2: "2 prompt eliminati ",
    5: "5 prompt eliminati ",
    21: "21 prompt eliminati ",
  },
  tr: {
    1: "1 istem silindi",
    2: "2 istem silindi",
    5: "5 istem silindi",
    21: "21 istem silindi",
  },
};

/** "N prompts per minute" in each language; 1 is spelled out where that is natural. */
const PER_MINUTE: Record<Language, Record<1 | 2 | 5 | 21, string>> = {
  ru: {
    1: "1 промпт в минуту",
    2: "2 промпта в минуту",
    5: "5 промптов в минуту",
    21: "21 промпт в минуту",
  },
  es: {
    1: "un prompt por minuto",
    2: "2 prompts por minuto",
    5: "5 prompts por minuto",
    21: "21 prompts por minuto",
  },
  pt: {
    1: "um prompt por minuto",
    2: "2 prompts por minuto",
    5: "5 prompts por minuto",
    21: "21 prompts por minuto",
  },
  de: {
    1: "ein Prompt pro Minute",
    2: "2 Prompts pro Minute",
    5: "5 Prompts pro Minute",
    21: "21 Prompts pro Minute",
  },
  fr: {
    1: "d’un prompt par minute",
    2: "2 prompts par minute",
    5: "5 prompts par minute",
    21: "21 prompts par minute",
  },
  it: {
    1: "un prompt al minuto",
    2: "2 prompt al minuto",
    5: "5 prompt al minuto",
    21: "21 prompt al minuto",
  },
  tr: {
    1: "dakikada bir istem",
    2: "dakikada 2 istem",
    5: "dakikada 5 istem",
    21: "dakikada 21 istem",
  },
};

const COUNTS = [1, 2, 5, 21] as const;

/** The text without command names (/history), which stay English in every language. */
function prose(text: string): string {
  return text.replaceAll(/\/[a-z]+/g, "");
}

function formatter(language: Language) {
  const errors: Error[] = [];
  const i18n = createI18n({ onError: (_, error) => errors.push(error) });
  const locale = language as LocaleCode;
  return {
    errors,
    t: (id: string, args?: MessageArgs) => i18n.t(locale, id, args),
    en: (id: string, args?: MessageArgs) => i18n.t("en", id, args),
    translator: i18n.translator(locale),
  };
}

for (const language of LANGUAGES) {
  Deno.test(`${language}: history-cleared takes the plural form of each count`, () => {
    const { t, en, errors } = formatter(language);
    for (const count of COUNTS) {
      const text = t("history-cleared", { count });
      assert.ok(text.includes(String(count)), `${count}: ${text}`);
      assert.ok(text.includes(CLEARED[language][count]), `${count}: ${text}`);
      assert.doesNotMatch(prose(text), ENGLISH_ONLY[language]);
      assert.notEqual(text, en("history-cleared", { count }));
    }
    assert.deepEqual(errors, []);
  });

  Deno.test(`${language}: limit-burst says the limit in the plural form of its number`, () => {
    const { t, en, errors } = formatter(language);
    for (const max of COUNTS) {
      const text = t("limit-burst", { max, wait: "30 s" });
      assert.ok(text.includes(PER_MINUTE[language][max]), `${max}: ${text}`);
      assert.ok(text.includes("30 s"), text);
      assert.doesNotMatch(prose(text), ENGLISH_ONLY[language]);
      assert.notEqual(text, en("limit-burst", { max, wait: "30 s" }));
    }
    assert.deepEqual(errors, []);
  });

  Deno.test(`${language}: every plural message formats 1, 2, 5 and 21 without errors or English`, () => {
    const { t, en, errors } = formatter(language);
    const plural: Array<[string, (n: number) => MessageArgs]> = [
      ["help-history", (limit) => ({ limit })],
      ["answer-cut-caption", (parts) => ({ parts })],
      ["limit-daily", (max) => ({ max, wait: "5 h" })],
      ["limit-global", (max) => ({ max, wait: "5 h" })],
      ["limit-share", (max) => ({ max, wait: "5 h" })],
      ["history-heading", (total) => ({ total, page: 1, pages: 3 })],
      ["history-clear-confirm", (count) => ({ count })],
    ];
    for (const [id, args] of plural) {
      for (const n of COUNTS) {
        const text = t(id, args(n));
        assert.notEqual(text, en(id, args(n)), `${id} ${n}`);
        assert.doesNotMatch(prose(text), ENGLISH_ONLY[language], `${id} ${n}`);
        // Beyond one, the number itself is always said.
        if (n > 1) assert.ok(text.includes(String(n)), `${id} ${n}: ${text}`);
      }
    }
    assert.deepEqual(errors, []);
  });

  Deno.test(`${language}: texts shown as button alerts fit Telegram's 200 characters`, () => {
    const { t, translator } = formatter(language);
    const now = 0;
    const texts = [
      ...(["burst", "daily", "global", "share"] as const).map((limit) =>
        limitMessage(
          translator,
          {
            limit,
            // The largest limits the config accepts, the longest waits they give.
            max: limit === "burst" ? 1_000 : 100_000,
            retryAt: limit === "daily" ? 86_340_000 : 59_000,
          } as Parameters<typeof limitMessage>[1],
          now,
        )
      ),
      ...[null, 3_540_000].map((retryAt) =>
        aiUnavailableText(translator, {
          retryAt,
          now,
          checkEveryMs: KEY_HEALTH_INTERVAL_MS,
          waitsForMs: RETRY_WAIT_TTL_MS,
        })
      ),
      ...[
        "enhance-busy",
        "retry-not-yours",
        "retry-expired",
        "retry-started",
        "history-item-gone",
        "language-expired",
        "category-expired",
        "button-expired",
      ].map((id) => t(id)),
    ];
    for (const text of texts) {
      assert.ok(text.length <= 200, `${text.length}: ${text}`);
    }
  });
}
