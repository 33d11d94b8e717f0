export const id = 212;
export const ids = [212];
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

/***/ 1208:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A: () => (__WEBPACK_DEFAULT_EXPORT__),
/* harmony export */   U: () => (/* binding */ nullSymbol)
/* harmony export */ });
/* harmony import */ var _ref_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9712);
/* harmony import */ var _util_url_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8584);
/* harmony import */ var _util_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9807);
/* harmony import */ var _util_schema_resources_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9075);
/* harmony import */ var _util_reference_location_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(4927);





const nullSymbol = Symbol("null");
const slashes = /\//g;
const tildes = /~/g;
const escapedSlash = /~1/g;
const escapedTilde = /~0/g;
const unsafeSetTokens = new Set(["__proto__", "constructor", "prototype"]);
/**
 * This class represents a single JSON pointer and its resolved value.
 *
 * @param $ref
 * @param path
 * @param [friendlyPath] - The original user-specified path (used for error messages)
 * @class
 */
class Pointer {
    /**
     * The {@link $Ref} object that contains this {@link Pointer} object.
     */
    $ref;
    /**
     * The file path or URL, containing the JSON pointer in the hash.
     * This path is relative to the path of the main JSON schema file.
     */
    path;
    /**
     * The original path or URL, used for error messages.
     */
    originalPath;
    /**
     * The current base URI used to resolve nested $ref pointers while walking this pointer.
     */
    scopeBase;
    /** Whether the current schema scope uses draft-04's legacy `id` keyword. */
    legacyIdScope;
    /** URI provenance of a value, including children assembled by extended references. */
    location;
    /**
     * The value of the JSON pointer.
     * Can be any JSON type, not just objects. Unknown file types are represented as Buffers (byte arrays).
     */
    value;
    /**
     * Indicates whether the pointer references itself.
     */
    circular;
    /**
     * Indicates whether the pointer encountered a cycle elsewhere in its reference chain.
     */
    chainCircular;
    /**
     * The number of indirect references that were traversed to resolve the value.
     * Resolving a single pointer may require resolving multiple $Refs.
     */
    indirections;
    constructor($ref, path, friendlyPath) {
        this.$ref = $ref;
        this.path = path;
        this.originalPath = friendlyPath || path;
        this.scopeBase = $ref.path || _util_url_js__WEBPACK_IMPORTED_MODULE_1__/* .stripHash */ .z9(path);
        this.legacyIdScope = $ref.legacyIdScope;
        this.value = undefined;
        this.circular = false;
        this.chainCircular = false;
        this.indirections = 0;
    }
    /**
     * Resolves the value of a nested property within the given object.
     *
     * @param obj - The object that will be crawled
     * @param options
     * @param pathFromRoot - the path of place that initiated resolving
     *
     * @returns
     * Returns a JSON pointer whose {@link Pointer#value} is the resolved value.
     * If resolving this value required resolving other JSON references, then
     * the {@link Pointer#$ref} and {@link Pointer#path} will reflect the resolution path
     * of the resolved value.
     */
    resolve(obj, options, pathFromRoot, visitedRefPaths = new Set(), resolveFinalReference = true) {
        const tokens = Pointer.parse(this.path, this.originalPath);
        const found = [];
        // Crawl the object, one token at a time
        this.value = unwrapOrThrow(obj);
        if (this.$ref.dynamicIdScope && !isAliasedResource(this.$ref)) {
            this.legacyIdScope = (0,_util_schema_resources_js__WEBPACK_IMPORTED_MODULE_3__/* .getSchemaIdMode */ .m3)(this.value, this.legacyIdScope);
            this.scopeBase = (0,_util_schema_resources_js__WEBPACK_IMPORTED_MODULE_3__/* .getSchemaBasePath */ .q3)(this.scopeBase, this.value, this.legacyIdScope);
        }
        this.setLocation((0,_util_reference_location_js__WEBPACK_IMPORTED_MODULE_4__/* .getReferenceLocation */ .LU)(this.$ref.$refs, this.value) || {
            value: this.value,
            path: this.$ref.path,
            scopeBase: this.scopeBase,
            dynamicIdScope: this.$ref.dynamicIdScope,
            legacyIdScope: this.legacyIdScope,
        });
        for (let i = 0; i < tokens.length; i++) {
            // During token walking, if the current value is an extended $ref (has sibling keys
            // alongside $ref, as allowed by JSON Schema 2019-09+), and resolveIf$Ref marks it
            // as circular because the $ref resolves to the same path we're walking, we should
            // reset the circular flag and continue walking the object's own properties.
            // This prevents false circular detection when e.g. a root schema has both
            // $ref: "#/$defs/Foo" and $defs: { Foo: {...} } as siblings.
            const wasCircular = this.circular;
            const wasChainCircular = this.chainCircular;
            const isExtendedRef = _ref_js__WEBPACK_IMPORTED_MODULE_0__/* ["default"] */ .A.isExtended$Ref(this.value);
            if (resolveIf$Ref(this, options, pathFromRoot, visitedRefPaths)) {
                // The $ref path has changed, so append the remaining tokens to the path
                this.path = Pointer.join(this.path, tokens.slice(i));
            }
            else if (isExtendedRef) {
                // resolveIf$Ref set circular=true on an extended $ref during token walking.
                // Since we still have tokens to process, the object should be walked by its
                // properties, not treated as a circular self-reference.
                this.circular = wasCircular;
                this.chainCircular = wasChainCircular;
            }
            const token = tokens[i];
            if (this.value === null || (typeof this.value !== "object" && typeof this.value !== "function")) {
                this.value = null;
                const path = this.$ref.path || "";
                const targetRef = this.path.replace(path, "");
                const targetFound = Pointer.join("", found);
                const parentPath = pathFromRoot?.replace(path, "");
                throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .MissingPointerError */ .kc(token, safelyDecodeURI(this.originalPath), targetRef, targetFound, parentPath);
            }
            if (!Object.hasOwn(this.value, token) ||
                this.value[token] === undefined ||
                (this.value[token] === null && i === tokens.length - 1)) {
                // one final case is if the entry itself includes slashes, and was parsed out as a token - we can join the remaining tokens and try again
                let didFindSubstringSlashMatch = false;
                for (let j = tokens.length - 1; j > i; j--) {
                    const joinedToken = tokens.slice(i, j + 1).join("/");
                    if (Object.hasOwn(this.value, joinedToken) && this.value[joinedToken] !== undefined) {
                        this.value = this.value[joinedToken];
                        this.setLocation((0,_util_reference_location_js__WEBPACK_IMPORTED_MODULE_4__/* .locateChild */ .Zh)(this.$ref.$refs, this.location, joinedToken, this.value));
                        i = j;
                        didFindSubstringSlashMatch = true;
                        break;
                    }
                }
                if (didFindSubstringSlashMatch) {
                    this.chainCircular = wasChainCircular;
                    continue;
                }
                // If the token we're looking for ended up not containing any slashes but is
                // actually instead pointing to an existing `null` value then we should use that
                // `null` value.
                if (Object.hasOwn(this.value, token) && this.value[token] === null) {
                    // We use a `null` symbol for internal tracking to differentiate between a general `null`
                    // value and our expected `null` value.
                    this.value = nullSymbol;
                    this.setLocation((0,_util_reference_location_js__WEBPACK_IMPORTED_MODULE_4__/* .locateChild */ .Zh)(this.$ref.$refs, this.location, token, null));
                    this.chainCircular = wasChainCircular;
                    continue;
                }
                this.value = null;
                const path = this.$ref.path || "";
                const targetRef = this.path.replace(path, "");
                const targetFound = Pointer.join("", found);
                const parentPath = pathFromRoot?.replace(path, "");
                throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .MissingPointerError */ .kc(token, safelyDecodeURI(this.originalPath), targetRef, targetFound, parentPath);
            }
            else {
                this.value = this.value[token];
            }
            this.chainCircular = wasChainCircular;
            found.push(token);
            this.setLocation((0,_util_reference_location_js__WEBPACK_IMPORTED_MODULE_4__/* .locateChild */ .Zh)(this.$ref.$refs, this.location, token, this.value));
        }
        // Resolve the final value
        const finalResolutionBase = this.location?.dynamicIdScope ? this.scopeBase : this.location?.path || this.path;
        if (resolveFinalReference) {
            const finalRefPath = this.value?.$ref ? _util_url_js__WEBPACK_IMPORTED_MODULE_1__/* .resolve */ .hd(finalResolutionBase, this.value.$ref) : undefined;
            const canonicalPathFromRoot = typeof pathFromRoot === "string" ? _util_url_js__WEBPACK_IMPORTED_MODULE_1__/* .resolve */ .hd(this.$ref.$refs._root$Ref.path, pathFromRoot) : pathFromRoot;
            if (_ref_js__WEBPACK_IMPORTED_MODULE_0__/* ["default"] */ .A.isAllowed$Ref(this.value, options) &&
                finalRefPath === canonicalPathFromRoot &&
                finalRefPath !== this.path) {
                this.chainCircular = true;
            }
            else if (!this.value || finalRefPath) {
                resolveIf$Ref(this, options, pathFromRoot, visitedRefPaths);
            }
        }
        return this;
    }
    /**
     * Sets the value of a nested property within the given object.
     *
     * @param obj - The object that will be crawled
     * @param value - the value to assign
     * @param options
     *
     * @returns
     * Returns the modified object, or an entirely new object if the entire object is overwritten.
     */
    set(obj, value, options) {
        const tokens = Pointer.parse(this.path);
        let token;
        if (tokens.length === 0) {
            // There are no tokens, replace the entire object with the new value
            this.value = value;
            return value;
        }
        assertSafeSetTokens(this.path, tokens);
        // Crawl the object, one token at a time
        this.value = unwrapOrThrow(obj);
        if (this.$ref.dynamicIdScope && !isAliasedResource(this.$ref)) {
            this.legacyIdScope = (0,_util_schema_resources_js__WEBPACK_IMPORTED_MODULE_3__/* .getSchemaIdMode */ .m3)(this.value, this.legacyIdScope);
            this.scopeBase = (0,_util_schema_resources_js__WEBPACK_IMPORTED_MODULE_3__/* .getSchemaBasePath */ .q3)(this.scopeBase, this.value, this.legacyIdScope);
        }
        this.setLocation((0,_util_reference_location_js__WEBPACK_IMPORTED_MODULE_4__/* .getReferenceLocation */ .LU)(this.$ref.$refs, this.value) || {
            value: this.value,
            path: this.$ref.path,
            scopeBase: this.scopeBase,
            dynamicIdScope: this.$ref.dynamicIdScope,
            legacyIdScope: this.legacyIdScope,
        });
        for (let i = 0; i < tokens.length - 1; i++) {
            resolveIf$Ref(this, options);
            token = tokens[i];
            if (this.value && Object.hasOwn(this.value, token) && this.value[token] !== undefined) {
                // The token exists
                this.value = this.value[token];
            }
            else {
                // The token doesn't exist, so create it
                this.value = setValue(this, token, {});
            }
            this.setLocation((0,_util_reference_location_js__WEBPACK_IMPORTED_MODULE_4__/* .locateChild */ .Zh)(this.$ref.$refs, this.location, token, this.value));
        }
        // Set the value of the final token
        resolveIf$Ref(this, options);
        token = tokens[tokens.length - 1];
        setValue(this, token, value);
        // Return the updated object
        return obj;
    }
    setLocation(location) {
        this.location = location;
        this.scopeBase = location.scopeBase;
        this.legacyIdScope = location.legacyIdScope;
    }
    /**
     * Parses a JSON pointer (or a path containing a JSON pointer in the hash)
     * and returns an array of the pointer's tokens.
     * (e.g. "schema.json#/definitions/person/name" => ["definitions", "person", "name"])
     *
     * The pointer is parsed according to RFC 6901
     * {@link https://tools.ietf.org/html/rfc6901#section-3}
     *
     * @param path
     * @param [originalPath]
     * @returns
     */
    static parse(path, originalPath) {
        // Get the JSON pointer from the path's hash
        // URI fragment escaping is separate from JSON Pointer escaping. Decode it
        // exactly once here, after URL resolution and before splitting the tokens.
        const pointer = _util_url_js__WEBPACK_IMPORTED_MODULE_1__/* .safeDecodeURIComponent */ .Tw(_util_url_js__WEBPACK_IMPORTED_MODULE_1__/* .getHash */ .Zd(path).substring(1));
        // If there's no pointer, then there are no tokens,
        // so return an empty array
        if (!pointer) {
            return [];
        }
        // Split into an array
        const split = pointer.split("/");
        // Decode each part, according to RFC 6901
        for (let i = 0; i < split.length; i++) {
            split[i] = split[i].replace(escapedSlash, "/").replace(escapedTilde, "~");
        }
        if (split[0] !== "") {
            throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InvalidPointerError */ .Hn(pointer, originalPath === undefined ? path : originalPath);
        }
        return split.slice(1);
    }
    /**
     * Creates a JSON pointer path, by joining one or more tokens to a base path.
     *
     * @param base - The base path (e.g. "schema.json#/definitions/person")
     * @param tokens - The token(s) to append (e.g. ["name", "first"])
     * @returns
     */
    static join(base, tokens) {
        // Ensure that the base path contains a hash
        if (base.indexOf("#") === -1) {
            base += "#";
        }
        // Append each token to the base path
        tokens = Array.isArray(tokens) ? tokens : [tokens];
        for (let i = 0; i < tokens.length; i++) {
            const token = tokens[i];
            // Encode the token, according to RFC 6901
            // Escape literal percent signs so URI decoding cannot reinterpret a key
            // such as "%41". Keep URI-safe characters like "$" readable.
            base += "/" + token.replace(/%/g, "%25").replace(tildes, "~0").replace(slashes, "~1");
        }
        return base;
    }
}
function safelyDecodeURI(value) {
    try {
        return decodeURI(value);
    }
    catch {
        return value;
    }
}
/**
 * If the given pointer's {@link Pointer#value} is a JSON reference,
 * then the reference is resolved and {@link Pointer#value} is replaced with the resolved value.
 * In addition, {@link Pointer#path} and {@link Pointer#$ref} are updated to reflect the
 * resolution path of the new value.
 *
 * @param pointer
 * @param options
 * @param [pathFromRoot] - the path of place that initiated resolving
 * @returns - Returns `true` if the resolution path changed
 */
