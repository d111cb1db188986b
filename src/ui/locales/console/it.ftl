# Console di Promptsmith (`deno task chat`) — italiano.

console-welcome = Promptsmith nel tuo terminale. Scrivi una bozza di prompt, un /comando o il numero di un pulsante. Ctrl-D per uscire.
console-mode-offline = LLM_API_KEYS non è impostato: risponde il miglioratore offline integrato.
console-mode-ai = Risponde l’IA ({ $model }).
console-no-button = Qui non c’è il pulsante { $number }: scegli da 1 a { $count }.
console-link = Link: { $url }
console-button-unsupported = In un terminale questo pulsante non fa nulla.
console-file = 📎 { $name } ({ $size })
console-photo = 🖼 Immagine: { $name } ({ $size })
