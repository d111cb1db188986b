# Promptsmith — Arabic (العربية، الفصحى): the prompt workshop (answers,
# revisions, clarifying questions, /settings). Same message ids and
# placeholders as en.ftl (tests/ui/locales_test.ts). Plurals: zero (0), one
# (1), two (2), few (3–10), many (11–99), other (100–102…): "موجّه واحد"،
# "موجّهان"، "3 موجّهات"، "11 موجّهًا"، "100 موجّه". Lines start with Arabic
# words where they can, so that Telegram sets them right to left; a back
# arrow goes at the end, as in core/ar.ftl. "إصدار" is a numbered version,
# "صيغة" another wording ("نسخ" would read as "copy").

## The answer

answer-by-ai = ✨ ذكاء اصطناعي
answer-by-offline = ⚡ دون اتصال
answer-version = الإصدار { $version }
answer-version-of = الإصدار { $version } ({ $action })
answer-offline-no-keys = كُتب هذا في الوضع دون اتصال: لم يُعدّ ذكاء اصطناعي لهذا البوت.
answer-offline-unavailable = الذكاء الاصطناعي غير متاح الآن، لذا كُتب هذا الموجّه في الوضع دون اتصال. اضغط «إعادة المحاولة بالذكاء الاصطناعي» لتحصل على صيغة يكتبها الذكاء الاصطناعي.
answer-offline-empty = أعاد الذكاء الاصطناعي إجابة فارغة، لذا كُتب هذا الموجّه في الوضع دون اتصال.
answer-offline-written = كُتب هذا في الوضع دون اتصال، دون الذكاء الاصطناعي.
answer-fill-in = ✏️ أكمل ما يلي:
answer-assumed = 💭 افتراضات:
answer-cut-by-limit = توقّف الذكاء الاصطناعي عند حدّه الأقصى للطول، لذا قد تكون النهاية ناقصة. اضغط ✂️ أقصر لتحصل على صيغة موجزة.

target-chat = ChatGPT / Gemini
target-claude = Claude
target-reasoning = نماذج الاستدلال
target-midjourney = Midjourney
target-stable_diffusion = Stable Diffusion
target-natural_image = Flux / DALL·E / Imagen
target-video = Sora / Veo / Kling

## The buttons under an answer

workshop-copy = 📋 نسخ
workshop-shorter = ✂️ أقصر
workshop-detail = ➕ تفاصيل أكثر
workshop-another = 🔁 صيغة أخرى
workshop-target = 🎯 النموذج…
workshop-category = 🗂 الفئة…
workshop-ask = ❓ اسألني أولًا
workshop-more = المزيد…
workshop-back = رجوع »
workshop-not-yours = لا يمكن تغيير هذا الموجّه إلا لمن طلبه.
workshop-expired = لم يعد هذا الموجّه لديّ (انتهت صلاحيته أو حُذف)، لذا لا يمكنني تغييره. أرسل فكرتك مرة أخرى.
workshop-started = جارٍ العمل…
workshop-already = أعمل على ذلك بالفعل.
workshop-target-current = هذا الموجّه مخصّص لهذا النموذج بالفعل.
workshop-category-current = هذا الموجّه في هذه الفئة بالفعل.
workshop-queued = { $ahead ->
    [one] في قائمة الانتظار: سأنفّذ هذا مباشرة بعد الموجّه الذي أكتبه.
    [two] في قائمة الانتظار: قبل هذا موجّهان.
    [few] في قائمة الانتظار: قبل هذا { $ahead } موجّهات.
    [many] في قائمة الانتظار: قبل هذا { $ahead } موجّهًا.
   *[other] في قائمة الانتظار: قبل هذا { $ahead } موجّه.
  }
workshop-queue-full = { $max ->
    [zero] قائمة الانتظار ممتلئة. حاول مرة أخرى بعد أن أنتهي من الموجّه الحالي.
    [one] هناك موجّه ينتظر بالفعل. حاول مرة أخرى بعد أن أرد عليه.
    [two] هناك موجّهان ينتظران بالفعل. حاول مرة أخرى بعد أن أرد على أحدهما.
    [few] هناك { $max } موجّهات تنتظر بالفعل. حاول مرة أخرى بعد أن أرد على أحدها.
    [many] هناك { $max } موجّهًا تنتظر بالفعل. حاول مرة أخرى بعد أن أرد على أحدها.
   *[other] هناك { $max } موجّه تنتظر بالفعل. حاول مرة أخرى بعد أن أرد على أحدها.
  }
