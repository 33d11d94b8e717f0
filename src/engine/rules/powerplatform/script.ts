// script.csx: the shape the custom-code host expects.
import { defineRule, BOTH } from '../rule.js';
import { DOCS } from '../docs-links.js';
import { connectorOf } from './shared/connector.js';

// Namespaces the "Write code in a custom connector" page lists as supported.
const NAMESPACES = [
  'System',
  'System.Collections',
  'System.Collections.Generic',
  'System.Diagnostics',
  'System.IO',
  'System.IO.Compression',
  'System.Linq',
  'System.Net',
  'System.Net.Http',
  'System.Net.Http.Headers',
  'System.Net.Security',
  'System.Security.Authentication',
  'System.Security.Cryptography',
  'System.Text',
  'System.Text.RegularExpressions',
  'System.Threading',
  'System.Threading.Tasks',
  'System.Web',
  'System.Xml',
  'System.Xml.Linq',
  'System.Drawing',
  'System.Drawing.Drawing2D',
  'System.Drawing.Imaging',
  'Microsoft.Extensions.Logging',
  'Newtonsoft.Json',
  'Newtonsoft.Json.Linq',
];

export const scriptCode = defineRule({
  id: 'powerplatform.script-code',
  title: 'script.csx defines Script : ScriptBase with ExecuteAsync, uses supported namespaces and Context.SendAsync',
  severity: 'warning',
  audiences: BOTH,
  kinds: ['power-platform-connector'],
  docs: DOCS.connectorWriteCode,
  description:
    'The host loads `public class Script : ScriptBase` and calls `ExecuteAsync`; only the listed namespaces are available, and requests go through ' +
    '`Context.SendAsync` rather than a new HttpClient. A static reading of the code, so warnings.',
  *check({ pkg }) {
    const name = connectorOf(pkg).files.script;
    const code = name ? pkg.text(name) : undefined;
    if (!name || code === undefined) return;
    if (!/class\s+Script\s*:\s*ScriptBase\b/.test(code)) yield { file: name, line: 1, message: `${name} must define "public class Script : ScriptBase".` };
    if (!/\bExecuteAsync\s*\(/.test(code)) yield { file: name, line: 1, message: `${name} must override ExecuteAsync.` };
    for (const [i, text] of code.split('\n').entries()) {
      const m = /^\s*using\s+(?:static\s+)?([A-Za-z_][\w.]*)\s*;/.exec(text);
      if (m && !NAMESPACES.includes(m[1])) yield { file: name, line: i + 1, message: `Namespace ${m[1]} is not available to connector code.` };
      if (/new\s+HttpClient\s*\(/.test(text)) yield { file: name, line: i + 1, message: 'Send requests with this.Context.SendAsync, not a new HttpClient.' };
    }
  },
});
