# Promptsmith — Indonesian (Bahasa Indonesia), "aku" / "kamu": the prompt
# workshop (answers, revisions, clarifying questions, /settings). Same message
# ids and placeholders as en.ftl (tests/ui/locales_test.ts). Indonesian has a
# single plural category (other); a [1] variant only rewords the case of one.

## The answer

answer-by-ai = ✨ AI
answer-by-offline = ⚡ offline
answer-version = v{ $version }
answer-version-of = v{ $version } ({ $action })
answer-offline-no-keys = Ditulis oleh mode offline: bot ini belum diatur untuk memakai AI.
answer-offline-unavailable = AI sedang tidak tersedia, jadi yang ini ditulis oleh mode offline. Ketuk “Coba lagi dengan AI” untuk versi buatan AI.
answer-offline-empty = AI memberi jawaban kosong, jadi yang ini ditulis oleh mode offline.
answer-offline-written = Ditulis oleh mode offline, tanpa AI.
answer-fill-in = ✏️ Isi bagian ini:
answer-assumed = 💭 Asumsi:
answer-cut-by-limit = AI berhenti di batas panjangnya, jadi bagian akhirnya mungkin hilang. Ketuk ✂️ Lebih singkat untuk versi yang ringkas.

target-chat = ChatGPT / Gemini
target-claude = Claude
target-reasoning = Model penalaran
target-midjourney = Midjourney
target-stable_diffusion = Stable Diffusion
target-natural_image = Flux / DALL·E / Imagen
target-video = Sora / Veo / Kling

## The buttons under an answer

workshop-copy = 📋 Salin
workshop-shorter = ✂️ Lebih singkat
workshop-detail = ➕ Lebih detail
workshop-another = 🔁 Versi lain
workshop-target = 🎯 Model…
workshop-category = 🗂 Kategori…
workshop-ask = ❓ Tanya dulu
workshop-more = Lainnya…
workshop-back = « Kembali
workshop-not-yours = Hanya orang yang meminta prompt ini yang bisa mengubahnya.
workshop-expired = Prompt ini sudah tidak ada padaku (kedaluwarsa atau dihapus), jadi tidak bisa kuubah. Kirim idemu lagi.
workshop-started = Sedang kukerjakan…
workshop-already = Aku sudah mengerjakannya.
workshop-target-current = Prompt ini sudah untuk model itu.
workshop-category-current = Prompt ini sudah ada di kategori itu.
workshop-queued = { $ahead ->
    [1] Dalam antrean: akan kukerjakan tepat setelah prompt yang sedang kutulis.
   *[other] Dalam antrean: ada { $ahead } prompt sebelum yang ini.
  }
workshop-queue-full = { $max ->
    [1] Sudah ada satu prompt yang menunggu. Coba lagi setelah aku menjawabnya.
   *[other] Sudah ada { $max } prompt yang menunggu. Coba lagi setelah aku menjawab salah satunya.
  }
workshop-reply-empty = Beri tahu aku apa yang perlu diubah, misalnya: “lebih formal” atau “tambahkan dua contoh”.
workshop-change-latest = ✏️ Aku mengubah prompt terakhirmu. Untuk prompt baru, kirimkan dengan /enhance.

revision-shorter = ✂️ lebih singkat
revision-detail = ➕ lebih detail
revision-another = 🔁 versi lain
revision-target = 🎯 model baru
revision-category = 🗂 kategori baru
revision-ask = ❓ setelah pertanyaan
revision-reply = ✍️ perubahanmu

## Clarifying questions

questions-intro = ❓ Satu pertanyaan singkat agar prompt-nya sesuai kebutuhanmu ({ $n }/{ $total }):
questions-typed-hint = Ketuk salah satu jawaban, atau ketik jawabanmu sendiri.
questions-skip-one = Lewati yang ini
questions-skip-all = ⏭ Lewati, tulis saja
questions-expired = Pertanyaan ini sudah kedaluwarsa. Kirim idemu lagi.
questions-not-yours = Pertanyaan ini untuk orang yang meminta prompt.
questions-done = ✓ Terima kasih — prompt-mu sedang kutulis…
questions-answered = { $question } — { $answer }
questions-typed-which = Apakah ini jawabanmu untuk “{ $question }”, atau ide baru?
questions-typed-answer = ✍️ Jawabanku
questions-typed-idea = ✨ Ide baru
questions-typed-as-answer = ✓ Diterima sebagai jawabanmu.
questions-typed-as-idea = ✓ Diterima sebagai ide baru.
questions-set-aside = Pertanyaan ini dikesampingkan untuk ide barumu.
questions-typed-replaced = Teks yang lebih baru menggantikannya.
questions-typed-unused = Tidak dipakai: pertanyaannya dijawab dengan cara lain.

## /settings

settings-title = ⚙️ Pengaturanmu. Ketuk salah satu untuk mengubahnya:
settings-category = 🗂 Kategori: { $value }
settings-target = 🎯 Model: { $value }
settings-length = 📏 Panjang: { $value }
settings-clarify = ❓ Tanya dulu: { $value }
settings-answer-language = 🌐 Bahasa prompt: { $value }
settings-language = 🗣 Bahasa bot: { $value }
settings-pick-category = 🗂 Prompt jenis apa yang harus kutulis? Otomatis memilih dari apa yang kamu tulis.
settings-pick-target = 🎯 Prompt-mu untuk model apa? Otomatis memilih yang paling cocok untuk tiap kategori.
settings-pick-length = 📏 Seberapa panjang prompt-nya?
settings-pick-clarify = ❓ Kapan aku perlu menanyakan beberapa hal sebelum menulis?
settings-pick-answer-language = 🌐 Prompt ditulis dalam bahasa apa? Otomatis: bahasa yang kamu pakai (prompt gambar dan video dalam bahasa Inggris).
settings-pick-language = 🗣 Aku harus bicara dalam bahasa apa?
settings-target-auto = Otomatis
settings-length-concise = Ringkas
settings-length-standard = Standar
settings-length-detailed = Detail
settings-clarify-never = Tidak pernah
settings-clarify-auto = Jika kurang jelas
settings-clarify-always = Selalu
settings-answer-language-auto = Otomatis
settings-language-auto = Otomatis
settings-saved = ✓ Tersimpan
settings-expired = Tombol ini sudah kedaluwarsa. Kirim /settings untuk membuka pengaturanmu lagi.
settings-private-only = Gunakan /settings di chat pribadi denganku — pengaturanmu hanya untukmu.
settings-back = « Kembali
command-settings = Pengaturanmu: kategori, model, panjang, bahasa

## /history versions

history-versions = 🗂 Versi ({ $count })
history-version-line = v{ $version } · { $what }
history-original = asli
history-your-idea = 💡 Idemu: { $idea }
history-item-versions = 🗂 { $count } versi: yang terbaru ditampilkan
