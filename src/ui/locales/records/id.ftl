## /keys: enkripsi data tersimpan dan catatan (src/ui/records_text.ts)

records-encryption-off = Enkripsi data tersimpan: mati. Prompt dan jawaban disimpan sebagai teks biasa; atur ENCRYPTION_KEYS untuk mengenkripsinya.
records-encryption-on = Enkripsi data tersimpan: aktif, kunci { $key }.
records-left-on-key = { $count ->
   *[other] Enkripsi: kunci { $key }, tersisa { $count } nilai pada { $old }.
  }
records-left-plain = { $count ->
   *[other] Enkripsi: kunci { $key }, { $count } nilai masih berupa teks biasa.
  }
records-left-old = { $count ->
   *[other] Catatan: { $count } nilai belum diperbarui ke versi ini.
  }
records-counting = Catatan: menghitung yang perlu dienkripsi ulang atau diperbarui…
records-waiting = { $count ->
   *[other] Catatan: { $count } instans masih berjalan dengan kunci atau versi lain. Mulai ulang untuk menyelesaikan.
  }
records-unreadable = { $count ->
   *[other] Catatan: { $count } nilai tidak bisa dibuka dengan kunci yang diatur.
  }
