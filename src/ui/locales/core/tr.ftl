# Promptsmith — Turkish (Türkçe), "siz". The same message ids and
# placeholders as en.ftl (tests/ui/locales_test.ts). Plurals: one / other;
# nouns after numbers stay singular ("5 istem"). No suffix is attached to a
# placeholder, so no vowel harmony depends on a value.

## Commands in Telegram's menu

command-start = Promptsmith ne yapar
command-help = Bot nasıl kullanılır
command-enhance = Taslak bir istemi geliştirin (gruplarda da çalışır)
command-category = Yazdığım istemlerin türünü seçin
command-language = Konuştuğum dili seçin
command-history = Son istemleriniz
command-clearhistory = İstem geçmişinizi silin
command-keys = Yapay zekâ anahtarlarının durumu (yöneticiler)

## /start and /help

start-greeting = Merhaba { $name }! Ben Promptsmith ✨
start-greeting-anonymous = Merhaba! Ben Promptsmith ✨
start-body =
    Bana kabaca bir fikir gönderin — tek bir cümle yeter — ben de onu ChatGPT, Claude, Gemini ya da bir görsel modeli için güçlü, iyi yapılandırılmış bir isteme dönüştüreyim.

    Şunu deneyin: “kedilerin işlettiği bir kafe için logo” ya da “fotoğrafları tarihe göre yeniden adlandıran Python betiği”.

    /help yapabildiğim her şeyi listeler.
help-title = Promptsmith nasıl kullanılır:
help-send = ✍️ Fikrinizi istediğiniz biçimde gönderin:
help-send-text = • 💬 Mesaj olarak, en fazla { $max } karakter
help-send-voice = • 🎙 Sesli mesaj, ses dosyası ya da görüntülü mesaj olarak: önce yazıya dökerim
help-send-photo = • 🖼 Fotoğraf ya da albüm olarak: açıklama fikrinizdir; açıklama yoksa resmi yeniden oluşturan bir istem yazarım
help-send-file = • 📄 Metin dosyası olarak (.txt, .md)

help-shape = ✨ Sonra yanıtı şekillendirin:
help-shape-buttons = • Altındaki düğmelerle: ✂️ Daha kısa, ➕ Daha ayrıntılı, 🔁 Başka sürüm, 🎯 Model… ve fazlası
help-shape-reply = • Yanıtıma değişiklik isteğinizle yanıt verin (“daha resmî”, “iki örnek ekle”), ben de düzenleyeyim
help-shape-type = • Özel sohbetimizde değişikliği yanıttan hemen sonra yazmanız da yeterli; /enhance <fikir> her zaman yeni bir istem başlatır
help-shape-settings = • /settings: kategori, hedef model, uzunluk, önce sorular, diller

help-elsewhere = 👥 Başka sohbetlerde:
help-groups = • Grupta: /enhance <fikriniz> yazın, mesajlarımdan birini yanıtlayın ya da beni etiketleyin
help-inline = • Herhangi bir sohbette: @{ $bot } ve fikrinizi yazın, sonra göndermek için bir isteme dokunun

help-commands = 📋 Komutlar:

help-categories = Bildiğim kategoriler: { $categories }. Sizin için hangisini kullanacağımı /category ile seçebilirsiniz.
help-history = { $limit ->
    [one] Son isteminizi saklarım: /history ve /clearhistory özel sohbette çalışır.
   *[other] Son { $limit } isteminizi saklarım: /history ve /clearhistory özel sohbette çalışır.
  }

## Enhancing

enhance-usage =
    /enhance komutunu ve ardından fikrinizi gönderin, örneğin:
    /enhance bir caz gecesi için afiş
enhance-busy = ⏳ Hâlâ önceki isteminiz üzerinde çalışıyorum. İstemleri tek tek ele alıyorum — o yanıt gelince bunu yeniden gönderin.
enhance-queued = { $ahead ->
    [1] ⏳ Sırada: Bunu, üzerinde çalıştığım istemden hemen sonra yazacağım.
   *[other] ⏳ Sırada: Bundan önce { $ahead } istem var. Sırayla yanıtlayacağım.
  }
enhance-queue-full = { $max ->
    [1] ⏳ Yazdığım istemin arkasında zaten bir istem bekliyor. Onu yanıtladıktan sonra bunu tekrar gönderin.
   *[other] ⏳ Yazdığım istemin arkasında zaten { $max } istem bekliyor. Birini yanıtladıktan sonra bunu tekrar gönderin.
  }
