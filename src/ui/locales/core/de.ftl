# Promptsmith — German (Deutsch), informal "du". The same message ids and
# placeholders as en.ftl (tests/ui/locales_test.ts). Plurals: one / other.

## Commands in Telegram's menu

command-start = Was Promptsmith kann
command-help = So benutzt du den Bot
command-enhance = Groben Prompt verbessern (auch in Gruppen)
command-category = Art der Prompts wählen, die ich schreibe
command-language = Sprache wählen, die ich spreche
command-history = Deine letzten Prompts
command-clearhistory = Deinen Prompt-Verlauf löschen
command-keys = Status der KI-Schlüssel (Admins)

## /start and /help

start-greeting = Hallo, { $name }! Ich bin Promptsmith ✨
start-greeting-anonymous = Hallo! Ich bin Promptsmith ✨
start-body =
    Schick mir eine grobe Idee – ein Satz reicht – und ich mache daraus einen starken, gut strukturierten Prompt für ChatGPT, Claude, Gemini oder ein Bildmodell.

    Probier mal: „ein Logo für ein Café, das von Katzen geführt wird“ oder „Python-Skript, das Fotos nach Datum umbenennt“.

    /help zeigt dir alles, was ich kann.
help-title = So benutzt du Promptsmith:
help-send = ✍️ Schick mir eine Idee, ganz wie du willst:
help-send-text = • 💬 Als Nachricht, bis zu { $max } Zeichen
help-send-voice = • 🎙 Als Sprachnachricht, Audiodatei oder Videonachricht: Ich transkribiere sie zuerst
help-send-photo = • 🖼 Als Foto oder Album: Die Bildunterschrift ist die Idee; ohne sie schreibe ich einen Prompt, der das Bild nachbildet
help-send-file = • 📄 Als Textdatei (.txt, .md)

help-shape = ✨ Dann feilst du an der Antwort:
help-shape-buttons = • Mit den Buttons darunter: ✂️ Kürzer, ➕ Mehr Details, 🔁 Andere Version, 🎯 Modell… und mehr
help-shape-reply = • Antworte darauf mit einer Änderung („förmlicher“, „zwei Beispiele dazu“), dann überarbeite ich sie
help-shape-type = • In unserem privaten Chat kannst du die Änderung auch einfach gleich nach der Antwort schreiben; /enhance <Idee> beginnt immer einen neuen Prompt
help-shape-settings = • /settings: Kategorie, Zielmodell, Länge, Rückfragen vorab, Sprachen

help-elsewhere = 👥 In anderen Chats:
help-groups = • In einer Gruppe: /enhance <deine Idee>, eine Antwort auf eine meiner Nachrichten oder eine Erwähnung
help-inline = • In jedem Chat: Gib @{ $bot } und deine Idee ein, dann tippe auf einen Prompt, um ihn zu senden

help-commands = 📋 Befehle:

help-categories = Kategorien, die ich kenne: { $categories }. Mit /category wählst du die, die ich für dich nutze.
help-history = { $limit ->
    [one] Ich speichere deinen letzten Prompt: /history und /clearhistory funktionieren im privaten Chat.
   *[other] Ich speichere deine letzten { $limit } Prompts: /history und /clearhistory funktionieren im privaten Chat.
  }

## Enhancing

enhance-usage =
    Schick /enhance und danach deine Idee, zum Beispiel:
    /enhance ein Plakat für einen Jazzabend
enhance-busy = ⏳ Ich arbeite noch an deinem vorherigen Prompt. Ich mache einen nach dem anderen – schick diesen noch mal, sobald die Antwort da ist.
enhance-queued = { $ahead ->
    [1] ⏳ In der Warteschlange: Ich schreibe diesen gleich nach dem Prompt, an dem ich gerade arbeite.
   *[other] ⏳ In der Warteschlange: { $ahead } Prompts sind vor diesem dran. Ich beantworte sie der Reihe nach.
  }
enhance-queue-full = { $max ->
    [1] ⏳ Hinter dem Prompt, den ich gerade schreibe, wartet schon einer. Schick diesen noch einmal, sobald ich ihn beantwortet habe.
   *[other] ⏳ Hinter dem Prompt, den ich gerade schreibe, warten schon { $max }. Schick diesen noch einmal, sobald ich einen davon beantwortet habe.
  }
