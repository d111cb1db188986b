# Promptsmith — Italian (italiano), "tu": the prompt workshop (answers,
# revisions, clarifying questions, /settings). The same message ids and
# placeholders as en.ftl (tests/ui/locales_test.ts). Plurals: one / other
# ("prompt" is invariable; articles and participles agree).

## The answer

answer-by-ai = ✨ IA
answer-by-offline = ⚡ offline
answer-version = v{ $version }
answer-version-of = v{ $version } ({ $action })
answer-offline-no-keys = Scritto in modalità offline: questo bot non ha un’IA configurata.
answer-offline-unavailable = L’IA non è disponibile al momento, quindi questo l’ha scritto la modalità offline. Tocca “Riprova con l’IA” per una versione scritta dall’IA.
answer-offline-empty = L’IA ha dato una risposta vuota, quindi questo l’ha scritto la modalità offline.
answer-offline-written = Scritto in modalità offline, senza l’IA.
answer-fill-in = ✏️ Da completare:
answer-assumed = 💭 Ipotesi:
answer-cut-by-limit = L’IA si è fermata al suo limite di lunghezza, quindi potrebbe mancare la fine. Tocca ✂️ Più breve per una versione compatta.

target-chat = ChatGPT / Gemini
target-claude = Claude
target-reasoning = Modelli di ragionamento
target-midjourney = Midjourney
target-stable_diffusion = Stable Diffusion
target-natural_image = Flux / DALL·E / Imagen
target-video = Sora / Veo / Kling

## The buttons under an answer

workshop-copy = 📋 Copia
workshop-shorter = ✂️ Più breve
workshop-detail = ➕ Più dettagli
workshop-another = 🔁 Altra versione
workshop-target = 🎯 Modello…
workshop-category = 🗂 Categoria…
workshop-ask = ❓ Prima chiedimi
workshop-more = Altro…
workshop-back = « Indietro
workshop-not-yours = Solo chi ha chiesto questo prompt può modificarlo.
workshop-expired = Non ho più questo prompt (è scaduto o è stato eliminato), quindi non posso modificarlo. Invia di nuovo la tua idea.
workshop-started = Ci sto lavorando…
workshop-already = Ci sto già lavorando.
workshop-target-current = Questo prompt è già per questo modello.
workshop-category-current = Questo prompt è già in questa categoria.
workshop-queued = { $ahead ->
    [1] In coda: lo faccio subito dopo il prompt che sto scrivendo.
   *[other] In coda: ci sono { $ahead } prompt prima di questo.
  }
workshop-queue-full = { $max ->
    [1] C’è già un prompt in attesa. Riprova quando gli avrò risposto.
   *[other] Ci sono già { $max } prompt in attesa. Riprova quando avrò risposto a uno di essi.
  }
workshop-reply-empty = Dimmi cosa cambiare, per esempio: “più formale” o “aggiungi due esempi”.
workshop-change-latest = ✏️ Modifico il tuo ultimo prompt. Per uno nuovo, invialo con /enhance.

revision-shorter = ✂️ più breve
revision-detail = ➕ più dettagli
revision-another = 🔁 altra versione
revision-target = 🎯 nuovo modello
revision-category = 🗂 nuova categoria
revision-ask = ❓ dopo le domande
revision-reply = ✍️ la tua modifica

## Clarifying questions

questions-intro = ❓ Una domanda veloce perché il prompt sia adatto a ciò che ti serve ({ $n }/{ $total }):
questions-typed-hint = Tocca una risposta o scrivi la tua.
questions-skip-one = Salta questa
questions-skip-all = ⏭ Salta e scrivi
questions-expired = Queste domande sono scadute. Invia di nuovo la tua idea.
questions-not-yours = Queste domande sono per chi ha fatto la richiesta.
questions-done = ✓ Grazie — sto scrivendo il tuo prompt…
questions-answered = { $question } — { $answer }
questions-typed-which = È la tua risposta a «{ $question }» o una nuova idea?
questions-typed-answer = ✍️ È la mia risposta
questions-typed-idea = ✨ Nuova idea
questions-typed-as-answer = ✓ Registrato come tua risposta.
questions-typed-as-idea = ✓ Registrato come nuova idea.
questions-set-aside = Ho messo da parte queste domande per la tua nuova idea.
questions-typed-replaced = Un testo più recente ha preso il suo posto.
questions-typed-unused = Non usato: la domanda ha avuto un'altra risposta.

## /settings

settings-title = ⚙️ Le tue impostazioni. Toccane una per cambiarla:
settings-category = 🗂 Categoria: { $value }
settings-target = 🎯 Modello: { $value }
settings-length = 📏 Lunghezza: { $value }
settings-clarify = ❓ Prima le domande: { $value }
settings-answer-language = 🌐 Lingua dei prompt: { $value }
settings-language = 🗣 La mia lingua: { $value }
settings-pick-category = 🗂 Che tipo di prompt devo scrivere? Automatico sceglie in base a ciò che scrivi.
settings-pick-target = 🎯 Per quale modello sono i tuoi prompt? Automatico sceglie il più adatto a ogni categoria.
settings-pick-length = 📏 Quanto devono essere lunghi i prompt?
settings-pick-clarify = ❓ Quando devo farti qualche domanda prima di scrivere?
settings-pick-answer-language = 🌐 In che lingua devono essere i prompt? Automatica: nella lingua in cui scrivi (i prompt per immagini e video sono in inglese).
settings-pick-language = 🗣 In che lingua devo parlarti?
settings-target-auto = Automatico
settings-length-concise = Conciso
settings-length-standard = Standard
settings-length-detailed = Dettagliato
settings-clarify-never = Mai
settings-clarify-auto = Se è vago
settings-clarify-always = Sempre
settings-answer-language-auto = Automatica
settings-language-auto = Automatica
settings-saved = ✓ Salvato
settings-expired = Questo pulsante è scaduto. Invia /settings per riaprire le tue impostazioni.
settings-private-only = Usa /settings in una chat privata con me: le tue impostazioni riguardano solo te.
settings-back = « Indietro
command-settings = Le tue impostazioni: categoria, modello, lunghezza, lingue

## /history versions

history-versions = 🗂 Versioni ({ $count })
history-version-line = v{ $version } · { $what }
history-original = originale
history-your-idea = 💡 La tua idea: { $idea }
history-item-versions = 🗂 { $count } versioni: è mostrata la più recente
