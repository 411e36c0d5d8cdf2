/** A command-line value that is not allowed (or outputs that would overwrite inputs); exit code 2. */
export class UsageError extends Error {}
