/**
 * Configuration: read every variable of the table (src/config/variables.ts)
 * from the environment once at start, report every problem at once, and
 * derive what depends on several variables. The rest of the program receives
 * a {@link Config} and never touches `Deno.env`.
 *
 * @module
 */
import { type CategoryId, resolveMaxTokens } from "../enhance/categories.ts";
import { DEFAULT_FIRST_TOKEN_MS } from "../llm/key_pool.ts";
import { DEFAULT_KV_PATH } from "../storage/kv.ts";
import {
  isKvConnectUrl,
  type Report,
  splitList,
  WEBHOOK_SECRET_RULE,
} from "./parse.ts";
import {
  LLM_MS,
  type PatternVariable,
  PRIMARY_PROVIDER_NAME,
  type Variable,
  VARIABLES,
} from "./variables.ts";
import { maskSecrets, secretList } from "../util/secrets.ts";
import { hmacSha256, toHex } from "../util/sha256.ts";

export { PRIMARY_PROVIDER_NAME };

/** The value of every row, in the table's shape. */
type ValuesOf<T> = {
  -readonly [K in keyof T as T[K] extends PatternVariable<unknown> ? never : K]:
    T[K] extends Variable<infer V> ? V : ValuesOf<T[K]>;
};

/** What the table reads, before anything is derived. */
export type TableValues = ValuesOf<typeof VARIABLES>;

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

/** How updates arrive: a discriminated union, so webhook settings exist only in webhook mode. */
export type UpdatesConfig =
  | { mode: "polling" }
  | {
    mode: "webhook";
    /** `WEBHOOK_SECRET`: the `secret_token` Telegram sends with each update. Secret. */
    secret: string;
    /** `WEBHOOK_URL`: registered with `setWebhook` at start, when set. */
    url: string | undefined;
    /** `WEBHOOK_PATH`: where the server accepts updates. */
    path: string;
  };

/** The settings Promptsmith runs with, parsed from the environment by {@link loadConfig}. */
export type Config =
  & Omit<
    TableValues,
    | "llm"
    | "botMode"
    | "webhook"
    | "kvPath"
    | "kvAccessToken"
    | "log"
    // the console's own (src/console/chat.ts reads it before loading config)
    | "chatKvPath"
  >
  & {
    llm:
      & Omit<
        TableValues["llm"],
        | "baseUrl"
        | "apiKeys"
        | "model"
        | "fallbacks"
        | "fallback"
        | "firstTokenMs"
        | "maxTokens"
        | "maxTokensByCategory"
      >
      & {
        /**
         * The provider chain, in order of preference: the primary (`LLM_BASE_URL`,
         * `LLM_API_KEYS`, `LLM_MODEL`) when it has keys, then each of
         * `LLM_FALLBACKS`. Empty when no key is configured.
         */
        providers: LlmProviderConfig[];
        /** `LLM_FIRST_TOKEN_MS`, its default capped at `LLM_DEADLINE_MS`. */
        firstTokenMs: number;
        /**
         * The token limit of an answer in each category, from
         * `LLM_MAX_TOKENS_BY_CATEGORY`, `LLM_MAX_TOKENS` and the categories'
         * own defaults (see `resolveMaxTokens`).
         */
        maxTokens: Readonly<Record<CategoryId, number>>;
      };
    /** `BOT_MODE` with the webhook settings it needs. */
    updates: UpdatesConfig;
    /**
     * `KV_PATH` as given, or its default, except on Deno Deploy
     * (`DENO_DEPLOYMENT_ID` set) where unset means the project's own KV
     * (`undefined`).
     */
    kvPath: string | undefined;
    log: Omit<TableValues["log"], "idKey"> & {
      /** `LOG_ID_KEY`, or a key derived from the bot token. Secret. */
      idKey: string;
    };
  };

/** One environment variable as README documents it. */
export interface ConfigVariable {
  readonly name: string;
  readonly required: boolean;
  readonly requiredWhen?: string;
  /** The default as text; absent when there is none. */
  readonly default?: string;
  /** The description, then the allowed values ("Allowed: 1 to 200."). */
  readonly description: string;
  readonly secret: boolean;
}

type Row = Variable<unknown> | PatternVariable<unknown>;

/** Every row of the table, in order, with its path in the table. */
function rows(
  table: object = VARIABLES,
  path: string[] = [],
): Array<{ path: string[]; row: Row }> {
  return Object.entries(table).flatMap(([key, value]) =>
    "kind" in value
      ? [{ path: [...path, key], row: value as Row }]
      : rows(value as object, [...path, key])
  );
}

const ROWS = rows();

/** Every environment variable Promptsmith reads, in the order errors are reported. */
export const CONFIG_VARIABLES: readonly ConfigVariable[] = ROWS.map((
  { row },
) => ({
  name: row.name,
  required: row.kind === "variable" && row.required,
  requiredWhen: row.requiredWhen,
  default: row.kind === "variable" ? shownDefault(row) : undefined,
  description: row.parse.rule === undefined
    ? row.description
    : `${row.description} Allowed: ${row.parse.rule}.`,
  secret: row.secret,
}));

