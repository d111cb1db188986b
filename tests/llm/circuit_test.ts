import assert from "node:assert/strict";
import { APIError } from "openai";
import {
  claimProbe,
  claimTrial,
  DEFAULT_CIRCUIT_RULES,
  failureCode,
  keyAvailability,
  medianLatencyMs,
  needsCompletionProbe,
  needsProbe,
  NO_BALANCE_CODE,
  recordFailure,
  recordProbe,
  recordSuccess,
  releaseTrial,
  successRate,
} from "../../src/llm/circuit.ts";
import { ProviderError } from "../../src/llm/provider.ts";
import {
  initialKeyHealth,
  type KeyHealth,
} from "../../src/llm/key_health_store.ts";

const T = 1_700_000_000_000;
const RULES = DEFAULT_CIRCUIT_RULES;

function failTimes(
  health: KeyHealth,
  kind: "server" | "network" | "timeout" | "malformed",
  times: number,
): KeyHealth {
  let next = health;
  for (let i = 0; i < times; i++) {
    next = recordFailure(next, { at: T + i, kind });
  }
  return next;
}

Deno.test("recordFailure() parks a key on auth: blocked until a probe, whatever the time", () => {
  const health = recordFailure(initialKeyHealth(), { at: T, kind: "auth" });
  assert.equal(health.state, "open");
  assert.equal(health.parked, true);
  assert.equal(health.lastErrorKind, "auth");
  assert.equal(keyAvailability(health, T), "blocked");
  assert.equal(keyAvailability(health, T + 365 * 86_400_000), "blocked");
  assert.equal(needsProbe(health, T), true);
  assert.equal(
    claimTrial(health, { at: T + 86_400_000, leaseMs: 1 }),
    undefined,
  );
});

Deno.test("recordFailure() on a 429 with Retry-After blocks the key exactly that long", () => {
  const health = recordFailure(initialKeyHealth(), {
    at: T,
    kind: "rate_limit",
    retryAfterMs: 7_000,
  });
  assert.equal(health.state, "closed");
  assert.equal(health.cooldownUntil, T + 7_000);
  assert.equal(health.cooldownAdvised, true);
  assert.equal(keyAvailability(health, T + 6_999), "blocked");
  assert.equal(keyAvailability(health, T + 7_000), "ready");
  assert.equal(needsProbe(health, T), true, "the probe may end it sooner");
  assert.equal(needsProbe(health, T + 7_000), false, "in service again");
});

Deno.test("recordFailure() on a 429 without Retry-After cools down exponentially, last resort only", () => {
  let health = initialKeyHealth();
  const cooldowns: number[] = [];
  for (let i = 0; i < 8; i++) {
    health = recordFailure(health, { at: T, kind: "rate_limit" });
    cooldowns.push(health.cooldownUntil - T);
  }
  assert.deepEqual(cooldowns, [
    1_000,
    2_000,
    4_000,
    8_000,
    16_000,
    32_000,
    60_000,
    60_000,
  ]);
  assert.equal(health.cooldownAdvised, false);
  assert.equal(health.state, "closed", "429s never open the circuit");
  assert.equal(keyAvailability(health, T + 1), "cooling");
  assert.equal(keyAvailability(health, T + 60_000), "ready");
});

Deno.test("recordFailure() opens the circuit after failureThreshold server-side failures in a row", () => {
  for (const kind of ["server", "network", "timeout", "malformed"] as const) {
    const twice = failTimes(initialKeyHealth(), kind, 2);
    assert.equal(twice.state, "closed", kind);
    assert.equal(keyAvailability(twice, T + 2), "ready", kind);
    const thrice = failTimes(twice, kind, 1);
    assert.equal(thrice.state, "open", kind);
    assert.equal(thrice.lastErrorKind, kind);
    assert.equal(thrice.cooldownUntil, T + RULES.openBaseMs);
    assert.equal(keyAvailability(thrice, T + 1), "blocked", kind);
    assert.equal(keyAvailability(thrice, T + RULES.openBaseMs), "trial", kind);
  }
});

Deno.test("recordFailure() rejects kinds that are about the request, not the key", () => {
  for (const kind of ["bad_request", "aborted", "unavailable"] as const) {
    assert.throws(
      () => recordFailure(initialKeyHealth(), { at: T, kind }),
      RangeError,
    );
  }
});

