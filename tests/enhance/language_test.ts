import assert from "node:assert/strict";
import {
  detectLanguage,
  isPromptLanguage,
  languageName,
  PROMPT_LANGUAGES,
  type PromptLanguage,
} from "../../src/enhance/language.ts";

const SAMPLES: [string, PromptLanguage][] = [
  ["write a poem about the sea for my mother", "en"],
  ["Напиши пост о пользе утренних прогулок", "ru"],
  ["Напиши вірш про осінь і листя", "uk"],
  ["Escribe un correo para mi jefe sobre las vacaciones", "es"],
  ["Escreva um e-mail para o meu chefe sobre as férias", "pt"],
  ["Schreibe eine E-Mail an meinen Chef über den Urlaub", "de"],
  // No verb and no "der/die/das": "an" is English too, so the other words decide.
  ["eine kurze E-Mail an meinen Chef wegen Urlaub im August", "de"],
  ["Écris un poème sur la mer pour ma mère", "fr"],
  ["Scrivi una poesia sul mare per mia madre", "it"],
  ["Annem için deniz hakkında bir şiir yaz", "tr"],
  ["Napisz wiersz o jesieni dla mojej mamy", "pl"],
  ["Tolong buatkan puisi tentang hujan untuk ibu saya", "id"],
  ["یک شعر درباره پاییز برای مادرم بنویس", "fa"],
  ["اكتب قصيدة عن البحر لأمي", "ar"],
  ["写一首关于秋天的诗", "zh"],
  ["शरद ऋतु के बारे में एक कविता लिखो", "hi"],
];

Deno.test("detectLanguage() tells every shipped language apart", () => {
  for (const [text, expected] of SAMPLES) {
    assert.equal(detectLanguage(text), expected, text);
  }
  assert.deepEqual(
    [...new Set(SAMPLES.map(([, language]) => language))].sort(),
    [...PROMPT_LANGUAGES].sort(),
  );
});

Deno.test('detectLanguage() does not take English "im" (I\'m) or Polish "im" (them) for German', () => {
  assert.equal(detectLanguage("im bored, suggest a game"), "en");
  assert.equal(detectLanguage("im learning python, explain decorators"), "en");
  assert.equal(detectLanguage("napisz im list z podziękowaniem"), "pl");
});

Deno.test("detectLanguage() ignores code and links, and uses the fallback without a sign", () => {
  assert.equal(
    detectLanguage("Исправь ошибку:\n```js\nconst the = and.of(with)\n```"),
    "ru",
  );
  assert.equal(detectLanguage("gato"), "en");
  assert.equal(detectLanguage("gato", { fallback: "es" }), "es");
  assert.equal(detectLanguage("🙂🙂🙂", { fallback: "de" }), "de");
  // A domain's ".com" is no Portuguese "com", nor an address's.
  assert.equal(detectLanguage("example.com loads slowly, find out why"), "en");
  assert.equal(
    detectLanguage("why does www.example.com show a blank page"),
    "en",
  );
  assert.equal(
    detectLanguage("o site loja.com.br está lento, descubra por quê"),
    "pt",
  );
  assert.equal(detectLanguage("こんにちは世界", { fallback: "fr" }), "fr");
  // A clear sign beats the fallback.
  assert.equal(detectLanguage("write a poem", { fallback: "es" }), "en");
  // Italian and Spanish share most short words: a short Italian text is
  // at least a tie, which the user's own language settles.
  assert.equal(
    detectLanguage("una foto del mare al tramonto", { fallback: "it" }),
    "it",
  );
  assert.equal(
    detectLanguage("voglio una immagine della città di notte"),
    "it",
  );
  // Indonesian shares "di" with Italian; Ukrainian without і, ї, є.
  assert.equal(detectLanguage("Jelaskan cara kerja mesin"), "id");
  assert.equal(
    detectLanguage("gambarkan kucing di atas atap saat senja"),
    "id",
  );
  assert.equal(
    detectLanguage("Напиши листа орендодавцю, що кран зламаний"),
    "uk",
  );
  // Words both languages write alike do not make Russian Ukrainian.
  for (
    const text of [
      "Перепиши мою статью",
      "Сделай мою презентацию лучше",
      "Напиши лист ожидания",
      "Будь другом, напиши поздравление маме",
    ]
  ) {
    assert.equal(detectLanguage(text, { fallback: "ru" }), "ru", text);
    assert.equal(detectLanguage(text), "ru", text);
  }
  assert.equal(
    detectLanguage("quiero una imagen de la ciudad de noche", {
      fallback: "it",
    }),
    "es",
  );
});

Deno.test("detectLanguage() tells short picture prompts apart by their own words, not by 'estilo' or 'di'", () => {
  for (
    const [text, expected] of [
      ["um farol numa tempestade, estilo cinematográfico", "pt"],
      ["uma foto do mar ao pôr do sol", "pt"],
      ["kucing di atap, gaya Monet", "id"],
      ["намалюй кота", "uk"],
      // Unchanged: Spanish with "estilo", Italian with "di".
      ["un gato astronauta flotando en el espacio, estilo acuarela", "es"],
      ["gato, estilo acuarela", "es"],
      ["una foto del mare al tramonto, stile acquerello", "it"],
      ["нарисуй кота", "ru"],
    ] as const
  ) {
    assert.equal(detectLanguage(text), expected, text);
  }
});

Deno.test("isPromptLanguage() and languageName()", () => {
  assert.equal(isPromptLanguage("ru"), true);
  assert.equal(isPromptLanguage("ja"), false);
  assert.equal(languageName("pt-BR"), "Brazilian Portuguese");
  assert.equal(languageName("ru"), "Russian");
  assert.throws(() => languageName("not a tag!"), RangeError);
});
