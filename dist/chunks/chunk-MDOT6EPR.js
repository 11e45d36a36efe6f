import { createRequire as __mlgateCreateRequire } from 'node:module';
const require = __mlgateCreateRequire(import.meta.url);
import {
  createRng,
  streamSeed,
  trainReportSchema
} from "./chunk-5ZGMWNTM.js";
import {
  formatPredictionsCsv,
  predictionsFromTable
} from "./chunk-ZYVG4IAQ.js";
import {
  alignPredictions,
  labelsAbsentFromTest,
  warnAboutLabels
} from "./chunk-Z3QUEO2W.js";
import {
  evaluationSchema
} from "./chunk-4CNQIAWM.js";
import {
  MODEL_MANIFEST_FILE
} from "./chunk-TK3KZ7H5.js";
import {
  VALIDATION_SCHEMA,
  markdownTable,
  validationContract
} from "./chunk-SSE3CM3P.js";
import {
  clip,
  escapeCode,
  escapeHtml,
  escapeHtmlInline,
  escapeMarkdown,
  escapeMermaidLabel
} from "./chunk-Z2KXVVDY.js";
import {
  readOptionsFrom,
  readTable
} from "./chunk-G5XNZKQM.js";
import {
  checkOutputPaths,
  toJson,
  writeOutputs
} from "./chunk-CLQB43L4.js";
import {
  bundledWorker,
  threadBudget
} from "./chunk-SNNBJZIZ.js";
import {
  assertGateConfig,
  evaluateSection,
  fmt,
  judgeRule,
  resolveFromConfig,
  unknownMetricProblem,
  worstVerdict
} from "./chunk-3HOJBQF3.js";
import {
  CLASSIFICATION_METRICS,
  REGRESSION_METRICS,
  classDetails,
  classificationKernel,
  kernelFromSpec,
  metricDirection,
  regressionKernel,
  scoreAll
} from "./chunk-T7VKUT63.js";
import {
  MlgateError
} from "./chunk-62SJ64MT.js";
import {
  __commonJS,
  __toESM,
  init_esm_dirname
} from "./chunk-OG4VE27J.js";

// node_modules/@stdlib/utils-define-property/lib/define_property.js
var require_define_property = __commonJS({
  "node_modules/@stdlib/utils-define-property/lib/define_property.js"(exports, module) {
    "use strict";
    init_esm_dirname();
    var main = typeof Object.defineProperty === "function" ? Object.defineProperty : null;
    module.exports = main;
  }
});

// node_modules/@stdlib/utils-define-property/lib/has_define_property_support.js
var require_has_define_property_support = __commonJS({
  "node_modules/@stdlib/utils-define-property/lib/has_define_property_support.js"(exports, module) {
    "use strict";
    init_esm_dirname();
    var defineProperty = require_define_property();
    function hasDefinePropertySupport() {
      try {
        defineProperty({}, "x", {});
        return true;
      } catch (err) {
        return false;
      }
    }
    module.exports = hasDefinePropertySupport;
  }
});

// node_modules/@stdlib/utils-define-property/lib/builtin.js
var require_builtin = __commonJS({
  "node_modules/@stdlib/utils-define-property/lib/builtin.js"(exports, module) {
    "use strict";
    init_esm_dirname();
    var defineProperty = Object.defineProperty;
    module.exports = defineProperty;
  }
});

// node_modules/@stdlib/string-base-format-interpolate/lib/is_number.js
var require_is_number = __commonJS({
  "node_modules/@stdlib/string-base-format-interpolate/lib/is_number.js"(exports, module) {
    "use strict";
    init_esm_dirname();
    function isNumber(value) {
      return typeof value === "number";
    }
    module.exports = isNumber;
  }
});

// node_modules/@stdlib/string-base-format-interpolate/lib/zero_pad.js
var require_zero_pad = __commonJS({
  "node_modules/@stdlib/string-base-format-interpolate/lib/zero_pad.js"(exports, module) {
    "use strict";
    init_esm_dirname();
    function startsWithMinus(str) {
      return str[0] === "-";
    }
    function zeros(n) {
      var out = "";
      var i;
      for (i = 0; i < n; i++) {
        out += "0";
      }
      return out;
    }
    function zeroPad(str, width, right) {
      var negative = false;
      var pad = width - str.length;
      if (pad < 0) {
        return str;
      }
      if (startsWithMinus(str)) {
        negative = true;
        str = str.substr(1);
      }
      str = right ? str + zeros(pad) : zeros(pad) + str;
      if (negative) {
        str = "-" + str;
      }
      return str;
    }
    module.exports = zeroPad;
  }
});

// node_modules/@stdlib/string-base-format-interpolate/lib/format_integer.js
var require_format_integer = __commonJS({
  "node_modules/@stdlib/string-base-format-interpolate/lib/format_integer.js"(exports, module) {
    "use strict";
    init_esm_dirname();
    var isNumber = require_is_number();
    var zeroPad = require_zero_pad();
    var lowercase = String.prototype.toLowerCase;
    var uppercase = String.prototype.toUpperCase;
    function formatInteger(token) {
      var base;
      var out;
      var i;
      switch (token.specifier) {
        case "b":
          base = 2;
          break;
        case "o":
          base = 8;
          break;
        case "x":
        case "X":
          base = 16;
          break;
        case "d":
        case "i":
        case "u":
        default:
          base = 10;
          break;
      }
      out = token.arg;
      i = parseInt(out, 10);
      if (!isFinite(i)) {
        if (!isNumber(out)) {
          throw new Error("invalid integer. Value: " + out);
        }
        i = 0;
      }
      if (i < 0 && (token.specifier === "u" || base !== 10)) {
        i = 4294967295 + i + 1;
      }
      if (i < 0) {
        out = (-i).toString(base);
        if (token.precision) {
          out = zeroPad(out, token.precision, token.padRight);
        }
        out = "-" + out;
      } else {
        out = i.toString(base);
        if (!i && !token.precision) {
          out = "";
        } else if (token.precision) {
          out = zeroPad(out, token.precision, token.padRight);
        }
        if (token.sign) {
          out = token.sign + out;
        }
      }
      if (base === 16) {
        if (token.alternate) {
          out = "0x" + out;
        }
        out = token.specifier === uppercase.call(token.specifier) ? uppercase.call(out) : lowercase.call(out);
      }
      if (base === 8) {
        if (token.alternate && out.charAt(0) !== "0") {
          out = "0" + out;
        }
      }
      return out;
    }
    module.exports = formatInteger;
  }
});

// node_modules/@stdlib/string-base-format-interpolate/lib/is_string.js
var require_is_string = __commonJS({
  "node_modules/@stdlib/string-base-format-interpolate/lib/is_string.js"(exports, module) {
    "use strict";
    init_esm_dirname();
    function isString(value) {
      return typeof value === "string";
    }
    module.exports = isString;
  }
});

// node_modules/@stdlib/string-base-format-interpolate/lib/format_double.js
var require_format_double = __commonJS({
  "node_modules/@stdlib/string-base-format-interpolate/lib/format_double.js"(exports, module) {
    "use strict";
    init_esm_dirname();
    var abs = Math.abs;
    var lowercase = String.prototype.toLowerCase;
    var uppercase = String.prototype.toUpperCase;
    var replace = String.prototype.replace;
    var RE_EXP_POS_DIGITS = /e\+(\d)$/;
    var RE_EXP_NEG_DIGITS = /e-(\d)$/;
    var RE_ONLY_DIGITS = /^(\d+)$/;
    var RE_DIGITS_BEFORE_EXP = /^(\d+)e/;
    var RE_TRAILING_PERIOD_ZERO = /\.0$/;
    var RE_PERIOD_ZERO_EXP = /\.0*e/;
    var RE_ZERO_BEFORE_EXP = /(\..*[^0])0*e/;
    function formatDouble(f, token) {
      var digits;
      var out;
      switch (token.specifier) {
        case "e":
        case "E":
          out = f.toExponential(token.precision);
          break;
        case "f":
        case "F":
          out = f.toFixed(token.precision);
          break;
        case "g":
        case "G":
          if (abs(f) < 1e-4) {
            digits = token.precision;
            if (digits > 0) {
              digits -= 1;
            }
            out = f.toExponential(digits);
          } else {
            out = f.toPrecision(token.precision);
          }
          if (!token.alternate) {
            out = replace.call(out, RE_ZERO_BEFORE_EXP, "$1e");
            out = replace.call(out, RE_PERIOD_ZERO_EXP, "e");
            out = replace.call(out, RE_TRAILING_PERIOD_ZERO, "");
          }
          break;
        default:
          throw new Error("invalid double notation. Value: " + token.specifier);
      }
      out = replace.call(out, RE_EXP_POS_DIGITS, "e+0$1");
      out = replace.call(out, RE_EXP_NEG_DIGITS, "e-0$1");
      if (token.alternate) {
        out = replace.call(out, RE_ONLY_DIGITS, "$1.");
        out = replace.call(out, RE_DIGITS_BEFORE_EXP, "$1.e");
      }
      if (f >= 0 && token.sign) {
        out = token.sign + out;
      }
      out = token.specifier === uppercase.call(token.specifier) ? uppercase.call(out) : lowercase.call(out);
      return out;
    }
    module.exports = formatDouble;
  }
});

// node_modules/@stdlib/string-base-format-interpolate/lib/space_pad.js
var require_space_pad = __commonJS({
  "node_modules/@stdlib/string-base-format-interpolate/lib/space_pad.js"(exports, module) {
    "use strict";
    init_esm_dirname();
    function spaces(n) {
      var out = "";
      var i;
      for (i = 0; i < n; i++) {
        out += " ";
      }
      return out;
    }
    function spacePad(str, width, right) {
      var pad = width - str.length;
      if (pad < 0) {
        return str;
      }
      str = right ? str + spaces(pad) : spaces(pad) + str;
      return str;
    }
    module.exports = spacePad;
  }
});

// node_modules/@stdlib/string-base-format-interpolate/lib/main.js
var require_main = __commonJS({
  "node_modules/@stdlib/string-base-format-interpolate/lib/main.js"(exports, module) {
    "use strict";
    init_esm_dirname();
    var formatInteger = require_format_integer();
    var isString = require_is_string();
    var isNumber = require_is_number();
    var formatDouble = require_format_double();
    var spacePad = require_space_pad();
    var zeroPad = require_zero_pad();
    var fromCharCode = String.fromCharCode;
    var isArray = Array.isArray;
    function isnan(value) {
      return value !== value;
    }
    function initialize(token) {
      var out = {};
      out.specifier = token.specifier;
      out.precision = token.precision === void 0 ? 1 : token.precision;
      out.width = token.width;
      out.flags = token.flags || "";
      out.mapping = token.mapping;
      return out;
    }
    function formatInterpolate(tokens) {
      var hasPeriod;
      var flags;
      var token;
      var flag;
      var num;
      var out;
      var pos;
      var f;
      var i;
      var j;
      if (!isArray(tokens)) {
        throw new TypeError("invalid argument. First argument must be an array. Value: `" + tokens + "`.");
      }
      out = "";
      pos = 1;
      for (i = 0; i < tokens.length; i++) {
        token = tokens[i];
        if (isString(token)) {
          out += token;
        } else {
          hasPeriod = token.precision !== void 0;
          token = initialize(token);
          if (!token.specifier) {
            throw new TypeError("invalid argument. Token is missing `specifier` property. Index: `" + i + "`. Value: `" + token + "`.");
          }
          if (token.mapping) {
            pos = token.mapping;
          }
          flags = token.flags;
          for (j = 0; j < flags.length; j++) {
            flag = flags.charAt(j);
            switch (flag) {
              case " ":
                token.sign = " ";
                break;
              case "+":
                token.sign = "+";
                break;
              case "-":
                token.padRight = true;
                token.padZeros = false;
                break;
              case "0":
                token.padZeros = flags.indexOf("-") < 0;
                break;
              case "#":
                token.alternate = true;
                break;
              default:
                throw new Error("invalid flag: " + flag);
            }
          }
          if (token.width === "*") {
            token.width = parseInt(arguments[pos], 10);
            pos += 1;
            if (isnan(token.width)) {
              throw new TypeError("the argument for * width at position " + pos + " is not a number. Value: `" + token.width + "`.");
            }
            if (token.width < 0) {
              token.padRight = true;
              token.width = -token.width;
            }
          }
          if (hasPeriod) {
            if (token.precision === "*") {
              token.precision = parseInt(arguments[pos], 10);
              pos += 1;
              if (isnan(token.precision)) {
                throw new TypeError("the argument for * precision at position " + pos + " is not a number. Value: `" + token.precision + "`.");
              }
              if (token.precision < 0) {
                token.precision = 1;
                hasPeriod = false;
              }
            }
          }
          token.arg = arguments[pos];
          switch (token.specifier) {
            case "b":
            case "o":
            case "x":
            case "X":
            case "d":
            case "i":
            case "u":
              if (hasPeriod) {
                token.padZeros = false;
              }
              token.arg = formatInteger(token);
              break;
            case "s":
              token.maxWidth = hasPeriod ? token.precision : -1;
              token.arg = String(token.arg);
              break;
            case "c":
              if (!isnan(token.arg)) {
                num = parseInt(token.arg, 10);
                if (num < 0 || num > 127) {
                  throw new Error("invalid character code. Value: " + token.arg);
                }
                token.arg = isnan(num) ? String(token.arg) : fromCharCode(num);
              }
              break;
            case "e":
            case "E":
            case "f":
            case "F":
            case "g":
            case "G":
              if (!hasPeriod) {
                token.precision = 6;
              }
              f = parseFloat(token.arg);
              if (!isFinite(f)) {
                if (!isNumber(token.arg)) {
                  throw new Error("invalid floating-point number. Value: " + out);
                }
                f = token.arg;
                token.padZeros = false;
              }
              token.arg = formatDouble(f, token);
              break;
            default:
              throw new Error("invalid specifier: " + token.specifier);
          }
          if (token.maxWidth >= 0 && token.arg.length > token.maxWidth) {
            token.arg = token.arg.substring(0, token.maxWidth);
          }
          if (token.padZeros) {
            token.arg = zeroPad(token.arg, token.width || token.precision, token.padRight);
          } else if (token.width) {
            token.arg = spacePad(token.arg, token.width, token.padRight);
          }
          out += token.arg || "";
          pos += 1;
        }
      }
      return out;
    }
    module.exports = formatInterpolate;
  }
});

// node_modules/@stdlib/string-base-format-interpolate/lib/index.js
var require_lib = __commonJS({
  "node_modules/@stdlib/string-base-format-interpolate/lib/index.js"(exports, module) {
    "use strict";
    init_esm_dirname();
    var main = require_main();
    module.exports = main;
  }
});

// node_modules/@stdlib/string-base-format-tokenize/lib/main.js
var require_main2 = __commonJS({
  "node_modules/@stdlib/string-base-format-tokenize/lib/main.js"(exports, module) {
    "use strict";
    init_esm_dirname();
    var RE = /%(?:([1-9]\d*)\$)?([0 +\-#]*)(\*|\d+)?(?:(\.)(\*|\d+)?)?[hlL]?([%A-Za-z])/g;
    function parse(match) {
      var token = {
        "mapping": match[1] ? parseInt(match[1], 10) : void 0,
        "flags": match[2],
        "width": match[3],
        "precision": match[5],
        "specifier": match[6]
      };
      if (match[4] === "." && match[5] === void 0) {
        token.precision = "1";
      }
      return token;
    }
    function formatTokenize(str) {
      var content;
      var tokens;
      var match;
      var prev;
      tokens = [];
      prev = 0;
      match = RE.exec(str);
      while (match) {
        content = str.slice(prev, RE.lastIndex - match[0].length);
        if (content.length) {
          tokens.push(content);
        }
        if (match[6] === "%") {
          tokens.push("%");
        } else {
          tokens.push(parse(match));
        }
        prev = RE.lastIndex;
        match = RE.exec(str);
      }
      content = str.slice(prev);
      if (content.length) {
        tokens.push(content);
      }
      return tokens;
    }
    module.exports = formatTokenize;
  }
});

// node_modules/@stdlib/string-base-format-tokenize/lib/index.js
var require_lib2 = __commonJS({
  "node_modules/@stdlib/string-base-format-tokenize/lib/index.js"(exports, module) {
    "use strict";
    init_esm_dirname();
    var main = require_main2();
    module.exports = main;
  }
});

// node_modules/@stdlib/string-format/lib/is_string.js
var require_is_string2 = __commonJS({
  "node_modules/@stdlib/string-format/lib/is_string.js"(exports, module) {
    "use strict";
    init_esm_dirname();
    function isString(value) {
      return typeof value === "string";
    }
    module.exports = isString;
  }
});

// node_modules/@stdlib/string-format/lib/main.js
var require_main3 = __commonJS({
  "node_modules/@stdlib/string-format/lib/main.js"(exports, module) {
    "use strict";
    init_esm_dirname();
    var interpolate = require_lib();
    var tokenize = require_lib2();
    var isString = require_is_string2();
    function format(str) {
      var args;
      var i;
      if (!isString(str)) {
        throw new TypeError(format("invalid argument. First argument must be a string. Value: `%s`.", str));
      }
      args = [tokenize(str)];
      for (i = 1; i < arguments.length; i++) {
        args.push(arguments[i]);
      }
      return interpolate.apply(null, args);
    }
    module.exports = format;
  }
});

// node_modules/@stdlib/string-format/lib/index.js
var require_lib3 = __commonJS({
  "node_modules/@stdlib/string-format/lib/index.js"(exports, module) {
    "use strict";
    init_esm_dirname();
    var main = require_main3();
    module.exports = main;
  }
});

// node_modules/@stdlib/utils-define-property/lib/polyfill.js
var require_polyfill = __commonJS({
  "node_modules/@stdlib/utils-define-property/lib/polyfill.js"(exports, module) {
    "use strict";
    init_esm_dirname();
    var format = require_lib3();
    var objectProtoype = Object.prototype;
    var toStr = objectProtoype.toString;
    var defineGetter = objectProtoype.__defineGetter__;
    var defineSetter = objectProtoype.__defineSetter__;
    var lookupGetter = objectProtoype.__lookupGetter__;
    var lookupSetter = objectProtoype.__lookupSetter__;
    function defineProperty(obj, prop, descriptor) {
      var prototype;
      var hasValue;
      var hasGet;
      var hasSet;
      if (typeof obj !== "object" || obj === null || toStr.call(obj) === "[object Array]") {
        throw new TypeError(format("invalid argument. First argument must be an object. Value: `%s`.", obj));
      }
      if (typeof descriptor !== "object" || descriptor === null || toStr.call(descriptor) === "[object Array]") {
        throw new TypeError(format("invalid argument. Property descriptor must be an object. Value: `%s`.", descriptor));
      }
      hasValue = "value" in descriptor;
      if (hasValue) {
        if (lookupGetter.call(obj, prop) || lookupSetter.call(obj, prop)) {
          prototype = obj.__proto__;
          obj.__proto__ = objectProtoype;
          delete obj[prop];
          obj[prop] = descriptor.value;
          obj.__proto__ = prototype;
        } else {
          obj[prop] = descriptor.value;
        }
      }
      hasGet = "get" in descriptor;
      hasSet = "set" in descriptor;
      if (hasValue && (hasGet || hasSet)) {
        throw new Error("invalid argument. Cannot specify one or more accessors and a value or writable attribute in the property descriptor.");
      }
      if (hasGet && defineGetter) {
        defineGetter.call(obj, prop, descriptor.get);
      }
      if (hasSet && defineSetter) {
        defineSetter.call(obj, prop, descriptor.set);
      }
      return obj;
    }
    module.exports = defineProperty;
  }
});

// node_modules/@stdlib/utils-define-property/lib/index.js
var require_lib4 = __commonJS({
  "node_modules/@stdlib/utils-define-property/lib/index.js"(exports, module) {
    "use strict";
    init_esm_dirname();
    var hasDefinePropertySupport = require_has_define_property_support();
    var builtin = require_builtin();
    var polyfill = require_polyfill();
    var defineProperty;
    if (hasDefinePropertySupport()) {
      defineProperty = builtin;
    } else {
      defineProperty = polyfill;
    }
    module.exports = defineProperty;
  }
});

// node_modules/@stdlib/utils-define-nonenumerable-read-only-property/lib/main.js
var require_main4 = __commonJS({
  "node_modules/@stdlib/utils-define-nonenumerable-read-only-property/lib/main.js"(exports, module) {
    "use strict";
    init_esm_dirname();
    var defineProperty = require_lib4();
    function setNonEnumerableReadOnly(obj, prop, value) {
      defineProperty(obj, prop, {
        "configurable": false,
        "enumerable": false,
        "writable": false,
        "value": value
      });
    }
    module.exports = setNonEnumerableReadOnly;
  }
});

// node_modules/@stdlib/utils-define-nonenumerable-read-only-property/lib/index.js
var require_lib5 = __commonJS({
  "node_modules/@stdlib/utils-define-nonenumerable-read-only-property/lib/index.js"(exports, module) {
    "use strict";
    init_esm_dirname();
    var main = require_main4();
    module.exports = main;
  }
});

// node_modules/@stdlib/math-base-special-floor/lib/main.js
var require_main5 = __commonJS({
  "node_modules/@stdlib/math-base-special-floor/lib/main.js"(exports, module) {
    "use strict";
    init_esm_dirname();
    var floor = Math.floor;
    module.exports = floor;
  }
});

// node_modules/@stdlib/math-base-special-floor/lib/index.js
var require_lib6 = __commonJS({
  "node_modules/@stdlib/math-base-special-floor/lib/index.js"(exports, module) {
    "use strict";
    init_esm_dirname();
    var main = require_main5();
    module.exports = main;
  }
});

// node_modules/@stdlib/math-base-assert-is-nonnegative-integer/lib/main.js
var require_main6 = __commonJS({
  "node_modules/@stdlib/math-base-assert-is-nonnegative-integer/lib/main.js"(exports, module) {
    "use strict";
    init_esm_dirname();
    var floor = require_lib6();
    function isNonNegativeInteger(x2) {
      return floor(x2) === x2 && x2 >= 0;
    }
    module.exports = isNonNegativeInteger;
  }
});

// node_modules/@stdlib/math-base-assert-is-nonnegative-integer/lib/index.js
var require_lib7 = __commonJS({
  "node_modules/@stdlib/math-base-assert-is-nonnegative-integer/lib/index.js"(exports, module) {
    "use strict";
    init_esm_dirname();
    var main = require_main6();
    module.exports = main;
  }
});

// node_modules/@stdlib/math-base-assert-is-nan/lib/main.js
var require_main7 = __commonJS({
  "node_modules/@stdlib/math-base-assert-is-nan/lib/main.js"(exports, module) {
    "use strict";
    init_esm_dirname();
    function isnan(x2) {
      return x2 !== x2;
    }
    module.exports = isnan;
  }
});

// node_modules/@stdlib/math-base-assert-is-nan/lib/index.js
var require_lib8 = __commonJS({
  "node_modules/@stdlib/math-base-assert-is-nan/lib/index.js"(exports, module) {
    "use strict";
    init_esm_dirname();
    var main = require_main7();
    module.exports = main;
  }
});

// node_modules/@stdlib/assert-has-symbol-support/lib/main.js
var require_main8 = __commonJS({
  "node_modules/@stdlib/assert-has-symbol-support/lib/main.js"(exports, module) {
    "use strict";
    init_esm_dirname();
    function hasSymbolSupport() {
      return typeof Symbol === "function" && typeof /* @__PURE__ */ Symbol("foo") === "symbol";
    }
    module.exports = hasSymbolSupport;
  }
});

// node_modules/@stdlib/assert-has-symbol-support/lib/index.js
var require_lib9 = __commonJS({
  "node_modules/@stdlib/assert-has-symbol-support/lib/index.js"(exports, module) {
    "use strict";
    init_esm_dirname();
    var main = require_main8();
    module.exports = main;
  }
});

// node_modules/@stdlib/assert-has-tostringtag-support/lib/main.js
var require_main9 = __commonJS({
  "node_modules/@stdlib/assert-has-tostringtag-support/lib/main.js"(exports, module) {
    "use strict";
    init_esm_dirname();
    var hasSymbols = require_lib9();
    var FLG = hasSymbols();
    function hasToStringTagSupport() {
      return FLG && typeof Symbol.toStringTag === "symbol";
    }
    module.exports = hasToStringTagSupport;
  }
});

// node_modules/@stdlib/assert-has-tostringtag-support/lib/index.js
var require_lib10 = __commonJS({
  "node_modules/@stdlib/assert-has-tostringtag-support/lib/index.js"(exports, module) {
    "use strict";
    init_esm_dirname();
    var main = require_main9();
    module.exports = main;
  }
});

// node_modules/@stdlib/utils-native-class/lib/tostring.js
var require_tostring = __commonJS({
  "node_modules/@stdlib/utils-native-class/lib/tostring.js"(exports, module) {
    "use strict";
    init_esm_dirname();
    var toStr = Object.prototype.toString;
    module.exports = toStr;
  }
});

// node_modules/@stdlib/utils-native-class/lib/main.js
var require_main10 = __commonJS({
  "node_modules/@stdlib/utils-native-class/lib/main.js"(exports, module) {
    "use strict";
    init_esm_dirname();
    var toStr = require_tostring();
    function nativeClass(v2) {
      return toStr.call(v2);
    }
    module.exports = nativeClass;
  }
});

// node_modules/@stdlib/assert-has-own-property/lib/main.js
var require_main11 = __commonJS({
  "node_modules/@stdlib/assert-has-own-property/lib/main.js"(exports, module) {
    "use strict";
    init_esm_dirname();
    var has = Object.prototype.hasOwnProperty;
    function hasOwnProp(value, property) {
      if (value === void 0 || value === null) {
        return false;
      }
      return has.call(value, property);
    }
    module.exports = hasOwnProp;
  }
});

// node_modules/@stdlib/assert-has-own-property/lib/index.js
var require_lib11 = __commonJS({
  "node_modules/@stdlib/assert-has-own-property/lib/index.js"(exports, module) {
    "use strict";
    init_esm_dirname();
    var main = require_main11();
    module.exports = main;
  }
});

// node_modules/@stdlib/symbol-ctor/lib/main.js
var require_main12 = __commonJS({
  "node_modules/@stdlib/symbol-ctor/lib/main.js"(exports, module) {
    "use strict";
    init_esm_dirname();
    var Sym = typeof Symbol === "function" ? Symbol : void 0;
    module.exports = Sym;
  }
});

// node_modules/@stdlib/symbol-ctor/lib/index.js
var require_lib12 = __commonJS({
  "node_modules/@stdlib/symbol-ctor/lib/index.js"(exports, module) {
    "use strict";
    init_esm_dirname();
    var main = require_main12();
    module.exports = main;
  }
});

// node_modules/@stdlib/utils-native-class/lib/tostringtag.js
var require_tostringtag = __commonJS({
  "node_modules/@stdlib/utils-native-class/lib/tostringtag.js"(exports, module) {
    "use strict";
    init_esm_dirname();
    var Symbol2 = require_lib12();
    var toStrTag = typeof Symbol2 === "function" ? Symbol2.toStringTag : "";
    module.exports = toStrTag;
  }
});

// node_modules/@stdlib/utils-native-class/lib/polyfill.js
var require_polyfill2 = __commonJS({
  "node_modules/@stdlib/utils-native-class/lib/polyfill.js"(exports, module) {
    "use strict";
    init_esm_dirname();
    var hasOwnProp = require_lib11();
    var toStringTag = require_tostringtag();
    var toStr = require_tostring();
    function nativeClass(v2) {
      var isOwn;
      var tag;
      var out;
      if (v2 === null || v2 === void 0) {
        return toStr.call(v2);
      }
      tag = v2[toStringTag];
      isOwn = hasOwnProp(v2, toStringTag);
      try {
        v2[toStringTag] = void 0;
      } catch (err) {
        return toStr.call(v2);
      }
      out = toStr.call(v2);
      if (isOwn) {
        v2[toStringTag] = tag;
      } else {
        delete v2[toStringTag];
      }
      return out;
    }
    module.exports = nativeClass;
  }
});

// node_modules/@stdlib/utils-native-class/lib/index.js
var require_lib13 = __commonJS({
  "node_modules/@stdlib/utils-native-class/lib/index.js"(exports, module) {
    "use strict";
    init_esm_dirname();
    var hasToStringTag = require_lib10();
    var builtin = require_main10();
    var polyfill = require_polyfill2();
    var main;
    if (hasToStringTag()) {
      main = polyfill;
    } else {
      main = builtin;
    }
    module.exports = main;
  }
});

// node_modules/@stdlib/assert-is-uint32array/lib/main.js
var require_main13 = __commonJS({
  "node_modules/@stdlib/assert-is-uint32array/lib/main.js"(exports, module) {
    "use strict";
    init_esm_dirname();
    var nativeClass = require_lib13();
    var hasUint32Array = typeof Uint32Array === "function";
    function isUint32Array(value) {
      return hasUint32Array && value instanceof Uint32Array || // eslint-disable-line stdlib/require-globals
      nativeClass(value) === "[object Uint32Array]";
    }
    module.exports = isUint32Array;
  }
});

// node_modules/@stdlib/assert-is-uint32array/lib/index.js
var require_lib14 = __commonJS({
  "node_modules/@stdlib/assert-is-uint32array/lib/index.js"(exports, module) {
    "use strict";
    init_esm_dirname();
    var isUint32Array = require_main13();
    module.exports = isUint32Array;
  }
});

// node_modules/@stdlib/constants-uint32-max/lib/index.js
var require_lib15 = __commonJS({
  "node_modules/@stdlib/constants-uint32-max/lib/index.js"(exports, module) {
    "use strict";
    init_esm_dirname();
    var UINT32_MAX = 4294967295;
    module.exports = UINT32_MAX;
  }
});

// node_modules/@stdlib/assert-has-uint32array-support/lib/uint32array.js
var require_uint32array = __commonJS({
  "node_modules/@stdlib/assert-has-uint32array-support/lib/uint32array.js"(exports, module) {
    "use strict";
    init_esm_dirname();
    var main = typeof Uint32Array === "function" ? Uint32Array : null;
    module.exports = main;
  }
});

// node_modules/@stdlib/assert-has-uint32array-support/lib/main.js
var require_main14 = __commonJS({
  "node_modules/@stdlib/assert-has-uint32array-support/lib/main.js"(exports, module) {
    "use strict";
    init_esm_dirname();
    var isUint32Array = require_lib14();
    var UINT32_MAX = require_lib15();
    var GlobalUint32Array = require_uint32array();
    function hasUint32ArraySupport() {
      var bool;
      var arr;
      if (typeof GlobalUint32Array !== "function") {
        return false;
      }
      try {
        arr = [1, 3.14, -3.14, UINT32_MAX + 1, UINT32_MAX + 2];
        arr = new GlobalUint32Array(arr);
        bool = isUint32Array(arr) && arr[0] === 1 && arr[1] === 3 && // truncation
        arr[2] === UINT32_MAX - 2 && // truncation and wrap around
        arr[3] === 0 && // wrap around
        arr[4] === 1;
      } catch (err) {
        bool = false;
      }
      return bool;
    }
    module.exports = hasUint32ArraySupport;
  }
});

// node_modules/@stdlib/assert-has-uint32array-support/lib/index.js
var require_lib16 = __commonJS({
  "node_modules/@stdlib/assert-has-uint32array-support/lib/index.js"(exports, module) {
    "use strict";
    init_esm_dirname();
    var hasUint32ArraySupport = require_main14();
    module.exports = hasUint32ArraySupport;
  }
});

// node_modules/@stdlib/array-uint32/lib/main.js
var require_main15 = __commonJS({
  "node_modules/@stdlib/array-uint32/lib/main.js"(exports, module) {
    "use strict";
    init_esm_dirname();
    var ctor = typeof Uint32Array === "function" ? Uint32Array : void 0;
    module.exports = ctor;
  }
});

// node_modules/@stdlib/array-uint32/lib/polyfill.js
var require_polyfill3 = __commonJS({
  "node_modules/@stdlib/array-uint32/lib/polyfill.js"(exports, module) {
    "use strict";
    init_esm_dirname();
    function polyfill() {
      throw new Error("not implemented");
    }
    module.exports = polyfill;
  }
});

// node_modules/@stdlib/array-uint32/lib/index.js
var require_lib17 = __commonJS({
  "node_modules/@stdlib/array-uint32/lib/index.js"(exports, module) {
    "use strict";
    init_esm_dirname();
    var hasUint32ArraySupport = require_lib16();
    var builtin = require_main15();
    var polyfill = require_polyfill3();
    var ctor;
    if (hasUint32ArraySupport()) {
      ctor = builtin;
    } else {
      ctor = polyfill;
    }
    module.exports = ctor;
  }
});

// node_modules/@stdlib/assert-is-float64array/lib/main.js
var require_main16 = __commonJS({
  "node_modules/@stdlib/assert-is-float64array/lib/main.js"(exports, module) {
    "use strict";
    init_esm_dirname();
    var nativeClass = require_lib13();
    var hasFloat64Array = typeof Float64Array === "function";
    function isFloat64Array(value) {
      return hasFloat64Array && value instanceof Float64Array || // eslint-disable-line stdlib/require-globals
      nativeClass(value) === "[object Float64Array]";
    }
    module.exports = isFloat64Array;
  }
});

// node_modules/@stdlib/assert-is-float64array/lib/index.js
var require_lib18 = __commonJS({
  "node_modules/@stdlib/assert-is-float64array/lib/index.js"(exports, module) {
    "use strict";
    init_esm_dirname();
    var isFloat64Array = require_main16();
    module.exports = isFloat64Array;
  }
});

// node_modules/@stdlib/assert-has-float64array-support/lib/float64array.js
var require_float64array = __commonJS({
  "node_modules/@stdlib/assert-has-float64array-support/lib/float64array.js"(exports, module) {
    "use strict";
    init_esm_dirname();
    var main = typeof Float64Array === "function" ? Float64Array : null;
    module.exports = main;
  }
});

// node_modules/@stdlib/assert-has-float64array-support/lib/main.js
var require_main17 = __commonJS({
  "node_modules/@stdlib/assert-has-float64array-support/lib/main.js"(exports, module) {
    "use strict";
    init_esm_dirname();
    var isFloat64Array = require_lib18();
    var GlobalFloat64Array = require_float64array();
    function hasFloat64ArraySupport() {
      var bool;
      var arr;
      if (typeof GlobalFloat64Array !== "function") {
        return false;
      }
      try {
        arr = new GlobalFloat64Array([1, 3.14, -3.14, NaN]);
        bool = isFloat64Array(arr) && arr[0] === 1 && arr[1] === 3.14 && arr[2] === -3.14 && arr[3] !== arr[3];
      } catch (err) {
        bool = false;
      }
      return bool;
    }
    module.exports = hasFloat64ArraySupport;
  }
});

// node_modules/@stdlib/assert-has-float64array-support/lib/index.js
var require_lib19 = __commonJS({
  "node_modules/@stdlib/assert-has-float64array-support/lib/index.js"(exports, module) {
    "use strict";
    init_esm_dirname();
    var hasFloat64ArraySupport = require_main17();
    module.exports = hasFloat64ArraySupport;
  }
});

// node_modules/@stdlib/array-float64/lib/main.js
var require_main18 = __commonJS({
  "node_modules/@stdlib/array-float64/lib/main.js"(exports, module) {
    "use strict";
    init_esm_dirname();
    var ctor = typeof Float64Array === "function" ? Float64Array : void 0;
    module.exports = ctor;
  }
});

// node_modules/@stdlib/array-float64/lib/polyfill.js
var require_polyfill4 = __commonJS({
  "node_modules/@stdlib/array-float64/lib/polyfill.js"(exports, module) {
    "use strict";
    init_esm_dirname();
    function polyfill() {
      throw new Error("not implemented");
    }
    module.exports = polyfill;
  }
});

// node_modules/@stdlib/array-float64/lib/index.js
var require_lib20 = __commonJS({
  "node_modules/@stdlib/array-float64/lib/index.js"(exports, module) {
    "use strict";
    init_esm_dirname();
    var hasFloat64ArraySupport = require_lib19();
    var builtin = require_main18();
    var polyfill = require_polyfill4();
    var ctor;
    if (hasFloat64ArraySupport()) {
      ctor = builtin;
    } else {
      ctor = polyfill;
    }
    module.exports = ctor;
  }
});

// node_modules/@stdlib/assert-is-uint8array/lib/main.js
var require_main19 = __commonJS({
  "node_modules/@stdlib/assert-is-uint8array/lib/main.js"(exports, module) {
    "use strict";
    init_esm_dirname();
    var nativeClass = require_lib13();
    var hasUint8Array = typeof Uint8Array === "function";
    function isUint8Array(value) {
      return hasUint8Array && value instanceof Uint8Array || // eslint-disable-line stdlib/require-globals
      nativeClass(value) === "[object Uint8Array]";
    }
    module.exports = isUint8Array;
  }
});

// node_modules/@stdlib/assert-is-uint8array/lib/index.js
var require_lib21 = __commonJS({
  "node_modules/@stdlib/assert-is-uint8array/lib/index.js"(exports, module) {
    "use strict";
    init_esm_dirname();
    var isUint8Array = require_main19();
    module.exports = isUint8Array;
  }
});

// node_modules/@stdlib/constants-uint8-max/lib/index.js
var require_lib22 = __commonJS({
  "node_modules/@stdlib/constants-uint8-max/lib/index.js"(exports, module) {
    "use strict";
    init_esm_dirname();
    var UINT8_MAX = 255 | 0;
    module.exports = UINT8_MAX;
  }
});

// node_modules/@stdlib/assert-has-uint8array-support/lib/uint8array.js
var require_uint8array = __commonJS({
  "node_modules/@stdlib/assert-has-uint8array-support/lib/uint8array.js"(exports, module) {
    "use strict";
    init_esm_dirname();
    var main = typeof Uint8Array === "function" ? Uint8Array : null;
    module.exports = main;
  }
});

// node_modules/@stdlib/assert-has-uint8array-support/lib/main.js
var require_main20 = __commonJS({
  "node_modules/@stdlib/assert-has-uint8array-support/lib/main.js"(exports, module) {
    "use strict";
    init_esm_dirname();
    var isUint8Array = require_lib21();
    var UINT8_MAX = require_lib22();
    var GlobalUint8Array = require_uint8array();
    function hasUint8ArraySupport() {
      var bool;
      var arr;
      if (typeof GlobalUint8Array !== "function") {
        return false;
      }
      try {
        arr = [1, 3.14, -3.14, UINT8_MAX + 1, UINT8_MAX + 2];
        arr = new GlobalUint8Array(arr);
        bool = isUint8Array(arr) && arr[0] === 1 && arr[1] === 3 && // truncation
        arr[2] === UINT8_MAX - 2 && // truncation and wrap around
        arr[3] === 0 && // wrap around
        arr[4] === 1;
      } catch (err) {
        bool = false;
      }
      return bool;
    }
    module.exports = hasUint8ArraySupport;
  }
});

// node_modules/@stdlib/assert-has-uint8array-support/lib/index.js
var require_lib23 = __commonJS({
  "node_modules/@stdlib/assert-has-uint8array-support/lib/index.js"(exports, module) {
    "use strict";
    init_esm_dirname();
    var hasUint8ArraySupport = require_main20();
    module.exports = hasUint8ArraySupport;
  }
});

// node_modules/@stdlib/array-uint8/lib/main.js
var require_main21 = __commonJS({
  "node_modules/@stdlib/array-uint8/lib/main.js"(exports, module) {
    "use strict";
    init_esm_dirname();
    var ctor = typeof Uint8Array === "function" ? Uint8Array : void 0;
    module.exports = ctor;
  }
});

// node_modules/@stdlib/array-uint8/lib/polyfill.js
var require_polyfill5 = __commonJS({
  "node_modules/@stdlib/array-uint8/lib/polyfill.js"(exports, module) {
    "use strict";
    init_esm_dirname();
    function polyfill() {
      throw new Error("not implemented");
    }
    module.exports = polyfill;
  }
});

// node_modules/@stdlib/array-uint8/lib/index.js
var require_lib24 = __commonJS({
  "node_modules/@stdlib/array-uint8/lib/index.js"(exports, module) {
    "use strict";
    init_esm_dirname();
    var hasUint8ArraySupport = require_lib23();
    var builtin = require_main21();
    var polyfill = require_polyfill5();
    var ctor;
    if (hasUint8ArraySupport()) {
      ctor = builtin;
    } else {
      ctor = polyfill;
    }
    module.exports = ctor;
  }
});

// node_modules/@stdlib/assert-is-uint16array/lib/main.js
var require_main22 = __commonJS({
  "node_modules/@stdlib/assert-is-uint16array/lib/main.js"(exports, module) {
    "use strict";
    init_esm_dirname();
    var nativeClass = require_lib13();
    var hasUint16Array = typeof Uint16Array === "function";
    function isUint16Array(value) {
      return hasUint16Array && value instanceof Uint16Array || // eslint-disable-line stdlib/require-globals
      nativeClass(value) === "[object Uint16Array]";
    }
    module.exports = isUint16Array;
  }
});

// node_modules/@stdlib/assert-is-uint16array/lib/index.js
var require_lib25 = __commonJS({
  "node_modules/@stdlib/assert-is-uint16array/lib/index.js"(exports, module) {
    "use strict";
    init_esm_dirname();
    var isUint16Array = require_main22();
    module.exports = isUint16Array;
  }
});

// node_modules/@stdlib/constants-uint16-max/lib/index.js
var require_lib26 = __commonJS({
  "node_modules/@stdlib/constants-uint16-max/lib/index.js"(exports, module) {
    "use strict";
    init_esm_dirname();
    var UINT16_MAX = 65535 | 0;
    module.exports = UINT16_MAX;
  }
});

// node_modules/@stdlib/assert-has-uint16array-support/lib/uint16array.js
var require_uint16array = __commonJS({
  "node_modules/@stdlib/assert-has-uint16array-support/lib/uint16array.js"(exports, module) {
    "use strict";
    init_esm_dirname();
    var main = typeof Uint16Array === "function" ? Uint16Array : null;
    module.exports = main;
  }
});

// node_modules/@stdlib/assert-has-uint16array-support/lib/main.js
var require_main23 = __commonJS({
  "node_modules/@stdlib/assert-has-uint16array-support/lib/main.js"(exports, module) {
    "use strict";
    init_esm_dirname();
    var isUint16Array = require_lib25();
    var UINT16_MAX = require_lib26();
    var GlobalUint16Array = require_uint16array();
    function hasUint16ArraySupport() {
      var bool;
      var arr;
      if (typeof GlobalUint16Array !== "function") {
        return false;
      }
      try {
        arr = [1, 3.14, -3.14, UINT16_MAX + 1, UINT16_MAX + 2];
        arr = new GlobalUint16Array(arr);
        bool = isUint16Array(arr) && arr[0] === 1 && arr[1] === 3 && // truncation
        arr[2] === UINT16_MAX - 2 && // truncation and wrap around
        arr[3] === 0 && // wrap around
        arr[4] === 1;
      } catch (err) {
        bool = false;
      }
      return bool;
    }
    module.exports = hasUint16ArraySupport;
  }
});

// node_modules/@stdlib/assert-has-uint16array-support/lib/index.js
var require_lib27 = __commonJS({
  "node_modules/@stdlib/assert-has-uint16array-support/lib/index.js"(exports, module) {
    "use strict";
    init_esm_dirname();
    var hasUint16ArraySupport = require_main23();
    module.exports = hasUint16ArraySupport;
  }
});

// node_modules/@stdlib/array-uint16/lib/main.js
var require_main24 = __commonJS({
  "node_modules/@stdlib/array-uint16/lib/main.js"(exports, module) {
    "use strict";
    init_esm_dirname();
    var ctor = typeof Uint16Array === "function" ? Uint16Array : void 0;
    module.exports = ctor;
  }
});

// node_modules/@stdlib/array-uint16/lib/polyfill.js
var require_polyfill6 = __commonJS({
  "node_modules/@stdlib/array-uint16/lib/polyfill.js"(exports, module) {
    "use strict";
    init_esm_dirname();
    function polyfill() {
      throw new Error("not implemented");
    }
    module.exports = polyfill;
  }
});

// node_modules/@stdlib/array-uint16/lib/index.js
var require_lib28 = __commonJS({
  "node_modules/@stdlib/array-uint16/lib/index.js"(exports, module) {
    "use strict";
    init_esm_dirname();
    var hasUint16ArraySupport = require_lib27();
    var builtin = require_main24();
    var polyfill = require_polyfill6();
    var ctor;
    if (hasUint16ArraySupport()) {
      ctor = builtin;
    } else {
      ctor = polyfill;
    }
    module.exports = ctor;
  }
});

// node_modules/@stdlib/assert-is-little-endian/lib/ctors.js
var require_ctors = __commonJS({
  "node_modules/@stdlib/assert-is-little-endian/lib/ctors.js"(exports, module) {
    "use strict";
    init_esm_dirname();
    var Uint8Array2 = require_lib24();
    var Uint16Array2 = require_lib28();
    var ctors = {
      "uint16": Uint16Array2,
      "uint8": Uint8Array2
    };
    module.exports = ctors;
  }
});

// node_modules/@stdlib/assert-is-little-endian/lib/main.js
var require_main25 = __commonJS({
  "node_modules/@stdlib/assert-is-little-endian/lib/main.js"(exports, module) {
    "use strict";
    init_esm_dirname();
    var ctors = require_ctors();
    var bool;
    function isLittleEndian() {
      var uint16view;
      var uint8view;
      uint16view = new ctors["uint16"](1);
      uint16view[0] = 4660;
      uint8view = new ctors["uint8"](uint16view.buffer);
      return uint8view[0] === 52;
    }
    bool = isLittleEndian();
    module.exports = bool;
  }
});

// node_modules/@stdlib/assert-is-little-endian/lib/index.js
var require_lib29 = __commonJS({
  "node_modules/@stdlib/assert-is-little-endian/lib/index.js"(exports, module) {
    "use strict";
    init_esm_dirname();
    var IS_LITTLE_ENDIAN = require_main25();
    module.exports = IS_LITTLE_ENDIAN;
  }
});

// node_modules/@stdlib/number-float64-base-get-high-word/lib/high.js
var require_high = __commonJS({
  "node_modules/@stdlib/number-float64-base-get-high-word/lib/high.js"(exports, module) {
    "use strict";
    init_esm_dirname();
    var isLittleEndian = require_lib29();
    var HIGH;
    if (isLittleEndian === true) {
      HIGH = 1;
    } else {
      HIGH = 0;
    }
    module.exports = HIGH;
  }
});

// node_modules/@stdlib/number-float64-base-get-high-word/lib/main.js
var require_main26 = __commonJS({
  "node_modules/@stdlib/number-float64-base-get-high-word/lib/main.js"(exports, module) {
    "use strict";
    init_esm_dirname();
    var Uint32Array2 = require_lib17();
    var Float64Array2 = require_lib20();
    var HIGH = require_high();
    var FLOAT64_VIEW = new Float64Array2(1);
    var UINT32_VIEW = new Uint32Array2(FLOAT64_VIEW.buffer);
    function getHighWord(x2) {
      FLOAT64_VIEW[0] = x2;
      return UINT32_VIEW[HIGH];
    }
    module.exports = getHighWord;
  }
});

// node_modules/@stdlib/number-float64-base-get-high-word/lib/index.js
var require_lib30 = __commonJS({
  "node_modules/@stdlib/number-float64-base-get-high-word/lib/index.js"(exports, module) {
    "use strict";
    init_esm_dirname();
    var main = require_main26();
    module.exports = main;
  }
});

// node_modules/@stdlib/number-float64-base-set-high-word/lib/high.js
var require_high2 = __commonJS({
  "node_modules/@stdlib/number-float64-base-set-high-word/lib/high.js"(exports, module) {
    "use strict";
    init_esm_dirname();
    var isLittleEndian = require_lib29();
    var HIGH;
    if (isLittleEndian === true) {
      HIGH = 1;
    } else {
      HIGH = 0;
    }
    module.exports = HIGH;
  }
});

// node_modules/@stdlib/number-float64-base-set-high-word/lib/main.js
var require_main27 = __commonJS({
  "node_modules/@stdlib/number-float64-base-set-high-word/lib/main.js"(exports, module) {
    "use strict";
    init_esm_dirname();
    var Uint32Array2 = require_lib17();
    var Float64Array2 = require_lib20();
    var HIGH = require_high2();
    var FLOAT64_VIEW = new Float64Array2(1);
    var UINT32_VIEW = new Uint32Array2(FLOAT64_VIEW.buffer);
    function setHighWord(x2, high) {
      FLOAT64_VIEW[0] = x2;
      UINT32_VIEW[HIGH] = high >>> 0;
      return FLOAT64_VIEW[0];
    }
    module.exports = setHighWord;
  }
});

// node_modules/@stdlib/number-float64-base-set-high-word/lib/index.js
var require_lib31 = __commonJS({
  "node_modules/@stdlib/number-float64-base-set-high-word/lib/index.js"(exports, module) {
    "use strict";
    init_esm_dirname();
    var main = require_main27();
    module.exports = main;
  }
});

// node_modules/@stdlib/number-float64-base-from-words/lib/indices.js
var require_indices = __commonJS({
  "node_modules/@stdlib/number-float64-base-from-words/lib/indices.js"(exports, module) {
    "use strict";
    init_esm_dirname();
    var isLittleEndian = require_lib29();
    var indices;
    var HIGH;
    var LOW;
    if (isLittleEndian === true) {
      HIGH = 1;
      LOW = 0;
    } else {
      HIGH = 0;
      LOW = 1;
    }
    indices = {
      "HIGH": HIGH,
      "LOW": LOW
    };
    module.exports = indices;
  }
});

// node_modules/@stdlib/number-float64-base-from-words/lib/main.js
var require_main28 = __commonJS({
  "node_modules/@stdlib/number-float64-base-from-words/lib/main.js"(exports, module) {
    "use strict";
    init_esm_dirname();
    var Uint32Array2 = require_lib17();
    var Float64Array2 = require_lib20();
    var indices = require_indices();
    var FLOAT64_VIEW = new Float64Array2(1);
    var UINT32_VIEW = new Uint32Array2(FLOAT64_VIEW.buffer);
    var HIGH = indices.HIGH;
    var LOW = indices.LOW;
    function fromWords(high, low) {
      UINT32_VIEW[HIGH] = high;
      UINT32_VIEW[LOW] = low;
      return FLOAT64_VIEW[0];
    }
    module.exports = fromWords;
  }
});

// node_modules/@stdlib/number-float64-base-from-words/lib/index.js
var require_lib32 = __commonJS({
  "node_modules/@stdlib/number-float64-base-from-words/lib/index.js"(exports, module) {
    "use strict";
    init_esm_dirname();
    var main = require_main28();
    module.exports = main;
  }
});

// node_modules/@stdlib/constants-float64-pinf/lib/index.js
var require_lib33 = __commonJS({
  "node_modules/@stdlib/constants-float64-pinf/lib/index.js"(exports, module) {
    "use strict";
    init_esm_dirname();
    var FLOAT64_PINF = Number.POSITIVE_INFINITY;
    module.exports = FLOAT64_PINF;
  }
});

// node_modules/@stdlib/number-ctor/lib/main.js
var require_main29 = __commonJS({
  "node_modules/@stdlib/number-ctor/lib/main.js"(exports, module) {
    "use strict";
    init_esm_dirname();
    module.exports = Number;
  }
});

// node_modules/@stdlib/number-ctor/lib/index.js
var require_lib34 = __commonJS({
  "node_modules/@stdlib/number-ctor/lib/index.js"(exports, module) {
    "use strict";
    init_esm_dirname();
    var main = require_main29();
    module.exports = main;
  }
});

// node_modules/@stdlib/constants-float64-ninf/lib/index.js
var require_lib35 = __commonJS({
  "node_modules/@stdlib/constants-float64-ninf/lib/index.js"(exports, module) {
    "use strict";
    init_esm_dirname();
    var Number2 = require_lib34();
    var FLOAT64_NINF = Number2.NEGATIVE_INFINITY;
    module.exports = FLOAT64_NINF;
  }
});

// node_modules/@stdlib/constants-float64-exponent-bias/lib/index.js
var require_lib36 = __commonJS({
  "node_modules/@stdlib/constants-float64-exponent-bias/lib/index.js"(exports, module) {
    "use strict";
    init_esm_dirname();
    var FLOAT64_EXPONENT_BIAS = 1023 | 0;
    module.exports = FLOAT64_EXPONENT_BIAS;
  }
});

// node_modules/@stdlib/constants-float64-half-ln-two/lib/index.js
var require_lib37 = __commonJS({
  "node_modules/@stdlib/constants-float64-half-ln-two/lib/index.js"(exports, module) {
    "use strict";
    init_esm_dirname();
    var HALF_LN2 = 0.34657359027997264;
    module.exports = HALF_LN2;
  }
});

// node_modules/@stdlib/math-base-special-expm1/lib/polyval_q.js
var require_polyval_q = __commonJS({
  "node_modules/@stdlib/math-base-special-expm1/lib/polyval_q.js"(exports, module) {
    "use strict";
    init_esm_dirname();
    function evalpoly(x2) {
      if (x2 === 0) {
        return -0.03333333333333313;
      }
      return -0.03333333333333313 + x2 * (0.0015873015872548146 + x2 * (-793650757867488e-19 + x2 * (4008217827329362e-21 + x2 * -20109921818362437e-23)));
    }
    module.exports = evalpoly;
  }
});

// node_modules/@stdlib/math-base-special-expm1/lib/main.js
var require_main30 = __commonJS({
  "node_modules/@stdlib/math-base-special-expm1/lib/main.js"(exports, module) {
    "use strict";
    init_esm_dirname();
    var isnan = require_lib8();
    var getHighWord = require_lib30();
    var setHighWord = require_lib31();
    var fromWords = require_lib32();
    var PINF = require_lib33();
    var NINF = require_lib35();
    var FLOAT64_EXPONENT_BIAS = require_lib36();
    var HALF_LN2 = require_lib37();
    var polyval = require_polyval_q();
    var OVERFLOW_THRESHOLD = 709.782712893384;
    var LN2_HI = 0.6931471803691238;
    var LN2_LO = 19082149292705877e-26;
    var LN2_INV = 1.4426950408889634;
    var LN2x56 = 38.816242111356935;
    var LN2_HALFX3 = 1.0397207708399179;
    function expm1(x2) {
      var halfX;
      var twopk;
      var sign;
      var hi;
      var lo;
      var hx;
      var r1;
      var y2;
      var z2;
      var c;
      var t;
      var e;
      var k;
      if (x2 === PINF || isnan(x2)) {
        return x2;
      }
      if (x2 === NINF) {
        return -1;
      }
      if (x2 === 0) {
        return x2;
      }
      if (x2 < 0) {
        sign = true;
        y2 = -x2;
      } else {
        sign = false;
        y2 = x2;
      }
      if (y2 >= LN2x56) {
        if (sign) {
          return -1;
        }
        if (y2 >= OVERFLOW_THRESHOLD) {
          return PINF;
        }
      }
      hx = getHighWord(y2) | 0;
      if (y2 > HALF_LN2) {
        if (y2 < LN2_HALFX3) {
          if (sign) {
            hi = x2 + LN2_HI;
            lo = -LN2_LO;
            k = -1;
          } else {
            hi = x2 - LN2_HI;
            lo = LN2_LO;
            k = 1;
          }
        } else {
          if (sign) {
            k = LN2_INV * x2 - 0.5;
          } else {
            k = LN2_INV * x2 + 0.5;
          }
          k |= 0;
          t = k;
          hi = x2 - t * LN2_HI;
          lo = t * LN2_LO;
        }
        x2 = hi - lo;
        c = hi - x2 - lo;
      } else if (hx < 1016070144) {
        return x2;
      } else {
        k = 0;
      }
      halfX = 0.5 * x2;
      z2 = x2 * halfX;
      r1 = 1 + z2 * polyval(z2);
      t = 3 - r1 * halfX;
      e = z2 * ((r1 - t) / (6 - x2 * t));
      if (k === 0) {
        return x2 - (x2 * e - z2);
      }
      twopk = fromWords(FLOAT64_EXPONENT_BIAS + k << 20, 0);
      e = x2 * (e - c) - c;
      e -= z2;
      if (k === -1) {
        return 0.5 * (x2 - e) - 0.5;
      }
      if (k === 1) {
        if (x2 < -0.25) {
          return -2 * (e - (x2 + 0.5));
        }
        return 1 + 2 * (x2 - e);
      }
      if (k <= -2 || k > 56) {
        y2 = 1 - (e - x2);
        if (k === 1024) {
          hi = getHighWord(y2) + (k << 20) | 0;
          y2 = setHighWord(y2, hi);
        } else {
          y2 *= twopk;
        }
        return y2 - 1;
      }
      t = 1;
      if (k < 20) {
        hi = 1072693248 - (2097152 >> k) | 0;
        t = setHighWord(t, hi);
        y2 = t - (e - x2);
      } else {
        hi = FLOAT64_EXPONENT_BIAS - k << 20 | 0;
        t = setHighWord(t, hi);
        y2 = x2 - (e + t);
        y2 += 1;
      }
      y2 *= twopk;
      return y2;
    }
    module.exports = expm1;
  }
});

// node_modules/@stdlib/math-base-special-expm1/lib/index.js
var require_lib38 = __commonJS({
  "node_modules/@stdlib/math-base-special-expm1/lib/index.js"(exports, module) {
    "use strict";
    init_esm_dirname();
    var expm1 = require_main30();
    module.exports = expm1;
  }
});

// node_modules/@stdlib/math-base-special-log1p/lib/polyval_lp.js
var require_polyval_lp = __commonJS({
  "node_modules/@stdlib/math-base-special-log1p/lib/polyval_lp.js"(exports, module) {
    "use strict";
    init_esm_dirname();
    function evalpoly(x2) {
      if (x2 === 0) {
        return 0.6666666666666735;
      }
      return 0.6666666666666735 + x2 * (0.3999999999940942 + x2 * (0.2857142874366239 + x2 * (0.22222198432149784 + x2 * (0.1818357216161805 + x2 * (0.15313837699209373 + x2 * 0.14798198605116586)))));
    }
    module.exports = evalpoly;
  }
});

// node_modules/@stdlib/math-base-special-log1p/lib/main.js
var require_main31 = __commonJS({
  "node_modules/@stdlib/math-base-special-log1p/lib/main.js"(exports, module) {
    "use strict";
    init_esm_dirname();
    var isnan = require_lib8();
    var getHighWord = require_lib30();
    var setHighWord = require_lib31();
    var PINF = require_lib33();
    var NINF = require_lib35();
    var FLOAT64_EXPONENT_BIAS = require_lib36();
    var polyval = require_polyval_lp();
    var LN2_HI = 0.6931471803691238;
    var LN2_LO = 19082149292705877e-26;
    var SQRT2M1 = 0.41421356237309503;
    var SQRT2HALFM1 = -0.2928932188134525;
    var SMALL = 1862645149230957e-24;
    var TINY = 5551115123125783e-32;
    var TWO53 = 9007199254740992;
    var TWO_THIRDS = 0.6666666666666666;
    function log1p(x2) {
      var hfsq;
      var hu;
      var y2;
      var f;
      var c;
      var s;
      var z2;
      var R;
      var u;
      var k;
      if (x2 < -1 || isnan(x2)) {
        return NaN;
      }
      if (x2 === -1) {
        return NINF;
      }
      if (x2 === PINF) {
        return x2;
      }
      if (x2 === 0) {
        return x2;
      }
      if (x2 < 0) {
        y2 = -x2;
      } else {
        y2 = x2;
      }
      k = 1;
      if (y2 < SQRT2M1) {
        if (y2 < SMALL) {
          if (y2 < TINY) {
            return x2;
          }
          return x2 - x2 * x2 * 0.5;
        }
        if (x2 > SQRT2HALFM1) {
          k = 0;
          f = x2;
          hu = 1;
        }
      }
      if (k !== 0) {
        if (y2 < TWO53) {
          u = 1 + x2;
          hu = getHighWord(u);
          k = (hu >> 20) - FLOAT64_EXPONENT_BIAS;
          if (k > 0) {
            c = 1 - (u - x2);
          } else {
            c = x2 - (u - 1);
          }
          c /= u;
        } else {
          u = x2;
          hu = getHighWord(u);
          k = (hu >> 20) - FLOAT64_EXPONENT_BIAS;
          c = 0;
        }
        hu &= 1048575;
        if (hu < 434334) {
          u = setHighWord(u, hu | 1072693248);
        } else {
          k += 1;
          u = setHighWord(u, hu | 1071644672);
          hu = 1048576 - hu >> 2;
        }
        f = u - 1;
      }
      hfsq = 0.5 * f * f;
      if (hu === 0) {
        if (f === 0) {
          c += k * LN2_LO;
          return k * LN2_HI + c;
        }
        R = hfsq * (1 - TWO_THIRDS * f);
        return k * LN2_HI - (R - (k * LN2_LO + c) - f);
      }
      s = f / (2 + f);
      z2 = s * s;
      R = z2 * polyval(z2);
      if (k === 0) {
        return f - (hfsq - s * (hfsq + R));
      }
      return k * LN2_HI - (hfsq - (s * (hfsq + R) + (k * LN2_LO + c)) - f);
    }
    module.exports = log1p;
  }
});

// node_modules/@stdlib/math-base-special-log1p/lib/index.js
var require_lib39 = __commonJS({
  "node_modules/@stdlib/math-base-special-log1p/lib/index.js"(exports, module) {
    "use strict";
    init_esm_dirname();
    var log1p = require_main31();
    module.exports = log1p;
  }
});

// node_modules/@stdlib/math-base-special-sqrt/lib/main.js
var require_main32 = __commonJS({
  "node_modules/@stdlib/math-base-special-sqrt/lib/main.js"(exports, module) {
    "use strict";
    init_esm_dirname();
    var sqrt = Math.sqrt;
    module.exports = sqrt;
  }
});

// node_modules/@stdlib/math-base-special-sqrt/lib/index.js
var require_lib40 = __commonJS({
  "node_modules/@stdlib/math-base-special-sqrt/lib/index.js"(exports, module) {
    "use strict";
    init_esm_dirname();
    var main = require_main32();
    module.exports = main;
  }
});

// node_modules/@stdlib/constants-float64-fourth-pi/lib/index.js
var require_lib41 = __commonJS({
  "node_modules/@stdlib/constants-float64-fourth-pi/lib/index.js"(exports, module) {
    "use strict";
    init_esm_dirname();
    var FOURTH_PI = 0.7853981633974483;
    module.exports = FOURTH_PI;
  }
});

// node_modules/@stdlib/math-base-special-asin/lib/rational_pq.js
var require_rational_pq = __commonJS({
  "node_modules/@stdlib/math-base-special-asin/lib/rational_pq.js"(exports, module) {
    "use strict";
    init_esm_dirname();
    function evalrational(x2) {
      var ax;
      var s1;
      var s2;
      if (x2 === 0) {
        return 0.16666666666666713;
      }
      if (x2 < 0) {
        ax = -x2;
      } else {
        ax = x2;
      }
      if (ax <= 1) {
        s1 = -8.198089802484825 + x2 * (19.562619833175948 + x2 * (-16.262479672107002 + x2 * (5.444622390564711 + x2 * (-0.6019598008014124 + x2 * 0.004253011369004428))));
        s2 = -49.18853881490881 + x2 * (139.51056146574857 + x2 * (-147.1791292232726 + x2 * (70.49610280856842 + x2 * (-14.740913729888538 + x2 * 1))));
      } else {
        x2 = 1 / x2;
        s1 = 0.004253011369004428 + x2 * (-0.6019598008014124 + x2 * (5.444622390564711 + x2 * (-16.262479672107002 + x2 * (19.562619833175948 + x2 * -8.198089802484825))));
        s2 = 1 + x2 * (-14.740913729888538 + x2 * (70.49610280856842 + x2 * (-147.1791292232726 + x2 * (139.51056146574857 + x2 * -49.18853881490881))));
      }
      return s1 / s2;
    }
    module.exports = evalrational;
  }
});

// node_modules/@stdlib/math-base-special-asin/lib/rational_rs.js
var require_rational_rs = __commonJS({
  "node_modules/@stdlib/math-base-special-asin/lib/rational_rs.js"(exports, module) {
    "use strict";
    init_esm_dirname();
    function evalrational(x2) {
      var ax;
      var s1;
      var s2;
      if (x2 === 0) {
        return 0.08333333333333809;
      }
      if (x2 < 0) {
        ax = -x2;
      } else {
        ax = x2;
      }
      if (ax <= 1) {
        s1 = 28.536655482610616 + x2 * (-25.56901049652825 + x2 * (6.968710824104713 + x2 * (-0.5634242780008963 + x2 * 0.002967721961301243)));
        s2 = 342.43986579130785 + x2 * (-383.8770957603691 + x2 * (147.0656354026815 + x2 * (-21.947795316429207 + x2 * 1)));
      } else {
        x2 = 1 / x2;
        s1 = 0.002967721961301243 + x2 * (-0.5634242780008963 + x2 * (6.968710824104713 + x2 * (-25.56901049652825 + x2 * 28.536655482610616)));
        s2 = 1 + x2 * (-21.947795316429207 + x2 * (147.0656354026815 + x2 * (-383.8770957603691 + x2 * 342.43986579130785)));
      }
      return s1 / s2;
    }
    module.exports = evalrational;
  }
});

// node_modules/@stdlib/math-base-special-asin/lib/main.js
var require_main33 = __commonJS({
  "node_modules/@stdlib/math-base-special-asin/lib/main.js"(exports, module) {
    "use strict";
    init_esm_dirname();
    var isnan = require_lib8();
    var sqrt = require_lib40();
    var PIO4 = require_lib41();
    var ratevalPQ = require_rational_pq();
    var ratevalRS = require_rational_rs();
    var MOREBITS = 6123233995736766e-32;
    function asin(x2) {
      var sgn;
      var zz;
      var a;
      var p;
      var z2;
      if (isnan(x2)) {
        return NaN;
      }
      if (x2 > 0) {
        a = x2;
      } else {
        sgn = true;
        a = -x2;
      }
      if (a > 1) {
        return NaN;
      }
      if (a > 0.625) {
        zz = 1 - a;
        p = zz * ratevalRS(zz);
        zz = sqrt(zz + zz);
        z2 = PIO4 - zz;
        zz = zz * p - MOREBITS;
        z2 -= zz;
        z2 += PIO4;
      } else {
        if (a < 1e-8) {
          return x2;
        }
        zz = a * a;
        z2 = zz * ratevalPQ(zz);
        z2 = a * z2 + a;
      }
      return sgn ? -z2 : z2;
    }
    module.exports = asin;
  }
});

// node_modules/@stdlib/math-base-special-asin/lib/index.js
var require_lib42 = __commonJS({
  "node_modules/@stdlib/math-base-special-asin/lib/index.js"(exports, module) {
    "use strict";
    init_esm_dirname();
    var main = require_main33();
    module.exports = main;
  }
});

// node_modules/@stdlib/math-base-special-abs/lib/main.js
var require_main34 = __commonJS({
  "node_modules/@stdlib/math-base-special-abs/lib/main.js"(exports, module) {
    "use strict";
    init_esm_dirname();
    function abs(x2) {
      return Math.abs(x2);
    }
    module.exports = abs;
  }
});

// node_modules/@stdlib/math-base-special-abs/lib/index.js
var require_lib43 = __commonJS({
  "node_modules/@stdlib/math-base-special-abs/lib/index.js"(exports, module) {
    "use strict";
    init_esm_dirname();
    var main = require_main34();
    module.exports = main;
  }
});

// node_modules/@stdlib/math-base-special-ceil/lib/main.js
var require_main35 = __commonJS({
  "node_modules/@stdlib/math-base-special-ceil/lib/main.js"(exports, module) {
    "use strict";
    init_esm_dirname();
    var ceil = Math.ceil;
    module.exports = ceil;
  }
});

// node_modules/@stdlib/math-base-special-ceil/lib/index.js
var require_lib44 = __commonJS({
  "node_modules/@stdlib/math-base-special-ceil/lib/index.js"(exports, module) {
    "use strict";
    init_esm_dirname();
    var main = require_main35();
    module.exports = main;
  }
});

// node_modules/@stdlib/math-base-special-trunc/lib/main.js
var require_main36 = __commonJS({
  "node_modules/@stdlib/math-base-special-trunc/lib/main.js"(exports, module) {
    "use strict";
    init_esm_dirname();
    var floor = require_lib6();
    var ceil = require_lib44();
    function trunc(x2) {
      if (x2 < 0) {
        return ceil(x2);
      }
      return floor(x2);
    }
    module.exports = trunc;
  }
});

// node_modules/@stdlib/math-base-special-trunc/lib/index.js
var require_lib45 = __commonJS({
  "node_modules/@stdlib/math-base-special-trunc/lib/index.js"(exports, module) {
    "use strict";
    init_esm_dirname();
    var main = require_main36();
    module.exports = main;
  }
});

// node_modules/@stdlib/constants-float64-max-base2-exponent/lib/index.js
var require_lib46 = __commonJS({
  "node_modules/@stdlib/constants-float64-max-base2-exponent/lib/index.js"(exports, module) {
    "use strict";
    init_esm_dirname();
    var FLOAT64_MAX_BASE2_EXPONENT = 1023 | 0;
    module.exports = FLOAT64_MAX_BASE2_EXPONENT;
  }
});

// node_modules/@stdlib/constants-float64-max-base2-exponent-subnormal/lib/index.js
var require_lib47 = __commonJS({
  "node_modules/@stdlib/constants-float64-max-base2-exponent-subnormal/lib/index.js"(exports, module) {
    "use strict";
    init_esm_dirname();
    var FLOAT64_MAX_BASE2_EXPONENT_SUBNORMAL = -1023 | 0;
    module.exports = FLOAT64_MAX_BASE2_EXPONENT_SUBNORMAL;
  }
});

// node_modules/@stdlib/constants-float64-min-base2-exponent-subnormal/lib/index.js
var require_lib48 = __commonJS({
  "node_modules/@stdlib/constants-float64-min-base2-exponent-subnormal/lib/index.js"(exports, module) {
    "use strict";
    init_esm_dirname();
    var FLOAT64_MIN_BASE2_EXPONENT_SUBNORMAL = -1074 | 0;
    module.exports = FLOAT64_MIN_BASE2_EXPONENT_SUBNORMAL;
  }
});

// node_modules/@stdlib/math-base-assert-is-infinite/lib/main.js
var require_main37 = __commonJS({
  "node_modules/@stdlib/math-base-assert-is-infinite/lib/main.js"(exports, module) {
    "use strict";
    init_esm_dirname();
    var PINF = require_lib33();
    var NINF = require_lib35();
    function isInfinite(x2) {
      return x2 === PINF || x2 === NINF;
    }
    module.exports = isInfinite;
  }
});

// node_modules/@stdlib/math-base-assert-is-infinite/lib/index.js
var require_lib49 = __commonJS({
  "node_modules/@stdlib/math-base-assert-is-infinite/lib/index.js"(exports, module) {
    "use strict";
    init_esm_dirname();
    var main = require_main37();
    module.exports = main;
  }
});

// node_modules/@stdlib/constants-float64-high-word-sign-mask/lib/index.js
var require_lib50 = __commonJS({
  "node_modules/@stdlib/constants-float64-high-word-sign-mask/lib/index.js"(exports, module) {
    "use strict";
    init_esm_dirname();
    var FLOAT64_HIGH_WORD_SIGN_MASK = 2147483648 >>> 0;
    module.exports = FLOAT64_HIGH_WORD_SIGN_MASK;
  }
});

// node_modules/@stdlib/constants-float64-high-word-abs-mask/lib/index.js
var require_lib51 = __commonJS({
  "node_modules/@stdlib/constants-float64-high-word-abs-mask/lib/index.js"(exports, module) {
    "use strict";
    init_esm_dirname();
    var FLOAT64_HIGH_WORD_ABS_MASK = 2147483647 >>> 0;
    module.exports = FLOAT64_HIGH_WORD_ABS_MASK;
  }
});

// node_modules/@stdlib/number-float64-base-to-words/lib/indices.js
var require_indices2 = __commonJS({
  "node_modules/@stdlib/number-float64-base-to-words/lib/indices.js"(exports, module) {
    "use strict";
    init_esm_dirname();
    var isLittleEndian = require_lib29();
    var indices;
    var HIGH;
    var LOW;
    if (isLittleEndian === true) {
      HIGH = 1;
      LOW = 0;
    } else {
      HIGH = 0;
      LOW = 1;
    }
    indices = {
      "HIGH": HIGH,
      "LOW": LOW
    };
    module.exports = indices;
  }
});

// node_modules/@stdlib/number-float64-base-to-words/lib/assign.js
var require_assign = __commonJS({
  "node_modules/@stdlib/number-float64-base-to-words/lib/assign.js"(exports, module) {
    "use strict";
    init_esm_dirname();
    var Uint32Array2 = require_lib17();
    var Float64Array2 = require_lib20();
    var indices = require_indices2();
    var FLOAT64_VIEW = new Float64Array2(1);
    var UINT32_VIEW = new Uint32Array2(FLOAT64_VIEW.buffer);
    var HIGH = indices.HIGH;
    var LOW = indices.LOW;
    function toWords(x2, out, stride, offset) {
      FLOAT64_VIEW[0] = x2;
      out[offset] = UINT32_VIEW[HIGH];
      out[offset + stride] = UINT32_VIEW[LOW];
      return out;
    }
    module.exports = toWords;
  }
});

// node_modules/@stdlib/number-float64-base-to-words/lib/main.js
var require_main38 = __commonJS({
  "node_modules/@stdlib/number-float64-base-to-words/lib/main.js"(exports, module) {
    "use strict";
    init_esm_dirname();
    var fcn = require_assign();
    function toWords(x2) {
      return fcn(x2, [0 >>> 0, 0 >>> 0], 1, 0);
    }
    module.exports = toWords;
  }
});

// node_modules/@stdlib/number-float64-base-to-words/lib/index.js
var require_lib52 = __commonJS({
  "node_modules/@stdlib/number-float64-base-to-words/lib/index.js"(exports, module) {
    "use strict";
    init_esm_dirname();
    var setReadOnly = require_lib5();
    var main = require_main38();
    var assign = require_assign();
    setReadOnly(main, "assign", assign);
    module.exports = main;
  }
});

// node_modules/@stdlib/math-base-special-copysign/lib/main.js
var require_main39 = __commonJS({
  "node_modules/@stdlib/math-base-special-copysign/lib/main.js"(exports, module) {
    "use strict";
    init_esm_dirname();
    var SIGN_MASK = require_lib50();
    var ABS_MASK = require_lib51();
    var toWords = require_lib52();
    var getHighWord = require_lib30();
    var fromWords = require_lib32();
    var WORDS = [0, 0];
    function copysign(x2, y2) {
      var hx;
      var hy;
      toWords.assign(x2, WORDS, 1, 0);
      hx = WORDS[0];
      hx &= ABS_MASK;
      hy = getHighWord(y2);
      hy &= SIGN_MASK;
      hx |= hy;
      return fromWords(hx, WORDS[1]);
    }
    module.exports = copysign;
  }
});

// node_modules/@stdlib/math-base-special-copysign/lib/index.js
var require_lib53 = __commonJS({
  "node_modules/@stdlib/math-base-special-copysign/lib/index.js"(exports, module) {
    "use strict";
    init_esm_dirname();
    var main = require_main39();
    module.exports = main;
  }
});

// node_modules/@stdlib/constants-float64-smallest-normal/lib/index.js
var require_lib54 = __commonJS({
  "node_modules/@stdlib/constants-float64-smallest-normal/lib/index.js"(exports, module) {
    "use strict";
    init_esm_dirname();
    var FLOAT64_SMALLEST_NORMAL = 22250738585072014e-324;
    module.exports = FLOAT64_SMALLEST_NORMAL;
  }
});

// node_modules/@stdlib/number-float64-base-normalize/lib/assign.js
var require_assign2 = __commonJS({
  "node_modules/@stdlib/number-float64-base-normalize/lib/assign.js"(exports, module) {
    "use strict";
    init_esm_dirname();
    var FLOAT64_SMALLEST_NORMAL = require_lib54();
    var isInfinite = require_lib49();
    var isnan = require_lib8();
    var abs = require_lib43();
    var SCALAR = 4503599627370496;
    function normalize(x2, out, stride, offset) {
      if (isnan(x2) || isInfinite(x2)) {
        out[offset] = x2;
        out[offset + stride] = 0;
        return out;
      }
      if (x2 !== 0 && abs(x2) < FLOAT64_SMALLEST_NORMAL) {
        out[offset] = x2 * SCALAR;
        out[offset + stride] = -52;
        return out;
      }
      out[offset] = x2;
      out[offset + stride] = 0;
      return out;
    }
    module.exports = normalize;
  }
});

// node_modules/@stdlib/number-float64-base-normalize/lib/main.js
var require_main40 = __commonJS({
  "node_modules/@stdlib/number-float64-base-normalize/lib/main.js"(exports, module) {
    "use strict";
    init_esm_dirname();
    var fcn = require_assign2();
    function normalize(x2) {
      return fcn(x2, [0, 0], 1, 0);
    }
    module.exports = normalize;
  }
});

// node_modules/@stdlib/number-float64-base-normalize/lib/index.js
var require_lib55 = __commonJS({
  "node_modules/@stdlib/number-float64-base-normalize/lib/index.js"(exports, module) {
    "use strict";
    init_esm_dirname();
    var setReadOnly = require_lib5();
    var main = require_main40();
    var assign = require_assign2();
    setReadOnly(main, "assign", assign);
    module.exports = main;
  }
});

// node_modules/@stdlib/constants-float64-high-word-exponent-mask/lib/index.js
var require_lib56 = __commonJS({
  "node_modules/@stdlib/constants-float64-high-word-exponent-mask/lib/index.js"(exports, module) {
    "use strict";
    init_esm_dirname();
    var FLOAT64_HIGH_WORD_EXPONENT_MASK = 2146435072;
    module.exports = FLOAT64_HIGH_WORD_EXPONENT_MASK;
  }
});

// node_modules/@stdlib/number-float64-base-exponent/lib/main.js
var require_main41 = __commonJS({
  "node_modules/@stdlib/number-float64-base-exponent/lib/main.js"(exports, module) {
    "use strict";
    init_esm_dirname();
    var getHighWord = require_lib30();
    var EXP_MASK = require_lib56();
    var BIAS = require_lib36();
    function exponent(x2) {
      var high = getHighWord(x2);
      high = (high & EXP_MASK) >>> 20;
      return high - BIAS | 0;
    }
    module.exports = exponent;
  }
});

// node_modules/@stdlib/number-float64-base-exponent/lib/index.js
var require_lib57 = __commonJS({
  "node_modules/@stdlib/number-float64-base-exponent/lib/index.js"(exports, module) {
    "use strict";
    init_esm_dirname();
    var main = require_main41();
    module.exports = main;
  }
});

// node_modules/@stdlib/math-base-special-ldexp/lib/main.js
var require_main42 = __commonJS({
  "node_modules/@stdlib/math-base-special-ldexp/lib/main.js"(exports, module) {
    "use strict";
    init_esm_dirname();
    var PINF = require_lib33();
    var NINF = require_lib35();
    var BIAS = require_lib36();
    var MAX_EXPONENT = require_lib46();
    var MAX_SUBNORMAL_EXPONENT = require_lib47();
    var MIN_SUBNORMAL_EXPONENT = require_lib48();
    var isnan = require_lib8();
    var isInfinite = require_lib49();
    var copysign = require_lib53();
    var normalize = require_lib55().assign;
    var floatExp = require_lib57();
    var toWords = require_lib52();
    var fromWords = require_lib32();
    var TWO52_INV = 2220446049250313e-31;
    var CLEAR_EXP_MASK = 2148532223 >>> 0;
    var FRAC = [0, 0];
    var WORDS = [0, 0];
    function ldexp(frac, exp) {
      var high;
      var m;
      if (exp === 0 || frac === 0 || // handles +-0
      isnan(frac) || isInfinite(frac)) {
        return frac;
      }
      normalize(frac, FRAC, 1, 0);
      frac = FRAC[0];
      exp += FRAC[1];
      exp += floatExp(frac);
      if (exp < MIN_SUBNORMAL_EXPONENT) {
        return copysign(0, frac);
      }
      if (exp > MAX_EXPONENT) {
        if (frac < 0) {
          return NINF;
        }
        return PINF;
      }
      if (exp <= MAX_SUBNORMAL_EXPONENT) {
        exp += 52;
        m = TWO52_INV;
      } else {
        m = 1;
      }
      toWords.assign(frac, WORDS, 1, 0);
      high = WORDS[0];
      high &= CLEAR_EXP_MASK;
      high |= exp + BIAS << 20;
      return m * fromWords(high, WORDS[1]);
    }
    module.exports = ldexp;
  }
});

// node_modules/@stdlib/math-base-special-ldexp/lib/index.js
var require_lib58 = __commonJS({
  "node_modules/@stdlib/math-base-special-ldexp/lib/index.js"(exports, module) {
    "use strict";
    init_esm_dirname();
    var main = require_main42();
    module.exports = main;
  }
});

// node_modules/@stdlib/math-base-special-exp/lib/polyval_p.js
var require_polyval_p = __commonJS({
  "node_modules/@stdlib/math-base-special-exp/lib/polyval_p.js"(exports, module) {
    "use strict";
    init_esm_dirname();
    function evalpoly(x2) {
      if (x2 === 0) {
        return 0.16666666666666602;
      }
      return 0.16666666666666602 + x2 * (-0.0027777777777015593 + x2 * (6613756321437934e-20 + x2 * (-16533902205465252e-22 + x2 * 41381367970572385e-24)));
    }
    module.exports = evalpoly;
  }
});

// node_modules/@stdlib/math-base-special-exp/lib/expmulti.js
var require_expmulti = __commonJS({
  "node_modules/@stdlib/math-base-special-exp/lib/expmulti.js"(exports, module) {
    "use strict";
    init_esm_dirname();
    var ldexp = require_lib58();
    var polyvalP = require_polyval_p();
    function expmulti(hi, lo, k) {
      var r;
      var t;
      var c;
      var y2;
      r = hi - lo;
      t = r * r;
      c = r - t * polyvalP(t);
      y2 = 1 - (lo - r * c / (2 - c) - hi);
      return ldexp(y2, k);
    }
    module.exports = expmulti;
  }
});

// node_modules/@stdlib/math-base-special-exp/lib/main.js
var require_main43 = __commonJS({
  "node_modules/@stdlib/math-base-special-exp/lib/main.js"(exports, module) {
    "use strict";
    init_esm_dirname();
    var isnan = require_lib8();
    var trunc = require_lib45();
    var NINF = require_lib35();
    var PINF = require_lib33();
    var expmulti = require_expmulti();
    var LN2_HI = 0.6931471803691238;
    var LN2_LO = 19082149292705877e-26;
    var LOG2_E = 1.4426950408889634;
    var OVERFLOW = 709.782712893384;
    var UNDERFLOW = -745.1332191019411;
    var NEARZERO = 1 / (1 << 28);
    var NEG_NEARZERO = -NEARZERO;
    function exp(x2) {
      var hi;
      var lo;
      var k;
      if (isnan(x2) || x2 === PINF) {
        return x2;
      }
      if (x2 === NINF) {
        return 0;
      }
      if (x2 > OVERFLOW) {
        return PINF;
      }
      if (x2 < UNDERFLOW) {
        return 0;
      }
      if (x2 > NEG_NEARZERO && x2 < NEARZERO) {
        return 1 + x2;
      }
      if (x2 < 0) {
        k = trunc(LOG2_E * x2 - 0.5);
      } else {
        k = trunc(LOG2_E * x2 + 0.5);
      }
      hi = x2 - k * LN2_HI;
      lo = k * LN2_LO;
      return expmulti(hi, lo, k);
    }
    module.exports = exp;
  }
});

// node_modules/@stdlib/math-base-special-exp/lib/index.js
var require_lib59 = __commonJS({
  "node_modules/@stdlib/math-base-special-exp/lib/index.js"(exports, module) {
    "use strict";
    init_esm_dirname();
    var main = require_main43();
    module.exports = main;
  }
});

// node_modules/@stdlib/math-base-assert-is-integer/lib/main.js
var require_main44 = __commonJS({
  "node_modules/@stdlib/math-base-assert-is-integer/lib/main.js"(exports, module) {
    "use strict";
    init_esm_dirname();
    var floor = require_lib6();
    function isInteger(x2) {
      return floor(x2) === x2;
    }
    module.exports = isInteger;
  }
});

// node_modules/@stdlib/math-base-assert-is-integer/lib/index.js
var require_lib60 = __commonJS({
  "node_modules/@stdlib/math-base-assert-is-integer/lib/index.js"(exports, module) {
    "use strict";
    init_esm_dirname();
    var main = require_main44();
    module.exports = main;
  }
});

// node_modules/@stdlib/math-base-assert-is-even/lib/main.js
var require_main45 = __commonJS({
  "node_modules/@stdlib/math-base-assert-is-even/lib/main.js"(exports, module) {
    "use strict";
    init_esm_dirname();
    var isInteger = require_lib60();
    function isEven(x2) {
      return isInteger(x2 / 2);
    }
    module.exports = isEven;
  }
});

// node_modules/@stdlib/math-base-assert-is-even/lib/index.js
var require_lib61 = __commonJS({
  "node_modules/@stdlib/math-base-assert-is-even/lib/index.js"(exports, module) {
    "use strict";
    init_esm_dirname();
    var main = require_main45();
    module.exports = main;
  }
});

// node_modules/@stdlib/math-base-assert-is-odd/lib/main.js
var require_main46 = __commonJS({
  "node_modules/@stdlib/math-base-assert-is-odd/lib/main.js"(exports, module) {
    "use strict";
    init_esm_dirname();
    var isEven = require_lib61();
    function isOdd(x2) {
      if (x2 > 0) {
        return isEven(x2 - 1);
      }
      return isEven(x2 + 1);
    }
    module.exports = isOdd;
  }
});

// node_modules/@stdlib/math-base-assert-is-odd/lib/index.js
var require_lib62 = __commonJS({
  "node_modules/@stdlib/math-base-assert-is-odd/lib/index.js"(exports, module) {
    "use strict";
    init_esm_dirname();
    var main = require_main46();
    module.exports = main;
  }
});

// node_modules/@stdlib/number-float64-base-set-low-word/lib/low.js
var require_low = __commonJS({
  "node_modules/@stdlib/number-float64-base-set-low-word/lib/low.js"(exports, module) {
    "use strict";
    init_esm_dirname();
    var isLittleEndian = require_lib29();
    var LOW;
    if (isLittleEndian === true) {
      LOW = 0;
    } else {
      LOW = 1;
    }
    module.exports = LOW;
  }
});

// node_modules/@stdlib/number-float64-base-set-low-word/lib/main.js
var require_main47 = __commonJS({
  "node_modules/@stdlib/number-float64-base-set-low-word/lib/main.js"(exports, module) {
    "use strict";
    init_esm_dirname();
    var Uint32Array2 = require_lib17();
    var Float64Array2 = require_lib20();
    var LOW = require_low();
    var FLOAT64_VIEW = new Float64Array2(1);
    var UINT32_VIEW = new Uint32Array2(FLOAT64_VIEW.buffer);
    function setLowWord(x2, low) {
      FLOAT64_VIEW[0] = x2;
      UINT32_VIEW[LOW] = low >>> 0;
      return FLOAT64_VIEW[0];
    }
    module.exports = setLowWord;
  }
});

// node_modules/@stdlib/number-float64-base-set-low-word/lib/index.js
var require_lib63 = __commonJS({
  "node_modules/@stdlib/number-float64-base-set-low-word/lib/index.js"(exports, module) {
    "use strict";
    init_esm_dirname();
    var main = require_main47();
    module.exports = main;
  }
});

// node_modules/@stdlib/number-uint32-base-to-int32/lib/main.js
var require_main48 = __commonJS({
  "node_modules/@stdlib/number-uint32-base-to-int32/lib/main.js"(exports, module) {
    "use strict";
    init_esm_dirname();
    function uint32ToInt32(x2) {
      return x2 | 0;
    }
    module.exports = uint32ToInt32;
  }
});

// node_modules/@stdlib/number-uint32-base-to-int32/lib/index.js
var require_lib64 = __commonJS({
  "node_modules/@stdlib/number-uint32-base-to-int32/lib/index.js"(exports, module) {
    "use strict";
    init_esm_dirname();
    var uint32ToInt32 = require_main48();
    module.exports = uint32ToInt32;
  }
});

// node_modules/@stdlib/math-base-special-pow/lib/x_is_zero.js
var require_x_is_zero = __commonJS({
  "node_modules/@stdlib/math-base-special-pow/lib/x_is_zero.js"(exports, module) {
    "use strict";
    init_esm_dirname();
    var isOdd = require_lib62();
    var copysign = require_lib53();
    var NINF = require_lib35();
    var PINF = require_lib33();
    function pow(x2, y2) {
      if (y2 === NINF) {
        return PINF;
      }
      if (y2 === PINF) {
        return 0;
      }
      if (y2 > 0) {
        if (isOdd(y2)) {
          return x2;
        }
        return 0;
      }
      if (isOdd(y2)) {
        return copysign(PINF, x2);
      }
      return PINF;
    }
    module.exports = pow;
  }
});

// node_modules/@stdlib/math-base-special-pow/lib/y_is_huge.js
var require_y_is_huge = __commonJS({
  "node_modules/@stdlib/math-base-special-pow/lib/y_is_huge.js"(exports, module) {
    "use strict";
    init_esm_dirname();
    var ABS_MASK = require_lib51();
    var getHighWord = require_lib30();
    var HIGH_MAX_NEAR_UNITY = 1072693247 | 0;
    var HUGE = 1e300;
    var TINY = 1e-300;
    function pow(x2, y2) {
      var ahx;
      var hx;
      hx = getHighWord(x2);
      ahx = hx & ABS_MASK;
      if (ahx <= HIGH_MAX_NEAR_UNITY) {
        if (y2 < 0) {
          return HUGE * HUGE;
        }
        return TINY * TINY;
      }
      if (y2 > 0) {
        return HUGE * HUGE;
      }
      return TINY * TINY;
    }
    module.exports = pow;
  }
});

// node_modules/@stdlib/math-base-special-pow/lib/y_is_infinite.js
var require_y_is_infinite = __commonJS({
  "node_modules/@stdlib/math-base-special-pow/lib/y_is_infinite.js"(exports, module) {
    "use strict";
    init_esm_dirname();
    var abs = require_lib43();
    var PINF = require_lib33();
    function pow(x2, y2) {
      if (x2 === -1) {
        return (x2 - x2) / (x2 - x2);
      }
      if (x2 === 1) {
        return 1;
      }
      if (abs(x2) < 1 === (y2 === PINF)) {
        return 0;
      }
      return PINF;
    }
    module.exports = pow;
  }
});

// node_modules/@stdlib/constants-float64-num-high-word-significand-bits/lib/index.js
var require_lib65 = __commonJS({
  "node_modules/@stdlib/constants-float64-num-high-word-significand-bits/lib/index.js"(exports, module) {
    "use strict";
    init_esm_dirname();
    var FLOAT64_NUM_HIGH_WORD_SIGNIFICAND_BITS = 20 | 0;
    module.exports = FLOAT64_NUM_HIGH_WORD_SIGNIFICAND_BITS;
  }
});

// node_modules/@stdlib/math-base-special-pow/lib/polyval_l.js
var require_polyval_l = __commonJS({
  "node_modules/@stdlib/math-base-special-pow/lib/polyval_l.js"(exports, module) {
    "use strict";
    init_esm_dirname();
    function evalpoly(x2) {
      if (x2 === 0) {
        return 0.5999999999999946;
      }
      return 0.5999999999999946 + x2 * (0.4285714285785502 + x2 * (0.33333332981837743 + x2 * (0.272728123808534 + x2 * (0.23066074577556175 + x2 * 0.20697501780033842))));
    }
    module.exports = evalpoly;
  }
});

// node_modules/@stdlib/math-base-special-pow/lib/log2ax.js
var require_log2ax = __commonJS({
  "node_modules/@stdlib/math-base-special-pow/lib/log2ax.js"(exports, module) {
    "use strict";
    init_esm_dirname();
    var getHighWord = require_lib30();
    var setLowWord = require_lib63();
    var setHighWord = require_lib31();
    var BIAS = require_lib36();
    var HIGH_NUM_SIGNIFICAND_BITS = require_lib65();
    var polyvalL = require_polyval_l();
    var HIGH_SIGNIFICAND_MASK = 1048575 | 0;
    var HIGH_MIN_NORMAL_EXP = 1048576 | 0;
    var HIGH_BIASED_EXP_0 = 1072693248 | 0;
    var HIGH_BIASED_EXP_NEG_512 = 536870912 | 0;
    var HIGH_SIGNIFICAND_HALF = 524288 | 0;
    var TWO53 = 9007199254740992;
    var CP = 0.9617966939259756;
    var CP_HI = 0.9617967009544373;
    var CP_LO = -7028461650952758e-24;
    var BP = [
      1,
      1.5
    ];
    var DP_HI = [
      0,
      0.5849624872207642
      // 0x3FE2B803, 0x40000000
    ];
    var DP_LO = [
      0,
      1350039202129749e-23
      // 0x3E4CFDEB, 0x43CFD006
    ];
    function log2ax(out, ax, ahx) {
      var tmp;
      var ss;
      var s2;
      var hs;
      var ls;
      var ht2;
      var lt2;
      var bp;
      var dp;
      var hp;
      var lp;
      var hz;
      var lz;
      var t1;
      var t2;
      var t;
      var r;
      var u;
      var v2;
      var n;
      var j;
      var k;
      n = 0 | 0;
      if (ahx < HIGH_MIN_NORMAL_EXP) {
        ax *= TWO53;
        n -= 53 | 0;
        ahx = getHighWord(ax);
      }
      n += (ahx >> HIGH_NUM_SIGNIFICAND_BITS) - BIAS | 0;
      j = ahx & HIGH_SIGNIFICAND_MASK | 0;
      ahx = j | HIGH_BIASED_EXP_0 | 0;
      if (j <= 235662) {
        k = 0;
      } else if (j < 767610) {
        k = 1;
      } else {
        k = 0;
        n += 1 | 0;
        ahx -= HIGH_MIN_NORMAL_EXP;
      }
      ax = setHighWord(ax, ahx);
      bp = BP[k];
      u = ax - bp;
      v2 = 1 / (ax + bp);
      ss = u * v2;
      hs = setLowWord(ss, 0);
      tmp = (ahx >> 1 | HIGH_BIASED_EXP_NEG_512) + HIGH_SIGNIFICAND_HALF;
      tmp += k << 18;
      ht2 = setHighWord(0, tmp);
      lt2 = ax - (ht2 - bp);
      ls = v2 * (u - hs * ht2 - hs * lt2);
      s2 = ss * ss;
      r = s2 * s2 * polyvalL(s2);
      r += ls * (hs + ss);
      s2 = hs * hs;
      ht2 = 3 + s2 + r;
      ht2 = setLowWord(ht2, 0);
      lt2 = r - (ht2 - 3 - s2);
      u = hs * ht2;
      v2 = ls * ht2 + lt2 * ss;
      hp = u + v2;
      hp = setLowWord(hp, 0);
      lp = v2 - (hp - u);
      hz = CP_HI * hp;
      lz = CP_LO * hp + lp * CP + DP_LO[k];
      dp = DP_HI[k];
      t = n;
      t1 = hz + lz + dp + t;
      t1 = setLowWord(t1, 0);
      t2 = lz - (t1 - t - dp - hz);
      out[0] = t1;
      out[1] = t2;
      return out;
    }
    module.exports = log2ax;
  }
});

// node_modules/@stdlib/math-base-special-pow/lib/polyval_w.js
var require_polyval_w = __commonJS({
  "node_modules/@stdlib/math-base-special-pow/lib/polyval_w.js"(exports, module) {
    "use strict";
    init_esm_dirname();
    function evalpoly(x2) {
      if (x2 === 0) {
        return 0.5;
      }
      return 0.5 + x2 * (-0.3333333333333333 + x2 * 0.25);
    }
    module.exports = evalpoly;
  }
});

// node_modules/@stdlib/math-base-special-pow/lib/logx.js
var require_logx = __commonJS({
  "node_modules/@stdlib/math-base-special-pow/lib/logx.js"(exports, module) {
    "use strict";
    init_esm_dirname();
    var setLowWord = require_lib63();
    var polyvalW = require_polyval_w();
    var INV_LN2 = 1.4426950408889634;
    var INV_LN2_HI = 1.4426950216293335;
    var INV_LN2_LO = 19259629911266175e-24;
    function logx(out, ax) {
      var t2;
      var t1;
      var t;
      var w2;
      var u;
      var v2;
      t = ax - 1;
      w2 = t * t * polyvalW(t);
      u = INV_LN2_HI * t;
      v2 = t * INV_LN2_LO - w2 * INV_LN2;
      t1 = u + v2;
      t1 = setLowWord(t1, 0);
      t2 = v2 - (t1 - u);
      out[0] = t1;
      out[1] = t2;
      return out;
    }
    module.exports = logx;
  }
});

// node_modules/@stdlib/constants-float64-ln-two/lib/index.js
var require_lib66 = __commonJS({
  "node_modules/@stdlib/constants-float64-ln-two/lib/index.js"(exports, module) {
    "use strict";
    init_esm_dirname();
    var LN2 = 0.6931471805599453;
    module.exports = LN2;
  }
});

// node_modules/@stdlib/constants-float64-high-word-significand-mask/lib/index.js
var require_lib67 = __commonJS({
  "node_modules/@stdlib/constants-float64-high-word-significand-mask/lib/index.js"(exports, module) {
    "use strict";
    init_esm_dirname();
    var FLOAT64_HIGH_WORD_SIGNIFICAND_MASK = 1048575;
    module.exports = FLOAT64_HIGH_WORD_SIGNIFICAND_MASK;
  }
});

// node_modules/@stdlib/math-base-special-pow/lib/polyval_p.js
var require_polyval_p2 = __commonJS({
  "node_modules/@stdlib/math-base-special-pow/lib/polyval_p.js"(exports, module) {
    "use strict";
    init_esm_dirname();
    function evalpoly(x2) {
      if (x2 === 0) {
        return 0.16666666666666602;
      }
      return 0.16666666666666602 + x2 * (-0.0027777777777015593 + x2 * (6613756321437934e-20 + x2 * (-16533902205465252e-22 + x2 * 41381367970572385e-24)));
    }
    module.exports = evalpoly;
  }
});

// node_modules/@stdlib/math-base-special-pow/lib/pow2.js
var require_pow2 = __commonJS({
  "node_modules/@stdlib/math-base-special-pow/lib/pow2.js"(exports, module) {
    "use strict";
    init_esm_dirname();
    var getHighWord = require_lib30();
    var setHighWord = require_lib31();
    var setLowWord = require_lib63();
    var uint32ToInt32 = require_lib64();
    var ldexp = require_lib58();
    var LN2 = require_lib66();
    var BIAS = require_lib36();
    var ABS_MASK = require_lib51();
    var HIGH_SIGNIFICAND_MASK = require_lib67();
    var HIGH_NUM_SIGNIFICAND_BITS = require_lib65();
    var polyvalP = require_polyval_p2();
    var HIGH_MIN_NORMAL_EXP = 1048576 | 0;
    var HIGH_BIASED_EXP_NEG_1 = 1071644672 | 0;
    var LN2_HI = 0.6931471824645996;
    var LN2_LO = -1904654299957768e-24;
    function pow2(j, hp, lp) {
      var tmp;
      var t1;
      var t;
      var r;
      var u;
      var v2;
      var w2;
      var z2;
      var n;
      var i;
      var k;
      i = j & ABS_MASK | 0;
      k = (i >> HIGH_NUM_SIGNIFICAND_BITS) - BIAS | 0;
      n = 0;
      if (i > HIGH_BIASED_EXP_NEG_1) {
        n = j + (HIGH_MIN_NORMAL_EXP >> k + 1) >>> 0;
        k = ((n & ABS_MASK) >> HIGH_NUM_SIGNIFICAND_BITS) - BIAS | 0;
        tmp = (n & ~(HIGH_SIGNIFICAND_MASK >> k)) >>> 0;
        t = setHighWord(0, tmp);
        n = (n & HIGH_SIGNIFICAND_MASK | HIGH_MIN_NORMAL_EXP) >> HIGH_NUM_SIGNIFICAND_BITS - k >>> 0;
        if (j < 0) {
          n = -n;
        }
        hp -= t;
      }
      t = lp + hp;
      t = setLowWord(t, 0);
      u = t * LN2_HI;
      v2 = (lp - (t - hp)) * LN2 + t * LN2_LO;
      z2 = u + v2;
      w2 = v2 - (z2 - u);
      t = z2 * z2;
      t1 = z2 - t * polyvalP(t);
      r = z2 * t1 / (t1 - 2) - (w2 + z2 * w2);
      z2 = 1 - (r - z2);
      j = getHighWord(z2);
      j = uint32ToInt32(j);
      j += n << HIGH_NUM_SIGNIFICAND_BITS >>> 0;
      if (j >> HIGH_NUM_SIGNIFICAND_BITS <= 0) {
        z2 = ldexp(z2, n);
      } else {
        z2 = setHighWord(z2, j);
      }
      return z2;
    }
    module.exports = pow2;
  }
});

// node_modules/@stdlib/math-base-special-pow/lib/main.js
var require_main49 = __commonJS({
  "node_modules/@stdlib/math-base-special-pow/lib/main.js"(exports, module) {
    "use strict";
    init_esm_dirname();
    var isnan = require_lib8();
    var isOdd = require_lib62();
    var isInfinite = require_lib49();
    var isInteger = require_lib60();
    var sqrt = require_lib40();
    var abs = require_lib43();
    var toWords = require_lib52();
    var setLowWord = require_lib63();
    var uint32ToInt32 = require_lib64();
    var NINF = require_lib35();
    var PINF = require_lib33();
    var ABS_MASK = require_lib51();
    var xIsZero = require_x_is_zero();
    var yIsHuge = require_y_is_huge();
    var yIsInfinite = require_y_is_infinite();
    var log2ax = require_log2ax();
    var logx = require_logx();
    var pow2 = require_pow2();
    var HIGH_MAX_NEAR_UNITY = 1072693247 | 0;
    var HIGH_BIASED_EXP_31 = 1105199104 | 0;
    var HIGH_BIASED_EXP_64 = 1139802112 | 0;
    var HIGH_BIASED_EXP_10 = 1083179008 | 0;
    var HIGH_BIASED_EXP_0 = 1072693248 | 0;
    var HIGH_1075 = 1083231232 | 0;
    var HIGH_NEG_1075 = 3230714880 >>> 0;
    var HIGH_NUM_NONSIGN_BITS = 31 | 0;
    var HUGE = 1e300;
    var TINY = 1e-300;
    var OVT = 8008566259537294e-32;
    var WORDS = [0 | 0, 0 | 0];
    var LOG_WORKSPACE = [0, 0];
    function pow(x2, y2) {
      var ahx;
      var ahy;
      var ax;
      var hx;
      var lx;
      var hy;
      var ly;
      var sx;
      var sy;
      var y1;
      var hp;
      var lp;
      var t;
      var z2;
      var j;
      var i;
      if (isnan(x2) || isnan(y2)) {
        return NaN;
      }
      toWords.assign(y2, WORDS, 1, 0);
      hy = WORDS[0];
      ly = WORDS[1];
      if (ly === 0) {
        if (y2 === 0) {
          return 1;
        }
        if (y2 === 1) {
          return x2;
        }
        if (y2 === -1) {
          return 1 / x2;
        }
        if (y2 === 0.5) {
          return sqrt(x2);
        }
        if (y2 === -0.5) {
          return 1 / sqrt(x2);
        }
        if (y2 === 2) {
          return x2 * x2;
        }
        if (y2 === 3) {
          return x2 * x2 * x2;
        }
        if (y2 === 4) {
          x2 *= x2;
          return x2 * x2;
        }
        if (isInfinite(y2)) {
          return yIsInfinite(x2, y2);
        }
      }
      toWords.assign(x2, WORDS, 1, 0);
      hx = WORDS[0];
      lx = WORDS[1];
      if (lx === 0) {
        if (hx === 0) {
          return xIsZero(x2, y2);
        }
        if (x2 === 1) {
          return 1;
        }
        if (x2 === -1 && isOdd(y2)) {
          return -1;
        }
        if (isInfinite(x2)) {
          if (x2 === NINF) {
            return pow(-0, -y2);
          }
          if (y2 < 0) {
            return 0;
          }
          return PINF;
        }
      }
      if (x2 < 0 && isInteger(y2) === false) {
        return (x2 - x2) / (x2 - x2);
      }
      ax = abs(x2);
      ahx = hx & ABS_MASK | 0;
      ahy = hy & ABS_MASK | 0;
      sx = hx >>> HIGH_NUM_NONSIGN_BITS | 0;
      sy = hy >>> HIGH_NUM_NONSIGN_BITS | 0;
      if (sx && isOdd(y2)) {
        sx = -1;
      } else {
        sx = 1;
      }
      if (ahy > HIGH_BIASED_EXP_31) {
        if (ahy > HIGH_BIASED_EXP_64) {
          return yIsHuge(x2, y2);
        }
        if (ahx < HIGH_MAX_NEAR_UNITY) {
          if (sy === 1) {
            return sx * HUGE * HUGE;
          }
          return sx * TINY * TINY;
        }
        if (ahx > HIGH_BIASED_EXP_0) {
          if (sy === 0) {
            return sx * HUGE * HUGE;
          }
          return sx * TINY * TINY;
        }
        t = logx(LOG_WORKSPACE, ax);
      } else {
        t = log2ax(LOG_WORKSPACE, ax, ahx);
      }
      y1 = setLowWord(y2, 0);
      lp = (y2 - y1) * t[0] + y2 * t[1];
      hp = y1 * t[0];
      z2 = lp + hp;
      toWords.assign(z2, WORDS, 1, 0);
      j = uint32ToInt32(WORDS[0]);
      i = uint32ToInt32(WORDS[1]);
      if (j >= HIGH_BIASED_EXP_10) {
        if ((j - HIGH_BIASED_EXP_10 | i) !== 0) {
          return sx * HUGE * HUGE;
        }
        if (lp + OVT > z2 - hp) {
          return sx * HUGE * HUGE;
        }
      } else if ((j & ABS_MASK) >= HIGH_1075) {
        if ((j - HIGH_NEG_1075 | i) !== 0) {
          return sx * TINY * TINY;
        }
        if (lp <= z2 - hp) {
          return sx * TINY * TINY;
        }
      }
      z2 = pow2(j, hp, lp);
      return sx * z2;
    }
    module.exports = pow;
  }
});

// node_modules/@stdlib/math-base-special-pow/lib/index.js
var require_lib68 = __commonJS({
  "node_modules/@stdlib/math-base-special-pow/lib/index.js"(exports, module) {
    "use strict";
    init_esm_dirname();
    var main = require_main49();
    module.exports = main;
  }
});

// node_modules/@stdlib/constants-float64-e/lib/index.js
var require_lib69 = __commonJS({
  "node_modules/@stdlib/constants-float64-e/lib/index.js"(exports, module) {
    "use strict";
    init_esm_dirname();
    var E = 2.718281828459045;
    module.exports = E;
  }
});

// node_modules/@stdlib/constants-float64-eps/lib/index.js
var require_lib70 = __commonJS({
  "node_modules/@stdlib/constants-float64-eps/lib/index.js"(exports, module) {
    "use strict";
    init_esm_dirname();
    var FLOAT64_EPSILON = 2220446049250313e-31;
    module.exports = FLOAT64_EPSILON;
  }
});

// node_modules/@stdlib/math-base-special-beta/lib/lanczos_sum_expg_scaled.js
var require_lanczos_sum_expg_scaled = __commonJS({
  "node_modules/@stdlib/math-base-special-beta/lib/lanczos_sum_expg_scaled.js"(exports, module) {
    "use strict";
    init_esm_dirname();
    function evalrational(x2) {
      var ax;
      var s1;
      var s2;
      if (x2 === 0) {
        return Infinity;
      }
      if (x2 < 0) {
        ax = -x2;
      } else {
        ax = x2;
      }
      if (ax <= 1) {
        s1 = 709811.662581658 + x2 * (679979.8474157227 + x2 * (293136.7857211597 + x2 * (74887.54032914672 + x2 * (12555.290582413863 + x2 * (1443.4299244417066 + x2 * (115.24194596137347 + x2 * (6.309239205732627 + x2 * (0.22668404630224365 + x2 * (0.004826466289237662 + x2 * 4624429436045379e-20)))))))));
        s2 = 0 + x2 * (362880 + x2 * (1026576 + x2 * (1172700 + x2 * (723680 + x2 * (269325 + x2 * (63273 + x2 * (9450 + x2 * (870 + x2 * (45 + x2 * 1)))))))));
      } else {
        x2 = 1 / x2;
        s1 = 4624429436045379e-20 + x2 * (0.004826466289237662 + x2 * (0.22668404630224365 + x2 * (6.309239205732627 + x2 * (115.24194596137347 + x2 * (1443.4299244417066 + x2 * (12555.290582413863 + x2 * (74887.54032914672 + x2 * (293136.7857211597 + x2 * (679979.8474157227 + x2 * 709811.662581658)))))))));
        s2 = 1 + x2 * (45 + x2 * (870 + x2 * (9450 + x2 * (63273 + x2 * (269325 + x2 * (723680 + x2 * (1172700 + x2 * (1026576 + x2 * (362880 + x2 * 0)))))))));
      }
      return s1 / s2;
    }
    module.exports = evalrational;
  }
});

// node_modules/@stdlib/math-base-special-beta/lib/main.js
var require_main50 = __commonJS({
  "node_modules/@stdlib/math-base-special-beta/lib/main.js"(exports, module) {
    "use strict";
    init_esm_dirname();
    var isnan = require_lib8();
    var log1p = require_lib39();
    var sqrt = require_lib40();
    var abs = require_lib43();
    var exp = require_lib59();
    var pow = require_lib68();
    var E = require_lib69();
    var EPSILON = require_lib70();
    var lanczosSumExpGScaled = require_lanczos_sum_expg_scaled();
    var G2 = 10.900511;
    function beta(a, b) {
      var ambh;
      var agh;
      var bgh;
      var cgh;
      var res;
      var tmp;
      var c;
      if (isnan(a) || isnan(b)) {
        return NaN;
      }
      if (a < 0 || b < 0) {
        return NaN;
      }
      if (b === 1) {
        return 1 / a;
      }
      if (a === 1) {
        return 1 / b;
      }
      c = a + b;
      if (c < EPSILON) {
        res = c / a;
        res /= b;
        return res;
      }
      if (c === a && b < EPSILON) {
        return 1 / b;
      }
      if (c === b && a < EPSILON) {
        return 1 / a;
      }
      if (a < b) {
        tmp = b;
        b = a;
        a = tmp;
      }
      agh = a + G2 - 0.5;
      bgh = b + G2 - 0.5;
      cgh = c + G2 - 0.5;
      res = lanczosSumExpGScaled(a) * (lanczosSumExpGScaled(b) / lanczosSumExpGScaled(c));
      ambh = a - 0.5 - b;
      if (abs(b * ambh) < cgh * 100 && a > 100) {
        res *= exp(ambh * log1p(-b / cgh));
      } else {
        res *= pow(agh / cgh, ambh);
      }
      if (cgh > 1e10) {
        res *= pow(agh / cgh * (bgh / cgh), b);
      } else {
        res *= pow(agh * bgh / (cgh * cgh), b);
      }
      res *= sqrt(E / bgh);
      return res;
    }
    module.exports = beta;
  }
});

// node_modules/@stdlib/math-base-special-beta/lib/index.js
var require_lib71 = __commonJS({
  "node_modules/@stdlib/math-base-special-beta/lib/index.js"(exports, module) {
    "use strict";
    init_esm_dirname();
    var main = require_main50();
    module.exports = main;
  }
});

// node_modules/@stdlib/math-base-assert-is-positive-zero/lib/main.js
var require_main51 = __commonJS({
  "node_modules/@stdlib/math-base-assert-is-positive-zero/lib/main.js"(exports, module) {
    "use strict";
    init_esm_dirname();
    var PINF = require_lib33();
    function isPositiveZero(x2) {
      return x2 === 0 && 1 / x2 === PINF;
    }
    module.exports = isPositiveZero;
  }
});

// node_modules/@stdlib/math-base-assert-is-positive-zero/lib/index.js
var require_lib72 = __commonJS({
  "node_modules/@stdlib/math-base-assert-is-positive-zero/lib/index.js"(exports, module) {
    "use strict";
    init_esm_dirname();
    var main = require_main51();
    module.exports = main;
  }
});

// node_modules/@stdlib/math-base-special-max/lib/main.js
var require_main52 = __commonJS({
  "node_modules/@stdlib/math-base-special-max/lib/main.js"(exports, module) {
    "use strict";
    init_esm_dirname();
    var isPositiveZero = require_lib72();
    var isnan = require_lib8();
    var PINF = require_lib33();
    function max(x2, y2) {
      if (isnan(x2) || isnan(y2)) {
        return NaN;
      }
      if (x2 === PINF || y2 === PINF) {
        return PINF;
      }
      if (x2 === y2 && x2 === 0) {
        if (isPositiveZero(x2)) {
          return x2;
        }
        return y2;
      }
      if (x2 > y2) {
        return x2;
      }
      return y2;
    }
    module.exports = max;
  }
});

// node_modules/@stdlib/math-base-special-max/lib/index.js
var require_lib73 = __commonJS({
  "node_modules/@stdlib/math-base-special-max/lib/index.js"(exports, module) {
    "use strict";
    init_esm_dirname();
    var max = require_main52();
    module.exports = max;
  }
});

// node_modules/@stdlib/math-base-assert-is-negative-zero/lib/main.js
var require_main53 = __commonJS({
  "node_modules/@stdlib/math-base-assert-is-negative-zero/lib/main.js"(exports, module) {
    "use strict";
    init_esm_dirname();
    var NINF = require_lib35();
    function isNegativeZero(x2) {
      return x2 === 0 && 1 / x2 === NINF;
    }
    module.exports = isNegativeZero;
  }
});

// node_modules/@stdlib/math-base-assert-is-negative-zero/lib/index.js
var require_lib74 = __commonJS({
  "node_modules/@stdlib/math-base-assert-is-negative-zero/lib/index.js"(exports, module) {
    "use strict";
    init_esm_dirname();
    var main = require_main53();
    module.exports = main;
  }
});

// node_modules/@stdlib/math-base-special-min/lib/main.js
var require_main54 = __commonJS({
  "node_modules/@stdlib/math-base-special-min/lib/main.js"(exports, module) {
    "use strict";
    init_esm_dirname();
    var isNegativeZero = require_lib74();
    var isnan = require_lib8();
    var NINF = require_lib35();
    function min(x2, y2) {
      if (isnan(x2) || isnan(y2)) {
        return NaN;
      }
      if (x2 === NINF || y2 === NINF) {
        return NINF;
      }
      if (x2 === y2 && x2 === 0) {
        if (isNegativeZero(x2)) {
          return x2;
        }
        return y2;
      }
      if (x2 < y2) {
        return x2;
      }
      return y2;
    }
    module.exports = min;
  }
});

// node_modules/@stdlib/math-base-special-min/lib/index.js
var require_lib75 = __commonJS({
  "node_modules/@stdlib/math-base-special-min/lib/index.js"(exports, module) {
    "use strict";
    init_esm_dirname();
    var min = require_main54();
    module.exports = min;
  }
});

// node_modules/@stdlib/constants-float64-max/lib/index.js
var require_lib76 = __commonJS({
  "node_modules/@stdlib/constants-float64-max/lib/index.js"(exports, module) {
    "use strict";
    init_esm_dirname();
    var FLOAT64_MAX = 17976931348623157e292;
    module.exports = FLOAT64_MAX;
  }
});

// node_modules/@stdlib/constants-int32-max/lib/index.js
var require_lib77 = __commonJS({
  "node_modules/@stdlib/constants-int32-max/lib/index.js"(exports, module) {
    "use strict";
    init_esm_dirname();
    var INT32_MAX = 2147483647 | 0;
    module.exports = INT32_MAX;
  }
});

// node_modules/@stdlib/constants-float64-half-pi/lib/index.js
var require_lib78 = __commonJS({
  "node_modules/@stdlib/constants-float64-half-pi/lib/index.js"(exports, module) {
    "use strict";
    init_esm_dirname();
    var HALF_PI = 1.5707963267948966;
    module.exports = HALF_PI;
  }
});

// node_modules/@stdlib/constants-float64-pi/lib/index.js
var require_lib79 = __commonJS({
  "node_modules/@stdlib/constants-float64-pi/lib/index.js"(exports, module) {
    "use strict";
    init_esm_dirname();
    var PI = 3.141592653589793;
    module.exports = PI;
  }
});

// node_modules/@stdlib/math-base-special-kernel-cos/lib/polyval_c13.js
var require_polyval_c13 = __commonJS({
  "node_modules/@stdlib/math-base-special-kernel-cos/lib/polyval_c13.js"(exports, module) {
    "use strict";
    init_esm_dirname();
    function evalpoly(x2) {
      if (x2 === 0) {
        return 0.0416666666666666;
      }
      return 0.0416666666666666 + x2 * (-0.001388888888887411 + x2 * 2480158728947673e-20);
    }
    module.exports = evalpoly;
  }
});

// node_modules/@stdlib/math-base-special-kernel-cos/lib/polyval_c46.js
var require_polyval_c46 = __commonJS({
  "node_modules/@stdlib/math-base-special-kernel-cos/lib/polyval_c46.js"(exports, module) {
    "use strict";
    init_esm_dirname();
    function evalpoly(x2) {
      if (x2 === 0) {
        return -27557314351390663e-23;
      }
      return -27557314351390663e-23 + x2 * (2087572321298175e-24 + x2 * -11359647557788195e-27);
    }
    module.exports = evalpoly;
  }
});

// node_modules/@stdlib/math-base-special-kernel-cos/lib/main.js
var require_main55 = __commonJS({
  "node_modules/@stdlib/math-base-special-kernel-cos/lib/main.js"(exports, module) {
    "use strict";
    init_esm_dirname();
    var polyval13 = require_polyval_c13();
    var polyval46 = require_polyval_c46();
    function kernelCos(x2, y2) {
      var hz;
      var r;
      var w2;
      var z2;
      z2 = x2 * x2;
      w2 = z2 * z2;
      r = z2 * polyval13(z2);
      r += w2 * w2 * polyval46(z2);
      hz = 0.5 * z2;
      w2 = 1 - hz;
      return w2 + (1 - w2 - hz + (z2 * r - x2 * y2));
    }
    module.exports = kernelCos;
  }
});

// node_modules/@stdlib/math-base-special-kernel-cos/lib/index.js
var require_lib80 = __commonJS({
  "node_modules/@stdlib/math-base-special-kernel-cos/lib/index.js"(exports, module) {
    "use strict";
    init_esm_dirname();
    var main = require_main55();
    module.exports = main;
  }
});

// node_modules/@stdlib/math-base-special-kernel-sin/lib/main.js
var require_main56 = __commonJS({
  "node_modules/@stdlib/math-base-special-kernel-sin/lib/main.js"(exports, module) {
    "use strict";
    init_esm_dirname();
    var S1 = -0.16666666666666632;
    var S2 = 0.00833333333332249;
    var S3 = -1984126982985795e-19;
    var S4 = 27557313707070068e-22;
    var S5 = -25050760253406863e-24;
    var S6 = 158969099521155e-24;
    function kernelSin(x2, y2) {
      var r;
      var v2;
      var w2;
      var z2;
      z2 = x2 * x2;
      w2 = z2 * z2;
      r = S2 + z2 * (S3 + z2 * S4) + z2 * w2 * (S5 + z2 * S6);
      v2 = z2 * x2;
      if (y2 === 0) {
        return x2 + v2 * (S1 + z2 * r);
      }
      return x2 - (z2 * (0.5 * y2 - v2 * r) - y2 - v2 * S1);
    }
    module.exports = kernelSin;
  }
});

// node_modules/@stdlib/math-base-special-kernel-sin/lib/index.js
var require_lib81 = __commonJS({
  "node_modules/@stdlib/math-base-special-kernel-sin/lib/index.js"(exports, module) {
    "use strict";
    init_esm_dirname();
    var main = require_main56();
    module.exports = main;
  }
});

// node_modules/@stdlib/number-float64-base-get-low-word/lib/low.js
var require_low2 = __commonJS({
  "node_modules/@stdlib/number-float64-base-get-low-word/lib/low.js"(exports, module) {
    "use strict";
    init_esm_dirname();
    var isLittleEndian = require_lib29();
    var LOW;
    if (isLittleEndian === true) {
      LOW = 0;
    } else {
      LOW = 1;
    }
    module.exports = LOW;
  }
});

// node_modules/@stdlib/number-float64-base-get-low-word/lib/main.js
var require_main57 = __commonJS({
  "node_modules/@stdlib/number-float64-base-get-low-word/lib/main.js"(exports, module) {
    "use strict";
    init_esm_dirname();
    var Uint32Array2 = require_lib17();
    var Float64Array2 = require_lib20();
    var LOW = require_low2();
    var FLOAT64_VIEW = new Float64Array2(1);
    var UINT32_VIEW = new Uint32Array2(FLOAT64_VIEW.buffer);
    function getLowWord(x2) {
      FLOAT64_VIEW[0] = x2;
      return UINT32_VIEW[LOW];
    }
    module.exports = getLowWord;
  }
});

// node_modules/@stdlib/number-float64-base-get-low-word/lib/index.js
var require_lib82 = __commonJS({
  "node_modules/@stdlib/number-float64-base-get-low-word/lib/index.js"(exports, module) {
    "use strict";
    init_esm_dirname();
    var main = require_main57();
    module.exports = main;
  }
});

// node_modules/@stdlib/array-base-filled/lib/main.js
var require_main58 = __commonJS({
  "node_modules/@stdlib/array-base-filled/lib/main.js"(exports, module) {
    "use strict";
    init_esm_dirname();
    function filled(value, len) {
      var arr;
      var i;
      arr = [];
      for (i = 0; i < len; i++) {
        arr.push(value);
      }
      return arr;
    }
    module.exports = filled;
  }
});

// node_modules/@stdlib/array-base-filled/lib/index.js
var require_lib83 = __commonJS({
  "node_modules/@stdlib/array-base-filled/lib/index.js"(exports, module) {
    "use strict";
    init_esm_dirname();
    var main = require_main58();
    module.exports = main;
  }
});

// node_modules/@stdlib/array-base-zeros/lib/main.js
var require_main59 = __commonJS({
  "node_modules/@stdlib/array-base-zeros/lib/main.js"(exports, module) {
    "use strict";
    init_esm_dirname();
    var filled = require_lib83();
    function zeros(len) {
      return filled(0, len);
    }
    module.exports = zeros;
  }
});

// node_modules/@stdlib/array-base-zeros/lib/index.js
var require_lib84 = __commonJS({
  "node_modules/@stdlib/array-base-zeros/lib/index.js"(exports, module) {
    "use strict";
    init_esm_dirname();
    var main = require_main59();
    module.exports = main;
  }
});

// node_modules/@stdlib/math-base-special-rempio2/lib/kernel_rempio2.js
var require_kernel_rempio2 = __commonJS({
  "node_modules/@stdlib/math-base-special-rempio2/lib/kernel_rempio2.js"(exports, module) {
    "use strict";
    init_esm_dirname();
    var floor = require_lib6();
    var ldexp = require_lib58();
    var zeros = require_lib84();
    var IPIO2 = [
      10680707,
      7228996,
      1387004,
      2578385,
      16069853,
      12639074,
      9804092,
      4427841,
      16666979,
      11263675,
      12935607,
      2387514,
      4345298,
      14681673,
      3074569,
      13734428,
      16653803,
      1880361,
      10960616,
      8533493,
      3062596,
      8710556,
      7349940,
      6258241,
      3772886,
      3769171,
      3798172,
      8675211,
      12450088,
      3874808,
      9961438,
      366607,
      15675153,
      9132554,
      7151469,
      3571407,
      2607881,
      12013382,
      4155038,
      6285869,
      7677882,
      13102053,
      15825725,
      473591,
      9065106,
      15363067,
      6271263,
      9264392,
      5636912,
      4652155,
      7056368,
      13614112,
      10155062,
      1944035,
      9527646,
      15080200,
      6658437,
      6231200,
      6832269,
      16767104,
      5075751,
      3212806,
      1398474,
      7579849,
      6349435,
      12618859
    ];
    var PIO2 = [
      1.570796251296997,
      // 0x3FF921FB, 0x40000000
      7549789415861596e-23,
      // 0x3E74442D, 0x00000000
      5390302529957765e-30,
      // 0x3CF84698, 0x80000000
      3282003415807913e-37,
      // 0x3B78CC51, 0x60000000
      1270655753080676e-44,
      // 0x39F01B83, 0x80000000
      12293330898111133e-52,
      // 0x387A2520, 0x40000000
      27337005381646456e-60,
      // 0x36E38222, 0x80000000
      21674168387780482e-67
      // 0x3569F31D, 0x00000000
    ];
    var TWO24 = 16777216;
    var TWON24 = 5960464477539063e-23;
    var F2 = zeros(20);
    var Q2 = zeros(20);
    var FQ = zeros(20);
    var IQ = zeros(20);
    function compute(x2, y2, jz, q2, q0, jk, jv, jx, f) {
      var carry;
      var fw;
      var ih;
      var jp;
      var i;
      var k;
      var n;
      var j;
      var z2;
      jp = jk;
      z2 = q2[jz];
      j = jz;
      for (i = 0; j > 0; i++) {
        fw = TWON24 * z2 | 0;
        IQ[i] = z2 - TWO24 * fw | 0;
        z2 = q2[j - 1] + fw;
        j -= 1;
      }
      z2 = ldexp(z2, q0);
      z2 -= 8 * floor(z2 * 0.125);
      n = z2 | 0;
      z2 -= n;
      ih = 0;
      if (q0 > 0) {
        i = IQ[jz - 1] >> 24 - q0;
        n += i;
        IQ[jz - 1] -= i << 24 - q0;
        ih = IQ[jz - 1] >> 23 - q0;
      } else if (q0 === 0) {
        ih = IQ[jz - 1] >> 23;
      } else if (z2 >= 0.5) {
        ih = 2;
      }
      if (ih > 0) {
        n += 1;
        carry = 0;
        for (i = 0; i < jz; i++) {
          j = IQ[i];
          if (carry === 0) {
            if (j !== 0) {
              carry = 1;
              IQ[i] = 16777216 - j;
            }
          } else {
            IQ[i] = 16777215 - j;
          }
        }
        if (q0 > 0) {
          switch (q0) {
            // eslint-disable-line default-case
            case 1:
              IQ[jz - 1] &= 8388607;
              break;
            case 2:
              IQ[jz - 1] &= 4194303;
              break;
          }
        }
        if (ih === 2) {
          z2 = 1 - z2;
          if (carry !== 0) {
            z2 -= ldexp(1, q0);
          }
        }
      }
      if (z2 === 0) {
        j = 0;
        for (i = jz - 1; i >= jk; i--) {
          j |= IQ[i];
        }
        if (j === 0) {
          for (k = 1; IQ[jk - k] === 0; k++) {
          }
          for (i = jz + 1; i <= jz + k; i++) {
            f[jx + i] = IPIO2[jv + i];
            fw = 0;
            for (j = 0; j <= jx; j++) {
              fw += x2[j] * f[jx + (i - j)];
            }
            q2[i] = fw;
          }
          jz += k;
          return compute(x2, y2, jz, q2, q0, jk, jv, jx, f);
        }
        jz -= 1;
        q0 -= 24;
        while (IQ[jz] === 0) {
          jz -= 1;
          q0 -= 24;
        }
      } else {
        z2 = ldexp(z2, -q0);
        if (z2 >= TWO24) {
          fw = TWON24 * z2 | 0;
          IQ[jz] = z2 - TWO24 * fw | 0;
          jz += 1;
          q0 += 24;
          IQ[jz] = fw;
        } else {
          IQ[jz] = z2 | 0;
        }
      }
      fw = ldexp(1, q0);
      for (i = jz; i >= 0; i--) {
        q2[i] = fw * IQ[i];
        fw *= TWON24;
      }
      for (i = jz; i >= 0; i--) {
        fw = 0;
        for (k = 0; k <= jp && k <= jz - i; k++) {
          fw += PIO2[k] * q2[i + k];
        }
        FQ[jz - i] = fw;
      }
      fw = 0;
      for (i = jz; i >= 0; i--) {
        fw += FQ[i];
      }
      if (ih === 0) {
        y2[0] = fw;
      } else {
        y2[0] = -fw;
      }
      fw = FQ[0] - fw;
      for (i = 1; i <= jz; i++) {
        fw += FQ[i];
      }
      if (ih === 0) {
        y2[1] = fw;
      } else {
        y2[1] = -fw;
      }
      return n & 7;
    }
    function kernelRempio2(x2, y2, e0, nx) {
      var fw;
      var jk;
      var jv;
      var jx;
      var jz;
      var q0;
      var i;
      var j;
      var m;
      jk = 4;
      jx = nx - 1;
      jv = (e0 - 3) / 24 | 0;
      if (jv < 0) {
        jv = 0;
      }
      q0 = e0 - 24 * (jv + 1);
      j = jv - jx;
      m = jx + jk;
      for (i = 0; i <= m; i++) {
        if (j < 0) {
          F2[i] = 0;
        } else {
          F2[i] = IPIO2[j];
        }
        j += 1;
      }
      for (i = 0; i <= jk; i++) {
        fw = 0;
        for (j = 0; j <= jx; j++) {
          fw += x2[j] * F2[jx + (i - j)];
        }
        Q2[i] = fw;
      }
      jz = jk;
      return compute(x2, y2, jz, Q2, q0, jk, jv, jx, F2);
    }
    module.exports = kernelRempio2;
  }
});

// node_modules/@stdlib/math-base-special-round/lib/main.js
var require_main60 = __commonJS({
  "node_modules/@stdlib/math-base-special-round/lib/main.js"(exports, module) {
    "use strict";
    init_esm_dirname();
    var round = Math.round;
    module.exports = round;
  }
});

// node_modules/@stdlib/math-base-special-round/lib/index.js
var require_lib85 = __commonJS({
  "node_modules/@stdlib/math-base-special-round/lib/index.js"(exports, module) {
    "use strict";
    init_esm_dirname();
    var main = require_main60();
    module.exports = main;
  }
});

// node_modules/@stdlib/math-base-special-rempio2/lib/rempio2_medium.js
var require_rempio2_medium = __commonJS({
  "node_modules/@stdlib/math-base-special-rempio2/lib/rempio2_medium.js"(exports, module) {
    "use strict";
    init_esm_dirname();
    var round = require_lib85();
    var getHighWord = require_lib30();
    var INVPIO2 = 0.6366197723675814;
    var PIO2_1 = 1.5707963267341256;
    var PIO2_1T = 6077100506506192e-26;
    var PIO2_2 = 6077100506303966e-26;
    var PIO2_2T = 20222662487959506e-37;
    var PIO2_3 = 20222662487111665e-37;
    var PIO2_3T = 84784276603689e-45;
    var EXPONENT_MASK = 2047 | 0;
    function rempio2Medium(x2, ix, y2) {
      var high;
      var n;
      var t;
      var r;
      var w2;
      var i;
      var j;
      n = round(x2 * INVPIO2);
      r = x2 - n * PIO2_1;
      w2 = n * PIO2_1T;
      j = ix >> 20 | 0;
      y2[0] = r - w2;
      high = getHighWord(y2[0]);
      i = j - (high >> 20 & EXPONENT_MASK);
      if (i > 16) {
        t = r;
        w2 = n * PIO2_2;
        r = t - w2;
        w2 = n * PIO2_2T - (t - r - w2);
        y2[0] = r - w2;
        high = getHighWord(y2[0]);
        i = j - (high >> 20 & EXPONENT_MASK);
        if (i > 49) {
          t = r;
          w2 = n * PIO2_3;
          r = t - w2;
          w2 = n * PIO2_3T - (t - r - w2);
          y2[0] = r - w2;
        }
      }
      y2[1] = r - y2[0] - w2;
      return n;
    }
    module.exports = rempio2Medium;
  }
});

// node_modules/@stdlib/math-base-special-rempio2/lib/main.js
var require_main61 = __commonJS({
  "node_modules/@stdlib/math-base-special-rempio2/lib/main.js"(exports, module) {
    "use strict";
    init_esm_dirname();
    var ABS_MASK = require_lib51();
    var EXPONENT_MASK = require_lib56();
    var SIGNIFICAND_MASK = require_lib67();
    var getHighWord = require_lib30();
    var getLowWord = require_lib82();
    var fromWords = require_lib32();
    var rempio2Kernel = require_kernel_rempio2();
    var rempio2Medium = require_rempio2_medium();
    var ZERO = 0;
    var TWO24 = 16777216;
    var PIO2_1 = 1.5707963267341256;
    var PIO2_1T = 6077100506506192e-26;
    var TWO_PIO2_1T = 2 * PIO2_1T;
    var THREE_PIO2_1T = 3 * PIO2_1T;
    var FOUR_PIO2_1T = 4 * PIO2_1T;
    var PI_HIGH_WORD_SIGNIFICAND = 598523 | 0;
    var PIO4_HIGH_WORD = 1072243195 | 0;
    var THREE_PIO4_HIGH_WORD = 1073928572 | 0;
    var FIVE_PIO4_HIGH_WORD = 1074752122 | 0;
    var THREE_PIO2_HIGH_WORD = 1074977148 | 0;
    var SEVEN_PIO4_HIGH_WORD = 1075183036 | 0;
    var TWO_PI_HIGH_WORD = 1075388923 | 0;
    var NINE_PIO4_HIGH_WORD = 1075594811 | 0;
    var MEDIUM = 1094263291 | 0;
    var TX = [0, 0, 0];
    var TY = [0, 0];
    function rempio2(x2, y2) {
      var low;
      var e0;
      var hx;
      var ix;
      var nx;
      var i;
      var n;
      var z2;
      hx = getHighWord(x2) | 0;
      ix = hx & ABS_MASK | 0;
      if (ix <= PIO4_HIGH_WORD) {
        y2[0] = x2;
        y2[1] = 0;
        return 0;
      }
      if (ix <= FIVE_PIO4_HIGH_WORD) {
        if ((ix & SIGNIFICAND_MASK) === PI_HIGH_WORD_SIGNIFICAND) {
          return rempio2Medium(x2, ix, y2);
        }
        if (ix <= THREE_PIO4_HIGH_WORD) {
          if (hx > 0) {
            z2 = x2 - PIO2_1;
            y2[0] = z2 - PIO2_1T;
            y2[1] = z2 - y2[0] - PIO2_1T;
            return 1;
          }
          z2 = x2 + PIO2_1;
          y2[0] = z2 + PIO2_1T;
          y2[1] = z2 - y2[0] + PIO2_1T;
          return -1;
        }
        if (hx > 0) {
          z2 = x2 - 2 * PIO2_1;
          y2[0] = z2 - TWO_PIO2_1T;
          y2[1] = z2 - y2[0] - TWO_PIO2_1T;
          return 2;
        }
        z2 = x2 + 2 * PIO2_1;
        y2[0] = z2 + TWO_PIO2_1T;
        y2[1] = z2 - y2[0] + TWO_PIO2_1T;
        return -2;
      }
      if (ix <= NINE_PIO4_HIGH_WORD) {
        if (ix <= SEVEN_PIO4_HIGH_WORD) {
          if (ix === THREE_PIO2_HIGH_WORD) {
            return rempio2Medium(x2, ix, y2);
          }
          if (hx > 0) {
            z2 = x2 - 3 * PIO2_1;
            y2[0] = z2 - THREE_PIO2_1T;
            y2[1] = z2 - y2[0] - THREE_PIO2_1T;
            return 3;
          }
          z2 = x2 + 3 * PIO2_1;
          y2[0] = z2 + THREE_PIO2_1T;
          y2[1] = z2 - y2[0] + THREE_PIO2_1T;
          return -3;
        }
        if (ix === TWO_PI_HIGH_WORD) {
          return rempio2Medium(x2, ix, y2);
        }
        if (hx > 0) {
          z2 = x2 - 4 * PIO2_1;
          y2[0] = z2 - FOUR_PIO2_1T;
          y2[1] = z2 - y2[0] - FOUR_PIO2_1T;
          return 4;
        }
        z2 = x2 + 4 * PIO2_1;
        y2[0] = z2 + FOUR_PIO2_1T;
        y2[1] = z2 - y2[0] + FOUR_PIO2_1T;
        return -4;
      }
      if (ix < MEDIUM) {
        return rempio2Medium(x2, ix, y2);
      }
      if (ix >= EXPONENT_MASK) {
        y2[0] = NaN;
        y2[1] = NaN;
        return 0;
      }
      low = getLowWord(x2);
      e0 = (ix >> 20) - 1046;
      z2 = fromWords(ix - (e0 << 20 | 0), low);
      for (i = 0; i < 2; i++) {
        TX[i] = z2 | 0;
        z2 = (z2 - TX[i]) * TWO24;
      }
      TX[2] = z2;
      nx = 3;
      while (TX[nx - 1] === ZERO) {
        nx -= 1;
      }
      n = rempio2Kernel(TX, TY, e0, nx, 1);
      if (hx < 0) {
        y2[0] = -TY[0];
        y2[1] = -TY[1];
        return -n;
      }
      y2[0] = TY[0];
      y2[1] = TY[1];
      return n;
    }
    module.exports = rempio2;
  }
});

// node_modules/@stdlib/math-base-special-rempio2/lib/index.js
var require_lib86 = __commonJS({
  "node_modules/@stdlib/math-base-special-rempio2/lib/index.js"(exports, module) {
    "use strict";
    init_esm_dirname();
    var rempio2 = require_main61();
    module.exports = rempio2;
  }
});

// node_modules/@stdlib/math-base-special-sin/lib/main.js
var require_main62 = __commonJS({
  "node_modules/@stdlib/math-base-special-sin/lib/main.js"(exports, module) {
    "use strict";
    init_esm_dirname();
    var HIGH_WORD_ABS_MASK = require_lib51();
    var HIGH_WORD_EXPONENT_MASK = require_lib56();
    var getHighWord = require_lib30();
    var kernelCos = require_lib80();
    var kernelSin = require_lib81();
    var rempio2 = require_lib86();
    var PIO4_HIGH_WORD = 1072243195 | 0;
    var SMALL_HIGH_WORD = 1045430272 | 0;
    var Y2 = [0, 0];
    function sin(x2) {
      var ix;
      var n;
      ix = getHighWord(x2);
      ix &= HIGH_WORD_ABS_MASK;
      if (ix <= PIO4_HIGH_WORD) {
        if (ix < SMALL_HIGH_WORD) {
          return x2;
        }
        return kernelSin(x2, 0);
      }
      if (ix >= HIGH_WORD_EXPONENT_MASK) {
        return NaN;
      }
      n = rempio2(x2, Y2);
      switch (n & 3) {
        case 0:
          return kernelSin(Y2[0], Y2[1]);
        case 1:
          return kernelCos(Y2[0], Y2[1]);
        case 2:
          return -kernelSin(Y2[0], Y2[1]);
        default:
          return -kernelCos(Y2[0], Y2[1]);
      }
    }
    module.exports = sin;
  }
});

// node_modules/@stdlib/math-base-special-sin/lib/index.js
var require_lib87 = __commonJS({
  "node_modules/@stdlib/math-base-special-sin/lib/index.js"(exports, module) {
    "use strict";
    init_esm_dirname();
    var main = require_main62();
    module.exports = main;
  }
});

// node_modules/@stdlib/constants-float64-sqrt-two-pi/lib/index.js
var require_lib88 = __commonJS({
  "node_modules/@stdlib/constants-float64-sqrt-two-pi/lib/index.js"(exports, module) {
    "use strict";
    init_esm_dirname();
    var SQRT_TWO_PI = 2.5066282746310007;
    module.exports = SQRT_TWO_PI;
  }
});

// node_modules/@stdlib/math-base-special-gamma/lib/polyval_s.js
var require_polyval_s = __commonJS({
  "node_modules/@stdlib/math-base-special-gamma/lib/polyval_s.js"(exports, module) {
    "use strict";
    init_esm_dirname();
    function evalpoly(x2) {
      if (x2 === 0) {
        return 0.08333333333334822;
      }
      return 0.08333333333334822 + x2 * (0.0034722222160545866 + x2 * (-0.0026813261780578124 + x2 * (-22954996161337813e-20 + x2 * 7873113957930937e-19)));
    }
    module.exports = evalpoly;
  }
});

// node_modules/@stdlib/math-base-special-gamma/lib/stirling_approximation.js
var require_stirling_approximation = __commonJS({
  "node_modules/@stdlib/math-base-special-gamma/lib/stirling_approximation.js"(exports, module) {
    "use strict";
    init_esm_dirname();
    var SQRT_TWO_PI = require_lib88();
    var pow = require_lib68();
    var exp = require_lib59();
    var polyval = require_polyval_s();
    var MAX_STIRLING = 143.01608;
    function gamma(x2) {
      var w2;
      var y2;
      var v2;
      w2 = 1 / x2;
      w2 = 1 + w2 * polyval(w2);
      y2 = exp(x2);
      if (x2 > MAX_STIRLING) {
        v2 = pow(x2, 0.5 * x2 - 0.25);
        y2 = v2 * (v2 / y2);
      } else {
        y2 = pow(x2, x2 - 0.5) / y2;
      }
      return SQRT_TWO_PI * y2 * w2;
    }
    module.exports = gamma;
  }
});

// node_modules/@stdlib/constants-float64-eulergamma/lib/index.js
var require_lib89 = __commonJS({
  "node_modules/@stdlib/constants-float64-eulergamma/lib/index.js"(exports, module) {
    "use strict";
    init_esm_dirname();
    var EULERGAMMA = 0.5772156649015329;
    module.exports = EULERGAMMA;
  }
});

// node_modules/@stdlib/math-base-special-gamma/lib/small_approximation.js
var require_small_approximation = __commonJS({
  "node_modules/@stdlib/math-base-special-gamma/lib/small_approximation.js"(exports, module) {
    "use strict";
    init_esm_dirname();
    var EULER = require_lib89();
    function gamma(x2, z2) {
      return z2 / ((1 + EULER * x2) * x2);
    }
    module.exports = gamma;
  }
});

// node_modules/@stdlib/math-base-special-gamma/lib/rational_pq.js
var require_rational_pq2 = __commonJS({
  "node_modules/@stdlib/math-base-special-gamma/lib/rational_pq.js"(exports, module) {
    "use strict";
    init_esm_dirname();
    function evalrational(x2) {
      var ax;
      var s1;
      var s2;
      if (x2 === 0) {
        return 1;
      }
      if (x2 < 0) {
        ax = -x2;
      } else {
        ax = x2;
      }
      if (ax <= 1) {
        s1 = 1 + x2 * (0.4942148268014971 + x2 * (0.20744822764843598 + x2 * (0.04763678004571372 + x2 * (0.010421379756176158 + x2 * (0.0011913514700658638 + x2 * (16011952247675185e-20 + x2 * 0))))));
        s2 = 1 + x2 * (0.0714304917030273 + x2 * (-0.23459179571824335 + x2 * (0.035823639860549865 + x2 * (0.011813978522206043 + x2 * (-0.004456419138517973 + x2 * (5396055804933034e-19 + x2 * -23158187332412014e-21))))));
      } else {
        x2 = 1 / x2;
        s1 = 0 + x2 * (16011952247675185e-20 + x2 * (0.0011913514700658638 + x2 * (0.010421379756176158 + x2 * (0.04763678004571372 + x2 * (0.20744822764843598 + x2 * (0.4942148268014971 + x2 * 1))))));
        s2 = -23158187332412014e-21 + x2 * (5396055804933034e-19 + x2 * (-0.004456419138517973 + x2 * (0.011813978522206043 + x2 * (0.035823639860549865 + x2 * (-0.23459179571824335 + x2 * (0.0714304917030273 + x2 * 1))))));
      }
      return s1 / s2;
    }
    module.exports = evalrational;
  }
});

// node_modules/@stdlib/math-base-special-gamma/lib/main.js
var require_main63 = __commonJS({
  "node_modules/@stdlib/math-base-special-gamma/lib/main.js"(exports, module) {
    "use strict";
    init_esm_dirname();
    var isnan = require_lib8();
    var isInteger = require_lib60();
    var isNegativeZero = require_lib74();
    var abs = require_lib43();
    var floor = require_lib6();
    var sin = require_lib87();
    var PINF = require_lib33();
    var NINF = require_lib35();
    var PI = require_lib79();
    var stirlingApprox = require_stirling_approximation();
    var smallApprox = require_small_approximation();
    var rateval = require_rational_pq2();
    function gamma(x2) {
      var sign;
      var q2;
      var p;
      var z2;
      if (isInteger(x2) && x2 < 0 || x2 === NINF || isnan(x2)) {
        return NaN;
      }
      if (x2 === 0) {
        if (isNegativeZero(x2)) {
          return NINF;
        }
        return PINF;
      }
      if (x2 > 171.61447887182297) {
        return PINF;
      }
      if (x2 < -170.5674972726612) {
        return 0;
      }
      q2 = abs(x2);
      if (q2 > 33) {
        if (x2 >= 0) {
          return stirlingApprox(x2);
        }
        p = floor(q2);
        if ((p & 1) === 0) {
          sign = -1;
        } else {
          sign = 1;
        }
        z2 = q2 - p;
        if (z2 > 0.5) {
          p += 1;
          z2 = q2 - p;
        }
        z2 = q2 * sin(PI * z2);
        return sign * PI / (abs(z2) * stirlingApprox(q2));
      }
      z2 = 1;
      while (x2 >= 3) {
        x2 -= 1;
        z2 *= x2;
      }
      while (x2 < 0) {
        if (x2 > -1e-9) {
          return smallApprox(x2, z2);
        }
        z2 /= x2;
        x2 += 1;
      }
      while (x2 < 2) {
        if (x2 < 1e-9) {
          return smallApprox(x2, z2);
        }
        z2 /= x2;
        x2 += 1;
      }
      if (x2 === 2) {
        return z2;
      }
      x2 -= 2;
      return z2 * rateval(x2);
    }
    module.exports = gamma;
  }
});

// node_modules/@stdlib/math-base-special-gamma/lib/index.js
var require_lib90 = __commonJS({
  "node_modules/@stdlib/math-base-special-gamma/lib/index.js"(exports, module) {
    "use strict";
    init_esm_dirname();
    var main = require_main63();
    module.exports = main;
  }
});

// node_modules/@stdlib/constants-float64-max-nth-factorial/lib/index.js
var require_lib91 = __commonJS({
  "node_modules/@stdlib/constants-float64-max-nth-factorial/lib/index.js"(exports, module) {
    "use strict";
    init_esm_dirname();
    var FLOAT64_MAX_NTH_FACTORIAL = 170 | 0;
    module.exports = FLOAT64_MAX_NTH_FACTORIAL;
  }
});

// node_modules/@stdlib/math-base-special-factorial/lib/factorials.json
var require_factorials = __commonJS({
  "node_modules/@stdlib/math-base-special-factorial/lib/factorials.json"(exports, module) {
    module.exports = [
      1,
      1,
      2,
      6,
      24,
      120,
      720,
      5040,
      40320,
      362880,
      3628800,
      39916800,
      479001600,
      6227020800,
      87178291200,
      1307674368e3,
      20922789888e3,
      355687428096e3,
      6402373705728e3,
      121645100408832e3,
      243290200817664e4,
      5109094217170944e4,
      11240007277776077e5,
      2585201673888498e7,
      6204484017332394e8,
      15511210043330986e9,
      40329146112660565e10,
      10888869450418352e12,
      30488834461171387e13,
      8841761993739702e15,
      26525285981219107e16,
      8222838654177922e18,
      2631308369336935e20,
      8683317618811886e21,
      29523279903960416e22,
      10333147966386145e24,
      37199332678990125e25,
      13763753091226346e27,
      5230226174666011e29,
      20397882081197444e30,
      8159152832478977e32,
      3345252661316381e34,
      140500611775288e37,
      6041526306337383e37,
      2658271574788449e39,
      11962222086548019e40,
      5502622159812089e42,
      25862324151116818e43,
      12413915592536073e45,
      6082818640342675e47,
      30414093201713376e48,
      15511187532873822e50,
      8065817517094388e52,
      42748832840600255e53,
      2308436973392414e56,
      12696403353658276e57,
      7109985878048635e59,
      40526919504877214e60,
      23505613312828785e62,
      13868311854568984e64,
      832098711274139e67,
      5075802138772248e68,
      3146997326038794e70,
      198260831540444e73,
      12688693218588417e73,
      8247650592082472e75,
      5443449390774431e77,
      3647111091818868e79,
      24800355424368305e80,
      1711224524281413e83,
      11978571669969892e84,
      8504785885678623e86,
      61234458376886085e87,
      44701154615126844e89,
      3307885441519386e92,
      248091408113954e95,
      18854947016660504e95,
      14518309202828587e97,
      11324281178206297e99,
      8946182130782976e101,
      7156945704626381e103,
      5797126020747368e105,
      4753643337012842e107,
      3945523969720659e109,
      3314240134565353e111,
      281710411438055e114,
      24227095383672734e114,
      2107757298379528e117,
      18548264225739844e118,
      1650795516090846e121,
      14857159644817615e122,
      1352001527678403e125,
      12438414054641308e126,
      11567725070816416e128,
      1087366156656743e131,
      1032997848823906e133,
      9916779348709496e134,
      9619275968248212e136,
      9426890448883248e138,
      9332621544394415e140,
      9332621544394415e142,
      942594775983836e145,
      9614466715035127e146,
      990290071648618e149,
      10299016745145628e150,
      1081396758240291e153,
      11462805637347084e154,
      1226520203196138e157,
      1324641819451829e159,
      14438595832024937e160,
      1588245541522743e163,
      17629525510902446e164,
      1974506857221074e167,
      22311927486598138e168,
      25435597334721877e170,
      2925093693493016e173,
      3393108684451898e175,
      3969937160808721e177,
      4684525849754291e179,
      5574585761207606e181,
      6689502913449127e183,
      8094298525273444e185,
      9875044200833601e187,
      1214630436702533e190,
      1506141741511141e192,
      1882677176888926e194,
      2372173242880047e196,
      30126600184576594e197,
      3856204823625804e200,
      4974504222477287e202,
      6466855489220474e204,
      847158069087882e207,
      11182486511960043e208,
      14872707060906857e210,
      19929427461615188e212,
      26904727073180504e214,
      3659042881952549e217,
      5012888748274992e219,
      6917786472619489e221,
      9615723196941089e223,
      13462012475717526e225,
      1898143759076171e228,
      2695364137888163e230,
      3854370717180073e232,
      55502938327393044e233,
      8047926057471992e236,
      11749972043909107e238,
      1727245890454639e241,
      25563239178728654e242,
      380892263763057e246,
      5713383956445855e247,
      862720977423324e250,
      13113358856834524e251,
      20063439050956823e253,
      30897696138473508e255,
      4789142901463394e258,
      7471062926282894e260,
      11729568794264145e262,
      1853271869493735e265,
      29467022724950384e266,
      47147236359920616e268,
      7590705053947219e271,
      12296942187394494e273,
      20044015765453026e275,
      3287218585534296e278,
      5423910666131589e280,
      9003691705778438e282,
      1503616514864999e285,
      25260757449731984e286,
      4269068009004705e289,
      7257415615307999e291
    ];
  }
});

// node_modules/@stdlib/math-base-special-factorial/lib/main.js
var require_main64 = __commonJS({
  "node_modules/@stdlib/math-base-special-factorial/lib/main.js"(exports, module) {
    "use strict";
    init_esm_dirname();
    var isnan = require_lib8();
    var isInteger = require_lib60();
    var gamma = require_lib90();
    var PINF = require_lib33();
    var FLOAT64_MAX_NTH_FACTORIAL = require_lib91();
    var FACTORIALS = require_factorials();
    function factorial(x2) {
      if (isnan(x2)) {
        return NaN;
      }
      if (isInteger(x2)) {
        if (x2 < 0) {
          return NaN;
        }
        if (x2 <= FLOAT64_MAX_NTH_FACTORIAL) {
          return FACTORIALS[x2];
        }
        return PINF;
      }
      return gamma(x2 + 1);
    }
    module.exports = factorial;
  }
});

// node_modules/@stdlib/math-base-special-factorial/lib/index.js
var require_lib92 = __commonJS({
  "node_modules/@stdlib/math-base-special-factorial/lib/index.js"(exports, module) {
    "use strict";
    init_esm_dirname();
    var main = require_main64();
    module.exports = main;
  }
});

// node_modules/@stdlib/math-base-special-gamma-lanczos-sum/lib/rational_pq.js
var require_rational_pq3 = __commonJS({
  "node_modules/@stdlib/math-base-special-gamma-lanczos-sum/lib/rational_pq.js"(exports, module) {
    "use strict";
    init_esm_dirname();
    function evalrational(x2) {
      var ax;
      var s1;
      var s2;
      if (x2 === 0) {
        return Infinity;
      }
      if (x2 < 0) {
        ax = -x2;
      } else {
        ax = x2;
      }
      if (ax <= 1) {
        s1 = 3847467039331777e-5 + x2 * (3685766504351951e-5 + x2 * (1588920245372942e-5 + x2 * (4059208354298835e-6 + x2 * (6805476611834733e-7 + x2 * (7823975500312005e-8 + x2 * (6246580776401795e-9 + x2 * (341986.3488721347 + x2 * (12287.194511824551 + x2 * (261.61404416416684 + x2 * 2.5066282746310007)))))))));
        s2 = 0 + x2 * (362880 + x2 * (1026576 + x2 * (1172700 + x2 * (723680 + x2 * (269325 + x2 * (63273 + x2 * (9450 + x2 * (870 + x2 * (45 + x2 * 1)))))))));
      } else {
        x2 = 1 / x2;
        s1 = 2.5066282746310007 + x2 * (261.61404416416684 + x2 * (12287.194511824551 + x2 * (341986.3488721347 + x2 * (6246580776401795e-9 + x2 * (7823975500312005e-8 + x2 * (6805476611834733e-7 + x2 * (4059208354298835e-6 + x2 * (1588920245372942e-5 + x2 * (3685766504351951e-5 + x2 * 3847467039331777e-5)))))))));
        s2 = 1 + x2 * (45 + x2 * (870 + x2 * (9450 + x2 * (63273 + x2 * (269325 + x2 * (723680 + x2 * (1172700 + x2 * (1026576 + x2 * (362880 + x2 * 0)))))))));
      }
      return s1 / s2;
    }
    module.exports = evalrational;
  }
});

// node_modules/@stdlib/math-base-special-gamma-lanczos-sum/lib/main.js
var require_main65 = __commonJS({
  "node_modules/@stdlib/math-base-special-gamma-lanczos-sum/lib/main.js"(exports, module) {
    "use strict";
    init_esm_dirname();
    var gammaLanczosSum = require_rational_pq3();
    module.exports = gammaLanczosSum;
  }
});

// node_modules/@stdlib/math-base-special-gamma-lanczos-sum/lib/index.js
var require_lib93 = __commonJS({
  "node_modules/@stdlib/math-base-special-gamma-lanczos-sum/lib/index.js"(exports, module) {
    "use strict";
    init_esm_dirname();
    var main = require_main65();
    module.exports = main;
  }
});

// node_modules/@stdlib/constants-float64-gamma-lanczos-g/lib/index.js
var require_lib94 = __commonJS({
  "node_modules/@stdlib/constants-float64-gamma-lanczos-g/lib/index.js"(exports, module) {
    "use strict";
    init_esm_dirname();
    var FLOAT64_GAMMA_LANCZOS_G = 10.900511;
    module.exports = FLOAT64_GAMMA_LANCZOS_G;
  }
});

// node_modules/@stdlib/math-base-special-gamma-delta-ratio/lib/gamma_delta_ratio_lanczos.js
var require_gamma_delta_ratio_lanczos = __commonJS({
  "node_modules/@stdlib/math-base-special-gamma-delta-ratio/lib/gamma_delta_ratio_lanczos.js"(exports, module) {
    "use strict";
    init_esm_dirname();
    var lanczosSum = require_lib93();
    var gamma = require_lib90();
    var log1p = require_lib39();
    var abs = require_lib43();
    var exp = require_lib59();
    var pow = require_lib68();
    var EPSILON = require_lib70();
    var E = require_lib69();
    var G2 = require_lib94();
    var FLOAT64_MAX_NTH_FACTORIAL = require_lib91();
    var FACTORIAL_169 = 4269068009004705e289;
    function gammaDeltaRatioLanczos(z2, delta) {
      var result;
      var ratio;
      var zgh;
      if (z2 < EPSILON) {
        if (delta >= FLOAT64_MAX_NTH_FACTORIAL) {
          ratio = gammaDeltaRatioLanczos(delta, FLOAT64_MAX_NTH_FACTORIAL - delta);
          ratio *= z2;
          ratio *= FACTORIAL_169;
          return 1 / ratio;
        }
        return 1 / (z2 * gamma(z2 + delta));
      }
      zgh = z2 + G2 - 0.5;
      if (z2 + delta === z2) {
        if (abs(delta / zgh) < EPSILON) {
          result = exp(-delta);
        } else {
          result = 1;
        }
      } else {
        if (abs(delta) < 10) {
          result = exp((0.5 - z2) * log1p(delta / zgh));
        } else {
          result = pow(zgh / (zgh + delta), z2 - 0.5);
        }
        result *= lanczosSum(z2) / lanczosSum(z2 + delta);
      }
      result *= pow(E / (zgh + delta), delta);
      return result;
    }
    module.exports = gammaDeltaRatioLanczos;
  }
});

// node_modules/@stdlib/math-base-special-gamma-delta-ratio/lib/main.js
var require_main66 = __commonJS({
  "node_modules/@stdlib/math-base-special-gamma-delta-ratio/lib/main.js"(exports, module) {
    "use strict";
    init_esm_dirname();
    var abs = require_lib43();
    var floor = require_lib6();
    var gamma = require_lib90();
    var factorial = require_lib92();
    var FLOAT64_MAX_NTH_FACTORIAL = require_lib91();
    var gammaDeltaRatioLanczos = require_gamma_delta_ratio_lanczos();
    function gammaDeltaRatio(z2, delta) {
      var result;
      var idelta;
      var iz;
      if (z2 <= 0 || z2 + delta <= 0) {
        return gamma(z2) / gamma(z2 + delta);
      }
      idelta = floor(delta);
      if (idelta === delta) {
        iz = floor(z2);
        if (iz === z2) {
          if (z2 <= FLOAT64_MAX_NTH_FACTORIAL && z2 + delta <= FLOAT64_MAX_NTH_FACTORIAL) {
            return factorial(iz - 1) / factorial(idelta + iz - 1);
          }
        }
        if (abs(delta) < 20) {
          if (delta === 0) {
            return 1;
          }
          if (delta < 0) {
            z2 -= 1;
            result = z2;
            delta += 1;
            while (delta !== 0) {
              z2 -= 1;
              result *= z2;
              delta += 1;
            }
            return result;
          }
          result = 1 / z2;
          delta -= 1;
          while (delta !== 0) {
            z2 += 1;
            result /= z2;
            delta -= 1;
          }
          return result;
        }
      }
      return gammaDeltaRatioLanczos(z2, delta);
    }
    module.exports = gammaDeltaRatio;
  }
});

// node_modules/@stdlib/math-base-special-gamma-delta-ratio/lib/index.js
var require_lib95 = __commonJS({
  "node_modules/@stdlib/math-base-special-gamma-delta-ratio/lib/index.js"(exports, module) {
    "use strict";
    init_esm_dirname();
    var main = require_main66();
    module.exports = main;
  }
});

// node_modules/@stdlib/math-base-special-ln/lib/polyval_p.js
var require_polyval_p3 = __commonJS({
  "node_modules/@stdlib/math-base-special-ln/lib/polyval_p.js"(exports, module) {
    "use strict";
    init_esm_dirname();
    function evalpoly(x2) {
      if (x2 === 0) {
        return 0.3999999999940942;
      }
      return 0.3999999999940942 + x2 * (0.22222198432149784 + x2 * 0.15313837699209373);
    }
    module.exports = evalpoly;
  }
});

// node_modules/@stdlib/math-base-special-ln/lib/polyval_q.js
var require_polyval_q2 = __commonJS({
  "node_modules/@stdlib/math-base-special-ln/lib/polyval_q.js"(exports, module) {
    "use strict";
    init_esm_dirname();
    function evalpoly(x2) {
      if (x2 === 0) {
        return 0.6666666666666735;
      }
      return 0.6666666666666735 + x2 * (0.2857142874366239 + x2 * (0.1818357216161805 + x2 * 0.14798198605116586));
    }
    module.exports = evalpoly;
  }
});

// node_modules/@stdlib/math-base-special-ln/lib/main.js
var require_main67 = __commonJS({
  "node_modules/@stdlib/math-base-special-ln/lib/main.js"(exports, module) {
    "use strict";
    init_esm_dirname();
    var getHighWord = require_lib30();
    var setHighWord = require_lib31();
    var isnan = require_lib8();
    var BIAS = require_lib36();
    var NINF = require_lib35();
    var polyvalP = require_polyval_p3();
    var polyvalQ = require_polyval_q2();
    var LN2_HI = 0.6931471803691238;
    var LN2_LO = 19082149292705877e-26;
    var TWO54 = 18014398509481984;
    var ONE_THIRD = 0.3333333333333333;
    var HIGH_SIGNIFICAND_MASK = 1048575 | 0;
    var HIGH_MAX_NORMAL_EXP = 2146435072 | 0;
    var HIGH_MIN_NORMAL_EXP = 1048576 | 0;
    var HIGH_BIASED_EXP_0 = 1072693248 | 0;
    function ln(x2) {
      var hfsq;
      var hx;
      var t2;
      var t1;
      var k;
      var R;
      var f;
      var i;
      var j;
      var s;
      var w2;
      var z2;
      if (x2 === 0) {
        return NINF;
      }
      if (isnan(x2) || x2 < 0) {
        return NaN;
      }
      hx = getHighWord(x2);
      k = 0 | 0;
      if (hx < HIGH_MIN_NORMAL_EXP) {
        k -= 54 | 0;
        x2 *= TWO54;
        hx = getHighWord(x2);
      }
      if (hx >= HIGH_MAX_NORMAL_EXP) {
        return x2 + x2;
      }
      k += (hx >> 20) - BIAS | 0;
      hx &= HIGH_SIGNIFICAND_MASK;
      i = hx + 614244 & 1048576 | 0;
      x2 = setHighWord(x2, hx | i ^ HIGH_BIASED_EXP_0);
      k += i >> 20 | 0;
      f = x2 - 1;
      if ((HIGH_SIGNIFICAND_MASK & 2 + hx) < 3) {
        if (f === 0) {
          if (k === 0) {
            return 0;
          }
          return k * LN2_HI + k * LN2_LO;
        }
        R = f * f * (0.5 - ONE_THIRD * f);
        if (k === 0) {
          return f - R;
        }
        return k * LN2_HI - (R - k * LN2_LO - f);
      }
      s = f / (2 + f);
      z2 = s * s;
      i = hx - 398458 | 0;
      w2 = z2 * z2;
      j = 440401 - hx | 0;
      t1 = w2 * polyvalP(w2);
      t2 = z2 * polyvalQ(w2);
      i |= j;
      R = t2 + t1;
      if (i > 0) {
        hfsq = 0.5 * f * f;
        if (k === 0) {
          return f - (hfsq - s * (hfsq + R));
        }
        return k * LN2_HI - (hfsq - (s * (hfsq + R) + k * LN2_LO) - f);
      }
      if (k === 0) {
        return f - s * (f - R);
      }
      return k * LN2_HI - (s * (f - R) - k * LN2_LO - f);
    }
    module.exports = ln;
  }
});

// node_modules/@stdlib/math-base-special-ln/lib/index.js
var require_lib96 = __commonJS({
  "node_modules/@stdlib/math-base-special-ln/lib/index.js"(exports, module) {
    "use strict";
    init_esm_dirname();
    var main = require_main67();
    module.exports = main;
  }
});

// node_modules/@stdlib/math-base-special-cos/lib/main.js
var require_main68 = __commonJS({
  "node_modules/@stdlib/math-base-special-cos/lib/main.js"(exports, module) {
    "use strict";
    init_esm_dirname();
    var getHighWord = require_lib30();
    var kernelCos = require_lib80();
    var kernelSin = require_lib81();
    var rempio2 = require_lib86();
    var ABS_MASK = require_lib51();
    var EXPONENT_MASK = require_lib56();
    var buffer = [0, 0];
    var HIGH_WORD_PIO4 = 1072243195 | 0;
    var HIGH_WORD_TWO_NEG_27 = 1044381696 | 0;
    function cos(x2) {
      var ix;
      var n;
      ix = getHighWord(x2);
      ix &= ABS_MASK;
      if (ix <= HIGH_WORD_PIO4) {
        if (ix < HIGH_WORD_TWO_NEG_27) {
          return 1;
        }
        return kernelCos(x2, 0);
      }
      if (ix >= EXPONENT_MASK) {
        return NaN;
      }
      n = rempio2(x2, buffer);
      switch (n & 3) {
        case 0:
          return kernelCos(buffer[0], buffer[1]);
        case 1:
          return -kernelSin(buffer[0], buffer[1]);
        case 2:
          return -kernelCos(buffer[0], buffer[1]);
        default:
          return kernelSin(buffer[0], buffer[1]);
      }
    }
    module.exports = cos;
  }
});

// node_modules/@stdlib/math-base-special-cos/lib/index.js
var require_lib97 = __commonJS({
  "node_modules/@stdlib/math-base-special-cos/lib/index.js"(exports, module) {
    "use strict";
    init_esm_dirname();
    var main = require_main68();
    module.exports = main;
  }
});

// node_modules/@stdlib/math-base-special-sinpi/lib/main.js
var require_main69 = __commonJS({
  "node_modules/@stdlib/math-base-special-sinpi/lib/main.js"(exports, module) {
    "use strict";
    init_esm_dirname();
    var isnan = require_lib8();
    var isInfinite = require_lib49();
    var cos = require_lib97();
    var sin = require_lib87();
    var abs = require_lib43();
    var copysign = require_lib53();
    var PI = require_lib79();
    function sinpi(x2) {
      var ar;
      var r;
      if (isnan(x2)) {
        return NaN;
      }
      if (isInfinite(x2)) {
        return NaN;
      }
      r = x2 % 2;
      ar = abs(r);
      if (ar === 0 || ar === 1) {
        return copysign(0, r);
      }
      if (ar < 0.25) {
        return sin(PI * r);
      }
      if (ar < 0.75) {
        ar = 0.5 - ar;
        return copysign(cos(PI * ar), r);
      }
      if (ar < 1.25) {
        r = copysign(1, r) - r;
        return sin(PI * r);
      }
      if (ar < 1.75) {
        ar -= 1.5;
        return -copysign(cos(PI * ar), r);
      }
      r -= copysign(2, r);
      return sin(PI * r);
    }
    module.exports = sinpi;
  }
});

// node_modules/@stdlib/math-base-special-sinpi/lib/index.js
var require_lib98 = __commonJS({
  "node_modules/@stdlib/math-base-special-sinpi/lib/index.js"(exports, module) {
    "use strict";
    init_esm_dirname();
    var main = require_main69();
    module.exports = main;
  }
});

// node_modules/@stdlib/math-base-special-gammaln/lib/polyval_a1.js
var require_polyval_a1 = __commonJS({
  "node_modules/@stdlib/math-base-special-gammaln/lib/polyval_a1.js"(exports, module) {
    "use strict";
    init_esm_dirname();
    function evalpoly(x2) {
      if (x2 === 0) {
        return 0.06735230105312927;
      }
      return 0.06735230105312927 + x2 * (0.007385550860814029 + x2 * (0.0011927076318336207 + x2 * (22086279071390839e-20 + x2 * 25214456545125733e-21)));
    }
    module.exports = evalpoly;
  }
});

// node_modules/@stdlib/math-base-special-gammaln/lib/polyval_a2.js
var require_polyval_a2 = __commonJS({
  "node_modules/@stdlib/math-base-special-gammaln/lib/polyval_a2.js"(exports, module) {
    "use strict";
    init_esm_dirname();
    function evalpoly(x2) {
      if (x2 === 0) {
        return 0.020580808432516733;
      }
      return 0.020580808432516733 + x2 * (0.0028905138367341563 + x2 * (5100697921535113e-19 + x2 * (10801156724758394e-20 + x2 * 44864094961891516e-21)));
    }
    module.exports = evalpoly;
  }
});

// node_modules/@stdlib/math-base-special-gammaln/lib/polyval_r.js
var require_polyval_r = __commonJS({
  "node_modules/@stdlib/math-base-special-gammaln/lib/polyval_r.js"(exports, module) {
    "use strict";
    init_esm_dirname();
    function evalpoly(x2) {
      if (x2 === 0) {
        return 1.3920053346762105;
      }
      return 1.3920053346762105 + x2 * (0.7219355475671381 + x2 * (0.17193386563280308 + x2 * (0.01864591917156529 + x2 * (7779424963818936e-19 + x2 * 7326684307446256e-21))));
    }
    module.exports = evalpoly;
  }
});

// node_modules/@stdlib/math-base-special-gammaln/lib/polyval_s.js
var require_polyval_s2 = __commonJS({
  "node_modules/@stdlib/math-base-special-gammaln/lib/polyval_s.js"(exports, module) {
    "use strict";
    init_esm_dirname();
    function evalpoly(x2) {
      if (x2 === 0) {
        return 0.21498241596060885;
      }
      return 0.21498241596060885 + x2 * (0.325778796408931 + x2 * (0.14635047265246445 + x2 * (0.02664227030336386 + x2 * (0.0018402845140733772 + x2 * 3194753265841009e-20))));
    }
    module.exports = evalpoly;
  }
});

// node_modules/@stdlib/math-base-special-gammaln/lib/polyval_t1.js
var require_polyval_t1 = __commonJS({
  "node_modules/@stdlib/math-base-special-gammaln/lib/polyval_t1.js"(exports, module) {
    "use strict";
    init_esm_dirname();
    function evalpoly(x2) {
      if (x2 === 0) {
        return -0.032788541075985965;
      }
      return -0.032788541075985965 + x2 * (0.006100538702462913 + x2 * (-0.0014034646998923284 + x2 * 31563207090362595e-20));
    }
    module.exports = evalpoly;
  }
});

// node_modules/@stdlib/math-base-special-gammaln/lib/polyval_t2.js
var require_polyval_t2 = __commonJS({
  "node_modules/@stdlib/math-base-special-gammaln/lib/polyval_t2.js"(exports, module) {
    "use strict";
    init_esm_dirname();
    function evalpoly(x2) {
      if (x2 === 0) {
        return 0.01797067508118204;
      }
      return 0.01797067508118204 + x2 * (-0.0036845201678113826 + x2 * (881081882437654e-18 + x2 * -31275416837512086e-20));
    }
    module.exports = evalpoly;
  }
});

// node_modules/@stdlib/math-base-special-gammaln/lib/polyval_t3.js
var require_polyval_t3 = __commonJS({
  "node_modules/@stdlib/math-base-special-gammaln/lib/polyval_t3.js"(exports, module) {
    "use strict";
    init_esm_dirname();
    function evalpoly(x2) {
      if (x2 === 0) {
        return -0.010314224129834144;
      }
      return -0.010314224129834144 + x2 * (0.0022596478090061247 + x2 * (-5385953053567405e-19 + x2 * 3355291926355191e-19));
    }
    module.exports = evalpoly;
  }
});

// node_modules/@stdlib/math-base-special-gammaln/lib/polyval_u.js
var require_polyval_u = __commonJS({
  "node_modules/@stdlib/math-base-special-gammaln/lib/polyval_u.js"(exports, module) {
    "use strict";
    init_esm_dirname();
    function evalpoly(x2) {
      if (x2 === 0) {
        return 0.6328270640250934;
      }
      return 0.6328270640250934 + x2 * (1.4549225013723477 + x2 * (0.9777175279633727 + x2 * (0.22896372806469245 + x2 * 0.013381091853678766)));
    }
    module.exports = evalpoly;
  }
});

// node_modules/@stdlib/math-base-special-gammaln/lib/polyval_v.js
var require_polyval_v = __commonJS({
  "node_modules/@stdlib/math-base-special-gammaln/lib/polyval_v.js"(exports, module) {
    "use strict";
    init_esm_dirname();
    function evalpoly(x2) {
      if (x2 === 0) {
        return 2.4559779371304113;
      }
      return 2.4559779371304113 + x2 * (2.128489763798934 + x2 * (0.7692851504566728 + x2 * (0.10422264559336913 + x2 * 0.003217092422824239)));
    }
    module.exports = evalpoly;
  }
});

// node_modules/@stdlib/math-base-special-gammaln/lib/polyval_w.js
var require_polyval_w2 = __commonJS({
  "node_modules/@stdlib/math-base-special-gammaln/lib/polyval_w.js"(exports, module) {
    "use strict";
    init_esm_dirname();
    function evalpoly(x2) {
      if (x2 === 0) {
        return 0.08333333333333297;
      }
      return 0.08333333333333297 + x2 * (-0.0027777777772877554 + x2 * (7936505586430196e-19 + x2 * (-59518755745034e-17 + x2 * (8363399189962821e-19 + x2 * -0.0016309293409657527))));
    }
    module.exports = evalpoly;
  }
});

// node_modules/@stdlib/math-base-special-gammaln/lib/main.js
var require_main70 = __commonJS({
  "node_modules/@stdlib/math-base-special-gammaln/lib/main.js"(exports, module) {
    "use strict";
    init_esm_dirname();
    var isnan = require_lib8();
    var isInfinite = require_lib49();
    var abs = require_lib43();
    var ln = require_lib96();
    var trunc = require_lib45();
    var sinpi = require_lib98();
    var PI = require_lib79();
    var PINF = require_lib33();
    var polyvalA1 = require_polyval_a1();
    var polyvalA2 = require_polyval_a2();
    var polyvalR = require_polyval_r();
    var polyvalS = require_polyval_s2();
    var polyvalT1 = require_polyval_t1();
    var polyvalT2 = require_polyval_t2();
    var polyvalT3 = require_polyval_t3();
    var polyvalU = require_polyval_u();
    var polyvalV = require_polyval_v();
    var polyvalW = require_polyval_w2();
    var A1C = 0.07721566490153287;
    var A2C = 0.3224670334241136;
    var RC = 1;
    var SC = -0.07721566490153287;
    var T1C = 0.48383612272381005;
    var T2C = -0.1475877229945939;
    var T3C = 0.06462494023913339;
    var UC = -0.07721566490153287;
    var VC = 1;
    var WC = 0.4189385332046727;
    var YMIN = 1.4616321449683622;
    var TWO52 = 4503599627370496;
    var TWO56 = 72057594037927940;
    var TINY = 13877787807814457e-33;
    var TC = 1.4616321449683622;
    var TF = -0.12148629053584961;
    var TT = -3638676997039505e-33;
    function gammaln(x2) {
      var isNegative;
      var nadj;
      var flg;
      var p3;
      var p2;
      var p1;
      var p;
      var q2;
      var t;
      var w2;
      var y2;
      var z2;
      var r;
      if (isnan(x2) || isInfinite(x2)) {
        return x2;
      }
      if (x2 === 0) {
        return PINF;
      }
      if (x2 < 0) {
        isNegative = true;
        x2 = -x2;
      } else {
        isNegative = false;
      }
      if (x2 < TINY) {
        return -ln(x2);
      }
      if (isNegative) {
        if (x2 >= TWO52) {
          return PINF;
        }
        t = sinpi(x2);
        if (t === 0) {
          return PINF;
        }
        nadj = ln(PI / abs(t * x2));
      }
      if (x2 === 1 || x2 === 2) {
        return 0;
      }
      if (x2 < 2) {
        if (x2 <= 0.9) {
          r = -ln(x2);
          if (x2 >= YMIN - 1 + 0.27) {
            y2 = 1 - x2;
            flg = 0;
          } else if (x2 >= YMIN - 1 - 0.27) {
            y2 = x2 - (TC - 1);
            flg = 1;
          } else {
            y2 = x2;
            flg = 2;
          }
        } else {
          r = 0;
          if (x2 >= YMIN + 0.27) {
            y2 = 2 - x2;
            flg = 0;
          } else if (x2 >= YMIN - 0.27) {
            y2 = x2 - TC;
            flg = 1;
          } else {
            y2 = x2 - 1;
            flg = 2;
          }
        }
        switch (flg) {
          // eslint-disable-line default-case
          case 0:
            z2 = y2 * y2;
            p1 = A1C + z2 * polyvalA1(z2);
            p2 = z2 * (A2C + z2 * polyvalA2(z2));
            p = y2 * p1 + p2;
            r += p - 0.5 * y2;
            break;
          case 1:
            z2 = y2 * y2;
            w2 = z2 * y2;
            p1 = T1C + w2 * polyvalT1(w2);
            p2 = T2C + w2 * polyvalT2(w2);
            p3 = T3C + w2 * polyvalT3(w2);
            p = z2 * p1 - (TT - w2 * (p2 + y2 * p3));
            r += TF + p;
            break;
          case 2:
            p1 = y2 * (UC + y2 * polyvalU(y2));
            p2 = VC + y2 * polyvalV(y2);
            r += -0.5 * y2 + p1 / p2;
            break;
        }
      } else if (x2 < 8) {
        flg = trunc(x2);
        y2 = x2 - flg;
        p = y2 * (SC + y2 * polyvalS(y2));
        q2 = RC + y2 * polyvalR(y2);
        r = 0.5 * y2 + p / q2;
        z2 = 1;
        switch (flg) {
          // eslint-disable-line default-case
          case 7:
            z2 *= y2 + 6;
          /* Falls through */
          case 6:
            z2 *= y2 + 5;
          /* Falls through */
          case 5:
            z2 *= y2 + 4;
          /* Falls through */
          case 4:
            z2 *= y2 + 3;
          /* Falls through */
          case 3:
            z2 *= y2 + 2;
            r += ln(z2);
        }
      } else if (x2 < TWO56) {
        t = ln(x2);
        z2 = 1 / x2;
        y2 = z2 * z2;
        w2 = WC + z2 * polyvalW(y2);
        r = (x2 - 0.5) * (t - 1) + w2;
      } else {
        r = x2 * (ln(x2) - 1);
      }
      if (isNegative) {
        r = nadj - r;
      }
      return r;
    }
    module.exports = gammaln;
  }
});

// node_modules/@stdlib/math-base-special-gammaln/lib/index.js
var require_lib99 = __commonJS({
  "node_modules/@stdlib/math-base-special-gammaln/lib/index.js"(exports, module) {
    "use strict";
    init_esm_dirname();
    var main = require_main70();
    module.exports = main;
  }
});

// node_modules/@stdlib/constants-float64-max-ln/lib/index.js
var require_lib100 = __commonJS({
  "node_modules/@stdlib/constants-float64-max-ln/lib/index.js"(exports, module) {
    "use strict";
    init_esm_dirname();
    var FLOAT64_MAX_LN = 709.782712893384;
    module.exports = FLOAT64_MAX_LN;
  }
});

// node_modules/@stdlib/constants-float64-sqrt-eps/lib/index.js
var require_lib101 = __commonJS({
  "node_modules/@stdlib/constants-float64-sqrt-eps/lib/index.js"(exports, module) {
    "use strict";
    init_esm_dirname();
    var FLOAT64_SQRT_EPSILON = 14901161193847656e-24;
    module.exports = FLOAT64_SQRT_EPSILON;
  }
});

// node_modules/@stdlib/utils-eval/lib/index.js
var require_lib102 = __commonJS({
  "node_modules/@stdlib/utils-eval/lib/index.js"(exports, module) {
    "use strict";
    init_esm_dirname();
    var evil = eval;
    module.exports = evil;
  }
});

// node_modules/@stdlib/assert-has-generator-support/lib/main.js
var require_main71 = __commonJS({
  "node_modules/@stdlib/assert-has-generator-support/lib/main.js"(exports, module) {
    "use strict";
    init_esm_dirname();
    var evil = require_lib102();
    function hasGeneratorSupport() {
      var bool;
      try {
        evil('"use strict"; (function* () {})');
        bool = true;
      } catch (err) {
        bool = false;
      }
      return bool;
    }
    module.exports = hasGeneratorSupport;
  }
});

// node_modules/@stdlib/assert-has-generator-support/lib/index.js
var require_lib103 = __commonJS({
  "node_modules/@stdlib/assert-has-generator-support/lib/index.js"(exports, module) {
    "use strict";
    init_esm_dirname();
    var main = require_main71();
    module.exports = main;
  }
});

// node_modules/@stdlib/math-base-tools-sum-series/lib/generators.js
var require_generators = __commonJS({
  "node_modules/@stdlib/math-base-tools-sum-series/lib/generators.js"(exports, module) {
    "use strict";
    init_esm_dirname();
    var abs = require_lib43();
    var EPS = require_lib70();
    var MAX_TERMS = 1e6;
    function sumSeries(generator, options) {
      var isgenerator;
      var tolerance;
      var nextTerm;
      var counter;
      var result;
      var opts;
      opts = {};
      if (arguments.length > 1) {
        opts = options;
      }
      tolerance = opts.tolerance || EPS;
      counter = opts.maxTerms || MAX_TERMS;
      result = opts.initialValue || 0;
      isgenerator = typeof generator.next === "function";
      if (isgenerator === true) {
        for (nextTerm of generator) {
          result += nextTerm;
          if (abs(tolerance * result) >= abs(nextTerm) || --counter === 0) {
            break;
          }
        }
      } else {
        do {
          nextTerm = generator();
          result += nextTerm;
        } while (abs(tolerance * result) < abs(nextTerm) && --counter);
      }
      return result;
    }
    module.exports = sumSeries;
  }
});

// node_modules/@stdlib/math-base-tools-sum-series/lib/basic.js
var require_basic = __commonJS({
  "node_modules/@stdlib/math-base-tools-sum-series/lib/basic.js"(exports, module) {
    "use strict";
    init_esm_dirname();
    var abs = require_lib43();
    var EPS = require_lib70();
    var MAX_TERMS = 1e6;
    function sumSeries(generator, options) {
      var tolerance;
      var nextTerm;
      var counter;
      var result;
      var opts;
      opts = {};
      if (arguments.length > 1) {
        opts = options;
      }
      tolerance = opts.tolerance || EPS;
      counter = opts.maxTerms || MAX_TERMS;
      result = opts.initialValue || 0;
      do {
        nextTerm = generator();
        result += nextTerm;
      } while (abs(tolerance * result) < abs(nextTerm) && --counter);
      return result;
    }
    module.exports = sumSeries;
  }
});

// node_modules/@stdlib/math-base-tools-sum-series/lib/index.js
var require_lib104 = __commonJS({
  "node_modules/@stdlib/math-base-tools-sum-series/lib/index.js"(exports, module) {
    "use strict";
    init_esm_dirname();
    var hasGeneratorSupport = require_lib103();
    var generator = require_generators();
    var basic = require_basic();
    var sumSeries;
    if (hasGeneratorSupport()) {
      sumSeries = generator;
    } else {
      sumSeries = basic;
    }
    module.exports = sumSeries;
  }
});

// node_modules/@stdlib/math-base-special-gammainc/lib/tgamma_i_large_x_series.js
var require_tgamma_i_large_x_series = __commonJS({
  "node_modules/@stdlib/math-base-special-gammainc/lib/tgamma_i_large_x_series.js"(exports, module) {
    "use strict";
    init_esm_dirname();
    function tgammaILargeXSeries(a1, x1) {
      var result = 1;
      var a = a1;
      var x2 = x1;
      return next;
      function next() {
        var r = result;
        result *= a / x2;
        a -= 1;
        return r;
      }
    }
    module.exports = tgammaILargeXSeries;
  }
});

// node_modules/@stdlib/math-base-special-gammainc/lib/tgamma_i_large_x.js
var require_tgamma_i_large_x = __commonJS({
  "node_modules/@stdlib/math-base-special-gammainc/lib/tgamma_i_large_x.js"(exports, module) {
    "use strict";
    init_esm_dirname();
    var sumSeries = require_lib104();
    var tgammaILargeXSeries = require_tgamma_i_large_x_series();
    function tgammaILargeX(a, x2) {
      var result;
      var s;
      s = tgammaILargeXSeries(a, x2);
      result = sumSeries(s);
      return result;
    }
    module.exports = tgammaILargeX;
  }
});

// node_modules/@stdlib/math-base-special-gammainc/lib/finite_gamma_q.js
var require_finite_gamma_q = __commonJS({
  "node_modules/@stdlib/math-base-special-gammainc/lib/finite_gamma_q.js"(exports, module) {
    "use strict";
    init_esm_dirname();
    var exp = require_lib59();
    function finiteGammaQ(a, x2) {
      var term;
      var sum;
      var e;
      var n;
      e = exp(-x2);
      sum = e;
      if (sum !== 0) {
        term = sum;
        for (n = 1; n < a; ++n) {
          term /= n;
          term *= x2;
          sum += term;
        }
      }
      return sum;
    }
    module.exports = finiteGammaQ;
  }
});

// node_modules/@stdlib/math-base-special-erfc/lib/polyval_pp.js
var require_polyval_pp = __commonJS({
  "node_modules/@stdlib/math-base-special-erfc/lib/polyval_pp.js"(exports, module) {
    "use strict";
    init_esm_dirname();
    function evalpoly(x2) {
      if (x2 === 0) {
        return -0.3250421072470015;
      }
      return -0.3250421072470015 + x2 * (-0.02848174957559851 + x2 * (-0.005770270296489442 + x2 * -23763016656650163e-21));
    }
    module.exports = evalpoly;
  }
});

// node_modules/@stdlib/math-base-special-erfc/lib/polyval_qq.js
var require_polyval_qq = __commonJS({
  "node_modules/@stdlib/math-base-special-erfc/lib/polyval_qq.js"(exports, module) {
    "use strict";
    init_esm_dirname();
    function evalpoly(x2) {
      if (x2 === 0) {
        return 0.39791722395915535;
      }
      return 0.39791722395915535 + x2 * (0.0650222499887673 + x2 * (0.005081306281875766 + x2 * (13249473800432164e-20 + x2 * -3960228278775368e-21)));
    }
    module.exports = evalpoly;
  }
});

// node_modules/@stdlib/math-base-special-erfc/lib/polyval_pa.js
var require_polyval_pa = __commonJS({
  "node_modules/@stdlib/math-base-special-erfc/lib/polyval_pa.js"(exports, module) {
    "use strict";
    init_esm_dirname();
    function evalpoly(x2) {
      if (x2 === 0) {
        return 0.41485611868374833;
      }
      return 0.41485611868374833 + x2 * (-0.3722078760357013 + x2 * (0.31834661990116175 + x2 * (-0.11089469428239668 + x2 * (0.035478304325618236 + x2 * -0.002166375594868791))));
    }
    module.exports = evalpoly;
  }
});

// node_modules/@stdlib/math-base-special-erfc/lib/polyval_qa.js
var require_polyval_qa = __commonJS({
  "node_modules/@stdlib/math-base-special-erfc/lib/polyval_qa.js"(exports, module) {
    "use strict";
    init_esm_dirname();
    function evalpoly(x2) {
      if (x2 === 0) {
        return 0.10642088040084423;
      }
      return 0.10642088040084423 + x2 * (0.540397917702171 + x2 * (0.07182865441419627 + x2 * (0.12617121980876164 + x2 * (0.01363708391202905 + x2 * 0.011984499846799107))));
    }
    module.exports = evalpoly;
  }
});

// node_modules/@stdlib/math-base-special-erfc/lib/polyval_ra.js
var require_polyval_ra = __commonJS({
  "node_modules/@stdlib/math-base-special-erfc/lib/polyval_ra.js"(exports, module) {
    "use strict";
    init_esm_dirname();
    function evalpoly(x2) {
      if (x2 === 0) {
        return -0.6938585727071818;
      }
      return -0.6938585727071818 + x2 * (-10.558626225323291 + x2 * (-62.375332450326006 + x2 * (-162.39666946257347 + x2 * (-184.60509290671104 + x2 * (-81.2874355063066 + x2 * -9.814329344169145)))));
    }
    module.exports = evalpoly;
  }
});

// node_modules/@stdlib/math-base-special-erfc/lib/polyval_sa.js
var require_polyval_sa = __commonJS({
  "node_modules/@stdlib/math-base-special-erfc/lib/polyval_sa.js"(exports, module) {
    "use strict";
    init_esm_dirname();
    function evalpoly(x2) {
      if (x2 === 0) {
        return 19.651271667439257;
      }
      return 19.651271667439257 + x2 * (137.65775414351904 + x2 * (434.56587747522923 + x2 * (645.3872717332679 + x2 * (429.00814002756783 + x2 * (108.63500554177944 + x2 * (6.570249770319282 + x2 * -0.0604244152148581))))));
    }
    module.exports = evalpoly;
  }
});

// node_modules/@stdlib/math-base-special-erfc/lib/polyval_rb.js
var require_polyval_rb = __commonJS({
  "node_modules/@stdlib/math-base-special-erfc/lib/polyval_rb.js"(exports, module) {
    "use strict";
    init_esm_dirname();
    function evalpoly(x2) {
      if (x2 === 0) {
        return -0.799283237680523;
      }
      return -0.799283237680523 + x2 * (-17.757954917754752 + x2 * (-160.63638485582192 + x2 * (-637.5664433683896 + x2 * (-1025.0951316110772 + x2 * -483.5191916086514))));
    }
    module.exports = evalpoly;
  }
});

// node_modules/@stdlib/math-base-special-erfc/lib/polyval_sb.js
var require_polyval_sb = __commonJS({
  "node_modules/@stdlib/math-base-special-erfc/lib/polyval_sb.js"(exports, module) {
    "use strict";
    init_esm_dirname();
    function evalpoly(x2) {
      if (x2 === 0) {
        return 30.33806074348246;
      }
      return 30.33806074348246 + x2 * (325.7925129965739 + x2 * (1536.729586084437 + x2 * (3199.8582195085955 + x2 * (2553.0504064331644 + x2 * (474.52854120695537 + x2 * -22.44095244658582)))));
    }
    module.exports = evalpoly;
  }
});

// node_modules/@stdlib/math-base-special-erfc/lib/main.js
var require_main72 = __commonJS({
  "node_modules/@stdlib/math-base-special-erfc/lib/main.js"(exports, module) {
    "use strict";
    init_esm_dirname();
    var isnan = require_lib8();
    var exp = require_lib59();
    var setLowWord = require_lib63();
    var PINF = require_lib33();
    var NINF = require_lib35();
    var polyvalPP = require_polyval_pp();
    var polyvalQQ = require_polyval_qq();
    var polyvalPA = require_polyval_pa();
    var polyvalQA = require_polyval_qa();
    var polyvalRA = require_polyval_ra();
    var polyvalSA = require_polyval_sa();
    var polyvalRB = require_polyval_rb();
    var polyvalSB = require_polyval_sb();
    var TINY = 1e-300;
    var SMALL = 13877787807814457e-33;
    var ERX = 0.8450629115104675;
    var PPC = 0.12837916709551256;
    var QQC = 1;
    var PAC = -0.0023621185607526594;
    var QAC = 1;
    var RAC = -0.009864944034847148;
    var SAC = 1;
    var RBC = -0.0098649429247001;
    var SBC = 1;
    function erfc(x2) {
      var sign;
      var ax;
      var z2;
      var r;
      var s;
      var y2;
      var p;
      var q2;
      if (isnan(x2)) {
        return NaN;
      }
      if (x2 === PINF) {
        return 0;
      }
      if (x2 === NINF) {
        return 2;
      }
      if (x2 === 0) {
        return 1;
      }
      if (x2 < 0) {
        sign = true;
        ax = -x2;
      } else {
        sign = false;
        ax = x2;
      }
      if (ax < 0.84375) {
        if (ax < SMALL) {
          return 1 - x2;
        }
        z2 = x2 * x2;
        r = PPC + z2 * polyvalPP(z2);
        s = QQC + z2 * polyvalQQ(z2);
        y2 = r / s;
        if (x2 < 0.25) {
          return 1 - (x2 + x2 * y2);
        }
        r = x2 * y2;
        r += x2 - 0.5;
        return 0.5 - r;
      }
      if (ax < 1.25) {
        s = ax - 1;
        p = PAC + s * polyvalPA(s);
        q2 = QAC + s * polyvalQA(s);
        if (sign) {
          return 1 + ERX + p / q2;
        }
        return 1 - ERX - p / q2;
      }
      if (ax < 28) {
        s = 1 / (ax * ax);
        if (ax < 2.857142857142857) {
          r = RAC + s * polyvalRA(s);
          s = SAC + s * polyvalSA(s);
        } else {
          if (x2 < -6) {
            return 2 - TINY;
          }
          r = RBC + s * polyvalRB(s);
          s = SBC + s * polyvalSB(s);
        }
        z2 = setLowWord(ax, 0);
        r = exp(-(z2 * z2) - 0.5625) * exp((z2 - ax) * (z2 + ax) + r / s);
        if (sign) {
          return 2 - r / ax;
        }
        return r / ax;
      }
      if (sign) {
        return 2 - TINY;
      }
      return TINY * TINY;
    }
    module.exports = erfc;
  }
});

// node_modules/@stdlib/math-base-special-erfc/lib/index.js
var require_lib105 = __commonJS({
  "node_modules/@stdlib/math-base-special-erfc/lib/index.js"(exports, module) {
    "use strict";
    init_esm_dirname();
    var main = require_main72();
    module.exports = main;
  }
});

// node_modules/@stdlib/math-base-special-gammainc/lib/finite_half_gamma_q.js
var require_finite_half_gamma_q = __commonJS({
  "node_modules/@stdlib/math-base-special-gammainc/lib/finite_half_gamma_q.js"(exports, module) {
    "use strict";
    init_esm_dirname();
    var erfc = require_lib105();
    var sqrt = require_lib40();
    var exp = require_lib59();
    var PI = require_lib79();
    function finiteHalfGammaQ(a, x2) {
      var half;
      var term;
      var sum;
      var e;
      var n;
      e = erfc(sqrt(x2));
      if (e !== 0 && a > 1) {
        term = exp(-x2) / sqrt(PI * x2);
        term *= x2;
        half = 0.5;
        term /= half;
        sum = term;
        for (n = 2; n < a; ++n) {
          term /= n - half;
          term *= x2;
          sum += term;
        }
        e += sum;
      }
      return e;
    }
    module.exports = finiteHalfGammaQ;
  }
});

// node_modules/@stdlib/constants-float64-min-ln/lib/index.js
var require_lib106 = __commonJS({
  "node_modules/@stdlib/constants-float64-min-ln/lib/index.js"(exports, module) {
    "use strict";
    init_esm_dirname();
    var FLOAT64_MIN_LN = -708.3964185322641;
    module.exports = FLOAT64_MIN_LN;
  }
});

// node_modules/@stdlib/math-base-special-gammainc/lib/full_igamma_prefix.js
var require_full_igamma_prefix = __commonJS({
  "node_modules/@stdlib/math-base-special-gammainc/lib/full_igamma_prefix.js"(exports, module) {
    "use strict";
    init_esm_dirname();
    var exp = require_lib59();
    var pow = require_lib68();
    var ln = require_lib96();
    var MAX_LN = require_lib100();
    var MIN_LN = require_lib106();
    function fullIGammaPrefix(a, z2) {
      var prefix;
      var alz;
      alz = a * ln(z2);
      if (z2 >= 1) {
        if (alz < MAX_LN && -z2 > MIN_LN) {
          prefix = pow(z2, a) * exp(-z2);
        } else if (a >= 1) {
          prefix = pow(z2 / exp(z2 / a), a);
        } else {
          prefix = exp(alz - z2);
        }
      } else {
        if (alz > MIN_LN) {
          prefix = pow(z2, a) * exp(-z2);
        } else if (z2 / a < MAX_LN) {
          prefix = pow(z2 / exp(z2 / a), a);
        } else {
          prefix = exp(alz - z2);
        }
      }
      return prefix;
    }
    module.exports = fullIGammaPrefix;
  }
});

// node_modules/@stdlib/math-base-tools-evalpoly/lib/main.js
var require_main73 = __commonJS({
  "node_modules/@stdlib/math-base-tools-evalpoly/lib/main.js"(exports, module) {
    "use strict";
    init_esm_dirname();
    function evalpoly(c, x2) {
      var p;
      var i;
      i = c.length;
      if (i < 2 || x2 === 0) {
        if (i === 0) {
          return 0;
        }
        return c[0];
      }
      i -= 1;
      p = c[i] * x2 + c[i - 1];
      i -= 2;
      while (i >= 0) {
        p = p * x2 + c[i];
        i -= 1;
      }
      return p;
    }
    module.exports = evalpoly;
  }
});

// node_modules/@stdlib/function-ctor/lib/main.js
var require_main74 = __commonJS({
  "node_modules/@stdlib/function-ctor/lib/main.js"(exports, module) {
    "use strict";
    init_esm_dirname();
    var Fcn = Function;
    module.exports = Fcn;
  }
});

// node_modules/@stdlib/function-ctor/lib/index.js
var require_lib107 = __commonJS({
  "node_modules/@stdlib/function-ctor/lib/index.js"(exports, module) {
    "use strict";
    init_esm_dirname();
    var main = require_main74();
    module.exports = main;
  }
});

// node_modules/@stdlib/math-base-tools-evalpoly/lib/factory.js
var require_factory = __commonJS({
  "node_modules/@stdlib/math-base-tools-evalpoly/lib/factory.js"(exports, module) {
    "use strict";
    init_esm_dirname();
    var Fcn = require_lib107();
    var evalpoly = require_main73();
    function factory(c) {
      var f;
      var n;
      var m;
      var i;
      if (c.length > 500) {
        return polyval;
      }
      f = "return function evalpoly(x){";
      n = c.length;
      if (n === 0) {
        f += "return 0.0;";
      } else if (n === 1) {
        f += "return " + c[0] + ";";
      } else {
        f += "if(x===0.0){return " + c[0] + ";}";
        f += "return " + c[0];
        m = n - 1;
        for (i = 1; i < n; i++) {
          f += "+x*";
          if (i < m) {
            f += "(";
          }
          f += c[i];
        }
        for (i = 0; i < m - 1; i++) {
          f += ")";
        }
        f += ";";
      }
      f += "}";
      f += "//# sourceURL=evalpoly.factory.js";
      return new Fcn(f)();
      function polyval(x2) {
        return evalpoly(c, x2);
      }
    }
    module.exports = factory;
  }
});

// node_modules/@stdlib/math-base-tools-evalpoly/lib/index.js
var require_lib108 = __commonJS({
  "node_modules/@stdlib/math-base-tools-evalpoly/lib/index.js"(exports, module) {
    "use strict";
    init_esm_dirname();
    var setReadOnly = require_lib5();
    var main = require_main73();
    var factory = require_factory();
    setReadOnly(main, "factory", factory);
    module.exports = main;
  }
});

// node_modules/@stdlib/math-base-special-log1pmx/lib/log1p_series.js
var require_log1p_series = __commonJS({
  "node_modules/@stdlib/math-base-special-log1pmx/lib/log1p_series.js"(exports, module) {
    "use strict";
    init_esm_dirname();
    function log1pSeries(x2) {
      var mMult = -x2;
      var mProd = -1;
      var k = 0;
      return next;
      function next() {
        mProd *= mMult;
        k += 1;
        return mProd / k;
      }
    }
    module.exports = log1pSeries;
  }
});

// node_modules/@stdlib/math-base-special-log1pmx/lib/main.js
var require_main75 = __commonJS({
  "node_modules/@stdlib/math-base-special-log1pmx/lib/main.js"(exports, module) {
    "use strict";
    init_esm_dirname();
    var abs = require_lib43();
    var ln = require_lib96();
    var FLOAT_EPS = require_lib70();
    var sumSeries = require_lib104();
    var log1pSeries = require_log1p_series();
    function log1pmx(x2) {
      var opts;
      var ax;
      if (x2 <= -1) {
        return NaN;
      }
      ax = abs(x2);
      if (ax > 0.95) {
        return ln(1 + x2) - x2;
      }
      if (ax < FLOAT_EPS) {
        return -x2 * x2 / 2;
      }
      opts = {
        "initialValue": -x2
      };
      return sumSeries(log1pSeries(x2), opts);
    }
    module.exports = log1pmx;
  }
});

// node_modules/@stdlib/math-base-special-log1pmx/lib/index.js
var require_lib109 = __commonJS({
  "node_modules/@stdlib/math-base-special-log1pmx/lib/index.js"(exports, module) {
    "use strict";
    init_esm_dirname();
    var log1pmx = require_main75();
    module.exports = log1pmx;
  }
});

// node_modules/@stdlib/constants-float64-two-pi/lib/index.js
var require_lib110 = __commonJS({
  "node_modules/@stdlib/constants-float64-two-pi/lib/index.js"(exports, module) {
    "use strict";
    init_esm_dirname();
    var TWO_PI = 6.283185307179586;
    module.exports = TWO_PI;
  }
});

// node_modules/@stdlib/math-base-special-gammainc/lib/polyval_c0.js
var require_polyval_c0 = __commonJS({
  "node_modules/@stdlib/math-base-special-gammainc/lib/polyval_c0.js"(exports, module) {
    "use strict";
    init_esm_dirname();
    function evalpoly(x2) {
      if (x2 === 0) {
        return -0.3333333333333333;
      }
      return -0.3333333333333333 + x2 * (0.08333333333333333 + x2 * (-0.014814814814814815 + x2 * (0.0011574074074074073 + x2 * (3527336860670194e-19 + x2 * (-1787551440329218e-19 + x2 * (3919263178522438e-20 + x2 * (-21854485106799924e-22 + x2 * (-185406221071516e-20 + x2 * (8296711340953087e-22 + x2 * (-17665952736826078e-23 + x2 * (6707853543401498e-24 + x2 * (10261809784240309e-24 + x2 * (-4382036018453353e-24 + x2 * 914769958223679e-24)))))))))))));
    }
    module.exports = evalpoly;
  }
});

// node_modules/@stdlib/math-base-special-gammainc/lib/polyval_c1.js
var require_polyval_c1 = __commonJS({
  "node_modules/@stdlib/math-base-special-gammainc/lib/polyval_c1.js"(exports, module) {
    "use strict";
    init_esm_dirname();
    function evalpoly(x2) {
      if (x2 === 0) {
        return -0.001851851851851852;
      }
      return -0.001851851851851852 + x2 * (-0.003472222222222222 + x2 * (0.0026455026455026454 + x2 * (-9902263374485596e-19 + x2 * (20576131687242798e-20 + x2 * (-4018775720164609e-22 + x2 * (-18098550334489977e-21 + x2 * (764916091608111e-20 + x2 * (-16120900894563446e-22 + x2 * (4647127802807434e-24 + x2 * (1378633446915721e-22 + x2 * (-5752545603517705e-23 + x2 * 11951628599778148e-24)))))))))));
    }
    module.exports = evalpoly;
  }
});

// node_modules/@stdlib/math-base-special-gammainc/lib/polyval_c2.js
var require_polyval_c2 = __commonJS({
  "node_modules/@stdlib/math-base-special-gammainc/lib/polyval_c2.js"(exports, module) {
    "use strict";
    init_esm_dirname();
    function evalpoly(x2) {
      if (x2 === 0) {
        return 0.004133597883597883;
      }
      return 0.004133597883597883 + x2 * (-0.0026813271604938273 + x2 * (7716049382716049e-19 + x2 * (20093878600823047e-22 + x2 * (-10736653226365161e-20 + x2 * (52923448829120125e-21 + x2 * (-12760635188618728e-21 + x2 * (3423578734096138e-23 + x2 * (13721957309062932e-22 + x2 * (-6298992138380055e-22 + x2 * 14280614206064242e-23)))))))));
    }
    module.exports = evalpoly;
  }
});

// node_modules/@stdlib/math-base-special-gammainc/lib/polyval_c3.js
var require_polyval_c3 = __commonJS({
  "node_modules/@stdlib/math-base-special-gammainc/lib/polyval_c3.js"(exports, module) {
    "use strict";
    init_esm_dirname();
    function evalpoly(x2) {
      if (x2 === 0) {
        return 6494341563786008e-19;
      }
      return 6494341563786008e-19 + x2 * (22947209362139917e-20 + x2 * (-4691894943952557e-19 + x2 * (26772063206283885e-20 + x2 * (-7561801671883977e-20 + x2 * (-2396505113867297e-22 + x2 * (11082654115347302e-21 + x2 * (-56749528269915965e-22 + x2 * 14230900732435883e-22)))))));
    }
    module.exports = evalpoly;
  }
});

// node_modules/@stdlib/math-base-special-gammainc/lib/polyval_c4.js
var require_polyval_c4 = __commonJS({
  "node_modules/@stdlib/math-base-special-gammainc/lib/polyval_c4.js"(exports, module) {
    "use strict";
    init_esm_dirname();
    function evalpoly(x2) {
      if (x2 === 0) {
        return -8618882909167117e-19;
      }
      return -8618882909167117e-19 + x2 * (7840392217200666e-19 + x2 * (-2990724803031902e-19 + x2 * (-14638452578843418e-22 + x2 * (6641498215465122e-20 + x2 * (-3968365047179435e-20 + x2 * 11375726970678419e-21)))));
    }
    module.exports = evalpoly;
  }
});

// node_modules/@stdlib/math-base-special-gammainc/lib/polyval_c5.js
var require_polyval_c5 = __commonJS({
  "node_modules/@stdlib/math-base-special-gammainc/lib/polyval_c5.js"(exports, module) {
    "use strict";
    init_esm_dirname();
    function evalpoly(x2) {
      if (x2 === 0) {
        return -33679855336635813e-20;
      }
      return -33679855336635813e-20 + x2 * (-6972813758365858e-20 + x2 * (2772753244959392e-19 + x2 * (-19932570516188847e-20 + x2 * (6797780477937208e-20 + x2 * (1419062920643967e-22 + x2 * (-13594048189768693e-21 + x2 * (8018470256334202e-21 + x2 * -2291481176508095e-21)))))));
    }
    module.exports = evalpoly;
  }
});

// node_modules/@stdlib/math-base-special-gammainc/lib/polyval_c6.js
var require_polyval_c6 = __commonJS({
  "node_modules/@stdlib/math-base-special-gammainc/lib/polyval_c6.js"(exports, module) {
    "use strict";
    init_esm_dirname();
    function evalpoly(x2) {
      if (x2 === 0) {
        return 5313079364639922e-19;
      }
      return 5313079364639922e-19 + x2 * (-5921664373536939e-19 + x2 * (2708782096718045e-19 + x2 * (7902353232660328e-22 + x2 * (-8153969367561969e-20 + x2 * (561168275310625e-19 + x2 * -18329116582843375e-21)))));
    }
    module.exports = evalpoly;
  }
});

// node_modules/@stdlib/math-base-special-gammainc/lib/polyval_c7.js
var require_polyval_c7 = __commonJS({
  "node_modules/@stdlib/math-base-special-gammainc/lib/polyval_c7.js"(exports, module) {
    "use strict";
    init_esm_dirname();
    function evalpoly(x2) {
      if (x2 === 0) {
        return 34436760689237765e-20;
      }
      return 34436760689237765e-20 + x2 * (5171790908260592e-20 + x2 * (-33493161081142234e-20 + x2 * (2812695154763237e-19 + x2 * -10976582244684731e-20)));
    }
    module.exports = evalpoly;
  }
});

// node_modules/@stdlib/math-base-special-gammainc/lib/polyval_c8.js
var require_polyval_c8 = __commonJS({
  "node_modules/@stdlib/math-base-special-gammainc/lib/polyval_c8.js"(exports, module) {
    "use strict";
    init_esm_dirname();
    function evalpoly(x2) {
      if (x2 === 0) {
        return -6526239185953094e-19;
      }
      return -6526239185953094e-19 + x2 * (8394987206720873e-19 + x2 * -438297098541721e-18);
    }
    module.exports = evalpoly;
  }
});

// node_modules/@stdlib/math-base-special-gammainc/lib/igamma_temme_large.js
var require_igamma_temme_large = __commonJS({
  "node_modules/@stdlib/math-base-special-gammainc/lib/igamma_temme_large.js"(exports, module) {
    "use strict";
    init_esm_dirname();
    var evalpoly = require_lib108();
    var log1pmx = require_lib109();
    var erfc = require_lib105();
    var sqrt = require_lib40();
    var exp = require_lib59();
    var TWO_PI = require_lib110();
    var polyvalC0 = require_polyval_c0();
    var polyvalC1 = require_polyval_c1();
    var polyvalC2 = require_polyval_c2();
    var polyvalC3 = require_polyval_c3();
    var polyvalC4 = require_polyval_c4();
    var polyvalC5 = require_polyval_c5();
    var polyvalC6 = require_polyval_c6();
    var polyvalC7 = require_polyval_c7();
    var polyvalC8 = require_polyval_c8();
    var workspace = [0, 0, 0, 0, 0, 0, 0, 0, 0, 0];
    function igammaTemmeLarge(a, x2) {
      var result;
      var sigma;
      var phi;
      var y2;
      var z2;
      sigma = (x2 - a) / a;
      phi = -log1pmx(sigma);
      y2 = a * phi;
      z2 = sqrt(2 * phi);
      if (x2 < a) {
        z2 = -z2;
      }
      workspace[0] = polyvalC0(z2);
      workspace[1] = polyvalC1(z2);
      workspace[2] = polyvalC2(z2);
      workspace[3] = polyvalC3(z2);
      workspace[4] = polyvalC4(z2);
      workspace[5] = polyvalC5(z2);
      workspace[6] = polyvalC6(z2);
      workspace[7] = polyvalC7(z2);
      workspace[8] = polyvalC8(z2);
      workspace[9] = -5967612901927463e-19;
      result = evalpoly(workspace, 1 / a);
      result *= exp(-y2) / sqrt(TWO_PI * a);
      if (x2 < a) {
        result = -result;
      }
      result += erfc(sqrt(y2)) / 2;
      return result;
    }
    module.exports = igammaTemmeLarge;
  }
});

// node_modules/@stdlib/math-base-special-gammainc/lib/lower_incomplete_gamma_series.js
var require_lower_incomplete_gamma_series = __commonJS({
  "node_modules/@stdlib/math-base-special-gammainc/lib/lower_incomplete_gamma_series.js"(exports, module) {
    "use strict";
    init_esm_dirname();
    function lowerIncompleteGammaSeries(a1, z1) {
      var result = 1;
      var a = a1;
      var z2 = z1;
      return next;
      function next() {
        var r = result;
        a += 1;
        result *= z2 / a;
        return r;
      }
    }
    module.exports = lowerIncompleteGammaSeries;
  }
});

// node_modules/@stdlib/math-base-special-gammainc/lib/lower_gamma_series.js
var require_lower_gamma_series = __commonJS({
  "node_modules/@stdlib/math-base-special-gammainc/lib/lower_gamma_series.js"(exports, module) {
    "use strict";
    init_esm_dirname();
    var sumSeries = require_lib104();
    var lowerIncompleteGammaSeries = require_lower_incomplete_gamma_series();
    function lowerGammaSeries(a, z2, initialValue) {
      var result;
      var s;
      initialValue = initialValue || 0;
      s = lowerIncompleteGammaSeries(a, z2);
      result = sumSeries(s, {
        "initialValue": initialValue
      });
      return result;
    }
    module.exports = lowerGammaSeries;
  }
});

// node_modules/@stdlib/math-base-special-gamma-lanczos-sum-expg-scaled/lib/rational_pq.js
var require_rational_pq4 = __commonJS({
  "node_modules/@stdlib/math-base-special-gamma-lanczos-sum-expg-scaled/lib/rational_pq.js"(exports, module) {
    "use strict";
    init_esm_dirname();
    function evalrational(x2) {
      var ax;
      var s1;
      var s2;
      if (x2 === 0) {
        return Infinity;
      }
      if (x2 < 0) {
        ax = -x2;
      } else {
        ax = x2;
      }
      if (ax <= 1) {
        s1 = 709811.662581658 + x2 * (679979.8474157227 + x2 * (293136.7857211597 + x2 * (74887.54032914672 + x2 * (12555.290582413863 + x2 * (1443.4299244417066 + x2 * (115.24194596137347 + x2 * (6.309239205732627 + x2 * (0.22668404630224365 + x2 * (0.004826466289237662 + x2 * 4624429436045379e-20)))))))));
        s2 = 0 + x2 * (362880 + x2 * (1026576 + x2 * (1172700 + x2 * (723680 + x2 * (269325 + x2 * (63273 + x2 * (9450 + x2 * (870 + x2 * (45 + x2 * 1)))))))));
      } else {
        x2 = 1 / x2;
        s1 = 4624429436045379e-20 + x2 * (0.004826466289237662 + x2 * (0.22668404630224365 + x2 * (6.309239205732627 + x2 * (115.24194596137347 + x2 * (1443.4299244417066 + x2 * (12555.290582413863 + x2 * (74887.54032914672 + x2 * (293136.7857211597 + x2 * (679979.8474157227 + x2 * 709811.662581658)))))))));
        s2 = 1 + x2 * (45 + x2 * (870 + x2 * (9450 + x2 * (63273 + x2 * (269325 + x2 * (723680 + x2 * (1172700 + x2 * (1026576 + x2 * (362880 + x2 * 0)))))))));
      }
      return s1 / s2;
    }
    module.exports = evalrational;
  }
});

// node_modules/@stdlib/math-base-special-gamma-lanczos-sum-expg-scaled/lib/main.js
var require_main76 = __commonJS({
  "node_modules/@stdlib/math-base-special-gamma-lanczos-sum-expg-scaled/lib/main.js"(exports, module) {
    "use strict";
    init_esm_dirname();
    var gammaLanczosSumExpGScaled = require_rational_pq4();
    module.exports = gammaLanczosSumExpGScaled;
  }
});

// node_modules/@stdlib/math-base-special-gamma-lanczos-sum-expg-scaled/lib/index.js
var require_lib111 = __commonJS({
  "node_modules/@stdlib/math-base-special-gamma-lanczos-sum-expg-scaled/lib/index.js"(exports, module) {
    "use strict";
    init_esm_dirname();
    var main = require_main76();
    module.exports = main;
  }
});

// node_modules/@stdlib/math-base-special-gammainc/lib/regularised_gamma_prefix.js
var require_regularised_gamma_prefix = __commonJS({
  "node_modules/@stdlib/math-base-special-gammainc/lib/regularised_gamma_prefix.js"(exports, module) {
    "use strict";
    init_esm_dirname();
    var lanczosSumExpGScaled = require_lib111();
    var gammaln = require_lib99();
    var gamma = require_lib90();
    var log1pmx = require_lib109();
    var sqrt = require_lib40();
    var abs = require_lib43();
    var exp = require_lib59();
    var pow = require_lib68();
    var max = require_lib73();
    var min = require_lib75();
    var ln = require_lib96();
    var FLOAT64_MAX = require_lib76();
    var MAX_LN = require_lib100();
    var MIN_LN = require_lib106();
    var G2 = require_lib94();
    var E = require_lib69();
    function regularisedGammaPrefix(a, z2) {
      var prefix;
      var amza;
      var agh;
      var alz;
      var amz;
      var sq;
      var d;
      agh = a + G2 - 0.5;
      d = (z2 - a - G2 + 0.5) / agh;
      if (a < 1) {
        if (z2 <= MIN_LN || a < 1 / FLOAT64_MAX) {
          return exp(a * ln(z2) - z2 - gammaln(a));
        }
        return pow(z2, a) * exp(-z2) / gamma(a);
      }
      if (abs(d * d * a) <= 100 && a > 150) {
        prefix = a * log1pmx(d) + z2 * (0.5 - G2) / agh;
        prefix = exp(prefix);
      } else {
        alz = a * ln(z2 / agh);
        amz = a - z2;
        if (min(alz, amz) <= MIN_LN || max(alz, amz) >= MAX_LN) {
          amza = amz / a;
          if (min(alz, amz) / 2 > MIN_LN && max(alz, amz) / 2 < MAX_LN) {
            sq = pow(z2 / agh, a / 2) * exp(amz / 2);
            prefix = sq * sq;
          } else if (min(alz, amz) / 4 > MIN_LN && max(alz, amz) / 4 < MAX_LN && z2 > a) {
            sq = pow(z2 / agh, a / 4) * exp(amz / 4);
            prefix = sq * sq;
            prefix *= prefix;
          } else if (amza > MIN_LN && amza < MAX_LN) {
            prefix = pow(z2 * exp(amza) / agh, a);
          } else {
            prefix = exp(alz + amz);
          }
        } else {
          prefix = pow(z2 / agh, a) * exp(amz);
        }
      }
      prefix *= sqrt(agh / E) / lanczosSumExpGScaled(a);
      return prefix;
    }
    module.exports = regularisedGammaPrefix;
  }
});

// node_modules/@stdlib/math-base-special-powm1/lib/main.js
var require_main77 = __commonJS({
  "node_modules/@stdlib/math-base-special-powm1/lib/main.js"(exports, module) {
    "use strict";
    init_esm_dirname();
    var isnan = require_lib8();
    var isinfinite = require_lib49();
    var abs = require_lib43();
    var expm1 = require_lib38();
    var ln = require_lib96();
    var pow = require_lib68();
    var trunc = require_lib45();
    function powm1(b, x2) {
      var result;
      var y2;
      if (isnan(b) || isnan(x2)) {
        return NaN;
      }
      if (x2 === 0) {
        return 0;
      }
      if (b === 0) {
        return -1;
      }
      if (b < 0 && x2 % 2 === 0) {
        b = -b;
      }
      if (b > 0) {
        if (abs(x2 * (b - 1)) < 0.5 || abs(x2) < 0.2) {
          y2 = ln(b) * x2;
          if (y2 < 0.5) {
            return expm1(y2);
          }
        }
      } else if (trunc(x2) !== x2) {
        return NaN;
      }
      result = pow(b, x2) - 1;
      if (isinfinite(result) || isnan(result)) {
        return NaN;
      }
      return result;
    }
    module.exports = powm1;
  }
});

// node_modules/@stdlib/math-base-special-powm1/lib/index.js
var require_lib112 = __commonJS({
  "node_modules/@stdlib/math-base-special-powm1/lib/index.js"(exports, module) {
    "use strict";
    init_esm_dirname();
    var powm1 = require_main77();
    module.exports = powm1;
  }
});

// node_modules/@stdlib/math-base-special-gamma1pm1/lib/rational_p1q1.js
var require_rational_p1q1 = __commonJS({
  "node_modules/@stdlib/math-base-special-gamma1pm1/lib/rational_p1q1.js"(exports, module) {
    "use strict";
    init_esm_dirname();
    function evalrational(x2) {
      var ax;
      var s1;
      var s2;
      if (x2 === 0) {
        return -0.01803556856784494;
      }
      if (x2 < 0) {
        ax = -x2;
      } else {
        ax = x2;
      }
      if (ax <= 1) {
        s1 = -0.01803556856784494 + x2 * (0.02512664961998968 + x2 * (0.049410315156753225 + x2 * (0.0172491608709614 + x2 * (-2594535632054381e-19 + x2 * (-5410098692152044e-19 + x2 * (-3245886498259485e-20 + x2 * 0))))));
        s2 = 1 + x2 * (1.962029871977952 + x2 * (1.4801966942423133 + x2 * (0.5413914320717209 + x2 * (0.09885042511280101 + x2 * (0.008213096746488934 + x2 * (22493629192211576e-20 + x2 * -22335276320861708e-23))))));
      } else {
        x2 = 1 / x2;
        s1 = 0 + x2 * (-3245886498259485e-20 + x2 * (-5410098692152044e-19 + x2 * (-2594535632054381e-19 + x2 * (0.0172491608709614 + x2 * (0.049410315156753225 + x2 * (0.02512664961998968 + x2 * -0.01803556856784494))))));
        s2 = -22335276320861708e-23 + x2 * (22493629192211576e-20 + x2 * (0.008213096746488934 + x2 * (0.09885042511280101 + x2 * (0.5413914320717209 + x2 * (1.4801966942423133 + x2 * (1.962029871977952 + x2 * 1))))));
      }
      return s1 / s2;
    }
    module.exports = evalrational;
  }
});

// node_modules/@stdlib/math-base-special-gamma1pm1/lib/rational_p2q2.js
var require_rational_p2q2 = __commonJS({
  "node_modules/@stdlib/math-base-special-gamma1pm1/lib/rational_p2q2.js"(exports, module) {
    "use strict";
    init_esm_dirname();
    function evalrational(x2) {
      var ax;
      var s1;
      var s2;
      if (x2 === 0) {
        return 0.04906224540690395;
      }
      if (x2 < 0) {
        ax = -x2;
      } else {
        ax = x2;
      }
      if (ax <= 1) {
        s1 = 0.04906224540690395 + x2 * (-0.09691175301595212 + x2 * (-0.4149833583594954 + x2 * (-0.4065671242119384 + x2 * (-0.1584135863906922 + x2 * (-0.024014982064857155 + x2 * -0.0010034668769627955)))));
        s2 = 1 + x2 * (3.0234982984646304 + x2 * (3.4873958536072385 + x2 * (1.9141558827442668 + x2 * (0.5071377386143635 + x2 * (0.05770397226904519 + x2 * 0.001957681026011072)))));
      } else {
        x2 = 1 / x2;
        s1 = -0.0010034668769627955 + x2 * (-0.024014982064857155 + x2 * (-0.1584135863906922 + x2 * (-0.4065671242119384 + x2 * (-0.4149833583594954 + x2 * (-0.09691175301595212 + x2 * 0.04906224540690395)))));
        s2 = 0.001957681026011072 + x2 * (0.05770397226904519 + x2 * (0.5071377386143635 + x2 * (1.9141558827442668 + x2 * (3.4873958536072385 + x2 * (3.0234982984646304 + x2 * 1)))));
      }
      return s1 / s2;
    }
    module.exports = evalrational;
  }
});

// node_modules/@stdlib/math-base-special-gamma1pm1/lib/rational_p3q3.js
var require_rational_p3q3 = __commonJS({
  "node_modules/@stdlib/math-base-special-gamma1pm1/lib/rational_p3q3.js"(exports, module) {
    "use strict";
    init_esm_dirname();
    function evalrational(x2) {
      var ax;
      var s1;
      var s2;
      if (x2 === 0) {
        return -0.029232972183027003;
      }
      if (x2 < 0) {
        ax = -x2;
      } else {
        ax = x2;
      }
      if (ax <= 1) {
        s1 = -0.029232972183027003 + x2 * (0.14421626775719232 + x2 * (-0.14244039073863127 + x2 * (0.05428096940550536 + x2 * (-0.008505359768683364 + x2 * (4311713426792973e-19 + x2 * 0)))));
        s2 = 1 + x2 * (-1.5016935605448505 + x2 * (0.846973248876495 + x2 * (-0.22009515181499575 + x2 * (0.02558279715597587 + x2 * (-0.0010066679553914337 + x2 * -8271935218912905e-22)))));
      } else {
        x2 = 1 / x2;
        s1 = 0 + x2 * (4311713426792973e-19 + x2 * (-0.008505359768683364 + x2 * (0.05428096940550536 + x2 * (-0.14244039073863127 + x2 * (0.14421626775719232 + x2 * -0.029232972183027003)))));
        s2 = -8271935218912905e-22 + x2 * (-0.0010066679553914337 + x2 * (0.02558279715597587 + x2 * (-0.22009515181499575 + x2 * (0.846973248876495 + x2 * (-1.5016935605448505 + x2 * 1)))));
      }
      return s1 / s2;
    }
    module.exports = evalrational;
  }
});

// node_modules/@stdlib/math-base-special-gamma1pm1/lib/lgamma_small_imp.js
var require_lgamma_small_imp = __commonJS({
  "node_modules/@stdlib/math-base-special-gamma1pm1/lib/lgamma_small_imp.js"(exports, module) {
    "use strict";
    init_esm_dirname();
    var ln = require_lib96();
    var EPS = require_lib70();
    var rateval1 = require_rational_p1q1();
    var rateval2 = require_rational_p2q2();
    var rateval3 = require_rational_p3q3();
    var Y1 = 0.15896368026733398;
    var Y2 = 0.5281534194946289;
    var Y3 = 0.45201730728149414;
    function lgammaSmallImp(z2, zm1, zm2) {
      var prefix;
      var result;
      var r;
      var R;
      if (z2 < EPS) {
        return -ln(z2);
      }
      if (zm1 === 0 || zm2 === 0) {
        return 0;
      }
      result = 0;
      if (z2 > 2) {
        if (z2 >= 3) {
          do {
            z2 -= 1;
            zm2 -= 1;
            result += ln(z2);
          } while (z2 >= 3);
          zm2 = z2 - 2;
        }
        r = zm2 * (z2 + 1);
        R = rateval1(zm2);
        result += r * Y1 + r * R;
        return result;
      }
      if (z2 < 1) {
        result += -ln(z2);
        zm2 = zm1;
        zm1 = z2;
        z2 += 1;
      }
      if (z2 <= 1.5) {
        r = rateval2(zm1);
        prefix = zm1 * zm2;
        result += prefix * Y2 + prefix * r;
        return result;
      }
      r = zm2 * zm1;
      R = rateval3(-zm2);
      result += r * Y3 + r * R;
      return result;
    }
    module.exports = lgammaSmallImp;
  }
});

// node_modules/@stdlib/math-base-special-gamma1pm1/lib/main.js
var require_main78 = __commonJS({
  "node_modules/@stdlib/math-base-special-gamma1pm1/lib/main.js"(exports, module) {
    "use strict";
    init_esm_dirname();
    var gamma = require_lib90();
    var expm1 = require_lib38();
    var log1p = require_lib39();
    var isnan = require_lib8();
    var lgammaSmallImp = require_lgamma_small_imp();
    function gamma1pm1(x2) {
      if (isnan(x2)) {
        return NaN;
      }
      if (x2 < 0) {
        if (x2 < -0.5) {
          return gamma(1 + x2) - 1;
        }
        return expm1(-log1p(x2) + lgammaSmallImp(x2 + 2, x2 + 1, x2));
      }
      if (x2 < 2) {
        return expm1(lgammaSmallImp(x2 + 1, x2, x2 - 1));
      }
      return gamma(1 + x2) - 1;
    }
    module.exports = gamma1pm1;
  }
});

// node_modules/@stdlib/math-base-special-gamma1pm1/lib/index.js
var require_lib113 = __commonJS({
  "node_modules/@stdlib/math-base-special-gamma1pm1/lib/index.js"(exports, module) {
    "use strict";
    init_esm_dirname();
    var gamma1pm1 = require_main78();
    module.exports = gamma1pm1;
  }
});

// node_modules/@stdlib/math-base-special-gammainc/lib/small_gamma2_series.js
var require_small_gamma2_series = __commonJS({
  "node_modules/@stdlib/math-base-special-gammainc/lib/small_gamma2_series.js"(exports, module) {
    "use strict";
    init_esm_dirname();
    function smallGamma2Series(a, x2) {
      var result;
      var apn;
      var n;
      var r;
      result = -x2;
      x2 = -x2;
      apn = a + 1;
      n = 1;
      return next;
      function next() {
        r = result / apn;
        result *= x2;
        n += 1;
        result /= n;
        apn += 1;
        return r;
      }
    }
    module.exports = smallGamma2Series;
  }
});

// node_modules/@stdlib/math-base-special-gammainc/lib/tgamma_small_upper_part.js
var require_tgamma_small_upper_part = __commonJS({
  "node_modules/@stdlib/math-base-special-gammainc/lib/tgamma_small_upper_part.js"(exports, module) {
    "use strict";
    init_esm_dirname();
    var powm1 = require_lib112();
    var sumSeries = require_lib104();
    var gamma1pm1 = require_lib113();
    var smallGamma2Series = require_small_gamma2_series();
    function tgammaSmallUpperPart(a, x2, invert) {
      var initialValue;
      var result;
      var pgam;
      var p;
      var s;
      result = gamma1pm1(a);
      pgam = (result + 1) / a;
      p = powm1(x2, a);
      result -= p;
      result /= a;
      s = smallGamma2Series(a, x2);
      p += 1;
      initialValue = invert ? pgam : 0;
      result = -p * sumSeries(s, {
        "initialValue": (initialValue - result) / p
      });
      if (invert) {
        result = -result;
      }
      return [result, pgam];
    }
    module.exports = tgammaSmallUpperPart;
  }
});

// node_modules/@stdlib/constants-float32-smallest-normal/lib/index.js
var require_lib114 = __commonJS({
  "node_modules/@stdlib/constants-float32-smallest-normal/lib/index.js"(exports, module) {
    "use strict";
    init_esm_dirname();
    var FLOAT32_SMALLEST_NORMAL = 11754943508222875e-54;
    module.exports = FLOAT32_SMALLEST_NORMAL;
  }
});

// node_modules/@stdlib/math-base-tools-continued-fraction/lib/generators.js
var require_generators2 = __commonJS({
  "node_modules/@stdlib/math-base-tools-continued-fraction/lib/generators.js"(exports, module) {
    "use strict";
    init_esm_dirname();
    var abs = require_lib43();
    var FLOAT32_SMALLEST_NORMAL = require_lib114();
    var EPS = require_lib70();
    var MAX_ITER = 1e6;
    function continuedFractionA(gen, factor, maxIter) {
      var isgenerator;
      var delta;
      var a0;
      var f;
      var C2;
      var D2;
      var v2;
      isgenerator = typeof gen.next === "function";
      v2 = isgenerator ? gen.next().value : gen();
      f = v2[1];
      a0 = v2[0];
      if (f === 0) {
        f = FLOAT32_SMALLEST_NORMAL;
      }
      C2 = f;
      D2 = 0;
      if (isgenerator === true) {
        do {
          v2 = gen.next().value;
          if (v2) {
            D2 = v2[1] + v2[0] * D2;
            if (D2 === 0) {
              D2 = FLOAT32_SMALLEST_NORMAL;
            }
            C2 = v2[1] + v2[0] / C2;
            if (C2 === 0) {
              C2 = FLOAT32_SMALLEST_NORMAL;
            }
            D2 = 1 / D2;
            delta = C2 * D2;
            f *= delta;
          }
        } while (abs(delta - 1) > factor && --maxIter);
      } else {
        do {
          v2 = gen();
          if (v2) {
            D2 = v2[1] + v2[0] * D2;
            if (D2 === 0) {
              D2 = FLOAT32_SMALLEST_NORMAL;
            }
            C2 = v2[1] + v2[0] / C2;
            if (C2 === 0) {
              C2 = FLOAT32_SMALLEST_NORMAL;
            }
            D2 = 1 / D2;
            delta = C2 * D2;
            f *= delta;
          }
        } while (v2 && abs(delta - 1) > factor && --maxIter);
      }
      return a0 / f;
    }
    function continuedFractionB(gen, factor, maxIter) {
      var isgenerator;
      var delta;
      var f;
      var C2;
      var D2;
      var v2;
      isgenerator = typeof gen.next === "function";
      v2 = isgenerator ? gen.next().value : gen();
      f = v2[1];
      if (f === 0) {
        f = FLOAT32_SMALLEST_NORMAL;
      }
      C2 = f;
      D2 = 0;
      if (isgenerator === true) {
        do {
          v2 = gen.next().value;
          if (v2) {
            D2 = v2[1] + v2[0] * D2;
            if (D2 === 0) {
              D2 = FLOAT32_SMALLEST_NORMAL;
            }
            C2 = v2[1] + v2[0] / C2;
            if (C2 === 0) {
              C2 = FLOAT32_SMALLEST_NORMAL;
            }
            D2 = 1 / D2;
            delta = C2 * D2;
            f *= delta;
          }
        } while (v2 && abs(delta - 1) > factor && --maxIter);
      } else {
        do {
          v2 = gen();
          if (v2) {
            D2 = v2[1] + v2[0] * D2;
            if (D2 === 0) {
              D2 = FLOAT32_SMALLEST_NORMAL;
            }
            C2 = v2[1] + v2[0] / C2;
            if (C2 === 0) {
              C2 = FLOAT32_SMALLEST_NORMAL;
            }
            D2 = 1 / D2;
            delta = C2 * D2;
            f *= delta;
          }
        } while (v2 && abs(delta - 1) > factor && --maxIter);
      }
      return f;
    }
    function continuedFraction(generator, options) {
      var maxIter;
      var opts;
      var eps;
      opts = {};
      if (arguments.length > 1) {
        opts = options;
      }
      maxIter = opts.maxIter || MAX_ITER;
      eps = opts.tolerance || EPS;
      if (opts.keep) {
        return continuedFractionB(generator, eps, maxIter);
      }
      return continuedFractionA(generator, eps, maxIter);
    }
    module.exports = continuedFraction;
  }
});

// node_modules/@stdlib/math-base-tools-continued-fraction/lib/basic.js
var require_basic2 = __commonJS({
  "node_modules/@stdlib/math-base-tools-continued-fraction/lib/basic.js"(exports, module) {
    "use strict";
    init_esm_dirname();
    var abs = require_lib43();
    var EPS = require_lib70();
    var FLOAT32_SMALLEST_NORMAL = require_lib114();
    var MAX_ITER = 1e6;
    function continuedFractionA(gen, factor, maxIter) {
      var delta;
      var a0;
      var C2;
      var D2;
      var f;
      var v2;
      v2 = gen();
      f = v2[1];
      a0 = v2[0];
      if (f === 0) {
        f = FLOAT32_SMALLEST_NORMAL;
      }
      C2 = f;
      D2 = 0;
      do {
        v2 = gen();
        if (v2) {
          D2 = v2[1] + v2[0] * D2;
          if (D2 === 0) {
            D2 = FLOAT32_SMALLEST_NORMAL;
          }
          C2 = v2[1] + v2[0] / C2;
          if (C2 === 0) {
            C2 = FLOAT32_SMALLEST_NORMAL;
          }
          D2 = 1 / D2;
          delta = C2 * D2;
          f *= delta;
        }
      } while (v2 && abs(delta - 1) > factor && --maxIter);
      return a0 / f;
    }
    function continuedFractionB(gen, factor, maxIter) {
      var delta;
      var C2;
      var D2;
      var f;
      var v2;
      v2 = gen();
      f = v2[1];
      if (f === 0) {
        f = FLOAT32_SMALLEST_NORMAL;
      }
      C2 = f;
      D2 = 0;
      do {
        v2 = gen();
        if (v2) {
          D2 = v2[1] + v2[0] * D2;
          if (D2 === 0) {
            D2 = FLOAT32_SMALLEST_NORMAL;
          }
          C2 = v2[1] + v2[0] / C2;
          if (C2 === 0) {
            C2 = FLOAT32_SMALLEST_NORMAL;
          }
          D2 = 1 / D2;
          delta = C2 * D2;
          f *= delta;
        }
      } while (v2 && abs(delta - 1) > factor && --maxIter);
      return f;
    }
    function continuedFraction(generator, options) {
      var maxIter;
      var opts;
      var eps;
      opts = {};
      if (arguments.length > 1) {
        opts = options;
      }
      eps = opts.tolerance || EPS;
      maxIter = opts.maxIter || MAX_ITER;
      if (opts.keep) {
        return continuedFractionB(generator, eps, maxIter);
      }
      return continuedFractionA(generator, eps, maxIter);
    }
    module.exports = continuedFraction;
  }
});

// node_modules/@stdlib/math-base-tools-continued-fraction/lib/index.js
var require_lib115 = __commonJS({
  "node_modules/@stdlib/math-base-tools-continued-fraction/lib/index.js"(exports, module) {
    "use strict";
    init_esm_dirname();
    var hasGeneratorSupport = require_lib103();
    var generator = require_generators2();
    var basic = require_basic2();
    var continuedFraction;
    if (hasGeneratorSupport()) {
      continuedFraction = generator;
    } else {
      continuedFraction = basic;
    }
    module.exports = continuedFraction;
  }
});

// node_modules/@stdlib/math-base-special-gammainc/lib/upper_incomplete_gamma_fract.js
var require_upper_incomplete_gamma_fract = __commonJS({
  "node_modules/@stdlib/math-base-special-gammainc/lib/upper_incomplete_gamma_fract.js"(exports, module) {
    "use strict";
    init_esm_dirname();
    function upperIncompleteGammaFract(a1, z1) {
      var z2 = z1 - a1 + 1;
      var a = a1;
      var k = 0;
      return next;
      function next() {
        k += 1;
        z2 += 2;
        return [
          k * (a - k),
          z2
        ];
      }
    }
    module.exports = upperIncompleteGammaFract;
  }
});

// node_modules/@stdlib/math-base-special-gammainc/lib/upper_gamma_fraction.js
var require_upper_gamma_fraction = __commonJS({
  "node_modules/@stdlib/math-base-special-gammainc/lib/upper_gamma_fraction.js"(exports, module) {
    "use strict";
    init_esm_dirname();
    var continuedFraction = require_lib115();
    var upperIncompleteGammaFract = require_upper_incomplete_gamma_fract();
    function upperGammaFraction(a, z2) {
      var f = upperIncompleteGammaFract(a, z2);
      return 1 / (z2 - a + 1 + continuedFraction(f));
    }
    module.exports = upperGammaFraction;
  }
});

// node_modules/@stdlib/math-base-special-gammainc/lib/igamma_final.js
var require_igamma_final = __commonJS({
  "node_modules/@stdlib/math-base-special-gammainc/lib/igamma_final.js"(exports, module) {
    "use strict";
    init_esm_dirname();
    var floor = require_lib6();
    var gamma = require_lib90();
    var abs = require_lib43();
    var pow = require_lib68();
    var ln = require_lib96();
    var SQRT_EPSILON = require_lib101();
    var FLOAT64_MAX = require_lib76();
    var MAX_LN = require_lib100();
    var tgammaILargeX = require_tgamma_i_large_x();
    var finiteGammaQ = require_finite_gamma_q();
    var finiteHalfGammaQ = require_finite_half_gamma_q();
    var fullIGammaPrefix = require_full_igamma_prefix();
    var igammaTemmeLarge = require_igamma_temme_large();
    var lowerGammaSeries = require_lower_gamma_series();
    var regularisedGammaPrefix = require_regularised_gamma_prefix();
    var tgammaSmallUpperPart = require_tgamma_small_upper_part();
    var upperGammaFraction = require_upper_gamma_fraction();
    function igammaFinal(x2, a, regularized, upper) {
      var optimisedInvert;
      var evalMethod;
      var isHalfInt;
      var initValue;
      var useTemme;
      var isSmallA;
      var result;
      var invert;
      var isInt;
      var sigma;
      var res;
      var gam;
      var fa;
      var g2;
      result = 0;
      invert = upper;
      isSmallA = a < 30 && a <= x2 + 1 && x2 < MAX_LN;
      if (isSmallA) {
        fa = floor(a);
        isInt = fa === a;
        isHalfInt = isInt ? false : abs(fa - a) === 0.5;
      } else {
        isInt = false;
        isHalfInt = false;
      }
      if (isInt && x2 > 0.6) {
        invert = !invert;
        evalMethod = 0;
      } else if (isHalfInt && x2 > 0.2) {
        invert = !invert;
        evalMethod = 1;
      } else if (x2 < SQRT_EPSILON && a > 1) {
        evalMethod = 6;
      } else if (x2 > 1e3 && (a < x2 || abs(a - 50) / x2 < 1)) {
        invert = !invert;
        evalMethod = 7;
      } else if (x2 < 0.5) {
        if (-0.4 / ln(x2) < a) {
          evalMethod = 2;
        } else {
          evalMethod = 3;
        }
      } else if (x2 < 1.1) {
        if (x2 * 0.75 < a) {
          evalMethod = 2;
        } else {
          evalMethod = 3;
        }
      } else {
        useTemme = false;
        if (regularized && a > 20) {
          sigma = abs((x2 - a) / a);
          if (a > 200) {
            if (20 / a > sigma * sigma) {
              useTemme = true;
            }
          } else if (sigma < 0.4) {
            useTemme = true;
          }
        }
        if (useTemme) {
          evalMethod = 5;
        } else if (x2 - 1 / (3 * x2) < a) {
          evalMethod = 2;
        } else {
          evalMethod = 4;
          invert = !invert;
        }
      }
      switch (evalMethod) {
        case 0:
          result = finiteGammaQ(a, x2);
          if (regularized === false) {
            result *= gamma(a);
          }
          break;
        case 1:
          result = finiteHalfGammaQ(a, x2);
          if (regularized === false) {
            result *= gamma(a);
          }
          break;
        case 2:
          result = regularized ? regularisedGammaPrefix(a, x2) : fullIGammaPrefix(a, x2);
          if (result !== 0) {
            initValue = 0;
            optimisedInvert = false;
            if (invert) {
              initValue = regularized ? 1 : gamma(a);
              if (regularized || result >= 1 || FLOAT64_MAX * result > initValue) {
                initValue /= result;
                if (regularized || a < 1 || FLOAT64_MAX / a > initValue) {
                  initValue *= -a;
                  optimisedInvert = true;
                } else {
                  initValue = 0;
                }
              } else {
                initValue = 0;
              }
            }
            result *= lowerGammaSeries(a, x2, initValue) / a;
            if (optimisedInvert) {
              invert = false;
              result = -result;
            }
          }
          break;
        case 3:
          invert = !invert;
          res = tgammaSmallUpperPart(a, x2, invert);
          result = res[0];
          g2 = res[1];
          invert = false;
          if (regularized) {
            result /= g2;
          }
          break;
        case 4:
          result = regularized ? regularisedGammaPrefix(a, x2) : fullIGammaPrefix(a, x2);
          if (result !== 0) {
            result *= upperGammaFraction(a, x2);
          }
          break;
        case 5:
          result = igammaTemmeLarge(a, x2);
          if (x2 >= a) {
            invert = !invert;
          }
          break;
        case 6:
          result = regularized ? pow(x2, a) / gamma(a + 1) : pow(x2, a) / a;
          result *= 1 - a * x2 / (a + 1);
          break;
        case 7:
          result = regularized ? regularisedGammaPrefix(a, x2) : fullIGammaPrefix(a, x2);
          result /= x2;
          if (result !== 0) {
            result *= tgammaILargeX(a, x2);
          }
          break;
      }
      if (regularized && result > 1) {
        result = 1;
      }
      if (invert) {
        gam = regularized ? 1 : gamma(a);
        result = gam - result;
      }
      return result;
    }
    module.exports = igammaFinal;
  }
});

// node_modules/@stdlib/math-base-special-gammainc/lib/main.js
var require_main79 = __commonJS({
  "node_modules/@stdlib/math-base-special-gammainc/lib/main.js"(exports, module) {
    "use strict";
    init_esm_dirname();
    var gammaln = require_lib99();
    var exp = require_lib59();
    var ln = require_lib96();
    var SQRT_TWO_PI = require_lib88();
    var MAX_LN = require_lib100();
    var PINF = require_lib33();
    var FLOAT64_MAX_NTH_FACTORIAL = require_lib91();
    var igammaFinal = require_igamma_final();
    var lowerGammaSeries = require_lower_gamma_series();
    var upperGammaFraction = require_upper_gamma_fraction();
    function gammainc(x2, a, regularized, upper) {
      var normalized;
      var initValue;
      var invert;
      var result;
      if (x2 < 0 || a <= 0) {
        return NaN;
      }
      normalized = regularized === void 0 ? true : regularized;
      invert = upper;
      if (a >= FLOAT64_MAX_NTH_FACTORIAL && !normalized) {
        if (invert && a * 4 < x2) {
          result = a * ln(x2) - x2;
          result += ln(upperGammaFraction(a, x2));
        } else if (!invert && a > 4 * x2) {
          result = a * ln(x2) - x2;
          initValue = 0;
          result += ln(lowerGammaSeries(a, x2, initValue) / a);
        } else {
          result = igammaFinal(x2, a, true, invert);
          if (result === 0) {
            if (invert) {
              result = 1 + 1 / (12 * a) + 1 / (288 * a * a);
              result = ln(result) - a + (a - 0.5) * ln(a);
              result += ln(SQRT_TWO_PI);
            } else {
              result = a * ln(x2) - x2;
              initValue = 0;
              result += ln(lowerGammaSeries(a, x2, initValue) / a);
            }
          } else {
            result = ln(result) + gammaln(a);
          }
        }
        if (result > MAX_LN) {
          return PINF;
        }
        return exp(result);
      }
      return igammaFinal(x2, a, normalized, invert);
    }
    module.exports = gammainc;
  }
});

// node_modules/@stdlib/math-base-special-gammainc/lib/index.js
var require_lib116 = __commonJS({
  "node_modules/@stdlib/math-base-special-gammainc/lib/index.js"(exports, module) {
    "use strict";
    init_esm_dirname();
    var main = require_main79();
    module.exports = main;
  }
});

// node_modules/@stdlib/math-base-special-kernel-betainc/lib/full_igamma_prefix.js
var require_full_igamma_prefix2 = __commonJS({
  "node_modules/@stdlib/math-base-special-kernel-betainc/lib/full_igamma_prefix.js"(exports, module) {
    "use strict";
    init_esm_dirname();
    var exp = require_lib59();
    var pow = require_lib68();
    var ln = require_lib96();
    var MAX_LN = require_lib100();
    var MIN_LN = require_lib106();
    function fullIGammaPrefix(a, z2) {
      var prefix;
      var alz;
      alz = a * ln(z2);
      if (z2 >= 1) {
        if (alz < MAX_LN && -z2 > MIN_LN) {
          prefix = pow(z2, a) * exp(-z2);
        } else if (a >= 1) {
          prefix = pow(z2 / exp(z2 / a), a);
        } else {
          prefix = exp(alz - z2);
        }
      } else if (alz > MIN_LN) {
        prefix = pow(z2, a) * exp(-z2);
      } else if (z2 / a < MAX_LN) {
        prefix = pow(z2 / exp(z2 / a), a);
      } else {
        prefix = exp(alz - z2);
      }
      return prefix;
    }
    module.exports = fullIGammaPrefix;
  }
});

// node_modules/@stdlib/math-base-special-kernel-betainc/lib/regularized_gamma_prefix.js
var require_regularized_gamma_prefix = __commonJS({
  "node_modules/@stdlib/math-base-special-kernel-betainc/lib/regularized_gamma_prefix.js"(exports, module) {
    "use strict";
    init_esm_dirname();
    var lanczosSumExpGScaled = require_lib111();
    var gammaln = require_lib99();
    var gamma = require_lib90();
    var log1p = require_lib39();
    var sqrt = require_lib40();
    var abs = require_lib43();
    var exp = require_lib59();
    var pow = require_lib68();
    var max = require_lib73();
    var min = require_lib75();
    var ln = require_lib96();
    var MAX_LN = require_lib100();
    var MIN_LN = require_lib106();
    var G2 = require_lib94();
    var E = require_lib69();
    function regularizedGammaPrefix(a, z2) {
      var prefix;
      var amza;
      var agh;
      var alz;
      var amz;
      var sq;
      var d;
      agh = a + G2 - 0.5;
      d = (z2 - a - G2 + 0.5) / agh;
      if (a < 1) {
        if (z2 <= MIN_LN) {
          return exp(a * ln(z2) - z2 - gammaln(a));
        }
        return pow(z2, a) * exp(-z2) / gamma(a);
      }
      if (abs(d * d * a) <= 100 && a > 150) {
        prefix = a * (log1p(d) - d) + z2 * (0.5 - G2) / agh;
        prefix = exp(prefix);
      } else {
        alz = a * ln(z2 / agh);
        amz = a - z2;
        if (min(alz, amz) <= MIN_LN || max(alz, amz) >= MAX_LN) {
          amza = amz / a;
          if (min(alz, amz) / 2 > MIN_LN && max(alz, amz) / 2 < MAX_LN) {
            sq = pow(z2 / agh, a / 2) * exp(amz / 2);
            prefix = sq * sq;
          } else if (min(alz, amz) / 4 > MIN_LN && max(alz, amz) / 4 < MAX_LN && z2 > a) {
            sq = pow(z2 / agh, a / 4) * exp(amz / 4);
            prefix = sq * sq;
            prefix *= prefix;
          } else if (amza > MIN_LN && amza < MAX_LN) {
            prefix = pow(z2 * exp(amza) / agh, a);
          } else {
            prefix = exp(alz + amz);
          }
        } else {
          prefix = pow(z2 / agh, a) * exp(amz);
        }
      }
      prefix *= sqrt(agh / E) / lanczosSumExpGScaled(a);
      return prefix;
    }
    module.exports = regularizedGammaPrefix;
  }
});

// node_modules/@stdlib/math-base-special-kernel-betainc/lib/beta_small_b_large_a_series.js
var require_beta_small_b_large_a_series = __commonJS({
  "node_modules/@stdlib/math-base-special-kernel-betainc/lib/beta_small_b_large_a_series.js"(exports, module) {
    "use strict";
    init_esm_dirname();
    var gammaDeltaRatio = require_lib95();
    var factorial = require_lib92();
    var gammainc = require_lib116();
    var log1p = require_lib39();
    var abs = require_lib43();
    var pow = require_lib68();
    var ln = require_lib96();
    var MIN_VALUE = require_lib54();
    var EPSILON = require_lib70();
    var fullIGammaPrefix = require_full_igamma_prefix2();
    var regularizedGammaPrefix = require_regularized_gamma_prefix();
    var p = new Array(30);
    function betaSmallBLargeASeries(a, b, x2, y2, s0, mult, normalized) {
      var prefix;
      var tmp1;
      var tnp1;
      var sum;
      var b2n;
      var bm1;
      var lx2;
      var lxp;
      var mbn;
      var lx;
      var t4;
      var h;
      var j;
      var m;
      var n;
      var r;
      var t;
      var u;
      bm1 = b - 1;
      t = a + bm1 / 2;
      if (y2 < 0.35) {
        lx = log1p(-y2);
      } else {
        lx = ln(x2);
      }
      u = -t * lx;
      h = regularizedGammaPrefix(b, u);
      if (h <= MIN_VALUE) {
        return s0;
      }
      if (normalized) {
        prefix = h / gammaDeltaRatio(a, b);
        prefix /= pow(t, b);
      } else {
        prefix = fullIGammaPrefix(b, u) / pow(t, b);
      }
      prefix *= mult;
      p[0] = 1;
      j = gammainc(u, b, true, true);
      j /= h;
      sum = s0 + prefix * j;
      tnp1 = 1;
      lx2 = lx / 2;
      lx2 *= lx2;
      lxp = 1;
      t4 = 4 * t * t;
      b2n = b;
      for (n = 1; n < p.length; ++n) {
        tnp1 += 2;
        p[n] = 0;
        mbn = b - n;
        tmp1 = 3;
        for (m = 1; m < n; ++m) {
          mbn = m * b - n;
          p[n] += mbn * p[n - m] / factorial(tmp1);
          tmp1 += 2;
        }
        p[n] /= n;
        p[n] += bm1 / factorial(tnp1);
        j = (b2n * (b2n + 1) * j + (u + b2n + 1) * lxp) / t4;
        lxp *= lx2;
        b2n += 2;
        r = prefix * p[n] * j;
        sum += r;
        if (r > 1) {
          if (abs(r) < abs(EPSILON * sum)) {
            break;
          }
        } else if (abs(r / EPSILON) < abs(sum)) {
          break;
        }
      }
      return sum;
    }
    module.exports = betaSmallBLargeASeries;
  }
});

// node_modules/@stdlib/math-base-special-kernel-betainc/lib/rising_factorial_ratio.js
var require_rising_factorial_ratio = __commonJS({
  "node_modules/@stdlib/math-base-special-kernel-betainc/lib/rising_factorial_ratio.js"(exports, module) {
    "use strict";
    init_esm_dirname();
    function risingFactorialRatio(a, b, k) {
      var result;
      var i;
      if (k === 0) {
        return 1;
      }
      result = 1;
      for (i = 0; i < k; i++) {
        result *= (a + i) / (b + i);
      }
      return result;
    }
    module.exports = risingFactorialRatio;
  }
});

// node_modules/@stdlib/math-base-special-maxabs/lib/main.js
var require_main80 = __commonJS({
  "node_modules/@stdlib/math-base-special-maxabs/lib/main.js"(exports, module) {
    "use strict";
    init_esm_dirname();
    var abs = require_lib43();
    var max = require_lib73();
    function maxabs(x2, y2) {
      return max(abs(x2), abs(y2));
    }
    module.exports = maxabs;
  }
});

// node_modules/@stdlib/math-base-special-maxabs/lib/index.js
var require_lib117 = __commonJS({
  "node_modules/@stdlib/math-base-special-maxabs/lib/index.js"(exports, module) {
    "use strict";
    init_esm_dirname();
    var maxabs = require_main80();
    module.exports = maxabs;
  }
});

// node_modules/@stdlib/math-base-special-minabs/lib/main.js
var require_main81 = __commonJS({
  "node_modules/@stdlib/math-base-special-minabs/lib/main.js"(exports, module) {
    "use strict";
    init_esm_dirname();
    var abs = require_lib43();
    var min = require_lib75();
    function minabs(x2, y2) {
      return min(abs(x2), abs(y2));
    }
    module.exports = minabs;
  }
});

// node_modules/@stdlib/math-base-special-minabs/lib/index.js
var require_lib118 = __commonJS({
  "node_modules/@stdlib/math-base-special-minabs/lib/index.js"(exports, module) {
    "use strict";
    init_esm_dirname();
    var minabs = require_main81();
    module.exports = minabs;
  }
});

// node_modules/@stdlib/math-base-special-kernel-betainc/lib/ibeta_power_terms.js
var require_ibeta_power_terms = __commonJS({
  "node_modules/@stdlib/math-base-special-kernel-betainc/lib/ibeta_power_terms.js"(exports, module) {
    "use strict";
    init_esm_dirname();
    var lanczosSumExpGScaled = require_lib111();
    var maxabs = require_lib117();
    var minabs = require_lib118();
    var expm1 = require_lib38();
    var log1p = require_lib39();
    var sqrt = require_lib40();
    var abs = require_lib43();
    var exp = require_lib59();
    var pow = require_lib68();
    var min = require_lib75();
    var ln = require_lib96();
    var MAX_LN = require_lib100();
    var MIN_LN = require_lib106();
    var G2 = require_lib94();
    var E = require_lib69();
    function ibetaPowerTerms(a, b, x2, y2, normalized) {
      var result;
      var smallA;
      var ratio;
      var agh;
      var bgh;
      var cgh;
      var l1;
      var l22;
      var l3;
      var p1;
      var b1;
      var b2;
      var c;
      var l4;
      if (!normalized) {
        return pow(x2, a) * pow(y2, b);
      }
      c = a + b;
      agh = a + G2 - 0.5;
      bgh = b + G2 - 0.5;
      cgh = c + G2 - 0.5;
      result = lanczosSumExpGScaled(c);
      result /= lanczosSumExpGScaled(a) * lanczosSumExpGScaled(b);
      result *= sqrt(bgh / E);
      result *= sqrt(agh / cgh);
      l1 = (x2 * b - y2 * agh) / agh;
      l22 = (y2 * a - x2 * bgh) / bgh;
      if (minabs(l1, l22) < 0.2) {
        if (l1 * l22 > 0 || min(a, b) < 1) {
          if (abs(l1) < 0.1) {
            result *= exp(a * log1p(l1));
          } else {
            result *= pow(x2 * cgh / agh, a);
          }
          if (abs(l22) < 0.1) {
            result *= exp(b * log1p(l22));
          } else {
            result *= pow(y2 * cgh / bgh, b);
          }
        } else if (maxabs(l1, l22) < 0.5) {
          smallA = a < b;
          ratio = b / a;
          if (smallA && ratio * l22 < 0.1 || !smallA && l1 / ratio > 0.1) {
            l3 = expm1(ratio * log1p(l22));
            l3 = l1 + l3 + l3 * l1;
            l3 = a * log1p(l3);
            result *= exp(l3);
          } else {
            l3 = expm1(log1p(l1) / ratio);
            l3 = l22 + l3 + l3 * l22;
            l3 = b * log1p(l3);
            result *= exp(l3);
          }
        } else if (abs(l1) < abs(l22)) {
          l4 = a * log1p(l1) + b * ln(y2 * cgh / bgh);
          if (l4 <= MIN_LN || l4 >= MAX_LN) {
            l4 += ln(result);
            if (l4 >= MAX_LN) {
              return NaN;
            }
            result = exp(l4);
          } else {
            result *= exp(l4);
          }
        } else {
          l4 = b * log1p(l22) + a * ln(x2 * cgh / agh);
          if (l4 <= MIN_LN || l4 >= MAX_LN) {
            l4 += ln(result);
            if (l4 >= MAX_LN) {
              return NaN;
            }
            result = exp(l4);
          } else {
            result *= exp(l4);
          }
        }
      } else {
        b1 = x2 * cgh / agh;
        b2 = y2 * cgh / bgh;
        l1 = a * ln(b1);
        l22 = b * ln(b2);
        if (l1 >= MAX_LN || l1 <= MIN_LN || l22 >= MAX_LN || l22 <= MIN_LN) {
          if (a < b) {
            p1 = pow(b2, b / a);
            l3 = a * (ln(b1) + ln(p1));
            if (l3 < MAX_LN && l3 > MIN_LN) {
              result *= pow(p1 * b1, a);
            } else {
              l22 += l1 + ln(result);
              if (l22 >= MAX_LN) {
                return NaN;
              }
              result = exp(l22);
            }
          } else {
            p1 = pow(b1, a / b);
            l3 = (ln(p1) + ln(b2)) * b;
            if (l3 < MAX_LN && l3 > MIN_LN) {
              result *= pow(p1 * b2, b);
            } else {
              l22 += l1 + ln(result);
              if (l22 >= MAX_LN) {
                return NaN;
              }
              result = exp(l22);
            }
          }
        } else {
          result *= pow(b1, a) * pow(b2, b);
        }
      }
      return result;
    }
    module.exports = ibetaPowerTerms;
  }
});

// node_modules/@stdlib/math-base-special-kernel-betainc/lib/ibeta_fraction2.js
var require_ibeta_fraction2 = __commonJS({
  "node_modules/@stdlib/math-base-special-kernel-betainc/lib/ibeta_fraction2.js"(exports, module) {
    "use strict";
    init_esm_dirname();
    var continuedFraction = require_lib115();
    var ibetaPowerTerms = require_ibeta_power_terms();
    var OPTS = {
      "keep": true,
      "maxIter": 1e3
    };
    function ibetaFraction2t(a, b, x2, y2) {
      var m = 0;
      return next;
      function next() {
        var denom;
        var aN;
        var bN;
        aN = (a + m - 1) * (a + b + m - 1) * m * (b - m) * x2 * x2;
        denom = a + 2 * m - 1;
        aN /= denom * denom;
        bN = m;
        bN += m * (b - m) * x2 / (a + 2 * m - 1);
        bN += (a + m) * (a * y2 - b * x2 + 1 + m * (2 - x2)) / (a + 2 * m + 1);
        m += 1;
        return [aN, bN];
      }
    }
    function ibetaFraction2(a, b, x2, y2, normalized, out) {
      var result;
      var fract;
      var f;
      result = ibetaPowerTerms(a, b, x2, y2, normalized);
      if (out) {
        out[1] = result;
      }
      if (result === 0) {
        return result;
      }
      f = ibetaFraction2t(a, b, x2, y2);
      fract = continuedFraction(f, OPTS);
      return result / fract;
    }
    module.exports = ibetaFraction2;
  }
});

// node_modules/@stdlib/constants-float64-max-safe-integer/lib/index.js
var require_lib119 = __commonJS({
  "node_modules/@stdlib/constants-float64-max-safe-integer/lib/index.js"(exports, module) {
    "use strict";
    init_esm_dirname();
    var FLOAT64_MAX_SAFE_INTEGER = 9007199254740991;
    module.exports = FLOAT64_MAX_SAFE_INTEGER;
  }
});

// node_modules/@stdlib/math-base-special-gcd/lib/bitwise_binary_gcd.js
var require_bitwise_binary_gcd = __commonJS({
  "node_modules/@stdlib/math-base-special-gcd/lib/bitwise_binary_gcd.js"(exports, module) {
    "use strict";
    init_esm_dirname();
    function gcd(a, b) {
      var k = 0;
      var t;
      if (a === 0) {
        return b;
      }
      if (b === 0) {
        return a;
      }
      while ((a & 1) === 0 && (b & 1) === 0) {
        a >>>= 1;
        b >>>= 1;
        k += 1;
      }
      while ((a & 1) === 0) {
        a >>>= 1;
      }
      while (b) {
        while ((b & 1) === 0) {
          b >>>= 1;
        }
        if (a > b) {
          t = b;
          b = a;
          a = t;
        }
        b -= a;
      }
      return a << k;
    }
    module.exports = gcd;
  }
});

// node_modules/@stdlib/math-base-special-gcd/lib/binary_gcd.js
var require_binary_gcd = __commonJS({
  "node_modules/@stdlib/math-base-special-gcd/lib/binary_gcd.js"(exports, module) {
    "use strict";
    init_esm_dirname();
    function gcd(a, b) {
      var k = 1;
      var t;
      if (a === 0) {
        return b;
      }
      if (b === 0) {
        return a;
      }
      while (a % 2 === 0 && b % 2 === 0) {
        a /= 2;
        b /= 2;
        k *= 2;
      }
      while (a % 2 === 0) {
        a /= 2;
      }
      while (b) {
        while (b % 2 === 0) {
          b /= 2;
        }
        if (a > b) {
          t = b;
          b = a;
          a = t;
        }
        b -= a;
      }
      return k * a;
    }
    module.exports = gcd;
  }
});

// node_modules/@stdlib/math-base-special-gcd/lib/main.js
var require_main82 = __commonJS({
  "node_modules/@stdlib/math-base-special-gcd/lib/main.js"(exports, module) {
    "use strict";
    init_esm_dirname();
    var isnan = require_lib8();
    var isInteger = require_lib60();
    var PINF = require_lib33();
    var NINF = require_lib35();
    var INT32_MAX = require_lib77();
    var bitwise = require_bitwise_binary_gcd();
    var largeIntegers = require_binary_gcd();
    function gcd(a, b) {
      if (isnan(a) || isnan(b)) {
        return NaN;
      }
      if (a === PINF || b === PINF || a === NINF || b === NINF) {
        return NaN;
      }
      if (!(isInteger(a) && isInteger(b))) {
        return NaN;
      }
      if (a < 0) {
        a = -a;
      }
      if (b < 0) {
        b = -b;
      }
      if (a <= INT32_MAX && b <= INT32_MAX) {
        return bitwise(a, b);
      }
      return largeIntegers(a, b);
    }
    module.exports = gcd;
  }
});

// node_modules/@stdlib/math-base-special-gcd/lib/index.js
var require_lib120 = __commonJS({
  "node_modules/@stdlib/math-base-special-gcd/lib/index.js"(exports, module) {
    "use strict";
    init_esm_dirname();
    var main = require_main82();
    module.exports = main;
  }
});

// node_modules/@stdlib/math-base-special-binomcoef/lib/main.js
var require_main83 = __commonJS({
  "node_modules/@stdlib/math-base-special-binomcoef/lib/main.js"(exports, module) {
    "use strict";
    init_esm_dirname();
    var MAX_SAFE_INTEGER = require_lib119();
    var PINF = require_lib33();
    var isInteger = require_lib60();
    var isnan = require_lib8();
    var isOdd = require_lib62();
    var floor = require_lib6();
    var gcd = require_lib120();
    function binomcoef(n, k) {
      var res;
      var sgn;
      var b;
      var c;
      var d;
      var g2;
      var s;
      if (isnan(n) || isnan(k)) {
        return NaN;
      }
      if (!isInteger(n) || !isInteger(k)) {
        return NaN;
      }
      if (k < 0) {
        return 0;
      }
      sgn = 1;
      if (n < 0) {
        n = -n + k - 1;
        if (isOdd(k)) {
          sgn *= -1;
        }
      }
      if (k > n) {
        return 0;
      }
      if (k === 0 || k === n) {
        return sgn;
      }
      if (k === 1 || k === n - 1) {
        return sgn * n;
      }
      if (n - k < k) {
        k = n - k;
      }
      s = floor(MAX_SAFE_INTEGER / n);
      res = 1;
      for (d = 1; d <= k; d++) {
        if (res > s) {
          break;
        }
        res *= n;
        res /= d;
        n -= 1;
      }
      if (d > k) {
        return sgn * res;
      }
      b = binomcoef(n, k - d + 1);
      if (b === PINF) {
        return sgn * b;
      }
      c = binomcoef(k, k - d + 1);
      g2 = gcd(b, c);
      b /= g2;
      c /= g2;
      res /= c;
      return sgn * res * b;
    }
    module.exports = binomcoef;
  }
});

// node_modules/@stdlib/math-base-special-binomcoef/lib/index.js
var require_lib121 = __commonJS({
  "node_modules/@stdlib/math-base-special-binomcoef/lib/index.js"(exports, module) {
    "use strict";
    init_esm_dirname();
    var main = require_main83();
    module.exports = main;
  }
});

// node_modules/@stdlib/math-base-special-kernel-betainc/lib/binomial_ccdf.js
var require_binomial_ccdf = __commonJS({
  "node_modules/@stdlib/math-base-special-kernel-betainc/lib/binomial_ccdf.js"(exports, module) {
    "use strict";
    init_esm_dirname();
    var binomcoef = require_lib121();
    var floor = require_lib6();
    var pow = require_lib68();
    var MIN_VALUE = require_lib54();
    function binomialCCDF(n, k, x2, y2) {
      var startTerm;
      var result;
      var start;
      var term;
      var i;
      result = pow(x2, n);
      if (result > MIN_VALUE) {
        term = result;
        for (i = floor(n - 1); i > k; i--) {
          term *= (i + 1) * y2 / ((n - i) * x2);
          result += term;
        }
      } else {
        start = floor(n * x2);
        if (start <= k + 1) {
          start = floor(k + 2);
        }
        result = pow(x2, start) * pow(y2, n - start);
        result *= binomcoef(floor(n), floor(start));
        if (result === 0) {
          for (i = start - 1; i > k; i--) {
            result += pow(x2, i) * pow(y2, n - i);
            result *= binomcoef(floor(n), floor(i));
          }
        } else {
          term = result;
          startTerm = result;
          for (i = start - 1; i > k; i--) {
            term *= (i + 1) * y2 / ((n - i) * x2);
            result += term;
          }
          term = startTerm;
          for (i = start + 1; i <= n; i++) {
            term *= (n - i + 1) * x2 / (i * y2);
            result += term;
          }
        }
      }
      return result;
    }
    module.exports = binomialCCDF;
  }
});

// node_modules/@stdlib/math-base-special-kernel-betainc/lib/ibeta_a_step.js
var require_ibeta_a_step = __commonJS({
  "node_modules/@stdlib/math-base-special-kernel-betainc/lib/ibeta_a_step.js"(exports, module) {
    "use strict";
    init_esm_dirname();
    var ibetaPowerTerms = require_ibeta_power_terms();
    function ibetaAStep(a, b, x2, y2, k, normalized, out) {
      var prefix;
      var term;
      var sum;
      var i;
      prefix = ibetaPowerTerms(a, b, x2, y2, normalized);
      if (out) {
        out[1] = prefix;
      }
      prefix /= a;
      if (prefix === 0) {
        return prefix;
      }
      sum = 1;
      term = 1;
      for (i = 0; i < k - 1; ++i) {
        term *= (a + b + i) * x2 / (a + i + 1);
        sum += term;
      }
      prefix *= sum;
      return prefix;
    }
    module.exports = ibetaAStep;
  }
});

// node_modules/@stdlib/math-base-special-kernel-betainc/lib/ibeta_series.js
var require_ibeta_series = __commonJS({
  "node_modules/@stdlib/math-base-special-kernel-betainc/lib/ibeta_series.js"(exports, module) {
    "use strict";
    init_esm_dirname();
    var lanczosSumExpGScaled = require_lib111();
    var sumSeries = require_lib104();
    var log1p = require_lib39();
    var sqrt = require_lib40();
    var exp = require_lib59();
    var pow = require_lib68();
    var ln = require_lib96();
    var MIN_VALUE = require_lib54();
    var MAX_LN = require_lib100();
    var MIN_LN = require_lib106();
    var G2 = require_lib94();
    var E = require_lib69();
    var opts = {
      "maxTerms": 100
    };
    function ibetaSeriesT(a, b, x2, result) {
      var poch = 1 - b;
      var n = 1;
      return next;
      function next() {
        var r = result / a;
        a += 1;
        result *= poch * x2 / n;
        n += 1;
        poch += 1;
        return r;
      }
    }
    function ibetaSeries(a, b, x2, s0, normalized, out, y2) {
      var result;
      var agh;
      var bgh;
      var cgh;
      var l1;
      var l22;
      var c;
      var s;
      if (normalized) {
        c = a + b;
        agh = a + G2 - 0.5;
        bgh = b + G2 - 0.5;
        cgh = c + G2 - 0.5;
        result = lanczosSumExpGScaled(c) / (lanczosSumExpGScaled(a) * lanczosSumExpGScaled(b));
        l1 = ln(cgh / bgh) * (b - 0.5);
        l22 = ln(x2 * cgh / agh) * a;
        if (l1 > MIN_LN && l1 < MAX_LN && l22 > MIN_LN && l22 < MAX_LN) {
          if (a * b < bgh * 10) {
            result *= exp((b - 0.5) * log1p(a / bgh));
          } else {
            result *= pow(cgh / bgh, b - 0.5);
          }
          result *= pow(x2 * cgh / agh, a);
          result *= sqrt(agh / E);
          if (out) {
            out[1] = result * pow(y2, b);
          }
        } else {
          result = ln(result) + l1 + l22 + (ln(agh) - 1) / 2;
          if (out) {
            out[1] = exp(result + b * ln(y2));
          }
          result = exp(result);
        }
      } else {
        result = pow(x2, a);
      }
      if (result < MIN_VALUE) {
        return s0;
      }
      s = ibetaSeriesT(a, b, x2, result);
      opts.initialValue = s0;
      return sumSeries(s, opts);
    }
    module.exports = ibetaSeries;
  }
});

// node_modules/@stdlib/math-base-special-kernel-betainc/lib/assign.js
var require_assign3 = __commonJS({
  "node_modules/@stdlib/math-base-special-kernel-betainc/lib/assign.js"(exports, module) {
    "use strict";
    init_esm_dirname();
    var isnan = require_lib8();
    var expm1 = require_lib38();
    var floor = require_lib6();
    var log1p = require_lib39();
    var asin = require_lib42();
    var beta = require_lib71();
    var sqrt = require_lib40();
    var exp = require_lib59();
    var pow = require_lib68();
    var max = require_lib73();
    var min = require_lib75();
    var MAX_FLOAT64 = require_lib76();
    var MIN_FLOAT64 = require_lib54();
    var MAX_INT32 = require_lib77();
    var HALF_PI = require_lib78();
    var PI = require_lib79();
    var betaSmallBLargeASeries = require_beta_small_b_large_a_series();
    var risingFactorialRatio = require_rising_factorial_ratio();
    var ibetaPowerTerms = require_ibeta_power_terms();
    var ibetaFraction2 = require_ibeta_fraction2();
    var binomialCCDF = require_binomial_ccdf();
    var ibetaAStep = require_ibeta_a_step();
    var ibetaSeries = require_ibeta_series();
    var ONE_OVER_PI = 1 / PI;
    function ibetaImp(x2, a, b, regularized, upper, out, stride, offset) {
      var lambda;
      var prefix;
      var fract;
      var bbar;
      var div;
      var tmp;
      var i0;
      var i1;
      var k;
      var n;
      var p;
      var y2;
      y2 = 1 - x2;
      i0 = offset;
      i1 = offset + stride;
      out[i1] = -1;
      if (isnan(x2) || x2 < 0 || x2 > 1) {
        out[i0] = NaN;
        out[i1] = NaN;
        return out;
      }
      if (regularized) {
        if (a < 0 || b < 0) {
          out[i0] = NaN;
          out[i1] = NaN;
          return out;
        }
        if (a === 0) {
          if (b === 0) {
            out[i0] = NaN;
            out[i1] = NaN;
            return out;
          }
          if (b > 0) {
            out[i0] = upper ? 0 : 1;
            return out;
          }
        } else if (b === 0) {
          if (a > 0) {
            out[i0] = upper ? 1 : 0;
            return out;
          }
        }
      } else if (a <= 0 || b <= 0) {
        out[i0] = NaN;
        out[i1] = NaN;
        return out;
      }
      if (x2 === 0) {
        if (a === 1) {
          out[i1] = 1;
        } else {
          out[i1] = a < 1 ? MAX_FLOAT64 / 2 : MIN_FLOAT64 * 2;
        }
        if (upper) {
          out[i0] = regularized ? 1 : beta(a, b);
          return out;
        }
        out[i0] = 0;
        return out;
      }
      if (x2 === 1) {
        if (b === 1) {
          out[i1] = 1;
        } else {
          out[i1] = b < 1 ? MAX_FLOAT64 / 2 : MIN_FLOAT64 * 2;
        }
        if (upper) {
          out[i0] = 0;
        } else {
          out[i0] = regularized ? 1 : beta(a, b);
        }
        return out;
      }
      if (a === 0.5 && b === 0.5) {
        out[i1] = ONE_OVER_PI * sqrt(y2 * x2);
        p = upper ? asin(sqrt(y2)) : asin(sqrt(x2));
        p /= HALF_PI;
        if (!regularized) {
          p *= PI;
        }
        out[i0] = p;
        return out;
      }
      if (a === 1) {
        tmp = b;
        b = a;
        a = tmp;
        tmp = y2;
        y2 = x2;
        x2 = tmp;
        upper = !upper;
      }
      if (b === 1) {
        if (a === 1) {
          out[i0] = upper ? y2 : x2;
          out[i1] = 1;
          return out;
        }
        out[i1] = a * pow(x2, a - 1);
        if (y2 < 0.5) {
          p = upper ? -expm1(a * log1p(-y2)) : exp(a * log1p(-y2));
        } else {
          p = upper ? -(pow(x2, a) - 1) : pow(x2, a);
        }
        if (!regularized) {
          p /= a;
        }
        out[i0] = p;
        return out;
      }
      if (min(a, b) <= 1) {
        if (x2 > 0.5) {
          tmp = b;
          b = a;
          a = tmp;
          tmp = y2;
          y2 = x2;
          x2 = tmp;
          upper = !upper;
        }
        if (max(a, b) <= 1) {
          if (a >= min(0.2, b) || pow(x2, a) <= 0.9) {
            if (upper) {
              fract = -(regularized ? 1 : beta(a, b));
              upper = false;
              fract = -ibetaSeries(a, b, x2, fract, regularized, out, y2);
            } else {
              fract = ibetaSeries(a, b, x2, 0, regularized, out, y2);
            }
          } else {
            tmp = b;
            b = a;
            a = tmp;
            tmp = y2;
            y2 = x2;
            x2 = tmp;
            upper = !upper;
            if (y2 >= 0.3) {
              if (upper) {
                fract = -(regularized ? 1 : beta(a, b));
                upper = false;
                fract = -ibetaSeries(a, b, x2, fract, regularized, out, y2);
              } else {
                fract = ibetaSeries(a, b, x2, 0, regularized, out, y2);
              }
            } else {
              if (regularized) {
                prefix = 1;
              } else {
                prefix = risingFactorialRatio(a + b, a, 20);
              }
              fract = ibetaAStep(a, b, x2, y2, 20, regularized, out);
              if (upper) {
                fract -= regularized ? 1 : beta(a, b);
                upper = false;
                fract = -betaSmallBLargeASeries(a + 20, b, x2, y2, fract, prefix, regularized);
              } else {
                fract = betaSmallBLargeASeries(a + 20, b, x2, y2, fract, prefix, regularized);
              }
            }
          }
        } else if (b <= 1 || x2 < 0.1 && pow(b * x2, a) <= 0.7) {
          if (upper) {
            fract = -(regularized ? 1 : beta(a, b));
            upper = false;
            fract = -ibetaSeries(a, b, x2, fract, regularized, out, y2);
          } else {
            fract = ibetaSeries(a, b, x2, 0, regularized, out, y2);
          }
        } else {
          tmp = b;
          b = a;
          a = tmp;
          tmp = y2;
          y2 = x2;
          x2 = tmp;
          upper = !upper;
          if (y2 >= 0.3) {
            if (upper) {
              fract = -(regularized ? 1 : beta(a, b));
              upper = false;
              fract = -ibetaSeries(a, b, x2, fract, regularized, out, y2);
            } else {
              fract = ibetaSeries(a, b, x2, 0, regularized, out, y2);
            }
          } else if (a >= 15) {
            if (upper) {
              fract = -(regularized ? 1 : beta(a, b));
              upper = false;
              fract = -betaSmallBLargeASeries(a, b, x2, y2, fract, 1, regularized);
            } else {
              fract = betaSmallBLargeASeries(a, b, x2, y2, 0, 1, regularized);
            }
          } else {
            if (regularized) {
              prefix = 1;
            } else {
              prefix = risingFactorialRatio(a + b, a, 20);
            }
            fract = ibetaAStep(a, b, x2, y2, 20, regularized, out);
            if (upper) {
              fract -= regularized ? 1 : beta(a, b);
              upper = false;
              fract = -betaSmallBLargeASeries(a + 20, b, x2, y2, fract, prefix, regularized);
            } else {
              fract = betaSmallBLargeASeries(a + 20, b, x2, y2, fract, prefix, regularized);
            }
          }
        }
      } else {
        if (a < b) {
          lambda = a - (a + b) * x2;
        } else {
          lambda = (a + b) * y2 - b;
        }
        if (lambda < 0) {
          tmp = b;
          b = a;
          a = tmp;
          tmp = y2;
          y2 = x2;
          x2 = tmp;
          upper = !upper;
        }
        if (b < 40) {
          if (floor(a) === a && floor(b) === b && a < MAX_INT32 - 100) {
            k = a - 1;
            n = b + k;
            fract = binomialCCDF(n, k, x2, y2);
            if (!regularized) {
              fract *= beta(a, b);
            }
          } else if (b * x2 <= 0.7) {
            if (upper) {
              fract = -(regularized ? 1 : beta(a, b));
              upper = false;
              fract = -ibetaSeries(a, b, x2, fract, regularized, out, y2);
            } else {
              fract = ibetaSeries(a, b, x2, 0, regularized, out, y2);
            }
          } else if (a > 15) {
            n = floor(b);
            if (n === b) {
              n -= 1;
            }
            bbar = b - n;
            if (regularized) {
              prefix = 1;
            } else {
              prefix = risingFactorialRatio(a + bbar, bbar, n);
            }
            fract = ibetaAStep(bbar, a, y2, x2, n, regularized);
            fract = betaSmallBLargeASeries(a, bbar, x2, y2, fract, 1, regularized);
            fract /= prefix;
          } else if (regularized) {
            n = floor(b);
            bbar = b - n;
            if (bbar <= 0) {
              n -= 1;
              bbar += 1;
            }
            fract = ibetaAStep(bbar, a, y2, x2, n, regularized);
            fract += ibetaAStep(a, bbar, x2, y2, 20, regularized);
            if (upper) {
              fract -= 1;
            }
            fract = betaSmallBLargeASeries(a + 20, bbar, x2, y2, fract, 1, regularized);
            if (upper) {
              fract = -fract;
              upper = false;
            }
          } else {
            fract = ibetaFraction2(a, b, x2, y2, regularized, out);
          }
        } else {
          fract = ibetaFraction2(a, b, x2, y2, regularized, out);
        }
      }
      if (out[i1] < 0) {
        out[i1] = ibetaPowerTerms(a, b, x2, y2, true);
      }
      div = y2 * x2;
      if (out[i1] !== 0) {
        if (MAX_FLOAT64 * div < out[i1]) {
          out[i1] = MAX_FLOAT64 / 2;
        } else {
          out[i1] /= div;
        }
      }
      out[i0] = upper ? (regularized ? 1 : beta(a, b)) - fract : fract;
      return out;
    }
    module.exports = ibetaImp;
  }
});

// node_modules/@stdlib/math-base-special-kernel-betainc/lib/main.js
var require_main84 = __commonJS({
  "node_modules/@stdlib/math-base-special-kernel-betainc/lib/main.js"(exports, module) {
    "use strict";
    init_esm_dirname();
    var compute = require_assign3();
    function kernelBetainc(x2, a, b, regularized, upper) {
      return compute(x2, a, b, regularized, upper, [0, 0], 1, 0);
    }
    module.exports = kernelBetainc;
  }
});

// node_modules/@stdlib/math-base-special-kernel-betainc/lib/index.js
var require_lib122 = __commonJS({
  "node_modules/@stdlib/math-base-special-kernel-betainc/lib/index.js"(exports, module) {
    "use strict";
    init_esm_dirname();
    var setReadOnly = require_lib5();
    var main = require_main84();
    var assign = require_assign3();
    setReadOnly(main, "assign", assign);
    module.exports = main;
  }
});

// node_modules/@stdlib/math-base-special-betainc/lib/main.js
var require_main85 = __commonJS({
  "node_modules/@stdlib/math-base-special-betainc/lib/main.js"(exports, module) {
    "use strict";
    init_esm_dirname();
    var kernelBetainc = require_lib122().assign;
    function betainc(x2, a, b, regularized, upper) {
      var out = [0, 0];
      regularized = regularized === false ? false : true;
      upper = upper === true ? true : false;
      kernelBetainc(x2, a, b, regularized, upper, out, 1, 0);
      return out[0];
    }
    module.exports = betainc;
  }
});

// node_modules/@stdlib/math-base-special-betainc/lib/index.js
var require_lib123 = __commonJS({
  "node_modules/@stdlib/math-base-special-betainc/lib/index.js"(exports, module) {
    "use strict";
    init_esm_dirname();
    var main = require_main85();
    module.exports = main;
  }
});

// node_modules/@stdlib/stats-base-dists-binomial-cdf/lib/main.js
var require_main86 = __commonJS({
  "node_modules/@stdlib/stats-base-dists-binomial-cdf/lib/main.js"(exports, module) {
    "use strict";
    init_esm_dirname();
    var isNonNegativeInteger = require_lib7();
    var betainc = require_lib123();
    var isnan = require_lib8();
    var floor = require_lib6();
    var PINF = require_lib33();
    function cdf(x2, n, p) {
      if (isnan(x2) || isnan(n) || isnan(p) || p < 0 || p > 1 || !isNonNegativeInteger(n) || n === PINF) {
        return NaN;
      }
      if (x2 < 0) {
        return 0;
      }
      if (x2 >= n) {
        return 1;
      }
      x2 = floor(x2 + 1e-7);
      return betainc(p, x2 + 1, n - x2, true, true);
    }
    module.exports = cdf;
  }
});

// node_modules/@stdlib/utils-constant-function/lib/main.js
var require_main87 = __commonJS({
  "node_modules/@stdlib/utils-constant-function/lib/main.js"(exports, module) {
    "use strict";
    init_esm_dirname();
    function wrap(value) {
      return constantFunction;
      function constantFunction() {
        return value;
      }
    }
    module.exports = wrap;
  }
});

// node_modules/@stdlib/utils-constant-function/lib/index.js
var require_lib124 = __commonJS({
  "node_modules/@stdlib/utils-constant-function/lib/index.js"(exports, module) {
    "use strict";
    init_esm_dirname();
    var main = require_main87();
    module.exports = main;
  }
});

// node_modules/@stdlib/stats-base-dists-binomial-cdf/lib/factory.js
var require_factory2 = __commonJS({
  "node_modules/@stdlib/stats-base-dists-binomial-cdf/lib/factory.js"(exports, module) {
    "use strict";
    init_esm_dirname();
    var isNonNegativeInteger = require_lib7();
    var constantFunction = require_lib124();
    var betainc = require_lib123();
    var isnan = require_lib8();
    var floor = require_lib6();
    var PINF = require_lib33();
    function factory(n, p) {
      if (isnan(n) || isnan(p) || p < 0 || p > 1 || !isNonNegativeInteger(n) || n === PINF) {
        return constantFunction(NaN);
      }
      return cdf;
      function cdf(x2) {
        if (isnan(x2)) {
          return NaN;
        }
        if (x2 < 0) {
          return 0;
        }
        if (x2 >= n) {
          return 1;
        }
        x2 = floor(x2 + 1e-7);
        return betainc(p, x2 + 1, n - x2, true, true);
      }
    }
    module.exports = factory;
  }
});

// node_modules/@stdlib/stats-base-dists-binomial-cdf/lib/index.js
var require_lib125 = __commonJS({
  "node_modules/@stdlib/stats-base-dists-binomial-cdf/lib/index.js"(exports, module) {
    "use strict";
    init_esm_dirname();
    var setReadOnly = require_lib5();
    var main = require_main86();
    var factory = require_factory2();
    setReadOnly(main, "factory", factory);
    module.exports = main;
  }
});

// node_modules/@stdlib/stats-base-dists-normal-cdf/lib/main.js
var require_main88 = __commonJS({
  "node_modules/@stdlib/stats-base-dists-normal-cdf/lib/main.js"(exports, module) {
    "use strict";
    init_esm_dirname();
    var erfc = require_lib105();
    var sqrt = require_lib40();
    var isnan = require_lib8();
    function cdf(x2, mu, sigma) {
      var denom;
      var xc;
      if (isnan(x2) || isnan(mu) || isnan(sigma) || sigma < 0) {
        return NaN;
      }
      if (sigma === 0) {
        return x2 < mu ? 0 : 1;
      }
      denom = sigma * sqrt(2);
      xc = x2 - mu;
      return 0.5 * erfc(-xc / denom);
    }
    module.exports = cdf;
  }
});

// node_modules/@stdlib/stats-base-dists-degenerate-cdf/lib/main.js
var require_main89 = __commonJS({
  "node_modules/@stdlib/stats-base-dists-degenerate-cdf/lib/main.js"(exports, module) {
    "use strict";
    init_esm_dirname();
    var isnan = require_lib8();
    function cdf(x2, mu) {
      if (isnan(x2) || isnan(mu)) {
        return NaN;
      }
      return x2 < mu ? 0 : 1;
    }
    module.exports = cdf;
  }
});

// node_modules/@stdlib/stats-base-dists-degenerate-cdf/lib/factory.js
var require_factory3 = __commonJS({
  "node_modules/@stdlib/stats-base-dists-degenerate-cdf/lib/factory.js"(exports, module) {
    "use strict";
    init_esm_dirname();
    var constantFunction = require_lib124();
    var isnan = require_lib8();
    function factory(mu) {
      if (isnan(mu)) {
        return constantFunction(NaN);
      }
      return cdf;
      function cdf(x2) {
        if (isnan(x2)) {
          return NaN;
        }
        return x2 < mu ? 0 : 1;
      }
    }
    module.exports = factory;
  }
});

// node_modules/@stdlib/stats-base-dists-degenerate-cdf/lib/index.js
var require_lib126 = __commonJS({
  "node_modules/@stdlib/stats-base-dists-degenerate-cdf/lib/index.js"(exports, module) {
    "use strict";
    init_esm_dirname();
    var setReadOnly = require_lib5();
    var main = require_main89();
    var factory = require_factory3();
    setReadOnly(main, "factory", factory);
    module.exports = main;
  }
});

// node_modules/@stdlib/stats-base-dists-normal-cdf/lib/factory.js
var require_factory4 = __commonJS({
  "node_modules/@stdlib/stats-base-dists-normal-cdf/lib/factory.js"(exports, module) {
    "use strict";
    init_esm_dirname();
    var constantFunction = require_lib124();
    var degenerate = require_lib126().factory;
    var isnan = require_lib8();
    var sqrt = require_lib40();
    var erfc = require_lib105();
    function factory(mu, sigma) {
      var denom;
      if (isnan(mu) || isnan(sigma) || sigma < 0) {
        return constantFunction(NaN);
      }
      if (sigma === 0) {
        return degenerate(mu);
      }
      denom = sigma * sqrt(2);
      return cdf;
      function cdf(x2) {
        var xc;
        if (isnan(x2)) {
          return NaN;
        }
        xc = x2 - mu;
        return 0.5 * erfc(-xc / denom);
      }
    }
    module.exports = factory;
  }
});

// node_modules/@stdlib/stats-base-dists-normal-cdf/lib/index.js
var require_lib127 = __commonJS({
  "node_modules/@stdlib/stats-base-dists-normal-cdf/lib/index.js"(exports, module) {
    "use strict";
    init_esm_dirname();
    var setReadOnly = require_lib5();
    var main = require_main88();
    var factory = require_factory4();
    setReadOnly(main, "factory", factory);
    module.exports = main;
  }
});

// src/commands/evaluate.ts
init_esm_dirname();
import { readFile, stat } from "node:fs/promises";
import { basename, dirname, join, relative, resolve } from "node:path";

// src/core/evaluate/baseline.ts
init_esm_dirname();
function localBaselineSource(opts) {
  return {
    async resolve(model) {
      if (opts.given) return { path: opts.given, origin: "--baseline" };
      if (opts.configured) return { path: opts.configured, origin: "evaluate.baseline in mlgate.yml" };
      const champion = await opts.registry?.champion(model);
      return champion ? { path: champion, origin: "registry champion" } : void 0;
    }
  };
}

// src/core/evaluate/evaluation.ts
init_esm_dirname();

// src/core/stats/auc.ts
init_esm_dirname();

// src/core/stats/tests.ts
init_esm_dirname();
var import_stats_base_dists_binomial_cdf = __toESM(require_lib125(), 1);
var import_stats_base_dists_normal_cdf = __toESM(require_lib127(), 1);
function twoSidedNormalP(z2) {
  if (Number.isNaN(z2)) return Number.NaN;
  return Math.min(1, 2 * (0, import_stats_base_dists_normal_cdf.default)(-Math.abs(z2), 0, 1));
}
var MCNEMAR_EXACT_BELOW = 25;
function mcnemarTest(b, c, opts = {}) {
  const n = b + c;
  const exact = opts.exact ?? n < MCNEMAR_EXACT_BELOW;
  if (n === 0) return { b, c, exact, statistic: 0, pValue: 1 };
  if (exact) {
    const k = Math.min(b, c);
    return { b, c, exact, statistic: k, pValue: Math.min(1, 2 * (0, import_stats_base_dists_binomial_cdf.default)(k, n, 0.5)) };
  }
  const statistic = (Math.abs(b - c) - 1) ** 2 / n;
  return { b, c, exact, statistic, pValue: twoSidedNormalP(Math.sqrt(statistic)) };
}
function holmAdjust(pValues) {
  const idx = pValues.map((_2, i) => i).filter((i) => !Number.isNaN(pValues[i]));
  idx.sort((x2, y2) => pValues[x2] - pValues[y2]);
  const m = idx.length;
  const out = pValues.map(() => Number.NaN);
  let running = 0;
  idx.forEach((i, rank) => {
    running = Math.max(running, Math.min(1, (m - rank) * pValues[i]));
    out[i] = running;
  });
  return out;
}

// src/core/stats/auc.ts
function midranks(values) {
  const n = values.length;
  const order = new Uint32Array(n);
  for (let i2 = 0; i2 < n; i2++) order[i2] = i2;
  order.sort((x2, y2) => values[x2] - values[y2]);
  const ranks = new Float64Array(n);
  let i = 0;
  while (i < n) {
    let j = i;
    const v2 = values[order[i]];
    while (j < n && values[order[j]] === v2) j++;
    const rank = 0.5 * (i + j - 1) + 1;
    for (let k = i; k < j; k++) ranks[order[k]] = rank;
    i = j;
  }
  return ranks;
}
function split(positive, scores) {
  const pos = [];
  const neg = [];
  for (let i = 0; i < scores.length; i++) (positive[i] ? pos : neg).push(scores[i]);
  return { pos, neg };
}
function placements(pos, neg) {
  const m = pos.length;
  const n = neg.length;
  const all = midranks(pos.concat(neg));
  const rx = midranks(pos);
  const ry = midranks(neg);
  const v10 = new Float64Array(m);
  const v01 = new Float64Array(n);
  let sum = 0;
  for (let i = 0; i < m; i++) {
    sum += all[i];
    v10[i] = (all[i] - rx[i]) / n;
  }
  for (let j = 0; j < n; j++) v01[j] = 1 - (all[m + j] - ry[j]) / m;
  return { auc: sum / (m * n) - (m + 1) / (2 * n), v10, v01 };
}
function covariance(x2, y2) {
  const n = x2.length;
  if (n < 2) return 0;
  let mx = 0;
  let my = 0;
  for (let i = 0; i < n; i++) {
    mx += x2[i];
    my += y2[i];
  }
  mx /= n;
  my /= n;
  let s = 0;
  for (let i = 0; i < n; i++) s += (x2[i] - mx) * (y2[i] - my);
  return s / (n - 1);
}
function delongPaired(positive, scoresA, scoresB) {
  const a = split(positive, scoresA);
  const b = split(positive, scoresB);
  const m = a.pos.length;
  const n = a.neg.length;
  if (m === 0 || n === 0) {
    return {
      aucA: Number.NaN,
      aucB: Number.NaN,
      varianceDiff: Number.NaN,
      z: Number.NaN,
      pValue: Number.NaN
    };
  }
  const pa = placements(a.pos, a.neg);
  const pb = placements(b.pos, b.neg);
  const s10 = covariance(pa.v10, pa.v10) + covariance(pb.v10, pb.v10) - 2 * covariance(pa.v10, pb.v10);
  const s01 = covariance(pa.v01, pa.v01) + covariance(pb.v01, pb.v01) - 2 * covariance(pa.v01, pb.v01);
  const varianceDiff = s10 / m + s01 / n;
  const diff = pa.auc - pb.auc;
  let z2;
  if (varianceDiff > 0) z2 = diff / Math.sqrt(varianceDiff);
  else z2 = diff === 0 ? 0 : Math.sign(diff) * Number.POSITIVE_INFINITY;
  return { aucA: pa.auc, aucB: pb.auc, varianceDiff, z: z2, pValue: twoSidedNormalP(z2) };
}

// src/core/evaluate/paired.ts
init_esm_dirname();
import { Worker } from "node:worker_threads";

// src/core/stats/quantile.ts
init_esm_dirname();
function quantileSorted(sorted, q2) {
  const n = sorted.length;
  if (n === 0) return Number.NaN;
  const h = (n - 1) * q2;
  const lo = Math.floor(h);
  const hi = Math.min(lo + 1, n - 1);
  const a = sorted[lo];
  const b = sorted[hi];
  return a + (h - lo) * (b - a);
}

// src/core/evaluate/paired.ts
var RESAMPLES_PER_BLOCK = 50;
function blockRng(seed, block) {
  return createRng(streamSeed(seed, block));
}
function runClaimedBlocks(candidate, baseline, job, onBlock) {
  const blocks = Math.ceil(job.resamples / RESAMPLES_PER_BLOCK);
  for (let block = Atomics.add(job.control, 0, 1); block < blocks; block = Atomics.add(job.control, 0, 1)) {
    runBlock(candidate, baseline, job, block);
    onBlock?.();
  }
}
function runBlock(candidate, baseline, job, block) {
  const nC = candidate.names.length;
  const width = nC + (baseline?.names.length ?? 0);
  const weights = new Uint8Array(candidate.rows);
  const rng = blockRng(job.seed, block);
  const first = block * RESAMPLES_PER_BLOCK;
  const end = Math.min(job.resamples, first + RESAMPLES_PER_BLOCK);
  for (let b = first; b < end; b++) {
    rng.fillMultiplicities(weights);
    candidate.compute(weights, job.values.subarray(b * width, b * width + nC));
    baseline?.compute(weights, job.values.subarray(b * width + nC, (b + 1) * width));
  }
  Atomics.store(job.control, 1 + block, 1);
}
function newJob(candidate, baseline, opts, shared) {
  const width = candidate.names.length + (baseline?.names.length ?? 0);
  const blocks = Math.ceil(opts.resamples / RESAMPLES_PER_BLOCK);
  const buffer = (bytes) => shared ? new SharedArrayBuffer(bytes) : new ArrayBuffer(bytes);
  const job = {
    candidate: shared ? inSharedMemory(candidate.spec) : candidate.spec,
    baseline: baseline && (shared ? inSharedMemory(baseline.spec) : baseline.spec),
    seed: opts.seed,
    resamples: opts.resamples,
    values: new Float64Array(buffer(opts.resamples * width * 8)),
    control: new Int32Array(buffer((1 + blocks) * 4))
  };
  return job;
}
function inSharedMemory(value) {
  if (ArrayBuffer.isView(value)) {
    const bytes = new Uint8Array(value.buffer, value.byteOffset, value.byteLength);
    const copy = new Uint8Array(new SharedArrayBuffer(value.byteLength));
    copy.set(bytes);
    const View = value.constructor;
    return new View(copy.buffer);
  }
  if (Array.isArray(value)) return value.map(inSharedMemory);
  if (value !== null && typeof value === "object") {
    return Object.fromEntries(Object.entries(value).map(([k, v2]) => [k, inSharedMemory(v2)]));
  }
  return value;
}
function unpack(candidate, baseline, job) {
  const B = job.resamples;
  const nC = candidate.names.length;
  const width = nC + (baseline?.names.length ?? 0);
  const column = (offset) => {
    const out = new Float64Array(B);
    for (let b = 0; b < B; b++) out[b] = job.values[b * width + offset];
    return out;
  };
  return {
    candidate: Object.fromEntries(candidate.names.map((name, m) => [name, column(m)])),
    baseline: baseline && Object.fromEntries(baseline.names.map((name, m) => [name, column(nC + m)]))
  };
}
function pairedBootstrap(candidate, baseline, opts) {
  const job = newJob(candidate, baseline, opts, false);
  const task = opts.progress?.start(
    `bootstrap (${opts.resamples} resamples of ${candidate.rows} rows)`,
    opts.resamples
  );
  let done = 0;
  runClaimedBlocks(candidate, baseline, job, () => {
    done = Math.min(opts.resamples, done + RESAMPLES_PER_BLOCK);
    task?.update(done);
  });
  task?.done();
  return unpack(candidate, baseline, job);
}
var PARALLEL_MIN_WORK = 1e7;
async function pairedBootstrapParallel(candidate, baseline, opts) {
  const blocks = Math.ceil(opts.resamples / RESAMPLES_PER_BLOCK);
  const threads = Math.min(opts.threads ?? threadBudget(), blocks, 16);
  const workerUrl = opts.workerUrl ?? bundledWorker("bootstrap-worker");
  if (threads < 2 || !workerUrl || candidate.rows * opts.resamples < (opts.minWork ?? PARALLEL_MIN_WORK)) {
    return pairedBootstrap(candidate, baseline, opts);
  }
  const job = newJob(candidate, baseline, opts, true);
  const workers = Array.from({ length: threads - 1 }, () => {
    let worker;
    try {
      worker = new Worker(workerUrl, { workerData: job });
    } catch {
      return Promise.resolve();
    }
    return new Promise((resolve2) => {
      worker.once("error", () => resolve2());
      worker.once("exit", () => resolve2());
    });
  });
  const task = opts.progress?.start(
    `bootstrap (${opts.resamples} resamples of ${candidate.rows} rows)`,
    opts.resamples
  );
  const finished = () => {
    let count = 0;
    for (let block = 0; block < blocks; block++) count += Atomics.load(job.control, 1 + block);
    return Math.min(opts.resamples, count * RESAMPLES_PER_BLOCK);
  };
  const sharedCandidate = kernelFromSpec(job.candidate);
  const sharedBaseline = job.baseline && kernelFromSpec(job.baseline);
  runClaimedBlocks(sharedCandidate, sharedBaseline, job, () => task?.update(finished()));
  await Promise.all(workers);
  for (let block = 0; block < blocks; block++) {
    if (Atomics.load(job.control, 1 + block) === 0) runBlock(sharedCandidate, sharedBaseline, job, block);
  }
  task?.done();
  return unpack(candidate, baseline, job);
}
function summarise(values, level) {
  const finite = values.filter((v2) => !Number.isNaN(v2)).sort();
  const count = finite.length;
  if (count === 0) return { low: Number.NaN, high: Number.NaN, pValue: Number.NaN };
  const alpha = 1 - level;
  let atOrBelow = 0;
  let atOrAbove = 0;
  for (let i = 0; i < count; i++) {
    if (finite[i] <= 0) atOrBelow++;
    if (finite[i] >= 0) atOrAbove++;
  }
  return {
    low: quantileSorted(finite, alpha / 2),
    high: quantileSorted(finite, 1 - alpha / 2),
    pValue: Math.min(1, 2 * (Math.min(atOrBelow, atOrAbove) + 1) / (count + 1))
  };
}
function differences(a, b) {
  const out = new Float64Array(a.length);
  for (let i = 0; i < a.length; i++) out[i] = a[i] - b[i];
  return out;
}

// src/core/evaluate/evaluation.ts
var DEFAULT_COMPARED = {
  classification: CLASSIFICATION_METRICS.filter((m) => m !== "precision_weighted" && m !== "recall_weighted"),
  regression: REGRESSION_METRICS
};
function kernels(aligned) {
  if (aligned.task === "classification") {
    return {
      candidate: classificationKernel(aligned.problem, aligned.candidate),
      baseline: aligned.baseline && classificationKernel(aligned.problem, aligned.baseline)
    };
  }
  return {
    candidate: regressionKernel(aligned.yTrue, aligned.candidate),
    baseline: aligned.baseline && regressionKernel(aligned.yTrue, aligned.baseline)
  };
}
function missingMetricError(metric, key, input, side, kernel) {
  const unknown = unknownMetricProblem(metric, input.aligned.task);
  let why;
  let hint;
  if (unknown) {
    why = unknown.message;
    hint = unknown.hint;
  } else if (kernel.names.includes(metric)) {
    const source = side === "candidate" ? input.candidate.source : input.baseline.source;
    why = `'${metric}' is undefined for ${source} on these ${kernel.rows} rows`;
    hint = "ROC-AUC needs both positive and negative rows for some class; use a larger or stratified test set";
  } else {
    const source = side === "candidate" ? input.candidate.source : input.baseline.source;
    why = `'${metric}' needs class probabilities but ${source} has no proba_<class> columns`;
    hint = "write predictions with proba_<class> columns (mlgate predict does), or remove the metric";
  }
  const line = key.startsWith("evaluate.gate.") ? input.gateLines?.get(metric) : void 0;
  return new MlgateError(`${key}: ${why}`, { location: { file: input.configFile, line, key }, hint });
}
function pairedTest(metric, aligned, bootstrapP) {
  if (aligned.task === "classification" && aligned.baseline) {
    const { problem, candidate, baseline } = aligned;
    if (metric === "accuracy") {
      let b = 0;
      let c = 0;
      for (let i = 0; i < problem.yTrue.length; i++) {
        const t = problem.yTrue[i];
        const candRight = candidate.yPred[i] === t;
        const baseRight = baseline.yPred[i] === t;
        if (candRight && !baseRight) b++;
        else if (!candRight && baseRight) c++;
      }
      const r = mcnemarTest(b, c);
      return { p: r.pValue, test: r.exact ? "mcnemar-exact" : "mcnemar" };
    }
    const L2 = problem.labels.length;
    if (metric === "roc_auc" && L2 === 2 && candidate.proba && baseline.proba) {
      const n = problem.yTrue.length;
      const positive = Int32Array.from(problem.yTrue, (t) => t === 1 ? 1 : 0);
      const score = (p) => Float64Array.from({ length: n }, (_2, i) => p[i * 2 + 1]);
      return {
        p: delongPaired(positive, score(candidate.proba), score(baseline.proba)).pValue,
        test: "delong"
      };
    }
  }
  return { p: bootstrapP, test: "bootstrap" };
}
async function buildEvaluation(input) {
  const { aligned, config } = input;
  const sides = kernels(aligned);
  const hasBaseline = sides.baseline !== void 0;
  const candidateMetrics = definedOnly(scoreAll(sides.candidate));
  const baselineMetrics = sides.baseline && definedOnly(scoreAll(sides.baseline));
  for (const metric of config.metrics ?? []) {
    if (!(metric in candidateMetrics))
      throw missingMetricError(metric, "evaluate.metrics", input, "candidate", sides.candidate);
  }
  const gate = Object.entries(config.gate);
  for (const [metric, rule] of gate) {
    const key = `evaluate.gate.${metric}`;
    if (!(metric in candidateMetrics)) {
      throw missingMetricError(metric, key, input, "candidate", sides.candidate);
    }
    const relative2 = rule.max_regression !== void 0 || rule.must_improve;
    if (relative2 && baselineMetrics && !(metric in baselineMetrics)) {
      throw missingMetricError(metric, key, input, "baseline", sides.baseline);
    }
  }
  const compared = [
    .../* @__PURE__ */ new Set([
      ...config.metrics ?? DEFAULT_COMPARED[aligned.task].filter((m) => m in candidateMetrics),
      ...gate.map(([m]) => m)
    ])
  ];
  const resamples = await pairedBootstrapParallel(sides.candidate, sides.baseline, {
    ...config.bootstrap,
    progress: input.progress
  });
  const level = config.bootstrap.level;
  const alpha = 1 - level;
  const candidateIntervals = {};
  const baselineIntervals = {};
  for (const name of Object.keys(candidateMetrics)) {
    const s = summarise(resamples.candidate[name], level);
    if (!Number.isNaN(s.low)) candidateIntervals[name] = { low: s.low, high: s.high };
    const b = resamples.baseline?.[name];
    if (b && baselineMetrics && name in baselineMetrics) {
      const sb = summarise(b, level);
      if (!Number.isNaN(sb.low)) baselineIntervals[name] = { low: sb.low, high: sb.high };
    }
  }
  const comparisons = compared.map((metric) => {
    const rule = config.gate[metric];
    const direction = rule?.direction ?? metricDirection(metric) ?? "higher";
    const candidate = candidateMetrics[metric];
    const baseline = baselineMetrics?.[metric];
    const c = { metric, direction, candidate, reasons: [] };
    if (baseline !== void 0) {
      const diffs = differences(resamples.candidate[metric], resamples.baseline[metric]);
      const s = summarise(diffs, level);
      const { p, test } = pairedTest(metric, aligned, s.pValue);
      Object.assign(c, { baseline, diff: candidate - baseline, test });
      if (!Number.isNaN(s.low)) Object.assign(c, { ci_low: s.low, ci_high: s.high });
      if (!Number.isNaN(p)) Object.assign(c, { p_value_raw: p, p_value: p });
    }
    return c;
  });
  const gatedWithP = comparisons.filter((c) => config.gate[c.metric] && c.p_value_raw !== void 0);
  const adjusted = holmAdjust(gatedWithP.map((c) => c.p_value_raw));
  gatedWithP.forEach((c, i) => {
    c.p_value = adjusted[i];
  });
  const blocking = [];
  const verdicts = [];
  for (const c of comparisons) {
    const rule = config.gate[c.metric];
    if (!rule) continue;
    const outcome = judgeRule(rule, {
      metric: c.metric,
      direction: c.direction,
      candidate: c.candidate,
      baseline: c.baseline,
      ciLow: c.ci_low,
      ciHigh: c.ci_high,
      pValue: c.p_value,
      alpha,
      level
    });
    c.verdict = outcome.verdict;
    c.reasons = outcome.reasons;
    verdicts.push(outcome.verdict);
    if (outcome.verdict !== "pass") blocking.push(`${c.metric} (${outcome.blockingConditions.join(", ")})`);
  }
  const verdict = worstVerdict(verdicts.filter((v2) => v2 !== void 0));
  const blocks = verdict === "fail" || verdict === "inconclusive" && config.inconclusive === "block";
  let summary;
  const mode = hasBaseline ? "" : " (first model: no baseline, absolute thresholds only)";
  if (gate.length === 0) summary = `pass${mode}: no gate rules configured (evaluate.gate in mlgate.yml)`;
  else if (verdict === "pass") summary = `pass${mode}: ${gate.map(([m]) => m).join(", ")} within the gate`;
  else if (verdict === "fail") summary = `fail${mode}: blocked by ${blocking.join("; ")}`;
  else {
    summary = `inconclusive${mode}: ${blocking.join("; ")} \u2014 the confidence interval straddles the bound; ` + (blocks ? "blocks the merge (evaluate.inconclusive: block)" : "does not block (evaluate.inconclusive: pass)");
  }
  const side = (source, metrics, intervals, which) => {
    const s = { source: source.source, metrics, intervals };
    if (source.predictions) s.predictions = source.predictions;
    if (aligned.task === "classification") {
      const d = classDetails(aligned.problem, aligned[which]);
      s.confusion = { labels: d.labels, matrix: d.matrix };
      s.per_class = d.perClass;
    }
    return s;
  };
  return {
    schema: "mlgate/evaluation@1",
    model: input.model,
    task: aligned.task,
    created_at: (input.now ?? /* @__PURE__ */ new Date()).toISOString(),
    rows: sides.candidate.rows,
    ...aligned.unlabelled > 0 ? { unlabelled_rows: aligned.unlabelled } : {},
    ...aligned.task === "classification" ? { labels: aligned.problem.labels, labels_absent_from_test: labelsAbsentFromTest(aligned.problem) } : {},
    first_model: !hasBaseline,
    candidate: side(input.candidate, candidateMetrics, candidateIntervals, "candidate"),
    ...input.baseline && baselineMetrics ? { baseline: side(input.baseline, baselineMetrics, baselineIntervals, "baseline") } : {},
    comparisons,
    slices: computeSlices(sides, input.sliceColumns ?? [], config.slices.min_size, compared),
    bootstrap: { ...config.bootstrap },
    verdict,
    blocking: blocks,
    summary
  };
}
function definedOnly(metrics) {
  return Object.fromEntries(Object.entries(metrics).filter(([, v2]) => !Number.isNaN(v2)));
}
var MISSING = "(missing)";
function computeSlices(sides, columns, minSize, compared) {
  const out = [];
  const n = sides.candidate.rows;
  const weights = new Uint8Array(n);
  const pick = (kernel, buf) => {
    kernel.compute(weights, buf);
    const m = {};
    kernel.names.forEach((name, i) => {
      if (compared.includes(name) && !Number.isNaN(buf[i])) m[name] = buf[i];
    });
    return m;
  };
  const bufC = new Float64Array(sides.candidate.names.length);
  const bufB = new Float64Array(sides.baseline?.names.length ?? 0);
  for (const col of columns) {
    const groups = /* @__PURE__ */ new Map();
    col.values.forEach((v2, i) => {
      const key = v2 === null || v2 === void 0 ? MISSING : String(v2);
      const group = groups.get(key);
      if (group) group.push(i);
      else groups.set(key, [i]);
    });
    const kept = [...groups.entries()].filter(([, rows]) => rows.length >= minSize).sort((a, b) => b[1].length - a[1].length || (a[0] < b[0] ? -1 : 1));
    for (const [value, rows] of kept) {
      weights.fill(0);
      for (const i of rows) weights[i] = 1;
      const slice = {
        column: col.name,
        value,
        rows: rows.length,
        candidate: pick(sides.candidate, bufC)
      };
      if (sides.baseline) slice.baseline = pick(sides.baseline, bufB);
      out.push(slice);
    }
  }
  return out;
}

// src/core/report/evaluation.ts
init_esm_dirname();

// src/core/report/budget.ts
init_esm_dirname();
var GITHUB_COMMENT_LIMIT = 65536;
var MIN_BUDGET = 1e3;
function reportLength(markdown2) {
  return markdown2.length;
}
function checkBudget(budget) {
  if (!Number.isInteger(budget) || budget < MIN_BUDGET || budget > GITHUB_COMMENT_LIMIT) {
    throw new MlgateError(`comment budget ${budget} is out of range`, {
      hint: `use a whole number of characters from ${MIN_BUDGET} to ${GITHUB_COMMENT_LIMIT}`
    });
  }
}
function fitToBudget(sections, steps, budget) {
  const current = new Map(sections.map((s) => [s.id, 0]));
  const render = () => sections.map((s) => s.forms[current.get(s.id) ?? 0] ?? "").filter((part) => part.trim() !== "").join("\n\n").concat("\n");
  let markdown2 = render();
  const shrunk = [];
  for (const step of steps) {
    if (reportLength(markdown2) <= budget) break;
    const section = sections.find((s) => s.id === step.id);
    const at2 = current.get(step.id);
    if (!section || at2 === void 0 || step.form <= at2 || step.form >= section.forms.length) continue;
    current.set(step.id, step.form);
    shrunk.push(step);
    markdown2 = render();
  }
  return { markdown: markdown2, shrunk, fits: reportLength(markdown2) <= budget };
}

// src/core/report/format.ts
init_esm_dirname();
var MINUS = "\u2212";
function withMinus(text) {
  return text.replace(/-/g, MINUS);
}
function formatNumber(value) {
  if (value === void 0 || Number.isNaN(value)) return "n/a";
  if (!Number.isFinite(value)) return value > 0 ? "\u221E" : `${MINUS}\u221E`;
  if (value === 0) return "0";
  const abs = Math.abs(value);
  if (abs >= 1e4 && abs < 1e15) return formatCount(value);
  if (abs >= 1e15 || abs < 1e-6) return withMinus(value.toExponential(3).replace("e+", "e"));
  const text = value.toPrecision(4);
  if (text.includes("e")) return formatCount(value);
  return withMinus(text.includes(".") ? text.replace(/\.?0+$/, "") : text);
}
function formatDelta(value) {
  if (value === void 0 || Number.isNaN(value)) return "n/a";
  if (value === 0) return "\xB10";
  const text = formatNumber(value);
  return value > 0 ? `+${text}` : text;
}
function formatInterval(low, high, kind = "difference") {
  if (low === void 0 || high === void 0) return "n/a";
  const f = kind === "difference" ? formatDelta : formatNumber;
  return `[${f(low)}, ${f(high)}]`;
}
function formatPValue(p) {
  if (p === void 0 || Number.isNaN(p)) return "n/a";
  if (p < 1e-3) return "<0.001";
  if (p > 0.999) return ">0.999";
  return p.toFixed(3);
}
function formatCount(value) {
  if (!Number.isFinite(value)) return "n/a";
  const sign = value < 0 ? MINUS : "";
  const digits = BigInt(Math.round(Math.abs(value))).toString();
  return sign + digits.replace(/\B(?=(\d{3})+$)/g, ",");
}
function formatLevel(level) {
  return `${Number((level * 100).toFixed(2))}%`;
}

// src/core/report/markdown.ts
init_esm_dirname();
function table(header, rows, align) {
  const padded = rows.length <= 30;
  return markdownTable([header, ...rows], {
    // Numbers right, words left: the first column and any verdict/rule/message column are words.
    align: align ?? header.map((h, i) => i === 0 || /^(verdict|rule|message|status)$/.test(h) ? "l" : "r"),
    alignDelimiters: padded,
    // Emoji and wide characters would otherwise misalign the padding in a plain-text view.
    stringLength: (s) => Array.from(s).length
  });
}
function details(summary, body, open = false) {
  return `<details${open ? " open" : ""}>
<summary>${summary}</summary>

${body.trim()}

</details>`;
}
function safeUrl(url) {
  if (!url || !/^https?:\/\/[^\s]+$/i.test(url)) return void 0;
  return url.replace(
    /[()<>"'`|\\]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, "0")}`
  );
}
function whereToFind(links) {
  const summary = safeUrl(links?.summaryUrl);
  const artifact = safeUrl(links?.artifactUrl);
  const summaryText = summary ? `[job summary](${summary})` : "job summary";
  const artifactText = artifact ? `[evaluation artifact](${artifact})` : "evaluation artifact";
  return `the ${summaryText} and the ${artifactText}`;
}

// src/core/report/training-section.ts
init_esm_dirname();
var PALETTE = [
  { hex: "#0969da", name: "blue" },
  { hex: "#d1242f", name: "red" }
];
var MAX_CHART_POINTS = 25;
var MAX_TABLE_ROWS = 100;
function renderTrainingInfo(train) {
  const parts = [
    `backend ${escapeCode(clip(train.backend, 40))}`,
    `device ${escapeCode(clip(train.device, 60))}`,
    `${formatNumber(train.samples_per_second)} samples/s`,
    `${formatCount(train.epochs)} epochs`
  ];
  if (train.seconds !== void 0) parts.push(`${formatNumber(train.seconds)} s`);
  return `#### Training

${parts.join(" \xB7 ")}`;
}
function sampleIndices(length, max) {
  if (length <= max) return Array.from({ length }, (_2, i) => i);
  const picked = /* @__PURE__ */ new Set();
  for (let k = 0; k < max; k++) picked.add(Math.round(k * (length - 1) / (max - 1)));
  return [...picked].sort((a, b) => a - b);
}
function curveSeries(curves) {
  const metricValues = curves.metric ?? [];
  const lengths = [curves.epoch.length, curves.loss.length];
  if (curves.val_loss.length > 0) lengths.push(curves.val_loss.length);
  if (metricValues.length > 0) lengths.push(metricValues.length);
  const n = Math.min(...lengths);
  const loss = [{ label: "training loss", values: curves.loss.slice(0, n) }];
  if (curves.val_loss.length > 0)
    loss.push({ label: "validation loss", values: curves.val_loss.slice(0, n) });
  const result = {
    epochs: curves.epoch.slice(0, n),
    loss
  };
  if (metricValues.length > 0) {
    result.metric = {
      label: `validation ${curves.metric_name ?? "metric"}`,
      values: metricValues.slice(0, n)
    };
  }
  return result;
}
function mermaidNumber(value) {
  const text = Number(value.toPrecision(6)).toString();
  return text.includes("e") ? value.toFixed(12).replace(/\.?0+$/, "") : text;
}
function plottable(value) {
  return value !== void 0 && Number.isFinite(value) && Math.abs(value) < 1e15;
}
function mermaidLineChart(title, xLabel, x2, series) {
  const keep = sampleIndices(x2.length, MAX_CHART_POINTS);
  if (keep.length < 2) return void 0;
  const values = series.map((s) => keep.map((i) => s.values[i]));
  if (values.some((v2) => !v2.every(plottable)) || !keep.every((i) => plottable(x2[i]))) {
    return void 0;
  }
  const palette = PALETTE.slice(0, series.length).map((c) => c.hex).join(", ");
  return [
    "```mermaid",
    `%%{init: {"themeVariables": {"xyChart": {"plotColorPalette": "${palette}"}}}}%%`,
    "xychart-beta",
    `  title "${escapeMermaidLabel(title)}"`,
    `  x-axis "${escapeMermaidLabel(xLabel)}" [${keep.map((i) => mermaidNumber(x2[i])).join(", ")}]`,
    `  y-axis "${escapeMermaidLabel(series.length === 1 ? series[0]?.label ?? "" : "value", 40)}"`,
    ...values.map((v2) => `  line [${v2.map(mermaidNumber).join(", ")}]`),
    "```"
  ].join("\n");
}
function legend(series) {
  return series.map((s, i) => `${PALETTE[i]?.name ?? "grey"}: ${escapeMarkdown(s.label)}`).join(", ");
}
function curvesTable(epochs, series) {
  const keep = sampleIndices(epochs.length, MAX_TABLE_ROWS);
  const rows = keep.map((i) => [
    formatCount(epochs[i]),
    ...series.map((s) => formatNumber(s.values[i]))
  ]);
  const note = keep.length < epochs.length ? `

${keep.length} of ${epochs.length} epochs shown, evenly spaced.` : "";
  return table(["epoch", ...series.map((s) => escapeMarkdown(s.label))], rows) + note;
}
function renderLearningCurves(curves, links) {
  const { epochs, loss, metric } = curveSeries(curves);
  const all = metric ? [...loss, metric] : loss;
  const charts = [];
  const lossChart = mermaidLineChart("Loss by epoch", "epoch", epochs, loss);
  if (lossChart) charts.push(`${lossChart}

${legend(loss)}`);
  if (metric) {
    const metricChart = mermaidLineChart(metric.label, "epoch", epochs, [metric]);
    if (metricChart) charts.push(metricChart);
  }
  const heading = "#### Learning curves";
  const fallback = details("Learning curves as a table", curvesTable(epochs, all));
  const pointer = `${heading}

Left out to fit the comment size limit; see ${whereToFind(links)}.`;
  if (epochs.length === 0) return { full: "", chartOnly: "", pointer: "" };
  if (charts.length === 0) return { full: `${heading}

${fallback}`, chartOnly: pointer, pointer };
  const chartText = charts.join("\n\n");
  return {
    full: `${heading}

${chartText}

${fallback}`,
    chartOnly: `${heading}

${chartText}`,
    pointer
  };
}

// src/core/report/validation-section.ts
init_esm_dirname();
var TOP_CHECKS = 10;
var statusIcon = { pass: "\u2705", warn: "\u26A0\uFE0F", fail: "\u274C" };
function checksTable(checks) {
  return table(
    ["check", "column", "status", "count", "message"],
    checks.map((c) => [
      escapeMarkdown(clip(c.id, 60)),
      c.column === void 0 ? "" : escapeMarkdown(clip(c.column, 60)),
      `${statusIcon[c.status]} ${c.status}`,
      formatCount(c.count),
      escapeMarkdown(clip(c.message, 160))
    ]),
    ["l", "l", "l", "r", "l"]
  );
}
function renderValidationSection(summary, form = "full", links) {
  const tally = { pass: 0, warn: 0, fail: 0 };
  for (const c of summary.checks) tally[c.status]++;
  const rows = summary.rows === void 0 ? "" : ` on ${formatCount(summary.rows)} rows`;
  const head = `#### Data validation: ${statusIcon[summary.status]} ${summary.status}

${summary.checks.length} checks${rows}: ${tally.pass} pass, ${tally.warn} warn, ${tally.fail} fail.`;
  if (form === "counts") {
    return tally.warn + tally.fail > 0 ? `${head} Details in ${whereToFind(links)}.` : head;
  }
  const order = { fail: 0, warn: 1, pass: 2 };
  const problems = summary.checks.filter((c) => c.status !== "pass").sort((a, b) => order[a.status] - order[b.status]);
  const parts = [head];
  if (form === "top" && problems.length > TOP_CHECKS) {
    parts.push(checksTable(problems.slice(0, TOP_CHECKS)));
    parts.push(`${problems.length - TOP_CHECKS} more checks that did not pass are in ${whereToFind(links)}.`);
    return parts.join("\n\n");
  }
  if (problems.length > 0) parts.push(checksTable(problems));
  if (form === "full" && summary.checks.length > problems.length) {
    parts.push(details(`All ${summary.checks.length} checks`, checksTable(summary.checks)));
  }
  return parts.join("\n\n");
}

// src/core/report/evaluation.ts
var MAX_CONFUSION_CLASSES = 20;
var CONDENSED_ROWS = 10;
var GATED_ROWS_LAST_RESORT = 25;
var verdictText = {
  pass: "\u2705 pass",
  fail: "\u274C fail",
  inconclusive: "\u26A0\uFE0F inconclusive"
};
var testName = {
  mcnemar: "McNemar",
  "mcnemar-exact": "exact McNemar",
  delong: "DeLong",
  bootstrap: "bootstrap",
  none: ""
};
var label = (text, max = 80) => escapeMarkdown(clip(text, max));
function metricCell(c) {
  return `${label(c.metric, 60)} ${c.direction === "higher" ? "\u2191" : "\u2193"}`;
}
function pCell(c) {
  if (c.p_value === void 0) return "n/a";
  const name = c.test ? testName[c.test] : "";
  return name ? `${formatPValue(c.p_value)} (${name})` : formatPValue(c.p_value);
}
function reasonsText(c) {
  return label(c.reasons.join("; "), 200);
}
var HEADLINE_RULES = 5;
function ruleList(rules, fallback) {
  const lines = rules.slice(0, HEADLINE_RULES).map((c) => `- **${label(c.metric, 60)}**: ${reasonsText(c) || fallback}`);
  if (rules.length > HEADLINE_RULES)
    lines.push(`- and ${rules.length - HEADLINE_RULES} more in the table below`);
  return lines;
}
function blockingComparisons(evaluation) {
  return evaluation.comparisons.filter(
    (c) => c.verdict === "fail" || c.verdict === "inconclusive" && evaluation.verdict !== "pass"
  );
}
function renderHeadline(evaluation, level) {
  const model = label(evaluation.model, 80);
  const gated = evaluation.comparisons.filter((c) => c.verdict !== void 0);
  const blocks = [];
  if (evaluation.verdict === "pass") {
    blocks.push(`### \u2705 mlgate \xB7 ${model}: pass`);
    blocks.push(
      gated.length > 0 ? `The candidate meets all ${gated.length} gate rule${gated.length === 1 ? "" : "s"}.` : "No gate rules are configured; the metrics below are for information."
    );
  } else {
    const effect = evaluation.blocking ? "merge blocked" : "not blocking";
    blocks.push(
      evaluation.verdict === "fail" ? `### \u274C mlgate \xB7 ${model}: ${effect}` : `### \u26A0\uFE0F mlgate \xB7 ${model}: inconclusive, ${effect}`
    );
    const rules = blockingComparisons(evaluation);
    const failed = rules.filter((c) => c.verdict === "fail");
    const unsure = rules.filter((c) => c.verdict === "inconclusive");
    if (rules.length === 0) blocks.push(label(evaluation.summary, 400));
    if (failed.length > 0) {
      blocks.push(
        `**Failed rule${failed.length === 1 ? "" : "s"}:**
${ruleList(failed, "gate rule failed").join("\n")}`
      );
    }
    if (unsure.length > 0) {
      blocks.push(
        `**Inconclusive: the ${level} of the difference straddles the bound:**
` + ruleList(unsure, "bound inside the interval").join("\n")
      );
    }
  }
  if (evaluation.first_model) {
    blocks.push(
      "> **First model:** there is no baseline to compare with, so only absolute thresholds (`min` / `max`) were applied."
    );
  }
  const sources = [`candidate ${escapeCode(clip(evaluation.candidate.source, 100))}`];
  if (evaluation.baseline) sources.push(`baseline ${escapeCode(clip(evaluation.baseline.source, 100))}`);
  const unlabelled = evaluation.unlabelled_rows ? ` (${formatCount(evaluation.unlabelled_rows)} without a label left out)` : "";
  sources.push(`${formatCount(evaluation.rows)} test rows${unlabelled}`);
  const labelSet = labelSetText(evaluation);
  if (labelSet) sources.push(labelSet);
  blocks.push(sources.join(" \xB7 "));
  return blocks.join("\n\n");
}
var NAMED_LABELS = 10;
function namedLabels(labels) {
  return labels.map((l3) => label(l3, 40)).join(", ");
}
function labelSetText(evaluation) {
  const labels = evaluation.labels;
  if (!labels) return void 0;
  const absent = evaluation.labels_absent_from_test ?? [];
  const count = `${formatCount(labels.length)} class${labels.length === 1 ? "" : "es"}`;
  const set = labels.length <= NAMED_LABELS ? `${count}: ${namedLabels(labels)}` : count;
  if (absent.length === 0) return `macro averages over ${set}`;
  const missing = absent.length <= NAMED_LABELS ? `${namedLabels(absent)}: no test rows` : `${formatCount(absent.length)} of them without test rows`;
  return `macro averages over ${set} (${missing})`;
}
function comparisonRows(evaluation, comparisons, withVerdict) {
  return comparisons.map((c) => {
    const row = evaluation.first_model ? [
      metricCell(c),
      formatNumber(c.candidate),
      formatInterval(
        evaluation.candidate.intervals?.[c.metric]?.low,
        evaluation.candidate.intervals?.[c.metric]?.high,
        "value"
      )
    ] : [
      metricCell(c),
      formatNumber(c.candidate),
      formatNumber(c.baseline),
      formatDelta(c.diff),
      formatInterval(c.ci_low, c.ci_high),
      pCell(c)
    ];
    if (withVerdict) row.push(c.verdict ? verdictText[c.verdict] : "");
    if (withVerdict && evaluation.first_model) row.push(reasonsText(c));
    return row;
  });
}
function comparisonHeader(evaluation, level, withVerdict) {
  const header = evaluation.first_model ? ["metric", "candidate", `${level} (candidate)`] : ["metric", "candidate", "baseline", "\u0394", `${level} of \u0394`, "p"];
  if (withVerdict) header.push("verdict");
  if (withVerdict && evaluation.first_model) header.push("rule");
  return header;
}
function gatedForms(evaluation, level, links) {
  const gated = evaluation.comparisons.filter((c) => c.verdict !== void 0);
  const heading = "#### Gated metrics";
  if (gated.length === 0) return [`${heading}

No gate rules are configured.`];
  const header = comparisonHeader(evaluation, level, true);
  const render = (rows, note = "") => `${heading}

${table(header, comparisonRows(evaluation, rows, true))}${note ? `

${note}` : ""}`;
  const forms = [render(gated)];
  const notPassing = gated.filter((c) => c.verdict !== "pass");
  const passing = gated.length - notPassing.length;
  if (passing > 0) {
    forms.push(
      render(
        notPassing,
        `${passing} passing rule${passing === 1 ? "" : "s"} left out to fit the comment size limit; see ${whereToFind(links)}.`
      )
    );
  }
  if (notPassing.length > GATED_ROWS_LAST_RESORT) {
    const rest = gated.length - GATED_ROWS_LAST_RESORT;
    forms.push(
      render(
        notPassing.slice(0, GATED_ROWS_LAST_RESORT),
        `${rest} more rules left out to fit the comment size limit; see ${whereToFind(links)}.`
      )
    );
  }
  return forms;
}
function otherMetricsForms(evaluation, level, links) {
  const reported = evaluation.comparisons.filter((c) => c.verdict === void 0);
  if (reported.length === 0) return [""];
  const body = table(comparisonHeader(evaluation, level, false), comparisonRows(evaluation, reported, false));
  return [
    details(`Other metrics (${reported.length}, not gated)`, body),
    `${reported.length} ungated metrics left out to fit the comment size limit; see ${whereToFind(links)}.`
  ];
}
function confusionTable(side) {
  const confusion = side.confusion;
  if (!confusion) return void 0;
  const labels = confusion.labels.map((l3) => label(l3, 40));
  const rows = confusion.matrix.map((counts, i) => [
    `**${labels[i] ?? ""}**`,
    ...labels.map((_2, j) => {
      const cell = formatCount(counts[j] ?? 0);
      return i === j ? `**${cell}**` : cell;
    })
  ]);
  return table(["true \u2572 predicted", ...labels], rows);
}
function confusionForms(evaluation, links) {
  const confusion = evaluation.candidate.confusion;
  if (!confusion) return [""];
  const heading = "#### Confusion matrix (candidate)";
  const classes = confusion.labels.length;
  const pointer = `${heading}

Left out to fit the comment size limit; see ${whereToFind(links)}.`;
  if (classes > MAX_CONFUSION_CLASSES) {
    return [
      `${heading}

Not shown: ${classes} classes is more than ${MAX_CONFUSION_CLASSES}; the full matrix is in ${whereToFind(links)}.`
    ];
  }
  return [`${heading}

${confusionTable(evaluation.candidate)}`, pointer];
}
function baselineConfusionForms(evaluation) {
  const confusion = evaluation.baseline?.confusion;
  if (!evaluation.baseline || !confusion || confusion.labels.length > MAX_CONFUSION_CLASSES) return [""];
  return [details("Confusion matrix (baseline)", confusionTable(evaluation.baseline) ?? ""), ""];
}
function perClassForms(evaluation, links) {
  const candidate = evaluation.candidate.per_class;
  if (!candidate) return [""];
  const baseline = evaluation.baseline?.per_class;
  const order = evaluation.candidate.confusion?.labels ?? Object.keys(candidate);
  const names = [
    ...order.filter((n) => n in candidate),
    ...Object.keys(candidate).filter((n) => !order.includes(n))
  ];
  const header = ["class", "precision", "recall", "F1", "support"];
  if (baseline) header.push("baseline F1", "\u0394 F1");
  const row = (name) => {
    const c = candidate[name];
    const cells = [label(name, 60), formatNumber(c?.precision), formatNumber(c?.recall), formatNumber(c?.f1)];
    cells.push(c ? formatCount(c.support) : "n/a");
    if (baseline) {
      const b = baseline[name];
      cells.push(formatNumber(b?.f1), b && c ? formatDelta(c.f1 - b.f1) : "n/a");
    }
    return cells;
  };
  const heading = "#### Per class";
  const full = `${heading}

${details(`All ${names.length} classes`, table(header, names.map(row)))}`;
  const pointer = `${heading}

${names.length} classes left out to fit the comment size limit; see ${whereToFind(links)}.`;
  if (names.length <= CONDENSED_ROWS) return [full, pointer];
  const worst = [...names].sort((a, b) => {
    const ca = candidate[a];
    const cb = candidate[b];
    return (ca?.f1 ?? 0) - (cb?.f1 ?? 0) || (cb?.support ?? 0) - (ca?.support ?? 0);
  }).slice(0, CONDENSED_ROWS);
  const condensed = `${heading}

${details(`The ${CONDENSED_ROWS} of ${names.length} classes with the lowest F1`, table(header, worst.map(row)))}

The other ${names.length - CONDENSED_ROWS} classes are in ${whereToFind(links)}.`;
  return [full, condensed, pointer];
}
function sliceMetric(evaluation) {
  const first = evaluation.slices[0];
  if (!first) return void 0;
  const gated = evaluation.comparisons.find((c) => c.verdict !== void 0 && c.metric in first.candidate);
  return gated?.metric ?? evaluation.comparisons.find((c) => c.metric in first.candidate)?.metric ?? Object.keys(first.candidate)[0];
}
function slicesForms(evaluation, links) {
  const slices = evaluation.slices;
  const metric = sliceMetric(evaluation);
  if (slices.length === 0 || metric === void 0) return [""];
  const direction = evaluation.comparisons.find((c) => c.metric === metric)?.direction ?? "higher";
  const withBaseline = slices.some((s) => s.baseline?.[metric] !== void 0);
  const name = label(metric, 60);
  const header = ["column", "value", "rows", name];
  if (withBaseline) header.push(`baseline ${name}`, "\u0394");
  const row = (s) => {
    const cells = [
      label(s.column, 60),
      label(s.value, 60),
      formatCount(s.rows),
      formatNumber(s.candidate[metric])
    ];
    if (withBaseline) {
      const c = s.candidate[metric];
      const b = s.baseline?.[metric];
      cells.push(formatNumber(b), c !== void 0 && b !== void 0 ? formatDelta(c - b) : "n/a");
    }
    return cells;
  };
  const sign = direction === "higher" ? 1 : -1;
  const badness = (s) => {
    const c = s.candidate[metric] ?? Number.NaN;
    const score = withBaseline ? c - (s.baseline?.[metric] ?? Number.NaN) : c;
    return Number.isNaN(score) ? Number.POSITIVE_INFINITY : sign * score;
  };
  const heading = `#### Slices by ${name}`;
  const full = `${heading}

${details(`All ${slices.length} slices`, table(header, slices.map(row), ["l", "l", "r", "r", "r", "r"]))}`;
  const pointer = `${heading}

${slices.length} slices left out to fit the comment size limit; see ${whereToFind(links)}.`;
  if (slices.length <= CONDENSED_ROWS) return [full, pointer];
  const worst = [...slices].sort((a, b) => badness(a) - badness(b)).slice(0, CONDENSED_ROWS);
  const summaryName = escapeHtmlInline(clip(metric, 60));
  const which = withBaseline ? `The ${CONDENSED_ROWS} of ${slices.length} slices where ${summaryName} worsened most` : `The ${CONDENSED_ROWS} of ${slices.length} slices with the worst ${summaryName}`;
  const condensed = `${heading}

${details(which, table(header, worst.map(row), ["l", "l", "r", "r", "r", "r"]))}

The other ${slices.length - CONDENSED_ROWS} slices are in ${whereToFind(links)}.`;
  return [full, condensed, pointer];
}
function footer(evaluation, links) {
  const b = evaluation.bootstrap;
  const parts = [
    `Paired bootstrap: ${formatCount(b.resamples)} resamples, seed ${b.seed}, ${formatLevel(b.level)} intervals`,
    "p: paired test, Holm-adjusted across gated metrics",
    `full report in ${whereToFind(links)}`
  ];
  return `---
${parts.join(" \xB7 ")}.`;
}
var SHRINK_ORDER = [
  { id: "curves", form: 1 },
  // chart only, table fallback dropped
  { id: "baseline-confusion", form: 1 },
  { id: "validation", form: 1 },
  // checks that did not pass only
  { id: "slices", form: 1 },
  // worst slices only
  { id: "per-class", form: 1 },
  // worst classes only
  { id: "validation", form: 2 },
  // the first checks that did not pass
  { id: "curves", form: 2 },
  { id: "slices", form: 2 },
  { id: "per-class", form: 2 },
  { id: "confusion", form: 1 },
  { id: "validation", form: 3 },
  // counts only
  { id: "other-metrics", form: 1 },
  { id: "training", form: 1 },
  { id: "gated", form: 1 },
  // rules that did not pass only
  { id: "gated", form: 2 }
];
function renderEvaluationComment(evaluation, extras = {}, opts = {}) {
  return fitEvaluationComment(evaluation, extras, opts).markdown;
}
function fitEvaluationComment(evaluation, extras = {}, opts = {}) {
  const budget = opts.budget ?? GITHUB_COMMENT_LIMIT;
  checkBudget(budget);
  const { links } = extras;
  const level = `${formatLevel(evaluation.bootstrap.level)} CI`;
  const curves = extras.train?.curves ? renderLearningCurves(extras.train.curves, links) : void 0;
  const sections = [
    { id: "headline", forms: [renderHeadline(evaluation, level)] },
    { id: "gated", forms: gatedForms(evaluation, level, links) },
    { id: "other-metrics", forms: otherMetricsForms(evaluation, level, links) },
    { id: "confusion", forms: confusionForms(evaluation, links) },
    { id: "baseline-confusion", forms: baselineConfusionForms(evaluation) },
    { id: "per-class", forms: perClassForms(evaluation, links) },
    { id: "slices", forms: slicesForms(evaluation, links) },
    {
      id: "validation",
      forms: extras.validation ? ["full", "problems", "top", "counts"].map(
        (f) => renderValidationSection(extras.validation, f, links)
      ) : [""]
    },
    { id: "training", forms: extras.train ? [renderTrainingInfo(extras.train), ""] : [""] },
    { id: "curves", forms: curves ? [curves.full, curves.chartOnly, curves.pointer] : [""] },
    { id: "footer", forms: [footer(evaluation, links)] }
  ];
  const fitted = fitToBudget(sections, SHRINK_ORDER, budget);
  if (fitted.fits) return fitted;
  const title = renderHeadline(evaluation, level).split("\n")[0];
  const markdown2 = `${title}

${label(evaluation.summary, 300)}

The report does not fit in a comment of ${budget} characters; see ${whereToFind(links)}.
`;
  return { markdown: markdown2, shrunk: [...fitted.shrunk, { id: "*", form: 1 }], fits: markdown2.length <= budget };
}

// src/core/report/html.ts
init_esm_dirname();

// node_modules/marked/lib/marked.esm.js
init_esm_dirname();
function G() {
  return { async: false, breaks: false, extensions: null, gfm: true, hooks: null, pedantic: false, renderer: null, silent: false, tokenizer: null, walkTokens: null };
}
var S = G();
function ue(l3) {
  S = l3;
}
var q = { exec: () => null };
function D(l3) {
  let e = [];
  return (t) => {
    let n = Math.max(0, Math.min(3, t - 1)), r = e[n];
    return r || (r = l3(n), e[n] = r), r;
  };
}
function g(l3, e = "") {
  let t = typeof l3 == "string" ? l3 : l3.source, n = { replace: (r, s) => {
    let o = typeof s == "string" ? s : s.source;
    return o = o.replace(O.caret, "$1"), t = t.replace(r, o), n;
  }, getRegex: () => new RegExp(t, e) };
  return n;
}
var _e = ((l3 = "") => {
  try {
    return !!new RegExp("(?<=1)(?<!1)" + l3);
  } catch {
    return false;
  }
})();
var O = { codeRemoveIndent: /^(?: {0,3}\t| {1,4})/gm, listInterruptsParagraph: /^ {0,3}(?:[*+-]|1[.)])[ \t]+[^ \t\n]/, outputLinkReplace: /\\([\[\]])/g, indentCodeCompensation: /^(\s+)(?:```)/, beginningSpace: /^\s+/, endingHash: /#$/, startingSpaceChar: /^ /, endingSpaceChar: / $/, endingSpaceTabChar: /[ \t]$/, nonSpaceChar: /[^ ]/, newLineCharGlobal: /\n/g, tabCharGlobal: /\t/g, leadingSpaceTab: /^[ \t]+/, multipleSpaceGlobal: /\s+/g, blankLine: /^[ \t]*$/, doubleBlankLine: /\n[ \t]*\n[ \t]*$/, blockquoteStart: /^ {0,3}>/, blockquoteSetextReplace: /\n {0,3}((?:=+|-+)[ \t]*)(?=\n|$)/g, blockquoteSetextReplace2: /^ {0,3}>[ \t]?/gm, blockquoteMarkerWhitespace: /^( {0,3}>)(\t[ \t]*)/gm, nestedBlockMarker: /^ {0,3}(?:(?:[*+-]|\d{1,9}[.)])(?: |$)|> ?)/, listReplaceNesting: /^ {1,4}(?=( {4})*[^ ])/g, listIsTask: /^\[[ xX]\][ \t]+\S/, listReplaceTask: /^\[[ xX]\][ \t]+/, listTaskCheckbox: /\[[ xX]\]/, anyLine: /\n.*\n/, hrefBrackets: /^<(.*)>$/, tableDelimiter: /[:|]/, tableAlignChars: /^\||\| *$/g, tableRowBlankLine: /\n[ \t]*$/, tableAlignRight: /^ *-+: *$/, tableAlignCenter: /^ *:-+: *$/, tableAlignLeft: /^ *:-+ *$/, startATag: /^<a /i, endATag: /^<\/a>/i, startPreScriptTag: /^<(pre|code|kbd|script)(\s|>)/i, endPreScriptTag: /^<\/(pre|code|kbd|script)(\s|>)/i, startAngleBracket: /^</, endAngleBracket: />$/, pedanticHrefTitle: /^([^'"]*[^\s])\s+(['"])(.*)\2/, unicodeAlphaNumeric: /[\p{L}\p{N}]/u, numericCharacterReference: /&#(?:(\d{1,7})|[Xx]([A-Fa-f0-9]{1,6}));/, numericCharacterReferenceOrAmpersand: /&#(?:(\d{1,7})|[Xx]([A-Fa-f0-9]{1,6}));|&(?!(#\d{1,7}|#[Xx][a-fA-F0-9]{1,6}|\w+);)/g, escapeTest: /[&<>"']/, escapeReplace: /[&<>"']/g, escapeTestNoEncode: /[<>"']|&(?!(#\d{1,7}|#[Xx][a-fA-F0-9]{1,6}|\w+);)/, escapeReplaceNoEncode: /[<>"']|&(?!(#\d{1,7}|#[Xx][a-fA-F0-9]{1,6}|\w+);)/g, caret: /(^|[^\[])\^/g, percentDecode: /%25/g, findPipe: /\|/g, splitPipe: / \|/, slashPipe: /\\\|/g, carriageReturn: /\r\n|\r/g, spaceLine: /^ +$/gm, notSpaceStart: /^\S*/, endingNewline: /\n$/, listItemRegex: (l3) => new RegExp(`^( {0,3}${l3})((?:[	 ][^\\n]*)?(?:\\n|$))`), nextBulletRegex: D((l3) => new RegExp(`^ {0,${l3}}(?:[*+-]|\\d{1,9}[.)])((?:[ 	][^\\n]*)?(?:\\n|$))`)), hrRegex: D((l3) => new RegExp(`^ {0,${l3}}((?:-[ 	]*){3,}|(?:_[ 	]*){3,}|(?:\\*[ 	]*){3,})(?:\\n+|$)`)), fencesBeginRegex: D((l3) => new RegExp(`^ {0,${l3}}(?:\`\`\`|~~~)`)), headingBeginRegex: D((l3) => new RegExp(`^ {0,${l3}}#{1,6}(?:\\s|$)`)), pedanticHeadingBeginRegex: D((l3) => new RegExp(`^ {0,${l3}}#`)), htmlBeginRegex: D((l3) => new RegExp(`^ {0,${l3}}(?:</?(?:${he})(?:[ \\t]+|$|/?>)|<(?:(?:script|pre|style|textarea)(?:[\\s>]|$)|!--)|<\\?|<![A-Za-z]|<!\\[CDATA\\[)`, "i")), blockquoteBeginRegex: D((l3) => new RegExp(`^ {0,${l3}}>`)), nestedContainerMarkers: /^(?: {0,3}(?:(?:[*+-]|\d{1,9}[.)])[ \t]+|>[ \t]?))+/ };
var Ge = /^(?:[ \t]*(?:\n|$))+/;
var Ne = /^((?: {4}| {0,3}\t)[^\n]+(?:\n(?:[ \t]*(?:\n|$))*)?)+/;
var Fe = /^ {0,3}(`{3,}(?=[^`\n]*(?:\n|$))|~{3,})([^\n]*)(?:\n|$)(?:|([\s\S]*?)(?:\n|$))(?: {0,3}(?:(?=`)\1`*|(?=~)\1~*) *(?=\n|$)|$)/;
var V = /^ {0,3}((?:-[\t ]*){3,}|(?:_[ \t]*){3,}|(?:\*[ \t]*){3,})(?:\n+|$)/;
var Qe = /^ {0,3}(#{1,6})(?=\s|$)(.*)(?:\n+|$)/;
var ce = / {0,3}(?:[*+-]|\d{1,9}[.)])/;
var he = "address|article|aside|base|basefont|blockquote|body|caption|center|col|colgroup|dd|details|dialog|dir|div|dl|dt|fieldset|figcaption|figure|footer|form|frame|frameset|h[1-6]|head|header|hr|html|iframe|legend|li|link|main|menu|menuitem|meta|nav|noframes|ol|optgroup|option|p|param|search|section|summary|table|tbody|td|tfoot|th|thead|title|tr|track|ul";
var J = g(" {0,3}(?:</?(?:tag)(?:[ \\t]+|\\n|/?>)|<(?:(?:script|pre|style|textarea)(?:[\\s>]|$)|!--)|<\\?|<![A-Za-z]|<!\\[CDATA\\[)").replace("tag", he).getRegex();
var $e = /^(?!bull |blockCode|fences|blockquote|heading|html|table)((?:.|\n(?!\s*?\n|bull |fences|blockquote|heading|hr|html|table))+?)\n {0,3}(=+|-+)[ \t]*(?:\n+|$)/;
var Le = g($e).replace(/bull/g, ce).replace(/blockCode/g, /(?: {4}| {0,3}\t)/).replace(/fences/g, / {0,3}(?:`{3,}|~{3,})/).replace(/blockquote/g, / {0,3}>/).replace(/heading/g, / {0,3}#{1,6}(?:\s|$)/).replace(/hr/g, / {0,3}(?:(?:-[\t ]*){3,}|(?:_[ \t]*){3,}|(?:\*[ \t]*){3,})(?:\n+|$)/).replace(/\|table/g, "").replace(/html/g, J).getRegex();
var We = g($e).replace(/bull/g, ce).replace(/blockCode/g, /(?: {4}| {0,3}\t)/).replace(/fences/g, / {0,3}(?:`{3,}|~{3,})/).replace(/blockquote/g, / {0,3}>/).replace(/heading/g, / {0,3}#{1,6}(?:\s|$)/).replace(/hr/g, / {0,3}(?:(?:-[\t ]*){3,}|(?:_[ \t]*){3,}|(?:\*[ \t]*){3,})(?:\n+|$)/).replace(/table/g, / {0,3}\|?(?:[:\- ]*\|)+[\:\- ]*\n/).replace(/html/g, J).getRegex();
var de = /^([^\n]+(?:\n(?!hr|heading|lheading|blockquote|fences|list|html|table|[ \t]+\n)[^\n]+)*)/;
var Ue = /^[^\n]+/;
var ge = /(?!\s*\])(?:\\[\s\S]|[^\[\]\\\n]|\n(?![ \t]*\n))+/;
var Ke = g(/^ {0,3}\[(label)\]: *(?:\n[ \t]*)?([^<\s][^\s]*|<(?:\\.|[^\n<>\\])*>)(?:(?: +(?:\n[ \t]*)?| *\n[ \t]*)(title))? *(?:\n+|$)/).replace("label", ge).replace("title", /(?:"(?:\\[\s\S]|[^"\\])*"|'(?:\\[\s\S]|[^'\\\n]|\n(?!\n))*'|\((?:\\[\s\S]|[^()\\])*\))/).getRegex();
var Xe = g(/^(bull)([ \t][^\n]*?)?(?:\n|$)/).replace(/bull/g, ce).getRegex();
var ke = /<!--(?:-?>|[\s\S]*?(?:-->|$))/;
var Ve = g("^ {0,3}(?:<(script|pre|style|textarea)[\\s>][\\s\\S]*?(?:</\\1>[^\\n]*\\n*|$)|comment[^\\n]*(\\n+|$)|<\\?[\\s\\S]*?(?:\\?>[^\\n]*\\n*|$)|<![A-Z][\\s\\S]*?(?:>[^\\n]*\\n*|$)|<!\\[CDATA\\[[\\s\\S]*?(?:\\]\\]>[^\\n]*\\n*|$)|</?(tag)(?:[ \\t]+|\\n|/?>|$)[\\s\\S]*?(?:(?:\\n[ 	]*)+\\n|$)|<(?!(?:script|pre|style|textarea)(?![a-z0-9-]))([a-z][a-z0-9-]*)(?:attribute)*?[ \\t]*/?>(?=[ \\t]*(?:\\n|$))[\\s\\S]*?(?:(?:\\n[ 	]*)+\\n|$)|</[a-z][a-z0-9-]*\\s*>(?=[ \\t]*(?:\\n|$))[\\s\\S]*?(?:(?:\\n[ 	]*)+\\n|$))", "i").replace("comment", ke).replace("tag", he).replace("attribute", /[ \t]+[a-zA-Z:_][\w.:-]*(?:[ \t]*=[ \t]*"[^"\n]*"|[ \t]*=[ \t]*'[^'\n]*'|[ \t]*=[ \t]*[^\s"'=<>`]+)?/).getRegex();
var Ce = (l3) => g(de).replace("hr", V).replace("heading", " {0,3}#{1,6}(?:\\s|$)").replace("|lheading", "").replace("|table", "").replace("blockquote", " {0,3}>").replace("fences", " {0,3}(?:`{3,}(?=[^`\\n]*(?:\\n|$))|~~~)[^\\n]*(?:\\n|$)").replace("list", l3).replace("html", J).getRegex();
var Je = Ce(/ {0,3}(?:[*+-]|1[.)])[ \t]+[^ \t\n]/);
var Ye = Ce(/ {0,3}(?:[*+-]|\d{1,9}[.)])(?:[ \t]|\n|$)/);
var et = g(/^( {0,3}> ?(?:(?![ \t]*(?:\n|$))(paragraph)|[^\n]*)(?:\n|$))+/).replace("paragraph", Ye).getRegex();
var fe = { blockquote: et, code: Ne, def: Ke, fences: Fe, heading: Qe, hr: V, html: Ve, lheading: Le, list: Xe, newline: Ge, paragraph: Je, table: q, text: Ue };
var Pe = g("^ *([^\\n ].*)\\n {0,3}((?:\\| *)?:?-+:? *(?:\\| *:?-+:? *)*(?:\\| *)?)(?:\\n((?:(?! *\\n|hr|heading|blockquote|code|fences|list|html).*(?:\\n|$))*)\\n*|$)").replace("hr", V).replace("heading", " {0,3}#{1,6}(?:\\s|$)").replace("blockquote", " {0,3}>").replace("code", "(?: {4}| {0,3}	)[^\\n]").replace("fences", " {0,3}(?:`{3,}(?=[^`\\n]*(?:\\n|$))|~~~)[^\\n]*(?:\\n|$)").replace("list", " {0,3}(?:[*+-]|1[.)])[ \\t]").replace("html", J).getRegex();
var tt = { ...fe, lheading: We, table: Pe, paragraph: g(de).replace("hr", V).replace("heading", " {0,3}#{1,6}(?:\\s|$)").replace("|lheading", "").replace("table", Pe).replace("blockquote", " {0,3}>").replace("fences", " {0,3}(?:`{3,}(?=[^`\\n]*(?:\\n|$))|~~~)[^\\n]*(?:\\n|$)").replace("list", " {0,3}(?:[*+-]|1[.)])[ \\t]+[^ \\t\\n]").replace("html", J).getRegex() };
var nt = { ...fe, html: g(`^ *(?:comment(?: *\\n|\\s*$)|<(tag)[\\s\\S]+?</\\1>(?: *\\n{2,}|\\s*$)|<tag(?:"[^"]*"|'[^']*'|\\s[^'"/>\\s]*)*?/?>(?: *\\n{2,}|\\s*$))`).replace("comment", ke).replace(/tag/g, "(?!(?:a|em|strong|small|s|cite|q|dfn|abbr|data|time|code|var|samp|kbd|sub|sup|i|b|u|mark|ruby|rt|rp|bdi|bdo|span|br|wbr|ins|del|img)\\b)\\w+(?!:|[^\\w\\s@]*@)\\b").getRegex(), def: /^ *\[([^\]]+)\]: *<?([^\s>]+)>?(?: +(["(][^\n]+[")]))? *(?:\n+|$)/, heading: /^(#{1,6})(.*)(?:\n+|$)/, fences: q, lheading: /^(.+?)\n {0,3}(=+|-+) *(?:\n+|$)/, paragraph: g(de).replace("hr", V).replace("heading", ` *#{1,6} *[^
]`).replace("|table", "").replace("blockquote", " {0,3}>").replace("|fences", "").replace("|list", "").replace("|html", "").replace("|tag", "").replace("lheading", Le).getRegex() };
var rt = /^\\([!"#$%&'()*+,\-./:;<=>?@\[\]\\^_`{|}~])/;
var st = /^(`+)([^`]|[^`][\s\S]*?[^`])\1(?!`)/;
var Ie = /^( {2,}|\\)\n(?!\s*$)[ \t]*/;
var it = /^(`+|[^`])(?:(?= {2,}\n)|[\s\S]*?(?:(?=[\\<!\[`*_]|\b_|$)|[^ ](?= {2,}\n)))/;
var L = /[\p{P}\p{S}]/u;
var N = /[\s\p{P}\p{S}]/u;
var Y = /[^\s\p{P}\p{S}]/u;
var ot = g(/^((?![*_])punctSpace)/, "u").replace(/punctSpace/g, N).getRegex();
var at = /[\p{Pi}\p{Ps}"']/u;
var Ae = /(?!~)[\p{P}\p{S}]/u;
var lt = /(?!~)[\s\p{P}\p{S}]/u;
var ut = /(?:[^\s\p{P}\p{S}]|~)/u;
var pt = g(/link|precode-code|html/, "g").replace("link", /\[(?:[^\[\]`]|(?<a>`+)[^`]+\k<a>(?!`))*?\]\((?:\\[\s\S]|[^\\\(\)]|\((?:\\[\s\S]|[^\\\(\)])*\))*\)/).replace("precode-", _e ? "(?<!`)()" : "(^^|[^`])").replace("code", /(?<b>`+)[^`]+\k<b>(?!`)/).replace("html", /<(?! )[^<>]*?>/).getRegex();
var Ee = /^(?:\*+(?:((?!\*)punct)|([^\s*]))?)|^_+(?:((?!_)punct)|([^\s_]))?/;
var ct = g(Ee, "u").replace(/punct/g, L).getRegex();
var ht = g(Ee, "u").replace(/punct/g, Ae).getRegex();
var dt = /^(?:\*+(?:((?!\*)(?!openQuote)punct)|([^\s*]))?)|^_+(?:((?!_)(?!openQuote)punct)|([^\s_]))?/;
var gt = g(dt, "u").replace(/openQuote/g, at).replace(/punct/g, L).getRegex();
var ze = "^[^_*]*?__[^_*]*?\\*[^_*]*?(?=__)|[^*]+(?=[^*])|(?!\\*)punct(\\*+)(?=[\\s]|$)|notPunctSpace(\\*+)(?!\\*)(?=punctSpace|$)|(?!\\*)punctSpace(\\*+)(?=notPunctSpace)|[\\s](\\*+)(?!\\*)(?=punct)|(?!\\*)punct(\\*+)(?!\\*)(?=punct)|notPunctSpace(\\*+)(?=notPunctSpace)";
var kt = g(ze, "gu").replace(/notPunctSpace/g, Y).replace(/punctSpace/g, N).replace(/punct/g, L).getRegex();
var ft = g(ze, "gu").replace(/notPunctSpace/g, ut).replace(/punctSpace/g, lt).replace(/punct/g, Ae).getRegex();
var mt = "^[^_*]*?__[^_*]*?\\*[^_*]*?(?=__)|[^*]+(?=[^*])|(?!\\*)punct(\\*+)(?=[\\s]|$)|notPunctSpace(\\*+)(?!\\*)(?=punctSpace|$)|(?!\\*)[\\s](\\*+)(?=notPunctSpace)|[\\s](\\*+)(?!\\*)(?=punct)|(?!\\*)punct(\\*+)(?!\\*)(?=punct)|(?:(?!\\*)punct|notPunctSpace)(\\*+)(?!\\*)(?=notPunctSpace)";
var xt = g(mt, "gu").replace(/notPunctSpace/g, Y).replace(/punctSpace/g, N).replace(/punct/g, L).getRegex();
var bt = g("^[^_*]*?\\*\\*[^_*]*?_[^_*]*?(?=\\*\\*)|[^_]+(?=[^_])|(?!_)punct(_+)(?=[\\s]|$)|notPunctSpace(_+)(?!_)(?=punctSpace|$)|(?!_)punctSpace(_+)(?=notPunctSpace)|[\\s](_+)(?!_)(?=punct)|(?!_)punct(_+)(?!_)(?=punct)", "gu").replace(/notPunctSpace/g, Y).replace(/punctSpace/g, N).replace(/punct/g, L).getRegex();
var Rt = "^[^_*]*?\\*\\*[^_*]*?_[^_*]*?(?=\\*\\*)|[^_]+(?=[^_])|(?!_)punct(_+)(?=[\\s]|$)|notPunctSpace(_+)(?!_)(?=punctSpace|$)|(?!_)[\\s](_+)(?=notPunctSpace)|[\\s](_+)(?!_)(?=punct)|(?!_)punct(_+)(?!_)(?=punct)|(?:(?!_)punct|notPunctSpace)(_+)(?!_)(?=notPunctSpace)";
var Tt = g(Rt, "gu").replace(/notPunctSpace/g, Y).replace(/punctSpace/g, N).replace(/punct/g, L).getRegex();
var Ot = g(/^~~?(?:((?!~)punct)|[^\s~])/, "u").replace(/punct/g, L).getRegex();
var wt = "^[^~]+(?=[^~])|(?!~)punct(~~?)(?=[\\s]|$)|notPunctSpace(~~?)(?!~)(?=punctSpace|$)|(?!~)punctSpace(~~?)(?=notPunctSpace)|[\\s](~~?)(?!~)(?=punct)|(?!~)punct(~~?)(?!~)(?=punct)|notPunctSpace(~~?)(?=notPunctSpace)";
var Pt = g(wt, "gu").replace(/notPunctSpace/g, Y).replace(/punctSpace/g, N).replace(/punct/g, L).getRegex();
var yt = g(/\\(punct)/, "gu").replace(/punct/g, L).getRegex();
var St = g(/(`+)(?:[^`]|[^`][\s\S]*?[^`])\1(?!`)|`+|\\(punct)/, "gu").replace(/punct/g, L).getRegex();
var _t = g(/^<(scheme:[^\s\x00-\x1f<>]*|email)>/).replace("scheme", /[a-zA-Z][a-zA-Z0-9+.-]{1,31}/).replace("email", /[a-zA-Z0-9.!#$%&'*+/=?^_`{|}~-]+(@)[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?(?:\.[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?)+(?![-_])/).getRegex();
var $t = g(ke).replace("(?:-->|$)", "-->").getRegex();
var Lt = g("^comment|^</[a-zA-Z][a-zA-Z0-9-]*\\s*>|^<[a-zA-Z][a-zA-Z0-9-]*(?:attribute)*?\\s*/?>|^<\\?[\\s\\S]*?\\?>|^<![a-zA-Z]+\\s[\\s\\S]*?>|^<!\\[CDATA\\[[\\s\\S]*?\\]\\]>").replace("comment", $t).replace("attribute", /\s+[a-zA-Z:_][\w.:-]*(?:\s*=\s*"[^"]*"|\s*=\s*'[^']*'|\s*=\s*[^\s"'=<>`]+)?/).getRegex();
var Me = /\[(?:\\[\s\S]|[^\[\]\\])*\]/;
var ie = g(/(?:\[(?:brackets|\\[\s\S]|[^\[\]\\])*\]|\\[\s\S]|`+(?!`)[^`]*?`+(?!`)|``+(?=\])|[^\[\]\\`])*?/).replace("brackets", Me).getRegex();
var Ct = g(/^!?\[(label)\]\([ \t\n]*(href)(?:(?:[ \t]+(?:\n[ \t]*)?|\n[ \t]*)(title))?[ \t\n]*\)/).replace("label", ie).replace("href", /<(?:\\.|[^\n<>\\])*>|(?!<)[^ \t\n\x00-\x1f]+|(?=\))/).replace("title", /"(?:\\[\s\S]|[^"\\])*"|'(?:\\[\s\S]|[^'\\])*'|\((?:\\[\s\S]|[^)\\])*\)/).getRegex();
var It = g(/^!?\[(label)\]\[(ref)\]/).replace("label", ie).replace("ref", ge).getRegex();
var At = g(/^!?\[(ref)\](?:\[\])?/).replace("ref", ge).getRegex();
var ye = /(?!\s*\])(?:\\[\s\S]|[^\[\]\\]){1,999}/;
var Et = g(/(?:[^\[\]\\`]*(?:\[(?:brackets|\\[\s\S]|[^\[\]\\])*\]|\\[\s\S]|`+(?!`)[^`]*?`+(?!`)|``+(?=\]))){0,999}?[^\[\]\\`]*?/).replace("brackets", Me).getRegex();
var zt = g("reflink|nolink(?!\\()", "g").replace("reflink", g(/^!?\[(label)\]\[(ref)\]/).replace("label", Et).replace("ref", ye).getRegex()).replace("nolink", g(/^!?\[(ref)\](?:\[\])?/).replace("ref", ye).getRegex()).getRegex();
var Se = /[hH][tT][tT][pP][sS]?|[fF][tT][pP]/;
var Mt = /[A-Za-z0-9._+-]+@[a-zA-Z0-9-_]+(?:\.[a-zA-Z0-9-_]*[a-zA-Z0-9])+(?![\w-])/;
var Bt = g(/(?:mailto:email|xmpp:email(?:\/[A-Za-z0-9@.]+)?)/).replace(/email/g, Mt).getRegex();
var me = { _backpedal: q, anyPunctuation: yt, anyPunctuationOutsideCode: St, autolink: _t, blockSkip: pt, br: Ie, code: st, del: q, delLDelim: q, delRDelim: q, emStrongLDelim: ct, emStrongRDelimAst: kt, emStrongRDelimUnd: bt, escape: rt, link: Ct, nolink: At, punctuation: ot, reflink: It, reflinkSearch: zt, tag: Lt, text: it, url: q };
var Dt = { ...me, emStrongLDelim: gt, emStrongRDelimAst: xt, emStrongRDelimUnd: Tt, link: g(/^!?\[(label)\]\((.*?)\)/).replace("label", ie).getRegex(), reflink: g(/^!?\[(label)\]\s*\[([^\]]*)\]/).replace("label", ie).getRegex() };
var pe = { ...me, emStrongRDelimAst: ft, emStrongLDelim: ht, delLDelim: Ot, delRDelim: Pt, url: g(/^emailProtocol|^((?:protocol):\/\/|www\.)(?:[a-zA-Z0-9\-]+\.?)+[^\s<]*|^email/).replace("emailProtocol", Bt).replace("protocol", Se).replace("email", /[A-Za-z0-9._+-]+(@)[a-zA-Z0-9-_]+(?:\.[a-zA-Z0-9-_]*[a-zA-Z0-9])+(?![\w-])/).getRegex(), _backpedal: /(?:[^?!.,:;*_'"~()&]+|\([^)]*\)|&(?![a-zA-Z0-9]+;$)|[?!.,:;*_'"~)]+(?!$))+/, del: /^(~~?)(?=[^\s~])((?:\\[\s\S]|[^\\])*?(?:\\[\s\S]|[^\s~\\]))\1(?=[^~]|$)/, text: g(/^(?:[^a-zA-Z0-9](?=emailProtocol)|(`+|~+|[^`~])(?:(?=[`~])|(?= {2,}\n)|(?=[a-zA-Z0-9.!#$%&'*+\/=?_`{\|}~-]+@)|[\s\S]*?(?:(?=[\\<!\[`*~_]|\b_|protocol:\/\/|wwwStart|$)|[^ ](?= {2,}\n)|[^a-zA-Z0-9](?=emailProtocol)|[^a-zA-Z0-9.!#$%&'*+\/=?_`{\|}~-](?=[a-zA-Z0-9.!#$%&'*+\/=?_`{\|}~-]+@))))/).replace("protocol", Se).replace(/emailProtocol/g, /(?:mailto|xmpp):/).replace("wwwStart", _e ? "(?<![^\\s*_~(])www\\." : "www\\.").getRegex() };
var qt = { ...pe, br: g(Ie).replace("{2,}", "*").getRegex(), text: g(pe.text).replace("\\b_", "\\b_| {2,}\\n").replace(/\{2,\}/g, "*").getRegex() };
var ee = { normal: fe, gfm: tt, pedantic: nt };
var F = { normal: me, gfm: pe, breaks: qt, pedantic: Dt };
var vt = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };
var Be = (l3) => vt[l3];
function y(l3, e) {
  if (e) {
    if (O.escapeTest.test(l3)) return l3.replace(O.escapeReplace, Be);
  } else if (O.escapeTestNoEncode.test(l3)) return l3.replace(O.escapeReplaceNoEncode, Be);
  return l3;
}
function De(l3) {
  return O.numericCharacterReference.test(l3) ? l3.replace(O.numericCharacterReferenceOrAmpersand, (e, t, n) => {
    if (t === void 0 && n === void 0) return "&amp;";
    let r = t === void 0 ? Number.parseInt(n, 16) : Number.parseInt(t, 10);
    return r === 0 || r > 1114111 || r >= 55296 && r <= 57343 ? "\uFFFD" : r === 38 ? "&amp;" : String.fromCodePoint(r);
  }) : l3;
}
function xe(l3) {
  try {
    l3 = encodeURI(l3).replace(O.percentDecode, "%");
  } catch {
    return null;
  }
  return l3;
}
function be(l3, e) {
  let t = l3.replace(O.findPipe, (s, o, i) => {
    let a = false, c = o;
    for (; --c >= 0 && i[c] === "\\"; ) a = !a;
    return a ? "|" : " |";
  }), n = t.split(O.splitPipe), r = 0;
  if (n[0].trim() || n.shift(), n.length > 0 && !n.at(-1)?.trim() && n.pop(), e) if (n.length > e) n.splice(e);
  else for (; n.length < e; ) n.push("");
  for (; r < n.length; r++) n[r] = n[r].trim().replace(O.slashPipe, "|");
  return n;
}
function C(l3, e, t) {
  let n = l3.length;
  if (n === 0) return "";
  let r = 0;
  for (; r < n; ) {
    let s = l3.charAt(n - r - 1);
    if (s === e && !t) r++;
    else if (s !== e && t) r++;
    else break;
  }
  return l3.slice(0, n - r);
}
function Re(l3) {
  let e = l3.split(`
`), t = e.length - 1;
  for (; t >= 0 && O.blankLine.test(e[t]); ) t--;
  return e.length - t <= 2 ? l3 : e.slice(0, t + 1).join(`
`);
}
function W(l3) {
  return l3.trim().replace(O.multipleSpaceGlobal, " ").toLowerCase().toUpperCase().toLowerCase();
}
function Te(l3, e) {
  if (l3.indexOf(e[0]) === -1 && l3.indexOf(e[1]) === -1) return -1;
  let t = 0;
  for (let n = 0; n < l3.length; n++) if (l3[n] === "\\") n++;
  else if (l3[n] === e[0]) t++;
  else if (l3[n] === e[1] && (t--, t < 0)) return n;
  return t > 0 ? -2 : -1;
}
var Q = /* @__PURE__ */ new WeakMap();
function Oe(l3) {
  let e = { "*": -1, _: -1 }, t = -1, n = l3.length;
  for (let r = 0; r < n; r++) {
    let s = l3[r];
    if (s !== "*" && s !== "_" && s !== "~") continue;
    let o = r === 0 ? `
` : l3[r - 1], i = r + 1;
    for (; i < n && l3[i] === s; ) i++;
    o !== " " && o !== "	" && o !== `
` && o !== "\r" && o !== "\f" && (s === "~" ? t = r : e[s] = r), r = i - 1;
  }
  return { maskedSrc: l3, lastPossibleEmStrongCloserIndex: e, lastPossibleDelCloserIndex: t };
}
function qe(l3, e) {
  let t = Oe(e), n = Q.get(l3);
  n ? n.push(t) : Q.set(l3, [t]);
}
function ve(l3) {
  let e = Q.get(l3);
  e && (e.pop(), e.length === 0 && Q.delete(l3));
}
function oe(l3, e, t) {
  let n = Q.get(l3)?.at(-1);
  return n && n.maskedSrc === e ? n.lastPossibleEmStrongCloserIndex[t] : Oe(e).lastPossibleEmStrongCloserIndex[t];
}
function ae(l3, e) {
  let t = Q.get(l3)?.at(-1);
  return t && t.maskedSrc === e ? t.lastPossibleDelCloserIndex : Oe(e).lastPossibleDelCloserIndex;
}
function te(l3, e = 0) {
  let t = e, n = "";
  for (let r of l3) if (r === "	") {
    let s = 4 - t % 4;
    n += " ".repeat(s), t += s;
  } else n += r, t++;
  return n;
}
function Ht(l3, e) {
  let t = "";
  for (let n = 0; n < l3.length; n++) {
    if (l3[n] === "`") {
      let r = e.inline.code.exec(l3.slice(n));
      if (r) {
        t += r[0], n += r[0].length - 1;
        continue;
      }
    }
    if (l3[n] === "\\" && (l3[n + 1] === "[" || l3[n + 1] === "]")) {
      t += l3[n + 1], n++;
      continue;
    }
    t += l3[n];
  }
  return t;
}
function He(l3, e, t, n, r) {
  let s = e.href, o = e.title || null, i = Ht(l3[1], r), a = l3[0].charAt(0) === "!", c = n.state.inLink, u = n.state.linkEmitted, d = n.state.inRawBlock;
  n.state.inLink = true, n.state.linkEmitted = false;
  let h = n.inlineTokens(i), p = n.state.linkEmitted;
  if (n.state.linkEmitted = u, n.state.inLink = c, !a) {
    if (p) {
      n.state.inRawBlock = d;
      return;
    }
    n.state.linkEmitted = true;
  }
  return { type: a ? "image" : "link", raw: t, href: s, title: o, text: i, tokens: h };
}
function Zt(l3, e, t) {
  let n = l3.match(t.other.indentCodeCompensation);
  if (n === null) return e;
  let r = n[1];
  return e.split(`
`).map((s) => {
    let o = s.match(t.other.beginningSpace);
    if (o === null) return s;
    let [i] = o;
    return s.slice(Math.min(i.length, r.length));
  }).join(`
`);
}
function Ze(l3, e, t, n) {
  if (!e.includes("<")) return false;
  for (let r = 0; r < e.length; r++) {
    if (e[r] === "\\") {
      r++;
      continue;
    }
    if (e[r] === "`") {
      let i = n.inline.code.exec(e.slice(r));
      if (i) {
        r += i[0].length - 1;
        continue;
      }
    }
    if (e[r] !== "<") continue;
    let s = l3.slice(t + r), o = n.inline.tag.exec(s) || n.inline.autolink.exec(s);
    if (o) {
      if (o[0].length > e.length - r) return true;
      r += o[0].length - 1;
    }
  }
  return false;
}
var _ = class {
  options;
  rules;
  lexer;
  constructor(e) {
    this.options = e || S;
  }
  space(e) {
    let t = this.rules.block.newline.exec(e);
    if (t && t[0].length > 0) return { type: "space", raw: t[0] };
  }
  code(e) {
    let t = this.rules.block.code.exec(e);
    if (t) {
      let n = this.options.pedantic ? t[0] : Re(t[0]), r = n.replace(this.rules.other.codeRemoveIndent, "");
      return { type: "code", raw: n, codeBlockStyle: "indented", text: r };
    }
  }
  fences(e) {
    let t = this.rules.block.fences.exec(e);
    if (t) {
      let n = t[0], r = Zt(n, t[3] || "", this.rules);
      return t[3] !== void 0 && (r === "" || r.endsWith(`
`)) && (r += `
`), { type: "code", raw: n, lang: t[2] ? t[2].trim().replace(this.rules.inline.anyPunctuation, "$1") : t[2], text: r };
    }
  }
  heading(e) {
    let t = this.rules.block.heading.exec(e);
    if (t) {
      let n = t[2].trim();
      if (this.rules.other.endingHash.test(n)) {
        let r = C(n, "#");
        (this.options.pedantic || !r || this.rules.other.endingSpaceTabChar.test(r)) && (n = r.trim());
      }
      return { type: "heading", raw: C(t[0], `
`), depth: t[1].length, text: n, tokens: this.lexer.inline(n) };
    }
  }
  hr(e) {
    let t = this.rules.block.hr.exec(e);
    if (t) return { type: "hr", raw: C(t[0], `
`) };
  }
  blockquote(e) {
    let t = this.rules.block.blockquote.exec(e);
    if (t) {
      let n = C(t[0], `
`).split(`
`), r = "", s = "", o = [];
      for (; n.length > 0; ) {
        let i = false, a = [], c;
        for (c = 0; c < n.length; c++) if (this.rules.other.blockquoteStart.test(n[c])) a.push(n[c]), i = true;
        else if (!i) a.push(n[c]);
        else break;
        n = n.slice(c);
        let u = a.join(`
`), d = u.replace(this.rules.other.blockquoteMarkerWhitespace, (k, m, b) => b.startsWith(" ") ? m + " " + b.slice(1) : m + te(b, m.length)).replace(this.rules.other.blockquoteSetextReplace, `
    $1`).replace(this.rules.other.blockquoteSetextReplace2, "");
        r = r ? `${r}
${u}` : u, s = s ? `${s}
${d}` : d;
        let h = this.lexer.state.top;
        if (this.lexer.state.top = true, this.lexer.blockTokens(d, o, true), this.lexer.state.top = h, n.length === 0) break;
        let p = o.at(-1);
        if (p?.type === "code" || p?.type === "heading" || p?.type === "hr" || p?.type === "html" || p?.type === "table") break;
        if (p?.type === "blockquote") {
          let k = p, m = n.join(`
`), b = k.raw + `
` + m.replace(this.rules.other.blockquoteSetextReplace2, ""), f = this.blockquote(b);
          o[o.length - 1] = f;
          let R = b.substring(f.raw.length).replace(/^\n/, ""), E = R ? R.split(`
`).length : 0, T = E ? n.slice(0, -E) : n;
          if (T.length > 0 && (r = `${r}
${T.join(`
`)}`), s = s.substring(0, s.length - k.text.length) + f.text, n = n.slice(T.length), n.length > 0 && this.rules.other.blockquoteStart.test(n[0])) continue;
          break;
        } else if (p?.type === "list") {
          let k = p, m = k.raw + `
` + n.join(`
`), b = this.list(m);
          o[o.length - 1] = b;
          let f = b.raw.length > k.raw.length ? m.slice(k.raw.length + 1, b.raw.length).split(`
`).length : 0;
          if (f > 0) {
            let R = n.slice(0, f).join(`
`);
            r = `${r}
${R}`, s = `${s}
${R}`;
          }
          if (n = n.slice(f), n.length > 0 && !this.rules.other.blockquoteStart.test(n[0])) break;
          continue;
        }
      }
      return { type: "blockquote", raw: r, tokens: o, text: s };
    }
  }
  list(e) {
    let t = this.rules.block.list.exec(e);
    if (t) {
      if (!this.options.pedantic && this.lexer.state.lastToken?.type === "text" && !this.rules.other.listInterruptsParagraph.test(e)) return;
      let n = e, r = () => n.length - e.length, s = t[1].trim(), o = s.length > 1, i = { type: "list", raw: "", ordered: o, start: o ? +s.slice(0, -1) : "", loose: false, items: [] };
      s = o ? `\\d{1,9}\\${s.slice(-1)}` : `\\${s}`, this.options.pedantic && (s = o ? s : "[*+-]");
      let a = this.rules.other.listItemRegex(s), c = false;
      for (; e; ) {
        let h = false, p = "";
        if (!(t = a.exec(e)) || this.rules.block.hr.test(e)) break;
        let k = r();
        e = e.substring(t[0].length);
        let m = t[2].split(`
`, 1)[0], b = t[1].length, f = this.options.pedantic ? te(m, b) : m.replace(this.rules.other.leadingSpaceTab, (H) => te(H, b)), R = e.split(`
`, 1)[0], E = !f.trim(), T = 0;
        if (this.options.pedantic ? (T = 2, p = f.trimStart()) : E ? T = b + 1 : (T = f.search(this.rules.other.nonSpaceChar), T = T > 4 ? 1 : T, p = f.slice(T), T += b), E && this.rules.other.blankLine.test(R) && (e = e.substring(R.length + 1), h = true), !h) {
          let H = this.rules.other.nextBulletRegex(T), K = this.rules.other.hrRegex(T), re = this.rules.other.fencesBeginRegex(T), B = this.options.pedantic ? this.rules.other.pedanticHeadingBeginRegex(T) : this.rules.other.headingBeginRegex(T), X = this.rules.other.htmlBeginRegex(T), se = this.rules.other.blockquoteBeginRegex(T), le = false;
          for (; e; ) {
            let we = e.split(`
`, 1)[0], Z;
            if (R = we, this.options.pedantic ? (R = R.replace(this.rules.other.listReplaceNesting, "  "), Z = R) : Z = R.replace(this.rules.other.leadingSpaceTab, ($) => te($)), re.test(R) || B.test(R) || X.test(R) || se.test(R) || H.test(R) || K.test(R)) break;
            if (Z.search(this.rules.other.nonSpaceChar) >= T || !R.trim()) p += `
` + Z.slice(T), le = false;
            else {
              if (E) break;
              let $ = f;
              if (!this.options.pedantic && !p.includes(`
`) && !f.includes("	")) {
                let j;
                for (; !K.test($) && (j = this.rules.other.nestedBlockMarker.exec($)); ) $ = $.slice(j[0].length);
                if (!$.trim()) break;
              }
              if ($.replace(this.rules.other.tabCharGlobal, "    ").search(this.rules.other.nonSpaceChar) >= 4 || re.test($) || B.test($) || X.test($) || K.test($)) break;
              if (!this.options.pedantic && !le) {
                let j = f.replace(this.rules.other.nestedContainerMarkers, "");
                if (this.rules.block.fences.test(j) || this.rules.block.heading.test(j) || this.rules.block.hr.test(j)) break;
              }
              let je = !this.options.pedantic && /^ {0,3}(?:=+|-+) *$/.test(R) && this.rules.block.lheading.test(`${f}
${R}`) ? `    ${Z.replace(/^ {0,3}/, "")}` : R;
              p += `
` + je, le = true;
            }
            E = !R.trim(), e = e.substring(we.length + 1), f = Z.slice(T);
          }
        }
        let U = n.slice(k, r());
        i.loose || (c ? i.loose = true : this.rules.other.doubleBlankLine.test(U) && (c = true)), i.items.push({ type: "list_item", raw: U, task: !!this.options.gfm && this.rules.other.listIsTask.test(p), loose: false, text: p, tokens: [] });
      }
      let u = i.items.at(-1);
      if (u) u.raw = u.raw.trimEnd(), u.text = u.text.trimEnd();
      else return;
      i.raw = n.slice(0, r()).trimEnd();
      let d = [];
      for (let h of i.items) if (this.lexer.state.top = false, d.push(this.lexer.inlineQueue.length), h.tokens = this.lexer.blockTokens(h.text, []), !i.loose) {
        let p = h.tokens.filter((m) => m.type === "space"), k = p.length > 0 && p.some((m) => this.rules.other.anyLine.test(m.raw));
        i.loose = k;
      }
      for (let h = 0; h < i.items.length; h++) {
        let p = i.items[h], k = p.tokens[0];
        if (p.task && (k?.type === "text" || k?.type === "paragraph")) {
          p.text = p.text.replace(this.rules.other.listReplaceTask, ""), k.raw = k.raw.replace(this.rules.other.listReplaceTask, ""), k.text = k.text.replace(this.rules.other.listReplaceTask, "");
          let m = this.lexer.inlineQueue;
          for (let f = d[h]; f < m.length; f++) if (m[f].tokens === k.tokens) {
            m[f].src = m[f].src.replace(this.rules.other.listReplaceTask, "");
            break;
          }
          let b = this.rules.other.listTaskCheckbox.exec(p.raw);
          if (b) {
            let f = { type: "checkbox", raw: b[0] + " ", checked: b[0] !== "[ ]" };
            p.checked = f.checked, i.loose ? p.tokens[0] && ["paragraph", "text"].includes(p.tokens[0].type) && "tokens" in p.tokens[0] && p.tokens[0].tokens ? (p.tokens[0].raw = f.raw + p.tokens[0].raw, p.tokens[0].text = f.raw + p.tokens[0].text, p.tokens[0].tokens.unshift(f)) : p.tokens.unshift({ type: "paragraph", raw: f.raw, text: f.raw, tokens: [f] }) : p.tokens.unshift(f);
          }
        } else p.task && (p.task = false);
      }
      if (i.loose) for (let h of i.items) {
        h.loose = true;
        for (let p of h.tokens) p.type === "text" && (p.type = "paragraph");
      }
      return i;
    }
  }
  html(e) {
    let t = this.rules.block.html.exec(e);
    if (t) {
      if (this.lexer.state.lastToken?.type === "paragraph" && !this.rules.other.htmlBeginRegex(4).test(e)) return;
      let n = Re(t[0]);
      return { type: "html", block: true, raw: n, pre: t[1] === "pre" || t[1] === "script" || t[1] === "style", text: n };
    }
  }
  def(e) {
    let t = this.rules.block.def.exec(e);
    if (t) {
      if (!this.rules.other.startAngleBracket.test(t[2]) && Te(t[2], "()") !== -1) return;
      let n = W(t[1]), r = t[2] ? t[2].replace(this.rules.other.hrefBrackets, "$1").replace(this.rules.inline.anyPunctuation, "$1") : "", s = t[3] ? t[3].substring(1, t[3].length - 1).replace(this.rules.inline.anyPunctuation, "$1") : t[3];
      return { type: "def", tag: n, raw: C(t[0], `
`), href: r, title: s };
    }
  }
  table(e) {
    let t = this.rules.block.table.exec(e);
    if (!t || !this.rules.other.tableDelimiter.test(t[2])) return;
    let n = be(t[1]), r = t[2].replace(this.rules.other.tableAlignChars, "").split("|"), s = t[3]?.trim() ? t[3].replace(this.rules.other.tableRowBlankLine, "").split(`
`) : [], o = { type: "table", raw: C(t[0], `
`), header: [], align: [], rows: [] };
    if (n.length === r.length) {
      for (let i of r) this.rules.other.tableAlignRight.test(i) ? o.align.push("right") : this.rules.other.tableAlignCenter.test(i) ? o.align.push("center") : this.rules.other.tableAlignLeft.test(i) ? o.align.push("left") : o.align.push(null);
      for (let i = 0; i < n.length; i++) o.header.push({ text: n[i], tokens: this.lexer.inline(n[i]), header: true, align: o.align[i] });
      for (let i of s) o.rows.push(be(i, o.header.length).map((a, c) => ({ text: a, tokens: this.lexer.inline(a), header: false, align: o.align[c] })));
      return o;
    }
  }
  lheading(e) {
    let t = this.rules.block.lheading.exec(e);
    if (t) {
      let n = t[1].trim();
      return { type: "heading", raw: C(t[0], `
`), depth: t[2].charAt(0) === "=" ? 1 : 2, text: n, tokens: this.lexer.inline(n) };
    }
  }
  paragraph(e) {
    let t = this.rules.block.paragraph.exec(e);
    if (t) {
      let n = t[1].charAt(t[1].length - 1) === `
` ? t[1].slice(0, -1) : t[1];
      return { type: "paragraph", raw: t[0], text: n, tokens: this.lexer.inline(n) };
    }
  }
  text(e) {
    let t = this.rules.block.text.exec(e);
    if (t) return { type: "text", raw: t[0], text: t[0], tokens: this.lexer.inline(t[0]) };
  }
  escape(e) {
    if (e.charCodeAt(0) !== 92) return;
    let t = this.rules.inline.escape.exec(e);
    if (t) return { type: "escape", raw: t[0], text: t[1] };
  }
  tag(e) {
    if (e.charCodeAt(0) !== 60) return;
    let t = this.rules.inline.tag.exec(e);
    if (t) return !this.lexer.state.inLink && this.rules.other.startATag.test(t[0]) ? this.lexer.state.inLink = true : this.lexer.state.inLink && this.rules.other.endATag.test(t[0]) && (this.lexer.state.inLink = false), !this.lexer.state.inRawBlock && this.rules.other.startPreScriptTag.test(t[0]) ? this.lexer.state.inRawBlock = true : this.lexer.state.inRawBlock && this.rules.other.endPreScriptTag.test(t[0]) && (this.lexer.state.inRawBlock = false), { type: "html", raw: t[0], inLink: this.lexer.state.inLink, inRawBlock: this.lexer.state.inRawBlock, block: false, text: t[0] };
  }
  link(e) {
    if (this.lexer.state.linkParenPossible === false) return;
    let t = e.charCodeAt(0);
    if (t !== 91 && t !== 33) return;
    let n = this.rules.inline.link.exec(e);
    if (n) {
      let r = n[0].charAt(0) === "!" ? 2 : 1;
      if (!this.options.pedantic && Ze(e, n[1], r, this.rules)) return;
      let s = n[2].trim();
      if (!this.options.pedantic && this.rules.other.startAngleBracket.test(s)) {
        if (!this.rules.other.endAngleBracket.test(s)) return;
        let c = C(s.slice(0, -1), "\\");
        if ((s.length - c.length) % 2 === 0) return;
      } else {
        let c = Te(n[2], "()");
        if (c === -2) return;
        if (c > -1) {
          let d = (n[0].indexOf("!") === 0 ? 5 : 4) + n[1].length + c;
          n[2] = n[2].substring(0, c), n[0] = n[0].substring(0, d).trim(), n[3] = "";
        }
      }
      let o = C(n[0].slice(0, -1), "\\");
      if ((n[0].length - o.length) % 2 === 0) return;
      let i = n[2], a = "";
      if (this.options.pedantic) {
        let c = this.rules.other.pedanticHrefTitle.exec(i);
        c && (i = c[1], a = c[3]);
      } else a = n[3] ? n[3].slice(1, -1) : "";
      return i = i.trim(), this.rules.other.startAngleBracket.test(i) && (this.options.pedantic && !this.rules.other.endAngleBracket.test(s) ? i = i.slice(1) : i = i.slice(1, -1)), He(n, { href: i && i.replace(this.rules.inline.anyPunctuation, "$1"), title: a && a.replace(this.rules.inline.anyPunctuation, "$1") }, n[0], this.lexer, this.rules);
    }
  }
  reflink(e, t) {
    let n = e.charCodeAt(0);
    if (n !== 91 && n !== 33) return;
    let r;
    if ((r = this.rules.inline.reflink.exec(e)) || (r = this.rules.inline.nolink.exec(e))) {
      let s = r[0].charAt(0) === "!" ? 2 : 1;
      if (!this.options.pedantic && Ze(e, r[1], s, this.rules)) return;
      let o = t[W(r[2] || r[1])];
      if (!o) {
        let i = r[0].charAt(0);
        return { type: "text", raw: i, text: i };
      }
      return He(r, o, r[0], this.lexer, this.rules);
    }
  }
  emStrong(e, t, n = "") {
    let r = this.rules.inline.emStrongLDelim.exec(e);
    if (!r || !r[1] && !r[2] && !r[3] && !r[4]) return;
    let s = r[0][0], o = n === s, i = t.length - e.length, a = i;
    for (; !this.options.pedantic && a > 0 && t[a - 1] === s; ) a--;
    let c = [...t.slice(Math.max(0, a - 2), a)].at(-1) ?? "", u = c === "*" || c === "_" || !!this.rules.inline.punctuation.exec(c);
    a < i && (n = c);
    let d = a < i ? u : n === "*" || n === "_" || !!this.rules.inline.punctuation.exec(n);
    if (r[4] && n.match(this.rules.other.unicodeAlphaNumeric)) return;
    let h = r[1] || r[3] || "";
    if (!h || !n || d) {
      let p = [...r[0]].length - 1, k, m, b = p, f = 0, R = i - a + p, E = !this.options.pedantic && !!c.trim() && (!!h || s === "*" && !u);
      if (s !== "*" && s !== "_") return;
      let T = s === "*" ? this.rules.inline.emStrongRDelimAst : this.rules.inline.emStrongRDelimUnd, U = oe(this, t, s), H = t.length - e.length + p;
      if (U < H) return;
      t = t.slice(-1 * e.length + p);
      let K = U - H;
      for (T.lastIndex = 0; (r = T.exec(t)) !== null && !(r.index > K); ) {
        if (k = r[1] || r[2] || r[3] || r[4] || r[5] || r[6], !k) continue;
        if (m = [...k].length, r[3] || r[4]) {
          b += m;
          continue;
        } else if ((r[5] || r[6] || E) && R % 3 && !((R + m) % 3)) {
          if (o && (r[5] || r[6])) break;
          f += m;
          continue;
        }
        if (b -= m, b > 0) continue;
        m = Math.min(m, m + b + f);
        let re = [...r[0]][0].length, B = e.slice(0, p + r.index + re + m);
        if (Math.min(p, m) % 2) {
          let se = B.slice(1, -1);
          return { type: "em", raw: B, text: se, tokens: this.lexer.inlineTokens(se) };
        }
        let X = B.slice(2, -2);
        return { type: "strong", raw: B, text: X, tokens: this.lexer.inlineTokens(X) };
      }
    }
  }
  codespan(e) {
    if (e.charCodeAt(0) !== 96) return;
    let t = this.rules.inline.code.exec(e);
    if (t) {
      let n = t[2].replace(this.rules.other.newLineCharGlobal, " "), r = this.rules.other.nonSpaceChar.test(n), s = this.rules.other.startingSpaceChar.test(n) && this.rules.other.endingSpaceChar.test(n);
      return r && s && (n = n.substring(1, n.length - 1)), { type: "codespan", raw: t[0], text: n };
    }
  }
  br(e) {
    let t = e.charCodeAt(0);
    if (t !== 32 && t !== 92 && t !== 10) return;
    let n = this.rules.inline.br.exec(e);
    if (n) return { type: "br", raw: n[0] };
  }
  del(e, t, n = "") {
    if (e.charCodeAt(0) !== 126) return;
    let r = this.rules.inline.delLDelim.exec(e);
    if (!r) return;
    if (!(r[1] || "") || !n || this.rules.inline.punctuation.exec(n)) {
      let o = [...r[0]].length - 1, i, a, c = o, u = this.rules.inline.delRDelim, d = ae(this, t), h = t.length - e.length + o;
      if (d < h) return;
      t = t.slice(-1 * e.length + o);
      let p = d - h;
      for (u.lastIndex = 0; (r = u.exec(t)) !== null && !(r.index > p); ) {
        if (i = r[1] || r[2] || r[3] || r[4] || r[5] || r[6], !i || (a = [...i].length, a !== o)) continue;
        if (r[3] || r[4]) {
          c += a;
          continue;
        }
        if (c -= a, c > 0) continue;
        a = Math.min(a, a + c);
        let k = [...r[0]][0].length, m = e.slice(0, o + r.index + k + a), b = m.slice(o, -o);
        return { type: "del", raw: m, text: b, tokens: this.lexer.inlineTokens(b) };
      }
    }
  }
  autolink(e) {
    if (e.charCodeAt(0) !== 60) return;
    let t = this.rules.inline.autolink.exec(e);
    if (t) {
      let n, r;
      return t[2] === "@" ? (n = t[1], r = "mailto:" + n) : (n = t[1], r = n), { type: "link", raw: t[0], text: n, href: r, autolink: true, tokens: [{ type: "text", raw: n, text: n }] };
    }
  }
  url(e) {
    let t;
    if (t = this.rules.inline.url.exec(e)) {
      let n, r;
      if (t[2] === "@") n = t[0], r = "mailto:" + n;
      else {
        let s;
        do
          s = t[0], t[0] = this.rules.inline._backpedal.exec(t[0])?.[0] ?? "";
        while (s !== t[0]);
        n = t[0], t[1] === "www." ? r = "http://" + t[0] : r = t[0];
      }
      return { type: "link", raw: t[0], text: n, href: r, autolink: true, tokens: [{ type: "text", raw: n, text: n }] };
    }
  }
  inlineText(e) {
    let t = this.rules.inline.text.exec(e);
    if (t) {
      let n = this.lexer.state.inRawBlock;
      return { type: "text", raw: t[0], text: n ? t[0] : De(t[0]), escaped: n };
    }
  }
};
var w = class l {
  tokens;
  options;
  state;
  inlineQueue;
  tokenizer;
  constructor(e) {
    this.tokens = [], this.tokens.links = /* @__PURE__ */ Object.create(null), this.options = e || S, this.options.tokenizer = this.options.tokenizer || new _(), this.tokenizer = this.options.tokenizer, this.tokenizer.options = this.options, this.tokenizer.lexer = this, this.inlineQueue = [], this.state = { inLink: false, inRawBlock: false, linkEmitted: false, linkParenPossible: true, top: true };
    let t = { other: O, block: ee.normal, inline: F.normal };
    this.options.pedantic ? (t.block = ee.pedantic, t.inline = F.pedantic) : this.options.gfm && (t.block = ee.gfm, this.options.breaks ? t.inline = F.breaks : t.inline = F.gfm), this.tokenizer.rules = t;
  }
  static get rules() {
    return { block: ee, inline: F };
  }
  static lex(e, t) {
    return new l(t).lex(e);
  }
  static lexInline(e, t) {
    return new l(t).inlineTokens(e);
  }
  lex(e) {
    e = e.replace(O.carriageReturn, `
`), this.blockTokens(e, this.tokens);
    for (let t = 0; t < this.inlineQueue.length; t++) {
      let n = this.inlineQueue[t];
      this.state.inRawBlock = false, this.inlineTokens(n.src, n.tokens);
    }
    return this.inlineQueue = [], this.tokens;
  }
  blockTokens(e, t = [], n = false) {
    this.tokenizer.lexer = this;
    let r = this.state.lastToken;
    this.options.pedantic && (e = e.replace(O.tabCharGlobal, "    ").replace(O.spaceLine, ""));
    let s = 1 / 0, o, i = this.options.gfm && !this.options.pedantic && this.tokenizer.paragraph === _.prototype.paragraph;
    for (; e; ) {
      if (e.length < s) s = e.length;
      else {
        this.infiniteLoopError(e.charCodeAt(0));
        break;
      }
      this.state.lastToken = t.at(-1);
      let a;
      if (this.options.extensions?.block?.some((u) => (a = u.call({ lexer: this }, e, t)) ? (e = e.substring(a.raw.length), t.push(a), true) : false)) continue;
      if (a = this.tokenizer.space(e)) {
        e = e.substring(a.raw.length);
        let u = t.at(-1);
        a.raw.length === 1 && u !== void 0 ? u.raw += `
` : t.push(a);
        continue;
      }
      if (a = this.tokenizer.code(e)) {
        e = e.substring(a.raw.length);
        let u = t.at(-1);
        u?.type === "paragraph" || u?.type === "text" ? (u.raw += (u.raw.endsWith(`
`) ? "" : `
`) + a.raw, u.text += `
` + a.text, this.inlineQueue.at(-1).src = u.text) : t.push(a);
        continue;
      }
      if (a = this.tokenizer.fences(e)) {
        e = e.substring(a.raw.length), t.push(a);
        continue;
      }
      if (a = this.tokenizer.heading(e)) {
        e = e.substring(a.raw.length), t.push(a);
        continue;
      }
      if (a = this.tokenizer.hr(e)) {
        e = e.substring(a.raw.length), t.push(a);
        continue;
      }
      if (a = this.tokenizer.blockquote(e)) {
        e = e.substring(a.raw.length), t.push(a);
        continue;
      }
      if (a = this.tokenizer.list(e)) {
        e = e.substring(a.raw.length), t.push(a);
        continue;
      }
      if (a = this.tokenizer.html(e)) {
        e = e.substring(a.raw.length), t.push(a);
        continue;
      }
      if (a = this.tokenizer.def(e)) {
        e = e.substring(a.raw.length);
        let u = t.at(-1);
        u?.type === "paragraph" || u?.type === "text" ? (u.raw += (u.raw.endsWith(`
`) ? "" : `
`) + a.raw, u.text += `
` + a.raw, this.inlineQueue.at(-1).src = u.text) : (this.tokens.links[a.tag] || (this.tokens.links[a.tag] = { href: a.href, title: a.title }), t.push(a));
        continue;
      }
      if (a = this.tokenizer.table(e)) {
        e = e.substring(a.raw.length), t.push(a);
        continue;
      }
      if (a = this.tokenizer.lheading(e)) {
        e = e.substring(a.raw.length), t.push(a);
        continue;
      }
      let c = e;
      if (this.options.extensions?.startBlock) {
        let u = 1 / 0, d = e.slice(1), h;
        this.options.extensions.startBlock.forEach((p) => {
          h = p.call({ lexer: this }, d), typeof h == "number" && h >= 0 && (u = Math.min(u, h));
        }), u < 1 / 0 && u >= 0 && (c = e.substring(0, u + 1));
      }
      if (this.state.top && (a = this.tokenizer.paragraph(c))) {
        let u = t.at(-1);
        (n || u === o && i) && u?.type === "paragraph" ? (u.raw += (u.raw.endsWith(`
`) ? "" : `
`) + a.raw, u.text += `
` + a.text, this.inlineQueue.pop(), this.inlineQueue.at(-1).src = u.text, o = u) : (t.push(a), o = a), n = c.length !== e.length, e = e.substring(a.raw.length);
        continue;
      }
      if (a = this.tokenizer.text(e)) {
        e = e.substring(a.raw.length);
        let u = t.at(-1);
        u?.type === "text" ? (u.raw += (u.raw.endsWith(`
`) ? "" : `
`) + a.raw, u.text += `
` + a.text, this.inlineQueue.pop(), this.inlineQueue.at(-1).src = u.text) : t.push(a);
        continue;
      }
      if (e) {
        this.infiniteLoopError(e.charCodeAt(0));
        break;
      }
    }
    return this.state.top = true, this.state.lastToken = r, t;
  }
  inline(e, t = []) {
    return this.inlineQueue.push({ src: e, tokens: t }), t;
  }
  linkInText(e) {
    if (!e.includes("[")) return false;
    let t = this.tokenizer.rules.inline.link;
    for (let n of e.matchAll(this.tokenizer.rules.inline.blockSkip)) if (t.test(n[0]) && e.charAt(n.index - 1) !== "!") return true;
    for (let n of e.matchAll(this.tokenizer.rules.inline.reflinkSearch)) {
      let r = n[0], s = r.lastIndexOf("[");
      if (!(r.charAt(0) === "!" || !Object.hasOwn(this.tokens.links, W(r.slice(s + 1, -1)))) && !(s > 1 && this.linkInText(r.slice(1, s - 1)))) return true;
    }
    return false;
  }
  inlineTokens(e, t = []) {
    this.tokenizer.lexer = this;
    let n = this.state.linkParenPossible;
    this.state.linkParenPossible = e.includes(")");
    try {
      return this.#t(e, t);
    } finally {
      this.state.linkParenPossible = n;
    }
  }
  #t(e, t) {
    let n = e.includes("*") || e.includes("_") || e.includes("~"), r = n || this.options.hooks?.emStrongMask || this.tokenizer.emStrong !== _.prototype.emStrong || this.tokenizer.del !== _.prototype.del ? this.#r(e) : e;
    if (!n) return this.#e(e, r, t);
    qe(this.tokenizer, r);
    try {
      return this.#e(e, r, t);
    } finally {
      ve(this.tokenizer);
    }
  }
  #e(e, t, n) {
    let r = false, s = "", o = 1 / 0;
    for (; e; ) {
      if (e.length < o) o = e.length;
      else {
        this.infiniteLoopError(e.charCodeAt(0));
        break;
      }
      r || (s = ""), r = false;
      let i;
      if (this.options.extensions?.inline?.some((u) => (i = u.call({ lexer: this }, e, n)) ? (e = e.substring(i.raw.length), n.push(i), true) : false)) continue;
      if (i = this.tokenizer.escape(e)) {
        e = e.substring(i.raw.length), n.push(i);
        continue;
      }
      if (i = this.tokenizer.tag(e)) {
        e = e.substring(i.raw.length), n.push(i);
        continue;
      }
      if (i = this.tokenizer.link(e)) {
        e = e.substring(i.raw.length), n.push(i);
        continue;
      }
      if (i = this.tokenizer.reflink(e, this.tokens.links)) {
        e = e.substring(i.raw.length);
        let u = n.at(-1);
        i.type === "text" && u?.type === "text" ? (u.raw += i.raw, u.text += i.text) : n.push(i);
        continue;
      }
      let a = e[0];
      if (a === "*" || a === "_") {
        let u = t.length - e.length;
        if (oe(this.tokenizer, t, a) <= u) {
          let h = 1;
          for (; h < e.length && e.charCodeAt(h) === a.charCodeAt(0); ) h++;
          let p = e.substring(0, h), k = n.at(-1);
          k?.type === "text" && !k.escaped ? (k.raw += p, k.text += p) : n.push({ type: "text", raw: p, text: p, escaped: false }), e = e.substring(h), s = a, r = true;
          continue;
        }
      } else if (a === "~") {
        let u = t.length - e.length;
        if (ae(this.tokenizer, t) <= u) {
          let h = 1;
          for (; h < e.length && e.charCodeAt(h) === 126; ) h++;
          let p = e.substring(0, h), k = n.at(-1);
          k?.type === "text" && !k.escaped ? (k.raw += p, k.text += p) : n.push({ type: "text", raw: p, text: p, escaped: false }), e = e.substring(h), s = a, r = true;
          continue;
        }
      }
      if (i = this.tokenizer.emStrong(e, t, s)) {
        e = e.substring(i.raw.length), n.push(i);
        continue;
      }
      if (i = this.tokenizer.codespan(e)) {
        e = e.substring(i.raw.length), n.push(i);
        continue;
      }
      if (i = this.tokenizer.br(e)) {
        e = e.substring(i.raw.length), n.push(i);
        continue;
      }
      if (i = this.tokenizer.del(e, t, s)) {
        e = e.substring(i.raw.length), n.push(i);
        continue;
      }
      if (i = this.tokenizer.autolink(e)) {
        e = e.substring(i.raw.length), n.push(i);
        continue;
      }
      if (!this.state.inLink && (i = this.tokenizer.url(e))) {
        e = e.substring(i.raw.length), n.push(i);
        continue;
      }
      let c = e;
      if (this.options.extensions?.startInline) {
        let u = 1 / 0, d = e.slice(1), h;
        this.options.extensions.startInline.forEach((p) => {
          h = p.call({ lexer: this }, d), typeof h == "number" && h >= 0 && (u = Math.min(u, h));
        }), u < 1 / 0 && u >= 0 && (c = e.substring(0, u + 1));
      }
      if (i = this.tokenizer.inlineText(c)) {
        e = e.substring(i.raw.length), i.raw.slice(-1) !== "_" && (s = i.raw.slice(-1)), r = true;
        let u = n.at(-1);
        u?.type === "text" ? (u.raw += i.raw, u.text += i.text) : n.push(i);
        continue;
      }
      if (e) {
        this.infiniteLoopError(e.charCodeAt(0));
        break;
      }
    }
    return n;
  }
  #n(e) {
    let { blockSkip: t, tag: n, autolink: r } = this.tokenizer.rules.inline, s = "", o = 0, i;
    for (t.lastIndex = 0; i = t.exec(e); ) {
      let a = i.index + (i[2] ? i[2].length : 0), c = i.index + i[0].length;
      if (e.charAt(a) === "<") {
        let u = e.slice(a), d = n.exec(u) || r.exec(u);
        if (!d) {
          t.lastIndex = a + 1;
          continue;
        }
        c = a + d[0].length, t.lastIndex = c;
      }
      s += e.slice(o, a) + "[" + "a".repeat(c - a - 2) + "]", o = c;
    }
    return s + e.slice(o);
  }
  #r(e) {
    let t = e;
    if (this.tokens.links && e.includes("[")) {
      let n = this.tokenizer.rules.inline.reflinkSearch, r = (s) => {
        let o = s.lastIndexOf("[");
        if (!Object.hasOwn(this.tokens.links, W(s.slice(o + 1, -1)))) return s;
        if (o > 1 && s.charAt(0) !== "!") {
          let i = s.slice(1, o - 1);
          if (this.linkInText(i)) return "[" + i.replace(n, r) + "][" + "a".repeat(s.length - o - 2) + "]";
        }
        return "[" + "a".repeat(s.length - 2) + "]";
      };
      t = t.replace(n, r);
    }
    return t = t.replace(this.tokenizer.rules.inline.anyPunctuationOutsideCode, (n, r, s) => s ? "+".repeat(n.length) : r ? r + n.slice(r.length, -r.length).replace(/`/g, "+") + r : n), t = this.#n(t), t = this.options.hooks?.emStrongMask?.call({ lexer: this }, t) ?? t, t;
  }
  infiniteLoopError(e) {
    let t = "Infinite loop on byte: " + e;
    if (this.options.silent) console.error(t);
    else throw new Error(t);
  }
};
var I = class {
  options;
  parser;
  constructor(e) {
    this.options = e || S;
  }
  space(e) {
    return "";
  }
  code({ text: e, lang: t, escaped: n }) {
    let r = (t || "").match(O.notSpaceStart)?.[0], s = e ? e.replace(O.endingNewline, "") + `
` : "";
    return r ? '<pre><code class="language-' + y(r) + '">' + (n ? s : y(s, true)) + `</code></pre>
` : "<pre><code>" + (n ? s : y(s, true)) + `</code></pre>
`;
  }
  blockquote({ tokens: e }) {
    return `<blockquote>
${this.parser.parse(e)}</blockquote>
`;
  }
  html({ text: e }) {
    return e;
  }
  def(e) {
    return "";
  }
  heading({ tokens: e, depth: t }) {
    return `<h${t}>${this.parser.parseInline(e)}</h${t}>
`;
  }
  hr(e) {
    return `<hr>
`;
  }
  list(e) {
    let t = e.ordered, n = e.start, r = "";
    for (let i = 0; i < e.items.length; i++) {
      let a = e.items[i];
      r += this.listitem(a);
    }
    let s = t ? "ol" : "ul", o = t && n !== 1 ? ' start="' + n + '"' : "";
    return "<" + s + o + `>
` + r + "</" + s + `>
`;
  }
  listitem(e) {
    return `<li>${this.parser.parse(e.tokens)}</li>
`;
  }
  checkbox({ checked: e }) {
    return "<input " + (e ? 'checked="" ' : "") + 'disabled="" type="checkbox"> ';
  }
  paragraph({ tokens: e }) {
    return `<p>${this.parser.parseInline(e)}</p>
`;
  }
  table(e) {
    let t = "", n = "";
    for (let s = 0; s < e.header.length; s++) n += this.tablecell(e.header[s]);
    t += this.tablerow({ text: n });
    let r = "";
    for (let s = 0; s < e.rows.length; s++) {
      let o = e.rows[s];
      n = "";
      for (let i = 0; i < o.length; i++) n += this.tablecell(o[i]);
      r += this.tablerow({ text: n });
    }
    return r && (r = `<tbody>${r}</tbody>`), `<table>
<thead>
` + t + `</thead>
` + r + `</table>
`;
  }
  tablerow({ text: e }) {
    return `<tr>
${e}</tr>
`;
  }
  tablecell(e) {
    let t = this.parser.parseInline(e.tokens), n = e.header ? "th" : "td";
    return (e.align ? `<${n} align="${e.align}">` : `<${n}>`) + t + `</${n}>
`;
  }
  strong({ tokens: e }) {
    return `<strong>${this.parser.parseInline(e)}</strong>`;
  }
  em({ tokens: e }) {
    return `<em>${this.parser.parseInline(e)}</em>`;
  }
  codespan({ text: e }) {
    return `<code>${y(e, true)}</code>`;
  }
  br(e) {
    return "<br>";
  }
  del({ tokens: e }) {
    return `<del>${this.parser.parseInline(e)}</del>`;
  }
  link({ href: e, title: t, text: n, tokens: r, autolink: s }) {
    let o = s ? y(n, true) : this.parser.parseInline(r), i = xe(e);
    if (i === null) return o;
    e = y(i, s);
    let a = '<a href="' + e + '"';
    return t && (a += ' title="' + y(t) + '"'), a += ">" + o + "</a>", a;
  }
  image({ href: e, title: t, text: n, tokens: r }) {
    r && (n = this.parser.parseInline(r, this.parser.textRenderer));
    let s = xe(e);
    if (s === null) return y(n);
    e = s;
    let o = `<img src="${y(e)}" alt="${y(n)}"`;
    return t && (o += ` title="${y(t)}"`), o += ">", o;
  }
  text(e) {
    return "tokens" in e && e.tokens ? this.parser.parseInline(e.tokens) : "escaped" in e && e.escaped ? e.text : y(e.text);
  }
};
var z = class {
  parser;
  strong({ text: e, tokens: t }) {
    return t ? this.parser.parseInline(t, this) : e;
  }
  em({ text: e, tokens: t }) {
    return t ? this.parser.parseInline(t, this) : e;
  }
  codespan({ text: e }) {
    return e;
  }
  del({ text: e, tokens: t }) {
    return t ? this.parser.parseInline(t, this) : e;
  }
  html({ text: e }) {
    return e;
  }
  text({ text: e }) {
    return e;
  }
  link({ text: e, tokens: t }) {
    return t ? this.parser.parseInline(t, this) : e;
  }
  image({ text: e, tokens: t }) {
    return t ? this.parser.parseInline(t, this) : e;
  }
  br() {
    return `
`;
  }
  checkbox({ raw: e }) {
    return e;
  }
};
var P = class l2 {
  options;
  renderer;
  textRenderer;
  constructor(e) {
    this.options = e || S, this.options.renderer = this.options.renderer || new I(), this.renderer = this.options.renderer, this.renderer.options = this.options, this.renderer.parser = this, this.textRenderer = new z(), this.textRenderer.parser = this;
  }
  static parse(e, t) {
    return new l2(t).parse(e);
  }
  static parseInline(e, t) {
    return new l2(t).parseInline(e);
  }
  parse(e) {
    this.renderer.parser = this;
    let t = "";
    for (let n = 0; n < e.length; n++) {
      let r = e[n];
      if (this.options.extensions?.renderers?.[r.type]) {
        let o = r, i = this.options.extensions.renderers[o.type].call({ parser: this }, o);
        if (i !== false || !["space", "hr", "heading", "code", "table", "blockquote", "list", "checkbox", "html", "def", "paragraph", "text"].includes(o.type)) {
          t += i === false ? "" : i ?? "";
          continue;
        }
      }
      let s = r;
      switch (s.type) {
        case "space": {
          t += this.renderer.space(s);
          break;
        }
        case "hr": {
          t += this.renderer.hr(s);
          break;
        }
        case "heading": {
          t += this.renderer.heading(s);
          break;
        }
        case "code": {
          t += this.renderer.code(s);
          break;
        }
        case "table": {
          t += this.renderer.table(s);
          break;
        }
        case "blockquote": {
          t += this.renderer.blockquote(s);
          break;
        }
        case "list": {
          t += this.renderer.list(s);
          break;
        }
        case "checkbox": {
          t += this.renderer.checkbox(s);
          break;
        }
        case "html": {
          t += this.renderer.html(s);
          break;
        }
        case "def": {
          t += this.renderer.def(s);
          break;
        }
        case "paragraph": {
          t += this.renderer.paragraph(s);
          break;
        }
        case "text": {
          t += this.renderer.text(s);
          break;
        }
        default: {
          let o = 'Token with "' + s.type + '" type was not found.';
          if (this.options.silent) return console.error(o), "";
          throw new Error(o);
        }
      }
    }
    return t;
  }
  parseInline(e, t = this.renderer) {
    this.renderer.parser = this;
    let n = "";
    for (let r = 0; r < e.length; r++) {
      let s = e[r];
      if (this.options.extensions?.renderers?.[s.type]) {
        let i = this.options.extensions.renderers[s.type].call({ parser: this }, s);
        if (i !== false || !["escape", "html", "link", "image", "checkbox", "strong", "em", "codespan", "br", "del", "text"].includes(s.type)) {
          n += i === false ? "" : i ?? "";
          continue;
        }
      }
      let o = s;
      switch (o.type) {
        case "escape": {
          n += t.text(o);
          break;
        }
        case "html": {
          n += t.html(o);
          break;
        }
        case "link": {
          n += t.link(o);
          break;
        }
        case "image": {
          n += t.image(o);
          break;
        }
        case "checkbox": {
          n += t.checkbox(o);
          break;
        }
        case "strong": {
          n += t.strong(o);
          break;
        }
        case "em": {
          n += t.em(o);
          break;
        }
        case "codespan": {
          n += t.codespan(o);
          break;
        }
        case "br": {
          n += t.br(o);
          break;
        }
        case "del": {
          n += t.del(o);
          break;
        }
        case "text": {
          n += t.text(o);
          break;
        }
        default: {
          let i = 'Token with "' + o.type + '" type was not found.';
          if (this.options.silent) return console.error(i), "";
          throw new Error(i);
        }
      }
    }
    return n;
  }
};
var A = class {
  options;
  block;
  constructor(e) {
    this.options = e || S;
  }
  static passThroughHooks = /* @__PURE__ */ new Set(["preprocess", "postprocess", "processAllTokens", "emStrongMask"]);
  static passThroughHooksRespectAsync = /* @__PURE__ */ new Set(["preprocess", "postprocess", "processAllTokens"]);
  preprocess(e) {
    return e;
  }
  postprocess(e) {
    return e;
  }
  processAllTokens(e) {
    return e;
  }
  emStrongMask(e) {
    return e;
  }
  provideLexer(e = this.block) {
    return e ? w.lex : w.lexInline;
  }
  provideParser(e = this.block) {
    return e ? P.parse : P.parseInline;
  }
};
function M(l3, e) {
  if (Array.isArray(e)) for (let t = 0; t < e.length; t++) l3.push(e[t]);
  else l3.push(e);
}
var ne = class {
  defaults = G();
  options = this.setOptions;
  parse = this.parseMarkdown(true);
  parseInline = this.parseMarkdown(false);
  Parser = P;
  Renderer = I;
  TextRenderer = z;
  Lexer = w;
  Tokenizer = _;
  Hooks = A;
  constructor(...e) {
    this.use(...e);
  }
  walkTokens(e, t) {
    let n = [];
    for (let r of e) switch (M(n, t.call(this, r)), r.type) {
      case "table": {
        let s = r;
        for (let o of s.header) M(n, this.walkTokens(o.tokens, t));
        for (let o of s.rows) for (let i of o) M(n, this.walkTokens(i.tokens, t));
        break;
      }
      case "list": {
        let s = r;
        M(n, this.walkTokens(s.items, t));
        break;
      }
      default: {
        let s = r;
        this.defaults.extensions?.childTokens?.[s.type] ? this.defaults.extensions.childTokens[s.type].forEach((o) => {
          let i = s[o].flat(1 / 0);
          M(n, this.walkTokens(i, t));
        }) : s.tokens && M(n, this.walkTokens(s.tokens, t));
      }
    }
    return n;
  }
  use(...e) {
    let t = this.defaults.extensions || { renderers: /* @__PURE__ */ Object.create(null), childTokens: /* @__PURE__ */ Object.create(null) };
    return e.forEach((n) => {
      let r = { ...n };
      if (r.async = this.defaults.async || r.async || false, n.extensions && (n.extensions.forEach((s) => {
        if (!s.name) throw new Error("extension name required");
        if ("renderer" in s) {
          let o = t.renderers[s.name];
          o ? t.renderers[s.name] = function(...i) {
            let a = s.renderer.apply(this, i);
            return a === false && (a = o.apply(this, i)), a;
          } : t.renderers[s.name] = s.renderer;
        }
        if ("tokenizer" in s) {
          if (!s.level || s.level !== "block" && s.level !== "inline") throw new Error("extension level must be 'block' or 'inline'");
          let o = t[s.level];
          o ? o.unshift(s.tokenizer) : t[s.level] = [s.tokenizer], s.start && (s.level === "block" ? t.startBlock ? t.startBlock.push(s.start) : t.startBlock = [s.start] : s.level === "inline" && (t.startInline ? t.startInline.push(s.start) : t.startInline = [s.start]));
        }
        "childTokens" in s && s.childTokens && (t.childTokens[s.name] = s.childTokens);
      }), r.extensions = t), n.renderer) {
        let s = this.defaults.renderer || new I(this.defaults);
        for (let o in n.renderer) {
          if (!(o in s)) throw new Error(`renderer '${o}' does not exist`);
          if (["options", "parser"].includes(o)) continue;
          let i = o, a = n.renderer[i], c = s[i];
          s[i] = (...u) => {
            let d = a.apply(s, u);
            return d === false && (d = c.apply(s, u)), d === false ? "" : d ?? "";
          };
        }
        r.renderer = s;
      }
      if (n.tokenizer) {
        let s = this.defaults.tokenizer || new _(this.defaults);
        for (let o in n.tokenizer) {
          if (!(o in s)) throw new Error(`tokenizer '${o}' does not exist`);
          if (["options", "rules", "lexer"].includes(o)) continue;
          let i = o, a = n.tokenizer[i], c = s[i];
          s[i] = (...u) => {
            let d = a.apply(s, u);
            return d === false && (d = c.apply(s, u)), d;
          };
        }
        r.tokenizer = s;
      }
      if (n.hooks) {
        let s = this.defaults.hooks || new A();
        for (let o in n.hooks) {
          if (!(o in s)) throw new Error(`hook '${o}' does not exist`);
          if (["options", "block"].includes(o)) continue;
          let i = o, a = n.hooks[i], c = s[i];
          A.passThroughHooks.has(o) ? s[i] = (u) => {
            if (s.options.async && A.passThroughHooksRespectAsync.has(o)) return (async () => {
              let h = await a.call(s, u);
              return c.call(s, h);
            })();
            let d = a.call(s, u);
            return c.call(s, d);
          } : s[i] = (...u) => {
            if (s.options.async) return (async () => {
              let h = await a.apply(s, u);
              return h === false && (h = await c.apply(s, u)), h;
            })();
            let d = a.apply(s, u);
            return d === false && (d = c.apply(s, u)), d;
          };
        }
        r.hooks = s;
      }
      if (n.walkTokens) {
        let s = this.defaults.walkTokens, o = n.walkTokens;
        r.walkTokens = function(i) {
          let a = [];
          return M(a, o.call(this, i)), s && M(a, s.call(this, i)), a;
        };
      }
      this.defaults = { ...this.defaults, ...r };
    }), this;
  }
  setOptions(e) {
    return this.defaults = { ...this.defaults, ...e }, this;
  }
  lexer(e, t) {
    return w.lex(e, t ?? this.defaults);
  }
  parser(e, t) {
    return P.parse(e, t ?? this.defaults);
  }
  parseMarkdown(e) {
    return (n, r) => {
      let s = { ...r }, o = { ...this.defaults, ...s }, i = this.onError(!!o.silent, !!o.async);
      if (this.defaults.async === true && s.async === false) return i(new Error("marked(): The async option was set to true by an extension. Remove async: false from the parse options object to return a Promise."));
      if (typeof n > "u" || n === null) return i(new Error("marked(): input parameter is undefined or null"));
      if (typeof n != "string") return i(new Error("marked(): input parameter is of type " + Object.prototype.toString.call(n) + ", string expected"));
      if (o.hooks && (o.hooks.options = o, o.hooks.block = e), o.async) return (async () => {
        let a = o.hooks ? await o.hooks.preprocess(n) : n, u = await (o.hooks ? await o.hooks.provideLexer(e) : e ? w.lex : w.lexInline)(a, o), d = o.hooks ? await o.hooks.processAllTokens(u) : u;
        o.walkTokens && await Promise.all(this.walkTokens(d, o.walkTokens));
        let p = await (o.hooks ? await o.hooks.provideParser(e) : e ? P.parse : P.parseInline)(d, o);
        return o.hooks ? await o.hooks.postprocess(p) : p;
      })().catch(i);
      try {
        o.hooks && (n = o.hooks.preprocess(n));
        let c = (o.hooks ? o.hooks.provideLexer(e) : e ? w.lex : w.lexInline)(n, o);
        o.hooks && (c = o.hooks.processAllTokens(c)), o.walkTokens && this.walkTokens(c, o.walkTokens);
        let d = (o.hooks ? o.hooks.provideParser(e) : e ? P.parse : P.parseInline)(c, o);
        return o.hooks && (d = o.hooks.postprocess(d)), d;
      } catch (a) {
        return i(a);
      }
    };
  }
  onError(e, t) {
    return (n) => {
      if (n.message += `
Please report this to https://github.com/markedjs/marked.`, e) {
        let r = "<p>An error occurred:</p><pre>" + y(n.message + "", true) + "</pre>";
        return t ? Promise.resolve(r) : r;
      }
      if (t) return Promise.reject(n);
      throw n;
    };
  }
};
var v = new ne();
function x(l3, e) {
  return v.parse(l3, e);
}
x.options = x.setOptions = function(l3) {
  return v.setOptions(l3), x.defaults = v.defaults, ue(x.defaults), x;
};
x.getDefaults = G;
x.defaults = S;
function jt(...l3) {
  return v.use(...l3), x.defaults = v.defaults, ue(x.defaults), x;
}
x.use = jt;
x.walkTokens = function(l3, e) {
  return v.walkTokens(l3, e);
};
x.parseInline = v.parseInline;
x.Parser = P;
x.parser = P.parse;
x.Renderer = I;
x.TextRenderer = z;
x.Lexer = w;
x.lexer = w.lex;
x.Tokenizer = _;
x.Hooks = A;
x.parse = x;
var En = x.options;
var zn = x.setOptions;
var Mn = x.walkTokens;
var Bn = x.parseInline;
var qn = P.parse;
var vn = w.lex;

// src/core/report/xychart-svg.ts
init_esm_dirname();
var DEFAULT_PALETTE = ["#0969da", "#d1242f", "#1a7f37", "#8250df"];
function numbers(list) {
  return list.split(",").map((s) => s.trim()).filter((s) => s !== "").map(Number);
}
function parseXyChart(source) {
  const chart = { title: "", xLabel: "", yLabel: "", x: [], lines: [], palette: DEFAULT_PALETTE };
  let header = false;
  for (const raw of source.split("\n")) {
    const line = raw.trim();
    if (line === "") continue;
    const palette = /"plotColorPalette":\s*"([^"]*)"/.exec(line);
    if (line.startsWith("%%")) {
      if (palette?.[1]) chart.palette = palette[1].split(",").map((c) => c.trim());
      continue;
    }
    if (line === "xychart-beta") {
      header = true;
      continue;
    }
    const title = /^title "([^"]*)"$/.exec(line);
    const xAxis = /^x-axis "([^"]*)" \[([^\]]*)\]$/.exec(line);
    const yAxis = /^y-axis "([^"]*)"$/.exec(line);
    const series = /^line \[([^\]]*)\]$/.exec(line);
    if (title) chart.title = title[1] ?? "";
    else if (xAxis) {
      chart.xLabel = xAxis[1] ?? "";
      chart.x = (xAxis[2] ?? "").split(",").map((s) => s.trim());
    } else if (yAxis) chart.yLabel = yAxis[1] ?? "";
    else if (series) chart.lines.push(numbers(series[1] ?? ""));
    else return void 0;
  }
  const valid = header && chart.x.length >= 2 && chart.lines.length > 0 && chart.lines.every((l3) => l3.length === chart.x.length && l3.every(Number.isFinite));
  return valid ? chart : void 0;
}
function niceStep(span, ticks) {
  const raw = span / ticks;
  const power = 10 ** Math.floor(Math.log10(raw));
  const fraction = raw / power;
  return (fraction <= 1 ? 1 : fraction <= 2 ? 2 : fraction <= 5 ? 5 : 10) * power;
}
function xyChartSvg(chart) {
  const width = 640;
  const height = 320;
  const left = 64;
  const right = 16;
  const top = 36;
  const bottom = 48;
  const values = chart.lines.flat();
  let low = Math.min(...values);
  let high = Math.max(...values);
  if (low === high) {
    low -= 1;
    high += 1;
  }
  const step = niceStep(high - low, 5);
  low = Math.floor(low / step) * step;
  high = Math.ceil(high / step) * step;
  const plotW = width - left - right;
  const plotH = height - top - bottom;
  const xAt = (i) => left + (chart.x.length === 1 ? plotW / 2 : i * plotW / (chart.x.length - 1));
  const yAt = (v2) => top + plotH - (v2 - low) / (high - low) * plotH;
  const digits = Math.max(0, -Math.floor(Math.log10(step)));
  const parts = [];
  for (let v2 = low; v2 <= high + step / 2; v2 += step) {
    const y2 = yAt(v2).toFixed(1);
    parts.push(
      `<line x1="${left}" x2="${width - right}" y1="${y2}" y2="${y2}" stroke="#d0d7de" stroke-width="1"/>`
    );
    parts.push(
      `<text x="${left - 6}" y="${y2}" text-anchor="end" dominant-baseline="middle">${v2.toFixed(digits)}</text>`
    );
  }
  const labelEvery = Math.ceil(chart.x.length / 12);
  chart.x.forEach((label2, i) => {
    if (i % labelEvery !== 0 && i !== chart.x.length - 1) return;
    parts.push(
      `<text x="${xAt(i).toFixed(1)}" y="${height - bottom + 16}" text-anchor="middle">${escapeHtml(label2)}</text>`
    );
  });
  chart.lines.forEach((line, k) => {
    const points = line.map((v2, i) => `${xAt(i).toFixed(1)},${yAt(v2).toFixed(1)}`).join(" ");
    const colour = chart.palette[k % chart.palette.length] ?? "#57606a";
    const safeColour = /^#[0-9a-fA-F]{3,8}$/.test(colour) ? colour : "#57606a";
    parts.push(`<polyline fill="none" stroke="${safeColour}" stroke-width="2" points="${points}"/>`);
  });
  return [
    `<svg class="chart" role="img" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" xmlns="http://www.w3.org/2000/svg">`,
    `<title>${escapeHtml(chart.title)}</title>`,
    `<text x="${width / 2}" y="20" text-anchor="middle" class="chart-title">${escapeHtml(chart.title)}</text>`,
    ...parts,
    `<text x="${left + plotW / 2}" y="${height - 10}" text-anchor="middle">${escapeHtml(chart.xLabel)}</text>`,
    `<text x="14" y="${top + plotH / 2}" text-anchor="middle" transform="rotate(-90 14 ${top + plotH / 2})">${escapeHtml(chart.yLabel)}</text>`,
    "</svg>"
  ].join("\n");
}

// src/core/report/html.ts
var ALLOWED_TAGS = /* @__PURE__ */ new Set(["details", "summary", "br"]);
function escapeHtmlText(text) {
  return text.replace(/&(?!(?:#\d{1,7}|#x[0-9a-f]{1,6}|[a-z][a-z0-9]{1,31});)/gi, "&amp;").replace(/[<>"']/g, (c) => ({ "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]);
}
function sanitizeHtml(raw) {
  let out = "";
  const pattern = /<!--[\s\S]*?(?:-->|$)|<(\/?)([a-zA-Z][a-zA-Z0-9-]*)((?:[^>"']|"[^"]*"|'[^']*')*)>|<|[^<]+/g;
  for (const match of raw.matchAll(pattern)) {
    const [whole, closing, name, attributes] = match;
    if (whole.startsWith("<!--")) continue;
    if (name === void 0) {
      out += escapeHtmlText(whole);
      continue;
    }
    const tag = name.toLowerCase();
    if (!ALLOWED_TAGS.has(tag)) continue;
    if (closing) out += tag === "br" ? "" : `</${tag}>`;
    else if (tag === "details" && /(^|\s)open(\s|=|$)/i.test(attributes ?? "")) out += "<details open>";
    else out += `<${tag}>`;
  }
  return out;
}
function renderCode(token) {
  if (token.lang === "mermaid") {
    const chart = parseXyChart(token.text);
    if (chart) return `<figure class="mermaid-preview">${xyChartSvg(chart)}</figure>
`;
  }
  const lang = token.lang ? ` class="language-${escapeHtml(token.lang.replace(/[^\w-]/g, ""))}"` : "";
  return `<pre><code${lang}>${escapeHtml(token.text)}</code></pre>
`;
}
var markdown = new ne({
  gfm: true,
  async: false,
  renderer: {
    html(token) {
      return sanitizeHtml(token.text);
    },
    link(token) {
      const text = this.parser.parseInline(token.tokens);
      const href = safeUrl(token.href);
      return href ? `<a href="${escapeHtml(href)}" rel="nofollow noopener noreferrer">${text}</a>` : text;
    },
    // A preview never loads remote images (tracking pixels); their alt text stands in.
    image(token) {
      return escapeHtml(token.text);
    },
    code(token) {
      return renderCode(token);
    }
  }
});
var STYLE = `
body { margin: 0; padding: 24px; background: #f6f8fa; color: #1f2328;
  font: 14px/1.5 -apple-system, BlinkMacSystemFont, "Segoe UI", "Noto Sans", Helvetica, Arial, sans-serif; }
.comment { max-width: 920px; margin: 0 auto; background: #fff; border: 1px solid #d0d7de; border-radius: 6px; }
.comment-header { padding: 8px 16px; background: #f6f8fa; border-bottom: 1px solid #d0d7de;
  border-radius: 6px 6px 0 0; color: #59636e; }
.markdown-body { padding: 16px; overflow-wrap: break-word; }
.markdown-body > :first-child { margin-top: 0; }
h1, h2, h3, h4 { margin: 24px 0 16px; font-weight: 600; line-height: 1.25; }
h3 { font-size: 1.25em; } h4 { font-size: 1em; }
p, ul, ol, table, pre, blockquote, details, figure { margin: 0 0 16px; }
ul, ol { padding-left: 2em; }
blockquote { padding: 0 1em; color: #59636e; border-left: 0.25em solid #d0d7de; }
table { display: block; width: max-content; max-width: 100%; overflow: auto; border-spacing: 0;
  border-collapse: collapse; font-variant-numeric: tabular-nums; }
th, td { padding: 6px 13px; border: 1px solid #d0d7de; }
th { font-weight: 600; }
tr:nth-child(2n) { background: #f6f8fa; }
code { padding: 0.2em 0.4em; font: 85% ui-monospace, SFMono-Regular, Menlo, Consolas, monospace;
  background: rgba(175, 184, 193, 0.2); border-radius: 6px; }
pre { padding: 16px; overflow: auto; background: #f6f8fa; border-radius: 6px; }
pre code { padding: 0; background: none; }
details summary { cursor: pointer; }
details > :not(summary) { margin-top: 8px; }
hr { height: 0.25em; margin: 24px 0; background: #d0d7de; border: 0; }
a { color: #0969da; text-decoration: none; }
figure.mermaid-preview { margin-left: 0; }
svg.chart { max-width: 100%; height: auto; font: 11px sans-serif; fill: #59636e; }
svg.chart .chart-title { font-size: 14px; fill: #1f2328; }
`;
function renderCommentHtml(markdownText, title = "mlgate PR comment preview") {
  const body = markdown.parse(markdownText, { async: false });
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
<style>${STYLE}</style>
</head>
<body>
<main class="comment">
<div class="comment-header">${escapeHtml(title)}</div>
<div class="markdown-body">
${body}
</div>
</main>
</body>
</html>
`;
}

// src/commands/evaluate.ts
async function isModelBundle(path) {
  try {
    return (await stat(path)).isDirectory();
  } catch {
    throw new MlgateError(`cannot find ${path}`, {
      location: { file: path },
      hint: `pass a model bundle directory (with ${MODEL_MANIFEST_FILE}) or a predictions file (row, y_true, y_pred, proba_<class>)`
    });
  }
}
async function scoreBundle(dir, table2, logger) {
  if (!table2) {
    throw new MlgateError(`${dir} is a model bundle, so test data is needed to score it`, {
      hint: "pass --data <test file> or set data.test in mlgate.yml"
    });
  }
  const { loadModelBundle } = await import("./bundle-HH4HOABD.js");
  const { predictTable } = await import("./predict-GUIEKAYE.js");
  const bundle = await loadModelBundle(dir);
  try {
    logger.info(`scoring ${dir} (${bundle.manifest.format}) on ${table2.rowCount} rows`);
    const predictions = await predictTable(bundle, table2);
    const m = bundle.manifest;
    const train = await trainReportBeside(dir) ?? {
      backend: m.backend,
      device: m.device,
      samples_per_second: m.samples_per_second ?? 0,
      epochs: typeof m.hyperparameters.epochs === "number" ? m.hyperparameters.epochs : 0
    };
    return { predictions, train };
  } finally {
    bundle.scorer.dispose();
  }
}
async function trainReportBeside(dir) {
  const file = join(dirname(resolve(dir)), "train.json");
  let report;
  try {
    const parsed = trainReportSchema.safeParse(JSON.parse(await readFile(file, "utf8")));
    if (!parsed.success) return void 0;
    report = parsed.data;
  } catch {
    return void 0;
  }
  if (resolve(dirname(file), report.model_dir) !== resolve(dir)) return void 0;
  const epochs = report.epochs;
  const withValidation = epochs.every((e) => e.val_loss !== void 0);
  return {
    backend: report.backend,
    device: report.device,
    samples_per_second: report.samples_per_second ?? 0,
    epochs: epochs.length,
    seconds: report.duration_seconds,
    curves: withValidation ? {
      epoch: epochs.map((e) => e.epoch),
      loss: epochs.map((e) => e.loss),
      val_loss: epochs.map((e) => e.val_loss),
      metric: epochs.map((e) => e.metric),
      ...report.metric ? { metric_name: report.metric } : {}
    } : void 0
  };
}
async function readValidation(path) {
  let json;
  try {
    json = JSON.parse(await readFile(path, "utf8"));
  } catch (e) {
    throw new MlgateError(`cannot read ${path}: ${e.message}`, {
      location: { file: path },
      hint: "pass the validation.json that validate-data wrote"
    });
  }
  const parsed = validationContract.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const key = issue.path.join(".") || "(top level)";
    throw new MlgateError(`${path}: ${key}: ${issue.message}`, {
      location: { file: path, key },
      hint: `expected ${VALIDATION_SCHEMA} as written by validate-data`
    });
  }
  return parsed.data;
}
async function loadSide(path, task, table2, logger) {
  if (await isModelBundle(path)) {
    const { predictions: predictions2, train } = await scoreBundle(path, table2, logger);
    return { predictions: predictions2, source: path, train, labelsFrom: predictions2.yTrue && table2?.source };
  }
  const t = await readTable(path);
  const predictions = predictionsFromTable(t, task);
  return { predictions, source: path, labelsFrom: predictions.yTrue && path };
}
function truthFrom(table2, label2) {
  const col = label2 ? table2?.columns.find((c) => c.name === label2) : void 0;
  if (!col) return void 0;
  return (row) => {
    const v2 = col.values[row];
    if (v2 === null || v2 === void 0) return void 0;
    return typeof v2 === "boolean" ? String(v2) : v2;
  };
}
function sliceColumns(cfg, table2, rows, configFile) {
  const names = cfg.slices.columns;
  if (names.length === 0) return [];
  if (!table2) {
    throw new MlgateError("evaluate.slices.columns needs the test data to look up slice values", {
      location: { file: configFile, key: "evaluate.slices.columns" },
      hint: "pass --data <test file> or set data.test in mlgate.yml"
    });
  }
  return names.map((name) => {
    const col = table2.columns.find((c) => c.name === name);
    if (!col) {
      throw new MlgateError(
        `evaluate.slices.columns: no column '${name}' in ${table2.source ?? "the test data"}`,
        {
          location: { file: configFile, key: "evaluate.slices.columns" },
          hint: `columns in the test data: ${table2.columns.map((c) => c.name).join(", ")}`
        }
      );
    }
    return {
      name,
      values: rows.map((r) => {
        if (r < 0 || r >= table2.rowCount) {
          throw new MlgateError(
            `predictions refer to row ${r}, but the test data has ${table2.rowCount} rows`,
            {
              location: { file: table2.source },
              hint: "score the predictions on the same test file"
            }
          );
        }
        return col.values[r] ?? null;
      })
    };
  });
}
var CHECK_SUMMARY_LIMIT = 65535;
function checkReportFor(evaluation, commentMarkdown, where) {
  const conclusion = evaluation.blocking ? "failure" : evaluation.verdict === "pass" ? "success" : "neutral";
  const failing = evaluation.comparisons.filter((c) => c.verdict && c.verdict !== "pass");
  return {
    name: `mlgate / ${evaluation.model}`,
    conclusion,
    title: evaluation.summary.length > 120 ? `${evaluation.summary.slice(0, 117)}\u2026` : evaluation.summary,
    summary: commentMarkdown.length > CHECK_SUMMARY_LIMIT ? `${evaluation.summary}

See the PR comment for details.` : commentMarkdown,
    annotations: failing.map((c) => {
      const line = where.lines.get(c.metric) ?? 1;
      return {
        path: where.path,
        start_line: line,
        end_line: line,
        annotation_level: c.verdict === "fail" ? "failure" : "warning",
        title: `${c.metric}: ${c.verdict}`,
        message: c.reasons.join("\n") || `${c.metric} ${fmt(c.candidate)}`
      };
    })
  };
}
async function evaluate(loaded, inputs, ports) {
  const { logger } = ports;
  const config = loaded?.config;
  const cfg = config?.evaluate ?? evaluateSection.parse({});
  const fromConfig = (p) => loaded ? resolveFromConfig(loaded, p) : resolve(p);
  const task = inputs.task ?? config?.model.task;
  const model = inputs.model ?? config?.model.name ?? "model";
  const readOptions = readOptionsFrom(loaded);
  await checkOutputPaths([join(resolve(inputs.out), "evaluation.json")]);
  if (task) {
    assertGateConfig(task, cfg, (p) => ({
      file: loaded?.file,
      line: loaded?.lineOf?.(p.path),
      key: p.path.join(".")
    }));
  }
  const validation = inputs.validation ? await readValidation(inputs.validation) : void 0;
  const gateLines = /* @__PURE__ */ new Map();
  for (const metric of Object.keys(cfg.gate)) {
    const line = loaded?.lineOf?.(["evaluate", "gate", metric]);
    if (line !== void 0) gateLines.set(metric, line);
  }
  const dataPath = inputs.data ?? (config?.data.test ? fromConfig(config.data.test) : void 0);
  const table2 = dataPath ? await readTable(dataPath, readOptions) : void 0;
  if (table2) logger.info(`test data: ${dataPath} (${table2.rowCount} rows)`);
  const candidate = await loadSide(inputs.candidate, task, table2, logger);
  const baselineSource = ports.baselineSource ?? localBaselineSource({ given: inputs.baseline, configured: cfg.baseline && fromConfig(cfg.baseline) });
  const ref = await baselineSource.resolve(model);
  const baseline = ref ? await loadSide(ref.path, task ?? candidate.predictions.task, table2, logger) : void 0;
  if (ref) logger.info(`baseline: ${ref.path} (${ref.origin})`);
  else logger.info("no baseline: first-model mode, absolute thresholds only");
  const resolvedTask = task ?? candidate.predictions.task;
  const aligned = alignPredictions(resolvedTask, candidate, baseline, truthFrom(table2, config?.model.label));
  warnAboutLabels(aligned, logger, {
    file: candidate.labelsFrom ?? baseline?.labelsFrom ?? dataPath,
    label: config?.model.label
  });
  const out = resolve(inputs.out);
  const files = {
    evaluation: join(out, "evaluation.json"),
    comment: join(out, "pr-comment.md"),
    html: join(out, "pr-comment.html"),
    candidate: join(out, "predictions-candidate.csv"),
    baseline: baseline ? join(out, "predictions-baseline.csv") : void 0
  };
  const rel = (p) => relative(out, p) || basename(p);
  const evaluation = evaluationSchema.parse(
    await buildEvaluation({
      model,
      aligned,
      candidate: { source: candidate.source, predictions: rel(files.candidate) },
      baseline: baseline && { source: baseline.source, predictions: rel(files.baseline) },
      config: cfg,
      configFile: loaded?.file,
      gateLines,
      sliceColumns: sliceColumns(cfg, table2, aligned.rows, loaded?.file),
      progress: ports.progress
    })
  );
  const commentKey = `evaluate:${model}`;
  const markdown2 = renderEvaluationComment(
    evaluation,
    { train: candidate.train, validation, links: ports.links },
    { budget: ports.commentBudget?.(commentKey) }
  );
  const outputs = {
    [files.evaluation]: toJson(evaluation),
    [files.comment]: markdown2,
    [files.html]: renderCommentHtml(markdown2, `mlgate \xB7 ${model}`),
    [files.candidate]: formatPredictionsCsv(candidate.predictions)
  };
  if (baseline && files.baseline) outputs[files.baseline] = formatPredictionsCsv(baseline.predictions);
  await writeOutputs(outputs);
  const commentUrl = await ports.publisher.upsertComment(commentKey, markdown2);
  await ports.publisher.summary(markdown2);
  const configPath = loaded?.file ? relative(process.cwd(), loaded.file) || "mlgate.yml" : "mlgate.yml";
  await ports.publisher.check?.(checkReportFor(evaluation, markdown2, { path: configPath, lines: gateLines }));
  return {
    evaluation,
    verdict: evaluation.verdict,
    blocking: evaluation.blocking,
    summary: evaluation.summary,
    files,
    commentUrl,
    exitCode: evaluation.blocking ? 1 : 0
  };
}

export {
  checkReportFor,
  evaluate
};
