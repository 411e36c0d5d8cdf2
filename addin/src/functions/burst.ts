/**
 * Recalculation bursts: calls that Excel delivered together, and so saw one state of the workbook.
 *
 * Excel's custom-functions runtime receives the calls of a recalculation as one message, parses every call's
 * arguments from it, and then starts the calls one after another in a plain synchronous loop (it only breaks the
 * loop into later timer tasks after a second of work). A user's edit, a change event or the next recalculation
 * arrives as another message, which the runtime can only handle after that loop has returned. So calls started
 * before the next microtask checkpoint all carry values from the same snapshot of the workbook, and that
 * checkpoint is where a burst ends. (A later part of one long message starts a new burst: that costs one more
 * check, never a wrong answer.)
 */

let current = 0;
let closing = false;

/**
 * The number of the burst a call belongs to. Take it when the call starts, before any `await`: a continuation
 * that runs later may share its task with calls from another message.
 */
export function currentBurst(): number {
  if (!closing) {
    closing = true;
    // A microtask (not a timer): no other message can be handled before it runs.
    void Promise.resolve().then(() => {
      current++;
      closing = false;
    });
  }
  return current;
}

