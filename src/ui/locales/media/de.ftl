# Promptsmith — Deutsch, Bereich Medien: Sprachnachrichten, Bilder, Dateien, Inline-Modus.

## Sprachnachrichten, Audiodateien, Videonachrichten

voice-heard =
    🎙 Ich habe verstanden: „{ $text }“

    Antworte auf diese Nachricht mit einer Korrektur, dann schreibe ich den Prompt danach neu.
voice-no-keys = 🎙 Sprachnachrichten kann ich hier nicht transkribieren: Es ist kein KI-Schlüssel für Sprache eingerichtet, und der Offline-Modus kann nicht transkribieren. Bitte schick mir deine Idee als Text.
voice-too-long = 🎙 Diese Aufnahme ist länger als { $max }, mehr transkribiere ich nicht. Schick eine kürzere oder deine Idee als Text.
voice-too-large = 🎙 Diese Datei ist größer als { $max } MB, mehr kann ich nicht herunterladen. Schick eine kürzere Aufnahme oder deine Idee als Text.
rejected-voice-no-keys = 🎙 Sprachnachrichten kann ich hier nicht transkribieren: Es ist kein KI-Schlüssel für Sprache eingerichtet, und der Offline-Modus kann nicht transkribieren. Bitte schick mir deine Idee als Text.
rejected-voice-too-long = 🎙 Diese Aufnahme ist zu lang zum Transkribieren. Schick eine kürzere oder deine Idee als Text.
rejected-voice-too-large = 🎙 Diese Aufnahme ist zu groß zum Herunterladen. Schick eine kürzere oder deine Idee als Text.
rejected-voice-unavailable = 🎙 Ich konnte deine Sprachnachricht nicht transkribieren: Der Sprachdienst ist gerade nicht erreichbar, und der Offline-Modus kann nicht transkribieren. Versuch es später noch einmal oder schick deine Idee als Text.
rejected-voice-failed = 🎙 Der Sprachdienst konnte diese Aufnahme nicht lesen. Nimm sie neu auf oder schick deine Idee als Text.
rejected-voice-empty = 🎙 In dieser Aufnahme habe ich kein Wort gehört. Versuch es etwas näher am Mikrofon noch einmal oder schick deine Idee als Text.

## Bilder

photo-offline = 🖼 Bilder kann ich gerade nicht ansehen: Dafür braucht es die KI, und keine ist eingerichtet. Beschreib das Bild in Worten, dann schreibe ich den Prompt.
photo-too-large = 🖼 Dieses Bild ist größer als { $max } MB, mehr kann ich nicht lesen. Schick ein kleineres.
rejected-photo-offline = 🖼 Bilder kann ich gerade nicht ansehen: Dafür braucht es die KI, und keine ist eingerichtet. Beschreib das Bild in Worten, dann schreibe ich den Prompt.
rejected-photo-too-large = 🖼 Dieses Bild ist zu groß zum Lesen. Schick ein kleineres.
rejected-image-unreadable = 🖼 Ich konnte dieses Bild nicht lesen. Schick es als JPEG, PNG, WebP oder GIF.
rejected-needs-ai = 🖼 Um aus einem Bild einen Prompt zu machen, braucht es die KI, und die ist gerade nicht erreichbar. Versuch es später oder beschreib das Bild in Worten.

## Dateien

document-unsupported = Diese Art von Datei kann ich nicht lesen. Ich nehme Textdateien (.txt, .md und anderen reinen Text), Bilder (JPEG, PNG, WebP, GIF), Sprachnachrichten und Audiodateien. Oder schick deine Idee einfach als Nachricht.
document-too-large = Diese Datei ist zu lang: Ein Prompt darf bis zu { $max } Zeichen haben. Schick eine kürzere Datei oder den wichtigen Teil als Nachricht.
rejected-document-too-long = Diese Datei ist zu lang für einen Prompt. Schick eine kürzere Datei oder den wichtigen Teil als Nachricht.
rejected-document-not-utf8 = Diese Datei ist kein reiner UTF-8-Text, deshalb kann ich sie nicht lesen. Speichere sie als UTF-8-Text (.txt oder .md) oder füge den Text in eine Nachricht ein.
rejected-document-empty = Diese Datei ist leer: Darin steht keine Idee, mit der ich arbeiten kann.
rejected-file-gone = Ich kann diese Datei nicht mehr von Telegram abrufen. Bitte schick sie noch einmal.

## Alles andere

sticker-reply = Schöner Sticker! 😄 Schick mir eine Idee als Text, Sprachnachricht oder Bild, und ich mache einen Prompt daraus.
animation-reply = Lustiges GIF! Animationen kann ich aber nicht ansehen: Schick mir deine Idee als Text, Sprachnachricht oder Bild.
location-reply = 📍 Danke, aber einen Standort brauche ich nicht. Erzähl mir deine Idee als Text oder Sprachnachricht.
media-unsupported = Mit dieser Art von Nachricht kann ich nichts anfangen. Schick mir deine Idee als Text, Sprachnachricht, Bild oder .txt/.md-Datei.

## Inline-Modus (@bot Idee in jedem Chat)

inline-ai-title = ✨ KI-Version
inline-ai-description = Schickt sofort die schnelle Version; danach schreibt die KI sie an Ort und Stelle neu.
inline-ai-pending = ✨ Die KI schreibt eine bessere Version…
inline-result-title = { $category } · { $target }
inline-edit-button = ✏️ Idee ändern
inline-help-button = Schreib eine Idee hinter meinen Namen
inline-limited-button = ⏳ Limit erreicht: versuch es in { $wait } wieder
