/**
 * Parsers of configuration values: one per kind of value. Each reads the
 * trimmed text of a variable, reports every problem through `report` (a
 * message without the variable's name) and returns a value; the result is
 * thrown away when anything was reported, so a placeholder is fine then.
 *
 * A parser may carry a `rule`, the allowed values in words ("1000 to 600000"),
 * which README's table adds to the variable's description: a range is written
 * once, here.
 *
 * @module
 */
import {
  type EncryptionKeySpec,
  KEY_BYTES,
  KEY_ID_PATTERN,
} from "../storage/sealed.ts";

/** Receives one problem with a value. */
export type Report = (message: string) => void;

/** Turns the text of a variable into its value. */
export interface Parser<T> {
  (text: string, report: Report): T;
  /** The allowed values in words, shown in README, e.g. `1000 to 600000`. */
  readonly rule?: string;
}

/** A parser with its `rule`. */
function withRule<T>(
  parse: (text: string, report: Report) => T,
  rule: string,
): Parser<T> {
  return Object.assign(parse, { rule });
}

/** Quote a non-secret value for an error message, shortened when long. */
export function quote(value: string): string {
  return JSON.stringify(value.length > 80 ? `${value.slice(0, 77)}...` : value);
}

/** `text` as an integer from `min` to `max`, or `undefined` when it is not one. */
export function integerIn(
  text: string | undefined,
  [min, max]: readonly [number, number],
): number | undefined {
  const number = Number(text);
  const valid = /^[+-]?\d+$/.test(text ?? "") && number >= min &&
    number <= max;
  return valid ? number : undefined;
}

/** `text` as a decimal number from `min` to `max` ("0.7", "1"), or `undefined`. */
export function decimalIn(
  text: string | undefined,
  [min, max]: readonly [number, number],
): number | undefined {
  const number = Number(text);
  const valid = /^[+-]?(?:\d+\.?\d*|\.\d+)$/.test(text ?? "") &&
    number >= min && number <= max;
  return valid ? number : undefined;
}

/** An integer from `min` to `max`. */
export function integer(min: number, max: number): Parser<number> {
  return withRule((text, report) => {
    const number = integerIn(text, [min, max]);
    if (number === undefined) {
      report(`must be an integer from ${min} to ${max}, got ${quote(text)}`);
    }
    return number ?? Number.NaN;
  }, `${min} to ${max}`);
}

/** One of `choices`, ignoring case; `aliases` map other spellings to a choice. */
export function oneOf<const T extends string>(
  choices: readonly T[],
  aliases: Record<string, T> = {},
): Parser<T> {
  const list = choices.map((choice) => JSON.stringify(choice)).join(", ");
  // No rule: the description names the choices, with what each means.
  return (text, report): T => {
    const lower = text.toLowerCase();
    const choice = aliases[lower] ?? choices.find((c) => c === lower);
    if (choice === undefined) {
      report(`must be one of ${list}, got ${quote(text)}`);
    }
    return choice ?? choices[0];
  };
}

/** A switch: true or false (also 1 or 0, yes or no), ignoring case. */
export const flag: Parser<boolean> = withRule((text, report) => {
  const lower = text.toLowerCase();
  if (["true", "1", "yes"].includes(lower)) return true;
  if (["false", "0", "no"].includes(lower)) return false;
  report(`must be true or false, got ${quote(text)}`);
  return false;
}, "true or false");

/** Any text, as given. */
export const text: Parser<string> = (value) => value;

/** Comma-separated entries, trimmed, empty ones dropped. */
export function splitList(value: string | undefined): string[] {
  return (value ?? "").split(",").map((entry) => entry.trim()).filter((entry) =>
    entry !== ""
  );
}

/** Whether `text` is an absolute http(s) URL with a host. */
export function isHttpUrl(text: string): boolean {
  if (!URL.canParse(text)) return false;
  const { protocol, hostname } = new URL(text);
  return (protocol === "http:" || protocol === "https:") && hostname !== "";
}

/** An http(s) URL, trailing slashes removed. */
export const httpUrl: Parser<string> = (value, report) => {
  if (!isHttpUrl(value)) report(`must be an http(s) URL, got ${quote(value)}`);
  return value.replace(/\/+$/, "");
};

