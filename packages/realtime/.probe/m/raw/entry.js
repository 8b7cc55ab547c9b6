// \0rolldown/runtime.js
var __create = Object.create;
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __getProtoOf = Object.getPrototypeOf;
var __hasOwnProp = Object.prototype.hasOwnProperty;
var __commonJSMin = (cb, mod) => () => (mod || (cb((mod = { exports: {} }).exports, mod, mod.exports), cb = null), mod.exports);
var __copyProps = (to, from, except, desc) => {
	if (from && typeof from === "object" || typeof from === "function") {
		for (var keys = __getOwnPropNames(from), i = 0, n = keys.length, key; i < n; i++) {
			key = keys[i];
			if (!__hasOwnProp.call(to, key) && key !== except) {
				__defProp(to, key, {
					get: ((k) => from[k]).bind(null, key),
					enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable
				});
			}
		}
	}
	return to;
};
var __toESM = (mod, isNodeMode, target) => (target = mod != null ? __create(__getProtoOf(mod)) : {}, __copyProps(isNodeMode || !mod || !mod.__esModule || !__hasOwnProp.call(mod, "default") ? __defProp(target, "default", {
	value: mod,
	enumerable: true
}) : target, mod));

// node_modules/.pnpm/ltx@3.1.2/node_modules/ltx/lib/escape.js
var require_escape = /* @__PURE__ */ __commonJSMin(((exports) => {
	const escapeXMLTable = {
		"&": "&amp;",
		"<": "&lt;",
		">": "&gt;",
		"\"": "&quot;",
		"'": "&apos;"
	};
	function escapeXMLReplace(match) {
		return escapeXMLTable[match];
	}
	const unescapeXMLTable = {
		"&amp;": "&",
		"&lt;": "<",
		"&gt;": ">",
		"&quot;": "\"",
		"&apos;": "'"
	};
	function unescapeXMLReplace(match) {
		if (match[1] === "#") {
			const num = match[2] === "x" ? parseInt(match.slice(3), 16) : parseInt(match.slice(2), 10);
			if (num === 9 || num === 10 || num === 13 || num >= 32 && num <= 55295 || num >= 57344 && num <= 65533 || num >= 65536 && num <= 1114111) return String.fromCodePoint(num);
			throw new Error("Illegal XML character 0x" + num.toString(16));
		}
		if (unescapeXMLTable[match]) return unescapeXMLTable[match] || match;
		throw new Error("Illegal XML entity " + match);
	}
	function escapeXML(s) {
		return s.replace(/["&'<>]/g, escapeXMLReplace);
	}
	function unescapeXML(s) {
		let result = "";
		let start = -1;
		let end = -1;
		let previous = 0;
		while ((start = s.indexOf("&", previous)) !== -1 && (end = s.indexOf(";", start + 1)) !== -1) {
			result = result + s.slice(previous, start) + unescapeXMLReplace(s.slice(start, end + 1));
			previous = end + 1;
		}
		if (previous === 0) return s;
		result = result + s.substring(previous);
		return result;
	}
	function escapeXMLText(s) {
		return s.replace(/[&<>]/g, escapeXMLReplace);
	}
	function unescapeXMLText(s) {
		return s.replace(/&(amp|#38|lt|#60|gt|#62);/g, unescapeXMLReplace);
	}
	exports.escapeXML = escapeXML;
	exports.escapeXMLText = escapeXMLText;
	exports.unescapeXML = unescapeXML;
	exports.unescapeXMLText = unescapeXMLText;
}));

// node_modules/.pnpm/ltx@3.1.2/node_modules/ltx/lib/Element.js
var require_Element = /* @__PURE__ */ __commonJSMin(((exports, module) => {
	var escape = require_escape();
	/**
	* Element
	*
	* Attributes are in the element.attrs object. Children is a list of
	* either other Elements or Strings for text content.
	**/
	var Element = class Element {
		constructor(name, attrs) {
			this.name = name;
			this.parent = null;
			this.children = [];
			this.attrs = {};
			this.setAttrs(attrs);
		}
		/**
		* if (element.is('message', 'jabber:client')) ...
		**/
		is(name, xmlns) {
			return this.getName() === name && (!xmlns || this.getNS() === xmlns);
		}
		getName() {
			const idx = this.name.indexOf(":");
			return idx >= 0 ? this.name.slice(idx + 1) : this.name;
		}
		/**
		* retrieves the namespace of the current element, upwards recursively
		**/
		getNS() {
			const idx = this.name.indexOf(":");
			if (idx >= 0) {
				const prefix = this.name.slice(0, idx);
				return this.findNS(prefix);
			}
			return this.findNS();
		}
		/**
		* find the namespace to the given prefix, upwards recursively
		**/
		findNS(prefix) {
			if (!prefix) {
				if (this.attrs.xmlns) return this.attrs.xmlns;
				else if (this.parent) return this.parent.findNS();
			} else {
				const attr = "xmlns:" + prefix;
				if (this.attrs[attr]) return this.attrs[attr];
				else if (this.parent) return this.parent.findNS(prefix);
			}
		}
		/**
		* Recursiverly gets all xmlns defined, in the form of {url:prefix}
		**/
		getXmlns() {
			let namespaces = {};
			if (this.parent) namespaces = this.parent.getXmlns();
			for (const attr in this.attrs) {
				const m = attr.match("xmlns:?(.*)");
				if (this.attrs.hasOwnProperty(attr) && m) namespaces[this.attrs[attr]] = m[1];
			}
			return namespaces;
		}
		setAttrs(attrs) {
			if (typeof attrs === "string") this.attrs.xmlns = attrs;
			else if (attrs) Object.assign(this.attrs, attrs);
		}
		/**
		* xmlns can be null, returns the matching attribute.
		**/
		getAttr(name, xmlns) {
			if (!xmlns) return this.attrs[name];
			const namespaces = this.getXmlns();
			if (!namespaces[xmlns]) return null;
			return this.attrs[[namespaces[xmlns], name].join(":")];
		}
		/**
		* xmlns can be null
		**/
		getChild(name, xmlns) {
			return this.getChildren(name, xmlns)[0];
		}
		/**
		* xmlns can be null
		**/
		getChildren(name, xmlns) {
			const result = [];
			for (const child of this.children) if (child.getName && child.getName() === name && (!xmlns || child.getNS() === xmlns)) result.push(child);
			return result;
		}
		/**
		* xmlns and recursive can be null
		**/
		getChildByAttr(attr, val, xmlns, recursive) {
			return this.getChildrenByAttr(attr, val, xmlns, recursive)[0];
		}
		/**
		* xmlns and recursive can be null
		**/
		getChildrenByAttr(attr, val, xmlns, recursive) {
			let result = [];
			for (const child of this.children) {
				if (child.attrs && child.attrs[attr] === val && (!xmlns || child.getNS() === xmlns)) result.push(child);
				if (recursive && child.getChildrenByAttr) result.push(child.getChildrenByAttr(attr, val, xmlns, true));
			}
			if (recursive) result = result.flat();
			return result;
		}
		getChildrenByFilter(filter, recursive) {
			let result = [];
			for (const child of this.children) {
				if (filter(child)) result.push(child);
				if (recursive && child.getChildrenByFilter) result.push(child.getChildrenByFilter(filter, true));
			}
			if (recursive) result = result.flat();
			return result;
		}
		getText() {
			let text = "";
			for (const child of this.children) if (typeof child === "string" || typeof child === "number") text += child;
			return text;
		}
		getChildText(name, xmlns) {
			const child = this.getChild(name, xmlns);
			return child ? child.getText() : null;
		}
		/**
		* Return all direct descendents that are Elements.
		* This differs from `getChildren` in that it will exclude text nodes,
		* processing instructions, etc.
		*/
		getChildElements() {
			return this.getChildrenByFilter((child) => {
				return child instanceof Element;
			});
		}
		/** returns uppermost parent */
		root() {
			if (this.parent) return this.parent.root();
			return this;
		}
		/** just parent or itself */
		up() {
			if (this.parent) return this.parent;
			return this;
		}
		/** create child node and return it */
		c(name, attrs) {
			return this.cnode(new Element(name, attrs));
		}
		cnode(child) {
			this.children.push(child);
			if (typeof child === "object") child.parent = this;
			return child;
		}
		append(...nodes) {
			for (const node of nodes) {
				this.children.push(node);
				if (typeof node === "object") node.parent = this;
			}
		}
		prepend(...nodes) {
			for (const node of nodes) {
				this.children.unshift(node);
				if (typeof node === "object") node.parent = this;
			}
		}
		/** add text node and return element */
		t(text) {
			this.children.push(text);
			return this;
		}
		/**
		* Either:
		*   el.remove(childEl)
		*   el.remove('author', 'urn:...')
		*/
		remove(el, xmlns) {
			const filter = typeof el === "string" ? (child) => {
				return !(child.is && child.is(el, xmlns));
			} : (child) => {
				return child !== el;
			};
			this.children = this.children.filter(filter);
			return this;
		}
		text(val) {
			if (val && this.children.length === 1) {
				this.children[0] = val;
				return this;
			}
			return this.getText();
		}
		attr(attr, val) {
			if (typeof val !== "undefined" || val === null) {
				if (!this.attrs) this.attrs = {};
				this.attrs[attr] = val;
				return this;
			}
			return this.attrs[attr];
		}
		toString() {
			let s = "";
			this.write((c) => {
				s += c;
			});
			return s;
		}
		_addChildren(writer) {
			writer(">");
			for (const child of this.children) if (child != null) {
				if (child.write) child.write(writer);
				else if (typeof child === "string") writer(escape.escapeXMLText(child));
				else if (child.toString) writer(escape.escapeXMLText(child.toString(10)));
			}
			writer("</");
			writer(this.name);
			writer(">");
		}
		write(writer) {
			writer("<");
			writer(this.name);
			for (const k in this.attrs) {
				const v = this.attrs[k];
				if (v != null) {
					writer(" ");
					writer(k);
					writer("=\"");
					writer(escape.escapeXML(typeof v === "string" ? v : v.toString(10)));
					writer("\"");
				}
			}
			if (this.children.length === 0) writer("/>");
			else this._addChildren(writer);
		}
	};
	Element.prototype.tree = Element.prototype.root;
	module.exports = Element;
}));

// node_modules/.pnpm/ltx@3.1.2/node_modules/ltx/lib/createElement.js
var require_createElement = /* @__PURE__ */ __commonJSMin(((exports, module) => {
	var Element = require_Element();
	function append(el, child) {
		if (Array.isArray(child)) {
			for (const c of child) append(el, c);
			return;
		}
		if (child === "" || child == null || child === true || child === false) return;
		el.cnode(child);
	}
	/**
	* JSX compatible API, use this function as pragma
	* https://facebook.github.io/jsx/
	*
	* @param  {string} name  name of the element
	* @param  {object} attrs object of attribute key/value pairs
	* @return {Element}      Element
	*/
	function createElement(name, attrs, ...children) {
		if (typeof attrs === "object" && attrs !== null) {
			delete attrs.__source;
			delete attrs.__self;
			for (const [key, value] of Object.entries(attrs)) if (value == null) delete attrs[key];
			else attrs[key] = value.toString(10);
		}
		const el = new Element(name, attrs);
		for (const child of children) append(el, child);
		return el;
	}
	module.exports = createElement;
}));

// node_modules/.pnpm/events@3.3.0/node_modules/events/events.js
var require_events = /* @__PURE__ */ __commonJSMin(((exports, module) => {
	var R = typeof Reflect === "object" ? Reflect : null;
	var ReflectApply = R && typeof R.apply === "function" ? R.apply : function ReflectApply(target, receiver, args) {
		return Function.prototype.apply.call(target, receiver, args);
	};
	var ReflectOwnKeys;
	if (R && typeof R.ownKeys === "function") ReflectOwnKeys = R.ownKeys;
	else if (Object.getOwnPropertySymbols) ReflectOwnKeys = function ReflectOwnKeys(target) {
		return Object.getOwnPropertyNames(target).concat(Object.getOwnPropertySymbols(target));
	};
	else ReflectOwnKeys = function ReflectOwnKeys(target) {
		return Object.getOwnPropertyNames(target);
	};
	function ProcessEmitWarning(warning) {
		if (console && console.warn) console.warn(warning);
	}
	var NumberIsNaN = Number.isNaN || function NumberIsNaN(value) {
		return value !== value;
	};
	function EventEmitter() {
		EventEmitter.init.call(this);
	}
	module.exports = EventEmitter;
	module.exports.once = once;
	EventEmitter.EventEmitter = EventEmitter;
	EventEmitter.prototype._events = void 0;
	EventEmitter.prototype._eventsCount = 0;
	EventEmitter.prototype._maxListeners = void 0;
	var defaultMaxListeners = 10;
	function checkListener(listener) {
		if (typeof listener !== "function") throw new TypeError("The \"listener\" argument must be of type Function. Received type " + typeof listener);
	}
	Object.defineProperty(EventEmitter, "defaultMaxListeners", {
		enumerable: true,
		get: function() {
			return defaultMaxListeners;
		},
		set: function(arg) {
			if (typeof arg !== "number" || arg < 0 || NumberIsNaN(arg)) throw new RangeError("The value of \"defaultMaxListeners\" is out of range. It must be a non-negative number. Received " + arg + ".");
			defaultMaxListeners = arg;
		}
	});
	EventEmitter.init = function() {
		if (this._events === void 0 || this._events === Object.getPrototypeOf(this)._events) {
			this._events = Object.create(null);
			this._eventsCount = 0;
		}
		this._maxListeners = this._maxListeners || void 0;
	};
	EventEmitter.prototype.setMaxListeners = function setMaxListeners(n) {
		if (typeof n !== "number" || n < 0 || NumberIsNaN(n)) throw new RangeError("The value of \"n\" is out of range. It must be a non-negative number. Received " + n + ".");
		this._maxListeners = n;
		return this;
	};
	function _getMaxListeners(that) {
		if (that._maxListeners === void 0) return EventEmitter.defaultMaxListeners;
		return that._maxListeners;
	}
	EventEmitter.prototype.getMaxListeners = function getMaxListeners() {
		return _getMaxListeners(this);
	};
	EventEmitter.prototype.emit = function emit(type) {
		var args = [];
		for (var i = 1; i < arguments.length; i++) args.push(arguments[i]);
		var doError = type === "error";
		var events = this._events;
		if (events !== void 0) doError = doError && events.error === void 0;
		else if (!doError) return false;
		if (doError) {
			var er;
			if (args.length > 0) er = args[0];
			if (er instanceof Error) throw er;
			var err = /* @__PURE__ */ new Error("Unhandled error." + (er ? " (" + er.message + ")" : ""));
			err.context = er;
			throw err;
		}
		var handler = events[type];
		if (handler === void 0) return false;
		if (typeof handler === "function") ReflectApply(handler, this, args);
		else {
			var len = handler.length;
			var listeners = arrayClone(handler, len);
			for (var i = 0; i < len; ++i) ReflectApply(listeners[i], this, args);
		}
		return true;
	};
	function _addListener(target, type, listener, prepend) {
		var m;
		var events;
		var existing;
		checkListener(listener);
		events = target._events;
		if (events === void 0) {
			events = target._events = Object.create(null);
			target._eventsCount = 0;
		} else {
			if (events.newListener !== void 0) {
				target.emit("newListener", type, listener.listener ? listener.listener : listener);
				events = target._events;
			}
			existing = events[type];
		}
		if (existing === void 0) {
			existing = events[type] = listener;
			++target._eventsCount;
		} else {
			if (typeof existing === "function") existing = events[type] = prepend ? [listener, existing] : [existing, listener];
			else if (prepend) existing.unshift(listener);
			else existing.push(listener);
			m = _getMaxListeners(target);
			if (m > 0 && existing.length > m && !existing.warned) {
				existing.warned = true;
				var w = /* @__PURE__ */ new Error("Possible EventEmitter memory leak detected. " + existing.length + " " + String(type) + " listeners added. Use emitter.setMaxListeners() to increase limit");
				w.name = "MaxListenersExceededWarning";
				w.emitter = target;
				w.type = type;
				w.count = existing.length;
				ProcessEmitWarning(w);
			}
		}
		return target;
	}
	EventEmitter.prototype.addListener = function addListener(type, listener) {
		return _addListener(this, type, listener, false);
	};
	EventEmitter.prototype.on = EventEmitter.prototype.addListener;
	EventEmitter.prototype.prependListener = function prependListener(type, listener) {
		return _addListener(this, type, listener, true);
	};
	function onceWrapper() {
		if (!this.fired) {
			this.target.removeListener(this.type, this.wrapFn);
			this.fired = true;
			if (arguments.length === 0) return this.listener.call(this.target);
			return this.listener.apply(this.target, arguments);
		}
	}
	function _onceWrap(target, type, listener) {
		var state = {
			fired: false,
			wrapFn: void 0,
			target,
			type,
			listener
		};
		var wrapped = onceWrapper.bind(state);
		wrapped.listener = listener;
		state.wrapFn = wrapped;
		return wrapped;
	}
	EventEmitter.prototype.once = function once(type, listener) {
		checkListener(listener);
		this.on(type, _onceWrap(this, type, listener));
		return this;
	};
	EventEmitter.prototype.prependOnceListener = function prependOnceListener(type, listener) {
		checkListener(listener);
		this.prependListener(type, _onceWrap(this, type, listener));
		return this;
	};
	EventEmitter.prototype.removeListener = function removeListener(type, listener) {
		var list, events, position, i, originalListener;
		checkListener(listener);
		events = this._events;
		if (events === void 0) return this;
		list = events[type];
		if (list === void 0) return this;
		if (list === listener || list.listener === listener) {
			if (--this._eventsCount === 0) this._events = Object.create(null);
			else {
				delete events[type];
				if (events.removeListener) this.emit("removeListener", type, list.listener || listener);
			}
		} else if (typeof list !== "function") {
			position = -1;
			for (i = list.length - 1; i >= 0; i--) if (list[i] === listener || list[i].listener === listener) {
				originalListener = list[i].listener;
				position = i;
				break;
			}
			if (position < 0) return this;
			if (position === 0) list.shift();
			else spliceOne(list, position);
			if (list.length === 1) events[type] = list[0];
			if (events.removeListener !== void 0) this.emit("removeListener", type, originalListener || listener);
		}
		return this;
	};
	EventEmitter.prototype.off = EventEmitter.prototype.removeListener;
	EventEmitter.prototype.removeAllListeners = function removeAllListeners(type) {
		var listeners, events = this._events, i;
		if (events === void 0) return this;
		if (events.removeListener === void 0) {
			if (arguments.length === 0) {
				this._events = Object.create(null);
				this._eventsCount = 0;
			} else if (events[type] !== void 0) {
				if (--this._eventsCount === 0) this._events = Object.create(null);
				else delete events[type];
			}
			return this;
		}
		if (arguments.length === 0) {
			var keys = Object.keys(events);
			var key;
			for (i = 0; i < keys.length; ++i) {
				key = keys[i];
				if (key === "removeListener") continue;
				this.removeAllListeners(key);
			}
			this.removeAllListeners("removeListener");
			this._events = Object.create(null);
			this._eventsCount = 0;
			return this;
		}
		listeners = events[type];
		if (typeof listeners === "function") this.removeListener(type, listeners);
		else if (listeners !== void 0) for (i = listeners.length - 1; i >= 0; i--) this.removeListener(type, listeners[i]);
		return this;
	};
	function _listeners(target, type, unwrap) {
		var events = target._events;
		if (events === void 0) return [];
		var evlistener = events[type];
		if (evlistener === void 0) return [];
		if (typeof evlistener === "function") return unwrap ? [evlistener.listener || evlistener] : [evlistener];
		return unwrap ? unwrapListeners(evlistener) : arrayClone(evlistener, evlistener.length);
	}
	EventEmitter.prototype.listeners = function listeners(type) {
		return _listeners(this, type, true);
	};
	EventEmitter.prototype.rawListeners = function rawListeners(type) {
		return _listeners(this, type, false);
	};
	EventEmitter.listenerCount = function(emitter, type) {
		if (typeof emitter.listenerCount === "function") return emitter.listenerCount(type);
		else return listenerCount.call(emitter, type);
	};
	EventEmitter.prototype.listenerCount = listenerCount;
	function listenerCount(type) {
		var events = this._events;
		if (events !== void 0) {
			var evlistener = events[type];
			if (typeof evlistener === "function") return 1;
			else if (evlistener !== void 0) return evlistener.length;
		}
		return 0;
	}
	EventEmitter.prototype.eventNames = function eventNames() {
		return this._eventsCount > 0 ? ReflectOwnKeys(this._events) : [];
	};
	function arrayClone(arr, n) {
		var copy = new Array(n);
		for (var i = 0; i < n; ++i) copy[i] = arr[i];
		return copy;
	}
	function spliceOne(list, index) {
		for (; index + 1 < list.length; index++) list[index] = list[index + 1];
		list.pop();
	}
	function unwrapListeners(arr) {
		var ret = new Array(arr.length);
		for (var i = 0; i < ret.length; ++i) ret[i] = arr[i].listener || arr[i];
		return ret;
	}
	function once(emitter, name) {
		return new Promise(function(resolve, reject) {
			function errorListener(err) {
				emitter.removeListener(name, resolver);
				reject(err);
			}
			function resolver() {
				if (typeof emitter.removeListener === "function") emitter.removeListener("error", errorListener);
				resolve([].slice.call(arguments));
			}
			eventTargetAgnosticAddListener(emitter, name, resolver, { once: true });
			if (name !== "error") addErrorHandlerIfEventEmitter(emitter, errorListener, { once: true });
		});
	}
	function addErrorHandlerIfEventEmitter(emitter, handler, flags) {
		if (typeof emitter.on === "function") eventTargetAgnosticAddListener(emitter, "error", handler, flags);
	}
	function eventTargetAgnosticAddListener(emitter, name, listener, flags) {
		if (typeof emitter.on === "function") {
			if (flags.once) emitter.once(name, listener);
			else emitter.on(name, listener);
		} else if (typeof emitter.addEventListener === "function") emitter.addEventListener(name, function wrapListener(arg) {
			if (flags.once) emitter.removeEventListener(name, wrapListener);
			listener(arg);
		});
		else throw new TypeError("The \"emitter\" argument must be of type EventEmitter. Received type " + typeof emitter);
	}
}));

// node_modules/.pnpm/ltx@3.1.2/node_modules/ltx/lib/parsers/ltx.js
var require_ltx = /* @__PURE__ */ __commonJSMin(((exports, module) => {
	var events = require_events();
	var escape = require_escape();
	const STATE_TEXT = 0;
	const STATE_IGNORE_COMMENT = 1;
	const STATE_IGNORE_INSTRUCTION = 2;
	const STATE_TAG_NAME = 3;
	const STATE_TAG = 4;
	const STATE_ATTR_NAME = 5;
	const STATE_ATTR_EQ = 6;
	const STATE_ATTR_QUOT = 7;
	const STATE_ATTR_VALUE = 8;
	const STATE_CDATA = 9;
	const STATE_IGNORE_CDATA = 10;
	var SaxLtx = class extends events.EventEmitter {
		constructor() {
			super();
			let state = STATE_TEXT;
			let remainder;
			let parseRemainder;
			let tagName;
			let attrs;
			let endTag;
			let selfClosing;
			let attrQuote;
			let attrQuoteChar;
			let recordStart = 0;
			let attrName;
			this._handleTagOpening = function _handleTagOpening(endTag, tagName, attrs) {
				if (!endTag) {
					this.emit("startElement", tagName, attrs);
					if (selfClosing) this.emit("endElement", tagName, true);
				} else this.emit("endElement", tagName, false);
			};
			this.write = function write(data) {
				if (typeof data !== "string") data = data.toString();
				let pos = 0;
				if (remainder) {
					data = remainder + data;
					pos += !parseRemainder ? remainder.length : 0;
					parseRemainder = false;
					remainder = null;
				}
				function endRecording() {
					if (typeof recordStart === "number") {
						const recorded = data.slice(recordStart, pos);
						recordStart = void 0;
						return recorded;
					}
				}
				for (; pos < data.length; pos++) {
					switch (state) {
						case STATE_TEXT: {
							const lt = data.indexOf("<", pos);
							if (lt !== -1 && pos !== lt) pos = lt;
							break;
						}
						case STATE_ATTR_VALUE: {
							const quot = data.indexOf(attrQuoteChar, pos);
							if (quot !== -1) pos = quot;
							break;
						}
						case STATE_IGNORE_COMMENT: {
							const endcomment = data.indexOf("-->", pos);
							if (endcomment !== -1) pos = endcomment + 2;
							break;
						}
						case STATE_IGNORE_CDATA: {
							const endCDATA = data.indexOf("]]>", pos);
							if (endCDATA !== -1) pos = endCDATA + 2;
							break;
						}
					}
					const c = data.charCodeAt(pos);
					switch (state) {
						case STATE_TEXT:
							if (c === 60) {
								const text = endRecording();
								if (text) this.emit("text", escape.unescapeXML(text));
								state = STATE_TAG_NAME;
								recordStart = pos + 1;
								attrs = {};
							}
							break;
						case STATE_CDATA:
							if (c === 93) {
								if (data.substr(pos + 1, 2) === "]>") {
									const cData = endRecording();
									if (cData) this.emit("text", cData);
									state = STATE_TEXT;
								} else if (data.length < pos + 2) {
									parseRemainder = true;
									pos = data.length;
								}
							}
							break;
						case STATE_TAG_NAME:
							if (c === 47 && recordStart === pos) {
								recordStart = pos + 1;
								endTag = true;
							} else if (c === 33) {
								if (data.substr(pos + 1, 7) === "[CDATA[") {
									recordStart = pos + 8;
									state = STATE_CDATA;
								} else if (data.length < pos + 8 && "[CDATA[".startsWith(data.slice(pos + 1))) {
									parseRemainder = true;
									pos = data.length;
								} else {
									recordStart = void 0;
									state = STATE_IGNORE_COMMENT;
								}
							} else if (c === 63) {
								recordStart = void 0;
								state = STATE_IGNORE_INSTRUCTION;
							} else if (c <= 32 || c === 47 || c === 62) {
								tagName = endRecording();
								pos--;
								state = STATE_TAG;
							}
							break;
						case STATE_IGNORE_COMMENT:
							if (c === 62) {
								const prevFirst = data.charCodeAt(pos - 1);
								const prevSecond = data.charCodeAt(pos - 2);
								if (prevFirst === 45 && prevSecond === 45 || prevFirst === 93 && prevSecond === 93) state = STATE_TEXT;
							}
							break;
						case STATE_IGNORE_INSTRUCTION:
							if (c === 62) {
								if (data.charCodeAt(pos - 1) === 63) state = STATE_TEXT;
							}
							break;
						case STATE_TAG:
							if (c === 62) {
								this._handleTagOpening(endTag, tagName, attrs);
								tagName = void 0;
								attrs = void 0;
								endTag = void 0;
								selfClosing = void 0;
								state = STATE_TEXT;
								recordStart = pos + 1;
							} else if (c === 47) selfClosing = true;
							else if (c > 32) {
								recordStart = pos;
								state = STATE_ATTR_NAME;
							}
							break;
						case STATE_ATTR_NAME:
							if (c <= 32 || c === 61) {
								attrName = endRecording();
								pos--;
								state = STATE_ATTR_EQ;
							}
							break;
						case STATE_ATTR_EQ:
							if (c === 61) state = STATE_ATTR_QUOT;
							break;
						case STATE_ATTR_QUOT:
							if (c === 34 || c === 39) {
								attrQuote = c;
								attrQuoteChar = c === 34 ? "\"" : "'";
								state = STATE_ATTR_VALUE;
								recordStart = pos + 1;
							}
							break;
						case STATE_ATTR_VALUE: if (c === attrQuote) {
							const value = escape.unescapeXML(endRecording());
							attrs[attrName] = value;
							attrName = void 0;
							state = STATE_TAG;
						}
					}
				}
				if (typeof recordStart === "number" && recordStart <= data.length) {
					remainder = data.slice(recordStart);
					recordStart = 0;
				}
			};
		}
		end(data) {
			if (data) this.write(data);
			this.write = function write() {};
		}
	};
	module.exports = SaxLtx;
}));

// node_modules/.pnpm/@xmpp+events@0.14.0/node_modules/@xmpp/events/lib/TimeoutError.js
var import_escape = require_escape();
var import_Element = /* @__PURE__ */ __toESM(require_Element(), 1);
var import_createElement = /* @__PURE__ */ __toESM(require_createElement(), 1);
var import_events = require_events();
var import_ltx = /* @__PURE__ */ __toESM(require_ltx(), 1);
var TimeoutError = class extends Error {
	constructor(message) {
		super(message);
		this.name = "TimeoutError";
	}
};

// node_modules/.pnpm/@xmpp+events@0.14.0/node_modules/@xmpp/events/lib/delay.js
function delay(ms) {
	let timeout;
	const promise = new Promise((resolve) => {
		timeout = setTimeout(resolve, ms);
	});
	promise.timeout = timeout;
	return promise;
}

// node_modules/.pnpm/@xmpp+events@0.14.0/node_modules/@xmpp/events/lib/timeout.js
function timeout(promise, ms) {
	const promiseDelay = delay(ms);
	function cancelDelay() {
		clearTimeout(promiseDelay.timeout);
	}
	const error = new TimeoutError();
	return Promise.race([promise.finally(cancelDelay), promiseDelay.then(() => {
		throw error;
	})]);
}

// node_modules/.pnpm/@xmpp+events@0.14.0/node_modules/@xmpp/events/lib/onoff.js
const map = /* @__PURE__ */ new WeakMap();
function onoff(target) {
	let m = map.get(target);
	if (!m) {
		m = {
			on: (target.addEventListener ?? target.addListener).bind(target),
			off: (target.removeEventListener ?? target.removeListener).bind(target),
			once: (target.once ?? ((event, handler) => target.addEventListener(event, handler, { once: true }))).bind(target)
		};
		map.set(target, m);
	}
	return m;
}

// node_modules/.pnpm/@xmpp+events@0.14.0/node_modules/@xmpp/events/lib/promise.js
function promise(target, event, rejectEvent = "error", timeout) {
	return new Promise((resolve, reject) => {
		let timeoutId;
		const { off, once } = onoff(target);
		const cleanup = () => {
			clearTimeout(timeoutId);
			off(event, onEvent);
			off(rejectEvent, onError);
		};
		function onError(reason) {
			reject(reason);
			cleanup();
		}
		function onEvent(value) {
			resolve(value);
			cleanup();
		}
		once(event, onEvent);
		if (rejectEvent) once(rejectEvent, onError);
		if (timeout) {
			const error = new TimeoutError();
			timeoutId = setTimeout(() => {
				cleanup();
				reject(error);
			}, timeout);
		}
	});
}

// node_modules/.pnpm/@xmpp+events@0.14.0/node_modules/@xmpp/events/lib/Deferred.js
function Deferred() {
	this.promise = new Promise((resolve, reject) => {
		this.resolve = resolve;
		this.reject = reject;
	});
}

// node_modules/.pnpm/@xmpp+events@0.14.0/node_modules/@xmpp/events/lib/procedure.js
function procedure(entity, stanza = null, handler) {
	return new Promise((resolve, reject) => {
		function onError(err) {
			entity.removeListener("nonza", listener);
			reject(err);
		}
		function done(...args) {
			entity.removeListener("nonza", listener);
			resolve(...args);
		}
		async function listener(element) {
			try {
				await handler(element, done);
			} catch (err) {
				onError(err);
			}
		}
		stanza && entity.send(stanza).catch(onError);
		entity.on("nonza", listener);
	});
}

// node_modules/.pnpm/@xmpp+events@0.14.0/node_modules/@xmpp/events/lib/listeners.js
function listeners(events) {
	return {
		subscribe(target) {
			const { on } = onoff(target);
			for (const [event, handler] of Object.entries(events)) on(event, handler);
		},
		unsubscribe(target) {
			const { off } = onoff(target);
			for (const [event, handler] of Object.entries(events)) off(event, handler);
		}
	};
}

// node_modules/.pnpm/@xmpp+xml@0.14.0/node_modules/@xmpp/xml/lib/XMLError.js
var XMLError = class extends Error {
	constructor(...args) {
		super(...args);
		this.name = "XMLError";
	}
};

// node_modules/.pnpm/@xmpp+xml@0.14.0/node_modules/@xmpp/xml/lib/Parser.js
var Parser = class extends import_events.EventEmitter {
	constructor() {
		super();
		const parser = new import_ltx.default();
		this.root = null;
		this.cursor = null;
		parser.on("startElement", this.onStartElement.bind(this));
		parser.on("endElement", this.onEndElement.bind(this));
		parser.on("text", this.onText.bind(this));
		this.parser = parser;
	}
	onStartElement(name, attrs) {
		const element = new import_Element.default(name, attrs);
		const { root, cursor } = this;
		if (!root) {
			this.root = element;
			this.emit("start", element);
		} else if (cursor !== root) cursor.append(element);
		this.cursor = element;
	}
	onEndElement(name) {
		const { root, cursor } = this;
		if (name !== cursor.name) {
			this.emit("error", new XMLError(`${cursor.name} must be closed.`));
			return;
		}
		if (cursor === root) {
			this.emit("end", root);
			return;
		}
		if (!cursor.parent) {
			cursor.parent = root;
			this.emit("element", cursor);
			this.cursor = root;
			return;
		}
		this.cursor = cursor.parent;
	}
	onText(str) {
		const { cursor } = this;
		if (!cursor) {
			this.emit("error", new XMLError(`${str} must be a child.`));
			return;
		}
		cursor.t(str);
	}
	write(data) {
		this.parser.write(data);
	}
	end(data) {
		if (data) this.parser.write(data);
	}
};
Parser.XMLError = XMLError;

// node_modules/.pnpm/@xmpp+xml@0.14.0/node_modules/@xmpp/xml/index.js
function xml(...args) {
	return (0, import_createElement.default)(...args);
}
Object.assign(xml, {
	Element: import_Element.default,
	createElement: import_createElement.default,
	Parser,
	escapeXML: import_escape.escapeXML,
	unescapeXML: import_escape.unescapeXML,
	escapeXMLText: import_escape.escapeXMLText,
	unescapeXMLText: import_escape.unescapeXMLText,
	XMLError,
	xml
});

// node_modules/.pnpm/@xmpp+jid@0.14.0/node_modules/@xmpp/jid/lib/escaping.js
function detect(local) {
	if (!local) return false;
	if (local.replaceAll(String.raw`\20`, "").replaceAll(String.raw`\22`, "").replaceAll(String.raw`\26`, "").replaceAll(String.raw`\27`, "").replaceAll(String.raw`\2f`, "").replaceAll(String.raw`\3a`, "").replaceAll(String.raw`\3c`, "").replaceAll(String.raw`\3e`, "").replaceAll(String.raw`\40`, "").replaceAll(String.raw`\5c`, "").search(/[ "&'/:<>@\\]/g) === -1) return false;
	return true;
}
/**
* Escape the local part of a JID.
*
* @see http://xmpp.org/extensions/xep-0106.html
* @param String local local part of a jid
* @return An escaped local part
*/
function escape(local) {
	if (local === null) return null;
	return local.replaceAll(/^\s+|\s+$/g, "").replaceAll("\\", String.raw`\5c`).replaceAll(" ", String.raw`\20`).replaceAll("\"", String.raw`\22`).replaceAll("&", String.raw`\26`).replaceAll("'", String.raw`\27`).replaceAll("/", String.raw`\2f`).replaceAll(":", String.raw`\3a`).replaceAll("<", String.raw`\3c`).replaceAll(">", String.raw`\3e`).replaceAll("@", String.raw`\40`);
}
/**
* Unescape a local part of a JID.
*
* @see http://xmpp.org/extensions/xep-0106.html
* @param String local local part of a jid
* @return unescaped local part
*/
function unescape(local) {
	if (local === null) return null;
	return local.replaceAll(String.raw`\20`, " ").replaceAll(String.raw`\22`, "\"").replaceAll(String.raw`\26`, "&").replaceAll(String.raw`\27`, "'").replaceAll(String.raw`\2f`, "/").replaceAll(String.raw`\3a`, ":").replaceAll(String.raw`\3c`, "<").replaceAll(String.raw`\3e`, ">").replaceAll(String.raw`\40`, "@").replaceAll(String.raw`\5c`, "\\");
}

// node_modules/.pnpm/@xmpp+jid@0.14.0/node_modules/@xmpp/jid/lib/JID.js
/**
* JID implements
* - XMPP addresses according to RFC6122
* - XEP-0106: JID Escaping
*
* @see http://tools.ietf.org/html/rfc6122#section-2
* @see http://xmpp.org/extensions/xep-0106.html
*/
var JID = class JID {
	constructor(local, domain, resource) {
		if (typeof domain !== "string" || !domain) throw new TypeError(`Invalid domain.`);
		this.setDomain(domain);
		this.setLocal(typeof local === "string" ? local : "");
		this.setResource(typeof resource === "string" ? resource : "");
	}
	[Symbol.toPrimitive](hint) {
		if (hint === "number") return NaN;
		return this.toString();
	}
	toString(unescape) {
		let s = this._domain;
		if (this._local) s = this.getLocal(unescape) + "@" + s;
		if (this._resource) s = s + "/" + this._resource;
		return s;
	}
	/**
	* Convenience method to distinguish users
	* */
	bare() {
		if (this._resource) return new JID(this._local, this._domain, null);
		return this;
	}
	/**
	* Comparison function
	* */
	equals(other) {
		return this._local === other._local && this._domain === other._domain && this._resource === other._resource;
	}
	/**
	* http://xmpp.org/rfcs/rfc6122.html#addressing-localpart
	* */
	setLocal(local, escape$1) {
		escape$1 = escape$1 || detect(local);
		if (escape$1) local = escape(local);
		this._local = local && local.toLowerCase();
		return this;
	}
	getLocal(unescape$1 = false) {
		let local = null;
		local = unescape$1 ? unescape(this._local) : this._local;
		return local;
	}
	/**
	* http://xmpp.org/rfcs/rfc6122.html#addressing-domain
	*/
	setDomain(domain) {
		this._domain = domain.toLowerCase();
		return this;
	}
	getDomain() {
		return this._domain;
	}
	/**
	* http://xmpp.org/rfcs/rfc6122.html#addressing-resourcepart
	*/
	setResource(resource) {
		this._resource = resource;
		return this;
	}
	getResource() {
		return this._resource;
	}
};
Object.defineProperty(JID.prototype, "local", {
	get: JID.prototype.getLocal,
	set: JID.prototype.setLocal
});
Object.defineProperty(JID.prototype, "domain", {
	get: JID.prototype.getDomain,
	set: JID.prototype.setDomain
});
Object.defineProperty(JID.prototype, "resource", {
	get: JID.prototype.getResource,
	set: JID.prototype.setResource
});

// node_modules/.pnpm/@xmpp+jid@0.14.0/node_modules/@xmpp/jid/lib/parse.js
function parse(s) {
	let local;
	let resource;
	const resourceStart = s.indexOf("/");
	if (resourceStart !== -1) {
		resource = s.slice(resourceStart + 1);
		s = s.slice(0, resourceStart);
	}
	const atStart = s.indexOf("@");
	if (atStart !== -1) {
		local = s.slice(0, atStart);
		s = s.slice(atStart + 1);
	}
	return new JID(local, s, resource);
}

// node_modules/.pnpm/@xmpp+jid@0.14.0/node_modules/@xmpp/jid/index.js
function equal(a, b) {
	return a.equals(b);
}
function jid(...args) {
	if (!args[1] && !args[2]) return parse(...args);
	return new JID(...args);
}
const j = jid.bind();
j.jid = jid;
j.JID = JID;
j.parse = parse;
j.equal = equal;
j.detectEscape = detect;
j.escapeLocal = escape;
j.unescapeLocal = unescape;

// node_modules/.pnpm/@xmpp+error@0.14.0/node_modules/@xmpp/error/index.js
var XMPPError = class extends Error {
	constructor(condition, text, application) {
		super(condition + (text ? ` - ${text}` : ""));
		this.name = "XMPPError";
		this.condition = condition;
		this.text = text;
		this.application = application;
	}
	static fromElement(element) {
		const [condition, second, third] = element.getChildElements();
		let text;
		let application;
		if (second) {
			if (second.is("text")) text = second;
			else if (second) application = second;
			if (third) application = third;
		}
		const error = new this(condition.name, text ? text.text() : "", application);
		error.element = element;
		return error;
	}
};

// node_modules/.pnpm/@xmpp+connection@0.14.0/node_modules/@xmpp/connection/lib/StreamError.js
var StreamError = class extends XMPPError {
	constructor(...args) {
		super(...args);
		this.name = "StreamError";
	}
};

// node_modules/.pnpm/@xmpp+connection@0.14.0/node_modules/@xmpp/connection/lib/util.js
function parseURI(URI) {
	let { port, hostname, protocol } = new URL(URI);
	if (hostname === "[::1]") hostname = "::1";
	return {
		port,
		hostname,
		protocol
	};
}
function parseHost(host) {
	const { port, hostname } = parseURI(`http://${host}`);
	return {
		port,
		hostname
	};
}
function parseService(service) {
	return service.includes("://") ? parseURI(service) : parseHost(service);
}

// node_modules/.pnpm/@xmpp+connection@0.14.0/node_modules/@xmpp/connection/index.js
const NS_STREAM = "urn:ietf:params:xml:ns:xmpp-streams";
const NS_JABBER_STREAM = "http://etherx.jabber.org/streams";
var Connection = class extends import_events.EventEmitter {
	#socketListeners = null;
	#parserListeners = null;
	constructor(options = {}) {
		super();
		if (typeof options === "string") options = { domain: options };
		this.jid = null;
		this.timeout = options.timeout || 2e3;
		this.options = options;
		this.status = "offline";
		this.socket = null;
		this.parser = null;
		this.root = null;
	}
	isSecure() {
		return this.socket?.secure === true;
	}
	async _streamError(condition, children) {
		try {
			await this.send(xml("stream:error", {}, [xml(condition, { xmlns: NS_STREAM }, children)]));
		} catch {}
		return this.disconnect();
	}
	_onData(data) {
		const str = data.toString("utf8");
		this.parser.write(str);
	}
	#onParserError(error) {
		this._streamError("bad-format");
		this._detachParser();
		this.emit("error", error);
	}
	#onSocketClosed(dirty, reason) {
		this._detachSocket();
		this._status("disconnect", {
			clean: !dirty,
			reason
		});
	}
	#onStreamClosed(dirty, reason) {
		this._detachParser();
		this._status("close", {
			clean: !dirty,
			reason
		});
	}
	_attachSocket(socket) {
		this.socket = socket;
		this.#socketListeners ??= listeners({
			data: this._onData.bind(this),
			close: this.#onSocketClosed.bind(this),
			connect: () => this._status("connect"),
			error: (error) => this.emit("error", error)
		});
		this.#socketListeners.subscribe(this.socket);
	}
	_detachSocket() {
		this.socket && this.#socketListeners?.unsubscribe(this.socket);
		this.socket = null;
	}
	_onElement(element) {
		const isStreamError = element.is("error", NS_JABBER_STREAM);
		if (isStreamError) this._onStreamError(element);
		this.emit("element", element);
		this.emit(this.isStanza(element) ? "stanza" : "nonza", element);
		if (isStreamError) this.disconnect();
	}
	_onStreamError(element) {
		const error = StreamError.fromElement(element);
		if (error.condition === "see-other-host") return this._onSeeOtherHost(error);
		this.emit("error", error);
	}
	async _onSeeOtherHost(error) {
		const { protocol } = parseService(this.options.service);
		const host = error.element.getChildText("see-other-host");
		const { port } = parseHost(host);
		let service;
		service = port ? `${protocol || "xmpp:"}//${host}` : (protocol ? `${protocol}//` : "") + host;
		try {
			await promise(this, "disconnect");
			const { domain, lang } = this.options;
			await this.connect(service);
			await this.open({
				domain,
				lang
			});
		} catch (err) {
			this.emit("error", err);
		}
	}
	_attachParser(parser) {
		this.parser = parser;
		this.#parserListeners ??= listeners({
			element: this._onElement.bind(this),
			error: this.#onParserError.bind(this),
			end: this.#onStreamClosed.bind(this),
			start: (element) => this._status("open", element)
		});
		this.#parserListeners.subscribe(this.parser);
	}
	_detachParser() {
		this.parser && this.#parserListeners?.unsubscribe(this.parser);
		this.parser = null;
		this.root = null;
	}
	_jid(id) {
		this.jid = j(id);
		return this.jid;
	}
	_status(status, ...args) {
		if (this.status === status) return;
		this.status = status;
		this.emit("status", status, ...args);
		this.emit(status, ...args);
	}
	_ready(resumed = false) {
		if (resumed) this.status = "online";
		else this._status("online", this.jid);
	}
	async disconnect() {
		let el;
		try {
			el = await this._closeStream();
		} catch (err) {
			this.#onStreamClosed(err);
		}
		try {
			await this._closeSocket();
		} catch (err) {
			this.#onSocketClosed(true, err);
		}
		return el;
	}
	/**
	* Opens the socket then opens the stream
	*/
	async start() {
		if (this.status !== "offline") throw new Error("Connection is not offline");
		const { service, domain, lang } = this.options;
		await this.connect(service);
		const promiseOnline = promise(this, "online");
		await this.open({
			domain,
			lang
		});
		return promiseOnline;
	}
	/**
	* Connects the socket
	*/
	async connect(service) {
		this._status("connecting", service);
		const socket = new this.Socket();
		this._attachSocket(socket);
		socket.connect(this.socketParameters(service));
		return promise(socket, "connect");
	}
	/**
	* Disconnects the socket
	* https://xmpp.org/rfcs/rfc6120.html#streams-close
	* https://tools.ietf.org/html/rfc7395#section-3.6
	*/
	async _closeSocket(timeout = this.timeout) {
		this._status("disconnecting");
		this.socket.end();
		await promise(this.socket, "close", "error", timeout);
	}
	/**
	* Opens the stream
	*/
	async open(options) {
		this._status("opening");
		const { domain, lang } = options;
		const headerElement = this.headerElement();
		headerElement.attrs.to = domain;
		headerElement.attrs["xml:lang"] = lang;
		this.root = headerElement;
		this._attachParser(new this.Parser());
		await this.write(this.header(headerElement));
		return promise(this, "open", "error", this.timeout);
	}
	/**
	* Closes the stream then closes the socket
	* https://xmpp.org/rfcs/rfc6120.html#streams-close
	* https://tools.ietf.org/html/rfc7395#section-3.6
	*/
	async stop() {
		const el = await this.disconnect();
		this._status("offline", el);
		return el;
	}
	/**
	* Closes the stream and wait for the server to close it
	* https://xmpp.org/rfcs/rfc6120.html#streams-close
	* https://tools.ietf.org/html/rfc7395#section-3.6
	*/
	async _closeStream(timeout = this.timeout) {
		await this.#runHooks("close");
		const fragment = this.footer(this.footerElement());
		await this.write(fragment);
		this._status("closing");
		return promise(this.parser, "end", "error", timeout);
	}
	/**
	* Restart the stream
	* https://xmpp.org/rfcs/rfc6120.html#streams-negotiation-restart
	*/
	async restart() {
		this._detachParser();
		const { domain, lang } = this.options;
		return this.open({
			domain,
			lang
		});
	}
	async send(element) {
		element.parent = this.root;
		await this.write(element.toString());
		this.emit("send", element);
	}
	sendReceive(element, timeout = this.timeout) {
		return Promise.all([this.send(element), promise(this, "element", "error", timeout)]).then(([, el]) => el);
	}
	async write(string) {
		if (this.status === "closing") throw new Error("Connection is closing");
		return new Promise((resolve, reject) => {
			this.socket.write(string, (err) => err ? reject(err) : resolve());
		});
	}
	isStanza(element) {
		const { name } = element;
		return name === "iq" || name === "message" || name === "presence";
	}
	isNonza(element) {
		return !this.isStanza(element);
	}
	header(el) {
		return el.toString();
	}
	headerElement() {
		return new xml.Element("", {
			version: "1.0",
			xmlns: this.NS
		});
	}
	footer(el) {
		return el.toString();
	}
	footerElement() {}
	socketParameters() {}
	#hooks = /* @__PURE__ */ new Map();
	#hook_events = /* @__PURE__ */ new Set(["close"]);
	hook(event, handler) {
		this.#assertHookEventName(event);
		if (!this.#hooks.has(event)) this.#hooks.set(event, /* @__PURE__ */ new Set());
		this.#hooks.get(event).add([handler]);
	}
	#assertHookEventName(event) {
		if (!this.#hook_events.has(event)) throw new Error(`Hook event name "${event}" is unknown.`);
	}
	unhook(event, handler) {
		this.#assertHookEventName(event);
		const handlers = this.#hooks.get("event");
		const item = [...handlers].find((item) => item.handler === handler);
		handlers.remove(item);
	}
	async #runHooks(event, ...args) {
		this.#assertHookEventName(event);
		const hooks = this.#hooks.get(event);
		if (!hooks) return;
		await Promise.all([...hooks].map(async ([handler]) => {
			try {
				await handler(...args);
			} catch (err) {
				this.emit("error", err);
			}
		}));
	}
};
Connection.prototype.NS = "";
Connection.prototype.Socket = null;
Connection.prototype.Parser = null;

