# Promptsmith — Türkçe, medya alanı: sesli mesajlar, görseller, dosyalar, satır içi mod.

## Sesli mesajlar, ses dosyaları, görüntülü mesajlar

voice-heard =
    🎙 Duyduğum: “{ $text }”

    Bu mesajı bir düzeltmeyle yanıtlarsanız istemi ona göre yeniden yazarım.
voice-no-keys = 🎙 Burada sesli mesajları yazıya dökemiyorum: konuşma için bir yapay zekâ anahtarı ayarlanmamış ve çevrimdışı mod yazıya dökemez. Lütfen fikrinizi yazıyla gönderin.
voice-too-long = 🎙 Bu kayıt { $max } süresinden uzun; yazıya döktüğüm en uzun süre bu. Daha kısa bir kayıt ya da fikrinizi yazıyla gönderin.
voice-too-large = 🎙 Bu dosya { $max } MB’tan büyük; indirebildiğim en büyük boyut bu. Daha kısa bir kayıt ya da fikrinizi yazıyla gönderin.
rejected-voice-no-keys = 🎙 Burada sesli mesajları yazıya dökemiyorum: konuşma için bir yapay zekâ anahtarı ayarlanmamış ve çevrimdışı mod yazıya dökemez. Lütfen fikrinizi yazıyla gönderin.
rejected-voice-too-long = 🎙 Bu kayıt yazıya dökmem için çok uzun. Daha kısa bir kayıt ya da fikrinizi yazıyla gönderin.
rejected-voice-too-large = 🎙 Bu kayıt indirmem için çok büyük. Daha kısa bir kayıt ya da fikrinizi yazıyla gönderin.
rejected-voice-unavailable = 🎙 Sesli mesajınızı yazıya dökemedim: konuşma servisi şu anda kullanılamıyor ve çevrimdışı mod yazıya dökemez. Daha sonra tekrar deneyin ya da fikrinizi yazıyla gönderin.
rejected-voice-failed = 🎙 Konuşma servisi bu kaydı okuyamadı. Yeniden kaydedin ya da fikrinizi yazıyla gönderin.
rejected-voice-empty = 🎙 Bu kayıtta hiçbir kelime duyamadım. Mikrofona biraz daha yakından tekrar deneyin ya da fikrinizi yazıyla gönderin.

## Görseller

photo-offline = 🖼 Şu anda görsellere bakamıyorum: bunun için yapay zekâ gerekiyor ve hiçbiri ayarlanmamış. Görseli kelimelerle anlatın, istemi ben yazayım.
photo-too-large = 🖼 Bu görsel { $max } MB’tan büyük; okuyabildiğim en büyük boyut bu. Daha küçük bir görsel gönderin.
rejected-photo-offline = 🖼 Şu anda görsellere bakamıyorum: bunun için yapay zekâ gerekiyor ve hiçbiri ayarlanmamış. Görseli kelimelerle anlatın, istemi ben yazayım.
rejected-photo-too-large = 🖼 Bu görsel okumam için çok büyük. Daha küçük bir görsel gönderin.
rejected-image-unreadable = 🖼 Bu görseli okuyamadım. JPEG, PNG, WebP ya da GIF olarak gönderin.
rejected-needs-ai = 🖼 Bir görseli isteme dönüştürmek için yapay zekâ gerekiyor ve şu anda kullanılamıyor. Daha sonra tekrar deneyin ya da görseli kelimelerle anlatın.

## Dosyalar

document-unsupported = Bu tür bir dosyayı okuyamıyorum. Metin dosyalarını (.txt, .md ve diğer düz metinler), görselleri (JPEG, PNG, WebP, GIF), sesli mesajları ve ses dosyalarını kabul ediyorum. Ya da fikrinizi doğrudan mesaj olarak gönderin.
document-too-large = Bu dosya çok uzun: bir istem en fazla { $max } karakter olabilir. Daha kısa bir dosya ya da önemli kısmı mesaj olarak gönderin.
rejected-document-too-long = Bu dosya tek bir istem için çok uzun. Daha kısa bir dosya ya da önemli kısmı mesaj olarak gönderin.
rejected-document-not-utf8 = Bu dosya düz UTF-8 metin değil, bu yüzden okuyamıyorum. UTF-8 metin (.txt ya da .md) olarak kaydedin ya da metnini bir mesaja yapıştırın.
rejected-document-empty = Bu dosya boş: içinde üzerinde çalışabileceğim bir fikir yok.
rejected-file-gone = Bu dosyayı artık Telegram’dan alamıyorum. Lütfen yeniden gönderin.

## Diğer her şey

sticker-reply = Güzel çıkartma! 😄 Bana bir fikri yazıyla, sesli mesajla ya da görselle gönderin, ben de onu isteme dönüştüreyim.
animation-reply = Eğlenceli bir GIF! Ama animasyon izleyemiyorum: fikrinizi yazıyla, sesle ya da görselle gönderin.
location-reply = 📍 Teşekkürler ama konuma ihtiyacım yok. Fikrinizi yazıyla ya da sesli mesajla anlatın.
media-unsupported = Bu tür bir mesajı kullanamıyorum. Fikrinizi yazıyla, sesli mesajla, görselle ya da .txt/.md dosyasıyla gönderin.

## Satır içi mod (her sohbette @bot fikir)

inline-ai-title = ✨ Yapay zekâ sürümü
inline-ai-description = Hızlı sürümü hemen gönderir; ardından yapay zekâ onu yerinde yeniden yazar.
inline-ai-pending = ✨ Yapay zekâ daha iyi bir sürüm yazıyor…
inline-result-title = { $category } · { $target }
inline-edit-button = ✏️ Fikri değiştir
inline-help-button = Adımdan sonra bir fikir yazın
inline-limited-button = ⏳ Sınıra ulaşıldı: { $wait } sonra tekrar dene
