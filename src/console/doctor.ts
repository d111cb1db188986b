/**
 * `deno task doctor` / `promptsmith doctor`: a checklist of what the bot needs
 * to run, each failure with its fix. It checks that the configuration is
 * valid (every problem listed), that KV opens and takes a write (its probe
 * deleted again), that Telegram answers `getMe`, the webhook's state from
 * `getWebhookInfo`, every LLM key (probed, never printed), and the clock
 * against the `Date` of Telegram's answer. It exits 1 when a check fails.
 *
 * The checklist is for the operator on a terminal, in English.
 *
 * @module
 */
import { Api, GrammyError, HttpError } from "grammy";
import type { UserFromGetMe, WebhookInfo } from "grammy/types";
import { type Clock, SYSTEM_CLOCK } from "../clock.ts";
import {
  type Config,
  ConfigError,
  formatConfigError,
  loadConfig,
  secretsToMask,
} from "../config/config.ts";
import { createKeyProbe } from "../llm/key_probe.ts";
import { maskKey } from "../llm/mask.ts";
import type { ProviderErrorKind } from "../llm/provider.ts";
import { doctorProbeKey } from "../storage/keys.ts";
import { openKv } from "../storage/kv.ts";
import { describeCause } from "../telegram/api.ts";
import { within } from "../util/deadline.ts";
import { loadDotenv } from "../util/dotenv.ts";
import { maskSecrets } from "../util/secrets.ts";
import { VERSION } from "../version.ts";

/** How one check ended; only `fail` makes the doctor exit non-zero. */
export type CheckStatus = "ok" | "warn" | "fail" | "skip";

/** One line of the checklist. */
export interface CheckResult {
  readonly name: string;
  readonly status: CheckStatus;
  /** What was found; may span lines. */
  readonly detail: string;
  /** What to do about it (for `fail` and `warn`). */
  readonly fix?: string;
}

/** Options of {@linkcode diagnose}; tests pass a clock. */
export interface DiagnoseOptions {
  clock?: Clock;
  /** Longest wait for one check's answer (KV, Telegram, a key). Default 10 s. */
  timeoutMs?: number;
}

/** Skew of the local clock past which leases and rate windows go wrong across instances. */
export const CLOCK_SKEW_FAIL_MS = 10_000;
/** Skew worth a warning: more than the `Date` header's second and a round trip explain. */
export const CLOCK_SKEW_WARN_MS = 3_000;
/** A webhook error younger than this is a failure; an older one a warning. */
export const RECENT_WEBHOOK_ERROR_MS = 60 * 60 * 1000;
/** Updates waiting at Telegram past which a webhook is falling behind. */
const PENDING_UPDATES_WARN = 100;

/** Run the doctor on the process's environment (after `.env`), print the checklist, return the exit code. */
export async function runDoctor(args: readonly string[]): Promise<number> {
  if (args.includes("--help") || args.includes("-h")) {
    console.log(
      "Usage: promptsmith doctor\n\nChecks the configuration, KV, Telegram (getMe, the webhook), every LLM key and the clock;\nexits 1 when a check fails. Reads the same variables (and .env) as the bot.",
    );
    return 0;
  }
  if (args.length > 0) {
    // Not echoed: a pasted token or key must not reach the terminal's scrollback.
    console.error("Unknown argument: see promptsmith doctor --help");
    return 2;
  }
  const env = await readEnv();
  const results = await diagnose(env);
  const color = Deno.stdout.isTerminal() && !Deno.env.get("NO_COLOR");
  console.log(formatReport(results, { color }));
  return results.some((result) => result.status === "fail") ? 1 : 0;
}

