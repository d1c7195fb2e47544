"use client";

import { GlobalError } from "@healio/client/errors";

export default GlobalError;
