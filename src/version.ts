/** The version reported by /healthz and the logs. Bump it with every release. */
export const VERSION = "0.1.0";
