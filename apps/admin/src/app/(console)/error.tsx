"use client";

import { RouteError } from "@healio/client/errors";

export default RouteError;
