# Promptsmith — português, área de mídia: mensagens de voz, imagens, arquivos, modo inline.

## Mensagens de voz, áudios, vídeos redondos

voice-heard =
    🎙 Eu ouvi: “{ $text }”

    Responda a esta mensagem com uma correção e eu escrevo o prompt de novo a partir dela.
voice-no-keys = 🎙 Aqui não consigo transcrever mensagens de voz: nenhuma chave de IA está configurada para fala, e o modo offline não transcreve. Envie sua ideia por texto, por favor.
voice-too-long = 🎙 Esta gravação tem mais de { $max }, o máximo que eu transcrevo. Envie uma mais curta ou sua ideia por texto.
voice-too-large = 🎙 Este arquivo tem mais de { $max } MB, o máximo que consigo baixar. Envie uma gravação mais curta ou sua ideia por texto.
rejected-voice-no-keys = 🎙 Aqui não consigo transcrever mensagens de voz: nenhuma chave de IA está configurada para fala, e o modo offline não transcreve. Envie sua ideia por texto, por favor.
rejected-voice-too-long = 🎙 Esta gravação é longa demais para eu transcrever. Envie uma mais curta ou sua ideia por texto.
rejected-voice-too-large = 🎙 Esta gravação é grande demais para eu baixar. Envie uma mais curta ou sua ideia por texto.
rejected-voice-unavailable = 🎙 Não consegui transcrever sua mensagem de voz: o serviço de fala está indisponível agora, e o modo offline não transcreve. Tente mais tarde ou envie sua ideia por texto.
rejected-voice-failed = 🎙 O serviço de fala não conseguiu ler esta gravação. Grave de novo ou envie sua ideia por texto.
rejected-voice-empty = 🎙 Não ouvi nenhuma palavra nesta gravação. Tente de novo um pouco mais perto do microfone ou envie sua ideia por texto.

## Imagens

photo-offline = 🖼 Agora não consigo ver imagens: isso precisa da IA, e nenhuma está configurada. Descreva a imagem em palavras e eu escrevo o prompt.
photo-too-large = 🖼 Esta imagem tem mais de { $max } MB, o máximo que consigo ler. Envie uma menor.
rejected-photo-offline = 🖼 Agora não consigo ver imagens: isso precisa da IA, e nenhuma está configurada. Descreva a imagem em palavras e eu escrevo o prompt.
rejected-photo-too-large = 🖼 Esta imagem é grande demais para eu ler. Envie uma menor.
rejected-image-unreadable = 🖼 Não consegui ler esta imagem. Envie em JPEG, PNG, WebP ou GIF.
rejected-needs-ai = 🖼 Transformar uma imagem em prompt precisa da IA, que está indisponível agora. Tente mais tarde ou descreva a imagem em palavras.

## Arquivos

document-unsupported = Não consigo ler este tipo de arquivo. Aceito arquivos de texto (.txt, .md e outros textos simples), imagens (JPEG, PNG, WebP, GIF), mensagens de voz e áudios. Ou simplesmente envie sua ideia como mensagem.
document-too-large = Este arquivo é longo demais: um prompt pode ter até { $max } caracteres. Envie um arquivo mais curto ou a parte que importa como mensagem.
rejected-document-too-long = Este arquivo é longo demais para um só prompt. Envie um arquivo mais curto ou a parte que importa como mensagem.
rejected-document-not-utf8 = Este arquivo não é texto simples em UTF-8, então não consigo lê-lo. Salve-o como texto UTF-8 (.txt ou .md) ou cole o texto numa mensagem.
rejected-document-empty = Este arquivo está vazio: não há nenhuma ideia nele para eu trabalhar.
rejected-file-gone = Não consigo mais obter este arquivo do Telegram. Envie-o de novo, por favor.

## Todo o resto

sticker-reply = Que figurinha legal! 😄 Me mande uma ideia por texto, voz ou imagem, e eu a transformo num prompt.
animation-reply = GIF divertido! Mas não consigo ver animações: me mande sua ideia por texto, voz ou imagem.
location-reply = 📍 Obrigado, mas não preciso de localização. Conte sua ideia por texto ou mensagem de voz.
media-unsupported = Não consigo usar este tipo de mensagem. Me mande sua ideia por texto, mensagem de voz, imagem ou arquivo .txt/.md.

## Modo inline (@bot ideia em qualquer chat)

inline-ai-title = ✨ Versão da IA
inline-ai-description = Envia a versão rápida agora; depois a IA a reescreve no lugar.
inline-ai-pending = ✨ A IA está escrevendo uma versão melhor…
inline-result-title = { $category } · { $target }
inline-edit-button = ✏️ Mudar a ideia
inline-help-button = Digite uma ideia depois do meu nome
inline-limited-button = ⏳ Limite atingido: tente em { $wait }
