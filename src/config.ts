/**
 * Configuration: every environment variable Promptsmith reads, validated once
 * at start. The rest of the program receives a {@link Config} and never
 * touches `Deno.env`.
 *
 * @module
 */
import { createHmac } from "node:crypto";
import { z } from "zod";
import {
  CATEGORIES,
  type CategoryId,
  isCategoryId,
  resolveMaxTokens,
} from "./enhance/categories.ts";

/** The settings Promptsmith runs with, parsed from the environment by {@link loadConfig}. */
export interface Config {
  /** `BOT_TOKEN`: the bot's token from @BotFather. Secret. */
  botToken: string;
  /** `TELEGRAM_API_ROOT`: base URL of the Bot API, without a trailing slash. */
  telegramApiRoot: string;
  /** The OpenAI-compatible LLM endpoint. */
  llm: {
    /** `LLM_BASE_URL`: base URL of the Chat Completions API, without a trailing slash. */
    baseUrl: string;
    /** `LLM_API_KEYS`: distinct API keys, in the order given; empty when unset. Secret. */
    apiKeys: string[];
    /** `LLM_MODEL`: the model name sent with each request. */
    model: string;
    /** `LLM_TIMEOUT_MS`: how long one attempt with one key may take, in milliseconds. */
    timeoutMs: number;
    /**
     * The provider chain, in order of preference: the primary (`LLM_BASE_URL`,
     * `LLM_API_KEYS`, `LLM_MODEL`, named "primary") when it has keys, then each
     * of `LLM_FALLBACKS`. Empty when no key is configured. Secret keys.
     */
    providers: LlmProviderConfig[];
    /** `LLM_DEADLINE_MS`: how long one request may take, every key and retry included. */
    deadlineMs: number;
    /** `LLM_FIRST_TOKEN_MS`: how long an attempt may wait for its first streamed token. */
    firstTokenMs: number;
    /** `LLM_PROBE`: how the key-health job checks a key that failed. */
    probe: "models" | "completion";
    /**
     * The token limit of an answer in each category, from
     * `LLM_MAX_TOKENS_BY_CATEGORY`, `LLM_MAX_TOKENS` and the categories' own
     * defaults (see `resolveMaxTokens`).
     */
    maxTokens: Readonly<Record<CategoryId, number>>;
    /** `LLM_RETRY_AFTER_MAX_MS`: the longest a provider's `Retry-After` keeps a key out of service. */
    retryAfterMaxMs: number;
  };
  /** `ADMIN_IDS`: distinct Telegram user ids allowed to use admin commands. */
  adminIds: number[];
  /**
   * `KV_PATH`: where Deno KV lives: a file path, `":memory:"`, or an http(s)
   * KV Connect URL, kept as given; the default is applied, except on Deno
   * Deploy (`DENO_DEPLOYMENT_ID` set) where unset means the project's own KV
   * (`undefined`).
   */
  kvPath: string | undefined;
  /** `BOT_MODE`: how updates arrive: long polling or a webhook. */
  botMode: "polling" | "webhook";
  /** `PORT`: the HTTP server's port; 0 picks any free port. */
  port: number;
  /** `LISTEN_HOST`: the address the HTTP server listens on. */
  hostname: string;
  /** Webhook settings, used when `botMode` is `"webhook"`. */
  webhook: {
    /** `WEBHOOK_SECRET`: the `secret_token` Telegram sends with each update; set in webhook mode. Secret. */
    secret: string | undefined;
    /** `WEBHOOK_URL`: the public URL registered with `setWebhook` at start, when set. */
    url: string | undefined;
    /** `WEBHOOK_PATH`: the path the server accepts updates on, starting with "/". */
    path: string;
  };
  /** `HISTORY_LIMIT`: how many enhanced prompts are kept per user. */
  historyLimit: number;
  /** `SHUTDOWN_TIMEOUT_MS`: how long a graceful shutdown may take before the process exits. */
  shutdownTimeoutMs: number;
  /** Durable enhancement jobs. */
  jobs: {
    /** `JOB_LEASE_MS`: how long a job stays with a worker that stopped renewing it (a crashed process). */
    leaseMs: number;
    /** `JOBS_CONCURRENCY`: LLM jobs running at once in one instance; more wait their turn. */
    concurrency: number;
    /** `MAX_ANSWER_PARTS`: messages one answer may take; a longer one also comes as a file. */
    maxAnswerParts: number;
  };
  /** The read cache in front of profiles and sessions (per store). */
  cache: {
    /** `CACHE_MAX_ENTRIES`: entries kept; 0 turns the cache off. */
    max: number;
    /** `CACHE_TTL_MS`: how stale a cached read may be; 0 turns the cache off. */
    ttlMs: number;
  };
  /** Rate limits and quotas of enhancements; 0 turns one off. Admins are exempt. */
  limits: {
    /** `RATE_LIMIT_PER_MINUTE`: per user in any 60 s. */
    burstPerMinute: number;
    /** `DAILY_QUOTA`: per user per UTC day. */
    dailyPerUser: number;
    /** `GLOBAL_RATE_LIMIT_PER_MINUTE`: of all users together per minute. */
    globalPerMinute: number;
  };
  /** `HISTORY_RETENTION_DAYS`: history items older than this are deleted; 0 keeps them. */
  historyRetentionDays: number;
  /** Logging settings. */
  log: {
    /** `LOG_LEVEL`: the lowest level written. */
    level: "trace" | "debug" | "info" | "warning" | "error" | "fatal";
    /** `LOG_FORMAT`: JSON lines for machines, or readable text for people. */
    format: "json" | "pretty";
    /**
     * `LOG_ID_KEY`: the HMAC key for pseudonymous user ids in logs; when unset,
     * derived from the bot token so that ids stay stable across restarts. Secret.
     */
    idKey: string;
  };
}

