# Promptsmith — Persian (فارسی). Same message ids and placeholders as en.ftl
# (tests/ui/locales_test.ts). Plurals: one (0 and 1), other. A noun after a
# number stays singular in Persian. Lines start with Persian words where they
# can, so that Telegram sets them right to left.

## Commands in Telegram's menu

command-start = آشنایی با Promptsmith
command-help = راهنمای استفاده از ربات
command-enhance = بهبود یک پرامپت خام (در گروه‌ها هم کار می‌کند)
command-category = انتخاب نوع پرامپتی که می‌نویسم
command-language = انتخاب زبانی که با آن حرف می‌زنم
command-history = پرامپت‌های اخیر شما
command-clearhistory = پاک کردن تاریخچهٔ پرامپت‌ها
command-keys = وضعیت کلیدهای هوش مصنوعی (مدیران)

## /start and /help

start-greeting = سلام { $name }! من Promptsmith هستم ✨
start-greeting-anonymous = سلام! من Promptsmith هستم ✨
start-body =
    یک ایدهٔ خام برایم بفرستید — یک جمله کافی است — تا آن را به یک پرامپت قوی و ساختارمند برای ChatGPT، Claude، Gemini یا یک مدل تصویرساز تبدیل کنم.

    امتحان کنید: «لوگو برای کافه‌ای که گربه‌ها اداره‌اش می‌کنند» یا «اسکریپت پایتون که اسم عکس‌ها را بر اساس تاریخ عوض می‌کند».

    با /help همهٔ کارهایی را که از من برمی‌آید ببینید.
help-title = راهنمای استفاده از Promptsmith:
help-send = ✍️ ایده‌تان را به هر شکلی که می‌خواهید بفرستید:
help-send-text = • 💬 پیام متنی، حداکثر { $max } کاراکتر
help-send-voice = • 🎙 پیام صوتی، فایل صوتی یا پیام ویدیویی: اول آن را به متن تبدیل می‌کنم
help-send-photo = • 🖼 عکس یا آلبوم: کپشن همان ایده است؛ اگر کپشن نباشد، پرامپتی می‌نویسم که تصویر را بازسازی کند
help-send-file = • 📄 فایل متنی (.txt یا .md)

help-shape = ✨ بعد پاسخ را به دلخواهتان تغییر دهید:
help-shape-buttons = • با دکمه‌های زیر آن: ✂️ کوتاه‌تر، ➕ جزئیات بیشتر، 🔁 نسخهٔ دیگر، 🎯 مدل… و بیشتر
help-shape-reply = • به آن با تغییری که می‌خواهید جواب دهید («رسمی‌تر»، «دو مثال اضافه کن») تا بازنویسی‌اش کنم
help-shape-type = • در گفت‌وگوی خصوصی ما می‌توانید تغییر را درست بعد از پاسخ هم بنویسید؛ /enhance <ایده> همیشه پرامپت تازه‌ای شروع می‌کند
help-shape-settings = • /settings: دسته، مدل هدف، طول، سؤال‌های اولیه، زبان‌ها

help-elsewhere = 👥 در چت‌های دیگر:
help-groups = • در گروه: /enhance <ایدهٔ شما>، جواب به یکی از پیام‌هایم یا منشن کردن من
help-inline = • در هر چتی: @{ $bot } و ایده‌تان را بنویسید، بعد روی یک پرامپت بزنید تا فرستاده شود

help-commands = 📋 دستورها:

help-categories = دسته‌هایی که می‌شناسم: { $categories }. با /category دسته‌ای را که برایتان به کار می‌برم انتخاب کنید.
help-history = { $limit ->
    [one] آخرین پرامپت شما را نگه می‌دارم: /history و /clearhistory در چت خصوصی کار می‌کنند.
   *[other] { $limit } پرامپت آخر شما را نگه می‌دارم: /history و /clearhistory در چت خصوصی کار می‌کنند.
  }

## Enhancing

enhance-usage =
    دستور /enhance را همراه با ایده‌تان بفرستید، برای نمونه:
    /enhance پوستر برای یک شب جاز
enhance-busy = ⏳ هنوز روی پرامپت قبلی شما کار می‌کنم. هر بار فقط یکی را انجام می‌دهم — وقتی آن پاسخ رسید، این یکی را دوباره بفرستید.
enhance-queued = { $ahead ->
    [1] ⏳ در صف: این پرامپت را بلافاصله بعد از پرامپتی که روی آن کار می‌کنم می‌نویسم.
   *[other] ⏳ در صف: { $ahead } پرامپت جلوتر از این هستند. به ترتیب پاسخ می‌دهم.
  }
