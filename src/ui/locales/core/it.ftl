# Promptsmith — Italian (italiano), "tu". The same message ids and
# placeholders as en.ftl (tests/ui/locales_test.ts). Plurals: one / other
# ("prompt" is invariable in Italian; articles and participles agree).

## Commands in Telegram's menu

command-start = Cosa fa Promptsmith
command-help = Come usare il bot
command-enhance = Migliora un prompt grezzo (funziona nei gruppi)
command-category = Scegli il tipo di prompt che scrivo
command-language = Scegli la lingua in cui parlo
command-history = I tuoi prompt recenti
command-clearhistory = Elimina la cronologia dei tuoi prompt
command-keys = Stato delle chiavi IA (admin)

## /start and /help

start-greeting = Ciao, { $name }! Sono Promptsmith ✨
start-greeting-anonymous = Ciao! Sono Promptsmith ✨
start-body =
    Mandami un’idea grezza — basta una frase — e la trasformo in un prompt efficace e ben strutturato per ChatGPT, Claude, Gemini o un modello di immagini.

    Prova: “un logo per un bar gestito da gatti” o “script Python che rinomina le foto per data”.

    /help elenca tutto quello che so fare.
help-title = Come usare Promptsmith:
help-send = ✍️ Mandami un’idea, come preferisci:
help-send-text = • 💬 Un messaggio, fino a { $max } caratteri
help-send-voice = • 🎙 Un messaggio vocale, un file audio o un videomessaggio: prima lo trascrivo
help-send-photo = • 🖼 Una foto o un album: la didascalia è l’idea; senza, scrivo un prompt che ricrea l’immagine
help-send-file = • 📄 Un file di testo (.txt, .md)

help-shape = ✨ Poi rifinisci la risposta:
help-shape-buttons = • Con i pulsanti sotto: ✂️ Più breve, ➕ Più dettagli, 🔁 Altra versione, 🎯 Modello… e altri
help-shape-reply = • Rispondile con una modifica (“più formale”, “aggiungi due esempi”) e la rivedo
help-shape-type = • Nella nostra chat privata puoi anche scrivere la modifica subito dopo la risposta; /enhance <idea> inizia sempre un nuovo prompt
help-shape-settings = • /settings: categoria, modello di destinazione, lunghezza, domande prima, lingue

help-elsewhere = 👥 In altre chat:
help-groups = • In un gruppo: /enhance <la tua idea>, una risposta a un mio messaggio o una menzione
help-inline = • In qualsiasi chat: scrivi @{ $bot } e la tua idea, poi tocca un prompt per inviarlo

help-commands = 📋 Comandi:

help-categories = Categorie che conosco: { $categories }. Con /category scegli quella che uso per te.
help-history = { $limit ->
    [one] Conservo il tuo ultimo prompt: /history e /clearhistory funzionano in chat privata.
   *[other] Conservo i tuoi ultimi { $limit } prompt: /history e /clearhistory funzionano in chat privata.
  }

## Enhancing

enhance-usage =
    Invia /enhance seguito dalla tua idea, per esempio:
    /enhance un poster per una serata jazz
enhance-busy = ⏳ Sto ancora lavorando al tuo prompt precedente. Ne gestisco uno alla volta: invia di nuovo questo quando arriva quella risposta.
enhance-queued = { $ahead ->
    [1] ⏳ In coda: scriverò questo subito dopo il prompt a cui sto lavorando.
   *[other] ⏳ In coda: prima di questo ci sono { $ahead } prompt. Risponderò in ordine.
  }
enhance-queue-full = { $max ->
    [1] ⏳ C’è già un prompt in attesa dietro a quello che sto scrivendo. Rimanda questo quando gli avrò risposto.
   *[other] ⏳ Ci sono già { $max } prompt in attesa dietro a quello che sto scrivendo. Rimanda questo quando avrò risposto a uno di loro.
  }
