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
  rmdirSync,
  rmSync,
  statSync,
  writeFileSync,
  writeSync,
} from 'node:fs';
import { hostname } from 'node:os';
import { basename, dirname, join, resolve } from 'node:path';
import { DialogueStanceError } from './errors.js';
import { FileSink } from './sink.js';

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
  for (const [name] of files) {
    const path = join(dir, name);
    if (existsSync(path) && statSync(path).isDirectory()) cannot(`reports to ${dir}`, `${path} is a folder`);
  }
  const stage = FolderStage.open(dir);
  try {
    for (const [name, content] of files) stage.writeWhole(name, content);
  } catch (error) {
    stage.abort();
    cannot(`reports to ${dir}`, error instanceof Error ? error.message : String(error));
  }
  stage.commit([...files.keys()]);
}

/**
 * writeFiles for files made piece by piece: open the stage (it takes the folder's lock), write
 * each file to its temporary name (`sink`, `writeWhole`) and scratch files beside them (`scratch`),
 * then `commit` (the renames of writeFiles; scratch files removed) or `abort` (everything this
 * stage wrote removed, the folder too if the stage made it).
 */
export class FolderStage {
  private readonly temporaries = new Map<string, string>(); // file name -> its temporary
  private readonly sinks: FileSink[] = [];
  private readonly scratches: string[] = [];
  private done = false;

  private constructor(
    readonly dir: string,
    private readonly made: string | undefined,
    private readonly release: () => void,
  ) {}

  static open(dir: string): FolderStage {
    checkOutputFolder(dir);
    let made: string | undefined;
    try {
      made = mkdirSync(dir, { recursive: true });
    } catch (error) {
      cannot(`reports to ${dir}`, error instanceof Error ? error.message : String(error));
    }
    const release = lockFolder(dir);
    try {
      removeLeftovers(dir);
    } catch (error) {
      release();
      cannot(`reports to ${dir}`, error instanceof Error ? error.message : String(error));
    }
    return new FolderStage(dir, made, release);
  }

  private temporary(name: string): string {
    const path = join(this.dir, name);
    mkdirSync(dirname(path), { recursive: true });
    const temporary = temporaryOf(path, process.pid);
    this.temporaries.set(name, temporary);
    return temporary;
  }

  /** The file `name`, written piece by piece through its temporary. */
  sink(name: string): FileSink {
    const sink = new FileSink(this.temporary(name));
    this.sinks.push(sink);
    return sink;
  }

  writeWhole(name: string, content: string): void {
    writeFileSync(this.temporary(name), content);
  }

  /** A scratch file's path in the folder, named so that a killed run's one is removed later. */
  scratch(name: string): string {
    const path = temporaryOf(join(this.dir, `${name}.scratch`), process.pid);
    this.scratches.push(path);
    return path;
  }

  /** A scratch file written piece by piece; removed by commit and abort alike. */
  scratchSink(name: string): FileSink {
    const sink = new FileSink(this.scratch(name));
    this.sinks.push(sink);
    return sink;
  }

  /** Puts the files in place in the order given (every file written must be named). */
  commit(order: readonly string[]): void {
    const fail = (reason: string): never => cannot(`reports to ${this.dir}`, reason);
    const placed: { path: string; backup: string | null }[] = [];
    try {
      for (const sink of this.sinks) sink.close();
      if (order.length !== this.temporaries.size || order.some((name) => !this.temporaries.has(name)))
        throw new Error('the files to put in place are not the files written');
      // Every file is written: the scratch files have served.
      for (const scratch of this.scratches) rmSync(scratch, { force: true });
      testHold('temporaries-written');
      for (const name of order) {
        const path = join(this.dir, name);
        const backup = existsSync(path) ? backupOf(path, process.pid) : null;
        if (backup) keepCopy(path, backup);
        placed.push({ path, backup });
        renameSync(this.temporaries.get(name) as string, path);
      }
    } catch (error) {
      // Undo in reverse: drop each new file, put the earlier one back.
      for (const { path, backup } of placed.reverse()) {
        if (backup) renameSync(backup, path);
        else rmSync(path, { force: true });
      }
      this.abort();
      fail(error instanceof Error ? error.message : String(error));
    }
    for (const { backup } of placed) if (backup) rmSync(backup, { force: true });
    for (const scratch of this.scratches) rmSync(scratch, { force: true });
    this.done = true;
    this.release();
  }

  /** Removes all this stage wrote and releases the folder; safe to call more than once. */
  abort(): void {
    if (this.done) return;
    this.done = true;
    for (const sink of this.sinks) {
      try {
        sink.discard();
      } catch {
        // Already closed: nothing to do.
      }
    }
    for (const temporary of [...this.temporaries.values(), ...this.scratches])
      rmSync(temporary, { force: true });
    this.release();
    // A folder this run made, left empty by the failure, goes too: a failed run leaves no trace.
    if (this.made !== undefined) removeEmptyUpTo(this.dir, this.made);
  }
}

/** Removes `dir` and the folders above it up to `top`, as long as they are empty. */
function removeEmptyUpTo(dir: string, top: string): void {
  let at = resolve(dir);
  const last = resolve(top);
  for (;;) {
    try {
      rmdirSync(at);
    } catch {
      return;
    }
    if (at === last || dirname(at) === at) return;
    at = dirname(at);
  }
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
