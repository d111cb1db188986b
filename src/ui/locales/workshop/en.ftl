# Promptsmith — English: the prompt workshop (answers, revisions, clarifying
# questions, /settings). The source of every message id of this area.

## The answer

answer-by-ai = ✨ AI
answer-by-offline = ⚡ offline
answer-version = v{ $version }
answer-version-of = v{ $version } ({ $action })
answer-offline-no-keys = Written by the offline enhancer: this bot has no AI set up.
answer-offline-unavailable = The AI is unavailable right now, so the offline enhancer wrote this one. Tap “Try again with AI” for an AI version.
answer-offline-empty = The AI gave an empty answer, so the offline enhancer wrote this one.
answer-offline-written = Written by the offline enhancer, without the AI.
answer-fill-in = ✏️ Fill in:
answer-assumed = 💭 Assumed:
answer-cut-by-limit = The AI stopped at its length limit, so the end may be missing. Tap ✂️ Shorter for a compact version.

target-chat = ChatGPT / Gemini
target-claude = Claude
target-reasoning = Reasoning models
target-midjourney = Midjourney
target-stable_diffusion = Stable Diffusion
target-natural_image = Flux / DALL·E / Imagen
target-video = Sora / Veo / Kling

## The buttons under an answer

workshop-copy = 📋 Copy
workshop-shorter = ✂️ Shorter
workshop-detail = ➕ More detail
workshop-another = 🔁 Another version
workshop-target = 🎯 Target…
workshop-category = 🗂 Category…
workshop-ask = ❓ Ask me first
workshop-more = More…
workshop-back = « Back
workshop-not-yours = Only the person who asked for this prompt can change it.
workshop-expired = I no longer have this prompt (it expired or was deleted), so I can't change it. Send your idea again.
workshop-started = On it…
workshop-already = I'm already working on that.
workshop-target-current = This prompt is already for that target.
workshop-category-current = This prompt is already in that category.
workshop-queued = { $ahead ->
    [one] Queued: I'll do this right after the prompt I'm writing.
   *[other] Queued: { $ahead } prompts are ahead of this one.
  }
workshop-queue-full = { $max ->
    [one] One prompt is already waiting. Try again once I've answered it.
   *[other] { $max } prompts are already waiting. Try again once I've answered one.
  }
workshop-reply-empty = Tell me what to change, for example: “more formal” or “add two examples”.
workshop-change-latest = ✏️ Changing your last prompt. For a new prompt instead, send it with /enhance.

revision-shorter = ✂️ shorter
revision-detail = ➕ more detail
revision-another = 🔁 another version
revision-target = 🎯 new target
revision-category = 🗂 new category
revision-ask = ❓ after questions
revision-reply = ✍️ your change

## Clarifying questions

questions-intro = ❓ A quick question so the prompt fits what you need ({ $n }/{ $total }):
questions-typed-hint = Tap an answer, or type your own.
questions-skip-one = Skip this one
questions-skip-all = ⏭ Skip — just write it
questions-expired = These questions have expired. Send your idea again.
questions-not-yours = These questions are for the person who asked.
questions-done = ✓ Thanks — writing your prompt now…
questions-answered = { $question } — { $answer }
questions-typed-which = Is this your answer to “{ $question }”, or a new idea?
questions-typed-answer = ✍️ My answer
questions-typed-idea = ✨ A new idea
questions-typed-as-answer = ✓ Taken as your answer.
questions-typed-as-idea = ✓ Taken as a new idea.
questions-set-aside = These questions were set aside for your new idea.
questions-typed-replaced = A newer text took this one's place.
questions-typed-unused = Not used: the question was answered another way.

## /settings

settings-title = ⚙️ Your settings. Tap one to change it:
settings-category = 🗂 Category: { $value }
settings-target = 🎯 Model: { $value }
settings-length = 📏 Length: { $value }
settings-clarify = ❓ Questions first: { $value }
settings-answer-language = 🌐 Prompt language: { $value }
settings-language = 🗣 My language: { $value }
settings-pick-category = 🗂 What kind of prompts should I write? Auto picks from what you write.
settings-pick-target = 🎯 Which model are your prompts for? Auto picks the best fit for each category.
settings-pick-length = 📏 How long should the prompts be?
settings-pick-clarify = ❓ When should I ask a few questions before writing?
settings-pick-answer-language = 🌐 Which language should the prompts be in? Auto: the language you write in (image and video prompts are in English).
settings-pick-language = 🗣 Which language should I speak?
settings-target-auto = Auto
settings-length-concise = Concise
settings-length-standard = Standard
settings-length-detailed = Detailed
settings-clarify-never = Never
settings-clarify-auto = When vague
settings-clarify-always = Always
settings-answer-language-auto = Auto
settings-language-auto = Automatic
settings-saved = ✓ Saved
settings-expired = This button has expired. Send /settings to open your settings again.
settings-private-only = Use /settings in a private chat with me — your settings are yours alone.
settings-back = « Back
command-settings = Your settings: category, model, length, languages

## /history versions

history-versions = 🗂 Versions ({ $count })
history-version-line = v{ $version } · { $what }
history-original = original
history-your-idea = 💡 Your idea: { $idea }
history-item-versions = 🗂 { $count } versions: the newest is shown