/** Every check, in order; later checks are skipped when what they need failed. */
export async function diagnose(
  env: Record<string, string>,
  options: DiagnoseOptions = {},
): Promise<CheckResult[]> {
  const clock = options.clock ?? SYSTEM_CLOCK;
  const timeoutMs = options.timeoutMs ?? 10_000;
  let config: Config;
  try {
    config = loadConfig(env);
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    const needs = "needs a valid configuration";
    return [
      {
        name: "Config",
        status: "fail",
        detail: formatConfigError(error),
        fix:
          "set or correct the variables above (README, Configuration), in the environment or in .env",
      },
      ...["KV", "Telegram getMe", "Webhook", "LLM keys", "Clock"].map((
        name,
      ) => ({ name, status: "skip" as const, detail: needs })),
    ];
  }
  // The log sink's list: every variable the configuration table marks secret.
  const secrets = secretsToMask(env, config);
  const telegram = await checkTelegram(config, clock, timeoutMs, secrets);
  const [kv, keys] = await Promise.all([
    checkKv(config, timeoutMs),
    checkKeys(config, timeoutMs, secrets),
  ]);
  // Whatever a check quotes (a KV or network error's message) is masked too.
  return [
    checkConfig(config),
    kv,
    telegram.me,
    telegram.webhook,
    ...keys,
    telegram.clock,
  ].map((result) => ({
    ...result,
    detail: maskSecrets(result.detail, secrets),
  }));
}

function checkConfig(config: Config): CheckResult {
  const keys = config.llm.providers.reduce((n, p) => n + p.apiKeys.length, 0);
  const mode = config.updates.mode === "webhook"
    ? `webhook on ${config.updates.path}`
    : "long polling";
  const ai = keys === 0
    ? "no LLM keys (the offline enhancer answers)"
    : `${keys} LLM ${keys === 1 ? "key" : "keys"} in ${
      plural(config.llm.providers.length, "provider")
    }`;
  return {
    name: "Config",
    status: "ok",
    detail: `valid: ${mode}, KV at ${kvPlace(config.kvPath)}, ${ai}`,
  };
}

/** Open KV, write a probe, read it back, delete it and check it is gone. */
async function checkKv(
  config: Config,
  timeoutMs: number,
): Promise<CheckResult> {
  const name = "KV";
  const where = kvPlace(config.kvPath);
  const remote = config.kvPath !== undefined &&
    /^https?:\/\//.test(config.kvPath);
  const fix = remote
    ? "check KV_PATH (the KV Connect URL) and DENO_KV_ACCESS_TOKEN, and that this machine reaches it"
    : config.kvPath === undefined
    ? "attach a KV database to the app (docs/DEPLOY.md), or set KV_PATH"
    : "make KV_PATH's folder writable by the user the bot runs as (or point KV_PATH elsewhere)";
  let kv: Deno.Kv;
  try {
    kv = await openKv(config.kvPath);
  } catch (error) {
    return { name, status: "fail", detail: (error as Error).message, fix };
  }
  const started = performance.now();
  try {
    const key = doctorProbeKey(crypto.randomUUID());
    const probe = (async () => {
      await kv.set(key, true);
      const written = (await kv.get(key)).versionstamp !== null;
      await kv.delete(key);
      const gone = (await kv.get(key)).versionstamp === null;
      return written && gone;
    })();
    const ok = await within(probe, timeoutMs);
    if (ok === undefined) {
      return {
        name,
        status: "fail",
        detail: `opened ${where}, but a write did not finish within ${
          seconds(timeoutMs)
        }`,
        fix,
      };
    }
    if (!ok) {
      return {
        name,
        status: "fail",
        detail: `opened ${where}, but the probe did not read back as written`,
        fix,
      };
    }
    const ms = Math.round(performance.now() - started);
    return {
      name,
      status: "ok",
      detail: `opened ${where}; wrote, read and deleted a probe in ${ms} ms`,
    };
  } catch (error) {
    return {
      name,
      status: "fail",
      detail: `opened ${where}, but cannot write: ${(error as Error).message}`,
      fix,
    };
  } finally {
    kv.close();
  }
}

interface TelegramChecks {
  me: CheckResult;
  webhook: CheckResult;
  clock: CheckResult;
}

