import "server-only";
import { notFound } from "next/navigation";
import { cache } from "react";
import { TRPCError } from "@trpc/server";
import { serverApi } from "@/trpc/server";

/** The listing (owner or admin view), or the not-found page for a missing / foreign / malformed id. */
export const loadListing = cache(async (id: string) => {
  try {
    const api = await serverApi();
    return await api.listing.getForEdit({ id });
  } catch (error) {
    if (error instanceof TRPCError && (error.code === "NOT_FOUND" || error.code === "BAD_REQUEST")) notFound();
    throw error;
  }
});
