# Promptsmith — Spanish (español), neutral, "tú". The same message ids and
# placeholders as en.ftl (tests/ui/locales_test.ts). Plurals: one / other.

## Commands in Telegram's menu

command-start = Qué hace Promptsmith
command-help = Cómo usar el bot
command-enhance = Mejorar un borrador de prompt (funciona en grupos)
command-category = Elegir el tipo de prompt que escribo
command-language = Elegir el idioma en el que hablo
command-history = Tus prompts recientes
command-clearhistory = Borrar tu historial de prompts
command-keys = Estado de las claves de IA (administradores)

## /start and /help

start-greeting = ¡Hola, { $name }! Soy Promptsmith ✨
start-greeting-anonymous = ¡Hola! Soy Promptsmith ✨
start-body =
    Envíame una idea en bruto —basta con una frase— y la convertiré en un prompt sólido y bien estructurado para ChatGPT, Claude, Gemini o un modelo de imágenes.

    Prueba con: “un logo para una cafetería atendida por gatos” o “script de Python que renombre fotos por fecha”.

    /help muestra todo lo que sé hacer.
help-title = Cómo usar Promptsmith:
help-send = ✍️ Envíame una idea como quieras:
help-send-text = • 💬 Un mensaje, de hasta { $max } caracteres
help-send-voice = • 🎙 Un mensaje de voz, un audio o un videomensaje: primero lo transcribo
help-send-photo = • 🖼 Una foto o un álbum: el pie de foto es la idea; sin él, escribo un prompt que recrea la imagen
help-send-file = • 📄 Un archivo de texto (.txt, .md)

help-shape = ✨ Luego ajusta la respuesta:
help-shape-buttons = • Con los botones de debajo: ✂️ Más corto, ➕ Más detalle, 🔁 Otra versión, 🎯 Modelo… y más
help-shape-reply = • Respóndela con un cambio (“más formal”, “añade dos ejemplos”) y la reviso
help-shape-type = • En nuestro chat privado también puedes escribir el cambio justo después de la respuesta; /enhance <idea> siempre empieza un prompt nuevo
help-shape-settings = • /settings: categoría, modelo de destino, longitud, preguntas previas e idiomas

help-elsewhere = 👥 En otros chats:
help-groups = • En un grupo: /enhance <tu idea>, una respuesta a uno de mis mensajes o una mención
help-inline = • En cualquier chat: escribe @{ $bot } y tu idea, y toca un prompt para enviarlo

help-commands = 📋 Comandos:

help-categories = Categorías que conozco: { $categories }. Con /category eliges la que uso contigo.
help-history = { $limit ->
    [one] Guardo tu último prompt: /history y /clearhistory funcionan en un chat privado.
   *[other] Guardo tus últimos { $limit } prompts: /history y /clearhistory funcionan en un chat privado.
  }

## Enhancing

enhance-usage =
    Envía /enhance seguido de tu idea, por ejemplo:
    /enhance un cartel para una noche de jazz
enhance-busy = ⏳ Todavía estoy trabajando en tu prompt anterior. Hago uno a la vez: vuelve a enviar este cuando llegue esa respuesta.
enhance-queued = { $ahead ->
    [1] ⏳ En cola: escribiré este justo después del prompt en el que estoy trabajando.
   *[other] ⏳ En cola: hay { $ahead } prompts antes que este. Los responderé en orden.
  }
enhance-queue-full = { $max ->
    [1] ⏳ Ya hay un prompt esperando detrás del que estoy escribiendo. Vuelve a enviar este cuando lo haya respondido.
   *[other] ⏳ Ya hay { $max } prompts esperando detrás del que estoy escribiendo. Vuelve a enviar este cuando haya respondido alguno.
  }
