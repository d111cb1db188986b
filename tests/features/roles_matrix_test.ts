/**
 * Every command × every role × a private chat and a group, through the real
 * wiring: a command a role may use is answered (in a group, some answer that
 * they work in private only); one it may not use gets the unknown-command
 * answer in private and silence in a group, as any unknown command; a banned
 * user, once told, gets nothing at all.
 *
 * @module
 */
import assert from "node:assert/strict";
import { atLeast, type Role, ROLES } from "../../src/storage/role_store.ts";
import { commandsOf } from "../../src/ui/commands.ts";
import { DEFAULT_GROUP_ID, textUpdate } from "../fakes/updates.ts";
import { en } from "../support.ts";
import { startFeatureBot } from "./harness.ts";
import { ADMIN, OWNER } from "./roles_support.ts";

/** Someone every role above user may act on. */
const TARGET = 42_424_242;

/** Each command as sent, and the least role that may use it. */
const COMMANDS: readonly { text: string; least: Role }[] = [
  { text: "/start", least: "user" },
  { text: "/help", least: "user" },
  { text: "/enhance a logo for a bakery", least: "user" },
  { text: "/settings", least: "user" },
  { text: "/category", least: "user" },
  { text: "/language", least: "user" },
  { text: "/history", least: "user" },
  { text: "/clearhistory", least: "user" },
  { text: "/privacy", least: "user" },
  { text: "/export", least: "user" },
  { text: "/forget", least: "user" },
  { text: `/ban ${TARGET} test`, least: "moderator" },
  { text: `/unban ${TARGET}`, least: "moderator" },
  { text: `/whois ${TARGET}`, least: "moderator" },
  { text: `/role ${TARGET} trusted`, least: "admin" },
  { text: "/audit", least: "admin" },
  { text: "/keys", least: "admin" },
  { text: "/stats", least: "admin" },
  { text: "/broadcast Hello everyone", least: "admin" },
];

type Outcome = "answered" | "unknown" | "silent";

/** Who plays each role: the owner and the seeded admin by config, the others set by the owner. */
const ACTORS: Record<Role, number> = {
  owner: OWNER,
  admin: ADMIN,
  moderator: 3_000_001,
  trusted: 3_000_002,
  user: 3_000_003,
  banned: 3_000_004,
};

function expected(role: Role, least: Role, chat: "private" | "group"): Outcome {
  if (role === "banned") return "silent";
  if (atLeast(role, least)) return "answered";
  return chat === "private" ? "unknown" : "silent";
}

Deno.test("the command matrix: every command × every role × private chat and group", async () => {
  assert.deepEqual(
    COMMANDS.map((c) => c.text.split(" ")[0].slice(1)).toSorted(),
    [...commandsOf("owner")].toSorted(),
    "the matrix covers every command of the menu",
  );
  for (const role of ROLES) {
    await using h = await startFeatureBot(null, {
      OWNER_ID: String(OWNER),
      ADMIN_IDS: String(ADMIN),
    });
    const actor = ACTORS[role];
    if (role !== "owner" && role !== "admin" && role !== "user") {
      const command = role === "banned"
        ? `/ban ${actor}`
        : `/role ${actor} ${role}`;
      await h.send(textUpdate({ text: command, userId: OWNER }));
      assert.equal((await h.deps.roles.read(actor)).role, role);
    }
    if (role === "banned") {
      await h.send(textUpdate({ text: "/start", userId: actor }));
      assert.deepEqual(h.shown(actor), [en("access-banned")]);
    }
    const seen: string[] = [];
    const wanted: string[] = [];
    for (const chat of ["private", "group"] as const) {
      const chatId = chat === "private" ? actor : DEFAULT_GROUP_ID;
      for (const { text, least } of COMMANDS) {
        const before = h.shown(chatId).length;
        await h.send(textUpdate({
          text,
          userId: actor,
          ...(chat === "group" ? { chatType: "group" as const } : {}),
        }));
        const replies = h.shown(chatId).slice(before);
        const outcome: Outcome = replies.length === 0
          ? "silent"
          : replies.every((r) => r === en("unknown-command"))
          ? "unknown"
          : "answered";
        seen.push(`${role} ${chat} ${text}: ${outcome}`);
        wanted.push(`${role} ${chat} ${text}: ${expected(role, least, chat)}`);
      }
    }
    assert.deepEqual(seen, wanted);
    // A refused command changed nothing: the target is still a user, untouched.
    const target = await h.deps.roles.read(TARGET);
    assert.equal(
      target.record === null,
      !atLeast(role, "admin"),
      `${role}: the target's role record`,
    );
  }
});