enhance-queue-full = { $max ->
    [1] ⏳ یک پرامپت از قبل پشت پرامپتی که می‌نویسم منتظر است. وقتی به آن پاسخ دادم، این را دوباره بفرستید.
   *[other] ⏳ { $max } پرامپت از قبل پشت پرامپتی که می‌نویسم منتظرند. وقتی به یکی از آن‌ها پاسخ دادم، این را دوباره بفرستید.
  }
prompt-empty = پرامپت شما خالی است. یک ایدهٔ خام از چیزی که می‌خواهید بفرستید، برای نمونه: «یک شعر تولد برای خواهرم که عاشق کوه‌نوردی است».
prompt-too-long = پرامپت شما { $length } کاراکتر است؛ حد مجاز { $max } است. کوتاه‌ترش کنید و دوباره بفرستید.
prompt-no-words = پیام شما کلمه‌ای ندارد که بتوانم با آن کار کنم. یک ایدهٔ خام از چیزی که می‌خواهید بفرستید، برای نمونه: «یک شعر تولد برای خواهرم که عاشق کوه‌نوردی است».
prompt-only-links = نمی‌توانم پیوندها را باز کنم. بنویسید با آن چه کاری می‌خواهید، برای نمونه: «این مقاله را برای یک خبرنامه خلاصه کن: <پیوند>».
rejected-too-long = پرامپت شما برای مدل هوش مصنوعی بیش از حد طولانی است. کوتاه‌ترش کنید و دوباره بفرستید.
rejected-content-policy = ارائه‌دهندهٔ هوش مصنوعی این پرامپت را طبق سیاست محتوایی‌اش رد کرد. آن را جور دیگری بنویسید و دوباره امتحان کنید.
rejected-unknown-model = مدل هوش مصنوعی‌ای که این ربات برای کار با آن تنظیم شده در دسترس نیست. لطفاً به مدیر ربات خبر دهید.
rejected-invalid-request = ارائه‌دهندهٔ هوش مصنوعی این درخواست را رد کرد. پرامپتتان را جور دیگری بنویسید یا کوتاه‌ترش کنید؛ اگر باز هم تکرار شد، لطفاً به مدیر ربات خبر دهید.
job-gave-up = متأسفم، نتوانستم آخرین پرامپت شما را کامل کنم. لطفاً دوباره بفرستیدش.

answer-cut-caption = { $parts ->
    [one] ✂️ پاسخ برای چت بیش از حد طولانی بود، برای همین پیام بالا بعد از بخش اول تمام می‌شود. متن کاملش اینجاست.
   *[other] ✂️ پاسخ برای چت بیش از حد طولانی بود، برای همین پیام‌های بالا بعد از { $parts } بخش تمام می‌شوند. متن کاملش اینجاست.
  }

## "Try again with AI"

retry-button = 🔁 تلاش دوباره با هوش مصنوعی
retry-not-yours = فقط کسی که این پرامپت را فرستاده می‌تواند دوباره امتحانش کند.
retry-expired = این دکمه دیگر کار نمی‌کند. پرامپتتان را دوباره بفرستید.
retry-wait = لطفاً کمی صبر کنید و بعد دوباره امتحان کنید.
retry-started = در حال تلاش دوباره با هوش مصنوعی…

retry-ai-unavailable-soon = هوش مصنوعی الان در دسترس نیست؛ تلاش بعدی حدود { $wait } دیگر ممکن است. وقتی برگشت (ظرف { $within })، خودم دوباره امتحانش می‌کنم و همین‌جا جواب می‌دهم.
retry-ai-unavailable-parked = هوش مصنوعی الان در دسترس نیست؛ تلاش بعدی پس از موفقیت بررسی یک کلید ممکن است (هر { $interval } یک بار). وقتی برگشت (ظرف { $within })، خودم دوباره امتحانش می‌کنم و همین‌جا جواب می‌دهم.

## Limits

limit-burst = { $max ->
    [one] خیلی سریع پرامپت می‌فرستید: محدودیت، یک پرامپت در دقیقه است. { $wait } دیگر دوباره امتحان کنید.
   *[other] خیلی سریع پرامپت می‌فرستید: محدودیت، { $max } پرامپت در دقیقه است. { $wait } دیگر دوباره امتحان کنید.
  }