prompt-empty = İsteminiz boş. Ne istediğinize dair kabaca bir fikir gönderin, örneğin: “doğa yürüyüşünü seven kız kardeşim için bir doğum günü şiiri”.
prompt-too-long = İsteminiz { $length } karakter uzunluğunda; sınır { $max }. Kısaltıp yeniden gönderin.
prompt-no-words = Mesajınızda üzerinde çalışabileceğim bir kelime yok. Ne istediğinize dair kabaca bir fikir gönderin, örneğin: “doğa yürüyüşünü seven kız kardeşim için bir doğum günü şiiri”.
prompt-only-links = Bağlantıları açamıyorum. Onunla ne yapılmasını istediğinizi yazın, örneğin: “bu makaleyi bir bülten için özetle: <bağlantı>”.
rejected-too-long = İsteminiz yapay zekâ modeli için fazla uzun. Kısaltıp yeniden gönderin.
rejected-content-policy = Yapay zekâ sağlayıcısı bu istemi içerik politikası gereği reddetti. Farklı bir şekilde ifade edip yeniden deneyin.
rejected-unknown-model = Bu botun kullanması için ayarlanan yapay zekâ modeli kullanılamıyor. Lütfen botun yöneticisine haber verin.
rejected-invalid-request = Yapay zekâ sağlayıcısı bu isteği reddetti. İsteminizi farklı ifade etmeyi ya da kısaltmayı deneyin; sorun sürerse lütfen botun yöneticisine haber verin.
job-gave-up = Üzgünüm, son isteminizi tamamlayamadım. Lütfen yeniden gönderin.

answer-cut-caption = { $parts ->
    [one] ✂️ Yanıt sohbet için fazla uzundu, bu yüzden yukarıdaki mesaj ilk bölümden sonra kesiliyor. Yanıtın tamamı burada.
   *[other] ✂️ Yanıt sohbet için fazla uzundu, bu yüzden yukarıdaki mesajlar { $parts } bölümden sonra kesiliyor. Yanıtın tamamı burada.
  }

## "Try again with AI"

retry-button = 🔁 Yapay zekâyla yeniden dene
retry-not-yours = Bu istemi yalnızca onu isteyen kişi yeniden deneyebilir.
retry-expired = Bu düğmenin süresi doldu. İsteminizi yeniden gönderin.
retry-wait = Lütfen yeniden denemeden önce biraz bekleyin.
retry-started = Yapay zekâyla yeniden deniyorum…

retry-ai-unavailable-soon = Yapay zekâ şu an kullanılamıyor; yaklaşık { $wait } sonra yeniden denenebilir. Geri gelince ({ $within } içinde) istemi kendim yeniden deneyip burada yanıtlayacağım.
retry-ai-unavailable-parked = Yapay zekâ şu an kullanılamıyor; bir anahtar kontrolü başarılı olunca denenebilir (kontrol: her { $interval }). Geri gelince ({ $within } içinde) istemi kendim yeniden deneyip burada yanıtlayacağım.

## Limits

limit-burst = { $max ->
    [one] Çok hızlı istem gönderiyorsunuz: sınır dakikada bir istem. { $wait } sonra yeniden deneyin.
   *[other] Çok hızlı istem gönderiyorsunuz: sınır dakikada { $max } istem. { $wait } sonra yeniden deneyin.
  }
limit-daily = { $max ->
    [one] Günlük bir istemlik sınırınıza ulaştınız. Sınır { $wait } sonra sıfırlanacak (00:00 UTC).
   *[other] Günlük { $max } istemlik sınırınıza ulaştınız. Sınır { $wait } sonra sıfırlanacak (00:00 UTC).
  }
limit-global = { $max ->
    [one] Promptsmith şu anda herkes için geçerli olan dakikada bir istem sınırına ulaştı. { $wait } sonra yeniden deneyin.
   *[other] Promptsmith şu anda herkes için geçerli olan dakikada { $max } istem sınırına ulaştı. { $wait } sonra yeniden deneyin.
  }

limit-share = { $max ->
    [one] Şu an çok kişi istem gönderiyor; Promptsmith dakikadaki tek istemlik kapasitesini adilce paylaştırıyor ve bu dakikalık payınızı kullandınız. { $wait } sonra yeniden deneyin.
   *[other] Şu an çok kişi istem gönderiyor; Promptsmith dakikadaki { $max } istemlik kapasitesini adilce paylaştırıyor ve bu dakikalık payınızı kullandınız. { $wait } sonra yeniden deneyin.
  }

## /history

history-private-only = /history komutunu benimle özel sohbette kullanın — böylece istemleriniz gizli kalır.
history-empty = Henüz istem yok. Bana kabaca bir fikir gönderin, burada görünecek.
history-heading = { $total ->
    [one] 🕘 Son isteminiz, sayfa { $page }/{ $pages }:
   *[other] 🕘 Son istemleriniz ({ $total }, en yenisi başta), sayfa { $page }/{ $pages }:
  }
history-item-summary =
    { $n }. { $when } UTC · { $category } · { $source ->
        [ai] YZ
       *[offline] çevrimdışı
    }
    “{ $prompt }”
    → { $result }
history-tap-hint = İstemin tamamını görmek için bir numaraya dokunun.
history-newer = ‹ Daha yeni
history-older = Daha eski ›
history-item-gone = Bu istem artık geçmişinizde yok.
history-item-truncated = (Kaydedilen sonuç sığması için kısaltıldı.)
history-already-empty = Geçmişiniz zaten boş.
history-clear-confirm = { $count ->
    [one] Geçmişinizdeki tek istem silinsin mi? Bu işlem geri alınamaz.
   *[other] Geçmişinizdeki { $count } istemin tümü silinsin mi? Bu işlem geri alınamaz.
  }
