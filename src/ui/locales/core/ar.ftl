# Promptsmith — Arabic (العربية، الفصحى). Same message ids and placeholders as
# en.ftl (tests/ui/locales_test.ts). Plurals: zero (0), one (1), two (2),
# few (3–10), many (11–99), other (100–102…): "موجّه واحد"، "موجّهان"،
# "3 موجّهات"، "11 موجّهًا"، "100 موجّه". Lines start with Arabic words where
# they can, so that Telegram sets them right to left.

## Commands in Telegram's menu

command-start = تعرّف على Promptsmith
command-help = طريقة استخدام البوت
command-enhance = تحسين موجّه أولي (يعمل في المجموعات)
command-category = اختيار نوع الموجّهات التي أكتبها
command-language = اختيار اللغة التي أتحدث بها
command-history = موجّهاتك الأخيرة
command-clearhistory = حذف سجل موجّهاتك
command-keys = حالة مفاتيح الذكاء الاصطناعي (للمشرفين)

## /start and /help

start-greeting = مرحبًا { $name }! أنا Promptsmith ✨
start-greeting-anonymous = مرحبًا! أنا Promptsmith ✨
start-body =
    أرسل لي فكرة أولية — تكفي جملة واحدة — وسأحوّلها إلى موجّه قوي ومنظّم لـ ChatGPT أو Claude أو Gemini أو لنموذج توليد صور.

    جرّب: «شعار لمقهى تديره القطط» أو «سكربت بايثون يعيد تسمية الصور حسب التاريخ».

    يعرض لك الأمر /help كل ما أستطيع فعله.
help-title = طريقة استخدام Promptsmith:
help-send = ✍️ أرسل لي فكرتك بأي شكل:
help-send-text = • 💬 رسالة نصية (الحد الأقصى لعدد الأحرف: { $max })
help-send-voice = • 🎙 رسالة صوتية أو ملف صوتي أو رسالة فيديو: أحوّلها إلى نص أولًا
help-send-photo = • 🖼 صورة أو ألبوم: التعليق هو الفكرة، ومن دونه أكتب موجّهًا يعيد إنشاء الصورة
help-send-file = • 📄 ملف نصي (.txt أو .md)

help-shape = ✨ ثم حسّن الإجابة:
help-shape-buttons = • بالأزرار تحتها: ✂️ أقصر، ➕ تفاصيل أكثر، 🔁 صيغة أخرى، 🎯 النموذج… وغيرها
help-shape-reply = • ردّ عليها بالتعديل الذي تريده («أكثر رسمية»، «أضف مثالين») وسأراجعها
help-shape-type = • في محادثتنا الخاصة يمكنك أيضًا كتابة التعديل مباشرةً بعد الإجابة؛ /enhance <فكرتك> يبدأ دائمًا موجّهًا جديدًا
help-shape-settings = • /settings: الفئة والنموذج المستهدف والطول والأسئلة المسبقة واللغات

help-elsewhere = 👥 في محادثات أخرى:
help-groups = • في المجموعة: /enhance <فكرتك>، أو الرد على إحدى رسائلي، أو ذكر اسمي
help-inline = • في أي محادثة: اكتب @{ $bot } ثم فكرتك، واضغط على موجّه لإرساله

help-commands = 📋 الأوامر:

help-categories = الفئات التي أعرفها: { $categories }. يتيح لك الأمر /category اختيار الفئة التي أستخدمها لك.
help-history = { $limit ->
    [one] أحتفظ بآخر موجّه لك: يعمل الأمران /history و /clearhistory في المحادثة الخاصة.
    [two] أحتفظ بآخر موجّهَين لك: يعمل الأمران /history و /clearhistory في المحادثة الخاصة.
    [few] أحتفظ بآخر { $limit } موجّهات لك: يعمل الأمران /history و /clearhistory في المحادثة الخاصة.
    [many] أحتفظ بآخر { $limit } موجّهًا لك: يعمل الأمران /history و /clearhistory في المحادثة الخاصة.
   *[other] أحتفظ بآخر { $limit } موجّه لك: يعمل الأمران /history و /clearhistory في المحادثة الخاصة.
  }

## Enhancing

enhance-usage =
    أرسل /enhance متبوعًا بفكرتك، مثلًا:
    /enhance ملصق لأمسية جاز
