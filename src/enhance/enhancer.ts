/**
 * The domain entry point: enhance a rough prompt with the LLM, or offline when
 * the LLM is not configured or fails.
 *
 * @module
 */

import { type LlmProvider, ProviderError } from "../llm/provider.ts";
import {
  type ClarifyingQuestion,
  createVisibleStream,
  parseModelAnswer,
  type PromptNotes,
  type VisibleStream,
} from "./answer.ts";
import type { CategoryChoice, CategoryId } from "./categories.ts";
import type { PromptLanguage } from "./language.ts";
import { type ClarifyMode, writeOfflinePrompt } from "./offline.ts";
import {
  type AnswerLength,
  buildEnhanceRequest,
  type ClarifyingAnswer,
  type EnhanceMode,
  type InputKind,
  type Refinement,
} from "./prompt.ts";
import type { TargetChoice, TargetId } from "./targets.ts";

/** Why an enhancement was made offline. */
export type OfflineReason =
  /** No API key is configured: the bot runs offline by design. */
  | "no_keys"
  /** The LLM failed (every key, every attempt). */
  | "unavailable"
  /** The LLM answered with nothing but whitespace. */
  | "empty_answer";

/** Why the LLM provider refused the request itself; another try would fail too. */
export type RejectReason =
  | "too_long"
  | "content_policy"
  | "unknown_model"
  | "invalid_request"
  /** Pictures without a caption and no AI to look at them: there is nothing to enhance offline. */
  | "needs_ai";

/** What was written, for the UI: the prompt apart from its notes, or questions. */
export type EnhanceAnswer =
  | {
    kind: "prompt";
    /** The prompt to copy: no notice, no notes. */
    prompt: string;
    /** Placeholders to fill and assumptions made: shown outside the copied text. */
    notes: PromptNotes;
    /** The category written for (the model's choice or the detected one for "auto"). */
    category: CategoryId;
    target: TargetId;
    /** For an image or video prompt the user did not write in English. */
    translationNote?: string;
  }
  | {
    kind: "questions";
    questions: readonly ClarifyingQuestion[];
    category: CategoryId;
  };

/** The outcome of {@linkcode enhancePrompt}. */
export type EnhanceResult =
  | {
    source: "ai";
    /** The text to show: the prompt (or the questions as a list). */
    text: string;
    answer: EnhanceAnswer;
    model: string;
    /** Masked identity of the key that answered, for logs. */
    keyHint: string;
    /** Why the model stopped, e.g. `"length"` at the token limit (the text is still the answer). */
    finishReason?: string;
  }
  | {
    source: "offline";
    /** The offline enhancement, without the offline notice. */
    text: string;
    answer: EnhanceAnswer;
    reason: OfflineReason;
    /** What failed, for logs; absent for "no_keys". Never show it to the user. */
    error?: ProviderError;
  }
  | {
    source: "rejected";
    reason: RejectReason;
    /** A sentence for the user: what to change. */
    message: string;
    /** The provider's error, for logs. Never show it to the user. */
    error: ProviderError;
  };

/** What {@linkcode enhancePrompt} needs from the rest of the bot. */
export interface EnhanceDeps {
  /** The LLM; null when no key is configured. */
  provider: LlmProvider | null;
}

/** Options of {@linkcode enhancePrompt}. */
export interface EnhanceOptions {
  /** A category, or "auto": detected offline, chosen by the model online. */
  category: CategoryChoice;
  /** Defaults to "auto": the category's default target. */
  target?: TargetChoice;
  /** Defaults to "standard". */
  length?: AnswerLength;
  /** A BCP-47 code or "auto" (default): see {@linkcode buildEnhanceRequest}. */
  answerLanguage?: string;
  /** "ask": clarifying questions first. Defaults to "write". */
  mode?: EnhanceMode;
  /** Whether the offline path asks its questions; defaults to "never". */
  clarify?: ClarifyMode;
  /** Defaults to "text". */
  inputKind?: InputKind;
  /**
   * Pictures the model looks at, as `data:image/…;base64,` URLs (see
   * `CompletionRequest.images`). With `inputKind` "image_to_prompt" the
   * rough prompt may be empty.
   */
  images?: readonly string[];
  /** The model to ask instead of the configured one (a vision model for pictures). */
  model?: string;
  previous?: Refinement;
  answers?: readonly ClarifyingAnswer[];
  /** The user's interface language, when the text gives no sign of its own. */
  userLanguage?: PromptLanguage;
  /** Stops the LLM call; the abort is rethrown, not turned into a fallback. */
  signal?: AbortSignal;
  /** Receives the answer as it streams, chunk by chunk. */
  onDelta?: (chunk: string) => void;
  /** Called when text passed to `onDelta` must be discarded (a retry or a fallback follows). */
  onReset?: () => void;
  /**
   * Limit of the LLM's answer in tokens (see `resolveMaxTokens`); raised to
   * the rough prompt's length in characters when that is more, since an
   * improved prompt keeps everything the user wrote. Absent: the category's
   * own limit.
   */
  maxTokens?: number;
  /**
   * Sampling temperature of a written prompt (not of clarifying questions),
   * overriding the category's (`LLM_TEMPERATURE_BY_CATEGORY`). Absent: the
   * category's own.
   */
  temperature?: number;
}