prompt-empty = Il tuo prompt è vuoto. Mandami un’idea di massima di ciò che vuoi, per esempio: “una poesia di compleanno per mia sorella che ama le escursioni”.
prompt-too-long = Il tuo prompt ha { $length } caratteri; il limite è { $max }. Accorcialo e invialo di nuovo.
prompt-no-words = Nel tuo messaggio non ci sono parole su cui lavorare. Mandami un’idea di massima di ciò che vuoi, per esempio: “una poesia di compleanno per mia sorella che ama le escursioni”.
prompt-only-links = Non posso aprire i link. Scrivi cosa vuoi farne, per esempio: “riassumi questo articolo per una newsletter: <link>”.
rejected-too-long = Il tuo prompt è troppo lungo per il modello di IA. Accorcialo e invialo di nuovo.
rejected-content-policy = Il fornitore di IA ha rifiutato questo prompt in base alla sua politica sui contenuti. Riformulalo e riprova.
rejected-unknown-model = Il modello di IA che questo bot è configurato per usare non è disponibile. Per favore, avvisa l’amministratore del bot.
rejected-invalid-request = Il fornitore di IA ha respinto questa richiesta. Prova a riformulare o ad accorciare il tuo prompt; se continua a succedere, avvisa l’amministratore del bot.
job-gave-up = Mi dispiace, non è stato possibile completare il tuo ultimo prompt. Invialo di nuovo, per favore.

answer-cut-caption = { $parts ->
    [one] ✂️ La risposta era troppo lunga per la chat, quindi il messaggio qui sopra si interrompe dopo la prima parte. Eccola per intero.
   *[other] ✂️ La risposta era troppo lunga per la chat, quindi i messaggi qui sopra si interrompono dopo { $parts } parti. Eccola per intero.
  }

## "Try again with AI"

retry-button = 🔁 Riprova con l’IA
retry-not-yours = Solo chi ha chiesto questo prompt può riprovarlo.
retry-expired = Questo pulsante è scaduto. Invia di nuovo il tuo prompt.
retry-wait = Aspetta un attimo prima di riprovare.
retry-started = Riprovo con l’IA…

retry-ai-unavailable-soon = L’IA ora non è disponibile; si potrà riprovare tra circa { $wait }. Quando torna (entro { $within }), riproverò in automatico questo prompt e ti risponderò qui.
retry-ai-unavailable-parked = L’IA ora non è disponibile; si potrà riprovare appena un controllo delle chiavi riesce (ogni { $interval }). Quando torna (entro { $within }), riproverò in automatico questo prompt e risponderò qui.

## Limits

limit-burst = { $max ->
    [one] Stai inviando prompt troppo in fretta: il limite è di un prompt al minuto. Riprova tra { $wait }.
   *[other] Stai inviando prompt troppo in fretta: il limite è di { $max } prompt al minuto. Riprova tra { $wait }.
  }
limit-daily = { $max ->
    [one] Hai raggiunto il tuo limite giornaliero di un prompt. Si azzera tra { $wait } (alle 00:00 UTC).
   *[other] Hai raggiunto il tuo limite giornaliero di { $max } prompt. Si azzera tra { $wait } (alle 00:00 UTC).
  }
limit-global = { $max ->
    [one] In questo momento Promptsmith ha raggiunto il suo limite di un prompt al minuto per tutti. Riprova tra { $wait }.
   *[other] In questo momento Promptsmith ha raggiunto il suo limite di { $max } prompt al minuto per tutti. Riprova tra { $wait }.
  }

limit-share = { $max ->
    [one] Molte persone stanno inviando prompt in questo momento, quindi Promptsmith divide equamente il suo unico prompt al minuto e hai già usato la tua parte per questo minuto. Riprova tra { $wait }.
   *[other] Molte persone stanno inviando prompt in questo momento, quindi Promptsmith divide equamente i suoi { $max } prompt al minuto e hai già usato la tua parte per questo minuto. Riprova tra { $wait }.
  }

## /history

history-private-only = Usa /history in una chat privata con me: così i tuoi prompt restano privati.
history-empty = Ancora nessun prompt. Mandami un’idea grezza e comparirà qui.
history-heading = { $total ->
    [one] 🕘 Il tuo prompt recente, pagina { $page } di { $pages }:
   *[other] 🕘 I tuoi prompt recenti ({ $total }, dal più recente), pagina { $page } di { $pages }:
  }
history-item-summary =
    { $n }. { $when } UTC · { $category } · { $source ->
        [ai] IA
       *[offline] offline
    }
    “{ $prompt }”
    → { $result }
history-tap-hint = Tocca un numero per vedere il prompt completo.
history-newer = ‹ Più recenti
history-older = Meno recenti ›
history-item-gone = Quel prompt non è più nella tua cronologia.
history-item-truncated = (Il risultato salvato è stato accorciato per rientrare nei limiti.)
history-already-empty = La tua cronologia è già vuota.
history-clear-confirm = { $count ->
    [one] Eliminare l’unico prompt della tua cronologia? L’operazione non si può annullare.
   *[other] Eliminare tutti i { $count } prompt della tua cronologia? L’operazione non si può annullare.
  }