/** One OpenAI-compatible provider of the chain: its endpoint, model and keys. */
export interface LlmProviderConfig {
  /** "primary", or the name listed in `LLM_FALLBACKS`, in lower case. */
  name: string;
  /** Base URL of its Chat Completions API, without a trailing slash. */
  baseUrl: string;
  /** Distinct API keys, in the order given, at least one. Secret. */
  apiKeys: string[];
  /** The model name sent with each request. */
  model: string;
}

/** The name of the provider set by `LLM_BASE_URL`, `LLM_API_KEYS` and `LLM_MODEL`. */
export const PRIMARY_PROVIDER_NAME = "primary";

/** One environment variable Promptsmith reads, as the README documents it. */
export interface ConfigVariable {
  /** The variable's name, e.g. `"BOT_TOKEN"`. */
  readonly name: string;
  /** Whether the bot refuses to start without it. */
  readonly required: boolean;
  /** When it is required only in some setups: the condition, in words. */
  readonly requiredWhen?: string;
  /** The value used when it is unset, as text; absent when there is none. */
  readonly default?: string;
  /** What it sets, in one or two sentences. */
  readonly description: string;
  /** Whether the value is secret: never printed in errors or logs. */
  readonly secret: boolean;
}

/** Every environment variable Promptsmith reads, in the order errors are reported. */
export const CONFIG_VARIABLES = [
  {
    name: "BOT_TOKEN",
    required: true,
    description: "The bot's token from @BotFather.",
    secret: true,
  },
  {
    name: "TELEGRAM_API_ROOT",
    required: false,
    default: "https://api.telegram.org",
    description:
      "Base URL of the Telegram Bot API (a local Bot API server or a test double).",
    secret: false,
  },
  {
    name: "LLM_BASE_URL",
    required: false,
    default: "https://api.openai.com/v1",
    description: "Base URL of an OpenAI-compatible Chat Completions API.",
    secret: false,
  },
  {
    name: "LLM_API_KEYS",
    required: false,
    description:
      "Comma-separated API keys for the LLM, used in turn; when empty, the bot enhances prompts offline.",
    secret: true,
  },
  {
    name: "LLM_MODEL",
    required: false,
    default: "gpt-4o-mini",
    description: "The model name sent to the LLM API.",
    secret: false,
  },
  {
    name: "LLM_TIMEOUT_MS",
    required: false,
    default: "60000",
    description:
      "How long one attempt with one LLM key may take, in milliseconds (1000 to 600000).",
    secret: false,
  },
  {
    name: "LLM_DEADLINE_MS",
    required: false,
    default: "60000",
    description:
      "How long one request may wait for the AI, every key, retry and pause included, in milliseconds (1000 to 600000); then the offline enhancer answers.",
    secret: false,
  },
  {
    name: "LLM_FIRST_TOKEN_MS",
    required: false,
    default: "20000",
    description:
      "How long an attempt may wait for the first streamed token before the next key is tried, in milliseconds (1000 to 600000, at most LLM_DEADLINE_MS; the default is capped at LLM_DEADLINE_MS).",
    secret: false,
  },
  {
    name: "LLM_PROBE",
    required: false,
    default: "models",
    description:
      'How the key-health job checks a key that failed: "models" (GET /models, free) or "completion" (a one-word chat completion that also checks the model).',
    secret: false,
  },
  {
    name: "LLM_MAX_TOKENS",
    required: false,
    description:
      "The most tokens one AI answer may have (sent as max_tokens), in every category (16 to 200000); unset: 1500, coding 2500, image 600. A long rough prompt raises it to its length in characters. Reasoning models count their thinking too: give them more.",
    secret: false,
  },
  {
    name: "LLM_MAX_TOKENS_BY_CATEGORY",
    required: false,
    description:
      "Token limits of single categories, overriding LLM_MAX_TOKENS, e.g. image:600,coding:2500; categories: general, coding, writing, image, research, business.",
    secret: false,
  },
  {
    name: "LLM_RETRY_AFTER_MAX_MS",
    required: false,
    default: "600000",
    description:
      "The longest a provider's Retry-After keeps an LLM key out of service, in milliseconds (1000 to 86400000); the key-health job may bring it back sooner.",
    secret: false,
  },
  {
    name: "LLM_FALLBACKS",
    required: false,
    description:
      "Comma-separated names of fallback providers (letters, digits, _), used in order when no LLM_API_KEYS key can answer; each NAME needs the LLM_<NAME>_… variables below.",
    secret: false,
  },
  {
    name: "LLM_<NAME>_BASE_URL",
    required: false,
    requiredWhen: "NAME is listed in LLM_FALLBACKS",
    description:
      "Base URL of the fallback provider NAME (in upper case), e.g. LLM_GROQ_BASE_URL=https://api.groq.com/openai/v1.",
    secret: false,
  },
  {
    name: "LLM_<NAME>_API_KEYS",
    required: false,
    requiredWhen: "NAME is listed in LLM_FALLBACKS",
    description:
      "Comma-separated API keys of the fallback provider NAME (any non-empty value for a server that needs none).",
    secret: true,
  },
  {
    name: "LLM_<NAME>_MODEL",
    required: false,
    requiredWhen: "NAME is listed in LLM_FALLBACKS",
    description: "The model name sent to the fallback provider NAME.",
    secret: false,
  },
  {
    name: "ADMIN_IDS",
    required: false,
    description:
      "Comma-separated Telegram user ids allowed to use admin commands.",
    secret: false,
  },
  {
    name: "KV_PATH",
    required: false,
    default: "./data/promptsmith.sqlite3",
    description:
      'Where Deno KV lives: a file path, ":memory:", or an http(s) KV Connect URL.',
    secret: false,
  },
  {
    name: "DENO_KV_ACCESS_TOKEN",
    required: false,
    requiredWhen: "KV_PATH is a KV Connect URL",
    description:
      "Access token for a remote Deno KV database (read by Deno itself).",
    secret: true,
  },
  {
    name: "BOT_MODE",
    required: false,
    default: "polling",
    description: 'How updates arrive: "polling" (long polling) or "webhook".',
    secret: false,
  },
  {
    name: "PORT",
    required: false,
    default: "8080",
    description:
      "Port of the HTTP server (webhook, /healthz); 0 picks any free port.",
    secret: false,
  },
  {
    name: "LISTEN_HOST",
    required: false,
    default: "0.0.0.0",
    description:
      "Address the HTTP server listens on (not HOSTNAME: shells and containers set that to the machine's name).",
    secret: false,
  },
  {
    name: "WEBHOOK_SECRET",
    required: false,
    requiredWhen: 'BOT_MODE is "webhook"',
    description:
      "Secret Telegram sends with every webhook update: 1-256 characters of A-Z, a-z, 0-9, _ and -.",
    secret: true,
  },
  {
    name: "WEBHOOK_URL",
    required: false,
    description:
      "Public https URL of the webhook; when set, the bot registers it with setWebhook at start.",
    secret: false,
  },
  {
    name: "WEBHOOK_PATH",
    required: false,
    default: "/webhook",
    description:
      'Path the HTTP server accepts webhook updates on; starts with "/".',
    secret: false,
  },
  {
    name: "HISTORY_LIMIT",
    required: false,
    default: "20",
    description: "How many enhanced prompts are kept per user (1 to 200).",
    secret: false,
  },
  {
    name: "SHUTDOWN_TIMEOUT_MS",
    required: false,
    default: "10000",
    description:
      "How long a graceful shutdown may take before the process exits, in milliseconds (0 to 120000).",
    secret: false,
  },
  {
    name: "JOB_LEASE_MS",
    required: false,
    default: "30000",
    description:
      "How long an enhancement job stays with a worker that stopped renewing its lease (crashed) before another takes it over, in milliseconds (1000 to 600000).",
    secret: false,
  },
  {
    name: "JOBS_CONCURRENCY",
    required: false,
    default: "32",
    description:
      "How many enhancement jobs (LLM calls) one instance runs at once; more wait their turn (1 to 256).",
    secret: false,
  },
  {
    name: "MAX_ANSWER_PARTS",
    required: false,
    default: "6",
    description:
      "Messages one answer may take (1 to 50); a longer answer is cut after that many and also sent whole as a prompt.md file.",
    secret: false,
  },
  {
    name: "RATE_LIMIT_PER_MINUTE",
    required: false,
    default: "5",
    description:
      "Enhancements one user may ask for in any 60 seconds; 0 = no limit (0 to 1000). Admins are exempt.",
    secret: false,
  },
  {
    name: "DAILY_QUOTA",
    required: false,
    default: "50",
    description:
      "Enhancements one user may ask for per UTC day; 0 = no quota (0 to 100000). Admins are exempt.",
    secret: false,
  },
  {
    name: "GLOBAL_RATE_LIMIT_PER_MINUTE",
    required: false,
    default: "60",
    description:
      "Enhancements of all users together per minute, to protect the API keys; 0 = no cap (0 to 100000).",
    secret: false,
  },
  {
    name: "HISTORY_RETENTION_DAYS",
    required: false,
    default: "0",
    description:
      "History items older than this many days are deleted by the daily cleanup; 0 = keep (0 to 3650).",
    secret: false,
  },
  {
    name: "CACHE_MAX_ENTRIES",
    required: false,
    default: "10000",
    description:
      "Entries of the in-memory read cache of profiles and of sessions; 0 = no cache (0 to 1000000).",
    secret: false,
  },
  {
    name: "CACHE_TTL_MS",
    required: false,
    default: "5000",
    description:
      "How stale a cached read may be when another instance wrote the value, in milliseconds; 0 = no cache (0 to 60000).",
    secret: false,
  },
  {
    name: "LOG_LEVEL",
    required: false,
    default: "info",
    description:
      "Lowest log level written: trace, debug, info, warning (or warn), error or fatal.",
    secret: false,
  },
  {
    name: "LOG_FORMAT",
    required: false,
    default: "json",
    description:
      'Log format: "json" (one JSON object per line) or "pretty" (readable text).',
    secret: false,
  },
  {
    name: "LOG_ID_KEY",
    required: false,
    description:
      "Key (at least 16 characters) for the pseudonymous user ids in logs; derived from BOT_TOKEN when unset.",
    secret: true,
  },
] as const satisfies readonly ConfigVariable[];

