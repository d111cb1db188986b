import assert from "node:assert/strict";
import { createMetrics } from "../../src/metrics/metrics.ts";
import { PrometheusBackend } from "../../src/metrics/prometheus.ts";
import { NOOP_BACKEND, teeBackend } from "../../src/metrics/instruments.ts";

Deno.test("PrometheusBackend replays what was recorded before prom-client loaded", async () => {
  const backend = new PrometheusBackend();
  const metrics = createMetrics(backend);
  // Not loaded yet: these wait in the pending list.
  metrics.updates.inc({ kind: "message" });
  metrics.updates.inc({ kind: "message" }, 2);
  metrics.jobs.duration.observe({ outcome: "finished" }, 1.5);
  metrics.llm.circuit.set({ provider: "p", key: "…k", state: "open" }, 1);
  await backend.load();
  metrics.updates.inc({ kind: "callback_query" });
  assert.equal(
    await backend.read("promptsmith_updates_total", { kind: "message" }),
    3,
  );
  assert.equal(
    await backend.read("promptsmith_updates_total", { kind: "callback_query" }),
    1,
  );
  assert.equal(
    await backend.read("promptsmith_job_duration_seconds", {
      outcome: "finished",
    }),
    1,
  );
  assert.equal(
    await backend.read("promptsmith_job_duration_seconds", {
      outcome: "finished",
    }, { part: "sum" }),
    1.5,
  );
  assert.equal(
    await backend.read("promptsmith_llm_key_circuit_state", {
      provider: "p",
      key: "…k",
      state: "open",
    }),
    1,
  );
  assert.equal(backend.dropped, 0);
});

Deno.test("PrometheusBackend renders every series in Prometheus' text format, prefixed promptsmith_", async () => {
  const backend = new PrometheusBackend();
  const metrics = createMetrics(backend);
  metrics.telegram.calls.inc({ method: "sendMessage" });
  await metrics.collect();
  const { contentType, body } = await backend.render();
  assert.equal(contentType, "text/plain; version=0.0.4; charset=utf-8");
  assert.match(
    body,
    /^promptsmith_telegram_calls_total\{method="sendMessage"\} 1$/m,
  );
  assert.match(body, /^# TYPE promptsmith_job_duration_seconds histogram$/m);
  assert.match(
    body,
    /^promptsmith_build_info\{version="[^"]+",deno="[^"]+"\} 1$/m,
  );
  // The memory gauge comes from Deno.memoryUsage(): no /proc, no permission.
  const rss = /^promptsmith_process_memory_bytes\{kind="rss"\} (\d+)$/m.exec(
    body,
  );
  assert.ok(rss && Number(rss[1]) > 1_000_000, "rss is measured");
  const names = [...body.matchAll(/^# TYPE (\S+) /gm)].map((m) => m[1]);
  assert.ok(names.length >= 20);
  for (const name of names) assert.match(name, /^promptsmith_/);
});

Deno.test("two apps' metrics never share a value: no global registry", async () => {
  const one = new PrometheusBackend();
  const two = new PrometheusBackend();
  createMetrics(one).refusals.inc({ reason: "queue_full" });
  createMetrics(two);
  assert.equal(
    await one.read("promptsmith_refusals_total", { reason: "queue_full" }),
    1,
  );
  assert.equal(
    await two.read("promptsmith_refusals_total", { reason: "queue_full" }),
    0,
  );
});

Deno.test("PrometheusBackend refuses a series defined twice and reading one never defined", async () => {
  const backend = new PrometheusBackend();
  createMetrics(backend);
  assert.throws(() => createMetrics(backend), /defined already/);
  await assert.rejects(() => backend.read("promptsmith_nothing"), RangeError);
});

Deno.test("PrometheusBackend drops values past its pending list, and counts them", async () => {
  const backend = new PrometheusBackend();
  const counter = backend.counter({
    name: "promptsmith_x_total",
    help: "x",
    labels: [],
  });
  for (let i = 0; i < 10_005; i++) counter.inc({});
  assert.equal(backend.dropped, 5);
  assert.equal(await backend.read("promptsmith_x_total"), 10_000);
});

Deno.test("teeBackend() records into each backend; the no-op backend records nothing", async () => {
  const a = new PrometheusBackend();
  const b = new PrometheusBackend();
  const metrics = createMetrics(teeBackend([a, NOOP_BACKEND, b]));
  metrics.kv.commits.inc({ outcome: "conflict" });
  assert.equal(
    await a.read("promptsmith_kv_commits_total", { outcome: "conflict" }),
    1,
  );
  assert.equal(
    await b.read("promptsmith_kv_commits_total", { outcome: "conflict" }),
    1,
  );
});

Deno.test("Metrics.collect() runs every collector and survives a failing one", async () => {
  const backend = new PrometheusBackend();
  const metrics = createMetrics(backend);
  let ran = 0;
  metrics.onCollect(() => {
    throw new Error("boom");
  });
  metrics.onCollect(() => {
    ran++;
    metrics.jobs.running.set({}, 3);
  });
  await metrics.collect();
  assert.equal(ran, 1);
  assert.equal(await backend.read("promptsmith_jobs_running"), 3);
});
