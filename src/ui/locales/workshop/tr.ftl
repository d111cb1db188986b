# Promptsmith — Turkish (Türkçe), "siz": the prompt workshop (answers,
# revisions, clarifying questions, /settings). The same message ids and
# placeholders as en.ftl (tests/ui/locales_test.ts). Plurals: one / other;
# nouns after numbers stay singular ("5 istem"). No suffix is attached to a
# placeholder, so no vowel harmony depends on a value.

## The answer

answer-by-ai = ✨ Yapay zekâ
answer-by-offline = ⚡ çevrimdışı
answer-version = v{ $version }
answer-version-of = v{ $version } ({ $action })
answer-offline-no-keys = Çevrimdışı modda yazıldı: bu bot için yapay zekâ ayarlanmamış.
answer-offline-unavailable = Yapay zekâ şu anda kullanılamıyor, bu yüzden bunu çevrimdışı mod yazdı. Yapay zekânın yazdığı bir sürüm için “Yapay zekâyla yeniden dene” düğmesine dokunun.
answer-offline-empty = Yapay zekâ boş bir yanıt verdi, bu yüzden bunu çevrimdışı mod yazdı.
answer-offline-written = Çevrimdışı modda, yapay zekâ olmadan yazıldı.
answer-fill-in = ✏️ Doldurun:
answer-assumed = 💭 Varsayımlar:
answer-cut-by-limit = Yapay zekâ uzunluk sınırında durdu, bu yüzden sonu eksik olabilir. Kısa bir sürüm için ✂️ Daha kısa düğmesine dokunun.

target-chat = ChatGPT / Gemini
target-claude = Claude
target-reasoning = Akıl yürütme modelleri
target-midjourney = Midjourney
target-stable_diffusion = Stable Diffusion
target-natural_image = Flux / DALL·E / Imagen
target-video = Sora / Veo / Kling

## The buttons under an answer

workshop-copy = 📋 Kopyala
workshop-shorter = ✂️ Daha kısa
workshop-detail = ➕ Daha ayrıntılı
workshop-another = 🔁 Başka sürüm
workshop-target = 🎯 Model…
workshop-category = 🗂 Kategori…
workshop-ask = ❓ Önce bana sor
workshop-more = Diğer…
workshop-back = « Geri
workshop-not-yours = Bu istemi yalnızca isteyen kişi değiştirebilir.
workshop-expired = Bu istem artık bende yok (süresi doldu ya da silindi), bu yüzden değiştiremiyorum. Fikrinizi yeniden gönderin.
workshop-started = Üzerinde çalışıyorum…
workshop-already = Zaten bunun üzerinde çalışıyorum.
workshop-target-current = Bu istem zaten o model için.
workshop-category-current = Bu istem zaten o kategoride.
workshop-queued = { $ahead ->
    [1] Sırada: şu an yazdığım istemden hemen sonra buna geçeceğim.
   *[other] Sırada: bundan önce { $ahead } istem var.
  }
workshop-queue-full = { $max ->
    [1] Zaten bir istem bekliyor. Ona yanıt verdikten sonra yeniden deneyin.
   *[other] Zaten { $max } istem bekliyor. Birine yanıt verdikten sonra yeniden deneyin.
  }
workshop-reply-empty = Neyi değiştireyim, yazın; örneğin: “daha resmî” ya da “iki örnek ekle”.
workshop-change-latest = ✏️ Son isteminizi değiştiriyorum. Yeni bir istem için onu /enhance ile gönderin.

revision-shorter = ✂️ daha kısa
revision-detail = ➕ daha ayrıntılı
revision-another = 🔁 başka sürüm
revision-target = 🎯 yeni model
revision-category = 🗂 yeni kategori
revision-ask = ❓ sorulardan sonra
revision-reply = ✍️ sizin değişikliğiniz

## Clarifying questions

questions-intro = ❓ İstemin ihtiyacınıza tam uyması için kısa bir soru ({ $n }/{ $total }):
questions-typed-hint = Bir yanıta dokunun ya da kendi yanıtınızı yazın.
questions-skip-one = Bu soruyu atla
questions-skip-all = ⏭ Atla, hemen yaz
questions-expired = Bu soruların süresi doldu. Fikrinizi yeniden gönderin.
questions-not-yours = Bu sorular, isteği gönderen kişi için.
questions-done = ✓ Teşekkürler — isteminizi şimdi yazıyorum…
questions-answered = { $question } — { $answer }
questions-typed-which = Bu, “{ $question }” sorusuna yanıtınız mı, yoksa yeni bir fikir mi?
questions-typed-answer = ✍️ Yanıtım
questions-typed-idea = ✨ Yeni fikir
questions-typed-as-answer = ✓ Yanıtınız olarak alındı.
questions-typed-as-idea = ✓ Yeni bir fikir olarak alındı.
questions-set-aside = Bu sorular yeni fikriniz için bir kenara bırakıldı.
questions-typed-replaced = Yerini daha yeni bir metin aldı.
questions-typed-unused = Kullanılmadı: soru başka şekilde yanıtlandı.

## /settings

settings-title = ⚙️ Ayarlarınız. Değiştirmek için birine dokunun:
settings-category = 🗂 Kategori: { $value }
settings-target = 🎯 Model: { $value }
settings-length = 📏 Uzunluk: { $value }
settings-clarify = ❓ Önce sorular: { $value }
settings-answer-language = 🌐 İstem dili: { $value }
settings-language = 🗣 Bot dili: { $value }
settings-pick-category = 🗂 Ne tür istemler yazayım? Otomatik, yazdıklarınıza göre seçer.
settings-pick-target = 🎯 İstemleriniz hangi model için? Otomatik, her kategori için en uygun modeli seçer.
settings-pick-length = 📏 İstemler ne uzunlukta olsun?
settings-pick-clarify = ❓ Yazmadan önce ne zaman birkaç soru sorayım?
settings-pick-answer-language = 🌐 İstemler hangi dilde olsun? Otomatik: yazdığınız dilde (görsel ve video istemleri İngilizce olur).
settings-pick-language = 🗣 Sizinle hangi dilde konuşayım?
settings-target-auto = Otomatik
settings-length-concise = Kısa
settings-length-standard = Standart
settings-length-detailed = Ayrıntılı
settings-clarify-never = Asla
settings-clarify-auto = Belirsizse
settings-clarify-always = Her zaman
settings-answer-language-auto = Otomatik
settings-language-auto = Otomatik
settings-saved = ✓ Kaydedildi
settings-expired = Bu düğmenin süresi doldu. Ayarlarınızı yeniden açmak için /settings gönderin.
settings-private-only = /settings komutunu benimle özel sohbette kullanın — ayarlarınız yalnızca size ait.
settings-back = « Geri
command-settings = Ayarlarınız: kategori, model, uzunluk, diller

## /history versions

history-versions = 🗂 Sürümler ({ $count })
history-version-line = v{ $version } · { $what }
history-original = orijinal
history-your-idea = 💡 Fikriniz: { $idea }
history-item-versions = 🗂 { $count } sürüm: en yenisi gösteriliyor