Deno.test("claimTrial() lets one claimant test an open key; a failure reopens it for longer", () => {
  const open = failTimes(initialKeyHealth(), "server", 3);
  const due = open.cooldownUntil;
  assert.equal(claimTrial(open, { at: due - 1, leaseMs: 5_000 }), undefined);
  const claimed = claimTrial(open, { at: due, leaseMs: 5_000 })!;
  assert.equal(claimed.state, "half_open");
  assert.equal(claimed.leaseUntil, due + 5_000);
  assert.equal(keyAvailability(claimed, due + 4_999), "blocked");
  assert.equal(claimTrial(claimed, { at: due + 1, leaseMs: 5_000 }), undefined);
  // The claimant vanished: the lease lapses and another may test it.
  assert.equal(keyAvailability(claimed, due + 5_000), "trial");

  const failed = recordFailure(claimed, { at: due + 10, kind: "timeout" });
  assert.equal(failed.state, "open");
  assert.equal(failed.leaseUntil, 0);
  assert.equal(failed.cooldownUntil, due + 10 + 2 * RULES.openBaseMs);

  const healed = recordSuccess(claimed, { at: due + 10, latencyMs: 420 });
  assert.equal(healed.state, "closed");
  assert.equal(healed.consecutiveFailures, 0);
  assert.equal(keyAvailability(healed, due + 10), "ready");
});

Deno.test("recordFailure() caps the open cooldown at openMaxMs", () => {
  const health = failTimes(initialKeyHealth(), "server", 30);
  assert.equal(health.cooldownUntil - (T + 29), RULES.openMaxMs);
});

Deno.test("claimProbe() claims open and parked keys, and lapsed claims, never keys in service", () => {
  const parked = recordFailure(initialKeyHealth(), { at: T, kind: "auth" });
  const claimed = claimProbe(parked, { at: T + 1, leaseMs: 60_000 })!;
  assert.equal(claimed.state, "half_open");
  assert.equal(claimed.parked, true);
  assert.equal(keyAvailability(claimed, T + 2), "blocked");
  assert.equal(claimProbe(claimed, { at: T + 2, leaseMs: 60_000 }), undefined);
  assert.ok(claimProbe(claimed, { at: T + 60_001, leaseMs: 60_000 }));
  // An open circuit is probed before its cooldown ends: a probe is cheap.
  const open = failTimes(initialKeyHealth(), "server", 3);
  assert.ok(claimProbe(open, { at: T + 3, leaseMs: 1 }));
  const cooling = recordFailure(initialKeyHealth(), {
    at: T,
    kind: "rate_limit",
  });
  assert.equal(claimProbe(cooling, { at: T, leaseMs: 1 }), undefined);
  assert.equal(
    claimProbe(initialKeyHealth(), { at: T, leaseMs: 1 }),
    undefined,
  );
});

Deno.test("recordProbe() re-enables only on success and keeps a refused key parked", () => {
  const parked = claimProbe(
    recordFailure(initialKeyHealth(), { at: T, kind: "auth" }),
    { at: T, leaseMs: 1_000 },
  )!;
  const stillBroken = recordProbe(parked, {
    at: T + 50,
    ok: false,
    kind: "auth",
    latencyMs: 50,
  });
  assert.equal(stillBroken.state, "open");
  assert.equal(stillBroken.parked, true);
  assert.equal(stillBroken.probeLatencyMs, 50);
  assert.equal(stillBroken.lastProbeAt, T + 50);
  assert.equal(keyAvailability(stillBroken, T + 10 * 86_400_000), "blocked");
  // A parked key stays parked even if the probe fails for another reason.
  const flaky = recordProbe(parked, {
    at: T + 50,
    ok: false,
    kind: "server",
    latencyMs: 9,
  });
  assert.equal(flaky.parked, true);

  const recovered = recordProbe(parked, {
    at: T + 80,
    ok: true,
    latencyMs: 80,
  });
  assert.equal(recovered.state, "closed");
  assert.equal(recovered.parked, false);
  assert.equal(recovered.probeLatencyMs, 80);
  assert.equal(keyAvailability(recovered, T + 80), "ready");
});

Deno.test("recordProbe() parks an open key whose probe is refused, and reopens one that still fails", () => {
  const open = claimProbe(failTimes(initialKeyHealth(), "server", 3), {
    at: T + 5,
    leaseMs: 1_000,
  })!;
  const refused = recordProbe(open, {
    at: T + 9,
    ok: false,
    kind: "auth",
    latencyMs: 4,
  });
  assert.equal(refused.parked, true);
  const failing = recordProbe(open, {
    at: T + 9,
    ok: false,
    kind: "server",
    latencyMs: 4,
  });
  assert.equal(failing.state, "open");
  assert.equal(failing.parked, false);
  assert.equal(failing.cooldownUntil, T + 9 + 2 * RULES.openBaseMs);
});

