/**
 * The record layer's texts (encryption and migration progress in /keys) in
 * every shipped language, imported as text so they are inside the binary and on Deploy.
 *
 * @module
 */
import type { AreaSources } from "../../locales.ts";
import en from "./en.ftl" with { type: "text" };
import ru from "./ru.ftl" with { type: "text" };
import es from "./es.ftl" with { type: "text" };
import pt from "./pt.ftl" with { type: "text" };
import de from "./de.ftl" with { type: "text" };
import fr from "./fr.ftl" with { type: "text" };
import it from "./it.ftl" with { type: "text" };
import tr from "./tr.ftl" with { type: "text" };
import uk from "./uk.ftl" with { type: "text" };
import pl from "./pl.ftl" with { type: "text" };
import id from "./id.ftl" with { type: "text" };
import fa from "./fa.ftl" with { type: "text" };
import ar from "./ar.ftl" with { type: "text" };
import zh from "./zh.ftl" with { type: "text" };
import hi from "./hi.ftl" with { type: "text" };

/** Every language's Fluent source of this area. */
export default {
  en,
  ru,
  es,
  pt,
  de,
  fr,
  it,
  tr,
  uk,
  pl,
  id,
  fa,
  ar,
  zh,
  hi,
} satisfies AreaSources;
