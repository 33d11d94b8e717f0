export const id = 245;
export const ids = [245];
export const modules = {

/***/ 2245:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  readToolkitProject: () => (/* binding */ readToolkitProject)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/engine/read/package-view.ts
var package_view = __webpack_require__(165);
// EXTERNAL MODULE: ./src/engine/read/limits.ts
var limits = __webpack_require__(8083);
// EXTERNAL MODULE: ./src/engine/json/document.ts + 2 modules
var json_document = __webpack_require__(4693);
// EXTERNAL MODULE: ./src/engine/util/values.ts
var values = __webpack_require__(6489);
// EXTERNAL MODULE: ./src/engine/read/toolkit/files.ts
var toolkit_files = __webpack_require__(1941);
;// CONCATENATED MODULE: ./src/engine/read/toolkit/expand.ts
// The toolkit's substitutions in packaged text files (fx-core envFunctionUtils.expandVariableWithFunction and
// utils/common.expandEnvironmentVariable): `$[file('x.txt')]` inlines a .txt or .md file from the referencing file's
// folder (JSON-escaped, its own `${{VAR}}` replaced, CRLF made LF, BOM dropped; an empty file leaves the call in place),
// then each `${{ VAR }}` is replaced in order. Where each placeholder sits in its source file is recorded, so a
// finding about a variable lands on the line that uses it.


/** The toolkit's placeholder: `${{NAME}}`, spaces allowed inside the braces. */
const PLACEHOLDER = /\$\{\{ *[a-zA-Z_][a-zA-Z0-9_]* *\}\}/g;
/**
 * The toolkit's function call: `$[name(...)]`; only file() is supported. The arguments stop at a `[` too (the toolkit's
 * expression stops only at `]`), so that a run of `$[f(` is scanned once, not once per call.
 */
const FUNCTION = /\$\[ *[a-zA-Z][a-zA-Z]*\([^[\]]*\) *\]/g;
const MAX_NESTING = 4;
/** 1-based line and column of `index` in `text`. */
function positionIn(text, index) {
    let line = 1;
    let lineStart = 0;
    for (let i = text.indexOf('\n'); i !== -1 && i < index; i = text.indexOf('\n', i + 1)) {
        line++;
        lineStart = i + 1;
    }
    return { line, column: index - lineStart + 1 };
}
/** A finding's repository location: `index` in `text`, the file shown as `path`; none for files outside the repository. */
function sourceAt(path, text, index) {
    if (path.startsWith('../') || path === '..' || (0,external_node_path_.isAbsolute)(path))
        return undefined;
    return { path, ...positionIn(text, Math.max(0, index)) };
}
function expand_location(ctx, abs, text, index) {
    return sourceAt(ctx.shown(abs), text, index);
}
/** Records every placeholder of a source file's text as a use of its variable, at its line. */
function recordUses(text, abs, ctx) {
    for (const m of text.matchAll(PLACEHOLDER)) {
        const at = expand_location(ctx, abs, text, m.index ?? 0);
        if (at)
            ctx.vars.use(nameOf(m[0]), at);
    }
}
function nameOf(placeholder) {
    return placeholder.slice(3, -2).trim();
}
/** `${{VAR}}` replaced in order, as the toolkit does (a string replacement of each occurrence in turn). */
function expandVariables(text, vars) {
    let out = text;
    for (const placeholder of text.match(PLACEHOLDER) ?? [])
        out = out.replace(placeholder, vars.valueOf(nameOf(placeholder)));
    return out;
}
/**
 * `$[file(...)]` calls replaced by the files they name. `fromAbs` is the file the text belongs to (paths are relative
 * to its folder); `sourceText` is that file's text as written, for the position of a call that fails.
 */
async function expandFunctions(text, fromAbs, sourceText, ctx) {
    let out = text;
    for (const call of text.match(FUNCTION) ?? []) {
        const value = await callValue(call.slice(2, -1).trim(), fromAbs, ctx, 0);
        if (typeof value !== 'string') {
            ctx.problems.push({ ruleId: 'package.toolkit-build', message: `${call} in ${ctx.shown(fromAbs)} ${value.reason}.`, source: expand_location(ctx, fromAbs, sourceText, sourceText.indexOf(call)) });
            continue;
        }
        if (value)
            out = out.replace(call, JSON.stringify(value).slice(1, -1));
    }
    return out;
}
async function callValue(call, fromAbs, ctx, depth) {
    if (!call.startsWith('file(') || !call.endsWith(')'))
        return { reason: 'is not a function the toolkit knows (only file() is)' };
    const param = call.slice(5, -1).trim();
    let path;
    if (param.length >= 2 && param.startsWith("'") && param.endsWith("'"))
        path = param.slice(1, -1);
    else if (param.startsWith('${{') && param.endsWith('}}'))
        path = expandVariables(param, ctx.vars);
    else if (param.startsWith('file(') && param.endsWith(')') && depth < MAX_NESTING) {
        const inner = await callValue(param, fromAbs, ctx, depth + 1);
        if (typeof inner !== 'string')
            return inner;
        path = inner;
    }
    else
        return { reason: "has a parameter the toolkit does not accept (a quoted path, ${{VAR}} or file(...))" };
    return inlineFile(path, fromAbs, ctx);
}
async function inlineFile(path, fromAbs, ctx) {
    const dir = (0,external_node_path_.dirname)(fromAbs);
    const abs = (0,external_node_path_.resolve)(dir, path);
    if (!(0,toolkit_files/* isInside */.FK)(dir, abs))
        return { reason: `names ${JSON.stringify(path)}, outside the folder of the file that uses it; the toolkit refuses it` };
    if (!['.txt', '.md'].includes((0,external_node_path_.extname)(abs).toLowerCase()))
        return { reason: `names ${JSON.stringify(path)}; the toolkit inlines only .txt and .md files` };
    const read = await (0,toolkit_files/* readRegularFile */.XF)(abs);
    if (!read.ok)
        return { reason: read.reason === 'missing' ? `names ${JSON.stringify(path)}, which does not exist` : `names ${JSON.stringify(path)}, which is not a regular file that can be read` };
    const text = (0,toolkit_files/* stripBom */.F8)(read.bytes.toString('utf8'));
    recordUses(text, abs, ctx);
    return expandVariables(text, ctx.vars).replace(/\r\n/g, '\n');
}

// EXTERNAL MODULE: ./src/engine/read/toolkit/stand-ins.ts
var stand_ins = __webpack_require__(5471);
;// CONCATENATED MODULE: ./src/engine/read/toolkit/build.ts
// Builds a toolkit project's app package in memory, following fx-core's teamsApp/zipAppPackage driver
// (CreateAppPackageDriver.build) file by file:
// - manifest.json: parsed, re-serialized compact, `$[file()]` and `${{VAR}}` replaced, parsed again, written with
//   four-space indentation; an id that is not a GUID after substitution is replaced (the toolkit makes a random one);
// - icons (color, outline; color32x32 from manifest 1.21) as they are;
// - localization files (additionalLanguages from 1.5, defaultLanguageFile from 1.19) with substitutions;
// - an API-based message extension (from 1.17): its OpenAPI description (`${{VAR}}` only) and response templates;
// - the first declarative agent (from 1.19) with substitutions, each action's plugin (static_template.file inlined,
//   underscores removed from the namespace), each plugin's OpenAPI description (`${{VAR}}` only) and MCP tool
//   description file, and embedded knowledge files;
// - the manifest's agentSkills folders and agentConnectors' tool description files.
// Files the toolkit would refuse (outside the app folder) are problems; a missing referenced file is left out, so the
// rules report it where the manifest names it. Each packaged file records the source file it came from.







const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** The manifest's version as the toolkit compares it (semver.coerce; devPreview counts as 1.19). */
function manifestVersion(value) {
    const v = (0,values/* asString */.oJ)(value);
    if (v === 'devPreview')
        return [1, 19];
    const m = v ? /(\d+)(?:\.(\d+))?/.exec(v) : null;
    return m ? [Number(m[1]), Number(m[2] ?? 0)] : undefined;
}
function atLeast(v, major, minor) {
    return !!v && (v[0] > major || (v[0] === major && v[1] >= minor));
}
/** Builds the package; `manifestAbs` is the template, `appDir` the folder files are packaged from. */
async function buildPackage(manifestAbs, appDir, ctx) {
    const b = { files: new Map(), origins: new Map(), substituted: new Set(), appDir, ctx };
    const manifest = await buildManifest(b, manifestAbs);
    if (!manifest)
        return b;
    const version = manifestVersion(manifest.manifestVersion);
    const icons = (0,values/* asRecord */.qY)(manifest.icons);
    const iconRefs = [icons?.color, icons?.outline, ...(atLeast(version, 1, 21) && icons?.color32x32 ? [icons.color32x32] : [])];
    for (const icon of iconRefs)
        await addRaw(b, (0,values/* asString */.oJ)(icon));
    const localization = (0,values/* asRecord */.qY)(manifest.localizationInfo);
    if (atLeast(version, 1, 5))
        for (const lang of (0,values/* asArray */._j)(localization?.additionalLanguages))
            await addResolved(b, (0,values/* asString */.oJ)((0,values/* asRecord */.qY)(lang)?.file), 'json');
    if (atLeast(version, 1, 19))
        await addResolved(b, (0,values/* asString */.oJ)(localization?.defaultLanguageFile), 'json');
    const extension = (0,values/* asRecord */.qY)((0,values/* asArray */._j)(manifest.composeExtensions)[0]);
    if (atLeast(version, 1, 17) && extension?.composeExtensionType === 'apiBased' && (0,values/* asString */.oJ)(extension.apiSpecificationFile)) {
        const spec = (0,values/* asString */.oJ)(extension.apiSpecificationFile);
        await addResolved(b, spec, 'spec', b.appDir, normalizeRef(spec));
        for (const command of (0,values/* asArray */._j)(extension.commands))
            await addRaw(b, (0,values/* asString */.oJ)((0,values/* asRecord */.qY)(command)?.apiResponseRenderingTemplateFile));
    }
    const agent = (0,values/* asRecord */.qY)((0,values/* asArray */._j)((0,values/* asRecord */.qY)(manifest.copilotAgents)?.declarativeAgents)[0]);
    if (atLeast(version, 1, 19) && (0,values/* asString */.oJ)(agent?.file))
        await addAgent(b, (0,values/* asString */.oJ)(agent?.file));
    for (const skill of (0,values/* asArray */._j)(manifest.agentSkills))
        await addFolder(b, (0,values/* asString */.oJ)((0,values/* asRecord */.qY)(skill)?.folder));
    for (const connector of (0,values/* asArray */._j)(manifest.agentConnectors)) {
        const tools = (0,values/* asRecord */.qY)((0,values/* asRecord */.qY)((0,values/* asRecord */.qY)((0,values/* asRecord */.qY)(connector)?.toolSource)?.remoteMcpServer)?.mcpToolDescription);
        await addRaw(b, (0,values/* asString */.oJ)(tools?.file));
    }
    return b;
}
async function buildManifest(b, abs) {
    const shown = b.ctx.shown(abs);
    const read = await (0,toolkit_files/* readRegularFile */.XF)(abs);
    if (!read.ok) {
        b.ctx.problems.push({ ruleId: 'package.toolkit-build', message: `${shown} ${read.reason === 'missing' ? 'does not exist' : 'cannot be read'}; the toolkit builds the package from it.` });
        return undefined;
    }
    const source = (0,toolkit_files/* stripBom */.F8)(read.bytes.toString('utf8'));
    const template = parseObject(b, abs, source);
    if (!template)
        return undefined;
    recordUses(source, abs, b.ctx);
    // The id is set aside before substitution: a missing variable there never stops the toolkit, which puts a new
    // random GUID instead of anything that is not a GUID.
    const id = expandVariables(String(template.id ?? ''), b.ctx.vars);
    template.id = '';
    const text = expandVariables(await expandFunctions(JSON.stringify(template), abs, source, b.ctx), b.ctx.vars);
    let manifest;
    try {
        manifest = (0,values/* asRecord */.qY)(JSON.parse(text));
    }
    catch {
        b.ctx.problems.push({ ruleId: 'package.toolkit-build', message: `${shown} is not valid JSON once its variables are replaced: a value holds a quote or a backslash.` });
        return undefined;
    }
    if (!manifest)
        return undefined;
    if (GUID.test(id))
        manifest.id = id;
    else {
        manifest.id = (0,stand_ins/* standInGuid */.bb)(`id:${id}`);
        if (!/\$\{\{/.test(String(template.id ?? '')) && id) {
            b.ctx.problems.push({ ruleId: 'package.toolkit-build', severity: 'warning', message: `The app id ${JSON.stringify(id)} is not a GUID, so the toolkit puts a new random GUID in its place at every build: each build is a different app. Use a GUID, or \${{TEAMS_APP_ID}}.`, source: at(b, abs, source, source.indexOf('"id"')) });
        }
    }
    add(b, 'manifest.json', Buffer.from(JSON.stringify(manifest, null, 4)), abs, true);
    return manifest;
}
function at(b, abs, text, index) {
    return sourceAt(b.ctx.shown(abs), text, index);
}
/** `text` parsed as a JSON object, or undefined with a problem placed in the template (`source`). */
function parseObject(b, abs, text, source = text) {
    let value;
    try {
        value = JSON.parse(text);
    }
    catch {
        const error = (0,json_document/* parseJsonDocument */.d)(abs, source).error;
        const start = at(b, abs, source, 0);
        b.ctx.problems.push({
            ruleId: 'package.toolkit-build',
            message: `${b.ctx.shown(abs)} is not valid JSON${error ? ` (${error.message.replace(/\.$/, '')})` : ''}; the toolkit stops there.`,
            source: start && error ? { ...start, line: error.line, column: error.column } : start,
        });
        return undefined;
    }
    const object = (0,values/* asRecord */.qY)(value);
    if (!object)
        b.ctx.problems.push({ ruleId: 'package.toolkit-build', message: `${b.ctx.shown(abs)} is not a JSON object; the toolkit stops there.`, source: at(b, abs, source, 0) });
    return object;
}
function add(b, name, bytes, origin, substituted) {
    if (b.files.size >= limits/* MAX_ENTRIES */.Sd && !b.files.has(name))
        return;
    b.files.set(name, bytes);
    b.origins.set(name, origin);
    if (substituted)
        b.substituted.add(name);
    else
        b.substituted.delete(name);
}
/** The packaged name of a file the manifest names: its path below the app folder, '/'-separated. */
function entryName(b, abs) {
    return (0,toolkit_files/* slashes */.k2)((0,external_node_path_.relative)(b.appDir, abs));
}
/** The absolute path of a reference, or undefined (with a problem) when the toolkit would refuse it. */
function resolveRef(b, ref, from = b.appDir) {
    const abs = (0,external_node_path_.resolve)(from, ref);
    if ((0,toolkit_files/* isInside */.FK)(b.appDir, abs))
        return abs;
    b.ctx.problems.push({ ruleId: 'package.toolkit-build', message: `${JSON.stringify(ref)} lies outside ${b.ctx.shown(b.appDir)}/; the toolkit packages only files inside it and stops.` });
    return undefined;
}
/** A file packaged as it is (icons, response templates, knowledge files, MCP tool descriptions). */
async function addRaw(b, ref, from = b.appDir) {
    if (!ref)
        return;
    const abs = resolveRef(b, ref, from);
    if (!abs)
        return;
    const read = await (0,toolkit_files/* readRegularFile */.XF)(abs);
    if (read.ok)
        add(b, entryName(b, abs), read.bytes, abs, false);
}
/**
 * A file packaged with substitutions: `json` files get `$[file()]` and `${{VAR}}`, OpenAPI descriptions (`spec`) only
 * `${{VAR}}`. `name` overrides the packaged name (the toolkit keeps the manifest's own spelling for some files).
 */
async function addResolved(b, ref, kind, from = b.appDir, name) {
    if (!ref)
        return undefined;
    const abs = resolveRef(b, ref, from);
    if (!abs)
        return undefined;
    const read = await (0,toolkit_files/* readRegularFile */.XF)(abs);
    if (!read.ok)
        return undefined;
    const source = (0,toolkit_files/* stripBom */.F8)(read.bytes.toString('utf8'));
    recordUses(source, abs, b.ctx);
    const functions = kind === 'json' ? await expandFunctions(source, abs, source, b.ctx) : source;
    const text = expandVariables(functions, b.ctx.vars);
    add(b, name ?? entryName(b, abs), Buffer.from(text), abs, true);
    return { abs, source, text };
}
async function addAgent(b, ref) {
    const built = await addResolved(b, ref, 'json', b.appDir, normalizeRef(ref));
    if (!built)
        return;
    const agent = parseObject(b, built.abs, built.text, built.source);
    const abs = built.abs;
    for (const action of (0,values/* asArray */._j)(agent?.actions)) {
        const file = (0,values/* asString */.oJ)((0,values/* asRecord */.qY)(action)?.file);
        if (file)
            await addPlugin(b, (0,external_node_path_.resolve)((0,external_node_path_.dirname)(abs), file));
    }
    for (const capability of (0,values/* asArray */._j)(agent?.capabilities)) {
        const c = (0,values/* asRecord */.qY)(capability);
        if (c?.name !== 'EmbeddedKnowledge')
            continue;
        for (const f of (0,values/* asArray */._j)(c.files))
            await addRaw(b, (0,values/* asString */.oJ)((0,values/* asRecord */.qY)(f)?.file));
    }
}
async function addPlugin(b, abs) {
    if (!(0,toolkit_files/* isInside */.FK)(b.appDir, abs)) {
        resolveRef(b, (0,toolkit_files/* slashes */.k2)((0,external_node_path_.relative)(b.appDir, abs)));
        return;
    }
    const read = await (0,toolkit_files/* readRegularFile */.XF)(abs);
    if (!read.ok)
        return;
    const source = (0,toolkit_files/* stripBom */.F8)(read.bytes.toString('utf8'));
    const plugin = parseObject(b, abs, source);
    if (!plugin)
        return;
    recordUses(source, abs, b.ctx);
    const rewritten = await inlineTemplates(b, plugin, abs);
    let text;
    if (rewritten) {
        // The toolkit writes the changed plugin out (four-space JSON) and packages that file with its substitutions.
        const expanded = JSON.parse(await expandFunctions(JSON.stringify(plugin), abs, source, b.ctx));
        text = expandVariables(JSON.stringify(expanded, null, 4), b.ctx.vars);
    }
    else {
        text = expandVariables(await expandFunctions(source, abs, source, b.ctx), b.ctx.vars);
    }
    add(b, entryName(b, abs), Buffer.from(text), abs, true);
    for (const runtime of (0,values/* asArray */._j)(plugin.runtimes)) {
        const r = (0,values/* asRecord */.qY)(runtime);
        const spec = (0,values/* asRecord */.qY)(r?.spec);
        if (r?.type === 'OpenApi' && (0,values/* asString */.oJ)(spec?.url))
            await addResolved(b, (0,values/* asString */.oJ)(spec?.url), 'spec', (0,external_node_path_.dirname)(abs));
        const tools = (0,values/* asRecord */.qY)(spec?.mcp_tool_description);
        if (r?.type === 'RemoteMCPServer' && (0,values/* asString */.oJ)(tools?.file))
            await addRaw(b, (0,values/* asString */.oJ)(tools?.file), (0,external_node_path_.dirname)(abs));
    }
}
/**
 * The toolkit's changes to a plugin before packaging: each function's response_semantics.static_template.file is
 * replaced by the template's JSON (dropped, with a warning, when the file is missing), and underscores are removed
 * from the namespace. True when anything changed.
 */
async function inlineTemplates(b, plugin, abs) {
    let changed = false;
    for (const fn of (0,values/* asArray */._j)(plugin.functions)) {
        const semantics = (0,values/* asRecord */.qY)((0,values/* asRecord */.qY)((0,values/* asRecord */.qY)(fn)?.capabilities)?.response_semantics);
        const ref = (0,values/* asString */.oJ)((0,values/* asRecord */.qY)(semantics?.static_template)?.file);
        if (!semantics || !ref)
            continue;
        const templateAbs = (0,external_node_path_.resolve)((0,external_node_path_.dirname)(abs), ref);
        if (!(0,toolkit_files/* isInside */.FK)(b.appDir, templateAbs)) {
            resolveRef(b, (0,toolkit_files/* slashes */.k2)((0,external_node_path_.relative)(b.appDir, templateAbs)));
            continue;
        }
        const read = await (0,toolkit_files/* readRegularFile */.XF)(templateAbs);
        let template;
        try {
            template = read.ok ? JSON.parse((0,toolkit_files/* stripBom */.F8)(read.bytes.toString('utf8'))) : undefined;
        }
        catch {
            template = undefined;
        }
        if (template === undefined) {
            delete semantics.static_template;
            b.ctx.problems.push({ ruleId: 'package.toolkit-build', severity: 'warning', message: `${b.ctx.shown(abs)}: static_template.file ${JSON.stringify(ref)} ${read.ok ? 'is not valid JSON' : 'does not exist'}, so the toolkit packages the function without its response template.` });
        }
        else
            semantics.static_template = template;
        changed = true;
    }
    const namespace = (0,values/* asString */.oJ)(plugin.namespace);
    if (namespace?.includes('_')) {
        plugin.namespace = namespace.replace(/_/g, '');
        changed = true;
    }
    return changed;
}
/** Every file of an agent skill folder (the toolkit requires a SKILL.md in it). */
async function addFolder(b, ref) {
    if (!ref)
        return;
    const dir = resolveRef(b, ref);
    if (!dir)
        return;
    for (const abs of await (0,toolkit_files/* filesBelow */.DR)(dir, limits/* MAX_ENTRIES */.Sd)) {
        const read = await (0,toolkit_files/* readRegularFile */.XF)(abs);
        if (read.ok)
            add(b, entryName(b, abs), read.bytes, abs, false);
    }
}
/** A reference as a packaged name: '/'-separated, without a leading './'. */
function normalizeRef(ref) {
    return ref.replace(/\\/g, '/').replace(/^(\.\/)+/, '');
}

;// CONCATENATED MODULE: ./src/engine/read/toolkit/dotenv.ts
// env/.env.<environment> as the Agents Toolkit reads it (fx-core envUtil's dotenv reader): `KEY=value` or
// `KEY: value` lines, an optional `export`, quotes stripped, \n and \r unescaped inside double quotes, a `#` starting
// a comment outside quotes. Lines are kept so findings can say where a variable is left empty.
const ASSIGNMENT = /^\s*(?:export\s+)?([\w.-]+)(?:\s*=|:\s)/;
const QUOTES = new Set(['"', "'", '`']);
function parseDotenv(text) {
    const entries = new Map();
    const lines = text.replace(/\r\n?/g, '\n').split('\n');
    lines.forEach((line, i) => {
        const m = ASSIGNMENT.exec(line);
        if (!m)
            return;
        entries.set(m[1], { value: dotenv_valueOf(line.slice(m[0].length)), line: i + 1 });
    });
    return entries;
}
/** Only the names a file assigns: for `.env.<environment>.user`, whose values (secrets) are never read. */
function dotenvNames(text) {
    const names = new Set();
    for (const line of text.split(/\r\n?|\n/)) {
        const m = ASSIGNMENT.exec(line);
        if (m)
            names.add(m[1]);
    }
    return names;
}
function dotenv_valueOf(rest) {
    const body = rest.replace(/^\s+/, '');
    const quoted = quotedValue(body);
    let value = quoted ?? body.split('#')[0];
    value = value.trim();
    const first = value[0];
    if (value.length >= 2 && QUOTES.has(first) && value.endsWith(first))
        value = value.slice(1, -1);
    if (first === '"')
        value = value.replace(/\\n/g, '\n').replace(/\\r/g, '\r');
    return value;
}
// A value in quotes, escaped quotes allowed, followed by nothing but a comment; else the text is read unquoted.
function quotedValue(body) {
    const q = body[0];
    if (!QUOTES.has(q))
        return undefined;
    for (let i = 1; i < body.length; i++) {
        if (body[i] === '\\' && body[i + 1] === q) {
            i++;
            continue;
        }
        if (body[i] === q)
            return /^\s*(#.*)?$/.test(body.slice(i + 1)) ? body.slice(0, i + 1) : undefined;
    }
    return undefined;
}

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
;// CONCATENATED MODULE: ./src/engine/read/toolkit/not-checked.ts
// Parts of a toolkit project that exist only after code runs, so that a check of the repository cannot see them:
// an agent written in TypeSpec (compiled into appPackage/.generated by typeSpec/compile), and a Graph connector whose
// connection and schema the project's code creates through Microsoft Graph. Each gets one notice saying what was not
// checked and how to check it.





/** The notice for a TypeSpec agent that has not been compiled, or undefined when the agent is there as JSON. */
async function typeSpecNotice(p, manifest, shown) {
    if (p.generated)
        return undefined;
    const main = (0,external_node_path_.resolve)(p.dir, p.yml.typeSpec?.path ?? './main.tsp');
    if (!p.yml.typeSpec && !(await (0,toolkit_files/* isRegularFile */.Ze)(main)))
        return undefined;
    const agentFile = (0,values/* asString */.oJ)((0,values/* asRecord */.qY)((0,values/* asArray */._j)((0,values/* asRecord */.qY)((0,values/* asRecord */.qY)(manifest)?.copilotAgents)?.declarativeAgents)[0])?.file);
    if (agentFile && (await (0,toolkit_files/* isRegularFile */.Ze)((0,external_node_path_.resolve)(p.appDir, agentFile))))
        return undefined;
    return {
        ruleId: 'package.toolkit-typespec',
        message: `This project's agent is written in TypeSpec (${shown(main)}); the toolkit compiles it into appPackage/.generated ` +
            `when it builds the package, and that folder is not in the repository, so the agent was not checked. To check it, build ` +
            `before this check (\`atk package --env ${p.environment}\` compiles the TypeSpec) and check the zip it writes ` +
            `(${shown(p.zip)}).`,
        source: p.yml.typeSpec ? lineAt(shown(p.yml.abs), p.yml.typeSpec.line) : lineAt(shown(main), 1),
    };
}
const CODE_FILES = new Set(['.ts', '.js', '.mjs', '.cjs', '.cs', '.ps1', '.psm1', '.py', '.java']);
const SKIPPED = new Set(['node_modules', 'bin', 'obj', 'dist', 'build', 'appPackage', 'env', 'infra', '.git']);
/** Code that creates an external connection or its schema through Microsoft Graph (SDKs, REST, PowerShell). */
const CONNECTION_CODE = /external\W{0,3}connections|ExternalConnection\b|New-MgExternalConnection|externalConnectors/i;
const MAX_FILES = 400;
/** The notice for a Teams app whose Graph connector is defined in the project's code. */
async function connectorCodeNotice(p, manifest, manifestText, shown) {
    if (!(0,values/* asRecord */.qY)((0,values/* asRecord */.qY)(manifest)?.graphConnector))
        return undefined;
    const code = await findConnectionCode(p.dir);
    const where = code ? `${shown(code.abs)} line ${code.line}` : 'its code';
    return {
        ruleId: 'package.toolkit-connector-code',
        message: `This app's Graph connector creates its connection and schema in ${where}, so only the Teams app was checked, not the ` +
            `connection (id, name, activity settings, result templates) or the schema (properties, labels, flags). To check them, ` +
            `export the connection and the schema your code sends to Microsoft Graph as JSON files and add them to the paths checked.`,
        source: sourceAt(shown(p.manifest), manifestText, manifestText.indexOf('"graphConnector"')),
    };
}
async function findConnectionCode(dir) {
    const queue = [dir];
    let seen = 0;
    while (queue.length > 0 && seen < MAX_FILES) {
        const current = queue.shift();
        const entries = await (0,promises_.readdir)(current, { withFileTypes: true }).catch(() => []);
        for (const e of entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
            const abs = (0,external_node_path_.join)(current, e.name);
            if (e.isDirectory() && !SKIPPED.has(e.name) && !e.name.startsWith('.'))
                queue.push(abs);
            else if (e.isFile() && CODE_FILES.has((0,external_node_path_.extname)(e.name).toLowerCase()) && seen++ < MAX_FILES) {
                const text = await (0,toolkit_files/* readText */.yR)(abs);
                const m = text === undefined ? null : CONNECTION_CODE.exec(text);
                if (m && text !== undefined)
                    return { abs, line: text.slice(0, m.index).split('\n').length };
            }
        }
    }
    return undefined;
}
function lineAt(path, line) {
    const at = sourceAt(path, '', 0);
    return at ? { ...at, line } : undefined;
}

// EXTERNAL MODULE: ./src/engine/read/toolkit/project.ts
var toolkit_project = __webpack_require__(3883);
;// CONCATENATED MODULE: ./src/engine/read/toolkit/variables.ts

/** Names that may hold secrets: never read, from any source. */
const SECRET_NAME = /^SECRET_|CLIENT_?SECRET|(^|_)(SECRET|PASSWORD|PASSWD|PWD|TOKEN|CREDENTIALS?|PRIVATE_?KEY|API_?KEY|ACCESS_?KEY|CONNECTION_?STRING|KEY)$/i;
/** The runner's own variables (the workflow token, action inputs, the runtime's tokens) are not the project's. */
const RUNNER_NAME = /^(GITHUB|ACTIONS|RUNNER|INPUT|STATE|SYSTEM)_/i;
function isSecretName(name) {
    return SECRET_NAME.test(name);
}
class Variables {
    sources;
    status = new Map();
    uses = new Map();
    constructor(sources) {
        this.sources = sources;
    }
    /** The value the packaged file gets for `${{name}}` (a stand-in when there is none). */
    valueOf(name) {
        return this.statusOf(name).value;
    }
    /** Records where a placeholder is (its first use is where a finding about it goes). */
    use(name, at) {
        this.statusOf(name);
        const u = this.uses.get(name);
        if (u)
            u.count++;
        else
            this.uses.set(name, { first: at, count: 1 });
    }
    /** Stand-in value → the variable it stands for. */
    standIns() {
        const out = new Map();
        for (const [name, s] of this.status)
            if (s.kind !== 'value' && s.value)
                out.set(s.value, name);
        return out;
    }
    /** Variables that had no real value: the package built is not the one the toolkit would build. */
    missing() {
        return [...this.status].filter(([name, s]) => s.kind !== 'value' && this.uses.has(name)).map(([name]) => name);
    }
    problems() {
        const out = [];
        for (const [name, use] of this.uses) {
            const s = this.statusOf(name);
            if (s.kind === 'value')
                continue;
            const times = use.count > 1 ? ` It is used ${use.count} times; this is the first.` : '';
            out.push({ ...this.problemFor(name, s), source: use.first, message: this.messageFor(name, s) + times });
        }
        return out;
    }
    problemFor(name, s) {
        if (s.kind === 'unset')
            return { ruleId: 'package.toolkit-unset-variable' };
        return { ruleId: 'package.toolkit-stand-in', ...(s.kind === 'secret' ? { severity: 'warning' } : {}) };
    }
    messageFor(name, s) {
        const { envFile, userFile, yml } = this.sources;
        const standIn = s.value ? `the stand-in ${s.value}` : 'an empty stand-in';
        switch (s.kind) {
            case 'provisioned':
                return `${name} has no value in ${envFile.shown} yet: ${yml.shown} writes it when the project is provisioned (${s.written.action}, line ${s.written.line}), so it was checked with ${standIn}.`;
            case 'user-file':
                return `${name} is set in ${userFile.shown}, which this check does not read (it holds secrets), so it was checked with ${standIn}.`;
            case 'secret':
                return `\${{${name}}} names a secret: its value is never read, and it was checked with ${standIn}. A secret put into an app package can be read by everyone who installs the app; keep secrets out of packaged files.`;
            case 'unset': {
                const entry = envFile.entries.get(name);
                const where = !envFile.exists ? `${envFile.shown} does not exist` : entry ? `${envFile.shown} leaves it empty (line ${entry.line})` : `${envFile.shown} does not set it`;
                const proc = s.notFromProcess ? ' (names like it are not read from the process environment: they may hold secrets)' : '';
                return `\${{${name}}} has no value: ${where}, the process environment does not set it${proc}, and no step of ${yml.shown} writes it. The toolkit stops with "Missing environment variables"; set ${name} in ${envFile.shown}.`;
            }
        }
    }
    statusOf(name) {
        let s = this.status.get(name);
        if (!s) {
            s = this.decide(name);
            this.status.set(name, s);
        }
        return s;
    }
    decide(name) {
        const { environment, envFile, userFile, processEnv, yml } = this.sources;
        if (name === 'TEAMSFX_ENV')
            return { kind: 'value', value: environment };
        const standIn = (0,stand_ins/* standInValue */.Dj)(name);
        if (isSecretName(name))
            return { kind: 'secret', value: standIn };
        const readable = !RUNNER_NAME.test(name);
        const fromProcess = readable ? processEnv[name] : undefined;
        if (fromProcess)
            return { kind: 'value', value: fromProcess };
        const fromFile = envFile.entries.get(name)?.value;
        if (fromFile)
            return { kind: 'value', value: fromFile };
        // The toolkit replaces APP_NAME_SUFFIX whenever it is defined, even empty (a production build's empty suffix).
        if (name === 'APP_NAME_SUFFIX') {
            const defined = fromProcess ?? envFile.entries.get(name)?.value;
            if (defined !== undefined)
                return { kind: 'value', value: defined };
        }
        if (userFile.names.has(name))
            return { kind: 'user-file', value: standIn };
        const written = yml.written.get(name) ?? [...yml.writtenPrefixes].find(([prefix]) => name.startsWith(`${prefix}__`))?.[1];
        if (written)
            return { kind: 'provisioned', value: standIn, written };
        return { kind: 'unset', value: standIn, notFromProcess: !readable };
    }
}

;// CONCATENATED MODULE: ./src/engine/read/toolkit/read-project.ts
// Reads a Microsoft 365 Agents Toolkit project as the package `atk package --env <environment>` would build from it:
// the yml for the environment, its env file, the manifest template and every file it references, built in memory.
// What the toolkit would stop on is a finding; variables without a value get stand-ins and one finding each.









async function readToolkitProject(dir, display, options) {
    const environment = options.environment || toolkit_project/* DEFAULT_ENVIRONMENT */.Uz;
    const project = await (0,toolkit_project/* openProject */.U8)(dir, environment, options.root);
    if (!project) {
        return { view: null, problems: [{ ruleId: 'package.toolkit-build', message: 'No m365agents.yml or teamsapp.yml was found in the project folder.' }] };
    }
    const cwd = options.cwd ?? options.root;
    const shown = (abs) => (0,toolkit_files/* slashes */.k2)((0,external_node_path_.relative)(cwd, abs)) || '.';
    const problems = [];
    if (project.yml.error) {
        problems.push({ ruleId: 'package.toolkit-build', message: `${shown(project.yml.abs)} was not read (${project.yml.error}); the package was built with the toolkit's defaults.`, source: sourceAt(shown(project.yml.abs), '', 0) });
    }
    const manifestText = (await (0,toolkit_files/* readText */.yR)(project.manifest)) ?? '';
    const template = parseOrUndefined(manifestText);
    const typeSpec = await typeSpecNotice(project, template, shown);
    if (typeSpec) {
        return { view: null, problems: [...problems, typeSpec], built: { origins: new Map(), standIns: new Map(), missing: [], zip: project.zip, notChecked: typeSpec.message } };
    }
    const envFile = await envFileOf(project, shown);
    const vars = new Variables({
        environment,
        envFile,
        userFile: await userFileOf(project, shown),
        processEnv: options.processEnv ?? {},
        yml: { shown: shown(project.yml.abs), written: project.yml.written, writtenPrefixes: project.yml.writtenPrefixes },
    });
    const ctx = { vars, shown, problems };
    const { files, origins, substituted } = await buildPackage(project.manifest, project.appDir, ctx);
    const defined = [...envFile.entries].filter(([, e]) => e.value !== '').map(([name]) => name);
    const connector = await connectorCodeNotice(project, template, manifestText, shown);
    if (connector)
        problems.push(connector);
    return {
        view: files.size > 0 ? (0,package_view/* createPackageView */.iF)(display, 'zip', files) : null,
        problems: [...problems, ...vars.problems()],
        built: { origins, standIns: vars.standIns(), missing: vars.missing(), zip: project.zip, variables: { envFile: envFile.shown, defined, substituted: [...substituted] } },
    };
}
function parseOrUndefined(text) {
    try {
        return JSON.parse(text);
    }
    catch {
        return undefined;
    }
}
async function envFileOf(p, shown) {
    const text = await (0,toolkit_files/* readText */.yR)(p.envFile);
    return { shown: shown(p.envFile), exists: text !== undefined, entries: parseDotenv(text ?? '') };
}
// The .user file holds the project's secrets: only its variable names are read, never a value.
async function userFileOf(p, shown) {
    const abs = `${p.envFile}.user`;
    const text = await (0,toolkit_files/* readText */.yR)(abs);
    return { shown: shown(abs), names: text === undefined ? new Set() : dotenvNames(text) };
}


/***/ })

};
