const number = new Intl.NumberFormat('en-GB');

/** "1 incident", "2 incidents", "1,200 reported figures": a count with its noun, never "1 rows". */
export function plural(n: number, one: string, many = `${one}s`): string {
  return `${number.format(n)} ${n === 1 ? one : many}`;
}
