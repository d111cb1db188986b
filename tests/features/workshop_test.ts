import assert from "node:assert/strict";
import {
  type CompletionRequest,
  type LlmProvider,
  ProviderError,
} from "../../src/llm/provider.ts";
import {
  callbackUpdate,
  DEFAULT_GROUP_ID,
  textUpdate,
} from "../fakes/updates.ts";
import { LEXICONS } from "../../src/enhance/lexicon.ts";
import { startFakeTelegram } from "../fakes/telegram_api.ts";
import { en, manualClock } from "../support.ts";
import { type FeatureHarness, startFeatureBot } from "./harness.ts";

const USER = 4242;
const OTHER = 4343;

/**
 * A provider that records every request and answers from `reply`, the n-th
 * once `hold(n)` (if given) resolves.
 */
function recording(
  reply: (request: CompletionRequest, n: number) => string,
  hold?: (n: number) => Promise<void> | undefined,
): LlmProvider & { requests: CompletionRequest[] } {
  const provider = {
    requests: [] as CompletionRequest[],
    async complete(request: CompletionRequest) {
      provider.requests.push(request);
      const n = provider.requests.length;
      await hold?.(n);
      return { text: reply(request, n), model: "m", keyHint: "…k" };
    },
  };
  return provider;
}

function userMessage(request: CompletionRequest): string {
  const last = request.messages.findLast((m) => m.role === "user");
  return typeof last?.content === "string" ? last.content : "";
}

type Markup = { inline_keyboard: { text: string; callback_data?: string }[][] };

/** The callback data of the button labelled `label` under `message`. */
function button(message: { reply_markup?: unknown }, label: string): string {
  const rows = (message.reply_markup as Markup | undefined)?.inline_keyboard ??
    [];
  const found = rows.flat().find((b) => b.text === label);
  assert.ok(found?.callback_data, `a "${label}" button`);
  return found.callback_data;
}

/** Tap the button labelled `label` under the bot's newest message to USER. */
async function tapLatest(h: FeatureHarness, label: string): Promise<void> {
  const message = h.tg.messages(USER).at(-1)!;
  await h.send(callbackUpdate({
    data: button(message, label),
    userId: USER,
    chatId: USER,
    messageId: message.message_id,
  }));
}

const IDEA = "a poster for a jazz night in a small club";

Deno.test("✂️ Shorter under an answer: a revision job whose request holds the previous prompt; the answer says v2", async () => {
  const llm = recording((_, n) =>
    n === 1
      ? "<prompt>Design a moody poster for a jazz night at The Blue Room.</prompt>"
      : "<prompt>Moody jazz-night poster, The Blue Room.</prompt>"
  );
  await using h = await startFeatureBot(llm);
  await h.send(textUpdate({ text: IDEA, userId: USER }));
  const answer = h.tg.messages(USER).at(-1)!;
  await h.send(callbackUpdate({
    data: button(answer, "✂️ Shorter"),
    userId: USER,
    chatId: USER,
    messageId: answer.message_id,
  }));
  assert.equal(llm.requests.length, 2);
  const revision = userMessage(llm.requests[1]);
  assert.match(
    revision,
    /<previous_prompt>\nDesign a moody poster for a jazz night at The Blue Room\.\n<\/previous_prompt>/,
  );
  assert.match(revision, /<change_request>\nMake it shorter/);
  assert.match(revision, /<rough_prompt>\na poster for a jazz night/);
  assert.deepEqual(h.shown(USER), [
    "Design a moody poster for a jazz night at The Blue Room.",
    "Moody jazz-night poster, The Blue Room.",
  ]);
  assert.match(h.texts(USER)[1], /v2 \(✂️ shorter\)/);
  const items = await h.deps.history.list(USER);
  assert.deepEqual(items.map((i) => [i.version ?? 1, i.action]), [
    [2, "shorter"],
    [1, undefined],
  ]);
  assert.equal(items[0].rootId, items[1].requestId, "one chain");
});

Deno.test("a reply to an earlier answer revises that answer with the user's words, not a new prompt", async () => {
  const llm = recording((request, n) =>
    n <= 2
      ? `<prompt>PROMPT ${n}</prompt>`
      : `<prompt>REVISED ${
        userMessage(request).includes("PROMPT 1") ? 1 : 2
      }</prompt>`
  );
  await using h = await startFeatureBot(llm);
  await h.send(textUpdate({ text: IDEA, userId: USER }));
  const first = h.tg.messages(USER).at(-1)!;
  await h.send(textUpdate({ text: "a haiku about autumn rain", userId: USER }));
  await h.send(textUpdate({
    text: "make it more formal and add two examples",
    userId: USER,
    replyToBot: { messageId: first.message_id, text: "PROMPT 1" },
  }));
  const revision = userMessage(llm.requests[2]);
  assert.match(revision, /<previous_prompt>\nPROMPT 1\n<\/previous_prompt>/);
  assert.match(
    revision,
    /<change_request>\nmake it more formal and add two examples\n<\/change_request>/,
  );
  assert.equal(h.shown(USER).at(-1), "REVISED 1");
  const latest = (await h.deps.history.list(USER))[0];
  assert.equal(latest.version, 2);
  assert.equal(latest.instruction, "make it more formal and add two examples");
});

Deno.test("a change typed on its own soon after an answer revises that answer, and says how to start a new prompt instead", async () => {
  const llm = recording((request, n) =>
    userMessage(request).includes("<change_request>")
      ? `<prompt>REVISED ${n}</prompt>`
      : `<prompt>PROMPT ${n}</prompt>`
  );
  const clock = manualClock();
  await using h = await startFeatureBot(llm, {}, { clock });
  await h.send(textUpdate({ text: IDEA, userId: USER }));
  clock.advance(60_000);
  await h.send(textUpdate({ text: "make it more formal", userId: USER }));
  assert.equal(llm.requests.length, 2);
  const revision = userMessage(llm.requests[1]);
  assert.match(revision, /<previous_prompt>\nPROMPT 1\n<\/previous_prompt>/);
  assert.match(
    revision,
    /<change_request>\nmake it more formal\n<\/change_request>/,
  );
  assert.ok(h.texts(USER).includes(en("workshop-change-latest")));
  assert.equal(h.shown(USER).at(-1), "REVISED 2");
  const latest = (await h.deps.history.list(USER))[0];
  assert.equal(latest.version, 2);
  assert.equal(latest.instruction, "make it more formal");
  // A new idea is a new prompt, however soon.
  await h.send(
    textUpdate({ text: "Write a haiku about autumn rain", userId: USER }),
  );
  assert.doesNotMatch(userMessage(llm.requests[2]), /<change_request>/);
  assert.equal(h.shown(USER).at(-1), "PROMPT 3");
  // A change long after the last answer is a prompt of its own.
  clock.advance(16 * 60_000);
  await h.send(textUpdate({ text: "shorter", userId: USER }));
  assert.doesNotMatch(userMessage(llm.requests[3]), /<change_request>/);
  // /enhance is always a new prompt.
  clock.advance(1_000);
  await h.send(textUpdate({ text: "/enhance make it funnier", userId: USER }));
  assert.doesNotMatch(userMessage(llm.requests[4]), /<change_request>/);
});

