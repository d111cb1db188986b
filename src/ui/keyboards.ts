/**
 * Every inline keyboard the bot shows, in the reader's language. Button data
 * comes from the codecs of callback_data.ts.
 *
 * @module
 */
import { InlineKeyboard } from "grammy";
import {
  CATEGORY_IDS,
  type CategoryChoice,
  type CategoryId,
  getCategory,
} from "../enhance/categories.ts";
import {
  accessAnswerData,
  answerMenuData,
  auditPageData,
  broadcastData,
  categoryData,
  forgetData,
  historyClearData,
  historyItemData,
  historyPageData,
  languageData,
  questionOptionData,
  questionSkipData,
  questionTypedData,
  retryData,
  reviseCategoryData,
  reviseData,
  reviseTargetData,
  settingsSetData,
  settingsViewData,
} from "./callback_data.ts";
import { TARGETS, targetsFor } from "../enhance/targets.ts";
import {
  CLARIFY_MODES,
  LENGTHS,
  type PromptSettings,
} from "../enhance/settings.ts";
import type { StoredQuestion } from "../storage/job_store.ts";
import { COPY_TEXT_LIMIT, targetName } from "./answer.ts";
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

/** "🗑 Delete all" (of `count` prompts; "🗑 Delete it" of one) / "Keep". */
export function clearHistoryKeyboard(
  t: Translate,
  count: number,
): InlineKeyboard {
  return new InlineKeyboard()
    .text(
      t("history-clear-yes", { count }),
      historyClearData.encode({ answer: "yes" }),
    )
    .text(t("history-clear-no"), historyClearData.encode({ answer: "no" }));
}

/** The emoji of the Auto category. */
export const AUTO_EMOJI = "🪄";

