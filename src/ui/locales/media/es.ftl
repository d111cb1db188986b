# Promptsmith — español, área de medios: notas de voz, imágenes, archivos, modo inline.

## Notas de voz, audios, videomensajes

voice-heard =
    🎙 Entendí: «{ $text }»

    Responde a este mensaje con una corrección y volveré a escribir el prompt a partir de ella.
voice-no-keys = 🎙 Aquí no puedo transcribir mensajes de voz: no hay ninguna clave de IA configurada para voz y el modo sin conexión no sabe transcribir. Envíame tu idea por escrito, por favor.
voice-too-long = 🎙 Esta grabación dura más de { $max }, lo máximo que transcribo. Envía una más corta o tu idea por escrito.
voice-too-large = 🎙 Este archivo supera los { $max } MB, lo máximo que puedo descargar. Envía una grabación más corta o tu idea por escrito.
rejected-voice-no-keys = 🎙 Aquí no puedo transcribir mensajes de voz: no hay ninguna clave de IA configurada para voz y el modo sin conexión no sabe transcribir. Envíame tu idea por escrito, por favor.
rejected-voice-too-long = 🎙 Esta grabación es demasiado larga para transcribirla. Envía una más corta o tu idea por escrito.
rejected-voice-too-large = 🎙 Esta grabación es demasiado grande para descargarla. Envía una más corta o tu idea por escrito.
rejected-voice-unavailable = 🎙 No pude transcribir tu mensaje de voz: el servicio de voz no está disponible ahora y el modo sin conexión no sabe transcribir. Inténtalo más tarde o envía tu idea por escrito.
rejected-voice-failed = 🎙 El servicio de voz no pudo leer esta grabación. Grábala de nuevo o envía tu idea por escrito.
rejected-voice-empty = 🎙 No oí ninguna palabra en esta grabación. Inténtalo otra vez un poco más cerca del micrófono o envía tu idea por escrito.

## Imágenes

photo-offline = 🖼 Ahora no puedo ver imágenes: hace falta la IA y no hay ninguna configurada. Describe la imagen con palabras y escribiré el prompt.
photo-too-large = 🖼 Esta imagen supera los { $max } MB, lo máximo que puedo leer. Envía una más pequeña.
rejected-photo-offline = 🖼 Ahora no puedo ver imágenes: hace falta la IA y no hay ninguna configurada. Describe la imagen con palabras y escribiré el prompt.
rejected-photo-too-large = 🖼 Esta imagen es demasiado grande para leerla. Envía una más pequeña.
rejected-image-unreadable = 🖼 No pude leer esta imagen. Envíala en JPEG, PNG, WebP o GIF.
rejected-needs-ai = 🖼 Convertir una imagen en prompt necesita la IA, que ahora no está disponible. Inténtalo más tarde o describe la imagen con palabras.

## Archivos

document-unsupported = No puedo leer este tipo de archivo. Acepto archivos de texto (.txt, .md y otro texto plano), imágenes (JPEG, PNG, WebP, GIF), mensajes de voz y audios. O simplemente envía tu idea como mensaje.
document-too-large = Este archivo es demasiado largo: un prompt puede tener hasta { $max } caracteres. Envía un archivo más corto o la parte importante como mensaje.
rejected-document-too-long = Este archivo es demasiado largo para un solo prompt. Envía un archivo más corto o la parte importante como mensaje.
rejected-document-not-utf8 = Este archivo no es texto plano en UTF-8, así que no puedo leerlo. Guárdalo como texto UTF-8 (.txt o .md) o pega su texto en un mensaje.
rejected-document-empty = Este archivo está vacío: no hay ninguna idea con la que trabajar.
rejected-file-gone = Ya no puedo obtener este archivo de Telegram. Envíalo de nuevo, por favor.

## Todo lo demás

sticker-reply = ¡Buen sticker! 😄 Envíame una idea por escrito, con un mensaje de voz o una imagen, y la convertiré en un prompt.
animation-reply = ¡Qué GIF tan divertido! Pero no puedo ver animaciones: envíame tu idea por escrito, por voz o con una imagen.
location-reply = 📍 Gracias, pero no necesito una ubicación. Cuéntame tu idea por escrito o con un mensaje de voz.
media-unsupported = No puedo usar este tipo de mensaje. Envíame tu idea por escrito, con un mensaje de voz, una imagen o un archivo .txt/.md.

## Modo inline (@bot idea en cualquier chat)

inline-ai-title = ✨ Versión de la IA
inline-ai-description = Envía ya la versión rápida; después la IA la reescribe en el mismo mensaje.
inline-ai-pending = ✨ La IA está escribiendo una versión mejor…
inline-result-title = { $category } · { $target }
inline-edit-button = ✏️ Cambiar la idea
inline-help-button = Escribe una idea después de mi nombre
inline-limited-button = ⏳ Límite alcanzado: inténtalo en { $wait }