const REJECT_MESSAGES: Record<RejectReason, string> = {
  too_long:
    "Your prompt is too long for the AI model. Shorten it and send it again.",
  content_policy:
    "The AI provider declined this prompt under its content policy. Rephrase it and try again.",
  unknown_model:
    "The AI model this bot is set up to use is not available. Please tell the bot's administrator.",
  invalid_request:
    "The AI provider rejected this request. Try rephrasing or shortening your prompt; if it keeps happening, please tell the bot's administrator.",
  needs_ai:
    "Turning a picture into a prompt needs the AI, which is unavailable right now. Try again later, or describe the picture in words.",
};

const REJECT_PATTERNS: readonly (readonly [RegExp, RejectReason])[] = [
  [
    /model_not_found|model[^.]*(?:does not exist|not found|not available)|(?:unknown|invalid|no such) model/i,
    "unknown_model",
  ],
  [
    /context_length_exceeded|context length|context window|too many tokens|too long|string_above_max_length|maximum length|reduce the length/i,
    "too_long",
  ],
  [
    /content[ _-]?(?:filter|policy|management)|safety|moderation|flagged|responsible ?ai/i,
    "content_policy",
  ],
];

/**
 * Enhance a rough prompt: with the LLM when there is one, else offline.
 *
 * - no provider: offline, reason "no_keys";
 * - the provider refuses the request ("bad_request"): no fallback, since the
 *   same prompt would fail again; "rejected" with what the user should change;
 * - the caller aborts: the abort is rethrown;
 * - any other failure, or an empty answer: offline, after `onReset` if text
 *   was already streamed.
 *
 * Pictures without a caption (`inputKind` "image_to_prompt", `images`) are
 * described by the model only: without one the result is "rejected" with
 * reason "needs_ai".
 *
 * @param rough The user's rough prompt, already validated.
 * @param deps The LLM provider, or null.
 * @param options The category, abort signal and streaming callbacks.
 * @returns Where the result came from, with the text or a message for the user.
 * @throws {TypeError} when `rough` is blank (and there are no pictures to recreate).
 * @throws {ProviderError} of kind "aborted", or the signal's reason, when aborted.
 *
 * @example
 * ```ts ignore
 * const result = await enhancePrompt(text, { provider }, { category: "coding", signal });
 * if (result.source === "rejected") await ctx.reply(result.message);
 * ```
 */
export async function enhancePrompt(
  rough: string,
  deps: EnhanceDeps,
  options: EnhanceOptions,
): Promise<EnhanceResult> {
  const images = options.images ?? [];
  const recreate = options.inputKind === "image_to_prompt" && images.length > 0;
  if (rough.trim() === "" && !recreate) {
    throw new TypeError("Cannot enhance prompt: the rough prompt is empty");
  }
  options.signal?.throwIfAborted();
  if (deps.provider === null) return offline(rough, options, "no_keys");
  const request = buildEnhanceRequest({
    ...options,
    rough,
    imageCount: images.length,
  });
  const stream = trackDeltas(options);
  try {
    const result = await deps.provider.complete({
      messages: request.messages,
      // Clarifying questions keep their own small budget.
      maxTokens: answerTokens(
        rough,
        options.mode === "ask"
          ? request.maxTokens
          : options.maxTokens ?? request.maxTokens,
      ),
      temperature: options.mode !== "ask" && options.temperature !== undefined
        ? options.temperature
        : request.temperature,
      ...(images.length > 0 ? { images } : {}),
      ...(options.model === undefined ? {} : { model: options.model }),
      signal: options.signal,
      onDelta: stream.onDelta,
      onReset: stream.onReset,
    });
    const answer = aiAnswer(result.text, request.craft, request.target);
    if (answer !== null) {
      stream.finish(answer);
      return {
        source: "ai",
        text: answerText(answer),
        answer,
        model: result.model,
        keyHint: result.keyHint,
        ...(result.finishReason === undefined
          ? {}
          : { finishReason: result.finishReason }),
      };
    }
    stream.discard();
    return offline(
      rough,
      options,
      "empty_answer",
      new ProviderError(
        "malformed",
        "Cannot enhance prompt: the model gave an empty answer",
      ),
    );
  } catch (error) {
    if (isAbort(error, options.signal)) throw error;
    stream.discard();
    return failed(rough, options, asProviderError(error));
  }
}

/**
 * The token limit sent for `rough`: at least one token per character of it
 * (tokens are rarely shorter), so a long prompt is never cut by the limit.
 */
function answerTokens(
  rough: string,
  maxTokens: number | undefined,
): number | undefined {
  return maxTokens === undefined
    ? undefined
    : Math.max(maxTokens, rough.length);
}