Deno.test("successRate() and medianLatencyMs() cover the last windowSize attempts", () => {
  assert.equal(successRate(initialKeyHealth()), null);
  assert.equal(medianLatencyMs(initialKeyHealth()), null);
  let health = initialKeyHealth();
  for (let i = 1; i <= 25; i++) {
    health = recordSuccess(health, { at: T + i, latencyMs: i * 10 });
  }
  health = recordFailure(health, { at: T + 30, kind: "server" });
  assert.equal(health.outcomes.length, RULES.windowSize);
  assert.equal(successRate(health), 19 / 20);
  // Latencies 60…250 remain: the median of 20 values is the mean of the middle two.
  assert.equal(health.latenciesMs.length, RULES.windowSize);
  assert.equal(medianLatencyMs(health), 155);
  const odd = recordSuccess(
    recordSuccess(initialKeyHealth(), { at: T, latencyMs: 300 }),
    { at: T, latencyMs: 100 },
  );
  assert.equal(
    medianLatencyMs(recordSuccess(odd, { at: T, latencyMs: 200 })),
    200,
  );
});

Deno.test("releaseTrial() gives a claimed key back, due for the next trial at once", () => {
  const open = failTimes(initialKeyHealth(), "server", 3);
  const due = open.cooldownUntil;
  const claimed = claimTrial(open, { at: due, leaseMs: 60_000 })!;
  const released = releaseTrial(claimed)!;
  assert.equal(released.state, "open");
  assert.equal(released.leaseUntil, 0);
  assert.equal(released.consecutiveFailures, open.consecutiveFailures);
  assert.equal(keyAvailability(released, due + 1), "trial");
  assert.equal(releaseTrial(open), undefined);
  assert.equal(releaseTrial(initialKeyHealth()), undefined);
});

/** A refusal as the OpenAI client reports it: the SDK's error, with the body's code, as cause. */
function refusal(
  status: number,
  body: { code?: string; type?: string },
): ProviderError {
  const cause = new APIError(status, body, undefined, new Headers());
  return new ProviderError("auth", "Cannot complete chat: key refused", {
    status,
    cause,
  });
}

Deno.test("failureCode() names a key without balance insufficient_quota, whatever the status says", () => {
  const noBalance = [
    refusal(402, { code: "invalid_request_error", type: "unknown_error" }),
    refusal(402, {}),
    refusal(429, { code: "insufficient_quota", type: "insufficient_quota" }),
    refusal(403, { type: "insufficient_quota" }),
  ];
  for (const error of noBalance) {
    assert.equal(failureCode(error), NO_BALANCE_CODE, error.status?.toString());
  }
  assert.equal(
    failureCode(refusal(401, { code: "invalid_api_key" })),
    "invalid_api_key",
  );
  assert.equal(
    failureCode(refusal(429, { code: "rate_limit_exceeded" })),
    "rate_limit_exceeded",
  );
  assert.equal(
    failureCode(
      new ProviderError("timeout", "Cannot complete chat: timed out"),
    ),
    null,
  );
});

Deno.test("failureCode() reads the error's own code first, then its cause's", () => {
  // The client replaced a cause that echoed the key: only the error's code is left.
  const redacted = new Error("429 You exceeded your quota with key …abcd");
  assert.equal(
    failureCode(
      new ProviderError("auth", "Cannot complete chat: key refused", {
        status: 429,
        code: NO_BALANCE_CODE,
        cause: redacted,
      }),
    ),
    NO_BALANCE_CODE,
  );
  const cause = new APIError(
    401,
    { code: "stale_code" },
    undefined,
    new Headers(),
  );
  assert.equal(
    failureCode(
      new ProviderError("auth", "Cannot complete chat: key refused", {
        status: 401,
        code: "invalid_api_key",
        cause,
      }),
    ),
    "invalid_api_key",
  );
  // A type alone still tells no balance, read from the cause.
  const typed = refusal(403, { type: NO_BALANCE_CODE });
  assert.equal(
    failureCode(
      new ProviderError("auth", typed.message, {
        status: 403,
        code: "forbidden",
        cause: typed.cause,
      }),
    ),
    NO_BALANCE_CODE,
  );
});

Deno.test("recordFailure() records the provider's code; needsCompletionProbe() only for a key parked without balance", () => {
  const broke = recordFailure(initialKeyHealth(), {
    at: T,
    kind: "auth",
    code: NO_BALANCE_CODE,
  });
  assert.equal(broke.lastErrorCode, NO_BALANCE_CODE);
  assert.equal(needsCompletionProbe(broke), true);
  const revoked = recordFailure(initialKeyHealth(), {
    at: T,
    kind: "auth",
    code: "invalid_api_key",
  });
  assert.equal(revoked.lastErrorCode, "invalid_api_key");
  assert.equal(needsCompletionProbe(revoked), false);
  // A 429 insufficient_quota that somehow was not a refusal parks nothing: no probe.
  const limited = recordFailure(initialKeyHealth(), {
    at: T,
    kind: "rate_limit",
    code: NO_BALANCE_CODE,
  });
  assert.equal(needsCompletionProbe(limited), false);
  assert.equal(
    recordFailure(broke, { at: T, kind: "server" }).lastErrorCode,
    null,
  );
  assert.equal(initialKeyHealth().lastErrorCode, null);
  assert.equal(needsCompletionProbe(initialKeyHealth()), false);
});