// node_modules/.pnpm/@xmpp+client-core@0.14.0/node_modules/@xmpp/client-core/lib/Client.js
var Client = class extends Connection {
	constructor(options) {
		super(options);
		this.transports = [];
	}
	send(element, ...args) {
		return this.Transport.prototype.send.call(this, element, ...args);
	}
	sendMany(...args) {
		return this.Transport.prototype.sendMany.call(this, ...args);
	}
	_findTransport(service) {
		return this.transports.find((Transport) => {
			try {
				return Transport.prototype.socketParameters(service) !== void 0;
			} catch {
				return false;
			}
		});
	}
	connect(service) {
		const Transport = this._findTransport(service);
		if (!Transport) throw new Error("No compatible connection method found.");
		this.Transport = Transport;
		this.Socket = Transport.prototype.Socket;
		this.Parser = Transport.prototype.Parser;
		return super.connect(service);
	}
	socketParameters(...args) {
		return this.Transport.prototype.socketParameters(...args);
	}
	header(headerElement, ...args) {
		const from = this.isSecure() && this.jid?.bare().toString();
		if (from) headerElement.attrs.from = from;
		return this.Transport.prototype.header(headerElement, ...args);
	}
	headerElement(...args) {
		return this.Transport.prototype.headerElement(...args);
	}
	footer(...args) {
		return this.Transport.prototype.footer(...args);
	}
	footerElement(...args) {
		return this.Transport.prototype.footerElement(...args);
	}
};
Client.prototype.NS = "jabber:client";

