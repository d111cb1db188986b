/**
 * Charts as PNG, drawn in-process with nothing from the system: Vega-Lite
 * compiles a spec to Vega, Vega draws it as SVG (no canvas, no browser), and
 * resvg (WebAssembly) rasterizes the SVG with DejaVu Sans, a font shipped
 * inside the program (a byte import of the `dejavu-fonts-ttf` package), so
 * the compiled binary and Deno Deploy draw the same picture as a dev machine.
 *
 * The libraries take about half a second to load and are needed only when
 * an admin asks for a chart: they are imported then, once per process.
 *
 * DejaVu Sans covers Latin, Greek, Cyrillic, Arabic and Persian, not Chinese
 * or Devanagari: {@linkcode CHART_FONT_LOCALES} lists the languages a chart
 * can be labelled in; the others get English labels.
 *
 * @module
 */
import type { LocaleCode } from "./locales.ts";

/** The font every chart is drawn with. */
export const CHART_FONT = "DejaVu Sans";

/** Interface languages whose script the chart font has glyphs for. */
export const CHART_FONT_LOCALES: ReadonlySet<LocaleCode> = new Set<LocaleCode>([
  "en",
  "ru",
  "es",
  "pt",
  "de",
  "fr",
  "it",
  "tr",
  "uk",
  "pl",
  "id",
  "fa",
  "ar",
]);

/** A rasterized picture. */
export interface RenderedPng {
  png: Uint8Array;
  width: number;
  height: number;
  /** RGBA, row by row. */
  pixels: Uint8Array;
}

/** Options of {@linkcode svgToPng}. */
export interface SvgToPngOptions {
  /** Scale of the picture (2 for a sharp phone screen). Default 2. */
  zoom?: number;
}

interface Libraries {
  vega: typeof import("vega");
  vegaLite: typeof import("vega-lite");
  resvg: typeof import("@resvg/resvg-wasm");
  font: Uint8Array;
}

// The wasm instance lives inside resvg-wasm's module, once per process (its
// initWasm refuses a second call): loading is remembered the same way, like
// the module cache of a dynamic import.
let loading: Promise<Libraries> | undefined;

function libraries(): Promise<Libraries> {
  loading ??= load().catch((error) => {
    loading = undefined;
    throw error;
  });
  return loading;
}

async function load(): Promise<Libraries> {
  const [vega, vegaLite, resvg, wasm, font] = await Promise.all([
    import("vega"),
    import("vega-lite"),
    import("@resvg/resvg-wasm"),
    import("@resvg/resvg-wasm/index_bg.wasm", { with: { type: "bytes" } }),
    import("dejavu-fonts-ttf/DejaVuSans.ttf", { with: { type: "bytes" } }),
  ]);
  await resvg.initWasm(wasm.default);
  return { vega, vegaLite, resvg, font: font.default };
}

/**
 * Rasterize `svg` with the shipped font (and no system font).
 *
 * @example
 * ```ts ignore
 * const { png } = await svgToPng('<svg xmlns="http://www.w3.org/2000/svg" width="80" height="20"><text y="15">Hi</text></svg>');
 * ```
 */
export async function svgToPng(
  svg: string,
  options: SvgToPngOptions = {},
): Promise<RenderedPng> {
  const { resvg, font } = await libraries();
  const renderer = new resvg.Resvg(svg, {
    font: {
      fontBuffers: [font],
      loadSystemFonts: false,
      defaultFontFamily: CHART_FONT,
    },
    fitTo: { mode: "zoom", value: options.zoom ?? 2 },
    background: "white",
  });
  try {
    const image = renderer.render();
    try {
      return {
        png: image.asPng(),
        width: image.width,
        height: image.height,
        pixels: image.pixels,
      };
    } finally {
      image.free();
    }
  } finally {
    renderer.free();
  }
}

/** A Vega-Lite spec drawn as SVG, every text in the chart font. */
export async function chartSvg(spec: Record<string, unknown>): Promise<string> {
  const { vega, vegaLite } = await libraries();
  const compiled = vegaLite.compile(
    spec as unknown as Parameters<typeof vegaLite.compile>[0],
  ).spec;
  const view = new vega.View(vega.parse(compiled), { renderer: "none" });
  try {
    return await view.toSVG();
  } finally {
    view.finalize();
  }
}

/** A Vega-Lite spec drawn as PNG. */
export async function chartPng(
  spec: Record<string, unknown>,
  options: SvgToPngOptions = {},
): Promise<RenderedPng> {
  return await svgToPng(await chartSvg(spec), options);
}
