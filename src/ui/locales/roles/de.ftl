# Rollen, Moderation, Zugang und Datenschutz — Deutsch.

## Commands in Telegram's menu

command-privacy = Was ich über dich speichere und wie lange
command-export = Alles, was ich über dich speichere, als Datei
command-forget = Alles löschen, was ich über dich speichere
command-ban = Nutzer sperren (Moderatoren)
command-unban = Sperre aufheben (Moderatoren)
command-whois = Rolle und Status eines Nutzers (Moderatoren)
command-role = Rolle eines Nutzers ändern (Admins)
command-audit = Das Audit-Protokoll (Admins)

## Role names

role-name-owner = Inhaber
role-name-admin = Admin
role-name-moderator = Moderator
role-name-trusted = vertrauenswürdig
role-name-user = Nutzer
role-name-banned = gesperrt

## Access

access-banned = Du kannst diesen Bot nicht nutzen.
access-not-allowed = Dieser Bot ist privat: Nur Personen, die sein Inhaber zugelassen hat, können ihn nutzen.
access-pending = Danke! Dieser Bot ist privat, deshalb habe ich seine Admins gebeten, dich hereinzulassen. Ich melde mich hier, sobald sie antworten.
access-denied = Deine Anfrage, diesen Bot zu nutzen, wurde abgelehnt.
access-request =
    🔔 { $name } möchte den Bot nutzen.
    { $username } · ID { $id }
access-no-username = kein Nutzername
access-approve = ✓ Zulassen
access-deny = ✕ Ablehnen
access-approved-card = ✓ Zugelassen: Nutzer { $id } kann den Bot jetzt nutzen.
access-denied-card = ✕ Abgelehnt: Nutzer { $id } kann den Bot nicht nutzen.
access-answered-approved = Ein anderer Admin hat diese Anfrage schon zugelassen.
access-answered-denied = Ein anderer Admin hat diese Anfrage schon abgelehnt.
access-unknown-request = Diese Anfrage gibt es nicht mehr.
access-approved-user = ✓ Du bist drin! Schick mir eine grobe Idee, und ich mache daraus einen starken Prompt. /help zeigt, was ich kann.
access-denied-user = Leider wurde deine Anfrage, diesen Bot zu nutzen, abgelehnt.

## /role, /ban, /unban

role-usage = Verwendung: /role <Nutzer-ID oder Antwort auf seine Nachricht> <Rolle>. Rollen: admin, moderator, trusted, user, banned.
ban-usage = Verwendung: /ban <Nutzer-ID oder Antwort auf seine Nachricht> [Grund]
unban-usage = Verwendung: /unban <Nutzer-ID oder Antwort auf seine Nachricht>
whois-usage = Verwendung: /whois <Nutzer-ID oder Antwort auf seine Nachricht>
moderation-not-a-user = Diese Nachricht stammt von einem Bot, nicht von einem Menschen.
moderation-private-only = Nutze { $command } im privaten Chat mit mir: Was es zeigt, gehört nicht in Gruppen.
role-set = ✓ Nutzer { $user } hat jetzt die Rolle { $role }.
ban-done = { $cancelled ->
    [0] ✓ Nutzer { $user } gesperrt.
    [one] ✓ Nutzer { $user } gesperrt; sein wartender Prompt wurde abgebrochen.
   *[other] ✓ Nutzer { $user } gesperrt; seine { $cancelled } wartenden Prompts wurden abgebrochen.
  }
unban-done = ✓ Nutzer { $user } kann den Bot wieder nutzen, als { $role }.
role-refused-rank = Du kannst nur auf Personen mit niedrigerem Rang einwirken und nur Rollen unter deiner vergeben.
role-refused-owner-only = Nur ein Inhaber kann Admins ernennen.
role-refused-unchanged = Nutzer { $user } hat bereits die Rolle { $role }.
role-refused-not-banned = Nutzer { $user } ist nicht gesperrt.

## /whois

whois-heading = 👤 Nutzer { $id } · { $pseudonym }
whois-role = Rolle: { $role } ({ $source ->
    [owner_id] aus OWNER_ID
    [admin_ids] aus ADMIN_IDS
    [stored] im Chat gesetzt
   *[default] Standard
  })
