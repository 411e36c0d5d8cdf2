/**
 * Recalculation bursts: calls that Excel delivered together, and so saw one state of the workbook.
 *
 * Excel's custom-functions runtime (office.js, CustomFunctionProxy) receives the calls of a recalculation as one
 * message, parses every call's arguments out of it first, and then starts the calls one after another in a plain
 * synchronous loop; only after a second of work does it continue the loop in a timer task. A user's edit, a
 * change event or the next recalculation arrives as another message, which the runtime can only handle after
 * that loop has returned. So calls started before the next microtask checkpoint all carry values from the same
 * snapshot of the workbook, and that checkpoint is where a burst ends. (The continuation of a long message
 * starts a new burst: that costs one more full comparison, never a wrong answer.)
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

