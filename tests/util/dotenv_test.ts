import assert from "node:assert/strict";
import { loadDotenv, parseDotenv } from "../../src/util/dotenv.ts";

Deno.test("parseDotenv() reads names, quotes, escapes, export and comments", () => {
  const { values, problems } = parseDotenv([
    "\uFEFF# a comment",
    "BOT_TOKEN=123:abc",
    "export LOG_LEVEL = debug  # inline",
    'GREETING="hello\\nworld \\"x\\""',
    "LITERAL='a # b \\n'",
    "EMPTY=",
    "HASH=a#b",
    "",
  ].join("\r\n"));
  assert.deepEqual(values, {
    BOT_TOKEN: "123:abc",
    LOG_LEVEL: "debug",
    GREETING: 'hello\nworld "x"',
    LITERAL: "a # b \\n",
    EMPTY: "",
    HASH: "a#b",
  });
  assert.deepEqual(problems, []);
});

Deno.test("parseDotenv() reports bad lines by number without quoting values", () => {
  const { values, problems } = parseDotenv(
    'JUST TEXT\n1BAD=x\nOPEN="sk-secret-value\nOK=1',
  );
  assert.deepEqual(values, { OK: "1" });
  assert.deepEqual(problems, [
    "line 1: expected NAME=value",
    "line 2: expected NAME=value",
    "line 3: OPEN has an unclosed quote",
  ]);
  assert.ok(!problems.join().includes("sk-secret"));
});

Deno.test("loadDotenv() sets only variables the environment lacks, and is null without a file", async () => {
  const dir = await Deno.makeTempDir();
  try {
    Deno.env.set("PROMPTSMITH_TEST_SET", "from shell");
    await Deno.writeTextFile(
      `${dir}/.env`,
      "PROMPTSMITH_TEST_SET=from file\nPROMPTSMITH_TEST_NEW=new\n",
    );
    const read = await loadDotenv(`${dir}/.env`);
    assert.deepEqual(read, { loaded: ["PROMPTSMITH_TEST_NEW"], problems: [] });
    assert.equal(Deno.env.get("PROMPTSMITH_TEST_SET"), "from shell");
    assert.equal(Deno.env.get("PROMPTSMITH_TEST_NEW"), "new");
    assert.equal(await loadDotenv(`${dir}/missing.env`), null);
  } finally {
    Deno.env.delete("PROMPTSMITH_TEST_SET");
    Deno.env.delete("PROMPTSMITH_TEST_NEW");
    await Deno.remove(dir, { recursive: true });
  }
});
