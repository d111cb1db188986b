# Promptsmith — Bahasa Indonesia, area media: pesan suara, gambar, berkas, mode inline.

## Pesan suara, berkas audio, pesan video

voice-heard =
    🎙 Yang saya dengar: “{ $text }”

    Balas pesan ini dengan koreksi, dan saya akan menulis ulang prompt-nya dari koreksi itu.
voice-no-keys = 🎙 Saya tidak bisa mentranskripsi pesan suara di sini: belum ada kunci AI untuk suara, dan mode offline tidak bisa mentranskripsi. Silakan kirim idemu dalam bentuk teks.
voice-too-long = 🎙 Rekaman ini lebih panjang dari { $max }, batas terpanjang yang saya transkripsi. Kirim yang lebih pendek, atau idemu dalam bentuk teks.
voice-too-large = 🎙 Berkas ini lebih besar dari { $max } MB, batas terbesar yang bisa saya unduh. Kirim rekaman yang lebih pendek, atau idemu dalam bentuk teks.
rejected-voice-no-keys = 🎙 Saya tidak bisa mentranskripsi pesan suara di sini: belum ada kunci AI untuk suara, dan mode offline tidak bisa mentranskripsi. Silakan kirim idemu dalam bentuk teks.
rejected-voice-too-long = 🎙 Rekaman ini terlalu panjang untuk saya transkripsi. Kirim yang lebih pendek, atau idemu dalam bentuk teks.
rejected-voice-too-large = 🎙 Rekaman ini terlalu besar untuk saya unduh. Kirim yang lebih pendek, atau idemu dalam bentuk teks.
rejected-voice-unavailable = 🎙 Saya tidak bisa mentranskripsi pesan suaramu: layanan suara sedang tidak tersedia, dan mode offline tidak bisa mentranskripsi. Coba lagi nanti, atau kirim idemu dalam bentuk teks.
rejected-voice-failed = 🎙 Layanan suara tidak bisa membaca rekaman ini. Rekam ulang, atau kirim idemu dalam bentuk teks.
rejected-voice-empty = 🎙 Saya tidak mendengar satu kata pun di rekaman ini. Coba lagi sedikit lebih dekat ke mikrofon, atau kirim idemu dalam bentuk teks.

## Gambar

photo-offline = 🖼 Saat ini saya tidak bisa melihat gambar: untuk itu perlu AI, dan belum ada yang diatur. Jelaskan gambarnya dengan kata-kata, dan saya akan menulis prompt-nya.
photo-too-large = 🖼 Gambar ini lebih besar dari { $max } MB, batas terbesar yang bisa saya baca. Kirim yang lebih kecil.
rejected-photo-offline = 🖼 Saat ini saya tidak bisa melihat gambar: untuk itu perlu AI, dan belum ada yang diatur. Jelaskan gambarnya dengan kata-kata, dan saya akan menulis prompt-nya.
rejected-photo-too-large = 🖼 Gambar ini terlalu besar untuk saya baca. Kirim yang lebih kecil.
rejected-image-unreadable = 🖼 Saya tidak bisa membaca gambar ini. Kirim dalam format JPEG, PNG, WebP, atau GIF.
rejected-needs-ai = 🖼 Mengubah gambar menjadi prompt memerlukan AI, yang sedang tidak tersedia. Coba lagi nanti, atau jelaskan gambarnya dengan kata-kata.

## Berkas

document-unsupported = Saya tidak bisa membaca jenis berkas ini. Saya menerima berkas teks (.txt, .md, dan teks biasa lainnya), gambar (JPEG, PNG, WebP, GIF), pesan suara, dan berkas audio. Atau kirim saja idemu sebagai pesan.
document-too-large = Berkas ini terlalu panjang: prompt paling banyak { $max } karakter. Kirim berkas yang lebih pendek, atau bagian yang penting sebagai pesan.
rejected-document-too-long = Berkas ini terlalu panjang untuk satu prompt. Kirim berkas yang lebih pendek, atau bagian yang penting sebagai pesan.
rejected-document-not-utf8 = Berkas ini bukan teks biasa UTF-8, jadi saya tidak bisa membacanya. Simpan sebagai teks UTF-8 (.txt atau .md), atau tempel teksnya di pesan.
rejected-document-empty = Berkas ini kosong: tidak ada ide di dalamnya untuk saya olah.
rejected-file-gone = Saya tidak bisa lagi mengambil berkas ini dari Telegram. Silakan kirim ulang.

## Lainnya

sticker-reply = Stikernya keren! 😄 Kirimkan ide lewat teks, pesan suara, atau gambar, dan saya akan mengubahnya menjadi prompt.
animation-reply = GIF-nya lucu! Tapi saya tidak bisa menonton animasi: kirimkan idemu lewat teks, suara, atau gambar.
location-reply = 📍 Terima kasih, tapi saya tidak perlu lokasi. Ceritakan idemu lewat teks atau pesan suara.
media-unsupported = Saya tidak bisa memakai jenis pesan ini. Kirimkan idemu lewat teks, pesan suara, gambar, atau berkas .txt/.md.

## Mode inline (@bot ide di chat mana pun)

inline-ai-title = ✨ Versi AI
inline-ai-description = Mengirim versi cepat sekarang; lalu AI menulis ulang di tempat yang sama.
inline-ai-pending = ✨ AI sedang menulis versi yang lebih baik…
inline-result-title = { $category } · { $target }
inline-edit-button = ✏️ Ubah ide
inline-help-button = Ketik ide setelah nama saya
inline-limited-button = ⏳ Batas tercapai: coba lagi dalam { $wait }
