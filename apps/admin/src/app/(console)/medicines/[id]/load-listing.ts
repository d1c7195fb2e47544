import "server-only";
import { cache } from "react";
import { orNotFound } from "@healio/client/server/load";
import { serverApi } from "@/trpc/server";

/** The listing (owner or admin view), or the not-found page for a missing / foreign / malformed id. */
export const loadListing = cache((id: string) => orNotFound(async () => (await serverApi()).listing.getForEdit({ id })));
