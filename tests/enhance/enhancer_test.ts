import assert from "node:assert/strict";
import { enhancePrompt } from "../../src/enhance/enhancer.ts";
import { offlineEnhance } from "../../src/enhance/offline.ts";
import {
  buildEnhanceRequest,
  buildMessages,
} from "../../src/enhance/prompt.ts";
import {
  type CompletionRequest,
  type CompletionResult,
  type LlmProvider,
  ProviderError,
} from "../../src/llm/provider.ts";

const ROUGH = "write a python function that returns the median";

/** One step of a scripted provider: stream chunks, reset, then answer or fail. */
type Step =
  | { delta: string }
  | { reset: true }
  | { answer: string }
  | { fail: unknown };

/** An in-memory provider that plays a script and records its requests. */
class ScriptedProvider implements LlmProvider {
  readonly requests: CompletionRequest[] = [];
  constructor(private readonly steps: Step[]) {}

  complete(request: CompletionRequest): Promise<CompletionResult> {
    this.requests.push(request);
    for (const step of this.steps) {
      if ("delta" in step) request.onDelta?.(step.delta);
      if ("reset" in step) request.onReset?.();
      if ("answer" in step) {
        return Promise.resolve({
          text: step.answer,
          model: "test-model",
          keyHint: "…abcd",
        });
      }
      if ("fail" in step) return Promise.reject(step.fail);
    }
    return Promise.reject(new Error("script ended without an outcome"));
  }
}

/** Records the streaming callbacks, in order. */
function recorder() {
  const events: string[] = [];
  return {
    events,
    onDelta: (chunk: string) => events.push(`delta:${chunk}`),
    onReset: () => events.push("reset"),
  };
}

function badRequest(message: string, status = 400): ProviderError {
  return new ProviderError("bad_request", message, { status });
}

Deno.test("enhancePrompt() enhances offline when no key is configured", async () => {
  const result = await enhancePrompt(ROUGH, { provider: null }, {
    category: "coding",
  });
  const text = offlineEnhance(ROUGH, { category: "coding" });
  assert.equal(result.source, "offline");
  if (result.source !== "offline") return;
  assert.equal(result.text, text);
  assert.equal(result.reason, "no_keys");
  assert.equal(result.error, undefined);
  assert.equal(result.answer.kind === "prompt" && result.answer.prompt, text);
  assert.equal(result.answer.category, "coding");
});

Deno.test("enhancePrompt() offline follows the /settings length: concise writes only what was given, detailed asks for more", async () => {
  const rough = "write a python script that renames photos by date";
  const written = async (length: "concise" | "standard" | "detailed") => {
    const result = await enhancePrompt(rough, { provider: null }, {
      category: "coding",
      length,
    });
    assert.equal(result.source, "offline");
    return result.source === "offline" && result.answer.kind === "prompt"
      ? result.answer.prompt
      : "";
  };
  const [concise, standard, detailed] = [
    await written("concise"),
    await written("standard"),
    await written("detailed"),
  ];
  assert.equal(
    concise,
    "Task: Write a python script that renames photos by date.\n\nLanguage and stack: Python",
  );
  assert.equal(standard, offlineEnhance(rough, { category: "coding" }));
  assert.ok(detailed.length > standard.length);
  assert.match(detailed, /^Success criteria: /m);
});

Deno.test("enhancePrompt() offline asks its questions only when told to", async () => {
  const never = await enhancePrompt("cat", { provider: null }, {
    category: "general",
  });
  assert.equal(never.source === "offline" && never.answer.kind, "prompt");
  const asked = await enhancePrompt("cat", { provider: null }, {
    category: "general",
    clarify: "auto",
  });
  assert.equal(asked.source === "offline" && asked.answer.kind, "questions");
  assert.match(
    asked.source === "offline" ? asked.text : "",
    /^1\. What do you want to get\?\n {3}• /,
  );
});

