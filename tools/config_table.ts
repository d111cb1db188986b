/**
 * Writes README's configuration table from `CONFIG_VARIABLES`, so the two never
 * disagree. `deno task readme` updates README.md; tests/readme_test.ts fails
 * when it is out of date.
 *
 * @module
 */
import { CONFIG_VARIABLES } from "../src/config/config.ts";

const START = "<!-- config-table:start -->";
const END = "<!-- config-table:end -->";

/** The Markdown table of every configuration variable. */
export function configTable(): string {
  const rows = CONFIG_VARIABLES.map((v) => {
    const when = "requiredWhen" in v ? v.requiredWhen : undefined;
    const required = v.required ? "yes" : when ? `when ${when}` : "no";
    const def = "default" in v && v.default ? `\`${v.default}\`` : "";
    const secret = v.secret ? " **Secret.**" : "";
    return `| \`${v.name}\` | ${required} | ${def} | ${
      escapeCell(v.description)
    }${secret} |`;
  });
  return [
    "| Variable | Required | Default | Meaning |",
    "| --- | --- | --- | --- |",
    ...rows,
  ].join("\n");
}

/** `readme` with the table between its markers replaced by the current one. */
export function withConfigTable(readme: string): string {
  const start = readme.indexOf(START);
  const end = readme.indexOf(END);
  if (start < 0 || end < start) {
    throw new TypeError(
      `Cannot update README: markers ${START} … ${END} not found`,
    );
  }
  return `${readme.slice(0, start + START.length)}\n${configTable()}\n${
    readme.slice(end)
  }`;
}

/**
 * The table in `readme` as rows of trimmed cells, so that `deno fmt`'s column
 * alignment does not count as a difference.
 */
export function tableRows(readme: string): string[][] {
  const start = readme.indexOf(START);
  const end = readme.indexOf(END);
  return readme.slice(start + START.length, end).split("\n")
    .filter((line) => line.trim().startsWith("|"))
    .map((line) =>
      line.trim().slice(1, -1).split(/(?<!\\)\|/).map((cell) => {
        const trimmed = cell.trim();
        return /^-+$/.test(trimmed) ? "---" : trimmed;
      })
    );
}

function escapeCell(text: string): string {
  return text.replaceAll("|", "\\|");
}

if (import.meta.main) {
  const path = new URL("../README.md", import.meta.url);
  await Deno.writeTextFile(
    path,
    withConfigTable(await Deno.readTextFile(path)),
  );
}