/** Placeholder names such as `LLM_<NAME>_MODEL`, documented once for every fallback provider. */
type PerProviderName = `${string}<NAME>${string}`;
type VariableName = Exclude<
  (typeof CONFIG_VARIABLES)[number]["name"],
  PerProviderName
>;
type Values = Record<VariableName, string | undefined>;

/** Every variable with a fixed name, in {@link CONFIG_VARIABLES} order. */
const FIXED_NAMES = CONFIG_VARIABLES.map((variable) => variable.name).filter((
  name,
): name is VariableName => !name.includes("<NAME>"));

/** Thrown by {@link loadConfig} when the environment is invalid; lists every problem. */
export class ConfigError extends Error {
  /** One line per problem, each starting with the variable's name. */
  readonly issues: string[];

  /** @param issues one line per problem, e.g. `PORT: must be an integer from 0 to 65535, got "http"` */
  constructor(issues: readonly string[]) {
    super(`Cannot load configuration: ${issues.join("; ")}`);
    this.name = "ConfigError";
    this.issues = [...issues];
  }
}

/**
 * The text to print when the configuration is invalid: a heading line, then
 * one indented line per problem.
 *
 * @example
 * ```ts
 * try {
 *   config = loadConfig(Deno.env.toObject());
 * } catch (error) {
 *   if (!(error instanceof ConfigError)) throw error;
 *   console.error(formatConfigError(error));
 *   Deno.exit(1);
 * }
 * ```
 */
