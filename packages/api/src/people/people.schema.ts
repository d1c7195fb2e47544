import { z } from "zod";
import { Role } from "@healio/db";
import { reasonField } from "./reason";

export const PERSON_STATES = ["active", "blocked", "unverified"] as const;
export type PersonState = (typeof PERSON_STATES)[number];

export const listPeopleInput = z
  .strictObject({
    /** Part of a name or e-mail address, case-insensitive. */
    query: z.string().trim().max(100).optional(),
    role: z.enum(Role).optional(),
    state: z.enum(PERSON_STATES).optional(),
    cursor: z.string().min(1).max(512).optional(),
    limit: z.number().int().min(1).max(100).default(25),
  })
  .prefault({});
export type ListPeopleInput = z.output<typeof listPeopleInput>;

export const personIdInput = z.strictObject({ userId: z.string().min(1).max(64) });
export type PersonIdInput = z.output<typeof personIdInput>;

export const setBlockedInput = z.strictObject({ userId: z.string().min(1).max(64), reason: reasonField });
export type SetBlockedInput = z.output<typeof setBlockedInput>;

export type PersonRow = {
  id: string;
  name: string;
  email: string;
  role: Role;
  state: PersonState;
  orderCount: number;
  createdAt: Date;
  /** Latest session activity; null if the person never signed in or all sessions are gone. */
  lastActiveAt: Date | null;
};

export type PeoplePage = { items: PersonRow[]; nextCursor: string | null };
