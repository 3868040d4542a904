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
    var ALIAS = /* @__PURE__ */ Symbol.for("yaml.alias"), DOC = /* @__PURE__ */ Symbol.for("yaml.document"), MAP = /* @__PURE__ */ Symbol.for("yaml.map"), PAIR = /* @__PURE__ */ Symbol.for("yaml.pair"), SCALAR = /* @__PURE__ */ Symbol.for("yaml.scalar"), SEQ = /* @__PURE__ */ Symbol.for("yaml.seq"), NODE_TYPE = /* @__PURE__ */ Symbol.for("yaml.node.type"), isAlias2 = (node) => !!node && typeof node == "object" && node[NODE_TYPE] === ALIAS, isDocument = (node) => !!node && typeof node == "object" && node[NODE_TYPE] === DOC, isMap7 = (node) => !!node && typeof node == "object" && node[NODE_TYPE] === MAP, isPair = (node) => !!node && typeof node == "object" && node[NODE_TYPE] === PAIR, isScalar7 = (node) => !!node && typeof node == "object" && node[NODE_TYPE] === SCALAR, isSeq4 = (node) => !!node && typeof node == "object" && node[NODE_TYPE] === SEQ;
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
    var hasAnchor = (node) => (isScalar7(node) || isCollection(node)) && !!node.anchor;
    exports.ALIAS = ALIAS;
    exports.DOC = DOC;
    exports.MAP = MAP;
    exports.NODE_TYPE = NODE_TYPE;
    exports.PAIR = PAIR;
    exports.SCALAR = SCALAR;
    exports.SEQ = SEQ;
    exports.hasAnchor = hasAnchor;
    exports.isAlias = isAlias2;
    exports.isCollection = isCollection;
    exports.isDocument = isDocument;
    exports.isMap = isMap7;
    exports.isNode = isNode;
    exports.isPair = isPair;
    exports.isScalar = isScalar7;
    exports.isSeq = isSeq4;
  }
});

// node_modules/yaml/dist/visit.js
var require_visit = __commonJS({
  "node_modules/yaml/dist/visit.js"(exports) {
    "use strict";
    var identity = require_identity(), BREAK = /* @__PURE__ */ Symbol("break visit"), SKIP = /* @__PURE__ */ Symbol("skip children"), REMOVE = /* @__PURE__ */ Symbol("remove node");
    function visit(node, visitor) {
      let visitor_ = initVisitor(visitor);
      identity.isDocument(node) ? visit_(null, node.contents, visitor_, Object.freeze([node])) === REMOVE && (node.contents = null) : visit_(null, node, visitor_, Object.freeze([]));
    }
    visit.BREAK = BREAK;
    visit.SKIP = SKIP;
    visit.REMOVE = REMOVE;
    function visit_(key, node, visitor, path29) {
      let ctrl = callVisitor(key, node, visitor, path29);
      if (identity.isNode(ctrl) || identity.isPair(ctrl))
        return replaceNode(key, path29, ctrl), visit_(key, ctrl, visitor, path29);
      if (typeof ctrl != "symbol") {
        if (identity.isCollection(node)) {
          path29 = Object.freeze(path29.concat(node));
          for (let i = 0; i < node.items.length; ++i) {
            let ci = visit_(i, node.items[i], visitor, path29);
            if (typeof ci == "number")
              i = ci - 1;
            else {
              if (ci === BREAK)
                return BREAK;
              ci === REMOVE && (node.items.splice(i, 1), i -= 1);
            }
          }
        } else if (identity.isPair(node)) {
          path29 = Object.freeze(path29.concat(node));
          let ck = visit_("key", node.key, visitor, path29);
          if (ck === BREAK)
            return BREAK;
          ck === REMOVE && (node.key = null);
          let cv = visit_("value", node.value, visitor, path29);
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
    async function visitAsync_(key, node, visitor, path29) {
      let ctrl = await callVisitor(key, node, visitor, path29);
      if (identity.isNode(ctrl) || identity.isPair(ctrl))
        return replaceNode(key, path29, ctrl), visitAsync_(key, ctrl, visitor, path29);
      if (typeof ctrl != "symbol") {
        if (identity.isCollection(node)) {
          path29 = Object.freeze(path29.concat(node));
          for (let i = 0; i < node.items.length; ++i) {
            let ci = await visitAsync_(i, node.items[i], visitor, path29);
            if (typeof ci == "number")
              i = ci - 1;
            else {
              if (ci === BREAK)
                return BREAK;
              ci === REMOVE && (node.items.splice(i, 1), i -= 1);
            }
          }
        } else if (identity.isPair(node)) {
          path29 = Object.freeze(path29.concat(node));
          let ck = await visitAsync_("key", node.key, visitor, path29);
          if (ck === BREAK)
            return BREAK;
          ck === REMOVE && (node.key = null);
          let cv = await visitAsync_("value", node.value, visitor, path29);
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
    function callVisitor(key, node, visitor, path29) {
      if (typeof visitor == "function")
        return visitor(key, node, path29);
      if (identity.isMap(node))
        return visitor.Map?.(key, node, path29);
      if (identity.isSeq(node))
        return visitor.Seq?.(key, node, path29);
      if (identity.isPair(node))
        return visitor.Pair?.(key, node, path29);
      if (identity.isScalar(node))
        return visitor.Scalar?.(key, node, path29);
      if (identity.isAlias(node))
        return visitor.Alias?.(key, node, path29);
    }
    function replaceNode(key, path29, node) {
      let parent = path29[path29.length - 1];
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
    exports.visit = visit;
    exports.visitAsync = visitAsync;
  }
});

// node_modules/yaml/dist/doc/directives.js
var require_directives = __commonJS({
  "node_modules/yaml/dist/doc/directives.js"(exports) {
    "use strict";
    var identity = require_identity(), visit = require_visit(), escapeChars = {
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
          visit.visit(doc.contents, (_key, node) => {
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
    var identity = require_identity(), visit = require_visit();
    function anchorIsValid(anchor) {
      if (/[\x00-\x19\s,[\]{}]/.test(anchor)) {
        let msg = `Anchor must not contain whitespace or control characters: ${JSON.stringify(anchor)}`;
        throw new Error(msg);
      }
      return !0;
    }
    function anchorNames(root) {
      let anchors = /* @__PURE__ */ new Set();
      return visit.visit(root, {
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
          for (let { count: count3, res: res2 } of ctx.anchors.values())
            onAnchor(res2, count3);
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
    var anchors = require_anchors(), visit = require_visit(), identity = require_identity(), Node = require_Node(), toJS = require_toJS(), Alias = class extends Node.NodeBase {
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
        ctx?.aliasResolveCache ? nodes = ctx.aliasResolveCache : (nodes = [], visit.visit(doc, {
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
        let count3 = 0;
        for (let item of node.items) {
          let c = getAliasCount(doc, item, anchors2);
          c > count3 && (count3 = c);
        }
        return count3;
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
    function collectionFromPath(schema, path29, value) {
      let v = value;
      for (let i = path29.length - 1; i >= 0; --i) {
        let k = path29[i];
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
    var isEmptyPath = (path29) => path29 == null || typeof path29 == "object" && !!path29[Symbol.iterator]().next().done, Collection = class extends Node.NodeBase {
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
      addIn(path29, value) {
        if (isEmptyPath(path29))
          this.add(value);
        else {
          let [key, ...rest] = path29, node = this.get(key, !0);
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
      deleteIn(path29) {
        let [key, ...rest] = path29;
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
      getIn(path29, keepScalar) {
        let [key, ...rest] = path29, node = this.get(key, !0);
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
      hasIn(path29) {
        let [key, ...rest] = path29;
        if (rest.length === 0)
          return this.has(key);
        let node = this.get(key, !0);
        return identity.isCollection(node) ? node.hasIn(rest) : !1;
      }
      /**
       * Sets a value in this collection. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       */
      setIn(path29, value) {
        let [key, ...rest] = path29;
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
    var stringifyComment = (str2) => str2.replace(/^(?!$)(?: $)?/gm, "#");
    function indentComment(comment, indent) {
      return /^\n+$/.test(comment) ? comment.substring(1) : indent ? comment.replace(/^(?! *$)/gm, indent) : comment;
    }
    var lineComment = (str2, indent, comment) => str2.endsWith(`
`) ? indentComment(comment, indent) : comment.includes(`
`) ? `
` + indentComment(comment, indent) : (str2.endsWith(" ") ? "" : " ") + comment;
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
    function foldFlowLines(text2, indent, mode = "flow", { indentAtStart, lineWidth = 80, minContentWidth = 20, onFold, onOverflow } = {}) {
      if (!lineWidth || lineWidth < 0)
        return text2;
      lineWidth < minContentWidth && (minContentWidth = 0);
      let endStep = Math.max(1 + minContentWidth, 1 + lineWidth - indent.length);
      if (text2.length <= endStep)
        return text2;
      let folds = [], escapedFolds = {}, end = lineWidth - indent.length;
      typeof indentAtStart == "number" && (indentAtStart > lineWidth - Math.max(2, minContentWidth) ? folds.push(0) : end = lineWidth - indentAtStart);
      let split, prev, overflow = !1, i = -1, escStart = -1, escEnd = -1;
      mode === FOLD_BLOCK && (i = consumeMoreIndentedLines(text2, i, indent.length), i !== -1 && (end = i + endStep));
      for (let ch; ch = text2[i += 1]; ) {
        if (mode === FOLD_QUOTED && ch === "\\") {
          switch (escStart = i, text2[i + 1]) {
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
          mode === FOLD_BLOCK && (i = consumeMoreIndentedLines(text2, i, indent.length)), end = i + indent.length + endStep, split = void 0;
        else {
          if (ch === " " && prev && prev !== " " && prev !== `
` && prev !== "	") {
            let next = text2[i + 1];
            next && next !== " " && next !== `
` && next !== "	" && (split = i);
          }
          if (i >= end)
            if (split)
              folds.push(split), end = split + endStep, split = void 0;
            else if (mode === FOLD_QUOTED) {
              for (; prev === " " || prev === "	"; )
                prev = ch, ch = text2[i += 1], overflow = !0;
              let j = i > escEnd + 1 ? i - 2 : escStart - 1;
              if (escapedFolds[j])
                return text2;
              folds.push(j), escapedFolds[j] = !0, end = j + endStep, split = void 0;
            } else
              overflow = !0;
        }
        prev = ch;
      }
      if (overflow && onOverflow && onOverflow(), folds.length === 0)
        return text2;
      onFold && onFold();
      let res = text2.slice(0, folds[0]);
      for (let i2 = 0; i2 < folds.length; ++i2) {
        let fold = folds[i2], end2 = folds[i2 + 1] || text2.length;
        fold === 0 ? res = `
${indent}${text2.slice(0, end2)}` : (mode === FOLD_QUOTED && escapedFolds[fold] && (res += `${text2[fold]}\\`), res += `
${indent}${text2.slice(fold + 1, end2)}`);
      }
      return res;
    }
    function consumeMoreIndentedLines(text2, i, indent) {
      let end = i, start = i + 1, ch = text2[start];
      for (; ch === " " || ch === "	"; )
        if (i < start + indent)
          ch = text2[++i];
        else {
          do
            ch = text2[++i];
          while (ch && ch !== `
`);
          end = i, start = i + 1, ch = text2[start];
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
    }), containsDocumentMarker = (str2) => /^(%|---|\.\.\.)/m.test(str2);
    function lineLengthOverLimit(str2, lineWidth, indentLength) {
      if (!lineWidth || lineWidth < 0)
        return !1;
      let limit = lineWidth - indentLength, strLen = str2.length;
      if (strLen <= limit)
        return !1;
      for (let i = 0, start = 0; i < strLen; ++i)
        if (str2[i] === `
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
      let { implicitKey } = ctx, minMultiLineLength = ctx.options.doubleQuotedMinMultiLineLength, indent = ctx.indent || (containsDocumentMarker(value) ? "  " : ""), str2 = "", start = 0;
      for (let i = 0, ch = json[i]; ch; ch = json[++i])
        if (ch === " " && json[i + 1] === "\\" && json[i + 2] === "n" && (str2 += json.slice(start, i) + "\\ ", i += 1, start = i, ch = "\\"), ch === "\\")
          switch (json[i + 1]) {
            case "u":
              {
                str2 += json.slice(start, i);
                let code = json.substr(i + 2, 4);
                switch (code) {
                  case "0000":
                    str2 += "\\0";
                    break;
                  case "0007":
                    str2 += "\\a";
                    break;
                  case "000b":
                    str2 += "\\v";
                    break;
                  case "001b":
                    str2 += "\\e";
                    break;
                  case "0085":
                    str2 += "\\N";
                    break;
                  case "00a0":
                    str2 += "\\_";
                    break;
                  case "2028":
                    str2 += "\\L";
                    break;
                  case "2029":
                    str2 += "\\P";
                    break;
                  default:
                    code.substr(0, 2) === "00" ? str2 += "\\x" + code.substr(2) : str2 += json.substr(i, 6);
                }
                i += 5, start = i + 1;
              }
              break;
            case "n":
              if (implicitKey || json[i + 2] === '"' || json.length < minMultiLineLength)
                i += 1;
              else {
                for (str2 += json.slice(start, i) + `

`; json[i + 2] === "\\" && json[i + 3] === "n" && json[i + 4] !== '"'; )
                  str2 += `
`, i += 2;
                str2 += indent, json[i + 2] === " " && (str2 += "\\"), i += 1, start = i + 1;
              }
              break;
            default:
              i += 1;
          }
      return str2 = start ? str2 + json.slice(start) : json, implicitKey ? str2 : foldFlowLines.foldFlowLines(str2, indent, foldFlowLines.FOLD_QUOTED, getFoldOptions(ctx, !1));
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
      let str2 = value.replace(/\n+/g, `$&
${indent}`);
      if (actualString) {
        let test = (tag) => tag.default && tag.tag !== "tag:yaml.org,2002:str" && tag.test?.test(str2), { compat, tags } = ctx.doc.schema;
        if (tags.some(test) || compat?.some(test))
          return quotedString(value, ctx);
      }
      return implicitKey ? str2 : foldFlowLines.foldFlowLines(str2, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, !1));
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
    function stringify(item, ctx, onComment, onChompKeep) {
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
      let str2 = typeof tagObj.stringify == "function" ? tagObj.stringify(node, ctx, onComment, onChompKeep) : identity.isScalar(node) ? stringifyString.stringifyString(node, ctx, onComment, onChompKeep) : node.toString(ctx, onComment, onChompKeep);
      return props ? identity.isScalar(node) || str2[0] === "{" || str2[0] === "[" ? `${props} ${str2}` : `${props}
${ctx.indent}${str2}` : str2;
    }
    exports.createStringifyContext = createStringifyContext;
    exports.stringify = stringify;
  }
});

// node_modules/yaml/dist/stringify/stringifyPair.js
var require_stringifyPair = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyPair.js"(exports) {
    "use strict";
    var identity = require_identity(), Scalar = require_Scalar(), stringify = require_stringify(), stringifyComment = require_stringifyComment();
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
      let keyCommentDone = !1, chompKeep = !1, str2 = stringify.stringify(key, ctx, () => keyCommentDone = !0, () => chompKeep = !0);
      if (!explicitKey && !ctx.inFlow && str2.length > 1024) {
        if (simpleKeys)
          throw new Error("With simple keys, single line scalar must not span more than 1024 characters");
        explicitKey = !0;
      }
      if (ctx.inFlow) {
        if (allNullValues || value == null)
          return keyCommentDone && onComment && onComment(), str2 === "" ? "?" : explicitKey ? `? ${str2}` : str2;
      } else if (allNullValues && !simpleKeys || value == null && explicitKey)
        return str2 = `? ${str2}`, keyComment && !keyCommentDone ? str2 += stringifyComment.lineComment(str2, ctx.indent, commentString(keyComment)) : chompKeep && onChompKeep && onChompKeep(), str2;
      keyCommentDone && (keyComment = null), explicitKey ? (keyComment && (str2 += stringifyComment.lineComment(str2, ctx.indent, commentString(keyComment))), str2 = `? ${str2}
${indent}:`) : (str2 = `${str2}:`, keyComment && (str2 += stringifyComment.lineComment(str2, ctx.indent, commentString(keyComment))));
      let vsb, vcb, valueComment;
      identity.isNode(value) ? (vsb = !!value.spaceBefore, vcb = value.commentBefore, valueComment = value.comment) : (vsb = !1, vcb = null, valueComment = null, value && typeof value == "object" && (value = doc.createNode(value))), ctx.implicitKey = !1, !explicitKey && !keyComment && identity.isScalar(value) && (ctx.indentAtStart = str2.length + 1), chompKeep = !1, !indentSeq && indentStep.length >= 2 && !ctx.inFlow && !explicitKey && identity.isSeq(value) && !value.flow && !value.tag && !value.anchor && (ctx.indent = ctx.indent.substring(2));
      let valueCommentDone = !1, valueStr = stringify.stringify(value, ctx, () => valueCommentDone = !0, () => chompKeep = !0), ws = " ";
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
      return str2 += ws + valueStr, ctx.inFlow ? valueCommentDone && onComment && onComment() : valueComment && !valueCommentDone ? str2 += stringifyComment.lineComment(str2, ctx.indent, commentString(valueComment)) : chompKeep && onChompKeep && onChompKeep(), str2;
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
    var identity = require_identity(), Scalar = require_Scalar(), MERGE_KEY = "<<", merge2 = {
      identify: (value) => value === MERGE_KEY || typeof value == "symbol" && value.description === MERGE_KEY,
      default: "key",
      tag: "tag:yaml.org,2002:merge",
      test: /^<<$/,
      resolve: () => Object.assign(new Scalar.Scalar(Symbol(MERGE_KEY)), {
        addToJSMap: addMergeToJSMap
      }),
      stringify: () => MERGE_KEY
    }, isMergeKey = (ctx, key) => (merge2.identify(key) || identity.isScalar(key) && (!key.type || key.type === Scalar.Scalar.PLAIN) && merge2.identify(key.value)) && ctx?.doc.schema.tags.some((tag) => tag.tag === merge2.tag && tag.default);
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
    exports.merge = merge2;
  }
});

// node_modules/yaml/dist/nodes/addPairToJSMap.js
var require_addPairToJSMap = __commonJS({
  "node_modules/yaml/dist/nodes/addPairToJSMap.js"(exports) {
    "use strict";
    var log = require_log(), merge2 = require_merge(), stringify = require_stringify(), identity = require_identity(), toJS = require_toJS();
    function addPairToJSMap(ctx, map, { key, value }) {
      if (identity.isNode(key) && key.addToJSMap)
        key.addToJSMap(ctx, map, value);
      else if (merge2.isMergeKey(ctx, key))
        merge2.addMergeToJSMap(ctx, map, value);
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
        let strCtx = stringify.createStringifyContext(ctx.doc, {});
        strCtx.anchors = /* @__PURE__ */ new Set();
        for (let node of ctx.anchors.keys())
          strCtx.anchors.add(node.anchor);
        strCtx.inFlow = !0, strCtx.inStringifyKey = !0;
        let strKey = key.toString(strCtx);
        if (!ctx.mapKeyWarned) {
          let jsonStr = JSON.stringify(strKey);
          jsonStr.length > 40 && (jsonStr = jsonStr.substring(0, 36) + '..."'), log.warn(ctx.doc.options.logLevel, `Keys with collection values will be stringified due to JS Object restrictions: ${jsonStr}. Set mapAsMap: true to use object keys.`), ctx.mapKeyWarned = !0;
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
    var identity = require_identity(), stringify = require_stringify(), stringifyComment = require_stringifyComment();
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
        let str3 = stringify.stringify(item, itemCtx, () => comment2 = null, () => chompKeep = !0);
        comment2 && (str3 += stringifyComment.lineComment(str3, itemIndent, commentString(comment2))), chompKeep && comment2 && (chompKeep = !1), lines.push(blockItemPrefix + str3);
      }
      let str2;
      if (lines.length === 0)
        str2 = flowChars.start + flowChars.end;
      else {
        str2 = lines[0];
        for (let i = 1; i < lines.length; ++i) {
          let line = lines[i];
          str2 += line ? `
${indent}${line}` : `
`;
        }
      }
      return comment ? (str2 += `
` + stringifyComment.indentComment(commentString(comment), indent), onComment && onComment()) : chompKeep && onChompKeep && onChompKeep(), str2;
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
        let str2 = stringify.stringify(item, itemCtx, () => comment = null);
        reqNewline || (reqNewline = lines.length > linesAtValue || str2.includes(`
`)), i < items.length - 1 ? str2 += "," : ctx.options.trailingComma && (ctx.options.lineWidth > 0 && (reqNewline || (reqNewline = lines.reduce((sum, line) => sum + line.length + 2, 2) + (str2.length + 2) > ctx.options.lineWidth)), reqNewline && (str2 += ",")), comment && (str2 += stringifyComment.lineComment(str2, itemIndent, commentString(comment))), lines.push(str2), linesAtValue = lines.length;
      }
      let { start, end } = flowChars;
      if (lines.length === 0)
        return start + end;
      if (!reqNewline) {
        let len = lines.reduce((sum, line) => sum + line.length + 2, 2);
        reqNewline = ctx.options.lineWidth > 0 && len > ctx.options.lineWidth;
      }
      if (reqNewline) {
        let str2 = start;
        for (let line of lines)
          str2 += line ? `
${indentStep}${indent}${line}` : `
`;
        return `${str2}
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
      resolve: (str2) => str2,
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
      resolve: (str2) => new Scalar.Scalar(str2[0] === "t" || str2[0] === "T"),
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
    function stringifyNumber({ format, minFractionDigits, tag, value }) {
      if (typeof value == "bigint")
        return String(value);
      let num4 = typeof value == "number" ? value : Number(value);
      if (!isFinite(num4))
        return isNaN(num4) ? ".nan" : num4 < 0 ? "-.inf" : ".inf";
      let n = Object.is(value, -0) ? "-0" : JSON.stringify(value);
      if (!format && minFractionDigits && (!tag || tag === "tag:yaml.org,2002:float") && /^-?\d/.test(n) && !n.includes("e")) {
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
      resolve: (str2) => str2.slice(-3).toLowerCase() === "nan" ? NaN : str2[0] === "-" ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY,
      stringify: stringifyNumber.stringifyNumber
    }, floatExp = {
      identify: (value) => typeof value == "number",
      default: !0,
      tag: "tag:yaml.org,2002:float",
      format: "EXP",
      test: /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/,
      resolve: (str2) => parseFloat(str2),
      stringify(node) {
        let num4 = Number(node.value);
        return isFinite(num4) ? num4.toExponential() : stringifyNumber.stringifyNumber(node);
      }
    }, float = {
      identify: (value) => typeof value == "number",
      default: !0,
      tag: "tag:yaml.org,2002:float",
      test: /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/,
      resolve(str2) {
        let node = new Scalar.Scalar(parseFloat(str2)), dot = str2.indexOf(".");
        return dot !== -1 && str2[str2.length - 1] === "0" && (node.minFractionDigits = str2.length - dot - 1), node;
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
    var stringifyNumber = require_stringifyNumber(), intIdentify = (value) => typeof value == "bigint" || Number.isInteger(value), intResolve = (str2, offset, radix, { intAsBigInt }) => intAsBigInt ? BigInt(str2) : parseInt(str2.substring(offset), radix);
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
      resolve: (str2, _onError, opt) => intResolve(str2, 2, 8, opt),
      stringify: (node) => intStringify(node, 8, "0o")
    }, int = {
      identify: intIdentify,
      default: !0,
      tag: "tag:yaml.org,2002:int",
      test: /^[-+]?[0-9]+$/,
      resolve: (str2, _onError, opt) => intResolve(str2, 0, 10, opt),
      stringify: stringifyNumber.stringifyNumber
    }, intHex = {
      identify: (value) => intIdentify(value) && value >= 0,
      default: !0,
      tag: "tag:yaml.org,2002:int",
      format: "HEX",
      test: /^0x[0-9a-fA-F]+$/,
      resolve: (str2, _onError, opt) => intResolve(str2, 2, 16, opt),
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
        resolve: (str2) => str2,
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
        resolve: (str2) => str2 === "true",
        stringify: stringifyJSON
      },
      {
        identify: intIdentify,
        default: !0,
        tag: "tag:yaml.org,2002:int",
        test: /^-?(?:0|[1-9][0-9]*)$/,
        resolve: (str2, _onError, { intAsBigInt }) => intAsBigInt ? BigInt(str2) : parseInt(str2, 10),
        stringify: ({ value }) => intIdentify(value) ? value.toString() : JSON.stringify(value)
      },
      {
        identify: (value) => typeof value == "number",
        default: !0,
        tag: "tag:yaml.org,2002:float",
        test: /^-?(?:0|[1-9][0-9]*)(?:\.[0-9]*)?(?:[eE][-+]?[0-9]+)?$/,
        resolve: (str2) => parseFloat(str2),
        stringify: stringifyJSON
      }
    ], jsonError = {
      default: !0,
      tag: "",
      test: /^/,
      resolve(str2, onError) {
        return onError(`Unresolved plain scalar ${JSON.stringify(str2)}`), str2;
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
          let str2 = atob(src.replace(/[\n\r]/g, "")), buffer = new Uint8Array(str2.length);
          for (let i = 0; i < str2.length; ++i)
            buffer[i] = str2.charCodeAt(i);
          return buffer;
        } else
          return onError("This environment does not support reading binary tags; either Buffer or atob is required"), src;
      },
      stringify({ comment, type, value }, ctx, onComment, onChompKeep) {
        if (!value)
          return "";
        let buf = value, str2;
        if (typeof node_buffer.Buffer == "function")
          str2 = buf instanceof node_buffer.Buffer ? buf.toString("base64") : node_buffer.Buffer.from(buf.buffer).toString("base64");
        else if (typeof btoa == "function") {
          let s = "";
          for (let i = 0; i < buf.length; ++i)
            s += String.fromCharCode(buf[i]);
          str2 = btoa(s);
        } else
          throw new Error("This environment does not support writing binary tags; either Buffer or btoa is required");
        if (type ?? (type = Scalar.Scalar.BLOCK_LITERAL), type !== Scalar.Scalar.QUOTE_DOUBLE) {
          let lineWidth = Math.max(ctx.options.lineWidth - ctx.indent.length, ctx.options.minContentWidth), n = Math.ceil(str2.length / lineWidth), lines = new Array(n);
          for (let i = 0, o = 0; i < n; ++i, o += lineWidth)
            lines[i] = str2.substr(o, lineWidth);
          str2 = lines.join(type === Scalar.Scalar.BLOCK_LITERAL ? `
` : " ");
        }
        return stringifyString.stringifyString({ comment, type, value: str2 }, ctx, onComment, onChompKeep);
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
      resolve: (str2) => str2.slice(-3).toLowerCase() === "nan" ? NaN : str2[0] === "-" ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY,
      stringify: stringifyNumber.stringifyNumber
    }, floatExp = {
      identify: (value) => typeof value == "number",
      default: !0,
      tag: "tag:yaml.org,2002:float",
      format: "EXP",
      test: /^[-+]?(?:[0-9][0-9_]*)?(?:\.[0-9_]*)?[eE][-+]?[0-9]+$/,
      resolve: (str2) => parseFloat(str2.replace(/_/g, "")),
      stringify(node) {
        let num4 = Number(node.value);
        return isFinite(num4) ? num4.toExponential() : stringifyNumber.stringifyNumber(node);
      }
    }, float = {
      identify: (value) => typeof value == "number",
      default: !0,
      tag: "tag:yaml.org,2002:float",
      test: /^[-+]?(?:[0-9][0-9_]*)?\.[0-9_]*$/,
      resolve(str2) {
        let node = new Scalar.Scalar(parseFloat(str2.replace(/_/g, ""))), dot = str2.indexOf(".");
        if (dot !== -1) {
          let f = str2.substring(dot + 1).replace(/_/g, "");
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
    function intResolve(str2, offset, radix, { intAsBigInt }) {
      let sign = str2[0];
      if ((sign === "-" || sign === "+") && (offset += 1), str2 = str2.substring(offset).replace(/_/g, ""), intAsBigInt) {
        switch (radix) {
          case 2:
            str2 = `0b${str2}`;
            break;
          case 8:
            str2 = `0o${str2}`;
            break;
          case 16:
            str2 = `0x${str2}`;
            break;
        }
        let n2 = BigInt(str2);
        return sign === "-" ? BigInt(-1) * n2 : n2;
      }
      let n = parseInt(str2, radix);
      return sign === "-" ? -1 * n : n;
    }
    function intStringify(node, radix, prefix) {
      let { value } = node;
      if (intIdentify(value)) {
        let str2 = value.toString(radix);
        return value < 0 ? "-" + prefix + str2.substr(1) : prefix + str2;
      }
      return stringifyNumber.stringifyNumber(node);
    }
    var intBin = {
      identify: intIdentify,
      default: !0,
      tag: "tag:yaml.org,2002:int",
      format: "BIN",
      test: /^[-+]?0b[0-1_]+$/,
      resolve: (str2, _onError, opt) => intResolve(str2, 2, 2, opt),
      stringify: (node) => intStringify(node, 2, "0b")
    }, intOct = {
      identify: intIdentify,
      default: !0,
      tag: "tag:yaml.org,2002:int",
      format: "OCT",
      test: /^[-+]?0[0-7_]+$/,
      resolve: (str2, _onError, opt) => intResolve(str2, 1, 8, opt),
      stringify: (node) => intStringify(node, 8, "0")
    }, int = {
      identify: intIdentify,
      default: !0,
      tag: "tag:yaml.org,2002:int",
      test: /^[-+]?[0-9][0-9_]*$/,
      resolve: (str2, _onError, opt) => intResolve(str2, 0, 10, opt),
      stringify: stringifyNumber.stringifyNumber
    }, intHex = {
      identify: intIdentify,
      default: !0,
      tag: "tag:yaml.org,2002:int",
      format: "HEX",
      test: /^[-+]?0x[0-9a-fA-F_]+$/,
      resolve: (str2, _onError, opt) => intResolve(str2, 2, 16, opt),
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
    function parseSexagesimal(str2, asBigInt) {
      let sign = str2[0], parts = sign === "-" || sign === "+" ? str2.substring(1) : str2, num4 = (n) => asBigInt ? BigInt(n) : Number(n), res = parts.replace(/_/g, "").split(":").reduce((res2, p) => res2 * num4(60) + num4(p), num4(0));
      return sign === "-" ? num4(-1) * res : res;
    }
    function stringifySexagesimal(node) {
      let { value } = node, num4 = (n) => n;
      if (typeof value == "bigint")
        num4 = (n) => BigInt(n);
      else if (isNaN(value) || !isFinite(value))
        return stringifyNumber.stringifyNumber(node);
      let sign = "";
      value < 0 && (sign = "-", value *= num4(-1));
      let _60 = num4(60), parts = [value % _60];
      return value < 60 ? parts.unshift(0) : (value = (value - parts[0]) / _60, parts.unshift(value % _60), value >= 60 && (value = (value - parts[0]) / _60, parts.unshift(value))), sign + parts.map((n) => String(n).padStart(2, "0")).join(":").replace(/000000\d*$/, "");
    }
    var intTime = {
      identify: (value) => typeof value == "bigint" || Number.isInteger(value),
      default: !0,
      tag: "tag:yaml.org,2002:int",
      format: "TIME",
      test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+$/,
      resolve: (str2, _onError, { intAsBigInt }) => parseSexagesimal(str2, intAsBigInt),
      stringify: stringifySexagesimal
    }, floatTime = {
      identify: (value) => typeof value == "number",
      default: !0,
      tag: "tag:yaml.org,2002:float",
      format: "TIME",
      test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\.[0-9_]*$/,
      resolve: (str2) => parseSexagesimal(str2, !1),
      stringify: stringifySexagesimal
    }, timestamp = {
      identify: (value) => value instanceof Date,
      default: !0,
      tag: "tag:yaml.org,2002:timestamp",
      // If the time zone is omitted, the timestamp is assumed to be specified in UTC. The time part
      // may be omitted altogether, resulting in a date format. In such a case, the time part is
      // assumed to be 00:00:00Z (start of day, UTC).
      test: RegExp("^([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})(?:(?:t|T|[ \\t]+)([0-9]{1,2}):([0-9]{1,2}):([0-9]{1,2}(\\.[0-9]+)?)(?:[ \\t]*(Z|[-+][012]?[0-9](?::[0-9]{2})?))?)?$"),
      resolve(str2) {
        let match = str2.match(timestamp.test);
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
    var map = require_map(), _null = require_null(), seq = require_seq(), string = require_string(), binary = require_binary(), bool = require_bool2(), float = require_float2(), int = require_int2(), merge2 = require_merge(), omap = require_omap(), pairs = require_pairs(), set = require_set(), timestamp = require_timestamp(), schema = [
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
      merge2.merge,
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
    var map = require_map(), _null = require_null(), seq = require_seq(), string = require_string(), bool = require_bool(), float = require_float(), int = require_int(), schema = require_schema(), schema$1 = require_schema2(), binary = require_binary(), merge2 = require_merge(), omap = require_omap(), pairs = require_pairs(), schema$2 = require_schema3(), set = require_set(), timestamp = require_timestamp(), schemas = /* @__PURE__ */ new Map([
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
      merge: merge2.merge,
      null: _null.nullTag,
      omap: omap.omap,
      pairs: pairs.pairs,
      seq: seq.seq,
      set: set.set,
      timestamp: timestamp.timestamp
    }, coreKnownTags = {
      "tag:yaml.org,2002:binary": binary.binary,
      "tag:yaml.org,2002:merge": merge2.merge,
      "tag:yaml.org,2002:omap": omap.omap,
      "tag:yaml.org,2002:pairs": pairs.pairs,
      "tag:yaml.org,2002:set": set.set,
      "tag:yaml.org,2002:timestamp": timestamp.timestamp
    };
    function getTags(customTags, schemaName, addMergeTag) {
      let schemaTags = schemas.get(schemaName);
      if (schemaTags && !customTags)
        return addMergeTag && !schemaTags.includes(merge2.merge) ? schemaTags.concat(merge2.merge) : schemaTags.slice();
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
      return addMergeTag && (tags = tags.concat(merge2.merge)), tags.reduce((tags2, tag) => {
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
      constructor({ compat, customTags, merge: merge2, resolveKnownTags, schema, sortMapEntries, toStringDefaults }) {
        this.compat = Array.isArray(compat) ? tags.getTags(compat, "compat") : compat ? tags.getTags(null, compat) : null, this.name = typeof schema == "string" && schema || "core", this.knownTags = resolveKnownTags ? tags.coreKnownTags : {}, this.tags = tags.getTags(customTags, this.name, merge2), this.toStringOptions = toStringDefaults ?? null, Object.defineProperty(this, identity.MAP, { value: map.map }), Object.defineProperty(this, identity.SCALAR, { value: string.string }), Object.defineProperty(this, identity.SEQ, { value: seq.seq }), this.sortMapEntries = typeof sortMapEntries == "function" ? sortMapEntries : sortMapEntries === !0 ? sortMapEntriesByKey : null;
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
    var identity = require_identity(), stringify = require_stringify(), stringifyComment = require_stringifyComment();
    function stringifyDocument(doc, options2) {
      let lines = [], hasDirectives = options2.directives === !0;
      if (options2.directives !== !1 && doc.directives) {
        let dir = doc.directives.toString(doc);
        dir ? (lines.push(dir), hasDirectives = !0) : doc.directives.docStart && (hasDirectives = !0);
      }
      hasDirectives && lines.push("---");
      let ctx = stringify.createStringifyContext(doc, options2), { commentString } = ctx.options;
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
        let onChompKeep = contentComment ? void 0 : () => chompKeep = !0, body = stringify.stringify(doc.contents, ctx, () => contentComment = null, onChompKeep);
        contentComment && (body += stringifyComment.lineComment(body, "", commentString(contentComment))), (body[0] === "|" || body[0] === ">") && lines[lines.length - 1] === "---" ? lines[lines.length - 1] = `--- ${body}` : lines.push(body);
      } else
        lines.push(stringify.stringify(doc.contents, ctx));
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
      addIn(path29, value) {
        assertCollection(this.contents) && this.contents.addIn(path29, value);
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
      deleteIn(path29) {
        return Collection.isEmptyPath(path29) ? this.contents == null ? !1 : (this.contents = null, !0) : assertCollection(this.contents) ? this.contents.deleteIn(path29) : !1;
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
      getIn(path29, keepScalar) {
        return Collection.isEmptyPath(path29) ? !keepScalar && identity.isScalar(this.contents) ? this.contents.value : this.contents : identity.isCollection(this.contents) ? this.contents.getIn(path29, keepScalar) : void 0;
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
      hasIn(path29) {
        return Collection.isEmptyPath(path29) ? this.contents !== void 0 : identity.isCollection(this.contents) ? this.contents.hasIn(path29) : !1;
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
      setIn(path29, value) {
        Collection.isEmptyPath(path29) ? this.contents = value : this.contents == null ? this.contents = Collection.collectionFromPath(this.schema, Array.from(path29), value) : assertCollection(this.contents) && this.contents.setIn(path29, value);
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
          for (let { count: count3, res: res2 } of ctx.anchors.values())
            onAnchor(res2, count3);
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
        let count3 = 1, end = error.linePos[1];
        end?.line === line && end.col > col && (count3 = Math.max(1, Math.min(end.col - col, 80 - ci)));
        let pointer = " ".repeat(ci) + "^".repeat(count3);
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
      let isMap7 = fc.start.source === "{", fcName = isMap7 ? "flow map" : "flow sequence", NodeClass = tag?.nodeClass ?? (isMap7 ? YAMLMap.YAMLMap : YAMLSeq.YAMLSeq), coll = new NodeClass(ctx.schema);
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
          !isMap7 && ctx.options.strict && utilContainsNewline.containsNewline(key) && onError(
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
        if (!isMap7 && !sep && !props.found) {
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
            if (!isMap7 && !props.found && ctx.options.strict) {
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
          if (ctx.options.keepSourceTokens && (pair.srcToken = collItem), isMap7) {
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
      let expectedEnd = isMap7 ? "}" : "]", [ce, ...ee] = fc.end, cePos = offset;
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
    var stringify = (cst) => "type" in cst ? stringifyToken(cst) : stringifyItem(cst);
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
    exports.stringify = stringify;
  }
});

// node_modules/yaml/dist/parse/cst-visit.js
var require_cst_visit = __commonJS({
  "node_modules/yaml/dist/parse/cst-visit.js"(exports) {
    "use strict";
    var BREAK = /* @__PURE__ */ Symbol("break visit"), SKIP = /* @__PURE__ */ Symbol("skip children"), REMOVE = /* @__PURE__ */ Symbol("remove item");
    function visit(cst, visitor) {
      "type" in cst && cst.type === "document" && (cst = { start: cst.start, value: cst.value }), _visit(Object.freeze([]), cst, visitor);
    }
    visit.BREAK = BREAK;
    visit.SKIP = SKIP;
    visit.REMOVE = REMOVE;
    visit.itemAtPath = (cst, path29) => {
      let item = cst;
      for (let [field, index] of path29) {
        let tok = item?.[field];
        if (tok && "items" in tok)
          item = tok.items[index];
        else
          return;
      }
      return item;
    };
    visit.parentCollection = (cst, path29) => {
      let parent = visit.itemAtPath(cst, path29.slice(0, -1)), field = path29[path29.length - 1][0], coll = parent?.[field];
      if (coll && "items" in coll)
        return coll;
      throw new Error("Parent collection not found");
    };
    function _visit(path29, item, visitor) {
      let ctrl = visitor(item, path29);
      if (typeof ctrl == "symbol")
        return ctrl;
      for (let field of ["key", "value"]) {
        let token = item[field];
        if (token && "items" in token) {
          for (let i = 0; i < token.items.length; ++i) {
            let ci = _visit(Object.freeze(path29.concat([[field, i]])), token.items[i], visitor);
            if (typeof ci == "number")
              i = ci - 1;
            else {
              if (ci === BREAK)
                return BREAK;
              ci === REMOVE && (token.items.splice(i, 1), i -= 1);
            }
          }
          typeof ctrl == "function" && field === "key" && (ctrl = ctrl(item, path29));
        }
      }
      return typeof ctrl == "function" ? ctrl(item, path29) : ctrl;
    }
    exports.visit = visit;
  }
});

// node_modules/yaml/dist/parse/cst.js
var require_cst = __commonJS({
  "node_modules/yaml/dist/parse/cst.js"(exports) {
    "use strict";
    var cstScalar = require_cst_scalar(), cstStringify = require_cst_stringify(), cstVisit = require_cst_visit(), BOM = "\uFEFF", DOCUMENT = "", FLOW_END = "", SCALAR = "", isCollection = (token) => !!token && "items" in token, isScalar7 = (token) => !!token && (token.type === "scalar" || token.type === "single-quoted-scalar" || token.type === "double-quoted-scalar" || token.type === "block-scalar");
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
    exports.isScalar = isScalar7;
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
        let quote = this.charAt(0), end = this.buffer.indexOf(quote, this.pos + 1);
        if (quote === "'")
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
    var LineCounter2 = class {
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
    exports.LineCounter = LineCounter2;
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
              let fs25 = this.flowScalar(this.type);
              atNextItem || it.value ? (map.items.push({ start, key: fs25, sep: [] }), this.onKeyLine = !0) : it.sep ? this.stack.push(fs25) : (Object.assign(it, { key: fs25, sep: [] }), this.onKeyLine = !0);
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
              let fs25 = this.flowScalar(this.type);
              !it || it.value ? fc.items.push({ start: [], key: fs25, sep: [] }) : it.sep ? this.stack.push(fs25) : Object.assign(it, { key: fs25, sep: [] });
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
    var composer = require_composer(), Document = require_Document(), errors = require_errors(), log = require_log(), identity = require_identity(), lineCounter = require_line_counter(), parser = require_parser();
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
    function parseDocument4(source, options2 = {}) {
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
    function parse(src, reviver, options2) {
      let _reviver;
      typeof reviver == "function" ? _reviver = reviver : options2 === void 0 && reviver && typeof reviver == "object" && (options2 = reviver);
      let doc = parseDocument4(src, options2);
      if (!doc)
        return null;
      if (doc.warnings.forEach((warning) => log.warn(doc.options.logLevel, warning)), doc.errors.length > 0) {
        if (doc.options.logLevel !== "silent")
          throw doc.errors[0];
        doc.errors = [];
      }
      return doc.toJS(Object.assign({ reviver: _reviver }, options2));
    }
    function stringify(value, replacer, options2) {
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
    exports.parse = parse;
    exports.parseAllDocuments = parseAllDocuments;
    exports.parseDocument = parseDocument4;
    exports.stringify = stringify;
  }
});

// node_modules/yaml/dist/index.js
var require_dist = __commonJS({
  "node_modules/yaml/dist/index.js"(exports) {
    "use strict";
    var composer = require_composer(), Document = require_Document(), Schema = require_Schema(), errors = require_errors(), Alias = require_Alias(), identity = require_identity(), Pair = require_Pair(), Scalar = require_Scalar(), YAMLMap = require_YAMLMap(), YAMLSeq = require_YAMLSeq(), cst = require_cst(), lexer = require_lexer(), lineCounter = require_line_counter(), parser = require_parser(), publicApi = require_public_api(), visit = require_visit();
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
    exports.visit = visit.visit;
    exports.visitAsync = visit.visitAsync;
  }
});

// lib/bin/dashboard-server.ts
import fs24 from "node:fs";
import { parseArgs } from "node:util";

// lib/dashboard/server.ts
import { randomBytes as randomBytes2 } from "node:crypto";
import fs22 from "node:fs";
import http from "node:http";
import path27 from "node:path";

// lib/dashboard/answers.ts
import path5 from "node:path";

// lib/dashboard/backpressure.ts
var Outbox = class {
  pending = /* @__PURE__ */ new Map();
  budget;
  stallMs;
  constructor(opts = {}) {
    this.budget = opts.budget ?? 64 << 20, this.stallMs = opts.stallMs ?? 3e4;
  }
  /** Bytes of distinct bodies held for unfinished responses. */
  pinnedBytes() {
    let n = 0;
    for (let b of new Set(this.pending.values())) n += b.length;
    return n;
  }
  send(res, status, headers2, body) {
    if (res.writeHead(status, { ...headers2, "content-length": body.length }), res.req.method === "HEAD" || body.length === 0) {
      res.end();
      return;
    }
    this.pending.set(res, body), this.keepWithinBudget(body);
    let done = () => this.pending.delete(res);
    res.once("finish", done), res.once("close", done), res.setTimeout(this.stallMs, () => res.destroy());
    let off = 0, pump = () => {
      for (; off < body.length; ) {
        if (res.writableLength >= 1048576) return;
        let end = Math.min(off + 65536, body.length);
        res.write(body.subarray(off, end)), off = end;
      }
      res.off("drain", pump), res.end();
    };
    res.on("drain", pump), pump();
  }
  /** Drop the responses that pin the oldest bodies until what is pinned fits the budget again. */
  keepWithinBudget(newest) {
    let pinned = this.pinnedBytes();
    if (!(pinned <= this.budget))
      for (let [res, body] of this.pending) {
        if (body === newest) continue;
        let last = ![...this.pending].some(([r, b]) => r !== res && b === body);
        if (this.pending.delete(res), res.destroy(), last && (pinned -= body.length), pinned <= this.budget) return;
      }
  }
}, SharedBody = class {
  constructor(build2, keyOf, maxAgeMs) {
    this.build = build2;
    this.keyOf = keyOf;
    this.maxAgeMs = maxAgeMs;
  }
  build;
  keyOf;
  maxAgeMs;
  body;
  key = "";
  at = 0;
  get() {
    let key = this.keyOf(), now = Date.now();
    return (!this.body || key !== this.key || now - this.at >= this.maxAgeMs) && (this.body = Buffer.from(this.build()), this.key = key, this.at = now), this.body;
  }
};
function writeStream(res, chunk) {
  return res.destroyed ? !1 : res.writableLength + chunk.length > 8388608 ? (res.destroy(), !1) : (res.write(chunk), !0);
}

// lib/dashboard/state.ts
import fs2 from "node:fs";
import path4 from "node:path";

// lib/shared/atomic-write.ts
import nodeFs from "node:fs";
import path from "node:path";
function atomicWriteFileSync(file, data, opts = {}) {
  let fs25 = opts.fs ?? nodeFs, mode = opts.mode ?? 420;
  if (opts.keepMode !== !1 || opts.mode === void 0)
    try {
      mode = fs25.statSync(file).mode & 4095;
    } catch {
    }
  let tmp = path.join(
    path.dirname(file),
    `.${path.basename(file)}.${process.pid}.${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}.tmp`
  ), buf = typeof data == "string" ? Buffer.from(data, "utf8") : data, fd;
  try {
    fd = fs25.openSync(tmp, "wx", mode);
    let off = 0;
    for (; off < buf.length; ) off += fs25.writeSync(fd, buf, off, buf.length - off);
    opts.durable !== !1 && fs25.fsyncSync(fd), fs25.closeSync(fd), fd = void 0, fs25.chmodSync(tmp, mode), fs25.renameSync(tmp, file);
  } catch (err) {
    if (fd !== void 0)
      try {
        fs25.closeSync(fd);
      } catch {
      }
    try {
      fs25.unlinkSync(tmp);
    } catch {
    }
    throw err;
  }
}

// lib/shared/errors.ts
var UserError = class extends Error {
  constructor(message, exitCode = 1) {
    super(message);
    this.exitCode = exitCode;
    this.name = "UserError";
  }
  exitCode;
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

// lib/dashboard/auth.ts
import { createHmac, randomBytes, timingSafeEqual } from "node:crypto";
var TOKEN_PARAM = "token";
function newToken() {
  return randomBytes(24).toString("base64url");
}
function cookieName(port) {
  return `twol_dashboard_${port}`;
}
function sessionCookie(port, token) {
  return `${cookieName(port)}=${token}; HttpOnly; SameSite=Strict; Path=/`;
}
function sameSecret(given, token) {
  let a = Buffer.from(given), b = Buffer.from(token);
  return a.length === b.length && timingSafeEqual(a, b);
}
function cookieValue(header, name) {
  if (header)
    for (let part of header.split(";")) {
      let eq = part.indexOf("=");
      if (eq !== -1 && part.slice(0, eq).trim() === name) return part.slice(eq + 1).trim();
    }
}
function presented(headers2, query, port) {
  let out = [], cookie = cookieValue(headers2.cookie, cookieName(port));
  cookie !== void 0 && out.push(cookie);
  let bearer = /^Bearer\s+(\S+)\s*$/i.exec(headers2.authorization ?? "");
  bearer && out.push(bearer[1]);
  let q = query.get(TOKEN_PARAM);
  return q !== null && out.push(q), out;
}
function isAuthorized(headers2, query, port, token) {
  let ok = !1;
  for (let given of presented(headers2, query, port)) ok = sameSecret(given, token) || ok;
  return ok;
}
function identityProof(token, challenge) {
  return createHmac("sha256", token).update(`2l-dashboard identity
${challenge}`).digest("base64url");
}

// lib/events/project-dir.ts
import path2 from "node:path";
var STATE_DIR = ".2L", EVENTS_FILE = "events.jsonl";
function stateDir(projectDir) {
  return path2.join(projectDir, STATE_DIR);
}
function eventsPath(projectDir) {
  return path2.join(projectDir, STATE_DIR, EVENTS_FILE);
}

// lib/dashboard/port-pick.ts
var LOOPBACK = "127.0.0.1", PortsBusyError = class extends Error {
  constructor(ports) {
    super(`no free port: ${busyText(ports)}`);
    this.ports = ports;
  }
  ports;
};
function parsePorts(spec) {
  let out = [];
  for (let part of spec.split(",")) {
    let m = /^\s*(\d{1,5})\s*(?:-\s*(\d{1,5})\s*)?$/.exec(part);
    if (!m) return;
    let a = Number(m[1]), b = m[2] === void 0 ? a : Number(m[2]);
    if (a > 65535 || b > 65535 || b < a || b - a > 1e3) return;
    for (let p = a; p <= b; p++) out.push(p);
  }
  return out.length > 0 && out.length <= 1e3 ? out : void 0;
}
function busyText(ports) {
  return ports.length === 1 ? `port ${ports[0]} is in use` : `${describePorts(ports)} are all in use`;
}
function describePorts(ports) {
  return ports.length === 1 ? `port ${ports[0]}` : ports.every((p, i) => i === 0 || p === ports[i - 1] + 1) ? `ports ${ports[0]}\u2013${ports[ports.length - 1]}` : `ports ${ports.join(", ")}`;
}
function listenOnce(server, port, host) {
  return new Promise((resolve, reject) => {
    let onError = (err) => {
      server.off("listening", onListening), err.code === "EADDRINUSE" || err.code === "EACCES" ? resolve(!1) : reject(err);
    }, onListening = () => {
      server.off("error", onError), resolve(!0);
    };
    server.once("error", onError), server.once("listening", onListening), server.listen({ port, host, exclusive: !0 });
  });
}
async function listenOnFirstFree(server, ports, host = LOOPBACK) {
  for (let port of ports)
    if (await listenOnce(server, port, host)) {
      let addr = server.address();
      return typeof addr == "object" && addr ? addr.port : port;
    }
  throw new PortsBusyError([...ports]);
}

// lib/shared/safe-fs.ts
import fs from "node:fs";
import path3 from "node:path";
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
var { O_RDONLY, O_RDWR, O_WRONLY, O_APPEND, O_CREAT, O_EXCL, O_TRUNC } = fs.constants, O_NOFOLLOW = fs.constants.O_NOFOLLOW ?? 0, O_NONBLOCK = fs.constants.O_NONBLOCK ?? 0, READ_FLAGS = O_RDONLY | O_NOFOLLOW | O_NONBLOCK, APPEND_FLAGS = O_RDWR | O_APPEND | O_CREAT | O_NOFOLLOW | O_NONBLOCK, CREATE_EXCL_FLAGS = O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW, TRUNCATE_FLAGS = O_WRONLY | O_CREAT | O_TRUNC | O_NOFOLLOW | O_NONBLOCK, myUid = typeof process.getuid == "function" ? process.getuid() : void 0;
function openRegular(file, flags2, mode = 384) {
  let fd;
  try {
    fd = fs.openSync(file, flags2 | O_NOFOLLOW, mode);
  } catch (err) {
    throw openError(file, err);
  }
  return regularOnly(fd, file);
}
function regularOnly(fd, file) {
  let st;
  try {
    st = fs.fstatSync(fd);
  } catch (err) {
    throw fs.closeSync(fd), err;
  }
  if (!st.isFile())
    throw fs.closeSync(fd), new UnsafePathError(file, "not-regular");
  return fd;
}
function openError(file, err) {
  let code = errorCode(err);
  return code === "ELOOP" || code === "EMLINK" ? new UnsafePathError(file, "symlink") : code === "ENXIO" || code === "EOPNOTSUPP" ? new UnsafePathError(file, "not-regular") : err;
}
async function openRegularHandle(file) {
  let h;
  try {
    h = await fs.promises.open(file, READ_FLAGS);
  } catch (err) {
    if (errorCode(err) === "ENOENT") return;
    throw openError(file, err);
  }
  let regular;
  try {
    regular = (await h.stat()).isFile();
  } catch (err) {
    throw await h.close(), err;
  }
  if (!regular)
    throw await h.close(), new UnsafePathError(file, "not-regular");
  return h;
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
    let size = fs.fstatSync(fd).size;
    if (size > maxBytes) throw new UnsafePathError(file, "too-big", `${size} bytes, limit ${maxBytes}`);
    let chunks = [], total = 0, buf = Buffer.allocUnsafe(Math.min(Math.max(size, 4096) + 1, maxBytes + 1));
    for (; ; ) {
      let n = fs.readSync(fd, buf, 0, buf.length, null);
      if (n === 0) break;
      if (total += n, total > maxBytes) throw new UnsafePathError(file, "too-big", `over ${maxBytes} bytes`);
      chunks.push(Buffer.from(buf.subarray(0, n)));
    }
    return Buffer.concat(chunks, total);
  } finally {
    fs.closeSync(fd);
  }
}
function readRegularText(file, maxBytes) {
  return readRegularFile(file, maxBytes)?.toString("utf8");
}
function readUserRegularText(file, maxBytes) {
  let fd;
  try {
    fd = fs.openSync(file, O_RDONLY | O_NONBLOCK);
  } catch (err) {
    if (errorCode(err) === "ENOENT") return;
    throw err;
  }
  return readCapped(regularOnly(fd, file), file, maxBytes).toString("utf8");
}
function ensurePrivateDir(dir) {
  let created = !1;
  try {
    fs.mkdirSync(dir, { mode: 448 }), created = !0;
  } catch (err) {
    if (errorCode(err) !== "EEXIST") throw err;
  }
  return checkPrivateDir(dir), created;
}
function checkPrivateDir(dir) {
  let st = fs.lstatSync(dir);
  if (st.isSymbolicLink()) throw new UnsafePathError(dir, "symlink");
  if (!st.isDirectory()) throw new UnsafePathError(dir, "not-directory");
  if (myUid !== void 0 && st.uid !== myUid) throw new UnsafePathError(dir, "not-owner");
}
function ensureStateRoot(stateRoot) {
  let created = ensurePrivateDir(stateRoot);
  if (created)
    try {
      let fd = openRegular(path3.join(stateRoot, ".gitignore"), CREATE_EXCL_FLAGS, 384);
      try {
        fs.writeSync(fd, `# 2L state: private to this machine
*
`);
      } finally {
        fs.closeSync(fd);
      }
    } catch {
    }
  return created;
}
function ensureStateSubdir(stateRoot, dir) {
  let rel = path3.relative(stateRoot, dir);
  if (rel.startsWith("..") || path3.isAbsolute(rel)) throw new Error(`${dir} is outside ${stateRoot}`);
  ensureStateRoot(stateRoot);
  let cur = stateRoot;
  for (let part of rel.split(path3.sep).filter(Boolean))
    cur = path3.join(cur, part), ensurePrivateDir(cur);
}
function refusalText(err) {
  let text2 = `${describe(err.reason)}${err.detail ? ` (${err.detail})` : ""}`;
  return err.reason === "not-regular" ? `${text2} (remove it)` : text2;
}
function isUnsafePath(err) {
  return err instanceof UnsafePathError;
}

// lib/shared/duration.ts
var UNIT_MS = {
  ms: 1,
  s: 1e3,
  m: 6e4,
  h: 36e5,
  d: 864e5,
  w: 6048e5
}, PART = /(\d+(?:\.\d+)?)(ms|s|m|h|d|w)/y;
function parseDuration(text2) {
  let s = text2.trim();
  if (s === "") throw new Error("empty duration (use e.g. `15m`, `2h`, `1d`)");
  let total = 0;
  for (PART.lastIndex = 0; PART.lastIndex < s.length; ) {
    let at = PART.lastIndex, m = PART.exec(s);
    if (!m)
      throw new Error(
        `\`${s.slice(0, 40)}\` is not a duration (use e.g. \`15m\`, \`2h\`, \`1d\`; bad part at \`${s.slice(at, at + 10)}\`)`
      );
    total += Number(m[1]) * UNIT_MS[m[2]];
  }
  if (!Number.isFinite(total) || total <= 0) throw new Error(`\`${s.slice(0, 40)}\` is not a positive duration`);
  return total;
}
function formatMs(ms, missing = "-") {
  if (ms === void 0 || !Number.isFinite(ms) || ms < 0) return missing;
  if (ms < 1e3) return `${ms < 10 ? Math.round(ms * 10) / 10 : Math.round(ms)} ms`;
  if (ms < 6e4) return `${(ms / 1e3).toFixed(ms < 1e4 ? 2 : 1)} s`;
  let sec = Math.round(ms / 1e3);
  return sec < 3600 ? `${Math.floor(sec / 60)}m ${String(sec % 60).padStart(2, "0")}s` : sec < 86400 ? `${Math.floor(sec / 3600)}h ${String(Math.floor(sec % 3600 / 60)).padStart(2, "0")}m` : `${Math.floor(sec / 86400)}d ${Math.floor(sec % 86400 / 3600)}h`;
}
function durationFigure(ms) {
  if (ms < 1e3) return `${Math.round(ms * 10) / 10} ms`;
  if (ms < 59950) return `${String(Number((ms / 1e3).toFixed(ms < 1e4 ? 2 : 1)))} s`;
  let sec = Math.round(ms / 1e3);
  return sec < 3600 && sec % 60 === 0 ? `${sec / 60} min` : formatMs(ms);
}
function formatFigure(value, unit, missing = "-") {
  if (value == null || !Number.isFinite(value)) return missing;
  if (unit === "ms") return value < 0 ? missing : durationFigure(value);
  if (unit === "ratio") {
    let pct = value * 100;
    return `${Math.abs(pct) < 1 ? Math.round(pct * 100) / 100 : Math.round(pct * 10) / 10} %`;
  }
  if (unit === "usd") return `$${value.toFixed(2)}`;
  let n = Math.abs(value) >= 100 ? Math.round(value) : Math.round(value * 100) / 100;
  return unit ? `${n} ${unit}` : String(n);
}
function localDate(d) {
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, "0")}-${String(d.getDate()).padStart(2, "0")}`;
}

// lib/dashboard/state.ts
var APP_ID = "2l-dashboard";
var MAX_STATE_BYTES = 65536;
function dashboardDir(project) {
  return path4.join(stateDir(project), "dashboard");
}
function statePath(project) {
  return path4.join(dashboardDir(project), "server.json");
}
function serverUrl(port) {
  return `http://${LOOPBACK}:${port}/`;
}
function isState(v) {
  if (!v || typeof v != "object") return !1;
  let s = v;
  return s.app === APP_ID && Number.isInteger(s.pid) && s.pid > 1 && Number.isInteger(s.port) && s.port > 0 && s.port < 65536 && typeof s.project == "string" && typeof s.instance == "string" && typeof s.token == "string" && typeof s.url == "string" && typeof s.started == "string";
}
function stateDirsAreOurs(project) {
  try {
    return checkPrivateDir(stateDir(project)), checkPrivateDir(dashboardDir(project)), !0;
  } catch (err) {
    if (isUnsafePath(err) || ["ENOENT", "ENOTDIR"].includes(errorCode(err) ?? "")) return !1;
    throw err;
  }
}
function readState(project) {
  if (!stateDirsAreOurs(project)) return;
  let text2;
  try {
    text2 = readRegularText(statePath(project), MAX_STATE_BYTES);
  } catch {
    return "invalid";
  }
  if (text2 !== void 0)
    try {
      let v = JSON.parse(text2);
      return isState(v) ? v : "invalid";
    } catch {
      return "invalid";
    }
}
function ensureDashboardDir(project) {
  ensureStateSubdir(stateDir(project), dashboardDir(project));
}
function writeState(project, state) {
  ensureDashboardDir(project), atomicWriteFileSync(statePath(project), `${JSON.stringify(state, null, 2)}
`, { mode: 384, keepMode: !1 });
}
function clearState(project, instance) {
  if (stateDirsAreOurs(project)) {
    if (instance !== void 0) {
      let cur = readState(project);
      if (cur && cur !== "invalid" && cur.instance !== instance) return;
    }
    fs2.rmSync(statePath(project), { force: !0 });
  }
}

// lib/monitor/prometheus.ts
var OTHER = "other", histogramOf = (s) => ({
  bounds: s.exportBounds,
  counts: s.exportCounts,
  count: s.count,
  sum: s.sum
}), PROM_CONTENT_TYPE = "text/plain; version=0.0.4; charset=utf-8", PROM_PREFIX = "twol_";
function escapeLabelValue(v) {
  return v.replace(/\\/g, "\\\\").replace(/\n/g, "\\n").replace(/"/g, '\\"');
}
function escapeHelp(v) {
  return v.replace(/\\/g, "\\\\").replace(/\n/g, "\\n");
}
function formatValue(n) {
  return Number.isNaN(n) ? "NaN" : n === 1 / 0 ? "+Inf" : n === -1 / 0 ? "-Inf" : String(n);
}
function labelText(labels) {
  let keys = Object.keys(labels);
  return keys.length === 0 ? "" : `{${keys.map((k) => `${k}="${escapeLabelValue(labels[k])}"`).join(",")}}`;
}
var Writer = class {
  lines = [];
  family(name, type, help) {
    this.lines.push(`# HELP ${PROM_PREFIX}${name} ${escapeHelp(help)}`, `# TYPE ${PROM_PREFIX}${name} ${type}`);
  }
  sample(name, value, labels = {}) {
    this.lines.push(`${PROM_PREFIX}${name}${labelText(labels)} ${formatValue(value)}`);
  }
  /** Cumulative buckets in seconds from DurationStats' millisecond export counts. */
  histogram(name, stats, labels = {}) {
    let h = "exportBounds" in stats ? histogramOf(stats) : stats;
    h.bounds.forEach((ms, i) => this.sample(`${name}_bucket`, h.counts[i], { ...labels, le: formatValue(ms / 1e3) })), this.sample(`${name}_bucket`, h.count, { ...labels, le: "+Inf" }), this.sample(`${name}_sum`, h.sum / 1e3, labels), this.sample(`${name}_count`, h.count, labels);
  }
  text() {
    return `${this.lines.join(`
`)}
`;
  }
}, PLAN_STATES = ["none", "running", "complete"];
function boundedTools(tools, max = 40) {
  let rows = [], other;
  for (let [tool, t] of tools) {
    if (tools.size <= max || rows.length < max - 1) {
      rows.push([
        tool === OTHER ? `${OTHER}_` : tool,
        { calls: t.calls, failures: t.failures, stats: histogramOf(t.stats) }
      ]);
      continue;
    }
    let h = histogramOf(t.stats);
    other || (other = { calls: 0, failures: 0, stats: { bounds: h.bounds, counts: h.bounds.map(() => 0), count: 0, sum: 0 } }), other.calls += t.calls, other.failures += t.failures, other.stats = {
      bounds: h.bounds,
      counts: other.stats.counts.map((c, i) => c + h.counts[i]),
      count: other.stats.count + h.count,
      sum: other.stats.sum + h.sum
    };
  }
  return rows.sort((a, b) => a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0), other && rows.push([OTHER, other]), rows;
}
var ALERT_STATES = ["ok", "pending", "firing"];
function renderAlerts(w, rows) {
  if (rows.length !== 0) {
    w.family("alert_state", "gauge", "State of each performance target: 1 for its current state (ok, pending, firing).");
    for (let r of rows)
      for (let state of ALERT_STATES)
        w.sample("alert_state", r.status === state ? 1 : 0, {
          target: r.key,
          severity: r.status === "ok" ? "none" : r.severity ?? "warning",
          state
        });
    w.family("target_threshold", "gauge", "Threshold of each performance target, in its own unit.");
    for (let r of rows) w.sample("target_threshold", r.target, { target: r.key, unit: r.unit });
    w.family("target_value", "gauge", "Current value of each measured performance target, in its own unit.");
    for (let r of rows) r.current !== null && w.sample("target_value", r.current, { target: r.key, unit: r.unit });
  }
}
function renderPrometheus(summary, now = /* @__PURE__ */ new Date(), alerts = []) {
  let s = summary.snapshot(now), w = new Writer();
  w.family("events_total", "counter", "Events read from the 2L log, by event type.");
  let types = Object.keys(s.by_type).sort();
  for (let type of types) w.sample("events_total", s.by_type[type], { type });
  w.family("malformed_lines_total", "counter", "Log lines skipped because they were not 2L events."), w.sample("malformed_lines_total", s.malformed), w.family("errors_total", "counter", "Error events (tool failures, stop errors, events carrying an error)."), w.sample("errors_total", s.errors.count), w.family("sessions", "gauge", "Claude Code sessions seen in the log, by state.");
  let ended = s.sessions.filter((x) => x.ended !== void 0).length;
  w.sample("sessions", s.sessions.length - ended, { state: "open" }), w.sample("sessions", ended, { state: "ended" }), w.family(
    "agents",
    "gauge",
    "Agents started and not completed, by state (orphaned: no completion after the timeout or after their session ended)."
  ), w.sample("agents", s.agents.active.length, { state: "active" }), w.sample("agents", s.agents.orphaned.length, { state: "orphaned" }), w.family("agents_completed_total", "counter", "Agent completions seen in the log."), w.sample("agents_completed_total", s.agents.completed), w.family("plan_status", "gauge", "State of the 2L plan: 1 for the current state, 0 for the others.");
  for (let state of PLAN_STATES) w.sample("plan_status", s.plan.status === state ? 1 : 0, { status: state });
  w.family("phases", "gauge", "Phases entered in the current plan."), w.sample("phases", s.phases.length);
  let tools = boundedTools(summary.toolStats());
  w.family("tool_calls_total", "counter", "Completed tool calls (success or failure), by tool.");
  for (let [tool, t] of tools) w.sample("tool_calls_total", t.calls, { tool });
  w.family("tool_failures_total", "counter", "Failed tool calls, by tool.");
  for (let [tool, t] of tools) w.sample("tool_failures_total", t.failures, { tool });
  w.family("tool_duration_seconds", "histogram", "Tool call duration as reported by Claude Code, by tool.");
  for (let [tool, t] of tools) w.histogram("tool_duration_seconds", t.stats, { tool });
  if (w.family("hook_duration_seconds", "histogram", "Time the 2L hook took per event before its write (hook overhead)."), w.histogram("hook_duration_seconds", summary.hookStats()), renderMetricSeries(w, s.metrics.series), renderAlerts(w, alerts), s.last) {
    let t = Date.parse(s.last);
    Number.isFinite(t) && (w.family("last_event_timestamp_seconds", "gauge", "Unix time of the newest event in the log."), w.sample("last_event_timestamp_seconds", t / 1e3));
  }
  return w.text();
}
function renderMetricSeries(w, all) {
  if (all.length === 0) return;
  let series2 = all.slice(0, 100);
  w.family("label_overflow", "gauge", "Series not exposed because a family reached its cap of distinct label values."), w.sample("label_overflow", all.length - series2.length, { family: "metric_value" });
  let labelsOf = (m) => ({ name: m.name, ...m.labels });
  w.family("metric_value", "gauge", "Newest value of each metric orchestrators reported (2l metric), in its own unit.");
  for (let m of series2) w.sample("metric_value", m.last, m.unit ? { ...labelsOf(m), unit: m.unit } : labelsOf(m));
  w.family(
    "metric_observations",
    "summary",
    "Values reported per metric: quantiles of the newest 256, sum and count of all."
  );
  for (let m of series2)
    w.sample("metric_observations", m.p50, { ...labelsOf(m), quantile: "0.5" }), w.sample("metric_observations", m.p95, { ...labelsOf(m), quantile: "0.95" }), w.sample("metric_observations_sum", m.sum, labelsOf(m)), w.sample("metric_observations_count", m.count, labelsOf(m));
}

// lib/dashboard/answers.ts
var Answers = class {
  constructor(feed, project, started, alertRows = () => [], costs) {
    this.feed = feed;
    this.project = project;
    this.started = started;
    this.alertRows = alertRows;
    this.costs = costs;
    let problemKey = () => feed.logStatus().problem ?? "", alertStates = () => this.alertRows().map((r) => r.status).join();
    this.state = new SharedBody(
      () => JSON.stringify(this.statePayload()),
      () => `${feed.epoch}|${problemKey()}`,
      500
    ), this.early = new SharedBody(
      () => JSON.stringify({
        ...this.statePayload(),
        loading: !0,
        progress: feed.progress(),
        seq: 0,
        events: this.preview
      }),
      () => "",
      250
    ), this.summary = new SharedBody(
      () => JSON.stringify(feed.summary.snapshot()),
      () => `${feed.epoch}|${feed.seq}`,
      1e3
    ), this.metrics = new SharedBody(
      () => renderPrometheus(feed.summary, /* @__PURE__ */ new Date(), this.alertRows()) + (this.costs?.latest() ?? ""),
      // An alert changes state with no new event (its pending time runs out), so the states are in the key;
      // the cost counters change with the clock too (burn rate, today), so their version is.
      () => `${feed.epoch}|${feed.seq}|${alertStates()}|${this.costs?.version ?? 0}`,
      1e3
    );
  }
  feed;
  project;
  started;
  alertRows;
  costs;
  /** `/api/state`: the newest events, the summary and where the log stands. */
  state;
  /** `/api/summary`. */
  summary;
  /** `/metrics`, in Prometheus text format. */
  metrics;
  early;
  preview = [];
  /** `/api/state?early=1` while the log is still being read: its newest events and the summary so far. */
  async earlyState() {
    return this.preview = await this.feed.preview(), this.early.get();
  }
  statePayload() {
    let feed = this.feed;
    return {
      app: APP_ID,
      project: this.project,
      name: path5.basename(this.project),
      log: { path: feed.file, ...feed.logStatus() },
      started: this.started,
      seq: feed.seq,
      epoch: feed.epoch,
      now: (/* @__PURE__ */ new Date()).toISOString(),
      summary: feed.summary.snapshot(),
      events: feed.lines(),
      loading: !1,
      progress: 1
    };
  }
};

// lib/monitor/cost-collect.ts
import fs7 from "node:fs";
import path9 from "node:path";

// lib/events/stream.ts
import fs6 from "node:fs";

// lib/events/format.ts
var CHECK_TYPES = ["db_check", "mcp_check"], TOOL_TYPES = [...CHECK_TYPES, "performance_alert"];
var DENIED_EVENT_TYPE = "tool_denied", ERROR_EVENT_TYPES = ["tool_error", "stop_error", "error"], WARNING_EVENT_TYPES = ["performance_alert", "permission_denied"];
function isErrorEvent(type) {
  return ERROR_EVENT_TYPES.includes(type);
}
function isWarningEvent(type) {
  return WARNING_EVENT_TYPES.includes(type);
}
var DEFAULT_PHASE = "unknown", DEFAULT_AGENT = "orchestrator", MAIN_AGENT = "main";
function parseEventLine(line) {
  if (!line || line[0] !== "{") return;
  let e;
  try {
    e = JSON.parse(line);
  } catch {
    return;
  }
  if (!(!e || typeof e != "object" || Array.isArray(e) || typeof e.timestamp != "string" || typeof e.event_type != "string"))
    return typeof e.phase != "string" && (e.phase = DEFAULT_PHASE), typeof e.agent_id != "string" && (e.agent_id = DEFAULT_AGENT), typeof e.data != "string" && (e.data = e.data === void 0 ? "" : JSON.stringify(e.data)), typeof e.v != "number" && (e.v = 0), e.source !== "hook" && (e.source = "emit"), e;
}
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

// lib/events/lines.ts
var LineSplitter = class {
  parts = [];
  partBytes = 0;
  /** Inside a line past the cap: its bytes are skipped up to its newline. */
  dropping;
  max;
  headBytes;
  constructor(opts = {}) {
    this.max = opts.maxLineBytes ?? Number.POSITIVE_INFINITY, this.headBytes = opts.headBytes ?? 0;
  }
  /** Bytes held for a line not yet ended (none while a dropped line is skipped). */
  get held() {
    return this.partBytes;
  }
  /** The lines `chunk` completes. The chunk may be reused by the caller afterwards: what is kept is copied. */
  push(chunk) {
    let first = chunk.indexOf(10);
    if (first === -1)
      return this.keep(chunk), [];
    let lines = [this.finish(chunk.subarray(0, first))], last = chunk.lastIndexOf(10);
    if (last > first) {
      let text2 = chunk.toString("utf8", first + 1, last), at = last - first - 1 > this.max ? first + 1 : -1;
      for (let l of text2.split(`
`)) {
        if (at !== -1) {
          let start = at;
          if (at = chunk.indexOf(10, start) + 1, at - 1 - start > this.max) {
            lines.push({ head: chunk.toString("utf8", start, start + Math.min(at - 1 - start, this.headBytes)) });
            continue;
          }
        }
        lines.push(l.charCodeAt(l.length - 1) === 13 ? l.slice(0, -1) : l);
      }
    }
    return this.keep(chunk.subarray(last + 1)), lines;
  }
  /**
   * The input ended: the last line if it had no newline (a Dropped when it
   * was too long), undefined when there is none. The splitter starts afresh.
   */
  end() {
    if (!(this.partBytes === 0 && !this.dropping))
      return this.finish(Buffer.alloc(0));
  }
  /** Forget the unfinished line (the input was truncated, or switched to another file). */
  reset() {
    this.parts = [], this.partBytes = 0, this.dropping = void 0;
  }
  /** The line held so far plus `tail`, which ends it. */
  finish(tail) {
    !this.dropping && this.partBytes + tail.length > this.max && this.startDropping(tail);
    let dropped = this.dropping, whole2 = dropped ? void 0 : this.parts.length === 0 ? tail : Buffer.concat([...this.parts, tail]);
    if (this.reset(), !whole2) return dropped;
    let end = whole2.length > 0 && whole2[whole2.length - 1] === 13 ? whole2.length - 1 : whole2.length;
    return whole2.toString("utf8", 0, end);
  }
  keep(rest) {
    rest.length === 0 || this.dropping || (this.partBytes + rest.length > this.max ? this.startDropping(rest) : (this.parts.push(Buffer.from(rest)), this.partBytes += rest.length));
  }
  /** The line held plus `more` is past the cap: keep its head, let go of the rest. */
  startDropping(more) {
    let head = this.headBytes === 0 ? "" : Buffer.concat([...this.parts, more], Math.min(this.headBytes, this.partBytes + more.length)).toString("utf8");
    this.parts = [], this.partBytes = 0, this.dropping = { head };
  }
};

// lib/events/writer.ts
import fs5 from "node:fs";
import path8 from "node:path";

// lib/shared/state-lock.ts
import fs3 from "node:fs";
function takeStateLock(lock, opts) {
  try {
    return fs3.mkdirSync(lock, { mode: 448 }), !0;
  } catch (err) {
    if (errorCode(err) !== "EEXIST") throw err;
  }
  let st = fs3.lstatSync(lock, { throwIfNoEntry: !1 });
  if (st === void 0) return !1;
  if (st.isDirectory()) {
    if (Date.now() - st.mtimeMs <= opts.staleMs) return !1;
    try {
      fs3.rmdirSync(lock);
    } catch (err) {
      let code = errorCode(err);
      if (code === "ENOTEMPTY" || code === "EEXIST")
        throw new Error(`${lock} holds files, so it is not a lock of 2L's (remove it)`);
      return !1;
    }
  } else {
    if (opts.planted !== "remove") throw new UnsafePathError(lock, st.isSymbolicLink() ? "symlink" : "not-directory");
    try {
      fs3.unlinkSync(lock);
    } catch {
      return !1;
    }
  }
  if (!opts.takeOverStale) return !1;
  try {
    return fs3.mkdirSync(lock, { mode: 448 }), !0;
  } catch {
    return !1;
  }
}
function releaseStateLock(lock) {
  try {
    fs3.rmdirSync(lock);
  } catch {
  }
}

// lib/events/project-registry.ts
import fs4 from "node:fs";
import path7 from "node:path";

// lib/shared/claude-config.ts
import os from "node:os";
import path6 from "node:path";
function claudeConfigDir(env = process.env) {
  let dir = env.CLAUDE_CONFIG_DIR;
  return dir && path6.isAbsolute(dir) ? dir : path6.join(env.HOME || os.homedir(), ".claude");
}

// lib/events/project-registry.ts
var MAX_BYTES = 524288, MAX_PROJECTS = 1e3, MAX_PATH = 4096;
function registryPath(env = process.env) {
  return path7.join(claudeConfigDir(env), "2l", "projects.json");
}
function cleanPath(p) {
  if (!(typeof p != "string" || p.length === 0 || p.length > MAX_PATH || p.includes("\0")))
    return path7.isAbsolute(p) && path7.resolve(p) === p ? p : void 0;
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
function usableProject(project) {
  if (!cleanPath(project) || !fs4.lstatSync(project, { throwIfNoEntry: !1 })?.isDirectory()) return !1;
  try {
    return checkPrivateDir(path7.join(project, STATE_DIR)), !0;
  } catch {
    return !1;
  }
}
function registerProject(project, env = process.env, now = /* @__PURE__ */ new Date()) {
  if (env.TWOL_REGISTRY !== "off")
    try {
      let p = cleanPath(path7.resolve(project));
      if (!p) return;
      let config = claudeConfigDir(env);
      if (!fs4.lstatSync(config, { throwIfNoEntry: !1 })?.isDirectory()) return;
      let dir = path7.dirname(registryPath(env));
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
    return fs5.readSync(fd, last, 0, 1, size - 1) === 1 && last[0] === 10;
  } catch {
    return !0;
  }
}
function writeAll(fd, buf) {
  let off = 0;
  for (; off < buf.length; ) off += fs5.writeSync(fd, buf, off, buf.length - off);
}
function useStateDir(dir) {
  try {
    checkPrivateDir(dir);
  } catch (err) {
    if (errorCode(err) === "ENOENT")
      ensureStateRoot(dir) && registerProject(path8.dirname(dir));
    else throw err;
  }
}
function appendToLog(dir, buf, opts = {}) {
  let file = path8.join(dir, EVENTS_FILE), cap = opts.maxBytes ?? maxLogBytes();
  useStateDir(dir);
  let fd = openRegular(file, APPEND_FLAGS);
  try {
    let st = fs5.fstatSync(fd);
    st.size + buf.length > cap && rotateOrWarn(dir, file, cap, opts) && (fs5.closeSync(fd), fd = openRegular(file, APPEND_FLAGS), st = fs5.fstatSync(fd));
    let cutOff = st.size > 0 && Date.now() - st.mtimeMs > SETTLED_MS && !endsWithNewline(fd, st.size);
    writeAll(fd, cutOff ? Buffer.concat([NEWLINE, buf]) : buf);
  } finally {
    fs5.closeSync(fd);
  }
}
function rotateOrWarn(dir, file, cap, opts) {
  try {
    return rotate(dir, file, cap, opts.now ?? (() => /* @__PURE__ */ new Date()));
  } catch (err) {
    return opts.onWarning?.(`the log was not rotated: ${isUnsafePath(err) ? `refused ${err.message}` : errorMessage(err)}`), !1;
  }
}
var exists = (p) => fs5.lstatSync(p, { throwIfNoEntry: !1 }) !== void 0;
function rotate(dir, file, cap, now) {
  let lock = path8.join(dir, ".rotate.lock");
  if (!takeStateLock(lock, { staleMs: STALE_LOCK_MS, takeOverStale: !1 })) return !1;
  try {
    let st = fs5.lstatSync(file, { throwIfNoEntry: !1 });
    if (st === void 0 || !st.isFile() || st.size < cap) return !0;
    let at = now(), target = path8.join(dir, archiveName(at));
    for (let i = 1; exists(target); i++) target = path8.join(dir, archiveName(at).replace(".jsonl", `-${i}.jsonl`));
    return fs5.renameSync(file, target), !0;
  } finally {
    releaseStateLock(lock);
  }
}
function appendEvent(projectDir, event, opts = {}) {
  appendToLog(path8.join(projectDir, STATE_DIR), serialise(event), opts);
}
function listArchives(dir) {
  let names;
  try {
    names = fs5.readdirSync(dir);
  } catch {
    return [];
  }
  let keyed = [];
  for (let n of names) {
    let m = /^events-(\d{8}T\d{9}Z)(?:-(\d+))?\.jsonl$/.exec(n);
    m && keyed.push([m[1], Number(m[2] ?? 0), n]);
  }
  return keyed.sort((a, b) => a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : a[1] - b[1]), keyed.map(([, , n]) => path8.join(dir, n));
}

// lib/events/stream.ts
function newStreamStats() {
  return {
    files: 0,
    bytes: 0,
    lines: 0,
    events: 0,
    skipped: 0,
    malformed: 0,
    truncated: 0,
    oversized: 0,
    skippedFiles: 0
  };
}
async function* fileLines(file, maxLineBytes, stats, chunkBytes = 65536, start = 0) {
  let splitter = new LineSplitter({ maxLineBytes }), fd = typeof file == "number" ? file : openRegular(file, READ_FLAGS), stream = fs6.createReadStream("", { fd, highWaterMark: chunkBytes, start });
  for await (let chunk of stream) {
    stats.bytes += chunk.length;
    let lines = splitter.push(chunk);
    lines.length > 0 && (yield { lines, complete: !0 });
  }
  let last = splitter.end();
  last !== void 0 && (yield { lines: [last], complete: !1 });
}
var CANONICAL = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;
function isBefore(timestamp, since, sinceIso) {
  if (timestamp.length === 24 && CANONICAL.test(timestamp)) return timestamp < sinceIso;
  let t = Date.parse(timestamp);
  return Number.isNaN(t) ? !1 : t < since.getTime();
}
async function* streamFileBatches(files, opts = {}) {
  let stats = opts.stats ?? newStreamStats(), maxLine = opts.maxLineBytes ?? 16 * 1024 * 1024, since = opts.since, sinceIso = since?.toISOString() ?? "", bad = (kind) => {
    stats[kind]++, opts.onBadLine?.(kind);
  }, resume = opts.resume;
  try {
    yield* readFiles();
  } finally {
    resume && fs6.closeSync(resume.fd);
  }
  async function* readFiles() {
    for (let file of files) {
      let fd, mtime, start = 0;
      try {
        if (resume?.file === file ? ({ fd, start } = resume, resume = void 0) : fd = openRegularForRead(file), fd === void 0) continue;
        mtime = fs6.fstatSync(fd).mtimeMs;
      } catch (err) {
        throw fd !== void 0 && fs6.closeSync(fd), readError(file, err);
      }
      if (since && file.includes("events-") && mtime < since.getTime()) {
        fs6.closeSync(fd), stats.skippedFiles++;
        continue;
      }
      stats.files++;
      try {
        for await (let batch of fileLines(fd, maxLine, stats, opts.chunkBytes, start)) {
          let out = [];
          for (let text2 of batch.lines) {
            if (text2 === "") continue;
            if (stats.lines++, typeof text2 != "string") {
              bad("oversized");
              continue;
            }
            let event = parseEventLine(text2);
            if (!event) {
              bad(batch.complete ? "malformed" : "truncated");
              continue;
            }
            if (stats.events++, since && isBefore(event.timestamp, since, sinceIso)) {
              stats.skipped++;
              continue;
            }
            out.push(event);
          }
          out.length > 0 && (yield out);
        }
      } catch (err) {
        if (errorCode(err) === "ENOENT") continue;
        throw readError(file, err);
      }
    }
  }
}
function readError(file, err) {
  let why2 = isUnsafePath(err) ? refusalText(err) : errorMessage(err);
  return Object.assign(new Error(`cannot read the event log \`${file}\`: ${why2}`), { code: errorCode(err) });
}

// lib/transcript/usage.ts
var TOKEN_KINDS = ["input", "output", "cache_write_5m", "cache_write_1h", "cache_read"];
function zeroTokens() {
  return { input: 0, output: 0, cache_write_5m: 0, cache_write_1h: 0, cache_read: 0 };
}
function tokenTotal(t) {
  return t.input + t.output + t.cache_write_5m + t.cache_write_1h + t.cache_read;
}
var MAIN = "main", SYNTHETIC = "<synthetic>", SEMVER_PREFIX = /^\d+\.\d+\.\d/, isObj = (v) => typeof v == "object" && v !== null && !Array.isArray(v);
function count(v) {
  return typeof v == "number" && Number.isSafeInteger(v) && v >= 0 ? v : void 0;
}
function optionalId(o, key) {
  if (!(key in o)) return;
  let v = o[key];
  return typeof v == "string" && v.length > 0 ? v : !1;
}
function usageTokens(u) {
  for (let k of ["cache_read_input_tokens", "cache_creation_input_tokens"])
    if (k in u && u[k] === null) return "null-field";
  let input = count(u.input_tokens), output = count(u.output_tokens);
  if (input === void 0 || output === void 0) return "bad-usage";
  let cacheRead = "cache_read_input_tokens" in u ? count(u.cache_read_input_tokens) : 0, cacheCreation = "cache_creation_input_tokens" in u ? count(u.cache_creation_input_tokens) : 0;
  if (cacheRead === void 0 || cacheCreation === void 0) return "bad-usage";
  let w5 = cacheCreation, w1 = 0, split = u.cache_creation;
  if (isObj(split) && ("ephemeral_5m_input_tokens" in split || "ephemeral_1h_input_tokens" in split)) {
    let a = "ephemeral_5m_input_tokens" in split ? count(split.ephemeral_5m_input_tokens) : 0, b = "ephemeral_1h_input_tokens" in split ? count(split.ephemeral_1h_input_tokens) : 0;
    if (a === void 0 || b === void 0) return "bad-usage";
    w5 = a, w1 = b;
  }
  return { input, output, cache_write_5m: w5, cache_write_1h: w1, cache_read: cacheRead };
}
function usageFromEntry(entry, source) {
  if (!isObj(entry)) return { rejected: "not-object" };
  let message = entry.message;
  if (!isObj(message) || !("usage" in message)) return;
  if (!isObj(message.usage)) return { rejected: "no-usage" };
  for (let k of ["sessionId", "requestId", "version", "costUSD", "isApiErrorMessage"])
    if (k in entry && entry[k] === null) return { rejected: "null-field" };
  for (let k of ["id", "model"]) if (k in message && message[k] === null) return { rejected: "null-field" };
  if ("speed" in message.usage && message.usage.speed === null) return { rejected: "null-field" };
  let tokens2 = usageTokens(message.usage);
  if (typeof tokens2 == "string") return { rejected: tokens2 };
  let timestamp = typeof entry.timestamp == "string" ? entry.timestamp : void 0, time = timestamp === void 0 ? Number.NaN : Date.parse(timestamp);
  if (timestamp === void 0 || Number.isNaN(time)) return { rejected: "bad-timestamp" };
  if ("version" in entry && (typeof entry.version != "string" || !SEMVER_PREFIX.test(entry.version)))
    return { rejected: "bad-version" };
  let sessionId = optionalId(entry, "sessionId"), requestId = optionalId(entry, "requestId"), messageId = optionalId(message, "id"), model = optionalId(message, "model");
  if (sessionId === !1 || requestId === !1 || messageId === !1 || model === !1)
    return { rejected: "empty-id" };
  let fast = message.usage.speed === "fast", record = {
    session: source.sessionId,
    keySession: sessionId ?? source.sessionId,
    agent: source.agentId ?? MAIN,
    timestamp,
    time,
    sidechain: entry.isSidechain === !0,
    fast,
    tokens: tokens2
  };
  return model !== void 0 && model !== SYNTHETIC && (record.model = fast ? `${model}-fast` : model), messageId !== void 0 && (record.messageId = messageId), requestId !== void 0 && (record.requestId = requestId), { record };
}
function memorySlotStore() {
  let map = /* @__PURE__ */ new Map();
  return { get: (k) => map.get(k), set: (k, v) => {
    map.set(k, v);
  } };
}
function messageKeyOf(record) {
  return record.messageId === void 0 ? void 0 : JSON.stringify([record.messageId, record.keySession]);
}
var UsageDeduper = class {
  constructor(store = memorySlotStore()) {
    this.store = store;
  }
  store;
  add(record) {
    let messageKey = messageKeyOf(record);
    if (messageKey === void 0) return { kind: "added", record };
    let requestId = record.requestId ?? null, slots = this.store.get(messageKey) ?? [], slot = slots.find((s) => s.requestIds.includes(requestId)) ?? slots.find((s) => s.record.time === record.time && (record.sidechain || s.record.sidechain));
    if (!slot)
      return slots.push({ record, requestIds: [requestId] }), this.store.set(messageKey, slots), { kind: "added", record };
    if (!replaces(record, slot.record)) return { kind: "duplicate", record };
    let previous = slot.record;
    return slot.record = record, slot.requestIds.includes(requestId) || slot.requestIds.push(requestId), this.store.set(messageKey, slots), { kind: "replaced", record, previous };
  }
};
function replaces(candidate, existing) {
  if (candidate.sidechain !== existing.sidechain) return existing.sidechain;
  let a = tokenTotal(candidate.tokens), b = tokenTotal(existing.tokens);
  return a !== b ? a > b : candidate.fast && !existing.fast;
}
function subagentIdFromFile(name) {
  return /^agent-([A-Za-z0-9_-]{1,128})\.jsonl$/.exec(name)?.[1];
}

// lib/monitor/pricing.ts
var PRICING_SOURCE = {
  /** The day the rates below were read. */
  date: "2026-11-30",
  url: "https://platform.claude.com/docs/en/about-claude/pricing",
  note: "Standard (non-batch) API rates, USD per million tokens; 5m and 1h cache writes, cache hits. Fast-mode multiples as in ccusage 20.0.24. Rows were checked against ccusage 20.0.24 --offline, and claude-opus-5-5 against Claude Code 2.1.332's own total_cost_usd (docs/cost.md)."
}, rates = (input, output, w5, w1, read) => ({
  input,
  output,
  cache_write_5m: w5,
  cache_write_1h: w1,
  cache_read: read
}), OPUS_45 = rates(5, 25, 6.25, 10, 0.5), OPUS_4 = rates(15, 75, 18.75, 30, 1.5), SONNET = rates(3, 15, 3.75, 6, 0.3), SONNET_LONG = { threshold: 2e5, ...rates(6, 22.5, 7.5, 12, 0.6) }, PRICES = {
  "claude-fable-5-1": rates(10, 50, 12.5, 20, 0.25),
  "claude-mythos-5-1": rates(10, 50, 12.5, 20, 0.25),
  "claude-fable-5": rates(10, 50, 12.5, 20, 1),
  "claude-mythos-5": rates(10, 50, 12.5, 20, 1),
  // Cache rates as Claude Code 2.1.332 itself prices them (its `total_cost_usd`); the page gives $4 / $20.
  "claude-opus-5-5": rates(4, 20, 5, 8, 0.2),
  "claude-opus-5": OPUS_45,
  "claude-opus-4-8": { ...OPUS_45, fast_multiplier: 2 },
  "claude-opus-4-7": { ...OPUS_45, fast_multiplier: 6 },
  "claude-opus-4-6": { ...OPUS_45, fast_multiplier: 6 },
  "claude-opus-4-5": OPUS_45,
  "claude-opus-4-1": OPUS_4,
  "claude-opus-4": OPUS_4,
  "claude-opus-4-0": OPUS_4,
  "claude-3-opus": OPUS_4,
  "claude-sonnet-5": rates(2, 10, 2.5, 4, 0.2),
  "claude-sonnet-4-6": SONNET,
  "claude-sonnet-4-5": { ...SONNET, long_context: SONNET_LONG },
  "claude-sonnet-4": { ...SONNET, long_context: SONNET_LONG },
  "claude-sonnet-4-0": { ...SONNET, long_context: SONNET_LONG },
  "claude-3-7-sonnet": SONNET,
  "claude-3-5-sonnet": SONNET,
  "claude-haiku-4-5": rates(1, 5, 1.25, 2, 0.1),
  "claude-3-5-haiku": rates(0.8, 4, 1, 1.6, 0.08),
  "claude-3-haiku": rates(0.25, 1.25, 0.3, 0.5, 0.03)
};
function modelKey(model) {
  return model.replace(/-fast$/, "").replace(/^(?:[a-z]{2,4}\.)?anthropic\./, "").replace(/-v\d+(?::\d+)?$/, "").replace(/[@-]\d{8}$/, "");
}
function findPrice(model, table) {
  let bare = model.replace(/-fast$/, "");
  if (Object.hasOwn(table, bare)) return table[bare];
  let key = modelKey(model);
  return Object.hasOwn(table, key) ? table[key] : void 0;
}
function priceTokens(tokens2, price, fast) {
  let multiple = 1;
  if (fast) {
    if (price.fast_multiplier === void 0) return { unpriced: !0 };
    multiple = price.fast_multiplier;
  }
  let inputSide = tokens2.input + tokens2.cache_write_5m + tokens2.cache_write_1h + tokens2.cache_read, r = price.long_context && inputSide > price.long_context.threshold ? price.long_context : price, usd = 0, byKind = { ...tokens2 };
  for (let k of TOKEN_KINDS)
    byKind[k] = tokens2[k] * r[k] / 1e6 * multiple, usd += byKind[k];
  return { usd, by_kind: byKind };
}
function priceRecord(r, table) {
  if (r.model === void 0) return { usd: 0, by_kind: zeroTokens() };
  let price = findPrice(r.model, table);
  return price ? priceTokens(r.tokens, price, r.fast) : { unpriced: !0 };
}

// lib/monitor/cost.ts
var BURN_WINDOW_MS = 15 * 6e4, MAX_ROWS = 500, NO_PHASE = "unknown";
function newGroup() {
  return { tokens: zeroTokens(), total_tokens: 0, usd: 0, usd_by_kind: zeroTokens(), unpriced_tokens: 0, requests: 0 };
}
function addFigures(g, f) {
  for (let k of TOKEN_KINDS)
    g.tokens[k] += f.tokens[k], g.usd_by_kind[k] += f.usd_by_kind[k];
  g.total_tokens += tokenTotal(f.tokens), g.usd += f.usd, g.unpriced_tokens += f.unpriced_tokens, g.requests += f.requests;
}
function addTo(g, c, sign) {
  for (let k of TOKEN_KINDS)
    g.tokens[k] += sign * c.tokens[k], g.usd_by_kind[k] += sign * c.byKind[k];
  let total = tokenTotal(c.tokens);
  g.total_tokens += sign * total, g.usd += sign * c.usd, c.unpriced && (g.unpriced_tokens += sign * total), g.requests += sign;
}
var CostModel = class {
  constructor(prices, overridden = []) {
    this.prices = prices;
    this.overridden = overridden;
  }
  prices;
  overridden;
  marks = [];
  agentTypes = /* @__PURE__ */ new Map();
  totals = newGroup();
  sessions = /* @__PURE__ */ new Map();
  agents = /* @__PURE__ */ new Map();
  phases = /* @__PURE__ */ new Map();
  models = /* @__PURE__ */ new Map();
  byRecord = /* @__PURE__ */ new WeakMap();
  timeline = [];
  /** Phase marks must come before the records they cover; out of order marks are sorted in. */
  addPhase(mark) {
    let i = this.marks.findLastIndex((m) => m.time <= mark.time);
    this.marks.splice(i + 1, 0, mark);
  }
  setAgentType(agent, type) {
    type !== "" && this.agentTypes.set(agent, type);
  }
  phaseAt(time) {
    let lo = 0, hi = this.marks.length;
    for (; lo < hi; ) {
      let mid = lo + hi >> 1;
      this.marks[mid].time <= time ? lo = mid + 1 : hi = mid;
    }
    return lo === 0 ? NO_PHASE : this.marks[lo - 1].phase;
  }
  apply(outcome) {
    if (outcome.kind !== "duplicate") {
      if (outcome.kind === "replaced") {
        let old = this.byRecord.get(outcome.previous);
        if (old) {
          for (let g of old.groups) addTo(g, old, -1);
          old.usd = 0;
        }
      }
      this.add(outcome.record);
    }
  }
  add(r) {
    let model = r.model ?? "(no model)", priced = priceRecord(r, this.prices), unpriced = "unpriced" in priced, s = this.sessions.get(r.session);
    s || this.sessions.set(r.session, s = { ...newGroup(), first: r.time, last: r.time }), s.first = Math.min(s.first, r.time), s.last = Math.max(s.last, r.time);
    let agentKey2 = `${r.session}\0${r.agent}`, a = this.agents.get(agentKey2);
    a || this.agents.set(agentKey2, a = { ...newGroup(), session: r.session, agent: r.agent });
    let phase = this.phaseAt(r.time), p = this.phases.get(phase);
    p || this.phases.set(phase, p = newGroup());
    let m = this.models.get(model);
    m || this.models.set(model, m = { ...newGroup(), priced: !unpriced }), unpriced && (m.priced = !1);
    let c = {
      time: r.time,
      usd: unpriced ? 0 : priced.usd,
      byKind: unpriced ? zeroTokens() : priced.by_kind,
      session: r.session,
      groups: [this.totals, s, a, p, m],
      tokens: r.tokens,
      unpriced
    };
    for (let g of c.groups) addTo(g, c, 1);
    this.byRecord.set(r, c), this.timeline.push(c);
  }
  /**
   * A session whose figures come from its `cost_update` events (monitor/cost-events.ts), not from
   * its transcripts: session, agent and model rows from the newest cumulative figures; phases,
   * burn rate and today from each turn's difference, at the time of the turn's end.
   */
  addLiveSession(session, live) {
    let times = live.turns.map((t) => t.time), s = { ...newGroup(), first: Math.min(...times), last: Math.max(...times) };
    this.sessions.set(session, s), addFigures(s, live.latest.totals), addFigures(this.totals, live.latest.totals);
    for (let [agent, f] of Object.entries(live.latest.agents)) {
      let a = { ...newGroup(), session, agent };
      this.agents.set(`${session}\0${agent}`, a), addFigures(a, f);
    }
    for (let [model, f] of Object.entries(live.latest.models)) {
      let m = this.models.get(model);
      m || this.models.set(model, m = { ...newGroup(), priced: f.priced }), f.priced || (m.priced = !1), addFigures(m, f);
    }
    for (let t of live.turns) {
      let phase = this.phaseAt(t.time), p = this.phases.get(phase);
      p || this.phases.set(phase, p = newGroup()), addFigures(p, t.figures), this.timeline.push({
        time: t.time,
        usd: t.figures.usd,
        byKind: t.figures.usd_by_kind,
        session,
        groups: [],
        tokens: t.figures.tokens,
        unpriced: !1
      });
    }
  }
  snapshot(now, budgets) {
    let t = now.getTime(), figures = (g) => ({
      tokens: { ...g.tokens },
      total_tokens: g.total_tokens,
      usd: round(g.usd),
      usd_by_kind: roundAll(g.usd_by_kind),
      unpriced_tokens: g.unpriced_tokens,
      requests: g.requests
    }), omitted = 0, top = (rows) => (rows.sort((x, y) => y.usd - x.usd), omitted += Math.max(0, rows.length - MAX_ROWS), rows.slice(0, MAX_ROWS)), dayStart = new Date(now.getFullYear(), now.getMonth(), now.getDate()).getTime(), windowUsd = 0, todayUsd = 0, first = Number.POSITIVE_INFINITY, last = Number.NEGATIVE_INFINITY;
    for (let c of this.timeline)
      c.time > t || (c.time > t - BURN_WINDOW_MS && (windowUsd += c.usd), c.time >= dayStart && (todayUsd += c.usd), c.usd > 0 && (first = Math.min(first, c.time), last = Math.max(last, c.time)));
    let burn = windowUsd / BURN_WINDOW_MS * 36e5, spanH = (last - first) / 36e5, alerts = [];
    if (budgets.session_usd !== null)
      for (let [session, g] of this.sessions)
        g.usd >= budgets.session_usd && alerts.push({ budget: "session_usd", session, usd: round(g.usd), limit: budgets.session_usd });
    budgets.daily_usd !== null && todayUsd >= budgets.daily_usd && alerts.push({ budget: "daily_usd", usd: round(todayUsd), limit: budgets.daily_usd });
    let snap = {
      pricing: { source: PRICING_SOURCE.url, date: PRICING_SOURCE.date, overridden: [...this.overridden] },
      totals: figures(this.totals),
      sessions: top(
        [...this.sessions].map(([session, g]) => ({
          session,
          ...figures(g),
          first: new Date(g.first).toISOString(),
          last: new Date(g.last).toISOString()
        }))
      ),
      agents: top(
        [...this.agents.values()].map((g) => {
          let type = this.agentTypes.get(g.agent);
          return { session: g.session, agent: g.agent, ...type ? { agent_type: type } : {}, ...figures(g) };
        })
      ),
      phases: top([...this.phases].map(([phase, g]) => ({ phase, ...figures(g) }))),
      models: top([...this.models].map(([model, g]) => ({ model, priced: g.priced, ...figures(g) }))),
      unpriced_models: [...this.models].filter(([, g]) => !g.priced).map(([m]) => m).sort(),
      omitted_rows: 0,
      burn: {
        window_minutes: BURN_WINDOW_MS / 6e4,
        usd_per_hour: round(burn),
        overall_usd_per_hour: spanH > 0 ? round(this.totals.usd / spanH) : null
      },
      today: { date: localDate(now), usd: round(todayUsd) },
      budgets: { ...budgets, alerts }
    };
    return snap.omitted_rows = omitted, budgets.daily_usd !== null && Object.assign(snap.budgets, forecast(now, todayUsd, burn, budgets.daily_usd, dayStart)), snap;
  }
};
function forecast(now, todayUsd, usdPerHour, dailyUsd, dayStart) {
  let rate2 = `at the last ${BURN_WINDOW_MS / 6e4} minutes' burn rate ($${usdPerHour.toFixed(2)}/h)`;
  if (todayUsd >= dailyUsd)
    return { forecast: `the daily budget ($${dailyUsd.toFixed(2)}) is used up: $${todayUsd.toFixed(2)} today` };
  if (usdPerHour <= 0)
    return {
      forecast: `no spending in the last ${BURN_WINDOW_MS / 6e4} minutes; $${todayUsd.toFixed(2)} of $${dailyUsd.toFixed(2)} used today`
    };
  let at = now.getTime() + (dailyUsd - todayUsd) / usdPerHour * 36e5, midnight = new Date(dayStart);
  if (midnight.setDate(midnight.getDate() + 1), at >= midnight.getTime())
    return { forecast: `${rate2} the daily budget ($${dailyUsd.toFixed(2)}) is not reached today` };
  let d = new Date(at), hhmm = `${String(d.getHours()).padStart(2, "0")}:${String(d.getMinutes()).padStart(2, "0")}`;
  return {
    forecast: `${rate2} the daily budget ($${dailyUsd.toFixed(2)}) is reached at ${hhmm}`,
    daily_reached_at: d.toISOString()
  };
}
function round(usd) {
  return Math.round(usd * 1e8) / 1e8;
}
function roundAll(t) {
  let out = { ...t };
  for (let k of TOKEN_KINDS) out[k] = round(t[k]);
  return out;
}

// lib/monitor/cost-events.ts
var MAX_ROWS2 = 500, MAX_SESSIONS = 5e3, MAX_TURNS = 1e4, isObj2 = (v) => typeof v == "object" && v !== null && !Array.isArray(v), nonNeg = (v) => typeof v == "number" && Number.isFinite(v) && v >= 0, whole = (v) => nonNeg(v) && Number.isSafeInteger(v);
function tokensOf(v, check) {
  if (!isObj2(v)) return;
  let out = {};
  for (let k of TOKEN_KINDS) {
    if (!check(v[k])) return;
    out[k] = v[k];
  }
  return out;
}
function figuresOf(v) {
  if (!isObj2(v)) return;
  let tokens2 = tokensOf(v.tokens, whole), byKind = tokensOf(v.usd_by_kind, nonNeg);
  if (!(!tokens2 || !byKind || !nonNeg(v.usd) || !whole(v.unpriced_tokens) || !whole(v.requests)))
    return { tokens: tokens2, usd: v.usd, usd_by_kind: byKind, unpriced_tokens: v.unpriced_tokens, requests: v.requests };
}
function rowsOf(v, parse) {
  if (!isObj2(v)) return;
  let keys = Object.keys(v);
  if (keys.length > MAX_ROWS2) return;
  let out = {};
  for (let k of keys) {
    let row = parse(v[k]);
    if (row === void 0 || k === "" || k.length > 200) return;
    out[k] = row;
  }
  return out;
}
function cumulativeOf(payload) {
  if (!isObj2(payload) || !isObj2(payload.cumulative)) return;
  let c = payload.cumulative, totals = figuresOf(c.totals), agents = rowsOf(c.agents, figuresOf), models = rowsOf(c.models, (m) => {
    let f = figuresOf(m);
    return f && isObj2(m) && typeof m.priced == "boolean" ? { ...f, priced: m.priced } : void 0;
  });
  return totals && agents && models ? { totals, agents, models } : void 0;
}
function difference(after, before) {
  let tokens2 = { ...after.tokens }, byKind = { ...after.usd_by_kind };
  for (let k of TOKEN_KINDS)
    tokens2[k] -= before?.tokens[k] ?? 0, byKind[k] -= before?.usd_by_kind[k] ?? 0;
  return {
    tokens: tokens2,
    usd: after.usd - (before?.usd ?? 0),
    usd_by_kind: byKind,
    unpriced_tokens: after.unpriced_tokens - (before?.unpriced_tokens ?? 0),
    requests: after.requests - (before?.requests ?? 0)
  };
}
function merge(a, b) {
  let out = difference(a, void 0);
  for (let k of TOKEN_KINDS)
    out.tokens[k] += b.tokens[k], out.usd_by_kind[k] += b.usd_by_kind[k];
  return out.usd += b.usd, out.unpriced_tokens += b.unpriced_tokens, out.requests += b.requests, out;
}
var CostUpdates = class {
  sessions = /* @__PURE__ */ new Map();
  add(e) {
    if (e.event_type !== "cost_update" || !e.session_id) return;
    let time = Date.parse(e.timestamp), latest = cumulativeOf(e.payload);
    if (latest === void 0 || Number.isNaN(time)) return;
    let s = this.sessions.get(e.session_id);
    if (!s) {
      if (this.sessions.size >= MAX_SESSIONS) return;
      this.sessions.set(e.session_id, s = { latest, turns: [] });
    }
    let figures = difference(latest.totals, s.turns.length ? s.latest.totals : void 0);
    if (s.latest = latest, s.turns.length >= MAX_TURNS) {
      let [a, b] = s.turns.splice(0, 2);
      s.turns.unshift({ time: b.time, figures: merge(a.figures, b.figures) });
    }
    s.turns.push({ time, figures });
  }
};

// lib/monitor/cost-collect.ts
var SESSION_ID = /^[A-Za-z0-9_-]{1,128}$/, MAX_LINE_BYTES = 32 * 1024 * 1024, MAX_SESSIONS2 = 5e3, MAX_PROJECT_DIRS = 2e4, MAX_SUBAGENT_FILES = 5e3, MAX_DIR_ENTRIES = 2e5;
function newUsageInputStats() {
  return {
    files: 0,
    bytes: 0,
    missing_sessions: 0,
    missing_examples: [],
    lines: 0,
    records: 0,
    duplicates: 0,
    rejected: {},
    malformed: 0,
    truncated: 0,
    oversized: 0,
    refused: [],
    live_sessions: 0,
    cached_files: 0
  };
}
var CostContext = class {
  sessions = /* @__PURE__ */ new Set();
  phases = [];
  agentTypes = /* @__PURE__ */ new Map();
  live = new CostUpdates();
  sessionsCut = !1;
  add(e) {
    if (this.live.add(e), e.session_id && (this.sessions.size < MAX_SESSIONS2 ? this.sessions.add(e.session_id) : this.sessions.has(e.session_id) || (this.sessionsCut = !0)), e.event_type === "phase_change" || e.event_type === "plan_complete") {
      let time = Date.parse(e.timestamp), phase = e.event_type === "plan_complete" ? "unknown" : e.phase !== "unknown" ? e.phase : e.data;
      Number.isNaN(time) || this.phases.push({ time, phase: phase.slice(0, 120) || "unknown" });
    }
    e.event_type === "agent_start" && e.agent_type && e.agent_id && this.agentTypes.size < 1e5 && this.agentTypes.set(e.agent_id, e.agent_type);
  }
};
function isRealDir(p) {
  let st = fs7.lstatSync(p, { throwIfNoEntry: !1 });
  return st !== void 0 && st.isDirectory();
}
function findTranscripts(configDir, sessions, stats) {
  let projects = path9.join(configDir, "projects"), wanted = [...sessions].filter((s) => SESSION_ID.test(s)), found = /* @__PURE__ */ new Set(), out = [], dirs = [];
  if (isRealDir(projects))
    try {
      dirs = fs7.readdirSync(projects).slice(0, MAX_PROJECT_DIRS);
    } catch {
      refuse(stats, projects);
    }
  let want = new Set(wanted);
  for (let d of dirs) {
    let dir = path9.join(projects, d);
    if (!isRealDir(dir)) continue;
    let entries;
    try {
      entries = fs7.readdirSync(dir).slice(0, MAX_DIR_ENTRIES);
    } catch {
      refuse(stats, dir);
      continue;
    }
    for (let name of entries) {
      let id = name.endsWith(".jsonl") ? name.slice(0, -6) : name;
      if (!want.has(id)) continue;
      if (name !== id) {
        out.push({ file: path9.join(dir, name), source: { sessionId: id } }), found.add(id);
        continue;
      }
      let sub = path9.join(dir, id, "subagents");
      if (!isRealDir(path9.join(dir, id)) || !isRealDir(sub)) continue;
      let names = [];
      try {
        names = fs7.readdirSync(sub).slice(0, MAX_SUBAGENT_FILES);
      } catch {
        refuse(stats, sub);
      }
      for (let file of names) {
        let agentId = subagentIdFromFile(file);
        if (agentId === void 0) continue;
        let agentType = subagentType(path9.join(sub, `agent-${agentId}.meta.json`));
        out.push({
          file: path9.join(sub, file),
          source: { sessionId: id, agentId },
          ...agentType ? { agentType } : {}
        }), found.add(id);
      }
    }
  }
  for (let id of wanted)
    found.has(id) || (stats.missing_sessions++, stats.missing_examples.length < 20 && stats.missing_examples.push(id));
  return out.sort((a, b) => a.file < b.file ? -1 : a.file > b.file ? 1 : 0);
}
function subagentType(file) {
  try {
    let meta = JSON.parse(readRegularText(file, 65536) ?? "null");
    return typeof meta?.agentType == "string" && meta.agentType !== "" ? meta.agentType.slice(0, 120) : void 0;
  } catch {
    return;
  }
}
function refuse(stats, file) {
  stats.refused.length < 20 && stats.refused.push(file);
}
function ingestEntry(entry, source, deduper, model, stats, since) {
  let r = usageFromEntry(entry, source);
  return ingestResult(r, deduper, model, stats, since), r;
}
function ingestResult(r, deduper, model, stats, since) {
  if (r === void 0) return;
  if ("rejected" in r) {
    stats.rejected[r.rejected] = (stats.rejected[r.rejected] ?? 0) + 1;
    return;
  }
  let outcome = deduper.add(r.record);
  outcome.kind === "added" ? stats.records++ : stats.duplicates++, !(since !== void 0 && r.record.time < since) && model.apply(outcome);
}
var TranscriptCache = class {
  constructor(maxResults = 2e5) {
    this.maxResults = maxResults;
  }
  maxResults;
  files = /* @__PURE__ */ new Map();
  held = 0;
  get(file, key) {
    let f = this.files.get(file);
    return f?.key === key ? f : void 0;
  }
  set(file, read) {
    this.delete(file), !(this.held + read.results.length > this.maxResults) && (this.files.set(file, read), this.held += read.results.length);
  }
  /** Forget files this run did not list (gone, or their session left the log). */
  keepOnly(listed) {
    for (let file of [...this.files.keys()]) listed.has(file) || this.delete(file);
  }
  delete(file) {
    let old = this.files.get(file);
    old && (this.held -= old.results.length, this.files.delete(file));
  }
}, fileKey = (st) => `${st.dev}:${st.ino}:${st.size}:${st.mtimeMs}`;
async function readOne(fd, key, source, deduper, model, stats, since) {
  let read = { key, results: [], lines: 0, malformed: 0, truncated: 0, oversized: 0, bytes: 0 }, io = newStreamStats();
  try {
    for await (let batch of fileLines(fd, MAX_LINE_BYTES, io))
      for (let line of batch.lines) {
        if (line === "") continue;
        if (read.lines++, typeof line != "string") {
          read.oversized++;
          continue;
        }
        if (batch.complete && !line.includes('"usage"')) continue;
        let entry;
        try {
          entry = JSON.parse(line);
        } catch {
          batch.complete ? read.malformed++ : read.truncated++;
          continue;
        }
        let r = ingestEntry(entry, source, deduper, model, stats, since);
        r !== void 0 && read.results.push(r);
      }
  } finally {
    read.bytes = io.bytes, stats.bytes += io.bytes, addCounts(stats, read);
  }
  return read;
}
function addCounts(stats, read) {
  stats.lines += read.lines, stats.malformed += read.malformed, stats.truncated += read.truncated, stats.oversized += read.oversized;
}
async function readTranscripts(files, deduper, model, stats, since, cache) {
  for (let { file, source } of files) {
    let fd;
    try {
      fd = openRegular(file, READ_FLAGS);
      let key = fileKey(fs7.fstatSync(fd)), kept = cache?.get(file, key);
      if (kept) {
        fs7.closeSync(fd), fd = void 0;
        for (let r of kept.results) ingestResult(r, deduper, model, stats, since);
        addCounts(stats, kept), stats.files++, stats.cached_files++;
        continue;
      }
      let owned = fd;
      fd = void 0;
      let read = await readOne(owned, key, source, deduper, model, stats, since);
      stats.files++, cache?.set(file, read);
    } catch (err) {
      fd !== void 0 && fs7.closeSync(fd), errorCode(err) !== "ENOENT" && refuse(stats, file);
    }
  }
  cache?.keepOnly(new Set(files.map((f) => f.file)));
}
async function collectCost(context, opts) {
  let stats = newUsageInputStats(), model = new CostModel(opts.config.prices, opts.config.overridden);
  for (let m of context.phases) model.addPhase(m);
  for (let [agent, type] of context.agentTypes) model.setAgentType(agent, type);
  let live = opts.since || opts.transcriptsOnly ? /* @__PURE__ */ new Map() : context.live.sessions, onDemand = [...context.sessions].filter((id) => !live.has(id));
  for (let [id, s] of live)
    context.sessions.has(id) && (model.addLiveSession(id, s), stats.live_sessions++);
  let configDir = claudeConfigDir(opts.env), files = findTranscripts(configDir, onDemand, stats);
  for (let f of files) f.agentType && f.source.agentId && model.setAgentType(f.source.agentId, f.agentType);
  return await readTranscripts(files, new UsageDeduper(), model, stats, opts.since?.getTime(), opts.cache), {
    snapshot: model.snapshot(opts.now, opts.config.budgets),
    input: { ...stats, config_dir: configDir, sessions_cut: context.sessionsCut }
  };
}

// lib/monitor/cost-config.ts
var import_yaml3 = __toESM(require_dist(), 1);
import path11 from "node:path";

// lib/monitor/config.ts
var import_yaml2 = __toESM(require_dist(), 1);
import path10 from "node:path";

// lib/events/metric.ts
var METRIC_EVENT_TYPE = "metric", METRIC_NAME_RE = /^[A-Za-z_][A-Za-z0-9_]{0,63}$/, METRIC_UNIT_RE = /^[A-Za-z%/][A-Za-z0-9_%/.]{0,15}$/, LABEL_KEY_RE = /^[A-Za-z_][A-Za-z0-9_]{0,31}$/, RESERVED_LABELS = /* @__PURE__ */ new Set(["le", "quantile", "name", "unit", "job", "instance"]), MAX_LABELS = 8, MAX_LABEL_VALUE = 128, MAX_ABS_VALUE = 1e15;
var CONTROL_RE = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/;
function metricNameProblem(name) {
  if (!METRIC_NAME_RE.test(name))
    return `\`${printable(name)}\` is not a metric name (a letter or _, then letters, digits or _; up to 64)`;
}
function parseLabel(text2) {
  let eq = text2.indexOf("=");
  if (eq <= 0) return `\`--label ${printable(text2)}\` must be key=value`;
  let key = text2.slice(0, eq), value = text2.slice(eq + 1);
  return !LABEL_KEY_RE.test(key) || key.startsWith("__") ? `\`${printable(key)}\` is not a label name (a letter or _, then letters, digits or _; up to 32; not __\u2026)` : RESERVED_LABELS.has(key) ? `label \`${key}\` is reserved` : value.length > MAX_LABEL_VALUE ? `label \`${key}\` is longer than ${MAX_LABEL_VALUE} characters` : CONTROL_RE.test(value) ? `label \`${key}\` holds a control character` : [key, value];
}
function readMetricPayload(payload) {
  if (!payload || typeof payload != "object" || Array.isArray(payload)) return;
  let p = payload;
  if (typeof p.name != "string" || metricNameProblem(p.name) || typeof p.value != "number" || !Number.isFinite(p.value) || Math.abs(p.value) >= MAX_ABS_VALUE) return;
  let out = { name: p.name, value: p.value };
  if (typeof p.unit == "string" && METRIC_UNIT_RE.test(p.unit) && (out.unit = p.unit), p.labels && typeof p.labels == "object" && !Array.isArray(p.labels)) {
    let entries = Object.entries(p.labels).filter(
      (kv) => typeof kv[1] == "string" && Array.isArray(parseLabel(`${kv[0]}=${kv[1]}`))
    ).sort((a, b) => a[0] < b[0] ? -1 : 1);
    if (entries.length > MAX_LABELS) return;
    entries.length > 0 && (out.labels = Object.fromEntries(entries));
  }
  return out;
}
function seriesKey(m) {
  return JSON.stringify([m.name, m.labels ?? {}]);
}
function printable(s) {
  return s.replace(new RegExp(CONTROL_RE.source, "g"), "?").slice(0, 80);
}

// lib/monitor/target-config.ts
var import_yaml = __toESM(require_dist(), 1), MAX_METRIC_TARGETS = 100, UNIT = /^[A-Za-z%/µ_-]{0,16}$/, STATS = ["p95", "mean", "last", "max", "min"], MAX_NUMBER = 1e12, keyName = (k) => (0, import_yaml.isScalar)(k) ? String(k.value) : String(k), num = (node) => {
  let v = (0, import_yaml.isScalar)(node) ? node.value : void 0;
  return typeof v == "number" && Number.isFinite(v) && v >= 0 && v <= MAX_NUMBER ? v : void 0;
};
function applyCritical(map, known, into, errors, where) {
  for (let item of map.items) {
    let key = keyName(item.key), v = num(item.value);
    !known.includes(key) || v === void 0 ? errors.push(
      `${where(item.key)}: \`performance.targets.critical.${key.slice(0, 80)}\` must name a target (${known.join(", ")}) and be a number \u2265 0; ignored`
    ) : into[key] = v;
  }
}
function applyMetricTargets(map, into, errors, where) {
  for (let item of map.items) {
    let name = keyName(item.key), at = where(item.key), bad = (why2) => (errors.push(`${at}: \`performance.targets.metrics.${name.slice(0, 80)}\` ${why2}; ignored`), !1);
    if (!METRIC_NAME_RE.test(name)) {
      bad("is not a metric name (a letter or `_`, then letters, digits, `_`; at most 64)");
      continue;
    }
    if (Object.keys(into).length >= MAX_METRIC_TARGETS) {
      bad(`is past the first ${MAX_METRIC_TARGETS} metric targets`);
      continue;
    }
    if (!(0, import_yaml.isMap)(item.value)) {
      bad("must be a mapping like `{ max: 30000, unit: ms }`");
      continue;
    }
    let t = { stat: "p95", unit: "", min_samples: 1 }, ok = !0;
    for (let f of item.value.items) {
      let k = keyName(f.key), scalar = (0, import_yaml.isScalar)(f.value) ? f.value.value : void 0;
      if (k === "max" || k === "min" || k === "critical") {
        let v = num(f.value);
        v === void 0 ? ok = bad(`\`${k}\` must be a number \u2265 0`) : t[k] = v;
      } else k === "stat" ? STATS.includes(scalar) ? t.stat = scalar : ok = bad(`\`stat\` must be one of ${STATS.join(", ")}`) : k === "unit" ? typeof scalar == "string" && UNIT.test(scalar) ? t.unit = scalar : ok = bad("`unit` must be a short unit name like `ms`") : k === "min_samples" ? typeof scalar == "number" && Number.isInteger(scalar) && scalar >= 1 && scalar <= 1e5 ? t.min_samples = scalar : ok = bad("`min_samples` must be a whole number \u2265 1") : ok = bad(`has an unknown key \`${k.slice(0, 40)}\` (known: max, min, critical, stat, unit, min_samples)`);
    }
    if (ok) {
      if (t.max === void 0 == (t.min === void 0)) {
        bad("needs exactly one of `max` or `min`");
        continue;
      }
      into[name] = t;
    }
  }
}
function defaultLifecycle() {
  return { pending_ms: 0, hysteresis: 0.1 };
}
function parseHysteresis(node) {
  let v = num(node);
  return v !== void 0 && v <= 0.9 ? v : void 0;
}

// lib/monitor/config.ts
var CONFIG_FILE = "config.yaml", MAX_CONFIG_BYTES = 1024 * 1024, DEFAULT_TOOL_P95_MS = {
  default: 6e4,
  Read: 1e3,
  Write: 1e3,
  Edit: 1e3,
  MultiEdit: 1e3,
  Glob: 1e3,
  Grep: 2e3,
  LS: 1e3,
  TodoWrite: 500,
  WebFetch: 3e4,
  WebSearch: 3e4,
  Bash: 12e4,
  // Subagents run for minutes by design.
  Agent: null,
  Task: null
};
function defaultPerfConfig() {
  return {
    targets: {
      hook_ms: 200,
      // Write → judged, p95 over the last minute: 13 ms idle, 120–220 ms under bursts with the CPU
      // 1–2× oversubscribed (docs/alerts.md); 250 ms is past load noise, still far inside the 2 s bound.
      event_processing_ms: 250,
      state_query_ms: 50,
      dashboard_refresh_ms: 500,
      error_rate: 1e-3,
      tool_failure_rate: 0.1,
      agent_spawn_ms: 1e4,
      session_init_ms: 5e3,
      // The seed's production-readiness targets: a dashboard up within 2 s, a DB check within 5 s.
      dashboard_start_ms: 2e3,
      db_check_ms: 5e3,
      critical: {},
      metrics: {},
      tool_p95_ms: { ...DEFAULT_TOOL_P95_MS }
    },
    alerts: { enabled: !0, window_ms: 36e5, min_samples: 20, ...defaultLifecycle() }
  };
}
function configRoot(text2, label) {
  let lc = new import_yaml2.LineCounter(), doc = (0, import_yaml2.parseDocument)(text2, { lineCounter: lc, prettyErrors: !1, uniqueKeys: !0 });
  if (doc.errors.length > 0 || !(0, import_yaml2.isMap)(doc.contents)) return;
  let where = (node) => {
    let off = node?.range?.[0];
    return off === void 0 ? label : `${label}:${lc.linePos(off).line}`;
  };
  return { root: doc.contents, where };
}
var MS_KEYS = [
  "hook_ms",
  "event_processing_ms",
  "state_query_ms",
  "dashboard_refresh_ms",
  "agent_spawn_ms",
  "session_init_ms",
  "dashboard_start_ms",
  "db_check_ms"
], RATE_KEYS = ["error_rate", "tool_failure_rate"], CRITICAL_KEYS = [...MS_KEYS, ...RATE_KEYS, "tool_p95_ms"], MAX_TOOL_TARGETS = 200;
function numberOrNull(node, asRate) {
  if (!(0, import_yaml2.isScalar)(node)) return;
  let v = node.value;
  if (v === null) return null;
  if (typeof v == "number") return Number.isFinite(v) && v >= 0 && (!asRate || v <= 1) ? v : void 0;
  if (asRate && typeof v == "string") {
    let m = /^\s*(\d+(?:\.\d+)?)\s*%\s*$/.exec(v);
    if (m && Number(m[1]) <= 100) return Number(m[1]) / 100;
  }
}
function describe2(node) {
  return (0, import_yaml2.isScalar)(node) ? JSON.stringify(node.value)?.slice(0, 60) ?? String(node.value) : (0, import_yaml2.isMap)(node) ? "a mapping" : (0, import_yaml2.isSeq)(node) ? "a list" : (0, import_yaml2.isAlias)(node) ? "an alias (aliases are not followed here)" : "nothing";
}
function keyName2(k) {
  return (0, import_yaml2.isScalar)(k) ? String(k.value) : String(k);
}
function applyTargets(map, into, errors, where) {
  for (let item of map.items) {
    let key = keyName2(item.key), node = item.value, at = where(item.key ?? node);
    if (MS_KEYS.includes(key)) {
      let v = numberOrNull(node, !1);
      v === void 0 ? errors.push(
        `${at}: \`performance.targets.${key}\` must be a number of milliseconds or null (got ${describe2(node)}); using the default ${into[key]}`
      ) : into[key] = v;
    } else if (RATE_KEYS.includes(key)) {
      let k = key, v = numberOrNull(node, !0);
      v === void 0 ? errors.push(
        `${at}: \`performance.targets.${k}\` must be a fraction between 0 and 1 (or a percentage like "0.1%") or null (got ${describe2(node)}); using the default ${into[k]}`
      ) : into[k] = v;
    } else if (key === "critical" || key === "metrics")
      (0, import_yaml2.isMap)(node) ? key === "critical" ? applyCritical(node, CRITICAL_KEYS, into.critical, errors, where) : applyMetricTargets(node, into.metrics, errors, where) : errors.push(`${at}: \`performance.targets.${key}\` must be a mapping (got ${describe2(node)}); ignored`);
    else if (key === "tool_p95_ms") {
      if (!(0, import_yaml2.isMap)(node)) {
        errors.push(
          `${at}: \`performance.targets.tool_p95_ms\` must be a mapping of tool name to milliseconds (got ${describe2(node)}); using the defaults`
        );
        continue;
      }
      for (let t of node.items) {
        let tool = keyName2(t.key), v = numberOrNull(t.value, !1);
        v === void 0 || tool.length > 200 || tool === "__proto__" || !Object.hasOwn(into.tool_p95_ms, tool) && Object.keys(into.tool_p95_ms).length >= MAX_TOOL_TARGETS ? errors.push(
          `${where(t.key)}: \`performance.targets.tool_p95_ms.${tool.slice(0, 80)}\` must be a number of milliseconds or null (got ${describe2(t.value)}); ignored`
        ) : into.tool_p95_ms[tool] = v;
      }
    } else
      errors.push(
        `${at}: unknown key \`performance.targets.${key.slice(0, 80)}\`; ignored (known: ${[...MS_KEYS, ...RATE_KEYS, "tool_p95_ms", "critical", "metrics"].join(", ")})`
      );
  }
}
function applyAlerts(map, into, errors, where) {
  for (let item of map.items) {
    let key = keyName2(item.key), node = item.value, at = where(item.key ?? node), scalar = (0, import_yaml2.isScalar)(node) ? node.value : void 0;
    if (key === "enabled")
      typeof scalar == "boolean" ? into.enabled = scalar : errors.push(
        `${at}: \`performance.alerts.enabled\` must be true or false (got ${describe2(node)}); using the default ${into.enabled}`
      );
    else if (key === "window")
      try {
        if (typeof scalar != "string") throw new Error("not a string");
        into.window_ms = parseDuration(scalar);
      } catch {
        errors.push(
          `${at}: \`performance.alerts.window\` must be a duration like "1h" or "30m" (got ${describe2(node)}); using the default 1h`
        );
      }
    else if (key === "pending")
      try {
        if (typeof scalar != "string") throw new Error("not a string");
        into.pending_ms = /^\s*0+\s*[a-z]*\s*$/.test(scalar) ? 0 : Math.min(parseDuration(scalar), 864e5);
      } catch {
        errors.push(
          `${at}: \`performance.alerts.pending\` must be a duration like "30s" or "0s" (got ${describe2(node)}); using the default ${into.pending_ms / 1e3}s`
        );
      }
    else if (key === "hysteresis") {
      let v = parseHysteresis(node);
      v === void 0 ? errors.push(
        `${at}: \`performance.alerts.hysteresis\` must be a fraction between 0 and 0.9 (got ${describe2(node)}); using the default ${into.hysteresis}`
      ) : into.hysteresis = v;
    } else key === "min_samples" ? typeof scalar == "number" && Number.isInteger(scalar) && scalar >= 1 ? into.min_samples = scalar : errors.push(
      `${at}: \`performance.alerts.min_samples\` must be a whole number \u2265 1 (got ${describe2(node)}); using the default ${into.min_samples}`
    ) : errors.push(
      `${at}: unknown key \`performance.alerts.${key.slice(0, 80)}\`; ignored (known: enabled, window, min_samples, pending, hysteresis)`
    );
  }
}
function parsePerfConfig(text2, label) {
  let config = defaultPerfConfig(), errors = [], lc = new import_yaml2.LineCounter(), doc = (0, import_yaml2.parseDocument)(text2, { lineCounter: lc, prettyErrors: !1, uniqueKeys: !0 });
  if (doc.errors.length > 0) {
    for (let e of doc.errors.slice(0, 5)) {
      let line = e.linePos?.[0]?.line ?? (e.pos?.[0] !== void 0 ? lc.linePos(e.pos[0]).line : void 0);
      errors.push(
        `${label}${line ? `:${line}` : ""}: not valid YAML (${e.message.split(`
`)[0]}); using all defaults`
      );
    }
    return { config, errors };
  }
  let where = (node) => {
    let off = node?.range?.[0];
    return off === void 0 ? label : `${label}:${lc.linePos(off).line}`;
  }, root = doc.contents;
  if (root === null || (0, import_yaml2.isScalar)(root) && root.value === null) return { config, errors };
  if (!(0, import_yaml2.isMap)(root))
    return errors.push(`${where(root)}: expected a mapping at the top level (got ${describe2(root)}); using all defaults`), { config, errors };
  let perf = root.get("performance", !0);
  if (perf === void 0 || (0, import_yaml2.isScalar)(perf) && perf.value === null) return { config, errors };
  if (!(0, import_yaml2.isMap)(perf))
    return errors.push(`${where(perf)}: \`performance\` must be a mapping (got ${describe2(perf)}); using all defaults`), { config, errors };
  for (let item of perf.items) {
    let key = keyName2(item.key), node = item.value;
    if (key === "targets" || key === "alerts") {
      if (node === null || (0, import_yaml2.isScalar)(node) && node.value === null) continue;
      if (!(0, import_yaml2.isMap)(node)) {
        errors.push(
          `${where(item.key)}: \`performance.${key}\` must be a mapping (got ${describe2(node)}); using the defaults`
        );
        continue;
      }
      key === "targets" ? applyTargets(node, config.targets, errors, where) : applyAlerts(node, config.alerts, errors, where);
    } else
      errors.push(
        `${where(item.key)}: unknown key \`performance.${key.slice(0, 80)}\`; ignored (known: targets, alerts)`
      );
  }
  return { config, errors };
}
function readConfigText(projectDir) {
  let file = path10.join(stateDir(projectDir), CONFIG_FILE), label = path10.join(".2L", CONFIG_FILE), refused = (why2, what = label) => ({
    errors: [`${what}: ${why2}; using all defaults`],
    file,
    found: !0
  }), text2;
  try {
    checkPrivateDir(stateDir(projectDir)), text2 = readRegularText(file, MAX_CONFIG_BYTES);
  } catch (err) {
    let code = errorCode(err);
    return code === "ENOENT" || code === "ENOTDIR" ? { errors: [], file, found: !1 } : isUnsafePath(err) ? refused(
      err.reason === "too-big" ? `too large for a config file (${err.detail})` : refusalText(err),
      err.file === file ? label : ".2L"
    ) : refused(`cannot read (${code ?? errorMessage(err)})`);
  }
  return text2 === void 0 ? { errors: [], file, found: !1 } : { text: text2.replace(/^\uFEFF/, ""), errors: [], file, found: !0 };
}
function loadPerfConfig(projectDir) {
  let read = readConfigText(projectDir);
  return read.text === void 0 ? { config: defaultPerfConfig(), errors: read.errors, file: read.file, found: read.found } : { ...parsePerfConfig(read.text, path10.join(".2L", CONFIG_FILE)), file: read.file, found: !0 };
}
function toolTarget(targets, tool) {
  return Object.hasOwn(targets.tool_p95_ms, tool) ? targets.tool_p95_ms[tool] : targets.tool_p95_ms.default ?? null;
}

// lib/monitor/cost-config.ts
var MAX_ROWS3 = 500, MAX_RATE = 1e5, MAX_BUDGET = 1e7, MODEL_NAME = /^[A-Za-z0-9][A-Za-z0-9._:@/-]{0,199}$/, RATE_KEYS2 = ["input", "output", "cache_write_5m", "cache_write_1h", "cache_read", "fast_multiplier"];
function defaultCostConfig() {
  return { prices: PRICES, overridden: [], budgets: { session_usd: null, daily_usd: null } };
}
var rate = (v, max) => typeof v == "number" && Number.isFinite(v) && v >= 0 && v <= max ? v : void 0;
function parseRow(node, errors, at, model) {
  if (!(0, import_yaml3.isMap)(node)) {
    errors.push(`${at}: \`pricing.${model}\` must be a mapping of token kind to USD per million tokens; ignored`);
    return;
  }
  let got = {};
  for (let item of node.items) {
    let key = (0, import_yaml3.isScalar)(item.key) ? String(item.key.value) : "", value = (0, import_yaml3.isScalar)(item.value) ? item.value.value : void 0;
    if (!RATE_KEYS2.includes(key)) {
      errors.push(
        `${at}: unknown key \`pricing.${model}.${key.slice(0, 40)}\`; row ignored (known: ${RATE_KEYS2.join(", ")})`
      );
      return;
    }
    let v = rate(value, key === "fast_multiplier" ? 100 : MAX_RATE);
    if (v === void 0) {
      errors.push(
        `${at}: \`pricing.${model}.${key}\` must be a number from 0 to ${key === "fast_multiplier" ? 100 : MAX_RATE}; row ignored`
      );
      return;
    }
    got[key] = v;
  }
  if (got.input === void 0 || got.output === void 0) {
    errors.push(`${at}: \`pricing.${model}\` needs at least \`input\` and \`output\`; ignored`);
    return;
  }
  let row = {
    input: got.input,
    output: got.output,
    // Anthropic's own multiples of the input rate, for rows that give only input and output.
    cache_write_5m: got.cache_write_5m ?? got.input * 1.25,
    cache_write_1h: got.cache_write_1h ?? got.input * 2,
    cache_read: got.cache_read ?? got.input / 10
  };
  return got.fast_multiplier !== void 0 && (row.fast_multiplier = got.fast_multiplier), row;
}
function parsePricing(map, into, overridden, errors, where) {
  map.items.length > MAX_ROWS3 && errors.push(`${where(map)}: \`pricing\` has ${map.items.length} rows; only the first ${MAX_ROWS3} are read`);
  for (let item of map.items.slice(0, MAX_ROWS3)) {
    let model = (0, import_yaml3.isScalar)(item.key) ? String(item.key.value) : "", at = where(item.key);
    if (!MODEL_NAME.test(model)) {
      errors.push(`${at}: \`pricing\` row name ${JSON.stringify(model.slice(0, 60))} is not a model id; ignored`);
      continue;
    }
    let row = parseRow(item.value, errors, at, model);
    row && (into[model] = row, overridden.push(model));
  }
}
function parseBudgets(map, into, errors, where) {
  for (let item of map.items) {
    let key = (0, import_yaml3.isScalar)(item.key) ? String(item.key.value) : "", at = where(item.key);
    if (key !== "session_usd" && key !== "daily_usd") {
      errors.push(`${at}: unknown key \`budgets.${key.slice(0, 40)}\`; ignored (known: session_usd, daily_usd)`);
      continue;
    }
    let value = (0, import_yaml3.isScalar)(item.value) ? item.value.value : void 0, v = value === null ? null : rate(value, MAX_BUDGET);
    v === void 0 || v === 0 ? errors.push(`${at}: \`budgets.${key}\` must be a number of US dollars above 0, or null; ignored`) : into[key] = v;
  }
}
function parseCostConfig(text2, label) {
  let config = defaultCostConfig(), errors = [], parsed2 = configRoot(text2, label);
  if (!parsed2) return { config, errors };
  let { root, where } = parsed2, pricing = root.get("pricing", !0);
  if ((0, import_yaml3.isMap)(pricing)) {
    let prices = { ...PRICES };
    parsePricing(pricing, prices, config.overridden, errors, where), config.prices = prices;
  } else pricing !== void 0 && !((0, import_yaml3.isScalar)(pricing) && pricing.value === null) && errors.push(`${where(pricing)}: \`pricing\` must be a mapping of model id to rates; ignored`);
  let budgets = root.get("budgets", !0);
  return (0, import_yaml3.isMap)(budgets) ? parseBudgets(budgets, config.budgets, errors, where) : budgets !== void 0 && !((0, import_yaml3.isScalar)(budgets) && budgets.value === null) && errors.push(`${where(budgets)}: \`budgets\` must be a mapping (session_usd, daily_usd); ignored`), { config, errors };
}
function loadCostConfig(projectDir) {
  let read = readConfigText(projectDir);
  return read.text === void 0 ? { config: defaultCostConfig(), errors: [] } : parseCostConfig(read.text, path11.join(".2L", CONFIG_FILE));
}

// lib/shared/text.ts
var CONTROLS = /[\u0000-\u001f\u007f-\u009f]/g, CONTROLS_BUT_LAYOUT = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g, CSI = /\u001b\[[0-9;?]*[ -/]*[@-~]/g;
function stripControls(text2, opts = {}) {
  return (opts.dropEscapes ? text2.replace(CSI, "") : text2).replace(opts.keepLayout ? CONTROLS_BUT_LAYOUT : CONTROLS, opts.replacement ?? " ");
}
function clip(text2, max) {
  return text2.length > max ? `${text2.slice(0, max - 1)}\u2026` : text2;
}

// lib/monitor/cost-render.ts
var MAX_MODEL_LABELS = 20, series = (m) => ({ ...m, unpriced: !m.priced });
function boundedModels(c, max = MAX_MODEL_LABELS) {
  let known = (m) => findPrice(m, PRICES) !== void 0, ranked = [...c.models].sort((a, b) => {
    let ka = known(a.model);
    return ka !== known(b.model) ? ka ? -1 : 1 : a.model < b.model ? -1 : a.model > b.model ? 1 : 0;
  }), keep = ranked.length <= max ? ranked : ranked.slice(0, max - 1), named = keep.map((m) => series(m.model === OTHER ? { ...m, model: `${OTHER}_` } : m)), rest = ranked.slice(keep.length), remainder = figuresMinus(c.totals, keep);
  return (rest.length > 0 || remainder.requests > 0 || remainder.total_tokens > 0) && named.push({
    model: OTHER,
    ...remainder,
    priced: remainder.usd > 0 || rest.some((m) => m.priced),
    unpriced: remainder.unpriced_tokens > 0 || rest.some((m) => !m.priced)
  }), named.sort((a, b) => a.model < b.model ? -1 : a.model > b.model ? 1 : 0);
}
function figuresMinus(totals, rows) {
  let less = (f) => Math.max(
    0,
    rows.reduce((n, r) => n - f(r), f(totals))
  ), tokens2 = { ...totals.tokens }, byKind = { ...totals.usd_by_kind };
  for (let k of TOKEN_KINDS)
    tokens2[k] = less((x) => x.tokens[k]), byKind[k] = less((x) => x.usd_by_kind[k]);
  return {
    tokens: tokens2,
    usd_by_kind: byKind,
    total_tokens: less((x) => x.total_tokens),
    usd: less((x) => x.usd),
    unpriced_tokens: less((x) => x.unpriced_tokens),
    requests: less((x) => x.requests)
  };
}
function renderCostPrometheus(c) {
  let w = new Writer(), models = boundedModels(c);
  w.family(
    "tokens_total",
    "counter",
    "Tokens of API responses in the transcripts of the sessions in the log, by model and token kind."
  );
  for (let m of models)
    for (let k of TOKEN_KINDS) w.sample("tokens_total", m.tokens[k], { model: m.model, kind: k });
  w.family(
    "cost_usd_total",
    "counter",
    "Cost in US dollars of those tokens at the pack's prices, by model and token kind (unpriced models are absent)."
  );
  for (let m of models)
    if (m.priced)
      for (let k of TOKEN_KINDS) w.sample("cost_usd_total", m.usd_by_kind[k], { model: m.model, kind: k });
  w.family("unpriced_tokens_total", "counter", "Tokens of models with no price, by model.");
  for (let m of models) m.unpriced && w.sample("unpriced_tokens_total", m.unpriced_tokens, { model: m.model });
  return w.family("cost_burn_usd_per_hour", "gauge", `Dollars per hour over the last ${c.burn.window_minutes} minutes.`), w.sample("cost_burn_usd_per_hour", c.burn.usd_per_hour), w.family("cost_today_usd", "gauge", "Dollars spent today (local day)."), w.sample("cost_today_usd", c.today.usd), w.text();
}

// lib/dashboard/cost-metrics.ts
var CostMetrics = class {
  constructor(project, feed, opts = {}) {
    this.project = project;
    this.feed = feed;
    this.opts = opts;
    this.epoch = feed.epoch;
  }
  project;
  feed;
  opts;
  context = new CostContext();
  epoch;
  text = "";
  /** The log position and the time the text was computed at; bumped `version` says it changed. */
  computedKey = "";
  computedAt = Number.NEGATIVE_INFINITY;
  running;
  /** Transcripts of sessions without `cost_update` events are read again only when they change. */
  transcripts = new TranscriptCache();
  version = 0;
  /** The cost context, for archives merged from their kept state rather than read (feed.ts). */
  costContext() {
    return this.context;
  }
  /** Every event the feed accepted, in log order. */
  onBatch(events) {
    this.feed.epoch !== this.epoch && (this.epoch = this.feed.epoch, this.context = new CostContext());
    for (let e of events) this.context.add(e);
  }
  /** The counters as last computed ('' before the first scrape). */
  latest() {
    return this.text;
  }
  /** The counters as of now (recomputed when due); concurrent scrapes share one computation. */
  async current() {
    let now = this.opts.now ?? Date.now, key = `${this.feed.epoch}|${this.feed.seq}`, age = now() - this.computedAt;
    return (age >= (this.opts.maxAgeMs ?? 3e4) || key !== this.computedKey && age >= (this.opts.minIntervalMs ?? 2e3)) && (this.running ??= this.compute(key, now).finally(() => this.running = void 0)), this.running && await this.running, this.text;
  }
  async compute(key, now) {
    let at = now();
    this.computedKey = key, this.computedAt = at;
    try {
      let { snapshot } = await collectCost(this.context, {
        config: loadCostConfig(this.project).config,
        now: new Date(at),
        env: this.opts.env,
        cache: this.transcripts
      });
      this.text = renderCostPrometheus(snapshot), this.version++;
    } catch {
    }
  }
};

// lib/dashboard/scrape-token.ts
import fs8 from "node:fs";
import os2 from "node:os";
import path12 from "node:path";
var TOKEN = /^[A-Za-z0-9_-]{32,128}$/, MAX_BYTES2 = 1024, myUid2 = typeof process.getuid == "function" ? process.getuid() : void 0;
function scrapeTokenDir(env = process.env) {
  let xdg = env.XDG_STATE_HOME;
  if (xdg && path12.isAbsolute(xdg)) return path12.join(xdg, "2l");
  let home = env.HOME && path12.isAbsolute(env.HOME) ? env.HOME : os2.homedir();
  return path12.join(home, ".local", "state", "2l");
}
function scrapeTokenPath(env = process.env) {
  return path12.join(scrapeTokenDir(env), "scrape-token");
}
function readScrapeToken(env = process.env) {
  let file = scrapeTokenPath(env), fd;
  try {
    if (checkPrivateDir(path12.dirname(file)), fd = openRegularForRead(file), fd === void 0) return { absent: !0 };
    let st = fs8.fstatSync(fd);
    if (myUid2 !== void 0 && st.uid !== myUid2) return { refused: `${file} is not yours` };
    if ((st.mode & 63) !== 0)
      return { refused: `${file} is readable by others (mode ${(st.mode & 511).toString(8)}); rotate it` };
    if (st.size > MAX_BYTES2) return { refused: `${file} is not a scrape token (${st.size} bytes)` };
    let buf = Buffer.alloc(MAX_BYTES2 + 1), n = fs8.readSync(fd, buf, 0, buf.length, 0), text2 = buf.subarray(0, n).toString("utf8").trim();
    return TOKEN.test(text2) ? { token: text2 } : { refused: `${file} is not a scrape token` };
  } catch (err) {
    return errorCode(err) === "ENOENT" ? { absent: !0 } : err instanceof UnsafePathError ? { refused: err.message } : { refused: `${file}: ${err.message}` };
  } finally {
    fd !== void 0 && fs8.closeSync(fd);
  }
}
function isScrapeToken(authorization, env = process.env) {
  let m = /^Bearer\s+(\S+)\s*$/i.exec(authorization ?? "");
  if (!m) return !1;
  let r = readScrapeToken(env);
  return "token" in r && sameSecret(m[1], r.token);
}

// lib/dashboard/feed.ts
import fs13 from "node:fs";
import path16 from "node:path";

// lib/dashboard/event.ts
var NAME_FIELDS = [
  "event_type",
  "phase",
  "agent_id",
  "session_id",
  "hook",
  "tool_name",
  "tool_use_id",
  "agent_type"
], TEXT_FIELDS = ["data", "error"], NUMBER_FIELDS = ["duration_ms", "hook_ms"], PAYLOAD_TYPES = /* @__PURE__ */ new Set(["performance_alert", "db_check", "mcp_check"]), CANONICAL2 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;
function digit(ts, i, max = 57) {
  let c = ts.charCodeAt(i);
  return c >= 48 && c <= max;
}
function secondsOk(ts) {
  return digit(ts, 17, 53) && digit(ts, 18) && ts.charCodeAt(19) === 46 && digit(ts, 20) && digit(ts, 21) && digit(ts, 22) && ts.charCodeAt(23) === 90;
}
var checkedMinute = "\0", ISO = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?(?:Z|[+-](?:[01]\d|2[0-3]):[0-5]\d)$/;
function eventTime(ts) {
  if (typeof ts != "string" || ts.length > 40) return "";
  if (ts.length === 24 && ts.startsWith(checkedMinute) && secondsOk(ts)) return ts;
  let m = ISO.exec(ts);
  if (!m) return "";
  let [y, mo, d, h, mi, s] = [m[1], m[2], m[3], m[4], m[5], m[6] ?? "0"].map(Number), at = new Date(Date.UTC(y, mo - 1, d, h, mi, s));
  if (at.getUTCFullYear() !== y || at.getUTCMonth() !== mo - 1 || at.getUTCDate() !== d || at.getUTCHours() !== h || at.getUTCMinutes() !== mi || at.getUTCSeconds() !== s)
    return "";
  if (CANONICAL2.test(ts))
    return checkedMinute = ts.slice(0, 17), ts;
  let t = Date.parse(ts);
  return Number.isFinite(t) ? new Date(t).toISOString() : "";
}
function asText(v, max) {
  if (v == null) return;
  let s = typeof v == "string" ? v : JSON.stringify(v);
  if (typeof s == "string")
    return s.length > max ? `${s.slice(0, max)}\u2026` : s;
}
function asAmount(v) {
  return typeof v == "number" && Number.isFinite(v) && v >= 0 ? v : void 0;
}
function payloadFits(p) {
  if (p === void 0) return !0;
  try {
    return (JSON.stringify(p)?.length ?? 0) <= 16384;
  } catch {
    return !1;
  }
}
function fits(v, max) {
  return v === void 0 || typeof v == "string" && v.length <= max;
}
function isAmountOrAbsent(v) {
  return v === void 0 || asAmount(v) !== void 0;
}
function isClean(e) {
  return fits(e.event_type, 200) && fits(e.phase, 200) && fits(e.agent_id, 200) && fits(e.session_id, 200) && fits(e.hook, 200) && fits(e.tool_name, 200) && fits(e.tool_use_id, 200) && fits(e.agent_type, 200) && fits(e.data, 2e3) && fits(e.error, 2e3) && isAmountOrAbsent(e.duration_ms) && isAmountOrAbsent(e.hook_ms) && eventTime(e.timestamp) === e.timestamp && (!PAYLOAD_TYPES.has(e.event_type) || payloadFits(e.payload));
}
function forSummary(e) {
  if (isClean(e)) return e;
  let c = { ...e };
  for (let k of NAME_FIELDS) c[k] = asText(c[k], 200);
  for (let k of TEXT_FIELDS) c[k] = asText(c[k], 2e3);
  for (let k of NUMBER_FIELDS) c[k] = asAmount(c[k]);
  c.timestamp = eventTime(e.timestamp), c.event_type ??= "", c.phase ??= "", c.agent_id ??= "", c.data ??= "", PAYLOAD_TYPES.has(String(c.event_type)) && !payloadFits(c.payload) && delete c.payload;
  for (let k of Object.keys(c)) c[k] === void 0 && delete c[k];
  return c;
}
function shortLine(e, length) {
  let c = forSummary(e), out = { timestamp: asText(e.timestamp, 40) };
  for (let k of [...NAME_FIELDS, ...TEXT_FIELDS, ...NUMBER_FIELDS, "v", "source"])
    c[k] !== void 0 && (out[k] = c[k]);
  return out.payload = `[omitted: ${length} chars]`, JSON.stringify(out);
}

// lib/events/follower.ts
import fs9 from "node:fs";
import path13 from "node:path";
var LogFollower = class {
  constructor(file, opts) {
    this.file = file;
    this.opts = {
      ...opts,
      pollMs: opts.pollMs ?? 1e3,
      chunkBytes: opts.chunkBytes ?? 1 << 20,
      maxLineBytes: opts.maxLineBytes ?? 4 << 20,
      watch: opts.watch ?? !0
    }, this.buf = Buffer.allocUnsafe(this.opts.chunkBytes), this.splitter = new LineSplitter({ maxLineBytes: this.opts.maxLineBytes });
  }
  file;
  /** Bytes of the current file consumed, up to the last complete line. */
  offset = 0;
  handle;
  ino = -1;
  splitter;
  buf;
  running = Promise.resolve();
  queued = !1;
  closed = !1;
  watcher;
  timer;
  known = /* @__PURE__ */ new Set();
  problem;
  opts;
  /**
   * Reads everything already in the log, then follows it. `alreadyRead` names
   * the archives the caller has read itself (default: every archive present
   * now); any other archive found before the log is opened is read first.
   * `resume`: the log already open, read from `offset` on (this closes it).
   */
  async start(alreadyRead, resume) {
    for (let a of alreadyRead ?? this.opts.archives?.() ?? []) this.known.add(a);
    resume && this.closed ? await resume.handle.close().catch(() => {
    }) : resume && (this.handle = resume.handle, this.ino = (await resume.handle.stat()).ino, this.offset = resume.offset), await this.check(), !this.closed && (this.timer = setInterval(() => {
      this.check();
    }, this.opts.pollMs), this.timer.unref(), this.ensureWatch());
  }
  /** Catch up with the file now; concurrent calls coalesce into one pass. */
  check() {
    return this.queued ? this.running : (this.queued = !0, this.running = this.running.then(async () => {
      if (this.queued = !1, !this.closed)
        try {
          await this.pass();
        } catch {
        }
    }), this.running);
  }
  async close() {
    this.closed = !0, this.timer && clearInterval(this.timer), this.watcher?.close(), await this.running, await this.handle?.close().catch(() => {
    }), this.handle = void 0;
  }
  ensureWatch() {
    if (!this.opts.watch || this.watcher || this.closed) return;
    let base = path13.basename(this.file);
    try {
      this.watcher = fs9.watch(path13.dirname(this.file), { persistent: !1 }, (_event, name) => {
        (!name || name === base) && this.check();
      }), this.watcher.on("error", () => {
        this.watcher?.close(), this.watcher = void 0;
      });
    } catch {
      this.watcher = void 0;
    }
  }
  /** The log's lstat when it is a regular file in a folder of ours; undefined when absent. */
  async look() {
    try {
      checkPrivateDir(path13.dirname(this.file));
      let st = await fs9.promises.lstat(this.file);
      if (st.isSymbolicLink()) throw new UnsafePathError(this.file, "symlink");
      if (!st.isFile()) throw new UnsafePathError(this.file, "not-regular");
      return st;
    } catch (err) {
      if (isUnsafePath(err)) throw err;
      return;
    }
  }
  /** Tell the owner when the verdict on the path changes, not on every poll. */
  report(problem) {
    problem?.message !== this.problem && (this.problem = problem?.message, this.opts.onProblem?.(problem));
  }
  async pass() {
    let st, problem;
    try {
      st = await this.look();
    } catch (err) {
      problem = err;
    }
    problem || this.ensureWatch();
    let replaced = this.handle !== void 0 && (!st || st.ino !== this.ino || (await this.handle.stat()).nlink === 0);
    if (this.handle && replaced) {
      if (await this.drain().catch(() => {
      }), !st) return this.report(problem);
      await this.handle.close().catch(() => {
      }), this.handle = void 0, this.endOfFile();
    }
    if (!st) return this.report(problem);
    if (!this.handle) {
      await this.catchUpArchives();
      try {
        this.handle = await openRegularHandle(this.file);
      } catch (err) {
        isUnsafePath(err) && this.report(err);
        return;
      }
      if (!this.handle) return;
      this.report(void 0);
      let opened = await this.handle.stat(), first = this.ino === -1;
      this.ino = opened.ino, this.offset = 0, first || this.opts.onSwitch?.();
    }
    (await this.handle.stat()).size < this.offset + this.splitter.held && (this.offset = 0, this.splitter.reset(), this.opts.onTruncate?.()), await this.drain();
  }
  async catchUpArchives() {
    if (this.opts.archives)
      for (let a of this.opts.archives()) {
        if (this.known.has(a)) continue;
        this.known.add(a);
        let h;
        try {
          h = await openRegularHandle(a);
        } catch {
          h = void 0;
        }
        if (h)
          try {
            if ((await h.stat()).ino === this.ino) continue;
            this.handle = h, this.offset = 0, await this.drain();
          } finally {
            this.handle = void 0, await h.close().catch(() => {
            }), this.endOfFile();
          }
      }
  }
  /** Read from the held descriptor to its end. */
  async drain() {
    let h = this.handle;
    if (h)
      for (; ; ) {
        let pos = this.offset + this.splitter.held, { bytesRead } = await h.read(this.buf, 0, this.buf.length, pos);
        if (bytesRead === 0 || this.closed) return;
        this.consume(this.buf.subarray(0, bytesRead));
      }
  }
  consume(chunk) {
    let before = this.splitter.held, lines = [];
    for (let line of this.splitter.push(chunk))
      typeof line == "string" ? lines.push(line) : this.opts.onDropped?.();
    this.offset += before + chunk.length - this.splitter.held, lines.length > 0 && this.opts.onLines(lines);
  }
  /** The old file is finished: half a line left in it will never complete. */
  endOfFile() {
    this.splitter.end() !== void 0 && this.opts.onDropped?.();
  }
};

// lib/monitor/percentiles.ts
function percentile(sorted, p) {
  if (sorted.length === 0) return;
  if (p <= 0) return sorted[0];
  if (p >= 100) return sorted[sorted.length - 1];
  let rank = Math.ceil(p / 100 * sorted.length);
  return sorted[Math.max(0, rank - 1)];
}
var GROWTH = 1.02, LOG_GROWTH = Math.log(GROWTH);
function bucketOf(v) {
  return v <= 0 ? -1 / 0 : Math.ceil(Math.log(v) / LOG_GROWTH - 1e-9);
}
function bucketValue(i) {
  return i === -1 / 0 ? 0 : GROWTH ** (i - 0.5);
}
var EXPORT_BUCKETS_MS = [
  5,
  10,
  25,
  50,
  100,
  250,
  500,
  1e3,
  2e3,
  5e3,
  1e4,
  3e4,
  6e4,
  12e4,
  3e5,
  6e5
], HOOK_BUCKETS_MS = [0.1, 0.25, 0.5, 1, 2.5, 5, 10, 25, 50, 100, 200, 500, 1e3], MAX_BUCKET = 38e3, MAX_STATE_BUCKETS = 4096, count2 = (v) => Number.isSafeInteger(v) && v >= 0, finite = (v) => typeof v == "number" && Number.isFinite(v) && v >= 0, DurationStats = class {
  constructor(exactLimit = 2048, exportBounds = EXPORT_BUCKETS_MS) {
    this.exactLimit = exactLimit;
    this.exportBounds = exportBounds;
    this.exportCounts = exportBounds.map(() => 0);
  }
  exactLimit;
  exportBounds;
  count = 0;
  sum = 0;
  min = 1 / 0;
  max = -1 / 0;
  exact = [];
  sorted = !0;
  buckets = /* @__PURE__ */ new Map();
  /** Cumulative counts for `exportBounds`, kept exact at any size. */
  exportCounts;
  add(v) {
    if (!Number.isFinite(v) || v < 0) return;
    this.count++, this.sum += v, v < this.min && (this.min = v), v > this.max && (this.max = v);
    let bounds = this.exportBounds;
    for (let i = bounds.length - 1; i >= 0 && v <= bounds[i]; i--) this.exportCounts[i]++;
    let b = bucketOf(v);
    this.buckets.set(b, (this.buckets.get(b) ?? 0) + 1), this.exact && (this.exact.length >= this.exactLimit ? this.exact = void 0 : (this.sorted && this.exact.length > 0 && v < this.exact[this.exact.length - 1] && (this.sorted = !1), this.exact.push(v)));
  }
  quantile(p) {
    if (this.count === 0) return;
    if (this.exact)
      return this.sorted || (this.exact.sort((a, b) => a - b), this.sorted = !0), percentile(this.exact, p);
    if (p >= 100) return this.max;
    if (p <= 0) return this.min;
    let rank = Math.ceil(p / 100 * this.count), seen = 0;
    for (let key of [...this.buckets.keys()].sort((a, b) => a - b))
      if (seen += this.buckets.get(key), seen >= rank) return Math.min(this.max, Math.max(this.min, bucketValue(key)));
    return this.max;
  }
  toState() {
    let state = {
      count: this.count,
      sum: this.sum,
      min: this.count ? this.min : 0,
      max: this.count ? this.max : 0,
      buckets: [...this.buckets].map(([b, n]) => [b === -1 / 0 ? -MAX_BUCKET - 1 : b, n]),
      exportCounts: [...this.exportCounts]
    };
    return this.exact && (state.exact = [...this.exact]), state;
  }
  /**
   * Add the samples `state` describes, as if each had been added here: counts,
   * sums, bounds and export counts stay exact; quantiles stay exact while both
   * sides' samples fit in the exact list, else come from the merged buckets
   * (≤ 1 %, the same bound as one long stream). `state` may come from a file
   * a repository planted: anything malformed is refused whole (false), and
   * nothing in it can make this object unbounded.
   */
  mergeState(state) {
    let s = state;
    if (typeof s != "object" || s === null || !count2(s.count) || !finite(s.sum) || !finite(s.min) || !finite(s.max) || s.min > s.max || !Array.isArray(s.buckets) || s.buckets.length > MAX_STATE_BUCKETS || !Array.isArray(s.exportCounts) || s.exportCounts.length !== this.exportCounts.length || !s.exportCounts.every((n) => count2(n) && n <= s.count)) return !1;
    let inBuckets = 0;
    for (let pair of s.buckets) {
      if (!Array.isArray(pair) || pair.length !== 2) return !1;
      let [b, n] = pair;
      if (!Number.isSafeInteger(b) || Math.abs(b) > MAX_BUCKET + 1 || !count2(n)) return !1;
      inBuckets += n;
    }
    if (inBuckets !== s.count) return !1;
    let exact = s.exact;
    if (exact !== void 0 && (!Array.isArray(exact) || exact.length !== s.count || !exact.every(finite)))
      return !1;
    if (s.count === 0) return !0;
    this.count += s.count, this.sum += s.sum, s.min < this.min && (this.min = s.min), s.max > this.max && (this.max = s.max);
    for (let i = 0; i < this.exportCounts.length; i++) this.exportCounts[i] += s.exportCounts[i];
    for (let [raw, n] of s.buckets) {
      let b = raw < -MAX_BUCKET ? -1 / 0 : raw;
      this.buckets.set(b, (this.buckets.get(b) ?? 0) + n);
    }
    if (this.exact && exact && this.exact.length + exact.length <= this.exactLimit) {
      for (let v of exact) this.exact.push(v);
      this.sorted = !1;
    } else this.exact = void 0;
    return !0;
  }
  snapshot() {
    if (this.count === 0) return { count: 0, sum: 0 };
    let r = (n) => n === void 0 ? void 0 : Math.round(n * 100) / 100;
    return {
      count: this.count,
      sum: r(this.sum),
      min: r(this.min),
      max: r(this.max),
      p50: r(this.quantile(50)),
      p95: r(this.quantile(95)),
      p99: r(this.quantile(99))
    };
  }
};

// lib/monitor/metrics.ts
var MetricsTracker = class {
  constructor(maxSeries = 200, keepValues = 256) {
    this.maxSeries = maxSeries;
    this.keepValues = keepValues;
  }
  maxSeries;
  keepValues;
  series = /* @__PURE__ */ new Map();
  droppedKeys = /* @__PURE__ */ new Set();
  invalid = 0;
  add(e) {
    if (e.event_type !== METRIC_EVENT_TYPE) return;
    let m = readMetricPayload(e.payload);
    if (!m) {
      this.invalid++;
      return;
    }
    let key = seriesKey(m), acc = this.series.get(key);
    if (!acc) {
      if (this.series.size >= this.maxSeries) {
        this.droppedKeys.size < 1e4 && this.droppedKeys.add(key);
        return;
      }
      acc = {
        name: m.name,
        labels: m.labels ?? {},
        last: m.value,
        lastAt: e.timestamp,
        count: 0,
        sum: 0,
        min: m.value,
        max: m.value,
        recent: []
      }, this.series.set(key, acc);
    }
    acc.count++, acc.sum += m.value, acc.min = Math.min(acc.min, m.value), acc.max = Math.max(acc.max, m.value), e.timestamp >= acc.lastAt && (acc.last = m.value, acc.lastAt = e.timestamp, m.unit && (acc.unit = m.unit)), acc.recent.push(m.value), acc.recent.length > this.keepValues && acc.recent.shift();
  }
  snapshot() {
    return { series: [...this.series.values()].map((a) => {
      let sorted = [...a.recent].sort((x, y) => x - y), s = {
        name: a.name,
        labels: { ...a.labels },
        last: a.last,
        last_at: a.lastAt,
        count: a.count,
        sum: a.sum,
        min: a.min,
        max: a.max,
        p50: percentile(sorted, 50) ?? a.last,
        p95: percentile(sorted, 95) ?? a.last,
        recent: a.recent.slice(-20)
      };
      return a.unit && (s.unit = a.unit), s;
    }).sort((x, y) => x.name < y.name ? -1 : x.name > y.name ? 1 : seriesKey(x) < seriesKey(y) ? -1 : 1), dropped_series: this.droppedKeys.size, invalid: this.invalid };
  }
};

// lib/monitor/kpis.ts
function coverage(intervals, from, to) {
  let edges = [];
  for (let i of intervals) {
    let s = Math.max(i.start, from), e = Math.min(i.end, to);
    e > s && edges.push([s, 1], [e, -1]);
  }
  edges.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  let depth = 0, prev = from, any = 0, multi = 0;
  for (let [t, d] of edges)
    depth >= 1 && (any += t - prev), depth >= 2 && (multi += t - prev), depth += d, prev = t;
  return { any, multi };
}
function validationOutcome(e) {
  let p = e.payload;
  if (p && typeof p == "object" && !Array.isArray(p)) {
    if (typeof p.passed == "boolean") return p.passed;
    for (let k of ["status", "outcome", "result"]) {
      let v = p[k];
      if (typeof v == "string") {
        if (/^(pass|passed|ok|success)$/i.test(v)) return !0;
        if (/^(fail|failed|error|failure)$/i.test(v)) return !1;
      }
    }
  }
  if (/^\s*(PASS(ED)?|OK|SUCCESS)\b/i.test(e.data)) return !0;
  if (/^\s*(FAIL(ED|URE)?|ERROR)\b/i.test(e.data)) return !1;
}
var ratio = (n, d) => d > 0 ? n / d : null, KpiTracker = class {
  constructor(maxIntervals = 5e3) {
    this.maxIntervals = maxIntervals;
  }
  maxIntervals;
  first = 1 / 0;
  last = -1 / 0;
  passed = 0;
  failed = 0;
  toolOk = 0;
  toolFailed = 0;
  iterations = 0;
  agentsCompleted = 0;
  intervals = [];
  openAgents = /* @__PURE__ */ new Map();
  add(e) {
    let t = Date.parse(e.timestamp);
    if (Number.isFinite(t))
      switch (this.first = Math.min(this.first, t), this.last = Math.max(this.last, t), e.event_type) {
        case "validation_result": {
          let ok = validationOutcome(e);
          ok === !0 && this.passed++, ok === !1 && this.failed++;
          break;
        }
        case "iteration_complete":
          this.iterations++;
          break;
        case "tool_complete":
        case "tool_error":
          e.event_type === "tool_complete" ? this.toolOk++ : this.toolFailed++, typeof e.duration_ms == "number" && e.duration_ms > 0 && this.push({ start: t - e.duration_ms, end: t, kind: "tool" });
          break;
        case "agent_spawn":
        case "agent_start": {
          if (e.source === "hook" && e.agent_type === "") break;
          let key = `${e.source}:${e.agent_id}`;
          this.openAgents.has(key) || this.openAgents.set(key, t), this.openAgents.size > 2e3 && this.openAgents.delete(this.openAgents.keys().next().value);
          break;
        }
        case "agent_complete": {
          if (e.source === "hook" && e.agent_type === "") break;
          this.agentsCompleted++;
          let key = `${e.source}:${e.agent_id}`, start = this.openAgents.get(key);
          start !== void 0 && (this.openAgents.delete(key), this.push({ start, end: t, kind: "agent" }));
          break;
        }
      }
  }
  /**
   * What a later segment of the log adds apart from its agent, validation and
   * iteration events (those are replayed through `add`): the span, the tool
   * counts and the newest tool intervals (monitor/summary-state.ts).
   */
  toolState() {
    return {
      first: Number.isFinite(this.first) ? this.first : null,
      last: Number.isFinite(this.last) ? this.last : null,
      ok: this.toolOk,
      failed: this.toolFailed,
      intervals: this.intervals.filter((i) => i.kind === "tool").slice(-this.maxIntervals).map((i) => [i.start, i.end])
    };
  }
  /** Add a validated KpiToolState of the segment that follows what this tracker has seen. */
  mergeToolState(k) {
    k.first !== null && (this.first = Math.min(this.first, k.first)), k.last !== null && (this.last = Math.max(this.last, k.last)), this.toolOk += k.ok, this.toolFailed += k.failed;
    for (let [start, end] of k.intervals) this.push({ start, end, kind: "tool" });
  }
  push(i) {
    this.intervals.push(i), this.intervals.length > this.maxIntervals * 2 && (this.intervals = this.intervals.slice(-this.maxIntervals));
  }
  /** Agents still open count as running until the newest event (not `now`: a quiet log is not busy). */
  snapshot() {
    let wall = Number.isFinite(this.first) ? this.last - this.first : 0, open = [...this.openAgents.values()].map((start) => ({ start, end: this.last, kind: "agent" })), all = [...this.intervals.slice(-this.maxIntervals), ...open], agents = coverage(
      all.filter((i) => i.kind === "agent"),
      this.first,
      this.last
    ), both = coverage(all, this.first, this.last), tasks = this.iterations + this.agentsCompleted;
    return {
      wall_ms: wall,
      validation: {
        passed: this.passed,
        failed: this.failed,
        success_rate: ratio(this.passed, this.passed + this.failed)
      },
      tools: {
        succeeded: this.toolOk,
        failed: this.toolFailed,
        success_rate: ratio(this.toolOk, this.toolOk + this.toolFailed)
      },
      tasks: {
        iterations: this.iterations,
        agents_completed: this.agentsCompleted,
        per_hour: wall >= 6e4 ? tasks * 36e5 / wall : null
      },
      agent_utilisation: ratio(agents.any, wall),
      parallel_ratio: ratio(both.multi, wall)
    };
  }
};

// lib/monitor/resources.ts
var RESOURCE_EVENT_TYPE = "resource_sample";
function parseProcStat(text2) {
  let open = text2.indexOf("("), close = text2.lastIndexOf(")");
  if (open < 0 || close < open) return;
  let pid = Number(text2.slice(0, open).trim()), f = text2.slice(close + 2).trim().split(" "), n = (field) => Number(f[field - 3]), ticks = n(14) + n(15) + n(16) + n(17);
  if (!(!Number.isInteger(pid) || !Number.isFinite(ticks) || !Number.isFinite(n(4))))
    return { pid, ppid: n(4), comm: text2.slice(open + 1, close), ticks, start: n(22) };
}
function parseVmRss(status) {
  let m = /^VmRSS:\s+(\d+)\s+kB/m.exec(status);
  return m ? Number(m[1]) * 1024 : 0;
}
function descendants(procs, roots) {
  let children = /* @__PURE__ */ new Map();
  for (let [pid, p] of procs) {
    let list = children.get(p.ppid);
    list ? list.push(pid) : children.set(p.ppid, [pid]);
  }
  let out = /* @__PURE__ */ new Set(), stack = [...roots];
  for (; stack.length > 0; ) {
    let pid = stack.pop();
    out.has(pid) || !procs.has(pid) || (out.add(pid), stack.push(...children.get(pid) ?? []));
  }
  return out;
}
function ticksSince(now, members, prev, prevUptimeTicks) {
  let used = 0;
  for (let pid of members) {
    let p = now.get(pid);
    if (!p) continue;
    let before = prev?.get(pid);
    before !== void 0 ? used += Math.max(0, p.ticks - before) : prevUptimeTicks !== void 0 && p.start >= prevUptimeTicks && (used += p.ticks);
  }
  return used;
}
var num2 = (v) => typeof v == "number" && Number.isFinite(v) && v >= 0 ? v : void 0;
function group(v) {
  if (!v || typeof v != "object") return;
  let g = v, pids = num2(g.pids), cpu = num2(g.cpu_pct), rss = num2(g.rss_bytes);
  return pids === void 0 || cpu === void 0 || rss === void 0 ? void 0 : { pids, cpu_pct: cpu, rss_bytes: rss };
}
function readResourceSample(payload) {
  if (!payload || typeof payload != "object") return;
  let p = payload, claude = group(p.claude), pack = group(p.pack), m = p.machine;
  if (!claude || !pack || !m || typeof m != "object") return;
  let machine = {
    load1: num2(m.load1),
    load5: num2(m.load5),
    load15: num2(m.load15),
    mem_available_bytes: num2(m.mem_available_bytes),
    mem_total_bytes: num2(m.mem_total_bytes),
    cpus: num2(m.cpus)
  };
  if (!Object.values(machine).some((x) => x === void 0))
    return {
      interval_ms: num2(p.interval_ms) ?? 0,
      claude: { ...claude, roots: num2(p.claude.roots) ?? 0 },
      pack,
      machine,
      cost_ms: num2(p.cost_ms) ?? 0
    };
}
function latestResources(current, e) {
  if (e.event_type !== RESOURCE_EVENT_TYPE || current && e.timestamp < current.at) return current;
  let s = readResourceSample(e.payload);
  return s ? { ...s, at: e.timestamp } : current;
}

// lib/monitor/summary-state.ts
var STATE_LIMITS = {
  strings: 4096,
  byType: 1e4,
  sessions: 1e4,
  tools: 1e4,
  slowest: 1e3,
  recentErrors: 1e3,
  minutes: 1e5,
  intervals: 2e4,
  replay: 5e4,
  replayLine: 65536,
  /** A repeated denial follows its first close closely (the same call reported twice): this many closes are kept. */
  closed: 1024,
  firstDenials: 1e4
}, isCount = (v) => Number.isSafeInteger(v) && v >= 0, isNum = (v) => typeof v == "number" && Number.isFinite(v), isStr = (v, max = STATE_LIMITS.strings) => typeof v == "string" && v.length <= max, isStrOrNull = (v) => v === null || isStr(v), isObj3 = (v) => typeof v == "object" && v !== null && !Array.isArray(v), listOf = (v, max, ok) => Array.isArray(v) && v.length <= max && v.every(ok), optStr = (v) => v === void 0 || isStr(v);
function isSession(v) {
  return isObj3(v) ? isStr(v.id) && isStr(v.started) && isStr(v.last) && optStr(v.ended) && typeof v.reopened == "boolean" && isCount(v.events) && isCount(v.tools) && isCount(v.toolErrors) && isCount(v.toolDenied) : !1;
}
function isToolCall(v) {
  return isObj3(v) && isStr(v.tool) && isNum(v.duration_ms) && isStr(v.timestamp) && isStr(v.data, 1 << 20) && typeof v.failed == "boolean";
}
function isRecentError(v) {
  return isObj3(v) && isStr(v.timestamp) && isStr(v.event_type) && isStr(v.agent_id) && isStr(v.data, 1 << 20) && optStr(v.tool_name) && (v.error === void 0 || isStr(v.error, 1 << 20));
}
function isKpi(v) {
  if (!isObj3(v)) return !1;
  let pair = (p) => Array.isArray(p) && p.length === 2 && isNum(p[0]) && isNum(p[1]);
  return (v.first === null || isNum(v.first)) && (v.last === null || isNum(v.last)) && isCount(v.ok) && isCount(v.failed) && listOf(v.intervals, STATE_LIMITS.intervals, pair);
}
function parseSummaryState(v) {
  return isObj3(v) && isCount(v.events) && isCount(v.malformed) && isCount(v.pipelineErrors) && isStrOrNull(v.first) && isStrOrNull(v.last) && isStrOrNull(v.lastActivity) && listOf(v.byType, STATE_LIMITS.byType, (p) => Array.isArray(p) && p.length === 2 && isStr(p[0]) && isCount(p[1])) && listOf(v.sessions, STATE_LIMITS.sessions, isSession) && listOf(
    v.tools,
    STATE_LIMITS.tools,
    (p) => Array.isArray(p) && p.length === 2 && isStr(p[0]) && isObj3(p[1]) && isCount(p[1].calls) && isCount(p[1].failures) && isCount(p[1].denied) && isObj3(p[1].stats)
  ) && listOf(v.slowest, STATE_LIMITS.slowest, isToolCall) && isObj3(v.hookMs) && isCount(v.errorCount) && listOf(v.recentErrors, STATE_LIMITS.recentErrors, isRecentError) && listOf(
    v.minutes,
    STATE_LIMITS.minutes,
    (m) => Array.isArray(m) && m.length === 3 && isStr(m[0], 16) && isCount(m[1]) && isCount(m[2])
  ) && isKpi(v.kpi) && listOf(v.replay, STATE_LIMITS.replay, (l) => isStr(l, STATE_LIMITS.replayLine)) && listOf(v.closed, STATE_LIMITS.closed, (k) => isStr(k, 2 * STATE_LIMITS.strings + 1)) && listOf(
    v.firstDenials,
    STATE_LIMITS.firstDenials,
    (d) => Array.isArray(d) && d.length === 3 && isStr(d[0], 2 * STATE_LIMITS.strings + 1) && isStr(d[1]) && isStr(d[2])
  ) ? v : void 0;
}

// lib/monitor/summary.ts
var CLOSES = /* @__PURE__ */ new Set(["tool_complete", "tool_error", DENIED_EVENT_TYPE]), REPLAYED = /* @__PURE__ */ new Set([
  "agent_start",
  "agent_spawn",
  "agent_complete",
  "plan_start",
  "plan_complete",
  "iteration_start",
  "iteration_complete",
  "phase_change",
  "performance_alert",
  "db_check",
  "mcp_check",
  "metric",
  "validation_result"
]), MAX_CLOSED = 4096;
function evictOldest(map, max) {
  for (; map.size > max; ) map.delete(map.keys().next().value);
}
var Summary = class {
  events = 0;
  malformed = 0;
  first;
  last;
  byType = /* @__PURE__ */ new Map();
  sessions = /* @__PURE__ */ new Map();
  agents = /* @__PURE__ */ new Map();
  completedAgents = 0;
  activeAlerts = /* @__PURE__ */ new Map();
  pipelineErrors = 0;
  plan = { status: "none" };
  phases = [];
  tools = /* @__PURE__ */ new Map();
  /** Calls already closed, so that a second close (a denial both auto mode and the batch report) counts once. */
  closed = /* @__PURE__ */ new Map();
  slowest = [];
  hookMs = new DurationStats(void 0, HOOK_BUCKETS_MS);
  errorCount = 0;
  recentErrors = [];
  checks = {};
  alerts = [];
  minutes = /* @__PURE__ */ new Map();
  metrics = new MetricsTracker();
  kpis = new KpiTracker();
  resources;
  lastActivity;
  opts;
  /** Recording only: the replayed events as lines (undefined once past the limit: no state then). */
  replay;
  lastResource;
  /** Recording only: sessions whose last boundary in this stretch was a start. */
  reopened = /* @__PURE__ */ new Set();
  /** Recording only: denials counted as their call's first close here (undefined once past the limit). */
  firstDenials;
  constructor(opts = {}) {
    this.opts = {
      orphanAfterMs: 30 * 6e4,
      keepErrors: 50,
      keepSlowest: 10,
      maxSessions: 500,
      maxAgents: 2e3,
      keepMinutes: 120,
      record: !1,
      ...opts
    }, this.opts.record && (this.replay = [], this.firstDenials = []);
  }
  addMalformed() {
    this.malformed++;
  }
  add(e) {
    this.events++;
    let ts = e.timestamp;
    (!this.first || ts < this.first) && (this.first = ts), (!this.last || ts > this.last) && (this.last = ts), this.byType.set(e.event_type, (this.byType.get(e.event_type) ?? 0) + 1), typeof e.hook_ms == "number" && this.hookMs.add(e.hook_ms), e.event_type === "performance_alert" && this.trackActiveAlert(e), e.source === "hook" && e.error && !isErrorEvent(e.event_type) && this.pipelineErrors++;
    let repeatClose = this.isRepeatClose(e);
    this.trackSession(e, repeatClose), this.trackAgents(e), this.trackPlan(e), repeatClose || this.trackTools(e);
    let isError = isErrorEvent(e.event_type) || !!e.error && e.event_type !== "session_start";
    isError && this.trackError(e), this.trackMinute(ts, isError), e.event_type === "db_check" && (this.checks.db = e), e.event_type === "mcp_check" && (this.checks.mcp = e), e.event_type === "performance_alert" && (this.alerts = [...this.alerts.slice(-19), e]), this.metrics.add(e), this.kpis.add(e), this.resources = latestResources(this.resources, e), this.opts.record && this.recordReplay(e), e.event_type !== RESOURCE_EVENT_TYPE && (!this.lastActivity || ts > this.lastActivity) && (this.lastActivity = ts);
  }
  /** The newest event that is not the server's own resource sample: whether a session is at work. */
  lastActivityAt() {
    return this.lastActivity;
  }
  trackActiveAlert(e) {
    let p = e.payload;
    !p || typeof p.key != "string" || (p.state === "resolved" ? this.activeAlerts.delete(p.key) : p.state === "breach" && (this.activeAlerts.delete(p.key), this.activeAlerts.set(p.key, e), evictOldest(this.activeAlerts, 200)));
  }
  /**
   * A denial for a call already closed: the same call reported by PermissionDenied
   * and PostToolBatch, or a completed tool whose output reads like a denial.
   */
  isRepeatClose(e) {
    if (!e.tool_use_id || !CLOSES.has(e.event_type)) return !1;
    let key = `${e.session_id ?? ""}\0${e.tool_use_id}`;
    return this.closed.has(key) ? e.event_type === DENIED_EVENT_TYPE : (this.firstDenials && e.event_type === DENIED_EVENT_TYPE && (this.firstDenials.length >= STATE_LIMITS.firstDenials ? this.firstDenials = void 0 : this.firstDenials.push([key, e.session_id ?? "", e.tool_name ?? ""])), this.closed.set(key, !0), evictOldest(this.closed, MAX_CLOSED), !1);
  }
  trackSession(e, repeatClose) {
    if (!e.session_id) return;
    let s = this.sessions.get(e.session_id);
    s || (s = {
      id: e.session_id,
      started: e.timestamp,
      last: e.timestamp,
      events: 0,
      tools: 0,
      toolErrors: 0,
      toolDenied: 0
    }, this.sessions.set(e.session_id, s), evictOldest(this.sessions, this.opts.maxSessions)), s.events++, s.last = e.timestamp, e.event_type === "session_end" && (s.ended = e.timestamp, this.reopened.delete(e.session_id)), e.event_type === "session_start" && (s.ended = void 0, this.opts.record && this.reopened.add(e.session_id)), e.event_type === "tool_complete" && s.tools++, e.event_type === "tool_error" && (s.tools++, s.toolErrors++), e.event_type === DENIED_EVENT_TYPE && !repeatClose && (s.tools++, s.toolDenied++);
  }
  /** Hook subagents are keyed by their id; 2L agents by id within no session. */
  agentKey(e) {
    return e.source === "hook" ? `hook:${e.agent_id}` : `emit:${e.agent_id}`;
  }
  trackAgents(e) {
    let isStart = e.event_type === "agent_start" || e.event_type === "agent_spawn", isEnd = e.event_type === "agent_complete";
    if (!isStart && !isEnd || e.source === "hook" && e.agent_type === "") return;
    let key = this.agentKey(e), known = this.agents.get(key);
    if (isStart) {
      if (known && known.status === "active") return;
      this.agents.set(key, {
        key,
        agent_id: e.agent_id,
        agent_type: e.agent_type,
        session_id: e.session_id,
        source: e.source,
        started: e.timestamp,
        status: "active"
      }), evictOldest(this.agents, this.opts.maxAgents);
      return;
    }
    this.completedAgents++, known ? (known.status = "complete", known.ended = e.timestamp) : this.agents.set(key, {
      key,
      agent_id: e.agent_id,
      agent_type: e.agent_type,
      session_id: e.session_id,
      source: e.source,
      started: e.timestamp,
      ended: e.timestamp,
      status: "complete"
    });
  }
  trackPlan(e) {
    switch (e.event_type) {
      case "plan_start":
        this.plan = { status: "running", started: e.timestamp, phase: e.phase !== "unknown" ? e.phase : void 0 }, this.phases = [];
        break;
      case "plan_complete":
        this.plan = { ...this.plan, status: "complete", completed: e.timestamp }, this.closePhase(e.timestamp);
        break;
      case "iteration_start":
        this.plan = {
          ...this.plan,
          status: this.plan.status === "none" ? "running" : this.plan.status,
          started: this.plan.started ?? e.timestamp,
          iteration: e.data
        };
        break;
      case "phase_change": {
        this.plan.status === "none" && (this.plan = { status: "running", started: e.timestamp });
        let phase = e.phase !== "unknown" ? e.phase : e.data;
        this.closePhase(e.timestamp), this.phases.push({ phase, started: e.timestamp }), this.phases.length > 200 && this.phases.shift(), this.plan = { ...this.plan, phase };
        break;
      }
    }
  }
  closePhase(at) {
    let open = this.phases[this.phases.length - 1];
    open && !open.ended && (open.ended = at);
  }
  trackTools(e) {
    if (!CLOSES.has(e.event_type) || !e.tool_name) return;
    let t = this.tools.get(e.tool_name);
    if (t || (t = { stats: new DurationStats(), calls: 0, failures: 0, denied: 0 }, this.tools.set(e.tool_name, t)), t.calls++, e.event_type === DENIED_EVENT_TYPE) {
      t.denied++;
      return;
    }
    let failed = e.event_type === "tool_error";
    if (failed && t.failures++, typeof e.duration_ms == "number") {
      t.stats.add(e.duration_ms);
      let k = this.opts.keepSlowest;
      (this.slowest.length < k || e.duration_ms > this.slowest[this.slowest.length - 1].duration_ms) && (this.slowest.push({
        tool: e.tool_name,
        duration_ms: e.duration_ms,
        timestamp: e.timestamp,
        data: e.data,
        failed
      }), this.slowest.sort((a, b) => b.duration_ms - a.duration_ms), this.slowest.length > k && this.slowest.pop());
    }
  }
  trackMinute(ts, isError) {
    let minute = ts.slice(0, 16);
    if (minute.length !== 16) return;
    let m = this.minutes.get(minute);
    if (!m && (m = { events: 0, errors: 0 }, this.minutes.set(minute, m), this.minutes.size > this.opts.keepMinutes)) {
      let oldest = minute;
      for (let k of this.minutes.keys()) k < oldest && (oldest = k);
      this.minutes.delete(oldest);
    }
    m.events++, isError && m.errors++;
  }
  trackError(e) {
    this.errorCount++;
    let entry = {
      timestamp: e.timestamp,
      event_type: e.event_type,
      agent_id: e.agent_id,
      data: e.data
    };
    e.tool_name && (entry.tool_name = e.tool_name), e.error && (entry.error = e.error), this.recentErrors.push(entry), this.recentErrors.length > this.opts.keepErrors && this.recentErrors.shift();
  }
  /** Per-tool duration stats, for exporters that need the histogram itself. */
  toolStats() {
    return this.tools;
  }
  hookStats() {
    return this.hookMs;
  }
  recordReplay(e) {
    if (e.event_type === RESOURCE_EVENT_TYPE) {
      this.lastResource = JSON.stringify(e);
      return;
    }
    if (!this.replay || !REPLAYED.has(e.event_type)) return;
    let line = JSON.stringify(e);
    this.replay.length >= STATE_LIMITS.replay || line.length > STATE_LIMITS.replayLine ? this.replay = void 0 : this.replay.push(line);
  }
  /**
   * This summary (made with `record: true` from one stretch of the log) as
   * JSON for `mergeState`; undefined when the stretch had more stateful events
   * than a state keeps (it is then read again each time, never misreported).
   */
  toState() {
    if (!this.opts.record || !this.replay || !this.firstDenials) return;
    let sessions = [...this.sessions.values()].map((s) => ({
      ...s,
      reopened: this.reopened.has(s.id)
    }));
    return {
      events: this.events,
      malformed: this.malformed,
      pipelineErrors: this.pipelineErrors,
      first: this.first ?? null,
      last: this.last ?? null,
      lastActivity: this.lastActivity ?? null,
      byType: [...this.byType],
      sessions,
      tools: [...this.tools].map(([name, t]) => [
        name,
        { calls: t.calls, failures: t.failures, denied: t.denied, stats: t.stats.toState() }
      ]),
      slowest: this.slowest.map((c) => ({ ...c })),
      hookMs: this.hookMs.toState(),
      errorCount: this.errorCount,
      recentErrors: [...this.recentErrors],
      minutes: [...this.minutes].map(([m, c]) => [m, c.events, c.errors]),
      kpi: this.kpis.toolState(),
      replay: this.lastResource ? [...this.replay, this.lastResource] : [...this.replay],
      closed: [...this.closed.keys()].slice(-STATE_LIMITS.closed),
      firstDenials: this.firstDenials.map((d) => [...d])
    };
  }
  /**
   * Add a validated state (summary-state.ts `parseSummaryState`) of the stretch
   * that follows what this summary has seen, as if its events had been added:
   * totals exactly, tool percentiles within 1 %, stateful events replayed. A
   * denial repeating a call closed before the stretch is taken back, as one
   * pass would not count it (within the last STATE_LIMITS.closed closes). False, with this summary unchanged, when a duration state
   * is refused.
   */
  mergeState(st) {
    if (!new DurationStats(void 0, HOOK_BUCKETS_MS).mergeState(st.hookMs)) return !1;
    let tools = /* @__PURE__ */ new Map();
    for (let [name, seg] of st.tools) {
      let known = tools.get(name) ?? this.tools.get(name), stats = new DurationStats();
      if (known && !stats.mergeState(known.stats.toState()) || !stats.mergeState(seg.stats)) return !1;
      tools.set(name, {
        stats,
        calls: (known?.calls ?? 0) + seg.calls,
        failures: (known?.failures ?? 0) + seg.failures,
        denied: (known?.denied ?? 0) + seg.denied
      });
    }
    let repeats = st.firstDenials.filter(([key]) => this.closed.has(key));
    for (let [name, t] of tools) this.tools.set(name, t);
    this.hookMs.mergeState(st.hookMs), this.events += st.events, this.malformed += st.malformed, this.pipelineErrors += st.pipelineErrors, st.first !== null && (!this.first || st.first < this.first) && (this.first = st.first), st.last !== null && (!this.last || st.last > this.last) && (this.last = st.last), st.lastActivity !== null && (!this.lastActivity || st.lastActivity > this.lastActivity) && (this.lastActivity = st.lastActivity);
    for (let [type, n] of st.byType) this.byType.set(type, (this.byType.get(type) ?? 0) + n);
    this.mergeSessions(st.sessions);
    let k = this.opts.keepSlowest;
    this.slowest = [...this.slowest, ...st.slowest].sort((a, b) => b.duration_ms - a.duration_ms).slice(0, k), this.errorCount += st.errorCount, this.recentErrors = [...this.recentErrors, ...st.recentErrors].slice(-this.opts.keepErrors);
    for (let [minute, events, errors] of st.minutes) {
      let m = this.minutes.get(minute);
      m ? (m.events += events, m.errors += errors) : this.minutes.set(minute, { events, errors });
    }
    if (this.minutes.size > this.opts.keepMinutes) {
      let keep = [...this.minutes.keys()].sort().slice(-this.opts.keepMinutes);
      for (let m of [...this.minutes.keys()]) keep.includes(m) || this.minutes.delete(m);
    }
    this.kpis.mergeToolState(st.kpi);
    for (let [, session, tool] of repeats) {
      let s = this.sessions.get(session);
      s && s.tools > 0 && s.toolDenied > 0 && (s.tools--, s.toolDenied--);
      let t = this.tools.get(tool);
      t && t.calls > 0 && t.denied > 0 && (t.calls--, t.denied--);
    }
    for (let d of st.firstDenials)
      !this.firstDenials || repeats.includes(d) || (this.firstDenials.length >= STATE_LIMITS.firstDenials ? this.firstDenials = void 0 : this.firstDenials.push([...d]));
    for (let key of st.closed)
      this.closed.delete(key), this.closed.set(key, !0);
    evictOldest(this.closed, MAX_CLOSED);
    for (let line of st.replay) {
      let e = parseEventLine(line);
      e && this.replayEvent(e);
    }
    return !0;
  }
  mergeSessions(segs) {
    for (let seg of segs) {
      let { reopened, ...state } = seg, s = this.sessions.get(seg.id);
      if (!s) {
        this.sessions.set(seg.id, state), this.opts.record && reopened && this.reopened.add(seg.id), evictOldest(this.sessions, this.opts.maxSessions);
        continue;
      }
      s.events += seg.events, s.tools += seg.tools, s.toolErrors += seg.toolErrors, s.toolDenied += seg.toolDenied, s.last = seg.last, seg.ended !== void 0 ? s.ended = seg.ended : reopened && (s.ended = void 0);
    }
  }
  /** What `add` does for a replayed (stateful) event, without the counts the state already holds. */
  replayEvent(e) {
    e.event_type === "performance_alert" && (this.trackActiveAlert(e), this.alerts = [...this.alerts.slice(-19), e]), this.trackAgents(e), this.trackPlan(e), e.event_type === "db_check" && (this.checks.db = e), e.event_type === "mcp_check" && (this.checks.mcp = e), this.metrics.add(e), e.event_type !== RESOURCE_EVENT_TYPE && this.kpis.add(e), this.resources = latestResources(this.resources, e), this.opts.record && this.recordReplay(e);
  }
  snapshot(now = /* @__PURE__ */ new Date()) {
    let reference = Math.max(now.getTime(), this.last ? Date.parse(this.last) : 0), active = [], orphaned = [];
    for (let a of this.agents.values()) {
      if (a.status !== "active") continue;
      let session = a.session_id ? this.sessions.get(a.session_id) : void 0;
      session?.ended !== void 0 && session.ended >= a.started || reference - Date.parse(a.started) > this.opts.orphanAfterMs ? orphaned.push(a) : active.push(a);
    }
    return {
      events: this.events,
      malformed: this.malformed,
      pipeline_errors: this.pipelineErrors,
      active_alerts: [...this.activeAlerts.values()],
      first: this.first,
      last: this.last,
      by_type: Object.fromEntries([...this.byType].sort((a, b) => b[1] - a[1])),
      sessions: [...this.sessions.values()],
      agents: { active, orphaned, completed: this.completedAgents },
      plan: { ...this.plan },
      phases: this.phases.map((p) => ({ ...p })),
      tools: [...this.tools].map(([tool, t]) => ({
        tool,
        calls: t.calls,
        failures: t.failures,
        denied: t.denied,
        // Over the calls that ran: a denied call neither failed nor succeeded.
        failure_rate: t.calls - t.denied ? t.failures / (t.calls - t.denied) : 0,
        ...t.stats.snapshot()
      })).sort((a, b) => b.calls - a.calls),
      slowest: this.slowest.map((s) => ({ ...s })),
      hook_ms: this.hookMs.snapshot(),
      errors: { count: this.errorCount, recent: [...this.recentErrors] },
      checks: { ...this.checks },
      alerts: [...this.alerts],
      per_minute: [...this.minutes].sort((a, b) => a[0] < b[0] ? -1 : 1).map(([minute, m]) => ({ minute, ...m })),
      metrics: this.metrics.snapshot(),
      kpis: this.kpis.snapshot(),
      ...this.resources ? { resources: this.resources } : {}
    };
  }
};

// lib/events/archive-sidecar.ts
import { createHash } from "node:crypto";
import fs10 from "node:fs";
import path14 from "node:path";
var SIDECAR_MAX_BYTES = 8 << 20, VERSION = 1, PREFIX_HEAD_BYTES = 4096, PREFIX_TAIL_BYTES = 65536;
function sidecarPath(archive, kind = "summary") {
  return path14.join(path14.dirname(archive), `${path14.basename(archive).replace(/\.jsonl$/, "")}.${kind}.json`);
}
var KIND_NAME = /^[a-z][a-z0-9-]{0,31}$/, ARCHIVE_SIDECAR_KINDS = ["status", "dashboard", "index"];
function identityOf(f) {
  return { size: f.bytes, mtimeMs: f.mtimeMs, ino: f.ino, dev: f.dev };
}
function usable(f) {
  return f.archive && f.regular && !f.foreign;
}
function readDoc(file, kind, maxBytes = SIDECAR_MAX_BYTES) {
  let doc;
  try {
    let buf = readRegularFile(file, maxBytes);
    if (buf === void 0) return;
    doc = JSON.parse(buf.toString("utf8"));
  } catch {
    return;
  }
  if (typeof doc != "object" || doc === null) return;
  let d = doc;
  return d.v === VERSION && d.kind === kind ? d : void 0;
}
function parsed(payload, parse) {
  try {
    return parse(payload);
  } catch {
    return;
  }
}
function readSidecar(f, kind, parse, maxBytes = SIDECAR_MAX_BYTES) {
  if (!usable(f) || !KIND_NAME.test(kind)) return;
  let d = readDoc(sidecarPath(f.path, kind), kind, maxBytes);
  if (!d || typeof d.archive != "object" || d.archive === null) return;
  let want = identityOf(f), a = d.archive;
  if (!(a.size !== want.size || a.mtimeMs !== want.mtimeMs || a.ino !== want.ino || a.dev !== want.dev))
    return parsed(d.payload, parse);
}
function prefixHash(fd, offset) {
  let h = createHash("sha256"), head = Buffer.alloc(Math.min(offset, PREFIX_HEAD_BYTES)), tail = Buffer.alloc(Math.min(offset, PREFIX_TAIL_BYTES));
  if (fs10.readSync(fd, head, 0, head.length, 0) !== head.length) throw new Error("short read");
  if (fs10.readSync(fd, tail, 0, tail.length, offset - tail.length) !== tail.length) throw new Error("short read");
  return h.update(head).update(tail).digest("hex");
}
function prefixIdentity(fd, offset) {
  let st = fs10.fstatSync(fd);
  return { offset, ino: st.ino, dev: st.dev, hash: prefixHash(fd, offset) };
}
function readPrefixState(log, fd, kind, parse) {
  if (!KIND_NAME.test(kind)) return;
  let d = readDoc(sidecarPath(log, kind), kind);
  if (!d || typeof d.prefix != "object" || d.prefix === null) return;
  let p = d.prefix, offset = p.offset;
  if (!Number.isSafeInteger(offset) || offset <= 0) return;
  try {
    let st = fs10.fstatSync(fd);
    if (!st.isFile() || p.ino !== st.ino || p.dev !== st.dev || st.size < offset || p.hash !== prefixHash(fd, offset)) return;
  } catch {
    return;
  }
  let payload = parsed(d.payload, parse);
  return payload === void 0 ? void 0 : { offset, payload };
}
function chainPath(dir, kind) {
  return path14.join(dir, `events.history.${kind}.json`);
}
function readChainState(dir, files, kind, parse) {
  if (!KIND_NAME.test(kind)) return;
  let d = readDoc(chainPath(dir, kind), kind);
  if (!d || !Array.isArray(d.chain) || d.chain.length === 0 || d.chain.length > files.length) return;
  for (let [i, link] of d.chain.entries()) {
    let f = files[i];
    if (!usable(f) || typeof link != "object" || link === null) return;
    let l = link, want = identityOf(f);
    if (l.name !== f.name || l.size !== want.size || l.mtimeMs !== want.mtimeMs || l.ino !== want.ino || l.dev !== want.dev) return;
  }
  let payload = parsed(d.payload, parse);
  return payload === void 0 ? void 0 : { count: d.chain.length, payload };
}
function removeChainStates(dir, kinds) {
  for (let kind of kinds)
    if (KIND_NAME.test(kind))
      try {
        fs10.unlinkSync(chainPath(dir, kind));
      } catch {
      }
}
function writeChainState(files, kind, payload) {
  if (!KIND_NAME.test(kind) || files.length === 0 || !files.every(usable)) return !1;
  let chain = files.map((f) => ({ name: f.name, ...identityOf(f) }));
  return writeDoc(chainPath(path14.dirname(files[0].path), kind), { v: VERSION, kind, chain, payload });
}
function writeDoc(file, doc, maxBytes = SIDECAR_MAX_BYTES) {
  try {
    checkPrivateDir(path14.dirname(file));
    let text2 = JSON.stringify(doc);
    return Buffer.byteLength(text2) > maxBytes ? !1 : (atomicWriteFileSync(file, text2, { mode: 384, keepMode: !1 }), !0);
  } catch {
    return !1;
  }
}
function writePrefixState(log, fd, kind, offset, payload) {
  if (!KIND_NAME.test(kind) || !Number.isSafeInteger(offset) || offset <= 0) return !1;
  let prefix;
  try {
    prefix = prefixIdentity(fd, offset);
  } catch {
    return !1;
  }
  return writeDoc(sidecarPath(log, kind), { v: VERSION, kind, prefix, payload });
}
function removeSidecars(archive, kinds) {
  for (let kind of kinds)
    if (KIND_NAME.test(kind))
      try {
        fs10.unlinkSync(sidecarPath(archive, kind));
      } catch {
      }
}
function writeSidecar(f, kind, payload, maxBytes = SIDECAR_MAX_BYTES) {
  return !usable(f) || !KIND_NAME.test(kind) ? !1 : writeDoc(sidecarPath(f.path, kind), { v: VERSION, kind, archive: identityOf(f), payload }, maxBytes);
}

// lib/events/log-files.ts
import fs11 from "node:fs";
import path15 from "node:path";
function statLogFiles(projectDir) {
  let dir = stateDir(projectDir);
  if (!fs11.lstatSync(dir, { throwIfNoEntry: !1 })?.isDirectory()) return [];
  let out = [], uid = typeof process.getuid == "function" ? process.getuid() : void 0;
  for (let file of [...listArchives(dir), path15.join(dir, EVENTS_FILE)]) {
    let s = fs11.lstatSync(file, { throwIfNoEntry: !1 });
    if (!s) continue;
    let name = path15.basename(file);
    out.push({
      path: file,
      name,
      archive: name !== EVENTS_FILE,
      regular: s.isFile(),
      bytes: s.isFile() ? s.size : 0,
      mtimeMs: s.mtimeMs,
      dev: s.dev,
      ino: s.ino,
      foreign: uid !== void 0 && s.uid !== uid
    });
  }
  return out;
}

// lib/monitor/alerts.ts
var MIN_PENDING_MS = { event_processing_ms: 12e4 }, IMMEDIATE = { pending_ms: 0, hysteresis: 0 }, KEEP_TIMINGS = 50;
function emptyAlertState() {
  return { v: 1, active: {} };
}
function isLogKey(key) {
  return key !== "state_query_ms" && key !== "event_processing_ms" && key !== "dashboard_refresh_ms";
}
function measureStoredTiming(state, key, label, config) {
  let recent = state.timings?.[key] ?? [], target = config.targets[key];
  if (target === null || recent.length < config.alerts.min_samples) return;
  let p95 = percentile(
    [...recent].sort((a, b) => a - b),
    95
  ), critical = criticalOf(config, key, target);
  return {
    key,
    label,
    value: p95,
    target,
    ...critical !== void 0 ? { critical } : {},
    unit: "ms",
    samples: recent.length
  };
}
function criticalOf(config, key, target, cap) {
  let c = config.targets.critical[key] ?? (target > 0 ? target * 2 : void 0);
  return c === void 0 || cap === void 0 ? c : Math.min(c, cap);
}
function severityOf(m, was, hysteresis) {
  let over = (limit) => m.below ? m.value < limit : m.value > limit, stillOver = (limit) => m.below ? m.value < limit * (1 + hysteresis) : m.value > limit * (1 - hysteresis);
  if (m.critical !== void 0 && (over(m.critical) || was === "critical" && stillOver(m.critical)))
    return "critical";
  if (over(m.target) || was !== void 0 && stillOver(m.target)) return "warning";
}
function reconcile(prev, measurements, owns, now, settings = IMMEDIATE) {
  let at = now.toISOString(), next = { ...prev, active: { ...prev.active } }, out = { next, begun: [], changed: [], resolved: [] }, seen = /* @__PURE__ */ new Set();
  for (let m of measurements) {
    seen.add(m.key);
    let was = prev.active[m.key], firing = was !== void 0 && was.state !== "pending", severity = severityOf(m, was?.severity ?? (was ? "warning" : void 0), settings.hysteresis);
    if (severity === void 0) {
      delete next.active[m.key], firing && out.resolved.push({ ...was, target: m.target, ended: at, now: m.value });
      continue;
    }
    let alert = {
      key: m.key,
      label: m.label,
      since: was?.since ?? at,
      value: m.value,
      target: m.target,
      unit: m.unit,
      severity,
      state: "firing",
      ...m.critical !== void 0 ? { critical: m.critical } : {},
      ...m.below ? { below: !0 } : {}
    };
    firing ? (was.severity ?? "warning") !== severity && out.changed.push(alert) : now.getTime() - Date.parse(alert.since) >= Math.max(settings.pending_ms, MIN_PENDING_MS[m.key] ?? 0) ? (alert.since = at, out.begun.push(alert)) : alert.state = "pending", next.active[m.key] = alert;
  }
  for (let [key, was] of Object.entries(prev.active))
    !seen.has(key) && owns(key) && (delete next.active[key], was.state !== "pending" && out.resolved.push({ ...was, ended: at }));
  return out;
}
function firingAlerts(state) {
  return Object.values(state.active).filter((a) => a.state !== "pending");
}
function targetStatuses(measurements, state) {
  let rows = measurements.map((m) => {
    let a = state.active[m.key];
    return {
      component: m.label,
      key: m.key,
      current: m.value,
      target: m.target,
      unit: m.unit,
      status: a ? a.state === "pending" ? "pending" : "firing" : "ok",
      ...a ? { severity: a.severity ?? "warning", since: a.since } : {},
      samples: m.samples,
      ...m.below ? { below: !0 } : {}
    };
  }), measured = new Set(measurements.map((m) => m.key));
  for (let a of Object.values(state.active))
    measured.has(a.key) || rows.push({
      component: a.label,
      key: a.key,
      current: null,
      target: a.target,
      unit: a.unit,
      status: a.state === "pending" ? "pending" : "firing",
      severity: a.severity ?? "warning",
      since: a.since,
      samples: 0,
      ...a.below ? { below: !0 } : {}
    });
  return rows;
}
function formatValue2(value, unit) {
  return formatFigure(value, unit);
}
function describeAlert(a) {
  let past = a.below ? a.value < a.target : a.value > a.target, target = formatValue2(a.target, a.unit);
  return `${a.label} ${formatValue2(a.value, a.unit)} ${past ? `${a.below ? "<" : ">"} target ${target}` : `(target ${target})`}`;
}
function parseAlertState(value) {
  if (!value || typeof value != "object" || Array.isArray(value)) return emptyAlertState();
  let active = value.active;
  if (!active || typeof active != "object" || Array.isArray(active)) return emptyAlertState();
  let out = emptyAlertState(), timings = value.timings;
  if (timings && typeof timings == "object" && !Array.isArray(timings))
    for (let [key, list] of Object.entries(timings))
      Array.isArray(list) && key !== "__proto__" && ((out.timings ??= {})[key] = list.filter((n) => typeof n == "number" && Number.isFinite(n)).slice(-KEEP_TIMINGS));
  for (let [key, a] of Object.entries(active)) {
    if (!a || typeof a != "object") continue;
    let r = a;
    typeof r.since != "string" || typeof r.value != "number" || typeof r.target != "number" || key !== "__proto__" && (out.active[key] = {
      key,
      label: typeof r.label == "string" ? r.label.slice(0, 200) : key,
      since: r.since,
      value: r.value,
      target: r.target,
      unit: typeof r.unit == "string" && r.unit.length <= 16 ? r.unit : "ms",
      ...r.severity === "critical" || r.severity === "warning" ? { severity: r.severity } : {},
      ...r.state === "pending" ? { state: "pending" } : r.state === "firing" ? { state: "firing" } : {},
      ...typeof r.critical == "number" ? { critical: r.critical } : {},
      ...r.below === !0 ? { below: !0 } : {}
    });
  }
  return out;
}

// lib/monitor/trends.ts
var MAX_SESSIONS3 = 60, MAX_KEYS = 200, MAX_VALUES = 500, DEFAULT_TREND_RULE = {
  sessions: 10,
  min_sessions: 3,
  min_samples: 5,
  threshold: 0.25,
  spreads: 3
}, FLOOR = { ms: 20, ratio: 0.02 };
function median(sorted) {
  let m = sorted.length >> 1;
  return sorted.length % 2 ? sorted[m] : (sorted[m - 1] + sorted[m]) / 2;
}
var KINDS = /* @__PURE__ */ new Set(["p95", "rate", "mean"]);
function isTrendsState(v) {
  let count3 = (x) => Number.isSafeInteger(x) && x >= 0, text2 = (x, max) => typeof x == "string" && x.length <= max, isCell = (c) => Array.isArray(c) && c.length === 6 && text2(c[0], 4096) && KINDS.has(c[1]) && text2(c[2], 256) && count3(c[3]) && count3(c[4]) && Array.isArray(c[5]) && c[5].length <= MAX_VALUES && c[5].every((x) => typeof x == "number" && Number.isFinite(x));
  return Array.isArray(v) && v.length <= MAX_SESSIONS3 && v.every(
    (s) => Array.isArray(s) && s.length === 2 && text2(s[0], 4096) && Array.isArray(s[1]) && s[1].length <= MAX_KEYS && s[1].every(isCell)
  );
}
var SessionTrends = class {
  sessions = /* @__PURE__ */ new Map();
  /** The session written to last, and its cells: consecutive events mostly share one. */
  lastId = "";
  last;
  /** `tool.<name>.p95` per tool name, made once. */
  toolKeys = /* @__PURE__ */ new Map();
  add(e) {
    if (!e.session_id) return;
    let t = e.event_type;
    if (typeof e.hook_ms == "number" && Number.isFinite(e.hook_ms) && e.hook_ms >= 0 && this.push(e.session_id, "hook_ms.p95", "p95", "ms", e.hook_ms), (t === "tool_complete" || t === "tool_error") && e.tool_name) {
      let c = this.cell(e.session_id, "tool_failure_rate", "rate", "ratio");
      if (c && (c.n++, t === "tool_error" && c.bad++), typeof e.duration_ms == "number" && Number.isFinite(e.duration_ms) && e.duration_ms >= 0) {
        let key = this.toolKeys.get(e.tool_name);
        key === void 0 && (key = `tool.${e.tool_name}.p95`, this.toolKeys.size < MAX_KEYS * 10 && this.toolKeys.set(e.tool_name, key)), this.push(e.session_id, key, "p95", "ms", e.duration_ms);
      }
    }
    if (t === "metric") {
      let m = readMetricPayload(e.payload);
      m && this.push(e.session_id, `metric.${m.name}`, "mean", m.unit ?? "", m.value);
    }
  }
  cell(session, key, kind, unit) {
    let s = session === this.lastId ? this.last : this.sessions.get(session);
    s || (s = /* @__PURE__ */ new Map(), this.sessions.set(session, s), this.sessions.size > MAX_SESSIONS3 && this.sessions.delete(this.sessions.keys().next().value)), this.lastId = session, this.last = s;
    let c = s.get(key);
    if (!c) {
      if (s.size >= MAX_KEYS) return;
      c = { kind, unit, values: [], bad: 0, n: 0 }, s.set(key, c);
    }
    return c;
  }
  push(session, key, kind, unit, v) {
    let c = this.cell(session, key, kind, unit);
    c && (c.n++, c.values.push(v), c.values.length >= MAX_VALUES * 2 && (c.values = c.values.slice(-MAX_VALUES)));
  }
  /** The sessions' cells as JSON, oldest session first (a stretch of the log kept beside its archive). */
  toState() {
    return [...this.sessions].map(([id, cells]) => [
      id,
      [...cells].map(([key, c]) => [key, c.kind, c.unit, c.n, c.bad, c.values.slice(-MAX_VALUES)])
    ]);
  }
  /**
   * Add the state of the stretch that follows what this has seen, as if its
   * events had been added: a session seen on both sides continues, values keep
   * their newest MAX_VALUES. From `.2L/`, so checked whole first: false, and
   * nothing changed, when anything is off.
   */
  mergeState(state) {
    if (!isTrendsState(state)) return !1;
    for (let [id, cells] of state)
      for (let [key, kind, unit, n, bad, values] of cells) {
        let c = this.cell(id, key, kind, unit);
        if (c)
          if (c.n += n, c.bad += bad, c.values.length === 0) c.values = values.length > MAX_VALUES ? values.slice(-MAX_VALUES) : values;
          else {
            let all = c.values.concat(values);
            c.values = all.length > MAX_VALUES ? all.slice(-MAX_VALUES) : all;
          }
      }
    return this.lastId = "", this.last = void 0, !0;
  }
  /** Trends per key; `below` names keys whose target is a floor (lower is worse). */
  trends(rule = DEFAULT_TREND_RULE, below = /* @__PURE__ */ new Set()) {
    let ids = [...this.sessions.keys()], current = ids.at(-1), out = /* @__PURE__ */ new Map();
    if (current === void 0) return out;
    let keys = /* @__PURE__ */ new Set();
    for (let s of this.sessions.values()) for (let k of s.keys()) keys.add(k);
    for (let key of keys) {
      let figures = [], keep = rule.sessions > 0 ? rule.sessions + 1 : Number.POSITIVE_INFINITY;
      for (let i = ids.length - 1; i >= 0 && figures.length < keep; i--) {
        let c = this.sessions.get(ids[i]).get(key);
        if (!c || c.n < rule.min_samples) continue;
        let v = figureOf(c);
        v !== void 0 && figures.push({ id: ids[i], v, unit: c.unit });
      }
      figures.reverse();
      let cur = figures.at(-1)?.id === current ? figures.pop() : void 0, prev = figures.slice(-rule.sessions).map((f) => f.v), unit = cur?.unit ?? figures.at(-1)?.unit ?? "", sorted = [...prev].sort((a, b) => a - b), med = sorted.length ? median(sorted) : null, spread = med === null ? null : median(sorted.map((v) => Math.abs(v - med)).sort((a, b) => a - b)), trend = {
        key,
        unit,
        values: [...prev, ...cur ? [cur.v] : []],
        current: cur?.v ?? null,
        median: med,
        spread,
        previous: prev.length
      };
      if (cur && med !== null && prev.length >= rule.min_sessions) {
        let margin = Math.max(Math.abs(med) * rule.threshold, rule.spreads * spread, FLOOR[unit] ?? 0);
        if (below.has(key) ? cur.v < med - margin : cur.v > med + margin) {
          let pct = med === 0 ? "" : ` (${cur.v > med ? "+" : ""}${Math.round((cur.v - med) / Math.abs(med) * 100)} %)`;
          trend.regression = `${formatValue2(cur.v, unit)} this session vs median ${formatValue2(med, unit)} of ${prev.length} before${pct}`;
        }
      }
      trend.values.length > 0 && out.set(key, trend);
    }
    return out;
  }
};
function figureOf(c) {
  if (c.kind === "rate") return c.n === 0 ? void 0 : c.bad / c.n;
  if (c.values.length > MAX_VALUES && (c.values = c.values.slice(-MAX_VALUES)), c.values.length !== 0)
    return c.kind === "mean" ? c.values.reduce((a, b) => a + b, 0) / c.values.length : percentile(
      [...c.values].sort((a, b) => a - b),
      95
    );
}

// lib/monitor/archive-summaries.ts
var COST_REPLAY = /* @__PURE__ */ new Set(["cost_update", "phase_change", "plan_complete", "agent_start"]), OPS_REPLAY = /* @__PURE__ */ new Set(["db_check", "dashboard_start"]), MAX_REPLAY = 5e4, MAX_REPLAY_LINE = 64 * 1024, MAX_COST_SESSIONS = 1e5;
function parseHistoryState(v) {
  if (typeof v != "object" || v === null) return;
  let h = v, summary = parseSummaryState(h.summary), text2 = (x, max) => typeof x == "string" && x.length <= max;
  if (!(!summary || !Array.isArray(h.trends) || typeof h.costCut != "boolean") && !(!Array.isArray(h.costSessions) || h.costSessions.length > MAX_COST_SESSIONS) && h.costSessions.every((s) => text2(s, 4096)) && !(!Array.isArray(h.replay) || h.replay.length > MAX_REPLAY) && h.replay.every((l) => text2(l, MAX_REPLAY_LINE)))
    return {
      summary,
      trends: h.trends,
      costSessions: h.costSessions,
      costCut: h.costCut,
      replay: h.replay
    };
}
async function eachEvent(f, summary, each) {
  let read = newStreamStats(), batches = streamFileBatches([f.path], {
    stats: read,
    maxLineBytes: 4 << 20,
    onBadLine: () => summary.addMalformed()
  });
  for await (let batch of batches) for (let e of batch) each(e);
  return read.bytes;
}
var HistoryBuilder = class {
  constructor(clean = (e) => e) {
    this.clean = clean;
  }
  clean;
  summary = new Summary({ record: !0 });
  trends = new SessionTrends();
  cost = new CostContext();
  replay = [];
  add(e) {
    if (this.summary.add(this.clean(e)), this.trends.add(e), this.cost.add(e), this.replay && (COST_REPLAY.has(e.event_type) || OPS_REPLAY.has(e.event_type))) {
      let line = JSON.stringify(e);
      this.replay.length >= MAX_REPLAY || line.length > MAX_REPLAY_LINE ? this.replay = void 0 : this.replay.push(line);
    }
  }
  /** The stretch's state; undefined when it cannot be kept (too many stateful events). */
  state() {
    let s = this.summary.toState();
    if (!(!s || !this.replay))
      return {
        summary: s,
        trends: this.trends.toState(),
        costSessions: [...this.cost.sessions],
        costCut: this.cost.sessionsCut,
        replay: this.replay
      };
  }
};
async function build(f, into, clean) {
  let b = new HistoryBuilder(clean);
  return into.bytesRead += await eachEvent(f, b.summary, (e) => b.add(e)), b.state();
}
function applyHistory(state, t) {
  if (!isTrendsState(state.trends) || !t.summary.mergeState(state.summary)) return !1;
  t.trends?.mergeState(state.trends);
  for (let cost of t.costs ?? []) {
    for (let id of state.costSessions)
      cost.sessions.size < MAX_COST_SESSIONS ? cost.sessions.add(id) : cost.sessions.has(id) || (cost.sessionsCut = !0);
    state.costCut && (cost.sessionsCut = !0);
  }
  for (let line of state.replay) {
    let e = parseEventLine(line);
    if (e) {
      if (COST_REPLAY.has(e.event_type)) for (let cost of t.costs ?? []) cost.add(e);
      if (OPS_REPLAY.has(e.event_type)) for (let ops of t.ops ?? []) ops.add(e);
    }
  }
  return !0;
}
async function readInto(f, t, into, clean = (e) => e) {
  into.bytesRead += await eachEvent(f, t.summary, (e) => {
    t.summary.add(clean(e)), t.trends?.add(e);
    for (let cost of t.costs ?? []) cost.add(e);
    if (OPS_REPLAY.has(e.event_type)) for (let ops of t.ops ?? []) ops.add(e);
  });
}
function combineHistory(states) {
  let summary = new Summary({ record: !0 }), trends = new SessionTrends(), costSessions = /* @__PURE__ */ new Set(), costCut = !1, replay = [];
  for (let st of states) {
    for (let id of st.costSessions)
      costSessions.size < MAX_COST_SESSIONS ? costSessions.add(id) : costSessions.has(id) || (costCut = !0);
    if (st.costCut && (costCut = !0), replay.length + st.replay.length > MAX_REPLAY || (replay.push(...st.replay), !applyHistory(st, { summary, trends }))) return;
  }
  let s = summary.toState();
  return s && { summary: s, trends: trends.toState(), costSessions: [...costSessions], costCut, replay };
}
async function mergeArchiveSummaries(projectDir, targets, opts = {}) {
  let kind = opts.kind ?? "status", out = {
    merged: [],
    chained: 0,
    reused: 0,
    built: 0,
    unkept: 0,
    bytesRead: 0,
    events: 0,
    malformed: 0
  }, before = opts.before ?? Number.POSITIVE_INFINITY, files = [];
  for (let f of statLogFiles(projectDir)) {
    if (!f.archive || !f.regular || f.foreign || f.mtimeMs >= before) break;
    files.push(f);
  }
  if (files.length === 0) return out;
  let done = 0, covered = (list, eventsBefore, malformedBefore) => {
    out.merged.push(...list), out.events += targets.summary.events - eventsBefore, out.malformed += targets.summary.malformed - malformedBefore;
    for (let f of list) done += f.bytes;
    opts.onArchive?.(done);
  }, chain = readChainState(stateDir(projectDir), files, kind, parseHistoryState), base;
  if (chain) {
    let copy = chain.count < files.length ? structuredClone(chain.payload) : void 0, [eventsBefore, malformedBefore] = [targets.summary.events, targets.summary.malformed];
    applyHistory(chain.payload, targets) && (base = copy, out.chained = out.reused = chain.count, covered(files.slice(0, chain.count), eventsBefore, malformedBefore));
  }
  let fresh = out.chained === 0 || base ? [] : void 0;
  for (let f of files.slice(out.chained)) {
    let eventsBefore = targets.summary.events, malformedBefore = targets.summary.malformed, kept = readSidecar(f, kind, parseHistoryState), copy = fresh && kept ? structuredClone(kept) : void 0;
    if (kept && applyHistory(kept, targets))
      out.reused++, fresh?.push(copy);
    else {
      let state = await build(f, out, opts.clean), written = state !== void 0 && writeSidecar(f, kind, state);
      state && fresh?.push(structuredClone(state)), state && applyHistory(state, targets) ? written ? out.built++ : out.unkept++ : (out.unkept++, fresh = void 0, await readInto(f, targets, out, opts.clean));
    }
    covered([f], eventsBefore, malformedBefore);
  }
  if (fresh && fresh.length > 0) {
    let all = combineHistory(base ? [base, ...fresh] : fresh);
    all && writeChainState(files, kind, all);
  }
  return out;
}

// lib/monitor/live-prefix.ts
import fs12 from "node:fs";
var MAX_SEGMENTS = 64, MIN_SEGMENT_BYTES = 262144, MAX_LINE_BYTES2 = 16 << 20, CHUNK_BYTES = 1 << 20;
function parseLiveState(v) {
  if (typeof v != "object" || v === null) return;
  let s = v;
  if (s.newest !== null && !(typeof s.newest == "number" && Number.isFinite(s.newest)) || !Array.isArray(s.segments) || s.segments.length === 0 || s.segments.length > MAX_SEGMENTS) return;
  let segments = [];
  for (let raw of s.segments) {
    let seg = parseHistoryState(raw);
    if (!seg || !isTrendsState(seg.trends) || !new Summary().mergeState(seg.summary)) return;
    segments.push(seg);
  }
  return { newest: s.newest, segments };
}
function* linesFrom(fd, start, end) {
  let pos = start, carry = Buffer.alloc(0), carryAt = start;
  for (; pos < end; ) {
    let buf = Buffer.allocUnsafe(Math.min(CHUNK_BYTES, end - pos)), got = fs12.readSync(fd, buf, 0, buf.length, pos);
    if (got <= 0) return;
    pos += got;
    let data = carry.length > 0 ? Buffer.concat([carry, buf.subarray(0, got)]) : buf.subarray(0, got), at = 0;
    for (let nl = data.indexOf(10); nl !== -1; nl = data.indexOf(10, at)) {
      if (nl - at > MAX_LINE_BYTES2) return;
      let cr = nl > at && data[nl - 1] === 13 ? 1 : 0;
      yield { text: data.toString("utf8", at, nl - cr), next: carryAt + nl + 1 }, at = nl + 1;
    }
    if (carry = data.subarray(at), carryAt += at, carry.length > MAX_LINE_BYTES2) return;
  }
}
function mergeLivePrefixOf(file, fd, targets, opts) {
  let size = fs12.fstatSync(fd).size, kept = readPrefixState(file, fd, opts.kind, parseLiveState), usable2 = kept !== void 0 && kept.payload.segments.length < MAX_SEGMENTS && (kept.payload.newest === null || kept.payload.newest < opts.before), segments = usable2 ? kept.payload.segments : [], offset = usable2 ? kept.offset : 0, newest = usable2 ? kept.payload.newest : null, before = new Date(opts.before), beforeIso = Number.isFinite(opts.before) ? before.toISOString() : "", inWindow = (e) => Number.isFinite(opts.before) && !isBefore(e.timestamp, before, beforeIso), b = new HistoryBuilder(opts.clean), cut = offset, bNewest = newest;
  for (let { text: text2, next } of linesFrom(fd, offset, size)) {
    if (text2 !== "") {
      let e = parseEventLine(text2);
      if (!e) b.summary.addMalformed();
      else {
        if (inWindow(e)) break;
        {
          b.add(e);
          let t = Date.parse(e.timestamp);
          (bNewest === null || t > bNewest) && (bNewest = t);
        }
      }
    }
    cut = next;
  }
  let written = !1, stretch = cut > offset ? b.state() : void 0;
  stretch && (segments = [...segments, stretch], newest = bNewest, cut - offset >= (opts.minSegmentBytes ?? MIN_SEGMENT_BYTES) && (written = writePrefixState(file, fd, opts.kind, cut, { newest, segments })), offset = cut);
  let events = targets.summary.events, malformed = targets.summary.malformed;
  for (let seg of segments)
    if (!applyHistory(seg, targets)) throw new Error("a checked live-log state was refused on merge");
  return {
    path: file,
    fd,
    offset,
    events: targets.summary.events - events,
    malformed: targets.summary.malformed - malformed,
    reused: usable2,
    written
  };
}

// lib/dashboard/feed.ts
var MAX_LINE_BYTES3 = 4 << 20, LOAD_CHUNK_BYTES = 65536;
function regularStat(file) {
  try {
    let st = fs13.lstatSync(file);
    return st.isFile() ? st : void 0;
  } catch {
    return;
  }
}
function fileSize(file) {
  return regularStat(file)?.size ?? 0;
}
function splitArchives(dir) {
  try {
    checkPrivateDir(dir);
  } catch {
    return { regular: [], refused: [] };
  }
  let regular = [], refused = [];
  for (let a of listArchives(dir)) (regularStat(a) ? regular : refused).push(a);
  return { regular, refused };
}
async function readTail(file, count3, maxBytes = 16 << 20, end = 1 / 0) {
  let h;
  try {
    h = await openRegularHandle(file);
  } catch {
    h = void 0;
  }
  if (!h) return [];
  try {
    let size = Math.min((await h.stat()).size, end);
    for (let window = 262144; ; window *= 4) {
      let len = Math.min(size, window, maxBytes), buf = Buffer.alloc(len);
      await h.read(buf, 0, len, size - len);
      let lines = buf.toString("utf8").split(`
`);
      len < size && lines.shift();
      let valid = lines.map((l) => l.trim()).filter((l) => l !== "" && parseEventLine(l) !== void 0);
      if (valid.length >= count3 || len === size || len === maxBytes) return valid.slice(-count3);
    }
  } finally {
    await h.close();
  }
}
async function readTailOf(files, count3) {
  let out = [];
  for (let i = files.length - 1; i >= 0 && out.length < count3; i--)
    out = [...await readTail(files[i], count3 - out.length), ...out];
  return out;
}
var DashboardFeed = class {
  constructor(project, opts = {}) {
    this.project = project;
    this.onBatch = opts.onBatch, this.archiveReaders = opts.archiveReaders, this.tail = opts.tail ?? 500, this.maxTailLine = opts.maxTailLine ?? 32768, this.file = eventsPath(project), this.follower = new LogFollower(this.file, {
      onLines: (lines) => this.accept(lines),
      onTruncate: () => this.reset(),
      onDropped: () => this.summary.addMalformed(),
      onProblem: (p) => {
        this.problem = p?.message, this.emit({ kind: "log" });
      },
      pollMs: opts.pollMs,
      watch: opts.watch,
      chunkBytes: LOAD_CHUNK_BYTES,
      archives: () => listArchives(path16.dirname(this.file))
    });
    let { regular, refused } = splitArchives(path16.dirname(this.file));
    this.archives = regular, this.unreadable.push(...refused), this.initialSize = this.archives.reduce((n, a) => n + fileSize(a), 0) + fileSize(this.file), this.loaded = this.preview().then(() => this.readArchives()).then(() => this.follower.start(this.archives, this.resume)).then(() => {
      this.live = !0, this.previewLines = [];
    });
  }
  project;
  summary = new Summary();
  /** Number of events accepted so far; the SSE id of the newest one. */
  seq = 0;
  /** Bumped when the log was truncated and everything was read again. */
  epoch = 0;
  file;
  loaded;
  /** Archives that could not be read at start (links, FIFOs, permissions, I/O errors); their events are missing. */
  unreadable = [];
  /** What is wrong with the log or its folder (a link, a FIFO…), as the page shows it; undefined when fine. */
  problem;
  /** Parsed events from archives stay objects until shown: only the last `tail` are ever turned back into text. */
  ring = [];
  ringStart = 0;
  listeners = /* @__PURE__ */ new Set();
  follower;
  tail;
  maxTailLine;
  live = !1;
  closing = !1;
  archives;
  initialSize;
  archiveBytesRead = 0;
  previewLines = [];
  /** The live log, open, and where the follower takes it up (before: merged from its kept state). */
  resume;
  onBatch;
  archiveReaders;
  /** Every archive present at start, oldest first, through the shared log reader. */
  async readArchives() {
    let stats = newStreamStats(), toRead = this.archives, readers, before = 0;
    if (this.archiveReaders) {
      await Promise.resolve();
      let r = this.archiveReaders();
      readers = { summary: this.summary, trends: r.trends, costs: r.costs, ops: r.ops }, before = r.before;
      let m = await mergeArchiveSummaries(this.project, readers, {
        before: r.before,
        kind: "dashboard",
        clean: forSummary,
        onArchive: (b) => this.archiveBytesRead = b
      });
      if (m.merged.length > 0) {
        let merged = new Set(m.merged.map((f) => f.path));
        toRead = this.archives.filter((a) => !merged.has(a)), this.seq += m.events;
        for (let line of await readTailOf([...merged], this.tail)) {
          let e = parseEventLine(line);
          e && this.push(e);
        }
        stats.bytes = this.archiveBytesRead;
      }
    }
    for (let file of toRead) {
      let before2 = stats.bytes;
      try {
        for await (let batch of streamFileBatches([file], {
          stats,
          maxLineBytes: MAX_LINE_BYTES3,
          chunkBytes: LOAD_CHUNK_BYTES,
          onBadLine: () => this.summary.addMalformed()
        })) {
          if (this.closing) return;
          for (let e of batch)
            this.summary.add(forSummary(e)), this.seq++, this.push(e);
          this.onBatch?.(batch, 0, !1), this.archiveBytesRead = stats.bytes;
        }
      } catch {
        this.unreadable.push(file), stats.bytes = before2 + fileSize(file), this.archiveBytesRead = stats.bytes;
      }
    }
    readers && toRead.length === 0 && !this.closing && await this.mergePrefix(readers, before);
    for (let i = 0; i < this.ring.length; i++) this.ring[i] = this.text(this.ring[i]);
  }
  /** Merge the live log's kept prefix (monitor/live-prefix.ts); the follower takes the log up after it. */
  async mergePrefix(readers, before) {
    let h = await openRegularHandle(this.file).catch(() => {
    });
    if (h)
      try {
        let p = mergeLivePrefixOf(this.file, h.fd, readers, { before, kind: "dashboard", clean: forSummary });
        this.seq += p.events, p.malformed > 0 && this.onBatch?.([], p.malformed, !1);
        for (let line of await readTail(this.file, this.tail, void 0, p.offset)) {
          let e = parseEventLine(line);
          e && this.push(e);
        }
        this.resume = { handle: h, offset: p.offset };
      } catch {
        await h.close().catch(() => {
        });
      }
  }
  /** True once the whole log has been read and the summary is complete. */
  isLoaded() {
    return this.live;
  }
  /** Share of the log read so far, 0..1, while loading. */
  progress() {
    return this.live || this.initialSize === 0 ? 1 : Math.min(1, (this.archiveBytesRead + this.follower.offset) / this.initialSize);
  }
  /**
   * The newest events straight from the end of the file, for a first render
   * that does not wait for the whole log to be summarised.
   */
  async preview() {
    return this.live ? this.lines() : (this.previewLines.length === 0 && (this.previewLines = await readTailOf([...this.archives, this.file], this.tail)), this.previewLines);
  }
  /** Whether the live log is there to read, and what is wrong with it when it is not. */
  logStatus() {
    let status = { exists: regularStat(this.file) !== void 0 && this.problem === void 0 };
    return this.problem !== void 0 && (status.problem = this.problem), this.unreadable.length > 0 && (status.skipped = this.unreadable.map((a) => path16.basename(a))), status;
  }
  subscribe(fn) {
    return this.listeners.add(fn), () => this.listeners.delete(fn);
  }
  /** The tail, oldest first. */
  lines() {
    return (this.ring.length < this.tail ? this.ring : [...this.ring.slice(this.ringStart), ...this.ring.slice(0, this.ringStart)]).map((x) => this.text(x));
  }
  /** Events after `seq`, or undefined when they are no longer held (the client must reload). */
  since(seq) {
    if (!Number.isInteger(seq) || seq < 0 || seq > this.seq) return;
    let missing = this.seq - seq;
    if (missing > this.ring.length) return;
    let all = this.lines();
    return missing === 0 ? [] : all.slice(all.length - missing);
  }
  async close() {
    this.closing = !0, this.listeners.clear(), await this.follower.close(), await this.loaded.catch(() => {
    });
  }
  /** Pick up new lines now instead of waiting for the watch or the poll. */
  poke() {
    return this.follower.check();
  }
  accept(lines) {
    let fresh = [], events = [], malformed = 0;
    for (let raw of lines) {
      let line = raw.trim();
      if (line === "") continue;
      let e = parseEventLine(line);
      if (!e) {
        this.summary.addMalformed(), malformed++;
        continue;
      }
      this.onBatch && events.push(e), this.summary.add(forSummary(e)), this.seq++;
      let kept = line.length > this.maxTailLine ? shortLine(e, line.length) : line;
      this.push(kept), this.live && fresh.push(kept);
    }
    fresh.length > 0 && this.emit({ kind: "events", lastSeq: this.seq, lines: fresh }), (events.length > 0 || malformed > 0) && this.onBatch?.(events, malformed, this.live);
  }
  /** A tail entry as text: long events are kept in a shortened form. */
  text(x) {
    if (typeof x == "string") return x;
    let line = JSON.stringify(x);
    return line.length > this.maxTailLine ? shortLine(x, line.length) : line;
  }
  push(line) {
    if (this.ring.length < this.tail) {
      this.ring.push(line);
      return;
    }
    this.ring[this.ringStart] = line, this.ringStart = (this.ringStart + 1) % this.tail;
  }
  reset() {
    this.summary = new Summary(), this.ring = [], this.ringStart = 0, this.epoch++, this.emit({ kind: "reset" });
  }
  emit(m) {
    for (let fn of this.listeners) fn(m);
  }
};

// lib/dashboard/page.ts
import { createHash as createHash2 } from "node:crypto";

// lib/dashboard/client.ts
var CLIENT_JS = '"use strict";(()=>{var Oe=Object.defineProperty;var Fe=(t,e,n)=>e in t?Oe(t,e,{enumerable:!0,configurable:!0,writable:!0,value:n}):t[e]=n;var nt=(t,e,n)=>Fe(t,typeof e!="symbol"?e+"":e,n);function p(t){let e=document.getElementById(t);if(!e)throw new Error(`no #${t}`);return e}function i(t,e="",n){let o=document.createElement(t);return e&&(o.className=e),n!==void 0&&(o.textContent=String(n)),o}function ot(t,e,n){let o=document.createElementNS("http://www.w3.org/2000/svg",t);for(let[s,r]of Object.entries(e))o.setAttribute(s,String(r));return n!==void 0&&(o.textContent=n),o}function _(t){for(;t.firstChild;)t.removeChild(t.firstChild)}function k(t,e){try{e()}catch(n){console.error(`2L dashboard: ${t} failed: ${n}`)}}function E(t,e="-"){if(t===void 0||!Number.isFinite(t)||t<0)return e;if(t<1e3)return`${t<10?Math.round(t*10)/10:Math.round(t)} ms`;if(t<6e4)return`${(t/1e3).toFixed(t<1e4?2:1)} s`;let n=Math.round(t/1e3);return n<3600?`${Math.floor(n/60)}m ${String(n%60).padStart(2,"0")}s`:n<86400?`${Math.floor(n/3600)}h ${String(Math.floor(n%3600/60)).padStart(2,"0")}m`:`${Math.floor(n/86400)}d ${Math.floor(n%86400/3600)}h`}function ht(t,e="-"){if(t===void 0||!Number.isFinite(t)||t<0)return e;let n=Math.floor(t/1e3);return n<60?`${n}s`:E(n*1e3,e)}function Ie(t){if(t<1e3)return`${Math.round(t*10)/10} ms`;if(t<59950)return`${String(Number((t/1e3).toFixed(t<1e4?2:1)))} s`;let e=Math.round(t/1e3);return e<3600&&e%60===0?`${e/60} min`:E(t)}function X(t,e,n="-"){if(t==null||!Number.isFinite(t))return n;if(e==="ms")return t<0?n:Ie(t);if(e==="ratio"){let s=t*100;return`${Math.abs(s)<1?Math.round(s*100)/100:Math.round(s*10)/10} %`}if(e==="usd")return`$${t.toFixed(2)}`;let o=Math.abs(t)>=100?Math.round(t):Math.round(t*100)/100;return e?`${o} ${e}`:String(o)}var je=/^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}\\.\\d{3}Z$/;function W(t,e,n=57){let o=t.charCodeAt(e);return o>=48&&o<=n}function Ve(t){return W(t,17,53)&&W(t,18)&&t.charCodeAt(19)===46&&W(t,20)&&W(t,21)&&W(t,22)&&t.charCodeAt(23)===90}var It="\\0",He=/^(\\d{4})-(\\d{2})-(\\d{2})T(\\d{2}):(\\d{2})(?::(\\d{2})(?:\\.\\d{1,9})?)?(?:Z|[+-](?:[01]\\d|2[0-3]):[0-5]\\d)$/;function jt(t){var g;if(typeof t!="string"||t.length>40)return"";if(t.length===24&&t.startsWith(It)&&Ve(t))return t;let e=He.exec(t);if(!e)return"";let[n,o,s,r,a,d]=[e[1],e[2],e[3],e[4],e[5],(g=e[6])!=null?g:"0"].map(Number),l=new Date(Date.UTC(n,o-1,s,r,a,d));if(l.getUTCFullYear()!==n||l.getUTCMonth()!==o-1||l.getUTCDate()!==s||l.getUTCHours()!==r||l.getUTCMinutes()!==a||l.getUTCSeconds()!==d)return"";if(je.test(t))return It=t.slice(0,17),t;let u=Date.parse(t);return Number.isFinite(u)?new Date(u).toISOString():""}function Vt(t,e){if(t==null)return;let n=typeof t=="string"?t:JSON.stringify(t);if(typeof n=="string")return n.length>e?`${n.slice(0,e)}\\u2026`:n}function wt(t){return typeof t=="number"&&Number.isFinite(t)&&t>=0?t:void 0}function f(t){return t!==null&&typeof t=="object"&&!Array.isArray(t)?t:{}}function m(t,e=2e3){var n;return(n=Vt(t,e))!=null?n:""}function h(t){var e;return(e=wt(t))!=null?e:0}function v(t){return Array.isArray(t)?t:[]}function R(t){let e=jt(t);return e===""?NaN:Date.parse(e)}function st(t){let e=new Date(t);return Number.isFinite(e.getTime())?e.toISOString():""}function T(t,e){let n=e-R(t);return Number.isFinite(n)?(n<0&&(n=0),n<5e3?"just now":n<6e4?`${Math.floor(n/1e3)}s ago`:n<36e5?`${Math.floor(n/6e4)}m ago`:n<864e5?`${Math.floor(n/36e5)}h ago`:`${Math.floor(n/864e5)}d ago`):"\\u2013"}function O(t){let e=m(t,200);return e.length>12?`${e.slice(0,8)}\\u2026`:e}function B(t,e){let n;try{n=JSON.parse(t)}catch{return null}if(!n||typeof n!="object"||Array.isArray(n))return null;let o=n;return typeof o.event_type!="string"?null:{seq:e,line:m(t,1<<20),timestamp:m(o.timestamp,40),event_type:m(o.event_type,200),phase:m(o.phase,200),agent_id:m(o.agent_id,200),agent_type:m(o.agent_type,200),session_id:m(o.session_id,200),tool_name:m(o.tool_name,200),data:m(o.data),error:m(o.error),duration_ms:wt(o.duration_ms)}}function Ht(t){try{return JSON.stringify(JSON.parse(t),null,2)}catch{return t}}function rt(t){return t.session!==""||t.agent!==""||t.type!==""||t.text!==""}function it(t,e){return!(t.session&&e.session_id!==t.session||t.agent&&e.agent_id!==t.agent||t.type&&e.event_type!==t.type||t.text&&![e.event_type,e.agent_id,e.agent_type,e.data,e.tool_name,e.error,e.phase,e.session_id].join(" ").toLowerCase().includes(t.text))}function yt(t,e,n){return rt(t)?`${e} matching${n<e?`, newest ${n} shown`:""}`:""}function Dt(t){return t.agent_type?`${t.agent_id} (${t.agent_type})`:t.agent_id}function qt(t){let e=t.data;return t.tool_name&&!e.startsWith(t.tool_name)&&(e=`${t.tool_name}: ${e}`),t.error&&t.event_type!=="tool_error"&&(e+=` \\u2014 ${t.error}`),e}function Ut(t,e){let n=new Set,o=new Set,s=new Set;for(let a of t)a.session_id&&n.add(a.session_id),a.agent_id&&o.add(a.agent_id),s.add(a.event_type);let r=f(e);if(e){for(let a of v(r.sessions)){let d=f(a).id;d&&n.add(m(d,200))}for(let a of Object.keys(f(r.by_type)))s.add(a)}return{sessions:[...n].sort(),agents:[...o].sort(),types:[...s].sort()}}function Xt(t,e){if(!h(t))return"0";let n=h(e);return`${(100*n).toFixed(n<.1?1:0)}%`}function Wt(t,e){return e.startsWith(t)?e:`${t}: ${e}`}var Y=60;function Bt(t){let e=new Map,n=1,o=NaN;for(let r of v(t)){let a=f(r),d=m(a.minute,16),l=R(`${d}:00Z`);if(!Number.isFinite(l))continue;let u=h(a.events);e.set(d,{slot:0,minute:d,events:u,errors:h(a.errors)}),u>n&&(n=u),o=l}if(!Number.isFinite(o))return;let s=[];for(let r=0;r<Y;r++){let a=e.get(st(o-(Y-1-r)*6e4).slice(0,16));a&&s.push({...a,slot:r})}return{bars:s,max:n,left:`${st(o-(Y-1)*6e4).slice(11,16)} UTC`,right:`peak ${n}/min \\xB7 ${st(o).slice(11,16)}`}}function Yt(t,e,n){let o=f(t),s=R(o.first);return(n?"Reading the log, figures so far \\xB7 ":"")+`Log: ${e.path} \\xB7 ${h(o.events)} events`+(h(o.malformed)?` \\xB7 ${h(o.malformed)} malformed lines skipped`:"")+(Number.isFinite(s)?` \\xB7 since ${new Date(s).toLocaleString()}`:"")+(e.skipped?` \\xB7 ${e.skipped} archives not read (links, FIFOs or unreadable)`:"")}function Jt(t){if(t.locked)return{title:"This link no longer opens the dashboard",text:"The dashboard server was stopped or restarted, and each server has its own secret link.",hint:"Run /2l-dashboard in the project and open the link it prints."};if(t.log.problem)return{title:"2L does not read this project\'s event log",text:t.log.problem,hint:"2L reads .2L/events.jsonl only when it is a regular file in a .2L folder of yours; it never follows a link the repository planted. The page picks the log up once that is fixed."};if(!(h(f(t.summary).events)>0||t.events>0))return t.log.exists?{title:"No events yet",text:"The event log exists but holds no events. New events show up here as soon as they are written.",hint:""}:{title:"No event log yet",text:"This project has no .2L/events.jsonl. It appears when Claude Code runs here with the 2L pack enabled (its hooks write every session, prompt, tool call and agent), or when an orchestrator records a milestone.",hint:\'Try: /2l-event note "hello from 2L" \\u2014 this page updates by itself.\'}}function Kt(t,e){let n=f(t),o=m(n.text,200);if(!o)return;let s=u=>typeof u=="number"&&Number.isFinite(u)?u:null,r=s(n.daily_usd),a=s(n.today_usd),d=r!==null&&a!==null?`${X(a,"usd")} of ${X(r,"usd")} today`:"",l=typeof n.reached_at=="string"?Date.parse(n.reached_at):Number.NaN;return!Number.isNaN(l)&&d?{text:`${d} \\xB7 runs out in ${E(Math.max(0,l-e))} (at ${new Date(l).toTimeString().slice(0,5)})`,bad:l-e<36e5}:{text:d&&!/used up/.test(o)?`${d} \\xB7 ${o}`:o,bad:/used up/.test(o)}}var qe=30*6e4,I=t=>E(typeof t=="number"?t:void 0,"\\u2013");function Gt(t){if(!t.summary||typeof t.summary!="object")return;let e=f(t.summary),n=f(e.agents),o=f(e.errors),s=f(e.plan),r=v(e.tools).map(g=>f(g));p("c-events").textContent=String(h(e.events)),p("c-sessions").textContent=String(v(e.sessions).length),p("c-agents").textContent=String(v(n.active).length);let a=0,d=0;for(let g of r)a+=h(g.calls),d=Math.max(d,h(g.p95));p("c-tools").textContent=String(a),p("c-errors").textContent=String(h(o.count)),p("card-errors").className=h(o.count)?"card bad":"card",p("c-p95").textContent=r.length?I(d):"\\u2013";let l=s.status==="running"||s.status==="complete"?s.status:"none",u=p("plan-status");u.textContent=l,u.className=`pill ${l}`,p("plan-phase").textContent=m(s.phase,200)||"\\u2013",p("plan-iteration").textContent=m(s.iteration,200)||"\\u2013",k("agents",()=>Ue(e,t)),k("tools",()=>Xe(e,r)),k("chart",()=>Be(e)),k("errors",()=>We(e,t.now())),k("clock",()=>bt(t)),p("foot").textContent=Yt(t.summary,t.log,t.loading),vt(t)}function vt(t){let e=Jt({locked:t.locked,log:t.log,summary:t.summary,events:t.events});p("empty").hidden=e===void 0,e&&(p("empty-title").textContent=e.title,p("empty-text").textContent=e.text,p("empty-hint").textContent=e.hint)}function Ue(t,e){let n=e.now(),o=p("agents");_(o);let s=f(t.agents),r=h(s.completed),a=[...v(s.active).map(l=>({a:f(l),orphan:!1})),...v(s.orphaned).map(l=>({a:f(l),orphan:!e.loading}))];if(e.loading&&o.appendChild(i("li","none","Reading the log: agents are judged once it is read.")),!a.length&&!e.completed.length){o.appendChild(i("li","none",`No active agents${r?` (${r} completed)`:""}`));return}let d=l=>{let u=R(l.started);return Number.isFinite(u)?u:0};a.sort((l,u)=>d(u.a)-d(l.a));for(let{a:l,orphan:u}of a){let g=!e.loading&&(u||n-R(l.started)>qe),y=i("li",`agent${g?" orphan":""}`);y.appendChild(Zt(m(l.agent_id,200),l.source==="hook"?"subagent":"2L agent",l.agent_type,l.session_id));let c=i("div","dur","\\u2013");c.dataset.since=m(l.started,40),y.appendChild(c),o.appendChild(y)}for(let l of e.completed){let u=i("li","agent done");u.appendChild(Zt(l.agent_id,"completed",l.agent_type,l.session_id));let g=i("div","dur",T(l.at,n));g.title=l.at,u.appendChild(g),o.appendChild(u)}r&&o.appendChild(i("li","none",`${r} completed in all (every agent: a session\\u2019s page)`))}function Zt(t,e,n,o){let s=i("div");s.appendChild(i("div","name",t));let r=m(n,200);return s.appendChild(i("div","muted",`${e}${r?` \\xB7 ${r}`:""}${o?` \\xB7 session ${O(o)}`:""}`)),s}function Xe(t,e){let n=p("tools");if(_(n),!e.length){let l=i("tr"),u=i("td","none","No tool calls yet");u.colSpan=6,l.appendChild(u),n.appendChild(l)}for(let l of e.slice(0,15)){let u=i("tr"),g=m(l.tool,200),y=i("td","",g);y.title=g,u.appendChild(y),u.appendChild(i("td","",h(l.calls))),u.appendChild(i("td","",I(l.p50))),u.appendChild(i("td","",I(l.p95))),u.appendChild(i("td","",I(l.max))),u.appendChild(i("td",h(l.failures)?"bad":"",Xt(l.failures,l.failure_rate))),n.appendChild(u)}let o=p("slowest"),s=v(t.slowest).map(l=>f(l));_(o),s.length||o.appendChild(i("li","none","None yet"));for(let l of s.slice(0,5)){let u=i("li","line");u.appendChild(i("span",`n${l.failed?" bad":""}`,I(l.duration_ms)));let g=Wt(m(l.tool,200),m(l.data)),y=i("span","t",g);y.title=g,u.appendChild(y),o.appendChild(u)}let r=f(t.hook_ms),a=h(r.count),d=p("hooks");_(d),d.appendChild(i("div",a?"line":"none",a?`p50 ${I(r.p50)} \\xB7 p95 ${I(r.p95)} \\xB7 max ${I(r.max)} over ${a} hook runs`:"No hook timings yet"))}function We(t,e){let n=p("errors");_(n);let o=v(f(t.errors).recent).slice(-8).reverse();if(!o.length){n.appendChild(i("li","none","No errors"));return}for(let s of o){let r=f(s),a=i("li","line"),d=i("span","n rel",T(r.timestamp,e));d.dataset.ts=m(r.timestamp,40),a.appendChild(d);let l=(r.tool_name?`${m(r.tool_name,200)}: `:"")+m(r.error||r.data),u=i("span","t",l);u.title=l,a.appendChild(u),n.appendChild(a)}}function Be(t){let e=p("chart");_(e);let n=Bt(t.per_minute);if(!n){p("chart-left").textContent="No events yet",p("chart-right").textContent="";return}let o=300/Y,s=r=>Math.max(1,r/n.max*86);for(let r of n.bars){let a=s(r.events),d=ot("rect",{x:r.slot*o+.5,y:90-a,width:o-1,height:a,class:"bar"});d.appendChild(ot("title",{},`${r.minute.replace("T"," ")} UTC: ${r.events} events${r.errors?`, ${r.errors} errors`:""}`)),e.appendChild(d),r.errors&&e.appendChild(ot("rect",{x:r.slot*o+.5,y:90-s(r.errors),width:o-1,height:s(r.errors),class:"err"}))}p("chart-left").textContent=n.left,p("chart-right").textContent=n.right}function bt(t){let e=f(f(t.summary).plan),n=t.now();if(e.started){let o=e.status==="complete"&&e.completed?R(e.completed):n;p("plan-elapsed").textContent=ht(Math.max(0,o-R(e.started)),"\\u2013")}for(let o of document.querySelectorAll("#agents .dur"))o.textContent=ht(Math.max(0,n-R(o.dataset.since)),"\\u2013")}function zt(t){for(let e of document.querySelectorAll(".rel"))e.dataset.ts!==void 0&&(e.textContent=T(e.dataset.ts,t))}var Ye=["plan_start","plan_complete","iteration_start","phase_change","complexity_decision","agent_spawn","agent_start","agent_complete","validation_result","iteration_complete","cost_update"],Qt=["db_check","mcp_check"],On=[...Qt,"performance_alert"],Je={SessionStart:"session_start",SessionEnd:"session_end",UserPromptSubmit:"user_prompt",UserPromptExpansion:"command_expansion",PreToolUse:"tool_start",PostToolUse:"tool_complete",PostToolUseFailure:"tool_error",PostToolBatch:"tool_batch",PermissionRequest:"permission_request",PermissionDenied:"tool_denied",Notification:"notification",SubagentStart:"agent_start",SubagentStop:"agent_complete",Stop:"stop",StopFailure:"stop_error",PreCompact:"compact_start",PostCompact:"compact_complete",InstructionsLoaded:"instructions_loaded"};var Ke=["tool_error","stop_error","error"],Ze=["performance_alert","permission_denied"];var Ge=Ye,ze=Qt,J;function te(t){return Ke.includes(t)?"error":Ze.includes(t)?"warning":t.startsWith("tool_")?"tool":t.startsWith("agent_")?"agent":Ge.includes(t)||t.startsWith("iteration_")?"plan":ze.includes(t)?"check":(J!=null||(J=new Set(Object.values(Je))),t.startsWith("session_")||t.startsWith("compact_")||J.has(t)?"session":"other")}var ee=2e3,ne=300,at=class{constructor(e){nt(this,"now",e);nt(this,"events",[]);nt(this,"filters",{session:"",agent:"",type:"",text:""})}render(){let e=p("timeline");_(e);let n=0,o=0;for(let s=this.events.length-1;s>=0;s--){let r=this.events[s];it(this.filters,r)&&(o++,n<ne&&(e.appendChild(this.row(r)),n++))}p("f-count").textContent=yt(this.filters,o,n),o===0&&rt(this.filters)&&e.appendChild(this.nothingHere())}nothingHere(){let e=i("li","none");e.append(`None of the newest ${this.events.length} events match. `);let n=this.filters,o=i("a","",n.session?"Open this session\\u2019s page":"Search the whole history"),s=new URLSearchParams;for(let[a,d]of[["q",n.text],["type",n.type],["agent",n.agent]])d&&s.set(a,d);let r=s.toString();return o.href=n.session?`#/session/${encodeURIComponent(n.session)}${r?`?${r}`:""}`:`#/search${r?`?${r}`:""}`,e.append(o," (it reads every event, archives included)."),e}add(e,n){if(e.length===0)return;let o=p("timeline");for(let s of e)this.events.push(s),it(this.filters,s)&&o.insertBefore(this.row(s),o.firstChild);for(this.events.length>ee&&this.events.splice(0,this.events.length-ee);o.children.length>ne;)o.removeChild(o.lastChild);if(rt(this.filters)){let s=this.events.filter(r=>it(this.filters,r)).length;p("f-count").textContent=yt(this.filters,s,o.children.length)}this.refreshChoices(n)}refreshChoices(e){let n=Ut(this.events,e);V(p("f-session"),n.sessions,o=>`Session ${O(o)}`),V(p("f-agent"),n.agents),V(p("f-type"),n.types)}bindFilters(){for(let n of["session","agent","type"])p(`f-${n}`).addEventListener("change",o=>{this.filters[n]=o.target.value,this.render()});let e;p("f-text").addEventListener("input",n=>{clearTimeout(e),e=setTimeout(()=>{this.filters.text=n.target.value.trim().toLowerCase(),this.render()},120)})}row(e){return _t(e,this.now())}};function _t(t,e){let n=i("li",`ev k-${te(t.event_type)}`);n.dataset.seq=String(t.seq);let o=i("details"),s=i("summary"),r=i("time","rel",T(t.timestamp,e));return r.dataset.ts=t.timestamp,r.title=t.timestamp,s.appendChild(r),s.appendChild(i("span","type",t.event_type)),s.appendChild(i("span","who",Dt(t))),s.appendChild(i("span","text",qt(t))),t.duration_ms!==void 0&&s.appendChild(i("span","dur",E(t.duration_ms,"\\u2013"))),o.appendChild(s),o.addEventListener("toggle",()=>{o.open&&!o.querySelector("pre")&&o.appendChild(i("pre","",Ht(t.line)))}),n.appendChild(o),n}function V(t,e,n){let o=t.value,s=[];for(let r=1;r<t.options.length;r++)s.push(t.options[r].value);if(s.join(`\n`)!==e.join(`\n`)){for(;t.options.length>1;)t.remove(1);for(let r of e){let a=i("option","",n?n(r):r);a.value=r,t.appendChild(a)}t.value=e.includes(o)?o:""}}var C=t=>typeof t=="number"&&Number.isFinite(t)?t:null,oe=t=>C(t)===null?"\\u2013":`${Math.round(C(t)/1048576)} MiB`,lt=t=>C(t)===null?"\\u2013":`${Math.round(C(t)*1e3)/10} %`;function ct(t,e){return X(C(t),m(e,16),"\\u2013")}function re(t){let e=f(t),n=["ok","pending","firing","no data"].includes(e.status)?e.status:"no data",o=e.severity==="critical"?"critical":"warning";return n==="firing"||n==="pending"?{label:`${n} \\xB7 ${o}`,cls:n==="firing"&&o==="critical"?"st crit":"st warn"}:{label:n,cls:n==="ok"?"st ok":"st none"}}function Qe(t){let e=p("perf-rows");_(e);for(let n of t){let o=f(n),s=i("tr"),r=i("td","",m(o.component,200));r.title=m(o.component,200),s.append(r,i("td","",ct(o.current,o.unit))),s.append(i("td","",o.target===null?"\\u2013":`${o.below===!0?"\\u2265":"\\u2264"} ${ct(o.target,o.unit)}`));let a=i("td","spark",m(o.trend,40)||"\\u2013");typeof o.regression=="string"&&(a.classList.add("reg"),a.title=`regression: ${m(o.regression,300)}`),s.append(a);let d=re(n);s.append(i("td",d.cls,d.label)),e.append(s)}if(t.length===0){let n=i("tr"),o=i("td","none","no targets measured yet");o.colSpan=5,n.append(o),e.append(n)}}function tn(t,e){se("perf-alerts","perf-alerts-count",t,e),se("alerts-list","alerts-count",t,e);let n=p("alerts-badge");n.textContent=String(t.length),n.hidden=t.length===0}function se(t,e,n,o){let s=p(t);_(s),p(e).textContent=String(n.length),n.length===0&&s.append(i("li","none","no alert pending or firing"));for(let r of n){let a=f(r),d=re(r),l=i("li","alert");l.append(i("span",d.cls,d.label),i("span","what",m(a.line,300)));let u=typeof a.since=="string"?a.since:"",g=i("span","muted since",u?`since ${T(u,o)}`:"");g.dataset.since=u,l.append(g),s.append(l)}}function en(t){var r,a,d,l;let e=p("perf-res");if(_(e),!t||typeof t!="object"){p("perf-res-at").textContent="no sample yet: the server samples every 10 s while a session works";return}let n=f(t);for(let[u,g]of[["Claude Code",n.claude],["2L pack",n.pack]]){let y=f(g),c=i("tr");c.append(i("td","",u),i("td","",`${(r=C(y.cpu_pct))!=null?r:"\\u2013"} %`),i("td","",oe(y.rss_bytes)),i("td","",String((a=C(y.pids))!=null?a:"\\u2013"))),e.append(c)}let o=f(n.machine),s=i("tr");s.append(i("td","","machine"),i("td","",`load ${(d=C(o.load1))!=null?d:"\\u2013"}`),i("td","",`${oe(o.mem_available_bytes)} free`),i("td","",`${(l=C(o.cpus))!=null?l:"\\u2013"} CPUs`)),e.append(s),p("perf-res-at").textContent=`sampled ${m(n.at,40).slice(11,19)} UTC`}function nn(t,e,n,o,s){var $;let r=f(t),a=f(r.validation),d=f(r.tools),l=f(r.tasks),u=f(e),g=f(n),y=C(g.per_day_bytes),c=[["validation success",lt(a.success_rate)],["tool success",lt(d.success_rate)],["tasks per hour",C(l.per_hour)===null?"\\u2013":String(Math.round(C(l.per_hour)*10)/10)],["agent utilisation",lt(r.agent_utilisation)],["parallel ratio",lt(r.parallel_ratio)],["page refresh",C(u.last_ms)===null?"not measured yet":`${ct(u.last_ms,"ms")} (p95 ${ct(u.p95_ms,"ms")}, ${C(u.samples)} samples)`,"refresh"],["storage growth",y===null?"no data":`${(y/1e6).toFixed(2)} MB/day (target ${(($=C(g.target_bytes_per_day))!=null?$:0)/1e6} MB)${typeof g.not_honest=="string"?` \\xB7 rough: ${m(g.not_honest,120)}`:""}`,g.status==="over"?"bad":""]],w=Kt(o,s);w&&c.push(["daily budget",w.text,w.bad?"bad":""]);let b=p("perf-kpis");_(b);for(let[P,L,et]of c){let U=i("div"),N=i("dd",et==="bad"?"bad":"",L);et==="refresh"&&(N.id="perf-refresh"),U.append(i("dt","",P),N),b.append(U)}}function ie(t,e){let n=f(t);tn(v(n.alerts),e),Qe(v(n.rows)),en(n.resources),nn(n.kpis,n.refresh,n.storage,n.budget,e)}function ae(t){var e;for(let n of document.querySelectorAll("#perf-alerts .since, #alerts-list .since")){let o=(e=n.dataset.since)!=null?e:"";o&&(n.textContent=`since ${T(o,t)}`)}}var K=[],dt=typeof MessageChannel=="function"?new MessageChannel:null,le=[];dt&&(dt.port1.onmessage=()=>{var t;return(t=le.shift())==null?void 0:t()});function ce(t){document.visibilityState!=="visible"||!Number.isFinite(t)||requestAnimationFrame(()=>{let e=()=>{if(document.visibilityState!=="visible")return;let n=performance.measure("2l-refresh",{start:t,end:performance.now()});K.length<50&&K.push(Math.round(n.duration*100)/100),on=n.duration};dt?(le.push(e),dt.port2.postMessage(0)):setTimeout(e,0)})}var on=null;async function sn(){if(K.length===0)return;let t=K;K=[],performance.clearMeasures("2l-refresh");try{await fetch("/api/refresh-timing",{method:"POST",credentials:"same-origin",headers:{"content-type":"application/json"},body:JSON.stringify({samples:t})})}catch{}}function de(){setInterval(()=>{sn()},5e3)}var H=class extends Error{};async function D(t){let e=await fetch(t,{cache:"no-store",credentials:"same-origin"});if(e.status===401)throw new H;if(!e.ok){let n=(await e.text()).trim().slice(0,300);throw new Error(`HTTP ${e.status}${n?`: ${n}`:""}`)}return e.json()}function Z(t,e){let n=new URLSearchParams;for(let[s,r]of Object.entries(e))r!==void 0&&r!==""&&n.set(s,String(r));let o=n.toString();return o?`${t}?${o}`:t}var rn=["live","sessions","session","search","alerts","performance","projects"],ue=["q","type","tool","agent","session","from","to","project"];function an(t){try{return decodeURIComponent(t)}catch{return}}function xt(t){var g;let e=t.startsWith("#")?t.slice(1):t;if(e==="performance")return{view:"performance",id:"",params:{}};let n=e.indexOf("?"),o=(n===-1?e:e.slice(0,n)).replace(/^\\/+/,""),s=o.indexOf("/"),r=s===-1?o:o.slice(0,s),a=rn.includes(r)?r:"live",d=s===-1?"":(g=an(o.slice(s+1)))!=null?g:"",l=a==="session"&&d.length<=512?d:"",u={};if(n!==-1){let y=new URLSearchParams(e.slice(n+1));for(let c of ue){let w=y.get(c);w!==null&&w!==""&&w.length<=200&&(u[c]=w)}}return a==="session"&&l===""?{view:"sessions",id:"",params:u}:{view:a,id:l,params:u}}function St(t){let e=t.view==="session"?`session/${encodeURIComponent(t.id)}`:t.view,n=new URLSearchParams;for(let s of ue){let r=t.params[s];r&&n.set(s,r)}let o=n.toString();return`#/${e}${o?`?${o}`:""}`}function j(t,e="",n={},o){let s=o==null?void 0:o.params.project;return St({view:t,id:e,params:s?{project:s,...n}:n})}var G=t=>typeof t=="number"&&Number.isFinite(t)?t:0,pe=t=>typeof t=="number"&&Number.isFinite(t)&&t>=0?t:void 0;function kt(t){let e=f(t),n=pe(e.costUsd);return{id:m(e.id,512),title:m(e.title,300),start:m(e.start,40),end:m(e.end,40),durationMs:h(e.durationMs),events:h(e.events),toolCalls:h(e.toolCalls),failures:h(e.failures),agents:v(e.agents).map(o=>m(o,200)),...n!==void 0?{costUsd:n}:{},status:m(e.status,20)}}function me(t){let e=f(t),n=pe(e.costUsd);return{id:m(e.id,200),label:m(e.label,200),parent:m(e.parent,200),startMs:G(e.startMs),endMs:G(e.endMs),tools:h(e.tools),failures:h(e.failures),toolNames:v(e.toolNames).map(o=>{let s=v(o);return[m(s[0],200),h(s[1])]}),...n!==void 0?{costUsd:n}:{},status:m(e.status,20)}}function fe(t){let e=f(t);return{kind:e.kind==="agent"?"agent":"tool",agent:m(e.agent,200),name:m(e.name,200),startMs:G(e.startMs),endMs:Math.max(G(e.startMs),G(e.endMs)),error:m(e.error,500),unfinished:e.unfinished===!0}}function ge(t){let e=f(t);return{name:m(e.name,200),calls:h(e.calls),failures:h(e.failures),totalMs:h(e.totalMs),maxMs:h(e.maxMs)}}function he(t,e=""){var y;let n=new Set(t.map(c=>c.id)),o=new Map,s=[];for(let c of t)if(c.parent&&n.has(c.parent)&&c.parent!==c.id){let w=(y=o.get(c.parent))!=null?y:[];w.push(c),o.set(c.parent,w)}else s.push(c);let r=[],a=new Set,d=(c,w)=>{var b;if(!a.has(c.id)){a.add(c.id),r.push({agent:c,depth:w});for(let $ of(b=o.get(c.id))!=null?b:[])d($,w+1)}};for(let c of s)d(c,0);for(let c of t)a.has(c.id)||d(c,0);if(!e)return r;let l=new Map(t.map(c=>[c.id,c.parent])),u=new Set;for(let c=e;c&&!u.has(c);c=l.get(c))u.add(c);let g=new Set([e]);for(let{agent:c}of r)g.has(c.parent)&&g.add(c.id);return r.filter(({agent:c})=>u.has(c.id)||g.has(c.id))}function we(t,e,n,o){let s=Math.max(1,o-n),r=Math.min(100,Math.max(0,(t-n)/s*100)),a=Math.max(.4,Math.min(100-r,(e-t)/s*100));return{left:Math.round(r*100)/100,width:Math.round(a*100)/100}}function ye(t,e,n){var s;if(!n.agent)return n.tool?t.filter(r=>r.name===n.tool):[...t];let o=new Map;for(let r of e){if(r.kind!=="tool"||r.agent!==n.agent||n.tool&&r.name!==n.tool)continue;let a=(s=o.get(r.name))!=null?s:{name:r.name,calls:0,failures:0,totalMs:0,maxMs:0},d=r.endMs-r.startMs;a.calls++,a.totalMs+=d,a.maxMs=Math.max(a.maxMs,d),r.error&&a.failures++,o.set(r.name,a)}return[...o.values()].sort((r,a)=>a.totalMs-r.totalMs)}function ut(t){return t===void 0?"\\u2013":t>0&&t<.01?"<$0.01":`$${t.toFixed(2)}`}function A(t,e,n=`${e}s`){return`${t} ${t===1?e:n}`}var ve=400;function _e(t){return i("span",`pill ${t==="live"?"running":t==="ended"?"complete":""}`,t||"unknown")}function ln(t,e){let n=i("time","",t?`${t.slice(0,16).replace("T"," ")} UTC`:"\\u2013");return t&&(n.dateTime=t,n.title=`${t} (${T(t,e)})`),n}function cn(t,e,n){let o=i("li","srow"),s=i("a","stitle",t.title||`Session ${O(t.id)}`);s.href=j("session",t.id,{},e),o.append(s,_e(t.status));let r=i("div","smeta");return r.append(ln(t.start,n),i("span","",E(t.durationMs,"\\u2013")),i("span","",A(t.toolCalls,"tool call")),i("span",t.failures?"bad":"",A(t.failures,"failure")),i("span","",A(t.agents.length,"agent")),i("span","",ut(t.costUsd)),i("span","muted sid",t.id)),o.append(r),o}async function xe(t,e){let n=p("sessions-status");n.textContent="Reading the history\\u2026";let o=f(await D(Z("/api/sessions",{project:t.params.project}))),s=v(o.sessions).map(kt),r=f(o.progress),a=p("sessions-list");_(a);for(let l of s)a.append(cn(l,t,e));let d=m(f(o.project).name,200);n.textContent=s.length?`${t.params.project?`${d}: `:""}${A(s.length,"session")}, ${A(h(r.events),"event")} in the whole history (archives included)`:"No session in this history yet."}function dn(t){var e,n,o,s;return{agent:(e=t.params.agent)!=null?e:"",type:(n=t.params.type)!=null?n:"",tool:(o=t.params.tool)!=null?o:"",q:((s=t.params.q)!=null?s:"").trim().toLowerCase()}}var pt=0,be="";async function Se(t,e,n){var U;let o=dn(t),s=`${t.id}|${o.agent}|${o.type}|${o.tool}|${o.q}`;s!==be&&(pt=0),be=s,p("s-status").textContent="Loading\\u2026";let r;try{r=await D(Z(`/api/sessions/${encodeURIComponent(t.id)}`,{project:t.params.project,from:pt,agent:o.agent,type:o.type,tool:o.tool,q:o.q}))}catch(N){p("s-title").textContent=`Session ${O(t.id)}`,p("s-status").textContent=/HTTP 404/.test(String(N))?"This history has no session with this id (it may have been pruned).":`Could not load the session: ${String(N)}`;return}let a=f(r),d=kt(a.session),l=f(a.detail),u=v(l.agents).map(me),g=v(l.spans).map(fe),y=v(l.tools).map(ge);p("s-title").textContent=d.title||`Session ${O(d.id)}`;let c=p("s-meta");_(c),c.append(_e(d.status),i("span","muted sid",d.id));let w=p("s-cards");_(w);let b=(N,Pe,Re=!1)=>{let Ft=i("div",`card${Re?" bad":""}`);return Ft.append(i("b","",N),i("span","",Pe)),Ft};w.append(b(E(d.durationMs,"\\u2013"),"duration"),b(String(d.events),"events"),b(String(d.toolCalls),"tool calls"),b(String(d.failures),"failures",d.failures>0),b(String(u.length),"agents"),b(ut(d.costUsd),"cost")),V(p("s-agent"),u.map(N=>N.id)),V(p("s-tool"),y.map(N=>N.name).sort());let $=new Set(["tool_complete","tool_error","agent_start","agent_complete","user_prompt"]);o.type&&$.add(o.type),V(p("s-type"),[...$].sort()),p("s-agent").value=o.agent,p("s-tool").value=o.tool,p("s-type").value=o.type;let P=p("s-text");document.activeElement!==P&&(P.value=(U=t.params.q)!=null?U:""),un(u,o.agent,t),pn(ye(y,g,o)),mn(u.map(N=>N.id),g,o,h(l.spansOmitted),d);let L=f(a.events);fn(v(L.lines),h(L.total),h(L.from),e,n);let et=o.agent||o.type||o.tool||o.q;p("s-status").textContent=`${h(L.total)} ${et?"matching ":""}event${h(L.total)===1?"":"s"}${l.truncated===!0?` (tree and waterfall from the newest ${h(l.events)})`:""}`}function un(t,e,n){let o=p("s-tree");_(o);for(let{agent:s,depth:r}of he(t,e)){let a=i("li",`tnode${s.status==="completed"?" done":""}`);a.style.paddingLeft=`${Math.min(r,8)*16}px`;let d=i("div","thead"),l=i("a","name",s.label===s.id?s.id:`${s.label} \\xB7 ${s.id}`);l.href=j("session",n.id,{...n.params,agent:s.id},n),l.title=`Show only ${s.id}`,d.append(l,i("span","pill",s.status)),a.append(d);let u=i("div","muted");if(u.textContent=[E(Math.max(0,s.endMs-s.startMs),"\\u2013"),A(s.tools,"tool call"),s.failures?A(s.failures,"failure"):"",s.costUsd!==void 0?ut(s.costUsd):""].filter(Boolean).join(" \\xB7 "),a.append(u),s.toolNames.length){let g=i("div","tnames");g.textContent=s.toolNames.map(([y,c])=>`${y} \\xD7${c}`).join(", "),a.append(g)}o.append(a)}o.firstChild||o.append(i("li","none","No agents"))}function pn(t){let e=p("s-tools");_(e);for(let n of t){let o=i("tr"),s=i("td","full",n.name);s.title=n.name,o.append(s,i("td","",n.calls),i("td","",E(n.calls?n.totalMs/n.calls:void 0,"\\u2013")),i("td","",E(n.maxMs,"\\u2013")),i("td",n.failures?"bad":"",n.failures)),e.append(o)}if(!t.length){let n=i("tr"),o=i("td","none","No tool calls match");o.colSpan=5,n.append(o),e.append(n)}}function mn(t,e,n,o,s){let r=p("s-waterfall");_(r);let a=Date.parse(s.start),d=Date.parse(s.end);if(!Number.isFinite(a)||!Number.isFinite(d))return;let l=new Map(t.map((c,w)=>[c,w])),u=e.filter(c=>(!n.agent||c.agent===n.agent)&&(!n.tool||c.kind==="agent"||c.name===n.tool)&&(!n.q||c.kind==="agent"||`${c.name} ${c.error}`.toLowerCase().includes(n.q))).sort((c,w)=>{var b,$;return((b=l.get(c.agent))!=null?b:1e9)-(($=l.get(w.agent))!=null?$:1e9)||(c.kind==="agent"?-1:1)||c.startMs-w.startMs}),g=i("div","wf-axis");g.append(i("span","","0"),i("span","",E(d-a,"\\u2013"))),r.append(g);for(let c of u.slice(0,ve)){let w=i("div",`wf-row wf-${c.kind}${c.error?" wf-err":""}`),b=i("span","wf-label",c.kind==="agent"?`\\u25B8 ${c.name===c.agent?c.name:`${c.name} \\xB7 ${c.agent}`}`:c.name);b.title=`${c.kind==="agent"?"agent":`tool (${c.agent})`} ${c.name}: ${E(c.endMs-c.startMs,"\\u2013")}${c.error?` \\u2014 ${c.error}`:""}${c.unfinished?" (unfinished)":""}`;let $=i("span","wf-track"),P=i("span","wf-bar"),L=we(c.startMs,c.endMs,a,d);P.style.left=`${L.left}%`,P.style.width=`${L.width}%`,P.title=b.title,$.append(P),w.append(b,$),r.append(w)}let y=Math.max(0,u.length-ve)+o;u.length||r.append(i("div","none","No agent or tool call matches")),y&&r.append(i("div","muted",`${y} shorter calls not drawn`))}function fn(t,e,n,o,s){let r=p("s-timeline");_(r);let a=[];t.forEach((l,u)=>{let g=typeof l=="string"?B(l,n+u+1):null;g&&a.push(g)});for(let l of a)r.append(_t(l,o));a.length||r.append(i("li","none","No event matches these filters"));let d=p("s-pager");if(_(d),e>t.length){d.append(i("span","muted",`events ${n+1}\\u2013${n+t.length} of ${e}`));let l=i("button","","Earlier");l.type="button",l.disabled=n===0,l.addEventListener("click",()=>{pt=Math.max(0,n-500),s({})});let u=i("button","","Later");u.type="button",u.disabled=n+t.length>=e,u.addEventListener("click",()=>{pt=n+500,s({})}),d.append(l,u)}}function ke(t,e){for(let o of["agent","type","tool"])p(`s-${o}`).addEventListener("change",s=>{e({...t().params,[o]:s.target.value})});let n;p("s-text").addEventListener("input",o=>{clearTimeout(n),n=setTimeout(()=>e({...t().params,q:o.target.value}),250)})}var $t=["q","type","tool","agent","session","from","to"];function $e(t){return/^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}$/.test(t)?`${t}:00.000Z`:t}var q;async function Mt(t,e,n=!1){var g,y;let o=t.params;for(let c of $t){let w=p(`q-${c}`),b=c==="from"||c==="to"?((g=o[c])!=null?g:"").slice(0,16):(y=o[c])!=null?y:"";document.activeElement!==w&&(w.value=b)}let s=p("q-status"),r=p("q-hits");if(n||(_(r),q=void 0),!$t.some(c=>o[c])){s.textContent="Search every event of the history: text, type, tool, agent, session, time.",p("q-more").hidden=!0;return}s.textContent="Searching\\u2026";let a;try{a=await D(Z("/api/search",{project:o.project,q:o.q,type:o.type,tool:o.tool,agent:o.agent,session:o.session,from:o.from?$e(o.from.slice(0,16)):void 0,to:o.to?$e(o.to.slice(0,16)):void 0,before:n?q:void 0}))}catch(c){s.textContent=`Search failed: ${String(c)}`;return}let d=f(a),l=v(d.hits);for(let c of l){let w=f(c),b=m(w.session,512),$=i("li","hit"),P=i("a","type",m(w.event_type,200));P.href=j("session",b,o.q?{q:o.q}:{},t);let L=i("time","rel",T(w.timestamp,e));L.title=m(w.timestamp,40),$.append(L,P,i("span","who",[m(w.agent_id,200),m(w.tool_name,200)].filter(Boolean).join(" \\xB7 "))),$.append(i("span","text",m(w.text,500))),$.append(i("span","muted sid",`session ${O(b)}`)),r.append($)}q=typeof d.next=="number"?h(d.next):void 0,p("q-more").hidden=q===void 0;let u=r.querySelectorAll("li.hit").length;s.textContent=u===0&&q===void 0?"No event in the whole history matches.":`${A(u,"hit")}${q===void 0?" (the whole history searched)":", newest first: more below"}`}function Me(t,e){p("q-form").addEventListener("submit",n=>{n.preventDefault();let o=t().params.project?{project:t().params.project}:{};for(let s of $t){let r=p(`q-${s}`).value.trim();r&&(o[s]=r.slice(0,200))}e(o)}),p("q-more").addEventListener("click",()=>{Mt(t(),Date.now(),!0)})}async function Ee(t,e){let n=p("projects-status"),o=f(await D("/api/projects")),s=v(o.projects),r=p("projects-list");_(r);for(let a of s){let d=f(a),l=m(d.key,64),u=i("li","srow"),g=i("a","stitle",m(d.name,200)||m(d.path,4096));g.href=d.current===!0?j("sessions"):j("sessions","",{project:l}),u.append(g),d.current===!0&&u.append(i("span","pill","this dashboard"));let y=h(d.liveSessions);u.append(i("span",`pill ${y?"running":""}`,y?`${A(y,"live session")}`:"no live session"));let c=h(d.alertsFiring);c&&u.append(i("span","pill down",A(c,"alert")+" firing"));let w=i("div","smeta"),b=m(d.lastActivity,40);w.append(i("span","",b?`last activity ${T(b,e)}`:"no log yet"),i("span","",h(d.alertsPending)?`${h(d.alertsPending)} pending`:""),i("span","muted sid",m(d.path,4096))),u.append(w),r.append(u)}n.textContent=`${A(s.length,"project")} 2L has logged to (${t.params.project?"browsing another project":"listed in your Claude config folder"})`}/[?&]token=/.test(location.search)&&history.replaceState(null,"",location.pathname+location.hash);var Q=0,Ae=0,z=null,mt=0,S={summary:null,log:{path:"",exists:!0,problem:"",skipped:0},loading:!1,locked:!1,events:0,completed:[],now:()=>Date.now()+mt},F=new at(S.now);function gn(){var n,o;let t=[],e=new Set;for(let s=F.events.length-1;s>=0&&t.length<8;s--){let r=F.events[s];r.event_type!=="agent_complete"||e.has(r.agent_id)||(e.add(r.agent_id),t.push({agent_id:r.agent_id,agent_type:(n=r.agent_type)!=null?n:"",session_id:(o=r.session_id)!=null?o:"",at:r.timestamp}))}return t}function Ct(){S.events=F.events.length,S.completed=gn(),k("summary",()=>Gt(S))}function Nt(){S.events=F.events.length,k("message",()=>vt(S))}function tt(t,e=""){let n=p("conn");n.textContent=t,n.className=`pill ${e}`}function Le(t){let e=f(t);return{path:m(e.path,4096),exists:e.exists===!0,problem:m(e.problem,4096),skipped:v(e.skipped).length}}async function Et(t){let e=await fetch(`/api/state${t?"?early=1":""}`,{cache:"no-store",credentials:"same-origin"});if(e.status===401)throw new H;if(!e.ok)throw new Error(`HTTP ${e.status}`);return e.json()}function Te(t){let e=f(t);mt=R(e.now)-Date.now(),Number.isFinite(mt)||(mt=0);let n=m(e.name,500);S.log=Le(e.log),Q=h(e.seq),Ae=h(e.epoch),S.summary=e.summary,S.loading=e.loading===!0;let o=v(e.events),s=Q-o.length+1,r=[];o.forEach((a,d)=>{let l=typeof a=="string"?B(a,s+d):null;l&&r.push(l)}),F.events=r,k("header",()=>{p("project").textContent=n,p("project-path").textContent=m(e.project,4096),document.title=`${n} \\xB7 2L dashboard`}),k("timeline",()=>F.render()),k("filters",()=>F.refreshChoices(S.summary)),Ct()}function Ne(){S.locked=!0,tt("link expired","down"),Nt()}async function ft(){z==null||z.close(),z=null;try{let t=await Et(!0);if(f(t).loading){Te(t);let e=Et(!1),n=!1,o=e.then(()=>n=!0,()=>n=!0);for(let s=h(f(t).progress);!n&&(tt(`reading log ${Math.min(99,Math.round(100*s))}%`),await Promise.race([o,new Promise(a=>setTimeout(a,500))]),!n);){let r=f(await Et(!0));if(r.loading!==!0)break;s=h(r.progress)}t=await e}Te(t),yn()}catch(t){if(t instanceof H)return Ne();tt("offline","down"),setTimeout(ft,3e3)}}var At=[],Lt=!1,gt=Number.NaN;function hn(){Lt=!1;let t=At,e=gt;At=[],gt=Number.NaN,k("timeline",()=>F.add(t,S.summary)),Nt(),ce(e),(M.view==="performance"||M.view==="alerts")&&Ot()}var M=xt(location.hash),wn={live:"view-overview",sessions:"view-sessions",session:"view-session",search:"view-search",alerts:"view-alerts",performance:"view-performance",projects:"view-projects"};function Pt(t,e=M.view,n=M.id){M={view:e,id:n,params:t},history.replaceState(null,"",location.pathname+location.search+St(M)),Rt()}function Rt(){let t=M.view;k("views",()=>{for(let[n,o]of Object.entries(wn))p(o).hidden=n!==t;for(let n of document.querySelectorAll("nav.views a"))n.id===`tab-${t==="session"?"sessions":t}`?n.setAttribute("aria-current","page"):n.removeAttribute("aria-current")});let e=n=>o=>{if(o instanceof H)return Ne();console.error(`2L dashboard: ${n} failed: ${o}`)};(t==="performance"||t==="alerts")&&Ot(),t==="sessions"&&xe(M,S.now()).catch(e("sessions")),t==="session"&&Se(M,S.now(),n=>Pt({...M.params,...n})).catch(e("session")),t==="search"&&Mt(M,S.now()).catch(e("search")),t==="projects"&&Ee(M,S.now()).catch(e("projects"))}var Tt=!1,Ce=0;async function Ot(){if(!(Tt||Date.now()-Ce<500)){Tt=!0,Ce=Date.now();try{let t=await fetch("/api/performance",{cache:"no-store",credentials:"same-origin"});if(!t.ok)return;let e=await t.json();k("performance",()=>ie(e,S.now()))}catch{}finally{Tt=!1}}}function yn(){let t=new EventSource(`/api/stream?since=${Q}&epoch=${Ae}`);z=t,t.onopen=()=>tt("live","live"),t.onerror=()=>{let e=t.readyState===EventSource.CLOSED;tt(e?"offline":"reconnecting","down"),e&&setTimeout(ft,3e3)},t.onmessage=e=>{let n=Number(e.lastEventId);if(!(n>Q))return;let o=B(e.data,n);Q=n,o&&(S.log.exists=!0,At.push(o),Number.isNaN(gt)&&(gt=e.timeStamp),Lt||(Lt=!0,setTimeout(hn,0)))},t.addEventListener("summary",e=>{try{S.summary=JSON.parse(e.data)}catch{return}Ct(),k("filters",()=>F.refreshChoices(S.summary))}),t.addEventListener("log",e=>{try{S.log=Le(JSON.parse(e.data))}catch{return}Ct(),Nt()}),t.addEventListener("reset",()=>{ft()})}F.bindFilters();ke(()=>M,t=>Pt(t));Me(()=>M,t=>Pt(t,"search",""));window.addEventListener("hashchange",()=>{M=xt(location.hash),Rt()});Rt();de();setInterval(()=>k("clock",()=>bt(S)),1e3);setInterval(()=>{k("times",()=>zt(S.now())),k("since",()=>ae(S.now()))},5e3);setInterval(()=>{(M.view==="performance"||M.view==="alerts")&&Ot()},2e3);ft();})();';

// lib/dashboard/page.ts
var CSS = String.raw`
:root { --bg:#f6f7f9; --panel:#fff; --ink:#1d2330; --muted:#5c6475; --line:#e3e6ec; --accent:#3b5bdb; --accent-strong:#3b5bdb; --link:#3048b8; --c-error-strong:#c92a2a;
  --c-session:#3b5bdb; --c-tool:#0b7285; --c-error:#c92a2a; --c-agent:#9c36b5; --c-plan:#b03a06; --c-check:#1f7a35; --c-alert:#8a5a00; --c-other:#868e96; }
@media (prefers-color-scheme: dark) { :root { --bg:#14171c; --panel:#1c2027; --ink:#e6e9ef; --muted:#98a0b0; --line:#2c323c; --accent:#748ffc; --accent-strong:#3b5bdb; --link:#91a7ff;
  --c-session:#91a7ff; --c-tool:#3bc9db; --c-error:#ff8787; --c-agent:#e599f7; --c-plan:#ffa94d; --c-check:#69db7c; --c-alert:#ffd43b; } }
* { box-sizing: border-box; }
body { margin:0; font:14px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif; background:var(--bg); color:var(--ink); }
header { display:flex; flex-wrap:wrap; align-items:center; gap:12px 24px; padding:14px 20px; background:var(--panel); border-bottom:1px solid var(--line); }
.brand { font-weight:800; font-size:18px; color:#fff; background:var(--accent-strong); border-radius:8px; padding:4px 9px; }
.proj h1 { margin:0; font-size:18px; }
.muted { color:var(--muted); font-size:12px; }
.pill { display:inline-block; padding:2px 10px; border-radius:999px; font-size:12px; font-weight:600; background:var(--line); color:var(--muted); }
.pill.live { background:#d3f9d8; color:#1f7a35; } .pill.down { background:#ffe3e3; color:#a61e1e; }
.pill.running { background:#fff4e6; color:#b03a06; } .pill.complete { background:#d3f9d8; color:#1f7a35; }
dl.plan { display:flex; gap:22px; margin:0 0 0 auto; }
dl.plan dt { font-size:11px; text-transform:uppercase; letter-spacing:.04em; color:var(--muted); }
dl.plan dd { margin:0; font-weight:600; font-variant-numeric:tabular-nums; }
main { padding:16px 20px 28px; }
.cards { display:grid; grid-template-columns:repeat(auto-fit,minmax(130px,1fr)); gap:10px; margin-bottom:14px; }
.card { background:var(--panel); border:1px solid var(--line); border-radius:10px; padding:10px 14px; }
.card b { display:block; font-size:22px; font-variant-numeric:tabular-nums; }
.card span { color:var(--muted); font-size:12px; }
.card.bad b { color:var(--c-error); }
.grid { display:grid; grid-template-columns:minmax(0,1.7fr) minmax(300px,1fr); gap:14px; align-items:start; }
@media (max-width: 980px) { .grid { grid-template-columns:minmax(0,1fr); } dl.plan { margin-left:0; } }
.panel { background:var(--panel); border:1px solid var(--line); border-radius:10px; padding:12px 14px; margin-bottom:14px; }
.panel h2 { font-size:13px; text-transform:uppercase; letter-spacing:.05em; color:var(--muted); margin:0 0 10px; }
.panel h3 { font-size:12px; color:var(--muted); margin:12px 0 6px; font-weight:600; }
.empty { background:var(--panel); border:1px dashed var(--line); border-radius:10px; padding:22px; margin-bottom:14px; }
.empty h2 { margin:0 0 6px; font-size:16px; }
.empty p { margin:4px 0; color:var(--muted); }
.filters { display:flex; flex-wrap:wrap; gap:8px; margin-bottom:10px; align-items:center; }
.filters select, .filters input { font:inherit; font-size:13px; padding:5px 8px; border:1px solid var(--line); border-radius:6px; background:var(--bg); color:var(--ink); max-width:190px; }
.filters input { flex:1; min-width:140px; max-width:none; }
ol, ul { list-style:none; margin:0; padding:0; }
#timeline { max-height:70vh; overflow:auto; }
.ev { border-left:3px solid var(--c-other); margin:0 0 4px; border-radius:4px; background:var(--bg); }
.ev summary { display:flex; gap:10px; align-items:baseline; padding:5px 8px; cursor:pointer; list-style:none; }
.ev summary::-webkit-details-marker { display:none; }
.ev .rel { color:var(--muted); font-size:12px; min-width:64px; font-variant-numeric:tabular-nums; }
.ev .type { font-family:ui-monospace,SFMono-Regular,Menlo,monospace; font-size:12px; font-weight:600; min-width:118px; }
.ev .who { color:var(--muted); font-size:12px; white-space:nowrap; }
.ev .text { flex:1; min-width:0; overflow:hidden; text-overflow:ellipsis; white-space:nowrap; }
.ev .dur { font-size:12px; font-variant-numeric:tabular-nums; color:var(--muted); white-space:nowrap; }
.ev pre { margin:0; padding:8px 10px; font-size:12px; white-space:pre-wrap; word-break:break-word; border-top:1px solid var(--line); }
.k-session { border-color:var(--c-session); } .k-session .type { color:var(--c-session); }
.k-tool { border-color:var(--c-tool); } .k-tool .type { color:var(--c-tool); }
.k-error { border-color:var(--c-error); } .k-error .type { color:var(--c-error); }
.k-agent { border-color:var(--c-agent); } .k-agent .type { color:var(--c-agent); }
.k-plan { border-color:var(--c-plan); } .k-plan .type { color:var(--c-plan); }
.k-check { border-color:var(--c-check); } .k-check .type { color:var(--c-check); }
.k-warning { border-color:var(--c-alert); } .k-warning .type { color:var(--c-alert); }
.agent { display:flex; justify-content:space-between; gap:8px; padding:6px 0; border-bottom:1px solid var(--line); }
.agent:last-child { border-bottom:0; }
.agent .name { font-weight:600; overflow:hidden; text-overflow:ellipsis; white-space:nowrap; }
.agent .dur { font-variant-numeric:tabular-nums; color:var(--muted); white-space:nowrap; }
.agent.orphan .name::after { content:" orphaned"; color:var(--c-error); font-size:11px; font-weight:600; text-transform:uppercase; margin-left:6px; }
table { width:100%; border-collapse:collapse; font-size:13px; font-variant-numeric:tabular-nums; }
th, td { text-align:right; padding:4px 6px; border-bottom:1px solid var(--line); }
th:first-child, td:first-child { text-align:left; max-width:150px; overflow:hidden; text-overflow:ellipsis; white-space:nowrap; }
th { font-size:11px; text-transform:uppercase; color:var(--muted); font-weight:600; }
td.bad { color:var(--c-error); font-weight:600; }
.line { display:flex; gap:8px; padding:3px 0; font-size:13px; }
.line .n { font-variant-numeric:tabular-nums; min-width:64px; text-align:right; font-weight:600; }
.line .t { color:var(--muted); overflow:hidden; text-overflow:ellipsis; white-space:nowrap; min-width:0; flex:1; }
#chart { width:100%; height:90px; display:block; }
#chart .bar { fill:var(--accent); opacity:.75; } #chart .err { fill:var(--c-error); }
.axis { display:flex; justify-content:space-between; color:var(--muted); font-size:11px; margin-top:4px; font-variant-numeric:tabular-nums; }
.line .n.bad { color:var(--c-error); }
.none { color:var(--muted); font-size:13px; padding:4px 0; }
nav.views { display:flex; flex-wrap:wrap; gap:6px; }
nav.views a { font-size:13px; font-weight:600; padding:4px 12px; border-radius:6px; border:1px solid var(--line); background:var(--bg); color:var(--ink); text-decoration:none; }
nav.views a[aria-current="page"] { background:var(--accent-strong); border-color:var(--accent-strong); color:#fff; }
[hidden] { display:none !important; }
.badge { display:inline-block; min-width:18px; padding:0 5px; border-radius:9px; background:var(--c-error-strong); color:#fff; font-size:11px; text-align:center; }
a { color:var(--link); }
:focus-visible { outline:3px solid var(--accent); outline-offset:2px; }
.ptitle { margin:0 0 4px; font-size:18px; overflow-wrap:anywhere; }
.smeta { display:flex; flex-wrap:wrap; gap:4px 12px; align-items:center; font-size:12px; color:var(--muted); margin-bottom:10px; }
.sid { overflow-wrap:anywhere; }
.slist .srow { display:flex; flex-wrap:wrap; gap:4px 10px; align-items:center; padding:8px 0; border-bottom:1px solid var(--line); }
.slist .srow:last-child { border-bottom:0; }
.slist .stitle { font-weight:600; flex:1 1 200px; min-width:0; overflow-wrap:anywhere; }
.slist .smeta { flex-basis:100%; margin:0; }
.smeta .bad, .tree .bad { color:var(--c-error); font-weight:600; }
.grid2 { display:grid; grid-template-columns:minmax(0,1fr) minmax(0,1fr); gap:14px; align-items:start; }
@media (max-width: 980px) { .grid2 { grid-template-columns:minmax(0,1fr); } }
.tree .tnode { padding:6px 0; border-bottom:1px solid var(--line); }
.tree .thead { display:flex; gap:8px; align-items:center; flex-wrap:wrap; }
.tree .name { font-weight:600; overflow-wrap:anywhere; }
.tree .tnames { font-size:12px; overflow-wrap:anywhere; }
table.stools { table-layout:fixed; }
table.stools td.full, table.stools th:first-child { width:40%; max-width:none; white-space:normal; overflow-wrap:anywhere; }
.wf { font-size:12px; }
.wf-axis { display:flex; justify-content:space-between; color:var(--muted); margin-left:34%; }
.wf-row { display:flex; align-items:center; gap:6px; min-height:18px; }
.wf-label { flex:0 0 33%; min-width:0; overflow:hidden; text-overflow:ellipsis; white-space:nowrap; }
.wf-agent .wf-label { font-weight:600; color:var(--c-agent); }
.wf-track { position:relative; flex:1; height:12px; background:var(--bg); border-radius:3px; }
.wf-bar { position:absolute; top:1px; height:10px; border-radius:2px; background:var(--c-tool); }
.wf-agent .wf-bar { background:var(--c-agent); opacity:.7; }
.wf-err .wf-bar { background:var(--c-error); }
.stl, .hits { max-height:none; }
.pager { display:flex; gap:8px; align-items:center; margin-top:8px; flex-wrap:wrap; }
button { font:inherit; font-size:13px; padding:5px 12px; border-radius:6px; border:1px solid var(--line); background:var(--bg); color:var(--ink); cursor:pointer; }
.qform input, .qform label { max-width:none; }
.hits .hit { display:flex; flex-wrap:wrap; gap:2px 10px; padding:6px 0; border-bottom:1px solid var(--line); font-size:13px; }
.hits .type { font-family:ui-monospace,SFMono-Regular,Menlo,monospace; font-weight:600; }
.hits .text { flex-basis:100%; overflow-wrap:anywhere; }
.hits .rel, .hits .who { color:var(--muted); }
.ev .done { color:var(--muted); }
.perf-grid { display:grid; grid-template-columns:minmax(0,1.6fr) minmax(0,1fr); gap:14px; align-items:start; }
@media (max-width: 980px) { .perf-grid { grid-template-columns:minmax(0,1fr); } }
table.perf { table-layout:fixed; }
table.perf td { overflow-wrap:anywhere; }
table.perf th { white-space:nowrap; overflow:hidden; text-overflow:ellipsis; }
table.perf th:first-child, table.perf td:first-child { max-width:none; white-space:normal; width:32%; }
table.perf .spark { font-family:ui-monospace,SFMono-Regular,Menlo,monospace; font-size:11px; letter-spacing:-1px; color:var(--accent); white-space:nowrap; overflow:hidden; }
table.perf .spark.reg { color:var(--c-error); }
.st { font-weight:600; text-align:right; }
.st.ok { color:var(--c-check); } .st.warn { color:var(--c-plan); } .st.crit { color:var(--c-error); } .st.none { color:var(--muted); font-weight:400; }
#perf-alerts .alert, #alerts-list .alert { display:flex; flex-wrap:wrap; gap:4px 10px; padding:6px 0; border-bottom:1px solid var(--line); font-size:13px; }
#perf-alerts .alert .what, #alerts-list .alert .what { flex:1; min-width:0; overflow-wrap:anywhere; }
dl.kpis { display:grid; grid-template-columns:repeat(auto-fit,minmax(150px,1fr)); gap:10px; margin:0; }
dl.kpis dt { font-size:11px; text-transform:uppercase; color:var(--muted); }
dl.kpis dd { margin:0; font-weight:600; overflow-wrap:anywhere; } dl.kpis dd.bad { color:var(--c-error); }
@media (max-width: 600px) { .grid table, table.stools { table-layout:fixed; } .grid th, .grid td, table.stools th, table.stools td { padding:4px 3px; overflow-wrap:anywhere; } .grid th, table.stools th { font-size:10px; overflow:hidden; text-overflow:ellipsis; } .grid th:first-child, .grid td:first-child { width:30%; } .ev summary { flex-wrap:wrap; gap:2px 8px; } .ev .type, .ev .rel { min-width:0; } .ev .text { flex-basis:100%; white-space:normal; overflow-wrap:anywhere; } .ev .who { white-space:normal; overflow-wrap:anywhere; } .wf-label { flex-basis:38%; } .wf-axis { margin-left:40%; } header { padding:10px; } dl.plan { gap:12px; flex-wrap:wrap; } }
@media (max-width: 600px) { main { padding:12px 10px 20px; } table.perf { font-size:12px; } table.perf td, table.perf th { padding:4px 3px; } table.perf th { font-size:10px; letter-spacing:0; } table.perf th:first-child, table.perf td:first-child { width:28%; } }
footer { color:var(--muted); font-size:12px; padding:0 20px 20px; }
`, BODY = String.raw`
<header>
  <div class="brand">2L</div>
  <div class="proj"><h1 id="project">Dashboard</h1><div id="project-path" class="muted"></div></div>
  <span id="conn" class="pill">connecting</span>
  <nav class="views" aria-label="Views"><a id="tab-live" href="#/live">Live</a><a id="tab-sessions" href="#/sessions">Sessions</a><a id="tab-search" href="#/search">Search</a><a id="tab-alerts" href="#/alerts">Alerts <span id="alerts-badge" class="badge" hidden></span></a><a id="tab-performance" href="#/performance">Performance</a><a id="tab-projects" href="#/projects">Projects</a></nav>
  <dl class="plan">
    <div><dt>Plan</dt><dd id="plan-status">none</dd></div>
    <div><dt>Phase</dt><dd id="plan-phase">–</dd></div>
    <div><dt>Iteration</dt><dd id="plan-iteration">–</dd></div>
    <div><dt>Elapsed</dt><dd id="plan-elapsed">–</dd></div>
  </dl>
</header>
<main>
  <div id="view-sessions" hidden>
    <section class="panel"><h2>Sessions</h2><p id="sessions-status" class="muted" role="status"></p><ul id="sessions-list" class="slist"></ul></section>
  </div>
  <div id="view-session" hidden>
    <p><a id="s-back" href="#/sessions">← All sessions</a></p>
    <h2 id="s-title" class="ptitle"></h2><div id="s-meta" class="smeta"></div>
    <section id="s-cards" class="cards"></section>
    <div class="filters" role="group" aria-label="Filters for every panel of this session">
      <select id="s-agent" aria-label="Agent"><option value="">All agents</option></select>
      <select id="s-type" aria-label="Event type"><option value="">All types</option></select>
      <select id="s-tool" aria-label="Tool"><option value="">All tools</option></select>
      <input id="s-text" type="search" placeholder="Filter text…" aria-label="Filter text">
      <span id="s-status" class="muted" role="status"></span>
    </div>
    <div class="grid2">
      <section class="panel"><h2>Agents</h2><ul id="s-tree" class="tree"></ul></section>
      <section class="panel"><h2>Tools</h2><table class="stools"><thead><tr><th>Tool</th><th>Calls</th><th>Mean</th><th>Max</th><th>Fail</th></tr></thead><tbody id="s-tools"></tbody></table></section>
    </div>
    <section class="panel"><h2>Waterfall</h2><div id="s-waterfall" class="wf"></div></section>
    <section class="panel"><h2>Timeline</h2><ol id="s-timeline" class="stl"></ol><div id="s-pager" class="pager"></div></section>
  </div>
  <div id="view-search" hidden>
    <section class="panel"><h2>Search all history</h2>
      <form id="q-form" class="filters qform" role="search">
        <input id="q-q" type="search" placeholder="Text…" aria-label="Text">
        <input id="q-type" placeholder="event type" aria-label="Event type">
        <input id="q-tool" placeholder="tool" aria-label="Tool">
        <input id="q-agent" placeholder="agent" aria-label="Agent">
        <input id="q-session" placeholder="session id" aria-label="Session">
        <label class="muted">from <input id="q-from" type="datetime-local" aria-label="From (UTC)"></label>
        <label class="muted">to <input id="q-to" type="datetime-local" aria-label="To (UTC)"></label>
        <button type="submit">Search</button>
      </form>
      <p id="q-status" class="muted" role="status"></p>
      <ol id="q-hits" class="hits"></ol>
      <button id="q-more" type="button" hidden>More</button>
    </section>
  </div>
  <div id="view-alerts" hidden>
    <section class="panel"><h2>Alerts (<span id="alerts-count">0</span>)</h2><ol id="alerts-list"></ol><p class="muted">Targets, their trends and resources: <a href="#/performance">Performance</a>.</p></section>
  </div>
  <div id="view-projects" hidden>
    <section class="panel"><h2>Projects</h2><p id="projects-status" class="muted" role="status"></p><ul id="projects-list" class="slist"></ul></section>
  </div>
  <div id="view-performance" hidden>
    <section class="panel"><h2>Alerts (<span id="perf-alerts-count">0</span>)</h2><ol id="perf-alerts"></ol></section>
    <div class="perf-grid">
      <section class="panel">
        <h2>Performance</h2>
        <table class="perf"><thead><tr><th>Component</th><th>Current</th><th>Target</th><th>Trend</th><th>Status</th></tr></thead><tbody id="perf-rows"></tbody></table>
      </section>
      <div>
        <section class="panel">
          <h2>Resources</h2>
          <table class="perf"><thead><tr><th>Group</th><th>CPU</th><th>Memory</th><th>Procs</th></tr></thead><tbody id="perf-res"></tbody></table>
          <div id="perf-res-at" class="muted"></div>
        </section>
        <section class="panel"><h2>KPIs</h2><dl id="perf-kpis" class="kpis"></dl></section>
      </div>
    </div>
  </div>
  <div id="view-overview" hidden>
  <section class="cards">
    <div class="card"><b id="c-events">0</b><span>events</span></div>
    <div class="card"><b id="c-sessions">0</b><span>sessions</span></div>
    <div class="card"><b id="c-agents">0</b><span>active agents</span></div>
    <div class="card"><b id="c-tools">0</b><span>tool calls</span></div>
    <div class="card" id="card-errors"><b id="c-errors">0</b><span>errors</span></div>
    <div class="card"><b id="c-p95">–</b><span>slowest tool p95</span></div>
  </section>
  <div id="empty" class="empty" hidden><h2 id="empty-title"></h2><p id="empty-text"></p><p id="empty-hint"></p></div>
  <div class="grid">
    <section class="panel">
      <h2>Timeline</h2>
      <div class="filters">
        <select id="f-session" aria-label="Session"><option value="">All sessions</option></select>
        <select id="f-agent" aria-label="Agent"><option value="">All agents</option></select>
        <select id="f-type" aria-label="Event type"><option value="">All types</option></select>
        <input id="f-text" type="search" placeholder="Filter text…" aria-label="Filter text">
        <span id="f-count" class="muted"></span>
      </div>
      <ol id="timeline"></ol>
    </section>
    <aside>
      <section class="panel"><h2>Agents</h2><ul id="agents"></ul></section>
      <section class="panel"><h2>Events per minute</h2><svg id="chart" viewBox="0 0 300 90" preserveAspectRatio="none"></svg><div class="axis"><span id="chart-left"></span><span id="chart-right"></span></div></section>
      <section class="panel">
        <h2>Tool timings</h2>
        <table><thead><tr><th>Tool</th><th>Calls</th><th>p50</th><th>p95</th><th>Max</th><th>Fail</th></tr></thead><tbody id="tools"></tbody></table>
        <h3>Slowest calls</h3><ol id="slowest"></ol>
        <h3>Hook overhead</h3><div id="hooks"></div>
      </section>
      <section class="panel"><h2>Recent errors</h2><ol id="errors"></ol></section>
    </aside>
  </div>
  </div>
</main>
<footer><span id="foot"></span></footer>
`;
function hash(text2) {
  return `'sha256-${createHash2("sha256").update(text2).digest("base64")}'`;
}
var PAGE_CSP = [
  "default-src 'none'",
  `script-src ${hash(CLIENT_JS)}`,
  `style-src ${hash(CSS)}`,
  "connect-src 'self'",
  "img-src 'self' data:",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'"
].join("; ");
function renderPage() {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>2L dashboard</title>
<style>${CSS}</style>
</head>
<body>${BODY}<script>${CLIENT_JS}</script>
</body>
</html>
`;
}

// lib/dashboard/respond.ts
var BASE_HEADERS = {
  "x-content-type-options": "nosniff",
  "referrer-policy": "no-referrer",
  "cache-control": "no-store",
  "x-frame-options": "DENY"
};
function send(res, status, type, body, extra = {}) {
  res.writeHead(status, { ...BASE_HEADERS, "content-type": type, "content-length": Buffer.byteLength(body), ...extra }), res.end(res.req.method === "HEAD" ? void 0 : body);
}
function sendJson(res, status, value) {
  send(res, status, "application/json; charset=utf-8", JSON.stringify(value));
}
function sendText(res, status, text2, extra) {
  send(res, status, "text/plain; charset=utf-8", `${text2}
`, extra);
}

// lib/dashboard/routes.ts
import path17 from "node:path";

// lib/monitor/sparkline.ts
var BLOCKS = "\u2581\u2582\u2583\u2584\u2585\u2586\u2587\u2588";
function sparkline(values, width = 20) {
  let v = values.filter((x) => Number.isFinite(x)).slice(-width);
  if (v.length === 0) return "";
  let min = Math.min(...v), max = Math.max(...v);
  return max === min ? BLOCKS[3].repeat(v.length) : v.map((x) => BLOCKS[Math.min(7, Math.floor((x - min) / (max - min) * 8))]).join("");
}

// lib/monitor/performance.ts
var WATCHED = [
  ["hook_ms", "hook_ms.p95", "hook p95", "ms"],
  ["event_processing_ms", "event_processing_ms", "event processing p95", "ms"],
  ["state_query_ms", "state_query_ms", "query p95", "ms"],
  ["dashboard_refresh_ms", "dashboard_refresh_ms", "dashboard refresh p95", "ms"],
  ["error_rate", "error_rate", "hook error rate", "ratio"]
];
function performanceRows(config, statuses, metrics, trends = /* @__PURE__ */ new Map()) {
  let rows = [], seen = /* @__PURE__ */ new Set(), trendOf = (key) => {
    let t = trends.get(key);
    return { trend: t ? sparkline(t.values) : "", ...t?.regression ? { regression: t.regression } : {} };
  };
  for (let s of statuses)
    seen.add(s.key), rows.push({
      component: s.component,
      current: s.current,
      target: s.target,
      unit: s.unit,
      ...trendOf(s.key),
      status: s.status,
      ...s.severity ? { severity: s.severity } : {},
      ...s.since ? { since: s.since } : {},
      ...s.below ? { below: !0 } : {}
    });
  for (let [configKey, key, label, unit] of WATCHED) {
    let target = config.targets[configKey];
    target === null || seen.has(key) || rows.push({ component: label, current: null, target, unit, ...trendOf(key), status: "no data" });
  }
  for (let s of metrics.series) {
    let labels = Object.entries(s.labels).map(([k, v]) => `${k}=${v}`).join(",");
    rows.push({
      component: labels ? `${s.name}{${labels}}` : s.name,
      current: s.last,
      target: null,
      unit: s.unit ?? "",
      trend: sparkline(s.recent ?? []),
      status: "ok"
    });
  }
  return rows;
}

// lib/monitor/storage.ts
function storageForecast(files, targetPerDay) {
  let sorted = [...files].filter((f) => Number.isFinite(f.mtimeMs)).sort((a, b) => a.mtimeMs - b.mtimeMs), base = { total_bytes: sorted.reduce((s, f) => s + f.bytes, 0), files: sorted.length, target_bytes_per_day: targetPerDay };
  if (sorted.length < 2)
    return { ...base, per_day_bytes: null, status: "no data", not_honest: "fewer than 2 files", span_days: 0 };
  let cum = 0, pts = sorted.map((f) => (cum += f.bytes, { x: f.mtimeMs / 864e5, y: cum })), span = pts.at(-1).x - pts[0].x, n = pts.length, mx = pts.reduce((s, p) => s + p.x, 0) / n, my = pts.reduce((s, p) => s + p.y, 0) / n, sxx = 0, sxy = 0;
  for (let p of pts)
    sxx += (p.x - mx) ** 2, sxy += (p.x - mx) * (p.y - my);
  let slope = sxx > 0 ? sxy / sxx : null, reasons = [];
  return n < 3 && reasons.push(`${n} files (a line needs 3)`), span < 3 && reasons.push(`${Math.round(span * 10) / 10} days of history (under 3)`), {
    ...base,
    per_day_bytes: slope === null ? null : Math.max(0, Math.round(slope)),
    status: slope === null ? "no data" : slope > targetPerDay ? "over" : "ok",
    ...reasons.length ? { not_honest: reasons.join("; ") } : {},
    span_days: Math.round(span * 100) / 100
  };
}

// lib/dashboard/performance-view.ts
var STORAGE_TARGET_PER_DAY = 1e7, MAX_REFRESH_SAMPLES = 50, MAX_REFRESH_MS = 6e5, MAX_REFRESH_BODY = 4096, KEEP = 200;
function parseRefreshReport(body) {
  let v;
  try {
    v = JSON.parse(body);
  } catch {
    return { error: "the body is not JSON" };
  }
  let samples = v?.samples;
  if (!Array.isArray(samples) || samples.length === 0 || samples.length > MAX_REFRESH_SAMPLES)
    return { error: `\`samples\` must be a list of 1 to ${MAX_REFRESH_SAMPLES} numbers` };
  for (let s of samples)
    if (typeof s != "number" || !Number.isFinite(s) || s < 0 || s > MAX_REFRESH_MS)
      return { error: `every sample must be a number of ms from 0 to ${MAX_REFRESH_MS}` };
  return { samples };
}
var PerformanceView = class {
  constructor(project, feed, alerts) {
    this.project = project;
    this.feed = feed;
    this.alerts = alerts;
    this.body = new SharedBody(
      () => JSON.stringify(this.payload()),
      () => `${feed.epoch}|${feed.seq}|${this.reports}`,
      1e3
    );
  }
  project;
  feed;
  alerts;
  trends = new SessionTrends();
  refresh = [];
  reports = 0;
  storage;
  body;
  /** The per-session trends, for archives merged from their kept state rather than read (feed.ts). */
  trendsReader() {
    return this.trends;
  }
  /** Every event of the log, in order (the feed's batches). */
  onBatch(events) {
    for (let e of events) this.trends.add(e);
  }
  addRefresh(samples) {
    this.refresh.push(...samples), this.refresh.length > KEEP && this.refresh.splice(0, this.refresh.length - KEEP), this.reports++, this.alerts?.addRefresh(samples);
  }
  /** The log's files are lstat'ed at most once a minute: growth per day does not move faster. */
  storageNow() {
    let now = Date.now();
    if (!this.storage || now - this.storage.at > 6e4) {
      let files = statLogFiles(this.project).filter((f) => f.regular);
      this.storage = { at: now, value: storageForecast(files, STORAGE_TARGET_PER_DAY) };
    }
    return this.storage.value;
  }
  payload() {
    let summary = this.feed.summary.snapshot(), targets = this.alerts?.rows() ?? [], floors = new Set(targets.filter((t) => t.below).map((t) => t.key)), rows = this.alerts ? performanceRows(this.alerts.perfConfig, targets, summary.metrics, this.trends.trends(void 0, floors)) : [], alerts = targets.filter((t) => t.status !== "ok").sort((a, b) => a.status === b.status ? 0 : a.status === "firing" ? -1 : 1).map((t) => ({
      component: t.component,
      status: t.status,
      severity: t.severity ?? "warning",
      since: t.since ?? null,
      line: t.current === null ? `${t.component}: no recent data` : describeAlert({ label: t.component, value: t.current, target: t.target, unit: t.unit, below: t.below })
    })), last = this.refresh.at(-1), sorted = [...this.refresh].sort((a, b) => a - b);
    return {
      now: (/* @__PURE__ */ new Date()).toISOString(),
      engine: this.alerts !== void 0,
      rows,
      alerts,
      resources: summary.resources ?? null,
      kpis: summary.kpis,
      refresh: {
        last_ms: last ?? null,
        p95_ms: sorted.length ? sorted[Math.ceil(0.95 * sorted.length) - 1] : null,
        samples: this.refresh.length,
        definition: "from the live feed delivering an event to the browser (the message event time) to the first frame after the page drew it"
      },
      storage: this.storageNow(),
      // Time to the daily budget at the recent burn rate: the forecast `/2l-status` prints.
      budget: this.alerts?.budgetForecast() ?? null
    };
  }
};

// lib/dashboard/routes.ts
var READ = ["GET", "HEAD"];
function router(table, hooks) {
  let dispatch = async (req, res) => {
    if (!hooks.before(req, res)) return;
    let target = req.url ?? "";
    if (!target.startsWith("/")) return sendText(res, 400, "Bad request");
    let q = target.indexOf("?"), call = { req, res, query: new URLSearchParams(q === -1 ? "" : target.slice(q + 1)) }, pathname = q === -1 ? target : target.slice(0, q), route = table.get(pathname), slash = pathname.lastIndexOf("/");
    if (!route && slash > 0 && (route = table.get(`${pathname.slice(0, slash)}/*`), route)) {
      let param = decodeSegment(pathname.slice(slash + 1));
      if (param === void 0) return sendText(res, 400, "Bad request: the id is not valid");
      call.param = param;
    }
    let methods = route?.methods ?? READ;
    if (!methods.includes(req.method ?? "GET"))
      return sendText(res, 405, "Method not allowed", { allow: methods.join(", ") });
    if (!route) return hooks.notFound(call);
    hooks.admit(route.access, call) && await route.handle(call);
  };
  return (req, res) => {
    dispatch(req, res).catch((err) => hooks.onError(err, res));
  };
}
var MAX_PARAM = 512;
function decodeSegment(raw) {
  if (!(raw === "" || raw.length > MAX_PARAM * 3))
    try {
      let v = decodeURIComponent(raw);
      return v.length > MAX_PARAM ? void 0 : v;
    } catch {
      return;
    }
}
function readCapped2(req, res, max) {
  let announced = Number(req.headers["content-length"]);
  return Number.isFinite(announced) && announced > max ? (req.resume(), res.setHeader("connection", "close"), Promise.resolve(void 0)) : new Promise((resolve, reject) => {
    let chunks = [], size = 0, done = !1;
    req.on("data", (c) => {
      if (!done) {
        if (size += c.length, size > max) {
          done = !0, res.setHeader("connection", "close"), req.pause(), resolve(void 0);
          return;
        }
        chunks.push(c);
      }
    }), req.on("end", () => {
      done || resolve(Buffer.concat(chunks).toString("utf8"));
    }), req.on("error", reject);
  });
}
function dashboardRoutes(d) {
  let json = (res, body) => d.outbox.send(res, 200, { ...BASE_HEADERS, "content-type": "application/json; charset=utf-8" }, body), historyOf = (res, query) => {
    let h = d.projects.history(query.get("project"));
    return h || sendText(res, 404, "No such project in the list of projects"), h;
  }, value = (res, v) => json(res, Buffer.from(JSON.stringify(v))), read = (access, handle) => ({ methods: READ, access, handle }), page = read("secret", ({ res, query }) => {
    let cookie = query.has(TOKEN_PARAM) ? { "set-cookie": sessionCookie(d.port(), d.token) } : {};
    d.outbox.send(
      res,
      200,
      { ...BASE_HEADERS, "content-type": "text/html; charset=utf-8", "content-security-policy": PAGE_CSP, ...cookie },
      d.page
    );
  });
  return /* @__PURE__ */ new Map([
    ["/", page],
    ["/index.html", page],
    [
      "/api/identity",
      read("public", ({ res, query }) => {
        let challenge = query.get("challenge"), proof = challenge && challenge.length <= 128 ? { proof: identityProof(d.token, challenge) } : {};
        sendJson(res, 200, {
          app: APP_ID,
          instance: d.instance,
          pid: process.pid,
          project: d.project,
          port: d.port(),
          started: d.started,
          ...proof
        });
      })
    ],
    [
      "/api/state",
      read("secret", async ({ res, query }) => {
        if (query.get("early") === "1" && !d.feed.isLoaded()) return json(res, await d.answers.earlyState());
        await d.feed.loaded, json(res, d.answers.state.get());
      })
    ],
    [
      "/api/summary",
      read("secret", async ({ res }) => {
        await d.feed.loaded, json(res, d.answers.summary.get());
      })
    ],
    [
      "/metrics",
      read("metrics", async ({ res }) => {
        await d.feed.loaded, await d.costs.current(), d.outbox.send(res, 200, { ...BASE_HEADERS, "content-type": PROM_CONTENT_TYPE }, d.answers.metrics.get());
      })
    ],
    [
      "/api/otlp",
      read("secret", ({ res }) => sendJson(res, 200, { enabled: d.otlpStatus?.() !== void 0, ...d.otlpStatus?.() }))
    ],
    [
      "/api/performance",
      read("secret", async ({ res }) => {
        await d.feed.loaded, json(res, d.performance.body.get());
      })
    ],
    [
      "/api/refresh-timing",
      {
        methods: ["POST"],
        access: "secret",
        handle: async ({ req, res }) => {
          if (!/^application\/json\s*(;|$)/i.test(req.headers["content-type"] ?? ""))
            return sendText(res, 415, "Unsupported media type: send application/json");
          let body = await readCapped2(req, res, MAX_REFRESH_BODY);
          if (body === void 0) return sendText(res, 413, `Payload too large (at most ${MAX_REFRESH_BODY} bytes)`);
          let r = parseRefreshReport(body);
          if ("error" in r) return sendText(res, 400, `Bad request: ${r.error}`);
          d.performance.addRefresh(r.samples), res.writeHead(204, BASE_HEADERS), res.end();
        }
      }
    ],
    [
      "/api/projects",
      read("secret", async ({ res }) => {
        value(res, { projects: await d.projects.list() });
      })
    ],
    [
      "/api/sessions",
      read("secret", async ({ res, query }) => {
        let h = historyOf(res, query);
        h && value(res, { project: { name: path17.basename(h.project), path: h.project }, ...await h.sessions() });
      })
    ],
    [
      "/api/sessions/*",
      read("secret", async ({ res, query, param }) => {
        let from = Number(query.get("from") ?? 0);
        if (!Number.isSafeInteger(from) || from < 0) return sendText(res, 400, "Bad request: `from` is not a position");
        let f = (k) => (query.get(k) ?? "").slice(0, 200), filters = { type: f("type"), tool: f("tool"), agent: f("agent"), q: f("q").trim().toLowerCase() }, h = historyOf(res, query);
        if (!h) return;
        let answer = await h.session(param, from, filters);
        if (!answer) return sendText(res, 404, "No such session in this history");
        value(res, answer);
      })
    ],
    [
      "/api/search",
      read("secret", async ({ res, query }) => {
        let h = historyOf(res, query);
        if (!h) return;
        let page2 = await h.search(query);
        if ("error" in page2) return sendText(res, 400, `Bad request: ${page2.error}`);
        value(res, page2);
      })
    ],
    ["/api/stream", read("secret", (call) => d.openStream(call))],
    [
      "/favicon.ico",
      read("public", ({ res }) => {
        res.writeHead(204, BASE_HEADERS), res.end();
      })
    ],
    [
      "/api/shutdown",
      {
        methods: ["POST"],
        access: "stop",
        handle: ({ res }) => {
          sendJson(res, 200, { stopping: !0, pid: process.pid }), setImmediate(() => d.stop("stop requested"));
        }
      }
    ]
  ]);
}

// lib/dashboard/streams.ts
var MAX_STREAMS = 64, MAX_RESYNC_BYTES = 262144, SUMMARY_EVERY_MS = 250, PING = Buffer.from(`:

`);
function sseEvents(lastSeq, lines) {
  let out = "", first = lastSeq - lines.length + 1;
  for (let i = 0; i < lines.length; i++) out += `id: ${first + i}
data: ${lines[i]}

`;
  return out;
}
var EventStreams = class {
  constructor(feed, opts) {
    this.feed = feed;
    this.opts = opts;
    this.unsubscribe = feed.subscribe((m) => this.relay(m));
  }
  feed;
  opts;
  open = /* @__PURE__ */ new Set();
  summaryTimer;
  unsubscribe;
  get size() {
    return this.open.size;
  }
  /** `/api/stream`: resumes after `Last-Event-ID` (or `?since=`), within `?epoch=`. */
  async add(req, res, query) {
    let feed = this.feed;
    if (await feed.loaded, this.open.size >= MAX_STREAMS) return sendText(res, 503, "Too many open streams", { "retry-after": "5" });
    req.socket.setNoDelay(!0), req.socket.setTimeout(0), res.writeHead(200, {
      ...BASE_HEADERS,
      "content-type": "text/event-stream; charset=utf-8",
      connection: "keep-alive"
    });
    let first = `retry: 1000

`, lastId = req.headers["last-event-id"] ?? query.get("since"), epoch = query.get("epoch");
    if (typeof lastId == "string" && lastId !== "") {
      let missed = epoch !== null && Number(epoch) !== feed.epoch ? void 0 : feed.since(Number(lastId)), resync = missed && missed.length > 0 ? sseEvents(feed.seq, missed) + this.summaryFrame() : "";
      missed === void 0 || resync.length > MAX_RESYNC_BYTES ? first += `event: reset
data: ${feed.epoch}

` : first += resync;
    }
    writeStream(res, Buffer.from(first)), this.open.add(res);
    let ping = setInterval(() => writeStream(res, PING), this.opts.keepAliveMs), done = () => {
      clearInterval(ping), this.open.delete(res), this.opts.onEnd?.();
    };
    res.on("close", done), res.on("error", done);
  }
  /** End every stream and stop following the feed. */
  closeAll() {
    this.unsubscribe(), this.summaryTimer && clearTimeout(this.summaryTimer);
    for (let res of this.open) res.end();
    this.open.clear();
  }
  summaryFrame() {
    return `event: summary
data: ${JSON.stringify(this.feed.summary.snapshot())}

`;
  }
  // One Buffer per broadcast, the same for every client: a stalled one holds a reference, not a copy.
  broadcast(text2) {
    let chunk = Buffer.from(text2);
    for (let res of this.open) writeStream(res, chunk);
  }
  relay(m) {
    let feed = this.feed;
    if (m.kind === "reset") return this.broadcast(`event: reset
data: ${feed.epoch}

`);
    if (m.kind === "log")
      return this.broadcast(`event: log
data: ${JSON.stringify({ path: feed.file, ...feed.logStatus() })}

`);
    this.broadcast(sseEvents(m.lastSeq, m.lines)), this.summaryTimer ??= setTimeout(() => {
      this.summaryTimer = void 0, this.open.size > 0 && this.broadcast(this.summaryFrame());
    }, SUMMARY_EVERY_MS);
  }
};

// lib/dashboard/history-index.ts
import fs14 from "node:fs";

// lib/dashboard/history-part.ts
var PART_MAX_BYTES = 64 << 20, MAX_STRINGS = 100001, MAX_PART_SESSIONS = 5e4, MAX_AGENTS = 200, COLUMNS = ["time", "offset", "length", "type", "tool", "agent", "session"], F64 = /* @__PURE__ */ new Set(["time", "offset"]), CODES = ["type", "tool", "agent", "session"];
function encodePart(p) {
  let cols = {};
  for (let c of COLUMNS) cols[c] = Buffer.from(p[c].buffer, p[c].byteOffset, p[c].byteLength).toString("base64");
  return {
    size: p.size,
    malformed: p.malformed,
    oversized: p.oversized,
    n: p.time.length,
    strings: p.strings,
    cols,
    // No time seen yet is +Infinity, which JSON cannot hold.
    sessions: p.sessions.map((s) => ({ ...s, startMs: Number.isFinite(s.startMs) ? s.startMs : null }))
  };
}
var isCount2 = (v) => Number.isSafeInteger(v) && v >= 0, isNum2 = (v) => typeof v == "number" && Number.isFinite(v), isName = (v) => typeof v == "string" && v.length <= 200;
function column(b64, n, f642) {
  if (typeof b64 != "string") return;
  let width = f642 ? 8 : 4;
  if (b64.length !== Math.ceil(n * width / 3) * 4) return;
  let buf = Buffer.from(b64, "base64");
  if (buf.length !== n * width) return;
  let out = f642 ? new Float64Array(n) : new Uint32Array(n);
  return new Uint8Array(out.buffer).set(buf), out;
}
function parseSession(v, strings) {
  if (typeof v != "object" || v === null || Array.isArray(v)) return;
  let s = v;
  if (!isCount2(s.code) || s.code === 0 || s.code >= strings || typeof s.title != "string" || s.title.length > 160 || !(isNum2(s.startMs) || s.startMs === null) || !isNum2(s.endMs) || !isCount2(s.events) || !isCount2(s.toolCalls) || !isCount2(s.failures) || !Array.isArray(s.agents) || s.agents.length > MAX_AGENTS || !s.agents.every(isName) || s.boundary !== 0 && s.boundary !== 1 && s.boundary !== 2 || s.costUsd !== null && !isNum2(s.costUsd)) return;
  let byAgent = null;
  if (s.costByAgent !== null) {
    if (typeof s.costByAgent != "object" || Array.isArray(s.costByAgent)) return;
    let entries = Object.entries(s.costByAgent);
    if (entries.length > MAX_AGENTS * 10 || !entries.every(([k, n]) => k.length <= 4096 && isNum2(n))) return;
    byAgent = Object.fromEntries(entries);
  }
  return {
    code: s.code,
    title: s.title,
    startMs: s.startMs === null ? Number.POSITIVE_INFINITY : s.startMs,
    endMs: s.endMs,
    events: s.events,
    toolCalls: s.toolCalls,
    failures: s.failures,
    agents: s.agents,
    boundary: s.boundary,
    costUsd: s.costUsd,
    costByAgent: byAgent
  };
}
function parsePart(v, archiveBytes) {
  if (typeof v != "object" || v === null || Array.isArray(v)) return;
  let d = v;
  if (!isCount2(d.size) || d.size > archiveBytes || !isCount2(d.malformed) || !isCount2(d.oversized)) return;
  let n = d.n;
  if (!isCount2(n) || n > d.size || !Array.isArray(d.strings) || d.strings.length === 0 || d.strings.length > MAX_STRINGS || d.strings[0] !== "" || !d.strings.every(isName) || typeof d.cols != "object" || d.cols === null) return;
  let raw = d.cols, cols = {};
  for (let c of COLUMNS) {
    let col = column(raw[c], n, F64.has(c));
    if (!col) return;
    cols[c] = col;
  }
  let strings = d.strings.length;
  for (let c of CODES) for (let code of cols[c]) if (code >= strings) return;
  for (let i = 0; i < n; i++) {
    let off = cols.offset[i];
    if (!isCount2(off) || off + cols.length[i] > d.size || !isNum2(cols.time[i])) return;
  }
  if (!Array.isArray(d.sessions) || d.sessions.length > MAX_PART_SESSIONS) return;
  let sessions = [];
  for (let s of d.sessions) {
    let p = parseSession(s, strings);
    if (!p) return;
    sessions.push(p);
  }
  return {
    size: d.size,
    malformed: d.malformed,
    oversized: d.oversized,
    strings: d.strings,
    time: cols.time,
    offset: cols.offset,
    length: cols.length,
    type: cols.type,
    tool: cols.tool,
    agent: cols.agent,
    session: cols.session,
    sessions
  };
}

// lib/dashboard/history-index.ts
var MAX_LINE_BYTES4 = 4 << 20, CHUNK_BYTES2 = 1 << 20, READ_LINE_MAX = 1 << 20, MAX_DISTINCT = 1e5, MAX_SESSIONS4 = 5e4, MAX_ROW_AGENTS = 200, LIVE_MS = 10 * 6e4, NO_SESSION = "~none", PART_KIND = "index", Column = class {
  constructor(a, make) {
    this.a = a;
    this.make = make;
  }
  a;
  make;
  n = 0;
  push(v) {
    if (this.n === this.a.length) {
      let b = this.make(this.a.length * 2);
      b.set(this.a), this.a = b;
    }
    this.a[this.n++] = v;
  }
}, f64 = () => new Column(new Float64Array(1024), (n) => new Float64Array(n)), u32 = () => new Column(new Uint32Array(1024), (n) => new Uint32Array(n)), Interner = class {
  values = [""];
  codes = /* @__PURE__ */ new Map();
  code(v) {
    if (typeof v != "string" || v === "") return 0;
    let s = v.length > 200 ? v.slice(0, 200) : v, c = this.codes.get(s);
    if (c === void 0) {
      if (this.values.length > MAX_DISTINCT) return this.code("(other)");
      c = this.values.length, this.values.push(s), this.codes.set(s, c);
    }
    return c;
  }
  /** The code of `v` when it is known, else -1 (a filter on an unknown value matches nothing). */
  find(v) {
    return this.codes.get(v.length > 200 ? v.slice(0, 200) : v) ?? -1;
  }
}, HistoryIndex = class {
  constructor(project, opts = {}) {
    this.project = project;
    this.opts = opts;
    this.now = opts.now ?? Date.now;
  }
  project;
  opts;
  files = [];
  strings = new Interner();
  time = f64();
  file = u32();
  offset = f64();
  length = u32();
  type = u32();
  tool = u32();
  agent = u32();
  session = u32();
  stats = {
    files: 0,
    bytesRead: 0,
    events: 0,
    malformed: 0,
    oversized: 0,
    rebuilds: 0,
    parts: 0,
    partsKept: 0
  };
  /** Bytes of the history as last listed, and how many of them have been read. */
  total = 0;
  read = 0;
  sessions = /* @__PURE__ */ new Map();
  byInode = /* @__PURE__ */ new Map();
  running;
  /** While an archive is read from its start: its own session aggregates, for the part kept beside it. */
  building;
  now;
  get count() {
    return this.time.n;
  }
  /** Read what was appended since the last update (everything the first time); concurrent calls share one run. */
  update() {
    return this.running ??= this.run().finally(() => this.running = void 0), this.running;
  }
  async run() {
    try {
      checkPrivateDir(stateDir(this.project));
    } catch {
      return;
    }
    let listed = statLogFiles(this.project).filter((f) => f.regular && !f.foreign), seen = /* @__PURE__ */ new Set(), todo = [];
    for (let f of listed) {
      let key = `${f.dev}:${f.ino}`, idx = this.byInode.get(key);
      idx === void 0 && (idx = this.files.length, this.files.push({ path: f.path, ino: f.ino, dev: f.dev, offset: 0, gone: !1 }), this.byInode.set(key, idx), this.stats.files++);
      let st = this.files[idx];
      if (st.path = f.path, f.bytes < st.offset) return this.rebuild();
      seen.add(idx), todo.push({ idx, size: f.bytes });
    }
    for (let [i, f] of this.files.entries()) f.gone = !seen.has(i);
    this.total = todo.reduce((n, t) => n + t.size, 0), this.read = todo.reduce((n, t) => n + this.files[t.idx].offset, 0);
    for (let t of todo) {
      let f = listed.find((x) => x.dev === this.files[t.idx].dev && x.ino === this.files[t.idx].ino);
      f.archive && this.files[t.idx].offset === 0 && this.fromPart(f, t.idx) && (this.read += this.files[t.idx].offset);
      let keep = f.archive && this.files[t.idx].offset === 0 ? { from: this.count, malformed: this.stats.malformed, oversized: this.stats.oversized } : void 0;
      this.building = keep ? /* @__PURE__ */ new Map() : void 0;
      try {
        await this.readFile(t.idx, t.size);
      } finally {
        keep && this.building && this.keepPart(f, t.idx, keep, this.building), this.building = void 0;
      }
    }
  }
  /** Take archive `f`'s share from the part kept beside it; false (nothing changed) when there is none to use. */
  fromPart(f, idx) {
    let part = readSidecar(f, PART_KIND, (v) => parsePart(v, f.bytes), PART_MAX_BYTES);
    if (!part) return !1;
    let codes = part.strings.map((v) => this.strings.code(v));
    for (let i = 0; i < part.time.length; i++)
      this.time.push(part.time[i]), this.file.push(idx), this.offset.push(part.offset[i]), this.length.push(part.length[i]), this.type.push(codes[part.type[i]]), this.tool.push(codes[part.tool[i]]), this.agent.push(codes[part.agent[i]]), this.session.push(codes[part.session[i]]);
    for (let p of part.sessions) this.mergeSession(this.sessions, codes[p.code], p);
    return this.stats.events += part.time.length, this.stats.malformed += part.malformed, this.stats.oversized += part.oversized, this.files[idx].offset = part.size, this.stats.parts++, !0;
  }
  /** A session's aggregate over a later stretch, merged as if its events had been added here. */
  mergeSession(into, code, p) {
    let s = into.get(code);
    if (s)
      p.startMs < s.startMs && (s.startMs = p.startMs), p.endMs > s.endMs && (s.endMs = p.endMs);
    else {
      if (into.size >= MAX_SESSIONS4) return;
      s = this.newSession(code, 0), s.startMs = p.startMs, s.endMs = p.endMs, into.set(code, s);
    }
    s.events += p.events, s.toolCalls += p.toolCalls, s.failures += p.failures;
    for (let a of p.agents) s.agents.size < MAX_ROW_AGENTS && s.agents.add(a);
    p.boundary !== 0 && (s.boundary = p.boundary, s.ended = p.boundary === 1), s.title === "" && p.title !== "" && (s.title = p.title), p.costUsd !== null && (s.costUsd = p.costUsd, s.costByAgent = p.costByAgent ?? void 0);
  }
  /** Keep archive `f`'s share (events from position `from` on, its own session aggregates) beside it. */
  keepPart(f, idx, base, sessions) {
    let st = this.files[idx], from = base.from;
    if (st.offset === 0 || this.file.a.subarray(from, this.count).some((x) => x !== idx)) return;
    let local = /* @__PURE__ */ new Map([[0, 0]]), strings = [""], codeOf = (g) => {
      let c = local.get(g);
      return c === void 0 && (c = strings.length, strings.push(this.strings.values[g]), local.set(g, c)), c;
    }, recode = (col) => Uint32Array.from(col.a.subarray(from, this.count), codeOf), part = {
      size: st.offset,
      malformed: this.stats.malformed - base.malformed,
      oversized: this.stats.oversized - base.oversized,
      strings,
      time: this.time.a.slice(from, this.count),
      offset: this.offset.a.slice(from, this.count),
      length: this.length.a.slice(from, this.count),
      type: recode(this.type),
      tool: recode(this.tool),
      agent: recode(this.agent),
      session: recode(this.session),
      sessions: [...sessions].map(([code, s]) => ({
        code: codeOf(code),
        title: s.title,
        startMs: s.startMs,
        endMs: s.endMs,
        events: s.events,
        toolCalls: s.toolCalls,
        failures: s.failures,
        agents: [...s.agents],
        boundary: s.boundary,
        costUsd: s.costUsd ?? null,
        costByAgent: s.costByAgent ?? null
      }))
    };
    writeSidecar(f, PART_KIND, encodePart(part), PART_MAX_BYTES) && this.stats.partsKept++;
  }
  /** The log was truncated or replaced: start again from nothing (rare: `2l prune` never truncates the live log). */
  async rebuild() {
    this.files.length = 0, this.byInode.clear(), this.sessions.clear();
    for (let c of [this.time, this.file, this.offset, this.length, this.type, this.tool, this.agent, this.session])
      c.n = 0;
    this.stats.rebuilds++, await this.run();
  }
  async readFile(idx, size) {
    let st = this.files[idx], fd;
    try {
      fd = openRegularForRead(st.path);
    } catch {
      return;
    }
    if (fd !== void 0)
      try {
        let s = fs14.fstatSync(fd);
        if (s.ino !== st.ino || s.dev !== st.dev) return;
        let buf = Buffer.allocUnsafe(CHUNK_BYTES2);
        for (; st.offset < size; ) {
          let n = fs14.readSync(fd, buf, 0, Math.min(CHUNK_BYTES2, size - st.offset), st.offset);
          if (n <= 0) break;
          let last = buf.lastIndexOf(10, n - 1);
          if (last === -1) {
            if (!this.longLine(fd, st, idx, size)) break;
          } else
            this.lines(buf, last, idx, st.offset), st.offset += last + 1, this.read += last + 1, this.stats.bytesRead += last + 1;
          this.opts.onProgress?.(this.read, this.total), await new Promise((r) => setImmediate(r));
        }
      } finally {
        fs14.closeSync(fd);
      }
  }
  /** A line longer than a chunk: indexed when it ends within the cap, skipped when longer; false while unfinished. */
  longLine(fd, st, idx, size) {
    let probe = Buffer.allocUnsafe(CHUNK_BYTES2);
    for (let at = st.offset + CHUNK_BYTES2; at < size; at += CHUNK_BYTES2) {
      let n = fs14.readSync(fd, probe, 0, Math.min(CHUNK_BYTES2, size - at), at), nl = probe.indexOf(10);
      if (nl === -1 || nl >= n) continue;
      let end = at + nl, len = end - st.offset;
      if (len > MAX_LINE_BYTES4) this.stats.oversized++;
      else {
        let line = Buffer.allocUnsafe(len + 1);
        fs14.readSync(fd, line, 0, len + 1, st.offset), this.lines(line, len, idx, st.offset);
      }
      return this.read += len + 1, this.stats.bytesRead += len + 1, st.offset = end + 1, !0;
    }
    return !1;
  }
  /** Index the whole lines of `buf[0..last]`, which starts at byte `base` of file `idx`. */
  lines(buf, last, idx, base) {
    let s = 0;
    for (; s < last; ) {
      let e = buf.indexOf(10, s);
      if ((e === -1 || e > last) && (e = last), e > s) {
        let ev = parseEventLine(buf.toString("utf8", s, e).trim());
        ev ? this.add(ev, idx, base + s, e - s) : buf.subarray(s, e).some((b) => b > 32) && this.stats.malformed++;
      }
      s = e + 1;
    }
  }
  add(e, idx, offset, length) {
    let t = Date.parse(e.timestamp), time = Number.isNaN(t) ? 0 : t, sessionCode = this.strings.code(typeof e.session_id == "string" && e.session_id ? e.session_id : NO_SESSION);
    this.time.push(time), this.file.push(idx), this.offset.push(offset), this.length.push(length), this.type.push(this.strings.code(e.event_type)), this.tool.push(this.strings.code(e.tool_name)), this.agent.push(this.strings.code(e.agent_id)), this.session.push(sessionCode), this.stats.events++, this.aggregate(e, sessionCode, time);
  }
  newSession(code, t) {
    return {
      id: this.strings.values[code],
      title: "",
      startMs: t || Number.POSITIVE_INFINITY,
      endMs: t,
      events: 0,
      toolCalls: 0,
      failures: 0,
      agents: /* @__PURE__ */ new Set(),
      ended: !1,
      boundary: 0
    };
  }
  aggregate(e, code, t) {
    this.aggregateInto(this.sessions, e, code, t), this.building && this.aggregateInto(this.building, e, code, t);
  }
  aggregateInto(into, e, code, t) {
    let s = into.get(code);
    if (!s) {
      if (into.size >= MAX_SESSIONS4) return;
      s = this.newSession(code, t), into.set(code, s);
    }
    s.events++, t && (t < s.startMs && (s.startMs = t), t > s.endMs && (s.endMs = t));
    let type = e.event_type;
    if ((type === "tool_complete" || type === "tool_error" || type === "tool_denied") && s.toolCalls++, isErrorEvent(type) && s.failures++, typeof e.agent_id == "string" && e.agent_id && s.agents.size < MAX_ROW_AGENTS && s.agents.add(e.agent_id.slice(0, 200)), type === "session_end" ? (s.ended = !0, s.boundary = 1) : type === "session_start" && (s.ended = !1, s.boundary = 2), type === "user_prompt" && s.title === "" && typeof e.data == "string" && (s.title = e.data.slice(0, 160)), type === "cost_update") {
      let c = cumulativeOf(e.payload);
      c && (s.costUsd = c.totals.usd, s.costByAgent = Object.fromEntries(Object.entries(c.agents).map(([k, v]) => [k, v.usd])));
    }
  }
  get sessionCount() {
    return this.sessions.size;
  }
  /** Every session, newest activity first. */
  sessionRows() {
    return [...this.sessions.values()].map((s) => this.row(s)).sort((a, b) => a.end < b.end ? 1 : -1);
  }
  sessionRow(id) {
    let code = this.strings.find(id), s = code > 0 ? this.sessions.get(code) : void 0;
    return s && this.row(s);
  }
  row(s) {
    let iso = (ms) => Number.isFinite(ms) && ms > 0 ? new Date(ms).toISOString() : "", start = Number.isFinite(s.startMs) ? s.startMs : s.endMs, status = s.ended ? "ended" : this.now() - s.endMs < LIVE_MS ? "live" : "idle";
    return {
      id: s.id,
      title: s.title,
      start: iso(start),
      end: iso(s.endMs),
      durationMs: Math.max(0, s.endMs - start),
      events: s.events,
      toolCalls: s.toolCalls,
      failures: s.failures,
      agents: [...s.agents],
      ...s.costUsd !== void 0 ? { costUsd: s.costUsd, costByAgent: s.costByAgent } : {},
      status
    };
  }
  /** Positions (event numbers) of a session's events, oldest first. */
  positionsOf(id) {
    let code = this.strings.find(id), out = [];
    if (code <= 0) return out;
    let col = this.session.a;
    for (let i = 0; i < this.session.n; i++) col[i] === code && out.push(i);
    return out;
  }
  /**
   * The lines at `positions`, read back by offset ('' for a file gone since: pruned).
   * A line longer than READ_LINE_MAX is not read: a stand-in made of the indexed
   * fields takes its place, so no answer holds more than that per line.
   */
  readLines(positions) {
    let fds = /* @__PURE__ */ new Map();
    try {
      return positions.map((i) => {
        let f = this.file.a[i];
        fds.has(f) || fds.set(f, this.openIndexed(f));
        let fd = fds.get(f);
        if (fd === void 0) return "";
        let len = this.length.a[i];
        if (len > READ_LINE_MAX) return this.standIn(i, len);
        let buf = Buffer.allocUnsafe(len), n = fs14.readSync(fd, buf, 0, len, this.offset.a[i]);
        return buf.toString("utf8", 0, n).trim();
      });
    } finally {
      for (let fd of fds.values()) fd !== void 0 && fs14.closeSync(fd);
    }
  }
  /** The indexed fields of event `i` as a line, for one too long to read back. */
  standIn(i, length) {
    let v = (col) => this.strings.values[col.a[i]] || void 0, t = this.time.a[i];
    return JSON.stringify({
      timestamp: t ? new Date(t).toISOString() : "",
      event_type: v(this.type) ?? "",
      agent_id: v(this.agent) ?? "",
      session_id: v(this.session),
      tool_name: v(this.tool),
      data: `[an event of ${length} bytes, not read back]`,
      source: "emit",
      v: 1
    });
  }
  /** The indexed file, only when it is still the same regular file (a link or a new file in its place is refused). */
  openIndexed(idx) {
    let st = this.files[idx];
    if (!st || st.gone) return;
    let fd;
    try {
      fd = openRegularForRead(st.path);
    } catch {
      return;
    }
    if (fd === void 0) return;
    let s = fs14.fstatSync(fd);
    if (s.ino === st.ino && s.dev === st.dev) return fd;
    fs14.closeSync(fd);
  }
  /** Most recent event time, ms (0 when none). */
  lastActivity() {
    let m = 0;
    for (let s of this.sessions.values()) s.endMs > m && (m = s.endMs);
    return m;
  }
};

// lib/dashboard/history-search.ts
var MAX_QUERY = 200, MAX_LIMIT = 200, READ_BUDGET = 32 << 20, BATCH_BYTES = 8 << 20;
function parseSearch(q) {
  let get = (k) => q.get(k) ?? "";
  for (let k of ["q", "type", "tool", "agent", "session"])
    if (get(k).length > (k === "q" ? MAX_QUERY : 200)) return { error: `\`${k}\` is too long` };
  let time = (k) => {
    let v = get(k);
    if (v === "") return Number.NaN;
    let t = Date.parse(v);
    return Number.isNaN(t) ? Number.POSITIVE_INFINITY : t;
  }, from = time("from"), to = time("to");
  if (from === Number.POSITIVE_INFINITY) return { error: "`from` is not a date" };
  if (to === Number.POSITIVE_INFINITY) return { error: "`to` is not a date" };
  let before = get("before") === "" ? Number.NaN : Number(get("before"));
  if (get("before") !== "" && !(Number.isSafeInteger(before) && before >= 0))
    return { error: "`before` is not a position" };
  let limit = get("limit") === "" ? 50 : Number(get("limit"));
  return Number.isInteger(limit) && limit >= 1 && limit <= MAX_LIMIT ? {
    text: get("q").trim().toLowerCase(),
    type: get("type"),
    tool: get("tool"),
    agent: get("agent"),
    session: get("session"),
    from,
    to,
    before,
    limit
  } : { error: `\`limit\` must be 1 to ${MAX_LIMIT}` };
}
var PLAIN = /^[a-z0-9 _.,:;!?()@#%+=/-]+$/;
function haystack(e) {
  return [e.event_type, e.agent_id, e.agent_type, e.data, e.tool_name, e.error, e.phase, e.session_id].filter((p) => typeof p == "string").join(" ").toLowerCase();
}
function lineMatches(line, needle) {
  if (needle && PLAIN.test(needle) && !line.toLowerCase().includes(needle)) return;
  let e = parseEventLine(line);
  return e && (!needle || haystack(e).includes(needle)) ? e : void 0;
}
function filterColumns(index, positions, f) {
  let code = (v) => v === "" ? 0 : index.strings.find(v), [type, tool, agent] = [code(f.type), code(f.tool), code(f.agent)];
  return type < 0 || tool < 0 || agent < 0 ? [] : positions.filter(
    (i) => (!type || index.type.a[i] === type) && (!tool || index.tool.a[i] === tool) && (!agent || index.agent.a[i] === agent)
  );
}
function searchHistory(index, q) {
  let code = (v) => v === "" ? 0 : index.strings.find(v), type = code(q.type), tool = code(q.tool), agent = code(q.agent), session = code(q.session), hits = [];
  if (type < 0 || tool < 0 || agent < 0 || session < 0) return { hits, scanned: 0 };
  let budget = READ_BUDGET, scanned = 0, i = (Number.isNaN(q.before) ? index.count : Math.min(q.before, index.count)) - 1, batch = [], held = 0, flush = () => {
    let lines = index.readLines(batch);
    for (let k = 0; k < batch.length && hits.length < q.limit; k++) {
      let e = lineMatches(lines[k], q.text);
      e && hits.push(hitOf(index, batch[k], e));
    }
    batch.length = 0, held = 0;
  };
  for (; i >= 0 && hits.length < q.limit && budget > 0; i--) {
    if (scanned++, type && index.type.a[i] !== type || tool && index.tool.a[i] !== tool || agent && index.agent.a[i] !== agent || session && index.session.a[i] !== session) continue;
    let t = index.time.a[i];
    if (!Number.isNaN(q.from) && t < q.from || !Number.isNaN(q.to) && t > q.to) continue;
    batch.push(i);
    let len = Math.min(index.length.a[i], READ_LINE_MAX);
    budget -= len, held += len, (batch.length >= 256 || held >= BATCH_BYTES) && flush();
  }
  flush();
  let next = hits.length >= q.limit ? hits[hits.length - 1].at : i + 1;
  return next > 0 ? { hits, next, scanned } : { hits, scanned };
}
function hitOf(index, at, e) {
  let str2 = (v, max) => typeof v == "string" ? v.slice(0, max) : "", session = index.strings.values[index.session.a[at]] ?? NO_SESSION;
  return {
    at,
    session,
    timestamp: str2(e.timestamp, 40),
    event_type: str2(e.event_type, 200),
    agent_id: str2(e.agent_id, 200),
    tool_name: str2(e.tool_name, 200),
    text: str2(
      e.error && !str2(e.data, 400).includes(str2(e.error, 200)) ? `${str2(e.data, 300)} \u2014 ${str2(e.error, 200)}` : e.data,
      500
    )
  };
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
  return s.replace(HEADERS, (m, open, name, quote, rest, at, all) => {
    let before = all.slice(Math.max(0, at - 2), at), close = quote || open || (before.endsWith('\\"') ? '\\"' : /["'`]$/.test(before) ? before.slice(-1) : '\\"'), end = rest.indexOf(close), value = end === -1 ? rest : rest.slice(0, end), after = end === -1 ? "" : rest.slice(end), head = m.slice(0, m.length - rest.length), scheme = /authorization$/i.test(name) ? /^[A-Za-z0-9-]{1,32}[ \t]+/.exec(value)?.[0] ?? "" : "", secret = value.slice(scheme.length).trim();
    return secret === "" || /^[{[]/.test(secret) || isPlaceholder(secret) || !quote && isCode(secret, "", !1) ? m : `${head}${scheme}${MASK}${after}`;
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
  let [whole2, name, closeQuote, sep, value] = m, valueAt = m.index + whole2.length - value.length, commaOk = !sep.includes(",") || closeQuote !== "" && /^["']/.test(value) && /\bdefine[ \t]*\([ \t]*["']$/i.test(s.slice(Math.max(0, m.index - 24), m.index)), rated = name.includes(" ") && !sep.includes(":") ? name.slice(name.lastIndexOf(" ") + 1) : name, rating = commaOk ? secretName(rated) : "no", codeLike = sep.trim() !== "=" || /\s/.test(sep), next = !codeLike && /^[A-Z0-9_]+$/.test(rated) ? "" : s[valueAt + value.length] ?? "", prose = sep.includes(":") && /^(?:[a-z]+|[0-9]+)$/.test(value) && /^[ \t]+[A-Za-z]/.test(s.slice(valueAt + value.length, valueAt + value.length + 4));
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
    (m, tag, text2, addHead, key, mid, value) => tag !== void 0 ? secretValue(secretName(tag), text2, "", !1) ? `<${tag}>${MASK}</${tag}>` : m : secretValue(secretName(key), value, "", !1) ? `${addHead}${key}${mid}${MASK}"` : m
  ) : s,
  (s) => s.includes("machine") ? s.replace(NETRC, (m, head, value) => isPlaceholder(value) ? m : `${head}${MASK}`) : s
], PLAIN2 = /^[\w./+~-]*$/;
function redactString(s) {
  if (PLAIN2.test(s)) return tokens(s);
  let out = s;
  for (let pass of PASSES) out = pass(out);
  return out;
}

// lib/events/redact.ts
var LOOKAHEAD = 4096, EDGE = 512;
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

// lib/monitor/otel-ids.ts
import { createHash as createHash3 } from "node:crypto";
function hashHex(domain, value, bytes) {
  let hex = createHash3("sha256").update(`2l-pack ${domain}\0${value}`).digest("hex").slice(0, bytes * 2);
  return /^0+$/.test(hex) ? `${hex.slice(0, -1)}1` : hex;
}
function traceIdOf(seed) {
  return hashHex("trace", seed, 16);
}
function spanIdOf(key) {
  return hashHex("span", key, 8);
}
function logUidOf(event) {
  return hashHex("log", JSON.stringify(event), 16);
}

// lib/monitor/otel-model.ts
var PAYLOAD_MAX = 4096, BODY_MAX = 8192, sessionKey = (sessionId) => `s:${sessionId}`, toolKey = (sessionId, toolUseId) => `t:${sessionId ?? ""}:${toolUseId}`, agentKey = (sessionId, agentId) => `a:${sessionId}:${agentId}`, SPAWNING_TOOLS = /* @__PURE__ */ new Set(["Agent", "Task"]), MAX_SPAWN_LINKS = 4096, MAX_ENDED = 4096;
function spawnedAgentId(e) {
  let p = e.payload;
  if (!p || typeof p != "object") return;
  let r = p.tool_response, id = r && typeof r == "object" ? r.agentId : void 0;
  return typeof id == "string" && id !== "" && id.length <= 120 ? id : void 0;
}
function subagentTypeOf(e) {
  let p = e.payload, input = p && typeof p == "object" ? p.tool_input : void 0, t = input && typeof input == "object" ? input.subagent_type : void 0;
  return typeof t == "string" ? t : void 0;
}
function idsOf(key, sessionId, parentKey) {
  return {
    traceId: traceIdOf(sessionId ?? key),
    spanId: spanIdOf(key),
    ...parentKey ? { parentSpanId: spanIdOf(parentKey) } : {}
  };
}
var OtelModel = class _OtelModel {
  counts = {
    events: 0,
    badTimestamps: 0,
    sessions: 0,
    agentSpans: 0,
    toolSpans: 0,
    logs: 0,
    unfinished: 0
  };
  sessions = /* @__PURE__ */ new Map();
  /** Tool calls in flight, by key. */
  tools = /* @__PURE__ */ new Map();
  /** Subagents in flight, by key. */
  agents = /* @__PURE__ */ new Map();
  /** Agent key → the call that reported spawning it (`tool_response.agentId`). */
  spawnedBy = /* @__PURE__ */ new Map();
  /** Per session, spawning calls in flight that no agent has been matched to yet, oldest first. */
  unmatchedSpawns = /* @__PURE__ */ new Map();
  /** Sessions whose span was closed (session_end, idle), oldest first. */
  ended = /* @__PURE__ */ new Set();
  /**
   * Subagents whose span was closed, oldest first: since tool calls come from
   * the transcript follower, a subagent's last call can be logged after its
   * SubagentStop; it nests under the closed span instead of opening it again.
   */
  endedAgents = /* @__PURE__ */ new Set();
  /**
   * What is open, as plain data: the live exporter keeps it beside its offset
   * so that a restart continues the spans it had opened (same start, same
   * parent) instead of rebuilding them from their completions.
   */
  snapshot() {
    return {
      v: 1,
      counts: { ...this.counts },
      sessions: [...this.sessions.values()].map((s) => ({ ...s })),
      tools: [...this.tools].map(([k, v]) => [k, { ...v }]),
      agents: [...this.agents].map(([k, v]) => [k, { ...v }]),
      spawnedBy: [...this.spawnedBy],
      unmatchedSpawns: [...this.unmatchedSpawns].map(([k, v]) => [k, v.map((x) => ({ ...x }))]),
      ended: [...this.ended],
      endedAgents: [...this.endedAgents]
    };
  }
  /** A model continuing from `snap`; a snapshot of another shape (another version) gives a fresh model. */
  static restore(snap) {
    let m = new _OtelModel(), s = snap;
    if (!s || s.v !== 1 || ![s.sessions, s.tools, s.agents, s.spawnedBy, s.unmatchedSpawns, s.ended].every(Array.isArray))
      return m;
    Object.assign(m.counts, s.counts);
    for (let x of s.sessions) m.sessions.set(x.id, { ...x });
    for (let [k, v] of s.tools) m.tools.set(k, { ...v });
    for (let [k, v] of s.agents) m.agents.set(k, { ...v });
    for (let [k, v] of s.spawnedBy) m.spawnedBy.set(k, v);
    for (let [k, v] of s.unmatchedSpawns) m.unmatchedSpawns.set(k, [...v]);
    for (let id of s.ended) m.ended.add(id);
    if (Array.isArray(s.endedAgents)) for (let k of s.endedAgents) m.endedAgents.add(k);
    return m;
  }
  add(e) {
    let t = Date.parse(e.timestamp);
    if (Number.isNaN(t))
      return this.counts.badTimestamps++, [];
    this.counts.events++;
    let ops = [], ended = e.session_id !== void 0 && this.ended.has(e.session_id), session = e.session_id && !ended ? this.session(e.session_id, t, ops) : void 0;
    session && (session.events++, session.lastMs = Math.max(session.lastMs, t), e.event_type === "stop_error" && (session.error = cleanString(e.error || e.data || "stop_error", 500)), e.event_type === "cost_update" && (session.cost = costAttributes(e.payload, "cumulative") ?? session.cost));
    let agent = session && e.source === "hook" && e.agent_id !== MAIN_AGENT ? this.agent(e, t, ops) : void 0, spanKey = agent ?? (e.session_id ? sessionKey(e.session_id) : void 0), close;
    return e.tool_use_id && (e.event_type === "tool_start" || e.event_type === "tool_complete" || e.event_type === "tool_error") ? { key: spanKey, close } = this.tool(e, t, session, spanKey, ops) : agent && e.event_type === "agent_complete" && this.agents.has(agent) && (close = this.closeAgent(agent, t)), ops.push(logOp(e, t, spanKey, spanKey ? idsOf(spanKey, e.session_id) : void 0)), this.counts.logs++, close && ops.push(close), session && e.event_type === "session_end" && ops.push(this.endSession(session)), ops;
  }
  /**
   * Close what a live reader will not see finished: sessions with no event
   * since `beforeMs` (a killed CLI writes no session_end), with their calls
   * and agents still open. Their spans end at the session's last event.
   */
  expire(beforeMs) {
    let ops = [];
    for (let s of [...this.sessions.values()])
      s.lastMs >= beforeMs || ops.push(...this.closeInside(s.id, s.lastMs), this.endSession(s));
    return ops;
  }
  /** Close every call, agent and session still open, each at its session's last event. */
  finish() {
    let ops = this.closeInside(void 0, void 0);
    this.unmatchedSpawns.clear(), this.spawnedBy.clear();
    for (let s of [...this.sessions.values()]) ops.push(this.endSession(s));
    return ops;
  }
  /** Calls and agents still open, of one session (or of all: `sessionId` undefined), closed as unfinished. */
  closeInside(sessionId, lastMs) {
    let ops = [], all = sessionId === void 0;
    for (let [key, call] of [...this.tools]) {
      if (!all && call.sessionId !== sessionId) continue;
      let s = call.sessionId === void 0 ? void 0 : this.sessions.get(call.sessionId);
      this.counts.unfinished++, this.tools.delete(key), ops.push({
        op: "close",
        key,
        endMs: Math.max(lastMs ?? s?.lastMs ?? call.startMs, call.startMs),
        attributes: { "2l.unfinished": !0 }
      });
    }
    for (let [key, a] of [...this.agents]) {
      if (!all && a.sessionId !== sessionId) continue;
      let close = this.closeAgent(
        key,
        Math.max(lastMs ?? this.sessions.get(a.sessionId)?.lastMs ?? a.startMs, a.startMs)
      );
      ops.push({ ...close, attributes: { ...close.attributes, "2l.unfinished": !0 } });
    }
    return all || this.unmatchedSpawns.delete(sessionId), ops;
  }
  /** The session span's close; the session is remembered as ended so that it never opens again. */
  endSession(s) {
    return this.sessions.delete(s.id), this.ended.size >= MAX_ENDED && this.ended.delete(this.ended.values().next().value), this.ended.add(s.id), {
      op: "close",
      key: s.key,
      endMs: s.lastMs,
      attributes: { "2l.events": s.events, "2l.tool_calls": s.tools, "2l.tool_errors": s.toolErrors, ...s.cost },
      ...s.error ? { error: s.error } : {}
    };
  }
  session(id, t, ops) {
    let s = this.sessions.get(id);
    return s || (s = { id, key: sessionKey(id), lastMs: t, events: 0, tools: 0, toolErrors: 0 }, this.sessions.set(id, s), this.counts.sessions++, ops.push({
      op: "open",
      key: s.key,
      name: "session",
      startMs: t,
      attributes: { "session.id": id },
      ...idsOf(s.key, id)
    })), s;
  }
  tool(e, t, session, parentKey, ops) {
    let key = toolKey(e.session_id, e.tool_use_id), open = this.tools.has(key), spawns = e.session_id !== void 0 && SPAWNING_TOOLS.has(e.tool_name ?? "");
    if (e.event_type === "tool_start")
      return open || (ops.push(this.openTool(e, key, t, parentKey)), this.tools.set(key, { ...e.session_id ? { sessionId: e.session_id } : {}, startMs: t }), spawns && !this.adoptOrphan(e.session_id, key, subagentTypeOf(e)) && this.pendingSpawns(e.session_id).push({ key, subagentType: subagentTypeOf(e) })), { key };
    if (!open) {
      let d = typeof e.duration_ms == "number" && e.duration_ms >= 0 ? e.duration_ms : 0;
      ops.push(this.openTool(e, key, t - d, parentKey));
    }
    this.tools.delete(key), spawns && this.spawnDone(e, key), session && (session.tools++, e.event_type === "tool_error" && session.toolErrors++);
    let attributes = {};
    typeof e.duration_ms == "number" && (attributes["2l.duration_ms"] = e.duration_ms);
    let close = { op: "close", key, endMs: t, attributes };
    return e.event_type === "tool_error" && (close.error = cleanString(e.error || e.data || "tool_error", 500)), { key, close };
  }
  openTool(e, key, startMs, parentKey) {
    return this.counts.toolSpans++, openToolOp(e, key, startMs, parentKey);
  }
  /**
   * A spawning call logged after the agent it started (tool calls come from
   * the transcript follower, SubagentStart from its hook; on 2.1.197 the agent
   * runs inside the call): the oldest open agent of the session that had no
   * call to hang from, of the type the call asked for if one is, moves under
   * it (sent at the agent's close). True when one was adopted.
   */
  adoptOrphan(sessionId, key, type) {
    let pick;
    for (let a of this.agents.values())
      if (!(!a.orphan || a.sessionId !== sessionId)) {
        if (a.type === type) {
          pick = a;
          break;
        }
        pick ??= a;
      }
    return pick ? (Object.assign(pick, { parentKey: key, moved: !0, orphan: !1 }), !0) : !1;
  }
  pendingSpawns(sessionId) {
    let list = this.unmatchedSpawns.get(sessionId);
    return list || this.unmatchedSpawns.set(sessionId, list = []), list;
  }
  /** A spawning call ended: it is no candidate any more; remember the agent it names, if any. */
  spawnDone(e, key) {
    let list = this.unmatchedSpawns.get(e.session_id), i = list?.findIndex((s) => s.key === key) ?? -1;
    i >= 0 && list.splice(i, 1), list?.length === 0 && this.unmatchedSpawns.delete(e.session_id);
    let spawned = spawnedAgentId(e);
    if (spawned === void 0) return;
    let aKey = agentKey(e.session_id, spawned), running = this.agents.get(aKey);
    if (running) {
      running.parentKey !== key && Object.assign(running, { parentKey: key, moved: !0 });
      return;
    }
    this.spawnedBy.size >= MAX_SPAWN_LINKS && this.spawnedBy.delete(this.spawnedBy.keys().next().value), this.spawnedBy.set(aKey, key);
  }
  /**
   * The call that spawned a subagent starting now: the one whose completion
   * named it (exact), else the oldest spawning call of its session still in
   * flight with no agent yet, preferring one that asked for this agent type
   * (2.1.197 runs the agent inside the call, and its completion comes after
   * the agent's stop). Parallel spawns of one type may be paired in the wrong
   * order; the span is then under a sibling call of the same session.
   */
  spawnerOf(sessionId, key, agentType) {
    let exact = this.spawnedBy.get(key);
    if (exact !== void 0)
      return this.spawnedBy.delete(key), exact;
    let list = this.unmatchedSpawns.get(sessionId);
    if (!list || list.length === 0) return;
    let i = list.findIndex((s) => s.subagentType === agentType);
    return i < 0 && (i = 0), list.splice(i, 1)[0].key;
  }
  /** The open span of the subagent that raised `e`, opened now if this is its first event. */
  agent(e, t, ops) {
    let sessionId = e.session_id, key = agentKey(sessionId, e.agent_id);
    if (this.agents.has(key) || this.endedAgents.has(key)) return key;
    let exact = this.spawnedBy.has(key), spawner = this.spawnerOf(sessionId, key, e.agent_type), parentKey = spawner ?? sessionKey(sessionId);
    this.agents.set(key, {
      sessionId,
      startMs: t,
      parentKey,
      ...spawner ? {} : { orphan: !0 },
      ...e.agent_type ? { type: e.agent_type } : {}
    }), this.counts.agentSpans++;
    let type = e.agent_type || "subagent";
    return ops.push({
      op: "open",
      key,
      parentKey,
      name: `invoke_agent ${type}`,
      startMs: t,
      attributes: {
        "gen_ai.operation.name": "invoke_agent",
        "gen_ai.agent.id": e.agent_id,
        "gen_ai.agent.name": type,
        "session.id": sessionId,
        ...spawner ? { "2l.agent.spawned_by": exact ? "reported" : "order" } : {}
      },
      ...idsOf(key, sessionId, parentKey)
    }), key;
  }
  closeAgent(key, endMs) {
    let a = this.agents.get(key);
    return this.agents.delete(key), this.endedAgents.size >= MAX_ENDED && this.endedAgents.delete(this.endedAgents.values().next().value), this.endedAgents.add(key), {
      op: "close",
      key,
      endMs: Math.max(endMs, a.startMs),
      ...a.moved ? { parentKey: a.parentKey, parentSpanId: spanIdOf(a.parentKey) } : {}
    };
  }
};
function openToolOp(e, key, startMs, parentKey) {
  let tool = e.tool_name || "unknown", attributes = {
    "gen_ai.operation.name": "execute_tool",
    "gen_ai.tool.name": tool,
    "gen_ai.tool.call.id": e.tool_use_id,
    "2l.agent.id": e.agent_id,
    "2l.phase": e.phase
  };
  return e.session_id && (attributes["session.id"] = e.session_id), {
    op: "open",
    key,
    ...parentKey ? { parentKey } : {},
    name: `execute_tool ${tool}`,
    startMs,
    attributes,
    ...idsOf(key, e.session_id, parentKey)
  };
}
function severityOf2(e) {
  return isErrorEvent(e.event_type) || typeof e.error == "string" && e.error !== "" ? "ERROR" : isWarningEvent(e.event_type) ? "WARN" : "INFO";
}
function logOp(e, t, spanKey, ids) {
  let attributes = {
    "log.record.uid": logUidOf(e),
    "2l.event_type": e.event_type,
    "2l.phase": e.phase,
    "2l.agent.id": e.agent_id,
    "2l.source": e.source
  };
  return e.session_id && (attributes["session.id"] = e.session_id), e.tool_name && (attributes["gen_ai.tool.name"] = e.tool_name), e.tool_use_id && (attributes["gen_ai.tool.call.id"] = e.tool_use_id), typeof e.duration_ms == "number" && (attributes["2l.duration_ms"] = e.duration_ms), typeof e.hook_ms == "number" && (attributes["2l.hook_ms"] = e.hook_ms), e.hook && (attributes["2l.hook"] = e.hook), e.agent_type && (attributes["2l.agent.type"] = e.agent_type), typeof e.error == "string" && e.error !== "" && (attributes["error.message"] = cleanString(e.error, 500)), e.payload !== void 0 && (attributes["2l.payload"] = cleanString(JSON.stringify(e.payload) ?? "", PAYLOAD_MAX)), e.event_type === METRIC_EVENT_TYPE && Object.assign(attributes, metricAttributes(e.payload)), e.event_type === "cost_update" && Object.assign(
    attributes,
    costAttributes(e.payload, "delta"),
    costAttributes(e.payload, "cumulative", "2l.cost.session")
  ), {
    op: "log",
    timeMs: t,
    severity: severityOf2(e),
    eventName: `2l.${e.event_type}`,
    body: cleanString(e.data, BODY_MAX),
    attributes,
    ...spanKey && ids ? { spanKey, traceId: ids.traceId, spanId: ids.spanId } : {}
  };
}
function metricAttributes(payload) {
  let m = readMetricPayload(payload);
  if (!m) return {};
  let out = { "2l.metric.name": m.name, "2l.metric.value": m.value };
  m.unit && (out["2l.metric.unit"] = m.unit);
  for (let [k, v] of Object.entries(m.labels ?? {})) out[`2l.metric.label.${k}`] = v;
  return out;
}
var KIND_ATTR = {
  input: "gen_ai.usage.input_tokens",
  output: "gen_ai.usage.output_tokens",
  cache_write_5m: "2l.usage.cache_write_5m_tokens",
  cache_write_1h: "2l.usage.cache_write_1h_tokens",
  cache_read: "2l.usage.cache_read_tokens"
};
function costAttributes(payload, which, prefix = "2l.cost") {
  let raw = (payload && typeof payload == "object" ? payload : {})[which], f = which === "cumulative" ? raw?.totals : raw;
  if (!f || typeof f != "object") return;
  let num4 = (v) => typeof v == "number" && Number.isFinite(v), out = {}, tokens2 = f.tokens && typeof f.tokens == "object" ? f.tokens : {}, tag = prefix === "2l.cost" ? "" : `${prefix}.`;
  for (let [k, name] of Object.entries(KIND_ATTR)) num4(tokens2[k]) && (out[`${tag}${name}`] = tokens2[k]);
  if (num4(f.usd) && (out[`${prefix}.usd`] = f.usd), num4(f.unpriced_tokens) && (out[`${prefix}.unpriced_tokens`] = f.unpriced_tokens), num4(f.requests) && (out[`${prefix}.requests`] = f.requests), which === "cumulative") {
    let agents = raw?.agents && typeof raw.agents == "object" ? raw.agents : {};
    for (let [id, a] of Object.entries(agents).slice(0, 50))
      num4(a?.usd) && (out[`2l.cost.agent.${cleanString(id, 64)}.usd`] = a.usd);
  }
  return out;
}

// lib/dashboard/session-detail.ts
var MAX_SPANS = 2e3, ORCHESTRATOR = "2l-orchestrator", text = (v) => typeof v == "string" ? v.slice(0, 200) : "";
function sessionDetail(id, events, costByAgent = {}) {
  let model = new OtelModel(), ops = [];
  for (let e of events) ops.push(...model.add(e.session_id ? e : { ...e, session_id: id }));
  ops.push(...model.finish());
  let open = /* @__PURE__ */ new Map();
  for (let op of ops)
    if (op.op === "open" && op.key !== sessionKey(id)) {
      let a = op.attributes, agent = text(a["gen_ai.agent.id"] ?? a["2l.agent.id"]) || MAIN_AGENT;
      open.set(op.key, {
        key: op.key,
        parentKey: op.parentKey,
        agent,
        name: text(a["gen_ai.tool.name"] ?? a["gen_ai.agent.name"]) || op.name,
        startMs: op.startMs,
        endMs: op.startMs
      });
    } else if (op.op === "close") {
      let s = open.get(op.key);
      if (!s) continue;
      s.endMs = op.endMs, op.error && (s.error = op.error.slice(0, 500)), op.attributes?.["2l.unfinished"] && (s.unfinished = !0), op.parentKey && (s.parentKey = op.parentKey);
    }
  let agentSpans = [...open.values()].filter((s) => s.key.startsWith("a:")), toolSpans = [...open.values()].filter((s) => s.key.startsWith("t:")), nodes = /* @__PURE__ */ new Map(), node = (nid, label, t, parent) => {
    let n = nodes.get(nid);
    return n || (n = { id: nid, label, startMs: t, endMs: t, tools: 0, failures: 0, toolNames: [], status: "running" }, parent !== void 0 && parent !== nid && (n.parent = parent), nodes.set(nid, n)), t && (t < n.startMs || !n.startMs) && (n.startMs = t), t > n.endMs && (n.endMs = t), n;
  }, first = events.length && Date.parse(events[0].timestamp) || 0;
  node(MAIN_AGENT, "main", first);
  for (let s of agentSpans) {
    let spawner = s.parentKey ? open.get(s.parentKey) : void 0, n = node(s.agent, s.name, s.startMs, spawner?.agent ?? MAIN_AGENT);
    n.endMs = Math.max(n.endMs, s.endMs), s.unfinished || (n.status = "completed");
  }
  for (let e of events) {
    if (e.source !== "emit") continue;
    let t = Date.parse(e.timestamp) || 0, aid = text(e.agent_id);
    if ((e.event_type === "plan_start" || e.event_type === "iteration_start") && node(ORCHESTRATOR, "2L orchestrator", t, MAIN_AGENT), !aid || !["agent_spawn", "agent_start", "agent_complete"].includes(e.event_type)) continue;
    node(ORCHESTRATOR, "2L orchestrator", t, MAIN_AGENT);
    let n = node(aid, text(e.agent_type) || aid.replace(/-\d+$/, ""), t, ORCHESTRATOR);
    e.event_type === "agent_complete" && (n.status = "completed");
  }
  let lastEnd = events.length && Date.parse(events[events.length - 1].timestamp) || 0, mainNode = nodes.get(MAIN_AGENT);
  mainNode.endMs = Math.max(mainNode.endMs, lastEnd);
  let counts = /* @__PURE__ */ new Map(), tools = /* @__PURE__ */ new Map();
  for (let s of toolSpans) {
    let n = node(s.agent, s.agent, s.startMs, MAIN_AGENT);
    n.tools++, s.error && n.failures++, n.endMs = Math.max(n.endMs, s.endMs);
    let c = counts.get(n.id);
    c || counts.set(n.id, c = /* @__PURE__ */ new Map()), c.set(s.name, (c.get(s.name) ?? 0) + 1);
    let row = tools.get(s.name);
    row || tools.set(s.name, row = { name: s.name, calls: 0, failures: 0, totalMs: 0, maxMs: 0 });
    let d = Math.max(0, s.endMs - s.startMs);
    row.calls++, row.totalMs += d, row.maxMs = Math.max(row.maxMs, d), s.error && row.failures++;
  }
  for (let e of events)
    if (isErrorEvent(e.event_type) && e.event_type !== "tool_error") {
      let n = nodes.get(text(e.agent_id));
      n && n.failures++;
    }
  if (events.some((e) => e.event_type === "session_end")) for (let n of nodes.values()) n.status = "completed";
  for (let n of nodes.values()) {
    n.toolNames = [...counts.get(n.id) ?? /* @__PURE__ */ new Map()].sort((a, b) => b[1] - a[1]).slice(0, 20);
    let cost = Object.hasOwn(costByAgent, n.id) ? costByAgent[n.id] : void 0;
    typeof cost == "number" && Number.isFinite(cost) && (n.costUsd = cost);
  }
  let keptTools = [...toolSpans].sort((a, b) => b.endMs - b.startMs - (a.endMs - a.startMs)).slice(0, MAX_SPANS).sort((a, b) => a.startMs - b.startMs), spanOf = (s, kind) => ({
    kind,
    agent: s.agent,
    name: s.name,
    startMs: s.startMs,
    endMs: Math.max(s.startMs, s.endMs),
    ...s.error ? { error: s.error } : {},
    ...s.unfinished ? { unfinished: !0 } : {}
  }), covered = new Set(agentSpans.map((a) => a.agent)), nodeSpans = [...nodes.values()].filter((n) => !covered.has(n.id)).map((n) => ({
    kind: "agent",
    agent: n.id,
    name: n.label,
    startMs: n.startMs,
    endMs: Math.max(n.startMs, n.endMs)
  }));
  return {
    agents: [...nodes.values()].sort((a, b) => a.startMs - b.startMs),
    tools: [...tools.values()].sort((a, b) => b.totalMs - a.totalMs),
    spans: [...nodeSpans, ...agentSpans.map((s) => spanOf(s, "agent")), ...keptTools.map((s) => spanOf(s, "tool"))],
    spansOmitted: toolSpans.length - keptTools.length
  };
}

// lib/dashboard/history.ts
var PAGE_EVENTS = 500, MAX_DETAIL_EVENTS = 5e4, MAX_DETAIL_BYTES = 64 << 20, MAX_LINE = 32768, FRESH_MS = 1e3, NO_FILTERS = { type: "", tool: "", agent: "", q: "" };
function forPage(l) {
  if (l === "") return [];
  if (l.length <= MAX_LINE) return [l];
  let e = parseEventLine(l);
  return e ? [shortLine(e, l.length)] : [];
}
var ProjectHistory = class {
  constructor(project, opts = {}) {
    this.project = project;
    this.index = new HistoryIndex(project, opts);
    let start = opts.after ? opts.after.then(
      () => {
      },
      () => {
      }
    ) : Promise.resolve();
    this.loaded = start.then(() => this.index.update()).then(() => {
      this.done = !0, this.updatedAt = Date.now();
    });
  }
  project;
  index;
  /** The first full read. */
  loaded;
  done = !1;
  updatedAt = 0;
  detailCache;
  progress() {
    return {
      read: this.index.read,
      total: this.index.total,
      events: this.index.count,
      sessions: this.index.sessionCount,
      loaded: this.done
    };
  }
  /** Read what was appended, when the last look is more than a moment old. */
  async fresh() {
    await this.loaded, !(Date.now() - this.updatedAt < FRESH_MS) && (await this.index.update(), this.updatedAt = Date.now());
  }
  async sessions() {
    return await this.fresh(), { sessions: this.index.sessionRows(), progress: this.progress() };
  }
  /**
   * One session, or undefined when the history has no session of that id. The
   * timeline is the page from `from` of the events the filters keep; the tree,
   * tools and waterfall are the whole session's (the page filters those).
   */
  async session(id, from, filters = NO_FILTERS) {
    await this.fresh();
    let row = this.index.sessionRow(id);
    if (!row) return;
    let positions = this.index.positionsOf(id), kept = filterColumns(this.index, positions, filters), lines, start;
    if (filters.q) {
      let scan = this.newestWithin(kept), all = this.index.readLines(scan), hits = scan.flatMap((p, k) => lineMatches(all[k], filters.q) ? [k] : []);
      kept = hits.map((k) => scan[k]), start = Math.max(0, Math.min(from, kept.length)), lines = hits.slice(start, start + PAGE_EVENTS).map((k) => all[k]);
    } else
      start = Math.max(0, Math.min(from, kept.length)), lines = this.index.readLines(kept.slice(start, start + PAGE_EVENTS));
    return {
      session: row,
      events: { total: kept.length, from: start, lines: lines.flatMap(forPage) },
      detail: this.detail(id, positions, row)
    };
  }
  detail(id, positions, row) {
    let c = this.detailCache;
    if (c && c.id === id && c.count === positions.length) return c.detail;
    let used = this.newestWithin(positions), events = [];
    for (let l of this.index.readLines(used)) {
      let e = l ? parseEventLine(l) : void 0;
      e && events.push(e);
    }
    let detail = {
      ...sessionDetail(id, events, row.costByAgent),
      events: events.length,
      truncated: used.length < positions.length
    };
    return this.detailCache = { id, count: positions.length, detail }, detail;
  }
  /** The newest of `positions` whose lines fit MAX_DETAIL_EVENTS and MAX_DETAIL_BYTES (what one answer may read). */
  newestWithin(positions) {
    let bytes = 0, k = positions.length;
    for (; k > 0 && positions.length - k < MAX_DETAIL_EVENTS && (bytes += Math.min(this.index.length.a[positions[k - 1]], READ_LINE_MAX), !(bytes > MAX_DETAIL_BYTES)); )
      k--;
    return positions.slice(k);
  }
  async search(params) {
    let q = parseSearch(params);
    return "error" in q ? q : (await this.fresh(), searchHistory(this.index, q));
  }
};

// lib/dashboard/projects.ts
import { createHash as createHash4 } from "node:crypto";
import fs15 from "node:fs";
import path19 from "node:path";

// lib/monitor/alert-store.ts
import path18 from "node:path";
var ALERT_STATE_FILE = "alerts-state.json", STALE_LOCK_MS2 = 1e4, MAX_STATE_BYTES2 = 1024 * 1024;
function alertStatePath(projectDir) {
  return path18.join(stateDir(projectDir), ALERT_STATE_FILE);
}
function loadAlertState(projectDir) {
  checkPrivateDir(stateDir(projectDir));
  let text2;
  try {
    text2 = readRegularText(alertStatePath(projectDir), MAX_STATE_BYTES2);
  } catch (err) {
    if (isUnsafePath(err) && err.reason === "too-big") return emptyAlertState();
    throw err;
  }
  try {
    return text2 === void 0 ? emptyAlertState() : parseAlertState(JSON.parse(text2));
  } catch {
    return emptyAlertState();
  }
}
function readAlertState(projectDir) {
  try {
    return loadAlertState(projectDir);
  } catch {
    return emptyAlertState();
  }
}
function pendingChanged(a, b) {
  let pending = (s) => Object.values(s.active).filter((x) => x.state === "pending").map((x) => `${x.key}@${x.since}`).sort().join(`
`);
  return pending(a) !== pending(b);
}
function why(err) {
  return isUnsafePath(err) ? `refused ${err.message}` : errorCode(err) ?? errorMessage(err);
}
function transitionEvent(a, kind, now) {
  let critical = a.severity === "critical";
  return newEvent(
    "performance_alert",
    `${kind === "begun" ? critical ? "Critical" : "Alert" : critical ? "Escalated to critical" : "Back to warning"}: ${describeAlert(a)}`,
    {
      payload: {
        key: a.key,
        state: "breach",
        severity: a.severity ?? "warning",
        label: a.label,
        value: a.value,
        target: a.target,
        ...a.critical !== void 0 ? { critical: a.critical } : {},
        unit: a.unit,
        since: a.since
      }
    },
    now
  );
}
function recordWith(projectDir, now, plan, settings) {
  let dir = stateDir(projectDir);
  try {
    checkPrivateDir(dir);
  } catch (err) {
    let code = errorCode(err);
    return {
      outcome: void 0,
      skipped: code === "ENOENT" || code === "ENOTDIR" ? "no .2L folder" : `alerts not recorded: ${why(err)}`
    };
  }
  let lock = path18.join(dir, ".alerts.lock");
  try {
    if (!takeStateLock(lock, { staleMs: STALE_LOCK_MS2, takeOverStale: !0 }))
      return { outcome: void 0, skipped: "another run is recording alerts" };
  } catch (err) {
    return { outcome: void 0, skipped: `cannot lock ${path18.join(".2L", ".alerts.lock")}: ${why(err)}` };
  }
  try {
    let { state, measurements, owns, save } = plan(loadAlertState(projectDir)), outcome = reconcile(state, measurements, owns, now, settings), saveState = () => atomicWriteFileSync(alertStatePath(projectDir), `${JSON.stringify(outcome.next)}
`, {
      mode: 384,
      keepMode: !1
    });
    if (outcome.begun.length === 0 && outcome.changed.length === 0 && outcome.resolved.length === 0)
      return (save || pendingChanged(state, outcome.next)) && saveState(), { outcome };
    saveState();
    let events = [
      ...outcome.begun.map((a) => transitionEvent(a, "begun", now)),
      ...outcome.changed.map((a) => transitionEvent(a, "changed", now)),
      ...outcome.resolved.map((a) => {
        let back = a.now === void 0 ? "no recent data" : `now ${formatValue2(a.now, a.unit)}`;
        return newEvent(
          "performance_alert",
          `Resolved: ${a.label} back within target ${formatValue2(a.target, a.unit)} (${back})`,
          {
            payload: {
              key: a.key,
              state: "resolved",
              severity: a.severity ?? "warning",
              label: a.label,
              value: a.now ?? null,
              target: a.target,
              unit: a.unit,
              since: a.since
            }
          },
          now
        );
      })
    ];
    for (let e of events) appendEvent(projectDir, e);
    return { outcome, events };
  } catch (err) {
    return { outcome: void 0, skipped: `alerts not recorded: ${why(err)}` };
  } finally {
    releaseStateLock(lock);
  }
}

// lib/dashboard/projects.ts
var MAX_OPEN = 6, TAIL_EVENTS = 400;
function projectKey(project) {
  return createHash4("sha256").update(project).digest("hex").slice(0, 16);
}
function liveSessionsOf(lines, now) {
  let last = /* @__PURE__ */ new Map();
  for (let l of lines) {
    let e = parseEventLine(l);
    if (!e?.session_id) continue;
    let t = Date.parse(e.timestamp);
    last.set(e.session_id, { t: Number.isNaN(t) ? 0 : t, ended: e.event_type === "session_end" });
  }
  let n = 0;
  for (let s of last.values()) !s.ended && now - s.t < LIVE_MS && n++;
  return n;
}
var Projects = class {
  constructor(current, currentHistory, env = process.env, now = Date.now) {
    this.current = current;
    this.currentHistory = currentHistory;
    this.env = env;
    this.now = now;
  }
  current;
  currentHistory;
  env;
  now;
  open = /* @__PURE__ */ new Map();
  /** This project first, then the registry's usable ones. */
  paths() {
    let out = [this.current];
    for (let e of readRegistry(this.env)) e.path !== this.current && usableProject(e.path) && out.push(e.path);
    return out;
  }
  async list() {
    let rows = [];
    for (let p of this.paths()) {
      let log = eventsPath(p), st = fs15.lstatSync(log, { throwIfNoEntry: !1 }), lines = st?.isFile() ? await readTail(log, TAIL_EVENTS).catch(() => []) : [], alerts = Object.values(readAlertState(p).active);
      rows.push({
        key: projectKey(p),
        name: path19.basename(p),
        path: p,
        current: p === this.current,
        lastActivity: st?.isFile() ? new Date(st.mtimeMs).toISOString() : "",
        liveSessions: liveSessionsOf(lines, this.now()),
        alertsFiring: alerts.filter((a) => a.state !== "pending").length,
        alertsPending: alerts.filter((a) => a.state === "pending").length
      });
    }
    return rows.sort((a, b) => Number(b.current) - Number(a.current) || (a.lastActivity < b.lastActivity ? 1 : -1));
  }
  /** The history of the project `key` names (none: this server's); undefined when no usable project has that key. */
  history(key) {
    if (!key || key === projectKey(this.current)) return this.currentHistory;
    let p = this.paths().find((x) => projectKey(x) === key);
    if (!p) return;
    let h = this.open.get(p);
    for (h ? this.open.delete(p) : h = new ProjectHistory(p), this.open.set(p, h); this.open.size > MAX_OPEN; ) this.open.delete(this.open.keys().next().value);
    return h;
  }
};

// lib/monitor/resource-sampler.ts
import fs16 from "node:fs";
import os3 from "node:os";
import path20 from "node:path";
var TICKS_PER_SECOND = 100;
function readText(file) {
  try {
    return fs16.readFileSync(file, "utf8");
  } catch {
    return;
  }
}
var ResourceSampler = class _ResourceSampler {
  proc;
  packDir;
  selfPid;
  projectReal;
  prev;
  constructor(project, opts = {}) {
    this.proc = opts.procRoot ?? "/proc", this.packDir = opts.packDir ?? path20.dirname(process.argv[1] ?? ""), this.selfPid = opts.selfPid ?? process.pid;
    let real = path20.resolve(project);
    try {
      real = fs16.realpathSync(real);
    } catch {
    }
    this.projectReal = real;
  }
  static supported(procRoot = "/proc") {
    return process.platform === "linux" && fs16.existsSync(path20.join(procRoot, "self", "stat"));
  }
  sample(nowMs = Date.now()) {
    if (!_ResourceSampler.supported(this.proc)) return;
    let cpuBefore = process.cpuUsage(), procs = /* @__PURE__ */ new Map();
    for (let name of fs16.readdirSync(this.proc)) {
      if (!/^\d+$/.test(name)) continue;
      let info = parseProcStat(readText(path20.join(this.proc, name, "stat")) ?? "");
      info && procs.set(info.pid, info);
    }
    let roots = [], packRoots = [this.selfPid];
    for (let p of procs.values()) {
      let nodeLike = p.comm === "node" || p.comm === "bun" || p.comm.startsWith("node-");
      if (p.comm !== "claude" && !nodeLike) continue;
      let cmdline = nodeLike ? readText(path20.join(this.proc, String(p.pid), "cmdline")) ?? "" : "";
      if (nodeLike && this.packDir.length > 1 && cmdline.includes(`${this.packDir}${path20.sep}`) && packRoots.push(p.pid), p.comm === "claude" || /claude-code|[/\0]claude(\0|$)/.test(cmdline)) {
        let cwd;
        try {
          cwd = fs16.readlinkSync(path20.join(this.proc, String(p.pid), "cwd"));
        } catch {
        }
        cwd === this.projectReal && roots.push(p.pid);
      }
    }
    let claude = descendants(procs, roots), pack = new Set([...descendants(procs, packRoots)].filter((pid) => !claude.has(pid) || pid === this.selfPid)), uptimeTicks = Math.round(
      Number((readText(path20.join(this.proc, "uptime")) ?? "0").split(" ")[0]) * TICKS_PER_SECOND
    ), interval = this.prev ? nowMs - this.prev.at : 0, figures = (members, before) => {
      let rss = 0;
      for (let pid of members) rss += parseVmRss(readText(path20.join(this.proc, String(pid), "status")) ?? "");
      let used = ticksSince(procs, members, before, this.prev?.uptimeTicks), cpu = interval > 0 ? used * 1e3 / TICKS_PER_SECOND / interval * 100 : 0;
      return { pids: members.size, cpu_pct: Math.round(cpu * 10) / 10, rss_bytes: rss };
    }, ticksOf = (members) => new Map([...members].map((pid) => [pid, procs.get(pid).ticks])), sample = {
      interval_ms: interval,
      claude: { ...figures(claude, this.prev?.claude), roots: roots.length },
      pack: figures(pack, this.prev?.pack),
      machine: this.machine(),
      cost_ms: 0
    };
    this.prev = { at: nowMs, uptimeTicks, claude: ticksOf(claude), pack: ticksOf(pack) };
    let spent = process.cpuUsage(cpuBefore);
    return sample.cost_ms = Math.round((spent.user + spent.system) / 100) / 10, sample;
  }
  machine() {
    let [load1, load5, load15] = os3.loadavg(), round2 = (n) => Math.round(n * 100) / 100;
    return {
      load1: round2(load1),
      load5: round2(load5),
      load15: round2(load15),
      mem_available_bytes: os3.freemem(),
      mem_total_bytes: os3.totalmem(),
      cpus: os3.availableParallelism()
    };
  }
};

// lib/dashboard/resource-loop.ts
function startResourceLoop(project, opts) {
  let everyMs = opts.everyMs ?? 1e4, activeForMs = opts.activeForMs ?? 5 * 6e4;
  if (!opts.sampler && !ResourceSampler.supported()) return { stop() {
  } };
  let sampler = opts.sampler ?? new ResourceSampler(project), write = opts.write ?? ((sample) => appendEvent(
    project,
    newEvent(
      RESOURCE_EVENT_TYPE,
      `claude ${sample.claude.cpu_pct} % ${Math.round(sample.claude.rss_bytes / 1048576)} MiB`,
      {
        source: "emit",
        agent_id: "dashboard",
        payload: sample
      }
    )
  )), tick = resourceTicker(opts.lastActivity, sampler, write, activeForMs), timer = setInterval(tick, everyMs);
  return timer.unref(), { stop: () => clearInterval(timer) };
}
function resourceTicker(lastActivity, sampler, write, activeForMs, now = Date.now) {
  let primed = !1, running = !1;
  return () => {
    let last = lastActivity();
    if (!(last !== void 0 && now() - Date.parse(last) < activeForMs)) {
      primed = !1;
      return;
    }
    try {
      let sample = sampler.sample();
      sample && primed && (sample.claude.pids > 0 || running) && (write(sample), running = sample.claude.pids > 0), primed = sample !== void 0;
    } catch {
      primed = !1;
    }
  };
}

// lib/monitor/prune-command.ts
import fs17 from "node:fs";
import path21 from "node:path";

// lib/monitor/retention.ts
var import_yaml4 = __toESM(require_dist(), 1);
var DEFAULT_RETENTION = { max_age_days: 30, max_total_mb: 300 }, BOUNDS = {
  max_age_days: [1, 3650],
  max_total_mb: [1, 1e6]
}, SETTLE_MS = 6e4, DAY = 864e5, MB = 1e6;
function parseRetention(text2, label) {
  let config = { ...DEFAULT_RETENTION }, errors = [], parsed2 = configRoot(text2, label);
  if (!parsed2) return { config, errors };
  let { root, where } = parsed2, section = root.get("retention", !0);
  if (section === void 0 || (0, import_yaml4.isScalar)(section) && section.value === null) return { config, errors };
  if (!(0, import_yaml4.isMap)(section))
    return errors.push(`${where(section)}: \`retention\` must be a mapping (max_age_days, max_total_mb); ignored`), { config, errors };
  for (let item of section.items) {
    let key = (0, import_yaml4.isScalar)(item.key) ? String(item.key.value) : "", at = where(item.key);
    if (key !== "max_age_days" && key !== "max_total_mb") {
      errors.push(`${at}: unknown key \`retention.${key.slice(0, 40)}\`; ignored (known: max_age_days, max_total_mb)`);
      continue;
    }
    let v = (0, import_yaml4.isScalar)(item.value) ? item.value.value : void 0, [lo, hi] = BOUNDS[key];
    v === null ? config[key] = null : typeof v == "number" && Number.isFinite(v) && v >= lo && v <= hi ? config[key] = v : errors.push(`${at}: \`retention.${key}\` must be a number from ${lo} to ${hi}, or null; ignored`);
  }
  return { config, errors };
}
function planPrune(files, config, now) {
  let plan = { remove: [], kept: 0, kept_bytes: 0, refused: [] }, candidates = [];
  for (let f of files)
    f.archive && (f.regular ? f.foreign ? plan.refused.push({ name: f.name, why: "owned by another user: left alone" }) : candidates.push(f) : plan.refused.push({ name: f.name, why: "not a regular file (a link, FIFO or folder): left alone" }));
  candidates.sort((a, b) => b.mtimeMs - a.mtimeMs);
  let total = 0;
  for (let f of candidates) {
    let age = now - f.mtimeMs, settled = age >= SETTLE_MS;
    settled && config.max_age_days !== null && age > config.max_age_days * DAY ? plan.remove.push({ ...f, why: `older than ${config.max_age_days} days` }) : settled && config.max_total_mb !== null && total + f.bytes > config.max_total_mb * MB ? plan.remove.push({ ...f, why: `past ${config.max_total_mb} MB of archives` }) : (total += f.bytes, plan.kept++);
  }
  return plan.kept_bytes = total, plan.remove.reverse(), plan;
}

// lib/monitor/prune-command.ts
var shown = (name) => clip(stripControls(name), 120), mb = (b) => `${(b / 1e6).toFixed(1)} MB`;
function applyPrune(plan) {
  let removed = [], failed = [];
  for (let f of plan.remove) {
    let now = fs17.lstatSync(f.path, { throwIfNoEntry: !1 });
    if (now) {
      if (!now.isFile() || now.dev !== f.dev || now.ino !== f.ino || now.size !== f.bytes) {
        failed.push({ name: f.name, why: "changed since it was listed; left alone" });
        continue;
      }
      try {
        fs17.unlinkSync(f.path), removed.push(f), removeSidecars(f.path, ARCHIVE_SIDECAR_KINDS);
      } catch (err) {
        errorCode(err) !== "ENOENT" && failed.push({ name: f.name, why: errorCode(err) ?? String(err) });
      }
    }
  }
  return removed.length > 0 && removeChainStates(path21.dirname(removed[0].path), ARCHIVE_SIDECAR_KINDS), { removed, failed };
}
function runPrune(args, now = Date.now()) {
  let dir = stateDir(args.project);
  try {
    checkPrivateDir(dir);
  } catch (err) {
    let code2 = errorCode(err);
    throw code2 === "ENOENT" || code2 === "ENOTDIR" ? new UserError(`no .2L folder in \`${shown(args.project)}\`: nothing to prune`, 2) : new UserError(`\`${shown(dir)}\`: ${isUnsafePath(err) ? refusalText(err) : String(err)}`, 2);
  }
  let read = readConfigText(args.project), { config, errors } = read.text === void 0 ? { config: void 0, errors: read.errors } : parseRetention(read.text, path21.join(".2L", "config.yaml")), plan = planPrune(statLogFiles(args.project), config ?? DEFAULT_RETENTION, now), lines = errors.map((e) => `warning: ${e}`);
  for (let r of plan.refused) lines.push(`skipped ${shown(r.name)}: ${r.why}`);
  let verb = args.dryRun ? "would remove" : "removed", code = 0, gone = plan.remove;
  if (!args.dryRun) {
    let r = applyPrune(plan);
    gone = plan.remove.filter((f) => r.removed.includes(f));
    for (let f of r.failed) lines.push(`not removed ${shown(f.name)}: ${f.why}`);
    r.failed.length > 0 && (code = 1);
  }
  for (let f of gone) lines.push(`${verb} ${shown(f.name)} (${mb(f.bytes)}, ${f.why})`);
  let freed = gone.reduce((s, f) => s + f.bytes, 0);
  return lines.push(
    gone.length === 0 ? `nothing to prune: ${plan.kept} archives, ${mb(plan.kept_bytes)}` : `${verb} ${gone.length} archives (${mb(freed)}); ${plan.kept} kept (${mb(plan.kept_bytes)})`
  ), { output: `${lines.join(`
`)}
`, code };
}

// lib/monitor/live-alerts.ts
import fs21 from "node:fs";
import path25 from "node:path";
import { performance } from "node:perf_hooks";

// lib/monitor/ops-checks.ts
var KEEP_CHECKS = 20, CRITICAL_STREAK = 3, num3 = (v) => typeof v == "number" && Number.isFinite(v) && v >= 0 ? v : void 0, str = (v, max) => typeof v == "string" ? v.slice(0, max) : void 0, OpsChecks = class {
  db = [];
  starts = [];
  add(e) {
    if (e.event_type === "db_check") {
      let p = e.payload && typeof e.payload == "object" ? e.payload : {}, outcome = str(p.outcome, 40) ?? (e.error ? "error" : "ok"), fix = str(p.fix, 400), ms = num3(p.wall_ms);
      this.db.push({
        at: e.timestamp,
        ok: outcome === "ok" && !e.error,
        outcome,
        ...ms !== void 0 ? { ms } : {},
        ...fix ? { fix } : {}
      }), this.db.length > KEEP_CHECKS && this.db.shift();
    } else if (e.event_type === "dashboard_start") {
      let ms = num3(e.duration_ms);
      if (ms === void 0) return;
      let raw = e.payload?.phases, phases = {};
      if (raw && typeof raw == "object")
        for (let [k, v] of Object.entries(raw).slice(0, 8)) num3(v) !== void 0 && (phases[k.slice(0, 40)] = v);
      this.starts.push({ at: e.timestamp, ms, phases }), this.starts.length > KEEP_CHECKS && this.starts.shift();
    }
  }
  dbSnapshot() {
    let ok = this.db.filter((c) => c.ok).length, streak = 0;
    for (let i = this.db.length - 1; i >= 0 && !this.db[i].ok; i--) streak++;
    return {
      recent: [...this.db],
      ok,
      success_rate: this.db.length ? ok / this.db.length : null,
      failing_streak: streak
    };
  }
  startsSnapshot() {
    let sorted = this.starts.map((s) => s.ms).sort((a, b) => a - b), last = this.starts.at(-1);
    return sorted.length === 0 ? { count: 0 } : {
      count: sorted.length,
      p50: percentile(sorted, 50),
      p95: percentile(sorted, 95),
      p99: percentile(sorted, 99),
      max: sorted.at(-1),
      ...last ? { last } : {}
    };
  }
};

// lib/monitor/live-metrics.ts
var MAX_SAMPLES = 1e3, MAX_SERIES = 500, MAX_OPEN2 = 2e3, PROCESSING_WINDOW_MS = 6e4, RATE_BUCKETS = 60;
function lowerBound(a, v) {
  let lo = 0, hi = a.length;
  for (; lo < hi; ) {
    let mid = lo + hi >>> 1;
    a[mid] < v ? lo = mid + 1 : hi = mid;
  }
  return lo;
}
var Series = class {
  t = [];
  v = [];
  /** Index of the oldest live sample in `t`/`v` (dropped ones are compacted away now and then). */
  head = 0;
  sorted = [];
  sum = 0;
  add(time, value) {
    this.t.push(time), this.v.push(value), this.sorted.splice(lowerBound(this.sorted, value), 0, value), this.sum += value, this.size > MAX_SAMPLES && this.dropOldest(this.size - MAX_SAMPLES);
  }
  dropOldest(n) {
    for (let k = 0; k < n; k++) {
      let value = this.v[this.head];
      this.sorted.splice(lowerBound(this.sorted, value), 1), this.sum -= value, this.head++;
    }
    this.head > 1024 && this.head * 2 > this.t.length && (this.t = this.t.slice(this.head), this.v = this.v.slice(this.head), this.head = 0);
  }
  evict(before) {
    let n = 0;
    for (; this.head + n < this.t.length && this.t[this.head + n] < before; ) n++;
    n > 0 && this.dropOldest(n);
  }
  get size() {
    return this.t.length - this.head;
  }
  stat(stat) {
    let n = this.size;
    if (n !== 0)
      return stat === "last" ? this.v[this.v.length - 1] : stat === "mean" ? this.sum / n : stat === "max" ? this.sorted[n - 1] : stat === "min" ? this.sorted[0] : percentile(this.sorted, 95);
  }
}, Rate = class {
  constructor(bucketMs) {
    this.bucketMs = bucketMs;
  }
  bucketMs;
  buckets = /* @__PURE__ */ new Map();
  add(time, bad) {
    let k = Math.floor(time / this.bucketMs), b = this.buckets.get(k);
    b || (b = { n: 0, bad: 0 }, this.buckets.set(k, b)), b.n++, bad && b.bad++;
  }
  read(since) {
    let from = Math.floor(since / this.bucketMs), n = 0, bad = 0;
    for (let [k, b] of this.buckets)
      k < from ? this.buckets.delete(k) : (n += b.n, bad += b.bad);
    return { n, bad };
  }
};
function capSet(map, max) {
  for (; map.size > max; ) map.delete(map.keys().next().value);
}
var LiveMetrics = class {
  constructor(windowMs) {
    this.windowMs = windowMs;
    let bucket = Math.max(1e3, Math.ceil(windowMs / RATE_BUCKETS));
    this.toolRate = new Rate(bucket), this.hookRate = new Rate(bucket);
  }
  windowMs;
  tools = /* @__PURE__ */ new Map();
  metrics = /* @__PURE__ */ new Map();
  hookMs = new Series();
  processing = new Series();
  refresh = new Series();
  agentSpawn = new Series();
  sessionInit = new Series();
  toolRate;
  hookRate;
  openAgents = /* @__PURE__ */ new Map();
  openSessions = /* @__PURE__ */ new Map();
  /** `/2l-setup-db` checks and `/2l-dashboard` starts, judged by count rather than the window. */
  ops = new OpsChecks();
  /** Newest event time seen: malformed lines have no time of their own. */
  latest = 0;
  /** One event, in log order. Times come from the event (a future one counts as `now`). */
  add(e, now = Date.now()) {
    let time = Date.parse(e.timestamp);
    (Number.isNaN(time) || time > now) && (time = now), time > this.latest && (this.latest = time), this.hookRate.add(time, e.source === "hook" && !!e.error && !isErrorEvent(e.event_type)), typeof e.hook_ms == "number" && Number.isFinite(e.hook_ms) && e.hook_ms >= 0 && this.hookMs.add(time, e.hook_ms);
    let type = e.event_type;
    if ((type === "tool_complete" || type === "tool_error") && e.tool_name && (this.toolRate.add(time, type === "tool_error"), typeof e.duration_ms == "number" && Number.isFinite(e.duration_ms) && e.duration_ms >= 0 && this.series(this.tools, e.tool_name)?.add(time, e.duration_ms)), type === "metric") {
      let m = readMetricPayload(e.payload);
      m && this.series(this.metrics, m.name)?.add(time, m.value);
    }
    this.trackSpawn(e, time), this.trackInit(e, time), (type === "db_check" || type === "dashboard_start") && this.ops.add(e);
  }
  /** A line that is not an event: counts toward the hook error rate. */
  addMalformed(now = Date.now()) {
    this.hookRate.add(this.latest || now, !0);
  }
  /** The pipeline's time for one event, measured by whoever runs the pipeline (the server). */
  addProcessing(ms, now = Date.now()) {
    Number.isFinite(ms) && ms >= 0 && this.processing.add(now, ms);
  }
  /** The dashboard page's time from an event arriving to it being painted, as the browser measured it. */
  addRefresh(ms, now = Date.now()) {
    Number.isFinite(ms) && ms >= 0 && this.refresh.add(now, ms);
  }
  series(map, name) {
    let s = map.get(name);
    if (!s) {
      if (map.size >= MAX_SERIES) return;
      s = new Series(), map.set(name, s);
    }
    return s;
  }
  /** SubagentStart (hook) or 2L `agent_spawn` → the first tool event of the same agent id. */
  trackSpawn(e, time) {
    let type = e.event_type;
    if (type === "agent_start" && e.source === "hook" && e.agent_type !== "" || type === "agent_spawn")
      this.openAgents.has(e.agent_id) || (this.openAgents.set(e.agent_id, time), capSet(this.openAgents, MAX_OPEN2));
    else if (type.startsWith("tool_") || type === "agent_complete") {
      let began = this.openAgents.get(e.agent_id);
      if (began === void 0) return;
      this.openAgents.delete(e.agent_id), type !== "agent_complete" && this.agentSpawn.add(time, Math.max(0, time - began));
    }
  }
  /** SessionStart (`startup`) → the session's first prompt. */
  trackInit(e, time) {
    if (e.session_id) {
      if (e.event_type === "session_start") {
        let source = e.payload?.source;
        (source === void 0 || source === "startup") && (this.openSessions.set(e.session_id, time), capSet(this.openSessions, MAX_OPEN2));
      } else if (e.event_type === "user_prompt") {
        let began = this.openSessions.get(e.session_id);
        if (began === void 0) return;
        this.openSessions.delete(e.session_id), this.sessionInit.add(time, Math.max(0, time - began));
      }
    }
  }
  /**
   * Each target with enough recent samples, measured against its threshold.
   * `now` sets the window; targets that are off (null) or short of samples are left out.
   */
  measure(config, now) {
    let { targets, alerts } = config, since = now - this.windowMs, min = alerts.min_samples, out = [], crit = (key, target, cap) => criticalOf(config, key, target, cap), p95 = (key, label, s, target, configKey, need = min, from = since) => {
      s.evict(from);
      let v = target === null || s.size < need ? void 0 : s.stat("p95");
      if (v === void 0) return;
      let critical = crit(configKey, target);
      out.push({
        key,
        label,
        value: v,
        target,
        ...critical !== void 0 ? { critical } : {},
        unit: "ms",
        samples: s.size
      });
    };
    p95("hook_ms.p95", "hook p95", this.hookMs, targets.hook_ms, "hook_ms"), p95(
      "event_processing_ms",
      "event processing p95",
      this.processing,
      targets.event_processing_ms,
      "event_processing_ms",
      min,
      Math.max(since, now - PROCESSING_WINDOW_MS)
    );
    let fewer = Math.min(min, 5);
    p95(
      "dashboard_refresh_ms",
      "dashboard refresh p95",
      this.refresh,
      targets.dashboard_refresh_ms,
      "dashboard_refresh_ms",
      fewer
    ), p95("agent_spawn_ms.p95", "agent spawn p95", this.agentSpawn, targets.agent_spawn_ms, "agent_spawn_ms", fewer), p95("session_init_ms.p95", "session init p95", this.sessionInit, targets.session_init_ms, "session_init_ms", fewer);
    for (let [tool, s] of this.tools)
      p95(`tool.${tool}.p95`, `${tool} p95`, s, toolTarget(targets, tool), "tool_p95_ms");
    let rate2 = (key, label, r, target) => {
      if (target === null || r.n < min) return;
      let critical = crit(key, target, 1);
      out.push({
        key,
        label,
        value: r.bad / r.n,
        target,
        ...critical !== void 0 ? { critical } : {},
        unit: "ratio",
        samples: r.n
      });
    };
    rate2("error_rate", "hook error rate", this.hookRate.read(since), targets.error_rate), rate2("tool_failure_rate", "tool failure rate", this.toolRate.read(since), targets.tool_failure_rate), out.push(...this.measureOps(config));
    for (let [name, t] of Object.entries(targets.metrics)) {
      let s = this.metrics.get(name);
      if (!s) continue;
      s.evict(since);
      let v = s.size >= t.min_samples ? s.stat(t.stat) : void 0;
      if (v === void 0) continue;
      let below = t.min !== void 0;
      out.push({
        key: `metric.${name}`,
        label: `${name} ${t.stat}`,
        value: v,
        target: below ? t.min : t.max,
        ...t.critical !== void 0 ? { critical: t.critical } : {},
        ...below ? { below: !0 } : {},
        unit: t.unit,
        samples: s.size
      });
    }
    return out;
  }
  /**
   * The last DB check's time against `db_check_ms` (a warning, never critical); failed checks in a
   * row (a warning, critical from the third, labelled with the setup report's fix); the p95 of the
   * recent dashboard starts against `dashboard_start_ms`.
   */
  measureOps(config) {
    let out = [], db = this.ops.dbSnapshot(), last = db.recent.at(-1), slow = config.targets.db_check_ms;
    if (last?.ms !== void 0 && slow !== null && out.push({ key: "db_check_ms", label: "DB check time", value: last.ms, target: slow, unit: "ms", samples: 1 }), last) {
      let fix = db.failing_streak > 0 ? last.fix : void 0;
      out.push({
        key: "db_check.failing",
        label: `DB checks failed in a row${fix ? ` (fix: ${fix.slice(0, 160)})` : ""}`,
        value: db.failing_streak,
        target: 0,
        critical: CRITICAL_STREAK - 1,
        unit: "checks",
        samples: db.recent.length
      });
    }
    let starts = this.ops.startsSnapshot(), target = config.targets.dashboard_start_ms;
    if (starts.p95 !== void 0 && target !== null) {
      let critical = criticalOf(config, "dashboard_start_ms", target);
      out.push({
        key: "dashboard_start_ms.p95",
        label: "dashboard start p95",
        value: starts.p95,
        target,
        ...critical !== void 0 ? { critical } : {},
        unit: "ms",
        samples: starts.count
      });
    }
    return out;
  }
};
function measureBudgets(cost) {
  let out = [], b = cost.budgets, crossed = (budget) => b.alerts.find((a) => a.budget === budget);
  if (b.session_usd !== null) {
    let worst = cost.sessions.reduce(
      (w, s) => s.usd > w.usd ? { usd: s.usd, session: s.session } : w,
      { usd: 0 }
    ), over = crossed("session_usd"), usd = over ? Math.max(over.usd, worst.usd) : worst.usd, label = worst.session ? `session cost (${worst.session.slice(0, 8)})` : "session cost";
    out.push({
      key: "budget.session_usd",
      label,
      value: usd,
      target: b.session_usd,
      critical: b.session_usd,
      unit: "usd",
      samples: cost.sessions.length
    });
  }
  if (b.daily_usd !== null) {
    let over = crossed("daily_usd");
    out.push({
      key: "budget.daily_usd",
      label: "cost today",
      value: over ? Math.max(over.usd, cost.today.usd) : cost.today.usd,
      target: b.daily_usd,
      critical: b.daily_usd,
      unit: "usd",
      samples: 1
    });
  }
  return out;
}

// lib/monitor/alert-lease.ts
import fs18 from "node:fs";
import path22 from "node:path";

// lib/transcript/reader.ts
var CHUNK = 1 << 20;
var OTHERS_WITHIN_MS = 24 * 3600 * 1e3;
function pathKey(file) {
  let a = 2166136261, b = 16777619;
  for (let i = 0; i < file.length; i++)
    a = Math.imul(a ^ file.charCodeAt(i), 16777619) >>> 0, b = Math.imul(b ^ file.charCodeAt(file.length - 1 - i), 2166136261) >>> 0;
  return `${a.toString(16).padStart(8, "0")}${b.toString(16).padStart(8, "0")}`;
}

// lib/monitor/alert-lease.ts
var RENEW_MS = 5e3;
function leaseFile(runtime, project) {
  return path22.join(runtime, "alerts", `lease-${pathKey(path22.resolve(project))}`);
}
function holdLease(runtime, project, pid = process.pid) {
  try {
    return ensurePrivateDir(path22.join(runtime, "alerts")) ? (atomicWriteFileSync(leaseFile(runtime, project), `${pid}
`, { mode: 384, keepMode: !1 }), !0) : !1;
  } catch {
    return !1;
  }
}
function renewLease(runtime, project, now = /* @__PURE__ */ new Date(), pid = process.pid) {
  try {
    if (leaseHolder(runtime, project) !== pid) {
      holdLease(runtime, project, pid);
      return;
    }
    fs18.utimesSync(leaseFile(runtime, project), now, now);
  } catch {
  }
}
function releaseLease(runtime, project, pid = process.pid) {
  try {
    leaseHolder(runtime, project) === pid && fs18.unlinkSync(leaseFile(runtime, project));
  } catch {
  }
}
function leaseHolder(runtime, project) {
  let text2 = readRegularText(leaseFile(runtime, project), 64), pid = Number(text2?.trim());
  return Number.isInteger(pid) && pid > 0 ? pid : void 0;
}

// lib/monitor/notify.ts
import { spawn } from "node:child_process";
import fs19 from "node:fs";
import path23 from "node:path";
function alertNotice(e) {
  let p = e.payload;
  if (!p || typeof p.key != "string" || p.state !== "breach" && p.state !== "resolved") return;
  let severity = p.state === "resolved" ? "resolved" : p.severity === "critical" ? "critical" : "warning", num4 = (v) => typeof v == "number" && Number.isFinite(v) ? v : null;
  return {
    title: severity === "resolved" ? "2L alert resolved" : `2L ${severity} alert`,
    text: clip(stripControls(e.data), 300),
    severity,
    fields: {
      key: clip(stripControls(p.key), 200),
      state: p.state,
      severity: severity === "resolved" ? p.severity === "critical" ? "critical" : "warning" : severity,
      value: num4(p.value),
      target: num4(p.target),
      unit: typeof p.unit == "string" ? clip(stripControls(p.unit), 16) : null
    }
  };
}
var MAX_QUEUE = 50, PER_MINUTE = 20;
function findOnPath(name, env, project) {
  let root = path23.resolve(project);
  for (let dir of (env.PATH ?? "").split(path23.delimiter)) {
    if (!dir || !path23.isAbsolute(dir)) continue;
    let abs = path23.resolve(dir);
    if (abs === root || abs.startsWith(root + path23.sep)) continue;
    let file = path23.join(abs, name);
    try {
      let real = fs19.realpathSync(file);
      if (real === root || real.startsWith(root + path23.sep) || !fs19.statSync(real).isFile()) continue;
      return fs19.accessSync(real, fs19.constants.X_OK), file;
    } catch {
    }
  }
}
function appleString(s) {
  return `"${s.replace(/\\/g, "\\\\").replace(/"/g, '\\"')}"`;
}
var Notifier = class {
  queue = [];
  sending;
  opts;
  desktopCommand;
  windowStart = 0;
  inWindow = 0;
  held = 0;
  constructor(opts) {
    this.opts = {
      project: opts.project,
      env: opts.env ?? process.env,
      platform: opts.platform ?? process.platform,
      desktop: opts.desktop ?? !0,
      attempts: opts.attempts ?? 4,
      backoffMs: opts.backoffMs ?? 1e3,
      timeoutMs: opts.timeoutMs ?? 5e3,
      onProblem: opts.onProblem ?? (() => {
      }),
      webhookUrl: opts.webhookUrl,
      fetchImpl: opts.fetchImpl,
      sleep: opts.sleep ?? ((ms) => new Promise((r) => setTimeout(r, ms).unref()))
    };
  }
  notify(n, now = Date.now()) {
    if (now - this.windowStart >= 6e4) {
      let held = this.held;
      this.windowStart = now, this.inWindow = 0, this.held = 0, held > 0 && this.send({
        title: "2L alerts",
        text: `${held} more alert notice${held === 1 ? " was" : "s were"} not shown (more than ${PER_MINUTE} a minute); see /2l-status`,
        severity: "warning",
        fields: { held }
      });
    }
    if (this.inWindow >= PER_MINUTE) {
      this.held++;
      return;
    }
    this.send(n);
  }
  send(n) {
    this.inWindow++;
    let notice = { ...n, title: clip(stripControls(n.title), 80), text: clip(stripControls(n.text), 300) };
    if (this.desktop(notice), !!this.opts.webhookUrl) {
      if (this.queue.length >= MAX_QUEUE) {
        this.opts.onProblem(`webhook queue full (${MAX_QUEUE}); an alert notice was dropped`);
        return;
      }
      this.queue.push(notice), this.sending ??= this.drain().finally(() => this.sending = void 0);
    }
  }
  /** Resolves once every queued webhook notice was sent or given up on. */
  async idle() {
    for (; this.sending; ) await this.sending;
  }
  desktop(n) {
    if (!this.opts.desktop) return;
    if (this.desktopCommand === void 0) {
      let tool = this.opts.platform === "darwin" ? "osascript" : "notify-send", found = findOnPath(tool, this.opts.env, this.opts.project);
      this.desktopCommand = found ? [found] : null;
    }
    if (this.desktopCommand === null) return;
    let [cmd] = this.desktopCommand, args = this.opts.platform === "darwin" ? ["-e", `display notification ${appleString(n.text)} with title ${appleString(n.title)}`] : ["--app-name=2L", `--urgency=${n.severity === "critical" ? "critical" : "normal"}`, "--", n.title, n.text];
    try {
      let child = spawn(cmd, args, { stdio: "ignore", detached: !0, timeout: 1e4, env: this.opts.env });
      child.on("error", () => {
      }), child.unref();
    } catch {
    }
  }
  async drain() {
    for (let n = this.queue.shift(); n; n = this.queue.shift()) await this.post(n);
  }
  async post(n) {
    let body = JSON.stringify({ text: `${n.title}: ${n.text}`, alert: n.fields }), doFetch = this.opts.fetchImpl ?? fetch, wait = this.opts.backoffMs, last = "";
    for (let attempt = 1; attempt <= this.opts.attempts; attempt++) {
      try {
        let res = await doFetch(this.opts.webhookUrl, {
          method: "POST",
          headers: { "content-type": "application/json" },
          body,
          // A redirect could carry the summary somewhere the user never named.
          redirect: "manual",
          signal: AbortSignal.timeout(this.opts.timeoutMs)
        });
        if (await res.body?.cancel(), res.ok) return;
        if (last = `HTTP ${res.status}`, res.status < 500 && res.status !== 429 && res.status !== 408) break;
      } catch (err) {
        last = err instanceof Error ? err.message : String(err);
      }
      attempt < this.opts.attempts && (await this.opts.sleep(wait), wait *= 2);
    }
    this.opts.onProblem(`webhook: gave up on an alert notice (${clip(last, 120)})`);
  }
};

// lib/monitor/notify-config.ts
var import_yaml5 = __toESM(require_dist(), 1);
import fs20 from "node:fs";
import path24 from "node:path";
var MAX_USER_CONFIG_BYTES = 256 * 1024, MAX_URL = 2e3, MAX_APPROVED = 100;
function userConfigFile(env = process.env) {
  return path24.join(claudeConfigDir(env), "2l", "config.yaml");
}
function webhookUrl(text2) {
  if (typeof text2 != "string" || text2.length > MAX_URL) return;
  let u;
  try {
    u = new URL(text2.trim());
  } catch {
    return;
  }
  if (!(u.protocol !== "https:" && u.protocol !== "http:" || u.username || u.password))
    return u.href;
}
function alertsSection(text2) {
  if (!text2) return;
  let doc = (0, import_yaml5.parseDocument)(text2, { prettyErrors: !1 });
  if (doc.errors.length > 0 || !(0, import_yaml5.isMap)(doc.contents)) return;
  let node = doc.contents.get("alerts", !0);
  if (!(0, import_yaml5.isMap)(node)) return;
  let out = {};
  for (let item of node.items) {
    let key = (0, import_yaml5.isScalar)(item.key) ? String(item.key.value) : "", v = item.value;
    (0, import_yaml5.isScalar)(v) ? out[key] = v.value : (0, import_yaml5.isSeq)(v) && (out[key] = v.items.slice(0, MAX_APPROVED).map((x) => (0, import_yaml5.isScalar)(x) ? x.value : void 0));
  }
  return out;
}
function readUserConfig(file) {
  try {
    let st = fs20.statSync(file);
    return !st.isFile() || st.size > MAX_USER_CONFIG_BYTES ? void 0 : fs20.readFileSync(file, "utf8");
  } catch {
    return;
  }
}
function loadNotifyConfig(projectDir, env = process.env) {
  let user = alertsSection(readUserConfig(userConfigFile(env))) ?? {}, project = alertsSection(readConfigText(projectDir).text) ?? {}, notes = [], approved = new Set(
    (Array.isArray(user.approved_webhooks) ? user.approved_webhooks : []).map(webhookUrl).filter(Boolean)
  ), url = webhookUrl(user.webhook_url), asked = project.webhook_url;
  if (asked != null) {
    let projectUrl = webhookUrl(asked);
    projectUrl && approved.has(projectUrl) ? url = projectUrl : notes.push(
      `.2L/config.yaml names a webhook (alerts.webhook_url) that is not used: a repository's file cannot send your alerts anywhere; to allow it, list it under alerts.approved_webhooks in ${userConfigFile(env)}`
    );
  }
  return { ...url ? { webhook_url: url } : {}, desktop: user.desktop !== !1, notes };
}

// lib/monitor/live-alerts.ts
var LiveAlerts = class {
  constructor(opts) {
    this.opts = opts;
    if (this.config = this.loadConfig(), this.metrics = new LiveMetrics(this.config.alerts.window_ms), this.state = readAlertState(opts.project), this.costBudgets = this.loadBudgets(), opts.notifier !== void 0) this.notifier = opts.notifier;
    else {
      let nc = loadNotifyConfig(opts.project, opts.env);
      for (let n of nc.notes) opts.log?.(n);
      this.notifier = new Notifier({
        project: opts.project,
        env: opts.env,
        desktop: nc.desktop,
        webhookUrl: nc.webhook_url,
        onProblem: (m) => opts.log?.(m)
      });
    }
  }
  opts;
  config;
  configStamp = "";
  metrics;
  state;
  costContext = new CostContext();
  costBudgets;
  budgets = [];
  costAt = 0;
  costRunning = !1;
  costWanted = !1;
  lastBatchAt = Date.now();
  started = !1;
  timer;
  ticks = 0;
  retry = !1;
  measured = [];
  leaseAt = Date.now();
  forecast;
  notifier;
  evalCost = { events: 0, ms: 0 };
  loadConfig() {
    let loaded = loadPerfConfig(this.opts.project);
    return this.configStamp = this.stampOf(), loaded.config;
  }
  /** What changes when `.2L/config.yaml` is edited, without reading it. */
  stampOf() {
    try {
      let st = fs21.lstatSync(path25.join(stateDir(this.opts.project), "config.yaml"));
      return `${st.ino}:${st.size}:${st.mtimeMs}`;
    } catch {
      return "";
    }
  }
  /** Start judging: call once the log has been read to its end (the past is not announced again). */
  start() {
    this.started || (this.started = !0, this.config.alerts.enabled && this.refreshCost(Date.now()), this.opts.runtime && holdLease(this.opts.runtime, this.opts.project), this.evaluate(), this.timer = setInterval(() => this.tick(), this.opts.tickMs ?? 1e3), this.timer.unref());
  }
  close() {
    this.timer && clearInterval(this.timer), this.started && this.opts.runtime && releaseLease(this.opts.runtime, this.opts.project), this.started = !1;
  }
  /**
   * A batch of events from the log, in order. `live`: appended while we
   * watch (their alert events are notified, their pipeline time measured).
   */
  onBatch(events, malformed, live) {
    try {
      this.take(events, malformed, live);
    } catch (err) {
      this.opts.log?.(`alerts: ${err instanceof Error ? err.message : String(err)}`);
    }
  }
  take(events, malformed, live) {
    let t0 = performance.now(), now = Date.now(), budgets = this.config.alerts.enabled && this.hasBudgets();
    for (let e of events)
      this.metrics.add(e, now), budgets && this.costContext.add(e), live && e.event_type === "performance_alert" && this.announce(e);
    for (let i = 0; i < malformed; i++) this.metrics.addMalformed(now);
    if (!live || !this.started) return;
    budgets && this.refreshCost(now), this.evaluate(now);
    let done = Date.now();
    for (let e of events) {
      let t = Date.parse(e.timestamp);
      Number.isNaN(t) || this.metrics.addProcessing(done - Math.max(t, this.lastBatchAt), done);
    }
    this.lastBatchAt = done, this.evalCost.events += events.length, this.evalCost.ms += performance.now() - t0;
  }
  /**
   * What archives last written before the alert window feed here when they are
   * merged from their kept state instead of read (dashboard/feed.ts): the
   * budget judge's cost sessions and events, the DB checks and dashboard starts
   * (an archive's unreadable lines never reach the engine, read or merged).
   */
  archiveReaders(now = Date.now()) {
    let budgets = this.config.alerts.enabled && this.hasBudgets();
    return {
      before: now - this.config.alerts.window_ms,
      costs: budgets ? [this.costContext] : [],
      ops: [this.metrics.ops]
    };
  }
  hasBudgets() {
    return this.costBudgets !== void 0;
  }
  /** The cost config when a budget is set; undefined: no budget, so no transcript is ever read. */
  loadBudgets() {
    let c = loadCostConfig(this.opts.project).config;
    return c.budgets.session_usd === null && c.budgets.daily_usd === null ? void 0 : c;
  }
  /** Read the transcripts again, at most once per `costEveryMs`; the figures arrive later. */
  refreshCost(now) {
    let config = this.costBudgets;
    if (config) {
      if (this.costRunning || now - this.costAt < (this.opts.costEveryMs ?? 1e4)) {
        this.costWanted = !0;
        return;
      }
      this.costRunning = !0, this.costWanted = !1, this.costAt = now, collectCost(this.costContext, { config, now: new Date(now), env: this.opts.env }).then((r) => {
        this.budgets = measureBudgets(r.snapshot);
        let b = r.snapshot.budgets;
        this.forecast = b.forecast ? {
          text: b.forecast,
          daily_usd: b.daily_usd,
          today_usd: r.snapshot.today.usd,
          reached_at: b.daily_reached_at ?? null
        } : void 0, this.evaluate();
      }).catch((err) => this.opts.log?.(`alerts: cost not read: ${String(err)}`)).finally(() => this.costRunning = !1);
    }
  }
  tick() {
    this.ticks++;
    let now = Date.now();
    this.opts.runtime && now - this.leaseAt >= RENEW_MS && (this.leaseAt = now, renewLease(this.opts.runtime, this.opts.project));
    let pending = Object.values(this.state.active).some((a) => a.state === "pending");
    if (this.ticks % 5 === 0)
      this.stampOf() !== this.configStamp && (this.config = this.loadConfig(), this.costBudgets = this.loadBudgets(), this.budgets = [], this.costAt = 0, this.costWanted = this.costBudgets !== void 0), this.state = readAlertState(this.opts.project), this.costWanted && this.refreshCost(Date.now());
    else if (!pending && !this.retry) return;
    this.evaluate();
  }
  /** Measure, and record what changed. The lock is taken only when something would. */
  evaluate(now = Date.now()) {
    if (!this.config.alerts.enabled) return;
    let config = this.config, measure = (state) => {
      let ms = this.metrics.measure(config, now), query = measureStoredTiming(state, "state_query_ms", "query p95", config);
      return query && ms.push(query), [...ms, ...this.budgets];
    }, owns = (key) => isLogKey(key) || key === "event_processing_ms" || key === "state_query_ms" || key === "dashboard_refresh_ms" || key.startsWith("budget.");
    this.measured = measure(this.state);
    let at = new Date(now), dry = reconcile(this.state, this.measured, owns, at, config.alerts), changed = dry.begun.length + dry.changed.length + dry.resolved.length > 0 || Object.keys(dry.next.active).length !== Object.keys(this.state.active).length;
    if (this.retry = !1, !changed) return;
    let r = recordWith(
      this.opts.project,
      at,
      (state) => (this.measured = measure(state), { state, measurements: this.measured, owns }),
      config.alerts
    );
    r.outcome ? this.state = r.outcome.next : r.skipped === "another run is recording alerts" ? this.retry = !0 : r.skipped && this.opts.log?.(`alerts: ${r.skipped}`);
  }
  /** An alert event in the log (ours or another evaluator's): tell the user, once. */
  announce(e) {
    let notice = this.notifier && alertNotice(e);
    notice && this.notifier.notify(notice);
  }
  /** Refresh times a dashboard page measured (ms each, already validated): judged at once. */
  addRefresh(samples) {
    let now = Date.now();
    for (let ms of samples) this.metrics.addRefresh(ms, now);
    this.started && this.evaluate(now);
  }
  /** The targets in force (re-read when `.2L/config.yaml` changes). */
  get perfConfig() {
    return this.config;
  }
  /** Per target: current, target, unit, status, severity, since (for the Performance view). */
  rows() {
    return targetStatuses(this.measured, this.state);
  }
  /** The daily budget's time-to-exhaustion, from the last cost read; undefined with no daily budget. */
  budgetForecast() {
    return this.costBudgets?.budgets.daily_usd == null ? void 0 : this.forecast;
  }
  /** Firing alerts (pending ones are not announced yet). */
  firing() {
    return firingAlerts(this.state);
  }
};

// lib/monitor/otlp-config.ts
var import_yaml6 = __toESM(require_dist(), 1);
import { createHash as createHash5 } from "node:crypto";
import os4 from "node:os";
import path26 from "node:path";
var MAX_USER_CONFIG_BYTES2 = 256 * 1024, MAX_SETTINGS_BYTES = 1024 * 1024, MAX_URL2 = 2e3, MAX_LIST = 100, PRIVACY = ["plain", "hash", "omit"], SIGNALS = ["traces", "logs", "metrics"];
function otlpSection(text2) {
  if (!text2) return;
  let doc = (0, import_yaml6.parseDocument)(text2, { prettyErrors: !1 });
  if (doc.errors.length > 0 || !(0, import_yaml6.isMap)(doc.contents)) return;
  let node = doc.contents.get("otlp", !0);
  if (!(0, import_yaml6.isMap)(node)) return;
  let plain = (v) => {
    if ((0, import_yaml6.isScalar)(v)) return v.value;
    if ((0, import_yaml6.isSeq)(v)) return v.items.slice(0, MAX_LIST).map((x) => (0, import_yaml6.isScalar)(x) ? x.value : void 0);
    if ((0, import_yaml6.isMap)(v))
      return Object.fromEntries(
        v.items.slice(0, MAX_LIST).map((i) => [(0, import_yaml6.isScalar)(i.key) ? String(i.key.value) : "", (0, import_yaml6.isScalar)(i.value) ? i.value.value : void 0])
      );
  }, out = {};
  for (let item of node.items)
    out[(0, import_yaml6.isScalar)(item.key) ? String(item.key.value) : ""] = plain(item.value);
  return out;
}
function endpointUrl(text2) {
  if (!(typeof text2 != "string" || text2.length > MAX_URL2))
    try {
      let u = new URL(text2.trim());
      return u.protocol !== "http:" && u.protocol !== "https:" ? void 0 : u.href.replace(/\/+$/, "");
    } catch {
      return;
    }
}
function signalUrls(base, env, useSignalEnv) {
  let root = base.replace(/\/v1\/(?:traces|logs|metrics)$/, ""), out = {};
  for (let s of SIGNALS) {
    let specific = useSignalEnv ? endpointUrl(env[`OTEL_EXPORTER_OTLP_${s.toUpperCase()}_ENDPOINT`]) : void 0;
    out[s] = specific ?? `${root}/v1/${s}`;
  }
  return out;
}
function parseHeaderList(text2) {
  let out = {};
  for (let part of (text2 ?? "").split(",")) {
    let eq = part.indexOf("=");
    if (eq <= 0) continue;
    let k = part.slice(0, eq).trim();
    try {
      /^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/.test(k) && (out[k] = decodeURIComponent(part.slice(eq + 1).trim()));
    } catch {
    }
  }
  return out;
}
function projectSettingsEnv(projectDir) {
  let out = {};
  for (let name of ["settings.json", "settings.local.json"])
    try {
      let text2 = readRegularText(path26.join(projectDir, ".claude", name), MAX_SETTINGS_BYTES), env = text2 === void 0 ? void 0 : JSON.parse(text2).env;
      if (env && typeof env == "object")
        for (let [k, v] of Object.entries(env)) typeof v == "string" && (out[k] = v);
    } catch {
    }
  return out;
}
function privacyOf(user, project) {
  let u = PRIVACY.includes(user) ? user : "plain", p = PRIVACY.includes(project) ? project : "plain";
  return PRIVACY.indexOf(p) > PRIVACY.indexOf(u) ? p : u;
}
var hashed = (v) => createHash5("sha256").update(`2l-pack resource\0${v}`).digest("hex").slice(0, 16);
function resourceAttributes(projectDir, user, project, who = { user: safeUserName(), host: os4.hostname() }) {
  let ur = user.resource ?? {}, pr = project.resource ?? {}, out = { "service.name": "2l-pack" }, put = (key, attr, value) => {
    let p = privacyOf(ur[key], pr[key]);
    p !== "omit" && (out[attr] = p === "hash" ? hashed(value) : value);
  };
  return put("user", "user.name", who.user), put("host", "host.name", who.host), put("project", "2l.project.name", path26.basename(projectDir)), out;
}
function safeUserName() {
  try {
    return os4.userInfo().username;
  } catch {
    return process.env.USER ?? "unknown";
  }
}
function resolveOtlp(input) {
  let { env, repoEnv } = input, user = otlpSection(input.userText) ?? {}, project = otlpSection(input.projectText) ?? {}, notes = [], file = userConfigFile(env);
  if (project.enabled === !1 || user.enabled === !1 || env.OTEL_SDK_DISABLED === "true") return { notes };
  let approved = new Set(
    (Array.isArray(user.approved_endpoints) ? user.approved_endpoints : []).map(endpointUrl).filter(Boolean)
  ), base, source = "user config", asked = project.endpoint;
  if (asked != null) {
    let url = endpointUrl(asked);
    url && approved.has(url) ? (base = url, source = "approved project config") : notes.push(
      `.2L/config.yaml names an OTLP endpoint (otlp.endpoint) that is not used: a repository's file cannot send your events anywhere; to allow it, list it under otlp.approved_endpoints in ${file}`
    );
  }
  base ??= endpointUrl(user.endpoint);
  let useSignalEnv = base === void 0;
  if (base === void 0) {
    let planted = [
      "OTEL_EXPORTER_OTLP_ENDPOINT",
      ...SIGNALS.map((s) => `OTEL_EXPORTER_OTLP_${s.toUpperCase()}_ENDPOINT`)
    ].filter(
      (n) => env[n] !== void 0 && repoEnv[n] === env[n] && !approved.has(endpointUrl(env[n]) ?? "")
    );
    if (planted.length > 0)
      notes.push(
        `${planted.join(", ")} comes from this repository's .claude/settings*.json and is not used: a repository cannot send your events anywhere; to allow it, list the endpoint under otlp.approved_endpoints in ${file}`
      ), useSignalEnv = !1;
    else if (base = endpointUrl(env.OTEL_EXPORTER_OTLP_ENDPOINT), source = "environment", base === void 0) {
      let any = SIGNALS.map((s) => endpointUrl(env[`OTEL_EXPORTER_OTLP_${s.toUpperCase()}_ENDPOINT`])).find(
        Boolean
      );
      any && (base = new URL(any).origin);
    }
  }
  if (base === void 0) return { notes };
  let common = { ...parseHeaderList(env.OTEL_EXPORTER_OTLP_HEADERS) }, named = user.headers ?? {};
  for (let [header, variable] of Object.entries(named))
    typeof variable == "string" && env[variable] !== void 0 && /^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/.test(header) && (common[header] = env[variable]);
  let headers2 = {};
  for (let s of SIGNALS)
    headers2[s] = { ...common, ...parseHeaderList(env[`OTEL_EXPORTER_OTLP_${s.toUpperCase()}_HEADERS`]) };
  let u = new URL(base);
  return {
    target: {
      urls: signalUrls(base, env, useSignalEnv),
      headers: headers2,
      source,
      display: `${u.protocol}//${u.host}${u.pathname === "/" ? "" : u.pathname}`,
      resource: resourceAttributes(input.projectDir, user, project, input.who)
    },
    notes
  };
}
function loadOtlpTarget(projectDir, env = process.env) {
  let userText;
  try {
    userText = readUserRegularText(userConfigFile(env), MAX_USER_CONFIG_BYTES2);
  } catch {
    userText = void 0;
  }
  return resolveOtlp({
    projectDir,
    env,
    userText,
    projectText: readConfigText(projectDir).text,
    repoEnv: projectSettingsEnv(projectDir)
  });
}

// lib/dashboard/server.ts
var LOOPBACK_NAMES = /* @__PURE__ */ new Set(["127.0.0.1", "localhost", "[::1]"]);
function hostAllowed(host, port) {
  if (!host) return !1;
  let m = /^(\[[^\]]*\]|[^:]+)(?::(\d+))?$/.exec(host.trim().toLowerCase());
  return m ? LOOPBACK_NAMES.has(m[1].replace(/\.$/, "")) && (m[2] === void 0 || Number(m[2]) === port) : !1;
}
function admit(access, { req, res, query }, port, token, env) {
  if (access === "public" || access === "metrics" && isScrapeToken(req.headers.authorization, env)) return !0;
  if (access === "stop") {
    let given = req.headers["x-2l-token"];
    return typeof given == "string" && sameSecret(given, token) ? !0 : (sendText(res, 403, "Forbidden"), !1);
  }
  return isAuthorized(req.headers, query, port, token) ? !0 : (sendText(
    res,
    401,
    "This dashboard needs the link /2l-dashboard printed (it carries a secret): run /2l-dashboard again to see it.",
    { "www-authenticate": 'Bearer realm="2l-dashboard"' }
  ), !1);
}
async function startOtlp(project, opts, env) {
  let log = opts.log ?? ((line) => process.stderr.write(`${line}
`)), { target, notes } = loadOtlpTarget(project, env);
  for (let n of notes) log(`otlp: ${n}`);
  if (!target) return;
  let { LiveOtlp } = await import("./otlp-live.mjs"), live = new LiveOtlp({ ...opts, env, log, project, target });
  return live.start(), live;
}
async function startServer(opts) {
  let project = path27.resolve(opts.project);
  fs22.lstatSync(path27.join(project, ".2L"), { throwIfNoEntry: !1 })?.isDirectory() && registerProject(project);
  let instance = randomBytes2(9).toString("base64url"), token = newToken(), started = (/* @__PURE__ */ new Date()).toISOString(), idleMs = opts.idleMs ?? 120 * 6e4, outbox = new Outbox(), lastActivity = Date.now(), port = 0, closing, alerts = opts.alerts === !1 ? void 0 : new LiveAlerts({ project, ...opts.alerts }), otlp = opts.otlp === !1 ? void 0 : await startOtlp(project, opts.otlp ?? {}, opts.env ?? process.env), view, costs, feed = new DashboardFeed(project, {
    tail: opts.tail,
    pollMs: opts.pollMs,
    onBatch: (events, malformed, live) => {
      view?.onBatch(events), costs?.onBatch(events), alerts?.onBatch(events, malformed, live), live && otlp?.poke();
    },
    // Archives older than the alert window are merged from the state kept beside them, not read.
    archiveReaders: () => {
      let a = alerts?.archiveReaders();
      return {
        before: a?.before ?? Number.POSITIVE_INFINITY,
        trends: view?.trendsReader(),
        costs: [...costs ? [costs.costContext()] : [], ...a?.costs ?? []],
        ops: a?.ops
      };
    }
  });
  view = new PerformanceView(project, feed, alerts), costs = new CostMetrics(project, feed, { env: opts.env }), feed.loaded.then(
    () => alerts?.start(),
    () => {
    }
    // the page reports a log it cannot read; nothing to judge
  );
  let streams = new EventStreams(feed, {
    keepAliveMs: opts.keepAliveMs ?? 25e3,
    onEnd: () => lastActivity = Date.now()
  }), routes = dashboardRoutes({
    project,
    instance,
    started,
    token,
    port: () => port,
    feed,
    answers: new Answers(feed, project, started, () => alerts?.rows() ?? [], costs),
    costs,
    outbox,
    page: Buffer.from(renderPage()),
    performance: view,
    // The live view comes first: the history is indexed once the feed has read the log.
    projects: new Projects(project, new ProjectHistory(project, { after: feed.loaded })),
    otlpStatus: () => otlp?.status,
    openStream: ({ req, res, query }) => streams.add(req, res, query),
    stop: (reason) => {
      close(reason);
    }
  }), server = http.createServer(
    router(routes, {
      before(req, res) {
        return lastActivity = Date.now(), hostAllowed(req.headers.host, port) ? !0 : (sendText(res, 403, "Forbidden: the Host header must be a loopback name (127.0.0.1, localhost, [::1])"), !1);
      },
      admit: (access, call) => admit(access, call, port, token, opts.env ?? process.env),
      notFound: ({ res }) => sendText(res, 404, "Not found"),
      onError(err, res) {
        res.headersSent ? res.destroy() : sendText(res, 500, `Internal error: ${errorMessage(err)}`);
      }
    })
  );
  server.keepAliveTimeout = 5e3;
  let idleTimer = setInterval(
    () => {
      streams.size === 0 && Date.now() - lastActivity > idleMs && close("idle");
    },
    Math.min(6e4, Math.max(200, idleMs / 4))
  );
  idleTimer.unref();
  let resources = opts.sampleEveryMs === 0 ? { stop() {
  } } : startResourceLoop(project, { everyMs: opts.sampleEveryMs, lastActivity: () => feed.summary.lastActivityAt() }), pruneEvery = opts.pruneEveryMs ?? 24 * 36e5, prune = () => {
    try {
      runPrune({ project, dryRun: !1 });
    } catch {
    }
  }, pruneTimers = pruneEvery > 0 ? [setTimeout(prune, Math.min(6e4, pruneEvery)), setInterval(prune, pruneEvery)] : [];
  for (let t of pruneTimers) t.unref();
  let close = (reason = "closed") => (closing ??= (async () => {
    clearInterval(idleTimer);
    for (let t of pruneTimers) clearTimeout(t);
    resources.stop(), alerts?.close(), streams.closeAll(), await otlp?.close(), await new Promise((resolve) => {
      server.close(() => resolve()), server.closeAllConnections();
    }), await feed.close(), opts.onClose?.(reason);
  })(), closing);
  try {
    port = await listenOnFirstFree(server, opts.ports, LOOPBACK);
  } catch (err) {
    clearInterval(idleTimer);
    for (let t of pruneTimers) clearTimeout(t);
    throw resources.stop(), alerts?.close(), await otlp?.close(), streams.closeAll(), await feed.close(), err;
  }
  return {
    port,
    url: serverUrl(port),
    instance,
    token,
    started,
    feed,
    ...alerts ? { alerts } : {},
    ...otlp ? { otlp } : {},
    pinnedBytes: () => outbox.pinnedBytes(),
    clients: () => streams.size,
    close
  };
}

// lib/hook/claims.ts
import fs23 from "node:fs";
import os5 from "node:os";
import path28 from "node:path";
var KEEP_MS = 168 * 3600 * 1e3;
function runtimeDir(env = process.env) {
  let xdg = env.XDG_RUNTIME_DIR, uid = typeof process.getuid == "function" ? process.getuid() : "user", dir = xdg && path28.isAbsolute(xdg) && !xdg.includes("\0") ? path28.join(xdg, "2l") : path28.join(os5.tmpdir(), `2l-${uid}`);
  try {
    return ensurePrivateDir(dir), (fs23.statSync(dir).mode & 63) !== 0 && fs23.chmodSync(dir, 448), dir;
  } catch {
    return;
  }
}

// lib/bin/dashboard-server.ts
function say(line) {
  try {
    fs24.writeSync(1, `${line}
`);
  } catch {
  }
}
function otlpOptions(backoffMaxMs, metricsMs) {
  let atLeast = (n) => Math.max(50, Math.round(n));
  return {
    log: (line) => process.stderr.write(`${(/* @__PURE__ */ new Date()).toISOString()} ${line}
`),
    ...backoffMaxMs !== void 0 ? { backoff: { baseMs: Math.min(1e3, atLeast(backoffMaxMs)), maxMs: atLeast(backoffMaxMs) } } : {},
    ...metricsMs !== void 0 ? { metricsEveryMs: atLeast(metricsMs) } : {}
  };
}
var bootMs = Math.round(process.uptime() * 1e3);
async function main() {
  let { values } = parseArgs({
    options: {
      project: { type: "string" },
      ports: { type: "string" },
      "idle-ms": { type: "string" },
      tail: { type: "string" },
      "poll-ms": { type: "string" },
      // The live OTLP export's longest retry wait and metrics interval (tests shorten them; flags, not
      // environment, so a repository's settings cannot change them).
      "otlp-backoff-max-ms": { type: "string" },
      "otlp-metrics-ms": { type: "string" }
    }
  }), project = values.project, ports = parsePorts(values.ports ?? "");
  if (!project || !ports)
    return say("ERROR dashboard-server: `--project` and `--ports` are required"), 2;
  let num4 = (v) => v === void 0 || !Number.isFinite(Number(v)) ? void 0 : Number(v);
  ensureDashboardDir(project);
  let instance = "", server;
  try {
    server = await startServer({
      project,
      ports,
      idleMs: num4(values["idle-ms"]),
      tail: num4(values.tail),
      pollMs: num4(values["poll-ms"]),
      alerts: {
        log: (line) => process.stderr.write(`${(/* @__PURE__ */ new Date()).toISOString()} ${line}
`),
        // The lease that tells the Stop hook's evaluation this server owns the project's alerts.
        runtime: runtimeDir()
      },
      otlp: otlpOptions(num4(values["otlp-backoff-max-ms"]), num4(values["otlp-metrics-ms"])),
      onClose: (reason) => {
        clearState(project, instance), process.stderr.write(`${(/* @__PURE__ */ new Date()).toISOString()} dashboard stopped: ${reason}
`), process.exit(0);
      }
    });
  } catch (err) {
    return err instanceof PortsBusyError ? (say(`BUSY ${JSON.stringify({ ports: err.ports })}`), 3) : (say(`ERROR ${errorMessage(err)}`), 1);
  }
  let portMs = Math.round(process.uptime() * 1e3);
  instance = server.instance, writeState(project, {
    app: APP_ID,
    pid: process.pid,
    port: server.port,
    url: server.url,
    project,
    instance,
    token: server.token,
    started: server.started
  });
  for (let sig of ["SIGTERM", "SIGINT"]) process.on(sig, () => {
    server.close(sig);
  });
  process.on("SIGHUP", () => {
  });
  let phases = { boot_ms: bootMs, port_ms: portMs, ready_ms: Math.round(process.uptime() * 1e3) };
  return say(`READY ${JSON.stringify({ port: server.port, url: server.url, token: server.token, pid: process.pid, phases })}`), process.stderr.write(`${(/* @__PURE__ */ new Date()).toISOString()} dashboard listening on ${server.url} for ${project}
`), 0;
}
main().then(
  (code) => {
    code !== 0 && process.exit(code);
  },
  (err) => {
    say(`ERROR ${errorMessage(err)}`), process.exit(1);
  }
);
