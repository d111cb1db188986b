/**
 * Encryption at rest end to end, the real process against the fakes: with
 * ENCRYPTION_KEYS set no prompt or answer text is in the KV files, history
 * reads back after a restart, a start without the key the values need stops
 * with an error naming it, and a rotation to a second key while the bot runs
 * loses nothing: the record walk finishes with 0 values left on the old key,
 * which can then go.
 *
 * @module
 */
import assert from "node:assert/strict";
import { textUpdate } from "../fakes/updates.ts";
import { type LogLine, readLines } from "./bot_process.ts";
import { enhancementsLogged, type Stack, startStack } from "./stack.ts";

const MAIN = new URL("../../main.ts", import.meta.url).pathname;
const USER = 100_077;
const K1 = `k1:${btoa(String.fromCharCode(...new Uint8Array(32).fill(11)))}`;
const K2 = `k2:${btoa(String.fromCharCode(...new Uint8Array(32).fill(22)))}`;
const PROMPTS = [
  "Marmoset orchestra rehearsal plan for Saturday",
  "Axolotl bakery inventory spreadsheet, please",
];
const ANSWER = "E2E ANSWER: a Pelican-saxophone-55 checklist";
const SECRETS = ["Marmoset orchestra", "Axolotl bakery", "Pelican-saxophone"];

/** Secrets found in the KV's files, as UTF-8 or UTF-16LE (how V8 keeps strings). */
async function plainTextIn(kvPath: string): Promise<string[]> {
  const dir = kvPath.slice(0, kvPath.lastIndexOf("/"));
  const hits: string[] = [];
  for await (const file of Deno.readDir(dir)) {
    const bytes = new TextDecoder("latin1").decode(
      await Deno.readFile(`${dir}/${file.name}`),
    );
    for (const secret of SECRETS) {
      const utf16 = [...secret].map((c) => `${c}\u0000`).join("");
      if (bytes.includes(secret)) hits.push(`${secret} in ${file.name}`);
      if (bytes.includes(utf16)) {
        hits.push(`${secret} (UTF-16) in ${file.name}`);
      }
    }
  }
  return hits;
}

/** Run main.ts until it exits by itself (a failed start); its code and log lines. */
async function runToExit(stack: Stack, env: Record<string, string>) {
  const child = new Deno.Command(Deno.execPath(), {
    args: [
      "run",
      "-A",
      "--unstable-kv",
      "--unstable-cron",
      "--unstable-raw-imports",
      MAIN,
    ],
    env: {
      ...stack.env(env),
      LOG_FORMAT: "json",
      PORT: "0",
      LISTEN_HOST: "127.0.0.1",
      ENV_FILE: "none",
    },
    clearEnv: true,
    stdin: "null",
    stdout: "piped",
    stderr: "null",
  }).spawn();
  const logs: LogLine[] = [];
  await readLines(child.stdout, (line) => logs.push(JSON.parse(line)));
  return { code: (await child.status).code, logs };
}

/** What /history answers now (the first message sent to the user after asking). */
async function historyShown(stack: Stack): Promise<string> {
  const before = stack.tg.callsOf("sendMessage").length;
  stack.tg.queueUpdate(textUpdate({ text: "/history", userId: USER }));
  const call = await stack.tg.waitForCall(
    "sendMessage",
    (c) =>
      c.payload.chat_id === USER &&
      stack.tg.callsOf("sendMessage").indexOf(c) >= before,
    10_000,
  );
  return String(call.payload.text);
}

Deno.test("e2e: with ENCRYPTION_KEYS no prompt or answer is in the KV files, and history reads back after a restart and a rotation", async () => {
  await using stack = await startStack();
  stack.llm.setReply(ANSWER);

  const first = await stack.start({ ENCRYPTION_KEYS: K1 });
  stack.tg.queueUpdate(textUpdate({ text: PROMPTS[0], userId: USER }));
  await enhancementsLogged(first);
  assert.equal((await first.stop("SIGTERM")).code, 0);
  assert.deepEqual(await plainTextIn(stack.kvPath), []);

  // The values need k1: a start with k2 alone is refused, naming k1.
  const refused = await runToExit(stack, { ENCRYPTION_KEYS: K2 });
  assert.equal(refused.code, 1);
  const fatal = refused.logs.find((l) => l.level === "FATAL");
  assert.match(String(fatal?.message), /key \\?"k1\\?"/, JSON.stringify(fatal));
  assert.ok(
    !JSON.stringify(refused.logs).includes(K1.slice(3)),
    "no key logged",
  );

  // Rotation: k2 first, k1 still listed; the bot answers while the walk runs.
  const rotating = await stack.start({
    ENCRYPTION_KEYS: `${K2},${K1}`,
    ADMIN_IDS: String(USER),
  });
  stack.tg.queueUpdate(textUpdate({ text: PROMPTS[1], userId: USER }));
  await enhancementsLogged(rotating);
  await rotating.waitForLog((l) =>
    String(l.message).startsWith("Record walk:") &&
    l.properties?.phase === "done" &&
    Number(l.properties?.rewritten) > 0
  );
  stack.tg.queueUpdate(textUpdate({ text: "/keys", userId: USER }));
  const keys = await stack.tg.waitForCall(
    "sendMessage",
    (c) => c.payload.chat_id === USER && String(c.payload.text).includes("k2"),
    10_000,
  );
  assert.match(
    String(keys.payload.text),
    /Encryption: key k2, 0 values left on k1\./,
  );
  const during = await historyShown(stack);
  for (const prompt of PROMPTS) assert.ok(during.includes(prompt), during);
  assert.equal((await rotating.stop("SIGTERM")).code, 0);

  // k1 retired: the bot starts with k2 alone and reads everything.
  const after = await stack.start({ ENCRYPTION_KEYS: K2 });
  await after.waitForLog((l) =>
    String(l.message).includes("retired") && l.properties?.keyId === "k1"
  );
  const shown = await historyShown(stack);
  for (const prompt of PROMPTS) assert.ok(shown.includes(prompt), shown);
  assert.equal((await after.stop("SIGTERM")).code, 0);
  assert.deepEqual(await plainTextIn(stack.kvPath), []);
});

Deno.test("e2e: without ENCRYPTION_KEYS the bot says once that user content is stored in plain text; with them it says which key seals", async () => {
  await using stack = await startStack();
  const warning = /ENCRYPTION_KEYS is not set: .* plain text/;
  const plain = await stack.start();
  assert.equal((await plain.stop("SIGTERM")).code, 0);
  const warned = plain.logs.filter((l) => warning.test(String(l.message)));
  assert.equal(warned.length, 1);
  assert.equal(warned[0].level, "WARN");
  const sealed = await stack.start({ ENCRYPTION_KEYS: K1 });
  assert.equal((await sealed.stop("SIGTERM")).code, 0);
  assert.ok(!sealed.logs.some((l) => warning.test(String(l.message))));
  assert.ok(
    sealed.logs.some((l) =>
      String(l.message).startsWith("Encryption at rest") &&
      l.properties?.keyId === "k1"
    ),
  );
});
