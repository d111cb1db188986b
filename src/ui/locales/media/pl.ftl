# Promptsmith — polski, obszar multimediów: wiadomości głosowe, obrazy, pliki, tryb inline.

## Wiadomości głosowe, pliki audio, wiadomości wideo

voice-heard =
    🎙 Usłyszałem: „{ $text }”

    Odpowiedz na tę wiadomość z poprawką, a napiszę prompt od nowa na jej podstawie.
voice-no-keys = 🎙 Nie mogę tu przepisywać wiadomości głosowych: nie ustawiono klucza AI do mowy, a tryb offline nie umie przepisywać. Wyślij proszę swój pomysł tekstem.
voice-too-long = 🎙 To nagranie jest dłuższe niż { $max }, a tyle maksymalnie przepisuję. Wyślij krótsze albo pomysł tekstem.
voice-too-large = 🎙 Ten plik ma ponad { $max } MB, a tyle maksymalnie mogę pobrać. Wyślij krótsze nagranie albo pomysł tekstem.
rejected-voice-no-keys = 🎙 Nie mogę tu przepisywać wiadomości głosowych: nie ustawiono klucza AI do mowy, a tryb offline nie umie przepisywać. Wyślij proszę swój pomysł tekstem.
rejected-voice-too-long = 🎙 To nagranie jest za długie, żebym je przepisał. Wyślij krótsze albo pomysł tekstem.
rejected-voice-too-large = 🎙 To nagranie jest za duże, żebym je pobrał. Wyślij krótsze albo pomysł tekstem.
rejected-voice-unavailable = 🎙 Nie udało się przepisać Twojej wiadomości głosowej: usługa rozpoznawania mowy jest teraz niedostępna, a tryb offline nie umie przepisywać. Spróbuj później albo wyślij pomysł tekstem.
rejected-voice-failed = 🎙 Usługa rozpoznawania mowy nie odczytała tego nagrania. Nagraj je ponownie albo wyślij pomysł tekstem.
rejected-voice-empty = 🎙 Nie usłyszałem w tym nagraniu żadnych słów. Spróbuj jeszcze raz bliżej mikrofonu albo wyślij pomysł tekstem.

## Obrazy

photo-offline = 🖼 Nie mogę teraz oglądać obrazów: potrzebna jest do tego AI, a żadnej nie ustawiono. Opisz obraz słowami, a napiszę prompt.
photo-too-large = 🖼 Ten obraz ma ponad { $max } MB, a tyle maksymalnie mogę odczytać. Wyślij mniejszy.
rejected-photo-offline = 🖼 Nie mogę teraz oglądać obrazów: potrzebna jest do tego AI, a żadnej nie ustawiono. Opisz obraz słowami, a napiszę prompt.
rejected-photo-too-large = 🖼 Ten obraz jest za duży, żebym go odczytał. Wyślij mniejszy.
rejected-image-unreadable = 🖼 Nie udało się odczytać tego obrazu. Wyślij go jako JPEG, PNG, WebP albo GIF.
rejected-needs-ai = 🖼 Zamiana obrazu na prompt wymaga AI, która jest teraz niedostępna. Spróbuj później albo opisz obraz słowami.

## Pliki

document-unsupported = Nie umiem odczytać takiego pliku. Przyjmuję pliki tekstowe (.txt, .md i inny zwykły tekst), obrazy (JPEG, PNG, WebP, GIF), wiadomości głosowe i pliki audio. Możesz też po prostu wysłać pomysł wiadomością.
document-too-large = Ten plik jest za długi: prompt może mieć do { $max } znaków. Wyślij krótszy plik albo ważną część wiadomością.
rejected-document-too-long = Ten plik jest za długi na jeden prompt. Wyślij krótszy plik albo ważną część wiadomością.
rejected-document-not-utf8 = Ten plik nie jest zwykłym tekstem w UTF-8, więc nie mogę go odczytać. Zapisz go jako tekst UTF-8 (.txt lub .md) albo wklej jego treść do wiadomości.
rejected-document-empty = Ten plik jest pusty: nie ma w nim pomysłu, nad którym mógłbym pracować.
rejected-file-gone = Nie mogę już pobrać tego pliku z Telegrama. Wyślij go proszę jeszcze raz.

## Wszystko inne

sticker-reply = Fajna naklejka! 😄 Wyślij mi pomysł tekstem, wiadomością głosową albo obrazem, a zamienię go w prompt.
animation-reply = Zabawny GIF! Ale nie umiem oglądać animacji: wyślij mi pomysł tekstem, głosem albo obrazem.
location-reply = 📍 Dzięki, ale lokalizacja nie jest mi potrzebna. Opowiedz mi swój pomysł tekstem albo wiadomością głosową.
media-unsupported = Nie mogę użyć takiej wiadomości. Wyślij mi pomysł tekstem, wiadomością głosową, obrazem albo plikiem .txt/.md.

## Tryb inline (@bot pomysł w dowolnym czacie)

inline-ai-title = ✨ Wersja od AI
inline-ai-description = Od razu wysyła szybką wersję, a potem AI przepisuje ją w tym samym miejscu.
inline-ai-pending = ✨ AI pisze lepszą wersję…
inline-result-title = { $category } · { $target }
inline-edit-button = ✏️ Zmień pomysł
inline-help-button = Wpisz pomysł po mojej nazwie
inline-limited-button = ⏳ Limit wyczerpany: spróbuj za { $wait }