// node_modules/.pnpm/@xmpp+iq@0.14.0/node_modules/@xmpp/iq/callee.js
/**
* References
* https://xmpp.org/rfcs/rfc6120.html#stanzas-semantics-iq
* https://xmpp.org/rfcs/rfc6120.html#stanzas-error
*/
const NS_STANZA = "urn:ietf:params:xml:ns:xmpp-stanzas";
function isQuery({ name, type }) {
	if (name !== "iq") return false;
	if (type === "error" || type === "result") return false;
	return true;
}
function isValidQuery({ type }, children, child) {
	if (type !== "get" && type !== "set") return false;
	if (children.length !== 1) return false;
	if (!child) return false;
	return true;
}
function buildReply({ stanza }) {
	return xml("iq", {
		to: stanza.attrs.from,
		from: stanza.attrs.to,
		id: stanza.attrs.id
	});
}
function buildReplyResult(ctx, child) {
	const reply = buildReply(ctx);
	reply.attrs.type = "result";
	if (child) reply.append(child);
	return reply;
}
function buildReplyError(ctx, error, child) {
	const reply = buildReply(ctx);
	reply.attrs.type = "error";
	if (child) reply.append(child);
	reply.append(error);
	return reply;
}
function buildError(type, condition) {
	return xml("error", { type }, xml(condition, NS_STANZA));
}
function iqHandler(entity) {
	return async function iqHandler(ctx, next) {
		if (!isQuery(ctx)) return next();
		const { stanza } = ctx;
		const children = stanza.getChildElements();
		const [child] = children;
		if (!isValidQuery(ctx, children, child)) return buildReplyError(ctx, buildError("modify", "bad-request"), child);
		ctx.element = child;
		let reply;
		try {
			reply = await next();
		} catch (err) {
			entity.emit("error", err);
			reply = buildError("cancel", "internal-server-error");
		}
		if (!reply) reply = buildError("cancel", "service-unavailable");
		if (reply instanceof xml.Element && reply.is("error")) return buildReplyError(ctx, reply, child);
		return buildReplyResult(ctx, reply instanceof xml.Element ? reply : void 0);
	};
}
function route$1(type, ns, name, handler) {
	return (ctx, next) => {
		if (ctx.type !== type | !ctx.element || !ctx.element.is(name, ns)) return next();
		return handler(ctx, next);
	};
}
function iqCallee({ middleware, entity }) {
	middleware.use(iqHandler(entity));
	return {
		get(ns, name, handler) {
			middleware.use(route$1("get", ns, name, handler));
		},
		set(ns, name, handler) {
			middleware.use(route$1("set", ns, name, handler));
		}
	};
}

