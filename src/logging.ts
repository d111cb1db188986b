/**
 * Logging: LogTape configured once at start. Every record passes through
 * redaction before any sink sees it: user and chat ids become pseudonyms,
 * secrets and user content are removed, and token-shaped strings are masked.
 *
 * @example
 * ```ts ignore
 * await setupLogging({ level: "info", format: "json", idKey: config.log.idKey });
 * const log = getLog("bot");
 * log.info("Enhanced a prompt for {userId} in {ms} ms", { userId: ctx.from.id, ms });
 * // … at shutdown:
 * await shutdownLogging();
 * ```
 *
 * @module
 */
import { AsyncLocalStorage } from "node:async_hooks";
import {
  configure,
  dispose,
  type FormattedValues,
  getAnsiColorFormatter,
  getJsonLinesFormatter,
  getLogger,
  getTextFormatter,
  type Logger,
  type LogLevel,
  type LogRecord,
  type Sink,
  type TextFormatter,
  type TextFormatterOptions,
} from "@logtape/logtape";
import {
  type FieldPatterns,
  redactByField,
  redactByPattern,
} from "@logtape/redaction";
import { secretList, secretPattern } from "./util/secrets.ts";
import { preparedHmacSha256, toHex } from "./util/sha256.ts";

/** Where formatted log lines are written; `Deno.stdout` and `Deno.stderr` fit. */
export interface LogOutput {
  /** Write some of `data`, returning how many bytes were written. */
  writeSync(data: Uint8Array): number;
  /** Whether the output is a terminal, so that colors help. */
  isTerminal?(): boolean;
}

/** Options for {@link setupLogging}. */
export interface LoggingOptions {
  /** The lowest level written. */
  level: LogLevel;
  /**
   * `"json"`: one JSON object per line; `"pretty"`: readable text, colored on
   * a terminal; `"auto"`: pretty when the output is a terminal, JSON otherwise.
   */
  format: (typeof LOG_FORMATS)[number];
  /** The HMAC key for pseudonymous ids (`Config.log.idKey`). */
  idKey: string;
  /** Receives the redacted records instead of `output` (tests, other transports). */
  sink?: Sink;
  /** Where formatted lines go when no `sink` is given. Defaults to `Deno.stdout`. */
  output?: LogOutput;
  /**
   * Exact secret values (the bot token, LLM keys, the webhook secret) to mask
   * wherever they appear. Unset values and values too short to be a
   * credential (see `secretList`) are ignored, so the bot token, every LLM key and the webhook secret
   * can be passed as is.
   */
  secrets?: readonly (string | undefined)[];
}

/** The levels a logger writes, lowest first. */
export const LOG_LEVELS = [
  "trace",
  "debug",
  "info",
  "warning",
  "error",
  "fatal",
] as const satisfies readonly LogLevel[];

/** The formats of {@link LoggingOptions.format}. */
export const LOG_FORMATS = ["auto", "json", "pretty"] as const;

/** What is logged by default (LOG_LEVEL, LOG_FORMAT). */
export const DEFAULT_LOG_LEVEL: LogLevel = "info";
/** Readable on a terminal, JSON elsewhere. */
export const DEFAULT_LOG_FORMAT: (typeof LOG_FORMATS)[number] = "auto";

/** The category every Promptsmith logger lives under. */
export const LOG_CATEGORY = ["promptsmith"] as const;

/**
 * Configure LogTape for the whole process, replacing any earlier setup: one
 * sink, wrapped in redaction, for the `["promptsmith"]` category, and
 * LogTape's own meta logger quieted to warnings.
 *
 * @throws {TypeError} when `idKey` is empty
 */
