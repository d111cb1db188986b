/**
 * Imported first by main.ts. `@grammyjs/runner` (polling mode only) loads
 * grammY's Node build for two class references, and that build's
 * node-fetch dependency triggers Node's DEP0040 (punycode) warning on every
 * start. Nothing of it runs (the bot uses grammY's web build and Deno's fetch),
 * so the warning only confuses operators.
 *
 * @module
 */
import process from "node:process";

(process as { noDeprecation?: boolean }).noDeprecation = true;
