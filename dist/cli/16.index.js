export const id = 16;
export const ids = [16];
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

/***/ 1780:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   BB: () => (/* binding */ addFix),
/* harmony export */   g_: () => (/* binding */ replaceFix),
/* harmony export */   lC: () => (/* binding */ schemaUrlWithVersion),
/* harmony export */   sD: () => (/* binding */ removeFix)
/* harmony export */ });
/** Set the value at `pointer` (in the draft's file unless `file` is given). */
function replaceFix(description, pointer, value, file) {
    return { description, changes: [{ op: 'replace', pointer, value, ...(file ? { file } : {}) }] };
}
/** Add the member `pointer` names to its object, after the others (or before them with `first`). */
function addFix(description, pointer, value, options = {}) {
    return { description, changes: [{ op: 'add', pointer, value, ...(options.first ? { first: true } : {}), ...(options.file ? { file: options.file } : {}) }] };
}
/** Remove the member or element at `pointer`. */
function removeFix(description, pointer, file) {
    return { description, changes: [{ op: 'remove', pointer, ...(file ? { file } : {}) }] };
}
/**
 * A schema URL with its version folder (`/v1.16/` after `/teams`, `/copilot/plugin` …) naming `folder` instead;
 * undefined when the URL has no such folder. `family` is the path before it, such as "/teams" or "/copilot/plugin".
 */
function schemaUrlWithVersion(url, family, folder) {
    const at = new RegExp(`(${family.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}/)(v(?:DevPreview|\\d+\\.\\d+))(/)`, 'i');
    if (!at.test(url))
        return undefined;
    const fixed = url.replace(at, `$1${folder}$3`);
    return fixed === url ? undefined : fixed;
}


/***/ }),

/***/ 5314:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   G9: () => (/* binding */ isPngError),
/* harmony export */   SV: () => (/* binding */ inspectPng),
/* harmony export */   om: () => (/* binding */ pixelAt),
/* harmony export */   wL: () => (/* binding */ readPng)
/* harmony export */ });
/* unused harmony exports MAX_PNG_SIDE, readPngHeader */
/* harmony import */ var pngjs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(359);
/* harmony import */ var node_zlib__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8522);
/* harmony import */ var node_zlib__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_zlib__WEBPACK_IMPORTED_MODULE_1__);
// PNG decoding for icon rules. The header (IHDR) is read by hand first so a file that declares huge
// dimensions is refused before pngjs allocates width × height × 4 bytes for it.


/** Largest side we decode. Teams icons are 192 and 32 pixels; 4096 leaves room for any real source image. */
const MAX_PNG_SIDE = 4096;
const SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
function isPngError(r) {
    return 'error' in r;
}
/** Width and height from the IHDR chunk, without decoding; undefined when the bytes are not a PNG header. */
function readPngHeader(bytes) {
    if (bytes.length < 24 || !SIGNATURE.every((b, i) => bytes[i] === b))
        return undefined;
    // The first chunk must be IHDR: length (4), type "IHDR" (4), then width and height as big-endian uint32.
    if (bytes[12] !== 0x49 || bytes[13] !== 0x48 || bytes[14] !== 0x44 || bytes[15] !== 0x52)
        return undefined;
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    return { width: view.getUint32(16), height: view.getUint32(20) };
}
/**
 * Checks a PNG's structure without inflating it: signature, IHDR first, every chunk inside the file, image data
 * and an end chunk. Gives the size from the header. Much cheaper than readPng (no decompression, no pixels), so
 * rules that only need the size or the format use it.
 */
function inspectPng(bytes, maxSide = MAX_PNG_SIDE) {
    const sized = sizedHeader(bytes, maxSide);
    if ('error' in sized)
        return sized;
    const { width, height } = sized;
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    let offset = 8;
    let idat = false;
    let iend = false;
    while (offset + 8 <= bytes.length && !iend) {
        const length = view.getUint32(offset);
        const type = String.fromCharCode(bytes[offset + 4], bytes[offset + 5], bytes[offset + 6], bytes[offset + 7]);
        if (offset + 12 + length > bytes.length)
            return { error: 'corrupt', width, height, message: `it is truncated (the ${type} chunk runs past the end of the file)` };
        if (type === 'IDAT')
            idat = true;
        if (type === 'IEND')
            iend = true;
        offset += 12 + length;
    }
    if (!idat || !iend)
        return { error: 'corrupt', width, height, message: `it is truncated (no ${idat ? 'IEND' : 'IDAT'} chunk)` };
    return { width, height };
}
/** The header's size when it is one this tool reads; else the finding-ready error (not a PNG, empty, too large). */
function sizedHeader(bytes, maxSide) {
    const header = readPngHeader(bytes);
    if (!header)
        return notPng(bytes);
    const { width, height } = header;
    if (width === 0 || height === 0)
        return { error: 'corrupt', width, height, message: `it declares an empty size of ${width}×${height}` };
    if (width > maxSide || height > maxSide) {
        return { error: 'too-large', width, height, message: `it declares ${width}×${height} pixels, beyond the ${maxSide}×${maxSide} this tool decodes` };
    }
    return { width, height };
}
// Several rules may decode the same icon of one package (the connector icon rules do, three times); decoding is
// most of a warm check, so the result is kept for as long as the package's bytes are. Callers only read it.
const decodedByBytes = new WeakMap();
/** Decodes a PNG to RGBA; never throws. `maxSide` bounds the memory a hostile file can make us allocate. */
function readPng(bytes, maxSide = MAX_PNG_SIDE) {
    let bySide = decodedByBytes.get(bytes);
    if (!bySide)
        decodedByBytes.set(bytes, (bySide = new Map()));
    let result = bySide.get(maxSide);
    if (!result)
        bySide.set(maxSide, (result = decodePng(bytes, maxSide)));
    return result;
}
function decodePng(bytes, maxSide) {
    const sized = sizedHeader(bytes, maxSide);
    if ('error' in sized)
        return sized;
    const { width, height } = sized;
    // pngjs reads past image data that is too short (into uninitialised memory, so the result varied between
    // runs) and inflates data far longer than the image: the inflated length is checked against the header first.
    const dataProblem = imageDataProblem(bytes, width, height);
    if (dataProblem)
        return { error: 'corrupt', width, height, message: dataProblem };
    try {
        const png = pngjs__WEBPACK_IMPORTED_MODULE_0__/* .PNG */ .O.sync.read(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength));
        return { width: png.width, height: png.height, pixels: new Uint8Array(png.data.buffer, png.data.byteOffset, png.data.byteLength) };
    }
    catch (e) {
        return { error: 'corrupt', width, height, message: `it cannot be decoded (${e instanceof Error ? e.message : String(e)})` };
    }
}
/** RGBA of the pixel at (x, y). */
function pixelAt(img, x, y) {
    const i = (y * img.width + x) * 4;
    return [img.pixels[i], img.pixels[i + 1], img.pixels[i + 2], img.pixels[i + 3]];
}
function notPng(bytes) {
    const format = sniffFormat(bytes);
    return { error: 'not-png', format, message: format ? `it is a ${format} file, not a PNG` : 'it is not a PNG file (no PNG signature)' };
}
function sniffFormat(b) {
    if (b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff)
        return 'JPEG';
    if (b[0] === 0x47 && b[1] === 0x49 && b[2] === 0x46 && b[3] === 0x38)
        return 'GIF';
    if (b[0] === 0x42 && b[1] === 0x4d)
        return 'BMP';
    if (b[0] === 0x52 && b[1] === 0x49 && b[2] === 0x46 && b[3] === 0x46 && b[8] === 0x57 && b[9] === 0x45 && b[10] === 0x42 && b[11] === 0x50)
        return 'WebP';
    if (b[0] === 0x00 && b[1] === 0x00 && b[2] === 0x01 && b[3] === 0x00)
        return 'ICO';
    const head = new TextDecoder('utf-8', { fatal: false }).decode(b.subarray(0, 256)).trimStart().toLowerCase();
    if (head.startsWith('<svg') || (head.startsWith('<?xml') && head.includes('<svg')))
        return 'SVG';
    return undefined;
}
/** Inflated size of the image data a PNG with this header holds: its scanlines, each with a filter byte. */
function expectedImageDataLength(width, height, colorType, bitDepth, interlaced) {
    const channels = { 0: 1, 2: 3, 3: 1, 4: 2, 6: 4 }[colorType];
    if (!channels || ![1, 2, 4, 8, 16].includes(bitDepth))
        return undefined;
    const rowBytes = (w) => 1 + Math.ceil((w * channels * bitDepth) / 8);
    if (!interlaced)
        return height * rowBytes(width);
    // Adam7: seven passes over sub-images, each with its own scanlines.
    const passes = [[0, 0, 8, 8], [4, 0, 8, 8], [0, 4, 4, 8], [2, 0, 4, 4], [0, 2, 2, 4], [1, 0, 2, 2], [0, 1, 1, 2]];
    let total = 0;
    for (const [x0, y0, dx, dy] of passes) {
        const w = Math.ceil((width - x0) / dx);
        const h = Math.ceil((height - y0) / dy);
        if (w > 0 && h > 0)
            total += h * rowBytes(w);
    }
    return total;
}
/** Why the IDAT data does not fit the header (too short, too long, not zlib), or undefined when it does. */
function imageDataProblem(bytes, width, height) {
    const expected = expectedImageDataLength(width, height, bytes[25], bytes[24], bytes[28] === 1);
    if (expected === undefined)
        return `it cannot be decoded (its header declares colour type ${bytes[25]} with bit depth ${bytes[24]})`;
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    const parts = [];
    for (let at = 8; at + 8 <= bytes.length;) {
        const length = view.getUint32(at);
        const type = String.fromCharCode(bytes[at + 4], bytes[at + 5], bytes[at + 6], bytes[at + 7]);
        if (at + 12 + length > bytes.length)
            return `it is truncated (the ${type} chunk runs past the end of the file)`;
        if (type === 'IDAT')
            parts.push(bytes.subarray(at + 8, at + 8 + length));
        if (type === 'IEND')
            break;
        at += 12 + length;
    }
    let inflated;
    try {
        inflated = (0,node_zlib__WEBPACK_IMPORTED_MODULE_1__.inflateSync)(Buffer.concat(parts), { maxOutputLength: expected + 1 }).length;
    }
    catch (e) {
        if (e.code === 'ERR_BUFFER_TOO_LARGE')
            return `it cannot be decoded (its image data inflates past the ${expected} bytes that ${width}×${height} pixels take)`;
        return `it cannot be decoded (${e instanceof Error ? e.message : String(e)})`;
    }
    return inflated === expected ? undefined : `it cannot be decoded (its image data holds ${inflated} bytes where ${width}×${height} pixels take ${expected})`;
}


/***/ }),

/***/ 1867:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  teamsRules: () => (/* binding */ teamsRules)
});

// EXTERNAL MODULE: ./src/engine/rules/rule.ts
var rule = __webpack_require__(6690);
// EXTERNAL MODULE: ./src/engine/rules/docs-links.ts
var docs_links = __webpack_require__(8551);
// EXTERNAL MODULE: ./src/engine/schemas/catalog.ts
var catalog = __webpack_require__(5910);
// EXTERNAL MODULE: ./src/engine/schemas/validate.ts
var validate = __webpack_require__(895);
// EXTERNAL MODULE: ./src/engine/util/values.ts
var util_values = __webpack_require__(6489);
;// CONCATENATED MODULE: ./src/engine/rules/teams/schema.ts
// manifest.json against Microsoft's official schema for its manifestVersion.





