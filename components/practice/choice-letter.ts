/** A choice's letter, shown before it and named in the feedback: A for the first. */
export const choiceLetter = (index: number) => String.fromCharCode(65 + index);
