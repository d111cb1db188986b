/**
 * `deno task chat`: the whole bot in a terminal. The same composition root as
 * the Telegram bot (src/app.ts: features, jobs, KV, the LLM pool, the offline
 * enhancer) runs in this process behind an in-process Bot API
 * (src/console/bot_api.ts); each line typed is an update of one private chat,
 * a number picks a button of the last keyboard, and at the end of input the
 * work in flight finishes and the process exits 0.
 *
 * @module
 */
import type { Update, User } from "grammy/types";
import { type App, createApp } from "../app.ts";
import {
  type Config,
  ConfigError,
  formatConfigError,
  loadConfig,
} from "../config/config.ts";
import {
  getLog,
  type LogOutput,
  setupLogging,
  shutdownLogging,
} from "../logging.ts";
import { DEFAULT_CHAT_KV_PATH, openKv } from "../storage/kv.ts";
import { createI18n, type Translate } from "../ui/i18n.ts";
import { loadDotenv } from "../util/dotenv.ts";
import { type ChatEvent, ConsoleBotApi, type SentDocument } from "./bot_api.ts";
import { type Choice, Screen, type ScreenOutput } from "./screen.ts";

/** The console user's id: the same every run, so history and settings carry over. */
export const CONSOLE_USER_ID = 1_000_001;

/** The terminal the chat talks to; tests pass their own. */
export interface ChatIo {
  /** Lines typed, as bytes. */
  input: ReadableStream<Uint8Array>;
  output: ScreenOutput;
  /** Draw as things happen (stdout is a terminal); else print final texts only. */
  live: boolean;
  /**
   * How lines arrive on a live screen: `"typed"` (stdin is the terminal: a
   * prompt is shown) or `"piped"` (each line read is shown after "› ").
   */
  inputMode?: "typed" | "piped";
  /** Where the bot's log lines go (default: standard error). */
  logs?: LogOutput;
}

/** What the command line of `chat` says. */
export interface ChatArgs {
  kvPath?: string;
  logLevel?: string;
  /** Language of the console user, as a Telegram `language_code`. */
  language?: string;
  help: boolean;
}

const USAGE =
  `Usage: deno task chat [--kv PATH] [--lang CODE] [--log-level LEVEL]

Talk to Promptsmith in this terminal: type a rough prompt, a /command, or the
number of a button. Reads standard input line by line; exits at its end
(Ctrl-D) once the answers are written.

  --kv PATH          KV file of the console (default CHAT_KV_PATH, else ./data/chat.sqlite3)
  --lang CODE        language you write in, e.g. de (default: from LANG)
  --log-level LEVEL  bot logs on stderr from this level (default warning)

Without LLM_API_KEYS the offline enhancer answers; with them, the AI.`;

/** Parse the arguments after `chat`. */
export function parseChatArgs(args: readonly string[]): ChatArgs {
  const parsed: ChatArgs = { help: false };
  for (let i = 0; i < args.length; i++) {
    const [flag, inline] = args[i].split(/=(.*)/s, 2);
    const value = () => {
      const next = inline ?? args[++i];
      if (next === undefined || next === "") {
        throw new TypeError(`Cannot parse ${flag}: a value is missing`);
      }
      return next;
    };
    if (flag === "--help" || flag === "-h") parsed.help = true;
    else if (flag === "--kv") parsed.kvPath = value();
    else if (flag === "--lang") parsed.language = value();
    else if (flag === "--log-level") parsed.logLevel = value();
    else throw new TypeError(`Cannot parse the arguments: unknown "${flag}"`);
  }
  return parsed;
}

/**
 * The bot's environment for the console: the user's variables (LLM keys and
 * the like), with Telegram, the update mode and the KV file replaced by the
 * console's own. The console user is the admin: no rate limit stops a
 * script, and /keys shows the keys.
 */
export function consoleEnv(
  env: Record<string, string>,
  args: ChatArgs,
  token: string,
): Record<string, string> {
  const {
    WEBHOOK_SECRET: _secret,
    WEBHOOK_URL: _url,
    KV_PATH: _kvPath,
    ...rest
  } = env;
  return {
    ...rest,
    BOT_TOKEN: token,
    // Never called: every request is answered in-process.
    TELEGRAM_API_ROOT: "http://console.invalid",
    BOT_MODE: "polling",
    KV_PATH: args.kvPath ?? env.CHAT_KV_PATH ?? DEFAULT_CHAT_KV_PATH,
    ADMIN_IDS: String(CONSOLE_USER_ID),
    LOG_LEVEL: args.logLevel ?? "warning",
    LOG_FORMAT: "pretty",
  };
}

