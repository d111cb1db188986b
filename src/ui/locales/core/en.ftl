# Promptsmith — English. The source of every message id: every other locale
# has exactly these ids, with the same placeholders (tests/ui/locales_test.ts).

## Commands in Telegram's menu

command-start = What Promptsmith does
command-help = How to use the bot
command-enhance = Enhance a rough prompt (works in groups)
command-category = Choose the kind of prompt I write
command-language = Choose the language I speak
command-history = Your recent prompts
command-clearhistory = Delete your prompt history
command-keys = State of the AI keys (admins)

## /start and /help

start-greeting = Hi, { $name }! I'm Promptsmith ✨
start-greeting-anonymous = Hi! I'm Promptsmith ✨
start-body =
    Send me a rough idea — a sentence is enough — and I'll turn it into a strong, structured prompt for ChatGPT, Claude, Gemini or an image model.

    Try: "a logo for a coffee shop run by cats" or "python script that renames photos by date".

    /help lists everything I can do.
help-title = How to use Promptsmith:
help-send = ✍️ Send me an idea, in any form:
help-send-text = • 💬 A message, up to { $max } characters
help-send-voice = • 🎙 A voice message, audio file or video note: I transcribe it first
help-send-photo = • 🖼 A photo or an album: the caption is the idea; without one, I write a prompt that recreates the picture
help-send-file = • 📄 A text file (.txt, .md)

help-shape = ✨ Then shape the answer:
help-shape-buttons = • With the buttons under it: ✂️ Shorter, ➕ More detail, 🔁 Another version, 🎯 Target… and more
help-shape-reply = • Reply to it with a change (“more formal”, “add two examples”) and I'll revise it
help-shape-type = • In our private chat you can also just type the change right after the answer; /enhance <idea> always starts a new prompt
help-shape-settings = • /settings: category, target model, length, questions first, languages

help-elsewhere = 👥 Beyond this chat:
help-groups = • In a group: /enhance <your idea>, a reply to one of my messages, or a mention of me
help-inline = • In any chat: type @{ $bot } and your idea, then tap a prompt to send it

help-commands = 📋 Commands:

help-categories = Categories I know: { $categories }. /category picks the one I use for you.
help-history = { $limit ->
    [one] I keep your last prompt: /history and /clearhistory work in a private chat.
   *[other] I keep your last { $limit } prompts: /history and /clearhistory work in a private chat.
  }

## Enhancing

enhance-usage =
    Send /enhance followed by your idea, for example:
    /enhance a poster for a jazz night
enhance-busy = ⏳ I'm still working on your previous prompt. I take one at a time — send this one again once that answer arrives.
enhance-queued = { $ahead ->
    [one] ⏳ Queued: I'll write this one right after the prompt I'm working on.
   *[other] ⏳ Queued: { $ahead } prompts are ahead of this one. I'll answer them in order.
  }
enhance-queue-full = { $max ->
    [one] ⏳ One prompt is already waiting behind the one I'm writing. Send this one again once I've answered it.
   *[other] ⏳ { $max } prompts are already waiting behind the one I'm writing. Send this one again once I've answered one of them.
  }
prompt-empty = Your prompt is empty. Send a rough idea of what you want, for example: “a birthday poem for my sister who loves hiking”.
prompt-too-long = Your prompt is { $length } characters; the limit is { $max }. Shorten it and send it again.
prompt-no-words = There are no words in your message for me to work with. Send a rough idea of what you want, for example: “a birthday poem for my sister who loves hiking”.
prompt-only-links = I can't open links. Say what you want done with it, for example: “summarize this article for a newsletter: <link>”.
rejected-too-long = Your prompt is too long for the AI model. Shorten it and send it again.
rejected-content-policy = The AI provider declined this prompt under its content policy. Rephrase it and try again.
rejected-unknown-model = The AI model this bot is set up to use is not available. Please tell the bot's administrator.
rejected-invalid-request = The AI provider rejected this request. Try rephrasing or shortening your prompt; if it keeps happening, please tell the bot's administrator.
job-gave-up = Sorry, I couldn't finish your last prompt. Please send it again.

answer-cut-caption = { $parts ->
    [one] ✂️ The answer was too long for the chat, so the message above stops after the first part. Here it is in full.
   *[other] ✂️ The answer was too long for the chat, so the messages above stop after { $parts } parts. Here it is in full.
  }

## "Try again with AI"

retry-button = 🔁 Try again with AI
retry-not-yours = Only the person who asked for this prompt can retry it.
retry-expired = This button has expired. Send your prompt again.
retry-wait = Please wait a little before trying again.
retry-started = Trying again with AI…

retry-ai-unavailable-soon = The AI is unavailable right now; the next try is possible in about { $wait }. I'll retry this prompt by myself when it's back (within { $within }) and answer here.
retry-ai-unavailable-parked = The AI is unavailable right now; the next try is possible once a key check succeeds (every { $interval }). I'll retry this prompt by myself when it's back (within { $within }) and answer here.

## Limits

limit-burst = { $max ->
    [one] You're sending prompts too quickly: the limit is one prompt per minute. Try again in { $wait }.
   *[other] You're sending prompts too quickly: the limit is { $max } prompts per minute. Try again in { $wait }.
  }
