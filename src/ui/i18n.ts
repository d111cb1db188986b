/**
 * Translations: Fluent messages per locale, negotiated from a Telegram
 * `language_code`, with plurals and locale-formatted numbers and dates.
 *
 * Every locale file is imported as text (src/ui/locales.ts), so the texts are
 * inside the compiled binary and on Deno Deploy; nothing is read from disk.
 *
 * @example
 * ```ts
 * import { createI18n } from "./i18n.ts";
 * const i18n = createI18n();
 * const locale = i18n.negotiate("pt-BR"); // "pt"
 * i18n.t(locale, "history-cleared", { count: 3 });
 * ```
 *
 * @module
 */
import {
  FluentBundle,
  FluentResource,
  type FluentVariable,
} from "@fluent/bundle";
import { negotiateLanguages } from "@fluent/langneg";
import { LRUCache } from "lru-cache";
import { DEFAULT_LOCALE, type LocaleCode, LOCALES } from "./locales.ts";

/** Values a message's placeholders take: strings, numbers (formatted for the locale), dates. */
export type MessageArgs = Record<string, string | number | Date>;

/** A translator bound to one locale: `t("help-title")`. */
export interface Translate {
  (id: string, args?: MessageArgs): string;
  /** The locale it translates into. */
  readonly locale: LocaleCode;
}

/** Translations of every shipped locale. */
export interface I18n {
  /** Every shipped locale code, English first. */
  readonly locales: readonly LocaleCode[];
  /**
   * The shipped locale for a Telegram `language_code` (`"pt-br"` → `"pt"`,
   * `"zh-hans"` → `"zh"`); English for an unknown or missing one.
   */
  negotiate(languageCode: string | undefined): LocaleCode;
  /** Whether `locale` is shipped. */
  isLocale(code: string): code is LocaleCode;
  /**
   * The message `id` in `locale`, placeholders filled; English when the locale
   * lacks it (a test keeps that from happening), and the id itself when even
   * English lacks it, so a missing text never crashes a handler.
   */
  t(locale: LocaleCode, id: string, args?: MessageArgs): string;
  /** A translator bound to `locale`. */
  translator(locale: LocaleCode): Translate;
  /**
   * A translator for one-off work over every locale, such as the command
   * menus set at start: it uses the locale's translations when an update has
   * already loaded them, and otherwise parses its own, which go with it.
   * So a language nobody has written in since the start takes no memory; a
   * {@linkcode I18n.translator} keeps what it loads for the next update.
   */
  transient(locale: LocaleCode): Translate;
  /**
   * A text (or a screen: text and keyboard) built from messages (`build`),
   * built once per `locale` and `key` and then served from memory: for a
   * text such as /help whose parts depend only on the locale and on what
   * `key` names (the reader's role). What is kept is frozen, deeply, so no
   * reader can change it for the next. The memory holds a bounded number of
   * texts; beyond it, texts are built each time. A `key` names one shape of
   * result: the caller's prefix keeps screens and texts apart.
   */
  once<T>(locale: LocaleCode, key: string, build: () => T): T;
}

/**
 * Texts with numbers in them the translator keeps at most: the ones used
 * last (texts without placeholders are all kept: there are only so many).
 */
export const MAX_COUNTED_TEXTS = 2_000;

/** Largest number a kept text may hold (queue places, counts, limits). */
const MAX_COUNTED = 10_000;

/**
 * What makes a text with `args` the same text each time, as a key suffix:
 * `args`, when every one of them is a whole number from 0 to
 * {@linkcode MAX_COUNTED} (not -0, which Fluent writes as "-0"); otherwise
 * `null` (strings, dates and other numbers are formatted each time; a user's
 * own strings are never kept).
 */
function countsKey(args: MessageArgs): string | null {
  let key = "";
  for (const name in args) {
    const value = args[name];
    if (
      typeof value !== "number" || !Number.isInteger(value) || value < 0 ||
      value > MAX_COUNTED || Object.is(value, -0)
    ) return null;
    key += `\u0000${name}=${value}`;
  }
  return key;
}

/** Texts {@linkcode I18n.once} keeps at most. */
export const MAX_ONCE_TEXTS = 1_000;

/** Telegram `language_code`s whose negotiated locale is kept: a client may send any string. */
const MAX_NEGOTIATED = 256;

/** Options of {@linkcode createI18n}. */
export interface I18nOptions {
  /** Fluent sources by locale code; defaults to the shipped locale files. */
  sources?: Partial<Record<string, string>>;
  /**
   * Told of the errors Fluent reports (a message or term given twice, a
   * message that cannot be formatted) each time a source is parsed (once per
   * locale, and by each {@linkcode I18n.transient} translator that parses its
   * own) or a message is formatted (a text the translator keeps, see
   * {@linkcode MAX_COUNTED_TEXTS}, once). Fluent drops lines it cannot parse
   * without a word; tests/ui/locales_test.ts looks for them.
   */
  onError?: (locale: string, error: Error) => void;
}

