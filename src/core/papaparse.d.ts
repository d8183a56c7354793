/**
 * The part of papaparse Roster uses, typed here instead of with @types/papaparse: those types
 * reference Node's, and the library's own typecheck (tsconfig.build.json) keeps Node out so that
 * browser code cannot lean on Node globals unnoticed.
 */
declare module 'papaparse' {
  export interface ParseError {
    /** e.g. `MissingQuotes`. */
    code: string;
    /** The row within the chunk. */
    row?: number;
  }
  export interface ParseResult<T> {
    data: T[];
    errors: ParseError[];
  }
  export interface Parser {
    abort(): void;
    pause(): void;
    resume(): void;
  }
  export interface ParseConfig<T> {
    delimiter?: string;
    newline?: string;
    skipEmptyLines?: boolean;
    chunkSize?: number;
    chunk?(results: ParseResult<T>, parser: Parser): void;
    complete?(): void;
    error?(): void;
  }
  export function parse<T = unknown>(input: string, config?: ParseConfig<T>): ParseResult<T>;
  const Papa: { parse: typeof parse };
  export default Papa;
}