/** getMe (with the `Date` of its answer for the clock), then getWebhookInfo. */
async function checkTelegram(
  config: Config,
  clock: Clock,
  timeoutMs: number,
  secrets: readonly string[],
): Promise<TelegramChecks> {
  const dates: { sentAt: number; receivedAt: number; date: string | null }[] =
    [];
  const timed: typeof fetch = async (input, init) => {
    const sentAt = clock.now();
    const response = await fetch(input, init);
    dates.push({
      sentAt,
      receivedAt: clock.now(),
      date: response.headers.get("date"),
    });
    return response;
  };
  const api = new Api(config.botToken, {
    apiRoot: config.telegramApiRoot,
    timeoutSeconds: Math.max(1, Math.round(timeoutMs / 1000)),
    fetch: timed,
  });
  const host = hostOf(config.telegramApiRoot);
  let me: UserFromGetMe;
  try {
    me = await api.getMe();
  } catch (error) {
    const failed = telegramFailure("Telegram getMe", error, host, secrets);
    const skip = `needs Telegram's answer to getMe`;
    return {
      me: failed,
      webhook: { name: "Webhook", status: "skip", detail: skip },
      clock: { name: "Clock", status: "skip", detail: skip },
    };
  }
  const meResult: CheckResult = {
    name: "Telegram getMe",
    status: "ok",
    detail: `@${me.username} (id ${me.id}) at ${host}`,
  };
  const clockResult = checkClock(dates[0], config);
  let info: WebhookInfo;
  try {
    info = await api.getWebhookInfo();
  } catch (error) {
    return {
      me: meResult,
      webhook: telegramFailure("Webhook", error, host, secrets),
      clock: clockResult,
    };
  }
  return {
    me: meResult,
    webhook: checkWebhook(info, config, clock),
    clock: clockResult,
  };
}

function telegramFailure(
  name: string,
  error: unknown,
  host: string,
  secrets: readonly string[],
): CheckResult {
  if (
    error instanceof GrammyError &&
    (error.error_code === 401 || error.error_code === 404)
  ) {
    return {
      name,
      status: "fail",
      detail: `Telegram at ${host} refused the token (${error.error_code} ${
        maskSecrets(error.description, secrets)
      })`,
      fix:
        "check BOT_TOKEN: @BotFather's /mybots → your bot → API Token shows it (/revoke issues a new one)",
    };
  }
  if (error instanceof GrammyError) {
    return {
      name,
      status: "fail",
      detail: `Telegram at ${host} answered ${error.error_code} ${
        maskSecrets(error.description, secrets)
      }`,
      fix: "try again in a minute; if it stays, check TELEGRAM_API_ROOT",
    };
  }
  const reason = error instanceof HttpError
    ? describeCause(error)
    : error instanceof Error
    ? error.message
    : String(error);
  return {
    name,
    status: "fail",
    detail: `cannot reach Telegram at ${host}: ${
      maskSecrets(reason, secrets, "<token>")
    }`,
    fix:
      "check the network, DNS, a firewall or proxy on the way to Telegram, and TELEGRAM_API_ROOT",
  };
}