history-clear-yes = { $count ->
    [1] 🗑 Sil
   *[other] 🗑 Tümünü sil
  }
history-clear-no = Kalsın
history-kept = Geçmişiniz olduğu gibi duruyor.
history-cleared = { $count ->
    [one] Geçmişinizden { $count } istem silindi.
   *[other] Geçmişinizden { $count } istem silindi.
  }

## /category

category-private-only = /category komutunu benimle özel sohbette kullanın — ayarlarınız yalnızca size ait.
category-current =
    Kategoriniz: { $emoji } { $title } — { $description }.

    Sizin için yazdığım istemleri bu belirler. Değiştirmek için başka birine dokunun:
category-saved =
    ✓ Kaydedildi. İstemleriniz artık şu kategoriyi kullanıyor: { $emoji } { $title } — { $description }.

    Yeniden değiştirmek için başka birine dokunun:
category-saved-toast = Kaydedildi: { $emoji } { $title }
category-unknown = “{ $name }” adında bir kategori bilmiyorum. Şunlardan birini seçin:
category-unknown-example = Örneğin: /category coding — ya da /category gönderip birine dokunun.
category-expired = Bu düğmenin süresi doldu. Yeniden seçmek için /category gönderin.

category-general-title = Genel
category-general-description = ChatGPT, Claude, Gemini ve benzerleri için her türlü soru ya da görev
category-coding-title = Kodlama
category-coding-description = Yazılacak, incelenecek, hatası ayıklanacak ya da açıklanacak kod
category-writing-title = Yazı
category-writing-description = Makaleler, gönderiler, öyküler, şiirler ve düzenleme
category-image-title = Görsel
category-image-description = Midjourney, DALL·E, Stable Diffusion, Flux için istemler
category-research-title = Araştırma
category-research-description = Araştırılacak, karşılaştırılacak, özetlenecek ya da doğruluğu kontrol edilecek sorular
category-business-title = İş ve pazarlama
category-business-description = Pazarlama metinleri, strateji, planlar ve sunumlar
category-video-title = Video
category-video-description = Sora, Veo, Kling, Runway için klipler: çekimler, kamera, süre
category-system_prompt-title = Sistem istemi
category-system_prompt-description = Bir asistan, özel bir GPT veya ajan için talimatlar
category-data-title = Veri / SQL
category-data-description = SQL sorguları, tablolar ve veri analizi
category-email-title = E-posta ve mesajlar
category-email-description = E-postalar, mektuplar, yanıtlar ve sohbet mesajları
category-learning-title = Öğrenme / açıklama
category-learning-description = Açıklamalar, dersler, çalışma planları ve testler
category-auto-title = Otomatik
category-auto-description = İstem türünü yazdıklarınıza göre ben seçerim

## /language

language-current = Diliniz: { $language }. Değiştirmek için başka birine dokunun:
language-unknown = “{ $name }” adında bir dil bilmiyorum. /language de gibi bir kod gönderin ya da aşağıdan birine dokunun.
language-saved = ✓ Dil kaydedildi: { $language }. Artık sizinle bu dilde konuşuyorum.
language-auto = 🌐 Otomatik (Telegram'a göre)
language-saved-auto = ✓ Yeniden Telegram dilinizi kullanıyorum: { $language }.
language-private-only = /language komutunu benimle özel sohbette kullanın.
language-expired = Bu düğmenin süresi doldu. Yeniden seçmek için /language gönderin.

## /keys (admins)

keys-private-only = /keys komutunu benimle özel sohbette kullanın: anahtar ayrıntıları gruplarda paylaşılmaz.
keys-none = Yapılandırılmış LLM anahtarı yok: istemler çevrimdışı geliştiriliyor.
keys-heading = LLM anahtarları: { $count }, hizmette: { $inService }
keys-line =
    { $hint } ({ $provider }): { $state }
    son hata: { $lastError } · başarı: { $success } · medyan: { $median }
keys-no-error = yok
keys-no-attempts = henüz deneme yok
keys-success-rate = { $attempts } denemede %{ $percent }
keys-state-parked = bir sağlık kontrolü başarılı olana kadar beklemede
keys-state-in-service = hizmette
keys-state-cooling = soğuma süresinde, { $left } kaldı
keys-state-open-waiting = devre açık, { $left } sonra yeniden denenecek
keys-state-open-next = devre açık, bir sonraki istek onu deneyecek
keys-state-half-open = yarı açık, deneniyor

## Anything else

unknown-command = Bu komutu bilmiyorum. /help yapabildiklerimi listeler.
text-only = Fikrinizi metin mesajı olarak gönderin, ben de onu güçlü bir isteme dönüştüreyim.
button-expired = Bu düğmenin süresi doldu. İsteğinizi yeniden gönderin.
error-enhance = Üzgünüm, bunu tamamlayamadım. Lütfen birazdan yeniden gönderin.
error-generic = Üzgünüm, benim tarafımda bir şeyler ters gitti. Lütfen yeniden deneyin.
