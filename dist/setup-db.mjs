import { createRequire as __2lCreateRequire } from 'node:module'; const require = __2lCreateRequire(import.meta.url);
var __create = Object.create;
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __getProtoOf = Object.getPrototypeOf, __hasOwnProp = Object.prototype.hasOwnProperty;
var __require = /* @__PURE__ */ ((x) => typeof require < "u" ? require : typeof Proxy < "u" ? new Proxy(x, {
  get: (a, b) => (typeof require < "u" ? require : a)[b]
}) : x)(function(x) {
  if (typeof require < "u") return require.apply(this, arguments);
  throw Error('Dynamic require of "' + x + '" is not supported');
});
var __commonJS = (cb, mod) => function() {
  try {
    return mod || (0, cb[__getOwnPropNames(cb)[0]])((mod = { exports: {} }).exports, mod), mod.exports;
  } catch (e) {
    throw mod = 0, e;
  }
};
var __copyProps = (to, from, except, desc) => {
  if (from && typeof from == "object" || typeof from == "function")
    for (let key of __getOwnPropNames(from))
      !__hasOwnProp.call(to, key) && key !== except && __defProp(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable });
  return to;
};
var __toESM = (mod, isNodeMode, target) => (target = mod != null ? __create(__getProtoOf(mod)) : {}, __copyProps(
  // If the importer is in node compatibility mode or this is not an ESM
  // file that has been converted to a CommonJS file using a Babel-
  // compatible transform (i.e. "__esModule" has not been set), then set
  // "default" to the CommonJS "module.exports" for node compatibility.
  isNodeMode || !mod || !mod.__esModule ? __defProp(target, "default", { value: mod, enumerable: !0 }) : target,
  mod
));

// node_modules/yaml/dist/nodes/identity.js
var require_identity = __commonJS({
  "node_modules/yaml/dist/nodes/identity.js"(exports) {
    "use strict";
    var ALIAS = /* @__PURE__ */ Symbol.for("yaml.alias"), DOC = /* @__PURE__ */ Symbol.for("yaml.document"), MAP = /* @__PURE__ */ Symbol.for("yaml.map"), PAIR = /* @__PURE__ */ Symbol.for("yaml.pair"), SCALAR = /* @__PURE__ */ Symbol.for("yaml.scalar"), SEQ = /* @__PURE__ */ Symbol.for("yaml.seq"), NODE_TYPE = /* @__PURE__ */ Symbol.for("yaml.node.type"), isAlias = (node) => !!node && typeof node == "object" && node[NODE_TYPE] === ALIAS, isDocument = (node) => !!node && typeof node == "object" && node[NODE_TYPE] === DOC, isMap = (node) => !!node && typeof node == "object" && node[NODE_TYPE] === MAP, isPair = (node) => !!node && typeof node == "object" && node[NODE_TYPE] === PAIR, isScalar = (node) => !!node && typeof node == "object" && node[NODE_TYPE] === SCALAR, isSeq = (node) => !!node && typeof node == "object" && node[NODE_TYPE] === SEQ;
    function isCollection(node) {
      if (node && typeof node == "object")
        switch (node[NODE_TYPE]) {
          case MAP:
          case SEQ:
            return !0;
        }
      return !1;
    }
    function isNode(node) {
      if (node && typeof node == "object")
        switch (node[NODE_TYPE]) {
          case ALIAS:
          case MAP:
          case SCALAR:
          case SEQ:
            return !0;
        }
      return !1;
    }
    var hasAnchor = (node) => (isScalar(node) || isCollection(node)) && !!node.anchor;
    exports.ALIAS = ALIAS;
    exports.DOC = DOC;
    exports.MAP = MAP;
    exports.NODE_TYPE = NODE_TYPE;
    exports.PAIR = PAIR;
    exports.SCALAR = SCALAR;
    exports.SEQ = SEQ;
    exports.hasAnchor = hasAnchor;
    exports.isAlias = isAlias;
    exports.isCollection = isCollection;
    exports.isDocument = isDocument;
    exports.isMap = isMap;
    exports.isNode = isNode;
    exports.isPair = isPair;
    exports.isScalar = isScalar;
    exports.isSeq = isSeq;
  }
});

// node_modules/yaml/dist/visit.js
var require_visit = __commonJS({
  "node_modules/yaml/dist/visit.js"(exports) {
    "use strict";
    var identity = require_identity(), BREAK = /* @__PURE__ */ Symbol("break visit"), SKIP = /* @__PURE__ */ Symbol("skip children"), REMOVE = /* @__PURE__ */ Symbol("remove node");
    function visit2(node, visitor) {
      let visitor_ = initVisitor(visitor);
      identity.isDocument(node) ? visit_(null, node.contents, visitor_, Object.freeze([node])) === REMOVE && (node.contents = null) : visit_(null, node, visitor_, Object.freeze([]));
    }
    visit2.BREAK = BREAK;
    visit2.SKIP = SKIP;
    visit2.REMOVE = REMOVE;
    function visit_(key, node, visitor, path16) {
      let ctrl = callVisitor(key, node, visitor, path16);
      if (identity.isNode(ctrl) || identity.isPair(ctrl))
        return replaceNode(key, path16, ctrl), visit_(key, ctrl, visitor, path16);
      if (typeof ctrl != "symbol") {
        if (identity.isCollection(node)) {
          path16 = Object.freeze(path16.concat(node));
          for (let i = 0; i < node.items.length; ++i) {
            let ci = visit_(i, node.items[i], visitor, path16);
            if (typeof ci == "number")
              i = ci - 1;
            else {
              if (ci === BREAK)
                return BREAK;
              ci === REMOVE && (node.items.splice(i, 1), i -= 1);
            }
          }
        } else if (identity.isPair(node)) {
          path16 = Object.freeze(path16.concat(node));
          let ck = visit_("key", node.key, visitor, path16);
          if (ck === BREAK)
            return BREAK;
          ck === REMOVE && (node.key = null);
          let cv = visit_("value", node.value, visitor, path16);
          if (cv === BREAK)
            return BREAK;
          cv === REMOVE && (node.value = null);
        }
      }
      return ctrl;
    }
    async function visitAsync(node, visitor) {
      let visitor_ = initVisitor(visitor);
      identity.isDocument(node) ? await visitAsync_(null, node.contents, visitor_, Object.freeze([node])) === REMOVE && (node.contents = null) : await visitAsync_(null, node, visitor_, Object.freeze([]));
    }
    visitAsync.BREAK = BREAK;
    visitAsync.SKIP = SKIP;
    visitAsync.REMOVE = REMOVE;
    async function visitAsync_(key, node, visitor, path16) {
      let ctrl = await callVisitor(key, node, visitor, path16);
      if (identity.isNode(ctrl) || identity.isPair(ctrl))
        return replaceNode(key, path16, ctrl), visitAsync_(key, ctrl, visitor, path16);
      if (typeof ctrl != "symbol") {
        if (identity.isCollection(node)) {
          path16 = Object.freeze(path16.concat(node));
          for (let i = 0; i < node.items.length; ++i) {
            let ci = await visitAsync_(i, node.items[i], visitor, path16);
            if (typeof ci == "number")
              i = ci - 1;
            else {
              if (ci === BREAK)
                return BREAK;
              ci === REMOVE && (node.items.splice(i, 1), i -= 1);
            }
          }
        } else if (identity.isPair(node)) {
          path16 = Object.freeze(path16.concat(node));
          let ck = await visitAsync_("key", node.key, visitor, path16);
          if (ck === BREAK)
            return BREAK;
          ck === REMOVE && (node.key = null);
          let cv = await visitAsync_("value", node.value, visitor, path16);
          if (cv === BREAK)
            return BREAK;
          cv === REMOVE && (node.value = null);
        }
      }
      return ctrl;
    }
    function initVisitor(visitor) {
      return typeof visitor == "object" && (visitor.Collection || visitor.Node || visitor.Value) ? Object.assign({
        Alias: visitor.Node,
        Map: visitor.Node,
        Scalar: visitor.Node,
        Seq: visitor.Node
      }, visitor.Value && {
        Map: visitor.Value,
        Scalar: visitor.Value,
        Seq: visitor.Value
      }, visitor.Collection && {
        Map: visitor.Collection,
        Seq: visitor.Collection
      }, visitor) : visitor;
    }
    function callVisitor(key, node, visitor, path16) {
      if (typeof visitor == "function")
        return visitor(key, node, path16);
      if (identity.isMap(node))
        return visitor.Map?.(key, node, path16);
      if (identity.isSeq(node))
        return visitor.Seq?.(key, node, path16);
      if (identity.isPair(node))
        return visitor.Pair?.(key, node, path16);
      if (identity.isScalar(node))
        return visitor.Scalar?.(key, node, path16);
      if (identity.isAlias(node))
        return visitor.Alias?.(key, node, path16);
    }
    function replaceNode(key, path16, node) {
      let parent = path16[path16.length - 1];
      if (identity.isCollection(parent))
        parent.items[key] = node;
      else if (identity.isPair(parent))
        key === "key" ? parent.key = node : parent.value = node;
      else if (identity.isDocument(parent))
        parent.contents = node;
      else {
        let pt = identity.isAlias(parent) ? "alias" : "scalar";
        throw new Error(`Cannot replace node with ${pt} parent`);
      }
    }
    exports.visit = visit2;
    exports.visitAsync = visitAsync;
  }
});

// node_modules/yaml/dist/doc/directives.js
var require_directives = __commonJS({
  "node_modules/yaml/dist/doc/directives.js"(exports) {
    "use strict";
    var identity = require_identity(), visit2 = require_visit(), escapeChars = {
      "!": "%21",
      ",": "%2C",
      "[": "%5B",
      "]": "%5D",
      "{": "%7B",
      "}": "%7D"
    }, escapeTagName = (tn) => tn.replace(/[!,[\]{}]/g, (ch) => escapeChars[ch]), Directives = class _Directives {
      constructor(yaml, tags) {
        this.docStart = null, this.docEnd = !1, this.yaml = Object.assign({}, _Directives.defaultYaml, yaml), this.tags = Object.assign({}, _Directives.defaultTags, tags);
      }
      clone() {
        let copy = new _Directives(this.yaml, this.tags);
        return copy.docStart = this.docStart, copy;
      }
      /**
       * During parsing, get a Directives instance for the current document and
       * update the stream state according to the current version's spec.
       */
      atDocument() {
        let res = new _Directives(this.yaml, this.tags);
        switch (this.yaml.version) {
          case "1.1":
            this.atNextDocument = !0;
            break;
          case "1.2":
            this.atNextDocument = !1, this.yaml = {
              explicit: _Directives.defaultYaml.explicit,
              version: "1.2"
            }, this.tags = Object.assign({}, _Directives.defaultTags);
            break;
        }
        return res;
      }
      /**
       * @param onError - May be called even if the action was successful
       * @returns `true` on success
       */
      add(line, onError) {
        this.atNextDocument && (this.yaml = { explicit: _Directives.defaultYaml.explicit, version: "1.1" }, this.tags = Object.assign({}, _Directives.defaultTags), this.atNextDocument = !1);
        let parts = line.trim().split(/[ \t]+/), name = parts.shift();
        switch (name) {
          case "%TAG": {
            if (parts.length !== 2 && (onError(0, "%TAG directive should contain exactly two parts"), parts.length < 2))
              return !1;
            let [handle, prefix] = parts;
            return this.tags[handle] = prefix, !0;
          }
          case "%YAML": {
            if (this.yaml.explicit = !0, parts.length !== 1)
              return onError(0, "%YAML directive should contain exactly one part"), !1;
            let [version] = parts;
            if (version === "1.1" || version === "1.2")
              return this.yaml.version = version, !0;
            {
              let isValid = /^\d+\.\d+$/.test(version);
              return onError(6, `Unsupported YAML version ${version}`, isValid), !1;
            }
          }
          default:
            return onError(0, `Unknown directive ${name}`, !0), !1;
        }
      }
      /**
       * Resolves a tag, matching handles to those defined in %TAG directives.
       *
       * @returns Resolved tag, which may also be the non-specific tag `'!'` or a
       *   `'!local'` tag, or `null` if unresolvable.
       */
      tagName(source, onError) {
        if (source === "!")
          return "!";
        if (source[0] !== "!")
          return onError(`Not a valid tag: ${source}`), null;
        if (source[1] === "<") {
          let verbatim = source.slice(2, -1);
          return verbatim === "!" || verbatim === "!!" ? (onError(`Verbatim tags aren't resolved, so ${source} is invalid.`), null) : (source[source.length - 1] !== ">" && onError("Verbatim tags must end with a >"), verbatim);
        }
        let [, handle, suffix] = source.match(/^(.*!)([^!]*)$/s);
        suffix || onError(`The ${source} tag has no suffix`);
        let prefix = this.tags[handle];
        if (prefix)
          try {
            return prefix + decodeURIComponent(suffix);
          } catch (error) {
            return onError(String(error)), null;
          }
        return handle === "!" ? source : (onError(`Could not resolve tag: ${source}`), null);
      }
      /**
       * Given a fully resolved tag, returns its printable string form,
       * taking into account current tag prefixes and defaults.
       */
      tagString(tag) {
        for (let [handle, prefix] of Object.entries(this.tags))
          if (tag.startsWith(prefix))
            return handle + escapeTagName(tag.substring(prefix.length));
        return tag[0] === "!" ? tag : `!<${tag}>`;
      }
      toString(doc) {
        let lines = this.yaml.explicit ? [`%YAML ${this.yaml.version || "1.2"}`] : [], tagEntries = Object.entries(this.tags), tagNames;
        if (doc && tagEntries.length > 0 && identity.isNode(doc.contents)) {
          let tags = {};
          visit2.visit(doc.contents, (_key, node) => {
            identity.isNode(node) && node.tag && (tags[node.tag] = !0);
          }), tagNames = Object.keys(tags);
        } else
          tagNames = [];
        for (let [handle, prefix] of tagEntries)
          handle === "!!" && prefix === "tag:yaml.org,2002:" || (!doc || tagNames.some((tn) => tn.startsWith(prefix))) && lines.push(`%TAG ${handle} ${prefix}`);
        return lines.join(`
`);
      }
    };
    Directives.defaultYaml = { explicit: !1, version: "1.2" };
    Directives.defaultTags = { "!!": "tag:yaml.org,2002:" };
    exports.Directives = Directives;
  }
});

// node_modules/yaml/dist/doc/anchors.js
var require_anchors = __commonJS({
  "node_modules/yaml/dist/doc/anchors.js"(exports) {
    "use strict";
    var identity = require_identity(), visit2 = require_visit();
    function anchorIsValid(anchor) {
      if (/[\x00-\x19\s,[\]{}]/.test(anchor)) {
        let msg = `Anchor must not contain whitespace or control characters: ${JSON.stringify(anchor)}`;
        throw new Error(msg);
      }
      return !0;
    }
    function anchorNames(root) {
      let anchors = /* @__PURE__ */ new Set();
      return visit2.visit(root, {
        Value(_key, node) {
          node.anchor && anchors.add(node.anchor);
        }
      }), anchors;
    }
    function findNewAnchor(prefix, exclude) {
      for (let i = 1; ; ++i) {
        let name = `${prefix}${i}`;
        if (!exclude.has(name))
          return name;
      }
    }
    function createNodeAnchors(doc, prefix) {
      let aliasObjects = [], sourceObjects = /* @__PURE__ */ new Map(), prevAnchors = null;
      return {
        onAnchor: (source) => {
          aliasObjects.push(source), prevAnchors ?? (prevAnchors = anchorNames(doc));
          let anchor = findNewAnchor(prefix, prevAnchors);
          return prevAnchors.add(anchor), anchor;
        },
        /**
         * With circular references, the source node is only resolved after all
         * of its child nodes are. This is why anchors are set only after all of
         * the nodes have been created.
         */
        setAnchors: () => {
          for (let source of aliasObjects) {
            let ref = sourceObjects.get(source);
            if (typeof ref == "object" && ref.anchor && (identity.isScalar(ref.node) || identity.isCollection(ref.node)))
              ref.node.anchor = ref.anchor;
            else {
              let error = new Error("Failed to resolve repeated object (this should not happen)");
              throw error.source = source, error;
            }
          }
        },
        sourceObjects
      };
    }
    exports.anchorIsValid = anchorIsValid;
    exports.anchorNames = anchorNames;
    exports.createNodeAnchors = createNodeAnchors;
    exports.findNewAnchor = findNewAnchor;
  }
});

// node_modules/yaml/dist/doc/applyReviver.js
var require_applyReviver = __commonJS({
  "node_modules/yaml/dist/doc/applyReviver.js"(exports) {
    "use strict";
    function applyReviver(reviver, obj, key, val) {
      if (val && typeof val == "object")
        if (Array.isArray(val))
          for (let i = 0, len = val.length; i < len; ++i) {
            let v0 = val[i], v1 = applyReviver(reviver, val, String(i), v0);
            v1 === void 0 ? delete val[i] : v1 !== v0 && (val[i] = v1);
          }
        else if (val instanceof Map)
          for (let k of Array.from(val.keys())) {
            let v0 = val.get(k), v1 = applyReviver(reviver, val, k, v0);
            v1 === void 0 ? val.delete(k) : v1 !== v0 && val.set(k, v1);
          }
        else if (val instanceof Set)
          for (let v0 of Array.from(val)) {
            let v1 = applyReviver(reviver, val, v0, v0);
            v1 === void 0 ? val.delete(v0) : v1 !== v0 && (val.delete(v0), val.add(v1));
          }
        else
          for (let [k, v0] of Object.entries(val)) {
            let v1 = applyReviver(reviver, val, k, v0);
            v1 === void 0 ? delete val[k] : v1 !== v0 && (val[k] = v1);
          }
      return reviver.call(obj, key, val);
    }
    exports.applyReviver = applyReviver;
  }
});

// node_modules/yaml/dist/nodes/toJS.js
var require_toJS = __commonJS({
  "node_modules/yaml/dist/nodes/toJS.js"(exports) {
    "use strict";
    var identity = require_identity();
    function toJS(value, arg, ctx) {
      if (Array.isArray(value))
        return value.map((v, i) => toJS(v, String(i), ctx));
      if (value && typeof value.toJSON == "function") {
        if (!ctx || !identity.hasAnchor(value))
          return value.toJSON(arg, ctx);
        let data = { aliasCount: 0, count: 1, res: void 0 };
        ctx.anchors.set(value, data), ctx.onCreate = (res2) => {
          data.res = res2, delete ctx.onCreate;
        };
        let res = value.toJSON(arg, ctx);
        return ctx.onCreate && ctx.onCreate(res), res;
      }
      return typeof value == "bigint" && !ctx?.keep ? Number(value) : value;
    }
    exports.toJS = toJS;
  }
});

// node_modules/yaml/dist/nodes/Node.js
var require_Node = __commonJS({
  "node_modules/yaml/dist/nodes/Node.js"(exports) {
    "use strict";
    var applyReviver = require_applyReviver(), identity = require_identity(), toJS = require_toJS(), NodeBase = class {
      constructor(type) {
        Object.defineProperty(this, identity.NODE_TYPE, { value: type });
      }
      /** Create a copy of this node.  */
      clone() {
        let copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
        return this.range && (copy.range = this.range.slice()), copy;
      }
      /** A plain JavaScript representation of this node. */
      toJS(doc, { mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
        if (!identity.isDocument(doc))
          throw new TypeError("A document argument is required");
        let ctx = {
          anchors: /* @__PURE__ */ new Map(),
          doc,
          keep: !0,
          mapAsMap: mapAsMap === !0,
          mapKeyWarned: !1,
          maxAliasCount: typeof maxAliasCount == "number" ? maxAliasCount : 100
        }, res = toJS.toJS(this, "", ctx);
        if (typeof onAnchor == "function")
          for (let { count, res: res2 } of ctx.anchors.values())
            onAnchor(res2, count);
        return typeof reviver == "function" ? applyReviver.applyReviver(reviver, { "": res }, "", res) : res;
      }
    };
    exports.NodeBase = NodeBase;
  }
});

// node_modules/yaml/dist/nodes/Alias.js
var require_Alias = __commonJS({
  "node_modules/yaml/dist/nodes/Alias.js"(exports) {
    "use strict";
    var anchors = require_anchors(), visit2 = require_visit(), identity = require_identity(), Node = require_Node(), toJS = require_toJS(), Alias = class extends Node.NodeBase {
      constructor(source) {
        super(identity.ALIAS), this.source = source, Object.defineProperty(this, "tag", {
          set() {
            throw new Error("Alias nodes cannot have tags");
          }
        });
      }
      /**
       * Resolve the value of this alias within `doc`, finding the last
       * instance of the `source` anchor before this node.
       */
      resolve(doc, ctx) {
        if (ctx?.maxAliasCount === 0)
          throw new ReferenceError("Alias resolution is disabled");
        let nodes;
        ctx?.aliasResolveCache ? nodes = ctx.aliasResolveCache : (nodes = [], visit2.visit(doc, {
          Node: (_key, node) => {
            (identity.isAlias(node) || identity.hasAnchor(node)) && nodes.push(node);
          }
        }), ctx && (ctx.aliasResolveCache = nodes));
        let found;
        for (let node of nodes) {
          if (node === this)
            break;
          node.anchor === this.source && (found = node);
        }
        if (found && ctx) {
          let { anchors: anchors2, doc: doc2, maxAliasCount } = ctx, data = anchors2.get(found);
          if (data || (toJS.toJS(found, null, ctx), data = anchors2.get(found)), data?.res === void 0) {
            let msg = "This should not happen: Alias anchor was not resolved?";
            throw new ReferenceError(msg);
          }
          if (maxAliasCount >= 0 && (data.count += 1, data.aliasCount === 0 && (data.aliasCount = getAliasCount(doc2, found, anchors2)), data.count * data.aliasCount > maxAliasCount)) {
            let msg = "Excessive alias count indicates a resource exhaustion attack";
            throw new ReferenceError(msg);
          }
        }
        return found;
      }
      toJSON(_arg, ctx) {
        if (!ctx)
          return { source: this.source };
        let source = this.resolve(ctx.doc, ctx);
        if (!source) {
          let msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
          throw new ReferenceError(msg);
        }
        return ctx.anchors.get(source).res;
      }
      toString(ctx, _onComment, _onChompKeep) {
        let src = `*${this.source}`;
        if (ctx) {
          if (anchors.anchorIsValid(this.source), ctx.options.verifyAliasOrder && !ctx.anchors.has(this.source)) {
            let msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
            throw new Error(msg);
          }
          if (ctx.implicitKey)
            return `${src} `;
        }
        return src;
      }
    };
    function getAliasCount(doc, node, anchors2) {
      if (identity.isAlias(node)) {
        let source = node.resolve(doc), anchor = anchors2 && source && anchors2.get(source);
        return anchor ? anchor.count * anchor.aliasCount : 0;
      } else if (identity.isCollection(node)) {
        let count = 0;
        for (let item of node.items) {
          let c = getAliasCount(doc, item, anchors2);
          c > count && (count = c);
        }
        return count;
      } else if (identity.isPair(node)) {
        let kc = getAliasCount(doc, node.key, anchors2), vc = getAliasCount(doc, node.value, anchors2);
        return Math.max(kc, vc);
      }
      return 1;
    }
    exports.Alias = Alias;
  }
});

// node_modules/yaml/dist/nodes/Scalar.js
var require_Scalar = __commonJS({
  "node_modules/yaml/dist/nodes/Scalar.js"(exports) {
    "use strict";
    var identity = require_identity(), Node = require_Node(), toJS = require_toJS(), isScalarValue = (value) => !value || typeof value != "function" && typeof value != "object", Scalar = class extends Node.NodeBase {
      constructor(value) {
        super(identity.SCALAR), this.value = value;
      }
      toJSON(arg, ctx) {
        return ctx?.keep ? this.value : toJS.toJS(this.value, arg, ctx);
      }
      toString() {
        return String(this.value);
      }
    };
    Scalar.BLOCK_FOLDED = "BLOCK_FOLDED";
    Scalar.BLOCK_LITERAL = "BLOCK_LITERAL";
    Scalar.PLAIN = "PLAIN";
    Scalar.QUOTE_DOUBLE = "QUOTE_DOUBLE";
    Scalar.QUOTE_SINGLE = "QUOTE_SINGLE";
    exports.Scalar = Scalar;
    exports.isScalarValue = isScalarValue;
  }
});

// node_modules/yaml/dist/doc/createNode.js
var require_createNode = __commonJS({
  "node_modules/yaml/dist/doc/createNode.js"(exports) {
    "use strict";
    var Alias = require_Alias(), identity = require_identity(), Scalar = require_Scalar(), defaultTagPrefix = "tag:yaml.org,2002:";
    function findTagObject(value, tagName, tags) {
      if (tagName) {
        let match = tags.filter((t) => t.tag === tagName), tagObj = match.find((t) => !t.format) ?? match[0];
        if (!tagObj)
          throw new Error(`Tag ${tagName} not found`);
        return tagObj;
      }
      return tags.find((t) => t.identify?.(value) && !t.format);
    }
    function createNode(value, tagName, ctx) {
      if (identity.isDocument(value) && (value = value.contents), identity.isNode(value))
        return value;
      if (identity.isPair(value)) {
        let map = ctx.schema[identity.MAP].createNode?.(ctx.schema, null, ctx);
        return map.items.push(value), map;
      }
      (value instanceof String || value instanceof Number || value instanceof Boolean || typeof BigInt < "u" && value instanceof BigInt) && (value = value.valueOf());
      let { aliasDuplicateObjects, onAnchor, onTagObj, schema, sourceObjects } = ctx, ref;
      if (aliasDuplicateObjects && value && typeof value == "object") {
        if (ref = sourceObjects.get(value), ref)
          return ref.anchor ?? (ref.anchor = onAnchor(value)), new Alias.Alias(ref.anchor);
        ref = { anchor: null, node: null }, sourceObjects.set(value, ref);
      }
      tagName?.startsWith("!!") && (tagName = defaultTagPrefix + tagName.slice(2));
      let tagObj = findTagObject(value, tagName, schema.tags);
      if (!tagObj) {
        if (value && typeof value.toJSON == "function" && (value = value.toJSON()), !value || typeof value != "object") {
          let node2 = new Scalar.Scalar(value);
          return ref && (ref.node = node2), node2;
        }
        tagObj = value instanceof Map ? schema[identity.MAP] : Symbol.iterator in Object(value) ? schema[identity.SEQ] : schema[identity.MAP];
      }
      onTagObj && (onTagObj(tagObj), delete ctx.onTagObj);
      let node = tagObj?.createNode ? tagObj.createNode(ctx.schema, value, ctx) : typeof tagObj?.nodeClass?.from == "function" ? tagObj.nodeClass.from(ctx.schema, value, ctx) : new Scalar.Scalar(value);
      return tagName ? node.tag = tagName : tagObj.default || (node.tag = tagObj.tag), ref && (ref.node = node), node;
    }
    exports.createNode = createNode;
  }
});

// node_modules/yaml/dist/nodes/Collection.js
var require_Collection = __commonJS({
  "node_modules/yaml/dist/nodes/Collection.js"(exports) {
    "use strict";
    var createNode = require_createNode(), identity = require_identity(), Node = require_Node();
    function collectionFromPath(schema, path16, value) {
      let v = value;
      for (let i = path16.length - 1; i >= 0; --i) {
        let k = path16[i];
        if (typeof k == "number" && Number.isInteger(k) && k >= 0) {
          let a = [];
          a[k] = v, v = a;
        } else
          v = /* @__PURE__ */ new Map([[k, v]]);
      }
      return createNode.createNode(v, void 0, {
        aliasDuplicateObjects: !1,
        keepUndefined: !1,
        onAnchor: () => {
          throw new Error("This should not happen, please report a bug.");
        },
        schema,
        sourceObjects: /* @__PURE__ */ new Map()
      });
    }
    var isEmptyPath = (path16) => path16 == null || typeof path16 == "object" && !!path16[Symbol.iterator]().next().done, Collection = class extends Node.NodeBase {
      constructor(type, schema) {
        super(type), Object.defineProperty(this, "schema", {
          value: schema,
          configurable: !0,
          enumerable: !1,
          writable: !0
        });
      }
      /**
       * Create a copy of this collection.
       *
       * @param schema - If defined, overwrites the original's schema
       */
      clone(schema) {
        let copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
        return schema && (copy.schema = schema), copy.items = copy.items.map((it) => identity.isNode(it) || identity.isPair(it) ? it.clone(schema) : it), this.range && (copy.range = this.range.slice()), copy;
      }
      /**
       * Adds a value to the collection. For `!!map` and `!!omap` the value must
       * be a Pair instance or a `{ key, value }` object, which may not have a key
       * that already exists in the map.
       */
      addIn(path16, value) {
        if (isEmptyPath(path16))
          this.add(value);
        else {
          let [key, ...rest] = path16, node = this.get(key, !0);
          if (identity.isCollection(node))
            node.addIn(rest, value);
          else if (node === void 0 && this.schema)
            this.set(key, collectionFromPath(this.schema, rest, value));
          else
            throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
        }
      }
      /**
       * Removes a value from the collection.
       * @returns `true` if the item was found and removed.
       */
      deleteIn(path16) {
        let [key, ...rest] = path16;
        if (rest.length === 0)
          return this.delete(key);
        let node = this.get(key, !0);
        if (identity.isCollection(node))
          return node.deleteIn(rest);
        throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
      }
      /**
       * Returns item at `key`, or `undefined` if not found. By default unwraps
       * scalar values from their surrounding node; to disable set `keepScalar` to
       * `true` (collections are always returned intact).
       */
      getIn(path16, keepScalar) {
        let [key, ...rest] = path16, node = this.get(key, !0);
        return rest.length === 0 ? !keepScalar && identity.isScalar(node) ? node.value : node : identity.isCollection(node) ? node.getIn(rest, keepScalar) : void 0;
      }
      hasAllNullValues(allowScalar) {
        return this.items.every((node) => {
          if (!identity.isPair(node))
            return !1;
          let n = node.value;
          return n == null || allowScalar && identity.isScalar(n) && n.value == null && !n.commentBefore && !n.comment && !n.tag;
        });
      }
      /**
       * Checks if the collection includes a value with the key `key`.
       */
      hasIn(path16) {
        let [key, ...rest] = path16;
        if (rest.length === 0)
          return this.has(key);
        let node = this.get(key, !0);
        return identity.isCollection(node) ? node.hasIn(rest) : !1;
      }
      /**
       * Sets a value in this collection. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       */
      setIn(path16, value) {
        let [key, ...rest] = path16;
        if (rest.length === 0)
          this.set(key, value);
        else {
          let node = this.get(key, !0);
          if (identity.isCollection(node))
            node.setIn(rest, value);
          else if (node === void 0 && this.schema)
            this.set(key, collectionFromPath(this.schema, rest, value));
          else
            throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
        }
      }
    };
    exports.Collection = Collection;
    exports.collectionFromPath = collectionFromPath;
    exports.isEmptyPath = isEmptyPath;
  }
});

// node_modules/yaml/dist/stringify/stringifyComment.js
var require_stringifyComment = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyComment.js"(exports) {
    "use strict";
    var stringifyComment = (str) => str.replace(/^(?!$)(?: $)?/gm, "#");
    function indentComment(comment, indent) {
      return /^\n+$/.test(comment) ? comment.substring(1) : indent ? comment.replace(/^(?! *$)/gm, indent) : comment;
    }
    var lineComment = (str, indent, comment) => str.endsWith(`
`) ? indentComment(comment, indent) : comment.includes(`
`) ? `
` + indentComment(comment, indent) : (str.endsWith(" ") ? "" : " ") + comment;
    exports.indentComment = indentComment;
    exports.lineComment = lineComment;
    exports.stringifyComment = stringifyComment;
  }
});

// node_modules/yaml/dist/stringify/foldFlowLines.js
var require_foldFlowLines = __commonJS({
  "node_modules/yaml/dist/stringify/foldFlowLines.js"(exports) {
    "use strict";
    var FOLD_FLOW = "flow", FOLD_BLOCK = "block", FOLD_QUOTED = "quoted";
    function foldFlowLines(text, indent, mode = "flow", { indentAtStart, lineWidth = 80, minContentWidth = 20, onFold, onOverflow } = {}) {
      if (!lineWidth || lineWidth < 0)
        return text;
      lineWidth < minContentWidth && (minContentWidth = 0);
      let endStep = Math.max(1 + minContentWidth, 1 + lineWidth - indent.length);
      if (text.length <= endStep)
        return text;
      let folds = [], escapedFolds = {}, end = lineWidth - indent.length;
      typeof indentAtStart == "number" && (indentAtStart > lineWidth - Math.max(2, minContentWidth) ? folds.push(0) : end = lineWidth - indentAtStart);
      let split, prev, overflow = !1, i = -1, escStart = -1, escEnd = -1;
      mode === FOLD_BLOCK && (i = consumeMoreIndentedLines(text, i, indent.length), i !== -1 && (end = i + endStep));
      for (let ch; ch = text[i += 1]; ) {
        if (mode === FOLD_QUOTED && ch === "\\") {
          switch (escStart = i, text[i + 1]) {
            case "x":
              i += 3;
              break;
            case "u":
              i += 5;
              break;
            case "U":
              i += 9;
              break;
            default:
              i += 1;
          }
          escEnd = i;
        }
        if (ch === `
`)
          mode === FOLD_BLOCK && (i = consumeMoreIndentedLines(text, i, indent.length)), end = i + indent.length + endStep, split = void 0;
        else {
          if (ch === " " && prev && prev !== " " && prev !== `
` && prev !== "	") {
            let next = text[i + 1];
            next && next !== " " && next !== `
` && next !== "	" && (split = i);
          }
          if (i >= end)
            if (split)
              folds.push(split), end = split + endStep, split = void 0;
            else if (mode === FOLD_QUOTED) {
              for (; prev === " " || prev === "	"; )
                prev = ch, ch = text[i += 1], overflow = !0;
              let j = i > escEnd + 1 ? i - 2 : escStart - 1;
              if (escapedFolds[j])
                return text;
              folds.push(j), escapedFolds[j] = !0, end = j + endStep, split = void 0;
            } else
              overflow = !0;
        }
        prev = ch;
      }
      if (overflow && onOverflow && onOverflow(), folds.length === 0)
        return text;
      onFold && onFold();
      let res = text.slice(0, folds[0]);
      for (let i2 = 0; i2 < folds.length; ++i2) {
        let fold = folds[i2], end2 = folds[i2 + 1] || text.length;
        fold === 0 ? res = `
${indent}${text.slice(0, end2)}` : (mode === FOLD_QUOTED && escapedFolds[fold] && (res += `${text[fold]}\\`), res += `
${indent}${text.slice(fold + 1, end2)}`);
      }
      return res;
    }
    function consumeMoreIndentedLines(text, i, indent) {
      let end = i, start = i + 1, ch = text[start];
      for (; ch === " " || ch === "	"; )
        if (i < start + indent)
          ch = text[++i];
        else {
          do
            ch = text[++i];
          while (ch && ch !== `
`);
          end = i, start = i + 1, ch = text[start];
        }
      return end;
    }
    exports.FOLD_BLOCK = FOLD_BLOCK;
    exports.FOLD_FLOW = FOLD_FLOW;
    exports.FOLD_QUOTED = FOLD_QUOTED;
    exports.foldFlowLines = foldFlowLines;
  }
});

// node_modules/yaml/dist/stringify/stringifyString.js
var require_stringifyString = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyString.js"(exports) {
    "use strict";
    var Scalar = require_Scalar(), foldFlowLines = require_foldFlowLines(), getFoldOptions = (ctx, isBlock) => ({
      indentAtStart: isBlock ? ctx.indent.length : ctx.indentAtStart,
      lineWidth: ctx.options.lineWidth,
      minContentWidth: ctx.options.minContentWidth
    }), containsDocumentMarker = (str) => /^(%|---|\.\.\.)/m.test(str);
    function lineLengthOverLimit(str, lineWidth, indentLength) {
      if (!lineWidth || lineWidth < 0)
        return !1;
      let limit = lineWidth - indentLength, strLen = str.length;
      if (strLen <= limit)
        return !1;
      for (let i = 0, start = 0; i < strLen; ++i)
        if (str[i] === `
`) {
          if (i - start > limit)
            return !0;
          if (start = i + 1, strLen - start <= limit)
            return !1;
        }
      return !0;
    }
    function doubleQuotedString(value, ctx) {
      let json = JSON.stringify(value);
      if (ctx.options.doubleQuotedAsJSON)
        return json;
      let { implicitKey } = ctx, minMultiLineLength = ctx.options.doubleQuotedMinMultiLineLength, indent = ctx.indent || (containsDocumentMarker(value) ? "  " : ""), str = "", start = 0;
      for (let i = 0, ch = json[i]; ch; ch = json[++i])
        if (ch === " " && json[i + 1] === "\\" && json[i + 2] === "n" && (str += json.slice(start, i) + "\\ ", i += 1, start = i, ch = "\\"), ch === "\\")
          switch (json[i + 1]) {
            case "u":
              {
                str += json.slice(start, i);
                let code = json.substr(i + 2, 4);
                switch (code) {
                  case "0000":
                    str += "\\0";
                    break;
                  case "0007":
                    str += "\\a";
                    break;
                  case "000b":
                    str += "\\v";
                    break;
                  case "001b":
                    str += "\\e";
                    break;
                  case "0085":
                    str += "\\N";
                    break;
                  case "00a0":
                    str += "\\_";
                    break;
                  case "2028":
                    str += "\\L";
                    break;
                  case "2029":
                    str += "\\P";
                    break;
                  default:
                    code.substr(0, 2) === "00" ? str += "\\x" + code.substr(2) : str += json.substr(i, 6);
                }
                i += 5, start = i + 1;
              }
              break;
            case "n":
              if (implicitKey || json[i + 2] === '"' || json.length < minMultiLineLength)
                i += 1;
              else {
                for (str += json.slice(start, i) + `

`; json[i + 2] === "\\" && json[i + 3] === "n" && json[i + 4] !== '"'; )
                  str += `
`, i += 2;
                str += indent, json[i + 2] === " " && (str += "\\"), i += 1, start = i + 1;
              }
              break;
            default:
              i += 1;
          }
      return str = start ? str + json.slice(start) : json, implicitKey ? str : foldFlowLines.foldFlowLines(str, indent, foldFlowLines.FOLD_QUOTED, getFoldOptions(ctx, !1));
    }
    function singleQuotedString(value, ctx) {
      if (ctx.options.singleQuote === !1 || ctx.implicitKey && value.includes(`
`) || /[ \t]\n|\n[ \t]/.test(value))
        return doubleQuotedString(value, ctx);
      let indent = ctx.indent || (containsDocumentMarker(value) ? "  " : ""), res = "'" + value.replace(/'/g, "''").replace(/\n+/g, `$&
${indent}`) + "'";
      return ctx.implicitKey ? res : foldFlowLines.foldFlowLines(res, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, !1));
    }
    function quotedString(value, ctx) {
      let { singleQuote } = ctx.options, qs;
      if (singleQuote === !1)
        qs = doubleQuotedString;
      else {
        let hasDouble = value.includes('"'), hasSingle = value.includes("'");
        hasDouble && !hasSingle ? qs = singleQuotedString : hasSingle && !hasDouble ? qs = doubleQuotedString : qs = singleQuote ? singleQuotedString : doubleQuotedString;
      }
      return qs(value, ctx);
    }
    var blockEndNewlines;
    try {
      blockEndNewlines = new RegExp(`(^|(?<!
))
+(?!
|$)`, "g");
    } catch {
      blockEndNewlines = /\n+(?!\n|$)/g;
    }
    function blockString({ comment, type, value }, ctx, onComment, onChompKeep) {
      let { blockQuote, commentString, lineWidth } = ctx.options;
      if (!blockQuote || /\n[\t ]+$/.test(value))
        return quotedString(value, ctx);
      let indent = ctx.indent || (ctx.forceBlockIndent || containsDocumentMarker(value) ? "  " : ""), literal = blockQuote === "literal" ? !0 : blockQuote === "folded" || type === Scalar.Scalar.BLOCK_FOLDED ? !1 : type === Scalar.Scalar.BLOCK_LITERAL ? !0 : !lineLengthOverLimit(value, lineWidth, indent.length);
      if (!value)
        return literal ? `|
` : `>
`;
      let chomp, endStart;
      for (endStart = value.length; endStart > 0; --endStart) {
        let ch = value[endStart - 1];
        if (ch !== `
` && ch !== "	" && ch !== " ")
          break;
      }
      let end = value.substring(endStart), endNlPos = end.indexOf(`
`);
      endNlPos === -1 ? chomp = "-" : value === end || endNlPos !== end.length - 1 ? (chomp = "+", onChompKeep && onChompKeep()) : chomp = "", end && (value = value.slice(0, -end.length), end[end.length - 1] === `
` && (end = end.slice(0, -1)), end = end.replace(blockEndNewlines, `$&${indent}`));
      let startWithSpace = !1, startEnd, startNlPos = -1;
      for (startEnd = 0; startEnd < value.length; ++startEnd) {
        let ch = value[startEnd];
        if (ch === " ")
          startWithSpace = !0;
        else if (ch === `
`)
          startNlPos = startEnd;
        else
          break;
      }
      let start = value.substring(0, startNlPos < startEnd ? startNlPos + 1 : startEnd);
      start && (value = value.substring(start.length), start = start.replace(/\n+/g, `$&${indent}`));
      let header = (startWithSpace ? indent ? "2" : "1" : "") + chomp;
      if (comment && (header += " " + commentString(comment.replace(/ ?[\r\n]+/g, " ")), onComment && onComment()), !literal) {
        let foldedValue = value.replace(/\n+/g, `
$&`).replace(/(?:^|\n)([\t ].*)(?:([\n\t ]*)\n(?![\n\t ]))?/g, "$1$2").replace(/\n+/g, `$&${indent}`), literalFallback = !1, foldOptions = getFoldOptions(ctx, !0);
        blockQuote !== "folded" && type !== Scalar.Scalar.BLOCK_FOLDED && (foldOptions.onOverflow = () => {
          literalFallback = !0;
        });
        let body = foldFlowLines.foldFlowLines(`${start}${foldedValue}${end}`, indent, foldFlowLines.FOLD_BLOCK, foldOptions);
        if (!literalFallback)
          return `>${header}
${indent}${body}`;
      }
      return value = value.replace(/\n+/g, `$&${indent}`), `|${header}
${indent}${start}${value}${end}`;
    }
    function plainString(item, ctx, onComment, onChompKeep) {
      let { type, value } = item, { actualString, implicitKey, indent, indentStep, inFlow } = ctx;
      if (implicitKey && value.includes(`
`) || inFlow && /[[\]{},]/.test(value))
        return quotedString(value, ctx);
      if (/^[\n\t ,[\]{}#&*!|>'"%@`]|^[?-]$|^[?-][ \t]|[\n:][ \t]|[ \t]\n|[\n\t ]#|[\n\t :]$/.test(value))
        return implicitKey || inFlow || !value.includes(`
`) ? quotedString(value, ctx) : blockString(item, ctx, onComment, onChompKeep);
      if (!implicitKey && !inFlow && type !== Scalar.Scalar.PLAIN && value.includes(`
`))
        return blockString(item, ctx, onComment, onChompKeep);
      if (containsDocumentMarker(value)) {
        if (indent === "")
          return ctx.forceBlockIndent = !0, blockString(item, ctx, onComment, onChompKeep);
        if (implicitKey && indent === indentStep)
          return quotedString(value, ctx);
      }
      let str = value.replace(/\n+/g, `$&
${indent}`);
      if (actualString) {
        let test = (tag) => tag.default && tag.tag !== "tag:yaml.org,2002:str" && tag.test?.test(str), { compat, tags } = ctx.doc.schema;
        if (tags.some(test) || compat?.some(test))
          return quotedString(value, ctx);
      }
      return implicitKey ? str : foldFlowLines.foldFlowLines(str, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, !1));
    }
    function stringifyString(item, ctx, onComment, onChompKeep) {
      let { implicitKey, inFlow } = ctx, ss = typeof item.value == "string" ? item : Object.assign({}, item, { value: String(item.value) }), { type } = item;
      type !== Scalar.Scalar.QUOTE_DOUBLE && /[\x00-\x08\x0b-\x1f\x7f-\x9f\u{D800}-\u{DFFF}]/u.test(ss.value) && (type = Scalar.Scalar.QUOTE_DOUBLE);
      let _stringify = (_type) => {
        switch (_type) {
          case Scalar.Scalar.BLOCK_FOLDED:
          case Scalar.Scalar.BLOCK_LITERAL:
            return implicitKey || inFlow ? quotedString(ss.value, ctx) : blockString(ss, ctx, onComment, onChompKeep);
          case Scalar.Scalar.QUOTE_DOUBLE:
            return doubleQuotedString(ss.value, ctx);
          case Scalar.Scalar.QUOTE_SINGLE:
            return singleQuotedString(ss.value, ctx);
          case Scalar.Scalar.PLAIN:
            return plainString(ss, ctx, onComment, onChompKeep);
          default:
            return null;
        }
      }, res = _stringify(type);
      if (res === null) {
        let { defaultKeyType, defaultStringType } = ctx.options, t = implicitKey && defaultKeyType || defaultStringType;
        if (res = _stringify(t), res === null)
          throw new Error(`Unsupported default string type ${t}`);
      }
      return res;
    }
    exports.stringifyString = stringifyString;
  }
});

// node_modules/yaml/dist/stringify/stringify.js
var require_stringify = __commonJS({
  "node_modules/yaml/dist/stringify/stringify.js"(exports) {
    "use strict";
    var anchors = require_anchors(), identity = require_identity(), stringifyComment = require_stringifyComment(), stringifyString = require_stringifyString();
    function createStringifyContext(doc, options2) {
      let opt = Object.assign({
        blockQuote: !0,
        commentString: stringifyComment.stringifyComment,
        defaultKeyType: null,
        defaultStringType: "PLAIN",
        directives: null,
        doubleQuotedAsJSON: !1,
        doubleQuotedMinMultiLineLength: 40,
        falseStr: "false",
        flowCollectionPadding: !0,
        indentSeq: !0,
        lineWidth: 80,
        minContentWidth: 20,
        nullStr: "null",
        simpleKeys: !1,
        singleQuote: null,
        trailingComma: !1,
        trueStr: "true",
        verifyAliasOrder: !0
      }, doc.schema.toStringOptions, options2), inFlow;
      switch (opt.collectionStyle) {
        case "block":
          inFlow = !1;
          break;
        case "flow":
          inFlow = !0;
          break;
        default:
          inFlow = null;
      }
      return {
        anchors: /* @__PURE__ */ new Set(),
        doc,
        flowCollectionPadding: opt.flowCollectionPadding ? " " : "",
        indent: "",
        indentStep: typeof opt.indent == "number" ? " ".repeat(opt.indent) : "  ",
        inFlow,
        options: opt
      };
    }
    function getTagObject(tags, item) {
      if (item.tag) {
        let match = tags.filter((t) => t.tag === item.tag);
        if (match.length > 0)
          return match.find((t) => t.format === item.format) ?? match[0];
      }
      let tagObj, obj;
      if (identity.isScalar(item)) {
        obj = item.value;
        let match = tags.filter((t) => t.identify?.(obj));
        if (match.length > 1) {
          let testMatch = match.filter((t) => t.test);
          testMatch.length > 0 && (match = testMatch);
        }
        tagObj = match.find((t) => t.format === item.format) ?? match.find((t) => !t.format);
      } else
        obj = item, tagObj = tags.find((t) => t.nodeClass && obj instanceof t.nodeClass);
      if (!tagObj) {
        let name = obj?.constructor?.name ?? (obj === null ? "null" : typeof obj);
        throw new Error(`Tag not resolved for ${name} value`);
      }
      return tagObj;
    }
    function stringifyProps(node, tagObj, { anchors: anchors$1, doc }) {
      if (!doc.directives)
        return "";
      let props = [], anchor = (identity.isScalar(node) || identity.isCollection(node)) && node.anchor;
      anchor && anchors.anchorIsValid(anchor) && (anchors$1.add(anchor), props.push(`&${anchor}`));
      let tag = node.tag ?? (tagObj.default ? null : tagObj.tag);
      return tag && props.push(doc.directives.tagString(tag)), props.join(" ");
    }
    function stringify2(item, ctx, onComment, onChompKeep) {
      if (identity.isPair(item))
        return item.toString(ctx, onComment, onChompKeep);
      if (identity.isAlias(item)) {
        if (ctx.doc.directives)
          return item.toString(ctx);
        if (ctx.resolvedAliases?.has(item))
          throw new TypeError("Cannot stringify circular structure without alias nodes");
        ctx.resolvedAliases ? ctx.resolvedAliases.add(item) : ctx.resolvedAliases = /* @__PURE__ */ new Set([item]), item = item.resolve(ctx.doc);
      }
      let tagObj, node = identity.isNode(item) ? item : ctx.doc.createNode(item, { onTagObj: (o) => tagObj = o });
      tagObj ?? (tagObj = getTagObject(ctx.doc.schema.tags, node));
      let props = stringifyProps(node, tagObj, ctx);
      props.length > 0 && (ctx.indentAtStart = (ctx.indentAtStart ?? 0) + props.length + 1);
      let str = typeof tagObj.stringify == "function" ? tagObj.stringify(node, ctx, onComment, onChompKeep) : identity.isScalar(node) ? stringifyString.stringifyString(node, ctx, onComment, onChompKeep) : node.toString(ctx, onComment, onChompKeep);
      return props ? identity.isScalar(node) || str[0] === "{" || str[0] === "[" ? `${props} ${str}` : `${props}
${ctx.indent}${str}` : str;
    }
    exports.createStringifyContext = createStringifyContext;
    exports.stringify = stringify2;
  }
});

// node_modules/yaml/dist/stringify/stringifyPair.js
var require_stringifyPair = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyPair.js"(exports) {
    "use strict";
    var identity = require_identity(), Scalar = require_Scalar(), stringify2 = require_stringify(), stringifyComment = require_stringifyComment();
    function stringifyPair({ key, value }, ctx, onComment, onChompKeep) {
      let { allNullValues, doc, indent, indentStep, options: { commentString, indentSeq, simpleKeys } } = ctx, keyComment = identity.isNode(key) && key.comment || null;
      if (simpleKeys) {
        if (keyComment)
          throw new Error("With simple keys, key nodes cannot have comments");
        if (identity.isCollection(key) || !identity.isNode(key) && typeof key == "object") {
          let msg = "With simple keys, collection cannot be used as a key value";
          throw new Error(msg);
        }
      }
      let explicitKey = !simpleKeys && (!key || keyComment && value == null && !ctx.inFlow || identity.isCollection(key) || (identity.isScalar(key) ? key.type === Scalar.Scalar.BLOCK_FOLDED || key.type === Scalar.Scalar.BLOCK_LITERAL : typeof key == "object"));
      ctx = Object.assign({}, ctx, {
        allNullValues: !1,
        implicitKey: !explicitKey && (simpleKeys || !allNullValues),
        indent: indent + indentStep
      });
      let keyCommentDone = !1, chompKeep = !1, str = stringify2.stringify(key, ctx, () => keyCommentDone = !0, () => chompKeep = !0);
      if (!explicitKey && !ctx.inFlow && str.length > 1024) {
        if (simpleKeys)
          throw new Error("With simple keys, single line scalar must not span more than 1024 characters");
        explicitKey = !0;
      }
      if (ctx.inFlow) {
        if (allNullValues || value == null)
          return keyCommentDone && onComment && onComment(), str === "" ? "?" : explicitKey ? `? ${str}` : str;
      } else if (allNullValues && !simpleKeys || value == null && explicitKey)
        return str = `? ${str}`, keyComment && !keyCommentDone ? str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment)) : chompKeep && onChompKeep && onChompKeep(), str;
      keyCommentDone && (keyComment = null), explicitKey ? (keyComment && (str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment))), str = `? ${str}
${indent}:`) : (str = `${str}:`, keyComment && (str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment))));
      let vsb, vcb, valueComment;
      identity.isNode(value) ? (vsb = !!value.spaceBefore, vcb = value.commentBefore, valueComment = value.comment) : (vsb = !1, vcb = null, valueComment = null, value && typeof value == "object" && (value = doc.createNode(value))), ctx.implicitKey = !1, !explicitKey && !keyComment && identity.isScalar(value) && (ctx.indentAtStart = str.length + 1), chompKeep = !1, !indentSeq && indentStep.length >= 2 && !ctx.inFlow && !explicitKey && identity.isSeq(value) && !value.flow && !value.tag && !value.anchor && (ctx.indent = ctx.indent.substring(2));
      let valueCommentDone = !1, valueStr = stringify2.stringify(value, ctx, () => valueCommentDone = !0, () => chompKeep = !0), ws = " ";
      if (keyComment || vsb || vcb) {
        if (ws = vsb ? `
` : "", vcb) {
          let cs = commentString(vcb);
          ws += `
${stringifyComment.indentComment(cs, ctx.indent)}`;
        }
        valueStr === "" && !ctx.inFlow ? ws === `
` && valueComment && (ws = `

`) : ws += `
${ctx.indent}`;
      } else if (!explicitKey && identity.isCollection(value)) {
        let vs0 = valueStr[0], nl0 = valueStr.indexOf(`
`), hasNewline = nl0 !== -1, flow = ctx.inFlow ?? value.flow ?? value.items.length === 0;
        if (hasNewline || !flow) {
          let hasPropsLine = !1;
          if (hasNewline && (vs0 === "&" || vs0 === "!")) {
            let sp0 = valueStr.indexOf(" ");
            vs0 === "&" && sp0 !== -1 && sp0 < nl0 && valueStr[sp0 + 1] === "!" && (sp0 = valueStr.indexOf(" ", sp0 + 1)), (sp0 === -1 || nl0 < sp0) && (hasPropsLine = !0);
          }
          hasPropsLine || (ws = `
${ctx.indent}`);
        }
      } else (valueStr === "" || valueStr[0] === `
`) && (ws = "");
      return str += ws + valueStr, ctx.inFlow ? valueCommentDone && onComment && onComment() : valueComment && !valueCommentDone ? str += stringifyComment.lineComment(str, ctx.indent, commentString(valueComment)) : chompKeep && onChompKeep && onChompKeep(), str;
    }
    exports.stringifyPair = stringifyPair;
  }
});

// node_modules/yaml/dist/log.js
var require_log = __commonJS({
  "node_modules/yaml/dist/log.js"(exports) {
    "use strict";
    var node_process = __require("process");
    function debug(logLevel, ...messages) {
      logLevel === "debug" && console.log(...messages);
    }
    function warn(logLevel, warning) {
      (logLevel === "debug" || logLevel === "warn") && (typeof node_process.emitWarning == "function" ? node_process.emitWarning(warning) : console.warn(warning));
    }
    exports.debug = debug;
    exports.warn = warn;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/merge.js
var require_merge = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/merge.js"(exports) {
    "use strict";
    var identity = require_identity(), Scalar = require_Scalar(), MERGE_KEY = "<<", merge = {
      identify: (value) => value === MERGE_KEY || typeof value == "symbol" && value.description === MERGE_KEY,
      default: "key",
      tag: "tag:yaml.org,2002:merge",
      test: /^<<$/,
      resolve: () => Object.assign(new Scalar.Scalar(Symbol(MERGE_KEY)), {
        addToJSMap: addMergeToJSMap
      }),
      stringify: () => MERGE_KEY
    }, isMergeKey = (ctx, key) => (merge.identify(key) || identity.isScalar(key) && (!key.type || key.type === Scalar.Scalar.PLAIN) && merge.identify(key.value)) && ctx?.doc.schema.tags.some((tag) => tag.tag === merge.tag && tag.default);
    function addMergeToJSMap(ctx, map, value) {
      let source = resolveAliasValue(ctx, value);
      if (identity.isSeq(source))
        for (let it of source.items)
          mergeValue(ctx, map, it);
      else if (Array.isArray(source))
        for (let it of source)
          mergeValue(ctx, map, it);
      else
        mergeValue(ctx, map, source);
    }
    function mergeValue(ctx, map, value) {
      let source = resolveAliasValue(ctx, value);
      if (!identity.isMap(source))
        throw new Error("Merge sources must be maps or map aliases");
      let srcMap = source.toJSON(null, ctx, Map);
      for (let [key, value2] of srcMap)
        map instanceof Map ? map.has(key) || map.set(key, value2) : map instanceof Set ? map.add(key) : Object.prototype.hasOwnProperty.call(map, key) || Object.defineProperty(map, key, {
          value: value2,
          writable: !0,
          enumerable: !0,
          configurable: !0
        });
      return map;
    }
    function resolveAliasValue(ctx, value) {
      return ctx && identity.isAlias(value) ? value.resolve(ctx.doc, ctx) : value;
    }
    exports.addMergeToJSMap = addMergeToJSMap;
    exports.isMergeKey = isMergeKey;
    exports.merge = merge;
  }
});

// node_modules/yaml/dist/nodes/addPairToJSMap.js
var require_addPairToJSMap = __commonJS({
  "node_modules/yaml/dist/nodes/addPairToJSMap.js"(exports) {
    "use strict";
    var log2 = require_log(), merge = require_merge(), stringify2 = require_stringify(), identity = require_identity(), toJS = require_toJS();
    function addPairToJSMap(ctx, map, { key, value }) {
      if (identity.isNode(key) && key.addToJSMap)
        key.addToJSMap(ctx, map, value);
      else if (merge.isMergeKey(ctx, key))
        merge.addMergeToJSMap(ctx, map, value);
      else {
        let jsKey = toJS.toJS(key, "", ctx);
        if (map instanceof Map)
          map.set(jsKey, toJS.toJS(value, jsKey, ctx));
        else if (map instanceof Set)
          map.add(jsKey);
        else {
          let stringKey = stringifyKey(key, jsKey, ctx), jsValue = toJS.toJS(value, stringKey, ctx);
          stringKey in map ? Object.defineProperty(map, stringKey, {
            value: jsValue,
            writable: !0,
            enumerable: !0,
            configurable: !0
          }) : map[stringKey] = jsValue;
        }
      }
      return map;
    }
    function stringifyKey(key, jsKey, ctx) {
      if (jsKey === null)
        return "";
      if (typeof jsKey != "object")
        return String(jsKey);
      if (identity.isNode(key) && ctx?.doc) {
        let strCtx = stringify2.createStringifyContext(ctx.doc, {});
        strCtx.anchors = /* @__PURE__ */ new Set();
        for (let node of ctx.anchors.keys())
          strCtx.anchors.add(node.anchor);
        strCtx.inFlow = !0, strCtx.inStringifyKey = !0;
        let strKey = key.toString(strCtx);
        if (!ctx.mapKeyWarned) {
          let jsonStr = JSON.stringify(strKey);
          jsonStr.length > 40 && (jsonStr = jsonStr.substring(0, 36) + '..."'), log2.warn(ctx.doc.options.logLevel, `Keys with collection values will be stringified due to JS Object restrictions: ${jsonStr}. Set mapAsMap: true to use object keys.`), ctx.mapKeyWarned = !0;
        }
        return strKey;
      }
      return JSON.stringify(jsKey);
    }
    exports.addPairToJSMap = addPairToJSMap;
  }
});

// node_modules/yaml/dist/nodes/Pair.js
var require_Pair = __commonJS({
  "node_modules/yaml/dist/nodes/Pair.js"(exports) {
    "use strict";
    var createNode = require_createNode(), stringifyPair = require_stringifyPair(), addPairToJSMap = require_addPairToJSMap(), identity = require_identity();
    function createPair(key, value, ctx) {
      let k = createNode.createNode(key, void 0, ctx), v = createNode.createNode(value, void 0, ctx);
      return new Pair(k, v);
    }
    var Pair = class _Pair {
      constructor(key, value = null) {
        Object.defineProperty(this, identity.NODE_TYPE, { value: identity.PAIR }), this.key = key, this.value = value;
      }
      clone(schema) {
        let { key, value } = this;
        return identity.isNode(key) && (key = key.clone(schema)), identity.isNode(value) && (value = value.clone(schema)), new _Pair(key, value);
      }
      toJSON(_, ctx) {
        let pair = ctx?.mapAsMap ? /* @__PURE__ */ new Map() : {};
        return addPairToJSMap.addPairToJSMap(ctx, pair, this);
      }
      toString(ctx, onComment, onChompKeep) {
        return ctx?.doc ? stringifyPair.stringifyPair(this, ctx, onComment, onChompKeep) : JSON.stringify(this);
      }
    };
    exports.Pair = Pair;
    exports.createPair = createPair;
  }
});

// node_modules/yaml/dist/stringify/stringifyCollection.js
var require_stringifyCollection = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyCollection.js"(exports) {
    "use strict";
    var identity = require_identity(), stringify2 = require_stringify(), stringifyComment = require_stringifyComment();
    function stringifyCollection(collection, ctx, options2) {
      return (ctx.inFlow ?? collection.flow ? stringifyFlowCollection : stringifyBlockCollection)(collection, ctx, options2);
    }
    function stringifyBlockCollection({ comment, items }, ctx, { blockItemPrefix, flowChars, itemIndent, onChompKeep, onComment }) {
      let { indent, options: { commentString } } = ctx, itemCtx = Object.assign({}, ctx, { indent: itemIndent, type: null }), chompKeep = !1, lines = [];
      for (let i = 0; i < items.length; ++i) {
        let item = items[i], comment2 = null;
        if (identity.isNode(item))
          !chompKeep && item.spaceBefore && lines.push(""), addCommentBefore(ctx, lines, item.commentBefore, chompKeep), item.comment && (comment2 = item.comment);
        else if (identity.isPair(item)) {
          let ik = identity.isNode(item.key) ? item.key : null;
          ik && (!chompKeep && ik.spaceBefore && lines.push(""), addCommentBefore(ctx, lines, ik.commentBefore, chompKeep));
        }
        chompKeep = !1;
        let str2 = stringify2.stringify(item, itemCtx, () => comment2 = null, () => chompKeep = !0);
        comment2 && (str2 += stringifyComment.lineComment(str2, itemIndent, commentString(comment2))), chompKeep && comment2 && (chompKeep = !1), lines.push(blockItemPrefix + str2);
      }
      let str;
      if (lines.length === 0)
        str = flowChars.start + flowChars.end;
      else {
        str = lines[0];
        for (let i = 1; i < lines.length; ++i) {
          let line = lines[i];
          str += line ? `
${indent}${line}` : `
`;
        }
      }
      return comment ? (str += `
` + stringifyComment.indentComment(commentString(comment), indent), onComment && onComment()) : chompKeep && onChompKeep && onChompKeep(), str;
    }
    function stringifyFlowCollection({ items }, ctx, { flowChars, itemIndent }) {
      let { indent, indentStep, flowCollectionPadding: fcPadding, options: { commentString } } = ctx;
      itemIndent += indentStep;
      let itemCtx = Object.assign({}, ctx, {
        indent: itemIndent,
        inFlow: !0,
        type: null
      }), reqNewline = !1, linesAtValue = 0, lines = [];
      for (let i = 0; i < items.length; ++i) {
        let item = items[i], comment = null;
        if (identity.isNode(item))
          item.spaceBefore && lines.push(""), addCommentBefore(ctx, lines, item.commentBefore, !1), item.comment && (comment = item.comment);
        else if (identity.isPair(item)) {
          let ik = identity.isNode(item.key) ? item.key : null;
          ik && (ik.spaceBefore && lines.push(""), addCommentBefore(ctx, lines, ik.commentBefore, !1), ik.comment && (reqNewline = !0));
          let iv = identity.isNode(item.value) ? item.value : null;
          iv ? (iv.comment && (comment = iv.comment), iv.commentBefore && (reqNewline = !0)) : item.value == null && ik?.comment && (comment = ik.comment);
        }
        comment && (reqNewline = !0);
        let str = stringify2.stringify(item, itemCtx, () => comment = null);
        reqNewline || (reqNewline = lines.length > linesAtValue || str.includes(`
`)), i < items.length - 1 ? str += "," : ctx.options.trailingComma && (ctx.options.lineWidth > 0 && (reqNewline || (reqNewline = lines.reduce((sum, line) => sum + line.length + 2, 2) + (str.length + 2) > ctx.options.lineWidth)), reqNewline && (str += ",")), comment && (str += stringifyComment.lineComment(str, itemIndent, commentString(comment))), lines.push(str), linesAtValue = lines.length;
      }
      let { start, end } = flowChars;
      if (lines.length === 0)
        return start + end;
      if (!reqNewline) {
        let len = lines.reduce((sum, line) => sum + line.length + 2, 2);
        reqNewline = ctx.options.lineWidth > 0 && len > ctx.options.lineWidth;
      }
      if (reqNewline) {
        let str = start;
        for (let line of lines)
          str += line ? `
${indentStep}${indent}${line}` : `
`;
        return `${str}
${indent}${end}`;
      } else
        return `${start}${fcPadding}${lines.join(" ")}${fcPadding}${end}`;
    }
    function addCommentBefore({ indent, options: { commentString } }, lines, comment, chompKeep) {
      if (comment && chompKeep && (comment = comment.replace(/^\n+/, "")), comment) {
        let ic = stringifyComment.indentComment(commentString(comment), indent);
        lines.push(ic.trimStart());
      }
    }
    exports.stringifyCollection = stringifyCollection;
  }
});

// node_modules/yaml/dist/nodes/YAMLMap.js
var require_YAMLMap = __commonJS({
  "node_modules/yaml/dist/nodes/YAMLMap.js"(exports) {
    "use strict";
    var stringifyCollection = require_stringifyCollection(), addPairToJSMap = require_addPairToJSMap(), Collection = require_Collection(), identity = require_identity(), Pair = require_Pair(), Scalar = require_Scalar();
    function findPair(items, key) {
      let k = identity.isScalar(key) ? key.value : key;
      for (let it of items)
        if (identity.isPair(it) && (it.key === key || it.key === k || identity.isScalar(it.key) && it.key.value === k))
          return it;
    }
    var YAMLMap = class extends Collection.Collection {
      static get tagName() {
        return "tag:yaml.org,2002:map";
      }
      constructor(schema) {
        super(identity.MAP, schema), this.items = [];
      }
      /**
       * A generic collection parsing method that can be extended
       * to other node classes that inherit from YAMLMap
       */
      static from(schema, obj, ctx) {
        let { keepUndefined, replacer } = ctx, map = new this(schema), add = (key, value) => {
          if (typeof replacer == "function")
            value = replacer.call(obj, key, value);
          else if (Array.isArray(replacer) && !replacer.includes(key))
            return;
          (value !== void 0 || keepUndefined) && map.items.push(Pair.createPair(key, value, ctx));
        };
        if (obj instanceof Map)
          for (let [key, value] of obj)
            add(key, value);
        else if (obj && typeof obj == "object")
          for (let key of Object.keys(obj))
            add(key, obj[key]);
        return typeof schema.sortMapEntries == "function" && map.items.sort(schema.sortMapEntries), map;
      }
      /**
       * Adds a value to the collection.
       *
       * @param overwrite - If not set `true`, using a key that is already in the
       *   collection will throw. Otherwise, overwrites the previous value.
       */
      add(pair, overwrite) {
        let _pair;
        identity.isPair(pair) ? _pair = pair : !pair || typeof pair != "object" || !("key" in pair) ? _pair = new Pair.Pair(pair, pair?.value) : _pair = new Pair.Pair(pair.key, pair.value);
        let prev = findPair(this.items, _pair.key), sortEntries = this.schema?.sortMapEntries;
        if (prev) {
          if (!overwrite)
            throw new Error(`Key ${_pair.key} already set`);
          identity.isScalar(prev.value) && Scalar.isScalarValue(_pair.value) ? prev.value.value = _pair.value : prev.value = _pair.value;
        } else if (sortEntries) {
          let i = this.items.findIndex((item) => sortEntries(_pair, item) < 0);
          i === -1 ? this.items.push(_pair) : this.items.splice(i, 0, _pair);
        } else
          this.items.push(_pair);
      }
      delete(key) {
        let it = findPair(this.items, key);
        return it ? this.items.splice(this.items.indexOf(it), 1).length > 0 : !1;
      }
      get(key, keepScalar) {
        let node = findPair(this.items, key)?.value;
        return (!keepScalar && identity.isScalar(node) ? node.value : node) ?? void 0;
      }
      has(key) {
        return !!findPair(this.items, key);
      }
      set(key, value) {
        this.add(new Pair.Pair(key, value), !0);
      }
      /**
       * @param ctx - Conversion context, originally set in Document#toJS()
       * @param {Class} Type - If set, forces the returned collection type
       * @returns Instance of Type, Map, or Object
       */
      toJSON(_, ctx, Type) {
        let map = Type ? new Type() : ctx?.mapAsMap ? /* @__PURE__ */ new Map() : {};
        ctx?.onCreate && ctx.onCreate(map);
        for (let item of this.items)
          addPairToJSMap.addPairToJSMap(ctx, map, item);
        return map;
      }
      toString(ctx, onComment, onChompKeep) {
        if (!ctx)
          return JSON.stringify(this);
        for (let item of this.items)
          if (!identity.isPair(item))
            throw new Error(`Map items must all be pairs; found ${JSON.stringify(item)} instead`);
        return !ctx.allNullValues && this.hasAllNullValues(!1) && (ctx = Object.assign({}, ctx, { allNullValues: !0 })), stringifyCollection.stringifyCollection(this, ctx, {
          blockItemPrefix: "",
          flowChars: { start: "{", end: "}" },
          itemIndent: ctx.indent || "",
          onChompKeep,
          onComment
        });
      }
    };
    exports.YAMLMap = YAMLMap;
    exports.findPair = findPair;
  }
});

// node_modules/yaml/dist/schema/common/map.js
var require_map = __commonJS({
  "node_modules/yaml/dist/schema/common/map.js"(exports) {
    "use strict";
    var identity = require_identity(), YAMLMap = require_YAMLMap(), map = {
      collection: "map",
      default: !0,
      nodeClass: YAMLMap.YAMLMap,
      tag: "tag:yaml.org,2002:map",
      resolve(map2, onError) {
        return identity.isMap(map2) || onError("Expected a mapping for this tag"), map2;
      },
      createNode: (schema, obj, ctx) => YAMLMap.YAMLMap.from(schema, obj, ctx)
    };
    exports.map = map;
  }
});

// node_modules/yaml/dist/nodes/YAMLSeq.js
var require_YAMLSeq = __commonJS({
  "node_modules/yaml/dist/nodes/YAMLSeq.js"(exports) {
    "use strict";
    var createNode = require_createNode(), stringifyCollection = require_stringifyCollection(), Collection = require_Collection(), identity = require_identity(), Scalar = require_Scalar(), toJS = require_toJS(), YAMLSeq = class extends Collection.Collection {
      static get tagName() {
        return "tag:yaml.org,2002:seq";
      }
      constructor(schema) {
        super(identity.SEQ, schema), this.items = [];
      }
      add(value) {
        this.items.push(value);
      }
      /**
       * Removes a value from the collection.
       *
       * `key` must contain a representation of an integer for this to succeed.
       * It may be wrapped in a `Scalar`.
       *
       * @returns `true` if the item was found and removed.
       */
      delete(key) {
        let idx = asItemIndex(key);
        return typeof idx != "number" ? !1 : this.items.splice(idx, 1).length > 0;
      }
      get(key, keepScalar) {
        let idx = asItemIndex(key);
        if (typeof idx != "number")
          return;
        let it = this.items[idx];
        return !keepScalar && identity.isScalar(it) ? it.value : it;
      }
      /**
       * Checks if the collection includes a value with the key `key`.
       *
       * `key` must contain a representation of an integer for this to succeed.
       * It may be wrapped in a `Scalar`.
       */
      has(key) {
        let idx = asItemIndex(key);
        return typeof idx == "number" && idx < this.items.length;
      }
      /**
       * Sets a value in this collection. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       *
       * If `key` does not contain a representation of an integer, this will throw.
       * It may be wrapped in a `Scalar`.
       */
      set(key, value) {
        let idx = asItemIndex(key);
        if (typeof idx != "number")
          throw new Error(`Expected a valid index, not ${key}.`);
        let prev = this.items[idx];
        identity.isScalar(prev) && Scalar.isScalarValue(value) ? prev.value = value : this.items[idx] = value;
      }
      toJSON(_, ctx) {
        let seq = [];
        ctx?.onCreate && ctx.onCreate(seq);
        let i = 0;
        for (let item of this.items)
          seq.push(toJS.toJS(item, String(i++), ctx));
        return seq;
      }
      toString(ctx, onComment, onChompKeep) {
        return ctx ? stringifyCollection.stringifyCollection(this, ctx, {
          blockItemPrefix: "- ",
          flowChars: { start: "[", end: "]" },
          itemIndent: (ctx.indent || "") + "  ",
          onChompKeep,
          onComment
        }) : JSON.stringify(this);
      }
      static from(schema, obj, ctx) {
        let { replacer } = ctx, seq = new this(schema);
        if (obj && Symbol.iterator in Object(obj)) {
          let i = 0;
          for (let it of obj) {
            if (typeof replacer == "function") {
              let key = obj instanceof Set ? it : String(i++);
              it = replacer.call(obj, key, it);
            }
            seq.items.push(createNode.createNode(it, void 0, ctx));
          }
        }
        return seq;
      }
    };
    function asItemIndex(key) {
      let idx = identity.isScalar(key) ? key.value : key;
      return idx && typeof idx == "string" && (idx = Number(idx)), typeof idx == "number" && Number.isInteger(idx) && idx >= 0 ? idx : null;
    }
    exports.YAMLSeq = YAMLSeq;
  }
});

// node_modules/yaml/dist/schema/common/seq.js
var require_seq = __commonJS({
  "node_modules/yaml/dist/schema/common/seq.js"(exports) {
    "use strict";
    var identity = require_identity(), YAMLSeq = require_YAMLSeq(), seq = {
      collection: "seq",
      default: !0,
      nodeClass: YAMLSeq.YAMLSeq,
      tag: "tag:yaml.org,2002:seq",
      resolve(seq2, onError) {
        return identity.isSeq(seq2) || onError("Expected a sequence for this tag"), seq2;
      },
      createNode: (schema, obj, ctx) => YAMLSeq.YAMLSeq.from(schema, obj, ctx)
    };
    exports.seq = seq;
  }
});

// node_modules/yaml/dist/schema/common/string.js
var require_string = __commonJS({
  "node_modules/yaml/dist/schema/common/string.js"(exports) {
    "use strict";
    var stringifyString = require_stringifyString(), string = {
      identify: (value) => typeof value == "string",
      default: !0,
      tag: "tag:yaml.org,2002:str",
      resolve: (str) => str,
      stringify(item, ctx, onComment, onChompKeep) {
        return ctx = Object.assign({ actualString: !0 }, ctx), stringifyString.stringifyString(item, ctx, onComment, onChompKeep);
      }
    };
    exports.string = string;
  }
});

// node_modules/yaml/dist/schema/common/null.js
var require_null = __commonJS({
  "node_modules/yaml/dist/schema/common/null.js"(exports) {
    "use strict";
    var Scalar = require_Scalar(), nullTag = {
      identify: (value) => value == null,
      createNode: () => new Scalar.Scalar(null),
      default: !0,
      tag: "tag:yaml.org,2002:null",
      test: /^(?:~|[Nn]ull|NULL)?$/,
      resolve: () => new Scalar.Scalar(null),
      stringify: ({ source }, ctx) => typeof source == "string" && nullTag.test.test(source) ? source : ctx.options.nullStr
    };
    exports.nullTag = nullTag;
  }
});

// node_modules/yaml/dist/schema/core/bool.js
var require_bool = __commonJS({
  "node_modules/yaml/dist/schema/core/bool.js"(exports) {
    "use strict";
    var Scalar = require_Scalar(), boolTag = {
      identify: (value) => typeof value == "boolean",
      default: !0,
      tag: "tag:yaml.org,2002:bool",
      test: /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/,
      resolve: (str) => new Scalar.Scalar(str[0] === "t" || str[0] === "T"),
      stringify({ source, value }, ctx) {
        if (source && boolTag.test.test(source)) {
          let sv = source[0] === "t" || source[0] === "T";
          if (value === sv)
            return source;
        }
        return value ? ctx.options.trueStr : ctx.options.falseStr;
      }
    };
    exports.boolTag = boolTag;
  }
});

// node_modules/yaml/dist/stringify/stringifyNumber.js
var require_stringifyNumber = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyNumber.js"(exports) {
    "use strict";
    function stringifyNumber({ format: format2, minFractionDigits, tag, value }) {
      if (typeof value == "bigint")
        return String(value);
      let num = typeof value == "number" ? value : Number(value);
      if (!isFinite(num))
        return isNaN(num) ? ".nan" : num < 0 ? "-.inf" : ".inf";
      let n = Object.is(value, -0) ? "-0" : JSON.stringify(value);
      if (!format2 && minFractionDigits && (!tag || tag === "tag:yaml.org,2002:float") && /^-?\d/.test(n) && !n.includes("e")) {
        let i = n.indexOf(".");
        i < 0 && (i = n.length, n += ".");
        let d = minFractionDigits - (n.length - i - 1);
        for (; d-- > 0; )
          n += "0";
      }
      return n;
    }
    exports.stringifyNumber = stringifyNumber;
  }
});

// node_modules/yaml/dist/schema/core/float.js
var require_float = __commonJS({
  "node_modules/yaml/dist/schema/core/float.js"(exports) {
    "use strict";
    var Scalar = require_Scalar(), stringifyNumber = require_stringifyNumber(), floatNaN = {
      identify: (value) => typeof value == "number",
      default: !0,
      tag: "tag:yaml.org,2002:float",
      test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
      resolve: (str) => str.slice(-3).toLowerCase() === "nan" ? NaN : str[0] === "-" ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY,
      stringify: stringifyNumber.stringifyNumber
    }, floatExp = {
      identify: (value) => typeof value == "number",
      default: !0,
      tag: "tag:yaml.org,2002:float",
      format: "EXP",
      test: /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/,
      resolve: (str) => parseFloat(str),
      stringify(node) {
        let num = Number(node.value);
        return isFinite(num) ? num.toExponential() : stringifyNumber.stringifyNumber(node);
      }
    }, float = {
      identify: (value) => typeof value == "number",
      default: !0,
      tag: "tag:yaml.org,2002:float",
      test: /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/,
      resolve(str) {
        let node = new Scalar.Scalar(parseFloat(str)), dot = str.indexOf(".");
        return dot !== -1 && str[str.length - 1] === "0" && (node.minFractionDigits = str.length - dot - 1), node;
      },
      stringify: stringifyNumber.stringifyNumber
    };
    exports.float = float;
    exports.floatExp = floatExp;
    exports.floatNaN = floatNaN;
  }
});

// node_modules/yaml/dist/schema/core/int.js
var require_int = __commonJS({
  "node_modules/yaml/dist/schema/core/int.js"(exports) {
    "use strict";
    var stringifyNumber = require_stringifyNumber(), intIdentify = (value) => typeof value == "bigint" || Number.isInteger(value), intResolve = (str, offset, radix, { intAsBigInt }) => intAsBigInt ? BigInt(str) : parseInt(str.substring(offset), radix);
    function intStringify(node, radix, prefix) {
      let { value } = node;
      return intIdentify(value) && value >= 0 ? prefix + value.toString(radix) : stringifyNumber.stringifyNumber(node);
    }
    var intOct = {
      identify: (value) => intIdentify(value) && value >= 0,
      default: !0,
      tag: "tag:yaml.org,2002:int",
      format: "OCT",
      test: /^0o[0-7]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 2, 8, opt),
      stringify: (node) => intStringify(node, 8, "0o")
    }, int = {
      identify: intIdentify,
      default: !0,
      tag: "tag:yaml.org,2002:int",
      test: /^[-+]?[0-9]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 0, 10, opt),
      stringify: stringifyNumber.stringifyNumber
    }, intHex = {
      identify: (value) => intIdentify(value) && value >= 0,
      default: !0,
      tag: "tag:yaml.org,2002:int",
      format: "HEX",
      test: /^0x[0-9a-fA-F]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 2, 16, opt),
      stringify: (node) => intStringify(node, 16, "0x")
    };
    exports.int = int;
    exports.intHex = intHex;
    exports.intOct = intOct;
  }
});

// node_modules/yaml/dist/schema/core/schema.js
var require_schema = __commonJS({
  "node_modules/yaml/dist/schema/core/schema.js"(exports) {
    "use strict";
    var map = require_map(), _null = require_null(), seq = require_seq(), string = require_string(), bool = require_bool(), float = require_float(), int = require_int(), schema = [
      map.map,
      seq.seq,
      string.string,
      _null.nullTag,
      bool.boolTag,
      int.intOct,
      int.int,
      int.intHex,
      float.floatNaN,
      float.floatExp,
      float.float
    ];
    exports.schema = schema;
  }
});

// node_modules/yaml/dist/schema/json/schema.js
var require_schema2 = __commonJS({
  "node_modules/yaml/dist/schema/json/schema.js"(exports) {
    "use strict";
    var Scalar = require_Scalar(), map = require_map(), seq = require_seq();
    function intIdentify(value) {
      return typeof value == "bigint" || Number.isInteger(value);
    }
    var stringifyJSON = ({ value }) => JSON.stringify(value), jsonScalars = [
      {
        identify: (value) => typeof value == "string",
        default: !0,
        tag: "tag:yaml.org,2002:str",
        resolve: (str) => str,
        stringify: stringifyJSON
      },
      {
        identify: (value) => value == null,
        createNode: () => new Scalar.Scalar(null),
        default: !0,
        tag: "tag:yaml.org,2002:null",
        test: /^null$/,
        resolve: () => null,
        stringify: stringifyJSON
      },
      {
        identify: (value) => typeof value == "boolean",
        default: !0,
        tag: "tag:yaml.org,2002:bool",
        test: /^true$|^false$/,
        resolve: (str) => str === "true",
        stringify: stringifyJSON
      },
      {
        identify: intIdentify,
        default: !0,
        tag: "tag:yaml.org,2002:int",
        test: /^-?(?:0|[1-9][0-9]*)$/,
        resolve: (str, _onError, { intAsBigInt }) => intAsBigInt ? BigInt(str) : parseInt(str, 10),
        stringify: ({ value }) => intIdentify(value) ? value.toString() : JSON.stringify(value)
      },
      {
        identify: (value) => typeof value == "number",
        default: !0,
        tag: "tag:yaml.org,2002:float",
        test: /^-?(?:0|[1-9][0-9]*)(?:\.[0-9]*)?(?:[eE][-+]?[0-9]+)?$/,
        resolve: (str) => parseFloat(str),
        stringify: stringifyJSON
      }
    ], jsonError = {
      default: !0,
      tag: "",
      test: /^/,
      resolve(str, onError) {
        return onError(`Unresolved plain scalar ${JSON.stringify(str)}`), str;
      }
    }, schema = [map.map, seq.seq].concat(jsonScalars, jsonError);
    exports.schema = schema;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/binary.js
var require_binary = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/binary.js"(exports) {
    "use strict";
    var node_buffer = __require("buffer"), Scalar = require_Scalar(), stringifyString = require_stringifyString(), binary = {
      identify: (value) => value instanceof Uint8Array,
      // Buffer inherits from Uint8Array
      default: !1,
      tag: "tag:yaml.org,2002:binary",
      /**
       * Returns a Buffer in node and an Uint8Array in browsers
       *
       * To use the resulting buffer as an image, you'll want to do something like:
       *
       *   const blob = new Blob([buffer], { type: 'image/jpeg' })
       *   document.querySelector('#photo').src = URL.createObjectURL(blob)
       */
      resolve(src, onError) {
        if (typeof node_buffer.Buffer == "function")
          return node_buffer.Buffer.from(src, "base64");
        if (typeof atob == "function") {
          let str = atob(src.replace(/[\n\r]/g, "")), buffer = new Uint8Array(str.length);
          for (let i = 0; i < str.length; ++i)
            buffer[i] = str.charCodeAt(i);
          return buffer;
        } else
          return onError("This environment does not support reading binary tags; either Buffer or atob is required"), src;
      },
      stringify({ comment, type, value }, ctx, onComment, onChompKeep) {
        if (!value)
          return "";
        let buf = value, str;
        if (typeof node_buffer.Buffer == "function")
          str = buf instanceof node_buffer.Buffer ? buf.toString("base64") : node_buffer.Buffer.from(buf.buffer).toString("base64");
        else if (typeof btoa == "function") {
          let s = "";
          for (let i = 0; i < buf.length; ++i)
            s += String.fromCharCode(buf[i]);
          str = btoa(s);
        } else
          throw new Error("This environment does not support writing binary tags; either Buffer or btoa is required");
        if (type ?? (type = Scalar.Scalar.BLOCK_LITERAL), type !== Scalar.Scalar.QUOTE_DOUBLE) {
          let lineWidth = Math.max(ctx.options.lineWidth - ctx.indent.length, ctx.options.minContentWidth), n = Math.ceil(str.length / lineWidth), lines = new Array(n);
          for (let i = 0, o = 0; i < n; ++i, o += lineWidth)
            lines[i] = str.substr(o, lineWidth);
          str = lines.join(type === Scalar.Scalar.BLOCK_LITERAL ? `
` : " ");
        }
        return stringifyString.stringifyString({ comment, type, value: str }, ctx, onComment, onChompKeep);
      }
    };
    exports.binary = binary;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/pairs.js
var require_pairs = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/pairs.js"(exports) {
    "use strict";
    var identity = require_identity(), Pair = require_Pair(), Scalar = require_Scalar(), YAMLSeq = require_YAMLSeq();
    function resolvePairs(seq, onError) {
      if (identity.isSeq(seq))
        for (let i = 0; i < seq.items.length; ++i) {
          let item = seq.items[i];
          if (!identity.isPair(item)) {
            if (identity.isMap(item)) {
              item.items.length > 1 && onError("Each pair must have its own sequence indicator");
              let pair = item.items[0] || new Pair.Pair(new Scalar.Scalar(null));
              if (item.commentBefore && (pair.key.commentBefore = pair.key.commentBefore ? `${item.commentBefore}
${pair.key.commentBefore}` : item.commentBefore), item.comment) {
                let cn = pair.value ?? pair.key;
                cn.comment = cn.comment ? `${item.comment}
${cn.comment}` : item.comment;
              }
              item = pair;
            }
            seq.items[i] = identity.isPair(item) ? item : new Pair.Pair(item);
          }
        }
      else
        onError("Expected a sequence for this tag");
      return seq;
    }
    function createPairs(schema, iterable, ctx) {
      let { replacer } = ctx, pairs2 = new YAMLSeq.YAMLSeq(schema);
      pairs2.tag = "tag:yaml.org,2002:pairs";
      let i = 0;
      if (iterable && Symbol.iterator in Object(iterable))
        for (let it of iterable) {
          typeof replacer == "function" && (it = replacer.call(iterable, String(i++), it));
          let key, value;
          if (Array.isArray(it))
            if (it.length === 2)
              key = it[0], value = it[1];
            else
              throw new TypeError(`Expected [key, value] tuple: ${it}`);
          else if (it && it instanceof Object) {
            let keys = Object.keys(it);
            if (keys.length === 1)
              key = keys[0], value = it[key];
            else
              throw new TypeError(`Expected tuple with one key, not ${keys.length} keys`);
          } else
            key = it;
          pairs2.items.push(Pair.createPair(key, value, ctx));
        }
      return pairs2;
    }
    var pairs = {
      collection: "seq",
      default: !1,
      tag: "tag:yaml.org,2002:pairs",
      resolve: resolvePairs,
      createNode: createPairs
    };
    exports.createPairs = createPairs;
    exports.pairs = pairs;
    exports.resolvePairs = resolvePairs;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/omap.js
var require_omap = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/omap.js"(exports) {
    "use strict";
    var identity = require_identity(), toJS = require_toJS(), YAMLMap = require_YAMLMap(), YAMLSeq = require_YAMLSeq(), pairs = require_pairs(), YAMLOMap = class _YAMLOMap extends YAMLSeq.YAMLSeq {
      constructor() {
        super(), this.add = YAMLMap.YAMLMap.prototype.add.bind(this), this.delete = YAMLMap.YAMLMap.prototype.delete.bind(this), this.get = YAMLMap.YAMLMap.prototype.get.bind(this), this.has = YAMLMap.YAMLMap.prototype.has.bind(this), this.set = YAMLMap.YAMLMap.prototype.set.bind(this), this.tag = _YAMLOMap.tag;
      }
      /**
       * If `ctx` is given, the return type is actually `Map<unknown, unknown>`,
       * but TypeScript won't allow widening the signature of a child method.
       */
      toJSON(_, ctx) {
        if (!ctx)
          return super.toJSON(_);
        let map = /* @__PURE__ */ new Map();
        ctx?.onCreate && ctx.onCreate(map);
        for (let pair of this.items) {
          let key, value;
          if (identity.isPair(pair) ? (key = toJS.toJS(pair.key, "", ctx), value = toJS.toJS(pair.value, key, ctx)) : key = toJS.toJS(pair, "", ctx), map.has(key))
            throw new Error("Ordered maps must not include duplicate keys");
          map.set(key, value);
        }
        return map;
      }
      static from(schema, iterable, ctx) {
        let pairs$1 = pairs.createPairs(schema, iterable, ctx), omap2 = new this();
        return omap2.items = pairs$1.items, omap2;
      }
    };
    YAMLOMap.tag = "tag:yaml.org,2002:omap";
    var omap = {
      collection: "seq",
      identify: (value) => value instanceof Map,
      nodeClass: YAMLOMap,
      default: !1,
      tag: "tag:yaml.org,2002:omap",
      resolve(seq, onError) {
        let pairs$1 = pairs.resolvePairs(seq, onError), seenKeys = [];
        for (let { key } of pairs$1.items)
          identity.isScalar(key) && (seenKeys.includes(key.value) ? onError(`Ordered maps must not include duplicate keys: ${key.value}`) : seenKeys.push(key.value));
        return Object.assign(new YAMLOMap(), pairs$1);
      },
      createNode: (schema, iterable, ctx) => YAMLOMap.from(schema, iterable, ctx)
    };
    exports.YAMLOMap = YAMLOMap;
    exports.omap = omap;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/bool.js
var require_bool2 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/bool.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    function boolStringify({ value, source }, ctx) {
      return source && (value ? trueTag : falseTag).test.test(source) ? source : value ? ctx.options.trueStr : ctx.options.falseStr;
    }
    var trueTag = {
      identify: (value) => value === !0,
      default: !0,
      tag: "tag:yaml.org,2002:bool",
      test: /^(?:Y|y|[Yy]es|YES|[Tt]rue|TRUE|[Oo]n|ON)$/,
      resolve: () => new Scalar.Scalar(!0),
      stringify: boolStringify
    }, falseTag = {
      identify: (value) => value === !1,
      default: !0,
      tag: "tag:yaml.org,2002:bool",
      test: /^(?:N|n|[Nn]o|NO|[Ff]alse|FALSE|[Oo]ff|OFF)$/,
      resolve: () => new Scalar.Scalar(!1),
      stringify: boolStringify
    };
    exports.falseTag = falseTag;
    exports.trueTag = trueTag;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/float.js
var require_float2 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/float.js"(exports) {
    "use strict";
    var Scalar = require_Scalar(), stringifyNumber = require_stringifyNumber(), floatNaN = {
      identify: (value) => typeof value == "number",
      default: !0,
      tag: "tag:yaml.org,2002:float",
      test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
      resolve: (str) => str.slice(-3).toLowerCase() === "nan" ? NaN : str[0] === "-" ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY,
      stringify: stringifyNumber.stringifyNumber
    }, floatExp = {
      identify: (value) => typeof value == "number",
      default: !0,
      tag: "tag:yaml.org,2002:float",
      format: "EXP",
      test: /^[-+]?(?:[0-9][0-9_]*)?(?:\.[0-9_]*)?[eE][-+]?[0-9]+$/,
      resolve: (str) => parseFloat(str.replace(/_/g, "")),
      stringify(node) {
        let num = Number(node.value);
        return isFinite(num) ? num.toExponential() : stringifyNumber.stringifyNumber(node);
      }
    }, float = {
      identify: (value) => typeof value == "number",
      default: !0,
      tag: "tag:yaml.org,2002:float",
      test: /^[-+]?(?:[0-9][0-9_]*)?\.[0-9_]*$/,
      resolve(str) {
        let node = new Scalar.Scalar(parseFloat(str.replace(/_/g, ""))), dot = str.indexOf(".");
        if (dot !== -1) {
          let f = str.substring(dot + 1).replace(/_/g, "");
          f[f.length - 1] === "0" && (node.minFractionDigits = f.length);
        }
        return node;
      },
      stringify: stringifyNumber.stringifyNumber
    };
    exports.float = float;
    exports.floatExp = floatExp;
    exports.floatNaN = floatNaN;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/int.js
var require_int2 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/int.js"(exports) {
    "use strict";
    var stringifyNumber = require_stringifyNumber(), intIdentify = (value) => typeof value == "bigint" || Number.isInteger(value);
    function intResolve(str, offset, radix, { intAsBigInt }) {
      let sign = str[0];
      if ((sign === "-" || sign === "+") && (offset += 1), str = str.substring(offset).replace(/_/g, ""), intAsBigInt) {
        switch (radix) {
          case 2:
            str = `0b${str}`;
            break;
          case 8:
            str = `0o${str}`;
            break;
          case 16:
            str = `0x${str}`;
            break;
        }
        let n2 = BigInt(str);
        return sign === "-" ? BigInt(-1) * n2 : n2;
      }
      let n = parseInt(str, radix);
      return sign === "-" ? -1 * n : n;
    }
    function intStringify(node, radix, prefix) {
      let { value } = node;
      if (intIdentify(value)) {
        let str = value.toString(radix);
        return value < 0 ? "-" + prefix + str.substr(1) : prefix + str;
      }
      return stringifyNumber.stringifyNumber(node);
    }
    var intBin = {
      identify: intIdentify,
      default: !0,
      tag: "tag:yaml.org,2002:int",
      format: "BIN",
      test: /^[-+]?0b[0-1_]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 2, 2, opt),
      stringify: (node) => intStringify(node, 2, "0b")
    }, intOct = {
      identify: intIdentify,
      default: !0,
      tag: "tag:yaml.org,2002:int",
      format: "OCT",
      test: /^[-+]?0[0-7_]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 1, 8, opt),
      stringify: (node) => intStringify(node, 8, "0")
    }, int = {
      identify: intIdentify,
      default: !0,
      tag: "tag:yaml.org,2002:int",
      test: /^[-+]?[0-9][0-9_]*$/,
      resolve: (str, _onError, opt) => intResolve(str, 0, 10, opt),
      stringify: stringifyNumber.stringifyNumber
    }, intHex = {
      identify: intIdentify,
      default: !0,
      tag: "tag:yaml.org,2002:int",
      format: "HEX",
      test: /^[-+]?0x[0-9a-fA-F_]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 2, 16, opt),
      stringify: (node) => intStringify(node, 16, "0x")
    };
    exports.int = int;
    exports.intBin = intBin;
    exports.intHex = intHex;
    exports.intOct = intOct;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/set.js
var require_set = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/set.js"(exports) {
    "use strict";
    var identity = require_identity(), Pair = require_Pair(), YAMLMap = require_YAMLMap(), YAMLSet = class _YAMLSet extends YAMLMap.YAMLMap {
      constructor(schema) {
        super(schema), this.tag = _YAMLSet.tag;
      }
      add(key) {
        let pair;
        identity.isPair(key) ? pair = key : key && typeof key == "object" && "key" in key && "value" in key && key.value === null ? pair = new Pair.Pair(key.key, null) : pair = new Pair.Pair(key, null), YAMLMap.findPair(this.items, pair.key) || this.items.push(pair);
      }
      /**
       * If `keepPair` is `true`, returns the Pair matching `key`.
       * Otherwise, returns the value of that Pair's key.
       */
      get(key, keepPair) {
        let pair = YAMLMap.findPair(this.items, key);
        return !keepPair && identity.isPair(pair) ? identity.isScalar(pair.key) ? pair.key.value : pair.key : pair;
      }
      set(key, value) {
        if (typeof value != "boolean")
          throw new Error(`Expected boolean value for set(key, value) in a YAML set, not ${typeof value}`);
        let prev = YAMLMap.findPair(this.items, key);
        prev && !value ? this.items.splice(this.items.indexOf(prev), 1) : !prev && value && this.items.push(new Pair.Pair(key));
      }
      toJSON(_, ctx) {
        return super.toJSON(_, ctx, Set);
      }
      toString(ctx, onComment, onChompKeep) {
        if (!ctx)
          return JSON.stringify(this);
        if (this.hasAllNullValues(!0))
          return super.toString(Object.assign({}, ctx, { allNullValues: !0 }), onComment, onChompKeep);
        throw new Error("Set items must all have null values");
      }
      static from(schema, iterable, ctx) {
        let { replacer } = ctx, set2 = new this(schema);
        if (iterable && Symbol.iterator in Object(iterable))
          for (let value of iterable)
            typeof replacer == "function" && (value = replacer.call(iterable, value, value)), set2.items.push(Pair.createPair(value, null, ctx));
        return set2;
      }
    };
    YAMLSet.tag = "tag:yaml.org,2002:set";
    var set = {
      collection: "map",
      identify: (value) => value instanceof Set,
      nodeClass: YAMLSet,
      default: !1,
      tag: "tag:yaml.org,2002:set",
      createNode: (schema, iterable, ctx) => YAMLSet.from(schema, iterable, ctx),
      resolve(map, onError) {
        if (identity.isMap(map)) {
          if (map.hasAllNullValues(!0))
            return Object.assign(new YAMLSet(), map);
          onError("Set items must all have null values");
        } else
          onError("Expected a mapping for this tag");
        return map;
      }
    };
    exports.YAMLSet = YAMLSet;
    exports.set = set;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/timestamp.js
var require_timestamp = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/timestamp.js"(exports) {
    "use strict";
    var stringifyNumber = require_stringifyNumber();
    function parseSexagesimal(str, asBigInt) {
      let sign = str[0], parts = sign === "-" || sign === "+" ? str.substring(1) : str, num = (n) => asBigInt ? BigInt(n) : Number(n), res = parts.replace(/_/g, "").split(":").reduce((res2, p) => res2 * num(60) + num(p), num(0));
      return sign === "-" ? num(-1) * res : res;
    }
    function stringifySexagesimal(node) {
      let { value } = node, num = (n) => n;
      if (typeof value == "bigint")
        num = (n) => BigInt(n);
      else if (isNaN(value) || !isFinite(value))
        return stringifyNumber.stringifyNumber(node);
      let sign = "";
      value < 0 && (sign = "-", value *= num(-1));
      let _60 = num(60), parts = [value % _60];
      return value < 60 ? parts.unshift(0) : (value = (value - parts[0]) / _60, parts.unshift(value % _60), value >= 60 && (value = (value - parts[0]) / _60, parts.unshift(value))), sign + parts.map((n) => String(n).padStart(2, "0")).join(":").replace(/000000\d*$/, "");
    }
    var intTime = {
      identify: (value) => typeof value == "bigint" || Number.isInteger(value),
      default: !0,
      tag: "tag:yaml.org,2002:int",
      format: "TIME",
      test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+$/,
      resolve: (str, _onError, { intAsBigInt }) => parseSexagesimal(str, intAsBigInt),
      stringify: stringifySexagesimal
    }, floatTime = {
      identify: (value) => typeof value == "number",
      default: !0,
      tag: "tag:yaml.org,2002:float",
      format: "TIME",
      test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\.[0-9_]*$/,
      resolve: (str) => parseSexagesimal(str, !1),
      stringify: stringifySexagesimal
    }, timestamp = {
      identify: (value) => value instanceof Date,
      default: !0,
      tag: "tag:yaml.org,2002:timestamp",
      // If the time zone is omitted, the timestamp is assumed to be specified in UTC. The time part
      // may be omitted altogether, resulting in a date format. In such a case, the time part is
      // assumed to be 00:00:00Z (start of day, UTC).
      test: RegExp("^([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})(?:(?:t|T|[ \\t]+)([0-9]{1,2}):([0-9]{1,2}):([0-9]{1,2}(\\.[0-9]+)?)(?:[ \\t]*(Z|[-+][012]?[0-9](?::[0-9]{2})?))?)?$"),
      resolve(str) {
        let match = str.match(timestamp.test);
        if (!match)
          throw new Error("!!timestamp expects a date, starting with yyyy-mm-dd");
        let [, year, month, day, hour, minute, second] = match.map(Number), millisec = match[7] ? Number((match[7] + "00").substr(1, 3)) : 0, date = Date.UTC(year, month - 1, day, hour || 0, minute || 0, second || 0, millisec), tz = match[8];
        if (tz && tz !== "Z") {
          let d = parseSexagesimal(tz, !1);
          Math.abs(d) < 30 && (d *= 60), date -= 6e4 * d;
        }
        return new Date(date);
      },
      stringify: ({ value }) => value?.toISOString().replace(/(T00:00:00)?\.000Z$/, "") ?? ""
    };
    exports.floatTime = floatTime;
    exports.intTime = intTime;
    exports.timestamp = timestamp;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/schema.js
var require_schema3 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/schema.js"(exports) {
    "use strict";
    var map = require_map(), _null = require_null(), seq = require_seq(), string = require_string(), binary = require_binary(), bool = require_bool2(), float = require_float2(), int = require_int2(), merge = require_merge(), omap = require_omap(), pairs = require_pairs(), set = require_set(), timestamp = require_timestamp(), schema = [
      map.map,
      seq.seq,
      string.string,
      _null.nullTag,
      bool.trueTag,
      bool.falseTag,
      int.intBin,
      int.intOct,
      int.int,
      int.intHex,
      float.floatNaN,
      float.floatExp,
      float.float,
      binary.binary,
      merge.merge,
      omap.omap,
      pairs.pairs,
      set.set,
      timestamp.intTime,
      timestamp.floatTime,
      timestamp.timestamp
    ];
    exports.schema = schema;
  }
});

// node_modules/yaml/dist/schema/tags.js
var require_tags = __commonJS({
  "node_modules/yaml/dist/schema/tags.js"(exports) {
    "use strict";
    var map = require_map(), _null = require_null(), seq = require_seq(), string = require_string(), bool = require_bool(), float = require_float(), int = require_int(), schema = require_schema(), schema$1 = require_schema2(), binary = require_binary(), merge = require_merge(), omap = require_omap(), pairs = require_pairs(), schema$2 = require_schema3(), set = require_set(), timestamp = require_timestamp(), schemas = /* @__PURE__ */ new Map([
      ["core", schema.schema],
      ["failsafe", [map.map, seq.seq, string.string]],
      ["json", schema$1.schema],
      ["yaml11", schema$2.schema],
      ["yaml-1.1", schema$2.schema]
    ]), tagsByName = {
      binary: binary.binary,
      bool: bool.boolTag,
      float: float.float,
      floatExp: float.floatExp,
      floatNaN: float.floatNaN,
      floatTime: timestamp.floatTime,
      int: int.int,
      intHex: int.intHex,
      intOct: int.intOct,
      intTime: timestamp.intTime,
      map: map.map,
      merge: merge.merge,
      null: _null.nullTag,
      omap: omap.omap,
      pairs: pairs.pairs,
      seq: seq.seq,
      set: set.set,
      timestamp: timestamp.timestamp
    }, coreKnownTags = {
      "tag:yaml.org,2002:binary": binary.binary,
      "tag:yaml.org,2002:merge": merge.merge,
      "tag:yaml.org,2002:omap": omap.omap,
      "tag:yaml.org,2002:pairs": pairs.pairs,
      "tag:yaml.org,2002:set": set.set,
      "tag:yaml.org,2002:timestamp": timestamp.timestamp
    };
    function getTags(customTags, schemaName, addMergeTag) {
      let schemaTags = schemas.get(schemaName);
      if (schemaTags && !customTags)
        return addMergeTag && !schemaTags.includes(merge.merge) ? schemaTags.concat(merge.merge) : schemaTags.slice();
      let tags = schemaTags;
      if (!tags)
        if (Array.isArray(customTags))
          tags = [];
        else {
          let keys = Array.from(schemas.keys()).filter((key) => key !== "yaml11").map((key) => JSON.stringify(key)).join(", ");
          throw new Error(`Unknown schema "${schemaName}"; use one of ${keys} or define customTags array`);
        }
      if (Array.isArray(customTags))
        for (let tag of customTags)
          tags = tags.concat(tag);
      else typeof customTags == "function" && (tags = customTags(tags.slice()));
      return addMergeTag && (tags = tags.concat(merge.merge)), tags.reduce((tags2, tag) => {
        let tagObj = typeof tag == "string" ? tagsByName[tag] : tag;
        if (!tagObj) {
          let tagName = JSON.stringify(tag), keys = Object.keys(tagsByName).map((key) => JSON.stringify(key)).join(", ");
          throw new Error(`Unknown custom tag ${tagName}; use one of ${keys}`);
        }
        return tags2.includes(tagObj) || tags2.push(tagObj), tags2;
      }, []);
    }
    exports.coreKnownTags = coreKnownTags;
    exports.getTags = getTags;
  }
});

// node_modules/yaml/dist/schema/Schema.js
var require_Schema = __commonJS({
  "node_modules/yaml/dist/schema/Schema.js"(exports) {
    "use strict";
    var identity = require_identity(), map = require_map(), seq = require_seq(), string = require_string(), tags = require_tags(), sortMapEntriesByKey = (a, b) => a.key < b.key ? -1 : a.key > b.key ? 1 : 0, Schema = class _Schema {
      constructor({ compat, customTags, merge, resolveKnownTags, schema, sortMapEntries, toStringDefaults }) {
        this.compat = Array.isArray(compat) ? tags.getTags(compat, "compat") : compat ? tags.getTags(null, compat) : null, this.name = typeof schema == "string" && schema || "core", this.knownTags = resolveKnownTags ? tags.coreKnownTags : {}, this.tags = tags.getTags(customTags, this.name, merge), this.toStringOptions = toStringDefaults ?? null, Object.defineProperty(this, identity.MAP, { value: map.map }), Object.defineProperty(this, identity.SCALAR, { value: string.string }), Object.defineProperty(this, identity.SEQ, { value: seq.seq }), this.sortMapEntries = typeof sortMapEntries == "function" ? sortMapEntries : sortMapEntries === !0 ? sortMapEntriesByKey : null;
      }
      clone() {
        let copy = Object.create(_Schema.prototype, Object.getOwnPropertyDescriptors(this));
        return copy.tags = this.tags.slice(), copy;
      }
    };
    exports.Schema = Schema;
  }
});

// node_modules/yaml/dist/stringify/stringifyDocument.js
var require_stringifyDocument = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyDocument.js"(exports) {
    "use strict";
    var identity = require_identity(), stringify2 = require_stringify(), stringifyComment = require_stringifyComment();
    function stringifyDocument(doc, options2) {
      let lines = [], hasDirectives = options2.directives === !0;
      if (options2.directives !== !1 && doc.directives) {
        let dir = doc.directives.toString(doc);
        dir ? (lines.push(dir), hasDirectives = !0) : doc.directives.docStart && (hasDirectives = !0);
      }
      hasDirectives && lines.push("---");
      let ctx = stringify2.createStringifyContext(doc, options2), { commentString } = ctx.options;
      if (doc.commentBefore) {
        lines.length !== 1 && lines.unshift("");
        let cs = commentString(doc.commentBefore);
        lines.unshift(stringifyComment.indentComment(cs, ""));
      }
      let chompKeep = !1, contentComment = null;
      if (doc.contents) {
        if (identity.isNode(doc.contents)) {
          if (doc.contents.spaceBefore && hasDirectives && lines.push(""), doc.contents.commentBefore) {
            let cs = commentString(doc.contents.commentBefore);
            lines.push(stringifyComment.indentComment(cs, ""));
          }
          ctx.forceBlockIndent = !!doc.comment, contentComment = doc.contents.comment;
        }
        let onChompKeep = contentComment ? void 0 : () => chompKeep = !0, body = stringify2.stringify(doc.contents, ctx, () => contentComment = null, onChompKeep);
        contentComment && (body += stringifyComment.lineComment(body, "", commentString(contentComment))), (body[0] === "|" || body[0] === ">") && lines[lines.length - 1] === "---" ? lines[lines.length - 1] = `--- ${body}` : lines.push(body);
      } else
        lines.push(stringify2.stringify(doc.contents, ctx));
      if (doc.directives?.docEnd)
        if (doc.comment) {
          let cs = commentString(doc.comment);
          cs.includes(`
`) ? (lines.push("..."), lines.push(stringifyComment.indentComment(cs, ""))) : lines.push(`... ${cs}`);
        } else
          lines.push("...");
      else {
        let dc = doc.comment;
        dc && chompKeep && (dc = dc.replace(/^\n+/, "")), dc && ((!chompKeep || contentComment) && lines[lines.length - 1] !== "" && lines.push(""), lines.push(stringifyComment.indentComment(commentString(dc), "")));
      }
      return lines.join(`
`) + `
`;
    }
    exports.stringifyDocument = stringifyDocument;
  }
});

// node_modules/yaml/dist/doc/Document.js
var require_Document = __commonJS({
  "node_modules/yaml/dist/doc/Document.js"(exports) {
    "use strict";
    var Alias = require_Alias(), Collection = require_Collection(), identity = require_identity(), Pair = require_Pair(), toJS = require_toJS(), Schema = require_Schema(), stringifyDocument = require_stringifyDocument(), anchors = require_anchors(), applyReviver = require_applyReviver(), createNode = require_createNode(), directives = require_directives(), Document = class _Document {
      constructor(value, replacer, options2) {
        this.commentBefore = null, this.comment = null, this.errors = [], this.warnings = [], Object.defineProperty(this, identity.NODE_TYPE, { value: identity.DOC });
        let _replacer = null;
        typeof replacer == "function" || Array.isArray(replacer) ? _replacer = replacer : options2 === void 0 && replacer && (options2 = replacer, replacer = void 0);
        let opt = Object.assign({
          intAsBigInt: !1,
          keepSourceTokens: !1,
          logLevel: "warn",
          prettyErrors: !0,
          strict: !0,
          stringKeys: !1,
          uniqueKeys: !0,
          version: "1.2"
        }, options2);
        this.options = opt;
        let { version } = opt;
        options2?._directives ? (this.directives = options2._directives.atDocument(), this.directives.yaml.explicit && (version = this.directives.yaml.version)) : this.directives = new directives.Directives({ version }), this.setSchema(version, options2), this.contents = value === void 0 ? null : this.createNode(value, _replacer, options2);
      }
      /**
       * Create a deep copy of this Document and its contents.
       *
       * Custom Node values that inherit from `Object` still refer to their original instances.
       */
      clone() {
        let copy = Object.create(_Document.prototype, {
          [identity.NODE_TYPE]: { value: identity.DOC }
        });
        return copy.commentBefore = this.commentBefore, copy.comment = this.comment, copy.errors = this.errors.slice(), copy.warnings = this.warnings.slice(), copy.options = Object.assign({}, this.options), this.directives && (copy.directives = this.directives.clone()), copy.schema = this.schema.clone(), copy.contents = identity.isNode(this.contents) ? this.contents.clone(copy.schema) : this.contents, this.range && (copy.range = this.range.slice()), copy;
      }
      /** Adds a value to the document. */
      add(value) {
        assertCollection(this.contents) && this.contents.add(value);
      }
      /** Adds a value to the document. */
      addIn(path16, value) {
        assertCollection(this.contents) && this.contents.addIn(path16, value);
      }
      /**
       * Create a new `Alias` node, ensuring that the target `node` has the required anchor.
       *
       * If `node` already has an anchor, `name` is ignored.
       * Otherwise, the `node.anchor` value will be set to `name`,
       * or if an anchor with that name is already present in the document,
       * `name` will be used as a prefix for a new unique anchor.
       * If `name` is undefined, the generated anchor will use 'a' as a prefix.
       */
      createAlias(node, name) {
        if (!node.anchor) {
          let prev = anchors.anchorNames(this);
          node.anchor = // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
          !name || prev.has(name) ? anchors.findNewAnchor(name || "a", prev) : name;
        }
        return new Alias.Alias(node.anchor);
      }
      createNode(value, replacer, options2) {
        let _replacer;
        if (typeof replacer == "function")
          value = replacer.call({ "": value }, "", value), _replacer = replacer;
        else if (Array.isArray(replacer)) {
          let keyToStr = (v) => typeof v == "number" || v instanceof String || v instanceof Number, asStr = replacer.filter(keyToStr).map(String);
          asStr.length > 0 && (replacer = replacer.concat(asStr)), _replacer = replacer;
        } else options2 === void 0 && replacer && (options2 = replacer, replacer = void 0);
        let { aliasDuplicateObjects, anchorPrefix, flow, keepUndefined, onTagObj, tag } = options2 ?? {}, { onAnchor, setAnchors, sourceObjects } = anchors.createNodeAnchors(
          this,
          // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
          anchorPrefix || "a"
        ), ctx = {
          aliasDuplicateObjects: aliasDuplicateObjects ?? !0,
          keepUndefined: keepUndefined ?? !1,
          onAnchor,
          onTagObj,
          replacer: _replacer,
          schema: this.schema,
          sourceObjects
        }, node = createNode.createNode(value, tag, ctx);
        return flow && identity.isCollection(node) && (node.flow = !0), setAnchors(), node;
      }
      /**
       * Convert a key and a value into a `Pair` using the current schema,
       * recursively wrapping all values as `Scalar` or `Collection` nodes.
       */
      createPair(key, value, options2 = {}) {
        let k = this.createNode(key, null, options2), v = this.createNode(value, null, options2);
        return new Pair.Pair(k, v);
      }
      /**
       * Removes a value from the document.
       * @returns `true` if the item was found and removed.
       */
      delete(key) {
        return assertCollection(this.contents) ? this.contents.delete(key) : !1;
      }
      /**
       * Removes a value from the document.
       * @returns `true` if the item was found and removed.
       */
      deleteIn(path16) {
        return Collection.isEmptyPath(path16) ? this.contents == null ? !1 : (this.contents = null, !0) : assertCollection(this.contents) ? this.contents.deleteIn(path16) : !1;
      }
      /**
       * Returns item at `key`, or `undefined` if not found. By default unwraps
       * scalar values from their surrounding node; to disable set `keepScalar` to
       * `true` (collections are always returned intact).
       */
      get(key, keepScalar) {
        return identity.isCollection(this.contents) ? this.contents.get(key, keepScalar) : void 0;
      }
      /**
       * Returns item at `path`, or `undefined` if not found. By default unwraps
       * scalar values from their surrounding node; to disable set `keepScalar` to
       * `true` (collections are always returned intact).
       */
      getIn(path16, keepScalar) {
        return Collection.isEmptyPath(path16) ? !keepScalar && identity.isScalar(this.contents) ? this.contents.value : this.contents : identity.isCollection(this.contents) ? this.contents.getIn(path16, keepScalar) : void 0;
      }
      /**
       * Checks if the document includes a value with the key `key`.
       */
      has(key) {
        return identity.isCollection(this.contents) ? this.contents.has(key) : !1;
      }
      /**
       * Checks if the document includes a value at `path`.
       */
      hasIn(path16) {
        return Collection.isEmptyPath(path16) ? this.contents !== void 0 : identity.isCollection(this.contents) ? this.contents.hasIn(path16) : !1;
      }
      /**
       * Sets a value in this document. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       */
      set(key, value) {
        this.contents == null ? this.contents = Collection.collectionFromPath(this.schema, [key], value) : assertCollection(this.contents) && this.contents.set(key, value);
      }
      /**
       * Sets a value in this document. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       */
      setIn(path16, value) {
        Collection.isEmptyPath(path16) ? this.contents = value : this.contents == null ? this.contents = Collection.collectionFromPath(this.schema, Array.from(path16), value) : assertCollection(this.contents) && this.contents.setIn(path16, value);
      }
      /**
       * Change the YAML version and schema used by the document.
       * A `null` version disables support for directives, explicit tags, anchors, and aliases.
       * It also requires the `schema` option to be given as a `Schema` instance value.
       *
       * Overrides all previously set schema options.
       */
      setSchema(version, options2 = {}) {
        typeof version == "number" && (version = String(version));
        let opt;
        switch (version) {
          case "1.1":
            this.directives ? this.directives.yaml.version = "1.1" : this.directives = new directives.Directives({ version: "1.1" }), opt = { resolveKnownTags: !1, schema: "yaml-1.1" };
            break;
          case "1.2":
          case "next":
            this.directives ? this.directives.yaml.version = version : this.directives = new directives.Directives({ version }), opt = { resolveKnownTags: !0, schema: "core" };
            break;
          case null:
            this.directives && delete this.directives, opt = null;
            break;
          default: {
            let sv = JSON.stringify(version);
            throw new Error(`Expected '1.1', '1.2' or null as first argument, but found: ${sv}`);
          }
        }
        if (options2.schema instanceof Object)
          this.schema = options2.schema;
        else if (opt)
          this.schema = new Schema.Schema(Object.assign(opt, options2));
        else
          throw new Error("With a null YAML version, the { schema: Schema } option is required");
      }
      // json & jsonArg are only used from toJSON()
      toJS({ json, jsonArg, mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
        let ctx = {
          anchors: /* @__PURE__ */ new Map(),
          doc: this,
          keep: !json,
          mapAsMap: mapAsMap === !0,
          mapKeyWarned: !1,
          maxAliasCount: typeof maxAliasCount == "number" ? maxAliasCount : 100
        }, res = toJS.toJS(this.contents, jsonArg ?? "", ctx);
        if (typeof onAnchor == "function")
          for (let { count, res: res2 } of ctx.anchors.values())
            onAnchor(res2, count);
        return typeof reviver == "function" ? applyReviver.applyReviver(reviver, { "": res }, "", res) : res;
      }
      /**
       * A JSON representation of the document `contents`.
       *
       * @param jsonArg Used by `JSON.stringify` to indicate the array index or
       *   property name.
       */
      toJSON(jsonArg, onAnchor) {
        return this.toJS({ json: !0, jsonArg, mapAsMap: !1, onAnchor });
      }
      /** A YAML representation of the document. */
      toString(options2 = {}) {
        if (this.errors.length > 0)
          throw new Error("Document with errors cannot be stringified");
        if ("indent" in options2 && (!Number.isInteger(options2.indent) || Number(options2.indent) <= 0)) {
          let s = JSON.stringify(options2.indent);
          throw new Error(`"indent" option must be a positive integer, not ${s}`);
        }
        return stringifyDocument.stringifyDocument(this, options2);
      }
    };
    function assertCollection(contents) {
      if (identity.isCollection(contents))
        return !0;
      throw new Error("Expected a YAML collection as document contents");
    }
    exports.Document = Document;
  }
});

// node_modules/yaml/dist/errors.js
var require_errors = __commonJS({
  "node_modules/yaml/dist/errors.js"(exports) {
    "use strict";
    var YAMLError = class extends Error {
      constructor(name, pos, code, message) {
        super(), this.name = name, this.code = code, this.message = message, this.pos = pos;
      }
    }, YAMLParseError = class extends YAMLError {
      constructor(pos, code, message) {
        super("YAMLParseError", pos, code, message);
      }
    }, YAMLWarning = class extends YAMLError {
      constructor(pos, code, message) {
        super("YAMLWarning", pos, code, message);
      }
    }, prettifyError = (src, lc) => (error) => {
      if (error.pos[0] === -1)
        return;
      error.linePos = error.pos.map((pos) => lc.linePos(pos));
      let { line, col } = error.linePos[0];
      error.message += ` at line ${line}, column ${col}`;
      let ci = col - 1, lineStr = src.substring(lc.lineStarts[line - 1], lc.lineStarts[line]).replace(/[\n\r]+$/, "");
      if (ci >= 60 && lineStr.length > 80) {
        let trimStart = Math.min(ci - 39, lineStr.length - 79);
        lineStr = "\u2026" + lineStr.substring(trimStart), ci -= trimStart - 1;
      }
      if (lineStr.length > 80 && (lineStr = lineStr.substring(0, 79) + "\u2026"), line > 1 && /^ *$/.test(lineStr.substring(0, ci))) {
        let prev = src.substring(lc.lineStarts[line - 2], lc.lineStarts[line - 1]);
        prev.length > 80 && (prev = prev.substring(0, 79) + `\u2026
`), lineStr = prev + lineStr;
      }
      if (/[^ ]/.test(lineStr)) {
        let count = 1, end = error.linePos[1];
        end?.line === line && end.col > col && (count = Math.max(1, Math.min(end.col - col, 80 - ci)));
        let pointer = " ".repeat(ci) + "^".repeat(count);
        error.message += `:

${lineStr}
${pointer}
`;
      }
    };
    exports.YAMLError = YAMLError;
    exports.YAMLParseError = YAMLParseError;
    exports.YAMLWarning = YAMLWarning;
    exports.prettifyError = prettifyError;
  }
});

// node_modules/yaml/dist/compose/resolve-props.js
var require_resolve_props = __commonJS({
  "node_modules/yaml/dist/compose/resolve-props.js"(exports) {
    "use strict";
    function resolveProps(tokens2, { flow, indicator, next, offset, onError, parentIndent, startOnNewline }) {
      let spaceBefore = !1, atNewline = startOnNewline, hasSpace = startOnNewline, comment = "", commentSep = "", hasNewline = !1, reqSpace = !1, tab = null, anchor = null, tag = null, newlineAfterProp = null, comma = null, found = null, start = null;
      for (let token of tokens2)
        switch (reqSpace && (token.type !== "space" && token.type !== "newline" && token.type !== "comma" && onError(token.offset, "MISSING_CHAR", "Tags and anchors must be separated from the next token by white space"), reqSpace = !1), tab && (atNewline && token.type !== "comment" && token.type !== "newline" && onError(tab, "TAB_AS_INDENT", "Tabs are not allowed as indentation"), tab = null), token.type) {
          case "space":
            !flow && (indicator !== "doc-start" || next?.type !== "flow-collection") && token.source.includes("	") && (tab = token), hasSpace = !0;
            break;
          case "comment": {
            hasSpace || onError(token, "MISSING_CHAR", "Comments must be separated from other tokens by white space characters");
            let cb = token.source.substring(1) || " ";
            comment ? comment += commentSep + cb : comment = cb, commentSep = "", atNewline = !1;
            break;
          }
          case "newline":
            atNewline ? comment ? comment += token.source : (!found || indicator !== "seq-item-ind") && (spaceBefore = !0) : commentSep += token.source, atNewline = !0, hasNewline = !0, (anchor || tag) && (newlineAfterProp = token), hasSpace = !0;
            break;
          case "anchor":
            anchor && onError(token, "MULTIPLE_ANCHORS", "A node can have at most one anchor"), token.source.endsWith(":") && onError(token.offset + token.source.length - 1, "BAD_ALIAS", "Anchor ending in : is ambiguous", !0), anchor = token, start ?? (start = token.offset), atNewline = !1, hasSpace = !1, reqSpace = !0;
            break;
          case "tag": {
            tag && onError(token, "MULTIPLE_TAGS", "A node can have at most one tag"), tag = token, start ?? (start = token.offset), atNewline = !1, hasSpace = !1, reqSpace = !0;
            break;
          }
          case indicator:
            (anchor || tag) && onError(token, "BAD_PROP_ORDER", `Anchors and tags must be after the ${token.source} indicator`), found && onError(token, "UNEXPECTED_TOKEN", `Unexpected ${token.source} in ${flow ?? "collection"}`), found = token, atNewline = indicator === "seq-item-ind" || indicator === "explicit-key-ind", hasSpace = !1;
            break;
          case "comma":
            if (flow) {
              comma && onError(token, "UNEXPECTED_TOKEN", `Unexpected , in ${flow}`), comma = token, atNewline = !1, hasSpace = !1;
              break;
            }
          // else fallthrough
          default:
            onError(token, "UNEXPECTED_TOKEN", `Unexpected ${token.type} token`), atNewline = !1, hasSpace = !1;
        }
      let last = tokens2[tokens2.length - 1], end = last ? last.offset + last.source.length : offset;
      return reqSpace && next && next.type !== "space" && next.type !== "newline" && next.type !== "comma" && (next.type !== "scalar" || next.source !== "") && onError(next.offset, "MISSING_CHAR", "Tags and anchors must be separated from the next token by white space"), tab && (atNewline && tab.indent <= parentIndent || next?.type === "block-map" || next?.type === "block-seq") && onError(tab, "TAB_AS_INDENT", "Tabs are not allowed as indentation"), {
        comma,
        found,
        spaceBefore,
        comment,
        hasNewline,
        anchor,
        tag,
        newlineAfterProp,
        end,
        start: start ?? end
      };
    }
    exports.resolveProps = resolveProps;
  }
});

// node_modules/yaml/dist/compose/util-contains-newline.js
var require_util_contains_newline = __commonJS({
  "node_modules/yaml/dist/compose/util-contains-newline.js"(exports) {
    "use strict";
    function containsNewline(key) {
      if (!key)
        return null;
      switch (key.type) {
        case "alias":
        case "scalar":
        case "double-quoted-scalar":
        case "single-quoted-scalar":
          if (key.source.includes(`
`))
            return !0;
          if (key.end) {
            for (let st of key.end)
              if (st.type === "newline")
                return !0;
          }
          return !1;
        case "flow-collection":
          for (let it of key.items) {
            for (let st of it.start)
              if (st.type === "newline")
                return !0;
            if (it.sep) {
              for (let st of it.sep)
                if (st.type === "newline")
                  return !0;
            }
            if (containsNewline(it.key) || containsNewline(it.value))
              return !0;
          }
          return !1;
        default:
          return !0;
      }
    }
    exports.containsNewline = containsNewline;
  }
});

// node_modules/yaml/dist/compose/util-flow-indent-check.js
var require_util_flow_indent_check = __commonJS({
  "node_modules/yaml/dist/compose/util-flow-indent-check.js"(exports) {
    "use strict";
    var utilContainsNewline = require_util_contains_newline();
    function flowIndentCheck(indent, fc, onError) {
      if (fc?.type === "flow-collection") {
        let end = fc.end[0];
        end.indent === indent && (end.source === "]" || end.source === "}") && utilContainsNewline.containsNewline(fc) && onError(end, "BAD_INDENT", "Flow end indicator should be more indented than parent", !0);
      }
    }
    exports.flowIndentCheck = flowIndentCheck;
  }
});

// node_modules/yaml/dist/compose/util-map-includes.js
var require_util_map_includes = __commonJS({
  "node_modules/yaml/dist/compose/util-map-includes.js"(exports) {
    "use strict";
    var identity = require_identity();
    function mapIncludes(ctx, items, search) {
      let { uniqueKeys } = ctx.options;
      if (uniqueKeys === !1)
        return !1;
      let isEqual = typeof uniqueKeys == "function" ? uniqueKeys : (a, b) => a === b || identity.isScalar(a) && identity.isScalar(b) && a.value === b.value;
      return items.some((pair) => isEqual(pair.key, search));
    }
    exports.mapIncludes = mapIncludes;
  }
});

// node_modules/yaml/dist/compose/resolve-block-map.js
var require_resolve_block_map = __commonJS({
  "node_modules/yaml/dist/compose/resolve-block-map.js"(exports) {
    "use strict";
    var Pair = require_Pair(), YAMLMap = require_YAMLMap(), resolveProps = require_resolve_props(), utilContainsNewline = require_util_contains_newline(), utilFlowIndentCheck = require_util_flow_indent_check(), utilMapIncludes = require_util_map_includes(), startColMsg = "All mapping items must start at the same column";
    function resolveBlockMap({ composeNode, composeEmptyNode }, ctx, bm, onError, tag) {
      let NodeClass = tag?.nodeClass ?? YAMLMap.YAMLMap, map = new NodeClass(ctx.schema);
      ctx.atRoot && (ctx.atRoot = !1);
      let offset = bm.offset, commentEnd = null;
      for (let collItem of bm.items) {
        let { start, key, sep, value } = collItem, keyProps = resolveProps.resolveProps(start, {
          indicator: "explicit-key-ind",
          next: key ?? sep?.[0],
          offset,
          onError,
          parentIndent: bm.indent,
          startOnNewline: !0
        }), implicitKey = !keyProps.found;
        if (implicitKey) {
          if (key && (key.type === "block-seq" ? onError(offset, "BLOCK_AS_IMPLICIT_KEY", "A block sequence may not be used as an implicit map key") : "indent" in key && key.indent !== bm.indent && onError(offset, "BAD_INDENT", startColMsg)), !keyProps.anchor && !keyProps.tag && !sep) {
            commentEnd = keyProps.end, keyProps.comment && (map.comment ? map.comment += `
` + keyProps.comment : map.comment = keyProps.comment);
            continue;
          }
          (keyProps.newlineAfterProp || utilContainsNewline.containsNewline(key)) && onError(key ?? start[start.length - 1], "MULTILINE_IMPLICIT_KEY", "Implicit keys need to be on a single line");
        } else keyProps.found?.indent !== bm.indent && onError(offset, "BAD_INDENT", startColMsg);
        ctx.atKey = !0;
        let keyStart = keyProps.end, keyNode = key ? composeNode(ctx, key, keyProps, onError) : composeEmptyNode(ctx, keyStart, start, null, keyProps, onError);
        ctx.schema.compat && utilFlowIndentCheck.flowIndentCheck(bm.indent, key, onError), ctx.atKey = !1, utilMapIncludes.mapIncludes(ctx, map.items, keyNode) && onError(keyStart, "DUPLICATE_KEY", "Map keys must be unique");
        let valueProps = resolveProps.resolveProps(sep ?? [], {
          indicator: "map-value-ind",
          next: value,
          offset: keyNode.range[2],
          onError,
          parentIndent: bm.indent,
          startOnNewline: !key || key.type === "block-scalar"
        });
        if (offset = valueProps.end, valueProps.found) {
          implicitKey && (value?.type === "block-map" && !valueProps.hasNewline && onError(offset, "BLOCK_AS_IMPLICIT_KEY", "Nested mappings are not allowed in compact mappings"), ctx.options.strict && keyProps.start < valueProps.found.offset - 1024 && onError(keyNode.range, "KEY_OVER_1024_CHARS", "The : indicator must be at most 1024 chars after the start of an implicit block mapping key"));
          let valueNode = value ? composeNode(ctx, value, valueProps, onError) : composeEmptyNode(ctx, offset, sep, null, valueProps, onError);
          ctx.schema.compat && utilFlowIndentCheck.flowIndentCheck(bm.indent, value, onError), offset = valueNode.range[2];
          let pair = new Pair.Pair(keyNode, valueNode);
          ctx.options.keepSourceTokens && (pair.srcToken = collItem), map.items.push(pair);
        } else {
          implicitKey && onError(keyNode.range, "MISSING_CHAR", "Implicit map keys need to be followed by map values"), valueProps.comment && (keyNode.comment ? keyNode.comment += `
` + valueProps.comment : keyNode.comment = valueProps.comment);
          let pair = new Pair.Pair(keyNode);
          ctx.options.keepSourceTokens && (pair.srcToken = collItem), map.items.push(pair);
        }
      }
      return commentEnd && commentEnd < offset && onError(commentEnd, "IMPOSSIBLE", "Map comment with trailing content"), map.range = [bm.offset, offset, commentEnd ?? offset], map;
    }
    exports.resolveBlockMap = resolveBlockMap;
  }
});

// node_modules/yaml/dist/compose/resolve-block-seq.js
var require_resolve_block_seq = __commonJS({
  "node_modules/yaml/dist/compose/resolve-block-seq.js"(exports) {
    "use strict";
    var YAMLSeq = require_YAMLSeq(), resolveProps = require_resolve_props(), utilFlowIndentCheck = require_util_flow_indent_check();
    function resolveBlockSeq({ composeNode, composeEmptyNode }, ctx, bs, onError, tag) {
      let NodeClass = tag?.nodeClass ?? YAMLSeq.YAMLSeq, seq = new NodeClass(ctx.schema);
      ctx.atRoot && (ctx.atRoot = !1), ctx.atKey && (ctx.atKey = !1);
      let offset = bs.offset, commentEnd = null;
      for (let { start, value } of bs.items) {
        let props = resolveProps.resolveProps(start, {
          indicator: "seq-item-ind",
          next: value,
          offset,
          onError,
          parentIndent: bs.indent,
          startOnNewline: !0
        });
        if (!props.found)
          if (props.anchor || props.tag || value)
            value?.type === "block-seq" ? onError(props.end, "BAD_INDENT", "All sequence items must start at the same column") : onError(offset, "MISSING_CHAR", "Sequence item without - indicator");
          else {
            commentEnd = props.end, props.comment && (seq.comment = props.comment);
            continue;
          }
        let node = value ? composeNode(ctx, value, props, onError) : composeEmptyNode(ctx, props.end, start, null, props, onError);
        ctx.schema.compat && utilFlowIndentCheck.flowIndentCheck(bs.indent, value, onError), offset = node.range[2], seq.items.push(node);
      }
      return seq.range = [bs.offset, offset, commentEnd ?? offset], seq;
    }
    exports.resolveBlockSeq = resolveBlockSeq;
  }
});

// node_modules/yaml/dist/compose/resolve-end.js
var require_resolve_end = __commonJS({
  "node_modules/yaml/dist/compose/resolve-end.js"(exports) {
    "use strict";
    function resolveEnd(end, offset, reqSpace, onError) {
      let comment = "";
      if (end) {
        let hasSpace = !1, sep = "";
        for (let token of end) {
          let { source, type } = token;
          switch (type) {
            case "space":
              hasSpace = !0;
              break;
            case "comment": {
              reqSpace && !hasSpace && onError(token, "MISSING_CHAR", "Comments must be separated from other tokens by white space characters");
              let cb = source.substring(1) || " ";
              comment ? comment += sep + cb : comment = cb, sep = "";
              break;
            }
            case "newline":
              comment && (sep += source), hasSpace = !0;
              break;
            default:
              onError(token, "UNEXPECTED_TOKEN", `Unexpected ${type} at node end`);
          }
          offset += source.length;
        }
      }
      return { comment, offset };
    }
    exports.resolveEnd = resolveEnd;
  }
});

// node_modules/yaml/dist/compose/resolve-flow-collection.js
var require_resolve_flow_collection = __commonJS({
  "node_modules/yaml/dist/compose/resolve-flow-collection.js"(exports) {
    "use strict";
    var identity = require_identity(), Pair = require_Pair(), YAMLMap = require_YAMLMap(), YAMLSeq = require_YAMLSeq(), resolveEnd = require_resolve_end(), resolveProps = require_resolve_props(), utilContainsNewline = require_util_contains_newline(), utilMapIncludes = require_util_map_includes(), blockMsg = "Block collections are not allowed within flow collections", isBlock = (token) => token && (token.type === "block-map" || token.type === "block-seq");
    function resolveFlowCollection({ composeNode, composeEmptyNode }, ctx, fc, onError, tag) {
      let isMap = fc.start.source === "{", fcName = isMap ? "flow map" : "flow sequence", NodeClass = tag?.nodeClass ?? (isMap ? YAMLMap.YAMLMap : YAMLSeq.YAMLSeq), coll = new NodeClass(ctx.schema);
      coll.flow = !0;
      let atRoot = ctx.atRoot;
      atRoot && (ctx.atRoot = !1), ctx.atKey && (ctx.atKey = !1);
      let offset = fc.offset + fc.start.source.length;
      for (let i = 0; i < fc.items.length; ++i) {
        let collItem = fc.items[i], { start, key, sep, value } = collItem, props = resolveProps.resolveProps(start, {
          flow: fcName,
          indicator: "explicit-key-ind",
          next: key ?? sep?.[0],
          offset,
          onError,
          parentIndent: fc.indent,
          startOnNewline: !1
        });
        if (!props.found) {
          if (!props.anchor && !props.tag && !sep && !value) {
            i === 0 && props.comma ? onError(props.comma, "UNEXPECTED_TOKEN", `Unexpected , in ${fcName}`) : i < fc.items.length - 1 && onError(props.start, "UNEXPECTED_TOKEN", `Unexpected empty item in ${fcName}`), props.comment && (coll.comment ? coll.comment += `
` + props.comment : coll.comment = props.comment), offset = props.end;
            continue;
          }
          !isMap && ctx.options.strict && utilContainsNewline.containsNewline(key) && onError(
            key,
            // checked by containsNewline()
            "MULTILINE_IMPLICIT_KEY",
            "Implicit keys of flow sequence pairs need to be on a single line"
          );
        }
        if (i === 0)
          props.comma && onError(props.comma, "UNEXPECTED_TOKEN", `Unexpected , in ${fcName}`);
        else if (props.comma || onError(props.start, "MISSING_CHAR", `Missing , between ${fcName} items`), props.comment) {
          let prevItemComment = "";
          loop: for (let st of start)
            switch (st.type) {
              case "comma":
              case "space":
                break;
              case "comment":
                prevItemComment = st.source.substring(1);
                break loop;
              default:
                break loop;
            }
          if (prevItemComment) {
            let prev = coll.items[coll.items.length - 1];
            identity.isPair(prev) && (prev = prev.value ?? prev.key), prev.comment ? prev.comment += `
` + prevItemComment : prev.comment = prevItemComment, props.comment = props.comment.substring(prevItemComment.length + 1);
          }
        }
        if (!isMap && !sep && !props.found) {
          let valueNode = value ? composeNode(ctx, value, props, onError) : composeEmptyNode(ctx, props.end, sep, null, props, onError);
          coll.items.push(valueNode), offset = valueNode.range[2], isBlock(value) && onError(valueNode.range, "BLOCK_IN_FLOW", blockMsg);
        } else {
          ctx.atKey = !0;
          let keyStart = props.end, keyNode = key ? composeNode(ctx, key, props, onError) : composeEmptyNode(ctx, keyStart, start, null, props, onError);
          isBlock(key) && onError(keyNode.range, "BLOCK_IN_FLOW", blockMsg), ctx.atKey = !1;
          let valueProps = resolveProps.resolveProps(sep ?? [], {
            flow: fcName,
            indicator: "map-value-ind",
            next: value,
            offset: keyNode.range[2],
            onError,
            parentIndent: fc.indent,
            startOnNewline: !1
          });
          if (valueProps.found) {
            if (!isMap && !props.found && ctx.options.strict) {
              if (sep)
                for (let st of sep) {
                  if (st === valueProps.found)
                    break;
                  if (st.type === "newline") {
                    onError(st, "MULTILINE_IMPLICIT_KEY", "Implicit keys of flow sequence pairs need to be on a single line");
                    break;
                  }
                }
              props.start < valueProps.found.offset - 1024 && onError(valueProps.found, "KEY_OVER_1024_CHARS", "The : indicator must be at most 1024 chars after the start of an implicit flow sequence key");
            }
          } else value && ("source" in value && value.source?.[0] === ":" ? onError(value, "MISSING_CHAR", `Missing space after : in ${fcName}`) : onError(valueProps.start, "MISSING_CHAR", `Missing , or : between ${fcName} items`));
          let valueNode = value ? composeNode(ctx, value, valueProps, onError) : valueProps.found ? composeEmptyNode(ctx, valueProps.end, sep, null, valueProps, onError) : null;
          valueNode ? isBlock(value) && onError(valueNode.range, "BLOCK_IN_FLOW", blockMsg) : valueProps.comment && (keyNode.comment ? keyNode.comment += `
` + valueProps.comment : keyNode.comment = valueProps.comment);
          let pair = new Pair.Pair(keyNode, valueNode);
          if (ctx.options.keepSourceTokens && (pair.srcToken = collItem), isMap) {
            let map = coll;
            utilMapIncludes.mapIncludes(ctx, map.items, keyNode) && onError(keyStart, "DUPLICATE_KEY", "Map keys must be unique"), map.items.push(pair);
          } else {
            let map = new YAMLMap.YAMLMap(ctx.schema);
            map.flow = !0, map.items.push(pair);
            let endRange = (valueNode ?? keyNode).range;
            map.range = [keyNode.range[0], endRange[1], endRange[2]], coll.items.push(map);
          }
          offset = valueNode ? valueNode.range[2] : valueProps.end;
        }
      }
      let expectedEnd = isMap ? "}" : "]", [ce, ...ee] = fc.end, cePos = offset;
      if (ce?.source === expectedEnd)
        cePos = ce.offset + ce.source.length;
      else {
        let name = fcName[0].toUpperCase() + fcName.substring(1), msg = atRoot ? `${name} must end with a ${expectedEnd}` : `${name} in block collection must be sufficiently indented and end with a ${expectedEnd}`;
        onError(offset, atRoot ? "MISSING_CHAR" : "BAD_INDENT", msg), ce && ce.source.length !== 1 && ee.unshift(ce);
      }
      if (ee.length > 0) {
        let end = resolveEnd.resolveEnd(ee, cePos, ctx.options.strict, onError);
        end.comment && (coll.comment ? coll.comment += `
` + end.comment : coll.comment = end.comment), coll.range = [fc.offset, cePos, end.offset];
      } else
        coll.range = [fc.offset, cePos, cePos];
      return coll;
    }
    exports.resolveFlowCollection = resolveFlowCollection;
  }
});

// node_modules/yaml/dist/compose/compose-collection.js
var require_compose_collection = __commonJS({
  "node_modules/yaml/dist/compose/compose-collection.js"(exports) {
    "use strict";
    var identity = require_identity(), Scalar = require_Scalar(), YAMLMap = require_YAMLMap(), YAMLSeq = require_YAMLSeq(), resolveBlockMap = require_resolve_block_map(), resolveBlockSeq = require_resolve_block_seq(), resolveFlowCollection = require_resolve_flow_collection();
    function resolveCollection(CN, ctx, token, onError, tagName, tag) {
      let coll = token.type === "block-map" ? resolveBlockMap.resolveBlockMap(CN, ctx, token, onError, tag) : token.type === "block-seq" ? resolveBlockSeq.resolveBlockSeq(CN, ctx, token, onError, tag) : resolveFlowCollection.resolveFlowCollection(CN, ctx, token, onError, tag), Coll = coll.constructor;
      return tagName === "!" || tagName === Coll.tagName ? (coll.tag = Coll.tagName, coll) : (tagName && (coll.tag = tagName), coll);
    }
    function composeCollection(CN, ctx, token, props, onError) {
      let tagToken = props.tag, tagName = tagToken ? ctx.directives.tagName(tagToken.source, (msg) => onError(tagToken, "TAG_RESOLVE_FAILED", msg)) : null;
      if (token.type === "block-seq") {
        let { anchor, newlineAfterProp: nl } = props, lastProp = anchor && tagToken ? anchor.offset > tagToken.offset ? anchor : tagToken : anchor ?? tagToken;
        lastProp && (!nl || nl.offset < lastProp.offset) && onError(lastProp, "MISSING_CHAR", "Missing newline after block sequence props");
      }
      let expType = token.type === "block-map" ? "map" : token.type === "block-seq" ? "seq" : token.start.source === "{" ? "map" : "seq";
      if (!tagToken || !tagName || tagName === "!" || tagName === YAMLMap.YAMLMap.tagName && expType === "map" || tagName === YAMLSeq.YAMLSeq.tagName && expType === "seq")
        return resolveCollection(CN, ctx, token, onError, tagName);
      let tag = ctx.schema.tags.find((t) => t.tag === tagName && t.collection === expType);
      if (!tag) {
        let kt = ctx.schema.knownTags[tagName];
        if (kt?.collection === expType)
          ctx.schema.tags.push(Object.assign({}, kt, { default: !1 })), tag = kt;
        else
          return kt ? onError(tagToken, "BAD_COLLECTION_TYPE", `${kt.tag} used for ${expType} collection, but expects ${kt.collection ?? "scalar"}`, !0) : onError(tagToken, "TAG_RESOLVE_FAILED", `Unresolved tag: ${tagName}`, !0), resolveCollection(CN, ctx, token, onError, tagName);
      }
      let coll = resolveCollection(CN, ctx, token, onError, tagName, tag), res = tag.resolve?.(coll, (msg) => onError(tagToken, "TAG_RESOLVE_FAILED", msg), ctx.options) ?? coll, node = identity.isNode(res) ? res : new Scalar.Scalar(res);
      return node.range = coll.range, node.tag = tagName, tag?.format && (node.format = tag.format), node;
    }
    exports.composeCollection = composeCollection;
  }
});

// node_modules/yaml/dist/compose/resolve-block-scalar.js
var require_resolve_block_scalar = __commonJS({
  "node_modules/yaml/dist/compose/resolve-block-scalar.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    function resolveBlockScalar(ctx, scalar, onError) {
      let start = scalar.offset, header = parseBlockScalarHeader(scalar, ctx.options.strict, onError);
      if (!header)
        return { value: "", type: null, comment: "", range: [start, start, start] };
      let type = header.mode === ">" ? Scalar.Scalar.BLOCK_FOLDED : Scalar.Scalar.BLOCK_LITERAL, lines = scalar.source ? splitLines(scalar.source) : [], chompStart = lines.length;
      for (let i = lines.length - 1; i >= 0; --i) {
        let content = lines[i][1];
        if (content === "" || content === "\r")
          chompStart = i;
        else
          break;
      }
      if (chompStart === 0) {
        let value2 = header.chomp === "+" && lines.length > 0 ? `
`.repeat(Math.max(1, lines.length - 1)) : "", end2 = start + header.length;
        return scalar.source && (end2 += scalar.source.length), { value: value2, type, comment: header.comment, range: [start, end2, end2] };
      }
      let trimIndent = scalar.indent + header.indent, offset = scalar.offset + header.length, contentStart = 0;
      for (let i = 0; i < chompStart; ++i) {
        let [indent, content] = lines[i];
        if (content === "" || content === "\r")
          header.indent === 0 && indent.length > trimIndent && (trimIndent = indent.length);
        else {
          indent.length < trimIndent && onError(offset + indent.length, "MISSING_CHAR", "Block scalars with more-indented leading empty lines must use an explicit indentation indicator"), header.indent === 0 && (trimIndent = indent.length), contentStart = i, trimIndent === 0 && !ctx.atRoot && onError(offset, "BAD_INDENT", "Block scalar values in collections must be indented");
          break;
        }
        offset += indent.length + content.length + 1;
      }
      for (let i = lines.length - 1; i >= chompStart; --i)
        lines[i][0].length > trimIndent && (chompStart = i + 1);
      let value = "", sep = "", prevMoreIndented = !1;
      for (let i = 0; i < contentStart; ++i)
        value += lines[i][0].slice(trimIndent) + `
`;
      for (let i = contentStart; i < chompStart; ++i) {
        let [indent, content] = lines[i];
        offset += indent.length + content.length + 1;
        let crlf = content[content.length - 1] === "\r";
        if (crlf && (content = content.slice(0, -1)), content && indent.length < trimIndent) {
          let message = `Block scalar lines must not be less indented than their ${header.indent ? "explicit indentation indicator" : "first line"}`;
          onError(offset - content.length - (crlf ? 2 : 1), "BAD_INDENT", message), indent = "";
        }
        type === Scalar.Scalar.BLOCK_LITERAL ? (value += sep + indent.slice(trimIndent) + content, sep = `
`) : indent.length > trimIndent || content[0] === "	" ? (sep === " " ? sep = `
` : !prevMoreIndented && sep === `
` && (sep = `

`), value += sep + indent.slice(trimIndent) + content, sep = `
`, prevMoreIndented = !0) : content === "" ? sep === `
` ? value += `
` : sep = `
` : (value += sep + content, sep = " ", prevMoreIndented = !1);
      }
      switch (header.chomp) {
        case "-":
          break;
        case "+":
          for (let i = chompStart; i < lines.length; ++i)
            value += `
` + lines[i][0].slice(trimIndent);
          value[value.length - 1] !== `
` && (value += `
`);
          break;
        default:
          value += `
`;
      }
      let end = start + header.length + scalar.source.length;
      return { value, type, comment: header.comment, range: [start, end, end] };
    }
    function parseBlockScalarHeader({ offset, props }, strict, onError) {
      if (props[0].type !== "block-scalar-header")
        return onError(props[0], "IMPOSSIBLE", "Block scalar header not found"), null;
      let { source } = props[0], mode = source[0], indent = 0, chomp = "", error = -1;
      for (let i = 1; i < source.length; ++i) {
        let ch = source[i];
        if (!chomp && (ch === "-" || ch === "+"))
          chomp = ch;
        else {
          let n = Number(ch);
          !indent && n ? indent = n : error === -1 && (error = offset + i);
        }
      }
      error !== -1 && onError(error, "UNEXPECTED_TOKEN", `Block scalar header includes extra characters: ${source}`);
      let hasSpace = !1, comment = "", length = source.length;
      for (let i = 1; i < props.length; ++i) {
        let token = props[i];
        switch (token.type) {
          case "space":
            hasSpace = !0;
          // fallthrough
          case "newline":
            length += token.source.length;
            break;
          case "comment":
            strict && !hasSpace && onError(token, "MISSING_CHAR", "Comments must be separated from other tokens by white space characters"), length += token.source.length, comment = token.source.substring(1);
            break;
          case "error":
            onError(token, "UNEXPECTED_TOKEN", token.message), length += token.source.length;
            break;
          /* istanbul ignore next should not happen */
          default: {
            let message = `Unexpected token in block scalar header: ${token.type}`;
            onError(token, "UNEXPECTED_TOKEN", message);
            let ts = token.source;
            ts && typeof ts == "string" && (length += ts.length);
          }
        }
      }
      return { mode, indent, chomp, comment, length };
    }
    function splitLines(source) {
      let split = source.split(/\n( *)/), first = split[0], m = first.match(/^( *)/), lines = [m?.[1] ? [m[1], first.slice(m[1].length)] : ["", first]];
      for (let i = 1; i < split.length; i += 2)
        lines.push([split[i], split[i + 1]]);
      return lines;
    }
    exports.resolveBlockScalar = resolveBlockScalar;
  }
});

// node_modules/yaml/dist/compose/resolve-flow-scalar.js
var require_resolve_flow_scalar = __commonJS({
  "node_modules/yaml/dist/compose/resolve-flow-scalar.js"(exports) {
    "use strict";
    var Scalar = require_Scalar(), resolveEnd = require_resolve_end();
    function resolveFlowScalar(scalar, strict, onError) {
      let { offset, type, source, end } = scalar, _type, value, _onError = (rel, code, msg) => onError(offset + rel, code, msg);
      switch (type) {
        case "scalar":
          _type = Scalar.Scalar.PLAIN, value = plainValue(source, _onError);
          break;
        case "single-quoted-scalar":
          _type = Scalar.Scalar.QUOTE_SINGLE, value = singleQuotedValue(source, _onError);
          break;
        case "double-quoted-scalar":
          _type = Scalar.Scalar.QUOTE_DOUBLE, value = doubleQuotedValue(source, _onError);
          break;
        /* istanbul ignore next should not happen */
        default:
          return onError(scalar, "UNEXPECTED_TOKEN", `Expected a flow scalar value, but found: ${type}`), {
            value: "",
            type: null,
            comment: "",
            range: [offset, offset + source.length, offset + source.length]
          };
      }
      let valueEnd = offset + source.length, re = resolveEnd.resolveEnd(end, valueEnd, strict, onError);
      return {
        value,
        type: _type,
        comment: re.comment,
        range: [offset, valueEnd, re.offset]
      };
    }
    function plainValue(source, onError) {
      let badChar = "";
      switch (source[0]) {
        /* istanbul ignore next should not happen */
        case "	":
          badChar = "a tab character";
          break;
        case ",":
          badChar = "flow indicator character ,";
          break;
        case "%":
          badChar = "directive indicator character %";
          break;
        case "|":
        case ">": {
          badChar = `block scalar indicator ${source[0]}`;
          break;
        }
        case "@":
        case "`": {
          badChar = `reserved character ${source[0]}`;
          break;
        }
      }
      return badChar && onError(0, "BAD_SCALAR_START", `Plain value cannot start with ${badChar}`), unfoldLines(source);
    }
    function singleQuotedValue(source, onError) {
      return (source[source.length - 1] !== "'" || source.length === 1) && onError(source.length, "MISSING_CHAR", "Missing closing 'quote"), unfoldLines(source.slice(1, -1)).replace(/''/g, "'");
    }
    function unfoldLines(source) {
      let line = /(.*?)\r?\n/sy, match = line.exec(source);
      if (!match)
        return source;
      let trimEnd, trimBoth;
      try {
        trimEnd = new RegExp("(?<![ 	])[ 	]+$"), trimBoth = new RegExp("^[ 	]+|(?<![ 	])[ 	]+$", "g");
      } catch {
        trimEnd = /[ \t]+$/, trimBoth = /^[ \t]+|[ \t]+$/g;
      }
      let res = match[1].replace(trimEnd, ""), sep = " ", pos = line.lastIndex;
      for (; match = line.exec(source); ) {
        let lm = match[1].replace(trimBoth, "");
        lm === "" ? sep === `
` ? res += sep : sep = `
` : (res += sep + lm, sep = " "), pos = line.lastIndex;
      }
      let last = /[ \t]*(.*)/sy;
      return last.lastIndex = pos, match = last.exec(source), res + sep + (match?.[1] ?? "");
    }
    function doubleQuotedValue(source, onError) {
      let res = "";
      for (let i = 1; i < source.length - 1; ++i) {
        let ch = source[i];
        if (!(ch === "\r" && source[i + 1] === `
`))
          if (ch === `
`) {
            let { fold, offset } = foldNewline(source, i);
            res += fold, i = offset;
          } else if (ch === "\\") {
            let next = source[++i], cc = escapeCodes[next];
            if (cc)
              res += cc;
            else if (next === `
`)
              for (next = source[i + 1]; next === " " || next === "	"; )
                next = source[++i + 1];
            else if (next === "\r" && source[i + 1] === `
`)
              for (next = source[++i + 1]; next === " " || next === "	"; )
                next = source[++i + 1];
            else if (next === "x" || next === "u" || next === "U") {
              let length = next === "x" ? 2 : next === "u" ? 4 : 8;
              res += parseCharCode(source, i + 1, length, onError), i += length;
            } else {
              let raw = source.substr(i - 1, 2);
              onError(i - 1, "BAD_DQ_ESCAPE", `Invalid escape sequence ${raw}`), res += raw;
            }
          } else if (ch === " " || ch === "	") {
            let wsStart = i, next = source[i + 1];
            for (; next === " " || next === "	"; )
              next = source[++i + 1];
            next !== `
` && !(next === "\r" && source[i + 2] === `
`) && (res += i > wsStart ? source.slice(wsStart, i + 1) : ch);
          } else
            res += ch;
      }
      return (source[source.length - 1] !== '"' || source.length === 1) && onError(source.length, "MISSING_CHAR", 'Missing closing "quote'), res;
    }
    function foldNewline(source, offset) {
      let fold = "", ch = source[offset + 1];
      for (; (ch === " " || ch === "	" || ch === `
` || ch === "\r") && !(ch === "\r" && source[offset + 2] !== `
`); )
        ch === `
` && (fold += `
`), offset += 1, ch = source[offset + 1];
      return fold || (fold = " "), { fold, offset };
    }
    var escapeCodes = {
      0: "\0",
      // null character
      a: "\x07",
      // bell character
      b: "\b",
      // backspace
      e: "\x1B",
      // escape character
      f: "\f",
      // form feed
      n: `
`,
      // line feed
      r: "\r",
      // carriage return
      t: "	",
      // horizontal tab
      v: "\v",
      // vertical tab
      N: "\x85",
      // Unicode next line
      _: "\xA0",
      // Unicode non-breaking space
      L: "\u2028",
      // Unicode line separator
      P: "\u2029",
      // Unicode paragraph separator
      " ": " ",
      '"': '"',
      "/": "/",
      "\\": "\\",
      "	": "	"
    };
    function parseCharCode(source, offset, length, onError) {
      let cc = source.substr(offset, length), code = cc.length === length && /^[0-9a-fA-F]+$/.test(cc) ? parseInt(cc, 16) : NaN;
      try {
        return String.fromCodePoint(code);
      } catch {
        let raw = source.substr(offset - 2, length + 2);
        return onError(offset - 2, "BAD_DQ_ESCAPE", `Invalid escape sequence ${raw}`), raw;
      }
    }
    exports.resolveFlowScalar = resolveFlowScalar;
  }
});

// node_modules/yaml/dist/compose/compose-scalar.js
var require_compose_scalar = __commonJS({
  "node_modules/yaml/dist/compose/compose-scalar.js"(exports) {
    "use strict";
    var identity = require_identity(), Scalar = require_Scalar(), resolveBlockScalar = require_resolve_block_scalar(), resolveFlowScalar = require_resolve_flow_scalar();
    function composeScalar(ctx, token, tagToken, onError) {
      let { value, type, comment, range } = token.type === "block-scalar" ? resolveBlockScalar.resolveBlockScalar(ctx, token, onError) : resolveFlowScalar.resolveFlowScalar(token, ctx.options.strict, onError), tagName = tagToken ? ctx.directives.tagName(tagToken.source, (msg) => onError(tagToken, "TAG_RESOLVE_FAILED", msg)) : null, tag;
      ctx.options.stringKeys && ctx.atKey ? tag = ctx.schema[identity.SCALAR] : tagName ? tag = findScalarTagByName(ctx.schema, value, tagName, tagToken, onError) : token.type === "scalar" ? tag = findScalarTagByTest(ctx, value, token, onError) : tag = ctx.schema[identity.SCALAR];
      let scalar;
      try {
        let res = tag.resolve(value, (msg) => onError(tagToken ?? token, "TAG_RESOLVE_FAILED", msg), ctx.options);
        scalar = identity.isScalar(res) ? res : new Scalar.Scalar(res);
      } catch (error) {
        let msg = error instanceof Error ? error.message : String(error);
        onError(tagToken ?? token, "TAG_RESOLVE_FAILED", msg), scalar = new Scalar.Scalar(value);
      }
      return scalar.range = range, scalar.source = value, type && (scalar.type = type), tagName && (scalar.tag = tagName), tag.format && (scalar.format = tag.format), comment && (scalar.comment = comment), scalar;
    }
    function findScalarTagByName(schema, value, tagName, tagToken, onError) {
      if (tagName === "!")
        return schema[identity.SCALAR];
      let matchWithTest = [];
      for (let tag of schema.tags)
        if (!tag.collection && tag.tag === tagName)
          if (tag.default && tag.test)
            matchWithTest.push(tag);
          else
            return tag;
      for (let tag of matchWithTest)
        if (tag.test?.test(value))
          return tag;
      let kt = schema.knownTags[tagName];
      return kt && !kt.collection ? (schema.tags.push(Object.assign({}, kt, { default: !1, test: void 0 })), kt) : (onError(tagToken, "TAG_RESOLVE_FAILED", `Unresolved tag: ${tagName}`, tagName !== "tag:yaml.org,2002:str"), schema[identity.SCALAR]);
    }
    function findScalarTagByTest({ atKey, directives, schema }, value, token, onError) {
      let tag = schema.tags.find((tag2) => (tag2.default === !0 || atKey && tag2.default === "key") && tag2.test?.test(value)) || schema[identity.SCALAR];
      if (schema.compat) {
        let compat = schema.compat.find((tag2) => tag2.default && tag2.test?.test(value)) ?? schema[identity.SCALAR];
        if (tag.tag !== compat.tag) {
          let ts = directives.tagString(tag.tag), cs = directives.tagString(compat.tag), msg = `Value may be parsed as either ${ts} or ${cs}`;
          onError(token, "TAG_RESOLVE_FAILED", msg, !0);
        }
      }
      return tag;
    }
    exports.composeScalar = composeScalar;
  }
});

// node_modules/yaml/dist/compose/util-empty-scalar-position.js
var require_util_empty_scalar_position = __commonJS({
  "node_modules/yaml/dist/compose/util-empty-scalar-position.js"(exports) {
    "use strict";
    function emptyScalarPosition(offset, before, pos) {
      if (before) {
        pos ?? (pos = before.length);
        for (let i = pos - 1; i >= 0; --i) {
          let st = before[i];
          switch (st.type) {
            case "space":
            case "comment":
            case "newline":
              offset -= st.source.length;
              continue;
          }
          for (st = before[++i]; st?.type === "space"; )
            offset += st.source.length, st = before[++i];
          break;
        }
      }
      return offset;
    }
    exports.emptyScalarPosition = emptyScalarPosition;
  }
});

// node_modules/yaml/dist/compose/compose-node.js
var require_compose_node = __commonJS({
  "node_modules/yaml/dist/compose/compose-node.js"(exports) {
    "use strict";
    var Alias = require_Alias(), identity = require_identity(), composeCollection = require_compose_collection(), composeScalar = require_compose_scalar(), resolveEnd = require_resolve_end(), utilEmptyScalarPosition = require_util_empty_scalar_position(), CN = { composeNode, composeEmptyNode };
    function composeNode(ctx, token, props, onError) {
      let atKey = ctx.atKey, { spaceBefore, comment, anchor, tag } = props, node, isSrcToken = !0;
      switch (token.type) {
        case "alias":
          node = composeAlias(ctx, token, onError), (anchor || tag) && onError(token, "ALIAS_PROPS", "An alias node must not specify any properties");
          break;
        case "scalar":
        case "single-quoted-scalar":
        case "double-quoted-scalar":
        case "block-scalar":
          node = composeScalar.composeScalar(ctx, token, tag, onError), anchor && (node.anchor = anchor.source.substring(1));
          break;
        case "block-map":
        case "block-seq":
        case "flow-collection":
          try {
            node = composeCollection.composeCollection(CN, ctx, token, props, onError), anchor && (node.anchor = anchor.source.substring(1));
          } catch (error) {
            let message = error instanceof Error ? error.message : String(error);
            onError(token, "RESOURCE_EXHAUSTION", message);
          }
          break;
        default: {
          let message = token.type === "error" ? token.message : `Unsupported token (type: ${token.type})`;
          onError(token, "UNEXPECTED_TOKEN", message), isSrcToken = !1;
        }
      }
      return node ?? (node = composeEmptyNode(ctx, token.offset, void 0, null, props, onError)), anchor && node.anchor === "" && onError(anchor, "BAD_ALIAS", "Anchor cannot be an empty string"), atKey && ctx.options.stringKeys && (!identity.isScalar(node) || typeof node.value != "string" || node.tag && node.tag !== "tag:yaml.org,2002:str") && onError(tag ?? token, "NON_STRING_KEY", "With stringKeys, all keys must be strings"), spaceBefore && (node.spaceBefore = !0), comment && (token.type === "scalar" && token.source === "" ? node.comment = comment : node.commentBefore = comment), ctx.options.keepSourceTokens && isSrcToken && (node.srcToken = token), node;
    }
    function composeEmptyNode(ctx, offset, before, pos, { spaceBefore, comment, anchor, tag, end }, onError) {
      let token = {
        type: "scalar",
        offset: utilEmptyScalarPosition.emptyScalarPosition(offset, before, pos),
        indent: -1,
        source: ""
      }, node = composeScalar.composeScalar(ctx, token, tag, onError);
      return anchor && (node.anchor = anchor.source.substring(1), node.anchor === "" && onError(anchor, "BAD_ALIAS", "Anchor cannot be an empty string")), spaceBefore && (node.spaceBefore = !0), comment && (node.comment = comment, node.range[2] = end), node;
    }
    function composeAlias({ options: options2 }, { offset, source, end }, onError) {
      let alias = new Alias.Alias(source.substring(1));
      alias.source === "" && onError(offset, "BAD_ALIAS", "Alias cannot be an empty string"), alias.source.endsWith(":") && onError(offset + source.length - 1, "BAD_ALIAS", "Alias ending in : is ambiguous", !0);
      let valueEnd = offset + source.length, re = resolveEnd.resolveEnd(end, valueEnd, options2.strict, onError);
      return alias.range = [offset, valueEnd, re.offset], re.comment && (alias.comment = re.comment), alias;
    }
    exports.composeEmptyNode = composeEmptyNode;
    exports.composeNode = composeNode;
  }
});

// node_modules/yaml/dist/compose/compose-doc.js
var require_compose_doc = __commonJS({
  "node_modules/yaml/dist/compose/compose-doc.js"(exports) {
    "use strict";
    var Document = require_Document(), composeNode = require_compose_node(), resolveEnd = require_resolve_end(), resolveProps = require_resolve_props();
    function composeDoc(options2, directives, { offset, start, value, end }, onError) {
      let opts = Object.assign({ _directives: directives }, options2), doc = new Document.Document(void 0, opts), ctx = {
        atKey: !1,
        atRoot: !0,
        directives: doc.directives,
        options: doc.options,
        schema: doc.schema
      }, props = resolveProps.resolveProps(start, {
        indicator: "doc-start",
        next: value ?? end?.[0],
        offset,
        onError,
        parentIndent: 0,
        startOnNewline: !0
      });
      props.found && (doc.directives.docStart = !0, value && (value.type === "block-map" || value.type === "block-seq") && !props.hasNewline && onError(props.end, "MISSING_CHAR", "Block collection cannot start on same line with directives-end marker")), doc.contents = value ? composeNode.composeNode(ctx, value, props, onError) : composeNode.composeEmptyNode(ctx, props.end, start, null, props, onError);
      let contentEnd = doc.contents.range[2], re = resolveEnd.resolveEnd(end, contentEnd, !1, onError);
      return re.comment && (doc.comment = re.comment), doc.range = [offset, contentEnd, re.offset], doc;
    }
    exports.composeDoc = composeDoc;
  }
});

// node_modules/yaml/dist/compose/composer.js
var require_composer = __commonJS({
  "node_modules/yaml/dist/compose/composer.js"(exports) {
    "use strict";
    var node_process = __require("process"), directives = require_directives(), Document = require_Document(), errors = require_errors(), identity = require_identity(), composeDoc = require_compose_doc(), resolveEnd = require_resolve_end();
    function getErrorPos(src) {
      if (typeof src == "number")
        return [src, src + 1];
      if (Array.isArray(src))
        return src.length === 2 ? src : [src[0], src[1]];
      let { offset, source } = src;
      return [offset, offset + (typeof source == "string" ? source.length : 1)];
    }
    function parsePrelude(prelude) {
      let comment = "", atComment = !1, afterEmptyLine = !1;
      for (let i = 0; i < prelude.length; ++i) {
        let source = prelude[i];
        switch (source[0]) {
          case "#":
            comment += (comment === "" ? "" : afterEmptyLine ? `

` : `
`) + (source.substring(1) || " "), atComment = !0, afterEmptyLine = !1;
            break;
          case "%":
            prelude[i + 1]?.[0] !== "#" && (i += 1), atComment = !1;
            break;
          default:
            atComment || (afterEmptyLine = !0), atComment = !1;
        }
      }
      return { comment, afterEmptyLine };
    }
    var Composer = class {
      constructor(options2 = {}) {
        this.doc = null, this.atDirectives = !1, this.prelude = [], this.errors = [], this.warnings = [], this.onError = (source, code, message, warning) => {
          let pos = getErrorPos(source);
          warning ? this.warnings.push(new errors.YAMLWarning(pos, code, message)) : this.errors.push(new errors.YAMLParseError(pos, code, message));
        }, this.directives = new directives.Directives({ version: options2.version || "1.2" }), this.options = options2;
      }
      decorate(doc, afterDoc) {
        let { comment, afterEmptyLine } = parsePrelude(this.prelude);
        if (comment) {
          let dc = doc.contents;
          if (afterDoc)
            doc.comment = doc.comment ? `${doc.comment}
${comment}` : comment;
          else if (afterEmptyLine || doc.directives.docStart || !dc)
            doc.commentBefore = comment;
          else if (identity.isCollection(dc) && !dc.flow && dc.items.length > 0) {
            let it = dc.items[0];
            identity.isPair(it) && (it = it.key);
            let cb = it.commentBefore;
            it.commentBefore = cb ? `${comment}
${cb}` : comment;
          } else {
            let cb = dc.commentBefore;
            dc.commentBefore = cb ? `${comment}
${cb}` : comment;
          }
        }
        if (afterDoc) {
          for (let i = 0; i < this.errors.length; ++i)
            doc.errors.push(this.errors[i]);
          for (let i = 0; i < this.warnings.length; ++i)
            doc.warnings.push(this.warnings[i]);
        } else
          doc.errors = this.errors, doc.warnings = this.warnings;
        this.prelude = [], this.errors = [], this.warnings = [];
      }
      /**
       * Current stream status information.
       *
       * Mostly useful at the end of input for an empty stream.
       */
      streamInfo() {
        return {
          comment: parsePrelude(this.prelude).comment,
          directives: this.directives,
          errors: this.errors,
          warnings: this.warnings
        };
      }
      /**
       * Compose tokens into documents.
       *
       * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
       * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
       */
      *compose(tokens2, forceDoc = !1, endOffset = -1) {
        for (let token of tokens2)
          yield* this.next(token);
        yield* this.end(forceDoc, endOffset);
      }
      /** Advance the composer by one CST token. */
      *next(token) {
        switch (node_process.env.LOG_STREAM && console.dir(token, { depth: null }), token.type) {
          case "directive":
            this.directives.add(token.source, (offset, message, warning) => {
              let pos = getErrorPos(token);
              pos[0] += offset, this.onError(pos, "BAD_DIRECTIVE", message, warning);
            }), this.prelude.push(token.source), this.atDirectives = !0;
            break;
          case "document": {
            let doc = composeDoc.composeDoc(this.options, this.directives, token, this.onError);
            this.atDirectives && !doc.directives.docStart && this.onError(token, "MISSING_CHAR", "Missing directives-end/doc-start indicator line"), this.decorate(doc, !1), this.doc && (yield this.doc), this.doc = doc, this.atDirectives = !1;
            break;
          }
          case "byte-order-mark":
          case "space":
            break;
          case "comment":
          case "newline":
            this.prelude.push(token.source);
            break;
          case "error": {
            let msg = token.source ? `${token.message}: ${JSON.stringify(token.source)}` : token.message, error = new errors.YAMLParseError(getErrorPos(token), "UNEXPECTED_TOKEN", msg);
            this.atDirectives || !this.doc ? this.errors.push(error) : this.doc.errors.push(error);
            break;
          }
          case "doc-end": {
            if (!this.doc) {
              let msg = "Unexpected doc-end without preceding document";
              this.errors.push(new errors.YAMLParseError(getErrorPos(token), "UNEXPECTED_TOKEN", msg));
              break;
            }
            this.doc.directives.docEnd = !0;
            let end = resolveEnd.resolveEnd(token.end, token.offset + token.source.length, this.doc.options.strict, this.onError);
            if (this.decorate(this.doc, !0), end.comment) {
              let dc = this.doc.comment;
              this.doc.comment = dc ? `${dc}
${end.comment}` : end.comment;
            }
            this.doc.range[2] = end.offset;
            break;
          }
          default:
            this.errors.push(new errors.YAMLParseError(getErrorPos(token), "UNEXPECTED_TOKEN", `Unsupported token ${token.type}`));
        }
      }
      /**
       * Call at end of input to yield any remaining document.
       *
       * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
       * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
       */
      *end(forceDoc = !1, endOffset = -1) {
        if (this.doc)
          this.decorate(this.doc, !0), yield this.doc, this.doc = null;
        else if (forceDoc) {
          let opts = Object.assign({ _directives: this.directives }, this.options), doc = new Document.Document(void 0, opts);
          this.atDirectives && this.onError(endOffset, "MISSING_CHAR", "Missing directives-end indicator line"), doc.range = [0, endOffset, endOffset], this.decorate(doc, !1), yield doc;
        }
      }
    };
    exports.Composer = Composer;
  }
});

// node_modules/yaml/dist/parse/cst-scalar.js
var require_cst_scalar = __commonJS({
  "node_modules/yaml/dist/parse/cst-scalar.js"(exports) {
    "use strict";
    var resolveBlockScalar = require_resolve_block_scalar(), resolveFlowScalar = require_resolve_flow_scalar(), errors = require_errors(), stringifyString = require_stringifyString();
    function resolveAsScalar(token, strict = !0, onError) {
      if (token) {
        let _onError = (pos, code, message) => {
          let offset = typeof pos == "number" ? pos : Array.isArray(pos) ? pos[0] : pos.offset;
          if (onError)
            onError(offset, code, message);
          else
            throw new errors.YAMLParseError([offset, offset + 1], code, message);
        };
        switch (token.type) {
          case "scalar":
          case "single-quoted-scalar":
          case "double-quoted-scalar":
            return resolveFlowScalar.resolveFlowScalar(token, strict, _onError);
          case "block-scalar":
            return resolveBlockScalar.resolveBlockScalar({ options: { strict } }, token, _onError);
        }
      }
      return null;
    }
    function createScalarToken(value, context) {
      let { implicitKey = !1, indent, inFlow = !1, offset = -1, type = "PLAIN" } = context, source = stringifyString.stringifyString({ type, value }, {
        implicitKey,
        indent: indent > 0 ? " ".repeat(indent) : "",
        inFlow,
        options: { blockQuote: !0, lineWidth: -1 }
      }), end = context.end ?? [
        { type: "newline", offset: -1, indent, source: `
` }
      ];
      switch (source[0]) {
        case "|":
        case ">": {
          let he = source.indexOf(`
`), head = source.substring(0, he), body = source.substring(he + 1) + `
`, props = [
            { type: "block-scalar-header", offset, indent, source: head }
          ];
          return addEndtoBlockProps(props, end) || props.push({ type: "newline", offset: -1, indent, source: `
` }), { type: "block-scalar", offset, indent, props, source: body };
        }
        case '"':
          return { type: "double-quoted-scalar", offset, indent, source, end };
        case "'":
          return { type: "single-quoted-scalar", offset, indent, source, end };
        default:
          return { type: "scalar", offset, indent, source, end };
      }
    }
    function setScalarValue(token, value, context = {}) {
      let { afterKey = !1, implicitKey = !1, inFlow = !1, type } = context, indent = "indent" in token ? token.indent : null;
      if (afterKey && typeof indent == "number" && (indent += 2), !type)
        switch (token.type) {
          case "single-quoted-scalar":
            type = "QUOTE_SINGLE";
            break;
          case "double-quoted-scalar":
            type = "QUOTE_DOUBLE";
            break;
          case "block-scalar": {
            let header = token.props[0];
            if (header.type !== "block-scalar-header")
              throw new Error("Invalid block scalar header");
            type = header.source[0] === ">" ? "BLOCK_FOLDED" : "BLOCK_LITERAL";
            break;
          }
          default:
            type = "PLAIN";
        }
      let source = stringifyString.stringifyString({ type, value }, {
        implicitKey: implicitKey || indent === null,
        indent: indent !== null && indent > 0 ? " ".repeat(indent) : "",
        inFlow,
        options: { blockQuote: !0, lineWidth: -1 }
      });
      switch (source[0]) {
        case "|":
        case ">":
          setBlockScalarValue(token, source);
          break;
        case '"':
          setFlowScalarValue(token, source, "double-quoted-scalar");
          break;
        case "'":
          setFlowScalarValue(token, source, "single-quoted-scalar");
          break;
        default:
          setFlowScalarValue(token, source, "scalar");
      }
    }
    function setBlockScalarValue(token, source) {
      let he = source.indexOf(`
`), head = source.substring(0, he), body = source.substring(he + 1) + `
`;
      if (token.type === "block-scalar") {
        let header = token.props[0];
        if (header.type !== "block-scalar-header")
          throw new Error("Invalid block scalar header");
        header.source = head, token.source = body;
      } else {
        let { offset } = token, indent = "indent" in token ? token.indent : -1, props = [
          { type: "block-scalar-header", offset, indent, source: head }
        ];
        addEndtoBlockProps(props, "end" in token ? token.end : void 0) || props.push({ type: "newline", offset: -1, indent, source: `
` });
        for (let key of Object.keys(token))
          key !== "type" && key !== "offset" && delete token[key];
        Object.assign(token, { type: "block-scalar", indent, props, source: body });
      }
    }
    function addEndtoBlockProps(props, end) {
      if (end)
        for (let st of end)
          switch (st.type) {
            case "space":
            case "comment":
              props.push(st);
              break;
            case "newline":
              return props.push(st), !0;
          }
      return !1;
    }
    function setFlowScalarValue(token, source, type) {
      switch (token.type) {
        case "scalar":
        case "double-quoted-scalar":
        case "single-quoted-scalar":
          token.type = type, token.source = source;
          break;
        case "block-scalar": {
          let end = token.props.slice(1), oa = source.length;
          token.props[0].type === "block-scalar-header" && (oa -= token.props[0].source.length);
          for (let tok of end)
            tok.offset += oa;
          delete token.props, Object.assign(token, { type, source, end });
          break;
        }
        case "block-map":
        case "block-seq": {
          let nl = { type: "newline", offset: token.offset + source.length, indent: token.indent, source: `
` };
          delete token.items, Object.assign(token, { type, source, end: [nl] });
          break;
        }
        default: {
          let indent = "indent" in token ? token.indent : -1, end = "end" in token && Array.isArray(token.end) ? token.end.filter((st) => st.type === "space" || st.type === "comment" || st.type === "newline") : [];
          for (let key of Object.keys(token))
            key !== "type" && key !== "offset" && delete token[key];
          Object.assign(token, { type, indent, source, end });
        }
      }
    }
    exports.createScalarToken = createScalarToken;
    exports.resolveAsScalar = resolveAsScalar;
    exports.setScalarValue = setScalarValue;
  }
});

// node_modules/yaml/dist/parse/cst-stringify.js
var require_cst_stringify = __commonJS({
  "node_modules/yaml/dist/parse/cst-stringify.js"(exports) {
    "use strict";
    var stringify2 = (cst) => "type" in cst ? stringifyToken(cst) : stringifyItem(cst);
    function stringifyToken(token) {
      switch (token.type) {
        case "block-scalar": {
          let res = "";
          for (let tok of token.props)
            res += stringifyToken(tok);
          return res + token.source;
        }
        case "block-map":
        case "block-seq": {
          let res = "";
          for (let item of token.items)
            res += stringifyItem(item);
          return res;
        }
        case "flow-collection": {
          let res = token.start.source;
          for (let item of token.items)
            res += stringifyItem(item);
          for (let st of token.end)
            res += st.source;
          return res;
        }
        case "document": {
          let res = stringifyItem(token);
          if (token.end)
            for (let st of token.end)
              res += st.source;
          return res;
        }
        default: {
          let res = token.source;
          if ("end" in token && token.end)
            for (let st of token.end)
              res += st.source;
          return res;
        }
      }
    }
    function stringifyItem({ start, key, sep, value }) {
      let res = "";
      for (let st of start)
        res += st.source;
      if (key && (res += stringifyToken(key)), sep)
        for (let st of sep)
          res += st.source;
      return value && (res += stringifyToken(value)), res;
    }
    exports.stringify = stringify2;
  }
});

// node_modules/yaml/dist/parse/cst-visit.js
var require_cst_visit = __commonJS({
  "node_modules/yaml/dist/parse/cst-visit.js"(exports) {
    "use strict";
    var BREAK = /* @__PURE__ */ Symbol("break visit"), SKIP = /* @__PURE__ */ Symbol("skip children"), REMOVE = /* @__PURE__ */ Symbol("remove item");
    function visit2(cst, visitor) {
      "type" in cst && cst.type === "document" && (cst = { start: cst.start, value: cst.value }), _visit(Object.freeze([]), cst, visitor);
    }
    visit2.BREAK = BREAK;
    visit2.SKIP = SKIP;
    visit2.REMOVE = REMOVE;
    visit2.itemAtPath = (cst, path16) => {
      let item = cst;
      for (let [field, index] of path16) {
        let tok = item?.[field];
        if (tok && "items" in tok)
          item = tok.items[index];
        else
          return;
      }
      return item;
    };
    visit2.parentCollection = (cst, path16) => {
      let parent = visit2.itemAtPath(cst, path16.slice(0, -1)), field = path16[path16.length - 1][0], coll = parent?.[field];
      if (coll && "items" in coll)
        return coll;
      throw new Error("Parent collection not found");
    };
    function _visit(path16, item, visitor) {
      let ctrl = visitor(item, path16);
      if (typeof ctrl == "symbol")
        return ctrl;
      for (let field of ["key", "value"]) {
        let token = item[field];
        if (token && "items" in token) {
          for (let i = 0; i < token.items.length; ++i) {
            let ci = _visit(Object.freeze(path16.concat([[field, i]])), token.items[i], visitor);
            if (typeof ci == "number")
              i = ci - 1;
            else {
              if (ci === BREAK)
                return BREAK;
              ci === REMOVE && (token.items.splice(i, 1), i -= 1);
            }
          }
          typeof ctrl == "function" && field === "key" && (ctrl = ctrl(item, path16));
        }
      }
      return typeof ctrl == "function" ? ctrl(item, path16) : ctrl;
    }
    exports.visit = visit2;
  }
});

// node_modules/yaml/dist/parse/cst.js
var require_cst = __commonJS({
  "node_modules/yaml/dist/parse/cst.js"(exports) {
    "use strict";
    var cstScalar = require_cst_scalar(), cstStringify = require_cst_stringify(), cstVisit = require_cst_visit(), BOM = "\uFEFF", DOCUMENT = "", FLOW_END = "", SCALAR = "", isCollection = (token) => !!token && "items" in token, isScalar = (token) => !!token && (token.type === "scalar" || token.type === "single-quoted-scalar" || token.type === "double-quoted-scalar" || token.type === "block-scalar");
    function prettyToken(token) {
      switch (token) {
        case BOM:
          return "<BOM>";
        case DOCUMENT:
          return "<DOC>";
        case FLOW_END:
          return "<FLOW_END>";
        case SCALAR:
          return "<SCALAR>";
        default:
          return JSON.stringify(token);
      }
    }
    function tokenType(source) {
      switch (source) {
        case BOM:
          return "byte-order-mark";
        case DOCUMENT:
          return "doc-mode";
        case FLOW_END:
          return "flow-error-end";
        case SCALAR:
          return "scalar";
        case "---":
          return "doc-start";
        case "...":
          return "doc-end";
        case "":
        case `
`:
        case `\r
`:
          return "newline";
        case "-":
          return "seq-item-ind";
        case "?":
          return "explicit-key-ind";
        case ":":
          return "map-value-ind";
        case "{":
          return "flow-map-start";
        case "}":
          return "flow-map-end";
        case "[":
          return "flow-seq-start";
        case "]":
          return "flow-seq-end";
        case ",":
          return "comma";
      }
      switch (source[0]) {
        case " ":
        case "	":
          return "space";
        case "#":
          return "comment";
        case "%":
          return "directive-line";
        case "*":
          return "alias";
        case "&":
          return "anchor";
        case "!":
          return "tag";
        case "'":
          return "single-quoted-scalar";
        case '"':
          return "double-quoted-scalar";
        case "|":
        case ">":
          return "block-scalar-header";
      }
      return null;
    }
    exports.createScalarToken = cstScalar.createScalarToken;
    exports.resolveAsScalar = cstScalar.resolveAsScalar;
    exports.setScalarValue = cstScalar.setScalarValue;
    exports.stringify = cstStringify.stringify;
    exports.visit = cstVisit.visit;
    exports.BOM = BOM;
    exports.DOCUMENT = DOCUMENT;
    exports.FLOW_END = FLOW_END;
    exports.SCALAR = SCALAR;
    exports.isCollection = isCollection;
    exports.isScalar = isScalar;
    exports.prettyToken = prettyToken;
    exports.tokenType = tokenType;
  }
});

// node_modules/yaml/dist/parse/lexer.js
var require_lexer = __commonJS({
  "node_modules/yaml/dist/parse/lexer.js"(exports) {
    "use strict";
    var cst = require_cst();
    function isEmpty(ch) {
      switch (ch) {
        case void 0:
        case " ":
        case `
`:
        case "\r":
        case "	":
          return !0;
        default:
          return !1;
      }
    }
    var hexDigits = new Set("0123456789ABCDEFabcdef"), tagChars = new Set("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-#;/?:@&=+$_.!~*'()"), flowIndicatorChars = new Set(",[]{}"), invalidAnchorChars = new Set(` ,[]{}
\r	`), isNotAnchorChar = (ch) => !ch || invalidAnchorChars.has(ch), Lexer = class {
      constructor() {
        this.atEnd = !1, this.blockScalarIndent = -1, this.blockScalarKeep = !1, this.buffer = "", this.flowKey = !1, this.flowLevel = 0, this.indentNext = 0, this.indentValue = 0, this.lineEndPos = null, this.next = null, this.pos = 0;
      }
      /**
       * Generate YAML tokens from the `source` string. If `incomplete`,
       * a part of the last line may be left as a buffer for the next call.
       *
       * @returns A generator of lexical tokens
       */
      *lex(source, incomplete = !1) {
        if (source) {
          if (typeof source != "string")
            throw TypeError("source is not a string");
          this.buffer = this.buffer ? this.buffer + source : source, this.lineEndPos = null;
        }
        this.atEnd = !incomplete;
        let next = this.next ?? "stream";
        for (; next && (incomplete || this.hasChars(1)); )
          next = yield* this.parseNext(next);
      }
      atLineEnd() {
        let i = this.pos, ch = this.buffer[i];
        for (; ch === " " || ch === "	"; )
          ch = this.buffer[++i];
        return !ch || ch === "#" || ch === `
` ? !0 : ch === "\r" ? this.buffer[i + 1] === `
` : !1;
      }
      charAt(n) {
        return this.buffer[this.pos + n];
      }
      continueScalar(offset) {
        let ch = this.buffer[offset];
        if (this.indentNext > 0) {
          let indent = 0;
          for (; ch === " "; )
            ch = this.buffer[++indent + offset];
          if (ch === "\r") {
            let next = this.buffer[indent + offset + 1];
            if (next === `
` || !next && !this.atEnd)
              return offset + indent + 1;
          }
          return ch === `
` || indent >= this.indentNext || !ch && !this.atEnd ? offset + indent : -1;
        }
        if (ch === "-" || ch === ".") {
          let dt = this.buffer.substr(offset, 3);
          if ((dt === "---" || dt === "...") && isEmpty(this.buffer[offset + 3]))
            return -1;
        }
        return offset;
      }
      getLine() {
        let end = this.lineEndPos;
        return (typeof end != "number" || end !== -1 && end < this.pos) && (end = this.buffer.indexOf(`
`, this.pos), this.lineEndPos = end), end === -1 ? this.atEnd ? this.buffer.substring(this.pos) : null : (this.buffer[end - 1] === "\r" && (end -= 1), this.buffer.substring(this.pos, end));
      }
      hasChars(n) {
        return this.pos + n <= this.buffer.length;
      }
      setNext(state) {
        return this.buffer = this.buffer.substring(this.pos), this.pos = 0, this.lineEndPos = null, this.next = state, null;
      }
      peek(n) {
        return this.buffer.substr(this.pos, n);
      }
      *parseNext(next) {
        switch (next) {
          case "stream":
            return yield* this.parseStream();
          case "line-start":
            return yield* this.parseLineStart();
          case "block-start":
            return yield* this.parseBlockStart();
          case "doc":
            return yield* this.parseDocument();
          case "flow":
            return yield* this.parseFlowCollection();
          case "quoted-scalar":
            return yield* this.parseQuotedScalar();
          case "block-scalar":
            return yield* this.parseBlockScalar();
          case "plain-scalar":
            return yield* this.parsePlainScalar();
        }
      }
      *parseStream() {
        let line = this.getLine();
        if (line === null)
          return this.setNext("stream");
        if (line[0] === cst.BOM && (yield* this.pushCount(1), line = line.substring(1)), line[0] === "%") {
          let dirEnd = line.length, cs = line.indexOf("#");
          for (; cs !== -1; ) {
            let ch = line[cs - 1];
            if (ch === " " || ch === "	") {
              dirEnd = cs - 1;
              break;
            } else
              cs = line.indexOf("#", cs + 1);
          }
          for (; ; ) {
            let ch = line[dirEnd - 1];
            if (ch === " " || ch === "	")
              dirEnd -= 1;
            else
              break;
          }
          let n = (yield* this.pushCount(dirEnd)) + (yield* this.pushSpaces(!0));
          return yield* this.pushCount(line.length - n), this.pushNewline(), "stream";
        }
        if (this.atLineEnd()) {
          let sp = yield* this.pushSpaces(!0);
          return yield* this.pushCount(line.length - sp), yield* this.pushNewline(), "stream";
        }
        return yield cst.DOCUMENT, yield* this.parseLineStart();
      }
      *parseLineStart() {
        let ch = this.charAt(0);
        if (!ch && !this.atEnd)
          return this.setNext("line-start");
        if (ch === "-" || ch === ".") {
          if (!this.atEnd && !this.hasChars(4))
            return this.setNext("line-start");
          let s = this.peek(3);
          if ((s === "---" || s === "...") && isEmpty(this.charAt(3)))
            return yield* this.pushCount(3), this.indentValue = 0, this.indentNext = 0, s === "---" ? "doc" : "stream";
        }
        return this.indentValue = yield* this.pushSpaces(!1), this.indentNext > this.indentValue && !isEmpty(this.charAt(1)) && (this.indentNext = this.indentValue), yield* this.parseBlockStart();
      }
      *parseBlockStart() {
        let [ch0, ch1] = this.peek(2);
        if (!ch1 && !this.atEnd)
          return this.setNext("block-start");
        if ((ch0 === "-" || ch0 === "?" || ch0 === ":") && isEmpty(ch1)) {
          let n = (yield* this.pushCount(1)) + (yield* this.pushSpaces(!0));
          return this.indentNext = this.indentValue + 1, this.indentValue += n, "block-start";
        }
        return "doc";
      }
      *parseDocument() {
        yield* this.pushSpaces(!0);
        let line = this.getLine();
        if (line === null)
          return this.setNext("doc");
        let n = yield* this.pushIndicators();
        switch (line[n]) {
          case "#":
            yield* this.pushCount(line.length - n);
          // fallthrough
          case void 0:
            return yield* this.pushNewline(), yield* this.parseLineStart();
          case "{":
          case "[":
            return yield* this.pushCount(1), this.flowKey = !1, this.flowLevel = 1, "flow";
          case "}":
          case "]":
            return yield* this.pushCount(1), "doc";
          case "*":
            return yield* this.pushUntil(isNotAnchorChar), "doc";
          case '"':
          case "'":
            return yield* this.parseQuotedScalar();
          case "|":
          case ">":
            return n += yield* this.parseBlockScalarHeader(), n += yield* this.pushSpaces(!0), yield* this.pushCount(line.length - n), yield* this.pushNewline(), yield* this.parseBlockScalar();
          default:
            return yield* this.parsePlainScalar();
        }
      }
      *parseFlowCollection() {
        let nl, sp, indent = -1;
        do
          nl = yield* this.pushNewline(), nl > 0 ? (sp = yield* this.pushSpaces(!1), this.indentValue = indent = sp) : sp = 0, sp += yield* this.pushSpaces(!0);
        while (nl + sp > 0);
        let line = this.getLine();
        if (line === null)
          return this.setNext("flow");
        if ((indent !== -1 && indent < this.indentNext && line[0] !== "#" || indent === 0 && (line.startsWith("---") || line.startsWith("...")) && isEmpty(line[3])) && !(indent === this.indentNext - 1 && this.flowLevel === 1 && (line[0] === "]" || line[0] === "}")))
          return this.flowLevel = 0, yield cst.FLOW_END, yield* this.parseLineStart();
        let n = 0;
        for (; line[n] === ","; )
          n += yield* this.pushCount(1), n += yield* this.pushSpaces(!0), this.flowKey = !1;
        switch (n += yield* this.pushIndicators(), line[n]) {
          case void 0:
            return "flow";
          case "#":
            return yield* this.pushCount(line.length - n), "flow";
          case "{":
          case "[":
            return yield* this.pushCount(1), this.flowKey = !1, this.flowLevel += 1, "flow";
          case "}":
          case "]":
            return yield* this.pushCount(1), this.flowKey = !0, this.flowLevel -= 1, this.flowLevel ? "flow" : "doc";
          case "*":
            return yield* this.pushUntil(isNotAnchorChar), "flow";
          case '"':
          case "'":
            return this.flowKey = !0, yield* this.parseQuotedScalar();
          case ":": {
            let next = this.charAt(1);
            if (this.flowKey || isEmpty(next) || next === ",")
              return this.flowKey = !1, yield* this.pushCount(1), yield* this.pushSpaces(!0), "flow";
          }
          // fallthrough
          default:
            return this.flowKey = !1, yield* this.parsePlainScalar();
        }
      }
      *parseQuotedScalar() {
        let quote3 = this.charAt(0), end = this.buffer.indexOf(quote3, this.pos + 1);
        if (quote3 === "'")
          for (; end !== -1 && this.buffer[end + 1] === "'"; )
            end = this.buffer.indexOf("'", end + 2);
        else
          for (; end !== -1; ) {
            let n = 0;
            for (; this.buffer[end - 1 - n] === "\\"; )
              n += 1;
            if (n % 2 === 0)
              break;
            end = this.buffer.indexOf('"', end + 1);
          }
        let qb = this.buffer.substring(0, end), nl = qb.indexOf(`
`, this.pos);
        if (nl !== -1) {
          for (; nl !== -1; ) {
            let cs = this.continueScalar(nl + 1);
            if (cs === -1)
              break;
            nl = qb.indexOf(`
`, cs);
          }
          nl !== -1 && (end = nl - (qb[nl - 1] === "\r" ? 2 : 1));
        }
        if (end === -1) {
          if (!this.atEnd)
            return this.setNext("quoted-scalar");
          end = this.buffer.length;
        }
        return yield* this.pushToIndex(end + 1, !1), this.flowLevel ? "flow" : "doc";
      }
      *parseBlockScalarHeader() {
        this.blockScalarIndent = -1, this.blockScalarKeep = !1;
        let i = this.pos;
        for (; ; ) {
          let ch = this.buffer[++i];
          if (ch === "+")
            this.blockScalarKeep = !0;
          else if (ch > "0" && ch <= "9")
            this.blockScalarIndent = Number(ch) - 1;
          else if (ch !== "-")
            break;
        }
        return yield* this.pushUntil((ch) => isEmpty(ch) || ch === "#");
      }
      *parseBlockScalar() {
        let nl = this.pos - 1, indent = 0, ch;
        loop: for (let i2 = this.pos; ch = this.buffer[i2]; ++i2)
          switch (ch) {
            case " ":
              indent += 1;
              break;
            case `
`:
              nl = i2, indent = 0;
              break;
            case "\r": {
              let next = this.buffer[i2 + 1];
              if (!next && !this.atEnd)
                return this.setNext("block-scalar");
              if (next === `
`)
                break;
            }
            // fallthrough
            default:
              break loop;
          }
        if (!ch && !this.atEnd)
          return this.setNext("block-scalar");
        if (indent >= this.indentNext) {
          this.blockScalarIndent === -1 ? this.indentNext = indent : this.indentNext = this.blockScalarIndent + (this.indentNext === 0 ? 1 : this.indentNext);
          do {
            let cs = this.continueScalar(nl + 1);
            if (cs === -1)
              break;
            nl = this.buffer.indexOf(`
`, cs);
          } while (nl !== -1);
          if (nl === -1) {
            if (!this.atEnd)
              return this.setNext("block-scalar");
            nl = this.buffer.length;
          }
        }
        let i = nl + 1;
        for (ch = this.buffer[i]; ch === " "; )
          ch = this.buffer[++i];
        if (ch === "	") {
          for (; ch === "	" || ch === " " || ch === "\r" || ch === `
`; )
            ch = this.buffer[++i];
          nl = i - 1;
        } else if (!this.blockScalarKeep)
          do {
            let i2 = nl - 1, ch2 = this.buffer[i2];
            ch2 === "\r" && (ch2 = this.buffer[--i2]);
            let lastChar = i2;
            for (; ch2 === " "; )
              ch2 = this.buffer[--i2];
            if (ch2 === `
` && i2 >= this.pos && i2 + 1 + indent > lastChar)
              nl = i2;
            else
              break;
          } while (!0);
        return yield cst.SCALAR, yield* this.pushToIndex(nl + 1, !0), yield* this.parseLineStart();
      }
      *parsePlainScalar() {
        let inFlow = this.flowLevel > 0, end = this.pos - 1, i = this.pos - 1, ch;
        for (; ch = this.buffer[++i]; )
          if (ch === ":") {
            let next = this.buffer[i + 1];
            if (isEmpty(next) || inFlow && flowIndicatorChars.has(next))
              break;
            end = i;
          } else if (isEmpty(ch)) {
            let next = this.buffer[i + 1];
            if (ch === "\r" && (next === `
` ? (i += 1, ch = `
`, next = this.buffer[i + 1]) : end = i), next === "#" || inFlow && flowIndicatorChars.has(next))
              break;
            if (ch === `
`) {
              let cs = this.continueScalar(i + 1);
              if (cs === -1)
                break;
              i = Math.max(i, cs - 2);
            }
          } else {
            if (inFlow && flowIndicatorChars.has(ch))
              break;
            end = i;
          }
        return !ch && !this.atEnd ? this.setNext("plain-scalar") : (yield cst.SCALAR, yield* this.pushToIndex(end + 1, !0), inFlow ? "flow" : "doc");
      }
      *pushCount(n) {
        return n > 0 ? (yield this.buffer.substr(this.pos, n), this.pos += n, n) : 0;
      }
      *pushToIndex(i, allowEmpty) {
        let s = this.buffer.slice(this.pos, i);
        return s ? (yield s, this.pos += s.length, s.length) : (allowEmpty && (yield ""), 0);
      }
      *pushIndicators() {
        let n = 0;
        loop: for (; ; ) {
          switch (this.charAt(0)) {
            case "!":
              n += yield* this.pushTag(), n += yield* this.pushSpaces(!0);
              continue loop;
            case "&":
              n += yield* this.pushUntil(isNotAnchorChar), n += yield* this.pushSpaces(!0);
              continue loop;
            case "-":
            // this is an error
            case "?":
            // this is an error outside flow collections
            case ":": {
              let inFlow = this.flowLevel > 0, ch1 = this.charAt(1);
              if (isEmpty(ch1) || inFlow && flowIndicatorChars.has(ch1)) {
                inFlow ? this.flowKey && (this.flowKey = !1) : this.indentNext = this.indentValue + 1, n += yield* this.pushCount(1), n += yield* this.pushSpaces(!0);
                continue loop;
              }
            }
          }
          break loop;
        }
        return n;
      }
      *pushTag() {
        if (this.charAt(1) === "<") {
          let i = this.pos + 2, ch = this.buffer[i];
          for (; !isEmpty(ch) && ch !== ">"; )
            ch = this.buffer[++i];
          return yield* this.pushToIndex(ch === ">" ? i + 1 : i, !1);
        } else {
          let i = this.pos + 1, ch = this.buffer[i];
          for (; ch; )
            if (tagChars.has(ch))
              ch = this.buffer[++i];
            else if (ch === "%" && hexDigits.has(this.buffer[i + 1]) && hexDigits.has(this.buffer[i + 2]))
              ch = this.buffer[i += 3];
            else
              break;
          return yield* this.pushToIndex(i, !1);
        }
      }
      *pushNewline() {
        let ch = this.buffer[this.pos];
        return ch === `
` ? yield* this.pushCount(1) : ch === "\r" && this.charAt(1) === `
` ? yield* this.pushCount(2) : 0;
      }
      *pushSpaces(allowTabs) {
        let i = this.pos - 1, ch;
        do
          ch = this.buffer[++i];
        while (ch === " " || allowTabs && ch === "	");
        let n = i - this.pos;
        return n > 0 && (yield this.buffer.substr(this.pos, n), this.pos = i), n;
      }
      *pushUntil(test) {
        let i = this.pos, ch = this.buffer[i];
        for (; !test(ch); )
          ch = this.buffer[++i];
        return yield* this.pushToIndex(i, !1);
      }
    };
    exports.Lexer = Lexer;
  }
});

// node_modules/yaml/dist/parse/line-counter.js
var require_line_counter = __commonJS({
  "node_modules/yaml/dist/parse/line-counter.js"(exports) {
    "use strict";
    var LineCounter = class {
      constructor() {
        this.lineStarts = [], this.addNewLine = (offset) => this.lineStarts.push(offset), this.linePos = (offset) => {
          let low = 0, high = this.lineStarts.length;
          for (; low < high; ) {
            let mid = low + high >> 1;
            this.lineStarts[mid] < offset ? low = mid + 1 : high = mid;
          }
          if (this.lineStarts[low] === offset)
            return { line: low + 1, col: 1 };
          if (low === 0)
            return { line: 0, col: offset };
          let start = this.lineStarts[low - 1];
          return { line: low, col: offset - start + 1 };
        };
      }
    };
    exports.LineCounter = LineCounter;
  }
});

// node_modules/yaml/dist/parse/parser.js
var require_parser = __commonJS({
  "node_modules/yaml/dist/parse/parser.js"(exports) {
    "use strict";
    var node_process = __require("process"), cst = require_cst(), lexer = require_lexer();
    function includesToken(list, type) {
      for (let i = 0; i < list.length; ++i)
        if (list[i].type === type)
          return !0;
      return !1;
    }
    function findNonEmptyIndex(list) {
      for (let i = 0; i < list.length; ++i)
        switch (list[i].type) {
          case "space":
          case "comment":
          case "newline":
            break;
          default:
            return i;
        }
      return -1;
    }
    function isFlowToken(token) {
      switch (token?.type) {
        case "alias":
        case "scalar":
        case "single-quoted-scalar":
        case "double-quoted-scalar":
        case "flow-collection":
          return !0;
        default:
          return !1;
      }
    }
    function getPrevProps(parent) {
      switch (parent.type) {
        case "document":
          return parent.start;
        case "block-map": {
          let it = parent.items[parent.items.length - 1];
          return it.sep ?? it.start;
        }
        case "block-seq":
          return parent.items[parent.items.length - 1].start;
        /* istanbul ignore next should not happen */
        default:
          return [];
      }
    }
    function getFirstKeyStartProps(prev) {
      if (prev.length === 0)
        return [];
      let i = prev.length;
      loop: for (; --i >= 0; )
        switch (prev[i].type) {
          case "doc-start":
          case "explicit-key-ind":
          case "map-value-ind":
          case "seq-item-ind":
          case "newline":
            break loop;
        }
      for (; prev[++i]?.type === "space"; )
        ;
      return prev.splice(i, prev.length);
    }
    function arrayPushArray(target, source) {
      if (source.length < 1e5)
        Array.prototype.push.apply(target, source);
      else
        for (let i = 0; i < source.length; ++i)
          target.push(source[i]);
    }
    function fixFlowSeqItems(fc) {
      if (fc.start.type === "flow-seq-start")
        for (let it of fc.items)
          it.sep && !it.value && !includesToken(it.start, "explicit-key-ind") && !includesToken(it.sep, "map-value-ind") && (it.key && (it.value = it.key), delete it.key, isFlowToken(it.value) ? it.value.end ? arrayPushArray(it.value.end, it.sep) : it.value.end = it.sep : arrayPushArray(it.start, it.sep), delete it.sep);
    }
    var Parser = class {
      /**
       * @param onNewLine - If defined, called separately with the start position of
       *   each new line (in `parse()`, including the start of input).
       */
      constructor(onNewLine) {
        this.atNewLine = !0, this.atScalar = !1, this.indent = 0, this.offset = 0, this.onKeyLine = !1, this.stack = [], this.source = "", this.type = "", this.lexer = new lexer.Lexer(), this.onNewLine = onNewLine;
      }
      /**
       * Parse `source` as a YAML stream.
       * If `incomplete`, a part of the last line may be left as a buffer for the next call.
       *
       * Errors are not thrown, but yielded as `{ type: 'error', message }` tokens.
       *
       * @returns A generator of tokens representing each directive, document, and other structure.
       */
      *parse(source, incomplete = !1) {
        this.onNewLine && this.offset === 0 && this.onNewLine(0);
        for (let lexeme of this.lexer.lex(source, incomplete))
          yield* this.next(lexeme);
        incomplete || (yield* this.end());
      }
      /**
       * Advance the parser by the `source` of one lexical token.
       */
      *next(source) {
        if (this.source = source, node_process.env.LOG_TOKENS && console.log("|", cst.prettyToken(source)), this.atScalar) {
          this.atScalar = !1, yield* this.step(), this.offset += source.length;
          return;
        }
        let type = cst.tokenType(source);
        if (type)
          if (type === "scalar")
            this.atNewLine = !1, this.atScalar = !0, this.type = "scalar";
          else {
            switch (this.type = type, yield* this.step(), type) {
              case "newline":
                this.atNewLine = !0, this.indent = 0, this.onNewLine && this.onNewLine(this.offset + source.length);
                break;
              case "space":
                this.atNewLine && source[0] === " " && (this.indent += source.length);
                break;
              case "explicit-key-ind":
              case "map-value-ind":
              case "seq-item-ind":
                this.atNewLine && (this.indent += source.length);
                break;
              case "doc-mode":
              case "flow-error-end":
                return;
              default:
                this.atNewLine = !1;
            }
            this.offset += source.length;
          }
        else {
          let message = `Not a YAML token: ${source}`;
          yield* this.pop({ type: "error", offset: this.offset, message, source }), this.offset += source.length;
        }
      }
      /** Call at end of input to push out any remaining constructions */
      *end() {
        for (; this.stack.length > 0; )
          yield* this.pop();
      }
      get sourceToken() {
        return {
          type: this.type,
          offset: this.offset,
          indent: this.indent,
          source: this.source
        };
      }
      *step() {
        let top = this.peek(1);
        if (this.type === "doc-end" && top?.type !== "doc-end") {
          for (; this.stack.length > 0; )
            yield* this.pop();
          this.stack.push({
            type: "doc-end",
            offset: this.offset,
            source: this.source
          });
          return;
        }
        if (!top)
          return yield* this.stream();
        switch (top.type) {
          case "document":
            return yield* this.document(top);
          case "alias":
          case "scalar":
          case "single-quoted-scalar":
          case "double-quoted-scalar":
            return yield* this.scalar(top);
          case "block-scalar":
            return yield* this.blockScalar(top);
          case "block-map":
            return yield* this.blockMap(top);
          case "block-seq":
            return yield* this.blockSequence(top);
          case "flow-collection":
            return yield* this.flowCollection(top);
          case "doc-end":
            return yield* this.documentEnd(top);
        }
        yield* this.pop();
      }
      peek(n) {
        return this.stack[this.stack.length - n];
      }
      *pop(error) {
        let token = error ?? this.stack.pop();
        if (!token)
          yield { type: "error", offset: this.offset, source: "", message: "Tried to pop an empty stack" };
        else if (this.stack.length === 0)
          yield token;
        else {
          let top = this.peek(1);
          switch (token.type === "block-scalar" ? token.indent = "indent" in top ? top.indent : 0 : token.type === "flow-collection" && top.type === "document" && (token.indent = 0), token.type === "flow-collection" && fixFlowSeqItems(token), top.type) {
            case "document":
              top.value = token;
              break;
            case "block-scalar":
              top.props.push(token);
              break;
            case "block-map": {
              let it = top.items[top.items.length - 1];
              if (it.value) {
                top.items.push({ start: [], key: token, sep: [] }), this.onKeyLine = !0;
                return;
              } else if (it.sep)
                it.value = token;
              else {
                Object.assign(it, { key: token, sep: [] }), this.onKeyLine = !it.explicitKey;
                return;
              }
              break;
            }
            case "block-seq": {
              let it = top.items[top.items.length - 1];
              it.value ? top.items.push({ start: [], value: token }) : it.value = token;
              break;
            }
            case "flow-collection": {
              let it = top.items[top.items.length - 1];
              !it || it.value ? top.items.push({ start: [], key: token, sep: [] }) : it.sep ? it.value = token : Object.assign(it, { key: token, sep: [] });
              return;
            }
            /* istanbul ignore next should not happen */
            default:
              yield* this.pop(), yield* this.pop(token);
          }
          if ((top.type === "document" || top.type === "block-map" || top.type === "block-seq") && (token.type === "block-map" || token.type === "block-seq")) {
            let last = token.items[token.items.length - 1];
            last && !last.sep && !last.value && last.start.length > 0 && findNonEmptyIndex(last.start) === -1 && (token.indent === 0 || last.start.every((st) => st.type !== "comment" || st.indent < token.indent)) && (top.type === "document" ? top.end = last.start : top.items.push({ start: last.start }), token.items.splice(-1, 1));
          }
        }
      }
      *stream() {
        switch (this.type) {
          case "directive-line":
            yield { type: "directive", offset: this.offset, source: this.source };
            return;
          case "byte-order-mark":
          case "space":
          case "comment":
          case "newline":
            yield this.sourceToken;
            return;
          case "doc-mode":
          case "doc-start": {
            let doc = {
              type: "document",
              offset: this.offset,
              start: []
            };
            this.type === "doc-start" && doc.start.push(this.sourceToken), this.stack.push(doc);
            return;
          }
        }
        yield {
          type: "error",
          offset: this.offset,
          message: `Unexpected ${this.type} token in YAML stream`,
          source: this.source
        };
      }
      *document(doc) {
        if (doc.value)
          return yield* this.lineEnd(doc);
        switch (this.type) {
          case "doc-start": {
            findNonEmptyIndex(doc.start) !== -1 ? (yield* this.pop(), yield* this.step()) : doc.start.push(this.sourceToken);
            return;
          }
          case "anchor":
          case "tag":
          case "space":
          case "comment":
          case "newline":
            doc.start.push(this.sourceToken);
            return;
        }
        let bv = this.startBlockValue(doc);
        bv ? this.stack.push(bv) : yield {
          type: "error",
          offset: this.offset,
          message: `Unexpected ${this.type} token in YAML document`,
          source: this.source
        };
      }
      *scalar(scalar) {
        if (this.type === "map-value-ind") {
          let prev = getPrevProps(this.peek(2)), start = getFirstKeyStartProps(prev), sep;
          scalar.end ? (sep = scalar.end, sep.push(this.sourceToken), delete scalar.end) : sep = [this.sourceToken];
          let map = {
            type: "block-map",
            offset: scalar.offset,
            indent: scalar.indent,
            items: [{ start, key: scalar, sep }]
          };
          this.onKeyLine = !0, this.stack[this.stack.length - 1] = map;
        } else
          yield* this.lineEnd(scalar);
      }
      *blockScalar(scalar) {
        switch (this.type) {
          case "space":
          case "comment":
          case "newline":
            scalar.props.push(this.sourceToken);
            return;
          case "scalar":
            if (scalar.source = this.source, this.atNewLine = !0, this.indent = 0, this.onNewLine) {
              let nl = this.source.indexOf(`
`) + 1;
              for (; nl !== 0; )
                this.onNewLine(this.offset + nl), nl = this.source.indexOf(`
`, nl) + 1;
            }
            yield* this.pop();
            break;
          /* istanbul ignore next should not happen */
          default:
            yield* this.pop(), yield* this.step();
        }
      }
      *blockMap(map) {
        let it = map.items[map.items.length - 1];
        switch (this.type) {
          case "newline":
            if (this.onKeyLine = !1, it.value) {
              let end = "end" in it.value ? it.value.end : void 0;
              (Array.isArray(end) ? end[end.length - 1] : void 0)?.type === "comment" ? end?.push(this.sourceToken) : map.items.push({ start: [this.sourceToken] });
            } else it.sep ? it.sep.push(this.sourceToken) : it.start.push(this.sourceToken);
            return;
          case "space":
          case "comment":
            if (it.value)
              map.items.push({ start: [this.sourceToken] });
            else if (it.sep)
              it.sep.push(this.sourceToken);
            else {
              if (this.atIndentedComment(it.start, map.indent)) {
                let end = map.items[map.items.length - 2]?.value?.end;
                if (Array.isArray(end)) {
                  arrayPushArray(end, it.start), end.push(this.sourceToken), map.items.pop();
                  return;
                }
              }
              it.start.push(this.sourceToken);
            }
            return;
        }
        if (this.indent >= map.indent) {
          let atMapIndent = !this.onKeyLine && this.indent === map.indent, atNextItem = atMapIndent && (it.sep || it.explicitKey) && this.type !== "seq-item-ind", start = [];
          if (atNextItem && it.sep && !it.value) {
            let nl = [];
            for (let i = 0; i < it.sep.length; ++i) {
              let st = it.sep[i];
              switch (st.type) {
                case "newline":
                  nl.push(i);
                  break;
                case "space":
                  break;
                case "comment":
                  st.indent > map.indent && (nl.length = 0);
                  break;
                default:
                  nl.length = 0;
              }
            }
            nl.length >= 2 && (start = it.sep.splice(nl[1]));
          }
          switch (this.type) {
            case "anchor":
            case "tag":
              atNextItem || it.value ? (start.push(this.sourceToken), map.items.push({ start }), this.onKeyLine = !0) : it.sep ? it.sep.push(this.sourceToken) : it.start.push(this.sourceToken);
              return;
            case "explicit-key-ind":
              !it.sep && !it.explicitKey ? (it.start.push(this.sourceToken), it.explicitKey = !0) : atNextItem || it.value ? (start.push(this.sourceToken), map.items.push({ start, explicitKey: !0 })) : this.stack.push({
                type: "block-map",
                offset: this.offset,
                indent: this.indent,
                items: [{ start: [this.sourceToken], explicitKey: !0 }]
              }), this.onKeyLine = !0;
              return;
            case "map-value-ind":
              if (it.explicitKey)
                if (it.sep)
                  if (it.value)
                    map.items.push({ start: [], key: null, sep: [this.sourceToken] });
                  else if (includesToken(it.sep, "map-value-ind"))
                    this.stack.push({
                      type: "block-map",
                      offset: this.offset,
                      indent: this.indent,
                      items: [{ start, key: null, sep: [this.sourceToken] }]
                    });
                  else if (isFlowToken(it.key) && !includesToken(it.sep, "newline")) {
                    let start2 = getFirstKeyStartProps(it.start), key = it.key, sep = it.sep;
                    sep.push(this.sourceToken), delete it.key, delete it.sep, this.stack.push({
                      type: "block-map",
                      offset: this.offset,
                      indent: this.indent,
                      items: [{ start: start2, key, sep }]
                    });
                  } else start.length > 0 ? it.sep = it.sep.concat(start, this.sourceToken) : it.sep.push(this.sourceToken);
                else if (includesToken(it.start, "newline"))
                  Object.assign(it, { key: null, sep: [this.sourceToken] });
                else {
                  let start2 = getFirstKeyStartProps(it.start);
                  this.stack.push({
                    type: "block-map",
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start: start2, key: null, sep: [this.sourceToken] }]
                  });
                }
              else
                it.sep ? it.value || atNextItem ? map.items.push({ start, key: null, sep: [this.sourceToken] }) : includesToken(it.sep, "map-value-ind") ? this.stack.push({
                  type: "block-map",
                  offset: this.offset,
                  indent: this.indent,
                  items: [{ start: [], key: null, sep: [this.sourceToken] }]
                }) : it.sep.push(this.sourceToken) : Object.assign(it, { key: null, sep: [this.sourceToken] });
              this.onKeyLine = !0;
              return;
            case "alias":
            case "scalar":
            case "single-quoted-scalar":
            case "double-quoted-scalar": {
              let fs9 = this.flowScalar(this.type);
              atNextItem || it.value ? (map.items.push({ start, key: fs9, sep: [] }), this.onKeyLine = !0) : it.sep ? this.stack.push(fs9) : (Object.assign(it, { key: fs9, sep: [] }), this.onKeyLine = !0);
              return;
            }
            default: {
              let bv = this.startBlockValue(map);
              if (bv) {
                if (bv.type === "block-seq") {
                  if (!it.explicitKey && it.sep && !includesToken(it.sep, "newline")) {
                    yield* this.pop({
                      type: "error",
                      offset: this.offset,
                      message: "Unexpected block-seq-ind on same line with key",
                      source: this.source
                    });
                    return;
                  }
                } else atMapIndent && map.items.push({ start });
                this.stack.push(bv);
                return;
              }
            }
          }
        }
        yield* this.pop(), yield* this.step();
      }
      *blockSequence(seq) {
        let it = seq.items[seq.items.length - 1];
        switch (this.type) {
          case "newline":
            if (it.value) {
              let end = "end" in it.value ? it.value.end : void 0;
              (Array.isArray(end) ? end[end.length - 1] : void 0)?.type === "comment" ? end?.push(this.sourceToken) : seq.items.push({ start: [this.sourceToken] });
            } else
              it.start.push(this.sourceToken);
            return;
          case "space":
          case "comment":
            if (it.value)
              seq.items.push({ start: [this.sourceToken] });
            else {
              if (this.atIndentedComment(it.start, seq.indent)) {
                let end = seq.items[seq.items.length - 2]?.value?.end;
                if (Array.isArray(end)) {
                  arrayPushArray(end, it.start), end.push(this.sourceToken), seq.items.pop();
                  return;
                }
              }
              it.start.push(this.sourceToken);
            }
            return;
          case "anchor":
          case "tag":
            if (it.value || this.indent <= seq.indent)
              break;
            it.start.push(this.sourceToken);
            return;
          case "seq-item-ind":
            if (this.indent !== seq.indent)
              break;
            it.value || includesToken(it.start, "seq-item-ind") ? seq.items.push({ start: [this.sourceToken] }) : it.start.push(this.sourceToken);
            return;
        }
        if (this.indent > seq.indent) {
          let bv = this.startBlockValue(seq);
          if (bv) {
            this.stack.push(bv);
            return;
          }
        }
        yield* this.pop(), yield* this.step();
      }
      *flowCollection(fc) {
        let it = fc.items[fc.items.length - 1];
        if (this.type === "flow-error-end") {
          let top;
          do
            yield* this.pop(), top = this.peek(1);
          while (top?.type === "flow-collection");
        } else if (fc.end.length === 0) {
          switch (this.type) {
            case "comma":
            case "explicit-key-ind":
              !it || it.sep ? fc.items.push({ start: [this.sourceToken] }) : it.start.push(this.sourceToken);
              return;
            case "map-value-ind":
              !it || it.value ? fc.items.push({ start: [], key: null, sep: [this.sourceToken] }) : it.sep ? it.sep.push(this.sourceToken) : Object.assign(it, { key: null, sep: [this.sourceToken] });
              return;
            case "space":
            case "comment":
            case "newline":
            case "anchor":
            case "tag":
              !it || it.value ? fc.items.push({ start: [this.sourceToken] }) : it.sep ? it.sep.push(this.sourceToken) : it.start.push(this.sourceToken);
              return;
            case "alias":
            case "scalar":
            case "single-quoted-scalar":
            case "double-quoted-scalar": {
              let fs9 = this.flowScalar(this.type);
              !it || it.value ? fc.items.push({ start: [], key: fs9, sep: [] }) : it.sep ? this.stack.push(fs9) : Object.assign(it, { key: fs9, sep: [] });
              return;
            }
            case "flow-map-end":
            case "flow-seq-end":
              fc.end.push(this.sourceToken);
              return;
          }
          let bv = this.startBlockValue(fc);
          bv ? this.stack.push(bv) : (yield* this.pop(), yield* this.step());
        } else {
          let parent = this.peek(2);
          if (parent.type === "block-map" && (this.type === "map-value-ind" && parent.indent === fc.indent || this.type === "newline" && !parent.items[parent.items.length - 1].sep))
            yield* this.pop(), yield* this.step();
          else if (this.type === "map-value-ind" && parent.type !== "flow-collection") {
            let prev = getPrevProps(parent), start = getFirstKeyStartProps(prev);
            fixFlowSeqItems(fc);
            let sep = fc.end.splice(1, fc.end.length);
            sep.push(this.sourceToken);
            let map = {
              type: "block-map",
              offset: fc.offset,
              indent: fc.indent,
              items: [{ start, key: fc, sep }]
            };
            this.onKeyLine = !0, this.stack[this.stack.length - 1] = map;
          } else
            yield* this.lineEnd(fc);
        }
      }
      flowScalar(type) {
        if (this.onNewLine) {
          let nl = this.source.indexOf(`
`) + 1;
          for (; nl !== 0; )
            this.onNewLine(this.offset + nl), nl = this.source.indexOf(`
`, nl) + 1;
        }
        return {
          type,
          offset: this.offset,
          indent: this.indent,
          source: this.source
        };
      }
      startBlockValue(parent) {
        switch (this.type) {
          case "alias":
          case "scalar":
          case "single-quoted-scalar":
          case "double-quoted-scalar":
            return this.flowScalar(this.type);
          case "block-scalar-header":
            return {
              type: "block-scalar",
              offset: this.offset,
              indent: this.indent,
              props: [this.sourceToken],
              source: ""
            };
          case "flow-map-start":
          case "flow-seq-start":
            return {
              type: "flow-collection",
              offset: this.offset,
              indent: this.indent,
              start: this.sourceToken,
              items: [],
              end: []
            };
          case "seq-item-ind":
            return {
              type: "block-seq",
              offset: this.offset,
              indent: this.indent,
              items: [{ start: [this.sourceToken] }]
            };
          case "explicit-key-ind": {
            this.onKeyLine = !0;
            let prev = getPrevProps(parent), start = getFirstKeyStartProps(prev);
            return start.push(this.sourceToken), {
              type: "block-map",
              offset: this.offset,
              indent: this.indent,
              items: [{ start, explicitKey: !0 }]
            };
          }
          case "map-value-ind": {
            this.onKeyLine = !0;
            let prev = getPrevProps(parent), start = getFirstKeyStartProps(prev);
            return {
              type: "block-map",
              offset: this.offset,
              indent: this.indent,
              items: [{ start, key: null, sep: [this.sourceToken] }]
            };
          }
        }
        return null;
      }
      atIndentedComment(start, indent) {
        return this.type !== "comment" || this.indent <= indent ? !1 : start.every((st) => st.type === "newline" || st.type === "space");
      }
      *documentEnd(docEnd) {
        this.type !== "doc-mode" && (docEnd.end ? docEnd.end.push(this.sourceToken) : docEnd.end = [this.sourceToken], this.type === "newline" && (yield* this.pop()));
      }
      *lineEnd(token) {
        switch (this.type) {
          case "comma":
          case "doc-start":
          case "doc-end":
          case "flow-seq-end":
          case "flow-map-end":
          case "map-value-ind":
            yield* this.pop(), yield* this.step();
            break;
          case "newline":
            this.onKeyLine = !1;
          default:
            token.end ? token.end.push(this.sourceToken) : token.end = [this.sourceToken], this.type === "newline" && (yield* this.pop());
        }
      }
    };
    exports.Parser = Parser;
  }
});

// node_modules/yaml/dist/public-api.js
var require_public_api = __commonJS({
  "node_modules/yaml/dist/public-api.js"(exports) {
    "use strict";
    var composer = require_composer(), Document = require_Document(), errors = require_errors(), log2 = require_log(), identity = require_identity(), lineCounter = require_line_counter(), parser = require_parser();
    function parseOptions(options2) {
      let prettyErrors = options2.prettyErrors !== !1;
      return { lineCounter: options2.lineCounter || prettyErrors && new lineCounter.LineCounter() || null, prettyErrors };
    }
    function parseAllDocuments(source, options2 = {}) {
      let { lineCounter: lineCounter2, prettyErrors } = parseOptions(options2), parser$1 = new parser.Parser(lineCounter2?.addNewLine), composer$1 = new composer.Composer(options2), docs = Array.from(composer$1.compose(parser$1.parse(source)));
      if (prettyErrors && lineCounter2)
        for (let doc of docs)
          doc.errors.forEach(errors.prettifyError(source, lineCounter2)), doc.warnings.forEach(errors.prettifyError(source, lineCounter2));
      return docs.length > 0 ? docs : Object.assign([], { empty: !0 }, composer$1.streamInfo());
    }
    function parseDocument(source, options2 = {}) {
      let { lineCounter: lineCounter2, prettyErrors } = parseOptions(options2), parser$1 = new parser.Parser(lineCounter2?.addNewLine), composer$1 = new composer.Composer(options2), doc = null;
      for (let _doc of composer$1.compose(parser$1.parse(source), !0, source.length))
        if (!doc)
          doc = _doc;
        else if (doc.options.logLevel !== "silent") {
          doc.errors.push(new errors.YAMLParseError(_doc.range.slice(0, 2), "MULTIPLE_DOCS", "Source contains multiple documents; please use YAML.parseAllDocuments()"));
          break;
        }
      return prettyErrors && lineCounter2 && (doc.errors.forEach(errors.prettifyError(source, lineCounter2)), doc.warnings.forEach(errors.prettifyError(source, lineCounter2))), doc;
    }
    function parse4(src, reviver, options2) {
      let _reviver;
      typeof reviver == "function" ? _reviver = reviver : options2 === void 0 && reviver && typeof reviver == "object" && (options2 = reviver);
      let doc = parseDocument(src, options2);
      if (!doc)
        return null;
      if (doc.warnings.forEach((warning) => log2.warn(doc.options.logLevel, warning)), doc.errors.length > 0) {
        if (doc.options.logLevel !== "silent")
          throw doc.errors[0];
        doc.errors = [];
      }
      return doc.toJS(Object.assign({ reviver: _reviver }, options2));
    }
    function stringify2(value, replacer, options2) {
      let _replacer = null;
      if (typeof replacer == "function" || Array.isArray(replacer) ? _replacer = replacer : options2 === void 0 && replacer && (options2 = replacer), typeof options2 == "string" && (options2 = options2.length), typeof options2 == "number") {
        let indent = Math.round(options2);
        options2 = indent < 1 ? void 0 : indent > 8 ? { indent: 8 } : { indent };
      }
      if (value === void 0) {
        let { keepUndefined } = options2 ?? replacer ?? {};
        if (!keepUndefined)
          return;
      }
      return identity.isDocument(value) && !_replacer ? value.toString(options2) : new Document.Document(value, _replacer, options2).toString(options2);
    }
    exports.parse = parse4;
    exports.parseAllDocuments = parseAllDocuments;
    exports.parseDocument = parseDocument;
    exports.stringify = stringify2;
  }
});

// node_modules/yaml/dist/index.js
var require_dist = __commonJS({
  "node_modules/yaml/dist/index.js"(exports) {
    "use strict";
    var composer = require_composer(), Document = require_Document(), Schema = require_Schema(), errors = require_errors(), Alias = require_Alias(), identity = require_identity(), Pair = require_Pair(), Scalar = require_Scalar(), YAMLMap = require_YAMLMap(), YAMLSeq = require_YAMLSeq(), cst = require_cst(), lexer = require_lexer(), lineCounter = require_line_counter(), parser = require_parser(), publicApi = require_public_api(), visit2 = require_visit();
    exports.Composer = composer.Composer;
    exports.Document = Document.Document;
    exports.Schema = Schema.Schema;
    exports.YAMLError = errors.YAMLError;
    exports.YAMLParseError = errors.YAMLParseError;
    exports.YAMLWarning = errors.YAMLWarning;
    exports.Alias = Alias.Alias;
    exports.isAlias = identity.isAlias;
    exports.isCollection = identity.isCollection;
    exports.isDocument = identity.isDocument;
    exports.isMap = identity.isMap;
    exports.isNode = identity.isNode;
    exports.isPair = identity.isPair;
    exports.isScalar = identity.isScalar;
    exports.isSeq = identity.isSeq;
    exports.Pair = Pair.Pair;
    exports.Scalar = Scalar.Scalar;
    exports.YAMLMap = YAMLMap.YAMLMap;
    exports.YAMLSeq = YAMLSeq.YAMLSeq;
    exports.CST = cst;
    exports.Lexer = lexer.Lexer;
    exports.LineCounter = lineCounter.LineCounter;
    exports.Parser = parser.Parser;
    exports.parse = publicApi.parse;
    exports.parseAllDocuments = publicApi.parseAllDocuments;
    exports.parseDocument = publicApi.parseDocument;
    exports.stringify = publicApi.stringify;
    exports.visit = visit2.visit;
    exports.visitAsync = visit2.visitAsync;
  }
});

// node_modules/zx/build/esblib.cjs
var require_esblib = __commonJS({
  "node_modules/zx/build/esblib.cjs"(exports, module) {
    var __create2 = Object.create, __defProp2 = Object.defineProperty, __getOwnPropDesc2 = Object.getOwnPropertyDescriptor, __getOwnPropNames2 = Object.getOwnPropertyNames, __getProtoOf2 = Object.getPrototypeOf, __hasOwnProp2 = Object.prototype.hasOwnProperty, __export = (target, all) => {
      for (var name in all)
        __defProp2(target, name, { get: all[name], enumerable: !0 });
    }, __copyProps2 = (to, from, except, desc) => {
      if (from && typeof from == "object" || typeof from == "function")
        for (let key of __getOwnPropNames2(from))
          !__hasOwnProp2.call(to, key) && key !== except && __defProp2(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc2(from, key)) || desc.enumerable });
      return to;
    }, __toESM2 = (mod, isNodeMode, target) => (target = mod != null ? __create2(__getProtoOf2(mod)) : {}, __copyProps2(
      // If the importer is in node compatibility mode or this is not an ESM
      // file that has been converted to a CommonJS file using a Babel-
      // compatible transform (i.e. "__esModule" has not been set), then set
      // "default" to the CommonJS "module.exports" for node compatibility.
      isNodeMode || !mod || !mod.__esModule ? __defProp2(target, "default", { value: mod, enumerable: !0 }) : target,
      mod
    )), __toCommonJS = (mod) => __copyProps2(__defProp2({}, "__esModule", { value: !0 }), mod), __async = (__this, __arguments, generator) => new Promise((resolve2, reject) => {
      var fulfilled = (value) => {
        try {
          step(generator.next(value));
        } catch (e) {
          reject(e);
        }
      }, rejected = (value) => {
        try {
          step(generator.throw(value));
        } catch (e) {
          reject(e);
        }
      }, step = (x2) => x2.done ? resolve2(x2.value) : Promise.resolve(x2.value).then(fulfilled, rejected);
      step((generator = generator.apply(__this, __arguments)).next());
    }), __defProps = Object.defineProperties, __getOwnPropDescs = Object.getOwnPropertyDescriptors, __getOwnPropSymbols = Object.getOwnPropertySymbols, __propIsEnum = Object.prototype.propertyIsEnumerable, __knownSymbol = (name, symbol) => (symbol = Symbol[name]) ? symbol : /* @__PURE__ */ Symbol.for("Symbol." + name), __typeError = (msg) => {
      throw TypeError(msg);
    }, __defNormalProp = (obj, key, value) => key in obj ? __defProp2(obj, key, { enumerable: !0, configurable: !0, writable: !0, value }) : obj[key] = value, __spreadValues = (a, b) => {
      for (var prop in b || (b = {}))
        __hasOwnProp2.call(b, prop) && __defNormalProp(a, prop, b[prop]);
      if (__getOwnPropSymbols)
        for (var prop of __getOwnPropSymbols(b))
          __propIsEnum.call(b, prop) && __defNormalProp(a, prop, b[prop]);
      return a;
    }, __spreadProps = (a, b) => __defProps(a, __getOwnPropDescs(b)), __await = function(promise, isYieldStar) {
      this[0] = promise, this[1] = isYieldStar;
    }, __asyncGenerator = (__this, __arguments, generator) => {
      var resume = (k2, v2, yes, no) => {
        try {
          var x2 = generator[k2](v2), isAwait = (v2 = x2.value) instanceof __await, done = x2.done;
          Promise.resolve(isAwait ? v2[0] : v2).then((y) => isAwait ? resume(k2 === "return" ? k2 : "next", v2[1] ? { done: y.done, value: y.value } : y, yes, no) : yes({ value: y, done })).catch((e) => resume("throw", e, yes, no));
        } catch (e) {
          no(e);
        }
      }, method = (k2) => it[k2] = (x2) => new Promise((yes, no) => resume(k2, x2, yes, no)), it = {};
      return generator = generator.apply(__this, __arguments), it[__knownSymbol("asyncIterator")] = () => it, method("next"), method("throw"), method("return"), it;
    }, __yieldStar = (value) => {
      var obj = value[__knownSymbol("asyncIterator")], isAwait = !1, method, it = {};
      return obj == null ? (obj = value[__knownSymbol("iterator")](), method = (k2) => it[k2] = (x2) => obj[k2](x2)) : (obj = obj.call(value), method = (k2) => it[k2] = (v2) => {
        if (isAwait) {
          if (isAwait = !1, k2 === "throw") throw v2;
          return v2;
        }
        return isAwait = !0, {
          done: !1,
          value: new __await(new Promise((resolve2) => {
            var x2 = obj[k2](v2);
            x2 instanceof Object || __typeError("Object expected"), resolve2(x2);
          }), 1)
        };
      }), it[__knownSymbol("iterator")] = () => it, method("next"), "throw" in obj ? method("throw") : it.throw = (x2) => {
        throw x2;
      }, "return" in obj && method("return"), it;
    }, __forAwait = (obj, it, method) => (it = obj[__knownSymbol("asyncIterator")]) ? it.call(obj) : (obj = obj[__knownSymbol("iterator")](), it = {}, method = (key, fn) => (fn = obj[key]) && (it[key] = (arg) => new Promise((yes, no, done) => (arg = fn.call(obj, arg), done = arg.done, Promise.resolve(arg.value).then((value) => yes({ value, done }), no)))), method("next"), method("return"), it), __pow = Math.pow, __reExport = (target, mod, secondTarget) => (__copyProps2(target, mod, "default"), secondTarget && __copyProps2(secondTarget, mod, "default")), __commonJS2 = (cb, mod) => function() {
      return mod || (0, cb[__getOwnPropNames2(cb)[0]])((mod = { exports: {} }).exports, mod), mod.exports;
    }, __esm = (fn, res) => function() {
      return fn && (res = (0, fn[__getOwnPropNames2(fn)[0]])(fn = 0)), res;
    }, __accessCheck = (obj, member, msg) => member.has(obj) || __typeError("Cannot " + msg), __privateGet = (obj, member, getter) => (__accessCheck(obj, member, "read from private field"), getter ? getter.call(obj) : member.get(obj)), __privateAdd = (obj, member, value) => member.has(obj) ? __typeError("Cannot add the same private member more than once") : member instanceof WeakSet ? member.add(obj) : member.set(obj, value), __privateSet = (obj, member, value, setter) => (__accessCheck(obj, member, "write to private field"), setter ? setter.call(obj, value) : member.set(obj, value), value);
    module.exports = {
      __create: __create2,
      __defProp: __defProp2,
      __getOwnPropDesc: __getOwnPropDesc2,
      __getOwnPropNames: __getOwnPropNames2,
      __getProtoOf: __getProtoOf2,
      __hasOwnProp: __hasOwnProp2,
      __export,
      __copyProps: __copyProps2,
      __toESM: __toESM2,
      __toCommonJS,
      __async,
      __defProps,
      __getOwnPropDescs,
      __getOwnPropSymbols,
      __propIsEnum,
      __knownSymbol,
      __typeError,
      __defNormalProp,
      __spreadValues,
      __spreadProps,
      __await,
      __asyncGenerator,
      __yieldStar,
      __forAwait,
      __pow,
      __reExport,
      __commonJS: __commonJS2,
      __esm,
      __accessCheck,
      __privateGet,
      __privateAdd,
      __privateSet
    };
  }
});

// node_modules/zx/build/internals.cjs
var require_internals = __commonJS({
  "node_modules/zx/build/internals.cjs"(exports, module) {
    "use strict";
    var {
      __export,
      __toCommonJS
    } = require_esblib(), internals_exports = {};
    __export(internals_exports, {
      bus: () => bus3
    });
    module.exports = __toCommonJS(internals_exports);
    var locked = !1, lock = () => locked = !0, store = /* @__PURE__ */ new Map(), override = store.set.bind(store);
    function wrap(name, api) {
      if (locked) throw new Error("bus is locked");
      return override(name, api), new Proxy(api, {
        get(_, key) {
          var _a, _b;
          return store.get(name)[key] || ((_b = (_a = store.get(name)) == null ? void 0 : _a.default) == null ? void 0 : _b[key]);
        },
        apply(_, self, args) {
          return store.get(name).apply(self, args);
        }
      });
    }
    var bus3 = {
      override,
      wrap,
      lock
    };
  }
});

// node_modules/zx/build/vendor-core.cjs
var require_vendor_core = __commonJS({
  "node_modules/zx/build/vendor-core.cjs"(exports, module) {
    "use strict";
    var {
      __create: __create2,
      __spreadValues,
      __spreadProps,
      __commonJS: __commonJS2,
      __export,
      __toESM: __toESM2,
      __toCommonJS,
      __async
    } = require_esblib(), require_posix = __commonJS2({
      "node_modules/isexe/dist/cjs/posix.js"(exports2) {
        "use strict";
        Object.defineProperty(exports2, "__esModule", { value: !0 }), exports2.sync = exports2.isexe = void 0;
        var fs_1 = __require("fs"), promises_1 = __require("fs").promises, isexe = (_0, ..._1) => __async(null, [_0, ..._1], function* (path16, options2 = {}) {
          let { ignoreErrors = !1 } = options2;
          try {
            return checkStat(yield (0, promises_1.stat)(path16), options2);
          } catch (e) {
            let er = e;
            if (ignoreErrors || er.code === "EACCES")
              return !1;
            throw er;
          }
        });
        exports2.isexe = isexe;
        var sync = (path16, options2 = {}) => {
          let { ignoreErrors = !1 } = options2;
          try {
            return checkStat((0, fs_1.statSync)(path16), options2);
          } catch (e) {
            let er = e;
            if (ignoreErrors || er.code === "EACCES")
              return !1;
            throw er;
          }
        };
        exports2.sync = sync;
        var checkStat = (stat, options2) => stat.isFile() && checkMode(stat, options2), checkMode = (stat, options2) => {
          var _a, _b, _c, _d, _e, _f, _g, _h;
          let myUid2 = (_b = options2.uid) != null ? _b : (_a = process.getuid) == null ? void 0 : _a.call(process), myGroups = (_e = (_d = options2.groups) != null ? _d : (_c = process.getgroups) == null ? void 0 : _c.call(process)) != null ? _e : [], myGid = (_h = (_g = options2.gid) != null ? _g : (_f = process.getgid) == null ? void 0 : _f.call(process)) != null ? _h : myGroups[0];
          if (myUid2 === void 0 || myGid === void 0)
            throw new Error("cannot get uid or gid");
          let groups = /* @__PURE__ */ new Set([myGid, ...myGroups]), mod = stat.mode, uid = stat.uid, gid = stat.gid, u = parseInt("100", 8), g2 = parseInt("010", 8), o = parseInt("001", 8), ug = u | g2;
          return !!(mod & o || mod & g2 && groups.has(gid) || mod & u && uid === myUid2 || mod & ug && myUid2 === 0);
        };
      }
    }), require_win32 = __commonJS2({
      "node_modules/isexe/dist/cjs/win32.js"(exports2) {
        "use strict";
        Object.defineProperty(exports2, "__esModule", { value: !0 }), exports2.sync = exports2.isexe = void 0;
        var fs_1 = __require("fs"), promises_1 = __require("fs").promises, isexe = (_0, ..._1) => __async(null, [_0, ..._1], function* (path16, options2 = {}) {
          let { ignoreErrors = !1 } = options2;
          try {
            return checkStat(yield (0, promises_1.stat)(path16), path16, options2);
          } catch (e) {
            let er = e;
            if (ignoreErrors || er.code === "EACCES")
              return !1;
            throw er;
          }
        });
        exports2.isexe = isexe;
        var sync = (path16, options2 = {}) => {
          let { ignoreErrors = !1 } = options2;
          try {
            return checkStat((0, fs_1.statSync)(path16), path16, options2);
          } catch (e) {
            let er = e;
            if (ignoreErrors || er.code === "EACCES")
              return !1;
            throw er;
          }
        };
        exports2.sync = sync;
        var checkPathExt = (path16, options2) => {
          let { pathExt = process.env.PATHEXT || "" } = options2, peSplit = pathExt.split(";");
          if (peSplit.indexOf("") !== -1)
            return !0;
          for (let i = 0; i < peSplit.length; i++) {
            let p = peSplit[i].toLowerCase(), ext = path16.substring(path16.length - p.length).toLowerCase();
            if (p && ext === p)
              return !0;
          }
          return !1;
        }, checkStat = (stat, path16, options2) => stat.isFile() && checkPathExt(path16, options2);
      }
    }), require_options = __commonJS2({
      "node_modules/isexe/dist/cjs/options.js"(exports2) {
        "use strict";
        Object.defineProperty(exports2, "__esModule", { value: !0 });
      }
    }), require_cjs = __commonJS2({
      "node_modules/isexe/dist/cjs/index.js"(exports2) {
        "use strict";
        var __createBinding = exports2 && exports2.__createBinding || (Object.create ? (function(o, m, k, k2) {
          k2 === void 0 && (k2 = k);
          var desc = Object.getOwnPropertyDescriptor(m, k);
          (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) && (desc = { enumerable: !0, get: function() {
            return m[k];
          } }), Object.defineProperty(o, k2, desc);
        }) : (function(o, m, k, k2) {
          k2 === void 0 && (k2 = k), o[k2] = m[k];
        })), __setModuleDefault = exports2 && exports2.__setModuleDefault || (Object.create ? (function(o, v) {
          Object.defineProperty(o, "default", { enumerable: !0, value: v });
        }) : function(o, v) {
          o.default = v;
        }), __importStar = exports2 && exports2.__importStar || function(mod) {
          if (mod && mod.__esModule) return mod;
          var result = {};
          if (mod != null)
            for (var k in mod) k !== "default" && Object.prototype.hasOwnProperty.call(mod, k) && __createBinding(result, mod, k);
          return __setModuleDefault(result, mod), result;
        }, __exportStar = exports2 && exports2.__exportStar || function(m, exports3) {
          for (var p in m) p !== "default" && !Object.prototype.hasOwnProperty.call(exports3, p) && __createBinding(exports3, m, p);
        };
        Object.defineProperty(exports2, "__esModule", { value: !0 }), exports2.sync = exports2.isexe = exports2.posix = exports2.win32 = void 0;
        var posix = __importStar(require_posix());
        exports2.posix = posix;
        var win32 = __importStar(require_win32());
        exports2.win32 = win32, __exportStar(require_options(), exports2);
        var platform = process.env._ISEXE_TEST_PLATFORM_ || process.platform, impl = platform === "win32" ? win32 : posix;
        exports2.isexe = impl.isexe, exports2.sync = impl.sync;
      }
    }), require_lib = __commonJS2({
      "node_modules/which/lib/index.js"(exports2, module2) {
        "use strict";
        var { isexe, sync: isexeSync } = require_cjs(), { join, delimiter, sep, posix } = __require("path"), isWindows = process.platform === "win32", rSlash = new RegExp(`[${posix.sep}${sep === posix.sep ? "" : sep}]`.replace(/(\\)/g, "\\$1")), rRel = new RegExp(`^\\.${rSlash.source}`), getNotFoundError = (cmd) => Object.assign(new Error(`not found: ${cmd}`), { code: "ENOENT" }), getPathInfo = (cmd, {
          path: optPath = process.env.PATH,
          pathExt: optPathExt = process.env.PATHEXT,
          delimiter: optDelimiter = delimiter
        }) => {
          let pathEnv = cmd.match(rSlash) ? [""] : [
            // windows always checks the cwd first
            ...isWindows ? [process.cwd()] : [],
            ...(optPath || /* istanbul ignore next: very unusual */
            "").split(optDelimiter)
          ];
          if (isWindows) {
            let pathExtExe = optPathExt || [".EXE", ".CMD", ".BAT", ".COM"].join(optDelimiter), pathExt = pathExtExe.split(optDelimiter).flatMap((item) => [item, item.toLowerCase()]);
            return cmd.includes(".") && pathExt[0] !== "" && pathExt.unshift(""), { pathEnv, pathExt, pathExtExe };
          }
          return { pathEnv, pathExt: [""] };
        }, getPathPart = (raw, cmd) => {
          let pathPart = /^".*"$/.test(raw) ? raw.slice(1, -1) : raw;
          return (!pathPart && rRel.test(cmd) ? cmd.slice(0, 2) : "") + join(pathPart, cmd);
        }, which22 = (_0, ..._1) => __async(null, [_0, ..._1], function* (cmd, opt = {}) {
          let { pathEnv, pathExt, pathExtExe } = getPathInfo(cmd, opt), found = [];
          for (let envPart of pathEnv) {
            let p = getPathPart(envPart, cmd);
            for (let ext of pathExt) {
              let withExt = p + ext;
              if (yield isexe(withExt, { pathExt: pathExtExe, ignoreErrors: !0 })) {
                if (!opt.all)
                  return withExt;
                found.push(withExt);
              }
            }
          }
          if (opt.all && found.length)
            return found;
          if (opt.nothrow)
            return null;
          throw getNotFoundError(cmd);
        }), whichSync = (cmd, opt = {}) => {
          let { pathEnv, pathExt, pathExtExe } = getPathInfo(cmd, opt), found = [];
          for (let pathEnvPart of pathEnv) {
            let p = getPathPart(pathEnvPart, cmd);
            for (let ext of pathExt) {
              let withExt = p + ext;
              if (isexeSync(withExt, { pathExt: pathExtExe, ignoreErrors: !0 })) {
                if (!opt.all)
                  return withExt;
                found.push(withExt);
              }
            }
          }
          if (opt.all && found.length)
            return found;
          if (opt.nothrow)
            return null;
          throw getNotFoundError(cmd);
        };
        module2.exports = which22, which22.sync = whichSync;
      }
    }), vendor_core_exports = {};
    __export(vendor_core_exports, {
      VoidStream: () => VoidStream,
      buildCmd: () => buildCmd,
      chalk: () => chalk22,
      exec: () => exec,
      isStringLiteral: () => isStringLiteral2,
      ps: () => ps3,
      which: () => which3
    });
    module.exports = __toCommonJS(vendor_core_exports);
    var ANSI_BACKGROUND_OFFSET = 10, wrapAnsi16 = (offset = 0) => (code) => `\x1B[${code + offset}m`, wrapAnsi256 = (offset = 0) => (code) => `\x1B[${38 + offset};5;${code}m`, wrapAnsi16m = (offset = 0) => (red, green, blue) => `\x1B[${38 + offset};2;${red};${green};${blue}m`, styles = {
      modifier: {
        reset: [0, 0],
        // 21 isn't widely supported and 22 does the same thing
        bold: [1, 22],
        dim: [2, 22],
        italic: [3, 23],
        underline: [4, 24],
        overline: [53, 55],
        inverse: [7, 27],
        hidden: [8, 28],
        strikethrough: [9, 29]
      },
      color: {
        black: [30, 39],
        red: [31, 39],
        green: [32, 39],
        yellow: [33, 39],
        blue: [34, 39],
        magenta: [35, 39],
        cyan: [36, 39],
        white: [37, 39],
        // Bright color
        blackBright: [90, 39],
        gray: [90, 39],
        // Alias of `blackBright`
        grey: [90, 39],
        // Alias of `blackBright`
        redBright: [91, 39],
        greenBright: [92, 39],
        yellowBright: [93, 39],
        blueBright: [94, 39],
        magentaBright: [95, 39],
        cyanBright: [96, 39],
        whiteBright: [97, 39]
      },
      bgColor: {
        bgBlack: [40, 49],
        bgRed: [41, 49],
        bgGreen: [42, 49],
        bgYellow: [43, 49],
        bgBlue: [44, 49],
        bgMagenta: [45, 49],
        bgCyan: [46, 49],
        bgWhite: [47, 49],
        // Bright color
        bgBlackBright: [100, 49],
        bgGray: [100, 49],
        // Alias of `bgBlackBright`
        bgGrey: [100, 49],
        // Alias of `bgBlackBright`
        bgRedBright: [101, 49],
        bgGreenBright: [102, 49],
        bgYellowBright: [103, 49],
        bgBlueBright: [104, 49],
        bgMagentaBright: [105, 49],
        bgCyanBright: [106, 49],
        bgWhiteBright: [107, 49]
      }
    }, modifierNames = Object.keys(styles.modifier), foregroundColorNames = Object.keys(styles.color), backgroundColorNames = Object.keys(styles.bgColor), colorNames = [...foregroundColorNames, ...backgroundColorNames];
    function assembleStyles() {
      let codes = /* @__PURE__ */ new Map();
      for (let [groupName, group] of Object.entries(styles)) {
        for (let [styleName, style] of Object.entries(group))
          styles[styleName] = {
            open: `\x1B[${style[0]}m`,
            close: `\x1B[${style[1]}m`
          }, group[styleName] = styles[styleName], codes.set(style[0], style[1]);
        Object.defineProperty(styles, groupName, {
          value: group,
          enumerable: !1
        });
      }
      return Object.defineProperty(styles, "codes", {
        value: codes,
        enumerable: !1
      }), styles.color.close = "\x1B[39m", styles.bgColor.close = "\x1B[49m", styles.color.ansi = wrapAnsi16(), styles.color.ansi256 = wrapAnsi256(), styles.color.ansi16m = wrapAnsi16m(), styles.bgColor.ansi = wrapAnsi16(ANSI_BACKGROUND_OFFSET), styles.bgColor.ansi256 = wrapAnsi256(ANSI_BACKGROUND_OFFSET), styles.bgColor.ansi16m = wrapAnsi16m(ANSI_BACKGROUND_OFFSET), Object.defineProperties(styles, {
        rgbToAnsi256: {
          value(red, green, blue) {
            return red === green && green === blue ? red < 8 ? 16 : red > 248 ? 231 : Math.round((red - 8) / 247 * 24) + 232 : 16 + 36 * Math.round(red / 255 * 5) + 6 * Math.round(green / 255 * 5) + Math.round(blue / 255 * 5);
          },
          enumerable: !1
        },
        hexToRgb: {
          value(hex) {
            let matches = /[a-f\d]{6}|[a-f\d]{3}/i.exec(hex.toString(16));
            if (!matches)
              return [0, 0, 0];
            let [colorString] = matches;
            colorString.length === 3 && (colorString = [...colorString].map((character) => character + character).join(""));
            let integer = Number.parseInt(colorString, 16);
            return [
              /* eslint-disable no-bitwise */
              integer >> 16 & 255,
              integer >> 8 & 255,
              integer & 255
              /* eslint-enable no-bitwise */
            ];
          },
          enumerable: !1
        },
        hexToAnsi256: {
          value: (hex) => styles.rgbToAnsi256(...styles.hexToRgb(hex)),
          enumerable: !1
        },
        ansi256ToAnsi: {
          value(code) {
            if (code < 8)
              return 30 + code;
            if (code < 16)
              return 90 + (code - 8);
            let red, green, blue;
            if (code >= 232)
              red = ((code - 232) * 10 + 8) / 255, green = red, blue = red;
            else {
              code -= 16;
              let remainder = code % 36;
              red = Math.floor(code / 36) / 5, green = Math.floor(remainder / 6) / 5, blue = remainder % 6 / 5;
            }
            let value = Math.max(red, green, blue) * 2;
            if (value === 0)
              return 30;
            let result = 30 + (Math.round(blue) << 2 | Math.round(green) << 1 | Math.round(red));
            return value === 2 && (result += 60), result;
          },
          enumerable: !1
        },
        rgbToAnsi: {
          value: (red, green, blue) => styles.ansi256ToAnsi(styles.rgbToAnsi256(red, green, blue)),
          enumerable: !1
        },
        hexToAnsi: {
          value: (hex) => styles.ansi256ToAnsi(styles.hexToAnsi256(hex)),
          enumerable: !1
        }
      }), styles;
    }
    var ansiStyles = assembleStyles(), ansi_styles_default = ansiStyles, import_node_process = __toESM2(__require("process"), 1), import_node_os2 = __toESM2(__require("os"), 1), import_node_tty = __toESM2(__require("tty"), 1);
    function hasFlag(flag, argv = globalThis.Deno ? globalThis.Deno.args : import_node_process.default.argv) {
      let prefix = flag.startsWith("-") ? "" : flag.length === 1 ? "-" : "--", position = argv.indexOf(prefix + flag), terminatorPosition = argv.indexOf("--");
      return position !== -1 && (terminatorPosition === -1 || position < terminatorPosition);
    }
    var { env } = import_node_process.default, flagForceColor;
    hasFlag("no-color") || hasFlag("no-colors") || hasFlag("color=false") || hasFlag("color=never") ? flagForceColor = 0 : (hasFlag("color") || hasFlag("colors") || hasFlag("color=true") || hasFlag("color=always")) && (flagForceColor = 1);
    function envForceColor() {
      if ("FORCE_COLOR" in env)
        return env.FORCE_COLOR === "true" ? 1 : env.FORCE_COLOR === "false" ? 0 : env.FORCE_COLOR.length === 0 ? 1 : Math.min(Number.parseInt(env.FORCE_COLOR, 10), 3);
    }
    function translateLevel(level) {
      return level === 0 ? !1 : {
        level,
        hasBasic: !0,
        has256: level >= 2,
        has16m: level >= 3
      };
    }
    function _supportsColor(haveStream, { streamIsTTY, sniffFlags = !0 } = {}) {
      let noFlagForceColor = envForceColor();
      noFlagForceColor !== void 0 && (flagForceColor = noFlagForceColor);
      let forceColor = sniffFlags ? flagForceColor : noFlagForceColor;
      if (forceColor === 0)
        return 0;
      if (sniffFlags) {
        if (hasFlag("color=16m") || hasFlag("color=full") || hasFlag("color=truecolor"))
          return 3;
        if (hasFlag("color=256"))
          return 2;
      }
      if ("TF_BUILD" in env && "AGENT_NAME" in env)
        return 1;
      if (haveStream && !streamIsTTY && forceColor === void 0)
        return 0;
      let min = forceColor || 0;
      if (env.TERM === "dumb")
        return min;
      if (import_node_process.default.platform === "win32") {
        let osRelease = import_node_os2.default.release().split(".");
        return Number(osRelease[0]) >= 10 && Number(osRelease[2]) >= 10586 ? Number(osRelease[2]) >= 14931 ? 3 : 2 : 1;
      }
      if ("CI" in env)
        return ["GITHUB_ACTIONS", "GITEA_ACTIONS", "CIRCLECI"].some((key) => key in env) ? 3 : ["TRAVIS", "APPVEYOR", "GITLAB_CI", "BUILDKITE", "DRONE"].some((sign) => sign in env) || env.CI_NAME === "codeship" ? 1 : min;
      if ("TEAMCITY_VERSION" in env)
        return /^(9\.(0*[1-9]\d*)\.|\d{2,}\.)/.test(env.TEAMCITY_VERSION) ? 1 : 0;
      if (env.COLORTERM === "truecolor" || env.TERM === "xterm-kitty" || env.TERM === "xterm-ghostty" || env.TERM === "wezterm")
        return 3;
      if ("TERM_PROGRAM" in env) {
        let version = Number.parseInt((env.TERM_PROGRAM_VERSION || "").split(".")[0], 10);
        switch (env.TERM_PROGRAM) {
          case "iTerm.app":
            return version >= 3 ? 3 : 2;
          case "Apple_Terminal":
            return 2;
        }
      }
      return /-256(color)?$/i.test(env.TERM) ? 2 : /^screen|^xterm|^vt100|^vt220|^rxvt|color|ansi|cygwin|linux/i.test(env.TERM) || "COLORTERM" in env ? 1 : min;
    }
    function createSupportsColor(stream, options2 = {}) {
      let level = _supportsColor(stream, __spreadValues({
        streamIsTTY: stream && stream.isTTY
      }, options2));
      return translateLevel(level);
    }
    var supportsColor = {
      stdout: createSupportsColor({ isTTY: import_node_tty.default.isatty(1) }),
      stderr: createSupportsColor({ isTTY: import_node_tty.default.isatty(2) })
    }, supports_color_default = supportsColor;
    function stringReplaceAll(string, substring, replacer) {
      let index = string.indexOf(substring);
      if (index === -1)
        return string;
      let substringLength = substring.length, endIndex = 0, returnValue = "";
      do
        returnValue += string.slice(endIndex, index) + substring + replacer, endIndex = index + substringLength, index = string.indexOf(substring, endIndex);
      while (index !== -1);
      return returnValue += string.slice(endIndex), returnValue;
    }
    function stringEncaseCRLFWithFirstIndex(string, prefix, postfix, index) {
      let endIndex = 0, returnValue = "";
      do {
        let gotCR = string[index - 1] === "\r";
        returnValue += string.slice(endIndex, gotCR ? index - 1 : index) + prefix + (gotCR ? `\r
` : `
`) + postfix, endIndex = index + 1, index = string.indexOf(`
`, endIndex);
      } while (index !== -1);
      return returnValue += string.slice(endIndex), returnValue;
    }
    var { stdout: stdoutColor, stderr: stderrColor } = supports_color_default, GENERATOR = /* @__PURE__ */ Symbol("GENERATOR"), STYLER = /* @__PURE__ */ Symbol("STYLER"), IS_EMPTY = /* @__PURE__ */ Symbol("IS_EMPTY"), levelMapping = [
      "ansi",
      "ansi",
      "ansi256",
      "ansi16m"
    ], styles2 = /* @__PURE__ */ Object.create(null), applyOptions = (object, options2 = {}) => {
      if (options2.level && !(Number.isInteger(options2.level) && options2.level >= 0 && options2.level <= 3))
        throw new Error("The `level` option should be an integer from 0 to 3");
      let colorLevel = stdoutColor ? stdoutColor.level : 0;
      object.level = options2.level === void 0 ? colorLevel : options2.level;
    }, chalkFactory = (options2) => {
      let chalk32 = (...strings) => strings.join(" ");
      return applyOptions(chalk32, options2), Object.setPrototypeOf(chalk32, createChalk.prototype), chalk32;
    };
    function createChalk(options2) {
      return chalkFactory(options2);
    }
    Object.setPrototypeOf(createChalk.prototype, Function.prototype);
    for (let [styleName, style] of Object.entries(ansi_styles_default))
      styles2[styleName] = {
        get() {
          let builder = createBuilder(this, createStyler(style.open, style.close, this[STYLER]), this[IS_EMPTY]);
          return Object.defineProperty(this, styleName, { value: builder }), builder;
        }
      };
    styles2.visible = {
      get() {
        let builder = createBuilder(this, this[STYLER], !0);
        return Object.defineProperty(this, "visible", { value: builder }), builder;
      }
    };
    var getModelAnsi = (model, level, type, ...arguments_) => model === "rgb" ? level === "ansi16m" ? ansi_styles_default[type].ansi16m(...arguments_) : level === "ansi256" ? ansi_styles_default[type].ansi256(ansi_styles_default.rgbToAnsi256(...arguments_)) : ansi_styles_default[type].ansi(ansi_styles_default.rgbToAnsi(...arguments_)) : model === "hex" ? getModelAnsi("rgb", level, type, ...ansi_styles_default.hexToRgb(...arguments_)) : ansi_styles_default[type][model](...arguments_), usedModels = ["rgb", "hex", "ansi256"];
    for (let model of usedModels) {
      styles2[model] = {
        get() {
          let { level } = this;
          return function(...arguments_) {
            let styler = createStyler(getModelAnsi(model, levelMapping[level], "color", ...arguments_), ansi_styles_default.color.close, this[STYLER]);
            return createBuilder(this, styler, this[IS_EMPTY]);
          };
        }
      };
      let bgModel = "bg" + model[0].toUpperCase() + model.slice(1);
      styles2[bgModel] = {
        get() {
          let { level } = this;
          return function(...arguments_) {
            let styler = createStyler(getModelAnsi(model, levelMapping[level], "bgColor", ...arguments_), ansi_styles_default.bgColor.close, this[STYLER]);
            return createBuilder(this, styler, this[IS_EMPTY]);
          };
        }
      };
    }
    var proto = Object.defineProperties(() => {
    }, __spreadProps(__spreadValues({}, styles2), {
      level: {
        enumerable: !0,
        get() {
          return this[GENERATOR].level;
        },
        set(level) {
          this[GENERATOR].level = level;
        }
      }
    })), createStyler = (open, close, parent) => {
      let openAll, closeAll;
      return parent === void 0 ? (openAll = open, closeAll = close) : (openAll = parent.openAll + open, closeAll = close + parent.closeAll), {
        open,
        close,
        openAll,
        closeAll,
        parent
      };
    }, createBuilder = (self, _styler, _isEmpty) => {
      let builder = (...arguments_) => applyStyle(builder, arguments_.length === 1 ? "" + arguments_[0] : arguments_.join(" "));
      return Object.setPrototypeOf(builder, proto), builder[GENERATOR] = self, builder[STYLER] = _styler, builder[IS_EMPTY] = _isEmpty, builder;
    }, applyStyle = (self, string) => {
      if (self.level <= 0 || !string)
        return self[IS_EMPTY] ? "" : string;
      let styler = self[STYLER];
      if (styler === void 0)
        return string;
      let { openAll, closeAll } = styler;
      if (string.includes("\x1B"))
        for (; styler !== void 0; )
          string = stringReplaceAll(string, styler.close, styler.open), styler = styler.parent;
      let lfIndex = string.indexOf(`
`);
      return lfIndex !== -1 && (string = stringEncaseCRLFWithFirstIndex(string, closeAll, openAll, lfIndex)), openAll + string + closeAll;
    };
    Object.defineProperties(createChalk.prototype, styles2);
    var chalk3 = createChalk(), chalkStderr = createChalk({ level: stderrColor ? stderrColor.level : 0 }), source_default = chalk3, import_which = __toESM2(require_lib(), 1), import_node_process4 = __toESM2(__require("process"), 1), import_node_fs10 = __toESM2(__require("fs"), 1), import_node_os22 = __toESM2(__require("os"), 1), EOL = /\r?\n|\r|\n/, EMPTY = "-", parseLine = (line, sep = " ") => {
      if (typeof line != "string") throw new Error("parseLine: line must be a string");
      let result = {
        spaces: [],
        words: []
      }, capture = () => {
        word && (result.words.push({
          s,
          e: s + word.length - 1,
          w: word
        }), word = "", s = -1);
      }, bb, word = "", s = -1;
      for (let i in [...line]) {
        let prev = line[+i - 1], char = line[i];
        if (bb) {
          word += char, char === bb && prev !== "\\" && (bb = void 0);
          continue;
        }
        if (char === sep) {
          result.spaces.push(+i), capture();
          continue;
        }
        s === -1 && (s = +i), (char === '"' || char === "'") && (bb = char), word += char;
      }
      return capture(), result;
    }, parseLines = (input, sep) => input.split(EOL).filter(Boolean).map((l) => parseLine(l, sep)), countWordsByIndex = ({ words: words2 }, index) => words2.filter(({ e }) => e < index).length, getBorders = (lines) => lines[0].spaces.reduce((m, i) => {
      let c = countWordsByIndex(lines[0], i);
      return lines.every((l) => l.spaces.includes(i) && c === countWordsByIndex(l, i)) && m.push(i), m;
    }, []), parseUnixGrid = (input) => {
      let lines = parseLines(input), borders = getBorders(lines), _borders = [Number.NEGATIVE_INFINITY, ...borders, Number.POSITIVE_INFINITY], grid = [];
      for (let { words: words2 } of lines) {
        let row = [];
        grid.push(row);
        for (let n in words2) {
          let { w, s, e } = words2[n];
          for (let _b in _borders) {
            let a = _borders[+_b], b = _borders[+_b + 1];
            if (b === void 0) break;
            let block = row[_b] || (row[_b] = []);
            s > a && e < b && block.push(w);
          }
        }
      }
      return gridToData(grid);
    }, gridToData = (grid) => {
      let data = [], [headers2, ...body] = grid;
      for (let row of body) {
        let entry = {};
        data.push(entry);
        for (let i in headers2) {
          let keys = headers2[i];
          if (keys.length !== 0) {
            if (keys.length > row[i].length)
              throw new Error("Malformed grid: row has more columns than headers");
            for (let k in keys) {
              let key = keys[k], to = +k + 1 === keys.length ? Number.POSITIVE_INFINITY : +k + 1;
              entry[key] = row[i].slice(+k, to);
            }
          }
        }
      }
      return data;
    }, parseWinGrid = (input, debug = !1) => {
      let lines = input.split(/\r*\n+/).filter(Boolean), headline = lines.shift(), headers2 = headline.trim().split(/\s\s+/), hl = headers2.length, ll = headline.length;
      if (debug && (console.log("Headers:", headers2), console.log("Line lengths:", lines.map((l) => l.length))), lines.every((l) => ll / l.length < 2)) {
        let borders = Array.from({ length: ll }).map(
          (_, i) => lines.every((l) => l[i] === " ")
        ).reduce((m, v, i, a) => (v && !a[i - 1] && m.push(i), m), [0]), data2 = [];
        debug && console.log("Borders:", borders);
        for (let line of lines) {
          let props = [];
          for (let i in headers2) {
            let k = headers2[i], s = borders[i], e = borders[+i + 1] || ll, v = line.slice(s, e).trim();
            props.push([k, [v || EMPTY]]);
          }
          data2.push(Object.fromEntries(props));
        }
        return data2;
      }
      let w = "", p, body = input.slice(headline.length), vals = [], data = [], cap = (v) => {
        let _v = w.trim() || (vals.length === 0 ? v : w.trim());
        _v && (vals.push(_v), vals.length === hl && (data.push(Object.fromEntries(headers2.map((h, i) => [h, [vals[i]]]))), vals.length = 0), w = "");
      };
      for (let c of body)
        w += c, c === " " ? p === `
` ? cap(EMPTY) : p === " " && cap() : c === `
` && cap(), p = c;
      return cap(), data;
    }, parsers = {
      unix: parseUnixGrid,
      win: parseWinGrid
    }, parse4 = (input, { format: format2 = "unix", debug = !1 } = {}) => {
      let parser = parsers[format2];
      if (!parser) throw new Error(`unsupported format: ${format2}`);
      return parser(input, debug);
    }, cp = __toESM2(__require("child_process"), 1), import_node_process3 = __toESM2(__require("process"), 1), import_node_events = __toESM2(__require("events"), 1), import_node_stream = __require("stream"), import_node_process2 = __toESM2(__require("process"), 1), g = !import_node_process2.default.versions.deno && global || globalThis, immediate = g.setImmediate || ((f) => g.setTimeout(f, 0)), noop = () => {
    }, randomId = () => Math.random().toString(36).slice(2), isPromiseLike = (value) => typeof value?.then == "function", isStringLiteral2 = (pieces, ...rest) => {
      var _a;
      return pieces?.length > 0 && ((_a = pieces.raw) == null ? void 0 : _a.length) === pieces.length && // Object.isFrozen(pieces) &&
      rest.length + 1 === pieces.length;
    }, assign = (target, ...extras) => Object.defineProperties(target, extras.reduce((m, extra) => __spreadValues(__spreadValues({}, m), Object.fromEntries(Object.entries(Object.getOwnPropertyDescriptors(extra)).filter(([, v]) => !Object.prototype.hasOwnProperty.call(v, "value") || v.value !== void 0))), {})), buildCmd = (quote22, pieces, args, subs = substitute) => {
      if (args.some(isPromiseLike))
        return Promise.all(args).then((args2) => buildCmd(quote22, pieces, args2, subs));
      let cmd = pieces[0], i = 0;
      for (; i < args.length; ) {
        let s = Array.isArray(args[i]) ? args[i].map((x) => quote22(subs(x))).join(" ") : quote22(subs(args[i]));
        cmd += s + pieces[++i];
      }
      return cmd;
    }, substitute = (arg) => typeof arg?.stdout == "string" ? arg.stdout.replace(/\n$/, "") : `${arg}`, defaults2 = {
      get id() {
        return randomId();
      },
      cmd: "",
      get cwd() {
        return import_node_process3.default.cwd();
      },
      sync: !1,
      args: [],
      input: null,
      env: import_node_process3.default.env,
      get ee() {
        return new import_node_events.default();
      },
      get ac() {
        return g.AbortController && new AbortController();
      },
      get signal() {
        var _a;
        return (_a = this.ac) == null ? void 0 : _a.signal;
      },
      on: {},
      detached: import_node_process3.default.platform !== "win32",
      shell: !0,
      spawn: cp.spawn,
      spawnSync: cp.spawnSync,
      spawnOpts: {},
      get store() {
        return createStore();
      },
      callback: noop,
      get stdin() {
        return new VoidStream();
      },
      get stdout() {
        return new VoidStream();
      },
      get stderr() {
        return new VoidStream();
      },
      stdio: ["pipe", "pipe", "pipe"],
      run: immediate,
      stack: ""
    }, normalizeCtx = (...ctxs) => assign(
      __spreadValues({}, defaults2),
      { get signal() {
        var _a;
        return (_a = this.ac) == null ? void 0 : _a.signal;
      } },
      ...ctxs
    ), processInput = (child, input) => {
      input && child.stdin && !child.stdin.destroyed && (input instanceof import_node_stream.Readable ? input.pipe(child.stdin) : (child.stdin.write(input), child.stdin.end()));
    }, VoidStream = class extends import_node_stream.Transform {
      _transform(chunk, _, cb) {
        this.emit("data", chunk), cb();
      }
    }, buildSpawnOpts = ({ spawnOpts, stdio, cwd, shell, input, env: env2, detached, signal }) => __spreadProps(__spreadValues({}, spawnOpts), {
      env: env2,
      cwd,
      stdio,
      shell,
      input,
      windowsHide: !0,
      detached,
      signal
    }), toggleListeners = (pos, ee, on = {}) => {
      for (let [name, listener] of Object.entries(on))
        ee[pos](name, listener);
      pos === "on" && ee.once("end", () => toggleListeners("off", ee, on));
    }, createStore = () => ({
      stdout: [],
      stderr: [],
      stdall: []
    }), invoke = (c) => {
      var _a, _b;
      let now = Date.now(), stdio = [c.stdin, c.stdout, c.stderr], push = (kind, data) => {
        c.store[kind].push(data), c.store.stdall.push(data), c.ee.emit(kind, data, c), c.ee.emit("stdall", data, c);
      };
      try {
        if (c.sync) {
          toggleListeners("on", c.ee, c.on);
          let opts = buildSpawnOpts(c), r = c.spawnSync(c.cmd, c.args, opts);
          c.ee.emit("start", r, c), ((_a = r.stdout) == null ? void 0 : _a.length) > 0 && (c.stdout.write(r.stdout), push("stdout", r.stdout)), ((_b = r.stderr) == null ? void 0 : _b.length) > 0 && (c.stderr.write(r.stderr), push("stderr", r.stderr)), c.callback(null, c.fulfilled = __spreadProps(__spreadValues({}, r), {
            get stdout() {
              return c.store.stdout.join("");
            },
            get stderr() {
              return c.store.stderr.join("");
            },
            get stdall() {
              return c.store.stdall.join("");
            },
            stdio,
            duration: Date.now() - now,
            ctx: c
          })), c.ee.emit("end", c.fulfilled, c);
        } else
          c.run(() => {
            var _a2, _b2, _c;
            toggleListeners("on", c.ee, c.on);
            let error = null, aborted = !1, opts = buildSpawnOpts(c), child = c.spawn(c.cmd, c.args, opts), onAbort = (event) => {
              if (opts.detached && child.pid)
                try {
                  import_node_process3.default.kill(-child.pid);
                } catch {
                  child.kill();
                }
              aborted = !0, c.ee.emit("abort", event, c);
            };
            c.child = child, c.ee.emit("start", child, c), (_a2 = opts.signal) == null || _a2.addEventListener("abort", onAbort), processInput(child, c.input || c.stdin), (_b2 = child.stdout) == null || _b2.on("data", (d) => {
              push("stdout", d);
            }).pipe(c.stdout), (_c = child.stderr) == null || _c.on("data", (d) => {
              push("stderr", d);
            }).pipe(c.stderr), child.once("error", (e) => {
              error = e, c.ee.emit("err", error, c);
            }).once("exit", () => {
              var _a3, _b3;
              aborted && ((_a3 = child.stdout) == null || _a3.destroy(), (_b3 = child.stderr) == null || _b3.destroy());
            }).once("close", (status, signal) => {
              var _a3;
              c.fulfilled = {
                error,
                status,
                signal,
                get stdout() {
                  return c.store.stdout.join("");
                },
                get stderr() {
                  return c.store.stderr.join("");
                },
                get stdall() {
                  return c.store.stdall.join("");
                },
                stdio,
                duration: Date.now() - now,
                ctx: c
              }, (_a3 = opts.signal) == null || _a3.removeEventListener("abort", onAbort), c.callback(error, c.fulfilled), c.ee.emit("end", c.fulfilled, c);
            });
          }, c);
      } catch (error) {
        c.callback(
          error,
          c.fulfilled = {
            error,
            status: null,
            signal: null,
            stdout: "",
            stderr: "",
            stdall: "",
            stdio,
            duration: Date.now() - now,
            ctx: c
          }
        ), c.ee.emit("err", error, c), c.ee.emit("end", c.fulfilled, c);
      }
      return c;
    }, exec = (ctx) => invoke(normalizeCtx(ctx)), IS_WIN = import_node_process4.default.platform === "win32", IS_WIN2025_PLUS = IS_WIN && Number.parseInt(import_node_os22.default.release().split(".")[2], 10) >= 26e3, LOOKUPS = {
      wmic: {
        cmd: "wmic process get ProcessId,ParentProcessId,CommandLine",
        args: [],
        parse(stdout) {
          return parse4(removeWmicPrefix(stdout), { format: "win" });
        }
      },
      ps: {
        cmd: "ps",
        args: ["-lx"],
        parse(stdout) {
          return parse4(stdout, { format: "unix" });
        }
      },
      pwsh: {
        cmd: "pwsh",
        args: ["-NoProfile", "-Command", '"Get-CimInstance Win32_Process | Select-Object ProcessId,ParentProcessId,CommandLine | ConvertTo-Json -Compress"'],
        parse(stdout) {
          let arr = [];
          try {
            arr = JSON.parse(stdout);
          } catch {
            return [];
          }
          return arr.map((p) => ({
            ProcessId: [p.ProcessId + ""],
            ParentProcessId: [p.ParentProcessId + ""],
            CommandLine: p.CommandLine ? [p.CommandLine] : []
          }));
        }
      }
    }, isBin = (f) => {
      if (f === "") return !1;
      if (!f.includes("/") && !f.includes("\\")) return !0;
      if (f.length > 3 && f[0] === '"')
        return f[f.length - 1] === '"' ? isBin(f.slice(1, -1)) : !1;
      try {
        if (!import_node_fs10.default.existsSync(f)) return !1;
        let stat = import_node_fs10.default.lstatSync(f);
        return stat.isFile() || stat.isSymbolicLink();
      } catch {
        return !1;
      }
    }, lookup = (query = {}, cb = noop2) => _lookup({ query, cb, sync: !1 }), lookupSync = (query = {}, cb = noop2) => _lookup({ query, cb, sync: !0 });
    lookup.sync = lookupSync;
    var _lookup = ({
      query = {},
      cb = noop2,
      sync = !1
    }) => {
      let pFactory = sync ? makePseudoDeferred.bind(null, []) : makeDeferred, { promise, resolve: resolve2, reject } = pFactory(), result = [], lookupFlow = IS_WIN ? IS_WIN2025_PLUS ? "pwsh" : "wmic" : "ps", {
        parse: parse22,
        cmd,
        args
      } = LOOKUPS[lookupFlow];
      return exec({
        cmd,
        args,
        callback: (err, { stdout }) => {
          if (err) {
            reject(err), cb(err);
            return;
          }
          result.push(...filterProcessList(normalizeOutput(parse22(stdout)), query)), resolve2(result), cb(null, result);
        },
        sync,
        run(cb2) {
          cb2();
        }
      }), Object.assign(promise, result);
    }, filterProcessList = (processList, query = {}) => {
      let pidList = (query.pid === void 0 ? [] : [query.pid].flat(1)).map((v) => v + ""), filters = [
        (p) => query.command ? new RegExp(query.command, "i").test(p.command) : !0,
        (p) => query.arguments ? new RegExp(query.arguments, "i").test(p.arguments.join(" ")) : !0,
        (p) => query.ppid ? query.ppid + "" === p.ppid : !0
      ];
      return processList.filter(
        (p) => (pidList.length === 0 || pidList.includes(p.pid)) && filters.every((f) => f(p))
      );
    }, removeWmicPrefix = (stdout) => {
      let s = stdout.indexOf(LOOKUPS.wmic.cmd + import_node_os22.default.EOL), e = stdout.includes(">") ? stdout.trimEnd().lastIndexOf(import_node_os22.default.EOL) : stdout.length;
      return (s > 0 ? stdout.slice(s + LOOKUPS.wmic.cmd.length, e) : stdout.slice(0, e)).trimStart();
    }, pickTree = (list, pid, recursive = !1) => {
      let children = list.filter((p) => p.ppid === pid + "");
      return [
        ...children,
        ...children.flatMap((p) => recursive ? pickTree(list, p.pid, !0) : [])
      ];
    }, _tree = ({
      cb = noop2,
      opts,
      sync = !1
    }) => {
      if (typeof opts == "string" || typeof opts == "number")
        return _tree({ opts: { pid: opts }, cb, sync });
      let onError = (err) => cb(err), onData = (all) => {
        if (opts === void 0) return all;
        let { pid, recursive = !1 } = opts, list = pickTree(all, pid, recursive);
        return cb(null, list), list;
      };
      try {
        let all = _lookup({ sync });
        return sync ? onData(all) : all.then(onData, (err) => {
          throw onError(err), err;
        });
      } catch (err) {
        return onError(err), Promise.reject(err);
      }
    }, tree = (opts, cb) => __async(null, null, function* () {
      return _tree({ opts, cb });
    }), treeSync = (opts, cb) => _tree({ opts, cb, sync: !0 });
    tree.sync = treeSync;
    var kill2 = (pid, opts, next) => {
      if (typeof opts == "function")
        return kill2(pid, void 0, opts);
      if (typeof opts == "string" || typeof opts == "number")
        return kill2(pid, { signal: opts }, next);
      let { promise, resolve: resolve2, reject } = makeDeferred(), {
        timeout = 30,
        signal = "SIGTERM"
      } = opts || {};
      try {
        import_node_process4.default.kill(+pid, signal);
      } catch (e) {
        return reject(e), next?.(e), promise;
      }
      let checkConfident = 0, checkTimeoutTimer, checkIsTimeout = !1, checkKilled = (finishCallback) => lookup({ pid }, (err, list = []) => {
        checkIsTimeout || (err ? (clearTimeout(checkTimeoutTimer), reject(err), finishCallback?.(err, pid)) : list.length > 0 ? (checkConfident = checkConfident - 1 || 0, checkKilled(finishCallback)) : (checkConfident++, checkConfident === 5 ? (clearTimeout(checkTimeoutTimer), resolve2(pid), finishCallback?.(null, pid)) : checkKilled(finishCallback)));
      });
      return next ? (checkKilled(next), checkTimeoutTimer = setTimeout(() => {
        checkIsTimeout = !0, next(new Error("Kill process timeout"));
      }, timeout * 1e3)) : resolve2(pid), promise;
    }, normalizeOutput = (data) => data.reduce((m, d) => {
      var _a, _b;
      let pid = (_a = d.PID || d.ProcessId) == null ? void 0 : _a[0], ppid = (_b = d.PPID || d.ParentProcessId) == null ? void 0 : _b[0], _cmd = d.CMD || d.CommandLine || d.COMMAND || [], cmd = _cmd.length === 1 ? _cmd[0].split(/\s+/) : _cmd;
      if (pid && cmd.length > 0) {
        let c = cmd.findIndex((_v, i) => isBin(cmd.slice(0, i).join(" "))), command = (c === -1 ? cmd : cmd.slice(0, c)).join(" "), args = c === -1 ? [] : cmd.slice(c);
        m.push({
          pid,
          ppid,
          command,
          arguments: args
        });
      }
      return m;
    }, []), makeDeferred = () => {
      let resolve2, reject, promise = new Promise((res, rej) => {
        resolve2 = res, reject = rej;
      });
      return { resolve: resolve2, reject, promise };
    }, makePseudoDeferred = (r = {}) => ({
      promise: r,
      resolve: identity,
      reject(e) {
        throw e;
      }
    }), noop2 = () => {
    }, identity = (v) => v, index_default = { kill: kill2, lookup, lookupSync, tree, treeSync }, import_internals = require_internals(), chalk22 = import_internals.bus.wrap("chalk", source_default), which3 = import_internals.bus.wrap("which", import_which.default), ps3 = import_internals.bus.wrap("ps", index_default);
  }
});

// node_modules/zx/build/util.cjs
var require_util = __commonJS({
  "node_modules/zx/build/util.cjs"(exports, module) {
    "use strict";
    var {
      __spreadValues,
      __spreadProps,
      __export,
      __toESM: __toESM2,
      __toCommonJS
    } = require_esblib(), util_exports = {};
    __export(util_exports, {
      bufArrJoin: () => bufArrJoin,
      bufToString: () => bufToString,
      getLast: () => getLast,
      getLines: () => getLines,
      identity: () => identity,
      isString: () => isString,
      isStringLiteral: () => import_vendor_core.isStringLiteral,
      iteratorToArray: () => iteratorToArray,
      noop: () => noop,
      once: () => once,
      parseBool: () => parseBool,
      parseDuration: () => parseDuration,
      preferLocalBin: () => preferLocalBin,
      proxyOverride: () => proxyOverride,
      quote: () => quote3,
      quotePowerShell: () => quotePowerShell3,
      randomId: () => randomId,
      toCamelCase: () => toCamelCase
    });
    module.exports = __toCommonJS(util_exports);
    var import_node_path14 = __toESM2(__require("path"), 1), import_node_process = __toESM2(__require("process"), 1), import_vendor_core = require_vendor_core();
    function noop() {
    }
    function identity(v) {
      return v;
    }
    function randomId() {
      return Math.random().toString(36).slice(2);
    }
    function isString(obj) {
      return typeof obj == "string";
    }
    var utf8Decoder = new TextDecoder("utf-8"), bufToString = (buf) => isString(buf) ? buf : utf8Decoder.decode(buf), bufArrJoin = (arr) => arr.reduce((acc, buf) => acc + bufToString(buf), ""), getLast = (arr) => arr[arr.length - 1];
    function preferLocalBin(env, ...dirs) {
      let pathKey = import_node_process.default.platform === "win32" ? Object.keys(env).reverse().find((key) => key.toUpperCase() === "PATH") || "Path" : "PATH", pathValue = dirs.map(
        (c) => c && [
          import_node_path14.default.resolve(c, "node_modules", ".bin"),
          import_node_path14.default.resolve(c)
        ]
      ).flat().concat(env[pathKey]).filter(Boolean).join(import_node_path14.default.delimiter);
      return __spreadProps(__spreadValues({}, env), {
        [pathKey]: pathValue
      });
    }
    function quote3(arg) {
      return arg === "" ? "$''" : /^[\w/.\-@:=]+$/.test(arg) ? arg : "$'" + arg.replace(/\\/g, "\\\\").replace(/'/g, "\\'").replace(/\f/g, "\\f").replace(/\n/g, "\\n").replace(/\r/g, "\\r").replace(/\t/g, "\\t").replace(/\v/g, "\\v").replace(/\0/g, "\\0") + "'";
    }
    function quotePowerShell3(arg) {
      return arg === "" ? "''" : /^[\w/.\-]+$/.test(arg) ? arg : "'" + arg.replace(/'/g, "''") + "'";
    }
    function parseDuration(d) {
      if (typeof d == "number") {
        if (isNaN(d) || d < 0) throw new Error(`Invalid duration: "${d}".`);
        return d;
      }
      let [m, v, u] = d.match(/^(\d+)(m?s?)$/) || [];
      if (!m) throw new Error(`Unknown duration: "${d}".`);
      return +v * ({ s: 1e3, ms: 1, m: 6e4 }[u] || 1);
    }
    var once = (fn) => {
      let called = !1, result;
      return (...args) => called ? result : (called = !0, result = fn(...args));
    }, proxyOverride = (origin, ...fallbacks) => new Proxy(origin, {
      get(target, key) {
        var _a, _b;
        return (_b = (_a = fallbacks.find((f) => key in f)) == null ? void 0 : _a[key]) != null ? _b : Reflect.get(target, key);
      }
    }), toCamelCase = (str) => str.toLowerCase().replace(/([a-z])[_-]+([a-z])/g, (_, p1, p2) => p1 + p2.toUpperCase()), parseBool = (v) => v === "true" || v !== "false" && v, getLines = (chunk, next, delimiter) => {
      let lines = ((next.pop() || "") + bufToString(chunk)).split(delimiter);
      return next.push(lines.pop()), lines;
    }, iteratorToArray = (it) => {
      let arr = [], entry;
      for (; !(entry = it.next()).done; ) arr.push(entry.value);
      return arr;
    };
  }
});

// node_modules/zx/build/core.cjs
var require_core = __commonJS({
  "node_modules/zx/build/core.cjs"(exports, module) {
    "use strict";
    var {
      __spreadValues,
      __spreadProps,
      __export,
      __toESM: __toESM2,
      __toCommonJS,
      __async,
      __await,
      __asyncGenerator,
      __yieldStar,
      __forAwait
    } = require_esblib(), core_exports = {};
    __export(core_exports, {
      $: () => $2,
      Fail: () => Fail2,
      ProcessOutput: () => ProcessOutput2,
      ProcessPromise: () => ProcessPromise2,
      bus: () => import_internals.bus,
      cd: () => cd2,
      chalk: () => import_vendor_core3.chalk,
      defaults: () => defaults2,
      kill: () => kill2,
      log: () => log2,
      os: () => os3,
      path: () => import_node_path14.default,
      ps: () => import_vendor_core3.ps,
      quote: () => import_util22.quote,
      quotePowerShell: () => import_util22.quotePowerShell,
      resolveDefaults: () => resolveDefaults2,
      syncProcessCwd: () => syncProcessCwd2,
      useBash: () => useBash2,
      usePowerShell: () => usePowerShell2,
      usePwsh: () => usePwsh2,
      which: () => import_vendor_core3.which,
      within: () => within2
    });
    module.exports = __toCommonJS(core_exports);
    var import_node_async_hooks = __require("async_hooks"), import_node_buffer = __require("buffer"), import_node_child_process = __toESM2(__require("child_process"), 1), import_node_events = __require("events"), import_node_fs10 = __toESM2(__require("fs"), 1), import_node_os2 = __require("os"), import_node_process2 = __toESM2(__require("process"), 1), import_node_util2 = __require("util"), EXIT_CODES = {
      2: "Misuse of shell builtins",
      126: "Invoked command cannot execute",
      127: "Command not found",
      128: "Invalid exit argument",
      129: "Hangup",
      130: "Interrupt",
      131: "Quit and dump core",
      132: "Illegal instruction",
      133: "Trace/breakpoint trap",
      134: "Process aborted",
      135: 'Bus error: "access to undefined portion of memory object"',
      136: 'Floating point exception: "erroneous arithmetic operation"',
      137: "Kill (terminate immediately)",
      138: "User-defined 1",
      139: "Segmentation violation",
      140: "User-defined 2",
      141: "Write to pipe with no one reading",
      142: "Signal raised by alarm",
      143: "Termination (request to terminate)",
      145: "Child process terminated, stopped (or continued*)",
      146: "Continue if stopped",
      147: "Stop executing temporarily",
      148: "Terminal stop signal",
      149: 'Background process attempting to read from tty ("in")',
      150: 'Background process attempting to write to tty ("out")',
      151: "Urgent data available on socket",
      152: "CPU time limit exceeded",
      153: "File size limit exceeded",
      154: 'Signal raised by timer counting virtual time: "virtual timer expired"',
      155: "Profiling timer expired",
      157: "Pollable event",
      159: "Bad syscall"
    }, ERRNO_CODES = {
      0: "Success",
      1: "Not super-user",
      2: "No such file or directory",
      3: "No such process",
      4: "Interrupted system call",
      5: "I/O error",
      6: "No such device or address",
      7: "Arg list too long",
      8: "Exec format error",
      9: "Bad file number",
      10: "No children",
      11: "No more processes",
      12: "Not enough core",
      13: "Permission denied",
      14: "Bad address",
      15: "Block device required",
      16: "Mount device busy",
      17: "File exists",
      18: "Cross-device link",
      19: "No such device",
      20: "Not a directory",
      21: "Is a directory",
      22: "Invalid argument",
      23: "Too many open files in system",
      24: "Too many open files",
      25: "Not a typewriter",
      26: "Text file busy",
      27: "File too large",
      28: "No space left on device",
      29: "Illegal seek",
      30: "Read only file system",
      31: "Too many links",
      32: "Broken pipe",
      33: "Math arg out of domain of func",
      34: "Math result not representable",
      35: "File locking deadlock error",
      36: "File or path name too long",
      37: "No record locks available",
      38: "Function not implemented",
      39: "Directory not empty",
      40: "Too many symbolic links",
      42: "No message of desired type",
      43: "Identifier removed",
      44: "Channel number out of range",
      45: "Level 2 not synchronized",
      46: "Level 3 halted",
      47: "Level 3 reset",
      48: "Link number out of range",
      49: "Protocol driver not attached",
      50: "No CSI structure available",
      51: "Level 2 halted",
      52: "Invalid exchange",
      53: "Invalid request descriptor",
      54: "Exchange full",
      55: "No anode",
      56: "Invalid request code",
      57: "Invalid slot",
      59: "Bad font file fmt",
      60: "Device not a stream",
      61: "No data (for no delay io)",
      62: "Timer expired",
      63: "Out of streams resources",
      64: "Machine is not on the network",
      65: "Package not installed",
      66: "The object is remote",
      67: "The link has been severed",
      68: "Advertise error",
      69: "Srmount error",
      70: "Communication error on send",
      71: "Protocol error",
      72: "Multihop attempted",
      73: "Cross mount point (not really error)",
      74: "Trying to read unreadable message",
      75: "Value too large for defined data type",
      76: "Given log. name not unique",
      77: "f.d. invalid for this operation",
      78: "Remote address changed",
      79: "Can   access a needed shared lib",
      80: "Accessing a corrupted shared lib",
      81: ".lib section in a.out corrupted",
      82: "Attempting to link in too many libs",
      83: "Attempting to exec a shared library",
      84: "Illegal byte sequence",
      86: "Streams pipe error",
      87: "Too many users",
      88: "Socket operation on non-socket",
      89: "Destination address required",
      90: "Message too long",
      91: "Protocol wrong type for socket",
      92: "Protocol not available",
      93: "Unknown protocol",
      94: "Socket type not supported",
      95: "Not supported",
      96: "Protocol family not supported",
      97: "Address family not supported by protocol family",
      98: "Address already in use",
      99: "Address not available",
      100: "Network interface is not configured",
      101: "Network is unreachable",
      102: "Connection reset by network",
      103: "Connection aborted",
      104: "Connection reset by peer",
      105: "No buffer space available",
      106: "Socket is already connected",
      107: "Socket is not connected",
      108: "Can't send after socket shutdown",
      109: "Too many references",
      110: "Connection timed out",
      111: "Connection refused",
      112: "Host is down",
      113: "Host is unreachable",
      114: "Socket already connected",
      115: "Connection already in progress",
      116: "Stale file handle",
      122: "Quota exceeded",
      123: "No medium (in tape drive)",
      125: "Operation canceled",
      130: "Previous owner died",
      131: "State not recoverable"
    }, DOCS_URL = "https://google.github.io/zx", _Fail = class _Fail2 extends Error {
      static formatExitMessage(code, signal, stderr, from, details2 = "") {
        if (code == 0 && signal == null) return `exit code: ${code}`;
        let codeInfo = _Fail2.getExitCodeInfo(code), message = `${stderr}
    at ${from}
    exit code: ${code}${codeInfo ? " (" + codeInfo + ")" : ""}`;
        return signal != null && (message += `
    signal: ${signal}`), details2 && (message += `
    details: 
${details2}`), message;
      }
      static formatErrorMessage(err, from) {
        return `${err.message}
    errno: ${err.errno} (${_Fail2.getErrnoMessage(err.errno)})
    code: ${err.code}
    at ${from}`;
      }
      static formatErrorDetails(lines = [], lim = 20) {
        if (lines.length < lim) return lines.join(`
`);
        let errors = lines.filter((l) => /(fail|error|not ok|exception)/i.test(l));
        return errors.length === 0 && (errors = lines), errors.slice(0, lim).join(`
`) + (errors.length > lim ? `
...` : "");
      }
      static getExitCodeInfo(exitCode2) {
        return EXIT_CODES[exitCode2];
      }
      static getCallerLocationFromString(stackString = "unknown") {
        let lines = stackString.split(/^\s*(at\s)?/m).filter((s) => s?.includes(":")), i = lines.findIndex((l) => l.includes("Proxy.set")), offset = i < 0 ? i : i + 2;
        return (lines.find((l) => l.includes("file://")) || lines[offset] || stackString).trim();
      }
      static getCallerLocation(err = new Error("zx error")) {
        return _Fail2.getCallerLocationFromString(err.stack);
      }
      static getErrnoMessage(errno) {
        return ERRNO_CODES[-errno] || "Unknown error";
      }
    };
    _Fail.DOCS_URL = DOCS_URL;
    _Fail.EXIT_CODES = EXIT_CODES;
    _Fail.ERRNO_CODES = ERRNO_CODES;
    var Fail2 = _Fail, import_vendor_core = require_vendor_core(), import_node_util3 = __require("util"), import_node_process = __toESM2(__require("process"), 1), formatters = {
      cmd({ cmd }) {
        return formatCmd(cmd);
      },
      stdout({ data }) {
        return data;
      },
      stderr({ data }) {
        return data;
      },
      custom({ data }) {
        return data;
      },
      fetch(entry) {
        let init = entry.init ? " " + (0, import_node_util3.inspect)(entry.init) : "";
        return `$ ${import_vendor_core.chalk.greenBright("fetch")} ${entry.url}${init}
`;
      },
      cd(entry) {
        return `$ ${import_vendor_core.chalk.greenBright("cd")} ${entry.dir}
`;
      },
      retry(entry) {
        let attempt = `Attempt: ${entry.attempt}${entry.total == 1 / 0 ? "" : `/${entry.total}`}`, delay = entry.delay > 0 ? `; next in ${entry.delay}ms` : "";
        return `${import_vendor_core.chalk.bgRed.white(" FAIL ")} ${attempt}${delay}
`;
      },
      end() {
        return "";
      },
      kill() {
        return "";
      }
    }, log2 = function(entry) {
      var _a;
      if (!entry.verbose) return;
      let stream = log2.output || import_node_process.default.stderr, format2 = ((_a = log2.formatters) == null ? void 0 : _a[entry.kind]) || formatters[entry.kind];
      format2 && stream.write(format2(entry));
    }, SPACE_RE = /\s/, SYNTAX = "()[]{}<>;:+|&=", CMD_BREAK = "|&;><", RESERVED_WORDS = /* @__PURE__ */ new Set([
      "if",
      "then",
      "else",
      "elif",
      "fi",
      "case",
      "esac",
      "for",
      "select",
      "while",
      "until",
      "do",
      "done",
      "in",
      "EOF"
    ]);
    function formatCmd(cmd) {
      if (cmd == null) return import_vendor_core.chalk.grey("undefined");
      let q = "", out = "$ ", buf = "", mode = "", pos = 0, cap = () => {
        let word = buf.trim();
        word ? (pos++, mode === "syntax" ? (CMD_BREAK.includes(word) && (pos = 0), out += import_vendor_core.chalk.red(buf)) : mode === "quote" || mode === "dollar" ? out += import_vendor_core.chalk.yellowBright(buf) : RESERVED_WORDS.has(word) ? out += import_vendor_core.chalk.cyanBright(buf) : pos === 1 ? (out += import_vendor_core.chalk.greenBright(buf), pos = 1 / 0) : out += buf) : out += buf, mode = "", buf = "";
      };
      for (let c of [...cmd])
        if (q)
          buf += c, c === q && (cap(), q = "");
        else if (c === "$")
          cap(), mode = "dollar", buf += c, cap();
        else if (c === "'" || c === '"')
          cap(), mode = "quote", q = c, buf += c;
        else if (SPACE_RE.test(c))
          cap(), buf += c;
        else if (SYNTAX.includes(c)) {
          let isEnv = c === "=" && pos === 0;
          isEnv && (pos = 1), cap(), mode = "syntax", buf += c, cap(), isEnv && (pos = -1);
        } else
          buf += c;
      return cap(), out.replaceAll(`
`, import_vendor_core.chalk.reset(`
> `)) + `
`;
    }
    var import_vendor_core2 = require_vendor_core(), import_util3 = require_util(), import_internals = require_internals(), import_node_path14 = __toESM2(__require("path"), 1), os3 = __toESM2(__require("os"), 1), import_vendor_core3 = require_vendor_core(), import_util22 = require_util(), CWD = /* @__PURE__ */ Symbol("processCwd"), SYNC = /* @__PURE__ */ Symbol("syncExec"), EPF = /* @__PURE__ */ Symbol("end-piped-from"), SHOT = /* @__PURE__ */ Symbol("snapshot"), EOL = import_node_buffer.Buffer.from(import_node_os2.EOL), BR_CC = 10, DLMTR = /\r?\n/, SIGTERM = "SIGTERM", ENV_PREFIX = "ZX_", ENV_OPTS = /* @__PURE__ */ new Set([
      "cwd",
      "preferLocal",
      "detached",
      "verbose",
      "quiet",
      "timeout",
      "timeoutSignal",
      "killSignal",
      "prefix",
      "postfix",
      "shell"
    ]), defaults2 = resolveDefaults2({
      [CWD]: import_node_process2.default.cwd(),
      [SYNC]: !1,
      verbose: !1,
      env: import_node_process2.default.env,
      sync: !1,
      shell: !0,
      stdio: "pipe",
      nothrow: !1,
      quiet: !1,
      detached: !1,
      preferLocal: !1,
      spawn: import_node_child_process.default.spawn,
      spawnSync: import_node_child_process.default.spawnSync,
      log: log2,
      kill: kill2,
      killSignal: SIGTERM,
      timeoutSignal: SIGTERM
    }), storage = new import_node_async_hooks.AsyncLocalStorage(), getStore = () => storage.getStore() || defaults2, getSnapshot = (opts, from, pieces, args) => __spreadProps(__spreadValues({}, opts), {
      ac: opts.ac || new AbortController(),
      ee: new import_node_events.EventEmitter(),
      from,
      pieces,
      args,
      cmd: ""
    });
    function within2(callback) {
      return storage.run(__spreadValues({}, getStore()), callback);
    }
    var $2 = new Proxy(
      // prettier-ignore
      function(pieces, ...args) {
        let opts = getStore();
        if (!Array.isArray(pieces))
          return function(...args2) {
            return within2(() => Object.assign($2, opts, pieces).apply(this, args2));
          };
        let from = Fail2.getCallerLocation(), cb = () => cb[SHOT] = getSnapshot(opts, from, pieces, args), pp = new ProcessPromise2(cb);
        return pp.isHalted() || pp.run(), pp.sync ? pp.output : pp;
      },
      {
        set(t, key, value) {
          return Reflect.set(
            key in Function.prototype ? t : getStore(),
            key === "sync" ? SYNC : key,
            value
          );
        },
        get(t, key) {
          return key === "sync" ? $2({ sync: !0 }) : Reflect.get(key in Function.prototype ? t : getStore(), key);
        }
      }
    ), _ProcessPromise = class _ProcessPromise2 extends Promise {
      constructor(executor) {
        let resolve2, reject;
        super((...args) => {
          [resolve2 = import_util3.noop, reject = import_util3.noop] = args, executor(...args);
        }), this._stage = "initial", this._id = (0, import_util3.randomId)(), this._piped = !1, this._stdin = new import_vendor_core2.VoidStream(), this._zurk = null, this._output = null, this.writable = !0;
        let snapshot = executor[SHOT];
        if (snapshot) {
          this._snapshot = snapshot, this._resolve = resolve2, this._reject = reject, snapshot.halt && (this._stage = "halted");
          try {
            this.build();
          } catch (err) {
            this.finalize(ProcessOutput2.fromError(err), !0);
          }
        } else _ProcessPromise2.disarm(this);
      }
      // prettier-ignore
      build() {
        let $22 = this._snapshot;
        if (!$22.shell)
          throw new Fail2(`No shell is available: ${Fail2.DOCS_URL}/shell`);
        if (!$22.quote)
          throw new Fail2(`No quote function is defined: ${Fail2.DOCS_URL}/quotes`);
        if ($22.pieces.some((p) => p == null))
          throw new Fail2(`Malformed command at ${$22.from}`);
        $22.cmd = (0, import_vendor_core2.buildCmd)(
          $22.quote,
          $22.pieces,
          $22.args
        );
      }
      run() {
        var _a, _b;
        if (_ProcessPromise2.bus.runBack(this), this.isRunning() || this.isSettled()) return this;
        this._stage = "running";
        let self = this, $22 = self._snapshot, id = self.id, cwd = $22.cwd || $22[CWD];
        if ($22.preferLocal) {
          let dirs = $22.preferLocal === !0 ? [$22.cwd, $22[CWD]] : [$22.preferLocal].flat();
          $22.env = (0, import_util3.preferLocalBin)($22.env, ...dirs);
        }
        return this._zurk = (0, import_vendor_core2.exec)({
          cmd: self.fullCmd,
          cwd,
          input: (_b = (_a = $22.input) == null ? void 0 : _a.stdout) != null ? _b : $22.input,
          stdin: self._stdin,
          sync: self.sync,
          signal: self.signal,
          shell: (0, import_util3.isString)($22.shell) ? $22.shell : !0,
          id,
          env: $22.env,
          spawn: $22.spawn,
          spawnSync: $22.spawnSync,
          store: $22.store,
          stdio: $22.stdio,
          detached: $22.detached,
          ee: $22.ee,
          run(cb, ctx) {
            var _a2, _b2;
            (_b2 = (_a2 = self.cmd).then) != null && _b2.call(
              _a2,
              (cmd) => {
                $22.cmd = cmd, ctx.cmd = self.fullCmd, cb();
              },
              (error) => self.finalize(ProcessOutput2.fromError(error))
            ) || cb();
          },
          on: {
            start: () => {
              $22.log({ kind: "cmd", cmd: $22.cmd, cwd, verbose: self.isVerbose(), id }), self.timeout($22.timeout, $22.timeoutSignal);
            },
            stdout: (data) => {
              $22.log({ kind: "stdout", data, verbose: !self._piped && self.isVerbose(), id });
            },
            stderr: (data) => {
              $22.log({ kind: "stderr", data, verbose: !self.isQuiet(), id });
            },
            end: (data, c) => {
              let { error: _error, status, signal: __signal, duration, ctx: { store } } = data, { stdout, stderr } = store, { cause, exitCode: exitCode2, signal: _signal } = self._breakerData || {}, signal = _signal ?? __signal, code = exitCode2 ?? status, error = cause ?? _error, output = new ProcessOutput2({
                code,
                signal,
                error,
                duration,
                store,
                from: $22.from
              });
              $22.log({ kind: "end", signal, exitCode: code, duration, error, verbose: self.isVerbose(), id }), stdout.length && (0, import_util3.getLast)((0, import_util3.getLast)(stdout)) !== BR_CC && c.on.stdout(EOL, c), stderr.length && (0, import_util3.getLast)((0, import_util3.getLast)(stderr)) !== BR_CC && c.on.stderr(EOL, c), self.finalize(output);
            }
          }
        }), this;
      }
      break(exitCode2, signal, cause) {
        this.isRunning() && (this._breakerData = { exitCode: exitCode2, signal, cause }, this.kill(signal));
      }
      finalize(output, legacy = !1) {
        if (!this.isSettled())
          if (this._output = output, _ProcessPromise2.bus.unpipeBack(this), output.ok || this.isNothrow())
            this._stage = "fulfilled", this._resolve(output);
          else {
            if (this._stage = "rejected", legacy)
              throw this._resolve(output), output.cause || output;
            if (this._reject(output), this.sync) throw output;
          }
      }
      abort(reason) {
        if (this.isSettled()) throw new Fail2("Too late to abort the process.");
        if (this.signal !== this.ac.signal)
          throw new Fail2("The signal is controlled by another process.");
        if (!this.child)
          throw new Fail2("Trying to abort a process without creating one.");
        this.ac.abort(reason);
      }
      kill(signal) {
        if (this.isSettled()) throw new Fail2("Too late to kill the process.");
        if (!this.child)
          throw new Fail2("Trying to kill a process without creating one.");
        if (!this.pid) throw new Fail2("The process pid is undefined.");
        return $2.kill(this.pid, signal || this._snapshot.killSignal || $2.killSignal);
      }
      // Configurators
      stdio(stdin, stdout = "pipe", stderr = "pipe") {
        return this._snapshot.stdio = Array.isArray(stdin) ? stdin : [stdin, stdout, stderr], this;
      }
      nothrow(v = !0) {
        return this._snapshot.nothrow = v, this;
      }
      quiet(v = !0) {
        return this._snapshot.quiet = v, this;
      }
      verbose(v = !0) {
        return this._snapshot.verbose = v, this;
      }
      timeout(d = 0, signal = $2.timeoutSignal) {
        if (this.isSettled()) return this;
        let $22 = this._snapshot;
        return $22.timeout = (0, import_util3.parseDuration)(d), $22.timeoutSignal = signal, this._timeoutId && clearTimeout(this._timeoutId), $22.timeout && this.isRunning() && (this._timeoutId = setTimeout(() => this.kill($22.timeoutSignal), $22.timeout), this.finally(() => clearTimeout(this._timeoutId)).catch(import_util3.noop)), this;
      }
      /**
       *  @deprecated Use $({halt: true})`cmd` instead.
       */
      halt() {
        return this;
      }
      // Getters
      get id() {
        return this._id;
      }
      get pid() {
        var _a;
        return (_a = this.child) == null ? void 0 : _a.pid;
      }
      get cmd() {
        return this._snapshot.cmd;
      }
      get fullCmd() {
        let { prefix = "", postfix = "", cmd } = this._snapshot;
        return prefix + cmd + postfix;
      }
      get child() {
        var _a;
        return (_a = this._zurk) == null ? void 0 : _a.child;
      }
      get stdin() {
        var _a;
        return (_a = this.child) == null ? void 0 : _a.stdin;
      }
      get stdout() {
        var _a;
        return (_a = this.child) == null ? void 0 : _a.stdout;
      }
      get stderr() {
        var _a;
        return (_a = this.child) == null ? void 0 : _a.stderr;
      }
      get exitCode() {
        return this.then(
          (o) => o.exitCode,
          (o) => o.exitCode
        );
      }
      get signal() {
        return this._snapshot.signal || this.ac.signal;
      }
      get ac() {
        return this._snapshot.ac;
      }
      get output() {
        return this._output;
      }
      get stage() {
        return this._stage;
      }
      get sync() {
        return this._snapshot[SYNC];
      }
      get [Symbol.toStringTag]() {
        return "ProcessPromise";
      }
      [Symbol.toPrimitive]() {
        return this.toString();
      }
      // Output formatters
      json() {
        return this.then((o) => o.json());
      }
      text(encoding) {
        return this.then((o) => o.text(encoding));
      }
      lines(delimiter) {
        return this.then((o) => o.lines(delimiter));
      }
      buffer() {
        return this.then((o) => o.buffer());
      }
      blob(type) {
        return this.then((o) => o.blob(type));
      }
      // Status checkers
      isQuiet() {
        return this._snapshot.quiet;
      }
      isVerbose() {
        return this._snapshot.verbose && !this.isQuiet();
      }
      isNothrow() {
        return this._snapshot.nothrow;
      }
      isHalted() {
        return this.stage === "halted" && !this.sync;
      }
      isSettled() {
        return !!this.output;
      }
      isRunning() {
        return this.stage === "running";
      }
      // Piping
      // prettier-ignore
      get pipe() {
        let getPipeMethod = (kind) => this._pipe.bind(this, kind), stdout = getPipeMethod("stdout"), stderr = getPipeMethod("stderr"), stdall = getPipeMethod("stdall");
        return Object.assign(stdout, { stdout, stderr, stdall });
      }
      unpipe(to) {
        return _ProcessPromise2.bus.unpipe(this, to), this;
      }
      // prettier-ignore
      _pipe(source, dest, ...args) {
        if ((0, import_util3.isString)(dest))
          return this._pipe(source, import_node_fs10.default.createWriteStream(dest));
        if ((0, import_util3.isStringLiteral)(dest, ...args))
          return this._pipe(
            source,
            $2({
              halt: !0,
              signal: this.signal
            })(dest, ...args)
          );
        let isP = dest instanceof _ProcessPromise2;
        if (isP && dest.isSettled()) throw new Fail2("Cannot pipe to a settled process.");
        if (!isP && dest.writableEnded) throw new Fail2("Cannot pipe to a closed stream.");
        this._piped = !0, _ProcessPromise2.bus.pipe(this, dest);
        let { ee } = this._snapshot, output = this.output, from = new import_vendor_core2.VoidStream(), check = () => {
          var _a;
          return !!((_a = _ProcessPromise2.bus.refs.get(this)) != null && _a.has(dest));
        }, end = () => {
          check() && setImmediate(() => {
            _ProcessPromise2.bus.unpipe(this, dest), _ProcessPromise2.bus.sources(dest).length === 0 && from.end();
          });
        }, fill = () => {
          for (let chunk of this._zurk.store[source]) from.write(chunk);
        }, fillSettled = () => {
          output && (isP && !output.ok && dest.break(output.exitCode, output.signal, output.cause), fill(), end());
        };
        if (!output) {
          let onData = (chunk) => check() && from.write(chunk);
          ee.once(source, () => {
            fill(), ee.on(source, onData);
          }).once("end", () => {
            ee.removeListener(source, onData), end();
          });
        }
        return isP ? (from.pipe(dest._stdin), this.isHalted() ? ee.once("start", () => dest.run()) : (dest.run(), this.catch((e) => dest.break(e.exitCode, e.signal, e.cause))), fillSettled(), dest) : (from.once("end", () => dest.emit(EPF)).pipe(dest), fillSettled(), _ProcessPromise2.promisifyStream(dest, this));
      }
      // Promise API
      then(onfulfilled, onrejected) {
        return super.then(onfulfilled, onrejected);
      }
      catch(onrejected) {
        return super.catch(onrejected);
      }
      // Async iterator API
      [Symbol.asyncIterator]() {
        return __asyncGenerator(this, null, function* () {
          let memo = [], dlmtr = this._snapshot.delimiter || $2.delimiter || DLMTR;
          for (let chunk of this._zurk.store.stdout)
            yield* __yieldStar((0, import_util3.getLines)(chunk, memo, dlmtr));
          try {
            for (var iter = __forAwait(this.stdout || []), more, temp, error; more = !(temp = yield new __await(iter.next())).done; more = !1) {
              let chunk = temp.value;
              yield* __yieldStar((0, import_util3.getLines)(chunk, memo, dlmtr));
            }
          } catch (temp2) {
            error = [temp2];
          } finally {
            try {
              more && (temp = iter.return) && (yield new __await(temp.call(iter)));
            } finally {
              if (error)
                throw error[0];
            }
          }
          memo[0] && (yield memo[0]), yield new __await(this);
        });
      }
      emit(event, ...args) {
        return this;
      }
      on(event, cb) {
        return this._stdin.on(event, cb), this;
      }
      once(event, cb) {
        return this._stdin.once(event, cb), this;
      }
      write(data, encoding, cb) {
        return this._stdin.write(data, encoding, cb), this;
      }
      end(chunk, cb) {
        return this._stdin.end(chunk, cb), this;
      }
      removeListener(event, cb) {
        return this._stdin.removeListener(event, cb), this;
      }
      // prettier-ignore
      static disarm(p, toggle = !0) {
        Object.getOwnPropertyNames(_ProcessPromise2.prototype).forEach((k) => {
          if (!(k in Promise.prototype)) {
            if (!toggle) {
              Reflect.deleteProperty(p, k);
              return;
            }
            Object.defineProperty(p, k, { configurable: !0, get() {
              throw new Fail2("Inappropriate usage. Apply $ instead of direct instantiation.");
            } });
          }
        });
      }
    };
    _ProcessPromise.bus = {
      refs: /* @__PURE__ */ new Map(),
      streams: /* @__PURE__ */ new WeakMap(),
      pipe(from, to) {
        (this.refs.get(from) || this.refs.set(from, /* @__PURE__ */ new Set()).get(from)).add(to);
      },
      unpipe(from, to) {
        let set = this.refs.get(from);
        set && (to && set.delete(to), !set.size && (this.refs.delete(from), from._piped = !1));
      },
      unpipeBack(to, from) {
        if (from) return this.unpipe(from, to);
        for (let _from of this.refs.keys())
          this.unpipe(_from, to);
      },
      runBack(p) {
        var _a;
        for (let from of this.sources(p))
          from instanceof _ProcessPromise ? from.run() : (_a = this.streams.get(from)) == null || _a.run();
      },
      sources(p) {
        let refs = [];
        for (let [from, set] of this.refs.entries())
          set.has(p) && refs.push(from);
        return refs;
      }
    };
    _ProcessPromise.promisifyStream = (stream, from) => {
      let proxy = _ProcessPromise.bus.streams.get(stream) || (0, import_util3.proxyOverride)(stream, {
        then(res = import_util3.noop, rej = import_util3.noop) {
          return new Promise((_res, _rej) => {
            let end = () => _res(res((0, import_util3.proxyOverride)(stream, from.output)));
            stream.once("error", (e) => _rej(rej(e))).once("finish", end).once(EPF, end);
          });
        },
        run() {
          from.run();
        },
        pipe(...args) {
          let dest = stream.pipe.apply(stream, args);
          return dest instanceof _ProcessPromise ? dest : _ProcessPromise.promisifyStream(dest, from);
        }
      });
      return _ProcessPromise.bus.streams.set(stream, proxy), proxy;
    };
    var ProcessPromise2 = _ProcessPromise, _ProcessOutput = class _ProcessOutput2 extends Error {
      // prettier-ignore
      constructor(code = null, signal = null, stdout = "", stderr = "", stdall = "", message = "", duration = 0, error = null, from = "", store = { stdout: [stdout], stderr: [stderr], stdall: [stdall] }) {
        super(message);
        let dto = code !== null && typeof code == "object" ? code : { code, signal, duration, error, from, store };
        Object.defineProperties(this, {
          _dto: { value: dto, enumerable: !1 },
          cause: { get() {
            return dto.error;
          }, enumerable: !1 },
          stdout: { get: (0, import_util3.once)(() => (0, import_util3.bufArrJoin)(dto.store.stdout)) },
          stderr: { get: (0, import_util3.once)(() => (0, import_util3.bufArrJoin)(dto.store.stderr)) },
          stdall: { get: (0, import_util3.once)(() => (0, import_util3.bufArrJoin)(dto.store.stdall)) },
          message: { get: (0, import_util3.once)(
            () => dto.error || message ? _ProcessOutput2.getErrorMessage(dto.error || new Error(message), dto.from) : _ProcessOutput2.getExitMessage(
              dto.code,
              dto.signal,
              this.stderr,
              dto.from,
              this.stderr.trim() ? "" : _ProcessOutput2.getErrorDetails(this.lines())
            )
          ) }
        });
      }
      get exitCode() {
        return this._dto.code;
      }
      get signal() {
        return this._dto.signal;
      }
      get duration() {
        return this._dto.duration;
      }
      get [Symbol.toStringTag]() {
        return "ProcessOutput";
      }
      get ok() {
        return !this._dto.error && this.exitCode === 0;
      }
      json() {
        return JSON.parse(this.stdall);
      }
      buffer() {
        return import_node_buffer.Buffer.from(this.stdall);
      }
      blob(type = "text/plain") {
        if (!globalThis.Blob)
          throw new Fail2(
            "Blob is not supported in this environment. Provide a polyfill"
          );
        return new Blob([this.buffer()], { type });
      }
      text(encoding = "utf8") {
        return encoding === "utf8" ? this.toString() : this.buffer().toString(encoding);
      }
      lines(delimiter) {
        return (0, import_util3.iteratorToArray)(this[Symbol.iterator](delimiter));
      }
      toString() {
        return this.stdall;
      }
      valueOf() {
        return this.stdall.trim();
      }
      [Symbol.toPrimitive]() {
        return this.valueOf();
      }
      // prettier-ignore
      *[Symbol.iterator](dlmtr = this._dto.delimiter || $2.delimiter || DLMTR) {
        let memo = [];
        for (let chunk of this._dto.store.stdall)
          yield* __yieldStar((0, import_util3.getLines)(chunk, memo, dlmtr));
        memo[0] && (yield memo[0]);
      }
      [import_node_util2.inspect.custom]() {
        let codeInfo = _ProcessOutput2.getExitCodeInfo(this.exitCode);
        return `ProcessOutput {
  stdout: ${import_vendor_core2.chalk.green((0, import_node_util2.inspect)(this.stdout))},
  stderr: ${import_vendor_core2.chalk.red((0, import_node_util2.inspect)(this.stderr))},
  signal: ${(0, import_node_util2.inspect)(this.signal)},
  exitCode: ${(this.ok ? import_vendor_core2.chalk.green : import_vendor_core2.chalk.red)(this.exitCode)}${codeInfo ? import_vendor_core2.chalk.grey(" (" + codeInfo + ")") : ""},
  duration: ${this.duration}
}`;
      }
      static fromError(error) {
        let output = new _ProcessOutput2();
        return output._dto.error = error, output;
      }
    };
    _ProcessOutput.getExitMessage = Fail2.formatExitMessage;
    _ProcessOutput.getErrorMessage = Fail2.formatErrorMessage;
    _ProcessOutput.getErrorDetails = Fail2.formatErrorDetails;
    _ProcessOutput.getExitCodeInfo = Fail2.getExitCodeInfo;
    var ProcessOutput2 = _ProcessOutput, useBash2 = () => setShell("bash", !1), usePwsh2 = () => setShell("pwsh"), usePowerShell2 = () => setShell("powershell.exe");
    function setShell(n, ps3 = !0) {
      $2.shell = import_vendor_core2.which.sync(n), $2.prefix = ps3 ? "" : "set -euo pipefail;", $2.postfix = ps3 ? "; exit $LastExitCode" : "", $2.quote = ps3 ? import_util3.quotePowerShell : import_util3.quote;
    }
    try {
      let { shell, prefix, postfix } = $2;
      useBash2(), (0, import_util3.isString)(shell) && ($2.shell = shell), (0, import_util3.isString)(prefix) && ($2.prefix = prefix), (0, import_util3.isString)(postfix) && ($2.postfix = postfix);
    } catch {
    }
    var cwdSyncHook;
    function syncProcessCwd2(flag = !0) {
      cwdSyncHook = cwdSyncHook || (0, import_node_async_hooks.createHook)({
        init: syncCwd,
        before: syncCwd,
        promiseResolve: syncCwd,
        after: syncCwd,
        destroy: syncCwd
      }), flag ? cwdSyncHook.enable() : cwdSyncHook.disable();
    }
    function syncCwd() {
      $2[CWD] != import_node_process2.default.cwd() && import_node_process2.default.chdir($2[CWD]);
    }
    function cd2(dir) {
      dir instanceof ProcessOutput2 && (dir = dir.toString().trim()), $2.log({ kind: "cd", dir, verbose: !$2.quiet && $2.verbose }), import_node_process2.default.chdir(dir), $2[CWD] = import_node_process2.default.cwd();
    }
    function kill2(_0) {
      return __async(this, arguments, function* (pid, signal = $2.killSignal || SIGTERM) {
        if (typeof pid != "number" && typeof pid != "string" || !/^\d+$/.test(pid))
          throw new Fail2(`Invalid pid: ${pid}`);
        if ($2.log({ kind: "kill", pid, signal, verbose: !$2.quiet && $2.verbose }), !(import_node_process2.default.platform === "win32" && (yield new Promise((resolve2) => {
          import_node_child_process.default.exec(`taskkill /pid ${pid} /t /f`, (err) => resolve2(!err));
        })))) {
          for (let p of yield import_vendor_core2.ps.tree({ pid, recursive: !0 }))
            try {
              import_node_process2.default.kill(+p.pid, signal);
            } catch {
            }
          try {
            import_node_process2.default.kill(-pid, signal);
          } catch {
            try {
              import_node_process2.default.kill(+pid, signal);
            } catch {
            }
          }
        }
      });
    }
    function resolveDefaults2(defs = defaults2, prefix = ENV_PREFIX, env = import_node_process2.default.env, allowed = ENV_OPTS) {
      return Object.entries(env).reduce((m, [k, v]) => {
        if (v && k.startsWith(prefix)) {
          let _k = (0, import_util3.toCamelCase)(k.slice(prefix.length)), _v = (0, import_util3.parseBool)(v);
          allowed.has(_k) && (m[_k] = _v);
        }
        return m;
      }, defs);
    }
  }
});

// lib/db/hide-argv-secrets.ts
import path2 from "node:path";

// lib/db/url.ts
var DEFAULT_URL = "postgresql://postgres:postgres@127.0.0.1:54322/postgres";
var DbUrlError = class extends Error {
};
function resolveUrl(flagUrl, env, supabasePort, flagFrom = "flag") {
  if (flagUrl !== void 0)
    return flagFrom === "stdin" ? { url: flagUrl, source: "stdin", origin: "`--url -` (stdin)" } : { url: flagUrl, source: "flag", origin: "`--url`" };
  let fromEnv = env.DATABASE_URL;
  if (fromEnv !== void 0 && fromEnv.trim() !== "")
    return { url: fromEnv.trim(), source: "env", origin: "`DATABASE_URL`" };
  let sb = supabasePort();
  return sb ? {
    url: `postgresql://postgres:postgres@127.0.0.1:${sb.port}/postgres`,
    source: "supabase",
    origin: sb.defaulted ? `\`${sb.file}\` (no [db] port: Supabase's default ${sb.port})` : `\`${sb.file}\` [db] port ${sb.port}`
  } : { url: DEFAULT_URL, source: "default", origin: "the Supabase local default" };
}
function decode(part, what) {
  try {
    return decodeURIComponent(part);
  } catch {
    throw new DbUrlError(`the ${what} in the URL has a broken %-escape`);
  }
}
var HOST_RE = /^(?:\[[0-9A-Fa-f:.]+\]|[A-Za-z0-9._~%-]*)(?::\d{1,5})?$/, SAFE_TEXT = /^[\x21-\x7e]*$/;
function parseDbUrl(url) {
  if (url.length > 4096)
    throw new DbUrlError(`the URL is ${url.length} characters long; the limit is 4096`);
  let m = /^(postgres(?:ql)?):\/\/(.*)$/s.exec(url);
  if (!m) throw new DbUrlError("the URL must start with `postgresql://` or `postgres://`");
  let scheme = m[1], rest = m[2];
  if (!SAFE_TEXT.test(rest))
    throw new DbUrlError("the URL contains spaces, control or non-ASCII characters; %-encode them");
  let query = "", q = rest.indexOf("?");
  q >= 0 && (query = rest.slice(q + 1), rest = rest.slice(0, q));
  let path16 = "", slash = rest.indexOf("/");
  slash >= 0 && (path16 = rest.slice(slash + 1), rest = rest.slice(0, slash));
  let userinfo, at = rest.indexOf("@");
  at >= 0 && (userinfo = rest.slice(0, at), rest = rest.slice(at + 1));
  let hostspec = rest, user, rawUser, password;
  if (userinfo !== void 0) {
    let colon = userinfo.indexOf(":");
    rawUser = colon >= 0 ? userinfo.slice(0, colon) : userinfo, user = rawUser === "" ? void 0 : decode(rawUser, "user name"), colon >= 0 && (password = decode(userinfo.slice(colon + 1), "password"));
  }
  let hosts = hostspec === "" ? [] : hostspec.split(",");
  for (let h of hosts)
    if (!HOST_RE.test(h))
      throw new DbUrlError(`\`${h.slice(0, 80)}\` is not a host name, IP address or %-encoded socket path`);
  let first = hosts[0] ?? "", pm = /^(\[[^\]]*\]|[^:]*)(?::(\d+))?$/.exec(first), host = pm ? decode(pm[1].replace(/^\[|\]$/g, ""), "host") : "", port = pm?.[2] !== void 0 ? Number(pm[2]) : void 0;
  if (port !== void 0 && (port < 1 || port > 65535)) throw new DbUrlError(`port ${port} is out of range (1-65535)`);
  if (path16.includes("/")) throw new DbUrlError("the database name must not contain `/` (%-encode it)");
  let database = path16 === "" ? void 0 : decode(path16, "database name"), kept = [];
  for (let pair of query === "" ? [] : query.split("&")) {
    let eq = pair.indexOf("=");
    if (decode(eq >= 0 ? pair.slice(0, eq) : pair, "query") === "password") {
      password = decode(eq >= 0 ? pair.slice(eq + 1) : "", "password");
      continue;
    }
    pair !== "" && kept.push(pair);
  }
  let auth = rawUser !== void 0 && rawUser !== "" ? `${rawUser}@` : "";
  return { safeUrl: `${scheme}://${auth}${hostspec}${path16 !== "" || slash >= 0 ? `/${path16}` : ""}${kept.length ? `?${kept.join("&")}` : ""}`, password, user, host, port, database };
}
function redactUrlText(text) {
  return text.replace(/(postgres(?:ql)?:\/\/[^:@/\s]*):[^@\s]*@/gi, "$1:[REDACTED]@").replace(/([?&]password=)[^&\s]*/gi, "$1[REDACTED]");
}
function scrubSecret(text, secret) {
  return !secret || secret.length < 3 ? text : text.split(secret).join("[REDACTED]");
}

// lib/db/hide-argv-secrets.ts
function hideArgvSecrets(argv = process.argv) {
  let shown = argv.map(redactUrlText);
  return shown.every((a, i) => a === argv[i]) ? !1 : (process.title = [path2.basename(shown[0] ?? "node"), ...shown.slice(1)].join(" "), !0);
}
hideArgvSecrets();

// lib/shared/duration.ts
function formatMsPrecise(ms) {
  return ms === void 0 ? "?" : ms < 10 ? `${ms.toFixed(2)} ms` : `${Math.round(ms)} ms`;
}

// lib/db/report.ts
var EXIT = {
  ok: 0,
  error: 1,
  ssl_unsupported: 1,
  host_unknown: 1,
  usage: 2,
  psql_missing: 3,
  refused: 4,
  auth: 5,
  no_database: 6,
  timeout: 7,
  ssl_required: 8
}, EXIT_HELP = `Exit codes:
  0  connected (or a fresh cached answer with --check)
  1  other failure (unknown host, SSL not offered by the server, settings file refused, \u2026)
  2  bad arguments, or a URL or supabase/config.toml that cannot be used
  3  psql is not installed (the install command for this platform is printed)
  4  connection refused: nothing listens at that host and port
  5  authentication failed (wrong or missing password, unknown role, host not admitted)
  6  the database does not exist
  7  timeout: the server did not answer within --timeout seconds
  8  the server requires SSL`;
function where(t) {
  return `${t.host || "the local socket"}${t.port ? `:${t.port}` : ""}`;
}
function explain(kind, t, timeoutS) {
  switch (kind) {
    case "refused":
      return {
        title: `connection refused at ${where(t)}`,
        fix: `Nothing is listening at ${where(t)}. For a Supabase project, start the local stack with \`supabase start\`; otherwise check the host and port, and that the server is running.`
      };
    case "auth":
      return {
        title: `authentication failed for user ${t.user ?? "(default)"}`,
        fix: "The server rejected the credentials (wrong or missing password, unknown role, or this host is not admitted). Check the password in the URL or `DATABASE_URL`, or set PGPASSWORD / ~/.pgpass."
      };
    case "no_database":
      return {
        title: `database ${t.database ?? "(default)"} does not exist`,
        fix: "The server is up and the login worked, but that database is missing: create it (`createdb`) or fix the name at the end of the URL."
      };
    case "timeout":
      return {
        title: `timeout: no answer from ${where(t)} within ${Math.max(2, timeoutS)} s`,
        fix: "Something accepted the connection (or the network dropped it) but no PostgreSQL server answered. Check the host and port, firewalls and VPNs; raise `--timeout` for a slow link."
      };
    case "ssl_required":
      return {
        title: "the server requires SSL",
        fix: "The server refused a connection without encryption. Add `?sslmode=require` to the URL (remove any `sslmode=disable`); if it is still refused, the server does not admit this user or host."
      };
    case "ssl_unsupported":
      return {
        title: "SSL was required but the server does not offer it",
        fix: "Remove `sslmode=require` (or verify-*) from the URL for this server, or enable SSL on the server."
      };
    case "host_unknown":
      return {
        title: `unknown host ${t.host}`,
        fix: "The host name does not resolve. Check its spelling, or use an IP address."
      };
    default:
      return { title: "the connection test failed", fix: "See psql\u2019s message above." };
  }
}
function shq(s) {
  return /^[A-Za-z0-9_@%+=:,./-]+$/.test(s) ? s : `'${s.replace(/'/g, "'\\''")}'`;
}
function passwordNote(source, hasPassword) {
  if (!hasPassword) return "The URL carries no password: psql uses PGPASSWORD or ~/.pgpass if the server asks for one.";
  let how = "export PGPASSWORD in the environment Claude Code starts from, or add a ~/.pgpass line (mode 0600) host:port:database:user:password";
  switch (source) {
    case "env":
      return `The password is in \`DATABASE_URL\`, which psql does not read by itself: ${how}. (\`psql "$DATABASE_URL"\` works too, but Claude Code asks before every command holding a $VARIABLE, allow rule or not.) 2L stores no password.`;
    case "flag":
      return `The password was given with \`--url\` and is not stored: ${how}.`;
    case "stdin":
      return `The password came with the URL on stdin and is not stored: ${how}.`;
    default:
      return `The password is the Supabase local default for user postgres (\`supabase status\` shows it): ${how}. 2L stores no password.`;
  }
}
function agentNote(safeUrl, source, hasPassword) {
  return [
    "For agents: reach the database with",
    `  psql ${shq(safeUrl)} -X -v ON_ERROR_STOP=1 -c '<SQL>'`,
    passwordNote(source, hasPassword)
  ].join(`
`);
}
var PASSWORD_ON_COMMAND_LINE = "the password was on the command line, where other processes can read it (`ps`) and the Claude Code transcript keeps it: give it through DATABASE_URL (exported before starting Claude Code), PGPASSWORD or ~/.pgpass instead, or pipe the URL in with `--url -`";
function createText(inSchema, newSchemas, schema) {
  if (!inSchema && !newSchemas)
    return `no (no CREATE on ${schema ? `schema ${schema}` : "any schema in the search path"} or on the database): read and write existing tables only`;
  let parts = [];
  return inSchema && parts.push(`tables in schema ${schema}`), newSchemas && parts.push("new schemas"), `yes (${parts.join("; ")})`;
}
function formatAge(ms) {
  let s = Math.round(ms / 1e3);
  return s < 90 ? `${s} s` : `${Math.round(s / 60)} min`;
}
function rows(pairs) {
  let kept = pairs.filter((p) => p[1] !== void 0), w = Math.max(...kept.map(([k]) => k.length));
  return kept.map(([k, v]) => `  ${k.padEnd(w)}  ${v}`).join(`
`);
}

// lib/shared/cli.ts
import fs from "node:fs";
import path3 from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";

// lib/shared/errors.ts
var UserError = class extends Error {
  constructor(message, exitCode2 = 1) {
    super(message);
    this.exitCode = exitCode2;
    this.name = "UserError";
  }
  exitCode;
}, UsageError = class extends UserError {
  constructor(message) {
    super(message, 2), this.name = "UsageError";
  }
};
function errorMessage(err) {
  if (err instanceof Error) return err.message;
  let message = err?.message;
  return typeof message == "string" ? message : String(err);
}
function errorCode(err) {
  let code = err?.code;
  return typeof code == "string" ? code : void 0;
}
function errorStack(err) {
  return err instanceof Error && err.stack || String(err);
}

// lib/shared/cli.ts
var SHARED_OPTIONS = {
  project: { type: "string" },
  json: { type: "boolean" },
  since: { type: "string" },
  help: { type: "boolean", short: "h" }
};
function parseCliArgs(config) {
  try {
    return parseArgs(config);
  } catch (err) {
    let code = errorCode(err) ?? "";
    if (!code.startsWith("ERR_PARSE_ARGS")) throw err;
    let quoted = /'(-[^']*)'/.exec(errorMessage(err))?.[1]?.split(/[ ,]+/) ?? [], raw = quoted.find((w) => w.startsWith("--")) ?? quoted[0] ?? "", name = /^--?[A-Za-z0-9][A-Za-z0-9_-]{0,39}/.exec(raw)?.[0] ?? raw.slice(0, 2), flag = name === raw ? name : `${name}\u2026`;
    throw code === "ERR_PARSE_ARGS_UNKNOWN_OPTION" ? new UsageError(`unknown option \`${flag}\` (see --help)`) : code === "ERR_PARSE_ARGS_INVALID_OPTION_VALUE" && /does not take an argument/.test(errorMessage(err)) ? new UsageError(`option \`${flag}\` takes no value (see --help)`) : code === "ERR_PARSE_ARGS_INVALID_OPTION_VALUE" ? new UsageError(`option \`${flag}\` needs a value (see --help)`) : code === "ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL" ? new UsageError("unexpected argument (see --help)") : new UsageError(errorMessage(err));
  }
}
function projectFromFlag(flag, env = process.env, cwd = process.cwd()) {
  if (flag !== void 0) {
    if (flag.trim() === "" || flag.includes("\0")) throw new UsageError("`--project` needs a folder");
    return path3.resolve(cwd, flag);
  }
  let fromEnv = env.CLAUDE_PROJECT_DIR;
  return fromEnv && fromEnv.length < 4096 && path3.isAbsolute(fromEnv) && !fromEnv.includes("\0") ? path3.resolve(fromEnv) : path3.resolve(cwd);
}
function isMain(moduleUrl, argv1 = process.argv[1]) {
  if (!argv1) return !1;
  let self = fileURLToPath(moduleUrl);
  try {
    return fs.realpathSync(argv1) === fs.realpathSync(self);
  } catch {
    return path3.resolve(argv1) === self;
  }
}
function reportError(name, err, stderr = (s) => process.stderr.write(s)) {
  return err instanceof UserError ? (stderr(`${name}: ${err.message}
`), err.exitCode) : (stderr(`${name}: internal error: ${errorStack(err)}
`), 1);
}
function runMain(name, moduleUrl, main2, opts = {}) {
  isMain(moduleUrl) && runNow(name, main2, process.argv.slice(2), opts);
}
async function runNow(name, main2, argv = process.argv.slice(2), opts = {}) {
  let code;
  try {
    code = await main2(argv), typeof code == "number" && (process.exitCode = code);
  } catch (err) {
    code = process.exitCode = reportError(name, err);
  }
  opts.exitOnFailure && typeof code == "number" && code !== 0 && process.exit(code);
}

// lib/db/args.ts
var HELP = `Usage: setup-db [--url URL|-] [--check] [--fresh] [--allow-psql] [--json] [--timeout S] [--project DIR]

Test the project's PostgreSQL connection through psql and tell agents how to use it.

Connection: --url, else $DATABASE_URL, else the [db] port in supabase/config.toml,
else Supabase local (postgresql://postgres@127.0.0.1:54322/postgres). Passwords are
never printed, stored or logged; psql gets them through PGPASSWORD only.

Options:
  --url URL      postgresql:// connection URL. Keep passwords off the command line
                 (\`ps\` shows it to every process, and the Claude Code transcript keeps
                 it): export DATABASE_URL before starting Claude Code, or use
                 PGPASSWORD or ~/.pgpass with a URL without password
  --url -        read the URL from stdin, e.g. printf '%s\\n' "$URL" | setup-db --url -
  --check        quick health check: answers from .2L/db.yaml when the same connection
                 was good less than 5 minutes ago
  --fresh        with --check: always test the connection
  --allow-psql   add "Bash(psql:*)" to .claude/settings.local.json so agents can run psql
                 without asking (merged; an invalid file is refused and left untouched)
  --json         print one JSON object instead of text
  --timeout S    connect timeout in seconds, 2-300 (default 5)
  --project DIR  project folder (default: $CLAUDE_PROJECT_DIR, else the current folder)
  -h, --help     show this help

Writes .2L/db.yaml (no password; .2L/.gitignore keeps it out of git) and a db_check event
in .2L/events.jsonl.

${EXIT_HELP}`, OPTIONS = {
  url: { type: "string" },
  check: { type: "boolean" },
  fresh: { type: "boolean" },
  "allow-psql": { type: "boolean" },
  timeout: { type: "string" },
  json: SHARED_OPTIONS.json,
  project: SHARED_OPTIONS.project,
  help: SHARED_OPTIONS.help
};
function parseSetupArgs(argv) {
  let { values } = parseCliArgs({ args: argv, options: OPTIONS, allowPositionals: !1, strict: !0 }), timeoutS = values.timeout === void 0 ? 5 : Number(values.timeout);
  if (!values.help && (!Number.isInteger(timeoutS) || timeoutS < 2 || timeoutS > 300))
    throw new UsageError("`--timeout` must be a whole number of seconds from 2 to 300");
  let fromStdin = values.url === "-";
  return {
    help: values.help === !0,
    json: values.json === !0,
    project: values.project,
    url: fromStdin ? void 0 : values.url,
    urlFrom: fromStdin ? "stdin" : "flag",
    check: values.check === !0,
    fresh: values.fresh === !0,
    allowPsql: values["allow-psql"] === !0,
    timeoutS
  };
}

// lib/db/cache.ts
var import_yaml = __toESM(require_dist(), 1);
import fs3 from "node:fs";
import path7 from "node:path";

// lib/shared/atomic-write.ts
import nodeFs from "node:fs";
import path4 from "node:path";
function atomicWriteFileSync(file, data, opts = {}) {
  let fs9 = opts.fs ?? nodeFs, mode = opts.mode ?? 420;
  if (opts.keepMode !== !1 || opts.mode === void 0)
    try {
      mode = fs9.statSync(file).mode & 4095;
    } catch {
    }
  let tmp = path4.join(
    path4.dirname(file),
    `.${path4.basename(file)}.${process.pid}.${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}.tmp`
  ), buf = typeof data == "string" ? Buffer.from(data, "utf8") : data, fd;
  try {
    fd = fs9.openSync(tmp, "wx", mode);
    let off = 0;
    for (; off < buf.length; ) off += fs9.writeSync(fd, buf, off, buf.length - off);
    opts.durable !== !1 && fs9.fsyncSync(fd), fs9.closeSync(fd), fd = void 0, fs9.chmodSync(tmp, mode), fs9.renameSync(tmp, file);
  } catch (err) {
    if (fd !== void 0)
      try {
        fs9.closeSync(fd);
      } catch {
      }
    try {
      fs9.unlinkSync(tmp);
    } catch {
    }
    throw err;
  }
}

// lib/events/project-dir.ts
import path5 from "node:path";
var STATE_DIR = ".2L", EVENTS_FILE = "events.jsonl";
function stateDir(projectDir) {
  return path5.join(projectDir, STATE_DIR);
}

// lib/shared/safe-fs.ts
import fs2 from "node:fs";
import path6 from "node:path";
var PROJECT_FILE_MAX = 2 * 1024 * 1024, UnsafePathError = class extends Error {
  constructor(file, reason, detail) {
    super(`${file}: ${describe(reason)}${detail ? ` (${detail})` : ""}`);
    this.file = file;
    this.reason = reason;
    this.detail = detail;
    this.name = "UnsafePathError";
  }
  file;
  reason;
  detail;
  code = "EUNSAFE";
};
function describe(reason) {
  switch (reason) {
    case "symlink":
      return "is a symbolic link; 2L never follows links inside a project (remove it)";
    case "not-regular":
      return "is not a regular file (a device, FIFO or socket); 2L reads only regular files";
    case "not-directory":
      return "is not a real folder; 2L keeps its state only in a folder it owns (remove it)";
    case "not-owner":
      return "belongs to another user; 2L keeps its state only in a folder it owns";
    case "too-big":
      return "is larger than 2L reads";
  }
}
var { O_RDONLY, O_RDWR, O_WRONLY, O_APPEND, O_CREAT, O_EXCL, O_TRUNC } = fs2.constants, O_NOFOLLOW = fs2.constants.O_NOFOLLOW ?? 0, O_NONBLOCK = fs2.constants.O_NONBLOCK ?? 0, READ_FLAGS = O_RDONLY | O_NOFOLLOW | O_NONBLOCK, APPEND_FLAGS = O_RDWR | O_APPEND | O_CREAT | O_NOFOLLOW | O_NONBLOCK, CREATE_EXCL_FLAGS = O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW, TRUNCATE_FLAGS = O_WRONLY | O_CREAT | O_TRUNC | O_NOFOLLOW | O_NONBLOCK, myUid = typeof process.getuid == "function" ? process.getuid() : void 0;
function openRegular(file, flags2, mode = 384) {
  let fd;
  try {
    fd = fs2.openSync(file, flags2 | O_NOFOLLOW, mode);
  } catch (err) {
    throw openError(file, err);
  }
  return regularOnly(fd, file);
}
function regularOnly(fd, file) {
  let st;
  try {
    st = fs2.fstatSync(fd);
  } catch (err) {
    throw fs2.closeSync(fd), err;
  }
  if (!st.isFile())
    throw fs2.closeSync(fd), new UnsafePathError(file, "not-regular");
  return fd;
}
function openError(file, err) {
  let code = errorCode(err);
  return code === "ELOOP" || code === "EMLINK" ? new UnsafePathError(file, "symlink") : code === "ENXIO" || code === "EOPNOTSUPP" ? new UnsafePathError(file, "not-regular") : err;
}
function openRegularForRead(file) {
  try {
    return openRegular(file, READ_FLAGS);
  } catch (err) {
    if (errorCode(err) === "ENOENT") return;
    throw err;
  }
}
function readRegularFile(file, maxBytes) {
  let fd = openRegularForRead(file);
  if (fd !== void 0)
    return readCapped(fd, file, maxBytes);
}
function readCapped(fd, file, maxBytes) {
  try {
    let size = fs2.fstatSync(fd).size;
    if (size > maxBytes) throw new UnsafePathError(file, "too-big", `${size} bytes, limit ${maxBytes}`);
    let chunks = [], total = 0, buf = Buffer.allocUnsafe(Math.min(Math.max(size, 4096) + 1, maxBytes + 1));
    for (; ; ) {
      let n = fs2.readSync(fd, buf, 0, buf.length, null);
      if (n === 0) break;
      if (total += n, total > maxBytes) throw new UnsafePathError(file, "too-big", `over ${maxBytes} bytes`);
      chunks.push(Buffer.from(buf.subarray(0, n)));
    }
    return Buffer.concat(chunks, total);
  } finally {
    fs2.closeSync(fd);
  }
}
function readRegularText(file, maxBytes) {
  return readRegularFile(file, maxBytes)?.toString("utf8");
}
function readUserRegularText(file, maxBytes) {
  let fd;
  try {
    fd = fs2.openSync(file, O_RDONLY | O_NONBLOCK);
  } catch (err) {
    if (errorCode(err) === "ENOENT") return;
    throw err;
  }
  return readCapped(regularOnly(fd, file), file, maxBytes).toString("utf8");
}
function ensurePrivateDir(dir) {
  let created = !1;
  try {
    fs2.mkdirSync(dir, { mode: 448 }), created = !0;
  } catch (err) {
    if (errorCode(err) !== "EEXIST") throw err;
  }
  return checkPrivateDir(dir), created;
}
function checkPrivateDir(dir) {
  let st = fs2.lstatSync(dir);
  if (st.isSymbolicLink()) throw new UnsafePathError(dir, "symlink");
  if (!st.isDirectory()) throw new UnsafePathError(dir, "not-directory");
  if (myUid !== void 0 && st.uid !== myUid) throw new UnsafePathError(dir, "not-owner");
}
function ensureStateRoot(stateRoot) {
  let created = ensurePrivateDir(stateRoot);
  if (created)
    try {
      let fd = openRegular(path6.join(stateRoot, ".gitignore"), CREATE_EXCL_FLAGS, 384);
      try {
        fs2.writeSync(fd, `# 2L state: private to this machine
*
`);
      } finally {
        fs2.closeSync(fd);
      }
    } catch {
    }
  return created;
}
function isUnsafePath(err) {
  return err instanceof UnsafePathError;
}

// lib/db/cache.ts
var CACHE_FILE = "db.yaml", CACHE_TTL_MS = 300 * 1e3, FUTURE_SLACK_MS = 60 * 1e3, MAX_CACHE_BYTES = 64 * 1024, MAX_GITIGNORE_BYTES = 64 * 1024;
function cachePath(project) {
  return path7.join(stateDir(project), CACHE_FILE);
}
var HEADER = `# Written by /2l-setup-db: the last working database connection. No password is stored here.
`;
function renderCache(c) {
  return HEADER + import_yaml.default.stringify(c);
}
function parseCache(text) {
  let v;
  try {
    v = import_yaml.default.parse(text, { maxAliasCount: 10 });
  } catch {
    return;
  }
  if (!v || typeof v != "object" || Array.isArray(v)) return;
  let c = v, str = (k) => typeof c[k] == "string";
  if (!str("url") || !str("checked_at") || !str("server_version") || !str("user") || !str("database") || !str("source") || !str("origin") || typeof c.can_create_in_schema != "boolean" || typeof c.can_create_schema != "boolean") return;
  let psql = c.psql;
  if (!(!psql || typeof psql != "object" || typeof psql.path != "string") && !Number.isNaN(Date.parse(c.checked_at)))
    return c;
}
function readCache(project) {
  try {
    checkPrivateDir(stateDir(project));
    let text = readRegularText(cachePath(project), MAX_CACHE_BYTES);
    return text === void 0 ? void 0 : parseCache(text);
  } catch {
    return;
  }
}
function freshAge(cache, url, now, ttlMs = CACHE_TTL_MS) {
  if (!cache || cache.url !== url || cache.last_failure && !(Date.parse(cache.last_failure.at) < Date.parse(cache.checked_at))) return;
  let age = now.getTime() - Date.parse(cache.checked_at);
  if (!(age < -FUTURE_SLACK_MS || age >= ttlMs))
    return Math.max(0, age);
}
function writeCache(project, cache) {
  let dir = stateDir(project);
  ensureStateRoot(dir), ensureIgnored(dir, CACHE_FILE);
  let file = cachePath(project);
  return atomicWriteFileSync(file, renderCache(cache), { mode: 384, keepMode: !1 }), file;
}
function ensureIgnored(dir, name) {
  let file = path7.join(dir, ".gitignore"), text = readRegularText(file, MAX_GITIGNORE_BYTES) ?? "";
  if (text.split(/\r?\n/).map((l) => l.trim()).some((l) => l === "*" || l === name || l === `/${name}`)) return;
  let sep = text === "" || text.endsWith(`
`) ? "" : `
`, fd = openRegular(file, APPEND_FLAGS, 384);
  try {
    fs3.writeSync(fd, `${sep}${text === "" ? `# 2L state that should not be committed
` : ""}${name}
`);
  } finally {
    fs3.closeSync(fd);
  }
}

// lib/db/settings-local.ts
import path8 from "node:path";

// node_modules/jsonc-parser/lib/esm/impl/scanner.js
function createScanner(text, ignoreTrivia = !1) {
  let len = text.length, pos = 0, value = "", tokenOffset = 0, token = 16, lineNumber = 0, lineStartOffset = 0, tokenLineStartOffset = 0, prevTokenLineStartOffset = 0, scanError = 0;
  function scanHexDigits(count, exact) {
    let digits = 0, value2 = 0;
    for (; digits < count || !exact; ) {
      let ch = text.charCodeAt(pos);
      if (ch >= 48 && ch <= 57)
        value2 = value2 * 16 + ch - 48;
      else if (ch >= 65 && ch <= 70)
        value2 = value2 * 16 + ch - 65 + 10;
      else if (ch >= 97 && ch <= 102)
        value2 = value2 * 16 + ch - 97 + 10;
      else
        break;
      pos++, digits++;
    }
    return digits < count && (value2 = -1), value2;
  }
  function setPosition(newPosition) {
    pos = newPosition, value = "", tokenOffset = 0, token = 16, scanError = 0;
  }
  function scanNumber() {
    let start = pos;
    if (text.charCodeAt(pos) === 48)
      pos++;
    else
      for (pos++; pos < text.length && isDigit(text.charCodeAt(pos)); )
        pos++;
    if (pos < text.length && text.charCodeAt(pos) === 46)
      if (pos++, pos < text.length && isDigit(text.charCodeAt(pos)))
        for (pos++; pos < text.length && isDigit(text.charCodeAt(pos)); )
          pos++;
      else
        return scanError = 3, text.substring(start, pos);
    let end = pos;
    if (pos < text.length && (text.charCodeAt(pos) === 69 || text.charCodeAt(pos) === 101))
      if (pos++, (pos < text.length && text.charCodeAt(pos) === 43 || text.charCodeAt(pos) === 45) && pos++, pos < text.length && isDigit(text.charCodeAt(pos))) {
        for (pos++; pos < text.length && isDigit(text.charCodeAt(pos)); )
          pos++;
        end = pos;
      } else
        scanError = 3;
    return text.substring(start, end);
  }
  function scanString() {
    let result = "", start = pos;
    for (; ; ) {
      if (pos >= len) {
        result += text.substring(start, pos), scanError = 2;
        break;
      }
      let ch = text.charCodeAt(pos);
      if (ch === 34) {
        result += text.substring(start, pos), pos++;
        break;
      }
      if (ch === 92) {
        if (result += text.substring(start, pos), pos++, pos >= len) {
          scanError = 2;
          break;
        }
        switch (text.charCodeAt(pos++)) {
          case 34:
            result += '"';
            break;
          case 92:
            result += "\\";
            break;
          case 47:
            result += "/";
            break;
          case 98:
            result += "\b";
            break;
          case 102:
            result += "\f";
            break;
          case 110:
            result += `
`;
            break;
          case 114:
            result += "\r";
            break;
          case 116:
            result += "	";
            break;
          case 117:
            let ch3 = scanHexDigits(4, !0);
            ch3 >= 0 ? result += String.fromCharCode(ch3) : scanError = 4;
            break;
          default:
            scanError = 5;
        }
        start = pos;
        continue;
      }
      if (ch >= 0 && ch <= 31)
        if (isLineBreak(ch)) {
          result += text.substring(start, pos), scanError = 2;
          break;
        } else
          scanError = 6;
      pos++;
    }
    return result;
  }
  function scanNext() {
    if (value = "", scanError = 0, tokenOffset = pos, lineStartOffset = lineNumber, prevTokenLineStartOffset = tokenLineStartOffset, pos >= len)
      return tokenOffset = len, token = 17;
    let code = text.charCodeAt(pos);
    if (isWhiteSpace(code)) {
      do
        pos++, value += String.fromCharCode(code), code = text.charCodeAt(pos);
      while (isWhiteSpace(code));
      return token = 15;
    }
    if (isLineBreak(code))
      return pos++, value += String.fromCharCode(code), code === 13 && text.charCodeAt(pos) === 10 && (pos++, value += `
`), lineNumber++, tokenLineStartOffset = pos, token = 14;
    switch (code) {
      // tokens: []{}:,
      case 123:
        return pos++, token = 1;
      case 125:
        return pos++, token = 2;
      case 91:
        return pos++, token = 3;
      case 93:
        return pos++, token = 4;
      case 58:
        return pos++, token = 6;
      case 44:
        return pos++, token = 5;
      // strings
      case 34:
        return pos++, value = scanString(), token = 10;
      // comments
      case 47:
        let start = pos - 1;
        if (text.charCodeAt(pos + 1) === 47) {
          for (pos += 2; pos < len && !isLineBreak(text.charCodeAt(pos)); )
            pos++;
          return value = text.substring(start, pos), token = 12;
        }
        if (text.charCodeAt(pos + 1) === 42) {
          pos += 2;
          let safeLength = len - 1, commentClosed = !1;
          for (; pos < safeLength; ) {
            let ch = text.charCodeAt(pos);
            if (ch === 42 && text.charCodeAt(pos + 1) === 47) {
              pos += 2, commentClosed = !0;
              break;
            }
            pos++, isLineBreak(ch) && (ch === 13 && text.charCodeAt(pos) === 10 && pos++, lineNumber++, tokenLineStartOffset = pos);
          }
          return commentClosed || (pos++, scanError = 1), value = text.substring(start, pos), token = 13;
        }
        return value += String.fromCharCode(code), pos++, token = 16;
      // numbers
      case 45:
        if (value += String.fromCharCode(code), pos++, pos === len || !isDigit(text.charCodeAt(pos)))
          return token = 16;
      // found a minus, followed by a number so
      // we fall through to proceed with scanning
      // numbers
      case 48:
      case 49:
      case 50:
      case 51:
      case 52:
      case 53:
      case 54:
      case 55:
      case 56:
      case 57:
        return value += scanNumber(), token = 11;
      // literals and unknown symbols
      default:
        for (; pos < len && isUnknownContentCharacter(code); )
          pos++, code = text.charCodeAt(pos);
        if (tokenOffset !== pos) {
          switch (value = text.substring(tokenOffset, pos), value) {
            case "true":
              return token = 8;
            case "false":
              return token = 9;
            case "null":
              return token = 7;
          }
          return token = 16;
        }
        return value += String.fromCharCode(code), pos++, token = 16;
    }
  }
  function isUnknownContentCharacter(code) {
    if (isWhiteSpace(code) || isLineBreak(code))
      return !1;
    switch (code) {
      case 125:
      case 93:
      case 123:
      case 91:
      case 34:
      case 58:
      case 44:
      case 47:
        return !1;
    }
    return !0;
  }
  function scanNextNonTrivia() {
    let result;
    do
      result = scanNext();
    while (result >= 12 && result <= 15);
    return result;
  }
  return {
    setPosition,
    getPosition: () => pos,
    scan: ignoreTrivia ? scanNextNonTrivia : scanNext,
    getToken: () => token,
    getTokenValue: () => value,
    getTokenOffset: () => tokenOffset,
    getTokenLength: () => pos - tokenOffset,
    getTokenStartLine: () => lineStartOffset,
    getTokenStartCharacter: () => tokenOffset - prevTokenLineStartOffset,
    getTokenError: () => scanError
  };
}
function isWhiteSpace(ch) {
  return ch === 32 || ch === 9;
}
function isLineBreak(ch) {
  return ch === 10 || ch === 13;
}
function isDigit(ch) {
  return ch >= 48 && ch <= 57;
}
var CharacterCodes;
(function(CharacterCodes2) {
  CharacterCodes2[CharacterCodes2.lineFeed = 10] = "lineFeed", CharacterCodes2[CharacterCodes2.carriageReturn = 13] = "carriageReturn", CharacterCodes2[CharacterCodes2.space = 32] = "space", CharacterCodes2[CharacterCodes2._0 = 48] = "_0", CharacterCodes2[CharacterCodes2._1 = 49] = "_1", CharacterCodes2[CharacterCodes2._2 = 50] = "_2", CharacterCodes2[CharacterCodes2._3 = 51] = "_3", CharacterCodes2[CharacterCodes2._4 = 52] = "_4", CharacterCodes2[CharacterCodes2._5 = 53] = "_5", CharacterCodes2[CharacterCodes2._6 = 54] = "_6", CharacterCodes2[CharacterCodes2._7 = 55] = "_7", CharacterCodes2[CharacterCodes2._8 = 56] = "_8", CharacterCodes2[CharacterCodes2._9 = 57] = "_9", CharacterCodes2[CharacterCodes2.a = 97] = "a", CharacterCodes2[CharacterCodes2.b = 98] = "b", CharacterCodes2[CharacterCodes2.c = 99] = "c", CharacterCodes2[CharacterCodes2.d = 100] = "d", CharacterCodes2[CharacterCodes2.e = 101] = "e", CharacterCodes2[CharacterCodes2.f = 102] = "f", CharacterCodes2[CharacterCodes2.g = 103] = "g", CharacterCodes2[CharacterCodes2.h = 104] = "h", CharacterCodes2[CharacterCodes2.i = 105] = "i", CharacterCodes2[CharacterCodes2.j = 106] = "j", CharacterCodes2[CharacterCodes2.k = 107] = "k", CharacterCodes2[CharacterCodes2.l = 108] = "l", CharacterCodes2[CharacterCodes2.m = 109] = "m", CharacterCodes2[CharacterCodes2.n = 110] = "n", CharacterCodes2[CharacterCodes2.o = 111] = "o", CharacterCodes2[CharacterCodes2.p = 112] = "p", CharacterCodes2[CharacterCodes2.q = 113] = "q", CharacterCodes2[CharacterCodes2.r = 114] = "r", CharacterCodes2[CharacterCodes2.s = 115] = "s", CharacterCodes2[CharacterCodes2.t = 116] = "t", CharacterCodes2[CharacterCodes2.u = 117] = "u", CharacterCodes2[CharacterCodes2.v = 118] = "v", CharacterCodes2[CharacterCodes2.w = 119] = "w", CharacterCodes2[CharacterCodes2.x = 120] = "x", CharacterCodes2[CharacterCodes2.y = 121] = "y", CharacterCodes2[CharacterCodes2.z = 122] = "z", CharacterCodes2[CharacterCodes2.A = 65] = "A", CharacterCodes2[CharacterCodes2.B = 66] = "B", CharacterCodes2[CharacterCodes2.C = 67] = "C", CharacterCodes2[CharacterCodes2.D = 68] = "D", CharacterCodes2[CharacterCodes2.E = 69] = "E", CharacterCodes2[CharacterCodes2.F = 70] = "F", CharacterCodes2[CharacterCodes2.G = 71] = "G", CharacterCodes2[CharacterCodes2.H = 72] = "H", CharacterCodes2[CharacterCodes2.I = 73] = "I", CharacterCodes2[CharacterCodes2.J = 74] = "J", CharacterCodes2[CharacterCodes2.K = 75] = "K", CharacterCodes2[CharacterCodes2.L = 76] = "L", CharacterCodes2[CharacterCodes2.M = 77] = "M", CharacterCodes2[CharacterCodes2.N = 78] = "N", CharacterCodes2[CharacterCodes2.O = 79] = "O", CharacterCodes2[CharacterCodes2.P = 80] = "P", CharacterCodes2[CharacterCodes2.Q = 81] = "Q", CharacterCodes2[CharacterCodes2.R = 82] = "R", CharacterCodes2[CharacterCodes2.S = 83] = "S", CharacterCodes2[CharacterCodes2.T = 84] = "T", CharacterCodes2[CharacterCodes2.U = 85] = "U", CharacterCodes2[CharacterCodes2.V = 86] = "V", CharacterCodes2[CharacterCodes2.W = 87] = "W", CharacterCodes2[CharacterCodes2.X = 88] = "X", CharacterCodes2[CharacterCodes2.Y = 89] = "Y", CharacterCodes2[CharacterCodes2.Z = 90] = "Z", CharacterCodes2[CharacterCodes2.asterisk = 42] = "asterisk", CharacterCodes2[CharacterCodes2.backslash = 92] = "backslash", CharacterCodes2[CharacterCodes2.closeBrace = 125] = "closeBrace", CharacterCodes2[CharacterCodes2.closeBracket = 93] = "closeBracket", CharacterCodes2[CharacterCodes2.colon = 58] = "colon", CharacterCodes2[CharacterCodes2.comma = 44] = "comma", CharacterCodes2[CharacterCodes2.dot = 46] = "dot", CharacterCodes2[CharacterCodes2.doubleQuote = 34] = "doubleQuote", CharacterCodes2[CharacterCodes2.minus = 45] = "minus", CharacterCodes2[CharacterCodes2.openBrace = 123] = "openBrace", CharacterCodes2[CharacterCodes2.openBracket = 91] = "openBracket", CharacterCodes2[CharacterCodes2.plus = 43] = "plus", CharacterCodes2[CharacterCodes2.slash = 47] = "slash", CharacterCodes2[CharacterCodes2.formFeed = 12] = "formFeed", CharacterCodes2[CharacterCodes2.tab = 9] = "tab";
})(CharacterCodes || (CharacterCodes = {}));

// node_modules/jsonc-parser/lib/esm/impl/string-intern.js
var cachedSpaces = new Array(20).fill(0).map((_, index) => " ".repeat(index)), maxCachedValues = 200, cachedBreakLinesWithSpaces = {
  " ": {
    "\n": new Array(maxCachedValues).fill(0).map((_, index) => `
` + " ".repeat(index)),
    "\r": new Array(maxCachedValues).fill(0).map((_, index) => "\r" + " ".repeat(index)),
    "\r\n": new Array(maxCachedValues).fill(0).map((_, index) => `\r
` + " ".repeat(index))
  },
  "	": {
    "\n": new Array(maxCachedValues).fill(0).map((_, index) => `
` + "	".repeat(index)),
    "\r": new Array(maxCachedValues).fill(0).map((_, index) => "\r" + "	".repeat(index)),
    "\r\n": new Array(maxCachedValues).fill(0).map((_, index) => `\r
` + "	".repeat(index))
  }
};

// node_modules/jsonc-parser/lib/esm/impl/parser.js
var ParseOptions;
(function(ParseOptions2) {
  ParseOptions2.DEFAULT = {
    allowTrailingComma: !1
  };
})(ParseOptions || (ParseOptions = {}));
function parse(text, errors = [], options2 = ParseOptions.DEFAULT) {
  let currentProperty = null, currentParent = [], previousParents = [];
  function onValue(value) {
    Array.isArray(currentParent) ? currentParent.push(value) : currentProperty !== null && (currentParent[currentProperty] = value);
  }
  return visit(text, {
    onObjectBegin: () => {
      let object = {};
      onValue(object), previousParents.push(currentParent), currentParent = object, currentProperty = null;
    },
    onObjectProperty: (name) => {
      currentProperty = name;
    },
    onObjectEnd: () => {
      currentParent = previousParents.pop();
    },
    onArrayBegin: () => {
      let array = [];
      onValue(array), previousParents.push(currentParent), currentParent = array, currentProperty = null;
    },
    onArrayEnd: () => {
      currentParent = previousParents.pop();
    },
    onLiteralValue: onValue,
    onError: (error, offset, length) => {
      errors.push({ error, offset, length });
    }
  }, options2), currentParent[0];
}
function visit(text, visitor, options2 = ParseOptions.DEFAULT) {
  let _scanner = createScanner(text, !1), _jsonPath = [], suppressedCallbacks = 0;
  function toNoArgVisit(visitFunction) {
    return visitFunction ? () => suppressedCallbacks === 0 && visitFunction(_scanner.getTokenOffset(), _scanner.getTokenLength(), _scanner.getTokenStartLine(), _scanner.getTokenStartCharacter()) : () => !0;
  }
  function toOneArgVisit(visitFunction) {
    return visitFunction ? (arg) => suppressedCallbacks === 0 && visitFunction(arg, _scanner.getTokenOffset(), _scanner.getTokenLength(), _scanner.getTokenStartLine(), _scanner.getTokenStartCharacter()) : () => !0;
  }
  function toOneArgVisitWithPath(visitFunction) {
    return visitFunction ? (arg) => suppressedCallbacks === 0 && visitFunction(arg, _scanner.getTokenOffset(), _scanner.getTokenLength(), _scanner.getTokenStartLine(), _scanner.getTokenStartCharacter(), () => _jsonPath.slice()) : () => !0;
  }
  function toBeginVisit(visitFunction) {
    return visitFunction ? () => {
      suppressedCallbacks > 0 ? suppressedCallbacks++ : visitFunction(_scanner.getTokenOffset(), _scanner.getTokenLength(), _scanner.getTokenStartLine(), _scanner.getTokenStartCharacter(), () => _jsonPath.slice()) === !1 && (suppressedCallbacks = 1);
    } : () => !0;
  }
  function toEndVisit(visitFunction) {
    return visitFunction ? () => {
      suppressedCallbacks > 0 && suppressedCallbacks--, suppressedCallbacks === 0 && visitFunction(_scanner.getTokenOffset(), _scanner.getTokenLength(), _scanner.getTokenStartLine(), _scanner.getTokenStartCharacter());
    } : () => !0;
  }
  let onObjectBegin = toBeginVisit(visitor.onObjectBegin), onObjectProperty = toOneArgVisitWithPath(visitor.onObjectProperty), onObjectEnd = toEndVisit(visitor.onObjectEnd), onArrayBegin = toBeginVisit(visitor.onArrayBegin), onArrayEnd = toEndVisit(visitor.onArrayEnd), onLiteralValue = toOneArgVisitWithPath(visitor.onLiteralValue), onSeparator = toOneArgVisit(visitor.onSeparator), onComment = toNoArgVisit(visitor.onComment), onError = toOneArgVisit(visitor.onError), disallowComments = options2 && options2.disallowComments, allowTrailingComma = options2 && options2.allowTrailingComma;
  function scanNext() {
    for (; ; ) {
      let token = _scanner.scan();
      switch (_scanner.getTokenError()) {
        case 4:
          handleError(
            14
            /* ParseErrorCode.InvalidUnicode */
          );
          break;
        case 5:
          handleError(
            15
            /* ParseErrorCode.InvalidEscapeCharacter */
          );
          break;
        case 3:
          handleError(
            13
            /* ParseErrorCode.UnexpectedEndOfNumber */
          );
          break;
        case 1:
          disallowComments || handleError(
            11
            /* ParseErrorCode.UnexpectedEndOfComment */
          );
          break;
        case 2:
          handleError(
            12
            /* ParseErrorCode.UnexpectedEndOfString */
          );
          break;
        case 6:
          handleError(
            16
            /* ParseErrorCode.InvalidCharacter */
          );
          break;
      }
      switch (token) {
        case 12:
        case 13:
          disallowComments ? handleError(
            10
            /* ParseErrorCode.InvalidCommentToken */
          ) : onComment();
          break;
        case 16:
          handleError(
            1
            /* ParseErrorCode.InvalidSymbol */
          );
          break;
        case 15:
        case 14:
          break;
        default:
          return token;
      }
    }
  }
  function handleError(error, skipUntilAfter = [], skipUntil = []) {
    if (onError(error), skipUntilAfter.length + skipUntil.length > 0) {
      let token = _scanner.getToken();
      for (; token !== 17; ) {
        if (skipUntilAfter.indexOf(token) !== -1) {
          scanNext();
          break;
        } else if (skipUntil.indexOf(token) !== -1)
          break;
        token = scanNext();
      }
    }
  }
  function parseString2(isValue) {
    let value = _scanner.getTokenValue();
    return isValue ? onLiteralValue(value) : (onObjectProperty(value), _jsonPath.push(value)), scanNext(), !0;
  }
  function parseLiteral() {
    switch (_scanner.getToken()) {
      case 11:
        let tokenValue = _scanner.getTokenValue(), value = Number(tokenValue);
        isNaN(value) && (handleError(
          2
          /* ParseErrorCode.InvalidNumberFormat */
        ), value = 0), onLiteralValue(value);
        break;
      case 7:
        onLiteralValue(null);
        break;
      case 8:
        onLiteralValue(!0);
        break;
      case 9:
        onLiteralValue(!1);
        break;
      default:
        return !1;
    }
    return scanNext(), !0;
  }
  function parseProperty() {
    return _scanner.getToken() !== 10 ? (handleError(3, [], [
      2,
      5
      /* SyntaxKind.CommaToken */
    ]), !1) : (parseString2(!1), _scanner.getToken() === 6 ? (onSeparator(":"), scanNext(), parseValue() || handleError(4, [], [
      2,
      5
      /* SyntaxKind.CommaToken */
    ])) : handleError(5, [], [
      2,
      5
      /* SyntaxKind.CommaToken */
    ]), _jsonPath.pop(), !0);
  }
  function parseObject() {
    onObjectBegin(), scanNext();
    let needsComma = !1;
    for (; _scanner.getToken() !== 2 && _scanner.getToken() !== 17; ) {
      if (_scanner.getToken() === 5) {
        if (needsComma || handleError(4, [], []), onSeparator(","), scanNext(), _scanner.getToken() === 2 && allowTrailingComma)
          break;
      } else needsComma && handleError(6, [], []);
      parseProperty() || handleError(4, [], [
        2,
        5
        /* SyntaxKind.CommaToken */
      ]), needsComma = !0;
    }
    return onObjectEnd(), _scanner.getToken() !== 2 ? handleError(7, [
      2
      /* SyntaxKind.CloseBraceToken */
    ], []) : scanNext(), !0;
  }
  function parseArray2() {
    onArrayBegin(), scanNext();
    let isFirstElement = !0, needsComma = !1;
    for (; _scanner.getToken() !== 4 && _scanner.getToken() !== 17; ) {
      if (_scanner.getToken() === 5) {
        if (needsComma || handleError(4, [], []), onSeparator(","), scanNext(), _scanner.getToken() === 4 && allowTrailingComma)
          break;
      } else needsComma && handleError(6, [], []);
      isFirstElement ? (_jsonPath.push(0), isFirstElement = !1) : _jsonPath[_jsonPath.length - 1]++, parseValue() || handleError(4, [], [
        4,
        5
        /* SyntaxKind.CommaToken */
      ]), needsComma = !0;
    }
    return onArrayEnd(), isFirstElement || _jsonPath.pop(), _scanner.getToken() !== 4 ? handleError(8, [
      4
      /* SyntaxKind.CloseBracketToken */
    ], []) : scanNext(), !0;
  }
  function parseValue() {
    switch (_scanner.getToken()) {
      case 3:
        return parseArray2();
      case 1:
        return parseObject();
      case 10:
        return parseString2(!0);
      default:
        return parseLiteral();
    }
  }
  return scanNext(), _scanner.getToken() === 17 ? options2.allowEmptyContent ? !0 : (handleError(4, [], []), !1) : parseValue() ? (_scanner.getToken() !== 17 && handleError(9, [], []), !0) : (handleError(4, [], []), !1);
}

// node_modules/jsonc-parser/lib/esm/main.js
var ScanError;
(function(ScanError2) {
  ScanError2[ScanError2.None = 0] = "None", ScanError2[ScanError2.UnexpectedEndOfComment = 1] = "UnexpectedEndOfComment", ScanError2[ScanError2.UnexpectedEndOfString = 2] = "UnexpectedEndOfString", ScanError2[ScanError2.UnexpectedEndOfNumber = 3] = "UnexpectedEndOfNumber", ScanError2[ScanError2.InvalidUnicode = 4] = "InvalidUnicode", ScanError2[ScanError2.InvalidEscapeCharacter = 5] = "InvalidEscapeCharacter", ScanError2[ScanError2.InvalidCharacter = 6] = "InvalidCharacter";
})(ScanError || (ScanError = {}));
var SyntaxKind;
(function(SyntaxKind2) {
  SyntaxKind2[SyntaxKind2.OpenBraceToken = 1] = "OpenBraceToken", SyntaxKind2[SyntaxKind2.CloseBraceToken = 2] = "CloseBraceToken", SyntaxKind2[SyntaxKind2.OpenBracketToken = 3] = "OpenBracketToken", SyntaxKind2[SyntaxKind2.CloseBracketToken = 4] = "CloseBracketToken", SyntaxKind2[SyntaxKind2.CommaToken = 5] = "CommaToken", SyntaxKind2[SyntaxKind2.ColonToken = 6] = "ColonToken", SyntaxKind2[SyntaxKind2.NullKeyword = 7] = "NullKeyword", SyntaxKind2[SyntaxKind2.TrueKeyword = 8] = "TrueKeyword", SyntaxKind2[SyntaxKind2.FalseKeyword = 9] = "FalseKeyword", SyntaxKind2[SyntaxKind2.StringLiteral = 10] = "StringLiteral", SyntaxKind2[SyntaxKind2.NumericLiteral = 11] = "NumericLiteral", SyntaxKind2[SyntaxKind2.LineCommentTrivia = 12] = "LineCommentTrivia", SyntaxKind2[SyntaxKind2.BlockCommentTrivia = 13] = "BlockCommentTrivia", SyntaxKind2[SyntaxKind2.LineBreakTrivia = 14] = "LineBreakTrivia", SyntaxKind2[SyntaxKind2.Trivia = 15] = "Trivia", SyntaxKind2[SyntaxKind2.Unknown = 16] = "Unknown", SyntaxKind2[SyntaxKind2.EOF = 17] = "EOF";
})(SyntaxKind || (SyntaxKind = {}));
var parse2 = parse;
var ParseErrorCode;
(function(ParseErrorCode2) {
  ParseErrorCode2[ParseErrorCode2.InvalidSymbol = 1] = "InvalidSymbol", ParseErrorCode2[ParseErrorCode2.InvalidNumberFormat = 2] = "InvalidNumberFormat", ParseErrorCode2[ParseErrorCode2.PropertyNameExpected = 3] = "PropertyNameExpected", ParseErrorCode2[ParseErrorCode2.ValueExpected = 4] = "ValueExpected", ParseErrorCode2[ParseErrorCode2.ColonExpected = 5] = "ColonExpected", ParseErrorCode2[ParseErrorCode2.CommaExpected = 6] = "CommaExpected", ParseErrorCode2[ParseErrorCode2.CloseBraceExpected = 7] = "CloseBraceExpected", ParseErrorCode2[ParseErrorCode2.CloseBracketExpected = 8] = "CloseBracketExpected", ParseErrorCode2[ParseErrorCode2.EndOfFileExpected = 9] = "EndOfFileExpected", ParseErrorCode2[ParseErrorCode2.InvalidCommentToken = 10] = "InvalidCommentToken", ParseErrorCode2[ParseErrorCode2.UnexpectedEndOfComment = 11] = "UnexpectedEndOfComment", ParseErrorCode2[ParseErrorCode2.UnexpectedEndOfString = 12] = "UnexpectedEndOfString", ParseErrorCode2[ParseErrorCode2.UnexpectedEndOfNumber = 13] = "UnexpectedEndOfNumber", ParseErrorCode2[ParseErrorCode2.InvalidUnicode = 14] = "InvalidUnicode", ParseErrorCode2[ParseErrorCode2.InvalidEscapeCharacter = 15] = "InvalidEscapeCharacter", ParseErrorCode2[ParseErrorCode2.InvalidCharacter = 16] = "InvalidCharacter";
})(ParseErrorCode || (ParseErrorCode = {}));

// lib/shared/json-file.ts
var JsonFileError = class extends Error {
  constructor(message, file, line, column) {
    super(message);
    this.file = file;
    this.line = line;
    this.column = column;
    this.name = "JsonFileError";
  }
  file;
  line;
  column;
};
function lineColumn(text, offset) {
  let before = text.slice(0, Math.max(0, offset));
  return { line: before.split(`
`).length, column: offset - before.lastIndexOf(`
`) };
}
function firstErrorOffset(body) {
  let errors = [];
  return parse2(body, errors, { disallowComments: !0, allowTrailingComma: !1 }), errors[0]?.offset;
}
function parseJsonText(text, file) {
  let body = text.replace(/^\uFEFF/, "");
  if (body.trim() === "") return {};
  try {
    return JSON.parse(body);
  } catch (err) {
    let msg = errorMessage(err), m = /position (\d+)/.exec(msg), offset = m ? Number(m[1]) : firstErrorOffset(body);
    if (offset !== void 0) {
      let { line, column } = lineColumn(body, offset);
      throw new JsonFileError(
        `${file}:${line}:${column}: invalid JSON (${msg.replace(/ in JSON at position \d+.*$/, "").replace(/, ".*" is not valid JSON$/s, "")})`,
        file,
        line,
        column
      );
    }
    throw new JsonFileError(`${file}: invalid JSON (${msg})`, file);
  }
}
function parseJsonObjectText(text, label) {
  let value = parseJsonText(text, label);
  if (!value || typeof value != "object" || Array.isArray(value))
    throw new JsonFileError(`${label}: expected a JSON object at the top level`, label);
  return value;
}
function readTextSafe(file, opts) {
  let label = opts.label ?? file;
  try {
    return opts.userFile ? readUserRegularText(file, opts.maxBytes) : readRegularText(file, opts.maxBytes);
  } catch (err) {
    throw err instanceof UnsafePathError ? new JsonFileError(`${label}${err.message.slice(err.file.length)}`, label) : err;
  }
}
function readJsonObjectSafe(file, opts) {
  let text = readTextSafe(file, opts);
  return text === void 0 ? void 0 : parseJsonObjectText(text, opts.label ?? file);
}

// lib/db/settings-local.ts
var PSQL_RULE = "Bash(psql:*)", SETTINGS_REL = path8.join(".claude", "settings.local.json"), SettingsShapeError = class extends Error {
};
function planAllowRule(current, rule, file = SETTINGS_REL) {
  let base = current ?? {}, perms = base.permissions;
  if (perms !== void 0 && (perms === null || typeof perms != "object" || Array.isArray(perms)))
    throw new SettingsShapeError(`\`${file}\`: \`permissions\` must be an object; left the file untouched`);
  let allow = perms?.allow;
  if (allow !== void 0 && (!Array.isArray(allow) || allow.some((r) => typeof r != "string")))
    throw new SettingsShapeError(
      `\`${file}\`: \`permissions.allow\` must be a list of strings; left the file untouched`
    );
  return Array.isArray(allow) && allow.includes(rule) ? { changed: !1 } : {
    changed: !0,
    next: {
      ...base,
      permissions: {
        ...perms,
        allow: [...allow ?? [], rule]
      }
    }
  };
}
function readProjectSettings(project, rel) {
  return readJsonObjectSafe(path8.join(project, rel), { label: rel, maxBytes: PROJECT_FILE_MAX });
}
function addAllowRule(project, rule = PSQL_RULE) {
  let file = path8.join(project, SETTINGS_REL);
  ensurePrivateDir(path8.dirname(file));
  let plan = planAllowRule(readProjectSettings(project, SETTINGS_REL), rule);
  return plan.changed ? (atomicWriteFileSync(file, `${JSON.stringify(plan.next, null, 2)}
`), !0) : !1;
}

// lib/db/render.ts
function outcomeName(o) {
  return o.kind === "cached" || o.kind === "connected" ? "ok" : o.kind === "failed" ? o.failure.kind : o.kind;
}
function exitCode(o) {
  switch (o.kind) {
    case "usage":
      return EXIT.usage;
    case "psql_missing":
      return EXIT.psql_missing;
    case "failed":
      return EXIT[o.failure.kind];
    default:
      return o.allowPsql.state === "refused" ? EXIT.error : EXIT.ok;
  }
}
var passwordOnCommandLine = (c) => c.source === "flag" && c.hasPassword, connRow = (c) => ["connection", `${c.safeUrl} (from ${c.origin})`], cacheFile = `${STATE_DIR}/${CACHE_FILE}`;
function psqlRow(p) {
  return [
    "psql",
    `${p.path}${p.version ? ` (${p.version})` : ""}${p.offPath ? " \u2014 not on PATH: add its folder to PATH so agents find it" : ""}`
  ];
}
function allowNote(a) {
  return a.requested ? a.state === "refused" ? `could not add "${PSQL_RULE}": ${a.error}` : a.state === "added" ? `added "${PSQL_RULE}" to ${SETTINGS_REL}: agents can run psql without asking` : `"${PSQL_RULE}" is already allowed in ${SETTINGS_REL}` : a.state === "present" ? `psql is allowed for agents ("${PSQL_RULE}" in ${a.where})` : `agents must ask before each psql call: run \`/2l-setup-db --allow-psql\` (or add "${PSQL_RULE}" to permissions.allow in ${SETTINGS_REL})`;
}
function notes(o) {
  let out = [allowNote(o.allowPsql)];
  return passwordOnCommandLine(o.conn) && out.push(PASSWORD_ON_COMMAND_LINE), o.eventError !== void 0 && out.push(`could not record the db_check event: ${o.eventError}`), out;
}
function report(o) {
  switch (o.kind) {
    case "psql_missing":
      return [
        `2l setup-db: psql is not installed (exit ${EXIT.psql_missing})`,
        rows([connRow(o.conn), ["install", o.install.text]])
      ];
    case "cached": {
      let c = o.cache;
      return [
        `2l setup-db: ok, PostgreSQL ${c.server_version} (checked ${formatAge(o.ageMs)} ago; cached in ${cacheFile}, \`--fresh\` to test again)`,
        rows([
          connRow(o.conn),
          ["user", `${c.user}, database ${c.database}`],
          ["can create", createText(c.can_create_in_schema, c.can_create_schema, c.schema)],
          ["latency", `${formatMsPrecise(c.latency_ms)} per query at the last check`]
        ])
      ];
    }
    case "failed": {
      let { title, fix } = explain(o.failure.kind, o.conn, o.timeoutS);
      return [
        `2l setup-db: ${title} (exit ${EXIT[o.failure.kind]})`,
        rows([connRow(o.conn), ["psql said", o.failure.detail], ["fix", fix], psqlRow(o.psql)])
      ];
    }
    case "connected": {
      let p = o.probe;
      return [
        `2l setup-db: connected to PostgreSQL ${p.serverVersion}`,
        rows([
          connRow(o.conn),
          ["user", `${p.user}, database ${p.database}`],
          ["can create", createText(p.canCreateInSchema, p.canCreateSchema, p.schema)],
          ["latency", `${formatMsPrecise(p.latencyMs)} per query; ${formatMsPrecise(p.wallMs)} to start psql, connect and check`],
          psqlRow(o.psql),
          ["saved", o.saveError === void 0 ? `${cacheFile} (no password)` : `not saved: ${o.saveError}`]
        ])
      ];
    }
  }
}
function renderText(o) {
  if (o.kind === "usage") return "";
  let lines = [...report(o), ...notes(o).map((n) => `  note: ${n}`)];
  return outcomeName(o) === "ok" && lines.push("", agentNote(o.conn.safeUrl, o.conn.source, o.conn.hasPassword)), `${lines.join(`
`)}
`;
}
function details(o) {
  let psql = (p) => ({ path: p.path, version: p.version });
  switch (o.kind) {
    case "psql_missing":
      return {
        psql: null,
        install: { manager: o.install.manager, command: o.install.command ?? null },
        hint: o.install.text
      };
    case "cached": {
      let c = o.cache;
      return {
        cached: !0,
        cache_age_s: Math.round(o.ageMs / 1e3),
        checked_at: c.checked_at,
        server_version: c.server_version,
        user: c.user,
        database: c.database,
        can_create: c.can_create_in_schema || c.can_create_schema,
        latency_ms: c.latency_ms ?? null,
        psql: c.psql
      };
    }
    case "failed": {
      let { title, fix } = explain(o.failure.kind, o.conn, o.timeoutS);
      return {
        psql: psql(o.psql),
        cached: !1,
        message: title,
        detail: o.failure.detail,
        hint: fix,
        wall_ms: o.failure.wallMs
      };
    }
    case "connected": {
      let p = o.probe;
      return {
        psql: psql(o.psql),
        cached: !1,
        server_version: p.serverVersion,
        server_version_num: p.serverVersionNum,
        user: p.user,
        database: p.database,
        can_create: p.canCreateInSchema || p.canCreateSchema,
        can_create_in_schema: p.canCreateInSchema,
        can_create_schema: p.canCreateSchema,
        latency_ms: p.latencyMs ?? null,
        wall_ms: p.wallMs,
        saved: o.saveError === void 0 ? cacheFile : null
      };
    }
  }
}
function toJson(o) {
  if (o.kind === "usage")
    return { ok: !1, outcome: "usage", exit_code: EXIT.usage, message: `setup-db: ${o.message}` };
  let name = outcomeName(o), c = o.conn;
  return {
    allow_psql: o.allowPsql.state,
    ...passwordOnCommandLine(c) ? { warnings: [PASSWORD_ON_COMMAND_LINE] } : {},
    source: c.source,
    origin: c.origin,
    url: c.safeUrl,
    ...details(o),
    ok: name === "ok",
    outcome: name,
    exit_code: exitCode(o),
    ...name === "ok" ? { agent_note: agentNote(c.safeUrl, c.source, c.hasPassword) } : {}
  };
}
function renderJson(o) {
  return `${JSON.stringify(toJson(o))}
`;
}

// lib/db/setup.ts
import path15 from "node:path";

// lib/events/format.ts
var CHECK_TYPES = ["db_check", "mcp_check"], TOOL_TYPES = [...CHECK_TYPES, "performance_alert"];
var DEFAULT_PHASE = "unknown", DEFAULT_AGENT = "orchestrator";
function newEvent(eventType, data, fields = {}, now = /* @__PURE__ */ new Date()) {
  return {
    timestamp: now.toISOString(),
    event_type: eventType,
    phase: DEFAULT_PHASE,
    agent_id: DEFAULT_AGENT,
    data,
    v: 1,
    source: "emit",
    ...fields
  };
}

// lib/events/writer.ts
import fs6 from "node:fs";
import path11 from "node:path";

// lib/shared/state-lock.ts
import fs4 from "node:fs";
function takeStateLock(lock, opts) {
  try {
    return fs4.mkdirSync(lock, { mode: 448 }), !0;
  } catch (err) {
    if (errorCode(err) !== "EEXIST") throw err;
  }
  let st = fs4.lstatSync(lock, { throwIfNoEntry: !1 });
  if (st === void 0) return !1;
  if (st.isDirectory()) {
    if (Date.now() - st.mtimeMs <= opts.staleMs) return !1;
    try {
      fs4.rmdirSync(lock);
    } catch (err) {
      let code = errorCode(err);
      if (code === "ENOTEMPTY" || code === "EEXIST")
        throw new Error(`${lock} holds files, so it is not a lock of 2L's (remove it)`);
      return !1;
    }
  } else {
    if (opts.planted !== "remove") throw new UnsafePathError(lock, st.isSymbolicLink() ? "symlink" : "not-directory");
    try {
      fs4.unlinkSync(lock);
    } catch {
      return !1;
    }
  }
  if (!opts.takeOverStale) return !1;
  try {
    return fs4.mkdirSync(lock, { mode: 448 }), !0;
  } catch {
    return !1;
  }
}
function releaseStateLock(lock) {
  try {
    fs4.rmdirSync(lock);
  } catch {
  }
}

// lib/events/project-registry.ts
import fs5 from "node:fs";
import path10 from "node:path";

// lib/shared/claude-config.ts
import os from "node:os";
import path9 from "node:path";
function claudeConfigDir(env = process.env) {
  let dir = env.CLAUDE_CONFIG_DIR;
  return dir && path9.isAbsolute(dir) ? dir : path9.join(env.HOME || os.homedir(), ".claude");
}

// lib/events/project-registry.ts
var MAX_BYTES = 524288, MAX_PROJECTS = 1e3, MAX_PATH = 4096;
function registryPath(env = process.env) {
  return path10.join(claudeConfigDir(env), "2l", "projects.json");
}
function cleanPath(p) {
  if (!(typeof p != "string" || p.length === 0 || p.length > MAX_PATH || p.includes("\0")))
    return path10.isAbsolute(p) && path10.resolve(p) === p ? p : void 0;
}
function readRegistry(env = process.env) {
  let raw;
  try {
    raw = readRegularText(registryPath(env), MAX_BYTES);
  } catch {
    return [];
  }
  if (!raw) return [];
  let doc;
  try {
    doc = JSON.parse(raw);
  } catch {
    return [];
  }
  let list = doc && typeof doc == "object" ? doc.projects : void 0;
  if (!Array.isArray(list)) return [];
  let out = [], seen = /* @__PURE__ */ new Set();
  for (let e of list.slice(0, MAX_PROJECTS)) {
    let p = cleanPath(e && typeof e == "object" ? e.path : void 0);
    if (!p || seen.has(p)) continue;
    seen.add(p);
    let added = e.added;
    out.push({ path: p, added: typeof added == "string" ? added.slice(0, 40) : "" });
  }
  return out;
}
function registerProject(project, env = process.env, now = /* @__PURE__ */ new Date()) {
  if (env.TWOL_REGISTRY !== "off")
    try {
      let p = cleanPath(path10.resolve(project));
      if (!p) return;
      let config = claudeConfigDir(env);
      if (!fs5.lstatSync(config, { throwIfNoEntry: !1 })?.isDirectory()) return;
      let dir = path10.dirname(registryPath(env));
      ensurePrivateDir(dir);
      let entries = readRegistry(env);
      if (entries.some((e) => e.path === p) || entries.length >= MAX_PROJECTS) return;
      entries.push({ path: p, added: now.toISOString() }), atomicWriteFileSync(registryPath(env), `${JSON.stringify({ v: 1, projects: entries }, null, 1)}
`, {
        mode: 384
      });
    } catch {
    }
}

// lib/events/writer.ts
var DEFAULT_MAX_LOG_BYTES = 50 * 1024 * 1024, STALE_LOCK_MS = 1e4;
function maxLogBytes(env = process.env) {
  let n = Number(env.TWOL_LOG_MAX_BYTES);
  return Number.isFinite(n) && n >= 1024 ? Math.floor(n) : DEFAULT_MAX_LOG_BYTES;
}
function archiveName(at) {
  return `events-${at.toISOString().replace(/[-:.]/g, "")}.jsonl`;
}
function serialise(event) {
  return Buffer.from(`${JSON.stringify(event)}
`, "utf8");
}
var NEWLINE = Buffer.from(`
`), SETTLED_MS = 2e3;
function endsWithNewline(fd, size) {
  let last = Buffer.alloc(1);
  try {
    return fs6.readSync(fd, last, 0, 1, size - 1) === 1 && last[0] === 10;
  } catch {
    return !0;
  }
}
function writeAll(fd, buf) {
  let off = 0;
  for (; off < buf.length; ) off += fs6.writeSync(fd, buf, off, buf.length - off);
}
function useStateDir(dir) {
  try {
    checkPrivateDir(dir);
  } catch (err) {
    if (errorCode(err) === "ENOENT")
      ensureStateRoot(dir) && registerProject(path11.dirname(dir));
    else throw err;
  }
}
function appendToLog(dir, buf, opts = {}) {
  let file = path11.join(dir, EVENTS_FILE), cap = opts.maxBytes ?? maxLogBytes();
  useStateDir(dir);
  let fd = openRegular(file, APPEND_FLAGS);
  try {
    let st = fs6.fstatSync(fd);
    st.size + buf.length > cap && rotateOrWarn(dir, file, cap, opts) && (fs6.closeSync(fd), fd = openRegular(file, APPEND_FLAGS), st = fs6.fstatSync(fd));
    let cutOff = st.size > 0 && Date.now() - st.mtimeMs > SETTLED_MS && !endsWithNewline(fd, st.size);
    writeAll(fd, cutOff ? Buffer.concat([NEWLINE, buf]) : buf);
  } finally {
    fs6.closeSync(fd);
  }
}
function rotateOrWarn(dir, file, cap, opts) {
  try {
    return rotate(dir, file, cap, opts.now ?? (() => /* @__PURE__ */ new Date()));
  } catch (err) {
    return opts.onWarning?.(`the log was not rotated: ${isUnsafePath(err) ? `refused ${err.message}` : errorMessage(err)}`), !1;
  }
}
var exists = (p) => fs6.lstatSync(p, { throwIfNoEntry: !1 }) !== void 0;
function rotate(dir, file, cap, now) {
  let lock = path11.join(dir, ".rotate.lock");
  if (!takeStateLock(lock, { staleMs: STALE_LOCK_MS, takeOverStale: !1 })) return !1;
  try {
    let st = fs6.lstatSync(file, { throwIfNoEntry: !1 });
    if (st === void 0 || !st.isFile() || st.size < cap) return !0;
    let at = now(), target = path11.join(dir, archiveName(at));
    for (let i = 1; exists(target); i++) target = path11.join(dir, archiveName(at).replace(".jsonl", `-${i}.jsonl`));
    return fs6.renameSync(file, target), !0;
  } finally {
    releaseStateLock(lock);
  }
}
function appendEvent(projectDir, event, opts = {}) {
  appendToLog(path11.join(projectDir, STATE_DIR), serialise(event), opts);
}

// lib/events/redact-rules.ts
var TOKEN_RULES = [
  ["anthropic-key", String.raw`sk-ant-`, String.raw`sk-ant-[A-Za-z0-9_-]{8,400}`],
  ["api-key", String.raw`sk-`, String.raw`sk-(?:proj-|svcacct-|admin-)?[A-Za-z0-9_-]{20,400}`],
  [
    "stripe-key",
    String.raw`(?:sk|rk)_(?:live|test|prod)_|whsec_`,
    String.raw`(?:sk|rk)_(?:live|test|prod)_[A-Za-z0-9]{10,255}|whsec_[A-Za-z0-9+/=]{24,255}`
  ],
  [
    "github-token",
    String.raw`gh[pousr]_|github_pat_`,
    String.raw`gh[pousr]_[A-Za-z0-9]{20,255}|github_pat_[A-Za-z0-9_]{20,255}`
  ],
  [
    "gitlab-token",
    String.raw`gl(?:pat|dt|rt|ptt|ft|imt|oas|cbt|soat|agent|ffct)-`,
    String.raw`gl(?:pat|dt|rt|ptt|ft|imt|oas|cbt|soat|agent|ffct)-[A-Za-z0-9_-]{20,255}`
  ],
  [
    "aws-key",
    String.raw`AKIA|ASIA|ABIA|ACCA|A3T`,
    String.raw`(?:AKIA|ASIA|ABIA|ACCA|A3T[A-Z0-9])[0-9A-Z]{16}(?![0-9A-Za-z])`
  ],
  ["google-key", String.raw`AIza`, String.raw`AIza[A-Za-z0-9_-]{35,64}`],
  ["google-oauth-token", String.raw`ya29\.`, String.raw`ya29\.[A-Za-z0-9_-]{20,2048}`],
  ["google-client-secret", String.raw`GOCSPX-`, String.raw`GOCSPX-[A-Za-z0-9_-]{20,64}`],
  [
    "slack-token",
    String.raw`xox[abposre]-|xapp-`,
    String.raw`xox[abposre]-[A-Za-z0-9-]{10,255}|xapp-\d-[A-Za-z0-9-]{10,255}`
  ],
  [
    "slack-webhook",
    String.raw`hooks\.slack\.com\/`,
    String.raw`hooks\.slack\.com\/(?:services|workflows|triggers)\/[A-Za-z0-9_/+-]{20,200}`
  ],
  [
    "discord-webhook",
    String.raw`discord(?:app)?\.com\/api\/webhooks\/`,
    String.raw`discord(?:app)?\.com\/api\/webhooks\/[0-9]{5,30}\/[A-Za-z0-9_-]{20,200}`
  ],
  [
    "teams-webhook",
    String.raw`webhook\.office\.com\/`,
    String.raw`webhook\.office\.com\/webhookb2\/[A-Za-z0-9@/_-]{20,400}`
  ],
  ["npm-token", String.raw`npm_`, String.raw`npm_[A-Za-z0-9]{36,64}`],
  ["hf-token", String.raw`hf_|api_org_`, String.raw`(?:hf_|api_org_)[A-Za-z0-9]{30,64}`],
  ["sendgrid-key", String.raw`SG\.`, String.raw`SG\.[A-Za-z0-9_-]{16,32}\.[A-Za-z0-9_-]{30,64}`],
  ["pypi-token", String.raw`pypi-AgE`, String.raw`pypi-AgE[A-Za-z0-9_-]{50,2048}`],
  ["jwt", String.raw`eyJ`, String.raw`eyJ[A-Za-z0-9_-]{8,2048}\.eyJ[A-Za-z0-9_-]{8,8192}\.[A-Za-z0-9_-]{8,2048}`],
  ["twilio-key", String.raw`SK[0-9a-fA-F]`, String.raw`SK[0-9a-fA-F]{32}(?![0-9A-Za-z])`],
  ["mailgun-key", String.raw`key-`, String.raw`key-[0-9a-f]{32}(?![0-9A-Za-z])`],
  ["shopify-token", String.raw`shp(?:at|ca|pa|ss)_`, String.raw`shp(?:at|ca|pa|ss)_[a-fA-F0-9]{32}`],
  ["digitalocean-token", String.raw`do[opr]_v1_`, String.raw`do[opr]_v1_[a-f0-9]{64}`],
  ["databricks-token", String.raw`dapi`, String.raw`dapi[a-f0-9]{32}(?:-\d)?`],
  ["vault-token", String.raw`hv[sb]\.`, String.raw`hv[sb]\.[A-Za-z0-9_-]{24,512}`],
  ["doppler-token", String.raw`dp\.`, String.raw`dp\.(?:pt|st|sa|ct|scim|audit)\.[A-Za-z0-9]{40,64}`],
  ["linear-key", String.raw`lin_`, String.raw`lin_(?:api|oauth)_[A-Za-z0-9]{40,64}`],
  ["age-key", String.raw`AGE-SECRET-KEY-1`, String.raw`AGE-SECRET-KEY-1[QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L]{58}`],
  ["supabase-token", String.raw`sbp_|sb_secret_`, String.raw`sbp_[a-f0-9]{40}|sb_secret_[A-Za-z0-9_-]{20,64}`],
  ["groq-key", String.raw`gsk_`, String.raw`gsk_[A-Za-z0-9]{48,64}`],
  ["docker-token", String.raw`dckr_pat_`, String.raw`dckr_pat_[A-Za-z0-9_-]{20,64}`],
  ["sentry-token", String.raw`sntry[us]_`, String.raw`sntry[us]_[A-Za-z0-9_+/=]{40,1024}`],
  [
    "grafana-token",
    String.raw`glsa_|glc_`,
    String.raw`glsa_[A-Za-z0-9]{32}_[A-Fa-f0-9]{8}|glc_[A-Za-z0-9+/]{32,400}={0,3}`
  ],
  ["postman-key", String.raw`PMAK-`, String.raw`PMAK-[a-fA-F0-9]{24}-[a-fA-F0-9]{34}`],
  ["figma-token", String.raw`figd_`, String.raw`figd_[A-Za-z0-9_-]{40,64}`],
  ["replicate-token", String.raw`r8_`, String.raw`r8_[A-Za-z0-9]{37}(?![0-9A-Za-z])`],
  ["tailscale-key", String.raw`tskey-`, String.raw`tskey-(?:auth|api|client|scim|webhook)-[A-Za-z0-9-]{20,128}`],
  ["atlassian-token", String.raw`ATATT3`, String.raw`ATATT3[A-Za-z0-9_=-]{150,300}`],
  ["perplexity-key", String.raw`pplx-`, String.raw`pplx-[A-Za-z0-9]{48,64}`],
  ["xai-key", String.raw`xai-`, String.raw`xai-[A-Za-z0-9]{70,100}`],
  ["langsmith-key", String.raw`lsv2_`, String.raw`lsv2_(?:pt|sk)_[a-f0-9]{32}_[a-f0-9]{10}`],
  ["planetscale-token", String.raw`pscale_`, String.raw`pscale_(?:tkn|pw|oauth)_[A-Za-z0-9_=.-]{32,64}`],
  ["heroku-key", String.raw`HRKU-`, String.raw`HRKU-AA[A-Za-z0-9_-]{58}`],
  // these two start before their hint: the shape is tried `back` characters earlier, with its own boundary
  [
    "azure-ad-secret",
    String.raw`[0-9]Q~`,
    String.raw`(?<![A-Za-z0-9_~.])[A-Za-z0-9_~.]{3}[0-9]Q~[A-Za-z0-9_~.-]{31,34}`,
    3
  ],
  ["telegram-token", String.raw`:AA`, String.raw`(?<![0-9])[0-9]{8,10}:AA[A-Za-z0-9_-]{33}`, 10]
], starting = TOKEN_RULES.filter(([, , , back]) => back === void 0), inner = TOKEN_RULES.filter(([, , , back]) => back !== void 0), HINTED_RULES = [...starting, ...inner], TOKEN_HINTS = new RegExp(
  `(?<![A-Za-z0-9_-])(?:${starting.map(([, hint]) => `(${hint})`).join("|")})|${inner.map(([, hint]) => `(${hint})`).join("|")}`,
  "g"
), PRIVATE_KEY = /-----BEGIN[ A-Z0-9]{0,40}PRIVATE KEY(?: BLOCK)?-----[\s\S]*?(?:-----END[ A-Z0-9]{0,40}PRIVATE KEY(?: BLOCK)?-----|$)/g, URL_CREDENTIALS = /:\/\/([^\s:/@[\]"'<>]{0,128}):(?![0-9]{1,5}(?:[/?#"'\s]|$))([^\s"'<>]{1,128})@(?=[A-Za-z0-9[])/g, HEADERS = /(?<![A-Za-z0-9_-])(["'`]?)((?:Proxy-)?Authorization|(?:Set-)?Cookie)\1[ \t]{0,8}[:=][ \t]{0,8}(["'`]?)([^\r\n]{1,2048})/gi, SCHEME_CREDENTIALS = /(?<![A-Za-z0-9_-])(Bearer|Basic|Token)[ \t]{1,8}([A-Za-z0-9._~+/=-]{8,4096})/gi, FLAGS = /(?<![^\s"'(=])(--?[A-Za-z][A-Za-z0-9_.-]{0,48})(?:([ \t]{1,8})|=)("(?:[^"\\\n]|\\.){1,512}"?|'[^'\n]{1,512}'?|(?!-)[^\s"'`;&|)]{1,512})/g, VALUE = String.raw`'[^'\n]{1,512}'?|"(?:[^"\\\n]|\\.){1,512}"?|[^\s'"]{1,512}`, upTo = (command) => String.raw`(?:(?!${command})[^\n;&|]){0,256}?`, COMMAND_OPTIONS = [
  [
    ["mysql", "mariadb"],
    String.raw`(\b(?:mysql|mysqldump|mysqladmin|mysqlimport|mysqlsh|mariadb|mariadb-dump)\b${upTo("mysql|mariadb")}[ \t]-p)(${VALUE})`
  ],
  [["sshpass"], String.raw`(\bsshpass\b${upTo("sshpass")}[ \t]-p[ \t]{0,8})(${VALUE})`],
  [
    ["login"],
    String.raw`(\b(?:docker|podman|nerdctl|buildah|skopeo|oras|helm registry)[ \t]{1,8}login\b${upTo("login")}[ \t]-p[ \t]{1,8})(${VALUE})`
  ],
  [["redis-cli"], String.raw`(\bredis-cli\b${upTo("redis-cli")}[ \t]-a[ \t]{1,8})(${VALUE})`],
  [
    ["ldap"],
    String.raw`(\bldap(?:search|modify|add|delete|passwd|whoami)\b${upTo("ldap")}[ \t]-w[ \t]{1,8})(${VALUE})`
  ],
  [
    ["-u", "--user", "-U", "--proxy-user"],
    String.raw`(\b(?:curl|wget|http|https|xh|ab)\b${upTo("curl|wget|http|xh|ab\b")}[ \t](?:-u|--user|--proxy-user|-U)(?:[ \t]{1,8}|=)?['"]?[^\s:'"]{0,128}:)([^\s'"]{1,512})`
  ],
  [["curl"], String.raw`(\bcurl\b${upTo("curl")}[ \t](?:-b|--cookie)[ \t]{1,8})(${VALUE})`],
  [
    ["secret"],
    String.raw`(\bgh[ \t]{1,8}secret[ \t]{1,8}set\b${upTo("gh[ 	]")}[ \t](?:-b|--body)(?:[ \t]{1,8}|=))(${VALUE})`
  ],
  [["pass:"], String.raw`((?<![^\s"'=])pass:)([^\s"']{1,512})`]
], CONFIG_SET = String.raw`(\bconfig(?:ure)?[ \t]{1,8}set[ \t]{1,8}([^\s=]{1,128})(?:[ \t]{1,8}|=))(${VALUE})`, NAME_KEYWORDS = /pass|pwd|secret|token|cred|key|auth|cookie|sig|mnemonic/gi, ASSIGNMENT_AT = /([A-Za-z_][A-Za-z0-9_.-]{0,79}(?: [A-Za-z][A-Za-z0-9_-]{0,30})?)(\\"|["'`]?)([ \t]{0,8}(?:=>|:=|\?=|=(?![=~])|:(?!:)|,)[ \t]{0,8})(\\"(?:[^"\\\n]|\\[^"\n]){0,512}(?:\\")?|"(?:[^"\\\n]|\\.){0,512}"?|'[^'\n]{0,512}'?|[^\s"'`,;&|)\]}>\\]{1,128})/y, NAME_CHAR = /[A-Za-z0-9_.-]/, NAME_MAX = 80, UNQUOTED_MAX = 128, XML_VALUES = /<([A-Za-z][A-Za-z0-9_.:-]{0,63})>([^<\n]{1,512})<\/\1>|(<add[ \t]{1,8}key=")([^"]{1,64})("[ \t]{1,8}value=")([^"]{1,512})"/g, NETRC = /(\bpassword[ \t]{1,8})(?<=\bmachine[\s\S]{1,600})([^\s]{1,512})/g;
function words(name) {
  return name.slice(-80).replace(/([a-z0-9])([A-Z])/g, "$1 $2").toLowerCase().split(/[^a-z0-9]+/).filter(Boolean);
}
var SECRET_WORDS = /* @__PURE__ */ new Set(["pass", "pwd", "cookie"]), SECRET_ENDINGS = /(?:password|passwd|passphrase|passcode|secret|token|credentials?|apikey|secretkey|privatekey|accesskey|storepass|keypass|mnemonic)$/, SECRET_KEY_OWNERS = /* @__PURE__ */ new Set([
  "api",
  "secret",
  "private",
  "access",
  "account",
  "master",
  "signing",
  "encryption",
  "auth",
  "service",
  "app",
  "client",
  "license",
  "session",
  "subscription",
  "functions",
  "admin",
  "root",
  "webhook",
  "ingest",
  "consumer",
  "deploy",
  "write",
  "decryption",
  "hmac",
  "jwt",
  "cookie",
  "shared"
]), PUBLIC_KEY_OWNERS = /* @__PURE__ */ new Set([
  "public",
  "publishable",
  "primary",
  "foreign",
  "sort",
  "partition",
  "cache",
  "idempotency",
  "routing",
  "lookup",
  "dedup",
  "dedupe",
  "object",
  "hash",
  "row",
  "composite",
  "unique",
  "index",
  "map",
  "react",
  "i18n",
  "translation",
  "storage",
  "bucket",
  "file",
  "key"
]);
function secretName(name) {
  let w = words(name), last = w[w.length - 1], prev = w[w.length - 2];
  return last ? SECRET_WORDS.has(last) || SECRET_ENDINGS.test(last) || last === "auth" && w.length === 1 || last === "base" && prev === "key" && w[w.length - 3] === "secret" ? "always" : last === "key" ? prev && SECRET_KEY_OWNERS.has(prev) ? "always" : !prev || PUBLIC_KEY_OWNERS.has(prev) ? "no" : "if-random" : last === "signature" || last === "sig" ? "if-random" : "no" : "no";
}
function looksRandom(v) {
  return v.length >= 12 && /^[A-Za-z0-9+/=_.~%:-]+$/.test(v) && /[0-9]/.test(v) && /[A-Za-z]/.test(v);
}
function looksLikeCredential(scheme, v) {
  return /^bearer$/i.test(scheme) ? !/^(?:authentication|authorization|tokens?|scheme|header|credentials?|auth)\b/i.test(v) : /^[A-Za-z][a-z]*[.,;:]?$/.test(v) ? !1 : /[0-9+/=_~.-]/.test(v) || /[a-z]/.test(v) && /[A-Z]/.test(v);
}
function isPlaceholder(v) {
  return /\.\*|\.\+|\\[sSwWdD]/.test(v) || // a pattern (`sed 's/password=.*/…/'`), not a value
  // `${VAR}` and `${VAR:-}` name a secret (a rule may cut the `}`); Spring's `${VAR:literal}` holds one
  /^(?:\[?REDACTED\b|\$\{[A-Za-z_][\w.]*(?::-?)?\}?$|\$\{\{|\$\(|\{\{|\$\$|%[A-Za-z_][A-Za-z0-9_]*%$|<[^<>]{1,64}>$|\*+$|x{3,}$|\.{3}$|\$[A-Z_][A-Z0-9_]*$)/.test(
    v
  ) || /^(?:\$\d+|\?|[:@][A-Za-z_]\w*)$/.test(v) || // SQL parameters: `token = $1`, `= ?`, `= :token`
  /^(?:null|nil|none|true|false|yes|no|undefined|string|number|boolean|bool|str|int|any|unknown|object|bytes|secretstr|optional\[str\])$/i.test(
    v
  );
}
var KEYWORDS = /^(?:await|new|typeof|function|async|yield|this|self|lambda|require|import|super|not|def|fn|func)$/;
function isCode(value, next, code) {
  if (/^[{[(]/.test(value)) return !0;
  let m = /^[A-Za-z_$][\w$]*(?:\.[A-Za-z_$][\w$]*)*/.exec(value);
  if (!m) return !1;
  let rest = value.slice(m[0].length);
  return rest !== "" ? /^[([]/.test(rest) : KEYWORDS.test(m[0]) ? !0 : (code ? /^[,;)}\]([]/ : /^[,)([]/).test(next) || code && m[0].includes(".");
}

// lib/events/redact-string.ts
var MASK = "[REDACTED]", shapes = [], options = [], configSet;
function quoteOf(value) {
  return value.startsWith('\\"') ? '\\"' : value[0] === '"' || value[0] === "'" ? value[0] : "";
}
var closed = (value, q) => value.length >= 2 * q.length && value.endsWith(q) && !(q === '"' && value.endsWith('\\"'));
function unquote(value) {
  let q = quoteOf(value);
  return q ? value.slice(q.length, closed(value, q) ? -q.length : void 0) : value;
}
function secretValue(rating, value, next, codeLike) {
  if (rating === "no") return !1;
  let inner2 = unquote(value);
  return inner2 === "" || isPlaceholder(inner2) || !quoteOf(value) && isCode(inner2, next, codeLike) ? !1 : rating === "always" || looksRandom(inner2);
}
function masked(value) {
  let q = quoteOf(value);
  return q ? `${q}${MASK}${closed(value, q) ? q : ""}` : MASK;
}
function tokens(s) {
  let out = "", last = 0;
  TOKEN_HINTS.lastIndex = 0;
  for (let hint = TOKEN_HINTS.exec(s); hint; hint = TOKEN_HINTS.exec(s)) {
    let k = 1;
    for (; hint[k] === void 0; ) k++;
    let [name, , source, back = 0] = HINTED_RULES[k - 1], shape = shapes[k - 1] ??= new RegExp(source, "y"), m = null;
    for (let at = Math.max(last, hint.index - back); at <= hint.index && !m; at++)
      shape.lastIndex = at, m = shape.exec(s);
    m && (out += `${s.slice(last, m.index)}[REDACTED:${name}]`, last = m.index + m[0].length, TOKEN_HINTS.lastIndex = last);
  }
  return last === 0 ? s : out + s.slice(last);
}
function headers(s) {
  return s.replace(HEADERS, (m, open, name, quote3, rest, at, all) => {
    let before = all.slice(Math.max(0, at - 2), at), close = quote3 || open || (before.endsWith('\\"') ? '\\"' : /["'`]$/.test(before) ? before.slice(-1) : '\\"'), end = rest.indexOf(close), value = end === -1 ? rest : rest.slice(0, end), after = end === -1 ? "" : rest.slice(end), head = m.slice(0, m.length - rest.length), scheme = /authorization$/i.test(name) ? /^[A-Za-z0-9-]{1,32}[ \t]+/.exec(value)?.[0] ?? "" : "", secret = value.slice(scheme.length).trim();
    return secret === "" || /^[{[]/.test(secret) || isPlaceholder(secret) || !quote3 && isCode(secret, "", !1) ? m : `${head}${scheme}${MASK}${after}`;
  });
}
function secretEnd(s, valueAt, value, cap) {
  let end = valueAt + value.length, q = quoteOf(value);
  if (q) {
    if (closed(value, q)) return end;
    let rest = s.slice(end, end + 8192), close = rest.search(q === '"' ? /["\n]/ : q === "'" ? /['\n]/ : /\\"|\n/);
    return close === -1 ? end : end + close + (rest.startsWith(q, close) ? q.length : 0);
  }
  let next = s[end] ?? "", after = s[end + 1] ?? "";
  if (value.length < cap && !(/[,;&|)\]}>]/.test(next) && after !== "" && !/[\s"'`]/.test(after))) return end;
  let stop = s.slice(end, end + 8192).search(/[\s"'`]/);
  return stop === -1 ? Math.min(s.length, end + 8192) : end + stop;
}
var HAS_KEYWORD = new RegExp(NAME_KEYWORDS.source, "i"), hasKeyword = (name) => HAS_KEYWORD.test(name);
function nameStart(s, at) {
  let start = at;
  for (; start > 0 && at - start < NAME_MAX && NAME_CHAR.test(s[start - 1]); ) start--;
  return start > 0 && NAME_CHAR.test(s[start - 1]) ? -1 : start;
}
function wordBefore(s, start) {
  if (s[start - 1] !== " ") return -1;
  let prev = nameStart(s, start - 1);
  return prev >= 0 && prev < start - 1 ? prev : -1;
}
function judge(s, m) {
  let [whole, name, closeQuote, sep, value] = m, valueAt = m.index + whole.length - value.length, commaOk = !sep.includes(",") || closeQuote !== "" && /^["']/.test(value) && /\bdefine[ \t]*\([ \t]*["']$/i.test(s.slice(Math.max(0, m.index - 24), m.index)), rated = name.includes(" ") && !sep.includes(":") ? name.slice(name.lastIndexOf(" ") + 1) : name, rating = commaOk ? secretName(rated) : "no", codeLike = sep.trim() !== "=" || /\s/.test(sep), next = !codeLike && /^[A-Z0-9_]+$/.test(rated) ? "" : s[valueAt + value.length] ?? "", prose = sep.includes(":") && /^(?:[a-z]+|[0-9]+)$/.test(value) && /^[ \t]+[A-Za-z]/.test(s.slice(valueAt + value.length, valueAt + value.length + 4));
  return value === "" || prose || !secretValue(rating, value, next, codeLike) ? { valueAt, end: -1 } : { valueAt, end: secretEnd(s, valueAt, value, UNQUOTED_MAX) };
}
function assignments(s) {
  let out = "", last = 0;
  NAME_KEYWORDS.lastIndex = 0;
  for (let kw = NAME_KEYWORDS.exec(s); kw; kw = NAME_KEYWORDS.exec(s)) {
    let kwEnd = kw.index + kw[0].length, start = nameStart(s, kw.index);
    if (!(start < 0 || start < last))
      for (let at of [wordBefore(s, start), start]) {
        if (at < last || at < 0) continue;
        ASSIGNMENT_AT.lastIndex = at;
        let m = ASSIGNMENT_AT.exec(s);
        if (!m || m.index + m[1].length < kwEnd) continue;
        let { valueAt, end } = judge(s, m);
        if (end < 0) {
          NAME_KEYWORDS.lastIndex = Math.max(valueAt, kwEnd);
          break;
        }
        out += s.slice(last, valueAt) + masked(s.slice(valueAt, end)), last = end, NAME_KEYWORDS.lastIndex = end;
        break;
      }
  }
  return last === 0 ? s : out + s.slice(last);
}
function flags(s) {
  return s.replace(FLAGS, (m, flag, _space, value, at, all) => {
    if (!hasKeyword(flag)) return m;
    let rating = secretName(flag.replace(/^-+/, ""));
    return secretValue(rating, value, all[at + m.length] ?? "", !1) ? `${m.slice(0, m.length - value.length)}${masked(value)}` : m;
  });
}
function commandOptions(s) {
  let out = s;
  return COMMAND_OPTIONS.forEach(([hints, option], i) => {
    hints.some((h) => out.includes(h)) && (out = out.replace(
      options[i] ??= new RegExp(option, "g"),
      (m, _keep, value) => isPlaceholder(unquote(value)) ? m : `${m.slice(0, m.length - value.length)}${masked(value)}`
    ));
  }), out.includes("set") && (out = out.replace(
    configSet ??= new RegExp(CONFIG_SET, "g"),
    (m, _keep, name, value) => secretName(name) === "no" || isPlaceholder(unquote(value)) ? m : `${m.slice(0, m.length - value.length)}${masked(value)}`
  )), out;
}
var MAY_HAVE_HEADER = /uthorization|ookie/i, PASSES = [
  (s) => s.includes("-----BEGIN") ? s.replace(PRIVATE_KEY, "[REDACTED:private-key]") : s,
  tokens,
  (s) => s.includes("://") ? s.replace(
    URL_CREDENTIALS,
    (m, user, password) => isPlaceholder(password) ? m : `://${user}:${MASK}@`
  ) : s,
  (s) => MAY_HAVE_HEADER.test(s) ? headers(s) : s,
  (s) => s.replace(
    SCHEME_CREDENTIALS,
    (m, scheme, value) => looksLikeCredential(scheme, value) && !isPlaceholder(value) ? `${scheme} ${MASK}` : m
  ),
  (s) => s.includes("-") ? flags(s) : s,
  commandOptions,
  assignments,
  (s) => s.includes("<") ? s.replace(
    XML_VALUES,
    (m, tag, text, addHead, key, mid, value) => tag !== void 0 ? secretValue(secretName(tag), text, "", !1) ? `<${tag}>${MASK}</${tag}>` : m : secretValue(secretName(key), value, "", !1) ? `${addHead}${key}${mid}${MASK}"` : m
  ) : s,
  (s) => s.includes("machine") ? s.replace(NETRC, (m, head, value) => isPlaceholder(value) ? m : `${head}${MASK}`) : s
], PLAIN = /^[\w./+~-]*$/;
function redactString(s) {
  if (PLAIN.test(s)) return tokens(s);
  let out = s;
  for (let pass of PASSES) out = pass(out);
  return out;
}

// lib/events/redact.ts
var DEFAULT_LIMITS = { maxString: 1e3, maxArray: 20, maxKeys: 50, maxDepth: 6 }, LOOKAHEAD = 4096, EDGE = 512;
function truncate(s, max) {
  return s.length <= max ? s : `${s.slice(0, max)}\u2026[truncated ${s.length - max} chars]`;
}
function redactHead(s, window) {
  if (s.length <= window) return redactString(s);
  let end = window, floor = Math.max(0, window - EDGE);
  for (; end > floor && !/\s/.test(s[end - 1]); ) end--;
  return redactString(s.slice(0, end === floor ? floor : end));
}
function cleanString(s, max, memo) {
  let window = Math.max(memo?.window ?? 0, max + LOOKAHEAD), key = s.length > window ? s.slice(0, window) : s, redacted = memo?.heads.get(key);
  return redacted === void 0 && (redacted = redactHead(s, window), memo?.heads.set(key, redacted)), s.length <= window ? truncate(redacted, max) : `${redacted.slice(0, max)}\u2026[truncated ${s.length - Math.min(max, redacted.length)} chars]`;
}
function secretArgs(list) {
  let hidden = /* @__PURE__ */ new Set();
  for (let i = 0; i + 1 < list.length; i++) {
    let flag = list[i], next = list[i + 1];
    typeof flag == "string" && typeof next == "string" && /^--?[A-Za-z][\w.-]{0,48}$/.test(flag) && !next.startsWith("-") && secretValue(secretName(flag.replace(/^-+/, "")), next, "", !1) && hidden.add(i + 1);
  }
  return hidden;
}
function cleanKey(key, out, max, memo) {
  let clean = cleanString(key, max, memo);
  if (!Object.hasOwn(out, clean)) return clean;
  let n = 2;
  for (; Object.hasOwn(out, `${clean} #${n}`); ) n++;
  return `${clean} #${n}`;
}
function secretKey(key, value) {
  if (value === "" || !hasKeyword(key)) return !1;
  if (/^(?:proxy-)?authorization$|^(?:set-)?cookie$/i.test(key)) return !0;
  let rating = secretName(key);
  return rating === "always" || rating === "if-random" && looksRandom(value);
}
function cleanValue(value, limits = DEFAULT_LIMITS, depth = 0, memo) {
  if (typeof value == "string") return cleanString(value, limits.maxString, memo);
  if (value === null || typeof value == "number" || typeof value == "boolean") return value;
  if (typeof value == "function") return "[function]";
  if (typeof value != "object") return value === void 0 ? void 0 : String(value);
  if (depth >= limits.maxDepth) return "[truncated: too deep]";
  if (Array.isArray(value)) {
    let kept = value.slice(0, limits.maxArray), hidden = secretArgs(kept), out2 = kept.map((v, i) => hidden.has(i) ? MASK : cleanValue(v, limits, depth + 1, memo));
    return value.length > limits.maxArray && out2.push(`[truncated ${value.length - limits.maxArray} items]`), out2;
  }
  let out = {}, keys = Object.keys(value);
  for (let key of keys.slice(0, limits.maxKeys)) {
    let v = value[key], cleaned = typeof v == "string" && secretKey(key, v) ? MASK : cleanValue(v, limits, depth + 1, memo);
    Array.isArray(v) && Array.isArray(cleaned) && (cleaned = cleaned.map(
      (x, i) => i < limits.maxArray && typeof v[i] == "string" && secretKey(key, v[i]) ? MASK : x
    )), Object.defineProperty(out, cleanKey(key, out, limits.maxString, memo), {
      value: cleaned,
      enumerable: !0,
      writable: !0,
      configurable: !0
    });
  }
  return keys.length > limits.maxKeys && (out["\u2026"] = `[truncated ${keys.length - limits.maxKeys} keys]`), out;
}
function cleanPayload(value, maxBytes = 16384) {
  let limits = DEFAULT_LIMITS, memo = { window: limits.maxString + LOOKAHEAD, heads: /* @__PURE__ */ new Map() };
  for (; ; ) {
    let cleaned = cleanValue(value, limits, 0, memo), size = JSON.stringify(cleaned ?? null).length;
    if (size <= maxBytes) return cleaned;
    if (limits.maxString <= 40) return `[payload truncated: ${size} chars]`;
    limits = { ...limits, maxString: Math.floor(limits.maxString / 4), maxArray: Math.max(3, limits.maxArray >> 1) };
  }
}

// node_modules/zx/build/deno.js
import { createRequire } from "node:module";
import * as process2 from "node:process";
if (globalThis.Deno) {
  globalThis.require = createRequire(import.meta.url), globalThis.__filename = new URL(import.meta.url).pathname, globalThis.__dirname = new URL(".", import.meta.url).pathname, globalThis.module = new Proxy({}, { set() {
    return !0;
  } });
  let p = globalThis.process = globalThis.process || process2;
  p.version || (p.version = "v18.0.0"), p.version || (p.version = { node: "18.0.0" }), p.env || (p.env = globalThis.Deno.env.toObject()), p.argv || (p.argv = [globalThis.Deno.execPath(), globalThis.Deno.mainModule.replace("file://", ""), ...globalThis.Deno.args]);
}

// node_modules/zx/build/core.js
var __module__ = __toESM(require_core(), 1), {
  $,
  Fail,
  ProcessOutput,
  ProcessPromise,
  bus: bus2,
  cd,
  chalk: chalk2,
  defaults,
  kill,
  log,
  os: os2,
  path: path12,
  ps: ps2,
  quote: quote2,
  quotePowerShell: quotePowerShell2,
  resolveDefaults,
  syncProcessCwd,
  useBash,
  usePowerShell,
  usePwsh,
  which: which2,
  within
} = globalThis.Deno ? globalThis.require("./core.cjs") : __module__;

// lib/db/psql-probe.ts
import fs7 from "node:fs";
import path13 from "node:path";
var MAC_EXTRA = [
  "/opt/homebrew/opt/libpq/bin",
  "/usr/local/opt/libpq/bin",
  "/Applications/Postgres.app/Contents/Versions/latest/bin"
];
function isExecutable(file) {
  try {
    return fs7.accessSync(file, fs7.constants.X_OK), fs7.statSync(file).isFile();
  } catch {
    return !1;
  }
}
function findPsql(env = process.env, platform = process.platform) {
  let exe = platform === "win32" ? "psql.exe" : "psql";
  for (let dir of (env.PATH ?? "").split(path13.delimiter))
    if (dir && path13.isAbsolute(dir) && isExecutable(path13.join(dir, exe)))
      return { path: path13.join(dir, exe), offPath: !1 };
  if (platform === "darwin") {
    for (let dir of MAC_EXTRA)
      if (isExecutable(path13.join(dir, exe))) return { path: path13.join(dir, exe), offPath: !0 };
  }
}
function psqlVersion(psql) {
  let r = $({
    sync: !0,
    env: { ...process.env, LC_ALL: "C" },
    timeout: 5e3,
    nothrow: !0,
    quiet: !0,
    verbose: !1
  })`${psql} --version`, m = /\(PostgreSQL\)\s+(.+)/.exec(r.stdout);
  return m ? m[1].trim() : void 0;
}
function installHint(platform, osRelease, hasCommand) {
  if (platform === "darwin") {
    let command = "brew install libpq && brew link --force libpq";
    return {
      manager: "brew",
      command,
      text: `Install the PostgreSQL client with Homebrew: \`${command}\` (libpq is keg-only; the link puts psql on PATH).`
    };
  }
  if (platform === "linux") {
    let field = (k) => (new RegExp(`^${k}="?([^"\\n]*)"?`, "m").exec(osRelease)?.[1] ?? "").toLowerCase().split(/\s+/), ids = [...field("ID"), ...field("ID_LIKE")], pick = (manager, command) => ({
      manager,
      command,
      text: `Install the PostgreSQL client in your own terminal: \`${command}\` (2L never asks for or stores a sudo password).`
    });
    if (ids.some((i) => ["debian", "ubuntu"].includes(i)) || !ids.some(Boolean) && hasCommand("apt-get"))
      return pick("apt", "sudo apt-get install -y postgresql-client");
    if (ids.some((i) => ["fedora", "rhel", "centos"].includes(i)) || hasCommand("dnf"))
      return pick("dnf", "sudo dnf install -y postgresql");
    if (ids.includes("alpine") || hasCommand("apk")) return pick("apk", "sudo apk add postgresql-client");
    if (ids.includes("arch") || hasCommand("pacman")) return pick("pacman", "sudo pacman -S postgresql-libs");
    if (hasCommand("apt-get")) return pick("apt", "sudo apt-get install -y postgresql-client");
  }
  return {
    manager: "other",
    text: "Install the PostgreSQL client (psql) from https://www.postgresql.org/download/ and make sure `psql` is on PATH."
  };
}
function localInstallHint(env = process.env) {
  let osRelease = "";
  try {
    osRelease = fs7.readFileSync("/etc/os-release", "utf8");
  } catch {
  }
  let dirs = (env.PATH ?? "").split(path13.delimiter).filter((d) => path13.isAbsolute(d));
  return installHint(process.platform, osRelease, (name) => dirs.some((d) => isExecutable(path13.join(d, name))));
}
function classifyPsqlError(stderr) {
  let detail = (stderr.split(`
`).find((l) => l.trim() !== "") ?? "").replace(/^psql:\s*(error:\s*)?/, "").trim().slice(0, 500), all = stderr.slice(0, 4e3);
  return { kind: /timeout expired/i.test(all) ? "timeout" : /Connection refused|accepting connections on that socket/i.test(all) ? "refused" : /server does not support SSL/i.test(all) ? "ssl_unsupported" : /(no pg_hba\.conf entry|pg_hba\.conf rejects connection)[^\n]*(no encryption|SSL off)|SSL connection is required|requires? SSL/i.test(
    all
  ) ? "ssl_required" : /authentication failed|no password supplied|role "[^"]*" does not exist|no pg_hba\.conf entry|pg_hba\.conf rejects connection/i.test(
    all
  ) ? "auth" : /database "[^"]*" does not exist/i.test(all) ? "no_database" : /could not translate host name|Name or service not known|nodename nor servname/i.test(all) ? "host_unknown" : "error", detail };
}
var PROBE_SCRIPT = [
  "\\echo 2l-client :VERSION_NAME",
  "\\timing on",
  "select 1;",
  "\\timing off",
  "select concat_ws(E'\\t', '2l-info', current_setting('server_version'), current_setting('server_version_num'), current_user, current_database(), coalesce(current_schema(), ''),",
  "  has_database_privilege(current_database(), 'CREATE'), coalesce(has_schema_privilege(current_schema(), 'CREATE'), false));",
  ""
].join(`
`);
function parseProbeOutput(stdout, wallMs) {
  let info = /^2l-info\t(.*)$/m.exec(stdout)?.[1]?.split("	");
  if (!info || info.length < 7) return;
  let [serverVersion, num, user, database, schema, dbCreate, schemaCreate] = info, time = /^Time: ([\d.]+) ms/m.exec(stdout), client = /^2l-client (.+)$/m.exec(stdout)?.[1]?.trim();
  return {
    ok: !0,
    serverVersion,
    serverVersionNum: Number(num),
    clientVersion: client && client !== ":VERSION_NAME" ? client : void 0,
    user,
    database,
    schema: schema || void 0,
    canCreateSchema: dbCreate === "t",
    canCreateInSchema: schemaCreate === "t",
    latencyMs: time ? Number(time[1]) : void 0,
    wallMs
  };
}
async function probe(conn, opts) {
  let env = {
    ...opts.env ?? process.env,
    LC_ALL: "C",
    LC_MESSAGES: "C",
    PGCONNECT_TIMEOUT: String(opts.timeoutS),
    PGAPPNAME: "2l-setup-db"
  };
  conn.password !== void 0 && (env.PGPASSWORD = conn.password);
  let started = performance.now(), psql = $({
    env,
    halt: !0,
    timeout: (opts.timeoutS + 5) * 1e3,
    timeoutSignal: "SIGKILL",
    nothrow: !0,
    quiet: !0,
    verbose: !1
  })`${opts.psql} -X -w -q -A -t -v ON_ERROR_STOP=1 -f - -d ${conn.safeUrl}`;
  psql.run(), psql.stdin.on("error", () => {
  }), psql.stdin.end(PROBE_SCRIPT);
  let out = await psql, wallMs = Math.round((performance.now() - started) * 10) / 10;
  if (out.signal === "SIGKILL")
    return { ok: !1, kind: "timeout", detail: `psql did not finish within ${opts.timeoutS + 5} s`, wallMs };
  if (out.exitCode === 126 || out.exitCode === 127)
    return {
      ok: !1,
      kind: "error",
      detail: `could not run psql: ${firstLine(out.stderr) || `exit ${out.exitCode}`}`,
      wallMs
    };
  let ok = out.exitCode === 0 ? parseProbeOutput(out.stdout, wallMs) : void 0;
  if (ok) return ok;
  let { kind, detail } = classifyPsqlError(
    out.stderr || (out.exitCode === 0 ? "unexpected output from psql" : `psql exited with code ${out.exitCode}`)
  );
  return { ok: !1, kind, detail: scrubSecret(detail, conn.password), wallMs };
}
function firstLine(text) {
  return text.trim().split(`
`)[0]?.slice(0, 300) ?? "";
}

// lib/db/supabase-config.ts
import path14 from "node:path";

// node_modules/smol-toml/dist/error.js
function getLineColFromPtr(string, ptr) {
  let lines = string.slice(0, ptr).split(/\r?\n/);
  return [lines.length, lines.pop().length + 1];
}
function makeCodeBlock(string, line, column) {
  let lines = string.split(/\r?\n/), codeblock = "", numberLen = (Math.log10(line + 1) | 0) + 1;
  for (let i = line - 1; i <= line + 1; i++) {
    let l = lines[i - 1];
    l && (codeblock += i.toString().padEnd(numberLen, " "), codeblock += ":  ", codeblock += l, codeblock += `
`, i === line && (codeblock += " ".repeat(numberLen + column + 2), codeblock += `^
`));
  }
  return codeblock;
}
var TomlError = class _TomlError extends Error {
  line;
  column;
  codeblock;
  constructor(message, options2) {
    let [line, column] = getLineColFromPtr(options2.toml, options2.ptr), codeblock = makeCodeBlock(options2.toml, line, column);
    super(`Invalid TOML document: ${message}

${codeblock}`, options2), this.line = line, this.column = column, this.codeblock = codeblock;
  }
  /** @internal */
  static x(message, ctx, ptr) {
    throw new _TomlError(message, { toml: ctx.s, ptr: ptr ?? ctx.p });
  }
};

// node_modules/smol-toml/dist/primitive.js
function parseString(ctx) {
  let startPtr = ctx.p, c = ctx.s.charCodeAt(ctx.p++), first = c, isLiteral = c === 39, isMultiline = c === ctx.s.charCodeAt(ctx.p) && c === ctx.s.charCodeAt(ctx.p + 1);
  isMultiline && ((c = ctx.s.charCodeAt(ctx.p += 2)) === 10 ? ctx.p++ : c === 13 && ctx.s.charCodeAt(ctx.p + 1) === 10 && (ctx.p += 2));
  let parsed = "", sliceStart = ctx.p, state = 0;
  for (; ctx.p < ctx.s.length; ctx.p++)
    if (c = ctx.s.charCodeAt(ctx.p), isMultiline && (c === 10 || c === 13 && ctx.s.charCodeAt(ctx.p + 1) === 10))
      state = state && 3;
    else if (c < 32 && c !== 9 || c === 127)
      TomlError.x("control characters are not allowed in strings", ctx);
    else if ((!state || state === 3) && c === first && (!isMultiline || ctx.s.charCodeAt(ctx.p + 1) === first && ctx.s.charCodeAt(ctx.p + 2) === first)) {
      if (isMultiline && (ctx.s.charCodeAt(ctx.p + 3) === first && ctx.p++, ctx.s.charCodeAt(ctx.p + 3) === first && ctx.p++), !state) {
        let s = ctx.s.slice(sliceStart, ctx.p);
        parsed = parsed ? parsed + s : s;
      }
      return ctx.p += isMultiline ? 3 : 1, parsed;
    } else if (!state)
      !isLiteral && c === 92 && (parsed += ctx.s.slice(sliceStart, sliceStart = ctx.p), state = 1);
    else if (state === 1)
      if (c === 120 || c === 117 || c === 85) {
        let errPtr = ctx.p++ - 1, value = 0, len = c === 120 ? 2 : c === 117 ? 4 : 8;
        for (let j = 0; j < len; j++, ctx.p++) {
          let hex = ctx.s.charCodeAt(ctx.p), digit = (
            /* 0-9 */
            hex >= 48 && hex <= 57 ? hex - 48 : (
              /* A-F */
              hex >= 65 && hex <= 70 ? hex - 65 + 10 : (
                /* a-f */
                hex >= 97 && hex <= 102 ? hex - 97 + 10 : -1
              )
            )
          );
          digit < 0 && TomlError.x("invalid non-hex character in unicode escape", ctx), value = value << 4 | digit;
        }
        (value < 0 || value > 1114111 || value >= 55296 && value <= 57343) && TomlError.x("invalid unicode escape", ctx, errPtr), parsed += String.fromCodePoint(value), sliceStart = ctx.p--, state = 0;
      } else isMultiline && (c === 32 || c === 9) ? state = 2 : (c === 98 ? parsed += "\b" : c === 116 ? parsed += "	" : c === 110 ? parsed += `
` : c === 102 ? parsed += "\f" : c === 114 ? parsed += "\r" : c === 101 ? parsed += "\x1B" : c === 34 ? parsed += '"' : c === 92 ? parsed += "\\" : TomlError.x("unrecognised escape sequence", ctx), sliceStart = ctx.p + 1, state = 0);
    else c !== 32 && c !== 9 && (state === 2 && TomlError.x("invalid escape: only line-ending whitespace may be escaped", ctx, sliceStart), state = !isLiteral && c === 92 ? 1 : 0, sliceStart = ctx.p);
  TomlError.x("unfinished string", ctx, startPtr);
}

// node_modules/smol-toml/dist/date.js
var DATE_TIME_RE = /^(\d{4}-\d{2}-\d{2})?[Tt ]?(?:(\d{2}):\d{2}(?::\d{2}(?:\.\d+)?)?)?(Z|z|[-+]\d{2}:\d{2})?$/i, TomlDate = class _TomlDate extends Date {
  #hasDate = !1;
  #hasTime = !1;
  #offset = null;
  constructor(date, fasttype, unsafeDelim) {
    let hasDate = !0, hasTime = !0, offset = "Z", c;
    if (typeof date == "string")
      if (fasttype)
        prep: {
          if (fasttype < 3) {
            if (+date.slice(11, 13) > 23) {
              date = "";
              break prep;
            }
            fasttype === 2 ? (offset = null, date += "Z") : (c = date.charCodeAt(date.length - 1)) !== 90 && c !== 122 && (offset = date.slice(date.length - 6)), unsafeDelim && (date = date.slice(0, 10) + "T" + date.slice(11));
          } else fasttype === 4 && (date = +date.slice(0, 2) > 23 ? "" : `0000-01-01T${date}Z`);
          hasDate = fasttype !== 4, hasTime = fasttype !== 3;
        }
      else {
        let match = date.match(DATE_TIME_RE);
        match ? (match[1] || (hasDate = !1, date = `0000-01-01T${date}`), hasTime = !!match[2], hasTime && date[10] === " " && (date = date.replace(" ", "T")), match[2] && +match[2] > 23 ? date = "" : (offset = match[3] || null, !offset && hasTime && (date += "Z"))) : date = "";
      }
    super(date), isNaN(this.getTime()) || (this.#hasDate = hasDate, this.#hasTime = hasTime, this.#offset = offset);
  }
  isDateTime() {
    return this.#hasDate && this.#hasTime;
  }
  isLocal() {
    return !this.#hasDate || !this.#hasTime || !this.#offset;
  }
  isDate() {
    return this.#hasDate && !this.#hasTime;
  }
  isTime() {
    return this.#hasTime && !this.#hasDate;
  }
  isValid() {
    return this.#hasDate || this.#hasTime;
  }
  toISOString() {
    let iso = super.toISOString();
    if (this.isDate())
      return iso.slice(0, 10);
    if (this.isTime())
      return iso.slice(11, 23);
    if (this.#offset === null)
      return iso.slice(0, -1);
    if (this.#offset === "Z" || this.#offset === "z")
      return iso;
    let offset = +this.#offset.slice(1, 3) * 60 + +this.#offset.slice(4, 6);
    return offset = this.#offset[0] === "-" ? offset : -offset, new Date(this.getTime() - offset * 6e4).toISOString().slice(0, -1) + this.#offset;
  }
  static wrapAsOffsetDateTime(jsDate, offset = "Z") {
    let date = new _TomlDate(jsDate);
    return date.#offset = offset, date;
  }
  static wrapAsLocalDateTime(jsDate) {
    let date = new _TomlDate(jsDate);
    return date.#offset = null, date;
  }
  static wrapAsLocalDate(jsDate) {
    let date = new _TomlDate(jsDate);
    return date.#hasTime = !1, date.#offset = null, date;
  }
  static wrapAsLocalTime(jsDate) {
    let date = new _TomlDate(jsDate);
    return date.#hasDate = !1, date.#offset = null, date;
  }
};

// node_modules/smol-toml/dist/extract.js
function isDigit2(char, base = 10) {
  return base === 16 ? char > 47 && char < 58 || char > 64 && char < 71 || char > 96 && char < 103 : char > 47 && char < 48 + base;
}
function isEndOfValue(char, delim) {
  return char === 32 || char === 9 || char === 10 || char === 13 || // Structure end or next value delimiter
  delim && (char === delim || char === 44) || // Comment
  char === 35;
}
function extractValue(ctx, end) {
  let errPtr = ctx.p, c = ctx.s.charCodeAt(ctx.p);
  if (c === 91 || c === 123) {
    ctx.d-- || TomlError.x("document contains excessively nested structures. aborting.", ctx);
    let value = c === 91 ? parseArray(ctx) : parseInlineTable(ctx);
    return ctx.d++, value;
  }
  return c === 34 || c === 39 ? parseString(ctx) : c === 116 ? ((ctx.s.charCodeAt(++ctx.p) !== 114 || ctx.s.charCodeAt(++ctx.p) !== 117 || ctx.s.charCodeAt(++ctx.p) !== 101) && TomlError.x("invalid value", ctx, errPtr), ctx.p++, !0) : c === 102 ? ((ctx.s.charCodeAt(++ctx.p) !== 97 || ctx.s.charCodeAt(++ctx.p) !== 108 || ctx.s.charCodeAt(++ctx.p) !== 115 || ctx.s.charCodeAt(++ctx.p) !== 101) && TomlError.x("invalid value", ctx, errPtr), ctx.p++, !1) : c === 43 || c === 45 ? parseNumber(ctx, ctx.p, ctx.s.charCodeAt(++ctx.p), 44 - c, end) : ctx.s.charCodeAt(ctx.p + 4) === 45 && ctx.s.charCodeAt(ctx.p + 7) === 45 ? parseDate(ctx, c, end) : ctx.s.charCodeAt(ctx.p + 2) === 58 ? parseTime(ctx, c, end) : parseNumber(ctx, ctx.p, c, 0, end);
}
function parseNumber(ctx, startPtr, startChr, sign, endChr) {
  let c = startChr, state = 0, hasUnderscores = !1;
  if (c === 105)
    return (ctx.s.charCodeAt(++ctx.p) !== 110 || ctx.s.charCodeAt(++ctx.p) !== 102) && TomlError.x("invalid value", ctx, startPtr), ctx.p++, (sign || 1) / 0;
  if (c === 110)
    return (ctx.s.charCodeAt(++ctx.p) !== 97 || ctx.s.charCodeAt(++ctx.p) !== 110) && TomlError.x("invalid value", ctx, startPtr), ctx.p++, NaN;
  if (c === 48) {
    if (++ctx.p >= ctx.s.length || isEndOfValue(c = ctx.s.charCodeAt(ctx.p), endChr))
      return ctx.bi === !0 ? 0n : 0;
    if (!sign) {
      if (c === 120)
        return parseIntegerBaseN(ctx, startPtr, 16, endChr);
      if (c === 98)
        return parseIntegerBaseN(ctx, startPtr, 2, endChr);
      if (c === 111)
        return parseIntegerBaseN(ctx, startPtr, 8, endChr);
    }
    c === 46 ? state = 2 : c === 101 || c === 69 ? state = 4 : TomlError.x("illegal leading zero", ctx, startPtr);
  } else isDigit2(c) || TomlError.x("invalid value", ctx, startPtr);
  for (; ++ctx.p < ctx.s.length && (c = ctx.s.charCodeAt(ctx.p), !isEndOfValue(c, endChr)); )
    state || (state = 1), c === 95 ? (state & 1 || TomlError.x("illegal underscore", ctx), state += 11, hasUnderscores = !0) : state === 1 && c === 46 ? state = 2 : (state === 1 || state === 3) && (c === 101 || c === 69) ? state = 4 : state === 4 && (c === 43 || c === 45) ? state = 6 : isDigit2(c) ? state > 9 ? state -= 11 : state & 1 || state++ : TomlError.x("illegal character in numeric literal", ctx);
  if (!state) {
    let val = (startChr - 48) * (sign || 1);
    return ctx.bi === !0 ? BigInt(val) : val;
  }
  state & 1 || TomlError.x("unfinished numeric value", ctx, startPtr);
  let str = ctx.s.slice(startPtr, ctx.p);
  return hasUnderscores && (str = str.replaceAll("_", "")), state > 1 ? parseFloat(str) : parseInteger(ctx, str, 10, startPtr);
}
function parseIntegerBaseN(ctx, startPtr, base, endChr) {
  let c, underscore = 1;
  for (; ++ctx.p < ctx.s.length && (c = ctx.s.charCodeAt(ctx.p), !isEndOfValue(c, endChr)); )
    c === 95 ? (underscore & 1 && TomlError.x("illegal underscore", ctx), underscore = 3) : isDigit2(c, base) ? underscore & 1 && underscore-- : TomlError.x("illegal character in numeric literal", ctx);
  underscore & 1 && TomlError.x("unfinished numeric value", ctx);
  let str = ctx.s.slice(startPtr + 2, ctx.p);
  return underscore && (str = str.replaceAll("_", "")), parseInteger(ctx, str, base, startPtr);
}
function parseInteger(ctx, str, base, startPtr) {
  if (ctx.bi !== !0)
    int: {
      let val = parseInt(str, base);
      if (!Number.isSafeInteger(val)) {
        if (ctx.bi)
          break int;
        TomlError.x("integer value cannot be represented losslessly", ctx, startPtr);
      }
      return val;
    }
  return BigInt(base === 10 ? str : (base === 2 ? "0b" : base === 8 ? "0o" : "0x") + str);
}
function parseDate(ctx, c, endChr) {
  let startPtr = ctx.p++, unsafeSeparator;
  if (!isDigit2(c) || !isDigit2(ctx.s.charCodeAt(ctx.p++)) || !isDigit2(ctx.s.charCodeAt(ctx.p++)) || !isDigit2(ctx.s.charCodeAt(ctx.p++)))
    return parseNumber(ctx, ctx.p = startPtr, c, 0, endChr);
  if (ctx.p += 5, isDigit2(ctx.s.charCodeAt(ctx.p++)) || TomlError.x("invalid date-time: date part is malformed", ctx, startPtr), ctx.p >= ctx.s.length || ((c = ctx.s.charCodeAt(ctx.p)) !== 32 || (unsafeSeparator = !0, !isDigit2(ctx.s.charCodeAt(ctx.p + 1)))) && c !== 84 && c !== 116) {
    let t2 = ctx.s.slice(startPtr, ctx.p);
    return readDate(ctx, t2, 3, !1, startPtr);
  }
  if (ctx.s.charCodeAt(ctx.p += 3) !== 58 && TomlError.x("invalid date-time: time part is malformed", ctx, startPtr), ctx.s.charCodeAt(ctx.p += 3) === 58 && (ctx.p += 3), ctx.s.charCodeAt(ctx.p) === 46)
    for (; isDigit2(ctx.s.charCodeAt(++ctx.p)); )
      ;
  if (c = ctx.s.charCodeAt(ctx.p)) {
    if (c === 90 || c === 122) {
      let t2 = ctx.s.slice(startPtr, ++ctx.p);
      return readDate(ctx, t2, 1, unsafeSeparator, startPtr, "[+00:00]");
    }
    if (c === 43 || c === 45) {
      let t2 = ctx.s.slice(startPtr, ctx.p += 6);
      return readDate(ctx, t2, 1, unsafeSeparator, startPtr, !ctx.ld && "[" + ctx.s.slice(ctx.p - 6, ctx.p) + "]");
    }
  }
  let t = ctx.s.slice(startPtr, ctx.p);
  return readDate(ctx, t, 2, unsafeSeparator, startPtr);
}
function parseTime(ctx, c, endChr) {
  let start = ctx.p;
  if (!isDigit2(c) || !isDigit2(ctx.s.charCodeAt(++ctx.p)))
    return parseNumber(ctx, --ctx.p, c, 0, endChr);
  if (ctx.s.charCodeAt(ctx.p += 4) === 58 && (ctx.p += 3), ctx.s.charCodeAt(ctx.p) === 46)
    for (; isDigit2(ctx.s.charCodeAt(++ctx.p)); )
      ;
  let t = ctx.s.slice(start, ctx.p);
  return readDate(ctx, t, 4, !1, start);
}
function readDate(ctx, str, type, unsafeDelim, errPtr, temporalSuffix) {
  if (ctx.ld) {
    let date = new TomlDate(str, type, unsafeDelim);
    return date.isValid() || TomlError.x("invalid date", ctx, errPtr), date;
  }
  try {
    switch (temporalSuffix && (str += temporalSuffix), type) {
      case 1:
        return Temporal.ZonedDateTime.from(str);
      case 2:
        return Temporal.PlainDateTime.from(str);
      case 3:
        return Temporal.PlainDate.from(str);
      case 4:
        return Temporal.PlainTime.from(str);
    }
  } catch (e) {
    TomlError.x(e instanceof Error ? e.message : "" + e, ctx, errPtr);
  }
}

// node_modules/smol-toml/dist/util.js
function skipComment(ctx) {
  for (; ctx.p < ctx.s.length; ctx.p++) {
    let c = ctx.s.charCodeAt(ctx.p);
    if (c === 10)
      break;
    if (c === 13 && ctx.s.charCodeAt(ctx.p + 1) === 10) {
      ctx.p++;
      break;
    }
    (c < 32 && c !== 9 || c === 127) && TomlError.x("control characters are not allowed in comments", ctx);
  }
}
function skipVoid(ctx, banNewLines, banComments) {
  let c;
  for (; ctx.p < ctx.s.length; ) {
    for (; ctx.p < ctx.s.length && ((c = ctx.s.charCodeAt(ctx.p)) === 32 || c === 9 || !banNewLines && (c === 10 || c === 13 && ctx.s.charCodeAt(ctx.p + 1) === 10)); )
      ctx.p++;
    if (banComments || c !== 35)
      break;
    skipComment(ctx);
  }
}

// node_modules/smol-toml/dist/struct.js
function parseKey(ctx, end = 61) {
  let startPtr, state = 0, parsed = [], sliceStart, c = ctx.s.charCodeAt(startPtr = ctx.p);
  do {
    if (c === end)
      return state || TomlError.x("unexpected end of key", ctx), state === 1 && parsed.push(ctx.s.slice(sliceStart, ctx.p)), ctx.p++, parsed;
    c === 46 ? (state || TomlError.x("illegal empty bare key", ctx), state === 1 && parsed.push(ctx.s.slice(sliceStart, ctx.p)), state = 0) : !state && (c === 34 || c === 39) ? (c === ctx.s.charCodeAt(ctx.p + 1) && c === ctx.s.charCodeAt(ctx.p + 2) && TomlError.x("illegal quoted key: multiline strings are not allowed", ctx), parsed.push(parseString(ctx)), state = 2, ctx.p--) : c === 32 || c === 9 ? state === 1 && (parsed.push(ctx.s.slice(sliceStart, ctx.p)), state = 2) : state === 2 || c < 48 && c !== 45 || c > 57 && c < 65 || c > 90 && c < 97 && c !== 95 || c > 122 ? TomlError.x("illegal character in key", ctx) : state || (state = 1, sliceStart = ctx.p);
  } while (c = ctx.s.charCodeAt(++ctx.p));
  TomlError.x("incomplete key-value: cannot find end of key", ctx, startPtr);
}
function parseInlineTable(ctx) {
  let startPtr = ctx.p++, res = /* @__PURE__ */ Object.create(null), seen = /* @__PURE__ */ new Set(), c;
  for (; ctx.p < ctx.s.length; ) {
    if (skipVoid(ctx), (c = ctx.s.charCodeAt(ctx.p)) === 125)
      return ctx.p++, res;
    let k, t = res, hasOwn = !1, errPtr = ctx.p, key = parseKey(ctx);
    for (let i = 0; i < key.length; i++) {
      i && (t = hasOwn ? t[k] : t[k] = /* @__PURE__ */ Object.create(null)), k = key[i], (hasOwn = Object.hasOwn(t, k)) && (typeof t[k] != "object" || seen.has(t[k])) && TomlError.x("trying to redefine an already defined value", ctx, errPtr);
      let unsafe = k === "__proto__";
      if (ctx.uk && (unsafe || k === "constructor")) {
        t = ctx.uk !== 1 && TomlError.x("document contains an unsafe property", ctx, errPtr);
        break;
      }
      !hasOwn && unsafe && Object.defineProperty(t, k, { enumerable: !0, configurable: !0, writable: !0 });
    }
    hasOwn && TomlError.x("trying to redefine an already defined value", ctx, errPtr), skipVoid(ctx, !0, !0);
    let value = extractValue(
      ctx,
      125
      /* } */
    );
    if (t && typeof (t[k] = value) == "object" && seen.add(value), skipVoid(ctx), (c = ctx.s.charCodeAt(ctx.p++)) === 125)
      return res;
    c !== 44 && TomlError.x("expected comma or end of structure", ctx, ctx.p - 1);
  }
  TomlError.x("unfinished table", ctx, startPtr);
}
function parseArray(ctx) {
  let startPtr = ctx.p++, res = [], c;
  for (; ctx.p < ctx.s.length; ) {
    if (skipVoid(ctx), (c = ctx.s.charCodeAt(ctx.p)) === 93)
      return ctx.p++, res;
    if (res.push(extractValue(
      ctx,
      93
      /* ] */
    )), skipVoid(ctx), (c = ctx.s.charCodeAt(ctx.p++)) === 93)
      return res;
    c !== 44 && TomlError.x("expected comma or end of structure", ctx, ctx.p - 1);
  }
  TomlError.x("unfinished array", ctx, startPtr);
}

// node_modules/smol-toml/dist/parse.js
function peekTable(ctx, key, table, meta, type) {
  let t = table, m = meta, k, hasOwn = !1, state;
  for (let i = 0; i < key.length; i++) {
    if (i) {
      if (t = hasOwn ? t[k] : t[k] = /* @__PURE__ */ Object.create(null), m = (state = m[k]).c, type === 0 && (state.t === 1 || state.t === 2))
        return null;
      if (state.t === 2) {
        let l = t.length - 1;
        t = t[l], m = m[l].c;
      }
    }
    if (k = key[i], (hasOwn = Object.hasOwn(t, k)) && m[k]?.t === 0 && m[k]?.d)
      return null;
    if (!hasOwn) {
      let unsafe = k === "__proto__";
      if (ctx.uk && (unsafe || k === "constructor"))
        return !1;
      unsafe && (Object.defineProperty(t, k, { enumerable: !0, configurable: !0, writable: !0 }), Object.defineProperty(m, k, { enumerable: !0, configurable: !0, writable: !0 })), m[k] = {
        t: i < key.length - 1 && type === 2 ? 3 : type,
        d: !1,
        i: 0,
        c: /* @__PURE__ */ Object.create(null)
      };
    }
  }
  if (state = m[k], state.t !== type && !(type === 1 && state.t === 3) || (type === 2 && (state.d || (state.d = !0, t[k] = []), t[k].push(t = /* @__PURE__ */ Object.create(null)), state.c[state.i++] = state = { t: 1, d: !1, i: 0, c: /* @__PURE__ */ Object.create(null) }), state.d))
    return null;
  if (state.d = !0, type === 1)
    t = hasOwn ? t[k] : t[k] = /* @__PURE__ */ Object.create(null);
  else if (type === 0 && hasOwn)
    return null;
  return [k, t, state.c];
}
function validateTablePeek(ctx, peek, ptr) {
  (peek === null || ctx.uk === 2) && TomlError.x(peek === null ? "trying to redefine an already defined table or value" : "document contains an unsafe property", ctx, ptr);
}
function parse3(toml, options2 = {}) {
  let ctx = {
    s: toml,
    p: 0,
    d: options2.maxDepth ?? 1e3,
    bi: options2.integersAsBigInt ?? !1,
    ld: options2.useLegacyDate ?? !0,
    uk: options2.unsafeKeyBehaviour === "throw" ? 2 : options2.unsafeKeyBehaviour === "drop" ? 1 : 0
  }, res = /* @__PURE__ */ Object.create(null), meta = /* @__PURE__ */ Object.create(null), tmp, skipping = !1, tbl = res, m = meta;
  for (toml.charCodeAt(0) === 65279 && ctx.p++, skipVoid(ctx); ctx.p < toml.length; ) {
    if (toml.charCodeAt(ctx.p) === 91) {
      let isTableArray = toml.charCodeAt(++ctx.p) === 91;
      tmp = ctx.p += +isTableArray, skipping = !1;
      let k = parseKey(
        ctx,
        93
        /* ] */
      );
      isTableArray && (toml.charCodeAt(ctx.p) !== 93 && TomlError.x("expected end of table array declaration", ctx), ctx.p++);
      let p = peekTable(
        ctx,
        k,
        res,
        meta,
        isTableArray ? 2 : 1
        /* Type.EXPLICIT */
      );
      p ? (m = p[2], tbl = p[1]) : (validateTablePeek(ctx, p, tmp), skipping = !0);
    } else {
      tmp = ctx.p;
      let k = parseKey(ctx), p = peekTable(
        ctx,
        k,
        tbl,
        m,
        0
        /* Type.DOTTED */
      );
      !p && !skipping && validateTablePeek(ctx, p, tmp), skipVoid(ctx, !0, !0);
      let v = extractValue(ctx, void 0);
      p && !skipping && (p[1][p[0]] = v);
    }
    skipVoid(ctx, !0), ctx.p < toml.length && (tmp = toml.charCodeAt(ctx.p)) !== 10 && (tmp !== 13 || toml.charCodeAt(ctx.p + 1) !== 10) && TomlError.x("each key-value declaration must be followed by an end-of-line", ctx), skipVoid(ctx);
  }
  return res;
}

// node_modules/smol-toml/dist/stringify.js
var HAS_WELLFORMED = !!"".isWellFormed;

// lib/db/supabase-config.ts
var CONFIG_REL = path14.join("supabase", "config.toml"), MAX_CONFIG_BYTES = 1024 * 1024, SupabaseConfigError = class extends Error {
};
function portFromToml(text, file) {
  let doc;
  try {
    doc = parse3(text);
  } catch (err) {
    if (err instanceof TomlError) {
      let first = err.message.split(`
`)[0].replace(/^Invalid TOML document: /, "");
      throw new SupabaseConfigError(`\`${file}:${err.line}:${err.column}\`: invalid TOML (${first})`);
    }
    throw err;
  }
  let db = doc.db;
  if (db === void 0) return { port: 54322, defaulted: !0 };
  if (!db || typeof db != "object" || Array.isArray(db))
    throw new SupabaseConfigError(`\`${file}\`: \`db\` must be a table`);
  let port = db.port;
  if (port === void 0) return { port: 54322, defaulted: !0 };
  if (typeof port != "number" || !Number.isInteger(port) || port < 1 || port > 65535)
    throw new SupabaseConfigError(
      `\`${file}\`: \`[db] port\` must be a whole number from 1 to 65535, not ${JSON.stringify(String(port)).slice(0, 40)}`
    );
  return { port, defaulted: !1 };
}
function unusable(err) {
  let why = {
    symlink: "is a symbolic link; 2L never follows links inside a project (remove it)",
    "not-regular": "is not a file (a folder, device, FIFO or socket)",
    "too-big": `is larger than ${MAX_CONFIG_BYTES} bytes; that is not a Supabase config`
  }[err.reason];
  return new SupabaseConfigError(`\`${CONFIG_REL}\` ${why ?? err.message}`);
}
function readSupabasePort(projectDir) {
  let text;
  try {
    text = readRegularText(path14.join(projectDir, CONFIG_REL), MAX_CONFIG_BYTES);
  } catch (err) {
    throw err instanceof UnsafePathError ? unusable(err) : new SupabaseConfigError(`cannot read \`${CONFIG_REL}\`: ${errorMessage(err)}`);
  }
  return text === void 0 ? void 0 : { ...portFromToml(text, CONFIG_REL), file: CONFIG_REL };
}

// lib/db/setup.ts
function resolve(opts) {
  try {
    let resolved = resolveUrl(opts.url, opts.env, () => readSupabasePort(opts.project), opts.urlFrom);
    try {
      let { password, ...rest } = parseDbUrl(resolved.url);
      return {
        password,
        conn: { ...rest, source: resolved.source, origin: resolved.origin, hasPassword: password !== void 0 }
      };
    } catch (err) {
      if (err instanceof DbUrlError)
        return { message: `the connection URL from ${resolved.origin} cannot be used: ${err.message}` };
      throw err;
    }
  } catch (err) {
    if (err instanceof SupabaseConfigError) return { message: err.message };
    throw err;
  }
}
function psqlAllowed(project) {
  for (let rel of [SETTINGS_REL, path15.join(".claude", "settings.json")])
    try {
      let allow = readProjectSettings(project, rel)?.permissions?.allow;
      if (Array.isArray(allow) && allow.includes(PSQL_RULE)) return rel;
    } catch {
    }
}
function allowPsql(project, requested) {
  if (!requested) {
    let where2 = psqlAllowed(project);
    return where2 ? { requested, state: "present", where: where2 } : { requested, state: "absent" };
  }
  try {
    return { requested, state: addAllowRule(project) ? "added" : "present" };
  } catch (err) {
    return { requested, state: "refused", error: errorMessage(err) };
  }
}
async function setupDb(opts) {
  let now = opts.now ?? (() => /* @__PURE__ */ new Date()), resolved = resolve(opts);
  if ("message" in resolved) return { kind: "usage", message: resolved.message };
  let { conn } = resolved, base = { conn, allowPsql: allowPsql(opts.project, opts.allowPsql) }, record = (outcome, data, extra) => {
    try {
      let payload = cleanPayload({ outcome, source: conn.source, url: conn.safeUrl, ...extra });
      appendEvent(opts.project, newEvent("db_check", cleanString(data, 300), { payload }, now()));
      return;
    } catch (err) {
      return redactUrlText(errorMessage(err));
    }
  }, found = findPsql(opts.env);
  if (!found) {
    let eventError2 = record("psql_missing", "db check: psql is not installed", {});
    return { ...base, eventError: eventError2, kind: "psql_missing", install: localInstallHint(opts.env) };
  }
  let cache = readCache(opts.project), age = opts.check && !opts.fresh ? freshAge(cache, conn.safeUrl, now()) : void 0;
  if (cache && age !== void 0) return { ...base, kind: "cached", cache, ageMs: age };
  let result = await probe(
    { ...conn, password: resolved.password },
    { psql: found.path, timeoutS: opts.timeoutS, env: opts.env }
  ), psql = {
    path: found.path,
    version: result.ok ? result.clientVersion : psqlVersion(found.path),
    offPath: found.offPath
  };
  if (!result.ok) {
    if (cache && cache.url === conn.safeUrl)
      try {
        writeCache(opts.project, { ...cache, last_failure: { at: now().toISOString(), outcome: result.kind } });
      } catch {
      }
    let { title, fix } = explain(result.kind, conn, opts.timeoutS), eventError2 = record(result.kind, `db check failed: ${title}`, {
      wall_ms: result.wallMs,
      error: result.detail,
      fix
    });
    return { ...base, eventError: eventError2, kind: "failed", psql, failure: result, timeoutS: opts.timeoutS };
  }
  let saveError;
  try {
    writeCache(opts.project, cacheEntry(conn, result, psql, now()));
  } catch (err) {
    saveError = errorMessage(err);
  }
  let eventError = record(
    "ok",
    `db ok: PostgreSQL ${result.serverVersion} as ${result.user} in ${formatMsPrecise(result.wallMs)}`,
    {
      latency_ms: result.latencyMs ?? null,
      wall_ms: result.wallMs,
      server_version: result.serverVersion,
      can_create: result.canCreateInSchema || result.canCreateSchema
    }
  );
  return { ...base, eventError, kind: "connected", psql, probe: result, saveError };
}
function cacheEntry(conn, result, psql, now) {
  return {
    url: conn.safeUrl,
    source: conn.source,
    origin: conn.origin,
    checked_at: now.toISOString(),
    server_version: result.serverVersion,
    user: result.user,
    database: result.database,
    ...result.schema ? { schema: result.schema } : {},
    can_create_in_schema: result.canCreateInSchema,
    can_create_schema: result.canCreateSchema,
    ...result.latencyMs !== void 0 ? { latency_ms: result.latencyMs } : {},
    psql: { path: psql.path, ...psql.version ? { version: psql.version } : {} }
  };
}

// lib/shared/stdin.ts
import fs8 from "node:fs";
var Collector = class {
  constructor(keepBytes) {
    this.keepBytes = keepBytes;
  }
  keepBytes;
  chunks = [];
  kept = 0;
  total = 0;
  add(chunk) {
    if (this.total += chunk.length, this.kept >= this.keepBytes) return;
    let take = Math.min(chunk.length, this.keepBytes - this.kept);
    this.chunks.push(Buffer.from(chunk.subarray(0, take))), this.kept += take;
  }
  result(timedOut) {
    return {
      text: Buffer.concat(this.chunks).toString("utf8"),
      totalBytes: this.total,
      overflow: this.total > this.kept,
      timedOut
    };
  }
}, sleep = (ms) => Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
function readSyncUntil(fd, into, until) {
  let buf = Buffer.allocUnsafe(65536);
  for (; ; ) {
    let n;
    try {
      n = fs8.readSync(fd, buf, 0, buf.length, null);
    } catch (err) {
      let code = errorCode(err);
      if (code === "EOF") return !1;
      if (code !== "EAGAIN") throw err;
      if (Date.now() >= until) return !0;
      sleep(2);
      continue;
    }
    if (n === 0) return !1;
    if (into.add(buf.subarray(0, n)), Date.now() > until) return !0;
  }
}
var adopted = [];
function setNonBlocking(fd) {
  let binding = process.binding;
  if (process.platform === "win32" || typeof binding != "function") return !1;
  let quiet = process.noDeprecation;
  process.noDeprecation = !0;
  try {
    let { Pipe, constants } = binding.call(process, "pipe_wrap"), handle = new Pipe(constants.SOCKET);
    return handle.open(fd) !== 0 ? !1 : (adopted.push(handle), !0);
  } catch {
    return !1;
  } finally {
    process.noDeprecation = quiet;
  }
}
async function readStreamUntil(fd, into, deadlineMs) {
  let { Socket } = typeof process.getBuiltinModule == "function" ? process.getBuiltinModule("node:net") : await import("node:net");
  return new Promise((resolve2) => {
    let socket = new Socket({ fd, readable: !0, writable: !1 }), finish = (timedOut) => {
      clearTimeout(timer), socket.destroy(), resolve2(timedOut);
    }, timer = setTimeout(() => finish(!0), deadlineMs);
    socket.on("data", (chunk) => into.add(chunk)), socket.on("end", () => finish(!1)), socket.on("error", () => finish(!1));
  });
}
async function readStdinBounded(keepBytes, deadlineMs, fd = 0, opts = {}) {
  let into = new Collector(keepBytes), st = fs8.fstatSync(fd);
  if (st.isCharacterDevice()) return into.result(!1);
  let until = Date.now() + deadlineMs;
  return !st.isFIFO() && !st.isSocket() || opts.fastPath !== !1 && setNonBlocking(fd) ? into.result(readSyncUntil(fd, into, until)) : into.result(await readStreamUntil(fd, into, deadlineMs));
}

// lib/bin/setup-db.ts
async function main(argv) {
  let args = parseSetupArgs(argv);
  if (args.help)
    return process.stdout.write(`${HELP}
`), 0;
  let url = args.urlFrom === "stdin" ? await urlFromStdin() : args.url, project = projectFromFlag(args.project), { urlFrom, check, fresh, allowPsql: allowPsql2, timeoutS } = args, outcome = await setupDb({ project, url, urlFrom, check, fresh, allowPsql: allowPsql2, timeoutS, env: process.env });
  if (process.stdout.write(args.json ? renderJson(outcome) : renderText(outcome)), outcome.kind === "usage") throw new UsageError(outcome.message);
  return exitCode(outcome);
}
async function urlFromStdin() {
  let { text } = await readStdinBounded(4098, 3e4), line = text.split(/\r?\n/)[0]?.trim();
  if (line) return line;
  throw new UsageError(
    "`--url -` reads the URL from stdin, but stdin held none (pipe it in: printf '%s\\n' \"$URL\" | setup-db --url -)"
  );
}
runMain("setup-db", import.meta.url, async (argv) => {
  try {
    return await main(argv);
  } catch (err) {
    throw err instanceof Error ? (err.message = redactUrlText(err.message), err.stack && (err.stack = redactUrlText(err.stack)), err) : redactUrlText(String(err));
  }
});
export {
  main
};
