# Promptsmith — Russian (русский): the prompt workshop (answers, revisions,
# clarifying questions, /settings). The same message ids and placeholders as
# en.ftl (tests/ui/locales_test.ts). "Вы"; plurals: one / few / many / other,
# with an exact [1] where the text for one names no number (21 is "one" too).

## The answer

answer-by-ai = ✨ ИИ
answer-by-offline = ⚡ офлайн
answer-version = v{ $version }
answer-version-of = v{ $version } ({ $action })
answer-offline-no-keys = Составлено в офлайн-режиме: ИИ у этого бота не подключён.
answer-offline-unavailable = ИИ сейчас недоступен, поэтому этот промпт составлен в офлайн-режиме. Нажмите «Повторить с ИИ», чтобы получить версию от ИИ.
answer-offline-empty = ИИ вернул пустой ответ, поэтому этот промпт составлен в офлайн-режиме.
answer-offline-written = Составлено в офлайн-режиме, без ИИ.
answer-fill-in = ✏️ Заполните:
answer-assumed = 💭 Предположения:
answer-cut-by-limit = ИИ упёрся в свой лимит длины, так что конец может быть обрезан. Нажмите «✂️ Короче», чтобы получить компактную версию.

target-chat = ChatGPT / Gemini
target-claude = Claude
target-reasoning = Рассуждающие модели
target-midjourney = Midjourney
target-stable_diffusion = Stable Diffusion
target-natural_image = Flux / DALL·E / Imagen
target-video = Sora / Veo / Kling

## The buttons under an answer

workshop-copy = 📋 Копировать
workshop-shorter = ✂️ Короче
workshop-detail = ➕ Подробнее
workshop-another = 🔁 Другой вариант
workshop-target = 🎯 Модель…
workshop-category = 🗂 Категория…
workshop-ask = ❓ Сначала вопросы
workshop-more = Ещё…
workshop-back = « Назад
workshop-not-yours = Изменить этот промпт может только тот, кто его запросил.
workshop-expired = Этого промпта у меня уже нет (он устарел или удалён), поэтому изменить его не получится. Отправьте идею снова.
workshop-started = Уже работаю…
workshop-already = Я уже над этим работаю.
workshop-target-current = Этот промпт уже для этой модели.
workshop-category-current = Этот промпт уже в этой категории.
workshop-queued = { $ahead ->
    [1] В очереди: займусь этим сразу после промпта, который пишу сейчас.
    [one] В очереди: перед этим { $ahead } промпт.
    [few] В очереди: перед этим { $ahead } промпта.
    [many] В очереди: перед этим { $ahead } промптов.
   *[other] В очереди: перед этим { $ahead } промпта.
  }
workshop-queue-full = { $max ->
    [1] Один промпт уже ждёт очереди. Попробуйте снова, когда я на него отвечу.
    [one] Уже ждёт { $max } промпт. Попробуйте снова, когда я отвечу на один из них.
    [few] Уже ждут { $max } промпта. Попробуйте снова, когда я отвечу на один из них.
    [many] Уже ждут { $max } промптов. Попробуйте снова, когда я отвечу на один из них.
   *[other] Уже ждут { $max } промпта. Попробуйте снова, когда я отвечу на один из них.
  }
workshop-reply-empty = Напишите, что изменить, например: «более официально» или «добавь два примера».
workshop-change-latest = ✏️ Меняю ваш последний промпт. Чтобы начать новый, отправьте его с /enhance.

revision-shorter = ✂️ короче
revision-detail = ➕ подробнее
revision-another = 🔁 другой вариант
revision-target = 🎯 другая модель
revision-category = 🗂 другая категория
revision-ask = ❓ после вопросов
revision-reply = ✍️ ваша правка

## Clarifying questions

questions-intro = ❓ Короткий вопрос, чтобы промпт точно подошёл под вашу задачу ({ $n }/{ $total }):
questions-typed-hint = Нажмите на ответ или напишите свой.
questions-skip-one = Пропустить вопрос
questions-skip-all = ⏭ Сразу к промпту
questions-expired = Эти вопросы устарели. Отправьте идею снова.
questions-not-yours = Эти вопросы для того, кто запросил промпт.
questions-done = ✓ Спасибо — уже пишу ваш промпт…
questions-answered = { $question } — { $answer }
questions-typed-which = Это ответ на вопрос «{ $question }» или новая идея?
questions-typed-answer = ✍️ Это ответ
questions-typed-idea = ✨ Новая идея
questions-typed-as-answer = ✓ Принято как ответ.
questions-typed-as-idea = ✓ Принято как новая идея.
questions-set-aside = Эти вопросы отложены ради вашей новой идеи.
questions-typed-replaced = Его место занял более новый текст.
questions-typed-unused = Не использовано: на вопрос ответили иначе.

## /settings

settings-title = ⚙️ Ваши настройки. Нажмите на пункт, чтобы изменить его:
settings-category = 🗂 Категория: { $value }
settings-target = 🎯 Модель: { $value }
settings-length = 📏 Длина: { $value }
settings-clarify = ❓ Сначала вопросы: { $value }
settings-answer-language = 🌐 Язык промптов: { $value }
settings-language = 🗣 Язык общения: { $value }
settings-pick-category = 🗂 Какие промпты мне писать? «Авто» выбирает по тому, что вы пишете.
settings-pick-target = 🎯 Для какой модели ваши промпты? «Авто» подбирает лучшую для каждой категории.
settings-pick-length = 📏 Какой длины должны быть промпты?
settings-pick-clarify = ❓ Когда мне задавать пару вопросов, прежде чем писать?
settings-pick-answer-language = 🌐 На каком языке писать промпты? «Авто» — на языке вашего сообщения (промпты для изображений и видео — на английском).
settings-pick-language = 🗣 На каком языке мне с вами говорить?
settings-target-auto = Авто
settings-length-concise = Кратко
settings-length-standard = Стандартно
settings-length-detailed = Подробно
settings-clarify-never = Никогда
settings-clarify-auto = Если неясно
settings-clarify-always = Всегда
settings-answer-language-auto = Авто
settings-language-auto = Автоматически
settings-saved = ✓ Сохранено
settings-expired = Эта кнопка устарела. Отправьте /settings, чтобы снова открыть настройки.
settings-private-only = Используйте /settings в личном чате со мной — ваши настройки касаются только вас.
settings-back = « Назад
command-settings = Ваши настройки: категория, модель, длина, языки

## /history versions

history-versions = 🗂 Версии ({ $count })
history-version-line = v{ $version } · { $what }
history-original = исходная
history-your-idea = 💡 Ваша идея: { $idea }
history-item-versions = { $count ->
    [one] 🗂 { $count } версия: показана самая новая
    [few] 🗂 { $count } версии: показана самая новая
    [many] 🗂 { $count } версий: показана самая новая
   *[other] 🗂 { $count } версии: показана самая новая
  }
