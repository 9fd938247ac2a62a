/** Numbers distinct texts 0, 1, 2… in order of first sight: how sorting and sort keys count texts. */
export class TextNumbers {
  readonly texts: string[] = [];
  private readonly seen = new Map<string, number>();

  numberOf(text: string): number {
    let n = this.seen.get(text);
    if (n === undefined) {
      n = this.texts.length;
      this.seen.set(text, n);
      this.texts.push(text);
    }
    return n;
  }
}
