/** The report stage: pure renderers of a `GateReport`. No I/O, no `@actions/*`. */
export { renderJson } from './json.js';
export { renderText, type TextOptions } from './text.js';
export { renderMarkdown, MARKDOWN_LIMITS, type MarkdownOptions } from './markdown.js';
export { toAnnotations, type Annotation, type AnnotationOptions, type AnnotationSet } from './annotations.js';
export { renderSarif, SARIF_SCHEMA, TOOL_INFORMATION_URI, type SarifOptions } from './sarif.js';
export { renderBadge, type BadgeOptions } from './badge.js';
export {
  neutralizeWorkflowCommands,
  escapeCommandData,
  escapeCommandProperty,
  formatWorkflowCommand,
  escapeMarkdown,
  escapeHtml,
  visible,
  type RepoLinks,
} from './escape.js';
export { artifactState, headline, type ArtifactState } from './view.js';
