// Where records start in `git log -p` output: a commit's header line starts with the NUL of --format,
// a file's diff with `diff --git ` (`diff --cc ` / `diff --combined ` for a merge). No diff line can
// start with either: they start with a space, +, -, @ or \.
const NEXT_FILE = Buffer.from('\ndiff --', 'latin1');
const LF = 0x0a;
const NUL = 0x00;
// The stream's last bytes held back from each chunk: one less than the longest marker.
const HELD = NEXT_FILE.length - 1;
const EMPTY = Buffer.alloc(0);

/**
 * The LF before the next commit header (a line starting with NUL), searching from `from`; -1 when
 * none. Searched by its NUL, which text never holds (a search for LF + NUL stops at every line); a
 * NUL inside a binary file's line (`--text`) moves the search to the next line, not the next byte.
 */
function nextCommit(buffer: Buffer, from: number): number {
  for (let nul = buffer.indexOf(NUL, from); nul !== -1; ) {
    if (nul > from && buffer[nul - 1] === LF) return nul - 1;
    const lineEnd = buffer.indexOf(LF, nul);
    if (lineEnd === -1) return -1;
    nul = buffer.indexOf(NUL, lineEnd + 1);
  }
  return -1;
}

/** The LF that ends the record before the next one, searching from `from`; -1 when none. */
function nextBoundary(buffer: Buffer, from: number): number {
  const file = buffer.indexOf(NEXT_FILE, from);
  const commit = nextCommit(buffer, from);
  return file === -1 ? commit : commit === -1 ? file : Math.min(file, commit);
}

/** Where the records go: whole, or, for one over the cap, in parts as they come. */
export interface LogRecordSink {
  record(record: Buffer): void;
  /** A part of a record over the cap (the parts of one record come in order, none is held). */
  part(part: Buffer): void;
}

/**
 * Splits `git log -p --format=%x00…` output, fed in chunks of any size, into
 * records: a commit's header (starting with NUL) or one file's diff
 * (starting with `diff --`), each handed over whole, its last LF included,
 * or in parts once it outgrows `cap` (memory stays bounded however large a
 * change is). Chunks are searched in place: only a record spanning chunks is
 * copied (once), and only a few bytes per chunk are held back for a marker
 * split between two chunks.
 */
export class LogRecordSplitter {
  private pieces: Buffer[] = [];
  private piecesLength = 0;
  private overflowing = false;
  private held: Buffer = EMPTY;

  constructor(
    private readonly sink: LogRecordSink,
    private readonly cap: number,
  ) {}

  push(chunk: Buffer): void {
    if (chunk.length < HELD) {
      // Too short to finish a marker that began in the held bytes: held with them.
      this.held = Buffer.concat([this.held, chunk]);
      return;
    }
    this.takeHeld(chunk.subarray(0, HELD));
    let start = 0;
    // Each marker's next position, searched again only once passed (a chunk holds many files and few commits).
    let file = chunk.indexOf(NEXT_FILE);
    let commit = nextCommit(chunk, 0);
    for (;;) {
      if (file !== -1 && file < start) file = chunk.indexOf(NEXT_FILE, start);
      if (commit !== -1 && commit < start) commit = nextCommit(chunk, start);
      const boundary = file === -1 ? commit : commit === -1 ? file : Math.min(file, commit);
      if (boundary === -1) break;
      this.add(chunk.subarray(start, boundary + 1));
      this.endRecord();
      start = boundary + 1;
    }
    const cut = Math.max(start, chunk.length - HELD);
    if (cut > start) this.add(chunk.subarray(start, cut));
    this.held = chunk.subarray(cut);
  }

  /** The last record, at the end of the output. */
  end(): void {
    this.takeHeld(EMPTY);
    this.endRecord();
  }

  /** Boundaries whose LF is among the held bytes, found in them plus `next` (the next chunk's first bytes); then the held bytes join the record. */
  private takeHeld(next: Buffer): void {
    const held = this.held;
    this.held = EMPTY;
    if (held.length === 0) return;
    const probe = Buffer.concat([held, next]);
    let from = 0;
    for (let boundary = nextBoundary(probe, 0); boundary !== -1 && boundary < held.length; boundary = nextBoundary(probe, from)) {
      this.add(held.subarray(from, boundary + 1));
      this.endRecord();
      from = boundary + 1;
    }
    this.add(held.subarray(from));
  }

  private add(piece: Buffer): void {
    if (this.overflowing) return this.sink.part(piece);
    this.pieces.push(piece);
    this.piecesLength += piece.length;
    if (this.piecesLength <= this.cap) return;
    // Too large to hold: what came so far, and the rest as it comes.
    this.overflowing = true;
    for (const held of this.pieces) this.sink.part(held);
    this.pieces = [];
    this.piecesLength = 0;
  }

  private endRecord(): void {
    if (this.overflowing) {
      this.overflowing = false;
      return;
    }
    const record = this.pieces.length === 1 ? (this.pieces[0] as Buffer) : Buffer.concat(this.pieces);
    this.pieces = [];
    this.piecesLength = 0;
    if (record.length > 0) this.sink.record(record);
  }
}
