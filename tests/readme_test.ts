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

Deno.test("README's Commands table has one row per command group and lists exactly the commands of the menus, in menu order", () => {
  const section = readme.slice(
    readme.indexOf("### Commands"),
    readme.indexOf("\n## ", readme.indexOf("### Commands")),
  );
  const rows = section.split("\n").filter((line) => line.startsWith("|"));
  const separators = rows.filter((row) => /^\|\s*-+\s*\|/.test(row));
  assert.equal(separators.length, 1, "one header separator");
  assert.equal(rows.indexOf(separators[0]), 1, "right under the header");
  const listed = rows.slice(2).flatMap((row) =>
    [...row.split("|")[1].matchAll(/`\/([a-z]+)/g)].map((m) => m[1])
  );
  assert.deepEqual(listed, [
    ...USER_COMMANDS,
    ...MODERATOR_COMMANDS,
    ...ADMIN_COMMANDS,
  ]);
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
