# Promptsmith — French (français), "vous". The same message ids and
# placeholders as en.ftl (tests/ui/locales_test.ts). Plurals: one / other
# ("one" is 0 and 1 in French). Spaces before : ; ! ? % and inside « » are
# non-breaking (U+00A0 before : and %, inside « »; U+202F before ; ! ?).

## Commands in Telegram's menu

command-start = Ce que fait Promptsmith
command-help = Comment utiliser le bot
command-enhance = Améliorer un brouillon de prompt (fonctionne en groupe)
command-category = Choisir le type de prompt que j’écris
command-language = Choisir la langue dans laquelle je parle
command-history = Vos prompts récents
command-clearhistory = Supprimer votre historique de prompts
command-keys = État des clés d’IA (admins)

## /start and /help

start-greeting = Bonjour, { $name } ! Je suis Promptsmith ✨
start-greeting-anonymous = Bonjour ! Je suis Promptsmith ✨
start-body =
    Envoyez-moi une idée brute — une phrase suffit — et j’en ferai un prompt solide et bien structuré pour ChatGPT, Claude, Gemini ou un modèle d’images.

    Essayez : « un logo pour un café tenu par des chats » ou « script Python qui renomme des photos par date ».

    /help liste tout ce que je sais faire.
help-title = Comment utiliser Promptsmith :
help-send = ✍️ Envoyez-moi une idée, sous la forme de votre choix :
help-send-text = • 💬 Un message, jusqu’à { $max } caractères
help-send-voice = • 🎙 Un message vocal, un fichier audio ou un message vidéo : je le transcris d’abord
help-send-photo = • 🖼 Une photo ou un album : la légende est l’idée ; sans légende, j’écris un prompt qui recrée l’image
help-send-file = • 📄 Un fichier texte (.txt, .md)

help-shape = ✨ Puis peaufinez la réponse :
help-shape-buttons = • Avec les boutons en dessous : ✂️ Plus court, ➕ Plus de détails, 🔁 Autre version, 🎯 Modèle… et d’autres
help-shape-reply = • Répondez-y avec une modification (« plus formel », « ajoute deux exemples ») et je la retravaille
help-shape-type = • Dans notre chat privé, vous pouvez aussi écrire la modification juste après la réponse ; /enhance <idée> commence toujours un nouveau prompt
help-shape-settings = • /settings : catégorie, modèle cible, longueur, questions préalables, langues

help-elsewhere = 👥 Dans d’autres discussions :
help-groups = • Dans un groupe : /enhance <votre idée>, une réponse à l’un de mes messages ou une mention
help-inline = • Dans n’importe quelle discussion : tapez @{ $bot } et votre idée, puis touchez un prompt pour l’envoyer

help-commands = 📋 Commandes :

help-categories = Catégories que je connais : { $categories }. /category choisit celle que j’utilise pour vous.
help-history = { $limit ->
    [one] Je garde votre dernier prompt : /history et /clearhistory fonctionnent en discussion privée.
   *[other] Je garde vos { $limit } derniers prompts : /history et /clearhistory fonctionnent en discussion privée.
  }

## Enhancing

enhance-usage =
    Envoyez /enhance suivi de votre idée, par exemple :
    /enhance une affiche pour une soirée jazz
enhance-busy = ⏳ Je travaille encore sur votre prompt précédent. J’en traite un à la fois : renvoyez celui-ci dès que la réponse sera arrivée.
enhance-queued = { $ahead ->
    [1] ⏳ En file d’attente : je rédige celui-ci juste après le prompt en cours.
   *[other] ⏳ En file d’attente : { $ahead } prompts passent avant celui-ci. J’y réponds dans l’ordre.
  }
enhance-queue-full = { $max ->
    [1] ⏳ Un prompt attend déjà derrière celui que je rédige. Renvoyez celui-ci quand j’y aurai répondu.
   *[other] ⏳ { $max } prompts attendent déjà derrière celui que je rédige. Renvoyez celui-ci quand j’aurai répondu à l’un d’eux.
  }
