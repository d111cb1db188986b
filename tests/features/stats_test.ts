import assert from "node:assert/strict";
import { recordEnhancementStat, runStatsRollup } from "../../src/jobs/stats.ts";
import type { UploadedFile } from "../fakes/telegram_api.ts";
import { textUpdate } from "../fakes/updates.ts";
import { startFeatureBot } from "./harness.ts";
import { pngInfo } from "../ui/png.ts";

const ADMIN = 4_100;
const DAY = 86_400_000;
/** The harness clock's start (it moves 10 ms a reading). */
const START = 1_764_000_000_000;

/** 30 days of answers: a few a day, growing, of several categories and targets. */
async function seed(kv: Deno.Kv): Promise<number> {
  let count = 0;
  const categories = ["coding", "writing", "image", "general"];
  const targets = ["chat", "claude", "midjourney", "chat"];
  for (let back = 29; back >= 0; back--) {
    const now = START - back * DAY;
    for (let i = 0; i < 3 + (29 - back) % 7; i++) {
      await recordEnhancementStat(kv, {
        userId: 1 + (i % 4) + back,
        source: i % 4 === 3 ? "offline" : "ai",
        now,
        answerMs: 800 + 700 * i,
        category: categories[i % 4],
        target: targets[i % 4],
      });
      count++;
    }
    await runStatsRollup(kv, { clock: { now: () => now } }, { days: 1 });
  }
  return count;
}

Deno.test("/stats sends admins the 30-day summary as the caption of a PNG chart drawn from the rollups", async () => {
  await using h = await startFeatureBot(null, { ADMIN_IDS: String(ADMIN) });
  const total = await seed(h.deps.kv);
  await h.send(textUpdate({ text: "/stats", userId: ADMIN }));
  const [call] = h.tg.callsOf("sendPhoto");
  assert.ok(call, "a photo was sent");
  const caption = String(call.payload.caption);
  assert.match(caption, /^📊 Statistics, last 30 days/);
  assert.match(caption, new RegExp(`Prompts: ${total.toLocaleString("en")} `));
  assert.match(
    caption,
    /Answer time: median [\d.]+ sec, 95 % within [\d.]+ sec/,
  );
  assert.match(caption, /Top categories: Coding \d+% · Writing \d+% · /);
  assert.match(caption, /Top targets: ChatGPT \/ Gemini \d+% · Claude /);
  if (Deno.env.get("STATS_PNG")) {
    await Deno.writeFile(
      Deno.env.get("STATS_PNG")!,
      (call.payload.photo as UploadedFile).bytes,
    );
  }
  const photo = call.payload.photo as UploadedFile;
  assert.equal(photo.filename, "stats.png");
  const info = pngInfo(photo.bytes);
  // Four panels at twice the size: wide and tall, and a real picture's weight.
  assert.ok(info.width >= 1200 && info.width <= 2400, `width ${info.width}`);
  assert.ok(
    info.height >= 1200 && info.height <= 3200,
    `height ${info.height}`,
  );
  assert.ok(photo.bytes.length > 30_000, `${photo.bytes.length} bytes`);
  assert.ok(photo.bytes.length < 2_000_000, `${photo.bytes.length} bytes`);
});

Deno.test("/stats in Chinese keeps the caption in Chinese and draws the chart with English labels", async () => {
  await using h = await startFeatureBot(null, { ADMIN_IDS: String(ADMIN) });
  await seed(h.deps.kv);
  await h.deps.users.setPreferences(ADMIN, { language: "zh" });
  await h.send(textUpdate({ text: "/stats", userId: ADMIN }));
  const [call] = h.tg.callsOf("sendPhoto");
  assert.ok(call, "a photo was sent");
  assert.ok(
    String(call.payload.caption).startsWith(
      h.deps.i18n.t("zh", "stats-title", { days: 30 }),
    ),
  );
});