whois-since = Seit: { $when } UTC
whois-reason = Grund: { $reason }
whois-access = Zugang: { $status ->
    [pending] wartet auf Zulassung
    [approved] zugelassen
   *[denied] abgelehnt
  }
whois-seen = Zuerst gesehen { $first } UTC, zuletzt { $last } UTC
whois-never-seen = Hat noch keinen Prompt geschickt.
whois-counts = Verbesserte Prompts: { $enhancements } · im Verlauf: { $history } · warten gerade: { $jobs }

## /audit

audit-heading = 📜 Audit-Protokoll, Seite { $page }, neueste zuerst (Personen als Pseudonyme):
audit-empty = Das Audit-Protokoll ist leer.
audit-entry = { $when } UTC · { $action ->
    [role] { $actor } hat { $target } geändert: { $from } → { $to }
    [ban] { $actor } hat { $target } gesperrt
    [unban] { $actor } hat { $target } entsperrt
    [approve] { $actor } hat { $target } zugelassen
    [deny] { $actor } hat { $target } abgelehnt
    [broadcast] { $actor } hat eine Rundnachricht an { $count } Personen geschickt
   *[forget] { $actor } hat seine Daten löschen lassen ({ $count } Einträge)
  }

## /privacy

privacy-heading = 🔒 Was ich über dich speichere
privacy-stored = • Deine letzten { $limit } Prompts mit ihren Antworten (/history, mit dem Chat, in dem jede gezeigt wurde), deine Einstellungen (Kategorie, Sprache) und wie viele Prompts du geschickt hast.
privacy-retention = { $days ->
    [0] • Dein Verlauf bleibt, bis du ihn löschst (/clearhistory oder /forget).
   *[other] • Jeder Prompt in deinem Verlauf wird { $days } Tage nach dem Senden gelöscht, oder früher mit /clearhistory oder /forget.
  }
privacy-transient = • Solange ein Prompt auf seine Antwort wartet, steht er in einer Warteschlange; unter einer Offline-Antwort hält die Schaltfläche „Mit KI erneut versuchen“ deine Anfrage 24 Stunden lang. Zähler der Limits gelten eine Minute oder einen Tag.
privacy-who = • Wer es sehen kann: du und wer die Datenbank des Bots betreibt. Admins und Moderatoren sehen deine Rolle und Zähler (/whois), nie deine Prompts. Das Moderationsprotokoll zeigt Pseudonyme, nie Namen oder Nachrichten, und wird ein Jahr aufbewahrt.
privacy-encryption = { $encrypted ->
    [yes] • Deine Prompts und Antworten sind in der Datenbank verschlüsselt.
   *[no] • Deine Prompts und Antworten liegen unverschlüsselt in der Datenbank.
  }
privacy-logs = • Die Logs enthalten nie deine Nachrichten; deine ID erscheint dort nur als Pseudonym.
privacy-commands = /export schickt dir alles als Datei; /forget löscht alles.

## /export and /forget

export-caption = Alles, was ich über dich speichere, Stand { $when } UTC.
forget-confirm = Alles löschen, was ich über dich speichere: Verlauf, Einstellungen, wartende Prompts und Zähler? Das lässt sich nicht rückgängig machen. Eine Rolle oder Sperre der Moderatoren bleibt bestehen.
forget-yes = 🗑 Alles löschen
forget-no = Behalten
forget-kept = Nichts wurde gelöscht.
forget-done = { $count ->
    [0] Fertig: Es gab nichts zu löschen.
    [one] Fertig: ein Eintrag gelöscht. Nur ein Vermerk, dass du darum gebeten hast, bleibt unter einem Pseudonym im Audit-Protokoll.
   *[other] Fertig: { $count } Einträge gelöscht. Nur ein Vermerk, dass du darum gebeten hast, bleibt unter einem Pseudonym im Audit-Protokoll.
  }
privacy-cooldown = { $seconds ->
    [one] Du kannst { $command } in einer Sekunde wieder verwenden.
   *[other] Du kannst { $command } in { $seconds } Sekunden wieder verwenden.
  }