enhance-busy = ⏳ ما زلت أعمل على موجّهك السابق. أعالج موجّهًا واحدًا في كل مرة — أعد إرسال هذا بعد وصول ذلك الرد.
enhance-queued = { $ahead ->
    [1] ⏳ في قائمة الانتظار: سأكتب هذا مباشرة بعد الموجّه الذي أعمل عليه.
    [two] ⏳ في قائمة الانتظار: قبل هذا موجّهان. سأرد عليها بالترتيب.
    [few] ⏳ في قائمة الانتظار: قبل هذا { $ahead } موجّهات. سأرد عليها بالترتيب.
    [many] ⏳ في قائمة الانتظار: قبل هذا { $ahead } موجّهًا. سأرد عليها بالترتيب.
   *[other] ⏳ في قائمة الانتظار: قبل هذا { $ahead } موجّه. سأرد عليها بالترتيب.
  }
enhance-queue-full = { $max ->
    [1] ⏳ هناك موجّه ينتظر بالفعل خلف الذي أكتبه. أرسل هذا مرة أخرى بعد أن أرد عليه.
    [two] ⏳ هناك موجّهان ينتظران بالفعل خلف الذي أكتبه. أرسل هذا مرة أخرى بعد أن أرد على أحدهما.
    [few] ⏳ هناك { $max } موجّهات تنتظر بالفعل خلف الذي أكتبه. أرسل هذا مرة أخرى بعد أن أرد على أحدها.
    [many] ⏳ هناك { $max } موجّهًا تنتظر بالفعل خلف الذي أكتبه. أرسل هذا مرة أخرى بعد أن أرد على أحدها.
   *[other] ⏳ هناك { $max } موجّه تنتظر بالفعل خلف الذي أكتبه. أرسل هذا مرة أخرى بعد أن أرد على أحدها.
  }
prompt-empty = موجّهك فارغ. أرسل فكرة أولية عمّا تريده، مثلًا: «قصيدة عيد ميلاد لأختي التي تحب المشي في الطبيعة».
prompt-too-long = عدد أحرف موجّهك { $length }، والحد الأقصى { $max }. اختصره وأرسله مجددًا.
prompt-no-words = لا توجد في رسالتك كلمات أعمل عليها. أرسل فكرة أولية عمّا تريده، مثلًا: «قصيدة عيد ميلاد لأختي التي تحب المشي في الطبيعة».
prompt-only-links = لا أستطيع فتح الروابط. اكتب ما تريد فعله به، مثلًا: «لخّص هذا المقال لنشرة بريدية: <الرابط>».
rejected-too-long = موجّهك طويل جدًا بالنسبة إلى نموذج الذكاء الاصطناعي. اختصره وأرسله مجددًا.
rejected-content-policy = رفض مزوّد الذكاء الاصطناعي هذا الموجّه بموجب سياسة المحتوى لديه. أعد صياغته وحاول مرة أخرى.
rejected-unknown-model = نموذج الذكاء الاصطناعي الذي أُعدّ هذا البوت لاستخدامه غير متاح. يُرجى إبلاغ مشرف البوت.
rejected-invalid-request = رفض مزوّد الذكاء الاصطناعي هذا الطلب. جرّب إعادة صياغة موجّهك أو اختصاره؛ وإذا تكرر ذلك، يُرجى إبلاغ مشرف البوت.
job-gave-up = عذرًا، لم أتمكن من إنهاء موجّهك الأخير. يُرجى إرساله مرة أخرى.

answer-cut-caption = { $parts ->
    [one] ✂️ كانت الإجابة أطول مما تتسع له المحادثة، لذا تتوقف الرسالة أعلاه بعد الجزء الأول. إليك الإجابة كاملة.
    [two] ✂️ كانت الإجابة أطول مما تتسع له المحادثة، لذا تتوقف الرسائل أعلاه بعد جزأين. إليك الإجابة كاملة.
    [few] ✂️ كانت الإجابة أطول مما تتسع له المحادثة، لذا تتوقف الرسائل أعلاه بعد { $parts } أجزاء. إليك الإجابة كاملة.
    [many] ✂️ كانت الإجابة أطول مما تتسع له المحادثة، لذا تتوقف الرسائل أعلاه بعد { $parts } جزءًا. إليك الإجابة كاملة.
   *[other] ✂️ كانت الإجابة أطول مما تتسع له المحادثة، لذا تتوقف الرسائل أعلاه بعد { $parts } جزء. إليك الإجابة كاملة.
  }