prompt-empty = Votre prompt est vide. Envoyez une idée approximative de ce que vous voulez, par exemple : « un poème d’anniversaire pour ma sœur qui adore la randonnée ».
prompt-too-long = Votre prompt fait { $length } caractères ; la limite est de { $max }. Raccourcissez-le et renvoyez-le.
prompt-no-words = Votre message ne contient aucun mot avec lequel travailler. Envoyez une idée approximative de ce que vous voulez, par exemple : « un poème d’anniversaire pour ma sœur qui adore la randonnée ».
prompt-only-links = Je ne peux pas ouvrir les liens. Dites ce que vous voulez en faire, par exemple : « résume cet article pour une newsletter : <lien> ».
rejected-too-long = Votre prompt est trop long pour le modèle d’IA. Raccourcissez-le et renvoyez-le.
rejected-content-policy = Le fournisseur d’IA a refusé ce prompt en vertu de sa politique de contenu. Reformulez-le et réessayez.
rejected-unknown-model = Le modèle d’IA que ce bot doit utiliser n’est pas disponible. Merci de prévenir l’administrateur du bot.
rejected-invalid-request = Le fournisseur d’IA a rejeté cette requête. Essayez de reformuler ou de raccourcir votre prompt ; si le problème persiste, merci de prévenir l’administrateur du bot.
job-gave-up = Désolé, je n’ai pas pu terminer votre dernier prompt. Merci de le renvoyer.

answer-cut-caption = { $parts ->
    [one] ✂️ La réponse était trop longue pour la discussion : le message ci-dessus s’arrête après la première partie. La voici en entier.
   *[other] ✂️ La réponse était trop longue pour la discussion : les messages ci-dessus s’arrêtent après { $parts } parties. La voici en entier.
  }

## "Try again with AI"

retry-button = 🔁 Réessayer avec l’IA
retry-not-yours = Seule la personne qui a demandé ce prompt peut le relancer.
retry-expired = Ce bouton a expiré. Renvoyez votre prompt.
retry-wait = Merci de patienter un peu avant de réessayer.
retry-started = Nouvel essai avec l’IA…

retry-ai-unavailable-soon = L’IA est indisponible pour le moment ; prochain essai possible dans { $wait } environ. À son retour (d’ici { $within }), je relancerai ce prompt de moi-même et vous répondrai ici.
retry-ai-unavailable-parked = L’IA est indisponible pour le moment ; nouvel essai dès qu’une vérification de clé réussira (toutes les { $interval }). À son retour (d’ici { $within }), je relancerai ce prompt et vous répondrai ici.

## Limits

limit-burst = { $max ->
    [one] Vous envoyez des prompts trop vite : la limite est d’un prompt par minute. Réessayez dans { $wait }.
   *[other] Vous envoyez des prompts trop vite : la limite est de { $max } prompts par minute. Réessayez dans { $wait }.
  }
limit-daily = { $max ->
    [one] Vous avez atteint votre limite quotidienne d’un prompt. Elle sera réinitialisée dans { $wait } (à 00:00 UTC).
   *[other] Vous avez atteint votre limite quotidienne de { $max } prompts. Elle sera réinitialisée dans { $wait } (à 00:00 UTC).
  }
limit-global = { $max ->
    [one] Promptsmith a atteint pour l’instant sa limite d’un prompt par minute pour tout le monde. Réessayez dans { $wait }.
   *[other] Promptsmith a atteint pour l’instant sa limite de { $max } prompts par minute pour tout le monde. Réessayez dans { $wait }.
  }

limit-share = { $max ->
    [one] Beaucoup de monde envoie des prompts en ce moment : Promptsmith partage équitablement son unique prompt par minute, et vous avez eu votre part pour cette minute. Réessayez dans { $wait }.
   *[other] Beaucoup de monde envoie des prompts en ce moment : Promptsmith partage équitablement ses { $max } prompts par minute, et vous avez eu votre part pour cette minute. Réessayez dans { $wait }.
  }

## /history

history-private-only = Utilisez /history dans une discussion privée avec moi : vos prompts restent ainsi privés.
history-empty = Aucun prompt pour l’instant. Envoyez-moi une idée brute et elle apparaîtra ici.
history-heading = { $total ->
    [one] 🕘 Votre prompt récent, page { $page } sur { $pages } :
   *[other] 🕘 Vos prompts récents ({ $total }, du plus récent au plus ancien), page { $page } sur { $pages } :
  }
history-item-summary =
    { $n }. { $when } UTC · { $category } · { $source ->
        [ai] IA
       *[offline] hors ligne
    }
    « { $prompt } »
    → { $result }
history-tap-hint = Touchez un numéro pour voir le prompt complet.
history-newer = ‹ Plus récents
history-older = Plus anciens ›
history-item-gone = Ce prompt n’est plus dans votre historique.
history-item-truncated = (Le résultat enregistré a été raccourci pour tenir.)
history-already-empty = Votre historique est déjà vide.
history-clear-confirm = { $count ->
    [one] Supprimer le seul prompt de votre historique ? Cette action est irréversible.
   *[other] Supprimer les { $count } prompts de votre historique ? Cette action est irréversible.
  }
