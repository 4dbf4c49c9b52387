// Preloaded with `node --import` where GNU time is missing: on exit, appends this process's peak
// RSS in kB to the file named by BENCH_RSS_FILE (the parent takes the largest line).
import { appendFileSync } from 'node:fs';

const file = process.env.BENCH_RSS_FILE;
if (file) process.on('exit', () => appendFileSync(file, `${process.resourceUsage().maxRSS}\n`));
