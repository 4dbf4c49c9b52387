// Writing reports so that nothing is lost. A run computes every file in memory, then, holding a
// lock on the folder, writes each to a hidden temporary name and renames them into place one after
// the other. A run killed before the renames leaves the earlier reports as they were (only hidden
// temporaries, which the next run removes); each rename replaces one complete file by another, so
// no report is ever missing or half-written; run.json goes last and holds the sha256 of the others,
// so the files of one set can be checked to belong together. The lock keeps two runs from mixing
// their files in one folder: the second is told the folder is in use.

import {
  accessSync,
  closeSync,
  constants,
  copyFileSync,
  existsSync,
  linkSync,
  mkdirSync,
  openSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
  writeSync,
} from 'node:fs';
import { hostname } from 'node:os';
import { basename, dirname, join, resolve } from 'node:path';
import { DialogueStanceError } from './errors.js';

export const LOCK_FILE = '.dialogue-stance.lock';

const cannot = (what: string, reason: string): never => {
  throw new DialogueStanceError('OUTPUT_WRITE', `cannot write ${what}: ${reason}`);
};

/** The nearest existing folder at or above `path`, for checking where a new folder would go. */
function nearestExisting(path: string): string {
  let at = resolve(path);
  while (!existsSync(at) && dirname(at) !== at) at = dirname(at);
  return at;
}

/** Fails early, before any work, when reports could not be written into `dir` (or it is in use). */
export function checkOutputFolder(dir: string): void {
  const what = `reports to ${dir}`;
  if (existsSync(dir) && !statSync(dir).isDirectory()) cannot(what, `${dir} is a file`);
  const holder = liveHolder(join(dir, LOCK_FILE));
  if (holder !== undefined) inUse(dir, String(holder));
  const existing = nearestExisting(dir);
  if (!statSync(existing).isDirectory()) cannot(what, `${existing} is a file`);
  try {
    accessSync(existing, constants.W_OK);
  } catch {
    cannot(what, `${existing} is not writable`);
  }
}

/** Fails early when the file `path` could not be written: its folder must exist. */
export function checkOutputFile(path: string): void {
  const folder = dirname(resolve(path));
  if (!existsSync(folder)) cannot(path, `the folder ${dirname(path)} does not exist`);
  if (!statSync(folder).isDirectory()) cannot(path, `${dirname(path)} is not a folder`);
  if (existsSync(path) && statSync(path).isDirectory()) cannot(path, 'it is a folder');
  try {
    accessSync(folder, constants.W_OK);
  } catch {
    cannot(path, `${dirname(path)} is not writable`);
  }
}

/** A file the user named, read whole; a missing or unreadable one is a one-line error. */
export function readFileChecked(path: string): Buffer {
  try {
    if (statSync(path).isDirectory())
      throw new DialogueStanceError('INPUT_NOT_FOUND', `${path}: is a folder, not a file`);
    return readFileSync(path);
  } catch (error) {
    if (error instanceof DialogueStanceError) throw error;
    const errno = (error as NodeJS.ErrnoException).code;
    throw new DialogueStanceError(
      'INPUT_NOT_FOUND',
      errno === 'ENOENT' ? `${path}: no such file` : `${path}: cannot be read${errno ? ` (${errno})` : ''}`,
    );
  }
}

const isAlive = (pid: number): boolean => {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
};

/**
 * Takes the folder's lock file (created exclusively, holding "pid host"). A lock whose process is
 * gone (same host, no such pid) is stale, left by a killed run, and taken over. Returns the release.
 */
function lockFolder(dir: string): () => void {
  const lock = join(dir, LOCK_FILE);
  const mine = `${process.pid} ${hostname()}\n`;
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      const fd = openSync(lock, 'wx');
      writeSync(fd, mine);
      closeSync(fd);
      // Two runs taking over one stale lock at once: only the one whose line is in the file goes on.
      if (readFileSync(lock, 'utf8') !== mine) break;
      return () => rmSync(lock, { force: true });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') cannot(`reports to ${dir}`, String(error));
    }
    if (liveHolder(lock) !== undefined) break;
    rmSync(lock, { force: true }); // stale, or released meanwhile: try again
  }
  inUse(dir, (readFileSafe(lock) ?? '').trim().split(' ')[0] || 'unknown');
}

/**
 * The pid in a lock file, unless the lock is stale: left by a process on this host that is gone.
 * A lock from another host (a shared folder) cannot be checked and counts as live.
 */
function liveHolder(lock: string): number | string | undefined {
  const content = readFileSafe(lock);
  if (content === undefined) return undefined;
  const [pid, host] = content.trim().split(' ');
  const holder = Number(pid);
  if (!Number.isInteger(holder) || holder <= 0) {
    // Empty or garbled: a run killed between creating the lock and writing its pid, unless the
    // file is brand new and its writer is still at it.
    const age = Date.now() - (statSync(lock, { throwIfNoEntry: false })?.mtimeMs ?? 0);
    return age > 5_000 ? undefined : 'unknown';
  }
  return host === hostname() && !isAlive(holder) ? undefined : holder;
}