Deno.test("enhancePrompt() returns the AI's answer, streaming it through", async () => {
  const provider = new ScriptedProvider([
    { delta: "Write a " },
    { delta: "function." },
    { answer: "  Write a function.\n" },
  ]);
  const calls = recorder();
  const signal = new AbortController().signal;
  const result = await enhancePrompt(ROUGH, { provider }, {
    category: "coding",
    signal,
    ...calls,
  });
  assert.equal(result.source, "ai");
  if (result.source !== "ai") return;
  assert.equal(result.text, "Write a function.");
  assert.equal(result.model, "test-model");
  assert.equal(result.keyHint, "…abcd");
  assert.deepEqual(result.answer, {
    kind: "prompt",
    prompt: "Write a function.",
    notes: { assumptions: [], placeholders: [] },
    category: "coding",
    target: "chat",
  });
  // Trailing spaces wait for the next word: the screen never ends in a blank.
  assert.deepEqual(calls.events, ["delta:Write a", "delta: function."]);
  assert.equal(provider.requests.length, 1);
  assert.deepEqual(
    provider.requests[0].messages,
    buildMessages(ROUGH, { category: "coding" }),
  );
  assert.equal(provider.requests[0].signal, signal);
});

Deno.test("enhancePrompt() unwraps an answer the model put in a code block or quotes", async () => {
  for (
    const answer of [
      "```\nA strong prompt.\n```",
      "```text\nA strong prompt.\n```",
      '"A strong prompt."',
    ]
  ) {
    const provider = new ScriptedProvider([{ answer }]);
    const result = await enhancePrompt(ROUGH, { provider }, {
      category: "general",
    });
    assert.equal(result.source === "ai" && result.text, "A strong prompt.");
  }
  const code = "Fix:\n```js\nx()\n```";
  const provider = new ScriptedProvider([{ answer: code }]);
  const result = await enhancePrompt(ROUGH, { provider }, {
    category: "coding",
  });
  assert.equal(result.source === "ai" && result.text, code);
});

Deno.test("enhancePrompt() streams only the prompt of a tagged answer and returns its notes", async () => {
  const answer =
    "<analysis>secret plan</analysis>\n<prompt>\nYou are a chef. Cook [dish].\n</prompt>\n<notes>\n<assumptions>\n- Home cook.\n</assumptions>\n<placeholders>\n- [dish]: what to cook\n</placeholders>\n</notes>";
  const chunks = answer.match(/[^]{1,7}/g)!.map((delta) => ({ delta }));
  const provider = new ScriptedProvider([...chunks, { answer }]);
  const calls = recorder();
  const result = await enhancePrompt("recipe", { provider }, {
    category: "general",
    ...calls,
  });
  const shown = calls.events.map((event) => event.replace(/^delta:/, "")).join(
    "",
  );
  assert.equal(shown, "You are a chef. Cook [dish].");
  assert.equal(result.source === "ai" && result.text, shown);
  assert.deepEqual(
    result.source === "ai" && result.answer.kind === "prompt" &&
      result.answer.notes,
    {
      assumptions: ["Home cook."],
      placeholders: ["[dish]: what to cook"],
    },
  );
});

Deno.test("enhancePrompt() sends the request built from its options", async () => {
  const provider = new ScriptedProvider([{ answer: "<prompt>P</prompt>" }]);
  const options = {
    category: "image" as const,
    target: "midjourney" as const,
    answerLanguage: "de",
    previous: { prompt: "old", instruction: "shorter" },
  };
  await enhancePrompt("a fox", { provider }, options);
  assert.deepEqual(
    provider.requests[0].messages,
    buildEnhanceRequest({ rough: "a fox", ...options }).messages,
  );
});

Deno.test("enhancePrompt() passes a provider's own retry reset through", async () => {
  const provider = new ScriptedProvider([
    { delta: "half" },
    { reset: true },
    { delta: "whole" },
    { answer: "whole" },
  ]);
  const calls = recorder();
  const result = await enhancePrompt(ROUGH, { provider }, {
    category: "general",
    ...calls,
  });
  assert.equal(result.source, "ai");
  assert.deepEqual(calls.events, ["delta:half", "reset", "delta:whole"]);
});

Deno.test("enhancePrompt() falls back offline when the provider is unavailable", async () => {
  const error = new ProviderError(
    "unavailable",
    "Cannot complete chat: all 2 keys failed: server (500), timeout",
  );
  const provider = new ScriptedProvider([{ fail: error }]);
  const calls = recorder();
  const result = await enhancePrompt(ROUGH, { provider }, {
    category: "image",
    ...calls,
  });
  assert.equal(result.source, "offline");
  if (result.source !== "offline") return;
  assert.equal(result.text, offlineEnhance(ROUGH, { category: "image" }));
  assert.equal(result.reason, "unavailable");
  assert.equal(result.error, error);
  assert.deepEqual(calls.events, [], "nothing streamed, nothing to reset");
});

