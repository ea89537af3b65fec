export type Row = Record<string, unknown>;

/** Parameterised SQL only: values always travel as $1, $2..., never spliced into the text. */
export interface Sql {
  query<T extends Row = Row>(text: string, params?: unknown[]): Promise<T[]>;
}

export interface Db extends Sql {
  kind: 'postgres' | 'pglite';
  transaction<T>(fn: (tx: Sql) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}
