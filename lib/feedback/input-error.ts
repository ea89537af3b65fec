/** A request the API refuses: its HTTP status and a message for the caller; nothing is stored. */
export class InputError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
    this.name = 'InputError';
  }
}
