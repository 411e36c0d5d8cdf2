/**
 * Files the run cannot read or write, reported in words. Node's system errors (`EISDIR: illegal operation on a
 * directory, rename '…/.x.tmp' -> '…'`) name codes and temporary paths a user never chose; these say which of the
 * user's files it is and what is wrong with it.
 */

/** A file or folder the run cannot use: the CLI prints the message as its one error line. */
export class FileError extends Error {
  constructor(readonly file: string, problem: string) {
    super(`${file}: ${problem}`);
    this.name = 'FileError';
  }
}

const SYSTEM_WORDS: Readonly<Record<string, string>> = {
  ENOENT: 'not found (the file or a folder on its path does not exist)',
  EISDIR: 'is a folder, not a file',
  ENOTDIR: 'a part of the path is a file, not a folder',
  EEXIST: 'already exists',
  ENOTEMPTY: 'the folder is not empty',
  EACCES: 'permission denied',
  EPERM: 'operation not permitted',
  EROFS: 'the disk is read-only',
  ENOSPC: 'no space left on the disk',
  EDQUOT: 'disk quota exceeded',
  EBUSY: 'in use by another program',
  ETXTBSY: 'in use by another program',
  EMFILE: 'too many files open',
  ENFILE: 'too many files open',
  ENAMETOOLONG: 'the name is too long',
  ELOOP: 'too many symbolic links on the path',
  EXDEV: 'cannot be moved to another disk',
  EIO: 'the disk could not be read or written',
  EINVAL: 'not a valid file name here',
};

/**
 * The system error code of `e` ('' when it is no system error). Other libraries' errors carry codes too (a YAML
 * parse error's `BAD_INDENT`); a system error is the one with the failed system call beside its code.
 */
export function systemCode(e: unknown): string {
  if (!(e instanceof Error)) return '';
  const { code, syscall, errno } = e as NodeJS.ErrnoException;
  return typeof code === 'string' && (typeof syscall === 'string' || typeof errno === 'number') ? code : '';
}

/** Whether `e` is a Node system error (a file that could not be opened, written, renamed ...). */
export function isSystemError(e: unknown): e is NodeJS.ErrnoException {
  return systemCode(e) !== '';
}

/** A system error in words (`EACCES` → `permission denied`); an unknown code keeps the system's own text. */
export function systemProblem(e: unknown): string {
  const words = SYSTEM_WORDS[systemCode(e)];
  if (words) return words;
  const text = e instanceof Error ? e.message : String(e);
  return text.split('\n')[0];
}

/**
 * Run `work`, turning a system error into a FileError naming `file` (what the user named, not a temporary path),
 * prefixed by what was being done: `cannot write: permission denied`.
 */
export async function namingFile<T>(file: string, doing: string, work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (e) {
    if (isSystemError(e)) throw new FileError(file, `${doing}: ${systemProblem(e)}`);
    throw e;
  }
}
