## /keys: encryption at rest and stored records (src/ui/records_text.ts)

records-encryption-off = Encryption at rest: off. Prompts and answers are stored in plain text; set ENCRYPTION_KEYS to encrypt them.
records-encryption-on = Encryption at rest: on, key { $key }.
records-left-on-key = { $count ->
    [one] Encryption: key { $key }, { $count } value left on { $old }.
   *[other] Encryption: key { $key }, { $count } values left on { $old }.
  }
records-left-plain = { $count ->
    [one] Encryption: key { $key }, { $count } value still in plain text.
   *[other] Encryption: key { $key }, { $count } values still in plain text.
  }
records-left-old = { $count ->
    [one] Records: { $count } value left to upgrade to this version.
   *[other] Records: { $count } values left to upgrade to this version.
  }
records-counting = Records: counting what to re-encrypt or upgrade…
records-waiting = { $count ->
    [one] Records: { $count } instance still runs with another key or version. Restart it to finish.
   *[other] Records: { $count } instances still run with another key or version. Restart them to finish.
  }
records-unreadable = { $count ->
    [one] Records: { $count } value cannot be opened with the configured keys.
   *[other] Records: { $count } values cannot be opened with the configured keys.
  }