const manifestVersionKnown = (0,rule/* defineRule */.Km)({
    id: 'teams.manifest-version-unknown',
    title: 'manifestVersion is a published schema version',
    severity: 'error',
    audiences: rule/* BOTH */.Ch,
    kinds: ['teams-app'],
    docs: docs_links/* DOCS */.i.manifestVersions,
    description: 'Published versions are 1.0 to 1.17, 1.19 to 1.30 and devPreview. Version 1.18 was never released.',
    *check({ manifest }) {
        const m = (0,util_values/* asRecord */.qY)(manifest?.value);
        if (!m)
            return;
        const v = m.manifestVersion;
        if (v === undefined)
            return; // the schema rule reports the missing property
        if (typeof v !== 'string' || !catalog/* TEAMS_MANIFEST_VERSIONS */.F8.includes(v)) {
            const hint = v === '1.18' ? ' Version 1.18 does not exist; use 1.17 or 1.19 and later.' : ' Published versions are 1.0–1.17, 1.19–1.30 and devPreview.';
            yield { file: 'manifest.json', pointer: '/manifestVersion', message: `manifestVersion ${JSON.stringify(v)} is not a published schema version.${hint}` };
        }
    },
});
const manifestSchema = (0,rule/* defineRule */.Km)({
    id: 'teams.manifest-schema',
    title: 'manifest.json matches the official schema of its version',
    severity: 'error',
    audiences: rule/* BOTH */.Ch,
    kinds: ['teams-app'],
    // The rules that check the same values with a precise message; an unresolved placeholder is the cause of any schema error on its value.
    restatedBy: [
        'package.unresolved-placeholder',
        'package.unresolved-placeholder-functional',
        'teams.manifest-feature-version',
        'teams.version-semver',
        'teams.developer-url-https',
        'graph.teams-webapp-id',
        'graph.teams-notification-url-format',
        'graph.teams-notification-url-https',
        'graph.teams-notification-url-length',
    ],
    docs: docs_links/* DOCS */.i.manifestSchema,
    description: "Validated offline with Microsoft's schema from @microsoft/app-manifest, as the Teams service does at upload. Messages say the cause in words with the value " +
        '("id must be a GUID; it is …"); where a oneOf/anyOf fails, the errors of the form the value was meant for. A value another rule reports more precisely ' +
        '(an unresolved placeholder, a feature the version lacks) is one finding, theirs, at this error\'s severity.',
    *check({ manifest }) {
        const m = (0,util_values/* asRecord */.qY)(manifest?.value);
        if (!m || typeof m.manifestVersion !== 'string') {
            if (manifest?.ok && !m)
                yield { file: 'manifest.json', message: 'manifest.json must hold a JSON object.' };
            else if (m)
                yield { file: 'manifest.json', pointer: '/manifestVersion', message: 'manifest.json has no manifestVersion string, so no schema can be chosen.' };
            return;
        }
        const issues = (0,validate/* validateAgainst */.sq)('teams', m.manifestVersion, m);
        for (const issue of issues ?? [])
            yield (0,validate/* issueDraft */.jq)('manifest.json', issue);
    },
});

// EXTERNAL MODULE: ./src/engine/json/pointer.ts
var pointer = __webpack_require__(5684);
;// CONCATENATED MODULE: ./src/engine/rules/teams/shared/manifest-version.ts
// manifestVersion as a comparable number: "1.19" -> 1.19 by parts, devPreview above every release.

/** [major, minor] of a manifestVersion; devPreview sorts after every published version; undefined when unreadable. */
function manifestVersionParts(manifest) {
    const v = (0,util_values/* asString */.oJ)((0,util_values/* asRecord */.qY)(manifest)?.manifestVersion);
    if (v === undefined)
        return undefined;
    if (v === 'devPreview')
        return [Number.MAX_SAFE_INTEGER, 0];
    const m = /^(\d+)\.(\d+)$/.exec(v);
    return m ? [Number(m[1]), Number(m[2])] : undefined;
}
/** True when the manifest's version is at least `min` ("1.13"); false when the version is unreadable. */
function versionAtLeast(manifest, min) {
    const have = manifestVersionParts(manifest);
    const [maj, minor] = min.split('.').map(Number);
    if (!have)
        return false;
    return have[0] > maj || (have[0] === maj && have[1] >= minor);
}
function isDevPreview(manifest) {
    return (0,util_values/* asRecord */.qY)(manifest)?.manifestVersion === 'devPreview';
}
/** The folder of a manifest version's schema in Microsoft's URLs: v1.19, vDevPreview. */
function teamsSchemaFolder(version) {
    return version === 'devPreview' ? 'vDevPreview' : `v${version}`;
}

// EXTERNAL MODULE: ./src/engine/util/urls.ts
var urls = __webpack_require__(7945);
// EXTERNAL MODULE: ./src/engine/fix/drafts.ts
var drafts = __webpack_require__(1780);
;// CONCATENATED MODULE: ./src/engine/rules/teams/manifest.ts
// Manifest facts the JSON schema cannot express: feature versions, semver, developer information, devPreview.








const manifest_top = (key) => (m) => (m[key] !== undefined ? [(0,pointer/* pointer */.Wn)(key)] : []);
const inCommands = (key, inParameters = false) => (m) => (0,util_values/* asArray */._j)(m.composeExtensions).flatMap((ce, i) => (0,util_values/* asArray */._j)((0,util_values/* asRecord */.qY)(ce)?.commands).flatMap((cmd, j) => {
    const c = (0,util_values/* asRecord */.qY)(cmd);
    if (!inParameters)
        return c?.[key] !== undefined ? [(0,pointer/* pointer */.Wn)('composeExtensions', i, 'commands', j, key)] : [];
    return (0,util_values/* asArray */._j)(c?.parameters).flatMap((p, k) => (0,util_values/* asRecord */.qY)(p)?.[key] !== undefined ? [(0,pointer/* pointer */.Wn)('composeExtensions', i, 'commands', j, 'parameters', k, key)] : []);
}));
const inComposeExtensions = (key) => (m) => (0,util_values/* asArray */._j)(m.composeExtensions).flatMap((ce, i) => ((0,util_values/* asRecord */.qY)(ce)?.[key] !== undefined ? [(0,pointer/* pointer */.Wn)('composeExtensions', i, key)] : []));
const inObject = (parent, key) => (m) => (0,util_values/* asRecord */.qY)(m[parent])?.[key] !== undefined ? [(0,pointer/* pointer */.Wn)(parent, key)] : [];
/** The first manifest version whose official schema defines each feature (read from the schemas themselves). */
const FEATURE_VERSIONS = [
    { name: 'localizationInfo', since: '1.5', find: manifest_top('localizationInfo') },
    { name: 'graphConnector', since: '1.11', find: manifest_top('graphConnector') },
    { name: 'composeExtensionType', since: '1.17', find: inComposeExtensions('composeExtensionType') },
    { name: 'apiSpecificationFile', since: '1.17', find: inComposeExtensions('apiSpecificationFile') },
    { name: 'samplePrompts', since: '1.17', find: inCommands('samplePrompts') },
    { name: 'semanticDescription', since: '1.17', find: (m) => [...inCommands('semanticDescription')(m), ...inCommands('semanticDescription', true)(m)] },
    { name: 'copilotAgents.declarativeAgents', since: '1.19', find: inObject('copilotAgents', 'declarativeAgents') },
    { name: 'copilotAgents.customEngineAgents', since: '1.20', find: inObject('copilotAgents', 'customEngineAgents') },
    { name: 'icons.color32x32', since: '1.21', find: inObject('icons', 'color32x32') },
    { name: 'agentConnectors', since: '1.27', find: manifest_top('agentConnectors') },
    { name: 'agentSkills', since: '1.28', find: manifest_top('agentSkills') },
    {
        // An agent connector without mcpToolDescription asks for dynamic tool discovery; before 1.27 agentConnectors itself is reported.
        name: 'Dynamic tool discovery (an agent connector\'s remoteMcpServer without mcpToolDescription)',
        since: '1.29',
        find: (m) => versionAtLeast(m, '1.27')
            ? (0,util_values/* asArray */._j)(m.agentConnectors).flatMap((c, i) => {
                const server = (0,util_values/* asRecord */.qY)((0,util_values/* asRecord */.qY)((0,util_values/* asRecord */.qY)(c)?.toolSource)?.remoteMcpServer);
                return server && server.mcpToolDescription === undefined ? [(0,pointer/* pointer */.Wn)('agentConnectors', i, 'toolSource', 'remoteMcpServer')] : [];
            })
            : [],
    },
];
const featureVersion = (0,rule/* defineRule */.Km)({
    id: 'teams.manifest-feature-version',
    title: 'Each feature the manifest uses exists in its manifestVersion',
    severity: 'error',
    audiences: rule/* BOTH */.Ch,
    kinds: ['teams-app'],
    docs: docs_links/* DOCS */.i.manifestVersions,
    description: 'Features arrive in a given schema version: localizationInfo 1.5, graphConnector 1.11, API-based message extensions, samplePrompts and semanticDescription 1.17, declarative agents 1.19, custom engine agents 1.20, icons.color32x32 1.21, ' +
        'agentConnectors (MCP servers as agent connectors) 1.27, agentSkills 1.28, and dynamic tool discovery for agent connectors (no mcpToolDescription) 1.29, the version whose schema makes mcpToolDescription optional. ' +
        'Older versions reject them at upload; this rule names the version to move to. copilotExtensions (an early preview name) is in no current schema.',
    *check({ manifest }) {
        const m = (0,util_values/* asRecord */.qY)(manifest?.value);
        if (!m || !manifestVersionParts(m))
            return;
        const version = String(m.manifestVersion);
        for (const f of FEATURE_VERSIONS) {
            if (versionAtLeast(m, f.since))
                continue;
            for (const at of f.find(m)) {
                yield { file: 'manifest.json', pointer: at, message: `${f.name} needs manifestVersion ${f.since} or later; this manifest is ${version}.` };
            }
        }
        if (m.copilotExtensions !== undefined) {
            yield {
                file: 'manifest.json',
                pointer: '/copilotExtensions',
                message: 'copilotExtensions was a preview name that no published schema (nor the current devPreview) accepts; use copilotAgents.declarativeAgents with manifestVersion 1.19 or later.',
            };
        }
    },
});
const SEMVER = /^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)$/;
/**
 * The MAJOR.MINOR.PATCH a version means when it only lacks parts or has leading zeros ("1.0" → "1.0.0", "v2" →
 * "2.0.0", "01.02.3" → "1.2.3"); undefined for anything else (a suffix such as -beta or a fourth number is a choice).
 */
