import assert from "node:assert/strict";
import { type AspectId, fill, LEXICONS } from "../../src/enhance/lexicon.ts";
import {
  type OfflineResult,
  writeOfflinePrompt,
} from "../../src/enhance/offline.ts";

/** The aspects an image prompt's notes say were not given, in any language. */
function notGiven(rough: string): AspectId[] {
  const result = writeOfflinePrompt(rough, { category: "image" });
  assert.equal(result.kind, "prompt", `${rough}: ${JSON.stringify(result)}`);
  const { notes } = result as Extract<OfflineResult, { kind: "prompt" }>;
  const aspects: AspectId[] = [
    "style",
    "lighting",
    "framing",
    "camera",
    "duration",
  ];
  return aspects.filter((aspect) =>
    Object.values(LEXICONS).some((lexicon) =>
      notes.assumptions.includes(
        fill(lexicon.notes.notGiven, { aspect: lexicon.notes.aspects[aspect] }),
      )
    )
  );
}

Deno.test("an image prompt's notes do not call the lighting, framing or style missing when the user gave them, in any language", () => {
  const cases: [string, AspectId[]][] = [
    // What a tester found.
    ["фото дівчини в полі соняшників, широкий кадр, золота година", []],
    ["фото старого рибалки крупним планом, на заході сонця", []],
    ["фото девушки в поле подсолнухов, широкий план, золотой час", []],
    ["нарисуй замок в горах, мягкий свет, вид сверху", ["style"]],
    ["sahilde yaşlı bir balıkçının fotoğrafı, yakın çekim, altın saat", []],
    ["gün batımında bir kedi çiz", ["style", "framing"]],
    ["yağlı boya tarzında bir deniz feneri, gün batımında, geniş açı", []],
    ["zdjęcie starego rybaka w stylu noir, zbliżenie", ["lighting"]],
    ["zdjęcie kota na parapecie, złota godzina, szeroki kadr", []],
    // Each language: a light, a framing and a style of its own.
    ["a lighthouse, backlit, bird's-eye view, watercolor", []],
    ["a fox in the snow, candlelit, from above, charcoal sketch", []],
    ["кот на крыше при свечах, в полный рост, аниме", []],
    ["кіт на даху, м'яке світло, вид зверху, олійними фарбами", []],
    ["un faro, luz suave, vista aérea, acuarela", []],
    ["um farol, à luz de velas, corpo inteiro, desenho animado", []],
    ["ein Leuchtturm, weiches Licht, Vogelperspektive, Bleistiftzeichnung", []],
    ["un phare, lumière douce, vue d'en haut, à l'huile", []],
    ["un faro, luce soffusa, dall'alto, a matita", []],
    ["latarnia, przy świecach, z lotu ptaka, obraz olejny", []],
    ["bir deniz feneri, ay ışığında, kuş bakışı, suluboya", []],
    ["mercusuar, cahaya lembut, dari atas, cat air", []],
    ["یک فانوس دریایی، نور ملایم، نمای نزدیک، آبرنگ", []],
    ["منارة، ضوء القمر، لقطة قريبة، ألوان مائية", []],
    ["灯塔，逆光，鸟瞰，水墨", []],
    ["एक लाइटहाउस, सूर्यास्त, क्लोज़-अप, जलरंग", []],
  ];
  for (const [text, expected] of cases) {
    assert.deepEqual(notGiven(text), expected, text);
  }
});

Deno.test("an image prompt's notes still ask for what only looks like a light, a framing or a photo", () => {
  const cases: [string, AspectId[]][] = [
    // A night out is no light; "z góry na dół" is no view from above.
    ["a poster for a jazz night", ["style", "lighting", "framing"]],
    ["ночной клуб в мегаполисе", ["style", "lighting", "framing"]],
    ["une boîte de nuit à Paris", ["style", "lighting", "framing"]],
    ["gece kulübü posteri", ["style", "lighting", "framing"]],
    ["kot z góry na dół", ["style", "lighting", "framing"]],
    // An eclipse that is total in Italian is no German "Totale".
    ["un'eclissi totale sopra il mare, acquerello", ["lighting", "framing"]],
    // A photographer is in the picture, not its style; nor is a box.
    ["bir fotoğrafçı ve kedisi, sahilde", ["style", "lighting", "framing"]],
    ["قطة في صندوق كرتون", ["style", "lighting", "framing"]],
    // Names: Prakash and Roshni are people, not light.
    ["प्रकाश और रोशनी बगीचे में", ["style", "lighting", "framing"]],
    // A golden watch is no golden hour.
    ["мужчина с золотыми часами", ["style", "lighting", "framing"]],
    ["чоловік із золотим годинником", ["style", "lighting", "framing"]],
  ];
  for (const [text, expected] of cases) {
    assert.deepEqual(notGiven(text), expected, text);
  }
});
