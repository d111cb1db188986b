# Promptsmith — Portuguese (português), neutral with Brazilian usage, "você".
# The same message ids and placeholders as en.ftl (tests/ui/locales_test.ts).
# Plurals: one / other ("one" is 0 and 1 in Portuguese).

## Commands in Telegram's menu

command-start = O que o Promptsmith faz
command-help = Como usar o bot
command-enhance = Aprimorar um rascunho de prompt (funciona em grupos)
command-category = Escolher o tipo de prompt que eu escrevo
command-language = Escolher o idioma em que eu falo
command-history = Seus prompts recentes
command-clearhistory = Apagar seu histórico de prompts
command-keys = Estado das chaves de IA (administradores)

## /start and /help

start-greeting = Olá, { $name }! Eu sou o Promptsmith ✨
start-greeting-anonymous = Olá! Eu sou o Promptsmith ✨
start-body =
    Envie uma ideia em rascunho — uma frase basta — e eu a transformo em um prompt forte e bem estruturado para ChatGPT, Claude, Gemini ou um modelo de imagem.

    Experimente: “um logotipo para uma cafeteria administrada por gatos” ou “script em Python que renomeia fotos pela data”.

    /help mostra tudo o que eu sei fazer.
help-title = Como usar o Promptsmith:
help-send = ✍️ Me envie uma ideia do jeito que quiser:
help-send-text = • 💬 Uma mensagem, com até { $max } caracteres
help-send-voice = • 🎙 Uma mensagem de voz, um áudio ou uma mensagem de vídeo: primeiro eu transcrevo
help-send-photo = • 🖼 Uma foto ou um álbum: a legenda é a ideia; sem legenda, escrevo um prompt que recria a imagem
help-send-file = • 📄 Um arquivo de texto (.txt, .md)

help-shape = ✨ Depois, ajuste a resposta:
help-shape-buttons = • Com os botões abaixo dela: ✂️ Mais curto, ➕ Mais detalhes, 🔁 Outra versão, 🎯 Modelo… e mais
help-shape-reply = • Responda a ela com uma alteração (“mais formal”, “acrescente dois exemplos”) e eu a reviso
help-shape-type = • No nosso chat privado você também pode só escrever a alteração logo após a resposta; /enhance <ideia> sempre começa um prompt novo
help-shape-settings = • /settings: categoria, modelo de destino, tamanho, perguntas antes e idiomas

help-elsewhere = 👥 Em outros chats:
help-groups = • Em um grupo: /enhance <sua ideia>, uma resposta a uma das minhas mensagens ou uma menção
help-inline = • Em qualquer chat: digite @{ $bot } e sua ideia, depois toque em um prompt para enviá-lo

help-commands = 📋 Comandos:

help-categories = Categorias que eu conheço: { $categories }. Com /category você escolhe a que eu uso para você.
help-history = { $limit ->
    [one] Eu guardo seu último prompt: /history e /clearhistory funcionam em um chat privado.
   *[other] Eu guardo seus últimos { $limit } prompts: /history e /clearhistory funcionam em um chat privado.
  }

## Enhancing

enhance-usage =
    Envie /enhance seguido da sua ideia, por exemplo:
    /enhance um cartaz para uma noite de jazz
enhance-busy = ⏳ Ainda estou trabalhando no seu prompt anterior. Faço um de cada vez — envie este de novo quando aquela resposta chegar.
enhance-queued = { $ahead ->
    [1] ⏳ Na fila: vou escrever este logo depois do prompt em que estou trabalhando.
   *[other] ⏳ Na fila: há { $ahead } prompts antes deste. Vou respondê-los em ordem.
  }
enhance-queue-full = { $max ->
    [1] ⏳ Já há um prompt esperando atrás do que estou escrevendo. Envie este de novo quando eu o tiver respondido.
   *[other] ⏳ Já há { $max } prompts esperando atrás do que estou escrevendo. Envie este de novo quando eu tiver respondido um deles.
  }
