/**
 * Opening Deno KV from the configured location.
 *
 * @module
 */
import { HEALTH_PREFIX } from "./keys.ts";

/**
 * Open the KV store at `path`: a file path (its folder is created), `":memory:"`,
 * an http(s) KV Connect URL (`DENO_KV_ACCESS_TOKEN` must be in the environment),
 * or `undefined` for the platform's default (Deno Deploy's project KV).
 *
 * @throws {TypeError} when the folder cannot be created or KV cannot be opened
 */
export async function openKv(path: string | undefined): Promise<Deno.Kv> {
  if (path !== undefined && path !== ":memory:" && !/^https?:\/\//.test(path)) {
    const slash = path.lastIndexOf("/");
    if (slash > 0) await Deno.mkdir(path.slice(0, slash), { recursive: true });
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

/**
 * Check that KV answers a write and a read, within `timeoutMs`.
 *
 * @returns true when KV is reachable
 */
export async function pingKv(kv: Deno.Kv, timeoutMs = 2000): Promise<boolean> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<false>((resolve) => {
    timer = setTimeout(() => resolve(false), timeoutMs);
  });
  const probe = (async () => {
    const key = [...HEALTH_PREFIX, "probe"];
    await kv.set(key, Date.now(), { expireIn: 60_000 });
    return (await kv.get(key)).versionstamp !== null;
  })().catch(() => false);
  try {
    return await Promise.race([probe, timeout]);
  } finally {
    clearTimeout(timer);
  }
}
