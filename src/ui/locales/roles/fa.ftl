# نقش‌ها، مدیریت، دسترسی و حریم خصوصی — فارسی.

## Commands in Telegram's menu

command-privacy = چه چیزی از شما نگه می‌دارم و تا کی
command-export = همهٔ آنچه از شما نگه می‌دارم را در یک فایل بگیرید
command-forget = همهٔ آنچه از شما نگه می‌دارم را پاک کنید
command-ban = مسدود کردن کاربر (ناظران)
command-unban = رفع مسدودیت (ناظران)
command-whois = نقش و وضعیت یک کاربر (ناظران)
command-role = تغییر نقش یک کاربر (مدیران)
command-audit = گزارش ممیزی (مدیران)

## Role names

role-name-owner = مالک
role-name-admin = مدیر
role-name-moderator = ناظر
role-name-trusted = مورد اعتماد
role-name-user = کاربر
role-name-banned = مسدود

## Access

access-banned = شما نمی‌توانید از این ربات استفاده کنید.
access-not-allowed = این ربات خصوصی است: فقط کسانی که مالک اجازه داده می‌توانند از آن استفاده کنند.
access-pending = ممنون! این ربات خصوصی است، برای همین از مدیرانش خواستم به شما اجازهٔ ورود بدهند. به‌محض اینکه پاسخ دهند همین‌جا خبرتان می‌کنم.
access-denied = درخواست شما برای استفاده از این ربات رد شد.
access-request =
    🔔 { $name } می‌خواهد از ربات استفاده کند.
    { $username } · شناسه { $id }
access-no-username = بدون نام کاربری
access-approve = ✓ تأیید
access-deny = ✕ رد
access-approved-card = ✓ تأیید شد: کاربر { $id } اکنون می‌تواند از ربات استفاده کند.
access-denied-card = ✕ رد شد: کاربر { $id } نمی‌تواند از ربات استفاده کند.
access-answered-approved = مدیر دیگری این درخواست را پیش‌تر تأیید کرده است.
access-answered-denied = مدیر دیگری این درخواست را پیش‌تر رد کرده است.
access-unknown-request = این درخواست دیگر وجود ندارد.
access-approved-user = ✓ خوش آمدید! یک ایدهٔ خام بفرستید تا آن را به یک پرامپت قوی تبدیل کنم. /help کارهایی را که بلدم فهرست می‌کند.
access-denied-user = متأسفم، درخواست شما برای استفاده از این ربات رد شد.

## /role, /ban, /unban

role-usage = روش استفاده: /role <شناسهٔ کاربر، یا پاسخ به پیامش> <نقش>. نقش‌ها: admin، moderator، trusted، user، banned.
ban-usage = روش استفاده: /ban <شناسهٔ کاربر، یا پاسخ به پیامش> [دلیل]
unban-usage = روش استفاده: /unban <شناسهٔ کاربر، یا پاسخ به پیامش>
whois-usage = روش استفاده: /whois <شناسهٔ کاربر، یا پاسخ به پیامش>
moderation-not-a-user = آن پیام از یک ربات است، نه از یک آدم.
moderation-private-only = { $command } را در گفتگوی خصوصی با من به کار ببرید: آنچه نشان می‌دهد نباید در گروه‌ها باشد.
role-set = ✓ نقش کاربر { $user } اکنون { $role } است.
ban-done = { $cancelled ->
    [0] ✓ کاربر { $user } مسدود شد.
   *[other] ✓ کاربر { $user } مسدود شد؛ { $cancelled } پرامپت در انتظارش لغو شد.
  }
unban-done = ✓ کاربر { $user } دوباره می‌تواند از ربات استفاده کند، با نقش { $role }.
role-refused-rank = فقط روی کسانی که رتبه‌شان از شما پایین‌تر است می‌توانید اقدام کنید و فقط نقشی پایین‌تر از نقش خودتان بدهید.
role-refused-owner-only = فقط مالک می‌تواند مدیر تعیین کند.
role-refused-unchanged = نقش کاربر { $user } همین حالا هم { $role } است.
role-refused-not-banned = کاربر { $user } مسدود نیست.

## /whois

whois-heading = 👤 کاربر { $id } · { $pseudonym }
whois-role = نقش: { $role } ({ $source ->
    [owner_id] از OWNER_ID
    [admin_ids] از ADMIN_IDS
    [stored] تعیین‌شده در گفتگو
   *[default] پیش‌فرض
  })
