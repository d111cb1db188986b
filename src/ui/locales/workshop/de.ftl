# Promptsmith — German (Deutsch), informal "du": the prompt workshop (answers,
# revisions, clarifying questions, /settings). The same message ids and
# placeholders as en.ftl (tests/ui/locales_test.ts). Plurals: one / other.

## The answer

answer-by-ai = ✨ KI
answer-by-offline = ⚡ offline
answer-version = v{ $version }
answer-version-of = v{ $version } ({ $action })
answer-offline-no-keys = Vom Offline-Modus geschrieben: Für diesen Bot ist keine KI eingerichtet.
answer-offline-unavailable = Die KI ist gerade nicht erreichbar, deshalb hat der Offline-Modus diesen geschrieben. Tipp auf „Noch mal mit KI“, um eine KI-Version zu bekommen.
answer-offline-empty = Die KI hat eine leere Antwort geliefert, deshalb hat der Offline-Modus diesen geschrieben.
answer-offline-written = Vom Offline-Modus geschrieben, ohne KI.
answer-fill-in = ✏️ Zum Ausfüllen:
answer-assumed = 💭 Annahmen:
answer-cut-by-limit = Die KI hat an ihrer Längengrenze aufgehört, das Ende fehlt also vielleicht. Tipp auf ✂️ Kürzer für eine kompakte Version.

target-chat = ChatGPT / Gemini
target-claude = Claude
target-reasoning = Reasoning-Modelle
target-midjourney = Midjourney
target-stable_diffusion = Stable Diffusion
target-natural_image = Flux / DALL·E / Imagen
target-video = Sora / Veo / Kling

## The buttons under an answer

workshop-copy = 📋 Kopieren
workshop-shorter = ✂️ Kürzer
workshop-detail = ➕ Mehr Details
workshop-another = 🔁 Andere Version
workshop-target = 🎯 Modell…
workshop-category = 🗂 Kategorie…
workshop-ask = ❓ Erst nachfragen
workshop-more = Mehr…
workshop-back = « Zurück
workshop-not-yours = Nur wer diesen Prompt angefragt hat, kann ihn ändern.
workshop-expired = Diesen Prompt habe ich nicht mehr (abgelaufen oder gelöscht), deshalb kann ich ihn nicht ändern. Schick deine Idee noch mal.
workshop-started = Bin dran…
workshop-already = Daran arbeite ich schon.
workshop-target-current = Dieser Prompt ist schon für dieses Modell.
workshop-category-current = Dieser Prompt ist schon in dieser Kategorie.
workshop-queued = { $ahead ->
    [1] In der Warteschlange: Ich mache das direkt nach dem Prompt, den ich gerade schreibe.
   *[other] In der Warteschlange: { $ahead } Prompts sind vor diesem dran.
  }
workshop-queue-full = { $max ->
    [1] Ein Prompt wartet schon. Versuch es noch mal, sobald ich ihn beantwortet habe.
   *[other] { $max } Prompts warten schon. Versuch es noch mal, sobald ich einen davon beantwortet habe.
  }
workshop-reply-empty = Sag mir, was ich ändern soll, zum Beispiel: „förmlicher“ oder „füge zwei Beispiele hinzu“.
workshop-change-latest = ✏️ Ich ändere deinen letzten Prompt. Für einen neuen schick ihn mit /enhance.

revision-shorter = ✂️ kürzer
revision-detail = ➕ mehr Details
revision-another = 🔁 andere Version
revision-target = 🎯 neues Modell
revision-category = 🗂 neue Kategorie
revision-ask = ❓ nach Rückfragen
revision-reply = ✍️ deine Änderung

## Clarifying questions

questions-intro = ❓ Eine kurze Frage, damit der Prompt genau zu dem passt, was du brauchst ({ $n }/{ $total }):
questions-typed-hint = Tipp auf eine Antwort oder schreib deine eigene.
questions-skip-one = Frage überspringen
questions-skip-all = ⏭ Einfach schreiben
questions-expired = Diese Fragen sind abgelaufen. Schick deine Idee noch mal.
questions-not-yours = Diese Fragen sind für die Person, die gefragt hat.
questions-done = ✓ Danke – ich schreibe jetzt deinen Prompt…
questions-answered = { $question } — { $answer }
questions-typed-which = Ist das deine Antwort auf „{ $question }“ oder eine neue Idee?
questions-typed-answer = ✍️ Meine Antwort
questions-typed-idea = ✨ Neue Idee
questions-typed-as-answer = ✓ Als deine Antwort übernommen.
questions-typed-as-idea = ✓ Als neue Idee übernommen.
questions-set-aside = Diese Fragen sind für deine neue Idee zurückgestellt.
questions-typed-replaced = Ein neuerer Text hat seinen Platz eingenommen.
questions-typed-unused = Nicht verwendet: Die Frage wurde anders beantwortet.

## /settings

settings-title = ⚙️ Deine Einstellungen. Tipp auf eine, um sie zu ändern:
settings-category = 🗂 Kategorie: { $value }
settings-target = 🎯 Modell: { $value }
settings-length = 📏 Länge: { $value }
settings-clarify = ❓ Erst Rückfragen: { $value }
settings-answer-language = 🌐 Prompt-Sprache: { $value }
settings-language = 🗣 Meine Sprache: { $value }
settings-pick-category = 🗂 Welche Art von Prompts soll ich schreiben? Automatisch wählt nach dem, was du schreibst.
settings-pick-target = 🎯 Für welches Modell sind deine Prompts? Automatisch wählt für jede Kategorie das passendste.
settings-pick-length = 📏 Wie lang sollen die Prompts sein?
settings-pick-clarify = ❓ Wann soll ich vor dem Schreiben ein paar Fragen stellen?
settings-pick-answer-language = 🌐 In welcher Sprache sollen die Prompts sein? Automatisch: in der Sprache, in der du schreibst (Bild- und Video-Prompts sind auf Englisch).
settings-pick-language = 🗣 Welche Sprache soll ich sprechen?
settings-target-auto = Automatisch
settings-length-concise = Knapp
settings-length-standard = Standard
settings-length-detailed = Ausführlich
settings-clarify-never = Nie
settings-clarify-auto = Wenn unklar
settings-clarify-always = Immer
settings-answer-language-auto = Automatisch
settings-language-auto = Automatisch
settings-saved = ✓ Gespeichert
settings-expired = Dieser Button ist abgelaufen. Schick /settings, um deine Einstellungen wieder zu öffnen.
settings-private-only = Nutz /settings im privaten Chat mit mir – deine Einstellungen gehören nur dir.
settings-back = « Zurück
command-settings = Deine Einstellungen: Kategorie, Modell, Länge, Sprachen

## /history versions

history-versions = 🗂 Versionen ({ $count })
history-version-line = v{ $version } · { $what }
history-original = Original
history-your-idea = 💡 Deine Idee: { $idea }
history-item-versions = 🗂 { $count } Versionen: Die neueste wird angezeigt
