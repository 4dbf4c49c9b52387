// Preloaded with `node --import` where GNU time is missing: on exit, appends this process's peak
// RSS in kB and its user + system CPU time in microseconds to the file named by BENCH_RSS_FILE.
import { appendFileSync } from 'node:fs';

const file = process.env.BENCH_RSS_FILE;
if (file)
  process.on('exit', () => {
    const usage = process.resourceUsage();
    appendFileSync(file, `${usage.maxRSS} ${usage.userCPUTime + usage.systemCPUTime}\n`);
  });
