/**
 * What the record layer costs per message: sealing (V8 serialization +
 * AES-256-GCM through WebCrypto, a fresh nonce, the KV key as additional
 * data) and opening a typical job and history item, against the plain
 * envelope written without ENCRYPTION_KEYS. No KV: the layer adds CPU work
 * only, never a round trip.
 *
 * ```sh
 * deno bench -A bench/records_bench.ts
 * ```
 *
 * Numbers: docs/PERFORMANCE.md, "Encryption at rest".
 *
 * @module
 */
import { HISTORY_ITEM_RECORD } from "../src/storage/history_store.ts";
import { type EnhanceJob, JOB_RECORD } from "../src/storage/job_store.ts";
import { RECORD_KINDS } from "../src/storage/record_kinds.ts";
import { Records } from "../src/storage/records.ts";
import { Keyring } from "../src/storage/sealed.ts";

const keyring = new Keyring([
  { id: "k2", key: crypto.getRandomValues(new Uint8Array(32)) },
  { id: "k1", key: crypto.getRandomValues(new Uint8Array(32)) },
]);
const sealed = new Records({ keyring, kinds: RECORD_KINDS });
const plain = new Records({ kinds: RECORD_KINDS });

const PROMPT =
  "write a friendly email to my team about the new sync time, short and warm "
    .repeat(7);
const ANSWER =
  "Role: You are an experienced team lead.\n\nTask: write the email below. "
    .repeat(28);
const JOB: EnhanceJob = {
  userId: 42,
  chatId: 42,
  prompt: PROMPT,
  category: "writing",
  locale: "en",
  id: "0b3a3523-d06d-4ebf-82d6-42679882b9fe",
  createdAt: 1_764_000_000_000,
  status: "running",
  owner: "instance-1",
  attempts: 1,
  delivered: 0,
  result: { source: "ai", body: ANSWER, model: "gpt-4o-mini" },
};
const ITEM = {
  prompt: PROMPT,
  result: ANSWER,
  category: "writing",
  source: "ai" as const,
  model: "gpt-4o-mini",
  seq: 7,
  createdAt: 1_764_000_000_000,
  truncated: false,
};
const JOB_KEY = ["job", JOB.id];
const ITEM_KEY = ["history", 42, 7];

const sealedJob = sealed.codec(JOB_RECORD);
const plainJob = plain.codec(JOB_RECORD);
const sealedItem = sealed.codec(HISTORY_ITEM_RECORD);
const storedJob = await sealedJob.encode(JOB_KEY, JOB);
const storedPlainJob = await plainJob.encode(JOB_KEY, JOB);
const storedItem = await sealedItem.encode(ITEM_KEY, ITEM);
// The same job in Cyrillic: V8 keeps it at 2 bytes per character.
const CYRILLIC = {
  ...JOB,
  prompt: "напиши дружелюбное письмо команде о новом времени встречи ".repeat(
    9,
  ),
};

Deno.bench("seal a job (prompt 500 chars, answer 2,000 chars)", {
  group: "job",
  baseline: true,
}, async () => {
  await sealedJob.encode(JOB_KEY, JOB);
});
Deno.bench("open a sealed job", { group: "job" }, async () => {
  await sealedJob.decode(JOB_KEY, storedJob);
});
Deno.bench("plain envelope of a job, written (no ENCRYPTION_KEYS)", {
  group: "job",
}, async () => {
  await plainJob.encode(JOB_KEY, JOB);
});
Deno.bench("plain envelope of a job, read", { group: "job" }, async () => {
  await plainJob.decode(JOB_KEY, storedPlainJob);
});
Deno.bench("seal a job in Cyrillic", { group: "job" }, async () => {
  await sealedJob.encode(JOB_KEY, CYRILLIC);
});
Deno.bench("seal + open a history item", { group: "item" }, async () => {
  await sealedItem.decode(ITEM_KEY, await sealedItem.encode(ITEM_KEY, ITEM));
});

// What one answered prompt does through sealed kinds: the job written at
// acceptance, read and written by claim and by the result patch, read by
// finish; the profile read at acceptance and written by the count; the
// history item written.
Deno.bench("one message: 5 seals + 5 opens (job, profile, history item)", {
  group: "message",
}, async () => {
  await sealedJob.encode(JOB_KEY, JOB);
  await sealedJob.decode(JOB_KEY, storedJob);
  await sealedJob.encode(JOB_KEY, JOB);
  await sealedJob.decode(JOB_KEY, storedJob);
  await sealedJob.encode(JOB_KEY, JOB);
  await sealedJob.decode(JOB_KEY, storedJob);
  await sealedItem.encode(ITEM_KEY, ITEM);
  await sealedItem.decode(ITEM_KEY, storedItem);
  await sealedJob.encode(JOB_KEY, JOB);
  await sealedJob.decode(JOB_KEY, storedJob);
});
