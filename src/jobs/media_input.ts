/**
 * Turns a job's media into what the enhancement needs: a voice note into its
 * transcript (shown first: "🎙 I heard: …"), pictures into base64 data URLs
 * for a vision model (an album collected first), a text file into the rough
 * prompt. Files are fetched again by id on every run, in memory: nothing of
 * their bytes is stored, logged or written to disk. A transcript, once made,
 * is kept in the job so that a takeover after a crash neither transcribes it
 * again nor shows it twice.
 *
 * Whatever makes a request impossible (no key, a file too large, not UTF-8…)
 * becomes a "rejected" result whose reason names a text of the media locale
 * area (`rejected-<reason>`): one clear sentence, never a raw error.
 *
 * @module
 */
import { Buffer } from "node:buffer";
import type { Api, RawApi } from "grammy";
import type { Clock } from "../clock.ts";
import { type CategoryId, isCategoryId } from "../enhance/categories.ts";
import { inlinePrompt } from "../enhance/inline_choices.ts";
import { isPromptLanguage } from "../enhance/language.ts";
import type { InputKind } from "../enhance/prompt.ts";
import { MAX_PROMPT_CHARS, validateRoughPrompt } from "../enhance/validate.ts";
import { ProviderError, type Transcriber } from "../llm/provider.ts";
import { describeError, getLog } from "../logging.ts";
import type { JobMedia, MediaFile } from "../storage/job_media.ts";
import type { EnhanceJob, JobInput, JobResult } from "../storage/job_store.ts";
import type { MediaStore } from "../storage/media_store.ts";
import {
  fetchTelegramFile,
  type FileFetchOptions,
  type FileFetchOutcome,
} from "../telegram/files.ts";
import { ignoreNotModified, sendText } from "../telegram/send.ts";
import { TELEGRAM_TEXT_LIMIT } from "../telegram/split.ts";
import type { Translate } from "../ui/i18n.ts";
import { type Sleep, sleep as realSleep } from "../util/backoff.ts";
import { cutSafely } from "../util/text.ts";

const log = getLog("media");

/** The longest voice note transcribed by default, in seconds (VOICE_MAX_SECONDS). */
export const DEFAULT_VOICE_MAX_SECONDS = 300;

/** Pixels of the largest photo size sent to the vision model by default (VISION_MAX_PIXELS): 1280 × 1280. */
export const DEFAULT_VISION_MAX_PIXELS = 1280 * 1280;

/** Pictures of one album sent at most by default (ALBUM_MAX_IMAGES). */
export const DEFAULT_ALBUM_MAX_IMAGES = 4;

/** How long an album waits for its next part by default (ALBUM_WINDOW_MS). */
export const DEFAULT_ALBUM_WINDOW_MS = 1_500;

/** The largest picture sent to the vision model: 10 MB (a data URL is a third larger). */
export const MAX_IMAGE_BYTES = 10 * 1024 * 1024;

/** The largest text file read: every character of a prompt in 4 bytes of UTF-8, and a BOM. */
export const MAX_TEXT_FILE_BYTES = MAX_PROMPT_CHARS * 4 + 3;

/** What the media pipeline needs. */
export interface MediaPipelineDeps {
  api: Api<RawApi>;
  /** Where files come from and how large they may be. */
  files: FileFetchOptions;
  /** `null` when no key can transcribe: voice notes are refused. */
  transcriber: Transcriber | null;
  /** Whether an LLM is configured at all: without one, pictures are refused. */
  vision: boolean;
  store: MediaStore;
  clock: Clock;
  /** Waits for an album's parts; tests pass one that moves their clock. */
  sleep?: Sleep;
}

/** Limits of the media pipeline. */
export interface MediaLimits {
  /** VOICE_MAX_SECONDS; 0 turns voice notes off. */
  voiceMaxSeconds: number;
  /** VISION_MODEL: the model that looks at pictures; absent: the configured one. */
  visionModel?: string;
  /** VISION_MAX_PIXELS: the largest photo size chosen. */
  visionMaxPixels: number;
  /** ALBUM_MAX_IMAGES. */
  albumMaxImages: number;
  /** ALBUM_WINDOW_MS. */
  albumWindowMs: number;
}

/** The defaults of {@linkcode MediaLimits}. */
export const DEFAULT_MEDIA_LIMITS: Readonly<MediaLimits> = Object.freeze({
  voiceMaxSeconds: DEFAULT_VOICE_MAX_SECONDS,
  visionMaxPixels: DEFAULT_VISION_MAX_PIXELS,
  albumMaxImages: DEFAULT_ALBUM_MAX_IMAGES,
  albumWindowMs: DEFAULT_ALBUM_WINDOW_MS,
});

