// Loaded with --import by the bench into the command line it measures: at exit, writes the
// process's peak resident memory (its threads included) to REPORT_DESK_PEAK_FILE, in kilobytes.
import { writeFileSync } from 'node:fs';

const file = process.env.REPORT_DESK_PEAK_FILE;
if (file !== undefined) process.on('exit', () => writeFileSync(file, String(process.resourceUsage().maxRSS)));
