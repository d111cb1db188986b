# Roller, moderasyon, erişim ve gizlilik — Türkçe.

## Commands in Telegram's menu

command-privacy = Hakkınızda neyi ne kadar süre saklıyorum
command-export = Hakkınızda sakladığım her şeyi dosya olarak alın
command-forget = Hakkınızda sakladığım her şeyi silin
command-ban = Kullanıcıyı engelleyin (moderatörler)
command-unban = Engeli kaldırın (moderatörler)
command-whois = Bir kullanıcının rolü ve durumu (moderatörler)
command-role = Bir kullanıcının rolünü değiştirin (yöneticiler)
command-audit = Denetim kaydı (yöneticiler)

## Role names

role-name-owner = sahip
role-name-admin = yönetici
role-name-moderator = moderatör
role-name-trusted = güvenilir
role-name-user = kullanıcı
role-name-banned = engelli

## Access

access-banned = Bu botu kullanamazsınız.
access-not-allowed = Bu bot özeldir: yalnızca sahibinin izin verdiği kişiler kullanabilir.
access-pending = Teşekkürler! Bu bot özel, bu yüzden yöneticilerinden sizi içeri almalarını istedim. Yanıt verir vermez size burada haber vereceğim.
access-denied = Bu botu kullanma isteğiniz reddedildi.
access-request =
    🔔 { $name } botu kullanmak istiyor.
    { $username } · id { $id }
access-no-username = kullanıcı adı yok
access-approve = ✓ Onayla
access-deny = ✕ Reddet
access-approved-card = ✓ Onaylandı: { $id } numaralı kullanıcı artık botu kullanabilir.
access-denied-card = ✕ Reddedildi: { $id } numaralı kullanıcı botu kullanamaz.
access-answered-approved = Başka bir yönetici bu isteği zaten onayladı.
access-answered-denied = Başka bir yönetici bu isteği zaten reddetti.
access-unknown-request = Bu istek artık yok.
access-approved-user = ✓ Erişiminiz açıldı! Bana kaba bir fikir gönderin, onu güçlü bir isteme dönüştüreyim. /help neler yapabildiğimi listeler.
access-denied-user = Üzgünüm, bu botu kullanma isteğiniz reddedildi.

## /role, /ban, /unban

role-usage = Kullanım: /role <kullanıcı id'si ya da mesajına yanıt> <rol>. Roller: admin, moderator, trusted, user, banned.
ban-usage = Kullanım: /ban <kullanıcı id'si ya da mesajına yanıt> [sebep]
unban-usage = Kullanım: /unban <kullanıcı id'si ya da mesajına yanıt>
whois-usage = Kullanım: /whois <kullanıcı id'si ya da mesajına yanıt>
moderation-not-a-user = Bu mesaj bir insandan değil, bir bottan geliyor.
moderation-private-only = { $command } komutunu benimle özel sohbette kullanın: gösterdikleri gruplara çıkmaz.
role-set = ✓ { $user } numaralı kullanıcının rolü artık: { $role }.
ban-done = { $cancelled ->
    [0] ✓ { $user } numaralı kullanıcı engellendi.
   *[other] ✓ { $user } numaralı kullanıcı engellendi; bekleyen { $cancelled } istemi iptal edildi.
  }
unban-done = ✓ { $user } numaralı kullanıcı botu yeniden kullanabilir, rolü: { $role }.
role-refused-rank = Yalnızca sizden düşük rütbedeki kişiler üzerinde işlem yapabilir, yalnızca sizinkinden düşük roller verebilirsiniz.
role-refused-owner-only = Yönetici atamayı yalnızca sahip yapabilir.
role-refused-unchanged = { $user } numaralı kullanıcının rolü zaten: { $role }.
role-refused-not-banned = { $user } numaralı kullanıcı engelli değil.

## /whois

