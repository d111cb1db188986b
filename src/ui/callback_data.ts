/**
 * Callback data: one codec per kind of button. A handler never splits a
 * string by hand: it matches the codec's `pattern` and reads the typed value
 * from `decode()`, which validates every field (data from Telegram is input
 * like any other, and may be forged).
 *
 * Data is `<kind>:<field>:<field>…`, under Telegram's 64 bytes. A codec whose
 * layout changes gets a new kind (`history:page2`) and the old one keeps
 * decoding, so buttons already in chats keep working.
 *
 * @module
 */
import type { Context, MiddlewareFn } from "grammy";
import { CATEGORY_IDS, type CategoryId } from "../enhance/categories.ts";
import { TARGET_IDS, type TargetId } from "../enhance/targets.ts";
import { type LocaleCode, LOCALES } from "./locales.ts";

/** Telegram's limit on callback data, in bytes. */
export const CALLBACK_DATA_LIMIT = 64;

/** One field of a codec: how it looks in the data, and its value. */
interface Field<T> {
  /** A regular expression source without groups. */
  readonly source: string;
  parse(text: string): T | null;
  format(value: T): string;
}

/** Encodes and decodes the data of one kind of button. */
export interface CallbackCodec<T> {
  /** Matches exactly this kind's data; for `composer.callbackQuery()`. */
  readonly pattern: RegExp;
  /** @throws {RangeError} when the data would exceed 64 bytes or a field is invalid */
  encode(value: T): string;
  /** The value, or `null` for data of another kind or with an invalid field. */
  decode(data: string | undefined): T | null;
}

function integerField(min: number, max: number): Field<number> {
  return {
    source: "\\d{1,15}",
    parse(text) {
      const value = Number(text);
      return Number.isSafeInteger(value) && value >= min && value <= max
        ? value
        : null;
    },
    format: String,
  };
}

function choiceField<const T extends string>(choices: readonly T[]): Field<T> {
  const known = new Set<string>(choices);
  return {
    source: `(?:${
      choices.map((c) => c.replace(/[^a-z0-9_]/g, "\\$&")).join("|")
    })`,
    parse: (text) => (known.has(text) ? (text as T) : null),
    format: (value) => value,
  };
}

const uuidField: Field<string> = {
  source: "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}",
  parse: (text) => text,
  format: (value) => value,
};

/** A short word: a setting's value, checked by its handler. */
const wordField: Field<string> = {
  source: "[A-Za-z0-9_-]{1,24}",
  parse: (text) => text,
  format: (value) => value,
};

function defineCodec<const F extends Record<string, Field<unknown>>>(
  kind: string,
  fields: F,
): CallbackCodec<{ [K in keyof F]: F[K] extends Field<infer V> ? V : never }> {
  type Value = { [K in keyof F]: F[K] extends Field<infer V> ? V : never };
  const names = Object.keys(fields) as (keyof F & string)[];
  const pattern = new RegExp(
    `^${kind}${names.map((name) => `:(${fields[name].source})`).join("")}$`,
  );
  return {
    pattern,
    encode(value) {
      const parts = names.map((name) => fields[name].format(value[name]));
      const data = [kind, ...parts].join(":");
      if (
        new TextEncoder().encode(data).length > CALLBACK_DATA_LIMIT ||
        !pattern.test(data)
      ) {
        throw new RangeError(`Cannot encode callback data: "${data}"`);
      }
      return data;
    },
    decode(data) {
      const match = data === undefined ? null : pattern.exec(data);
      if (match === null) return null;
      const value: Record<string, unknown> = {};
      for (const [i, name] of names.entries()) {
        const parsed = fields[name].parse(match[i + 1]);
        if (parsed === null) return null;
        value[name] = parsed;
      }
      return value as Value;
    },
  };
}

/**
 * Middleware for a button kind: the handler gets the decoded value; data that
 * matches the pattern but not the fields (a forged page number) goes on to the
 * next handler, which says the button has expired.
 *
 * @example
 * ```ts
 * import { Composer } from "grammy";
 * import { decoded, historyPageData } from "./callback_data.ts";
 * new Composer().callbackQuery(
 *   historyPageData.pattern,
 *   decoded(historyPageData, async (ctx, { page }) => {
 *     await ctx.answerCallbackQuery({ text: `page ${page}` });
 *   }),
 * );
 * ```
 */