export async function setupLogging(options: LoggingOptions): Promise<void> {
  if (options.idKey === "") {
    throw new TypeError("Cannot set up logging: idKey is empty");
  }
  const patterns = maskPatterns(options.secrets ?? []);
  const output = options.output ?? Deno.stdout;
  const format = options.format === "auto"
    ? (output.isTerminal?.() ? "pretty" : "json")
    : options.format;
  const target = options.sink ?? outputSink(format, output, patterns);
  await configure({
    reset: true,
    sinks: { main: redactSink(target, options.idKey, patterns) },
    loggers: [
      {
        category: [...LOG_CATEGORY],
        sinks: ["main"],
        lowestLevel: options.level,
      },
      {
        category: ["logtape", "meta"],
        sinks: ["main"],
        lowestLevel: "warning",
      },
    ],
    // lets middleware attach the update id to every record with withContext()
    contextLocalStorage: new AsyncLocalStorage(),
  });
}

/** Flush and close the sinks; call once, last thing at shutdown. */
export async function shutdownLogging(): Promise<void> {
  await dispose();
}

/**
 * The logger of one module, e.g. `getLog("bot")` for `["promptsmith", "bot"]`.
 * Log raw ids under the id field names (`userId`, `chatId`, …): the sink
 * pseudonymizes them.
 */
export function getLog(module: string): Logger {
  return getLogger([...LOG_CATEGORY, module]);
}

/**
 * A stable pseudonym for a user or chat id: `"u_"` and 12 hex characters of
 * HMAC-SHA256(key, id). The same id and key always give the same pseudonym,
 * so one user's records can be followed without revealing who they are.
 *
 * @example
 * ```ts ignore
 * pseudonymize(12345, key); // "u_…", the same for "12345" and 12345n
 * ```
 */
export function pseudonymize(
  id: number | string | bigint,
  key: string,
): string {
  return pseudonymizer(key)(id);
}

/** What {@link pseudonymizer} returns: an id to its pseudonym. */
export type ToPseudonym = (id: number | string | bigint) => string;

/**
 * {@link pseudonymize} with `key` fixed and its HMAC pads computed once: the
 * log sink's way, since every record with an id field needs one.
 */
export function pseudonymizer(key: string): ToPseudonym {
  const mac = preparedHmacSha256(key);
  return (id) => `u_${toHex(mac(String(id)).subarray(0, 6))}`;
}

// ---------------------------------------------------------------------------
// Redaction

/** Fields whose value is a user or chat id, or a Telegram user/chat object: replaced by a pseudonym. */
const ID_FIELDS: FieldPatterns = [
  /(?:user|chat|from|sender|admin|owner|member)_?ids?$/i,
  /^(?:from|chat|user|sender_chat|forward_from)$/,
];

/** Fields that carry secrets, user content or personal data: removed. */
const REMOVED_FIELDS: FieldPatterns = [
  /token(?!s)|secret|passw(?:or)?d|passphrase|authori[sz]ation|cookie|credential/i,
  /(?:^|_)(?:api_?)?keys?$/i,
  /[a-z0-9]Keys?$/,
  /(?:^|_)(?:text|prompt|content|result|caption|completion|answer|query)s?$/i,
  /[a-z0-9](?:Text|Prompt|Content|Result|Caption|Completion|Answer|Query)s?$/,
  /^(?:first_?name|last_?name|user_?name|phone(?:_?number)?|email)$/i,
];

interface MaskPattern {
  readonly pattern: RegExp;
  readonly replacement: string;
}

/** Token shapes that must never reach a log, whatever field or message carries them. */
const TOKEN_PATTERNS: readonly MaskPattern[] = [
  // first, so that the whole credential goes, whatever its shape
  {
    pattern: /\bBearer\s+[A-Za-z0-9._~+/=-]{8,}/gi,
    replacement: "Bearer [redacted]",
  },
  { pattern: /\d{6,}:[A-Za-z0-9_-]{30,}/g, replacement: "[bot token]" },
  { pattern: /\bsk-[A-Za-z0-9_-]{16,}/g, replacement: "[api key]" },
];

const MAX_DEPTH = 10;

function maskPatterns(secrets: readonly (string | undefined)[]): MaskPattern[] {
  const exact = secretList(secrets).map((secret) => ({
    pattern: secretPattern(secret),
    replacement: "[secret]",
  }));
  return [...exact, ...TOKEN_PATTERNS];
}

function maskText(text: string, patterns: readonly MaskPattern[]): string {
  return patterns.reduce(
    (masked, { pattern, replacement }) =>
      masked.replaceAll(pattern, replacement),
    text,
  );
}

