# Promptsmith — 简体中文，媒体部分：语音消息、图片、文件、内联模式。

## 语音消息、音频文件、视频消息

voice-heard =
    🎙 我听到的是：“{ $text }”

    回复这条消息并写上更正，我会据此重新写提示词。
voice-no-keys = 🎙 这里无法转写语音消息：没有设置用于语音的 AI 密钥，离线模式也不能转写。请用文字发送你的想法。
voice-too-long = 🎙 这段录音超过了{ $max }，这是我能转写的最长时长。请发送更短的录音，或用文字发送你的想法。
voice-too-large = 🎙 这个文件超过了 { $max } MB，这是我能下载的最大体积。请发送更短的录音，或用文字发送你的想法。
rejected-voice-no-keys = 🎙 这里无法转写语音消息：没有设置用于语音的 AI 密钥，离线模式也不能转写。请用文字发送你的想法。
rejected-voice-too-long = 🎙 这段录音太长，我无法转写。请发送更短的录音，或用文字发送你的想法。
rejected-voice-too-large = 🎙 这段录音太大，我无法下载。请发送更短的录音，或用文字发送你的想法。
rejected-voice-unavailable = 🎙 无法转写你的语音消息：语音服务暂时不可用，离线模式也不能转写。请稍后再试，或用文字发送你的想法。
rejected-voice-failed = 🎙 语音服务无法识别这段录音。请重新录制，或用文字发送你的想法。
rejected-voice-empty = 🎙 这段录音里我没有听到任何话。请靠近麦克风一点再试一次，或用文字发送你的想法。

## 图片

photo-offline = 🖼 我现在无法查看图片：这需要 AI，而目前没有设置。请用文字描述图片，我来写提示词。
photo-too-large = 🖼 这张图片超过了 { $max } MB，这是我能读取的最大体积。请发送更小的图片。
rejected-photo-offline = 🖼 我现在无法查看图片：这需要 AI，而目前没有设置。请用文字描述图片，我来写提示词。
rejected-photo-too-large = 🖼 这张图片太大，我无法读取。请发送更小的图片。
rejected-image-unreadable = 🖼 我无法读取这张图片。请以 JPEG、PNG、WebP 或 GIF 格式发送。
rejected-needs-ai = 🖼 把图片变成提示词需要 AI，但它现在不可用。请稍后再试，或用文字描述图片。

## 文件

document-unsupported = 我无法读取这种文件。我接受文本文件（.txt、.md 及其他纯文本）、图片（JPEG、PNG、WebP、GIF）、语音消息和音频文件。也可以直接把想法作为消息发给我。
document-too-large = 这个文件太长了：提示词最多 { $max } 个字符。请发送更短的文件，或把重要部分作为消息发送。
rejected-document-too-long = 这个文件太长，放不进一个提示词。请发送更短的文件，或把重要部分作为消息发送。
rejected-document-not-utf8 = 这个文件不是 UTF-8 纯文本，所以我无法读取。请把它另存为 UTF-8 文本（.txt 或 .md），或把内容粘贴到消息里。
rejected-document-empty = 这个文件是空的：里面没有可以处理的想法。
rejected-file-gone = 我已经无法从 Telegram 获取这个文件了。请重新发送。

## 其他

sticker-reply = 贴纸不错！😄 用文字、语音或图片把想法发给我，我会把它变成提示词。
animation-reply = 好玩的 GIF！不过我看不了动图：请用文字、语音或图片把想法发给我。
location-reply = 📍 谢谢，不过我不需要位置。请用文字或语音告诉我你的想法。
media-unsupported = 我无法处理这种消息。请用文字、语音、图片或 .txt/.md 文件把想法发给我。

## 内联模式（在任意聊天中输入 @机器人 想法）

inline-ai-title = ✨ AI 版本
inline-ai-description = 先立即发送快速版本，随后 AI 会在原处重写。
inline-ai-pending = ✨ AI 正在写一个更好的版本…
inline-result-title = { $category } · { $target }
inline-edit-button = ✏️ 修改想法
inline-help-button = 在我的名字后输入一个想法
inline-limited-button = ⏳ 已达上限：请在 { $wait } 后再试
