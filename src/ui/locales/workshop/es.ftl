# Promptsmith — Spanish (español), neutral, "tú": the prompt workshop
# (answers, revisions, clarifying questions, /settings). The same message ids
# and placeholders as en.ftl (tests/ui/locales_test.ts). Plurals: one / other.

## The answer

answer-by-ai = ✨ IA
answer-by-offline = ⚡ sin conexión
answer-version = v{ $version }
answer-version-of = v{ $version } ({ $action })
answer-offline-no-keys = Escrito en modo sin conexión: este bot no tiene una IA configurada.
answer-offline-unavailable = La IA no está disponible ahora mismo, así que este lo escribió el modo sin conexión. Toca “Reintentar con IA” para obtener una versión hecha por la IA.
answer-offline-empty = La IA dio una respuesta vacía, así que este lo escribió el modo sin conexión.
answer-offline-written = Escrito en modo sin conexión, sin la IA.
answer-fill-in = ✏️ Completa:
answer-assumed = 💭 Supuestos:
answer-cut-by-limit = La IA se detuvo en su límite de longitud, así que puede faltar el final. Toca ✂️ Más corto para una versión compacta.

target-chat = ChatGPT / Gemini
target-claude = Claude
target-reasoning = Modelos de razonamiento
target-midjourney = Midjourney
target-stable_diffusion = Stable Diffusion
target-natural_image = Flux / DALL·E / Imagen
target-video = Sora / Veo / Kling

## The buttons under an answer

workshop-copy = 📋 Copiar
workshop-shorter = ✂️ Más corto
workshop-detail = ➕ Más detalle
workshop-another = 🔁 Otra versión
workshop-target = 🎯 Modelo…
workshop-category = 🗂 Categoría…
workshop-ask = ❓ Pregúntame antes
workshop-more = Más…
workshop-back = « Atrás
workshop-not-yours = Solo quien pidió este prompt puede cambiarlo.
workshop-expired = Ya no tengo este prompt (caducó o se borró), así que no puedo cambiarlo. Vuelve a enviar tu idea.
workshop-started = Manos a la obra…
workshop-already = Ya estoy trabajando en eso.
workshop-target-current = Este prompt ya es para ese modelo.
workshop-category-current = Este prompt ya está en esa categoría.
workshop-queued = { $ahead ->
    [1] En cola: lo haré justo después del prompt que estoy escribiendo.
   *[other] En cola: hay { $ahead } prompts antes que este.
  }
workshop-queue-full = { $max ->
    [1] Ya hay un prompt esperando. Vuelve a intentarlo cuando lo haya respondido.
   *[other] Ya hay { $max } prompts esperando. Vuelve a intentarlo cuando haya respondido alguno.
  }
workshop-reply-empty = Dime qué cambiar, por ejemplo: “más formal” o “añade dos ejemplos”.
workshop-change-latest = ✏️ Cambio tu último prompt. Para uno nuevo, envíalo con /enhance.

revision-shorter = ✂️ más corto
revision-detail = ➕ más detalle
revision-another = 🔁 otra versión
revision-target = 🎯 otro modelo
revision-category = 🗂 otra categoría
revision-ask = ❓ tras preguntas
revision-reply = ✍️ tu cambio

## Clarifying questions

questions-intro = ❓ Una pregunta rápida para que el prompt se ajuste a lo que necesitas ({ $n }/{ $total }):
questions-typed-hint = Toca una respuesta o escribe la tuya.
questions-skip-one = Saltar esta
questions-skip-all = ⏭ Saltar y escribir
questions-expired = Estas preguntas han caducado. Vuelve a enviar tu idea.
questions-not-yours = Estas preguntas son para quien hizo la petición.
questions-done = ✓ Gracias, ya estoy escribiendo tu prompt…
questions-answered = { $question } — { $answer }
questions-typed-which = ¿Es tu respuesta a «{ $question }» o una idea nueva?
questions-typed-answer = ✍️ Es mi respuesta
questions-typed-idea = ✨ Idea nueva
questions-typed-as-answer = ✓ Tomado como tu respuesta.
questions-typed-as-idea = ✓ Tomado como una idea nueva.
questions-set-aside = Dejé estas preguntas de lado por tu nueva idea.
questions-typed-replaced = Un texto más reciente ocupó su lugar.
questions-typed-unused = Sin usar: la pregunta se respondió de otra forma.

## /settings

settings-title = ⚙️ Tus ajustes. Toca uno para cambiarlo:
settings-category = 🗂 Categoría: { $value }
settings-target = 🎯 Modelo: { $value }
settings-length = 📏 Longitud: { $value }
settings-clarify = ❓ Preguntar antes: { $value }
settings-answer-language = 🌐 Idioma del prompt: { $value }
settings-language = 🗣 Mi idioma: { $value }
settings-pick-category = 🗂 ¿Qué tipo de prompts escribo? Automático elige según lo que escribas.
settings-pick-target = 🎯 ¿Para qué modelo son tus prompts? Automático elige el más adecuado para cada categoría.
settings-pick-length = 📏 ¿Qué longitud deben tener los prompts?
settings-pick-clarify = ❓ ¿Cuándo debo hacerte unas preguntas antes de escribir?
settings-pick-answer-language = 🌐 ¿En qué idioma escribo los prompts? Automático: en el idioma en que escribes (los de imagen y vídeo van en inglés).
settings-pick-language = 🗣 ¿En qué idioma te hablo?
settings-target-auto = Automático
settings-length-concise = Conciso
settings-length-standard = Estándar
settings-length-detailed = Detallado
settings-clarify-never = Nunca
settings-clarify-auto = Si es impreciso
settings-clarify-always = Siempre
settings-answer-language-auto = Automático
settings-language-auto = Automático
settings-saved = ✓ Guardado
settings-expired = Este botón ha caducado. Envía /settings para volver a abrir tus ajustes.
settings-private-only = Usa /settings en un chat privado conmigo: tus ajustes son solo tuyos.
settings-back = « Atrás
command-settings = Tus ajustes: categoría, modelo, longitud, idiomas

## /history versions

history-versions = 🗂 Versiones ({ $count })
history-version-line = v{ $version } · { $what }
history-original = original
history-your-idea = 💡 Tu idea: { $idea }
history-item-versions = 🗂 { $count } versiones: se muestra la más reciente