export function decoded<C extends Context, T>(
  codec: CallbackCodec<T>,
  handler: (ctx: C, value: T) => Promise<unknown> | unknown,
): MiddlewareFn<C> {
  return async (ctx, next) => {
    const value = codec.decode(ctx.callbackQuery?.data);
    if (value === null) return await next();
    await handler(ctx, value);
  };
}

/** "🔁 Try again with AI" under an offline answer: names its job. */
export const retryData = defineCodec("enhance:retry", { jobId: uuidField });

/** A page of /history (0 is the newest). */
export const historyPageData = defineCodec("history:page", {
  page: integerField(0, 9_999),
});

/** One item of /history, by its sequence number. */
export const historyItemData = defineCodec("history:item", {
  seq: integerField(0, 999_999_999),
});

/** The versions of the chain /history item `seq` belongs to. */
export const historyVersionsData = defineCodec("history:versions", {
  seq: integerField(0, 999_999_999),
});

/** The answer to "Delete all prompts?". */
export const historyClearData = defineCodec("history:clear", {
  answer: choiceField(["yes", "no"]),
});

/** A category in /category. */
export const categoryData = defineCodec("category:set", {
  id: choiceField<CategoryId | "auto">(["auto", ...CATEGORY_IDS]),
});

/** A language in /language, or "auto" to follow Telegram's. */
export const languageData = defineCodec("language:set", {
  code: choiceField<LocaleCode | "auto">([
    ...(Object.keys(LOCALES) as LocaleCode[]),
    "auto",
  ]),
});

/** An action under an answer that starts a revision. */
export const reviseData = defineCodec("w:a", {
  action: choiceField(["shorter", "detail", "another", "ask"] as const),
  jobId: uuidField,
});

/** A page of an answer's keyboard: the main one, "More…", or a picker. */
export const answerMenuData = defineCodec("w:m", {
  menu: choiceField(["main", "more", "target", "category"] as const),
  jobId: uuidField,
});

/** A target model picked for a revision. */
export const reviseTargetData = defineCodec("w:t", {
  target: choiceField<TargetId>(TARGET_IDS),
  jobId: uuidField,
});

/** A category picked for a revision. */
export const reviseCategoryData = defineCodec("w:c", {
  category: choiceField<CategoryId>(CATEGORY_IDS),
  jobId: uuidField,
});

/** A suggested answer to clarifying question `question` (0-based) of job `askId`. */
export const questionOptionData = defineCodec("q:o", {
  option: integerField(0, 9),
  question: integerField(0, 9),
  askId: uuidField,
});

/** "Skip this question" (`question` 0-based), or with `all`, "Skip — just write it". */
export const questionSkipData = defineCodec("q:s", {
  scope: choiceField(["one", "all"] as const),
  question: integerField(0, 9),
  askId: uuidField,
});

/**
 * Under "Is this your answer, or a new idea?" for a text typed at question
 * `question` (0-based) of `askId`: take it as the answer, or as a new prompt.
 */
export const questionTypedData = defineCodec("q:t", {
  as: choiceField(["answer", "idea"] as const),
  question: integerField(0, 9),
  askId: uuidField,
});

/** The /settings screen: open a view, or set a field (`value` checked by the handler). */
export const settingsViewData = defineCodec("s:v", {
  view: choiceField(
    [
      "main",
      "category",
      "target",
      "length",
      "clarify",
      "answerLanguage",
      "language",
    ] as const,
  ),
});

export const settingsSetData = defineCodec("s:s", {
  field: choiceField(
    [
      "category",
      "target",
      "length",
      "clarify",
      "answerLanguage",
      "language",
    ] as const,
  ),
  value: wordField,
});

/** Approve / Deny on the card of a request for access (approval mode): names the user. */
export const accessAnswerData = defineCodec("access:answer", {
  userId: integerField(1, Number.MAX_SAFE_INTEGER),
  answer: choiceField(["approve", "deny"]),
});

/** A page of /audit (0 is the newest). */
export const auditPageData = defineCodec("audit:page", {
  page: integerField(0, 9_999),
});

/** The answer to "Delete everything kept about you?" (/forget). */
export const forgetData = defineCodec("privacy:forget", {
  answer: choiceField(["yes", "no"]),
});

/** The buttons of a /broadcast: Send or Cancel under its preview, Stop under its progress. */
export const broadcastData = defineCodec("broadcast", {
  action: choiceField(["send", "cancel", "stop"]),
  id: uuidField,
});