// node_modules/.pnpm/@xmpp+id@0.14.0/node_modules/@xmpp/id/index.js
function id() {
	let i;
	while (!i) i = Math.random().toString(36).slice(2, 12);
	return i;
}

// node_modules/.pnpm/@xmpp+middleware@0.14.0/node_modules/@xmpp/middleware/lib/StanzaError.js
var StanzaError = class extends XMPPError {
	constructor(condition, text, application, type) {
		super(condition, text, application);
		this.type = type;
		this.name = "StanzaError";
	}
	static fromElement(element) {
		const error = super.fromElement(element);
		error.type = element.attrs.type;
		return error;
	}
};

// node_modules/.pnpm/@xmpp+iq@0.14.0/node_modules/@xmpp/iq/caller.js
function isReply({ name, type }) {
	if (name !== "iq") return false;
	if (type !== "error" && type !== "result") return false;
	return true;
}
var IQCaller = class {
	constructor({ entity, middleware }) {
		this.handlers = /* @__PURE__ */ new Map();
		this.entity = entity;
		this.middleware = middleware;
	}
	start() {
		this.middleware.use(this._route.bind(this));
	}
	_route({ type, name, id, stanza }, next) {
		if (!isReply({
			name,
			type
		})) return next();
		const deferred = this.handlers.get(id);
		if (!deferred) return next();
		if (type === "error") deferred.reject(StanzaError.fromElement(stanza.getChild("error")));
		else deferred.resolve(stanza);
		this.handlers.delete(id);
	}
	async request(stanza, timeout$1 = 3e4) {
		if (!stanza.attrs.id) stanza.attrs.id = id();
		const deferred = new Deferred();
		this.handlers.set(stanza.attrs.id, deferred);
		try {
			await this.entity.send(stanza);
			await timeout(deferred.promise, timeout$1);
		} catch (err) {
			this.handlers.delete(stanza.attrs.id);
			throw err;
		}
		return deferred.promise;
	}
	_childRequest(type, element, to, ...args) {
		const { name, attrs: { xmlns } } = element;
		return this.request(xml("iq", {
			type,
			to
		}, element), ...args).then((stanza) => stanza.getChild(name, xmlns));
	}
	async get(...args) {
		return this._childRequest("get", ...args);
	}
	async set(...args) {
		return this._childRequest("set", ...args);
	}
};
function iqCaller(...args) {
	const iqCaller = new IQCaller(...args);
	iqCaller.start();
	return iqCaller;
}

