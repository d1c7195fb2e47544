"use client";

import { useSyncExternalStore } from "react";
import { newIdempotencyKey } from "./idempotency-key";

/**
 * A visitor's cart, kept in localStorage until they sign in (then it is merged into the server
 * cart with `cart.merge` and cleared). Only ids, slugs, names and quantities are stored: prices
 * and stock always come from the server when the cart is shown.
 */
export type LocalCartLine = {
  medicineId: string;
  /** For looking up the current price and stock (`medicine.bySlug`). */
  slug: string;
  /** Display only, e.g. when the medicine has since been withdrawn. */
  name: string;
  quantity: number;
};

export const MAX_LINE_QUANTITY = 99;
/** Same limit as the server cart (cart-lines.ts MAX_CART_LINES). */
export const MAX_LOCAL_LINES = 50;

const KEY = "healio.cart.v1";
const CHANGE_EVENT = "healio:local-cart";
const EMPTY: LocalCartLine[] = [];

let cachedRaw: string | null = null;
let cachedLines: LocalCartLine[] = EMPTY;
let cachedMergeKey: string | null = null;

function isLine(value: unknown): value is LocalCartLine {
  if (typeof value !== "object" || value === null) return false;
  const v = value as Record<string, unknown>;
  return (
    typeof v.medicineId === "string" &&
    v.medicineId.length > 0 &&
    v.medicineId.length <= 64 &&
    typeof v.slug === "string" &&
    typeof v.name === "string" &&
    typeof v.quantity === "number" &&
    Number.isInteger(v.quantity) &&
    v.quantity >= 1 &&
    v.quantity <= MAX_LINE_QUANTITY
  );
}

const MERGE_KEY = /^[A-Za-z0-9_-]{8,64}$/;

function parse(raw: string | null): { lines: LocalCartLine[]; mergeKey: string | null } {
  if (!raw) return { lines: EMPTY, mergeKey: null };
  try {
    const data = JSON.parse(raw) as { lines?: unknown; mergeKey?: unknown };
    // Anything malformed (an old version, a hand-edited value) is dropped line by line.
    const lines = Array.isArray(data.lines) ? data.lines.filter(isLine).slice(0, MAX_LOCAL_LINES) : EMPTY;
    const mergeKey = typeof data.mergeKey === "string" && MERGE_KEY.test(data.mergeKey) ? data.mergeKey : null;
    return { lines, mergeKey };
  } catch {
    return { lines: EMPTY, mergeKey: null };
  }
}

function readRaw(): string | null {
  try {
    return window.localStorage.getItem(KEY);
  } catch {
    // Storage disabled (privacy mode): the cart simply starts empty.
    return null;
  }
}

/** The current lines; the same array instance until the stored value changes (useSyncExternalStore). */
export function readLocalCart(): LocalCartLine[] {
  if (typeof window === "undefined") return EMPTY;
  const raw = readRaw();
  if (raw !== cachedRaw) {
    cachedRaw = raw;
    ({ lines: cachedLines, mergeKey: cachedMergeKey } = parse(raw));
  }
  return cachedLines;
}

/**
 * Writes the lines. The merge key names this local cart's contents for `cart.merge`, which applies
 * a key once: it stays while the cart is only re-saved as it is (e.g. restored after a failed
 * merge) and is renewed whenever the lines change, so a new cart is never mistaken for a replay.
 */
function write(lines: LocalCartLine[], mergeKey: string = newIdempotencyKey()): void {
  try {
    if (lines.length === 0) window.localStorage.removeItem(KEY);
    else window.localStorage.setItem(KEY, JSON.stringify({ v: 1, lines, mergeKey }));
  } catch {
    throw new Error("Your browser does not allow saving a cart. Sign in to keep a cart on your account.");
  }
  window.dispatchEvent(new Event(CHANGE_EVENT));
}

function subscribe(onChange: () => void): () => void {
  const onStorage = (event: StorageEvent) => {
    if (event.key === null || event.key === KEY) onChange();
  };
  window.addEventListener("storage", onStorage); // other tabs
  window.addEventListener(CHANGE_EVENT, onChange); // this tab
  return () => {
    window.removeEventListener("storage", onStorage);
    window.removeEventListener(CHANGE_EVENT, onChange);
  };
}

/** Live local cart; empty during server rendering. */
export function useLocalCart(): LocalCartLine[] {
  return useSyncExternalStore(subscribe, readLocalCart, () => EMPTY);
}

/** Adds to a line (sum capped at 99); throws a message a person can read when the cart is full. */
export function addLocalLine(line: LocalCartLine): void {
  const lines = readLocalCart();
  const existing = lines.find((l) => l.medicineId === line.medicineId);
  if (existing) {
    write(
      lines.map((l) =>
        l.medicineId === line.medicineId
          ? { ...l, slug: line.slug, name: line.name, quantity: Math.min(l.quantity + line.quantity, MAX_LINE_QUANTITY) }
          : l,
      ),
    );
    return;
  }
  if (lines.length >= MAX_LOCAL_LINES) {
    throw new Error(`Your cart can hold up to ${MAX_LOCAL_LINES} different items.`);
  }
  write([...lines, { ...line, quantity: Math.min(line.quantity, MAX_LINE_QUANTITY) }]);
}

export function setLocalQuantity(medicineId: string, quantity: number): void {
  const q = Math.min(Math.max(Math.trunc(quantity), 1), MAX_LINE_QUANTITY);
  write(readLocalCart().map((l) => (l.medicineId === medicineId ? { ...l, quantity: q } : l)));
}

export function removeLocalLine(medicineId: string): void {
  write(readLocalCart().filter((l) => l.medicineId !== medicineId));
}

export type TakenLocalCart = { lines: LocalCartLine[]; mergeKey: string };

/**
 * Reads and clears the local cart in one go, so two merges in one tab cannot both send it; the
 * merge key makes a merge sent twice anyway (another tab, a retried request) count once.
 */
export function takeLocalCart(): TakenLocalCart {
  const lines = readLocalCart();
  const mergeKey = cachedMergeKey ?? newIdempotencyKey();
  if (lines.length > 0) write([]);
  return { lines, mergeKey };
}

/**
 * Puts lines back after a failed merge. Into an empty cart they go back with their merge key (if
 * the failed merge did commit, retrying it changes nothing); otherwise they are added to what was
 * put in meanwhile, which is a new cart with a new key.
 */
export function restoreLocalCart({ lines, mergeKey }: TakenLocalCart): void {
  if (readLocalCart().length === 0) {
    write(lines, mergeKey);
    return;
  }
  for (const line of lines) {
    try {
      addLocalLine(line);
    } catch {
      // Cart full: the rest cannot be kept.
      return;
    }
  }
}
