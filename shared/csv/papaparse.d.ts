// The part of papaparse Report Desk uses, typed here: @types/papaparse brings Node's types
// (streams) into shared/, which must compile without them (shared/tsconfig.json).
declare module 'papaparse' {
  export interface ParseError {
    type: string;
    code: string;
    message: string;
    /** The row (0-based, among the rows parsed) where the problem was found. */
    row?: number;
    /** The character offset in the text, where papaparse knows it. */
    index?: number;
  }
  export interface ParseMeta {
    delimiter: string;
    linebreak: string;
    aborted: boolean;
    truncated: boolean;
    /** The character offset just past what has been parsed. */
    cursor: number;
  }
  export interface ParseStepResult {
    data: string[];
    errors: ParseError[];
    meta: ParseMeta;
  }
  export interface ParseResult {
    data: string[][];
    errors: ParseError[];
    meta: ParseMeta;
  }
  export interface ParseConfig {
    delimiter?: string;
    newline?: string;
    quoteChar?: string;
    escapeChar?: string;
    header?: false;
    skipEmptyLines?: boolean | 'greedy';
    step?: (results: ParseStepResult) => void;
  }
  export interface UnparseConfig {
    quotes?: boolean | boolean[];
    quoteChar?: string;
    escapeChar?: string;
    delimiter?: string;
    header?: boolean;
    newline?: string;
    /** Quotes a cell that starts with =, +, - or @ so a spreadsheet takes it as text, not a formula. */
    escapeFormulae?: boolean | RegExp;
  }
  export function parse(input: string, config: ParseConfig): ParseResult;
  export function unparse(data: readonly (readonly string[])[], config?: UnparseConfig): string;
  const Papa: { parse: typeof parse; unparse: typeof unparse };
  export default Papa;
}