// node_modules/.pnpm/koa-compose@4.2.0/node_modules/koa-compose/index.js
var require_koa_compose = /* @__PURE__ */ __commonJSMin(((exports, module) => {
	/**
	* Expose compositor.
	*/
	module.exports = compose;
	function flatten(arr) {
		return arr.reduce((acc, next) => acc.concat(Array.isArray(next) ? flatten(next) : next), []);
	}
	/**
	* Compose `middleware` returning
	* a fully valid middleware comprised
	* of all those which are passed.
	*
	* @param {Array} middleware
	* @return {Function}
	* @api public
	*/
	function compose(middleware) {
		if (!Array.isArray(middleware)) throw new TypeError("Middleware stack must be an array!");
		middleware = flatten(middleware);
		for (const fn of middleware) if (typeof fn !== "function") throw new TypeError("Middleware must be composed of functions!");
		/**
		* @param {Object} context
		* @return {Promise}
		* @api public
		*/
		return function(context, next) {
			let index = -1;
			return dispatch(0);
			function dispatch(i) {
				if (i <= index) return Promise.reject(/* @__PURE__ */ new Error("next() called multiple times"));
				index = i;
				let fn = middleware[i];
				if (i === middleware.length) fn = next;
				if (!fn) return Promise.resolve();
				try {
					return Promise.resolve(fn(context, dispatch.bind(null, i + 1)));
				} catch (err) {
					return Promise.reject(err);
				}
			}
		};
	}
}));

