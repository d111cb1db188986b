# Promptsmith — Indonesian (Bahasa Indonesia). Same message ids and
# placeholders as en.ftl (tests/ui/locales_test.ts). Indonesian has a single
# plural category (other); a [1] variant only rewords the case of exactly one.

## Commands in Telegram's menu

command-start = Apa yang bisa dilakukan Promptsmith
command-help = Cara memakai bot
command-enhance = Sempurnakan prompt kasar (bisa di grup)
command-category = Pilih jenis prompt yang aku tulis
command-language = Pilih bahasa yang aku pakai
command-history = Prompt terbarumu
command-clearhistory = Hapus riwayat prompt
command-keys = Status kunci AI (admin)

## /start and /help

start-greeting = Hai, { $name }! Aku Promptsmith ✨
start-greeting-anonymous = Hai! Aku Promptsmith ✨
start-body =
    Kirimi aku ide kasar — satu kalimat saja cukup — dan akan kuubah jadi prompt yang kuat dan terstruktur untuk ChatGPT, Claude, Gemini, atau model gambar.

    Coba: “logo untuk kedai kopi yang dikelola kucing” atau “skrip Python yang mengganti nama foto berdasarkan tanggal”.

    /help menampilkan semua yang bisa kulakukan.
help-title = Cara memakai Promptsmith:
help-send = ✍️ Kirim idemu dalam bentuk apa pun:
help-send-text = • 💬 Pesan teks, maksimal { $max } karakter
help-send-voice = • 🎙 Pesan suara, file audio, atau pesan video: kutranskripsi dulu
help-send-photo = • 🖼 Foto atau album: keterangannya adalah idemu; tanpa keterangan, kutulis prompt yang membuat ulang gambarnya
help-send-file = • 📄 File teks (.txt, .md)

help-shape = ✨ Lalu sempurnakan jawabannya:
help-shape-buttons = • Dengan tombol di bawahnya: ✂️ Lebih singkat, ➕ Lebih detail, 🔁 Versi lain, 🎯 Model…, dan lainnya
help-shape-reply = • Balas jawabannya dengan perubahan (“lebih formal”, “tambah dua contoh”), nanti kurevisi
help-shape-type = • Di chat pribadi kita, kamu juga bisa langsung mengetik perubahannya setelah jawaban; /enhance <ide> selalu memulai prompt baru
help-shape-settings = • /settings: kategori, model tujuan, panjang, pertanyaan dulu, bahasa

help-elsewhere = 👥 Di chat lain:
help-groups = • Di grup: /enhance <idemu>, balas salah satu pesanku, atau mention aku
help-inline = • Di chat mana pun: ketik @{ $bot } lalu idemu, kemudian ketuk prompt untuk mengirimnya

help-commands = 📋 Perintah:

help-categories = Kategori yang kukenal: { $categories }. /category memilih kategori yang kupakai untukmu.
help-history = Aku menyimpan { $limit } prompt terakhirmu: /history dan /clearhistory bisa dipakai di chat pribadi.

## Enhancing

enhance-usage =
    Kirim /enhance diikuti idemu, misalnya:
    /enhance poster untuk malam jazz
enhance-busy = ⏳ Aku masih mengerjakan prompt kamu sebelumnya. Aku mengerjakan satu per satu — kirim yang ini lagi setelah jawaban itu datang.
enhance-queued = { $ahead ->
    [1] ⏳ Dalam antrean: aku akan menulis yang ini tepat setelah prompt yang sedang kukerjakan.
   *[other] ⏳ Dalam antrean: ada { $ahead } prompt sebelum yang ini. Aku akan menjawabnya berurutan.
  }
enhance-queue-full = { $max ->
    [1] ⏳ Sudah ada satu prompt yang menunggu di belakang yang sedang kutulis. Kirim ulang yang ini setelah aku menjawabnya.
   *[other] ⏳ Sudah ada { $max } prompt yang menunggu di belakang yang sedang kutulis. Kirim ulang yang ini setelah aku menjawab salah satunya.
  }
