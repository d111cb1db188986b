/**
 * docs/OPERATIONS.md as it is written: its backup script, run against a KV
 * file the bot is writing to, makes a copy Deno KV reads back in full; its
 * systemd unit keeps the sandbox it promises and fits the bot's shutdown.
 *
 * @module
 */
import assert from "node:assert/strict";
import { DEFAULT_SHUTDOWN_TIMEOUT_MS } from "../src/util/signals.ts";

const doc = await Deno.readTextFile(
  new URL("../docs/OPERATIONS.md", import.meta.url),
);

/** The first fenced block of `language` after `marker` in OPERATIONS.md. */
function blockAfter(marker: string, language: string): string {
  const from = doc.indexOf(marker);
  assert.ok(from >= 0, `OPERATIONS.md has no "${marker}"`);
  const fence = "```" + language + "\n";
  const start = doc.indexOf(fence, from) + fence.length;
  return doc.slice(start, doc.indexOf("```", start));
}

const sqlite3 = await new Deno.Command("sqlite3", { args: ["-version"] })
  .output().then((out) => out.success, () => false);

Deno.test({
  name:
    "OPERATIONS.md's backup script copies a KV file while it is written to, and the copy reads back in Deno KV",
  ignore: !sqlite3,
  async fn() {
    const dir = await Deno.makeTempDir({ prefix: "promptsmith-backup-" });
    try {
      const source = `${dir}/promptsmith.sqlite3`;
      const backups = `${dir}/backups`;
      using kv = await Deno.openKv(source);
      for (let i = 0; i < 300; i++) {
        await kv.set(["history", 42, i], { seq: i, prompt: `idea ${i}` });
      }
      // The bot keeps writing while the backup runs: WAL frames not yet checkpointed.
      let writing = true;
      const writer = (async () => {
        for (let i = 300; writing; i++) {
          await kv.set(["history", 42, i], { seq: i, prompt: `idea ${i}` });
        }
      })();
      const script = blockAfter("/usr/local/sbin/promptsmith-backup", "sh")
        .replaceAll("/var/lib/promptsmith/promptsmith.sqlite3", source)
        .replaceAll("/var/backups/promptsmith", backups);
      const run = await new Deno.Command("sh", {
        args: ["-c", script],
        stderr: "piped",
      }).output();
      writing = false;
      await writer;
      assert.equal(run.code, 0, new TextDecoder().decode(run.stderr));

      const [copy] = await Array.fromAsync(Deno.readDir(backups));
      assert.match(copy.name, /^promptsmith-\d{8}T\d{6}Z\.sqlite3$/);
      assert.equal(
        (await Deno.stat(`${backups}/${copy.name}`)).mode! & 0o777,
        0o600,
      );
      using restored = await Deno.openKv(`${backups}/${copy.name}`);
      const items = await Array.fromAsync(
        restored.list<{ seq: number }>({ prefix: ["history", 42] }),
      );
      assert.ok(items.length >= 300, `${items.length} records in the copy`);
      // Whatever the copy holds is a prefix of what was written: no torn state.
      assert.deepEqual(
        items.map((item) => item.value.seq),
        Array.from({ length: items.length }, (_, i) => i),
      );
    } finally {
      await Deno.remove(dir, { recursive: true });
    }
  },
});

if (!sqlite3) {
  console.log(
    "operations_test: skipped the backup script: the sqlite3 command is not installed (apt-get install sqlite3)",
  );
}

Deno.test("OPERATIONS.md's systemd unit is sandboxed, writes only its state folder and outlasts the bot's shutdown", () => {
  const unit = blockAfter("promptsmith.service`:", "ini");
  const settings = new Map<string, string[]>();
  for (const line of unit.split("\n")) {
    const match = /^([A-Za-z]+)=(.*)$/.exec(line.trim());
    if (match) {
      settings.set(match[1], [...(settings.get(match[1]) ?? []), match[2]]);
    }
  }
  const one = (name: string) => settings.get(name)?.at(-1);
  assert.equal(one("DynamicUser"), "yes");
  assert.equal(one("ProtectSystem"), "strict");
  assert.equal(one("ProtectHome"), "yes");
  assert.equal(one("NoNewPrivileges"), "yes");
  assert.equal(one("StateDirectory"), "promptsmith");
  assert.equal(one("CapabilityBoundingSet"), "");
  // The KV file is inside the state folder, the one place it may write.
  assert.ok(
    settings.get("Environment")?.includes(
      "KV_PATH=%S/promptsmith/promptsmith.sqlite3",
    ),
  );
  // V8 compiles to memory it writes and runs: this setting would kill the bot.
  assert.notEqual(one("MemoryDenyWriteExecute"), "yes");
  // The bot runs, not a tool: no argument after the binary.
  assert.equal(one("ExecStart"), "/opt/promptsmith/promptsmith");
  const stopSeconds = Number(/^(\d+)s$/.exec(one("TimeoutStopSec") ?? "")?.[1]);
  assert.ok(
    stopSeconds * 1000 > DEFAULT_SHUTDOWN_TIMEOUT_MS,
    "systemd waits longer than SHUTDOWN_TIMEOUT_MS before it kills",
  );
});
