# Promptsmith — Hindi (हिन्दी). Same message ids and placeholders as en.ftl
# (tests/ui/locales_test.ts). Plurals: one (0 and 1), other. The bot speaks
# of itself in the masculine (मैं कर सकता हूँ); the user is आप, in wording
# that does not depend on their gender.

## Commands in Telegram's menu

command-start = Promptsmith क्या करता है
command-help = बॉट का इस्तेमाल कैसे करें
command-enhance = कच्चे प्रॉम्प्ट को बेहतर बनाएँ (ग्रुप में भी)
command-category = चुनें कि मैं किस तरह के प्रॉम्प्ट लिखूँ
command-language = चुनें कि मैं कौन-सी भाषा बोलूँ
command-history = आपके हाल के प्रॉम्प्ट
command-clearhistory = अपनी प्रॉम्प्ट हिस्ट्री मिटाएँ
command-keys = AI कुंजियों की स्थिति (एडमिन के लिए)

## /start and /help

start-greeting = नमस्ते, { $name }! मैं Promptsmith हूँ ✨
start-greeting-anonymous = नमस्ते! मैं Promptsmith हूँ ✨
start-body =
    मुझे अपना कच्चा आइडिया भेजें — एक वाक्य भी काफ़ी है — और मैं उसे ChatGPT, Claude, Gemini या किसी इमेज मॉडल के लिए एक दमदार, सुव्यवस्थित प्रॉम्प्ट में बदल दूँगा।

    आज़माकर देखें: "बिल्लियों द्वारा चलाई जाने वाली कॉफ़ी शॉप का लोगो" या "तारीख़ के हिसाब से फ़ोटो के नाम बदलने वाली Python स्क्रिप्ट"।

    /help से जानें कि मैं क्या-क्या कर सकता हूँ।
help-title = Promptsmith का इस्तेमाल कैसे करें:
help-send = ✍️ अपना आइडिया किसी भी रूप में भेजें:
help-send-text = • 💬 टेक्स्ट मैसेज, ज़्यादा से ज़्यादा { $max } कैरेक्टर
help-send-voice = • 🎙 वॉइस मैसेज, ऑडियो फ़ाइल या वीडियो मैसेज: मैं पहले उसे टेक्स्ट में बदलता हूँ
help-send-photo = • 🖼 फ़ोटो या एल्बम: कैप्शन ही आइडिया है; कैप्शन न हो तो मैं ऐसा प्रॉम्प्ट लिखता हूँ जो उस तस्वीर को फिर से बना दे
help-send-file = • 📄 टेक्स्ट फ़ाइल (.txt, .md)

help-shape = ✨ फिर जवाब को निखारें:
help-shape-buttons = • उसके नीचे के बटनों से: ✂️ छोटा करें, ➕ ज़्यादा ब्योरा, 🔁 दूसरा वर्ज़न, 🎯 मॉडल… और भी
help-shape-reply = • उस पर अपना बदलाव लिखकर रिप्लाई करें (“और औपचारिक”, “दो उदाहरण जोड़ो”), मैं उसे बदल दूँगा
help-shape-type = • मेरे साथ निजी चैट में आप जवाब के ठीक बाद बदलाव भी लिख सकते हैं; /enhance <आइडिया> हमेशा नया प्रॉम्प्ट शुरू करता है
help-shape-settings = • /settings: कैटेगरी, टारगेट मॉडल, लंबाई, पहले सवाल, भाषाएँ

help-elsewhere = 👥 दूसरी चैट में:
help-groups = • ग्रुप में: /enhance <आपका आइडिया>, मेरे किसी मैसेज का जवाब, या मुझे मेंशन करें
help-inline = • किसी भी चैट में: @{ $bot } और अपना आइडिया टाइप करें, फिर भेजने के लिए किसी प्रॉम्प्ट पर टैप करें

help-commands = 📋 कमांड:

