## /keys: Verschlüsselung der gespeicherten Daten und Datensätze (src/ui/records_text.ts)

records-encryption-off = Verschlüsselung der gespeicherten Daten: aus. Prompts und Antworten liegen im Klartext; setze ENCRYPTION_KEYS, um sie zu verschlüsseln.
records-encryption-on = Verschlüsselung der gespeicherten Daten: an, Schlüssel { $key }.
records-left-on-key = { $count ->
    [one] Verschlüsselung: Schlüssel { $key }, noch { $count } Wert mit { $old }.
   *[other] Verschlüsselung: Schlüssel { $key }, noch { $count } Werte mit { $old }.
  }
records-left-plain = { $count ->
    [one] Verschlüsselung: Schlüssel { $key }, noch { $count } Wert im Klartext.
   *[other] Verschlüsselung: Schlüssel { $key }, noch { $count } Werte im Klartext.
  }
records-left-old = { $count ->
    [one] Datensätze: noch { $count } Wert auf diese Version zu heben.
   *[other] Datensätze: noch { $count } Werte auf diese Version zu heben.
  }
records-counting = Datensätze: zähle, was neu zu verschlüsseln oder zu heben ist…
records-waiting = { $count ->
    [one] Datensätze: { $count } Instanz läuft noch mit anderem Schlüssel oder anderer Version. Starte sie neu, um abzuschließen.
   *[other] Datensätze: { $count } Instanzen laufen noch mit anderem Schlüssel oder anderer Version. Starte sie neu, um abzuschließen.
  }
records-unreadable = { $count ->
    [one] Datensätze: { $count } Wert lässt sich mit keinem gesetzten Schlüssel öffnen.
   *[other] Datensätze: { $count } Werte lassen sich mit keinem gesetzten Schlüssel öffnen.
  }
