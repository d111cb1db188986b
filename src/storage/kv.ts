/**
 * Opening Deno KV from the configured location.
 *
 * @module
 */
import { within } from "../util/deadline.ts";
import { HEALTH_PREFIX } from "./keys.ts";

/** Where KV lives by default (KV_PATH), relative to the working directory. */
export const DEFAULT_KV_PATH = "./data/promptsmith.sqlite3";

/** Where `deno task chat` keeps its own KV by default (CHAT_KV_PATH): never the bot's. */
export const DEFAULT_CHAT_KV_PATH = "./data/chat.sqlite3";

/** Options of {@linkcode openKv}. */
export interface OpenKvOptions {
  /**
   * Told when an existing KV file can be read by other users of the machine
   * (its mode, e.g. `0o644`). Such a file is left as it is: its owner may
   * have reasons; a new one is always created private.
   */
  onReadableByOthers?: (mode: number) => void;
}

/**
 * Open the KV store at `path`: a file path, `":memory:"`, an http(s) KV
 * Connect URL (`DENO_KV_ACCESS_TOKEN` must be in the environment), or
 * `undefined` for the platform's default (Deno Deploy's project KV).
 *
 * A file that does not exist yet is created with mode 600, and a missing
 * folder with mode 700, where the platform has file modes: KV holds users'
 * prompts. SQLite gives its `-wal` and `-shm` files the mode of the database.
 *
 * @throws {TypeError} when the folder cannot be created or KV cannot be opened
 */
export async function openKv(
  path: string | undefined,
  options: OpenKvOptions = {},
): Promise<Deno.Kv> {
  if (path !== undefined && path !== ":memory:" && !/^https?:\/\//.test(path)) {
    await preparePrivateFile(path, options);
  }
  try {
    return await Deno.openKv(path);
  } catch (error) {
    throw new TypeError(
      `Cannot open KV at "${path ?? "the default location"}": ${
        (error as Error).message
      }`,
      { cause: error },
    );
  }
}

async function preparePrivateFile(
  path: string,
  options: OpenKvOptions,
): Promise<void> {
  const slash = path.lastIndexOf("/");
  try {
    // mode applies only to folders created here; an existing one is left alone
    if (slash > 0) {
      await Deno.mkdir(path.slice(0, slash), { recursive: true, mode: 0o700 });
    }
    const file = await Deno.open(path, {
      createNew: true,
      write: true,
      mode: 0o600,
    });
    file.close();
    return;
  } catch (error) {
    if (!(error instanceof Deno.errors.AlreadyExists)) {
      throw new TypeError(
        `Cannot create KV at "${path}": ${(error as Error).message}`,
        { cause: error },
      );
    }
  }
  const { mode } = await Deno.stat(path);
  if (mode !== null && (mode & 0o077) !== 0) {
    options.onReadableByOthers?.(mode & 0o777);
  }
}

/**
 * Check that KV answers a write and a read, within `timeoutMs`.
 *
 * @returns true when KV is reachable
 */
export async function pingKv(kv: Deno.Kv, timeoutMs = 2000): Promise<boolean> {
  const probe = (async () => {
    const key = [...HEALTH_PREFIX, "probe"];
    await kv.set(key, Date.now(), { expireIn: 60_000 });
    return (await kv.get(key)).versionstamp !== null;
  })().catch(() => false);
  return await within(probe, timeoutMs) ?? false;
}