Deno.test("enhancePrompt() resets streamed text before falling back offline", async () => {
  for (const kind of ["server", "timeout", "network", "malformed"] as const) {
    const provider = new ScriptedProvider([
      { delta: "partial " },
      { delta: "answer" },
      { fail: new ProviderError(kind, `Cannot complete chat: ${kind}`) },
    ]);
    const calls = recorder();
    const result = await enhancePrompt(ROUGH, { provider }, {
      category: "general",
      ...calls,
    });
    assert.equal(result.source, "offline", kind);
    assert.equal(result.source === "offline" && result.error?.kind, kind);
    assert.deepEqual(calls.events, [
      "delta:partial",
      "delta: answer",
      "reset",
    ]);
  }
});

Deno.test("enhancePrompt() does not reset twice after the provider already reset", async () => {
  const provider = new ScriptedProvider([
    { delta: "partial" },
    { reset: true },
    { fail: new ProviderError("unavailable", "Cannot complete chat") },
  ]);
  const calls = recorder();
  await enhancePrompt(ROUGH, { provider }, { category: "general", ...calls });
  assert.deepEqual(calls.events, ["delta:partial", "reset"]);
});

Deno.test("enhancePrompt() treats an empty answer as a failure", async () => {
  const provider = new ScriptedProvider([{ delta: " \n" }, { answer: " \n" }]);
  const calls = recorder();
  const result = await enhancePrompt(ROUGH, { provider }, {
    category: "writing",
    ...calls,
  });
  assert.equal(result.source, "offline");
  if (result.source !== "offline") return;
  assert.equal(result.reason, "empty_answer");
  assert.equal(result.text, offlineEnhance(ROUGH, { category: "writing" }));
  assert.equal(result.error?.kind, "malformed");
  assert.deepEqual(
    calls.events,
    [],
    "blanks are never shown, so nothing to reset",
  );
});

Deno.test("enhancePrompt() falls back offline, keeping the cause, when the provider throws something odd", async () => {
  const odd = new TypeError("boom: secret detail");
  const provider = new ScriptedProvider([{ fail: odd }]);
  const result = await enhancePrompt(ROUGH, { provider }, {
    category: "general",
  });
  assert.equal(result.source, "offline");
  if (result.source !== "offline") return;
  assert.equal(result.reason, "unavailable");
  assert.ok(result.error instanceof ProviderError);
  assert.equal(result.error.kind, "unavailable");
  assert.equal(result.error.cause, odd);
  assert.doesNotMatch(result.text, /boom|secret/);
});

Deno.test("enhancePrompt() does not fall back when the request is rejected", async () => {
  const cases: [ProviderError, string, RegExp][] = [
    [
      badRequest(
        "Cannot complete chat with key …abcd: request rejected (400 context_length_exceeded): This model's maximum context length is 8192 tokens",
      ),
      "too_long",
      /Shorten it/,
    ],
    [
      badRequest("Cannot complete chat: request rejected", 413),
      "too_long",
      /Shorten/,
    ],
    [
      badRequest(
        "Cannot complete chat with key …abcd: the answer was blocked by the content filter",
      ),
      "content_policy",
      /Rephrase it/,
    ],
    [
      badRequest(
        "Cannot complete chat with key …abcd: request rejected (404 model_not_found): The model `gpt-9` does not exist",
        404,
      ),
      "unknown_model",
      /administrator/,
    ],
    [
      badRequest(
        "Cannot complete chat: request rejected (400): invalid 'temperature'",
      ),
      "invalid_request",
      /rephrasing or shortening/,
    ],
  ];
  for (const [error, reason, advice] of cases) {
    const provider = new ScriptedProvider([{ delta: "x" }, { fail: error }]);
    const calls = recorder();
    const result = await enhancePrompt(ROUGH, { provider }, {
      category: "general",
      ...calls,
    });
    assert.equal(result.source, "rejected", error.message);
    if (result.source !== "rejected") continue;
    assert.equal(result.reason, reason, error.message);
    assert.match(result.message, advice);
    assert.equal(result.error, error);
    assert.ok(!result.message.includes("…abcd"), "leaks the key hint");
    assert.ok(!result.message.includes(error.message.slice(-20)));
    assert.deepEqual(calls.events, ["delta:x", "reset"]);
  }
});

Deno.test("enhancePrompt() reads a rejection's reason from the error's cause", async () => {
  const cause = Object.assign(new Error("400 status code"), {
    code: "context_length_exceeded",
  });
  const error = new ProviderError("bad_request", "Cannot complete chat", {
    status: 400,
    cause,
  });
  const provider = new ScriptedProvider([{ fail: error }]);
  const result = await enhancePrompt(ROUGH, { provider }, {
    category: "general",
  });
  assert.equal(result.source === "rejected" && result.reason, "too_long");
});

