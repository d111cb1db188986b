## عملیات: ‎/stats و ‎/broadcast (فقط مدیران)

command-stats = آمار استفاده همراه با نمودار
command-broadcast = فرستادن پیام به همهٔ کاربران

stats-private-only = ‎/stats را در گفتگوی خصوصی برایم بفرستید.
stats-title = 📊 آمار { $days } روز گذشته
stats-prompts = پرامپت‌ها: { $total } (هوش مصنوعی: { $ai }، آفلاین: { $offline })
stats-today = امروز — پرامپت‌ها: { $prompts }، کاربران: { $users }
stats-answer-time = زمان پاسخ: میانه { $p50 }، ۹۵٪ در کمتر از { $p95 }
stats-answer-time-none = زمان پاسخ: هنوز چیزی اندازه‌گیری نشده است
stats-active = کاربران فعال در روز: به‌طور میانگین { $average }، حداکثر { $max }
stats-top-categories = پرکاربردترین دسته‌ها: { $list }
stats-top-targets = پرکاربردترین مدل‌ها: { $list }
stats-chart-failed = این بار نمودار رسم نشد؛ اعداد بالا کامل‌اند.

stats-chart-title = Promptsmith · { $days } روز گذشته
stats-chart-prompts = پرامپت در روز
stats-chart-ai = هوش مصنوعی
stats-chart-offline = آفلاین
stats-chart-answer-time = زمان پاسخ، ثانیه
stats-chart-median = میانه
stats-chart-p95 = صدک ۹۵
stats-chart-active = کاربران فعال در روز
stats-chart-categories = پرکاربردترین دسته‌ها
stats-chart-targets = پرکاربردترین مدل‌ها

broadcast-private-only = ‎/broadcast را در گفتگوی خصوصی برایم بفرستید.
broadcast-usage = پیام را بعد از فرمان بنویسید، مثلاً: ‎/broadcast سلام به همه!
broadcast-too-long = پیام خیلی طولانی است: { $length } نویسه، حداکثر { $max }.
broadcast-preview = 📣 پیش‌نمایش: پیام بعدی برای همهٔ کاربران فرستاده می‌شود. گیرندگان فعلی: { $count }.
broadcast-send-button = ✅ ارسال
broadcast-cancel-button = ✖️ لغو
broadcast-stop-button = ✖️ توقف ارسال
broadcast-cancelled = ارسال همگانی لغو شد: چیزی فرستاده نشد.
broadcast-expired = این ارسال همگانی دیگر در انتظار نیست: دوباره ‎/broadcast را بفرستید.
broadcast-busy = ارسال همگانی دیگری در جریان است: صبر کنید تمام شود یا آن را متوقف کنید.
broadcast-starting = در حال ارسال…
broadcast-stopping = در حال توقف…
broadcast-progress = { $bar } { $percent } % · { $done } / { $total } · مسدودکرده: { $blocked }
broadcast-done = 📣 ارسال همگانی تمام شد. فرستاده‌شده: { $sent } از { $total }. ربات را مسدود کرده‌اند: { $blocked }. ناموفق: { $failed }.
broadcast-stopped = 📣 ارسال همگانی پس از { $done } از { $total } متوقف شد. فرستاده‌شده: { $sent }. ربات را مسدود کرده‌اند: { $blocked }. ناموفق: { $failed }.
