## /keys: cifrado de los datos guardados y registros (src/ui/records_text.ts)

records-encryption-off = Cifrado de los datos guardados: desactivado. Los prompts y las respuestas se guardan en texto plano; define ENCRYPTION_KEYS para cifrarlos.
records-encryption-on = Cifrado de los datos guardados: activado, clave { $key }.
records-left-on-key = { $count ->
    [one] Cifrado: clave { $key }, queda { $count } valor con { $old }.
   *[other] Cifrado: clave { $key }, quedan { $count } valores con { $old }.
  }
records-left-plain = { $count ->
    [one] Cifrado: clave { $key }, queda { $count } valor en texto plano.
   *[other] Cifrado: clave { $key }, quedan { $count } valores en texto plano.
  }
records-left-old = { $count ->
    [one] Registros: queda { $count } valor por actualizar a esta versión.
   *[other] Registros: quedan { $count } valores por actualizar a esta versión.
  }
records-counting = Registros: contando qué volver a cifrar o actualizar…
records-waiting = { $count ->
    [one] Registros: { $count } instancia sigue con otra clave o versión. Reiníciala para terminar.
   *[other] Registros: { $count } instancias siguen con otra clave o versión. Reinícialas para terminar.
  }
records-unreadable = { $count ->
    [one] Registros: { $count } valor no se abre con las claves configuradas.
   *[other] Registros: { $count } valores no se abren con las claves configuradas.
  }