Deno.test("/stats names the targets in the admin's language", async () => {
  await using h = await startFeatureBot(null, { ADMIN_IDS: String(ADMIN) });
  await recordEnhancementStat(h.deps.kv, {
    userId: 1,
    source: "ai",
    now: START,
    answerMs: 900,
    category: "learning",
    target: "reasoning",
  });
  await runStatsRollup(h.deps.kv, { clock: { now: () => START } }, {
    days: 1,
  });
  await h.deps.users.setPreferences(ADMIN, { language: "ru" });
  await h.send(textUpdate({ text: "/stats", userId: ADMIN }));
  const caption = String(h.tg.callsOf("sendPhoto")[0]?.payload.caption);
  const name = h.deps.i18n.t("ru", "target-reasoning");
  assert.ok(caption.includes(`: ${name} 100`), caption);
  assert.ok(!caption.includes("Reasoning"), caption);
});

Deno.test("/stats is an unknown command for anyone but an admin, and asks admins for a private chat in groups", async () => {
  await using h = await startFeatureBot(null, { ADMIN_IDS: String(ADMIN) });
  await h.send(textUpdate({ text: "/stats", userId: 4_101 }));
  assert.equal(h.tg.callsOf("sendPhoto").length, 0);
  assert.doesNotMatch(h.shown(4_101).join("\n"), /Statistics/);
  await h.send(
    textUpdate({
      text: "/stats",
      userId: ADMIN,
      chatId: -100_555,
      chatType: "group",
    }),
  );
  assert.deepEqual(h.shown(-100_555), [
    h.deps.i18n.t("en", "stats-private-only"),
  ]);
});

Deno.test("/stats with no data yet says so and still draws an empty chart", async () => {
  await using h = await startFeatureBot(null, { ADMIN_IDS: String(ADMIN) });
  await h.send(textUpdate({ text: "/stats", userId: ADMIN }));
  const [call] = h.tg.callsOf("sendPhoto");
  assert.match(String(call.payload.caption), /Prompts: 0 /);
  assert.match(String(call.payload.caption), /nothing timed yet/);
  assert.ok(pngInfo((call.payload.photo as UploadedFile).bytes).width > 0);
});

Deno.test("/stats after two prompts by one user today says 1 active user a day, as its today line does", async () => {
  await using h = await startFeatureBot(null, { ADMIN_IDS: String(ADMIN) });
  for (const requestId of ["a", "b"]) {
    await recordEnhancementStat(h.deps.kv, {
      userId: 7,
      source: "offline",
      now: h.deps.clock.now(),
      requestId,
    });
  }
  await h.send(textUpdate({ text: "/stats", userId: ADMIN }));
  const caption = String(h.tg.callsOf("sendPhoto")[0]?.payload.caption);
  assert.match(caption, /Today — prompts: 2, users: 1\n/);
  assert.match(caption, /Active users a day: 1 on average, 1 at most/);
});

Deno.test("/stats shows an average below 1 active user a day and a share below 1% as more than 0, and target shares of every target", async () => {
  await using h = await startFeatureBot(null, { ADMIN_IDS: String(ADMIN) });
  const first = START - 29 * DAY;
  const top = ["chat", "claude", "reasoning", "midjourney", "video"];
  for (let i = 0; i < 220; i++) {
    await recordEnhancementStat(h.deps.kv, {
      userId: 1,
      source: "ai",
      now: first,
      category: i === 0 ? "data" : "coding",
      // 40 each for the top five, 20 for a sixth that is not listed.
      target: i < 200 ? top[i % 5] : "natural_image",
    });
  }
  await runStatsRollup(h.deps.kv, { clock: { now: () => first } }, {
    days: 1,
  });
  await h.send(textUpdate({ text: "/stats", userId: ADMIN }));
  const caption = String(h.tg.callsOf("sendPhoto")[0]?.payload.caption);
  // One user on the first of 30 days: 1 / 30, not "0".
  assert.match(caption, /Active users a day: 0\.03 on average, 1 at most/);
  assert.match(caption, /Top categories: Coding 100% · Data \/ SQL 0\.5%/);
  // 40 of 220, not 40 of the listed 200.
  assert.match(caption, /Top targets: ChatGPT \/ Gemini 18% · /);
});
