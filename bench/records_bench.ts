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

// Opened by another process (nothing in memory): every open decrypts.
const elsewhere = new Records({ keyring, kinds: RECORD_KINDS, memoBytes: 0 });
const sealedJob = sealed.codec(JOB_RECORD);
const plainJob = plain.codec(JOB_RECORD);
const sealedItem = sealed.codec(HISTORY_ITEM_RECORD);
const otherJob = elsewhere.codec(JOB_RECORD);
const otherItem = elsewhere.codec(HISTORY_ITEM_RECORD);
const storedJob = await sealedJob.encode(JOB_KEY, JOB);
const storedPlainJob = await plainJob.encode(JOB_KEY, JOB);
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
Deno.bench("open a sealed job written by another process", {
  group: "job",
}, async () => {
  await otherJob.decode(JOB_KEY, storedJob);
});
// A record layer that sealed this one job and nothing else, so it stays in memory.
const mine = new Records({ keyring, kinds: RECORD_KINDS }).codec(JOB_RECORD);
const storedMine = await mine.encode(JOB_KEY, JOB);
Deno.bench("open a sealed job this process wrote (from memory)", {
  group: "job",
}, async () => {
  await mine.decode(JOB_KEY, storedMine);
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
Deno.bench("seal + open (elsewhere) a history item", {
  group: "item",
}, async () => {
  await otherItem.decode(ITEM_KEY, await sealedItem.encode(ITEM_KEY, ITEM));
});

// What one answered prompt does through sealed kinds, counted through the
// real wiring: 5 seals (the job at acceptance, by claim and with its result,
// the profile's count, the history item) and 6 opens (the profile at
// acceptance, the job by claim, by the result, before the send and by finish,
// the profile by the count), each of the value last written. On one instance
// every open is of a value it sealed; after a takeover they are decrypted.
async function message(open: typeof sealedJob): Promise<void> {
  let job = await sealedJob.encode(JOB_KEY, JOB);
  await open.decode(JOB_KEY, storedJob); // the profile, sealed before
  await open.decode(JOB_KEY, job);
  job = await sealedJob.encode(JOB_KEY, JOB);
  await open.decode(JOB_KEY, job);
  job = await sealedJob.encode(JOB_KEY, JOB);
  await open.decode(JOB_KEY, job);
  await open.decode(JOB_KEY, job);
  await sealedItem.encode(ITEM_KEY, ITEM);
  await open.decode(JOB_KEY, storedJob);
  await sealedJob.encode(JOB_KEY, JOB);
}
Deno.bench("one answered prompt: 5 seals, 6 opens from memory", {
  group: "message",
  baseline: true,
}, async () => {
  await message(sealedJob);
});
Deno.bench("one answered prompt taken over: 5 seals, 6 opens decrypted", {
  group: "message",
}, async () => {
  await message(otherJob);
});
