# Promptsmith कंसोल (`deno task chat`) — हिन्दी।

console-welcome = आपके टर्मिनल में Promptsmith। कोई कच्चा प्रॉम्प्ट, कोई /कमांड या किसी बटन का नंबर लिखें। बाहर निकलने के लिए Ctrl-D।
console-mode-offline = LLM_API_KEYS सेट नहीं है: बिल्ट-इन ऑफ़लाइन एन्हांसर जवाब देता है।
console-mode-ai = AI जवाब देता है ({ $model })।
console-no-button = यहाँ बटन { $number } नहीं है: 1 से { $count } तक चुनें।
console-link = लिंक: { $url }
console-button-unsupported = यह बटन टर्मिनल में कुछ नहीं करता।
console-file = 📎 { $name } ({ $size })
console-photo = 🖼 चित्र: { $name } ({ $size })