Deno.test("a typed change asking for another kind of prompt rewrites the answer as that kind, with what else it said", async () => {
  const llm = recording((request, n) =>
    userMessage(request).includes("<change_request>")
      ? `<prompt>REVISED ${n}</prompt>`
      : `<prompt>PROMPT ${n}</prompt>`
  );
  await using h = await startFeatureBot(llm);
  await h.send(textUpdate({ text: "a cat on a roof at sunset", userId: USER }));
  await h.send(
    textUpdate({
      text: "make it an image in watercolor style",
      userId: USER,
    }),
  );
  assert.equal(llm.requests.length, 2);
  const revision = userMessage(llm.requests[1]);
  assert.match(revision, /<change_request>\nRewrite it as an image prompt/);
  assert.match(revision, /Also: in watercolor style\n<\/change_request>/);
  assert.ok(h.texts(USER).includes(en("workshop-change-latest")));
  const latest = (await h.deps.history.list(USER))[0];
  assert.equal(latest.category, "image");
  assert.equal(latest.action, "category");
  assert.equal(
    latest.prompt,
    "a cat on a roof at sunset\n\nin watercolor style",
  );
  // Of the kind it already is: a change like any other.
  await h.send(textUpdate({ text: "make it a picture", userId: USER }));
  assert.match(
    userMessage(llm.requests[2]),
    /<change_request>\nmake it a picture\n<\/change_request>/,
  );
  // As a reply to an answer too.
  const picture = h.tg.messages(USER).at(-1)!;
  await h.send(textUpdate({
    text: "turn it into an email",
    userId: USER,
    replyToBot: { messageId: picture.message_id, text: "REVISED 3" },
  }));
  assert.match(
    userMessage(llm.requests[3]),
    /<change_request>\nRewrite it as an email & messages prompt/,
  );
  assert.equal((await h.deps.history.list(USER))[0].category, "email");
});

Deno.test("how a picture looks, typed after a picture's answer, changes it; after a text's answer it is a prompt of its own", async () => {
  const llm = recording((request, n) =>
    userMessage(request).includes("<change_request>")
      ? `<prompt>REVISED ${n}</prompt>`
      : `<prompt>PROMPT ${n}</prompt>`
  );
  await using h = await startFeatureBot(llm);
  await h.send(
    textUpdate({ text: "draw a cozy cabin in the snowy woods", userId: USER }),
  );
  await h.send(textUpdate({ text: "at sunset", userId: USER }));
  assert.match(
    userMessage(llm.requests[1]),
    /<change_request>\nat sunset\n<\/change_request>/,
  );
  await h.send(
    textUpdate({ text: "Write a haiku about autumn rain", userId: USER }),
  );
  await h.send(textUpdate({ text: "close-up", userId: USER }));
  assert.doesNotMatch(userMessage(llm.requests[3]), /<change_request>/);
});

Deno.test("a text's answer turned into a picture shows the text's subject, not its request", async () => {
  await using h = await startFeatureBot(null);
  await h.send(
    textUpdate({ text: "Write a poem about an autumn forest", userId: USER }),
  );
  await h.send(
    textUpdate({
      text: "make it an image in watercolor style",
      userId: USER,
    }),
  );
  const latest = (await h.deps.history.list(USER))[0];
  assert.equal(latest.category, "image");
  assert.equal(latest.prompt, "an autumn forest\n\nin watercolor style");
  assert.match(
    h.shown(USER).at(-1) ?? "",
    /^An autumn forest\. In watercolor style\./,
  );
});

Deno.test("a change typed while a newer prompt is being written, or after an answer shown in a group, is a prompt of its own", async () => {
  let release = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  const llm = recording(
    (_, n) => `<prompt>PROMPT ${n}</prompt>`,
    (n) => (n === 2 ? held : undefined),
  );
  await using h = await startFeatureBot(llm);
  await h.send(textUpdate({ text: IDEA, userId: USER }));
  await h.send(
    textUpdate({ text: "Write a haiku about autumn rain", userId: USER }),
    { waitForJobs: false },
  );
  // The haiku is being written: "make it shorter" may be meant for it.
  await h.send(textUpdate({ text: "make it shorter", userId: USER }), {
    waitForJobs: false,
  });
  assert.ok(!h.texts(USER).includes(en("workshop-change-latest")));
  release();
  assert.ok(await h.deps.jobs.drain(10_000));
  assert.ok(
    llm.requests.every((r) => !userMessage(r).includes("<change_request>")),
    "no revision of the older answer",
  );
  // An answer shown in a group is not changed from the private chat.
  await h.send(textUpdate({
    text: `/enhance ${IDEA}`,
    userId: OTHER,
    chatType: "group",
    chatId: DEFAULT_GROUP_ID,
  }));
  await h.send(textUpdate({ text: "make it shorter", userId: OTHER }));
  assert.ok(!h.texts(OTHER).includes(en("workshop-change-latest")));
  assert.doesNotMatch(userMessage(llm.requests.at(-1)!), /<change_request>/);
});