function resolveIf$Ref(pointer, options, pathFromRoot, visitedRefPaths = new Set()) {
    let pathChanged = false;
    let currentPathFromRoot = pathFromRoot;
    const addedPaths = [];
    try {
        // Pure reference chains can be followed iteratively. Extended refs still use
        // the existing one-hop behavior because their values must be merged on return.
        while (_ref_js__WEBPACK_IMPORTED_MODULE_0__/* ["default"] */ .A.isAllowed$Ref(pointer.value, options)) {
            const extended = _ref_js__WEBPACK_IMPORTED_MODULE_0__/* ["default"] */ .A.isExtended$Ref(pointer.value);
            const sourceValue = pointer.value;
            const parentPath = pointer.path;
            const resolutionBase = pointer.location?.dynamicIdScope
                ? pointer.scopeBase
                : pointer.location?.path || pointer.path;
            const $refPath = _util_url_js__WEBPACK_IMPORTED_MODULE_1__/* .resolve */ .hd(resolutionBase, pointer.value.$ref);
            if ($refPath === pointer.path && !isRootPath(currentPathFromRoot)) {
                // The value is a reference to itself, so there's nothing to do.
                pointer.circular = true;
                pointer.chainCircular = true;
                return pathChanged;
            }
            const canonicalPathFromRoot = typeof currentPathFromRoot === "string"
                ? _util_url_js__WEBPACK_IMPORTED_MODULE_1__/* .resolve */ .hd(pointer.$ref.$refs._root$Ref.path, currentPathFromRoot)
                : currentPathFromRoot;
            if ($refPath === canonicalPathFromRoot && $refPath !== pointer.path) {
                pointer.chainCircular = true;
                return pathChanged;
            }
            if (visitedRefPaths.has($refPath)) {
                pointer.chainCircular = true;
                return pathChanged;
            }
            const maxDepth = options?.dereference?.maxDepth ?? 500;
            if (visitedRefPaths.size >= maxDepth) {
                throw new RangeError(`Maximum dereference depth (${maxDepth}) exceeded at ${pointer.path}. ` +
                    `This likely indicates an extremely deep or recursive schema. ` +
                    `You can increase this limit with the dereference.maxDepth option.`);
            }
            visitedRefPaths.add($refPath);
            addedPaths.push($refPath);
            const resolved = pointer.$ref.$refs._resolve($refPath, parentPath, options, visitedRefPaths, extended);
            if (resolved === null) {
                return pathChanged;
            }
            pointer.indirections += resolved.indirections + 1;
            pointer.chainCircular ||= resolved.circular || resolved.chainCircular;
            if (extended) {
                // This JSON reference "extends" the resolved value, rather than simply pointing to it.
                // So the resolved path does NOT change.  Just the value does.
                if (pointer.chainCircular) {
                    return pathChanged;
                }
                pointer.value = _ref_js__WEBPACK_IMPORTED_MODULE_0__/* ["default"] */ .A.dereference(sourceValue, resolved.value, options);
                pointer.setLocation((0,_util_reference_location_js__WEBPACK_IMPORTED_MODULE_4__/* .locateMergedValue */ .E7)(pointer.$ref.$refs, pointer.value, resolved.location, pointer.location, options?.dereference?.mergeKeys ?? true));
                return pathChanged;
            }
            else {
                // Resolve the reference
                pointer.$ref = resolved.$ref;
                pointer.path = resolved.path;
                pointer.value = resolved.value;
                // `pointer.$ref.path` is already the canonical location of the resolved resource.
                // Re-applying the resource's own `$id` here would duplicate nested path segments
                // such as `nested/nested/foo.json`.
                pointer.scopeBase = resolved.scopeBase;
                pointer.legacyIdScope = resolved.legacyIdScope;
                pointer.location = resolved.location;
                currentPathFromRoot = parentPath;
                pathChanged = true;
            }
        }
        return pathChanged;
    }
    finally {
        for (const path of addedPaths) {
            visitedRefPaths.delete(path);
        }
    }
}
/* harmony default export */ const __WEBPACK_DEFAULT_EXPORT__ = (Pointer);
/**
 * Sets the specified token value of the {@link Pointer#value}.
 *
 * The token is evaluated according to RFC 6901.
 * {@link https://tools.ietf.org/html/rfc6901#section-4}
 *
 * @param pointer - The JSON Pointer whose value will be modified
 * @param token - A JSON Pointer token that indicates how to modify `obj`
 * @param value - The value to assign
 * @returns - Returns the assigned value
 */
