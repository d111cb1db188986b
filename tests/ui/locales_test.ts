import assert from "node:assert/strict";
import { FluentResource } from "@fluent/bundle";
import {
  createI18n,
  MAX_COUNTED_TEXTS,
  MAX_ONCE_TEXTS,
  messageShapes,
} from "../../src/ui/i18n.ts";
import { AREAS, DEFAULT_LOCALE, LOCALES } from "../../src/ui/locales.ts";

const LOCALE_DIR = new URL("../../src/ui/locales/", import.meta.url);
const SRC = new URL("../../src/", import.meta.url);
const english = messageShapes(LOCALES[DEFAULT_LOCALE].source);

Deno.test("every locale file in src/ui/locales is shipped (imported, so embedded in the binary)", async () => {
  const areas: string[] = [];
  for await (const entry of Deno.readDir(LOCALE_DIR)) {
    if (!entry.isDirectory) continue;
    areas.push(entry.name);
    const files: string[] = [];
    for await (
      const file of Deno.readDir(new URL(`${entry.name}/`, LOCALE_DIR))
    ) {
      if (file.name.endsWith(".ftl")) files.push(file.name.slice(0, -4));
    }
    assert.deepEqual(
      files.toSorted(),
      Object.keys(LOCALES).toSorted(),
      `area ${entry.name} has a file per shipped language`,
    );
    const area = AREAS[entry.name];
    assert.ok(area !== undefined, `area ${entry.name} is listed in AREAS`);
    for (const code of files) {
      const onDisk = await Deno.readTextFile(
        new URL(`${entry.name}/${code}.ftl`, LOCALE_DIR),
      );
      assert.equal(
        area[code as keyof typeof area],
        onDisk,
        `${entry.name}/${code}.ftl is the file its mod.ts imports`,
      );
    }
  }
  assert.deepEqual(areas.toSorted(), Object.keys(AREAS).toSorted());
});

for (const [code, locale] of Object.entries(LOCALES)) {
  Deno.test(`locale ${code} parses without errors`, () => {
    const resource = new FluentResource(locale.source);
    const junk = resource.body.filter((entry) => !entry.id);
    assert.equal(junk.length, 0);
    const errors: Error[] = [];
    createI18n({
      sources: { [code]: locale.source },
      onError: (_, error) => errors.push(error),
    }).t(code as never, "help-title");
    assert.deepEqual(errors, []);
  });

  if (code === DEFAULT_LOCALE) continue;
  Deno.test(`locale ${code} has every English message and no other`, () => {
    const shapes = messageShapes(locale.source);
    const missing = [...english.keys()].filter((id) => !shapes.has(id));
    const extra = [...shapes.keys()].filter((id) => !english.has(id));
    assert.deepEqual({ missing, extra }, { missing: [], extra: [] });
  });

  Deno.test(`locale ${code} uses the same placeholders as English in every message`, () => {
    const shapes = messageShapes(locale.source);
    const differ = [...english].flatMap(([id, variables]) => {
      const theirs = shapes.get(id);
      if (theirs === undefined) return [];
      const a = [...variables].toSorted().join(",");
      const b = [...theirs].toSorted().join(",");
      return a === b ? [] : [`${id}: en {${a}} vs ${code} {${b}}`];
    });
    assert.deepEqual(differ, []);
  });
}

