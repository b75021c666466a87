import { z } from "zod";

// Runs in the browser before the app's code. Zod compiles object schemas with `new Function` when
// eval is allowed, and its probe for that is a violation report under our CSP (no 'unsafe-eval',
// lib/security/security-headers.ts). The server keeps the faster compiled parsers.
z.config({ jitless: true });
