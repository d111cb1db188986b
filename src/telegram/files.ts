/**
 * Files users send, fetched from Telegram in memory: `getFile`, then the
 * file's bytes from the file URL, with the size checked before anything is
 * downloaded and again while it arrives, within a deadline. Nothing is
 * written to disk, and the bytes are never logged.
 *
 * The file URL (`<apiRoot>/file/bot<token>/<path>`) holds the bot token: it
 * never leaves this module, in an error or anywhere else. A failed download
 * is a {@linkcode FileFetchError} whose message names the status or the kind
 * of failure only, and which carries no cause (the runtime's errors quote
 * the URL).
 *
 * Telegram's cloud Bot API serves files up to 20 MB; a local Bot API server
 * started with `--local` serves any size and answers `getFile` with an
 * absolute path on its own disk, which is read from there.
 *
 * @module
 */
import type { Api, RawApi } from "grammy";
import { isRefusal } from "./errors.ts";

/** The largest file the cloud Bot API lets a bot download: 20 MB. */
export const CLOUD_FILE_LIMIT_BYTES = 20 * 1024 * 1024;

/** The largest file fetched by default (TELEGRAM_FILE_MAX_BYTES). */
export const DEFAULT_FILE_MAX_BYTES = CLOUD_FILE_LIMIT_BYTES;

/** How long one download may take by default (TELEGRAM_FILE_TIMEOUT_MS). */
export const DEFAULT_DOWNLOAD_TIMEOUT_MS = 30_000;

/** Where and how files are fetched. */
export interface FileFetchOptions {
  /** The Bot API root, as for API calls (`https://api.telegram.org`). */
  apiRoot: string;
  /** The bot token: part of the file URL, so never shown. */
  token: string;
  /** Larger files are refused before they are downloaded. */
  maxBytes: number;
  /** Deadline of one download, `getFile` excluded, in milliseconds. */
  timeoutMs: number;
  /** Default: Deno's `fetch`. */
  fetch?: typeof fetch;
}

/** What the caller knows of a file from the message that carried it. */
export interface FileReference {
  fileId: string;
  /** `file_size` from the message, when Telegram gave it. */
  size?: number;
}

/** The outcome of {@linkcode fetchTelegramFile}. */
export type FileFetchOutcome =
  | { ok: true; bytes: Uint8Array; size: number }
  /**
   * - `too_large`: over the limit (by `file_size`, Telegram's answer, or
   *   the bytes that arrived), nothing more was downloaded;
   * - `gone`: Telegram does not know the file (any more).
   */
  | { ok: false; reason: "too_large"; size?: number }
  | { ok: false; reason: "gone" };

/** A download that failed for a reason that may pass: a network error, a timeout, a 5xx. */
export class FileFetchError extends Error {
  override readonly name = "FileFetchError";
  /** What failed: the connection, the deadline, or the server (`status`). */
  readonly kind: "network" | "timeout" | "http";
  readonly status?: number;

  constructor(kind: FileFetchError["kind"], status?: number) {
    super(
      `Cannot download the file: ${
        kind === "http"
          ? `HTTP ${status}`
          : kind === "timeout"
          ? "timed out"
          : "connection failed"
      }`,
    );
    this.kind = kind;
    this.status = status;
  }
}

/**
 * Fetch a file a user sent, in memory. A file over `maxBytes` (by what the
 * message said, by `getFile`'s `file_size`, or while downloading) is refused
 * without downloading the rest; a file Telegram does not know is `gone`.
 *
 * @throws {FileFetchError} when the download failed for a reason that may pass
 * @throws the Bot API's error when `getFile` failed otherwise than refusing the file
 *
 * @example
 * ```ts ignore
 * const file = await fetchTelegramFile(api, { fileId, size }, { apiRoot, token, maxBytes, timeoutMs });
 * if (file.ok) transcribe(file.bytes);
 * ```
 */
