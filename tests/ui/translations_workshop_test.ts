/**
 * The prompt workshop's texts (answers, revisions, clarifying questions,
 * /settings) are translated in every shipped language: no workshop file is a
 * copy of the English one, nearly every message with words reads differently
 * from English, a counted text carries its number for each plural form, and
 * texts shown as a button alert fit Telegram's 200 characters.
 */
import assert from "node:assert/strict";
import {
  createI18n,
  type MessageArgs,
  messageShapes,
} from "../../src/ui/i18n.ts";
import { DEFAULT_LOCALE, type LocaleCode } from "../../src/ui/locales.ts";
import workshop from "../../src/ui/locales/workshop/mod.ts";

const ENGLISH = workshop[DEFAULT_LOCALE];
const SHAPES = messageShapes(ENGLISH);
const IDS = [...SHAPES.keys()];
const LANGUAGES = (Object.keys(workshop) as LocaleCode[]).filter((code) =>
  code !== DEFAULT_LOCALE
);
/** Only the workshop files, so a message missing from one falls back to English and counts as untranslated. */
const i18n = createI18n({ sources: workshop });

/** The share of the messages with words that must read differently from English. */
const MIN_TRANSLATED = 0.8;

/** Names that stay as they are in every language, and so are no words to translate. */
const NAMES =
  /ChatGPT|Gemini|Claude|Midjourney|Stable Diffusion|Flux|DALL·E|Imagen|Sora|Veo|Kling|Promptsmith|\/[a-z]+/g;

/** Every placeholder of the message filled: numbers for counts, text for the rest. */
function argsOf(id: string, count: number): MessageArgs {
  const shape = SHAPES.get(id) ?? new Set<string>();
  return Object.fromEntries([...shape].map((name) => [name, count]));
}

/** Whether the English text has a word of its own, not only names, numbers and emoji ("v3", "ChatGPT / Gemini"). */
function hasWords(text: string): boolean {
  return /\p{L}{2,}/u.test(text.replaceAll(NAMES, ""));
}

/** Messages with a count, the variable it is in, and the counts it is shown with (never 1, whose text may name no number). */
const COUNTED: Array<[id: string, variable: string, counts: number[]]> = [
  ["workshop-queued", "ahead", [2, 3, 5, 11, 21, 22, 100]],
  ["workshop-queue-full", "max", [2, 3, 5, 11, 21, 22, 100]],
  ["history-item-versions", "count", [2, 3, 5, 11, 21, 22, 100]],
  ["history-versions", "count", [2, 5, 21]],
];

/** Texts answered to a button tap (`answerCallbackQuery`), which Telegram cuts at 200 characters. */
const ALERTS = [
  "workshop-not-yours",
  "workshop-expired",
  "workshop-started",
  "workshop-already",
  "workshop-queued",
  "workshop-queue-full",
  "questions-expired",
  "questions-not-yours",
  "settings-saved",
  "settings-expired",
];

Deno.test("the English workshop file has the messages these tests read", () => {
  assert.ok(IDS.length >= 80, `${IDS.length} messages`);
  for (const [id] of COUNTED) assert.ok(IDS.includes(id), id);
  for (const id of ALERTS) assert.ok(IDS.includes(id), id);
  assert.ok(!hasWords(i18n.t("en", "target-chat")));
  assert.ok(
    !hasWords(i18n.t("en", "answer-version", argsOf("answer-version", 3))),
  );
  assert.ok(hasWords(i18n.t("en", "workshop-more")));
});

for (const locale of LANGUAGES) {
  const t = i18n.translator(locale);

  Deno.test(`${locale}: the workshop file is not a copy of the English one`, () => {
    assert.notEqual(workshop[locale], ENGLISH);
  });

  Deno.test(`${locale}: at least ${MIN_TRANSLATED * 100}% of the workshop messages with words differ from English`, () => {
    const worded = IDS.filter((id) =>
      hasWords(i18n.t("en", id, argsOf(id, 3)))
    );
    assert.ok(worded.length >= 60, `${worded.length} messages with words`);
    const same = worded.filter((id) =>
      t(id, argsOf(id, 3)) === i18n.t("en", id, argsOf(id, 3))
    );
    const translated = 1 - same.length / worded.length;
    assert.ok(
      translated >= MIN_TRANSLATED,
      `${locale}: only ${Math.round(translated * 100)}% translated; ` +
        `the same as English: ${same.join(", ")}`,
    );
  });

  Deno.test(`${locale}: a counted workshop text shows its number, formatted for the locale, in every plural form`, () => {
    const format = new Intl.NumberFormat(locale);
    for (const [id, variable, counts] of COUNTED) {
      for (const count of counts) {
        // Arabic says two in the noun's dual ("موجّهان") with no digit.
        if (locale === "ar" && count === 2) continue;
        const text = t(id, { ...argsOf(id, count), [variable]: count });
        assert.ok(
          text.includes(format.format(count)),
          `${locale} ${id} ${count}: ${JSON.stringify(text)}`,
        );
      }
    }
  });

  Deno.test(`${locale}: workshop texts shown as a button alert fit Telegram's 200 characters`, () => {
    for (const id of ALERTS) {
      for (const count of [1, 2, 5, 21, 100_000]) {
        const text = t(id, argsOf(id, count));
        assert.ok(text.length <= 200, `${locale} ${id}: ${text.length}`);
      }
    }
  });
}
