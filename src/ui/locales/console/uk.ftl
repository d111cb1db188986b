# Консоль Promptsmith (`deno task chat`) — українська.

console-welcome = Promptsmith у вашому терміналі. Напишіть чернетку промпта, /команду або номер кнопки. Ctrl-D — вихід.
console-mode-offline = LLM_API_KEYS не задано: відповідає вбудований офлайн-покращувач.
console-mode-ai = Відповідає ШІ ({ $model }).
console-no-button = Кнопки { $number } тут немає: виберіть від 1 до { $count }.
console-link = Посилання: { $url }
console-button-unsupported = У терміналі ця кнопка нічого не робить.
console-file = 📎 { $name } ({ $size })
console-photo = 🖼 Зображення: { $name } ({ $size })
