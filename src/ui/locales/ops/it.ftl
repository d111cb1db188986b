## Gestione: /stats e /broadcast (solo amministratori)

command-stats = Statistiche d’uso con un grafico
command-broadcast = Invia un messaggio a tutti gli utenti

stats-private-only = Mandami /stats in una chat privata.
stats-title = 📊 Statistiche degli ultimi { $days } giorni
stats-prompts = Prompt: { $total } (IA: { $ai }, offline: { $offline })
stats-today = Oggi — prompt: { $prompts }, utenti: { $users }
stats-answer-time = Tempo di risposta: mediana { $p50 }, il 95 % entro { $p95 }
stats-answer-time-none = Tempo di risposta: ancora niente da misurare
stats-active = Utenti attivi al giorno: { $average } in media, al massimo { $max }
stats-top-categories = Categorie più usate: { $list }
stats-top-targets = Modelli più usati: { $list }
stats-chart-failed = Questa volta non è stato possibile disegnare il grafico; i numeri qui sopra sono completi.

stats-chart-title = Promptsmith · ultimi { $days } giorni
stats-chart-prompts = Prompt al giorno
stats-chart-ai = IA
stats-chart-offline = Offline
stats-chart-answer-time = Tempo di risposta, secondi
stats-chart-median = Mediana
stats-chart-p95 = 95° percentile
stats-chart-active = Utenti attivi al giorno
stats-chart-categories = Categorie più usate
stats-chart-targets = Modelli più usati

broadcast-private-only = Mandami /broadcast in una chat privata.
broadcast-usage = Scrivi il messaggio dopo il comando, per esempio: /broadcast Ciao a tutti!
broadcast-too-long = Il messaggio è troppo lungo: { $length } caratteri, al massimo { $max }.
broadcast-preview = 📣 Anteprima: il prossimo messaggio arriverà a tutti gli utenti. Destinatari ora: { $count }.
broadcast-send-button = ✅ Invia
broadcast-cancel-button = ✖️ Annulla
broadcast-stop-button = ✖️ Interrompi l’invio
broadcast-cancelled = Invio annullato: non è stato inviato niente.
broadcast-expired = Questo invio non è più in attesa: manda di nuovo /broadcast.
broadcast-busy = È già in corso un altro invio: aspetta che finisca o interrompilo.
broadcast-starting = Invio in corso…
broadcast-stopping = Interruzione…
broadcast-progress = { $bar } { $percent } % · { $done } / { $total } · bloccato: { $blocked }
broadcast-done = 📣 Invio completato. Inviati: { $sent } su { $total }. Hanno bloccato il bot: { $blocked }. Non riusciti: { $failed }.
broadcast-stopped = 📣 Invio interrotto dopo { $done } su { $total }. Inviati: { $sent }. Hanno bloccato il bot: { $blocked }. Non riusciti: { $failed }.
