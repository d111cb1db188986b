## التشغيل: ‎/stats و‎/broadcast (للمشرفين فقط)

command-stats = إحصاءات الاستخدام مع رسم بياني
command-broadcast = إرسال رسالة إلى كل المستخدمين

stats-private-only = أرسل ‎/stats إليّ في محادثة خاصة.
stats-title = 📊 الإحصاءات عن آخر { $days ->
    [one] يوم
    [two] يومين
    [few] { $days } أيام
    [many] { $days } يومًا
   *[other] { $days } يوم
}
stats-prompts = الطلبات: { $total } (الذكاء الاصطناعي: { $ai }، دون اتصال: { $offline })
stats-today = اليوم — الطلبات: { $prompts }، المستخدمون: { $users }
stats-answer-time = زمن الرد: الوسيط { $p50 }، و95 % في أقل من { $p95 }
stats-answer-time-none = زمن الرد: لم يُقَس شيء بعد
stats-active = المستخدمون النشطون يوميًا: { $average } في المتوسط، و{ $max } على الأكثر
stats-top-categories = أكثر الفئات استخدامًا: { $list }
stats-top-targets = أكثر النماذج استخدامًا: { $list }
stats-chart-failed = تعذّر رسم المخطط هذه المرة؛ الأرقام أعلاه كاملة.

stats-chart-title = Promptsmith · آخر { $days ->
    [one] يوم
    [two] يومين
    [few] { $days } أيام
    [many] { $days } يومًا
   *[other] { $days } يوم
}
stats-chart-prompts = الطلبات يوميًا
stats-chart-ai = الذكاء الاصطناعي
stats-chart-offline = دون اتصال
stats-chart-answer-time = زمن الرد بالثواني
stats-chart-median = الوسيط
stats-chart-p95 = المئين 95
stats-chart-active = المستخدمون النشطون يوميًا
stats-chart-categories = أكثر الفئات استخدامًا
stats-chart-targets = أكثر النماذج استخدامًا

broadcast-private-only = أرسل ‎/broadcast إليّ في محادثة خاصة.
broadcast-usage = اكتب الرسالة بعد الأمر، مثلًا: ‎/broadcast مرحبًا بالجميع!
broadcast-too-long = الرسالة طويلة جدًا: { $length } حرفًا، والحد الأقصى { $max }.
broadcast-preview = 📣 معاينة: الرسالة التالية ستصل إلى كل المستخدمين. عدد المستلمين الآن: { $count }.
broadcast-send-button = ✅ إرسال
broadcast-cancel-button = ✖️ إلغاء
broadcast-stop-button = ✖️ إيقاف الإرسال
broadcast-cancelled = أُلغي البث: لم يُرسَل شيء.
broadcast-expired = هذا البث لم يعد في الانتظار: أرسل ‎/broadcast من جديد.
broadcast-busy = يجري إرسال بث آخر: انتظر حتى ينتهي أو أوقفه.
broadcast-starting = جارٍ الإرسال…
broadcast-stopping = جارٍ الإيقاف…
broadcast-progress = { $bar } { $percent } % · { $done } / { $total } · الحاظرون: { $blocked }
broadcast-done = 📣 اكتمل البث. أُرسلت: { $sent } من { $total }. حظروا البوت: { $blocked }. فشلت: { $failed }.
broadcast-stopped = 📣 توقف البث بعد { $done } من { $total }. أُرسلت: { $sent }. حظروا البوت: { $blocked }. فشلت: { $failed }.
