import assert from "node:assert/strict";
import { within } from "../../src/util/deadline.ts";

Deno.test("within() gives the value when it comes first, undefined after the time, and leaves no timer", async () => {
  assert.equal(await within(Promise.resolve(7), 1_000), 7);
  assert.equal(await within(new Promise<number>(() => {}), 5), undefined);
  await assert.rejects(within(Promise.reject(new Error("no")), 1_000), /no/);
});
