# الأدوار والإشراف والوصول والخصوصية — العربية.

## Commands in Telegram's menu

command-privacy = ما أحتفظ به عنك، وإلى متى
command-export = احصل على كل ما أحتفظ به عنك في ملف
command-forget = احذف كل ما أحتفظ به عنك
command-ban = حظر مستخدم (المراقبون)
command-unban = رفع الحظر (المراقبون)
command-whois = دور مستخدم ووضعه (المراقبون)
command-role = تغيير دور مستخدم (المشرفون)
command-audit = سجل التدقيق (المشرفون)

## Role names

role-name-owner = مالك
role-name-admin = مشرف
role-name-moderator = مراقب
role-name-trusted = موثوق
role-name-user = مستخدم
role-name-banned = محظور

## Access

access-banned = لا يمكنك استخدام هذا البوت.
access-not-allowed = هذا البوت خاص: لا يستخدمه إلا من سمح لهم مالكه.
access-pending = شكرًا! هذا البوت خاص، لذلك طلبت من مشرفيه السماح لك بالدخول. سأخبرك هنا فور ردّهم.
access-denied = رُفض طلبك لاستخدام هذا البوت.
access-request =
    🔔 { $name } يطلب استخدام البوت.
    { $username } · المعرّف { $id }
access-no-username = بلا اسم مستخدم
access-approve = ✓ قبول
access-deny = ✕ رفض
access-approved-card = ✓ قُبل: يمكن للمستخدم { $id } استخدام البوت الآن.
access-denied-card = ✕ رُفض: لا يمكن للمستخدم { $id } استخدام البوت.
access-answered-approved = قبل مشرف آخر هذا الطلب بالفعل.
access-answered-denied = رفض مشرف آخر هذا الطلب بالفعل.
access-unknown-request = لم يعد هذا الطلب موجودًا.
access-approved-user = ✓ أهلًا بك! أرسل لي فكرة أولية وسأحوّلها إلى موجّه قوي. ‏/help يعرض ما أستطيع فعله.
access-denied-user = عذرًا، رُفض طلبك لاستخدام هذا البوت.

## /role, /ban, /unban

role-usage = الاستخدام: /role <معرّف المستخدم، أو الرد على رسالته> <الدور>. الأدوار: admin، moderator، trusted، user، banned.
ban-usage = الاستخدام: /ban <معرّف المستخدم، أو الرد على رسالته> [السبب]
unban-usage = الاستخدام: /unban <معرّف المستخدم، أو الرد على رسالته>
whois-usage = الاستخدام: /whois <معرّف المستخدم، أو الرد على رسالته>
moderation-not-a-user = هذه الرسالة من بوت، لا من شخص.
moderation-private-only = استخدم { $command } في محادثة خاصة معي: ما يعرضه لا يظهر في المجموعات.
role-set = ✓ أصبح المستخدم { $user } الآن: { $role }.
ban-done = { $cancelled ->
    [0] ✓ حُظر المستخدم { $user }.
    [one] ✓ حُظر المستخدم { $user }؛ وأُلغي موجّهه المنتظر.
    [two] ✓ حُظر المستخدم { $user }؛ وأُلغي موجّهاه المنتظران.
    [few] ✓ حُظر المستخدم { $user }؛ وأُلغيت { $cancelled } موجّهات منتظرة.
   *[other] ✓ حُظر المستخدم { $user }؛ وأُلغي { $cancelled } موجّهًا منتظرًا.
  }
unban-done = ✓ يمكن للمستخدم { $user } استخدام البوت مجددًا، بدور: { $role }.
role-refused-rank = لا يمكنك التصرف إلا مع من هم أدنى منك رتبة، ولا منح إلا دور أدنى من دورك.
role-refused-owner-only = لا يعيّن المشرفين إلا المالك.
role-refused-unchanged = المستخدم { $user } دوره بالفعل: { $role }.
role-refused-not-banned = المستخدم { $user } غير محظور.

## /whois

whois-heading = 👤 المستخدم { $id } · { $pseudonym }
whois-role = الدور: { $role } ({ $source ->
    [owner_id] من OWNER_ID
    [admin_ids] من ADMIN_IDS
    [stored] مُعيّن في المحادثة
   *[default] افتراضي
  })
whois-since = منذ: { $when } UTC
whois-reason = السبب: { $reason }
whois-access = الوصول: { $status ->
    [pending] بانتظار القبول
    [approved] مقبول
   *[denied] مرفوض
  }
