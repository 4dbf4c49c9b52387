// Files written and read piece by piece, for a run that must not hold a whole report in memory:
// a sink buffers text and writes it out in large pieces (hashing what it writes, for run.json), and
// readLines gives a file back line by line.
import { createHash, type Hash } from 'node:crypto';
import { closeSync, openSync, readSync, writeSync } from 'node:fs';
import { StringDecoder } from 'node:string_decoder';

/** Text collected before it is written: large enough for few system calls, small beside the heap. */
const FLUSH_AT = 1 << 20;

/** A file written in pieces; `sha256` is the hash of all it was given, once closed. */
export class FileSink {
  private readonly fd: number;
  private readonly hash: Hash = createHash('sha256');
  private pending: string[] = [];
  private pendingLength = 0;
  private digest: string | undefined;

  constructor(readonly path: string) {
    this.fd = openSync(path, 'w');
  }

  write(text: string): void {
    this.pending.push(text);
    this.pendingLength += text.length;
    if (this.pendingLength >= FLUSH_AT) this.flush();
  }

  private flush(): void {
    if (this.pendingLength === 0) return;
    const bytes = Buffer.from(this.pending.join(''));
    this.pending = [];
    this.pendingLength = 0;
    this.hash.update(bytes);
    for (let at = 0; at < bytes.length; ) at += writeSync(this.fd, bytes, at, bytes.length - at);
  }

  /** Writes what is left and closes the file; returns its sha256 (hex). */
  close(): string {
    if (this.digest !== undefined) return this.digest;
    try {
      this.flush();
    } finally {
      closeSync(this.fd);
    }
    this.digest = this.hash.digest('hex');
    return this.digest;
  }

  /** Closes the file whatever is pending, for a run that failed: what it held is dropped. */
  discard(): void {
    if (this.digest !== undefined) return;
    this.digest = '';
    this.pending = [];
    closeSync(this.fd);
  }
}

/** The lines of a UTF-8 file (without their "\n"), read a piece at a time. */
export function* readLines(path: string): Generator<string> {
  const fd = openSync(path, 'r');
  try {
    const decoder = new StringDecoder('utf8');
    const buffer = Buffer.alloc(1 << 16);
    let rest = '';
    for (let read = readSync(fd, buffer); read > 0; read = readSync(fd, buffer)) {
      const text = rest + decoder.write(buffer.subarray(0, read));
      const lines = text.split('\n');
      rest = lines.pop() ?? '';
      yield* lines;
    }
    rest += decoder.end();
    if (rest !== '') yield rest;
  } finally {
    closeSync(fd);
  }
}
