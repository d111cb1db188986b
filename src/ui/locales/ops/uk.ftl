## Операції: /stats і /broadcast (для адмінів)

command-stats = Статистика використання з графіком
command-broadcast = Надіслати повідомлення всім користувачам

stats-private-only = Надішліть /stats мені в особистому чаті.
stats-title = 📊 Статистика за останні { $days ->
    [one] { $days } день
    [few] { $days } дні
   *[many] { $days } днів
}
stats-prompts = Промптів: { $total } (ШІ: { $ai }, офлайн: { $offline })
stats-today = Сьогодні — промптів: { $prompts }, користувачів: { $users }
stats-answer-time = Час відповіді: медіана { $p50 }, 95 % — не довше { $p95 }
stats-answer-time-none = Час відповіді: поки нічого вимірювати
stats-active = Активних користувачів за день: у середньому { $average }, максимум { $max }
stats-top-categories = Популярні категорії: { $list }
stats-top-targets = Популярні моделі: { $list }
stats-chart-failed = Цього разу графік намалювати не вдалося; цифри вище повні.

stats-chart-title = Promptsmith · останні { $days ->
    [one] { $days } день
    [few] { $days } дні
   *[many] { $days } днів
}
stats-chart-prompts = Промптів за день
stats-chart-ai = ШІ
stats-chart-offline = Офлайн
stats-chart-answer-time = Час відповіді, секунди
stats-chart-median = Медіана
stats-chart-p95 = 95-й процентиль
stats-chart-active = Активних користувачів за день
stats-chart-categories = Популярні категорії
stats-chart-targets = Популярні моделі

broadcast-private-only = Надішліть /broadcast мені в особистому чаті.
broadcast-usage = Напишіть повідомлення після команди, наприклад: /broadcast Усім привіт!
broadcast-too-long = Задовге повідомлення: { $length }, а можна не більше { $max } символів.
broadcast-preview = 📣 Попередній перегляд: наступне повідомлення отримають усі користувачі. Одержувачів зараз: { $count }.
broadcast-send-button = ✅ Надіслати
broadcast-cancel-button = ✖️ Скасувати
broadcast-stop-button = ✖️ Зупинити розсилку
broadcast-cancelled = Розсилку скасовано: нічого не надіслано.
broadcast-expired = Ця розсилка вже не чекає на надсилання: надішліть /broadcast знову.
broadcast-busy = Уже триває інша розсилка: дочекайтеся її завершення або зупиніть її.
broadcast-starting = Надсилаю…
broadcast-stopping = Зупиняю…
broadcast-progress = { $bar } { $percent } % · { $done } / { $total } · заблокували: { $blocked }
broadcast-done = 📣 Розсилку завершено. Надіслано: { $sent } з { $total }. Заблокували бота: { $blocked }. Не доставлено: { $failed }.
broadcast-stopped = 📣 Розсилку зупинено після { $done } з { $total }. Надіслано: { $sent }. Заблокували бота: { $blocked }. Не доставлено: { $failed }.