/** Why a media request cannot be answered; the text is `rejected-<reason>` (with `-` for `_`). */
export type MediaRefusal =
  | "voice_no_keys"
  | "voice_too_long"
  | "voice_too_large"
  | "voice_unavailable"
  | "voice_failed"
  | "voice_empty"
  | "photo_offline"
  | "photo_too_large"
  | "image_unreadable"
  | "file_gone"
  | "document_too_long"
  | "document_not_utf8"
  | "document_empty";

/** What the enhancement of a media job works on, or the answer instead of one. */
export type MediaInput =
  | {
    ok: true;
    /** The rough prompt: the transcript, the caption, the file's text (may be empty for pictures). */
    prompt: string;
    /** Pictures as data URLs, in order. */
    images: string[];
    inputKind: InputKind;
    /** A category of its own (pictures without a caption are image prompts). */
    category?: CategoryId;
    /** The model to ask (the vision model, for pictures). */
    model?: string;
  }
  | { ok: false; result: JobResult };

/** How a run hands the pipeline its job. */
export interface PrepareContext {
  signal: AbortSignal;
  /** The job's texts. */
  t: Translate;
  /** Keep the job's media as it now stands (the transcript): must throw when the job was lost. */
  save(media: JobMedia): Promise<void>;
}

/** The media pipeline of the job runner; see the module documentation. */
export class MediaPipeline {
  readonly #deps: MediaPipelineDeps;
  readonly #limits: MediaLimits;

  constructor(deps: MediaPipelineDeps, limits: Partial<MediaLimits> = {}) {
    this.#deps = deps;
    this.#limits = { ...DEFAULT_MEDIA_LIMITS, ...definedOnly(limits) };
  }

  /** The limits in force. */
  get limits(): Readonly<MediaLimits> {
    return this.#limits;
  }

  /** Albums and transcript messages. */
  get store(): MediaStore {
    return this.#deps.store;
  }

  /** Whether voice notes can be transcribed (a key, and voice input on). */
  get transcribes(): boolean {
    return this.#deps.transcriber !== null && this.#limits.voiceMaxSeconds > 0;
  }

  /** Whether pictures can be read (an LLM is configured). */
  get sees(): boolean {
    return this.#deps.vision;
  }

  /** The largest file fetched, in bytes. */
  get maxFileBytes(): number {
    return this.#deps.files.maxBytes;
  }

  /** What job `job` (which has media) is enhanced from, or its answer when it cannot be. */
  async prepare(job: EnhanceJob, context: PrepareContext): Promise<MediaInput> {
    const media = job.media!;
    switch (media.kind) {
      case "voice":
        return await this.#voice(job, media, context);
      case "photo":
        return await this.#photo(job, media, context.signal);
      case "document":
        return await this.#document(job, media, context.signal);
      case "inline":
        return { ok: true, prompt: job.prompt, images: [], inputKind: "text" };
    }
  }