Deno.test("enhancePrompt() rethrows an abort", async () => {
  const aborted = new ProviderError("aborted", "Cannot complete chat: aborted");
  const provider = new ScriptedProvider([{ delta: "x" }, { fail: aborted }]);
  await assert.rejects(
    enhancePrompt(ROUGH, { provider }, { category: "general" }),
    (error) => error === aborted,
  );
  const controller = new AbortController();
  const odd = new ScriptedProvider([{ fail: new Error("stream closed") }]);
  const pending = enhancePrompt(ROUGH, { provider: odd }, {
    category: "general",
    signal: controller.signal,
  });
  controller.abort();
  await assert.rejects(pending, /stream closed/);
});

Deno.test("enhancePrompt() does not call the provider when already aborted", async () => {
  const provider = new ScriptedProvider([{ answer: "never" }]);
  const controller = new AbortController();
  controller.abort(new Error("user cancelled"));
  for (const deps of [{ provider }, { provider: null }]) {
    await assert.rejects(
      enhancePrompt(ROUGH, deps, {
        category: "general",
        signal: controller.signal,
      }),
      /user cancelled/,
    );
  }
  assert.equal(provider.requests.length, 0);
});

Deno.test("enhancePrompt() rejects a blank prompt", async () => {
  await assert.rejects(
    enhancePrompt("  ", { provider: null }, { category: "general" }),
    {
      name: "TypeError",
      message: "Cannot enhance prompt: the rough prompt is empty",
    },
  );
});

Deno.test("enhancePrompt() sends the token limit, raised to a long prompt's length, and reports a stop there", async () => {
  const limited: CompletionResult = {
    text: "A prompt cut at the limit",
    model: "test-model",
    keyHint: "…abcd",
    finishReason: "length",
  };
  const requests: CompletionRequest[] = [];
  const provider: LlmProvider = {
    complete(request) {
      requests.push(request);
      return Promise.resolve(limited);
    },
  };
  const result = await enhancePrompt(ROUGH, { provider }, {
    category: "general",
    maxTokens: 600,
  });
  assert.deepEqual(result, {
    source: "ai",
    text: "A prompt cut at the limit",
    model: "test-model",
    keyHint: "…abcd",
    finishReason: "length",
    answer: {
      kind: "prompt",
      prompt: "A prompt cut at the limit",
      notes: { assumptions: [], placeholders: [] },
      category: "general",
      target: "chat",
    },
  });
  const long = "describe every step of the migration in detail. ".repeat(40);
  await enhancePrompt(long, { provider }, {
    category: "general",
    maxTokens: 600,
  });
  await enhancePrompt(ROUGH, { provider }, { category: "general" });
  assert.deepEqual(requests.map((r) => r.maxTokens), [
    600,
    long.length,
    1500, // general's own limit
  ]);
});

Deno.test("enhancePrompt() keeps the clarifying questions' own token budget and temperature when the job passes the category's", async () => {
  const requests: CompletionRequest[] = [];
  const provider: LlmProvider = {
    complete(request) {
      requests.push(request);
      const text = "A prompt";
      return Promise.resolve({ text, model: "m", keyHint: "…k" });
    },
  };
  await enhancePrompt("cat", { provider }, {
    category: "image",
    mode: "ask",
    maxTokens: 2500,
    temperature: 1.5,
  });
  await enhancePrompt("cat", { provider }, {
    category: "image",
    maxTokens: 2500,
    temperature: 1.5,
  });
  assert.deepEqual(requests.map((r) => [r.maxTokens, r.temperature]), [
    [700, 0.3],
    [2500, 1.5],
  ]);
});

Deno.test("enhancePrompt() offline writes the notes in the user's language and says when the /settings prompt language could not be followed", async () => {
  const result = await enhancePrompt(
    "write me a python function that parses csv files",
    { provider: null },
    { category: "auto", userLanguage: "ru", answerLanguage: "de" },
  );
  assert.equal(result.source, "offline");
  const answer = result.source === "offline" ? result.answer : undefined;
  assert.ok(answer?.kind === "prompt");
  assert.match(answer.notes.assumptions[0], /^Взята стандартная формулировка/);
  assert.match(answer.translationNote ?? "", /на языке: немецкий\.$/);
});