limit-daily = { $max ->
    [one] You've reached your daily limit of one prompt. It resets in { $wait } (at 00:00 UTC).
   *[other] You've reached your daily limit of { $max } prompts. It resets in { $wait } (at 00:00 UTC).
  }
limit-global = { $max ->
    [one] Promptsmith is at its limit of one prompt per minute for everyone right now. Try again in { $wait }.
   *[other] Promptsmith is at its limit of { $max } prompts per minute for everyone right now. Try again in { $wait }.
  }

limit-share = { $max ->
    [one] Many people are sending prompts right now, so Promptsmith shares its one prompt per minute fairly, and you've had your share for this minute. Try again in { $wait }.
   *[other] Many people are sending prompts right now, so Promptsmith shares its { $max } prompts per minute fairly, and you've had your share for this minute. Try again in { $wait }.
  }

## /history

history-private-only = Use /history in a private chat with me — your prompts stay private.
history-empty = No prompts yet. Send me a rough idea and it will show up here.
history-heading = { $total ->
    [one] 🕘 Your recent prompt, page { $page } of { $pages }:
   *[other] 🕘 Your recent prompts ({ $total }, newest first), page { $page } of { $pages }:
  }
history-item-summary =
    { $n }. { $when } UTC · { $category } · { $source ->
        [ai] AI
       *[offline] offline
    }
    “{ $prompt }”
    → { $result }
history-tap-hint = Tap a number to see the full prompt.
history-newer = ‹ Newer
history-older = Older ›
history-item-gone = That prompt is no longer in your history.
history-item-truncated = (The stored result was shortened to fit.)
history-already-empty = Your history is already empty.
history-clear-confirm = { $count ->
    [one] Delete the one prompt in your history? This cannot be undone.
   *[other] Delete all { $count } prompts in your history? This cannot be undone.
  }
history-clear-yes = { $count ->
    [1] 🗑 Delete it
   *[other] 🗑 Delete all
  }
history-clear-no = Keep
history-kept = Kept your history.
history-cleared = { $count ->
    [one] Deleted one prompt from your history.
   *[other] Deleted { $count } prompts from your history.
  }

## /category

category-private-only = Use /category in a private chat with me — your settings are yours alone.
category-current =
    Your category: { $emoji } { $title } — { $description }.

    It shapes the prompts I write for you. Tap one to change it:
category-saved =
    ✓ Saved. Your prompts now use { $emoji } { $title } — { $description }.

    Tap another one to change it again:
category-saved-toast = Saved: { $emoji } { $title }
category-unknown = I don't know the category “{ $name }”. Choose one of:
category-unknown-example = For example: /category coding — or send /category and tap one.
category-expired = This button has expired. Send /category to choose again.

category-general-title = General
category-general-description = Any question or task for ChatGPT, Claude, Gemini and the like
category-coding-title = Coding
category-coding-description = Code to write, review, debug or explain
category-writing-title = Writing
category-writing-description = Articles, posts, stories, poems and editing
category-image-title = Image
category-image-description = Prompts for Midjourney, DALL·E, Stable Diffusion, Flux
category-research-title = Research
category-research-description = Questions to investigate, compare, summarize or fact-check
category-business-title = Business & marketing
category-business-description = Marketing copy, strategy, plans and pitches
category-video-title = Video
category-video-description = Clips for Sora, Veo, Kling, Runway: shots, camera, duration
category-system_prompt-title = System prompt
category-system_prompt-description = Instructions for an assistant, a custom GPT or an agent
category-data-title = Data / SQL
category-data-description = SQL queries, spreadsheets and data analysis
category-email-title = Email & messages
category-email-description = Emails, letters, replies and chat messages
category-learning-title = Learning / explain
category-learning-description = Explanations, lessons, study plans and quizzes
category-auto-title = Auto
category-auto-description = I pick the kind of prompt from what you write

## /language

language-current = Your language: { $language }. Tap one to change it:
language-unknown = I don't know the language “{ $name }”. Send a code such as /language de, or tap one below.
language-saved = ✓ From now on I speak { $language }.
language-auto = 🌐 Automatic (from Telegram)
language-saved-auto = ✓ I'll follow your Telegram language again: { $language }.
language-private-only = Use /language in a private chat with me.
language-expired = This button has expired. Send /language to choose again.

## /keys (admins)

keys-private-only = Use /keys in a private chat with me: key details stay out of groups.
keys-none = No LLM keys are configured: prompts are enhanced offline.
keys-heading = LLM keys: { $count }, { $inService } in service
keys-line =
    { $hint } ({ $provider }): { $state }
    last error: { $lastError } · success: { $success } · median: { $median }
keys-no-error = none
keys-no-attempts = no attempts yet
keys-success-rate = { $percent }% of { $attempts }
keys-state-parked = parked until a health probe succeeds
keys-state-in-service = in service
keys-state-cooling = cooling down, { $left } left
keys-state-open-waiting = circuit open, tested again in { $left }
keys-state-open-next = circuit open, the next request tests it
keys-state-half-open = half-open, being tested

## Anything else

unknown-command = I don't know that command. /help lists what I can do.
text-only = Send me your idea as a text message and I'll turn it into a strong prompt.
button-expired = This button has expired. Send your request again.
error-enhance = Sorry, I couldn't finish that one. Please send it again in a moment.
error-generic = Sorry, something went wrong on my side. Please try again.
