/**
 * JSON out of a CLI without building the whole text first: see `writeJson`.
 */
import { writeSync } from 'node:fs';

/**
 * Stdout as UTF-8 through plain system calls: setting up `process.stdout` costs ~7 ms, 2% of a
 * short run. Text is encoded into one small buffer used again and again, which touches far fewer
 * fresh memory pages than the whole output encoded at once. A reader that stops early (`| head`)
 * ends the output, as it would a stream.
 */
export class FileWriter {
  // UTF-16 code units encoded at a time: three bytes each at most
  static readonly CHUNK = 1 << 15;
  private readonly bytes = Buffer.allocUnsafe(3 * FileWriter.CHUNK);
  private used = 0;
  private closed = false;
  // a stdout inherited non-blocking says EAGAIN while the reader is behind: wait a millisecond
  // rather than spin
  private readonly pause = new Int32Array(new SharedArrayBuffer(4));

  constructor(private readonly fd: number) {}

  write(text: string): void {
    for (let from = 0; from < text.length && !this.closed; ) {
      let to = Math.min(from + FileWriter.CHUNK, text.length);
      // a surrogate pair is encoded whole
      if (to < text.length && isHighSurrogate(text.charCodeAt(to - 1))) to--;
      if (this.used + 3 * (to - from) > this.bytes.length) this.flush();
      this.used += this.bytes.write(
        from === 0 && to === text.length ? text : text.slice(from, to),
        this.used,
      );
      from = to;
    }
  }

  flush(): void {
    for (let at = 0; at < this.used && !this.closed; ) {
      try {
        at += writeSync(this.fd, this.bytes, at, this.used - at);
      } catch (error) {
        const code = (error as NodeJS.ErrnoException).code;
        if (code === 'EPIPE') this.closed = true;
        else if (code !== 'EAGAIN') throw error;
        else Atomics.wait(this.pause, 0, 0, 1);
      }
    }
    this.used = 0;
  }
}

const isHighSurrogate = (c: number) => c >= 0xd800 && c <= 0xdbff;

/**
 * Writes `JSON.stringify(value, null, 1)` and a newline, byte for byte, one element of each array
 * member at a time (the DebateGraph's documents, actors, quotes …). The whole text at once is a
 * string of ~4.5x the input's size, joined from parts that outlive the young generation and then
 * flattened into fresh memory (~20 ms of a 0.25 s run over 0.36 MB: on the team's virtual machines
 * a page touched for the first time costs ~12 µs). Each element's text dies young instead, in
 * memory used again. An element is stringified inside two arrays, which indent it as deep as it
 * stands in the object; the five characters either side are those arrays'.
 */
export function writeJson(out: FileWriter, value: object): void {
  // the members JSON keeps (it leaves out undefined, functions and symbols)
  const members = Object.entries(value).filter(
    ([, member]) =>
      member !== undefined && typeof member !== 'function' && typeof member !== 'symbol',
  );
  if (members.length === 0) out.write('{}');
  members.forEach(([key, member], k) => {
    out.write(k === 0 ? '{\n' : ',\n');
    if (!Array.isArray(member) || member.length === 0) {
      // the member as it stands inside the object, without the braces
      const text = JSON.stringify({ [key]: member }, null, 1);
      out.write(text.slice(2, text.length - 2));
      return;
    }
    out.write(` ${JSON.stringify(key)}: [\n`);
    member.forEach((element, n) => {
      if (n > 0) out.write(',\n');
      const nested = JSON.stringify([[element]], null, 1);
      out.write(nested.slice(5, nested.length - 5));
    });
    out.write('\n ]');
  });
  if (members.length > 0) out.write('\n}');
  out.write('\n');
  out.flush();
}