Deno.test("questions that come while a typed change is being accepted take it as their answer", async () => {
  const llm = recording((request, n) =>
    userMessage(request).includes("<answer>")
      ? `<prompt>ANSWERED ${n}</prompt>`
      : `<prompt>PROMPT ${n}</prompt>`
  );
  // The questions are written between the change's checks and its
  // acceptance (as another instance's prompt would ask them).
  // Its commits: the update's claim, then the acceptance.
  let watching = false;
  let commits = 0;
  let inject = async () => {};
  const questionsMeanwhile = (kv: Deno.Kv): Deno.Kv => {
    const atomic = kv.atomic.bind(kv);
    kv.atomic = () => {
      const op = atomic();
      const commit = op.commit.bind(op);
      op.commit = async () => {
        if (watching && ++commits === 2) {
          watching = false;
          await inject();
        }
        return await commit();
      };
      return op;
    };
    return kv;
  };
  await using h = await startFeatureBot(llm, {}, {
    wrapKv: questionsMeanwhile,
  });
  await h.send(textUpdate({ text: IDEA, userId: USER }));
  inject = async () => {
    await h.deps.sessions.changePending(USER, USER, () => ({
      askId: "asked-meanwhile",
      messageId: 900,
      request: {
        userId: USER,
        chatId: USER,
        prompt: "email",
        category: "auto",
      },
      questions: [{ text: "Who is it for?", options: ["Kids", "Adults"] }],
      answers: [],
      expiresAt: h.deps.clock.now() + 60_000,
    }));
  };
  watching = true;
  await h.send(textUpdate({ text: "make it shorter", userId: USER }));
  const last = userMessage(llm.requests.at(-1)!);
  assert.match(last, /<answer>make it shorter<\/answer>/);
  assert.doesNotMatch(last, /<change_request>/);
});

Deno.test("a change-like text while questions wait answers them, not the last answer", async () => {
  const llm = recording((request, n) =>
    n === 1
      ? "<prompt>PROMPT 1</prompt>"
      : userMessage(request).startsWith("Ask your clarifying questions")
      ? "<analysis>vague</analysis><questions><question><text>What tone?</text><option>Warm</option><option>Dry</option></question></questions>"
      : `<prompt>PROMPT ${n}</prompt>`
  );
  await using h = await startFeatureBot(llm);
  await h.send(textUpdate({ text: IDEA, userId: USER }));
  await h.send(textUpdate({ text: "email", userId: USER }));
  assert.ok(
    await h.deps.sessions.pending(USER, USER, h.deps.clock.now()),
    "questions wait",
  );
  await h.send(textUpdate({ text: "make it funny", userId: USER }));
  const written = userMessage(llm.requests.at(-1)!);
  assert.match(written, /<answer>make it funny<\/answer>/);
  assert.doesNotMatch(written, /<change_request>/);
});

Deno.test("in a group only the asker can use an answer's buttons; a second tap while it runs is a duplicate", async () => {
  // The revision waits until both taps are handled: the second comes while it runs.
  const running = Promise.withResolvers<void>();
  const llm = recording(
    (_, n) => `<prompt>GROUP PROMPT ${n}</prompt>`,
    (n) => n === 2 ? running.promise : undefined,
  );
  await using h = await startFeatureBot(llm);
  await h.send(textUpdate({
    text: `/enhance ${IDEA}`,
    userId: USER,
    chatType: "group",
  }));
  const answer = h.tg.messages(DEFAULT_GROUP_ID).at(-1)!;
  const data = button(answer, "➕ More detail");
  await h.send(callbackUpdate({
    data,
    userId: OTHER,
    chatId: DEFAULT_GROUP_ID,
    messageId: answer.message_id,
  }));
  assert.equal(
    h.tg.callsOf("answerCallbackQuery").at(-1)!.payload.text,
    en("workshop-not-yours"),
  );
  assert.equal(llm.requests.length, 1);
  const tap = (n: number) =>
    h.handle(callbackUpdate({
      data,
      userId: USER,
      chatId: DEFAULT_GROUP_ID,
      messageId: answer.message_id,
      callbackQueryId: `tap-${n}`,
    }));
  await Promise.all([tap(1), tap(2)]);
  running.resolve();
  await h.send(textUpdate({ text: "/help", userId: USER }));
  const toasts = h.tg.callsOf("answerCallbackQuery").slice(-2).map((c) =>
    c.payload.text
  );
  assert.deepEqual(
    toasts.toSorted(),
    [
      en("workshop-already"),
      en("workshop-started"),
    ].toSorted(),
  );
  assert.equal(llm.requests.length, 2, "one revision for two taps");
  assert.equal(h.shown(DEFAULT_GROUP_ID).at(-1), "GROUP PROMPT 2");
});

Deno.test("a button whose answer was deleted says so", async () => {
  await using h = await startFeatureBot(recording(() => "<prompt>P</prompt>"));
  await h.send(textUpdate({ text: IDEA, userId: USER }));
  const answer = h.tg.messages(USER).at(-1)!;
  await h.deps.history.clear(USER);
  await h.send(callbackUpdate({
    data: button(answer, "🔁 Another version"),
    userId: USER,
    chatId: USER,
    messageId: answer.message_id,
  }));
  assert.equal(
    h.tg.callsOf("answerCallbackQuery").at(-1)!.payload.text,
    en("workshop-expired"),
  );
});

Deno.test("🎯 Target… opens the picker in place; picking Claude revises for Claude", async () => {
  const llm = recording((_, n) => `<prompt>P${n}</prompt>`);
  await using h = await startFeatureBot(llm);
  await h.send(
    textUpdate({
      text: "write a cover letter for a barista job",
      userId: USER,
    }),
  );
  let answer = h.tg.messages(USER).at(-1)!;
  await h.send(callbackUpdate({
    data: button(answer, "🎯 Target…"),
    userId: USER,
    chatId: USER,
    messageId: answer.message_id,
  }));
  answer = h.tg.messages(USER).at(-1)!;
  await h.send(callbackUpdate({
    data: button(answer, "🟠 Claude"),
    userId: USER,
    chatId: USER,
    messageId: answer.message_id,
  }));
  assert.equal(llm.requests.length, 2);
  const system = llm.requests[1].messages[0].content as string;
  assert.match(system, /Claude/);
  assert.match(userMessage(llm.requests[1]), /Rewrite it for Claude/);
  assert.equal((await h.deps.history.list(USER))[0].target, "claude");
});

