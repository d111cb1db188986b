/**
 * Every inline keyboard the bot shows, in the reader's language. Button data
 * comes from the codecs of callback_data.ts.
 *
 * @module
 */
import { InlineKeyboard } from "grammy";
import {
  CATEGORY_IDS,
  type CategoryId,
  getCategory,
} from "../enhance/categories.ts";
import {
  broadcastData,
  categoryData,
  historyClearData,
  historyItemData,
  historyPageData,
  languageData,
  retryData,
} from "./callback_data.ts";
import type { Translate } from "./i18n.ts";
import { type LocaleCode, LOCALES } from "./locales.ts";

/** "✨ General", in the reader's language. */
export function categoryLabel(t: Translate, id: CategoryId): string {
  return `${getCategory(id).emoji} ${t(`category-${id}-title`)}`;
}

/** "🔁 Try again with AI" under an offline answer. */
export function retryKeyboard(t: Translate, jobId: string): InlineKeyboard {
  return new InlineKeyboard().text(
    t("retry-button"),
    retryData.encode({ jobId }),
  );
}

/** Numbered buttons for the items of a /history page, then ‹ Newer / Older ›. */
export function historyKeyboard(
  t: Translate,
  items: readonly { n: number; seq: number }[],
  page: { current: number; pages: number },
): InlineKeyboard {
  const keyboard = new InlineKeyboard();
  for (const item of items) {
    keyboard.text(String(item.n), historyItemData.encode({ seq: item.seq }));
  }
  keyboard.row();
  if (page.current > 0) {
    keyboard.text(
      t("history-newer"),
      historyPageData.encode({ page: page.current - 1 }),
    );
  }
  if (page.current < page.pages - 1) {
    keyboard.text(
      t("history-older"),
      historyPageData.encode({ page: page.current + 1 }),
    );
  }
  return keyboard;
}

/** "🗑 Delete all" / "Keep". */
export function clearHistoryKeyboard(t: Translate): InlineKeyboard {
  return new InlineKeyboard()
    .text(t("history-clear-yes"), historyClearData.encode({ answer: "yes" }))
    .text(t("history-clear-no"), historyClearData.encode({ answer: "no" }));
}

/** Every category as a button, two per row, the current one marked ✓. */
export function categoryKeyboard(
  t: Translate,
  current: CategoryId,
): InlineKeyboard {
  const keyboard = new InlineKeyboard();
  CATEGORY_IDS.forEach((id, i) => {
    const mark = id === current ? "✓ " : "";
    keyboard.text(
      `${mark}${categoryLabel(t, id)}`,
      categoryData.encode({ id }),
    );
    if (i % 2 === 1) keyboard.row();
  });
  return keyboard;
}

/**
 * Every shipped language in its own name, three per row, then "Automatic";
 * the one in use marked ✓ (`current` is `"auto"` without an override).
 */
export function languageKeyboard(
  t: Translate,
  current: LocaleCode | "auto",
): InlineKeyboard {
  const keyboard = new InlineKeyboard();
  (Object.keys(LOCALES) as LocaleCode[]).forEach((code, i) => {
    const mark = code === current ? "✓ " : "";
    keyboard.text(
      `${mark}${LOCALES[code].name}`,
      languageData.encode({ code }),
    );
    if (i % 3 === 2) keyboard.row();
  });
  keyboard.row().text(
    `${current === "auto" ? "✓ " : ""}${t("language-auto")}`,
    languageData.encode({ code: "auto" }),
  );
  return keyboard;
}

/** ✅ Send / ✖️ Cancel under a broadcast's preview. */
export function broadcastPreviewKeyboard(
  t: Translate,
  id: string,
): InlineKeyboard {
  return new InlineKeyboard()
    .text(
      t("broadcast-send-button"),
      broadcastData.encode({ action: "send", id }),
    )
    .text(
      t("broadcast-cancel-button"),
      broadcastData.encode({ action: "cancel", id }),
    );
}

/** ✖️ Stop sending, under a broadcast's progress. */
export function broadcastStopKeyboard(
  t: Translate,
  id: string,
): InlineKeyboard {
  return new InlineKeyboard().text(
    t("broadcast-stop-button"),
    broadcastData.encode({ action: "stop", id }),
  );
}
