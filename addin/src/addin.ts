/**
 * The add-in's one script for Excel's shared runtime: the CRM.* functions and the task pane load together in
 * taskpane.html, so they share one evaluation cache and one copy of the engine.
 */
import './functions/functions';
import './taskpane/taskpane';
