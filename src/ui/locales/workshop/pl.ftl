# Promptsmith — Polish (polski): the prompt workshop (answers, revisions,
# clarifying questions, /settings). Same message ids and placeholders as
# en.ftl (tests/ui/locales_test.ts). "Ty" (Twój, Ciebie capitalised, as in
# core/pl.ftl); plurals: one (only 1), few (2–4, 22–24…), many (0, 5–21,
# 25…), other (fractions).

## The answer

answer-by-ai = ✨ AI
answer-by-offline = ⚡ offline
answer-version = v{ $version }
answer-version-of = v{ $version } ({ $action })
answer-offline-no-keys = Napisane w trybie offline: ten bot nie ma skonfigurowanej AI.
answer-offline-unavailable = AI jest teraz niedostępna, więc ten prompt powstał w trybie offline. Dotknij „Spróbuj ponownie z AI”, aby dostać wersję od AI.
answer-offline-empty = AI zwróciła pustą odpowiedź, więc ten prompt powstał w trybie offline.
answer-offline-written = Napisane w trybie offline, bez AI.
answer-fill-in = ✏️ Do uzupełnienia:
answer-assumed = 💭 Założenia:
answer-cut-by-limit = AI zatrzymała się na swoim limicie długości, więc może brakować końca. Dotknij ✂️ Krócej, aby dostać zwięzłą wersję.

target-chat = ChatGPT / Gemini
target-claude = Claude
target-reasoning = Modele rozumujące
target-midjourney = Midjourney
target-stable_diffusion = Stable Diffusion
target-natural_image = Flux / DALL·E / Imagen
target-video = Sora / Veo / Kling

## The buttons under an answer

workshop-copy = 📋 Kopiuj
workshop-shorter = ✂️ Krócej
workshop-detail = ➕ Więcej szczegółów
workshop-another = 🔁 Inna wersja
workshop-target = 🎯 Model…
workshop-category = 🗂 Kategoria…
workshop-ask = ❓ Najpierw pytania
workshop-more = Więcej…
workshop-back = « Wstecz
workshop-not-yours = Zmienić ten prompt może tylko osoba, która o niego poprosiła.
workshop-expired = Nie mam już tego promptu (wygasł albo został usunięty), więc nie mogę go zmienić. Wyślij swój pomysł ponownie.
workshop-started = Już nad tym pracuję…
workshop-already = Już się tym zajmuję.
workshop-target-current = Ten prompt już jest dla tego modelu.
workshop-category-current = Ten prompt już jest w tej kategorii.
workshop-queued = { $ahead ->
    [1] W kolejce: zajmę się tym zaraz po prompcie, który teraz piszę.
    [few] W kolejce: przed tym są jeszcze { $ahead } prompty.
    [many] W kolejce: przed tym jest jeszcze { $ahead } promptów.
   *[other] W kolejce: przed tym jest jeszcze { $ahead } promptów.
  }
workshop-queue-full = { $max ->
    [1] Jeden prompt już czeka. Spróbuj ponownie, gdy na niego odpowiem.
    [few] Czekają już { $max } prompty. Spróbuj ponownie, gdy odpowiem na jeden z nich.
    [many] Czeka już { $max } promptów. Spróbuj ponownie, gdy odpowiem na jeden z nich.
   *[other] Czeka już { $max } promptów. Spróbuj ponownie, gdy odpowiem na jeden z nich.
  }
workshop-reply-empty = Napisz, co zmienić, na przykład: „bardziej formalnie” albo „dodaj dwa przykłady”.
workshop-change-latest = ✏️ Zmieniam Twój ostatni prompt. Aby zacząć nowy, wyślij go z /enhance.

revision-shorter = ✂️ krócej
revision-detail = ➕ więcej szczegółów
revision-another = 🔁 inna wersja
revision-target = 🎯 nowy model
revision-category = 🗂 nowa kategoria
revision-ask = ❓ po pytaniach
revision-reply = ✍️ Twoja zmiana

## Clarifying questions

questions-intro = ❓ Krótkie pytanie, żeby prompt pasował do Twoich potrzeb ({ $n }/{ $total }):
questions-typed-hint = Dotknij odpowiedzi albo wpisz własną.
questions-skip-one = Pomiń to pytanie
questions-skip-all = ⏭ Pomiń i napisz
questions-expired = Te pytania wygasły. Wyślij swój pomysł ponownie.
questions-not-yours = Te pytania są dla osoby, która poprosiła o prompt.
questions-done = ✓ Dzięki — już piszę Twój prompt…
questions-answered = { $question } — { $answer }
questions-typed-which = Czy to odpowiedź na pytanie „{ $question }”, czy nowy pomysł?
questions-typed-answer = ✍️ To odpowiedź
questions-typed-idea = ✨ Nowy pomysł
questions-typed-as-answer = ✓ Przyjęto jako odpowiedź.
questions-typed-as-idea = ✓ Przyjęto jako nowy pomysł.
questions-set-aside = Te pytania odłożyłem na bok dla Twojego nowego pomysłu.
questions-typed-replaced = Jego miejsce zajął nowszy tekst.
questions-typed-unused = Nieużyte: na pytanie odpowiedziano inaczej.

## /settings

settings-title = ⚙️ Twoje ustawienia. Dotknij jednego, aby je zmienić:
settings-category = 🗂 Kategoria: { $value }
settings-target = 🎯 Model: { $value }
settings-length = 📏 Długość: { $value }
settings-clarify = ❓ Najpierw pytania: { $value }
settings-answer-language = 🌐 Język promptów: { $value }
settings-language = 🗣 Język rozmowy: { $value }
settings-pick-category = 🗂 Jakie prompty mam pisać? „Automatycznie” wybiera na podstawie tego, co piszesz.
settings-pick-target = 🎯 Do jakiego modelu są Twoje prompty? „Automatycznie” dobiera najlepszy do każdej kategorii.
settings-pick-length = 📏 Jak długie mają być prompty?
settings-pick-clarify = ❓ Kiedy mam zadać kilka pytań przed pisaniem?
settings-pick-answer-language = 🌐 W jakim języku mają być prompty? „Automatycznie”: w tym, w którym piszesz (prompty do obrazów i wideo są po angielsku).
settings-pick-language = 🗣 W jakim języku mam z Tobą rozmawiać?
settings-target-auto = Automatycznie
settings-length-concise = Zwięźle
settings-length-standard = Standardowo
settings-length-detailed = Szczegółowo
settings-clarify-never = Nigdy
settings-clarify-auto = Gdy niejasne
settings-clarify-always = Zawsze
settings-answer-language-auto = Automatycznie
settings-language-auto = Automatycznie
settings-saved = ✓ Zapisano
settings-expired = Ten przycisk wygasł. Wyślij /settings, aby znów otworzyć ustawienia.
settings-private-only = Użyj /settings w prywatnym czacie ze mną — Twoje ustawienia należą tylko do Ciebie.
settings-back = « Wstecz
command-settings = Twoje ustawienia: kategoria, model, długość, języki

## /history versions

history-versions = 🗂 Wersje ({ $count })
history-version-line = v{ $version } · { $what }
history-original = oryginał
history-your-idea = 💡 Twój pomysł: { $idea }
history-item-versions = { $count ->
    [one] 🗂 { $count } wersja: pokazuję najnowszą
    [few] 🗂 { $count } wersje: pokazuję najnowszą
    [many] 🗂 { $count } wersji: pokazuję najnowszą
   *[other] 🗂 { $count } wersji: pokazuję najnowszą
  }