  async #voice(
    job: EnhanceJob,
    given: JobMedia,
    context: PrepareContext,
  ): Promise<MediaInput> {
    let media = given;
    if (media.transcript === undefined) {
      const heard = await this.#transcribe(job, media, context.signal);
      if (!heard.ok) return heard;
      media = { ...media, transcript: heard.text };
      await context.save(media);
    }
    const transcript = media.transcript!;
    if (media.transcriptMessageId === undefined) {
      const shown = await this.#showTranscript(job, media, context.t);
      media = { ...media, transcriptMessageId: shown };
      await context.save(media);
    }
    return { ok: true, prompt: transcript, images: [], inputKind: "voice" };
  }

  async #transcribe(
    job: EnhanceJob,
    media: JobMedia,
    signal: AbortSignal,
  ): Promise<{ ok: true; text: string } | { ok: false; result: JobResult }> {
    const transcriber = this.#deps.transcriber;
    const file = media.files[0];
    if (transcriber === null || this.#limits.voiceMaxSeconds === 0) {
      return refused("voice_no_keys");
    }
    if ((media.duration ?? 0) > this.#limits.voiceMaxSeconds) {
      return refused("voice_too_long");
    }
    const fetched = await this.#fetch(file, this.#deps.files.maxBytes, signal);
    if (!fetched.ok) {
      return refused(
        fetched.reason === "too_large" ? "voice_too_large" : "file_gone",
      );
    }
    try {
      const heard = await transcriber.transcribe({
        audio: fetched.bytes,
        ...audioFormat(file),
        ...(job.locale === undefined ? {} : { language: job.locale }),
        signal,
      });
      if (heard.text === "") return refused("voice_empty");
      return { ok: true, text: cutSafely(heard.text, MAX_PROMPT_CHARS) };
    } catch (error) {
      if (signal.aborted || !(error instanceof ProviderError)) throw error;
      if (error.kind === "aborted") throw error;
      log.warn("Cannot transcribe a voice note: {error}", {
        jobId: job.id,
        kind: error.kind,
        error: describeError(error),
      });
      return refused(
        error.kind === "bad_request" ? "voice_failed" : "voice_unavailable",
      );
    }
  }

  /**
   * Send the transcript (in parts when long), replying to the voice note,
   * and remember its messages: a reply to one is a corrected prompt.
   *
   * @returns the id of the first message
   */
  async #showTranscript(
    job: EnhanceJob,
    media: JobMedia,
    t: Translate,
  ): Promise<number> {
    const { api, store, clock } = this.#deps;
    const sent = await sendText(
      api,
      job.chatId,
      t("voice-heard", { text: media.transcript! }),
      {
        replyTo: media.messageId ?? job.replyTo,
        threadId: job.threadId,
      },
    );
    const record = {
      userId: job.userId,
      jobId: job.id,
      createdAt: clock.now(),
    };
    for (const message of sent) {
      await store.rememberTranscript(job.chatId, message.message_id, record);
    }
    return sent[0].message_id;
  }

  async #photo(
    job: EnhanceJob,
    media: JobMedia,
    signal: AbortSignal,
  ): Promise<MediaInput> {
    if (!this.#deps.vision) return refused("photo_offline");
    let files = media.files;
    let caption = job.prompt;
    if (media.albumId !== undefined) {
      const album = await this.#collectAlbum(job.chatId, media.albumId, signal);
      if (album !== null) {
        files = album.files;
        if (caption.trim() === "") caption = album.caption ?? "";
      }
    }
    const images: string[] = [];
    const limit = Math.min(MAX_IMAGE_BYTES, this.#deps.files.maxBytes);
    for (const file of files.slice(0, this.#limits.albumMaxImages)) {
      const fetched = await this.#fetch(file, limit, signal);
      if (!fetched.ok) {
        return refused(
          fetched.reason === "too_large" ? "photo_too_large" : "file_gone",
        );
      }
      const url = imageDataUrl(fetched.bytes);
      if (url === null) return refused("image_unreadable");
      images.push(url);
    }
    const recreate = caption.trim() === "";
    return {
      ok: true,
      prompt: caption.trim(),
      images,
      inputKind: recreate ? "image_to_prompt" : "photo",
      ...(recreate
        ? { category: job.category === "video" ? "video" : "image" }
        : {}),
      ...(this.#limits.visionModel === undefined
        ? {}
        : { model: this.#limits.visionModel }),
    };
  }

  /**
   * The album's pictures once no part arrived for the window (the album is
   * closed then, so a later part is a request of its own); waits at most ten
   * windows in all.
   */
  async #collectAlbum(chatId: number, albumId: string, signal: AbortSignal) {
    const { store, clock } = this.#deps;
    const sleep = this.#deps.sleep ?? realSleep;
    const windowMs = this.#limits.albumWindowMs;
    const until = clock.now() + 10 * windowMs;
    for (;;) {
      const now = clock.now();
      const force = now >= until;
      const outcome = await store.closeAlbum(chatId, albumId, {
        now,
        windowMs: force ? 0 : windowMs,
      });
      if (outcome.ok) return outcome.album;
      if (outcome.reason === "gone") return null;
      await sleep(Math.min(outcome.waitMs, until - now), signal);
      signal.throwIfAborted();
    }
  }

  async #document(
    job: EnhanceJob,
    media: JobMedia,
    signal: AbortSignal,
  ): Promise<MediaInput> {
    const fetched = await this.#fetch(
      media.files[0],
      Math.min(MAX_TEXT_FILE_BYTES, this.#deps.files.maxBytes),
      signal,
    );
    if (!fetched.ok) {
      return refused(
        fetched.reason === "too_large" ? "document_too_long" : "file_gone",
      );
    }
    const text = decodeText(fetched.bytes);
    if (text === null) return refused("document_not_utf8");
    const rough = [job.prompt.trim(), text.trim()].filter((part) => part !== "")
      .join("\n\n");
    const checked = validateRoughPrompt(rough);
    if (!checked.ok) {
      return refused(
        checked.reason === "empty" ? "document_empty" : "document_too_long",
      );
    }
    return { ok: true, prompt: checked.text, images: [], inputKind: "text" };
  }

  #fetch(
    file: MediaFile,
    maxBytes: number,
    signal: AbortSignal,
  ): Promise<FileFetchOutcome> {
    return fetchTelegramFile(this.#deps.api, file, {
      ...this.#deps.files,
      maxBytes,
      signal,
    });
  }
}

