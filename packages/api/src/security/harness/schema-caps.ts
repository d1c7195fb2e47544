/**
 * Finds input fields without an upper bound (zod 4 schemas, read through `_zod.def`): strings
 * without a max length (a fully anchored regex with bounded quantifiers counts as a bound),
 * arrays without a max length, non-integer numbers without a max. Integers are bounded by zod's
 * safe-integer check. Returns the paths of the offenders.
 */
type Def = { type: string; [key: string]: unknown };
type CheckDef = { check: string; [key: string]: unknown };

function defOf(schema: unknown): Def {
  return (schema as { _zod: { def: Def } })._zod.def;
}

function checks(def: Def): CheckDef[] {
  const own = def.check ? [def as unknown as CheckDef] : [];
  return [...own, ...((def.checks as { _zod: { def: CheckDef } }[] | undefined) ?? []).map((c) => c._zod.def)];
}

/** ^...$ with only bounded quantifiers ({n} / {n,m}, ?): the match length is bounded. */
export function isBoundedPattern(pattern: RegExp): boolean {
  const src = pattern.source;
  if (!src.startsWith("^") || !src.endsWith("$")) return false;
  const unescaped = src.replace(/\\./g, "");
  return !/[*+]|\{\d+,\}/.test(unescaped);
}

export function findUncappedFields(schema: unknown, path = "input", depth = 0): string[] {
  if (depth > 10 || !schema) return [];
  const def = defOf(schema);
  const recurse = (s: unknown, p = path) => findUncappedFields(s, p, depth + 1);
  switch (def.type) {
    case "string": {
      const cs = checks(def);
      const capped = cs.some(
        (c) =>
          c.check === "max_length" ||
          c.check === "length_equals" ||
          (c.check === "string_format" && c.pattern instanceof RegExp && isBoundedPattern(c.pattern)),
      );
      return capped ? [] : [path];
    }
    case "number": {
      const cs = checks(def);
      const integer = cs.some((c) => c.check === "number_format" && String(c.format).includes("int"));
      return integer || cs.some((c) => c.check === "less_than") ? [] : [path];
    }
    case "array": {
      const capped = checks(def).some((c) => c.check === "max_length" || c.check === "length_equals");
      return [...(capped ? [] : [path]), ...recurse(def.element, `${path}[]`)];
    }
    case "object":
      return Object.entries(def.shape as Record<string, unknown>).flatMap(([k, s]) => recurse(s, `${path}.${k}`));
    case "record":
      return [`${path} (record: unbounded keys)`];
    case "optional":
    case "nullable":
    case "default":
    case "prefault":
    case "readonly":
    case "catch":
    case "nonoptional":
      return recurse(def.innerType);
    case "pipe":
      // z.preprocess(fn, schema) is a pipe from a transform: the bounds live on its output side.
      return defOf(def.in).type === "transform" ? recurse(def.out) : recurse(def.in);
    case "union":
      return (def.options as unknown[]).flatMap((o) => recurse(o));
    case "tuple":
      return (def.items as unknown[]).flatMap((s, i) => recurse(s, `${path}[${i}]`));
    case "lazy":
      return recurse((def.getter as () => unknown)());
    default:
      // boolean, enum, literal, date, null, transform (input side checked via pipe), ...
      return [];
  }
}
