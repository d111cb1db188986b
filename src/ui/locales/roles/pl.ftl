# Role, moderacja, dostęp i prywatność — polski.

## Commands in Telegram's menu

command-privacy = Co o tobie przechowuję i jak długo
command-export = Pobierz wszystko, co o tobie przechowuję, jako plik
command-forget = Usuń wszystko, co o tobie przechowuję
command-ban = Zablokuj użytkownika (moderatorzy)
command-unban = Zdejmij blokadę (moderatorzy)
command-whois = Rola i status użytkownika (moderatorzy)
command-role = Zmień rolę użytkownika (admini)
command-audit = Dziennik audytu (admini)

## Role names

role-name-owner = właściciel
role-name-admin = admin
role-name-moderator = moderator
role-name-trusted = zaufany
role-name-user = użytkownik
role-name-banned = zablokowany

## Access

access-banned = Nie możesz korzystać z tego bota.
access-not-allowed = To prywatny bot: mogą z niego korzystać tylko osoby, którym pozwolił właściciel.
access-pending = Dzięki! To prywatny bot, więc poprosiłem adminów, żeby cię wpuścili. Napiszę tutaj, gdy tylko odpowiedzą.
access-denied = Twoja prośba o dostęp do bota została odrzucona.
access-request =
    🔔 { $name } prosi o dostęp do bota.
    { $username } · id { $id }
access-no-username = bez nazwy użytkownika
access-approve = ✓ Zatwierdź
access-deny = ✕ Odrzuć
access-approved-card = ✓ Zatwierdzono: użytkownik { $id } może teraz korzystać z bota.
access-denied-card = ✕ Odrzucono: użytkownik { $id } nie może korzystać z bota.
access-answered-approved = Inny admin już zatwierdził tę prośbę.
access-answered-denied = Inny admin już odrzucił tę prośbę.
access-unknown-request = Tej prośby już nie ma.
access-approved-user = ✓ Jesteś w środku! Wyślij mi szkic pomysłu, a zamienię go w mocny prompt. /help pokazuje, co potrafię.
access-denied-user = Niestety, twoja prośba o dostęp do bota została odrzucona.

## /role, /ban, /unban

role-usage = Użycie: /role <id użytkownika albo odpowiedź na jego wiadomość> <rola>. Role: admin, moderator, trusted, user, banned.
ban-usage = Użycie: /ban <id użytkownika albo odpowiedź na jego wiadomość> [powód]
unban-usage = Użycie: /unban <id użytkownika albo odpowiedź na jego wiadomość>
whois-usage = Użycie: /whois <id użytkownika albo odpowiedź na jego wiadomość>
moderation-not-a-user = Ta wiadomość jest od bota, nie od człowieka.
moderation-private-only = Użyj { $command } na prywatnym czacie ze mną: te informacje nie trafiają do grup.
role-set = ✓ Użytkownik { $user } ma teraz rolę: { $role }.
ban-done = { $cancelled ->
    [0] ✓ Zablokowano użytkownika { $user }.
    [one] ✓ Zablokowano użytkownika { $user }; anulowano { $cancelled } oczekujący prompt.
    [few] ✓ Zablokowano użytkownika { $user }; anulowano { $cancelled } oczekujące prompty.
   *[many] ✓ Zablokowano użytkownika { $user }; anulowano { $cancelled } oczekujących promptów.
  }
unban-done = ✓ Użytkownik { $user } znów może korzystać z bota, z rolą: { $role }.
role-refused-rank = Możesz działać tylko wobec osób o niższej randze niż twoja i nadawać tylko role niższe od twojej.
role-refused-owner-only = Tylko właściciel może mianować adminów.
role-refused-unchanged = Użytkownik { $user } ma już rolę: { $role }.
role-refused-not-banned = Użytkownik { $user } nie jest zablokowany.

## /whois

whois-heading = 👤 Użytkownik { $id } · { $pseudonym }
whois-role = Rola: { $role } ({ $source ->
    [owner_id] z OWNER_ID
    [admin_ids] z ADMIN_IDS
    [stored] ustawiona na czacie
   *[default] domyślna
  })