// node_modules/.pnpm/@xmpp+middleware@0.14.0/node_modules/@xmpp/middleware/lib/Context.js
var import_koa_compose = /* @__PURE__ */ __toESM(require_koa_compose(), 1);
var Context = class {
	constructor(entity, stanza) {
		this.stanza = stanza;
		this.entity = entity;
		const { name, attrs } = stanza;
		const { type, id } = attrs;
		this.name = name;
		this.id = id || "";
		if (name === "message") this.type = type || "normal";
		else if (name === "presence") this.type = type || "available";
		else this.type = type || "";
		this.from = null;
		this.to = null;
		this.local = "";
		this.domain = "";
		this.resource = "";
	}
};

// node_modules/.pnpm/@xmpp+middleware@0.14.0/node_modules/@xmpp/middleware/lib/IncomingContext.js
var IncomingContext = class extends Context {
	constructor(entity, stanza) {
		super(entity, stanza);
		const { jid } = entity;
		const { domain } = entity.options ?? {};
		const to = stanza.attrs.to || jid?.toString();
		const from = stanza.attrs.from || domain;
		if (to) this.to = new j(to);
		if (from) {
			this.from = new j(from);
			this.local = this.from.local;
			this.domain = this.from.domain;
			this.resource = this.from.resource;
		}
	}
};

// node_modules/.pnpm/@xmpp+middleware@0.14.0/node_modules/@xmpp/middleware/lib/OutgoingContext.js
var OutgoingContext = class extends Context {
	constructor(entity, stanza) {
		super(entity, stanza);
		const { jid } = entity;
		const { domain } = entity.options ?? {};
		const from = stanza.attrs.from || jid?.toString();
		const to = stanza.attrs.to || domain;
		if (from) this.from = new j(from);
		if (to) {
			this.to = new j(to);
			this.local = this.to.local;
			this.domain = this.to.domain;
			this.resource = this.to.resource;
		}
	}
};

// node_modules/.pnpm/@xmpp+middleware@0.14.0/node_modules/@xmpp/middleware/index.js
function listener(entity, middleware, Context) {
	return (stanza) => {
		const ctx = new Context(entity, stanza);
		return (0, import_koa_compose.default)(middleware)(ctx);
	};
}
function errorHandler(entity) {
	return (ctx, next) => {
		next().then((reply) => reply && entity.send(reply)).catch((err) => entity.emit("error", err));
	};
}
function middleware({ entity }) {
	const incoming = [errorHandler(entity)];
	const outgoing = [];
	const incomingListener = listener(entity, incoming, IncomingContext);
	const outgoingListener = listener(entity, outgoing, OutgoingContext);
	entity.on("element", incomingListener);
	entity.on("send", outgoingListener);
	return {
		use(fn) {
			incoming.push(fn);
			return fn;
		},
		filter(fn) {
			outgoing.push(fn);
			return fn;
		}
	};
}

// node_modules/.pnpm/@xmpp+resource-binding@0.14.0/node_modules/@xmpp/resource-binding/index.js
const NS$2 = "urn:ietf:params:xml:ns:xmpp-bind";
function makeBindElement(resource) {
	return xml("bind", { xmlns: NS$2 }, resource && xml("resource", {}, resource));
}
async function bind(entity, iqCaller, resource) {
	const jid = (await iqCaller.set(makeBindElement(resource))).getChildText("jid");
	entity._jid(jid);
	entity._ready(false);
	return jid;
}
function route({ iqCaller }, resource) {
	return async ({ entity }, next) => {
		resource = typeof resource === "function" ? await resource() : resource;
		await bind(entity, iqCaller, resource);
		next();
	};
}
function resourceBinding({ streamFeatures, iqCaller }, resource) {
	streamFeatures.use("bind", NS$2, route({ iqCaller }, resource));
}

// node_modules/.pnpm/@xmpp+base64@0.14.0/node_modules/@xmpp/base64/index.js
function encode(string) {
	return globalThis.btoa(string);
}
function decode(string) {
	return globalThis.atob(string);
}

// node_modules/.pnpm/@xmpp+sasl@0.14.0/node_modules/@xmpp/sasl/lib/SASLError.js
var SASLError = class extends XMPPError {
	constructor(...args) {
		super(...args);
		this.name = "SASLError";
	}
};

// node_modules/.pnpm/@xmpp+sasl@0.14.0/node_modules/@xmpp/sasl/index.js
const NS$1 = "urn:ietf:params:xml:ns:xmpp-sasl";
function getAvailableMechanisms(element, NS, saslFactory) {
	const offered = new Set(element.getChildren("mechanism", NS).map((m) => m.text()));
	return saslFactory._mechs.map(({ name }) => name).filter((mech) => offered.has(mech));
}
async function authenticate({ saslFactory, entity, mechanism, credentials }) {
	const mech = saslFactory.create([mechanism]);
	if (!mech) throw new Error(`SASL: Mechanism ${mechanism} not found.`);
	const { domain } = entity.options;
	const creds = {
		username: null,
		password: null,
		server: domain,
		host: domain,
		realm: domain,
		serviceType: "xmpp",
		serviceName: domain,
		...credentials
	};
	await procedure(entity, mech.clientFirst && xml("auth", {
		xmlns: NS$1,
		mechanism: mech.name
	}, encode(await mech.response(creds))), async (element, done) => {
		if (element.getNS() !== NS$1) return;
		if (element.name === "challenge") {
			await mech.challenge(decode(element.text()));
			const resp = await mech.response(creds);
			await entity.send(xml("response", {
				xmlns: NS$1,
				mechanism: mech.name
			}, typeof resp === "string" ? encode(resp) : ""));
			return;
		}
		if (element.name === "failure") throw SASLError.fromElement(element);
		if (element.name === "success") return done();
	});
}
function sasl({ streamFeatures, saslFactory }, onAuthenticate) {
	streamFeatures.use("mechanisms", NS$1, async ({ entity }, _next, element) => {
		const mechanisms = getAvailableMechanisms(element, NS$1, saslFactory);
		if (mechanisms.length === 0) throw new SASLError("SASL: No compatible mechanism available.");
		async function done(credentials, mechanism) {
			await authenticate({
				saslFactory,
				entity,
				mechanism,
				credentials
			});
		}
		await onAuthenticate(done, mechanisms, null, entity);
		await entity.restart();
	});
}

