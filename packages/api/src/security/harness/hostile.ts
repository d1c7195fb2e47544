import fc from "fast-check";

/** Keys that have broken JavaScript servers before (prototype pollution, mass assignment). */
export const HOSTILE_KEYS = ["__proto__", "constructor", "prototype", "toString", "valueOf", "hasOwnProperty"] as const;

/** An object with an own `__proto__` (or other) key, exactly as JSON.parse produces it from a request. */
export function withOwnKey(base: Record<string, unknown>, key: string, value: unknown): Record<string, unknown> {
  const result = { ...base };
  // defineProperty (unlike assignment) creates an own "__proto__" property instead of calling the setter.
  Object.defineProperty(result, key, { value, enumerable: true, writable: true, configurable: true });
  return result;
}

function nested(depth: number, leaf: unknown, asArray: boolean): unknown {
  let value = leaf;
  for (let i = 0; i < depth; i += 1) value = asArray ? [value] : { a: value };
  return value;
}

/** Values no field of a well-behaved client would send. */
export const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom<unknown>(
    NaN,
    Infinity,
    -Infinity,
    1e308,
    -1e308,
    Number.MAX_VALUE,
    Number.MIN_VALUE,
    -0,
    -1,
    0.5,
    -2.5,
    2 ** 53 + 1,
    "",
    " ",
    "\u0000",
    "a\u0000b",
    "\uD800",
    "\u202Eevil",
    "💊".repeat(50),
    "' OR 1=1 --",
    "%",
    "_",
    "\\",
    "<script>alert(1)</script>",
    "NaN",
    "null",
    null,
    true,
    false,
    [],
    {},
    new Date(NaN),
    new Date(8.64e15),
  ),
  fc.constant("x".repeat(200_000)),
  fc.constant("é".repeat(10_001)),
  fc.string({ unit: "binary", maxLength: 40 }),
  fc.double(),
  fc.integer({ min: -(2 ** 31), max: 2 ** 31 - 1 }),
  fc.bigInt({ min: -(2n ** 70n), max: 2n ** 70n }),
  fc.array(fc.integer(), { maxLength: 5 }),
  fc.integer({ min: 50, max: 3_000 }).map((d) => nested(d, "deep", d % 2 === 0)),
);

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value) && !(value instanceof Date);
}

/**
 * Hostile inputs around a procedure's sample input: garbage of every type, the sample with one
 * field replaced by a hostile value, the sample with an extra (prototype-polluting) key, the sample
 * wrapped in an array, huge arrays, deep nesting.
 */
export function hostileInput(sample: unknown): fc.Arbitrary<unknown> {
  const base = isPlainObject(sample) ? sample : {};
  const keys = Object.keys(base);
  const options: fc.Arbitrary<unknown>[] = [
    hostileValue,
    fc.anything({ maxDepth: 3, withBigInt: true, withDate: true, withNullPrototype: true, withSparseArray: true, withBoxedValues: true }),
    fc.constant([sample]),
    fc.constant(Array.from({ length: 10_000 }, () => sample ?? 0)),
    fc.tuple(fc.constantFrom(...HOSTILE_KEYS), fc.oneof(hostileValue, fc.constant({ polluted: true }))).map(([k, v]) =>
      withOwnKey(base, k, v),
    ),
    fc.tuple(fc.string({ maxLength: 12 }), hostileValue).map(([k, v]) => ({ ...base, [k || "extra"]: v })),
  ];
  if (keys.length > 0) {
    options.push(fc.tuple(fc.constantFrom(...keys), hostileValue).map(([k, v]) => ({ ...base, [k]: v })));
    options.push(fc.tuple(fc.constantFrom(...keys), fc.constantFrom(...HOSTILE_KEYS)).map(([k, h]) => ({ ...base, [k]: withOwnKey({}, h, { polluted: true }) })));
  }
  return fc.oneof(...options);
}

/** Values every field is tried with, deterministically, before the random runs. */
export const EDGE_VALUES: readonly unknown[] = [
  "a\u0000b",
  NaN,
  Infinity,
  1e308,
  -1,
  0.5,
  "x".repeat(100_001),
  null,
  "' OR 1=1 --",
  "%_\\",
  [],
  { __proto__: null, toString: "x" },
];

type Key = string | number;

function leafPaths(value: unknown, prefix: Key[] = [], depth = 0): Key[][] {
  if (depth > 4 || typeof value !== "object" || value === null || value instanceof Date) return prefix.length ? [prefix] : [];
  const entries = Array.isArray(value) ? value.slice(0, 1).map((v, i) => [i, v] as const) : Object.entries(value);
  const inner = entries.flatMap(([k, v]) => leafPaths(v, [...prefix, k], depth + 1));
  return prefix.length ? [prefix, ...inner] : inner;
}

function setAt(value: unknown, path: Key[], replacement: unknown): unknown {
  const [head, ...rest] = path;
  if (head === undefined) return replacement;
  if (Array.isArray(value)) return value.map((v, i) => (i === head ? setAt(v, rest, replacement) : v));
  const obj = value as Record<string, unknown>;
  return { ...obj, [head]: setAt(obj[head], rest, replacement) };
}

/** The sample with each field (also nested ones) replaced by each edge value, plus the edge values alone. */
export function edgeCaseInputs(sample: unknown): unknown[] {
  const paths = leafPaths(sample);
  return [...EDGE_VALUES, ...paths.flatMap((p) => EDGE_VALUES.map((v) => setAt(sample, p, v)))];
}
