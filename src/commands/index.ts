export { checkCommand, healthcheckCommand } from './check-commands.js';
export { runCommand, serveCommand } from './daemon-commands.js';
export { explainCommand } from './explain-command.js';
export { exportCommand } from './export-command.js';
export { fetchCommand } from './fetch-command.js';
export { opmlExportCommand, opmlImportCommand } from './opml-command.js';
export { topicsListCommand, topicsTestCommand } from './topics-command.js';
export { topicsEvalCommand, topicsTeachCommand } from './topics-learning-command.js';
export type { CommandIo } from './with-app.js';
