import "server-only";
import { db } from "@/lib/db.server";
import { acceptInvite, createInvite, findPendingInvite, listOpenInvites, revokeInvite, type NewInvite } from "./invites";

export type { InviteSummary } from "./invites";

export const inviteUser = (invite: NewInvite, invitedById: string) => createInvite(db, invite, invitedById);
export const listPendingInvites = () => listOpenInvites(db);
export const revokeInviteById = (id: number) => revokeInvite(db, id);
export const pendingInviteFor = (token: string) => findPendingInvite(db, token);
export const acceptInviteWithPassword = (token: string, password: string) => acceptInvite(db, token, password);