help-categories = मुझे ये कैटेगरी आती हैं: { $categories }। /category से वह कैटेगरी चुनें जो मैं आपके लिए इस्तेमाल करूँ।
help-history = { $limit ->
    [one] मैं आपका आख़िरी प्रॉम्प्ट सहेजकर रखता हूँ: /history और /clearhistory प्राइवेट चैट में काम करते हैं।
   *[other] मैं आपके आख़िरी { $limit } प्रॉम्प्ट सहेजकर रखता हूँ: /history और /clearhistory प्राइवेट चैट में काम करते हैं।
  }

## Enhancing

enhance-usage =
    /enhance के बाद अपना आइडिया लिखकर भेजें, जैसे:
    /enhance जैज़ नाइट के लिए एक पोस्टर
enhance-busy = ⏳ मैं अभी आपके पिछले प्रॉम्प्ट पर काम कर रहा हूँ। मैं एक बार में एक ही प्रॉम्प्ट लेता हूँ — उसका जवाब आ जाए, तब इसे दोबारा भेजें।
enhance-queued = { $ahead ->
    [1] ⏳ कतार में: जिस प्रॉम्प्ट पर मैं काम कर रहा हूँ, उसके ठीक बाद मैं इसे लिखूँगा।
   *[other] ⏳ कतार में: इससे पहले { $ahead } प्रॉम्प्ट हैं। मैं क्रम से जवाब दूँगा।
  }
enhance-queue-full = { $max ->
    [1] ⏳ जो प्रॉम्प्ट मैं लिख रहा हूँ, उसके पीछे पहले से एक प्रॉम्प्ट इंतज़ार कर रहा है। उसका जवाब देने के बाद यह वाला दोबारा भेजें।
   *[other] ⏳ जो प्रॉम्प्ट मैं लिख रहा हूँ, उसके पीछे पहले से { $max } प्रॉम्प्ट इंतज़ार कर रहे हैं। उनमें से किसी एक का जवाब देने के बाद यह वाला दोबारा भेजें।
  }
prompt-empty = आपका प्रॉम्प्ट ख़ाली है। आपको जो चाहिए, उसका एक कच्चा आइडिया भेजें, जैसे: "मेरी बहन के लिए जन्मदिन की कविता, जिसे पहाड़ों पर घूमना बहुत पसंद है"।
prompt-too-long = आपका प्रॉम्प्ट { $length } कैरेक्टर का है; सीमा { $max } है। इसे छोटा करके दोबारा भेजें।
prompt-no-words = आपके संदेश में ऐसे कोई शब्द नहीं हैं जिन पर मैं काम कर सकूँ। आपको जो चाहिए, उसका एक कच्चा आइडिया भेजें, जैसे: "मेरी बहन के लिए जन्मदिन की कविता, जिसे पहाड़ों पर घूमना बहुत पसंद है"।
prompt-only-links = मैं लिंक नहीं खोल सकता। बताइए कि उसके साथ क्या करना है, जैसे: "इस लेख का न्यूज़लेटर के लिए सारांश बनाओ: <लिंक>"।
rejected-too-long = आपका प्रॉम्प्ट AI मॉडल के लिए बहुत लंबा है। इसे छोटा करके दोबारा भेजें।
rejected-content-policy = AI प्रोवाइडर ने अपनी कंटेंट पॉलिसी के तहत यह प्रॉम्प्ट ठुकरा दिया। इसे दूसरे शब्दों में लिखकर फिर कोशिश करें।
rejected-unknown-model = यह बॉट जिस AI मॉडल के लिए सेट है, वह उपलब्ध नहीं है। कृपया बॉट के एडमिन को बताएँ।
rejected-invalid-request = AI प्रोवाइडर ने यह रिक्वेस्ट ठुकरा दी। अपने प्रॉम्प्ट को दूसरे शब्दों में लिखें या छोटा करें; अगर ऐसा बार-बार हो, तो कृपया बॉट के एडमिन को बताएँ।
job-gave-up = माफ़ कीजिए, मैं आपका पिछला प्रॉम्प्ट पूरा नहीं कर सका। कृपया उसे दोबारा भेजें।

