import assert from "node:assert/strict";
import { chartPng, svgToPng } from "../../src/ui/png_chart.ts";
import { pngInfo } from "./png.ts";

/** Pixels clearly darker than the white background. */
function darkPixels(pixels: Uint8Array): number {
  let dark = 0;
  for (let i = 0; i < pixels.length; i += 4) {
    if (pixels[i] + pixels[i + 1] + pixels[i + 2] < 300) dark++;
  }
  return dark;
}

Deno.test("svgToPng() draws text with the shipped font, whatever fonts the system has", async () => {
  // resvg drops text it has no font for, silently: without the shipped font
  // this picture would be blank.
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="240" height="60">
    <text x="8" y="40" font-size="28" font-family="No Such Font">Промпт ok</text>
  </svg>`;
  const { png, pixels, width, height } = await svgToPng(svg, { zoom: 1 });
  assert.deepEqual(pngInfo(png), {
    width: 240,
    height: 60,
    bitDepth: 8,
    colorType: 6,
  });
  assert.equal(pixels.length, width * height * 4);
  assert.ok(darkPixels(pixels) > 400, `${darkPixels(pixels)} dark pixels`);
  const blank = await svgToPng(
    `<svg xmlns="http://www.w3.org/2000/svg" width="240" height="60"></svg>`,
    { zoom: 1 },
  );
  assert.equal(darkPixels(blank.pixels), 0);
});

Deno.test("chartPng() draws a Vega-Lite spec's title and axis labels", async () => {
  const spec = (title: string) => ({
    title,
    width: 200,
    height: 100,
    config: { font: "DejaVu Sans" },
    data: { values: [{ d: "a", n: 1 }, { d: "b", n: 3 }] },
    mark: "bar",
    encoding: {
      x: { field: "d", type: "ordinal" },
      y: { field: "n", type: "quantitative" },
    },
  });
  const plain = await chartPng(spec(""), { zoom: 1 });
  const titled = await chartPng(spec("A title with many letters"), { zoom: 1 });
  assert.ok(titled.height > plain.height, "the title takes room");
  // The title's glyphs are drawn: more ink than the chart without it.
  assert.ok(darkPixels(titled.pixels) > darkPixels(plain.pixels) + 300);
});
