/**
 * Why `db:copy` will not start or did not finish, in one line for the command line: a bad URL, an
 * unreachable server, a source or target that is not ready. Nothing was changed when it is thrown.
 */
export class CopyRefusal extends Error {
  name = "CopyRefusal";
}

/** The first line of an error's message: the driver's messages run on with details and hints. */
export const oneLine = (error: unknown) => String(error instanceof Error ? error.message : error).split("\n")[0]!;
