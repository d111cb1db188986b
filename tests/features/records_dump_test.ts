/**
 * The dump test of encryption at rest: a session through the real wiring
 * (prompts answered by the AI and offline, a "Try again with AI" record and
 * its tap, a job mid-flight with another queued behind it), then the raw
 * bytes of the KV's SQLite files are searched for the users' words in every
 * encoding they could be stored in. With ENCRYPTION_KEYS set there are none;
 * without, the same search finds them (so the search works).
 *
 * @module
 */
import assert from "node:assert/strict";
import type { Message } from "grammy/types";
import type { CompletionRequest, LlmProvider } from "../../src/llm/provider.ts";
import { ProviderError } from "../../src/llm/provider.ts";
import { retryData } from "../../src/ui/callback_data.ts";
import { callbackUpdate, textUpdate } from "../fakes/updates.ts";
import { startFeatureBot } from "./harness.ts";

const USER = 7171;
const KEY = btoa(String.fromCharCode(...new Uint8Array(32).fill(3)));

/** What the user writes and what the AI answers: none of it may be at rest in clear. */
const PROMPT_AI =
  "Zanzibar lighthouse keeper diary, with обсерватория notes and 灯塔 sketches";
const ANSWER =
  "ANSWER: write as the Zanzibar keeper, Quokka-marmalade-7731 style";
const PROMPT_OFFLINE =
  "OFFLINE please design a capybara-themed espresso bar menu";
const PROMPT_SLOW = "SLOW blueprint for a glacier-monitoring drone fleet";
const PROMPT_QUEUED = "queued heliotrope sonnet about tram lines";
const NEEDLES = [
  "Zanzibar lighthouse",
  "обсерватория",
  "灯塔",
  "Quokka-marmalade",
  "capybara-themed espresso",
  "glacier-monitoring drone",
  "heliotrope sonnet",
];

/** Answers at once, fails as unavailable for OFFLINE, waits for `release()` for SLOW. */
function scripted() {
  const gate = Promise.withResolvers<void>();
  const started = Promise.withResolvers<void>();
  let down = true;
  const provider: LlmProvider & { release(): void; started: Promise<void> } = {
    release: () => gate.resolve(),
    started: started.promise,
    async complete(request: CompletionRequest) {
      const asked = request.messages.map((m) => m.content).join("\n");
      if (asked.includes("OFFLINE") && down) {
        down = false;
        throw new ProviderError("unavailable", "no key can answer");
      }
      if (asked.includes("SLOW")) {
        started.resolve();
        await gate.promise;
      }
      request.onDelta?.(ANSWER);
      return { text: ANSWER, model: "fake-model", keyHint: "…fake" };
    },
  };
  return provider;
}

function encodings(text: string): [string, Uint8Array][] {
  const utf16 = (littleEndian: boolean) => {
    const out = new Uint8Array(text.length * 2);
    const view = new DataView(out.buffer);
    for (let i = 0; i < text.length; i++) {
      view.setUint16(i * 2, text.charCodeAt(i), littleEndian);
    }
    return out;
  };
  const found: [string, Uint8Array][] = [
    ["UTF-8", new TextEncoder().encode(text)],
    ["UTF-16LE", utf16(true)],
    ["UTF-16BE", utf16(false)],
  ];
  // V8 keeps a string of Latin-1 characters one byte per character.
  if ([...text].every((char) => char.charCodeAt(0) <= 0xff)) {
    found.push(["Latin-1", Uint8Array.from(text, (c) => c.charCodeAt(0))]);
  }
  return found;
}

function indexOf(haystack: Uint8Array, needle: Uint8Array): number {
  const first = needle[0];
  outer: for (
    let i = haystack.indexOf(first);
    i >= 0;
    i = haystack.indexOf(first, i + 1)
  ) {
    if (i + needle.length > haystack.length) return -1;
    for (let j = 1; j < needle.length; j++) {
      if (haystack[i + j] !== needle[j]) continue outer;
    }
    return i;
  }
  return -1;
}

/** Every needle found in the KV's files, as "needle (encoding) in file". */
async function userTextIn(dir: string): Promise<string[]> {
  const hits: string[] = [];
  for await (const file of Deno.readDir(dir)) {
    const bytes = await Deno.readFile(`${dir}/${file.name}`);
    for (const needle of NEEDLES) {
      for (const [encoding, encoded] of encodings(needle)) {
        if (indexOf(bytes, encoded) >= 0) {
          hits.push(`${needle} (${encoding}) in ${file.name}`);
        }
      }
    }
  }
  return hits;
}

/** The session; `whileRunning` looks at the files with a job running and one queued. */
async function runSession(
  env: Record<string, string>,
  dir: string,
  whileRunning: () => Promise<void>,
) {
  const llm = scripted();
  await using h = await startFeatureBot(llm, env, {
    kvPath: `${dir}/kv.sqlite3`,
  });
  await h.send(textUpdate({ text: PROMPT_AI, userId: USER }));
  assert.ok(h.shown(USER).some((text) => text.includes("Quokka-marmalade")));
  await h.send(textUpdate({ text: PROMPT_OFFLINE, userId: USER }));
  const offline = h.tg.messages(USER).findLast((m) => m.reply_markup) as
    | Message
    | undefined;
  const button = offline?.reply_markup?.inline_keyboard[0][0];
  const data = button && "callback_data" in button ? button.callback_data : "";
  assert.match(data ?? "", retryData.pattern, "a retry button was offered");
  await h.send(textUpdate({ text: PROMPT_SLOW, userId: USER }), {
    waitForJobs: false,
  });
  await llm.started;
  await h.send(textUpdate({ text: PROMPT_QUEUED, userId: USER }), {
    waitForJobs: false,
  });
  await whileRunning();
  llm.release();
  assert.ok(await h.deps.jobs.drain(10_000));
  await h.send(callbackUpdate({
    data: data!,
    userId: USER,
    chatId: USER,
    messageId: offline!.message_id,
  }));
  const prompts = (await h.deps.history.list(USER)).map((item) => item.prompt);
  assert.equal(prompts.length, 5, "every prompt answered and kept");
  assert.ok(prompts.includes(PROMPT_QUEUED));
}

Deno.test("with ENCRYPTION_KEYS, no prompt or answer is in the KV's files in any encoding, mid-flight or after", async () => {
  const dir = await Deno.makeTempDir();
  try {
    let midFlight: string[] = ["not looked at"];
    await runSession({ ENCRYPTION_KEYS: `k1:${KEY}` }, dir, async () => {
      midFlight = await userTextIn(dir);
    });
    assert.deepEqual(midFlight, [], "with a job running and one queued");
    assert.deepEqual(await userTextIn(dir), [], "after the session");
  } finally {
    await Deno.remove(dir, { recursive: true });
  }
});

Deno.test("without ENCRYPTION_KEYS the same search finds the users' words: the dump test can fail", async () => {
  const dir = await Deno.makeTempDir();
  try {
    let midFlight: string[] = [];
    await runSession({}, dir, async () => {
      midFlight = await userTextIn(dir);
    });
    assert.ok(
      midFlight.some((hit) => hit.startsWith("heliotrope sonnet")),
      `the queued prompt is found: ${midFlight}`,
    );
    const after = await userTextIn(dir);
    for (const needle of NEEDLES) {
      assert.ok(
        after.some((hit) => hit.startsWith(needle)),
        `${needle} found in ${JSON.stringify(after)}`,
      );
    }
  } finally {
    await Deno.remove(dir, { recursive: true });
  }
});