Deno.test("recordProbe() keeps a parked key's no-balance code through probes that fail for other reasons", () => {
  const parked = claimProbe(
    recordFailure(initialKeyHealth(), {
      at: T,
      kind: "auth",
      code: NO_BALANCE_CODE,
    }),
    { at: T, leaseMs: 1_000 },
  )!;
  assert.equal(needsCompletionProbe(parked), true, "while claimed too");
  for (const kind of ["server", "timeout", "network", "rate_limit"] as const) {
    const failed = recordProbe(parked, {
      at: T + 5,
      ok: false,
      kind,
      code: kind === "rate_limit" ? "rate_limit_exceeded" : null,
      latencyMs: 5,
    });
    assert.equal(failed.parked, true, kind);
    assert.equal(failed.lastErrorKind, kind);
    assert.equal(failed.lastErrorCode, NO_BALANCE_CODE, kind);
    assert.equal(needsCompletionProbe(failed), true, kind);
  }
  // Refused again, now for another reason: that reason is why it is parked.
  const revoked = recordProbe(parked, {
    at: T + 5,
    ok: false,
    kind: "auth",
    code: "invalid_api_key",
    latencyMs: 5,
  });
  assert.equal(revoked.lastErrorCode, "invalid_api_key");
  assert.equal(needsCompletionProbe(revoked), false);
  const paid = recordProbe(parked, { at: T + 5, ok: true, latencyMs: 5 });
  assert.equal(paid.parked, false);
  assert.equal(needsCompletionProbe(paid), false);
});

Deno.test("recordFailure() caps Retry-After: 86400 s keeps a key out for retryAfterMaxMs, not a day", () => {
  const day = 86_400_000;
  const health = recordFailure(initialKeyHealth(), {
    at: T,
    kind: "rate_limit",
    retryAfterMs: day,
  });
  assert.equal(RULES.retryAfterMaxMs, 10 * 60_000, "default: 10 minutes");
  assert.equal(health.cooldownUntil, T + 10 * 60_000);
  assert.equal(keyAvailability(health, T + 10 * 60_000 - 1), "blocked");
  assert.equal(keyAvailability(health, T + 10 * 60_000), "ready");

  const rules = { ...RULES, retryAfterMaxMs: 30_000 };
  const configured = recordFailure(initialKeyHealth(), {
    at: T,
    kind: "rate_limit",
    retryAfterMs: day,
  }, rules);
  assert.equal(configured.cooldownUntil, T + 30_000);
  const shorter = recordFailure(initialKeyHealth(), {
    at: T,
    kind: "rate_limit",
    retryAfterMs: 5_000,
  }, rules);
  assert.equal(shorter.cooldownUntil, T + 5_000, "a shorter advice is kept");
});

Deno.test("a probe that succeeds puts a key cooling down after a 429 back in service before its Retry-After", () => {
  const limited = recordFailure(initialKeyHealth(), {
    at: T,
    kind: "rate_limit",
    retryAfterMs: 86_400_000,
  });
  const probeAt = T + 3 * 60_000;
  assert.equal(keyAvailability(limited, probeAt), "blocked");
  assert.equal(needsProbe(limited, probeAt), true);
  const claimed = claimProbe(limited, { at: probeAt, leaseMs: 60_000 });
  assert.ok(claimed);
  assert.equal(keyAvailability(claimed, probeAt), "blocked", "claimed");
  const probed = recordProbe(claimed, {
    at: probeAt + 100,
    ok: true,
    latencyMs: 100,
  });
  assert.equal(keyAvailability(probed, probeAt + 100), "ready");
  assert.equal(probed.cooldownAdvised, false);
});

Deno.test("a probe that fails does not shorten the wait a 429's Retry-After asked for", () => {
  const limited = recordFailure(initialKeyHealth(), {
    at: T,
    kind: "rate_limit",
    retryAfterMs: 300_000,
  });
  const claimed = claimProbe(limited, { at: T + 60_000, leaseMs: 60_000 });
  assert.ok(claimed);
  const probed = recordProbe(claimed, {
    at: T + 60_100,
    ok: false,
    kind: "rate_limit",
    latencyMs: 100,
  });
  assert.equal(probed.state, "open");
  assert.equal(probed.cooldownUntil, T + 300_000);
  assert.equal(keyAvailability(probed, T + 299_999), "blocked");
  assert.equal(keyAvailability(probed, T + 300_000), "trial");
});