function inUse(dir: string, holder: string): never {
  throw new DialogueStanceError(
    'OUTPUT_LOCKED',
    `${dir} is in use by another run (pid ${holder}); wait for it, or delete ${join(dir, LOCK_FILE)} if no run is writing there`,
  );
}

function readFileSafe(path: string): string | undefined {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return undefined;
  }
}

const temporaryOf = (path: string, pid: number): string =>
  join(dirname(path), `.${basename(path)}.tmp-${pid}`);
const backupOf = (path: string, pid: number): string => join(dirname(path), `.${basename(path)}.old-${pid}`);
const LEFTOVER = /^\..+\.(?:tmp|old)-(\d+)$/;

/** Removes temporaries and backups that killed runs left in `dir` (one listing, whatever its size). */
function removeLeftovers(dir: string): void {
  for (const name of readdirSync(dir)) {
    const pid = LEFTOVER.exec(name)?.[1];
    if (pid !== undefined && !isAlive(Number(pid))) rmSync(join(dir, name), { force: true });
  }
}

/**
 * For the crash tests only: with DIALOGUE_STANCE_TEST_HOLD=point the run says "test hold: point"
 * on stderr at that point and waits there, up to 20 s, while the file named by
 * DIALOGUE_STANCE_TEST_RELEASE exists (or the whole 20 s without one), so a test can kill it
 * exactly there, or run something else while it holds the folder.
 */
function testHold(point: string): void {
  if (process.env.DIALOGUE_STANCE_TEST_HOLD !== point) return;
  writeSync(2, `dialogue-stance: test hold: ${point}\n`);
  const release = process.env.DIALOGUE_STANCE_TEST_RELEASE;
  const pause = new Int32Array(new SharedArrayBuffer(4));
  for (let waited = 0; waited < 20_000 && (release === undefined || existsSync(release)); waited += 20)
    Atomics.wait(pause, 0, 0, 20);
}

/**
 * Writes files into `dir` all or nothing, under the folder's lock: every file goes to a hidden
 * temporary name first; then each earlier file is kept under a backup name (a hard link, so the
 * file itself never goes missing) and the new one renamed over it. If any step fails, the new
 * files are removed and the earlier ones put back, so a failed run leaves the folder as it was.
 */
export function writeFiles(dir: string, files: ReadonlyMap<string, string>): void {
  checkOutputFolder(dir);
  const fail = (reason: string): never => cannot(`reports to ${dir}`, reason);
  for (const [name] of files) {
    const path = join(dir, name);
    if (existsSync(path) && statSync(path).isDirectory()) fail(`${path} is a folder`);
  }
  try {
    mkdirSync(dir, { recursive: true });
  } catch (error) {
    fail(error instanceof Error ? error.message : String(error));
  }
  const release = lockFolder(dir);
  const temporaries: string[] = [];
  const placed: { path: string; backup: string | null }[] = [];
  try {
    removeLeftovers(dir);
    for (const [name, content] of files) {
      const path = join(dir, name);
      mkdirSync(dirname(path), { recursive: true });
      temporaries.push(temporaryOf(path, process.pid));
      writeFileSync(temporaryOf(path, process.pid), content);
    }
    testHold('temporaries-written');
    for (const [name] of files) {
      const path = join(dir, name);
      const backup = existsSync(path) ? backupOf(path, process.pid) : null;
      if (backup) keepCopy(path, backup);
      placed.push({ path, backup });
      renameSync(temporaryOf(path, process.pid), path);
    }
  } catch (error) {
    // Undo in reverse: drop each new file, put the earlier one back.
    for (const { path, backup } of placed.reverse()) {
      if (backup) renameSync(backup, path);
      else rmSync(path, { force: true });
    }
    for (const temporary of temporaries) rmSync(temporary, { force: true });
    release();
    fail(error instanceof Error ? error.message : String(error));
  }
  for (const { backup } of placed) if (backup) rmSync(backup, { force: true });
  release();
}

/** A second name for `path`'s current content: a hard link, or a copy where links are not allowed. */
function keepCopy(path: string, backup: string): void {
  rmSync(backup, { force: true });
  try {
    linkSync(path, backup);
  } catch {
    copyFileSync(path, backup);
  }
}

/** One file written through a temporary name in its folder, so it is never half-written. */
export function writeFileAtomically(path: string, content: string): void {
  checkOutputFile(path);
  const temporary = temporaryOf(path, process.pid);
  try {
    writeFileSync(temporary, content);
    renameSync(temporary, path);
  } catch (error) {
    rmSync(temporary, { force: true });
    cannot(path, error instanceof Error ? error.message : String(error));
  }
}
