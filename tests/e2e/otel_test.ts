import assert from "node:assert/strict";
import { startFakeCollector } from "../fakes/otlp.ts";
import { textUpdate } from "../fakes/updates.ts";
import { enhancementsLogged, startStack } from "./stack.ts";

const USER = 777_123_456;

Deno.test("e2e: with OTEL_DENO=true one trace runs update → job → LLM → Telegram, with pseudonymous ids", async () => {
  await using collector = startFakeCollector();
  await using stack = await startStack();
  const bot = await stack.start({
    OTEL_DENO: "true",
    OTEL_EXPORTER_OTLP_ENDPOINT: collector.endpoint,
    OTEL_EXPORTER_OTLP_PROTOCOL: "http/json",
    OTEL_DENO_CONSOLE: "ignore",
  });
  stack.tg.queueUpdate(
    textUpdate({ text: "a logo for a bakery", userId: USER }),
  );
  await enhancementsLogged(bot);
  // Deno exports what is left when the process exits.
  assert.equal((await bot.stop("SIGTERM")).code, 0);

  const spans = collector.spans();
  const byName = (name: string) => spans.filter((s) => s.name === name);
  const [update] = byName("update").filter((s) =>
    s.attributes["update.kind"] === "message"
  );
  assert.ok(update, `no update span in ${spans.map((s) => s.name)}`);
  const [job] = byName("job");
  assert.equal(job.parentSpanId, update.spanId, "the job continues the update");
  assert.equal(job.traceId, update.traceId);
  const [request] = byName("llm.request");
  assert.equal(request.parentSpanId, job.spanId);
  const [attempt] = byName("llm.attempt");
  assert.equal(attempt.parentSpanId, request.spanId);
  assert.equal(attempt.attributes["llm.provider"], "primary");
  assert.equal(attempt.attributes["llm.outcome"], "ok");
  const sends = byName("telegram.sendMessage").filter((s) =>
    s.traceId === job.traceId
  );
  assert.ok(sends.length > 0, "the answer's sends are in the job's trace");
  // Ids are the logs' pseudonyms; the raw id appears nowhere in what was exported.
  assert.match(String(update.attributes["user.id"]), /^u_[0-9a-f]{12}$/);
  assert.match(String(update.attributes["chat.id"]), /^u_[0-9a-f]{12}$/);
  for (const body of collector.raw()) {
    assert.ok(!body.includes(String(USER)), "a raw user id was exported");
    assert.ok(
      !body.includes("a logo for a bakery"),
      "message text was exported",
    );
  }
  // The same instruments go out as OTLP metrics.
  const names = collector.metricNames();
  assert.ok(names.has("promptsmith_updates"), [...names].join(", "));
  assert.ok(names.has("promptsmith_llm_requests"));
});
