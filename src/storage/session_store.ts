/**
 * Per-chat session state in Deno KV, expiring after a period of silence.
 *
 * @module
 */
import type { Clock } from "../clock.ts";
import { type CommitRetryOptions, updateKey } from "./atomic.ts";
import { sessionKey } from "./keys.ts";

/** The last request made in a chat, kept so a button can repeat it. */
export interface LastRequest {
  prompt: string;
  category: string;
  userId: number;
  at: number;
}

/** State of one chat. */
export interface SessionData {
  lastRequest?: LastRequest;
  updatedAt: number;
}

/** How long a silent chat keeps its session: 7 days. */
export const SESSION_TTL_MS = 7 * 24 * 60 * 60 * 1000;

/** Options of {@linkcode SessionStore}. */
export interface SessionStoreOptions extends CommitRetryOptions {
  clock: Clock;
  /** Expiry of a session after its last write, in milliseconds. */
  ttlMs?: number;
}

/** Sessions of chats. */
export class SessionStore {
  readonly #kv: Deno.Kv;
  readonly #options: SessionStoreOptions;

  constructor(kv: Deno.Kv, options: SessionStoreOptions) {
    this.#kv = kv;
    this.#options = options;
  }

  /** The chat's session, or `null` when none is stored or it expired. */
  async get(chatId: number): Promise<SessionData | null> {
    return (await this.#kv.get<SessionData>(sessionKey(chatId))).value;
  }

  /** Read-modify-write the chat's session atomically and refresh its expiry. */
  async update(
    chatId: number,
    change: (current: SessionData) => SessionData,
  ): Promise<SessionData> {
    const now = this.#options.clock.now();
    const stored = await updateKey<SessionData>(
      this.#kv,
      sessionKey(chatId),
      (cur) => ({ ...change(cur ?? { updatedAt: now }), updatedAt: now }),
      { ...this.#options, expireIn: this.#options.ttlMs ?? SESSION_TTL_MS },
    );
    return stored!;
  }

  /** Forget the chat's session. */
  async delete(chatId: number): Promise<void> {
    await this.#kv.delete(sessionKey(chatId));
  }
}
