# भूमिकाएँ, मॉडरेशन, पहुँच और निजता — हिन्दी।

## Commands in Telegram's menu

command-privacy = मैं आपके बारे में क्या और कितने समय तक रखता हूँ
command-export = मैं आपके बारे में जो कुछ रखता हूँ, वह फ़ाइल में पाएँ
command-forget = मैं आपके बारे में जो कुछ रखता हूँ, सब मिटाएँ
command-ban = उपयोगकर्ता को ब्लॉक करें (मॉडरेटर)
command-unban = ब्लॉक हटाएँ (मॉडरेटर)
command-whois = किसी उपयोगकर्ता की भूमिका और स्थिति (मॉडरेटर)
command-role = उपयोगकर्ता की भूमिका बदलें (एडमिन)
command-audit = ऑडिट लॉग (एडमिन)

## Role names

role-name-owner = मालिक
role-name-admin = एडमिन
role-name-moderator = मॉडरेटर
role-name-trusted = भरोसेमंद
role-name-user = उपयोगकर्ता
role-name-banned = ब्लॉक

## Access

access-banned = आप इस बॉट का उपयोग नहीं कर सकते।
access-not-allowed = यह बॉट निजी है: इसे केवल वही लोग इस्तेमाल कर सकते हैं जिन्हें इसके मालिक ने अनुमति दी है।
access-pending = धन्यवाद! यह बॉट निजी है, इसलिए मैंने इसके एडमिन से आपको अनुमति देने को कहा है। जैसे ही वे जवाब देंगे, मैं यहीं बताऊँगा।
access-denied = इस बॉट के उपयोग का आपका अनुरोध अस्वीकार कर दिया गया।
access-request =
    🔔 { $name } बॉट का उपयोग करना चाहते हैं।
    { $username } · id { $id }
access-no-username = कोई उपयोगकर्ता नाम नहीं
access-approve = ✓ स्वीकार करें
access-deny = ✕ अस्वीकार करें
access-approved-card = ✓ स्वीकृत: उपयोगकर्ता { $id } अब बॉट का उपयोग कर सकते हैं।
access-denied-card = ✕ अस्वीकृत: उपयोगकर्ता { $id } बॉट का उपयोग नहीं कर सकते।
access-answered-approved = किसी दूसरे एडमिन ने यह अनुरोध पहले ही स्वीकार कर लिया है।
access-answered-denied = किसी दूसरे एडमिन ने यह अनुरोध पहले ही अस्वीकार कर दिया है।
access-unknown-request = यह अनुरोध अब मौजूद नहीं है।
access-approved-user = ✓ आपको पहुँच मिल गई! मुझे कोई कच्चा विचार भेजें, मैं उसे एक दमदार प्रॉम्प्ट बना दूँगा। /help बताता है कि मैं क्या-क्या कर सकता हूँ।
access-denied-user = क्षमा करें, इस बॉट के उपयोग का आपका अनुरोध अस्वीकार कर दिया गया।

## /role, /ban, /unban

role-usage = उपयोग: /role <उपयोगकर्ता id, या उनके संदेश का जवाब> <भूमिका>। भूमिकाएँ: admin, moderator, trusted, user, banned।
ban-usage = उपयोग: /ban <उपयोगकर्ता id, या उनके संदेश का जवाब> [कारण]
unban-usage = उपयोग: /unban <उपयोगकर्ता id, या उनके संदेश का जवाब>
whois-usage = उपयोग: /whois <उपयोगकर्ता id, या उनके संदेश का जवाब>
moderation-not-a-user = वह संदेश किसी बॉट का है, किसी व्यक्ति का नहीं।
moderation-private-only = { $command } को मेरे साथ निजी चैट में इस्तेमाल करें: यह जो दिखाता है वह समूहों में नहीं जाता।
role-set = ✓ उपयोगकर्ता { $user } अब { $role } हैं।
ban-done = { $cancelled ->
    [0] ✓ उपयोगकर्ता { $user } को ब्लॉक किया गया।
    [one] ✓ उपयोगकर्ता { $user } को ब्लॉक किया गया; उनका प्रतीक्षारत प्रॉम्प्ट रद्द किया गया।
   *[other] ✓ उपयोगकर्ता { $user } को ब्लॉक किया गया; उनके { $cancelled } प्रतीक्षारत प्रॉम्प्ट रद्द किए गए।
  }
unban-done = ✓ उपयोगकर्ता { $user } फिर से बॉट का उपयोग कर सकते हैं, { $role } के रूप में।
role-refused-rank = आप केवल अपने से निचले पद वालों पर कार्रवाई कर सकते हैं, और केवल अपनी भूमिका से नीचे की भूमिका दे सकते हैं।
role-refused-owner-only = केवल मालिक ही एडमिन नियुक्त कर सकते हैं।
role-refused-unchanged = उपयोगकर्ता { $user } पहले से ही { $role } हैं।
role-refused-not-banned = उपयोगकर्ता { $user } ब्लॉक नहीं हैं।

## /whois

