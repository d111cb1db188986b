/**
 * What an answer looks like: one short header (category, target model, who
 * wrote it, the version), the prompt alone in a block Telegram copies with
 * one tap, then the notes — what to fill in, what was assumed — outside it.
 * The offline notice is a line of its own, never inside the copied text.
 *
 * @module
 */
import {
  type CategoryId,
  getCategory,
  isCategoryId,
} from "../enhance/categories.ts";
import { isTargetId, type TargetId } from "../enhance/targets.ts";
import type { JobResult, StoredQuestion } from "../storage/job_store.ts";
import type { Block, FormattedPart } from "../telegram/format.ts";
import { splitBlocks } from "../telegram/format.ts";
import type { Translate } from "./i18n.ts";

/** Telegram's limit on a `copy_text` button's text. */
export const COPY_TEXT_LIMIT = 256;

/** What the header says about an answer besides its result. */
export interface AnswerContext {
  /** The category asked for or detected, when the result does not say. */
  category: string;
  /** 1 for an original answer, 2… for its revisions. */
  version: number;
  /** What the revision asked ("shorter", "reply"…), for the header. */
  action?: string;
}

/** The rendered answer: its messages, and the plain text of the whole. */
export interface RenderedAnswer {
  parts: FormattedPart[];
  /** What the file of a cut answer holds: the prompt, ready to paste. */
  file: string;
  /** The prompt alone: what the 📋 Copy button copies, when it fits. */
  prompt: string;
}

/** The category an answer was written for (the model's choice, else the asked one). */
export function answerCategory(
  result: JobResult,
  asked: string,
): CategoryId | null {
  const category = result.answer?.category ?? asked;
  return isCategoryId(category) ? category : null;
}

/** "🎨 Image", in the reader's language. */
export function categoryName(t: Translate, id: CategoryId): string {
  return `${getCategory(id).emoji} ${t(`category-${id}-title`)}`;
}

/** "Midjourney", in the reader's language. */
export function targetName(t: Translate, id: TargetId): string {
  return t(`target-${id}`);
}

/** The blocks of a written prompt (not a rejection, not questions). */
export function answerBlocks(
  t: Translate,
  result: JobResult,
  context: AnswerContext,
): Block[] {
  const blocks: Block[] = [{
    kind: "text",
    style: "bold",
    text: header(t, result, context),
  }];
  const notice = offlineNotice(t, result);
  if (notice !== null) {
    blocks.push({ kind: "text", style: "italic", text: notice });
  }
  blocks.push({ kind: "pre", text: result.body });
  const answer = result.answer?.kind === "prompt" ? result.answer : undefined;
  if (answer && answer.placeholders.length > 0) {
    blocks.push({
      kind: "text",
      text: [t("answer-fill-in"), ...answer.placeholders.map((p) => `• ${p}`)]
        .join("\n"),
    });
  }
  if (answer && answer.assumptions.length > 0) {
    blocks.push({
      kind: "text",
      text: [t("answer-assumed"), ...answer.assumptions.map((a) => `• ${a}`)]
        .join("\n"),
    });
  }
  if (answer?.translationNote) {
    blocks.push({
      kind: "text",
      style: "italic",
      text: answer.translationNote,
    });
  }
  if (result.finishReason === "length") {
    blocks.push({
      kind: "text",
      style: "italic",
      text: t("answer-cut-by-limit"),
    });
  }
  return blocks;
}

/** The messages of a written prompt, each valid HTML within Telegram's limit. */
export function renderAnswer(
  t: Translate,
  result: JobResult,
  context: AnswerContext,
): RenderedAnswer {
  const blocks = answerBlocks(t, result, context);
  return {
    parts: splitBlocks(blocks),
    file: result.body,
    prompt: result.body,
  };
}

function header(
  t: Translate,
  result: JobResult,
  context: AnswerContext,
): string {
  const pieces: string[] = [];
  const category = answerCategory(result, context.category);
  if (category !== null) pieces.push(categoryName(t, category));
  const target = result.answer?.kind === "prompt"
    ? result.answer.target
    : undefined;
  if (isTargetId(target)) pieces.push(`🎯 ${targetName(t, target)}`);
  pieces.push(
    result.source === "ai" ? t("answer-by-ai") : t("answer-by-offline"),
  );
  if (context.version > 1) {
    pieces.push(
      context.action
        ? t("answer-version-of", {
          version: context.version,
          action: actionName(t, context.action),
        })
        : t("answer-version", { version: context.version }),
    );
  }
  return pieces.join(" · ");
}

/** What a revision asked, as its button says it ("✂️ Shorter"). */
export function actionName(t: Translate, action: string): string {
  switch (action) {
    case "shorter":
    case "detail":
    case "another":
    case "target":
    case "category":
    case "ask":
    case "reply":
      return t(`revision-${action}`);
    default:
      return action;
  }
}

function offlineNotice(t: Translate, result: JobResult): string | null {
  if (result.source !== "offline") return null;
  switch (result.reason) {
    case "no_keys":
      return t("answer-offline-no-keys");
    case "empty_answer":
      return t("answer-offline-empty");
    case "unavailable":
      // Said only where the "Try again with AI" button it names is shown.
      return t("answer-offline-unavailable");
    default:
      // No reason known (an answer shown again from the history): no button named.
      return t("answer-offline-written");
  }
}

/**
 * One clarifying question, with where it stands ("2/3") and the hint that a
 * typed answer works too.
 */
export function questionText(
  t: Translate,
  questions: readonly StoredQuestion[],
  index: number,
): string {
  const question = questions[index];
  return [
    t("questions-intro", { n: index + 1, total: questions.length }),
    "",
    question.text,
    "",
    t("questions-typed-hint"),
  ].join("\n");
}