export async function fetchTelegramFile(
  api: Api<RawApi>,
  file: FileReference,
  options: FileFetchOptions & { signal?: AbortSignal },
): Promise<FileFetchOutcome> {
  if (file.size !== undefined && file.size > options.maxBytes) {
    return { ok: false, reason: "too_large", size: file.size };
  }
  let info;
  try {
    info = await api.getFile(file.fileId, options.signal as never);
  } catch (error) {
    if (isRefusal(error, { codes: [400], description: /too big/i })) {
      return { ok: false, reason: "too_large" };
    }
    if (isRefusal(error, { codes: [400, 404] })) {
      return { ok: false, reason: "gone" };
    }
    throw error;
  }
  if (info.file_size !== undefined && info.file_size > options.maxBytes) {
    return { ok: false, reason: "too_large", size: info.file_size };
  }
  if (info.file_path === undefined) return { ok: false, reason: "gone" };
  let bytes: Uint8Array | null;
  try {
    bytes = info.file_path.startsWith("/")
      ? await readLocalFile(info.file_path, options.maxBytes)
      : await download(fileUrl(options, info.file_path), options);
  } catch (error) {
    // The path getFile just gave is unknown: the file is gone, trying again cannot help.
    if (error instanceof FileFetchError && error.status === 404) {
      return { ok: false, reason: "gone" };
    }
    throw error;
  }
  return bytes === null
    ? { ok: false, reason: "too_large" }
    : { ok: true, bytes, size: bytes.length };
}

function fileUrl(options: FileFetchOptions, path: string): string {
  const root = options.apiRoot.replace(/\/+$/, "");
  const encoded = path.split("/").map(encodeURIComponent).join("/");
  return `${root}/file/bot${options.token}/${encoded}`;
}

/** The body of `url`, or `null` past `maxBytes`; never an error that quotes the URL. */
async function download(
  url: string,
  options: FileFetchOptions & { signal?: AbortSignal },
): Promise<Uint8Array | null> {
  const timeout = AbortSignal.timeout(options.timeoutMs);
  const signal = options.signal
    ? AbortSignal.any([options.signal, timeout])
    : timeout;
  const fetcher = options.fetch ?? fetch;
  let response: Response;
  try {
    response = await fetcher(url, { signal });
  } catch {
    throw failure(options.signal, timeout);
  }
  try {
    if (!response.ok) throw new FileFetchError("http", response.status);
    const length = Number(response.headers.get("content-length") ?? NaN);
    if (length > options.maxBytes) return null;
    return await readAtMost(response.body, options.maxBytes);
  } catch (error) {
    if (error instanceof FileFetchError) throw error;
    throw failure(options.signal, timeout);
  } finally {
    await response.body?.cancel().catch(() => {});
  }
}

/** The error for a failed request: the caller's abort is rethrown as it was. */
function failure(
  caller: AbortSignal | undefined,
  timeout: AbortSignal,
): unknown {
  if (caller?.aborted) return caller.reason;
  return new FileFetchError(timeout.aborted ? "timeout" : "network");
}

/** The whole body, or `null` as soon as it passes `max` bytes. */
async function readAtMost(
  body: ReadableStream<Uint8Array> | null,
  max: number,
): Promise<Uint8Array | null> {
  if (body === null) return new Uint8Array();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for await (const chunk of body) {
    total += chunk.length;
    if (total > max) return null;
    chunks.push(chunk);
  }
  const bytes = new Uint8Array(total);
  let at = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, at);
    at += chunk.length;
  }
  return bytes;
}

/** A local Bot API server's file (`--local`): read from its disk, size checked first. */
async function readLocalFile(
  path: string,
  max: number,
): Promise<Uint8Array | null> {
  try {
    if ((await Deno.stat(path)).size > max) return null;
    return await Deno.readFile(path);
  } catch {
    throw new FileFetchError("network");
  }
}