/** A bot token as @BotFather gives it. */
export const botToken: Parser<string> = (value, report) => {
  if (!/^\d+:[A-Za-z0-9_-]{20,}$/.test(value)) {
    report(
      'does not look like a bot token: expected "<digits>:<letters, digits, _ and ->" as @BotFather gives it',
    );
  }
  return value;
};

/** Distinct comma-separated API keys, in the order given. */
export const apiKeys: Parser<string[]> = (value, report) => {
  const keys = [...new Set(splitList(value))];
  keys.forEach((key, index) => {
    if (/\s/.test(key)) {
      report(`key ${index + 1} contains whitespace: separate keys with commas`);
    }
  });
  return keys;
};

/** Distinct comma-separated Telegram user ids. */
export const userIds: Parser<number[]> = (value, report) => {
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
};

/** Whether a KV_PATH is a KV Connect URL. */
export function isKvConnectUrl(value: string | undefined): boolean {
  return value !== undefined && /^https?:\/\//i.test(value);
}

/** A file path, `":memory:"` or an http(s) KV Connect URL. */
export const kvPath: Parser<string> = (value, report) => {
  const hasScheme = /^[a-z][a-z0-9+.-]*:\/\//i.test(value);
  if (hasScheme && !isHttpUrl(value)) {
    report(
      `must be a file path, ":memory:" or an http(s) KV Connect URL, got ${
        quote(value)
      }`,
    );
  }
  return value;
};

/** A host name or an IP address to listen on. */
export const hostname: Parser<string> = (value, report) => {
  if (!/^[A-Za-z0-9.:%[\]-]+$/.test(value)) {
    report(`must be a host name or an IP address, got ${quote(value)}`);
  }
  return value;
};

/** Telegram's rule for a webhook's `secret_token`. */
export const WEBHOOK_SECRET_RULE = "1-256 characters of A-Z, a-z, 0-9, _ and -";

/** A webhook `secret_token`. */
export const webhookSecret: Parser<string> = withRule((value, report) => {
  if (!/^[A-Za-z0-9_-]{1,256}$/.test(value)) {
    report(`must be ${WEBHOOK_SECRET_RULE} (Telegram's rule for secret_token)`);
  }
  return value;
}, WEBHOOK_SECRET_RULE);

/** Telegram only calls https URLs; plain http is allowed for loopback hosts, for local tests. */
export const webhookUrl: Parser<string> = (value, report) => {
  const url = URL.canParse(value) ? new URL(value) : undefined;
  const loopback = ["localhost", "127.0.0.1", "[::1]"].includes(
    url?.hostname ?? "",
  );
  const valid = url?.protocol === "https:" ||
    (url?.protocol === "http:" && loopback);
  if (!valid) report(`must be an https URL, got ${quote(value)}`);
  return value;
};

