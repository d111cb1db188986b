# Promptsmith — English, media area: voice notes, pictures, files, inline mode.
# The source of every message id of this area (tests/ui/locales_test.ts).

## Voice notes, audio files, video notes

voice-heard =
    🎙 I heard: “{ $text }”

    Reply to this message with a correction and I'll write the prompt again from it.
voice-no-keys = 🎙 I can't transcribe voice messages here: no AI key is set up for speech, and the offline mode cannot transcribe. Please send your idea as text.
voice-too-long = 🎙 This recording is longer than { $max }, the most I transcribe. Send a shorter one, or your idea as text.
voice-too-large = 🎙 This file is larger than { $max } MB, the most I can download. Send a shorter recording, or your idea as text.
rejected-voice-no-keys = 🎙 I can't transcribe voice messages here: no AI key is set up for speech, and the offline mode cannot transcribe. Please send your idea as text.
rejected-voice-too-long = 🎙 This recording is too long for me to transcribe. Send a shorter one, or your idea as text.
rejected-voice-too-large = 🎙 This recording is too large for me to download. Send a shorter one, or your idea as text.
rejected-voice-unavailable = 🎙 I couldn't transcribe your voice message: the speech service is unavailable right now, and the offline mode cannot transcribe. Try again later, or send your idea as text.
rejected-voice-failed = 🎙 The speech service couldn't read this recording. Record it again, or send your idea as text.
rejected-voice-empty = 🎙 I couldn't hear any words in this recording. Try again a bit closer to the microphone, or send your idea as text.

## Pictures

photo-offline = 🖼 I can't look at pictures right now: that needs the AI, and none is set up. Describe the picture in words and I'll write the prompt.
photo-too-large = 🖼 This picture is larger than { $max } MB, the most I can read. Send a smaller one.
rejected-photo-offline = 🖼 I can't look at pictures right now: that needs the AI, and none is set up. Describe the picture in words and I'll write the prompt.
rejected-photo-too-large = 🖼 This picture is too large for me to read. Send a smaller one.
rejected-image-unreadable = 🖼 I couldn't read this picture. Send it as a JPEG, PNG, WebP or GIF.
rejected-needs-ai = 🖼 Turning a picture into a prompt needs the AI, which is unavailable right now. Try again later, or describe the picture in words.

## Files

document-unsupported = I can't read this kind of file. I accept text files (.txt, .md and other plain text), pictures (JPEG, PNG, WebP, GIF), voice messages and audio files. Or just send your idea as a message.
document-too-large = This file is too long: a prompt can be up to { $max } characters. Send a shorter file, or the part that matters as a message.
rejected-document-too-long = This file is too long for one prompt. Send a shorter file, or the part that matters as a message.
rejected-document-not-utf8 = This file isn't plain UTF-8 text, so I can't read it. Save it as UTF-8 text (.txt or .md), or paste its text as a message.
rejected-document-empty = This file is empty: there's no idea in it for me to work on.
rejected-file-gone = I couldn't get this file from Telegram any more. Please send it again.

## Everything else

sticker-reply = Nice sticker! 😄 Send me an idea as text, a voice message or a picture, and I'll turn it into a prompt.
animation-reply = Fun GIF! I can't watch animations, though: send me your idea as text, voice or a picture.
location-reply = 📍 Thanks, but I don't need a location. Tell me your idea in a text or voice message.
media-unsupported = I can't use this kind of message. Send me your idea as text, a voice message, a picture or a .txt/.md file.

## Inline mode (@bot idea in any chat)

inline-ai-title = ✨ AI version
inline-ai-description = Sends the quick version now; the AI then rewrites it in place.
inline-ai-pending = ✨ The AI is writing a better version…
inline-result-title = { $category } · { $target }
inline-edit-button = ✏️ Change the idea
inline-help-button = Type a rough idea after my name
inline-limited-button = ⏳ Limit reached: try again in { $wait }
