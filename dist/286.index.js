export const id = 286;
export const ids = [286];
export const modules = {

/***/ 779:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.formatNames = exports.fastFormats = exports.fullFormats = void 0;
function fmtDef(validate, compare) {
    return { validate, compare };
}
exports.fullFormats = {
    // date: http://tools.ietf.org/html/rfc3339#section-5.6
    date: fmtDef(date, compareDate),
    // date-time: http://tools.ietf.org/html/rfc3339#section-5.6
    time: fmtDef(getTime(true), compareTime),
    "date-time": fmtDef(getDateTime(true), compareDateTime),
    "iso-time": fmtDef(getTime(), compareIsoTime),
    "iso-date-time": fmtDef(getDateTime(), compareIsoDateTime),
    // duration: https://tools.ietf.org/html/rfc3339#appendix-A
    duration: /^P(?!$)((\d+Y)?(\d+M)?(\d+D)?(T(?=\d)(\d+H)?(\d+M)?(\d+S)?)?|(\d+W)?)$/,
    uri,
    "uri-reference": /^(?:[a-z][a-z0-9+\-.]*:)?(?:\/?\/(?:(?:[a-z0-9\-._~!$&'()*+,;=:]|%[0-9a-f]{2})*@)?(?:\[(?:(?:(?:(?:[0-9a-f]{1,4}:){6}|::(?:[0-9a-f]{1,4}:){5}|(?:[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){4}|(?:(?:[0-9a-f]{1,4}:){0,1}[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){3}|(?:(?:[0-9a-f]{1,4}:){0,2}[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){2}|(?:(?:[0-9a-f]{1,4}:){0,3}[0-9a-f]{1,4})?::[0-9a-f]{1,4}:|(?:(?:[0-9a-f]{1,4}:){0,4}[0-9a-f]{1,4})?::)(?:[0-9a-f]{1,4}:[0-9a-f]{1,4}|(?:(?:25[0-5]|2[0-4]\d|[01]?\d\d?)\.){3}(?:25[0-5]|2[0-4]\d|[01]?\d\d?))|(?:(?:[0-9a-f]{1,4}:){0,5}[0-9a-f]{1,4})?::[0-9a-f]{1,4}|(?:(?:[0-9a-f]{1,4}:){0,6}[0-9a-f]{1,4})?::)|[Vv][0-9a-f]+\.[a-z0-9\-._~!$&'()*+,;=:]+)\]|(?:(?:25[0-5]|2[0-4]\d|[01]?\d\d?)\.){3}(?:25[0-5]|2[0-4]\d|[01]?\d\d?)|(?:[a-z0-9\-._~!$&'"()*+,;=]|%[0-9a-f]{2})*)(?::\d*)?(?:\/(?:[a-z0-9\-._~!$&'"()*+,;=:@]|%[0-9a-f]{2})*)*|\/(?:(?:[a-z0-9\-._~!$&'"()*+,;=:@]|%[0-9a-f]{2})+(?:\/(?:[a-z0-9\-._~!$&'"()*+,;=:@]|%[0-9a-f]{2})*)*)?|(?:[a-z0-9\-._~!$&'"()*+,;=:@]|%[0-9a-f]{2})+(?:\/(?:[a-z0-9\-._~!$&'"()*+,;=:@]|%[0-9a-f]{2})*)*)?(?:\?(?:[a-z0-9\-._~!$&'"()*+,;=:@/?]|%[0-9a-f]{2})*)?(?:#(?:[a-z0-9\-._~!$&'"()*+,;=:@/?]|%[0-9a-f]{2})*)?$/i,
    // uri-template: https://tools.ietf.org/html/rfc6570
    "uri-template": /^(?:(?:[^\x00-\x20"'<>%\\^`{|}]|%[0-9a-f]{2})|\{[+#./;?&=,!@|]?(?:[a-z0-9_]|%[0-9a-f]{2})+(?::[1-9][0-9]{0,3}|\*)?(?:,(?:[a-z0-9_]|%[0-9a-f]{2})+(?::[1-9][0-9]{0,3}|\*)?)*\})*$/i,
    // For the source: https://gist.github.com/dperini/729294
    // For test cases: https://mathiasbynens.be/demo/url-regex
    url: /^(?:https?|ftp):\/\/(?:\S+(?::\S*)?@)?(?:(?!(?:10|127)(?:\.\d{1,3}){3})(?!(?:169\.254|192\.168)(?:\.\d{1,3}){2})(?!172\.(?:1[6-9]|2\d|3[0-1])(?:\.\d{1,3}){2})(?:[1-9]\d?|1\d\d|2[01]\d|22[0-3])(?:\.(?:1?\d{1,2}|2[0-4]\d|25[0-5])){2}(?:\.(?:[1-9]\d?|1\d\d|2[0-4]\d|25[0-4]))|(?:(?:[a-z0-9\u{00a1}-\u{ffff}]+-)*[a-z0-9\u{00a1}-\u{ffff}]+)(?:\.(?:[a-z0-9\u{00a1}-\u{ffff}]+-)*[a-z0-9\u{00a1}-\u{ffff}]+)*(?:\.(?:[a-z\u{00a1}-\u{ffff}]{2,})))(?::\d{2,5})?(?:\/[^\s]*)?$/iu,
    email: /^[a-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[a-z0-9!#$%&'*+/=?^_`{|}~-]+)*@(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+[a-z0-9](?:[a-z0-9-]*[a-z0-9])?$/i,
    hostname: /^(?=.{1,253}\.?$)[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[-0-9a-z]{0,61}[0-9a-z])?)*\.?$/i,
    // optimized https://www.safaribooksonline.com/library/view/regular-expressions-cookbook/9780596802837/ch07s16.html
    ipv4: /^(?:(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)\.){3}(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)$/,
    ipv6: /^((([0-9a-f]{1,4}:){7}([0-9a-f]{1,4}|:))|(([0-9a-f]{1,4}:){6}(:[0-9a-f]{1,4}|((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3})|:))|(([0-9a-f]{1,4}:){5}(((:[0-9a-f]{1,4}){1,2})|:((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3})|:))|(([0-9a-f]{1,4}:){4}(((:[0-9a-f]{1,4}){1,3})|((:[0-9a-f]{1,4})?:((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}))|:))|(([0-9a-f]{1,4}:){3}(((:[0-9a-f]{1,4}){1,4})|((:[0-9a-f]{1,4}){0,2}:((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}))|:))|(([0-9a-f]{1,4}:){2}(((:[0-9a-f]{1,4}){1,5})|((:[0-9a-f]{1,4}){0,3}:((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}))|:))|(([0-9a-f]{1,4}:){1}(((:[0-9a-f]{1,4}){1,6})|((:[0-9a-f]{1,4}){0,4}:((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}))|:))|(:(((:[0-9a-f]{1,4}){1,7})|((:[0-9a-f]{1,4}){0,5}:((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}))|:)))$/i,
    regex,
    // uuid: http://tools.ietf.org/html/rfc4122
    uuid: /^(?:urn:uuid:)?[0-9a-f]{8}-(?:[0-9a-f]{4}-){3}[0-9a-f]{12}$/i,
    // JSON-pointer: https://tools.ietf.org/html/rfc6901
    // uri fragment: https://tools.ietf.org/html/rfc3986#appendix-A
    "json-pointer": /^(?:\/(?:[^~/]|~0|~1)*)*$/,
    "json-pointer-uri-fragment": /^#(?:\/(?:[a-z0-9_\-.!$&'()*+,;:=@]|%[0-9a-f]{2}|~0|~1)*)*$/i,
    // relative JSON-pointer: http://tools.ietf.org/html/draft-luff-relative-json-pointer-00
    "relative-json-pointer": /^(?:0|[1-9][0-9]*)(?:#|(?:\/(?:[^~/]|~0|~1)*)*)$/,
    // the following formats are used by the openapi specification: https://spec.openapis.org/oas/v3.0.0#data-types
    // byte: https://github.com/miguelmota/is-base64
    byte,
    // signed 32 bit integer
    int32: { type: "number", validate: validateInt32 },
    // signed 64 bit integer
    int64: { type: "number", validate: validateInt64 },
    // C-type float
    float: { type: "number", validate: validateNumber },
    // C-type double
    double: { type: "number", validate: validateNumber },
    // hint to the UI to hide input strings
    password: true,
    // unchecked string payload
    binary: true,
};
exports.fastFormats = {
    ...exports.fullFormats,
    date: fmtDef(/^\d\d\d\d-[0-1]\d-[0-3]\d$/, compareDate),
    time: fmtDef(/^(?:[0-2]\d:[0-5]\d:[0-5]\d|23:59:60)(?:\.\d+)?(?:z|[+-]\d\d(?::?\d\d)?)$/i, compareTime),
    "date-time": fmtDef(/^\d\d\d\d-[0-1]\d-[0-3]\dt(?:[0-2]\d:[0-5]\d:[0-5]\d|23:59:60)(?:\.\d+)?(?:z|[+-]\d\d(?::?\d\d)?)$/i, compareDateTime),
    "iso-time": fmtDef(/^(?:[0-2]\d:[0-5]\d:[0-5]\d|23:59:60)(?:\.\d+)?(?:z|[+-]\d\d(?::?\d\d)?)?$/i, compareIsoTime),
    "iso-date-time": fmtDef(/^\d\d\d\d-[0-1]\d-[0-3]\d[t\s](?:[0-2]\d:[0-5]\d:[0-5]\d|23:59:60)(?:\.\d+)?(?:z|[+-]\d\d(?::?\d\d)?)?$/i, compareIsoDateTime),
    // uri: https://github.com/mafintosh/is-my-json-valid/blob/master/formats.js
    uri: /^(?:[a-z][a-z0-9+\-.]*:)(?:\/?\/)?[^\s]*$/i,
    "uri-reference": /^(?:(?:[a-z][a-z0-9+\-.]*:)?\/?\/)?(?:[^\\\s#][^\s#]*)?(?:#[^\\\s]*)?$/i,
    // email (sources from jsen validator):
    // http://stackoverflow.com/questions/201323/using-a-regular-expression-to-validate-an-email-address#answer-8829363
    // http://www.w3.org/TR/html5/forms.html#valid-e-mail-address (search for 'wilful violation')
    email: /^[a-z0-9.!#$%&'*+/=?^_`{|}~-]+@[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)*$/i,
};
exports.formatNames = Object.keys(exports.fullFormats);
function isLeapYear(year) {
    // https://tools.ietf.org/html/rfc3339#appendix-C
    return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
}
const DATE = /^(\d\d\d\d)-(\d\d)-(\d\d)$/;
const DAYS = [0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
function date(str) {
    // full-date from http://tools.ietf.org/html/rfc3339#section-5.6
    const matches = DATE.exec(str);
    if (!matches)
        return false;
    const year = +matches[1];
    const month = +matches[2];
    const day = +matches[3];
    return (month >= 1 &&
        month <= 12 &&
        day >= 1 &&
        day <= (month === 2 && isLeapYear(year) ? 29 : DAYS[month]));
}
function compareDate(d1, d2) {
    if (!(d1 && d2))
        return undefined;
    if (d1 > d2)
        return 1;
    if (d1 < d2)
        return -1;
    return 0;
}
const TIME = /^(\d\d):(\d\d):(\d\d(?:\.\d+)?)(z|([+-])(\d\d)(?::?(\d\d))?)?$/i;
function getTime(strictTimeZone) {
    return function time(str) {
        const matches = TIME.exec(str);
        if (!matches)
            return false;
        const hr = +matches[1];
        const min = +matches[2];
        const sec = +matches[3];
        const tz = matches[4];
        const tzSign = matches[5] === "-" ? -1 : 1;
        const tzH = +(matches[6] || 0);
        const tzM = +(matches[7] || 0);
        if (tzH > 23 || tzM > 59 || (strictTimeZone && !tz))
            return false;
        if (hr <= 23 && min <= 59 && sec < 60)
            return true;
        // leap second
        const utcMin = min - tzM * tzSign;
        const utcHr = hr - tzH * tzSign - (utcMin < 0 ? 1 : 0);
        return (utcHr === 23 || utcHr === -1) && (utcMin === 59 || utcMin === -1) && sec < 61;
    };
}
function compareTime(s1, s2) {
    if (!(s1 && s2))
        return undefined;
    const t1 = new Date("2020-01-01T" + s1).valueOf();
    const t2 = new Date("2020-01-01T" + s2).valueOf();
    if (!(t1 && t2))
        return undefined;
    return t1 - t2;
}
function compareIsoTime(t1, t2) {
    if (!(t1 && t2))
        return undefined;
    const a1 = TIME.exec(t1);
    const a2 = TIME.exec(t2);
    if (!(a1 && a2))
        return undefined;
    t1 = a1[1] + a1[2] + a1[3];
    t2 = a2[1] + a2[2] + a2[3];
    if (t1 > t2)
        return 1;
    if (t1 < t2)
        return -1;
    return 0;
}
const DATE_TIME_SEPARATOR = /t|\s/i;
function getDateTime(strictTimeZone) {
    const time = getTime(strictTimeZone);
    return function date_time(str) {
        // http://tools.ietf.org/html/rfc3339#section-5.6
        const dateTime = str.split(DATE_TIME_SEPARATOR);
        return dateTime.length === 2 && date(dateTime[0]) && time(dateTime[1]);
    };
}
function compareDateTime(dt1, dt2) {
    if (!(dt1 && dt2))
        return undefined;
    const d1 = new Date(dt1).valueOf();
    const d2 = new Date(dt2).valueOf();
    if (!(d1 && d2))
        return undefined;
    return d1 - d2;
}
function compareIsoDateTime(dt1, dt2) {
    if (!(dt1 && dt2))
        return undefined;
    const [d1, t1] = dt1.split(DATE_TIME_SEPARATOR);
    const [d2, t2] = dt2.split(DATE_TIME_SEPARATOR);
    const res = compareDate(d1, d2);
    if (res === undefined)
        return undefined;
    return res || compareTime(t1, t2);
}
const NOT_URI_FRAGMENT = /\/|:/;
const URI = /^(?:[a-z][a-z0-9+\-.]*:)(?:\/?\/(?:(?:[a-z0-9\-._~!$&'()*+,;=:]|%[0-9a-f]{2})*@)?(?:\[(?:(?:(?:(?:[0-9a-f]{1,4}:){6}|::(?:[0-9a-f]{1,4}:){5}|(?:[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){4}|(?:(?:[0-9a-f]{1,4}:){0,1}[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){3}|(?:(?:[0-9a-f]{1,4}:){0,2}[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){2}|(?:(?:[0-9a-f]{1,4}:){0,3}[0-9a-f]{1,4})?::[0-9a-f]{1,4}:|(?:(?:[0-9a-f]{1,4}:){0,4}[0-9a-f]{1,4})?::)(?:[0-9a-f]{1,4}:[0-9a-f]{1,4}|(?:(?:25[0-5]|2[0-4]\d|[01]?\d\d?)\.){3}(?:25[0-5]|2[0-4]\d|[01]?\d\d?))|(?:(?:[0-9a-f]{1,4}:){0,5}[0-9a-f]{1,4})?::[0-9a-f]{1,4}|(?:(?:[0-9a-f]{1,4}:){0,6}[0-9a-f]{1,4})?::)|[Vv][0-9a-f]+\.[a-z0-9\-._~!$&'()*+,;=:]+)\]|(?:(?:25[0-5]|2[0-4]\d|[01]?\d\d?)\.){3}(?:25[0-5]|2[0-4]\d|[01]?\d\d?)|(?:[a-z0-9\-._~!$&'()*+,;=]|%[0-9a-f]{2})*)(?::\d*)?(?:\/(?:[a-z0-9\-._~!$&'()*+,;=:@]|%[0-9a-f]{2})*)*|\/(?:(?:[a-z0-9\-._~!$&'()*+,;=:@]|%[0-9a-f]{2})+(?:\/(?:[a-z0-9\-._~!$&'()*+,;=:@]|%[0-9a-f]{2})*)*)?|(?:[a-z0-9\-._~!$&'()*+,;=:@]|%[0-9a-f]{2})+(?:\/(?:[a-z0-9\-._~!$&'()*+,;=:@]|%[0-9a-f]{2})*)*)(?:\?(?:[a-z0-9\-._~!$&'()*+,;=:@/?]|%[0-9a-f]{2})*)?(?:#(?:[a-z0-9\-._~!$&'()*+,;=:@/?]|%[0-9a-f]{2})*)?$/i;
function uri(str) {
    // http://jmrware.com/articles/2009/uri_regexp/URI_regex.html + optional protocol + required "."
    return NOT_URI_FRAGMENT.test(str) && URI.test(str);
}
const BYTE = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/gm;
function byte(str) {
    BYTE.lastIndex = 0;
    return BYTE.test(str);
}
const MIN_INT32 = -(2 ** 31);
const MAX_INT32 = 2 ** 31 - 1;
function validateInt32(value) {
    return Number.isInteger(value) && value <= MAX_INT32 && value >= MIN_INT32;
}
function validateInt64(value) {
    // JSON and javascript max Int is 2**53, so any int that passes isInteger is valid for Int64
    return Number.isInteger(value);
}
function validateNumber() {
    return true;
}
const Z_ANCHOR = /[^\\]\\Z/;
function regex(str) {
    if (Z_ANCHOR.test(str))
        return false;
    try {
        new RegExp(str);
        return true;
    }
    catch (e) {
        return false;
    }
}
//# sourceMappingURL=formats.js.map

/***/ }),

/***/ 4951:
/***/ ((__unused_webpack_module, exports, __webpack_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
// https://github.com/ajv-validator/ajv/issues/889
const equal = __webpack_require__(3430);
equal.code = 'require("ajv/dist/runtime/equal").default';
exports["default"] = equal;
//# sourceMappingURL=equal.js.map

/***/ }),

/***/ 6214:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
// https://mathiasbynens.be/notes/javascript-encoding
// https://github.com/bestiejs/punycode.js - punycode.ucs2.decode
function ucs2length(str) {
    const len = str.length;
    let length = 0;
    let pos = 0;
    let value;
    while (pos < len) {
        length++;
        value = str.charCodeAt(pos++);
        if (value >= 0xd800 && value <= 0xdbff && pos < len) {
            // high surrogate, and there is a next character
            value = str.charCodeAt(pos);
            if ((value & 0xfc00) === 0xdc00)
                pos++; // low surrogate
        }
    }
    return length;
}
exports["default"] = ucs2length;
ucs2length.code = 'require("ajv/dist/runtime/ucs2length").default';
//# sourceMappingURL=ucs2length.js.map

/***/ }),

/***/ 3430:
/***/ ((module) => {



// do not edit .js files directly - edit src/index.jst



module.exports = function equal(a, b) {
  if (a === b) return true;

  if (a && b && typeof a == 'object' && typeof b == 'object') {
    if (a.constructor !== b.constructor) return false;

    var length, i, keys;
    if (Array.isArray(a)) {
      length = a.length;
      if (length != b.length) return false;
      for (i = length; i-- !== 0;)
        if (!equal(a[i], b[i])) return false;
      return true;
    }



    if (a.constructor === RegExp) return a.source === b.source && a.flags === b.flags;
    if (a.valueOf !== Object.prototype.valueOf) return a.valueOf() === b.valueOf();
    if (a.toString !== Object.prototype.toString) return a.toString() === b.toString();

    keys = Object.keys(a);
    length = keys.length;
    if (length !== Object.keys(b).length) return false;

    for (i = length; i-- !== 0;)
      if (!Object.prototype.hasOwnProperty.call(b, keys[i])) return false;

    for (i = length; i-- !== 0;) {
      var key = keys[i];

      if (!equal(a[key], b[key])) return false;
    }

    return true;
  }

  // true if both NaN, false otherwise
  return a!==a && b!==b;
};


/***/ }),

/***/ 5211:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  load: () => (/* binding */ load)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/engine/index.ts + 39 modules
var engine = __webpack_require__(323);
// EXTERNAL MODULE: ./src/engine/json/flow-depth.ts
var flow_depth = __webpack_require__(7533);
// EXTERNAL MODULE: ./src/engine/json/pointer.ts
var pointer = __webpack_require__(5684);
// EXTERNAL MODULE: ./src/engine/json/position-at.ts
var position_at = __webpack_require__(2818);
// EXTERNAL MODULE: ./src/engine/read/limits.ts
var limits = __webpack_require__(8083);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
;// CONCATENATED MODULE: ./copilot-publish-check.schema.json
const copilot_publish_check_schema_namespaceObject = /*#__PURE__*/JSON.parse('{"$schema":"http://json-schema.org/draft-07/schema#","$id":"https://raw.githubusercontent.com/contoso/copilot-publish-check/v1/copilot-publish-check.schema.json","title":"copilot-publish-check configuration","description":"The configuration of copilot-publish-check, read from .github/copilot-publish-check.yml at the repository root (or the file named by the action\'s `config` input or the CLI\'s --config). Paths are relative to the repository root.","type":"object","additionalProperties":false,"properties":{"$schema":{"description":"The JSON schema of this file, for editors.","type":"string"},"rules":{"description":"Severity per rule id (see docs/rules.md): `off` suppresses the rule\'s findings (they stay in the JSON report, marked suppressed), `error`, `warning` or `notice` changes their severity.","type":"object","propertyNames":{"$ref":"#/definitions/ruleId"},"additionalProperties":{"description":"off, error, warning or notice.","enum":["off","error","warning","notice"]}},"ignore":{"description":"Findings accepted on purpose, each with the reason. An entry matches a finding when every field it sets matches: the rule id, the package path (a glob) and the JSON pointer (a prefix).","type":"array","items":{"$ref":"#/definitions/ignore"}},"baseline":{"description":"A baseline file written by `copilot-publish-check --write-baseline FILE`: the findings it lists are known and do not fail the check; new ones do.","type":"string","minLength":1},"audience":{"description":"The routes evaluated when the workflow (or the command line) does not say: single-tenant, multitenant or both (the default).","enum":["single-tenant","multitenant","both"]},"fail-on":{"description":"The severity that fails the check when the workflow (or the command line) does not say: error (the default), warning or never.","enum":["error","warning","never"]}},"definitions":{"ruleId":{"description":"A rule id, such as teams.developer-mpn-id.","type":"string","pattern":"^[a-z]+\\\\.[a-z0-9.-]+$"},"ignore":{"type":"object","additionalProperties":false,"required":["reason"],"anyOf":[{"required":["rule"]},{"required":["path"]}],"properties":{"rule":{"description":"The rule id whose findings are ignored (every rule when omitted; then `path` is needed).","$ref":"#/definitions/ruleId"},"path":{"description":"A glob of package paths relative to the repository root, such as certified-connectors/Legacy/** (every package when omitted).","type":"string","minLength":1},"pointer":{"description":"A JSON pointer prefix inside the package\'s file, such as /paths/~1legacy: findings at it or below it (every pointer when omitted).","type":"string","pattern":"^(/.*)?$"},"reason":{"description":"Why these findings are accepted (required; shown in the JSON report and in SARIF).","type":"string","pattern":"\\\\S"}}}}}');
// EXTERNAL MODULE: ./src/engine/schemas/ajv-setup.mjs
var ajv_setup = __webpack_require__(7844);
// EXTERNAL MODULE: ./src/engine/schemas/catalog.ts
var catalog = __webpack_require__(3529);
// EXTERNAL MODULE: ./src/engine/schemas/validate.ts
var validate = __webpack_require__(895);
;// CONCATENATED MODULE: ./src/config/validate.ts






const CONFIG_SCHEMA = (/* unused pure expression or super */ null && (schema));
let validator;
function configValidator() {
    if (!validator) {
        const file = (0,external_node_path_.join)((0,catalog/* schemaRootDir */.hE)(), ajv_setup/* CONFIG_COMPILED */.fY);
        validator = (0,external_node_fs_.existsSync)(file)
            ? Promise.resolve((0,validate/* loadCompiledValidator */.KY)((0,external_node_fs_.readFileSync)(file, 'utf8'), file))
            : // CommonJS with a `default` export; under NodeNext the namespace arrives wrapped.
                Promise.all(/* import() */[__webpack_require__.e(546), __webpack_require__.e(463)]).then(__webpack_require__.t.bind(__webpack_require__, 2463, 23)).then((ajv) => new ajv.default.default({ ...ajv_setup/* CONFIG_AJV_OPTIONS */.EY }).compile(copilot_publish_check_schema_namespaceObject));
    }
    return validator;
}

;// CONCATENATED MODULE: ./src/config/parse.ts





/** Most problems listed for one file: enough to fix it in one go, bounded for a hostile one. */
const MAX_PROBLEMS = 20;
const KEYS = ['rules', 'ignore', 'baseline', 'audience', 'fail-on'];
const IGNORE_KEYS = ['rule', 'path', 'pointer', 'reason'];
const SETTINGS = ['off', 'error', 'warning', 'notice'];
async function parseConfig(text, file) {
    // The YAML parser recurses per level of [ ] and { }: a hostile file could overflow the stack.
    const deep = (0,flow_depth/* flowTooDeepAt */.E)(text, limits/* MAX_JSON_DEPTH */.KX);
    if (deep !== undefined)
        return fail([{ file, ...(0,position_at/* positionAt */.t)(text, deep), message: `lists and mappings are nested more than ${limits/* MAX_JSON_DEPTH */.KX} levels deep here.` }]);
    const yaml = await __webpack_require__.e(/* import() */ 815).then(__webpack_require__.t.bind(__webpack_require__, 8815, 19));
    const lineCounter = new yaml.LineCounter();
    const doc = yaml.parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
    const at = (offset) => {
        const p = lineCounter.linePos(offset ?? 0);
        return { line: p.line, column: p.col };
    };
    // The first syntax error only: the next ones are mostly the parser losing its way after it.
    const broken = doc.errors[0];
    if (broken)
        return fail([{ file, ...at(broken.pos[0]), message: yamlMessage(broken.code, broken.message) }]);
    let value;
    try {
        value = doc.toJS({ maxAliasCount: 100 }) ?? {};
    }
    catch (e) {
        return fail([{ file, line: 1, column: 1, message: `the file cannot be read as YAML: ${e instanceof Error ? e.message : String(e)}` }]);
    }
    const validate = await configValidator();
    if (!validate(value)) {
        const problems = (validate.errors ?? [])
            .filter((e) => !(e.keyword === 'required' && e.params.missingProperty !== 'reason')) // the halves of "rule or path"
            .filter((e) => e.propertyName === undefined) // inner errors of propertyNames, which reports them itself
            .map((e) => ({ file, ...at(offsetOf(yaml, doc, e)), message: schemaMessage(e, value) }));
        return fail(dedupe(problems).slice(0, MAX_PROBLEMS));
    }
    return { ok: true, value: toConfig(value, file, (path, key = false) => at(nodeAt(yaml, doc, path, key)?.range?.[0])) };
}
function toConfig(raw, file, positionOf) {
    const config = {
        file,
        rules: new Map(Object.entries(raw.rules ?? {})),
        ignore: (raw.ignore ?? []).map((i) => ({ ...i, reason: i.reason.trim() })),
        audience: raw.audience,
        failOn: raw['fail-on'],
        ruleIds: [
            ...Object.keys(raw.rules ?? {}).map((id) => ({ id, at: positionOf(['rules', id], true) })),
            ...(raw.ignore ?? []).flatMap((i, n) => (i.rule === undefined ? [] : [{ id: i.rule, at: positionOf(['ignore', String(n), 'rule'], false) }])),
        ],
    };
    if (raw.baseline !== undefined) {
        config.baseline = { path: raw.baseline, at: positionOf(['baseline']) };
    }
    return config;
}
function fail(problems) {
    return { ok: false, problems: problems.sort((a, b) => a.line - b.line || a.column - b.column) };
}
function dedupe(problems) {
    const seen = new Set();
    return problems.filter((p) => {
        const key = `${p.line}:${p.column}:${p.message}`;
        if (seen.has(key))
            return false;
        seen.add(key);
        return true;
    });
}
function yamlMessage(code, message) {
    if (code === 'DUPLICATE_KEY')
        return 'a key is repeated in the same mapping; keep one.';
    return `this is not valid YAML: ${message.split('\n')[0].replace(/\.$/, '')}.`;
}
/** A sentence for one schema error, in the file's own terms. */
function schemaMessage(e, value) {
    const tokens = (0,pointer/* parsePointer */.vp)(e.instancePath);
    const where = describe(tokens);
    const params = e.params;
    if (tokens[0] === 'ignore' && tokens.length >= 2) {
        const entry = `ignore entry ${Number(tokens[1]) + 1}`;
        if (e.keyword === 'required' || (tokens[2] === 'reason' && e.keyword === 'pattern')) {
            return `${entry} has no reason: every ignore needs one ("reason: …"), saying why these findings are accepted.`;
        }
        if (e.keyword === 'anyOf')
            return `${entry} names neither a rule nor a path: add "rule:", "path:" or both.`;
        if (e.keyword === 'additionalProperties')
            return `${entry} has an unknown key "${String(params.additionalProperty)}"; an entry has ${IGNORE_KEYS.join(', ')}.`;
        if (tokens[2] === 'pointer' && e.keyword === 'pattern')
            return `${entry}: the pointer must start with "/" (a JSON pointer such as /paths/~1legacy).`;
    }
    if (e.keyword === 'additionalProperties' && tokens.length === 0) {
        return `unknown key "${String(params.additionalProperty)}"; the file has ${KEYS.join(', ')}.`;
    }
    if (e.keyword === 'propertyNames')
        return `rules: "${String(params.propertyName)}" is not a rule id (such as teams.developer-mpn-id; see docs/rules.md).`;
    if (e.keyword === 'enum') {
        const allowed = params.allowedValues.map(String);
        const got = tokens.reduce((v, t) => (v && typeof v === 'object' ? v[t] : undefined), value);
        const what = tokens[0] === 'rules' && allowed.join() === SETTINGS.join() ? `rules: ${tokens[1]}` : where;
        return `${what} is ${JSON.stringify(got)}; use ${allowed.join(', ')}.`;
    }
    if (e.keyword === 'type')
        return `${where || 'the file'} must be ${params.type === 'object' ? 'a mapping (key: value lines)' : params.type === 'array' ? 'a list ("- " items)' : `a ${String(params.type)}`}.`;
    return `${where || 'the file'} ${e.message ?? 'is not valid'}.`;
}
function describe(tokens) {
    if (tokens[0] === 'ignore' && tokens.length >= 2)
        return [`ignore entry ${Number(tokens[1]) + 1}`, ...tokens.slice(2)].join(': ');
    return tokens.join(': ');
}
/** Where an error sits: the offending key for unknown keys and rule ids, else the value. */
function offsetOf(yaml, doc, e) {
    const tokens = (0,pointer/* parsePointer */.vp)(e.instancePath);
    const params = e.params;
    const key = e.keyword === 'additionalProperties' ? params.additionalProperty : e.keyword === 'propertyNames' ? params.propertyName : undefined;
    const node = typeof key === 'string' ? nodeAt(yaml, doc, [...tokens, key], true) : nodeAt(yaml, doc, tokens, false);
    return node?.range?.[0];
}
/** The YAML node at a path (the key's node when `wantKey`), or the deepest one that exists. */
function nodeAt(yaml, doc, path, wantKey) {
    let node = doc.contents;
    let found = yaml.isNode(node) ? node : undefined;
    for (let i = 0; i < path.length; i++) {
        const last = i === path.length - 1;
        if (yaml.isMap(node)) {
            const pair = node.items.find((p) => String(yaml.isScalar(p.key) ? p.key.value : p.key) === path[i]);
            node = pair && (last && wantKey ? pair.key : (pair.value ?? pair.key));
        }
        else if (yaml.isSeq(node)) {
            node = node.items[Number(path[i])];
        }
        else
            break;
        if (!yaml.isNode(node))
            break;
        found = node;
    }
    return found;
}

// EXTERNAL MODULE: ./node_modules/picomatch/index.js
var picomatch = __webpack_require__(4006);
var picomatch_default = /*#__PURE__*/__webpack_require__.n(picomatch);
// EXTERNAL MODULE: ./src/config/paths.ts
var paths = __webpack_require__(1066);
;// CONCATENATED MODULE: ./src/config/review.ts
// The configuration applied to findings: a pure step the engine calls for each package before it evaluates routes
// (CheckOptions.review), so that a suppressed or downgraded error blocks no route. In order: `rules:` (off
// suppresses, a severity replaces the rule's), then the first matching `ignore` entry, then the baseline.


function createReview(config, baseline) {
    const ignores = (config?.ignore ?? []).map((entry) => ({ entry, matches: ignoreMatcher(entry) }));
    const baselineReason = baseline && (baseline.writing ? `accepted into the new baseline ${baseline.file}` : `known in the baseline ${baseline.file}`);
    return (packagePath, findings) => {
        const path = (0,paths/* normalizePackagePath */.d)(packagePath);
        const known = baseline?.forPackage(packagePath);
        for (const f of findings) {
            const setting = config?.rules.get(f.ruleId);
            if (setting === 'off') {
                f.suppressed = { kind: 'config', reason: `${f.ruleId} is off in ${config.file}` };
                continue;
            }
            if (setting && setting !== f.severity) {
                f.originalSeverity = f.severity;
                f.severity = setting;
            }
            const ignore = ignores.find((i) => i.matches(path, f));
            if (ignore)
                f.suppressed = { kind: 'ignore', reason: ignore.entry.reason };
            else if (known?.(f))
                f.suppressed = { kind: 'baseline', reason: baselineReason };
        }
    };
}
/** An ignore entry matches a finding when each field it sets does: the rule, the package path, the pointer prefix. */
function ignoreMatcher(entry) {
    const path = entry.path === undefined ? undefined : pathMatcher(entry.path);
    const prefix = entry.pointer;
    return (packagePath, f) => (entry.rule === undefined || entry.rule === f.ruleId) &&
        (path === undefined || path(packagePath)) &&
        (prefix === undefined || prefix === '' || f.pointer === prefix || f.pointer.startsWith(`${prefix}/`));
}
/**
 * A package path glob (`*`, `**`, `?`, `[…]`, `{a,b}`), or a path written out in full, which matches itself and what
 * is below it. Parentheses are literal: real connector folders have them ("Asite (Canada)"), and picomatch would
 * read them as a pattern group.
 */
function pathMatcher(glob) {
    const normal = (0,paths/* normalizePackagePath */.d)(glob).replace(/\/+$/, '');
    const literal = normal.replace(/\/\*\*$/, '');
    const isMatch = picomatch_default()(normal.replace(/[()]/g, '\\$&'), { dot: true });
    return (path) => path === literal || path.startsWith(`${literal}/`) || isMatch(path);
}

// EXTERNAL MODULE: ./src/config/index.ts + 1 modules
var src_config = __webpack_require__(1574);
;// CONCATENATED MODULE: ./src/config/load.ts
// Reads the configuration file and its baseline through the caller's I/O (the CLI and the action each pass theirs)
// and turns them into the review the engine applies. Paths in the file are relative to the repository root.





/** Larger than any configuration a person writes; a bound for one that is not. */
const MAX_CONFIG_BYTES = 1024 * 1024;
/** A baseline of a large monorepo (thousands of entries) fits with room to spare. */
const MAX_BASELINE_BYTES = 64 * 1024 * 1024;
async function load(request, file, text, io) {
    const problem = (where, at, message) => ({ ok: false, problems: [{ file: where, ...at, message }] });
    const start = { line: 1, column: 1 };
    if (text === undefined && request.file !== undefined)
        return problem(file, start, 'the configuration file does not exist.');
    if (text !== undefined && text.length > MAX_CONFIG_BYTES)
        return problem(file, start, `the configuration file is over ${MAX_CONFIG_BYTES} bytes.`);
    const parsed = text === undefined ? undefined : await parseConfig(text, file);
    if (parsed && !parsed.ok)
        return { ok: false, problems: parsed.problems };
    const config = parsed?.value;
    const unknownRules = () => unknownRuleIds(config);
    if (request.writeBaseline !== undefined) {
        const baseline = await __webpack_require__.e(/* import() */ 863).then(__webpack_require__.bind(__webpack_require__, 2863));
        const path = request.writeBaseline;
        return {
            ok: true,
            settings: {
                config,
                unknownRules,
                review: createReview(config, baseline.writingTo(path)),
                newBaseline: (report) => {
                    const entries = baseline.baselineEntries(report);
                    return { path, text: baseline.baselineText(entries), count: entries.length };
                },
            },
        };
    }
    if (!config?.baseline)
        return { ok: true, settings: config && { config, unknownRules, review: createReview(config) } };
    // A configuration comes with the pull request that changes it: its baseline is read only inside the repository.
    const path = config.baseline.path;
    const absolute = (0,external_node_path_.resolve)(request.root, path);
    const inside = (0,external_node_path_.relative)(request.root, absolute);
    if (inside.startsWith('..') || (0,external_node_path_.isAbsolute)(inside))
        return problem(file, config.baseline.at, `the baseline "${path}" is outside the repository; name a file inside it.`);
    const read = await (0,src_config/* readText */.yR)(io, absolute, path);
    if (!read.ok)
        return read;
    const baselineText = read.text;
    if (baselineText === undefined) {
        return problem(file, config.baseline.at, `the baseline "${path}" does not exist; write it with: copilot-publish-check --write-baseline ${path}`);
    }
    if (baselineText.length > MAX_BASELINE_BYTES)
        return problem(path, start, `the baseline is over ${MAX_BASELINE_BYTES} bytes.`);
    const baseline = await __webpack_require__.e(/* import() */ 863).then(__webpack_require__.bind(__webpack_require__, 2863));
    const known = baseline.parseBaseline(baselineText, path);
    if (!known.ok)
        return { ok: false, problems: known.problems };
    return {
        ok: true,
        settings: {
            config,
            unknownRules,
            review: createReview(config, baseline.lookupIn(known.value)),
            baselineStatus: (report) => baseline.baselineStatus(report, known.value),
        },
    };
}
/** Rule ids of the file that name no rule, among the families the run loaded (a typo would otherwise do nothing). */
async function unknownRuleIds(config) {
    const problems = [];
    for (const { id, at } of config?.ruleIds ?? []) {
        if ((await (0,engine/* ruleExists */.hJ)(id)) !== false)
            continue;
        problems.push({ file: config.file, ...at, message: `no rule is named "${id}" (a typo, or a rule of another version: --list-rules lists them); this entry does nothing.` });
    }
    return problems;
}


/***/ }),

/***/ 1066:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   d: () => (/* binding */ normalizePackagePath)
/* harmony export */ });
// Package paths as the repository names them, whichever way a run spelled them: forward slashes, no leading "./".
function normalizePackagePath(path) {
    return path.replace(/\\/g, '/').replace(/^(\.\/)+/, '');
}


/***/ })

};