/** The model's answer for the UI, or null when it holds nothing to show. */
function aiAnswer(
  text: string,
  craft: CategoryId,
  target: TargetId,
): EnhanceAnswer | null {
  const parsed = parseModelAnswer(text);
  const category = parsed.category ?? craft;
  if (parsed.kind === "questions") {
    return { kind: "questions", questions: parsed.questions, category };
  }
  if (parsed.prompt === "") return null;
  return {
    kind: "prompt",
    prompt: parsed.prompt,
    notes: parsed.notes,
    category,
    target,
    ...(parsed.translationNote
      ? { translationNote: parsed.translationNote }
      : {}),
  };
}

/** The plain text of an answer, for callers that show only text. */
function answerText(answer: EnhanceAnswer): string {
  if (answer.kind === "prompt") return answer.prompt;
  return answer.questions.map((question, i) =>
    `${i + 1}. ${question.text}\n${
      question.options.map((option) => `   • ${option}`).join("\n")
    }`
  ).join("\n");
}

/**
 * Pass deltas through the visible-stream filter (the analysis and notes are
 * never shown), remembering whether anything is still on the user's screen.
 */
function trackDeltas(options: EnhanceOptions) {
  let visible: VisibleStream = createVisibleStream();
  let shown = false;
  return {
    onDelta(chunk: string) {
      const delta = visible.push(chunk);
      if (delta === "") return;
      shown = true;
      options.onDelta?.(delta);
    },
    onReset() {
      visible = createVisibleStream();
      if (shown) options.onReset?.();
      shown = false;
    },
    /** The answer is complete: show what the filter held back, or the whole prompt again. */
    finish(answer: EnhanceAnswer) {
      const end = visible.finish();
      if (answer.kind !== "prompt") return;
      if (end.replaced) {
        if (shown) options.onReset?.();
        options.onDelta?.(answer.prompt);
      } else if (end.delta !== "") options.onDelta?.(end.delta);
    },
    discard() {
      if (shown) options.onReset?.();
      shown = false;
    },
  };
}

function offline(
  rough: string,
  options: EnhanceOptions,
  reason: OfflineReason,
  error?: ProviderError,
): EnhanceResult {
  if (rough.trim() === "") {
    // Pictures without a caption: nothing an offline enhancer could work on.
    return {
      source: "rejected",
      reason: "needs_ai",
      message: REJECT_MESSAGES.needs_ai,
      error: error ??
        new ProviderError(
          "unavailable",
          "Cannot describe the pictures: no AI provider is configured",
        ),
    };
  }
  const written = writeOfflinePrompt(rough, {
    category: options.category,
    target: options.target,
    clarify: options.clarify ?? "never",
    answers: options.answers,
    previous: options.previous,
    length: options.length,
    fallbackLanguage: options.userLanguage,
    // The notes are the interface's; the prompt stays in its own language.
    notesLanguage: options.userLanguage,
    answerLanguage: options.answerLanguage,
  });
  const answer: EnhanceAnswer = written.kind === "prompt"
    ? {
      kind: "prompt",
      prompt: written.prompt,
      notes: written.notes,
      category: written.category,
      target: written.target,
      ...(written.translationNote
        ? { translationNote: written.translationNote }
        : {}),
    }
    : {
      kind: "questions",
      questions: written.questions,
      category: written.category,
    };
  const text = answerText(answer);
  return error
    ? { source: "offline", text, answer, reason, error }
    : { source: "offline", text, answer, reason };
}

function failed(
  rough: string,
  options: EnhanceOptions,
  error: ProviderError,
): EnhanceResult {
  if (error.kind === "bad_request") {
    const reason = rejectReason(error);
    return {
      source: "rejected",
      reason,
      message: REJECT_MESSAGES[reason],
      error,
    };
  }
  return offline(rough, options, "unavailable", error);
}

/** Why the provider refused, read from its status and error codes. */
function rejectReason(error: ProviderError): RejectReason {
  if (error.status === 404) return "unknown_model";
  if (error.status === 413) return "too_long";
  const details = errorDetails(error);
  return REJECT_PATTERNS.find(([pattern]) => pattern.test(details))?.[1] ??
    "invalid_request";
}

/** The messages and codes of an error and its causes, for matching only. */
function errorDetails(error: unknown): string {
  const parts: string[] = [];
  let current: unknown = error;
  for (let depth = 0; depth < 4 && current instanceof Object; depth++) {
    const record = current as Record<string, unknown>;
    for (const key of ["message", "code", "type"]) {
      if (typeof record[key] === "string") parts.push(record[key]);
    }
    current = record.cause ?? record.error;
  }
  return parts.join("\n");
}

function isAbort(error: unknown, signal: AbortSignal | undefined): boolean {
  return signal?.aborted === true ||
    (error instanceof ProviderError && error.kind === "aborted");
}

function asProviderError(error: unknown): ProviderError {
  if (error instanceof ProviderError) return error;
  return new ProviderError(
    "unavailable",
    "Cannot enhance prompt: the provider failed unexpectedly",
    { cause: error },
  );
}
