import assert from "node:assert/strict";
import { createMetrics } from "../../src/metrics/metrics.ts";
import { PrometheusBackend } from "../../src/metrics/prometheus.ts";
import { instrumentKv } from "../../src/storage/instrumented_kv.ts";

Deno.test("instrumentKv() counts commits that land, lose a check or fail, and times them", async () => {
  using raw = await Deno.openKv(":memory:");
  const backend = new PrometheusBackend();
  const metrics = createMetrics(backend);
  const kv = instrumentKv(raw, metrics.kv);
  const read = (outcome: string) =>
    backend.read("promptsmith_kv_commits_total", { outcome });

  const first = await kv.get(["n"]);
  assert.equal(
    (await kv.atomic().check(first).set(["n"], 1).commit()).ok,
    true,
  );
  // `first` is stale now: a second writer with it loses.
  assert.equal(
    (await kv.atomic().check(first).set(["n"], 2).commit()).ok,
    false,
  );
  await kv.set(["m"], 1);
  await kv.delete(["m"]);
  await assert.rejects(() =>
    kv.atomic().set(["big"], "x".repeat(70_000)).commit()
  );
  assert.equal(await read("ok"), 3);
  assert.equal(await read("conflict"), 1);
  assert.equal(await read("error"), 1);
  assert.equal(await backend.read("promptsmith_kv_commit_duration_seconds"), 5);
  // Everything else goes through untouched.
  assert.equal((await kv.get<number>(["n"])).value, 1);
});