// node_modules/.pnpm/sasl-plain@0.1.0/node_modules/sasl-plain/lib/mechanism.js
var require_mechanism = /* @__PURE__ */ __commonJSMin(((exports, module, this$4) => {
	(function(root, factory) {
		if (typeof exports === "object") factory(exports, module);
		else if (typeof define === "function" && define.amd) define(["exports", "module"], factory);
	})(this$4, function(exports, module) {
		/**
		* PLAIN `Mechanism` constructor.
		*
		* This class implements the PLAIN SASL mechanism.
		*
		* The PLAIN SASL mechanism provides support for exchanging a clear-text
		* username and password.  This mechanism should not be used without adequate
		* security provided by an underlying transport layer. 
		*
		* References:
		*  - [RFC 4616](http://tools.ietf.org/html/rfc4616)
		*
		* @api public
		*/
		function Mechanism() {}
		Mechanism.prototype.name = "PLAIN";
		Mechanism.prototype.clientFirst = true;
		/**
		* Encode a response using given credential.
		*
		* Options:
		*  - `username`
		*  - `password`
		*  - `authzid`   authorization identity (optional)
		*
		* @param {Object} cred
		* @api public
		*/
		Mechanism.prototype.response = function(cred) {
			var str = "";
			str += cred.authzid || "";
			str += "\0";
			str += cred.username;
			str += "\0";
			str += cred.password;
			return str;
		};
		/**
		* Decode a challenge issued by the server.
		*
		* @param {String} chal
		* @return {Mechanism} for chaining
		* @api public
		*/
		Mechanism.prototype.challenge = function(chal) {
			return this;
		};
		exports = module.exports = Mechanism;
	});
}));

// node_modules/.pnpm/sasl-plain@0.1.0/node_modules/sasl-plain/main.js
var require_main$1 = /* @__PURE__ */ __commonJSMin(((exports, module, this$3) => {
	(function(root, factory) {
		if (typeof exports === "object") factory(exports, module, require_mechanism());
		else if (typeof define === "function" && define.amd) define([
			"exports",
			"module",
			"./lib/mechanism"
		], factory);
	})(this$3, function(exports, module, Mechanism) {
		exports = module.exports = Mechanism;
		exports.Mechanism = Mechanism;
	});
}));

// node_modules/.pnpm/@xmpp+sasl-plain@0.14.0/node_modules/@xmpp/sasl-plain/index.js
var import_main$1 = /* @__PURE__ */ __toESM(require_main$1(), 1);
function saslPlain(sasl) {
	sasl.use(import_main$1.default);
}

// node_modules/.pnpm/@xmpp+stream-features@0.14.0/node_modules/@xmpp/stream-features/index.js
/**
* References
* https://xmpp.org/rfcs/rfc6120.html#streams-negotiation Stream Negotiation
* https://xmpp.org/extensions/xep-0170.html XEP-0170: Recommended Order of Stream Feature Negotiation
* https://xmpp.org/registrar/stream-features.html XML Stream Features
*/
function streamFeatures({ middleware }) {
	function use(name, xmlns, handler) {
		return middleware.use((ctx, next) => {
			const { stanza } = ctx;
			if (!stanza.is("features", "http://etherx.jabber.org/streams")) return next();
			const feature = stanza.getChild(name, xmlns);
			if (!feature) return next();
			return handler(ctx, next, feature);
		});
	}
	return { use };
}

// node_modules/.pnpm/@xmpp+time@0.14.0/node_modules/@xmpp/time/index.js
function datetime(d = /* @__PURE__ */ new Date()) {
	if (typeof d === "string") d = new Date(d);
	return new Date(d).toISOString().split(".")[0] + "Z";
}

// node_modules/.pnpm/@xmpp+stream-management@0.14.0/node_modules/@xmpp/stream-management/bind2.js
function setupBind2({ bind2, sm, failed, enabled }) {
	bind2.use(NS, (_element) => {
		return makeEnableElement({ sm });
	}, async (element) => {
		if (element.is("enabled")) enabled(element.attrs);
		else if (element.is("failed")) failed();
	});
}

// node_modules/.pnpm/@xmpp+stream-management@0.14.0/node_modules/@xmpp/stream-management/sasl2.js
function setupSasl2({ sasl2, sm, failed, resumed }) {
	sasl2.use(NS, (element) => {
		if (!element.is("sm")) return;
		if (sm.id) return makeResumeElement({ sm });
	}, (element) => {
		if (element.is("resumed")) resumed(element);
		else if (element.is("failed")) failed();
	});
}

// node_modules/.pnpm/@xmpp+stream-management@0.14.0/node_modules/@xmpp/stream-management/stream-feature.js
function setupStreamFeature({ streamFeatures, sm, entity, resumed, failed, enabled }) {
	streamFeatures.use("sm", NS, async (context, next) => {
		if (sm.id) try {
			await resumed(await resume(entity, sm));
			return;
		} catch {
			failed();
		}
		await next();
		const promiseEnable = enable(entity, sm);
		if (sm.outbound_q.length > 0) throw new Error("Stream Management assertion failure, queue should be empty after enable");
		sm.outbound = 0;
		try {
			enabled((await promiseEnable).attrs);
		} catch {
			sm.enabled = false;
			sm.enableSent = false;
		}
	});
}
function enable(entity, sm) {
	return procedure(entity, makeEnableElement({ sm }), (element, done) => {
		if (element.is("enabled", "urn:xmpp:sm:3")) return done(element);
		else if (element.is("failed", "urn:xmpp:sm:3")) throw XMPPError.fromElement(element);
	});
}
async function resume(entity, sm) {
	return procedure(entity, makeResumeElement({ sm }), (element, done) => {
		if (element.is("resumed", "urn:xmpp:sm:3")) return done(element);
		else if (element.is("failed", "urn:xmpp:sm:3")) throw XMPPError.fromElement(element);
	});
}

// node_modules/.pnpm/@xmpp+stream-management@0.14.0/node_modules/@xmpp/stream-management/index.js
const NS = "urn:xmpp:sm:3";
function makeEnableElement({ sm }) {
	return xml("enable", {
		xmlns: NS,
		max: sm.preferredMaximum,
		resume: "true"
	});
}
function makeResumeElement({ sm }) {
	return xml("resume", {
		xmlns: NS,
		h: sm.inbound,
		previd: sm.id
	});
}
function streamManagement({ streamFeatures, entity, middleware, bind2, sasl2 }) {
	let timeoutTimeout = null;
	let requestAckTimeout = null;
	let requestAckDebounce = null;
	const sm = new import_events.EventEmitter();
	Object.assign(sm, {
		preferredMaximum: null,
		enabled: false,
		enableSent: false,
		id: "",
		outbound_q: [],
		outbound: 0,
		inbound: 0,
		max: null,
		timeout: 6e4,
		requestAckInterval: 3e4,
		requestAckDebounce: 250
	});
	async function sendAck() {
		try {
			await entity.send(xml("a", {
				xmlns: NS,
				h: sm.inbound
			}));
		} catch {}
	}
	entity.on("disconnect", () => {
		clearTimeout(timeoutTimeout);
		clearTimeout(requestAckTimeout);
		clearTimeout(requestAckDebounce);
		sm.enabled = false;
		sm.enableSent = false;
	});
	entity.hook("close", async () => {
		if (!sm.enabled) return;
		await sendAck();
	});
	async function resumed(resumed) {
		sm.enabled = true;
		ackQueue(+resumed.attrs.h);
		let q = sm.outbound_q;
		sm.outbound_q = [];
		await entity.sendMany(q.map((item) => queueToStanza({
			entity,
			item
		})));
		sm.emit("resumed");
		entity._ready(true);
		scheduleRequestAck();
	}
	function failed() {
		sm.enabled = false;
		sm.enableSent = false;
		sm.id = "";
		failQueue();
	}
	function ackQueue(n) {
		const oldOutbound = sm.outbound;
		for (let i = 0; i < +n - oldOutbound; i++) {
			const item = sm.outbound_q.shift();
			sm.outbound++;
			sm.emit("ack", item.stanza);
		}
	}
	function failQueue() {
		let item;
		while (item = sm.outbound_q.shift()) sm.emit("fail", item.stanza);
		sm.outbound = 0;
	}
	function enabled({ id, max }) {
		sm.enabled = true;
		sm.id = id;
		sm.max = max;
		sm.inbound = 0;
		scheduleRequestAck();
	}
	entity.on("offline", () => {
		failQueue();
		sm.inbound = 0;
		sm.enabled = false;
		sm.enableSent = false;
		sm.id = "";
	});
	middleware.use(async (context, next) => {
		const { stanza } = context;
		clearTimeout(timeoutTimeout);
		timeoutTimeout = null;
		if ([
			"presence",
			"message",
			"iq"
		].includes(stanza.name)) sm.inbound += 1;
		else if (stanza.is("r", "urn:xmpp:sm:3")) await sendAck();
		else if (stanza.is("a", "urn:xmpp:sm:3")) ackQueue(+stanza.attrs.h);
		scheduleRequestAck();
		return next();
	});
	if (bind2) setupBind2({
		bind2,
		sm,
		failed,
		enabled
	});
	if (sasl2) setupSasl2({
		sasl2,
		sm,
		failed,
		resumed
	});
	function scheduleRequestAck(timeout = sm.requestAckInterval) {
		clearTimeout(requestAckTimeout);
		if (!sm.enabled) return;
		if (!timeout) return;
		requestAckTimeout = setTimeout(requestAck, timeout);
	}
	function requestAck() {
		clearTimeout(requestAckTimeout);
		clearTimeout(requestAckDebounce);
		if (!sm.enabled) return;
		if (sm.timeout && !timeoutTimeout) timeoutTimeout = setTimeout(() => {
			clearTimeout(requestAckTimeout);
			entity.disconnect().catch(() => {});
		}, sm.timeout);
		entity.send(xml("r", { xmlns: NS })).catch(() => {});
		scheduleRequestAck();
	}
	middleware.filter((context, next) => {
		const { stanza } = context;
		if (stanza.is("enable", "urn:xmpp:sm:3")) sm.enableSent = true;
		if (!sm.enabled && !sm.enableSent) return next();
		if (![
			"presence",
			"message",
			"iq"
		].includes(stanza.name)) return next();
		sm.outbound_q.push({
			stanza,
			stamp: datetime()
		});
		clearTimeout(requestAckTimeout);
		clearTimeout(requestAckDebounce);
		requestAckDebounce = setTimeout(requestAck, sm.requestAckDebounce);
		return next();
	});
	if (streamFeatures) setupStreamFeature({
		streamFeatures,
		sm,
		entity,
		resumed,
		failed,
		enabled
	});
	return sm;
}
function queueToStanza({ entity, item }) {
	const { stanza, stamp } = item;
	if (stanza.name === "message" && !stanza.getChild("delay", "urn:xmpp:delay")) stanza.append(xml("delay", {
		xmlns: "urn:xmpp:delay",
		from: entity.jid.toString(),
		stamp
	}));
	return stanza;
}

