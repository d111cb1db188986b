## Betrieb: /stats und /broadcast (nur für Admins)

command-stats = Nutzungsstatistik mit Diagramm
command-broadcast = Eine Nachricht an alle Nutzer senden

stats-private-only = Schick mir /stats in einem privaten Chat.
stats-title = 📊 Statistik der letzten { $days } Tage
stats-prompts = Prompts: { $total } (KI: { $ai }, offline: { $offline })
stats-today = Heute — Prompts: { $prompts }, Nutzer: { $users }
stats-answer-time = Antwortzeit: Median { $p50 }, 95 % innerhalb von { $p95 }
stats-answer-time-none = Antwortzeit: noch nichts gemessen
stats-active = Aktive Nutzer pro Tag: { $average } im Schnitt, höchstens { $max }
stats-top-categories = Häufigste Kategorien: { $list }
stats-top-targets = Häufigste Modelle: { $list }
stats-chart-failed = Das Diagramm ließ sich diesmal nicht zeichnen; die Zahlen oben sind vollständig.

stats-chart-title = Promptsmith · letzte { $days } Tage
stats-chart-prompts = Prompts pro Tag
stats-chart-ai = KI
stats-chart-offline = Offline
stats-chart-answer-time = Antwortzeit, Sekunden
stats-chart-median = Median
stats-chart-p95 = 95. Perzentil
stats-chart-active = Aktive Nutzer pro Tag
stats-chart-categories = Häufigste Kategorien
stats-chart-targets = Häufigste Modelle

broadcast-private-only = Schick mir /broadcast in einem privaten Chat.
broadcast-usage = Schreib die Nachricht hinter den Befehl, zum Beispiel: /broadcast Hallo zusammen!
broadcast-too-long = Die Nachricht ist zu lang: { $length } Zeichen, höchstens { $max }.
broadcast-preview = 📣 Vorschau: Die nächste Nachricht geht an alle Nutzer. Empfänger gerade: { $count }.
broadcast-send-button = ✅ Senden
broadcast-cancel-button = ✖️ Abbrechen
broadcast-stop-button = ✖️ Senden stoppen
broadcast-cancelled = Rundsendung abgebrochen: Nichts wurde gesendet.
broadcast-expired = Diese Rundsendung wartet nicht mehr: Schick /broadcast noch einmal.
broadcast-busy = Gerade läuft eine andere Rundsendung: Warte, bis sie fertig ist, oder stoppe sie.
broadcast-starting = Wird gesendet…
broadcast-stopping = Wird gestoppt…
broadcast-progress = { $bar } { $percent } % · { $done } / { $total } · blockiert: { $blocked }
broadcast-done = 📣 Rundsendung fertig. Gesendet: { $sent } von { $total }. Bot blockiert: { $blocked }. Fehlgeschlagen: { $failed }.
broadcast-stopped = 📣 Rundsendung nach { $done } von { $total } gestoppt. Gesendet: { $sent }. Bot blockiert: { $blocked }. Fehlgeschlagen: { $failed }.
