/** Placeholder replaced below. */
export function runDoctor(_args: string[]): Promise<number> {
  return Promise.resolve(1);
}
