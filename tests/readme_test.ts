import assert from "node:assert/strict";
import {
  ADMIN_COMMANDS,
  MODERATOR_COMMANDS,
  USER_COMMANDS,
} from "../src/ui/commands.ts";
import { tableRows, withConfigTable } from "../tools/config_table.ts";

const readme = await Deno.readTextFile(
  new URL("../README.md", import.meta.url),
);

Deno.test("README's configuration table matches CONFIG_VARIABLES (run `deno task readme`)", () => {
  assert.deepEqual(tableRows(readme), tableRows(withConfigTable(readme)));
});

Deno.test("README documents every command and the two quick-start commands", () => {
  for (
    const command of [
      ...USER_COMMANDS,
      ...MODERATOR_COMMANDS,
      ...ADMIN_COMMANDS,
    ]
  ) {
    assert.ok(readme.includes(`/${command}`), `/${command} missing`);
  }
  assert.ok(readme.includes("deno task start"));
  assert.ok(readme.includes("deno task test"));
});

Deno.test("README's quick start begins with deno task chat, then deno task test", () => {
  const quickStart = readme.slice(readme.indexOf("## Quick start"));
  const firstBlock = /```sh\n([\s\S]*?)```/.exec(quickStart)?.[1] ?? "";
  assert.deepEqual(firstBlock.trim().split("\n"), [
    "deno task chat",
    "deno task test",
  ]);
});

Deno.test("every deno task README names is a task of deno.json", async () => {
  const { tasks } = JSON.parse(
    await Deno.readTextFile(new URL("../deno.json", import.meta.url)),
  );
  const named = new Set(
    [...readme.matchAll(/deno task ([a-z][\w-]*)/g)].map((m) => m[1]),
  );
  assert.deepEqual([...named].filter((task) => !(task in tasks)), []);
});
