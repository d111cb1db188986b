import type { BotContext } from "../context.ts";

/** Whether the sender of the update is an admin (`ADMIN_IDS`). */
export function isAdmin(ctx: BotContext): boolean {
  const id = ctx.from?.id;
  return id !== undefined && isAdminId(ctx.config.adminIds, id);
}

/** Whether `userId` is one of `adminIds`: the one admin check. */
export function isAdminId(
  adminIds: readonly number[],
  userId: number,
): boolean {
  return adminIds.includes(userId);
}