## "Try again with AI"

retry-button = 🔁 إعادة المحاولة بالذكاء الاصطناعي
retry-not-yours = لا يمكن إعادة محاولة هذا الموجّه إلا لمن طلبه.
retry-expired = انتهت صلاحية هذا الزر. أرسل موجّهك مرة أخرى.
retry-wait = يُرجى الانتظار قليلًا قبل المحاولة مجددًا.
retry-started = جارٍ إعادة المحاولة بالذكاء الاصطناعي…

retry-ai-unavailable-soon = الذكاء الاصطناعي غير متاح الآن؛ ستكون المحاولة التالية ممكنة بعد { $wait } تقريبًا. سأعيد محاولة هذا الموجّه تلقائيًا عند عودته (خلال { $within }) وأرد عليك هنا.
retry-ai-unavailable-parked = الذكاء الاصطناعي غير متاح الآن؛ ستكون المحاولة التالية ممكنة بعد نجاح فحص أحد المفاتيح (كل { $interval }). سأعيد محاولة هذا الموجّه تلقائيًا عند عودته (خلال { $within }) وأرد عليك هنا.

## Limits

limit-burst = { $max ->
    [one] أنت ترسل الموجّهات بسرعة كبيرة: الحد هو موجّه واحد في الدقيقة. حاول مرة أخرى بعد { $wait }.
    [two] أنت ترسل الموجّهات بسرعة كبيرة: الحد هو موجّهان في الدقيقة. حاول مرة أخرى بعد { $wait }.
    [few] أنت ترسل الموجّهات بسرعة كبيرة: الحد هو { $max } موجّهات في الدقيقة. حاول مرة أخرى بعد { $wait }.
    [many] أنت ترسل الموجّهات بسرعة كبيرة: الحد هو { $max } موجّهًا في الدقيقة. حاول مرة أخرى بعد { $wait }.
   *[other] أنت ترسل الموجّهات بسرعة كبيرة: الحد هو { $max } موجّه في الدقيقة. حاول مرة أخرى بعد { $wait }.
  }
limit-daily = { $max ->
    [one] لقد بلغت حدّك اليومي، وهو موجّه واحد. يُعاد ضبطه بعد { $wait } (عند الساعة 00:00 بتوقيت UTC).
    [two] لقد بلغت حدّك اليومي، وهو موجّهان. يُعاد ضبطه بعد { $wait } (عند الساعة 00:00 بتوقيت UTC).
    [few] لقد بلغت حدّك اليومي، وهو { $max } موجّهات. يُعاد ضبطه بعد { $wait } (عند الساعة 00:00 بتوقيت UTC).
    [many] لقد بلغت حدّك اليومي، وهو { $max } موجّهًا. يُعاد ضبطه بعد { $wait } (عند الساعة 00:00 بتوقيت UTC).
   *[other] لقد بلغت حدّك اليومي، وهو { $max } موجّه. يُعاد ضبطه بعد { $wait } (عند الساعة 00:00 بتوقيت UTC).
  }
limit-global = { $max ->
    [one] بلغ Promptsmith الآن حدّه المشترك للجميع، وهو موجّه واحد في الدقيقة. حاول مرة أخرى بعد { $wait }.
    [two] بلغ Promptsmith الآن حدّه المشترك للجميع، وهو موجّهان في الدقيقة. حاول مرة أخرى بعد { $wait }.
    [few] بلغ Promptsmith الآن حدّه المشترك للجميع، وهو { $max } موجّهات في الدقيقة. حاول مرة أخرى بعد { $wait }.
    [many] بلغ Promptsmith الآن حدّه المشترك للجميع، وهو { $max } موجّهًا في الدقيقة. حاول مرة أخرى بعد { $wait }.
   *[other] بلغ Promptsmith الآن حدّه المشترك للجميع، وهو { $max } موجّه في الدقيقة. حاول مرة أخرى بعد { $wait }.
  }