function asSemver(v) {
    const m = /^v?(\d+)(?:\.(\d+))?(?:\.(\d+))?$/i.exec(v.trim());
    if (!m)
        return undefined;
    const part = (p) => (p ?? '0').replace(/^0+(?=\d)/, '');
    return `${part(m[1])}.${part(m[2])}.${part(m[3])}`;
}
const versionSemver = (0,rule/* defineRule */.Km)({
    id: 'teams.version-semver',
    title: 'version is MAJOR.MINOR.PATCH',
    severity: 'error',
    audiences: rule/* BOTH */.Ch,
    kinds: ['teams-app'],
    docs: docs_links/* DOCS */.i.storeValidation,
    description: 'The schema only limits version to 256 characters but says it must follow semver; the store guidelines make it a must-fix and the service compares versions on update. Three numbers without leading zeros and without pre-release or build suffixes.',
    *check({ manifest }) {
        const v = (0,util_values/* asRecord */.qY)(manifest?.value)?.version;
        if (typeof v !== 'string' || SEMVER.test(v))
            return;
        const semver = asSemver(v);
        const fix = semver ? (0,drafts/* replaceFix */.g_)(`Write version ${JSON.stringify(v)} as "${semver}".`, '/version', semver) : undefined;
        yield { file: 'manifest.json', pointer: '/version', message: `version ${JSON.stringify(v)} is not MAJOR.MINOR.PATCH (three numbers, no leading zeros, no suffix such as -beta).`, ...(fix ? { fix } : {}) };
    },
});
const versionMajor = (0,rule/* defineRule */.Km)({
    id: 'teams.version-major-zero',
    title: 'version starts at 1.0.0',
    severity: 'notice',
    audiences: rule/* MULTITENANT */.m7,
    kinds: ['teams-app'],
    docs: docs_links/* DOCS */.i.storeValidation,
    description: "Microsoft's legacy manifest validator flagged a major version below 1 for store submissions; advice only.",
    *check({ manifest }) {
        const v = (0,util_values/* asString */.oJ)((0,util_values/* asRecord */.qY)(manifest?.value)?.version);
        const m = v ? SEMVER.exec(v) : null;
        if (m && m[1] === '0')
            yield { file: 'manifest.json', pointer: '/version', message: `version ${v} has major version 0; store submissions are expected to start at 1.0.0.` };
    },
});
const copilotManifestVersion = (0,rule/* defineRule */.Km)({
    id: 'teams.manifest-version-copilot',
    title: 'Apps that extend Copilot use manifest 1.13 or later',
    severity: 'warning',
    audiences: rule/* MULTITENANT */.m7,
    kinds: ['teams-app'],
    docs: docs_links/* DOCS */.i.storeValidation,
    description: 'Apps extended across Microsoft 365 (Outlook, the Microsoft 365 app) and message extensions used as Copilot plugins need manifest 1.13 or later; older apps stay Teams-only, which store review rejects for a Copilot listing.',
    *check({ manifest, capabilities }) {
        const m = (0,util_values/* asRecord */.qY)(manifest?.value);
        if (!m || !manifestVersionParts(m) || versionAtLeast(m, '1.13'))
            return;
        if (!capabilities.includes('message-extension'))
            return;
        yield {
            file: 'manifest.json',
            pointer: '/manifestVersion',
            message: `manifestVersion ${String(m.manifestVersion)} keeps the message extension Teams-only; use 1.13 or later so it runs in Outlook and Microsoft 365 Copilot.`,
        };
    },
});
const noDevPreview = (0,rule/* defineRule */.Km)({
    id: 'teams.manifest-dev-preview',
    title: 'Store submissions use a released manifest version, not devPreview',
    severity: 'warning',
    audiences: rule/* MULTITENANT */.m7,
    kinds: ['teams-app'],
    docs: docs_links/* DOCS */.i.storeValidation,
    description: 'The store guidelines require a publicly released schema. Warning, not error: an earlier agent guideline asked declarative agents to use devPreview, which became obsolete when copilotAgents was released in 1.19, so the sources conflict.',
    *check({ manifest }) {
        if (isDevPreview(manifest?.value)) {
            yield { file: 'manifest.json', pointer: '/manifestVersion', message: 'manifestVersion is devPreview; Partner Center expects a released version (1.19 or later for agents).' };
        }
    },
});
const URL_KEYS = ['websiteUrl', 'privacyUrl', 'termsOfUseUrl'];
function developerUrls(manifest) {
    const dev = (0,util_values/* asRecord */.qY)((0,util_values/* asRecord */.qY)(manifest)?.developer);
    return URL_KEYS.flatMap((key) => {
        const url = (0,util_values/* asString */.oJ)(dev?.[key]);
        return url ? [{ key, url, at: (0,pointer/* pointer */.Wn)('developer', key) }] : [];
    });
}
const developerUrlsHttps = (0,rule/* defineRule */.Km)({
    id: 'teams.developer-url-https',
    title: 'Developer website, privacy and terms URLs use HTTPS',
    severity: 'warning',
    audiences: rule/* MULTITENANT */.m7,
    kinds: ['teams-app'],
    docs: docs_links/* DOCS */.i.storeValidation,
    description: 'The schema accepts http:// (its pattern is ^https?://), but the store guidelines require the privacy policy and terms of use to be served over HTTPS; the website URL is held to the same standard.',
    *check({ manifest }) {
        for (const { key, url, at } of developerUrls(manifest?.value)) {
            if (/^http:\/\//i.test(url))
                yield { file: 'manifest.json', pointer: at, message: `developer.${key} ${url} uses http; use https.` };
        }
    },
});
const DEFAULT_DEVELOPER_NAMES = ['teams app, inc.', 'my app, inc.'];
const developerDefaults = (0,rule/* defineRule */.Km)({
    id: 'teams.developer-default-values',
    title: 'Developer information is not the template default',
    severity: 'warning',
    audiences: rule/* MULTITENANT */.m7,
    kinds: ['teams-app'],
    docs: docs_links/* DOCS */.i.storeValidation,
    description: 'Agents Toolkit templates ship developer.name "Teams App, Inc." (newer agent templates "My App, Inc.") and https://www.example.com URLs; hosts reserved for examples (example.com, *.example, *.test) are reported too. The store requires the real publisher name and working privacy and terms pages. Warning: inferred from the toolkit defaults plus the store rules on privacy and terms links. The fields of one manifest are one finding (79 per-field warnings on 21 real packages were one template block each).',
    *check({ manifest }) {
        const dev = (0,util_values/* asRecord */.qY)((0,util_values/* asRecord */.qY)(manifest?.value)?.developer);
        const name = (0,util_values/* asString */.oJ)(dev?.name);
        // The template's developer block is one thing to replace: one finding listing its fields.
        const summary = "{n} developer fields are template defaults; use the publisher's name as registered in Partner Center and its real pages";
        if (name && DEFAULT_DEVELOPER_NAMES.includes(name.trim().toLowerCase())) {
            yield {
                file: 'manifest.json',
                pointer: '/developer/name',
                message: `developer.name is the template default "${name}"; use the publisher's name as registered in Partner Center.`,
                repeat: { summary, place: `name "${name}"` },
            };
        }
        for (const { key, url, at } of developerUrls(manifest?.value)) {
            const host = (0,urls/* hostOf */.w4)(url);
            if (host && (0,urls/* isReservedHost */.Te)(host)) {
                yield {
                    file: 'manifest.json',
                    pointer: at,
                    message: `developer.${key} ${url} points at the reserved example host ${host}; use the publisher's real page.`,
                    repeat: { summary, place: `${key} ${url}` },
                };
            }
        }
    },
});
const developerMpnId = (0,rule/* defineRule */.Km)({
    id: 'teams.developer-mpn-id',
    title: 'developer.mpnId is set',
    severity: 'notice',
    audiences: rule/* MULTITENANT */.m7,
    kinds: ['teams-app'],
    docs: docs_links/* DOCS */.i.storeValidation,
    description: 'The store guidelines recommend the Microsoft AI Cloud Partner Program ID in developer.mpnId (good-to-fix).',
    *check({ manifest }) {
        const dev = (0,util_values/* asRecord */.qY)((0,util_values/* asRecord */.qY)(manifest?.value)?.developer);
        if (!dev || (0,util_values/* asString */.oJ)(dev.mpnId)?.trim())
            return;
        yield { file: 'manifest.json', pointer: '/developer', message: 'developer.mpnId is not set; the store recommends your Cloud Partner Program ID there.' };
    },
});
const schemaProperty = (0,rule/* defineRule */.Km)({
    id: 'teams.manifest-schema-url',
    title: '$schema names the schema of the manifestVersion',
    severity: 'notice',
    audiences: rule/* BOTH */.Ch,
    kinds: ['teams-app'],
    docs: docs_links/* DOCS */.i.manifestVersions,
    description: "The Agents Toolkit refuses to validate a manifest without $schema and validates against the version that URL names; a URL for another version means editors and the toolkit check a different schema than the service. Notice: the service itself reads manifestVersion.",
    *check({ manifest }) {
        const m = (0,util_values/* asRecord */.qY)(manifest?.value);
        const version = (0,util_values/* asString */.oJ)(m?.manifestVersion);
        if (!m || !version)
            return;
        const url = (0,util_values/* asString */.oJ)(m.$schema);
        // Fixed only towards a version Microsoft publishes a schema for.
        const known = catalog/* TEAMS_MANIFEST_VERSIONS */.F8.includes(version);
        const folder = teamsSchemaFolder(version);
        if (!url) {
            const wanted = `https://developer.microsoft.com/json-schemas/teams/${folder}/MicrosoftTeams.schema.json`;
            const fix = known && m.$schema === undefined ? (0,drafts/* addFix */.BB)(`Add "$schema": "${wanted}".`, '/$schema', wanted, { first: true }) : undefined;
            yield { file: 'manifest.json', pointer: '', message: `manifest.json has no $schema; add ${wanted}.`, ...(fix ? { fix } : {}) };
            return;
        }
        const named = /\/teams\/v(DevPreview|\d+\.\d+)\/MicrosoftTeams\.schema\.json$/i.exec(url);
        const namedVersion = named ? (named[1].toLowerCase() === 'devpreview' ? 'devPreview' : named[1]) : undefined;
        if (namedVersion && namedVersion !== version) {
            const fixed = known ? (0,drafts/* schemaUrlWithVersion */.lC)(url, '/teams', folder) : undefined;
            const fix = fixed ? (0,drafts/* replaceFix */.g_)(`Point $schema at the ${version} schema: "${fixed}".`, '/$schema', fixed) : undefined;
            yield { file: 'manifest.json', pointer: '/$schema', message: `$schema names version ${namedVersion} but manifestVersion is ${version}.`, ...(fix ? { fix } : {}) };
        }
    },
});
const customEngineAgentBot = (0,rule/* defineRule */.Km)({
    id: 'teams.custom-engine-agent-bot',
    title: 'Each custom engine agent is a bot declared in the manifest with personal scope',
    severity: 'warning',
    audiences: rule/* BOTH */.Ch,
    kinds: ['teams-app'],
    docs: docs_links/* DOCS */.i.customEngineAgentsSchema,
    description: 'copilotAgents.customEngineAgents[].id must be the botId of a bots[] entry whose scopes include personal. Stated in the schema description only, so the JSON schema does not enforce it; warning because the service behaviour is not documented.',
    *check({ manifest }) {
        const m = (0,util_values/* asRecord */.qY)(manifest?.value);
        const agents = (0,util_values/* asArray */._j)((0,util_values/* asRecord */.qY)(m?.copilotAgents)?.customEngineAgents);
        const bots = (0,util_values/* asArray */._j)(m?.bots).map(util_values/* asRecord */.qY);
        for (const [i, a] of agents.entries()) {
            const agent = (0,util_values/* asRecord */.qY)(a);
            const id = (0,util_values/* asString */.oJ)(agent?.id);
            if (!agent || !id || (agent.type !== undefined && agent.type !== 'bot'))
                continue;
            const bot = bots.find((b) => (0,util_values/* asString */.oJ)(b?.botId) === id);
            const at = (0,pointer/* pointer */.Wn)('copilotAgents', 'customEngineAgents', i, 'id');
            if (!bot)
                yield { file: 'manifest.json', pointer: at, message: `customEngineAgents[${i}].id ${id} is not the botId of any bots[] entry.` };
            else if (!(0,util_values/* asArray */._j)(bot.scopes).includes('personal')) {
                yield { file: 'manifest.json', pointer: at, message: `The bot ${id} behind customEngineAgents[${i}] does not include the personal scope.` };
            }
        }
    },
});
const manifestRules = [
    featureVersion,
    versionSemver,
    versionMajor,
    copilotManifestVersion,
    noDevPreview,
    developerUrlsHttps,
    developerDefaults,
    developerMpnId,
    schemaProperty,
    customEngineAgentBot,
];

// EXTERNAL MODULE: ./src/engine/images/png.ts
var png = __webpack_require__(5314);
// EXTERNAL MODULE: ./src/engine/rules/teams/shared/references.ts
var references = __webpack_require__(5495);
;// CONCATENATED MODULE: ./src/engine/rules/teams/shared/icons.ts
// The manifest's icons, for the icon rules. The structure is inspected once per file (cheap: no inflating);
// pixels are decoded only for the rules that look at them, once per file and package.




const cache = new WeakMap();
/** The icon named by `icons[key]`, when it names a file that is in the package (missing files are another rule's). */
function iconFile(pkg, manifest, key) {
    const path = (0,util_values/* asString */.oJ)((0,util_values/* asRecord */.qY)((0,util_values/* asRecord */.qY)(manifest)?.icons)?.[key]);
    if (!path)
        return undefined;
    const name = (0,references/* resolveInPackage */.WG)('manifest.json', path);
    const bytes = name === undefined ? undefined : pkg.bytes(name);
    if (name === undefined || !bytes)
        return undefined;
    let files = cache.get(pkg);
    if (!files)
        cache.set(pkg, (files = new Map()));
    let entry = files.get(name);
    if (!entry)
        files.set(name, (entry = {}));
    const cached = entry;
    cached.info ??= (0,png/* inspectPng */.SV)(bytes);
    return {
        key,
        path,
        name,
        pointer: (0,pointer/* pointer */.Wn)('icons', key),
        bytes: bytes.byteLength,
        info: cached.info,
        decode: () => (cached.image ??= (0,png/* readPng */.wL)(bytes)),
    };
}
/** "color.png (12,345 bytes)": how messages name an icon file. */
function describeIcon(icon) {
    return `${icon.name} (${icon.bytes.toLocaleString('en-US')} bytes)`;
}

;// CONCATENATED MODULE: ./src/engine/rules/teams/icons.ts
// Icons: PNG format, exact sizes, the outline icon's white-on-transparent pixels, the color icon's background.




const ICON_KEYS = ['color', 'outline', 'color32x32'];
/** The one size each icon may have. */
const SIDE = { color: 192, outline: 32, color32x32: 32 };
/** True when the icon's header gives exactly its required size: only then are its pixels worth decoding. */
function rightSize(icon) {
    return !(0,png/* isPngError */.G9)(icon.info) && icon.info.width === SIDE[icon.key] && icon.info.height === SIDE[icon.key];
}
const iconIsPng = (0,rule/* defineRule */.Km)({
    id: 'teams.icon-not-png',
    title: 'Every icon is a PNG file that decodes',
    severity: 'error',
    audiences: rule/* BOTH */.Ch,
    kinds: ['teams-app'],
    docs: docs_links/* DOCS */.i.appPackage,
    description: 'The color, outline and 32×32 color icons must be PNG images; Teams rejects other formats and damaged files at upload.',
    *check({ pkg, manifest }) {
        for (const key of ICON_KEYS) {
            const icon = iconFile(pkg, manifest?.value, key);
            if (!icon)
                continue;
            // Structure first (cheap); then the pixels, which the pixel rules decode anyway (the result is shared).
            // An icon of the wrong size gets a size finding instead, and is never decoded.
            const problem = (0,png/* isPngError */.G9)(icon.info) ? icon.info : rightSize(icon) ? icon.decode() : undefined;
            if (!problem)
                continue;
            if (!(0,png/* isPngError */.G9)(problem) || problem.error === 'too-large')
                continue;
            yield { file: 'manifest.json', pointer: icon.pointer, message: `icons.${key} names ${describeIcon(icon)}, but ${problem.message}.` };
        }
    },
});
/** Width and height when known: decoded, or read from the header of a PNG too large to decode. */
function dimensions(icon) {
    const img = icon.info;
    if (!(0,png/* isPngError */.G9)(img))
        return img;
    return img.error === 'too-large' ? img : undefined;
}
function sizeRule(id, key, side, description) {
    return (0,rule/* defineRule */.Km)({
        id,
        title: `icons.${key} is a ${side}×${side} PNG`,
        severity: 'error',
        audiences: rule/* BOTH */.Ch,
        kinds: ['teams-app'],
        docs: docs_links/* DOCS */.i.appPackage,
        description,
        *check({ pkg, manifest }) {
            const icon = iconFile(pkg, manifest?.value, key);
            const size = icon && dimensions(icon);
            if (!icon || !size || (size.width === side && size.height === side))
                return;
            const note = (0,png/* isPngError */.G9)(icon.info) ? ` (${icon.info.message})` : '';
            yield {
                file: 'manifest.json',
                pointer: icon.pointer,
                message: `icons.${key} names ${describeIcon(icon)}, which is ${size.width}×${size.height} pixels${note}; it must be exactly ${side}×${side}.`,
            };
        },
    });
}
const colorIconSize = sizeRule('teams.icon-color-size', 'color', 192, 'The color icon is shown in the store and in Copilot; Teams requires exactly 192×192 pixels.');
const outlineIconSize = sizeRule('teams.icon-outline-size', 'outline', 32, 'The outline icon is shown in the Teams app bar; Teams requires exactly 32×32 pixels (a 20×20 icon is known to fail upload).');
const color32IconSize = sizeRule('teams.icon-color32-size', 'color32x32', 32, 'The optional icons.color32x32 (used in meetings and Outlook) must be a 32×32 PNG when the manifest names it.');
/** True for a pixel the outline icon may hold: fully transparent, or white at any opacity (anti-aliased edges). */
function outlinePixelAllowed(r, g, b, a) {
    return a === 0 || (r === 255 && g === 255 && b === 255);
}
const outlineIconColors = (0,rule/* defineRule */.Km)({
    id: 'teams.icon-outline-colors',
    title: 'The outline icon holds only white and transparent pixels',
    severity: 'warning',
    audiences: rule/* BOTH */.Ch,
    kinds: ['teams-app'],
    docs: docs_links/* DOCS */.i.appPackage,
    description: 'Microsoft asks for a white (255,255,255) symbol on a fully transparent background, with no other colors. Warning, not error: the sources conflict on how strictly the service enforces it (a Microsoft engineer reported that grey pixels may pass while others fail), and many published samples have grey anti-aliased edges. White pixels with partial alpha (anti-aliasing) are accepted.',
    *check({ pkg, manifest }) {
        const icon = iconFile(pkg, manifest?.value, 'outline');
        // A wrong size is reported by teams.icon-outline-size; decoding a large image only to list its colors is wasted work.
        if (!icon || !rightSize(icon))
            return;
        const decoded = icon.decode();
        if ((0,png/* isPngError */.G9)(decoded) || !decoded.pixels)
            return;
        const img = decoded;
        let first;
        let count = 0;
        for (let y = 0; y < img.height; y++) {
            for (let x = 0; x < img.width; x++) {
                const [r, g, b, a] = (0,png/* pixelAt */.om)(img, x, y);
                if (outlinePixelAllowed(r, g, b, a))
                    continue;
                count++;
                first ??= [x, y];
            }
        }
        if (!first)
            return;
        const [x, y] = first;
        const [r, g, b, a] = (0,png/* pixelAt */.om)(img, x, y);
        yield {
            file: 'manifest.json',
            pointer: icon.pointer,
            message: `icons.outline names ${describeIcon(icon)}, ${img.width}×${img.height}, which has ${count} pixel${count === 1 ? '' : 's'} that are neither white nor fully transparent; the first is at (${x},${y}) with RGBA (${r},${g},${b},${a}).`,
        };
    },
});
// Channel difference under which two corner colors count as the same background (JPEG-like noise, gradients).
const SAME_COLOR_TOLERANCE = 24;
function colorIconBackgroundProblem(img) {
    const w = img.width;
    const h = img.height;
    const corners = [(0,png/* pixelAt */.om)(img, 0, 0), (0,png/* pixelAt */.om)(img, w - 1, 0), (0,png/* pixelAt */.om)(img, 0, h - 1), (0,png/* pixelAt */.om)(img, w - 1, h - 1)];
    const edges = [(0,png/* pixelAt */.om)(img, w >> 1, 0), (0,png/* pixelAt */.om)(img, 0, h >> 1), (0,png/* pixelAt */.om)(img, w - 1, h >> 1), (0,png/* pixelAt */.om)(img, w >> 1, h - 1)];
    // A rounded square: see-through corners while the middle of every edge is opaque.
    if (corners.every((p) => p[3] < 128) && edges.every((p) => p[3] === 255)) {
        return 'its corners are transparent while its edges are opaque, which looks like rounded corners';
    }
    if (corners.every((p) => p[3] === 0))
        return undefined;
    if (corners.some((p) => p[3] > 0 && p[3] < 250))
        return 'its corners are partly transparent, so the background is neither solid nor fully transparent';
    const [first] = corners;
    const differs = corners.some((p) => p.some((c, i) => i < 3 && Math.abs(c - first[i]) > SAME_COLOR_TOLERANCE) || p[3] === 0);
    return differs ? `its corners have different colors (${corners.map((p) => `(${p.join(',')})`).join(', ')}), so the background is not solid` : undefined;
}
const colorIconBackground = (0,rule/* defineRule */.Km)({
    id: 'teams.icon-color-background',
    title: 'The color icon has a solid or fully transparent square background',
    severity: 'warning',
    audiences: rule/* MULTITENANT */.m7,
    kinds: ['teams-app'],
    docs: docs_links/* DOCS */.i.storeValidation,
    description: 'The store validation guidelines ask for a full-bleed square icon on a solid or fully transparent background, with no rounded corners (Teams rounds them itself). Checked from the corner and edge pixels, so it is a heuristic: warning, for store review only.',
    *check({ pkg, manifest }) {
        const icon = iconFile(pkg, manifest?.value, 'color');
        if (!icon || !rightSize(icon))
            return;
        const decoded = icon.decode();
        if ((0,png/* isPngError */.G9)(decoded) || !decoded.pixels)
            return;
        const problem = colorIconBackgroundProblem(decoded);
        if (problem)
            yield { file: 'manifest.json', pointer: icon.pointer, message: `icons.color names ${describeIcon(icon)}; ${problem}.` };
    },
});
const iconRules = [iconIsPng, colorIconSize, outlineIconSize, color32IconSize, outlineIconColors, colorIconBackground];

// EXTERNAL MODULE: ./src/engine/util/text.ts
var util_text = __webpack_require__(6624);
;// CONCATENATED MODULE: ./src/engine/rules/teams/shared/store-text.ts
// The manifest's store-facing strings (name and description), and word matching over them.



/** The non-empty name and description strings of a manifest, in document order. */
function storeTexts(manifest, which = 'all') {
    const m = (0,util_values/* asRecord */.qY)(manifest);
    const out = [];
    for (const group of ['name', 'description']) {
        if (which !== 'all' && which !== group)
            continue;
        for (const size of ['short', 'full']) {
            const text = (0,util_values/* asString */.oJ)((0,util_values/* asRecord */.qY)(m?.[group])?.[size]);
            if (text?.trim())
                out.push({ field: `${group}.${size}`, text: (0,util_text/* fieldText */.gF)(text), pointer: (0,pointer/* pointer */.Wn)(group, size) });
        }
    }
    return out;
}
function quoteList(words) {
    return words.map((w) => `"${w}"`).join(', ');
}

;// CONCATENATED MODULE: ./src/engine/rules/teams/shared/word-matcher.ts
// Whole-word matching of fixed terms in store text, without Unicode-aware regexes.
// The obvious regex, (?<![\p{L}\p{N}])(a|b|c)(?![\p{L}\p{N}]) with the `iu` flags, makes irregexp build
// case-folded Unicode property classes on first use: 1–3 ms per pattern, about 10 ms of a cold run over the store
// text rules (DESIGN.md §6). Here one plain case-insensitive regex finds where some term starts, each term is
// tried there in order, and the word boundaries are tested on the neighbouring characters.
// Same results as that regex, except that a term is not backtracked into (no term here needs it).
let unicodeWordChar;
/** A letter or a digit of any script (\p{L} or \p{N}), at `index` (a whole code point); false outside the text. */
function isWordCharAt(text, index) {
    if (index < 0 || index >= text.length)
        return false;
    const code = text.charCodeAt(index);
    if (code < 0x80)
        return (code >= 0x30 && code <= 0x39) || ((code | 0x20) >= 0x61 && (code | 0x20) <= 0x7a);
    unicodeWordChar ??= /^[\p{L}\p{N}]$/u;
    return unicodeWordChar.test(String.fromCodePoint(text.codePointAt(index)));
}
/** The code point that ends just before `index`. */
function isWordCharBefore(text, index) {
    const low = text.charCodeAt(index - 1);
    const pair = low >= 0xdc00 && low <= 0xdfff && index >= 2 && (text.charCodeAt(index - 2) & 0xfc00) === 0xd800;
    return isWordCharAt(text, index - (pair ? 2 : 1));
}
/** Every matcher made (they are module constants), so the regex audit test can check the expressions they build. */
const wordMatchers = [];
class WordMatcher {
    anyTerm;
    terms;
    /** `sources`: regex sources without capturing groups or the `u` flag's syntax, tried in order at each place. */
    constructor(sources, caseSensitive) {
        const flags = caseSensitive ? '' : 'i';
        this.anyTerm = new RegExp(sources.map((s) => `(?:${s})`).join('|'), `g${flags}`);
        this.terms = sources.map((s) => new RegExp(s, `y${flags}`));
        wordMatchers.push(this);
    }
    /** Distinct whole-word matches in `text`, as written, in order of appearance. */
    matches(text) {
        const found = new Set();
        const any = this.anyTerm;
        any.lastIndex = 0;
        for (let m = any.exec(text); m; m = any.exec(text)) {
            const start = m.index;
            const hit = this.at(text, start);
            if (hit !== undefined)
                found.add(hit);
            any.lastIndex = start + (hit?.length || 1);
        }
        return [...found];
    }
    /** The first term that matches as a whole word starting at `start`, as written. */
    at(text, start) {
        if (isWordCharBefore(text, start))
            return undefined;
        for (const term of this.terms) {
            term.lastIndex = start;
            const t = term.exec(text);
            if (t && t[0].length > 0 && !isWordCharAt(text, start + t[0].length))
                return t[0];
        }
        return undefined;
    }
}
/** Any of `terms` as whole words; a space in a term matches any run of white space. Case-insensitive unless told. */
function wordPattern(terms, caseSensitive = false) {
    return new WordMatcher(terms.map((t) => t.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+')), caseSensitive);
}
/** Distinct whole-word matches of `matcher` in `text`, as written. */
function matchesOf(matcher, text) {
    return matcher.matches(text);
}

;// CONCATENATED MODULE: ./src/engine/rules/teams/store-text.ts
// Store text: what the store validation guidelines ask of the app name and descriptions.






// Guidelines: Beta, Dev, Preview, UAT; Microsoft's legacy validator adds staging and stg (its "stag" and "prod" are
// left out: as whole words they mostly mean a deer and "product"); test, demo and alpha are the same kind of marker.
const PREPRODUCTION = wordPattern(['beta', 'dev', 'preview', 'uat', 'staging', 'stg', 'test', 'demo', 'alpha']);
const namePreproduction = (0,rule/* defineRule */.Km)({
    id: 'teams.name-preproduction',
    title: 'The app name holds no pre-production marker',
    severity: 'warning',
    audiences: rule/* MULTITENANT */.m7,
    kinds: ['teams-app'],
    docs: docs_links/* DOCS */.i.storeValidation,
    description: "Store apps are production apps: the guidelines reject names with Beta, Dev, Preview or UAT; Microsoft's legacy validator also flagged staging and stg, and test, demo and alpha are the same kind of marker (a toolkit build often appends the environment name, for example \"dev\").",
    *check({ manifest }) {
        for (const t of storeTexts(manifest?.value, 'name')) {
            const words = matchesOf(PREPRODUCTION, t.text);
            if (words.length) {
                yield {
                    file: 'manifest.json',
                    pointer: t.pointer,
                    message: `${t.field} "${t.text}" contains the pre-production marker ${quoteList(words)}.`,
                    // name.short and name.full holding one marker are one rename.
                    repeat: { summary: `{n} app names contain the pre-production marker ${quoteList(words)}`, place: `${t.field} "${t.text}"` },
                };
            }
        }
    },
});
// Proper nouns that are also English words match only when capitalized as the product is.
const PRODUCTS_ANY_CASE = ['Microsoft', 'MSFT', 'Excel', 'PowerPoint', 'OneDrive', 'SharePoint', 'OneNote', 'Azure', 'Xbox', 'Outlook', 'Copilot', 'Power BI', 'Power Apps', 'Power Automate', 'Dynamics 365', 'Skype', 'Yammer', 'Office 365', 'Microsoft 365', 'M365', 'O365'];
const PRODUCTS_CAPITALIZED = ['Teams', 'Word', 'Surface', 'Windows', 'Bing', 'Viva', 'Planner', 'Exchange', 'Loop'];
const PRODUCT_ANY = wordPattern(PRODUCTS_ANY_CASE);
const PRODUCT_CAPITALIZED = wordPattern(PRODUCTS_CAPITALIZED, true);
/** Product names in a name, ignoring a trailing "for <products>" (the documented partnership form) unless inside parentheses. */
function productNamesIn(name) {
    // Linear scans: the expressions these replace (/\(([^)]*)\)/g and /\s+for\s+[^()]*$/i) were quadratic on long
    // runs of "(" or of spaces (a 400,000-space name took two minutes).
    const inside = (0,util_text/* parenthesized */.dG)(name).join(' ');
    const inParentheses = matchesOf(PRODUCT_ANY, inside).length + matchesOf(PRODUCT_CAPITALIZED, inside).length > 0;
    // "Contoso Connector for Microsoft Teams": the app name first, then "for" and the product, is the partnership form.
    const head = inParentheses ? name : withoutTrailingFor(name);
    return { names: [...matchesOf(PRODUCT_ANY, head), ...matchesOf(PRODUCT_CAPITALIZED, head)], inParentheses };
}
/** `name` without its first " for …" that has no parenthesis after it (what `replace(/\s+for\s+[^()]*$/i, '')` did). */
function withoutTrailingFor(name) {
    // The part removed holds no parenthesis, so it lies after the last one.
    const tail = Math.max(name.lastIndexOf('('), name.lastIndexOf(')')) + 1;
    for (let i = tail + 1; i + 3 < name.length; i++) {
        if (!(0,util_text/* isSpace */.xC)(name[i - 1]) || !(0,util_text/* isSpace */.xC)(name[i + 3]) || name.slice(i, i + 3).toLowerCase() !== 'for')
            continue;
        let start = i - 1;
        while (start > tail && (0,util_text/* isSpace */.xC)(name[start - 1]))
            start--;
        return name.slice(0, start);
    }
    return name;
}
const nameMicrosoftProducts = (0,rule/* defineRule */.Km)({
    id: 'teams.name-microsoft-product',
    title: 'The app name does not use Teams or other Microsoft product names',
    severity: 'warning',
    audiences: rule/* MULTITENANT */.m7,
    kinds: ['teams-app'],
    docs: docs_links/* DOCS */.i.storeValidation,
    description: 'The guidelines forbid Teams, Microsoft and product names (Excel, PowerPoint, Word, OneDrive, SharePoint, OneNote, Azure, Surface, Xbox, …) in the app name, as they could suggest co-branding. Official partners may name the product after their own app name ("Contoso Connector for Microsoft Teams"); that form is not reported, since partnership cannot be checked offline, but a product name in parentheses always is.',
    *check({ manifest }) {
        for (const t of storeTexts(manifest?.value, 'name')) {
            const { names, inParentheses } = productNamesIn(t.text);
            if (names.length === 0)
                continue;
            const how = inParentheses ? ' Product names may not appear in parentheses.' : ' Only an official Microsoft partner may name the product, after the app name ("Contoso Connector for Microsoft Teams").';
            yield {
                file: 'manifest.json',
                pointer: t.pointer,
                message: `${t.field} "${t.text}" uses the Microsoft product name ${quoteList(names)}.${how}`,
                repeat: {
                    summary: `{n} app names use the Microsoft product name ${quoteList(names)} (${inParentheses ? 'never in parentheses' : 'only an official Microsoft partner may name it, after the app name'})`,
                    place: `${t.field} "${t.text}"`,
                },
            };
        }
    },
});
const CORE_FEATURES = ['Chat', 'Contacts', 'Calendar', 'Calls', 'Files', 'Activity', 'Teams', 'Help'];
const CORE_FEATURE = wordPattern(CORE_FEATURES);
const nameCoreFeature = (0,rule/* defineRule */.Km)({
    id: 'teams.name-core-feature',
    title: 'The app name does not start with a core Teams feature name',
    severity: 'warning',
    audiences: rule/* MULTITENANT */.m7,
    kinds: ['teams-app'],
    docs: docs_links/* DOCS */.i.storeValidation,
    description: `Names of core Teams features (${CORE_FEATURES.join(', ')}) may not lead an app name; prefix common nouns with the developer name ("Contoso Calendar").`,
    *check({ manifest }) {
        for (const t of storeTexts(manifest?.value, 'name')) {
            const first = CORE_FEATURE.at(t.text, t.text.length - t.text.trimStart().length);
            if (first)
                yield { file: 'manifest.json', pointer: t.pointer, message: `${t.field} "${t.text}" starts with the core Teams feature name "${first}"; put your brand first.` };
        }
    },
});
const MAX_FULL_DESCRIPTION_WORDS = 500;
const descriptionWords = (0,rule/* defineRule */.Km)({
    id: 'teams.description-full-words',
    title: 'description.full is at most 500 words',
    severity: 'warning',
    audiences: rule/* MULTITENANT */.m7,
    kinds: ['teams-app'],
    docs: docs_links/* DOCS */.i.storeValidation,
    description: 'The schema allows 4,000 characters; the guidelines add that the long description must not exceed 500 words.',
    *check({ manifest }) {
        const full = storeTexts(manifest?.value, 'description').find((t) => t.field === 'description.full');
        const words = full ? full.text.split(/\s+/).filter(Boolean).length : 0;
        if (full && words > MAX_FULL_DESCRIPTION_WORDS) {
            yield { file: 'manifest.json', pointer: full.pointer, message: `description.full has ${words} words; the store limit is ${MAX_FULL_DESCRIPTION_WORDS}.` };
        }
    },
});
const MS_ABBREVIATION = wordPattern(['MS Teams', 'MSFT', 'MS'], true);
const microsoftAbbreviation = (0,rule/* defineRule */.Km)({
    id: 'teams.text-microsoft-abbreviation',
    title: 'Microsoft is not abbreviated MS or MSFT',
    severity: 'warning',
    audiences: rule/* MULTITENANT */.m7,
    kinds: ['teams-app'],
    docs: docs_links/* DOCS */.i.storeValidation,
    description: 'The guidelines require "Microsoft" written out in names and descriptions (and "Microsoft Teams" at first mention), never "MS" or "MSFT".',
    *check({ manifest }) {
        for (const t of storeTexts(manifest?.value)) {
            const found = matchesOf(MS_ABBREVIATION, t.text);
            if (found.length)
                yield { file: 'manifest.json', pointer: t.pointer, message: `${t.field} abbreviates Microsoft as ${quoteList(found)}; write "Microsoft".` };
        }
    },
});
const noAppSourceLinks = (0,rule/* defineRule */.Km)({
    id: 'teams.text-appsource-link',
    title: 'No links to AppSource in descriptions or developer URLs',
    severity: 'warning',
    audiences: rule/* MULTITENANT */.m7,
    kinds: ['teams-app'],
    docs: docs_links/* DOCS */.i.storeValidation,
    description: 'The guidelines forbid links to AppSource in the descriptions and require privacy and terms pages that are not AppSource pages.',
    *check({ manifest }) {
        const m = (0,util_values/* asRecord */.qY)(manifest?.value);
        const dev = (0,util_values/* asRecord */.qY)(m?.developer);
        const places = [
            ...storeTexts(m, 'description').map((t) => ({ label: t.field, text: t.text, pointer: t.pointer })),
            ...['websiteUrl', 'privacyUrl', 'termsOfUseUrl'].flatMap((k) => {
                const v = (0,util_values/* asString */.oJ)(dev?.[k]);
                return v ? [{ label: `developer.${k}`, text: v, pointer: `/developer/${k}` }] : [];
            }),
        ];
        for (const p of places) {
            if (/appsource\.microsoft\.com/i.test(p.text))
                yield { file: 'manifest.json', pointer: p.pointer, message: `${p.label} links to AppSource, which the store does not allow.` };
        }
    },
});
const CLAIMS = new WordMatcher(['#\\s?1', 'number one', 'no\\.\\s?1', 'the best', 'best[- ]in[- ]class', "world'?s (?:best|leading|first)", 'top[- ]rated', 'industry[- ]leading', 'market[- ]leading', '(?:top|highest)[- ]ranked', 'award[- ]winning', 'certified for', 'powered by microsoft'], false);
const descriptionClaims = (0,rule/* defineRule */.Km)({
    id: 'teams.description-claims',
    title: 'Descriptions make no unverified superlative claims',
    severity: 'warning',
    audiences: rule/* MULTITENANT */.m7,
    kinds: ['teams-app'],
    docs: docs_links/* DOCS */.i.storeValidation,
    description: 'The guidelines reject unverified claims such as "#1", "the best" or "top rated", and reserve "certified for" and "powered by" for certified partners. Matched by phrase, so plain uses of "best" (as in "best practices") are not reported.',
    *check({ manifest }) {
        for (const t of storeTexts(manifest?.value, 'description')) {
            const found = matchesOf(CLAIMS, t.text);
            if (found.length)
                yield { file: 'manifest.json', pointer: t.pointer, message: `${t.field} makes the claim ${quoteList(found)}; unverified superlatives are rejected in store review.` };
        }
    },
});
// The legacy validator's list, minus words that are ordinary English ("workplace", "stride", "flock").
const COMPETITORS = wordPattern(['Slack', 'HipChat', 'Hangouts Meet', 'Google Hangouts', 'Google Chat', 'G Suite', 'Workplace from Meta', 'Workplace by Facebook', 'Discord', 'Zoom Chat', 'Mattermost', 'Rocket.Chat', 'Webex Teams']);
const competitorPlatforms = (0,rule/* defineRule */.Km)({
    id: 'teams.text-competitor-platform',
    title: 'Store text does not name other chat platforms',
    severity: 'warning',
    audiences: rule/* MULTITENANT */.m7,
    kinds: ['teams-app'],
    docs: docs_links/* DOCS */.i.storeValidation,
    description: 'The guidelines forbid names of similar chat-based collaboration platforms in app metadata unless the app provides interoperability with them. Warning: interoperability apps are allowed, which this check cannot see.',
    *check({ manifest }) {
        for (const t of storeTexts(manifest?.value)) {
            const found = matchesOf(COMPETITORS, t.text);
            if (found.length)
                yield { file: 'manifest.json', pointer: t.pointer, message: `${t.field} names ${quoteList(found)}; other chat platforms may appear only when the app interoperates with them.` };
        }
    },
});
const officeThreeSixtyFive = (0,rule/* defineRule */.Km)({
    id: 'teams.text-office-365',
    title: 'Say "Microsoft 365", not "Office 365"',
    severity: 'notice',
    audiences: rule/* MULTITENANT */.m7,
    kinds: ['teams-app'],
    docs: docs_links/* DOCS */.i.storeValidation,
    description: 'The guidelines recommend the current product name Microsoft 365 over Office 365 (good-to-fix).',
    *check({ manifest }) {
        for (const t of storeTexts(manifest?.value)) {
            if (/office\s*365/i.test(t.text))
                yield { file: 'manifest.json', pointer: t.pointer, message: `${t.field} says "Office 365"; the product is now "Microsoft 365".` };
        }
    },
});
const APP_WORD = wordPattern(['apps', 'app']);
const shortDescriptionApp = (0,rule/* defineRule */.Km)({
    id: 'teams.description-short-app-word',
    title: 'The short description avoids the word "app"',
    severity: 'notice',
    audiences: rule/* MULTITENANT */.m7,
    kinds: ['teams-app'],
    docs: docs_links/* DOCS */.i.storeValidation,
    description: 'The guidelines suggest a short description that says what the app does without the word "app" (good-to-fix).',
    *check({ manifest }) {
        const short = storeTexts(manifest?.value, 'description').find((t) => t.field === 'description.short');
        if (short && matchesOf(APP_WORD, short.text).length > 0) {
            yield { file: 'manifest.json', pointer: short.pointer, message: 'description.short uses the word "app"; say what it does instead.' };
        }
    },
});
function normalized(t) {
    return t.text.toLowerCase().replace(/[\s\p{P}]+/gu, ' ').trim();
}
const descriptionsRepeat = (0,rule/* defineRule */.Km)({
    id: 'teams.description-repeats',
    title: 'The full description does more than repeat the short one',
    severity: 'notice',
    audiences: rule/* MULTITENANT */.m7,
    kinds: ['teams-app'],
    docs: docs_links/* DOCS */.i.storeValidation,
    description: "Microsoft's legacy validator warned when the full description merely contains the short one; the store expects the long description to explain features, value and requirements. Advice only.",
    *check({ manifest }) {
        const texts = storeTexts(manifest?.value, 'description');
        const short = texts.find((t) => t.field === 'description.short');
        const full = texts.find((t) => t.field === 'description.full');
        if (!short || !full)
            return;
        const s = normalized(short);
        const f = normalized(full);
        if (f === s)
            yield { file: 'manifest.json', pointer: full.pointer, message: 'description.full is the same as description.short; describe the features and requirements in the full description.' };
        else if (f.includes(s) && f.length < s.length * 2) {
            yield { file: 'manifest.json', pointer: full.pointer, message: 'description.full mostly repeats description.short; describe the features and requirements in the full description.' };
        }
    },
});
const storeTextRules = [
    namePreproduction,
    nameMicrosoftProducts,
    nameCoreFeature,
    descriptionWords,
    microsoftAbbreviation,
    noAppSourceLinks,
    descriptionClaims,
    competitorPlatforms,
    officeThreeSixtyFive,
    shortDescriptionApp,
    descriptionsRepeat,
];

// EXTERNAL MODULE: ./src/engine/rules/teams/shared/domains.ts
var domains = __webpack_require__(304);
;// CONCATENATED MODULE: ./src/engine/rules/teams/domains.ts
// validDomains and message handler domains: host names you control, no wildcards over others' domains.



function validDomainsRule(id, problem, title, description) {
    return (0,rule/* defineRule */.Km)({
        id,
        title,
        severity: 'warning',
        audiences: rule/* MULTITENANT */.m7,
        kinds: ['teams-app'],
        docs: docs_links/* DOCS */.i.storeValidation,
        description,
        *check({ manifest }) {
            const entries = (0,domains/* domainEntries */.Dm)(manifest?.value, 'validDomains');
            for (const entry of entries) {
                for (const p of (0,domains/* domainProblems */.vr)(entry.value)) {
                    if (p.problem !== problem)
                        continue;
                    const fix = problem === 'scheme-or-path' ? (0,domains/* hostOnlyFix */.AJ)(entry, entries) : undefined;
                    yield { file: 'manifest.json', pointer: entry.pointer, message: `validDomains entry "${entry.value}": ${p.detail}.`, ...(fix ? { fix } : {}) };
                }
            }
        },
    });
}
const domainNoScheme = validDomainsRule('teams.valid-domains-host-only', 'scheme-or-path', 'validDomains entries are host names, without scheme or path', 'The guidelines ask for domains, not URLs: no https:// and no path. Teams matches entries against host names, so a URL entry allows nothing.');
const domainNoTld = validDomainsRule('teams.valid-domains-tld', 'tld-wildcard', 'validDomains has no bare or wildcard top-level domain', 'Entries such as *.com, .org or in cover domains outside your organisation; the guidelines forbid them.');
const domainBlocked = validDomainsRule('teams.valid-domains-blocked', 'blocked', 'validDomains lists no Microsoft or shared domain the guidelines forbid', 'Never *.azurewebsites.net, *.azureedge.com, *.microsoft.com, *.microsoftonline.com, *.onmicrosoft.com, go.microsoft.com, teams.microsoft.com or *.botframework.com; use token.botframework.com for the OAuthCard.');
const domainWildcardShape = validDomainsRule('teams.valid-domains-wildcard-shape', 'wildcard-shape', 'validDomains wildcards fill whole labels from the left', 'A wildcard stands for a whole label, and every label to its left must also be a wildcard: *.contoso.com and *.*.contoso.com are allowed, foo.*.contoso.com and app*.contoso.com are not.');
const domainTunnel = validDomainsRule('teams.valid-domains-tunnel', 'tunnel', 'validDomains lists no tunneling service', 'Tunnels (ngrok, dev tunnels, openport, portmap, fwd.wf, …) are for development; the guidelines reject them in store apps. For single-tenant uploads they only mean the package is a development build.');
const domainSharedHost = validDomainsRule('teams.valid-domains-shared-host', 'shared-host-wildcard', 'validDomains has no wildcard on a shared hosting domain', "A wildcard on amazonaws.com, appspot.com, azurewebsites.net, cloudapp.net, glitch.me, herokuapp.com, sharepoint.com and similar covers other customers' sites; the Developer Portal warns about it and the guidelines forbid domains outside your control.");
const messageHandlerDomains = (0,rule/* defineRule */.Km)({
    id: 'teams.message-handler-domains',
    title: 'Link unfurling domains are host names you control',
    severity: 'warning',
    audiences: rule/* MULTITENANT */.m7,
    kinds: ['teams-app'],
    docs: docs_links/* DOCS */.i.storeValidation,
    description: 'composeExtensions[].messageHandlers[].value.domains follow the same rules as validDomains: host names only, no top-level-domain wildcards, no *.botframework.com or other Microsoft domains, no tunnels. The Agents Toolkit template for existing apps ships *.botframework.com here.',
    *check({ manifest }) {
        const entries = (0,domains/* domainEntries */.Dm)(manifest?.value, 'messageHandlers');
        for (const entry of entries) {
            for (const p of (0,domains/* domainProblems */.vr)(entry.value)) {
                // The same list only: a host another handler lists is still needed in this one.
                const fix = p.problem === 'scheme-or-path' ? (0,domains/* hostOnlyFix */.AJ)(entry, entries.filter((e) => e.list === entry.list)) : undefined;
                yield { file: 'manifest.json', pointer: entry.pointer, message: `${entry.list} entry "${entry.value}": ${p.detail}.`, ...(fix ? { fix } : {}) };
            }
        }
    },
});
const domainRules = [domainNoScheme, domainNoTld, domainBlocked, domainWildcardShape, domainTunnel, domainSharedHost, messageHandlerDomains];

;// CONCATENATED MODULE: ./src/engine/rules/teams/shared/localization.ts
// The localization files a manifest declares, and how their keys map onto manifest values.



/** Declared language files that are in the package and parse (missing or broken files are other rules'). */
function languageFiles(pkg, manifest) {
    const loc = (0,util_values/* asRecord */.qY)((0,util_values/* asRecord */.qY)(manifest)?.localizationInfo);
    if (!loc)
        return [];
    const out = [];
    const add = (tag, path, at) => {
        const p = (0,util_values/* asString */.oJ)(path);
        const name = p ? (0,references/* resolveInPackage */.WG)('manifest.json', p) : undefined;
        const doc = name && pkg.has(name) ? pkg.json(name) : undefined;
        if (name && doc?.ok)
            out.push({ tag, name, pointer: at, doc });
    };
    add(undefined, loc.defaultLanguageFile, (0,pointer/* pointer */.Wn)('localizationInfo', 'defaultLanguageFile'));
    (0,util_values/* asArray */._j)(loc.additionalLanguages).forEach((l, i) => add((0,util_values/* asString */.oJ)((0,util_values/* asRecord */.qY)(l)?.languageTag), (0,util_values/* asRecord */.qY)(l)?.file, (0,pointer/* pointer */.Wn)('localizationInfo', 'additionalLanguages', i, 'file')));
    return out;
}
/** Keys that are not manifest paths. */
const NON_PATH_KEYS = new Set(['$schema', 'localizationKeys']);
/** "composeExtensions[0].commands[1].title" -> ['composeExtensions', 0, 'commands', 1, 'title']; undefined if malformed. */
function keyPath(key) {
    const out = [];
    for (const part of key.split('.')) {
        const m = /^([A-Za-z_$][A-Za-z0-9_$]*)((?:\[\d+\])*)$/.exec(part);
        if (!m)
            return undefined;
        out.push(m[1]);
        for (const idx of m[2].matchAll(/\[(\d+)\]/g))
            out.push(Number(idx[1]));
    }
    return out;
}
/** The manifest value a localization key replaces, or undefined when the manifest has none there. */
function manifestValueAt(manifest, path) {
    let node = manifest;
    for (const token of path) {
        if (typeof token === 'number')
            node = (0,util_values/* asArray */._j)(node)[token];
        else
            node = (0,util_values/* asRecord */.qY)(node)?.[token];
        if (node === undefined)
            return undefined;
    }
    return node;
}

;// CONCATENATED MODULE: ./src/engine/rules/teams/localization.ts
// Localization: each language file against Microsoft's localization schema, keys that exist, versions, tags.









const localizationSchema = (0,rule/* defineRule */.Km)({
    id: 'teams.localization-schema',
    title: 'Each language file matches the localization schema of the manifest version',
    severity: 'error',
    audiences: rule/* BOTH */.Ch,
    kinds: ['teams-app'],
    restatedBy: ['package.unresolved-placeholder', 'package.unresolved-placeholder-functional'],
    docs: docs_links/* DOCS */.i.appLocalization,
    description: "Language files are validated with Microsoft's MicrosoftTeams.Localization.schema.json of the manifest's version: name.short ≤30, name.full ≤100, description.short ≤80, description.full ≤4000, and only the listed keys and key patterns.",
    *check({ pkg, manifest }) {
        const version = (0,util_values/* asString */.oJ)((0,util_values/* asRecord */.qY)(manifest?.value)?.manifestVersion);
        if (!version)
            return;
        for (const file of languageFiles(pkg, manifest?.value)) {
            const issues = (0,validate/* validateAgainst */.sq)('teams-localization', version, file.doc.value);
            for (const issue of issues ?? [])
                yield (0,validate/* issueDraft */.jq)(file.name, { ...issue, message: `${file.name}: ${issue.message}` });
        }
    },
});
const localizationKeysExist = (0,rule/* defineRule */.Km)({
    id: 'teams.localization-key-unknown',
    title: 'Each localized key names a value that exists in the manifest',
    severity: 'warning',
    audiences: rule/* BOTH */.Ch,
    kinds: ['teams-app'],
    docs: docs_links/* DOCS */.i.appLocalization,
    description: 'A key such as "staticTabs[2].name" replaces the manifest value at that path; when the manifest has no such value the translation is never shown, usually after commands or tabs were removed or reordered. Warning: the service behaviour for such keys is not documented.',
    *check({ pkg, manifest }) {
        for (const file of languageFiles(pkg, manifest?.value)) {
            const values = (0,util_values/* asRecord */.qY)(file.doc.value);
            for (const key of Object.keys(values ?? {})) {
                if (NON_PATH_KEYS.has(key))
                    continue;
                const path = keyPath(key);
                if (!path || manifestValueAt(manifest?.value, path) !== undefined)
                    continue;
                yield { file: file.name, pointer: (0,pointer/* pointer */.Wn)(key), message: `${file.name} localizes "${key}", but manifest.json has no value there.` };
            }
        }
    },
});
function schemaUrlVersion(url) {
    const m = url ? /\/teams\/v(DevPreview|\d+\.\d+)\/MicrosoftTeams\.Localization\.schema\.json$/i.exec(url) : null;
    if (!m)
        return undefined;
    return m[1].toLowerCase() === 'devpreview' ? 'devPreview' : m[1];
}
const localizationVersionMatch = (0,rule/* defineRule */.Km)({
    id: 'teams.localization-version-match',
    title: 'Language files use the same schema version as the manifest',
    severity: 'warning',
    audiences: rule/* MULTITENANT */.m7,
    kinds: ['teams-app'],
    docs: docs_links/* DOCS */.i.appLocalization,
    description: 'The store guidelines and the agent localization guide ask that each language file names the localization schema of the same version as manifestVersion.',
    *check({ pkg, manifest }) {
        const version = (0,util_values/* asString */.oJ)((0,util_values/* asRecord */.qY)(manifest?.value)?.manifestVersion);
        if (!version)
            return;
        for (const file of languageFiles(pkg, manifest?.value)) {
            const url = (0,util_values/* asString */.oJ)((0,util_values/* asRecord */.qY)(file.doc.value)?.$schema);
            const named = schemaUrlVersion(url);
            if (url && named && named !== version) {
                // Towards a version that has a localization schema only.
                const fixed = (0,catalog/* schemaFile */.I9)('teams-localization', version) ? (0,drafts/* schemaUrlWithVersion */.lC)(url, '/teams', teamsSchemaFolder(version)) : undefined;
                const fix = fixed ? (0,drafts/* replaceFix */.g_)(`Point $schema at the ${version} localization schema: "${fixed}".`, '/$schema', fixed) : undefined;
                yield { file: file.name, pointer: '/$schema', message: `${file.name} names the localization schema ${named}, but manifestVersion is ${version}.`, ...(fix ? { fix } : {}) };
            }
        }
    },
});
const TEXT_KEYS = ['name.short', 'name.full', 'description.short', 'description.full'];
const defaultLanguageFileMatches = (0,rule/* defineRule */.Km)({
    id: 'teams.localization-default-file',
    title: 'The default language file holds the same name and descriptions as the manifest',
    severity: 'warning',
    audiences: rule/* MULTITENANT */.m7,
    kinds: ['teams-app'],
    docs: docs_links/* DOCS */.i.appLocalization,
    description: "The manifest's own strings are the default language; localizationInfo.defaultLanguageFile states them again (with the localization keys agents use). When the two disagree, the store listing, the manifest and Copilot show different names for the same language.",
    *check({ pkg, manifest }) {
        const file = languageFiles(pkg, manifest?.value).find((f) => f.tag === undefined);
        const values = (0,util_values/* asRecord */.qY)(file?.doc.value);
        if (!file || !values)
            return;
        for (const key of TEXT_KEYS) {
            const localized = (0,util_values/* asString */.oJ)(values[key]);
            const [group, size] = key.split('.');
            const original = (0,util_values/* asString */.oJ)((0,util_values/* asRecord */.qY)((0,util_values/* asRecord */.qY)(manifest?.value)?.[group])?.[size]);
            if (localized !== undefined && original !== undefined && localized !== original) {
                yield { file: file.name, pointer: (0,pointer/* pointer */.Wn)(key), message: `${file.name} gives ${key} as "${localized}", but manifest.json says "${original}".` };
            }
        }
    },
});
const languageOnlyTags = (0,rule/* defineRule */.Km)({
    id: 'teams.localization-language-only-tag',
    title: 'Language-only tags come before regional ones',
    severity: 'notice',
    audiences: rule/* BOTH */.Ch,
    kinds: ['teams-app'],
    docs: docs_links/* DOCS */.i.appLocalization,
    description: 'Teams applies default strings, then language-only strings ("fr"), then language-and-region strings ("fr-ca"). With only "fr-fr", a user in fr-ca gets the default language; the localization guide asks for language-only files with regional overrides where needed.',
    *check({ manifest }) {
        const languages = (0,util_values/* asArray */._j)((0,util_values/* asRecord */.qY)((0,util_values/* asRecord */.qY)(manifest?.value)?.localizationInfo)?.additionalLanguages);
        const tags = languages.map((l) => (0,util_values/* asString */.oJ)((0,util_values/* asRecord */.qY)(l)?.languageTag)?.toLowerCase()).filter((t) => !!t);
        const plain = new Set(tags.filter((t) => !t.includes('-')));
        const uncovered = tags.filter((t) => t.includes('-') && !plain.has(t.split('-')[0]));
        if (uncovered.length === 0)
            return;
        yield {
            file: 'manifest.json',
            pointer: '/localizationInfo/additionalLanguages',
            message: `${uncovered.length} language${uncovered.length === 1 ? '' : 's'} (${uncovered.slice(0, 6).join(', ')}${uncovered.length > 6 ? ', …' : ''}) have a region but no language-only entry; users in other regions of that language get the default language.`,
        };
    },
});
const localizationRules = [localizationSchema, localizationKeysExist, localizationVersionMatch, defaultLanguageFileMatches, languageOnlyTags];

;// CONCATENATED MODULE: ./src/engine/rules/teams/capabilities.ts
// Store guidelines on capabilities the schema leaves open: bot commands, meeting tabs, SaaS offers, RSC consent.




const botCommands = (0,rule/* defineRule */.Km)({
    id: 'teams.bot-commands',
    title: 'Bots list their commands, or say they only send notifications',
    severity: 'warning',
    audiences: rule/* MULTITENANT */.m7,
    kinds: ['teams-app'],
    docs: docs_links/* DOCS */.i.storeValidation,
    description: 'The guidelines ask every conversational bot for at least one command in its command menu, with unique titles that do not start with "/", and a bot with no commands to set isNotificationOnly. The schema checks only counts and lengths.',
    *check({ manifest }) {
        for (const [i, b] of (0,util_values/* asArray */._j)((0,util_values/* asRecord */.qY)(manifest?.value)?.bots).entries()) {
            const bot = (0,util_values/* asRecord */.qY)(b);
            if (!bot)
                continue;
            const lists = (0,util_values/* asArray */._j)(bot.commandLists);
            const commands = lists.flatMap((l) => (0,util_values/* asArray */._j)((0,util_values/* asRecord */.qY)(l)?.commands));
            if (commands.length === 0 && bot.isNotificationOnly !== true) {
                yield { file: 'manifest.json', pointer: (0,pointer/* pointer */.Wn)('bots', i), message: `bots[${i}] lists no commands and is not isNotificationOnly; add commands to its command menu, or set isNotificationOnly: true.` };
            }
            for (const [j, l] of lists.entries()) {
                const seen = new Set();
                for (const [k, c] of (0,util_values/* asArray */._j)((0,util_values/* asRecord */.qY)(l)?.commands).entries()) {
                    const title = (0,util_values/* asString */.oJ)((0,util_values/* asRecord */.qY)(c)?.title);
                    if (title === undefined)
                        continue;
                    const at = (0,pointer/* pointer */.Wn)('bots', i, 'commandLists', j, 'commands', k, 'title');
                    if (title.trim().startsWith('/'))
                        yield { file: 'manifest.json', pointer: at, message: `Bot command "${title}" starts with "/"; Teams command titles are plain words.` };
                    const key = title.trim().toLowerCase();
                    if (seen.has(key))
                        yield { file: 'manifest.json', pointer: at, message: `Bot command "${title}" appears twice in the same command list.` };
                    seen.add(key);
                }
            }
        }
    },
});
const MEETING_CONTEXTS = ['meetingChatTab', 'meetingDetailsTab', 'meetingSidePanel', 'meetingStage'];
const REQUIRED_MEETING_CONTEXTS = ['meetingDetailsTab', 'meetingChatTab', 'meetingSidePanel'];
const meetingTabs = (0,rule/* defineRule */.Km)({
    id: 'teams.meeting-tab-contexts',
    title: 'Meeting tabs support group chats and every meeting surface',
    severity: 'warning',
    audiences: rule/* MULTITENANT */.m7,
    kinds: ['teams-app'],
    docs: docs_links/* DOCS */.i.storeValidation,
    description: 'For meeting extensions to work on mobile, the guidelines ask configurable tabs used in meetings to include the groupChat scope and the meetingDetailsTab, meetingChatTab and meetingSidePanel contexts.',
    *check({ manifest }) {
        for (const [i, t] of (0,util_values/* asArray */._j)((0,util_values/* asRecord */.qY)(manifest?.value)?.configurableTabs).entries()) {
            const tab = (0,util_values/* asRecord */.qY)(t);
            const context = (0,util_values/* asArray */._j)(tab?.context).map((c) => (0,util_values/* asString */.oJ)(c) ?? '');
            if (!context.some((c) => MEETING_CONTEXTS.includes(c)))
                continue;
            const scopes = (0,util_values/* asArray */._j)(tab?.scopes).map((s) => ((0,util_values/* asString */.oJ)(s) ?? '').toLowerCase());
            if (!scopes.includes('groupchat')) {
                yield { file: 'manifest.json', pointer: (0,pointer/* pointer */.Wn)('configurableTabs', i, 'scopes'), message: `configurableTabs[${i}] is used in meetings but its scopes do not include groupChat.` };
            }
            const missing = REQUIRED_MEETING_CONTEXTS.filter((c) => !context.includes(c));
            if (missing.length) {
                yield { file: 'manifest.json', pointer: (0,pointer/* pointer */.Wn)('configurableTabs', i, 'context'), message: `configurableTabs[${i}] is used in meetings but its context lacks ${missing.join(', ')}.` };
            }
        }
    },
});
const saasOfferId = (0,rule/* defineRule */.Km)({
    id: 'teams.saas-offer-id',
    title: 'subscriptionOffer.offerId is publisherId.offerId',
    severity: 'warning',
    audiences: rule/* MULTITENANT */.m7,
    kinds: ['teams-app'],
    docs: docs_links/* DOCS */.i.storeValidation,
    description: 'Apps linked to a SaaS offer name it as "{publisherId}.{offerId}", both from Partner Center; the schema only limits the length.',
    *check({ manifest }) {
        const offer = (0,util_values/* asRecord */.qY)((0,util_values/* asRecord */.qY)(manifest?.value)?.subscriptionOffer);
        const id = (0,util_values/* asString */.oJ)(offer?.offerId);
        if (offer && id !== undefined && !/^[^.\s]+\.[^.\s]+$/.test(id)) {
            yield { file: 'manifest.json', pointer: '/subscriptionOffer/offerId', message: `subscriptionOffer.offerId "${id}" is not of the form publisherId.offerId.` };
        }
    },
});
const rscNeedsWebApplicationInfo = (0,rule/* defineRule */.Km)({
    id: 'teams.rsc-web-application-info',
    title: 'Application resource-specific permissions come with webApplicationInfo',
    severity: 'warning',
    audiences: rule/* BOTH */.Ch,
    kinds: ['teams-app'],
    docs: docs_links/* DOCS */.i.storeValidation,
    description: 'Resource-specific consent for application permissions is granted to the Microsoft Entra app named in webApplicationInfo; without it admins cannot consent and the permissions never reach the app. The guidelines ask for webApplicationInfo whenever the app needs Entra consent. Warning: the schema does not tie the two together.',
    *check({ manifest }) {
        const m = (0,util_values/* asRecord */.qY)(manifest?.value);
        const rsc = (0,util_values/* asArray */._j)((0,util_values/* asRecord */.qY)((0,util_values/* asRecord */.qY)(m?.authorization)?.permissions)?.resourceSpecific);
        const hasApplication = rsc.some((p) => (0,util_values/* asRecord */.qY)(p)?.type === 'Application');
        if (hasApplication && !(0,util_values/* asString */.oJ)((0,util_values/* asRecord */.qY)(m?.webApplicationInfo)?.id)) {
            yield { file: 'manifest.json', pointer: '/authorization/permissions/resourceSpecific', message: 'The app asks for Application resource-specific permissions but declares no webApplicationInfo.id (the Entra app they are granted to).' };
        }
    },
});
const capabilityRules = [botCommands, meetingTabs, saasOfferId, rscNeedsWebApplicationInfo];

;// CONCATENATED MODULE: ./src/engine/rules/teams/index.ts







const teamsRules = [
    manifestVersionKnown,
    manifestSchema,
    ...manifestRules,
    ...iconRules,
    ...storeTextRules,
    ...domainRules,
    ...localizationRules,
    ...capabilityRules,
];


/***/ }),

/***/ 304:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   AJ: () => (/* binding */ hostOnlyFix),
/* harmony export */   Dm: () => (/* binding */ domainEntries),
/* harmony export */   ge: () => (/* binding */ tunnelService),
/* harmony export */   vr: () => (/* binding */ domainProblems)
/* harmony export */ });
/* harmony import */ var _fix_drafts_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1780);
/* harmony import */ var _json_pointer_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5684);
/* harmony import */ var _util_values_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6489);
// validDomains entries judged against the store guidelines' "External domains" rules.