whois-seen = أول ظهور { $first } UTC، وآخر ظهور { $last } UTC
whois-never-seen = لم يرسل أي موجّه بعد.
whois-counts = الموجّهات المحسّنة: { $enhancements } · في السجل: { $history } · المنتظرة الآن: { $jobs }

## /audit

audit-heading = 📜 سجل التدقيق، الصفحة { $page }، الأحدث أولًا (يظهر الأشخاص بأسماء مستعارة):
audit-empty = سجل التدقيق فارغ.
audit-entry = { $when } UTC · { $action ->
    [role] غيّر { $actor } دور { $target }: { $from } → { $to }
    [ban] حظر { $actor } المستخدم { $target }
    [unban] رفع { $actor } الحظر عن { $target }
    [approve] قبل { $actor } طلب { $target }
    [deny] رفض { $actor } طلب { $target }
    [broadcast] أرسل { $actor } رسالة جماعية إلى { $count } شخص
   *[forget] حذف { $actor } بياناته ({ $count } سجلات)
  }

## /privacy

privacy-heading = 🔒 ما أحتفظ به عنك
privacy-stored = • آخر موجّهاتك مع إجاباتها (حتى { $limit }، ‏/history، مع المحادثة التي عُرضت فيها كل إجابة)، وإعداداتك (الفئة، اللغة)، وعدد الموجّهات التي أرسلتها.
privacy-retention = { $days ->
    [0] • يبقى سجلك حتى تحذفه (/clearhistory أو /forget).
   *[other] • يُحذف كل موجّه في سجلك بعد { $days } يومًا من إرساله، أو قبل ذلك عبر /clearhistory أو /forget.
  }
privacy-transient = • ما دام الموجّه ينتظر إجابته فهو في طابور؛ وتحت الإجابة غير المتصلة يحتفظ زر «أعد المحاولة بالذكاء الاصطناعي» بطلبك 24 ساعة. وتدوم عدّادات الحدود دقيقة أو يومًا.
privacy-who = • من يستطيع رؤيته: أنت، ومن يدير قاعدة بيانات البوت. يرى المشرفون والمراقبون دورك وعدّاداتك (/whois)، ولا يرون موجّهاتك أبدًا. يعرض سجل الإشراف أسماء مستعارة، لا أسماء ولا رسائل، ويُحفظ لمدة سنة.
privacy-encryption = { $encrypted ->
    [yes] • موجّهاتك وإجاباتها مشفّرة في قاعدة البيانات.
   *[no] • تُحفظ موجّهاتك وإجاباتها في قاعدة البيانات دون تشفير.
  }
privacy-logs = • لا تحتوي السجلات التقنية رسائلك أبدًا؛ ولا يظهر معرّفك فيها إلا اسمًا مستعارًا.
privacy-commands = ‏/export يرسل لك كل ذلك في ملف؛ و‏/forget يحذفه كله.

## /export and /forget

export-caption = كل ما أحتفظ به عنك، حتى { $when } UTC.
forget-confirm = هل أحذف كل ما أحتفظ به عنك: السجل والإعدادات والموجّهات المنتظرة والعدّادات؟ لا يمكن التراجع عن ذلك. يبقى الدور أو الحظر الذي حدّده المراقبون.
forget-yes = 🗑 احذف كل شيء
forget-no = أبقِ
forget-kept = لم يُحذف شيء.
forget-done = { $count ->
    [0] تم: لم يكن هناك ما يُحذف.
    [one] تم: حُذف سجل واحد. لا يبقى في سجل التدقيق إلا ملاحظة بطلبك، باسم مستعار.
    [two] تم: حُذف سجلّان. لا يبقى في سجل التدقيق إلا ملاحظة بطلبك، باسم مستعار.
    [few] تم: حُذفت { $count } سجلات. لا يبقى في سجل التدقيق إلا ملاحظة بطلبك، باسم مستعار.
   *[other] تم: حُذف { $count } سجلًا. لا يبقى في سجل التدقيق إلا ملاحظة بطلبك، باسم مستعار.
  }
privacy-cooldown = { $seconds ->
    [one] يمكنك استخدام { $command } مجددًا بعد ثانية واحدة.
    [two] يمكنك استخدام { $command } مجددًا بعد ثانيتين.
    [few] يمكنك استخدام { $command } مجددًا بعد { $seconds } ثوانٍ.
   *[other] يمكنك استخدام { $command } مجددًا بعد { $seconds } ثانية.
  }