export function formatConfigError(error: ConfigError): string {
  const count = error.issues.length;
  const heading = `Cannot load configuration: ${count} ${
    count === 1 ? "problem" : "problems"
  }`;
  return [heading, ...error.issues.map((issue) => `  ${issue}`)].join("\n");
}

/**
 * Read the configuration from environment variables. Empty values count as
 * unset; values are trimmed.
 *
 * @param env the environment, e.g. `Deno.env.toObject()`
 * @returns the validated configuration, defaults applied
 * @throws {ConfigError} listing every problem at once, never quoting a secret value
 */
export function loadConfig(env: Record<string, string | undefined>): Config {
  const given = readValues(env);
  const withDefaults = applyDefaults(given);
  const parsed = ENV_SCHEMA.safeParse(withDefaults);
  const issues: Issue[] = parsed.success
    ? []
    : parsed.error.issues.map(toIssue);
  issues.push(
    ...crossCheck(withDefaults),
    ...checkFirstToken(given, withDefaults),
  );
  const fallbacks = readFallbacks(env, withDefaults);
  issues.push(...fallbacks.issues);
  if (!parsed.success || issues.length > 0) {
    const secrets = [...secretValues(given), ...fallbacks.secrets]
      .toSorted((a, b) => b.length - a.length);
    throw new ConfigError(formatIssues(issues, secrets));
  }
  const config = toConfig(parsed.data, fallbacks.providers);
  // On Deno Deploy the file system is read-only: unset KV_PATH means the project's own KV.
  const onDeploy = (env.DENO_DEPLOYMENT_ID ?? "").trim() !== "";
  return onDeploy && given.KV_PATH === undefined
    ? { ...config, kvPath: undefined }
    : config;
}

interface Issue {
  variable: string;
  message: string;
}

function readValues(env: Record<string, string | undefined>): Values {
  const values = {} as Values;
  for (const name of FIXED_NAMES) values[name] = readValue(env, name);
  return values;
}

/** A variable's trimmed value; empty counts as unset. */
function readValue(
  env: Record<string, string | undefined>,
  name: string,
): string | undefined {
  const value = env[name]?.trim();
  return value === "" ? undefined : value;
}

function applyDefaults(values: Values): Values {
  const result = { ...values };
  for (const variable of CONFIG_VARIABLES) {
    if ("default" in variable) result[variable.name] ??= variable.default;
  }
  return result;
}

/**
 * An LLM_FIRST_TOKEN_MS set above LLM_DEADLINE_MS is a mistake worth
 * reporting; the default is only capped (see {@link toConfig}), so that
 * lowering the deadline alone stays valid.
 */