Deno.test("picking the target or category an answer already has (✓) only says so: no revision, no job, the main buttons back", async () => {
  const llm = recording((_, n) => `<prompt>P${n}</prompt>`);
  await using h = await startFeatureBot(llm);
  await h.send(textUpdate({ text: "a logo for my bakery", userId: USER }));
  const before = await h.deps.history.list(USER);
  for (
    const [picker, said] of [
      ["🎯 Target…", "workshop-target-current"],
      ["🗂 Category…", "workshop-category-current"],
    ] as const
  ) {
    const main = h.tg.messages(USER).at(-1)!;
    if (picker === "🗂 Category…") await tapLatest(h, "More…");
    await tapLatest(h, picker);
    const rows = (h.tg.messages(USER).at(-1)!.reply_markup as Markup)
      .inline_keyboard.flat();
    const current = rows.find((b) => b.text.startsWith("✓ "));
    assert.ok(current, `a marked choice under ${picker}`);
    await tapLatest(h, current.text);
    assert.equal(
      h.tg.callsOf("answerCallbackQuery").at(-1)!.payload.text,
      en(said),
    );
    assert.deepEqual(
      h.tg.messages(USER).at(-1)!.reply_markup,
      main.reply_markup,
      "the main buttons again",
    );
  }
  assert.equal(llm.requests.length, 1, "no revision asked of the AI");
  assert.equal(h.tg.messages(USER).length, 1, "no new version");
  assert.deepEqual(await h.deps.history.list(USER), before);
});

Deno.test("a vague idea gets clarifying questions; a tap and a typed answer, then the prompt is written with both", async () => {
  const llm = recording((request) => {
    const text = userMessage(request);
    if (text.startsWith("Ask your clarifying questions")) {
      return "<analysis>vague</analysis><questions><question><text>What style?</text><option>Photo</option><option>Watercolor</option></question><question><text>Who is it for?</text><option>Kids</option><option>Adults</option></question></questions>";
    }
    return "<prompt>A watercolor cat for a teenager's room.</prompt>";
  });
  await using h = await startFeatureBot(llm);
  await h.send(textUpdate({ text: "cat", userId: USER }));
  const questions = h.tg.messages(USER).at(-1)!;
  assert.match(h.texts(USER).at(-1)!, /What style\?/);
  await h.send(callbackUpdate({
    data: button(questions, "Watercolor"),
    userId: USER,
    chatId: USER,
    messageId: questions.message_id,
  }));
  assert.match(
    h.texts(USER).at(-1)!,
    /Who is it for\?/,
    "the next question, in place",
  );
  await h.send(textUpdate({ text: "a teenager", userId: USER }));
  assert.equal(llm.requests.length, 2);
  const written = userMessage(llm.requests[1]);
  assert.match(
    written,
    /<question>What style\?<\/question>\n<answer>Watercolor<\/answer>/,
  );
  assert.match(
    written,
    /<question>Who is it for\?<\/question>\n<answer>a teenager<\/answer>/,
  );
  assert.equal(h.shown(USER).at(-1), "A watercolor cat for a teenager's room.");
  assert.equal(await h.deps.history.count(USER), 1);
  // Answered: a new text is a new prompt again.
  await h.send(textUpdate({ text: "a poster for a jazz night", userId: USER }));
  assert.equal(llm.requests.length, 3);
});

Deno.test("offline, a vague idea gets the offline questions; ⏭ Skip writes the prompt at once", async () => {
  await using h = await startFeatureBot(null);
  await h.send(textUpdate({ text: "cat", userId: USER }));
  const questions = h.tg.messages(USER).at(-1)!;
  await h.send(callbackUpdate({
    data: button(questions, en("questions-skip-all")),
    userId: USER,
    chatId: USER,
    messageId: questions.message_id,
  }));
  assert.equal(await h.deps.history.count(USER), 1);
  assert.match(h.texts(USER).at(-1)!, /⚡ offline/);
  const again = h.tg.callsOf("answerCallbackQuery").length;
  await h.send(callbackUpdate({
    data: button(questions, en("questions-skip-all")),
    userId: USER,
    chatId: USER,
    messageId: questions.message_id,
    callbackQueryId: "late",
  }));
  assert.equal(h.tg.callsOf("answerCallbackQuery").length, again + 1);
  assert.equal(
    h.tg.callsOf("answerCallbackQuery").at(-1)!.payload.text,
    en("questions-expired"),
  );
});

Deno.test("offline, ✂️ Shorter and ➕ More detail apply the change to the prompt instead of appending an instruction", async () => {
  await using h = await startFeatureBot(null);
  await h.send(textUpdate({
    text: "write a python script that renames photos by date",
    userId: USER,
  }));
  await tapLatest(h, "✂️ Shorter");
  await tapLatest(h, "➕ More detail");
  const [first, short, detailed] = h.shown(USER);
  assert.match(first, /^You are a senior software engineer/);
  assert.equal(
    short,
    "Task: Write a python script that renames photos by date.\n\nLanguage and stack: Python",
  );
  assert.match(
    detailed,
    /^Success criteria: \[what a good answer must achieve\]$/m,
  );
  for (const text of [short, detailed]) {
    assert.doesNotMatch(text, /Change requested|Make it shorter|Add more/);
  }
  assert.match(h.texts(USER)[2], /v3 \(➕ more detail\)/);
  const items = await h.deps.history.list(USER);
  assert.deepEqual(items.map((i) => [i.version ?? 1, i.source]), [
    [3, "offline"],
    [2, "offline"],
    [1, "offline"],
  ]);
});

Deno.test("offline, ❓ Ask me first asks the category's questions once, then writes the prompt with the answers", async () => {
  await using h = await startFeatureBot(null);
  await h.send(textUpdate({
    text: "write a python script that renames photos by date",
    userId: USER,
  }));
  await tapLatest(h, "More…");
  await tapLatest(h, "❓ Ask me first");
  for (let i = 0; i < 2; i++) {
    const question = h.tg.messages(USER).at(-1)!;
    assert.match(question.text ?? "", /A quick question/);
    await tapLatest(h, i === 0 ? "Write new code" : "Python");
  }
  const last = h.tg.messages(USER).at(-1)!;
  assert.doesNotMatch(last.text ?? "", /A quick question/);
  assert.match(h.texts(USER).at(-1)!, /v2 \(❓ after questions\)/);
  assert.match(h.shown(USER).at(-1)!, /Language and stack: Python/);
  assert.equal(await h.deps.history.count(USER), 2);
});

