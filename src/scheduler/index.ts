export { createHostLimiter, leaseMsFor, runPollCycle } from './run-poll-cycle.js';
export { type Scheduler, startScheduler } from './start-scheduler.js';
