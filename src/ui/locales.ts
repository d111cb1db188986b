/**
 * The shipped interface languages. The texts are split by area, one folder
 * per area under `locales/` with one Fluent file per language and a `mod.ts`
 * that imports them as text: they are part of the module graph, so inside the
 * compiled binary and on Deno Deploy, with nothing read from disk at run time.
 * A language's translations are parsed from its file of each area, one by
 * one ({@linkcode Locale.areas}); {@linkcode Locale.source} joins them only
 * when read (the tests do).
 *
 * To add a language: add its row to {@linkcode LOCALE_NAMES}, write
 * `<area>/<code>.ftl` in every area with every message of the English file
 * (tests/ui/locales_test.ts fails until it has them all, with the same
 * placeholders) and import it in that area's `mod.ts`.
 *
 * To add an area: a folder with a file per language and a `mod.ts`, listed in
 * {@linkcode AREAS} (the test fails for a folder that is not).
 *
 * @module
 */
import consoleTexts from "./locales/console/mod.ts";
import core from "./locales/core/mod.ts";
import media from "./locales/media/mod.ts";
import roles from "./locales/roles/mod.ts";
import workshop from "./locales/workshop/mod.ts";
import ops from "./locales/ops/mod.ts";
import records from "./locales/records/mod.ts";

/** Every shipped language's name in itself, for the language menu, by code (a Telegram `language_code`'s language part). */
export const LOCALE_NAMES = {
  en: "English",
  ru: "Русский",
  es: "Español",
  pt: "Português",
  de: "Deutsch",
  fr: "Français",
  it: "Italiano",
  tr: "Türkçe",
  uk: "Українська",
  pl: "Polski",
  id: "Bahasa Indonesia",
  fa: "فارسی",
  ar: "العربية",
  zh: "中文",
  hi: "हिन्दी",
} as const;

/** A shipped language code. */
export type LocaleCode = keyof typeof LOCALE_NAMES;

/** One area's Fluent source in every shipped language. */
export type AreaSources = Readonly<Record<LocaleCode, string>>;

/** The text areas, by folder name under `locales/`. */
export const AREAS: Readonly<Record<string, AreaSources>> = {
  core,
  workshop,
  roles,
  media,
  console: consoleTexts,
  ops,
  records,
};

/** One shipped language. */
export interface Locale {
  /** Its name in itself, for the language menu. */
  readonly name: string;
  /** Its Fluent source of every area, in the order of {@linkcode AREAS}. */
  readonly areas: readonly string[];
  /**
   * The Fluent source: its files of every area, joined. Built on each read and
   * not kept (the translations parse {@linkcode Locale.areas} one by one), so
   * that no joined copy of every language stays in memory.
   */
  readonly source: string;
}

/** Every shipped language by code. */
export const LOCALES: Readonly<Record<LocaleCode, Locale>> = Object.fromEntries(
  (Object.keys(LOCALE_NAMES) as LocaleCode[]).map((code): [string, Locale] => {
    const areas = Object.values(AREAS).map((area) => area[code]);
    return [code, {
      name: LOCALE_NAMES[code],
      areas,
      get source() {
        return areas.join("\n");
      },
    }];
  }),
) as Record<LocaleCode, Locale>;

/** The language of users whose own is not shipped, and the source of every message id. */
export const DEFAULT_LOCALE: LocaleCode = "en";
