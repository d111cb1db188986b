/**
 * The small KV records of media requests: albums collected part by part (a
 * short window in KV, so that another instance or a restart sees the same
 * album), and the messages that showed a transcript (a reply to one is a
 * corrected prompt). File bytes are never stored: only file ids.
 *
 * @module
 */
import { type CommitRetryOptions, commitWithRetry } from "./atomic.ts";
import type { AlbumRecord, MediaFile, TranscriptRecord } from "./job_media.ts";
import {
  ALBUM_PREFIX,
  albumKey,
  TRANSCRIPT_PREFIX,
  transcriptKey,
  userIndexKey,
} from "./keys.ts";
import {
  PLAIN_RECORDS,
  type RecordCodec,
  type RecordKind,
  type Records,
} from "./records.ts";
import { DAY_MS, HOUR_MS } from "../util/durations.ts";

/** An album record lives this long; it only frees space. */
const ALBUM_TTL_MS = HOUR_MS;

/** How long a reply to a transcript message is read as a correction: two days. */
export const TRANSCRIPT_TTL_MS = 2 * DAY_MS;

/** Parts of one album kept at most (Telegram's albums have up to 10). */
const ALBUM_MAX_PARTS = 10;

/** The outcome of {@linkcode MediaStore.addAlbumPart}. */
export type AlbumPartOutcome =
  /** `first`: this part started the album, and its request answers it. */
  | { ok: true; first: boolean }
  /** The album's request already read it: this part is a request of its own. */
  | { ok: false; reason: "closed" };

/** The outcome of {@linkcode MediaStore.closeAlbum}. */
export type AlbumCloseOutcome =
  /** The album, now closed: later parts are requests of their own. */
  | { ok: true; album: AlbumRecord }
  /** Parts may still come: ask again after `waitMs`. */
  | { ok: false; reason: "open"; waitMs: number }
  /** No such album (expired, or never recorded). */
  | { ok: false; reason: "gone" };

/** `["album", chatId, albumId]`: file ids and the caption (user content), sealed. */
export const ALBUM_RECORD: RecordKind<AlbumRecord> = {
  name: "album",
  prefix: ALBUM_PREFIX[0],
  version: 1,
  sealed: true,
  upgrade: (value) => value as AlbumRecord,
  legacyExpireIn: (album, now) =>
    Math.max(1, album.updatedAt + ALBUM_TTL_MS - now),
};

/** `["transcript", chatId, messageId]`: whose transcript a message shows (ids only). */
export const TRANSCRIPT_RECORD: RecordKind<TranscriptRecord> = {
  name: "transcript",
  prefix: TRANSCRIPT_PREFIX[0],
  version: 1,
  sealed: false,
  upgrade: (value) => value as TranscriptRecord,
  legacyExpireIn: (record, now) =>
    Math.max(1, record.createdAt + TRANSCRIPT_TTL_MS - now),
  legacyIndex: (key, record) =>
    Number.isSafeInteger(record?.userId)
      ? [userIndexKey(record.userId, key)]
      : [],
};

/** Options of {@linkcode MediaStore}. */
export interface MediaStoreOptions extends CommitRetryOptions {
  /** The record layer (versions, encryption). Default: plain records. */
  records?: Records;
}

/** Albums and transcript messages in KV. */
export class MediaStore {
  readonly #kv: Deno.Kv;
  readonly #options: CommitRetryOptions;
  readonly #album: RecordCodec<AlbumRecord>;
  readonly #transcript: RecordCodec<TranscriptRecord>;

  constructor(kv: Deno.Kv, options: MediaStoreOptions = {}) {
    this.#kv = kv;
    this.#options = options;
    const records = options.records ?? PLAIN_RECORDS;
    this.#album = records.codec(ALBUM_RECORD);
    this.#transcript = records.codec(TRANSCRIPT_RECORD);
  }