Deno.test("when the AI is down, ✂️ Shorter of an AI answer keeps the AI's prompt with a note, never the offline template or an appended instruction", async () => {
  let down = false;
  const llm = recording(() => {
    if (down) throw new ProviderError("unavailable", "down for the test");
    return "<prompt>An AI-written poster prompt with a lot of words.</prompt>";
  });
  await using h = await startFeatureBot(llm);
  await h.send(textUpdate({ text: IDEA, userId: USER }));
  down = true;
  await tapLatest(h, "✂️ Shorter");
  const [, offline] = h.shown(USER);
  assert.equal(
    offline,
    "An AI-written poster prompt with a lot of words.",
  );
  assert.match(h.texts(USER)[1], /⚡ offline · v2 \(✂️ shorter\)/);
  assert.ok(h.texts(USER)[1].includes(LEXICONS.en.notes.unchanged));
  // The button is applied by the AI once it is back.
  button(h.tg.messages(USER).at(-1)!, en("retry-button"));
});

Deno.test("/history shows a chain's newest version, and 🗂 Versions opens the earlier ones", async () => {
  const llm = recording((_, n) => `<prompt>VERSION ${n}</prompt>`);
  await using h = await startFeatureBot(llm);
  await h.send(textUpdate({ text: IDEA, userId: USER }));
  const answer = h.tg.messages(USER).at(-1)!;
  await h.send(callbackUpdate({
    data: button(answer, "🔁 Another version"),
    userId: USER,
    chatId: USER,
    messageId: answer.message_id,
  }));
  await h.send(textUpdate({ text: "/history", userId: USER }));
  const list = h.texts(USER).at(-1)!;
  assert.match(list, /VERSION 2/);
  assert.ok(!list.includes("VERSION 1"), "the older version is folded in");
  assert.match(list, /🗂 2 versions/);
  const listed = h.tg.messages(USER).at(-1)!;
  await h.send(callbackUpdate({
    data: button(listed, "1"),
    userId: USER,
    chatId: USER,
    messageId: listed.message_id,
  }));
  const opened = h.tg.messages(USER).at(-1)!;
  assert.equal(h.shown(USER).at(-1), "VERSION 2");
  await h.send(callbackUpdate({
    data: button(opened, en("history-versions", { count: 2 })),
    userId: USER,
    chatId: USER,
    messageId: opened.message_id,
  }));
  const versions = h.tg.messages(USER).at(-1)!;
  const v1 = en("history-version-line", {
    version: 1,
    what: en("history-original"),
  });
  await h.send(callbackUpdate({
    data: button(versions, v1),
    userId: USER,
    chatId: USER,
    messageId: versions.message_id,
  }));
  assert.equal(h.shown(USER).at(-1), "VERSION 1");
  // A reply to the reopened v1 revises v1.
  await h.send(textUpdate({
    text: "in Spanish",
    userId: USER,
    replyToBot: { messageId: h.tg.messages(USER).at(-1)!.message_id },
  }));
  assert.match(
    userMessage(llm.requests.at(-1)!),
    /<previous_prompt>\nVERSION 1\n/,
  );
  assert.equal((await h.deps.history.list(USER))[0].version, 3);
});

/** Asks one question ("Who is it for?") of any idea, then writes "PROMPT n" (n: the request's number). */
function askingOnce() {
  return recording((request, n) =>
    userMessage(request).startsWith("Ask your clarifying questions")
      ? "<analysis>vague</analysis><questions><question><text>Who is it for?</text><option>Kids</option><option>Adults</option></question></questions>"
      : `<prompt>PROMPT ${n}</prompt>`
  );
}

const NEW_IDEA = "Write a haiku about autumn rain on a tin roof";

Deno.test("a text that reads like a new idea while questions wait is not taken as the answer: the user is asked, and ✨ A new idea writes it as a prompt and sets the questions aside", async () => {
  const llm = askingOnce();
  await using h = await startFeatureBot(llm);
  await h.send(textUpdate({ text: "email", userId: USER }));
  const questions = h.tg.messages(USER).at(-1)!;
  await h.send(textUpdate({ text: NEW_IDEA, userId: USER, messageId: 60 }));
  assert.equal(llm.requests.length, 1, "no prompt written yet");
  const which = h.tg.messages(USER).at(-1)!;
  assert.equal(
    h.texts(USER).at(-1),
    en("questions-typed-which", { question: "Who is it for?" }),
  );
  assert.equal(
    (which as { reply_to_message?: { message_id: number } }).reply_to_message
      ?.message_id,
    60,
    "it replies to the text it asks about",
  );
  const kept = await h.deps.sessions.pending(USER, USER, h.deps.clock.now());
  assert.equal(kept?.typed?.text, NEW_IDEA, "the text is kept meanwhile");
  assert.deepEqual(kept?.answers, []);

  await tapLatest(h, en("questions-typed-idea"));
  assert.equal(llm.requests.length, 2);
  assert.match(
    userMessage(llm.requests[1]),
    /<rough_prompt>\nWrite a haiku about autumn rain on a tin roof\n<\/rough_prompt>/,
  );
  assert.doesNotMatch(userMessage(llm.requests[1]), /<answer>/);
  assert.equal(h.shown(USER).at(-1), "PROMPT 2");
  assert.equal(
    await h.deps.sessions.pending(USER, USER, h.deps.clock.now()),
    null,
  );
  const texts = h.texts(USER);
  const at = (id: number) =>
    texts[h.tg.messages(USER).findIndex((m) => m.message_id === id)];
  assert.equal(at(questions.message_id), en("questions-set-aside"));
  assert.equal(at(which.message_id), en("questions-typed-as-idea"));
  // Its buttons are gone; an old tap of them is told the choice is over.
  assert.equal(
    (h.tg.messages(USER).find((m) => m.message_id === which.message_id) as {
      reply_markup?: unknown;
    }).reply_markup,
    undefined,
  );
  await h.send(callbackUpdate({
    data: button(which, en("questions-typed-idea")),
    userId: USER,
    chatId: USER,
    messageId: which.message_id,
    callbackQueryId: "again",
  }));
  assert.equal(llm.requests.length, 2, "a second tap writes nothing");
  assert.equal(
    h.tg.callsOf("answerCallbackQuery").at(-1)!.payload.text,
    en("questions-expired"),
  );
  // The questions are gone: the next text is a prompt again.
  await h.send(textUpdate({ text: "a poster for a jazz night", userId: USER }));
  assert.equal(llm.requests.length, 3);
});