// node_modules/.pnpm/saslmechanisms@0.1.1/node_modules/saslmechanisms/lib/factory.js
var require_factory = /* @__PURE__ */ __commonJSMin(((exports, module, this$2) => {
	(function(root, factory) {
		if (typeof exports === "object") factory(exports, module);
		else if (typeof define === "function" && define.amd) define(["exports", "module"], factory);
	})(this$2, function(exports, module) {
		/**
		* `Factory` constructor.
		*
		* @api public
		*/
		function Factory() {
			this._mechs = [];
		}
		/**
		* Utilize the given `mech` with optional `name`, overridding the mechanism's
		* default name.
		*
		* Examples:
		*
		*     factory.use(FooMechanism);
		*
		*     factory.use('XFOO', FooMechanism);
		*
		* @param {String|Mechanism} name
		* @param {Mechanism} mech
		* @return {Factory} for chaining
		* @api public
		*/
		Factory.prototype.use = function(name, mech) {
			if (!mech) {
				mech = name;
				name = mech.prototype.name;
			}
			this._mechs.push({
				name,
				mech
			});
			return this;
		};
		/**
		* Create a new mechanism from supported list of `mechs`.
		*
		* If no mechanisms are supported, returns `null`.
		*
		* Examples:
		*
		*     var mech = factory.create(['FOO', 'BAR']);
		*
		* @param {Array} mechs
		* @return {Mechanism}
		* @api public
		*/
		Factory.prototype.create = function(mechs) {
			for (var i = 0, len = this._mechs.length; i < len; i++) for (var j = 0, jlen = mechs.length; j < jlen; j++) {
				var entry = this._mechs[i];
				if (entry.name == mechs[j]) return new entry.mech();
			}
			return null;
		};
		exports = module.exports = Factory;
	});
}));

// node_modules/.pnpm/saslmechanisms@0.1.1/node_modules/saslmechanisms/main.js
var require_main = /* @__PURE__ */ __commonJSMin(((exports, module, this$1) => {
	(function(root, factory) {
		if (typeof exports === "object") factory(exports, module, require_factory());
		else if (typeof define === "function" && define.amd) define([
			"exports",
			"module",
			"./lib/factory"
		], factory);
	})(this$1, function(exports, module, Factory) {
		exports = module.exports = Factory;
		exports.Factory = Factory;
	});
}));

// node_modules/.pnpm/@xmpp+websocket@0.14.0/node_modules/@xmpp/websocket/lib/Socket.js
var import_main = /* @__PURE__ */ __toESM(require_main(), 1);
const CODE = "ECONNERROR";
function isSecure(url) {
	const uri = parseURI(url);
	if (uri.protocol === "wss:") return true;
	if ([
		"localhost",
		"127.0.0.1",
		"::1"
	].includes(uri.hostname)) return true;
	return false;
}
var Socket = class extends import_events.EventEmitter {
	#listeners = null;
	socket = null;
	url = null;
	secure = false;
	connect(url) {
		this.url = url;
		this.secure = isSecure(url);
		this._attachSocket(new WebSocket(url, ["xmpp"]));
	}
	_attachSocket(socket) {
		this.socket = socket;
		this.#listeners ??= listeners({
			open: () => this.emit("connect"),
			message: ({ data }) => this.emit("data", data),
			error: (event) => {
				const { url } = this;
				let { error } = event;
				if (!error) {
					error = new Error(event.message || `WebSocket ${CODE} ${url}`);
					error.errno = CODE;
					error.code = CODE;
				}
				error.event = event;
				error.url = url;
				this.emit("error", error);
			},
			close: (event) => {
				this._detachSocket();
				this.emit("close", !event.wasClean, event);
			}
		});
		this.#listeners.subscribe(this.socket);
	}
	_detachSocket() {
		this.url = null;
		this.secure = false;
		this.socket && this.#listeners?.unsubscribe(this.socket);
		this.socket = null;
	}
	end() {
		this.socket.close();
	}
	write(data, fn) {
		function done(err) {
			if (!fn) return;
			Promise.resolve().then(() => fn(err));
		}
		try {
			this.socket.send(data);
		} catch (err) {
			done(err);
			return;
		}
		done();
	}
};

// node_modules/.pnpm/@xmpp+websocket@0.14.0/node_modules/@xmpp/websocket/lib/FramedParser.js
var FramedParser = class extends Parser {
	onStartElement(name, attrs) {
		const element = new import_Element.default(name, attrs);
		const { cursor } = this;
		if (cursor) cursor.append(element);
		this.cursor = element;
	}
	onEndElement(name) {
		const { cursor } = this;
		if (name !== cursor.name) {
			this.emit("error", new XMLError(`${cursor.name} must be closed.`));
			return;
		}
		if (cursor.parent) {
			this.cursor = cursor.parent;
			return;
		}
		if (cursor.is("open", "urn:ietf:params:xml:ns:xmpp-framing")) this.emit("start", cursor);
		else if (cursor.is("close", "urn:ietf:params:xml:ns:xmpp-framing")) this.emit("end", cursor);
		else this.emit("element", cursor);
		this.cursor = null;
	}
};

// node_modules/.pnpm/@xmpp+websocket@0.14.0/node_modules/@xmpp/websocket/lib/Connection.js
const NS_FRAMING = "urn:ietf:params:xml:ns:xmpp-framing";
var ConnectionWebSocket = class extends Connection {
	send(element, ...args) {
		element.attrs.xmlns ??= this.NS;
		return super.send(element, ...args);
	}
	async sendMany(elements) {
		for (const element of elements) {
			element.attrs.xmlns ??= this.NS;
			element.parent = this.root;
			this.socket.write(element.toString());
			this.emit("send", element);
		}
	}
	footerElement() {
		return new xml.Element("close", { xmlns: NS_FRAMING });
	}
	headerElement() {
		const el = super.headerElement();
		el.name = "open";
		el.attrs.xmlns = NS_FRAMING;
		return el;
	}
	socketParameters(service) {
		return /^wss?:\/\//.test(service) ? service : void 0;
	}
};
ConnectionWebSocket.prototype.Socket = Socket;
ConnectionWebSocket.prototype.NS = "jabber:client";
ConnectionWebSocket.prototype.Parser = FramedParser;

// packages/realtime/dist/internal/transport.js
/** A transport class for `Client.transports`, bound to one WebSocket factory. */
const makeTransport = (make) => {
	class InjectedSocket extends Socket {
		connect(url) {
			this.url = url;
			this.secure = isSecure(url);
			this._attachSocket(make(url, ["xmpp"]));
		}
	}
	class Transport extends ConnectionWebSocket {}
	Transport.prototype.Socket = InjectedSocket;
	return Transport;
};

// packages/realtime/dist/internal/xmppClient.js
const NS_STREAMS = "http://etherx.jabber.org/streams";
const NS_SASL = "urn:ietf:params:xml:ns:xmpp-sasl";
const saslError = (condition, text) => Object.assign(/* @__PURE__ */ new Error(`${condition} - ${text}`), {
	name: "SASLError",
	condition,
	text
});
/** Creates the session. Nothing is opened until `connect`. */
const makeXmppClient = (options) => {
	const { events } = options;
	const entity = new Client({
		service: options.service,
		domain: options.domain,
		timeout: options.streamTimeoutMs
	});
	entity.transports.push(makeTransport(options.makeSocket));
	let credentials = {
		username: "",
		password: ""
	};
	let generation = 0;
	let lastError;
	let resumed = false;
	const mw = middleware({ entity });
	mw.use(async ({ stanza }, next) => {
		if (!stanza.is("features", NS_STREAMS) || stanza.getChild("mechanisms", NS_SASL)) return next();
		const current = generation;
		resumed = false;
		await next();
		if (entity.status !== "online" || current !== generation) return;
		if (!resumed && options.initialPresence) await entity.send(xml("presence"));
		events.negotiated(current, entity.jid?.toString() ?? "", resumed, sm.enabled);
	});
	const features = streamFeatures({ middleware: mw });
	const caller = iqCaller({
		middleware: mw,
		entity
	});
	const callee = iqCallee({
		middleware: mw,
		entity
	});
	const factory = new import_main.default();
	saslPlain(factory);
	sasl({
		streamFeatures: features,
		saslFactory: factory
	}, async (authenticate, mechanisms, _fast, client) => {
		if (!mechanisms.includes("PLAIN")) throw saslError("invalid-mechanism", "the server does not offer SASL PLAIN");
		if (!client.isSecure() && !options.allowInsecurePlain) throw saslError("encryption-required", "refusing SASL PLAIN over an insecure connection (use wss://)");
		await authenticate(credentials, "PLAIN");
	});
	const sm = streamManagement({
		streamFeatures: features,
		entity,
		middleware: mw
	});
	sm.requestAckDebounce = options.ackRequestDelayMs;
	resourceBinding({
		streamFeatures: features,
		iqCaller: caller
	}, options.resource);
	callee.get("urn:xmpp:ping", "ping", () => ({}));
	sm.on("resumed", () => {
		resumed = true;
	});
	sm.on("ack", (stanza) => events.ack(stanza));
	sm.on("fail", (stanza) => events.fail(stanza));
	entity.on("stanza", (stanza) => events.stanza(stanza));
	entity.on("element", () => events.received());
	entity.on("nonza", (element) => {
		if (element.is("success", NS_SASL)) events.authenticated(generation);
	});
	entity.on("error", (error) => {
		lastError = error;
		events.error(generation, error);
	});
	entity.on("disconnect", () => events.disconnected(generation, lastError));
	const kill = () => {
		const socket = entity.socket;
		if (socket === null) return;
		const raw = socket.socket;
		entity._detachSocket();
		entity._detachParser();
		try {
			if (raw?.terminate) raw.terminate();
			else raw?.close();
		} catch {}
		entity._status("disconnect", { clean: false });
	};
	return {
		connect: async (next) => {
			kill();
			credentials = next;
			lastError = void 0;
			generation += 1;
			await entity.connect(options.service);
			await entity.open({ domain: options.domain });
		},
		send: async (stanza) => {
			await entity.send(stanza);
			const queue = sm.outbound_q;
			for (let i = queue.length - 1; i >= 0; i--) if (queue[i]?.stanza === stanza) return true;
			return false;
		},
		close: async () => {
			generation += 1;
			if (entity.socket === null) {
				entity._status("offline");
				return;
			}
			try {
				await entity.stop();
			} catch {
				kill();
				entity._status("offline");
			}
		},
		kill,
		generation: () => generation
	};
};

// packages/realtime/.probe/m/entry.js
console.log(makeXmppClient);
