import assert from "node:assert/strict";
import { Api, GrammyError, InputFile } from "grammy";
import { type ChatEvent, ConsoleBotApi } from "../../src/console/bot_api.ts";

function consoleApi() {
  const events: ChatEvent[] = [];
  const botApi = new ConsoleBotApi({
    user: { id: 42, is_bot: false, first_name: "Ada" },
    onEvent: (event) => events.push(event),
    describeDocument: ({ filename, bytes }) => `📎 ${filename} (${bytes} B)`,
    clock: { now: () => 1_700_000_000_000 },
  });
  const api = new Api(botApi.token, {
    apiRoot: "http://console.invalid",
    fetch: botApi.fetch,
  });
  return { botApi, api, events };
}

Deno.test("ConsoleBotApi answers grammY's calls in-process and numbers messages after the user's", async () => {
  const { botApi, api, events } = consoleApi();
  assert.equal((await api.getMe()).username, botApi.botInfo.username);
  const typed = botApi.userMessage("/help me");
  assert.deepEqual(typed.entities, [{
    type: "bot_command",
    offset: 0,
    length: 5,
  }]);
  const sent = await api.sendMessage(42, "<b>Hi</b> &amp; welcome", {
    parse_mode: "HTML",
    reply_markup: { inline_keyboard: [[{ text: "Go", callback_data: "go" }]] },
  });
  assert.equal(sent.message_id, typed.message_id + 1);
  assert.deepEqual(events, [{
    kind: "message",
    message: botApi.message(sent.message_id),
  }]);
  assert.equal(botApi.message(sent.message_id)?.text, "Hi & welcome");
  assert.deepEqual(botApi.message(sent.message_id)?.keyboard, [[{
    text: "Go",
    callback_data: "go",
  }]]);
});

Deno.test("ConsoleBotApi refuses what Telegram refuses: unchanged edits, missing messages, bad HTML, empty and long texts", async () => {
  const { api } = consoleApi();
  const sent = await api.sendMessage(42, "same");
  const refused = async (call: Promise<unknown>, description: RegExp) => {
    const error = await call.then(() => null, (e) => e);
    assert.ok(error instanceof GrammyError, String(error));
    assert.equal(error.error_code, 400);
    assert.match(error.description, description);
  };
  await refused(
    api.editMessageText(42, sent.message_id, "same"),
    /message is not modified/,
  );
  await refused(api.editMessageText(42, 999, "x"), /message to edit not found/);
  await refused(
    api.sendMessage(42, "<b>x", { parse_mode: "HTML" }),
    /can't parse entities/,
  );
  await refused(api.sendMessage(42, "x".repeat(4097)), /message is too long/);
  await refused(api.deleteMessage(42, 999), /message to delete not found/);
  await api.editMessageText(42, sent.message_id, "changed");
  await api.deleteMessage(42, sent.message_id);
});

Deno.test("ConsoleBotApi reads a document from grammY's multipart upload and shows drafts, the Thinking… placeholder, alerts and reactions", async () => {
  const { api, events } = consoleApi();
  await api.sendDocument(
    42,
    new InputFile(new TextEncoder().encode("whole answer"), "prompt.md"),
    {
      caption: "Cut short",
    },
  );
  // An empty draft is Telegram's "Thinking…" placeholder, not an error.
  assert.equal(
    await api.raw.sendMessageDraft({ chat_id: 42, draft_id: 7, text: "" }),
    true,
  );
  await api.raw.sendMessageDraft({ chat_id: 42, draft_id: 7, text: "Draf" });
  await api.answerCallbackQuery("q1", { text: "Wait", show_alert: true });
  await api.setMessageReaction(42, 1, [{ type: "emoji", emoji: "👀" }]);
  await api.sendChatAction(42, "typing");
  assert.deepEqual(
    events.map((e) => e.kind === "message" ? e.message.text : e),
    [
      "📎 prompt.md (12 B)\nCut short",
      { kind: "typing" },
      { kind: "draft", id: 7, text: "Draf" },
      { kind: "notice", text: "Wait", alert: true },
      { kind: "reaction", id: 1, emoji: "👀" },
      { kind: "typing" },
    ],
  );
});

Deno.test("ConsoleBotApi shows a photo (the /stats chart) by its name and size, then its caption", async () => {
  const events: ChatEvent[] = [];
  const botApi = new ConsoleBotApi({
    user: { id: 42, is_bot: false, first_name: "Ada" },
    onEvent: (event) => events.push(event),
    describeDocument: ({ filename, bytes, kind }) =>
      `${kind} ${filename} (${bytes} B)`,
    clock: { now: () => 1_700_000_000_000 },
  });
  const api = new Api(botApi.token, {
    apiRoot: "http://console.invalid",
    fetch: botApi.fetch,
  });
  const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 1, 2, 3, 4]);
  const sent = await api.sendPhoto(42, new InputFile(png, "stats.png"), {
    caption: "<b>📊 Statistics</b>",
    parse_mode: "HTML",
  });
  await api.sendPhoto(42, new InputFile(png, "bare.png"));
  assert.equal(sent.photo?.[0].file_size, 8);
  assert.deepEqual(
    events.map((e) => e.kind === "message" ? e.message.text : e),
    ["photo stats.png (8 B)\n📊 Statistics", "photo bare.png (8 B)"],
  );
});