prompt-empty = Prompt kamu kosong. Kirim ide kasar tentang apa yang kamu mau, misalnya: “puisi ulang tahun untuk kakak perempuanku yang suka mendaki gunung”.
prompt-too-long = Prompt kamu { $length } karakter, sedangkan batasnya { $max }. Persingkat lalu kirim lagi.
prompt-no-words = Pesanmu tidak berisi kata yang bisa kuolah. Kirim ide kasar tentang apa yang kamu mau, misalnya: “puisi ulang tahun untuk kakak perempuanku yang suka mendaki gunung”.
prompt-only-links = Aku tidak bisa membuka tautan. Tulis apa yang ingin kamu lakukan dengannya, misalnya: “ringkas artikel ini untuk buletin: <tautan>”.
rejected-too-long = Prompt kamu terlalu panjang untuk model AI. Persingkat lalu kirim lagi.
rejected-content-policy = Penyedia AI menolak prompt ini berdasarkan kebijakan kontennya. Ubah susunan katanya lalu coba lagi.
rejected-unknown-model = Model AI yang diatur untuk bot ini sedang tidak tersedia. Tolong beri tahu admin bot.
rejected-invalid-request = Penyedia AI menolak permintaan ini. Coba ubah susunan kata atau persingkat prompt kamu; kalau terus terjadi, tolong beri tahu admin bot.
job-gave-up = Maaf, aku tidak bisa menyelesaikan prompt terakhirmu. Tolong kirim lagi.

answer-cut-caption = { $parts ->
    [1] ✂️ Jawabannya terlalu panjang untuk chat, jadi pesan di atas terpotong setelah bagian pertama. Ini versi lengkapnya.
   *[other] ✂️ Jawabannya terlalu panjang untuk chat, jadi pesan-pesan di atas terpotong setelah { $parts } bagian. Ini versi lengkapnya.
  }

## "Try again with AI"

retry-button = 🔁 Coba lagi dengan AI
retry-not-yours = Hanya orang yang meminta prompt ini yang bisa mencobanya lagi.
retry-expired = Tombol ini sudah kedaluwarsa. Kirim prompt kamu lagi.
retry-wait = Tunggu sebentar sebelum mencoba lagi.
retry-started = Mencoba lagi dengan AI…

retry-ai-unavailable-soon = AI sedang tidak tersedia; percobaan berikutnya bisa sekitar { $wait } lagi. Begitu AI pulih (dalam { $within }), prompt ini akan kucoba ulang otomatis dan kujawab di sini.
retry-ai-unavailable-parked = AI sedang tidak tersedia; percobaan berikutnya baru bisa setelah cek kunci berhasil (tiap { $interval }). Begitu AI pulih (dalam { $within }), prompt ini akan kucoba ulang otomatis dan kujawab di sini.

## Limits

limit-burst = Kamu mengirim prompt terlalu cepat: batasnya { $max } prompt per menit. Coba lagi dalam { $wait }.
limit-daily = Kamu sudah mencapai batas harian { $max } prompt. Batas ini direset dalam { $wait } (pukul 00.00 UTC).
limit-global = Promptsmith sedang mencapai batas { $max } prompt per menit untuk semua pengguna. Coba lagi dalam { $wait }.

limit-share = Banyak orang sedang mengirim prompt, jadi Promptsmith membagi jatah { $max } prompt per menitnya secara adil, dan jatahmu untuk menit ini sudah habis. Coba lagi dalam { $wait }.

## /history

history-private-only = Gunakan /history di chat pribadi denganku — prompt kamu tetap privat.
history-empty = Belum ada prompt. Kirimi aku ide kasar, nanti akan muncul di sini.
history-heading = { $total ->
    [1] 🕘 Prompt terbarumu, halaman { $page } dari { $pages }:
   *[other] 🕘 Prompt terbarumu ({ $total }, terbaru di atas), halaman { $page } dari { $pages }:
  }
history-item-summary =
    { $n }. { $when } UTC · { $category } · { $source ->
        [ai] AI
       *[offline] offline
    }
    “{ $prompt }”
    → { $result }
history-tap-hint = Ketuk nomor untuk melihat prompt selengkapnya.
history-newer = ‹ Lebih baru
history-older = Lebih lama ›
history-item-gone = Prompt itu sudah tidak ada di riwayatmu.
history-item-truncated = (Hasil yang disimpan dipersingkat agar muat.)
history-already-empty = Riwayatmu sudah kosong.
history-clear-confirm = { $count ->
    [1] Hapus satu-satunya prompt di riwayatmu? Tindakan ini tidak bisa dibatalkan.
   *[other] Hapus semua { $count } prompt di riwayatmu? Tindakan ini tidak bisa dibatalkan.
  }
history-clear-yes = { $count ->
    [1] 🗑 Hapus
   *[other] 🗑 Hapus semua
  }
history-clear-no = Biarkan
history-kept = Oke, riwayatmu tetap disimpan.
history-cleared = { $count } prompt dihapus dari riwayatmu.

