/**
 * Which of a bucket's required literals a basename contains, found in one pass over its characters
 * (an Aho–Corasick automaton, ASCII case folded). Only the rows whose literal is there are then
 * tested: a `*.py` bucket holds a hundred `*word*.py` rows, and most basenames contain one word or none.
 */
export class PieceFinder {
  /** Character code (ASCII) → its class: 0 for a character in no literal, which sends the scan back to the start. */
  private readonly classOf = new Uint8Array(128);
  private readonly width: number;
  /** state * width + class → next state. */
  private readonly next: Int32Array;
  /** The literals recognised on entering a state (its own and those of its suffixes): ids in outIds[outStart[s]..outStart[s+1]). */
  private readonly outStart: Int32Array;
  private readonly outIds: Int32Array;
  /** Per literal id, the stamp of the last scan that found it: each is reported once per scan. */
  private readonly seen: Int32Array;
  private stamp = 0;
  /** Ids found by the last scan, in found[0..count). */
  readonly found: Int32Array;
  count = 0;

  /** `pieces` are lower-case printable ASCII, each at least one character; an id is the piece's index. */
  constructor(pieces: readonly string[]) {
    let classes = 1;
    for (const piece of pieces) {
      for (let i = 0; i < piece.length; i++) {
        const c = piece.charCodeAt(i);
        if (this.classOf[c] === 0) this.classOf[c] = classes++;
      }
    }
    this.width = classes;
    // The trie, transitions dense over the few classes.
    const trie: number[][] = [new Array<number>(classes).fill(-1)];
    const own: number[][] = [[]];
    pieces.forEach((piece, id) => {
      let state = 0;
      for (let i = 0; i < piece.length; i++) {
        const k = this.classOf[piece.charCodeAt(i)] as number;
        const row = trie[state] as number[];
        if (row[k] === -1) {
          row[k] = trie.length;
          trie.push(new Array<number>(classes).fill(-1));
          own.push([]);
        }
        state = row[k] as number;
      }
      (own[state] as number[]).push(id);
    });
    // Breadth first: each state's missing transitions follow its suffix link, and it inherits the link's output.
    const states = trie.length;
    const next = new Int32Array(states * classes);
    const link = new Int32Array(states);
    const out: number[][] = own.map((ids) => [...ids]);
    const queue: number[] = [];
    for (let k = 0; k < classes; k++) {
      const to = (trie[0] as number[])[k] as number;
      next[k] = to === -1 ? 0 : to;
      if (to !== -1) queue.push(to);
    }
    for (let head = 0; head < queue.length; head++) {
      const s = queue[head] as number;
      const row = trie[s] as number[];
      (out[s] as number[]).push(...(out[link[s] as number] as number[]));
      for (let k = 0; k < classes; k++) {
        const to = row[k] as number;
        const via = next[(link[s] as number) * classes + k] as number;
        if (to === -1) next[s * classes + k] = via;
        else {
          next[s * classes + k] = to;
          link[to] = k === 0 ? 0 : via;
          queue.push(to);
        }
      }
    }
    this.next = next;
    this.outStart = new Int32Array(states + 1);
    let total = 0;
    for (let s = 0; s < states; s++) {
      this.outStart[s] = total;
      total += (out[s] as number[]).length;
    }
    this.outStart[states] = total;
    this.outIds = new Int32Array(total);
    for (let s = 0; s < states; s++) this.outIds.set(out[s] as number[], this.outStart[s] as number);
    this.seen = new Int32Array(pieces.length);
    this.found = new Int32Array(pieces.length);
  }

  /**
   * Scans `text` from `from` to its end; the ids of the literals it contains are then in `found`, `count`
   * of them. False when the text holds a character beyond ASCII (then nothing is said about it).
   */
  scan(text: string, from: number): boolean {
    const found = this.found;
    let count = 0;
    this.count = 0;
    const stamp = ++this.stamp;
    const { classOf, next, width, outStart, outIds, seen } = this;
    let state = 0;
    for (let i = from; i < text.length; i++) {
      let c = text.charCodeAt(i);
      if (c >= 128) return false;
      if (c >= 65 && c <= 90) c |= 32;
      state = next[state * width + (classOf[c] as number)] as number;
      const end = outStart[state + 1] as number;
      for (let j = outStart[state] as number; j < end; j++) {
        const id = outIds[j] as number;
        if (seen[id] !== stamp) {
          seen[id] = stamp;
          found[count++] = id;
        }
      }
    }
    this.count = count;
    return true;
  }
}
