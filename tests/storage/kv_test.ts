import assert from "node:assert/strict";
import { openKv } from "../../src/storage/kv.ts";

const posix = Deno.build.os !== "windows";

Deno.test({
  name: "openKv() creates a missing folder 700 and the KV file 600",
  ignore: !posix,
  async fn() {
    const dir = await Deno.makeTempDir();
    try {
      const path = `${dir}/data/nested/kv.sqlite3`;
      const warnings: number[] = [];
      const kv = await openKv(path, {
        onReadableByOthers: (m) => warnings.push(m),
      });
      await kv.set(["x"], "y");
      kv.close();
      assert.equal((await Deno.stat(`${dir}/data`)).mode! & 0o777, 0o700);
      assert.equal(
        (await Deno.stat(`${dir}/data/nested`)).mode! & 0o777,
        0o700,
      );
      assert.equal((await Deno.stat(path)).mode! & 0o777, 0o600);
      for await (const entry of Deno.readDir(`${dir}/data/nested`)) {
        const mode = (await Deno.stat(`${dir}/data/nested/${entry.name}`))
          .mode!;
        assert.equal(
          mode & 0o077,
          0,
          `${entry.name} is ${(mode & 0o777).toString(8)}`,
        );
      }
      assert.deepEqual(warnings, []);
    } finally {
      await Deno.remove(dir, { recursive: true });
    }
  },
});

Deno.test({
  name:
    "openKv() leaves an existing folder and file as they are, and reports a file others can read",
  ignore: !posix,
  async fn() {
    const dir = await Deno.makeTempDir();
    try {
      await Deno.chmod(dir, 0o755);
      const path = `${dir}/kv.sqlite3`;
      await Deno.writeFile(path, new Uint8Array());
      await Deno.chmod(path, 0o644);
      const warnings: number[] = [];
      const kv = await openKv(path, {
        onReadableByOthers: (m) => warnings.push(m),
      });
      kv.close();
      assert.equal((await Deno.stat(dir)).mode! & 0o777, 0o755);
      assert.deepEqual(warnings, [0o644]);
    } finally {
      await Deno.remove(dir, { recursive: true });
    }
  },
});
