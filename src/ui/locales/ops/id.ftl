## Operasional: /stats dan /broadcast (khusus admin)

command-stats = Statistik penggunaan dengan grafik
command-broadcast = Kirim pesan ke semua pengguna

stats-private-only = Kirim /stats ke saya lewat chat pribadi.
stats-title = 📊 Statistik { $days } hari terakhir
stats-prompts = Prompt: { $total } (AI: { $ai }, offline: { $offline })
stats-today = Hari ini — prompt: { $prompts }, pengguna: { $users }
stats-answer-time = Waktu jawab: median { $p50 }, 95 % dalam { $p95 }
stats-answer-time-none = Waktu jawab: belum ada yang diukur
stats-active = Pengguna aktif per hari: rata-rata { $average }, paling banyak { $max }
stats-top-categories = Kategori terpopuler: { $list }
stats-top-targets = Model terpopuler: { $list }
stats-chart-failed = Grafik kali ini tidak bisa digambar; angka di atas sudah lengkap.

stats-chart-title = Promptsmith · { $days } hari terakhir
stats-chart-prompts = Prompt per hari
stats-chart-ai = AI
stats-chart-offline = Offline
stats-chart-answer-time = Waktu jawab, detik
stats-chart-median = Median
stats-chart-p95 = Persentil ke-95
stats-chart-active = Pengguna aktif per hari
stats-chart-categories = Kategori terpopuler
stats-chart-targets = Model terpopuler

broadcast-private-only = Kirim /broadcast ke saya lewat chat pribadi.
broadcast-usage = Tulis pesannya setelah perintah, misalnya: /broadcast Halo semuanya!
broadcast-too-long = Pesannya terlalu panjang: { $length } karakter, paling banyak { $max }.
broadcast-preview = 📣 Pratinjau: pesan berikut akan dikirim ke semua pengguna. Jumlah penerima saat ini: { $count }.
broadcast-send-button = ✅ Kirim
broadcast-cancel-button = ✖️ Batal
broadcast-stop-button = ✖️ Hentikan pengiriman
broadcast-cancelled = Siaran dibatalkan: tidak ada yang terkirim.
broadcast-expired = Siaran ini sudah tidak menunggu: kirim /broadcast lagi.
broadcast-busy = Siaran lain sedang dikirim: tunggu sampai selesai atau hentikan.
broadcast-starting = Mengirim…
broadcast-stopping = Menghentikan…
broadcast-progress = { $bar } { $percent } % · { $done } / { $total } · memblokir: { $blocked }
broadcast-done = 📣 Siaran selesai. Terkirim: { $sent } dari { $total }. Memblokir bot: { $blocked }. Gagal: { $failed }.
broadcast-stopped = 📣 Siaran dihentikan setelah { $done } dari { $total }. Terkirim: { $sent }. Memblokir bot: { $blocked }. Gagal: { $failed }.
