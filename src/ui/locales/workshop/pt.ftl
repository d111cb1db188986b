# Promptsmith — Portuguese (português), neutral with Brazilian usage, "você":
# the prompt workshop (answers, revisions, clarifying questions, /settings).
# The same message ids and placeholders as en.ftl (tests/ui/locales_test.ts).
# Plurals: one / other ("one" is 0 and 1, so the text for one is an exact [1]).

## The answer

answer-by-ai = ✨ IA
answer-by-offline = ⚡ offline
answer-version = v{ $version }
answer-version-of = v{ $version } ({ $action })
answer-offline-no-keys = Escrito pelo modo offline: este bot não tem IA configurada.
answer-offline-unavailable = A IA está indisponível agora, então o modo offline escreveu este. Toque em “Tentar de novo com IA” para ter uma versão feita pela IA.
answer-offline-empty = A IA deu uma resposta vazia, então o modo offline escreveu este.
answer-offline-written = Escrito pelo modo offline, sem a IA.
answer-fill-in = ✏️ Preencha:
answer-assumed = 💭 Suposições:
answer-cut-by-limit = A IA parou no limite de tamanho dela, então o final pode estar faltando. Toque em ✂️ Mais curto para ter uma versão compacta.

target-chat = ChatGPT / Gemini
target-claude = Claude
target-reasoning = Modelos de raciocínio
target-midjourney = Midjourney
target-stable_diffusion = Stable Diffusion
target-natural_image = Flux / DALL·E / Imagen
target-video = Sora / Veo / Kling

## The buttons under an answer

workshop-copy = 📋 Copiar
workshop-shorter = ✂️ Mais curto
workshop-detail = ➕ Mais detalhes
workshop-another = 🔁 Outra versão
workshop-target = 🎯 Modelo…
workshop-category = 🗂 Categoria…
workshop-ask = ❓ Pergunte antes
workshop-more = Mais…
workshop-back = « Voltar
workshop-not-yours = Só quem pediu este prompt pode alterá-lo.
workshop-expired = Não tenho mais este prompt (ele expirou ou foi apagado), então não posso alterá-lo. Envie sua ideia de novo.
workshop-started = Trabalhando nisso…
workshop-already = Já estou trabalhando nisso.
workshop-target-current = Este prompt já é para esse modelo.
workshop-category-current = Este prompt já está nessa categoria.
workshop-queued = { $ahead ->
    [1] Na fila: faço isto logo depois do prompt que estou escrevendo.
   *[other] Na fila: há { $ahead } prompts antes deste.
  }
workshop-queue-full = { $max ->
    [1] Já há um prompt esperando. Tente de novo quando eu o tiver respondido.
   *[other] Já há { $max } prompts esperando. Tente de novo quando eu tiver respondido um deles.
  }
workshop-reply-empty = Diga o que mudar, por exemplo: “mais formal” ou “adicione dois exemplos”.
workshop-change-latest = ✏️ Alterando seu último prompt. Para um novo, envie-o com /enhance.

revision-shorter = ✂️ mais curto
revision-detail = ➕ mais detalhes
revision-another = 🔁 outra versão
revision-target = 🎯 novo modelo
revision-category = 🗂 nova categoria
revision-ask = ❓ após perguntas
revision-reply = ✍️ sua alteração

## Clarifying questions

questions-intro = ❓ Uma pergunta rápida para o prompt atender ao que você precisa ({ $n }/{ $total }):
questions-typed-hint = Toque em uma resposta ou digite a sua.
questions-skip-one = Pular esta
questions-skip-all = ⏭ Pular e escrever
questions-expired = Estas perguntas expiraram. Envie sua ideia de novo.
questions-not-yours = Estas perguntas são para quem fez o pedido.
questions-done = ✓ Obrigado — já estou escrevendo seu prompt…
questions-answered = { $question } — { $answer }
questions-typed-which = Esta é a sua resposta a “{ $question }” ou uma ideia nova?
questions-typed-answer = ✍️ É minha resposta
questions-typed-idea = ✨ Ideia nova
questions-typed-as-answer = ✓ Recebido como sua resposta.
questions-typed-as-idea = ✓ Recebido como uma ideia nova.
questions-set-aside = Deixei estas perguntas de lado pela sua nova ideia.
questions-typed-replaced = Um texto mais recente tomou o lugar deste.
questions-typed-unused = Não usado: a pergunta foi respondida de outra forma.

## /settings

settings-title = ⚙️ Suas configurações. Toque em uma para mudar:
settings-category = 🗂 Categoria: { $value }
settings-target = 🎯 Modelo: { $value }
settings-length = 📏 Tamanho: { $value }
settings-clarify = ❓ Perguntar antes: { $value }
settings-answer-language = 🌐 Idioma do prompt: { $value }
settings-language = 🗣 Meu idioma: { $value }
settings-pick-category = 🗂 Que tipo de prompt devo escrever? Automático escolhe pelo que você escreve.
settings-pick-target = 🎯 Para qual modelo são seus prompts? Automático escolhe o melhor para cada categoria.
settings-pick-length = 📏 Qual deve ser o tamanho dos prompts?
settings-pick-clarify = ❓ Quando devo fazer algumas perguntas antes de escrever?
settings-pick-answer-language = 🌐 Em que idioma devem estar os prompts? Automático: no idioma em que você escreve (prompts de imagem e vídeo ficam em inglês).
settings-pick-language = 🗣 Em que idioma devo falar com você?
settings-target-auto = Automático
settings-length-concise = Conciso
settings-length-standard = Padrão
settings-length-detailed = Detalhado
settings-clarify-never = Nunca
settings-clarify-auto = Se for vago
settings-clarify-always = Sempre
settings-answer-language-auto = Automático
settings-language-auto = Automático
settings-saved = ✓ Salvo
settings-expired = Este botão expirou. Envie /settings para abrir suas configurações de novo.
settings-private-only = Use /settings em um chat privado comigo — suas configurações são só suas.
settings-back = « Voltar
command-settings = Suas configurações: categoria, modelo, tamanho, idiomas

## /history versions

history-versions = 🗂 Versões ({ $count })
history-version-line = v{ $version } · { $what }
history-original = original
history-your-idea = 💡 Sua ideia: { $idea }
history-item-versions = 🗂 { $count } versões: a mais recente é exibida