prompt-empty = Seu prompt está vazio. Envie uma ideia aproximada do que você quer, por exemplo: “um poema de aniversário para minha irmã, que adora fazer trilhas”.
prompt-too-long = Seu prompt tem { $length } caracteres; o limite é { $max }. Encurte-o e envie de novo.
prompt-no-words = Sua mensagem não tem palavras com que eu possa trabalhar. Envie uma ideia aproximada do que você quer, por exemplo: “um poema de aniversário para minha irmã, que adora fazer trilhas”.
prompt-only-links = Não consigo abrir links. Diga o que você quer fazer com ele, por exemplo: “resuma este artigo para uma newsletter: <link>”.
rejected-too-long = Seu prompt é longo demais para o modelo de IA. Encurte-o e envie de novo.
rejected-content-policy = O provedor de IA recusou este prompt com base na política de conteúdo dele. Reformule e tente de novo.
rejected-unknown-model = O modelo de IA que este bot está configurado para usar não está disponível. Por favor, avise o administrador do bot.
rejected-invalid-request = O provedor de IA rejeitou esta solicitação. Tente reformular ou encurtar seu prompt; se continuar acontecendo, avise o administrador do bot.
job-gave-up = Desculpe, não consegui terminar seu último prompt. Envie de novo, por favor.

answer-cut-caption = { $parts ->
    [one] ✂️ A resposta era longa demais para o chat, então a mensagem acima para depois da primeira parte. Aqui está a resposta completa.
   *[other] ✂️ A resposta era longa demais para o chat, então as mensagens acima param depois de { $parts } partes. Aqui está a resposta completa.
  }

## "Try again with AI"

retry-button = 🔁 Tentar de novo com IA
retry-not-yours = Só quem pediu este prompt pode tentar de novo.
retry-expired = Este botão expirou. Envie seu prompt de novo.
retry-wait = Espere um pouco antes de tentar de novo.
retry-started = Tentando de novo com IA…

retry-ai-unavailable-soon = A IA está indisponível agora; a próxima tentativa será possível em cerca de { $wait }. Quando ela voltar (em até { $within }), tento este prompt de novo automaticamente e respondo aqui.
retry-ai-unavailable-parked = A IA está indisponível agora; nova tentativa só quando uma verificação de chave der certo (a cada { $interval }). Quando ela voltar (em até { $within }), tento de novo automaticamente e respondo aqui.

## Limits

limit-burst = { $max ->
    [one] Você está enviando prompts rápido demais: o limite é de um prompt por minuto. Tente de novo em { $wait }.
   *[other] Você está enviando prompts rápido demais: o limite é de { $max } prompts por minuto. Tente de novo em { $wait }.
  }
limit-daily = { $max ->
    [one] Você atingiu seu limite diário de um prompt. Ele é zerado em { $wait } (às 00:00 UTC).
   *[other] Você atingiu seu limite diário de { $max } prompts. Ele é zerado em { $wait } (às 00:00 UTC).
  }
limit-global = { $max ->
    [one] O Promptsmith está no limite de um prompt por minuto para todo mundo agora. Tente de novo em { $wait }.
   *[other] O Promptsmith está no limite de { $max } prompts por minuto para todo mundo agora. Tente de novo em { $wait }.
  }

limit-share = { $max ->
    [one] Muita gente está enviando prompts agora, então o Promptsmith divide de forma justa o seu único prompt por minuto, e você já usou a sua parte neste minuto. Tente de novo em { $wait }.
   *[other] Muita gente está enviando prompts agora, então o Promptsmith divide de forma justa os seus { $max } prompts por minuto, e você já usou a sua parte neste minuto. Tente de novo em { $wait }.
  }

## /history

history-private-only = Use /history em um chat privado comigo — assim seus prompts continuam privados.
history-empty = Ainda não há prompts. Envie uma ideia em rascunho e ela vai aparecer aqui.
history-heading = { $total ->
    [one] 🕘 Seu prompt recente, página { $page } de { $pages }:
   *[other] 🕘 Seus prompts recentes ({ $total }, os mais novos primeiro), página { $page } de { $pages }:
  }
history-item-summary =
    { $n }. { $when } UTC · { $category } · { $source ->
        [ai] IA
       *[offline] offline
    }
    “{ $prompt }”
    → { $result }
history-tap-hint = Toque em um número para ver o prompt completo.
history-newer = ‹ Mais novos
history-older = Mais antigos ›
history-item-gone = Esse prompt não está mais no seu histórico.
history-item-truncated = (O resultado salvo foi encurtado para caber.)
history-already-empty = Seu histórico já está vazio.
history-clear-confirm = { $count ->
    [one] Apagar o único prompt do seu histórico? Isso não pode ser desfeito.
   *[other] Apagar todos os { $count } prompts do seu histórico? Isso não pode ser desfeito.
  }
