import { CATEGORY_IDS, getCategory } from "../src/enhance/categories.ts";
import assert from "node:assert/strict";
import {
  type Config,
  CONFIG_VARIABLES,
  ConfigError,
  formatConfigError,
  loadConfig,
  secretsToMask,
} from "../src/config/config.ts";

const TOKEN = "123456789:AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw";

/** The ConfigError loadConfig() throws for `env`; fails the test when it throws none. */
function configErrorOf(env: Record<string, string | undefined>): ConfigError {
  try {
    loadConfig(env);
  } catch (error) {
    assert.ok(
      error instanceof ConfigError,
      `expected ConfigError, got ${error}`,
    );
    return error;
  }
  assert.fail("loadConfig() did not throw");
}

function issuesOf(env: Record<string, string | undefined>): string[] {
  return configErrorOf(env).issues;
}

Deno.test("loadConfig() applies every default when only BOT_TOKEN is set", () => {
  const { log: { idKey, ...log }, ...config } = loadConfig({
    BOT_TOKEN: TOKEN,
  });
  assert.deepEqual({ ...config, log }, {
    botToken: TOKEN,
    telegramApiRoot: "https://api.telegram.org",
    telegramStartAttempts: 5,
    llm: {
      timeoutMs: 60_000,
      providers: [],
      deadlineMs: 60_000,
      firstTokenMs: 20_000,
      probe: "models",
      maxTokens: {
        general: 1500,
        coding: 2000,
        writing: 1500,
        image: 900,
        video: 1200,
        research: 1600,
        business: 1600,
        system_prompt: 2000,
        data: 1500,
        email: 1200,
        learning: 1400,
      },
      temperatureByCategory: {},
      retryAfterMaxMs: 600_000,
    },
    adminIds: [],
    access: { owners: [], mode: "open", allowedIds: [] },
    kvPath: "./data/promptsmith.sqlite3",
    encryptionKeys: undefined,
    updates: { mode: "polling" },
    port: 8080,
    hostname: "0.0.0.0",
    historyLimit: 20,
    shutdownTimeoutMs: 10_000,
    jobs: { leaseMs: 30_000, concurrency: 32, queueMax: 3, maxAnswerParts: 6 },
    cache: { max: 10_000, ttlMs: 5_000 },
    limits: {
      burstPerMinute: 5,
      dailyPerUser: 50,
      burstByRole: { trusted: 20, moderator: 20 },
      dailyByRole: { trusted: 200, moderator: 200 },
      globalPerMinute: 60,
    },
    historyRetentionDays: 90,
    log: { level: "info", format: "auto" },
    media: {
      fileMaxBytes: 20_971_520,
      downloadTimeoutMs: 30_000,
      voiceMaxSeconds: 300,
      transcribeModel: "whisper-1",
      transcribeBaseUrl: undefined,
      transcribeApiKeys: undefined,
      visionModel: undefined,
      visionMaxPixels: 1_638_400,
      albumMaxImages: 4,
      albumWindowMs: 1500,
    },
    metrics: { token: undefined, otel: false },
    broadcastRatePerSecond: 25,
    envFile: ".env",
  });
  assert.match(idKey, /^[0-9a-f]{64}$/);
});

Deno.test("loadConfig() documents the same defaults in CONFIG_VARIABLES", () => {
  const documented = Object.fromEntries(
    CONFIG_VARIABLES.flatMap((variable) =>
      variable.default !== undefined ? [[variable.name, variable.default]] : []
    ),
  );
  assert.deepEqual(documented, {
    TELEGRAM_API_ROOT: "https://api.telegram.org",
    TELEGRAM_START_ATTEMPTS: "5",
    LLM_BASE_URL: "https://api.openai.com/v1",
    LLM_MODEL: "gpt-4o-mini",
    LLM_TIMEOUT_MS: "60000",
    LLM_DEADLINE_MS: "60000",
    LLM_FIRST_TOKEN_MS: "20000",
    LLM_PROBE: "models",
    LLM_RETRY_AFTER_MAX_MS: "600000",
    KV_PATH: "./data/promptsmith.sqlite3",
    BOT_MODE: "polling",
    PORT: "8080",
    LISTEN_HOST: "0.0.0.0",
    WEBHOOK_PATH: "/webhook",
    HISTORY_LIMIT: "20",
    SHUTDOWN_TIMEOUT_MS: "10000",
    JOB_LEASE_MS: "30000",
    JOBS_CONCURRENCY: "32",
    QUEUE_MAX: "3",
    MAX_ANSWER_PARTS: "6",
    RATE_LIMIT_PER_MINUTE: "5",
    DAILY_QUOTA: "50",
    ACCESS_MODE: "open",
    RATE_LIMIT_PER_MINUTE_BY_ROLE: "trusted:20,moderator:20",
    DAILY_QUOTA_BY_ROLE: "trusted:200,moderator:200",
    GLOBAL_RATE_LIMIT_PER_MINUTE: "60",
    HISTORY_RETENTION_DAYS: "90",
    CACHE_MAX_ENTRIES: "10000",
    CACHE_TTL_MS: "5000",
    LOG_LEVEL: "info",
    LOG_FORMAT: "auto",
    TELEGRAM_FILE_MAX_BYTES: "20971520",
    TELEGRAM_FILE_TIMEOUT_MS: "30000",
    VOICE_MAX_SECONDS: "300",
    TRANSCRIBE_MODEL: "whisper-1",
    VISION_MAX_PIXELS: "1638400",
    ALBUM_MAX_IMAGES: "4",
    ALBUM_WINDOW_MS: "1500",
    CHAT_KV_PATH: "./data/chat.sqlite3",
    OTEL_DENO: "false",
    BROADCAST_RATE_PER_SECOND: "25",
    ENV_FILE: ".env",
  });
});

