import fc from "fast-check";

/**
 * Valid-shaped inputs from a zod 4 schema (read through its `_zod.def`), biased towards the
 * procedure's sample input: where the sample has a value (a real id, slug...), it is used two
 * times in three, so generated inputs reach past "not found" into the service. Unknown schema
 * kinds fall back to the sample value. Strings mix ordinary and any-unicode characters.
 */
type Def = { type: string; [key: string]: unknown };
type Schema = { _zod: { def: Def; optin?: string } };
type Check = { _zod: { def: { check: string; [key: string]: unknown } } };

const MAX_GENERATED_STRING = 120;

function defOf(schema: unknown): Def {
  return (schema as Schema)._zod.def;
}

function checksOf(def: Def): Check["_zod"]["def"][] {
  const own = def.check ? [def as unknown as Check["_zod"]["def"]] : [];
  return [...own, ...((def.checks as Check[] | undefined) ?? []).map((c) => c._zod.def)];
}

function withSample(generated: fc.Arbitrary<unknown>, sample: unknown): fc.Arbitrary<unknown> {
  if (sample === undefined) return generated;
  return fc.oneof({ weight: 2, arbitrary: fc.constant(sample) }, { weight: 1, arbitrary: generated });
}

function stringArb(def: Def, sample: unknown): fc.Arbitrary<unknown> {
  let minLength = 0;
  let maxLength = MAX_GENERATED_STRING;
  let pattern: RegExp | undefined;
  let format: string | undefined;
  for (const c of checksOf(def)) {
    if (c.check === "min_length") minLength = Number(c.minimum);
    if (c.check === "max_length") maxLength = Math.min(maxLength, Number(c.maximum));
    if (c.check === "length_equals") minLength = maxLength = Number(c.length);
    if (c.check === "string_format") {
      format = String(c.format);
      if (c.pattern instanceof RegExp) pattern = c.pattern;
    }
  }
  if (format === "email") return withSample(fc.emailAddress(), sample);
  if (format === "uuid" || format === "guid") return withSample(fc.uuid(), sample);
  if (pattern) {
    try {
      return withSample(fc.stringMatching(pattern).filter((s) => s.length <= Math.max(maxLength, 1)), sample);
    } catch {
      return sample === undefined ? fc.constant("") : fc.constant(sample);
    }
  }
  maxLength = Math.max(minLength, maxLength);
  const unit = fc.oneof(fc.constantFrom(..."abcdefghijklmnopqrstuvwxyz0123456789 -_'%"), fc.string({ unit: "binary", minLength: 1, maxLength: 1 }));
  return withSample(fc.string({ unit, minLength, maxLength }), sample);
}

function numberArb(def: Def, sample: unknown): fc.Arbitrary<unknown> {
  let min = -1e9;
  let max = 1e9;
  let integer = false;
  for (const c of checksOf(def)) {
    if (c.check === "number_format") integer = String(c.format).includes("int");
    if (c.check === "greater_than") min = Number(c.value) + (c.inclusive ? 0 : integer ? 1 : 1e-6);
    if (c.check === "less_than") max = Number(c.value) - (c.inclusive ? 0 : integer ? 1 : 1e-6);
    if (c.check === "multiple_of" && Number(c.value) === 1) integer = true;
  }
  if (max < min) return fc.constant(sample ?? min);
  const gen = integer
    ? fc.integer({ min: Math.ceil(Math.max(min, -(2 ** 31))), max: Math.floor(Math.min(max, 2 ** 31 - 1)) })
    : fc.double({ min, max, noNaN: true, noDefaultInfinity: true });
  return withSample(gen, sample);
}

function lengthBounds(def: Def): { minLength: number; maxLength: number } {
  let minLength = 0;
  let maxLength = 5;
  for (const c of checksOf(def)) {
    if (c.check === "min_length") minLength = Number(c.minimum);
    if (c.check === "max_length") maxLength = Math.min(maxLength, Number(c.maximum));
    if (c.check === "length_equals") minLength = maxLength = Number(c.length);
  }
  return { minLength, maxLength: Math.max(minLength, maxLength) };
}

export function arbitraryFromZod(schema: unknown, sample: unknown, depth = 0): fc.Arbitrary<unknown> {
  if (depth > 8) return fc.constant(sample);
  const def = defOf(schema);
  const inner = (s: unknown, v: unknown = sample) => arbitraryFromZod(s, v, depth + 1);
  switch (def.type) {
    case "string":
      return stringArb(def, sample);
    case "number":
      return numberArb(def, sample);
    case "boolean":
      return fc.boolean();
    case "date":
      return withSample(fc.date({ noInvalidDate: true }), sample);
    case "bigint":
      return withSample(fc.bigInt({ min: 0n, max: 2n ** 63n - 1n }), sample);
    case "null":
      return fc.constant(null);
    case "undefined":
    case "void":
      return fc.constant(undefined);
    case "enum":
      return fc.constantFrom(...Object.values(def.entries as Record<string, string | number>));
    case "literal":
      return fc.constantFrom(...(def.values as unknown[]));
    case "optional":
    case "default":
    case "prefault":
      return fc.option(inner(def.innerType), { nil: undefined, freq: 4 });
    case "nullable":
      return fc.option(inner(def.innerType), { nil: null, freq: 4 });
    case "readonly":
    case "catch":
    case "nonoptional":
    case "promise":
      return inner(def.innerType);
    case "pipe":
      return inner(def.in);
    case "lazy":
      return inner((def.getter as () => unknown)());
    case "union":
      return fc.oneof(...(def.options as unknown[]).map((o) => inner(o)));
    case "array": {
      const element = Array.isArray(sample) ? sample[0] : undefined;
      return withSample(fc.array(inner(def.element, element), lengthBounds(def)), sample);
    }
    case "tuple":
      return fc.tuple(...(def.items as unknown[]).map((s, i) => inner(s, Array.isArray(sample) ? sample[i] : undefined)));
    case "record":
      return withSample(fc.dictionary(fc.string({ maxLength: 10 }), inner(def.valueType, undefined), { maxKeys: 3 }), sample);
    case "object": {
      const shape = def.shape as Record<string, Schema>;
      const values = (typeof sample === "object" && sample !== null ? sample : {}) as Record<string, unknown>;
      // Optional keys the sample leaves out stay out most of the time (they often interact, e.g.
      // "addressId or address"), so that a good share of the inputs is valid.
      const field = (k: string, s: Schema) =>
        s._zod.optin === "optional" && !(k in values)
          ? fc.oneof({ weight: 3, arbitrary: fc.constant(undefined) }, { weight: 1, arbitrary: inner(s, undefined) })
          : inner(s, values[k]);
      const fields = Object.fromEntries(Object.entries(shape).map(([k, s]) => [k, field(k, s)]));
      const requiredKeys = Object.keys(shape).filter((k) => shape[k]?._zod.optin !== "optional");
      return fc.record(fields, { requiredKeys }).map((r) =>
        // fc.record may emit optional keys with an undefined value; drop them like JSON would.
        Object.fromEntries(Object.entries(r).filter(([, v]) => v !== undefined)),
      );
    }
    default:
      return fc.constant(sample);
  }
}