workshop-reply-empty = أخبرني بما تريد تغييره، مثلًا: «أكثر رسمية» أو «أضف مثالين».
workshop-change-latest = ✏️ أعدّل آخر موجّه لك. لموجّه جديد، أرسله مع /enhance.

revision-shorter = ✂️ أقصر
revision-detail = ➕ تفاصيل أكثر
revision-another = 🔁 صيغة أخرى
revision-target = 🎯 نموذج جديد
revision-category = 🗂 فئة جديدة
revision-ask = ❓ بعد الأسئلة
revision-reply = ✍️ تعديلك

## Clarifying questions

questions-intro = ❓ سؤال سريع ليناسب الموجّه ما تحتاجه ({ $n }/{ $total }):
questions-typed-hint = اضغط على إجابة، أو اكتب إجابتك.
questions-skip-one = تخطَّ هذا السؤال
questions-skip-all = ⏭ تخطَّ واكتب مباشرة
questions-expired = انتهت صلاحية هذه الأسئلة. أرسل فكرتك مرة أخرى.
questions-not-yours = هذه الأسئلة لصاحب الطلب.
questions-done = ✓ شكرًا — أكتب موجّهك الآن…
questions-answered = { $question } — { $answer }
questions-typed-which = هل هذه إجابتك عن «{ $question }» أم فكرة جديدة؟
questions-typed-answer = ✍️ إجابتي
questions-typed-idea = ✨ فكرة جديدة
questions-typed-as-answer = ✓ أُخذت كإجابتك.
questions-typed-as-idea = ✓ أُخذت كفكرة جديدة.
questions-set-aside = وُضعت هذه الأسئلة جانبًا من أجل فكرتك الجديدة.
questions-typed-replaced = حلّ محلّه نص أحدث.
questions-typed-unused = لم يُستخدم: أُجيب عن السؤال بطريقة أخرى.

## /settings

settings-title = ⚙️ إعداداتك. اضغط على أحدها لتغييره:
settings-category = 🗂 الفئة: { $value }
settings-target = 🎯 النموذج: { $value }
settings-length = 📏 الطول: { $value }
settings-clarify = ❓ الأسئلة أولًا: { $value }
settings-answer-language = 🌐 لغة الموجّه: { $value }
settings-language = 🗣 لغة البوت: { $value }
settings-pick-category = 🗂 ما نوع الموجّهات التي أكتبها؟ «تلقائي» يختار بحسب ما تكتبه.
settings-pick-target = 🎯 لأي نموذج موجّهاتك؟ «تلقائي» يختار الأنسب لكل فئة.
settings-pick-length = 📏 ما الطول المناسب للموجّهات؟
settings-pick-clarify = ❓ متى أطرح بضعة أسئلة قبل الكتابة؟
settings-pick-answer-language = 🌐 بأي لغة تُكتب الموجّهات؟ «تلقائي»: باللغة التي تكتب بها (موجّهات الصور والفيديو بالإنجليزية).
settings-pick-language = 🗣 بأي لغة أتحدث معك؟
settings-target-auto = تلقائي
settings-length-concise = موجز
settings-length-standard = عادي
settings-length-detailed = مفصّل
settings-clarify-never = أبدًا
settings-clarify-auto = عند الغموض
settings-clarify-always = دائمًا
settings-answer-language-auto = تلقائي
settings-language-auto = تلقائي
settings-saved = ✓ تم الحفظ
settings-expired = انتهت صلاحية هذا الزر. أرسل /settings لفتح إعداداتك مجددًا.
settings-private-only = استخدم /settings في محادثة خاصة معي — إعداداتك تخصك وحدك.
settings-back = رجوع »
command-settings = إعداداتك: الفئة والنموذج والطول واللغات

## /history versions

history-versions = 🗂 الإصدارات ({ $count })
history-version-line = الإصدار { $version } · { $what }
history-original = الأصلي
history-your-idea = 💡 فكرتك: { $idea }
history-item-versions = { $count ->
    [one] 🗂 إصدار واحد: يُعرض الأحدث
    [two] 🗂 إصداران: يُعرض الأحدث
    [few] 🗂 { $count } إصدارات: يُعرض الأحدث
    [many] 🗂 { $count } إصدارًا: يُعرض الأحدث
   *[other] 🗂 { $count } إصدار: يُعرض الأحدث
  }