function setValue(pointer, token, value) {
    if (pointer.value && typeof pointer.value === "object") {
        if (token === "-" && Array.isArray(pointer.value)) {
            pointer.value.push(value);
        }
        else {
            pointer.value[token] = value;
        }
    }
    else {
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .JSONParserError */ .an(`Error assigning $ref pointer "${pointer.path}". \nCannot set "${token}" of a non-object.`);
    }
    return value;
}
function assertSafeSetTokens(pointerPath, tokens) {
    for (const token of tokens) {
        if (unsafeSetTokens.has(token)) {
            throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .JSONParserError */ .an(`Error assigning $ref pointer "${pointerPath}". \nUnsafe JSON Pointer token "${token}" cannot be used for assignment.`);
        }
    }
}
function unwrapOrThrow(value) {
    if ((0,_util_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .isHandledError */ .Dr)(value)) {
        throw value;
    }
    return value;
}
function isRootPath(pathFromRoot) {
    return typeof pathFromRoot == "string" && Pointer.parse(pathFromRoot).length == 0;
}
function isAliasedResource($ref) {
    return Boolean($ref.path && $ref.path in $ref.$refs._aliases);
}


/***/ }),

/***/ 9712:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A: () => (__WEBPACK_DEFAULT_EXPORT__)
/* harmony export */ });
/* harmony import */ var _pointer_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1208);
/* harmony import */ var _util_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9807);
/* harmony import */ var _util_url_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8584);



/**
 * This class represents a single JSON reference and its resolved value.
 *
 * @class
 */