answer-cut-caption = { $parts ->
    [one] ✂️ जवाब चैट के लिए बहुत लंबा था, इसलिए ऊपर वाला मैसेज पहले हिस्से के बाद रुक जाता है। पूरा जवाब यहाँ है।
   *[other] ✂️ जवाब चैट के लिए बहुत लंबा था, इसलिए ऊपर वाले मैसेज { $parts } हिस्सों के बाद रुक जाते हैं। पूरा जवाब यहाँ है।
  }

## "Try again with AI"

retry-button = 🔁 AI से फिर कोशिश करें
retry-not-yours = इस प्रॉम्प्ट को वही दोबारा आज़मा सकता है जिसने इसे भेजा था।
retry-expired = इस बटन की समय-सीमा ख़त्म हो गई है। अपना प्रॉम्प्ट दोबारा भेजें।
retry-wait = दोबारा कोशिश करने से पहले कृपया थोड़ा रुकें।
retry-started = AI से फिर कोशिश कर रहा हूँ…

retry-ai-unavailable-soon = AI अभी उपलब्ध नहीं है; अगली कोशिश लगभग { $wait } में हो सकती है। AI लौटते ही ({ $within } के अंदर) मैं यह प्रॉम्प्ट ख़ुद दोबारा चलाकर यहीं जवाब दूँगा।
retry-ai-unavailable-parked = AI अभी उपलब्ध नहीं है; अगली कोशिश किसी कुंजी की जाँच सफल होने पर ही हो सकेगी (हर { $interval } में)। AI लौटते ही ({ $within } के अंदर) मैं यह प्रॉम्प्ट ख़ुद दोबारा चलाकर यहीं जवाब दूँगा।

## Limits

limit-burst = { $max ->
    [one] प्रॉम्प्ट बहुत तेज़ी से आ रहे हैं: सीमा एक मिनट में एक प्रॉम्प्ट की है। { $wait } बाद फिर कोशिश करें।
   *[other] प्रॉम्प्ट बहुत तेज़ी से आ रहे हैं: सीमा एक मिनट में { $max } प्रॉम्प्ट की है। { $wait } बाद फिर कोशिश करें।
  }
limit-daily = { $max ->
    [one] रोज़ एक प्रॉम्प्ट की आपकी सीमा पूरी हो गई है। यह { $wait } में (00:00 UTC पर) फिर से शुरू होगी।
   *[other] रोज़ { $max } प्रॉम्प्ट की आपकी सीमा पूरी हो गई है। यह { $wait } में (00:00 UTC पर) फिर से शुरू होगी।
  }
limit-global = { $max ->
    [one] Promptsmith अभी सभी के लिए एक मिनट में एक प्रॉम्प्ट की अपनी सीमा पर पहुँच गया है। { $wait } बाद फिर कोशिश करें।
   *[other] Promptsmith अभी सभी के लिए एक मिनट में { $max } प्रॉम्प्ट की अपनी सीमा पर पहुँच गया है। { $wait } बाद फिर कोशिश करें।
  }

limit-share = { $max ->
    [one] अभी बहुत लोग प्रॉम्प्ट भेज रहे हैं, इसलिए Promptsmith हर मिनट का अपना एक प्रॉम्प्ट सबमें बराबर बाँटता है, और इस मिनट का आपका हिस्सा पूरा हो गया है। { $wait } बाद फिर कोशिश करें।
   *[other] अभी बहुत लोग प्रॉम्प्ट भेज रहे हैं, इसलिए Promptsmith हर मिनट के अपने { $max } प्रॉम्प्ट सबमें बराबर बाँटता है, और इस मिनट का आपका हिस्सा पूरा हो गया है। { $wait } बाद फिर कोशिश करें।
  }

## /history

