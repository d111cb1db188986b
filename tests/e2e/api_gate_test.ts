import assert from "node:assert/strict";
import { startFakeTelegram } from "../fakes/telegram_api.ts";
import { startApiGate } from "./api_gate.ts";

function send(root: string, token: string, text: string): Promise<Response> {
  return fetch(`${root}/bot${token}/sendMessage`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ chat_id: 42, text }),
  });
}

Deno.test("api gate: forwards and keeps Telegram's answers; once held, no call reaches Telegram; idle() waits for a call on its way", async () => {
  await using tg = startFakeTelegram();
  await using gate = startApiGate(tg.apiRoot);

  const first = await (await send(gate.apiRoot, tg.token, "one")).json();
  assert.equal(first.ok, true);
  assert.deepEqual(tg.sentTexts(42), ["one"]);
  assert.equal(gate.answered.length, 1);
  assert.equal(gate.answered[0].method, "sendMessage");
  assert.equal(gate.answered[0].payload.text, "one");
  assert.equal(
    (gate.answered[0].result as { message_id: number }).message_id,
    first.result.message_id,
  );

  // A call Telegram is slow to answer: idle() resolves only after its answer is kept.
  tg.injectFault("sendMessage", { delayMs: 200 });
  const slow = send(gate.apiRoot, tg.token, "two");
  // Arrived at Telegram (recorded on arrival), its answer still to come.
  while (!tg.calls.some((call) => call.payload.text === "two")) {
    await new Promise((r) => setTimeout(r, 5));
  }
  gate.hold();
  await gate.idle();
  assert.deepEqual(gate.answered.map((c) => c.payload.text), ["one", "two"]);
  assert.equal((await (await slow).json()).ok, true);

  // Held: it never reaches Telegram, and is answered 503 when the gate closes.
  const held = send(gate.apiRoot, tg.token, "three");
  await gate.heldAtLeast(1);
  assert.deepEqual(tg.sentTexts(42), ["one", "two"]);
  assert.equal(
    tg.calls.filter((call) => call.payload.text === "three").length,
    0,
  );
  await gate.close();
  const refused = await held;
  assert.equal(refused.status, 503);
  await refused.body?.cancel();
});
