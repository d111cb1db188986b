# کنسول Promptsmith (`deno task chat`) — فارسی.

console-welcome = Promptsmith در ترمینال شما. یک پیش‌نویس پرامپت، یک /فرمان یا شمارهٔ یک دکمه بنویسید. برای خروج Ctrl-D.
console-mode-offline = LLM_API_KEYS تنظیم نشده است: بهبوددهندهٔ آفلاین داخلی پاسخ می‌دهد.
console-mode-ai = هوش مصنوعی پاسخ می‌دهد ({ $model }).
console-no-button = دکمهٔ { $number } اینجا نیست: از ۱ تا { $count } انتخاب کنید.
console-link = پیوند: { $url }
console-button-unsupported = این دکمه در ترمینال کاری انجام نمی‌دهد.
console-file = 📎 { $name } ({ $size })
console-photo = 🖼 تصویر: { $name } ({ $size })