/** The webhook as Telegram sees it, judged against BOT_MODE and WEBHOOK_URL. */
export function checkWebhook(
  info: WebhookInfo,
  config: Config,
  clock: Clock = SYSTEM_CLOCK,
): CheckResult {
  const name = "Webhook";
  const pending = plural(info.pending_update_count, "pending update");
  const errorAgeMs = info.last_error_date === undefined
    ? undefined
    : clock.now() - info.last_error_date * 1000;
  const lastError = info.last_error_message === undefined
    ? ""
    : `; last error ${ago(errorAgeMs ?? 0)}: ${info.last_error_message}`;
  const shown = `${
    info.url === "" ? "none set" : info.url
  }, ${pending}${lastError}`;
  const updates = config.updates;
  if (updates.mode === "polling") {
    return info.url === ""
      ? { name, status: "ok", detail: `${shown} (long polling)` }
      : {
        name,
        status: "warn",
        detail: `${shown}: a webhook is set while BOT_MODE is polling`,
        fix:
          "nothing to do if you meant polling: the bot deletes the webhook at start; for a webhook set BOT_MODE=webhook",
      };
  }
  if (info.url === "") {
    return updates.url === undefined
      ? {
        name,
        status: "fail",
        detail:
          `${shown}: no webhook is registered and WEBHOOK_URL is unset, so Telegram sends nothing`,
        fix:
          "set WEBHOOK_URL to the public https URL of WEBHOOK_PATH (the bot registers it at start), or call setWebhook yourself",
      }
      : {
        name,
        status: "warn",
        detail: `${shown}: not registered yet`,
        fix: `start the bot: it registers ${updates.url} at start`,
      };
  }
  if (errorAgeMs !== undefined && errorAgeMs < RECENT_WEBHOOK_ERROR_MS) {
    return {
      name,
      status: "fail",
      detail: `${shown}`,
      fix:
        "Telegram cannot deliver to the webhook: check that the URL answers over HTTPS from the internet (valid certificate, the proxy forwards WEBHOOK_PATH to PORT) and that the bot runs with the same WEBHOOK_SECRET",
    };
  }
  if (updates.url !== undefined && updates.url !== info.url) {
    return {
      name,
      status: "warn",
      detail: `${shown}: differs from WEBHOOK_URL ${updates.url}`,
      fix:
        "nothing to do if WEBHOOK_URL is right: the bot registers it at start",
    };
  }
  if (info.pending_update_count > PENDING_UPDATES_WARN) {
    return {
      name,
      status: "warn",
      detail: `${shown}: updates are piling up`,
      fix:
        "check that the bot is running and answers the webhook (its logs, GET /healthz)",
    };
  }
  return {
    name,
    status: errorAgeMs === undefined ? "ok" : "warn",
    detail: shown,
    ...(errorAgeMs === undefined
      ? {}
      : { fix: "an old error: nothing to do if deliveries work now" }),
  };
}

/** Local time against the `Date` of Telegram's answer (whole seconds, so ±1 s). */
export function checkClock(
  sample:
    | { sentAt: number; receivedAt: number; date: string | null }
    | undefined,
  config: Pick<Config, "jobs">,
): CheckResult {
  const name = "Clock";
  const serverMs = sample?.date ? Date.parse(sample.date) : NaN;
  if (sample === undefined || Number.isNaN(serverMs)) {
    return {
      name,
      status: "skip",
      detail: "Telegram's answer carried no Date header",
    };
  }
  // The header is truncated to the second: its middle is half a second later.
  const localMs = (sample.sentAt + sample.receivedAt) / 2;
  const skewMs = serverMs + 500 - localMs;
  const failMs = Math.min(CLOCK_SKEW_FAIL_MS, config.jobs.leaseMs / 3);
  const size = Math.abs(skewMs);
  const detail = `${
    size < 1000
      ? "in step with"
      : seconds(size) + (skewMs > 0 ? " behind" : " ahead of")
  } Telegram's clock`;
  if (size < CLOCK_SKEW_WARN_MS) return { name, status: "ok", detail };
  return {
    name,
    status: size >= failMs ? "fail" : "warn",
    detail,
    fix:
      "turn on time sync (timedatectl set-ntp true, or chrony): leases, rate-limit windows and daily quotas compare clocks across instances",
  };
}

/** Probe every key of every provider at once; a key is named by its provider and last 4 characters only. */
async function checkKeys(
  config: Config,
  timeoutMs: number,
  secrets: readonly string[],
): Promise<CheckResult[]> {
  const { providers } = config.llm;
  if (providers.length === 0) {
    return [{
      name: "LLM keys",
      status: "skip",
      detail: "none set (LLM_API_KEYS): the offline enhancer answers",
    }];
  }
  const probes = providers.flatMap((provider) =>
    provider.apiKeys.map(async (apiKey): Promise<CheckResult> => {
      const name = `LLM key ${provider.name} ${maskKey(apiKey)}`;
      const host = hostOf(provider.baseUrl);
      try {
        const probe = createKeyProbe({
          mode: config.llm.probe,
          baseUrl: provider.baseUrl,
          apiKey,
          model: provider.model,
          timeoutMs: Math.min(timeoutMs, config.llm.timeoutMs),
        });
        const result = await probe();
        if (result.ok) {
          return {
            name,
            status: "ok",
            detail: `${host} answered (${config.llm.probe} probe) in ${
              Math.round(result.latencyMs)
            } ms`,
          };
        }
        const { kind, status, message } = result.error;
        return {
          name,
          status: kind === "rate_limit" ? "warn" : "fail",
          detail: `${host}: ${kind}${
            status === undefined ? "" : ` (${status})`
          }: ${maskSecrets(message, secrets, "<key>")}`,
          fix: keyFix(kind, provider.name),
        };
      } catch (error) {
        return {
          name,
          status: "fail",
          detail: maskSecrets((error as Error).message, secrets, "<key>"),
          fix: keyFix("bad_request", provider.name),
        };
      }
    })
  );
  return await Promise.all(probes);
}