function checkFirstToken(given: Values, values: Values): Issue[] {
  // Out-of-range values are reported by the schema; compare only valid ones.
  const firstToken = integerIn(given.LLM_FIRST_TOKEN_MS, LLM_MS_RANGE);
  const deadline = integerIn(values.LLM_DEADLINE_MS, LLM_MS_RANGE);
  if (firstToken === undefined || deadline === undefined) return [];
  if (firstToken <= deadline) return [];
  return [{
    variable: "LLM_FIRST_TOKEN_MS",
    message:
      `must not exceed LLM_DEADLINE_MS (${firstToken} > ${deadline}): an attempt cannot wait longer than the whole request`,
  }];
}

/** Checks that involve more than one variable; each is reported on the variable to fix. */
function crossCheck(values: Values): Issue[] {
  const issues: Issue[] = [];
  const mode = values.BOT_MODE?.toLowerCase();
  if (mode === "webhook" && values.WEBHOOK_SECRET === undefined) {
    issues.push({
      variable: "WEBHOOK_SECRET",
      message: `required when BOT_MODE is "webhook" (${WEBHOOK_SECRET_RULE})`,
    });
  }
  if (mode === "polling" && values.WEBHOOK_URL !== undefined) {
    issues.push({
      variable: "WEBHOOK_URL",
      message:
        'only used when BOT_MODE is "webhook": set BOT_MODE=webhook or unset WEBHOOK_URL',
    });
  }
  if (
    isKvConnectUrl(values.KV_PATH) && values.DENO_KV_ACCESS_TOKEN === undefined
  ) {
    issues.push({
      variable: "DENO_KV_ACCESS_TOKEN",
      message: "required when KV_PATH is a KV Connect URL",
    });
  }
  return issues;
}

function toIssue(issue: z.core.$ZodIssue): Issue {
  return {
    variable: String(issue.path[0] ?? "environment"),
    message: issue.message,
  };
}

/** Sorts issues in {@link CONFIG_VARIABLES} order and scrubs any secret value pasted into the wrong variable. */
function formatIssues(issues: Issue[], secrets: string[]): string[] {
  const order = (issue: Issue) =>
    CONFIG_VARIABLES.findIndex((variable) =>
      variable.name === issue.variable ||
      perProviderPattern(variable.name)?.test(issue.variable)
    );
  return issues
    .toSorted((a, b) => order(a) - order(b))
    .map(({ variable, message }) => scrub(`${variable}: ${message}`, secrets));
}

/** `LLM_<NAME>_MODEL` → /^LLM_[A-Z0-9_]+_MODEL$/; `undefined` for a fixed name. */
function perProviderPattern(name: string): RegExp | undefined {
  if (!name.includes("<NAME>")) return undefined;
  const [before, after] = name.split("<NAME>");
  return new RegExp(`^${before}[A-Z][A-Z0-9_]*${after}$`);
}

function secretValues(values: Values): string[] {
  const secrets = CONFIG_VARIABLES.filter((variable) => variable.secret)
    .flatMap((variable) =>
      FIXED_NAMES.includes(variable.name as VariableName)
        ? values[variable.name as VariableName]?.split(",") ?? []
        : []
    );
  return secretsWorthHiding(secrets);
}

function secretsWorthHiding(values: string[]): string[] {
  return values.map((value) => value.trim())
    // Shorter values would garble the messages and are no credential worth hiding.
    .filter((value) => value.length >= 6)
    .toSorted((a, b) => b.length - a.length);
}

function scrub(line: string, secrets: string[]): string {
  return secrets.reduce(
    (text, secret) => text.replaceAll(secret, "[secret]"),
    line,
  );
}

// ---------------------------------------------------------------------------
// Parsers: one per kind of value. Each reports problems through `report` and
// returns a placeholder afterwards; the result is discarded when any was reported.

type Report = (message: string) => void;

const WEBHOOK_SECRET_RULE = "1-256 characters of A-Z, a-z, 0-9, _ and -";
const LOG_LEVELS = [
  "trace",
  "debug",
  "info",
  "warning",
  "error",
  "fatal",
] as const;
const MIN_LOG_ID_KEY_LENGTH = 16;

/** Quote a non-secret value for an error message, shortened when long. */
function quote(value: string): string {
  return JSON.stringify(value.length > 80 ? `${value.slice(0, 77)}...` : value);
}

function field<T>(parse: (value: string | undefined, report: Report) => T) {
  return z.string().optional().transform((value, ctx) =>
    parse(
      value,
      (message) => ctx.addIssue({ code: "custom", message, continue: true }),
    )
  );
}

function parseBotToken(value: string | undefined, report: Report): string {
  if (value === undefined) {
    report("required (get one from @BotFather)");
  } else if (!/^\d+:[A-Za-z0-9_-]{20,}$/.test(value)) {
    report(
      'does not look like a bot token: expected "<digits>:<letters, digits, _ and ->" as @BotFather gives it',
    );
  }
  return value ?? "";
}

function parseHttpUrl(value: string | undefined, report: Report): string {
  const text = value ?? "";
  if (!isHttpUrl(text)) report(`must be an http(s) URL, got ${quote(text)}`);
  return text.replace(/\/+$/, "");
}

function isHttpUrl(text: string): boolean {
  if (!URL.canParse(text)) return false;
  const { protocol, hostname } = new URL(text);
  return (protocol === "http:" || protocol === "https:") && hostname !== "";
}

