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
  // Errors inside a boundary go to its handler; the chain goes on after it
  // only if the handler calls next.
  feature.errorBoundary((err, next) => {
    seen.push(`caught: ${(err.error as Error).message}`);
    if (err.ctx.msg?.text === "boom, go on") return next();
  }).on("message:text", async (ctx, next) => {
    if (ctx.msg.text.startsWith("boom")) throw new Error(ctx.msg.text);
    seen.push("bounded");
    await next();
    // Thrown after calling the boundary's next: still inside the boundary, so
    // caught, and the chain goes on only if the handler calls next again.
    if (ctx.msg.text === "next, then throw") throw new Error("after next");
  });
  // A predicate that rejects fails the update.
  feature.filter(async (ctx) => {
    await Promise.resolve();
    if (ctx.msg?.text === "reject") throw new Error("async predicate failed");
    return false;
  });
  const text = feature.on("message:text");
  text.use((_ctx, next) => {
    seen.push("text");
    return next();
  });
  // Thrown after the boundary's next: out of the boundary, the update fails.
  feature.use((ctx, next) => {
    if (ctx.msg?.text === "late boom") throw new Error("late boom");
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
    "next, then throw",
    "reject",
    "late boom",
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
  // Each of these routes ends as it should (and as grammY's does).
  const group = (text: string) =>
    run(ours, textUpdate({ text, chatType: "group", updateId: 1 }));
  assert.deepEqual((await group("late boom")).slice(-3), [
    "bounded",
    "text",
    "threw: late boom",
  ]);
  // The boundary's handler did not call next: nothing after it runs.
  assert.deepEqual((await group("next, then throw")).slice(-3), [
    "bounded",
    "caught: after next",
    "done",
  ]);
  assert.deepEqual((await group("reject")).slice(-2), [
    "bounded",
    "threw: async predicate failed",
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
    // The same from the last middleware of a feature inside a feature.
    const outer = make();
    const inner = make();
    inner.use((_ctx, next) => next());
    inner.use(async (_ctx, next) => {
      await next();
      await next();
    });
    outer.use(inner);
    outer.use(() => {
      order.push("after the inner one");
    });
    await assert.rejects(
      Promise.resolve(outer.middleware()(ctx, () => Promise.resolve())),
      /`next` already called before!/,
    );
    assert.deepEqual(order, ["rest", "after the inner one"]);
    const throwing = make();
    throwing.use((_ctx, next) => {
      let rest: Promise<void>;
      try {
        rest = next();
      } catch {
        throw new Error("next() threw instead of rejecting");
      }
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

Deno.test("FeatureComposer calls a predicate as grammY does, guards the last next, and fails an update on a composer that holds itself", async () => {
  const ctx = new Context(
    textUpdate({ text: "x", updateId: 1 }),
    {} as never,
    ME,
  );
  for (const make of [grammy, ours]) {
    const seen: unknown[] = [];
    const feature = make();
    feature.filter(function (this: unknown) {
      seen.push(this);
      return false;
    });
    await feature.middleware()(ctx, () => Promise.resolve());
    assert.deepEqual(seen, [undefined]);
  }
  // The last middleware's next is guarded too (grammY calls the outer next twice).
  const last = new FeatureComposer<Context>();
  last.use(async (_ctx, next) => {
    await next();
    await next();
  });
  let outerCalls = 0;
  await assert.rejects(
    Promise.resolve(
      last.middleware()(ctx, () => {
        outerCalls++;
        return Promise.resolve();
      }),
    ),
    /`next` already called before!/,
  );
  assert.equal(outerCalls, 1);
  // grammY runs out of stack; this one says why instead of looping forever.
  const self = new FeatureComposer<Context>();
  self.use(self);
  await assert.rejects(
    Promise.resolve(self.middleware()(ctx, () => Promise.resolve())),
    /Cannot run a composer that contains itself/,
  );
  const a = new FeatureComposer<Context>();
  const b = new FeatureComposer<Context>();
  a.use(b);
  b.use(a);
  await assert.rejects(
    Promise.resolve(a.middleware()(ctx, () => Promise.resolve())),
    /Cannot run a composer that contains itself/,
  );
});
