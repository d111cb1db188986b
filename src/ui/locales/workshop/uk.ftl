# Promptsmith — Ukrainian (українська): the prompt workshop (answers,
# revisions, clarifying questions, /settings). Same message ids and
# placeholders as en.ftl (tests/ui/locales_test.ts). "Ви"; plurals: one (1,
# 21…), few (2–4, 22–24…), many (0, 5–20…), other (fractions), with an exact
# [1] where the text for one names no number.

## The answer

answer-by-ai = ✨ ШІ
answer-by-offline = ⚡ офлайн
answer-version = v{ $version }
answer-version-of = v{ $version } ({ $action })
answer-offline-no-keys = Складено в офлайн-режимі: ШІ для цього бота не налаштовано.
answer-offline-unavailable = ШІ зараз недоступний, тому цей промпт складено в офлайн-режимі. Натисніть «Спробувати ще раз з ШІ», щоб отримати версію від ШІ.
answer-offline-empty = ШІ повернув порожню відповідь, тому цей промпт складено в офлайн-режимі.
answer-offline-written = Складено в офлайн-режимі, без ШІ.
answer-fill-in = ✏️ Заповніть:
answer-assumed = 💭 Припущення:
answer-cut-by-limit = ШІ зупинився на своєму ліміті довжини, тож кінця може бракувати. Натисніть «✂️ Коротше», щоб отримати компактну версію.

target-chat = ChatGPT / Gemini
target-claude = Claude
target-reasoning = Моделі з міркуваннями
target-midjourney = Midjourney
target-stable_diffusion = Stable Diffusion
target-natural_image = Flux / DALL·E / Imagen
target-video = Sora / Veo / Kling

## The buttons under an answer

workshop-copy = 📋 Копіювати
workshop-shorter = ✂️ Коротше
workshop-detail = ➕ Детальніше
workshop-another = 🔁 Інший варіант
workshop-target = 🎯 Модель…
workshop-category = 🗂 Категорія…
workshop-ask = ❓ Спершу питання
workshop-more = Ще…
workshop-back = « Назад
workshop-not-yours = Змінити цей промпт може лише той, хто його запросив.
workshop-expired = Цього промпту в мене вже немає (він застарів або його видалено), тож змінити його не вийде. Надішліть ідею ще раз.
workshop-started = Уже працюю…
workshop-already = Я вже над цим працюю.
workshop-target-current = Цей промпт уже для цієї моделі.
workshop-category-current = Цей промпт уже в цій категорії.
workshop-queued = { $ahead ->
    [1] У черзі: візьмуся за це одразу після промпту, який пишу зараз.
    [one] У черзі: перед цим { $ahead } промпт.
    [few] У черзі: перед цим { $ahead } промпти.
    [many] У черзі: перед цим { $ahead } промптів.
   *[other] У черзі: перед цим { $ahead } промптів.
  }
workshop-queue-full = { $max ->
    [1] Один промпт уже чекає в черзі. Спробуйте знову, коли я на нього відповім.
    [one] Уже чекає { $max } промпт. Спробуйте знову, коли я відповім на один із них.
    [few] Уже чекають { $max } промпти. Спробуйте знову, коли я відповім на один із них.
    [many] Уже чекають { $max } промптів. Спробуйте знову, коли я відповім на один із них.
   *[other] Уже чекають { $max } промптів. Спробуйте знову, коли я відповім на один із них.
  }
workshop-reply-empty = Напишіть, що змінити, наприклад: «офіційніше» або «додай два приклади».
workshop-change-latest = ✏️ Змінюю ваш останній промпт. Щоб почати новий, надішліть його з /enhance.

revision-shorter = ✂️ коротше
revision-detail = ➕ детальніше
revision-another = 🔁 інший варіант
revision-target = 🎯 інша модель
revision-category = 🗂 інша категорія
revision-ask = ❓ після питань
revision-reply = ✍️ ваша правка

## Clarifying questions

questions-intro = ❓ Коротке запитання, щоб промпт точно відповідав вашій задачі ({ $n }/{ $total }):
questions-typed-hint = Натисніть на відповідь або напишіть свою.
questions-skip-one = Пропустити питання
questions-skip-all = ⏭ Одразу до промпту
questions-expired = Ці питання вже застаріли. Надішліть ідею ще раз.
questions-not-yours = Ці питання для того, хто запросив промпт.
questions-done = ✓ Дякую — уже пишу ваш промпт…
questions-answered = { $question } — { $answer }
questions-typed-which = Це відповідь на питання «{ $question }» чи нова ідея?
questions-typed-answer = ✍️ Це відповідь
questions-typed-idea = ✨ Нова ідея
questions-typed-as-answer = ✓ Прийнято як відповідь.
questions-typed-as-idea = ✓ Прийнято як нову ідею.
questions-set-aside = Ці питання відкладено заради вашої нової ідеї.
questions-typed-replaced = Його місце зайняв новіший текст.
questions-typed-unused = Не використано: на питання відповіли інакше.

## /settings

settings-title = ⚙️ Ваші налаштування. Натисніть на пункт, щоб змінити його:
settings-category = 🗂 Категорія: { $value }
settings-target = 🎯 Модель: { $value }
settings-length = 📏 Довжина: { $value }
settings-clarify = ❓ Спершу питання: { $value }
settings-answer-language = 🌐 Мова промптів: { $value }
settings-language = 🗣 Мова спілкування: { $value }
settings-pick-category = 🗂 Які промпти мені писати? «Авто» вибирає за тим, що ви пишете.
settings-pick-target = 🎯 Для якої моделі ваші промпти? «Авто» підбирає найкращу для кожної категорії.
settings-pick-length = 📏 Якої довжини мають бути промпти?
settings-pick-clarify = ❓ Коли мені ставити кілька запитань, перш ніж писати?
settings-pick-answer-language = 🌐 Якою мовою писати промпти? «Авто» — мовою вашого повідомлення (промпти для зображень і відео — англійською).
settings-pick-language = 🗣 Якою мовою мені з вами розмовляти?
settings-target-auto = Авто
settings-length-concise = Стисло
settings-length-standard = Стандартно
settings-length-detailed = Детально
settings-clarify-never = Ніколи
settings-clarify-auto = Якщо неясно
settings-clarify-always = Завжди
settings-answer-language-auto = Авто
settings-language-auto = Автоматично
settings-saved = ✓ Збережено
settings-expired = Ця кнопка вже не діє. Надішліть /settings, щоб знову відкрити налаштування.
settings-private-only = Використовуйте /settings в особистому чаті зі мною — ваші налаштування стосуються лише вас.
settings-back = « Назад
command-settings = Ваші налаштування: категорія, модель, довжина, мови

## /history versions

history-versions = 🗂 Версії ({ $count })
history-version-line = v{ $version } · { $what }
history-original = початкова
history-your-idea = 💡 Ваша ідея: { $idea }
history-item-versions = { $count ->
    [one] 🗂 { $count } версія: показано найновішу
    [few] 🗂 { $count } версії: показано найновішу
    [many] 🗂 { $count } версій: показано найновішу
   *[other] 🗂 { $count } версій: показано найновішу
  }