limit-share = { $max ->
    [one] يرسل كثيرون موجّهاتهم الآن، لذا يوزّع Promptsmith حصته البالغة موجّهًا واحدًا في الدقيقة بالعدل، وقد استنفدت نصيبك من هذه الدقيقة. حاول مرة أخرى بعد { $wait }.
    [two] يرسل كثيرون موجّهاتهم الآن، لذا يوزّع Promptsmith حصته البالغة موجّهَين في الدقيقة بالعدل، وقد استنفدت نصيبك من هذه الدقيقة. حاول مرة أخرى بعد { $wait }.
    [few] يرسل كثيرون موجّهاتهم الآن، لذا يوزّع Promptsmith حصته البالغة { $max } موجّهات في الدقيقة بالعدل، وقد استنفدت نصيبك من هذه الدقيقة. حاول مرة أخرى بعد { $wait }.
    [many] يرسل كثيرون موجّهاتهم الآن، لذا يوزّع Promptsmith حصته البالغة { $max } موجّهًا في الدقيقة بالعدل، وقد استنفدت نصيبك من هذه الدقيقة. حاول مرة أخرى بعد { $wait }.
   *[other] يرسل كثيرون موجّهاتهم الآن، لذا يوزّع Promptsmith حصته البالغة { $max } موجّه في الدقيقة بالعدل، وقد استنفدت نصيبك من هذه الدقيقة. حاول مرة أخرى بعد { $wait }.
  }

## /history

history-private-only = استخدم /history في محادثة خاصة معي — هكذا تبقى موجّهاتك خاصة.
history-empty = لا توجد موجّهات بعد. أرسل لي فكرة أولية وستظهر هنا.
history-heading = { $total ->
    [one] 🕘 موجّهك الأخير، الصفحة { $page } من { $pages }:
   *[other] 🕘 موجّهاتك الأخيرة ({ $total }، الأحدث أولًا)، الصفحة { $page } من { $pages }:
  }
history-item-summary =
    { $n }. { $when } UTC · { $category } · { $source ->
        [ai] ذكاء اصطناعي
       *[offline] دون اتصال
    }
    «{ $prompt }»
    ← { $result }
history-tap-hint = اضغط على رقم لعرض الموجّه كاملًا.
history-newer = الأحدث ›
history-older = ‹ الأقدم
history-item-gone = لم يعد هذا الموجّه موجودًا في سجلك.
history-item-truncated = (اختُصرت النتيجة المحفوظة لتتسع.)
history-already-empty = سجلك فارغ بالفعل.
history-clear-confirm = { $count ->
    [one] هل تريد حذف الموجّه الوحيد في سجلك؟ لا يمكن التراجع عن ذلك.
    [two] هل تريد حذف الموجّهَين في سجلك؟ لا يمكن التراجع عن ذلك.
    [few] هل تريد حذف كل ما في سجلك، وهو { $count } موجّهات؟ لا يمكن التراجع عن ذلك.
    [many] هل تريد حذف كل ما في سجلك، وهو { $count } موجّهًا؟ لا يمكن التراجع عن ذلك.
   *[other] هل تريد حذف كل ما في سجلك، وهو { $count } موجّه؟ لا يمكن التراجع عن ذلك.
  }
history-clear-yes = { $count ->
    [1] 🗑 حذفه
   *[other] 🗑 حذف الكل
  }
history-clear-no = إبقاء
history-kept = أبقيتُ سجلك كما هو.
history-cleared = { $count ->
    [zero] لم يُحذف أي موجّه من سجلك.
    [one] تم حذف موجّه واحد من سجلك.
    [two] تم حذف موجّهَين من سجلك.
    [few] تم حذف { $count } موجّهات من سجلك.
    [many] تم حذف { $count } موجّهًا من سجلك.
   *[other] تم حذف { $count } موجّه من سجلك.
  }

## /category

category-private-only = استخدم /category في محادثة خاصة معي — إعداداتك تخصك وحدك.
category-current =
    فئتك: { $emoji } { $title } — { $description }.

    تحدد هذه الفئة شكل الموجّهات التي أكتبها لك. اضغط على فئة لتغييرها:
category-saved =
    ✓ تم الحفظ. موجّهاتك تُكتب الآن وفق { $emoji } { $title } — { $description }.

    اضغط على فئة أخرى لتغييرها مجددًا:
