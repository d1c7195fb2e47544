"use client";

import { createHealioAuthClient } from "@healio/auth/client";

/** Better-Auth browser client for the current app's own /api/auth (same origin, so no baseURL). */
export const authClient = createHealioAuthClient();