prompt-empty = Dein Prompt ist leer. Schick mir eine grobe Idee von dem, was du möchtest, zum Beispiel: „ein Geburtstagsgedicht für meine Schwester, die gern wandert“.
prompt-too-long = Dein Prompt hat { $length } Zeichen; das Limit liegt bei { $max }. Kürz ihn und schick ihn noch mal.
prompt-no-words = In deiner Nachricht stehen keine Wörter, mit denen ich arbeiten kann. Schick mir eine grobe Idee von dem, was du möchtest, zum Beispiel: „ein Geburtstagsgedicht für meine Schwester, die gern wandert“.
prompt-only-links = Links kann ich nicht öffnen. Schreib dazu, was damit geschehen soll, zum Beispiel: „fasse diesen Artikel für einen Newsletter zusammen: <Link>“.
rejected-too-long = Dein Prompt ist zu lang für das KI-Modell. Kürz ihn und schick ihn noch mal.
rejected-content-policy = Der KI-Anbieter hat diesen Prompt wegen seiner Inhaltsrichtlinien abgelehnt. Formulier ihn um und versuch es noch mal.
rejected-unknown-model = Das KI-Modell, das dieser Bot nutzen soll, ist nicht verfügbar. Bitte sag dem Admin des Bots Bescheid.
rejected-invalid-request = Der KI-Anbieter hat diese Anfrage abgelehnt. Versuch, deinen Prompt umzuformulieren oder zu kürzen; wenn das immer wieder passiert, sag bitte dem Admin des Bots Bescheid.
job-gave-up = Tut mir leid, ich konnte deinen letzten Prompt nicht fertigstellen. Bitte schick ihn noch mal.

answer-cut-caption = { $parts ->
    [one] ✂️ Die Antwort war zu lang für den Chat, deshalb endet die Nachricht oben nach dem ersten Teil. Hier ist sie vollständig.
   *[other] ✂️ Die Antwort war zu lang für den Chat, deshalb enden die Nachrichten oben nach { $parts } Teilen. Hier ist sie vollständig.
  }

## "Try again with AI"

retry-button = 🔁 Noch mal mit KI
retry-not-yours = Nur wer diesen Prompt geschickt hat, kann ihn noch mal versuchen.
retry-expired = Dieser Button ist abgelaufen. Schick deinen Prompt noch mal.
retry-wait = Bitte warte kurz, bevor du es noch mal versuchst.
retry-started = Neuer Versuch mit KI…

retry-ai-unavailable-soon = Die KI ist gerade nicht erreichbar; der nächste Versuch geht in etwa { $wait }. Kommt sie binnen { $within } zurück, versuche ich den Prompt automatisch noch mal und antworte hier.
retry-ai-unavailable-parked = Die KI ist gerade nicht erreichbar; neuer Versuch, sobald eine Schlüsselprüfung gelingt (alle { $interval }). Kommt sie binnen { $within } zurück, versuche ich es automatisch noch mal und antworte hier.

## Limits

limit-burst = { $max ->
    [one] Du schickst Prompts zu schnell: Das Limit ist ein Prompt pro Minute. Versuch es in { $wait } noch mal.
   *[other] Du schickst Prompts zu schnell: Das Limit liegt bei { $max } Prompts pro Minute. Versuch es in { $wait } noch mal.
  }
limit-daily = { $max ->
    [one] Du hast dein Tageslimit von einem Prompt erreicht. Es wird in { $wait } zurückgesetzt (um 00:00 UTC).
   *[other] Du hast dein Tageslimit von { $max } Prompts erreicht. Es wird in { $wait } zurückgesetzt (um 00:00 UTC).
  }
limit-global = { $max ->
    [one] Promptsmith ist gerade an seinem Limit von einem Prompt pro Minute für alle. Versuch es in { $wait } noch mal.
   *[other] Promptsmith ist gerade an seinem Limit von { $max } Prompts pro Minute für alle. Versuch es in { $wait } noch mal.
  }

limit-share = { $max ->
    [one] Gerade schicken viele Leute Prompts, deshalb teilt Promptsmith seinen einen Prompt pro Minute fair auf, und du hattest deinen Anteil für diese Minute schon. Versuch es in { $wait } noch mal.
   *[other] Gerade schicken viele Leute Prompts, deshalb teilt Promptsmith seine { $max } Prompts pro Minute fair auf, und du hattest deinen Anteil für diese Minute schon. Versuch es in { $wait } noch mal.
  }

## /history

history-private-only = Nutz /history im privaten Chat mit mir – so bleiben deine Prompts privat.
history-empty = Noch keine Prompts. Schick mir eine grobe Idee, dann taucht sie hier auf.
history-heading = { $total ->
    [one] 🕘 Dein letzter Prompt, Seite { $page } von { $pages }:
   *[other] 🕘 Deine letzten Prompts ({ $total }, neueste zuerst), Seite { $page } von { $pages }:
  }
history-item-summary =
    { $n }. { $when } UTC · { $category } · { $source ->
        [ai] KI
       *[offline] offline
    }
    „{ $prompt }“
    → { $result }
history-tap-hint = Tipp auf eine Nummer, um den ganzen Prompt zu sehen.
history-newer = ‹ Neuere
history-older = Ältere ›
history-item-gone = Dieser Prompt ist nicht mehr in deinem Verlauf.
history-item-truncated = (Das gespeicherte Ergebnis wurde gekürzt, damit es passt.)
history-already-empty = Dein Verlauf ist schon leer.
history-clear-confirm = { $count ->
    [one] Den einen Prompt in deinem Verlauf löschen? Das lässt sich nicht rückgängig machen.
   *[other] Alle { $count } Prompts in deinem Verlauf löschen? Das lässt sich nicht rückgängig machen.
  }
