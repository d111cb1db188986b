import assert from "node:assert/strict";
import { Composer, Context } from "grammy";
import type { Update } from "grammy/types";
import { DEFAULT_BOT_INFO } from "../fakes/telegram_api.ts";
import { FeatureComposer } from "../../src/telegram/composer.ts";
import { textUpdate } from "../fakes/updates.ts";

const ME = DEFAULT_BOT_INFO;

/** A new, empty composer of one kind or the other. */
type Make = () => Composer<Context>;
const grammy: Make = () => new Composer<Context>();
const ours: Make = () => new FeatureComposer<Context>();

/** What a feature built the usual ways records for `update`, and how it ended. */
async function run(make: Make, update: Update): Promise<string[]> {
  const seen: string[] = [];
  const feature = make();
  const privateChats = feature.chatType("private");
  privateChats.command("help", (ctx) => {
    seen.push(`help:${ctx.match}`);
  });
  privateChats.command("pass", async (_ctx, next) => {
    seen.push("pass");
    await next();
  });
  feature.filter(async (ctx) => {
    await Promise.resolve();
    return ctx.msg?.text === "async";
  }, () => {
    seen.push("async filter");
  });
  feature.branch(
    (ctx) => ctx.msg?.text === "branch",
    [() => {
      seen.push("branch: yes");
    }],
    (_ctx, next) => {
      seen.push("branch: no");
      return next();
    },
  );
  feature.filter((ctx) => {
    if (ctx.msg?.text === "throw") throw new Error("predicate failed");
    return false;
  });
  feature.drop((ctx) => ctx.msg?.text !== "drop", () => {
    seen.push("dropped");
  });
  const text = feature.on("message:text");
  text.use((_ctx, next) => {
    seen.push("text");
    return next();
  });
  // Added to a filter's composer after it was registered: still runs.
  privateChats.command("late", (_ctx, next) => {
    seen.push("late 1");
    return next();
  });
  privateChats.on("message:text").use(() => {
    seen.push("late 2");
  });
  const ctx = new Context(update, {} as never, ME);
  try {
    await feature.middleware()(ctx, () => {
      seen.push("next");
      return Promise.resolve();
    });
    seen.push("done");
  } catch (error) {
    seen.push(`threw: ${(error as Error).message}`);
  }
  return seen;
}

Deno.test("FeatureComposer routes every update as grammY's Composer does", async () => {
  const texts = [
    "/help me",
    "/help@promptsmith_test_bot now",
    "/help@other_bot",
    "/pass",
    "/late",
    "async",
    "branch",
    "throw",
    "drop",
    "plain text",
  ];
  for (const text of texts) {
    for (const chat of ["private", "group"] as const) {
      const update = textUpdate({
        text,
        userId: 42,
        chatType: chat,
        updateId: 1,
      });
      const expected = await run(grammy, update);
      const actual = await run(ours, update);
      assert.deepEqual(actual, expected, `${chat}: ${text}`);
      assert.ok(expected.length > 0);
    }
  }
  // The cases differ from each other: the routes are really taken.
  const help = await run(
    ours,
    textUpdate({ text: "/help", updateId: 1 }),
  );
  assert.deepEqual(help, ["help:", "done"]);
  // In a group the private chat's handlers pass: the throwing filter is reached.
  const thrown = await run(
    ours,
    textUpdate({ text: "throw", chatType: "group", updateId: 1 }),
  );
  assert.deepEqual(thrown, ["branch: no", "threw: predicate failed"]);
});

Deno.test("FeatureComposer's filters return FeatureComposers, so chained filters are cheap too", () => {
  const feature = new FeatureComposer<Context>();
  assert.ok(feature.chatType("private") instanceof FeatureComposer);
  assert.ok(
    feature.chatType("private").command("x") instanceof FeatureComposer,
  );
  assert.ok(feature.use(() => {}) instanceof FeatureComposer);
  assert.ok(feature.on("message") instanceof FeatureComposer);
});

Deno.test("every feature is a FeatureComposer", async () => {
  const dir = new URL("../../src/features/", import.meta.url);
  let features = 0;
  for await (const entry of Deno.readDir(dir)) {
    if (!entry.name.endsWith(".ts")) continue;
    const source = await Deno.readTextFile(new URL(entry.name, dir));
    assert.ok(
      !/new Composer\b/.test(source),
      `${entry.name} builds a grammY Composer: use FeatureComposer`,
    );
    if (source.includes("new FeatureComposer<BotContext>()")) features++;
  }
  assert.ok(features >= 14, `${features} features`);
});

Deno.test("FeatureComposer's next, as grammY's: runs the rest once, a second call fails, a synchronous throw rejects", async () => {
  for (const make of [grammy, ours]) {
    const order: string[] = [];
    const twice = make();
    twice.use(async (_ctx, next) => {
      await next();
      await next();
    });
    twice.use(() => {
      order.push("rest");
    });
    const ctx = new Context(
      textUpdate({ text: "x", updateId: 1 }),
      {} as never,
      ME,
    );
    await assert.rejects(
      Promise.resolve(twice.middleware()(ctx, () => Promise.resolve())),
      /`next` already called before!/,
    );
    assert.deepEqual(order, ["rest"]);
    const throwing = make();
    throwing.use((_ctx, next) => {
      const rest = next();
      assert.ok(rest instanceof Promise, "next() returns a promise");
      return rest;
    });
    throwing.use(() => {
      throw new Error("sync");
    });
    await assert.rejects(
      Promise.resolve(throwing.middleware()(ctx, () => Promise.resolve())),
      /sync/,
    );
    // A middleware that does not call next ends the chain.
    const stop = make();
    stop.use(() => {});
    let reached = false;
    await stop.middleware()(ctx, () => {
      reached = true;
      return Promise.resolve();
    });
    assert.equal(reached, false);
    // An empty composer passes on.
    await make().middleware()(ctx, () => {
      reached = true;
      return Promise.resolve();
    });
    assert.equal(reached, true);
  }
});
