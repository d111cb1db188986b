# Promptsmith — Polish (polski). Same message ids and placeholders as en.ftl
# (tests/ui/locales_test.ts). Plurals: one (only 1), few (2–4, 22–24…),
# many (0, 5–21, 25…), other (fractions).

## Commands in Telegram's menu

command-start = Co potrafi Promptsmith
command-help = Jak korzystać z bota
command-enhance = Ulepsz roboczy prompt (działa w grupach)
command-category = Wybierz rodzaj promptów, które piszę
command-language = Wybierz język, w którym mówię
command-history = Twoje ostatnie prompty
command-clearhistory = Usuń historię promptów
command-keys = Stan kluczy AI (dla adminów)

## /start and /help

start-greeting = Cześć, { $name }! Jestem Promptsmith ✨
start-greeting-anonymous = Cześć! Jestem Promptsmith ✨
start-body =
    Wyślij mi luźny pomysł — wystarczy jedno zdanie — a zamienię go w mocny, uporządkowany prompt dla ChatGPT, Claude, Gemini albo modelu do generowania obrazów.

    Spróbuj: „logo kawiarni prowadzonej przez koty” albo „skrypt w Pythonie, który zmienia nazwy zdjęć według daty”.

    /help pokazuje wszystko, co potrafię.
help-title = Jak korzystać z Promptsmith:
help-send = ✍️ Wyślij mi pomysł w dowolnej formie:
help-send-text = { $max ->
    [one] • 💬 Wiadomość — do { $max } znaku
   *[other] • 💬 Wiadomość — do { $max } znaków
  }
help-send-voice = • 🎙 Wiadomość głosową, plik audio albo wiadomość wideo: najpierw robię transkrypcję
help-send-photo = • 🖼 Zdjęcie lub album: podpis to pomysł; bez podpisu napiszę prompt, który odtworzy obraz
help-send-file = • 📄 Plik tekstowy (.txt, .md)

help-shape = ✨ Potem dopracuj odpowiedź:
help-shape-buttons = • Przyciskami pod nią: ✂️ Krócej, ➕ Więcej szczegółów, 🔁 Inna wersja, 🎯 Model… i innymi
help-shape-reply = • Odpowiedz na nią, pisząc, co zmienić („bardziej formalnie”, „dodaj dwa przykłady”), a ją poprawię
help-shape-type = • W naszym prywatnym czacie możesz też po prostu napisać zmianę zaraz po odpowiedzi; /enhance <pomysł> zawsze zaczyna nowy prompt
help-shape-settings = • /settings: kategoria, model docelowy, długość, pytania przed pisaniem, języki

help-elsewhere = 👥 W innych czatach:
help-groups = • W grupie: /enhance <twój pomysł>, odpowiedź na moją wiadomość albo oznaczenie mnie
help-inline = • W dowolnym czacie: wpisz @{ $bot } i swój pomysł, a potem dotknij promptu, żeby go wysłać

help-commands = 📋 Komendy:

help-categories = Kategorie, które znam: { $categories }. Komendą /category wybierzesz tę, której mam dla Ciebie używać.
help-history = { $limit ->
    [one] Przechowuję Twój ostatni prompt: /history i /clearhistory działają w czacie prywatnym.
    [few] Przechowuję Twoje ostatnie { $limit } prompty: /history i /clearhistory działają w czacie prywatnym.
    [many] Przechowuję Twoich ostatnich { $limit } promptów: /history i /clearhistory działają w czacie prywatnym.
   *[other] Przechowuję Twoich ostatnich { $limit } promptów: /history i /clearhistory działają w czacie prywatnym.
  }

## Enhancing

enhance-usage =
    Wyślij /enhance, a po nim swój pomysł, na przykład:
    /enhance plakat na wieczór jazzowy
enhance-busy = ⏳ Wciąż pracuję nad Twoim poprzednim promptem. Zajmuję się jednym naraz — wyślij ten jeszcze raz, gdy dostaniesz tamtą odpowiedź.
enhance-queued = { $ahead ->
    [one] ⏳ W kolejce: zajmę się tym zaraz po prompcie, nad którym pracuję.
    [few] ⏳ W kolejce: przed tym są { $ahead } prompty. Odpowiem po kolei.
   *[many] ⏳ W kolejce: przed tym jest { $ahead } promptów. Odpowiem po kolei.
  }
