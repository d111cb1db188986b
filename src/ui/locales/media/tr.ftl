# Promptsmith — Türkçe, medya alanı: sesli mesajlar, görseller, dosyalar, satır içi mod.

## Sesli mesajlar, ses dosyaları, görüntülü mesajlar

voice-heard =
    🎙 Duyduğum: “{ $text }”

    Bu mesajı bir düzeltmeyle yanıtlarsan istemi ona göre yeniden yazarım.
voice-no-keys = 🎙 Burada sesli mesajları yazıya dökemiyorum: konuşma için bir yapay zekâ anahtarı ayarlanmamış ve çevrimdışı mod yazıya dökemez. Lütfen fikrini yazıyla gönder.
voice-too-long = 🎙 Bu kayıt { $max } süresinden uzun; yazıya döktüğüm en uzun süre bu. Daha kısa bir kayıt ya da fikrini yazıyla gönder.
voice-too-large = 🎙 Bu dosya { $max } MB’tan büyük; indirebildiğim en büyük boyut bu. Daha kısa bir kayıt ya da fikrini yazıyla gönder.
rejected-voice-no-keys = 🎙 Burada sesli mesajları yazıya dökemiyorum: konuşma için bir yapay zekâ anahtarı ayarlanmamış ve çevrimdışı mod yazıya dökemez. Lütfen fikrini yazıyla gönder.
rejected-voice-too-long = 🎙 Bu kayıt yazıya dökmem için çok uzun. Daha kısa bir kayıt ya da fikrini yazıyla gönder.
rejected-voice-too-large = 🎙 Bu kayıt indirmem için çok büyük. Daha kısa bir kayıt ya da fikrini yazıyla gönder.
rejected-voice-unavailable = 🎙 Sesli mesajını yazıya dökemedim: konuşma servisi şu anda kullanılamıyor ve çevrimdışı mod yazıya dökemez. Daha sonra tekrar dene ya da fikrini yazıyla gönder.
rejected-voice-failed = 🎙 Konuşma servisi bu kaydı okuyamadı. Yeniden kaydet ya da fikrini yazıyla gönder.
rejected-voice-empty = 🎙 Bu kayıtta hiçbir kelime duyamadım. Mikrofona biraz daha yakın tekrar dene ya da fikrini yazıyla gönder.

## Görseller

photo-offline = 🖼 Şu anda görsellere bakamıyorum: bunun için yapay zekâ gerekiyor ve hiçbiri ayarlanmamış. Görseli kelimelerle anlat, istemi ben yazayım.
photo-too-large = 🖼 Bu görsel { $max } MB’tan büyük; okuyabildiğim en büyük boyut bu. Daha küçük bir görsel gönder.
rejected-photo-offline = 🖼 Şu anda görsellere bakamıyorum: bunun için yapay zekâ gerekiyor ve hiçbiri ayarlanmamış. Görseli kelimelerle anlat, istemi ben yazayım.
rejected-photo-too-large = 🖼 Bu görsel okumam için çok büyük. Daha küçük bir görsel gönder.
rejected-image-unreadable = 🖼 Bu görseli okuyamadım. JPEG, PNG, WebP ya da GIF olarak gönder.
rejected-needs-ai = 🖼 Bir görseli isteme dönüştürmek için yapay zekâ gerekiyor ve şu anda kullanılamıyor. Daha sonra tekrar dene ya da görseli kelimelerle anlat.

## Dosyalar

document-unsupported = Bu tür bir dosyayı okuyamıyorum. Metin dosyalarını (.txt, .md ve diğer düz metinler), görselleri (JPEG, PNG, WebP, GIF), sesli mesajları ve ses dosyalarını kabul ediyorum. Ya da fikrini doğrudan mesaj olarak gönder.
document-too-large = Bu dosya çok uzun: bir istem en fazla { $max } karakter olabilir. Daha kısa bir dosya ya da önemli kısmı mesaj olarak gönder.
rejected-document-too-long = Bu dosya tek bir istem için çok uzun. Daha kısa bir dosya ya da önemli kısmı mesaj olarak gönder.
rejected-document-not-utf8 = Bu dosya düz UTF-8 metin değil, bu yüzden okuyamıyorum. UTF-8 metin (.txt ya da .md) olarak kaydet ya da metnini bir mesaja yapıştır.
rejected-document-empty = Bu dosya boş: içinde üzerinde çalışabileceğim bir fikir yok.
rejected-file-gone = Bu dosyayı artık Telegram’dan alamıyorum. Lütfen yeniden gönder.

## Diğer her şey

sticker-reply = Güzel çıkartma! 😄 Bana bir fikri yazıyla, sesli mesajla ya da görselle gönder, ben de onu isteme dönüştüreyim.
animation-reply = Eğlenceli bir GIF! Ama animasyon izleyemiyorum: fikrini yazıyla, sesle ya da görselle gönder.
location-reply = 📍 Teşekkürler ama konuma ihtiyacım yok. Fikrini yazıyla ya da sesli mesajla anlat.
media-unsupported = Bu tür bir mesajı kullanamıyorum. Fikrini yazıyla, sesli mesajla, görselle ya da .txt/.md dosyasıyla gönder.

## Satır içi mod (her sohbette @bot fikir)

inline-ai-title = ✨ Yapay zekâ sürümü
inline-ai-description = Hızlı sürümü hemen gönderir; ardından yapay zekâ onu yerinde yeniden yazar.
inline-ai-pending = ✨ Yapay zekâ daha iyi bir sürüm yazıyor…
inline-result-title = { $category } · { $target }
inline-edit-button = ✏️ Fikri değiştir
inline-help-button = Adımdan sonra bir fikir yaz
inline-limited-button = ⏳ Sınıra ulaşıldı: { $wait } sonra tekrar dene