/**
 * Wrap `sink` so that ids are pseudonymized, secret and content fields removed
 * (in properties and in the message placeholders that name them), then every
 * remaining string and error masked.
 */
function redactSink(
  sink: Sink,
  idKey: string,
  patterns: readonly MaskPattern[],
): Sink {
  const pseudonym = pseudonymizer(idKey);
  const masked = maskingSink(sink, pseudonym, patterns);
  const withoutContent = redactByField(masked, {
    fieldPatterns: REMOVED_FIELDS,
    action: "delete",
  });
  return redactByField(withoutContent, {
    fieldPatterns: ID_FIELDS,
    action: (value) => pseudonymizeValue(value, pseudonym),
  });
}

function pseudonymizeValue(
  value: unknown,
  pseudonym: ToPseudonym,
): unknown {
  if (value === null || value === undefined) return value;
  if (
    typeof value === "number" || typeof value === "string" ||
    typeof value === "bigint"
  ) {
    return pseudonym(value);
  }
  if (Array.isArray(value)) {
    return value.map((item) => pseudonymizeValue(item, pseudonym));
  }
  if (typeof value === "object" && "id" in value) {
    return pseudonymizeValue(value.id, pseudonym);
  }
  return "[redacted]";
}

interface MaskContext {
  readonly pseudonym: ToPseudonym;
  readonly patterns: readonly MaskPattern[];
  /** Originals already masked in this record, so that shared and cyclic values map to one copy. */
  readonly seen: Map<object, unknown>;
}

function maskingSink(
  sink: Sink,
  pseudonym: ToPseudonym,
  patterns: readonly MaskPattern[],
): Sink {
  const masking: Sink = (record) => {
    const context: MaskContext = { pseudonym, patterns, seen: new Map() };
    sink(maskRecord(record, context));
  };
  return keepDisposal(masking, sink);
}

function maskRecord(record: LogRecord, context: MaskContext): LogRecord {
  const { rawMessage } = record;
  return {
    ...record,
    rawMessage: typeof rawMessage === "string"
      ? maskText(rawMessage, context.patterns)
      : rawMessage,
    message: record.message.map((part) => maskValue(part, context, 0, false)),
    properties: maskValue(record.properties, context, 0, false) as Record<
      string,
      unknown
    >,
  };
}

/**
 * Mask strings anywhere in `value`. Field rules apply only inside errors
 * (`byField`): LogTape's field redaction does not look into them, and a
 * GrammyError's `payload` holds the chat id and the text sent.
 */
function maskValue(
  value: unknown,
  context: MaskContext,
  depth: number,
  byField: boolean,
): unknown {
  if (typeof value === "string") return maskText(value, context.patterns);
  if (typeof value !== "object" || value === null) return value;
  if (context.seen.has(value)) return context.seen.get(value);
  if (depth > MAX_DEPTH) return "[truncated]";
  if (value instanceof Error) return maskError(value, context, depth);
  if (Array.isArray(value)) {
    const copy: unknown[] = [];
    context.seen.set(value, copy);
    for (const item of value) {
      copy.push(maskValue(item, context, depth + 1, byField));
    }
    return copy;
  }
  if (!isPlainObject(value)) return value;
  const copy: Record<string, unknown> = {};
  context.seen.set(value, copy);
  for (const [key, item] of Object.entries(value)) {
    const masked = byField
      ? maskField(key, item, context, depth)
      : maskValue(item, context, depth + 1, false);
    if (masked !== REMOVED) copy[key] = masked;
  }
  return copy;
}

const REMOVED = Symbol("removed");

function maskField(
  key: string,
  value: unknown,
  context: MaskContext,
  depth: number,
): unknown {
  if (matchesAny(key, ID_FIELDS)) {
    return pseudonymizeValue(value, context.pseudonym);
  }
  if (matchesAny(key, REMOVED_FIELDS)) return REMOVED;
  return maskValue(value, context, depth + 1, true);
}