history-clear-yes = { $count ->
    [1] 🗑 Le supprimer
   *[other] 🗑 Tout supprimer
  }
history-clear-no = Conserver
history-kept = Votre historique est conservé.
history-cleared = { $count ->
    [one] { $count } prompt supprimé de votre historique.
   *[other] { $count } prompts supprimés de votre historique.
  }

## /category

category-private-only = Utilisez /category dans une discussion privée avec moi : vos réglages ne regardent que vous.
category-current =
    Votre catégorie : { $emoji } { $title } — { $description }.

    Elle oriente les prompts que j’écris pour vous. Touchez-en une autre pour la changer :
category-saved =
    ✓ Enregistré. Vos prompts utilisent désormais { $emoji } { $title } — { $description }.

    Touchez-en une autre pour la changer à nouveau :
category-saved-toast = Enregistré : { $emoji } { $title }
category-unknown = Je ne connais pas la catégorie « { $name } ». Choisissez parmi :
category-unknown-example = Par exemple : /category coding — ou envoyez /category et touchez-en une.
category-expired = Ce bouton a expiré. Envoyez /category pour choisir à nouveau.

category-general-title = Général
category-general-description = Toute question ou tâche pour ChatGPT, Claude, Gemini et consorts
category-coding-title = Programmation
category-coding-description = Du code à écrire, relire, déboguer ou expliquer
category-writing-title = Rédaction
category-writing-description = Articles, publications, récits, poèmes et relecture
category-image-title = Image
category-image-description = Prompts pour Midjourney, DALL·E, Stable Diffusion, Flux
category-research-title = Recherche
category-research-description = Questions à explorer, comparer, résumer ou vérifier
category-business-title = Business et marketing
category-business-description = Textes marketing, stratégie, plans et pitchs
category-video-title = Vidéo
category-video-description = Clips pour Sora, Veo, Kling, Runway : plans, caméra, durée
category-system_prompt-title = Prompt système
category-system_prompt-description = Instructions pour un assistant, un GPT personnalisé ou un agent
category-data-title = Données / SQL
category-data-description = Requêtes SQL, tableurs et analyse de données
category-email-title = E-mails et messages
category-email-description = E-mails, lettres, réponses et messages de chat
category-learning-title = Apprendre / expliquer
category-learning-description = Explications, leçons, plans d’étude et quiz
category-auto-title = Automatique
category-auto-description = Je choisis le type de prompt d’après ce que vous écrivez

## /language

language-current = Votre langue : { $language }. Touchez-en une autre pour la changer :
language-unknown = Je ne connais pas la langue « { $name } ». Envoyez un code comme /language de, ou touchez-en une ci-dessous.
language-saved = ✓ Langue enregistrée : { $language }. Désormais, je vous parle dans cette langue.
language-auto = 🌐 Automatique (selon Telegram)
language-saved-auto = ✓ J’utilise de nouveau la langue de votre Telegram : { $language }.
language-private-only = Utilisez /language dans une discussion privée avec moi.
language-expired = Ce bouton a expiré. Envoyez /language pour choisir à nouveau.

## /keys (admins)

keys-private-only = Utilisez /keys dans une discussion privée avec moi : les détails des clés n’ont pas leur place dans les groupes.
keys-none = Aucune clé LLM configurée : les prompts sont améliorés hors ligne.
keys-heading = Clés LLM : { $count }, dont { $inService } en service
keys-line =
    { $hint } ({ $provider }) : { $state }
    dernière erreur : { $lastError } · réussite : { $success } · médiane : { $median }
keys-no-error = aucune
keys-no-attempts = aucune tentative pour l’instant
keys-success-rate = { $percent } % sur { $attempts }
keys-state-parked = mise de côté jusqu’à la réussite d’un test de santé
keys-state-in-service = en service
keys-state-cooling = en refroidissement, encore { $left }
keys-state-open-waiting = circuit ouvert, nouveau test dans { $left }
keys-state-open-next = circuit ouvert, la prochaine requête le testera
keys-state-half-open = semi-ouvert, en cours de test

## Anything else

unknown-command = Je ne connais pas cette commande. /help liste ce que je sais faire.
text-only = Envoyez-moi votre idée sous forme de message texte et j’en ferai un prompt solide.
button-expired = Ce bouton a expiré. Renvoyez votre demande.
error-enhance = Désolé, je n’ai pas pu terminer celui-ci. Merci de le renvoyer dans un instant.
error-generic = Désolé, un problème est survenu de mon côté. Merci de réessayer.