prompt-empty = Tu prompt está vacío. Envía una idea aproximada de lo que quieres, por ejemplo: “un poema de cumpleaños para mi hermana, a la que le encanta el senderismo”.
prompt-too-long = Tu prompt tiene { $length } caracteres; el límite es { $max }. Acórtalo y vuelve a enviarlo.
prompt-no-words = Tu mensaje no tiene palabras con las que pueda trabajar. Envía una idea aproximada de lo que quieres, por ejemplo: “un poema de cumpleaños para mi hermana, a la que le encanta el senderismo”.
prompt-only-links = No puedo abrir enlaces. Di qué quieres hacer con él, por ejemplo: “resume este artículo para un boletín: <enlace>”.
rejected-too-long = Tu prompt es demasiado largo para el modelo de IA. Acórtalo y vuelve a enviarlo.
rejected-content-policy = El proveedor de IA rechazó este prompt por su política de contenido. Reformúlalo e inténtalo de nuevo.
rejected-unknown-model = El modelo de IA que este bot tiene configurado no está disponible. Por favor, avisa al administrador del bot.
rejected-invalid-request = El proveedor de IA rechazó esta solicitud. Prueba a reformular o acortar tu prompt; si sigue pasando, avisa al administrador del bot.
job-gave-up = Lo siento, no pude terminar tu último prompt. Vuelve a enviarlo, por favor.

answer-cut-caption = { $parts ->
    [one] ✂️ La respuesta era demasiado larga para el chat, así que el mensaje de arriba se corta tras la primera parte. Aquí la tienes completa.
   *[other] ✂️ La respuesta era demasiado larga para el chat, así que los mensajes de arriba se cortan tras { $parts } partes. Aquí la tienes completa.
  }

## "Try again with AI"

retry-button = 🔁 Reintentar con IA
retry-not-yours = Solo quien pidió este prompt puede reintentarlo.
retry-expired = Este botón ha caducado. Vuelve a enviar tu prompt.
retry-wait = Espera un poco antes de volver a intentarlo.
retry-started = Reintentando con IA…

retry-ai-unavailable-soon = La IA no está disponible; se podrá reintentar en unos { $wait }. Cuando vuelva (en menos de { $within }), reintentaré este prompt por mi cuenta y te responderé aquí.
retry-ai-unavailable-parked = La IA no está disponible; se podrá reintentar cuando una comprobación de claves salga bien (cada { $interval }). Cuando vuelva (en menos de { $within }), lo reintentaré por mi cuenta y responderé aquí.

## Limits

limit-burst = { $max ->
    [one] Estás enviando prompts demasiado rápido: el límite es de un prompt por minuto. Inténtalo de nuevo en { $wait }.
   *[other] Estás enviando prompts demasiado rápido: el límite es de { $max } prompts por minuto. Inténtalo de nuevo en { $wait }.
  }
limit-daily = { $max ->
    [one] Has alcanzado tu límite diario de un prompt. Se restablece en { $wait } (a las 00:00 UTC).
   *[other] Has alcanzado tu límite diario de { $max } prompts. Se restablece en { $wait } (a las 00:00 UTC).
  }
limit-global = { $max ->
    [one] Ahora mismo Promptsmith está en su límite de un prompt por minuto para todos. Inténtalo de nuevo en { $wait }.
   *[other] Ahora mismo Promptsmith está en su límite de { $max } prompts por minuto para todos. Inténtalo de nuevo en { $wait }.
  }

limit-share = { $max ->
    [one] Mucha gente está enviando prompts ahora, así que Promptsmith reparte de forma justa su único prompt por minuto, y ya usaste tu parte de este minuto. Inténtalo de nuevo en { $wait }.
   *[other] Mucha gente está enviando prompts ahora, así que Promptsmith reparte de forma justa sus { $max } prompts por minuto, y ya usaste tu parte de este minuto. Inténtalo de nuevo en { $wait }.
  }

## /history

history-private-only = Usa /history en un chat privado conmigo: así tus prompts siguen siendo privados.
history-empty = Aún no hay prompts. Envíame una idea en bruto y aparecerá aquí.
history-heading = { $total ->
    [one] 🕘 Tu prompt reciente, página { $page } de { $pages }:
   *[other] 🕘 Tus prompts recientes ({ $total }, primero los más nuevos), página { $page } de { $pages }:
  }
history-item-summary =
    { $n }. { $when } UTC · { $category } · { $source ->
        [ai] IA
       *[offline] sin conexión
    }
    “{ $prompt }”
    → { $result }
history-tap-hint = Toca un número para ver el prompt completo.
history-newer = ‹ Más nuevos
history-older = Más antiguos ›
history-item-gone = Ese prompt ya no está en tu historial.
history-item-truncated = (El resultado guardado se acortó para que cupiera.)
history-already-empty = Tu historial ya está vacío.
history-clear-confirm = { $count ->
    [one] ¿Borrar el único prompt de tu historial? No se puede deshacer.
   *[other] ¿Borrar los { $count } prompts de tu historial? No se puede deshacer.
  }