limit-daily = { $max ->
    [one] به سقف روزانهٔ خود، یعنی یک پرامپت، رسیده‌اید. این سقف { $wait } دیگر (ساعت ۰۰:۰۰ به وقت UTC) از نو شروع می‌شود.
   *[other] به سقف روزانهٔ خود، یعنی { $max } پرامپت، رسیده‌اید. این سقف { $wait } دیگر (ساعت ۰۰:۰۰ به وقت UTC) از نو شروع می‌شود.
  }
limit-global = { $max ->
    [one] در حال حاضر Promptsmith به سقف یک پرامپت در دقیقه برای همهٔ کاربران رسیده است. { $wait } دیگر دوباره امتحان کنید.
   *[other] در حال حاضر Promptsmith به سقف { $max } پرامپت در دقیقه برای همهٔ کاربران رسیده است. { $wait } دیگر دوباره امتحان کنید.
  }

limit-share = { $max ->
    [one] الان افراد زیادی پرامپت می‌فرستند، پس Promptsmith سهمیهٔ یک پرامپت در دقیقه را عادلانه تقسیم می‌کند و سهم این دقیقهٔ شما تمام شده است. { $wait } دیگر دوباره امتحان کنید.
   *[other] الان افراد زیادی پرامپت می‌فرستند، پس Promptsmith سهمیهٔ { $max } پرامپت در دقیقه را عادلانه تقسیم می‌کند و سهم این دقیقهٔ شما تمام شده است. { $wait } دیگر دوباره امتحان کنید.
  }

## /history

history-private-only = از /history در چت خصوصی با من استفاده کنید — این‌طوری پرامپت‌هایتان خصوصی می‌مانند.
history-empty = هنوز پرامپتی ندارید. یک ایدهٔ خام برایم بفرستید تا اینجا نمایش داده شود.
history-heading = { $total ->
    [one] 🕘 پرامپت اخیر شما، صفحهٔ { $page } از { $pages }:
   *[other] 🕘 پرامپت‌های اخیر شما ({ $total }، جدیدترین‌ها اول)، صفحهٔ { $page } از { $pages }:
  }
history-item-summary =
    { $n }. { $when } UTC · { $category } · { $source ->
        [ai] هوش مصنوعی
       *[offline] آفلاین
    }
    «{ $prompt }»
    ← { $result }
history-tap-hint = روی یک شماره بزنید تا پرامپت کامل را ببینید.
history-newer = جدیدتر ›
history-older = ‹ قدیمی‌تر
history-item-gone = این پرامپت دیگر در تاریخچهٔ شما نیست.
history-item-truncated = (نتیجهٔ ذخیره‌شده کوتاه شد تا جا شود.)
history-already-empty = تاریخچهٔ شما از قبل خالی است.
history-clear-confirm = { $count ->
    [one] تنها پرامپت تاریخچه‌تان پاک شود؟ این کار برگشت‌پذیر نیست.
   *[other] همهٔ { $count } پرامپت تاریخچه‌تان پاک شوند؟ این کار برگشت‌پذیر نیست.
  }
history-clear-yes = { $count ->
    [1] 🗑 پاک کردن
   *[other] 🗑 پاک کردن همه
  }
history-clear-no = نگه داشتن
history-kept = تاریخچه‌تان دست‌نخورده ماند.
history-cleared = { $count ->
    [0] هیچ پرامپتی از تاریخچه‌تان پاک نشد.
    [one] یک پرامپت از تاریخچه‌تان پاک شد.
   *[other] { $count } پرامپت از تاریخچه‌تان پاک شد.
  }

## /category

category-private-only = از /category در چت خصوصی با من استفاده کنید — تنظیمات شما فقط مال خودتان است.
category-current =
    دستهٔ شما: { $emoji } { $title } — { $description }.

    این دسته به پرامپت‌هایی که برایتان می‌نویسم شکل می‌دهد. برای تغییر، روی یکی بزنید:
category-saved =
    ✓ ذخیره شد. پرامپت‌های شما از این به بعد با { $emoji } { $title } — { $description } نوشته می‌شوند.

    برای تغییر دوباره، روی یکی دیگر بزنید:
