## /keys: criptografia dos dados guardados e registros (src/ui/records_text.ts)

records-encryption-off = Criptografia dos dados guardados: desligada. Prompts e respostas ficam em texto simples; defina ENCRYPTION_KEYS para criptografá-los.
records-encryption-on = Criptografia dos dados guardados: ligada, chave { $key }.
records-left-on-key = { $count ->
    [one] Criptografia: chave { $key }, resta { $count } valor em { $old }.
   *[other] Criptografia: chave { $key }, restam { $count } valores em { $old }.
  }
records-left-plain = { $count ->
    [one] Criptografia: chave { $key }, resta { $count } valor em texto simples.
   *[other] Criptografia: chave { $key }, restam { $count } valores em texto simples.
  }
records-left-old = { $count ->
    [one] Registros: falta atualizar { $count } valor para esta versão.
   *[other] Registros: falta atualizar { $count } valores para esta versão.
  }
records-counting = Registros: contando o que recriptografar ou atualizar…
records-waiting = { $count ->
    [one] Registros: { $count } instância ainda roda com outra chave ou versão. Reinicie-a para concluir.
   *[other] Registros: { $count } instâncias ainda rodam com outra chave ou versão. Reinicie-as para concluir.
  }
records-unreadable = { $count ->
    [one] Registros: { $count } valor não abre com as chaves configuradas.
   *[other] Registros: { $count } valores não abrem com as chaves configuradas.
  }
