import "server-only";
import { notFound } from "next/navigation";
import { TRPCError } from "@trpc/server";

/**
 * Runs a server-side tRPC call for a page and shows the not-found page when the record is
 * missing, belongs to someone else (services answer NOT_FOUND, never FORBIDDEN, for foreign
 * records) or the id in the URL is malformed (BAD_REQUEST). Other errors reach the error boundary.
 */
export async function orNotFound<T>(load: () => Promise<T>): Promise<T> {
  try {
    return await load();
  } catch (error) {
    if (error instanceof TRPCError && (error.code === "NOT_FOUND" || error.code === "BAD_REQUEST")) notFound();
    throw error;
  }
}
