import { describe, expect, it } from 'vitest';
import { cleanText, codeSpan, escapeMarkdown, neutralizeWorkflowCommands } from '../../src/report/escape.js';
import { HOSTILE } from './fixture-report.js';

describe('escapeMarkdown', () => {
  const out = escapeMarkdown(HOSTILE);

  it('leaves no HTML, table break, link, image or code span', () => {
    expect(out).not.toMatch(/<|>/);
    expect(out).not.toMatch(/(^|[^\\])\|/);
    expect(out).not.toMatch(/(^|[^\\])[[\]()`]/);
    expect(out).toContain('&lt;img');
  });

  it('stops mentions, references, entity tricks and autolinks', () => {
    expect(out).not.toMatch(/@[\w]/);
    expect(out).toContain('@\u200bsomeone');
    expect(out).toContain('@\u200borg/team');
    expect(out).toContain('\\#\u200b12');
    expect(out).toContain('&amp;\\#\u200b64;');
    expect(out).not.toContain('https://');
    expect(out).toContain('www\u200b\\.evil');
  });

  it('removes line breaks, direction overrides and controls, and bounds the length', () => {
    expect(escapeMarkdown('a\r\nb\u202ec\u0000d')).toBe('a bcd');
    expect(cleanText('x'.repeat(2000), 10)).toBe(`${'x'.repeat(10)}…`);
    // Never half a surrogate pair.
    expect(cleanText('a😀b', 2)).toBe('a…');
  });
});

describe('codeSpan', () => {
  it('fences past any run of backticks', () => {
    expect(codeSpan('a``b')).toBe('```a``b```');
    expect(codeSpan('`x')).toBe('`` `x ``');
  });

  it('escapes pipes only in tables', () => {
    expect(codeSpan('a|b', true)).toBe('`a\\|b`');
    expect(codeSpan('a|b')).toBe('`a|b`');
  });
});

describe('neutralizeWorkflowCommands', () => {
  it('breaks :: and ##[ wherever they are, so no line is read as a command', () => {
    const out = neutralizeWorkflowCommands('::error::x\n  ::add-mask::y\u0085::stop-commands::z and ##[set-output name=a]b');
    expect(out).not.toContain('::');
    expect(out).not.toContain('##[');
  });
});