  /**
   * Add one part of an album of `part.userId`, in one checked commit: the
   * first part creates the record (its request answers the album) with the
   * entry of the user's index that /export and /forget read, later ones are
   * appended. A part seen before (a redelivery) changes nothing.
   */
  async addAlbumPart(
    chatId: number,
    albumId: string,
    part: { userId: number; file: MediaFile; caption?: string; now: number },
  ): Promise<AlbumPartOutcome> {
    const key = albumKey(chatId, albumId);
    return await commitWithRetry<AlbumPartOutcome>(async () => {
      const entry = await this.#kv.get(key);
      const album = await this.#album.decode(key, entry.value);
      if (album?.closed) {
        return { op: null, result: { ok: false, reason: "closed" } };
      }
      const files = album?.files ?? [];
      if (
        files.some((f) => f.fileId === part.file.fileId) ||
        files.length >= ALBUM_MAX_PARTS
      ) return { op: null, result: { ok: true, first: false } };
      const caption = album?.caption ?? (part.caption?.trim() || undefined);
      const next: AlbumRecord = {
        userId: album?.userId ?? part.userId,
        files: [...files, part.file],
        ...(caption === undefined ? {} : { caption }),
        updatedAt: part.now,
        closed: false,
      };
      const op = this.#kv.atomic().check(entry);
      await this.#album.set(op, key, next, { expireIn: ALBUM_TTL_MS });
      op.set(userIndexKey(next.userId!, key), 1, { expireIn: ALBUM_TTL_MS });
      return { op, result: { ok: true, first: album === null } };
    }, this.#options);
  }

  /**
   * Take an album once no part arrived for `windowMs`: it is closed in the
   * same checked commit, so a part that arrives later starts a request of
   * its own instead of being lost.
   */
  async closeAlbum(
    chatId: number,
    albumId: string,
    options: { now: number; windowMs: number },
  ): Promise<AlbumCloseOutcome> {
    const key = albumKey(chatId, albumId);
    return await commitWithRetry<AlbumCloseOutcome>(async () => {
      const entry = await this.#kv.get(key);
      const album = await this.#album.decode(key, entry.value);
      if (album === null) {
        return { op: null, result: { ok: false, reason: "gone" } };
      }
      if (album.closed) return { op: null, result: { ok: true, album } };
      const waitMs = album.updatedAt + options.windowMs - options.now;
      if (waitMs > 0) {
        return { op: null, result: { ok: false, reason: "open", waitMs } };
      }
      const closed = { ...album, closed: true };
      const op = this.#kv.atomic().check(entry);
      await this.#album.set(op, key, closed, { expireIn: ALBUM_TTL_MS });
      // The album lives another hour: so does the entry /forget finds it by.
      if (closed.userId !== undefined) {
        op.set(userIndexKey(closed.userId, key), 1, { expireIn: ALBUM_TTL_MS });
      }
      return { op, result: { ok: true, album: closed } };
    }, this.#options);
  }

  /**
   * Remember that `messageId` in `chatId` shows a transcript of
   * `record.jobId`, with the entry of the user's index (one commit).
   */
  async rememberTranscript(
    chatId: number,
    messageId: number,
    record: TranscriptRecord,
  ): Promise<void> {
    const key = transcriptKey(chatId, messageId);
    const expireIn = TRANSCRIPT_TTL_MS;
    const stored = await this.#transcript.encode(key, record, { expireIn });
    await this.#kv.atomic()
      .set(key, stored, { expireIn })
      .set(userIndexKey(record.userId, key), 1, { expireIn })
      .commit();
  }

  /** The transcript shown by `messageId` in `chatId`, if it is one and still recent. */
  async transcript(
    chatId: number,
    messageId: number,
    now: number,
  ): Promise<TranscriptRecord | null> {
    const key = transcriptKey(chatId, messageId);
    const record = await this.#transcript.decode(
      key,
      (await this.#kv.get(key)).value,
    );
    // KV deletes expired keys lazily: the age decides.
    return record !== null && now - record.createdAt < TRANSCRIPT_TTL_MS
      ? record
      : null;
  }
}
