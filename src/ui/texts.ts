/**
 * Texts made of several messages or of data: they are assembled here from the
 * locale's messages, so that a handler never builds a sentence.
 *
 * @module
 */
import type { RateLimitRefusal } from "../storage/rate_limiter.ts";
import type { KeyStatus } from "../llm/key_pool.ts";
import { formatDuration } from "../util/durations.ts";
import type { Translate } from "./i18n.ts";

/** A wait in the reader's language, rounded up ("2 min"). */
export function waitText(t: Translate, ms: number): string {
  return formatDuration(ms, { locale: t.locale, round: "up" });
}

/** Which limit refused the prompt, and when to try again. */
export function limitMessage(
  t: Translate,
  decision: RateLimitRefusal,
  now: number,
): string {
  return t(`limit-${decision.limit}`, {
    max: decision.max,
    wait: waitText(t, decision.retryAt - now),
  });
}

/**
 * The alert for a retry tapped while no key can be tried: when the next try
 * is possible (`retryAt`, or once a health check re-enables a refused key),
 * and that the request will run by itself then.
 */
export function aiUnavailableText(
  t: Translate,
  options: {
    retryAt: number | null;
    now: number;
    checkEveryMs: number;
    waitsForMs: number;
  },
): string {
  const within = waitText(t, options.waitsForMs);
  return options.retryAt === null
    ? t("retry-ai-unavailable-parked", {
      interval: waitText(t, options.checkEveryMs),
      within,
    })
    : t("retry-ai-unavailable-soon", {
      wait: waitText(t, options.retryAt - options.now),
      within,
    });
}

/** Why the AI provider refused a prompt, and what to change, in the reader's language. */
export function rejectionText(
  t: Translate,
  reason: string | undefined,
): string {
  return t(`rejected-${(reason ?? "invalid_request").replaceAll("_", "-")}`);
}

/** The /keys answer: a heading, then two lines per key. */
export function keysText(t: Translate, statuses: readonly KeyStatus[]): string {
  if (statuses.length === 0) return t("keys-none");
  const inService =
    statuses.filter((s) =>
      s.state === "closed" && !s.parked && s.cooldownLeftMs === 0
    ).length;
  const heading = t("keys-heading", { count: statuses.length, inService });
  return [heading, ...statuses.map((status) => keyLines(t, status))].join(
    "\n\n",
  );
}

function keyLines(t: Translate, status: KeyStatus): string {
  const success = status.successRate === null
    ? t("keys-no-attempts")
    : t("keys-success-rate", {
      percent: Math.round(status.successRate * 100),
      attempts: status.attempts,
    });
  const median = status.medianLatencyMs === null
    ? "–"
    : formatDuration(status.medianLatencyMs, { locale: t.locale });
  return t("keys-line", {
    hint: status.keyHint,
    provider: status.provider,
    state: keyState(t, status),
    lastError: status.lastErrorKind ?? t("keys-no-error"),
    success,
    median,
  });
}

function keyState(t: Translate, status: KeyStatus): string {
  if (status.parked) return t("keys-state-parked");
  const left = formatDuration(status.cooldownLeftMs, { locale: t.locale });
  switch (status.state) {
    case "closed":
      return status.cooldownLeftMs > 0
        ? t("keys-state-cooling", { left })
        : t("keys-state-in-service");
    case "open":
      return status.cooldownLeftMs > 0
        ? t("keys-state-open-waiting", { left })
        : t("keys-state-open-next");
    case "half_open":
      return t("keys-state-half-open");
  }
}
