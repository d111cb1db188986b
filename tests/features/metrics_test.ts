import assert from "node:assert/strict";
import { textUpdate } from "../fakes/updates.ts";
import { answering, startFeatureBot } from "./harness.ts";

const TOKEN = "metrics-token-0123456789";

async function scrape(
  handler: (req: Request) => Promise<Response>,
  token = TOKEN,
): Promise<Response> {
  return await handler(
    new Request("http://bot/metrics", {
      headers: { authorization: `Bearer ${token}` },
    }),
  );
}

/** The value of one series line of `body`, e.g. `series(body, 'x_total{a="b"}')`. */
function series(body: string, line: string): number {
  const found = body.split("\n").find((l) => l.startsWith(`${line} `));
  assert.ok(found, `no series ${line}`);
  return Number(found.slice(line.length + 1));
}

Deno.test("/metrics counts updates, jobs, refusals, Telegram calls and KV commits of the real wiring", async () => {
  await using h = await startFeatureBot(answering("AI ANSWER"), {
    METRICS_TOKEN: TOKEN,
    RATE_LIMIT_PER_MINUTE: "1",
  });
  await h.send(textUpdate({ text: "a logo for a bakery", userId: 501 }));
  await h.send(textUpdate({ text: "another logo", userId: 501 }));
  const handler = await h.app.httpHandler();
  const res = await scrape(handler);
  assert.equal(res.status, 200);
  const body = await res.text();
  const p = "promptsmith_";
  assert.equal(series(body, `${p}updates_total{kind="message"}`), 2);
  assert.equal(
    series(body, `${p}update_duration_seconds_count{kind="message"}`),
    2,
  );
  assert.equal(series(body, `${p}jobs_queued_total{position="now"}`), 1);
  assert.equal(series(body, `${p}jobs_finished_total{source="ai"}`), 1);
  assert.equal(
    series(body, `${p}job_duration_seconds_count{outcome="finished"}`),
    1,
  );
  assert.equal(series(body, `${p}refusals_total{reason="burst"}`), 1);
  assert.equal(series(body, `${p}jobs_running`), 0);
  assert.ok(
    series(body, `${p}telegram_calls_total{method="sendMessage"}`) >= 2,
  );
  assert.ok(series(body, `${p}kv_commits_total{outcome="ok"}`) >= 3);
  assert.match(body, /^promptsmith_build_info\{/m);
  // The same handler refuses a scrape without the token.
  assert.equal((await scrape(handler, "wrong-token-0123456789")).status, 401);
});

Deno.test("without METRICS_TOKEN /metrics is 401 and no Prometheus backend is built", async () => {
  await using h = await startFeatureBot(answering("AI ANSWER"));
  await h.send(textUpdate({ text: "a logo for a bakery", userId: 502 }));
  assert.equal(h.app.telemetry.prometheus, undefined);
  const res = await scrape(await h.app.httpHandler());
  assert.equal(res.status, 401);
  await res.body?.cancel();
});
