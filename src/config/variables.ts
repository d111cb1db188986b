/**
 * Every environment variable Promptsmith reads: one row each, with its
 * parser, default, secrecy and description. The shape of the table is the
 * shape of the configuration (src/config/config.ts infers its type from it),
 * and README's table is generated from it (`deno task readme`). Defaults come
 * from the modules that own them.
 *
 * Adding a variable is one row here (and a line in config.ts only when its
 * value is derived from others).
 *
 * @module
 */
import { DEFAULT_HISTORY_RETENTION_DAYS } from "../jobs/cleanup.ts";
import { CATEGORY_IDS } from "../enhance/categories.ts";
import {
  DEFAULT_JOBS_CONCURRENCY,
  DEFAULT_MAX_ANSWER_PARTS,
} from "../jobs/enhance_jobs.ts";
import { DEFAULT_CIRCUIT_RULES } from "../llm/circuit.ts";
import {
  DEFAULT_DEADLINE_MS,
  DEFAULT_FIRST_TOKEN_MS,
} from "../llm/key_pool.ts";
import { DEFAULT_PROBE_MODE, PROBE_MODES } from "../llm/key_probe.ts";
import {
  DEFAULT_ATTEMPT_TIMEOUT_MS,
  DEFAULT_BASE_URL,
  DEFAULT_MODEL,
} from "../llm/openai_client.ts";
import {
  DEFAULT_LOG_FORMAT,
  DEFAULT_LOG_LEVEL,
  LOG_FORMATS,
  LOG_LEVELS,
} from "../logging.ts";
import {
  DEFAULT_HOSTNAME,
  DEFAULT_PORT,
  DEFAULT_UPDATE_MODE,
  DEFAULT_WEBHOOK_PATH,
  UPDATE_MODES,
} from "../server/options.ts";
import { DEFAULT_CACHE_MAX, DEFAULT_CACHE_TTL_MS } from "../storage/cache.ts";
import { DEFAULT_HISTORY_LIMIT } from "../storage/history_store.ts";
import {
  DEFAULT_JOB_LEASE_MS,
  DEFAULT_QUEUE_MAX,
} from "../storage/job_store.ts";
import { DEFAULT_CHAT_KV_PATH, DEFAULT_KV_PATH } from "../storage/kv.ts";
import { DEFAULT_RATE_LIMITS } from "../storage/rate_limiter.ts";
import {
  ACCESS_MODES,
  DEFAULT_ACCESS_MODE,
  DEFAULT_ROLE_LIMITS,
  TIERED_ROLES,
} from "../storage/role_store.ts";
import { DEFAULT_API_ROOT } from "../telegram/api.ts";
import { DEFAULT_START_ATTEMPTS } from "../telegram/connect.ts";
import { DEFAULT_ENV_FILE } from "../util/dotenv.ts";
import { DEFAULT_BROADCAST_RATE } from "../jobs/broadcast_runner.ts";
import { DEFAULT_SHUTDOWN_TIMEOUT_MS } from "../util/signals.ts";
import {
  DEFAULT_ALBUM_MAX_IMAGES,
  DEFAULT_ALBUM_WINDOW_MS,
  DEFAULT_VISION_MAX_PIXELS,
  DEFAULT_VOICE_MAX_SECONDS,
} from "../jobs/media_input.ts";
import { DEFAULT_TRANSCRIBE_MODEL } from "../llm/transcribe.ts";
import {
  DEFAULT_DOWNLOAD_TIMEOUT_MS,
  DEFAULT_FILE_MAX_BYTES,
} from "../telegram/files.ts";
import {
  apiKeys,
  botToken,
  encryptionKeys,
  flag,
  hostname,
  httpUrl,
  integer,
  kvPath,
  longSecret,
  numbersByName,
  oneOf,
  type Parser,
  providerNames,
  text,
  urlPath,
  userIds,
  webhookSecret,
  webhookUrl,
} from "./parse.ts";

/** One environment variable. */
export interface Variable<T> {
  readonly kind: "variable";
  /** Its name, e.g. `"BOT_TOKEN"`. */
  readonly name: string;
  readonly parse: Parser<T>;
  /** What it sets, in one or two sentences (the parser's rule is added in README). */
  readonly description: string;
  /** Never printed in errors or logs. */
  readonly secret: boolean;
  /** The bot refuses to start without it. */
  readonly required: boolean;
  /** When it is required only in some setups: the condition, in words. */
  readonly requiredWhen?: string;
  /** What a missing required value is told, e.g. "get one from @BotFather". */
  readonly requiredHint?: string;
  /** The value when unset; absent when unset means `undefined`. */
  readonly default?: T;
  /** The default as README shows it, when `String(default)` is not it. */
  readonly shownDefault?: string;
}