class $Ref {
    /**
     * The file path or URL of the referenced file.
     * This path is relative to the path of the main JSON schema file.
     *
     * This path does NOT contain document fragments (JSON pointers). It always references an ENTIRE file.
     * Use methods such as {@link $Ref#get}, {@link $Ref#resolve}, and {@link $Ref#exists} to get
     * specific JSON pointers within the file.
     *
     * @type {string}
     */
    path;
    /** The physical document occurrence represented by a canonical resource alias. */
    sourcePath;
    /**
     * The resolved value of the JSON reference.
     * Can be any JSON type, not just objects. Unknown file types are represented as Buffers (byte arrays).
     *
     * @type {?*}
     */
    value;
    /**
     * The {@link $Refs} object that contains this {@link $Ref} object.
     *
     * @type {$Refs}
     */
    $refs;
    /**
     * Indicates the type of {@link $Ref#path} (e.g. "file", "http", etc.)
     */
    pathType;
    /**
     * Whether this document/resource should use JSON Schema 2019-09+ nested $id scope semantics.
     */
    dynamicIdScope = false;
    /** Whether this resource uses draft-04's legacy `id` keyword. */
    legacyIdScope = false;
    /**
     * List of all errors. Undefined if no errors.
     */
    errors = [];
    constructor($refs) {
        this.$refs = $refs;
    }
    /**
     * Pushes an error to errors array.
     *
     * @param err - The error to be pushed
     * @returns
     */
    addError(err) {
        if (this.errors === undefined) {
            this.errors = [];
        }
        const existingErrors = this.errors.map(({ footprint }) => footprint);
        // the path has been almost certainly set at this point,
        // but just in case something went wrong, normalizeError injects path if necessary
        // moreover, certain errors might point at the same spot, so filter them out to reduce noise
        if ("errors" in err && Array.isArray(err.errors)) {
            this.errors.push(...err.errors.map(_util_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .normalizeError */ .cQ).filter(({ footprint }) => !existingErrors.includes(footprint)));
        }
        else if (!("footprint" in err) || !existingErrors.includes(err.footprint)) {
            this.errors.push((0,_util_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .normalizeError */ .cQ)(err));
        }
    }
    /**
     * Determines whether the given JSON reference exists within this {@link $Ref#value}.
     *
     * @param path - The full path being resolved, optionally with a JSON pointer in the hash
     * @param options
     * @returns
     */
    exists(path, options) {
        try {
            this.resolve(path, options);
            return true;
        }
        catch {
            return false;
        }
    }
    /**
     * Resolves the given JSON reference within this {@link $Ref#value} and returns the resolved value.
     *
     * @param path - The full path being resolved, optionally with a JSON pointer in the hash
     * @param options
     * @returns - Returns the resolved value
     */
    get(path, options) {
        return this.resolve(path, options)?.value;
    }
    /**
     * Resolves the given JSON reference within this {@link $Ref#value}.
     *
     * @param path - The full path being resolved, optionally with a JSON pointer in the hash
     * @param options
     * @param friendlyPath - The original user-specified path (used for error messages)
     * @param pathFromRoot - The path of `obj` from the schema root
     * @param visitedRefPaths - the active paths in the current reference chain
     * @param resolveFinalReference - whether to follow a `$ref` at the resolved value
     * @returns
     */
    resolve(path, options, friendlyPath, pathFromRoot, visitedRefPaths, resolveFinalReference = true) {
        const pointer = new _pointer_js__WEBPACK_IMPORTED_MODULE_0__/* ["default"] */ .A(this, path, friendlyPath);
        try {
            const resolved = pointer.resolve(this.value, options, pathFromRoot, visitedRefPaths, resolveFinalReference);
            if (resolved.value === _pointer_js__WEBPACK_IMPORTED_MODULE_0__/* .nullSymbol */ .U) {
                resolved.value = null;
            }
            return resolved;
        }
        catch (err) {
            if (!options || !options.continueOnError || !(0,_util_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .isHandledError */ .Dr)(err)) {
                throw err;
            }
            if (err.path === null) {
                err.path = (0,_util_url_js__WEBPACK_IMPORTED_MODULE_2__/* .safePointerToPath */ .VL)((0,_util_url_js__WEBPACK_IMPORTED_MODULE_2__/* .getHash */ .Zd)(pathFromRoot));
            }
            if (err instanceof _util_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InvalidPointerError */ .Hn) {
                err.source = safelyDecodeURI((0,_util_url_js__WEBPACK_IMPORTED_MODULE_2__/* .stripHash */ .z9)(pathFromRoot || friendlyPath || path));
            }
            this.addError(err);
            return null;
        }
    }
    /**
     * Sets the value of a nested property within this {@link $Ref#value}.
     * If the property, or any of its parents don't exist, they will be created.
     *
     * @param path - The full path of the property to set, optionally with a JSON pointer in the hash
     * @param value - The value to assign
     */
    set(path, value) {
        const pointer = new _pointer_js__WEBPACK_IMPORTED_MODULE_0__/* ["default"] */ .A(this, path);
        this.value = pointer.set(this.value, value);
        if (this.value === _pointer_js__WEBPACK_IMPORTED_MODULE_0__/* .nullSymbol */ .U) {
            this.value = null;
        }
    }
    /**
     * Determines whether the given value is a JSON reference.
     *
     * @param value - The value to inspect
     * @returns
     */
    static is$Ref(value) {
        return (Boolean(value) &&
            typeof value === "object" &&
            value !== null &&
            "$ref" in value &&
            typeof value.$ref === "string" &&
            value.$ref.length > 0);
    }
    /**
     * Determines whether the given value is an external JSON reference.
     *
     * @param value - The value to inspect
     * @returns
     */
    static isExternal$Ref(value) {
        return $Ref.is$Ref(value) && value.$ref[0] !== "#";
    }
    /**
     * Determines whether the given value is a JSON reference, and whether it is allowed by the options.
     * For example, if it references an external file, then options.resolve.external must be true.
     *
     * @param value - The value to inspect
     * @param options
     * @returns
     */
    static isAllowed$Ref(value, options) {
        if (this.is$Ref(value)) {
            if (value.$ref.substring(0, 2) === "#/" || /^#%2f/i.test(value.$ref) || value.$ref === "#") {
                // It's a JSON Pointer reference, which is always allowed
                // The leading separator may be URI-escaped; Pointer.parse decodes it.
                return true;
            }
            else if (value.$ref[0] !== "#" && (!options || options.resolve?.external)) {
                // It's an external reference, which is allowed by the options
                return true;
            }
        }
        return undefined;
    }
    /**
     * Determines whether the given value is a JSON reference that "extends" its resolved value.
     * That is, it has extra properties (in addition to "$ref"), so rather than simply pointing to
     * an existing value, this $ref actually creates a NEW value that is a shallow copy of the resolved
     * value, plus the extra properties.
     *
     * @example: {
       person: {
         properties: {
           firstName: { type: string }
           lastName: { type: string }
         }
       }
       employee: {
         properties: {
           $ref: #/person/properties
           salary: { type: number }
         }
       }
     }
     *  In this example, "employee" is an extended $ref, since it extends "person" with an additional
     *  property (salary).  The result is a NEW value that looks like this:
     *
     *  {
     *    properties: {
     *      firstName: { type: string }
     *      lastName: { type: string }
     *      salary: { type: number }
     *    }
     *  }
     *
     * @param value - The value to inspect
     * @returns
     */
    static isExtended$Ref(value) {
        return $Ref.is$Ref(value) && Object.keys(value).length > 1;
    }
    /**
     * Returns the resolved value of a JSON Reference.
     * If necessary, the resolved value is merged with the JSON Reference to create a new object
     *
     * @example: {
    person: {
      properties: {
        firstName: { type: string }
        lastName: { type: string }
      }
    }
    employee: {
      properties: {
        $ref: #/person/properties
        salary: { type: number }
      }
    }
    } When "person" and "employee" are merged, you end up with the following object:
     *
     *  {
     *    properties: {
     *      firstName: { type: string }
     *      lastName: { type: string }
     *      salary: { type: number }
     *    }
     *  }
     *
     * @param $ref - The JSON reference object (the one with the "$ref" property)
     * @param resolvedValue - The resolved value, which can be any type
     * @param options - The options
     * @returns - Returns the dereferenced value
     */
    static dereference($ref, resolvedValue, options) {
        if (resolvedValue && typeof resolvedValue === "object" && $Ref.isExtended$Ref($ref)) {
            const merged = {};
            for (const key of Object.keys($ref)) {
                if (key !== "$ref") {
                    defineDataProperty(merged, key, $ref[key]);
                }
            }
            const mergeKeys = options?.dereference?.mergeKeys ?? true;
            const resolvedObject = resolvedValue;
            for (const key of Object.keys(resolvedObject)) {
                if (!Object.hasOwn(merged, key)) {
                    defineDataProperty(merged, key, resolvedObject[key]);
                }
                else {
                    // Key is already in merged, so we should merge them if both are objects
                    if (mergeKeys &&
                        typeof merged[key] === "object" &&
                        merged[key] !== null &&
                        typeof resolvedObject[key] === "object" &&
                        resolvedObject[key] !== null) {
                        defineDataProperty(merged, key, deepMerge(resolvedObject[key], merged[key]));
                    }
                }
            }
            return merged;
        }
        else {
            // Completely replace the original reference with the resolved value
            return resolvedValue;
        }
    }
}
function safelyDecodeURI(value) {
    try {
        return decodeURI(value);
    }
    catch {
        return value;
    }
}
function deepMerge(target, source) {
    // If either isn't an object, just return source (overwrite)
    if (typeof target !== "object" || target === null) {
        return source;
    }
    if (typeof source !== "object" || source === null) {
        return source;
    }
    // Arrays are replacement values, including when an object replaces a target
    // array. Merging object keys into an array would hide them during serialization.
    if (Array.isArray(source) || Array.isArray(target)) {
        return cloneEnumerableProperties(source);
    }
    // Ensure we don't mutate target directly
    const output = cloneEnumerableProperties(target);
    const targetObject = target;
    const sourceObject = source;
    for (const key of Object.keys(sourceObject)) {
        const sourceValue = sourceObject[key];
        let mergedValue;
        if (Array.isArray(sourceValue)) {
            // Arrays from the extending value replace the target array entirely.
            mergedValue = cloneEnumerableProperties(sourceValue);
        }
        else if (typeof sourceValue === "object" && sourceValue !== null) {
            const targetValue = Object.hasOwn(targetObject, key) ? targetObject[key] : undefined;
            mergedValue = deepMerge(targetValue, sourceValue);
        }
        else {
            mergedValue = sourceValue;
        }
        defineDataProperty(output, key, mergedValue);
    }
    return output;
}
/**
 * Creates a shallow copy using only enumerable own properties. Defining each key as a data
 * property is important for JSON keys such as `__proto__`, which must not invoke Object.prototype's
 * legacy prototype setter.
 */
function cloneEnumerableProperties(value) {
    const clone = Array.isArray(value) ? new Array(value.length) : {};
    const source = value;
    for (const key of Object.keys(source)) {
        defineDataProperty(clone, key, source[key]);
    }
    return clone;
}
function defineDataProperty(target, key, value) {
    Object.defineProperty(target, key, {
        configurable: true,
        enumerable: true,
        value,
        writable: true,
    });
}
/* harmony default export */ const __WEBPACK_DEFAULT_EXPORT__ = ($Ref);


/***/ }),

/***/ 1442:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A: () => (/* binding */ convertPathToPosix)
/* harmony export */ });
const win32Sep = "\\";
function convertPathToPosix(filePath) {
    const isExtendedLengthPath = filePath.startsWith("\\\\?\\");
    if (isExtendedLengthPath) {
        return filePath;
    }
    return filePath.split(win32Sep).join("/");
}


/***/ }),

/***/ 9807:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Bc: () => (/* binding */ JSONParserErrorGroup),
/* harmony export */   Dr: () => (/* binding */ isHandledError),
/* harmony export */   G$: () => (/* binding */ UnmatchedResolverError),
/* harmony export */   Hn: () => (/* binding */ InvalidPointerError),
/* harmony export */   MU: () => (/* binding */ TimeoutError),
/* harmony export */   an: () => (/* binding */ JSONParserError),
/* harmony export */   cQ: () => (/* binding */ normalizeError),
/* harmony export */   h_: () => (/* binding */ UnmatchedParserError),
/* harmony export */   kc: () => (/* binding */ MissingPointerError),
/* harmony export */   pB: () => (/* binding */ ResolverError),
/* harmony export */   s7: () => (/* binding */ ParserError)
/* harmony export */ });
/* unused harmony exports toJSON, getDeepKeys */
/* harmony import */ var _url_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8584);

const nonJsonTypes = ["function", "symbol", "undefined"];
const protectedProps = ["constructor", "prototype", "__proto__"];
const objectPrototype = Object.getPrototypeOf({});
/**
 * Custom JSON serializer for Error objects.
 * Returns all built-in error properties, as well as extended properties.
 */
function toJSON() {
    // HACK: We have to cast the objects to `any` so we can use symbol indexers.
    // see https://github.com/Microsoft/TypeScript/issues/1863
    const pojo = {};
    const error = this;
    for (const key of getDeepKeys(error)) {
        if (typeof key === "string") {
            const value = error[key];
            const type = typeof value;
            if (!nonJsonTypes.includes(type)) {
                pojo[key] = value;
            }
        }
    }
    return pojo;
}
/**
 * Returns own, inherited, enumerable, non-enumerable, string, and symbol keys of `obj`.
 * Does NOT return members of the base Object prototype, or the specified omitted keys.
 */