history-private-only = /history मेरे साथ प्राइवेट चैट में इस्तेमाल करें — ताकि आपके प्रॉम्प्ट निजी रहें।
history-empty = अभी कोई प्रॉम्प्ट नहीं है। मुझे कोई कच्चा आइडिया भेजें, वह यहाँ दिखने लगेगा।
history-heading = { $total ->
    [one] 🕘 आपका हाल का प्रॉम्प्ट, पेज { $page }/{ $pages }:
   *[other] 🕘 आपके हाल के प्रॉम्प्ट ({ $total }, नए पहले), पेज { $page }/{ $pages }:
  }
history-item-summary =
    { $n }. { $when } UTC · { $category } · { $source ->
        [ai] AI
       *[offline] ऑफ़लाइन
    }
    “{ $prompt }”
    → { $result }
history-tap-hint = पूरा प्रॉम्प्ट देखने के लिए किसी नंबर पर टैप करें।
history-newer = ‹ नए
history-older = पुराने ›
history-item-gone = वह प्रॉम्प्ट अब आपकी हिस्ट्री में नहीं है।
history-item-truncated = (सहेजा गया नतीजा जगह में समाने के लिए छोटा किया गया है।)
history-already-empty = आपकी हिस्ट्री पहले से ख़ाली है।
history-clear-confirm = { $count ->
    [one] अपनी हिस्ट्री का इकलौता प्रॉम्प्ट मिटाएँ? इसे वापस नहीं लाया जा सकेगा।
   *[other] अपनी हिस्ट्री के सभी { $count } प्रॉम्प्ट मिटाएँ? इन्हें वापस नहीं लाया जा सकेगा।
  }
history-clear-yes = { $count ->
    [1] 🗑 मिटाएँ
   *[other] 🗑 सब मिटाएँ
  }
history-clear-no = रहने दें
history-kept = ठीक है, आपकी हिस्ट्री जैसी थी वैसी रहेगी।
history-cleared = { $count ->
    [0] आपकी हिस्ट्री से कोई प्रॉम्प्ट नहीं मिटाया गया।
    [one] आपकी हिस्ट्री से एक प्रॉम्प्ट मिटा दिया गया।
   *[other] आपकी हिस्ट्री से { $count } प्रॉम्प्ट मिटा दिए गए।
  }

## /category

category-private-only = /category मेरे साथ प्राइवेट चैट में इस्तेमाल करें — आपकी सेटिंग्स सिर्फ़ आपकी हैं।
category-current =
    आपकी कैटेगरी: { $emoji } { $title } — { $description }।

    इसी से तय होता है कि मैं आपके लिए कैसे प्रॉम्प्ट लिखूँ। बदलने के लिए किसी एक पर टैप करें:
category-saved =
    ✓ सेव हो गया। अब आपके प्रॉम्प्ट { $emoji } { $title } — { $description } के हिसाब से लिखे जाएँगे।

    फिर से बदलने के लिए किसी दूसरी पर टैप करें:
category-saved-toast = सेव हो गया: { $emoji } { $title }
category-unknown = मैं “{ $name }” नाम की कोई कैटेगरी नहीं जानता। इनमें से कोई एक चुनें:
category-unknown-example = उदाहरण: /category coding — या /category भेजें और किसी एक पर टैप करें।
category-expired = इस बटन की समय-सीमा ख़त्म हो गई है। दोबारा चुनने के लिए /category भेजें।

