import assert from "node:assert/strict";

const ROOT = new URL("..", import.meta.url).pathname;
const denoJson = JSON.parse(await Deno.readTextFile(`${ROOT}deno.json`));
const task: string = denoJson.tasks.compile;
const denort = Deno.env.get("DENORT_BIN");

Deno.test("the compile task grants what the bot needs and nothing broader", () => {
  for (
    const flag of [
      "--allow-net",
      "--allow-env",
      "--allow-read",
      "--allow-write",
      "--unstable-kv",
      "--unstable-cron",
      "--unstable-raw-imports",
    ]
  ) {
    assert.ok(task.includes(flag), `missing ${flag}`);
  }
  assert.ok(
    !/(^|\s)(-A|--allow-all|--allow-run|--allow-ffi|--allow-sys)(\s|$)/.test(
      task,
    ),
    "too broad",
  );
  assert.match(task, /--output dist\/promptsmith main\.ts$/);
});

Deno.test("the compile task leaves out the test folder of the locked bintrees, which crashes the packager", async () => {
  // prom-client's dependency bintrees ships a 2 MB test file that overflows
  // deno compile's stack; the folder is excluded by its node_modules path.
  const lock = JSON.parse(await Deno.readTextFile(`${ROOT}deno.lock`));
  const locked = Object.keys(lock.npm).filter((p) => p.startsWith("bintrees@"));
  assert.equal(locked.length, 1, "one bintrees in the lock");
  assert.ok(task.includes("--node-modules-dir=auto"));
  assert.ok(
    task.includes(
      `--exclude node_modules/.deno/${locked[0]}/node_modules/bintrees/test `,
    ),
    `the exclude names ${locked[0]}`,
  );
});

Deno.test("the compile task's entry point starts with exactly its flags and validates config", async () => {
  // What can be checked without denort: the same entry point with the same flags
  // starts, validates config and exits non-zero on a bad one.
  const flags = task.split(/\s+/).filter((f) =>
    f.startsWith("--allow-") || f.startsWith("--unstable-")
  );
  const out = await new Deno.Command(Deno.execPath(), {
    args: ["run", ...flags, `${ROOT}main.ts`],
    env: { BOT_TOKEN: "not-a-token" },
    clearEnv: true,
    stdout: "piped",
    stderr: "piped",
  }).output();
  assert.equal(out.code, 1);
  assert.match(
    new TextDecoder().decode(out.stderr),
    /BOT_TOKEN: does not look like a bot token/,
  );
});

Deno.test({
  name:
    "deno task compile builds a binary that starts (needs DENORT_BIN: denort cannot be downloaded here)",
  ignore: denort === undefined,
  async fn() {
    const dir = await Deno.makeTempDir();
    try {
      const args = task.replace(/^deno /, "").replace(
        "dist/promptsmith",
        `${dir}/promptsmith`,
      ).split(/\s+/);
      const build = await new Deno.Command(Deno.execPath(), {
        args,
        cwd: ROOT,
        stderr: "piped",
      }).output();
      assert.equal(build.code, 0, new TextDecoder().decode(build.stderr));
      const run = await new Deno.Command(`${dir}/promptsmith`, {
        env: { BOT_TOKEN: "not-a-token" },
        clearEnv: true,
        stderr: "piped",
      }).output();
      assert.equal(run.code, 1);
      assert.match(new TextDecoder().decode(run.stderr), /BOT_TOKEN/);
    } finally {
      await Deno.remove(dir, { recursive: true });
    }
  },
});

if (denort === undefined) {
  console.log(
    "compile_test: skipped building the binary: `deno compile` downloads denort, which this machine cannot reach; set DENORT_BIN to a denort binary to run it",
  );
}
