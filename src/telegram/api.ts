import { autoRetry } from "@grammyjs/auto-retry";
import { Api, type RawApi, type Transformer } from "grammy";

/** Options of {@linkcode createApi}. */
export interface CreateApiOptions {
  /** Base URL of the Bot API server. */
  apiRoot: string;
}

/**
 * Install the API transformers every Bot API client of the bot uses: Telegram's
 * 429 and 5xx answers are retried a few times; a flood wait longer than 30 s is
 * not worth holding work for and fails instead.
 */
export function configureApi(api: Api<RawApi>): Api<RawApi> {
  api.config.use(autoRetry({ maxRetryAttempts: 3, maxDelaySeconds: 30 }));
  return api;
}

/** A Bot API client for background work (jobs) outside an update's context. */
export function createApi(
  token: string,
  options: CreateApiOptions,
): Api<RawApi> {
  return configureApi(new Api(token, { apiRoot: options.apiRoot }));
}

/**
 * Report failed `getUpdates` calls to `onError` (a structured, redacting log)
 * before they reach the runner, which is kept silent: its own report prints
 * the request URL, token included, straight to stderr.
 */
export function reportFailedPolls(
  onError: (error: unknown) => void,
): Transformer {
  return async (prev, method, payload, signal) => {
    try {
      return await prev(method, payload, signal);
    } catch (error) {
      if (method === "getUpdates" && !signal?.aborted) onError(error);
      throw error;
    }
  };
}
