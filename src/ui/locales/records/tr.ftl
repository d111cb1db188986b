## /keys: saklanan verilerin şifrelenmesi ve kayıtlar (src/ui/records_text.ts)

records-encryption-off = Saklanan verilerin şifrelenmesi: kapalı. İstemler ve yanıtlar düz metin olarak saklanıyor; şifrelemek için ENCRYPTION_KEYS ayarlayın.
records-encryption-on = Saklanan verilerin şifrelenmesi: açık, anahtar { $key }.
records-left-on-key = { $count ->
    [one] Şifreleme: anahtar { $key }, { $old } üzerinde { $count } değer kaldı.
   *[other] Şifreleme: anahtar { $key }, { $old } üzerinde { $count } değer kaldı.
  }
records-left-plain = { $count ->
    [one] Şifreleme: anahtar { $key }, { $count } değer hâlâ düz metin.
   *[other] Şifreleme: anahtar { $key }, { $count } değer hâlâ düz metin.
  }
records-left-old = { $count ->
    [one] Kayıtlar: bu sürüme yükseltilecek { $count } değer kaldı.
   *[other] Kayıtlar: bu sürüme yükseltilecek { $count } değer kaldı.
  }
records-counting = Kayıtlar: yeniden şifrelenecek veya yükseltilecek değerler sayılıyor…
records-waiting = { $count ->
    [one] Kayıtlar: { $count } örnek hâlâ başka bir anahtar veya sürümle çalışıyor. Bitirmek için yeniden başlatın.
   *[other] Kayıtlar: { $count } örnek hâlâ başka bir anahtar veya sürümle çalışıyor. Bitirmek için yeniden başlatın.
  }
records-unreadable = { $count ->
    [one] Kayıtlar: { $count } değer ayarlı anahtarlarla açılamıyor.
   *[other] Kayıtlar: { $count } değer ayarlı anahtarlarla açılamıyor.
  }