Deno.test("loadConfig() reads every variable when all are set", () => {
  const config = loadConfig({
    BOT_TOKEN: TOKEN,
    TELEGRAM_API_ROOT: "http://127.0.0.1:8081/",
    LLM_BASE_URL: "https://llm.example/v1//",
    LLM_API_KEYS: " key-one , ,key-two,key-one,",
    LLM_MODEL: "llama-3.1-70b",
    LLM_TIMEOUT_MS: "1000",
    LLM_DEADLINE_MS: "30000",
    LLM_FIRST_TOKEN_MS: "5000",
    LLM_PROBE: "Completion",
    LLM_MAX_TOKENS: "4000",
    LLM_MAX_TOKENS_BY_CATEGORY: " Image : 800,coding:6000 ",
    LLM_TEMPERATURE_BY_CATEGORY: "image:0.95, coding:0",
    LLM_RETRY_AFTER_MAX_MS: "30000",
    LLM_FALLBACKS: "Groq, local,groq",
    LLM_GROQ_BASE_URL: "https://api.groq.example/openai/v1/",
    LLM_GROQ_API_KEYS: "gsk-one,gsk-two",
    LLM_GROQ_MODEL: "llama-3.1-8b-instant",
    LLM_LOCAL_BASE_URL: "http://127.0.0.1:11434/v1",
    LLM_LOCAL_API_KEYS: "ollama",
    LLM_LOCAL_MODEL: "qwen2.5:7b",
    ADMIN_IDS: "42, 7,42",
    OWNER_ID: "1",
    ACCESS_MODE: "Approval",
    ALLOWED_IDS: "5,6",
    RATE_LIMIT_PER_MINUTE_BY_ROLE: "Trusted:10",
    DAILY_QUOTA_BY_ROLE: "moderator:0",
    KV_PATH: "https://api.deno.com/databases/0d5f/connect",
    DENO_KV_ACCESS_TOKEN: "ddp_access",
    BOT_MODE: "Webhook",
    PORT: "0",
    LISTEN_HOST: "127.0.0.1",
    WEBHOOK_SECRET: "s3cr3t_-X",
    WEBHOOK_URL: "https://bot.example/hook/",
    WEBHOOK_PATH: "/hook/",
    HISTORY_LIMIT: "200",
    SHUTDOWN_TIMEOUT_MS: "0",
    JOB_LEASE_MS: "1000",
    JOBS_CONCURRENCY: "2",
    MAX_ANSWER_PARTS: "1",
    RATE_LIMIT_PER_MINUTE: "3",
    DAILY_QUOTA: "0",
    GLOBAL_RATE_LIMIT_PER_MINUTE: "100",
    HISTORY_RETENTION_DAYS: "90",
    CACHE_MAX_ENTRIES: "0",
    CACHE_TTL_MS: "1000",
    LOG_LEVEL: "DEBUG",
    LOG_FORMAT: "Pretty",
    LOG_ID_KEY: "0123456789abcdef-log-key",
    TELEGRAM_START_ATTEMPTS: "2",
    TELEGRAM_FILE_MAX_BYTES: "52428800",
    TELEGRAM_FILE_TIMEOUT_MS: "5000",
    VOICE_MAX_SECONDS: "60",
    TRANSCRIBE_MODEL: "whisper-large-v3",
    TRANSCRIBE_BASE_URL: "https://api.groq.example/openai/v1",
    TRANSCRIBE_API_KEYS: "gsk-voice",
    VISION_MODEL: "gpt-4o",
    VISION_MAX_PIXELS: "1000000",
    ALBUM_MAX_IMAGES: "3",
    ALBUM_WINDOW_MS: "800",
    METRICS_TOKEN: "metrics-token-0123456789",
    OTEL_DENO: "TRUE",
    BROADCAST_RATE_PER_SECOND: "10",
    ENCRYPTION_KEYS:
      "k2:AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8=, k1:ICEiIyQlJicoKSorLC0uLzAxMjM0NTY3ODk6Ozw9Pj8",
  });
  const expected: Config = {
    botToken: TOKEN,
    telegramApiRoot: "http://127.0.0.1:8081",
    telegramStartAttempts: 2,
    llm: {
      timeoutMs: 1000,
      providers: [
        {
          name: "primary",
          baseUrl: "https://llm.example/v1",
          apiKeys: ["key-one", "key-two"],
          model: "llama-3.1-70b",
        },
        {
          name: "groq",
          baseUrl: "https://api.groq.example/openai/v1",
          apiKeys: ["gsk-one", "gsk-two"],
          model: "llama-3.1-8b-instant",
        },
        {
          name: "local",
          baseUrl: "http://127.0.0.1:11434/v1",
          apiKeys: ["ollama"],
          model: "qwen2.5:7b",
        },
      ],
      deadlineMs: 30_000,
      firstTokenMs: 5_000,
      probe: "completion",
      maxTokens: Object.fromEntries(
        CATEGORY_IDS.map((id) => [
          id,
          id === "image" ? 800 : id === "coding" ? 6000 : 4000,
        ]),
      ) as Config["llm"]["maxTokens"],
      temperatureByCategory: { image: 0.95, coding: 0 },
      retryAfterMaxMs: 30_000,
    },
    adminIds: [42, 7],
    access: { owners: [1], mode: "approval", allowedIds: [5, 6] },
    kvPath: "https://api.deno.com/databases/0d5f/connect",
    encryptionKeys: [
      {
        id: "k2",
        key: Uint8Array.from({ length: 32 }, (_, i) => i),
        source: "AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8=",
      },
      {
        id: "k1",
        key: Uint8Array.from({ length: 32 }, (_, i) => i + 32),
        source: "ICEiIyQlJicoKSorLC0uLzAxMjM0NTY3ODk6Ozw9Pj8",
      },
    ],
    updates: {
      mode: "webhook",
      secret: "s3cr3t_-X",
      url: "https://bot.example/hook/",
      path: "/hook/",
    },
    port: 0,
    hostname: "127.0.0.1",
    historyLimit: 200,
    shutdownTimeoutMs: 0,
    jobs: { leaseMs: 1000, concurrency: 2, queueMax: 3, maxAnswerParts: 1 },
    cache: { max: 0, ttlMs: 1000 },
    limits: {
      burstPerMinute: 3,
      dailyPerUser: 0,
      burstByRole: { trusted: 10 },
      dailyByRole: { moderator: 0 },
      globalPerMinute: 100,
    },
    historyRetentionDays: 90,
    log: {
      level: "debug",
      format: "pretty",
      idKey: "0123456789abcdef-log-key",
    },
    media: {
      fileMaxBytes: 52_428_800,
      downloadTimeoutMs: 5000,
      voiceMaxSeconds: 60,
      transcribeModel: "whisper-large-v3",
      transcribeBaseUrl: "https://api.groq.example/openai/v1",
      transcribeApiKeys: ["gsk-voice"],
      visionModel: "gpt-4o",
      visionMaxPixels: 1_000_000,
      albumMaxImages: 3,
      albumWindowMs: 800,
    },
    metrics: { token: "metrics-token-0123456789", otel: true },
    broadcastRatePerSecond: 10,
    envFile: ".env",
  };
  assert.deepEqual(config, expected);
});

