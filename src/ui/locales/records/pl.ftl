## /keys: szyfrowanie przechowywanych danych i rekordy (src/ui/records_text.ts)

records-encryption-off = Szyfrowanie przechowywanych danych: wyłączone. Prompty i odpowiedzi są zapisane jawnym tekstem; ustaw ENCRYPTION_KEYS, aby je zaszyfrować.
records-encryption-on = Szyfrowanie przechowywanych danych: włączone, klucz { $key }.
records-left-on-key = { $count ->
    [one] Szyfrowanie: klucz { $key }, na { $old } została { $count } wartość.
    [few] Szyfrowanie: klucz { $key }, na { $old } zostały { $count } wartości.
    [many] Szyfrowanie: klucz { $key }, na { $old } zostało { $count } wartości.
   *[other] Szyfrowanie: klucz { $key }, na { $old } zostało { $count } wartości.
  }
records-left-plain = { $count ->
    [one] Szyfrowanie: klucz { $key }, { $count } wartość nadal jawnym tekstem.
    [few] Szyfrowanie: klucz { $key }, { $count } wartości nadal jawnym tekstem.
    [many] Szyfrowanie: klucz { $key }, { $count } wartości nadal jawnym tekstem.
   *[other] Szyfrowanie: klucz { $key }, { $count } wartości nadal jawnym tekstem.
  }
records-left-old = { $count ->
    [one] Rekordy: { $count } wartość czeka na aktualizację do tej wersji.
    [few] Rekordy: { $count } wartości czekają na aktualizację do tej wersji.
    [many] Rekordy: { $count } wartości czeka na aktualizację do tej wersji.
   *[other] Rekordy: { $count } wartości czeka na aktualizację do tej wersji.
  }
records-counting = Rekordy: liczę, co zaszyfrować ponownie lub zaktualizować…
records-waiting = { $count ->
    [one] Rekordy: { $count } instancja nadal działa z innym kluczem lub wersją. Uruchom ją ponownie, aby dokończyć.
    [few] Rekordy: { $count } instancje nadal działają z innym kluczem lub wersją. Uruchom je ponownie, aby dokończyć.
    [many] Rekordy: { $count } instancji nadal działa z innym kluczem lub wersją. Uruchom je ponownie, aby dokończyć.
   *[other] Rekordy: { $count } instancji nadal działa z innym kluczem lub wersją. Uruchom je ponownie, aby dokończyć.
  }
records-unreadable = { $count ->
    [one] Rekordy: { $count } wartości nie da się otworzyć ustawionymi kluczami.
    [few] Rekordy: { $count } wartości nie da się otworzyć ustawionymi kluczami.
    [many] Rekordy: { $count } wartości nie da się otworzyć ustawionymi kluczami.
   *[other] Rekordy: { $count } wartości nie da się otworzyć ustawionymi kluczami.
  }
