# Promptsmith-Konsole (`deno task chat`) — Deutsch.

console-welcome = Promptsmith in deinem Terminal. Schreib einen groben Prompt, einen /Befehl oder die Nummer einer Schaltfläche. Strg-D beendet.
console-mode-offline = LLM_API_KEYS ist nicht gesetzt: Es antwortet der eingebaute Offline-Verbesserer.
console-mode-ai = Es antwortet die KI ({ $model }).
console-no-button = Hier gibt es keine Schaltfläche { $number }: Wähle 1 bis { $count }.
console-link = Link: { $url }
console-button-unsupported = Diese Schaltfläche tut im Terminal nichts.
console-file = 📎 { $name } ({ $size })
console-photo = 🖼 Bild: { $name } ({ $size })
