import assert from "node:assert/strict";
import { textUpdate } from "../fakes/updates.ts";
import { enhancementsLogged, startStack } from "./stack.ts";

const TOKEN = "e2e-metrics-token-0123456789";

function value(body: string, line: string): number {
  const found = body.split("\n").find((l) => l.startsWith(`${line} `));
  assert.ok(found, `no series ${line} in\n${body}`);
  return Number(found.slice(line.length + 1));
}

Deno.test("e2e: /metrics of the real process shows LLM attempts, tokens, first-token time and key circuits", async () => {
  await using stack = await startStack();
  const bot = await stack.start({ METRICS_TOKEN: TOKEN });
  stack.tg.queueUpdate(
    textUpdate({ text: "a logo for a bakery", userId: 100_777 }),
  );
  await enhancementsLogged(bot);
  const url = `http://127.0.0.1:${bot.port}/metrics`;
  const refused = await fetch(url);
  assert.equal(refused.status, 401);
  await refused.body?.cancel();
  const res = await fetch(url, {
    headers: { authorization: `Bearer ${TOKEN}` },
  });
  assert.equal(res.status, 200);
  const body = await res.text();
  const p = "promptsmith_";
  const primary = 'provider="primary"';
  assert.equal(
    value(body, `${p}llm_requests_total{${primary},outcome="ok"}`),
    1,
  );
  assert.equal(value(body, `${p}llm_first_token_seconds_count{${primary}}`), 1);
  assert.equal(
    value(
      body,
      `${p}llm_request_duration_seconds_count{${primary},outcome="ok"}`,
    ),
    1,
  );
  assert.equal(
    value(body, `${p}llm_tokens_total{${primary},kind="prompt"}`),
    10,
  );
  assert.ok(
    value(body, `${p}llm_tokens_total{${primary},kind="completion"}`) > 0,
  );
  for (const key of ["…1111", "…2222"]) {
    assert.equal(
      value(
        body,
        `${p}llm_key_circuit_state{${primary},key="${key}",state="closed"}`,
      ),
      1,
    );
    assert.equal(
      value(
        body,
        `${p}llm_key_circuit_state{${primary},key="${key}",state="open"}`,
      ),
      0,
    );
  }
  assert.equal(value(body, `${p}jobs_finished_total{source="ai"}`), 1);
  assert.ok(value(body, `${p}telegram_calls_total{method="getUpdates"}`) >= 1);
  assert.ok(value(body, `${p}process_memory_bytes{kind="rss"}`) > 0);
  // Neither the token nor the keys are in the text.
  assert.ok(!body.includes(TOKEN));
  assert.ok(!body.includes("sk-test-key"));
});
