/** Build failures that name the file and the place, so a broken seed is found without a debugger. */

/** A problem in one input file, at a line:column when the place is known. */
export class BuildError extends Error {
  constructor(
    readonly file: string,
    readonly place: string | null,
    detail: string,
  ) {
    super(`${file}${place === null ? '' : `:${place}`}: ${detail}`);
    this.name = 'BuildError';
  }
}

/** 1-based line:column of a JS string offset, as editors show it. */
export function lineColumn(text: string, offset: number): string {
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  const column = offset - (before.lastIndexOf('\n') + 1) + 1;
  return `${line}:${column}`;
}

/** Throw a BuildError located at an offset of a text. */
export function failAt(file: string, text: string, offset: number, detail: string): never {
  throw new BuildError(file, lineColumn(text, offset), detail);
}
