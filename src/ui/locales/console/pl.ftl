# Konsola Promptsmith (`deno task chat`) — polski.

console-welcome = Promptsmith w Twoim terminalu. Wpisz szkic promptu, /polecenie albo numer przycisku. Ctrl-D kończy.
console-mode-offline = Nie ustawiono LLM_API_KEYS: odpowiada wbudowany ulepszacz offline.
console-mode-ai = Odpowiada AI ({ $model }).
console-no-button = Nie ma tu przycisku { $number }: wybierz od 1 do { $count }.
console-link = Link: { $url }
console-button-unsupported = Ten przycisk nic nie robi w terminalu.
console-file = 📎 { $name } ({ $size })
console-photo = 🖼 Obraz: { $name } ({ $size })