## /category

category-private-only = Gunakan /category di chat pribadi denganku — pengaturanmu hanya untukmu.
category-current =
    Kategorimu: { $emoji } { $title } — { $description }.

    Kategori ini menentukan prompt yang kutulis untukmu. Ketuk salah satu untuk menggantinya:
category-saved =
    ✓ Tersimpan. Prompt kamu sekarang memakai { $emoji } { $title } — { $description }.

    Ketuk yang lain untuk menggantinya lagi:
category-saved-toast = Tersimpan: { $emoji } { $title }
category-unknown = Aku tidak mengenal kategori “{ $name }”. Pilih salah satu dari:
category-unknown-example = Contoh: /category coding — atau kirim /category lalu ketuk salah satunya.
category-expired = Tombol ini sudah kedaluwarsa. Kirim /category untuk memilih lagi.

category-general-title = Umum
category-general-description = Pertanyaan atau tugas apa pun untuk ChatGPT, Claude, Gemini, dan sejenisnya
category-coding-title = Pemrograman
category-coding-description = Kode untuk ditulis, ditinjau, di-debug, atau dijelaskan
category-writing-title = Menulis
category-writing-description = Artikel, postingan, cerita, puisi, dan penyuntingan
category-image-title = Gambar
category-image-description = Prompt untuk Midjourney, DALL·E, Stable Diffusion, Flux
category-research-title = Riset
category-research-description = Pertanyaan untuk diselidiki, dibandingkan, dirangkum, atau dicek faktanya
category-business-title = Bisnis & pemasaran
category-business-description = Teks pemasaran, strategi, rencana, dan pitch
category-video-title = Video
category-video-description = Klip untuk Sora, Veo, Kling, Runway: shot, kamera, durasi
category-system_prompt-title = Prompt sistem
category-system_prompt-description = Instruksi untuk asisten, GPT kustom, atau agen
category-data-title = Data / SQL
category-data-description = Kueri SQL, spreadsheet, dan analisis data
category-email-title = Email & pesan
category-email-description = Email, surat, balasan, dan pesan chat
category-learning-title = Belajar / penjelasan
category-learning-description = Penjelasan, pelajaran, rencana belajar, dan kuis
category-auto-title = Otomatis
category-auto-description = Aku memilih jenis prompt dari apa yang kamu tulis

## /language

language-current = Bahasamu: { $language }. Ketuk salah satu untuk menggantinya:
language-unknown = Aku tidak mengenal bahasa “{ $name }”. Kirim kode seperti /language de, atau ketuk salah satu di bawah.
language-saved = ✓ Mulai sekarang aku memakai { $language }.
language-auto = 🌐 Otomatis (dari Telegram)
language-saved-auto = ✓ Aku akan mengikuti bahasa Telegram-mu lagi: { $language }.
language-private-only = Gunakan /language di chat pribadi denganku.
language-expired = Tombol ini sudah kedaluwarsa. Kirim /language untuk memilih lagi.

## /keys (admins)

keys-private-only = Gunakan /keys di chat pribadi denganku: detail kunci tidak ditampilkan di grup.
keys-none = Tidak ada kunci LLM yang dikonfigurasi: prompt disempurnakan secara offline.
keys-heading = Kunci LLM: { $count }, { $inService } aktif
keys-line =
    { $hint } ({ $provider }): { $state }
    galat terakhir: { $lastError } · berhasil: { $success } · median: { $median }
keys-no-error = tidak ada
keys-no-attempts = belum ada percobaan
keys-success-rate = { $percent }% dari { $attempts }
keys-state-parked = ditangguhkan sampai pemeriksaan kesehatan berhasil
keys-state-in-service = aktif
keys-state-cooling = jeda pendinginan, sisa { $left }
keys-state-open-waiting = sirkuit terbuka, diuji lagi dalam { $left }
keys-state-open-next = sirkuit terbuka, permintaan berikutnya akan mengujinya
keys-state-half-open = setengah terbuka, sedang diuji

## Anything else

unknown-command = Aku tidak kenal perintah itu. /help menampilkan apa saja yang bisa kulakukan.
text-only = Kirim idemu sebagai pesan teks, nanti akan kuubah jadi prompt yang kuat.
button-expired = Tombol ini sudah kedaluwarsa. Kirim permintaanmu lagi.
error-enhance = Maaf, aku tidak bisa menyelesaikannya. Tolong kirim lagi sebentar lagi.
error-generic = Maaf, ada yang salah di pihakku. Silakan coba lagi.