function getDeepKeys(obj, omit = []) {
    let keys = [];
    // Crawl the prototype chain, finding all the string and symbol keys
    while (obj && obj !== objectPrototype) {
        keys = keys.concat(Object.getOwnPropertyNames(obj), Object.getOwnPropertySymbols(obj));
        obj = Object.getPrototypeOf(obj);
    }
    // De-duplicate the list of keys
    const uniqueKeys = new Set(keys);
    // Remove any omitted keys
    for (const key of omit.concat(protectedProps)) {
        uniqueKeys.delete(key);
    }
    return uniqueKeys;
}
class JSONParserError extends Error {
    name;
    message;
    source;
    path;
    code;
    constructor(message, source, options) {
        super(undefined, options);
        this.code = "EUNKNOWN";
        this.name = "JSONParserError";
        this.message = message;
        this.source = source;
        this.path = null;
    }
    toJSON = toJSON.bind(this);
    get footprint() {
        return `${this.path}+${this.source}+${this.code}+${this.message}`;
    }
}
class JSONParserErrorGroup extends Error {
    files;
    constructor(parser) {
        super();
        this.files = parser;
        this.name = "JSONParserErrorGroup";
        this.message = `${this.errors.length} error${this.errors.length > 1 ? "s" : ""} occurred while reading '${(0,_url_js__WEBPACK_IMPORTED_MODULE_0__/* .toFileSystemPath */ .sJ)(parser.$refs._root$Ref.path)}'`;
    }
    toJSON = toJSON.bind(this);
    static getParserErrors(parser) {
        const errors = [];
        const footprints = new Set();
        const refs = [
            ...Object.values(parser.$refs._$refs),
            ...Object.values(parser.$refs._aliases),
        ];
        for (const $ref of refs) {
            if ($ref.errors) {
                for (const error of $ref.errors) {
                    if (!footprints.has(error.footprint)) {
                        footprints.add(error.footprint);
                        errors.push(error);
                    }
                }
            }
        }
        return errors;
    }
    get errors() {
        return JSONParserErrorGroup.getParserErrors(this.files);
    }
}
class ParserError extends JSONParserError {
    code = "EPARSER";
    name = "ParserError";
    constructor(message, source, options) {
        super(`Error parsing ${source}: ${message}`, source, options);
    }
}
class UnmatchedParserError extends JSONParserError {
    code = "EUNMATCHEDPARSER";
    name = "UnmatchedParserError";
    constructor(source) {
        super(`Could not find parser for "${source}"`, source);
    }
}
class ResolverError extends JSONParserError {
    code = "ERESOLVER";
    name = "ResolverError";
    ioErrorCode;
    constructor(ex, source, options) {
        super(ex.message || `Error reading file "${source}"`, source, options);
        if ("code" in ex) {
            this.ioErrorCode = String(ex.code);
        }
    }
}
class UnmatchedResolverError extends JSONParserError {
    code = "EUNMATCHEDRESOLVER";
    name = "UnmatchedResolverError";
    constructor(source) {
        super(`Could not find resolver for "${source}"`, source);
    }
}
class MissingPointerError extends JSONParserError {
    code = "EMISSINGPOINTER";
    name = "MissingPointerError";
    targetToken;
    targetRef;
    targetFound;
    parentPath;
    constructor(token, path, targetRef, targetFound, parentPath) {
        super(`Missing $ref pointer "${(0,_url_js__WEBPACK_IMPORTED_MODULE_0__/* .getHash */ .Zd)(path)}". Token "${token}" does not exist.`, (0,_url_js__WEBPACK_IMPORTED_MODULE_0__/* .stripHash */ .z9)(path));
        this.targetToken = token;
        this.targetRef = targetRef;
        this.targetFound = targetFound;
        this.parentPath = parentPath;
    }
}
class TimeoutError extends JSONParserError {
    code = "ETIMEOUT";
    name = "TimeoutError";
    constructor(timeout) {
        super(`Dereferencing timeout reached: ${timeout}ms`);
    }
}
class InvalidPointerError extends JSONParserError {
    code = "EINVALIDPOINTER";
    name = "InvalidPointerError";
    constructor(pointer, path) {
        super(`Invalid $ref pointer "${pointer}". Pointers must begin with "#/"`, (0,_url_js__WEBPACK_IMPORTED_MODULE_0__/* .stripHash */ .z9)(path));
    }
}
function isHandledError(err) {
    return err instanceof JSONParserError || err instanceof JSONParserErrorGroup;
}
function normalizeError(err) {
    if (err.path === null) {
        err.path = [];
    }
    return err;
}


/***/ }),

/***/ 4927:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E7: () => (/* binding */ locateMergedValue),
/* harmony export */   LU: () => (/* binding */ getReferenceLocation),
/* harmony export */   Zh: () => (/* binding */ locateChild)
/* harmony export */ });
/* harmony import */ var _schema_resources_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9075);

// Metadata belongs to a parser's reference registry, never to the user's schema.
const mergedLocations = new WeakMap();
function getReferenceLocation(owner, value) {
    return isObject(value) ? mergedLocations.get(owner)?.get(value) : undefined;
}
function locateChild(owner, parent, key, value) {
    if (parent.child) {
        return parent.child(key, value);
    }
    const known = getReferenceLocation(owner, value);
    if (known) {
        return known;
    }
    const legacyIdScope = (0,_schema_resources_js__WEBPACK_IMPORTED_MODULE_0__/* .getSchemaIdMode */ .m3)(value, parent.legacyIdScope);
    const scopeBase = parent.dynamicIdScope && isObject(value) && !ArrayBuffer.isView(value)
        ? (0,_schema_resources_js__WEBPACK_IMPORTED_MODULE_0__/* .getSchemaBasePath */ .q3)(parent.scopeBase, value, legacyIdScope)
        : parent.scopeBase;
    const path = (parent.path.includes("#") ? parent.path : parent.path + "#") +
        "/" +
        key.replace(/%/g, "%25").replace(/~/g, "~0").replace(/\//g, "~1");
    return { value, path, scopeBase, dynamicIdScope: parent.dynamicIdScope, legacyIdScope };
}
/**
 * Describes an existing extended-reference merge without traversing its children.
 * This mirrors the property choices in $Ref.dereference/deepMerge while retaining
 * the separate source and target scopes, including through subsequent merges.
 */
function locateMergedValue(owner, value, target, source, mergeKeys, ignoreSourceRef = true) {
    if (!isObject(value) || !isObject(target.value) || !isObject(source.value)) {
        return { ...target, value };
    }
    const targetObject = target.value;
    const sourceObject = source.value;
    // A nested merge can retain a reference from either side. That keyword's
    // location controls the next reference hop; each sibling keeps its own origin.
    const referenceOrigin = !ignoreSourceRef && Object.hasOwn(sourceObject, "$ref") ? source : target;
    const location = {
        ...referenceOrigin,
        value,
        child(key, childValue) {
            const fromSource = (!ignoreSourceRef || key !== "$ref") && Object.hasOwn(sourceObject, key);
            if (!fromSource) {
                return locateChild(owner, target, key, childValue);
            }
            if (!mergeKeys || !isObject(childValue)) {
                return locateChild(owner, source, key, childValue);
            }
            const sourceValue = sourceObject[key];
            const sourceChild = locateChild(owner, source, key, sourceValue);
            if (!isObject(sourceValue) || Array.isArray(sourceValue)) {
                return { ...sourceChild, value: childValue };
            }
            const targetValue = Object.hasOwn(targetObject, key) ? targetObject[key] : undefined;
            if (isObject(targetValue) && !Array.isArray(targetValue)) {
                const known = getReferenceLocation(owner, childValue);
                return (known ||
                    locateMergedValue(owner, childValue, locateChild(owner, target, key, targetValue), sourceChild, true, false));
            }
            return { ...sourceChild, value: childValue };
        },
    };
    let locations = mergedLocations.get(owner);
    if (!locations) {
        locations = new WeakMap();
        mergedLocations.set(owner, locations);
    }
    locations.set(value, location);
    return location;
}
function isObject(value) {
    return value !== null && typeof value === "object";
}


/***/ }),

/***/ 9075:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Nm: () => (/* binding */ getSchemaId),
/* harmony export */   QF: () => (/* binding */ registerSchemaResources),
/* harmony export */   ZS: () => (/* binding */ usesDynamicIdScope),
/* harmony export */   m3: () => (/* binding */ getSchemaIdMode),
/* harmony export */   q3: () => (/* binding */ getSchemaBasePath)
/* harmony export */ });
/* harmony import */ var _url_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8584);