whois-since = از: { $when } UTC
whois-reason = دلیل: { $reason }
whois-access = دسترسی: { $status ->
    [pending] در انتظار تأیید
    [approved] تأییدشده
   *[denied] ردشده
  }
whois-seen = نخستین بار { $first } UTC، آخرین بار { $last } UTC
whois-never-seen = هنوز هیچ پرامپتی نفرستاده است.
whois-counts = پرامپت‌های بهبودیافته: { $enhancements } · در تاریخچه: { $history } · در انتظار: { $jobs }

## /audit

audit-heading = 📜 گزارش ممیزی، صفحهٔ { $page }، تازه‌ترها اول (افراد با نام مستعار نشان داده می‌شوند):
audit-empty = گزارش ممیزی خالی است.
audit-entry = { $when } UTC · { $action ->
    [role] { $actor } نقش { $target } را تغییر داد: { $from } → { $to }
    [ban] { $actor } کاربر { $target } را مسدود کرد
    [unban] { $actor } مسدودیت { $target } را برداشت
    [approve] { $actor } درخواست { $target } را تأیید کرد
    [deny] { $actor } درخواست { $target } را رد کرد
    [broadcast] { $actor } پیامی همگانی برای { $count } نفر فرستاد
   *[forget] { $actor } داده‌هایش را پاک کرد ({ $count } رکورد)
  }

## /privacy

privacy-heading = 🔒 آنچه از شما نگه می‌دارم
privacy-stored = • آخرین { $limit } پرامپت شما همراه با پاسخ‌هایشان (/history، با گفت‌وگویی که هر پاسخ در آن نشان داده شد)، تنظیمات شما (دسته، زبان) و تعداد پرامپت‌هایی که فرستاده‌اید.
privacy-retention = { $days ->
    [0] • تاریخچهٔ شما می‌ماند تا خودتان پاکش کنید (/clearhistory یا /forget).
   *[other] • هر پرامپت تاریخچه { $days } روز پس از ارسال پاک می‌شود، یا زودتر با /clearhistory یا /forget.
  }
privacy-transient = • تا وقتی پرامپتی منتظر پاسخ است، در صف می‌ماند؛ زیر پاسخ آفلاین، دکمهٔ «تلاش دوباره با هوش مصنوعی» درخواست شما را ۲۴ ساعت نگه می‌دارد. شمارنده‌های محدودیت یک دقیقه یا یک روز می‌مانند.
privacy-who = • چه کسی می‌تواند ببیند: شما، و کسی که پایگاه دادهٔ ربات را اداره می‌کند. مدیران و ناظران نقش و شمارنده‌های شما را می‌بینند (/whois)، هرگز پرامپت‌هایتان را. گزارش نظارت نام مستعار نشان می‌دهد، نه نام یا پیام، و یک سال نگه داشته می‌شود.
privacy-encryption = { $encrypted ->
    [yes] • پرامپت‌ها و پاسخ‌های شما در پایگاه داده رمزگذاری شده‌اند.
   *[no] • پرامپت‌ها و پاسخ‌های شما بدون رمزگذاری در پایگاه داده نگه داشته می‌شوند.
  }
privacy-logs = • لاگ‌ها هرگز پیام‌های شما را ندارند؛ شناسهٔ شما در آنجا فقط به‌صورت نام مستعار دیده می‌شود.
privacy-commands = /export همهٔ این‌ها را در یک فایل برایتان می‌فرستد؛ /forget همه را پاک می‌کند.

## /export and /forget

export-caption = همهٔ آنچه از شما نگه می‌دارم، تا { $when } UTC.
forget-confirm = همهٔ آنچه از شما نگه می‌دارم پاک شود: تاریخچه، تنظیمات، پرامپت‌های در انتظار و شمارنده‌ها؟ این کار برگشت‌پذیر نیست. نقش یا مسدودیتی که ناظران تعیین کرده‌اند می‌ماند.
forget-yes = 🗑 همه را پاک کن
forget-no = نگه دار
forget-kept = چیزی پاک نشد.
forget-done = { $count ->
    [0] انجام شد: چیزی برای پاک کردن نبود.
   *[other] انجام شد: { $count } رکورد پاک شد. فقط یادداشتی از درخواست شما، با نام مستعار، در گزارش ممیزی می‌ماند.
  }
privacy-cooldown = می‌توانید { $seconds } ثانیهٔ دیگر دوباره از { $command } استفاده کنید.