function isKvConnectUrl(value: string | undefined): boolean {
  return value !== undefined && /^https?:\/\//i.test(value);
}

function splitList(value: string | undefined): string[] {
  return (value ?? "").split(",").map((entry) => entry.trim()).filter((entry) =>
    entry !== ""
  );
}

function parseApiKeys(value: string | undefined, report: Report): string[] {
  const keys = [...new Set(splitList(value))];
  keys.forEach((key, index) => {
    if (/\s/.test(key)) {
      report(`key ${index + 1} contains whitespace: separate keys with commas`);
    }
  });
  return keys;
}

const FALLBACK_NAME = /^[A-Za-z][A-Za-z0-9_]{0,31}$/;

/** The distinct, valid names of LLM_FALLBACKS, in lower case and in order. */
function parseFallbackNames(
  value: string | undefined,
  report: Report,
): string[] {
  const names: string[] = [];
  for (const entry of splitList(value)) {
    const name = entry.toLowerCase();
    if (!FALLBACK_NAME.test(entry)) {
      report(
        `${
          quote(entry)
        } is not a provider name: use a letter, then up to 31 letters, digits or _`,
      );
    } else if (name === PRIMARY_PROVIDER_NAME) {
      report(
        `"${PRIMARY_PROVIDER_NAME}" is the provider of LLM_BASE_URL and LLM_API_KEYS: choose another name`,
      );
    } else if (!names.includes(name)) names.push(name);
  }
  return names;
}

interface Fallbacks {
  providers: LlmProviderConfig[];
  issues: Issue[];
  /** The fallbacks' keys, to scrub from messages. */
  secrets: string[];
}

/** The `LLM_<NAME>_…` variables of every name in LLM_FALLBACKS; every problem listed. */
function readFallbacks(
  env: Record<string, string | undefined>,
  values: Values,
): Fallbacks {
  // Bad names are reported by the schema; only the good ones are read here.
  const names = parseFallbackNames(values.LLM_FALLBACKS, () => {});
  const issues: Issue[] = [];
  const providers = names.map((name) => readFallback(name, env, issues));
  if (names.length > 0 && splitList(values.LLM_API_KEYS).length === 0) {
    issues.push({
      variable: "LLM_API_KEYS",
      message:
        "required when LLM_FALLBACKS is set: the fallbacks back up these keys",
    });
  }
  const secrets = names.flatMap((name) =>
    splitList(readValue(env, fallbackVariable(name, "API_KEYS")))
  );
  return { providers, issues, secrets: secretsWorthHiding(secrets) };
}

/** `LLM_GROQ_MODEL` for `("groq", "MODEL")`. */
function fallbackVariable(name: string, suffix: string): string {
  return `LLM_${name.toUpperCase()}_${suffix}`;
}

/** One fallback's three variables; a missing one is reported as required. */
function readFallback(
  name: string,
  env: Record<string, string | undefined>,
  issues: Issue[],
): LlmProviderConfig {
  function read<T>(
    suffix: string,
    parse: (value: string, report: Report) => T,
    missing: T,
  ): T {
    const variable = fallbackVariable(name, suffix);
    const report: Report = (message) => issues.push({ variable, message });
    const value = readValue(env, variable);
    if (value !== undefined) return parse(value, report);
    report(`required because LLM_FALLBACKS lists "${name}"`);
    return missing;
  }
  return {
    name,
    baseUrl: read("BASE_URL", parseHttpUrl, ""),
    apiKeys: read("API_KEYS", parseFallbackKeys, []),
    model: read("MODEL", (value) => value, ""),
  };
}

function parseFallbackKeys(value: string, report: Report): string[] {
  const keys = parseApiKeys(value, report);
  if (keys.length === 0) report("must list at least one key");
  return keys;
}

function parseAdminIds(value: string | undefined, report: Report): number[] {
  const ids = new Set<number>();
  for (const entry of splitList(value)) {
    const id = Number(entry);
    if (!/^[+-]?\d+$/.test(entry)) report(`${quote(entry)} is not an integer`);
    else if (!Number.isSafeInteger(id)) {
      report(`${quote(entry)} is too large for a user id`);
    } else if (id <= 0) {
      report(`${quote(entry)} is not a user id: user ids are positive`);
    } else ids.add(id);
  }
  return [...ids];
}

/** The range of every LLM duration variable, in milliseconds. */
const LLM_MS_RANGE = [1_000, 600_000] as const;

/** `text` as an integer from `min` to `max`, or `undefined` when it is not one. */
function integerIn(
  text: string | undefined,
  [min, max]: readonly [number, number],
): number | undefined {
  const number = Number(text);
  const valid = /^[+-]?\d+$/.test(text ?? "") && number >= min &&
    number <= max;
  return valid ? number : undefined;
}

function integer(min: number, max: number) {
  return field((value, report) => {
    const text = value ?? "";
    const number = integerIn(text, [min, max]);
    if (number === undefined) {
      report(`must be an integer from ${min} to ${max}, got ${quote(text)}`);
    }
    return number ?? Number.NaN;
  });
}