whois-heading = 👤 उपयोगकर्ता { $id } · { $pseudonym }
whois-role = भूमिका: { $role } ({ $source ->
    [owner_id] OWNER_ID से
    [admin_ids] ADMIN_IDS से
    [stored] चैट में तय की गई
   *[default] डिफ़ॉल्ट
  })
whois-since = से: { $when } UTC
whois-reason = कारण: { $reason }
whois-access = पहुँच: { $status ->
    [pending] स्वीकृति की प्रतीक्षा में
    [approved] स्वीकृत
   *[denied] अस्वीकृत
  }
whois-seen = पहली बार { $first } UTC, आख़िरी बार { $last } UTC
whois-never-seen = अभी तक कोई प्रॉम्प्ट नहीं भेजा।
whois-counts = बेहतर किए गए प्रॉम्प्ट: { $enhancements } · इतिहास में: { $history } · अभी प्रतीक्षा में: { $jobs }

## /audit

audit-heading = 📜 ऑडिट लॉग, पृष्ठ { $page }, नए पहले (लोग छद्म नामों से दिखते हैं):
audit-empty = ऑडिट लॉग खाली है।
audit-entry = { $when } UTC · { $action ->
    [role] { $actor } ने { $target } की भूमिका बदली: { $from } → { $to }
    [ban] { $actor } ने { $target } को ब्लॉक किया
    [unban] { $actor } ने { $target } का ब्लॉक हटाया
    [approve] { $actor } ने { $target } को स्वीकार किया
    [deny] { $actor } ने { $target } को अस्वीकार किया
    [broadcast] { $actor } ने { $count } लोगों को सामूहिक संदेश भेजा
   *[forget] { $actor } ने अपना डेटा मिटवाया ({ $count } रिकॉर्ड)
  }

## /privacy

privacy-heading = 🔒 मैं आपके बारे में क्या रखता हूँ
privacy-stored = • जवाबों सहित आपके पिछले { $limit } प्रॉम्प्ट (/history), आपकी सेटिंग्स (श्रेणी, भाषा) और आपने कितने प्रॉम्प्ट भेजे हैं।
privacy-retention = { $days ->
    [0] • आपका इतिहास तब तक रहता है जब तक आप उसे न मिटाएँ (/clearhistory या /forget)।
   *[other] • इतिहास का हर प्रॉम्प्ट भेजने के { $days } दिन बाद मिटा दिया जाता है, या /clearhistory या /forget से पहले भी।
  }
privacy-transient = • जब तक कोई प्रॉम्प्ट जवाब की प्रतीक्षा करता है, वह कतार में रहता है; ऑफ़लाइन जवाब के नीचे “AI के साथ फिर कोशिश करें” बटन आपका अनुरोध 24 घंटे रखता है। सीमा के काउंटर एक मिनट या एक दिन रहते हैं।
privacy-who = • इसे कौन देख सकता है: आप, और जो बॉट का डेटाबेस चलाता है। एडमिन और मॉडरेटर आपकी भूमिका और गिनती देखते हैं (/whois), आपके प्रॉम्प्ट कभी नहीं। मॉडरेशन का ऑडिट लॉग छद्म नाम दिखाता है, नाम या संदेश कभी नहीं, और एक साल रखा जाता है।
privacy-encryption = { $encrypted ->
    [yes] • आपके प्रॉम्प्ट और जवाब डेटाबेस में एन्क्रिप्टेड हैं।
   *[no] • आपके प्रॉम्प्ट और जवाब डेटाबेस में बिना एन्क्रिप्शन के रखे जाते हैं।
  }
privacy-logs = • लॉग में आपके संदेश कभी नहीं होते; आपकी id वहाँ केवल छद्म नाम के रूप में दिखती है।
privacy-commands = /export यह सब आपको फ़ाइल में भेजता है; /forget यह सब मिटा देता है।

## /export and /forget

export-caption = { $when } UTC तक, मैं आपके बारे में जो कुछ रखता हूँ।
forget-confirm = मैं आपके बारे में जो कुछ रखता हूँ, सब मिटा दूँ: इतिहास, सेटिंग्स, प्रतीक्षारत प्रॉम्प्ट और काउंटर? इसे वापस नहीं लिया जा सकता। मॉडरेटरों की तय की गई भूमिका या ब्लॉक बना रहेगा।
forget-yes = 🗑 सब मिटाएँ
forget-no = रहने दें
forget-kept = कुछ भी नहीं मिटाया गया।
forget-done = { $count ->
    [0] हो गया: मिटाने को कुछ नहीं था।
    [one] हो गया: { $count } रिकॉर्ड मिटाया गया। ऑडिट लॉग में केवल आपके अनुरोध का एक नोट छद्म नाम से रहता है।
   *[other] हो गया: { $count } रिकॉर्ड मिटाए गए। ऑडिट लॉग में केवल आपके अनुरोध का एक नोट छद्म नाम से रहता है।
  }
privacy-cooldown = आप { $seconds } सेकंड बाद { $command } फिर से इस्तेमाल कर सकते हैं।