function getSchemaBasePath(basePath, value, legacyId = false) {
    const schemaId = getSchemaId(value, legacyId);
    return schemaId ? _url_js__WEBPACK_IMPORTED_MODULE_0__/* .resolve */ .hd(basePath, schemaId) : basePath;
}
function usesDynamicIdScope(value) {
    if (!value || typeof value !== "object" || ArrayBuffer.isView(value)) {
        return false;
    }
    // A schema can omit `$schema`, but an explicit identifier still establishes
    // a base URI for references inside that resource.
    if (getSchemaId(value)) {
        return true;
    }
    const schema = value.$schema;
    if (typeof schema === "string" &&
        (schema.includes("draft-04/") ||
            schema.includes("draft-06/") ||
            schema.includes("draft-07/") ||
            schema.includes("draft/2019-09/") ||
            schema.includes("draft/2020-12/") ||
            schema.includes("oas/3.1/"))) {
        return true;
    }
    const openapi = value.openapi;
    return typeof openapi === "string" && /^3\.1(?:\.|$)/.test(openapi);
}
function registerSchemaResources($refs, basePath, value, pathType, dynamicIdScope = false) {
    if (!dynamicIdScope) {
        return;
    }
    const seen = new Map();
    // Object cycles must still terminate when a relative identifier keeps changing the scope.
    const parents = new Set();
    const visit = (node, scopeBase, inheritedLegacyId, sourcePath) => {
        if (!node || typeof node !== "object" || ArrayBuffer.isView(node) || parents.has(node)) {
            return;
        }
        const legacyId = getSchemaIdMode(node, inheritedLegacyId);
        const nextScopeBase = getSchemaBasePath(scopeBase, node, legacyId);
        const scopeKey = `${legacyId}:${nextScopeBase}`;
        const scopes = seen.get(node);
        if (scopes?.has(scopeKey)) {
            return;
        }
        if (scopes) {
            scopes.add(scopeKey);
        }
        else {
            seen.set(node, new Set([scopeKey]));
        }
        parents.add(node);
        if (nextScopeBase !== scopeBase) {
            $refs._addAlias(nextScopeBase, node, pathType, dynamicIdScope, legacyId, sourcePath);
        }
        for (const key of Object.keys(node)) {
            visit(node[key], nextScopeBase, legacyId, joinPointer(sourcePath, key));
        }
        parents.delete(node);
    };
    visit(value, basePath, false, basePath + "#");
}
function joinPointer(path, key) {
    return path + "/" + key.replace(/%/g, "%25").replace(/~/g, "~0").replace(/\//g, "~1");
}
function getSchemaId(value, inheritedLegacyId = false) {
    if (!value || typeof value !== "object") {
        return undefined;
    }
    const legacyId = getSchemaIdMode(value, inheritedLegacyId);
    const schemaId = legacyId ? value.id : value.$id;
    if (typeof schemaId === "string" && schemaId.length > 0) {
        return schemaId;
    }
    return undefined;
}
function getSchemaIdMode(value, inheritedLegacyId = false) {
    if (!value || typeof value !== "object") {
        return inheritedLegacyId;
    }
    const schema = value.$schema;
    if (typeof schema === "string") {
        if (schema.includes("draft-04/")) {
            return true;
        }
        if (schema.includes("draft-06/") ||
            schema.includes("draft-07/") ||
            schema.includes("draft/2019-09/") ||
            schema.includes("draft/2020-12/") ||
            schema.includes("oas/3.1/")) {
            return false;
        }
    }
    const openapi = value.openapi;
    if (typeof openapi === "string" && /^3\.1(?:\.|$)/.test(openapi)) {
        return false;
    }
    return inheritedLegacyId;
}


/***/ }),

/***/ 8584:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  bJ: () => (/* binding */ cwd),
  vP: () => (/* binding */ fromFileSystemPath),
  uQ: () => (/* binding */ getExtension),
  Zd: () => (/* binding */ getHash),
  LH: () => (/* binding */ isFileSystemPath),
  Zc: () => (/* binding */ isHttp),
  M$: () => (/* binding */ isUnsafeUrl),
  qg: () => (/* binding */ parse),
  hd: () => (/* binding */ resolve),
  C3: () => (/* binding */ resolveUrlSafety),
  Tw: () => (/* binding */ safeDecodeURIComponent),
  VL: () => (/* binding */ safePointerToPath),
  z9: () => (/* binding */ stripHash),
  sJ: () => (/* binding */ toFileSystemPath)
});

// UNUSED EXPORTS: getProtocol, isUnsafeUrlWithDns, stripQuery

// EXTERNAL MODULE: ./node_modules/@apidevtools/json-schema-ref-parser/dist/lib/util/convert-path-to-posix.js
var convert_path_to_posix = __webpack_require__(1442);
;// CONCATENATED MODULE: ./node_modules/@apidevtools/json-schema-ref-parser/dist/lib/util/is-windows.js
const isWindowsConst = /^win/.test(globalThis.process ? globalThis.process.platform : "");
const isWindows = () => isWindowsConst;

;// CONCATENATED MODULE: ./node_modules/@apidevtools/json-schema-ref-parser/dist/lib/util/url.js

const forwardSlashPattern = /\//g;
const protocolPattern = /^(\w{2,}):\/\//i;
const jsonPointerSlash = /~1/g;
const jsonPointerTilde = /~0/g;

