/**
 * Input that cannot be read at all (missing file, corrupt or password-protected workbook, no register header).
 * The CLI prints its message as the single error line, so the message always starts with the file.
 */
export class InputError extends Error {
  constructor(readonly file: string, problem: string) {
    super(`${file}: ${problem}`);
    this.name = 'InputError';
  }
}