category-general-title = सामान्य
category-general-description = ChatGPT, Claude, Gemini वग़ैरह के लिए कोई भी सवाल या काम
category-coding-title = कोडिंग
category-coding-description = कोड लिखना, रिव्यू करना, डीबग करना या समझाना
category-writing-title = लेखन
category-writing-description = लेख, पोस्ट, कहानियाँ, कविताएँ और संपादन
category-image-title = इमेज
category-image-description = Midjourney, DALL·E, Stable Diffusion, Flux के लिए प्रॉम्प्ट
category-research-title = रिसर्च
category-research-description = खोजबीन, तुलना, सारांश या तथ्यों की जाँच वाले सवाल
category-business-title = बिज़नेस और मार्केटिंग
category-business-description = मार्केटिंग कॉपी, रणनीति, योजनाएँ और पिच
category-video-title = वीडियो
category-video-description = Sora, Veo, Kling, Runway के लिए क्लिप: शॉट, कैमरा, अवधि
category-system_prompt-title = सिस्टम प्रॉम्प्ट
category-system_prompt-description = किसी असिस्टेंट, कस्टम GPT या एजेंट के लिए निर्देश
category-data-title = डेटा / SQL
category-data-description = SQL क्वेरी, स्प्रेडशीट और डेटा विश्लेषण
category-email-title = ईमेल और संदेश
category-email-description = ईमेल, पत्र, जवाब और चैट संदेश
category-learning-title = सीखना / समझाना
category-learning-description = व्याख्याएँ, पाठ, पढ़ाई की योजनाएँ और क्विज़
category-auto-title = अपने-आप
category-auto-description = आप जो लिखते हैं, उसके आधार पर मैं प्रॉम्प्ट का प्रकार चुनूँगा

## /language

language-current = आपकी भाषा: { $language }। बदलने के लिए किसी एक पर टैप करें:
language-unknown = मैं “{ $name }” नाम की कोई भाषा नहीं जानता। /language de जैसा कोड भेजें, या नीचे किसी एक पर टैप करें।
language-saved = ✓ अब से मैं { $language } में बात करूँगा।
language-auto = 🌐 अपने-आप (Telegram से)
language-saved-auto = ✓ मैं फिर से आपकी Telegram वाली भाषा इस्तेमाल करूँगा: { $language }।
language-private-only = /language मेरे साथ प्राइवेट चैट में इस्तेमाल करें।
language-expired = इस बटन की समय-सीमा ख़त्म हो गई है। दोबारा चुनने के लिए /language भेजें।

## /keys (admins)

keys-private-only = /keys मेरे साथ प्राइवेट चैट में इस्तेमाल करें: कुंजियों की जानकारी ग्रुप में नहीं दिखाई जाती।
keys-none = कोई LLM कुंजी सेट नहीं है: प्रॉम्प्ट ऑफ़लाइन बेहतर किए जा रहे हैं।
keys-heading = LLM कुंजियाँ: { $count }, { $inService } काम में
keys-line =
    { $hint } ({ $provider }): { $state }
    आख़िरी एरर: { $lastError } · सफलता: { $success } · मीडियन: { $median }
keys-no-error = कोई नहीं
keys-no-attempts = अभी तक कोई कोशिश नहीं
keys-success-rate = { $attempts } में से { $percent }%
keys-state-parked = हेल्थ जाँच सफल होने तक रोकी गई
keys-state-in-service = काम में
keys-state-cooling = कूलडाउन में, { $left } बाक़ी
keys-state-open-waiting = सर्किट खुला, { $left } में फिर जाँच होगी
keys-state-open-next = सर्किट खुला, अगली रिक्वेस्ट इसे जाँचेगी
keys-state-half-open = आधा खुला, जाँच चल रही है

## Anything else

unknown-command = मैं यह कमांड नहीं जानता। /help से देखें कि मैं क्या-क्या कर सकता हूँ।
text-only = अपना आइडिया टेक्स्ट मैसेज में भेजें, मैं उसे एक दमदार प्रॉम्प्ट में बदल दूँगा।
button-expired = इस बटन की समय-सीमा ख़त्म हो गई है। अपनी रिक्वेस्ट दोबारा भेजें।
error-enhance = माफ़ कीजिए, मैं इसे पूरा नहीं कर सका। कृपया थोड़ी देर में दोबारा भेजें।
error-generic = माफ़ कीजिए, मेरी तरफ़ से कुछ गड़बड़ हो गई। कृपया फिर कोशिश करें।