function keyFix(kind: ProviderErrorKind, provider: string): string {
  const keys = provider === "primary"
    ? "LLM_API_KEYS"
    : `LLM_${provider.toUpperCase()}_API_KEYS`;
  const base = provider === "primary"
    ? "LLM_BASE_URL"
    : `LLM_${provider.toUpperCase()}_BASE_URL`;
  const model = provider === "primary"
    ? "LLM_MODEL"
    : `LLM_${provider.toUpperCase()}_MODEL`;
  switch (kind) {
    case "auth":
      return `the provider refused this key: replace it in ${keys} (a typo, a revoked key, or one of another provider)`;
    case "rate_limit":
      return "rate-limited or out of quota: the bot waits it out and uses other keys; check the plan and billing if it stays";
    case "bad_request":
      return `the provider refused the request: check ${model} and ${base}`;
    default:
      return `cannot get an answer: check ${base} and that this machine reaches it`;
  }
}

/** The checklist as text: a mark, the check, what was found, and the fix. */
export function formatReport(
  results: readonly CheckResult[],
  options: { color?: boolean } = {},
): string {
  const paint = (code: number, text: string) =>
    options.color ? `\x1b[${code}m${text}\x1b[0m` : text;
  const marks: Record<CheckStatus, string> = {
    ok: paint(32, "✓"),
    warn: paint(33, "!"),
    fail: paint(31, "✗"),
    skip: paint(90, "–"),
  };
  const lines = [`Promptsmith ${VERSION} doctor`, ""];
  for (const result of results) {
    const [first, ...rest] = result.detail.split("\n");
    lines.push(`${marks[result.status]} ${result.name}: ${first}`);
    for (const line of rest) lines.push(`    ${line}`);
    if (result.fix !== undefined && result.status !== "ok") {
      lines.push(`    fix: ${result.fix}`);
    }
  }
  const failed = results.filter((r) => r.status === "fail").length;
  const warned = results.filter((r) => r.status === "warn").length;
  lines.push(
    "",
    failed === 0
      ? `No check failed${
        warned === 0 ? "." : ` (${plural(warned, "warning")}).`
      }`
      : `${failed} of ${results.length} checks failed${
        warned === 0 ? "" : `, ${plural(warned, "warning")}`
      }.`,
  );
  return lines.join("\n");
}

/** Where KV is, without anything secret (a KV Connect URL holds no token). */
function kvPlace(path: string | undefined): string {
  return path ?? "the platform's default (Deno Deploy's KV)";
}

function hostOf(url: string): string {
  try {
    return new URL(url).host;
  } catch {
    return url;
  }
}

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? "" : "s"}`;
}

function seconds(ms: number): string {
  return `${(ms / 1000).toFixed(ms < 10_000 ? 1 : 0)} s`;
}

function ago(ms: number): string {
  const minutes = Math.round(ms / 60_000);
  if (minutes < 1) return "just now";
  if (minutes < 120) return `${minutes} min ago`;
  const hours = Math.round(minutes / 60);
  return hours < 48 ? `${hours} h ago` : `${Math.round(hours / 24)} days ago`;
}

/** The environment after `.env` (ENV_FILE), as the bot reads it; never a file on Deno Deploy. */
async function readEnv(): Promise<Record<string, string>> {
  if ((Deno.env.get("DENO_DEPLOYMENT_ID") ?? "") === "") {
    const file = Deno.env.get("ENV_FILE")?.trim() || ".env";
    if (file !== "none") await loadDotenv(file);
  }
  return Deno.env.toObject();
}