function refused(reason: MediaRefusal): { ok: false; result: JobResult } {
  return { ok: false, result: { source: "rejected", body: "", reason } };
}

function definedOnly<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(
    Object.entries(value).filter(([, v]) => v !== undefined),
  ) as Partial<T>;
}

/** Extensions transcription servers read the format from, by MIME type. */
const AUDIO_EXTENSIONS: Readonly<Record<string, string>> = {
  "audio/ogg": "ogg",
  "audio/opus": "ogg",
  "audio/mpeg": "mp3",
  "audio/mp3": "mp3",
  "audio/mp4": "m4a",
  "audio/x-m4a": "m4a",
  "audio/m4a": "m4a",
  "audio/aac": "m4a",
  "audio/wav": "wav",
  "audio/x-wav": "wav",
  "audio/webm": "webm",
  "audio/flac": "flac",
  "audio/x-flac": "flac",
  "video/mp4": "mp4",
  "video/webm": "webm",
};

/** The file name and type a transcription server is told. */
function audioFormat(file: MediaFile): { filename: string; mime: string } {
  const mime = file.mime ?? "audio/ogg";
  const named = /\.([A-Za-z0-9]{1,5})$/.exec(file.name ?? "")?.[1];
  const extension = named?.toLowerCase() ?? AUDIO_EXTENSIONS[mime] ?? "ogg";
  return { filename: `audio.${extension}`, mime };
}

/**
 * The picture as a `data:` URL of its real type (read from its first bytes,
 * not from what the message claimed); `null` when it is no JPEG, PNG, WebP
 * or GIF.
 */
export function imageDataUrl(bytes: Uint8Array): string | null {
  const type = imageType(bytes);
  if (type === null) return null;
  return `data:${type};base64,${Buffer.from(bytes).toString("base64")}`;
}

function imageType(bytes: Uint8Array): string | null {
  const starts = (...values: number[]) =>
    values.every((value, i) => bytes[i] === value);
  const ascii = (from: number, text: string) =>
    [...text].every((char, i) => bytes[from + i] === char.charCodeAt(0));
  if (starts(0xff, 0xd8, 0xff)) return "image/jpeg";
  if (starts(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a)) {
    return "image/png";
  }
  if (ascii(0, "GIF87a") || ascii(0, "GIF89a")) return "image/gif";
  if (ascii(0, "RIFF") && ascii(8, "WEBP")) return "image/webp";
  return null;
}

/**
 * A text file's text: strict UTF-8 (a byte order mark is dropped); `null`
 * for invalid bytes, or a NUL, which no text file has.
 */
export function decodeText(bytes: Uint8Array): string | null {
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
  return text.includes("\u0000") ? null : text;
}

/**
 * The photo size to send: the largest within `maxPixels`, else the
 * smallest; `undefined` for no sizes.
 */
export function choosePhotoSize<T extends { width: number; height: number }>(
  sizes: readonly T[],
  maxPixels: number,
): T | undefined {
  const byArea = sizes.toSorted((a, b) =>
    a.width * a.height - b.width * b.height
  );
  const fitting = byArea.filter((size) =>
    size.width * size.height <= maxPixels
  );
  return fitting.at(-1) ?? byArea[0];
}

/** The inline message's final text: the AI's answer, within Telegram's limit. */
export function inlineAnswerText(text: string): string {
  return cutSafely(text, TELEGRAM_TEXT_LIMIT);
}

/**
 * Deliver an inline job's answer: the message the user sent through the bot
 * is edited into the AI's prompt. When the AI failed, the offline text the
 * user chose stays, without the line saying the AI is writing.
 */
export async function deliverInline(
  api: Api<RawApi>,
  job: EnhanceJob,
  result: JobResult,
): Promise<{ messages: number; cut: boolean; messageIds: number[] }> {
  const id = job.media?.inlineMessageId;
  if (id === undefined) return { messages: 0, cut: false, messageIds: [] };
  const full = result.source === "ai" ? result.body : inlineFallback(job);
  const text = inlineAnswerText(full);
  await api.editMessageTextInline(id, text).catch(ignoreNotModified);
  // An inline message has no chat message id: no reply or button leads back.
  return { messages: 1, cut: text.length < full.length, messageIds: [] };
}

/** The offline text an inline request showed: the same offline prompt, computed again. */
export function inlineFallback(
  job: Pick<JobInput, "prompt" | "category" | "locale">,
): string {
  const category = isCategoryId(job.category) ? job.category : "general";
  const language = isPromptLanguage(job.locale) ? job.locale : undefined;
  return inlinePrompt(job.prompt, { category }, language);
}
