# Ruoli, moderazione, accesso e privacy — italiano.

## Commands in Telegram's menu

command-privacy = Cosa conservo di te, e per quanto tempo
command-export = Ricevi in un file tutto ciò che conservo di te
command-forget = Elimina tutto ciò che conservo di te
command-ban = Blocca un utente (moderatori)
command-unban = Togli un blocco (moderatori)
command-whois = Ruolo e situazione di un utente (moderatori)
command-role = Cambia il ruolo di un utente (admin)
command-audit = Il registro di audit (admin)

## Role names

role-name-owner = proprietario
role-name-admin = admin
role-name-moderator = moderatore
role-name-trusted = fidato
role-name-user = utente
role-name-banned = bloccato

## Access

access-banned = Non puoi usare questo bot.
access-not-allowed = Questo bot è privato: possono usarlo solo le persone autorizzate dal proprietario.
access-pending = Grazie! Questo bot è privato, quindi ho chiesto agli admin di farti entrare. Ti avviso qui appena rispondono.
access-denied = La tua richiesta di usare questo bot è stata rifiutata.
access-request =
    🔔 { $name } chiede di usare il bot.
    { $username } · id { $id }
access-no-username = nessun nome utente
access-approve = ✓ Approva
access-deny = ✕ Rifiuta
access-approved-card = ✓ Approvata: l’utente { $id } ora può usare il bot.
access-denied-card = ✕ Rifiutata: l’utente { $id } non può usare il bot.
access-answered-approved = Un altro admin ha già approvato questa richiesta.
access-answered-denied = Un altro admin ha già rifiutato questa richiesta.
access-unknown-request = Questa richiesta non c’è più.
access-approved-user = ✓ Sei dentro! Mandami un’idea grezza e la trasformerò in un prompt efficace. /help elenca cosa so fare.
access-denied-user = Mi dispiace, la tua richiesta di usare questo bot è stata rifiutata.

## /role, /ban, /unban

role-usage = Uso: /role <id dell’utente, o rispondi a un suo messaggio> <ruolo>. Ruoli: admin, moderator, trusted, user, banned.
ban-usage = Uso: /ban <id dell’utente, o rispondi a un suo messaggio> [motivo]
unban-usage = Uso: /unban <id dell’utente, o rispondi a un suo messaggio>
whois-usage = Uso: /whois <id dell’utente, o rispondi a un suo messaggio>
moderation-not-a-user = Quel messaggio viene da un bot, non da una persona.
moderation-private-only = Usa { $command } in una chat privata con me: quello che mostra resta fuori dai gruppi.
role-set = ✓ L’utente { $user } ora è { $role }.
ban-done = { $cancelled ->
    [0] ✓ Utente { $user } bloccato.
    [one] ✓ Utente { $user } bloccato; il suo prompt in attesa è stato annullato.
   *[other] ✓ Utente { $user } bloccato; i suoi { $cancelled } prompt in attesa sono stati annullati.
  }
unban-done = ✓ L’utente { $user } può usare di nuovo il bot, come { $role }.
role-refused-rank = Puoi agire solo su chi ha un grado inferiore al tuo, e dare solo ruoli inferiori al tuo.
role-refused-owner-only = Solo un proprietario può nominare admin.
role-refused-unchanged = L’utente { $user } è già { $role }.
role-refused-not-banned = L’utente { $user } non è bloccato.

## /whois

whois-heading = 👤 Utente { $id } · { $pseudonym }
whois-role = Ruolo: { $role } ({ $source ->
    [owner_id] da OWNER_ID
    [admin_ids] da ADMIN_IDS
    [stored] impostato in chat
   *[default] predefinito
  })
whois-since = Dal: { $when } UTC
whois-reason = Motivo: { $reason }
whois-access = Accesso: { $status ->
    [pending] in attesa di approvazione
    [approved] approvato
   *[denied] rifiutato
  }
whois-seen = Visto la prima volta il { $first } UTC, l’ultima il { $last } UTC
whois-never-seen = Non ha ancora inviato prompt.
whois-counts = Prompt migliorati: { $enhancements } · nella cronologia: { $history } · in attesa ora: { $jobs }

## /audit

audit-heading = 📜 Registro di audit, pagina { $page }, dal più recente (le persone compaiono con uno pseudonimo):
audit-empty = Il registro di audit è vuoto.
audit-entry = { $when } UTC · { $action ->
    [role] { $actor } ha cambiato { $target }: { $from } → { $to }
    [ban] { $actor } ha bloccato { $target }
    [unban] { $actor } ha sbloccato { $target }
    [approve] { $actor } ha approvato { $target }
    [deny] { $actor } ha rifiutato { $target }
    [broadcast] { $actor } ha inviato un messaggio a { $count } persone
   *[forget] { $actor } ha fatto eliminare i suoi dati ({ $count } record)
  }

## /privacy

privacy-heading = 🔒 Cosa conservo di te
privacy-stored = • I tuoi ultimi { $limit } prompt con le risposte (/history, con la chat in cui è stata mostrata ciascuna), le tue impostazioni (categoria, lingua) e quanti prompt hai inviato.
privacy-retention = { $days ->
    [0] • La cronologia resta finché non la elimini (/clearhistory o /forget).
   *[other] • Ogni prompt della cronologia viene eliminato { $days } giorni dopo l’invio, o prima con /clearhistory o /forget.
  }
privacy-transient = • Finché un prompt aspetta la risposta resta in coda; sotto una risposta offline, il pulsante «Riprova con l’IA» conserva la tua richiesta per 24 ore. I contatori dei limiti durano un minuto o un giorno.
privacy-who = • Chi può vederlo: tu e chi gestisce il database del bot. Admin e moderatori vedono il tuo ruolo e i contatori (/whois), mai i tuoi prompt. Il registro della moderazione mostra pseudonimi, mai nomi o messaggi, e si conserva per un anno.
privacy-encryption = { $encrypted ->
    [yes] • I tuoi prompt e le risposte sono cifrati nel database.
   *[no] • I tuoi prompt e le risposte sono salvati nel database senza cifratura.
  }
privacy-logs = • I log non contengono mai i tuoi messaggi; il tuo id vi compare solo come pseudonimo.
privacy-commands = /export ti manda tutto questo in un file; /forget lo elimina tutto.

## /export and /forget

export-caption = Tutto ciò che conservo di te, al { $when } UTC.
forget-confirm = Eliminare tutto ciò che conservo di te: cronologia, impostazioni, prompt in attesa e contatori? Non si può annullare. Un ruolo o un blocco deciso dai moderatori resta.
forget-yes = 🗑 Elimina tutto
forget-no = Conserva
forget-kept = Non è stato eliminato nulla.
forget-done = { $count ->
    [0] Fatto: non c’era niente da eliminare.
    [one] Fatto: eliminato { $count } record. Nel registro di audit resta solo una nota della tua richiesta, con uno pseudonimo.
   *[other] Fatto: eliminati { $count } record. Nel registro di audit resta solo una nota della tua richiesta, con uno pseudonimo.
  }
privacy-cooldown = { $seconds ->
    [one] Potrai usare di nuovo { $command } tra un secondo.
   *[other] Potrai usare di nuovo { $command } tra { $seconds } secondi.
  }