history-clear-yes = { $count ->
    [1] 🗑 Eliminalo
   *[other] 🗑 Elimina tutto
  }
history-clear-no = Mantieni
history-kept = La tua cronologia è rimasta com’era.
history-cleared = { $count ->
    [one] { $count } prompt eliminato dalla tua cronologia.
   *[other] { $count } prompt eliminati dalla tua cronologia.
  }

## /category

category-private-only = Usa /category in una chat privata con me: le tue impostazioni riguardano solo te.
category-current =
    La tua categoria: { $emoji } { $title } — { $description }.

    Determina i prompt che scrivo per te. Toccane un’altra per cambiarla:
category-saved =
    ✓ Salvato. Ora i tuoi prompt usano { $emoji } { $title } — { $description }.

    Toccane un’altra per cambiarla di nuovo:
category-saved-toast = Salvato: { $emoji } { $title }
category-unknown = Non conosco la categoria “{ $name }”. Scegline una tra queste:
category-unknown-example = Per esempio: /category coding — oppure invia /category e toccane una.
category-expired = Questo pulsante è scaduto. Invia /category per scegliere di nuovo.

category-general-title = Generale
category-general-description = Qualsiasi domanda o compito per ChatGPT, Claude, Gemini e simili
category-coding-title = Programmazione
category-coding-description = Codice da scrivere, rivedere, correggere o spiegare
category-writing-title = Scrittura
category-writing-description = Articoli, post, racconti, poesie e revisione
category-image-title = Immagini
category-image-description = Prompt per Midjourney, DALL·E, Stable Diffusion, Flux
category-research-title = Ricerca
category-research-description = Domande da approfondire, confrontare, riassumere o verificare
category-business-title = Business e marketing
category-business-description = Testi di marketing, strategia, piani e pitch
category-video-title = Video
category-video-description = Clip per Sora, Veo, Kling, Runway: inquadrature, camera, durata
category-system_prompt-title = Prompt di sistema
category-system_prompt-description = Istruzioni per un assistente, un GPT personalizzato o un agente
category-data-title = Dati / SQL
category-data-description = Query SQL, fogli di calcolo e analisi dei dati
category-email-title = Email e messaggi
category-email-description = Email, lettere, risposte e messaggi in chat
category-learning-title = Imparare / spiegare
category-learning-description = Spiegazioni, lezioni, piani di studio e quiz
category-auto-title = Automatico
category-auto-description = Scelgo il tipo di prompt in base a ciò che scrivi

## /language

language-current = La tua lingua: { $language }. Toccane un’altra per cambiarla:
language-unknown = Non conosco la lingua “{ $name }”. Invia un codice come /language de o toccane una qui sotto.
language-saved = ✓ Lingua salvata: { $language }. D’ora in poi ti parlo in questa lingua.
language-auto = 🌐 Automatica (da Telegram)
language-saved-auto = ✓ Torno a seguire la lingua del tuo Telegram: { $language }.
language-private-only = Usa /language in una chat privata con me.
language-expired = Questo pulsante è scaduto. Invia /language per scegliere di nuovo.

## /keys (admins)

keys-private-only = Usa /keys in una chat privata con me: i dettagli delle chiavi restano fuori dai gruppi.
keys-none = Nessuna chiave LLM configurata: i prompt vengono migliorati offline.
keys-heading = Chiavi LLM: { $count }, { $inService } in servizio
keys-line =
    { $hint } ({ $provider }): { $state }
    ultimo errore: { $lastError } · successo: { $success } · mediana: { $median }
keys-no-error = nessuno
keys-no-attempts = ancora nessun tentativo
keys-success-rate = { $percent }% su { $attempts }
keys-state-parked = sospesa finché un controllo di stato non riesce
keys-state-in-service = in servizio
keys-state-cooling = in pausa, mancano { $left }
keys-state-open-waiting = circuito aperto, nuovo test tra { $left }
keys-state-open-next = circuito aperto, la prossima richiesta lo testa
keys-state-half-open = semiaperto, in fase di test

## Anything else

unknown-command = Non conosco questo comando. /help elenca cosa so fare.
text-only = Mandami la tua idea come messaggio di testo e la trasformerò in un prompt efficace.
button-expired = Questo pulsante è scaduto. Invia di nuovo la tua richiesta.
error-enhance = Mi dispiace, questa volta non ce l’ho fatta. Invialo di nuovo tra un momento, per favore.
error-generic = Mi dispiace, qualcosa è andato storto da parte mia. Riprova, per favore.