function shownDefault(row: Variable<unknown>): string | undefined {
  if (row.shownDefault !== undefined) return row.shownDefault || undefined;
  return "default" in row && row.default !== undefined
    ? String(row.default)
    : undefined;
}

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
 * import { ConfigError, formatConfigError, loadConfig } from "./config.ts";
 * try {
 *   loadConfig({});
 * } catch (error) {
 *   if (!(error instanceof ConfigError)) throw error;
 *   console.error(formatConfigError(error));
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

interface Issue {
  variable: string;
  message: string;
}

type Env = Record<string, string | undefined>;

/**
 * Read the configuration from environment variables. Empty values count as
 * unset; values are trimmed.
 *
 * @param env the environment, e.g. `Deno.env.toObject()`
 * @returns the validated configuration, defaults applied
 * @throws {ConfigError} listing every problem at once, never quoting a secret value
 */
export function loadConfig(env: Env): Config {
  const issues: Issue[] = [];
  const values = readTable(env, issues) as TableValues;
  issues.push(...crossCheck(env, values));
  const fallbacks = readFallbacks(env, values.llm.fallbacks, issues);
  if (issues.length > 0) {
    throw new ConfigError(formatIssues(issues, secretValues(env, fallbacks)));
  }
  return derive(values, fallbacks, env);
}

/** A variable's trimmed value; empty counts as unset. */
function readValue(env: Env, name: string): string | undefined {
  const value = env[name]?.trim();
  return value === "" ? undefined : value;
}

/** Every fixed variable parsed, in the table's shape; problems go to `issues`. */
function readTable(env: Env, issues: Issue[]): Record<string, unknown> {
  const values: Record<string, unknown> = {};
  for (const { path, row } of ROWS) {
    if (row.kind !== "variable") continue;
    const report: Report = (message) =>
      issues.push({ variable: row.name, message });
    const text = readValue(env, row.name);
    let value: unknown;
    if (text !== undefined) value = row.parse(text, report);
    else if ("default" in row) value = row.default;
    else if (row.required) report(`required (${row.requiredHint})`);
    setAt(values, path, value);
  }
  return values;
}

function setAt(
  target: Record<string, unknown>,
  path: string[],
  value: unknown,
): void {
  let node = target;
  for (const key of path.slice(0, -1)) {
    node = (node[key] ??= {}) as Record<string, unknown>;
  }
  node[path.at(-1)!] = value;
}

/** Checks that involve more than one variable; each is reported on the variable to fix. */
function crossCheck(env: Env, values: TableValues): Issue[] {
  const issues: Issue[] = [];
  const mode = values.botMode;
  if (mode === "webhook" && values.webhook.secret === undefined) {
    issues.push({
      variable: "WEBHOOK_SECRET",
      message: `required when BOT_MODE is "webhook" (${WEBHOOK_SECRET_RULE})`,
    });
  }
  if (mode === "polling" && values.webhook.url !== undefined) {
    issues.push({
      variable: "WEBHOOK_URL",
      message:
        'only used when BOT_MODE is "webhook": set BOT_MODE=webhook or unset WEBHOOK_URL',
    });
  }
  if (isKvConnectUrl(values.kvPath) && values.kvAccessToken === undefined) {
    issues.push({
      variable: "DENO_KV_ACCESS_TOKEN",
      message: "required when KV_PATH is a KV Connect URL",
    });
  }
  // The default is only capped (see derive()), so that lowering the deadline alone stays valid.
  const given = readValue(env, "LLM_FIRST_TOKEN_MS");
  // Out-of-range values are reported by the parser; compare only valid ones.
  const firstToken = given === undefined ? NaN : LLM_MS(given, () => {});
  const deadline = values.llm.deadlineMs;
  if (firstToken > deadline) {
    issues.push({
      variable: "LLM_FIRST_TOKEN_MS",
      message:
        `must not exceed LLM_DEADLINE_MS (${firstToken} > ${deadline}): an attempt cannot wait longer than the whole request`,
    });
  }
  if (
    values.access.mode === "approval" && values.access.owners.length === 0 &&
    values.adminIds.length === 0
  ) {
    issues.push({
      variable: "ACCESS_MODE",
      message: '"approval" needs someone to approve: set OWNER_ID or ADMIN_IDS',
    });
  }
  if (values.llm.fallbacks.length > 0 && values.llm.apiKeys.length === 0) {
    issues.push({
      variable: "LLM_API_KEYS",
      message:
        "required when LLM_FALLBACKS is set: the fallbacks back up these keys",
    });
  }
  return issues;
}

/** `LLM_GROQ_MODEL` for `("groq", pattern LLM_<NAME>_MODEL)`. */
function nameFor(provider: string, pattern: PatternVariable<unknown>): string {
  return pattern.name.replace("<NAME>", provider.toUpperCase());
}

/** The `LLM_<NAME>_…` variables of every fallback; a missing one is reported as required. */
function readFallbacks(
  env: Env,
  names: readonly string[],
  issues: Issue[],
): LlmProviderConfig[] {
  const patterns = VARIABLES.llm.fallback;
  return names.map((name) => {
    function read<T>(pattern: PatternVariable<T>, missing: T): T {
      const variable = nameFor(name, pattern);
      const report: Report = (message) => issues.push({ variable, message });
      const value = readValue(env, variable);
      if (value !== undefined) return pattern.parse(value, report);
      report(`required because LLM_FALLBACKS lists "${name}"`);
      return missing;
    }
    const apiKeys = read(patterns.apiKeys, []);
    if (
      apiKeys.length === 0 && readValue(env, nameFor(name, patterns.apiKeys))
    ) {
      issues.push({
        variable: nameFor(name, patterns.apiKeys),
        message: "must list at least one key",
      });
    }
    return {
      name,
      baseUrl: read(patterns.baseUrl, ""),
      apiKeys,
      model: read(patterns.model, ""),
    };
  });
}

/**
 * Every secret the log sink must mask: the value of each variable the table
 * marks secret (each entry of a list), the secrets derived from them (the
 * log-pseudonym key when it is derived from the token), and the encryption
 * keys. A variable marked secret is masked without a change here.
 */
export function secretsToMask(env: Env, config: Config): string[] {
  return secretList([
    ...secretValues(env, config.llm.providers),
    config.botToken,
    ...config.llm.providers.flatMap((provider) => provider.apiKeys),
    config.log.idKey,
    ...(config.encryptionKeys ?? []).map((key) => key.source),
  ]);
}

/** Every secret value given, to scrub from messages. */
function secretValues(
  env: Env,
  fallbacks: readonly Pick<LlmProviderConfig, "name">[],
): string[] {
  const fixed = ROWS.filter(({ row }) => row.secret && row.kind === "variable")
    .flatMap(({ row }) => splitList(readValue(env, row.name)));
  const pasted = ROWS.filter(({ row }) => row.secret && row.kind === "pattern")
    .flatMap(({ row }) =>
      fallbacks.flatMap((provider) =>
        splitList(
          readValue(
            env,
            nameFor(provider.name, row as PatternVariable<unknown>),
          ),
        )
      )
    );
  return secretList([...fixed, ...pasted]);
}

/** Sorts issues in table order and scrubs any secret value pasted into the wrong variable. */
function formatIssues(issues: Issue[], secrets: string[]): string[] {
  const order = (issue: Issue) =>
    CONFIG_VARIABLES.findIndex((variable) =>
      variable.name === issue.variable ||
      perProviderPattern(variable.name)?.test(issue.variable)
    );
  return issues
    .toSorted((a, b) => order(a) - order(b))
    .map(({ variable, message }) =>
      maskSecrets(`${variable}: ${message}`, secrets)
    );
}

/** `LLM_<NAME>_MODEL` → /^LLM_[A-Z0-9_]+_MODEL$/; `undefined` for a fixed name. */
function perProviderPattern(name: string): RegExp | undefined {
  if (!name.includes("<NAME>")) return undefined;
  const [before, after] = name.split("<NAME>");
  return new RegExp(`^${before}[A-Z][A-Z0-9_]*${after}$`);
}

/** What depends on several variables, or on the platform. */
function derive(
  values: TableValues,
  fallbacks: LlmProviderConfig[],
  env: Env,
): Config {
  const {
    llm,
    botMode,
    webhook,
    kvPath,
    kvAccessToken: _token,
    chatKvPath: _chatKvPath,
    log,
    ...rest
  } = values;
  const {
    baseUrl,
    apiKeys,
    model,
    fallbacks: _names,
    fallback: _patterns,
    firstTokenMs,
    maxTokens,
    maxTokensByCategory,
    ...llmRest
  } = llm;
  const primary: LlmProviderConfig[] = apiKeys.length === 0
    ? []
    : [{ name: PRIMARY_PROVIDER_NAME, baseUrl, apiKeys: [...apiKeys], model }];
  // On Deno Deploy the file system is read-only: unset KV_PATH means the project's own KV.
  const onDeploy = (env.DENO_DEPLOYMENT_ID ?? "").trim() !== "";
  return {
    ...rest,
    llm: {
      ...llmRest,
      providers: [...primary, ...fallbacks],
      maxTokens: resolveMaxTokens({
        all: maxTokens,
        byCategory: maxTokensByCategory,
      }),
      firstTokenMs: Math.min(
        firstTokenMs ?? DEFAULT_FIRST_TOKEN_MS,
        llm.deadlineMs,
      ),
    },
    updates: botMode === "webhook"
      ? {
        mode: "webhook",
        secret: webhook.secret!,
        url: webhook.url,
        path: webhook.path,
      }
      : { mode: "polling" },
    kvPath: kvPath ?? (onDeploy ? undefined : DEFAULT_KV_PATH),
    log: { ...log, idKey: log.idKey ?? deriveLogIdKey(values.botToken) },
  };
}

/** A key that is stable for one bot and reveals nothing about its token. */
function deriveLogIdKey(botToken: string): string {
  return toHex(hmacSha256(botToken, "promptsmith:log-id-key:v1"));
}