whois-since = Od: { $when } UTC
whois-reason = Powód: { $reason }
whois-access = Dostęp: { $status ->
    [pending] czeka na zatwierdzenie
    [approved] zatwierdzony
   *[denied] odrzucony
  }
whois-seen = Pierwszy raz: { $first } UTC, ostatnio: { $last } UTC
whois-never-seen = Nie wysłał jeszcze żadnego promptu.
whois-counts = Ulepszone prompty: { $enhancements } · w historii: { $history } · czekają teraz: { $jobs }

## /audit

audit-heading = 📜 Dziennik audytu, strona { $page }, od najnowszych (osoby jako pseudonimy):
audit-empty = Dziennik audytu jest pusty.
audit-entry = { $when } UTC · { $action ->
    [role] { $actor } zmienił rolę { $target }: { $from } → { $to }
    [ban] { $actor } zablokował { $target }
    [unban] { $actor } odblokował { $target }
    [approve] { $actor } zatwierdził { $target }
    [deny] { $actor } odrzucił { $target }
    [broadcast] { $actor } wysłał wiadomość do wszystkich, odbiorców: { $count }
   *[forget] { $actor } usunął swoje dane (rekordów: { $count })
  }

## /privacy

privacy-heading = 🔒 Co o tobie przechowuję
privacy-stored = • Twoje ostatnie prompty z odpowiedziami (do { $limit }, /history, z czatem, w którym pokazano odpowiedź), twoje ustawienia (kategoria, język) i liczbę wysłanych promptów.
privacy-retention = { $days ->
    [0] • Historia zostaje, dopóki jej nie usuniesz (/clearhistory albo /forget).
   *[other] • Każdy prompt w historii jest usuwany po { $days } dniach od wysłania, albo wcześniej przez /clearhistory lub /forget.
  }
privacy-transient = • Prompt czekający na odpowiedź stoi w kolejce; pod odpowiedzią offline przycisk „Spróbuj ponownie z AI” przechowuje twoją prośbę przez 24 godziny. Liczniki limitów trwają minutę albo dzień.
privacy-who = • Kto to widzi: ty i ten, kto prowadzi bazę danych bota. Admini i moderatorzy widzą twoją rolę i liczniki (/whois), nigdy twoje prompty. Dziennik moderacji zawiera pseudonimy, nigdy imiona ani wiadomości, i jest przechowywany przez rok.
privacy-encryption = { $encrypted ->
    [yes] • Twoje prompty i odpowiedzi są w bazie danych zaszyfrowane.
   *[no] • Twoje prompty i odpowiedzi są w bazie danych przechowywane bez szyfrowania.
  }
privacy-logs = • Logi nigdy nie zawierają twoich wiadomości; twoje id pojawia się tam tylko jako pseudonim.
privacy-commands = /export wyśle ci to wszystko jako plik; /forget to wszystko usunie.

## /export and /forget

export-caption = Wszystko, co o tobie przechowuję, stan na { $when } UTC.
forget-confirm = Usunąć wszystko, co o tobie przechowuję: historię, ustawienia, oczekujące prompty i liczniki? Tego nie da się cofnąć. Rola albo blokada ustawiona przez moderatorów zostaje.
forget-yes = 🗑 Usuń wszystko
forget-no = Zostaw
forget-kept = Nic nie usunięto.
forget-done = { $count ->
    [0] Gotowe: nie było nic do usunięcia.
    [one] Gotowe: usunięto { $count } rekord. W dzienniku audytu zostaje tylko notatka o twojej prośbie, pod pseudonimem.
    [few] Gotowe: usunięto { $count } rekordy. W dzienniku audytu zostaje tylko notatka o twojej prośbie, pod pseudonimem.
   *[many] Gotowe: usunięto { $count } rekordów. W dzienniku audytu zostaje tylko notatka o twojej prośbie, pod pseudonimem.
  }
privacy-cooldown = { $seconds ->
    [one] Możesz znowu użyć { $command } za sekundę.
    [few] Możesz znowu użyć { $command } za { $seconds } sekundy.
   *[many] Możesz znowu użyć { $command } za { $seconds } sekund.
  }