Deno.test("loadConfig() treats empty and blank values as unset and trims the rest", () => {
  const config = loadConfig({
    BOT_TOKEN: `  ${TOKEN}\n`,
    PORT: "",
    LOG_LEVEL: "   ",
    LLM_MODEL: " gpt-4.1 ",
    WEBHOOK_SECRET: "",
    LOG_ID_KEY: "",
  });
  assert.equal(config.botToken, TOKEN);
  assert.equal(config.port, 8080);
  assert.equal(config.log.level, "info");
  assert.equal(
    loadConfig({
      ...{ BOT_TOKEN: TOKEN, LLM_API_KEYS: "k" },
      LLM_MODEL: " gpt-4.1 ",
    }).llm.providers[0].model,
    "gpt-4.1",
  );
  assert.deepEqual(config.updates, { mode: "polling" });
  assert.equal(config.log.idKey, loadConfig({ BOT_TOKEN: TOKEN }).log.idKey);
});

Deno.test("loadConfig() ignores variables it does not know", () => {
  const config = loadConfig({
    BOT_TOKEN: TOKEN,
    PATH: "/usr/bin",
    BOT_MOD: "oops",
  });
  assert.equal(config.updates.mode, "polling");
});

Deno.test("loadConfig() accepts the kinds of KV_PATH", () => {
  for (
    const kvPath of [":memory:", "/var/lib/promptsmith/kv.sqlite3", "kv.db"]
  ) {
    assert.equal(
      loadConfig({ BOT_TOKEN: TOKEN, KV_PATH: kvPath }).kvPath,
      kvPath,
    );
  }
});

Deno.test("loadConfig() accepts warn as warning and any case for LOG_LEVEL", () => {
  const level = (value: string) =>
    loadConfig({ BOT_TOKEN: TOKEN, LOG_LEVEL: value }).log.level;
  assert.equal(level("warn"), "warning");
  assert.equal(level("WARNING"), "warning");
  assert.equal(level("Trace"), "trace");
  assert.equal(level("fatal"), "fatal");
});