// Domains the guidelines name as never allowed (Microsoft-owned or shared), with or without a wildcard.
const BLOCKED = new Set([
    '*.azurewebsites.net',
    '*.azureedge.com',
    '*.azureedge.net',
    '*.microsoft.com',
    '*.microsoftonline.com',
    '*.onmicrosoft.com',
    'go.microsoft.com',
    'teams.microsoft.com',
    '*.teams.microsoft.com',
    '*.botframework.com',
]);
// Tunneling services (guidelines; Microsoft's legacy validator list, plus the common current ones).
const TUNNELS = ['ngrok.io', 'ngrok.app', 'ngrok-free.app', 'ngrok-free.dev', 'ngrok.dev', 'openport.io', 'portmap.io', 'fwd.wf', 'devtunnels.ms', 'loca.lt', 'localtunnel.me', 'serveo.net', 'trycloudflare.com'];
// Shared hosting suffixes where a wildcard covers other customers' sites (legacy validator and toolkit fixtures).
const SHARED_HOSTS = ['amazonaws.com', 'appspot.com', 'azurewebsites.net', 'cloudapp.net', 'dialogflow.com', 'glitch.me', 'heroku.com', 'herokuapp.com', 'onmicrosoft.com', 'recast.ai', 'sharepoint.com', 'azurestaticapps.net', 'azureedge.net', 'web.core.windows.net', 'blob.core.windows.net'];
/** Every validDomains entry and every message handler domain, with its pointer. */
function domainEntries(manifest, where) {
    const m = (0,_util_values_js__WEBPACK_IMPORTED_MODULE_0__/* .asRecord */ .qY)(manifest);
    if (where === 'validDomains') {
        return (0,_util_values_js__WEBPACK_IMPORTED_MODULE_0__/* .asArray */ ._j)(m?.validDomains).flatMap((d, i) => {
            const value = (0,_util_values_js__WEBPACK_IMPORTED_MODULE_0__/* .asString */ .oJ)(d);
            return value === undefined ? [] : [{ value, pointer: (0,_json_pointer_js__WEBPACK_IMPORTED_MODULE_1__/* .pointer */ .Wn)('validDomains', i), list: 'validDomains' }];
        });
    }
    return (0,_util_values_js__WEBPACK_IMPORTED_MODULE_0__/* .asArray */ ._j)(m?.composeExtensions).flatMap((ce, i) => (0,_util_values_js__WEBPACK_IMPORTED_MODULE_0__/* .asArray */ ._j)((0,_util_values_js__WEBPACK_IMPORTED_MODULE_0__/* .asRecord */ .qY)(ce)?.messageHandlers).flatMap((h, j) => (0,_util_values_js__WEBPACK_IMPORTED_MODULE_0__/* .asArray */ ._j)((0,_util_values_js__WEBPACK_IMPORTED_MODULE_0__/* .asRecord */ .qY)((0,_util_values_js__WEBPACK_IMPORTED_MODULE_0__/* .asRecord */ .qY)(h)?.value)?.domains).flatMap((d, k) => {
        const value = (0,_util_values_js__WEBPACK_IMPORTED_MODULE_0__/* .asString */ .oJ)(d);
        const at = (0,_json_pointer_js__WEBPACK_IMPORTED_MODULE_1__/* .pointer */ .Wn)('composeExtensions', i, 'messageHandlers', j, 'value', 'domains', k);
        return value === undefined ? [] : [{ value, pointer: at, list: `composeExtensions[${i}].messageHandlers[${j}].value.domains` }];
    })));
}
/** The tunneling service a host name belongs to (dev tunnels, ngrok and the like), if any. */
function tunnelService(host) {
    return TUNNELS.find((t) => endsWithDomain(host.toLowerCase(), t));
}
function endsWithDomain(host, suffix) {
    return host === suffix || host.endsWith('.' + suffix);
}
/** What is wrong with one entry, as (problem, explanation) pairs; empty when nothing is. */
function domainProblems(raw) {
    const out = [];
    const value = raw.trim();
    // Context tokens such as {teamSiteDomain} are resolved by Teams and allowed by the guidelines.
    if (/^\{[A-Za-z]+\}$/.test(value))
        return out;
    let host = value.toLowerCase();
    const scheme = /^[a-z][a-z0-9+.-]*:\/\//i.exec(host);
    if (scheme || /[/?#]/.test(host)) {
        out.push({ problem: 'scheme-or-path', detail: 'list a host name only, without a scheme (https://) or a path' });
        host = host.replace(/^[a-z][a-z0-9+.-]*:\/\//i, '').split(/[/?#]/)[0];
    }
    host = host.replace(/:\d+$/, '');
    const labels = host.split('.');
    const concrete = labels.filter((l) => l !== '*');
    if (host.includes('*') && concrete.length <= 1) {
        out.push({ problem: 'tld-wildcard', detail: 'a wildcard over a whole top-level domain covers domains you do not control' });
    }
    else if (!host.includes('*') && labels.length === 1 && host !== 'localhost' && !host.includes('{')) {
        out.push({ problem: 'tld-wildcard', detail: 'a bare top-level domain covers domains you do not control' });
    }
    if (BLOCKED.has(host))
        out.push({ problem: 'blocked', detail: 'the store guidelines list this domain as never allowed' });
    if (host.includes('*')) {
        const firstConcrete = labels.findIndex((l) => l !== '*');
        const badLabel = labels.some((l) => l.includes('*') && l !== '*');
        const wildcardAfterConcrete = labels.slice(firstConcrete).some((l) => l.includes('*'));
        if (badLabel || wildcardAfterConcrete) {
            out.push({ problem: 'wildcard-shape', detail: 'a wildcard must fill a whole label, and every label to its left must also be a wildcard (*.contoso.com, *.*.contoso.com)' });
        }
        const shared = SHARED_HOSTS.find((s) => endsWithDomain(concrete.join('.'), s) && concrete.join('.').split('.').length <= s.split('.').length);
        if (shared && !BLOCKED.has(host))
            out.push({ problem: 'shared-host-wildcard', detail: `a wildcard on the shared host ${shared} covers other customers' sites` });
    }
    const tunnel = tunnelService(concrete.join('.'));
    if (tunnel)
        out.push({ problem: 'tunnel', detail: `${tunnel} is a tunneling service, allowed for development only` });
    return out;
}
/**
 * The fix for an entry written as a URL: the host name it names (with its port, as written), or, when the list
 * already has that host, the entry removed. None when what is left does not look like a host name.
 */
function hostOnlyFix(entry, list) {
    const host = entry.value.trim().replace(/^[a-z][a-z0-9+.-]*:\/\//i, '').split(/[/?#]/)[0];
    if (!/^(\*\.)*[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)*(:\d{1,5})?$/.test(host) || host === entry.value)
        return undefined;
    const listed = list.some((other) => other !== entry && other.value.trim().toLowerCase() === host.toLowerCase());
    return listed ? (0,_fix_drafts_js__WEBPACK_IMPORTED_MODULE_2__/* .removeFix */ .sD)(`Remove "${entry.value}": ${host} is listed already.`, entry.pointer) : (0,_fix_drafts_js__WEBPACK_IMPORTED_MODULE_2__/* .replaceFix */ .g_)(`Write the host name "${host}".`, entry.pointer, host);
}


/***/ }),

/***/ 7945:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Te: () => (/* binding */ isReservedHost),
/* harmony export */   cW: () => (/* binding */ isLoopbackHost),
/* harmony export */   q$: () => (/* binding */ isHttpUrl),
/* harmony export */   w4: () => (/* binding */ hostOf)
/* harmony export */ });
// URL and host checks several rule families share.
/** An absolute http(s) URL; `https` narrows it to https only. */
function isHttpUrl(v, https = false) {
    if (typeof v !== 'string')
        return false;
    let url;
    try {
        url = new URL(v);
    }
    catch {
        return false;
    }
    return (url.protocol === 'https:' || (!https && url.protocol === 'http:')) && url.hostname.length > 0;
}
/** The lower-cased host of an absolute URL (no user, no port), or undefined. */
function hostOf(url) {
    const m = /^[a-z][a-z0-9+.-]*:\/\/(?:[^/?#@]*@)?(\[[^\]]*\]|[^/?#:]+)/i.exec(url.trim());
    return m ? m[1].toLowerCase() : undefined;
}
// RFC 2606 / 6761 reserved names: they can never be a publisher's real site or service.
const RESERVED_HOST = /(^|\.)(example\.(com|net|org)|[^.]+\.(example|test|invalid|localhost)|localhost)$/i;
const LOOPBACK = /^(localhost|127(\.\d{1,3}){3}|0\.0\.0\.0|\[::1?\])$/i;
/** Hosts reserved for examples and tests (example.com, *.test, localhost …). */
function isReservedHost(host) {
    return RESERVED_HOST.test(host);
}
/** This machine: localhost, 127.x.x.x, 0.0.0.0, [::1]. */
function isLoopbackHost(host) {
    return LOOPBACK.test(host) || /\.localhost$/i.test(host);
}


/***/ })

};
