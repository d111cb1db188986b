## /keys: cifratura dei dati salvati e record (src/ui/records_text.ts)

records-encryption-off = Cifratura dei dati salvati: disattivata. Prompt e risposte sono salvati in chiaro; imposta ENCRYPTION_KEYS per cifrarli.
records-encryption-on = Cifratura dei dati salvati: attiva, chiave { $key }.
records-left-on-key = { $count ->
    [one] Cifratura: chiave { $key }, resta { $count } valore su { $old }.
   *[other] Cifratura: chiave { $key }, restano { $count } valori su { $old }.
  }
records-left-plain = { $count ->
    [one] Cifratura: chiave { $key }, ancora { $count } valore in chiaro.
   *[other] Cifratura: chiave { $key }, ancora { $count } valori in chiaro.
  }
records-left-old = { $count ->
    [one] Record: resta { $count } valore da aggiornare a questa versione.
   *[other] Record: restano { $count } valori da aggiornare a questa versione.
  }
records-counting = Record: conto cosa ricifrare o aggiornare…
records-waiting = { $count ->
    [one] Record: { $count } istanza gira ancora con un’altra chiave o versione. Riavviala per finire.
   *[other] Record: { $count } istanze girano ancora con un’altra chiave o versione. Riavviale per finire.
  }
records-unreadable = { $count ->
    [one] Record: { $count } valore non si apre con le chiavi impostate.
   *[other] Record: { $count } valori non si aprono con le chiavi impostate.
  }
