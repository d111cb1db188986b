## Operacje: /stats i /broadcast (dla administratorów)

command-stats = Statystyki użycia z wykresem
command-broadcast = Wyślij wiadomość do wszystkich użytkowników

stats-private-only = Wyślij /stats do mnie na czacie prywatnym.
stats-title = 📊 Statystyki z ostatnich { $days ->
    [one] { $days } dnia
   *[other] { $days } dni
}
stats-prompts = Promptów: { $total } (AI: { $ai }, offline: { $offline })
stats-today = Dziś — promptów: { $prompts }, użytkowników: { $users }
stats-answer-time = Czas odpowiedzi: mediana { $p50 }, 95 % w ciągu { $p95 }
stats-answer-time-none = Czas odpowiedzi: jeszcze nic nie zmierzono
stats-active = Aktywni użytkownicy dziennie: średnio { $average }, najwięcej { $max }
stats-top-categories = Najczęstsze kategorie: { $list }
stats-top-targets = Najczęstsze modele: { $list }
stats-chart-failed = Tym razem nie udało się narysować wykresu; liczby powyżej są kompletne.

stats-chart-title = Promptsmith · ostatnie { $days ->
    [one] { $days } dzień
    [few] { $days } dni
   *[many] { $days } dni
}
stats-chart-prompts = Prompty dziennie
stats-chart-ai = AI
stats-chart-offline = Offline
stats-chart-answer-time = Czas odpowiedzi, sekundy
stats-chart-median = Mediana
stats-chart-p95 = 95. percentyl
stats-chart-active = Aktywni użytkownicy dziennie
stats-chart-categories = Najczęstsze kategorie
stats-chart-targets = Najczęstsze modele

broadcast-private-only = Wyślij /broadcast do mnie na czacie prywatnym.
broadcast-usage = Napisz wiadomość po poleceniu, na przykład: /broadcast Cześć wszystkim!
broadcast-too-long = Wiadomość jest za długa: { $length }, a można najwyżej { $max } znaków.
broadcast-preview = 📣 Podgląd: następną wiadomość dostaną wszyscy użytkownicy. Odbiorców teraz: { $count }.
broadcast-send-button = ✅ Wyślij
broadcast-cancel-button = ✖️ Anuluj
broadcast-stop-button = ✖️ Zatrzymaj wysyłkę
broadcast-cancelled = Wysyłka anulowana: nic nie zostało wysłane.
broadcast-expired = Ta wysyłka już nie czeka: wyślij /broadcast jeszcze raz.
broadcast-busy = Trwa już inna wysyłka: poczekaj, aż się skończy, albo ją zatrzymaj.
broadcast-starting = Wysyłam…
broadcast-stopping = Zatrzymuję…
broadcast-progress = { $bar } { $percent } % · { $done } / { $total } · zablokowało: { $blocked }
broadcast-done = 📣 Wysyłka zakończona. Wysłano: { $sent } z { $total }. Zablokowało bota: { $blocked }. Nieudane: { $failed }.
broadcast-stopped = 📣 Wysyłka zatrzymana po { $done } z { $total }. Wysłano: { $sent }. Zablokowało bota: { $blocked }. Nieudane: { $failed }.
