/** A piece of WHERE clause with its bound values: fixed SQL text, every value a parameter. */
export type SqlValue = string | number;
export type Where = { sql: string; params: SqlValue[] };
