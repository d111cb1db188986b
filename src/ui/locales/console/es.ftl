# Consola de Promptsmith (`deno task chat`) — español.

console-welcome = Promptsmith en tu terminal. Escribe un borrador de prompt, un /comando o el número de un botón. Ctrl-D para salir.
console-mode-offline = LLM_API_KEYS no está definido: responde el mejorador sin conexión integrado.
console-mode-ai = Responde la IA ({ $model }).
console-no-button = Aquí no hay botón { $number }: elige del 1 al { $count }.
console-link = Enlace: { $url }
console-button-unsupported = Este botón no hace nada en una terminal.
console-file = 📎 { $name } ({ $size })
console-photo = 🖼 Imagen: { $name } ({ $size })
