# Promptsmith — Persian (فارسی), "شما": the prompt workshop (answers,
# revisions, clarifying questions, /settings). Same message ids and
# placeholders as en.ftl (tests/ui/locales_test.ts). Plurals: one (0 and 1),
# other, so the text for one is an exact [1]; a noun after a number stays
# singular. Lines start with Persian words where they can, so that Telegram
# sets them right to left; a back arrow goes at the end, as in core/fa.ftl.

## The answer

answer-by-ai = ✨ هوش مصنوعی
answer-by-offline = ⚡ آفلاین
answer-version = نسخهٔ { $version }
answer-version-of = نسخهٔ { $version } ({ $action })
answer-offline-no-keys = این را حالت آفلاین نوشته است: برای این ربات هوش مصنوعی راه‌اندازی نشده.
answer-offline-unavailable = هوش مصنوعی الان در دسترس نیست، برای همین این یکی را حالت آفلاین نوشت. برای نسخه‌ای که هوش مصنوعی بنویسد، روی «تلاش دوباره با هوش مصنوعی» بزنید.
answer-offline-empty = هوش مصنوعی پاسخ خالی داد، برای همین این یکی را حالت آفلاین نوشت.
answer-offline-written = این را حالت آفلاین، بدون هوش مصنوعی، نوشته است.
answer-fill-in = ✏️ این‌ها را پر کنید:
answer-assumed = 💭 فرض‌ها:
answer-cut-by-limit = هوش مصنوعی به سقف طول خود رسید و متوقف شد، پس ممکن است انتهای متن نیامده باشد. برای نسخه‌ای فشرده روی ✂️ کوتاه‌تر بزنید.

target-chat = ChatGPT / Gemini
target-claude = Claude
target-reasoning = مدل‌های استدلالی
target-midjourney = Midjourney
target-stable_diffusion = Stable Diffusion
target-natural_image = Flux / DALL·E / Imagen
target-video = Sora / Veo / Kling

## The buttons under an answer

workshop-copy = 📋 کپی
workshop-shorter = ✂️ کوتاه‌تر
workshop-detail = ➕ جزئیات بیشتر
workshop-another = 🔁 نسخهٔ دیگر
workshop-target = 🎯 مدل…
workshop-category = 🗂 دسته…
workshop-ask = ❓ اول از من بپرس
workshop-more = بیشتر…
workshop-back = بازگشت »
workshop-not-yours = فقط کسی که این پرامپت را خواسته می‌تواند تغییرش دهد.
workshop-expired = این پرامپت دیگر پیش من نیست (منقضی یا پاک شده)، برای همین نمی‌توانم تغییرش دهم. ایده‌تان را دوباره بفرستید.
workshop-started = در حال انجام…
workshop-already = همین حالا دارم رویش کار می‌کنم.
workshop-target-current = این پرامپت همین حالا برای همین مدل است.
workshop-category-current = این پرامپت همین حالا در همین دسته است.
workshop-queued = { $ahead ->
    [1] در صف: بلافاصله بعد از پرامپتی که دارم می‌نویسم، سراغ این می‌روم.
   *[other] در صف: { $ahead } پرامپت جلوتر از این هستند.
  }
workshop-queue-full = { $max ->
    [1] یک پرامپت از قبل منتظر است. وقتی به آن پاسخ دادم، دوباره امتحان کنید.
   *[other] { $max } پرامپت از قبل منتظرند. وقتی به یکی از آن‌ها پاسخ دادم، دوباره امتحان کنید.
  }
workshop-reply-empty = بگویید چه چیزی را تغییر دهم، برای نمونه: «رسمی‌تر» یا «دو مثال اضافه کن».
workshop-change-latest = ✏️ آخرین پرامپت شما را تغییر می‌دهم. برای پرامپت تازه، آن را با /enhance بفرستید.