function matchesAny(field: string, patterns: FieldPatterns): boolean {
  return patterns.some((pattern) =>
    typeof pattern === "string" ? pattern === field : pattern.test(field)
  );
}

/** A plain Error with the same name, the message and stack masked, and own fields redacted. */
function maskError(error: Error, context: MaskContext, depth: number): Error {
  const copy = new Error(maskText(error.message, context.patterns));
  context.seen.set(error, copy);
  copy.name = error.name;
  copy.stack = error.stack === undefined
    ? undefined
    : maskText(error.stack, context.patterns);
  if (error.cause !== undefined) {
    copy.cause = maskValue(error.cause, context, depth + 1, true);
  }
  const fields = maskValue({ ...error }, context, depth, true) as Record<
    string,
    unknown
  >;
  return Object.assign(copy, fields);
}

function isPlainObject(value: object): boolean {
  const prototype = Object.getPrototypeOf(value);
  return prototype === Object.prototype || prototype === null;
}

/** Let LogTape's dispose() reach the inner sink through a wrapper. */
function keepDisposal(wrapper: Sink, inner: Sink): Sink {
  const source = inner as Sink & Partial<Disposable & AsyncDisposable>;
  const target = wrapper as Sink & Partial<Disposable & AsyncDisposable>;
  if (source[Symbol.dispose]) {
    target[Symbol.dispose] = () => source[Symbol.dispose]?.();
  }
  if (source[Symbol.asyncDispose]) {
    target[Symbol.asyncDispose] = async () =>
      await source[Symbol.asyncDispose]?.();
  }
  return target;
}

// ---------------------------------------------------------------------------
// Output

/**
 * A sink that formats each record and writes it synchronously: a line logged
 * right before the process exits is not lost, and no pending write outlives a test.
 */
function outputSink(
  format: "json" | "pretty",
  output: LogOutput,
  patterns: readonly MaskPattern[],
): Sink {
  // last line of defence: mask whatever the formatter rendered
  const formatter = redactByPattern(createFormatter(format, output), patterns);
  const encoder = new TextEncoder();
  return (record) => writeAll(output, encoder.encode(formatter(record)));
}

function createFormatter(
  format: "json" | "pretty",
  output: LogOutput,
): TextFormatter {
  if (format === "json") return getJsonLinesFormatter();
  const colors = !Deno.noColor && (output.isTerminal?.() ?? false);
  const options: TextFormatterOptions = {
    timestamp: "date-time-tz",
    format: (values) => prettyLine(values, colors),
  };
  return colors ? getAnsiColorFormatter(options) : getTextFormatter(options);
}

/** `time [LVL] category: message {properties}`, listing only the properties the message does not show. */
function prettyLine(values: FormattedValues, colors: boolean): string {
  const { timestamp, level, category, message, record } = values;
  const line = `${timestamp ?? ""} [${level}] ${category}: ${message}`
    .trimStart();
  const rest = unshownProperties(record);
  if (Object.keys(rest).length === 0) return line;
  const properties = Deno.inspect(rest, {
    colors,
    compact: true,
    breakLength: Infinity,
    depth: 4,
  });
  return `${line} ${properties}`;
}

function unshownProperties(record: LogRecord): Record<string, unknown> {
  const template = typeof record.rawMessage === "string"
    ? record.rawMessage
    : "";
  const shown = new Set(
    [...template.matchAll(/\{\s*([^{}\s]+)\s*\}/g)].map((match) => match[1]),
  );
  if (shown.has("*")) return {};
  return Object.fromEntries(
    Object.entries(record.properties).filter(([key]) => !shown.has(key)),
  );
}

function writeAll(output: LogOutput, data: Uint8Array): void {
  let offset = 0;
  while (offset < data.length) {
    const written = output.writeSync(data.subarray(offset));
    if (written <= 0) {
      throw new Error("Cannot write a log line: the output accepted no bytes");
    }
    offset += written;
  }
}

/**
 * A one-line description of an error for a log property: `Name: message`.
 * Log sinks still mask secrets in it; never show it to a user.
 */
export function describeError(error: unknown): string {
  return error instanceof Error
    ? `${error.name}: ${error.message}`
    : String(error);
}
