/**
 * What the HTTP server and the update transport default to.
 *
 * @module
 */

/** How updates arrive: Telegram long polling, or Telegram POSTing to a webhook. */
export const UPDATE_MODES = ["polling", "webhook"] as const;

/** One of {@linkcode UPDATE_MODES}. */
export type UpdateMode = (typeof UPDATE_MODES)[number];

/** Long polling needs no public URL (BOT_MODE). */
export const DEFAULT_UPDATE_MODE: UpdateMode = "polling";

/** The HTTP server's port (PORT). */
export const DEFAULT_PORT = 8080;

/** Every interface (LISTEN_HOST). */
export const DEFAULT_HOSTNAME = "0.0.0.0";

/** Where webhook updates are accepted (WEBHOOK_PATH). */
export const DEFAULT_WEBHOOK_PATH = "/webhook";