/** Options of {@linkcode runChat}; tests pass both. */
export interface ChatOptions {
  /** Default: the process's terminal. */
  io?: ChatIo;
  /** Default: the process's environment, after reading `.env` (ENV_FILE). */
  env?: Record<string, string>;
}

/** Run the chat until the end of input; returns the exit code. */
export async function runChat(
  args: readonly string[],
  options: ChatOptions = {},
): Promise<number> {
  let parsed: ChatArgs;
  try {
    parsed = parseChatArgs(args);
  } catch (error) {
    console.error(`${(error as Error).message}\n\n${USAGE}`);
    return 2;
  }
  if (parsed.help) {
    console.log(USAGE);
    return 0;
  }
  const io = options.io ?? terminalIo();
  const env = options.env ?? await readEnv();
  const i18n = createI18n();
  const language = parsed.language ?? languageOf(env);
  const t = i18n.translator(i18n.negotiate(language));
  const user: User = {
    id: CONSOLE_USER_ID,
    is_bot: false,
    first_name: env.USER || env.USERNAME || "you",
    language_code: language,
  };
  const screen = new Screen(io.output, {
    live: io.live,
    formatNotice: (text, alert) => `${alert ? "⚠" : "ⓘ"} ${text}`,
  });
  const botApi = new ConsoleBotApi({
    user,
    onEvent: (event: ChatEvent) => screen.show(event),
    describeDocument: (document) => describeDocument(t, document),
  });
  const config = readConfig(consoleEnv(env, parsed, botApi.token));
  if (config === null) return 1;
  await setupLogging({
    ...config.log,
    output: io.logs ?? Deno.stderr,
    secrets: config.llm.providers.flatMap((p) => p.apiKeys),
  });
  const kv = await openKv(config.kvPath);
  try {
    const app = createApp(config, kv, {
      telegramFetch: botApi.fetch,
      botInfo: botApi.botInfo,
    });
    const session = new ChatSession(app, { botApi, screen, t, user });
    const typed = io.live && io.inputMode !== "piped";
    await session.start(config, io.live);
    if (typed) screen.prompt(PROMPT);
    for await (const line of readLines(io.input)) {
      if (io.live && !typed) screen.say(`${PROMPT}${line}`);
      await session.handle(line);
      if (typed) screen.prompt(PROMPT);
    }
    await session.finish();
    if (io.live) io.output.write("\n");
    return 0;
  } finally {
    kv.close();
    await shutdownLogging();
  }
}

/** What the terminal shows before a line is typed. */
const PROMPT = "› ";

/** What a {@linkcode ChatSession} talks through. */
interface SessionParts {
  botApi: ConsoleBotApi;
  screen: Screen;
  t: Translate;
  user: User;
}

/** One run of the chat: the app, its Bot API and the screen. */
class ChatSession {
  readonly #app: App;
  readonly #botApi: ConsoleBotApi;
  readonly #screen: Screen;
  readonly #t: Translate;
  readonly #user: User;
  #nextUpdateId: number;

  constructor(app: App, parts: SessionParts) {
    this.#app = app;
    this.#botApi = parts.botApi;
    this.#screen = parts.screen;
    this.#t = parts.t;
    this.#user = parts.user;
    // Update ids are claimed in KV for a day: a new run must not reuse the last run's.
    this.#nextUpdateId = Date.now() * 1000;
  }

