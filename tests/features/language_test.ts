import assert from "node:assert/strict";
import type { InlineKeyboardMarkup } from "grammy/types";
import { textUpdate } from "../fakes/updates.ts";
import { type FeatureHarness, startFeatureBot } from "./harness.ts";

const USER = 7070;

function menuButtons(h: FeatureHarness): string[] {
  const markup = h.tg.messages(USER).at(-1)!.reply_markup as
    | InlineKeyboardMarkup
    | undefined;
  return (markup?.inline_keyboard ?? []).flat().map((b) => b.text);
}

Deno.test("/language with an unknown argument says so, quoting it, above the menu, and changes nothing", async () => {
  await using h = await startFeatureBot(null);
  for (const wanted of ["xx", "klingon", "<b>x</b>"]) {
    await h.send(textUpdate({ text: `/language ${wanted}`, userId: USER }));
    const shown = h.shown(USER).at(-1)!;
    assert.ok(
      shown.startsWith(`I don't know the language “${wanted}”.`),
      shown,
    );
    assert.match(shown, /Your language: English\. Tap one to change it:/);
    assert.ok(menuButtons(h).includes("Deutsch"), wanted);
  }
  await h.send(
    textUpdate({ text: `/language ${"q".repeat(60)}`, userId: USER }),
  );
  assert.match(h.shown(USER).at(-1)!, new RegExp(`“${"q".repeat(40)}…”`));
  assert.equal((await h.deps.users.preferences(USER)).language, undefined);
});

Deno.test("/language with no argument shows the menu alone", async () => {
  await using h = await startFeatureBot(null);
  await h.send(textUpdate({ text: "/language", userId: USER }));
  assert.match(h.shown(USER).at(-1)!, /^Your language: English\./);
});

Deno.test("/language sets a language named by its code or its own name, in any case, and in Russian says an unknown one in Russian", async () => {
  await using h = await startFeatureBot(null);
  await h.send(textUpdate({ text: "/language DE", userId: USER }));
  assert.equal((await h.deps.users.preferences(USER)).language, "de");
  await h.send(textUpdate({ text: "/language русский", userId: USER }));
  assert.equal((await h.deps.users.preferences(USER)).language, "ru");
  assert.match(h.shown(USER).at(-1)!, /Русский/);
  await h.send(textUpdate({ text: "/language klingon", userId: USER }));
  assert.match(h.shown(USER).at(-1)!, /^Я не знаю язык «klingon»/);
  await h.send(textUpdate({ text: "/language auto", userId: USER }));
  assert.equal((await h.deps.users.preferences(USER)).language, undefined);
});