whois-heading = 👤 Kullanıcı { $id } · { $pseudonym }
whois-role = Rol: { $role } ({ $source ->
    [owner_id] OWNER_ID'den
    [admin_ids] ADMIN_IDS'ten
    [stored] sohbette atandı
   *[default] varsayılan
  })
whois-since = Başlangıç: { $when } UTC
whois-reason = Sebep: { $reason }
whois-access = Erişim: { $status ->
    [pending] onay bekliyor
    [approved] onaylandı
   *[denied] reddedildi
  }
whois-seen = İlk görülme { $first } UTC, son görülme { $last } UTC
whois-never-seen = Henüz hiç istem göndermedi.
whois-counts = Geliştirilen istemler: { $enhancements } · geçmişte: { $history } · şu an bekleyen: { $jobs }

## /audit

audit-heading = 📜 Denetim kaydı, sayfa { $page }, en yeniler önce (kişiler takma adla görünür):
audit-empty = Denetim kaydı boş.
audit-entry = { $when } UTC · { $action ->
    [role] { $actor }, { $target } rolünü değiştirdi: { $from } → { $to }
    [ban] { $actor }, { $target } kişisini engelledi
    [unban] { $actor }, { $target } engelini kaldırdı
    [approve] { $actor }, { $target } kişisini onayladı
    [deny] { $actor }, { $target } kişisini reddetti
    [broadcast] { $actor }, { $count } kişiye toplu mesaj gönderdi
   *[forget] { $actor } verilerini sildirdi ({ $count } kayıt)
  }

## /privacy

privacy-heading = 🔒 Hakkınızda sakladıklarım
privacy-stored = • Yanıtlarıyla birlikte son { $limit } isteminiz (/history, her yanıtın gösterildiği sohbetle birlikte), ayarlarınız (kategori, dil) ve kaç istem gönderdiğiniz.
privacy-retention = { $days ->
    [0] • Geçmişiniz siz silene kadar kalır (/clearhistory ya da /forget).
   *[other] • Geçmişinizdeki her istem gönderildikten { $days } gün sonra silinir; /clearhistory ya da /forget ile daha önce de silebilirsiniz.
  }
privacy-transient = • Bir istem yanıtını beklerken kuyrukta durur; çevrimdışı bir yanıtın altındaki “Yapay zekâyla yeniden dene” düğmesi isteğinizi 24 saat saklar. Sınır sayaçları bir dakika ya da bir gün sürer.
privacy-who = • Kimler görebilir: siz ve botun veritabanını işleten kişi. Yöneticiler ve moderatörler rolünüzü ve sayaçlarınızı görür (/whois), istemlerinizi asla. Moderasyon kaydı isim ya da mesaj değil takma adlar gösterir ve bir yıl saklanır.
privacy-encryption = { $encrypted ->
    [yes] • İstemleriniz ve yanıtları veritabanında şifreli tutulur.
   *[no] • İstemleriniz ve yanıtları veritabanında şifrelenmeden tutulur.
  }
privacy-logs = • Günlükler mesajlarınızı asla içermez; id'niz orada yalnızca takma ad olarak görünür.
privacy-commands = /export bunların hepsini size dosya olarak gönderir; /forget hepsini siler.

## /export and /forget

export-caption = { $when } UTC itibarıyla hakkınızda sakladığım her şey.
forget-confirm = Hakkınızda sakladığım her şey silinsin mi: geçmiş, ayarlar, bekleyen istemler ve sayaçlar? Bu geri alınamaz. Moderatörlerin verdiği bir rol ya da engel kalır.
forget-yes = 🗑 Her şeyi sil
forget-no = Sakla
forget-kept = Hiçbir şey silinmedi.
forget-done = { $count ->
    [0] Tamam: silinecek bir şey yoktu.
   *[other] Tamam: { $count } kayıt silindi. Denetim kaydında yalnızca isteğinize dair takma adlı bir not kalır.
  }
privacy-cooldown = { $command } komutunu { $seconds } saniye sonra yeniden kullanabilirsiniz.
