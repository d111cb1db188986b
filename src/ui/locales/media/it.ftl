# Promptsmith — italiano, area media: messaggi vocali, immagini, file, modalità inline.

## Messaggi vocali, file audio, videomessaggi

voice-heard =
    🎙 Ho sentito: «{ $text }»

    Rispondi a questo messaggio con una correzione e riscriverò il prompt a partire da quella.
voice-no-keys = 🎙 Qui non posso trascrivere i messaggi vocali: non c’è una chiave IA configurata per la voce e la modalità offline non sa trascrivere. Mandami la tua idea per iscritto, per favore.
voice-too-long = 🎙 Questa registrazione dura più di { $max }, il massimo che trascrivo. Mandane una più corta o la tua idea per iscritto.
voice-too-large = 🎙 Questo file supera { $max } MB, il massimo che posso scaricare. Manda una registrazione più corta o la tua idea per iscritto.
rejected-voice-no-keys = 🎙 Qui non posso trascrivere i messaggi vocali: non c’è una chiave IA configurata per la voce e la modalità offline non sa trascrivere. Mandami la tua idea per iscritto, per favore.
rejected-voice-too-long = 🎙 Questa registrazione è troppo lunga da trascrivere. Mandane una più corta o la tua idea per iscritto.
rejected-voice-too-large = 🎙 Questa registrazione è troppo grande da scaricare. Mandane una più corta o la tua idea per iscritto.
rejected-voice-unavailable = 🎙 Non sono riuscito a trascrivere il tuo vocale: il servizio vocale ora non è disponibile e la modalità offline non sa trascrivere. Riprova più tardi o mandami la tua idea per iscritto.
rejected-voice-failed = 🎙 Il servizio vocale non è riuscito a leggere questa registrazione. Registrala di nuovo o mandami la tua idea per iscritto.
rejected-voice-empty = 🎙 Non ho sentito nessuna parola in questa registrazione. Riprova un po’ più vicino al microfono o mandami la tua idea per iscritto.

## Immagini

photo-offline = 🖼 Ora non posso guardare immagini: serve l’IA e non ce n’è una configurata. Descrivi l’immagine a parole e scriverò il prompt.
photo-too-large = 🖼 Questa immagine supera { $max } MB, il massimo che posso leggere. Mandane una più piccola.
rejected-photo-offline = 🖼 Ora non posso guardare immagini: serve l’IA e non ce n’è una configurata. Descrivi l’immagine a parole e scriverò il prompt.
rejected-photo-too-large = 🖼 Questa immagine è troppo grande da leggere. Mandane una più piccola.
rejected-image-unreadable = 🖼 Non sono riuscito a leggere questa immagine. Mandala in JPEG, PNG, WebP o GIF.
rejected-needs-ai = 🖼 Trasformare un’immagine in un prompt richiede l’IA, che ora non è disponibile. Riprova più tardi o descrivi l’immagine a parole.

## File

document-unsupported = Non so leggere questo tipo di file. Accetto file di testo (.txt, .md e altro testo semplice), immagini (JPEG, PNG, WebP, GIF), messaggi vocali e file audio. Oppure mandami la tua idea come messaggio.
document-too-large = Questo file è troppo lungo: un prompt può avere al massimo { $max } caratteri. Manda un file più corto o la parte importante come messaggio.
rejected-document-too-long = Questo file è troppo lungo per un solo prompt. Manda un file più corto o la parte importante come messaggio.
rejected-document-not-utf8 = Questo file non è testo semplice in UTF-8, quindi non posso leggerlo. Salvalo come testo UTF-8 (.txt o .md) o incolla il testo in un messaggio.
rejected-document-empty = Questo file è vuoto: non c’è nessuna idea su cui lavorare.
rejected-file-gone = Non riesco più a ottenere questo file da Telegram. Mandalo di nuovo, per favore.

## Tutto il resto

sticker-reply = Bello sticker! 😄 Mandami un’idea per iscritto, con un vocale o un’immagine, e la trasformerò in un prompt.
animation-reply = GIF divertente! Però non posso guardare le animazioni: mandami la tua idea per iscritto, a voce o con un’immagine.
location-reply = 📍 Grazie, ma non mi serve una posizione. Raccontami la tua idea per iscritto o con un vocale.
media-unsupported = Non posso usare questo tipo di messaggio. Mandami la tua idea per iscritto, con un vocale, un’immagine o un file .txt/.md.

## Modalità inline (@bot idea in qualsiasi chat)

inline-ai-title = ✨ Versione dell’IA
inline-ai-description = Invia subito la versione rapida; poi l’IA la riscrive al suo posto.
inline-ai-pending = ✨ L’IA sta scrivendo una versione migliore…
inline-result-title = { $category } · { $target }
inline-edit-button = ✏️ Cambia l’idea
inline-help-button = Scrivi un’idea dopo il mio nome
inline-limited-button = ⏳ Limite raggiunto: riprova tra { $wait }
