# Promptsmith console (`deno task chat`) — English, the source of every message id.

console-welcome = Promptsmith in your terminal. Type a rough prompt, a /command, or the number of a button. Ctrl-D quits.
console-mode-offline = No LLM_API_KEYS set: the built-in offline enhancer answers.
console-mode-ai = The AI answers ({ $model }).
console-no-button = There is no button { $number } here: choose 1 to { $count }.
console-link = Link: { $url }
console-button-unsupported = This button does nothing in a terminal.
console-file = 📎 { $name } ({ $size })
console-photo = 🖼 Picture: { $name } ({ $size })
