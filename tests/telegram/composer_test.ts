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
  // A feature inside a feature, an empty one, and composers grown after `use`
  // and `branch` returned them: each is walked in place by FeatureComposer.
  const inner = make();
  inner.command("nested", (ctx) => {
    seen.push(`nested:${ctx.match}`);
  });
  inner.use((_ctx, next) => {
    seen.push("nested pass");
    return next();
  });
  feature.use(inner);
  feature.use(make());
  const used = feature.use((_ctx, next) => {
    seen.push("used 1");
    return next();
  });
  used.use((_ctx, next) => {
    seen.push("used 2");
    return next();
  });
  feature.branch(
    (ctx) => ctx.msg?.text === "then",
    (_ctx, next) => {
      seen.push("then: yes");
      return next();
    },
    (_ctx, next) => next(),
  ).use((_ctx, next) => {
    seen.push("after the branch");
    return next();
  });
  // Errors inside a boundary go to its handler; the chain goes on after it.
  feature.errorBoundary((err, next) => {
    seen.push(`caught: ${(err.error as Error).message}`);
    if (err.ctx.msg?.text === "boom, go on") return next();
  }).on("message:text", (ctx, next) => {
    if (ctx.msg.text.startsWith("boom")) throw new Error(ctx.msg.text);
    seen.push("bounded");
    return next();
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
    "/nested deep",
    "then",
    "boom",
    "boom, go on",
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
  // A boundary's handler that calls next lets the chain go on after it.
  const caught = await run(
    ours,
    textUpdate({ text: "boom, go on", chatType: "group", updateId: 1 }),
  );
  assert.deepEqual(caught.slice(-4), [
    "caught: boom, go on",
    "text",
    "next",
    "done",
  ]);
  const nested = await run(
    ours,
    textUpdate({ text: "/nested deep", chatType: "group", updateId: 1 }),
  );
  assert.deepEqual(nested, ["branch: no", "nested:deep", "done"]);
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

Deno.test("FeatureComposer walks thousands of filters that do not match without a frame each", async () => {
  // grammY nests a call per filter; the old FeatureComposer did too, and a
  // thousand filters ran out of stack. A filter that does not match now goes
  // on in the same loop.
  const feature = new FeatureComposer<Context>();
  const asked: number[] = [];
  for (let i = 0; i < 5_000; i++) {
    feature.filter((_ctx): boolean => {
      asked.push(i);
      return false;
    }, () => {
      throw new Error(`filter ${i} ran`);
    });
    feature.command(`c${i}`, () => {
      throw new Error(`command ${i} ran`);
    });
  }
  let reached = 0;
  feature.use(() => {
    reached++;
  });
  const ctx = new Context(
    textUpdate({ text: "/c", updateId: 1 }),
    {} as never,
    ME,
  );
  await feature.middleware()(ctx, () => Promise.resolve());
  assert.equal(reached, 1);
  // Every predicate was asked once, in order.
  assert.equal(asked.length, 5_000);
  assert.ok(asked.every((n, i) => n === i));
});
