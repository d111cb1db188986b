## Операции: /stats и /broadcast (для админов)

command-stats = Статистика использования с графиком
command-broadcast = Разослать сообщение всем пользователям

stats-private-only = Отправьте /stats мне в личном чате.
stats-title = 📊 Статистика за последние { $days ->
    [one] { $days } день
    [few] { $days } дня
   *[many] { $days } дней
}
stats-prompts = Промптов: { $total } (ИИ: { $ai }, офлайн: { $offline })
stats-today = Сегодня — промптов: { $prompts }, пользователей: { $users }
stats-answer-time = Время ответа: медиана { $p50 }, 95 % — не дольше { $p95 }
stats-answer-time-none = Время ответа: пока нечего измерять
stats-active = Активных пользователей в день: в среднем { $average }, максимум { $max }
stats-top-categories = Популярные категории: { $list }
stats-top-targets = Популярные модели: { $list }
stats-chart-failed = График на этот раз нарисовать не удалось; цифры выше полные.

stats-chart-title = Promptsmith · последние { $days ->
    [one] { $days } день
    [few] { $days } дня
   *[many] { $days } дней
}
stats-chart-prompts = Промптов в день
stats-chart-ai = ИИ
stats-chart-offline = Офлайн
stats-chart-answer-time = Время ответа, секунды
stats-chart-median = Медиана
stats-chart-p95 = 95-й процентиль
stats-chart-active = Активных пользователей в день
stats-chart-categories = Популярные категории
stats-chart-targets = Популярные модели

broadcast-private-only = Отправьте /broadcast мне в личном чате.
broadcast-usage = Напишите сообщение после команды, например: /broadcast Всем привет!
broadcast-too-long = Слишком длинное сообщение: { $length }, а можно не больше { $max } символов.
broadcast-preview = 📣 Предпросмотр: следующее сообщение получат все пользователи. Получателей сейчас: { $count }.
broadcast-send-button = ✅ Отправить
broadcast-cancel-button = ✖️ Отмена
broadcast-stop-button = ✖️ Остановить рассылку
broadcast-cancelled = Рассылка отменена: ничего не отправлено.
broadcast-expired = Эта рассылка уже не ждёт отправки: отправьте /broadcast заново.
broadcast-busy = Уже идёт другая рассылка: дождитесь её окончания или остановите её.
broadcast-starting = Отправляю…
broadcast-stopping = Останавливаю…
broadcast-progress = { $bar } { $percent } % · { $done } / { $total } · заблокировали: { $blocked }
broadcast-done = 📣 Рассылка завершена. Отправлено: { $sent } из { $total }. Заблокировали бота: { $blocked }. Не доставлено: { $failed }.
broadcast-stopped = 📣 Рассылка остановлена после { $done } из { $total }. Отправлено: { $sent }. Заблокировали бота: { $blocked }. Не доставлено: { $failed }.