Deno.test("✍️ My answer takes the kept text as the answer and writes the prompt with it", async () => {
  const llm = askingOnce();
  await using h = await startFeatureBot(llm);
  await h.send(textUpdate({ text: "email", userId: USER }));
  await h.send(textUpdate({ text: NEW_IDEA, userId: USER }));
  await tapLatest(h, en("questions-typed-answer"));
  assert.equal(llm.requests.length, 2);
  assert.match(
    userMessage(llm.requests[1]),
    /<question>Who is it for\?<\/question>\n<answer>Write a haiku about autumn rain on a tin roof<\/answer>/,
  );
  assert.ok(h.texts(USER).includes(en("questions-typed-as-answer")));
  assert.equal(h.shown(USER).at(-1), "PROMPT 2");
});

Deno.test("a short answer, or any reply to the questions' message, is the answer at once", async () => {
  const llm = askingOnce();
  await using h = await startFeatureBot(llm);
  await h.send(textUpdate({ text: "email", userId: USER }));
  const questions = h.tg.messages(USER).at(-1)!;
  await h.send(textUpdate({
    text: NEW_IDEA,
    userId: USER,
    replyToBot: { messageId: questions.message_id },
  }));
  assert.equal(llm.requests.length, 2);
  assert.match(userMessage(llm.requests[1]), /<answer>Write a haiku/);
  await h.send(textUpdate({ text: "email", userId: USER }));
  await h.send(textUpdate({ text: "my landlord", userId: USER }));
  assert.equal(llm.requests.length, 4);
  assert.match(userMessage(llm.requests[3]), /<answer>my landlord<\/answer>/);
});

Deno.test("a second text that reads like a new idea takes the first one's place; the first one's buttons go", async () => {
  const llm = askingOnce();
  await using h = await startFeatureBot(llm);
  await h.send(textUpdate({ text: "email", userId: USER }));
  await h.send(textUpdate({ text: NEW_IDEA, userId: USER }));
  const first = h.tg.messages(USER).at(-1)!;
  await h.send(textUpdate({
    text: "Write a limerick about a cat who owns a bakery",
    userId: USER,
  }));
  const shown = h.tg.messages(USER).find((m) =>
    m.message_id === first.message_id
  ) as { reply_markup?: Markup; text?: string };
  assert.equal(
    shown.reply_markup,
    undefined,
    "the first choice has no buttons",
  );
  assert.equal(shown.text, en("questions-typed-replaced"));
  await h.send(callbackUpdate({
    data: button(first, en("questions-typed-idea")),
    userId: USER,
    chatId: USER,
    messageId: first.message_id,
  }));
  assert.equal(llm.requests.length, 1, "the stale choice starts nothing");
  await tapLatest(h, en("questions-typed-idea"));
  assert.equal(llm.requests.length, 2);
  assert.match(userMessage(llm.requests[1]), /limerick about a cat/);
});

Deno.test("a typed answer to the question while the choice waits drops the kept text and the choice's buttons", async () => {
  const llm = askingOnce();
  await using h = await startFeatureBot(llm);
  await h.send(textUpdate({ text: "email", userId: USER }));
  const questions = h.tg.messages(USER).at(-1)!;
  await h.send(textUpdate({ text: NEW_IDEA, userId: USER }));
  const which = h.tg.messages(USER).at(-1)!;
  await h.send(callbackUpdate({
    data: button(questions, "Adults"),
    userId: USER,
    chatId: USER,
    messageId: questions.message_id,
  }));
  assert.equal(llm.requests.length, 2);
  assert.match(userMessage(llm.requests[1]), /<answer>Adults<\/answer>/);
  const shown = h.tg.messages(USER).find((m) =>
    m.message_id === which.message_id
  ) as { reply_markup?: Markup; text?: string };
  assert.equal(shown.reply_markup, undefined);
  assert.equal(shown.text, en("questions-typed-unused"));
});

Deno.test("limited, ✨ A new idea says so and keeps the text, which can still be the answer", async () => {
  const llm = askingOnce();
  await using h = await startFeatureBot(llm, { RATE_LIMIT_PER_MINUTE: "1" });
  await h.send(textUpdate({ text: "email", userId: USER }));
  await h.send(textUpdate({ text: NEW_IDEA, userId: USER }));
  await tapLatest(h, en("questions-typed-idea"));
  assert.equal(llm.requests.length, 1, "nothing written");
  const toasted = h.tg.callsOf("answerCallbackQuery").at(-1)!.payload;
  assert.equal(toasted.show_alert, true);
  assert.match(String(toasted.text), /\d/);
  const kept = await h.deps.sessions.pending(USER, USER, h.deps.clock.now());
  assert.equal(kept?.typed?.text, NEW_IDEA);
  // The questions were counted when asked: the text as their answer is free.
  await tapLatest(h, en("questions-typed-answer"));
  assert.equal(llm.requests.length, 2);
  assert.match(userMessage(llm.requests[1]), /<answer>Write a haiku/);
});

Deno.test("in a group, only the asker decides what their text was", async () => {
  const llm = askingOnce();
  await using h = await startFeatureBot(llm);
  const mention = `@${h.tg.botInfo.username}`;
  await h.send(textUpdate({
    text: `${mention} email`,
    userId: USER,
    chatId: DEFAULT_GROUP_ID,
  }));
  await h.send(textUpdate({
    text: `${mention} ${NEW_IDEA}`,
    userId: USER,
    chatId: DEFAULT_GROUP_ID,
    messageId: 71,
  }));
  const which = h.tg.messages(DEFAULT_GROUP_ID).at(-1)!;
  await h.send(callbackUpdate({
    data: button(which, en("questions-typed-idea")),
    userId: OTHER,
    chatId: DEFAULT_GROUP_ID,
    messageId: which.message_id,
  }));
  assert.equal(llm.requests.length, 1);
  assert.equal(
    h.tg.callsOf("answerCallbackQuery").at(-1)!.payload.text,
    en("questions-not-yours"),
  );
  await h.send(callbackUpdate({
    data: button(which, en("questions-typed-idea")),
    userId: USER,
    chatId: DEFAULT_GROUP_ID,
    messageId: which.message_id,
  }));
  assert.equal(llm.requests.length, 2);
  assert.match(userMessage(llm.requests[1]), /Write a haiku/);
  // The new prompt's answer replies to the message that held the idea.
  const answer = h.tg.messages(DEFAULT_GROUP_ID).at(-1) as {
    reply_to_message?: { message_id: number };
  };
  assert.equal(h.shown(DEFAULT_GROUP_ID).at(-1), "PROMPT 2");
  assert.equal(answer.reply_to_message?.message_id, 71);
});

