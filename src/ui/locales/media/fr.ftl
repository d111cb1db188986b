# Promptsmith — français, zone médias : messages vocaux, images, fichiers, mode inline.

## Messages vocaux, fichiers audio, messages vidéo

voice-heard =
    🎙 J’ai entendu : « { $text } »

    Répondez à ce message avec une correction et je réécrirai le prompt à partir d’elle.
voice-no-keys = 🎙 Je ne peux pas transcrire les messages vocaux ici : aucune clé d’IA n’est configurée pour la parole, et le mode hors ligne ne sait pas transcrire. Envoyez plutôt votre idée par écrit.
voice-too-long = 🎙 Cet enregistrement dure plus de { $max }, le maximum que je transcris. Envoyez-en un plus court, ou votre idée par écrit.
voice-too-large = 🎙 Ce fichier dépasse { $max } Mo, le maximum que je peux télécharger. Envoyez un enregistrement plus court, ou votre idée par écrit.
rejected-voice-no-keys = 🎙 Je ne peux pas transcrire les messages vocaux ici : aucune clé d’IA n’est configurée pour la parole, et le mode hors ligne ne sait pas transcrire. Envoyez plutôt votre idée par écrit.
rejected-voice-too-long = 🎙 Cet enregistrement est trop long pour que je le transcrive. Envoyez-en un plus court, ou votre idée par écrit.
rejected-voice-too-large = 🎙 Cet enregistrement est trop volumineux pour que je le télécharge. Envoyez-en un plus court, ou votre idée par écrit.
rejected-voice-unavailable = 🎙 Je n’ai pas pu transcrire votre message vocal : le service de reconnaissance vocale est indisponible pour le moment, et le mode hors ligne ne sait pas transcrire. Réessayez plus tard, ou envoyez votre idée par écrit.
rejected-voice-failed = 🎙 Le service de reconnaissance vocale n’a pas pu lire cet enregistrement. Enregistrez-le à nouveau, ou envoyez votre idée par écrit.
rejected-voice-empty = 🎙 Je n’ai entendu aucun mot dans cet enregistrement. Réessayez un peu plus près du micro, ou envoyez votre idée par écrit.

## Images

photo-offline = 🖼 Je ne peux pas regarder d’images pour le moment : il faut l’IA, et aucune n’est configurée. Décrivez l’image avec des mots et j’écrirai le prompt.
photo-too-large = 🖼 Cette image dépasse { $max } Mo, le maximum que je peux lire. Envoyez-en une plus petite.
rejected-photo-offline = 🖼 Je ne peux pas regarder d’images pour le moment : il faut l’IA, et aucune n’est configurée. Décrivez l’image avec des mots et j’écrirai le prompt.
rejected-photo-too-large = 🖼 Cette image est trop volumineuse pour que je la lise. Envoyez-en une plus petite.
rejected-image-unreadable = 🖼 Je n’ai pas pu lire cette image. Envoyez-la en JPEG, PNG, WebP ou GIF.
rejected-needs-ai = 🖼 Transformer une image en prompt demande l’IA, indisponible pour le moment. Réessayez plus tard, ou décrivez l’image avec des mots.

## Fichiers

document-unsupported = Je ne sais pas lire ce type de fichier. J’accepte les fichiers texte (.txt, .md et autre texte brut), les images (JPEG, PNG, WebP, GIF), les messages vocaux et les fichiers audio. Ou envoyez simplement votre idée en message.
document-too-large = Ce fichier est trop long : un prompt peut compter jusqu’à { $max } caractères. Envoyez un fichier plus court, ou la partie importante en message.
rejected-document-too-long = Ce fichier est trop long pour un seul prompt. Envoyez un fichier plus court, ou la partie importante en message.
rejected-document-not-utf8 = Ce fichier n’est pas du texte brut en UTF-8, je ne peux donc pas le lire. Enregistrez-le en texte UTF-8 (.txt ou .md), ou collez son texte dans un message.
rejected-document-empty = Ce fichier est vide : il ne contient aucune idée sur laquelle travailler.
rejected-file-gone = Je ne peux plus récupérer ce fichier auprès de Telegram. Envoyez-le à nouveau, s’il vous plaît.

## Tout le reste

sticker-reply = Joli sticker ! 😄 Envoyez-moi une idée par écrit, en message vocal ou en image, et j’en ferai un prompt.
animation-reply = Drôle de GIF ! Mais je ne peux pas regarder les animations : envoyez-moi votre idée par écrit, par la voix ou en image.
location-reply = 📍 Merci, mais je n’ai pas besoin d’une position. Racontez-moi votre idée par écrit ou en message vocal.
media-unsupported = Je ne peux pas utiliser ce type de message. Envoyez-moi votre idée par écrit, en message vocal, en image ou en fichier .txt/.md.

## Mode inline (@bot idée dans n’importe quelle discussion)

inline-ai-title = ✨ Version de l’IA
inline-ai-description = Envoie tout de suite la version rapide ; l’IA la réécrit ensuite sur place.
inline-ai-pending = ✨ L’IA écrit une meilleure version…
inline-result-title = { $category } · { $target }
inline-edit-button = ✏️ Modifier l’idée
inline-help-button = Tapez une idée après mon nom
inline-limited-button = ⏳ Limite atteinte : réessayez dans { $wait }
