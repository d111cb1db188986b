# Roles, moderation, access and privacy — English. The source of every
# message id of this area: every other locale has exactly these ids, with
# the same placeholders (tests/ui/locales_test.ts).

## Commands in Telegram's menu

command-privacy = What I keep about you, and for how long
command-export = Get everything I keep about you as a file
command-forget = Delete everything I keep about you
command-ban = Ban a user (moderators)
command-unban = Lift a ban (moderators)
command-whois = A user's role and standing (moderators)
command-role = Change a user's role (admins)
command-audit = The audit log (admins)

## Role names

role-name-owner = owner
role-name-admin = admin
role-name-moderator = moderator
role-name-trusted = trusted
role-name-user = user
role-name-banned = banned

## Access

access-banned = You can't use this bot.
access-not-allowed = This bot is private: only people its owner allowed can use it.
access-pending = Thanks! This bot is private, so I've asked its admins to let you in. I'll tell you here as soon as they answer.
access-denied = Your request to use this bot was declined.
access-request =
    🔔 { $name } asks to use the bot.
    { $username } · id { $id }
access-no-username = no username
access-approve = ✓ Approve
access-deny = ✕ Deny
access-approved-card = ✓ Approved: user { $id } can use the bot now.
access-denied-card = ✕ Denied: user { $id } can't use the bot.
access-answered-approved = Another admin has already approved this request.
access-answered-denied = Another admin has already denied this request.
access-unknown-request = This request is no longer there.
access-approved-user = ✓ You're in! Send me a rough idea and I'll turn it into a strong prompt. /help lists what I can do.
access-denied-user = Sorry, your request to use this bot was declined.

## /role, /ban, /unban

role-usage = Usage: /role <user id, or reply to their message> <role>. Roles: admin, moderator, trusted, user, banned.
ban-usage = Usage: /ban <user id, or reply to their message> [reason]
unban-usage = Usage: /unban <user id, or reply to their message>
whois-usage = Usage: /whois <user id, or reply to their message>
moderation-not-a-user = That message is from a bot, not from a person.
moderation-private-only = Use { $command } in a private chat with me: what it shows stays out of groups.
role-set = ✓ User { $user } is now { $role }.
ban-done = { $cancelled ->
    [0] ✓ Banned user { $user }.
    [one] ✓ Banned user { $user }; their waiting prompt was cancelled.
   *[other] ✓ Banned user { $user }; their { $cancelled } waiting prompts were cancelled.
  }
unban-done = ✓ User { $user } can use the bot again, as { $role }.
role-refused-rank = You can only act on someone ranked below you, and give only a role below yours.
role-refused-owner-only = Only an owner can appoint admins.
role-refused-unchanged = User { $user } is already { $role }.
role-refused-not-banned = User { $user } is not banned.

## /whois

whois-heading = 👤 User { $id } · { $pseudonym }
whois-role = Role: { $role } ({ $source ->
    [owner_id] from OWNER_ID
    [admin_ids] from ADMIN_IDS
    [stored] set in the chat
   *[default] default
  })
whois-since = Since: { $when } UTC
whois-reason = Reason: { $reason }
whois-access = Access: { $status ->
    [pending] waiting for approval
    [approved] approved
   *[denied] denied
  }
whois-seen = First seen { $first } UTC, last seen { $last } UTC
whois-never-seen = Has not sent a prompt yet.
whois-counts = Prompts enhanced: { $enhancements } · in history: { $history } · waiting now: { $jobs }

## /audit

audit-heading = 📜 Audit log, page { $page }, newest first (people appear as pseudonyms):
audit-empty = The audit log is empty.
audit-entry = { $when } UTC · { $action ->
    [role] { $actor } changed { $target }: { $from } → { $to }
    [ban] { $actor } banned { $target }
    [unban] { $actor } unbanned { $target }
    [approve] { $actor } approved { $target }
    [deny] { $actor } denied { $target }
    [broadcast] { $actor } sent a broadcast to { $count } people
   *[forget] { $actor } had their data deleted ({ $count } records)
  }

## /privacy

privacy-heading = 🔒 What I keep about you
privacy-stored = • Your last { $limit } prompts with their answers (/history, with the chat each was shown in), your settings (category, language) and how many prompts you've sent.
privacy-retention = { $days ->
    [0] • Your history stays until you delete it (/clearhistory or /forget).
   *[other] • Each prompt in your history is deleted { $days } days after you sent it, or sooner with /clearhistory or /forget.
  }
privacy-transient = • While a prompt waits for its answer it stays in a queue; under an offline answer, the “Try again with AI” button keeps your request for 24 hours. Rate-limit counters last a minute or a day.
privacy-who = • Who can see it: you, and whoever runs the bot's database. Admins and moderators see your role and counts (/whois), never your prompts. The audit log of moderation shows pseudonyms, never names or messages, and is kept for a year.
privacy-encryption = { $encrypted ->
    [yes] • Your prompts and answers are encrypted in the database.
   *[no] • Your prompts and answers are stored in the database unencrypted.
  }
privacy-logs = • The logs never contain your messages; your id appears there only as a pseudonym.
privacy-commands = /export sends you all of it as a file; /forget deletes all of it.

## /export and /forget

export-caption = Everything I keep about you, as of { $when } UTC.
forget-confirm = Delete everything I keep about you: your history, settings, waiting prompts and counters? This cannot be undone. A role or a ban set by the moderators stays.
forget-yes = 🗑 Delete everything
forget-no = Keep
forget-kept = Nothing was deleted.
forget-done = { $count ->
    [0] Done: there was nothing to delete.
    [one] Done: deleted one record. Only a note that you asked, under a pseudonym, stays in the audit log.
   *[other] Done: deleted { $count } records. Only a note that you asked, under a pseudonym, stays in the audit log.
  }
privacy-cooldown = { $seconds ->
    [one] You can use { $command } again in one second.
   *[other] You can use { $command } again in { $seconds } seconds.
  }