enhance-queue-full = { $max ->
    [one] ⏳ Za promptem, który piszę, czeka już jeden. Wyślij ten ponownie, gdy na niego odpowiem.
    [few] ⏳ Za promptem, który piszę, czekają już { $max } prompty. Wyślij ten ponownie, gdy odpowiem na jeden z nich.
   *[many] ⏳ Za promptem, który piszę, czeka już { $max } promptów. Wyślij ten ponownie, gdy odpowiem na jeden z nich.
  }
prompt-empty = Twój prompt jest pusty. Wyślij luźny pomysł na to, czego chcesz, na przykład: „wiersz urodzinowy dla siostry, która kocha górskie wędrówki”.
prompt-too-long = Twój prompt ma { $length } { $length ->
    [one] znak
    [few] znaki
   *[other] znaków
  }, a limit to { $max }. Skróć go i wyślij ponownie.
prompt-no-words = W twojej wiadomości nie ma słów, z którymi mógłbym pracować. Wyślij luźny pomysł na to, czego chcesz, na przykład: „wiersz urodzinowy dla siostry, która kocha górskie wędrówki”.
prompt-only-links = Nie otwieram linków. Napisz, co mam z nim zrobić, na przykład: „streść ten artykuł do newslettera: <link>”.
rejected-too-long = Twój prompt jest za długi dla modelu AI. Skróć go i wyślij ponownie.
rejected-content-policy = Dostawca AI odrzucił ten prompt ze względu na swoje zasady dotyczące treści. Sformułuj go inaczej i spróbuj ponownie.
rejected-unknown-model = Model AI, z którego ma korzystać ten bot, jest niedostępny. Daj znać administratorowi bota.
rejected-invalid-request = Dostawca AI odrzucił to żądanie. Spróbuj inaczej sformułować lub skrócić prompt; jeśli to się powtarza, daj znać administratorowi bota.
job-gave-up = Przepraszam, nie udało mi się dokończyć Twojego ostatniego promptu. Wyślij go ponownie.

answer-cut-caption = { $parts ->
    [one] ✂️ Odpowiedź była za długa na czat, więc wiadomość powyżej kończy się po pierwszej części. Oto pełna odpowiedź.
   *[other] ✂️ Odpowiedź była za długa na czat, więc wiadomości powyżej kończą się po { $parts } częściach. Oto pełna odpowiedź.
  }

## "Try again with AI"

retry-button = 🔁 Spróbuj ponownie z AI
retry-not-yours = Ponowić ten prompt może tylko osoba, która go wysłała.
retry-expired = Ten przycisk wygasł. Wyślij prompt ponownie.
retry-wait = Poczekaj chwilę, zanim spróbujesz ponownie.
retry-started = Próbuję ponownie z AI…

retry-ai-unavailable-soon = AI jest teraz niedostępna; kolejna próba będzie możliwa za około { $wait }. Gdy AI wróci (w ciągu { $within }), automatycznie ponowię ten prompt i odpowiem tutaj.
retry-ai-unavailable-parked = AI jest teraz niedostępna; kolejna próba będzie możliwa po udanym teście klucza (co { $interval }). Gdy AI wróci (w ciągu { $within }), automatycznie ponowię ten prompt i odpowiem tutaj.

## Limits

limit-burst = { $max ->
    [one] Wysyłasz prompty zbyt szybko: limit to jeden prompt na minutę. Spróbuj ponownie za { $wait }.
    [few] Wysyłasz prompty zbyt szybko: limit to { $max } prompty na minutę. Spróbuj ponownie za { $wait }.
    [many] Wysyłasz prompty zbyt szybko: limit to { $max } promptów na minutę. Spróbuj ponownie za { $wait }.
   *[other] Wysyłasz prompty zbyt szybko: limit to { $max } promptów na minutę. Spróbuj ponownie za { $wait }.
  }