revision-shorter = ✂️ کوتاه‌تر
revision-detail = ➕ جزئیات بیشتر
revision-another = 🔁 نسخهٔ دیگر
revision-target = 🎯 مدل تازه
revision-category = 🗂 دستهٔ تازه
revision-ask = ❓ پس از پرسش‌ها
revision-reply = ✍️ تغییر شما

## Clarifying questions

questions-intro = ❓ یک سؤال کوتاه تا پرامپت دقیقاً به کارتان بیاید ({ $n }/{ $total }):
questions-typed-hint = روی یک پاسخ بزنید یا پاسخ خودتان را بنویسید.
questions-skip-one = رد کردن این سؤال
questions-skip-all = ⏭ رد کن، فقط بنویس
questions-expired = این سؤال‌ها منقضی شده‌اند. ایده‌تان را دوباره بفرستید.
questions-not-yours = این سؤال‌ها برای کسی است که درخواست داده.
questions-done = ✓ ممنون — دارم پرامپتتان را می‌نویسم…
questions-answered = { $question } — { $answer }
questions-typed-which = این پاسخ شما به «{ $question }» است یا یک ایدهٔ تازه؟
questions-typed-answer = ✍️ پاسخ من است
questions-typed-idea = ✨ ایدهٔ تازه
questions-typed-as-answer = ✓ به‌عنوان پاسخ شما ثبت شد.
questions-typed-as-idea = ✓ به‌عنوان ایدهٔ تازه ثبت شد.
questions-set-aside = این سؤال‌ها به خاطر ایدهٔ تازه‌تان کنار گذاشته شدند.
questions-typed-replaced = متن تازه‌تری جای آن را گرفت.
questions-typed-unused = استفاده نشد: به سؤال به شکل دیگری پاسخ داده شد.

## /settings

settings-title = ⚙️ تنظیمات شما. برای تغییر، روی یکی بزنید:
settings-category = 🗂 دسته: { $value }
settings-target = 🎯 مدل: { $value }
settings-length = 📏 طول: { $value }
settings-clarify = ❓ اول پرسیدن: { $value }
settings-answer-language = 🌐 زبان پرامپت: { $value }
settings-language = 🗣 زبان ربات: { $value }
settings-pick-category = 🗂 چه نوع پرامپتی بنویسم؟ «خودکار» از روی نوشتهٔ شما انتخاب می‌کند.
settings-pick-target = 🎯 پرامپت‌هایتان برای کدام مدل است؟ «خودکار» برای هر دسته بهترین گزینه را انتخاب می‌کند.
settings-pick-length = 📏 پرامپت‌ها چقدر بلند باشند؟
settings-pick-clarify = ❓ کی پیش از نوشتن چند سؤال بپرسم؟
settings-pick-answer-language = 🌐 پرامپت‌ها به چه زبانی باشند؟ «خودکار»: به زبانی که می‌نویسید (پرامپت‌های تصویر و ویدیو به انگلیسی‌اند).
settings-pick-language = 🗣 با چه زبانی با شما حرف بزنم؟
settings-target-auto = خودکار
settings-length-concise = مختصر
settings-length-standard = معمولی
settings-length-detailed = مفصل
settings-clarify-never = هرگز
settings-clarify-auto = وقتی مبهم است
settings-clarify-always = همیشه
settings-answer-language-auto = خودکار
settings-language-auto = خودکار
settings-saved = ✓ ذخیره شد
settings-expired = این دکمه دیگر کار نمی‌کند. برای باز کردن دوبارهٔ تنظیمات، /settings را بفرستید.
settings-private-only = از /settings در چت خصوصی با من استفاده کنید — تنظیمات شما فقط مال خودتان است.
settings-back = بازگشت »
command-settings = تنظیمات شما: دسته، مدل، طول، زبان‌ها

## /history versions

history-versions = 🗂 نسخه‌ها ({ $count })
history-version-line = نسخهٔ { $version } · { $what }
history-original = اصلی
history-your-idea = 💡 ایدهٔ شما: { $idea }
history-item-versions = 🗂 { $count } نسخه: جدیدترین نمایش داده می‌شود