Deno.test("every message id the code asks for exists in English", async () => {
  const used = new Set<string>();
  for await (const file of walk(SRC)) {
    const text = await Deno.readTextFile(file);
    for (const match of text.matchAll(/\bt\(\s*"([a-z0-9-]+)"/g)) {
      used.add(match[1]);
    }
    for (const match of text.matchAll(/\bmsg\(\s*"([a-z0-9-]+)"/g)) {
      used.add(match[1]);
    }
  }
  assert.ok(used.size > 0, "the scan found message ids");
  const missing = [...used].filter((id) => !english.has(id));
  assert.deepEqual(missing, []);
});

Deno.test("createI18n() negotiates Telegram language codes and falls back to English", () => {
  const i18n = createI18n({
    sources: { en: "a = A", pt: "a = Á", zh: "a = 甲" },
  });
  assert.equal(i18n.negotiate("pt-br"), "pt");
  assert.equal(i18n.negotiate("PT"), "pt");
  assert.equal(i18n.negotiate("zh-hans"), "zh");
  assert.equal(i18n.negotiate("xx"), "en");
  assert.equal(i18n.negotiate(undefined), "en");
  assert.equal(i18n.t("pt" as never, "a"), "Á");
  // Asked again (now from memory), and past the memory's bound, the same answers.
  for (let i = 0; i < 300; i++) i18n.negotiate(`x${i}`);
  assert.equal(i18n.negotiate("pt-br"), "pt");
  assert.equal(i18n.negotiate("zh-HANS"), "zh");
  assert.equal(i18n.negotiate("x299"), "en");
});

Deno.test("I18n.once() builds a text once per locale and key, and past its bound builds each time", () => {
  const i18n = createI18n({ sources: { en: "a = A", pt: "a = Á" } });
  const builds: string[] = [];
  const build = (locale: "en" | "pt", key: string) =>
    i18n.once(locale, key, () => {
      builds.push(`${locale}:${key}`);
      return `${i18n.t(locale, "a")}/${key}`;
    });
  assert.equal(build("en", "k"), "A/k");
  assert.equal(build("en", "k"), "A/k");
  assert.equal(build("pt" as never, "k"), "Á/k");
  assert.equal(build("en", "other"), "A/other");
  assert.deepEqual(builds, ["en:k", "pt:k", "en:other"]);
  for (let i = 0; i < MAX_ONCE_TEXTS; i++) build("en", `fill ${i}`);
  builds.length = 0;
  assert.equal(build("en", "late"), "A/late");
  assert.equal(build("en", "late"), "A/late");
  assert.deepEqual(builds, ["en:late", "en:late"], "not kept past the bound");
  assert.equal(build("en", "k"), "A/k");
  assert.equal(builds.length, 2, "kept ones still served");
});

Deno.test("I18n.once() keeps a screen (text and keyboard) once per key, frozen so no reader changes it for the next", () => {
  const i18n = createI18n({ sources: { en: "a = A" } });
  let builds = 0;
  const screen = () =>
    i18n.once("en", "screen", () => {
      builds++;
      return { text: "A", keyboard: { inline_keyboard: [[{ text: "x" }]] } };
    });
  const first = screen();
  assert.equal(screen(), first);
  assert.equal(builds, 1);
  assert.ok(Object.isFrozen(first.keyboard.inline_keyboard[0][0]));
  assert.throws(() => {
    first.keyboard.inline_keyboard[0].push({ text: "y" });
  }, TypeError);
  assert.deepEqual(screen().keyboard.inline_keyboard, [[{ text: "x" }]]);
});

Deno.test("createI18n() formats plurals and numbers for the locale, and falls back to English for a missing id", () => {
  const i18n = createI18n({
    sources: {
      en:
        "n = { $count ->\n  [one] one prompt\n *[other] { $count } prompts\n}\nonly = English only",
      ru:
        "n = { $count ->\n  [one] { $count } промпт\n  [few] { $count } промпта\n *[many] { $count } промптов\n}",
    },
  });
  assert.equal(i18n.t("en", "n", { count: 1 }), "one prompt");
  assert.equal(i18n.t("en", "n", { count: 1234 }), "1,234 prompts");
  assert.equal(i18n.t("ru" as never, "n", { count: 21 }), "21 промпт");
  assert.equal(i18n.t("ru" as never, "n", { count: 3 }), "3 промпта");
  assert.equal(
    i18n.t("ru" as never, "n", { count: 1234 }),
    "1\u00a0234 промпта",
  );
  assert.equal(i18n.t("ru" as never, "only"), "English only");
  assert.equal(i18n.t("ru" as never, "nothing"), "nothing");
});

Deno.test("I18n.t() formats a text whose placeholders are small whole numbers once, and any other each time", () => {
  // Each formatting of `n` reports its unknown variable: the errors count them.
  const formatted: string[] = [];
  const i18n = createI18n({
    sources: {
      en:
        "n = { $count ->\n  [one] one, { $gone }\n *[other] { $count }, { $gone }\n}",
    },
    onError: (_locale, error) => formatted.push(error.message),
  });
  assert.equal(i18n.t("en", "n", { count: 1 }), "one, {$gone}");
  assert.equal(i18n.t("en", "n", { count: 1 }), "one, {$gone}");
  assert.equal(i18n.t("en", "n", { count: 2 }), "2, {$gone}");
  assert.equal(i18n.t("en", "n", { count: 2 }), "2, {$gone}");
  assert.equal(formatted.length, 2, "one formatting per count");
  // Strings, fractions, negative and large numbers: formatted every time.
  for (const count of ["2", 2.5, -1, 10_001]) {
    formatted.length = 0;
    i18n.t("en", "n", { count });
    i18n.t("en", "n", { count });
    assert.equal(formatted.length, 2, `count ${count}`);
  }
  // -0 is written "-0": never the text of 0.
  assert.equal(i18n.t("en", "n", { count: -0 }), "-0, {$gone}");
  assert.equal(i18n.t("en", "n", { count: 0 }), "0, {$gone}");
  // Texts with numbers are kept while among the last MAX_COUNTED_TEXTS used:
  // count 1 is used again now and stays; count 2 is the oldest and goes.
  i18n.t("en", "n", { count: 1 });
  for (let i = 0; i < MAX_COUNTED_TEXTS - 1; i++) {
    i18n.t("en", "n", { count: i, fill: 1 });
  }
  formatted.length = 0;
  assert.equal(i18n.t("en", "n", { count: 1 }), "one, {$gone}");
  assert.equal(formatted.length, 0, "used lately: still kept");
  assert.equal(i18n.t("en", "n", { count: 2 }), "2, {$gone}");
  assert.equal(formatted.length, 1, "the oldest was dropped");
  // Texts without placeholders are kept apart and never dropped for them.
  const fixedErrors: string[] = [];
  const plain = createI18n({
    sources: { en: "a = { $gone }\nn = { $count }" },
    onError: (_locale, error) => fixedErrors.push(error.message),
  });
  plain.t("en", "a");
  for (let i = 0; i <= MAX_COUNTED_TEXTS; i++) plain.t("en", "n", { count: i });
  fixedErrors.length = 0;
  plain.t("en", "a");
  assert.equal(fixedErrors.length, 0, "a text without placeholders stays");
});

async function* walk(dir: URL): AsyncGenerator<URL> {
  for await (const entry of Deno.readDir(dir)) {
    const url = new URL(entry.name + (entry.isDirectory ? "/" : ""), dir);
    if (entry.isDirectory) yield* walk(url);
    else if (entry.name.endsWith(".ts")) yield url;
  }
}

/** A value for every placeholder any message has. */
const SAMPLE_ARGS = Object.fromEntries(
  [...english.values()].flatMap((names) => [...names]).map((
    name,
  ) => [name, 3]),
);

Deno.test("the shipped translations, parsed area by area, say what the joined source says, without errors", () => {
  for (const [code, locale] of Object.entries(LOCALES)) {
    assert.deepEqual(
      locale.areas,
      Object.values(AREAS).map((area) => area[code as keyof typeof area]),
      code,
    );
    assert.equal(locale.source, locale.areas.join("\n"));
  }
  const errors: string[] = [];
  const byArea = createI18n({
    onError: (code, error) => errors.push(`${code}: ${error.message}`),
  });
  for (const [code, locale] of Object.entries(LOCALES)) {
    const joined = createI18n({ sources: { [code]: locale.source } });
    for (const id of english.keys()) {
      assert.equal(
        byArea.t(code as never, id, SAMPLE_ARGS),
        joined.t(code as never, id, SAMPLE_ARGS),
        `${code} ${id}`,
      );
    }
  }
  assert.deepEqual(errors, []);
});

Deno.test("I18n.transient() translates as translator() does, and keeps what it parsed only when an update had loaded it", () => {
  const parses: string[] = [];
  const i18n = createI18n({
    sources: {
      en: "a = English A\nb = English B\n-t = 1\n-t = 2",
      de: "a = Deutsch A\n-t = 1\n-t = 2",
    },
    // The term given twice makes each parse of a source report one error.
    onError: (code) => parses.push(code),
  });
  assert.deepEqual(parses, []);
  const once = i18n.transient("de" as never);
  assert.equal(once.locale, "de");
  assert.equal(once("a"), "Deutsch A");
  assert.equal(once("b"), "English B", "falls back to English");
  assert.equal(once("c"), "c");
  assert.deepEqual(parses, ["de", "en"], "one parse per translator");
  assert.equal(i18n.transient("de" as never)("a"), "Deutsch A");
  assert.deepEqual(parses, ["de", "en", "de"], "not kept: parsed again");
  assert.equal(i18n.t("de" as never, "a"), "Deutsch A");
  assert.deepEqual(parses, ["de", "en", "de", "de"], "t() keeps its own");
  assert.equal(i18n.transient("de" as never)("a", { x: 1 }), "Deutsch A");
  assert.equal(i18n.t("de" as never, "a", { x: 1 }), "Deutsch A");
  assert.deepEqual(
    parses,
    ["de", "en", "de", "de"],
    "once kept, transient uses it too",
  );
});

Deno.test("Turkish addresses the reader as 'siz' in every area: no informal imperative or 'your' in a sentence or a command's description", () => {
  // Short button labels keep the bare imperative ("Tümünü sil"), as Turkish
  // interfaces do; a sentence or a /command's description does not.
  const informal =
    /(?<!\p{L})(?:gönder|yaz|seç|dene|anlat|bekle|kaydet|yapıştır|durdur|dokun|değiştir|engelle|kaldır)(?:\.|,| ya da |\s*\(|$)|(?<!\p{L})(?:fikrini|fikrin|mesajını|yanıtlarsan)(?!\p{L})/u;
  const offending: string[] = [];
  for (const [area, sources] of Object.entries(AREAS)) {
    for (const line of sources.tr.split("\n")) {
      const match = /^([a-z][a-z0-9-]*) = (.*)$/.exec(line);
      if (
        match === null ||
        /button|-yes$|-no$|^workshop-|^questions-skip/.test(match[1])
      ) {
        continue;
      }
      if (informal.test(match[2])) offending.push(`${area}: ${line}`);
    }
  }
  assert.deepEqual(offending, []);
});
