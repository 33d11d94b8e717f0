// Package text is untrusted (it comes from pull requests). These keep it inert in each output.

/** Markdown table cell or inline text: no HTML, no table breaks, no @mentions, no links or images injected. */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/\r?\n|\r/g, ' ')
    .replace(/[\\`*_{}[\]()#+!|<>~]/g, (c) => `\\${c}`)
    .replace(/&/g, '&amp;')
    .replace(/@(?=\w)/g, '@\u200b');
}

/** Inline code span: backticks cannot end the span early. */
export function codeSpan(text: string): string {
  const clean = text.replace(/\r?\n|\r/g, ' ').replace(/`/g, "'");
  return `\`${clean}\``;
}

/**
 * Plain text printed to a workflow log: a line starting with `::` or `##[` would be read as a
 * workflow command, so those markers are broken with a zero-width space wherever they occur.
 */
export function neutralizeWorkflowCommands(text: string): string {
  return text.replace(/::/g, ':\u200b:').replace(/##\[/g, '#\u200b#[');
}
