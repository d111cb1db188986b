import assert from "node:assert/strict";
import type { ShownMessage } from "../../src/console/bot_api.ts";
import {
  displayWidth,
  rowsOf,
  Screen,
  type ScreenOutput,
} from "../../src/console/screen.ts";

function output(columns = 80, rows = 24): ScreenOutput & { text: string } {
  const out = {
    text: "",
    write: (text: string) => void (out.text += text),
    columns: () => columns,
    rows: () => rows,
  };
  return out;
}

function message(
  id: number,
  text: string,
  keyboard: ShownMessage["keyboard"] = [],
): ShownMessage {
  return {
    id,
    text,
    keyboard,
    raw: {
      message_id: id,
      date: 0,
      chat: { id: 1, type: "private", first_name: "A" },
    },
  } as ShownMessage;
}

const notice = (text: string, alert: boolean) => `${alert ? "⚠" : "ⓘ"} ${text}`;

Deno.test("Screen (final mode) prints each message once, in its last state, on flush", () => {
  const out = output();
  const screen = new Screen(out, { live: false, formatNotice: notice });
  screen.show({ kind: "typing" });
  screen.show({ kind: "draft", id: 9, text: "Wri" });
  screen.show({ kind: "message", message: message(1, "Writ …") });
  screen.show({
    kind: "edit",
    message: message(1, "Written in full", [[{
      text: "🔁 Again",
      callback_data: "r",
    }]]),
  });
  screen.show({ kind: "notice", text: "Saved", alert: false });
  assert.equal(out.text, "", "nothing before the bot is done");
  screen.flush();
  assert.equal(out.text, "Written in full\n[1] 🔁 Again\n\nⓘ Saved\n\n");
  assert.deepEqual(
    screen.choices.map((c) => [c.number, c.messageId, c.button.text]),
    [[1, 1, "🔁 Again"]],
  );
});

Deno.test("Screen (final mode) skips a message deleted before the flush", () => {
  const out = output();
  const screen = new Screen(out, { live: false, formatNotice: notice });
  screen.show({ kind: "message", message: message(1, "temporary") });
  screen.show({ kind: "delete", id: 1 });
  screen.show({ kind: "message", message: message(2, "kept") });
  screen.flush();
  assert.equal(out.text, "kept\n\n");
});

Deno.test("Screen (live mode) redraws a growing message in place and lets the final message replace a draft", () => {
  const out = output();
  const screen = new Screen(out, { live: true, formatNotice: notice });
  screen.show({ kind: "typing" });
  screen.show({ kind: "draft", id: 5, text: "Once" });
  screen.show({ kind: "draft", id: 5, text: "Once upon" });
  screen.show({ kind: "message", message: message(3, "Once upon a time …") });
  screen.show({
    kind: "edit",
    message: message(3, "Once upon a time,\nthe end."),
  });
  assert.equal(
    out.text,
    "…\n" +
      "\x1b[1F\x1b[JOnce\n" +
      "\x1b[1F\x1b[JOnce upon\n" +
      "\x1b[1F\x1b[JOnce upon a time …\n\n" +
      "\x1b[2F\x1b[JOnce upon a time,\nthe end.\n\n",
  );
});

Deno.test("Screen (live mode) draws an edit of an older message anew below, and never redraws over the prompt", () => {
  const out = output();
  const screen = new Screen(out, { live: true, formatNotice: notice });
  screen.show({ kind: "message", message: message(1, "first") });
  screen.show({ kind: "message", message: message(2, "second") });
  screen.show({ kind: "edit", message: message(1, "first, edited") });
  screen.prompt("› ");
  screen.show({ kind: "edit", message: message(1, "first, edited again") });
  assert.equal(
    out.text,
    "first\n\nsecond\n\nfirst, edited\n\n› first, edited again\n\n",
  );
});

Deno.test("Screen (live mode) does not redraw a message taller than the terminal", () => {
  const out = output(10, 3);
  const screen = new Screen(out, { live: true, formatNotice: notice });
  screen.show({
    kind: "message",
    message: message(1, "a long line of text over rows"),
  });
  screen.show({ kind: "edit", message: message(1, "short") });
  assert.ok(!out.text.includes("\x1b["), JSON.stringify(out.text));
});

Deno.test("rowsOf() counts wrapped lines, wide characters and emoji as a terminal does", () => {
  assert.equal(rowsOf("abc\n", 80), 1);
  assert.equal(rowsOf("abc\n\n", 80), 2);
  assert.equal(rowsOf("x".repeat(81) + "\n", 80), 2);
  assert.equal(displayWidth("中文"), 4);
  assert.equal(displayWidth("🔁 x"), 4);
  assert.equal(displayWidth("e\u0301"), 1);
});
