## İşletim: /stats ve /broadcast (yalnızca yöneticiler)

command-stats = Grafikli kullanım istatistikleri
command-broadcast = Tüm kullanıcılara mesaj gönderin

stats-private-only = /stats komutunu bana özel sohbette gönderin.
stats-title = 📊 Son { $days } günün istatistikleri
stats-prompts = İstem: { $total } (YZ: { $ai }, çevrimdışı: { $offline })
stats-today = Bugün — istem: { $prompts }, kullanıcı: { $users }
stats-answer-time = Yanıt süresi: medyan { $p50 }, %95'i { $p95 } içinde
stats-answer-time-none = Yanıt süresi: henüz ölçülen bir şey yok
stats-active = Günlük etkin kullanıcı: ortalama { $average }, en fazla { $max }
stats-top-categories = En çok kullanılan kategoriler: { $list }
stats-top-targets = En çok hedeflenen modeller: { $list }
stats-chart-failed = Grafik bu sefer çizilemedi; yukarıdaki rakamlar eksiksiz.

stats-chart-title = Promptsmith · son { $days } gün
stats-chart-prompts = Günlük istem
stats-chart-ai = YZ
stats-chart-offline = Çevrimdışı
stats-chart-answer-time = Yanıt süresi, saniye
stats-chart-median = Medyan
stats-chart-p95 = 95. yüzdelik
stats-chart-active = Günlük etkin kullanıcı
stats-chart-categories = En çok kullanılan kategoriler
stats-chart-targets = En çok hedeflenen modeller

broadcast-private-only = /broadcast komutunu bana özel sohbette gönderin.
broadcast-usage = Mesajı komuttan sonra yazın, örneğin: /broadcast Herkese merhaba!
broadcast-too-long = Mesaj çok uzun: { $length } karakter, en fazla { $max } olabilir.
broadcast-preview = 📣 Önizleme: sıradaki mesaj tüm kullanıcılara gidecek. Şu anki alıcı sayısı: { $count }.
broadcast-send-button = ✅ Gönder
broadcast-cancel-button = ✖️ İptal
broadcast-stop-button = ✖️ Gönderimi durdur
broadcast-cancelled = Duyuru iptal edildi: hiçbir şey gönderilmedi.
broadcast-expired = Bu duyuru artık beklemiyor: /broadcast komutunu yeniden gönderin.
broadcast-busy = Başka bir duyuru gönderiliyor: bitmesini bekleyin ya da onu durdurun.
broadcast-starting = Gönderiliyor…
broadcast-stopping = Durduruluyor…
broadcast-progress = { $bar } %{ $percent } · { $done } / { $total } · engelleyen: { $blocked }
broadcast-done = 📣 Duyuru tamamlandı. Gönderilen: { $sent } / { $total }. Botu engelleyen: { $blocked }. Başarısız: { $failed }.
broadcast-stopped = 📣 Duyuru { $done } / { $total } sonrasında durduruldu. Gönderilen: { $sent }. Botu engelleyen: { $blocked }. Başarısız: { $failed }.