category-saved-toast = تم الحفظ: { $emoji } { $title }
category-unknown = لا أعرف الفئة «{ $name }». اختر إحدى هذه الفئات:
category-unknown-example = مثلًا: /category coding — أو أرسل /category واضغط على إحداها.
category-expired = انتهت صلاحية هذا الزر. أرسل /category للاختيار مجددًا.

category-general-title = عام
category-general-description = أي سؤال أو مهمة لـ ChatGPT أو Claude أو Gemini وما شابهها
category-coding-title = البرمجة
category-coding-description = كتابة الشيفرة أو مراجعتها أو تصحيح أخطائها أو شرحها
category-writing-title = الكتابة
category-writing-description = مقالات ومنشورات وقصص وقصائد وتحرير
category-image-title = الصور
category-image-description = موجّهات لـ Midjourney و DALL·E و Stable Diffusion و Flux
category-research-title = البحث
category-research-description = أسئلة للتقصّي أو المقارنة أو التلخيص أو التحقق من الحقائق
category-business-title = الأعمال والتسويق
category-business-description = نصوص تسويقية واستراتيجية وخطط وعروض
category-video-title = فيديو
category-video-description = مقاطع لـ Sora وVeo وKling وRunway: اللقطات والكاميرا والمدة
category-system_prompt-title = موجّه نظام
category-system_prompt-description = تعليمات لمساعد أو GPT مخصص أو وكيل
category-data-title = بيانات / SQL
category-data-description = استعلامات SQL وجداول بيانات وتحليل بيانات
category-email-title = بريد ورسائل
category-email-description = رسائل بريد إلكتروني وخطابات وردود ورسائل دردشة
category-learning-title = تعلّم / شرح
category-learning-description = شروح ودروس وخطط دراسة واختبارات قصيرة
category-auto-title = تلقائي
category-auto-description = أختار نوع الموجّه مما تكتبه

## /language

language-current = لغتك: { $language }. اضغط على لغة لتغييرها:
language-unknown = لا أعرف اللغة «{ $name }». أرسل رمزًا مثل /language de أو اضغط على إحدى اللغات أدناه.
language-saved = ✓ من الآن فصاعدًا أتحدث { $language }.
language-auto = 🌐 تلقائي (من تيليجرام)
language-saved-auto = ✓ سأتبع لغة تيليجرام لديك من جديد: { $language }.
language-private-only = استخدم /language في محادثة خاصة معي.
language-expired = انتهت صلاحية هذا الزر. أرسل /language للاختيار مجددًا.

## /keys (admins)

keys-private-only = استخدم /keys في محادثة خاصة معي: تفاصيل المفاتيح لا تُعرض في المجموعات.
keys-none = لم يُضبط أي مفتاح LLM: تُحسَّن الموجّهات دون اتصال.
keys-heading = مفاتيح LLM: { $count }، منها { $inService } في الخدمة
keys-line =
    المفتاح { $hint } ({ $provider }): { $state }
    آخر خطأ: { $lastError } · النجاح: { $success } · الوسيط: { $median }
keys-no-error = لا يوجد
keys-no-attempts = لا محاولات بعد
keys-success-rate = { $percent }% من { $attempts }
keys-state-parked = معلّق حتى ينجح فحص السلامة
keys-state-in-service = في الخدمة
keys-state-cooling = في فترة تهدئة، متبقٍّ { $left }
keys-state-open-waiting = الدائرة مفتوحة، يُختبر مجددًا بعد { $left }
keys-state-open-next = الدائرة مفتوحة، وسيختبره الطلب التالي
keys-state-half-open = نصف مفتوحة، قيد الاختبار

## Anything else

unknown-command = لا أعرف هذا الأمر. يعرض /help ما أستطيع فعله.
text-only = أرسل لي فكرتك في رسالة نصية وسأحوّلها إلى موجّه قوي.
button-expired = انتهت صلاحية هذا الزر. أرسل طلبك مرة أخرى.
error-enhance = عذرًا، لم أتمكن من إنهاء هذا الطلب. يُرجى إرساله مرة أخرى بعد لحظات.
error-generic = عذرًا، حدث خطأ من جهتي. يُرجى المحاولة مرة أخرى.