/** Like {@link integer}, but unset stays `undefined`. */
function optionalInteger(min: number, max: number) {
  return field((value, report) => {
    if (value === undefined) return undefined;
    const number = integerIn(value, [min, max]);
    if (number === undefined) {
      report(`must be an integer from ${min} to ${max}, got ${quote(value)}`);
    }
    return number ?? Number.NaN;
  });
}

/** The range of LLM_MAX_TOKENS and of each LLM_MAX_TOKENS_BY_CATEGORY entry. */
const MAX_TOKENS_RANGE = [16, 200_000] as const;

/** `image:600,coding:2500` → `{ image: 600, coding: 2500 }`; every bad entry reported. */
function parseMaxTokensByCategory(
  value: string | undefined,
  report: Report,
): Partial<Record<CategoryId, number>> {
  const limits: Partial<Record<CategoryId, number>> = {};
  const [min, max] = MAX_TOKENS_RANGE;
  for (const entry of splitList(value)) {
    const match = /^([^:\s]+)\s*:\s*(\S+)$/.exec(entry);
    const name = match?.[1].toLowerCase();
    const tokens = integerIn(match?.[2], MAX_TOKENS_RANGE);
    if (match === null || name === undefined) {
      report(
        `${quote(entry)} is not "category:tokens", e.g. "image:600"`,
      );
    } else if (!isCategoryId(name)) {
      report(
        `${quote(match[1])} is not a category: use ${
          CATEGORIES.map((c) => c.id).join(", ")
        }`,
      );
    } else if (name in limits) {
      report(`lists "${name}" twice`);
    } else if (tokens === undefined) {
      report(
        `the limit of "${name}" must be an integer from ${min} to ${max}, got ${
          quote(match[2])
        }`,
      );
    } else limits[name] = tokens;
  }
  return limits;
}

function oneOf<const T extends string>(
  choices: readonly T[],
  aliases: Record<string, T> = {},
) {
  return field((value, report): T => {
    const text = (value ?? "").toLowerCase();
    const choice = aliases[text] ??
      choices.find((candidate) => candidate === text);
    if (choice === undefined) {
      const list = choices.map((candidate) => JSON.stringify(candidate)).join(
        ", ",
      );
      report(`must be one of ${list}, got ${quote(value ?? "")}`);
    }
    return choice ?? choices[0];
  });
}

function parseKvPath(value: string | undefined, report: Report): string {
  const text = value ?? "";
  const hasScheme = /^[a-z][a-z0-9+.-]*:\/\//i.test(text);
  if (hasScheme && !isHttpUrl(text)) {
    report(
      `must be a file path, ":memory:" or an http(s) KV Connect URL, got ${
        quote(text)
      }`,
    );
  }
  return text;
}

function parseHostname(value: string | undefined, report: Report): string {
  const text = value ?? "";
  if (!/^[A-Za-z0-9.:%[\]-]+$/.test(text)) {
    report(`must be a host name or an IP address, got ${quote(text)}`);
  }
  return text;
}

function parseWebhookSecret(
  value: string | undefined,
  report: Report,
): string | undefined {
  if (value !== undefined && !/^[A-Za-z0-9_-]{1,256}$/.test(value)) {
    report(`must be ${WEBHOOK_SECRET_RULE} (Telegram's rule for secret_token)`);
  }
  return value;
}

/** Telegram only calls https URLs; plain http is allowed for loopback hosts, for local tests. */
function parseWebhookUrl(
  value: string | undefined,
  report: Report,
): string | undefined {
  if (value === undefined) return undefined;
  const url = URL.canParse(value) ? new URL(value) : undefined;
  const loopback = ["localhost", "127.0.0.1", "[::1]"].includes(
    url?.hostname ?? "",
  );
  const valid = url?.protocol === "https:" ||
    (url?.protocol === "http:" && loopback);
  if (!valid) report(`must be an https URL, got ${quote(value)}`);
  return value;
}

