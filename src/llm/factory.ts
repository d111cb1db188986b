import type { Config } from "../config.ts";
import { createKeyFallbackProvider } from "./key_fallback.ts";
import { createOpenAiClient } from "./openai_client.ts";
import type { LlmProvider } from "./provider.ts";

/**
 * The provider the bot uses: every configured key in order, or `null` when no
 * key is configured (the offline enhancer then answers).
 */
export function createLlmProvider(llm: Config["llm"]): LlmProvider | null {
  if (llm.apiKeys.length === 0) return null;
  const clients = llm.apiKeys.map((apiKey) =>
    createOpenAiClient({
      baseUrl: llm.baseUrl,
      apiKey,
      model: llm.model,
      timeoutMs: llm.timeoutMs,
    })
  );
  return createKeyFallbackProvider(clients);
}
