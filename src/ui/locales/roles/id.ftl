# Peran, moderasi, akses, dan privasi — Bahasa Indonesia.

## Commands in Telegram's menu

command-privacy = Apa yang aku simpan tentangmu, dan berapa lama
command-export = Dapatkan semua yang aku simpan tentangmu sebagai file
command-forget = Hapus semua yang aku simpan tentangmu
command-ban = Blokir pengguna (moderator)
command-unban = Cabut blokir (moderator)
command-whois = Peran dan status pengguna (moderator)
command-role = Ubah peran pengguna (admin)
command-audit = Log audit (admin)

## Role names

role-name-owner = pemilik
role-name-admin = admin
role-name-moderator = moderator
role-name-trusted = tepercaya
role-name-user = pengguna
role-name-banned = diblokir

## Access

access-banned = Kamu tidak bisa memakai bot ini.
access-not-allowed = Bot ini privat: hanya orang yang diizinkan pemiliknya yang bisa memakainya.
access-pending = Terima kasih! Bot ini privat, jadi aku sudah meminta admin untuk mengizinkanmu masuk. Aku kabari di sini begitu mereka menjawab.
access-denied = Permintaanmu untuk memakai bot ini ditolak.
access-request =
    🔔 { $name } meminta izin memakai bot.
    { $username } · id { $id }
access-no-username = tanpa nama pengguna
access-approve = ✓ Setujui
access-deny = ✕ Tolak
access-approved-card = ✓ Disetujui: pengguna { $id } sekarang bisa memakai bot.
access-denied-card = ✕ Ditolak: pengguna { $id } tidak bisa memakai bot.
access-answered-approved = Admin lain sudah menyetujui permintaan ini.
access-answered-denied = Admin lain sudah menolak permintaan ini.
access-unknown-request = Permintaan ini sudah tidak ada.
access-approved-user = ✓ Kamu sudah bisa masuk! Kirim ide kasar dan aku ubah jadi prompt yang kuat. /help menampilkan apa saja yang bisa aku lakukan.
access-denied-user = Maaf, permintaanmu untuk memakai bot ini ditolak.

## /role, /ban, /unban

role-usage = Cara pakai: /role <id pengguna, atau balas pesannya> <peran>. Peran: admin, moderator, trusted, user, banned.
ban-usage = Cara pakai: /ban <id pengguna, atau balas pesannya> [alasan]
unban-usage = Cara pakai: /unban <id pengguna, atau balas pesannya>
whois-usage = Cara pakai: /whois <id pengguna, atau balas pesannya>
moderation-not-a-user = Pesan itu dari bot, bukan dari orang.
moderation-private-only = Pakai { $command } di chat pribadi denganku: yang ditampilkannya tidak untuk grup.
role-set = ✓ Pengguna { $user } sekarang { $role }.
ban-done = { $cancelled ->
    [0] ✓ Pengguna { $user } diblokir.
   *[other] ✓ Pengguna { $user } diblokir; { $cancelled } prompt miliknya yang menunggu dibatalkan.
  }
unban-done = ✓ Pengguna { $user } bisa memakai bot lagi, sebagai { $role }.
role-refused-rank = Kamu hanya bisa bertindak terhadap orang yang pangkatnya di bawahmu, dan hanya memberi peran di bawah peranmu.
role-refused-owner-only = Hanya pemilik yang bisa mengangkat admin.
role-refused-unchanged = Pengguna { $user } sudah { $role }.
role-refused-not-banned = Pengguna { $user } tidak diblokir.

## /whois

whois-heading = 👤 Pengguna { $id } · { $pseudonym }
whois-role = Peran: { $role } ({ $source ->
    [owner_id] dari OWNER_ID
    [admin_ids] dari ADMIN_IDS
    [stored] diatur di chat
   *[default] bawaan
  })
whois-since = Sejak: { $when } UTC
whois-reason = Alasan: { $reason }
whois-access = Akses: { $status ->
    [pending] menunggu persetujuan
    [approved] disetujui
   *[denied] ditolak
  }
whois-seen = Pertama terlihat { $first } UTC, terakhir { $last } UTC
whois-never-seen = Belum pernah mengirim prompt.
whois-counts = Prompt yang diperbaiki: { $enhancements } · di riwayat: { $history } · menunggu sekarang: { $jobs }

## /audit

audit-heading = 📜 Log audit, halaman { $page }, terbaru dulu (orang ditampilkan dengan nama samaran):
audit-empty = Log audit kosong.
audit-entry = { $when } UTC · { $action ->
    [role] { $actor } mengubah { $target }: { $from } → { $to }
    [ban] { $actor } memblokir { $target }
    [unban] { $actor } membuka blokir { $target }
    [approve] { $actor } menyetujui { $target }
    [deny] { $actor } menolak { $target }
    [broadcast] { $actor } mengirim siaran ke { $count } orang
   *[forget] { $actor } menghapus datanya ({ $count } catatan)
  }

## /privacy

privacy-heading = 🔒 Apa yang aku simpan tentangmu
privacy-stored = • { $limit } prompt terakhirmu beserta jawabannya (/history, beserta chat tempat jawabannya ditampilkan), pengaturanmu (kategori, bahasa), dan berapa banyak prompt yang sudah kamu kirim.
privacy-retention = { $days ->
    [0] • Riwayatmu tersimpan sampai kamu menghapusnya (/clearhistory atau /forget).
   *[other] • Setiap prompt di riwayatmu dihapus { $days } hari setelah dikirim, atau lebih cepat dengan /clearhistory atau /forget.
  }
privacy-transient = • Selama prompt menunggu jawaban, ia ada di antrean; di bawah jawaban offline, tombol “Coba lagi dengan AI” menyimpan permintaanmu selama 24 jam. Penghitung batas bertahan satu menit atau satu hari.
privacy-who = • Siapa yang bisa melihatnya: kamu, dan siapa pun yang mengelola basis data bot. Admin dan moderator melihat peran dan penghitungmu (/whois), tidak pernah prompt-mu. Log moderasi memakai nama samaran, bukan nama atau pesan, dan disimpan setahun.
privacy-encryption = { $encrypted ->
    [yes] • Prompt dan jawabanmu dienkripsi di basis data.
   *[no] • Prompt dan jawabanmu disimpan di basis data tanpa enkripsi.
  }
privacy-logs = • Log tidak pernah berisi pesanmu; id-mu hanya muncul sebagai nama samaran.
privacy-commands = /export mengirim semuanya kepadamu sebagai file; /forget menghapus semuanya.

## /export and /forget

export-caption = Semua yang aku simpan tentangmu, per { $when } UTC.
forget-confirm = Hapus semua yang aku simpan tentangmu: riwayat, pengaturan, prompt yang menunggu, dan penghitung? Ini tidak bisa dibatalkan. Peran atau blokir yang diatur moderator tetap ada.
forget-yes = 🗑 Hapus semua
forget-no = Simpan
forget-kept = Tidak ada yang dihapus.
forget-done = { $count ->
    [0] Selesai: tidak ada yang perlu dihapus.
   *[other] Selesai: { $count } catatan dihapus. Hanya catatan bahwa kamu memintanya, dengan nama samaran, yang tersisa di log audit.
  }
privacy-cooldown = Anda bisa memakai { $command } lagi dalam { $seconds } detik.
