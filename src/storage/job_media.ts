/**
 * What a job keeps of the media it answers: Telegram's file ids and what the
 * message said about the files, never their bytes. After a crash the files
 * are fetched again by id; a transcript, once made, is kept so that a
 * takeover neither transcribes again nor shows it twice.
 *
 * @module
 */

/** One file of a message, as the message described it. */
export interface MediaFile {
  /** Telegram's `file_id`: fetches the file again (valid for this bot). */
  fileId: string;
  /** `file_size` from the message, when given. */
  size?: number;
  /** `mime_type` from the message, when given. */
  mime?: string;
  /** `file_name` of a document, when given. */
  name?: string;
  /** Of a photo size. */
  width?: number;
  height?: number;
}

/**
 * Where a media job's input came from:
 * - `voice`: a voice note, an audio file or a video note, to transcribe;
 * - `photo`: one or more pictures (photos, image documents, an album);
 * - `document`: a text file, read as the rough prompt;
 * - `inline`: an inline-mode request whose answer edits the message sent
 *   through the bot in another chat.
 */
export type MediaKind = "voice" | "photo" | "document" | "inline";

/** The media of a job (`JobInput.media`). */
export interface JobMedia {
  kind: MediaKind;
  /** The files to fetch, in order; empty for `inline`. */
  files: MediaFile[];
  /** The user's message with the media, which the transcript replies to. */
  messageId?: number;
  /** Seconds of audio, for `voice`. */
  duration?: number;
  /** Telegram's `media_group_id` of an album: its pictures are collected under it. */
  albumId?: string;
  /** What the voice note said, once transcribed. */
  transcript?: string;
  /** The message that showed the transcript, once sent. */
  transcriptMessageId?: number;
  /** `inline`: the message to edit into the AI's answer. */
  inlineMessageId?: string;
}

/** `["album", chatId, albumId]`: the pictures of an album, collected as they arrive. */
export interface AlbumRecord {
  /**
   * Whose album it is (Telegram's albums come from one sender), so that
   * /export and /forget find it in a group chat. Absent in records of earlier
   * versions: those of a private chat are found by the chat's id, the user's.
   */
  userId?: number;
  /** The pictures, in the order their parts arrived (the first part's request answers the album). */
  files: MediaFile[];
  /** The first caption of any part. */
  caption?: string;
  /** When the last part arrived (ms); the album is complete a window after it. */
  updatedAt: number;
  /** The job read it: later parts are requests of their own. */
  closed: boolean;
}

/** `["transcript", chatId, messageId]`: a message that showed a transcript, and whose it is. */
export interface TranscriptRecord {
  userId: number;
  /** The job that transcribed it. */
  jobId: string;
  createdAt: number;
}
