/**
 * What the page runs in: inside Excel the Office JavaScript API is present; in a plain browser (the pane opened
 * on its own) and in Node (tests) it is not, and everything that needs it is skipped.
 */

/** Whether Office's Excel API is present (inside Excel, not in a plain browser or Node). */
export function hasExcel(): boolean {
  return typeof Excel !== 'undefined' && typeof Excel.run === 'function';
}