/** Load the shipped translations (parsed lazily, one locale at a time). */
export function createI18n(options: I18nOptions = {}): I18n {
  // Each locale's sources: the shipped areas one by one (what Fluent parses
  // keeps slices of its source, and the area texts are kept by their modules
  // anyway), or the one source a test gives.
  const sources: Partial<Record<string, readonly string[]>> = options.sources
    ? Object.fromEntries(
      Object.entries(options.sources).map(([code, source]) => [code, [
        source ?? "",
      ]]),
    )
    : Object.fromEntries(
      Object.entries(LOCALES).map(([code, locale]) => [code, locale.areas]),
    );
  const codes = [
    DEFAULT_LOCALE,
    ...Object.keys(sources).filter((code) => code !== DEFAULT_LOCALE),
  ] as LocaleCode[];
  const known = new Set<string>(codes);
  const bundles = new Map<string, FluentBundle>();
  // Texts without placeholders are formatted once per locale (there are only
  // so many), and those whose placeholders are all small whole numbers
  // ("Queued: 2 prompts are ahead") once while they are among the
  // MAX_COUNTED_TEXTS used last.
  const fixed = new Map<string, string>();
  const counted = new LRUCache<string, string>({ max: MAX_COUNTED_TEXTS });
  const built = new Map<string, unknown>();
  const negotiated = new Map<string, LocaleCode>();

  function parse(code: string): FluentBundle {
    const parsed = new FluentBundle(code, { useIsolating: false });
    for (const source of sources[code] ?? []) {
      const errors = parsed.addResource(new FluentResource(source));
      for (const error of errors) options.onError?.(code, error);
    }
    return parsed;
  }

  function bundle(code: string): FluentBundle {
    let found = bundles.get(code);
    if (found === undefined) {
      found = parse(code);
      bundles.set(code, found);
    }
    return found;
  }

  function format(
    code: string,
    id: string,
    args?: MessageArgs,
    messages: FluentBundle = bundle(code),
  ): string | null {
    const message = messages.getMessage(id);
    if (message?.value == null) return null;
    const errors: Error[] = [];
    const text = messages.formatPattern(
      message.value,
      args as Record<string, FluentVariable> | undefined,
      errors,
    );
    for (const error of errors) options.onError?.(code, error);
    return text;
  }

  /** `id` in `messages` (the locale's), else in English, else the id itself. */
  function lookup(
    locale: LocaleCode,
    id: string,
    args?: MessageArgs,
    messages?: FluentBundle,
  ): string {
    return format(locale, id, args, messages) ??
      format(DEFAULT_LOCALE, id, args) ?? id;
  }

  function t(locale: LocaleCode, id: string, args?: MessageArgs): string {
    const countKey = args === undefined ? "" : countsKey(args);
    if (countKey === null) return lookup(locale, id, args);
    const cacheKey = `${locale}\u0000${id}${countKey}`;
    if (countKey === "") {
      const hit = fixed.get(cacheKey);
      if (hit !== undefined) return hit;
      const text = lookup(locale, id, args);
      fixed.set(cacheKey, text);
      return text;
    }
    const hit = counted.get(cacheKey);
    if (hit !== undefined) return hit;
    const text = lookup(locale, id, args);
    counted.set(cacheKey, text);
    return text;
  }

  return {
    locales: codes,
    isLocale: (code): code is LocaleCode => known.has(code),
    negotiate(languageCode) {
      if (!languageCode) return DEFAULT_LOCALE;
      const hit = negotiated.get(languageCode);
      if (hit !== undefined) return hit;
      const [match] = negotiateLanguages([languageCode.toLowerCase()], codes, {
        defaultLocale: DEFAULT_LOCALE,
        strategy: "lookup",
      });
      const locale = (match ?? DEFAULT_LOCALE) as LocaleCode;
      if (negotiated.size < MAX_NEGOTIATED) {
        negotiated.set(languageCode, locale);
      }
      return locale;
    },
    t,
    translator(locale) {
      const translate = (id: string, args?: MessageArgs) => t(locale, id, args);
      return Object.assign(translate, { locale });
    },
    transient(locale) {
      let own: FluentBundle | undefined;
      const translate = (id: string, args?: MessageArgs) => {
        const messages = bundles.get(locale) ?? (own ??= parse(locale));
        return lookup(locale, id, args, messages);
      };
      return Object.assign(translate, { locale });
    },
    once<T>(locale: LocaleCode, key: string, build: () => T): T {
      const cacheKey = `${locale}\u0000${key}`;
      if (built.has(cacheKey)) return built.get(cacheKey) as T;
      const value = deepFreeze(build());
      if (built.size < MAX_ONCE_TEXTS) built.set(cacheKey, value);
      return value;
    },
  };
}

/** `value`, with every object and array in it frozen. */
function deepFreeze<T>(value: T): T {
  if (typeof value === "object" && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const inner of Object.values(value)) deepFreeze(inner);
  }
  return value;
}

/**
 * The ids of the messages in a Fluent source, and the placeholders
 * (`{ $name }`) each uses, for the completeness tests.
 */
export function messageShapes(source: string): Map<string, Set<string>> {
  const shapes = new Map<string, Set<string>>();
  const resource = new FluentResource(source);
  for (const entry of resource.body) {
    if (entry.id.startsWith("-")) continue;
    shapes.set(entry.id, variablesOf(entry.value));
  }
  return shapes;
}

function variablesOf(pattern: unknown, found = new Set<string>()): Set<string> {
  if (Array.isArray(pattern)) {
    for (const element of pattern) variablesOf(element, found);
  } else if (pattern !== null && typeof pattern === "object") {
    const node = pattern as Record<string, unknown>;
    if (node.type === "var" && typeof node.name === "string") {
      found.add(node.name);
    }
    for (const value of Object.values(node)) variablesOf(value, found);
  }
  return found;
}