history-clear-yes = { $count ->
    [1] 🗑 Borrarlo
   *[other] 🗑 Borrar todo
  }
history-clear-no = Conservar
history-kept = Tu historial sigue intacto.
history-cleared = { $count ->
    [one] Se borró { $count } prompt de tu historial.
   *[other] Se borraron { $count } prompts de tu historial.
  }

## /category

category-private-only = Usa /category en un chat privado conmigo: tus ajustes son solo tuyos.
category-current =
    Tu categoría: { $emoji } { $title } — { $description }.

    Define cómo son los prompts que escribo para ti. Toca una para cambiarla:
category-saved =
    ✓ Guardado. Ahora tus prompts usan { $emoji } { $title } — { $description }.

    Toca otra para volver a cambiarla:
category-saved-toast = Guardado: { $emoji } { $title }
category-unknown = No conozco la categoría “{ $name }”. Elige una de estas:
category-unknown-example = Por ejemplo: /category coding, o envía /category y toca una.
category-expired = Este botón ha caducado. Envía /category para volver a elegir.

category-general-title = General
category-general-description = Cualquier pregunta o tarea para ChatGPT, Claude, Gemini y similares
category-coding-title = Programación
category-coding-description = Código para escribir, revisar, depurar o explicar
category-writing-title = Redacción
category-writing-description = Artículos, publicaciones, relatos, poemas y edición
category-image-title = Imagen
category-image-description = Prompts para Midjourney, DALL·E, Stable Diffusion, Flux
category-research-title = Investigación
category-research-description = Preguntas para investigar, comparar, resumir o verificar datos
category-business-title = Negocios y marketing
category-business-description = Textos de marketing, estrategia, planes y presentaciones
category-video-title = Vídeo
category-video-description = Clips para Sora, Veo, Kling, Runway: planos, cámara, duración
category-system_prompt-title = Prompt de sistema
category-system_prompt-description = Instrucciones para un asistente, un GPT propio o un agente
category-data-title = Datos / SQL
category-data-description = Consultas SQL, hojas de cálculo y análisis de datos
category-email-title = Correos y mensajes
category-email-description = Correos, cartas, respuestas y mensajes de chat
category-learning-title = Aprender / explicar
category-learning-description = Explicaciones, lecciones, planes de estudio y cuestionarios
category-auto-title = Automático
category-auto-description = Elijo el tipo de prompt según lo que escribes

## /language

language-current = Tu idioma: { $language }. Toca otro para cambiarlo:
language-unknown = No conozco el idioma “{ $name }”. Envía un código como /language de o toca uno abajo.
language-saved = ✓ Idioma guardado: { $language }. A partir de ahora te hablo en este idioma.
language-auto = 🌐 Automático (según Telegram)
language-saved-auto = ✓ Vuelvo a usar el idioma de tu Telegram: { $language }.
language-private-only = Usa /language en un chat privado conmigo.
language-expired = Este botón ha caducado. Envía /language para volver a elegir.

## /keys (admins)

keys-private-only = Usa /keys en un chat privado conmigo: los detalles de las claves no se muestran en grupos.
keys-none = No hay claves de LLM configuradas: los prompts se mejoran sin conexión.
keys-heading = Claves de LLM: { $count }, { $inService } en servicio
keys-line =
    { $hint } ({ $provider }): { $state }
    último error: { $lastError } · éxito: { $success } · mediana: { $median }
keys-no-error = ninguno
keys-no-attempts = aún sin intentos
keys-success-rate = { $percent } % de { $attempts }
keys-state-parked = en pausa hasta que una comprobación de estado salga bien
keys-state-in-service = en servicio
keys-state-cooling = en enfriamiento, quedan { $left }
keys-state-open-waiting = circuito abierto, se vuelve a probar en { $left }
keys-state-open-next = circuito abierto, la próxima solicitud lo prueba
keys-state-half-open = semiabierto, en prueba

## Anything else

unknown-command = No conozco ese comando. /help muestra lo que sé hacer.
text-only = Envíame tu idea como mensaje de texto y la convertiré en un prompt sólido.
button-expired = Este botón ha caducado. Vuelve a enviar tu solicitud.
error-enhance = Lo siento, no pude terminar ese. Vuelve a enviarlo en un momento, por favor.
error-generic = Lo siento, algo salió mal por mi parte. Inténtalo de nuevo, por favor.