/** A URL path: starts with "/", no spaces, "?" or "#". */
export const urlPath: Parser<string> = (value, report) => {
  if (!value.startsWith("/")) {
    report(`must start with "/", got ${quote(value)}`);
  } else if (/[\s?#]/.test(value)) {
    report(`must be a path without spaces, "?" or "#", got ${quote(value)}`);
  }
  return value;
};

/** A key of at least `min` characters. */
export function longSecret(min: number): Parser<string> {
  return withRule((value, report) => {
    if (value.length < min) {
      report(`must be at least ${min} characters: use a long random string`);
    }
    return value;
  }, `at least ${min} characters`);
}

/** The grammar of a provider name in LLM_FALLBACKS. */
export const FALLBACK_NAME = /^[A-Za-z][A-Za-z0-9_]{0,31}$/;

/** Distinct provider names, lower case, in order; `reserved` may not be used. */
export function providerNames(reserved: string): Parser<string[]> {
  return (value, report) => {
    const names: string[] = [];
    for (const entry of splitList(value)) {
      const name = entry.toLowerCase();
      if (!FALLBACK_NAME.test(entry)) {
        report(
          `${
            quote(entry)
          } is not a provider name: use a letter, then up to 31 letters, digits or _`,
        );
      } else if (name === reserved) {
        report(
          `"${reserved}" is the provider of LLM_BASE_URL and LLM_API_KEYS: choose another name`,
        );
      } else if (!names.includes(name)) names.push(name);
    }
    return names;
  };
}

/** How {@linkcode numbersByName} names what it reads, in its messages. */
export interface NumbersByNameWords {
  /** What a name is, e.g. "category". */
  name: string;
  /** What a number is, e.g. "tokens" (in `"category:tokens"`). */
  number: string;
  /** What the value of an entry is, e.g. "limit" (`the limit of "image"`). */
  value: string;
  /** An entry that would be valid, e.g. "image:600". */
  example: string;
  /** Numbers may have decimals ("image:0.7"); default: integers only. */
  decimal?: boolean;
}

/**
 * `image:600,coding:2500` → `{ image: 600, coding: 2500 }`: a number per
 * name of `names`, each from `min` to `max`; every bad entry reported.
 */
export function numbersByName<const N extends string>(
  names: readonly N[],
  [min, max]: readonly [number, number],
  words: NumbersByNameWords,
): Parser<Partial<Record<N, number>>> {
  const known = new Set<string>(names);
  return withRule(
    (value, report) => {
      const numbers: Partial<Record<N, number>> = {};
      for (const entry of splitList(value)) {
        const match = /^([^:\s]+)\s*:\s*(\S+)$/.exec(entry);
        const name = match?.[1].toLowerCase();
        const number = words.decimal
          ? decimalIn(match?.[2], [min, max])
          : integerIn(match?.[2], [min, max]);
        if (match === null || name === undefined) {
          report(
            `${
              quote(entry)
            } is not "${words.name}:${words.number}", e.g. "${words.example}"`,
          );
        } else if (!known.has(name)) {
          report(
            `${quote(match[1])} is not a ${words.name}: use ${
              names.join(", ")
            }`,
          );
        } else if (name in numbers) {
          report(`lists "${name}" twice`);
        } else if (number === undefined) {
          report(
            `the ${words.value} of "${name}" must be ${
              words.decimal ? "a number" : "an integer"
            } from ${min} to ${max}, got ${quote(match[2])}`,
          );
        } else numbers[name as N] = number;
      }
      return numbers;
    },
    `${words.name}:${words.number} pairs; ${words.name}s: ${
      names.join(", ")
    }; ${min} to ${max} each`,
  );
}

/**
 * `ENCRYPTION_KEYS`: `id:base64[,id:base64…]`, each key 32 bytes, ids
 * distinct. Problems name the entry or the id, never the key.
 */
export const encryptionKeys: Parser<EncryptionKeySpec[]> = withRule(
  parseEncryptionKeys,
  "comma-separated id:key, each key the base64 of 32 random bytes",
);

function parseEncryptionKeys(
  text: string,
  report: Report,
): EncryptionKeySpec[] {
  const keys: EncryptionKeySpec[] = [];
  const seen = new Set<string>();
  const entries = text.split(",").map((entry) => entry.trim());
  entries.forEach((entry, index) => {
    const where = `entry ${index + 1}`;
    if (entry === "") {
      report(`${where} is empty: write id:key, separated by commas`);
      return;
    }
    const colon = entry.indexOf(":");
    if (colon < 0) {
      report(
        `${where} has no id: write <id>:<base64 of 32 random bytes>, e.g. k1:… (openssl rand -base64 32)`,
      );
      return;
    }
    const id = entry.slice(0, colon).trim();
    const encoded = entry.slice(colon + 1).trim();
    if (!KEY_ID_PATTERN.test(id)) {
      report(
        `${where}: the id must be 1 to 32 letters, digits, _ or - (before the colon)`,
      );
      return;
    }
    if (seen.has(id)) {
      report(`key id "${id}" is listed twice: every key needs its own id`);
      return;
    }
    seen.add(id);
    const key = decodeBase64(encoded);
    if (key === null) {
      report(
        `key "${id}" is not base64: generate one with openssl rand -base64 32`,
      );
      return;
    }
    if (key.length !== KEY_BYTES) {
      report(
        `key "${id}" is ${key.length} bytes, not ${KEY_BYTES}: generate one with openssl rand -base64 32`,
      );
      return;
    }
    keys.push({ id, key, source: encoded });
  });
  return keys;
}

/** Standard or URL-safe base64, padded or not; `null` when it is not base64. */
function decodeBase64(text: string): Uint8Array | null {
  const standard = text.replaceAll("-", "+").replaceAll("_", "/");
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(standard)) return null;
  const unpadded = standard.replace(/=+$/, "");
  if (unpadded.length % 4 === 1) return null;
  const padded = unpadded + "=".repeat((4 - unpadded.length % 4) % 4);
  try {
    return Uint8Array.from(atob(padded), (char) => char.charCodeAt(0));
  } catch {
    return null;
  }
}
