import assert from "node:assert/strict";
import { categoryCues } from "../../src/enhance/detect.ts";
import {
  caseFold,
  countTerms,
  termMatcher,
  terms,
} from "../../src/enhance/terms.ts";

/** What the regex of `list` finds in `text`: the matcher's reference. */
function regexFound(list: readonly string[], text: string): string[] {
  return [...text.matchAll(terms(list, "giu"))]
    .map((m) => m[0].toLowerCase());
}

Deno.test("termMatcher() finds whole words, stems, phrases and free terms as terms() does", () => {
  const list = ["cat", "напиш*", "make sure", "写", "c++", "e-mail", "sql"];
  const m = termMatcher(list);
  const cases: [string, string[]][] = [
    ["A CAT, a catalog, cats", ["cat"]],
    ["Напишите письмо и напиши ещё", ["напишите", "напиши"]],
    ["make  sure\nMake\u00a0Sure", ["make  sure", "make\u00a0sure"]],
    ["makesure", []],
    ["帮我写一首诗", ["写"]],
    ["in c++ or C++17", ["c++"]],
    ["send an e-mail, not an email", ["e-mail"]],
    ["sql_query 2sql sql2 SQL!", ["sql"]],
    ["", []],
  ];
  for (const [text, expected] of cases) {
    assert.deepEqual([...m.found(text)], expected, text);
    assert.deepEqual(
      [...m.found(text)],
      [...new Set(regexFound(list, text))],
      `regex: ${text}`,
    );
    assert.equal(m.distinct(text), countTerms(text, terms(list)), text);
  }
});

Deno.test("termMatcher() compares letters as the i and u flags do: ı, İ, ß, ς and the Kelvin sign", () => {
  const m = termMatcher(["kısa", "i̇stanbul", "straße", "λόγος", "kilo"]);
  for (
    const text of [
      "KISA kisa Kısa",
      "İstanbul istanbul",
      "STRAẞE strasse Straße",
      "ΛΌΓΟΣ λόγοσ λόγος",
      "\u212Ailo KILO",
    ]
  ) {
    assert.deepEqual(
      [...m.found(text)].sort(),
      [
        ...new Set(
          regexFound(["kısa", "i̇stanbul", "straße", "λόγος", "kilo"], text),
        ),
      ]
        .sort(),
      text,
    );
  }
  // Each character of every category cue, against every letter of the
  // scripts the cues are in: the same characters compare equal.
  const chars = new Set(
    Object.values(categoryCues()).flatMap((c) => [...c.strong, ...c.weak])
      .flatMap((term) => [...term]),
  );
  const others: string[] = [];
  for (
    const [from, to] of [[0x20, 0x24f], [0x370, 0x52f], [0x1e00, 0x1fff], [
      0x2100,
      0x214f,
    ]]
  ) {
    for (let cp = from; cp <= to; cp++) others.push(String.fromCodePoint(cp));
  }
  for (const char of chars) {
    if (char === " " || char === "*") continue;
    const exact = new RegExp(
      `^${char.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}$`,
      "iu",
    );
    const alone = termMatcher([`${char}`]);
    for (const other of others) {
      // A one-character term: found in `other` exactly when the regex matches it.
      const found = alone.distinct(other) === 1;
      assert.equal(found, exact.test(other), `${char} vs ${other}`);
    }
  }
});

