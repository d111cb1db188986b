/**
 * The shipped interface languages. Each locale file is imported as text, so it
 * is part of the module graph: inside the compiled binary and on Deno Deploy,
 * with nothing read from disk at run time.
 *
 * To add a language: write `locales/<code>.ftl` with every message of
 * `en.ftl` (tests/ui/locales_test.ts fails until it has them all, with the
 * same placeholders), import it here and add its row.
 *
 * @module
 */
import en from "./locales/en.ftl" with { type: "text" };
import ru from "./locales/ru.ftl" with { type: "text" };
import es from "./locales/es.ftl" with { type: "text" };
import pt from "./locales/pt.ftl" with { type: "text" };
import de from "./locales/de.ftl" with { type: "text" };
import fr from "./locales/fr.ftl" with { type: "text" };
import it from "./locales/it.ftl" with { type: "text" };
import tr from "./locales/tr.ftl" with { type: "text" };
import uk from "./locales/uk.ftl" with { type: "text" };
import pl from "./locales/pl.ftl" with { type: "text" };
import id from "./locales/id.ftl" with { type: "text" };
import fa from "./locales/fa.ftl" with { type: "text" };
import ar from "./locales/ar.ftl" with { type: "text" };
import zh from "./locales/zh.ftl" with { type: "text" };
import hi from "./locales/hi.ftl" with { type: "text" };

/** One shipped language. */
export interface Locale {
  /** Its name in itself, for the language menu. */
  readonly name: string;
  /** The Fluent source. */
  readonly source: string;
}

/** Every shipped language by code (a Telegram `language_code`'s language part). */
export const LOCALES = {
  en: { name: "English", source: en },
  ru: { name: "Русский", source: ru },
  es: { name: "Español", source: es },
  pt: { name: "Português", source: pt },
  de: { name: "Deutsch", source: de },
  fr: { name: "Français", source: fr },
  it: { name: "Italiano", source: it },
  tr: { name: "Türkçe", source: tr },
  uk: { name: "Українська", source: uk },
  pl: { name: "Polski", source: pl },
  id: { name: "Bahasa Indonesia", source: id },
  fa: { name: "فارسی", source: fa },
  ar: { name: "العربية", source: ar },
  zh: { name: "中文", source: zh },
  hi: { name: "हिन्दी", source: hi },
} as const satisfies Record<string, Locale>;

/** A shipped language code. */
export type LocaleCode = keyof typeof LOCALES;

/** The language of users whose own is not shipped, and the source of every message id. */
export const DEFAULT_LOCALE: LocaleCode = "en";