history-clear-yes = { $count ->
    [1] 🗑 Löschen
   *[other] 🗑 Alle löschen
  }
history-clear-no = Behalten
history-kept = Dein Verlauf bleibt, wie er ist.
history-cleared = { $count ->
    [one] { $count } Prompt aus deinem Verlauf gelöscht.
   *[other] { $count } Prompts aus deinem Verlauf gelöscht.
  }

## /category

category-private-only = Nutz /category im privaten Chat mit mir – deine Einstellungen gehören nur dir.
category-current =
    Deine Kategorie: { $emoji } { $title } – { $description }.

    Sie bestimmt, welche Prompts ich für dich schreibe. Tipp auf eine andere, um sie zu ändern:
category-saved =
    ✓ Gespeichert. Deine Prompts nutzen jetzt { $emoji } { $title } – { $description }.

    Tipp auf eine andere, um sie wieder zu ändern:
category-saved-toast = Gespeichert: { $emoji } { $title }
category-unknown = Die Kategorie „{ $name }“ kenne ich nicht. Wähle eine davon:
category-unknown-example = Zum Beispiel: /category coding – oder schick /category und tipp auf eine.
category-expired = Dieser Button ist abgelaufen. Schick /category, um neu zu wählen.

category-general-title = Allgemein
category-general-description = Jede Frage oder Aufgabe für ChatGPT, Claude, Gemini und Co.
category-coding-title = Programmieren
category-coding-description = Code schreiben, prüfen, debuggen oder erklären
category-writing-title = Schreiben
category-writing-description = Artikel, Posts, Geschichten, Gedichte und Lektorat
category-image-title = Bild
category-image-description = Prompts für Midjourney, DALL·E, Stable Diffusion, Flux
category-research-title = Recherche
category-research-description = Fragen untersuchen, vergleichen, zusammenfassen oder Fakten prüfen
category-business-title = Business & Marketing
category-business-description = Marketingtexte, Strategie, Pläne und Pitches
category-video-title = Video
category-video-description = Clips für Sora, Veo, Kling, Runway: Einstellungen, Kamera, Dauer
category-system_prompt-title = System-Prompt
category-system_prompt-description = Anweisungen für einen Assistenten, ein eigenes GPT oder einen Agenten
category-data-title = Daten / SQL
category-data-description = SQL-Abfragen, Tabellen und Datenanalyse
category-email-title = E-Mails & Nachrichten
category-email-description = E-Mails, Briefe, Antworten und Chatnachrichten
category-learning-title = Lernen / erklären
category-learning-description = Erklärungen, Lektionen, Lernpläne und Quizze
category-auto-title = Automatisch
category-auto-description = Ich wähle die Art des Prompts nach deinem Text

## /language

language-current = Deine Sprache: { $language }. Tipp auf eine andere, um sie zu ändern:
language-unknown = Die Sprache „{ $name }“ kenne ich nicht. Sende einen Code wie /language de oder tipp unten auf eine.
language-saved = ✓ Ab jetzt spreche ich { $language }.
language-auto = 🌐 Automatisch (aus Telegram)
language-saved-auto = ✓ Ich richte mich wieder nach deiner Telegram-Sprache: { $language }.
language-private-only = Nutz /language im privaten Chat mit mir.
language-expired = Dieser Button ist abgelaufen. Schick /language, um neu zu wählen.

## /keys (admins)

keys-private-only = Nutz /keys im privaten Chat mit mir: Details zu Schlüsseln gehören nicht in Gruppen.
keys-none = Keine LLM-Schlüssel konfiguriert: Prompts werden offline verbessert.
keys-heading = LLM-Schlüssel: { $count }, davon { $inService } in Betrieb
keys-line =
    { $hint } ({ $provider }): { $state }
    letzter Fehler: { $lastError } · Erfolg: { $success } · Median: { $median }
keys-no-error = keiner
keys-no-attempts = noch keine Versuche
keys-success-rate = { $percent } % von { $attempts }
keys-state-parked = geparkt, bis ein Health-Check gelingt
keys-state-in-service = in Betrieb
keys-state-cooling = Abkühlphase, noch { $left }
keys-state-open-waiting = Circuit offen, nächster Test in { $left }
keys-state-open-next = Circuit offen, die nächste Anfrage testet ihn
keys-state-half-open = halb offen, wird getestet

## Anything else

unknown-command = Diesen Befehl kenne ich nicht. /help zeigt, was ich kann.
text-only = Schick mir deine Idee als Textnachricht, dann mache ich einen starken Prompt daraus.
button-expired = Dieser Button ist abgelaufen. Schick deine Anfrage noch mal.
error-enhance = Tut mir leid, das hat nicht geklappt. Schick es bitte gleich noch mal.
error-generic = Tut mir leid, bei mir ist etwas schiefgelaufen. Bitte versuch es noch mal.
