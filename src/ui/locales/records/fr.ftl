## /keys : chiffrement des données stockées et enregistrements (src/ui/records_text.ts)

records-encryption-off = Chiffrement des données stockées : désactivé. Les prompts et les réponses sont stockés en clair ; définissez ENCRYPTION_KEYS pour les chiffrer.
records-encryption-on = Chiffrement des données stockées : activé, clé { $key }.
records-left-on-key = { $count ->
    [one] Chiffrement : clé { $key }, il reste { $count } valeur sur { $old }.
   *[other] Chiffrement : clé { $key }, il reste { $count } valeurs sur { $old }.
  }
records-left-plain = { $count ->
    [one] Chiffrement : clé { $key }, encore { $count } valeur en clair.
   *[other] Chiffrement : clé { $key }, encore { $count } valeurs en clair.
  }
records-left-old = { $count ->
    [one] Enregistrements : { $count } valeur reste à mettre à niveau vers cette version.
   *[other] Enregistrements : { $count } valeurs restent à mettre à niveau vers cette version.
  }
records-counting = Enregistrements : comptage de ce qu’il faut rechiffrer ou mettre à niveau…
records-waiting = { $count ->
    [one] Enregistrements : { $count } instance tourne encore avec une autre clé ou version. Redémarrez-la pour terminer.
   *[other] Enregistrements : { $count } instances tournent encore avec une autre clé ou version. Redémarrez-les pour terminer.
  }
records-unreadable = { $count ->
    [one] Enregistrements : { $count } valeur ne s’ouvre avec aucune clé configurée.
   *[other] Enregistrements : { $count } valeurs ne s’ouvrent avec aucune clé configurée.
  }