  async start(config: Config, live: boolean): Promise<void> {
    const { jobs } = this.#app.deps;
    await jobs.start();
    // An answer a killed run left unfinished is written now.
    await jobs.recover();
    await this.#settle();
    if (!live) return;
    const providers = config.llm.providers;
    this.#screen.say(this.#t("console-welcome"));
    this.#screen.say(
      providers.length === 0
        ? this.#t("console-mode-offline")
        : this.#t("console-mode-ai", { model: providers[0].model }),
    );
    this.#screen.say("");
  }

  /** One line typed: a button's number, or a message. */
  async handle(line: string): Promise<void> {
    const text = line.trim();
    if (text === "") return;
    const update = this.#updateFor(text);
    if (update === null) return;
    await this.#app.handleUpdate(update);
    await this.#settle();
  }

  /** Let the work in flight finish, then stop the jobs. */
  async finish(): Promise<void> {
    await this.#settle();
    await this.#app.deps.jobs.stop(10_000);
    this.#screen.flush();
  }

  #updateFor(text: string): Update | null {
    const choices = this.#screen.choices;
    if (/^\d{1,3}$/.test(text) && choices.length > 0) {
      const choice = choices[Number(text) - 1];
      if (choice === undefined) {
        this.#screen.say(
          this.#t("console-no-button", {
            number: Number(text),
            count: choices.length,
          }),
        );
        return null;
      }
      return this.#press(choice);
    }
    return {
      update_id: this.#nextUpdateId++,
      message: this.#botApi.userMessage(text),
    };
  }

  /** A button: its callback query, or what a terminal can do with a link. */
  #press(choice: Choice): Update | null {
    const { button } = choice;
    if ("callback_data" in button && button.callback_data !== undefined) {
      const message = this.#botApi.message(choice.messageId);
      if (message === undefined) return null;
      return {
        update_id: this.#nextUpdateId++,
        callback_query: {
          id: `console-${this.#nextUpdateId}`,
          from: this.#user,
          chat_instance: "console",
          message: message.raw,
          data: button.callback_data,
        },
      } as Update;
    }
    if ("url" in button && button.url !== undefined) {
      this.#screen.say(this.#t("console-link", { url: button.url }));
    } else if ("copy_text" in button && button.copy_text !== undefined) {
      this.#screen.say(button.copy_text.text);
    } else this.#screen.say(this.#t("console-button-unsupported"));
    return null;
  }

  async #settle(): Promise<void> {
    const { inFlight, deps } = this.#app;
    // A job's end can start the next queued one: wait until nothing is left.
    while (
      !(await inFlight.drain(60_000)) || !(await deps.jobs.drain(60_000))
    ) {
      getLog("console").debug("Still waiting for the bot to finish");
    }
    this.#screen.flush();
  }
}

function readConfig(env: Record<string, string>): Config | null {
  try {
    return loadConfig(env);
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    console.error(formatConfigError(error));
    return null;
  }
}

/** The environment after `.env` (or ENV_FILE), as the bot reads it: LLM keys kept there reach the console too. */
async function readEnv(): Promise<Record<string, string>> {
  const file = Deno.env.get("ENV_FILE")?.trim() || ".env";
  if (file !== "none") await loadDotenv(file);
  return Deno.env.toObject();
}

/** The language of the terminal's user, from LC_ALL / LC_MESSAGES / LANG (`de_DE.UTF-8` → `de-DE`). */
export function languageOf(env: Record<string, string>): string | undefined {
  const raw = env.LC_ALL || env.LC_MESSAGES || env.LANG || "";
  const match = /^([a-z]{2,3})(?:[_-]([A-Za-z]{2}))?/.exec(raw);
  if (match === null || match[1] === "c") return undefined;
  return match[2] ? `${match[1]}-${match[2].toLowerCase()}` : match[1];
}

function describeDocument(t: Translate, document: SentDocument): string {
  const size = new Intl.NumberFormat(t.locale, {
    style: "unit",
    unit: document.bytes < 1024 ? "byte" : "kilobyte",
    unitDisplay: "short",
    maximumFractionDigits: 1,
  }).format(document.bytes < 1024 ? document.bytes : document.bytes / 1024);
  return t(document.kind === "photo" ? "console-photo" : "console-file", {
    name: document.filename,
    size,
  });
}

/** Lines of `input`, without their line breaks; the last one even without a break. */
export async function* readLines(
  input: ReadableStream<Uint8Array>,
): AsyncGenerator<string> {
  let buffer = "";
  for await (const chunk of input.pipeThrough(new TextDecoderStream())) {
    buffer += chunk;
    let newline;
    while ((newline = buffer.indexOf("\n")) >= 0) {
      yield buffer.slice(0, newline).replace(/\r$/, "");
      buffer = buffer.slice(newline + 1);
    }
  }
  if (buffer !== "") yield buffer;
}

/** The process's own terminal. */
function terminalIo(): ChatIo {
  const encoder = new TextEncoder();
  const live = Deno.stdout.isTerminal();
  return {
    input: Deno.stdin.readable,
    live,
    inputMode: Deno.stdin.isTerminal() ? "typed" : "piped",
    output: {
      write: (text) => {
        const bytes = encoder.encode(text);
        for (let done = 0; done < bytes.length;) {
          done += Deno.stdout.writeSync(bytes.subarray(done));
        }
      },
      columns: () => safeSize().columns,
      rows: () => safeSize().rows,
    },
  };
}

/** The terminal's size; 80 × 24 where it does not say (a pseudo-terminal without one). */
function safeSize(): { columns: number; rows: number } {
  try {
    const { columns, rows } = Deno.consoleSize();
    if (columns > 0 && rows > 0) return { columns, rows };
  } catch {
    // not a terminal after all
  }
  return { columns: 80, rows: 24 };
}