/**
 * Variables whose name holds a provider's name, e.g. `LLM_<NAME>_MODEL` for
 * each name listed in LLM_FALLBACKS: documented once, read per name.
 */
export interface PatternVariable<T> {
  readonly kind: "pattern";
  /** The name with `<NAME>` where the provider's name goes. */
  readonly name: string;
  readonly parse: Parser<T>;
  readonly description: string;
  readonly secret: boolean;
  readonly requiredWhen: string;
}

interface Documented {
  readonly description: string;
  readonly secret?: boolean;
}

/** A variable that always has a value: `defaultValue` when unset. */
function withDefault<T>(
  name: string,
  parse: Parser<T>,
  defaultValue: T,
  doc: Documented & { shownDefault?: string },
): Variable<T> {
  return {
    kind: "variable",
    name,
    parse,
    default: defaultValue,
    required: false,
    secret: doc.secret ?? false,
    description: doc.description,
    shownDefault: doc.shownDefault,
  };
}

/** A variable that is `undefined` when unset (a derived default may apply). */
function optional<T>(
  name: string,
  parse: Parser<T>,
  doc: Documented & { requiredWhen?: string; shownDefault?: string },
): Variable<T | undefined> {
  return {
    kind: "variable",
    name,
    parse,
    required: false,
    secret: doc.secret ?? false,
    description: doc.description,
    requiredWhen: doc.requiredWhen,
    shownDefault: doc.shownDefault,
  };
}

/** A variable the bot cannot start without. */
function required<T>(
  name: string,
  parse: Parser<T>,
  doc: Documented & { hint: string },
): Variable<T> {
  return {
    kind: "variable",
    name,
    parse,
    required: true,
    requiredHint: doc.hint,
    secret: doc.secret ?? false,
    description: doc.description,
  };
}

function perProvider<T>(
  suffix: string,
  parse: Parser<T>,
  doc: Documented,
): PatternVariable<T> {
  return {
    kind: "pattern",
    name: `LLM_<NAME>_${suffix}`,
    parse,
    secret: doc.secret ?? false,
    description: doc.description,
    requiredWhen: "NAME is listed in LLM_FALLBACKS",
  };
}

/** The name of the provider set by `LLM_BASE_URL`, `LLM_API_KEYS` and `LLM_MODEL`. */
export const PRIMARY_PROVIDER_NAME = "primary";

/** The range of LLM_MAX_TOKENS and of each LLM_MAX_TOKENS_BY_CATEGORY entry. */
const MAX_TOKENS_RANGE = [16, 200_000] as const;

/** The range of every LLM duration variable, in milliseconds. */
export const LLM_MS = integer(1_000, 600_000);