category-saved-toast = ذخیره شد: { $emoji } { $title }
category-unknown = دسته‌ای به اسم «{ $name }» نمی‌شناسم. یکی از این‌ها را انتخاب کنید:
category-unknown-example = برای نمونه: /category coding — یا /category را بفرستید و روی یکی بزنید.
category-expired = این دکمه دیگر کار نمی‌کند. برای انتخاب دوباره /category را بفرستید.

category-general-title = عمومی
category-general-description = هر پرسش یا کاری برای ChatGPT، Claude، Gemini و مانند این‌ها
category-coding-title = برنامه‌نویسی
category-coding-description = نوشتن، بازبینی، اشکال‌زدایی یا توضیح کد
category-writing-title = نویسندگی
category-writing-description = مقاله، پست، داستان، شعر و ویرایش
category-image-title = تصویر
category-image-description = پرامپت برای Midjourney، DALL·E، Stable Diffusion و Flux
category-research-title = پژوهش
category-research-description = پرسش‌هایی برای بررسی، مقایسه، خلاصه‌سازی یا راستی‌آزمایی
category-business-title = کسب‌وکار و بازاریابی
category-business-description = متن بازاریابی، استراتژی، برنامه و ارائه
category-video-title = ویدیو
category-video-description = کلیپ برای Sora، Veo، Kling، Runway: نماها، دوربین، مدت
category-system_prompt-title = پرامپت سیستمی
category-system_prompt-description = دستورالعمل برای یک دستیار، GPT سفارشی یا عامل
category-data-title = داده / SQL
category-data-description = کوئری‌های SQL، صفحه‌گسترده و تحلیل داده
category-email-title = ایمیل و پیام
category-email-description = ایمیل، نامه، پاسخ و پیام‌های چت
category-learning-title = یادگیری / توضیح
category-learning-description = توضیح، درس، برنامه مطالعه و آزمونک
category-auto-title = خودکار
category-auto-description = نوع پرامپت را از روی نوشته شما انتخاب می‌کنم

## /language

language-current = زبان شما: { $language }. برای تغییر، روی یکی بزنید:
language-unknown = زبانی به اسم «{ $name }» نمی‌شناسم. کدی مثل /language de بفرستید یا یکی از زبان‌های زیر را انتخاب کنید.
language-saved = ✓ از این به بعد به { $language } حرف می‌زنم.
language-auto = 🌐 خودکار (از تلگرام)
language-saved-auto = ✓ دوباره از زبان تلگرام شما پیروی می‌کنم: { $language }.
language-private-only = از /language در چت خصوصی با من استفاده کنید.
language-expired = این دکمه دیگر کار نمی‌کند. برای انتخاب دوباره /language را بفرستید.

## /keys (admins)

keys-private-only = از /keys در چت خصوصی با من استفاده کنید: جزئیات کلیدها نباید به گروه‌ها برسد.
keys-none = هیچ کلید LLM تنظیم نشده است: پرامپت‌ها به‌صورت آفلاین بهبود داده می‌شوند.
keys-heading = کلیدهای LLM: { $count }، { $inService } در حال کار
keys-line =
    کلید { $hint } ({ $provider }): { $state }
    آخرین خطا: { $lastError } · موفقیت: { $success } · میانه: { $median }
keys-no-error = ندارد
keys-no-attempts = هنوز تلاشی نشده
keys-success-rate = { $percent }٪ از { $attempts }
keys-state-parked = کنار گذاشته شده تا یک بررسی سلامت موفق شود
keys-state-in-service = در حال کار
keys-state-cooling = در حال استراحت، { $left } مانده
keys-state-open-waiting = مدار باز، { $left } دیگر دوباره آزمایش می‌شود
keys-state-open-next = مدار باز، درخواست بعدی آن را آزمایش می‌کند
keys-state-half-open = نیمه‌باز، در حال آزمایش

## Anything else

unknown-command = این دستور را نمی‌شناسم. با /help ببینید چه کارهایی از من برمی‌آید.
text-only = ایده‌تان را در قالب یک پیام متنی برایم بفرستید تا آن را به یک پرامپت قوی تبدیل کنم.
button-expired = این دکمه دیگر کار نمی‌کند. درخواستتان را دوباره بفرستید.
error-enhance = متأسفم، نتوانستم این یکی را تمام کنم. لطفاً چند لحظهٔ دیگر دوباره بفرستید.
error-generic = متأسفم، مشکلی از طرف من پیش آمد. لطفاً دوباره امتحان کنید.
