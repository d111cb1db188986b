# Promptsmith — French (français), "vous": the prompt workshop (answers,
# revisions, clarifying questions, /settings). The same message ids and
# placeholders as en.ftl (tests/ui/locales_test.ts). Plurals: one / other
# ("one" is 0 and 1, so the text for one is an exact [1]). Spaces before : ;
# ! ? and inside « » are non-breaking, as in core/fr.ftl.

## The answer

answer-by-ai = ✨ IA
answer-by-offline = ⚡ hors ligne
answer-version = v{ $version }
answer-version-of = v{ $version } ({ $action })
answer-offline-no-keys = Rédigé par le mode hors ligne : ce bot n’a pas d’IA configurée.
answer-offline-unavailable = L’IA est indisponible pour le moment, celui-ci a donc été rédigé par le mode hors ligne. Touchez « Réessayer avec l’IA » pour une version rédigée par l’IA.
answer-offline-empty = L’IA a renvoyé une réponse vide, celui-ci a donc été rédigé par le mode hors ligne.
answer-offline-written = Rédigé par le mode hors ligne, sans l’IA.
answer-fill-in = ✏️ À compléter :
answer-assumed = 💭 Hypothèses :
answer-cut-by-limit = L’IA s’est arrêtée à sa limite de longueur, la fin peut donc manquer. Touchez ✂️ Plus court pour une version compacte.

target-chat = ChatGPT / Gemini
target-claude = Claude
target-reasoning = Modèles de raisonnement
target-midjourney = Midjourney
target-stable_diffusion = Stable Diffusion
target-natural_image = Flux / DALL·E / Imagen
target-video = Sora / Veo / Kling

## The buttons under an answer

workshop-copy = 📋 Copier
workshop-shorter = ✂️ Plus court
workshop-detail = ➕ Plus de détails
workshop-another = 🔁 Autre version
workshop-target = 🎯 Modèle…
workshop-category = 🗂 Catégorie…
workshop-ask = ❓ Questions d’abord
workshop-more = Plus…
workshop-back = « Retour
workshop-not-yours = Seule la personne qui a demandé ce prompt peut le modifier.
workshop-expired = Je n’ai plus ce prompt (il a expiré ou a été supprimé), je ne peux donc pas le modifier. Renvoyez votre idée.
workshop-started = C’est parti…
workshop-already = J’y travaille déjà.
workshop-target-current = Ce prompt est déjà pour ce modèle.
workshop-category-current = Ce prompt est déjà dans cette catégorie.
workshop-queued = { $ahead ->
    [1] En file d’attente : je m’en occupe juste après le prompt que je rédige.
   *[other] En file d’attente : { $ahead } prompts passent avant celui-ci.
  }
workshop-queue-full = { $max ->
    [1] Un prompt attend déjà. Réessayez une fois que j’y aurai répondu.
   *[other] { $max } prompts attendent déjà. Réessayez une fois que j’aurai répondu à l’un d’eux.
  }
workshop-reply-empty = Dites-moi quoi changer, par exemple : « plus formel » ou « ajoute deux exemples ».
workshop-change-latest = ✏️ Je modifie votre dernier prompt. Pour un nouveau, envoyez-le avec /enhance.

revision-shorter = ✂️ plus court
revision-detail = ➕ plus de détails
revision-another = 🔁 autre version
revision-target = 🎯 nouveau modèle
revision-category = 🗂 nouvelle catégorie
revision-ask = ❓ après questions
revision-reply = ✍️ votre modification

## Clarifying questions

questions-intro = ❓ Une petite question pour que le prompt corresponde à vos besoins ({ $n }/{ $total }) :
questions-typed-hint = Touchez une réponse ou écrivez la vôtre.
questions-skip-one = Passer celle-ci
questions-skip-all = ⏭ Passer et rédiger
questions-expired = Ces questions ont expiré. Renvoyez votre idée.
questions-not-yours = Ces questions s’adressent à la personne qui a fait la demande.
questions-done = ✓ Merci — je rédige votre prompt…
questions-answered = { $question } — { $answer }
questions-typed-which = Est-ce votre réponse à « { $question } » ou une nouvelle idée ?
questions-typed-answer = ✍️ Ma réponse
questions-typed-idea = ✨ Nouvelle idée
questions-typed-as-answer = ✓ Pris comme votre réponse.
questions-typed-as-idea = ✓ Pris comme une nouvelle idée.
questions-set-aside = Ces questions sont mises de côté pour votre nouvelle idée.
questions-typed-replaced = Un texte plus récent a pris sa place.
questions-typed-unused = Non utilisé : la question a reçu une autre réponse.

## /settings

settings-title = ⚙️ Vos réglages. Touchez-en un pour le modifier :
settings-category = 🗂 Catégorie : { $value }
settings-target = 🎯 Modèle : { $value }
settings-length = 📏 Longueur : { $value }
settings-clarify = ❓ Questions d’abord : { $value }
settings-answer-language = 🌐 Langue des prompts : { $value }
settings-language = 🗣 Ma langue : { $value }
settings-pick-category = 🗂 Quel type de prompts dois-je écrire ? Automatique choisit d’après ce que vous écrivez.
settings-pick-target = 🎯 Pour quel modèle sont vos prompts ? Automatique choisit le plus adapté à chaque catégorie.
settings-pick-length = 📏 Quelle longueur pour les prompts ?
settings-pick-clarify = ❓ Quand dois-je poser quelques questions avant d’écrire ?
settings-pick-answer-language = 🌐 Dans quelle langue rédiger les prompts ? Automatique : la langue dans laquelle vous écrivez (les prompts d’image et de vidéo sont en anglais).
settings-pick-language = 🗣 Dans quelle langue dois-je vous parler ?
settings-target-auto = Automatique
settings-length-concise = Concis
settings-length-standard = Standard
settings-length-detailed = Détaillé
settings-clarify-never = Jamais
settings-clarify-auto = Si c’est flou
settings-clarify-always = Toujours
settings-answer-language-auto = Automatique
settings-language-auto = Automatique
settings-saved = ✓ Enregistré
settings-expired = Ce bouton a expiré. Envoyez /settings pour rouvrir vos réglages.
settings-private-only = Utilisez /settings dans une discussion privée avec moi : vos réglages ne regardent que vous.
settings-back = « Retour
command-settings = Vos réglages : catégorie, modèle, longueur, langues

## /history versions

history-versions = 🗂 Versions ({ $count })
history-version-line = v{ $version } · { $what }
history-original = originale
history-your-idea = 💡 Votre idée : { $idea }
history-item-versions = 🗂 { $count } versions : la plus récente est affichée
