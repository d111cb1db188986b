import assert from "node:assert/strict";
import {
  droppedSections,
  switchedTo,
  typedButton,
  withLanguage,
  withoutSection,
} from "../../src/enhance/typed_change.ts";

Deno.test("typedButton() reads a button's version asked for in words, in several languages, and nothing more", () => {
  for (
    const [words, button] of [
      ["make it shorter", "shorter"],
      ["Shorter, please.", "shorter"],
      ["too long", "shorter"],
      ["сделай короче", "shorter"],
      ["kürzer bitte", "shorter"],
      ["más corto", "shorter"],
      ["more detail", "detail"],
      ["подробнее", "detail"],
      ["plus détaillé", "detail"],
      ["another version", "another"],
      ["try again", "another"],
      ["другой вариант", "another"],
      ["otra versión", "another"],
    ] as const
  ) {
    assert.equal(typedButton(words), button, words);
  }
  for (
    const words of ["shorter and funnier", "a shorter intro", "no emojis", ""]
  ) {
    assert.equal(typedButton(words), undefined, words);
  }
});

const SECTIONS = [
  { id: "task", label: "Task" },
  { id: "edge_cases", label: "Edge cases to handle" },
  { id: "tests", label: "Tests" },
  { id: "format", label: "Format" },
];

Deno.test("droppedSections() names the sections a typed rule drops, by their labels' stems; none for what is no section", () => {
  const ids = (words: string) =>
    droppedSections(words, SECTIONS).map((s) => s.id);
  assert.deepEqual(ids("no tests please"), ["tests"]);
  assert.deepEqual(ids("without the edge cases"), ["edge_cases"]);
  assert.deepEqual(ids("remove the tests and the edge cases"), [
    "edge_cases",
    "tests",
  ]);
  assert.deepEqual(ids("skip the test"), ["tests"]);
  assert.deepEqual(ids("no emojis"), []);
  // A longer word that starts the same is no section's name.
  for (
    const words of [
      "no testing framework",
      "no TestNG",
      "no testimonials",
      "no exam",
      "no Context7",
    ]
  ) {
    assert.deepEqual(ids(words), [], words);
  }
  assert.deepEqual(ids("use tests"), []);
  assert.deepEqual(
    droppedSections("без тестов", [{ id: "tests", label: "Тесты" }])
      .map((s) => s.id),
    ["tests"],
  );
});

Deno.test("withoutSection() drops a section's line, the list under it, or its XML block, and leaves the rest", () => {
  const plain =
    "Task: Do it.\n\nEdge cases to handle:\n- empty input\n- huge input\n\nTests: Include tests.\nFormat: Code.";
  assert.equal(
    withoutSection(plain, SECTIONS[1], ": "),
    "Task: Do it.\n\nTests: Include tests.\nFormat: Code.",
  );
  assert.equal(
    withoutSection(plain, SECTIONS[2], ": "),
    "Task: Do it.\n\nEdge cases to handle:\n- empty input\n- huge input\n\nFormat: Code.",
  );
  const xml = "<task>\nDo it.\n</task>\n\n<tests>\nInclude tests.\n</tests>";
  assert.equal(
    withoutSection(xml, SECTIONS[2], ": "),
    "<task>\nDo it.\n</task>",
  );
  assert.equal(
    withoutSection("Task: Do it.", SECTIONS[2], ": "),
    "Task: Do it.",
  );
});

Deno.test("switchedTo() and withLanguage() switch the programming language a prompt names, everywhere it names it", () => {
  assert.equal(switchedTo("use TypeScript instead"), "TypeScript");
  assert.equal(switchedTo("switch to Rust please"), "Rust");
  assert.equal(switchedTo("Use Python 3.12"), "Python 3.12");
  assert.equal(switchedTo("используй Go вместо питона"), "Go");
  assert.equal(switchedTo("используй TypeScript вместо"), "TypeScript");
  // A word in its case is named by its language's name.
  assert.equal(switchedTo("перепиши на джаваскрипте"), "JavaScript");
  // A library or a framework is no language to switch to.
  for (const words of ["use pytest", "use React instead", "use numpy"]) {
    assert.equal(switchedTo(words), undefined, words);
  }
  assert.equal(switchedTo("TypeScript"), undefined);
  assert.equal(switchedTo("use a dictionary instead"), undefined);
  assert.equal(switchedTo("use pandas and numpy instead"), undefined);
  const stack = { id: "stack", label: "Language and stack" };
  assert.equal(
    withLanguage(
      "Task: Write a python script.\n\nLanguage and stack: Python",
      stack,
      ": ",
      "TypeScript",
    ),
    "Task: Write a TypeScript script.\n\nLanguage and stack: TypeScript",
  );
  assert.equal(
    withLanguage("<stack>\nPython\n</stack>", stack, ": ", "Go"),
    "<stack>\nGo\n</stack>",
  );
  assert.equal(withLanguage("Task: Do it.", stack, ": ", "Go"), "Task: Do it.");
  // Names inside identifiers, packages, links and domains stay.
  assert.equal(
    withLanguage(
      "Task: A python tool using python-dotenv and my_python_utils (https://docs.python.org, python.org). In Python.\n\nLanguage and stack: Python",
      stack,
      ": ",
      "Rust",
    ),
    "Task: A Rust tool using python-dotenv and my_python_utils (https://docs.python.org, python.org). In Rust.\n\nLanguage and stack: Rust",
  );
  // "Go" only where it names the language.
  assert.equal(
    withLanguage(
      "Task: Write a go function in Go; let's go.\n\nLanguage and stack: Go",
      stack,
      ": ",
      "Rust",
    ),
    "Task: Write a Rust function in Rust; let's go.\n\nLanguage and stack: Rust",
  );
});
