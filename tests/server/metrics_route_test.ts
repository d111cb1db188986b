import assert from "node:assert/strict";
import { createMetricsRoute } from "../../src/server/metrics_route.ts";

const TOKEN = "metrics-token-0123456789";
const BODY = "promptsmith_updates_total 1\n";

function route(token: string | undefined) {
  let renders = 0;
  const handle = createMetricsRoute({
    token,
    render: () => {
      renders++;
      return Promise.resolve({
        contentType: "text/plain; version=0.0.4",
        body: BODY,
      });
    },
  });
  return { handle, renders: () => renders };
}

function get(authorization?: string, method = "GET"): Request {
  const headers = authorization === undefined ? undefined : { authorization };
  return new Request("http://bot/metrics", { method, headers });
}

Deno.test("GET /metrics with the right bearer token serves the text, uncached", async () => {
  const { handle } = route(TOKEN);
  const res = await handle(get(`Bearer ${TOKEN}`));
  assert.equal(res.status, 200);
  assert.equal(res.headers.get("content-type"), "text/plain; version=0.0.4");
  assert.equal(res.headers.get("cache-control"), "no-store");
  assert.equal(await res.text(), BODY);
  const head = await handle(get(`bearer  ${TOKEN} `, "HEAD"));
  assert.equal(head.status, 200);
  assert.equal(await head.text(), "");
});

Deno.test("GET /metrics answers 401 without the token, with a wrong one, or when METRICS_TOKEN is unset", async () => {
  const on = route(TOKEN);
  for (
    const authorization of [
      undefined,
      "",
      TOKEN,
      `Basic ${TOKEN}`,
      `Bearer ${TOKEN}x`,
      `Bearer ${TOKEN.slice(0, -1)}`,
      "Bearer ",
    ]
  ) {
    const res = await on.handle(get(authorization));
    assert.equal(res.status, 401, String(authorization));
    assert.equal(res.headers.get("www-authenticate"), 'Bearer realm="metrics"');
    assert.doesNotMatch(await res.text(), /promptsmith/);
  }
  const off = route(undefined);
  assert.equal((await off.handle(get(`Bearer ${TOKEN}`))).status, 401);
  assert.equal((await off.handle(get("Bearer undefined"))).status, 401);
  // Nothing is rendered for a refused request.
  assert.equal(on.renders() + off.renders(), 0);
});

Deno.test("POST /metrics is 405", async () => {
  const res = await route(TOKEN).handle(get(`Bearer ${TOKEN}`, "POST"));
  assert.equal(res.status, 405);
  assert.equal(res.headers.get("allow"), "GET, HEAD");
});