function parseWebhookPath(value: string | undefined, report: Report): string {
  const text = value ?? "";
  if (!text.startsWith("/")) report(`must start with "/", got ${quote(text)}`);
  else if (/[\s?#]/.test(text)) {
    report(`must be a path without spaces, "?" or "#", got ${quote(text)}`);
  }
  return text;
}

function parseLogIdKey(
  value: string | undefined,
  report: Report,
): string | undefined {
  if (value !== undefined && value.length < MIN_LOG_ID_KEY_LENGTH) {
    report(
      `must be at least ${MIN_LOG_ID_KEY_LENGTH} characters: use a long random string`,
    );
  }
  return value;
}

/** Every variable's parser; keyed by {@link CONFIG_VARIABLES} names, so neither list can miss one. */
const ENV_SCHEMA = z.object(
  {
    BOT_TOKEN: field(parseBotToken),
    TELEGRAM_API_ROOT: field(parseHttpUrl),
    LLM_BASE_URL: field(parseHttpUrl),
    LLM_API_KEYS: field(parseApiKeys),
    LLM_MODEL: field((value) => value ?? ""),
    LLM_TIMEOUT_MS: integer(...LLM_MS_RANGE),
    LLM_DEADLINE_MS: integer(...LLM_MS_RANGE),
    LLM_FIRST_TOKEN_MS: integer(...LLM_MS_RANGE),
    LLM_PROBE: oneOf(["models", "completion"]),
    LLM_MAX_TOKENS: optionalInteger(...MAX_TOKENS_RANGE),
    LLM_MAX_TOKENS_BY_CATEGORY: field(parseMaxTokensByCategory),
    LLM_RETRY_AFTER_MAX_MS: integer(1_000, 86_400_000),
    LLM_FALLBACKS: field(parseFallbackNames),
    ADMIN_IDS: field(parseAdminIds),
    KV_PATH: field(parseKvPath),
    DENO_KV_ACCESS_TOKEN: field((value) => value),
    BOT_MODE: oneOf(["polling", "webhook"]),
    PORT: integer(0, 65_535),
    LISTEN_HOST: field(parseHostname),
    WEBHOOK_SECRET: field(parseWebhookSecret),
    WEBHOOK_URL: field(parseWebhookUrl),
    WEBHOOK_PATH: field(parseWebhookPath),
    HISTORY_LIMIT: integer(1, 200),
    SHUTDOWN_TIMEOUT_MS: integer(0, 120_000),
    JOB_LEASE_MS: integer(1_000, 600_000),
    JOBS_CONCURRENCY: integer(1, 256),
    MAX_ANSWER_PARTS: integer(1, 50),
    RATE_LIMIT_PER_MINUTE: integer(0, 1000),
    DAILY_QUOTA: integer(0, 100_000),
    GLOBAL_RATE_LIMIT_PER_MINUTE: integer(0, 100_000),
    HISTORY_RETENTION_DAYS: integer(0, 3650),
    CACHE_MAX_ENTRIES: integer(0, 1_000_000),
    CACHE_TTL_MS: integer(0, 60_000),
    LOG_LEVEL: oneOf(LOG_LEVELS, { warn: "warning" }),
    LOG_FORMAT: oneOf(["json", "pretty"]),
    LOG_ID_KEY: field(parseLogIdKey),
  } satisfies Record<VariableName, z.ZodType>,
);

function toConfig(
  env: z.output<typeof ENV_SCHEMA>,
  fallbacks: LlmProviderConfig[],
): Config {
  const primary: LlmProviderConfig[] = env.LLM_API_KEYS.length === 0 ? [] : [{
    name: PRIMARY_PROVIDER_NAME,
    baseUrl: env.LLM_BASE_URL,
    apiKeys: [...env.LLM_API_KEYS],
    model: env.LLM_MODEL,
  }];
  return {
    botToken: env.BOT_TOKEN,
    telegramApiRoot: env.TELEGRAM_API_ROOT,
    llm: {
      baseUrl: env.LLM_BASE_URL,
      apiKeys: env.LLM_API_KEYS,
      model: env.LLM_MODEL,
      timeoutMs: env.LLM_TIMEOUT_MS,
      providers: [...primary, ...fallbacks],
      deadlineMs: env.LLM_DEADLINE_MS,
      firstTokenMs: Math.min(env.LLM_FIRST_TOKEN_MS, env.LLM_DEADLINE_MS),
      probe: env.LLM_PROBE,
      maxTokens: resolveMaxTokens({
        all: env.LLM_MAX_TOKENS,
        byCategory: env.LLM_MAX_TOKENS_BY_CATEGORY,
      }),
      retryAfterMaxMs: env.LLM_RETRY_AFTER_MAX_MS,
    },
    adminIds: env.ADMIN_IDS,
    kvPath: env.KV_PATH,
    botMode: env.BOT_MODE,
    port: env.PORT,
    hostname: env.LISTEN_HOST,
    webhook: {
      secret: env.WEBHOOK_SECRET,
      url: env.WEBHOOK_URL,
      path: env.WEBHOOK_PATH,
    },
    historyLimit: env.HISTORY_LIMIT,
    shutdownTimeoutMs: env.SHUTDOWN_TIMEOUT_MS,
    jobs: {
      leaseMs: env.JOB_LEASE_MS,
      concurrency: env.JOBS_CONCURRENCY,
      maxAnswerParts: env.MAX_ANSWER_PARTS,
    },
    cache: { max: env.CACHE_MAX_ENTRIES, ttlMs: env.CACHE_TTL_MS },
    limits: {
      burstPerMinute: env.RATE_LIMIT_PER_MINUTE,
      dailyPerUser: env.DAILY_QUOTA,
      globalPerMinute: env.GLOBAL_RATE_LIMIT_PER_MINUTE,
    },
    historyRetentionDays: env.HISTORY_RETENTION_DAYS,
    log: {
      level: env.LOG_LEVEL,
      format: env.LOG_FORMAT,
      idKey: env.LOG_ID_KEY ?? deriveLogIdKey(env.BOT_TOKEN),
    },
  };
}

/** A key that is stable for one bot and reveals nothing about its token. */
function deriveLogIdKey(botToken: string): string {
  return createHmac("sha256", botToken).update("promptsmith:log-id-key:v1")
    .digest("hex");
}