Deno.test("loadConfig() derives a stable LOG_ID_KEY that does not contain the token", () => {
  const first = loadConfig({ BOT_TOKEN: TOKEN }).log.idKey;
  assert.equal(loadConfig({ BOT_TOKEN: TOKEN }).log.idKey, first);
  const other = loadConfig({
    BOT_TOKEN: "987654321:ZZHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw",
  });
  assert.notEqual(other.log.idKey, first);
  assert.ok(!first.includes(TOKEN.split(":")[1]));
});

Deno.test("loadConfig() reports a missing BOT_TOKEN with where to get one", () => {
  assert.deepEqual(issuesOf({}), [
    "BOT_TOKEN: required (get one from @BotFather)",
  ]);
});

Deno.test("loadConfig() rejects a BOT_TOKEN of the wrong shape", () => {
  for (
    const token of [
      "123456",
      "abc:AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw",
      "123:short",
      "1:a b",
    ]
  ) {
    const issues = issuesOf({ BOT_TOKEN: token });
    assert.equal(issues.length, 1);
    assert.match(issues[0], /^BOT_TOKEN: does not look like a bot token/);
  }
});

Deno.test("loadConfig() rejects out-of-range and non-integer numbers", () => {
  const ranges = {
    LLM_TIMEOUT_MS: [1000, 600_000],
    LLM_DEADLINE_MS: [1000, 600_000],
    LLM_FIRST_TOKEN_MS: [1000, 600_000],
    PORT: [0, 65_535],
    HISTORY_LIMIT: [1, 200],
    SHUTDOWN_TIMEOUT_MS: [0, 120_000],
  } as const;
  for (const [name, [min, max]] of Object.entries(ranges)) {
    for (
      const value of [
        String(min - 1),
        String(max + 1),
        "http",
        "1.5",
        "1e3",
        "0x10",
      ]
    ) {
      assert.deepEqual(issuesOf({ BOT_TOKEN: TOKEN, [name]: value }), [
        `${name}: must be an integer from ${min} to ${max}, got "${value}"`,
      ]);
    }
  }
});

Deno.test("loadConfig() names each bad ADMIN_IDS entry", () => {
  assert.deepEqual(
    issuesOf({
      BOT_TOKEN: TOKEN,
      ADMIN_IDS: "1, abc, -5, 0, 2.5, 99999999999999999999",
    }),
    [
      'ADMIN_IDS: "abc" is not an integer',
      'ADMIN_IDS: "-5" is not a user id: user ids are positive',
      'ADMIN_IDS: "0" is not a user id: user ids are positive',
      'ADMIN_IDS: "2.5" is not an integer',
      'ADMIN_IDS: "99999999999999999999" is too large for a user id',
    ],
  );
});

Deno.test("loadConfig() rejects URLs that are not http(s)", () => {
  assert.deepEqual(
    issuesOf({
      BOT_TOKEN: TOKEN,
      TELEGRAM_API_ROOT: "ftp://files.example",
      LLM_BASE_URL: "api",
    }),
    [
      'TELEGRAM_API_ROOT: must be an http(s) URL, got "ftp://files.example"',
      'LLM_BASE_URL: must be an http(s) URL, got "api"',
    ],
  );
});

Deno.test("loadConfig() rejects unknown choices for BOT_MODE, LOG_LEVEL and LOG_FORMAT", () => {
  assert.deepEqual(
    issuesOf({
      BOT_TOKEN: TOKEN,
      BOT_MODE: "hook",
      LOG_LEVEL: "loud",
      LOG_FORMAT: "xml",
    }),
    [
      'BOT_MODE: must be one of "polling", "webhook", got "hook"',
      'LOG_LEVEL: must be one of "trace", "debug", "info", "warning", "error", "fatal", got "loud"',
      'LOG_FORMAT: must be one of "auto", "json", "pretty", got "xml"',
    ],
  );
});

Deno.test("loadConfig() rejects LLM_API_KEYS separated by spaces", () => {
  assert.deepEqual(
    issuesOf({ BOT_TOKEN: TOKEN, LLM_API_KEYS: "good,first second" }),
    [
      "LLM_API_KEYS: key 2 contains whitespace: separate keys with commas",
    ],
  );
});

Deno.test("loadConfig() requires DENO_KV_ACCESS_TOKEN for a KV Connect URL", () => {
  const url = "https://api.deno.com/databases/0d5f/connect";
  assert.deepEqual(issuesOf({ BOT_TOKEN: TOKEN, KV_PATH: url }), [
    "DENO_KV_ACCESS_TOKEN: required when KV_PATH is a KV Connect URL",
  ]);
  assert.deepEqual(
    issuesOf({ BOT_TOKEN: TOKEN, KV_PATH: "redis://cache:6379" }),
    [
      'KV_PATH: must be a file path, ":memory:" or an http(s) KV Connect URL, got "redis://cache:6379"',
    ],
  );
});