const isAbsoluteWin32Path = /^[a-zA-Z]:[\\/]/;
// RegExp patterns to URL-encode special characters in local filesystem paths
const urlEncodePatterns = [
    [/\?/g, "%3F"],
    [/#/g, "%23"],
];
// RegExp patterns to URL-decode special characters for local filesystem paths
const urlDecodePatterns = [/%23/g, "#", /%24/g, "$", /%26/g, "&", /%2C/g, ",", /%3F/g, "?", /%40/g, "@"];
const unsafeDomainSuffixes = [".localhost", ".local", ".internal", ".intranet", ".corp", ".home", ".lan"];
const parse = (u) => new URL(u);
/**
 * Returns resolved target URL relative to a base URL in a manner similar to that of a Web browser resolving an anchor tag HREF.
 *
 * @returns
 */
function resolve(from, to) {
    // we use a non-existent URL to check if its a relative URL
    const fromUrl = new URL(normalizePathSeparators(from), "https://aaa.nonexistanturl.com");
    const resolvedUrl = new URL(normalizePathSeparators(to), fromUrl);
    const endSpaces = to.match(/(\s*)$/)?.[1] || "";
    if (resolvedUrl.hostname === "aaa.nonexistanturl.com") {
        // `from` is a relative URL.
        const { pathname, search, hash } = resolvedUrl;
        return pathname + search + hash + endSpaces;
    }
    return resolvedUrl.toString() + endSpaces;
}
function normalizePathSeparators(value) {
    // Backslashes in the query or fragment are data, not Windows path separators.
    const pathEnd = value.search(/[?#]/);
    return pathEnd < 0 ? (0,convert_path_to_posix/* default */.A)(value) : (0,convert_path_to_posix/* default */.A)(value.slice(0, pathEnd)) + value.slice(pathEnd);
}
function safeDecodeURIComponent(value) {
    try {
        return decodeURIComponent(value);
    }
    catch {
        try {
            // Preserve literal or malformed percent signs while continuing to decode
            // any valid percent-encoded characters in the same fragment.
            return decodeURIComponent(value.replace(/%(?![\dA-F]{2})/gi, "%25"));
        }
        catch {
            return value;
        }
    }
}
/**
 * Returns the current working directory (in Node) or the current page URL (in browsers).
 *
 * @returns
 */
function cwd() {
    if (typeof window !== "undefined" && window.location && window.location.href) {
        const href = window.location.href;
        if (!href || !href.startsWith("http")) {
            // try parsing as url, and if it fails, return root url /
            try {
                new URL(href);
                return href;
            }
            catch {
                return "/";
            }
        }
        return href;
    }
    if (typeof process !== "undefined" && process.cwd) {
        const path = process.cwd();
        const lastChar = path.slice(-1);
        if (lastChar === "/" || lastChar === "\\") {
            return path;
        }
        else {
            return path + "/";
        }
    }
    return "/";
}
/**
 * Returns the protocol of the given URL, or `undefined` if it has no protocol.
 *
 * @param path
 * @returns
 */
function getProtocol(path) {
    const match = protocolPattern.exec(path || "");
    if (match) {
        return match[1].toLowerCase();
    }
    return undefined;
}
/**
 * Returns the lowercased file extension of the given URL,
 * or an empty string if it has no extension.
 *
 * @param path
 * @returns
 */
function getExtension(path) {
    const pathEnd = path.search(/[?#]/);
    const pathname = pathEnd >= 0 ? path.substring(0, pathEnd) : path;
    const lastSlash = Math.max(pathname.lastIndexOf("/"), pathname.lastIndexOf("\\"));
    const lastDot = pathname.lastIndexOf(".");
    if (lastDot > lastSlash) {
        return pathname.substring(lastDot).toLowerCase();
    }
    return "";
}
/**
 * Removes the query, if any, from the given path.
 *
 * @param path
 * @returns
 */
function stripQuery(path) {
    const queryIndex = path.indexOf("?");
    if (queryIndex >= 0) {
        path = path.substring(0, queryIndex);
    }
    return path;
}
/**
 * Returns the hash (URL fragment), of the given path.
 * If there is no hash, then the root hash ("#") is returned.
 *
 * @param path
 * @returns
 */
function getHash(path) {
    if (!path) {
        return "#";
    }
    const hashIndex = path.indexOf("#");
    if (hashIndex >= 0) {
        return path.substring(hashIndex);
    }
    return "#";
}
/**
 * Removes the hash (URL fragment), if any, from the given path.
 *
 * @param path
 * @returns
 */
function stripHash(path) {
    if (!path) {
        return "";
    }
    const hashIndex = path.indexOf("#");
    if (hashIndex >= 0) {
        path = path.substring(0, hashIndex);
    }
    return path;
}
/**
 * Determines whether the given path is an HTTP(S) URL.
 *
 * @param path
 * @returns
 */
function isHttp(path) {
    const protocol = getProtocol(path);
    if (protocol === "http" || protocol === "https") {
        return true;
    }
    else if (protocol === undefined) {
        // There is no protocol.  If we're running in a browser, then assume it's HTTP.
        return typeof window !== "undefined";
    }
    else {
        // It's some other protocol, such as "ftp://", "mongodb://", etc.
        return false;
    }
}
/**
 * Determines whether the given url is an unsafe or internal url.
 *
 * @param path - The URL or path to check
 * @returns true if the URL is unsafe/internal, false otherwise
 */
function isUnsafeUrl(path) {
    if (!path || typeof path !== "string") {
        return true;
    }
    // Trim whitespace and convert to lowercase for comparison
    const normalizedPath = path.trim().toLowerCase();
    // Empty or just whitespace
    if (!normalizedPath) {
        return true;
    }
    // JavaScript protocols
    if (normalizedPath.startsWith("javascript:") ||
        normalizedPath.startsWith("vbscript:") ||
        normalizedPath.startsWith("data:")) {
        return true;
    }
    // File protocol
    if (normalizedPath.startsWith("file:")) {
        return true;
    }
    // if we're in the browser, we assume that it is safe
    if (typeof window !== "undefined" && window.location && window.location.href) {
        return false;
    }
    try {
        // Try to parse as URL
        const url = new URL(normalizedPath.startsWith("//") ? "http:" + normalizedPath : normalizedPath);
        if (isUnsafeHostname(url.hostname)) {
            return true;
        }
        // Check for non-standard ports that might indicate internal services
        const port = url.port;
        if (port && isInternalPort(parseInt(port))) {
            return true;
        }
    }
    catch {
        // If URL parsing fails, check if it's a relative path or contains suspicious patterns
        // Relative paths starting with / are generally safe for same-origin
        if (normalizedPath.startsWith("/") && !normalizedPath.startsWith("//")) {
            return false;
        }
        if (containsUnsafeHostname(normalizedPath)) {
            return true;
        }
    }
    return false;
}
/**
 * Checks a URL and, in Node.js, returns the exact public addresses that were
 * validated. Callers that perform the request must pin their connection to
 * these addresses; resolving the hostname again would reintroduce a DNS
 * rebinding race between validation and connection establishment.
 */
async function resolveUrlSafety(path) {
    if (isUnsafeUrl(path)) {
        return { unsafe: true };
    }
    if (typeof path !== "string" ||
        typeof process === "undefined" ||
        !process.versions?.node ||
        typeof window !== "undefined") {
        return { unsafe: false };
    }
    const parsedUrl = new URL(path.startsWith("//") ? `http:${path}` : path);
    if (parsedUrl.protocol !== "http:" && parsedUrl.protocol !== "https:") {
        return { unsafe: false };
    }
    // Keep the Node-only dependency out of browser module graphs. The import is
    // never evaluated outside Node.js.
    const dnsModuleName = "node:dns/promises";
    const dns = (await __webpack_require__(2466)(dnsModuleName));
    const addresses = await dns.lookup(normalizeHostname(parsedUrl.hostname), {
        all: true,
        verbatim: true,
    });
    if (addresses.length === 0 || addresses.some(({ address }) => isUnsafeHostname(address))) {
        return { unsafe: true };
    }
    return { unsafe: false, addresses };
}
async function isUnsafeUrlWithDns(path) {
    return (await resolveUrlSafety(path)).unsafe;
}
/**
 * Helper function to check if a hostname is local or resolves to a non-public literal address.
 */
function isUnsafeHostname(hostname) {
    const normalizedHostname = normalizeHostname(hostname);
    if (!normalizedHostname) {
        return true;
    }
    if (normalizedHostname === "localhost" ||
        unsafeDomainSuffixes.some((suffix) => normalizedHostname.endsWith(suffix))) {
        return true;
    }
    const ipv4 = parseIPv4Address(normalizedHostname);
    if (ipv4) {
        return isUnsafeIPv4Address(ipv4);
    }
    const ipv6 = parseIPv6Address(normalizedHostname);
    if (ipv6) {
        return isUnsafeIPv6Address(ipv6);
    }
    return false;
}
function normalizeHostname(hostname) {
    let normalizedHostname = hostname.trim().toLowerCase();
    if (normalizedHostname.startsWith("[") && normalizedHostname.endsWith("]")) {
        normalizedHostname = normalizedHostname.slice(1, -1);
    }
    while (normalizedHostname.endsWith(".")) {
        normalizedHostname = normalizedHostname.slice(0, -1);
    }
    return normalizedHostname;
}
function parseIPv4Address(ip) {
    const parts = ip.split(".");
    if (parts.length !== 4) {
        return undefined;
    }
    const octets = parts.map((part) => {
        if (!/^\d+$/.test(part)) {
            return Number.NaN;
        }
        return Number(part);
    });
    if (octets.some((octet) => !Number.isInteger(octet) || octet < 0 || octet > 255)) {
        return undefined;
    }
    return octets;
}
/**
 * Helper function to check if an IPv4 address is in a non-public range.
 */
function isUnsafeIPv4Address([a, b, c, d]) {
    return (a === 0 ||
        a === 10 ||
        a === 127 ||
        (a === 100 && b >= 64 && b <= 127) ||
        (a === 169 && b === 254) ||
        (a === 172 && b >= 16 && b <= 31) ||
        (a === 192 && b === 0 && c === 0) ||
        (a === 192 && b === 168) ||
        (a === 198 && (b === 18 || b === 19)) ||
        a >= 224 ||
        (a === 255 && b === 255 && c === 255 && d === 255));
}
function parseIPv6Address(ip) {
    if (!ip.includes(":")) {
        return undefined;
    }
    let normalizedIP = ip;
    const lastSeparator = normalizedIP.lastIndexOf(":");
    const possibleIPv4 = normalizedIP.slice(lastSeparator + 1);
    if (possibleIPv4.includes(".")) {
        const ipv4 = parseIPv4Address(possibleIPv4);
        if (!ipv4) {
            return undefined;
        }
        const firstGroup = ipv4[0] * 256 + ipv4[1];
        const secondGroup = ipv4[2] * 256 + ipv4[3];
        normalizedIP = `${normalizedIP.slice(0, lastSeparator + 1)}${firstGroup.toString(16)}:${secondGroup.toString(16)}`;
    }
    const halves = normalizedIP.split("::");
    if (halves.length > 2) {
        return undefined;
    }
    const head = parseIPv6Groups(halves[0]);
    const tail = halves.length === 2 ? parseIPv6Groups(halves[1]) : [];
    if (!head || !tail) {
        return undefined;
    }
    if (halves.length === 1) {
        return head.length === 8 ? head : undefined;
    }
    const missingGroups = 8 - head.length - tail.length;
    if (missingGroups < 1) {
        return undefined;
    }
    return [...head, ...Array(missingGroups).fill(0), ...tail];
}
function parseIPv6Groups(groups) {
    if (!groups) {
        return [];
    }
    const parsedGroups = groups.split(":").map((group) => {
        if (!/^[\da-f]{1,4}$/i.test(group)) {
            return Number.NaN;
        }
        return Number.parseInt(group, 16);
    });
    if (parsedGroups.some((group) => !Number.isInteger(group) || group < 0 || group > 0xffff)) {
        return undefined;
    }
    return parsedGroups;
}
/**
 * Helper function to check if an IPv6 address is in a non-public range.
 */
function isUnsafeIPv6Address(groups) {
    if (groups.length !== 8) {
        return false;
    }
    const isUnspecified = groups.every((group) => group === 0);
    const isLoopback = groups.slice(0, 7).every((group) => group === 0) && groups[7] === 1;
    const isUniqueLocal = (groups[0] & 0xfe00) === 0xfc00;
    const isLinkLocal = (groups[0] & 0xffc0) === 0xfe80;
    const isMulticast = (groups[0] & 0xff00) === 0xff00;
    if (isUnspecified || isLoopback || isUniqueLocal || isLinkLocal || isMulticast) {
        return true;
    }
    const mappedIPv4 = getMappedIPv4Address(groups);
    return mappedIPv4 ? isUnsafeIPv4Address(mappedIPv4) : false;
}
function getMappedIPv4Address(groups) {
    const firstFiveGroupsAreZero = groups.slice(0, 5).every((group) => group === 0);
    const firstSixGroupsAreZero = firstFiveGroupsAreZero && groups[5] === 0;
    const isIPv4Mapped = firstFiveGroupsAreZero && groups[5] === 0xffff;
    if (!firstSixGroupsAreZero && !isIPv4Mapped) {
        return undefined;
    }
    return [Math.floor(groups[6] / 256), groups[6] % 256, Math.floor(groups[7] / 256), groups[7] % 256];
}
function containsUnsafeHostname(value) {
    const candidates = value
        .split(/[\s/?#]+/)
        .map((candidate) => candidate.replace(/^[a-z][\d+.a-z-]*:\/\//i, "").replace(/:\d+$/, ""))
        .filter(Boolean);
    return candidates.some((candidate) => isUnsafeHostname(candidate));
}
/**
 * Helper function to check if a port is typically used for internal services
 */
function isInternalPort(port) {
    const internalPorts = [
        22, // SSH
        23, // Telnet
        25, // SMTP
        53, // DNS
        135, // RPC
        139, // NetBIOS
        445, // SMB
        993, // IMAPS
        995, // POP3S
        1433, // SQL Server
        1521, // Oracle
        3306, // MySQL
        3389, // RDP
        5432, // PostgreSQL
        5900, // VNC
        6379, // Redis
        8080, // Common internal web
        8443, // Common internal HTTPS
        9200, // Elasticsearch
        27017, // MongoDB
    ];
    return internalPorts.includes(port);
}
/**
 * Determines whether the given path is a filesystem path.
 * This includes "file://" URLs.
 *
 * @param path
 * @returns
 */
function isFileSystemPath(path) {
    // @ts-ignore
    if (typeof window !== "undefined" || (typeof process !== "undefined" && process.browser)) {
        // We're running in a browser, so assume that all paths are URLs.
        // This way, even relative paths will be treated as URLs rather than as filesystem paths
        return false;
    }
    const protocol = getProtocol(path);
    return protocol === undefined || protocol === "file";
}
/**
 * Converts a filesystem path to a properly-encoded URL.
 *
 * This is intended to handle situations where JSON Schema $Ref Parser is called
 * with a filesystem path that contains characters which are not allowed in URLs.
 *
 * @example
 * The following filesystem paths would be converted to the following URLs:
 *
 *    <"!@#$%^&*+=?'>.json              ==>   %3C%22!@%23$%25%5E&*+=%3F\'%3E.json
 *    C:\\My Documents\\File (1).json   ==>   C:/My%20Documents/File%20(1).json
 *    file://Project #42/file.json      ==>   file://Project%20%2342/file.json
 *
 * @param path
 * @returns
 */
function fromFileSystemPath(path) {
    // Step 1: On Windows, replace backslashes with forward slashes,
    // rather than encoding them as "%5C"
    if (isWindows()) {
        const projectDir = cwd();
        const upperPath = path.toUpperCase();
        const projectDirPosixPath = (0,convert_path_to_posix/* default */.A)(projectDir);
        const posixUpper = projectDirPosixPath.toUpperCase();
        const hasProjectDir = upperPath.includes(posixUpper);
        const hasProjectUri = upperPath.includes(posixUpper);
        const isAbsolutePath = isAbsoluteWin32Path.test(path) ||
            path.startsWith("http://") ||
            path.startsWith("https://") ||
            path.startsWith("file://");
        if (!(hasProjectDir || hasProjectUri || isAbsolutePath) && !projectDir.startsWith("http")) {
            const join = (a, b) => {
                if (a.endsWith("/") || a.endsWith("\\")) {
                    return a + b;
                }
                else {
                    return a + "/" + b;
                }
            };
            path = join(projectDir, path);
        }
        path = (0,convert_path_to_posix/* default */.A)(path);
    }
    // Step 2: `encodeURI` will take care of MOST characters
    path = encodeURI(path);
    // Step 3: Manually encode characters that are not encoded by `encodeURI`.
    // This includes characters such as "#" and "?", which have special meaning in URLs,
    // but are just normal characters in a filesystem path.
    for (const pattern of urlEncodePatterns) {
        path = path.replace(pattern[0], pattern[1]);
    }
    return path;
}
/**
 * Converts a URL to a local filesystem path.
 */
function toFileSystemPath(path, keepFileProtocol) {
    // Bare "%" characters are valid in filesystem paths, but they make `decodeURI` throw.
    // Escape only the non-encoded ones so percent-encoded sequences still decode normally.
    path = path.replace(/%(?![0-9A-Fa-f]{2})/g, "%25");
    // Step 1: Manually decode characters that `decodeURI` intentionally leaves alone
    // (they're URI-reserved) but are just normal characters in a filesystem path,
    // e.g. "#" and "?". This MUST run before `decodeURI`, not after: `fromFileSystemPath`
    // percent-escapes a literal "%" as "%25", so a real filename containing the literal
    // text "%3F" round-trips as "%253F". If `decodeURI` runs first, "%25" -> "%" reveals
    // a literal "%3F" substring that didn't exist in the encoded form, and this pass
    // would then wrongly decode that revealed text a second time (%3F -> "?"), silently
    // reading the wrong file. Running this pass first, the literal "%253F" doesn't
    // contain the substring "%3F" (it's "%25" followed by "3F"), so it's untouched here
    // and correctly decoded once by `decodeURI` below (%25 -> %). Each escape in the
    // original filename is consumed exactly once, either here or by `decodeURI`, never
    // both. Case-insensitive: percent-encoding hex digits are case-insensitive per
    // RFC 3986 §2.1, so "%3f" must decode the same as "%3F".
    for (let i = 0; i < urlDecodePatterns.length; i += 2) {
        path = path.replace(new RegExp(urlDecodePatterns[i].source, "gi"), urlDecodePatterns[i + 1]);
    }
    // Step 2: `decodeURI` will decode characters such as Cyrillic characters, spaces, etc.
    path = decodeURI(path);
    // Step 3: If it's a "file://" URL, then format it consistently
    // or convert it to a local filesystem path
    let isFileUrl = path.toLowerCase().startsWith("file://");
    if (isFileUrl) {
        // Strip-off the protocol, and the initial "/", if there is one
        path = path.replace(/^file:\/\//i, "").replace(/^\//, "");
        // insert a colon (":") after the drive letter on Windows
        if (isWindows() && path[1] === "/") {
            path = `${path[0]}:${path.substring(1)}`;
        }
        if (keepFileProtocol) {
            // Return the consistently-formatted "file://" URL
            path = "file:///" + path;
        }
        else {
            // Convert the "file://" URL to a local filesystem path.
            // On Windows, it will start with something like "C:/".
            // On Posix, it will start with "/"
            isFileUrl = false;
            path = isWindows() ? path : "/" + path;
        }
    }
    // Step 4: Normalize Windows paths (unless it's a "file://" URL)
    if (isWindows() && !isFileUrl) {
        // Replace forward slashes with backslashes
        path = path.replace(forwardSlashPattern, "\\");
        // Capitalize the drive letter
        if (path.match(/^[a-z]:\\/i)) {
            path = path[0].toUpperCase() + path.substring(1);
        }
    }
    return path;
}
/**
 * Converts a $ref pointer to a valid JSON Path.
 *
 * @param pointer
 * @returns
 */
function safePointerToPath(pointer) {
    pointer = safeDecodeURIComponent(pointer);
    if (pointer.length <= 1 || pointer[0] !== "#" || pointer[1] !== "/") {
        return [];
    }
    return pointer
        .slice(2)
        .split("/")
        .map((value) => {
        return value.replace(jsonPointerSlash, "/").replace(jsonPointerTilde, "~");
    });
}


/***/ })

};
