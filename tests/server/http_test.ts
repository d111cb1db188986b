import assert from "node:assert/strict";
import { createHttpHandler, internalError } from "../../src/server/http.ts";
import { withLogs } from "../support.ts";

const BASE = "http://bot.local";

Deno.test("createHttpHandler() answers /healthz 200 with KV up and 503 with KV down", async () => {
  let up = true;
  const handler = createHttpHandler({
    mode: "polling",
    kvReachable: () => Promise.resolve(up),
  });
  const ok = await handler(new Request(`${BASE}/healthz`));
  assert.equal(ok.status, 200);
  const body = await ok.json();
  assert.equal(body.ok, true);
  assert.equal(body.mode, "polling");
  assert.match(body.version, /^\d+\.\d+\.\d+$/);
  up = false;
  const down = await createHttpHandler({
    mode: "webhook",
    kvReachable: () => Promise.resolve(up),
  })(
    new Request(`${BASE}/healthz`),
  );
  assert.equal(down.status, 503);
  assert.deepEqual({ ...(await down.json()), version: "" }, {
    ok: false,
    kv: false,
    mode: "webhook",
    version: "",
  });
});

Deno.test("createHttpHandler() checks KV at most once a second however often /healthz is asked", async () => {
  let checks = 0;
  const handler = createHttpHandler({
    mode: "polling",
    kvReachable: () => Promise.resolve(++checks > 0),
  });
  await Promise.all(
    Array.from(
      { length: 20 },
      () =>
        handler(new Request(`${BASE}/healthz`)).then((r) => r.body?.cancel()),
    ),
  );
  assert.equal(checks, 1);
});

Deno.test("createHttpHandler() routes the webhook path by method and 404s the rest", async () => {
  const seen: string[] = [];
  const handler = createHttpHandler({
    mode: "webhook",
    kvReachable: () => Promise.resolve(true),
    webhook: {
      path: "/hook",
      handle: (req) => {
        seen.push(req.method);
        return Promise.resolve(new Response("ok"));
      },
    },
  });
  assert.equal(
    (await handler(new Request(`${BASE}/hook`, { method: "POST", body: "{}" })))
      .status,
    200,
  );
  const get = await handler(new Request(`${BASE}/hook`));
  assert.equal(get.status, 405);
  assert.equal(get.headers.get("allow"), "POST");
  assert.equal(
    (await handler(new Request(`${BASE}/healthz`, { method: "POST" }))).status,
    405,
  );
  assert.equal((await handler(new Request(`${BASE}/other`))).status, 404);
  assert.deepEqual(seen, ["POST"]);
  await get.body?.cancel();
});

Deno.test("createHttpHandler() has no webhook route in polling mode", async () => {
  const handler = createHttpHandler({
    mode: "polling",
    kvReachable: () => Promise.resolve(true),
  });
  const res = await handler(
    new Request(`${BASE}/webhook`, { method: "POST", body: "{}" }),
  );
  assert.equal(res.status, 404);
  await res.body?.cancel();
});

Deno.test("createHttpHandler() answers a bare 500 when a route throws, and logs only the error's class", async () => {
  await withLogs(async (records) => {
    // What grammY throws holds the context, and the context holds the config.
    const error = Object.assign(new Error("failed for Ada: hunter2-secret"), {
      ctx: { config: { botToken: "123:hunter2-secret" }, text: "Ada's text" },
    });
    const handler = createHttpHandler({
      mode: "webhook",
      kvReachable: () => Promise.resolve(true),
      webhook: { path: "/hook", handle: () => Promise.reject(error) },
    });
    const res = await handler(
      new Request(`${BASE}/hook`, { method: "POST", body: "{}" }),
    );
    assert.equal(res.status, 500);
    assert.equal(await res.text(), "Internal server error\n");
    const onError = internalError(new TypeError("hunter2-secret"));
    assert.equal(onError.status, 500);
    await onError.body?.cancel();

    assert.equal(records.length, 2);
    const logged = JSON.stringify(
      records.map((r) => ({ message: r.message, properties: r.properties })),
    );
    assert.match(logged, /"errorClass":"Error"/);
    assert.match(logged, /"errorClass":"TypeError"/);
    assert.ok(!logged.includes("hunter2"), logged);
    assert.ok(!logged.includes("Ada"), logged);
  }, "trace");
});
