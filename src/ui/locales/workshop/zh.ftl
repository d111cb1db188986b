# Promptsmith — Chinese, Simplified (简体中文), "你": the prompt workshop
# (answers, revisions, clarifying questions, /settings). Same message ids and
# placeholders as en.ftl (tests/ui/locales_test.ts). Chinese has a single
# plural category (other); a [1] variant only rewords the case of one.
# Full-width punctuation; a space only around Latin words and commands.

## The answer

answer-by-ai = ✨ AI
answer-by-offline = ⚡ 离线
answer-version = v{ $version }
answer-version-of = v{ $version }（{ $action }）
answer-offline-no-keys = 由离线优化器生成：本机器人未配置 AI。
answer-offline-unavailable = AI 暂时不可用，所以这条由离线优化器生成。点击“用 AI 重试”可获得 AI 版本。
answer-offline-empty = AI 返回了空回答，所以这条由离线优化器生成。
answer-offline-written = 由离线优化器生成，未使用 AI。
answer-fill-in = ✏️ 待填写：
answer-assumed = 💭 默认假设：
answer-cut-by-limit = AI 达到长度上限后停止了，结尾可能不完整。点击“✂️ 更短”可获得精简版本。

target-chat = ChatGPT / Gemini
target-claude = Claude
target-reasoning = 推理模型
target-midjourney = Midjourney
target-stable_diffusion = Stable Diffusion
target-natural_image = Flux / DALL·E / Imagen
target-video = Sora / Veo / Kling

## The buttons under an answer

workshop-copy = 📋 复制
workshop-shorter = ✂️ 更短
workshop-detail = ➕ 更详细
workshop-another = 🔁 换一版
workshop-target = 🎯 目标模型…
workshop-category = 🗂 类别…
workshop-ask = ❓ 先问我
workshop-more = 更多…
workshop-back = « 返回
workshop-not-yours = 只有请求这条提示词的人才能修改它。
workshop-expired = 我这里已经没有这条提示词了（已过期或已删除），所以无法修改。请重新发送你的想法。
workshop-started = 马上处理…
workshop-already = 我已经在处理了。
workshop-target-current = 这个提示词已经是针对这个模型的了。
workshop-category-current = 这个提示词已经属于这个类别了。
workshop-queued = { $ahead ->
    [1] 已排队：写完当前这条提示词后马上处理。
   *[other] 已排队：前面还有{ $ahead }条提示词。
  }
workshop-queue-full = { $max ->
    [1] 已经有一条提示词在等待。等我回复它之后再试。
   *[other] 已经有{ $max }条提示词在等待。等我回复其中一条之后再试。
  }
workshop-reply-empty = 告诉我要改什么，例如：“更正式一些”或“加两个例子”。
workshop-change-latest = ✏️ 正在修改你的上一个提示词。若要写新的，请用 /enhance 发送。

revision-shorter = ✂️ 更短
revision-detail = ➕ 更详细
revision-another = 🔁 换一版
revision-target = 🎯 换模型
revision-category = 🗂 换类别
revision-ask = ❓ 问答后
revision-reply = ✍️ 你的修改

## Clarifying questions

questions-intro = ❓ 问一个小问题，让提示词更符合你的需要（{ $n }/{ $total }）：
questions-typed-hint = 点击一个答案，或输入你自己的答案。
questions-skip-one = 跳过此题
questions-skip-all = ⏭ 跳过，直接写
questions-expired = 这些问题已过期。请重新发送你的想法。
questions-not-yours = 这些问题只能由发起请求的人回答。
questions-done = ✓ 谢谢——正在写你的提示词…
questions-answered = { $question } — { $answer }
questions-typed-which = 这是你对“{ $question }”的回答，还是一个新想法？
questions-typed-answer = ✍️ 是我的回答
questions-typed-idea = ✨ 新想法
questions-typed-as-answer = ✓ 已作为你的回答。
questions-typed-as-idea = ✓ 已作为新想法。
questions-set-aside = 为了你的新想法，这些问题已搁置。
questions-typed-replaced = 已被一条更新的文字取代。
questions-typed-unused = 未使用：这个问题已用其他方式回答。

## /settings

settings-title = ⚙️ 你的设置。点击一项即可更改：
settings-category = 🗂 类别：{ $value }
settings-target = 🎯 模型：{ $value }
settings-length = 📏 长度：{ $value }
settings-clarify = ❓ 先提问：{ $value }
settings-answer-language = 🌐 提示词语言：{ $value }
settings-language = 🗣 界面语言：{ $value }
settings-pick-category = 🗂 我该写哪类提示词？“自动”会根据你写的内容来选。
settings-pick-target = 🎯 你的提示词用于哪个模型？“自动”会为每个类别选最合适的模型。
settings-pick-length = 📏 提示词要多长？
settings-pick-clarify = ❓ 什么时候我该先问几个问题再写？
settings-pick-answer-language = 🌐 提示词用什么语言？“自动”：跟你写的语言一致（图像和视频提示词用英文）。
settings-pick-language = 🗣 我该用哪种语言和你交流？
settings-target-auto = 自动
settings-length-concise = 简洁
settings-length-standard = 标准
settings-length-detailed = 详细
settings-clarify-never = 从不
settings-clarify-auto = 不明确时
settings-clarify-always = 总是
settings-answer-language-auto = 自动
settings-language-auto = 自动
settings-saved = ✓ 已保存
settings-expired = 这个按钮已过期。请发送 /settings 重新打开设置。
settings-private-only = 请在与我的私聊中使用 /settings，你的设置只属于你自己。
settings-back = « 返回
command-settings = 你的设置：类别、模型、长度、语言

## /history versions

history-versions = 🗂 版本（{ $count }）
history-version-line = v{ $version } · { $what }
history-original = 原始版本
history-your-idea = 💡 你的想法：{ $idea }
history-item-versions = 🗂 共{ $count }个版本：显示的是最新版