Deno.test("loadConfig() requires WEBHOOK_SECRET in webhook mode", () => {
  assert.deepEqual(issuesOf({ BOT_TOKEN: TOKEN, BOT_MODE: "webhook" }), [
    'WEBHOOK_SECRET: required when BOT_MODE is "webhook" (1-256 characters of A-Z, a-z, 0-9, _ and -)',
  ]);
  const config = loadConfig({
    BOT_TOKEN: TOKEN,
    BOT_MODE: "webhook",
    WEBHOOK_SECRET: "abc",
  });
  assert.equal(
    config.updates.mode === "webhook" && config.updates.secret,
    "abc",
  );
});

Deno.test("loadConfig() enforces Telegram's rule for WEBHOOK_SECRET", () => {
  const rule =
    "WEBHOOK_SECRET: must be 1-256 characters of A-Z, a-z, 0-9, _ and - (Telegram's rule for secret_token)";
  for (const secret of ["has space", "dots.are.bad", "x".repeat(257)]) {
    assert.deepEqual(
      issuesOf({
        BOT_TOKEN: TOKEN,
        BOT_MODE: "webhook",
        WEBHOOK_SECRET: secret,
      }),
      [
        rule,
      ],
    );
  }
  const longest = "x".repeat(256);
  const { updates } = loadConfig({
    BOT_TOKEN: TOKEN,
    BOT_MODE: "webhook",
    WEBHOOK_SECRET: longest,
  });
  assert.equal(updates.mode === "webhook" && updates.secret, longest);
});

Deno.test("loadConfig() checks WEBHOOK_URL and WEBHOOK_PATH", () => {
  const webhook = {
    BOT_TOKEN: TOKEN,
    BOT_MODE: "webhook",
    WEBHOOK_SECRET: "s",
  };
  assert.deepEqual(
    issuesOf({
      ...webhook,
      WEBHOOK_URL: "http://bot.example/hook",
      WEBHOOK_PATH: "hook",
    }),
    [
      'WEBHOOK_URL: must be an https URL, got "http://bot.example/hook"',
      'WEBHOOK_PATH: must start with "/", got "hook"',
    ],
  );
  assert.deepEqual(issuesOf({ ...webhook, WEBHOOK_PATH: "/hook?x=1" }), [
    'WEBHOOK_PATH: must be a path without spaces, "?" or "#", got "/hook?x=1"',
  ]);
  const local = loadConfig({
    ...webhook,
    WEBHOOK_URL: "http://127.0.0.1:9000/webhook",
  });
  assert.equal(
    local.updates.mode === "webhook" && local.updates.url,
    "http://127.0.0.1:9000/webhook",
  );
});

Deno.test("loadConfig() rejects WEBHOOK_URL in polling mode", () => {
  assert.deepEqual(
    issuesOf({ BOT_TOKEN: TOKEN, WEBHOOK_URL: "https://bot.example/webhook" }),
    [
      'WEBHOOK_URL: only used when BOT_MODE is "webhook": set BOT_MODE=webhook or unset WEBHOOK_URL',
    ],
  );
});

Deno.test("loadConfig() rejects a short LOG_ID_KEY and a malformed LISTEN_HOST", () => {
  assert.deepEqual(
    issuesOf({
      BOT_TOKEN: TOKEN,
      LISTEN_HOST: "http://0.0.0.0",
      LOG_ID_KEY: "short",
    }),
    [
      'LISTEN_HOST: must be a host name or an IP address, got "http://0.0.0.0"',
      "LOG_ID_KEY: must be at least 16 characters: use a long random string",
    ],
  );
});

Deno.test("loadConfig() reports every problem at once, in variable order", () => {
  const issues = issuesOf({
    LOG_FORMAT: "xml",
    PORT: "http",
    BOT_MODE: "webhook",
    ADMIN_IDS: "abc",
    KV_PATH: "https://kv.example/connect",
    LLM_TIMEOUT_MS: "5",
  });
  assert.deepEqual(issues.map((issue) => issue.split(":")[0]), [
    "BOT_TOKEN",
    "LLM_TIMEOUT_MS",
    "ADMIN_IDS",
    "DENO_KV_ACCESS_TOKEN",
    "PORT",
    "WEBHOOK_SECRET",
    "LOG_FORMAT",
  ]);
});