Deno.test("termMatcher() agrees with terms() on every category's cues, in 6,000 generated texts", () => {
  // mulberry32 from a fixed seed: the same texts each run, so a failure can
  // be repeated.
  let seed = 20261202;
  const random = () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 2 ** 32;
  };
  const pick = <T>(items: readonly T[]): T =>
    items[Math.floor(random() * items.length)];
  const edges = [
    " ",
    "  ",
    ", ",
    ".",
    "\n",
    "\u00a0",
    "-",
    "_",
    "",
    "a",
    "я",
    "1",
    "？",
    "，",
    "😀",
    "\u0301",
    "ı",
    "İ",
    "ẞ",
    "ς",
    "\t",
    "’",
    "++",
    "\u{10428}",
    "\udc00",
    "\u2028",
    "\u3000",
  ];
  const variants = [
    (t: string) => t,
    (t: string) => t.toUpperCase(),
    (t: string) => t.replace(/\*$/, ""),
    (t: string) => t.replace(/\*$/, "") + pick(["s", "ами", "ing", "1", "_x"]),
    (t: string) => t.replace(/ /g, pick(["  ", "\n", "\u00a0"])),
    (t: string) => t.replace(/\*/g, () => pick(["", "а", "ы", "ами", "e"])),
  ];
  const lists = Object.values(categoryCues()).flatMap((c) => [
    c.strong,
    c.weak,
  ]);
  const every = lists.flat();
  for (const list of lists) {
    const matcher = termMatcher(list);
    for (let i = 0; i < 300; i++) {
      let text = "";
      for (let k = 1 + Math.floor(random() * 5); k > 0; k--) {
        const term = pick(random() < 0.7 ? list : every);
        text += pick(edges) + pick(variants)(term) + pick(edges);
      }
      assert.deepEqual(
        [...matcher.found(text)].sort(),
        [...new Set(regexFound(list, text))].sort(),
        JSON.stringify(text),
      );
    }
  }
});

Deno.test("a * inside a term stems its word, in terms() and termMatcher() alike", () => {
  const list = ["баз* данных", "запрос* к баз*", "таблиц* excel"];
  const m = termMatcher(list);
  const text =
    "Нужна база данных и запросы к базе, потом Таблица Excel; не баз* данных";
  const expected = ["база данных", "запросы к базе", "таблица excel"];
  assert.deepEqual([...m.found(text)], expected);
  assert.deepEqual(regexFound(list, text), expected);
});

Deno.test("termMatcher() reads a text by code points, as the u flag does: astral letters, lone surrogates", () => {
  const cases: [string[], string][] = [
    [["-\u{10400}", "cd"], "-\u{10428}cd x-\u{10400}"], // Deseret, folded; then a letter
    [["\udc00", "bc"], "a\udc00bc"],
    [["bc"], "\u{10428}bc \ud800bc"],
  ];
  for (const [list, text] of cases) {
    assert.deepEqual(
      [...termMatcher(list).found(text)].sort(),
      [...new Set(regexFound(list, text))].sort(),
      JSON.stringify(text),
    );
  }
});

Deno.test("caseFold() joins exactly the characters the i and u flags join, over every character with a case", () => {
  const cased = new Set<number>();
  for (let cp = 0; cp <= 0x1ffff; cp++) {
    if (cp >= 0xd800 && cp <= 0xdfff) continue;
    const char = String.fromCodePoint(cp);
    if (char.toUpperCase() !== char || char.toLowerCase() !== char) {
      cased.add(cp);
      for (const c of char.toUpperCase() + char.toLowerCase()) {
        cased.add(c.codePointAt(0)!);
      }
    }
  }
  const all = [...cased].sort((a, b) => a - b);
  const text = all.map((cp) => String.fromCodePoint(cp)).join("");
  const byFold = new Map<number, number[]>();
  for (const cp of all) {
    const key = caseFold(cp);
    byFold.set(key, [...(byFold.get(key) ?? []), cp]);
  }
  for (const cp of all) {
    const char = String.fromCodePoint(cp);
    const re = new RegExp(char.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"), "giu");
    const joined = [...text.matchAll(re)].map((m) => m[0].codePointAt(0)!);
    assert.deepEqual(joined, byFold.get(caseFold(cp)), char);
  }
});

Deno.test("termMatcher() refuses a term it cannot match as terms() does", () => {
  assert.throws(() => termMatcher([" cat"]), RangeError);
  assert.throws(() => termMatcher(["*cat"]), RangeError);
  assert.throws(() => termMatcher([""]), RangeError);
  // Runs of spaces and a word's rest are taken greedily, exact only when a
  // space is never followed by another and a * inside ends its word.
  assert.throws(() => termMatcher(["a  b"]), RangeError);
  assert.throws(() => termMatcher(["a * b"]), RangeError);
  assert.throws(() => termMatcher(["a \tb"]), RangeError);
  assert.throws(() => termMatcher(["a \u00a0b"]), RangeError);
  assert.throws(() => termMatcher(["ab*cd"]), RangeError);
  // Every category's cues can be matched.
  for (const cues of Object.values(categoryCues())) {
    termMatcher(cues.strong);
    termMatcher(cues.weak);
  }
});
