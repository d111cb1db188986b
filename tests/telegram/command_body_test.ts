import assert from "node:assert/strict";
import { commandBody } from "../../src/telegram/command_body.ts";

const command = { type: "bot_command" as const, offset: 0, length: 10 };

Deno.test("commandBody() keeps what follows the command and moves its entities there", () => {
  assert.deepEqual(
    commandBody("/broadcast   Hi *all*\n\nBye  ", [
      command,
      { type: "italic", offset: 13, length: 2 },
      { type: "text_link", offset: 23, length: 3, url: "https://x.example" },
    ]),
    {
      text: "Hi *all*\n\nBye",
      entities: [
        { type: "italic", offset: 0, length: 2 },
        { type: "text_link", offset: 10, length: 3, url: "https://x.example" },
      ],
    },
  );
});

Deno.test("commandBody() clips entities across the cut, drops those outside it, and counts UTF-16 units", () => {
  // "🎉" is two UTF-16 units: offsets after it move by two.
  const text = "/broadcast 🎉 party";
  assert.deepEqual(
    commandBody(text, [
      command,
      { type: "bold", offset: 5, length: 8 },
      { type: "underline", offset: 14, length: 5 },
      { type: "italic", offset: 2, length: 3 },
    ]),
    {
      text: "🎉 party",
      entities: [
        { type: "bold", offset: 0, length: 2 },
        { type: "underline", offset: 3, length: 5 },
      ],
    },
  );
  assert.deepEqual(commandBody("/broadcast   ", [command]), {
    text: "",
    entities: [],
  });
  assert.deepEqual(commandBody("no command here"), {
    text: "no command here",
    entities: [],
  });
});
