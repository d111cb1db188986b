/**
 * What must never reach a bot process's output, and a check for it.
 *
 * @module
 */
import type { BotProcess } from "./bot_process.ts";
import { KEY_ONE, KEY_TWO, type Stack, WEBHOOK_SECRET } from "./stack.ts";

/** The log-pseudonym key end-to-end tests set explicitly, so they can look for it. */
export const LOG_ID_KEY = "e2e-log-id-key-0123456789abcdef";

/**
 * Secrets of the optional features, set by the leak-scanning tests so that
 * every kind of secret is looked for: transcription keys, the metrics token
 * and an encryption key.
 */
export const OPTIONAL_SECRETS_ENV = {
  TRANSCRIBE_API_KEYS: "gsk-e2e-voice-0123456789abcdef",
  METRICS_TOKEN: "e2e-metrics-token-0123456789",
  ENCRYPTION_KEYS: "e2e1:ZGVmZ2hpamtsbW5vcHFyc3R1dnd4eXp7fH1+f4CBgoM=",
};

/** A named value that must not appear in the output. */
export interface Forbidden {
  name: string;
  value: string;
}

/** The stack's secrets: the bot token and its secret half, each LLM key, the webhook secret, the id key. */
export function stackSecrets(stack: Stack): Forbidden[] {
  return [
    { name: "bot token", value: stack.tg.token },
    { name: "bot token's secret half", value: stack.tg.token.split(":")[1] },
    { name: "LLM key one", value: KEY_ONE },
    { name: "LLM key two", value: KEY_TWO },
    { name: "webhook secret", value: WEBHOOK_SECRET },
    { name: "LOG_ID_KEY", value: LOG_ID_KEY },
    {
      name: "transcription key",
      value: OPTIONAL_SECRETS_ENV.TRANSCRIBE_API_KEYS,
    },
    { name: "metrics token", value: OPTIONAL_SECRETS_ENV.METRICS_TOKEN },
    {
      name: "encryption key",
      value: OPTIONAL_SECRETS_ENV.ENCRYPTION_KEYS.split(":")[1],
    },
  ];
}

/** Everything the process wrote: stdout (as logged) and stderr. */
export function allOutput(bot: BotProcess): string {
  const stdout = bot.logs.map((line) => JSON.stringify(line)).join("\n");
  return `${stdout}\n${bot.stderr()}`;
}

/**
 * The names of the forbidden values found in `output`, each with a little
 * context (masked) so that a failure says where it leaked.
 */
export function findLeaks(
  output: string,
  forbidden: readonly Forbidden[],
): string[] {
  const found: string[] = [];
  for (const { name, value } of forbidden) {
    const at = output.indexOf(value);
    if (at < 0) continue;
    const before = output.slice(Math.max(0, at - 80), at);
    found.push(`${name} … ${before}[${name}]`);
  }
  return found;
}

/** Lines of stderr that tell of an error Deno or a library printed itself. */
export function printedErrors(stderr: string): string[] {
  return stderr.split("\n").filter((line) =>
    /error|uncaught|unhandled|rejection|BotError|at .*\.(?:ts|js|mjs):\d+/i
      .test(line)
  );
}
