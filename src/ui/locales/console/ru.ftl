# Консоль Promptsmith (`deno task chat`) — русский.

console-welcome = Promptsmith в вашем терминале. Напишите черновик промпта, /команду или номер кнопки. Ctrl-D — выход.
console-mode-offline = LLM_API_KEYS не задан: отвечает встроенный офлайн-улучшатель.
console-mode-ai = Отвечает ИИ ({ $model }).
console-no-button = Кнопки { $number } здесь нет: выберите от 1 до { $count }.
console-link = Ссылка: { $url }
console-button-unsupported = В терминале эта кнопка ничего не делает.
console-file = 📎 { $name } ({ $size })
console-photo = 🖼 Изображение: { $name } ({ $size })
