import { defineFuzzSuite } from "./harness/fuzz";

// Split from the mutations so the two files run in parallel (one database each).
defineFuzzSuite("fuzzed inputs: queries", (p) => p.type === "query");