history-clear-yes = { $count ->
    [1] 🗑 Apagar
   *[other] 🗑 Apagar tudo
  }
history-clear-no = Manter
history-kept = Seu histórico foi mantido.
history-cleared = { $count ->
    [one] { $count } prompt apagado do seu histórico.
   *[other] { $count } prompts apagados do seu histórico.
  }

## /category

category-private-only = Use /category em um chat privado comigo — suas configurações são só suas.
category-current =
    Sua categoria: { $emoji } { $title } — { $description }.

    Ela define os prompts que eu escrevo para você. Toque em outra para mudar:
category-saved =
    ✓ Salvo. Agora seus prompts usam { $emoji } { $title } — { $description }.

    Toque em outra para mudar de novo:
category-saved-toast = Salvo: { $emoji } { $title }
category-unknown = Não conheço a categoria “{ $name }”. Escolha uma destas:
category-unknown-example = Por exemplo: /category coding — ou envie /category e toque em uma.
category-expired = Este botão expirou. Envie /category para escolher de novo.

category-general-title = Geral
category-general-description = Qualquer pergunta ou tarefa para ChatGPT, Claude, Gemini e similares
category-coding-title = Programação
category-coding-description = Código para escrever, revisar, depurar ou explicar
category-writing-title = Escrita
category-writing-description = Artigos, posts, histórias, poemas e revisão
category-image-title = Imagem
category-image-description = Prompts para Midjourney, DALL·E, Stable Diffusion, Flux
category-research-title = Pesquisa
category-research-description = Perguntas para investigar, comparar, resumir ou verificar fatos
category-business-title = Negócios e marketing
category-business-description = Textos de marketing, estratégia, planos e pitches
category-video-title = Vídeo
category-video-description = Clipes para Sora, Veo, Kling, Runway: planos, câmera, duração
category-system_prompt-title = Prompt de sistema
category-system_prompt-description = Instruções para um assistente, um GPT personalizado ou um agente
category-data-title = Dados / SQL
category-data-description = Consultas SQL, planilhas e análise de dados
category-email-title = E-mails e mensagens
category-email-description = E-mails, cartas, respostas e mensagens de chat
category-learning-title = Aprender / explicar
category-learning-description = Explicações, aulas, planos de estudo e questionários
category-auto-title = Automático
category-auto-description = Eu escolho o tipo de prompt pelo que você escreve

## /language

language-current = Seu idioma: { $language }. Toque em outro para mudar:
language-unknown = Não conheço o idioma “{ $name }”. Envie um código como /language de ou toque em um abaixo.
language-saved = ✓ Idioma salvo: { $language }. A partir de agora, eu falo com você neste idioma.
language-auto = 🌐 Automático (pelo Telegram)
language-saved-auto = ✓ Voltei a seguir o idioma do seu Telegram: { $language }.
language-private-only = Use /language em um chat privado comigo.
language-expired = Este botão expirou. Envie /language para escolher de novo.

## /keys (admins)

keys-private-only = Use /keys em um chat privado comigo: os detalhes das chaves não aparecem em grupos.
keys-none = Nenhuma chave de LLM configurada: os prompts são aprimorados offline.
keys-heading = Chaves de LLM: { $count }, { $inService } em serviço
keys-line =
    { $hint } ({ $provider }): { $state }
    último erro: { $lastError } · sucesso: { $success } · mediana: { $median }
keys-no-error = nenhum
keys-no-attempts = nenhuma tentativa ainda
keys-success-rate = { $percent }% de { $attempts }
keys-state-parked = suspensa até uma verificação de saúde dar certo
keys-state-in-service = em serviço
keys-state-cooling = em pausa, faltam { $left }
keys-state-open-waiting = circuito aberto, testado de novo em { $left }
keys-state-open-next = circuito aberto, a próxima solicitação o testa
keys-state-half-open = semiaberto, em teste

## Anything else

unknown-command = Não conheço esse comando. /help mostra o que eu sei fazer.
text-only = Envie sua ideia como mensagem de texto e eu a transformo em um prompt forte.
button-expired = Este botão expirou. Envie seu pedido de novo.
error-enhance = Desculpe, não consegui terminar esse. Envie de novo daqui a pouco, por favor.
error-generic = Desculpe, algo deu errado do meu lado. Tente de novo, por favor.