/** The rows, grouped as the configuration is; README lists them in this order. */
export const VARIABLES = {
  botToken: required("BOT_TOKEN", botToken, {
    hint: "get one from @BotFather",
    description: "The bot's token from @BotFather.",
    secret: true,
  }),
  telegramApiRoot: withDefault("TELEGRAM_API_ROOT", httpUrl, DEFAULT_API_ROOT, {
    description:
      "Base URL of the Telegram Bot API (a local Bot API server or a test double).",
  }),
  telegramStartAttempts: withDefault(
    "TELEGRAM_START_ATTEMPTS",
    integer(1, 100),
    DEFAULT_START_ATTEMPTS,
    {
      description:
        "How many times the first call to Telegram (getMe) is tried at start, pausing 1, 2, 4, 8 s between tries, before the bot exits with an error.",
    },
  ),
  llm: {
    baseUrl: withDefault("LLM_BASE_URL", httpUrl, DEFAULT_BASE_URL, {
      description: "Base URL of an OpenAI-compatible Chat Completions API.",
    }),
    apiKeys: withDefault("LLM_API_KEYS", apiKeys, [] as string[], {
      description:
        "Comma-separated API keys for the LLM, used in turn; when empty, the bot enhances prompts offline.",
      secret: true,
      shownDefault: "",
    }),
    model: withDefault("LLM_MODEL", text, DEFAULT_MODEL, {
      description: "The model name sent to the LLM API.",
    }),
    timeoutMs: withDefault(
      "LLM_TIMEOUT_MS",
      LLM_MS,
      DEFAULT_ATTEMPT_TIMEOUT_MS,
      {
        description:
          "How long one attempt with one LLM key may take, in milliseconds.",
      },
    ),
    deadlineMs: withDefault("LLM_DEADLINE_MS", LLM_MS, DEFAULT_DEADLINE_MS, {
      description:
        "How long one request may wait for the AI, every key, retry and pause included, in milliseconds; then the offline enhancer answers.",
    }),
    firstTokenMs: optional("LLM_FIRST_TOKEN_MS", LLM_MS, {
      shownDefault: String(DEFAULT_FIRST_TOKEN_MS),
      description:
        "How long an attempt may wait for the first streamed token before the next key is tried, in milliseconds; at most LLM_DEADLINE_MS (the default is capped at it).",
    }),
    probe: withDefault(
      "LLM_PROBE",
      oneOf(PROBE_MODES),
      DEFAULT_PROBE_MODE,
      {
        description:
          'How the key-health job checks a key that failed: "models" (GET /models, free) or "completion" (a one-word chat completion that also checks the model).',
      },
    ),
    maxTokens: optional("LLM_MAX_TOKENS", integer(...MAX_TOKENS_RANGE), {
      shownDefault: "",
      description:
        "The most tokens one AI answer may have (sent as max_tokens), in every category; unset: 1500, coding 2500, image 600. A long rough prompt raises it to its length in characters. Reasoning models count their thinking too: give them more.",
    }),
    maxTokensByCategory: withDefault(
      "LLM_MAX_TOKENS_BY_CATEGORY",
      numbersByName(CATEGORY_IDS, MAX_TOKENS_RANGE, {
        name: "category",
        number: "tokens",
        value: "limit",
        example: "image:600",
      }),
      {},
      {
        shownDefault: "",
        description:
          "Token limits of single categories, overriding LLM_MAX_TOKENS, e.g. image:600,coding:2500.",
      },
    ),
    temperatureByCategory: withDefault(
      "LLM_TEMPERATURE_BY_CATEGORY",
      numbersByName(CATEGORY_IDS, [0, 2], {
        name: "category",
        number: "temperature",
        value: "temperature",
        example: "image:0.9",
        decimal: true,
      }),
      {},
      {
        shownDefault: "",
        description:
          "Sampling temperatures of single categories, overriding their own (image 0.8, coding 0.2, …; docs/ENHANCEMENT.md), e.g. image:0.9,coding:0.1. Clarifying questions keep 0.3.",
      },
    ),
    retryAfterMaxMs: withDefault(
      "LLM_RETRY_AFTER_MAX_MS",
      integer(1_000, 86_400_000),
      DEFAULT_CIRCUIT_RULES.retryAfterMaxMs,
      {
        description:
          "The longest a provider's Retry-After keeps an LLM key out of service, in milliseconds; the key-health job may bring it back sooner.",
      },
    ),
    fallbacks: withDefault(
      "LLM_FALLBACKS",
      providerNames(PRIMARY_PROVIDER_NAME),
      [] as string[],
      {
        shownDefault: "",
        description:
          "Comma-separated names of fallback providers (letters, digits, _), used in order when no LLM_API_KEYS key can answer; each NAME needs the LLM_<NAME>_… variables below.",
      },
    ),
    fallback: {
      baseUrl: perProvider("BASE_URL", httpUrl, {
        description:
          "Base URL of the fallback provider NAME (in upper case), e.g. LLM_GROQ_BASE_URL=https://api.groq.com/openai/v1.",
      }),
      apiKeys: perProvider("API_KEYS", apiKeys, {
        description:
          "Comma-separated API keys of the fallback provider NAME (any non-empty value for a server that needs none).",
        secret: true,
      }),
      model: perProvider("MODEL", text, {
        description: "The model name sent to the fallback provider NAME.",
      }),
    },
  },
  adminIds: withDefault("ADMIN_IDS", userIds, [] as number[], {
    shownDefault: "",
    description:
      "Comma-separated Telegram user ids that are admins unless an owner changes their role with /role (kept for compatibility: roles live in KV).",
  }),
  access: {
    owners: withDefault("OWNER_ID", userIds, [] as number[], {
      shownDefault: "",
      description:
        "Comma-separated Telegram user ids of the bot's owners: every power, and the only ones who can appoint admins. Their role cannot be changed from the chat.",
    }),
    mode: withDefault(
      "ACCESS_MODE",
      oneOf(ACCESS_MODES),
      DEFAULT_ACCESS_MODE,
      {
        description:
          'Who the bot serves: "open" (everyone), "allowlist" (ALLOWED_IDS and anyone with a role above user) or "approval" (a new user waits until an admin taps Approve; needs OWNER_ID or ADMIN_IDS).',
      },
    ),
    allowedIds: withDefault("ALLOWED_IDS", userIds, [] as number[], {
      shownDefault: "",
      description:
        "Comma-separated Telegram user ids served in every access mode, unless banned.",
    }),
  },
  kvPath: optional("KV_PATH", kvPath, {
    shownDefault: DEFAULT_KV_PATH,
    description:
      'Where Deno KV lives: a file path, ":memory:", or an http(s) KV Connect URL; on Deno Deploy, unset means the project\'s own KV.',
  }),
  kvAccessToken: optional("DENO_KV_ACCESS_TOKEN", text, {
    requiredWhen: "KV_PATH is a KV Connect URL",
    description:
      "Access token for a remote Deno KV database (read by Deno itself).",
    secret: true,
  }),
  encryptionKeys: optional("ENCRYPTION_KEYS", encryptionKeys, {
    shownDefault: "",
    description:
      "Keys that encrypt user content in KV (prompts, answers, history, jobs, sessions, profiles) with AES-256-GCM, as id:key (openssl rand -base64 32); the first encrypts, every one decrypts, so k2:…,k1:… rotates to k2. Unset: stored in plain text.",
    secret: true,
  }),
  botMode: withDefault(
    "BOT_MODE",
    oneOf(UPDATE_MODES),
    DEFAULT_UPDATE_MODE,
    {
      description: 'How updates arrive: "polling" (long polling) or "webhook".',
    },
  ),
  port: withDefault("PORT", integer(0, 65_535), DEFAULT_PORT, {
    description:
      "Port of the HTTP server (webhook, /healthz); 0 picks any free port.",
  }),
  hostname: withDefault("LISTEN_HOST", hostname, DEFAULT_HOSTNAME, {
    description:
      "Address the HTTP server listens on (not HOSTNAME: shells and containers set that to the machine's name).",
  }),
  webhook: {
    secret: optional("WEBHOOK_SECRET", webhookSecret, {
      requiredWhen: 'BOT_MODE is "webhook"',
      description: "Secret Telegram sends with every webhook update.",
      secret: true,
    }),
    url: optional("WEBHOOK_URL", webhookUrl, {
      description:
        "Public https URL of the webhook; when set, the bot registers it with setWebhook at start.",
    }),
    path: withDefault("WEBHOOK_PATH", urlPath, DEFAULT_WEBHOOK_PATH, {
      description:
        'Path the HTTP server accepts webhook updates on; starts with "/".',
    }),
  },
  historyLimit: withDefault(
    "HISTORY_LIMIT",
    integer(1, 200),
    DEFAULT_HISTORY_LIMIT,
    { description: "How many enhanced prompts are kept per user." },
  ),
  shutdownTimeoutMs: withDefault(
    "SHUTDOWN_TIMEOUT_MS",
    integer(0, 120_000),
    DEFAULT_SHUTDOWN_TIMEOUT_MS,
    {
      description:
        "How long a graceful shutdown may take before the process exits, in milliseconds.",
    },
  ),
  jobs: {
    leaseMs: withDefault(
      "JOB_LEASE_MS",
      integer(1_000, 600_000),
      DEFAULT_JOB_LEASE_MS,
      {
        description:
          "How long an instance's heartbeat lasts without renewal: once it is older (the process crashed), another instance, or this one after a restart, takes its jobs over. In milliseconds; renewed every third of it.",
      },
    ),
    concurrency: withDefault(
      "JOBS_CONCURRENCY",
      integer(1, 256),
      DEFAULT_JOBS_CONCURRENCY,
      {
        description:
          "How many enhancement jobs (LLM calls) one instance runs at once; more wait their turn.",
      },
    ),
    queueMax: withDefault("QUEUE_MAX", integer(0, 20), DEFAULT_QUEUE_MAX, {
      description:
        "Prompts one user may have waiting behind the one being written; they are answered in order. 0 = one at a time, the rest refused.",
    }),
    maxAnswerParts: withDefault(
      "MAX_ANSWER_PARTS",
      integer(1, 50),
      DEFAULT_MAX_ANSWER_PARTS,
      {
        description:
          "Messages one answer may take; a longer answer is cut after that many and also sent whole as a prompt.md file.",
      },
    ),
  },
  limits: {
    burstPerMinute: withDefault(
      "RATE_LIMIT_PER_MINUTE",
      integer(0, 1000),
      DEFAULT_RATE_LIMITS.burstPerMinute,
      {
        description:
          "Enhancements one user may ask for in any 60 seconds; 0 = no limit. Admins and owners are exempt; see RATE_LIMIT_PER_MINUTE_BY_ROLE for the other roles.",
      },
    ),
    dailyPerUser: withDefault(
      "DAILY_QUOTA",
      integer(0, 100_000),
      DEFAULT_RATE_LIMITS.dailyPerUser,
      {
        description:
          "Enhancements one user may ask for per UTC day; 0 = no quota. Admins and owners are exempt; see DAILY_QUOTA_BY_ROLE for the other roles.",
      },
    ),
    burstByRole: withDefault(
      "RATE_LIMIT_PER_MINUTE_BY_ROLE",
      numbersByName(TIERED_ROLES, [0, 1000], {
        name: "role",
        number: "limit",
        value: "limit",
        example: "trusted:20",
      }),
      DEFAULT_ROLE_LIMITS.burstPerMinute as Partial<
        Record<typeof TIERED_ROLES[number], number>
      >,
      {
        shownDefault: "trusted:20,moderator:20",
        description:
          "RATE_LIMIT_PER_MINUTE of the trusted and moderator roles, e.g. trusted:20,moderator:30; a role not listed has RATE_LIMIT_PER_MINUTE. 0 = no limit.",
      },
    ),
    dailyByRole: withDefault(
      "DAILY_QUOTA_BY_ROLE",
      numbersByName(TIERED_ROLES, [0, 100_000], {
        name: "role",
        number: "quota",
        value: "quota",
        example: "trusted:200",
      }),
      DEFAULT_ROLE_LIMITS.dailyPerUser as Partial<
        Record<typeof TIERED_ROLES[number], number>
      >,
      {
        shownDefault: "trusted:200,moderator:200",
        description:
          "DAILY_QUOTA of the trusted and moderator roles, e.g. trusted:200; a role not listed has DAILY_QUOTA. 0 = no quota.",
      },
    ),
    globalPerMinute: withDefault(
      "GLOBAL_RATE_LIMIT_PER_MINUTE",
      integer(0, 100_000),
      DEFAULT_RATE_LIMITS.globalPerMinute,
      {
        description:
          "Enhancements of all users together per minute, to protect the API keys, shared fairly (see Limits); 0 = no cap.",
      },
    ),
  },
  historyRetentionDays: withDefault(
    "HISTORY_RETENTION_DAYS",
    integer(0, 3650),
    DEFAULT_HISTORY_RETENTION_DAYS,
    {
      description:
        "History items older than this many days are deleted by the daily cleanup (see Privacy and security); 0 = keep forever.",
    },
  ),
  cache: {
    max: withDefault(
      "CACHE_MAX_ENTRIES",
      integer(0, 1_000_000),
      DEFAULT_CACHE_MAX,
      {
        description:
          "Entries of the in-memory read cache of profiles and of sessions; 0 = no cache.",
      },
    ),
    ttlMs: withDefault(
      "CACHE_TTL_MS",
      integer(0, 60_000),
      DEFAULT_CACHE_TTL_MS,
      {
        description:
          "How stale a cached read may be when another instance wrote the value, in milliseconds; 0 = no cache.",
      },
    ),
  },
  log: {
    level: withDefault(
      "LOG_LEVEL",
      oneOf(LOG_LEVELS, { warn: "warning" }),
      DEFAULT_LOG_LEVEL,
      {
        description:
          "Lowest log level written: trace, debug, info, warning (or warn), error or fatal.",
      },
    ),
    format: withDefault("LOG_FORMAT", oneOf(LOG_FORMATS), DEFAULT_LOG_FORMAT, {
      description:
        'Log format: "json" (one JSON object per line), "pretty" (readable text), or "auto" (pretty on a terminal, JSON otherwise).',
    }),
    idKey: optional("LOG_ID_KEY", longSecret(16), {
      description:
        "Key for the pseudonymous user ids in logs; derived from BOT_TOKEN when unset.",
      secret: true,
    }),
  },
  media: {
    fileMaxBytes: withDefault(
      "TELEGRAM_FILE_MAX_BYTES",
      integer(1_024, 2_000 * 1024 * 1024),
      DEFAULT_FILE_MAX_BYTES,
      {
        description:
          "The largest file a user sends (voice note, picture, text file) that the bot downloads, in bytes, checked before the download. Telegram's cloud Bot API serves at most 20 MB; a local Bot API server (--local) serves more.",
      },
    ),
    downloadTimeoutMs: withDefault(
      "TELEGRAM_FILE_TIMEOUT_MS",
      integer(1_000, 600_000),
      DEFAULT_DOWNLOAD_TIMEOUT_MS,
      { description: "How long one file download may take, in milliseconds." },
    ),
    voiceMaxSeconds: withDefault(
      "VOICE_MAX_SECONDS",
      integer(0, 7_200),
      DEFAULT_VOICE_MAX_SECONDS,
      {
        description:
          "The longest voice note, audio file or video note transcribed, in seconds; longer ones are refused before the download. 0 turns voice input off.",
      },
    ),
    transcribeModel: withDefault(
      "TRANSCRIBE_MODEL",
      text,
      DEFAULT_TRANSCRIBE_MODEL,
      {
        description:
          "The speech-to-text model sent to /audio/transcriptions (whisper-1, gpt-4o-mini-transcribe, Groq's whisper-large-v3, a local faster-whisper model).",
      },
    ),
    transcribeBaseUrl: optional("TRANSCRIBE_BASE_URL", httpUrl, {
      description:
        "Base URL of an OpenAI-compatible /audio/transcriptions API of its own; unset: LLM_BASE_URL.",
    }),
    transcribeApiKeys: optional("TRANSCRIBE_API_KEYS", apiKeys, {
      description:
        "Comma-separated API keys of the transcription API, used in turn with their own health; unset: LLM_API_KEYS (and their shared health). Without any key, voice notes are refused.",
      secret: true,
    }),
    visionModel: optional("VISION_MODEL", text, {
      shownDefault: "",
      description:
        "The vision-capable model that reads pictures (photos, image documents, albums), sent to the primary provider; unset: LLM_MODEL.",
    }),
    visionMaxPixels: withDefault(
      "VISION_MAX_PIXELS",
      integer(10_000, 40_000_000),
      DEFAULT_VISION_MAX_PIXELS,
      {
        description:
          "The largest photo size (width × height) sent to the vision model: the largest size Telegram offers within it is chosen.",
      },
    ),
    albumMaxImages: withDefault(
      "ALBUM_MAX_IMAGES",
      integer(1, 10),
      DEFAULT_ALBUM_MAX_IMAGES,
      {
        description:
          "Pictures of one album sent to the vision model at most; the album is one request.",
      },
    ),
    albumWindowMs: withDefault(
      "ALBUM_WINDOW_MS",
      integer(200, 10_000),
      DEFAULT_ALBUM_WINDOW_MS,
      {
        description:
          "How long an album waits for its next picture before it is answered, in milliseconds.",
      },
    ),
  },
  chatKvPath: withDefault("CHAT_KV_PATH", kvPath, DEFAULT_CHAT_KV_PATH, {
    description:
      "Where `deno task chat` (the bot in a terminal) keeps its own KV, apart from the bot's; `--kv` overrides it.",
  }),
  metrics: {
    token: optional("METRICS_TOKEN", longSecret(16), {
      description:
        "Bearer token of GET /metrics (Prometheus text format, series prefixed promptsmith_); unset: /metrics answers 401 and nothing is measured for it.",
      secret: true,
    }),
    otel: withDefault("OTEL_DENO", flag, false, {
      description:
        "Read by Deno itself: true exports traces and metrics over OTLP (to OTEL_EXPORTER_OTLP_ENDPOINT); the bot then adds spans for updates, jobs, LLM calls and Telegram calls, with pseudonymous ids.",
    }),
  },
  broadcastRatePerSecond: withDefault(
    "BROADCAST_RATE_PER_SECOND",
    integer(1, 30),
    DEFAULT_BROADCAST_RATE,
    {
      description:
        "Messages a /broadcast sends per second at most, across every instance; Telegram allows about 30 a second in all, and the bot's answers need some of that.",
    },
  ),
  envFile: withDefault("ENV_FILE", text, DEFAULT_ENV_FILE, {
    description:
      'A file of NAME=value lines read at start; variables already set in the environment win. "none" reads no file; never read on Deno Deploy.',
  }),
} as const;
