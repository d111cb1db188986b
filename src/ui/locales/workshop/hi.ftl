# Promptsmith — Hindi (हिन्दी): the prompt workshop (answers, revisions,
# clarifying questions, /settings). Same message ids and placeholders as
# en.ftl (tests/ui/locales_test.ts). Plurals: one (0 and 1), other, so the
# text for one is an exact [1]. The bot speaks of itself in the masculine
# (मैं कर रहा हूँ); the user is आप, in wording that does not depend on their
# gender.

## The answer

answer-by-ai = ✨ AI
answer-by-offline = ⚡ ऑफ़लाइन
answer-version = v{ $version }
answer-version-of = v{ $version } ({ $action })
answer-offline-no-keys = यह ऑफ़लाइन मोड ने लिखा है: इस बॉट में AI सेट नहीं है।
answer-offline-unavailable = AI अभी उपलब्ध नहीं है, इसलिए यह ऑफ़लाइन मोड ने लिखा है। AI से लिखा वर्ज़न पाने के लिए “AI से फिर कोशिश करें” पर टैप करें।
answer-offline-empty = AI ने ख़ाली जवाब दिया, इसलिए यह ऑफ़लाइन मोड ने लिखा है।
answer-offline-written = यह ऑफ़लाइन मोड ने लिखा है, AI के बिना।
answer-fill-in = ✏️ ये भरें:
answer-assumed = 💭 मैंने ये माना:
answer-cut-by-limit = AI अपनी लंबाई की सीमा पर रुक गया, इसलिए आख़िरी हिस्सा छूट सकता है। छोटे वर्ज़न के लिए ✂️ छोटा करें पर टैप करें।

target-chat = ChatGPT / Gemini
target-claude = Claude
target-reasoning = रीज़निंग मॉडल
target-midjourney = Midjourney
target-stable_diffusion = Stable Diffusion
target-natural_image = Flux / DALL·E / Imagen
target-video = Sora / Veo / Kling

## The buttons under an answer

workshop-copy = 📋 कॉपी करें
workshop-shorter = ✂️ छोटा करें
workshop-detail = ➕ ज़्यादा ब्योरा
workshop-another = 🔁 दूसरा वर्ज़न
workshop-target = 🎯 मॉडल…
workshop-category = 🗂 कैटेगरी…
workshop-ask = ❓ पहले पूछें
workshop-more = और…
workshop-back = « वापस
workshop-not-yours = इस प्रॉम्प्ट को वही बदल सकता है जिसने इसे माँगा था।
workshop-expired = यह प्रॉम्प्ट अब मेरे पास नहीं है (इसकी समय-सीमा ख़त्म हो गई या इसे मिटा दिया गया), इसलिए मैं इसे बदल नहीं सकता। अपना आइडिया दोबारा भेजें।
workshop-started = इस पर काम कर रहा हूँ…
workshop-already = मैं इस पर पहले से काम कर रहा हूँ।
workshop-target-current = यह प्रॉम्प्ट पहले से इसी मॉडल के लिए है।
workshop-category-current = यह प्रॉम्प्ट पहले से इसी कैटेगरी में है।
workshop-queued = { $ahead ->
    [1] कतार में: जो प्रॉम्प्ट मैं लिख रहा हूँ, उसके ठीक बाद इसे करूँगा।
   *[other] कतार में: इससे पहले { $ahead } प्रॉम्प्ट हैं।
  }
workshop-queue-full = { $max ->
    [1] एक प्रॉम्प्ट पहले से इंतज़ार कर रहा है। उसका जवाब देने के बाद फिर कोशिश करें।
   *[other] { $max } प्रॉम्प्ट पहले से इंतज़ार कर रहे हैं। उनमें से किसी एक का जवाब देने के बाद फिर कोशिश करें।
  }
workshop-reply-empty = बताएँ कि क्या बदलना है, जैसे: “और औपचारिक” या “दो उदाहरण जोड़ो”।
workshop-change-latest = ✏️ आपका पिछला प्रॉम्प्ट बदल रहा हूँ। नया प्रॉम्प्ट चाहिए तो उसे /enhance के साथ भेजें।

revision-shorter = ✂️ छोटा
revision-detail = ➕ ज़्यादा ब्योरा
revision-another = 🔁 दूसरा वर्ज़न
revision-target = 🎯 नया मॉडल
revision-category = 🗂 नई कैटेगरी
revision-ask = ❓ सवालों के बाद
revision-reply = ✍️ आपका बदलाव

