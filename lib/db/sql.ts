// Provider-neutral SQL fragments: Prisma renders placeholders for whichever adapter runs them.
export { sqltag as sql, join, raw, empty, Sql } from "@prisma/client/runtime/client";