limit-daily = { $max ->
    [one] Twój dzienny limit — jeden prompt — został już wykorzystany. Odnowi się za { $wait } (o 00:00 UTC).
    [few] Twój dzienny limit — { $max } prompty — został już wykorzystany. Odnowi się za { $wait } (o 00:00 UTC).
    [many] Twój dzienny limit — { $max } promptów — został już wykorzystany. Odnowi się za { $wait } (o 00:00 UTC).
   *[other] Twój dzienny limit — { $max } promptów — został już wykorzystany. Odnowi się za { $wait } (o 00:00 UTC).
  }
limit-global = { $max ->
    [one] Promptsmith osiągnął właśnie wspólny limit dla wszystkich: jeden prompt na minutę. Spróbuj ponownie za { $wait }.
    [few] Promptsmith osiągnął właśnie wspólny limit dla wszystkich: { $max } prompty na minutę. Spróbuj ponownie za { $wait }.
    [many] Promptsmith osiągnął właśnie wspólny limit dla wszystkich: { $max } promptów na minutę. Spróbuj ponownie za { $wait }.
   *[other] Promptsmith osiągnął właśnie wspólny limit dla wszystkich: { $max } promptów na minutę. Spróbuj ponownie za { $wait }.
  }

limit-share = { $max ->
    [one] Wiele osób wysyła teraz prompty, więc Promptsmith dzieli sprawiedliwie jeden prompt na minutę, a Twoja część na tę minutę jest już wykorzystana. Spróbuj ponownie za { $wait }.
    [few] Wiele osób wysyła teraz prompty, więc Promptsmith dzieli sprawiedliwie { $max } prompty na minutę, a Twoja część na tę minutę jest już wykorzystana. Spróbuj ponownie za { $wait }.
    [many] Wiele osób wysyła teraz prompty, więc Promptsmith dzieli sprawiedliwie { $max } promptów na minutę, a Twoja część na tę minutę jest już wykorzystana. Spróbuj ponownie za { $wait }.
   *[other] Wiele osób wysyła teraz prompty, więc Promptsmith dzieli sprawiedliwie { $max } promptów na minutę, a Twoja część na tę minutę jest już wykorzystana. Spróbuj ponownie za { $wait }.
  }

## /history

history-private-only = Użyj /history w prywatnym czacie ze mną — Twoje prompty pozostaną prywatne.
history-empty = Nie ma jeszcze żadnych promptów. Wyślij mi luźny pomysł, a pojawi się tutaj.
history-heading = { $total ->
    [one] 🕘 Twój ostatni prompt, strona { $page } z { $pages }:
   *[other] 🕘 Twoje ostatnie prompty ({ $total }, od najnowszych), strona { $page } z { $pages }:
  }
history-item-summary =
    { $n }. { $when } UTC · { $category } · { $source ->
        [ai] AI
       *[offline] offline
    }
    „{ $prompt }”
    → { $result }
history-tap-hint = Dotknij numeru, aby zobaczyć cały prompt.
history-newer = ‹ Nowsze
history-older = Starsze ›
history-item-gone = Tego promptu nie ma już w Twojej historii.
history-item-truncated = (Zapisany wynik został skrócony, żeby się zmieścił.)
history-already-empty = Twoja historia jest już pusta.
history-clear-confirm = { $count ->
    [one] Usunąć jedyny prompt z Twojej historii? Tego nie da się cofnąć.
    [few] Usunąć wszystkie { $count } prompty z Twojej historii? Tego nie da się cofnąć.
    [many] Usunąć wszystkie { $count } promptów z Twojej historii? Tego nie da się cofnąć.
   *[other] Usunąć wszystkie { $count } promptów z Twojej historii? Tego nie da się cofnąć.
  }
history-clear-yes = { $count ->
    [1] 🗑 Usuń go
   *[other] 🗑 Usuń wszystko
  }
history-clear-no = Zostaw
history-kept = W porządku, historia zostaje.
history-cleared = { $count ->
    [one] Usunięto { $count } prompt z Twojej historii.
    [few] Usunięto { $count } prompty z Twojej historii.
    [many] Usunięto { $count } promptów z Twojej historii.
   *[other] Usunięto { $count } promptów z Twojej historii.
  }

## /category

category-private-only = Użyj /category w prywatnym czacie ze mną — Twoje ustawienia należą tylko do Ciebie.
category-current =
    Twoja kategoria: { $emoji } { $title } — { $description }.

    Od niej zależą prompty, które dla Ciebie piszę. Dotknij innej, aby ją zmienić:
category-saved =
    ✓ Zapisano. Twoje prompty korzystają teraz z kategorii { $emoji } { $title } — { $description }.

    Dotknij innej, aby znów ją zmienić:
category-saved-toast = Zapisano: { $emoji } { $title }
category-unknown = Nie znam kategorii „{ $name }”. Wybierz jedną z tych:
category-unknown-example = Na przykład: /category coding — albo wyślij /category i dotknij wybranej.
category-expired = Ten przycisk wygasł. Wyślij /category, aby wybrać ponownie.

category-general-title = Ogólne
category-general-description = Dowolne pytanie lub zadanie dla ChatGPT, Claude, Gemini i podobnych
category-coding-title = Programowanie
category-coding-description = Kod do napisania, przejrzenia, debugowania lub wyjaśnienia
category-writing-title = Pisanie
category-writing-description = Artykuły, posty, opowiadania, wiersze i redakcja
category-image-title = Obrazy
category-image-description = Prompty do Midjourney, DALL·E, Stable Diffusion, Flux
category-research-title = Research
category-research-description = Pytania do zbadania, porównania, podsumowania lub sprawdzenia faktów
category-business-title = Biznes i marketing
category-business-description = Teksty marketingowe, strategia, plany i pitche
category-video-title = Wideo
category-video-description = Klipy dla Sora, Veo, Kling, Runway: ujęcia, kamera, czas trwania
category-system_prompt-title = Prompt systemowy
category-system_prompt-description = Instrukcje dla asystenta, własnego GPT lub agenta
category-data-title = Dane / SQL
category-data-description = Zapytania SQL, arkusze i analiza danych
category-email-title = E-maile i wiadomości
category-email-description = E-maile, listy, odpowiedzi i wiadomości na czacie
category-learning-title = Nauka / wyjaśnianie
category-learning-description = Wyjaśnienia, lekcje, plany nauki i quizy
category-auto-title = Automatycznie
category-auto-description = Sam wybiorę rodzaj promptu na podstawie tego, co piszesz

## /language

language-current = Twój język: { $language }. Dotknij innego, aby go zmienić:
language-unknown = Nie znam języka „{ $name }”. Wyślij kod, np. /language de, albo dotknij jednego poniżej.
language-saved = ✓ Od teraz mówię w języku: { $language }.
language-auto = 🌐 Automatycznie (z Telegrama)
language-saved-auto = ✓ Znów używam języka z Twojego Telegrama: { $language }.
language-private-only = Użyj /language w prywatnym czacie ze mną.
language-expired = Ten przycisk wygasł. Wyślij /language, aby wybrać ponownie.

## /keys (admins)

keys-private-only = Użyj /keys w prywatnym czacie ze mną: szczegóły kluczy nie trafiają do grup.
keys-none = Nie skonfigurowano żadnych kluczy LLM: prompty są ulepszane offline.
keys-heading = Klucze LLM: { $count }, w użyciu: { $inService }
keys-line =
    { $hint } ({ $provider }): { $state }
    ostatni błąd: { $lastError } · skuteczność: { $success } · mediana: { $median }
keys-no-error = brak
keys-no-attempts = jeszcze bez prób
keys-success-rate = { $percent }% z { $attempts }
keys-state-parked = wstrzymany, dopóki test stanu się nie powiedzie
keys-state-in-service = w użyciu
keys-state-cooling = przerwa, zostało { $left }
keys-state-open-waiting = obwód otwarty, kolejny test za { $left }
keys-state-open-next = obwód otwarty, następne żądanie go przetestuje
keys-state-half-open = półotwarty, trwa test

## Anything else

unknown-command = Nie znam tej komendy. /help pokazuje, co potrafię.
text-only = Wyślij mi swój pomysł jako wiadomość tekstową, a zamienię go w mocny prompt.
button-expired = Ten przycisk wygasł. Wyślij prośbę ponownie.
error-enhance = Przepraszam, nie udało mi się tego dokończyć. Wyślij to ponownie za chwilę.
error-generic = Przepraszam, coś poszło nie tak po mojej stronie. Spróbuj ponownie.
