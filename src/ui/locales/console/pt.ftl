# Console do Promptsmith (`deno task chat`) — português.

console-welcome = Promptsmith no seu terminal. Digite um rascunho de prompt, um /comando ou o número de um botão. Ctrl-D para sair.
console-mode-offline = LLM_API_KEYS não definido: responde o aprimorador offline integrado.
console-mode-ai = Quem responde é a IA ({ $model }).
console-no-button = Não há botão { $number } aqui: escolha de 1 a { $count }.
console-link = Link: { $url }
console-button-unsupported = Este botão não faz nada num terminal.
console-file = 📎 { $name } ({ $size })
console-photo = 🖼 Imagem: { $name } ({ $size })