Deno.test("loadConfig() never puts a secret value in its errors", () => {
  const secrets = {
    BOT_TOKEN: "SECRETBOTTOKEN-9f3a7c",
    LLM_API_KEYS: "sk-SECRETKEY-1 with-space,sk-SECRETKEY-2",
    WEBHOOK_SECRET: "SECRET.WEBHOOK.4d2e",
    DENO_KV_ACCESS_TOKEN: "SECRETKVTOKEN-77ab",
    LOG_ID_KEY: "SECRETIDKEY",
  };
  const error = configErrorOf({
    ...secrets,
    BOT_MODE: "webhook",
    KV_PATH: "gopher://kv",
    // pasted into the wrong, non-secret variables
    LLM_MODEL: "sk-SECRETKEY-2",
    TELEGRAM_API_ROOT: "SECRETKVTOKEN-77ab",
    PORT: "SECRETBOTTOKEN-9f3a7c",
  });
  const texts = [error.message, formatConfigError(error), ...error.issues];
  for (const text of texts) {
    for (
      const fragment of [
        "SECRETBOTTOKEN",
        "SECRETKEY",
        "SECRET.WEBHOOK",
        "SECRETKV",
        "SECRETIDKEY",
      ]
    ) {
      assert.ok(
        !text.includes(fragment),
        `${JSON.stringify(fragment)} leaked into: ${text}`,
      );
    }
  }
  assert.deepEqual(error.issues.map((issue) => issue.split(":")[0]), [
    "BOT_TOKEN",
    "TELEGRAM_API_ROOT",
    "LLM_API_KEYS",
    "KV_PATH",
    "PORT",
    "WEBHOOK_SECRET",
    "LOG_ID_KEY",
  ]);
  assert.ok(
    error.issues.includes(
      'PORT: must be an integer from 0 to 65535, got "[secret]"',
    ),
  );
});

Deno.test("ConfigError carries its issues and a one-line message", () => {
  const error = new ConfigError(["PORT: bad", "LISTEN_HOST: bad"]);
  assert.ok(error instanceof Error);
  assert.equal(error.name, "ConfigError");
  assert.deepEqual(error.issues, ["PORT: bad", "LISTEN_HOST: bad"]);
  assert.equal(
    error.message,
    "Cannot load configuration: PORT: bad; LISTEN_HOST: bad",
  );
});

Deno.test("formatConfigError() prints a heading and one indented line per issue", () => {
  assert.equal(
    formatConfigError(new ConfigError(["BOT_TOKEN: required", "PORT: bad"])),
    "Cannot load configuration: 2 problems\n  BOT_TOKEN: required\n  PORT: bad",
  );
  assert.equal(
    formatConfigError(new ConfigError(["BOT_TOKEN: required"])),
    "Cannot load configuration: 1 problem\n  BOT_TOKEN: required",
  );
});

Deno.test("CONFIG_VARIABLES describes each variable once and marks the secrets", () => {
  const names = CONFIG_VARIABLES.map((variable) => variable.name);
  assert.equal(new Set(names).size, names.length);
  assert.deepEqual(
    CONFIG_VARIABLES.filter((variable) => variable.secret).map((variable) =>
      variable.name
    ),
    [
      "BOT_TOKEN",
      "LLM_API_KEYS",
      "LLM_<NAME>_API_KEYS",
      "DENO_KV_ACCESS_TOKEN",
      "ENCRYPTION_KEYS",
      "WEBHOOK_SECRET",
      "LOG_ID_KEY",
      "TRANSCRIBE_API_KEYS",
      "METRICS_TOKEN",
    ],
  );
  assert.deepEqual(
    CONFIG_VARIABLES.filter((variable) => variable.required).map((variable) =>
      variable.name
    ),
    ["BOT_TOKEN"],
  );
  for (const variable of CONFIG_VARIABLES) {
    assert.ok(variable.description.length > 10);
  }
});

Deno.test("loadConfig() puts the primary provider first in the chain only when it has keys", () => {
  assert.deepEqual(loadConfig({ BOT_TOKEN: TOKEN }).llm.providers, []);
  assert.deepEqual(
    loadConfig({ BOT_TOKEN: TOKEN, LLM_API_KEYS: "sk-only-one" }).llm
      .providers,
    [{
      name: "primary",
      baseUrl: "https://api.openai.com/v1",
      apiKeys: ["sk-only-one"],
      model: "gpt-4o-mini",
    }],
  );
});

Deno.test("loadConfig() lists every missing LLM_<NAME>_ variable, in table order", () => {
  assert.deepEqual(
    issuesOf({
      BOT_TOKEN: TOKEN,
      LLM_API_KEYS: "sk-primary",
      LLM_FALLBACKS: "groq,local",
      LLM_GROQ_BASE_URL: "groq.example",
      LLM_LOCAL_API_KEYS: " , ",
      LOG_FORMAT: "xml",
    }),
    [
      'LLM_GROQ_BASE_URL: must be an http(s) URL, got "groq.example"',
      'LLM_LOCAL_BASE_URL: required because LLM_FALLBACKS lists "local"',
      'LLM_GROQ_API_KEYS: required because LLM_FALLBACKS lists "groq"',
      "LLM_LOCAL_API_KEYS: must list at least one key",
      'LLM_GROQ_MODEL: required because LLM_FALLBACKS lists "groq"',
      'LLM_LOCAL_MODEL: required because LLM_FALLBACKS lists "local"',
      'LOG_FORMAT: must be one of "auto", "json", "pretty", got "xml"',
    ],
  );
});