Deno.test("the two buttons cannot both take the text: whichever is tapped first has it, the other is told the questions are gone", async () => {
  for (const [first, second] of [["answer", "idea"], ["idea", "answer"]]) {
    const llm = askingOnce();
    await using h = await startFeatureBot(llm);
    await h.send(textUpdate({ text: "email", userId: USER }));
    await h.send(textUpdate({ text: NEW_IDEA, userId: USER }));
    const which = h.tg.messages(USER).at(-1)!;
    const tap = (as: string) =>
      h.send(callbackUpdate({
        data: button(which, en(`questions-typed-${as}`)),
        userId: USER,
        chatId: USER,
        messageId: which.message_id,
        callbackQueryId: as,
      }));
    await tap(first);
    await tap(second);
    assert.equal(llm.requests.length, 2, `${first} first: one prompt written`);
    const written = userMessage(llm.requests[1]);
    if (first === "answer") assert.match(written, /<answer>Write a haiku/);
    else assert.ok(!written.includes("<answer>"), written);
    assert.equal(
      h.tg.callsOf("answerCallbackQuery").at(-1)!.payload.text,
      en("questions-expired"),
    );
    assert.equal(
      await h.deps.sessions.pending(USER, USER, h.deps.clock.now()),
      null,
    );
  }
});

Deno.test("✨ A new idea whose text was taken as the answer between its read and its commit (another instance) starts no job", async () => {
  const llm = askingOnce();
  await using h = await startFeatureBot(llm);
  await h.send(textUpdate({ text: "email", userId: USER }));
  await h.send(textUpdate({ text: NEW_IDEA, userId: USER }));
  const which = h.tg.messages(USER).at(-1)!;
  const jobs = h.deps.jobs;
  const accept = jobs.accept.bind(jobs);
  let accepted = 0;
  jobs.accept = async (...args: Parameters<typeof accept>) => {
    // "✍️ My answer" on another instance records the text meanwhile.
    await h.deps.sessions.changePending(USER, USER, (current) => {
      const { typed: _, ...rest } = current!;
      return { ...rest, answers: ["Adults"] };
    });
    const outcome = await accept(...args);
    if (outcome.ok) accepted++;
    return outcome;
  };
  await h.send(callbackUpdate({
    data: button(which, en("questions-typed-idea")),
    userId: USER,
    chatId: USER,
    messageId: which.message_id,
  }));
  assert.equal(accepted, 0, "no job for the idea");
  assert.equal(llm.requests.length, 1);
  assert.equal(
    h.tg.callsOf("answerCallbackQuery").at(-1)!.payload.text,
    en("workshop-already"),
  );
  const pending = await h.deps.sessions.pending(USER, USER, h.deps.clock.now());
  assert.deepEqual(pending?.answers, ["Adults"], "the answer stands");
});

Deno.test("✨ A new idea tapped twice starts one job; the second tap finds the questions gone", async () => {
  let release = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  const llm = recording(
    (request, n) =>
      userMessage(request).startsWith("Ask your clarifying questions")
        ? "<analysis>vague</analysis><questions><question><text>Who is it for?</text><option>Kids</option><option>Adults</option></question></questions>"
        : `<prompt>PROMPT ${n}</prompt>`,
    (n) => (n === 2 ? held : undefined),
  );
  await using h = await startFeatureBot(llm);
  await h.send(textUpdate({ text: "email", userId: USER }));
  await h.send(textUpdate({ text: NEW_IDEA, userId: USER }));
  const which = h.tg.messages(USER).at(-1)!;
  const tap = (id: string) =>
    callbackUpdate({
      data: button(which, en("questions-typed-idea")),
      userId: USER,
      chatId: USER,
      messageId: which.message_id,
      callbackQueryId: id,
    });
  await h.send(tap("first"), { waitForJobs: false });
  assert.equal(
    await h.deps.sessions.pending(USER, USER, h.deps.clock.now()),
    null,
    "the job's commit set the questions aside",
  );
  await h.send(tap("second"), { waitForJobs: false });
  assert.equal(
    h.tg.callsOf("answerCallbackQuery").at(-1)!.payload.text,
    en("questions-expired"),
  );
  release();
  assert.ok(await h.deps.jobs.drain(10_000));
  assert.equal(llm.requests.length, 2, "one job for the idea");
  assert.equal(h.shown(USER).at(-1), "PROMPT 2");
});

Deno.test("every answer recorded but the prompt never accepted (its instance stopped): the next tap on the questions writes it, once", async () => {
  for (const label of ["Adults", en("questions-skip-all")]) {
    const llm = askingOnce();
    await using h = await startFeatureBot(llm);
    await h.send(textUpdate({ text: "email", userId: USER }));
    const questions = h.tg.messages(USER).at(-1)!;
    // The last answer's commit landed; the instance stopped before the job.
    await h.deps.sessions.changePending(
      USER,
      USER,
      (current) => ({ ...current!, answers: ["Kids"] }),
    );
    const tap = (id: string) =>
      h.send(callbackUpdate({
        data: button(questions, label),
        userId: USER,
        chatId: USER,
        messageId: questions.message_id,
        callbackQueryId: id,
      }));
    await tap("first");
    await tap("again");
    assert.equal(llm.requests.length, 2, `${label}: written once`);
    assert.match(userMessage(llm.requests[1]), /<answer>Kids<\/answer>/);
    assert.equal(h.shown(USER).at(-1), "PROMPT 2");
    assert.equal(
      await h.deps.sessions.pending(USER, USER, h.deps.clock.now()),
      null,
    );
  }
});