## Clarifying questions

questions-intro = ❓ एक छोटा-सा सवाल, ताकि प्रॉम्प्ट आपकी ज़रूरत के मुताबिक़ बने ({ $n }/{ $total }):
questions-typed-hint = किसी जवाब पर टैप करें, या अपना जवाब लिखें।
questions-skip-one = यह सवाल छोड़ें
questions-skip-all = ⏭ छोड़ें, सीधे लिखें
questions-expired = इन सवालों की समय-सीमा ख़त्म हो गई है। अपना आइडिया दोबारा भेजें।
questions-not-yours = ये सवाल उनके लिए हैं जिन्होंने अनुरोध किया था।
questions-done = ✓ शुक्रिया — अब आपका प्रॉम्प्ट लिख रहा हूँ…
questions-answered = { $question } — { $answer }
questions-typed-which = क्या यह “{ $question }” का आपका जवाब है, या कोई नया आइडिया?
questions-typed-answer = ✍️ मेरा जवाब
questions-typed-idea = ✨ नया आइडिया
questions-typed-as-answer = ✓ आपके जवाब के रूप में लिया गया।
questions-typed-as-idea = ✓ नए आइडिया के रूप में लिया गया।
questions-set-aside = आपके नए आइडिया के लिए ये सवाल अलग रख दिए गए।
questions-typed-replaced = इसकी जगह एक नए टेक्स्ट ने ले ली।
questions-typed-unused = इस्तेमाल नहीं हुआ: सवाल का जवाब किसी और तरह दिया गया।

## /settings

settings-title = ⚙️ आपकी सेटिंग्स। बदलने के लिए किसी एक पर टैप करें:
settings-category = 🗂 कैटेगरी: { $value }
settings-target = 🎯 मॉडल: { $value }
settings-length = 📏 लंबाई: { $value }
settings-clarify = ❓ पहले सवाल: { $value }
settings-answer-language = 🌐 प्रॉम्प्ट की भाषा: { $value }
settings-language = 🗣 बॉट की भाषा: { $value }
settings-pick-category = 🗂 मैं किस तरह के प्रॉम्प्ट लिखूँ? “अपने-आप” आपके लिखे के आधार पर चुनता है।
settings-pick-target = 🎯 आपके प्रॉम्प्ट किस मॉडल के लिए हैं? “अपने-आप” हर कैटेगरी के लिए सबसे सही मॉडल चुनता है।
settings-pick-length = 📏 प्रॉम्प्ट कितने लंबे हों?
settings-pick-clarify = ❓ लिखने से पहले मैं कब कुछ सवाल पूछूँ?
settings-pick-answer-language = 🌐 प्रॉम्प्ट किस भाषा में हों? “अपने-आप”: जिस भाषा में आप लिखते हैं (इमेज और वीडियो प्रॉम्प्ट अंग्रेज़ी में होते हैं)।
settings-pick-language = 🗣 मैं कौन-सी भाषा बोलूँ?
settings-target-auto = अपने-आप
settings-length-concise = संक्षिप्त
settings-length-standard = सामान्य
settings-length-detailed = विस्तृत
settings-clarify-never = कभी नहीं
settings-clarify-auto = अस्पष्ट होने पर
settings-clarify-always = हमेशा
settings-answer-language-auto = अपने-आप
settings-language-auto = अपने-आप
settings-saved = ✓ सेव हो गया
settings-expired = इस बटन की समय-सीमा ख़त्म हो गई है। अपनी सेटिंग्स दोबारा खोलने के लिए /settings भेजें।
settings-private-only = /settings मेरे साथ प्राइवेट चैट में इस्तेमाल करें — आपकी सेटिंग्स सिर्फ़ आपकी हैं।
settings-back = « वापस
command-settings = आपकी सेटिंग्स: कैटेगरी, मॉडल, लंबाई, भाषाएँ

## /history versions

history-versions = 🗂 वर्ज़न ({ $count })
history-version-line = v{ $version } · { $what }
history-original = मूल
history-your-idea = 💡 आपका आइडिया: { $idea }
history-item-versions = 🗂 { $count } वर्ज़न: सबसे नया दिखाया गया है