Deno.test("loadConfig() rejects bad fallback names and fallbacks without primary keys", () => {
  assert.deepEqual(
    issuesOf({
      BOT_TOKEN: TOKEN,
      LLM_FALLBACKS: "9lives,open-router,Primary",
    }),
    [
      'LLM_FALLBACKS: "9lives" is not a provider name: use a letter, then up to 31 letters, digits or _',
      'LLM_FALLBACKS: "open-router" is not a provider name: use a letter, then up to 31 letters, digits or _',
      'LLM_FALLBACKS: "primary" is the provider of LLM_BASE_URL and LLM_API_KEYS: choose another name',
    ],
  );
  assert.deepEqual(
    issuesOf({
      BOT_TOKEN: TOKEN,
      LLM_FALLBACKS: "groq",
      LLM_GROQ_BASE_URL: "https://api.groq.example/openai/v1",
      LLM_GROQ_API_KEYS: "gsk-one",
      LLM_GROQ_MODEL: "llama",
    }),
    [
      "LLM_API_KEYS: required when LLM_FALLBACKS is set: the fallbacks back up these keys",
    ],
  );
});

Deno.test("loadConfig() rejects LLM_FIRST_TOKEN_MS above LLM_DEADLINE_MS and an unknown LLM_PROBE", () => {
  assert.deepEqual(
    issuesOf({
      BOT_TOKEN: TOKEN,
      LLM_DEADLINE_MS: "10000",
      LLM_FIRST_TOKEN_MS: "15000",
      LLM_PROBE: "ping",
    }),
    [
      "LLM_FIRST_TOKEN_MS: must not exceed LLM_DEADLINE_MS (15000 > 10000): an attempt cannot wait longer than the whole request",
      'LLM_PROBE: must be one of "models", "completion", got "ping"',
    ],
  );
  const config = loadConfig({
    BOT_TOKEN: TOKEN,
    LLM_DEADLINE_MS: "10000",
    LLM_FIRST_TOKEN_MS: "10000",
  });
  assert.equal(config.llm.firstTokenMs, config.llm.deadlineMs);
  // Lowering the deadline alone caps the default first-token deadline.
  const lowered = loadConfig({ BOT_TOKEN: TOKEN, LLM_DEADLINE_MS: "5000" });
  assert.equal(lowered.llm.deadlineMs, 5_000);
  assert.equal(lowered.llm.firstTokenMs, 5_000);
});

Deno.test("loadConfig() never puts a fallback's key in its errors", () => {
  const error = configErrorOf({
    BOT_TOKEN: TOKEN,
    LLM_API_KEYS: "sk-primary-key",
    LLM_FALLBACKS: "groq",
    LLM_GROQ_API_KEYS: "gsk-SECRETGROQ-1 oops,gsk-SECRETGROQ-2",
    // pasted into the wrong, non-secret variable
    LLM_GROQ_BASE_URL: "gsk-SECRETGROQ-2",
    LLM_GROQ_MODEL: "llama",
  });
  for (const text of [error.message, ...error.issues]) {
    assert.ok(!text.includes("SECRETGROQ"), text);
  }
  assert.deepEqual(error.issues, [
    'LLM_GROQ_BASE_URL: must be an http(s) URL, got "[secret]"',
    "LLM_GROQ_API_KEYS: key 1 contains whitespace: separate keys with commas",
  ]);
});

Deno.test("loadConfig() leaves KV_PATH to the platform on Deno Deploy unless set", () => {
  const base = { BOT_TOKEN: TOKEN, DENO_DEPLOYMENT_ID: "abc123" };
  assert.equal(loadConfig(base).kvPath, undefined);
  assert.equal(loadConfig({ ...base, KV_PATH: ":memory:" }).kvPath, ":memory:");
  assert.equal(
    loadConfig({ BOT_TOKEN: TOKEN }).kvPath,
    "./data/promptsmith.sqlite3",
  );
});

Deno.test("loadConfig() checks the limit, cache and retention ranges", () => {
  assert.throws(
    () =>
      loadConfig({
        BOT_TOKEN: TOKEN,
        RATE_LIMIT_PER_MINUTE: "-1",
        DAILY_QUOTA: "lots",
        CACHE_TTL_MS: "60001",
        HISTORY_RETENTION_DAYS: "3651",
      }),
    (error) => {
      assert.ok(error instanceof ConfigError);
      const text = error.issues.join("\n");
      for (
        const name of [
          "RATE_LIMIT_PER_MINUTE",
          "DAILY_QUOTA",
          "CACHE_TTL_MS",
          "HISTORY_RETENTION_DAYS",
        ]
      ) {
        assert.match(text, new RegExp(`^${name}: `, "m"));
      }
      return true;
    },
  );
});

