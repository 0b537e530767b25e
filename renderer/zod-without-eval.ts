// Imported first by main.tsx: zod compiles fast validators with `new Function` where it may,
// and probes for that once. The window's content policy allows no eval, so the probe would only
// be refused (a policy violation logged); zod's own interpreter serves the page as well.
import { z } from 'zod';

z.config({ jitless: true });
