import * as z from 'zod/mini';

// Zod 4 compiles object parsers with `new Function` unless told not to. Under a strict CSP
// (`script-src 'self'`) that probe is blocked and reported as a violation, so Toile always
// runs zod without code generation. The setting is global to this zod instance.
z.config({ jitless: true });

export { z };