Deno.test("loadConfig() reports every bad token limit, part cap and Retry-After cap with the other errors", () => {
  assert.deepEqual(
    issuesOf({
      BOT_TOKEN: TOKEN,
      LLM_MAX_TOKENS: "8",
      LLM_MAX_TOKENS_BY_CATEGORY:
        "poetry:100,image:lots,coding:3000,Coding:2000,image600",
      LLM_RETRY_AFTER_MAX_MS: "86400001",
      MAX_ANSWER_PARTS: "0",
      PORT: "http",
    }),
    [
      'LLM_MAX_TOKENS: must be an integer from 16 to 200000, got "8"',
      'LLM_MAX_TOKENS_BY_CATEGORY: "poetry" is not a category: use general, coding, writing, image, video, research, business, system_prompt, data, email, learning',
      'LLM_MAX_TOKENS_BY_CATEGORY: the limit of "image" must be an integer from 16 to 200000, got "lots"',
      'LLM_MAX_TOKENS_BY_CATEGORY: lists "coding" twice',
      'LLM_MAX_TOKENS_BY_CATEGORY: "image600" is not "category:tokens", e.g. "image:600"',
      'LLM_RETRY_AFTER_MAX_MS: must be an integer from 1000 to 86400000, got "86400001"',
      'PORT: must be an integer from 0 to 65535, got "http"',
      'MAX_ANSWER_PARTS: must be an integer from 1 to 50, got "0"',
    ],
  );
});

Deno.test("loadConfig() resolves token limits: category entry, else LLM_MAX_TOKENS, else the category's default", () => {
  const only = (env: Record<string, string>) =>
    loadConfig({ BOT_TOKEN: TOKEN, ...env }).llm.maxTokens;
  const writing = only({ LLM_MAX_TOKENS_BY_CATEGORY: "writing:900" });
  for (const id of CATEGORY_IDS) {
    assert.equal(
      writing[id],
      id === "writing" ? 900 : getCategory(id).maxTokens,
      id,
    );
  }
  const all = only({ LLM_MAX_TOKENS: "3000" });
  for (const id of CATEGORY_IDS) assert.equal(all[id], 3000, id);
});

Deno.test("secretsToMask() holds the value of every variable marked secret, each list entry, and the derived log key", () => {
  const env = {
    BOT_TOKEN: TOKEN,
    LLM_API_KEYS: "sk-primary-0123456789, sk-second-0123456789",
    LLM_FALLBACKS: "groq",
    LLM_GROQ_BASE_URL: "https://api.groq.example/openai/v1",
    LLM_GROQ_API_KEYS: "gsk-fallback-0123456789",
    LLM_GROQ_MODEL: "llama",
    TRANSCRIBE_API_KEYS: "gsk-voice-0123456789,gsk-voice-abcdefghij",
    METRICS_TOKEN: "metrics-token-0123456789",
    BOT_MODE: "webhook",
    WEBHOOK_SECRET: "s3cr3t_-Xyz",
    ENCRYPTION_KEYS: "k1:AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8=",
  };
  const config = loadConfig(env);
  const masked = new Set(secretsToMask(env, config));
  for (
    const value of [
      TOKEN,
      "sk-primary-0123456789",
      "sk-second-0123456789",
      "gsk-fallback-0123456789",
      "gsk-voice-0123456789",
      "gsk-voice-abcdefghij",
      "metrics-token-0123456789",
      "s3cr3t_-Xyz",
      "AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8=",
      config.log.idKey,
    ]
  ) assert.ok(masked.has(value), `${value.slice(0, 4)}… is masked`);
  // Every variable the table marks secret is covered, whatever its name.
  for (const variable of CONFIG_VARIABLES.filter((v) => v.secret)) {
    const name = variable.name.replace("<NAME>", "GROQ");
    const given = env[name as keyof typeof env];
    if (given === undefined) continue;
    for (const entry of given.split(",")) {
      assert.ok(
        [...masked].some((secret) => entry.trim().includes(secret)),
        `${name} is masked`,
      );
    }
  }
});

Deno.test("loadConfig() reads LLM_TEMPERATURE_BY_CATEGORY as decimals from 0 to 2 and reports bad entries", () => {
  assert.deepEqual(
    loadConfig({
      BOT_TOKEN: TOKEN,
      LLM_TEMPERATURE_BY_CATEGORY: "writing:1.1,image:.5,data:2",
    }).llm.temperatureByCategory,
    { writing: 1.1, image: 0.5, data: 2 },
  );
  assert.deepEqual(
    issuesOf({
      BOT_TOKEN: TOKEN,
      LLM_TEMPERATURE_BY_CATEGORY: "image:2.5,coding:warm,poetry:1",
    }),
    [
      'LLM_TEMPERATURE_BY_CATEGORY: the temperature of "image" must be a number from 0 to 2, got "2.5"',
      'LLM_TEMPERATURE_BY_CATEGORY: the temperature of "coding" must be a number from 0 to 2, got "warm"',
      'LLM_TEMPERATURE_BY_CATEGORY: "poetry" is not a category: use general, coding, writing, image, video, research, business, system_prompt, data, email, learning',
    ],
  );
});
