/** "1 answer", "3 answers", "2 partial matches": a count with its noun in the right number. */
export const count = (n: number, one: string, many = /(s|x|z|ch|sh)$/.test(one) ? `${one}es` : `${one}s`) =>
  `${n} ${n === 1 ? one : many}`;