Deno.test("✍️ My answer as the last answer while the queue is full: the answer is taken back, the text kept, the buttons work later", async () => {
  let release = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  const llm = recording(
    (request, n) =>
      userMessage(request).startsWith("Ask your clarifying questions")
        ? "<analysis>vague</analysis><questions><question><text>Who is it for?</text><option>Kids</option><option>Adults</option></question></questions>"
        : `<prompt>PROMPT ${n}</prompt>`,
    (n) => (n === 2 ? held : undefined),
  );
  await using h = await startFeatureBot(llm, { QUEUE_MAX: "0" });
  await h.send(textUpdate({ text: "email", userId: USER }));
  await h.send(textUpdate({ text: NEW_IDEA, userId: USER }));
  const which = h.tg.messages(USER).at(-1)!;
  // Another prompt runs meanwhile: nothing may wait behind it.
  await h.send(
    textUpdate({ text: "/enhance a tagline for a bakery", userId: USER }),
    { waitForJobs: false },
  );
  const tapAnswer = (id: string) =>
    callbackUpdate({
      data: button(which, en("questions-typed-answer")),
      userId: USER,
      chatId: USER,
      messageId: which.message_id,
      callbackQueryId: id,
    });
  await h.send(tapAnswer("busy"), { waitForJobs: false });
  assert.ok(h.texts(USER).includes(en("enhance-busy")));
  assert.ok(!h.texts(USER).includes(en("questions-typed-as-answer")));
  const kept = await h.deps.sessions.pending(USER, USER, h.deps.clock.now());
  assert.deepEqual(kept?.answers, []);
  assert.equal(kept?.typed?.text, NEW_IDEA);
  release();
  assert.ok(await h.deps.jobs.drain(10_000));
  await h.send(tapAnswer("later"));
  assert.equal(llm.requests.length, 3);
  assert.match(userMessage(llm.requests[2]), /<answer>Write a haiku/);
});

Deno.test("a text in the moment after the last answer, before the questions go, is a new prompt, not an answer to nothing", async () => {
  const llm = askingOnce();
  await using h = await startFeatureBot(llm);
  await h.send(textUpdate({ text: "email", userId: USER }));
  // Every question answered; the questions not dropped yet.
  await h.deps.sessions.changePending(
    USER,
    USER,
    (current) => ({ ...current!, answers: ["Adults"] }),
  );
  await h.send(textUpdate({ text: NEW_IDEA, userId: USER }));
  assert.equal(llm.requests.length, 2);
  assert.match(
    userMessage(llm.requests[1]),
    /<rough_prompt>\nWrite a haiku about autumn rain on a tin roof\n<\/rough_prompt>/,
  );
});

Deno.test("the last answer tapped on two instances at once while the queue is full: taken back once, the answers before it kept", async () => {
  const TWO_QUESTIONS =
    "<analysis>vague</analysis><questions><question><text>Who is it for?</text><option>Kids</option><option>Adults</option></question><question><text>What tone?</text><option>Warm</option><option>Dry</option></question></questions>";
  let release = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  const llm = recording(
    (request, n) =>
      userMessage(request).startsWith("Ask your clarifying questions")
        ? TWO_QUESTIONS
        : `<prompt>PROMPT ${n}</prompt>`,
    (n) => (n === 2 ? held : undefined),
  );
  // Instance a stops before its commit that takes the last answer back,
  // until instance b has handled the same tap.
  let watching = false;
  let accepting = false;
  let paused = () => {};
  const pausedAt = new Promise<void>((resolve) => (paused = resolve));
  let resume = () => {};
  const resumed = new Promise<void>((resolve) => (resume = resolve));
  const pauseAfterAcceptance = (kv: Deno.Kv): Deno.Kv => {
    const atomic = kv.atomic.bind(kv);
    kv.atomic = () => {
      const op = atomic();
      const commit = op.commit.bind(op);
      op.commit = async () => {
        if (watching && accepting) {
          watching = false;
          paused();
          await resumed;
        }
        return await commit();
      };
      return op;
    };
    const getMany = kv.getMany.bind(kv);
    kv.getMany = ((
      keys: Deno.KvKey[],
      options?: { consistency?: Deno.KvConsistencyLevel },
    ) => {
      if (watching && keys.some((key) => key[0] === "user_jobs")) {
        accepting = true;
      }
      return getMany(keys, options);
    }) as typeof kv.getMany;
    return kv;
  };
  const dir = await Deno.makeTempDir();
  const tg = startFakeTelegram();
  try {
    const kvPath = `${dir}/kv.sqlite3`;
    await using a = await startFeatureBot(llm, { QUEUE_MAX: "0" }, {
      tg,
      kvPath,
      instanceId: "a",
      wrapKv: pauseAfterAcceptance,
    });
    await using b = await startFeatureBot(llm, { QUEUE_MAX: "0" }, {
      tg,
      kvPath,
      instanceId: "b",
    });
    await a.send(textUpdate({ text: "email", userId: USER }));
    const questions = tg.messages(USER).at(-1)!;
    const tap = (
      h: FeatureHarness,
      message: { reply_markup?: unknown },
      label: string,
      id: string,
    ) =>
      h.send(
        callbackUpdate({
          data: button(message, label),
          userId: USER,
          chatId: USER,
          messageId: questions.message_id,
          callbackQueryId: id,
        }),
        { waitForJobs: false },
      );
    await tap(a, questions, "Kids", "kids");
    const second = tg.messages(USER).find((m) =>
      m.message_id === questions.message_id
    )!;
    // Another prompt runs meanwhile: nothing may wait behind it.
    await a.send(
      textUpdate({ text: "/enhance a tagline for a bakery", userId: USER }),
      { waitForJobs: false },
    );
    watching = true;
    const onA = tap(a, second, "Warm", "warm-a");
    await pausedAt;
    await tap(b, second, "Warm", "warm-b");
    resume();
    await onA;
    const pending = await b.deps.sessions.pending(
      USER,
      USER,
      b.deps.clock.now(),
    );
    assert.deepEqual(pending?.answers, ["Kids"], "only the last answer went");
    release();
    assert.ok(await a.deps.jobs.drain(10_000));
    assert.equal(
      llm.requests.length,
      2,
      "no prompt written from the questions",
    );
  } finally {
    await tg.close();
    await Deno.remove(dir, { recursive: true });
  }
});