/** Auto, then every category as a button, two per row, the current one marked ✓. */
export function categoryKeyboard(
  t: Translate,
  current: CategoryChoice,
): InlineKeyboard {
  const keyboard = new InlineKeyboard();
  (["auto", ...CATEGORY_IDS] as const).forEach((id, i) => {
    const mark = id === current ? "✓ " : "";
    const label = id === "auto"
      ? `${AUTO_EMOJI} ${t("category-auto-title")}`
      : categoryLabel(t, id);
    keyboard.text(`${mark}${label}`, categoryData.encode({ id }));
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

/** What the keyboard under an answer offers. */
export interface AnswerKeyboardOptions {
  /** The job that wrote the answer: every button names it. */
  jobId: string;
  /** The prompt: a 📋 Copy button copies it when it fits. */
  prompt: string;
  /** The category it was written for: the 🎯 picker offers its targets. */
  category: CategoryId;
  /** The target it was written for, marked ✓ in the picker. */
  target?: string;
  /** An offline answer written while the AI was down: "Try again with AI" too. */
  retry?: boolean;
  /** Which page: the main one (default), "More…", or a picker. */
  menu?: "main" | "more" | "target" | "category";
}

/**
 * The action keyboard under an answer, two rows: ✂️ Shorter, ➕ More detail,
 * 🔁 Another version; then 📋 Copy (when the prompt fits Telegram's 256
 * characters), 🎯 Target… and More…, behind which are 🗂 Category… and
 * ❓ Ask me first. Under an offline answer written while the AI was down,
 * 🔁 Try again with AI comes first (then Copy), and Another version and
 * Target… move behind More…. The pickers list targets or categories, with
 * « Back.
 */
export function answerKeyboard(
  t: Translate,
  options: AnswerKeyboardOptions,
): InlineKeyboard {
  const { jobId } = options;
  const keyboard = new InlineKeyboard();
  type Revise = NonNullable<ReturnType<typeof reviseData.decode>>;
  type Menu = NonNullable<ReturnType<typeof answerMenuData.decode>>;
  const revise = (label: string, action: Revise["action"]) =>
    keyboard.text(t(label), reviseData.encode({ action, jobId }));
  const menu = (label: string, page: Menu["menu"]) =>
    keyboard.text(t(label), answerMenuData.encode({ menu: page, jobId }));
  const back = () => {
    keyboard.row();
    menu("workshop-back", "main");
  };
  switch (options.menu ?? "main") {
    case "more":
      menu("workshop-category", "category");
      revise("workshop-ask", "ask");
      if (options.retry) {
        keyboard.row();
        revise("workshop-another", "another");
        menu("workshop-target", "target");
      }
      back();
      return keyboard;
    case "target":
      targetsFor(options.category).forEach((target, i) => {
        const mark = target.id === options.target ? "✓ " : "";
        keyboard.text(
          `${mark}${target.emoji} ${targetName(t, target.id)}`,
          reviseTargetData.encode({ target: target.id, jobId }),
        );
        if (i % 2 === 1) keyboard.row();
      });
      back();
      return keyboard;
    case "category":
      CATEGORY_IDS.forEach((id, i) => {
        const mark = id === options.category ? "✓ " : "";
        keyboard.text(
          `${mark}${categoryLabel(t, id)}`,
          reviseCategoryData.encode({ category: id, jobId }),
        );
        if (i % 2 === 1) keyboard.row();
      });
      back();
      return keyboard;
    case "main": {
      const copy = options.prompt.length >= 1 &&
        options.prompt.length <= COPY_TEXT_LIMIT;
      if (options.retry) {
        // Offline while the AI was down: asking the AI again comes first.
        keyboard.text(t("retry-button"), retryData.encode({ jobId }));
        if (copy) keyboard.copyText(t("workshop-copy"), options.prompt);
        keyboard.row();
        revise("workshop-shorter", "shorter");
        revise("workshop-detail", "detail");
        menu("workshop-more", "more");
        return keyboard;
      }
      revise("workshop-shorter", "shorter");
      revise("workshop-detail", "detail");
      revise("workshop-another", "another");
      keyboard.row();
      if (copy) keyboard.copyText(t("workshop-copy"), options.prompt);
      menu("workshop-target", "target");
      menu("workshop-more", "more");
      return keyboard;
    }
  }
}

/** The suggested answers of one clarifying question, then "Skip this question" and "Skip — just write it" (on the last one too). */
export function questionKeyboard(
  t: Translate,
  askId: string,
  questions: readonly StoredQuestion[],
  index: number,
): InlineKeyboard {
  const keyboard = new InlineKeyboard();
  questions[index].options.slice(0, 4).forEach((option, i) => {
    keyboard.text(
      option,
      questionOptionData.encode({ option: i, question: index, askId }),
    );
    if (i % 2 === 1) keyboard.row();
  });
  keyboard.row();
  // On the last question too: it writes with the earlier answers, as
  // "just write it" does there, but every question offers the same buttons.
  keyboard.text(
    t("questions-skip-one"),
    questionSkipData.encode({ scope: "one", question: index, askId }),
  );
  keyboard.text(
    t("questions-skip-all"),
    questionSkipData.encode({ scope: "all", question: index, askId }),
  );
  return keyboard;
}

/** "It's my answer" and "It's a new idea" under a text typed at question `index` of `askId`. */
export function typedTextKeyboard(
  t: Translate,
  askId: string,
  index: number,
): InlineKeyboard {
  return new InlineKeyboard()
    .text(
      t("questions-typed-answer"),
      questionTypedData.encode({ as: "answer", question: index, askId }),
    )
    .text(
      t("questions-typed-idea"),
      questionTypedData.encode({ as: "idea", question: index, askId }),
    );
}

/** A settings field shown on the /settings screen. */
export type SettingsField =
  | "category"
  | "target"
  | "length"
  | "clarify"
  | "answerLanguage"
  | "language";

/** What the /settings screen shows: the prompt settings and the interface language. */
export interface SettingsView extends PromptSettings {
  /** The interface language chosen, or "auto" (Telegram's). */
  language: LocaleCode | "auto";
}

/** A setting's value as the screen names it. */
export function settingValueName(
  t: Translate,
  field: SettingsField,
  value: string,
): string {
  switch (field) {
    case "category":
      return value === "auto"
        ? `${AUTO_EMOJI} ${t("category-auto-title")}`
        : CATEGORY_IDS.includes(value as CategoryId)
        ? categoryLabel(t, value as CategoryId)
        : value;
    case "target": {
      const target = TARGETS.find((candidate) => candidate.id === value);
      return target
        ? `${target.emoji} ${targetName(t, target.id)}`
        : t("settings-target-auto");
    }
    case "length":
      return t(`settings-length-${value}`);
    case "clarify":
      return t(`settings-clarify-${value}`);
    case "answerLanguage":
    case "language":
      return value in LOCALES
        ? LOCALES[value as LocaleCode].name
        : field === "language"
        ? t("settings-language-auto")
        : t("settings-answer-language-auto");
  }
}

const SETTING_LABELS: Readonly<Record<SettingsField, string>> = {
  category: "settings-category",
  target: "settings-target",
  length: "settings-length",
  clarify: "settings-clarify",
  answerLanguage: "settings-answer-language",
  language: "settings-language",
};

/** The /settings screen: one button per setting, showing its value. */
export function settingsKeyboard(
  t: Translate,
  view: SettingsView,
): InlineKeyboard {
  const keyboard = new InlineKeyboard();
  for (const field of Object.keys(SETTING_LABELS) as SettingsField[]) {
    keyboard.text(
      t(SETTING_LABELS[field], {
        value: settingValueName(t, field, view[field]),
      }),
      settingsViewData.encode({ view: field }),
    ).row();
  }
  return keyboard;
}

/** "✓ Approve" / "✕ Deny" under the card of `userId`'s request for access. */
export function accessRequestKeyboard(
  t: Translate,
  userId: number,
): InlineKeyboard {
  return new InlineKeyboard()
    .text(
      t("access-approve"),
      accessAnswerData.encode({ userId, answer: "approve" }),
    )
    .text(
      t("access-deny"),
      accessAnswerData.encode({ userId, answer: "deny" }),
    );
}

/** ‹ Newer / Older › under a page of /audit; none when it is the only page. */
export function auditKeyboard(
  t: Translate,
  page: { current: number; more: boolean },
): InlineKeyboard | undefined {
  if (page.current === 0 && !page.more) return undefined;
  const keyboard = new InlineKeyboard();
  if (page.current > 0) {
    keyboard.text(
      t("history-newer"),
      auditPageData.encode({ page: page.current - 1 }),
    );
  }
  if (page.more) {
    keyboard.text(
      t("history-older"),
      auditPageData.encode({ page: page.current + 1 }),
    );
  }
  return keyboard;
}

/** The choices of one setting, the current one marked ✓, then « Back. */
export function settingsPicker(
  t: Translate,
  field: SettingsField,
  current: string,
): InlineKeyboard {
  const keyboard = new InlineKeyboard();
  const choices: string[] = field === "category"
    ? ["auto", ...CATEGORY_IDS]
    : field === "target"
    ? ["auto", ...TARGETS.map((target) => target.id)]
    : field === "length"
    ? [...LENGTHS]
    : field === "clarify"
    ? [...CLARIFY_MODES]
    : [...Object.keys(LOCALES), "auto"];
  const perRow = field === "language" || field === "answerLanguage" ? 3 : 2;
  choices.forEach((value, i) => {
    const mark = value === current ? "✓ " : "";
    keyboard.text(
      `${mark}${settingValueName(t, field, value)}`,
      settingsSetData.encode({ field, value }),
    );
    if (i % perRow === perRow - 1) keyboard.row();
  });
  keyboard.row().text(
    t("settings-back"),
    settingsViewData.encode({ view: "main" }),
  );
  return keyboard;
}

/** "🗑 Delete everything" / "Keep" under /forget's question. */
export function forgetKeyboard(t: Translate): InlineKeyboard {
  return new InlineKeyboard()
    .text(t("forget-yes"), forgetData.encode({ answer: "yes" }))
    .text(t("forget-no"), forgetData.encode({ answer: "no" }));
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
