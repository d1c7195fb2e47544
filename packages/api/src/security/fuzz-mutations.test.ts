import { defineFuzzSuite } from "./harness/fuzz";

// Split from the queries so the two files run in parallel (one database each).
defineFuzzSuite("fuzzed inputs: mutations", (p) => p.type === "mutation");
