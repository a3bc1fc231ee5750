import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 181:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("buffer");

/***/ }),

/***/ 932:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("process");

/***/ }),

/***/ 7349:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);
var YAMLMap = __nccwpck_require__(4454);
var YAMLSeq = __nccwpck_require__(2223);
var resolveBlockMap = __nccwpck_require__(7103);
var resolveBlockSeq = __nccwpck_require__(334);
var resolveFlowCollection = __nccwpck_require__(3142);

function resolveCollection(CN, ctx, token, onError, tagName, tag) {
    const coll = token.type === 'block-map'
        ? resolveBlockMap.resolveBlockMap(CN, ctx, token, onError, tag)
        : token.type === 'block-seq'
            ? resolveBlockSeq.resolveBlockSeq(CN, ctx, token, onError, tag)
            : resolveFlowCollection.resolveFlowCollection(CN, ctx, token, onError, tag);
    const Coll = coll.constructor;
    // If we got a tagName matching the class, or the tag name is '!',
    // then use the tagName from the node class used to create it.
    if (tagName === '!' || tagName === Coll.tagName) {
        coll.tag = Coll.tagName;
        return coll;
    }
    if (tagName)
        coll.tag = tagName;
    return coll;
}
function composeCollection(CN, ctx, token, props, onError) {
    const tagToken = props.tag;
    const tagName = !tagToken
        ? null
        : ctx.directives.tagName(tagToken.source, msg => onError(tagToken, 'TAG_RESOLVE_FAILED', msg));
    if (token.type === 'block-seq') {
        const { anchor, newlineAfterProp: nl } = props;
        const lastProp = anchor && tagToken
            ? anchor.offset > tagToken.offset
                ? anchor
                : tagToken
            : (anchor ?? tagToken);
        if (lastProp && (!nl || nl.offset < lastProp.offset)) {
            const message = 'Missing newline after block sequence props';
            onError(lastProp, 'MISSING_CHAR', message);
        }
    }
    const expType = token.type === 'block-map'
        ? 'map'
        : token.type === 'block-seq'
            ? 'seq'
            : token.start.source === '{'
                ? 'map'
                : 'seq';
    // shortcut: check if it's a generic YAMLMap or YAMLSeq
    // before jumping into the custom tag logic.
    if (!tagToken ||
        !tagName ||
        tagName === '!' ||
        (tagName === YAMLMap.YAMLMap.tagName && expType === 'map') ||
        (tagName === YAMLSeq.YAMLSeq.tagName && expType === 'seq')) {
        return resolveCollection(CN, ctx, token, onError, tagName);
    }
    let tag = ctx.schema.tags.find(t => t.tag === tagName && t.collection === expType);
    if (!tag) {
        const kt = ctx.schema.knownTags[tagName];
        if (kt?.collection === expType) {
            ctx.schema.tags.push(Object.assign({}, kt, { default: false }));
            tag = kt;
        }
        else {
            if (kt) {
                onError(tagToken, 'BAD_COLLECTION_TYPE', `${kt.tag} used for ${expType} collection, but expects ${kt.collection ?? 'scalar'}`, true);
            }
            else {
                onError(tagToken, 'TAG_RESOLVE_FAILED', `Unresolved tag: ${tagName}`, true);
            }
            return resolveCollection(CN, ctx, token, onError, tagName);
        }
    }
    const coll = resolveCollection(CN, ctx, token, onError, tagName, tag);
    const res = tag.resolve?.(coll, msg => onError(tagToken, 'TAG_RESOLVE_FAILED', msg), ctx.options) ?? coll;
    const node = identity.isNode(res)
        ? res
        : new Scalar.Scalar(res);
    node.range = coll.range;
    node.tag = tagName;
    if (tag?.format)
        node.format = tag.format;
    return node;
}

exports.composeCollection = composeCollection;


/***/ }),

/***/ 3683:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Document = __nccwpck_require__(3021);
var composeNode = __nccwpck_require__(5937);
var resolveEnd = __nccwpck_require__(7788);
var resolveProps = __nccwpck_require__(4631);

function composeDoc(options, directives, { offset, start, value, end }, onError) {
    const opts = Object.assign({ _directives: directives }, options);
    const doc = new Document.Document(undefined, opts);
    const ctx = {
        atKey: false,
        atRoot: true,
        directives: doc.directives,
        options: doc.options,
        schema: doc.schema
    };
    const props = resolveProps.resolveProps(start, {
        indicator: 'doc-start',
        next: value ?? end?.[0],
        offset,
        onError,
        parentIndent: 0,
        startOnNewline: true
    });
    if (props.found) {
        doc.directives.docStart = true;
        if (value &&
            (value.type === 'block-map' || value.type === 'block-seq') &&
            !props.hasNewline)
            onError(props.end, 'MISSING_CHAR', 'Block collection cannot start on same line with directives-end marker');
    }
    // @ts-expect-error If Contents is set, let's trust the user
    doc.contents = value
        ? composeNode.composeNode(ctx, value, props, onError)
        : composeNode.composeEmptyNode(ctx, props.end, start, null, props, onError);
    const contentEnd = doc.contents.range[2];
    const re = resolveEnd.resolveEnd(end, contentEnd, false, onError);
    if (re.comment)
        doc.comment = re.comment;
    doc.range = [offset, contentEnd, re.offset];
    return doc;
}

exports.composeDoc = composeDoc;


/***/ }),

/***/ 5937:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Alias = __nccwpck_require__(4065);
var identity = __nccwpck_require__(1127);
var composeCollection = __nccwpck_require__(7349);
var composeScalar = __nccwpck_require__(5413);
var resolveEnd = __nccwpck_require__(7788);
var utilEmptyScalarPosition = __nccwpck_require__(2599);

const CN = { composeNode, composeEmptyNode };
function composeNode(ctx, token, props, onError) {
    const atKey = ctx.atKey;
    const { spaceBefore, comment, anchor, tag } = props;
    let node;
    let isSrcToken = true;
    switch (token.type) {
        case 'alias':
            node = composeAlias(ctx, token, onError);
            if (anchor || tag)
                onError(token, 'ALIAS_PROPS', 'An alias node must not specify any properties');
            break;
        case 'scalar':
        case 'single-quoted-scalar':
        case 'double-quoted-scalar':
        case 'block-scalar':
            node = composeScalar.composeScalar(ctx, token, tag, onError);
            if (anchor)
                node.anchor = anchor.source.substring(1);
            break;
        case 'block-map':
        case 'block-seq':
        case 'flow-collection':
            try {
                node = composeCollection.composeCollection(CN, ctx, token, props, onError);
                if (anchor)
                    node.anchor = anchor.source.substring(1);
            }
            catch (error) {
                // Almost certainly here due to a stack overflow
                const message = error instanceof Error ? error.message : String(error);
                onError(token, 'RESOURCE_EXHAUSTION', message);
            }
            break;
        default: {
            const message = token.type === 'error'
                ? token.message
                : `Unsupported token (type: ${token.type})`;
            onError(token, 'UNEXPECTED_TOKEN', message);
            isSrcToken = false;
        }
    }
    node ?? (node = composeEmptyNode(ctx, token.offset, undefined, null, props, onError));
    if (anchor && node.anchor === '')
        onError(anchor, 'BAD_ALIAS', 'Anchor cannot be an empty string');
    if (atKey &&
        ctx.options.stringKeys &&
        (!identity.isScalar(node) ||
            typeof node.value !== 'string' ||
            (node.tag && node.tag !== 'tag:yaml.org,2002:str'))) {
        const msg = 'With stringKeys, all keys must be strings';
        onError(tag ?? token, 'NON_STRING_KEY', msg);
    }
    if (spaceBefore)
        node.spaceBefore = true;
    if (comment) {
        if (token.type === 'scalar' && token.source === '')
            node.comment = comment;
        else
            node.commentBefore = comment;
    }
    // @ts-expect-error Type checking misses meaning of isSrcToken
    if (ctx.options.keepSourceTokens && isSrcToken)
        node.srcToken = token;
    return node;
}
function composeEmptyNode(ctx, offset, before, pos, { spaceBefore, comment, anchor, tag, end }, onError) {
    const token = {
        type: 'scalar',
        offset: utilEmptyScalarPosition.emptyScalarPosition(offset, before, pos),
        indent: -1,
        source: ''
    };
    const node = composeScalar.composeScalar(ctx, token, tag, onError);
    if (anchor) {
        node.anchor = anchor.source.substring(1);
        if (node.anchor === '')
            onError(anchor, 'BAD_ALIAS', 'Anchor cannot be an empty string');
    }
    if (spaceBefore)
        node.spaceBefore = true;
    if (comment) {
        node.comment = comment;
        node.range[2] = end;
    }
    return node;
}
function composeAlias({ options }, { offset, source, end }, onError) {
    const alias = new Alias.Alias(source.substring(1));
    if (alias.source === '')
        onError(offset, 'BAD_ALIAS', 'Alias cannot be an empty string');
    if (alias.source.endsWith(':'))
        onError(offset + source.length - 1, 'BAD_ALIAS', 'Alias ending in : is ambiguous', true);
    const valueEnd = offset + source.length;
    const re = resolveEnd.resolveEnd(end, valueEnd, options.strict, onError);
    alias.range = [offset, valueEnd, re.offset];
    if (re.comment)
        alias.comment = re.comment;
    return alias;
}

exports.composeEmptyNode = composeEmptyNode;
exports.composeNode = composeNode;


/***/ }),

/***/ 5413:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);
var resolveBlockScalar = __nccwpck_require__(8913);
var resolveFlowScalar = __nccwpck_require__(6842);

function composeScalar(ctx, token, tagToken, onError) {
    const { value, type, comment, range } = token.type === 'block-scalar'
        ? resolveBlockScalar.resolveBlockScalar(ctx, token, onError)
        : resolveFlowScalar.resolveFlowScalar(token, ctx.options.strict, onError);
    const tagName = tagToken
        ? ctx.directives.tagName(tagToken.source, msg => onError(tagToken, 'TAG_RESOLVE_FAILED', msg))
        : null;
    let tag;
    if (ctx.options.stringKeys && ctx.atKey) {
        tag = ctx.schema[identity.SCALAR];
    }
    else if (tagName)
        tag = findScalarTagByName(ctx.schema, value, tagName, tagToken, onError);
    else if (token.type === 'scalar')
        tag = findScalarTagByTest(ctx, value, token, onError);
    else
        tag = ctx.schema[identity.SCALAR];
    let scalar;
    try {
        const res = tag.resolve(value, msg => onError(tagToken ?? token, 'TAG_RESOLVE_FAILED', msg), ctx.options);
        scalar = identity.isScalar(res) ? res : new Scalar.Scalar(res);
    }
    catch (error) {
        const msg = error instanceof Error ? error.message : String(error);
        onError(tagToken ?? token, 'TAG_RESOLVE_FAILED', msg);
        scalar = new Scalar.Scalar(value);
    }
    scalar.range = range;
    scalar.source = value;
    if (type)
        scalar.type = type;
    if (tagName)
        scalar.tag = tagName;
    if (tag.format)
        scalar.format = tag.format;
    if (comment)
        scalar.comment = comment;
    return scalar;
}
function findScalarTagByName(schema, value, tagName, tagToken, onError) {
    if (tagName === '!')
        return schema[identity.SCALAR]; // non-specific tag
    const matchWithTest = [];
    for (const tag of schema.tags) {
        if (!tag.collection && tag.tag === tagName) {
            if (tag.default && tag.test)
                matchWithTest.push(tag);
            else
                return tag;
        }
    }
    for (const tag of matchWithTest)
        if (tag.test?.test(value))
            return tag;
    const kt = schema.knownTags[tagName];
    if (kt && !kt.collection) {
        // Ensure that the known tag is available for stringifying,
        // but does not get used by default.
        schema.tags.push(Object.assign({}, kt, { default: false, test: undefined }));
        return kt;
    }
    onError(tagToken, 'TAG_RESOLVE_FAILED', `Unresolved tag: ${tagName}`, tagName !== 'tag:yaml.org,2002:str');
    return schema[identity.SCALAR];
}
function findScalarTagByTest({ atKey, directives, schema }, value, token, onError) {
    const tag = schema.tags.find(tag => (tag.default === true || (atKey && tag.default === 'key')) &&
        tag.test?.test(value)) || schema[identity.SCALAR];
    if (schema.compat) {
        const compat = schema.compat.find(tag => tag.default && tag.test?.test(value)) ??
            schema[identity.SCALAR];
        if (tag.tag !== compat.tag) {
            const ts = directives.tagString(tag.tag);
            const cs = directives.tagString(compat.tag);
            const msg = `Value may be parsed as either ${ts} or ${cs}`;
            onError(token, 'TAG_RESOLVE_FAILED', msg, true);
        }
    }
    return tag;
}

exports.composeScalar = composeScalar;


/***/ }),

/***/ 9984:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var node_process = __nccwpck_require__(932);
var directives = __nccwpck_require__(1342);
var Document = __nccwpck_require__(3021);
var errors = __nccwpck_require__(1464);
var identity = __nccwpck_require__(1127);
var composeDoc = __nccwpck_require__(3683);
var resolveEnd = __nccwpck_require__(7788);

function getErrorPos(src) {
    if (typeof src === 'number')
        return [src, src + 1];
    if (Array.isArray(src))
        return src.length === 2 ? src : [src[0], src[1]];
    const { offset, source } = src;
    return [offset, offset + (typeof source === 'string' ? source.length : 1)];
}
function parsePrelude(prelude) {
    let comment = '';
    let atComment = false;
    let afterEmptyLine = false;
    for (let i = 0; i < prelude.length; ++i) {
        const source = prelude[i];
        switch (source[0]) {
            case '#':
                comment +=
                    (comment === '' ? '' : afterEmptyLine ? '\n\n' : '\n') +
                        (source.substring(1) || ' ');
                atComment = true;
                afterEmptyLine = false;
                break;
            case '%':
                if (prelude[i + 1]?.[0] !== '#')
                    i += 1;
                atComment = false;
                break;
            default:
                // This may be wrong after doc-end, but in that case it doesn't matter
                if (!atComment)
                    afterEmptyLine = true;
                atComment = false;
        }
    }
    return { comment, afterEmptyLine };
}
/**
 * Compose a stream of CST nodes into a stream of YAML Documents.
 *
 * ```ts
 * import { Composer, Parser } from 'yaml'
 *
 * const src: string = ...
 * const tokens = new Parser().parse(src)
 * const docs = new Composer().compose(tokens)
 * ```
 */
class Composer {
    constructor(options = {}) {
        this.doc = null;
        this.atDirectives = false;
        this.prelude = [];
        this.errors = [];
        this.warnings = [];
        this.onError = (source, code, message, warning) => {
            const pos = getErrorPos(source);
            if (warning)
                this.warnings.push(new errors.YAMLWarning(pos, code, message));
            else
                this.errors.push(new errors.YAMLParseError(pos, code, message));
        };
        // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
        this.directives = new directives.Directives({ version: options.version || '1.2' });
        this.options = options;
    }
    decorate(doc, afterDoc) {
        const { comment, afterEmptyLine } = parsePrelude(this.prelude);
        //console.log({ dc: doc.comment, prelude, comment })
        if (comment) {
            const dc = doc.contents;
            if (afterDoc) {
                doc.comment = doc.comment ? `${doc.comment}\n${comment}` : comment;
            }
            else if (afterEmptyLine || doc.directives.docStart || !dc) {
                doc.commentBefore = comment;
            }
            else if (identity.isCollection(dc) && !dc.flow && dc.items.length > 0) {
                let it = dc.items[0];
                if (identity.isPair(it))
                    it = it.key;
                const cb = it.commentBefore;
                it.commentBefore = cb ? `${comment}\n${cb}` : comment;
            }
            else {
                const cb = dc.commentBefore;
                dc.commentBefore = cb ? `${comment}\n${cb}` : comment;
            }
        }
        if (afterDoc) {
            for (let i = 0; i < this.errors.length; ++i)
                doc.errors.push(this.errors[i]);
            for (let i = 0; i < this.warnings.length; ++i)
                doc.warnings.push(this.warnings[i]);
        }
        else {
            doc.errors = this.errors;
            doc.warnings = this.warnings;
        }
        this.prelude = [];
        this.errors = [];
        this.warnings = [];
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
    *compose(tokens, forceDoc = false, endOffset = -1) {
        for (const token of tokens)
            yield* this.next(token);
        yield* this.end(forceDoc, endOffset);
    }
    /** Advance the composer by one CST token. */
    *next(token) {
        if (node_process.env.LOG_STREAM)
            console.dir(token, { depth: null });
        switch (token.type) {
            case 'directive':
                this.directives.add(token.source, (offset, message, warning) => {
                    const pos = getErrorPos(token);
                    pos[0] += offset;
                    this.onError(pos, 'BAD_DIRECTIVE', message, warning);
                });
                this.prelude.push(token.source);
                this.atDirectives = true;
                break;
            case 'document': {
                const doc = composeDoc.composeDoc(this.options, this.directives, token, this.onError);
                if (this.atDirectives && !doc.directives.docStart)
                    this.onError(token, 'MISSING_CHAR', 'Missing directives-end/doc-start indicator line');
                this.decorate(doc, false);
                if (this.doc)
                    yield this.doc;
                this.doc = doc;
                this.atDirectives = false;
                break;
            }
            case 'byte-order-mark':
            case 'space':
                break;
            case 'comment':
            case 'newline':
                this.prelude.push(token.source);
                break;
            case 'error': {
                const msg = token.source
                    ? `${token.message}: ${JSON.stringify(token.source)}`
                    : token.message;
                const error = new errors.YAMLParseError(getErrorPos(token), 'UNEXPECTED_TOKEN', msg);
                if (this.atDirectives || !this.doc)
                    this.errors.push(error);
                else
                    this.doc.errors.push(error);
                break;
            }
            case 'doc-end': {
                if (!this.doc) {
                    const msg = 'Unexpected doc-end without preceding document';
                    this.errors.push(new errors.YAMLParseError(getErrorPos(token), 'UNEXPECTED_TOKEN', msg));
                    break;
                }
                this.doc.directives.docEnd = true;
                const end = resolveEnd.resolveEnd(token.end, token.offset + token.source.length, this.doc.options.strict, this.onError);
                this.decorate(this.doc, true);
                if (end.comment) {
                    const dc = this.doc.comment;
                    this.doc.comment = dc ? `${dc}\n${end.comment}` : end.comment;
                }
                this.doc.range[2] = end.offset;
                break;
            }
            default:
                this.errors.push(new errors.YAMLParseError(getErrorPos(token), 'UNEXPECTED_TOKEN', `Unsupported token ${token.type}`));
        }
    }
    /**
     * Call at end of input to yield any remaining document.
     *
     * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
     * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
     */
    *end(forceDoc = false, endOffset = -1) {
        if (this.doc) {
            this.decorate(this.doc, true);
            yield this.doc;
            this.doc = null;
        }
        else if (forceDoc) {
            const opts = Object.assign({ _directives: this.directives }, this.options);
            const doc = new Document.Document(undefined, opts);
            if (this.atDirectives)
                this.onError(endOffset, 'MISSING_CHAR', 'Missing directives-end indicator line');
            doc.range = [0, endOffset, endOffset];
            this.decorate(doc, false);
            yield doc;
        }
    }
}

exports.Composer = Composer;


/***/ }),

/***/ 7103:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Pair = __nccwpck_require__(7165);
var YAMLMap = __nccwpck_require__(4454);
var resolveProps = __nccwpck_require__(4631);
var utilContainsNewline = __nccwpck_require__(9499);
var utilFlowIndentCheck = __nccwpck_require__(4051);
var utilMapIncludes = __nccwpck_require__(1187);

const startColMsg = 'All mapping items must start at the same column';
function resolveBlockMap({ composeNode, composeEmptyNode }, ctx, bm, onError, tag) {
    const NodeClass = tag?.nodeClass ?? YAMLMap.YAMLMap;
    const map = new NodeClass(ctx.schema);
    if (ctx.atRoot)
        ctx.atRoot = false;
    let offset = bm.offset;
    let commentEnd = null;
    for (const collItem of bm.items) {
        const { start, key, sep, value } = collItem;
        // key properties
        const keyProps = resolveProps.resolveProps(start, {
            indicator: 'explicit-key-ind',
            next: key ?? sep?.[0],
            offset,
            onError,
            parentIndent: bm.indent,
            startOnNewline: true
        });
        const implicitKey = !keyProps.found;
        if (implicitKey) {
            if (key) {
                if (key.type === 'block-seq')
                    onError(offset, 'BLOCK_AS_IMPLICIT_KEY', 'A block sequence may not be used as an implicit map key');
                else if ('indent' in key && key.indent !== bm.indent)
                    onError(offset, 'BAD_INDENT', startColMsg);
            }
            if (!keyProps.anchor && !keyProps.tag && !sep) {
                commentEnd = keyProps.end;
                if (keyProps.comment) {
                    if (map.comment)
                        map.comment += '\n' + keyProps.comment;
                    else
                        map.comment = keyProps.comment;
                }
                continue;
            }
            if (keyProps.newlineAfterProp || utilContainsNewline.containsNewline(key)) {
                onError(key ?? start[start.length - 1], 'MULTILINE_IMPLICIT_KEY', 'Implicit keys need to be on a single line');
            }
        }
        else if (keyProps.found?.indent !== bm.indent) {
            onError(offset, 'BAD_INDENT', startColMsg);
        }
        // key value
        ctx.atKey = true;
        const keyStart = keyProps.end;
        const keyNode = key
            ? composeNode(ctx, key, keyProps, onError)
            : composeEmptyNode(ctx, keyStart, start, null, keyProps, onError);
        if (ctx.schema.compat)
            utilFlowIndentCheck.flowIndentCheck(bm.indent, key, onError);
        ctx.atKey = false;
        if (utilMapIncludes.mapIncludes(ctx, map.items, keyNode))
            onError(keyStart, 'DUPLICATE_KEY', 'Map keys must be unique');
        // value properties
        const valueProps = resolveProps.resolveProps(sep ?? [], {
            indicator: 'map-value-ind',
            next: value,
            offset: keyNode.range[2],
            onError,
            parentIndent: bm.indent,
            startOnNewline: !key || key.type === 'block-scalar'
        });
        offset = valueProps.end;
        if (valueProps.found) {
            if (implicitKey) {
                if (value?.type === 'block-map' && !valueProps.hasNewline)
                    onError(offset, 'BLOCK_AS_IMPLICIT_KEY', 'Nested mappings are not allowed in compact mappings');
                if (ctx.options.strict &&
                    keyProps.start < valueProps.found.offset - 1024)
                    onError(keyNode.range, 'KEY_OVER_1024_CHARS', 'The : indicator must be at most 1024 chars after the start of an implicit block mapping key');
            }
            // value value
            const valueNode = value
                ? composeNode(ctx, value, valueProps, onError)
                : composeEmptyNode(ctx, offset, sep, null, valueProps, onError);
            if (ctx.schema.compat)
                utilFlowIndentCheck.flowIndentCheck(bm.indent, value, onError);
            offset = valueNode.range[2];
            const pair = new Pair.Pair(keyNode, valueNode);
            if (ctx.options.keepSourceTokens)
                pair.srcToken = collItem;
            map.items.push(pair);
        }
        else {
            // key with no value
            if (implicitKey)
                onError(keyNode.range, 'MISSING_CHAR', 'Implicit map keys need to be followed by map values');
            if (valueProps.comment) {
                if (keyNode.comment)
                    keyNode.comment += '\n' + valueProps.comment;
                else
                    keyNode.comment = valueProps.comment;
            }
            const pair = new Pair.Pair(keyNode);
            if (ctx.options.keepSourceTokens)
                pair.srcToken = collItem;
            map.items.push(pair);
        }
    }
    if (commentEnd && commentEnd < offset)
        onError(commentEnd, 'IMPOSSIBLE', 'Map comment with trailing content');
    map.range = [bm.offset, offset, commentEnd ?? offset];
    return map;
}

exports.resolveBlockMap = resolveBlockMap;


/***/ }),

/***/ 8913:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);

function resolveBlockScalar(ctx, scalar, onError) {
    const start = scalar.offset;
    const header = parseBlockScalarHeader(scalar, ctx.options.strict, onError);
    if (!header)
        return { value: '', type: null, comment: '', range: [start, start, start] };
    const type = header.mode === '>' ? Scalar.Scalar.BLOCK_FOLDED : Scalar.Scalar.BLOCK_LITERAL;
    const lines = scalar.source ? splitLines(scalar.source) : [];
    // determine the end of content & start of chomping
    let chompStart = lines.length;
    for (let i = lines.length - 1; i >= 0; --i) {
        const content = lines[i][1];
        if (content === '' || content === '\r')
            chompStart = i;
        else
            break;
    }
    // shortcut for empty contents
    if (chompStart === 0) {
        const value = header.chomp === '+' && lines.length > 0
            ? '\n'.repeat(Math.max(1, lines.length - 1))
            : '';
        let end = start + header.length;
        if (scalar.source)
            end += scalar.source.length;
        return { value, type, comment: header.comment, range: [start, end, end] };
    }
    // find the indentation level to trim from start
    let trimIndent = scalar.indent + header.indent;
    let offset = scalar.offset + header.length;
    let contentStart = 0;
    for (let i = 0; i < chompStart; ++i) {
        const [indent, content] = lines[i];
        if (content === '' || content === '\r') {
            if (header.indent === 0 && indent.length > trimIndent)
                trimIndent = indent.length;
        }
        else {
            if (indent.length < trimIndent) {
                const message = 'Block scalars with more-indented leading empty lines must use an explicit indentation indicator';
                onError(offset + indent.length, 'MISSING_CHAR', message);
            }
            if (header.indent === 0)
                trimIndent = indent.length;
            contentStart = i;
            if (trimIndent === 0 && !ctx.atRoot) {
                const message = 'Block scalar values in collections must be indented';
                onError(offset, 'BAD_INDENT', message);
            }
            break;
        }
        offset += indent.length + content.length + 1;
    }
    // include trailing more-indented empty lines in content
    for (let i = lines.length - 1; i >= chompStart; --i) {
        if (lines[i][0].length > trimIndent)
            chompStart = i + 1;
    }
    let value = '';
    let sep = '';
    let prevMoreIndented = false;
    // leading whitespace is kept intact
    for (let i = 0; i < contentStart; ++i)
        value += lines[i][0].slice(trimIndent) + '\n';
    for (let i = contentStart; i < chompStart; ++i) {
        let [indent, content] = lines[i];
        offset += indent.length + content.length + 1;
        const crlf = content[content.length - 1] === '\r';
        if (crlf)
            content = content.slice(0, -1);
        /* istanbul ignore if already caught in lexer */
        if (content && indent.length < trimIndent) {
            const src = header.indent
                ? 'explicit indentation indicator'
                : 'first line';
            const message = `Block scalar lines must not be less indented than their ${src}`;
            onError(offset - content.length - (crlf ? 2 : 1), 'BAD_INDENT', message);
            indent = '';
        }
        if (type === Scalar.Scalar.BLOCK_LITERAL) {
            value += sep + indent.slice(trimIndent) + content;
            sep = '\n';
        }
        else if (indent.length > trimIndent || content[0] === '\t') {
            // more-indented content within a folded block
            if (sep === ' ')
                sep = '\n';
            else if (!prevMoreIndented && sep === '\n')
                sep = '\n\n';
            value += sep + indent.slice(trimIndent) + content;
            sep = '\n';
            prevMoreIndented = true;
        }
        else if (content === '') {
            // empty line
            if (sep === '\n')
                value += '\n';
            else
                sep = '\n';
        }
        else {
            value += sep + content;
            sep = ' ';
            prevMoreIndented = false;
        }
    }
    switch (header.chomp) {
        case '-':
            break;
        case '+':
            for (let i = chompStart; i < lines.length; ++i)
                value += '\n' + lines[i][0].slice(trimIndent);
            if (value[value.length - 1] !== '\n')
                value += '\n';
            break;
        default:
            value += '\n';
    }
    const end = start + header.length + scalar.source.length;
    return { value, type, comment: header.comment, range: [start, end, end] };
}
function parseBlockScalarHeader({ offset, props }, strict, onError) {
    /* istanbul ignore if should not happen */
    if (props[0].type !== 'block-scalar-header') {
        onError(props[0], 'IMPOSSIBLE', 'Block scalar header not found');
        return null;
    }
    const { source } = props[0];
    const mode = source[0];
    let indent = 0;
    let chomp = '';
    let error = -1;
    for (let i = 1; i < source.length; ++i) {
        const ch = source[i];
        if (!chomp && (ch === '-' || ch === '+'))
            chomp = ch;
        else {
            const n = Number(ch);
            if (!indent && n)
                indent = n;
            else if (error === -1)
                error = offset + i;
        }
    }
    if (error !== -1)
        onError(error, 'UNEXPECTED_TOKEN', `Block scalar header includes extra characters: ${source}`);
    let hasSpace = false;
    let comment = '';
    let length = source.length;
    for (let i = 1; i < props.length; ++i) {
        const token = props[i];
        switch (token.type) {
            case 'space':
                hasSpace = true;
            // fallthrough
            case 'newline':
                length += token.source.length;
                break;
            case 'comment':
                if (strict && !hasSpace) {
                    const message = 'Comments must be separated from other tokens by white space characters';
                    onError(token, 'MISSING_CHAR', message);
                }
                length += token.source.length;
                comment = token.source.substring(1);
                break;
            case 'error':
                onError(token, 'UNEXPECTED_TOKEN', token.message);
                length += token.source.length;
                break;
            /* istanbul ignore next should not happen */
            default: {
                const message = `Unexpected token in block scalar header: ${token.type}`;
                onError(token, 'UNEXPECTED_TOKEN', message);
                const ts = token.source;
                if (ts && typeof ts === 'string')
                    length += ts.length;
            }
        }
    }
    return { mode, indent, chomp, comment, length };
}
/** @returns Array of lines split up as `[indent, content]` */
function splitLines(source) {
    const split = source.split(/\n( *)/);
    const first = split[0];
    const m = first.match(/^( *)/);
    const line0 = m?.[1]
        ? [m[1], first.slice(m[1].length)]
        : ['', first];
    const lines = [line0];
    for (let i = 1; i < split.length; i += 2)
        lines.push([split[i], split[i + 1]]);
    return lines;
}

exports.resolveBlockScalar = resolveBlockScalar;


/***/ }),

/***/ 334:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var YAMLSeq = __nccwpck_require__(2223);
var resolveProps = __nccwpck_require__(4631);
var utilFlowIndentCheck = __nccwpck_require__(4051);

function resolveBlockSeq({ composeNode, composeEmptyNode }, ctx, bs, onError, tag) {
    const NodeClass = tag?.nodeClass ?? YAMLSeq.YAMLSeq;
    const seq = new NodeClass(ctx.schema);
    if (ctx.atRoot)
        ctx.atRoot = false;
    if (ctx.atKey)
        ctx.atKey = false;
    let offset = bs.offset;
    let commentEnd = null;
    for (const { start, value } of bs.items) {
        const props = resolveProps.resolveProps(start, {
            indicator: 'seq-item-ind',
            next: value,
            offset,
            onError,
            parentIndent: bs.indent,
            startOnNewline: true
        });
        if (!props.found) {
            if (props.anchor || props.tag || value) {
                if (value?.type === 'block-seq')
                    onError(props.end, 'BAD_INDENT', 'All sequence items must start at the same column');
                else
                    onError(offset, 'MISSING_CHAR', 'Sequence item without - indicator');
            }
            else {
                commentEnd = props.end;
                if (props.comment)
                    seq.comment = props.comment;
                continue;
            }
        }
        const node = value
            ? composeNode(ctx, value, props, onError)
            : composeEmptyNode(ctx, props.end, start, null, props, onError);
        if (ctx.schema.compat)
            utilFlowIndentCheck.flowIndentCheck(bs.indent, value, onError);
        offset = node.range[2];
        seq.items.push(node);
    }
    seq.range = [bs.offset, offset, commentEnd ?? offset];
    return seq;
}

exports.resolveBlockSeq = resolveBlockSeq;


/***/ }),

/***/ 7788:
/***/ ((__unused_webpack_module, exports) => {



function resolveEnd(end, offset, reqSpace, onError) {
    let comment = '';
    if (end) {
        let hasSpace = false;
        let sep = '';
        for (const token of end) {
            const { source, type } = token;
            switch (type) {
                case 'space':
                    hasSpace = true;
                    break;
                case 'comment': {
                    if (reqSpace && !hasSpace)
                        onError(token, 'MISSING_CHAR', 'Comments must be separated from other tokens by white space characters');
                    const cb = source.substring(1) || ' ';
                    if (!comment)
                        comment = cb;
                    else
                        comment += sep + cb;
                    sep = '';
                    break;
                }
                case 'newline':
                    if (comment)
                        sep += source;
                    hasSpace = true;
                    break;
                default:
                    onError(token, 'UNEXPECTED_TOKEN', `Unexpected ${type} at node end`);
            }
            offset += source.length;
        }
    }
    return { comment, offset };
}

exports.resolveEnd = resolveEnd;


/***/ }),

/***/ 3142:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var YAMLMap = __nccwpck_require__(4454);
var YAMLSeq = __nccwpck_require__(2223);
var resolveEnd = __nccwpck_require__(7788);
var resolveProps = __nccwpck_require__(4631);
var utilContainsNewline = __nccwpck_require__(9499);
var utilMapIncludes = __nccwpck_require__(1187);

const blockMsg = 'Block collections are not allowed within flow collections';
const isBlock = (token) => token && (token.type === 'block-map' || token.type === 'block-seq');
function resolveFlowCollection({ composeNode, composeEmptyNode }, ctx, fc, onError, tag) {
    const isMap = fc.start.source === '{';
    const fcName = isMap ? 'flow map' : 'flow sequence';
    const NodeClass = (tag?.nodeClass ?? (isMap ? YAMLMap.YAMLMap : YAMLSeq.YAMLSeq));
    const coll = new NodeClass(ctx.schema);
    coll.flow = true;
    const atRoot = ctx.atRoot;
    if (atRoot)
        ctx.atRoot = false;
    if (ctx.atKey)
        ctx.atKey = false;
    let offset = fc.offset + fc.start.source.length;
    for (let i = 0; i < fc.items.length; ++i) {
        const collItem = fc.items[i];
        const { start, key, sep, value } = collItem;
        const props = resolveProps.resolveProps(start, {
            flow: fcName,
            indicator: 'explicit-key-ind',
            next: key ?? sep?.[0],
            offset,
            onError,
            parentIndent: fc.indent,
            startOnNewline: false
        });
        if (!props.found) {
            if (!props.anchor && !props.tag && !sep && !value) {
                if (i === 0 && props.comma)
                    onError(props.comma, 'UNEXPECTED_TOKEN', `Unexpected , in ${fcName}`);
                else if (i < fc.items.length - 1)
                    onError(props.start, 'UNEXPECTED_TOKEN', `Unexpected empty item in ${fcName}`);
                if (props.comment) {
                    if (coll.comment)
                        coll.comment += '\n' + props.comment;
                    else
                        coll.comment = props.comment;
                }
                offset = props.end;
                continue;
            }
            if (!isMap && ctx.options.strict && utilContainsNewline.containsNewline(key))
                onError(key, // checked by containsNewline()
                'MULTILINE_IMPLICIT_KEY', 'Implicit keys of flow sequence pairs need to be on a single line');
        }
        if (i === 0) {
            if (props.comma)
                onError(props.comma, 'UNEXPECTED_TOKEN', `Unexpected , in ${fcName}`);
        }
        else {
            if (!props.comma)
                onError(props.start, 'MISSING_CHAR', `Missing , between ${fcName} items`);
            if (props.comment) {
                let prevItemComment = '';
                loop: for (const st of start) {
                    switch (st.type) {
                        case 'comma':
                        case 'space':
                            break;
                        case 'comment':
                            prevItemComment = st.source.substring(1);
                            break loop;
                        default:
                            break loop;
                    }
                }
                if (prevItemComment) {
                    let prev = coll.items[coll.items.length - 1];
                    if (identity.isPair(prev))
                        prev = prev.value ?? prev.key;
                    if (prev.comment)
                        prev.comment += '\n' + prevItemComment;
                    else
                        prev.comment = prevItemComment;
                    props.comment = props.comment.substring(prevItemComment.length + 1);
                }
            }
        }
        if (!isMap && !sep && !props.found) {
            // item is a value in a seq
            // → key & sep are empty, start does not include ? or :
            const valueNode = value
                ? composeNode(ctx, value, props, onError)
                : composeEmptyNode(ctx, props.end, sep, null, props, onError);
            coll.items.push(valueNode);
            offset = valueNode.range[2];
            if (isBlock(value))
                onError(valueNode.range, 'BLOCK_IN_FLOW', blockMsg);
        }
        else {
            // item is a key+value pair
            // key value
            ctx.atKey = true;
            const keyStart = props.end;
            const keyNode = key
                ? composeNode(ctx, key, props, onError)
                : composeEmptyNode(ctx, keyStart, start, null, props, onError);
            if (isBlock(key))
                onError(keyNode.range, 'BLOCK_IN_FLOW', blockMsg);
            ctx.atKey = false;
            // value properties
            const valueProps = resolveProps.resolveProps(sep ?? [], {
                flow: fcName,
                indicator: 'map-value-ind',
                next: value,
                offset: keyNode.range[2],
                onError,
                parentIndent: fc.indent,
                startOnNewline: false
            });
            if (valueProps.found) {
                if (!isMap && !props.found && ctx.options.strict) {
                    if (sep)
                        for (const st of sep) {
                            if (st === valueProps.found)
                                break;
                            if (st.type === 'newline') {
                                onError(st, 'MULTILINE_IMPLICIT_KEY', 'Implicit keys of flow sequence pairs need to be on a single line');
                                break;
                            }
                        }
                    if (props.start < valueProps.found.offset - 1024)
                        onError(valueProps.found, 'KEY_OVER_1024_CHARS', 'The : indicator must be at most 1024 chars after the start of an implicit flow sequence key');
                }
            }
            else if (value) {
                if ('source' in value && value.source?.[0] === ':')
                    onError(value, 'MISSING_CHAR', `Missing space after : in ${fcName}`);
                else
                    onError(valueProps.start, 'MISSING_CHAR', `Missing , or : between ${fcName} items`);
            }
            // value value
            const valueNode = value
                ? composeNode(ctx, value, valueProps, onError)
                : valueProps.found
                    ? composeEmptyNode(ctx, valueProps.end, sep, null, valueProps, onError)
                    : null;
            if (valueNode) {
                if (isBlock(value))
                    onError(valueNode.range, 'BLOCK_IN_FLOW', blockMsg);
            }
            else if (valueProps.comment) {
                if (keyNode.comment)
                    keyNode.comment += '\n' + valueProps.comment;
                else
                    keyNode.comment = valueProps.comment;
            }
            const pair = new Pair.Pair(keyNode, valueNode);
            if (ctx.options.keepSourceTokens)
                pair.srcToken = collItem;
            if (isMap) {
                const map = coll;
                if (utilMapIncludes.mapIncludes(ctx, map.items, keyNode))
                    onError(keyStart, 'DUPLICATE_KEY', 'Map keys must be unique');
                map.items.push(pair);
            }
            else {
                const map = new YAMLMap.YAMLMap(ctx.schema);
                map.flow = true;
                map.items.push(pair);
                const endRange = (valueNode ?? keyNode).range;
                map.range = [keyNode.range[0], endRange[1], endRange[2]];
                coll.items.push(map);
            }
            offset = valueNode ? valueNode.range[2] : valueProps.end;
        }
    }
    const expectedEnd = isMap ? '}' : ']';
    const [ce, ...ee] = fc.end;
    let cePos = offset;
    if (ce?.source === expectedEnd)
        cePos = ce.offset + ce.source.length;
    else {
        const name = fcName[0].toUpperCase() + fcName.substring(1);
        const msg = atRoot
            ? `${name} must end with a ${expectedEnd}`
            : `${name} in block collection must be sufficiently indented and end with a ${expectedEnd}`;
        onError(offset, atRoot ? 'MISSING_CHAR' : 'BAD_INDENT', msg);
        if (ce && ce.source.length !== 1)
            ee.unshift(ce);
    }
    if (ee.length > 0) {
        const end = resolveEnd.resolveEnd(ee, cePos, ctx.options.strict, onError);
        if (end.comment) {
            if (coll.comment)
                coll.comment += '\n' + end.comment;
            else
                coll.comment = end.comment;
        }
        coll.range = [fc.offset, cePos, end.offset];
    }
    else {
        coll.range = [fc.offset, cePos, cePos];
    }
    return coll;
}

exports.resolveFlowCollection = resolveFlowCollection;


/***/ }),

/***/ 6842:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);
var resolveEnd = __nccwpck_require__(7788);

function resolveFlowScalar(scalar, strict, onError) {
    const { offset, type, source, end } = scalar;
    let _type;
    let value;
    const _onError = (rel, code, msg) => onError(offset + rel, code, msg);
    switch (type) {
        case 'scalar':
            _type = Scalar.Scalar.PLAIN;
            value = plainValue(source, _onError);
            break;
        case 'single-quoted-scalar':
            _type = Scalar.Scalar.QUOTE_SINGLE;
            value = singleQuotedValue(source, _onError);
            break;
        case 'double-quoted-scalar':
            _type = Scalar.Scalar.QUOTE_DOUBLE;
            value = doubleQuotedValue(source, _onError);
            break;
        /* istanbul ignore next should not happen */
        default:
            onError(scalar, 'UNEXPECTED_TOKEN', `Expected a flow scalar value, but found: ${type}`);
            return {
                value: '',
                type: null,
                comment: '',
                range: [offset, offset + source.length, offset + source.length]
            };
    }
    const valueEnd = offset + source.length;
    const re = resolveEnd.resolveEnd(end, valueEnd, strict, onError);
    return {
        value,
        type: _type,
        comment: re.comment,
        range: [offset, valueEnd, re.offset]
    };
}
function plainValue(source, onError) {
    let badChar = '';
    switch (source[0]) {
        /* istanbul ignore next should not happen */
        case '\t':
            badChar = 'a tab character';
            break;
        case ',':
            badChar = 'flow indicator character ,';
            break;
        case '%':
            badChar = 'directive indicator character %';
            break;
        case '|':
        case '>': {
            badChar = `block scalar indicator ${source[0]}`;
            break;
        }
        case '@':
        case '`': {
            badChar = `reserved character ${source[0]}`;
            break;
        }
    }
    if (badChar)
        onError(0, 'BAD_SCALAR_START', `Plain value cannot start with ${badChar}`);
    return unfoldLines(source);
}
function singleQuotedValue(source, onError) {
    if (source[source.length - 1] !== "'" || source.length === 1)
        onError(source.length, 'MISSING_CHAR', "Missing closing 'quote");
    return unfoldLines(source.slice(1, -1)).replace(/''/g, "'");
}
function unfoldLines(source) {
    const line = /(.*?)\r?\n/sy;
    let match = line.exec(source);
    if (!match)
        return source;
    /**
     * The negative lookbehinds in these RegExps are to
     * prevent causing a polynomial search time in certain cases.
     *
     * The try-catch is for Safari < 16.4 and other old browsers:
     * https://caniuse.com/js-regexp-lookbehind
     */
    let trimEnd, trimBoth;
    try {
        trimEnd = new RegExp('(?<![ \t])[ \t]+$');
        trimBoth = new RegExp('^[ \t]+|(?<![ \t])[ \t]+$', 'g');
    }
    catch {
        trimEnd = /[ \t]+$/;
        trimBoth = /^[ \t]+|[ \t]+$/g;
    }
    let res = match[1].replace(trimEnd, '');
    let sep = ' ';
    let pos = line.lastIndex;
    while ((match = line.exec(source))) {
        const lm = match[1].replace(trimBoth, '');
        if (lm === '') {
            if (sep === '\n')
                res += sep;
            else
                sep = '\n';
        }
        else {
            res += sep + lm;
            sep = ' ';
        }
        pos = line.lastIndex;
    }
    const last = /[ \t]*(.*)/sy;
    last.lastIndex = pos;
    match = last.exec(source);
    return res + sep + (match?.[1] ?? '');
}
function doubleQuotedValue(source, onError) {
    let res = '';
    for (let i = 1; i < source.length - 1; ++i) {
        const ch = source[i];
        if (ch === '\r' && source[i + 1] === '\n')
            continue;
        if (ch === '\n') {
            const { fold, offset } = foldNewline(source, i);
            res += fold;
            i = offset;
        }
        else if (ch === '\\') {
            let next = source[++i];
            const cc = escapeCodes[next];
            if (cc)
                res += cc;
            else if (next === '\n') {
                // skip escaped newlines, but still trim the following line
                next = source[i + 1];
                while (next === ' ' || next === '\t')
                    next = source[++i + 1];
            }
            else if (next === '\r' && source[i + 1] === '\n') {
                // skip escaped CRLF newlines, but still trim the following line
                next = source[++i + 1];
                while (next === ' ' || next === '\t')
                    next = source[++i + 1];
            }
            else if (next === 'x' || next === 'u' || next === 'U') {
                const length = next === 'x' ? 2 : next === 'u' ? 4 : 8;
                res += parseCharCode(source, i + 1, length, onError);
                i += length;
            }
            else {
                const raw = source.substr(i - 1, 2);
                onError(i - 1, 'BAD_DQ_ESCAPE', `Invalid escape sequence ${raw}`);
                res += raw;
            }
        }
        else if (ch === ' ' || ch === '\t') {
            // trim trailing whitespace
            const wsStart = i;
            let next = source[i + 1];
            while (next === ' ' || next === '\t')
                next = source[++i + 1];
            if (next !== '\n' && !(next === '\r' && source[i + 2] === '\n'))
                res += i > wsStart ? source.slice(wsStart, i + 1) : ch;
        }
        else {
            res += ch;
        }
    }
    if (source[source.length - 1] !== '"' || source.length === 1)
        onError(source.length, 'MISSING_CHAR', 'Missing closing "quote');
    return res;
}
/**
 * Fold a single newline into a space, multiple newlines to N - 1 newlines.
 * Presumes `source[offset] === '\n'`
 */
function foldNewline(source, offset) {
    let fold = '';
    let ch = source[offset + 1];
    while (ch === ' ' || ch === '\t' || ch === '\n' || ch === '\r') {
        if (ch === '\r' && source[offset + 2] !== '\n')
            break;
        if (ch === '\n')
            fold += '\n';
        offset += 1;
        ch = source[offset + 1];
    }
    if (!fold)
        fold = ' ';
    return { fold, offset };
}
const escapeCodes = {
    '0': '\0', // null character
    a: '\x07', // bell character
    b: '\b', // backspace
    e: '\x1b', // escape character
    f: '\f', // form feed
    n: '\n', // line feed
    r: '\r', // carriage return
    t: '\t', // horizontal tab
    v: '\v', // vertical tab
    N: '\u0085', // Unicode next line
    _: '\u00a0', // Unicode non-breaking space
    L: '\u2028', // Unicode line separator
    P: '\u2029', // Unicode paragraph separator
    ' ': ' ',
    '"': '"',
    '/': '/',
    '\\': '\\',
    '\t': '\t'
};
function parseCharCode(source, offset, length, onError) {
    const cc = source.substr(offset, length);
    const ok = cc.length === length && /^[0-9a-fA-F]+$/.test(cc);
    const code = ok ? parseInt(cc, 16) : NaN;
    try {
        return String.fromCodePoint(code);
    }
    catch {
        const raw = source.substr(offset - 2, length + 2);
        onError(offset - 2, 'BAD_DQ_ESCAPE', `Invalid escape sequence ${raw}`);
        return raw;
    }
}

exports.resolveFlowScalar = resolveFlowScalar;


/***/ }),

/***/ 4631:
/***/ ((__unused_webpack_module, exports) => {



function resolveProps(tokens, { flow, indicator, next, offset, onError, parentIndent, startOnNewline }) {
    let spaceBefore = false;
    let atNewline = startOnNewline;
    let hasSpace = startOnNewline;
    let comment = '';
    let commentSep = '';
    let hasNewline = false;
    let reqSpace = false;
    let tab = null;
    let anchor = null;
    let tag = null;
    let newlineAfterProp = null;
    let comma = null;
    let found = null;
    let start = null;
    for (const token of tokens) {
        if (reqSpace) {
            if (token.type !== 'space' &&
                token.type !== 'newline' &&
                token.type !== 'comma')
                onError(token.offset, 'MISSING_CHAR', 'Tags and anchors must be separated from the next token by white space');
            reqSpace = false;
        }
        if (tab) {
            if (atNewline && token.type !== 'comment' && token.type !== 'newline') {
                onError(tab, 'TAB_AS_INDENT', 'Tabs are not allowed as indentation');
            }
            tab = null;
        }
        switch (token.type) {
            case 'space':
                // At the doc level, tabs at line start may be parsed
                // as leading white space rather than indentation.
                // In a flow collection, only the parser handles indent.
                if (!flow &&
                    (indicator !== 'doc-start' || next?.type !== 'flow-collection') &&
                    token.source.includes('\t')) {
                    tab = token;
                }
                hasSpace = true;
                break;
            case 'comment': {
                if (!hasSpace)
                    onError(token, 'MISSING_CHAR', 'Comments must be separated from other tokens by white space characters');
                const cb = token.source.substring(1) || ' ';
                if (!comment)
                    comment = cb;
                else
                    comment += commentSep + cb;
                commentSep = '';
                atNewline = false;
                break;
            }
            case 'newline':
                if (atNewline) {
                    if (comment)
                        comment += token.source;
                    else if (!found || indicator !== 'seq-item-ind')
                        spaceBefore = true;
                }
                else
                    commentSep += token.source;
                atNewline = true;
                hasNewline = true;
                if (anchor || tag)
                    newlineAfterProp = token;
                hasSpace = true;
                break;
            case 'anchor':
                if (anchor)
                    onError(token, 'MULTIPLE_ANCHORS', 'A node can have at most one anchor');
                if (token.source.endsWith(':'))
                    onError(token.offset + token.source.length - 1, 'BAD_ALIAS', 'Anchor ending in : is ambiguous', true);
                anchor = token;
                start ?? (start = token.offset);
                atNewline = false;
                hasSpace = false;
                reqSpace = true;
                break;
            case 'tag': {
                if (tag)
                    onError(token, 'MULTIPLE_TAGS', 'A node can have at most one tag');
                tag = token;
                start ?? (start = token.offset);
                atNewline = false;
                hasSpace = false;
                reqSpace = true;
                break;
            }
            case indicator:
                // Could here handle preceding comments differently
                if (anchor || tag)
                    onError(token, 'BAD_PROP_ORDER', `Anchors and tags must be after the ${token.source} indicator`);
                if (found)
                    onError(token, 'UNEXPECTED_TOKEN', `Unexpected ${token.source} in ${flow ?? 'collection'}`);
                found = token;
                atNewline =
                    indicator === 'seq-item-ind' || indicator === 'explicit-key-ind';
                hasSpace = false;
                break;
            case 'comma':
                if (flow) {
                    if (comma)
                        onError(token, 'UNEXPECTED_TOKEN', `Unexpected , in ${flow}`);
                    comma = token;
                    atNewline = false;
                    hasSpace = false;
                    break;
                }
            // else fallthrough
            default:
                onError(token, 'UNEXPECTED_TOKEN', `Unexpected ${token.type} token`);
                atNewline = false;
                hasSpace = false;
        }
    }
    const last = tokens[tokens.length - 1];
    const end = last ? last.offset + last.source.length : offset;
    if (reqSpace &&
        next &&
        next.type !== 'space' &&
        next.type !== 'newline' &&
        next.type !== 'comma' &&
        (next.type !== 'scalar' || next.source !== '')) {
        onError(next.offset, 'MISSING_CHAR', 'Tags and anchors must be separated from the next token by white space');
    }
    if (tab &&
        ((atNewline && tab.indent <= parentIndent) ||
            next?.type === 'block-map' ||
            next?.type === 'block-seq'))
        onError(tab, 'TAB_AS_INDENT', 'Tabs are not allowed as indentation');
    return {
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


/***/ }),

/***/ 9499:
/***/ ((__unused_webpack_module, exports) => {



function containsNewline(key) {
    if (!key)
        return null;
    switch (key.type) {
        case 'alias':
        case 'scalar':
        case 'double-quoted-scalar':
        case 'single-quoted-scalar':
            if (key.source.includes('\n'))
                return true;
            if (key.end)
                for (const st of key.end)
                    if (st.type === 'newline')
                        return true;
            return false;
        case 'flow-collection':
            for (const it of key.items) {
                for (const st of it.start)
                    if (st.type === 'newline')
                        return true;
                if (it.sep)
                    for (const st of it.sep)
                        if (st.type === 'newline')
                            return true;
                if (containsNewline(it.key) || containsNewline(it.value))
                    return true;
            }
            return false;
        default:
            return true;
    }
}

exports.containsNewline = containsNewline;


/***/ }),

/***/ 2599:
/***/ ((__unused_webpack_module, exports) => {



function emptyScalarPosition(offset, before, pos) {
    if (before) {
        pos ?? (pos = before.length);
        for (let i = pos - 1; i >= 0; --i) {
            let st = before[i];
            switch (st.type) {
                case 'space':
                case 'comment':
                case 'newline':
                    offset -= st.source.length;
                    continue;
            }
            // Technically, an empty scalar is immediately after the last non-empty
            // node, but it's more useful to place it after any whitespace.
            st = before[++i];
            while (st?.type === 'space') {
                offset += st.source.length;
                st = before[++i];
            }
            break;
        }
    }
    return offset;
}

exports.emptyScalarPosition = emptyScalarPosition;


/***/ }),

/***/ 4051:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var utilContainsNewline = __nccwpck_require__(9499);

function flowIndentCheck(indent, fc, onError) {
    if (fc?.type === 'flow-collection') {
        const end = fc.end[0];
        if (end.indent === indent &&
            (end.source === ']' || end.source === '}') &&
            utilContainsNewline.containsNewline(fc)) {
            const msg = 'Flow end indicator should be more indented than parent';
            onError(end, 'BAD_INDENT', msg, true);
        }
    }
}

exports.flowIndentCheck = flowIndentCheck;


/***/ }),

/***/ 1187:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);

function mapIncludes(ctx, items, search) {
    const { uniqueKeys } = ctx.options;
    if (uniqueKeys === false)
        return false;
    const isEqual = typeof uniqueKeys === 'function'
        ? uniqueKeys
        : (a, b) => a === b || (identity.isScalar(a) && identity.isScalar(b) && a.value === b.value);
    return items.some(pair => isEqual(pair.key, search));
}

exports.mapIncludes = mapIncludes;


/***/ }),

/***/ 3021:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Alias = __nccwpck_require__(4065);
var Collection = __nccwpck_require__(101);
var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var toJS = __nccwpck_require__(4043);
var Schema = __nccwpck_require__(5840);
var stringifyDocument = __nccwpck_require__(6829);
var anchors = __nccwpck_require__(1596);
var applyReviver = __nccwpck_require__(3661);
var createNode = __nccwpck_require__(2404);
var directives = __nccwpck_require__(1342);

class Document {
    constructor(value, replacer, options) {
        /** A comment before this Document */
        this.commentBefore = null;
        /** A comment immediately after this Document */
        this.comment = null;
        /** Errors encountered during parsing. */
        this.errors = [];
        /** Warnings encountered during parsing. */
        this.warnings = [];
        Object.defineProperty(this, identity.NODE_TYPE, { value: identity.DOC });
        let _replacer = null;
        if (typeof replacer === 'function' || Array.isArray(replacer)) {
            _replacer = replacer;
        }
        else if (options === undefined && replacer) {
            options = replacer;
            replacer = undefined;
        }
        const opt = Object.assign({
            intAsBigInt: false,
            keepSourceTokens: false,
            logLevel: 'warn',
            prettyErrors: true,
            strict: true,
            stringKeys: false,
            uniqueKeys: true,
            version: '1.2'
        }, options);
        this.options = opt;
        let { version } = opt;
        if (options?._directives) {
            this.directives = options._directives.atDocument();
            if (this.directives.yaml.explicit)
                version = this.directives.yaml.version;
        }
        else
            this.directives = new directives.Directives({ version });
        this.setSchema(version, options);
        // @ts-expect-error We can't really know that this matches Contents.
        this.contents =
            value === undefined ? null : this.createNode(value, _replacer, options);
    }
    /**
     * Create a deep copy of this Document and its contents.
     *
     * Custom Node values that inherit from `Object` still refer to their original instances.
     */
    clone() {
        const copy = Object.create(Document.prototype, {
            [identity.NODE_TYPE]: { value: identity.DOC }
        });
        copy.commentBefore = this.commentBefore;
        copy.comment = this.comment;
        copy.errors = this.errors.slice();
        copy.warnings = this.warnings.slice();
        copy.options = Object.assign({}, this.options);
        if (this.directives)
            copy.directives = this.directives.clone();
        copy.schema = this.schema.clone();
        // @ts-expect-error We can't really know that this matches Contents.
        copy.contents = identity.isNode(this.contents)
            ? this.contents.clone(copy.schema)
            : this.contents;
        if (this.range)
            copy.range = this.range.slice();
        return copy;
    }
    /** Adds a value to the document. */
    add(value) {
        if (assertCollection(this.contents))
            this.contents.add(value);
    }
    /** Adds a value to the document. */
    addIn(path, value) {
        if (assertCollection(this.contents))
            this.contents.addIn(path, value);
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
            const prev = anchors.anchorNames(this);
            node.anchor =
                // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
                !name || prev.has(name) ? anchors.findNewAnchor(name || 'a', prev) : name;
        }
        return new Alias.Alias(node.anchor);
    }
    createNode(value, replacer, options) {
        let _replacer = undefined;
        if (typeof replacer === 'function') {
            value = replacer.call({ '': value }, '', value);
            _replacer = replacer;
        }
        else if (Array.isArray(replacer)) {
            const keyToStr = (v) => typeof v === 'number' || v instanceof String || v instanceof Number;
            const asStr = replacer.filter(keyToStr).map(String);
            if (asStr.length > 0)
                replacer = replacer.concat(asStr);
            _replacer = replacer;
        }
        else if (options === undefined && replacer) {
            options = replacer;
            replacer = undefined;
        }
        const { aliasDuplicateObjects, anchorPrefix, flow, keepUndefined, onTagObj, tag } = options ?? {};
        const { onAnchor, setAnchors, sourceObjects } = anchors.createNodeAnchors(this, 
        // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
        anchorPrefix || 'a');
        const ctx = {
            aliasDuplicateObjects: aliasDuplicateObjects ?? true,
            keepUndefined: keepUndefined ?? false,
            onAnchor,
            onTagObj,
            replacer: _replacer,
            schema: this.schema,
            sourceObjects
        };
        const node = createNode.createNode(value, tag, ctx);
        if (flow && identity.isCollection(node))
            node.flow = true;
        setAnchors();
        return node;
    }
    /**
     * Convert a key and a value into a `Pair` using the current schema,
     * recursively wrapping all values as `Scalar` or `Collection` nodes.
     */
    createPair(key, value, options = {}) {
        const k = this.createNode(key, null, options);
        const v = this.createNode(value, null, options);
        return new Pair.Pair(k, v);
    }
    /**
     * Removes a value from the document.
     * @returns `true` if the item was found and removed.
     */
    delete(key) {
        return assertCollection(this.contents) ? this.contents.delete(key) : false;
    }
    /**
     * Removes a value from the document.
     * @returns `true` if the item was found and removed.
     */
    deleteIn(path) {
        if (Collection.isEmptyPath(path)) {
            if (this.contents == null)
                return false;
            // @ts-expect-error Presumed impossible if Strict extends false
            this.contents = null;
            return true;
        }
        return assertCollection(this.contents)
            ? this.contents.deleteIn(path)
            : false;
    }
    /**
     * Returns item at `key`, or `undefined` if not found. By default unwraps
     * scalar values from their surrounding node; to disable set `keepScalar` to
     * `true` (collections are always returned intact).
     */
    get(key, keepScalar) {
        return identity.isCollection(this.contents)
            ? this.contents.get(key, keepScalar)
            : undefined;
    }
    /**
     * Returns item at `path`, or `undefined` if not found. By default unwraps
     * scalar values from their surrounding node; to disable set `keepScalar` to
     * `true` (collections are always returned intact).
     */
    getIn(path, keepScalar) {
        if (Collection.isEmptyPath(path))
            return !keepScalar && identity.isScalar(this.contents)
                ? this.contents.value
                : this.contents;
        return identity.isCollection(this.contents)
            ? this.contents.getIn(path, keepScalar)
            : undefined;
    }
    /**
     * Checks if the document includes a value with the key `key`.
     */
    has(key) {
        return identity.isCollection(this.contents) ? this.contents.has(key) : false;
    }
    /**
     * Checks if the document includes a value at `path`.
     */
    hasIn(path) {
        if (Collection.isEmptyPath(path))
            return this.contents !== undefined;
        return identity.isCollection(this.contents) ? this.contents.hasIn(path) : false;
    }
    /**
     * Sets a value in this document. For `!!set`, `value` needs to be a
     * boolean to add/remove the item from the set.
     */
    set(key, value) {
        if (this.contents == null) {
            // @ts-expect-error We can't really know that this matches Contents.
            this.contents = Collection.collectionFromPath(this.schema, [key], value);
        }
        else if (assertCollection(this.contents)) {
            this.contents.set(key, value);
        }
    }
    /**
     * Sets a value in this document. For `!!set`, `value` needs to be a
     * boolean to add/remove the item from the set.
     */
    setIn(path, value) {
        if (Collection.isEmptyPath(path)) {
            // @ts-expect-error We can't really know that this matches Contents.
            this.contents = value;
        }
        else if (this.contents == null) {
            // @ts-expect-error We can't really know that this matches Contents.
            this.contents = Collection.collectionFromPath(this.schema, Array.from(path), value);
        }
        else if (assertCollection(this.contents)) {
            this.contents.setIn(path, value);
        }
    }
    /**
     * Change the YAML version and schema used by the document.
     * A `null` version disables support for directives, explicit tags, anchors, and aliases.
     * It also requires the `schema` option to be given as a `Schema` instance value.
     *
     * Overrides all previously set schema options.
     */
    setSchema(version, options = {}) {
        if (typeof version === 'number')
            version = String(version);
        let opt;
        switch (version) {
            case '1.1':
                if (this.directives)
                    this.directives.yaml.version = '1.1';
                else
                    this.directives = new directives.Directives({ version: '1.1' });
                opt = { resolveKnownTags: false, schema: 'yaml-1.1' };
                break;
            case '1.2':
            case 'next':
                if (this.directives)
                    this.directives.yaml.version = version;
                else
                    this.directives = new directives.Directives({ version });
                opt = { resolveKnownTags: true, schema: 'core' };
                break;
            case null:
                if (this.directives)
                    delete this.directives;
                opt = null;
                break;
            default: {
                const sv = JSON.stringify(version);
                throw new Error(`Expected '1.1', '1.2' or null as first argument, but found: ${sv}`);
            }
        }
        // Not using `instanceof Schema` to allow for duck typing
        if (options.schema instanceof Object)
            this.schema = options.schema;
        else if (opt)
            this.schema = new Schema.Schema(Object.assign(opt, options));
        else
            throw new Error(`With a null YAML version, the { schema: Schema } option is required`);
    }
    // json & jsonArg are only used from toJSON()
    toJS({ json, jsonArg, mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
        const ctx = {
            anchors: new Map(),
            doc: this,
            keep: !json,
            mapAsMap: mapAsMap === true,
            mapKeyWarned: false,
            maxAliasCount: typeof maxAliasCount === 'number' ? maxAliasCount : 100
        };
        const res = toJS.toJS(this.contents, jsonArg ?? '', ctx);
        if (typeof onAnchor === 'function')
            for (const { count, res } of ctx.anchors.values())
                onAnchor(res, count);
        return typeof reviver === 'function'
            ? applyReviver.applyReviver(reviver, { '': res }, '', res)
            : res;
    }
    /**
     * A JSON representation of the document `contents`.
     *
     * @param jsonArg Used by `JSON.stringify` to indicate the array index or
     *   property name.
     */
    toJSON(jsonArg, onAnchor) {
        return this.toJS({ json: true, jsonArg, mapAsMap: false, onAnchor });
    }
    /** A YAML representation of the document. */
    toString(options = {}) {
        if (this.errors.length > 0)
            throw new Error('Document with errors cannot be stringified');
        if ('indent' in options &&
            (!Number.isInteger(options.indent) || Number(options.indent) <= 0)) {
            const s = JSON.stringify(options.indent);
            throw new Error(`"indent" option must be a positive integer, not ${s}`);
        }
        return stringifyDocument.stringifyDocument(this, options);
    }
}
function assertCollection(contents) {
    if (identity.isCollection(contents))
        return true;
    throw new Error('Expected a YAML collection as document contents');
}

exports.Document = Document;


/***/ }),

/***/ 1596:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var visit = __nccwpck_require__(204);

/**
 * Verify that the input string is a valid anchor.
 *
 * Will throw on errors.
 */
function anchorIsValid(anchor) {
    if (/[\x00-\x19\s,[\]{}]/.test(anchor)) {
        const sa = JSON.stringify(anchor);
        const msg = `Anchor must not contain whitespace or control characters: ${sa}`;
        throw new Error(msg);
    }
    return true;
}
function anchorNames(root) {
    const anchors = new Set();
    visit.visit(root, {
        Value(_key, node) {
            if (node.anchor)
                anchors.add(node.anchor);
        }
    });
    return anchors;
}
/** Find a new anchor name with the given `prefix` and a one-indexed suffix. */
function findNewAnchor(prefix, exclude) {
    for (let i = 1; true; ++i) {
        const name = `${prefix}${i}`;
        if (!exclude.has(name))
            return name;
    }
}
function createNodeAnchors(doc, prefix) {
    const aliasObjects = [];
    const sourceObjects = new Map();
    let prevAnchors = null;
    return {
        onAnchor: (source) => {
            aliasObjects.push(source);
            prevAnchors ?? (prevAnchors = anchorNames(doc));
            const anchor = findNewAnchor(prefix, prevAnchors);
            prevAnchors.add(anchor);
            return anchor;
        },
        /**
         * With circular references, the source node is only resolved after all
         * of its child nodes are. This is why anchors are set only after all of
         * the nodes have been created.
         */
        setAnchors: () => {
            for (const source of aliasObjects) {
                const ref = sourceObjects.get(source);
                if (typeof ref === 'object' &&
                    ref.anchor &&
                    (identity.isScalar(ref.node) || identity.isCollection(ref.node))) {
                    ref.node.anchor = ref.anchor;
                }
                else {
                    const error = new Error('Failed to resolve repeated object (this should not happen)');
                    error.source = source;
                    throw error;
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


/***/ }),

/***/ 3661:
/***/ ((__unused_webpack_module, exports) => {



/**
 * Applies the JSON.parse reviver algorithm as defined in the ECMA-262 spec,
 * in section 24.5.1.1 "Runtime Semantics: InternalizeJSONProperty" of the
 * 2021 edition: https://tc39.es/ecma262/#sec-json.parse
 *
 * Includes extensions for handling Map and Set objects.
 */
function applyReviver(reviver, obj, key, val) {
    if (val && typeof val === 'object') {
        if (Array.isArray(val)) {
            for (let i = 0, len = val.length; i < len; ++i) {
                const v0 = val[i];
                const v1 = applyReviver(reviver, val, String(i), v0);
                // eslint-disable-next-line @typescript-eslint/no-array-delete
                if (v1 === undefined)
                    delete val[i];
                else if (v1 !== v0)
                    val[i] = v1;
            }
        }
        else if (val instanceof Map) {
            for (const k of Array.from(val.keys())) {
                const v0 = val.get(k);
                const v1 = applyReviver(reviver, val, k, v0);
                if (v1 === undefined)
                    val.delete(k);
                else if (v1 !== v0)
                    val.set(k, v1);
            }
        }
        else if (val instanceof Set) {
            for (const v0 of Array.from(val)) {
                const v1 = applyReviver(reviver, val, v0, v0);
                if (v1 === undefined)
                    val.delete(v0);
                else if (v1 !== v0) {
                    val.delete(v0);
                    val.add(v1);
                }
            }
        }
        else {
            for (const [k, v0] of Object.entries(val)) {
                const v1 = applyReviver(reviver, val, k, v0);
                if (v1 === undefined)
                    delete val[k];
                else if (v1 !== v0)
                    val[k] = v1;
            }
        }
    }
    return reviver.call(obj, key, val);
}

exports.applyReviver = applyReviver;


/***/ }),

/***/ 2404:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Alias = __nccwpck_require__(4065);
var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);

const defaultTagPrefix = 'tag:yaml.org,2002:';
function findTagObject(value, tagName, tags) {
    if (tagName) {
        const match = tags.filter(t => t.tag === tagName);
        const tagObj = match.find(t => !t.format) ?? match[0];
        if (!tagObj)
            throw new Error(`Tag ${tagName} not found`);
        return tagObj;
    }
    return tags.find(t => t.identify?.(value) && !t.format);
}
function createNode(value, tagName, ctx) {
    if (identity.isDocument(value))
        value = value.contents;
    if (identity.isNode(value))
        return value;
    if (identity.isPair(value)) {
        const map = ctx.schema[identity.MAP].createNode?.(ctx.schema, null, ctx);
        map.items.push(value);
        return map;
    }
    if (value instanceof String ||
        value instanceof Number ||
        value instanceof Boolean ||
        (typeof BigInt !== 'undefined' && value instanceof BigInt) // not supported everywhere
    ) {
        // https://tc39.es/ecma262/#sec-serializejsonproperty
        value = value.valueOf();
    }
    const { aliasDuplicateObjects, onAnchor, onTagObj, schema, sourceObjects } = ctx;
    // Detect duplicate references to the same object & use Alias nodes for all
    // after first. The `ref` wrapper allows for circular references to resolve.
    let ref = undefined;
    if (aliasDuplicateObjects && value && typeof value === 'object') {
        ref = sourceObjects.get(value);
        if (ref) {
            ref.anchor ?? (ref.anchor = onAnchor(value));
            return new Alias.Alias(ref.anchor);
        }
        else {
            ref = { anchor: null, node: null };
            sourceObjects.set(value, ref);
        }
    }
    if (tagName?.startsWith('!!'))
        tagName = defaultTagPrefix + tagName.slice(2);
    let tagObj = findTagObject(value, tagName, schema.tags);
    if (!tagObj) {
        if (value && typeof value.toJSON === 'function') {
            // eslint-disable-next-line @typescript-eslint/no-unsafe-call
            value = value.toJSON();
        }
        if (!value || typeof value !== 'object') {
            const node = new Scalar.Scalar(value);
            if (ref)
                ref.node = node;
            return node;
        }
        tagObj =
            value instanceof Map
                ? schema[identity.MAP]
                : Symbol.iterator in Object(value)
                    ? schema[identity.SEQ]
                    : schema[identity.MAP];
    }
    if (onTagObj) {
        onTagObj(tagObj);
        delete ctx.onTagObj;
    }
    const node = tagObj?.createNode
        ? tagObj.createNode(ctx.schema, value, ctx)
        : typeof tagObj?.nodeClass?.from === 'function'
            ? tagObj.nodeClass.from(ctx.schema, value, ctx)
            : new Scalar.Scalar(value);
    if (tagName)
        node.tag = tagName;
    else if (!tagObj.default)
        node.tag = tagObj.tag;
    if (ref)
        ref.node = node;
    return node;
}

exports.createNode = createNode;


/***/ }),

/***/ 1342:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var visit = __nccwpck_require__(204);

const escapeChars = {
    '!': '%21',
    ',': '%2C',
    '[': '%5B',
    ']': '%5D',
    '{': '%7B',
    '}': '%7D'
};
const escapeTagName = (tn) => tn.replace(/[!,[\]{}]/g, ch => escapeChars[ch]);
class Directives {
    constructor(yaml, tags) {
        /**
         * The directives-end/doc-start marker `---`. If `null`, a marker may still be
         * included in the document's stringified representation.
         */
        this.docStart = null;
        /** The doc-end marker `...`.  */
        this.docEnd = false;
        this.yaml = Object.assign({}, Directives.defaultYaml, yaml);
        this.tags = Object.assign({}, Directives.defaultTags, tags);
    }
    clone() {
        const copy = new Directives(this.yaml, this.tags);
        copy.docStart = this.docStart;
        return copy;
    }
    /**
     * During parsing, get a Directives instance for the current document and
     * update the stream state according to the current version's spec.
     */
    atDocument() {
        const res = new Directives(this.yaml, this.tags);
        switch (this.yaml.version) {
            case '1.1':
                this.atNextDocument = true;
                break;
            case '1.2':
                this.atNextDocument = false;
                this.yaml = {
                    explicit: Directives.defaultYaml.explicit,
                    version: '1.2'
                };
                this.tags = Object.assign({}, Directives.defaultTags);
                break;
        }
        return res;
    }
    /**
     * @param onError - May be called even if the action was successful
     * @returns `true` on success
     */
    add(line, onError) {
        if (this.atNextDocument) {
            this.yaml = { explicit: Directives.defaultYaml.explicit, version: '1.1' };
            this.tags = Object.assign({}, Directives.defaultTags);
            this.atNextDocument = false;
        }
        const parts = line.trim().split(/[ \t]+/);
        const name = parts.shift();
        switch (name) {
            case '%TAG': {
                if (parts.length !== 2) {
                    onError(0, '%TAG directive should contain exactly two parts');
                    if (parts.length < 2)
                        return false;
                }
                const [handle, prefix] = parts;
                this.tags[handle] = prefix;
                return true;
            }
            case '%YAML': {
                this.yaml.explicit = true;
                if (parts.length !== 1) {
                    onError(0, '%YAML directive should contain exactly one part');
                    return false;
                }
                const [version] = parts;
                if (version === '1.1' || version === '1.2') {
                    this.yaml.version = version;
                    return true;
                }
                else {
                    const isValid = /^\d+\.\d+$/.test(version);
                    onError(6, `Unsupported YAML version ${version}`, isValid);
                    return false;
                }
            }
            default:
                onError(0, `Unknown directive ${name}`, true);
                return false;
        }
    }
    /**
     * Resolves a tag, matching handles to those defined in %TAG directives.
     *
     * @returns Resolved tag, which may also be the non-specific tag `'!'` or a
     *   `'!local'` tag, or `null` if unresolvable.
     */
    tagName(source, onError) {
        if (source === '!')
            return '!'; // non-specific tag
        if (source[0] !== '!') {
            onError(`Not a valid tag: ${source}`);
            return null;
        }
        if (source[1] === '<') {
            const verbatim = source.slice(2, -1);
            if (verbatim === '!' || verbatim === '!!') {
                onError(`Verbatim tags aren't resolved, so ${source} is invalid.`);
                return null;
            }
            if (source[source.length - 1] !== '>')
                onError('Verbatim tags must end with a >');
            return verbatim;
        }
        const [, handle, suffix] = source.match(/^(.*!)([^!]*)$/s);
        if (!suffix)
            onError(`The ${source} tag has no suffix`);
        const prefix = this.tags[handle];
        if (prefix) {
            try {
                return prefix + decodeURIComponent(suffix);
            }
            catch (error) {
                onError(String(error));
                return null;
            }
        }
        if (handle === '!')
            return source; // local tag
        onError(`Could not resolve tag: ${source}`);
        return null;
    }
    /**
     * Given a fully resolved tag, returns its printable string form,
     * taking into account current tag prefixes and defaults.
     */
    tagString(tag) {
        for (const [handle, prefix] of Object.entries(this.tags)) {
            if (tag.startsWith(prefix))
                return handle + escapeTagName(tag.substring(prefix.length));
        }
        return tag[0] === '!' ? tag : `!<${tag}>`;
    }
    toString(doc) {
        const lines = this.yaml.explicit
            ? [`%YAML ${this.yaml.version || '1.2'}`]
            : [];
        const tagEntries = Object.entries(this.tags);
        let tagNames;
        if (doc && tagEntries.length > 0 && identity.isNode(doc.contents)) {
            const tags = {};
            visit.visit(doc.contents, (_key, node) => {
                if (identity.isNode(node) && node.tag)
                    tags[node.tag] = true;
            });
            tagNames = Object.keys(tags);
        }
        else
            tagNames = [];
        for (const [handle, prefix] of tagEntries) {
            if (handle === '!!' && prefix === 'tag:yaml.org,2002:')
                continue;
            if (!doc || tagNames.some(tn => tn.startsWith(prefix)))
                lines.push(`%TAG ${handle} ${prefix}`);
        }
        return lines.join('\n');
    }
}
Directives.defaultYaml = { explicit: false, version: '1.2' };
Directives.defaultTags = { '!!': 'tag:yaml.org,2002:' };

exports.Directives = Directives;


/***/ }),

/***/ 1464:
/***/ ((__unused_webpack_module, exports) => {



class YAMLError extends Error {
    constructor(name, pos, code, message) {
        super();
        this.name = name;
        this.code = code;
        this.message = message;
        this.pos = pos;
    }
}
class YAMLParseError extends YAMLError {
    constructor(pos, code, message) {
        super('YAMLParseError', pos, code, message);
    }
}
class YAMLWarning extends YAMLError {
    constructor(pos, code, message) {
        super('YAMLWarning', pos, code, message);
    }
}
const prettifyError = (src, lc) => (error) => {
    if (error.pos[0] === -1)
        return;
    error.linePos = error.pos.map(pos => lc.linePos(pos));
    const { line, col } = error.linePos[0];
    error.message += ` at line ${line}, column ${col}`;
    let ci = col - 1;
    let lineStr = src
        .substring(lc.lineStarts[line - 1], lc.lineStarts[line])
        .replace(/[\n\r]+$/, '');
    // Trim to max 80 chars, keeping col position near the middle
    if (ci >= 60 && lineStr.length > 80) {
        const trimStart = Math.min(ci - 39, lineStr.length - 79);
        lineStr = '…' + lineStr.substring(trimStart);
        ci -= trimStart - 1;
    }
    if (lineStr.length > 80)
        lineStr = lineStr.substring(0, 79) + '…';
    // Include previous line in context if pointing at line start
    if (line > 1 && /^ *$/.test(lineStr.substring(0, ci))) {
        // Regexp won't match if start is trimmed
        let prev = src.substring(lc.lineStarts[line - 2], lc.lineStarts[line - 1]);
        if (prev.length > 80)
            prev = prev.substring(0, 79) + '…\n';
        lineStr = prev + lineStr;
    }
    if (/[^ ]/.test(lineStr)) {
        let count = 1;
        const end = error.linePos[1];
        if (end?.line === line && end.col > col) {
            count = Math.max(1, Math.min(end.col - col, 80 - ci));
        }
        const pointer = ' '.repeat(ci) + '^'.repeat(count);
        error.message += `:\n\n${lineStr}\n${pointer}\n`;
    }
};

exports.YAMLError = YAMLError;
exports.YAMLParseError = YAMLParseError;
exports.YAMLWarning = YAMLWarning;
exports.prettifyError = prettifyError;


/***/ }),

/***/ 8815:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

var __webpack_unused_export__;


var composer = __nccwpck_require__(9984);
var Document = __nccwpck_require__(3021);
var Schema = __nccwpck_require__(5840);
var errors = __nccwpck_require__(1464);
var Alias = __nccwpck_require__(4065);
var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var Scalar = __nccwpck_require__(3301);
var YAMLMap = __nccwpck_require__(4454);
var YAMLSeq = __nccwpck_require__(2223);
var cst = __nccwpck_require__(3461);
var lexer = __nccwpck_require__(361);
var lineCounter = __nccwpck_require__(6628);
var parser = __nccwpck_require__(3456);
var publicApi = __nccwpck_require__(4047);
var visit = __nccwpck_require__(204);



__webpack_unused_export__ = composer.Composer;
__webpack_unused_export__ = Document.Document;
__webpack_unused_export__ = Schema.Schema;
__webpack_unused_export__ = errors.YAMLError;
__webpack_unused_export__ = errors.YAMLParseError;
__webpack_unused_export__ = errors.YAMLWarning;
__webpack_unused_export__ = Alias.Alias;
exports.Vj = identity.isAlias;
exports.P3 = identity.isCollection;
__webpack_unused_export__ = identity.isDocument;
exports.jh = identity.isMap;
exports.Ll = identity.isNode;
exports.tO = identity.isPair;
exports.jn = identity.isScalar;
exports.oP = identity.isSeq;
__webpack_unused_export__ = Pair.Pair;
exports.X5 = Scalar.Scalar;
__webpack_unused_export__ = YAMLMap.YAMLMap;
__webpack_unused_export__ = YAMLSeq.YAMLSeq;
__webpack_unused_export__ = cst;
__webpack_unused_export__ = lexer.Lexer;
exports.HN = lineCounter.LineCounter;
__webpack_unused_export__ = parser.Parser;
__webpack_unused_export__ = publicApi.parse;
__webpack_unused_export__ = publicApi.parseAllDocuments;
exports.Tp = publicApi.parseDocument;
__webpack_unused_export__ = publicApi.stringify;
exports.YR = visit.visit;
__webpack_unused_export__ = visit.visitAsync;


/***/ }),

/***/ 7249:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var node_process = __nccwpck_require__(932);

function debug(logLevel, ...messages) {
    if (logLevel === 'debug')
        console.log(...messages);
}
function warn(logLevel, warning) {
    if (logLevel === 'debug' || logLevel === 'warn') {
        if (typeof node_process.emitWarning === 'function')
            node_process.emitWarning(warning);
        else
            console.warn(warning);
    }
}

exports.debug = debug;
exports.warn = warn;


/***/ }),

/***/ 4065:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var anchors = __nccwpck_require__(1596);
var visit = __nccwpck_require__(204);
var identity = __nccwpck_require__(1127);
var Node = __nccwpck_require__(6673);
var toJS = __nccwpck_require__(4043);

class Alias extends Node.NodeBase {
    constructor(source) {
        super(identity.ALIAS);
        this.source = source;
        Object.defineProperty(this, 'tag', {
            set() {
                throw new Error('Alias nodes cannot have tags');
            }
        });
    }
    /**
     * Resolve the value of this alias within `doc`, finding the last
     * instance of the `source` anchor before this node.
     */
    resolve(doc, ctx) {
        if (ctx?.maxAliasCount === 0)
            throw new ReferenceError('Alias resolution is disabled');
        let nodes;
        if (ctx?.aliasResolveCache) {
            nodes = ctx.aliasResolveCache;
        }
        else {
            nodes = [];
            visit.visit(doc, {
                Node: (_key, node) => {
                    if (identity.isAlias(node) || identity.hasAnchor(node))
                        nodes.push(node);
                }
            });
            if (ctx)
                ctx.aliasResolveCache = nodes;
        }
        let found = undefined;
        for (const node of nodes) {
            if (node === this)
                break;
            if (node.anchor === this.source)
                found = node;
        }
        if (found && ctx) {
            const { anchors, doc, maxAliasCount } = ctx;
            let data = anchors.get(found);
            if (!data) {
                // Resolve anchors for Node.prototype.toJS()
                toJS.toJS(found, null, ctx);
                data = anchors.get(found);
            }
            /* istanbul ignore if */
            if (data?.res === undefined) {
                const msg = 'This should not happen: Alias anchor was not resolved?';
                throw new ReferenceError(msg);
            }
            if (maxAliasCount >= 0) {
                data.count += 1;
                if (data.aliasCount === 0)
                    data.aliasCount = getAliasCount(doc, found, anchors);
                if (data.count * data.aliasCount > maxAliasCount) {
                    const msg = 'Excessive alias count indicates a resource exhaustion attack';
                    throw new ReferenceError(msg);
                }
            }
        }
        return found;
    }
    toJSON(_arg, ctx) {
        if (!ctx)
            return { source: this.source };
        const source = this.resolve(ctx.doc, ctx);
        if (!source) {
            const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
            throw new ReferenceError(msg);
        }
        return ctx.anchors.get(source).res;
    }
    toString(ctx, _onComment, _onChompKeep) {
        const src = `*${this.source}`;
        if (ctx) {
            anchors.anchorIsValid(this.source);
            if (ctx.options.verifyAliasOrder && !ctx.anchors.has(this.source)) {
                const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
                throw new Error(msg);
            }
            if (ctx.implicitKey)
                return `${src} `;
        }
        return src;
    }
}
function getAliasCount(doc, node, anchors) {
    if (identity.isAlias(node)) {
        const source = node.resolve(doc);
        const anchor = anchors && source && anchors.get(source);
        return anchor ? anchor.count * anchor.aliasCount : 0;
    }
    else if (identity.isCollection(node)) {
        let count = 0;
        for (const item of node.items) {
            const c = getAliasCount(doc, item, anchors);
            if (c > count)
                count = c;
        }
        return count;
    }
    else if (identity.isPair(node)) {
        const kc = getAliasCount(doc, node.key, anchors);
        const vc = getAliasCount(doc, node.value, anchors);
        return Math.max(kc, vc);
    }
    return 1;
}

exports.Alias = Alias;


/***/ }),

/***/ 101:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var createNode = __nccwpck_require__(2404);
var identity = __nccwpck_require__(1127);
var Node = __nccwpck_require__(6673);

function collectionFromPath(schema, path, value) {
    let v = value;
    for (let i = path.length - 1; i >= 0; --i) {
        const k = path[i];
        if (typeof k === 'number' && Number.isInteger(k) && k >= 0) {
            const a = [];
            a[k] = v;
            v = a;
        }
        else {
            v = new Map([[k, v]]);
        }
    }
    return createNode.createNode(v, undefined, {
        aliasDuplicateObjects: false,
        keepUndefined: false,
        onAnchor: () => {
            throw new Error('This should not happen, please report a bug.');
        },
        schema,
        sourceObjects: new Map()
    });
}
// Type guard is intentionally a little wrong so as to be more useful,
// as it does not cover untypable empty non-string iterables (e.g. []).
const isEmptyPath = (path) => path == null ||
    (typeof path === 'object' && !!path[Symbol.iterator]().next().done);
class Collection extends Node.NodeBase {
    constructor(type, schema) {
        super(type);
        Object.defineProperty(this, 'schema', {
            value: schema,
            configurable: true,
            enumerable: false,
            writable: true
        });
    }
    /**
     * Create a copy of this collection.
     *
     * @param schema - If defined, overwrites the original's schema
     */
    clone(schema) {
        const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
        if (schema)
            copy.schema = schema;
        copy.items = copy.items.map(it => identity.isNode(it) || identity.isPair(it) ? it.clone(schema) : it);
        if (this.range)
            copy.range = this.range.slice();
        return copy;
    }
    /**
     * Adds a value to the collection. For `!!map` and `!!omap` the value must
     * be a Pair instance or a `{ key, value }` object, which may not have a key
     * that already exists in the map.
     */
    addIn(path, value) {
        if (isEmptyPath(path))
            this.add(value);
        else {
            const [key, ...rest] = path;
            const node = this.get(key, true);
            if (identity.isCollection(node))
                node.addIn(rest, value);
            else if (node === undefined && this.schema)
                this.set(key, collectionFromPath(this.schema, rest, value));
            else
                throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
        }
    }
    /**
     * Removes a value from the collection.
     * @returns `true` if the item was found and removed.
     */
    deleteIn(path) {
        const [key, ...rest] = path;
        if (rest.length === 0)
            return this.delete(key);
        const node = this.get(key, true);
        if (identity.isCollection(node))
            return node.deleteIn(rest);
        else
            throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
    }
    /**
     * Returns item at `key`, or `undefined` if not found. By default unwraps
     * scalar values from their surrounding node; to disable set `keepScalar` to
     * `true` (collections are always returned intact).
     */
    getIn(path, keepScalar) {
        const [key, ...rest] = path;
        const node = this.get(key, true);
        if (rest.length === 0)
            return !keepScalar && identity.isScalar(node) ? node.value : node;
        else
            return identity.isCollection(node) ? node.getIn(rest, keepScalar) : undefined;
    }
    hasAllNullValues(allowScalar) {
        return this.items.every(node => {
            if (!identity.isPair(node))
                return false;
            const n = node.value;
            return (n == null ||
                (allowScalar &&
                    identity.isScalar(n) &&
                    n.value == null &&
                    !n.commentBefore &&
                    !n.comment &&
                    !n.tag));
        });
    }
    /**
     * Checks if the collection includes a value with the key `key`.
     */
    hasIn(path) {
        const [key, ...rest] = path;
        if (rest.length === 0)
            return this.has(key);
        const node = this.get(key, true);
        return identity.isCollection(node) ? node.hasIn(rest) : false;
    }
    /**
     * Sets a value in this collection. For `!!set`, `value` needs to be a
     * boolean to add/remove the item from the set.
     */
    setIn(path, value) {
        const [key, ...rest] = path;
        if (rest.length === 0) {
            this.set(key, value);
        }
        else {
            const node = this.get(key, true);
            if (identity.isCollection(node))
                node.setIn(rest, value);
            else if (node === undefined && this.schema)
                this.set(key, collectionFromPath(this.schema, rest, value));
            else
                throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
        }
    }
}

exports.Collection = Collection;
exports.collectionFromPath = collectionFromPath;
exports.isEmptyPath = isEmptyPath;


/***/ }),

/***/ 6673:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var applyReviver = __nccwpck_require__(3661);
var identity = __nccwpck_require__(1127);
var toJS = __nccwpck_require__(4043);

class NodeBase {
    constructor(type) {
        Object.defineProperty(this, identity.NODE_TYPE, { value: type });
    }
    /** Create a copy of this node.  */
    clone() {
        const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
        if (this.range)
            copy.range = this.range.slice();
        return copy;
    }
    /** A plain JavaScript representation of this node. */
    toJS(doc, { mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
        if (!identity.isDocument(doc))
            throw new TypeError('A document argument is required');
        const ctx = {
            anchors: new Map(),
            doc,
            keep: true,
            mapAsMap: mapAsMap === true,
            mapKeyWarned: false,
            maxAliasCount: typeof maxAliasCount === 'number' ? maxAliasCount : 100
        };
        const res = toJS.toJS(this, '', ctx);
        if (typeof onAnchor === 'function')
            for (const { count, res } of ctx.anchors.values())
                onAnchor(res, count);
        return typeof reviver === 'function'
            ? applyReviver.applyReviver(reviver, { '': res }, '', res)
            : res;
    }
}

exports.NodeBase = NodeBase;


/***/ }),

/***/ 7165:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var createNode = __nccwpck_require__(2404);
var stringifyPair = __nccwpck_require__(9748);
var addPairToJSMap = __nccwpck_require__(7104);
var identity = __nccwpck_require__(1127);

function createPair(key, value, ctx) {
    const k = createNode.createNode(key, undefined, ctx);
    const v = createNode.createNode(value, undefined, ctx);
    return new Pair(k, v);
}
class Pair {
    constructor(key, value = null) {
        Object.defineProperty(this, identity.NODE_TYPE, { value: identity.PAIR });
        this.key = key;
        this.value = value;
    }
    clone(schema) {
        let { key, value } = this;
        if (identity.isNode(key))
            key = key.clone(schema);
        if (identity.isNode(value))
            value = value.clone(schema);
        return new Pair(key, value);
    }
    toJSON(_, ctx) {
        const pair = ctx?.mapAsMap ? new Map() : {};
        return addPairToJSMap.addPairToJSMap(ctx, pair, this);
    }
    toString(ctx, onComment, onChompKeep) {
        return ctx?.doc
            ? stringifyPair.stringifyPair(this, ctx, onComment, onChompKeep)
            : JSON.stringify(this);
    }
}

exports.Pair = Pair;
exports.createPair = createPair;


/***/ }),

/***/ 3301:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Node = __nccwpck_require__(6673);
var toJS = __nccwpck_require__(4043);

const isScalarValue = (value) => !value || (typeof value !== 'function' && typeof value !== 'object');
class Scalar extends Node.NodeBase {
    constructor(value) {
        super(identity.SCALAR);
        this.value = value;
    }
    toJSON(arg, ctx) {
        return ctx?.keep ? this.value : toJS.toJS(this.value, arg, ctx);
    }
    toString() {
        return String(this.value);
    }
}
Scalar.BLOCK_FOLDED = 'BLOCK_FOLDED';
Scalar.BLOCK_LITERAL = 'BLOCK_LITERAL';
Scalar.PLAIN = 'PLAIN';
Scalar.QUOTE_DOUBLE = 'QUOTE_DOUBLE';
Scalar.QUOTE_SINGLE = 'QUOTE_SINGLE';

exports.Scalar = Scalar;
exports.isScalarValue = isScalarValue;


/***/ }),

/***/ 4454:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyCollection = __nccwpck_require__(1212);
var addPairToJSMap = __nccwpck_require__(7104);
var Collection = __nccwpck_require__(101);
var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var Scalar = __nccwpck_require__(3301);

function findPair(items, key) {
    const k = identity.isScalar(key) ? key.value : key;
    for (const it of items) {
        if (identity.isPair(it)) {
            if (it.key === key || it.key === k)
                return it;
            if (identity.isScalar(it.key) && it.key.value === k)
                return it;
        }
    }
    return undefined;
}
class YAMLMap extends Collection.Collection {
    static get tagName() {
        return 'tag:yaml.org,2002:map';
    }
    constructor(schema) {
        super(identity.MAP, schema);
        this.items = [];
    }
    /**
     * A generic collection parsing method that can be extended
     * to other node classes that inherit from YAMLMap
     */
    static from(schema, obj, ctx) {
        const { keepUndefined, replacer } = ctx;
        const map = new this(schema);
        const add = (key, value) => {
            if (typeof replacer === 'function')
                value = replacer.call(obj, key, value);
            else if (Array.isArray(replacer) && !replacer.includes(key))
                return;
            if (value !== undefined || keepUndefined)
                map.items.push(Pair.createPair(key, value, ctx));
        };
        if (obj instanceof Map) {
            for (const [key, value] of obj)
                add(key, value);
        }
        else if (obj && typeof obj === 'object') {
            for (const key of Object.keys(obj))
                add(key, obj[key]);
        }
        if (typeof schema.sortMapEntries === 'function') {
            map.items.sort(schema.sortMapEntries);
        }
        return map;
    }
    /**
     * Adds a value to the collection.
     *
     * @param overwrite - If not set `true`, using a key that is already in the
     *   collection will throw. Otherwise, overwrites the previous value.
     */
    add(pair, overwrite) {
        let _pair;
        if (identity.isPair(pair))
            _pair = pair;
        else if (!pair || typeof pair !== 'object' || !('key' in pair)) {
            // In TypeScript, this never happens.
            _pair = new Pair.Pair(pair, pair?.value);
        }
        else
            _pair = new Pair.Pair(pair.key, pair.value);
        const prev = findPair(this.items, _pair.key);
        const sortEntries = this.schema?.sortMapEntries;
        if (prev) {
            if (!overwrite)
                throw new Error(`Key ${_pair.key} already set`);
            // For scalars, keep the old node & its comments and anchors
            if (identity.isScalar(prev.value) && Scalar.isScalarValue(_pair.value))
                prev.value.value = _pair.value;
            else
                prev.value = _pair.value;
        }
        else if (sortEntries) {
            const i = this.items.findIndex(item => sortEntries(_pair, item) < 0);
            if (i === -1)
                this.items.push(_pair);
            else
                this.items.splice(i, 0, _pair);
        }
        else {
            this.items.push(_pair);
        }
    }
    delete(key) {
        const it = findPair(this.items, key);
        if (!it)
            return false;
        const del = this.items.splice(this.items.indexOf(it), 1);
        return del.length > 0;
    }
    get(key, keepScalar) {
        const it = findPair(this.items, key);
        const node = it?.value;
        return (!keepScalar && identity.isScalar(node) ? node.value : node) ?? undefined;
    }
    has(key) {
        return !!findPair(this.items, key);
    }
    set(key, value) {
        this.add(new Pair.Pair(key, value), true);
    }
    /**
     * @param ctx - Conversion context, originally set in Document#toJS()
     * @param {Class} Type - If set, forces the returned collection type
     * @returns Instance of Type, Map, or Object
     */
    toJSON(_, ctx, Type) {
        const map = Type ? new Type() : ctx?.mapAsMap ? new Map() : {};
        if (ctx?.onCreate)
            ctx.onCreate(map);
        for (const item of this.items)
            addPairToJSMap.addPairToJSMap(ctx, map, item);
        return map;
    }
    toString(ctx, onComment, onChompKeep) {
        if (!ctx)
            return JSON.stringify(this);
        for (const item of this.items) {
            if (!identity.isPair(item))
                throw new Error(`Map items must all be pairs; found ${JSON.stringify(item)} instead`);
        }
        if (!ctx.allNullValues && this.hasAllNullValues(false))
            ctx = Object.assign({}, ctx, { allNullValues: true });
        return stringifyCollection.stringifyCollection(this, ctx, {
            blockItemPrefix: '',
            flowChars: { start: '{', end: '}' },
            itemIndent: ctx.indent || '',
            onChompKeep,
            onComment
        });
    }
}

exports.YAMLMap = YAMLMap;
exports.findPair = findPair;


/***/ }),

/***/ 2223:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var createNode = __nccwpck_require__(2404);
var stringifyCollection = __nccwpck_require__(1212);
var Collection = __nccwpck_require__(101);
var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);
var toJS = __nccwpck_require__(4043);

class YAMLSeq extends Collection.Collection {
    static get tagName() {
        return 'tag:yaml.org,2002:seq';
    }
    constructor(schema) {
        super(identity.SEQ, schema);
        this.items = [];
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
        const idx = asItemIndex(key);
        if (typeof idx !== 'number')
            return false;
        const del = this.items.splice(idx, 1);
        return del.length > 0;
    }
    get(key, keepScalar) {
        const idx = asItemIndex(key);
        if (typeof idx !== 'number')
            return undefined;
        const it = this.items[idx];
        return !keepScalar && identity.isScalar(it) ? it.value : it;
    }
    /**
     * Checks if the collection includes a value with the key `key`.
     *
     * `key` must contain a representation of an integer for this to succeed.
     * It may be wrapped in a `Scalar`.
     */
    has(key) {
        const idx = asItemIndex(key);
        return typeof idx === 'number' && idx < this.items.length;
    }
    /**
     * Sets a value in this collection. For `!!set`, `value` needs to be a
     * boolean to add/remove the item from the set.
     *
     * If `key` does not contain a representation of an integer, this will throw.
     * It may be wrapped in a `Scalar`.
     */
    set(key, value) {
        const idx = asItemIndex(key);
        if (typeof idx !== 'number')
            throw new Error(`Expected a valid index, not ${key}.`);
        const prev = this.items[idx];
        if (identity.isScalar(prev) && Scalar.isScalarValue(value))
            prev.value = value;
        else
            this.items[idx] = value;
    }
    toJSON(_, ctx) {
        const seq = [];
        if (ctx?.onCreate)
            ctx.onCreate(seq);
        let i = 0;
        for (const item of this.items)
            seq.push(toJS.toJS(item, String(i++), ctx));
        return seq;
    }
    toString(ctx, onComment, onChompKeep) {
        if (!ctx)
            return JSON.stringify(this);
        return stringifyCollection.stringifyCollection(this, ctx, {
            blockItemPrefix: '- ',
            flowChars: { start: '[', end: ']' },
            itemIndent: (ctx.indent || '') + '  ',
            onChompKeep,
            onComment
        });
    }
    static from(schema, obj, ctx) {
        const { replacer } = ctx;
        const seq = new this(schema);
        if (obj && Symbol.iterator in Object(obj)) {
            let i = 0;
            for (let it of obj) {
                if (typeof replacer === 'function') {
                    const key = obj instanceof Set ? it : String(i++);
                    it = replacer.call(obj, key, it);
                }
                seq.items.push(createNode.createNode(it, undefined, ctx));
            }
        }
        return seq;
    }
}
function asItemIndex(key) {
    let idx = identity.isScalar(key) ? key.value : key;
    if (idx && typeof idx === 'string')
        idx = Number(idx);
    return typeof idx === 'number' && Number.isInteger(idx) && idx >= 0
        ? idx
        : null;
}

exports.YAMLSeq = YAMLSeq;


/***/ }),

/***/ 7104:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var log = __nccwpck_require__(7249);
var merge = __nccwpck_require__(452);
var stringify = __nccwpck_require__(2148);
var identity = __nccwpck_require__(1127);
var toJS = __nccwpck_require__(4043);

function addPairToJSMap(ctx, map, { key, value }) {
    if (identity.isNode(key) && key.addToJSMap)
        key.addToJSMap(ctx, map, value);
    // TODO: Should drop this special case for bare << handling
    else if (merge.isMergeKey(ctx, key))
        merge.addMergeToJSMap(ctx, map, value);
    else {
        const jsKey = toJS.toJS(key, '', ctx);
        if (map instanceof Map) {
            map.set(jsKey, toJS.toJS(value, jsKey, ctx));
        }
        else if (map instanceof Set) {
            map.add(jsKey);
        }
        else {
            const stringKey = stringifyKey(key, jsKey, ctx);
            const jsValue = toJS.toJS(value, stringKey, ctx);
            if (stringKey in map)
                Object.defineProperty(map, stringKey, {
                    value: jsValue,
                    writable: true,
                    enumerable: true,
                    configurable: true
                });
            else
                map[stringKey] = jsValue;
        }
    }
    return map;
}
function stringifyKey(key, jsKey, ctx) {
    if (jsKey === null)
        return '';
    // eslint-disable-next-line @typescript-eslint/no-base-to-string
    if (typeof jsKey !== 'object')
        return String(jsKey);
    if (identity.isNode(key) && ctx?.doc) {
        const strCtx = stringify.createStringifyContext(ctx.doc, {});
        strCtx.anchors = new Set();
        for (const node of ctx.anchors.keys())
            strCtx.anchors.add(node.anchor);
        strCtx.inFlow = true;
        strCtx.inStringifyKey = true;
        const strKey = key.toString(strCtx);
        if (!ctx.mapKeyWarned) {
            let jsonStr = JSON.stringify(strKey);
            if (jsonStr.length > 40)
                jsonStr = jsonStr.substring(0, 36) + '..."';
            log.warn(ctx.doc.options.logLevel, `Keys with collection values will be stringified due to JS Object restrictions: ${jsonStr}. Set mapAsMap: true to use object keys.`);
            ctx.mapKeyWarned = true;
        }
        return strKey;
    }
    return JSON.stringify(jsKey);
}

exports.addPairToJSMap = addPairToJSMap;


/***/ }),

/***/ 1127:
/***/ ((__unused_webpack_module, exports) => {



const ALIAS = Symbol.for('yaml.alias');
const DOC = Symbol.for('yaml.document');
const MAP = Symbol.for('yaml.map');
const PAIR = Symbol.for('yaml.pair');
const SCALAR = Symbol.for('yaml.scalar');
const SEQ = Symbol.for('yaml.seq');
const NODE_TYPE = Symbol.for('yaml.node.type');
const isAlias = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === ALIAS;
const isDocument = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === DOC;
const isMap = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === MAP;
const isPair = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === PAIR;
const isScalar = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === SCALAR;
const isSeq = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === SEQ;
function isCollection(node) {
    if (node && typeof node === 'object')
        switch (node[NODE_TYPE]) {
            case MAP:
            case SEQ:
                return true;
        }
    return false;
}
function isNode(node) {
    if (node && typeof node === 'object')
        switch (node[NODE_TYPE]) {
            case ALIAS:
            case MAP:
            case SCALAR:
            case SEQ:
                return true;
        }
    return false;
}
const hasAnchor = (node) => (isScalar(node) || isCollection(node)) && !!node.anchor;

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


/***/ }),

/***/ 4043:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);

/**
 * Recursively convert any node or its contents to native JavaScript
 *
 * @param value - The input value
 * @param arg - If `value` defines a `toJSON()` method, use this
 *   as its first argument
 * @param ctx - Conversion context, originally set in Document#toJS(). If
 *   `{ keep: true }` is not set, output should be suitable for JSON
 *   stringification.
 */
function toJS(value, arg, ctx) {
    // eslint-disable-next-line @typescript-eslint/no-unsafe-return
    if (Array.isArray(value))
        return value.map((v, i) => toJS(v, String(i), ctx));
    if (value && typeof value.toJSON === 'function') {
        // eslint-disable-next-line @typescript-eslint/no-unsafe-call
        if (!ctx || !identity.hasAnchor(value))
            return value.toJSON(arg, ctx);
        const data = { aliasCount: 0, count: 1, res: undefined };
        ctx.anchors.set(value, data);
        ctx.onCreate = res => {
            data.res = res;
            delete ctx.onCreate;
        };
        const res = value.toJSON(arg, ctx);
        if (ctx.onCreate)
            ctx.onCreate(res);
        return res;
    }
    if (typeof value === 'bigint' && !ctx?.keep)
        return Number(value);
    return value;
}

exports.toJS = toJS;


/***/ }),

/***/ 110:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var resolveBlockScalar = __nccwpck_require__(8913);
var resolveFlowScalar = __nccwpck_require__(6842);
var errors = __nccwpck_require__(1464);
var stringifyString = __nccwpck_require__(3069);

function resolveAsScalar(token, strict = true, onError) {
    if (token) {
        const _onError = (pos, code, message) => {
            const offset = typeof pos === 'number' ? pos : Array.isArray(pos) ? pos[0] : pos.offset;
            if (onError)
                onError(offset, code, message);
            else
                throw new errors.YAMLParseError([offset, offset + 1], code, message);
        };
        switch (token.type) {
            case 'scalar':
            case 'single-quoted-scalar':
            case 'double-quoted-scalar':
                return resolveFlowScalar.resolveFlowScalar(token, strict, _onError);
            case 'block-scalar':
                return resolveBlockScalar.resolveBlockScalar({ options: { strict } }, token, _onError);
        }
    }
    return null;
}
/**
 * Create a new scalar token with `value`
 *
 * Values that represent an actual string but may be parsed as a different type should use a `type` other than `'PLAIN'`,
 * as this function does not support any schema operations and won't check for such conflicts.
 *
 * @param value The string representation of the value, which will have its content properly indented.
 * @param context.end Comments and whitespace after the end of the value, or after the block scalar header. If undefined, a newline will be added.
 * @param context.implicitKey Being within an implicit key may affect the resolved type of the token's value.
 * @param context.indent The indent level of the token.
 * @param context.inFlow Is this scalar within a flow collection? This may affect the resolved type of the token's value.
 * @param context.offset The offset position of the token.
 * @param context.type The preferred type of the scalar token. If undefined, the previous type of the `token` will be used, defaulting to `'PLAIN'`.
 */
function createScalarToken(value, context) {
    const { implicitKey = false, indent, inFlow = false, offset = -1, type = 'PLAIN' } = context;
    const source = stringifyString.stringifyString({ type, value }, {
        implicitKey,
        indent: indent > 0 ? ' '.repeat(indent) : '',
        inFlow,
        options: { blockQuote: true, lineWidth: -1 }
    });
    const end = context.end ?? [
        { type: 'newline', offset: -1, indent, source: '\n' }
    ];
    switch (source[0]) {
        case '|':
        case '>': {
            const he = source.indexOf('\n');
            const head = source.substring(0, he);
            const body = source.substring(he + 1) + '\n';
            const props = [
                { type: 'block-scalar-header', offset, indent, source: head }
            ];
            if (!addEndtoBlockProps(props, end))
                props.push({ type: 'newline', offset: -1, indent, source: '\n' });
            return { type: 'block-scalar', offset, indent, props, source: body };
        }
        case '"':
            return { type: 'double-quoted-scalar', offset, indent, source, end };
        case "'":
            return { type: 'single-quoted-scalar', offset, indent, source, end };
        default:
            return { type: 'scalar', offset, indent, source, end };
    }
}
/**
 * Set the value of `token` to the given string `value`, overwriting any previous contents and type that it may have.
 *
 * Best efforts are made to retain any comments previously associated with the `token`,
 * though all contents within a collection's `items` will be overwritten.
 *
 * Values that represent an actual string but may be parsed as a different type should use a `type` other than `'PLAIN'`,
 * as this function does not support any schema operations and won't check for such conflicts.
 *
 * @param token Any token. If it does not include an `indent` value, the value will be stringified as if it were an implicit key.
 * @param value The string representation of the value, which will have its content properly indented.
 * @param context.afterKey In most cases, values after a key should have an additional level of indentation.
 * @param context.implicitKey Being within an implicit key may affect the resolved type of the token's value.
 * @param context.inFlow Being within a flow collection may affect the resolved type of the token's value.
 * @param context.type The preferred type of the scalar token. If undefined, the previous type of the `token` will be used, defaulting to `'PLAIN'`.
 */
function setScalarValue(token, value, context = {}) {
    let { afterKey = false, implicitKey = false, inFlow = false, type } = context;
    let indent = 'indent' in token ? token.indent : null;
    if (afterKey && typeof indent === 'number')
        indent += 2;
    if (!type)
        switch (token.type) {
            case 'single-quoted-scalar':
                type = 'QUOTE_SINGLE';
                break;
            case 'double-quoted-scalar':
                type = 'QUOTE_DOUBLE';
                break;
            case 'block-scalar': {
                const header = token.props[0];
                if (header.type !== 'block-scalar-header')
                    throw new Error('Invalid block scalar header');
                type = header.source[0] === '>' ? 'BLOCK_FOLDED' : 'BLOCK_LITERAL';
                break;
            }
            default:
                type = 'PLAIN';
        }
    const source = stringifyString.stringifyString({ type, value }, {
        implicitKey: implicitKey || indent === null,
        indent: indent !== null && indent > 0 ? ' '.repeat(indent) : '',
        inFlow,
        options: { blockQuote: true, lineWidth: -1 }
    });
    switch (source[0]) {
        case '|':
        case '>':
            setBlockScalarValue(token, source);
            break;
        case '"':
            setFlowScalarValue(token, source, 'double-quoted-scalar');
            break;
        case "'":
            setFlowScalarValue(token, source, 'single-quoted-scalar');
            break;
        default:
            setFlowScalarValue(token, source, 'scalar');
    }
}
function setBlockScalarValue(token, source) {
    const he = source.indexOf('\n');
    const head = source.substring(0, he);
    const body = source.substring(he + 1) + '\n';
    if (token.type === 'block-scalar') {
        const header = token.props[0];
        if (header.type !== 'block-scalar-header')
            throw new Error('Invalid block scalar header');
        header.source = head;
        token.source = body;
    }
    else {
        const { offset } = token;
        const indent = 'indent' in token ? token.indent : -1;
        const props = [
            { type: 'block-scalar-header', offset, indent, source: head }
        ];
        if (!addEndtoBlockProps(props, 'end' in token ? token.end : undefined))
            props.push({ type: 'newline', offset: -1, indent, source: '\n' });
        for (const key of Object.keys(token))
            if (key !== 'type' && key !== 'offset')
                delete token[key];
        Object.assign(token, { type: 'block-scalar', indent, props, source: body });
    }
}
/** @returns `true` if last token is a newline */
function addEndtoBlockProps(props, end) {
    if (end)
        for (const st of end)
            switch (st.type) {
                case 'space':
                case 'comment':
                    props.push(st);
                    break;
                case 'newline':
                    props.push(st);
                    return true;
            }
    return false;
}
function setFlowScalarValue(token, source, type) {
    switch (token.type) {
        case 'scalar':
        case 'double-quoted-scalar':
        case 'single-quoted-scalar':
            token.type = type;
            token.source = source;
            break;
        case 'block-scalar': {
            const end = token.props.slice(1);
            let oa = source.length;
            if (token.props[0].type === 'block-scalar-header')
                oa -= token.props[0].source.length;
            for (const tok of end)
                tok.offset += oa;
            delete token.props;
            Object.assign(token, { type, source, end });
            break;
        }
        case 'block-map':
        case 'block-seq': {
            const offset = token.offset + source.length;
            const nl = { type: 'newline', offset, indent: token.indent, source: '\n' };
            delete token.items;
            Object.assign(token, { type, source, end: [nl] });
            break;
        }
        default: {
            const indent = 'indent' in token ? token.indent : -1;
            const end = 'end' in token && Array.isArray(token.end)
                ? token.end.filter(st => st.type === 'space' ||
                    st.type === 'comment' ||
                    st.type === 'newline')
                : [];
            for (const key of Object.keys(token))
                if (key !== 'type' && key !== 'offset')
                    delete token[key];
            Object.assign(token, { type, indent, source, end });
        }
    }
}

exports.createScalarToken = createScalarToken;
exports.resolveAsScalar = resolveAsScalar;
exports.setScalarValue = setScalarValue;


/***/ }),

/***/ 1733:
/***/ ((__unused_webpack_module, exports) => {



/**
 * Stringify a CST document, token, or collection item
 *
 * Fair warning: This applies no validation whatsoever, and
 * simply concatenates the sources in their logical order.
 */
const stringify = (cst) => 'type' in cst ? stringifyToken(cst) : stringifyItem(cst);
function stringifyToken(token) {
    switch (token.type) {
        case 'block-scalar': {
            let res = '';
            for (const tok of token.props)
                res += stringifyToken(tok);
            return res + token.source;
        }
        case 'block-map':
        case 'block-seq': {
            let res = '';
            for (const item of token.items)
                res += stringifyItem(item);
            return res;
        }
        case 'flow-collection': {
            let res = token.start.source;
            for (const item of token.items)
                res += stringifyItem(item);
            for (const st of token.end)
                res += st.source;
            return res;
        }
        case 'document': {
            let res = stringifyItem(token);
            if (token.end)
                for (const st of token.end)
                    res += st.source;
            return res;
        }
        default: {
            let res = token.source;
            if ('end' in token && token.end)
                for (const st of token.end)
                    res += st.source;
            return res;
        }
    }
}
function stringifyItem({ start, key, sep, value }) {
    let res = '';
    for (const st of start)
        res += st.source;
    if (key)
        res += stringifyToken(key);
    if (sep)
        for (const st of sep)
            res += st.source;
    if (value)
        res += stringifyToken(value);
    return res;
}

exports.stringify = stringify;


/***/ }),

/***/ 7715:
/***/ ((__unused_webpack_module, exports) => {



const BREAK = Symbol('break visit');
const SKIP = Symbol('skip children');
const REMOVE = Symbol('remove item');
/**
 * Apply a visitor to a CST document or item.
 *
 * Walks through the tree (depth-first) starting from the root, calling a
 * `visitor` function with two arguments when entering each item:
 *   - `item`: The current item, which included the following members:
 *     - `start: SourceToken[]` – Source tokens before the key or value,
 *       possibly including its anchor or tag.
 *     - `key?: Token | null` – Set for pair values. May then be `null`, if
 *       the key before the `:` separator is empty.
 *     - `sep?: SourceToken[]` – Source tokens between the key and the value,
 *       which should include the `:` map value indicator if `value` is set.
 *     - `value?: Token` – The value of a sequence item, or of a map pair.
 *   - `path`: The steps from the root to the current node, as an array of
 *     `['key' | 'value', number]` tuples.
 *
 * The return value of the visitor may be used to control the traversal:
 *   - `undefined` (default): Do nothing and continue
 *   - `visit.SKIP`: Do not visit the children of this token, continue with
 *      next sibling
 *   - `visit.BREAK`: Terminate traversal completely
 *   - `visit.REMOVE`: Remove the current item, then continue with the next one
 *   - `number`: Set the index of the next step. This is useful especially if
 *     the index of the current token has changed.
 *   - `function`: Define the next visitor for this item. After the original
 *     visitor is called on item entry, next visitors are called after handling
 *     a non-empty `key` and when exiting the item.
 */
function visit(cst, visitor) {
    if ('type' in cst && cst.type === 'document')
        cst = { start: cst.start, value: cst.value };
    _visit(Object.freeze([]), cst, visitor);
}
// Without the `as symbol` casts, TS declares these in the `visit`
// namespace using `var`, but then complains about that because
// `unique symbol` must be `const`.
/** Terminate visit traversal completely */
visit.BREAK = BREAK;
/** Do not visit the children of the current item */
visit.SKIP = SKIP;
/** Remove the current item */
visit.REMOVE = REMOVE;
/** Find the item at `path` from `cst` as the root */
visit.itemAtPath = (cst, path) => {
    let item = cst;
    for (const [field, index] of path) {
        const tok = item?.[field];
        if (tok && 'items' in tok) {
            item = tok.items[index];
        }
        else
            return undefined;
    }
    return item;
};
/**
 * Get the immediate parent collection of the item at `path` from `cst` as the root.
 *
 * Throws an error if the collection is not found, which should never happen if the item itself exists.
 */
visit.parentCollection = (cst, path) => {
    const parent = visit.itemAtPath(cst, path.slice(0, -1));
    const field = path[path.length - 1][0];
    const coll = parent?.[field];
    if (coll && 'items' in coll)
        return coll;
    throw new Error('Parent collection not found');
};
function _visit(path, item, visitor) {
    let ctrl = visitor(item, path);
    if (typeof ctrl === 'symbol')
        return ctrl;
    for (const field of ['key', 'value']) {
        const token = item[field];
        if (token && 'items' in token) {
            for (let i = 0; i < token.items.length; ++i) {
                const ci = _visit(Object.freeze(path.concat([[field, i]])), token.items[i], visitor);
                if (typeof ci === 'number')
                    i = ci - 1;
                else if (ci === BREAK)
                    return BREAK;
                else if (ci === REMOVE) {
                    token.items.splice(i, 1);
                    i -= 1;
                }
            }
            if (typeof ctrl === 'function' && field === 'key')
                ctrl = ctrl(item, path);
        }
    }
    return typeof ctrl === 'function' ? ctrl(item, path) : ctrl;
}

exports.visit = visit;


/***/ }),

/***/ 3461:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var cstScalar = __nccwpck_require__(110);
var cstStringify = __nccwpck_require__(1733);
var cstVisit = __nccwpck_require__(7715);

/** The byte order mark */
const BOM = '\u{FEFF}';
/** Start of doc-mode */
const DOCUMENT = '\x02'; // C0: Start of Text
/** Unexpected end of flow-mode */
const FLOW_END = '\x18'; // C0: Cancel
/** Next token is a scalar value */
const SCALAR = '\x1f'; // C0: Unit Separator
/** @returns `true` if `token` is a flow or block collection */
const isCollection = (token) => !!token && 'items' in token;
/** @returns `true` if `token` is a flow or block scalar; not an alias */
const isScalar = (token) => !!token &&
    (token.type === 'scalar' ||
        token.type === 'single-quoted-scalar' ||
        token.type === 'double-quoted-scalar' ||
        token.type === 'block-scalar');
/* istanbul ignore next */
/** Get a printable representation of a lexer token */
function prettyToken(token) {
    switch (token) {
        case BOM:
            return '<BOM>';
        case DOCUMENT:
            return '<DOC>';
        case FLOW_END:
            return '<FLOW_END>';
        case SCALAR:
            return '<SCALAR>';
        default:
            return JSON.stringify(token);
    }
}
/** Identify the type of a lexer token. May return `null` for unknown tokens. */
function tokenType(source) {
    switch (source) {
        case BOM:
            return 'byte-order-mark';
        case DOCUMENT:
            return 'doc-mode';
        case FLOW_END:
            return 'flow-error-end';
        case SCALAR:
            return 'scalar';
        case '---':
            return 'doc-start';
        case '...':
            return 'doc-end';
        case '':
        case '\n':
        case '\r\n':
            return 'newline';
        case '-':
            return 'seq-item-ind';
        case '?':
            return 'explicit-key-ind';
        case ':':
            return 'map-value-ind';
        case '{':
            return 'flow-map-start';
        case '}':
            return 'flow-map-end';
        case '[':
            return 'flow-seq-start';
        case ']':
            return 'flow-seq-end';
        case ',':
            return 'comma';
    }
    switch (source[0]) {
        case ' ':
        case '\t':
            return 'space';
        case '#':
            return 'comment';
        case '%':
            return 'directive-line';
        case '*':
            return 'alias';
        case '&':
            return 'anchor';
        case '!':
            return 'tag';
        case "'":
            return 'single-quoted-scalar';
        case '"':
            return 'double-quoted-scalar';
        case '|':
        case '>':
            return 'block-scalar-header';
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


/***/ }),

/***/ 361:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var cst = __nccwpck_require__(3461);

/*
START -> stream

stream
  directive -> line-end -> stream
  indent + line-end -> stream
  [else] -> line-start

line-end
  comment -> line-end
  newline -> .
  input-end -> END

line-start
  doc-start -> doc
  doc-end -> stream
  [else] -> indent -> block-start

block-start
  seq-item-start -> block-start
  explicit-key-start -> block-start
  map-value-start -> block-start
  [else] -> doc

doc
  line-end -> line-start
  spaces -> doc
  anchor -> doc
  tag -> doc
  flow-start -> flow -> doc
  flow-end -> error -> doc
  seq-item-start -> error -> doc
  explicit-key-start -> error -> doc
  map-value-start -> doc
  alias -> doc
  quote-start -> quoted-scalar -> doc
  block-scalar-header -> line-end -> block-scalar(min) -> line-start
  [else] -> plain-scalar(false, min) -> doc

flow
  line-end -> flow
  spaces -> flow
  anchor -> flow
  tag -> flow
  flow-start -> flow -> flow
  flow-end -> .
  seq-item-start -> error -> flow
  explicit-key-start -> flow
  map-value-start -> flow
  alias -> flow
  quote-start -> quoted-scalar -> flow
  comma -> flow
  [else] -> plain-scalar(true, 0) -> flow

quoted-scalar
  quote-end -> .
  [else] -> quoted-scalar

block-scalar(min)
  newline + peek(indent < min) -> .
  [else] -> block-scalar(min)

plain-scalar(is-flow, min)
  scalar-end(is-flow) -> .
  peek(newline + (indent < min)) -> .
  [else] -> plain-scalar(min)
*/
function isEmpty(ch) {
    switch (ch) {
        case undefined:
        case ' ':
        case '\n':
        case '\r':
        case '\t':
            return true;
        default:
            return false;
    }
}
const hexDigits = new Set('0123456789ABCDEFabcdef');
const tagChars = new Set("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-#;/?:@&=+$_.!~*'()");
const flowIndicatorChars = new Set(',[]{}');
const invalidAnchorChars = new Set(' ,[]{}\n\r\t');
const isNotAnchorChar = (ch) => !ch || invalidAnchorChars.has(ch);
/**
 * Splits an input string into lexical tokens, i.e. smaller strings that are
 * easily identifiable by `tokens.tokenType()`.
 *
 * Lexing starts always in a "stream" context. Incomplete input may be buffered
 * until a complete token can be emitted.
 *
 * In addition to slices of the original input, the following control characters
 * may also be emitted:
 *
 * - `\x02` (Start of Text): A document starts with the next token
 * - `\x18` (Cancel): Unexpected end of flow-mode (indicates an error)
 * - `\x1f` (Unit Separator): Next token is a scalar value
 * - `\u{FEFF}` (Byte order mark): Emitted separately outside documents
 */
class Lexer {
    constructor() {
        /**
         * Flag indicating whether the end of the current buffer marks the end of
         * all input
         */
        this.atEnd = false;
        /**
         * Explicit indent set in block scalar header, as an offset from the current
         * minimum indent, so e.g. set to 1 from a header `|2+`. Set to -1 if not
         * explicitly set.
         */
        this.blockScalarIndent = -1;
        /**
         * Block scalars that include a + (keep) chomping indicator in their header
         * include trailing empty lines, which are otherwise excluded from the
         * scalar's contents.
         */
        this.blockScalarKeep = false;
        /** Current input */
        this.buffer = '';
        /**
         * Flag noting whether the map value indicator : can immediately follow this
         * node within a flow context.
         */
        this.flowKey = false;
        /** Count of surrounding flow collection levels. */
        this.flowLevel = 0;
        /**
         * Minimum level of indentation required for next lines to be parsed as a
         * part of the current scalar value.
         */
        this.indentNext = 0;
        /** Indentation level of the current line. */
        this.indentValue = 0;
        /** Position of the next \n character. */
        this.lineEndPos = null;
        /** Stores the state of the lexer if reaching the end of incpomplete input */
        this.next = null;
        /** A pointer to `buffer`; the current position of the lexer. */
        this.pos = 0;
    }
    /**
     * Generate YAML tokens from the `source` string. If `incomplete`,
     * a part of the last line may be left as a buffer for the next call.
     *
     * @returns A generator of lexical tokens
     */
    *lex(source, incomplete = false) {
        if (source) {
            if (typeof source !== 'string')
                throw TypeError('source is not a string');
            this.buffer = this.buffer ? this.buffer + source : source;
            this.lineEndPos = null;
        }
        this.atEnd = !incomplete;
        let next = this.next ?? 'stream';
        while (next && (incomplete || this.hasChars(1)))
            next = yield* this.parseNext(next);
    }
    atLineEnd() {
        let i = this.pos;
        let ch = this.buffer[i];
        while (ch === ' ' || ch === '\t')
            ch = this.buffer[++i];
        if (!ch || ch === '#' || ch === '\n')
            return true;
        if (ch === '\r')
            return this.buffer[i + 1] === '\n';
        return false;
    }
    charAt(n) {
        return this.buffer[this.pos + n];
    }
    continueScalar(offset) {
        let ch = this.buffer[offset];
        if (this.indentNext > 0) {
            let indent = 0;
            while (ch === ' ')
                ch = this.buffer[++indent + offset];
            if (ch === '\r') {
                const next = this.buffer[indent + offset + 1];
                if (next === '\n' || (!next && !this.atEnd))
                    return offset + indent + 1;
            }
            return ch === '\n' || indent >= this.indentNext || (!ch && !this.atEnd)
                ? offset + indent
                : -1;
        }
        if (ch === '-' || ch === '.') {
            const dt = this.buffer.substr(offset, 3);
            if ((dt === '---' || dt === '...') && isEmpty(this.buffer[offset + 3]))
                return -1;
        }
        return offset;
    }
    getLine() {
        let end = this.lineEndPos;
        if (typeof end !== 'number' || (end !== -1 && end < this.pos)) {
            end = this.buffer.indexOf('\n', this.pos);
            this.lineEndPos = end;
        }
        if (end === -1)
            return this.atEnd ? this.buffer.substring(this.pos) : null;
        if (this.buffer[end - 1] === '\r')
            end -= 1;
        return this.buffer.substring(this.pos, end);
    }
    hasChars(n) {
        return this.pos + n <= this.buffer.length;
    }
    setNext(state) {
        this.buffer = this.buffer.substring(this.pos);
        this.pos = 0;
        this.lineEndPos = null;
        this.next = state;
        return null;
    }
    peek(n) {
        return this.buffer.substr(this.pos, n);
    }
    *parseNext(next) {
        switch (next) {
            case 'stream':
                return yield* this.parseStream();
            case 'line-start':
                return yield* this.parseLineStart();
            case 'block-start':
                return yield* this.parseBlockStart();
            case 'doc':
                return yield* this.parseDocument();
            case 'flow':
                return yield* this.parseFlowCollection();
            case 'quoted-scalar':
                return yield* this.parseQuotedScalar();
            case 'block-scalar':
                return yield* this.parseBlockScalar();
            case 'plain-scalar':
                return yield* this.parsePlainScalar();
        }
    }
    *parseStream() {
        let line = this.getLine();
        if (line === null)
            return this.setNext('stream');
        if (line[0] === cst.BOM) {
            yield* this.pushCount(1);
            line = line.substring(1);
        }
        if (line[0] === '%') {
            let dirEnd = line.length;
            let cs = line.indexOf('#');
            while (cs !== -1) {
                const ch = line[cs - 1];
                if (ch === ' ' || ch === '\t') {
                    dirEnd = cs - 1;
                    break;
                }
                else {
                    cs = line.indexOf('#', cs + 1);
                }
            }
            while (true) {
                const ch = line[dirEnd - 1];
                if (ch === ' ' || ch === '\t')
                    dirEnd -= 1;
                else
                    break;
            }
            const n = (yield* this.pushCount(dirEnd)) + (yield* this.pushSpaces(true));
            yield* this.pushCount(line.length - n); // possible comment
            this.pushNewline();
            return 'stream';
        }
        if (this.atLineEnd()) {
            const sp = yield* this.pushSpaces(true);
            yield* this.pushCount(line.length - sp);
            yield* this.pushNewline();
            return 'stream';
        }
        yield cst.DOCUMENT;
        return yield* this.parseLineStart();
    }
    *parseLineStart() {
        const ch = this.charAt(0);
        if (!ch && !this.atEnd)
            return this.setNext('line-start');
        if (ch === '-' || ch === '.') {
            if (!this.atEnd && !this.hasChars(4))
                return this.setNext('line-start');
            const s = this.peek(3);
            if ((s === '---' || s === '...') && isEmpty(this.charAt(3))) {
                yield* this.pushCount(3);
                this.indentValue = 0;
                this.indentNext = 0;
                return s === '---' ? 'doc' : 'stream';
            }
        }
        this.indentValue = yield* this.pushSpaces(false);
        if (this.indentNext > this.indentValue && !isEmpty(this.charAt(1)))
            this.indentNext = this.indentValue;
        return yield* this.parseBlockStart();
    }
    *parseBlockStart() {
        const [ch0, ch1] = this.peek(2);
        if (!ch1 && !this.atEnd)
            return this.setNext('block-start');
        if ((ch0 === '-' || ch0 === '?' || ch0 === ':') && isEmpty(ch1)) {
            const n = (yield* this.pushCount(1)) + (yield* this.pushSpaces(true));
            this.indentNext = this.indentValue + 1;
            this.indentValue += n;
            return 'block-start';
        }
        return 'doc';
    }
    *parseDocument() {
        yield* this.pushSpaces(true);
        const line = this.getLine();
        if (line === null)
            return this.setNext('doc');
        let n = yield* this.pushIndicators();
        switch (line[n]) {
            case '#':
                yield* this.pushCount(line.length - n);
            // fallthrough
            case undefined:
                yield* this.pushNewline();
                return yield* this.parseLineStart();
            case '{':
            case '[':
                yield* this.pushCount(1);
                this.flowKey = false;
                this.flowLevel = 1;
                return 'flow';
            case '}':
            case ']':
                // this is an error
                yield* this.pushCount(1);
                return 'doc';
            case '*':
                yield* this.pushUntil(isNotAnchorChar);
                return 'doc';
            case '"':
            case "'":
                return yield* this.parseQuotedScalar();
            case '|':
            case '>':
                n += yield* this.parseBlockScalarHeader();
                n += yield* this.pushSpaces(true);
                yield* this.pushCount(line.length - n);
                yield* this.pushNewline();
                return yield* this.parseBlockScalar();
            default:
                return yield* this.parsePlainScalar();
        }
    }
    *parseFlowCollection() {
        let nl, sp;
        let indent = -1;
        do {
            nl = yield* this.pushNewline();
            if (nl > 0) {
                sp = yield* this.pushSpaces(false);
                this.indentValue = indent = sp;
            }
            else {
                sp = 0;
            }
            sp += yield* this.pushSpaces(true);
        } while (nl + sp > 0);
        const line = this.getLine();
        if (line === null)
            return this.setNext('flow');
        if ((indent !== -1 && indent < this.indentNext && line[0] !== '#') ||
            (indent === 0 &&
                (line.startsWith('---') || line.startsWith('...')) &&
                isEmpty(line[3]))) {
            // Allowing for the terminal ] or } at the same (rather than greater)
            // indent level as the initial [ or { is technically invalid, but
            // failing here would be surprising to users.
            const atFlowEndMarker = indent === this.indentNext - 1 &&
                this.flowLevel === 1 &&
                (line[0] === ']' || line[0] === '}');
            if (!atFlowEndMarker) {
                // this is an error
                this.flowLevel = 0;
                yield cst.FLOW_END;
                return yield* this.parseLineStart();
            }
        }
        let n = 0;
        while (line[n] === ',') {
            n += yield* this.pushCount(1);
            n += yield* this.pushSpaces(true);
            this.flowKey = false;
        }
        n += yield* this.pushIndicators();
        switch (line[n]) {
            case undefined:
                return 'flow';
            case '#':
                yield* this.pushCount(line.length - n);
                return 'flow';
            case '{':
            case '[':
                yield* this.pushCount(1);
                this.flowKey = false;
                this.flowLevel += 1;
                return 'flow';
            case '}':
            case ']':
                yield* this.pushCount(1);
                this.flowKey = true;
                this.flowLevel -= 1;
                return this.flowLevel ? 'flow' : 'doc';
            case '*':
                yield* this.pushUntil(isNotAnchorChar);
                return 'flow';
            case '"':
            case "'":
                this.flowKey = true;
                return yield* this.parseQuotedScalar();
            case ':': {
                const next = this.charAt(1);
                if (this.flowKey || isEmpty(next) || next === ',') {
                    this.flowKey = false;
                    yield* this.pushCount(1);
                    yield* this.pushSpaces(true);
                    return 'flow';
                }
            }
            // fallthrough
            default:
                this.flowKey = false;
                return yield* this.parsePlainScalar();
        }
    }
    *parseQuotedScalar() {
        const quote = this.charAt(0);
        let end = this.buffer.indexOf(quote, this.pos + 1);
        if (quote === "'") {
            while (end !== -1 && this.buffer[end + 1] === "'")
                end = this.buffer.indexOf("'", end + 2);
        }
        else {
            // double-quote
            while (end !== -1) {
                let n = 0;
                while (this.buffer[end - 1 - n] === '\\')
                    n += 1;
                if (n % 2 === 0)
                    break;
                end = this.buffer.indexOf('"', end + 1);
            }
        }
        // Only looking for newlines within the quotes
        const qb = this.buffer.substring(0, end);
        let nl = qb.indexOf('\n', this.pos);
        if (nl !== -1) {
            while (nl !== -1) {
                const cs = this.continueScalar(nl + 1);
                if (cs === -1)
                    break;
                nl = qb.indexOf('\n', cs);
            }
            if (nl !== -1) {
                // this is an error caused by an unexpected unindent
                end = nl - (qb[nl - 1] === '\r' ? 2 : 1);
            }
        }
        if (end === -1) {
            if (!this.atEnd)
                return this.setNext('quoted-scalar');
            end = this.buffer.length;
        }
        yield* this.pushToIndex(end + 1, false);
        return this.flowLevel ? 'flow' : 'doc';
    }
    *parseBlockScalarHeader() {
        this.blockScalarIndent = -1;
        this.blockScalarKeep = false;
        let i = this.pos;
        while (true) {
            const ch = this.buffer[++i];
            if (ch === '+')
                this.blockScalarKeep = true;
            else if (ch > '0' && ch <= '9')
                this.blockScalarIndent = Number(ch) - 1;
            else if (ch !== '-')
                break;
        }
        return yield* this.pushUntil(ch => isEmpty(ch) || ch === '#');
    }
    *parseBlockScalar() {
        let nl = this.pos - 1; // may be -1 if this.pos === 0
        let indent = 0;
        let ch;
        loop: for (let i = this.pos; (ch = this.buffer[i]); ++i) {
            switch (ch) {
                case ' ':
                    indent += 1;
                    break;
                case '\n':
                    nl = i;
                    indent = 0;
                    break;
                case '\r': {
                    const next = this.buffer[i + 1];
                    if (!next && !this.atEnd)
                        return this.setNext('block-scalar');
                    if (next === '\n')
                        break;
                } // fallthrough
                default:
                    break loop;
            }
        }
        if (!ch && !this.atEnd)
            return this.setNext('block-scalar');
        if (indent >= this.indentNext) {
            if (this.blockScalarIndent === -1)
                this.indentNext = indent;
            else {
                this.indentNext =
                    this.blockScalarIndent + (this.indentNext === 0 ? 1 : this.indentNext);
            }
            do {
                const cs = this.continueScalar(nl + 1);
                if (cs === -1)
                    break;
                nl = this.buffer.indexOf('\n', cs);
            } while (nl !== -1);
            if (nl === -1) {
                if (!this.atEnd)
                    return this.setNext('block-scalar');
                nl = this.buffer.length;
            }
        }
        // Trailing insufficiently indented tabs are invalid.
        // To catch that during parsing, we include them in the block scalar value.
        let i = nl + 1;
        ch = this.buffer[i];
        while (ch === ' ')
            ch = this.buffer[++i];
        if (ch === '\t') {
            while (ch === '\t' || ch === ' ' || ch === '\r' || ch === '\n')
                ch = this.buffer[++i];
            nl = i - 1;
        }
        else if (!this.blockScalarKeep) {
            do {
                let i = nl - 1;
                let ch = this.buffer[i];
                if (ch === '\r')
                    ch = this.buffer[--i];
                const lastChar = i; // Drop the line if last char not more indented
                while (ch === ' ')
                    ch = this.buffer[--i];
                if (ch === '\n' && i >= this.pos && i + 1 + indent > lastChar)
                    nl = i;
                else
                    break;
            } while (true);
        }
        yield cst.SCALAR;
        yield* this.pushToIndex(nl + 1, true);
        return yield* this.parseLineStart();
    }
    *parsePlainScalar() {
        const inFlow = this.flowLevel > 0;
        let end = this.pos - 1;
        let i = this.pos - 1;
        let ch;
        while ((ch = this.buffer[++i])) {
            if (ch === ':') {
                const next = this.buffer[i + 1];
                if (isEmpty(next) || (inFlow && flowIndicatorChars.has(next)))
                    break;
                end = i;
            }
            else if (isEmpty(ch)) {
                let next = this.buffer[i + 1];
                if (ch === '\r') {
                    if (next === '\n') {
                        i += 1;
                        ch = '\n';
                        next = this.buffer[i + 1];
                    }
                    else
                        end = i;
                }
                if (next === '#' || (inFlow && flowIndicatorChars.has(next)))
                    break;
                if (ch === '\n') {
                    const cs = this.continueScalar(i + 1);
                    if (cs === -1)
                        break;
                    i = Math.max(i, cs - 2); // to advance, but still account for ' #'
                }
            }
            else {
                if (inFlow && flowIndicatorChars.has(ch))
                    break;
                end = i;
            }
        }
        if (!ch && !this.atEnd)
            return this.setNext('plain-scalar');
        yield cst.SCALAR;
        yield* this.pushToIndex(end + 1, true);
        return inFlow ? 'flow' : 'doc';
    }
    *pushCount(n) {
        if (n > 0) {
            yield this.buffer.substr(this.pos, n);
            this.pos += n;
            return n;
        }
        return 0;
    }
    *pushToIndex(i, allowEmpty) {
        const s = this.buffer.slice(this.pos, i);
        if (s) {
            yield s;
            this.pos += s.length;
            return s.length;
        }
        else if (allowEmpty)
            yield '';
        return 0;
    }
    *pushIndicators() {
        let n = 0;
        loop: while (true) {
            switch (this.charAt(0)) {
                case '!':
                    n += yield* this.pushTag();
                    n += yield* this.pushSpaces(true);
                    continue loop;
                case '&':
                    n += yield* this.pushUntil(isNotAnchorChar);
                    n += yield* this.pushSpaces(true);
                    continue loop;
                case '-': // this is an error
                case '?': // this is an error outside flow collections
                case ':': {
                    const inFlow = this.flowLevel > 0;
                    const ch1 = this.charAt(1);
                    if (isEmpty(ch1) || (inFlow && flowIndicatorChars.has(ch1))) {
                        if (!inFlow)
                            this.indentNext = this.indentValue + 1;
                        else if (this.flowKey)
                            this.flowKey = false;
                        n += yield* this.pushCount(1);
                        n += yield* this.pushSpaces(true);
                        continue loop;
                    }
                }
            }
            break loop;
        }
        return n;
    }
    *pushTag() {
        if (this.charAt(1) === '<') {
            let i = this.pos + 2;
            let ch = this.buffer[i];
            while (!isEmpty(ch) && ch !== '>')
                ch = this.buffer[++i];
            return yield* this.pushToIndex(ch === '>' ? i + 1 : i, false);
        }
        else {
            let i = this.pos + 1;
            let ch = this.buffer[i];
            while (ch) {
                if (tagChars.has(ch))
                    ch = this.buffer[++i];
                else if (ch === '%' &&
                    hexDigits.has(this.buffer[i + 1]) &&
                    hexDigits.has(this.buffer[i + 2])) {
                    ch = this.buffer[(i += 3)];
                }
                else
                    break;
            }
            return yield* this.pushToIndex(i, false);
        }
    }
    *pushNewline() {
        const ch = this.buffer[this.pos];
        if (ch === '\n')
            return yield* this.pushCount(1);
        else if (ch === '\r' && this.charAt(1) === '\n')
            return yield* this.pushCount(2);
        else
            return 0;
    }
    *pushSpaces(allowTabs) {
        let i = this.pos - 1;
        let ch;
        do {
            ch = this.buffer[++i];
        } while (ch === ' ' || (allowTabs && ch === '\t'));
        const n = i - this.pos;
        if (n > 0) {
            yield this.buffer.substr(this.pos, n);
            this.pos = i;
        }
        return n;
    }
    *pushUntil(test) {
        let i = this.pos;
        let ch = this.buffer[i];
        while (!test(ch))
            ch = this.buffer[++i];
        return yield* this.pushToIndex(i, false);
    }
}

exports.Lexer = Lexer;


/***/ }),

/***/ 6628:
/***/ ((__unused_webpack_module, exports) => {



/**
 * Tracks newlines during parsing in order to provide an efficient API for
 * determining the one-indexed `{ line, col }` position for any offset
 * within the input.
 */
class LineCounter {
    constructor() {
        this.lineStarts = [];
        /**
         * Should be called in ascending order. Otherwise, call
         * `lineCounter.lineStarts.sort()` before calling `linePos()`.
         */
        this.addNewLine = (offset) => this.lineStarts.push(offset);
        /**
         * Performs a binary search and returns the 1-indexed { line, col }
         * position of `offset`. If `line === 0`, `addNewLine` has never been
         * called or `offset` is before the first known newline.
         */
        this.linePos = (offset) => {
            let low = 0;
            let high = this.lineStarts.length;
            while (low < high) {
                const mid = (low + high) >> 1; // Math.floor((low + high) / 2)
                if (this.lineStarts[mid] < offset)
                    low = mid + 1;
                else
                    high = mid;
            }
            if (this.lineStarts[low] === offset)
                return { line: low + 1, col: 1 };
            if (low === 0)
                return { line: 0, col: offset };
            const start = this.lineStarts[low - 1];
            return { line: low, col: offset - start + 1 };
        };
    }
}

exports.LineCounter = LineCounter;


/***/ }),

/***/ 3456:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var node_process = __nccwpck_require__(932);
var cst = __nccwpck_require__(3461);
var lexer = __nccwpck_require__(361);

function includesToken(list, type) {
    for (let i = 0; i < list.length; ++i)
        if (list[i].type === type)
            return true;
    return false;
}
function findNonEmptyIndex(list) {
    for (let i = 0; i < list.length; ++i) {
        switch (list[i].type) {
            case 'space':
            case 'comment':
            case 'newline':
                break;
            default:
                return i;
        }
    }
    return -1;
}
function isFlowToken(token) {
    switch (token?.type) {
        case 'alias':
        case 'scalar':
        case 'single-quoted-scalar':
        case 'double-quoted-scalar':
        case 'flow-collection':
            return true;
        default:
            return false;
    }
}
function getPrevProps(parent) {
    switch (parent.type) {
        case 'document':
            return parent.start;
        case 'block-map': {
            const it = parent.items[parent.items.length - 1];
            return it.sep ?? it.start;
        }
        case 'block-seq':
            return parent.items[parent.items.length - 1].start;
        /* istanbul ignore next should not happen */
        default:
            return [];
    }
}
/** Note: May modify input array */
function getFirstKeyStartProps(prev) {
    if (prev.length === 0)
        return [];
    let i = prev.length;
    loop: while (--i >= 0) {
        switch (prev[i].type) {
            case 'doc-start':
            case 'explicit-key-ind':
            case 'map-value-ind':
            case 'seq-item-ind':
            case 'newline':
                break loop;
        }
    }
    while (prev[++i]?.type === 'space') {
        /* loop */
    }
    return prev.splice(i, prev.length);
}
function arrayPushArray(target, source) {
    // May exhaust call stack with large `source` array
    if (source.length < 1e5)
        Array.prototype.push.apply(target, source);
    else
        for (let i = 0; i < source.length; ++i)
            target.push(source[i]);
}
function fixFlowSeqItems(fc) {
    if (fc.start.type === 'flow-seq-start') {
        for (const it of fc.items) {
            if (it.sep &&
                !it.value &&
                !includesToken(it.start, 'explicit-key-ind') &&
                !includesToken(it.sep, 'map-value-ind')) {
                if (it.key)
                    it.value = it.key;
                delete it.key;
                if (isFlowToken(it.value)) {
                    if (it.value.end)
                        arrayPushArray(it.value.end, it.sep);
                    else
                        it.value.end = it.sep;
                }
                else
                    arrayPushArray(it.start, it.sep);
                delete it.sep;
            }
        }
    }
}
/**
 * A YAML concrete syntax tree (CST) parser
 *
 * ```ts
 * const src: string = ...
 * for (const token of new Parser().parse(src)) {
 *   // token: Token
 * }
 * ```
 *
 * To use the parser with a user-provided lexer:
 *
 * ```ts
 * function* parse(source: string, lexer: Lexer) {
 *   const parser = new Parser()
 *   for (const lexeme of lexer.lex(source))
 *     yield* parser.next(lexeme)
 *   yield* parser.end()
 * }
 *
 * const src: string = ...
 * const lexer = new Lexer()
 * for (const token of parse(src, lexer)) {
 *   // token: Token
 * }
 * ```
 */
class Parser {
    /**
     * @param onNewLine - If defined, called separately with the start position of
     *   each new line (in `parse()`, including the start of input).
     */
    constructor(onNewLine) {
        /** If true, space and sequence indicators count as indentation */
        this.atNewLine = true;
        /** If true, next token is a scalar value */
        this.atScalar = false;
        /** Current indentation level */
        this.indent = 0;
        /** Current offset since the start of parsing */
        this.offset = 0;
        /** On the same line with a block map key */
        this.onKeyLine = false;
        /** Top indicates the node that's currently being built */
        this.stack = [];
        /** The source of the current token, set in parse() */
        this.source = '';
        /** The type of the current token, set in parse() */
        this.type = '';
        // Must be defined after `next()`
        this.lexer = new lexer.Lexer();
        this.onNewLine = onNewLine;
    }
    /**
     * Parse `source` as a YAML stream.
     * If `incomplete`, a part of the last line may be left as a buffer for the next call.
     *
     * Errors are not thrown, but yielded as `{ type: 'error', message }` tokens.
     *
     * @returns A generator of tokens representing each directive, document, and other structure.
     */
    *parse(source, incomplete = false) {
        if (this.onNewLine && this.offset === 0)
            this.onNewLine(0);
        for (const lexeme of this.lexer.lex(source, incomplete))
            yield* this.next(lexeme);
        if (!incomplete)
            yield* this.end();
    }
    /**
     * Advance the parser by the `source` of one lexical token.
     */
    *next(source) {
        this.source = source;
        if (node_process.env.LOG_TOKENS)
            console.log('|', cst.prettyToken(source));
        if (this.atScalar) {
            this.atScalar = false;
            yield* this.step();
            this.offset += source.length;
            return;
        }
        const type = cst.tokenType(source);
        if (!type) {
            const message = `Not a YAML token: ${source}`;
            yield* this.pop({ type: 'error', offset: this.offset, message, source });
            this.offset += source.length;
        }
        else if (type === 'scalar') {
            this.atNewLine = false;
            this.atScalar = true;
            this.type = 'scalar';
        }
        else {
            this.type = type;
            yield* this.step();
            switch (type) {
                case 'newline':
                    this.atNewLine = true;
                    this.indent = 0;
                    if (this.onNewLine)
                        this.onNewLine(this.offset + source.length);
                    break;
                case 'space':
                    if (this.atNewLine && source[0] === ' ')
                        this.indent += source.length;
                    break;
                case 'explicit-key-ind':
                case 'map-value-ind':
                case 'seq-item-ind':
                    if (this.atNewLine)
                        this.indent += source.length;
                    break;
                case 'doc-mode':
                case 'flow-error-end':
                    return;
                default:
                    this.atNewLine = false;
            }
            this.offset += source.length;
        }
    }
    /** Call at end of input to push out any remaining constructions */
    *end() {
        while (this.stack.length > 0)
            yield* this.pop();
    }
    get sourceToken() {
        const st = {
            type: this.type,
            offset: this.offset,
            indent: this.indent,
            source: this.source
        };
        return st;
    }
    *step() {
        const top = this.peek(1);
        if (this.type === 'doc-end' && top?.type !== 'doc-end') {
            while (this.stack.length > 0)
                yield* this.pop();
            this.stack.push({
                type: 'doc-end',
                offset: this.offset,
                source: this.source
            });
            return;
        }
        if (!top)
            return yield* this.stream();
        switch (top.type) {
            case 'document':
                return yield* this.document(top);
            case 'alias':
            case 'scalar':
            case 'single-quoted-scalar':
            case 'double-quoted-scalar':
                return yield* this.scalar(top);
            case 'block-scalar':
                return yield* this.blockScalar(top);
            case 'block-map':
                return yield* this.blockMap(top);
            case 'block-seq':
                return yield* this.blockSequence(top);
            case 'flow-collection':
                return yield* this.flowCollection(top);
            case 'doc-end':
                return yield* this.documentEnd(top);
        }
        /* istanbul ignore next should not happen */
        yield* this.pop();
    }
    peek(n) {
        return this.stack[this.stack.length - n];
    }
    *pop(error) {
        const token = error ?? this.stack.pop();
        /* istanbul ignore if should not happen */
        if (!token) {
            const message = 'Tried to pop an empty stack';
            yield { type: 'error', offset: this.offset, source: '', message };
        }
        else if (this.stack.length === 0) {
            yield token;
        }
        else {
            const top = this.peek(1);
            if (token.type === 'block-scalar') {
                // Block scalars use their parent rather than header indent
                token.indent = 'indent' in top ? top.indent : 0;
            }
            else if (token.type === 'flow-collection' && top.type === 'document') {
                // Ignore all indent for top-level flow collections
                token.indent = 0;
            }
            if (token.type === 'flow-collection')
                fixFlowSeqItems(token);
            switch (top.type) {
                case 'document':
                    top.value = token;
                    break;
                case 'block-scalar':
                    top.props.push(token); // error
                    break;
                case 'block-map': {
                    const it = top.items[top.items.length - 1];
                    if (it.value) {
                        top.items.push({ start: [], key: token, sep: [] });
                        this.onKeyLine = true;
                        return;
                    }
                    else if (it.sep) {
                        it.value = token;
                    }
                    else {
                        Object.assign(it, { key: token, sep: [] });
                        this.onKeyLine = !it.explicitKey;
                        return;
                    }
                    break;
                }
                case 'block-seq': {
                    const it = top.items[top.items.length - 1];
                    if (it.value)
                        top.items.push({ start: [], value: token });
                    else
                        it.value = token;
                    break;
                }
                case 'flow-collection': {
                    const it = top.items[top.items.length - 1];
                    if (!it || it.value)
                        top.items.push({ start: [], key: token, sep: [] });
                    else if (it.sep)
                        it.value = token;
                    else
                        Object.assign(it, { key: token, sep: [] });
                    return;
                }
                /* istanbul ignore next should not happen */
                default:
                    yield* this.pop();
                    yield* this.pop(token);
            }
            if ((top.type === 'document' ||
                top.type === 'block-map' ||
                top.type === 'block-seq') &&
                (token.type === 'block-map' || token.type === 'block-seq')) {
                const last = token.items[token.items.length - 1];
                if (last &&
                    !last.sep &&
                    !last.value &&
                    last.start.length > 0 &&
                    findNonEmptyIndex(last.start) === -1 &&
                    (token.indent === 0 ||
                        last.start.every(st => st.type !== 'comment' || st.indent < token.indent))) {
                    if (top.type === 'document')
                        top.end = last.start;
                    else
                        top.items.push({ start: last.start });
                    token.items.splice(-1, 1);
                }
            }
        }
    }
    *stream() {
        switch (this.type) {
            case 'directive-line':
                yield { type: 'directive', offset: this.offset, source: this.source };
                return;
            case 'byte-order-mark':
            case 'space':
            case 'comment':
            case 'newline':
                yield this.sourceToken;
                return;
            case 'doc-mode':
            case 'doc-start': {
                const doc = {
                    type: 'document',
                    offset: this.offset,
                    start: []
                };
                if (this.type === 'doc-start')
                    doc.start.push(this.sourceToken);
                this.stack.push(doc);
                return;
            }
        }
        yield {
            type: 'error',
            offset: this.offset,
            message: `Unexpected ${this.type} token in YAML stream`,
            source: this.source
        };
    }
    *document(doc) {
        if (doc.value)
            return yield* this.lineEnd(doc);
        switch (this.type) {
            case 'doc-start': {
                if (findNonEmptyIndex(doc.start) !== -1) {
                    yield* this.pop();
                    yield* this.step();
                }
                else
                    doc.start.push(this.sourceToken);
                return;
            }
            case 'anchor':
            case 'tag':
            case 'space':
            case 'comment':
            case 'newline':
                doc.start.push(this.sourceToken);
                return;
        }
        const bv = this.startBlockValue(doc);
        if (bv)
            this.stack.push(bv);
        else {
            yield {
                type: 'error',
                offset: this.offset,
                message: `Unexpected ${this.type} token in YAML document`,
                source: this.source
            };
        }
    }
    *scalar(scalar) {
        if (this.type === 'map-value-ind') {
            const prev = getPrevProps(this.peek(2));
            const start = getFirstKeyStartProps(prev);
            let sep;
            if (scalar.end) {
                sep = scalar.end;
                sep.push(this.sourceToken);
                delete scalar.end;
            }
            else
                sep = [this.sourceToken];
            const map = {
                type: 'block-map',
                offset: scalar.offset,
                indent: scalar.indent,
                items: [{ start, key: scalar, sep }]
            };
            this.onKeyLine = true;
            this.stack[this.stack.length - 1] = map;
        }
        else
            yield* this.lineEnd(scalar);
    }
    *blockScalar(scalar) {
        switch (this.type) {
            case 'space':
            case 'comment':
            case 'newline':
                scalar.props.push(this.sourceToken);
                return;
            case 'scalar':
                scalar.source = this.source;
                // block-scalar source includes trailing newline
                this.atNewLine = true;
                this.indent = 0;
                if (this.onNewLine) {
                    let nl = this.source.indexOf('\n') + 1;
                    while (nl !== 0) {
                        this.onNewLine(this.offset + nl);
                        nl = this.source.indexOf('\n', nl) + 1;
                    }
                }
                yield* this.pop();
                break;
            /* istanbul ignore next should not happen */
            default:
                yield* this.pop();
                yield* this.step();
        }
    }
    *blockMap(map) {
        const it = map.items[map.items.length - 1];
        // it.sep is true-ish if pair already has key or : separator
        switch (this.type) {
            case 'newline':
                this.onKeyLine = false;
                if (it.value) {
                    const end = 'end' in it.value ? it.value.end : undefined;
                    const last = Array.isArray(end) ? end[end.length - 1] : undefined;
                    if (last?.type === 'comment')
                        end?.push(this.sourceToken);
                    else
                        map.items.push({ start: [this.sourceToken] });
                }
                else if (it.sep) {
                    it.sep.push(this.sourceToken);
                }
                else {
                    it.start.push(this.sourceToken);
                }
                return;
            case 'space':
            case 'comment':
                if (it.value) {
                    map.items.push({ start: [this.sourceToken] });
                }
                else if (it.sep) {
                    it.sep.push(this.sourceToken);
                }
                else {
                    if (this.atIndentedComment(it.start, map.indent)) {
                        const prev = map.items[map.items.length - 2];
                        const end = prev?.value?.end;
                        if (Array.isArray(end)) {
                            arrayPushArray(end, it.start);
                            end.push(this.sourceToken);
                            map.items.pop();
                            return;
                        }
                    }
                    it.start.push(this.sourceToken);
                }
                return;
        }
        if (this.indent >= map.indent) {
            const atMapIndent = !this.onKeyLine && this.indent === map.indent;
            const atNextItem = atMapIndent &&
                (it.sep || it.explicitKey) &&
                this.type !== 'seq-item-ind';
            // For empty nodes, assign newline-separated not indented empty tokens to following node
            let start = [];
            if (atNextItem && it.sep && !it.value) {
                const nl = [];
                for (let i = 0; i < it.sep.length; ++i) {
                    const st = it.sep[i];
                    switch (st.type) {
                        case 'newline':
                            nl.push(i);
                            break;
                        case 'space':
                            break;
                        case 'comment':
                            if (st.indent > map.indent)
                                nl.length = 0;
                            break;
                        default:
                            nl.length = 0;
                    }
                }
                if (nl.length >= 2)
                    start = it.sep.splice(nl[1]);
            }
            switch (this.type) {
                case 'anchor':
                case 'tag':
                    if (atNextItem || it.value) {
                        start.push(this.sourceToken);
                        map.items.push({ start });
                        this.onKeyLine = true;
                    }
                    else if (it.sep) {
                        it.sep.push(this.sourceToken);
                    }
                    else {
                        it.start.push(this.sourceToken);
                    }
                    return;
                case 'explicit-key-ind':
                    if (!it.sep && !it.explicitKey) {
                        it.start.push(this.sourceToken);
                        it.explicitKey = true;
                    }
                    else if (atNextItem || it.value) {
                        start.push(this.sourceToken);
                        map.items.push({ start, explicitKey: true });
                    }
                    else {
                        this.stack.push({
                            type: 'block-map',
                            offset: this.offset,
                            indent: this.indent,
                            items: [{ start: [this.sourceToken], explicitKey: true }]
                        });
                    }
                    this.onKeyLine = true;
                    return;
                case 'map-value-ind':
                    if (it.explicitKey) {
                        if (!it.sep) {
                            if (includesToken(it.start, 'newline')) {
                                Object.assign(it, { key: null, sep: [this.sourceToken] });
                            }
                            else {
                                const start = getFirstKeyStartProps(it.start);
                                this.stack.push({
                                    type: 'block-map',
                                    offset: this.offset,
                                    indent: this.indent,
                                    items: [{ start, key: null, sep: [this.sourceToken] }]
                                });
                            }
                        }
                        else if (it.value) {
                            map.items.push({ start: [], key: null, sep: [this.sourceToken] });
                        }
                        else if (includesToken(it.sep, 'map-value-ind')) {
                            this.stack.push({
                                type: 'block-map',
                                offset: this.offset,
                                indent: this.indent,
                                items: [{ start, key: null, sep: [this.sourceToken] }]
                            });
                        }
                        else if (isFlowToken(it.key) &&
                            !includesToken(it.sep, 'newline')) {
                            const start = getFirstKeyStartProps(it.start);
                            const key = it.key;
                            const sep = it.sep;
                            sep.push(this.sourceToken);
                            // @ts-expect-error type guard is wrong here
                            delete it.key;
                            // @ts-expect-error type guard is wrong here
                            delete it.sep;
                            this.stack.push({
                                type: 'block-map',
                                offset: this.offset,
                                indent: this.indent,
                                items: [{ start, key, sep }]
                            });
                        }
                        else if (start.length > 0) {
                            // Not actually at next item
                            it.sep = it.sep.concat(start, this.sourceToken);
                        }
                        else {
                            it.sep.push(this.sourceToken);
                        }
                    }
                    else {
                        if (!it.sep) {
                            Object.assign(it, { key: null, sep: [this.sourceToken] });
                        }
                        else if (it.value || atNextItem) {
                            map.items.push({ start, key: null, sep: [this.sourceToken] });
                        }
                        else if (includesToken(it.sep, 'map-value-ind')) {
                            this.stack.push({
                                type: 'block-map',
                                offset: this.offset,
                                indent: this.indent,
                                items: [{ start: [], key: null, sep: [this.sourceToken] }]
                            });
                        }
                        else {
                            it.sep.push(this.sourceToken);
                        }
                    }
                    this.onKeyLine = true;
                    return;
                case 'alias':
                case 'scalar':
                case 'single-quoted-scalar':
                case 'double-quoted-scalar': {
                    const fs = this.flowScalar(this.type);
                    if (atNextItem || it.value) {
                        map.items.push({ start, key: fs, sep: [] });
                        this.onKeyLine = true;
                    }
                    else if (it.sep) {
                        this.stack.push(fs);
                    }
                    else {
                        Object.assign(it, { key: fs, sep: [] });
                        this.onKeyLine = true;
                    }
                    return;
                }
                default: {
                    const bv = this.startBlockValue(map);
                    if (bv) {
                        if (bv.type === 'block-seq') {
                            if (!it.explicitKey &&
                                it.sep &&
                                !includesToken(it.sep, 'newline')) {
                                yield* this.pop({
                                    type: 'error',
                                    offset: this.offset,
                                    message: 'Unexpected block-seq-ind on same line with key',
                                    source: this.source
                                });
                                return;
                            }
                        }
                        else if (atMapIndent) {
                            map.items.push({ start });
                        }
                        this.stack.push(bv);
                        return;
                    }
                }
            }
        }
        yield* this.pop();
        yield* this.step();
    }
    *blockSequence(seq) {
        const it = seq.items[seq.items.length - 1];
        switch (this.type) {
            case 'newline':
                if (it.value) {
                    const end = 'end' in it.value ? it.value.end : undefined;
                    const last = Array.isArray(end) ? end[end.length - 1] : undefined;
                    if (last?.type === 'comment')
                        end?.push(this.sourceToken);
                    else
                        seq.items.push({ start: [this.sourceToken] });
                }
                else
                    it.start.push(this.sourceToken);
                return;
            case 'space':
            case 'comment':
                if (it.value)
                    seq.items.push({ start: [this.sourceToken] });
                else {
                    if (this.atIndentedComment(it.start, seq.indent)) {
                        const prev = seq.items[seq.items.length - 2];
                        const end = prev?.value?.end;
                        if (Array.isArray(end)) {
                            arrayPushArray(end, it.start);
                            end.push(this.sourceToken);
                            seq.items.pop();
                            return;
                        }
                    }
                    it.start.push(this.sourceToken);
                }
                return;
            case 'anchor':
            case 'tag':
                if (it.value || this.indent <= seq.indent)
                    break;
                it.start.push(this.sourceToken);
                return;
            case 'seq-item-ind':
                if (this.indent !== seq.indent)
                    break;
                if (it.value || includesToken(it.start, 'seq-item-ind'))
                    seq.items.push({ start: [this.sourceToken] });
                else
                    it.start.push(this.sourceToken);
                return;
        }
        if (this.indent > seq.indent) {
            const bv = this.startBlockValue(seq);
            if (bv) {
                this.stack.push(bv);
                return;
            }
        }
        yield* this.pop();
        yield* this.step();
    }
    *flowCollection(fc) {
        const it = fc.items[fc.items.length - 1];
        if (this.type === 'flow-error-end') {
            let top;
            do {
                yield* this.pop();
                top = this.peek(1);
            } while (top?.type === 'flow-collection');
        }
        else if (fc.end.length === 0) {
            switch (this.type) {
                case 'comma':
                case 'explicit-key-ind':
                    if (!it || it.sep)
                        fc.items.push({ start: [this.sourceToken] });
                    else
                        it.start.push(this.sourceToken);
                    return;
                case 'map-value-ind':
                    if (!it || it.value)
                        fc.items.push({ start: [], key: null, sep: [this.sourceToken] });
                    else if (it.sep)
                        it.sep.push(this.sourceToken);
                    else
                        Object.assign(it, { key: null, sep: [this.sourceToken] });
                    return;
                case 'space':
                case 'comment':
                case 'newline':
                case 'anchor':
                case 'tag':
                    if (!it || it.value)
                        fc.items.push({ start: [this.sourceToken] });
                    else if (it.sep)
                        it.sep.push(this.sourceToken);
                    else
                        it.start.push(this.sourceToken);
                    return;
                case 'alias':
                case 'scalar':
                case 'single-quoted-scalar':
                case 'double-quoted-scalar': {
                    const fs = this.flowScalar(this.type);
                    if (!it || it.value)
                        fc.items.push({ start: [], key: fs, sep: [] });
                    else if (it.sep)
                        this.stack.push(fs);
                    else
                        Object.assign(it, { key: fs, sep: [] });
                    return;
                }
                case 'flow-map-end':
                case 'flow-seq-end':
                    fc.end.push(this.sourceToken);
                    return;
            }
            const bv = this.startBlockValue(fc);
            /* istanbul ignore else should not happen */
            if (bv)
                this.stack.push(bv);
            else {
                yield* this.pop();
                yield* this.step();
            }
        }
        else {
            const parent = this.peek(2);
            if (parent.type === 'block-map' &&
                ((this.type === 'map-value-ind' && parent.indent === fc.indent) ||
                    (this.type === 'newline' &&
                        !parent.items[parent.items.length - 1].sep))) {
                yield* this.pop();
                yield* this.step();
            }
            else if (this.type === 'map-value-ind' &&
                parent.type !== 'flow-collection') {
                const prev = getPrevProps(parent);
                const start = getFirstKeyStartProps(prev);
                fixFlowSeqItems(fc);
                const sep = fc.end.splice(1, fc.end.length);
                sep.push(this.sourceToken);
                const map = {
                    type: 'block-map',
                    offset: fc.offset,
                    indent: fc.indent,
                    items: [{ start, key: fc, sep }]
                };
                this.onKeyLine = true;
                this.stack[this.stack.length - 1] = map;
            }
            else {
                yield* this.lineEnd(fc);
            }
        }
    }
    flowScalar(type) {
        if (this.onNewLine) {
            let nl = this.source.indexOf('\n') + 1;
            while (nl !== 0) {
                this.onNewLine(this.offset + nl);
                nl = this.source.indexOf('\n', nl) + 1;
            }
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
            case 'alias':
            case 'scalar':
            case 'single-quoted-scalar':
            case 'double-quoted-scalar':
                return this.flowScalar(this.type);
            case 'block-scalar-header':
                return {
                    type: 'block-scalar',
                    offset: this.offset,
                    indent: this.indent,
                    props: [this.sourceToken],
                    source: ''
                };
            case 'flow-map-start':
            case 'flow-seq-start':
                return {
                    type: 'flow-collection',
                    offset: this.offset,
                    indent: this.indent,
                    start: this.sourceToken,
                    items: [],
                    end: []
                };
            case 'seq-item-ind':
                return {
                    type: 'block-seq',
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start: [this.sourceToken] }]
                };
            case 'explicit-key-ind': {
                this.onKeyLine = true;
                const prev = getPrevProps(parent);
                const start = getFirstKeyStartProps(prev);
                start.push(this.sourceToken);
                return {
                    type: 'block-map',
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start, explicitKey: true }]
                };
            }
            case 'map-value-ind': {
                this.onKeyLine = true;
                const prev = getPrevProps(parent);
                const start = getFirstKeyStartProps(prev);
                return {
                    type: 'block-map',
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start, key: null, sep: [this.sourceToken] }]
                };
            }
        }
        return null;
    }
    atIndentedComment(start, indent) {
        if (this.type !== 'comment')
            return false;
        if (this.indent <= indent)
            return false;
        return start.every(st => st.type === 'newline' || st.type === 'space');
    }
    *documentEnd(docEnd) {
        if (this.type !== 'doc-mode') {
            if (docEnd.end)
                docEnd.end.push(this.sourceToken);
            else
                docEnd.end = [this.sourceToken];
            if (this.type === 'newline')
                yield* this.pop();
        }
    }
    *lineEnd(token) {
        switch (this.type) {
            case 'comma':
            case 'doc-start':
            case 'doc-end':
            case 'flow-seq-end':
            case 'flow-map-end':
            case 'map-value-ind':
                yield* this.pop();
                yield* this.step();
                break;
            case 'newline':
                this.onKeyLine = false;
            // fallthrough
            case 'space':
            case 'comment':
            default:
                // all other values are errors
                if (token.end)
                    token.end.push(this.sourceToken);
                else
                    token.end = [this.sourceToken];
                if (this.type === 'newline')
                    yield* this.pop();
        }
    }
}

exports.Parser = Parser;


/***/ }),

/***/ 4047:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var composer = __nccwpck_require__(9984);
var Document = __nccwpck_require__(3021);
var errors = __nccwpck_require__(1464);
var log = __nccwpck_require__(7249);
var identity = __nccwpck_require__(1127);
var lineCounter = __nccwpck_require__(6628);
var parser = __nccwpck_require__(3456);

function parseOptions(options) {
    const prettyErrors = options.prettyErrors !== false;
    const lineCounter$1 = options.lineCounter || (prettyErrors && new lineCounter.LineCounter()) || null;
    return { lineCounter: lineCounter$1, prettyErrors };
}
/**
 * Parse the input as a stream of YAML documents.
 *
 * Documents should be separated from each other by `...` or `---` marker lines.
 *
 * @returns If an empty `docs` array is returned, it will be of type
 *   EmptyStream and contain additional stream information. In
 *   TypeScript, you should use `'empty' in docs` as a type guard for it.
 */
function parseAllDocuments(source, options = {}) {
    const { lineCounter, prettyErrors } = parseOptions(options);
    const parser$1 = new parser.Parser(lineCounter?.addNewLine);
    const composer$1 = new composer.Composer(options);
    const docs = Array.from(composer$1.compose(parser$1.parse(source)));
    if (prettyErrors && lineCounter)
        for (const doc of docs) {
            doc.errors.forEach(errors.prettifyError(source, lineCounter));
            doc.warnings.forEach(errors.prettifyError(source, lineCounter));
        }
    if (docs.length > 0)
        return docs;
    return Object.assign([], { empty: true }, composer$1.streamInfo());
}
/** Parse an input string into a single YAML.Document */
function parseDocument(source, options = {}) {
    const { lineCounter, prettyErrors } = parseOptions(options);
    const parser$1 = new parser.Parser(lineCounter?.addNewLine);
    const composer$1 = new composer.Composer(options);
    // `doc` is always set by compose.end(true) at the very latest
    let doc = null;
    for (const _doc of composer$1.compose(parser$1.parse(source), true, source.length)) {
        if (!doc)
            doc = _doc;
        else if (doc.options.logLevel !== 'silent') {
            doc.errors.push(new errors.YAMLParseError(_doc.range.slice(0, 2), 'MULTIPLE_DOCS', 'Source contains multiple documents; please use YAML.parseAllDocuments()'));
            break;
        }
    }
    if (prettyErrors && lineCounter) {
        doc.errors.forEach(errors.prettifyError(source, lineCounter));
        doc.warnings.forEach(errors.prettifyError(source, lineCounter));
    }
    return doc;
}
function parse(src, reviver, options) {
    let _reviver = undefined;
    if (typeof reviver === 'function') {
        _reviver = reviver;
    }
    else if (options === undefined && reviver && typeof reviver === 'object') {
        options = reviver;
    }
    const doc = parseDocument(src, options);
    if (!doc)
        return null;
    doc.warnings.forEach(warning => log.warn(doc.options.logLevel, warning));
    if (doc.errors.length > 0) {
        if (doc.options.logLevel !== 'silent')
            throw doc.errors[0];
        else
            doc.errors = [];
    }
    return doc.toJS(Object.assign({ reviver: _reviver }, options));
}
function stringify(value, replacer, options) {
    let _replacer = null;
    if (typeof replacer === 'function' || Array.isArray(replacer)) {
        _replacer = replacer;
    }
    else if (options === undefined && replacer) {
        options = replacer;
    }
    if (typeof options === 'string')
        options = options.length;
    if (typeof options === 'number') {
        const indent = Math.round(options);
        options = indent < 1 ? undefined : indent > 8 ? { indent: 8 } : { indent };
    }
    if (value === undefined) {
        const { keepUndefined } = options ?? replacer ?? {};
        if (!keepUndefined)
            return undefined;
    }
    if (identity.isDocument(value) && !_replacer)
        return value.toString(options);
    return new Document.Document(value, _replacer, options).toString(options);
}

exports.parse = parse;
exports.parseAllDocuments = parseAllDocuments;
exports.parseDocument = parseDocument;
exports.stringify = stringify;


/***/ }),

/***/ 5840:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var map = __nccwpck_require__(7451);
var seq = __nccwpck_require__(1706);
var string = __nccwpck_require__(6464);
var tags = __nccwpck_require__(18);

const sortMapEntriesByKey = (a, b) => a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
class Schema {
    constructor({ compat, customTags, merge, resolveKnownTags, schema, sortMapEntries, toStringDefaults }) {
        this.compat = Array.isArray(compat)
            ? tags.getTags(compat, 'compat')
            : compat
                ? tags.getTags(null, compat)
                : null;
        this.name = (typeof schema === 'string' && schema) || 'core';
        this.knownTags = resolveKnownTags ? tags.coreKnownTags : {};
        this.tags = tags.getTags(customTags, this.name, merge);
        this.toStringOptions = toStringDefaults ?? null;
        Object.defineProperty(this, identity.MAP, { value: map.map });
        Object.defineProperty(this, identity.SCALAR, { value: string.string });
        Object.defineProperty(this, identity.SEQ, { value: seq.seq });
        // Used by createMap()
        this.sortMapEntries =
            typeof sortMapEntries === 'function'
                ? sortMapEntries
                : sortMapEntries === true
                    ? sortMapEntriesByKey
                    : null;
    }
    clone() {
        const copy = Object.create(Schema.prototype, Object.getOwnPropertyDescriptors(this));
        copy.tags = this.tags.slice();
        return copy;
    }
}

exports.Schema = Schema;


/***/ }),

/***/ 7451:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var YAMLMap = __nccwpck_require__(4454);

const map = {
    collection: 'map',
    default: true,
    nodeClass: YAMLMap.YAMLMap,
    tag: 'tag:yaml.org,2002:map',
    resolve(map, onError) {
        if (!identity.isMap(map))
            onError('Expected a mapping for this tag');
        return map;
    },
    createNode: (schema, obj, ctx) => YAMLMap.YAMLMap.from(schema, obj, ctx)
};

exports.map = map;


/***/ }),

/***/ 3632:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);

const nullTag = {
    identify: value => value == null,
    createNode: () => new Scalar.Scalar(null),
    default: true,
    tag: 'tag:yaml.org,2002:null',
    test: /^(?:~|[Nn]ull|NULL)?$/,
    resolve: () => new Scalar.Scalar(null),
    stringify: ({ source }, ctx) => typeof source === 'string' && nullTag.test.test(source)
        ? source
        : ctx.options.nullStr
};

exports.nullTag = nullTag;


/***/ }),

/***/ 1706:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var YAMLSeq = __nccwpck_require__(2223);

const seq = {
    collection: 'seq',
    default: true,
    nodeClass: YAMLSeq.YAMLSeq,
    tag: 'tag:yaml.org,2002:seq',
    resolve(seq, onError) {
        if (!identity.isSeq(seq))
            onError('Expected a sequence for this tag');
        return seq;
    },
    createNode: (schema, obj, ctx) => YAMLSeq.YAMLSeq.from(schema, obj, ctx)
};

exports.seq = seq;


/***/ }),

/***/ 6464:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyString = __nccwpck_require__(3069);

const string = {
    identify: value => typeof value === 'string',
    default: true,
    tag: 'tag:yaml.org,2002:str',
    resolve: str => str,
    stringify(item, ctx, onComment, onChompKeep) {
        ctx = Object.assign({ actualString: true }, ctx);
        return stringifyString.stringifyString(item, ctx, onComment, onChompKeep);
    }
};

exports.string = string;


/***/ }),

/***/ 3959:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);

const boolTag = {
    identify: value => typeof value === 'boolean',
    default: true,
    tag: 'tag:yaml.org,2002:bool',
    test: /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/,
    resolve: str => new Scalar.Scalar(str[0] === 't' || str[0] === 'T'),
    stringify({ source, value }, ctx) {
        if (source && boolTag.test.test(source)) {
            const sv = source[0] === 't' || source[0] === 'T';
            if (value === sv)
                return source;
        }
        return value ? ctx.options.trueStr : ctx.options.falseStr;
    }
};

exports.boolTag = boolTag;


/***/ }),

/***/ 8405:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);
var stringifyNumber = __nccwpck_require__(8689);

const floatNaN = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
    resolve: str => str.slice(-3).toLowerCase() === 'nan'
        ? NaN
        : str[0] === '-'
            ? Number.NEGATIVE_INFINITY
            : Number.POSITIVE_INFINITY,
    stringify: stringifyNumber.stringifyNumber
};
const floatExp = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    format: 'EXP',
    test: /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/,
    resolve: str => parseFloat(str),
    stringify(node) {
        const num = Number(node.value);
        return isFinite(num) ? num.toExponential() : stringifyNumber.stringifyNumber(node);
    }
};
const float = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    test: /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/,
    resolve(str) {
        const node = new Scalar.Scalar(parseFloat(str));
        const dot = str.indexOf('.');
        if (dot !== -1 && str[str.length - 1] === '0')
            node.minFractionDigits = str.length - dot - 1;
        return node;
    },
    stringify: stringifyNumber.stringifyNumber
};

exports.float = float;
exports.floatExp = floatExp;
exports.floatNaN = floatNaN;


/***/ }),

/***/ 9874:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyNumber = __nccwpck_require__(8689);

const intIdentify = (value) => typeof value === 'bigint' || Number.isInteger(value);
const intResolve = (str, offset, radix, { intAsBigInt }) => (intAsBigInt ? BigInt(str) : parseInt(str.substring(offset), radix));
function intStringify(node, radix, prefix) {
    const { value } = node;
    if (intIdentify(value) && value >= 0)
        return prefix + value.toString(radix);
    return stringifyNumber.stringifyNumber(node);
}
const intOct = {
    identify: value => intIdentify(value) && value >= 0,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'OCT',
    test: /^0o[0-7]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 2, 8, opt),
    stringify: node => intStringify(node, 8, '0o')
};
const int = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    test: /^[-+]?[0-9]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 0, 10, opt),
    stringify: stringifyNumber.stringifyNumber
};
const intHex = {
    identify: value => intIdentify(value) && value >= 0,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'HEX',
    test: /^0x[0-9a-fA-F]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 2, 16, opt),
    stringify: node => intStringify(node, 16, '0x')
};

exports.int = int;
exports.intHex = intHex;
exports.intOct = intOct;


/***/ }),

/***/ 896:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var map = __nccwpck_require__(7451);
var _null = __nccwpck_require__(3632);
var seq = __nccwpck_require__(1706);
var string = __nccwpck_require__(6464);
var bool = __nccwpck_require__(3959);
var float = __nccwpck_require__(8405);
var int = __nccwpck_require__(9874);

const schema = [
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


/***/ }),

/***/ 3559:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);
var map = __nccwpck_require__(7451);
var seq = __nccwpck_require__(1706);

function intIdentify(value) {
    return typeof value === 'bigint' || Number.isInteger(value);
}
const stringifyJSON = ({ value }) => JSON.stringify(value);
const jsonScalars = [
    {
        identify: value => typeof value === 'string',
        default: true,
        tag: 'tag:yaml.org,2002:str',
        resolve: str => str,
        stringify: stringifyJSON
    },
    {
        identify: value => value == null,
        createNode: () => new Scalar.Scalar(null),
        default: true,
        tag: 'tag:yaml.org,2002:null',
        test: /^null$/,
        resolve: () => null,
        stringify: stringifyJSON
    },
    {
        identify: value => typeof value === 'boolean',
        default: true,
        tag: 'tag:yaml.org,2002:bool',
        test: /^true$|^false$/,
        resolve: str => str === 'true',
        stringify: stringifyJSON
    },
    {
        identify: intIdentify,
        default: true,
        tag: 'tag:yaml.org,2002:int',
        test: /^-?(?:0|[1-9][0-9]*)$/,
        resolve: (str, _onError, { intAsBigInt }) => intAsBigInt ? BigInt(str) : parseInt(str, 10),
        stringify: ({ value }) => intIdentify(value) ? value.toString() : JSON.stringify(value)
    },
    {
        identify: value => typeof value === 'number',
        default: true,
        tag: 'tag:yaml.org,2002:float',
        test: /^-?(?:0|[1-9][0-9]*)(?:\.[0-9]*)?(?:[eE][-+]?[0-9]+)?$/,
        resolve: str => parseFloat(str),
        stringify: stringifyJSON
    }
];
const jsonError = {
    default: true,
    tag: '',
    test: /^/,
    resolve(str, onError) {
        onError(`Unresolved plain scalar ${JSON.stringify(str)}`);
        return str;
    }
};
const schema = [map.map, seq.seq].concat(jsonScalars, jsonError);

exports.schema = schema;


/***/ }),

/***/ 18:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var map = __nccwpck_require__(7451);
var _null = __nccwpck_require__(3632);
var seq = __nccwpck_require__(1706);
var string = __nccwpck_require__(6464);
var bool = __nccwpck_require__(3959);
var float = __nccwpck_require__(8405);
var int = __nccwpck_require__(9874);
var schema = __nccwpck_require__(896);
var schema$1 = __nccwpck_require__(3559);
var binary = __nccwpck_require__(6083);
var merge = __nccwpck_require__(452);
var omap = __nccwpck_require__(303);
var pairs = __nccwpck_require__(8385);
var schema$2 = __nccwpck_require__(5913);
var set = __nccwpck_require__(1528);
var timestamp = __nccwpck_require__(6752);

const schemas = new Map([
    ['core', schema.schema],
    ['failsafe', [map.map, seq.seq, string.string]],
    ['json', schema$1.schema],
    ['yaml11', schema$2.schema],
    ['yaml-1.1', schema$2.schema]
]);
const tagsByName = {
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
};
const coreKnownTags = {
    'tag:yaml.org,2002:binary': binary.binary,
    'tag:yaml.org,2002:merge': merge.merge,
    'tag:yaml.org,2002:omap': omap.omap,
    'tag:yaml.org,2002:pairs': pairs.pairs,
    'tag:yaml.org,2002:set': set.set,
    'tag:yaml.org,2002:timestamp': timestamp.timestamp
};
function getTags(customTags, schemaName, addMergeTag) {
    const schemaTags = schemas.get(schemaName);
    if (schemaTags && !customTags) {
        return addMergeTag && !schemaTags.includes(merge.merge)
            ? schemaTags.concat(merge.merge)
            : schemaTags.slice();
    }
    let tags = schemaTags;
    if (!tags) {
        if (Array.isArray(customTags))
            tags = [];
        else {
            const keys = Array.from(schemas.keys())
                .filter(key => key !== 'yaml11')
                .map(key => JSON.stringify(key))
                .join(', ');
            throw new Error(`Unknown schema "${schemaName}"; use one of ${keys} or define customTags array`);
        }
    }
    if (Array.isArray(customTags)) {
        for (const tag of customTags)
            tags = tags.concat(tag);
    }
    else if (typeof customTags === 'function') {
        tags = customTags(tags.slice());
    }
    if (addMergeTag)
        tags = tags.concat(merge.merge);
    return tags.reduce((tags, tag) => {
        const tagObj = typeof tag === 'string' ? tagsByName[tag] : tag;
        if (!tagObj) {
            const tagName = JSON.stringify(tag);
            const keys = Object.keys(tagsByName)
                .map(key => JSON.stringify(key))
                .join(', ');
            throw new Error(`Unknown custom tag ${tagName}; use one of ${keys}`);
        }
        if (!tags.includes(tagObj))
            tags.push(tagObj);
        return tags;
    }, []);
}

exports.coreKnownTags = coreKnownTags;
exports.getTags = getTags;


/***/ }),

/***/ 6083:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var node_buffer = __nccwpck_require__(181);
var Scalar = __nccwpck_require__(3301);
var stringifyString = __nccwpck_require__(3069);

const binary = {
    identify: value => value instanceof Uint8Array, // Buffer inherits from Uint8Array
    default: false,
    tag: 'tag:yaml.org,2002:binary',
    /**
     * Returns a Buffer in node and an Uint8Array in browsers
     *
     * To use the resulting buffer as an image, you'll want to do something like:
     *
     *   const blob = new Blob([buffer], { type: 'image/jpeg' })
     *   document.querySelector('#photo').src = URL.createObjectURL(blob)
     */
    resolve(src, onError) {
        if (typeof node_buffer.Buffer === 'function') {
            return node_buffer.Buffer.from(src, 'base64');
        }
        else if (typeof atob === 'function') {
            // On IE 11, atob() can't handle newlines
            const str = atob(src.replace(/[\n\r]/g, ''));
            const buffer = new Uint8Array(str.length);
            for (let i = 0; i < str.length; ++i)
                buffer[i] = str.charCodeAt(i);
            return buffer;
        }
        else {
            onError('This environment does not support reading binary tags; either Buffer or atob is required');
            return src;
        }
    },
    stringify({ comment, type, value }, ctx, onComment, onChompKeep) {
        if (!value)
            return '';
        const buf = value; // checked earlier by binary.identify()
        let str;
        if (typeof node_buffer.Buffer === 'function') {
            str =
                buf instanceof node_buffer.Buffer
                    ? buf.toString('base64')
                    : node_buffer.Buffer.from(buf.buffer).toString('base64');
        }
        else if (typeof btoa === 'function') {
            let s = '';
            for (let i = 0; i < buf.length; ++i)
                s += String.fromCharCode(buf[i]);
            str = btoa(s);
        }
        else {
            throw new Error('This environment does not support writing binary tags; either Buffer or btoa is required');
        }
        type ?? (type = Scalar.Scalar.BLOCK_LITERAL);
        if (type !== Scalar.Scalar.QUOTE_DOUBLE) {
            const lineWidth = Math.max(ctx.options.lineWidth - ctx.indent.length, ctx.options.minContentWidth);
            const n = Math.ceil(str.length / lineWidth);
            const lines = new Array(n);
            for (let i = 0, o = 0; i < n; ++i, o += lineWidth) {
                lines[i] = str.substr(o, lineWidth);
            }
            str = lines.join(type === Scalar.Scalar.BLOCK_LITERAL ? '\n' : ' ');
        }
        return stringifyString.stringifyString({ comment, type, value: str }, ctx, onComment, onChompKeep);
    }
};

exports.binary = binary;


/***/ }),

/***/ 8398:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);

function boolStringify({ value, source }, ctx) {
    const boolObj = value ? trueTag : falseTag;
    if (source && boolObj.test.test(source))
        return source;
    return value ? ctx.options.trueStr : ctx.options.falseStr;
}
const trueTag = {
    identify: value => value === true,
    default: true,
    tag: 'tag:yaml.org,2002:bool',
    test: /^(?:Y|y|[Yy]es|YES|[Tt]rue|TRUE|[Oo]n|ON)$/,
    resolve: () => new Scalar.Scalar(true),
    stringify: boolStringify
};
const falseTag = {
    identify: value => value === false,
    default: true,
    tag: 'tag:yaml.org,2002:bool',
    test: /^(?:N|n|[Nn]o|NO|[Ff]alse|FALSE|[Oo]ff|OFF)$/,
    resolve: () => new Scalar.Scalar(false),
    stringify: boolStringify
};

exports.falseTag = falseTag;
exports.trueTag = trueTag;


/***/ }),

/***/ 5782:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);
var stringifyNumber = __nccwpck_require__(8689);

const floatNaN = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
    resolve: (str) => str.slice(-3).toLowerCase() === 'nan'
        ? NaN
        : str[0] === '-'
            ? Number.NEGATIVE_INFINITY
            : Number.POSITIVE_INFINITY,
    stringify: stringifyNumber.stringifyNumber
};
const floatExp = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    format: 'EXP',
    test: /^[-+]?(?:[0-9][0-9_]*)?(?:\.[0-9_]*)?[eE][-+]?[0-9]+$/,
    resolve: (str) => parseFloat(str.replace(/_/g, '')),
    stringify(node) {
        const num = Number(node.value);
        return isFinite(num) ? num.toExponential() : stringifyNumber.stringifyNumber(node);
    }
};
const float = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    test: /^[-+]?(?:[0-9][0-9_]*)?\.[0-9_]*$/,
    resolve(str) {
        const node = new Scalar.Scalar(parseFloat(str.replace(/_/g, '')));
        const dot = str.indexOf('.');
        if (dot !== -1) {
            const f = str.substring(dot + 1).replace(/_/g, '');
            if (f[f.length - 1] === '0')
                node.minFractionDigits = f.length;
        }
        return node;
    },
    stringify: stringifyNumber.stringifyNumber
};

exports.float = float;
exports.floatExp = floatExp;
exports.floatNaN = floatNaN;


/***/ }),

/***/ 873:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyNumber = __nccwpck_require__(8689);

const intIdentify = (value) => typeof value === 'bigint' || Number.isInteger(value);
function intResolve(str, offset, radix, { intAsBigInt }) {
    const sign = str[0];
    if (sign === '-' || sign === '+')
        offset += 1;
    str = str.substring(offset).replace(/_/g, '');
    if (intAsBigInt) {
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
        const n = BigInt(str);
        return sign === '-' ? BigInt(-1) * n : n;
    }
    const n = parseInt(str, radix);
    return sign === '-' ? -1 * n : n;
}
function intStringify(node, radix, prefix) {
    const { value } = node;
    if (intIdentify(value)) {
        const str = value.toString(radix);
        return value < 0 ? '-' + prefix + str.substr(1) : prefix + str;
    }
    return stringifyNumber.stringifyNumber(node);
}
const intBin = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'BIN',
    test: /^[-+]?0b[0-1_]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 2, 2, opt),
    stringify: node => intStringify(node, 2, '0b')
};
const intOct = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'OCT',
    test: /^[-+]?0[0-7_]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 1, 8, opt),
    stringify: node => intStringify(node, 8, '0')
};
const int = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    test: /^[-+]?[0-9][0-9_]*$/,
    resolve: (str, _onError, opt) => intResolve(str, 0, 10, opt),
    stringify: stringifyNumber.stringifyNumber
};
const intHex = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'HEX',
    test: /^[-+]?0x[0-9a-fA-F_]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 2, 16, opt),
    stringify: node => intStringify(node, 16, '0x')
};

exports.int = int;
exports.intBin = intBin;
exports.intHex = intHex;
exports.intOct = intOct;


/***/ }),

/***/ 452:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);

// If the value associated with a merge key is a single mapping node, each of
// its key/value pairs is inserted into the current mapping, unless the key
// already exists in it. If the value associated with the merge key is a
// sequence, then this sequence is expected to contain mapping nodes and each
// of these nodes is merged in turn according to its order in the sequence.
// Keys in mapping nodes earlier in the sequence override keys specified in
// later mapping nodes. -- http://yaml.org/type/merge.html
const MERGE_KEY = '<<';
const merge = {
    identify: value => value === MERGE_KEY ||
        (typeof value === 'symbol' && value.description === MERGE_KEY),
    default: 'key',
    tag: 'tag:yaml.org,2002:merge',
    test: /^<<$/,
    resolve: () => Object.assign(new Scalar.Scalar(Symbol(MERGE_KEY)), {
        addToJSMap: addMergeToJSMap
    }),
    stringify: () => MERGE_KEY
};
const isMergeKey = (ctx, key) => (merge.identify(key) ||
    (identity.isScalar(key) &&
        (!key.type || key.type === Scalar.Scalar.PLAIN) &&
        merge.identify(key.value))) &&
    ctx?.doc.schema.tags.some(tag => tag.tag === merge.tag && tag.default);
function addMergeToJSMap(ctx, map, value) {
    const source = resolveAliasValue(ctx, value);
    if (identity.isSeq(source))
        for (const it of source.items)
            mergeValue(ctx, map, it);
    else if (Array.isArray(source))
        for (const it of source)
            mergeValue(ctx, map, it);
    else
        mergeValue(ctx, map, source);
}
function mergeValue(ctx, map, value) {
    const source = resolveAliasValue(ctx, value);
    if (!identity.isMap(source))
        throw new Error('Merge sources must be maps or map aliases');
    const srcMap = source.toJSON(null, ctx, Map);
    for (const [key, value] of srcMap) {
        if (map instanceof Map) {
            if (!map.has(key))
                map.set(key, value);
        }
        else if (map instanceof Set) {
            map.add(key);
        }
        else if (!Object.prototype.hasOwnProperty.call(map, key)) {
            Object.defineProperty(map, key, {
                value,
                writable: true,
                enumerable: true,
                configurable: true
            });
        }
    }
    return map;
}
function resolveAliasValue(ctx, value) {
    return ctx && identity.isAlias(value) ? value.resolve(ctx.doc, ctx) : value;
}

exports.addMergeToJSMap = addMergeToJSMap;
exports.isMergeKey = isMergeKey;
exports.merge = merge;


/***/ }),

/***/ 303:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var toJS = __nccwpck_require__(4043);
var YAMLMap = __nccwpck_require__(4454);
var YAMLSeq = __nccwpck_require__(2223);
var pairs = __nccwpck_require__(8385);

class YAMLOMap extends YAMLSeq.YAMLSeq {
    constructor() {
        super();
        this.add = YAMLMap.YAMLMap.prototype.add.bind(this);
        this.delete = YAMLMap.YAMLMap.prototype.delete.bind(this);
        this.get = YAMLMap.YAMLMap.prototype.get.bind(this);
        this.has = YAMLMap.YAMLMap.prototype.has.bind(this);
        this.set = YAMLMap.YAMLMap.prototype.set.bind(this);
        this.tag = YAMLOMap.tag;
    }
    /**
     * If `ctx` is given, the return type is actually `Map<unknown, unknown>`,
     * but TypeScript won't allow widening the signature of a child method.
     */
    toJSON(_, ctx) {
        if (!ctx)
            return super.toJSON(_);
        const map = new Map();
        if (ctx?.onCreate)
            ctx.onCreate(map);
        for (const pair of this.items) {
            let key, value;
            if (identity.isPair(pair)) {
                key = toJS.toJS(pair.key, '', ctx);
                value = toJS.toJS(pair.value, key, ctx);
            }
            else {
                key = toJS.toJS(pair, '', ctx);
            }
            if (map.has(key))
                throw new Error('Ordered maps must not include duplicate keys');
            map.set(key, value);
        }
        return map;
    }
    static from(schema, iterable, ctx) {
        const pairs$1 = pairs.createPairs(schema, iterable, ctx);
        const omap = new this();
        omap.items = pairs$1.items;
        return omap;
    }
}
YAMLOMap.tag = 'tag:yaml.org,2002:omap';
const omap = {
    collection: 'seq',
    identify: value => value instanceof Map,
    nodeClass: YAMLOMap,
    default: false,
    tag: 'tag:yaml.org,2002:omap',
    resolve(seq, onError) {
        const pairs$1 = pairs.resolvePairs(seq, onError);
        const seenKeys = [];
        for (const { key } of pairs$1.items) {
            if (identity.isScalar(key)) {
                if (seenKeys.includes(key.value)) {
                    onError(`Ordered maps must not include duplicate keys: ${key.value}`);
                }
                else {
                    seenKeys.push(key.value);
                }
            }
        }
        return Object.assign(new YAMLOMap(), pairs$1);
    },
    createNode: (schema, iterable, ctx) => YAMLOMap.from(schema, iterable, ctx)
};

exports.YAMLOMap = YAMLOMap;
exports.omap = omap;


/***/ }),

/***/ 8385:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var Scalar = __nccwpck_require__(3301);
var YAMLSeq = __nccwpck_require__(2223);

function resolvePairs(seq, onError) {
    if (identity.isSeq(seq)) {
        for (let i = 0; i < seq.items.length; ++i) {
            let item = seq.items[i];
            if (identity.isPair(item))
                continue;
            else if (identity.isMap(item)) {
                if (item.items.length > 1)
                    onError('Each pair must have its own sequence indicator');
                const pair = item.items[0] || new Pair.Pair(new Scalar.Scalar(null));
                if (item.commentBefore)
                    pair.key.commentBefore = pair.key.commentBefore
                        ? `${item.commentBefore}\n${pair.key.commentBefore}`
                        : item.commentBefore;
                if (item.comment) {
                    const cn = pair.value ?? pair.key;
                    cn.comment = cn.comment
                        ? `${item.comment}\n${cn.comment}`
                        : item.comment;
                }
                item = pair;
            }
            seq.items[i] = identity.isPair(item) ? item : new Pair.Pair(item);
        }
    }
    else
        onError('Expected a sequence for this tag');
    return seq;
}
function createPairs(schema, iterable, ctx) {
    const { replacer } = ctx;
    const pairs = new YAMLSeq.YAMLSeq(schema);
    pairs.tag = 'tag:yaml.org,2002:pairs';
    let i = 0;
    if (iterable && Symbol.iterator in Object(iterable))
        for (let it of iterable) {
            if (typeof replacer === 'function')
                it = replacer.call(iterable, String(i++), it);
            let key, value;
            if (Array.isArray(it)) {
                if (it.length === 2) {
                    key = it[0];
                    value = it[1];
                }
                else
                    throw new TypeError(`Expected [key, value] tuple: ${it}`);
            }
            else if (it && it instanceof Object) {
                const keys = Object.keys(it);
                if (keys.length === 1) {
                    key = keys[0];
                    value = it[key];
                }
                else {
                    throw new TypeError(`Expected tuple with one key, not ${keys.length} keys`);
                }
            }
            else {
                key = it;
            }
            pairs.items.push(Pair.createPair(key, value, ctx));
        }
    return pairs;
}
const pairs = {
    collection: 'seq',
    default: false,
    tag: 'tag:yaml.org,2002:pairs',
    resolve: resolvePairs,
    createNode: createPairs
};

exports.createPairs = createPairs;
exports.pairs = pairs;
exports.resolvePairs = resolvePairs;


/***/ }),

/***/ 5913:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var map = __nccwpck_require__(7451);
var _null = __nccwpck_require__(3632);
var seq = __nccwpck_require__(1706);
var string = __nccwpck_require__(6464);
var binary = __nccwpck_require__(6083);
var bool = __nccwpck_require__(8398);
var float = __nccwpck_require__(5782);
var int = __nccwpck_require__(873);
var merge = __nccwpck_require__(452);
var omap = __nccwpck_require__(303);
var pairs = __nccwpck_require__(8385);
var set = __nccwpck_require__(1528);
var timestamp = __nccwpck_require__(6752);

const schema = [
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


/***/ }),

/***/ 1528:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var YAMLMap = __nccwpck_require__(4454);

class YAMLSet extends YAMLMap.YAMLMap {
    constructor(schema) {
        super(schema);
        this.tag = YAMLSet.tag;
    }
    add(key) {
        let pair;
        if (identity.isPair(key))
            pair = key;
        else if (key &&
            typeof key === 'object' &&
            'key' in key &&
            'value' in key &&
            key.value === null)
            pair = new Pair.Pair(key.key, null);
        else
            pair = new Pair.Pair(key, null);
        const prev = YAMLMap.findPair(this.items, pair.key);
        if (!prev)
            this.items.push(pair);
    }
    /**
     * If `keepPair` is `true`, returns the Pair matching `key`.
     * Otherwise, returns the value of that Pair's key.
     */
    get(key, keepPair) {
        const pair = YAMLMap.findPair(this.items, key);
        return !keepPair && identity.isPair(pair)
            ? identity.isScalar(pair.key)
                ? pair.key.value
                : pair.key
            : pair;
    }
    set(key, value) {
        if (typeof value !== 'boolean')
            throw new Error(`Expected boolean value for set(key, value) in a YAML set, not ${typeof value}`);
        const prev = YAMLMap.findPair(this.items, key);
        if (prev && !value) {
            this.items.splice(this.items.indexOf(prev), 1);
        }
        else if (!prev && value) {
            this.items.push(new Pair.Pair(key));
        }
    }
    toJSON(_, ctx) {
        return super.toJSON(_, ctx, Set);
    }
    toString(ctx, onComment, onChompKeep) {
        if (!ctx)
            return JSON.stringify(this);
        if (this.hasAllNullValues(true))
            return super.toString(Object.assign({}, ctx, { allNullValues: true }), onComment, onChompKeep);
        else
            throw new Error('Set items must all have null values');
    }
    static from(schema, iterable, ctx) {
        const { replacer } = ctx;
        const set = new this(schema);
        if (iterable && Symbol.iterator in Object(iterable))
            for (let value of iterable) {
                if (typeof replacer === 'function')
                    value = replacer.call(iterable, value, value);
                set.items.push(Pair.createPair(value, null, ctx));
            }
        return set;
    }
}
YAMLSet.tag = 'tag:yaml.org,2002:set';
const set = {
    collection: 'map',
    identify: value => value instanceof Set,
    nodeClass: YAMLSet,
    default: false,
    tag: 'tag:yaml.org,2002:set',
    createNode: (schema, iterable, ctx) => YAMLSet.from(schema, iterable, ctx),
    resolve(map, onError) {
        if (identity.isMap(map)) {
            if (map.hasAllNullValues(true))
                return Object.assign(new YAMLSet(), map);
            else
                onError('Set items must all have null values');
        }
        else
            onError('Expected a mapping for this tag');
        return map;
    }
};

exports.YAMLSet = YAMLSet;
exports.set = set;


/***/ }),

/***/ 6752:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyNumber = __nccwpck_require__(8689);

/** Internal types handle bigint as number, because TS can't figure it out. */
function parseSexagesimal(str, asBigInt) {
    const sign = str[0];
    const parts = sign === '-' || sign === '+' ? str.substring(1) : str;
    const num = (n) => asBigInt ? BigInt(n) : Number(n);
    const res = parts
        .replace(/_/g, '')
        .split(':')
        .reduce((res, p) => res * num(60) + num(p), num(0));
    return (sign === '-' ? num(-1) * res : res);
}
/**
 * hhhh:mm:ss.sss
 *
 * Internal types handle bigint as number, because TS can't figure it out.
 */
function stringifySexagesimal(node) {
    let { value } = node;
    let num = (n) => n;
    if (typeof value === 'bigint')
        num = n => BigInt(n);
    else if (isNaN(value) || !isFinite(value))
        return stringifyNumber.stringifyNumber(node);
    let sign = '';
    if (value < 0) {
        sign = '-';
        value *= num(-1);
    }
    const _60 = num(60);
    const parts = [value % _60]; // seconds, including ms
    if (value < 60) {
        parts.unshift(0); // at least one : is required
    }
    else {
        value = (value - parts[0]) / _60;
        parts.unshift(value % _60); // minutes
        if (value >= 60) {
            value = (value - parts[0]) / _60;
            parts.unshift(value); // hours
        }
    }
    return (sign +
        parts
            .map(n => String(n).padStart(2, '0'))
            .join(':')
            .replace(/000000\d*$/, '') // % 60 may introduce error
    );
}
const intTime = {
    identify: value => typeof value === 'bigint' || Number.isInteger(value),
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'TIME',
    test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+$/,
    resolve: (str, _onError, { intAsBigInt }) => parseSexagesimal(str, intAsBigInt),
    stringify: stringifySexagesimal
};
const floatTime = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    format: 'TIME',
    test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\.[0-9_]*$/,
    resolve: str => parseSexagesimal(str, false),
    stringify: stringifySexagesimal
};
const timestamp = {
    identify: value => value instanceof Date,
    default: true,
    tag: 'tag:yaml.org,2002:timestamp',
    // If the time zone is omitted, the timestamp is assumed to be specified in UTC. The time part
    // may be omitted altogether, resulting in a date format. In such a case, the time part is
    // assumed to be 00:00:00Z (start of day, UTC).
    test: RegExp('^([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})' + // YYYY-Mm-Dd
        '(?:' + // time is optional
        '(?:t|T|[ \\t]+)' + // t | T | whitespace
        '([0-9]{1,2}):([0-9]{1,2}):([0-9]{1,2}(\\.[0-9]+)?)' + // Hh:Mm:Ss(.ss)?
        '(?:[ \\t]*(Z|[-+][012]?[0-9](?::[0-9]{2})?))?' + // Z | +5 | -03:30
        ')?$'),
    resolve(str) {
        const match = str.match(timestamp.test);
        if (!match)
            throw new Error('!!timestamp expects a date, starting with yyyy-mm-dd');
        const [, year, month, day, hour, minute, second] = match.map(Number);
        const millisec = match[7] ? Number((match[7] + '00').substr(1, 3)) : 0;
        let date = Date.UTC(year, month - 1, day, hour || 0, minute || 0, second || 0, millisec);
        const tz = match[8];
        if (tz && tz !== 'Z') {
            let d = parseSexagesimal(tz, false);
            if (Math.abs(d) < 30)
                d *= 60;
            date -= 60000 * d;
        }
        return new Date(date);
    },
    stringify: ({ value }) => value?.toISOString().replace(/(T00:00:00)?\.000Z$/, '') ?? ''
};

exports.floatTime = floatTime;
exports.intTime = intTime;
exports.timestamp = timestamp;


/***/ }),

/***/ 4475:
/***/ ((__unused_webpack_module, exports) => {



const FOLD_FLOW = 'flow';
const FOLD_BLOCK = 'block';
const FOLD_QUOTED = 'quoted';
/**
 * Tries to keep input at up to `lineWidth` characters, splitting only on spaces
 * not followed by newlines or spaces unless `mode` is `'quoted'`. Lines are
 * terminated with `\n` and started with `indent`.
 */
function foldFlowLines(text, indent, mode = 'flow', { indentAtStart, lineWidth = 80, minContentWidth = 20, onFold, onOverflow } = {}) {
    if (!lineWidth || lineWidth < 0)
        return text;
    if (lineWidth < minContentWidth)
        minContentWidth = 0;
    const endStep = Math.max(1 + minContentWidth, 1 + lineWidth - indent.length);
    if (text.length <= endStep)
        return text;
    const folds = [];
    const escapedFolds = {};
    let end = lineWidth - indent.length;
    if (typeof indentAtStart === 'number') {
        if (indentAtStart > lineWidth - Math.max(2, minContentWidth))
            folds.push(0);
        else
            end = lineWidth - indentAtStart;
    }
    let split = undefined;
    let prev = undefined;
    let overflow = false;
    let i = -1;
    let escStart = -1;
    let escEnd = -1;
    if (mode === FOLD_BLOCK) {
        i = consumeMoreIndentedLines(text, i, indent.length);
        if (i !== -1)
            end = i + endStep;
    }
    for (let ch; (ch = text[(i += 1)]);) {
        if (mode === FOLD_QUOTED && ch === '\\') {
            escStart = i;
            switch (text[i + 1]) {
                case 'x':
                    i += 3;
                    break;
                case 'u':
                    i += 5;
                    break;
                case 'U':
                    i += 9;
                    break;
                default:
                    i += 1;
            }
            escEnd = i;
        }
        if (ch === '\n') {
            if (mode === FOLD_BLOCK)
                i = consumeMoreIndentedLines(text, i, indent.length);
            end = i + indent.length + endStep;
            split = undefined;
        }
        else {
            if (ch === ' ' &&
                prev &&
                prev !== ' ' &&
                prev !== '\n' &&
                prev !== '\t') {
                // space surrounded by non-space can be replaced with newline + indent
                const next = text[i + 1];
                if (next && next !== ' ' && next !== '\n' && next !== '\t')
                    split = i;
            }
            if (i >= end) {
                if (split) {
                    folds.push(split);
                    end = split + endStep;
                    split = undefined;
                }
                else if (mode === FOLD_QUOTED) {
                    // white-space collected at end may stretch past lineWidth
                    while (prev === ' ' || prev === '\t') {
                        prev = ch;
                        ch = text[(i += 1)];
                        overflow = true;
                    }
                    // Account for newline escape, but don't break preceding escape
                    const j = i > escEnd + 1 ? i - 2 : escStart - 1;
                    // Bail out if lineWidth & minContentWidth are shorter than an escape string
                    if (escapedFolds[j])
                        return text;
                    folds.push(j);
                    escapedFolds[j] = true;
                    end = j + endStep;
                    split = undefined;
                }
                else {
                    overflow = true;
                }
            }
        }
        prev = ch;
    }
    if (overflow && onOverflow)
        onOverflow();
    if (folds.length === 0)
        return text;
    if (onFold)
        onFold();
    let res = text.slice(0, folds[0]);
    for (let i = 0; i < folds.length; ++i) {
        const fold = folds[i];
        const end = folds[i + 1] || text.length;
        if (fold === 0)
            res = `\n${indent}${text.slice(0, end)}`;
        else {
            if (mode === FOLD_QUOTED && escapedFolds[fold])
                res += `${text[fold]}\\`;
            res += `\n${indent}${text.slice(fold + 1, end)}`;
        }
    }
    return res;
}
/**
 * Presumes `i + 1` is at the start of a line
 * @returns index of last newline in more-indented block
 */
function consumeMoreIndentedLines(text, i, indent) {
    let end = i;
    let start = i + 1;
    let ch = text[start];
    while (ch === ' ' || ch === '\t') {
        if (i < start + indent) {
            ch = text[++i];
        }
        else {
            do {
                ch = text[++i];
            } while (ch && ch !== '\n');
            end = i;
            start = i + 1;
            ch = text[start];
        }
    }
    return end;
}

exports.FOLD_BLOCK = FOLD_BLOCK;
exports.FOLD_FLOW = FOLD_FLOW;
exports.FOLD_QUOTED = FOLD_QUOTED;
exports.foldFlowLines = foldFlowLines;


/***/ }),

/***/ 2148:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var anchors = __nccwpck_require__(1596);
var identity = __nccwpck_require__(1127);
var stringifyComment = __nccwpck_require__(9799);
var stringifyString = __nccwpck_require__(3069);

function createStringifyContext(doc, options) {
    const opt = Object.assign({
        blockQuote: true,
        commentString: stringifyComment.stringifyComment,
        defaultKeyType: null,
        defaultStringType: 'PLAIN',
        directives: null,
        doubleQuotedAsJSON: false,
        doubleQuotedMinMultiLineLength: 40,
        falseStr: 'false',
        flowCollectionPadding: true,
        indentSeq: true,
        lineWidth: 80,
        minContentWidth: 20,
        nullStr: 'null',
        simpleKeys: false,
        singleQuote: null,
        trailingComma: false,
        trueStr: 'true',
        verifyAliasOrder: true
    }, doc.schema.toStringOptions, options);
    let inFlow;
    switch (opt.collectionStyle) {
        case 'block':
            inFlow = false;
            break;
        case 'flow':
            inFlow = true;
            break;
        default:
            inFlow = null;
    }
    return {
        anchors: new Set(),
        doc,
        flowCollectionPadding: opt.flowCollectionPadding ? ' ' : '',
        indent: '',
        indentStep: typeof opt.indent === 'number' ? ' '.repeat(opt.indent) : '  ',
        inFlow,
        options: opt
    };
}
function getTagObject(tags, item) {
    if (item.tag) {
        const match = tags.filter(t => t.tag === item.tag);
        if (match.length > 0)
            return match.find(t => t.format === item.format) ?? match[0];
    }
    let tagObj = undefined;
    let obj;
    if (identity.isScalar(item)) {
        obj = item.value;
        let match = tags.filter(t => t.identify?.(obj));
        if (match.length > 1) {
            const testMatch = match.filter(t => t.test);
            if (testMatch.length > 0)
                match = testMatch;
        }
        tagObj =
            match.find(t => t.format === item.format) ?? match.find(t => !t.format);
    }
    else {
        obj = item;
        tagObj = tags.find(t => t.nodeClass && obj instanceof t.nodeClass);
    }
    if (!tagObj) {
        const name = obj?.constructor?.name ?? (obj === null ? 'null' : typeof obj);
        throw new Error(`Tag not resolved for ${name} value`);
    }
    return tagObj;
}
// needs to be called before value stringifier to allow for circular anchor refs
function stringifyProps(node, tagObj, { anchors: anchors$1, doc }) {
    if (!doc.directives)
        return '';
    const props = [];
    const anchor = (identity.isScalar(node) || identity.isCollection(node)) && node.anchor;
    if (anchor && anchors.anchorIsValid(anchor)) {
        anchors$1.add(anchor);
        props.push(`&${anchor}`);
    }
    const tag = node.tag ?? (tagObj.default ? null : tagObj.tag);
    if (tag)
        props.push(doc.directives.tagString(tag));
    return props.join(' ');
}
function stringify(item, ctx, onComment, onChompKeep) {
    if (identity.isPair(item))
        return item.toString(ctx, onComment, onChompKeep);
    if (identity.isAlias(item)) {
        if (ctx.doc.directives)
            return item.toString(ctx);
        if (ctx.resolvedAliases?.has(item)) {
            throw new TypeError(`Cannot stringify circular structure without alias nodes`);
        }
        else {
            if (ctx.resolvedAliases)
                ctx.resolvedAliases.add(item);
            else
                ctx.resolvedAliases = new Set([item]);
            item = item.resolve(ctx.doc);
        }
    }
    let tagObj = undefined;
    const node = identity.isNode(item)
        ? item
        : ctx.doc.createNode(item, { onTagObj: o => (tagObj = o) });
    tagObj ?? (tagObj = getTagObject(ctx.doc.schema.tags, node));
    const props = stringifyProps(node, tagObj, ctx);
    if (props.length > 0)
        ctx.indentAtStart = (ctx.indentAtStart ?? 0) + props.length + 1;
    const str = typeof tagObj.stringify === 'function'
        ? tagObj.stringify(node, ctx, onComment, onChompKeep)
        : identity.isScalar(node)
            ? stringifyString.stringifyString(node, ctx, onComment, onChompKeep)
            : node.toString(ctx, onComment, onChompKeep);
    if (!props)
        return str;
    return identity.isScalar(node) || str[0] === '{' || str[0] === '['
        ? `${props} ${str}`
        : `${props}\n${ctx.indent}${str}`;
}

exports.createStringifyContext = createStringifyContext;
exports.stringify = stringify;


/***/ }),

/***/ 1212:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var stringify = __nccwpck_require__(2148);
var stringifyComment = __nccwpck_require__(9799);

function stringifyCollection(collection, ctx, options) {
    const flow = ctx.inFlow ?? collection.flow;
    const stringify = flow ? stringifyFlowCollection : stringifyBlockCollection;
    return stringify(collection, ctx, options);
}
function stringifyBlockCollection({ comment, items }, ctx, { blockItemPrefix, flowChars, itemIndent, onChompKeep, onComment }) {
    const { indent, options: { commentString } } = ctx;
    const itemCtx = Object.assign({}, ctx, { indent: itemIndent, type: null });
    let chompKeep = false; // flag for the preceding node's status
    const lines = [];
    for (let i = 0; i < items.length; ++i) {
        const item = items[i];
        let comment = null;
        if (identity.isNode(item)) {
            if (!chompKeep && item.spaceBefore)
                lines.push('');
            addCommentBefore(ctx, lines, item.commentBefore, chompKeep);
            if (item.comment)
                comment = item.comment;
        }
        else if (identity.isPair(item)) {
            const ik = identity.isNode(item.key) ? item.key : null;
            if (ik) {
                if (!chompKeep && ik.spaceBefore)
                    lines.push('');
                addCommentBefore(ctx, lines, ik.commentBefore, chompKeep);
            }
        }
        chompKeep = false;
        let str = stringify.stringify(item, itemCtx, () => (comment = null), () => (chompKeep = true));
        if (comment)
            str += stringifyComment.lineComment(str, itemIndent, commentString(comment));
        if (chompKeep && comment)
            chompKeep = false;
        lines.push(blockItemPrefix + str);
    }
    let str;
    if (lines.length === 0) {
        str = flowChars.start + flowChars.end;
    }
    else {
        str = lines[0];
        for (let i = 1; i < lines.length; ++i) {
            const line = lines[i];
            str += line ? `\n${indent}${line}` : '\n';
        }
    }
    if (comment) {
        str += '\n' + stringifyComment.indentComment(commentString(comment), indent);
        if (onComment)
            onComment();
    }
    else if (chompKeep && onChompKeep)
        onChompKeep();
    return str;
}
function stringifyFlowCollection({ items }, ctx, { flowChars, itemIndent }) {
    const { indent, indentStep, flowCollectionPadding: fcPadding, options: { commentString } } = ctx;
    itemIndent += indentStep;
    const itemCtx = Object.assign({}, ctx, {
        indent: itemIndent,
        inFlow: true,
        type: null
    });
    let reqNewline = false;
    let linesAtValue = 0;
    const lines = [];
    for (let i = 0; i < items.length; ++i) {
        const item = items[i];
        let comment = null;
        if (identity.isNode(item)) {
            if (item.spaceBefore)
                lines.push('');
            addCommentBefore(ctx, lines, item.commentBefore, false);
            if (item.comment)
                comment = item.comment;
        }
        else if (identity.isPair(item)) {
            const ik = identity.isNode(item.key) ? item.key : null;
            if (ik) {
                if (ik.spaceBefore)
                    lines.push('');
                addCommentBefore(ctx, lines, ik.commentBefore, false);
                if (ik.comment)
                    reqNewline = true;
            }
            const iv = identity.isNode(item.value) ? item.value : null;
            if (iv) {
                if (iv.comment)
                    comment = iv.comment;
                if (iv.commentBefore)
                    reqNewline = true;
            }
            else if (item.value == null && ik?.comment) {
                comment = ik.comment;
            }
        }
        if (comment)
            reqNewline = true;
        let str = stringify.stringify(item, itemCtx, () => (comment = null));
        reqNewline || (reqNewline = lines.length > linesAtValue || str.includes('\n'));
        if (i < items.length - 1) {
            str += ',';
        }
        else if (ctx.options.trailingComma) {
            if (ctx.options.lineWidth > 0) {
                reqNewline || (reqNewline = lines.reduce((sum, line) => sum + line.length + 2, 2) +
                    (str.length + 2) >
                    ctx.options.lineWidth);
            }
            if (reqNewline) {
                str += ',';
            }
        }
        if (comment)
            str += stringifyComment.lineComment(str, itemIndent, commentString(comment));
        lines.push(str);
        linesAtValue = lines.length;
    }
    const { start, end } = flowChars;
    if (lines.length === 0) {
        return start + end;
    }
    else {
        if (!reqNewline) {
            const len = lines.reduce((sum, line) => sum + line.length + 2, 2);
            reqNewline = ctx.options.lineWidth > 0 && len > ctx.options.lineWidth;
        }
        if (reqNewline) {
            let str = start;
            for (const line of lines)
                str += line ? `\n${indentStep}${indent}${line}` : '\n';
            return `${str}\n${indent}${end}`;
        }
        else {
            return `${start}${fcPadding}${lines.join(' ')}${fcPadding}${end}`;
        }
    }
}
function addCommentBefore({ indent, options: { commentString } }, lines, comment, chompKeep) {
    if (comment && chompKeep)
        comment = comment.replace(/^\n+/, '');
    if (comment) {
        const ic = stringifyComment.indentComment(commentString(comment), indent);
        lines.push(ic.trimStart()); // Avoid double indent on first line
    }
}

exports.stringifyCollection = stringifyCollection;


/***/ }),

/***/ 9799:
/***/ ((__unused_webpack_module, exports) => {



/**
 * Stringifies a comment.
 *
 * Empty comment lines are left empty,
 * lines consisting of a single space are replaced by `#`,
 * and all other lines are prefixed with a `#`.
 */
const stringifyComment = (str) => str.replace(/^(?!$)(?: $)?/gm, '#');
function indentComment(comment, indent) {
    if (/^\n+$/.test(comment))
        return comment.substring(1);
    return indent ? comment.replace(/^(?! *$)/gm, indent) : comment;
}
const lineComment = (str, indent, comment) => str.endsWith('\n')
    ? indentComment(comment, indent)
    : comment.includes('\n')
        ? '\n' + indentComment(comment, indent)
        : (str.endsWith(' ') ? '' : ' ') + comment;

exports.indentComment = indentComment;
exports.lineComment = lineComment;
exports.stringifyComment = stringifyComment;


/***/ }),

/***/ 6829:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var stringify = __nccwpck_require__(2148);
var stringifyComment = __nccwpck_require__(9799);

function stringifyDocument(doc, options) {
    const lines = [];
    let hasDirectives = options.directives === true;
    if (options.directives !== false && doc.directives) {
        const dir = doc.directives.toString(doc);
        if (dir) {
            lines.push(dir);
            hasDirectives = true;
        }
        else if (doc.directives.docStart)
            hasDirectives = true;
    }
    if (hasDirectives)
        lines.push('---');
    const ctx = stringify.createStringifyContext(doc, options);
    const { commentString } = ctx.options;
    if (doc.commentBefore) {
        if (lines.length !== 1)
            lines.unshift('');
        const cs = commentString(doc.commentBefore);
        lines.unshift(stringifyComment.indentComment(cs, ''));
    }
    let chompKeep = false;
    let contentComment = null;
    if (doc.contents) {
        if (identity.isNode(doc.contents)) {
            if (doc.contents.spaceBefore && hasDirectives)
                lines.push('');
            if (doc.contents.commentBefore) {
                const cs = commentString(doc.contents.commentBefore);
                lines.push(stringifyComment.indentComment(cs, ''));
            }
            // top-level block scalars need to be indented if followed by a comment
            ctx.forceBlockIndent = !!doc.comment;
            contentComment = doc.contents.comment;
        }
        const onChompKeep = contentComment ? undefined : () => (chompKeep = true);
        let body = stringify.stringify(doc.contents, ctx, () => (contentComment = null), onChompKeep);
        if (contentComment)
            body += stringifyComment.lineComment(body, '', commentString(contentComment));
        if ((body[0] === '|' || body[0] === '>') &&
            lines[lines.length - 1] === '---') {
            // Top-level block scalars with a preceding doc marker ought to use the
            // same line for their header.
            lines[lines.length - 1] = `--- ${body}`;
        }
        else
            lines.push(body);
    }
    else {
        lines.push(stringify.stringify(doc.contents, ctx));
    }
    if (doc.directives?.docEnd) {
        if (doc.comment) {
            const cs = commentString(doc.comment);
            if (cs.includes('\n')) {
                lines.push('...');
                lines.push(stringifyComment.indentComment(cs, ''));
            }
            else {
                lines.push(`... ${cs}`);
            }
        }
        else {
            lines.push('...');
        }
    }
    else {
        let dc = doc.comment;
        if (dc && chompKeep)
            dc = dc.replace(/^\n+/, '');
        if (dc) {
            if ((!chompKeep || contentComment) && lines[lines.length - 1] !== '')
                lines.push('');
            lines.push(stringifyComment.indentComment(commentString(dc), ''));
        }
    }
    return lines.join('\n') + '\n';
}

exports.stringifyDocument = stringifyDocument;


/***/ }),

/***/ 8689:
/***/ ((__unused_webpack_module, exports) => {



function stringifyNumber({ format, minFractionDigits, tag, value }) {
    if (typeof value === 'bigint')
        return String(value);
    const num = typeof value === 'number' ? value : Number(value);
    if (!isFinite(num))
        return isNaN(num) ? '.nan' : num < 0 ? '-.inf' : '.inf';
    let n = Object.is(value, -0) ? '-0' : JSON.stringify(value);
    if (!format &&
        minFractionDigits &&
        (!tag || tag === 'tag:yaml.org,2002:float') &&
        /^-?\d/.test(n) &&
        !n.includes('e')) {
        let i = n.indexOf('.');
        if (i < 0) {
            i = n.length;
            n += '.';
        }
        let d = minFractionDigits - (n.length - i - 1);
        while (d-- > 0)
            n += '0';
    }
    return n;
}

exports.stringifyNumber = stringifyNumber;


/***/ }),

/***/ 9748:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);
var stringify = __nccwpck_require__(2148);
var stringifyComment = __nccwpck_require__(9799);

function stringifyPair({ key, value }, ctx, onComment, onChompKeep) {
    const { allNullValues, doc, indent, indentStep, options: { commentString, indentSeq, simpleKeys } } = ctx;
    let keyComment = (identity.isNode(key) && key.comment) || null;
    if (simpleKeys) {
        if (keyComment) {
            throw new Error('With simple keys, key nodes cannot have comments');
        }
        if (identity.isCollection(key) || (!identity.isNode(key) && typeof key === 'object')) {
            const msg = 'With simple keys, collection cannot be used as a key value';
            throw new Error(msg);
        }
    }
    let explicitKey = !simpleKeys &&
        (!key ||
            (keyComment && value == null && !ctx.inFlow) ||
            identity.isCollection(key) ||
            (identity.isScalar(key)
                ? key.type === Scalar.Scalar.BLOCK_FOLDED || key.type === Scalar.Scalar.BLOCK_LITERAL
                : typeof key === 'object'));
    ctx = Object.assign({}, ctx, {
        allNullValues: false,
        implicitKey: !explicitKey && (simpleKeys || !allNullValues),
        indent: indent + indentStep
    });
    let keyCommentDone = false;
    let chompKeep = false;
    let str = stringify.stringify(key, ctx, () => (keyCommentDone = true), () => (chompKeep = true));
    if (!explicitKey && !ctx.inFlow && str.length > 1024) {
        if (simpleKeys)
            throw new Error('With simple keys, single line scalar must not span more than 1024 characters');
        explicitKey = true;
    }
    if (ctx.inFlow) {
        if (allNullValues || value == null) {
            if (keyCommentDone && onComment)
                onComment();
            return str === '' ? '?' : explicitKey ? `? ${str}` : str;
        }
    }
    else if ((allNullValues && !simpleKeys) || (value == null && explicitKey)) {
        str = `? ${str}`;
        if (keyComment && !keyCommentDone) {
            str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
        }
        else if (chompKeep && onChompKeep)
            onChompKeep();
        return str;
    }
    if (keyCommentDone)
        keyComment = null;
    if (explicitKey) {
        if (keyComment)
            str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
        str = `? ${str}\n${indent}:`;
    }
    else {
        str = `${str}:`;
        if (keyComment)
            str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
    }
    let vsb, vcb, valueComment;
    if (identity.isNode(value)) {
        vsb = !!value.spaceBefore;
        vcb = value.commentBefore;
        valueComment = value.comment;
    }
    else {
        vsb = false;
        vcb = null;
        valueComment = null;
        if (value && typeof value === 'object')
            value = doc.createNode(value);
    }
    ctx.implicitKey = false;
    if (!explicitKey && !keyComment && identity.isScalar(value))
        ctx.indentAtStart = str.length + 1;
    chompKeep = false;
    if (!indentSeq &&
        indentStep.length >= 2 &&
        !ctx.inFlow &&
        !explicitKey &&
        identity.isSeq(value) &&
        !value.flow &&
        !value.tag &&
        !value.anchor) {
        // If indentSeq === false, consider '- ' as part of indentation where possible
        ctx.indent = ctx.indent.substring(2);
    }
    let valueCommentDone = false;
    const valueStr = stringify.stringify(value, ctx, () => (valueCommentDone = true), () => (chompKeep = true));
    let ws = ' ';
    if (keyComment || vsb || vcb) {
        ws = vsb ? '\n' : '';
        if (vcb) {
            const cs = commentString(vcb);
            ws += `\n${stringifyComment.indentComment(cs, ctx.indent)}`;
        }
        if (valueStr === '' && !ctx.inFlow) {
            if (ws === '\n' && valueComment)
                ws = '\n\n';
        }
        else {
            ws += `\n${ctx.indent}`;
        }
    }
    else if (!explicitKey && identity.isCollection(value)) {
        const vs0 = valueStr[0];
        const nl0 = valueStr.indexOf('\n');
        const hasNewline = nl0 !== -1;
        const flow = ctx.inFlow ?? value.flow ?? value.items.length === 0;
        if (hasNewline || !flow) {
            let hasPropsLine = false;
            if (hasNewline && (vs0 === '&' || vs0 === '!')) {
                let sp0 = valueStr.indexOf(' ');
                if (vs0 === '&' &&
                    sp0 !== -1 &&
                    sp0 < nl0 &&
                    valueStr[sp0 + 1] === '!') {
                    sp0 = valueStr.indexOf(' ', sp0 + 1);
                }
                if (sp0 === -1 || nl0 < sp0)
                    hasPropsLine = true;
            }
            if (!hasPropsLine)
                ws = `\n${ctx.indent}`;
        }
    }
    else if (valueStr === '' || valueStr[0] === '\n') {
        ws = '';
    }
    str += ws + valueStr;
    if (ctx.inFlow) {
        if (valueCommentDone && onComment)
            onComment();
    }
    else if (valueComment && !valueCommentDone) {
        str += stringifyComment.lineComment(str, ctx.indent, commentString(valueComment));
    }
    else if (chompKeep && onChompKeep) {
        onChompKeep();
    }
    return str;
}

exports.stringifyPair = stringifyPair;


/***/ }),

/***/ 3069:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);
var foldFlowLines = __nccwpck_require__(4475);

const getFoldOptions = (ctx, isBlock) => ({
    indentAtStart: isBlock ? ctx.indent.length : ctx.indentAtStart,
    lineWidth: ctx.options.lineWidth,
    minContentWidth: ctx.options.minContentWidth
});
// Also checks for lines starting with %, as parsing the output as YAML 1.1 will
// presume that's starting a new document.
const containsDocumentMarker = (str) => /^(%|---|\.\.\.)/m.test(str);
function lineLengthOverLimit(str, lineWidth, indentLength) {
    if (!lineWidth || lineWidth < 0)
        return false;
    const limit = lineWidth - indentLength;
    const strLen = str.length;
    if (strLen <= limit)
        return false;
    for (let i = 0, start = 0; i < strLen; ++i) {
        if (str[i] === '\n') {
            if (i - start > limit)
                return true;
            start = i + 1;
            if (strLen - start <= limit)
                return false;
        }
    }
    return true;
}
function doubleQuotedString(value, ctx) {
    const json = JSON.stringify(value);
    if (ctx.options.doubleQuotedAsJSON)
        return json;
    const { implicitKey } = ctx;
    const minMultiLineLength = ctx.options.doubleQuotedMinMultiLineLength;
    const indent = ctx.indent || (containsDocumentMarker(value) ? '  ' : '');
    let str = '';
    let start = 0;
    for (let i = 0, ch = json[i]; ch; ch = json[++i]) {
        if (ch === ' ' && json[i + 1] === '\\' && json[i + 2] === 'n') {
            // space before newline needs to be escaped to not be folded
            str += json.slice(start, i) + '\\ ';
            i += 1;
            start = i;
            ch = '\\';
        }
        if (ch === '\\')
            switch (json[i + 1]) {
                case 'u':
                    {
                        str += json.slice(start, i);
                        const code = json.substr(i + 2, 4);
                        switch (code) {
                            case '0000':
                                str += '\\0';
                                break;
                            case '0007':
                                str += '\\a';
                                break;
                            case '000b':
                                str += '\\v';
                                break;
                            case '001b':
                                str += '\\e';
                                break;
                            case '0085':
                                str += '\\N';
                                break;
                            case '00a0':
                                str += '\\_';
                                break;
                            case '2028':
                                str += '\\L';
                                break;
                            case '2029':
                                str += '\\P';
                                break;
                            default:
                                if (code.substr(0, 2) === '00')
                                    str += '\\x' + code.substr(2);
                                else
                                    str += json.substr(i, 6);
                        }
                        i += 5;
                        start = i + 1;
                    }
                    break;
                case 'n':
                    if (implicitKey ||
                        json[i + 2] === '"' ||
                        json.length < minMultiLineLength) {
                        i += 1;
                    }
                    else {
                        // folding will eat first newline
                        str += json.slice(start, i) + '\n\n';
                        while (json[i + 2] === '\\' &&
                            json[i + 3] === 'n' &&
                            json[i + 4] !== '"') {
                            str += '\n';
                            i += 2;
                        }
                        str += indent;
                        // space after newline needs to be escaped to not be folded
                        if (json[i + 2] === ' ')
                            str += '\\';
                        i += 1;
                        start = i + 1;
                    }
                    break;
                default:
                    i += 1;
            }
    }
    str = start ? str + json.slice(start) : json;
    return implicitKey
        ? str
        : foldFlowLines.foldFlowLines(str, indent, foldFlowLines.FOLD_QUOTED, getFoldOptions(ctx, false));
}
function singleQuotedString(value, ctx) {
    if (ctx.options.singleQuote === false ||
        (ctx.implicitKey && value.includes('\n')) ||
        /[ \t]\n|\n[ \t]/.test(value) // single quoted string can't have leading or trailing whitespace around newline
    )
        return doubleQuotedString(value, ctx);
    const indent = ctx.indent || (containsDocumentMarker(value) ? '  ' : '');
    const res = "'" + value.replace(/'/g, "''").replace(/\n+/g, `$&\n${indent}`) + "'";
    return ctx.implicitKey
        ? res
        : foldFlowLines.foldFlowLines(res, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
}
function quotedString(value, ctx) {
    const { singleQuote } = ctx.options;
    let qs;
    if (singleQuote === false)
        qs = doubleQuotedString;
    else {
        const hasDouble = value.includes('"');
        const hasSingle = value.includes("'");
        if (hasDouble && !hasSingle)
            qs = singleQuotedString;
        else if (hasSingle && !hasDouble)
            qs = doubleQuotedString;
        else
            qs = singleQuote ? singleQuotedString : doubleQuotedString;
    }
    return qs(value, ctx);
}
// The negative lookbehind avoids a polynomial search,
// but isn't supported yet on Safari: https://caniuse.com/js-regexp-lookbehind
let blockEndNewlines;
try {
    blockEndNewlines = new RegExp('(^|(?<!\n))\n+(?!\n|$)', 'g');
}
catch {
    blockEndNewlines = /\n+(?!\n|$)/g;
}
function blockString({ comment, type, value }, ctx, onComment, onChompKeep) {
    const { blockQuote, commentString, lineWidth } = ctx.options;
    // 1. Block can't end in whitespace unless the last line is non-empty.
    // 2. Strings consisting of only whitespace are best rendered explicitly.
    if (!blockQuote || /\n[\t ]+$/.test(value)) {
        return quotedString(value, ctx);
    }
    const indent = ctx.indent ||
        (ctx.forceBlockIndent || containsDocumentMarker(value) ? '  ' : '');
    const literal = blockQuote === 'literal'
        ? true
        : blockQuote === 'folded' || type === Scalar.Scalar.BLOCK_FOLDED
            ? false
            : type === Scalar.Scalar.BLOCK_LITERAL
                ? true
                : !lineLengthOverLimit(value, lineWidth, indent.length);
    if (!value)
        return literal ? '|\n' : '>\n';
    // determine chomping from whitespace at value end
    let chomp;
    let endStart;
    for (endStart = value.length; endStart > 0; --endStart) {
        const ch = value[endStart - 1];
        if (ch !== '\n' && ch !== '\t' && ch !== ' ')
            break;
    }
    let end = value.substring(endStart);
    const endNlPos = end.indexOf('\n');
    if (endNlPos === -1) {
        chomp = '-'; // strip
    }
    else if (value === end || endNlPos !== end.length - 1) {
        chomp = '+'; // keep
        if (onChompKeep)
            onChompKeep();
    }
    else {
        chomp = ''; // clip
    }
    if (end) {
        value = value.slice(0, -end.length);
        if (end[end.length - 1] === '\n')
            end = end.slice(0, -1);
        end = end.replace(blockEndNewlines, `$&${indent}`);
    }
    // determine indent indicator from whitespace at value start
    let startWithSpace = false;
    let startEnd;
    let startNlPos = -1;
    for (startEnd = 0; startEnd < value.length; ++startEnd) {
        const ch = value[startEnd];
        if (ch === ' ')
            startWithSpace = true;
        else if (ch === '\n')
            startNlPos = startEnd;
        else
            break;
    }
    let start = value.substring(0, startNlPos < startEnd ? startNlPos + 1 : startEnd);
    if (start) {
        value = value.substring(start.length);
        start = start.replace(/\n+/g, `$&${indent}`);
    }
    const indentSize = indent ? '2' : '1'; // root is at -1
    // Leading | or > is added later
    let header = (startWithSpace ? indentSize : '') + chomp;
    if (comment) {
        header += ' ' + commentString(comment.replace(/ ?[\r\n]+/g, ' '));
        if (onComment)
            onComment();
    }
    if (!literal) {
        const foldedValue = value
            .replace(/\n+/g, '\n$&')
            .replace(/(?:^|\n)([\t ].*)(?:([\n\t ]*)\n(?![\n\t ]))?/g, '$1$2') // more-indented lines aren't folded
            //                ^ more-ind. ^ empty     ^ capture next empty lines only at end of indent
            .replace(/\n+/g, `$&${indent}`);
        let literalFallback = false;
        const foldOptions = getFoldOptions(ctx, true);
        if (blockQuote !== 'folded' && type !== Scalar.Scalar.BLOCK_FOLDED) {
            foldOptions.onOverflow = () => {
                literalFallback = true;
            };
        }
        const body = foldFlowLines.foldFlowLines(`${start}${foldedValue}${end}`, indent, foldFlowLines.FOLD_BLOCK, foldOptions);
        if (!literalFallback)
            return `>${header}\n${indent}${body}`;
    }
    value = value.replace(/\n+/g, `$&${indent}`);
    return `|${header}\n${indent}${start}${value}${end}`;
}
function plainString(item, ctx, onComment, onChompKeep) {
    const { type, value } = item;
    const { actualString, implicitKey, indent, indentStep, inFlow } = ctx;
    if ((implicitKey && value.includes('\n')) ||
        (inFlow && /[[\]{},]/.test(value))) {
        return quotedString(value, ctx);
    }
    if (/^[\n\t ,[\]{}#&*!|>'"%@`]|^[?-]$|^[?-][ \t]|[\n:][ \t]|[ \t]\n|[\n\t ]#|[\n\t :]$/.test(value)) {
        // not allowed:
        // - '-' or '?'
        // - start with an indicator character (except [?:-]) or /[?-] /
        // - '\n ', ': ' or ' \n' anywhere
        // - '#' not preceded by a non-space char
        // - end with ' ' or ':'
        return implicitKey || inFlow || !value.includes('\n')
            ? quotedString(value, ctx)
            : blockString(item, ctx, onComment, onChompKeep);
    }
    if (!implicitKey &&
        !inFlow &&
        type !== Scalar.Scalar.PLAIN &&
        value.includes('\n')) {
        // Where allowed & type not set explicitly, prefer block style for multiline strings
        return blockString(item, ctx, onComment, onChompKeep);
    }
    if (containsDocumentMarker(value)) {
        if (indent === '') {
            ctx.forceBlockIndent = true;
            return blockString(item, ctx, onComment, onChompKeep);
        }
        else if (implicitKey && indent === indentStep) {
            return quotedString(value, ctx);
        }
    }
    const str = value.replace(/\n+/g, `$&\n${indent}`);
    // Verify that output will be parsed as a string, as e.g. plain numbers and
    // booleans get parsed with those types in v1.2 (e.g. '42', 'true' & '0.9e-3'),
    // and others in v1.1.
    if (actualString) {
        const test = (tag) => tag.default && tag.tag !== 'tag:yaml.org,2002:str' && tag.test?.test(str);
        const { compat, tags } = ctx.doc.schema;
        if (tags.some(test) || compat?.some(test))
            return quotedString(value, ctx);
    }
    return implicitKey
        ? str
        : foldFlowLines.foldFlowLines(str, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
}
function stringifyString(item, ctx, onComment, onChompKeep) {
    const { implicitKey, inFlow } = ctx;
    const ss = typeof item.value === 'string'
        ? item
        : Object.assign({}, item, { value: String(item.value) });
    let { type } = item;
    if (type !== Scalar.Scalar.QUOTE_DOUBLE) {
        // force double quotes on control characters & unpaired surrogates
        if (/[\x00-\x08\x0b-\x1f\x7f-\x9f\u{D800}-\u{DFFF}]/u.test(ss.value))
            type = Scalar.Scalar.QUOTE_DOUBLE;
    }
    const _stringify = (_type) => {
        switch (_type) {
            case Scalar.Scalar.BLOCK_FOLDED:
            case Scalar.Scalar.BLOCK_LITERAL:
                return implicitKey || inFlow
                    ? quotedString(ss.value, ctx) // blocks are not valid inside flow containers
                    : blockString(ss, ctx, onComment, onChompKeep);
            case Scalar.Scalar.QUOTE_DOUBLE:
                return doubleQuotedString(ss.value, ctx);
            case Scalar.Scalar.QUOTE_SINGLE:
                return singleQuotedString(ss.value, ctx);
            case Scalar.Scalar.PLAIN:
                return plainString(ss, ctx, onComment, onChompKeep);
            default:
                return null;
        }
    };
    let res = _stringify(type);
    if (res === null) {
        const { defaultKeyType, defaultStringType } = ctx.options;
        const t = (implicitKey && defaultKeyType) || defaultStringType;
        res = _stringify(t);
        if (res === null)
            throw new Error(`Unsupported default string type ${t}`);
    }
    return res;
}

exports.stringifyString = stringifyString;


/***/ }),

/***/ 204:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);

const BREAK = Symbol('break visit');
const SKIP = Symbol('skip children');
const REMOVE = Symbol('remove node');
/**
 * Apply a visitor to an AST node or document.
 *
 * Walks through the tree (depth-first) starting from `node`, calling a
 * `visitor` function with three arguments:
 *   - `key`: For sequence values and map `Pair`, the node's index in the
 *     collection. Within a `Pair`, `'key'` or `'value'`, correspondingly.
 *     `null` for the root node.
 *   - `node`: The current node.
 *   - `path`: The ancestry of the current node.
 *
 * The return value of the visitor may be used to control the traversal:
 *   - `undefined` (default): Do nothing and continue
 *   - `visit.SKIP`: Do not visit the children of this node, continue with next
 *     sibling
 *   - `visit.BREAK`: Terminate traversal completely
 *   - `visit.REMOVE`: Remove the current node, then continue with the next one
 *   - `Node`: Replace the current node, then continue by visiting it
 *   - `number`: While iterating the items of a sequence or map, set the index
 *     of the next step. This is useful especially if the index of the current
 *     node has changed.
 *
 * If `visitor` is a single function, it will be called with all values
 * encountered in the tree, including e.g. `null` values. Alternatively,
 * separate visitor functions may be defined for each `Map`, `Pair`, `Seq`,
 * `Alias` and `Scalar` node. To define the same visitor function for more than
 * one node type, use the `Collection` (map and seq), `Value` (map, seq & scalar)
 * and `Node` (alias, map, seq & scalar) targets. Of all these, only the most
 * specific defined one will be used for each node.
 */
function visit(node, visitor) {
    const visitor_ = initVisitor(visitor);
    if (identity.isDocument(node)) {
        const cd = visit_(null, node.contents, visitor_, Object.freeze([node]));
        if (cd === REMOVE)
            node.contents = null;
    }
    else
        visit_(null, node, visitor_, Object.freeze([]));
}
// Without the `as symbol` casts, TS declares these in the `visit`
// namespace using `var`, but then complains about that because
// `unique symbol` must be `const`.
/** Terminate visit traversal completely */
visit.BREAK = BREAK;
/** Do not visit the children of the current node */
visit.SKIP = SKIP;
/** Remove the current node */
visit.REMOVE = REMOVE;
function visit_(key, node, visitor, path) {
    const ctrl = callVisitor(key, node, visitor, path);
    if (identity.isNode(ctrl) || identity.isPair(ctrl)) {
        replaceNode(key, path, ctrl);
        return visit_(key, ctrl, visitor, path);
    }
    if (typeof ctrl !== 'symbol') {
        if (identity.isCollection(node)) {
            path = Object.freeze(path.concat(node));
            for (let i = 0; i < node.items.length; ++i) {
                const ci = visit_(i, node.items[i], visitor, path);
                if (typeof ci === 'number')
                    i = ci - 1;
                else if (ci === BREAK)
                    return BREAK;
                else if (ci === REMOVE) {
                    node.items.splice(i, 1);
                    i -= 1;
                }
            }
        }
        else if (identity.isPair(node)) {
            path = Object.freeze(path.concat(node));
            const ck = visit_('key', node.key, visitor, path);
            if (ck === BREAK)
                return BREAK;
            else if (ck === REMOVE)
                node.key = null;
            const cv = visit_('value', node.value, visitor, path);
            if (cv === BREAK)
                return BREAK;
            else if (cv === REMOVE)
                node.value = null;
        }
    }
    return ctrl;
}
/**
 * Apply an async visitor to an AST node or document.
 *
 * Walks through the tree (depth-first) starting from `node`, calling a
 * `visitor` function with three arguments:
 *   - `key`: For sequence values and map `Pair`, the node's index in the
 *     collection. Within a `Pair`, `'key'` or `'value'`, correspondingly.
 *     `null` for the root node.
 *   - `node`: The current node.
 *   - `path`: The ancestry of the current node.
 *
 * The return value of the visitor may be used to control the traversal:
 *   - `Promise`: Must resolve to one of the following values
 *   - `undefined` (default): Do nothing and continue
 *   - `visit.SKIP`: Do not visit the children of this node, continue with next
 *     sibling
 *   - `visit.BREAK`: Terminate traversal completely
 *   - `visit.REMOVE`: Remove the current node, then continue with the next one
 *   - `Node`: Replace the current node, then continue by visiting it
 *   - `number`: While iterating the items of a sequence or map, set the index
 *     of the next step. This is useful especially if the index of the current
 *     node has changed.
 *
 * If `visitor` is a single function, it will be called with all values
 * encountered in the tree, including e.g. `null` values. Alternatively,
 * separate visitor functions may be defined for each `Map`, `Pair`, `Seq`,
 * `Alias` and `Scalar` node. To define the same visitor function for more than
 * one node type, use the `Collection` (map and seq), `Value` (map, seq & scalar)
 * and `Node` (alias, map, seq & scalar) targets. Of all these, only the most
 * specific defined one will be used for each node.
 */
async function visitAsync(node, visitor) {
    const visitor_ = initVisitor(visitor);
    if (identity.isDocument(node)) {
        const cd = await visitAsync_(null, node.contents, visitor_, Object.freeze([node]));
        if (cd === REMOVE)
            node.contents = null;
    }
    else
        await visitAsync_(null, node, visitor_, Object.freeze([]));
}
// Without the `as symbol` casts, TS declares these in the `visit`
// namespace using `var`, but then complains about that because
// `unique symbol` must be `const`.
/** Terminate visit traversal completely */
visitAsync.BREAK = BREAK;
/** Do not visit the children of the current node */
visitAsync.SKIP = SKIP;
/** Remove the current node */
visitAsync.REMOVE = REMOVE;
async function visitAsync_(key, node, visitor, path) {
    const ctrl = await callVisitor(key, node, visitor, path);
    if (identity.isNode(ctrl) || identity.isPair(ctrl)) {
        replaceNode(key, path, ctrl);
        return visitAsync_(key, ctrl, visitor, path);
    }
    if (typeof ctrl !== 'symbol') {
        if (identity.isCollection(node)) {
            path = Object.freeze(path.concat(node));
            for (let i = 0; i < node.items.length; ++i) {
                const ci = await visitAsync_(i, node.items[i], visitor, path);
                if (typeof ci === 'number')
                    i = ci - 1;
                else if (ci === BREAK)
                    return BREAK;
                else if (ci === REMOVE) {
                    node.items.splice(i, 1);
                    i -= 1;
                }
            }
        }
        else if (identity.isPair(node)) {
            path = Object.freeze(path.concat(node));
            const ck = await visitAsync_('key', node.key, visitor, path);
            if (ck === BREAK)
                return BREAK;
            else if (ck === REMOVE)
                node.key = null;
            const cv = await visitAsync_('value', node.value, visitor, path);
            if (cv === BREAK)
                return BREAK;
            else if (cv === REMOVE)
                node.value = null;
        }
    }
    return ctrl;
}
function initVisitor(visitor) {
    if (typeof visitor === 'object' &&
        (visitor.Collection || visitor.Node || visitor.Value)) {
        return Object.assign({
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
        }, visitor);
    }
    return visitor;
}
function callVisitor(key, node, visitor, path) {
    if (typeof visitor === 'function')
        return visitor(key, node, path);
    if (identity.isMap(node))
        return visitor.Map?.(key, node, path);
    if (identity.isSeq(node))
        return visitor.Seq?.(key, node, path);
    if (identity.isPair(node))
        return visitor.Pair?.(key, node, path);
    if (identity.isScalar(node))
        return visitor.Scalar?.(key, node, path);
    if (identity.isAlias(node))
        return visitor.Alias?.(key, node, path);
    return undefined;
}
function replaceNode(key, path, node) {
    const parent = path[path.length - 1];
    if (identity.isCollection(parent)) {
        parent.items[key] = node;
    }
    else if (identity.isPair(parent)) {
        if (key === 'key')
            parent.key = node;
        else
            parent.value = node;
    }
    else if (identity.isDocument(parent)) {
        parent.contents = node;
    }
    else {
        const pt = identity.isAlias(parent) ? 'alias' : 'scalar';
        throw new Error(`Cannot replace node with ${pt} parent`);
    }
}

exports.visit = visit;
exports.visitAsync = visitAsync;


/***/ })

/******/ });
/************************************************************************/
/******/ // The module cache
/******/ var __webpack_module_cache__ = {};
/******/ 
/******/ // The require function
/******/ function __nccwpck_require__(moduleId) {
/******/ 	// Check if module is in cache
/******/ 	var cachedModule = __webpack_module_cache__[moduleId];
/******/ 	if (cachedModule !== undefined) {
/******/ 		return cachedModule.exports;
/******/ 	}
/******/ 	// Create a new module (and put it into the cache)
/******/ 	var module = __webpack_module_cache__[moduleId] = {
/******/ 		// no module.id needed
/******/ 		// no module.loaded needed
/******/ 		exports: {}
/******/ 	};
/******/ 
/******/ 	// Execute the module function
/******/ 	var threw = true;
/******/ 	try {
/******/ 		__webpack_modules__[moduleId](module, module.exports, __nccwpck_require__);
/******/ 		threw = false;
/******/ 	} finally {
/******/ 		if(threw) delete __webpack_module_cache__[moduleId];
/******/ 	}
/******/ 
/******/ 	// Return the exports of the module
/******/ 	return module.exports;
/******/ }
/******/ 
/************************************************************************/
/******/ /* webpack/runtime/asset-relocator-loader */
/******/ if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = decodeURIComponent(new URL('.', import.meta.url).pathname).slice(import.meta.url.match(/^file:\/\/\/\w:/) ? 1 : 0, -1) + "/";
/******/ 
/************************************************************************/
var __webpack_exports__ = {};

;// CONCATENATED MODULE: external "node:fs"
const external_node_fs_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");
;// CONCATENATED MODULE: external "node:crypto"
const external_node_crypto_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");
;// CONCATENATED MODULE: ./src/model/rule.ts
/** Where the rule pages are published; the docs link of a rule is `${base}${id}.md`. */
const DOCS_BASE_URL = "https://github.com/mta-sts-lint/mta-sts-lint/blob/main/docs/rules/";
/**
 * The page of rule `id` under `base`. The action passes the docs of the very version a
 * workflow runs (its repository and ref), so a link never shows a newer rule text.
 */
function docsUrl(id, base = DOCS_BASE_URL) {
    return `${base.endsWith("/") ? base : `${base}/`}${id}.md`;
}

;// CONCATENATED MODULE: ./src/report/escape.ts
/**
 * Escaping for every output medium. Findings quote policy files, zone files, DNS answers and
 * HTTP bodies: text that anyone who can open a pull request (or run a DNS server) controls.
 * Whatever it contains must stay data: no forged log lines, no workflow commands, no HTML, no
 * markdown links, no @-mentions, no terminal escape sequences.
 */
/**
 * Characters that are shown as `\xNN` / `\u{...}` instead of being written as they are: C0
 * controls (tab aside), DEL, C1 controls (0x9B is a one-byte CSI on some terminals), the
 * Unicode line and paragraph separators, bidirectional overrides and isolates (they reorder
 * what a reader sees, "Trojan Source"), and the byte-order mark.
 */
const INVISIBLE = /[\p{Cc}\u2028\u2029\u202a-\u202e\u2066-\u2069\ufeff]/gu;
function visibleForm(ch) {
    const code = ch.charCodeAt(0);
    return code <= 0xff
        ? `\\x${code.toString(16).padStart(2, "0")}`
        : `\\u{${code.toString(16).toUpperCase()}}`;
}
/**
 * Replaces control characters (tab aside) and invisible reordering characters with visible
 * escapes, so `ESC[2J` prints as `\x1b[2J` and a CR cannot overwrite a line on a terminal.
 * With `keepLineFeeds`, LF stays a line break (for multi-line fixes); CR never does.
 */
function visibleControls(text, opts = {}) {
    return text.replace(INVISIBLE, (ch) => ch === "\t" || (ch === "\n" && opts.keepLineFeeds) ? ch : visibleForm(ch));
}
const HTML_ENTITIES = {
    "&": "&amp;",
    "<": "&lt;",
    ">": "&gt;",
    '"': "&quot;",
    "'": "&#39;",
};
/** Escapes the five HTML-significant characters (safe in text and in quoted attributes). */
function escapeHtml(text) {
    return text.replace(/[&<>"']/g, (c) => HTML_ENTITIES[c]);
}
/**
 * A zero-width space written as an entity. GitHub links `@user`, `@org/team` and `#123` in
 * rendered text nodes (outside code); a zero-width space after the sigil breaks the match
 * while the text still reads the same.
 */
const ZWSP = "&#8203;";
function breakMentions(escaped) {
    return (escaped
        // GitHub's mention pattern wants a non-word character (or nothing) before the `@`, so
        // e-mail addresses (a TLS-RPT `rua`) are left intact and stay copyable.
        .replace(/(^|[^A-Za-z0-9_])@(?=[A-Za-z0-9_])/g, `$1@${ZWSP}`)
        // `#123` and `owner/repo#123`; not the `#` of an entity such as `&#39;`.
        .replace(/(?<!&)#(?=\d)/g, `#${ZWSP}`));
}
/**
 * Untrusted text for an HTML text node of the job summary: visible controls, entities, and no
 * mentions or issue references. One line: line feeds are shown as `\x0a`.
 */
function escape_htmlText(text) {
    return breakMentions(escapeHtml(visibleControls(text)));
}
/**
 * Untrusted text for `<code>`/`<pre>` (GitHub does not link mentions inside code, so the text
 * stays copyable). Line feeds become `&#10;`: a literal blank line would end the surrounding
 * HTML block in GitHub-flavoured markdown and let the rest be read as markdown.
 */
function escape_htmlCode(text) {
    return escapeHtml(visibleControls(text, { keepLineFeeds: true })).replace(/\n/g, "&#10;");
}
/**
 * Untrusted text for an inline markdown context (a table cell, a list item, a heading).
 * Entities for `<`, `>`, `&`; a backslash before every other character that could start
 * markup (GFM lets any ASCII punctuation be escaped); block markers at the start (`-`, `+`,
 * `=`, `1.`) escaped too; line feeds shown as `\x0a`; mentions and issue references broken.
 */
function escapeMarkdownInline(text) {
    let s = visibleControls(text);
    s = s.replace(/[\\`*_[\]()#|~!{}]/g, "\\$&");
    s = s.replace(/[&<>"]/g, (c) => HTML_ENTITIES[c]);
    s = s.replace(/^(\s*)([-+=])/, "$1\\$2");
    s = s.replace(/^(\s*\d+)\./, "$1\\.");
    // `\#123` still renders `#123`, which the reference filter links: break it like `@user`.
    return breakMentions(s);
}
/**
 * Makes every line of log output inert for the Actions runner. The runner reads a line as a
 * command when it starts with `::` after leading whitespace (`::error::`, `::add-mask::`,
 * `::stop-commands::` ...), and reads the legacy form `##[name]` anywhere in a line. A
 * backslash before the `::` and before the `[` keeps the text readable and the line inert.
 * The action also wraps its log output in `::stop-commands::`; this holds when it does not.
 */
function neutralizeWorkflowCommands(text) {
    return text
        .split("\n")
        .map((line) => defuseLegacyCommands(line.replace(/^(\s*)::/, "$1\\::")))
        .join("\n");
}
/** Defuses the legacy `##[name]` command form, which the runner finds anywhere in a line. */
function defuseLegacyCommands(text) {
    return text.replace(/##\[/g, "##\\[");
}
/** Characters JSON.stringify leaves raw that terminals or the runner would act on. */
const JSON_UNSAFE = /[\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069\ufeff]/g;
/**
 * JSON text with the same data as `JSON.stringify(value, null, 2)` that is also safe to print:
 * DEL, C1 controls and invisible reordering characters become `\uXXXX` escapes (C0 controls
 * already do), and `##[` inside strings is written `##\u005b` so a log line of the report
 * is never a legacy workflow command. A JSON line never starts with `::`.
 */
function safeJsonStringify(value) {
    const json = JSON.stringify(value, null, 2) ?? "null";
    return json
        .replace(JSON_UNSAFE, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`)
        .replace(/##\[/g, "##\\u005b");
}

;// CONCATENATED MODULE: ./src/model/finding.ts
const SEVERITIES = ["error", "warning", "notice"];
function severityRank(s) {
    return SEVERITIES.indexOf(s);
}
const AREAS = [
    "policy",
    "sts-record",
    "mx",
    "tlsrpt",
    "zone",
    "change",
    "dns",
    "https",
    "smtp",
];

;// CONCATENATED MODULE: ./src/report/group.ts

/** The file, URL or host a finding points at ("" when it points nowhere). */
function targetOf(location) {
    return location.file ?? location.url ?? location.host ?? "";
}
/** Duplicates are the same rule, target, line and message (rules.md, "Shared policy files"). */
function duplicateKey(f) {
    return [f.rule, targetOf(f.location), f.location.span?.line ?? "", f.message].join("\u0000");
}
/** Groups duplicate findings, keeping the order of first appearance. */
function mergeDuplicates(findings) {
    // The domains of each group as a Set too: thousands of domains sharing one policy file make
    // one group per finding, and a list lookup per finding would be quadratic.
    const byKey = new Map();
    for (const f of findings) {
        const key = duplicateKey(f);
        const seen = byKey.get(key);
        if (!seen) {
            const domains = f.domain ? [f.domain] : [];
            const merged = { finding: f, severity: f.severity, domains };
            byKey.set(key, { merged, domains: new Set(domains) });
            continue;
        }
        const { merged } = seen;
        if (severityRank(f.severity) < severityRank(merged.severity))
            merged.severity = f.severity;
        if (f.domain && !seen.domains.has(f.domain)) {
            seen.domains.add(f.domain);
            merged.domains.push(f.domain);
        }
    }
    return [...byKey.values()].map((group) => group.merged);
}
/** `file:line:col`, `file`, the URL or the host; undefined when the finding has no location. */
function describeLocation(location) {
    const target = targetOf(location);
    if (!target)
        return undefined;
    const span = location.span;
    return span ? `${target}:${span.line}:${span.column}` : target;
}
/** "example.com", "example.com, example.org" or "example.com and 11 more". */
function listDomains(domains, max = 3) {
    if (domains.length <= max)
        return domains.join(", ");
    return `${domains.slice(0, max).join(", ")} and ${domains.length - max} more`;
}

;// CONCATENATED MODULE: ./src/report/sarif.ts




const SCHEMA_URI = "https://json.schemastore.org/sarif-2.1.0.json";
/** Key of our fingerprint in `partialFingerprints`; bump the version if its input changes. */
const FINGERPRINT_KEY = "mtaStsLint/v1";
const LEVELS = { error: "error", warning: "warning", notice: "note" };
/** GitHub code scanning's own severity scale for non-security alerts. */
const PROBLEM_SEVERITY = {
    error: "error",
    warning: "warning",
    notice: "recommendation",
};
/**
 * Plain-text SARIF messages may embed links as `[text](target)` (SARIF 2.1.0 §3.11.6), and
 * code scanning renders them: brackets from a policy or a DNS answer are escaped so they stay
 * text. Controls are shown, not written.
 */
function sarifText(text, keepLineFeeds = false) {
    return visibleControls(text, { keepLineFeeds }).replace(/[[\]]/g, "\\$&");
}
/** "RFC 8461 §3.2" → "rfc8461", a tag users can filter alerts by. */
function rfcTag(rfc) {
    const m = rfc?.match(/RFC\s*(\d+)/i);
    return m ? [`rfc${m[1]}`] : [];
}
function ruleDescriptor(meta, docsBase, page) {
    const url = docsUrl(meta.id, docsBase);
    const full = meta.rfc ? `${meta.description} (${meta.rfc})` : meta.description;
    const help = page
        ? {
            text: `${page.trimEnd()}\n\nDocumentation: ${url}`,
            markdown: `${page.trimEnd()}\n\n[Documentation of ${meta.id}](${url})`,
        }
        : {
            text: `${full}\nDocumentation: ${url}`,
            markdown: `${escapeMarkdownInline(full)}\n\n[Documentation of ${escapeMarkdownInline(meta.id)}](${url})`,
        };
    return {
        id: meta.id,
        name: meta.id,
        shortDescription: { text: meta.description },
        fullDescription: { text: full },
        helpUri: url,
        help,
        defaultConfiguration: { level: LEVELS[meta.defaultSeverity] },
        properties: {
            tags: ["mta-sts", meta.area ?? "configuration", ...rfcTag(meta.rfc)],
            precision: "very-high",
            "problem.severity": PROBLEM_SEVERITY[meta.defaultSeverity],
        },
    };
}
/** A rule that is not in the catalog passed in (a finding about an internal error, say). */
function unknownRule(id, severity) {
    return { id, area: null, defaultSeverity: severity, description: `Findings of ${id}.` };
}
/**
 * A repository-relative path as a URI reference against %SRCROOT%; each segment
 * percent-encoded (a `:` in a first segment would otherwise read as a URI scheme). Absolute
 * paths become `file:` URIs without a base.
 */
function artifactLocation(file) {
    const path = file.replace(/\\/g, "/");
    const encode = (p) => p.split("/").map(encodeURIComponent).join("/");
    if (/^[A-Za-z]:\//.test(path))
        return { uri: `file:///${path.slice(0, 2)}${encode(path.slice(2))}` };
    if (path.startsWith("/"))
        return { uri: `file://${encode(path)}` };
    return { uri: encode(path.replace(/^(\.\/)+/, "")), uriBaseId: "%SRCROOT%" };
}
/**
 * Where a finding is shown. GitHub code scanning rejects results without a location and
 * needs a start line, so a finding without a file of its own (live checks: a URL or a host)
 * is attached to line 1 of its domain's policy file (HTTPS findings) or zone file (DNS and
 * SMTP), else to the configuration file; its message names the URL or host. A finding with
 * a file but no span points at line 1 of the file.
 */
function locate(f, domains, opts) {
    let file = f.location.file;
    let span = f.location.span;
    if (file === undefined) {
        const d = f.domain === undefined ? undefined : domains.get(f.domain);
        const policyFirst = f.location.url !== undefined || f.area === "https" || f.rule.startsWith("https-");
        const candidates = policyFirst ? [d?.policyFile, d?.zoneFile] : [d?.zoneFile, d?.policyFile];
        file = [...candidates, opts.configFile].find((x) => x !== undefined);
        span = undefined;
    }
    if (file === undefined)
        return undefined;
    const region = span
        ? {
            startLine: span.line,
            startColumn: span.column,
            endLine: span.endLine,
            endColumn: span.endColumn,
        }
        : { startLine: 1 };
    return [{ physicalLocation: { artifactLocation: artifactLocation(file), region } }];
}
function resultMessage(m) {
    const { location, message, fix } = m.finding;
    const live = location.file === undefined ? (location.url ?? location.host) : undefined;
    let text = sarifText(live ? `${live}: ${message}` : message);
    if (m.domains.length > 1)
        text += ` Domains: ${sarifText(listDomains(m.domains, 10))}.`;
    // The fix is shown, not offered as a SARIF `fixes` entry: a finding's fix replaces "the
    // located span or the whole line", and which one is not recorded, so a replacement region
    // cannot be stated exactly.
    if (fix !== undefined)
        text += `\nFix:\n${sarifText(fix, true)}`;
    return text;
}
/**
 * Stable across runs: rule, target and message, never the line (editing lines above a
 * finding must not turn it into a new alert). Findings that share all three are told apart
 * by their order, as CodeQL's own `hash:n` fingerprints do.
 */
function fingerprint(f, seen) {
    const hash = (0,external_node_crypto_namespaceObject.createHash)("sha256")
        .update([f.rule, targetOf(f.location), f.message].join("\u0000"))
        .digest("hex")
        .slice(0, 32);
    const n = (seen.get(hash) ?? 0) + 1;
    seen.set(hash, n);
    return `${hash}:${n}`;
}
/**
 * The SARIF 2.1.0 log for GitHub code scanning: one run, every catalog rule as a descriptor
 * (so rule indexes stay the same from run to run), one result per distinct finding.
 */
function buildSarif(report, rules, opts) {
    const metas = [...rules];
    const index = new Map(metas.map((r, i) => [r.id, i]));
    const merged = mergeDuplicates(report.findings);
    for (const m of merged) {
        if (index.has(m.finding.rule))
            continue;
        index.set(m.finding.rule, metas.length);
        metas.push(unknownRule(m.finding.rule, m.severity));
    }
    // Looked up per finding without a file: a list search would be quadratic with many domains.
    // The first entry wins, as a search in report order would.
    const domains = new Map();
    for (const d of report.domains)
        if (!domains.has(d.domain))
            domains.set(d.domain, d);
    const docsBase = opts.docsBase ?? DOCS_BASE_URL;
    const seen = new Map();
    const results = merged.map((m) => {
        const f = m.finding;
        const result = {
            ruleId: f.rule,
            ruleIndex: index.get(f.rule),
            level: LEVELS[m.severity],
            message: { text: resultMessage(m) },
            partialFingerprints: { [FINGERPRINT_KEY]: fingerprint(f, seen) },
        };
        const locations = locate(f, domains, opts);
        if (locations)
            result.locations = locations;
        const properties = {};
        if (m.domains.length > 0)
            properties.domains = m.domains;
        if (f.location.file === undefined && f.location.url)
            properties.url = f.location.url;
        if (f.location.file === undefined && f.location.host)
            properties.host = f.location.host;
        if (Object.keys(properties).length > 0)
            result.properties = properties;
        return result;
    });
    return {
        $schema: SCHEMA_URI,
        version: "2.1.0",
        runs: [
            {
                tool: {
                    driver: {
                        name: opts.toolName ?? "mta-sts-lint",
                        version: opts.toolVersion,
                        semanticVersion: opts.toolVersion,
                        informationUri: opts.informationUri,
                        rules: metas.map((meta) => ruleDescriptor(meta, docsBase, opts.ruleHelp?.(meta.id))),
                    },
                },
                columnKind: "utf16CodeUnits",
                results,
            },
        ],
    };
}
/** `--format sarif` / the `sarif-file` input: the log as JSON text that is safe to print. */
function formatSarif(report, rules, opts) {
    return `${safeJsonStringify(buildSarif(report, rules, opts))}\n`;
}

;// CONCATENATED MODULE: external "node:url"
const external_node_url_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:url");
;// CONCATENATED MODULE: ./src/model/hostname.ts

/**
 * Host names are compared as RFC 8461 §4.1 asks: lowercase A-labels, one trailing dot removed.
 * U-labels are converted with the WHATWG/UTS-46 mapping node:url implements.
 */
function normalizeHost(name) {
    let n = name.endsWith(".") ? name.slice(0, -1) : name;
    n = n.toLowerCase();
    // biome-ignore lint/suspicious/noControlCharactersInRegex: ASCII test
    if (!/^[\x00-\x7f]*$/.test(n)) {
        const ascii = (0,external_node_url_namespaceObject.domainToASCII)(n);
        if (ascii)
            n = ascii;
    }
    return n;
}
/** The A-label form of a name written with U-labels, or undefined when it has none or is invalid. */
function toALabel(name) {
    // biome-ignore lint/suspicious/noControlCharactersInRegex: ASCII test
    if (/^[\x00-\x7f]*$/.test(name))
        return undefined;
    const ascii = (0,external_node_url_namespaceObject.domainToASCII)(name.toLowerCase());
    return ascii || undefined;
}
/**
 * Does an MTA-STS `mx` pattern cover a host (RFC 8461 §4.1)? Both are normalised first.
 * A pattern `*.S` covers exactly one extra left-most label: `*.example.net` covers
 * `mx1.example.net` but neither `example.net` nor `a.b.example.net`. Never substring matching.
 */
function patternCovers(pattern, host) {
    const p = normalizeHost(pattern);
    const h = normalizeHost(host);
    if (p.startsWith("*.")) {
        const suffix = p.slice(1); // ".example.net"
        if (!h.endsWith(suffix))
            return false;
        const label = h.slice(0, h.length - suffix.length);
        return label.length > 0 && !label.includes(".");
    }
    return p === h;
}
/** Is `name` equal to `zone` or below it? (normalised names) */
function isAtOrBelow(name, zone) {
    return name === zone || name.endsWith(`.${zone}`);
}
const LDH_LABEL = /^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/i;
/** Is this a syntactically valid host name (LDH labels of 1–63 octets, at most 253 octets)? */
function isValidHostName(name) {
    if (name.length === 0 || name.length > 253)
        return false;
    return name.split(".").every((l) => LDH_LABEL.test(l));
}
/** Looks like an IPv4 or IPv6 address literal (possibly bracketed). */
function isIpLiteral(value) {
    const v = value.replace(/^\[|\]$/g, "");
    if (/^\d{1,3}(\.\d{1,3}){3}$/.test(v))
        return true;
    return v.includes(":") && /^[0-9a-f:.]+$/i.test(v);
}

;// CONCATENATED MODULE: ./src/model/ids.ts
/**
 * A fresh id in the form RFC 8461 §3.1's example suggests: a UTC timestamp, here
 * YYYYMMDDHHMMSS (digits only, so it satisfies `1*32(ALPHA / DIGIT)`).
 */
function timestampId(now) {
    const iso = now.toISOString(); // 2024-01-31T12:34:56.789Z
    return iso.slice(0, 19).replace(/[-:T]/g, "");
}

;// CONCATENATED MODULE: ./src/model/position.ts
function span(line, column, endLine, endColumn) {
    return { line, column, endLine, endColumn };
}
/** The empty span before the first character: for problems of the text as a whole (a BOM, binary content). */
const START_OF_TEXT = Object.freeze(span(1, 1, 1, 1));
/** The span from the start of `first` to the end of `last` (e.g. a run of tokens). */
function spanFrom(first, last) {
    return {
        line: first.line,
        column: first.column,
        endLine: last.endLine,
        endColumn: last.endColumn,
    };
}
/** A span covering `length` characters starting at (line, column) on one line. */
function spanOnLine(line, column, length) {
    return { line, column, endLine: line, endColumn: column + length };
}
/** Maps offsets in a text to 1-based line/column positions (LF, CRLF and lone CR end lines). */
class LineIndex {
    text;
    starts = [0];
    constructor(text) {
        this.text = text;
        for (let i = 0; i < text.length; i++) {
            const c = text.charCodeAt(i);
            if (c === 10)
                this.starts.push(i + 1);
            else if (c === 13 && text.charCodeAt(i + 1) !== 10)
                this.starts.push(i + 1);
        }
    }
    get lineCount() {
        return this.starts.length;
    }
    position(offset) {
        const o = Math.max(0, Math.min(offset, this.text.length));
        let lo = 0;
        let hi = this.starts.length - 1;
        while (lo < hi) {
            const mid = (lo + hi + 1) >> 1;
            if (this.starts[mid] <= o)
                lo = mid;
            else
                hi = mid - 1;
        }
        return { line: lo + 1, column: o - this.starts[lo] + 1 };
    }
    span(start, end) {
        const a = this.position(start);
        const b = this.position(Math.max(start, end));
        return { line: a.line, column: a.column, endLine: b.line, endColumn: b.column };
    }
}

;// CONCATENATED MODULE: ./src/model/locations.ts

/** A finding about a zone record: the record in its own file (an included file names itself). */
function recordLocation(record) {
    return { file: record.file, span: record.span };
}
/**
 * A finding about something absent from the zone: the apex SOA record when the zone has one
 * (the top of the zone), else the first line of the zone file. With `owner`, that name's own SOA
 * comes first wherever it was read: a finding about one domain of a zone that holds several
 * (or includes a sub-zone's file) lands on that domain's SOA.
 */
function zoneAnchor(zone, owner) {
    const soa = (owner !== undefined ? zone.byName.get(owner)?.find((r) => r.type === "SOA") : undefined) ??
        zone.records.find((r) => r.type === "SOA" && r.file === zone.file);
    if (soa)
        return recordLocation(soa);
    return { file: zone.file, span: START_OF_TEXT };
}
/** "line 12", or "line 12 of zones/inc.zone" when the record was read from another file. */
function lineRef(record, from) {
    const where = `line ${record.span.line}`;
    return record.file === from ? where : `${where} of ${record.file}`;
}
/** A finding about a policy line, from a domain rule: the policy's file (or URL) and that line. */
function policyFieldLocation(domain, policy, field) {
    const location = { span: field.lineSpan };
    const file = policy.source.file ?? domain.policyFile;
    if (file !== undefined)
        location.file = file;
    if (policy.source.url !== undefined)
        location.url = policy.source.url;
    return location;
}
/** The field itself (name to end of value), without any indentation before it. */
function fieldSpan(field) {
    return spanFrom(field.nameSpan, field.valueSpan);
}

;// CONCATENATED MODULE: ./src/model/text-similarity.ts
/**
 * How close two names are, as a person typing sees it: shared by the policy's field-name typo
 * check and the configuration file's "did you mean" hints, so both judge a slip alike.
 */
/**
 * Edit distance with adjacent transpositions counted as one edit (optimal string alignment):
 * `mdoe` is one slip away from `mode`, as a person typing sees it.
 */
function editDistance(a, b) {
    const rows = a.length + 1;
    const cols = b.length + 1;
    const d = Array.from({ length: rows }, (_, i) => Array.from({ length: cols }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
    for (let i = 1; i < rows; i++) {
        for (let j = 1; j < cols; j++) {
            const cost = a[i - 1] === b[j - 1] ? 0 : 1;
            let best = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost);
            if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
                best = Math.min(best, d[i - 2][j - 2] + 1);
            }
            d[i][j] = best;
        }
    }
    return d[rows - 1][cols - 1];
}
/** A name with case, `-` and `_` ignored: `Max-Age`, `MAXAGE` and `max_age` compare equal. */
function foldName(name) {
    return name.toLowerCase().replace(/[-_]/g, "");
}
/**
 * The known name `name` was most likely meant to be: the first one equal up to case, `-` and
 * `_`; else, when `maxDistance` is given, the nearest one within that many edits (ties: the
 * first in `known`). Undefined when nothing is close enough.
 */
function closestName(name, known, maxDistance = 0) {
    const folded = foldName(name);
    const candidates = [...known];
    const sameWord = candidates.find((k) => foldName(k) === folded);
    if (sameWord !== undefined || maxDistance <= 0)
        return sameWord;
    const lower = name.toLowerCase();
    let best;
    for (const k of candidates) {
        const distance = editDistance(lower, k.toLowerCase());
        if (distance <= maxDistance && (!best || distance < best.distance))
            best = { name: k, distance };
    }
    return best?.name;
}

;// CONCATENATED MODULE: ./src/model/field-names.ts

/** The fields RFC 8461 §3.2 defines. Names are case-sensitive (`%s"mode"` in the ABNF). */
const KNOWN_FIELDS = ["version", "mode", "max_age", "mx"];
function isKnownField(name) {
    return KNOWN_FIELDS.includes(name);
}
/**
 * How far a name may stray from each known field and still count as a typo of it (rules.md,
 * "Likely typos"): short names get one edit, long ones two, so `id` is not taken for `mx`.
 */
const TYPO_DISTANCE = { version: 2, mode: 1, max_age: 2, mx: 1 };
/**
 * The known field a name was most likely meant to be, or undefined when it is the known field
 * itself or reads as a genuine extension. Same name up to case, `-` and `_` wins; otherwise the
 * nearest known field within its typo distance (ties: the order of KNOWN_FIELDS).
 */
function likelyIntendedField(name) {
    if (isKnownField(name))
        return undefined;
    const folded = foldName(name);
    const sameWord = KNOWN_FIELDS.find((known) => foldName(known) === folded);
    if (sameWord)
        return sameWord;
    const lower = name.toLowerCase();
    let best;
    for (const known of KNOWN_FIELDS) {
        const distance = editDistance(lower, known);
        if (distance <= TYPO_DISTANCE[known] && (!best || distance < best.distance)) {
            best = { field: known, distance };
        }
    }
    return best?.field;
}
/** Fields whose name looks like a typo of `known` (they do not count as `known` for senders). */
function misspellingsOf(doc, known) {
    return doc.fields.filter((f) => likelyIntendedField(f.name) === known);
}
// ---------------------------------------------------------------------------------------------
// Writing and pointing at policy lines: shared by the policy rules so that every corrected line,
// quoted value and missing-field position looks the same.
/** A policy line as the ABNF wants it: name, colon, one space, value. */
function fieldLine(name, value) {
    return `${name}: ${value}`;
}
/** The line end the policy already uses, for fixes that add lines. */
function lineEndOf(doc) {
    return doc.lineEnding === "CRLF" ? "\r\n" : "\n";
}
/** Placeholder syntax left over from a template (`[enforce|testing|none]`, `<host>`, `your_domain`). */
function looksLikeTemplate(value) {
    return /[[\]|<>{}]/.test(value) || /your[_-]?(domain|mail|server|host)|\.tld\b/i.test(value);
}
/**
 * What strict senders do with a policy that breaks the ABNF or lacks a required field; checked
 * in postfix-mta-sts-resolver (resolver.py) and mox (mtasts/parse.go). Every "the policy is
 * invalid" message ends with it so operators read the same consequence everywhere.
 */
const POLICY_REJECTED = 'senders such as postfix-mta-sts-resolver and mox reject the whole policy and deliver as if the domain had no MTA-STS (TLS-RPT reports show "sts-policy-invalid")';

;// CONCATENATED MODULE: ./src/model/wording.ts
/**
 * Wording shared by every rule's messages, so values look the same in every finding. Messages
 * are plain text; each output format escapes them for its medium (src/report/).
 */
/** Senders that apply MTA-STS policies; named in messages so operators know who is affected. */
const ENFORCING_SENDERS = "Google, Microsoft, Postfix with postfix-mta-sts-resolver, Stalwart, mox";
/** Senders that send TLS-RPT reports (RFC 8460); named where a report destination is at stake. */
const REPORTING_SENDERS = "Google, Microsoft and others that send RFC 8460 reports";
/** Longest value shown in full; longer ones are cut so the message stays readable. */
const QUOTE_LIMIT = 120;
/** A value in double quotes: control characters made visible, long values cut with "…". */
function wording_quoted(value) {
    const shown = value.length > QUOTE_LIMIT ? `${value.slice(0, QUOTE_LIMIT - 1)}…` : value;
    // biome-ignore lint/suspicious/noControlCharactersInRegex: making controls visible is the point
    const visible = shown.replace(/[\x00-\x1f\x7f]/g, (c) => c === "\t" ? "\\t" : `\\x${c.charCodeAt(0).toString(16).padStart(2, "0")}`);
    return `"${visible}"`;
}
/** A short, quoted list of values: `"a", "b" and 3 more`. */
function quotedList(values, max = 5) {
    const shown = values.slice(0, max).map(wording_quoted);
    const rest = values.length - shown.length;
    return rest > 0 ? `${shown.join(", ")} and ${rest} more` : shown.join(", ");
}
/** Text from another stage (parser, settings) as a sentence, so rules can append to it. */
function asSentence(text) {
    const t = text.trimEnd();
    return /[.!?]$/.test(t) ? t : `${t}.`;
}
/** The text with its first character in upper case, to start a sentence with a clause. */
function capitalize(text) {
    return text.charAt(0).toUpperCase() + text.slice(1);
}
/** Seconds as a person reads them, two largest units: "1 hour", "16 hours 48 minutes", "7 days". */
function describeDuration(seconds) {
    const units = [
        [86400, "day"],
        [3600, "hour"],
        [60, "minute"],
        [1, "second"],
    ];
    const parts = [];
    let rest = seconds;
    for (const [size, unit] of units) {
        const n = Math.floor(rest / size);
        if (n > 0 && parts.length < 2) {
            parts.push(`${n} ${unit}${n === 1 ? "" : "s"}`);
            rest -= n * size;
        }
    }
    return parts.length > 0 ? parts.join(" ") : "0 seconds";
}

;// CONCATENATED MODULE: ./src/model/mx-pattern.ts


const MAX_LABEL_OCTETS = 63;
const MAX_NAME_OCTETS = 253;
const LDH = /^[A-Za-z0-9-]+$/;
function checkMxPattern(value) {
    // Several names on one line (comma, semicolon or space separated) is a common slip.
    const names = value.split(/[\s,;]+/).filter((n) => n.length > 0);
    if (names.length === 0)
        return { problems: ["the value is empty"] };
    const problems = [];
    if (names.length > 1) {
        problems.push(`it holds ${names.length} names, but each pattern needs its own "mx:" line (RFC 8461 §3.2)`);
    }
    const corrected = [];
    let repairable = true;
    for (const name of names) {
        const one = checkOneName(name);
        problems.push(...one.problems);
        if (one.corrected === undefined)
            repairable = false;
        else
            corrected.push(one.corrected);
    }
    if (problems.length === 0)
        return { problems };
    return repairable ? { problems, corrected } : { problems };
}
function isValidMxPattern(value) {
    return checkMxPattern(value).problems.length === 0;
}
/**
 * The form in which two patterns are the same pattern for senders: lowercase A-labels without
 * a trailing dot (`MX.Example.com.` and `mx.example.com` are one pattern).
 */
function mxPatternKey(value) {
    return normalizeHost(value.trim());
}
function checkOneName(written) {
    const problems = [];
    let repairable = true;
    let name = written;
    // "https://mail.example.com/" or "mail.example.com:25": the host is plain to see.
    const url = /^[a-z][a-z0-9+.-]*:\/\/([^/?#:]*)/i.exec(name);
    if (url) {
        problems.push(`${wording_quoted(written)} is a URL; a pattern is the host name alone`);
        name = url[1];
    }
    else {
        const port = /^([^:]+\.[^:]*):(\d+)$/.exec(name);
        if (port) {
            problems.push(`${wording_quoted(written)} carries a port; a pattern is the host name alone`);
            name = port[1];
        }
    }
    if (name === ".") {
        return {
            problems: [...problems, `"." is the DNS root (the null MX of RFC 7505), not a host name`],
        };
    }
    if (isIpLiteral(name.replace(/\.$/, ""))) {
        return {
            problems: [
                ...problems,
                `${wording_quoted(name)} is an IP address; patterns match the MX host name, never an address (RFC 8461 §4.1)`,
            ],
        };
    }
    let prefix = "";
    let body = name;
    if (body.startsWith("*.")) {
        prefix = "*.";
        body = body.slice(2);
    }
    if (body.includes("*")) {
        problems.push(`"*" is allowed only as the whole left-most label, followed by a dot ("*.example.net", RFC 8461 §4.1)`);
        repairable = false;
    }
    if (body.endsWith(".") && body.length > 1) {
        problems.push("it ends with a dot, which the Domain syntax does not allow (senders compare names without it)");
        body = body.slice(0, -1);
    }
    // biome-ignore lint/suspicious/noControlCharactersInRegex: ASCII test
    if (!/^[\x00-\x7f]*$/.test(body)) {
        const aLabel = toALabel(body);
        if (aLabel && !aLabel.includes("*")) {
            problems.push(`${wording_quoted(prefix + body)} is written with U-labels; RFC 8461 §3.2 requires the A-label ${wording_quoted(prefix + aLabel)}`);
            body = aLabel;
        }
        else {
            problems.push(`${wording_quoted(prefix + body)} is not a valid internationalized host name`);
            return { problems };
        }
    }
    const labelProblems = checkLabels(body);
    if (labelProblems.length > 0) {
        problems.push(...labelProblems);
        repairable = false;
    }
    if (body.length > MAX_NAME_OCTETS) {
        problems.push(`the name is ${body.length} octets long, over the limit of ${MAX_NAME_OCTETS}`);
        repairable = false;
    }
    return repairable ? { problems, corrected: prefix + body } : { problems };
}
/** Label-level problems of an ASCII name (wildcards are reported before this runs). */
function checkLabels(body) {
    const problems = [];
    const labels = body.split(".");
    if (labels.some((l) => l.length === 0)) {
        problems.push("it has an empty label (a leading dot or two dots in a row)");
    }
    for (const label of labels) {
        if (label.length === 0 || label.includes("*"))
            continue;
        if (label.includes("_")) {
            problems.push(`"_" is not allowed in a host name (label ${wording_quoted(label)})`);
        }
        else if (!LDH.test(label)) {
            const bad = [...label].find((c) => !/[A-Za-z0-9-]/.test(c)) ?? "";
            problems.push(`${wording_quoted(bad)} is not allowed in a host name (label ${wording_quoted(label)})`);
        }
        else if (label.startsWith("-") || label.endsWith("-")) {
            problems.push(`the label ${wording_quoted(label)} starts or ends with "-"`);
        }
        if (label.length > MAX_LABEL_OCTETS) {
            problems.push(`the label ${wording_quoted(`${label.slice(0, 20)}…`)} is ${label.length} octets long, over the limit of ${MAX_LABEL_OCTETS}`);
        }
    }
    return problems;
}

;// CONCATENATED MODULE: ./src/model/policy-semantics.ts
/**
 * What a sender makes of a policy body. RFC 8461 does not say which of two repeated fields
 * wins; most senders (Google, postfix-mta-sts-resolver, mox) keep the first, so the linter
 * reasons with the first and reports the repetition (`policy-duplicate-field`).
 */
function firstField(doc, name) {
    return doc.fields.find((f) => f.name === name);
}
function fieldsNamed(doc, name) {
    return doc.fields.filter((f) => f.name === name);
}
/** The values RFC 8461 §3.2 allows for `mode`, exactly as written (case-sensitive). */
const POLICY_MODES = ["enforce", "testing", "none"];
/** Is a value exactly one of the modes RFC 8461 §3.2 defines? */
function isPolicyMode(value) {
    return POLICY_MODES.includes(value);
}
/** The policy's mode when its first `mode` field is valid, else undefined. */
function effectiveMode(doc) {
    const f = doc && firstField(doc, "mode");
    return f && isPolicyMode(f.value) ? f.value : undefined;
}
/** The largest max_age RFC 8461 §3.2 allows (about one year). */
const MAX_AGE_LIMIT = 31557600;
/** Seconds in a day: the floor below which senders' cached policies lapse between refreshes. */
const ONE_DAY = 86400;
/** Seconds in a week: RFC 8461 §3.2 expects an enforced policy to last weeks or more. */
const ONE_WEEK = 604800;
/** Is a max_age value written as RFC 8461 §3.2 requires: 1 to 10 plain digits (no range check)? */
function isPlainSeconds(value) {
    return /^\d{1,10}$/.test(value);
}
/** max_age in seconds when the first `max_age` field is 1–10 digits (not range-checked). */
function maxAgeSeconds(doc) {
    const f = doc && firstField(doc, "max_age");
    return f && isPlainSeconds(f.value) ? Number(f.value) : undefined;
}
/** The `mx` fields, in order (every one counts: mx is the one field that repeats). */
function mxFields(doc) {
    return doc ? fieldsNamed(doc, "mx") : [];
}
/** Does a mode make senders check MX names (enforce or testing)? */
function checksMx(mode) {
    return mode === "enforce" || mode === "testing";
}

;// CONCATENATED MODULE: external "node:buffer"
const external_node_buffer_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:buffer");
;// CONCATENATED MODULE: ./src/parse/text.ts


/** How much of the input the text-or-binary decision looks at (rules.md "Text or not"). */
const TEXT_SAMPLE_BYTES = 8192;
/** Share of suspicious bytes in the sample above which the input is not text. */
const BINARY_SHARE = 0.1;
/** Control bytes that do not occur in text: C0 controls other than TAB, LF and CR, and DEL. */
function isBinaryControlByte(b) {
    return (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d) || b === 0x7f;
}
/**
 * Decodes bytes as UTF-8 and decides whether they are text at all. Never throws.
 *
 * A file whose first 8 KiB are more than 10 % NUL bytes, other control bytes or bytes of
 * invalid UTF-8 sequences is not text; otherwise the stray bad bytes are located so that the
 * parsers can report each one at its line and column.
 */
function decodeText(bytes) {
    const hasBom = bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
    const bodyStart = hasBom ? 3 : 0;
    const body = bytes.subarray(bodyStart);
    // Most files are ASCII: decoded as Latin-1 they become a one-byte string, read at memory
    // speed and half the size of a two-byte one (a large zone is parsed from it).
    const ascii = (0,external_node_buffer_namespaceObject.isAscii)(body);
    // ignoreBOM keeps a second BOM as a character: only the first one is a byte order mark.
    const text = ascii
        ? Buffer.from(body.buffer, body.byteOffset, body.byteLength).toString("latin1")
        : new TextDecoder("utf-8", { ignoreBOM: true }).decode(body);
    // Fast path for the common case: valid UTF-8 needs no byte-by-byte walk.
    const invalid = ascii || (0,external_node_buffer_namespaceObject.isUtf8)(body) ? [] : findInvalidUtf8(body, bodyStart);
    const sampleLength = Math.min(bytes.length, TEXT_SAMPLE_BYTES);
    let suspicious = 0;
    for (let i = 0; i < sampleLength; i++)
        if (isBinaryControlByte(bytes[i]))
            suspicious++;
    for (const bad of invalid)
        if (bad.offset < sampleLength)
            suspicious++;
    if (suspicious > sampleLength * BINARY_SHARE) {
        return { text, isText: false, reason: binaryReason(bytes), badBytes: [], hasBom };
    }
    const index = invalid.length > 0 ? new LineIndex(text) : undefined;
    const badBytes = invalid.map(({ offset, charOffset }) => {
        const { line, column } = index.position(charOffset);
        return { offset, line, column };
    });
    return { text, isText: true, badBytes, hasBom };
}
function binaryReason(bytes) {
    // UTF-16 is what some Windows editors save as "Unicode": worth naming, the fix is simple.
    const utf16 = bytes.length >= 2 &&
        ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff));
    return utf16
        ? "not a text file (UTF-16 encoded; save it as UTF-8)"
        : "not a text file (binary content)";
}
/**
 * Walks the bytes with the WHATWG Encoding Standard's UTF-8 decoder (the one TextDecoder
 * implements), so that each reported byte lines up with the U+FFFD TextDecoder produced.
 */
function findInvalidUtf8(bytes, baseOffset) {
    const out = [];
    let charOffset = 0;
    let needed = 0;
    let seen = 0;
    let codePoint = 0;
    let lower = 0x80;
    let upper = 0xbf;
    let sequenceStart = 0;
    const reject = (from, to) => {
        for (let k = from; k < to; k++)
            out.push({ offset: baseOffset + k, charOffset });
        charOffset += 1;
    };
    let i = 0;
    while (i < bytes.length) {
        const b = bytes[i];
        if (needed === 0) {
            sequenceStart = i;
            if (b <= 0x7f) {
                charOffset += 1;
            }
            else if (b >= 0xc2 && b <= 0xdf) {
                needed = 1;
                codePoint = b & 0x1f;
            }
            else if (b >= 0xe0 && b <= 0xef) {
                if (b === 0xe0)
                    lower = 0xa0;
                if (b === 0xed)
                    upper = 0x9f;
                needed = 2;
                codePoint = b & 0x0f;
            }
            else if (b >= 0xf0 && b <= 0xf4) {
                if (b === 0xf0)
                    lower = 0x90;
                if (b === 0xf4)
                    upper = 0x8f;
                needed = 3;
                codePoint = b & 0x07;
            }
            else {
                reject(i, i + 1);
            }
            i++;
            continue;
        }
        if (b < lower || b > upper) {
            // The sequence so far is one error; the current byte is decoded afresh.
            reject(sequenceStart, i);
            needed = 0;
            seen = 0;
            codePoint = 0;
            lower = 0x80;
            upper = 0xbf;
            continue;
        }
        lower = 0x80;
        upper = 0xbf;
        codePoint = (codePoint << 6) | (b & 0x3f);
        seen++;
        i++;
        if (seen === needed) {
            charOffset += codePoint > 0xffff ? 2 : 1;
            needed = 0;
            seen = 0;
            codePoint = 0;
        }
    }
    if (needed !== 0)
        reject(sequenceStart, bytes.length);
    return out;
}
// Character classes shared by the policy-line and TXT-record grammars (RFC 8461 §3.1/§3.2,
// RFC 8460 §3), so that both parsers name a character and judge an extension name alike.
/** WSP of RFC 5234: space or horizontal tab. */
function isWsp(ch) {
    return ch === " " || ch === "\t";
}
/** Length of the run of WSP starting at `from`. */
function wspRun(text, from) {
    let i = from;
    while (i < text.length && isWsp(text[i]))
        i++;
    return i - from;
}
/**
 * Where `text[start, end)` ends once its trailing WSP is dropped (other trailing characters
 * stay). An index rather than a string, so callers can trim inside a longer text without
 * slicing it first.
 */
function endBeforeTrailingWsp(text, start = 0, end = text.length) {
    let e = end;
    while (e > start && isWsp(text[e - 1]))
        e--;
    return e;
}
/** A run of WSP as a reader counts it: "a space", "3 spaces", "2 spaces and a tab". */
function describeWhitespace(ws) {
    let tabs = 0;
    for (const c of ws)
        if (c === "\t")
            tabs++;
    const spaces = ws.length - tabs;
    const parts = [];
    if (spaces > 0)
        parts.push(spaces === 1 ? "a space" : `${spaces} spaces`);
    if (tabs > 0)
        parts.push(tabs === 1 ? "a tab" : `${tabs} tabs`);
    return parts.join(" and ");
}
/** CTL of RFC 5234 other than TAB: C0 controls and DEL. */
function isControlChar(ch) {
    const c = ch.charCodeAt(0);
    return (c < 0x20 && c !== 0x09) || c === 0x7f;
}
const CONTROL_NAMES = {
    0: "NUL",
    9: "tab",
    10: "line feed",
    11: "vertical tab",
    12: "form feed",
    13: "carriage return",
    27: "escape",
    127: "DEL",
};
/** A character as a reader can identify it: "U+0000 (NUL)", "\"ä\" (U+00E4)", "\",\"". */
function describeChar(ch) {
    const cp = ch.codePointAt(0) ?? 0;
    const hex = `U+${cp.toString(16).toUpperCase().padStart(4, "0")}`;
    if (cp < 0x20 || cp === 0x7f) {
        return `${hex} (${CONTROL_NAMES[cp] ?? "a control character"})`;
    }
    if (cp === 0x20)
        return "a space";
    if (cp === 0xfeff)
        return `${hex} (byte order mark)`;
    if (cp === 0xfffd)
        return `${hex} (an invalid UTF-8 byte)`;
    if (cp > 0x7e)
        return `"${String.fromCodePoint(cp)}" (${hex})`;
    return `"${ch}"`;
}
/** Longest extension name: one letter or digit, then up to 31 more characters. */
const MAX_EXTENSION_NAME_LENGTH = 32;
const EXTENSION_NAME_FIRST = /^[A-Za-z0-9]$/;
const EXTENSION_NAME_REST = /^[A-Za-z0-9_.-]$/;
/**
 * Why `name` is not an extension name `(ALPHA / DIGIT) *31(ALPHA / DIGIT / "_" / "-" / ".")`
 * (RFC 8461 §3.1 sts-ext-name and §3.2 sts-policy-ext-name, RFC 8460 tlsrpt-ext-name), as a
 * phrase with the offending character's index; undefined when the name is valid.
 */
function extensionNameProblem(name) {
    if (name.length === 0)
        return { problem: "it is empty", index: 0 };
    const chars = Array.from(name);
    if (!EXTENSION_NAME_FIRST.test(chars[0])) {
        return { problem: `it starts with ${describeChar(chars[0])}, not a letter or digit`, index: 0 };
    }
    let index = chars[0].length;
    for (const ch of chars.slice(1)) {
        if (!EXTENSION_NAME_REST.test(ch)) {
            return {
                problem: `it contains ${describeChar(ch)}; only letters, digits, "_", "-" and "." are allowed`,
                index,
            };
        }
        index += ch.length;
    }
    if (name.length > MAX_EXTENSION_NAME_LENGTH) {
        return {
            problem: `it is ${name.length} characters long; the limit is ${MAX_EXTENSION_NAME_LENGTH}`,
            index: MAX_EXTENSION_NAME_LENGTH,
        };
    }
    return undefined;
}

;// CONCATENATED MODULE: ./src/parse/tag-record.ts


/**
 * Field separator mistakes: "," or bare whitespace in front of another `name=`. Only the
 * sources are shared: each scan compiles its own `/g` instance, so no `lastIndex` is shared.
 */
const WRONG_SEPARATOR = /([ \t]*,[ \t]*|[ \t]+)([A-Za-z0-9][A-Za-z0-9_.-]{0,31})[ \t]*=/.source;
/** The same inside a list field (`rua`), whose commas separate list items, not fields. */
const WRONG_SEPARATOR_NO_COMMA = /([ \t]+)([A-Za-z0-9][A-Za-z0-9_.-]{0,31})[ \t]*=/.source;
/**
 * Parses the character-strings of one TXT record. Never throws: every deviation from the
 * grammar becomes a `syntax` or `whitespace` issue with offsets into `joined`.
 */
function parseTagRecord(strings, grammar) {
    const joined = strings.join("");
    const p = new RecordParser(joined, grammar);
    p.run();
    return { strings: [...strings], joined, version: p.version, fields: p.fields, issues: p.issues };
}
/** Issues listed per record before the rest are summed up in one. */
const MAX_ISSUES_PER_RECORD = 20;
class RecordParser {
    text;
    grammar;
    version;
    fields = [];
    issues = [];
    /** Issues a corrected record repairs (they get the `fix`). */
    fixable = new Set();
    read = [];
    versionTag;
    constructor(text, grammar) {
        this.text = text;
        this.grammar = grammar;
        this.versionTag = `v=${grammar.version}`;
    }
    run() {
        const pieces = this.splitFields();
        this.readVersion(pieces);
        const fix = this.correctedRecord();
        if (fix !== this.text) {
            this.issues = this.issues.map((i) => (this.fixable.has(i) ? { ...i, fix } : i));
        }
        this.issues.sort((a, b) => a.start - b.start || a.end - b.end);
        this.capIssues();
    }
    /**
     * A record that is mostly garbage (a stray file pasted into a TXT value) would give one issue
     * per separator, each carrying the corrected record: list the first ones, sum up the rest.
     */
    capIssues() {
        if (this.issues.length <= MAX_ISSUES_PER_RECORD)
            return;
        const rest = this.issues.slice(MAX_ISSUES_PER_RECORD);
        this.issues = this.issues.slice(0, MAX_ISSUES_PER_RECORD);
        const first = rest[0];
        this.issues.push({
            kind: "syntax",
            start: first.start,
            end: rest[rest.length - 1].end,
            message: `${rest.length} more problems in the rest of this ${this.grammar.recordName} record are not listed; rewrite the record from a clean copy such as "${this.versionTag}; ..."`,
        });
    }
    issue(kind, start, end, message, fixable) {
        const issue = { kind, start, end, message };
        this.issues.push(issue);
        if (fixable)
            this.fixable.add(issue);
    }
    /** Splits at ";" (reporting empty fields and misplaced whitespace), then at wrong separators. */
    splitFields() {
        const t = this.text;
        const g = this.grammar;
        const pieces = [];
        if (t.length === 0) {
            this.issue("syntax", 0, 0, `The record is empty. ${g.rfc} requires "${this.versionTag}" followed by its fields; ${g.consequence}.`, false);
            return pieces;
        }
        let segStart = 0;
        const segments = [];
        for (let i = 0; i <= t.length; i++) {
            if (i === t.length || t[i] === ";") {
                segments.push({ start: segStart, end: i, delimited: i < t.length });
                segStart = i + 1;
            }
        }
        // A run of ";;;" is one mistake: its empty fields share one issue.
        let emptyRun;
        segments.forEach((seg, k) => {
            const lead = wspRun(t, seg.start);
            const contentEnd = endBeforeTrailingWsp(t, seg.start + lead, seg.end);
            const contentStart = Math.min(seg.start + lead, contentEnd);
            const isLast = k === segments.length - 1;
            if (k === 0 && lead > 0 && contentEnd > contentStart) {
                this.issue("syntax", 0, lead, `The record starts with whitespace. ${g.rfc} requires it to begin with "${this.versionTag}": senders that match on that literal prefix discard it, and ${g.consequence}. Remove the leading whitespace.`, true);
            }
            if (contentEnd === contentStart) {
                // An empty last segment after ";" is the optional final delimiter; elsewhere ";;".
                if (isLast && k > 0)
                    return;
                if (emptyRun && emptyRun.k === k - 1) {
                    this.extendEmptyField(emptyRun.issue, seg.end);
                    emptyRun.k = k;
                    return;
                }
                const issue = this.emptyField(seg.start, seg.end, k === 0 && !seg.delimited);
                if (issue)
                    emptyRun = { issue, k };
                return;
            }
            if (contentEnd < seg.end) {
                if (seg.delimited)
                    this.whitespaceBeforeDelimiter(contentStart, contentEnd, seg.end);
                else
                    this.trailingWhitespace(contentEnd, seg.end);
            }
            pieces.push(...this.splitWrongSeparators(contentStart, contentEnd));
        });
        return pieces;
    }
    /** The issue for an empty field (undefined for a record of only whitespace: no field at all). */
    emptyField(start, end, wholeRecord) {
        const g = this.grammar;
        if (wholeRecord) {
            this.issue("syntax", start, end, `The record holds only whitespace. ${g.rfc} requires "${this.versionTag}" followed by its fields; ${g.consequence}.`, false);
            return undefined;
        }
        const upTo = Math.min(end + 1, this.text.length);
        this.issue("syntax", start, upTo, this.emptyFieldMessage(start, upTo), true);
        return this.issues[this.issues.length - 1];
    }
    /** Widens an empty-field issue over the next empty field of the same run (";;;"). */
    extendEmptyField(issue, end) {
        issue.end = Math.min(end + 1, this.text.length);
        issue.message = this.emptyFieldMessage(issue.start, issue.end);
    }
    emptyFieldMessage(start, upTo) {
        const g = this.grammar;
        const shown = this.text.slice(Math.max(0, start - 1), upTo);
        const what = (shown.match(/;/g) ?? []).length > 2 ? "empty fields" : "an empty field";
        return `The record has ${what} (${wording_quoted(shown)}): ${g.rfc} allows one ";" between fields and one optional ";" at the end, nothing empty in between; ${g.consequence}. Remove the extra ";".`;
    }
    whitespaceBeforeDelimiter(contentStart, wsStart, semicolon) {
        const g = this.grammar;
        const before = this.text.slice(contentStart, wsStart);
        const afterVersion = contentStart === 0 && before === this.versionTag;
        const message = afterVersion
            ? `Whitespace between "${this.versionTag}" and ";". The ABNF allows it, but ${g.rfc} tells senders to discard the records at ${g.recordName} that do not begin with "${this.versionTag};" once there are several TXT records there (errata 6285): any other TXT record at that name makes this record disappear. Write "${this.versionTag};".`
            : `Whitespace before the ";" after ${wording_quoted(before)}. The ABNF allows it, but parsers that split at ";" without trimming read the whitespace as part of the value. Remove it.`;
        this.issue("whitespace", wsStart, semicolon, message, true);
    }
    trailingWhitespace(start, end) {
        const g = this.grammar;
        this.issue("whitespace", start, end, `Whitespace after the last field. ${g.rfc}'s ABNF allows none there without a final ";"; most senders trim it, but strict parsers reject the record, and ${g.consequence}. Remove it.`, true);
    }
    /**
     * Finds "," or bare whitespace used where ";" belongs (`v=STSv1, id=1`, `v=STSv1 id=1`).
     * Works on the segment sliced once, so a long record costs one pass, not one per separator.
     */
    splitWrongSeparators(start, end) {
        const segment = this.text.slice(start, end);
        const anySeparator = new RegExp(WRONG_SEPARATOR, "g");
        const spaceSeparator = new RegExp(WRONG_SEPARATOR_NO_COMMA, "g");
        const pieces = [];
        let pos = 0;
        while (pos < segment.length) {
            const eq = segment.indexOf("=", pos);
            if (eq < 0)
                break;
            const name = segment.slice(pos, eq).trim();
            const pattern = this.grammar.listFields.includes(name) ? spaceSeparator : anySeparator;
            pattern.lastIndex = eq + 1;
            const m = pattern.exec(segment);
            if (!m)
                break;
            const sepEnd = m.index + m[1].length;
            pieces.push({ start: start + pos, end: start + m.index });
            const shown = m[1].trim() === "," ? `"${m[1]}"` : describeWhitespace(m[1]);
            this.issue("syntax", start + m.index, start + sepEnd, `${wording_quoted(segment.slice(pos, m.index))} and "${m[2]}=" are separated by ${shown}. ${this.grammar.rfc} separates fields with ";" only, so senders read everything after "${name}=" up to the next ";" as one value, and ${this.grammar.consequence}. Use ";" between fields.`, true);
            pos = sepEnd;
        }
        pieces.push({ start: start + pos, end });
        return pieces;
    }
    /** Reads every piece; the version must be the first one and exactly `v=<version>`. */
    readVersion(pieces) {
        const g = this.grammar;
        const t = this.text;
        if (pieces.length === 0) {
            // "" and "   " already say so; ";" still lacks the version.
            if (t.trim() !== "")
                this.missingVersion(0, 0, false);
            return;
        }
        const isVersionPiece = (piece) => /^v[ \t]*=/i.test(t.slice(piece.start, piece.end));
        const first = pieces[0];
        const rest = pieces.slice(1);
        if (isVersionPiece(first)) {
            this.version = this.readVersionPiece(first);
            for (const piece of rest)
                this.readField(piece);
            return;
        }
        const misplaced = pieces.find(isVersionPiece);
        if (misplaced) {
            this.issue("syntax", misplaced.start, misplaced.end, `${wording_quoted(t.slice(misplaced.start, misplaced.end))} is not the first field. ${g.rfc} requires the record to begin with "${this.versionTag}"; senders discard records that do not, and ${g.consequence}. Move it to the front.`, true);
        }
        else {
            this.missingVersion(first.start, first.end, true);
        }
        for (const piece of pieces) {
            const r = this.readField(piece);
            // The corrected record puts the version first, so it is left out here.
            if (piece === misplaced)
                r.canonical = "";
        }
    }
    missingVersion(start, end, fixable) {
        const g = this.grammar;
        this.issue("syntax", start, end, `The record does not begin with "${this.versionTag}". ${g.rfc} requires that version tag first; without it senders do not recognise the record, and ${g.consequence}. Add "${this.versionTag};" at the front.`, fixable);
    }
    readVersionPiece(piece) {
        const g = this.grammar;
        const t = this.text;
        const parts = this.nameValue(piece);
        const field = tagField(parts.name, parts.value, piece, parts.valueStart);
        this.read.push({ piece, field, canonical: this.versionTag });
        const written = t.slice(piece.start, piece.end);
        if (written === this.versionTag)
            return field;
        const problems = [];
        if (parts.name !== "v")
            problems.push(`the tag name is ${wording_quoted(parts.name)}, not "v"`);
        if (parts.spaced)
            problems.push(`there is whitespace around "="`);
        if (parts.value !== g.version) {
            problems.push(parts.value.toLowerCase() === g.version.toLowerCase()
                ? `the version ${wording_quoted(parts.value)} is written in the wrong case`
                : `the version is ${wording_quoted(parts.value)}; the only one defined is "${g.version}"`);
        }
        this.issue("syntax", piece.start, piece.end, `${wording_quoted(written)} is not "${this.versionTag}": ${problems.join(", and ")}. ${g.rfc} compares the version tag case-sensitively and character by character, so senders discard the record, and ${g.consequence}. Write "${this.versionTag}".`, true);
        return field;
    }
    /** Splits a piece at its first "=", noting whitespace around it. */
    nameValue(piece) {
        const t = this.text;
        // Callers pass pieces that hold a "=".
        const eq = indexWithin(t, "=", piece.start, piece.end);
        const nameEnd = endBeforeTrailingWsp(t, piece.start, eq);
        // The piece ends at its last non-WSP character, so whitespace after "=" never runs past it.
        const valueStart = Math.min(eq + 1 + wspRun(t, eq + 1), piece.end);
        return {
            eq,
            name: t.slice(piece.start, nameEnd),
            nameEnd,
            value: t.slice(valueStart, piece.end),
            valueStart,
            spaced: nameEnd < eq || valueStart > eq + 1,
        };
    }
    readField(piece) {
        const t = this.text;
        const g = this.grammar;
        const written = t.slice(piece.start, piece.end);
        const eq = indexWithin(t, "=", piece.start, piece.end);
        const entry = { piece, canonical: written };
        this.read.push(entry);
        if (eq < 0) {
            const known = /^([A-Za-z0-9][A-Za-z0-9_.-]*)[ \t]*[: \t][ \t]*(\S+)$/.exec(written);
            const name = known?.[1];
            const suggestion = name && (g.ownValueFields.includes(name) || g.listFields.includes(name))
                ? `${name}=${known[2]}`
                : undefined;
            this.issue("syntax", piece.start, piece.end, `${wording_quoted(written)} has no "=". ${g.rfc} fields are written name=value; ${g.consequence}. ${suggestion ? `Write "${suggestion}".` : "Write it as name=value or remove it."}`, suggestion !== undefined);
            if (suggestion && known && name) {
                const valueStart = piece.end - known[2].length;
                entry.canonical = suggestion;
                entry.field = tagField(name, known[2], piece, valueStart);
                this.fields.push(entry.field);
            }
            return entry;
        }
        const parts = this.nameValue(piece);
        if (parts.spaced) {
            const from = parts.nameEnd;
            const to = parts.valueStart;
            this.issue("syntax", from, to, `Whitespace around "=" in ${wording_quoted(written)}. ${g.rfc} writes fields as name=value with nothing around "=": senders that match "${parts.name}=" literally miss the field, and ${g.consequence}. Write "${parts.name}=${parts.value}".`, true);
        }
        const nameProblem = extensionNameProblem(parts.name);
        if (nameProblem) {
            this.issue("syntax", piece.start, parts.nameEnd > piece.start ? parts.nameEnd : parts.eq + 1, `${wording_quoted(parts.name)} is not a valid field name: ${nameProblem.problem}. ${g.rfc} names are a letter or digit followed by up to 31 letters, digits, "_", "-" or "."; ${g.consequence}. Correct the name or remove the field.`, false);
            return entry;
        }
        const field = tagField(parts.name, parts.value, piece, parts.valueStart);
        entry.field = field;
        entry.canonical = `${parts.name}=${parts.value}`;
        this.fields.push(field);
        const judgedElsewhere = g.ownValueFields.includes(parts.name) || parts.name.toLowerCase() === "v";
        if (!judgedElsewhere)
            this.checkExtensionValue(field);
        return entry;
    }
    /** ext-value = 1*(%x21-3A / %x3C / %x3E-7E): no space, "=", ";", control or non-ASCII. */
    checkExtensionValue(field) {
        const g = this.grammar;
        if (field.value.length === 0) {
            this.issue("syntax", field.start, field.end, `The field ${wording_quoted(field.name)} has no value. ${g.rfc} requires at least one character after "${field.name}="; ${g.consequence}. Give it a value or remove it.`, false);
            return;
        }
        const bad = Array.from(field.value).findIndex((ch) => !isExtensionValueChar(ch));
        if (bad < 0)
            return;
        const chars = Array.from(field.value);
        const offset = field.valueStart + chars.slice(0, bad).join("").length;
        this.issue("syntax", offset, offset + chars[bad].length, `The value of ${wording_quoted(field.name)} contains ${describeChar(chars[bad])}. ${g.rfc} extension values are printable US-ASCII without spaces, "=" or ";"; ${g.consequence}. Remove or encode the character.`, false);
    }
    /** The record with every mistake that has an unambiguous repair repaired. */
    correctedRecord() {
        const t = this.text;
        const parts = this.read.map((r) => r.canonical).filter((c) => c.length > 0);
        if (!this.version || this.read[0]?.canonical !== this.versionTag) {
            parts.unshift(this.versionTag);
        }
        // Keep the record's own style: ";" when its first delimiter has no space after it.
        const style = /;([ \t]*)[^;\s]/.exec(t);
        const delimiter = style && style[1] === "" ? ";" : "; ";
        return parts.join(delimiter) + (/;[ \t]*$/.test(t) ? ";" : "");
    }
}
function isExtensionValueChar(ch) {
    const c = ch.charCodeAt(0);
    return ch.length === 1 && c >= 0x21 && c <= 0x7e && c !== 0x3b && c !== 0x3d;
}
/** Index of `ch` in text[from, end), or -1: a scan that never runs past the piece it reads. */
function indexWithin(text, ch, from, end) {
    for (let i = from; i < end; i++)
        if (text[i] === ch)
            return i;
    return -1;
}
/** A field of the record; `start`/`end` bound the whole `name=value` piece. */
function tagField(name, value, piece, valueStart) {
    return { name, value, start: piece.start, end: piece.end, valueStart };
}

;// CONCATENATED MODULE: ./src/parse/sts-record.ts

/** The `_mta-sts` TXT record of RFC 8461 §3.1. */
const STS_RECORD_GRAMMAR = {
    version: "STSv1",
    recordName: "_mta-sts",
    rfc: "RFC 8461 §3.1",
    // `id` has its own rule (sts-record-id), which judges 1*32(ALPHA / DIGIT).
    ownValueFields: ["id"],
    listFields: [],
    consequence: "the domain then counts as having no MTA-STS policy, so mail to it is delivered without requiring TLS",
};
/** Parses the character-strings of an `_mta-sts` TXT record (joined without separators). */
function parseStsRecord(strings) {
    return parseTagRecord(strings, STS_RECORD_GRAMMAR);
}
/**
 * Is this the text senders take as the MTA-STS record? It begins with exactly `v=STSv1`
 * followed by ";", whitespace or the end (rules.md, "What counts as the record").
 */
function isStsRecordText(joined) {
    return /^v=STSv1(?:[;\s]|$)/.test(joined);
}
/**
 * Is this a failed attempt at the record (`V=STSv1`, `v = stsv1`, `v=STSv10`, `id=1; v=STSv1`)?
 * Such a record is reported as a syntax error rather than as a missing record.
 */
function resemblesStsRecord(joined) {
    return /^v\s*=\s*sts/i.test(joined) || /stsv1/i.test(joined);
}

;// CONCATENATED MODULE: ./src/parse/tlsrpt-record.ts


/** The `_smtp._tls` TXT record of RFC 8460 §3. */
const TLSRPT_RECORD_GRAMMAR = {
    version: "TLSRPTv1",
    recordName: "_smtp._tls",
    rfc: "RFC 8460 §3",
    // `rua` has its own rule (tlsrpt-rua), which judges each URI.
    ownValueFields: ["rua"],
    // rua = tlsrpt-uri *(*WSP "," *WSP tlsrpt-uri): its commas separate URIs, not fields.
    listFields: ["rua"],
    consequence: "the domain then counts as not wanting TLS reports, so delivery failures go unreported",
};
/** Parses the character-strings of an `_smtp._tls` TXT record (joined without separators). */
function parseTlsrptRecord(strings) {
    return parseTagRecord(strings, TLSRPT_RECORD_GRAMMAR);
}
/** Begins with exactly `v=TLSRPTv1` followed by ";", whitespace or the end. */
function isTlsrptRecordText(joined) {
    return /^v=TLSRPTv1(?:[;\s]|$)/.test(joined);
}
/**
 * A failed attempt at the record: begins with `v=tlsrpt` in any case (whitespace allowed
 * around "="), or contains `tlsrptv1` anywhere (rules.md, "What counts as the record").
 */
function resemblesTlsrptRecord(joined) {
    return /^v\s*=\s*tlsrpt/i.test(joined) || /tlsrptv1/i.test(joined);
}
/**
 * Splits a `rua` value into its URIs: `tlsrpt-uri *(*WSP "," *WSP tlsrpt-uri)` (RFC 8460 §3).
 * Empty entries (",," or a trailing ",") are kept as empty URIs so the rule can point at them.
 * `valueStart` is the value's offset in the joined record; the offsets returned are too.
 */
function splitRuaUris(value, valueStart) {
    const out = [];
    let pos = 0;
    for (;;) {
        const comma = value.indexOf(",", pos);
        const stop = comma < 0 ? value.length : comma;
        const start = Math.min(pos + wspRun(value, pos), stop);
        const end = endBeforeTrailingWsp(value, start, stop);
        out.push({ uri: value.slice(start, end), start: valueStart + start, end: valueStart + end });
        if (comma < 0)
            return out;
        pos = comma + 1;
    }
}

;// CONCATENATED MODULE: ./src/model/records.ts
/**
 * The DNS side of a domain as senders look it up: the discovery names, the TXT records found
 * there classified for one record family, and the other names the record rules ask about.
 */




/** The name senders query for the MTA-STS TXT record (RFC 8461 §3.1). */
function stsRecordName(domain) {
    return `_mta-sts.${domain}`;
}
/** The name senders query for the TLS-RPT record (RFC 8460 §3). */
function tlsrptRecordName(domain) {
    return `_smtp._tls.${domain}`;
}
/** The host that serves the policy over HTTPS (RFC 8461 §3.3). */
function policyHostName(domain) {
    return `mta-sts.${domain}`;
}
/** The policy path the senders fetch (RFC 8461 §3.3). */
const records_WELL_KNOWN_PATH = "/.well-known/mta-sts.txt";
/** The URL senders fetch the policy from (RFC 8461 §3.3). */
function policyUrl(domain) {
    return `https://${policyHostName(domain)}${records_WELL_KNOWN_PATH}`;
}
const NAME_NOT_IN_RFC_8460 = "a name RFC 8460 does not use";
const STS_FAMILY = {
    versionTag: "v=STSv1",
    discoveryName: stsRecordName,
    isRecord: isStsRecordText,
    resembles: resemblesStsRecord,
    parse: parseStsRecord,
    // An MTA-STS record at the apex is not listed: `sts-record-at-apex` owns that case.
    mistakenNames: (domain) => [
        {
            name: policyHostName(domain),
            why: 'the policy host name: the TXT record belongs at "_mta-sts" with an underscore',
        },
    ],
};
const TLSRPT_FAMILY = {
    versionTag: "v=TLSRPTv1",
    discoveryName: tlsrptRecordName,
    isRecord: isTlsrptRecordText,
    resembles: resemblesTlsrptRecord,
    parse: parseTlsrptRecord,
    mistakenNames: (domain) => [
        { name: `_tlsrpt.${domain}`, why: NAME_NOT_IN_RFC_8460 },
        { name: `_smtp-tlsrpt.${domain}`, why: NAME_NOT_IN_RFC_8460 },
        { name: domain, why: "the domain itself" },
    ],
};
/** The records of one type at a normalised name. */
function recordsAt(zone, name, type) {
    return (zone.byName.get(name) ?? []).filter((r) => r.type === type);
}
/** The TXT records at a name with readable data, joined, parsed and classified. */
/**
 * Classified TXT records by zone, family and name: every record rule asks for the same few
 * names, and parsing the records once per domain instead of once per rule is most of the
 * cost of linting thousands of small zones. The models are not changed after they are built.
 */
const classified = new WeakMap();
function classifiedTxtAt(zone, name, family) {
    let byFamily = classified.get(zone);
    if (!byFamily) {
        byFamily = new WeakMap();
        classified.set(zone, byFamily);
    }
    let byName = byFamily.get(family);
    if (!byName) {
        byName = new Map();
        byFamily.set(family, byName);
    }
    let txts = byName.get(name);
    if (!txts) {
        txts = classify(zone, name, family);
        byName.set(name, txts);
    }
    return txts;
}
function classify(zone, name, family) {
    const out = [];
    for (const record of recordsAt(zone, name, "TXT")) {
        if (record.data?.kind !== "TXT")
            continue;
        const strings = record.data.strings;
        const texts = strings.map((s) => s.text);
        const joined = texts.join("");
        const cls = family.isRecord(joined)
            ? "record"
            : family.resembles(joined)
                ? "resembling"
                : "unrelated";
        out.push({ record, strings, joined, cls, parsed: family.parse(texts) });
    }
    // A near miss counts as an attempt only while no record qualifies (rules.md, "What counts as
    // the record"): next to a real one, senders discard it like any other TXT record there.
    if (out.some((t) => t.cls === "record")) {
        for (const t of out)
            if (t.cls === "resembling")
                t.cls = "unrelated";
    }
    return out;
}
/** Records senders take as the record (begin with the exact version tag). */
function qualifying(list) {
    return list.filter((t) => t.cls === "record");
}
/** Records that are, or try to be, the record: the ones whose fields the rules judge. */
function attempts(list) {
    return list.filter((t) => t.cls !== "unrelated");
}
/** The CNAME at a name, if any (a delegated `_mta-sts` or policy host, RFC 8461 §8.2). */
function cnameAt(zone, name) {
    return recordsAt(zone, name, "CNAME")[0];
}
/**
 * Is the name served by another zone? True when it is not inside the zone's origin, or when
 * an NS record below the origin delegates it (a zone cut): this zone cannot say what is there.
 */
function isOutsideZone(zone, name) {
    const apex = zone.origin ?? zone.records.find((r) => r.type === "SOA")?.owner;
    if (apex === undefined)
        return false;
    if (!isAtOrBelow(name, apex))
        return true;
    // Walk up from the name to the apex: a delegation is an NS record at one of those names.
    for (let n = name; n !== apex && n.includes("."); n = n.slice(n.indexOf(".") + 1)) {
        if (zone.byName.get(n)?.some((r) => r.type === "NS"))
            return true;
    }
    return false;
}
/** Every DNS node of a zone: the owners and all their ancestors (empty non-terminals). */
const nodesOf = new WeakMap();
/** Does any record exist at the name or below it (a DNS node, empty non-terminals included)? */
function nodeExists(zone, name) {
    if (zone.byName.has(name) || zone.nodesBelow?.has(name))
        return true;
    let nodes = nodesOf.get(zone);
    if (!nodes) {
        nodes = new Set();
        for (const owner of zone.byName.keys()) {
            for (let n = owner; n.includes(".") && !nodes.has(n); n = n.slice(n.indexOf(".") + 1)) {
                nodes.add(n);
            }
        }
        nodesOf.set(zone, nodes);
    }
    return nodes.has(name);
}
const HOST_TYPES = ["A", "AAAA", "CNAME"];
/**
 * The A, AAAA or CNAME records that answer for a host name, including a wildcard
 * (`*.example.com`) that synthesises answers when no node exists at the name (RFC 4592).
 */
function hostAddressRecords(zone, name) {
    const direct = (zone.byName.get(name) ?? []).filter((r) => HOST_TYPES.includes(r.type));
    if (direct.length > 0 || nodeExists(zone, name))
        return direct;
    const dot = name.indexOf(".");
    if (dot < 0)
        return [];
    const wildcard = `*${name.slice(dot)}`;
    return (zone.byName.get(wildcard) ?? []).filter((r) => HOST_TYPES.includes(r.type));
}
/**
 * A domain whose policy is mode `none` is in the RFC 8461 §8.3 removal procedure: a missing
 * record or policy host is then the procedure's last step, a notice rather than an error.
 */
function isBeingRemoved(domain) {
    return effectiveMode(domain.policy) === "none";
}
/**
 * The records at the family's discovery name, or undefined when the domain has no zone or the
 * name lies in another zone (then the record rules have nothing to say).
 */
function discoveryView(domain, family) {
    const zone = domain.zone;
    if (!zone)
        return undefined;
    const name = family.discoveryName(domain.name);
    if (isOutsideZone(zone, name))
        return undefined;
    return { zone, name, txts: classifiedTxtAt(zone, name, family) };
}
/** Whitespace issues come in two places: before a `;`, or after the last field. */
function isTrailingWhitespace(parsed, end) {
    return parsed.joined.slice(end).trim() === "";
}
/** The discovery name with the origin appended again: an absolute owner without its final dot. */
function doubledOrigin(domain, family) {
    return {
        name: `${family.discoveryName(domain)}.${domain}`,
        why: "the intended name with the origin appended a second time (an owner written without its trailing dot)",
    };
}
function allMistakenNames(domain, family) {
    return [...family.mistakenNames(domain), doubledOrigin(domain, family)];
}
/** Every name `misplacedRecords` looks at, for both record families. */
function misplacedNames(domain) {
    return [STS_FAMILY, TLSRPT_FAMILY].flatMap((f) => allMistakenNames(domain, f).map((m) => m.name));
}
/**
 * Records of a family (or attempts at one) at the names people use by mistake for its
 * discovery name: for MTA-STS the policy host `mta-sts.<domain>`, for TLS-RPT `_tlsrpt`,
 * `_smtp-tlsrpt` and the apex, and for both the right name with the origin appended twice.
 */
function misplacedRecords(zone, domain, family) {
    return allMistakenNames(domain, family).flatMap((c) => attempts(classifiedTxtAt(zone, c.name, family)).map((txt) => ({ txt, why: c.why })));
}

;// CONCATENATED MODULE: ./src/model/mx.ts






/** RFC 7505: a single "." exchange means "this domain accepts no mail". */
function isNullMx(data) {
    return data.exchange === "";
}
/** The exchange was written as an IP address (which a master file reads as a host name). */
function exchangeIsIpLiteral(data) {
    const written = data.exchangeText.endsWith(".")
        ? data.exchangeText.slice(0, -1)
        : data.exchangeText;
    return written.length > 0 && isIpLiteral(written);
}
function mxDataOf(record) {
    return record.data?.kind === "MX" ? record.data : undefined;
}
/** The MX records the zone publishes for `name` (a normalised domain), sorted into kinds. */
function domainMx(zone, name) {
    const result = { records: [], nullMx: [], ipLiterals: [], hosts: [] };
    for (const record of zone.byName.get(name) ?? []) {
        if (record.type !== "MX")
            continue;
        result.records.push(record);
        const data = mxDataOf(record);
        if (!data)
            continue;
        if (isNullMx(data))
            result.nullMx.push(record);
        else if (exchangeIsIpLiteral(data))
            result.ipLiterals.push(record);
        else
            result.hosts.push({ record, data, host: normalizeHost(data.exchange) });
    }
    return result;
}
/**
 * The inputs of the coverage rules, or undefined when they have nothing to judge: no policy,
 * no zone, or a mode that makes senders check nothing (none, or missing/invalid — that is
 * `policy-mode`'s finding, and an invalid policy is ignored by senders).
 */
function coverageInputs(domain) {
    const { policy, zone } = domain;
    if (!policy || !zone)
        return undefined;
    const mode = effectiveMode(policy) ?? modeOfMisspelledField(policy);
    if (!checksMx(mode))
        return undefined;
    return { policy, zone, mode, patterns: mxFields(policy), mx: domainMx(zone, domain.name) };
}
/**
 * The mode a misspelled mode line means (`Mode: enforce`). Strict senders ignore such a policy
 * (`policy-mode` says so), but the author's intent is clear and lenient senders read it: the
 * MX coverage is judged against the intended mode, so fixing the name alone is not the last
 * surprise.
 */
function modeOfMisspelledField(policy) {
    const value = misspellingsOf(policy, "mode")[0]?.value;
    return value !== undefined && isPolicyMode(value) ? value : undefined;
}
/** The policy `mx` fields that cover a host (RFC 8461 §4.1 matching). */
function coveringPatterns(patterns, host) {
    return patterns.filter((p) => patternCovers(p.value, host));
}
function readPattern(field) {
    const { problems, corrected } = checkMxPattern(field.value);
    if (problems.length === 0) {
        return { field, kind: "valid", covers: (h) => patternCovers(field.value, h) };
    }
    if (corrected) {
        return { field, kind: "repaired", covers: (h) => corrected.some((p) => patternCovers(p, h)) };
    }
    const glob = globOf(field.value);
    return { field, kind: "guessed", covers: (h) => glob?.test(normalizeHost(h)) ?? false };
}
/** An invalid pattern as a glob ("*" = any characters), or undefined for an empty value. */
function globOf(value) {
    const v = normalizeHost(value.trim());
    if (v === "")
        return undefined;
    const source = v.replace(/[.+?^${}()|[\]\\]/g, "\\$&").replace(/\*/g, ".*");
    return new RegExp(`^${source}$`);
}
/**
 * Is a host covered by the policy as its author meant it: by a valid pattern, or by the
 * evident reading of an invalid one (which `policy-mx-invalid` reports)?
 */
function coveredAsMeant(readings, host) {
    return readings.some((r) => r.covers(host));
}
/**
 * A master-file slip: an exchange written without its trailing dot is relative to the origin,
 * so "mail.example.com" in the example.com zone becomes "mail.example.com.example.com".
 * Returns the name the author evidently meant when the written name already ends with the
 * origin that was appended, or when a policy pattern covers the written name as it stands.
 */
function intendedAbsoluteName(data, patterns = []) {
    const written = data.exchangeText.toLowerCase();
    if (written.endsWith(".") || !written.includes("."))
        return undefined;
    const exchange = normalizeHost(data.exchange);
    if (!exchange.startsWith(`${written}.`))
        return undefined;
    const appended = exchange.slice(written.length + 1);
    const intended = normalizeHost(written);
    if (isAtOrBelow(intended, appended))
        return intended;
    return patterns.some((p) => patternCovers(p.value, intended)) ? intended : undefined;
}
/**
 * Why a pattern that looks close does not cover a host, in one sentence, or undefined when
 * the pattern is not a near miss. These are the mistakes seen in published policies:
 * `*.example.com` for the bare `example.com`, a wildcard expected to span two labels, and a
 * plain name expected to cover its subdomains.
 */
function coverageHint(pattern, host) {
    const p = normalizeHost(pattern);
    const h = normalizeHost(host);
    if (p.startsWith("*.")) {
        const base = p.slice(2);
        if (h === base) {
            return `A wildcard does not cover the name itself: ${wording_quoted(p)} does not cover ${wording_quoted(h)}.`;
        }
        if (h.endsWith(`.${base}`) && !patternCovers(p, h)) {
            return `A wildcard covers exactly one left-most label: ${wording_quoted(p)} does not cover ${wording_quoted(h)}.`;
        }
        return undefined;
    }
    if (p.length > 0 && h.endsWith(`.${p}`)) {
        return `A pattern without "*." covers only that exact name: ${wording_quoted(p)} does not cover ${wording_quoted(h)}.`;
    }
    return undefined;
}
/** The first hint any pattern gives for a host. */
function firstCoverageHint(patterns, host) {
    for (const p of patterns) {
        const hint = coverageHint(p.value, host);
        if (hint)
            return hint;
    }
    return undefined;
}
/** The CNAME the zone itself defines at `name`, followed to its final in-zone target. */
function cnameChain(zone, name) {
    const first = cnameAt(zone, name);
    if (first?.data?.kind !== "NAME")
        return undefined;
    let target = first.data.target;
    const seen = new Set([name]);
    // A loop or a long chain is its own problem; stop where it starts repeating.
    while (!seen.has(target) && seen.size < 16) {
        seen.add(target);
        const next = cnameAt(zone, target);
        if (next?.data?.kind !== "NAME")
            break;
        target = next.data.target;
    }
    return { record: first, target };
}
/** The host as senders see it, with the written U-label form when the zone used one. */
function describeHost(mx) {
    const written = mx.data.exchange.toLowerCase();
    return written === mx.host ? wording_quoted(mx.host) : `${wording_quoted(written)} (A-label ${wording_quoted(mx.host)})`;
}

;// CONCATENATED MODULE: ./src/model/policy-meaning.ts


function policyMeaning(doc) {
    const mx = [...new Set(mxFields(doc).map((f) => mxPatternKey(f.value)))].sort();
    return { mode: effectiveMode(doc), maxAge: maxAgeSeconds(doc), mx };
}
const shown = (v) => (v === undefined ? "(none)" : `"${v}"`);
/** How `after` differs from `before`; empty when they mean the same to every sender. */
function meaningChanges(before, after) {
    const changes = [];
    if (before.mode !== after.mode)
        changes.push({ field: "mode", text: `mode ${shown(before.mode)} → ${shown(after.mode)}` });
    if (before.maxAge !== after.maxAge)
        changes.push({
            field: "max_age",
            text: `max_age ${shown(before.maxAge)} → ${shown(after.maxAge)}`,
        });
    const added = after.mx.filter((p) => !before.mx.includes(p));
    const removed = before.mx.filter((p) => !after.mx.includes(p));
    if (added.length > 0)
        changes.push({ field: "mx", text: `mx added: ${added.map((p) => `"${p}"`).join(", ")}` });
    if (removed.length > 0)
        changes.push({ field: "mx", text: `mx removed: ${removed.map((p) => `"${p}"`).join(", ")}` });
    return changes;
}
function sameMeaning(a, b) {
    return meaningChanges(a, b).length === 0;
}

;// CONCATENATED MODULE: ./src/model/record-edits.ts
/** The joined text with one range replaced. */
function replaceRange(text, start, end, insert) {
    return text.slice(0, start) + insert + text.slice(end);
}
/**
 * The record text without one field: the field and the delimiter that follows it go (or the
 * delimiter before it, for the last field), so the rest of the record keeps its shape.
 */
function recordWithoutField(parsed, field) {
    const text = parsed.joined;
    const after = text.slice(field.end);
    const delimAfter = /^[ \t]*;[ \t]*/.exec(after);
    const nextIsField = delimAfter !== null && field.end + delimAfter[0].length < text.length;
    if (nextIsField && delimAfter) {
        return replaceRange(text, field.start, field.end + delimAfter[0].length, "");
    }
    const before = text.slice(0, field.start);
    const delimBefore = /[ \t]*;[ \t]*$/.exec(before);
    const from = delimBefore ? field.start - delimBefore[0].length : field.start;
    return replaceRange(text, from, field.end, "");
}
/** The record text with a field's value replaced. */
function recordWithValue(parsed, field, value) {
    return replaceRange(parsed.joined, field.valueStart, field.end, value);
}
/**
 * The record text with a field added after the version tag (where operators expect `id` and
 * `rua`, as in the RFC examples), or at the start when there is no version tag.
 */
function recordWithFieldAdded(parsed, name, value) {
    const at = parsed.version ? parsed.version.end : 0;
    const rest = parsed.joined.slice(at).replace(/^[ \t]*;?[ \t]*/, "");
    const head = parsed.joined.slice(0, at);
    const added = `${name}=${value}`;
    if (!head)
        return rest ? `${added}; ${rest}` : added;
    return rest ? `${head}; ${added}; ${rest}` : `${head}; ${added};`;
}

;// CONCATENATED MODULE: ./src/model/record-positions.ts

/** Source position of the character at `index` of a string (start of its source text). */
function charStart(s, index) {
    const column = s.columns?.[index];
    return column === undefined ? undefined : { line: s.span.line, column };
}
/** Source position just after the character at `index` of a string. */
function charEnd(s, index) {
    const columns = s.columns;
    if (!columns || index >= columns.length)
        return undefined;
    if (index + 1 < columns.length)
        return { line: s.span.line, column: columns[index + 1] };
    // The last character ends where the token ends, before its closing quote when quoted.
    const quoted = columns[0] > s.span.column;
    return { line: s.span.line, column: s.span.endColumn - (quoted ? 1 : 0) };
}
/** Which string holds the character at a joined-text offset, and where in it. */
function record_positions_locate(strings, offset) {
    let base = 0;
    for (const s of strings) {
        if (offset < base + s.text.length)
            return { s, index: offset - base };
        base += s.text.length;
    }
    return undefined;
}
/**
 * The file location of a range of the joined text, mapped through the strings' source
 * columns; the whole record when the range is empty or a column is unknown (multi-line strings).
 */
function joinedLocation(txt, start, end) {
    if (end > start) {
        const first = record_positions_locate(txt.strings, start);
        const last = record_positions_locate(txt.strings, end - 1);
        const a = first && charStart(first.s, first.index);
        const b = last && charEnd(last.s, last.index);
        if (a && b && (b.line > a.line || (b.line === a.line && b.column > a.column))) {
            const span = { line: a.line, column: a.column, endLine: b.line, endColumn: b.column };
            return { file: txt.record.file, span };
        }
    }
    return recordLocation(txt.record);
}
/** The location of one field (name through value). */
function fieldLocation(txt, field) {
    return joinedLocation(txt, field.start, field.end);
}

;// CONCATENATED MODULE: ./src/model/change.ts











/** The `_mta-sts` record of a domain, when its zone holds exactly one that qualifies. */
function publishedRecord(model) {
    const view = discoveryView(model, STS_FAMILY);
    const records = view ? qualifying(view.txts) : [];
    if (records.length !== 1)
        return undefined;
    const txt = records[0];
    const idField = txt.parsed.fields.find((f) => f.name === "id");
    return idField ? { txt, idField, id: idField.value } : { txt };
}
/** A revision as messages show it: a full commit SHA shortened as git shows it, else as given. */
function shortRevision(revision) {
    return /^[0-9a-f]{40,64}$/.test(revision) ? revision.slice(0, 12) : revision;
}
/**
 * Views already computed, by head model: five rules and the timeline ask for each domain's.
 * Kept with the `base` they were computed from, so attaching another base recomputes.
 */
const views = new WeakMap();
/** The comparison for a domain the base revision held; undefined for a new domain. */
function changeView(head) {
    const cached = views.get(head);
    if (cached && cached.from === head.base)
        return cached.view;
    const view = computeChangeView(head);
    views.set(head, view ? { from: head.base, view } : { from: head.base });
    return view;
}
function computeChangeView(head) {
    const base = head.base?.model;
    // A pull request that touched none of the domain's files compares the head with itself.
    if (!head.base || !base || base === head)
        return undefined;
    const view = {
        head,
        base,
        revision: shortRevision(head.base.revision),
        now: head.base.checkedAt,
        changes: [],
    };
    if (base.policy)
        view.baseMeaning = policyMeaning(base.policy);
    if (head.policy)
        view.headMeaning = policyMeaning(head.policy);
    const baseRecord = publishedRecord(base);
    const headRecord = publishedRecord(head);
    if (baseRecord)
        view.baseRecord = baseRecord;
    if (headRecord)
        view.headRecord = headRecord;
    if (view.baseMeaning && view.headMeaning)
        view.changes = meaningChanges(view.baseMeaning, view.headMeaning);
    if (baseRecord?.id !== undefined && headRecord?.id !== undefined)
        view.idChanged = baseRecord.id !== headRecord.id;
    return view;
}
/**
 * The mode senders may have cached from the base revision: only a policy that was published
 * (a record with an id pointed at it) can be in a cache, and only enforce and testing change
 * delivery or reporting.
 */
function cachedMode(view) {
    const mode = view.baseMeaning?.mode;
    return view.baseRecord && checksMx(mode) ? mode : undefined;
}
/**
 * "max_age 1209600 s = 14 days", or bare "max_age" when the base policy had none valid; a noun
 * phrase without a determiner, so callers write "its …" or "the base policy's …" around it.
 */
function describeMaxAge(seconds) {
    return seconds === undefined ? "max_age" : `max_age ${seconds} s = ${describeDuration(seconds)}`;
}
/** The base policy as senders cached it, for messages: `mode enforce, max_age 1209600 s = 14 days`. */
function describeCached(view) {
    const maxAge = view.baseMeaning?.maxAge;
    const age = maxAge === undefined ? "no valid max_age" : describeMaxAge(maxAge);
    return `mode ${view.baseMeaning?.mode ?? "(none)"}, ${age}`;
}
/** When a wait of `seconds` from the run's clock ends, as ISO 8601 UTC without milliseconds. */
function safeFrom(now, seconds) {
    return `${new Date(now.getTime() + seconds * 1000).toISOString().slice(0, 19)}Z`;
}
/** A fresh id for this run (RFC 8461 §3.1: a UTC timestamp is the suggested form). */
function suggestedId(view) {
    const fresh = timestampId(view.now);
    // The run's clock could equal the head id when a run is repeated within the same second.
    return fresh === view.headRecord?.id ? `${fresh}0` : fresh;
}
/** Where a finding about the `_mta-sts` id points, and the record with a fresh id as its fix. */
function idLocation(view) {
    const record = view.headRecord;
    if (!record)
        return undefined;
    if (!record.idField)
        return { location: recordLocation(record.txt.record) };
    return {
        location: fieldLocation(record.txt, record.idField),
        fix: recordWithValue(record.txt.parsed, record.idField, suggestedId(view)),
    };
}
/**
 * The head policy's line that carries the first change (the mode, the max_age, an added mx
 * pattern; for a removed pattern the first mx line), for findings about the policy file.
 */
function changedPolicyLocation(view) {
    const policy = view.head.policy;
    const first = view.changes[0];
    if (!policy || !first)
        return undefined;
    const added = new Set(view.headMeaning?.mx.filter((p) => !view.baseMeaning?.mx.includes(p)));
    const field = first.field === "mx"
        ? (mxFields(policy).find((f) => added.has(mxPatternKey(f.value))) ?? mxFields(policy)[0])
        : firstField(policy, first.field);
    return field ? policyFieldLocation(view.head, policy, field) : { file: view.head.policyFile };
}
/** The base policy's patterns cover the host (RFC 8461 §4.1). */
function baseCovers(view, host) {
    return (view.baseMeaning?.mx ?? []).some((p) => patternCovers(p, host));
}
/**
 * MX hosts the head zone adds (absent from the base zone's MX set) that the base policy does
 * not cover: senders holding the cached base policy refuse them (enforce) or report them
 * (testing) until the cache expires. Empty when either zone is unknown.
 */
function uncoveredNewMx(view) {
    const { head, base } = view;
    if (!head.zone || !base.zone || !cachedMode(view))
        return [];
    const before = new Set(domainMx(base.zone, base.name).hosts.map((h) => h.host));
    return domainMx(head.zone, head.name).hosts.filter((mx) => !before.has(mx.host) && !baseCovers(view, mx.host));
}
/** The name is answered by this zone (not delegated) and holds no record senders would use. */
function recordGone(view) {
    const zone = view.head.zone;
    if (!zone || !view.baseRecord || view.headRecord)
        return false;
    const name = stsRecordName(view.head.name);
    if (isOutsideZone(zone, name) || cnameAt(zone, name))
        return false;
    const txts = discoveryView(view.head, STS_FAMILY)?.txts ?? [];
    // A record that is still there but broken is the sts-record-* rules' finding.
    return txts.every((t) => t.cls === "unrelated");
}
function hostGone(view) {
    const { head, base } = view;
    if (!head.zone || !base.zone)
        return false;
    const host = policyHostName(head.name);
    if (isOutsideZone(head.zone, host))
        return false;
    return (hostAddressRecords(base.zone, host).length > 0 &&
        hostAddressRecords(head.zone, host).length === 0);
}
/** The configured policy file is gone (a moved file is matched through the configuration). */
function policyFileGone(view) {
    const { head, base } = view;
    if (!base.policy || head.policy || head.policyFile === undefined)
        return false;
    return head.problems.some((p) => p.area === "policy" && p.kind === "missing");
}
/**
 * The parts of the published setup that disappear in this revision while senders may hold
 * the base policy in enforce or testing (RFC 8461 §8.3 asks for mode none first).
 */
function removals(view) {
    if (!cachedMode(view))
        return [];
    const { head } = view;
    const out = [];
    const zoneTop = head.zone ? zoneAnchor(head.zone, head.name) : undefined;
    if (recordGone(view) && zoneTop)
        out.push({
            what: "record",
            text: `the ${stsRecordName(head.name)} TXT record`,
            location: zoneTop,
        });
    if (hostGone(view) && zoneTop)
        out.push({
            what: "policy-host",
            text: `the policy host ${policyHostName(head.name)}`,
            location: zoneTop,
        });
    if (policyFileGone(view))
        out.push({
            what: "policy-file",
            text: `the policy file ${head.policyFile}`,
            location: { file: head.policyFile },
        });
    return out;
}
/** Is this revision the first step of RFC 8461 §8.3: a published mode none policy with a new id? */
function isProperRemovalStart(view) {
    return (cachedMode(view) !== undefined &&
        view.headMeaning?.mode === "none" &&
        view.idChanged === true &&
        removals(view).length === 0);
}
/** The policy body of RFC 8461 §8.3 step 1: mode none, a small max_age, the same mx lines. */
function modeNonePolicy(view) {
    const mx = view.baseMeaning?.mx ?? [];
    return [
        "version: STSv1",
        "mode: none",
        ...mx.map((p) => `mx: ${p}`),
        `max_age: ${ONE_DAY}`,
        "",
    ].join("\n");
}

;// CONCATENATED MODULE: ./src/rules/change-deploy-order.ts



/**
 * The right change (new policy, new id) deployed in the wrong order: a sender that sees the
 * new id before the new policy is served caches the old policy under the new id (§8.1).
 */
const rule = {
    meta: {
        id: "change-deploy-order",
        area: "change",
        defaultSeverity: "notice",
        description: "The policy and the _mta-sts id change together: the policy file must be live before the new id is published.",
        rfc: "RFC 8461 §8.1",
    },
    scope: "domain",
    check({ domain, report }) {
        const view = changeView(domain);
        if (!view || view.changes.length === 0 || view.idChanged !== true)
            return;
        // The policy file is what must go live first: the notice points at its changed line.
        const location = changedPolicyLocation(view);
        if (!location)
            return;
        const changed = view.changes.map((c) => c.text).join("; ");
        // What such a sender caches is the old policy, with the old max_age.
        const maxAge = describeMaxAge(view.baseMeaning?.maxAge);
        report({
            location,
            message: `The policy changes (${changed}) and the id changes with it (${wording_quoted(view.baseRecord?.id ?? "")} → ${wording_quoted(view.headRecord?.id ?? "")}): the right change. Deploy it in order (RFC 8461 §8.1): first the policy file, so that ${policyUrl(domain.name)} serves the new policy, then the DNS record with the new id. A sender that sees the new id while the old policy is still served caches the old policy under the new id and keeps it for up to its ${maxAge}, without refetching until the id changes again.`,
        });
    },
};

;// CONCATENATED MODULE: ./src/rules/change-id-not-bumped.ts



/**
 * Senders refetch a policy only when the `_mta-sts` id changes (RFC 8461 §3.1, §5.1): a
 * policy edited under the same id is not seen by any sender holding the old one.
 */
const change_id_not_bumped_rule = {
    meta: {
        id: "change-id-not-bumped",
        area: "change",
        defaultSeverity: "error",
        description: "The policy's meaning (mode, max_age or the mx set) changed but the _mta-sts id did not.",
        rfc: "RFC 8461 §3.1, §8.1",
    },
    scope: "domain",
    check({ domain, report }) {
        const view = changeView(domain);
        if (!view || view.changes.length === 0 || view.idChanged !== false)
            return;
        const at = idLocation(view);
        if (!at)
            return;
        const id = view.headRecord?.id ?? "";
        const fresh = suggestedId(view);
        const changed = view.changes.map((c) => c.text).join("; ");
        report({
            location: at.location,
            ...(at.fix !== undefined ? { fix: at.fix } : {}),
            message: `The policy changed since ${view.revision} (${changed}) but the id of the _mta-sts record is still ${wording_quoted(id)}. Senders (${ENFORCING_SENDERS}) fetch ${policyUrl(domain.name)} again only when the id changes: those that cached the policy published at the base revision (${describeCached(view)}) keep applying it for up to its ${describeMaxAge(view.baseMeaning?.maxAge)} after their last fetch, and new senders get the new policy, so the domain's senders disagree about it. Deploy the new policy file first, then change the id, for example to the current UTC time ${wording_quoted(fresh)}.`,
        });
    },
};

;// CONCATENATED MODULE: ./src/rules/change-id-without-policy-change.ts


/** A new id with the same policy makes every sender refetch it: harmless, but maybe a slip. */
const change_id_without_policy_change_rule = {
    meta: {
        id: "change-id-without-policy-change",
        area: "change",
        defaultSeverity: "notice",
        description: "The _mta-sts id changed but the policy means the same as before.",
        rfc: "RFC 8461 §3.1",
    },
    scope: "domain",
    check({ domain, report }) {
        const view = changeView(domain);
        if (!view?.baseMeaning || !view.headMeaning)
            return;
        if (view.idChanged !== true || view.changes.length > 0)
            return;
        const at = idLocation(view);
        if (!at)
            return;
        report({
            location: at.location,
            message: `The id of the _mta-sts record changed (${wording_quoted(view.baseRecord?.id ?? "")} → ${wording_quoted(view.headRecord?.id ?? "")}) but the policy means the same as at ${view.revision} (mode, max_age and mx set are equal). Senders fetch the policy once more and keep applying the same rules: harmless. If this revision was meant to change the policy, the edit of the policy file is missing.`,
        });
    },
};

;// CONCATENATED MODULE: ./src/rules/change-mx-not-in-published-policy.ts



/**
 * A new MX host that the policy senders have cached does not cover: they refuse it (enforce)
 * or report it (testing) until that cached policy expires, whatever the new policy says.
 */
const change_mx_not_in_published_policy_rule = {
    meta: {
        id: "change-mx-not-in-published-policy",
        area: "change",
        defaultSeverity: "error",
        description: "An MX host added to the zone is not covered by the base revision's enforce or testing policy, which senders keep cached for up to its max_age.",
        rfc: "RFC 8461 §4.1, §5.1, §8.1",
    },
    scope: "domain",
    check({ domain, report }) {
        const view = changeView(domain);
        const mode = view && cachedMode(view);
        if (!view || !mode)
            return;
        const maxAge = view.baseMeaning?.maxAge;
        const patterns = quotedList(view.baseMeaning?.mx ?? []);
        for (const mx of uncoveredNewMx(view)) {
            const consequence = mode === "enforce"
                ? `refuse to deliver to ${mx.host} (TLS-RPT "validation-failure"); mail waits for the other MX hosts or bounces when only this one is reachable`
                : `deliver to ${mx.host} but report every connection as "validation-failure" in TLS-RPT`;
            const until = maxAge === undefined
                ? "until that cached policy expires"
                : `until that cached policy expires: up to ${describeMaxAge(maxAge)} after the new policy and id are live (at the earliest ${safeFrom(view.now, maxAge)} if both go live now)`;
            report({
                severity: mode === "enforce" ? "error" : "warning",
                location: recordLocation(mx.record),
                message: `MX host ${wording_quoted(mx.host)} is new in this revision, but the policy published at ${view.revision} (${describeCached(view)}; mx ${patterns || "(none)"}) does not cover it. Senders that cached that policy (${ENFORCING_SENDERS}) ${consequence} ${until}. Publish a policy whose mx lines cover ${mx.host} and change the id now; add the MX record only after that wait.`,
            });
        }
    },
};

;// CONCATENATED MODULE: ./src/rules/change-removal-unsafe.ts


/**
 * Deleting the record, the policy host or the policy file does not delete the policy from
 * senders' caches (RFC 8461 §8.3): they keep enforcing it, and can no longer learn of a change.
 */
const change_removal_unsafe_rule = {
    meta: {
        id: "change-removal-unsafe",
        area: "change",
        defaultSeverity: "error",
        description: "The _mta-sts record, the policy host or the policy file disappears while the base policy was enforce or testing, without first publishing mode none with a new id.",
        rfc: "RFC 8461 §8.3",
    },
    scope: "domain",
    check({ domain, report }) {
        const view = changeView(domain);
        const mode = view && cachedMode(view);
        if (!view || !mode)
            return;
        const gone = removals(view);
        if (gone.length === 0)
            return;
        const maxAge = view.baseMeaning?.maxAge;
        const consequence = mode === "enforce"
            ? "keep refusing MX hosts the cached policy does not cover and any MX without valid TLS"
            : "keep reporting failures against the cached policy";
        const wait = maxAge === undefined
            ? "once the base policy's max_age has passed"
            : `${describeMaxAge(maxAge)} later (at the earliest ${safeFrom(view.now, maxAge)} if the mode none policy and id go live now)`;
        const location = gone[0].location;
        const body = modeNonePolicy(view);
        // `fix` replaces the located span: only when that is the policy file is the body a fix.
        const onPolicyFile = gone[0].what === "policy-file";
        const lines = body
            .split("\n")
            .filter((l) => l !== "")
            .map(wording_quoted)
            .join(", ");
        const bodyText = onPolicyFile ? "" : ` The mode none policy file, one line each: ${lines}.`;
        report({
            location,
            ...(onPolicyFile ? { fix: body } : {}),
            message: `This revision removes ${gone.map((g) => g.text).join(", ")} while the policy published at ${view.revision} was ${describeCached(view)}. Removing them does not remove the policy from senders' caches: senders that cached it (${ENFORCING_SENDERS}) ${consequence} for up to its ${describeMaxAge(maxAge)}, and with the record or policy gone they can no longer learn of a new one. Remove MTA-STS as RFC 8461 §8.3 says: first publish a policy with mode none and a new id (keep the record, the host and the file), then remove them ${wait}.${bodyText}`,
        });
    },
};

;// CONCATENATED MODULE: ./src/rules/config-invalid.ts

/** A configuration mistake silently changes what is checked unless it is reported. */
const config_invalid_rule = {
    meta: {
        id: "config-invalid",
        area: null,
        defaultSeverity: "error",
        description: "The configuration file or action inputs are invalid (unknown key, wrong type, unknown rule ID).",
    },
    scope: "run",
    check(ctx) {
        for (const issue of ctx.configIssues) {
            ctx.report({
                location: issue.location,
                message: `${asSentence(issue.message)} The linter ignores this setting and goes on, so the run may not check what you intended.`,
                domain: issue.domain,
            });
        }
    },
};

;// CONCATENATED MODULE: ./src/rules/hosting-cname-mismatch.ts


/** GitHub Pages answers only for the host its CNAME file names; senders ask mta-sts.<domain>. */
const hosting_cname_mismatch_rule = {
    meta: {
        id: "hosting-cname-mismatch",
        area: "policy",
        defaultSeverity: "error",
        description: "The site's CNAME file names a host other than mta-sts.<domain> of the domain the policy is configured for.",
        rfc: "RFC 8461 §3.3",
    },
    scope: "domain",
    check(ctx) {
        const { site, name } = ctx.domain;
        const cname = site?.cname;
        if (!cname)
            return;
        const wanted = `mta-sts.${name}`;
        if (normalizeHost(cname.host) === wanted)
            return;
        ctx.report({
            location: { file: cname.file, span: cname.span },
            message: `${cname.file} names ${wording_quoted(cname.host)}, but senders fetch the policy of ${name} from https://${wanted}/.well-known/mta-sts.txt (RFC 8461 §3.3): GitHub Pages serves the site only under the CNAME's host and its certificate covers only that name, so senders fail the fetch (TLS-RPT sts-policy-fetch-error or sts-webpki-invalid). Write "${wanted}" in ${cname.file} (and point the mta-sts DNS name at GitHub Pages).`,
            fix: wanted,
        });
    },
};

// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __nccwpck_require__(8815);
;// CONCATENATED MODULE: ./src/model/jekyll.ts



/**
 * What Jekyll (the generator behind GitHub Pages) makes of one file of a site, computed from
 * the texts of the few files that decide it. Pure: the adapter in `sources/site.ts` reads them.
 *
 * The rules followed here are Jekyll's own (3.10 on GitHub Pages, 4.x locally; they agree on
 * everything below unless noted):
 * - a file whose first line is `---` is a page: the front matter up to the next `---` or `...`
 *   line is removed (with any blank lines right after it), Liquid is rendered, a layout wraps
 *   the result, and it is written at its permalink (with the file's extension appended when the
 *   permalink lacks it);
 * - any other file is copied byte for byte to the same path;
 * - a folder or file whose name starts with `.`, `_`, `#` or `~` (or ends with `~`) is never
 *   read, front matter or not, unless `_config.yml` lists it under `include:`;
 * - `.nojekyll` at the site root switches all of this off: GitHub Pages serves the files as
 *   they are, front matter included.
 */
/** The `include:` line that makes Jekyll publish the `.well-known` folder. */
const INCLUDE_WELL_KNOWN = "include: [.well-known]";
/**
 * The `include:` line that adds `name` to what the site already includes: the line replaces
 * the existing one, so the existing entries are kept.
 */
function includeLine(existing, name) {
    const entries = [...existing.filter((e) => e !== name), name];
    const flow = (e) => (/^[\w./-]+$/.test(e) && !e.startsWith("-") ? e : JSON.stringify(e));
    return `include: [${entries.map(flow).join(", ")}]`;
}
/** Front matter that serves a file as the policy: no layout, at the well-known path. */
const POLICY_FRONT_MATTER = `---\nlayout: null\npermalink: ${records_WELL_KNOWN_PATH}\n---`;
/** A layout value that means "no layout" (`null`, `none`, empty; `false` in old sites). */
function isNoLayout(value) {
    return (value === null ||
        value === undefined ||
        value === false ||
        (typeof value === "string" && ["", "none", "null"].includes(value.trim().toLowerCase())));
}
/** Jekyll::Utils.has_yaml_header?: the first line is `---` and optional whitespace. */
const HAS_YAML_HEADER = /^---[ \t\r\f\v]*\n/;
/** Ruby's \s (Jekyll's patterns are Ruby regular expressions). */
function isRubySpace(c) {
    return c === " " || c === "\t" || c === "\r" || c === "\n" || c === "\f" || c === "\v";
}
/**
 * Where Jekyll::Document::YAML_FRONT_MATTER_REGEXP,
 * `\A(---\s*\n.*?\n?)^((---|\.\.\.)\s*$\n?)` (multiline dot, Ruby line anchors), ends its
 * match: the first later line that starts with `---` or `...` followed by whitespace up to a
 * line end or the end of the text closes the front matter, and `\s*$\n?` also swallows the
 * blank lines after it, up to and including the last line end before the body. Computed by a
 * scan, not that pattern: its lazy part backtracks quadratically on a file of blank lines.
 * Returns the offsets of the closing line and of the body, or undefined when nothing closes.
 */
function closingLine(text) {
    let lineStart = text.indexOf("\n") + 1;
    while (lineStart > 0 && lineStart < text.length) {
        const marker = text.slice(lineStart, lineStart + 3);
        if (marker === "---" || marker === "...") {
            let end = lineStart + 3;
            let lastNewline = -1;
            while (end < text.length && isRubySpace(text[end])) {
                if (text[end] === "\n")
                    lastNewline = end;
                end++;
            }
            if (end === text.length)
                return { start: lineStart, bodyOffset: end };
            if (lastNewline >= 0)
                return { start: lineStart, bodyOffset: lastNewline + 1 };
        }
        lineStart = text.indexOf("\n", lineStart) + 1;
    }
    return undefined;
}
/** Splits the front matter off a page; undefined when the file is not a page. */
function splitFrontMatter(text) {
    if (!HAS_YAML_HEADER.test(text))
        return undefined;
    const index = new LineIndex(text);
    const closing = closingLine(text);
    if (!closing) {
        const firstLineEnd = text.indexOf("\n");
        return {
            frontMatter: {
                span: index.span(0, firstLineEnd),
                data: {},
                keys: new Map(),
                closed: false,
            },
            bodyOffset: 0,
        };
    }
    const closingEnd = closing.start + 3;
    const frontMatter = {
        span: index.span(0, closingEnd),
        data: {},
        keys: new Map(),
        closed: true,
    };
    readYaml(text.slice(0, closing.start), frontMatter);
    return { frontMatter, bodyOffset: closing.bodyOffset };
}
function readYaml(yamlText, into) {
    const lines = new dist/* LineCounter */.HN();
    try {
        const doc = (0,dist/* parseDocument */.Tp)(yamlText, { lineCounter: lines, uniqueKeys: false, version: "1.1" });
        if (doc.errors.length > 0) {
            into.yamlError = doc.errors[0].message.split("\n")[0];
            return;
        }
        const root = doc.contents;
        if (!(0,dist/* isMap */.jh)(root))
            return;
        const spanOf = (node) => {
            const [start, end] = node?.range ?? [0, 0];
            const a = lines.linePos(start);
            const b = lines.linePos(Math.max(start, end));
            return { line: a.line, column: a.col, endLine: b.line, endColumn: b.col };
        };
        for (const pair of root.items) {
            if (!(0,dist/* isScalar */.jn)(pair.key))
                continue;
            const name = String(pair.key.value);
            if (into.keys.has(name))
                continue; // Ruby's YAML keeps the last; rare enough to ignore
            const value = pair.value;
            into.keys.set(name, { keySpan: spanOf(pair.key), valueSpan: spanOf(value ?? pair.key) });
            into.data[name] = (0,dist/* isScalar */.jn)(value) ? value.value : value === null ? null : value.toJSON();
        }
    }
    catch (err) {
        into.yamlError = err instanceof Error ? err.message.split("\n")[0] : String(err);
    }
}
/** Jekyll's `special?` and `backup?` entry names, skipped unless included. */
function isSkippedName(name) {
    return /^[._#~]/.test(name) || name.endsWith("~");
}
/** Ruby's File.fnmatch without flags: `*` and `?` match any character, `/` included. */
function fnmatch(pattern, text) {
    const source = pattern
        .split("")
        .map((c) => c === "*" ? "[\\s\\S]*" : c === "?" ? "[\\s\\S]" : c.replace(/[.+^${}()|[\]\\]/g, "\\$&"))
        .join("");
    return new RegExp(`^${source}$`).test(text);
}
/**
 * Jekyll's EntryFilter#glob_include?: a pattern matches an entry when it globs it, is a prefix
 * of it, or names it as a folder with a trailing slash. Both are relative to the site root.
 */
function patternMatches(pattern, entry) {
    const p = pattern.replace(/^\.?\/+/, "");
    if (p === "")
        return false;
    return fnmatch(p, entry) || entry.startsWith(p) || p === `${entry}/`;
}
function stringList(value) {
    if (typeof value === "string")
        return [value];
    if (!Array.isArray(value))
        return [];
    return value.filter((v) => typeof v === "string");
}
function readSiteConfig(text) {
    const config = { include: [], exclude: [], defaults: [] };
    if (text === undefined)
        return config;
    let data;
    try {
        const doc = (0,dist/* parseDocument */.Tp)(text, { uniqueKeys: false, version: "1.1" });
        if (doc.errors.length > 0) {
            const [error] = doc.errors;
            config.error = error.message.split("\n")[0].replace(/ at line \d+, column \d+:?$/, "");
            const at = error.linePos?.[0];
            if (at)
                config.errorAt = { line: at.line, column: at.col, endLine: at.line, endColumn: at.col };
            return config;
        }
        data = doc.toJSON();
    }
    catch (err) {
        config.error = err instanceof Error ? err.message.split("\n")[0] : String(err);
        return config;
    }
    if (typeof data !== "object" || data === null)
        return config;
    const record = data;
    config.include = stringList(record.include);
    config.exclude = stringList(record.exclude);
    if (Array.isArray(record.defaults)) {
        for (const entry of record.defaults) {
            if (typeof entry !== "object" || entry === null)
                continue;
            const { scope, values } = entry;
            if (typeof values !== "object" || values === null)
                continue;
            const s = (typeof scope === "object" && scope !== null ? scope : {});
            config.defaults.push({
                path: typeof s.path === "string" ? s.path : "",
                type: typeof s.type === "string" ? s.type : undefined,
                values: values,
            });
        }
    }
    return config;
}
/** Why the site will not read the file: the first skipped or excluded name on its path. */
function unreadEntry(pathInSite, config) {
    const names = pathInSite.split("/");
    for (let i = 0; i < names.length; i++) {
        const path = names.slice(0, i + 1).join("/");
        const name = names[i];
        // Jekyll's EntryFilter matches `include:` against the entry's own name (so a nested
        // "docs/.well-known" pattern never matches) and `exclude:` against its path in the site.
        if (config.include.some((p) => patternMatches(p, name)))
            continue;
        if (isSkippedName(name))
            return { why: "skipped-name", name, path };
        const pattern = config.exclude.find((p) => !config.include.includes(p) && patternMatches(p, path));
        if (pattern !== undefined)
            return { why: "excluded", path, pattern };
    }
    return undefined;
}
/**
 * The value `key` gets from `defaults:` for a page at `pathInSite`: the last matching scope
 * that sets it (Jekyll ranks by scope specificity; real sites rarely have competing scopes).
 */
function defaultValue(config, pathInSite, key) {
    let found;
    for (const d of config.defaults) {
        if (d.type !== undefined && d.type !== "pages")
            continue;
        const scope = d.path.replace(/^\.?\/+/, "");
        const applies = scope === "" ||
            (scope.includes("*") ? fnmatch(scope, pathInSite) : pathInSite.startsWith(scope));
        if (applies && Object.hasOwn(d.values, key))
            found = d.values[key];
    }
    return found;
}
/** A front matter value, else the defaults' value, with where it came from. */
function decide(frontMatter, config, pathInSite, key) {
    if (frontMatter && Object.hasOwn(frontMatter.data, key)) {
        return {
            value: frontMatter.data[key],
            decided: { from: "front matter", at: frontMatter.keys.get(key) },
        };
    }
    const value = defaultValue(config, pathInSite, key);
    return value === undefined ? { value } : { value, decided: { from: "defaults" } };
}
function extensionOf(path) {
    const name = path.slice(path.lastIndexOf("/") + 1);
    const dot = name.lastIndexOf(".");
    return dot > 0 ? name.slice(dot) : "";
}
/**
 * Where Jekyll writes a page (Page#url and Page#destination): the permalink with `:path`,
 * `:basename` and `:output_ext` filled in, `index` added to a folder permalink, and the
 * file's extension appended when the path does not already end with it.
 */
function pageOutputPath(pathInSite, permalink) {
    const ext = extensionOf(pathInSite);
    const slash = pathInSite.lastIndexOf("/");
    const dir = slash >= 0 ? pathInSite.slice(0, slash) : "";
    const basename = pathInSite.slice(slash + 1, pathInSite.length - ext.length);
    let url = (permalink ?? "/:path/:basename:output_ext")
        .replace(/:path/g, dir)
        .replace(/:basename/g, basename)
        .replace(/:output_ext/g, ext);
    url = `/${url}`.replace(/\/{2,}/g, "/");
    if (url.endsWith("/"))
        url += "index";
    if (ext !== "" && !url.endsWith(ext))
        url += ext;
    return url;
}
/** Byte-level Liquid markers: Jekyll renders a page that contains either. */
function liquidSpans(text, offset, index) {
    const spans = [];
    const re = /\{\{[\s\S]*?(?:\}\}|$)|\{%[\s\S]*?(?:%\}|$)/g;
    const body = text.slice(offset);
    for (let m = re.exec(body); m; m = re.exec(body)) {
        const start = offset + m.index;
        // A tag that spans lines is pointed at on its first line.
        const nl = m[0].search(/[\r\n]/);
        spans.push(index.span(start, start + (nl >= 0 ? nl : m[0].length)));
    }
    return spans;
}
function cnameHost(cname) {
    const index = new LineIndex(cname.text);
    const match = /\S+/.exec(cname.text);
    if (!match)
        return undefined;
    return {
        file: cname.file,
        host: match[0],
        span: index.span(match.index, match.index + match[0].length),
    };
}
/**
 * Why the site looks like one GitHub Pages builds with Jekyll (a `_config.yml`, a `CNAME`, a
 * `.nojekyll`, or front matter at the top of the policy file), as a phrase for messages;
 * undefined when nothing says so.
 */
function jekyllSiteEvidence(input) {
    if (input.config)
        return input.config.file;
    if (input.cname)
        return input.cname.file;
    if (input.nojekyll)
        return input.nojekyll;
    if (HAS_YAML_HEADER.test(input.text))
        return `the front matter of ${input.file}`;
    return undefined;
}
/** What GitHub Pages makes of the policy file. */
function jekyllView(input) {
    const cname = input.cname ? cnameHost(input.cname) : undefined;
    const whole = { text: input.text, firstLine: 1, offset: 0 };
    if (input.nojekyll !== undefined) {
        // No Jekyll: every file is served as it is, dot-folders and front matter included.
        return {
            input,
            config: readSiteConfig(undefined),
            nojekyll: true,
            outputPath: `/${input.pathInSite}`,
            liquid: [],
            body: whole,
            ...(cname ? { cname } : {}),
        };
    }
    const config = readSiteConfig(input.config?.text);
    const view = { input, config, nojekyll: false, liquid: [], body: whole };
    if (cname)
        view.cname = cname;
    const split = splitFrontMatter(input.text);
    const unread = config.error !== undefined && input.config
        ? {
            why: "build-fails",
            file: input.config.file,
            reason: config.error,
            ...(config.errorAt ? { span: config.errorAt } : {}),
        }
        : unreadEntry(input.pathInSite, config);
    if (split) {
        view.frontMatter = split.frontMatter;
        const index = new LineIndex(input.text);
        const start = index.position(split.bodyOffset);
        // An empty body after the closing line starts on the line after it.
        view.body = {
            text: input.text.slice(split.bodyOffset),
            firstLine: start.column === 1 ? start.line : start.line + 1,
            offset: split.bodyOffset,
        };
        const fm = split.frontMatter;
        const published = decide(fm, config, input.pathInSite, "published");
        const permalink = decide(fm, config, input.pathInSite, "permalink");
        if (typeof permalink.value === "string" && permalink.decided) {
            view.permalink = { value: permalink.value, ...permalink.decided };
        }
        const layout = decide(fm, config, input.pathInSite, "layout");
        if (!isNoLayout(layout.value) && layout.decided) {
            view.layout = { value: String(layout.value), ...layout.decided };
        }
        view.liquid = liquidSpans(input.text, split.bodyOffset, index);
        if (unread)
            view.notPublished = unread;
        else if (published.value === false) {
            view.notPublished = { why: "unpublished", at: published.decided?.at };
        }
        else
            view.outputPath = pageOutputPath(input.pathInSite, view.permalink?.value);
        return view;
    }
    if (unread)
        view.notPublished = unread;
    else
        view.outputPath = `/${input.pathInSite}`;
    return view;
}
/** True when the site writes the file where senders fetch it, whatever its content. */
function servedAtWellKnown(view) {
    return view.outputPath === WELL_KNOWN_PATH;
}

;// CONCATENATED MODULE: ./src/model/site-fixes.ts


/**
 * Paste-able corrections for a policy a static site publishes, and the wording the hosting-*
 * rules share.
 */
/** Why a page that is not the plain policy breaks delivery, said once for every hosting rule. */
const NOT_A_POLICY = "senders (Google, Microsoft, Postfix + postfix-mta-sts-resolver, Stalwart, mox) then find no valid policy (TLS-RPT result type sts-policy-fetch-error or sts-policy-invalid) and deliver as if the domain had none";
/**
 * The policy body with every field on its own clean line (`name: value`, no indentation,
 * comments, blank lines or front matter), in the order written, ending with one LF.
 * Undefined when the body holds no field to keep.
 */
function cleanPolicyBody(doc) {
    if (!doc || doc.fields.length === 0)
        return undefined;
    return `${doc.fields.map((f) => `${f.name}: ${f.value}`).join("\n")}\n`;
}
/** The whole file a Jekyll site should hold: front matter that serves it as is, then the clean body. */
function correctedPageFile(doc) {
    const body = cleanPolicyBody(doc);
    return body === undefined ? POLICY_FRONT_MATTER : `${POLICY_FRONT_MATTER}\n${body}`;
}
/** The URL senders would find the file at on the policy host. */
function servedUrl(domain, path) {
    return `https://${policyHostName(domain)}${path}`;
}
/** A span in the policy file, else its start. */
function inPolicyFile(site, span) {
    return { file: site.input.file, span: span ?? { line: 1, column: 1, endLine: 1, endColumn: 1 } };
}
/**
 * For findings that only hold if GitHub Pages really publishes the file: how the site was
 * recognised, and how to say otherwise.
 */
function detectionNote(site) {
    return site.input.detectedFrom
        ? ` (The site was taken for a GitHub Pages site from ${site.input.detectedFrom}; if another server publishes this file, set "hosting: none" for the domain in the configuration.)`
        : "";
}

;// CONCATENATED MODULE: ./src/rules/hosting-front-matter.ts


/**
 * Front matter is not part of what senders fetch: Jekyll strips it. The notice says so, and
 * that the policy rules judged the body after it, at the file's own line numbers.
 */
const hosting_front_matter_rule = {
    meta: {
        id: "hosting-front-matter",
        area: "policy",
        defaultSeverity: "notice",
        description: "The policy file starts with Jekyll front matter: the served body (after it) is what gets linted.",
        rfc: "RFC 8461 §3.3",
    },
    scope: "domain",
    check(ctx) {
        const { site, policy } = ctx.domain;
        const fm = site?.frontMatter;
        if (!site || !fm)
            return;
        const lines = `lines ${fm.span.line}–${fm.span.endLine}`;
        if (!fm.closed) {
            ctx.report({
                location: inPolicyFile(site, fm.span),
                message: `The file starts with "---" but no closing "---" line follows: Jekyll keeps the whole file as the page, "---" included, so senders read a first line that is not "name: value" and strict ones reject the policy (sts-policy-invalid). Close the front matter, or use the corrected file in the fix.`,
                fix: correctedPageFile(policy),
            });
            return;
        }
        const yaml = fm.yamlError
            ? ` Its YAML is invalid (${fm.yamlError}): Jekyll warns and ignores every value in it (layout, permalink), so the page gets the site's defaults.`
            : "";
        const keys = [...fm.keys.keys()];
        const what = keys.length > 0 ? ` (${keys.map(wording_quoted).join(", ")})` : "";
        ctx.report({
            location: inPolicyFile(site, fm.span),
            message: `The file starts with Jekyll front matter${what} on ${lines}. GitHub Pages strips it (with any blank lines right after it) and serves the rest, so the policy checks judge the body from line ${site.body.firstLine} on, at the file's real lines.${yaml} The file in the fix is the front matter and body that serve the policy as it is.`,
            fix: correctedPageFile(policy),
        });
    },
};

;// CONCATENATED MODULE: ./src/rules/hosting-layout.ts


/** A layout wraps the policy in an HTML page: nothing a sender can parse. */
const hosting_layout_rule = {
    meta: {
        id: "hosting-layout",
        area: "policy",
        defaultSeverity: "error",
        description: "The front matter (or the site's defaults) gives the policy page a layout other than null/none: the site serves HTML.",
        rfc: "RFC 8461 §3.2",
    },
    scope: "domain",
    check(ctx) {
        const { site } = ctx.domain;
        const layout = site?.layout;
        // Reported even when the file is not published yet: it is the next thing to break once
        // hosting-not-published is fixed.
        if (!site || !layout)
            return;
        const where = layout.from === "front matter"
            ? `The front matter names the layout ${wording_quoted(layout.value)}`
            : `The \`defaults:\` of ${site.input.config?.file ?? "_config.yml"} give this page the layout ${wording_quoted(layout.value)}`;
        ctx.report({
            location: inPolicyFile(site, layout.at?.valueSpan ?? site.frontMatter?.span),
            message: `${where}: Jekyll wraps the policy in that layout's HTML, so the policy host serves an HTML page instead of "version: STSv1" lines; ${NOT_A_POLICY}. Set "layout: null" in the front matter (it overrides the defaults).`,
            fix: "layout: null",
        });
    },
};

;// CONCATENATED MODULE: ./src/rules/hosting-liquid.ts


/** Liquid in a page is rendered: senders get the output, not what the file shows. */
const hosting_liquid_rule = {
    meta: {
        id: "hosting-liquid",
        area: "policy",
        defaultSeverity: "warning",
        description: "The served body contains Liquid syntax ({{ or {%) that Jekyll renders when it builds the site.",
        rfc: "RFC 8461 §3.2",
    },
    scope: "domain",
    check(ctx) {
        const { site } = ctx.domain;
        if (!site || site.liquid.length === 0)
            return;
        const lines = site.input.text.split(/\r\n|\n|\r/);
        const off = site.frontMatter?.keys.get("render_with_liquid");
        const jekyll4 = off
            ? ` "render_with_liquid: false" is a Jekyll 4 setting: the Jekyll that GitHub Pages runs (3.x) renders the page anyway.`
            : "";
        for (const span of site.liquid) {
            const text = lines[span.line - 1]?.slice(span.column - 1, span.endColumn - 1) ?? "";
            ctx.report({
                location: inPolicyFile(site, span),
                message: `${wording_quoted(text)} on line ${span.line} is Liquid: Jekyll renders it when it builds the site (an unknown variable becomes empty text, a tag may fail the build), so senders get the rendered text, not what the file shows, and this linter cannot check it.${jekyll4} Write the literal value (a template placeholder left in is a value no sender accepts).`,
            });
        }
    },
};

;// CONCATENATED MODULE: ./src/rules/hosting-not-published.ts




/**
 * Jekyll never reads a folder whose name starts with a dot (`.well-known/`) unless
 * `_config.yml` includes it: the policy then 404s, front matter or not.
 */
const hosting_not_published_rule = {
    meta: {
        id: "hosting-not-published",
        area: "policy",
        defaultSeverity: "error",
        description: "Jekyll skips the policy file (it sits in a dot-folder such as .well-known/ that _config.yml does not include, is excluded, or is unpublished): the site will not serve it.",
        rfc: "RFC 8461 §3.3",
    },
    scope: "domain",
    check(ctx) {
        const { site, name } = ctx.domain;
        const why = site?.notPublished;
        if (!site || !why)
            return;
        const config = site.input.config?.file ??
            `${site.input.root === "." ? "" : `${site.input.root}/`}_config.yml`;
        const url = policyUrl(name);
        if (why.why === "skipped-name") {
            const line = includeLine(site.config.include, why.name);
            const frontMatter = site.frontMatter
                ? " Front matter does not change this: Jekyll never reads the folder."
                : "";
            ctx.report({
                location: inPolicyFile(site),
                message: `Jekyll skips ${wording_quoted(why.path)} because its name starts with ${wording_quoted(why.name[0])}, and ${config} does not include it: GitHub Pages does not publish this file, so ${url} answers 404 and ${NOT_A_POLICY}.${frontMatter} Add "${line}" to ${config} (or add an empty .nojekyll file to serve every file as it is).${detectionNote(site)}`,
                fix: line,
            });
            return;
        }
        if (why.why === "build-fails") {
            ctx.report({
                location: {
                    file: why.file,
                    span: why.span ?? { line: 1, column: 1, endLine: 1, endColumn: 1 },
                },
                message: `${why.file} is not valid YAML (${why.reason}): Jekyll stops, so the GitHub Pages build fails and the site is not updated; a new or changed policy is never published at ${url}, and ${NOT_A_POLICY} when none was published before. Correct the YAML.`,
            });
            return;
        }
        if (why.why === "excluded") {
            ctx.report({
                location: inPolicyFile(site),
                message: `${config} excludes ${wording_quoted(why.path)} (pattern ${wording_quoted(why.pattern)}): GitHub Pages does not publish this file, so ${url} answers 404 and ${NOT_A_POLICY}. Remove the pattern from "exclude:".`,
            });
            return;
        }
        ctx.report({
            location: inPolicyFile(site, why.at?.keySpan),
            message: `The front matter sets "published: false": Jekyll does not write the page, so ${url} answers 404 and ${NOT_A_POLICY}. Remove the line.`,
        });
    },
};

;// CONCATENATED MODULE: ./src/rules/hosting-permalink.ts




/** Senders fetch exactly /.well-known/mta-sts.txt (RFC 8461 §3.3); any other path is not the policy. */
const hosting_permalink_rule = {
    meta: {
        id: "hosting-permalink",
        area: "policy",
        defaultSeverity: "error",
        description: "The site writes the policy file somewhere other than /.well-known/mta-sts.txt (its place, or its permalink, points elsewhere).",
        rfc: "RFC 8461 §3.3",
    },
    scope: "domain",
    check(ctx) {
        const { site, name } = ctx.domain;
        if (!site || site.outputPath === undefined || site.outputPath === records_WELL_KNOWN_PATH)
            return;
        const at = servedUrl(name, site.outputPath);
        const wanted = policyUrl(name);
        if (site.permalink) {
            const source = site.permalink.from === "front matter"
                ? "its permalink"
                : `the permalink the \`defaults:\` of ${site.input.config?.file ?? "_config.yml"} give it`;
            ctx.report({
                location: inPolicyFile(site, site.permalink.at?.valueSpan ?? site.frontMatter?.span),
                message: `The site writes this file at ${at} (${source}, ${wording_quoted(site.permalink.value)}), but senders fetch only ${wanted} (RFC 8461 §3.3); ${NOT_A_POLICY}. Write "permalink: ${records_WELL_KNOWN_PATH}".`,
                fix: `permalink: ${records_WELL_KNOWN_PATH}`,
            });
            return;
        }
        // A file that already has front matter needs one more line in it: a second block pasted
        // above the first would be served as the start of the policy.
        const permalinkLine = `permalink: ${records_WELL_KNOWN_PATH}`;
        const hasFrontMatter = site.frontMatter?.closed === true;
        const how = site.nojekyll
            ? `Move the file to .well-known/mta-sts.txt of the site (with .nojekyll every file is served at its own path).`
            : hasFrontMatter
                ? `Add "${permalinkLine}" to the file's front matter (Jekyll then writes it at the well-known path), or move it to .well-known/mta-sts.txt and add "${INCLUDE_WELL_KNOWN}" to _config.yml.`
                : `Start the file with this front matter (Jekyll then writes it at the well-known path), or move it to .well-known/mta-sts.txt and add "${INCLUDE_WELL_KNOWN}" to _config.yml.`;
        const fix = site.nojekyll ? undefined : hasFrontMatter ? permalinkLine : POLICY_FRONT_MATTER;
        ctx.report({
            location: inPolicyFile(site, site.frontMatter?.span),
            message: `The site serves this file at ${at}, but senders fetch only ${wanted} (RFC 8461 §3.3); ${NOT_A_POLICY}. ${how}${detectionNote(site)}`,
            ...(fix === undefined ? {} : { fix }),
        });
    },
};

;// CONCATENATED MODULE: ./src/model/live-tls.ts
/**
 * What a TLS handshake told us about a server's certificate, shared by the HTTPS policy fetch
 * and the SMTP STARTTLS probe. The probes fill it in; the rules only read it.
 */
/** True when a valid certificate enters the configured warning window before it expires. */
function expiresSoon(cert) {
    return cert !== undefined && cert.daysLeft >= 0 && cert.daysLeft < cert.expiryThresholdDays;
}

;// CONCATENATED MODULE: ./src/model/live-wording.ts


/**
 * Wording and grouping shared by the https-* and smtp-* rules, so the two probes describe
 * certificates, families and addresses the same way. Server text stays quoted data.
 */
function familyName(family) {
    return family === 4 ? "IPv4" : "IPv6";
}
/** "IPv4", "IPv6" or "IPv4 and IPv6". */
function familiesText(results) {
    return results.map((r) => familyName(r.family)).join(" and ");
}
/** "IPv4 (192.0.2.1)" / "IPv4 (192.0.2.1) and IPv6 (2001:db8::1)". */
function familiesWithAddresses(results) {
    return results.map((r) => `${familyName(r.family)} (${r.address})`).join(" and ");
}
/** Items grouped by a key (in first-seen order); items without a key are dropped. */
function groupBy(items, key) {
    const groups = new Map();
    for (const item of items) {
        const k = key(item);
        if (k === undefined)
            continue;
        const group = groups.get(k);
        if (group)
            group.push(item);
        else
            groups.set(k, [item]);
    }
    return [...groups.values()];
}
function httpsLocation(obs) {
    return { url: obs.url };
}
/** rules.md: SMTP findings carry the MX host and the address. */
function smtpLocation(obs, result) {
    const port = obs.port === 25 ? "" : ` port ${obs.port}`;
    return { host: `${obs.host} [${result.address}]${port}` };
}
function smtpTarget(obs, result) {
    return `MX host ${obs.host} (${familyName(result.family)} ${result.address})`;
}
const day = (iso) => iso.slice(0, 10);
/** "issued by "R11" for "mx1.example.net", valid until 2026-12-01". */
function describeCert(cert) {
    if (!cert)
        return "no certificate details";
    const names = cert.dnsNames.length > 0 ? quotedList(cert.dnsNames) : "no DNS names";
    const issuer = cert.issuer ? `issued by ${wording_quoted(cert.issuer)}` : "issuer unknown";
    return `${issuer} for ${names}, valid ${day(cert.validFrom)} to ${day(cert.validTo)}`;
}
/** What is wrong with a certificate that failed validation, for `host`. */
function certProblemText(verdict, cert, host) {
    switch (verdict.problem) {
        case "expired":
            return `the certificate expired on ${cert ? day(cert.validTo) : "an earlier date"}`;
        case "not-yet-valid":
            return `the certificate is not valid before ${cert ? day(cert.validFrom) : "a later date"}`;
        case "host-mismatch":
            return `the certificate does not name ${host} (it names ${cert && cert.dnsNames.length > 0 ? quotedList(cert.dnsNames) : "no DNS names"}; a wildcard covers exactly one left-most label, RFC 6125)`;
        case "self-signed":
            return "the certificate is self-signed: no trusted CA vouches for it";
        case "incomplete-chain":
            return "the server does not send the intermediate certificate(s), so the chain to a trusted root cannot be built";
        case "untrusted":
            return `the certificate chain ends at a CA that is not trusted (${cert?.issuer ? wording_quoted(cert.issuer) : "unknown issuer"})`;
        default:
            return `the certificate failed validation (${wording_quoted(verdict.detail ?? verdict.code ?? "unknown error")})`;
    }
}
/** How to fix a certificate problem, in one sentence. */
function certFixText(verdict, host) {
    switch (verdict.problem) {
        case "expired":
        case "not-yet-valid":
            return "Renew the certificate (and check that the renewal job deploys it and the server reloads).";
        case "host-mismatch":
            return `Issue a certificate whose subjectAltName contains ${host} (or a wildcard one label above it) and serve it for that name (SNI).`;
        case "incomplete-chain":
            return "Configure the server to send the full chain (leaf plus intermediates, e.g. fullchain.pem).";
        default:
            return `Use a certificate for ${host} from a publicly trusted CA (e.g. Let's Encrypt), with its full chain.`;
    }
}
/**
 * rules.md "enforce → error, testing → warning" for the SMTP checks: the mode of the local
 * policy, else of the live one. In testing (or without a usable policy) a failing MX only
 * produces TLS-RPT reports; in enforce, senders stop delivering to it.
 */
function smtpSeverity(domain) {
    const live = domain.live?.https?.families.find((f) => f.response?.body)?.response?.body;
    const mode = effectiveMode(domain.policy) ?? effectiveMode(live);
    return mode === "enforce" ? "error" : "warning";
}
/** What a failing MX means for delivery under the policy's mode. */
function smtpImpact(severity) {
    return severity === "error"
        ? `In mode enforce, senders that apply MTA-STS (${ENFORCING_SENDERS}) do not deliver to this MX`
        : "In mode testing, senders still deliver but report the failure in TLS-RPT reports; switching to enforce would stop delivery to this MX";
}
/** "in 3 days" / "today". */
function expiryWhen(cert) {
    if (cert.daysLeft === 0)
        return "within a day";
    return `in ${cert.daysLeft} day${cert.daysLeft === 1 ? "" : "s"}`;
}

;// CONCATENATED MODULE: ./src/rules/https-cert-expiring.ts


/** A valid certificate that is about to expire: the renewal job may be broken. */
const https_cert_expiring_rule = {
    meta: {
        id: "https-cert-expiring",
        area: "https",
        defaultSeverity: "warning",
        description: "The policy host's certificate expires within the configured number of days (default 14).",
        rfc: "RFC 8461 §3.3",
    },
    scope: "domain",
    check(ctx) {
        const obs = ctx.domain.live?.https;
        if (!obs)
            return;
        const expiring = obs.families.filter((r) => r.tls?.valid && expiresSoon(r.certificate));
        for (const group of groupBy(expiring, (r) => r.certificate?.fingerprint256 ?? String(r.family))) {
            const cert = group[0].certificate;
            ctx.report({
                location: httpsLocation(obs),
                message: `The certificate of the policy host ${obs.host} (${familiesText(group)}) expires ${expiryWhen(cert)} (${describeCert(cert)}), inside the ${cert.expiryThresholdDays}-day warning window. Once it expires, senders stop fetching the policy (RFC 8461 §3.3; TLS-RPT "sts-webpki-invalid"), and cached policies run out after max_age. Renew it now and check that automatic renewal works.`,
            });
        }
    },
};

;// CONCATENATED MODULE: ./src/rules/https-cert-invalid.ts


/**
 * RFC 8461 §3.3: the policy host must present a certificate valid for `mta-sts.<domain>`
 * (PKIX, RFC 6125 names). Senders that cannot validate it do not fetch the policy.
 */
const https_cert_invalid_rule = {
    meta: {
        id: "https-cert-invalid",
        area: "https",
        defaultSeverity: "error",
        description: "The policy host's certificate does not validate for mta-sts.<domain>.",
        rfc: "RFC 8461 §3.3, RFC 8460 §4.3",
    },
    scope: "domain",
    check(ctx) {
        const obs = ctx.domain.live?.https;
        if (!obs)
            return;
        const invalid = obs.families.filter((r) => r.outcome === "cert-invalid" && r.tls);
        // The same certificate over both families is one problem: one finding.
        for (const group of groupBy(invalid, (r) => `${r.tls?.code}|${r.certificate?.fingerprint256 ?? r.family}`)) {
            const { tls, certificate } = group[0];
            if (!tls)
                continue;
            ctx.report({
                location: httpsLocation(obs),
                message: `The policy host ${obs.host} presents an invalid certificate via ${familiesWithAddresses(group)}: ${certProblemText(tls, certificate, obs.host)} (${describeCert(certificate)}). Senders (${ENFORCING_SENDERS}) refuse to fetch the policy over an unvalidated connection (RFC 8461 §3.3), so it never applies; TLS-RPT reports show "sts-webpki-invalid" (certificate result type "${tls.resultType}", RFC 8460 §4.3). ${certFixText(tls, obs.host)}`,
            });
        }
    },
};

;// CONCATENATED MODULE: ./src/model/live-https.ts
/** RFC 8461 §3.3: senders read at most this many bytes of a policy body. */
const POLICY_BODY_LIMIT = 65536;
/** postfix-mta-sts-resolver's default fetch timeout: a slower host fails for its users. */
const SLOW_FETCH_MS = 4000;
/** `text/plain; charset=utf-8` → `text/plain`: the media type, lowercase, parameters dropped. */
function mediaType(contentType) {
    return contentType?.split(";")[0].trim().toLowerCase();
}

;// CONCATENATED MODULE: ./src/rules/https-content-type.ts



/** RFC 8461 §3.2: the policy is served as `text/plain`; postfix-mta-sts-resolver insists. */
const https_content_type_rule = {
    meta: {
        id: "https-content-type",
        area: "https",
        defaultSeverity: "error",
        description: "The policy is served with a media type other than text/plain.",
        rfc: "RFC 8461 §3.2",
    },
    scope: "domain",
    check(ctx) {
        const obs = ctx.domain.live?.https;
        if (!obs)
            return;
        const wrong = obs.families.filter((r) => r.response?.status === 200 && mediaType(r.response.contentType) !== "text/plain");
        for (const group of groupBy(wrong, (r) => r.response?.contentType ?? "")) {
            const sent = group[0].response?.contentType;
            const what = sent === undefined ? "no Content-Type header" : `Content-Type ${wording_quoted(sent)}`;
            const html = mediaType(sent) === "text/html"
                ? " text/html usually means an error or index page is served instead of the policy."
                : "";
            ctx.report({
                location: httpsLocation(obs),
                message: `${obs.url} is served with ${what} via ${familiesText(group)}; RFC 8461 §3.2 requires the media type text/plain. postfix-mta-sts-resolver rejects any other type (the policy never applies for Postfix senders; TLS-RPT "sts-policy-invalid"), and other senders may too.${html} Configure the web server to send "Content-Type: text/plain" for this path (the body was not linted).`,
                fix: "Content-Type: text/plain; charset=utf-8",
            });
        }
    },
};

;// CONCATENATED MODULE: ./src/rules/https-policy-drift.ts


/**
 * The policy senders fetch is not the one in the repository: a deploy did not happen, or the
 * host serves an out-of-band copy. Compared by meaning (RFC 8461 §3.2), not by bytes.
 */
const https_policy_drift_rule = {
    meta: {
        id: "https-policy-drift",
        area: "https",
        defaultSeverity: "warning",
        description: "The live policy differs in meaning from the local policy file.",
        rfc: "RFC 8461 §3.2, §8",
    },
    scope: "domain",
    check(ctx) {
        const { policy, policyFile } = ctx.domain;
        const obs = ctx.domain.live?.https;
        if (!obs || !policy)
            return;
        const local = policyMeaning(policy);
        const drifted = obs.families
            .filter((r) => r.response?.body)
            .map((r) => ({
            family: r.family,
            changes: r.response?.body ? meaningChanges(local, policyMeaning(r.response.body)) : [],
        }))
            .filter((d) => d.changes.length > 0);
        for (const group of groupBy(drifted, (d) => d.changes.map((c) => c.text).join("; "))) {
            const changes = group[0].changes.map((c) => c.text).join("; ");
            ctx.report({
                location: httpsLocation(obs),
                message: `The policy served at ${obs.url} (${familiesText(group)}) differs in meaning from ${policyFile ?? "the local policy file"} (local → live): ${changes}. Senders act on the live policy, not the repository's: deploy the file (then bump the _mta-sts id so senders refetch it, RFC 8461 §3.1), or bring the repository in line with what is live.`,
            });
        }
    },
};

;// CONCATENATED MODULE: ./src/rules/https-redirect.ts


/** RFC 8461 §3.3: "Senders MUST NOT follow HTTP redirects" — a redirected policy is no policy. */
const https_redirect_rule = {
    meta: {
        id: "https-redirect",
        area: "https",
        defaultSeverity: "error",
        description: "The policy URL answers with a redirect (3xx).",
        rfc: "RFC 8461 §3.3",
    },
    scope: "domain",
    check(ctx) {
        const obs = ctx.domain.live?.https;
        if (!obs)
            return;
        const redirects = obs.families.filter((r) => r.response && r.response.status >= 300 && r.response.status < 400);
        for (const group of groupBy(redirects, (r) => `${r.response?.status}|${r.response?.location ?? ""}`)) {
            const res = group[0].response;
            if (!res)
                continue;
            const target = res.location ? ` to ${wording_quoted(res.location)}` : " (without a Location header)";
            ctx.report({
                location: httpsLocation(obs),
                message: `${obs.url} answers ${res.status} (redirect${target}) via ${familiesText(group)}. RFC 8461 §3.3 says senders MUST NOT follow redirects, so ${ENFORCING_SENDERS} treat the fetch as failed and the policy never applies (TLS-RPT "sts-policy-fetch-error"). Serve the policy directly at ${obs.url} with status 200 — common causes are an "always redirect to www" or HTTP→HTTPS rule applied to the mta-sts host, or a trailing-slash rewrite.`,
            });
        }
    },
};

;// CONCATENATED MODULE: ./src/rules/https-slow.ts


/** postfix-mta-sts-resolver gives up after 4 s by default: a slower host fails for Postfix. */
const https_slow_rule = {
    meta: {
        id: "https-slow",
        area: "https",
        defaultSeverity: "warning",
        description: "The policy fetch takes more than 4 seconds.",
        rfc: "RFC 8461 §3.3",
    },
    scope: "domain",
    check(ctx) {
        const obs = ctx.domain.live?.https;
        if (!obs)
            return;
        for (const r of obs.families) {
            if (r.outcome !== "ok" || r.elapsedMs <= SLOW_FETCH_MS)
                continue;
            const seconds = (r.elapsedMs / 1000).toFixed(1);
            ctx.report({
                location: httpsLocation(obs),
                message: `Fetching ${obs.url} via ${familyName(r.family)} (${r.address}) took ${seconds} s, more than the ${SLOW_FETCH_MS / 1000} s that postfix-mta-sts-resolver waits by default (RFC 8461 §3.3 leaves the timeout to senders): Postfix senders may time out and treat the fetch as failed (TLS-RPT "sts-policy-fetch-error"). Serve the small static file from a fast host or a CDN.`,
            });
        }
    },
};

;// CONCATENATED MODULE: ./src/rules/https-status.ts


/** RFC 8461 §3.3: only a 200 carries a policy. A 3xx is https-redirect's alone. */
const https_status_rule = {
    meta: {
        id: "https-status",
        area: "https",
        defaultSeverity: "error",
        description: "The policy URL answers with a status other than 200 that is not a redirect.",
        rfc: "RFC 8461 §3.3",
    },
    scope: "domain",
    check(ctx) {
        const obs = ctx.domain.live?.https;
        if (!obs)
            return;
        const bad = obs.families.filter((r) => r.response &&
            r.response.status !== 200 &&
            !(r.response.status >= 300 && r.response.status < 400));
        for (const group of groupBy(bad, (r) => String(r.response?.status))) {
            const status = group[0].response?.status;
            const hint = status === 404
                ? " A 404 usually means the file is not deployed at .well-known/mta-sts.txt (static hosts skip dot-folders unless told otherwise) or the virtual host for the mta-sts name serves another site."
                : status !== undefined && status >= 500
                    ? " A 5xx is a server-side failure: check the web server's error log."
                    : "";
            ctx.report({
                location: httpsLocation(obs),
                message: `${obs.url} answers status ${status} via ${familiesText(group)}; senders accept only 200 (RFC 8461 §3.3), so ${ENFORCING_SENDERS} treat the fetch as failed and the policy never applies (TLS-RPT "sts-policy-fetch-error").${hint} Serve the policy file at that path with status 200.`,
            });
        }
    },
};

;// CONCATENATED MODULE: ./src/rules/https-too-large.ts


/** RFC 8461 §3.3: senders stop reading after 64 KiB; an oversized body is not a policy. */
const https_too_large_rule = {
    meta: {
        id: "https-too-large",
        area: "https",
        defaultSeverity: "error",
        description: "The live policy body exceeds 65536 bytes.",
        rfc: "RFC 8461 §3.3",
    },
    scope: "domain",
    check(ctx) {
        const obs = ctx.domain.live?.https;
        if (!obs)
            return;
        const large = obs.families.filter((r) => r.response?.truncated);
        for (const group of groupBy(large, () => "all")) {
            ctx.report({
                location: httpsLocation(obs),
                message: `${obs.url} sends a body larger than ${POLICY_BODY_LIMIT} bytes via ${familiesText(group)} (reading stopped there). RFC 8461 §3.3 suggests that senders read at most 64 KiB; postfix-mta-sts-resolver and others treat the fetch as failed (TLS-RPT "sts-policy-fetch-error"), so the policy never applies. A real policy is a few hundred bytes: serve only the version, mode, mx and max_age lines (the truncated body was not linted).`,
            });
        }
    },
};

;// CONCATENATED MODULE: ./src/rules/https-unreachable.ts


/** A family whose fetch produced no HTTP answer over a usable TLS session. */
function unreachable(r) {
    return r.outcome !== "ok" && r.outcome !== "cert-invalid";
}
const MAX_REASONS = 4;
/** What port 80 says about the hosting, when HTTPS failed and port 80 was asked. */
function plainHttpText(r) {
    const check = r.plainHttp;
    if (check?.status === undefined)
        return "";
    if (check.status === 200)
        return ` Port ${check.port} serves the policy over plain HTTP (status 200) while HTTPS fails: the policy is hosted over plain HTTP only, which RFC 8461 §3.3 does not allow — senders fetch it only over HTTPS with a valid certificate.`;
    return ` Port ${check.port} answers plain HTTP (status ${check.status}) while HTTPS fails: the web server is up, but does not serve HTTPS for ${r.family === 4 ? "this IPv4" : "this IPv6"} address.`;
}
function reason(r) {
    const earlier = r.failedAddresses.map((a) => `${a.address}: ${a.error}`);
    const parts = [...earlier, `${r.address}: ${r.error ?? r.outcome}`];
    // Bounded: a host with many addresses must not turn the finding into a wall of text.
    const shown = parts.slice(0, MAX_REASONS).map((p) => wording_quoted(p));
    const more = parts.length - shown.length;
    return more > 0 ? `${shown.join("; ")} and ${more} more` : shown.join("; ");
}
/**
 * RFC 8461 §3.3: senders fetch the policy over HTTPS. A family that fails is reported on its
 * own: error when no family works, warning when the other one still does.
 */
const https_unreachable_rule = {
    meta: {
        id: "https-unreachable",
        area: "https",
        defaultSeverity: "error",
        description: "The policy host cannot be reached over HTTPS (per address family).",
        rfc: "RFC 8461 §3.3",
    },
    scope: "domain",
    check(ctx) {
        const obs = ctx.domain.live?.https;
        if (!obs)
            return;
        const location = httpsLocation(obs);
        if (obs.families.length === 0) {
            ctx.report({
                location,
                message: `The policy host ${obs.host} has no IPv4 or IPv6 address to fetch ${obs.url} from: senders (${ENFORCING_SENDERS}) cannot fetch the policy, so it never applies (TLS-RPT "sts-policy-fetch-error"). Publish an A and/or AAAA record (or a CNAME to your web host) for ${obs.host}.`,
            });
            return;
        }
        // A family "works" when a sender gets an HTTP answer over a validated connection.
        const working = obs.families.filter((r) => r.outcome === "ok");
        const failing = obs.families.filter(unreachable);
        // Families that failed the same way (and whose port 80 said the same) share one finding.
        for (const group of groupBy(failing, (r) => `${r.outcome}|${r.plainHttp?.status ?? ""}`)) {
            const first = group[0];
            const plain = plainHttpText(first);
            const impact = working.length > 0
                ? ` ${familyName(working[0].family)} works, so senders that try ${familiesText(group)} first fall back to it after a delay, or fail if they do not fall back.`
                : ` No address family works: senders (${ENFORCING_SENDERS}) cannot fetch the policy, so it never applies and TLS-RPT reports show "sts-policy-fetch-error".`;
            const fix = working.length > 0
                ? ` Fix the ${familyName(first.family)} address of ${obs.host} (server, firewall, listener on port 443), or remove its ${first.family === 4 ? "A" : "AAAA"} record.`
                : ` Serve ${obs.url} over HTTPS (port 443) with a valid certificate for ${obs.host}.`;
            ctx.report({
                location,
                severity: working.length > 0 ? "warning" : "error",
                message: `The policy host ${obs.host} cannot be reached over HTTPS via ${familiesWithAddresses(group)}: ${group.map(reason).join("; ")}.${plain}${impact}${fix}`,
            });
        }
    },
};

;// CONCATENATED MODULE: ./src/rules/input-unreadable.ts

/** A file the configuration names but the linter cannot use: its checks silently vanish otherwise. */
const input_unreadable_rule = {
    meta: {
        id: "input-unreadable",
        // Each finding carries the area of the file it is about (policy or zone).
        area: "policy",
        defaultSeverity: "error",
        description: "A configured file is missing, unreadable, not text, or larger than the configured limit.",
    },
    scope: "domain",
    check(ctx) {
        for (const problem of ctx.domain.problems) {
            const what = problem.area === "policy" ? "policy file" : "zone file";
            const skipped = problem.area === "policy"
                ? 'none of the policy checks ran for it, so mistakes that make senders reject the policy (TLS-RPT result "sts-policy-invalid") go unnoticed'
                : "none of the zone checks (the _mta-sts and TLS-RPT records, MX coverage) ran for it";
            ctx.report({
                area: problem.area,
                location: { file: problem.file },
                message: `The ${what} ${wording_quoted(problem.file)} cannot be used: ${problem.reason}. ${capitalize(skipped)}. Check the path given for it (in the configuration file, paths are relative to that file's folder) and that the file is the plain-text ${what} itself.`,
            });
        }
    },
};

;// CONCATENATED MODULE: ./src/model/live.ts
/** The address guard's refusal in words, from its category: the one place it is worded. */
function refusedWords(category) {
    return `refused: private address (${category})`;
}
/** Words for a probe outcome; `error` is the probe's own (bounded) reason. */
function outcomeWords(outcome, error, status) {
    if (outcome === "ok")
        return status !== undefined ? `HTTP ${status}` : "STARTTLS ok";
    return error ? `${outcome}: ${error}` : outcome;
}
/** The rows of the live section for one domain: the policy host per family, each MX address. */
function liveHostRows(live) {
    const rows = [];
    for (const f of live?.https?.families ?? []) {
        const row = {
            area: "https",
            host: live?.https?.host ?? "",
            family: f.family,
            address: f.address,
            reachable: f.outcome === "ok",
            outcome: outcomeWords(f.outcome, f.error, f.response?.status),
            elapsedMs: f.elapsedMs,
        };
        if (f.certificate) {
            row.certExpires = f.certificate.validTo.slice(0, 10);
            row.daysLeft = f.certificate.daysLeft;
        }
        rows.push(row);
    }
    for (const mx of live?.smtp ?? []) {
        for (const a of mx.addresses) {
            const row = {
                area: "smtp",
                host: mx.host,
                family: a.family,
                address: a.address,
                reachable: a.outcome === "ok",
                outcome: outcomeWords(a.outcome, a.error),
                elapsedMs: a.elapsedMs,
            };
            if (a.certificate) {
                row.certExpires = a.certificate.validTo.slice(0, 10);
                row.daysLeft = a.certificate.daysLeft;
            }
            rows.push(row);
        }
        const last = rows[rows.length - 1];
        if (mx.omittedAddresses && last?.area === "smtp" && last.host === mx.host)
            last.omittedAddresses = mx.omittedAddresses;
    }
    return rows;
}

;// CONCATENATED MODULE: ./src/model/live-dns.ts
/**
 * What the DNS probe observed: the answers to the questions senders ask for a policy domain,
 * from the configured resolver and from each authoritative name server. Answer text comes from
 * servers: it is data, escaped by the report writers.
 */
/** The statuses that are failures of the lookup itself, not answers. */
function isDnsFailure(status) {
    return (status === "timeout" || status === "servfail" || status === "refused" || status === "error");
}
/** An answer in words for messages: "NXDOMAIN", "no TXT record (NODATA)", "timeout" … */
function describeDnsStatus(answer) {
    switch (answer.status) {
        case "answer":
            return "an answer";
        case "nxdomain":
            return "NXDOMAIN (the name does not exist)";
        case "nodata":
            return `no ${answer.type} record (NODATA: the name exists)`;
        case "timeout":
            return "no answer before the deadline (timeout)";
        case "servfail":
            return "SERVFAIL (the server could not answer: often a broken delegation or DNSSEC failure)";
        case "refused":
            return "REFUSED (the server will not answer this question)";
        default:
            return `a failed lookup (${answer.code ?? "error"})`;
    }
}
/** The records of an answer as one comparable text: sorted, or the status word. */
function answerKey(answer) {
    if (answer.status === "answer" || answer.status === "nodata") {
        const chain = answer.cnames.map((c) => `CNAME ${c}`);
        const values = [...answer.values].sort();
        return [...chain, ...values].join(" | ") || "(no records)";
    }
    return answer.status.toUpperCase();
}

;// CONCATENATED MODULE: ./src/model/live-drift.ts




/** Is there a live answer to compare with (not a failure: live-dns-error reports those)? */
function comparable(answer) {
    return answer !== undefined && !isDnsFailure(answer.status);
}
/**
 * The zone's and the live records of one family at its discovery name, or undefined when one
 * side cannot tell (no zone, the name in another zone, no usable live answer).
 */
function txtSides(domain, family, pick) {
    const dns = domain.live?.dns;
    const view = discoveryView(domain, family);
    if (!dns || !view)
        return undefined;
    const answer = pick(dns.answers);
    if (!comparable(answer))
        return undefined;
    const records = qualifying(view.txts);
    const sides = {
        name: view.name,
        zone: records.map((t) => t.joined).sort(),
        live: answer.values.filter((v) => family.isRecord(v)).sort(),
        answer,
        zoneRecords: records.map((t) => t.record),
    };
    const cname = cnameAt(view.zone, view.name);
    if (cname?.data?.kind === "NAME")
        sides.zoneCname = cname.data.target;
    return sides;
}
/** Multisets equal? (Both sorted.) */
function sameList(a, b) {
    return a.length === b.length && a.every((v, i) => v === b[i]);
}
/** The MX (preference, exchange) pairs of the zone and of the live answer, sorted. */
function mxSides(domain) {
    const dns = domain.live?.dns;
    const zone = domain.zone;
    if (!dns || !zone || isOutsideZone(zone, domain.name))
        return undefined;
    if (!comparable(dns.answers.mx))
        return undefined;
    const records = domainMx(zone, domain.name).records.filter((r) => r.data?.kind === "MX");
    const pairs = records.map((r) => r.data?.kind === "MX" ? `${r.data.preference} ${r.data.exchange || "."}` : "");
    return {
        zone: pairs.sort(),
        live: [...dns.answers.mx.values].sort(),
        answer: dns.answers.mx,
        zoneRecords: records,
    };
}
const QUESTIONS = [
    "stsTxt",
    "tlsrptTxt",
    "mx",
    "policyHostA",
    "policyHostAaaa",
];
/**
 * The questions on which the servers that answered disagree (rules.md "Drift and
 * consistency": the MTA-STS questions and the SOA serial). Failed lookups are not answers:
 * live-dns-error names them.
 */
function nameServerSplits(views) {
    const asked = views.filter((v) => v.answers !== undefined);
    if (asked.length < 2)
        return [];
    const pickers = [
        ...QUESTIONS.map((q) => (v) => v.answers?.[q]),
        (v) => v.soaSerial,
    ];
    const splits = [];
    for (const pick of pickers) {
        const byKey = new Map();
        let question;
        for (const view of asked) {
            const answer = pick(view);
            if (!answer || isDnsFailure(answer.status))
                continue;
            question ??= { name: answer.name, type: answer.type };
            const key = answerKey(answer);
            const entry = byKey.get(key) ?? { shown: shownAnswer(answer, key), servers: [] };
            entry.servers.push(answer.server);
            byKey.set(key, entry);
        }
        if (question && byKey.size > 1) {
            splits.push({ question, answers: [...byKey].map(([key, e]) => ({ key, ...e })) });
        }
    }
    return splits;
}
/** An answer as a message shows it: the records quoted, or what the server said instead. */
function shownAnswer(answer, key) {
    if (answer.status === "nxdomain")
        return "NXDOMAIN";
    if (answer.status === "nodata" && answer.cnames.length === 0)
        return "no records (NODATA)";
    return wording_quoted(key);
}
/** Every question of the probe that failed, grouped by the server that failed it. */
function failedLookups(domain) {
    const dns = domain.live?.dns;
    if (!dns)
        return [];
    const all = [
        ...QUESTIONS.map((q) => dns.answers[q]),
        ...(dns.ns ? [dns.ns] : []),
        ...dns.mxHosts.flatMap((h) => [h.a, h.aaaa]),
        ...dns.nameServers.flatMap((v) => [
            ...(v.answers ? QUESTIONS.map((q) => v.answers[q]) : []),
            ...(v.soaSerial ? [v.soaSerial] : []),
        ]),
    ];
    const byServer = new Map();
    for (const answer of all) {
        if (!isDnsFailure(answer.status))
            continue;
        byServer.set(answer.server, [...(byServer.get(answer.server) ?? []), answer]);
    }
    return [...byServer].map(([server, answers]) => ({ server, answers }));
}
/** The drift between the zone and the live answer in words, or undefined when they agree. */
function describeTxtDrift(sides, wording) {
    const name = `${wording_quoted(sides.name)}`;
    const pending = "Either the zone change has not been deployed yet, or the live record was changed outside the repository.";
    if (sides.zoneCname !== undefined) {
        const live = sides.answer.cnames[0];
        if (live === sides.zoneCname)
            return undefined;
        const seen = live === undefined ? "has no CNAME there" : `has a CNAME to ${wording_quoted(live)}`;
        return `The zone delegates ${name} with a CNAME to ${wording_quoted(sides.zoneCname)} (RFC 8461 §8.2), but the live DNS ${seen}. ${pending} Deploy the zone, or update it to match what is live.`;
    }
    if (sameList(sides.zone, sides.live))
        return undefined;
    if (sides.live.length === 0) {
        const why = sides.answer.status === "nxdomain"
            ? "the name does not exist (NXDOMAIN)"
            : sides.answer.values.length > 0
                ? `only other TXT records are there (${quotedList(sides.answer.values)})`
                : "there is no TXT record (NODATA)";
        return `The zone publishes the ${wording.noun} ${quotedList(sides.zone)} at ${name}, but live ${why}. ${wording.absentLive} ${pending} Deploy the zone.`;
    }
    if (sides.zone.length === 0) {
        return `The live DNS has the ${wording.noun} ${quotedList(sides.live)} at ${name}, which the zone in the repository does not have. ${wording.absentZone} Add the record to the zone so the repository describes what is live (or remove it from the live DNS if it is a leftover).`;
    }
    return `The live ${wording.noun} at ${name} is ${quotedList(sides.live)}; the zone has ${quotedList(sides.zone)}. ${pending} Deploy the zone, or bring it up to date with the live change.`;
}

;// CONCATENATED MODULE: ./src/rules/live-dns-error.ts




/** What a sender loses when a lookup of this kind fails. */
function consequence(answer, domain) {
    if (answer.name.startsWith("_mta-sts."))
        return "senders cannot discover or refresh the MTA-STS policy (they keep a cached policy, or deliver without one)";
    if (answer.name.startsWith("_smtp._tls."))
        return "senders cannot find where to send TLS-RPT reports";
    if (answer.type === "MX")
        return "senders cannot find the mail hosts: mail is delayed";
    if (answer.name.startsWith("mta-sts."))
        return "senders cannot reach the policy host to fetch the policy";
    if (answer.type === "A" || answer.type === "AAAA")
        return answer.name === domain ? "" : `senders cannot reach the MX host ${wording_quoted(answer.name)}`;
    return "the name servers of the domain cannot be checked";
}
/** How to fix a failure of this kind. */
function remedy(status) {
    switch (status) {
        case "timeout":
            return "Check that the server is up and answers on port 53 over UDP and TCP.";
        case "servfail":
            return "Check that the zone loads on the server and, with DNSSEC, that its signatures are valid and the DS record at the parent matches.";
        case "refused":
            return "The server does not serve this zone: fix the delegation (the NS records at the parent) or add the zone to the server.";
        default:
            return "Check the server and the delegation (the NS records at the parent).";
    }
}
/** A DNS lookup a check needs failed (not NXDOMAIN or NODATA: those are answers). */
const live_dns_error_rule = {
    meta: {
        id: "live-dns-error",
        area: "dns",
        defaultSeverity: "error",
        description: "A DNS lookup needed by a live check fails (timeout, SERVFAIL, REFUSED); the finding names the query.",
        rfc: "RFC 8461 §3.1",
    },
    scope: "domain",
    check(ctx) {
        const name = ctx.domain.name;
        for (const { server, answers } of failedLookups(ctx.domain)) {
            const items = answers.map((a) => `${a.type} ${wording_quoted(a.name)}: ${describeDnsStatus(a)}`);
            const losses = [...new Set(answers.map((a) => consequence(a, name)).filter((c) => c))];
            const statuses = [...new Set(answers.map((a) => a.status))];
            ctx.report({
                location: { host: answers[0].name },
                message: `DNS lookups through ${server} failed: ${items.join("; ")}. Senders whose resolvers meet the same failure are affected: ${losses.join("; ")}. ${statuses.map(remedy).join(" ")}`,
            });
        }
        // The address guard kept the probe from asking a name server: said once, as a notice.
        for (const view of ctx.domain.live?.dns?.nameServers ?? []) {
            if (view.refusedCategory === undefined)
                continue;
            ctx.report({
                severity: "notice",
                location: { host: view.name },
                message: `The name server ${wording_quoted(view.name)} of ${wording_quoted(name)} resolves to ${view.address}, which was not asked: ${refusedWords(view.refusedCategory)}. A public name server on such an address is unreachable for senders; set allow-private-addresses to check it anyway (for test networks).`,
            });
        }
    },
};

;// CONCATENATED MODULE: ./src/rules/live-mx-drift.ts


const exchangeOf = (pair) => pair.slice(pair.indexOf(" ") + 1);
/** The live MX set is not the zone's: the coverage checked offline is not what senders use. */
const live_mx_drift_rule = {
    meta: {
        id: "live-mx-drift",
        area: "dns",
        defaultSeverity: "warning",
        description: "The live MX set (preference and exchange) differs from the zone's.",
        rfc: "RFC 8461 §4.1",
    },
    scope: "domain",
    check(ctx) {
        const sides = mxSides(ctx.domain);
        if (!sides)
            return;
        const liveOnly = sides.live.filter((p) => !sides.zone.includes(p));
        const zoneOnly = sides.zone.filter((p) => !sides.live.includes(p));
        if (liveOnly.length === 0 && zoneOnly.length === 0)
            return;
        const moved = liveOnly.filter((p) => zoneOnly.some((z) => exchangeOf(z) === exchangeOf(p)));
        const parts = [
            liveOnly.length > 0 ? `live only: ${quotedList(liveOnly)}` : "",
            zoneOnly.length > 0 ? `zone only: ${quotedList(zoneOnly)}` : "",
        ].filter((p) => p !== "");
        const preference = moved.length > 0 ? " (a changed preference changes which host senders try first)" : "";
        const absent = sides.live.length === 0
            ? ` Live, ${sides.answer.status === "nxdomain" ? "the domain does not exist (NXDOMAIN)" : "there are no MX records (NODATA)"}.`
            : "";
        ctx.report({
            location: { host: ctx.domain.name },
            message: `The live MX records of ${wording_quoted(ctx.domain.name)} differ from the zone (${parts.join("; ")})${preference}.${absent} Senders (${ENFORCING_SENDERS}) match the MX hosts they see live against the policy's mx patterns, so the coverage checked from the zone is not what they check. Either the zone change has not been deployed yet, or the live MX records were changed outside the repository: deploy the zone, or bring it up to date.`,
        });
    },
};

;// CONCATENATED MODULE: ./src/rules/live-ns-inconsistent.ts


/** The domain's authoritative servers disagree: senders see one answer or another at random. */
const live_ns_inconsistent_rule = {
    meta: {
        id: "live-ns-inconsistent",
        area: "dns",
        defaultSeverity: "warning",
        description: "The domain's authoritative name servers give different answers to the same MTA-STS question or SOA serial.",
        rfc: "RFC 8461 §3.1",
    },
    scope: "domain",
    check(ctx) {
        const dns = ctx.domain.live?.dns;
        if (!dns)
            return;
        for (const split of nameServerSplits(dns.nameServers)) {
            const answers = split.answers
                .map((a) => `${a.shown} from ${a.servers.join(", ")}`)
                .join("; ");
            const what = split.question.type === "SOA"
                ? `report different SOA serials for ${wording_quoted(split.question.name)}`
                : `answer ${split.question.type} ${wording_quoted(split.question.name)} differently`;
            ctx.report({
                location: { host: split.question.name },
                message: `The authoritative name servers of ${wording_quoted(ctx.domain.name)} ${what}: ${answers}. Resolvers ask any of them, so senders see one answer or the other until they agree (a new policy id seen by some senders only, MX hosts that come and go). Usually a secondary has not transferred the latest zone: check NOTIFY and zone transfers, and that every server listed in NS serves the current zone.`,
            });
        }
    },
};

;// CONCATENATED MODULE: ./src/rules/live-sts-record-drift.ts



/** The `id` of a record text, when it has exactly one. */
function idOf(text) {
    const ids = STS_FAMILY.parse([text]).fields.filter((f) => f.name === "id");
    return ids.length === 1 ? ids[0].value : undefined;
}
/** The live `_mta-sts` record is not the zone's: a pending deploy or an out-of-band change. */
const live_sts_record_drift_rule = {
    meta: {
        id: "live-sts-record-drift",
        area: "dns",
        defaultSeverity: "warning",
        description: "The live _mta-sts record differs from the one in the zone.",
        rfc: "RFC 8461 §3.1",
    },
    scope: "domain",
    check(ctx) {
        const sides = txtSides(ctx.domain, STS_FAMILY, (q) => q.stsTxt);
        if (!sides)
            return;
        const location = { host: sides.name };
        if (sides.zoneCname === undefined && sides.zone.length === 1 && sides.live.length === 1) {
            const zoneId = idOf(sides.zone[0]);
            const liveId = idOf(sides.live[0]);
            if (zoneId !== undefined && liveId !== undefined && zoneId !== liveId) {
                ctx.report({
                    location,
                    message: `The live _mta-sts record of ${wording_quoted(ctx.domain.name)} has id ${wording_quoted(liveId)}, the zone has id ${wording_quoted(zoneId)}. Senders (${ENFORCING_SENDERS}) refetch the policy only when they see a new id, so until the zone is live they keep the policy they cached. If the zone change is pending, publish the policy file first and then the zone (RFC 8461 §8.1); if the live record was changed outside the repository, bring the zone up to date.`,
                });
                return;
            }
        }
        const message = describeTxtDrift(sides, {
            noun: "MTA-STS record",
            absentLive: `Senders (${ENFORCING_SENDERS}) that have no cached policy see no MTA-STS policy at all, and cached policies are not refreshed.`,
            absentZone: "A deploy of the zone from the repository would remove it, and senders would stop refreshing the policy.",
        });
        if (message)
            ctx.report({ location, message });
    },
};

;// CONCATENATED MODULE: ./src/rules/live-tlsrpt-drift.ts



/** The live `_smtp._tls` record is not the zone's: reports go elsewhere than the repo says. */
const live_tlsrpt_drift_rule = {
    meta: {
        id: "live-tlsrpt-drift",
        area: "dns",
        defaultSeverity: "warning",
        description: "The live TLS-RPT record at _smtp._tls differs from the one in the zone.",
        rfc: "RFC 8460 §3",
    },
    scope: "domain",
    check(ctx) {
        const sides = txtSides(ctx.domain, TLSRPT_FAMILY, (q) => q.tlsrptTxt);
        if (!sides)
            return;
        const message = describeTxtDrift(sides, {
            noun: "TLS-RPT record",
            absentLive: `Senders (${REPORTING_SENDERS}) send no TLS-RPT reports, so delivery failures go unnoticed.`,
            absentZone: "Reports go to its rua while the repository says otherwise, and a deploy of the zone would remove it.",
        });
        if (message)
            ctx.report({ location: { host: sides.name }, message });
    },
};

;// CONCATENATED MODULE: ./src/rules/mx-missing.ts



/** A policy that asks senders to check MX names is meaningless for a domain without MX. */
const mx_missing_rule = {
    meta: {
        id: "mx-missing",
        area: "mx",
        defaultSeverity: "error",
        description: "The policy mode is enforce or testing and the zone has no MX records for the domain.",
        rfc: "RFC 8461 §4.1",
    },
    scope: "domain",
    check(ctx) {
        const inputs = coverageInputs(ctx.domain);
        // Any MX record counts, even one whose data is unreadable (zone-syntax) or a null MX
        // (mx-null): this rule is only about the records being absent.
        if (!inputs || inputs.mx.records.length > 0)
            return;
        const name = ctx.domain.name;
        const example = inputs.patterns.find((p) => p.value !== "" && !p.value.startsWith("*."));
        const suggestion = `${name}. 3600 IN MX 10 ${example ? example.value.replace(/\.$/, "") : `mail.${name}`}.`;
        const implicit = `Senders then use the domain's own address as its mail host (the implicit MX of RFC 5321 §5.1)`;
        const consequence = coveringPatterns(inputs.patterns, name).length > 0
            ? `${implicit}, which works only while that address runs a mail server; the MX records are most likely missing from the zone the repository manages.`
            : `${implicit}, which no mx pattern of the policy names, so senders that apply MTA-STS (${ENFORCING_SENDERS}) see "validation-failure" for it (and refuse it in mode enforce) or find no mail server at all.`;
        ctx.report({
            location: zoneAnchor(inputs.zone, name),
            message: `The policy is in mode ${inputs.mode} but the zone has no MX record for ${wording_quoted(name)}. ${consequence} Add the domain's MX records to the zone (for example ${wording_quoted(suggestion)}), or, if the domain receives no mail, publish a null MX (${wording_quoted(`${name}. 3600 IN MX 0 .`)}) and retire the policy with mode none.`,
        });
    },
};

;// CONCATENATED MODULE: ./src/model/zone-text.ts
/** A character-string holds at most 255 octets (RFC 1035 §3.3). */
const MAX_STRING = 255;
/** The record written out in master-file syntax with absolute names (a `fix` for BIND zones). */
function mxRecordText(record, preference, exchange) {
    return `${record.owner}. ${record.ttl} ${record.class} MX ${preference} ${exchange}.`;
}
/** A zone-file character-string: quotes and backslashes escaped. */
function zoneString(text) {
    return `"${text.replace(/["\\]/g, (c) => `\\${c}`)}"`;
}
/**
 * The record's TXT data re-split only after a `;` (and its whitespace), each string at most
 * 255 characters; a single string when the record fits in one. Undefined when a field alone
 * is longer than a string can hold.
 */
function resplitAtFields(joined) {
    if (joined.length <= MAX_STRING)
        return zoneString(joined);
    const pieces = joined.match(/[^;]*;[ \t]*|[^;]+$/g) ?? [joined];
    const strings = [];
    let current = "";
    for (const piece of pieces) {
        if (piece.length > MAX_STRING)
            return undefined;
        if (current.length + piece.length > MAX_STRING) {
            strings.push(current);
            current = "";
        }
        current += piece;
    }
    if (current)
        strings.push(current);
    return strings.map(zoneString).join(" ");
}

;// CONCATENATED MODULE: ./src/rules/mx-not-covered.ts




/** An MX host outside the policy's patterns is one that MTA-STS senders refuse to use. */
const mx_not_covered_rule = {
    meta: {
        id: "mx-not-covered",
        area: "mx",
        defaultSeverity: "error",
        description: "An MX host in the zone matches no mx pattern of the policy.",
        rfc: "RFC 8461 §4.1",
    },
    scope: "domain",
    check(ctx) {
        const inputs = coverageInputs(ctx.domain);
        // Without any mx line the policy is invalid as a whole: that is policy-mx-required; with
        // only empty ones ("mx:") it is policy-mx-invalid's.
        if (!inputs || inputs.patterns.every((p) => p.value.trim() === ""))
            return;
        const { mode, patterns, zone } = inputs;
        const readings = patterns.map(readPattern);
        const listed = quotedList(patterns.map((p) => p.value));
        const consequence = mode === "enforce"
            ? `In mode enforce, senders that apply MTA-STS (${ENFORCING_SENDERS}) refuse to deliver to this host, and TLS-RPT reports show "validation-failure".`
            : `In mode testing, senders still deliver but report every connection to this host as "validation-failure" in TLS-RPT; in mode enforce they would refuse it.`;
        for (const mx of inputs.mx.hosts) {
            // A host an invalid pattern was meant for is policy-mx-invalid's finding, not this one.
            if (coveredAsMeant(readings, mx.host))
                continue;
            const intended = intendedAbsoluteName(mx.data, patterns);
            if (intended && zone.format === "bind") {
                ctx.report({
                    severity: mode === "enforce" ? "error" : "warning",
                    location: recordLocation(mx.record),
                    message: `MX host ${describeHost(mx)} matches no mx pattern of the policy (${listed}): the exchange ${wording_quoted(mx.data.exchangeText)} was written without a trailing dot, so the zone's origin was appended to it. ${consequence} End the name with a dot: ${wording_quoted(`${intended}.`)}.`,
                    fix: mxRecordText(mx.record, mx.data.preference, intended),
                });
                continue;
            }
            ctx.report({
                severity: mode === "enforce" ? "error" : "warning",
                location: recordLocation(mx.record),
                message: notCoveredMessage(mx, listed, consequence, firstCoverageHint(patterns, mx.host)),
                fix: `mx: ${mx.host}`,
            });
        }
    },
};
function notCoveredMessage(mx, listed, consequence, hint) {
    const parts = [
        `MX host ${describeHost(mx)} matches no mx pattern of the policy (${listed}).`,
        hint,
        consequence,
        `Add the line "mx: ${mx.host}" to the policy, then change the id of the _mta-sts TXT record so senders fetch the new policy.`,
    ];
    return parts.filter((p) => p !== undefined).join(" ");
}

;// CONCATENATED MODULE: ./src/rules/mx-null.ts



/** A domain that accepts no mail gains nothing from MTA-STS; the two usually mean a mix-up. */
const mx_null_rule = {
    meta: {
        id: "mx-null",
        area: "mx",
        defaultSeverity: "notice",
        description: "The zone publishes a null MX (RFC 7505) while an MTA-STS policy exists.",
        rfc: "RFC 7505 §3, RFC 8461 §8.3",
    },
    scope: "domain",
    check(ctx) {
        const { policy, zone, name } = ctx.domain;
        if (!policy || !zone)
            return;
        const mx = domainMx(zone, name);
        const others = mx.records.length - mx.nullMx.length;
        for (const record of mx.nullMx) {
            const mixed = others > 0
                ? ` The zone also publishes ${others} other MX record${others === 1 ? "" : "s"} for ${wording_quoted(name)}, which RFC 7505 §3 forbids next to a null MX: senders may treat the domain as accepting no mail at all.`
                : "";
            ctx.report({
                location: recordLocation(record),
                message: `${wording_quoted(name)} publishes a null MX (RFC 7505): it accepts no mail, so its MTA-STS policy protects nothing and senders never need to fetch it.${mixed} If the domain should receive mail, replace the null MX with its real MX records; otherwise retire the policy as RFC 8461 §8.3 describes (publish mode none with a new id, then remove the _mta-sts record and the policy).`,
            });
        }
    },
};

;// CONCATENATED MODULE: ./src/rules/mx-pattern-unused.ts




/** A pattern that covers no MX host is either stale or hides a typo in the host it meant. */
const mx_pattern_unused_rule = {
    meta: {
        id: "mx-pattern-unused",
        area: "mx",
        defaultSeverity: "warning",
        description: "A policy mx pattern matches no MX host of the zone.",
        rfc: "RFC 8461 §4.1",
    },
    scope: "domain",
    check(ctx) {
        const inputs = coverageInputs(ctx.domain);
        // No MX host at all is mx-missing's (or mx-null's) finding, not one per pattern.
        if (!inputs || inputs.mx.hosts.length === 0)
            return;
        const { policy, patterns, mx } = inputs;
        // A host written without its trailing dot still counts under the name the author meant:
        // mx-not-covered reports that slip on the zone record.
        const names = mx.hosts.flatMap((h) => {
            const intended = intendedAbsoluteName(h.data, patterns);
            return intended ? [h.host, intended] : [h.host];
        });
        const hosts = mx.hosts.map((h) => h.host);
        for (const field of patterns) {
            // An invalid value without an evident repair ("", "*.*.example.net") matches nothing by
            // definition: that is policy-mx-invalid's finding. A repairable one is judged as repaired.
            const reading = readPattern(field);
            if (reading.kind === "guessed")
                continue;
            if (names.some((n) => reading.covers(n)))
                continue;
            const hint = hosts.map((h) => coverageHint(field.value, h)).find((h) => h !== undefined);
            const parts = [
                `The pattern ${wording_quoted(normalizeHost(field.value))} matches none of the domain's MX hosts (${quotedList(hosts)}).`,
                hint,
                "Senders never use it; a pattern that covers nothing usually means a host was renamed or mistyped (and senders that apply MTA-STS may then refuse the real host) or a planned MX never reached the zone.",
                "Correct or remove the line (and change the id of the _mta-sts TXT record), or add the MX record it was meant for.",
            ];
            ctx.report({
                location: policyFieldLocation(ctx.domain, policy, field),
                message: parts.filter((p) => p !== undefined).join(" "),
            });
        }
    },
};

;// CONCATENATED MODULE: ./src/rules/mx-target-invalid.ts




/** An MX must name a host: senders match that name against the policy and the certificate. */
const mx_target_invalid_rule = {
    meta: {
        id: "mx-target-invalid",
        area: "mx",
        defaultSeverity: "error",
        description: "An MX exchange is an IP literal, or a name the zone itself defines as a CNAME.",
        rfc: "RFC 5321 §5.1, RFC 2181 §10.3, RFC 8461 §4.1",
    },
    scope: "domain",
    check(ctx) {
        const { policy, zone, name } = ctx.domain;
        if (!policy || !zone)
            return;
        const mx = domainMx(zone, name);
        for (const record of mx.ipLiterals) {
            if (record.data?.kind !== "MX")
                continue;
            const written = record.data.exchangeText;
            ctx.report({
                location: recordLocation(record),
                message: `The MX record points at ${wording_quoted(written)}, an IP address: an MX exchange must be a host name (RFC 5321 §5.1), so senders look up a host of that name and find no mail server, and no policy mx pattern can name an IP address (RFC 8461 §4.1). Give the address a host name with an A or AAAA record, point the MX at that name, and list the name in the policy's mx lines.`,
            });
        }
        for (const host of mx.hosts) {
            const alias = cnameChain(zone, host.host);
            if (!alias)
                continue;
            const fix = zone.format === "bind"
                ? mxRecordText(host.record, host.data.preference, alias.target)
                : undefined;
            ctx.report({
                location: recordLocation(host.record),
                message: `The MX record points at ${wording_quoted(host.host)}, which this zone defines as a CNAME to ${wording_quoted(alias.target)}. MX targets must not be aliases (RFC 2181 §10.3, RFC 5321 §5.1) and some senders refuse them; senders that apply MTA-STS match the MX name ${wording_quoted(host.host)}, not the alias target, against the policy and the server's certificate, so a certificate issued only for ${wording_quoted(alias.target)} fails with TLS-RPT result "certificate-host-mismatch". Point the MX at ${wording_quoted(alias.target)} directly and list that name in the policy's mx lines.`,
                ...(fix ? { fix } : {}),
            });
        }
    },
};

;// CONCATENATED MODULE: ./src/model/policy-issues.ts
/**
 * Hands the parser's findings of one kind to the rule that owns them, unchanged: the parser
 * already says what is wrong and what senders do, so the rule only gives them an ID.
 */
function reportParserIssues(ctx, kind) {
    for (const issue of ctx.policy.issues) {
        if (issue.kind !== kind)
            continue;
        ctx.report({ message: issue.message, span: issue.span, fix: issue.fix });
    }
}

;// CONCATENATED MODULE: ./src/rules/policy-blank-line.ts

/** Empty lines end the policy early for some parsers and make strict ones reject it. */
const policy_blank_line_rule = {
    meta: {
        id: "policy-blank-line",
        area: "policy",
        defaultSeverity: "warning",
        description: "An empty line in the policy, or more than one line end after the last field.",
        rfc: "RFC 8461 §3.2",
    },
    scope: "policy",
    check(ctx) {
        reportParserIssues(ctx, "blank-line");
    },
};

;// CONCATENATED MODULE: ./src/rules/policy-duplicate-field.ts


/**
 * RFC 8461 §3.2 keeps the first of a repeated field, but senders differ: mox keeps the first,
 * postfix-mta-sts-resolver the last. Repeated fields with different values are read differently.
 */
const policy_duplicate_field_rule = {
    meta: {
        id: "policy-duplicate-field",
        area: "policy",
        defaultSeverity: "warning",
        description: "A field other than `mx` is repeated: warning when the values agree, error when they differ.",
        rfc: "RFC 8461 §3.2",
    },
    scope: "policy",
    check(ctx) {
        const firstByName = new Map();
        for (const field of ctx.policy.fields) {
            if (field.name === "mx")
                continue; // the one field meant to repeat
            const first = firstByName.get(field.name);
            if (!first) {
                firstByName.set(field.name, field);
                continue;
            }
            if (first.value === field.value) {
                ctx.report({
                    message: `${wording_quoted(field.name)} is repeated with the same value as line ${first.line}: RFC 8461 §3.2 allows it once and senders ignore one copy, but a later edit to only one of them gives senders different policies. Delete line ${field.line}.`,
                    span: fieldSpan(field),
                    severity: "warning",
                });
            }
            else {
                ctx.report({
                    message: `${wording_quoted(field.name)} is repeated: line ${first.line} says ${wording_quoted(first.value)}, line ${field.line} says ${wording_quoted(field.value)}. RFC 8461 §3.2 and mox use the first and ignore this line, but postfix-mta-sts-resolver uses the last, so senders apply different policies. Keep one ${wording_quoted(field.name)} line with the value you mean.`,
                    span: fieldSpan(field),
                    severity: "error",
                });
            }
        }
    },
};

;// CONCATENATED MODULE: ./src/rules/policy-host-missing.ts


/** Senders fetch the policy from `mta-sts.<domain>`; without an address they get nothing. */
const policy_host_missing_rule = {
    meta: {
        id: "policy-host-missing",
        area: "sts-record",
        defaultSeverity: "error",
        description: "mta-sts.<domain> has no A, AAAA or CNAME record in the zone.",
        rfc: "RFC 8461 §3.3, §8.2",
    },
    scope: "domain",
    check({ domain, report }) {
        const zone = domain.zone;
        if (!zone)
            return;
        const host = policyHostName(domain.name);
        if (isOutsideZone(zone, host))
            return;
        if (hostAddressRecords(zone, host).length > 0)
            return;
        const delegation = cnameAt(zone, stsRecordName(domain.name));
        // Point at what is at the host name (often a misplaced TXT), else the delegation, else the top.
        const atHost = zone.byName.get(host)?.[0];
        const location = atHost
            ? recordLocation(atHost)
            : delegation
                ? recordLocation(delegation)
                : zoneAnchor(zone);
        const url = `https://${host}/.well-known/mta-sts.txt`;
        const target = delegation?.data?.kind === "NAME" ? delegation.data.target : "a provider";
        const howToFix = delegation
            ? `${stsRecordName(domain.name)} is delegated by CNAME to ${target} (RFC 8461 §8.2), but senders still fetch the policy from ${host}: add a CNAME for it to the provider's policy host, or an address of a proxy, with a certificate valid for ${host} itself.`
            : `Add an A/AAAA record or a CNAME for ${host} pointing at the server that serves the policy, with a certificate valid for that name.`;
        const r = isBeingRemoved(domain)
            ? {
                message: `${host} has no A, AAAA or CNAME record in the zone. The policy is mode "none", so the domain is in the RFC 8461 §8.3 removal procedure: removing the policy host is its last step, safe only once every policy served before has expired.`,
                location,
                severity: "notice",
            }
            : {
                message: `${host} has no A, AAAA or CNAME record in the zone. Senders fetch the policy from ${url}; the lookup fails, so they apply no policy (TLS-RPT result "sts-policy-fetch-error"), and senders holding a cached policy keep using it until its max_age runs out. ${howToFix}`,
                location,
            };
        report(r);
    },
};

;// CONCATENATED MODULE: ./src/model/policy.ts
/** Where a finding about the body as a whole (a missing field, its size) is reported. */
function policyStart(doc) {
    return doc.start ?? { line: 1, column: 1, endLine: 1, endColumn: 1 };
}

;// CONCATENATED MODULE: ./src/rules/policy-max-age.ts





const UNIT_SECONDS = {
    "": 1,
    s: 1,
    sec: 1,
    secs: 1,
    second: 1,
    seconds: 1,
    m: 60,
    min: 60,
    mins: 60,
    minute: 60,
    minutes: 60,
    h: 3600,
    hr: 3600,
    hrs: 3600,
    hour: 3600,
    hours: 3600,
    d: ONE_DAY,
    day: ONE_DAY,
    days: ONE_DAY,
    w: ONE_WEEK,
    week: ONE_WEEK,
    weeks: ONE_WEEK,
};
/**
 * The number of seconds a value that is not plain digits evidently means: a unit (`1w`,
 * `86400s`, `7 days`), digit grouping (`604,800`), quotes. Undefined when it is not clear.
 */
function intendedSeconds(value) {
    const v = value.replace(/^["']|["']$/g, "").trim();
    const grouped = /^\d{1,3}(?:[,_ ]\d{3})+$/.test(v) ? v.replace(/[,_ ]/g, "") : undefined;
    if (grouped)
        return Number(grouped);
    const m = /^(\d+)\s*([a-z]*)$/i.exec(v);
    if (!m)
        return undefined;
    const unit = UNIT_SECONDS[m[2].toLowerCase()];
    return unit === undefined ? undefined : Number(m[1]) * unit;
}
/** The max_age senders can use: digits only, at most one year (RFC 8461 §3.2). */
const policy_max_age_rule = {
    meta: {
        id: "policy-max-age",
        area: "policy",
        defaultSeverity: "error",
        description: "The policy has no `max_age`, or its value is not 1–10 plain digits, or it is above 31557600.",
        rfc: "RFC 8461 §3.2",
    },
    scope: "policy",
    check(ctx) {
        const field = firstField(ctx.policy, "max_age");
        if (!field) {
            const typo = misspellingsOf(ctx.policy, "max_age")[0];
            const typoNote = typo
                ? ` Line ${typo.line} writes ${wording_quoted(typo.name)}, and senders compare field names exactly.`
                : "";
            ctx.report({
                message: `The policy has no "max_age" field, which RFC 8461 §3.2 requires once: ${POLICY_REJECTED}.${typoNote} Add "max_age: 604800" (one week; RFC 8461 expects weeks or more once the policy is settled).`,
                span: typo ? typo.nameSpan : policyStart(ctx.policy),
                fix: typo && isPlainSeconds(typo.value) ? fieldLine("max_age", typo.value) : undefined,
            });
            return;
        }
        if (field.value === "") {
            ctx.report({
                message: `The "max_age" line has no value, but RFC 8461 §3.2 requires 1 to 10 digits of seconds: ${POLICY_REJECTED}. Write the lifetime in seconds, e.g. "max_age: 604800" for one week.`,
                span: fieldSpan(field),
            });
            return;
        }
        if (isPlainSeconds(field.value)) {
            const seconds = Number(field.value);
            if (seconds <= MAX_AGE_LIMIT)
                return;
            const limitLine = fieldLine("max_age", String(MAX_AGE_LIMIT));
            ctx.report({
                message: `max_age ${field.value} is above ${MAX_AGE_LIMIT} (about one year), the maximum RFC 8461 §3.2 allows: ${POLICY_REJECTED}. Write "${limitLine}" or less.`,
                span: field.valueSpan,
                fix: limitLine,
            });
            return;
        }
        const meant = intendedSeconds(field.value);
        const fixed = meant === undefined
            ? undefined
            : fieldLine("max_age", String(Math.min(meant, MAX_AGE_LIMIT)));
        const how = fixed
            ? ` Write "${fixed}"${meant !== undefined && meant <= MAX_AGE_LIMIT ? ` (${describeDuration(meant)})` : ""}.`
            : ` Write the lifetime in seconds, e.g. "max_age: 604800" for one week.`;
        const why = /^\d{11,}$/.test(field.value)
            ? "more than 10 digits"
            : "not plain seconds (only the digits 0–9, no unit, sign or separator)";
        ctx.report({
            message: `max_age ${wording_quoted(field.value)} is ${why}, which RFC 8461 §3.2 requires: ${POLICY_REJECTED}.${how}`,
            span: field.valueSpan,
            fix: fixed,
        });
    },
};

;// CONCATENATED MODULE: ./src/rules/policy-max-age-short.ts



/**
 * A short max_age lets cached policies lapse: between fetches senders hold no policy, and an
 * attacker who blocks the next lookup downgrades delivery (RFC 8461 §3.2, §10.2).
 */
const policy_max_age_short_rule = {
    meta: {
        id: "policy-max-age-short",
        area: "policy",
        defaultSeverity: "warning",
        description: "max_age is below 86400 with mode enforce or testing (notice below 604800 with mode enforce).",
        rfc: "RFC 8461 §3.2",
    },
    scope: "policy",
    check(ctx) {
        const mode = effectiveMode(ctx.policy);
        const seconds = maxAgeSeconds(ctx.policy);
        const field = firstField(ctx.policy, "max_age");
        if (seconds === undefined || !field)
            return;
        if (!checksMx(mode))
            return;
        const lifetime = `max_age ${seconds} (${describeDuration(seconds)})`;
        if (seconds < ONE_DAY) {
            const dayLine = fieldLine("max_age", String(ONE_DAY));
            const line = mode === "enforce" ? fieldLine("max_age", String(ONE_WEEK)) : dayLine;
            const advice = mode === "enforce" ? `at least "${dayLine}", better "${line}"` : `at least "${dayLine}"`;
            ctx.report({
                message: `${lifetime} is under one day: senders refresh policies about once a day (RFC 8461 §3.3), so their cached copy lapses between refreshes, and while it is gone an attacker who blocks the policy lookup makes them deliver without MTA-STS${mode === "testing" ? " (and TLS-RPT reports from those gaps are missing)" : ""}. Use ${advice}.`,
                span: field.valueSpan,
                fix: line,
                severity: "warning",
            });
            return;
        }
        if (mode === "enforce" && seconds < ONE_WEEK) {
            const line = fieldLine("max_age", String(ONE_WEEK));
            ctx.report({
                message: `${lifetime} is shorter than a week for an enforced policy: RFC 8461 §3.2 expects weeks or more, because senders are protected against a downgrade at refresh time only while their cached copy lasts. Consider "${line}" or longer.`,
                span: field.valueSpan,
                fix: line,
                severity: "notice",
            });
        }
    },
};

;// CONCATENATED MODULE: ./src/rules/policy-mode.ts





const CHOICES = `"enforce" (refuse delivery that fails validation), "testing" (only report it) or "none" (opt out)`;
/**
 * The mode a wrong value was evidently meant to be: another case (`Enforce`), quotes
 * (`"testing"`), or a longer or shorter form of one word (`enforced`, `test`).
 */
function intendedMode(value) {
    const v = value.replace(/^["']|["']$/g, "").toLowerCase();
    const exact = POLICY_MODES.find((m) => m === v);
    if (exact)
        return exact;
    if (v.length < 4)
        return undefined;
    return POLICY_MODES.find((m) => m.startsWith(v) || v.startsWith(m));
}
/** Without a valid `mode` the policy is invalid (RFC 8461 §3.2: required once, case-sensitive). */
const policy_mode_rule = {
    meta: {
        id: "policy-mode",
        area: "policy",
        defaultSeverity: "error",
        description: "The policy has no `mode` field, or its value is not exactly `enforce`, `testing` or `none`.",
        rfc: "RFC 8461 §3.2",
    },
    scope: "policy",
    check(ctx) {
        const field = firstField(ctx.policy, "mode");
        if (field) {
            if (isPolicyMode(field.value))
                return;
            if (field.value === "") {
                ctx.report({
                    message: `The "mode" line has no value, but RFC 8461 §3.2 requires one of "enforce", "testing" or "none": ${POLICY_REJECTED}. Use one of ${CHOICES}.`,
                    span: fieldSpan(field),
                });
                return;
            }
            const meant = intendedMode(field.value);
            const hint = meant
                ? ` Write "${fieldLine("mode", meant)}".`
                : looksLikeTemplate(field.value)
                    ? ` It looks like a template placeholder: pick one of ${CHOICES}.`
                    : ` Use one of ${CHOICES}.`;
            ctx.report({
                message: `The mode is ${wording_quoted(field.value)}, but RFC 8461 §3.2 allows only "enforce", "testing" or "none" (lowercase): ${POLICY_REJECTED}.${hint}`,
                span: field.valueSpan,
                fix: meant ? fieldLine("mode", meant) : undefined,
            });
            return;
        }
        const typo = misspellingsOf(ctx.policy, "mode")[0];
        const meant = typo && intendedMode(typo.value);
        if (typo) {
            ctx.report({
                message: `The policy has no "mode" field: line ${typo.line} writes ${wording_quoted(typo.name)}, and senders compare field names exactly, so ${POLICY_REJECTED}. Write "mode:" in lowercase.`,
                span: typo.nameSpan,
                fix: meant ? fieldLine("mode", meant) : undefined,
            });
            return;
        }
        ctx.report({
            message: `The policy has no "mode" field, which RFC 8461 §3.2 requires once: ${POLICY_REJECTED}. Add a "mode:" line with ${CHOICES}; start with "mode: testing" while you watch TLS-RPT reports.`,
            span: policyStart(ctx.policy),
        });
    },
};

;// CONCATENATED MODULE: ./src/rules/policy-mode-none.ts



/** Mode none starts the removal of MTA-STS, which RFC 8461 §8.3 does with a short max_age. */
const policy_mode_none_rule = {
    meta: {
        id: "policy-mode-none",
        area: "policy",
        defaultSeverity: "warning",
        description: "Mode `none` with a max_age above 86400.",
        rfc: "RFC 8461 §8.3",
    },
    scope: "policy",
    check(ctx) {
        if (effectiveMode(ctx.policy) !== "none")
            return;
        const seconds = maxAgeSeconds(ctx.policy);
        const field = firstField(ctx.policy, "max_age");
        if (seconds === undefined || !field || seconds <= ONE_DAY)
            return;
        const line = fieldLine("max_age", String(ONE_DAY));
        ctx.report({
            message: `Mode "none" with max_age ${seconds} (${describeDuration(seconds)}): RFC 8461 §8.3 removes MTA-STS by publishing mode "none" with a small max_age (about one day), so that senders' cached copies lapse soon after the _mta-sts record and policy host are taken down. Write "${line}".`,
            span: field.valueSpan,
            fix: line,
        });
    },
};

;// CONCATENATED MODULE: ./src/rules/policy-mode-testing.ts

/** Mode testing protects nothing yet: it is a step on the way to enforce (RFC 8461 §5). */
const policy_mode_testing_rule = {
    meta: {
        id: "policy-mode-testing",
        area: "policy",
        defaultSeverity: "notice",
        description: "The policy's mode is `testing`: failures are reported, not enforced.",
        rfc: "RFC 8461 §5",
    },
    scope: "policy",
    check(ctx) {
        if (effectiveMode(ctx.policy) !== "testing")
            return;
        const field = firstField(ctx.policy, "mode");
        if (!field)
            return;
        ctx.report({
            message: `Mode "testing": senders report failed validation through TLS-RPT but still deliver, even over an unauthenticated connection or in plaintext, so the policy does not yet protect mail (RFC 8461 §5). Once TLS-RPT reports show no failures ("validation-failure", "sts-webpki-invalid", certificate errors), switch to "mode: enforce" and change the _mta-sts id.`,
            span: field.valueSpan,
        });
    },
};

;// CONCATENATED MODULE: ./src/rules/policy-mx-duplicate.ts




/** A repeated mx pattern is harmless to senders but hides what the list really allows. */
const policy_mx_duplicate_rule = {
    meta: {
        id: "policy-mx-duplicate",
        area: "policy",
        defaultSeverity: "notice",
        description: "The same `mx` pattern appears twice (compared as lowercase A-labels).",
        rfc: "RFC 8461 §3.2",
    },
    scope: "policy",
    check(ctx) {
        const firstByKey = new Map();
        for (const field of mxFields(ctx.policy)) {
            const key = mxPatternKey(field.value);
            if (key === "")
                continue;
            const first = firstByKey.get(key);
            if (!first) {
                firstByKey.set(key, field);
                continue;
            }
            const same = first.value === field.value ? "" : ` (${wording_quoted(first.value)})`;
            ctx.report({
                message: `The mx pattern ${wording_quoted(field.value)} repeats line ${first.line}${same}: senders ignore the copy, but a duplicated list makes it easy to miss which host is really allowed, e.g. when one copy is edited and the other is not. Delete line ${field.line}.`,
                span: fieldSpan(field),
            });
        }
    },
};

;// CONCATENATED MODULE: ./src/rules/policy-mx-invalid.ts





/** What the senders that do keep the policy make of a pattern that matches no host. */
function deliveryEffect(mode) {
    if (mode === "enforce") {
        return 'with mode enforce they refuse delivery to the MX host it was meant for ("validation-failure")';
    }
    if (mode === "testing") {
        return 'in mode testing they report every delivery to the MX host it was meant for as failed ("validation-failure")';
    }
    return "once the mode is enforce they will refuse delivery to the MX host it was meant for";
}
/** An mx value that is not `["*."] Domain` matches no MX host, and strict senders reject it. */
const policy_mx_invalid_rule = {
    meta: {
        id: "policy-mx-invalid",
        area: "policy",
        defaultSeverity: "error",
        description: 'An `mx` value is not `["*."] Domain`: a misplaced `*`, a trailing dot, an underscore, an IP address, an empty or over-long label, a U-label.',
        rfc: "RFC 8461 §3.2, §4.1",
    },
    scope: "policy",
    check(ctx) {
        const effect = deliveryEffect(effectiveMode(ctx.policy));
        for (const field of mxFields(ctx.policy)) {
            const { problems, corrected } = checkMxPattern(field.value);
            if (problems.length === 0)
                continue;
            if (field.value === "") {
                ctx.report({
                    message: `The "mx" line has no value. RFC 8461 §3.2 requires a host name pattern after "mx:": mox rejects the whole policy for it (TLS-RPT "sts-policy-invalid"), and senders that keep the policy allow no host through this line, so ${effect}. Write the MX host name as the MX record names it (for example "mx: mail.${ctx.domain}"), or remove the line.`,
                    span: fieldSpan(field),
                });
                continue;
            }
            const template = looksLikeTemplate(field.value)
                ? " It looks like a template value that was never filled in."
                : "";
            const fix = corrected?.map((p) => fieldLine("mx", p)).join(lineEndOf(ctx.policy));
            let howToFix;
            if (corrected) {
                howToFix = `Write ${corrected.map((p) => wording_quoted(fieldLine("mx", p))).join(" and ")}.`;
            }
            else if (field.value.trim() === ".") {
                howToFix = `If ${ctx.domain} receives no mail, publish "mode: none" (then retire MTA-STS, RFC 8461 §8.3); otherwise list its MX hosts.`;
            }
            else {
                howToFix = `Write the MX host name as the MX record names it, or "*." and its parent domain for a provider's hosts.`;
            }
            ctx.report({
                message: `The mx value ${wording_quoted(field.value)} is not a host name pattern: ${problems.join("; ")}.${template} mox rejects the whole policy for it (TLS-RPT "sts-policy-invalid"); senders that keep the policy match no MX host with it, so ${effect}. ${howToFix}`,
                span: field.valueSpan,
                fix,
            });
        }
    },
};

;// CONCATENATED MODULE: ./src/rules/policy-mx-required.ts



/** A policy that checks MX names but lists none is invalid (RFC 8461 §3.2). */
const policy_mx_required_rule = {
    meta: {
        id: "policy-mx-required",
        area: "policy",
        defaultSeverity: "error",
        description: "Mode enforce or testing needs at least one `mx` line.",
        rfc: "RFC 8461 §3.2",
    },
    scope: "policy",
    check(ctx) {
        const mode = effectiveMode(ctx.policy);
        const modeField = firstField(ctx.policy, "mode");
        if (!checksMx(mode) || !modeField || mxFields(ctx.policy).length > 0)
            return;
        const howToFix = `Add one "mx:" line per MX host of ${ctx.domain} (for example "mx: mail.${ctx.domain}"), or a wildcard such as "mx: *.mail.example.net" for a provider's hosts.`;
        const typo = misspellingsOf(ctx.policy, "mx")[0];
        if (typo) {
            ctx.report({
                message: `Mode "${mode}" needs at least one "mx" line, and line ${typo.line} writes ${wording_quoted(typo.name)}: senders compare field names exactly, so the policy lists no MX host and ${POLICY_REJECTED}. Write "mx:".`,
                span: typo.nameSpan,
                fix: fieldLine("mx", typo.value),
            });
            return;
        }
        ctx.report({
            message: `Mode "${mode}" needs at least one "mx" line (RFC 8461 §3.2), and the policy has none: ${POLICY_REJECTED}. ${howToFix}`,
            span: modeField.valueSpan,
        });
    },
};

;// CONCATENATED MODULE: ./src/rules/policy-mx-wildcard-broad.ts




/**
 * `*.example.com` for example.com makes every host of the domain a valid MX: whoever gets a
 * certificate for any of them can receive its mail under MTA-STS (RFC 8461 §10.4).
 */
const policy_mx_wildcard_broad_rule = {
    meta: {
        id: "policy-mx-wildcard-broad",
        area: "policy",
        defaultSeverity: "notice",
        description: "A wildcard `mx` pattern directly under the policy domain (`*.example.com` for example.com).",
        rfc: "RFC 8461 §10.4",
    },
    scope: "policy",
    check(ctx) {
        const broad = `*.${normalizeHost(ctx.domain)}`;
        for (const field of mxFields(ctx.policy)) {
            if (mxPatternKey(field.value) !== broad)
                continue;
            ctx.report({
                message: `The mx pattern ${wording_quoted(field.value)} accepts any host directly under ${ctx.domain} as an MX: anyone who can get a CA-signed certificate for one of them (a web server, "dhcp-123.${ctx.domain}") passes MTA-STS validation for your mail (RFC 8461 §10.4). List the MX hosts by name instead.`,
                span: field.valueSpan,
            });
        }
    },
};

;// CONCATENATED MODULE: ./src/rules/policy-syntax.ts

/**
 * Lines that break the policy ABNF: strict parsers (mox) reject the whole policy, lenient ones
 * (postfix-mta-sts-resolver) read a different field than the one written.
 */
const policy_syntax_rule = {
    meta: {
        id: "policy-syntax",
        area: "policy",
        defaultSeverity: "error",
        description: "A policy line is not `name: value` per the RFC 8461 ABNF (indentation, no colon, BOM, bare CR, control characters, invalid UTF-8, bad extension name or value).",
        rfc: "RFC 8461 §3.2",
    },
    scope: "policy",
    check(ctx) {
        reportParserIssues(ctx, "syntax");
    },
};

;// CONCATENATED MODULE: ./src/rules/policy-too-large.ts

/** RFC 8461 §3.3 suggests senders read at most 64 KiB; postfix-mta-sts-resolver enforces it. */
const MAX_POLICY_BYTES = 65536;
/** A body over 64 KiB is cut off or refused by senders, so the policy never applies. */
const policy_too_large_rule = {
    meta: {
        id: "policy-too-large",
        area: "policy",
        defaultSeverity: "error",
        description: "The policy body is larger than 65536 bytes.",
        rfc: "RFC 8461 §3.3",
    },
    scope: "policy",
    check(ctx) {
        const { byteLength, source } = ctx.policy;
        // A live body over the limit is https-too-large alone; only the local file is judged here.
        if (source.url && !source.file)
            return;
        if (byteLength <= MAX_POLICY_BYTES)
            return;
        ctx.report({
            message: `The policy is ${byteLength} bytes, over the ${MAX_POLICY_BYTES}-byte limit that RFC 8461 §3.3 suggests to senders: postfix-mta-sts-resolver and others stop reading there and treat the fetch as failed (TLS-RPT "sts-policy-fetch-error"), so the policy never applies. Keep only the version, mode, mx and max_age lines.`,
            span: policyStart(ctx.policy),
        });
    },
};

;// CONCATENATED MODULE: ./src/rules/policy-unknown-field.ts





/** What senders lose when the line meant as `known` is ignored. */
function policy_unknown_field_consequence(doc, known) {
    if (known === "mx") {
        return 'this host is not an allowed MX: with mode enforce senders refuse delivery to it ("validation-failure")';
    }
    if (firstField(doc, known))
        return `this line does not set "${known}"`;
    return `the policy has no "${known}", so strict senders (postfix-mta-sts-resolver, mox) reject it ("sts-policy-invalid")`;
}
/** Is `value` one the field `known` accepts (RFC 8461 §3.2)? */
function valueFits(known, value) {
    if (known === "version")
        return value === "STSv1";
    if (known === "mode")
        return isPolicyMode(value);
    if (known === "max_age")
        return isPlainSeconds(value) && Number(value) <= MAX_AGE_LIMIT;
    return isValidMxPattern(value);
}
/**
 * Senders ignore fields they do not know (RFC 8461 §3.2), so a misspelt `mode` or `mx` silently
 * disappears; genuine extension fields are only worth a note.
 */
const policy_unknown_field_rule = {
    meta: {
        id: "policy-unknown-field",
        area: "policy",
        defaultSeverity: "warning",
        description: "A field name RFC 8461 does not define: warning when it is a likely typo or wrong case of a known field, notice otherwise.",
        rfc: "RFC 8461 §3.2",
    },
    scope: "policy",
    check(ctx) {
        for (const field of ctx.policy.fields) {
            if (isKnownField(field.name))
                continue;
            const meant = likelyIntendedField(field.name);
            if (meant) {
                // Renaming helps only when the value is one the intended field takes ("more: ext" is
                // not a mode): otherwise the line is pointed at without a corrected line.
                // When the real field is already there, renaming would only create a conflicting
                // duplicate: the misspelt line is then to be removed.
                const existing = meant === "mx" ? undefined : firstField(ctx.policy, meant);
                const fix = !existing && valueFits(meant, field.value) ? fieldLine(meant, field.value) : undefined;
                const how = existing
                    ? `The policy already sets "${meant}" on line ${existing.line}; remove this line.`
                    : fix
                        ? `Write ${wording_quoted(fix)}.`
                        : `Name it "${meant}" with a valid value, or remove it.`;
                ctx.report({
                    message: `${wording_quoted(field.name)} looks like "${meant}" mistyped: senders compare field names exactly and ignore unknown ones (RFC 8461 §3.2), so ${policy_unknown_field_consequence(ctx.policy, meant)}. ${how}`,
                    span: field.nameSpan,
                    fix,
                    severity: "warning",
                });
            }
            else {
                ctx.report({
                    message: `${wording_quoted(field.name)} is not a field of RFC 8461; senders ignore it (§3.2). Remove it unless a sender you rely on documents it.`,
                    span: fieldSpan(field),
                    severity: "notice",
                });
            }
        }
    },
};

;// CONCATENATED MODULE: ./src/rules/policy-version.ts





const VERSION = "STSv1";
const VERSION_LINE = fieldLine("version", VERSION);
/** Why a version value that is not exactly STSv1 is wrong, in words that fit the mistake. */
function versionHint(value) {
    if (value.toLowerCase() === VERSION.toLowerCase())
        return " (the value is case-sensitive)";
    if (/^stsv\d+$/i.test(value))
        return ` (${VERSION} is the only version defined)`;
    return "";
}
/** Without `version: STSv1` no sender accepts the policy (RFC 8461 §3.2: required once). */
const policy_version_rule = {
    meta: {
        id: "policy-version",
        area: "policy",
        defaultSeverity: "error",
        description: "The policy has no `version` field, or its value is not exactly `STSv1`.",
        rfc: "RFC 8461 §3.2",
    },
    scope: "policy",
    check(ctx) {
        const field = firstField(ctx.policy, "version");
        if (field) {
            if (field.value === VERSION)
                return;
            if (field.value === "") {
                ctx.report({
                    message: `The "version" line has no value, but RFC 8461 §3.2 requires exactly "${VERSION}": ${POLICY_REJECTED}. Write "${VERSION_LINE}".`,
                    span: fieldSpan(field),
                    fix: VERSION_LINE,
                });
                return;
            }
            ctx.report({
                message: `The version is ${wording_quoted(field.value)}, but RFC 8461 §3.2 allows exactly "${VERSION}"${versionHint(field.value)}: ${POLICY_REJECTED}. Write "${VERSION_LINE}".`,
                span: field.valueSpan,
                fix: VERSION_LINE,
            });
            return;
        }
        const typo = misspellingsOf(ctx.policy, "version")[0];
        if (typo) {
            ctx.report({
                message: `The policy has no "version" field: line ${typo.line} writes ${wording_quoted(typo.name)}, and senders compare field names exactly. Without "${VERSION_LINE}" ${POLICY_REJECTED}. Write "${VERSION_LINE}".`,
                span: typo.nameSpan,
                fix: VERSION_LINE,
            });
            return;
        }
        ctx.report({
            message: `The policy has no "version" field, which RFC 8461 §3.2 requires once: ${POLICY_REJECTED}. Add the line "${VERSION_LINE}" at the top.`,
            span: policyStart(ctx.policy),
            fix: VERSION_LINE + lineEndOf(ctx.policy),
        });
    },
};

;// CONCATENATED MODULE: ./src/rules/smtp-cert-expiring.ts


/** A valid MX certificate that is about to expire: under enforce, delivery stops when it does. */
const smtp_cert_expiring_rule = {
    meta: {
        id: "smtp-cert-expiring",
        area: "smtp",
        defaultSeverity: "warning",
        description: "An MX host's certificate expires within the configured number of days (default 14).",
        rfc: "RFC 8461 §4.2",
    },
    scope: "domain",
    check(ctx) {
        for (const obs of ctx.domain.live?.smtp ?? []) {
            for (const r of obs.addresses) {
                if (!r.tls?.valid || !r.certificate || !expiresSoon(r.certificate))
                    continue;
                ctx.report({
                    location: smtpLocation(obs, r),
                    message: `The certificate of ${smtpTarget(obs, r)} expires ${expiryWhen(r.certificate)} (${describeCert(r.certificate)}), inside the ${r.certificate.expiryThresholdDays}-day warning window. Once it expires, senders that apply the policy in mode enforce stop delivering to this MX (TLS-RPT "certificate-expired", RFC 8460 §4.3.1). Renew it now and check that the MTA reloads renewed certificates.`,
                });
            }
        }
    },
};

;// CONCATENATED MODULE: ./src/rules/smtp-cert-invalid.ts


/**
 * RFC 8461 §4.2: under a policy, the MX certificate must validate (PKIX) for the MX host name
 * the sender looked up, wildcards per RFC 6125. A handshake that fails outright is reported
 * here too: the sender gets no validated TLS either way.
 */
const smtp_cert_invalid_rule = {
    meta: {
        id: "smtp-cert-invalid",
        area: "smtp",
        defaultSeverity: "error",
        description: "An MX host's certificate does not validate for the MX host name.",
        rfc: "RFC 8461 §4.2, RFC 8460 §4.3.1",
    },
    scope: "domain",
    check(ctx) {
        const severity = smtpSeverity(ctx.domain);
        for (const obs of ctx.domain.live?.smtp ?? []) {
            for (const r of obs.addresses) {
                if (r.outcome === "tls-failed") {
                    ctx.report({
                        location: smtpLocation(obs, r),
                        severity,
                        message: `The TLS handshake after STARTTLS with ${smtpTarget(obs, r)} failed: ${wording_quoted(r.error ?? "handshake failed")}. Senders get no validated TLS session (TLS-RPT "validation-failure", RFC 8460 §4.3.1). ${smtpImpact(severity)}. Check the MX's TLS configuration (protocol versions, ciphers, certificate and key files).`,
                    });
                    continue;
                }
                if (r.outcome !== "cert-invalid" || !r.tls)
                    continue;
                ctx.report({
                    location: smtpLocation(obs, r),
                    severity,
                    message: `The certificate of ${smtpTarget(obs, r)} does not validate for ${obs.host}: ${certProblemText(r.tls, r.certificate, obs.host)} (${describeCert(r.certificate)}). RFC 8461 §4.2 requires a certificate valid for the MX host name; TLS-RPT reports show "${r.tls.resultType}" (RFC 8460 §4.3.1). ${smtpImpact(severity)}. ${certFixText(r.tls, obs.host)}`,
                });
            }
        }
    },
};

;// CONCATENATED MODULE: ./src/rules/smtp-starttls-missing.ts


/** RFC 8461 §4.2: a policy in effect means every MX must speak STARTTLS. */
const smtp_starttls_missing_rule = {
    meta: {
        id: "smtp-starttls-missing",
        area: "smtp",
        defaultSeverity: "error",
        description: "An MX host does not offer STARTTLS (or refuses it).",
        rfc: "RFC 8461 §4.2, RFC 8460 §4.3.1, RFC 3207",
    },
    scope: "domain",
    check(ctx) {
        const severity = smtpSeverity(ctx.domain);
        for (const obs of ctx.domain.live?.smtp ?? []) {
            for (const r of obs.addresses) {
                if (r.outcome !== "starttls-missing")
                    continue;
                ctx.report({
                    location: smtpLocation(obs, r),
                    severity,
                    message: `${smtpTarget(obs, r)} does not offer STARTTLS: ${wording_quoted(r.error ?? "not offered")}. RFC 8461 §4.2 requires TLS to every MX of a domain with an MTA-STS policy; TLS-RPT reports show "starttls-not-supported" (RFC 8460 §4.3.1). ${smtpImpact(severity)}. Enable STARTTLS on the MX (Postfix: smtpd_tls_security_level = may, with smtpd_tls_chain_files set) with a certificate valid for ${obs.host}.`,
                });
            }
        }
    },
};

;// CONCATENATED MODULE: ./src/rules/smtp-unreachable.ts


/**
 * An MX that cannot be asked about STARTTLS: nothing is known about its TLS. Often the
 * runner, not the MX: hosted CI runners (GitHub-hosted included) block outbound port 25.
 */
const smtp_unreachable_rule = {
    meta: {
        id: "smtp-unreachable",
        area: "smtp",
        defaultSeverity: "warning",
        description: "An MX host's port 25 cannot be reached or does not complete the SMTP greeting.",
        rfc: "RFC 8461 §4.2, RFC 5321",
    },
    scope: "domain",
    check(ctx) {
        const live = ctx.domain.live;
        // An address the address guard kept us away from was never tried: no port-25 hint.
        const guarded = (host, address) => (live?.refused ?? []).some((x) => x.host === host && x.address === address);
        for (const obs of live?.smtp ?? []) {
            for (const r of obs.addresses) {
                if (r.outcome !== "connect-failed" &&
                    r.outcome !== "timeout" &&
                    r.outcome !== "protocol-error")
                    continue;
                const blocked = r.outcome === "protocol-error" || guarded(obs.host, r.address)
                    ? ""
                    : ` Hosted CI runners (GitHub-hosted runners included) often block outbound port ${obs.port}: if every MX fails this way, run the SMTP checks from a self-hosted runner or another network before concluding that the MX is down.`;
                ctx.report({
                    location: smtpLocation(obs, r),
                    message: `Could not check STARTTLS on ${smtpTarget(obs, r)} port ${obs.port}: ${wording_quoted(r.error ?? r.outcome)}.${blocked} If the MX is really unreachable, senders queue and retry mail for it; otherwise nothing is known about its TLS setup (RFC 8461 §4.2 needs STARTTLS with a valid certificate).`,
                });
            }
        }
    },
};

;// CONCATENATED MODULE: ./src/rules/sts-record-at-apex.ts



/** Senders query only `_mta-sts.<domain>`; a record at the domain itself is never seen. */
const sts_record_at_apex_rule = {
    meta: {
        id: "sts-record-at-apex",
        area: "sts-record",
        defaultSeverity: "error",
        description: 'A "v=STSv1" TXT record at the domain itself instead of _mta-sts.',
        rfc: "RFC 8461 §3.1",
    },
    scope: "domain",
    check({ domain, report }) {
        const view = discoveryView(domain, STS_FAMILY);
        if (!view)
            return;
        const atApex = attempts(classifiedTxtAt(view.zone, domain.name, STS_FAMILY));
        const hasRecord = qualifying(view.txts).length > 0;
        for (const txt of atApex) {
            report({
                message: hasRecord
                    ? `The TXT record ${wording_quoted(txt.joined)} at ${domain.name} is an MTA-STS record at the domain itself. Senders query only ${view.name}, which has its own record, so this copy is ignored and only misleads whoever updates the id next. Delete it.`
                    : `The MTA-STS TXT record ${wording_quoted(txt.joined)} is at ${domain.name} itself, but senders (${ENFORCING_SENDERS}) query only ${view.name} (RFC 8461 §3.1). They find no record and never fetch the policy, so mail goes without MTA-STS protection. Move the record to ${view.name}.`,
                location: recordLocation(txt.record),
            });
        }
    },
};

;// CONCATENATED MODULE: ./src/rules/sts-record-duplicate-field.ts




/** RFC 8461 does not say which of two repeated fields wins; senders disagree. */
const sts_record_duplicate_field_rule = {
    meta: {
        id: "sts-record-duplicate-field",
        area: "sts-record",
        defaultSeverity: "warning",
        description: "A field is repeated in the _mta-sts record: warning when the values agree, error when they differ.",
        rfc: "RFC 8461 §3.1",
    },
    scope: "domain",
    check({ domain, report }) {
        const view = discoveryView(domain, STS_FAMILY);
        if (!view)
            return;
        for (const txt of attempts(view.txts)) {
            const parsed = txt.parsed;
            // The version tag counts as a field: "v=STSv1; v=STSv1; id=1" repeats it.
            const fields = parsed.version
                ? [parsed.version, ...parsed.fields]
                : parsed.fields;
            const first = new Map();
            for (const field of fields) {
                const earlier = first.get(field.name);
                if (!earlier) {
                    first.set(field.name, field);
                    continue;
                }
                const where = view.name;
                const r = earlier.value === field.value
                    ? {
                        message: `The field ${wording_quoted(field.name)} appears twice in the record at ${where} with the same value ${wording_quoted(field.value)}. It is harmless to senders that keep the first or the last, but parsers that reject repeated fields (RFC 8461 §3.1 defines none) then see no MTA-STS policy. Remove the repetition.`,
                        location: fieldLocation(txt, field),
                        severity: "warning",
                        fix: recordWithoutField(parsed, field),
                    }
                    : {
                        message: `The field ${wording_quoted(field.name)} appears twice in the record at ${where} with different values, ${wording_quoted(earlier.value)} and ${wording_quoted(field.value)}. RFC 8461 §3.1 does not say which one wins: some senders use the first, others the last, others reject the record and apply no policy, so a changed id may go unnoticed. Keep one ${wording_quoted(field.name)} field with the value you mean.`,
                        location: fieldLocation(txt, field),
                        severity: "error",
                    };
                report(r);
            }
        }
    },
};

;// CONCATENATED MODULE: ./src/rules/sts-record-id.ts






const VALID_ID = /^[A-Za-z0-9]{1,32}$/;
const CONSEQUENCE = `Senders (${ENFORCING_SENDERS}) treat the record as invalid and assume the domain has no MTA-STS policy; the id is also how they notice a changed policy.`;
/** What is wrong with an id value, as a clause, or undefined when it is valid. */
function idProblem(value) {
    if (VALID_ID.test(value))
        return undefined;
    if (value.length === 0)
        return "is empty";
    const bad = [...new Set(value.replace(/[A-Za-z0-9]/g, ""))];
    if (bad.length > 0) {
        const list = bad.map((c) => wording_quoted(c)).join(", ");
        return `contains ${list}, but only letters and digits are allowed`;
    }
    return `is ${value.length} characters long, but at most 32 are allowed`;
}
/**
 * The `id` rule, with the clock injected so the suggested id (a UTC timestamp) is
 * deterministic in tests.
 */
function createStsRecordIdRule(now) {
    return {
        meta: {
            id: "sts-record-id",
            area: "sts-record",
            defaultSeverity: "error",
            description: "The _mta-sts record's id is missing or not 1–32 letters and digits.",
            rfc: "RFC 8461 §3.1",
        },
        scope: "domain",
        check({ domain, report }) {
            const view = discoveryView(domain, STS_FAMILY);
            if (!view)
                return;
            for (const txt of attempts(view.txts)) {
                const r = checkId(txt, view.name, timestampId(now()));
                if (r)
                    report(r);
            }
        },
    };
}
function checkId(txt, name, freshId) {
    const parsed = txt.parsed;
    const id = parsed.fields.find((f) => f.name === "id");
    if (id) {
        const problem = idProblem(id.value);
        if (!problem)
            return undefined;
        return {
            message: `The id ${wording_quoted(id.value)} ${problem} (RFC 8461 §3.1: 1 to 32 letters and digits). ${CONSEQUENCE} Use a new id such as the current UTC time, ${wording_quoted(freshId)}.`,
            location: fieldLocation(txt, id),
            fix: recordWithValue(parsed, id, freshId),
        };
    }
    const wrongCase = parsed.fields.find((f) => f.name.toLowerCase() === "id");
    if (wrongCase)
        return wrongCaseId(txt, wrongCase, freshId);
    return {
        message: `The record at ${name} has no id field, which RFC 8461 §3.1 requires. ${CONSEQUENCE} Add one, such as the current UTC time: id=${freshId}.`,
        location: recordLocation(txt.record),
        fix: recordWithFieldAdded(parsed, "id", freshId),
    };
}
/** `ID=...`: field names are case-sensitive, so this is an unknown extension and id is missing. */
function wrongCaseId(txt, field, freshId) {
    const value = idProblem(field.value) ? freshId : field.value;
    const renamed = replaceRange(txt.parsed.joined, field.start, field.end, `id=${value}`);
    return {
        message: `The field ${wording_quoted(field.name)} is not "id": field names are case-sensitive (RFC 8461 §3.1), so the record has no id. ${CONSEQUENCE} Write it as id=${value}.`,
        location: fieldLocation(txt, field),
        fix: renamed,
    };
}
/** `sts-record-id` with the system clock. */
const sts_record_id_rule = createStsRecordIdRule(() => new Date());

;// CONCATENATED MODULE: ./src/rules/sts-record-missing.ts



const SENDERS = `Senders (${ENFORCING_SENDERS}) look for it first and, finding none, never fetch the policy: mail to the domain goes without MTA-STS protection.`;
/** Without the `_mta-sts` record no sender ever discovers the policy (RFC 8461 §3.1). */
const sts_record_missing_rule = {
    meta: {
        id: "sts-record-missing",
        area: "sts-record",
        defaultSeverity: "error",
        description: 'The zone has no TXT record starting with "v=STSv1" (and no CNAME) at _mta-sts.',
        rfc: "RFC 8461 §3.1",
    },
    scope: "domain",
    check({ domain, report }) {
        const view = discoveryView(domain, STS_FAMILY);
        if (!view)
            return;
        const { zone, name } = view;
        // A resembling record is sts-record-syntax's; a CNAME delegates the record (RFC 8461 §8.2).
        if (attempts(view.txts).length > 0 || cnameAt(zone, name))
            return;
        // A record at the apex instead is sts-record-at-apex alone (one root cause, one finding).
        if (attempts(classifiedTxtAt(zone, domain.name, STS_FAMILY)).length > 0)
            return;
        const removal = isBeingRemoved(domain);
        const r = removal
            ? {
                message: `The zone has no "v=STSv1" TXT record at ${name}. The policy is mode "none", so the domain is in the RFC 8461 §8.3 removal procedure: removing the record is its last step, safe only once every policy served before has expired (up to its max_age after it was last served). Until then keep the record, with the id bumped when mode "none" was published.`,
                location: zoneAnchor(zone),
                severity: "notice",
            }
            : {
                message: `The zone has no "v=STSv1" TXT record at ${name}. ${SENDERS} Add one, e.g. ${name}. IN TXT "v=STSv1; id=YYYYMMDDHHMMSS" with the current UTC time as the id.`,
                location: zoneAnchor(zone),
            };
        // The record written at a near-miss name: point at it, since that is what to move.
        const [misplaced] = misplacedRecords(zone, domain.name, STS_FAMILY);
        if (misplaced && !removal) {
            r.location = recordLocation(misplaced.txt.record);
            r.message = `The "v=STSv1" TXT record is at ${misplaced.txt.record.owner}, ${misplaced.why}, and there is none at ${name}. ${SENDERS} Move the record to ${name}.`;
        }
        report(r);
    },
};

;// CONCATENATED MODULE: ./src/model/record-reports.ts
/**
 * Findings shared by the MTA-STS and TLS-RPT record rules, which judge the same things
 * (several records, ABNF problems) at their own discovery name.
 */




/**
 * Findings for a name with more than one record beginning with the version tag: one at each
 * record after the first, naming where the others are. `consequence` says what senders do.
 */
function multipleRecordReports(view, family, consequence) {
    const records = qualifying(view.txts);
    if (records.length < 2)
        return [];
    return records.slice(1).map((txt) => {
        const otherLines = records
            .filter((o) => o !== txt)
            .map((o) => lineRef(o.record, txt.record.file));
        const others = `${otherLines.length === 1 ? "the one" : "the ones"} on ${otherLines.join(", ")}`;
        return {
            message: `${view.name} has ${records.length} TXT records beginning with ${wording_quoted(family.versionTag)}: this one and ${others}. ${consequence} Keep exactly one record and delete the others.`,
            location: recordLocation(txt.record),
        };
    });
}
/**
 * Findings for the ABNF problems of the records that are, or try to be, the record: the
 * parser's `syntax` issues at their place (their messages already say what senders do), and
 * for a resembling record without one, a finding that its version tag is not the exact one.
 */
function syntaxReports(view, family, consequence) {
    const out = [];
    for (const txt of attempts(view.txts)) {
        const issues = txt.parsed.issues.filter((i) => i.kind === "syntax");
        out.push(...issueReports(txt, issues));
        if (issues.length === 0 && txt.cls === "resembling") {
            out.push({
                message: `The TXT record ${wording_quoted(txt.joined)} at ${view.name} does not begin with exactly ${wording_quoted(family.versionTag)} (case-sensitive, no spaces around "="). ${consequence}`,
                location: recordLocation(txt.record),
            });
        }
    }
    return out;
}
/** The parser's issues of one record as findings, at their place, with the parser's fix. */
function issueReports(txt, issues) {
    return issues.map((issue) => {
        const r = {
            message: issue.message,
            location: joinedLocation(txt, issue.start, issue.end),
        };
        if (issue.fix !== undefined)
            r.fix = issue.fix;
        return r;
    });
}

;// CONCATENATED MODULE: ./src/rules/sts-record-multiple.ts



/** Two `v=STSv1` records make senders assume there is no policy at all (RFC 8461 §3.1). */
const sts_record_multiple_rule = {
    meta: {
        id: "sts-record-multiple",
        area: "sts-record",
        defaultSeverity: "error",
        description: 'More than one TXT record at _mta-sts starts with "v=STSv1".',
        rfc: "RFC 8461 §3.1",
    },
    scope: "domain",
    check({ domain, report }) {
        const view = discoveryView(domain, STS_FAMILY);
        if (!view)
            return;
        const consequence = `RFC 8461 §3.1 makes senders (${ENFORCING_SENDERS}) assume the domain has no MTA-STS policy when the number of such records is not one, so the policy is not applied.`;
        for (const r of multipleRecordReports(view, STS_FAMILY, consequence))
            report(r);
    },
};

;// CONCATENATED MODULE: ./src/rules/sts-record-split.ts




const isSeparator = (c) => c === ";" || c === " " || c === "\t";
/** Offsets in the joined text where one character-string ends and the next begins. */
function boundaries(txt) {
    const out = [];
    let offset = 0;
    for (const s of txt.strings.slice(0, -1)) {
        offset += s.text.length;
        out.push(offset);
    }
    return out;
}
/** A boundary falls inside a token when neither side of it is a `;` or whitespace. */
function splitsToken(joined, at) {
    if (at <= 0 || at >= joined.length)
        return false;
    return !isSeparator(joined[at - 1]) && !isSeparator(joined[at]);
}
/** The token (run of non-separators) around an offset. */
function tokenAround(joined, at) {
    let start = at;
    while (start > 0 && !isSeparator(joined[start - 1]))
        start--;
    let end = at;
    while (end < joined.length && !isSeparator(joined[end]))
        end++;
    return { start, end };
}
/** Splitting a record inside a token is legal but fragile: only exact joining reads it right. */
const sts_record_split_rule = {
    meta: {
        id: "sts-record-split",
        area: "sts-record",
        defaultSeverity: "warning",
        description: "The _mta-sts record is split into several character-strings and a split falls inside a token.",
        rfc: "RFC 8461 §3.1",
    },
    scope: "domain",
    check({ domain, report }) {
        const view = discoveryView(domain, STS_FAMILY);
        if (!view)
            return;
        for (const txt of attempts(view.txts)) {
            const at = boundaries(txt).find((b) => splitsToken(txt.joined, b));
            if (at === undefined)
                continue;
            const token = tokenAround(txt.joined, at);
            const shown = `${wording_quoted(txt.joined.slice(token.start, at))} + ${wording_quoted(txt.joined.slice(at, token.end))}`;
            const fix = resplitAtFields(txt.joined);
            report({
                message: `The record at ${view.name} is split into ${txt.strings.length} character-strings and a split falls inside ${shown}. Senders must join the strings without spaces (RFC 8461 §3.1) and read ${wording_quoted(txt.joined)}, but DNS panels, scripts and resolvers that join with a space or keep only the first string see a different, broken record. Write the record as one string, or split it only after a ";".`,
                location: joinedLocation(txt, token.start, token.end),
                ...(fix !== undefined ? { fix } : {}),
            });
        }
    },
};

;// CONCATENATED MODULE: ./src/rules/sts-record-syntax.ts



/** An `_mta-sts` record that breaks the ABNF is, for senders, no record (RFC 8461 §3.1). */
const sts_record_syntax_rule = {
    meta: {
        id: "sts-record-syntax",
        area: "sts-record",
        defaultSeverity: "error",
        description: "The _mta-sts TXT record does not match the RFC 8461 §3.1 ABNF.",
        rfc: "RFC 8461 §3.1",
    },
    scope: "domain",
    check({ domain, report }) {
        const view = discoveryView(domain, STS_FAMILY);
        if (!view)
            return;
        const consequence = `Senders that find the record invalid assume the domain has no MTA-STS policy (RFC 8461 §3.1): ${ENFORCING_SENDERS} then skip MTA-STS for it.`;
        for (const r of syntaxReports(view, STS_FAMILY, consequence))
            report(r);
    },
};

;// CONCATENATED MODULE: ./src/rules/sts-record-ttl-long.ts



const LIMIT = 3600;
/** "86400 s (1 day)", "7200 s (2 hours)": TTLs read better with a unit. */
function describeTtl(ttl) {
    return `${ttl} s (${describeDuration(ttl)})`;
}
/** A long TTL delays the moment senders see a new id, and so a fixed policy. */
const sts_record_ttl_long_rule = {
    meta: {
        id: "sts-record-ttl-long",
        area: "sts-record",
        defaultSeverity: "notice",
        description: "The _mta-sts TXT record's TTL is above 3600 seconds.",
        rfc: "RFC 8461 §3.1, §5.1",
    },
    scope: "domain",
    check({ domain, report }) {
        const view = discoveryView(domain, STS_FAMILY);
        if (!view)
            return;
        for (const txt of qualifying(view.txts)) {
            if (txt.record.ttl <= LIMIT)
                continue;
            report({
                message: `The TXT record at ${view.name} has a TTL of ${describeTtl(txt.record.ttl)}. Senders learn that the policy changed by seeing a new id in this record (RFC 8461 §5.1); resolvers keep serving the old id for up to the TTL, so a corrected policy (a new MX host, a move to enforce) reaches senders that much later. Use a TTL of ${LIMIT} or less.`,
                location: recordLocation(txt.record),
            });
        }
    },
};

;// CONCATENATED MODULE: ./src/rules/sts-record-unrelated.ts



/** Other TXT records at `_mta-sts` are discarded by careful senders and confuse the rest. */
const sts_record_unrelated_rule = {
    meta: {
        id: "sts-record-unrelated",
        area: "sts-record",
        defaultSeverity: "warning",
        description: "Other TXT records share the _mta-sts name with the MTA-STS record.",
        rfc: "RFC 8461 §3.1",
    },
    scope: "domain",
    check({ domain, report }) {
        const view = discoveryView(domain, STS_FAMILY);
        if (!view)
            return;
        for (const txt of view.txts) {
            if (txt.cls !== "unrelated")
                continue;
            // A near miss next to the real record ("V=STSv1; id=2"): senders discard it, so it only
            // misleads whoever edits the id next.
            const nearMiss = STS_FAMILY.resembles(txt.joined)
                ? ` It looks like a second MTA-STS record, but it does not begin with exactly "v=STSv1", so senders ignore it (the record that counts is the one that does); delete it, or fix the one that counts if this one holds the id you meant.`
                : "";
            report({
                message: `The TXT record ${wording_quoted(txt.joined)} at ${view.name} is not an MTA-STS record.${nearMiss} RFC 8461 §3.1 tells senders to discard it, but only records that begin with exactly "v=STSv1;" survive that filter (a "v=STSv1 ;" record is dropped with it, errata 6285), and tools or senders that take the first TXT answer read this one instead. It usually belongs at another name: move it there or delete it.`,
                location: recordLocation(txt.record),
            });
        }
    },
};

;// CONCATENATED MODULE: ./src/rules/sts-record-whitespace.ts


/** Whitespace that the ABNF tolerates (or most senders trim) but some senders choke on. */
const sts_record_whitespace_rule = {
    meta: {
        id: "sts-record-whitespace",
        area: "sts-record",
        defaultSeverity: "warning",
        description: 'Whitespace before a ";" or after the last field of the _mta-sts TXT record.',
        rfc: "RFC 8461 §3.1 (errata 6285)",
    },
    scope: "domain",
    check({ domain, report }) {
        const view = discoveryView(domain, STS_FAMILY);
        if (!view)
            return;
        for (const txt of attempts(view.txts)) {
            const issues = txt.parsed.issues.filter((i) => i.kind === "whitespace");
            for (const r of issueReports(txt, issues))
                report(r);
        }
    },
};

;// CONCATENATED MODULE: ./src/rules/tlsrpt-missing.ts



/** Without a TLS-RPT record nobody tells the domain when TLS delivery to it fails. */
const tlsrpt_missing_rule = {
    meta: {
        id: "tlsrpt-missing",
        area: "tlsrpt",
        defaultSeverity: "warning",
        description: 'No "v=TLSRPTv1" TXT record at _smtp._tls.',
        rfc: "RFC 8460 §3",
    },
    scope: "domain",
    check({ domain, report }) {
        const view = discoveryView(domain, TLSRPT_FAMILY);
        if (!view)
            return;
        // A resembling record is tlsrpt-syntax's; a CNAME delegates the record to a provider.
        if (attempts(view.txts).length > 0 || cnameAt(view.zone, view.name))
            return;
        // A record only at a wrong name is tlsrpt-wrong-name alone (one root cause, one finding).
        if (misplacedRecords(view.zone, domain.name, TLSRPT_FAMILY).length > 0)
            return;
        report({
            message: `The zone has no "v=TLSRPTv1" TXT record at ${view.name}. Without it, senders (${REPORTING_SENDERS}) have nowhere to report failed TLS deliveries, so a broken certificate or policy (result types "sts-policy-fetch-error", "sts-policy-invalid", "validation-failure") goes unnoticed until mail is lost. Add one, e.g. ${view.name}. IN TXT "v=TLSRPTv1; rua=mailto:tls-reports@${domain.name}".`,
            location: zoneAnchor(view.zone),
        });
    },
};

;// CONCATENATED MODULE: ./src/rules/tlsrpt-multiple.ts


/** Two `v=TLSRPTv1` records make senders assume the domain wants no reports (RFC 8460 §3). */
const tlsrpt_multiple_rule = {
    meta: {
        id: "tlsrpt-multiple",
        area: "tlsrpt",
        defaultSeverity: "error",
        description: 'More than one "v=TLSRPTv1" TXT record at _smtp._tls.',
        rfc: "RFC 8460 §3",
    },
    scope: "domain",
    check({ domain, report }) {
        const view = discoveryView(domain, TLSRPT_FAMILY);
        if (!view)
            return;
        const consequence = "RFC 8460 §3 makes senders assume the domain does not implement TLS-RPT when the number of such records is not one, so no reports are sent to any of them.";
        for (const r of multipleRecordReports(view, TLSRPT_FAMILY, consequence))
            report(r);
    },
};

;// CONCATENATED MODULE: ./src/model/rua.ts


const SCHEME = /^([A-Za-z][A-Za-z0-9+.-]*):/;
const EMAIL = /^[^\s@:/]+@[^\s@]+\.[^\s@]+$/;
/** RFC 3986 unreserved, reserved and `%`; everything else must be percent-encoded. */
const URI_CHARS = /^[A-Za-z0-9\-._~:/?#[\]@!$&'()*+,;=%]*$/;
const BAD_PERCENT = /%(?![0-9A-Fa-f]{2})/;
/** DMARC's `!10m` size limit, which TLS-RPT does not have. */
const SIZE_SUFFIX = /![0-9]+[kmgtKMGT]?$/;
/** Percent-encodes the characters RFC 8460 §3 says MUST be encoded in a `rua` URI. */
function encodeDelimiters(uri) {
    return uri.replace(/[,!;]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}
/** The first problem of one URI, or undefined when senders can use it. */
function checkRuaUri(uri) {
    if (uri.length === 0)
        return { problem: "the URI is empty (a stray comma?)" };
    if (/\s/.test(uri)) {
        const parts = uri.split(/\s+/).filter((p) => p.length > 0);
        const allUsable = parts.length > 1 && parts.every((p) => checkRuaUri(p) === undefined);
        return {
            problem: "the URI contains whitespace; several URIs must be separated by commas",
            fix: allUsable ? parts.join(",") : undefined,
        };
    }
    const scheme = SCHEME.exec(uri)?.[1];
    if (scheme === undefined) {
        if (EMAIL.test(uri)) {
            return { problem: 'the address has no "mailto:" scheme', fix: `mailto:${uri}` };
        }
        return { problem: 'the URI has no scheme; use "mailto:" or "https:"' };
    }
    const lower = scheme.toLowerCase();
    if (lower === "http") {
        return {
            problem: 'plain "http:" is not a TLS-RPT scheme; reports are posted to "https:" URIs only',
            fix: `https:${uri.slice(scheme.length + 1)}`,
        };
    }
    if (lower !== "mailto" && lower !== "https") {
        return {
            problem: `the scheme ${wording_quoted(`${scheme}:`)} is not supported; only "mailto:" and "https:" are`,
        };
    }
    if (/[,;]/.test(uri)) {
        return {
            problem: 'the URI contains an unencoded "," or ";", which must be percent-encoded',
            fix: encodeDelimiters(uri),
        };
    }
    if (uri.includes("!")) {
        if (lower === "mailto" && SIZE_SUFFIX.test(uri)) {
            return {
                problem: 'the URI ends with a "!size" limit as DMARC allows, but TLS-RPT defines no size suffix and an unencoded "!" makes the URI malformed',
                fix: uri.replace(SIZE_SUFFIX, ""),
            };
        }
        return {
            problem: 'the URI contains an unencoded "!", which must be percent-encoded as %21',
            fix: encodeDelimiters(uri),
        };
    }
    if (!URI_CHARS.test(uri)) {
        return { problem: "the URI contains characters that must be percent-encoded (RFC 3986)" };
    }
    if (BAD_PERCENT.test(uri)) {
        return { problem: 'the URI contains a "%" that does not start a percent-encoded octet' };
    }
    return lower === "mailto" ? checkMailto(uri, scheme) : checkHttps(uri, scheme);
}
function checkMailto(uri, scheme) {
    const rest = uri.slice(scheme.length + 1);
    if (rest.startsWith("//")) {
        return {
            problem: '"mailto:" is followed by "//", which becomes part of the address',
            fix: `mailto:${rest.replace(/^\/+/, "")}`,
        };
    }
    const address = rest.split("?")[0];
    if (address.length === 0)
        return { problem: 'the "mailto:" URI has no address' };
    const at = address.lastIndexOf("@");
    if (at <= 0)
        return { problem: `${wording_quoted(address)} is not an e-mail address (no local part and "@")` };
    const host = decodeSafely(address.slice(at + 1));
    if (!isValidHostName(host.replace(/\.$/, "")) && !isIpLiteral(host)) {
        return { problem: `the address's domain ${wording_quoted(host)} is not a valid host name` };
    }
    return undefined;
}
function checkHttps(uri, scheme) {
    const rest = uri.slice(scheme.length + 1);
    const authority = /^\/\/([^/?#]*)/.exec(rest)?.[1];
    if (authority === undefined || authority.length === 0) {
        return {
            problem: 'the "https:" URI has no host (it must start with "https://" and a host name)',
        };
    }
    if (!URL.canParse(uri))
        return { problem: 'the "https:" URI cannot be parsed' };
    const host = new URL(uri).hostname.replace(/\.$/, "");
    if (!isValidHostName(host) && !isIpLiteral(host)) {
        return { problem: `the host ${wording_quoted(host)} is not a valid host name` };
    }
    return undefined;
}
function decodeSafely(text) {
    try {
        return decodeURIComponent(text);
    }
    catch {
        return text;
    }
}

;// CONCATENATED MODULE: ./src/rules/tlsrpt-rua.ts







const LOST = `Senders (${REPORTING_SENDERS}) cannot deliver reports to it, so failed TLS deliveries go unreported there.`;
/** The `rua` field says where reports go; without a usable URI none arrive. */
const tlsrpt_rua_rule = {
    meta: {
        id: "tlsrpt-rua",
        area: "tlsrpt",
        defaultSeverity: "error",
        description: 'The TLS-RPT record has no rua, or a rua URI that is not a well-formed "mailto:" or "https:" URI.',
        rfc: "RFC 8460 §3",
    },
    scope: "domain",
    check({ domain, report }) {
        const view = discoveryView(domain, TLSRPT_FAMILY);
        if (!view)
            return;
        for (const txt of attempts(view.txts)) {
            for (const r of checkRecord(txt, view.name, domain.name))
                report(r);
        }
    },
};
function checkRecord(txt, name, domain) {
    const ruas = txt.parsed.fields.filter((f) => f.name === "rua");
    if (ruas.length === 0)
        return [missingRua(txt, name, domain)];
    // A repeated rua is valid: the ABNF repeats tlsrpt-field freely and RFC 8460 §3 lets the
    // record "declare more than one rua" (mox collects every one). Each field's URIs are judged.
    return ruas.flatMap((rua) => checkUris(txt, rua));
}
function missingRua(txt, name, domain) {
    const wrongCase = txt.parsed.fields.find((f) => f.name.toLowerCase() === "rua");
    if (wrongCase) {
        return {
            message: `The field ${wording_quoted(wrongCase.name)} is not "rua": field names are case-sensitive (RFC 8460 §3), so the record has no rua and senders send no reports. Write it as "rua".`,
            location: fieldLocation(txt, wrongCase),
            fix: replaceRange(txt.parsed.joined, wrongCase.start, wrongCase.start + wrongCase.name.length, "rua"),
        };
    }
    return {
        message: `The record at ${name} has no "rua" field, which RFC 8460 §3 requires: senders have nowhere to send TLS-RPT reports and ignore the record. Add one, e.g. rua=mailto:tls-reports@${domain}.`,
        location: recordLocation(txt.record),
    };
}
/** One finding per unusable URI of a `rua` field, with the corrected record where computable. */
function checkUris(txt, rua) {
    const uris = splitRuaUris(rua.value, rua.valueStart);
    if (rua.value.trim() === "" || uris.length === 0) {
        return [
            {
                message: `The "rua" field has no URI. ${LOST} Give at least one "mailto:" or "https:" URI.`,
                location: fieldLocation(txt, rua),
            },
        ];
    }
    const out = [];
    let emptyReported = false;
    for (const { uri, start, end } of uris) {
        const problem = checkRuaUri(uri);
        if (!problem)
            continue;
        // ",, ," is one slip: its empty entries share one finding (at the field, with every one dropped).
        if (uri === "") {
            if (emptyReported)
                continue;
            emptyReported = true;
        }
        const shown = uri === "" ? "An empty rua URI" : `The rua URI ${wording_quoted(uri)}`;
        const r = {
            message: `${shown}: ${problem.problem}. ${LOST}${problem.fix !== undefined ? ` Write ${wording_quoted(problem.fix)}.` : ""}`,
            location: uri === "" ? fieldLocation(txt, rua) : joinedLocation(txt, start, end),
        };
        if (problem.fix !== undefined)
            r.fix = replaceRange(txt.parsed.joined, start, end, problem.fix);
        else if (uri === "") {
            const fix = withoutEmptyUris(txt, rua, uris);
            if (fix !== undefined)
                r.fix = fix;
        }
        out.push(r);
    }
    return out;
}
/** The record with the empty entries of a rua list (",," or a trailing ",") dropped. */
function withoutEmptyUris(txt, rua, uris) {
    const kept = uris.map((u) => u.uri).filter((u) => u !== "");
    return kept.length > 0 ? recordWithValue(txt.parsed, rua, kept.join(",")) : undefined;
}

;// CONCATENATED MODULE: ./src/rules/tlsrpt-syntax.ts


/** A TLS-RPT record that breaks the ABNF is discarded, and with it every report. */
const tlsrpt_syntax_rule = {
    meta: {
        id: "tlsrpt-syntax",
        area: "tlsrpt",
        defaultSeverity: "error",
        description: "The _smtp._tls TXT record does not match the RFC 8460 §3 ABNF.",
        rfc: "RFC 8460 §3",
    },
    scope: "domain",
    check({ domain, report }) {
        const view = discoveryView(domain, TLSRPT_FAMILY);
        if (!view)
            return;
        const consequence = "Senders that cannot parse the record send no TLS-RPT reports (RFC 8460 §3), so delivery failures go unreported.";
        for (const r of syntaxReports(view, TLSRPT_FAMILY, consequence))
            report(r);
    },
};

;// CONCATENATED MODULE: ./src/rules/tlsrpt-whitespace.ts


/**
 * Trailing whitespace is invalid ABNF; whitespace between "v=TLSRPTv1" and ";" defeats the
 * prefix match of RFC 8460 §3. Whitespace before a later ";" is valid and matters to no
 * sender's discovery, so it is not reported.
 */
function matters(parsed, issue) {
    if (issue.kind !== "whitespace")
        return false;
    return isTrailingWhitespace(parsed, issue.end) || issue.start === parsed.version?.end;
}
/** Whitespace some senders trim and others reject. */
const tlsrpt_whitespace_rule = {
    meta: {
        id: "tlsrpt-whitespace",
        area: "tlsrpt",
        defaultSeverity: "warning",
        description: "Trailing whitespace after the last field of the _smtp._tls TXT record.",
        rfc: "RFC 8460 §3",
    },
    scope: "domain",
    check({ domain, report }) {
        const view = discoveryView(domain, TLSRPT_FAMILY);
        if (!view)
            return;
        for (const txt of attempts(view.txts)) {
            const issues = txt.parsed.issues.filter((i) => matters(txt.parsed, i));
            for (const r of issueReports(txt, issues))
                report(r);
        }
    },
};

;// CONCATENATED MODULE: ./src/rules/tlsrpt-wrong-name.ts



/** Senders query only `_smtp._tls.<domain>`; a record anywhere else is never read. */
const tlsrpt_wrong_name_rule = {
    meta: {
        id: "tlsrpt-wrong-name",
        area: "tlsrpt",
        defaultSeverity: "error",
        description: 'A "v=TLSRPTv1" record at _tlsrpt, _smtp-tlsrpt or the apex instead of _smtp._tls.',
        rfc: "RFC 8460 §3",
    },
    scope: "domain",
    check({ domain, report }) {
        const view = discoveryView(domain, TLSRPT_FAMILY);
        if (!view)
            return;
        const hasRecord = qualifying(view.txts).length > 0;
        for (const { txt, why } of misplacedRecords(view.zone, domain.name, TLSRPT_FAMILY)) {
            const at = `The TLS-RPT record ${wording_quoted(txt.joined)} is at ${txt.record.owner}, ${why}.`;
            report({
                message: hasRecord
                    ? `${at} Senders query only ${view.name}, which has its own record, so this copy is ignored. Delete it.`
                    : `${at} Senders query only ${view.name} (RFC 8460 §3), find nothing there and send no TLS-RPT reports, so failed TLS deliveries go unreported. Move the record to ${view.name}.`,
                location: recordLocation(txt.record),
            });
        }
    },
};

;// CONCATENATED MODULE: ./src/rules/zone-syntax.ts

/** Syntax errors listed per file before the rest are summed up in one finding. */
const MAX_PER_FILE = 100;
/** A zone the name server refuses takes the MTA-STS records down with it. */
const zone_syntax_rule = {
    meta: {
        id: "zone-syntax",
        area: "zone",
        defaultSeverity: "error",
        description: "The zone source cannot be parsed at a line.",
    },
    scope: "domain",
    check(ctx) {
        const zone = ctx.domain.zone;
        if (!zone)
            return;
        const consequence = consequenceFor(zone.format);
        const perFile = new Map();
        for (const issue of zone.issues) {
            const seen = (perFile.get(issue.file) ?? 0) + 1;
            perFile.set(issue.file, seen);
            if (seen > MAX_PER_FILE)
                continue;
            ctx.report({
                location: { file: issue.file, span: issue.span },
                message: `${asSentence(issue.message)} ${consequence}`,
            });
        }
        // A file that is not a zone at all (or one mistake repeated by a generator) would
        // otherwise bury every other finding and blow up the logs and reports.
        for (const [file, seen] of perFile) {
            if (seen <= MAX_PER_FILE)
                continue;
            const first = zone.issues.filter((i) => i.file === file)[MAX_PER_FILE];
            ctx.report({
                location: { file, span: first.span },
                message: `${seen - MAX_PER_FILE} more syntax errors in ${file} from this line on are not listed (the first ${MAX_PER_FILE} are). Fix those first, or check that the file is the zone's master file; named-checkzone lists them all.`,
            });
        }
    },
};
/** Why a parse error matters, in the words of the tool that reads the source. */
function consequenceFor(format) {
    const rest = "so the MX, _mta-sts and TLS-RPT records may not be published as written; the linter skipped this part and checked the rest. Correct the line.";
    switch (format) {
        case "bind":
            return `BIND (named-checkzone) and other name servers refuse to load a master file with such an error, ${rest}`;
        case "octodns":
            return `octoDNS stops at such an error or drops the record, ${rest}`;
        case "dnscontrol":
            return `DNSControl stops at such an error or drops the record, ${rest}`;
    }
}

;// CONCATENATED MODULE: ./src/rules/index.ts





































































const RULES = [
    input_unreadable_rule,
    config_invalid_rule,
    zone_syntax_rule,
    policy_syntax_rule,
    policy_blank_line_rule,
    policy_version_rule,
    policy_mode_rule,
    policy_max_age_rule,
    policy_max_age_short_rule,
    policy_mx_required_rule,
    policy_mx_invalid_rule,
    policy_mx_duplicate_rule,
    policy_duplicate_field_rule,
    policy_unknown_field_rule,
    policy_too_large_rule,
    policy_mode_testing_rule,
    policy_mode_none_rule,
    policy_mx_wildcard_broad_rule,
    hosting_front_matter_rule,
    hosting_layout_rule,
    hosting_liquid_rule,
    hosting_permalink_rule,
    hosting_not_published_rule,
    hosting_cname_mismatch_rule,
    sts_record_missing_rule,
    sts_record_multiple_rule,
    sts_record_syntax_rule,
    sts_record_id_rule,
    sts_record_whitespace_rule,
    sts_record_duplicate_field_rule,
    sts_record_unrelated_rule,
    sts_record_at_apex_rule,
    sts_record_split_rule,
    sts_record_ttl_long_rule,
    policy_host_missing_rule,
    mx_not_covered_rule,
    mx_pattern_unused_rule,
    mx_missing_rule,
    mx_null_rule,
    mx_target_invalid_rule,
    tlsrpt_missing_rule,
    tlsrpt_multiple_rule,
    tlsrpt_syntax_rule,
    tlsrpt_rua_rule,
    tlsrpt_whitespace_rule,
    tlsrpt_wrong_name_rule,
    live_dns_error_rule,
    live_sts_record_drift_rule,
    live_mx_drift_rule,
    live_tlsrpt_drift_rule,
    live_ns_inconsistent_rule,
    https_unreachable_rule,
    https_cert_invalid_rule,
    https_cert_expiring_rule,
    https_redirect_rule,
    https_status_rule,
    https_content_type_rule,
    https_too_large_rule,
    https_slow_rule,
    https_policy_drift_rule,
    smtp_unreachable_rule,
    smtp_starttls_missing_rule,
    smtp_cert_invalid_rule,
    smtp_cert_expiring_rule,
    change_id_not_bumped_rule,
    change_id_without_policy_change_rule,
    rule,
    change_mx_not_in_published_policy_rule,
    change_removal_unsafe_rule,
];
const RULE_METAS = RULES.map((r) => r.meta);

;// CONCATENATED MODULE: external "node:path"
const external_node_path_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");
;// CONCATENATED MODULE: ./src/sources/rule-docs.ts



const RULE_ID = /^[a-z0-9-]+$/;
/**
 * The rule pages (`docs/rules/<id>.md`) shipped beside the bundle: GitHub checks out the whole
 * action repository, and the npm package lists docs/ in its files. SARIF carries them as the
 * rules' help, so code scanning shows the full page next to an alert. Returns a reader that
 * answers undefined when the pages are not there (a copied bundle): the link still is.
 */
function ruleDocsReader(moduleUrl) {
    let dir = (0,external_node_path_namespaceObject.dirname)((0,external_node_url_namespaceObject.fileURLToPath)(moduleUrl));
    let docs;
    for (let up = 0; up < 4; up++) {
        if ((0,external_node_fs_namespaceObject.existsSync)((0,external_node_path_namespaceObject.join)(dir, "docs", "rules"))) {
            docs = (0,external_node_path_namespaceObject.join)(dir, "docs", "rules");
            break;
        }
        dir = (0,external_node_path_namespaceObject.dirname)(dir);
    }
    return (id) => {
        if (!docs || !RULE_ID.test(id))
            return undefined;
        try {
            return (0,external_node_fs_namespaceObject.readFileSync)((0,external_node_path_namespaceObject.join)(docs, `${id}.md`), "utf8");
        }
        catch {
            return undefined;
        }
    };
}

;// CONCATENATED MODULE: ./package.json
const package_namespaceObject = {"rE":"0.1.0"};
;// CONCATENATED MODULE: ./src/version.ts

const version_VERSION = package_namespaceObject.rE;
const TOOL_NAME = "mta-sts-lint";
const TOOL_INFORMATION_URI = "https://github.com/mta-sts-lint/mta-sts-lint";

;// CONCATENATED MODULE: ./src/outputs.ts




/**
 * The SARIF report both faces write: the rule pages as help, the config as fallback location.
 * `docsBase` points rule links at another copy of the docs (the action's own version).
 */
function renderSarif(report, settings, docsBase) {
    const options = {
        toolVersion: version_VERSION,
        informationUri: TOOL_INFORMATION_URI,
        ruleHelp: ruleDocsReader(import.meta.url),
    };
    if (docsBase !== undefined)
        options.docsBase = docsBase;
    // Findings without a file of their own are shown on the configuration file.
    if (settings.configFile !== undefined)
        options.configFile = settings.configFile;
    return formatSarif(report, RULE_METAS, options);
}

;// CONCATENATED MODULE: ./src/report/annotations.ts



/** GitHub shows at most this many annotations of each level per step; the rest are dropped. */
const ANNOTATIONS_PER_LEVEL = 10;
/** Untrusted text in an annotation: visible controls, no workflow command on any line. */
function safe(text, keepLineFeeds = false) {
    return neutralizeWorkflowCommands(visibleControls(text, { keepLineFeeds }));
}
/**
 * The message: the domains it concerns, then for live findings (no file to anchor at) the URL
 * or host, then the finding's message; the fix follows on its own lines.
 */
function annotationMessage(m) {
    const { location, message, fix } = m.finding;
    const live = location.file === undefined ? (location.url ?? location.host) : undefined;
    const prefix = [m.domains.length > 0 ? listDomains(m.domains) : undefined, live]
        .filter((p) => p !== undefined)
        .join(": ");
    let text = safe(prefix ? `${prefix}: ${message}` : message);
    if (fix !== undefined)
        text += `\nfix:\n${safe(fix, true)}`;
    return text;
}
function toAnnotation(m) {
    const f = m.finding;
    // The title is the rule ID alone, as in every linter's annotations (scripts match on it).
    const a = { level: m.severity, message: annotationMessage(m), title: safe(f.rule) };
    const span = f.location.span;
    if (f.location.file === undefined)
        return a;
    a.file = f.location.file;
    if (!span)
        return a;
    a.startLine = span.line;
    a.endLine = span.endLine;
    // GitHub ignores columns on a multi-line annotation; on one line its end column is the last
    // character (inclusive) while our spans end just after it (exclusive).
    if (span.line === span.endLine) {
        a.startColumn = span.column;
        a.endColumn = Math.max(span.column, span.endColumn - 1);
    }
    return a;
}
/**
 * The annotations the action emits: one per distinct finding (duplicates of a shared policy
 * file merged, naming every domain), at most ANNOTATIONS_PER_LEVEL per level in report
 * order. When some were left out, the last notice says how many and points to the job
 * summary; a notice slot is kept free for it, so it is never the one GitHub drops.
 */
function planAnnotations(report) {
    const all = mergeDuplicates(report.findings).map(toAnnotation);
    const overflows = SEVERITIES.some((s) => all.filter((a) => a.level === s).length > ANNOTATIONS_PER_LEVEL);
    const limit = (s) => overflows && s === "notice" ? ANNOTATIONS_PER_LEVEL - 1 : ANNOTATIONS_PER_LEVEL;
    const used = { error: 0, warning: 0, notice: 0 };
    const kept = [];
    for (const a of all) {
        if (used[a.level] >= limit(a.level))
            continue;
        used[a.level]++;
        kept.push(a);
    }
    const omitted = all.length - kept.length;
    if (omitted > 0) {
        kept.push({
            level: "notice",
            title: "More findings than annotations",
            message: `${omitted} more finding${omitted === 1 ? " was" : "s were"} not annotated (GitHub shows ${ANNOTATIONS_PER_LEVEL} annotations per level). The job summary lists every finding.`,
        });
    }
    return kept;
}

;// CONCATENATED MODULE: ./src/report/exit.ts

/** How many findings there are of each severity. */
function counts(findings) {
    const c = { errors: 0, warnings: 0, notices: 0 };
    for (const f of findings) {
        if (f.severity === "error")
            c.errors++;
        else if (f.severity === "warning")
            c.warnings++;
        else
            c.notices++;
    }
    return c;
}
/**
 * Does a finding reach `failOn`? `error` fails on errors only, `warning` on warnings and
 * errors, `notice` on anything, `never` on nothing. Counted from the findings themselves, not
 * from `report.summary`, so a hand-built report cannot disagree with its own findings.
 */
function reachesFailOn(report, failOn) {
    if (failOn === "never")
        return false;
    const limit = severityRank(failOn);
    return report.findings.some((f) => severityRank(f.severity) <= limit);
}
/** The action's `result` output and the summary's heading. */
function resultOf(report, failOn) {
    return reachesFailOn(report, failOn) ? "fail" : "pass";
}
const NOUNS = {
    error: ["error", "errors"],
    warning: ["warning", "warnings"],
    notice: ["notice", "notices"],
};
/** "1 error, 2 warnings, 0 notices": the closing line of the text output and the summary. */
function formatCounts(c) {
    const n = { error: c.errors, warning: c.warnings, notice: c.notices };
    return SEVERITIES.map((s) => `${n[s]} ${NOUNS[s][n[s] === 1 ? 0 : 1]}`).join(", ");
}

;// CONCATENATED MODULE: ./src/report/github-commands.ts



/** The runner's own escaping of a command's data (what @actions/core's escapeData does). */
function escapeData(text) {
    return text.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
}
/** The runner's escaping of a property value (@actions/core's escapeProperty). */
function escapeProperty(text) {
    return escapeData(text).replace(/:/g, "%3A").replace(/,/g, "%2C");
}
function command(a) {
    const props = [
        ["title", a.title],
        ["file", a.file],
        ["line", a.startLine],
        ["endLine", a.endLine],
        ["col", a.startColumn],
        ["endColumn", a.endColumn],
    ];
    const list = props
        .filter((p) => p[1] !== undefined)
        .map(([k, v]) => `${k}=${escapeProperty(String(v))}`)
        .join(",");
    // The whole command is one line (data and properties escaped), so the legacy `##[` form is
    // the only thing left to defuse in it.
    return defuseLegacyCommands(`::${a.level} ${list}::${escapeData(a.message)}`);
}
/**
 * `--format github`: the annotations the action would emit, as workflow commands on stdout
 * (for running the CLI inside a workflow step), then the count line.
 */
function formatGithubCommands(report) {
    const lines = planAnnotations(report).map(command);
    lines.push(formatCounts(counts(report.findings)));
    return `${lines.join("\n")}\n`;
}

;// CONCATENATED MODULE: ./src/report/json.ts


/**
 * Copies the listed keys in that order, skipping undefined ones: the JSON report's key order
 * is part of the contract (diffs of two reports stay readable), so it is never left to the
 * order in which a finding's object happened to be built.
 */
function pick(source, keys) {
    const out = {};
    for (const k of keys)
        if (source[k] !== undefined)
            out[k] = source[k];
    return out;
}
function jsonFinding(f) {
    const { file, url, host, span } = f.location;
    return pick({
        rule: f.rule,
        severity: f.severity,
        domain: f.domain,
        message: f.message,
        file,
        url,
        host,
        line: span?.line,
        column: span?.column,
        endLine: span?.endLine,
        endColumn: span?.endColumn,
        fix: f.fix,
    }, [
        "rule",
        "severity",
        "domain",
        "message",
        "file",
        "url",
        "host",
        "line",
        "column",
        "endLine",
        "endColumn",
        "fix",
    ]);
}
function jsonDomain(d) {
    const checks = {};
    for (const area of AREAS)
        checks[area] = d.checks[area] ?? "skipped";
    const out = {
        ...pick(d, ["domain", "policyFile", "zoneFile", "mode", "id"]),
        checks,
    };
    if (d.changeTimeline)
        out.changeTimeline = d.changeTimeline.map((s) => pick(s, ["step", "when", "earliest"]));
    return out;
}
/** The report as the plain object `--format json` writes (interface.md, "JSON report"). */
function toJsonReport(report) {
    return {
        version: report.version,
        tool: { name: report.tool.name, version: report.tool.version },
        domains: report.domains.map(jsonDomain),
        findings: report.findings.map(jsonFinding),
        summary: {
            errors: report.summary.errors,
            warnings: report.summary.warnings,
            notices: report.summary.notices,
        },
    };
}
/**
 * `--format json`: the report as JSON text (two-space indent, final newline). Strings keep
 * their exact content; only characters a terminal or the Actions runner would act on are
 * written as `\u` escapes (see safeJsonStringify), which every JSON parser reads back as-is.
 */
function formatJson(report) {
    return `${safeJsonStringify(toJsonReport(report))}\n`;
}

;// CONCATENATED MODULE: ./src/report/live-section.ts

/** Rows shown at most: the section must not crowd the findings out of a 1 MiB summary. */
const MAX_LIVE_ROWS = 200;
function domainsWithRows(report) {
    return report.domains.flatMap((d) => d.live?.length ? [{ domain: d.domain, rows: d.live }] : []);
}
const AREA_WORD = { https: "HTTPS", smtp: "SMTP" };
function expiry(row) {
    if (row.certExpires === undefined)
        return "";
    const days = row.daysLeft ?? 0;
    return days < 0 ? `${row.certExpires} (expired)` : `${row.certExpires} (${days} days)`;
}
/** Addresses of an MX host the probe left out (per-host cap), as a clause; "" when none. */
function omitted(row) {
    const n = row.omittedAddresses ?? 0;
    return n > 0 ? `; ${n} more address${n === 1 ? "" : "es"} of this host not probed` : "";
}
function seconds(ms) {
    return `${(ms / 1000).toFixed(2)} s`;
}
/** The HTML table for the job summary, or "" when no live probe ran. */
function liveSectionHtml(report) {
    const all = domainsWithRows(report);
    if (all.length === 0)
        return "";
    const rows = [];
    let shown = 0;
    let total = 0;
    for (const { domain, rows: list } of all) {
        for (const row of list) {
            total++;
            if (shown >= MAX_LIVE_ROWS)
                continue;
            shown++;
            const state = `${row.reachable ? "✅ reachable" : `❌ ${htmlText(row.outcome)}`}${omitted(row)}`;
            rows.push(`<tr><td><code>${htmlCode(domain)}</code></td><td>${AREA_WORD[row.area]}</td><td><code>${htmlCode(row.host)}</code></td><td>IPv${row.family} <code>${htmlCode(row.address)}</code></td><td>${state}</td><td>${htmlText(expiry(row))}</td><td>${seconds(row.elapsedMs)}</td></tr>`);
        }
    }
    const more = total > shown
        ? [`<p>… and ${total - shown} more hosts: see the findings for failures.</p>`]
        : [];
    return [
        "### Live hosts",
        "<table>",
        "<thead><tr><th>Domain</th><th>Check</th><th>Host</th><th>Address</th><th>Result</th><th>Certificate expires</th><th>Time</th></tr></thead>",
        "<tbody>",
        ...rows,
        "</tbody>",
        "</table>",
        ...more,
    ].join("\n");
}
/** Lines for the text report, or [] when no live probe ran. */
function liveSectionLines(report) {
    const all = domainsWithRows(report);
    if (all.length === 0)
        return [];
    const lines = ["live hosts:"];
    let shown = 0;
    for (const { domain, rows } of all) {
        for (const row of rows) {
            if (shown++ >= MAX_LIVE_ROWS)
                continue;
            const state = `${row.reachable ? "reachable" : row.outcome}${omitted(row)}`;
            const cert = row.certExpires !== undefined ? `, certificate expires ${expiry(row)}` : "";
            lines.push(visibleControls(`  ${domain} ${AREA_WORD[row.area]} ${row.host} IPv${row.family} ${row.address}: ${state}${cert}, ${seconds(row.elapsedMs)}`));
        }
    }
    if (shown > MAX_LIVE_ROWS)
        lines.push(`  … and ${shown - MAX_LIVE_ROWS} more hosts`);
    return lines;
}

;// CONCATENATED MODULE: ./src/report/timeline.ts

/** A summary stays readable (and small) with many domains: the JSON report has every one. */
const MAX_SUMMARY_DOMAINS = 50;
function withTimeline(report) {
    return report.domains.filter((d) => (d.changeTimeline?.length ?? 0) > 0);
}
function stepText(s) {
    return `${s.step} — ${s.when}${s.earliest ? ` (earliest ${s.earliest})` : ""}`;
}
/** Text lines: `Safety timeline for example.com:` then the numbered steps. */
function timelineLines(report) {
    const lines = [];
    for (const d of withTimeline(report)) {
        lines.push(`Safety timeline for ${visibleControls(d.domain)}:`);
        (d.changeTimeline ?? []).forEach((s, i) => {
            lines.push(`  ${i + 1}. ${visibleControls(stepText(s))}`);
        });
    }
    return lines;
}
/** The summary's section (no blank line inside, so no content is read as markdown); "" when none. */
function timelineHtml(report) {
    const domains = withTimeline(report);
    if (domains.length === 0)
        return "";
    const blocks = domains.slice(0, MAX_SUMMARY_DOMAINS).map((d) => {
        const items = (d.changeTimeline ?? []).map((s) => {
            const earliest = s.earliest ? ` (earliest <code>${htmlCode(s.earliest)}</code>)` : "";
            return `<li>${htmlText(s.step)} — <em>${htmlText(s.when)}</em>${earliest}</li>`;
        });
        return [
            `<p>Safety timeline for <code>${htmlCode(d.domain)}</code>:</p>`,
            "<ol>",
            ...items,
            "</ol>",
        ].join("\n");
    });
    const more = domains.length > MAX_SUMMARY_DOMAINS
        ? [`<p>… and ${domains.length - MAX_SUMMARY_DOMAINS} more domains: see the JSON report.</p>`]
        : [];
    return ["### Change safety", ...blocks, ...more].join("\n\n");
}

;// CONCATENATED MODULE: ./src/report/text.ts






const ANSI = {
    reset: "\u001b[0m",
    bold: "\u001b[1m",
    dim: "\u001b[2m",
    red: "\u001b[31m",
    yellow: "\u001b[33m",
    green: "\u001b[32m",
    cyan: "\u001b[36m",
};
const SEVERITY_STYLE = {
    error: "red",
    warning: "yellow",
    notice: "cyan",
};
const STATUS_STYLE = {
    fail: "red",
    warn: "yellow",
    pass: "green",
    skipped: "dim",
};
/** Untrusted text on one line: line ends inside a message are shown, never obeyed. */
function oneLine(text) {
    return visibleControls(text);
}
/**
 * `file:line:col: severity: message [rule]`, then an indented `fix:` block. A line end inside
 * a message is shown as `\x0a`, so every finding is exactly one line and a policy cannot forge
 * a finding line of its own. Fixes keep their line breaks, each line indented.
 */
function findingLines(m, paint, showDomains) {
    const f = m.finding;
    const where = describeLocation(f.location);
    const head = where ? `${paint("bold", oneLine(where))}: ` : "";
    const sev = paint(SEVERITY_STYLE[m.severity], m.severity);
    // The finding line keeps the exact `... [rule]` shape that editors and scripts parse; in a
    // multi-domain run the domains it concerns follow on an indented line.
    const lines = [`${head}${sev}: ${oneLine(f.message)} ${paint("dim", `[${oneLine(f.rule)}]`)}`];
    if (showDomains && m.domains.length > 0) {
        lines.push(`    ${m.domains.length > 1 ? "domains" : "domain"}: ${oneLine(listDomains(m.domains))}`);
    }
    if (f.fix !== undefined) {
        const fixLines = visibleControls(f.fix, { keepLineFeeds: true }).split("\n");
        lines.push(`    fix: ${fixLines[0]}`, ...fixLines.slice(1).map((l) => `         ${l}`));
    }
    return lines;
}
/**
 * `example.com  policy fail, mx pass, tlsrpt warn, zone pass (skipped: change, dns, https,
 * smtp)`: one line per domain, the failing areas first so they catch the eye.
 */
function scorecardLine(d, paint) {
    const ran = [];
    const skipped = [];
    for (const area of AREAS) {
        const status = d.checks[area] ?? "skipped";
        if (status === "skipped")
            skipped.push(area);
        else
            ran.push(`${area} ${paint(STATUS_STYLE[status], status)}`);
    }
    const tail = skipped.length > 0 ? ` (skipped: ${skipped.join(", ")})` : "";
    const mode = d.mode ? ` [${oneLine(d.mode)}]` : "";
    return `${paint("bold", oneLine(d.domain))}${mode}: ${ran.join(", ") || "nothing checked"}${tail}`;
}
/**
 * The human-readable report (`--format text`): findings, a per-domain scorecard and the
 * count line. Safe to print to a terminal and to an Actions log.
 */
function formatText(report, opts = {}) {
    const paint = opts.color
        ? (style, text) => `${ANSI[style]}${text}${ANSI.reset}`
        : (_, t) => t;
    const merged = mergeDuplicates(report.findings);
    const showDomains = report.domains.length > 1;
    const lines = [];
    for (const m of merged)
        lines.push(...findingLines(m, paint, showDomains));
    if (report.domains.length > 0) {
        if (lines.length > 0)
            lines.push("");
        for (const d of report.domains)
            lines.push(scorecardLine(d, paint));
        const live = liveSectionLines(report);
        if (live.length > 0)
            lines.push("", ...live);
        const timeline = timelineLines(report);
        if (timeline.length > 0)
            lines.push("", ...timeline);
    }
    if (lines.length > 0)
        lines.push("");
    lines.push(formatCounts(counts(report.findings)));
    return `${neutralizeWorkflowCommands(lines.join("\n"))}\n`;
}

;// CONCATENATED MODULE: ./src/model/change-timeline.ts
/**
 * The safety timeline of a pull request's MTA-STS change: the steps in their safe order
 * (RFC 8461 §8.1: policy file first, then the id; §8.3: removal via mode none), each with
 * the moment it becomes safe. Senders cache the policy they fetched for up to its max_age,
 * so a step that old caches would break waits that long after the new policy and id are live.
 */


/** The steps that publish the policy in the head revision: the file first, then the id. */
function publishSteps(view) {
    const id = view.idChanged ? view.headRecord?.id : suggestedId(view);
    return [
        {
            step: `Deploy the new policy file so that ${policyUrl(view.head.name)} serves it`,
            when: "now",
        },
        {
            step: `Publish the ${stsRecordName(view.head.name)} TXT record with the new id${id ? ` ${id}` : ""}`,
            when: "after the new policy file is served (RFC 8461 §8.1)",
        },
    ];
}
/** The wait for caches of the base policy, in words and from the run's clock. */
function afterCachesExpire(view) {
    const maxAge = view.baseMeaning?.maxAge;
    const when = `after the new policy and id are live + the base policy's ${describeMaxAge(maxAge)} (until then senders may still apply the cached base policy)`;
    return maxAge === undefined ? { when } : { when, earliest: safeFrom(view.now, maxAge) };
}
/** The timeline of one domain; empty when the revision changes nothing risky. */
function changeTimeline(head) {
    const view = changeView(head);
    if (!view || !cachedMode(view))
        return publishOnly(view);
    const removed = removals(view);
    if (removed.length > 0 || isProperRemovalStart(view)) {
        const what = removed.length > 0 ? removed.map((r) => r.text).join(", ") : "MTA-STS";
        return [
            {
                step: `Publish a policy with mode none (and a small max_age such as 86400) at ${policyUrl(head.name)}`,
                when: "now",
            },
            {
                step: `Publish the ${stsRecordName(head.name)} TXT record with a new id (${view.idChanged ? view.headRecord?.id : suggestedId(view)})`,
                when: "after the mode none policy is served (RFC 8461 §8.1)",
            },
            {
                step: `Remove ${what === "MTA-STS" ? `the ${stsRecordName(head.name)} record, the policy host and the policy file` : what}`,
                ...afterCachesExpire(view),
            },
        ];
    }
    const newMx = uncoveredNewMx(view);
    if (newMx.length > 0) {
        // The policy must cover the new hosts before any sender can learn of them.
        const steps = publishSteps(view);
        const hosts = newMx.map((mx) => mx.host).join(", ");
        steps[0].step = `${steps[0].step}, with mx lines that cover ${hosts}`;
        steps.push({ step: `Add ${hosts} to the MX records`, ...afterCachesExpire(view) });
        return steps;
    }
    return view.changes.length > 0 ? publishSteps(view) : [];
}
/** A policy that was never published with enforce/testing: only the order of the two edits matters. */
function publishOnly(view) {
    if (!view || view.changes.length === 0 || !view.baseRecord)
        return [];
    return publishSteps(view);
}

;// CONCATENATED MODULE: ./src/parse/zone/escapes.ts
/**
 * The escapes of RFC 1035 §5.1 shared by names and character-strings: `\X` stands for X, and
 * `\DDD` for the octet with decimal value DDD (exactly three digits, as BIND requires).
 */
/** UTF-8 octets of one UTF-16 code unit (a surrogate half counts 2: a pair makes 4). */
function utf8Length(code) {
    if (code < 0x80)
        return 1;
    if (code < 0x800)
        return 2;
    if (code >= 0xd800 && code <= 0xdfff)
        return 2;
    return 3;
}
function isDigit(c) {
    return c >= 48 && c <= 57;
}
/**
 * Reads a `\DDD` or `\X` escape starting at the backslash `text[i]`. Returns the decoded octet
 * or character code and the index after the escape, or an error.
 */
function readEscape(text, i) {
    if (i + 1 >= text.length) {
        return {
            error: 'a "\\" at the end of the text escapes nothing (write "\\\\" for a backslash)',
        };
    }
    const first = text.charCodeAt(i + 1);
    if (!isDigit(first))
        return { code: first, next: i + 2, decimal: false };
    const digits = text.slice(i + 1, i + 4);
    if (digits.length < 3 || !isDigit(digits.charCodeAt(1)) || !isDigit(digits.charCodeAt(2))) {
        return {
            error: `"\\${digits}" is not a valid escape: a decimal escape has exactly three digits (\\DDD, e.g. \\059 for ";")`,
        };
    }
    const code = Number(digits);
    if (code > 255)
        return { error: `"\\${digits}" is not a valid escape: \\DDD must be 255 or less` };
    return { code, next: i + 4, decimal: true };
}

;// CONCATENATED MODULE: ./src/parse/zone/ttl.ts
/**
 * TTLs and SOA timers as BIND reads them (RFC 1035 §5.1 plus BIND's units): plain seconds, or
 * number-unit pairs with the units w, d, h, m, s in any case (`1h30m`, `1W2d`). A bare number
 * is only allowed alone: BIND rejects `1h30`.
 */


const ttl_UNIT_SECONDS = { w: 604800, d: 86400, h: 3600, m: 60, s: 1 };
/** Largest value a TTL field holds (32 bits). */
const MAX_UINT32 = 4294967295;
/** RFC 2181 §8: TTLs above 2^31 - 1 are treated as 0 (BIND warns and uses 0). */
const MAX_TTL = 2147483647;
/** Is this token meant as a number (starts with a digit)? Used to word errors precisely. */
function looksNumeric(text) {
    return text.length > 0 && isDigit(text.charCodeAt(0));
}
/** Only decimal digits (a serial, an MX preference). */
function isPlainNumber(text) {
    if (text.length === 0)
        return false;
    for (let i = 0; i < text.length; i++)
        if (!isDigit(text.charCodeAt(i)))
            return false;
    return true;
}
function parseTtl(text) {
    if (text.length === 0)
        return { error: "an empty TTL" };
    if (isPlainNumber(text)) {
        const value = Number(text);
        if (value > MAX_UINT32)
            return { error: `${text} does not fit in 32 bits` };
        return { value };
    }
    let total = 0;
    let i = 0;
    while (i < text.length) {
        const digitsStart = i;
        while (i < text.length && isDigit(text.charCodeAt(i)))
            i++;
        if (i === digitsStart) {
            return { error: `${wording_quoted(text)} is not a TTL: expected a number before ${wording_quoted(text[i])}` };
        }
        const unit = text[i]?.toLowerCase();
        const seconds = unit === undefined ? undefined : ttl_UNIT_SECONDS[unit];
        if (seconds === undefined) {
            if (unit === undefined) {
                return {
                    error: `${wording_quoted(text)} is not a TTL: the last number has no unit (write ${text}s, or ${text}m for minutes)`,
                };
            }
            return {
                error: `${wording_quoted(text)} is not a TTL: ${wording_quoted(text[i])} is not a unit (use w, d, h, m or s)`,
            };
        }
        total += Number(text.slice(digitsStart, i)) * seconds;
        if (total > MAX_UINT32)
            return { error: `${text} does not fit in 32 bits` };
        i++;
    }
    return { value: total };
}

;// CONCATENATED MODULE: ./src/parse/zone/generate.ts


/**
 * BIND's `$GENERATE start-stop[/step] lhs [ttl] [class] type rhs`: one record per value of the
 * range, `$` in lhs and rhs replaced by the value. `${offset[,width[,base]]}` adds an offset and
 * pads to a width in base d, o, x or X; `$$` is a literal `$`, and `\X` escapes pass through to
 * the name or string reader. The nibble bases n and N of reverse-zone templates are reported as
 * unsupported.
 */
/** Guard against a typo such as `1-1000000000` expanding into a huge zone in memory. */
const MAX_GENERATED_RECORDS = 100_000;
function parseRange(text) {
    const [range, stepText, ...more] = text.split("/");
    if (more.length > 0)
        return undefined;
    const [startText, stopText, ...rest] = range.split("-");
    if (rest.length > 0 || stopText === undefined)
        return undefined;
    if (!isPlainNumber(startText) || !isPlainNumber(stopText))
        return undefined;
    if (stepText !== undefined && !isPlainNumber(stepText))
        return undefined;
    return {
        start: Number(startText),
        stop: Number(stopText),
        step: stepText === undefined ? 1 : Number(stepText),
    };
}
/** Reads the arguments after `$GENERATE`. */
function readGenerate(args) {
    const [rangeToken, lhs, ...rest] = args;
    if (!rangeToken || !lhs || rest.length < 2) {
        return {
            error: "$GENERATE needs a range, an owner template, a type and an RDATA template (e.g. $GENERATE 1-9 host$ A 192.0.2.$)",
        };
    }
    const range = parseRange(rangeToken.text);
    if (!range) {
        return {
            error: `$GENERATE range ${wording_quoted(rangeToken.raw)} is not start-stop or start-stop/step`,
            token: rangeToken,
        };
    }
    if (range.stop < range.start || range.step < 1) {
        return {
            error: `$GENERATE range ${wording_quoted(rangeToken.raw)} is empty: stop must not be below start, and step is at least 1`,
            token: rangeToken,
        };
    }
    if (Math.floor((range.stop - range.start) / range.step) + 1 > MAX_GENERATED_RECORDS) {
        return {
            error: `$GENERATE range ${wording_quoted(rangeToken.raw)} makes more than ${MAX_GENERATED_RECORDS} records; only smaller ranges are read`,
            token: rangeToken,
        };
    }
    const rhs = rest[rest.length - 1];
    return { spec: { ...range, lhs, middle: rest.slice(0, -1), rhs } };
}
/** A label holds at most 63 octets, so wider padding can only be a mistake. */
const MAX_WIDTH = 63;
const BASES = {
    d: (n) => n.toString(10),
    o: (n) => n.toString(8),
    x: (n) => n.toString(16),
    X: (n) => n.toString(16).toUpperCase(),
};
function formatValue(value, modifier) {
    const [offsetText = "0", widthText = "0", base = "d", ...more] = modifier.split(",");
    const offsetDigits = offsetText.startsWith("-") || offsetText.startsWith("+") ? offsetText.slice(1) : offsetText;
    const format = Object.hasOwn(BASES, base) ? BASES[base] : undefined;
    if (more.length > 0 || !isPlainNumber(offsetDigits) || !isPlainNumber(widthText) || !format) {
        if (base === "n" || base === "N") {
            return {
                error: `$GENERATE nibble format "\${${modifier}}" is not supported here; list those records explicitly`,
            };
        }
        return {
            error: `$GENERATE modifier "\${${modifier}}" is not {offset[,width[,base]]} with base d, o, x or X`,
        };
    }
    if (Number(widthText) > MAX_WIDTH) {
        return {
            error: `$GENERATE modifier "\${${modifier}}" pads wider than ${MAX_WIDTH} characters`,
        };
    }
    const shifted = value + Number(offsetText);
    if (shifted < 0)
        return { error: `$GENERATE modifier "\${${modifier}}" makes a negative value` };
    return format(shifted).padStart(Number(widthText), "0");
}
/** Replaces `$` in a template by the value; `$$` is a literal `$`, `\X` passes through. */
function substitute(template, value) {
    let out = "";
    let i = 0;
    while (i < template.length) {
        const c = template[i];
        if (c === "\\") {
            out += template.slice(i, i + 2);
            i += 2;
        }
        else if (c !== "$") {
            out += c;
            i++;
        }
        else if (template[i + 1] === "$") {
            out += "$";
            i += 2;
        }
        else if (template[i + 1] === "{") {
            const close = template.indexOf("}", i + 2);
            if (close < 0)
                return { error: `$GENERATE template ${wording_quoted(template)} has a "\${" without "}"` };
            const formatted = formatValue(value, template.slice(i + 2, close));
            if (typeof formatted !== "string")
                return formatted;
            out += formatted;
            i = close + 1;
        }
        else {
            out += value.toString(10);
            i++;
        }
    }
    return out;
}

;// CONCATENATED MODULE: ./src/parse/zone/lexer.ts
/**
 * A token as the lexer makes it: its span is built only when asked for (most never are), so a
 * large zone makes one object per word instead of two.
 */
class LexedToken {
    raw;
    text;
    quoted;
    start;
    line;
    column;
    endLine;
    endColumn;
    constructor(raw, text, quoted, start, line, column, endLine, endColumn) {
        this.raw = raw;
        this.text = text;
        this.quoted = quoted;
        this.start = start;
        this.line = line;
        this.column = column;
        this.endLine = endLine;
        this.endColumn = endColumn;
    }
    get span() {
        return {
            line: this.line,
            column: this.column,
            endLine: this.endLine,
            endColumn: this.endColumn,
        };
    }
}
const TAB = 9;
const LF = 10;
const CR = 13;
const SPACE = 32;
const QUOTE = 34;
const LPAREN = 40;
const RPAREN = 41;
const SEMICOLON = 59;
const BACKSLASH = 92;
const DEL = 127;
const REPLACEMENT = 0xfffd;
function isLineEnd(c) {
    return c === LF || c === CR;
}
function isBlank(c) {
    return c === SPACE || c === TAB;
}
/** Characters that end an unquoted word (besides line ends). */
function endsWord(c) {
    return c === SPACE || c === TAB || c === SEMICOLON || c === LPAREN || c === RPAREN || c === QUOTE;
}
/** What a stray control character or undecodable byte outside quotes is called in messages. */
function describeBadCharacter(c) {
    if (c === REPLACEMENT)
        return "a byte that is not valid UTF-8 (shown as U+FFFD)";
    if (c === 0)
        return "a NUL character";
    if ((c < SPACE && c !== TAB) || c === DEL) {
        return `the control character U+${c.toString(16).toUpperCase().padStart(4, "0")}`;
    }
    return undefined;
}
class Lexer {
    text;
    pos;
    line = 1;
    lineStart = 0;
    /** `start` skips a prefix (a byte order mark) without changing the line's columns. */
    constructor(text, start = 0) {
        this.text = text;
        this.pos = start;
    }
    /** The next entry, or undefined at the end of the text. Entries may have no tokens. */
    next() {
        const text = this.text;
        if (this.pos >= text.length)
            return undefined;
        const entry = {
            tokens: [],
            indented: isBlank(text.charCodeAt(this.pos)),
            line: this.line,
            issues: [],
        };
        let depth = 0;
        let openParen;
        // Where to resume when a `(` is never closed: the first later line that starts a new
        // record (not indented, not a comment, not a `)`), so one typo does not hide the zone.
        let resume;
        while (this.pos < text.length) {
            const c = text.charCodeAt(this.pos);
            if (isLineEnd(c)) {
                this.skipLineEnd(c);
                if (depth === 0)
                    return entry;
                if (resume === undefined && this.pos < text.length) {
                    const d = text.charCodeAt(this.pos);
                    if (!isBlank(d) && !isLineEnd(d) && d !== SEMICOLON && d !== RPAREN) {
                        resume = {
                            pos: this.pos,
                            line: this.line,
                            tokenCount: entry.tokens.length,
                            issueCount: entry.issues.length,
                        };
                    }
                }
            }
            else if (isBlank(c)) {
                this.pos++;
            }
            else if (c === SEMICOLON) {
                this.skipComment();
            }
            else if (c === LPAREN) {
                if (depth === 0)
                    openParen = this.spanHere(1);
                depth++;
                this.pos++;
            }
            else if (c === RPAREN) {
                if (depth === 0) {
                    entry.issues.push({
                        span: this.spanHere(1),
                        message: 'unbalanced parentheses: this ")" closes no "(" (BIND rejects the record; remove it or add the missing "(")',
                    });
                }
                else
                    depth--;
                this.pos++;
            }
            else if (c === QUOTE) {
                entry.tokens.push(this.readQuoted(entry.issues));
            }
            else {
                entry.tokens.push(this.readWord(entry.issues));
            }
        }
        entry.unterminated = true;
        if (depth > 0 && openParen) {
            if (resume) {
                // The lines from `resume` on are read again as records of their own.
                entry.tokens.length = resume.tokenCount;
                entry.issues.length = resume.issueCount;
                this.pos = resume.pos;
                this.line = resume.line;
                this.lineStart = resume.pos;
            }
            entry.issues.push({
                span: openParen,
                message: 'unbalanced parentheses: this "(" is never closed, so BIND reads the rest of the file as part of this record and rejects the zone; add the missing ")"',
            });
        }
        return entry;
    }
    skipLineEnd(c) {
        this.pos++;
        if (c === CR && this.text.charCodeAt(this.pos) === LF)
            this.pos++;
        this.line++;
        this.lineStart = this.pos;
    }
    /** A comment runs to the next LF, as BIND reads it: a lone CR does not end it. */
    skipComment() {
        const text = this.text;
        let p = this.pos;
        while (p < text.length) {
            const c = text.charCodeAt(p);
            if (c === LF)
                break;
            if (c === CR) {
                if (text.charCodeAt(p + 1) === LF)
                    break;
                this.newLineAt(p + 1);
            }
            p++;
        }
        this.pos = p;
    }
    column(offset) {
        return offset - this.lineStart + 1;
    }
    spanHere(length) {
        const column = this.column(this.pos);
        return { line: this.line, column, endLine: this.line, endColumn: column + length };
    }
    /** An unquoted word on the current line. */
    word(start, end) {
        const raw = this.text.slice(start, end);
        const column = this.column(start);
        return new LexedToken(raw, raw, false, start, this.line, column, this.line, column + end - start);
    }
    readWord(issues) {
        const text = this.text;
        const start = this.pos;
        let p = start;
        while (p < text.length) {
            const c = text.charCodeAt(p);
            if (isLineEnd(c) || endsWord(c))
                break;
            if (c === BACKSLASH) {
                // An escaped character is part of the word, even a blank or `;`; not a line end.
                p++;
                if (p < text.length && !isLineEnd(text.charCodeAt(p)))
                    p++;
                continue;
            }
            if (c > 126 || c < SPACE) {
                const what = describeBadCharacter(c);
                if (what) {
                    const column = this.column(p);
                    issues.push({
                        span: { line: this.line, column, endLine: this.line, endColumn: column + 1 },
                        message: `${what} outside quotes: BIND reads it as part of a name or value; remove it, or write it inside a quoted string or as a \\DDD escape`,
                    });
                }
            }
            p++;
        }
        this.pos = p;
        return this.word(start, p);
    }
    readQuoted(issues) {
        const text = this.text;
        const start = this.pos;
        const line = this.line;
        const column = this.column(start);
        let p = start + 1;
        let closed = false;
        while (p < text.length) {
            const c = text.charCodeAt(p);
            if (c === QUOTE) {
                closed = true;
                p++;
                break;
            }
            // Only an unescaped LF ends a string early (BIND): a CR before it, or a lone CR, is data.
            if (c === LF) {
                // The CR of a CRLF stays a line end for positions, though BIND read it as data.
                if (p > start + 1 && text.charCodeAt(p - 1) === CR)
                    p--;
                break;
            }
            if (c === BACKSLASH && p + 1 < text.length) {
                // `\"` does not close the string, and `\` before an LF continues it on the next line
                // with a newline character in the text.
                p++;
            }
            const d = text.charCodeAt(p);
            // Line bookkeeping as LineIndex counts lines (an LF here is escaped).
            if (d === LF || (d === CR && text.charCodeAt(p + 1) !== LF))
                this.newLineAt(p + 1);
            p++;
        }
        this.pos = p;
        const raw = text.slice(start, p);
        const token = new LexedToken(raw, raw.slice(1, closed ? -1 : undefined), true, start, line, column, this.line, this.column(p));
        if (!closed) {
            issues.push({
                span: token.span,
                message: 'unbalanced quotes: this string has no closing " on its line (BIND ends a quoted string at the line end unless a "\\" escapes it); close it, or split the text into several "..." strings',
            });
        }
        return token;
    }
    /** Line bookkeeping for a line end inside a token or comment (`next` is after it). */
    newLineAt(next) {
        this.line++;
        this.lineStart = next;
    }
}

;// CONCATENATED MODULE: ./src/parse/zone/names.ts



const names_MAX_LABEL_OCTETS = 63;
const names_MAX_NAME_OCTETS = 255;
/** The label text of one decoded octet or character. */
function labelChar(code) {
    if (code === 46)
        return "\\.";
    if (code === 92)
        return "\\\\";
    if (code <= 32 || code === 127 || (code > 127 && code < 256)) {
        return `\\${code.toString().padStart(3, "0")}`;
    }
    return String.fromCharCode(code);
}
/**
 * Resolves a name as written against the current origin (normalised, without trailing dot;
 * "" is the root; undefined when no origin is known).
 */
function resolveName(written, origin) {
    if (written === "@") {
        if (origin === undefined) {
            return {
                error: '"@" stands for the origin, but no $ORIGIN is set and no domain is configured',
            };
        }
        return { name: origin, absolute: false };
    }
    if (written === ".")
        return { name: "", absolute: true };
    if (written.length === 0)
        return { error: "an empty name" };
    // Copies runs of plain characters in one slice: names are the bulk of a zone file.
    let out = "";
    let runStart = 0;
    let labelOctets = 0;
    let absolute = false;
    let nameOctets = 1; // the root label's length octet
    // Most names are already lowercase ASCII: they need no normalising copy.
    let plain = true;
    let i = 0;
    while (i < written.length) {
        const c = written.charCodeAt(i);
        if (c === 46) {
            if (labelOctets === 0) {
                return {
                    error: `empty label in ${wording_quoted(written)}: two dots in a row, or a leading dot (BIND rejects the name)`,
                };
            }
            nameOctets += labelOctets + 1;
            labelOctets = 0;
            i++;
            if (i === written.length)
                absolute = true;
            continue;
        }
        if (c === 92) {
            const decoded = readEscape(written, i);
            if ("error" in decoded)
                return { error: `${decoded.error} in the name ${wording_quoted(written)}` };
            const keepEscaped = decoded.decimal ||
                decoded.code <= 32 ||
                decoded.code === 46 ||
                decoded.code === 92 ||
                decoded.code === 127;
            plain = false;
            out += written.slice(runStart, i);
            out += keepEscaped ? labelChar(decoded.code) : written[i + 1];
            labelOctets += decoded.decimal ? 1 : utf8Length(decoded.code);
            i = decoded.next;
            runStart = i;
        }
        else {
            if (c >= 0x80) {
                labelOctets += utf8Length(c);
                plain = false;
            }
            else {
                labelOctets++;
                if (c >= 65 && c <= 90)
                    plain = false;
            }
            i++;
        }
        if (labelOctets > names_MAX_LABEL_OCTETS) {
            return { error: `a label of ${wording_quoted(written)} is longer than 63 octets (RFC 1035 §2.3.4)` };
        }
    }
    out += written.slice(runStart, absolute ? written.length - 1 : written.length);
    if (!absolute)
        nameOctets += labelOctets + 1;
    let name = out;
    if (!absolute) {
        if (origin === undefined) {
            return {
                error: `relative name ${wording_quoted(written)} but no $ORIGIN is set: write it absolute ("${written}.example.com.") or add $ORIGIN`,
            };
        }
        if (origin !== "") {
            name = `${name}.${origin}`;
            nameOctets += origin.length + 1;
        }
    }
    if (nameOctets > names_MAX_NAME_OCTETS) {
        return { error: `the name ${wording_quoted(written)} is longer than 255 octets (RFC 1035 §2.3.4)` };
    }
    return { name: plain ? name : normalizeHost(name), absolute };
}

;// CONCATENATED MODULE: external "node:net"
const external_node_net_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:net");
;// CONCATENATED MODULE: ./src/parse/zone/character-string.ts

/**
 * RFC 1035 §5.1 <character-string>s: a quoted string or a bare word, `\X` and `\DDD` escapes
 * decoded, at most 255 octets (BIND rejects a longer one). Decoded `\DDD` octets above 0x7F
 * become the code point of the same number, as the model documents.
 */
const MAX_STRING_OCTETS = 255;
function decodeCharacterString(token) {
    const text = token.text;
    const withColumns = !token.synthetic && token.span.line === token.span.endLine;
    const firstColumn = token.span.column + (token.quoted ? 1 : 0);
    const columns = withColumns ? [] : undefined;
    let out = "";
    let runStart = 0;
    let octets = 0;
    let i = 0;
    while (i < text.length) {
        const c = text.charCodeAt(i);
        columns?.push(firstColumn + i);
        if (c === 92) {
            const decoded = readEscape(text, i);
            if ("error" in decoded)
                return { error: decoded.error };
            out += text.slice(runStart, i) + String.fromCharCode(decoded.code);
            octets += decoded.decimal ? 1 : utf8Length(decoded.code);
            i = decoded.next;
            runStart = i;
        }
        else {
            octets += c < 0x80 ? 1 : utf8Length(c);
            i++;
        }
    }
    out += text.slice(runStart);
    if (octets > MAX_STRING_OCTETS) {
        return {
            error: `this string is ${octets} octets long; one character-string holds at most 255 (RFC 1035 §3.3): split it into several "..." strings of 255 octets or less`,
        };
    }
    return {
        value: columns ? { text: out, span: token.span, columns } : { text: out, span: token.span },
        octets,
    };
}

;// CONCATENATED MODULE: ./src/parse/zone/generic-rdata.ts


/** Is this the generic RDATA marker? */
function isGenericMarker(token) {
    return !token.quoted && token.text === "\\#";
}
function hexValue(c) {
    if (c >= 48 && c <= 57)
        return c - 48;
    if (c >= 97 && c <= 102)
        return c - 87;
    if (c >= 65 && c <= 70)
        return c - 55;
    return -1;
}
/** Reads `\# length hex...` from the RDATA words (the first is the marker). */
function readGenericRdata(words) {
    const lengthText = words[1];
    if (lengthText === undefined) {
        return {
            error: 'generic RDATA "\\#" needs a length and hex data (RFC 3597 §5: \\# 4 c0000201)',
        };
    }
    if (!isPlainNumber(lengthText) || Number(lengthText) > 65535) {
        return {
            error: `generic RDATA length ${wording_quoted(lengthText)} is not a number of octets (0-65535)`,
            tokenIndex: 1,
        };
    }
    const length = Number(lengthText);
    const hex = words.slice(2).join("");
    if (hex.length % 2 !== 0) {
        return { error: "generic RDATA hex data has an odd number of digits", tokenIndex: 2 };
    }
    const octets = new Uint8Array(hex.length / 2);
    for (let i = 0; i < octets.length; i++) {
        const hi = hexValue(hex.charCodeAt(2 * i));
        const lo = hexValue(hex.charCodeAt(2 * i + 1));
        if (hi < 0 || lo < 0) {
            return {
                error: `generic RDATA ${wording_quoted(hex.slice(2 * i, 2 * i + 2))} is not hexadecimal`,
                tokenIndex: 2,
            };
        }
        octets[i] = (hi << 4) | lo;
    }
    if (octets.length !== length) {
        return {
            error: `generic RDATA length ${length} does not match the ${octets.length} octets of hex data that follow`,
            tokenIndex: 1,
        };
    }
    return { octets };
}
/** Text of one wire label octet in a normalised name (see names.ts). */
function labelOctet(o) {
    if (o === 46)
        return "\\.";
    if (o === 92)
        return "\\\\";
    if (o <= 32 || o >= 127)
        return `\\${o.toString().padStart(3, "0")}`;
    return String.fromCharCode(o).toLowerCase();
}
class WireReader {
    octets;
    offset = 0;
    constructor(octets) {
        this.octets = octets;
    }
    get remaining() {
        return this.octets.length - this.offset;
    }
    u16() {
        if (this.remaining < 2)
            return undefined;
        const v = (this.octets[this.offset] << 8) | this.octets[this.offset + 1];
        this.offset += 2;
        return v;
    }
    u32() {
        const hi = this.u16();
        const lo = this.u16();
        return hi === undefined || lo === undefined ? undefined : hi * 65536 + lo;
    }
    /** An uncompressed wire name (RFC 3597 §4 forbids compression in generic RDATA). */
    name() {
        const labels = [];
        for (;;) {
            if (this.remaining < 1)
                return undefined;
            const length = this.octets[this.offset++];
            if (length === 0)
                return labels.join(".");
            if (length > 63 || this.remaining < length)
                return undefined;
            let label = "";
            for (let i = 0; i < length; i++)
                label += labelOctet(this.octets[this.offset++]);
            labels.push(label);
        }
    }
}
function ipv6Text(octets) {
    const groups = [];
    for (let i = 0; i < 16; i += 2)
        groups.push((octets[i] << 8) | octets[i + 1]);
    // RFC 5952 §4.2: compress the longest run of two or more zero groups.
    let bestStart = -1;
    let bestLength = 1;
    for (let i = 0; i < 8;) {
        if (groups[i] !== 0) {
            i++;
            continue;
        }
        let j = i;
        while (j < 8 && groups[j] === 0)
            j++;
        if (j - i > bestLength) {
            bestStart = i;
            bestLength = j - i;
        }
        i = j;
    }
    const hex = groups.map((g) => g.toString(16));
    if (bestStart < 0)
        return hex.join(":");
    return `${hex.slice(0, bestStart).join(":")}::${hex.slice(bestStart + bestLength).join(":")}`;
}
/**
 * Decodes generic RDATA of a type the rules read. `span` locates the RDATA for TXT strings
 * (their characters have no source columns of their own).
 */
function decodeWireRdata(type, octets, span) {
    const reader = new WireReader(octets);
    const bad = { error: `generic RDATA does not hold a valid ${type} record (RFC 3597 §5)` };
    const done = (data) => (reader.remaining === 0 ? { data } : bad);
    switch (type) {
        case "A":
            return octets.length === 4 ? { data: { kind: "ADDRESS", address: octets.join(".") } } : bad;
        case "AAAA":
            return octets.length === 16 ? { data: { kind: "ADDRESS", address: ipv6Text(octets) } } : bad;
        case "MX": {
            const preference = reader.u16();
            const exchange = reader.name();
            if (preference === undefined || exchange === undefined)
                return bad;
            return done({ kind: "MX", preference, exchange, exchangeText: `${exchange}.` });
        }
        case "TXT":
        case "SPF": {
            const strings = [];
            while (reader.remaining > 0) {
                const length = octets[reader.offset++];
                if (reader.remaining < length)
                    return bad;
                let text = "";
                for (let i = 0; i < length; i++)
                    text += String.fromCharCode(octets[reader.offset++]);
                strings.push({ text, span });
            }
            return strings.length > 0 ? { data: { kind: "TXT", strings } } : bad;
        }
        case "CNAME":
        case "NS":
        case "PTR":
        case "DNAME": {
            const target = reader.name();
            return target === undefined ? bad : done({ kind: "NAME", target });
        }
        case "SOA": {
            const mname = reader.name();
            const rname = reader.name();
            const numbers = [reader.u32(), reader.u32(), reader.u32(), reader.u32(), reader.u32()];
            if (mname === undefined || rname === undefined)
                return bad;
            const [serial, refresh, retry, expire, minimum] = numbers;
            if (serial === undefined ||
                refresh === undefined ||
                retry === undefined ||
                expire === undefined ||
                minimum === undefined) {
                return bad;
            }
            return done({ kind: "SOA", mname, rname, serial, refresh, retry, expire, minimum });
        }
        default:
            return undefined;
    }
}

;// CONCATENATED MODULE: ./src/parse/zone/rdata.ts







/** Types whose RDATA is decoded into `ZoneRecord.data`. */
const NAME_TYPES = new Set(["CNAME", "NS", "PTR", "DNAME"]);
/** Types whose presentation format may be empty (RFC 3123: an APL with no items). */
const MAY_BE_EMPTY = new Set(["APL"]);
function fail(error, span) {
    return { error, span };
}
/** The span from the first to the last of some tokens. */
function tokensSpan(tokens, fallback) {
    const first = tokens[0];
    const last = tokens[tokens.length - 1];
    if (!first || !last)
        return fallback;
    return spanFrom(first.span, last.span);
}
/** Checks the number of fields: missing ones point at the record, extra ones at themselves. */
function arity(input, count, shape) {
    const { tokens, type } = input;
    const recordSpan = input.recordSpan;
    if (tokens.length < count) {
        return fail(`${type} record is incomplete: its RDATA is ${shape}`, recordSpan());
    }
    if (tokens.length > count) {
        const extra = tokens.slice(count);
        const words = extra.map((t) => t.raw).join(" ");
        return fail(`extra text after the ${type} RDATA: ${wording_quoted(words)} (the RDATA is ${shape}; BIND rejects the record)`, tokensSpan(extra, recordSpan()));
    }
    return undefined;
}
function readName(token, origin, what) {
    const result = resolveName(token.text, origin);
    if ("error" in result)
        return { error: fail(`${what}: ${result.error}`, token.span) };
    return result.name;
}
function parseAddress(input) {
    const v4 = input.type === "A";
    const shape = v4 ? "one IPv4 address" : "one IPv6 address";
    const wrongArity = arity(input, 1, shape);
    if (wrongArity)
        return wrongArity;
    const token = input.tokens[0];
    const address = token.text;
    const valid = v4 ? (0,external_node_net_namespaceObject.isIPv4)(address) : (0,external_node_net_namespaceObject.isIPv6)(address) && !address.includes("%");
    if (!valid || token.quoted) {
        const hint = v4
            ? "four decimal numbers 0-255 separated by dots, without leading zeros"
            : "eight groups of hex digits separated by colons, one run of zero groups may be written ::";
        const wrongFamily = v4 ? (0,external_node_net_namespaceObject.isIPv6)(address) : (0,external_node_net_namespaceObject.isIPv4)(address);
        const family = v4 ? "IPv4" : "IPv6";
        const advice = wrongFamily
            ? ` (it is an ${v4 ? "IPv6" : "IPv4"} address: use an ${v4 ? "AAAA" : "A"} record)`
            : ` (${hint})`;
        return fail(`${wording_quoted(token.raw)} is not a valid ${family} address${advice}`, token.span);
    }
    return { data: { kind: "ADDRESS", address: v4 ? address : address.toLowerCase() } };
}
function parseMx(input) {
    const wrongArity = arity(input, 2, "a preference (0-65535) and an exchange host, e.g. 10 mx1.example.com.");
    if (wrongArity)
        return wrongArity;
    const [prefToken, exchangeToken] = input.tokens;
    if (!isPlainNumber(prefToken.text)) {
        return fail(`MX preference ${wording_quoted(prefToken.raw)} is not a number (write 0-65535, lower is preferred)`, prefToken.span);
    }
    const preference = Number(prefToken.text);
    if (preference > 65535) {
        return fail(`MX preference ${prefToken.text} is out of range 0-65535`, prefToken.span);
    }
    const exchange = readName(exchangeToken, input.origin, "MX exchange");
    if (typeof exchange !== "string")
        return exchange.error;
    return { data: { kind: "MX", preference, exchange, exchangeText: exchangeToken.raw } };
}
/** RDLENGTH is 16 bits (RFC 1035 §3.2.1). */
const MAX_RDATA_OCTETS = 65535;
function parseTxt(input) {
    if (input.tokens.length === 0) {
        return fail(`${input.type} record has no strings: write at least one "..." string`, input.recordSpan());
    }
    const strings = [];
    let rdataOctets = 0;
    for (const token of input.tokens) {
        const decoded = decodeCharacterString(token);
        if ("error" in decoded)
            return fail(decoded.error, token.span);
        strings.push(decoded.value);
        rdataOctets += 1 + decoded.octets; // each string is a length octet and its data
    }
    if (rdataOctets > MAX_RDATA_OCTETS) {
        return fail(`this ${input.type} record's data is ${rdataOctets} octets; a record holds at most ${MAX_RDATA_OCTETS} (RFC 1035 §3.2.1, BIND rejects it): split the content over several records or shorten it`, input.recordSpan());
    }
    return { data: { kind: "TXT", strings } };
}
function parseNameTarget(input) {
    const wrongArity = arity(input, 1, "one target name");
    if (wrongArity)
        return wrongArity;
    const target = readName(input.tokens[0], input.origin, `${input.type} target`);
    if (typeof target !== "string")
        return target.error;
    return { data: { kind: "NAME", target } };
}
const SOA_TIMERS = ["refresh", "retry", "expire", "minimum"];
function parseSoa(input) {
    const wrongArity = arity(input, 7, "primary server, mailbox, serial, refresh, retry, expire and minimum (seven fields)");
    if (wrongArity)
        return wrongArity;
    const [mnameToken, rnameToken, serialToken, ...timerTokens] = input.tokens;
    const mname = readName(mnameToken, input.origin, "SOA primary server");
    if (typeof mname !== "string")
        return mname.error;
    const rname = readName(rnameToken, input.origin, "SOA mailbox");
    if (typeof rname !== "string")
        return rname.error;
    if (!isPlainNumber(serialToken.text) || Number(serialToken.text) > MAX_UINT32) {
        return fail(`SOA serial ${wording_quoted(serialToken.raw)} is not a number from 0 to 4294967295`, serialToken.span);
    }
    const soa = {
        kind: "SOA",
        mname,
        rname,
        serial: Number(serialToken.text),
        refresh: 0,
        retry: 0,
        expire: 0,
        minimum: 0,
    };
    for (let i = 0; i < SOA_TIMERS.length; i++) {
        const token = timerTokens[i];
        const value = parseTtl(token.text);
        if ("error" in value)
            return fail(`SOA ${SOA_TIMERS[i]}: ${value.error}`, token.span);
        soa[SOA_TIMERS[i]] = value.value;
    }
    return { data: soa };
}
function parseGeneric(input) {
    const generic = readGenericRdata(input.tokens.map((t) => t.text));
    const rdataSpan = tokensSpan(input.tokens, input.recordSpan());
    if ("error" in generic) {
        const token = generic.tokenIndex === undefined ? undefined : input.tokens[generic.tokenIndex];
        return fail(generic.error, token?.span ?? rdataSpan);
    }
    const decoded = decodeWireRdata(input.type, generic.octets, rdataSpan);
    if (decoded === undefined)
        return {};
    if ("error" in decoded)
        return fail(decoded.error, rdataSpan);
    return decoded;
}
function parseRdata(input) {
    const { type, tokens } = input;
    if (tokens[0] && isGenericMarker(tokens[0]))
        return parseGeneric(input);
    switch (type) {
        case "A":
        case "AAAA":
            return parseAddress(input);
        case "MX":
            return parseMx(input);
        case "TXT":
        case "SPF":
            return parseTxt(input);
        case "SOA":
            return parseSoa(input);
    }
    if (NAME_TYPES.has(type))
        return parseNameTarget(input);
    if (type.startsWith("TYPE")) {
        return fail(`${type} is a type without a known text format: write its RDATA in the generic form \\# <length> <hex> (RFC 3597 §5)`, tokensSpan(tokens, input.recordSpan()));
    }
    if (tokens.length === 0 && !MAY_BE_EMPTY.has(type)) {
        return fail(`${type} record has no RDATA (BIND rejects it)`, input.recordSpan());
    }
    return {};
}

;// CONCATENATED MODULE: ./src/parse/zone/rr-types.ts
/**
 * Type and class mnemonics (IANA "DNS Parameters" registry), read case-insensitively, with the
 * RFC 3597 §5 generic forms `TYPEnnn` and `CLASSnnn`. A generic form of a known type is
 * reported under its mnemonic (`TYPE16` is TXT), as BIND prints it.
 */
// biome-ignore format: a table reads better packed
const TYPE_NUMBERS = {
    A: 1, NS: 2, MD: 3, MF: 4, CNAME: 5, SOA: 6, MB: 7, MG: 8, MR: 9, NULL: 10, WKS: 11, PTR: 12,
    HINFO: 13, MINFO: 14, MX: 15, TXT: 16, RP: 17, AFSDB: 18, X25: 19, ISDN: 20, RT: 21, NSAP: 22,
    "NSAP-PTR": 23, SIG: 24, KEY: 25, PX: 26, GPOS: 27, AAAA: 28, LOC: 29, NXT: 30, EID: 31,
    NIMLOC: 32, SRV: 33, ATMA: 34, NAPTR: 35, KX: 36, CERT: 37, A6: 38, DNAME: 39, SINK: 40,
    OPT: 41, APL: 42, DS: 43, SSHFP: 44, IPSECKEY: 45, RRSIG: 46, NSEC: 47, DNSKEY: 48, DHCID: 49,
    NSEC3: 50, NSEC3PARAM: 51, TLSA: 52, SMIMEA: 53, HIP: 55, NINFO: 56, RKEY: 57, TALINK: 58,
    CDS: 59, CDNSKEY: 60, OPENPGPKEY: 61, CSYNC: 62, ZONEMD: 63, SVCB: 64, HTTPS: 65, DSYNC: 66,
    SPF: 99, UINFO: 100, UID: 101, GID: 102, UNSPEC: 103, NID: 104, L32: 105, L64: 106, LP: 107,
    EUI48: 108, EUI64: 109, TKEY: 249, TSIG: 250, IXFR: 251, AXFR: 252, MAILB: 253, MAILA: 254,
    ANY: 255, URI: 256, CAA: 257, AVC: 258, DOA: 259, AMTRELAY: 260, RESINFO: 261, WALLET: 262,
    TA: 32768, DLV: 32769,
};
const TYPE_BY_NUMBER = new Map(Object.entries(TYPE_NUMBERS).map(([name, n]) => [n, name]));
/** Query-only and transaction types that a zone file cannot hold (BIND: "meta RR type"). */
const META_TYPES = new Set(["OPT", "TKEY", "TSIG", "IXFR", "AXFR", "MAILB", "MAILA", "ANY"]);
const CLASS_NUMBERS = { IN: 1, CS: 2, CH: 3, HS: 4 };
const CLASS_ALIASES = { CHAOS: "CH", HESIOD: "HS" };
const CLASS_BY_NUMBER = new Map(Object.entries(CLASS_NUMBERS).map(([name, n]) => [n, name]));
/** `PREFIXnnn` with nnn in 0-65535, or undefined. */
function genericNumber(upper, prefix) {
    if (!upper.startsWith(prefix))
        return undefined;
    const digits = upper.slice(prefix.length);
    if (digits.length === 0 || digits.length > 5)
        return undefined;
    for (let i = 0; i < digits.length; i++) {
        const c = digits.charCodeAt(i);
        if (c < 48 || c > 57)
            return undefined;
    }
    const n = Number(digits);
    return n <= 65535 ? n : undefined;
}
/** The upper-case class mnemonic, or undefined when the token is not a class. */
function readClass(token) {
    return memoized(classMemo, token, readClassUncached);
}
function readClassUncached(token) {
    const upper = token.toUpperCase();
    if (Object.hasOwn(CLASS_NUMBERS, upper))
        return upper;
    if (Object.hasOwn(CLASS_ALIASES, upper))
        return CLASS_ALIASES[upper];
    const n = genericNumber(upper, "CLASS");
    if (n === undefined)
        return undefined;
    return CLASS_BY_NUMBER.get(n) ?? `CLASS${n}`;
}
/** The upper-case type mnemonic, or undefined when the token is not a type. */
function readType(token) {
    return memoized(typeMemo, token, readTypeUncached);
}
function readTypeUncached(token) {
    const upper = token.toUpperCase();
    if (Object.hasOwn(TYPE_NUMBERS, upper))
        return upper;
    const n = genericNumber(upper, "TYPE");
    if (n === undefined)
        return undefined;
    return TYPE_BY_NUMBER.get(n) ?? `TYPE${n}`;
}
function isMetaType(type) {
    return META_TYPES.has(type);
}
/**
 * Every record asks for its class and type, mostly with the same few words ("IN", "A", "MX",
 * a TTL): remembering the answers saves an upper-cased copy of each word on large zones.
 */
const MEMO_LIMIT = 256;
const classMemo = new Map();
const typeMemo = new Map();
function memoized(memo, token, read) {
    const known = memo.get(token);
    if (known !== undefined)
        return known ?? undefined;
    const value = read(token);
    if (memo.size < MEMO_LIMIT)
        memo.set(token, value ?? null);
    return value;
}

;// CONCATENATED MODULE: ./src/parse/zone/name-table.ts
/**
 * A set of DNS names with a few small integers each, in typed arrays: 16 bytes a slot instead
 * of a Map entry and a retained string (about 100 bytes), so facts about every name of a zone
 * of a million names cost little memory and no garbage collection.
 *
 * Names are stored as a 64-bit hash (two independent 32-bit hashes). Two distinct names of a
 * zone share a hash with a probability of about n² / 2^65 (3·10^-8 for a million names): the
 * table is exact for any zone the linter will meet, and where a collision would matter the
 * callers only ever err towards keeping more.
 */
/** The two halves of a name's hash (module state: hashing allocates nothing). */
let hashA = 0;
let hashB = 0;
/** Hashes a name into `hashA`/`hashB`: FNV-1a and a multiply-rotate hash, both 32-bit. */
function hashName(name) {
    let a = 0x811c9dc5;
    let b = 0x9747b28c ^ name.length;
    for (let i = 0; i < name.length; i++) {
        const c = name.charCodeAt(i);
        a = Math.imul(a ^ c, 0x01000193);
        b = Math.imul(b ^ c, 0x5bd1e995);
        b ^= b >>> 15;
    }
    // Zero marks an empty slot: a name never hashes to it.
    hashA = a | 1;
    hashB = b;
}
const EMPTY = new Int32Array(0);
class NameTable {
    /** Per slot: the two hash halves, then `width` values; one cache line serves a lookup. */
    slots;
    capacity;
    stride;
    size = 0;
    /** `width` integers per name, all 0 until set; room for `expected` names before growing. */
    constructor(width, expected = 0) {
        this.stride = 2 + width;
        let capacity = 16;
        while (capacity < expected * 2 && capacity < 1 << 24)
            capacity *= 2;
        this.capacity = capacity;
        // Allocated on first use: many tables of small zones are never written to.
        this.slots = EMPTY;
    }
    /** The slot of a name (hashed with `hashName` just before), added when missing. */
    slot() {
        return this.slotOfHash(hashA, hashB);
    }
    /** The slot of a name (hashed with `hashName` just before), or -1. */
    lookup() {
        return this.find(hashA, hashB, false);
    }
    /** The slot of a name by its hash halves, added when missing. */
    slotOfHash(a, b) {
        if (this.slots === EMPTY)
            this.slots = new Int32Array(this.capacity * this.stride);
        else if ((this.size + 1) * 2 > this.capacity)
            this.grow();
        return this.find(a, b, true);
    }
    /** The slot of a name by its hash halves (as stored in another table's columns), or -1. */
    lookupHash(a, b) {
        return this.find(a, b, false);
    }
    get(slot, column) {
        return this.slots[slot + 2 + column];
    }
    set(slot, column, value) {
        this.slots[slot + 2 + column] = value;
    }
    /** Slots are offsets into `slots` (a multiple of the stride). */
    find(a, b, add) {
        const { slots, stride } = this;
        if (slots === EMPTY)
            return -1;
        const mask = this.capacity - 1;
        for (let i = (a ^ b) & mask;; i = (i + 1) & mask) {
            const at = i * stride;
            const k = slots[at];
            if (k === 0) {
                if (!add)
                    return -1;
                slots[at] = a;
                slots[at + 1] = b;
                this.size++;
                return at;
            }
            if (k === a && slots[at + 1] === b)
                return at;
        }
    }
    grow() {
        const { slots: old, stride } = this;
        this.capacity *= 2;
        this.slots = new Int32Array(this.capacity * stride);
        this.size = 0;
        for (let at = 0; at < old.length; at += stride) {
            if (old[at] === 0)
                continue;
            const slot = this.find(old[at], old[at + 1], true);
            for (let c = 2; c < stride; c++)
                this.slots[slot + c] = old[at + c];
        }
    }
}
/** The halves of the hash of the name last given to `hashName`, to store in columns. */
function lastHashA() {
    return hashA;
}
function lastHashB() {
    return hashB;
}

;// CONCATENATED MODULE: ./src/parse/zone/rrsets.ts

/**
 * What BIND does when records join RRsets while a zone loads, so the records the rules see are
 * the ones a BIND server serves:
 *
 * - One TTL per RRset (RFC 2181 §5.2). Within one run of records with the same owner, the first
 *   record's TTL wins ("TTL set to prior TTL"); a later run that adds to the RRset sets the TTL
 *   of the whole RRset (BIND merges it into the database with the newer TTL).
 * - A record equal to one already in its RRset is dropped silently (an RRset is a set): a TXT
 *   record written twice is served once.
 * - CNAME excludes other data at its name except DNSSEC records (RFC 1034 §3.6.2, RFC 4035
 *   §2.5), and CNAME, DNAME and SOA RRsets hold one record: BIND rejects the zone otherwise.
 *
 * Memory stays proportional to what the rules keep, not to the zone: full RRsets (TTL and
 * member RDATA) are tracked only for kept records. For every other name the table remembers,
 * in a hashed `NameTable`, which types it holds and the hash of its CNAME target (for the
 * CNAME rules), plus the RDATA of the rare DNAME and SOA records and the TTLs of the current
 * run. Duplicates among records that are not kept are not detected: they are only counted.
 */
/** Types that may share a name with a CNAME (BIND: the "at CNAME" types). */
const ALLOWED_AT_CNAME = new Set(["RRSIG", "NSEC", "KEY"]);
/** Types whose RRset holds at most one record (BIND: singleton types) besides CNAME. */
const SINGLETON_TYPES = new Set(["DNAME", "SOA"]);
/** Equal RDATA gives equal keys (names are already lowercase, addresses are canonicalised). */
function rdataKey(data, rdata) {
    if (!data)
        return `raw ${opaqueRdataKey(rdata)}`;
    switch (data.kind) {
        case "MX":
            return `${data.preference} ${data.exchange}`;
        case "NAME":
            return data.target;
        case "ADDRESS":
            return canonicalAddress(data.address);
        case "TXT":
            return JSON.stringify(data.strings.map((s) => s.text));
        case "SOA":
            return JSON.stringify(data);
    }
}
/**
 * RDATA the parser does not decode, compared as written, except RFC 3597 §5 generic RDATA,
 * compared by its octets: `\# 3 abcdef` and `\# 3 AB CD EF` are the same record to BIND.
 */
function opaqueRdataKey(rdata) {
    if (rdata[0]?.raw === "\\#") {
        return `\\# ${rdata
            .slice(2)
            .map((t) => t.raw)
            .join("")
            .toLowerCase()}`;
    }
    return rdata.map((t) => t.raw).join(" ");
}
/** IPv6 addresses in one spelling (`2001:DB8:0::1` and `2001:db8::1` are the same record). */
function canonicalAddress(address) {
    if (!address.includes(":"))
        return address;
    try {
        return new URL(`http://[${address}]/`).hostname;
    }
    catch {
        return address;
    }
}
/** Types with a bit of their own in the TYPES column; later ones share the next bit. */
const OTHER_DATA_TYPES_LIMIT = 30;
/** Columns of `RrsetTable.owners`. */
const TYPES = 0;
const CNAME_A = 1;
const CNAME_B = 2;
class RrsetTable {
    /** RRsets of kept records, by owner and type. */
    rrsets = new Map();
    /**
     * Per owner: the types present as a bit set over `typeIndex` (column TYPES; types past the
     * 30th distinct one share the last bit and are listed in `rareTypesAt`), and the hash of its
     * CNAME's target (columns CNAME_A, CNAME_B).
     */
    owners;
    rareTypesAt = new Map();
    typeIndex = new Map();
    typeNames = [];
    /** RDATA key of each DNAME and SOA RRset, by type, then owner (CNAMEs are in `owners`). */
    singletons = new Map();
    /** Which RRset each kept record belongs to, so TTLs can be settled at the end. */
    members = [];
    /** TTL of each type's RRset in the current owner run (a run holds a few types). */
    runTypes = [];
    runTtls = [];
    run = 0;
    lastOwner;
    /** `expectedNames` sizes the tables up front (growing them rehashes every name). */
    constructor(expectedNames = 0) {
        this.owners = new NameTable(3, expectedNames);
    }
    /**
     * Admits a record (its `ttl` as written or implied). Returns "duplicate" when the RRset
     * already holds the same RDATA (the record must then be left out), and an error message when
     * BIND would reject the zone because of it (the record is kept, so the rules still see it).
     * `rdata` (the RDATA tokens) is compared as text for types without parsed data. `keep`: the
     * record is kept in full (its RRset tracked for duplicates and final TTL), and must then be
     * passed to `track` with the returned RRset.
     */
    admit(owner, type, ttl, data, rdata, keep) {
        if (owner !== this.lastOwner) {
            this.run++;
            this.lastOwner = owner;
            this.runTypes.length = 0;
            this.runTtls.length = 0;
        }
        const inRun = this.runTypes.indexOf(type);
        let runTtl;
        if (inRun >= 0)
            runTtl = this.runTtls[inRun];
        else {
            runTtl = ttl;
            this.runTypes.push(type);
            this.runTtls.push(ttl);
        }
        let rrset;
        let dataKey;
        if (keep) {
            const typeKey = `${owner}\u0000${type}`;
            rrset = this.rrsets.get(typeKey);
            if (!rrset) {
                rrset = { ttl: runTtl, run: this.run, keys: new Set() };
                this.rrsets.set(typeKey, rrset);
            }
            else if (rrset.run !== this.run) {
                rrset.ttl = runTtl;
                rrset.run = this.run;
            }
            dataKey = rdataKey(data, rdata);
            if (rrset.keys.has(dataKey))
                return { kind: "duplicate", runTtl };
            rrset.keys.add(dataKey);
        }
        hashName(owner);
        const slot = this.owners.slot();
        let message;
        if (type === "CNAME") {
            hashName(dataKey ?? rdataKey(data, rdata));
            const a = this.owners.get(slot, CNAME_A);
            const b = this.owners.get(slot, CNAME_B);
            if (a === lastHashA() && b === lastHashB())
                return { kind: "duplicate", runTtl };
            if (a === 0) {
                this.owners.set(slot, CNAME_A, lastHashA());
                this.owners.set(slot, CNAME_B, lastHashB());
            }
            else
                message = singletonMessage(owner, type);
        }
        else if (SINGLETON_TYPES.has(type)) {
            dataKey ??= rdataKey(data, rdata);
            let ofType = this.singletons.get(type);
            if (!ofType) {
                ofType = new Map();
                this.singletons.set(type, ofType);
            }
            const first = ofType.get(owner);
            if (first === dataKey)
                return { kind: "duplicate", runTtl };
            if (first === undefined)
                ofType.set(owner, dataKey);
            else
                message = singletonMessage(owner, type);
        }
        message ??= this.cnameConflict(owner, slot, type);
        if (message !== undefined)
            return { kind: "conflict", message, runTtl, rrset };
        return { kind: "added", runTtl, rrset };
    }
    /** Registers a kept record with its RRset, whose final TTL it takes (`settleTtls`). */
    track(record, rrset) {
        this.members.push({ record, rrset });
    }
    /** Ends the current run of records (BIND commits what it read before and after an $INCLUDE). */
    endRun() {
        this.lastOwner = undefined;
    }
    /** Gives every kept record its RRset's final TTL. */
    settleTtls() {
        for (const { record, rrset } of this.members)
            record.ttl = rrset.ttl;
    }
    bitOf(type) {
        let index = this.typeIndex.get(type);
        if (index === undefined) {
            index = Math.min(this.typeNames.length, OTHER_DATA_TYPES_LIMIT);
            if (index < OTHER_DATA_TYPES_LIMIT)
                this.typeNames.push(type);
            this.typeIndex.set(type, index);
        }
        return 1 << index;
    }
    /** Records the type at the owner; a message when it breaks the CNAME rule. */
    cnameConflict(owner, slot, type) {
        const before = this.owners.get(slot, TYPES);
        const bit = this.bitOf(type);
        this.owners.set(slot, TYPES, before | bit);
        if (bit === 1 << OTHER_DATA_TYPES_LIMIT) {
            let rare = this.rareTypesAt.get(owner);
            if (!rare) {
                rare = new Set();
                this.rareTypesAt.set(owner, rare);
            }
            rare.add(type);
        }
        const cnameIndex = this.typeIndex.get("CNAME");
        if (cnameIndex === undefined)
            return undefined;
        if (type === "CNAME") {
            if (before === 0)
                return undefined;
            const others = this.typesIn(owner, before).filter((t) => !ALLOWED_AT_CNAME.has(t));
            return others.length > 0 ? cnameConflictMessage(owner, others) : undefined;
        }
        if (before & (1 << cnameIndex) && !ALLOWED_AT_CNAME.has(type)) {
            return cnameConflictMessage(owner, [type]);
        }
        return undefined;
    }
    typesIn(owner, bits) {
        const types = this.typeNames.filter((_, i) => bits & (1 << i));
        if (bits & (1 << OTHER_DATA_TYPES_LIMIT))
            types.push(...(this.rareTypesAt.get(owner) ?? []));
        return types;
    }
}
function singletonMessage(owner, type) {
    return `a second ${type} record at ${owner || "."}: a name holds at most one ${type} (BIND rejects the zone: "multiple RRs of singleton type"); keep one`;
}
function cnameConflictMessage(owner, others) {
    return `${owner || "."} has a CNAME and ${others.join(", ")} records: a CNAME name holds no other data (RFC 1034 §3.6.2), so resolvers follow the CNAME and never see the rest, and BIND rejects the zone ("CNAME and other data"); move the other records or drop the CNAME`;
}

;// CONCATENATED MODULE: ./src/parse/zone/file-name.ts

/**
 * The domain a zone file's name gives (interface.md): `<domain>.zone`, `<domain>.db`,
 * `db.<domain>`, or a bare `<domain>`. Only names with at least one dot count: a policy domain
 * always has one, and `named.zone` or `db.local` are not zones of a mail domain.
 */
/** Extensions of files that are not bare-named zone files, though some are also TLDs (.md, .tf). */
// biome-ignore format: a word list
const FILE_EXTENSIONS = new Set([
    "cfg", "conf", "csv", "html", "ini", "js", "json", "lock", "md", "py", "sh", "tf", "tfvars",
    "toml", "ts", "txt", "xml", "yaml", "yml",
]);
function baseName(path) {
    const slash = Math.max(path.lastIndexOf("/"), path.lastIndexOf("\\"));
    return path.slice(slash + 1);
}
function asDomain(candidate) {
    const name = (candidate.endsWith(".") ? candidate.slice(0, -1) : candidate).toLowerCase();
    if (!name.includes(".") || !isValidHostName(name))
        return undefined;
    const tld = name.slice(name.lastIndexOf(".") + 1);
    // A numeric last label is an address or a version, not a domain.
    if (!/^[a-z][a-z0-9-]*$/.test(tld))
        return undefined;
    return name;
}
function domainFromZoneFileName(path) {
    const name = baseName(path);
    const lower = name.toLowerCase();
    for (const suffix of [".zone", ".db"]) {
        if (lower.endsWith(suffix))
            return asDomain(name.slice(0, -suffix.length));
    }
    if (lower.startsWith("db."))
        return asDomain(name.slice(3));
    const extension = lower.slice(lower.lastIndexOf(".") + 1);
    if (FILE_EXTENSIONS.has(extension))
        return undefined;
    return asDomain(name);
}

;// CONCATENATED MODULE: ./src/parse/zone/master.ts









/**
 * The RFC 1035 §5 master-file ("BIND zone file") reader. It reads files the way BIND's
 * named-checkzone does, and turns every problem into an issue at its line instead of giving
 * up: a record with an error is dropped (BIND rejects it) and reading goes on with the next.
 */

const DEFAULT_MAX_INCLUDE_DEPTH = 8;
/** The TTL when nothing in the file or the options gives one. */
const FALLBACK_TTL = 3600;
const BYTE_ORDER_MARK = 0xfeff;
function report(state, file, span, message) {
    state.issues.push({ file: file.file, span, message });
}
/** The record's span: from its first token (or the line start for an inherited owner). */
function recordSpan(tokens, entry) {
    const first = tokens[0].span;
    const last = tokens[tokens.length - 1].span;
    if (!entry.indented)
        return spanFrom(first, last);
    return { line: entry.line, column: 1, endLine: last.endLine, endColumn: last.endColumn };
}
/** The TTL of a record without one, as BIND chooses it. */
function implicitTtl(state, type, soaMinimum) {
    if (state.defaultTtl !== undefined)
        return state.defaultTtl;
    if (state.lastTtl !== undefined)
        return state.lastTtl;
    if (type === "SOA" && soaMinimum !== undefined) {
        // BIND warns "no TTL specified; using SOA MINTTL instead" and keeps it as the default.
        state.defaultTtl = soaMinimum;
        return soaMinimum;
    }
    return state.options.defaultTtl ?? FALLBACK_TTL;
}
function ttlAboveMaximum(value) {
    return `TTL ${value} is above 2147483647: RFC 2181 §8 treats it as 0 and BIND loads it as 0, so resolvers do not cache it; write a TTL in seconds such as 3600`;
}
/**
 * Reads one record (owner, [class] [ttl] [class] type, RDATA). Returns false when the record
 * was dropped because of an error. `damaged` records (a lexical error was already reported)
 * only update the current owner.
 */
function readRecord(tokens, entry, file, state, damaged = false) {
    // Built only when needed (an issue, or a record that is kept): most records need none.
    let builtSpan;
    const span = () => {
        builtSpan ??= recordSpan(tokens, entry);
        return builtSpan;
    };
    let owner;
    let i = 0;
    let ownerWrittenAbsolute = false;
    if (entry.indented) {
        if (file.owner === undefined) {
            report(state, file, span(), "this record starts with a blank, so it repeats the previous record's owner name, but there is no previous record: write the owner (or @) in the first column");
            return false;
        }
        owner = file.owner;
    }
    else {
        const resolved = resolveName(tokens[0].text, file.origin);
        if ("error" in resolved) {
            report(state, file, tokens[0].span, `owner name: ${resolved.error}`);
            return false;
        }
        owner = resolved.name;
        ownerWrittenAbsolute = resolved.absolute;
        file.owner = owner;
        i = 1;
    }
    if (damaged)
        return false;
    const classAt = (index) => {
        const token = tokens[index];
        return token && !token.quoted ? readClass(token.text) : undefined;
    };
    let rrClass = classAt(i);
    let classToken = rrClass ? tokens[i++] : undefined;
    let ttl;
    let ttlToken;
    const maybeTtl = tokens[i];
    if (maybeTtl && !maybeTtl.quoted && looksNumeric(maybeTtl.text)) {
        const parsed = parseTtl(maybeTtl.text);
        if ("error" in parsed) {
            report(state, file, maybeTtl.span, `TTL: ${parsed.error}`);
            return false;
        }
        ttl = parsed.value;
        ttlToken = maybeTtl;
        i++;
    }
    if (!rrClass) {
        rrClass = classAt(i);
        if (rrClass)
            classToken = tokens[i++];
    }
    const typeToken = tokens[i++];
    if (!typeToken) {
        report(state, file, span(), "this record has no type: after the owner, TTL and class comes the type (A, MX, TXT, ...) and its data");
        return false;
    }
    const type = typeToken.quoted ? undefined : readType(typeToken.text);
    if (!type) {
        report(state, file, typeToken.span, `unknown class or type ${wording_quoted(typeToken.raw)} (BIND rejects the record)`);
        return false;
    }
    if (isMetaType(type)) {
        report(state, file, typeToken.span, `${type} is a query type, not a record type: it cannot appear in a zone file`);
        return false;
    }
    state.zoneClass ??= rrClass ?? "IN";
    if (rrClass && classToken && rrClass !== state.zoneClass) {
        report(state, file, classToken.span, `class ${rrClass} differs from the zone's class ${state.zoneClass}: BIND rejects the record (mail records are class IN)`);
        return false;
    }
    const rdataTokens = tokens.slice(i);
    const parsed = parseRdata({ type, tokens: rdataTokens, origin: file.origin, recordSpan: span });
    if ("error" in parsed) {
        report(state, file, parsed.span, parsed.error);
        return false;
    }
    if (ttl !== undefined) {
        if (ttl > MAX_TTL && ttlToken) {
            report(state, file, ttlToken.span, ttlAboveMaximum(ttl));
            ttl = 0;
        }
        state.lastTtl = ttl;
    }
    else {
        ttl = implicitTtl(state, type, parsed.data?.kind === "SOA" ? parsed.data.minimum : undefined);
    }
    if (type === "SOA" &&
        ownerWrittenAbsolute &&
        state.absoluteSoaOwner === undefined &&
        owner !== "") {
        state.absoluteSoaOwner = owner;
    }
    const keep = state.options.filter?.keeps(owner, type, parsed.data) ?? true;
    const admission = state.rrsets.admit(owner, type, ttl, parsed.data, rdataTokens, keep);
    // BIND's "TTL set to prior TTL" also becomes the TTL of the next record without one.
    if (admission.runTtl !== ttl && state.lastTtl !== undefined)
        state.lastTtl = admission.runTtl;
    if (admission.kind === "duplicate")
        return true;
    if (admission.kind === "conflict")
        report(state, file, span(), admission.message);
    state.counts.set(type, (state.counts.get(type) ?? 0) + 1);
    if (!admission.rrset)
        return true;
    const record = {
        owner,
        ttl,
        class: rrClass ?? state.zoneClass,
        type,
        rdata: rdataText(rdataTokens),
        file: file.file,
        span: span(),
    };
    if (parsed.data)
        record.data = parsed.data;
    state.rrsets.track(record, admission.rrset);
    state.records.push(record);
    return true;
}
function rdataText(tokens) {
    return tokens.map((t) => t.raw).join(" ");
}
/**
 * Whether a directive got between `min` and `max` arguments; otherwise reports its usage at
 * the directive when arguments are missing, or at the surplus ones.
 */
function hasArgumentCount(args, min, max, ctx) {
    if (args.length >= min && args.length <= max)
        return true;
    const where = args.length < min ? ctx.directive.span : spanFrom(args[max].span, args[args.length - 1].span);
    report(ctx.state, ctx.file, where, ctx.usage);
    return false;
}
function readOrigin(args, directive, file, state) {
    const usage = "$ORIGIN takes exactly one domain name (e.g. $ORIGIN example.com.)";
    if (!hasArgumentCount(args, 1, 1, { directive, file, state, usage }))
        return;
    const resolved = resolveName(args[0].text, file.origin);
    if ("error" in resolved) {
        report(state, file, args[0].span, `$ORIGIN: ${resolved.error}`);
        return;
    }
    file.origin = resolved.name;
    // Only an $ORIGIN before the first record names the zone; a later one (a sub-zone's block)
    // moves the base of relative names, not the zone's apex.
    if (file.depth === 0 &&
        state.firstOrigin === undefined &&
        state.counts.size === 0 &&
        resolved.name !== "") {
        state.firstOrigin = resolved.name;
    }
}
function readDefaultTtl(args, directive, file, state) {
    const usage = "$TTL takes exactly one TTL (e.g. $TTL 3600 or $TTL 1h)";
    if (!hasArgumentCount(args, 1, 1, { directive, file, state, usage }))
        return;
    const parsed = parseTtl(args[0].text);
    if ("error" in parsed) {
        report(state, file, args[0].span, `$TTL: ${parsed.error}`);
        return;
    }
    let value = parsed.value;
    if (value > MAX_TTL) {
        report(state, file, args[0].span, `$TTL: ${ttlAboveMaximum(value)}`);
        value = 0;
    }
    state.defaultTtl = value;
}
function readInclude(args, directive, file, state) {
    const usage = "$INCLUDE takes a file name and optionally an origin ($INCLUDE file [origin])";
    if (!hasArgumentCount(args, 1, 2, { directive, file, state, usage }))
        return;
    const [pathToken, originToken] = args;
    let origin = file.origin;
    if (originToken) {
        const resolved = resolveName(originToken.text, file.origin);
        if ("error" in resolved) {
            report(state, file, originToken.span, `$INCLUDE origin: ${resolved.error}`);
            return;
        }
        origin = resolved.name;
    }
    const path = pathToken.text;
    const include = state.options.include;
    if (!include) {
        report(state, file, pathToken.span, `$INCLUDE ${wording_quoted(path)} is not read: this zone source is linted without access to other files, so the included records are missing`);
        return;
    }
    const maxDepth = state.options.maxIncludeDepth ?? DEFAULT_MAX_INCLUDE_DEPTH;
    if (file.depth + 1 > maxDepth) {
        report(state, file, pathToken.span, `$INCLUDE ${wording_quoted(path)} is not read: files are nested more than ${maxDepth} deep (${file.chain.join(" -> ")}); is there a loop through different paths?`);
        return;
    }
    let included;
    try {
        included = include(path, file.file);
    }
    catch (e) {
        included = { error: e instanceof Error ? e.message : String(e) };
    }
    if ("error" in included) {
        report(state, file, pathToken.span, `$INCLUDE ${wording_quoted(path)} cannot be read: ${included.error}`);
        return;
    }
    if (file.chain.includes(included.file)) {
        const cycle = [...file.chain.slice(file.chain.indexOf(included.file)), included.file].join(" -> ");
        report(state, file, pathToken.span, `$INCLUDE cycle: ${cycle}; BIND would never finish loading this zone. Remove the $INCLUDE that points back`);
        return;
    }
    state.rrsets.endRun();
    readFile(included.text, {
        file: included.file,
        origin,
        owner: file.owner,
        depth: file.depth + 1,
        chain: [...file.chain, included.file],
    }, state);
    state.rrsets.endRun();
}
/** Tokens of a substituted `$GENERATE` RDATA template, located at the template. */
function templateTokens(text, template) {
    if (!template.quoted) {
        return [
            {
                raw: text,
                text,
                quoted: false,
                start: template.start,
                span: template.span,
                synthetic: true,
            },
        ];
    }
    // A quoted rhs is read again as RDATA text (BIND does the same): `"10 mx$"` is two words.
    const tokens = [];
    const lexer = new Lexer(text);
    for (let entry = lexer.next(); entry; entry = lexer.next()) {
        if (entry.issues.length > 0)
            return undefined;
        for (const t of entry.tokens)
            tokens.push({
                raw: t.raw,
                text: t.text,
                quoted: t.quoted,
                start: template.start,
                span: template.span,
                synthetic: true,
            });
    }
    return tokens;
}
function readGenerateDirective(args, entry, directive, file, state) {
    const parsed = readGenerate(args);
    if ("error" in parsed) {
        report(state, file, parsed.token?.span ?? spanFrom(directive.span, (args[args.length - 1] ?? directive).span), parsed.error);
        return;
    }
    const { spec } = parsed;
    const savedOwner = file.owner;
    let count = 0;
    for (let value = spec.start; value <= spec.stop && count < MAX_GENERATED_RECORDS; value += spec.step, count++) {
        const lhs = substitute(spec.lhs.text, value);
        if (typeof lhs !== "string") {
            report(state, file, spec.lhs.span, lhs.error);
            break;
        }
        const rhs = substitute(spec.rhs.text, value);
        if (typeof rhs !== "string") {
            report(state, file, spec.rhs.span, rhs.error);
            break;
        }
        const rdata = templateTokens(rhs, spec.rhs);
        if (!rdata) {
            report(state, file, spec.rhs.span, `$GENERATE RDATA template gives ${wording_quoted(rhs)}, which has unbalanced quotes`);
            break;
        }
        const owner = {
            raw: lhs,
            text: lhs,
            quoted: false,
            start: spec.lhs.start,
            span: spec.lhs.span,
            synthetic: true,
        };
        // One report per template, not one per generated value.
        if (!readRecord([owner, ...spec.middle, ...rdata], { indented: false, line: entry.line }, file, state))
            break;
    }
    file.owner = savedOwner;
}
/** Directives that BIND only accepts with a line end after them. */
const NEED_LINE_END = new Set(["$ORIGIN", "$TTL", "$GENERATE"]);
function readDirective(entry, file, state) {
    const [directive, ...args] = entry.tokens;
    const name = directive.text.toUpperCase();
    if (entry.unterminated && NEED_LINE_END.has(name)) {
        report(state, file, directive.span, `${name} is the last line and has no line end: BIND rejects the zone there ("extra input text"); end the file with a newline`);
        // Still applied, so the origin it declares is known to the rest of the linter.
    }
    switch (name) {
        case "$ORIGIN":
            readOrigin(args, directive, file, state);
            return;
        case "$TTL":
            readDefaultTtl(args, directive, file, state);
            return;
        case "$INCLUDE":
            readInclude(args, directive, file, state);
            return;
        case "$GENERATE":
            readGenerateDirective(args, entry, directive, file, state);
            return;
        default:
            report(state, file, directive.span, `unknown directive ${wording_quoted(directive.raw)}: master files know $ORIGIN, $TTL, $INCLUDE and $GENERATE (BIND rejects the zone)`);
    }
}
function readFile(text, file, state) {
    let start = 0;
    if (text.charCodeAt(0) === BYTE_ORDER_MARK) {
        report(state, file, { line: 1, column: 1, endLine: 1, endColumn: 2 }, "the file starts with a byte order mark (U+FEFF): BIND reads it as part of the first name; save the file as UTF-8 without BOM");
        start = 1;
    }
    const lexer = new Lexer(text, start);
    for (let entry = lexer.next(); entry; entry = lexer.next()) {
        for (const issue of entry.issues)
            report(state, file, issue.span, issue.message);
        if (entry.tokens.length === 0)
            continue;
        const first = entry.tokens[0];
        if (!entry.indented && !first.quoted && first.text.startsWith("$")) {
            if (entry.issues.length === 0)
                readDirective(entry, file, state);
            if (state.originOnly && originSettled(state))
                return;
            continue;
        }
        readRecord(entry.tokens, entry, file, state, entry.issues.length > 0);
        if (state.originOnly && originSettled(state))
            return;
    }
}
/**
 * Once an $ORIGIN before the first record or an absolute SOA owner has been read, nothing later
 * in the file can change the declared origin (both are "the first such").
 */
function originSettled(state) {
    return state.firstOrigin !== undefined || state.absoluteSoaOwner !== undefined;
}
/**
 * The origin a master file declares (see `MasterFileResult.declaredOrigin`), reading only as far
 * as needed: finding the domain of a large zone does not cost a second full parse.
 */
function declaredOriginOf(text, file) {
    const state = {
        options: { file },
        records: [],
        issues: [],
        counts: new Map(),
        rrsets: new RrsetTable(),
        originOnly: true,
    };
    readFile(text, { file, origin: undefined, depth: 0, chain: [file] }, state);
    return state.firstOrigin ?? state.absoluteSoaOwner;
}
/** Reads a master file. Never throws: every problem is an issue at its line. */
function parseMasterFile(text, options) {
    const state = {
        options,
        records: [],
        issues: [],
        counts: new Map(),
        // About one name per line: zone lines are rarely longer than 40 characters.
        rrsets: new RrsetTable(text.length / 40),
    };
    let origin;
    if (options.origin !== undefined) {
        const resolved = resolveName(options.origin.endsWith(".") ? options.origin : `${options.origin}.`, "");
        origin = "error" in resolved ? undefined : resolved.name;
    }
    readFile(text, { file: options.file, origin, depth: 0, chain: [options.file] }, state);
    state.rrsets.settleTtls();
    const declaredOrigin = state.firstOrigin ?? state.absoluteSoaOwner;
    const result = {
        records: state.records,
        issues: state.issues,
        counts: state.counts,
    };
    if (declaredOrigin !== undefined)
        result.declaredOrigin = declaredOrigin;
    return result;
}

;// CONCATENATED MODULE: ./src/model/zone-interest.ts
/**
 * The lean zone model: which records of a zone the rules read, so a zone of a million records
 * costs memory for a few dozen. For each policy domain the rules look at
 *
 * - the domain itself (MX, TXT for TLS-RPT at the wrong name, NS, SOA),
 * - the discovery names `_mta-sts` and `_smtp._tls` (and `_tls`, a possible zone cut above
 *   the latter), the policy host `mta-sts` and the wildcard `*` that may answer for it,
 * - the names where records are written by mistake (`_tlsrpt`, `_smtp-tlsrpt`, the discovery
 *   names with the origin appended twice),
 * - NS records at the domain's ancestors (a zone cut between the zone's apex and the domain),
 * - whether anything exists below the policy host (an empty non-terminal hides the wildcard),
 * - every SOA (the zone's apex, where findings about absent records point) and every CNAME:
 *   an MX target may be defined as a CNAME before or after the MX that names it, and the
 *   chain it starts may run anywhere in the zone (`cnameChain`). A CNAME is one name per
 *   record, and the parser keeps one per name anyway to find CNAME conflicts as BIND does.
 *
 * Everything else is read, checked as BIND checks it, and counted per type.
 */




/** The first label of the policy host: names below it contain it as a whole label. */
const POLICY_HOST_LABEL = ".mta-sts.";
class ZoneInterest {
    /** Names whose records are all kept. */
    names = new Set();
    /** Ancestors of the domains: only their NS records matter (zone cuts). */
    ancestors = new Set();
    /** The policy hosts, whose existence as an empty non-terminal matters. */
    policyHosts = new Set();
    domains;
    constructor(domains) {
        const set = new Set(domains);
        this.domains = set;
        for (const d of set) {
            const host = policyHostName(d);
            this.policyHosts.add(host);
            const tlsrpt = tlsrptRecordName(d);
            for (const n of [d, stsRecordName(d), tlsrpt, tlsrpt.slice("_smtp.".length), host, `*.${d}`])
                this.names.add(n);
            for (const n of misplacedNames(d))
                this.names.add(n);
            for (let n = d; n.includes(".");) {
                n = n.slice(n.indexOf(".") + 1);
                this.ancestors.add(n);
            }
        }
    }
    /** A filter for one parse: it also notes the policy hosts that exist as empty non-terminals. */
    filter() {
        return new ZoneFilter(this.names, this.ancestors, this.policyHosts);
    }
}
class ZoneFilter {
    names;
    ancestors;
    policyHosts;
    /** Policy hosts with records below them (DNS nodes even without records of their own). */
    nodesBelow = new Set();
    /** MX exchanges at kept names, and the targets of the CNAMEs kept at them (chains). */
    mxTargets = new Set();
    /** CNAMEs not kept (read before an MX named them): owner -> hash of the target. */
    skippedCnames = new NameTable(2);
    constructor(names, ancestors, policyHosts) {
        this.names = names;
        this.ancestors = ancestors;
        this.policyHosts = policyHosts;
    }
    keeps(owner, type, data) {
        if (type === "SOA")
            return true;
        if (this.names.has(owner)) {
            if (data?.kind === "MX" && data.exchange !== "") {
                this.mxTargets.add(data.exchange);
                this.mxTargets.add(normalizeHost(data.exchange));
            }
            else if (data?.kind === "NAME" && type === "CNAME")
                this.mxTargets.add(data.target);
            return true;
        }
        if (type === "CNAME") {
            if (data?.kind !== "NAME")
                return false;
            if (this.mxTargets.has(owner)) {
                this.mxTargets.add(data.target);
                return true;
            }
            hashName(data.target);
            const [a, b] = [lastHashA(), lastHashB()];
            hashName(owner);
            const slot = this.skippedCnames.slot();
            this.skippedCnames.set(slot, 0, a);
            this.skippedCnames.set(slot, 1, b);
            return false;
        }
        if (type === "NS" && this.ancestors.has(owner))
            return true;
        for (let at = owner.indexOf(POLICY_HOST_LABEL); at >= 0;) {
            const above = owner.slice(at + 1);
            if (this.policyHosts.has(above))
                this.nodesBelow.add(above);
            at = owner.indexOf(POLICY_HOST_LABEL, at + 1);
        }
        return false;
    }
    /**
     * The CNAMEs the rules need that were read before the MX naming them (or the CNAME leading
     * to them): those on MX targets' CNAME chains that were not kept. As a filter that keeps
     * only them, or undefined when there are none.
     */
    missedCnames() {
        const missed = new NameTable(1);
        let count = 0;
        const queue = [];
        for (const name of this.mxTargets) {
            hashName(name);
            queue.push(lastHashA(), lastHashB());
        }
        while (queue.length > 0) {
            const b = queue.pop();
            const a = queue.pop();
            const slot = this.skippedCnames.lookupHash(a, b);
            if (slot < 0)
                continue;
            const seen = missed.slotOfHash(a, b);
            if (missed.get(seen, 0) === 1)
                continue;
            missed.set(seen, 0, 1);
            count++;
            queue.push(this.skippedCnames.get(slot, 0), this.skippedCnames.get(slot, 1));
        }
        if (count === 0)
            return undefined;
        return {
            keeps(owner, type) {
                if (type !== "CNAME")
                    return false;
                hashName(owner);
                return missed.lookup() >= 0;
            },
        };
    }
}
/**
 * Reads a master file keeping only the records the rules read for the interest's domains.
 * One pass in the usual case; a second pass picks up the few CNAMEs that an MX target turned
 * out to need after they were read (only then: real zones name their MX targets first, at the
 * apex, far more often than not).
 */
function parseLeanMasterFile(text, options, interest) {
    const filter = interest.filter();
    // The second pass reads the same $INCLUDEd files, in the same order (the reading is
    // deterministic): it replays the first pass's answers, so it neither reads the files twice
    // nor spends the include budget (files, bytes) of the zone twice.
    const answers = [];
    const include = options.include;
    const first = include
        ? {
            ...options,
            include: (path, fromFile) => {
                const answer = include(path, fromFile);
                answers.push(answer);
                return answer;
            },
        }
        : options;
    const result = parseMasterFile(text, { ...first, filter });
    const missed = filter.missedCnames();
    if (missed) {
        let next = 0;
        const replay = include
            ? { ...options, include: () => answers[next++] ?? { error: "not read" } }
            : options;
        result.records.push(...parseMasterFile(text, { ...replay, filter: missed }).records);
    }
    return { ...result, nodesBelow: filter.nodesBelow };
}

;// CONCATENATED MODULE: ./src/probes/address-guard.ts

function v4ToBigInt(address) {
    return address.split(".").reduce((n, part) => (n << 8n) | BigInt(Number(part)), 0n);
}
function v6ToBigInt(address) {
    let text = address.toLowerCase();
    const zone = text.indexOf("%");
    if (zone >= 0)
        text = text.slice(0, zone);
    // A trailing dotted quad (::ffff:192.0.2.1) becomes two hextets.
    const quad = /(\d+\.\d+\.\d+\.\d+)$/.exec(text);
    if (quad) {
        const v4 = v4ToBigInt(quad[1]);
        text = `${text.slice(0, -quad[1].length)}${(v4 >> 16n).toString(16)}:${(v4 & 0xffffn).toString(16)}`;
    }
    const [head, tail] = text.includes("::") ? text.split("::") : [text, undefined];
    const headParts = head ? head.split(":") : [];
    const tailParts = tail ? tail.split(":") : [];
    const fill = tail === undefined ? [] : Array(8 - headParts.length - tailParts.length).fill("0");
    return [...headParts, ...fill, ...tailParts].reduce((n, part) => (n << 16n) | BigInt(Number.parseInt(part || "0", 16)), 0n);
}
function v4(cidr, category) {
    const [net, bits] = cidr.split("/");
    return { base: v4ToBigInt(net), bits: Number(bits), category };
}
function v6(cidr, category) {
    const [net, bits] = cidr.split("/");
    return { base: v6ToBigInt(net), bits: Number(bits), category };
}
const V4_RANGES = [
    v4("0.0.0.0/8", "unspecified"),
    v4("10.0.0.0/8", "private"),
    v4("100.64.0.0/10", "carrier-grade NAT"),
    v4("127.0.0.0/8", "loopback"),
    v4("169.254.0.0/16", "link-local"),
    v4("172.16.0.0/12", "private"),
    v4("192.0.0.0/24", "reserved (IETF protocol assignments)"),
    v4("192.0.2.0/24", "documentation"),
    v4("192.88.99.0/24", "reserved (6to4 relay anycast)"),
    v4("192.168.0.0/16", "private"),
    v4("198.18.0.0/15", "reserved (benchmarking)"),
    v4("198.51.100.0/24", "documentation"),
    v4("203.0.113.0/24", "documentation"),
    v4("224.0.0.0/4", "multicast"),
    v4("240.0.0.0/4", "reserved"),
];
const V6_RANGES = [
    v6("::/128", "unspecified"),
    v6("::1/128", "loopback"),
    v6("100::/64", "reserved (discard-only)"),
    v6("2001:db8::/32", "documentation"),
    v6("3fff::/20", "documentation"),
    v6("fc00::/7", "unique-local"),
    v6("fe80::/10", "link-local"),
    v6("fec0::/10", "reserved (deprecated site-local)"),
    v6("ff00::/8", "multicast"),
];
function inRange(value, width, range) {
    const shift = BigInt(width - range.bits);
    return value >> shift === range.base >> shift;
}
/**
 * Prefixes that carry an IPv4 address in their low 32 bits: the embedded address decides
 * (an IPv4-mapped ::ffff:127.0.0.1 reaches loopback just the same).
 */
const V6_EMBEDDING_V4 = [
    { range: v6("::ffff:0:0/96", ""), name: "IPv4-mapped" },
    { range: v6("::/96", ""), name: "IPv4-compatible" },
    { range: v6("64:ff9b::/96", ""), name: "NAT64" },
];
/** The special-purpose category of an address, or undefined for a public one. */
function addressCategory(address) {
    if ((0,external_node_net_namespaceObject.isIPv4)(address)) {
        const value = v4ToBigInt(address);
        return V4_RANGES.find((r) => inRange(value, 32, r))?.category;
    }
    if (!(0,external_node_net_namespaceObject.isIPv6)(address))
        return "not an IP address";
    const value = v6ToBigInt(address);
    const own = V6_RANGES.find((r) => inRange(value, 128, r))?.category;
    if (own)
        return own;
    for (const { range } of V6_EMBEDDING_V4) {
        if (!inRange(value, 128, range))
            continue;
        const embedded = value & 0xffffffffn;
        const text = [24n, 16n, 8n, 0n].map((s) => String((embedded >> s) & 0xffn)).join(".");
        return addressCategory(text);
    }
    // 6to4 (2002::/16) embeds an IPv4 address in bits 16–47.
    if (value >> 112n === 0x2002n) {
        const embedded = (value >> 80n) & 0xffffffffn;
        const text = [24n, 16n, 8n, 0n].map((s) => String((embedded >> s) & 0xffn)).join(".");
        return addressCategory(text);
    }
    return undefined;
}
/** May a probe connect to this address? Everything is allowed with `allowPrivateAddresses`. */
function guardAddress(address, allowPrivateAddresses) {
    if (allowPrivateAddresses)
        return { allowed: true };
    const category = addressCategory(address);
    return category === undefined ? { allowed: true } : { allowed: false, category };
}

;// CONCATENATED MODULE: external "node:dns/promises"
const promises_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:dns/promises");
;// CONCATENATED MODULE: ./src/probes/limit.ts
/**
 * Deadlines and bounded concurrency for the live probes: no server, however slow or hostile,
 * may hold a run past its deadline, and many domains share a fixed number of probes in flight.
 */
/** Thrown (as a rejection) when a deadline passes first. */
class DeadlineError extends Error {
    ms;
    name = "DeadlineError";
    constructor(ms) {
        super(`no result within ${ms} ms`);
        this.ms = ms;
    }
}
/**
 * Settles with `work` or rejects with DeadlineError after `ms`, whichever comes first; `onLate`
 * runs when the deadline wins, to release what the work holds (sockets, resolver queries).
 * The timer never keeps the process alive.
 */
function withDeadline(work, ms, onLate) {
    return new Promise((resolve, reject) => {
        const timer = setTimeout(() => {
            onLate?.();
            reject(new DeadlineError(ms));
        }, ms);
        timer.unref?.();
        work.then((value) => {
            clearTimeout(timer);
            resolve(value);
        }, (err) => {
            clearTimeout(timer);
            reject(err);
        });
    });
}
/**
 * Runs `fn` over every item with at most `limit` calls in flight and returns the results in
 * the items' order. A slow item occupies one slot only: the others keep flowing past it.
 * `fn` must not reject (each probe turns its failures into observations).
 */
async function mapBounded(items, limit, fn) {
    const results = new Array(items.length);
    let next = 0;
    const worker = async () => {
        while (next < items.length) {
            const i = next++;
            results[i] = await fn(items[i], i);
        }
    };
    const slots = Math.max(1, Math.min(limit, items.length));
    await Promise.all(Array.from({ length: slots }, worker));
    return results;
}

;// CONCATENATED MODULE: ./src/probes/dns.ts





/** The resolver library's failure codes, sorted into what a DNS operator calls them. */
const STATUS_BY_CODE = {
    ENOTFOUND: "nxdomain",
    ENODATA: "nodata",
    ETIMEOUT: "timeout",
    ECANCELLED: "timeout",
    ESERVFAIL: "servfail",
    EREFUSED: "refused",
};
/** Longest CNAME chain followed: resolvers give up near here too (BIND follows 16). */
const MAX_CNAME_HOPS = 8;
/** Name servers, and addresses per name server, asked directly: enough to see a split. */
const MAX_NAME_SERVERS = 8;
const MAX_ADDRESSES_PER_SERVER = 4;
/** MX hosts whose addresses are resolved for the STARTTLS probe. */
const MAX_MX_HOSTS = 16;
/** The system resolver's label in messages. */
const SYSTEM_RESOLVER = "the system resolver";
/** `ip:port` as the resolver library takes it (IPv6 in brackets). */
function serverAddress(address, port) {
    return address.includes(":") ? `[${address}]:${port}` : `${address}:${port}`;
}
function strip(name) {
    return normalizeHost(name);
}
const QUERIES = {
    // RFC 8461 §3.1, RFC 8460 §3: a record's character-strings are joined without separators.
    TXT: async (r, n) => (await r.resolveTxt(n)).map((chunks) => chunks.join("")),
    MX: async (r, n) => (await r.resolveMx(n)).map((mx) => `${mx.priority} ${strip(mx.exchange) || "."}`),
    A: (r, n) => r.resolve4(n),
    AAAA: (r, n) => r.resolve6(n),
    NS: async (r, n) => (await r.resolveNs(n)).map(strip),
    SOA: async (r, n) => [String((await r.resolveSoa(n)).serial)],
    CNAME: async (r, n) => (await r.resolveCname(n)).map(strip),
};
/**
 * Asks one question with one total deadline. The library's own timeout and retry keep a lost
 * packet from failing the question; the outer deadline cancels whatever is still in flight,
 * so a server that never answers costs `timeoutMs` and no more.
 */
async function query(server, name, type, timeoutMs) {
    const resolver = new promises_namespaceObject.Resolver({ timeout: Math.max(50, Math.floor(timeoutMs / 2)), tries: 2 });
    if (server.servers.length > 0)
        resolver.setServers(server.servers);
    try {
        const values = await withDeadline(QUERIES[type](resolver, name), timeoutMs, () => resolver.cancel());
        return { status: values.length > 0 ? "answer" : "nodata", values };
    }
    catch (err) {
        if (err instanceof DeadlineError)
            return { status: "timeout", values: [], code: "ETIMEOUT" };
        const code = err.code ?? "ERROR";
        return { status: STATUS_BY_CODE[code] ?? "error", values: [], code };
    }
}
/**
 * Asks `type` at `name` and records the CNAME chain on the way. A recursive resolver follows
 * the chain itself (the answer is the final target's records); the chain is asked hop by hop
 * only to name it in messages and to compare it with a CNAME in the zone (RFC 8461 §8.2
 * delegation).
 */
async function ask(server, name, type, timeoutMs, followChain = false) {
    const [direct, cnames] = await Promise.all([
        query(server, name, type, timeoutMs),
        followChain ? dns_cnameChain(server, name, timeoutMs) : Promise.resolve([]),
    ]);
    const answer = {
        name,
        type,
        status: direct.status,
        values: direct.values,
        cnames,
        server: server.label,
    };
    if (direct.code !== undefined && direct.status !== "answer")
        answer.code = direct.code;
    return answer;
}
/** The CNAME chain from `name`, hop by hop, all hops within one deadline together. */
async function dns_cnameChain(server, name, timeoutMs) {
    const chain = [];
    const deadlineAt = Date.now() + timeoutMs;
    let current = name;
    while (chain.length < MAX_CNAME_HOPS) {
        const left = deadlineAt - Date.now();
        if (left <= 0)
            break;
        const hop = await query(server, current, "CNAME", left);
        const target = hop.status === "answer" ? hop.values[0] : undefined;
        if (target === undefined || chain.includes(target))
            break;
        chain.push(target);
        current = target;
    }
    return chain;
}
/** The MTA-STS questions of a domain, asked of one server at once. */
async function askQuestions(server, domain, timeoutMs) {
    const host = policyHostName(domain);
    const [stsTxt, tlsrptTxt, mx, policyHostA, policyHostAaaa] = await Promise.all([
        ask(server, stsRecordName(domain), "TXT", timeoutMs, true),
        ask(server, tlsrptRecordName(domain), "TXT", timeoutMs, true),
        ask(server, domain, "MX", timeoutMs),
        ask(server, host, "A", timeoutMs, true),
        ask(server, host, "AAAA", timeoutMs),
    ]);
    return { stsTxt, tlsrptTxt, mx, policyHostA, policyHostAaaa };
}
/** A host's A and AAAA records from one server. */
async function hostAddresses(server, host, timeoutMs) {
    const [a, aaaa] = await Promise.all([
        ask(server, host, "A", timeoutMs),
        ask(server, host, "AAAA", timeoutMs),
    ]);
    return { host, a, aaaa };
}
/** The MX hosts of a live MX answer (a null MX is no host). */
function mxHostsOf(mx) {
    const hosts = mx.values.map((v) => v.slice(v.indexOf(" ") + 1)).filter((h) => h !== ".");
    return [...new Set(hosts)];
}
/**
 * The domain's name servers: the live NS answer at the domain or, when the domain is no zone
 * apex, at the nearest parent that has one (short of the top-level domain).
 */
async function liveNameServers(server, domain, timeoutMs) {
    let name = domain;
    for (;;) {
        const answer = await ask(server, name, "NS", timeoutMs);
        const parent = name.slice(name.indexOf(".") + 1);
        if (answer.status === "answer" || !parent.includes(".") || answer.status !== "nodata") {
            return { answer, apex: name };
        }
        name = parent;
    }
}
/** NS names in the zone file at the domain, else at the zone's origin above it. */
function zoneNameServers(zone, domain) {
    if (!zone)
        return [];
    const at = (name) => recordsAt(zone, name, "NS").flatMap((r) => (r.data?.kind === "NAME" ? [r.data.target] : []));
    const own = at(domain);
    return own.length > 0 || zone.origin === undefined ? own : at(zone.origin);
}
/** Asks every authoritative server address the same questions, plus the SOA serial. */
async function askNameServers(names, apex, domain, resolver, options) {
    const port = options.nameServerPort ?? 53;
    const resolved = await Promise.all([...names].slice(0, MAX_NAME_SERVERS).map(async ([name, from]) => {
        const { a, aaaa } = await hostAddresses(resolver, name, options.timeoutMs);
        const addresses = [...a.values, ...aaaa.values].slice(0, MAX_ADDRESSES_PER_SERVER);
        return addresses.map((address) => ({ name, address, from }));
    }));
    return Promise.all(resolved.flat().map(async ({ name, address, from }) => {
        const view = { name, address, from };
        const verdict = guardAddress(address, options.allowPrivateAddresses);
        if (!verdict.allowed) {
            view.refusedCategory = verdict.category;
            return view;
        }
        const server = {
            servers: [serverAddress(address, port)],
            label: `${name} (${address})`,
        };
        const [answers, soaSerial] = await Promise.all([
            askQuestions(server, domain, options.timeoutMs),
            ask(server, apex, "SOA", options.timeoutMs),
        ]);
        view.answers = answers;
        view.soaSerial = soaSerial;
        return view;
    }));
}
/**
 * The DNS probe of one policy domain: the MTA-STS questions through the configured resolver,
 * the addresses of each live MX host, then the same questions of each authoritative server.
 * Every question has the probe deadline; the stages run one after another, the questions of
 * a stage at once.
 */
async function probeDns(input, options) {
    const resolvers = options.resolvers ?? [];
    const resolver = {
        servers: resolvers,
        label: resolvers.length > 0 ? resolvers.join(", ") : SYSTEM_RESOLVER,
    };
    const [answers, ns] = await Promise.all([
        askQuestions(resolver, input.domain, options.timeoutMs),
        liveNameServers(resolver, input.domain, options.timeoutMs),
    ]);
    const names = new Map();
    for (const name of zoneNameServers(input.zone, input.domain))
        names.set(name, ["zone"]);
    for (const name of ns.answer.values)
        names.set(name, [...(names.get(name) ?? []), "live"]);
    const [mxHosts, nameServers] = await Promise.all([
        mapBounded(mxHostsOf(answers.mx).slice(0, MAX_MX_HOSTS), MAX_MX_HOSTS, (host) => hostAddresses(resolver, host, options.timeoutMs)),
        askNameServers(names, ns.apex, input.domain, resolver, options),
    ]);
    return { resolver: resolver.label, answers, mxHosts, ns: ns.answer, nameServers };
}

;// CONCATENATED MODULE: external "node:http"
const external_node_http_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http");
;// CONCATENATED MODULE: external "node:tls"
const external_node_tls_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:tls");
;// CONCATENATED MODULE: ./src/parse/policy.ts




/**
 * The policy file of RFC 8461 §3.2, read line by line against its ABNF:
 *
 *   sts-policy-record = sts-policy-field *WSP *(sts-policy-term sts-policy-field *WSP)
 *                       [sts-policy-term]
 *   sts-policy-term   = LF / CRLF                      (errata 6253: LF is fine)
 *   field             = name ":" *WSP value
 *
 * Every deviation becomes an issue with its exact columns; where the intent is still clear
 * (an indented policy, "mode : enforce", a trailing "# comment") the field is returned with
 * `recovered: true`, so that one mistake yields one finding instead of "field missing" ones.
 */
/** Why a wrong line matters, said once and reused by the messages below. */
const STRICT_SENDERS = "senders that follow the ABNF reject the whole policy (TLS-RPT result type sts-policy-invalid)";
/**
 * Splits the text the way positions are counted (LineIndex): LF, CRLF and a lone CR end a line.
 * Lines are numbered from `firstLine` (a body that starts inside a larger file, after front matter).
 */
function splitLines(text, firstLine) {
    const lines = [];
    let start = 0;
    let i = 0;
    while (i < text.length) {
        const c = text.charCodeAt(i);
        if (c === 10 || c === 13) {
            const crlf = c === 13 && text.charCodeAt(i + 1) === 10;
            const terminator = c === 10 ? "LF" : crlf ? "CRLF" : "CR";
            lines.push({ number: firstLine + lines.length, content: text.slice(start, i), terminator });
            i += crlf ? 2 : 1;
            start = i;
        }
        else {
            i++;
        }
    }
    // Text after the last line end is a line; nothing after it is not (a final line end is fine).
    if (start < text.length) {
        lines.push({ number: firstLine + lines.length, content: text.slice(start), terminator: "" });
    }
    return lines;
}
function policy_isBlank(content) {
    return wspRun(content, 0) === content.length;
}
function policy_utf8Length(text) {
    return Buffer.byteLength(text, "utf8");
}
function groupBadBytes(bytes, bad) {
    const byLine = new Map();
    for (const b of bad) {
        let columns = byLine.get(b.line);
        if (!columns) {
            columns = new Map();
            byLine.set(b.line, columns);
        }
        const list = columns.get(b.column);
        if (list)
            list.push(bytes[b.offset]);
        else
            columns.set(b.column, [bytes[b.offset]]);
    }
    return byLine;
}
/**
 * Parses a policy body (the bytes of a local file or of a live fetch). Never throws: every
 * problem is an issue of kind `syntax` or `blank-line`.
 */
function parsePolicy(input, source, options = {}) {
    const firstLine = options.firstLine ?? 1;
    const start = span(firstLine, 1, firstLine, 1);
    let text;
    let hasBom;
    let badBytes = new Map();
    let byteLength;
    if (typeof input === "string") {
        hasBom = input.startsWith("\uFEFF");
        text = hasBom ? input.slice(1) : input;
        byteLength = policy_utf8Length(input);
    }
    else {
        const decoded = decodeText(input);
        byteLength = input.length;
        if (!decoded.isText) {
            return {
                source,
                byteLength,
                lineEnding: "none",
                fields: [],
                issues: [
                    {
                        kind: "syntax",
                        span: start,
                        message: `The policy is ${decoded.reason ?? "not a text file"}: RFC 8461 §3.2 requires UTF-8 text lines "name: value", so every sender rejects it (sts-policy-invalid). Serve the plain-text policy instead.`,
                    },
                ],
                lineCount: firstLine,
                start,
            };
        }
        text = decoded.text;
        hasBom = decoded.hasBom;
        badBytes = groupBadBytes(input, decoded.badBytes);
    }
    const lines = splitLines(text, firstLine);
    const issues = [];
    const fields = [];
    if (hasBom)
        issues.push(bomIssue(start));
    const trailingStart = trailingBlankStart(lines);
    for (const [index, line] of lines.entries()) {
        const previous = lines[index - 1];
        const afterBareCr = previous?.terminator === "CR";
        if (line.terminator === "CR")
            issues.push(bareCrIssue(line));
        if (policy_isBlank(line.content)) {
            // "a\r\r\n" leaves an empty line that the bare CR issue already explains.
            const madeByBareCr = afterBareCr && line.content === "";
            if (index < trailingStart && !madeByBareCr)
                issues.push(blankLineIssue(line));
            continue;
        }
        const parsed = parseLine(line, {
            // Bad bytes are located within the body, counted from its first line.
            badBytes: badBytes.get(index + 1),
            forceRecovered: (hasBom && index === 0) || afterBareCr || line.terminator === "CR",
        });
        issues.push(...parsed.issues);
        if (parsed.field)
            fields.push(parsed.field);
    }
    const trailing = trailingBlankIssue(lines, trailingStart, firstLine);
    if (trailing)
        issues.push(trailing);
    // In reading order, as annotations are listed (the sort is stable within one column).
    issues.sort((a, b) => a.span.line - b.span.line || a.span.column - b.span.column);
    return {
        source,
        byteLength,
        lineEnding: lineEndingOf(lines),
        fields,
        issues,
        lineCount: firstLine - 1 + Math.max(1, lines.length),
        start,
    };
}
function lineEndingOf(lines) {
    const lf = lines.some((l) => l.terminator === "LF");
    const crlf = lines.some((l) => l.terminator === "CRLF");
    if (lf && crlf)
        return "mixed";
    if (crlf)
        return "CRLF";
    if (lf)
        return "LF";
    return "none";
}
/** Index of the first line of the run of blank lines that ends the file (lines.length if none). */
function trailingBlankStart(lines) {
    let start = lines.length;
    while (start > 0 && policy_isBlank(lines[start - 1].content))
        start--;
    return start;
}
function trailingBlankIssue(lines, start, firstLine) {
    // Empty lines made by a bare CR ("a\r\r\n") are explained by the bare CR issue.
    const run = lines
        .slice(start)
        .filter((l, i, all) => !(l.content === "" && (all[i - 1] ?? lines[start - 1])?.terminator === "CR"));
    if (run.length === 0)
        return undefined;
    const first = run[0];
    const last = run[run.length - 1];
    const where = run.length === 1
        ? `Line ${first.number} is an empty line`
        : `Lines ${first.number}–${last.number} are empty lines`;
    const what = first.number === firstLine
        ? `${where}: the policy has no field at all.`
        : `${where} at the end of the file: the policy ends with more than one line end.`;
    return {
        kind: "blank-line",
        span: span(first.number, 1, last.number, last.content.length + 1),
        message: `${what} RFC 8461 §3.2 allows one final line end and no empty line; several parsers stop at an empty line or fail on it. Remove the extra lines.`,
    };
}
function blankLineIssue(line) {
    const kind = line.content === "" ? "an empty line" : "a line of only spaces or tabs";
    return {
        kind: "blank-line",
        span: spanOnLine(line.number, 1, line.content.length),
        message: `Line ${line.number} is ${kind}. RFC 8461 §3.2 has no empty lines between fields: several parsers stop at an empty line (losing every field after it) or fail, and strict ones reject the policy. Remove the line.`,
    };
}
function bomIssue(start) {
    return {
        kind: "syntax",
        span: start,
        message: `The file starts with a UTF-8 byte order mark (bytes EF BB BF). RFC 8461 §3.2 allows nothing before the first field name: parsers that do not strip the mark (postfix-mta-sts-resolver decodes plain UTF-8) read the first name as "\\uFEFF" plus the name, so that field is lost. Save the file as UTF-8 without BOM.`,
    };
}
function bareCrIssue(line) {
    const column = line.content.length + 1;
    return {
        kind: "syntax",
        span: spanOnLine(line.number, column, 1),
        message: `Line ${line.number} ends with a carriage return (CR) that no line feed follows. RFC 8461 §3.2 ends lines with LF or CRLF only: parsers that split lines at LF only (Stalwart among them) read this line and the next as one, so their fields run together and are lost. Use LF or CRLF line ends.`,
    };
}
function withoutControls(content) {
    let text = "";
    const origin = [];
    for (let i = 0; i < content.length; i++) {
        if (isControlChar(content[i]))
            continue;
        text += content[i];
        origin.push(i);
    }
    origin.push(content.length);
    return { text, origin };
}
function parseLine(line, ctx) {
    const issues = [];
    const clean = withoutControls(line.content);
    /** Span of clean[start, end) on this line, in raw columns. */
    const spanOf = (start, end) => {
        const from = clean.origin[start] + 1;
        const to = end > start ? clean.origin[end - 1] + 2 : from;
        return span(line.number, from, line.number, to);
    };
    issues.push(...controlCharIssues(line), ...badByteIssues(line, ctx.badBytes));
    const lineHasBadBytes = (ctx.badBytes?.size ?? 0) > 0;
    const text = clean.text;
    const lead = wspRun(text, 0);
    if (lead === text.length)
        return { issues }; // only control characters and whitespace
    if (text[lead] === "#") {
        issues.push({
            kind: "syntax",
            span: spanOf(lead, text.length),
            message: `Line ${line.number} is a comment. RFC 8461 §3.2 has no comments: ${STRICT_SENDERS}; Stalwart reads everything up to the next ":" as one field name, so a comment can swallow the field that follows it. Remove the line (keep notes in the repository's README instead).`,
        });
        return { issues };
    }
    const leadIssue = (name) => ({
        kind: "syntax",
        span: spanOf(0, lead),
        message: `Line ${line.number} starts with ${describeWhitespace(text.slice(0, lead))} before the field name ${wording_quoted(name)}. RFC 8461 §3.2 allows none: postfix-mta-sts-resolver does not trim field names, so it reads an unknown field " ${name}" and misses ${wording_quoted(name)}, and ${STRICT_SENDERS}. Remove the indentation.`,
    });
    const colon = text.indexOf(":", lead);
    if (colon < 0) {
        const recovered = noColonLine(line, text, lead, spanOf);
        if (recovered.field && lead > 0)
            recovered.issues.push(leadIssue(recovered.field.name));
        const fix = recovered.issues[0].fix;
        const all = [...issues, ...recovered.issues];
        return {
            field: recovered.field,
            issues: fix && !lineHasBadBytes ? all.map(withFix(fix)) : all,
        };
    }
    const nameEnd = endBeforeTrailingWsp(text, lead, colon);
    const name = text.slice(lead, nameEnd);
    if (name.length === 0) {
        issues.push({
            kind: "syntax",
            span: spanOf(lead, colon + 1),
            message: `Line ${line.number} has no field name before ":". RFC 8461 §3.2 lines are "name: value"; ${STRICT_SENDERS}. Write the field name before the colon, or remove the line.`,
        });
        return { issues };
    }
    if (lead > 0)
        issues.push(leadIssue(name));
    if (nameEnd < colon) {
        issues.push({
            kind: "syntax",
            span: spanOf(nameEnd, colon),
            message: `Line ${line.number} has ${describeWhitespace(text.slice(nameEnd, colon))} between the field name ${wording_quoted(name)} and ":". RFC 8461 §3.2 puts the colon right after the name: postfix-mta-sts-resolver reads the field as ${wording_quoted(text.slice(lead, colon))} and misses ${wording_quoted(name)}, and ${STRICT_SENDERS}. Remove the space.`,
        });
    }
    const nameProblem = extensionNameProblem(name);
    if (nameProblem) {
        issues.push({
            kind: "syntax",
            span: spanOf(lead, nameEnd),
            message: `${wording_quoted(name)} on line ${line.number} is not a valid field name: ${nameProblem.problem}. RFC 8461 §3.2 names are a letter or digit followed by up to 31 letters, digits, "_", "-" or "."; ${STRICT_SENDERS}. Correct the name or remove the line.`,
        });
        return { issues };
    }
    const valueStart = colon + 1 + wspRun(text, colon + 1);
    let valueEnd = endBeforeTrailingWsp(text, valueStart);
    let fixable = !lineHasBadBytes;
    if (isKnownField(name)) {
        // The four RFC fields (RFC 8461 §3.2) take values without spaces, so " #" can only be meant as a comment.
        const comment = /[ \t]+#/.exec(text.slice(colon + 1, valueEnd));
        if (comment) {
            const commentStart = colon + 1 + comment.index;
            const commentText = text.slice(commentStart, valueEnd).trim();
            valueEnd = endBeforeTrailingWsp(text, valueStart, commentStart);
            issues.push({
                kind: "syntax",
                span: spanOf(commentStart, text.length),
                message: `${wording_quoted(commentText)} after the ${wording_quoted(name)} value on line ${line.number} is not a comment: RFC 8461 §3.2 has no comments, so senders read it as part of the value (${wording_quoted(text.slice(valueStart, text.length).trim())}), which makes the field invalid. Remove it.`,
            });
        }
    }
    if (valueEnd <= valueStart && isKnownField(name)) {
        // "mode:" alone is a bad value of a known field: its own rule reports it (policy-mode,
        // policy-mx-invalid, ...), so the field is kept with an empty value (rules.md, "One root
        // cause, one finding"). Whatever else broke the line is still reported here.
        const recovered = issues.length > 0 || ctx.forceRecovered;
        const valueSpan = spanOf(valueStart, valueStart);
        return {
            field: policyField(line, name, "", spanOf(lead, nameEnd), valueSpan, recovered),
            issues,
        };
    }
    if (valueEnd <= valueStart) {
        issues.push({
            kind: "syntax",
            span: spanOf(colon, text.length),
            message: `The field ${wording_quoted(name)} on line ${line.number} has no value. RFC 8461 §3.2 requires a value after "${name}:"; ${STRICT_SENDERS}. Give the value or remove the line.`,
        });
        return { issues };
    }
    const value = text.slice(valueStart, valueEnd);
    const tab = value.indexOf("\t");
    if (tab >= 0) {
        issues.push({
            kind: "syntax",
            span: spanOf(valueStart + tab, valueStart + tab + 1),
            message: `The value of ${wording_quoted(name)} on line ${line.number} contains a tab. RFC 8461 §3.2 allows only spaces between the characters of a value (a tab is a control character there); ${STRICT_SENDERS}. Replace the tab with a space.`,
        });
    }
    const field = policyField(line, name, value, spanOf(lead, nameEnd), spanOf(valueStart, valueEnd), issues.length > 0 || ctx.forceRecovered);
    if (!fixable || issues.length === 0)
        return { field, issues };
    const fix = `${name}: ${value.replace(/\t/g, " ")}`;
    fixable = fix !== line.content;
    return { field, issues: fixable ? issues.map(withFix(fix)) : issues };
}
/** A field read from `line`; its line span always covers the whole line without its line end. */
function policyField(line, name, value, nameSpan, valueSpan, recovered) {
    const lineSpan = spanOnLine(line.number, 1, line.content.length);
    return { name, value, line: line.number, lineSpan, nameSpan, valueSpan, recovered };
}
/** Attaches the corrected line to the issues a rewrite of the line repairs. */
function withFix(fix) {
    return (issue) => (issue.fix ? issue : { ...issue, fix });
}
/**
 * A line without ":". When it is a known field written "name value" or "name=value" (the TXT
 * record's syntax) the intent is clear: the field is recovered and a corrected line offered.
 */
function noColonLine(line, text, lead, spanOf) {
    const known = /^([A-Za-z0-9_.-]+)([ \t]*=[ \t]*|[ \t]+)(\S.*)$/.exec(text.slice(lead, endBeforeTrailingWsp(text, lead)));
    if (!known || !isKnownField(known[1])) {
        return {
            issues: [
                {
                    kind: "syntax",
                    span: spanOf(lead, text.length),
                    message: `Line ${line.number} has no ":". RFC 8461 §3.2 lines are "name: value"; ${STRICT_SENDERS}, and Stalwart reads everything up to the next ":" as one field name, swallowing the field on the following line. Write the line as "name: value" or remove it.`,
                },
            ],
        };
    }
    const [, name, separator, value] = known;
    const nameEnd = lead + name.length;
    const valueStart = nameEnd + separator.length;
    const valueEnd = valueStart + value.length;
    const fix = `${name}: ${value}`;
    const how = separator.includes("=")
        ? `uses "=" (the TXT record's syntax) instead of ":" after ${wording_quoted(name)}`
        : `has no ":" after ${wording_quoted(name)}`;
    return {
        field: policyField(line, name, value, spanOf(lead, nameEnd), spanOf(valueStart, valueEnd), true),
        issues: [
            {
                kind: "syntax",
                span: spanOf(lead, text.length),
                message: `Line ${line.number} ${how}. RFC 8461 §3.2 lines are "name: value": postfix-mta-sts-resolver and Stalwart miss the ${wording_quoted(name)} field, and ${STRICT_SENDERS}. Write "${fix}".`,
                fix,
            },
        ],
    };
}
/** One issue per run of adjacent control characters (a NUL-padded line is one finding). */
function controlCharIssues(line) {
    const out = [];
    const c = line.content;
    let i = 0;
    while (i < c.length) {
        if (!isControlChar(c[i])) {
            i++;
            continue;
        }
        let end = i + 1;
        while (end < c.length && isControlChar(c[end]))
            end++;
        const what = end - i === 1
            ? `the control character ${describeChar(c[i])}`
            : `${end - i} control characters (first ${describeChar(c[i])})`;
        out.push({
            kind: "syntax",
            span: span(line.number, i + 1, line.number, end + 1),
            message: `Line ${line.number} contains ${what} at column ${i + 1}. RFC 8461 §3.2 allows no control characters in a policy; ${STRICT_SENDERS}, and others read a different name or value. Remove ${end - i === 1 ? "it" : "them"}.`,
        });
        i = end;
    }
    return out;
}
/** One issue per run of adjacent replacement characters that came from invalid UTF-8. */
function badByteIssues(line, bad) {
    if (!bad || bad.size === 0)
        return [];
    const columns = [...bad.keys()].sort((a, b) => a - b);
    const out = [];
    let i = 0;
    while (i < columns.length) {
        let j = i;
        while (j + 1 < columns.length && columns[j + 1] === columns[j] + 1)
            j++;
        const bytes = columns.slice(i, j + 1).flatMap((col) => bad.get(col) ?? []);
        const hex = bytes.map((b) => `0x${b.toString(16).toUpperCase().padStart(2, "0")}`).join(" ");
        // A lone byte 0xA0–0xFF is almost always a Latin-1/Windows-1252 letter such as "é".
        const latin1 = bytes.length === 1 && bytes[0] >= 0xa0;
        const hint = latin1
            ? ` It looks like ISO-8859-1 or Windows-1252 ("${String.fromCharCode(bytes[0])}"): save the file as UTF-8.`
            : " Save the file as UTF-8.";
        out.push({
            kind: "syntax",
            span: span(line.number, columns[i], line.number, columns[j] + 1),
            message: `Line ${line.number} has ${bytes.length === 1 ? "a byte" : "bytes"} that ${bytes.length === 1 ? "is" : "are"} not valid UTF-8 (${hex}) at column ${columns[i]}. RFC 8461 §3.2 policies are UTF-8: senders that decode strictly reject the whole policy (sts-policy-invalid), others read a different value.${hint}`,
        });
        i = j + 1;
    }
    return out;
}

;// CONCATENATED MODULE: ./src/probes/tls-verdict.ts

/** Longest server-provided string kept in an observation (banners, headers, names). */
const SERVER_TEXT_LIMIT = 300;
/** Server text cut to a bounded length; it stays data (escaping is the report layer's job). */
function clip(text, limit = SERVER_TEXT_LIMIT) {
    return text.length > limit ? `${text.slice(0, limit - 1)}…` : text;
}
const contexts = new WeakMap();
/**
 * The trust anchors for PKIX validation: Node's bundled roots plus the configured extra CAs,
 * as a secure context built once per CA list (parsing the roots for every connection would
 * cost milliseconds each in runs of thousands of probes). Undefined keeps Node's default
 * store (the same roots, plus NODE_EXTRA_CA_CERTS) when no extra CA is configured.
 */
function trustContext(options) {
    const extra = options.ca;
    if (!extra || extra.length === 0)
        return undefined;
    let context = contexts.get(extra);
    if (!context) {
        context = (0,external_node_tls_namespaceObject.createSecureContext)({ ca: [...external_node_tls_namespaceObject.rootCertificates, ...extra] });
        contexts.set(extra, context);
    }
    return context;
}
/** OpenSSL verification codes, by what they mean for a sender. */
const PROBLEM_BY_CODE = {
    CERT_HAS_EXPIRED: "expired",
    CERT_NOT_YET_VALID: "not-yet-valid",
    DEPTH_ZERO_SELF_SIGNED_CERT: "self-signed",
    SELF_SIGNED_CERT_IN_CHAIN: "untrusted",
    UNABLE_TO_VERIFY_LEAF_SIGNATURE: "incomplete-chain",
    UNABLE_TO_GET_ISSUER_CERT: "incomplete-chain",
    UNABLE_TO_GET_ISSUER_CERT_LOCALLY: "untrusted",
    CERT_UNTRUSTED: "untrusted",
    CERT_REJECTED: "untrusted",
    CERT_SIGNATURE_FAILURE: "untrusted",
    ERR_TLS_CERT_ALTNAME_INVALID: "host-mismatch",
};
/** RFC 8460 §4.3.1: the result type a sender puts in its TLS-RPT report for the problem. */
function resultTypeOf(problem) {
    switch (problem) {
        case "expired":
            return "certificate-expired";
        case "host-mismatch":
            return "certificate-host-mismatch";
        case "other":
            return "validation-failure";
        default:
            // Not yet valid, self-signed, untrusted root, missing intermediate: all
            // "certificate-not-trusted", the RFC's label for certificate and chain errors.
            return "certificate-not-trusted";
    }
}
function failed(code, detail) {
    const problem = PROBLEM_BY_CODE[code] ?? "other";
    return { valid: false, problem, resultType: resultTypeOf(problem), code, detail: clip(detail) };
}
/**
 * Judges a finished handshake the way a sender does (RFC 8461 §4.2, RFC 6125 names): the chain
 * must validate against the trust anchors, and the leaf must name `host` (a wildcard covers
 * exactly one left-most label). The socket was opened with `rejectUnauthorized: false` so that
 * the certificate can still be described when it fails.
 */
function judgeCertificate(socket, host) {
    if (!socket.authorized) {
        const err = socket.authorizationError;
        const code = typeof err === "string" ? err : (err?.code ?? "UNKNOWN");
        const text = err instanceof Error ? err.message : String(err);
        return failed(code, text);
    }
    const peer = socket.getPeerCertificate();
    const mismatch = (0,external_node_tls_namespaceObject.checkServerIdentity)(host, peer);
    if (mismatch)
        return failed("ERR_TLS_CERT_ALTNAME_INVALID", mismatch.message);
    return { valid: true };
}
const DAY_MS = 86_400_000;
function nameOf(entity) {
    if (!entity)
        return undefined;
    const pick = (v) => (Array.isArray(v) ? v[0] : v);
    const parts = [pick(entity.O), pick(entity.CN)].filter((p) => !!p);
    return parts.length > 0 ? clip(parts.join(" ")) : undefined;
}
/** The leaf certificate as the summary shows it; days counted on the probe's clock. */
function describeCertificate(peer, options) {
    if (!peer?.valid_to)
        return undefined;
    const validTo = new Date(peer.valid_to);
    const validFrom = new Date(peer.valid_from);
    const dnsNames = (peer.subjectaltname ?? "")
        .split(", ")
        .filter((s) => s.startsWith("DNS:"))
        .map((s) => clip(s.slice(4)))
        .slice(0, 50);
    const subject = nameOf(peer.subject);
    return {
        subject: peer.subject?.CN ? clip(String(peer.subject.CN)) : subject,
        issuer: nameOf(peer.issuer),
        dnsNames,
        validFrom: validFrom.toISOString(),
        validTo: validTo.toISOString(),
        daysLeft: Math.floor((validTo.getTime() - options.now().getTime()) / DAY_MS),
        expiryThresholdDays: options.certExpiryDays,
        fingerprint256: peer.fingerprint256,
    };
}
/** A socket-level error as one plain line (ECONNREFUSED → "connection refused"). */
function describeSocketError(err) {
    const code = err?.code;
    const known = {
        ECONNREFUSED: "connection refused",
        ECONNRESET: "connection reset by the server",
        EHOSTUNREACH: "host unreachable",
        ENETUNREACH: "network unreachable",
        EADDRNOTAVAIL: "address not available on this machine",
        EPIPE: "connection closed by the server",
    };
    if (code && known[code])
        return known[code];
    if (code === "ERR_SSL_WRONG_VERSION_NUMBER" || code === "ERR_SSL_PACKET_LENGTH_TOO_LONG")
        return "the server does not speak TLS on this port (plain HTTP or another protocol?)";
    // e.g. ERR_SSL_SSLV3_ALERT_HANDSHAKE_FAILURE, ERR_SSL_TLSV1_UNRECOGNIZED_NAME: the server ended
    // the handshake, typically because it has no certificate for the name asked for (SNI).
    const alert = code ? /^ERR_SSL_(?:SSLV3|TLSV1)_(?:ALERT_)?(.+)$/.exec(code) : null;
    if (alert)
        return `the server aborted the TLS handshake (alert: ${alert[1].toLowerCase().replace(/_/g, " ")}); often it has no certificate for this name`;
    const message = err instanceof Error ? err.message : String(err);
    return clip(message);
}

;// CONCATENATED MODULE: ./src/probes/https.ts






const USER_AGENT = "mta-sts-lint (policy fetch as RFC 8461 §3.3 senders do)";
/** `https://host[:port]/.well-known/mta-sts.txt`. */
function https_policyUrl(host, port) {
    return `https://${host}${port === 443 ? "" : `:${port}`}${records_WELL_KNOWN_PATH}`;
}
const PHASE_WORDS = {
    connect: "the TCP connection was not established",
    tls: "the TLS handshake did not finish",
    headers: "the server sent no HTTP answer",
    body: "the body did not arrive completely",
};
function headerText(res, name) {
    const v = res.headers[name];
    const text = Array.isArray(v) ? v[0] : v;
    return text === undefined ? undefined : clip(text);
}
/**
 * One GET of the policy from one address, as a sender does it: SNI and certificate name =
 * the policy host, no redirects followed, at most POLICY_BODY_LIMIT bytes read, and one
 * deadline for everything: at `deadlineAt` the socket is destroyed whatever phase it is in,
 * so a server that trickles bytes cannot stretch the fetch.
 */
function fetchFrom(host, url, target, options, deadlineAt, connectTimeoutMs) {
    return new Promise((resolve) => {
        let phase = "connect";
        let settled = false;
        let tls;
        let certificate;
        const socket = (0,external_node_tls_namespaceObject.connect)({
            host: target.address,
            port: options.ports.https,
            servername: host,
            secureContext: trustContext(options),
            // Validation is judged after the handshake, so the certificate can be described too.
            rejectUnauthorized: false,
            ALPNProtocols: ["http/1.1"],
        });
        const finish = (result) => {
            if (settled)
                return;
            settled = true;
            clearTimeout(timer);
            clearTimeout(connectTimer);
            socket.destroy();
            resolve({ tls, certificate, ...result });
        };
        const budget = Math.max(0, deadlineAt - Date.now());
        const timer = setTimeout(() => finish({
            outcome: "timeout",
            phase,
            error: `timed out after ${options.timeoutMs} ms: ${PHASE_WORDS[phase]}`,
        }), budget);
        // An address that never completes the TCP connect must not use up the whole deadline:
        // it gets its own share, and the next address is tried (as senders fail over).
        const connectTimer = setTimeout(() => finish({
            outcome: "timeout",
            phase: "connect",
            error: `timed out after ${connectTimeoutMs} ms: ${PHASE_WORDS.connect}`,
        }), Math.min(budget, connectTimeoutMs));
        socket.once("connect", () => {
            clearTimeout(connectTimer);
            phase = "tls";
        });
        socket.on("error", (err) => {
            const outcome = phase === "connect" ? "connect-failed" : phase === "tls" ? "tls-failed" : "protocol-error";
            const reason = describeSocketError(err);
            finish({
                outcome,
                phase,
                error: phase === "tls" ? `TLS handshake failed: ${reason}` : reason,
            });
        });
        socket.once("secureConnect", () => {
            tls = judgeCertificate(socket, host);
            certificate = describeCertificate(socket.getPeerCertificate(), options);
            // A sender stops at an invalid certificate (RFC 8461 §3.3); so do we.
            if (!tls.valid)
                return finish({ outcome: "cert-invalid", phase: "tls" });
            phase = "headers";
            const req = (0,external_node_http_namespaceObject.request)({
                createConnection: () => socket,
                method: "GET",
                path: records_WELL_KNOWN_PATH,
                headers: {
                    host: options.ports.https === 443 ? host : `${host}:${options.ports.https}`,
                    "user-agent": USER_AGENT,
                    accept: "text/plain",
                    connection: "close",
                },
            });
            req.on("error", (err) => finish({ outcome: "protocol-error", phase, error: describeSocketError(err) }));
            req.on("response", (res) => {
                phase = "body";
                const status = res.statusCode ?? 0;
                const response = {
                    status,
                    location: headerText(res, "location"),
                    contentType: headerText(res, "content-type"),
                    bytesRead: 0,
                    truncated: false,
                };
                // Senders read the body of a 200 only; any other answer is already the verdict.
                if (status !== 200)
                    return finish({ outcome: "ok", response });
                const chunks = [];
                res.on("data", (chunk) => {
                    const room = POLICY_BODY_LIMIT + 1 - response.bytesRead;
                    chunks.push(chunk.subarray(0, room));
                    response.bytesRead += Math.min(chunk.length, room);
                    if (response.bytesRead > POLICY_BODY_LIMIT) {
                        response.truncated = true;
                        finish({ outcome: "ok", response });
                    }
                });
                res.on("end", () => {
                    if (mediaType(response.contentType) === "text/plain")
                        response.body = parsePolicy(Buffer.concat(chunks), { url });
                    finish({ outcome: "ok", response });
                });
                res.on("error", (err) => finish({ outcome: "protocol-error", phase, error: describeSocketError(err) }));
                res.on("aborted", () => finish({
                    outcome: "protocol-error",
                    phase,
                    error: "the server closed the connection mid-body",
                }));
            });
            req.end();
        });
    });
}
/** Whether port 80 answers HTTP at all, within what is left of the deadline. */
function checkPlainHttp(host, target, options, deadlineAt) {
    return new Promise((resolve) => {
        let settled = false;
        const done = (check) => {
            if (settled)
                return;
            settled = true;
            clearTimeout(timer);
            req.destroy();
            resolve(check);
        };
        const req = (0,external_node_http_namespaceObject.request)({
            host: target.address,
            family: target.family,
            port: options.ports.http,
            method: "GET",
            path: records_WELL_KNOWN_PATH,
            headers: { host, "user-agent": USER_AGENT, connection: "close" },
        });
        const timer = setTimeout(() => done({ port: options.ports.http }), Math.max(0, deadlineAt - Date.now()));
        req.on("response", (res) => done({ port: options.ports.http, status: res.statusCode }));
        req.on("error", () => done({ port: options.ports.http }));
        req.end();
    });
}
/** Failures below HTTP, where plain-HTTP-only hosting is the usual explanation. */
function failedBelowHttp(outcome) {
    return outcome === "connect-failed" || outcome === "timeout" || outcome === "tls-failed";
}
/** The TCP connect of one attempt failed or timed out: the next address gets its turn. */
function notConnected(attempt) {
    return (attempt.phase === "connect" &&
        (attempt.outcome === "connect-failed" || attempt.outcome === "timeout"));
}
/**
 * The fetch over one address family: the addresses in order until one connects (as senders
 * fail over), all under one deadline, each connect under its share of what is left of it;
 * then, when HTTPS failed below HTTP, a look at port 80.
 */
async function fetchOverFamily(host, url, family, addresses, options) {
    const started = Date.now();
    const deadlineAt = started + options.timeoutMs;
    const failedAddresses = [];
    let attempt = { outcome: "connect-failed", phase: "connect" };
    let address = addresses[0].address;
    for (const [i, target] of addresses.entries()) {
        address = target.address;
        const remaining = Math.max(0, deadlineAt - Date.now());
        const connectMs = Math.max(1, Math.floor(remaining / (addresses.length - i)));
        attempt = await fetchFrom(host, url, target, options, deadlineAt, connectMs);
        const last = i === addresses.length - 1 || Date.now() >= deadlineAt;
        if (!notConnected(attempt) || last)
            break;
        failedAddresses.push({ address, error: attempt.error ?? "connection failed" });
    }
    const result = {
        family,
        address,
        ...attempt,
        failedAddresses,
        elapsedMs: Date.now() - started,
    };
    if (failedBelowHttp(attempt.outcome) && Date.now() < deadlineAt) {
        const target = addresses.find((a) => a.address === address) ?? addresses[0];
        result.plainHttp = await checkPlainHttp(host, target, options, deadlineAt);
    }
    return result;
}
/**
 * Fetches `https://<host>/.well-known/mta-sts.txt` from the given addresses (already allowed
 * by the address guard), IPv4 and IPv6 separately and concurrently, and reports what each
 * family saw. Never throws; every failure is part of the observation.
 */
async function fetchPolicy(host, addresses, options) {
    const url = https_policyUrl(host, options.ports.https);
    const byFamily = [4, 6]
        .map((family) => ({ family, list: addresses.filter((a) => a.family === family) }))
        .filter((g) => g.list.length > 0);
    const families = await Promise.all(byFamily.map((g) => fetchOverFamily(host, url, g.family, g.list, options)));
    return { host, url, families };
}

;// CONCATENATED MODULE: ./src/probes/options.ts
const DEFAULT_PORTS = { https: 443, http: 80, smtp: 25 };

;// CONCATENATED MODULE: ./src/probes/smtp-reply.ts
/** Longest line and longest reply accepted (RFC 5321 §4.5.3.1.5: 512 octets per reply line). */
const MAX_LINE = 4096;
const MAX_LINES = 100;
class ReplyReader {
    buffer = "";
    lines = [];
    code;
    /**
     * Feeds bytes; returns the replies completed by them, or an error text when the server
     * broke the protocol (an over-long line, a line without a code, mixed codes).
     */
    push(chunk) {
        this.buffer += chunk.toString("latin1");
        const replies = [];
        for (;;) {
            const end = this.buffer.indexOf("\n");
            if (end < 0)
                break;
            const line = this.buffer.slice(0, end).replace(/\r$/, "");
            this.buffer = this.buffer.slice(end + 1);
            const m = /^(\d{3})([ -]|$)(.*)$/.exec(line);
            if (!m)
                return { replies, error: `not an SMTP reply line: ${line.slice(0, 80)}` };
            const code = Number(m[1]);
            if (this.code !== undefined && code !== this.code)
                return {
                    replies,
                    error: `reply code changed within a multi-line reply (${this.code} → ${code})`,
                };
            this.code = code;
            this.lines.push(m[3]);
            if (this.lines.length > MAX_LINES)
                return { replies, error: "reply longer than 100 lines" };
            if (m[2] !== "-") {
                replies.push({ code, lines: this.lines });
                this.lines = [];
                this.code = undefined;
            }
        }
        if (this.buffer.length > MAX_LINE)
            return { replies, error: "reply line longer than 4096 bytes" };
        return { replies };
    }
}
/** EHLO keywords (RFC 5321 §4.1.1.1): the first word of each line after the greeting, uppercase. */
function ehloKeywords(reply) {
    return reply.lines
        .slice(1)
        .map((l) => l.trim().split(/\s+/)[0]?.toUpperCase() ?? "")
        .filter((k) => k.length > 0)
        .slice(0, 50);
}

;// CONCATENATED MODULE: ./src/probes/smtp.ts





/**
 * Addresses probed per MX host, as for name servers: enough to see a broken address among
 * working ones, while a host that resolves to hundreds of addresses costs no more.
 */
const MAX_ADDRESSES_PER_MX = 4;
/** SMTP sessions in flight at once, per MX host and across the MX hosts of a domain. */
const SMTP_SESSIONS_IN_FLIGHT = 2;
/**
 * The addresses of an MX host to probe: at most MAX_ADDRESSES_PER_MX, the families taken in
 * turn so an IPv6 problem is not hidden behind many A records; and how many were left out.
 */
function pickMxAddresses(addresses) {
    const v4 = addresses.filter((a) => a.family === 4);
    const v6 = addresses.filter((a) => a.family === 6);
    const picked = [];
    for (let i = 0; picked.length < MAX_ADDRESSES_PER_MX && (i < v4.length || i < v6.length); i++) {
        if (i < v4.length)
            picked.push(v4[i]);
        if (i < v6.length && picked.length < MAX_ADDRESSES_PER_MX)
            picked.push(v6[i]);
    }
    // IPv4 first, as the rows and findings list them.
    picked.sort((a, b) => a.family - b.family);
    return { picked, omitted: addresses.length - picked.length };
}
/** The name we greet with: reserved (RFC 2606), so it never claims to be someone's host. */
const EHLO_NAME = "mta-sts-lint.invalid";
const smtp_PHASE_WORDS = {
    connect: "the TCP connection to port 25 was not established",
    banner: "no 220 greeting arrived",
    ehlo: "no answer to EHLO",
    starttls: "no answer to STARTTLS",
    tls: "the TLS handshake did not finish",
    quit: "no answer to QUIT",
};
function replyText(reply) {
    return clip(`${reply.code} ${reply.lines.join(" / ")}`, 200);
}
/**
 * One SMTP session with one address, as a sending MTA runs it up to the point that matters
 * for MTA-STS (RFC 8461 §4.2): greeting, EHLO, STARTTLS, the TLS handshake with SNI = the MX
 * host, PKIX validation for the MX host name, QUIT. One deadline for the whole session:
 * at `timeoutMs` the socket is destroyed, whatever the server is doing.
 */
function probeAddress(host, target, options) {
    return new Promise((resolve) => {
        const started = Date.now();
        const result = {
            address: target.address,
            family: target.family,
            outcome: "ok",
            elapsedMs: 0,
        };
        let phase = "connect";
        let settled = false;
        let tlsSocket;
        const plain = (0,external_node_net_namespaceObject.connect)({ host: target.address, port: options.ports.smtp });
        const reader = new ReplyReader();
        const finish = (outcome, error) => {
            if (settled)
                return;
            settled = true;
            clearTimeout(timer);
            result.outcome = outcome;
            if (outcome !== "ok")
                result.phase ??= phase;
            if (error !== undefined)
                result.error = clip(error, 200);
            result.elapsedMs = Date.now() - started;
            tlsSocket?.destroy();
            plain.destroy();
            resolve(result);
        };
        const timer = setTimeout(() => finish("timeout", `timed out after ${options.timeoutMs} ms: ${smtp_PHASE_WORDS[phase]}`), options.timeoutMs);
        /** Ends politely after the verdict; the verdict stands whatever QUIT brings. */
        let verdict;
        const quit = (socket, outcome, error) => {
            // The verdict belongs to the step that produced it, not to the goodbye.
            if (outcome !== "ok")
                result.phase = phase;
            phase = "quit";
            verdict = { outcome, error };
            socket.write("QUIT\r\n", () => finish(outcome, error));
        };
        const startTls = () => {
            phase = "tls";
            plain.removeAllListeners("data");
            tlsSocket = (0,external_node_tls_namespaceObject.connect)({
                socket: plain,
                servername: host,
                secureContext: trustContext(options),
                rejectUnauthorized: false,
            });
            tlsSocket.on("error", (err) => finish("tls-failed", `TLS handshake failed: ${describeSocketError(err)}`));
            tlsSocket.once("secureConnect", () => {
                const socket = tlsSocket;
                result.tls = judgeCertificate(socket, host);
                result.certificate = describeCertificate(socket.getPeerCertificate(), options);
                quit(socket, result.tls.valid ? "ok" : "cert-invalid");
            });
        };
        const onReply = (reply) => {
            if (phase === "banner") {
                if (reply.code !== 220)
                    return finish("protocol-error", `greeting was ${replyText(reply)}`);
                result.banner = clip(reply.lines[0] ?? "", 200);
                phase = "ehlo";
                plain.write(`EHLO ${EHLO_NAME}\r\n`);
            }
            else if (phase === "ehlo") {
                if (reply.code !== 250)
                    return finish("protocol-error", `EHLO was answered ${replyText(reply)}`);
                result.ehloKeywords = ehloKeywords(reply);
                result.starttlsOffered = result.ehloKeywords.includes("STARTTLS");
                if (!result.starttlsOffered)
                    return quit(plain, "starttls-missing", "the EHLO answer does not list STARTTLS");
                phase = "starttls";
                plain.write("STARTTLS\r\n");
            }
            else if (phase === "starttls") {
                if (reply.code !== 220)
                    return quit(plain, "starttls-missing", `STARTTLS was refused: ${replyText(reply)}`);
                startTls();
            }
        };
        plain.once("connect", () => {
            phase = "banner";
        });
        plain.on("data", (chunk) => {
            const { replies, error } = reader.push(chunk);
            for (const reply of replies) {
                if (settled || phase === "tls" || phase === "quit")
                    break;
                onReply(reply);
            }
            // Bytes after the 220 to STARTTLS belong to the TLS stream, not to the reply reader.
            if (error && !settled && phase !== "tls" && phase !== "quit")
                finish("protocol-error", error);
        });
        plain.on("error", (err) => {
            if (verdict)
                return finish(verdict.outcome, verdict.error);
            // During the handshake the TCP socket may report the failure before the TLS socket does.
            const outcome = phase === "connect" ? "connect-failed" : phase === "tls" ? "tls-failed" : "protocol-error";
            const reason = describeSocketError(err);
            finish(outcome, phase === "tls" ? `TLS handshake failed: ${reason}` : reason);
        });
        plain.on("close", () => {
            if (verdict)
                return finish(verdict.outcome, verdict.error);
            if (phase !== "tls")
                finish("protocol-error", `the server closed the connection: ${smtp_PHASE_WORDS[phase]}`);
        });
    });
}
/**
 * Probes STARTTLS on the given addresses of one MX host (already allowed by the address
 * guard), at most SMTP_SESSIONS_IN_FLIGHT at once, each under its own deadline. Never throws.
 */
async function probeMxHost(host, addresses, options) {
    const results = await mapBounded(addresses, SMTP_SESSIONS_IN_FLIGHT, (a) => probeAddress(host, a, options));
    return { host, port: options.ports.smtp, addresses: results };
}

;// CONCATENATED MODULE: ./src/probes/index.ts









/** Runs of more domains than this report progress. */
const PROGRESS_ABOVE = 5;
/** About this many progress lines per run, however many domains. */
const PROGRESS_LINES = 20;
/** `MTA_STS_LINT_PORTS`: `name=port` pairs; anything unreadable is ignored. */
function portsFromEnv(value) {
    const ports = {};
    for (const pair of (value ?? "").split(",")) {
        const m = /^\s*(https|http|smtp|dns)\s*=\s*(\d{1,5})\s*$/.exec(pair);
        const port = m ? Number(m[2]) : 0;
        if (m && port >= 1 && port <= 65535)
            ports[m[1]] = port;
    }
    return ports;
}
/** The probe options of a run: the settings, with the test-only overrides of `deps`. */
function probeOptions(settings, deps = {}) {
    const { dns, ...fromEnv } = portsFromEnv(deps.env?.MTA_STS_LINT_PORTS);
    const options = {
        timeoutMs: Math.round(settings.live.timeout * 1000),
        ports: { ...DEFAULT_PORTS, ...fromEnv, ...deps.ports },
        allowPrivateAddresses: settings.live.allowPrivateAddresses,
        certExpiryDays: settings.live.certExpiryDays,
        now: deps.now ?? (() => new Date()),
        resolvers: deps.resolvers ?? settings.live.resolvers,
    };
    if (deps.ca)
        options.ca = deps.ca;
    const nameServerPort = deps.nameServerPort ?? dns;
    if (nameServerPort !== undefined)
        options.nameServerPort = nameServerPort;
    return options;
}
/** The addresses of A and AAAA answers, IPv4 first. */
function addressesOf(answers) {
    return [
        ...answers.a.values.map((address) => ({ address, family: 4 })),
        ...answers.aaaa.values.map((address) => ({ address, family: 6 })),
    ];
}
/** Addresses split by the address guard. */
function guarded(host, all, area, options) {
    const allowed = [];
    const refused = [];
    for (const a of all) {
        const verdict = guardAddress(a.address, options.allowPrivateAddresses);
        if (verdict.allowed)
            allowed.push(a);
        else
            refused.push({ host, ...a, area, category: verdict.category });
    }
    return { allowed, refused };
}
/** The reason a probe result gives for an address the guard refused. */
function refusalReason(r) {
    return `${refusedWords(r.category)}; set allow-private-addresses to probe it`;
}
/**
 * A refused address becomes part of the probe's own observation, so `https-unreachable`
 * reports it like any address that could not be connected to, naming it and the reason.
 */
function withRefusedHttps(obs, refused) {
    const families = [...obs.families];
    for (const family of [4, 6]) {
        const mine = refused.filter((r) => r.family === family);
        if (mine.length === 0)
            continue;
        const failed = mine.map((r) => ({ address: r.address, error: refusalReason(r) }));
        const existing = families.find((f) => f.family === family);
        if (existing) {
            existing.failedAddresses = [...failed, ...existing.failedAddresses];
            continue;
        }
        const last = mine[mine.length - 1];
        const result = {
            family,
            address: last.address,
            outcome: "connect-failed",
            phase: "connect",
            error: refusalReason(last),
            failedAddresses: failed.slice(0, -1),
            elapsedMs: 0,
        };
        families.push(result);
    }
    families.sort((a, b) => a.family - b.family);
    return { ...obs, families };
}
/** Same for SMTP: a refused address is an address of the MX that could not be probed. */
function withRefusedSmtp(obs, refused) {
    const extra = refused.map((r) => ({
        address: r.address,
        family: r.family,
        outcome: "connect-failed",
        phase: "connect",
        error: refusalReason(r),
        elapsedMs: 0,
    }));
    return { ...obs, addresses: [...obs.addresses, ...extra] };
}
/**
 * No address lookup of a host gave an address and at least one failed: nothing to probe, and
 * "the host has no address" would be wrong (the failed lookup may hide one); live-dns-error
 * reports the failure instead.
 */
function lookupFailed(h) {
    const none = h.a.values.length === 0 && h.aaaa.values.length === 0;
    return none && (isDnsFailure(h.a.status) || isDnsFailure(h.aaaa.status));
}
/** The live probes of one domain: DNS first, then the policy fetch and STARTTLS at once. */
async function probeDomain(model, options, smtp) {
    const dns = await probeDns({ domain: model.name, zone: model.zone }, options);
    const live = { areas: ["dns"], dns, refused: [] };
    const refused = [];
    for (const view of dns.nameServers) {
        const category = view.refusedCategory;
        if (category === undefined)
            continue;
        const family = view.address.includes(":") ? 6 : 4;
        refused.push({ host: view.name, address: view.address, family, area: "dns", category });
    }
    const host = policyHostName(model.name);
    const policyHost = { a: dns.answers.policyHostA, aaaa: dns.answers.policyHostAaaa };
    const https = lookupFailed(policyHost)
        ? Promise.resolve(undefined)
        : (async () => {
            const all = addressesOf(policyHost);
            const { allowed, refused: denied } = guarded(host, all, "https", options);
            refused.push(...denied);
            return withRefusedHttps(await fetchPolicy(host, allowed, options), denied);
        })();
    // Without an MX answer there is nothing to probe: live-dns-error reports the lookup.
    // A few sessions at once, a few addresses per host: a domain with many MX hosts or
    // addresses costs a bounded number of connections.
    const mx = smtp && !isDnsFailure(dns.answers.mx.status)
        ? mapBounded(dns.mxHosts.filter((h) => !lookupFailed(h)), SMTP_SESSIONS_IN_FLIGHT, async (h) => {
            const { picked, omitted } = pickMxAddresses(addressesOf(h));
            const { allowed, refused: denied } = guarded(h.host, picked, "smtp", options);
            refused.push(...denied);
            const obs = withRefusedSmtp(await probeMxHost(h.host, allowed, options), denied);
            if (omitted > 0)
                obs.omittedAddresses = omitted;
            return obs;
        })
        : Promise.resolve(undefined);
    const [httpsObs, smtpObs] = await Promise.all([https, mx]);
    if (httpsObs) {
        live.https = httpsObs;
        live.areas.push("https");
    }
    if (smtpObs) {
        live.smtp = smtpObs;
        live.areas.push("smtp");
    }
    live.refused = refused;
    return live;
}
/**
 * Probes the live world for each domain (`model.live`) when live checks are on: at most
 * `concurrency` domains at once, each probe under its own deadline, so a slow domain holds
 * one slot and delays no other. Everything it observes goes into the models, where the rules
 * judge it; the returned run-wide notes (the shape `runChecks` collects from each stage) are
 * always empty today.
 */
async function observeLive(models, settings, deps = {}) {
    if (!settings.live.enabled && !settings.live.smtp)
        return [];
    const options = probeOptions(settings, deps);
    const total = models.length;
    const step = Math.max(1, Math.ceil(total / PROGRESS_LINES));
    const started = Date.now();
    let done = 0;
    await mapBounded(models, settings.live.concurrency, async (model) => {
        model.live = await probeDomain(model, options, settings.live.smtp);
        done++;
        if (deps.progress && total > PROGRESS_ABOVE && (done % step === 0 || done === total)) {
            const seconds = ((Date.now() - started) / 1000).toFixed(1);
            deps.progress(`live checks: ${done}/${total} domains done (${seconds} s)`);
        }
    });
    return [];
}

;// CONCATENATED MODULE: ./src/rules/engine.ts
function policyLocation(policy, r) {
    return r.location ?? { file: policy.source.file, url: policy.source.url, span: r.span };
}
/**
 * Every policy body the policy-* rules judge: the local file, then each body fetched live
 * (rules.md: "applied to the local file and to every live-fetched body"). Identical bodies
 * fetched over IPv4 and IPv6 are judged once, so one problem is one finding.
 */
function policyBodies(domain) {
    const bodies = domain.policy ? [domain.policy] : [];
    const seen = new Set();
    for (const family of domain.live?.https?.families ?? []) {
        const body = family.response?.body;
        if (!body)
            continue;
        const key = JSON.stringify([body.fields, body.issues, body.byteLength]);
        if (seen.has(key))
            continue;
        seen.add(key);
        bodies.push(body);
    }
    return bodies;
}
/**
 * Runs the ordered rules over the models and returns findings in a stable order: by domain
 * (as configured), then rule order, then position. A rule that throws becomes a finding of
 * its own instead of hiding the other rules' results.
 */
function runRules(rules, input) {
    const findings = [];
    const overrides = input.overrides ?? {};
    const emit = (rule, r, location, domain) => {
        const setting = overrides[rule.meta.id];
        if (setting === "off")
            return;
        const severity = setting ?? r.severity ?? rule.meta.defaultSeverity;
        const finding = { rule: rule.meta.id, severity, message: r.message, location };
        if (domain !== undefined)
            finding.domain = domain;
        const area = r.area ?? rule.meta.area ?? undefined;
        if (area)
            finding.area = area;
        if (r.fix !== undefined)
            finding.fix = r.fix;
        findings.push(finding);
    };
    const guarded = (rule, domain, fn) => {
        if (overrides[rule.meta.id] === "off")
            return;
        try {
            fn();
        }
        catch (err) {
            // A bug in one rule must not hide the others' findings; say so loudly instead.
            findings.push({
                rule: rule.meta.id,
                severity: "error",
                domain,
                message: `internal error in rule ${rule.meta.id}: ${err instanceof Error ? err.message : String(err)}`,
                location: {},
            });
        }
    };
    for (const rule of rules) {
        if (rule.scope !== "run")
            continue;
        guarded(rule, undefined, () => rule.check({
            configIssues: input.configIssues,
            report: (r) => emit(rule, r, r.location ?? {}, r.domain),
        }));
    }
    for (const domain of input.domains) {
        for (const rule of rules) {
            if (rule.scope === "policy") {
                for (const policy of policyBodies(domain)) {
                    guarded(rule, domain.name, () => rule.check({
                        domain: domain.name,
                        policy,
                        report: (r) => emit(rule, r, policyLocation(policy, r), domain.name),
                    }));
                }
            }
            else if (rule.scope === "domain") {
                guarded(rule, domain.name, () => rule.check({
                    domain,
                    report: (r) => emit(rule, r, r.location ?? {}, domain.name),
                }));
            }
        }
    }
    return findings;
}

;// CONCATENATED MODULE: ./src/settings/shard.ts

/** Largest slice count accepted: far beyond any CI matrix. */
const MAX_SHARDS = 1024;
/** Parses `i/n` (1 ≤ i ≤ n): the i-th of n slices, as matrix jobs number them. */
function parseShard(value) {
    const m = /^\s*(\d{1,4})\s*\/\s*(\d{1,4})\s*$/.exec(value);
    if (!m)
        return { ok: false, reason: `${wording_quoted(value)} is not of the form i/n (e.g. 1/4)` };
    const index = Number(m[1]);
    const count = Number(m[2]);
    if (count < 1 || count > MAX_SHARDS) {
        return { ok: false, reason: `${wording_quoted(value)}: n must be 1–${MAX_SHARDS}` };
    }
    if (index < 1 || index > count) {
        return { ok: false, reason: `${wording_quoted(value)}: i must be 1–${count}` };
    }
    return { ok: true, value: { index, count } };
}
/** FNV-1a over the UTF-16 code units, then murmur3's finaliser so near names spread apart. */
function hash32(text) {
    let h = 0x811c9dc5;
    for (let i = 0; i < text.length; i++) {
        h ^= text.charCodeAt(i);
        h = Math.imul(h, 0x01000193);
    }
    h ^= h >>> 16;
    h = Math.imul(h, 0x85ebca6b);
    h ^= h >>> 13;
    h = Math.imul(h, 0xc2b2ae35);
    h ^= h >>> 16;
    return h >>> 0;
}
/**
 * The slice (1-based) a domain belongs to. Rendezvous hashing: each slice scores the name and
 * the highest score wins. The choice depends only on the name and n, so adding or removing a
 * domain moves no other, and going from n to n+1 slices moves only about 1/(n+1) of them.
 */
function shardOf(domain, count) {
    let best = 1;
    let bestScore = -1;
    for (let slice = 1; slice <= count; slice++) {
        const score = hash32(`${slice}/${domain}`);
        if (score > bestScore) {
            best = slice;
            bestScore = score;
        }
    }
    return best;
}
/** The items of the given slice, in their original order. */
function selectShard(items, shard) {
    return items.filter((item) => shardOf(item.domain, shard.count) === shard.index);
}

;// CONCATENATED MODULE: ./src/sources/base/api-access.ts
/** The API fallback needs a token and the repository; why it cannot be used, when it cannot. */
function apiAccessProblem(token, repository) {
    if (!token)
        return "no github-token was given";
    if (!repository || !/^[\w.-]+\/[\w.-]+$/.test(repository))
        return "GITHUB_REPOSITORY does not name the repository";
    return undefined;
}

;// CONCATENATED MODULE: external "node:child_process"
const external_node_child_process_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:child_process");
;// CONCATENATED MODULE: ./src/sources/base/git.ts


/** A git command that takes longer (a hung filesystem, a lock) is given up: the check is skipped. */
const GIT_TIMEOUT_MS = 120000;
/** Largest output read from one git command: the files of a run together (zones included). */
const MAX_GIT_OUTPUT = 1024 * 1024 * 1024;
/** Runs git with arguments (never a shell), optionally feeding stdin; never throws. */
function runGit(cwd, args, input, gitBinary = "git") {
    return new Promise((resolve) => {
        const child = (0,external_node_child_process_namespaceObject.execFile)(gitBinary, [...args], {
            cwd,
            encoding: "buffer",
            maxBuffer: MAX_GIT_OUTPUT,
            timeout: GIT_TIMEOUT_MS,
            // No pager, no prompt for credentials: this runs unattended.
            env: { ...process.env, GIT_TERMINAL_PROMPT: "0", GIT_PAGER: "cat", LC_ALL: "C" },
        }, (err, stdout, stderr) => {
            const exited = err === null || typeof err.code === "number";
            resolve({
                code: err === null ? 0 : typeof err.code === "number" ? err.code : 127,
                stdout: stdout ?? Buffer.alloc(0),
                // Not started at all (no git on the PATH): the spawn error is the reason.
                stderr: exited
                    ? (stderr ?? Buffer.alloc(0)).toString("utf8").trim()
                    : String(err?.message),
            });
        });
        child.stdin?.on("error", () => { }); // git may exit before reading everything
        child.stdin?.end(input ?? "");
    });
}
/** A revision argument git would read as an option is refused, not passed on. */
function isSafeRevision(rev) {
    return rev.length > 0 && !rev.startsWith("-") && !/[\s\0]/.test(rev);
}
/**
 * Did any of `paths` (relative to `cwd`) change between `rev` and the working tree? One git
 * call: the fast path for a pull request that touches nothing MTA-STS related. The changed
 * names are listed and matched here rather than passed as pathspecs: git matches every
 * pathspec against every file, which costs seconds with thousands of configured domains.
 * "unknown" when git cannot tell (not a repository, or the revision's objects are not in the
 * clone).
 */
async function pathsChanged(cwd, rev, paths, gitBinary) {
    if (!isSafeRevision(rev) || paths.length === 0)
        return "unknown";
    const r = await runGit(cwd, ["diff", "--name-only", "-z", "--no-ext-diff", "--no-renames", "--relative", rev, "--"], undefined, gitBinary);
    if (r.code !== 0)
        return "unknown";
    const wanted = new Set(paths.map((p) => external_node_path_namespaceObject.posix.normalize(p)));
    const changed = r.stdout.toString("utf8").split("\0");
    return changed.some((name) => name !== "" && wanted.has(name)) ? "changed" : "unchanged";
}
/**
 * Are the paths in the working tree as the checked-out commit has them (no edit, no new
 * untracked file)? A step before the linter may have generated a zone file; then what the
 * commit says about the pull request's changes is not the whole story.
 */
async function workingTreeClean(cwd, paths, gitBinary) {
    if (paths.length === 0)
        return false;
    const r = await runGit(cwd, ["status", "--porcelain", "-z", "--untracked-files=all", "--", ...paths.map(literal)], undefined, gitBinary);
    return r.code === 0 && r.stdout.length === 0;
}
/** A pathspec that matches exactly this path (no glob magic from a file name). */
function literal(path) {
    return `:(literal)${path}`;
}
/**
 * Opens `rev` for reading with git: resolves it once to a commit, and learns where the
 * working directory sits in the repository (paths in `<commit>:<path>` are from the top).
 */
async function openGitRevision(cwd, rev, gitBinary = "git") {
    if (!isSafeRevision(rev))
        return { ok: false, reason: `${JSON.stringify(rev)} is not a revision` };
    const r = await runGit(cwd, ["rev-parse", "--show-prefix", "--verify", "--quiet", `${rev}^{commit}`], undefined, gitBinary);
    const lines = r.stdout.toString("utf8").split("\n");
    if (r.code !== 0 || lines.length < 2 || !/^[0-9a-f]{40,64}$/.test(lines[1])) {
        const firstLine = r.stderr.split("\n")[0];
        // --quiet: a revision that is not there prints nothing; anything else is git's own reason
        // (no repository, "dubious ownership" in a container job, no git at all).
        const why = /not a git repository/i.test(firstLine)
            ? "the working directory is not a git repository"
            : r.code === 1 && lines[0] !== undefined && firstLine === ""
                ? `the commit ${rev} is not in the clone (a shallow checkout holds only the head commit)`
                : firstLine || `the commit ${rev} is not in the clone`;
        return { ok: false, reason: why };
    }
    const prefix = lines[0];
    const commit = lines[1];
    return { ok: true, commit, reader: gitReader(cwd, commit, prefix, gitBinary) };
}
/**
 * Reads many files of one commit with two git processes: `git ls-tree` lists the directories
 * the paths are in (a `<commit>:<path>` lookup per file would walk a 10,000-entry zone
 * directory once per file), then one `git cat-file --batch` reads the blobs by object id.
 */
function gitReader(cwd, commit, prefix, gitBinary) {
    return {
        via: "git",
        async read(paths) {
            const out = new Map();
            const full = (p) => `${prefix}${p}`;
            const askable = paths.filter((p) => !p.startsWith("../"));
            for (const p of paths)
                out.set(p, { state: "missing" });
            if (askable.length === 0)
                return out;
            const listed = await listTree(cwd, commit, askable.map(full), gitBinary);
            if ("reason" in listed) {
                for (const p of askable)
                    out.set(p, { state: "unavailable", reason: listed.reason });
                return out;
            }
            // Only regular files are read: a directory or a submodule at the path is no file.
            const wanted = askable.filter((p) => listed.blobs.has(full(p)));
            if (wanted.length === 0)
                return out;
            const ids = wanted.map((p) => listed.blobs.get(full(p)));
            const r = await runGit(cwd, ["cat-file", "--batch"], `${ids.join("\n")}\n`, gitBinary);
            if (r.code !== 0) {
                for (const p of wanted)
                    out.set(p, { state: "unavailable", reason: `git cat-file failed: ${r.stderr}` });
                return out;
            }
            parseBatch(r.stdout, wanted, out);
            return out;
        },
    };
}
/** Blob ids by full path of the files in the directories of `fullPaths` at `commit`. */
async function listTree(cwd, commit, fullPaths, gitBinary) {
    const specs = new Set();
    for (const p of fullPaths) {
        const slash = p.lastIndexOf("/");
        specs.add(`:(literal)${slash < 0 ? p : p.slice(0, slash + 1)}`);
    }
    const r = await runGit(cwd, ["ls-tree", "-r", "-z", "--full-tree", commit, "--", ...specs], undefined, gitBinary);
    if (r.code !== 0)
        return { reason: `git ls-tree failed: ${r.stderr}` };
    const blobs = new Map();
    for (const entry of r.stdout.toString("utf8").split("\0")) {
        // "<mode> SP <type> SP <object> TAB <path>"; symbolic links (120000) are not followed.
        const m = /^100(?:644|755) blob ([0-9a-f]+)\t(.*)$/s.exec(entry);
        if (m)
            blobs.set(m[2], m[1]);
    }
    return { blobs };
}
/**
 * `git cat-file --batch` answers each request with `<oid> <type> <size>\n<content>\n`, or
 * `<request> missing\n`.
 */
function parseBatch(stdout, paths, out) {
    let at = 0;
    for (const path of paths) {
        const eol = stdout.indexOf(10, at);
        if (eol < 0) {
            out.set(path, { state: "unavailable", reason: "git cat-file ended early" });
            continue;
        }
        const header = stdout.subarray(at, eol).toString("utf8");
        at = eol + 1;
        const m = /^[0-9a-f]+ (\w+) (\d+)$/.exec(header);
        if (!m) {
            out.set(path, { state: "missing" });
            continue;
        }
        const size = Number(m[2]);
        const bytes = stdout.subarray(at, at + size);
        at += size + 1;
        out.set(path, m[1] === "blob" ? { state: "found", bytes: new Uint8Array(bytes) } : { state: "missing" });
    }
}
/** Where the working directory sits in its repository ("" at the top, "dir/" below it). */
async function gitPrefix(cwd, gitBinary) {
    const r = await runGit(cwd, ["rev-parse", "--show-prefix"], undefined, gitBinary);
    return r.code === 0 ? r.stdout.toString("utf8").split("\n")[0] : undefined;
}

;// CONCATENATED MODULE: ./src/sources/files.ts



/** A path as findings show it: relative to the working directory, with `/` separators. */
function displayPath(cwd, absolutePath) {
    const rel = (0,external_node_path_namespaceObject.relative)(cwd, absolutePath) || ".";
    return external_node_path_namespaceObject.sep === "/" ? rel : rel.split(external_node_path_namespaceObject.sep).join("/");
}
/** Is `path` the directory `root` or inside it? Both must be absolute and normalised. */
function isInside(root, path) {
    const rel = (0,external_node_path_namespaceObject.relative)(root, path);
    return rel === "" || (!rel.startsWith("..") && !(0,external_node_path_namespaceObject.isAbsolute)(rel));
}
/**
 * The real path (symlinks resolved), or the path itself when it cannot be resolved. The
 * native call is one system call, where the JavaScript one stats every path component: it
 * matters when thousands of configured files are read.
 */
function realPathOf(path) {
    try {
        return external_node_fs_namespaceObject.realpathSync.native(path);
    }
    catch {
        return path;
    }
}
/** Sizes in messages: "64 MiB", "1.5 MiB", "700 KiB", "12 bytes". */
function formatBytes(n) {
    const units = [
        [1024 * 1024 * 1024, "GiB"],
        [1024 * 1024, "MiB"],
        [1024, "KiB"],
    ];
    for (const [size, unit] of units) {
        if (n >= size)
            return `${Number((n / size).toFixed(1))} ${unit}`;
    }
    return `${n} bytes`;
}
function errorCode(err) {
    return typeof err === "object" && err !== null && "code" in err
        ? String(err.code)
        : undefined;
}
function problemFromError(file, err) {
    const code = errorCode(err);
    if (code === "ENOENT" || code === "ENOTDIR")
        return { file, kind: "missing", reason: "file not found" };
    if (code === "EISDIR")
        return { file, kind: "directory", reason: "is a directory, not a file" };
    if (code === "EACCES" || code === "EPERM") {
        return { file, kind: "unreadable", reason: "permission denied" };
    }
    if (code === "ELOOP")
        return { file, kind: "unreadable", reason: "symbolic link loop" };
    const detail = err instanceof Error ? err.message : String(err);
    return { file, kind: "unreadable", reason: `cannot be read (${detail})` };
}
/** Why a report file could not be written, as a one-line phrase. */
function writeErrorReason(err) {
    switch (errorCode(err)) {
        case "EISDIR":
            return "it is a directory";
        case "ENOENT":
        case "ENOTDIR":
            return "its directory does not exist";
        case "EACCES":
        case "EPERM":
        case "EROFS":
            return "permission denied";
        case "ENOSPC":
            return "no space left on the device";
        default:
            return (err instanceof Error ? err.message : String(err)).split("\n")[0];
    }
}
/**
 * Reads a configured file for linting. Never throws: every way a file can be unusable is a
 * `FileProblem`. The size is checked before reading (a zone export can be huge, and a policy
 * larger than 1 MiB is certainly a mistake), and a path inside the working directory that is
 * a symbolic link to a file outside it is refused: a pull request must not be able to make
 * the linter read (and quote in annotations) files from the runner.
 */
function readSourceFile(cwd, path, maxBytes) {
    const absolute = (0,external_node_path_namespaceObject.resolve)(cwd, path);
    const file = displayPath(cwd, absolute);
    const fail = (kind, reason) => ({
        ok: false,
        problem: { file, kind, reason },
    });
    let fd;
    try {
        const info = (0,external_node_fs_namespaceObject.statSync)(absolute);
        if (info.isDirectory())
            return fail("directory", "is a directory, not a file");
        // FIFOs and devices would block or never end; they are never a policy or a zone.
        if (!info.isFile())
            return fail("not-regular", "is not a regular file");
        if (isInside(cwd, absolute) && !isInside(realPathOf(cwd), realPathOf(absolute))) {
            return fail("outside", "is a symbolic link to a file outside the repository; refused");
        }
        if (info.size === 0)
            return fail("empty", "empty file");
        if (info.size > maxBytes) {
            return fail("too-large", `larger than ${formatBytes(maxBytes)} (${info.size} bytes)`);
        }
        fd = (0,external_node_fs_namespaceObject.openSync)(absolute, "r");
        // The file may have grown between stat and read: read one byte more than allowed.
        return sourceFromBytes(file, readUpTo(fd, Math.min((0,external_node_fs_namespaceObject.fstatSync)(fd).size, maxBytes) + 1), maxBytes);
    }
    catch (err) {
        return { ok: false, problem: problemFromError(file, err) };
    }
    finally {
        if (fd !== undefined)
            (0,external_node_fs_namespaceObject.closeSync)(fd);
    }
}
/**
 * The checks `readSourceFile` makes on a file's content, for bytes that come from elsewhere
 * (a base revision read from git or GitHub's API): too large, empty, not text.
 */
function sourceFromBytes(file, bytes, maxBytes) {
    const fail = (kind, reason) => ({
        ok: false,
        problem: { file, kind, reason },
    });
    if (bytes.length > maxBytes)
        return fail("too-large", `larger than ${formatBytes(maxBytes)}`);
    if (bytes.length === 0)
        return fail("empty", "empty file");
    const decoded = decodeText(bytes);
    if (!decoded.isText)
        return fail("not-text", decoded.reason ?? "not a text file");
    return { ok: true, file, text: decoded.text, bytes };
}
/** A `readSourceFile` problem as an exception, for readers whose callers expect one. */
class SourceFileError extends Error {
    problem;
    name = "SourceFileError";
    /** "ENOENT" for a missing file, as fs errors say it, so callers treat both alike. */
    code;
    constructor(problem) {
        super(problem.reason);
        this.problem = problem;
        this.code = problem.kind === "missing" ? "ENOENT" : undefined;
    }
}
/**
 * Reads a text file the settings need before linting starts (the configuration file, a
 * site's CNAME, a zone for the origin it names) with the guards of `readSourceFile`: no FIFO
 * that would block, nothing larger than `maxBytes`, no binary content, no symbolic link out
 * of the repository. An empty file is "". Throws `SourceFileError`.
 */
function readTextFile(cwd, absolutePath, maxBytes) {
    const read = readSourceFile(cwd, absolutePath, maxBytes);
    if (read.ok)
        return read.text;
    if (read.problem.kind === "empty")
        return "";
    throw new SourceFileError(read.problem);
}
function readUpTo(fd, limit) {
    const buffer = Buffer.alloc(limit);
    let length = 0;
    while (length < limit) {
        const n = (0,external_node_fs_namespaceObject.readSync)(fd, buffer, length, limit - length, null);
        if (n === 0)
            break;
        length += n;
    }
    return new Uint8Array(buffer.buffer, buffer.byteOffset, length);
}

;// CONCATENATED MODULE: ./src/settings/types.ts
const DEFAULT_LIVE = {
    enabled: false,
    smtp: false,
    resolvers: [],
    timeout: 10,
    concurrency: 8,
    certExpiryDays: 14,
    allowPrivateAddresses: false,
};
const types_MAX_POLICY_BYTES = 1024 * 1024;
const DEFAULT_MAX_ZONE_BYTES = 64 * 1024 * 1024;
/** A problem that stops the run: exit status 2 with this one-line reason. */
class UsageError extends Error {
    name = "UsageError";
}

;// CONCATENATED MODULE: ./src/settings/values.ts



const ok = (value) => ({ ok: true, value });
const bad = (reason) => ({ ok: false, reason });
const FAIL_ON_VALUES = ["error", "warning", "notice", "never"];
const OUTPUT_FORMATS = ["text", "json", "sarif", "github"];
const ZONE_FORMATS = ["auto", "bind", "octodns", "dnscontrol"];
const HOSTINGS = ["github-pages", "none"];
const RULE_SETTINGS = ["off", "notice", "warning", "error"];
/** One of a fixed set of words, matched exactly (the documented values are lowercase). */
function parseChoice(value, allowed) {
    if (allowed.includes(value))
        return ok(value);
    return bad(`${wording_quoted(value)} is not one of ${allowed.join(" | ")}`);
}
/** A whole number within [min, max], written as plain digits. */
function parseInteger(value, min, max) {
    if (!/^\d{1,9}$/.test(value.trim()))
        return bad(`${wording_quoted(value)} is not a whole number`);
    return checkRange(Number(value.trim()), min, max);
}
/** A number of seconds (fractions allowed), greater than 0 and at most `max`. */
function parseSeconds(value, max) {
    if (!/^\d{1,9}(\.\d+)?$/.test(value.trim()))
        return bad(`${wording_quoted(value)} is not a number of seconds`);
    const n = Number(value.trim());
    if (n <= 0)
        return bad("must be more than 0 seconds");
    return checkRange(n, 0, max);
}
function checkRange(n, min, max) {
    if (!Number.isFinite(n) || n < min || n > max)
        return bad(`${n} is outside ${min}–${max}`);
    return ok(n);
}
/** The numeric live settings and their limits, declared once for the three faces. */
const NUMERIC_LIVE_SETTINGS = [
    { key: "timeout", flag: "timeout", min: 0, max: 600, integer: false },
    { key: "concurrency", flag: "concurrency", min: 1, max: 256, integer: true },
    { key: "certExpiryDays", flag: "cert-expiry-days", min: 0, max: 3650, integer: true },
];
/** A numeric live setting written as text (a flag or an action input). */
function parseNumericSetting(setting, value) {
    return setting.integer
        ? parseInteger(value, setting.min, setting.max)
        : parseSeconds(value, setting.max);
}
/**
 * A DNS server for live checks: an IPv4 or IPv6 address, with an optional port
 * (`192.0.2.53`, `192.0.2.53:5353`, `2001:db8::53`, `[2001:db8::53]:5353`).
 */
function parseResolver(value) {
    const v = value.trim();
    if ((0,external_node_net_namespaceObject.isIP)(v))
        return ok(v);
    const m = /^\[([^\]]+)\]:(\d{1,5})$/.exec(v) ?? /^([^:]+):(\d{1,5})$/.exec(v);
    if (m && (0,external_node_net_namespaceObject.isIP)(m[1]) && Number(m[2]) >= 1 && Number(m[2]) <= 65535)
        return ok(v);
    return bad(`${wording_quoted(value)} is not an IP address with an optional port (e.g. 192.0.2.53:53)`);
}
/** Resolver lists in one string (action input): separated by spaces, commas or new lines. */
function splitList(value) {
    return value.split(/[\s,]+/).filter((s) => s.length > 0);
}
/**
 * Booleans as GitHub's `core.getBooleanInput` reads them (YAML 1.2 core schema words):
 * true/True/TRUE and false/False/FALSE.
 */
function parseBoolean(value) {
    if (["true", "True", "TRUE"].includes(value))
        return ok(true);
    if (["false", "False", "FALSE"].includes(value))
        return ok(false);
    return bad(`${quoted(value)} is not true or false`);
}
/** A policy domain: normalised (lowercase A-labels, no trailing dot) and syntactically valid. */
function parseDomainName(value) {
    const name = normalizeHost(value.trim());
    if (!isValidHostName(name) || !name.includes(".")) {
        return bad(`${wording_quoted(value)} is not a domain name (e.g. example.com)`);
    }
    return ok(name);
}

;// CONCATENATED MODULE: ./src/settings/config-file.ts







/**
 * The most aliases one alias may stand for once expanded (the aliases inside the node it
 * names, theirs, and so on). A real file nests a handful at most; a "billion laughs" document
 * nests them exponentially and is refused in milliseconds. Aliases that name a node without
 * aliases in it (`policy: *shared` in every entry) are not limited: the reader follows each
 * alias one step to the node it names and never copies the expansion.
 */
const MAX_ALIAS_COUNT = 50;
/** Largest configuration file read (far more than 10 000 domain entries). */
const MAX_CONFIG_BYTES = 4 * 1024 * 1024;
/** The YAML 1.1 merge key: not part of YAML 1.2, which this reader follows. */
const MERGE_KEY = "<<";
const TOP_KEYS = ["domains", "live", "rules", "failOn", "hosting"];
const DOMAIN_KEYS = ["domain", "policy", "zone", "zoneFormat", "hosting"];
const LIVE_KEYS = [
    "enabled",
    "smtp",
    "resolvers",
    "timeout",
    "concurrency",
    "certExpiryDays",
    "allowPrivateAddresses",
];
/**
 * How many slips an unknown rule ID may hold and still get a "did you mean": rule IDs are long
 * hyphenated words (`mx-not-coverd`), so two edits still point at one rule.
 */
const RULE_ID_TYPO_DISTANCE = 2;
function typeName(node) {
    if (!node || ((0,dist/* isScalar */.jn)(node) && node.value === null))
        return "nothing";
    if ((0,dist/* isMap */.jh)(node))
        return "a mapping";
    if ((0,dist/* isSeq */.oP)(node))
        return "a list";
    if ((0,dist/* isScalar */.jn)(node)) {
        const v = node.value;
        return typeof v === "string"
            ? wording_quoted(v)
            : typeof v === "boolean"
                ? `${v}`
                : `the ${typeof v} ${v}`;
    }
    return "an unsupported value";
}
/** Reads one YAML document into validated settings, keeping every problem with its position. */
class ConfigReader {
    file;
    cwd;
    knownRules;
    issues = [];
    lines = new dist/* LineCounter */.HN();
    doc;
    /** The node each alias names, found once for the whole document. */
    aliasTargets = new Map();
    constructor(file, cwd, knownRules) {
        this.file = file;
        this.cwd = cwd;
        this.knownRules = knownRules;
    }
    read(text) {
        this.parse(text);
        this.resolveAliases();
        const root = this.deref(this.doc.contents);
        if (!root || ((0,dist/* isScalar */.jn)(root) && root.value === null)) {
            throw new UsageError(`${this.file}: the configuration is empty; it needs a "domains" list`);
        }
        if (!(0,dist/* isMap */.jh)(root)) {
            throw new UsageError(`${this.file}: the configuration must be a mapping with a "domains" list, not ${typeName(root)}`);
        }
        const top = this.entries(root, TOP_KEYS, "");
        const settings = { configFile: this.file };
        settings.live = this.live(top.get("live"));
        if (top.has("rules"))
            settings.rules = this.rules(top.get("rules"));
        const failOn = top.get("failOn");
        if (failOn) {
            const v = this.choice(failOn, "failOn", FAIL_ON_VALUES);
            if (v)
                settings.failOn = v;
        }
        const hosting = top.get("hosting");
        // The top-level value is the default of every entry that does not set its own.
        const defaultHosting = hosting ? this.choice(hosting, "hosting", HOSTINGS) : undefined;
        settings.domains = this.domains(top.get("domains"), settings.live, defaultHosting);
        return settings;
    }
    // --- YAML ---------------------------------------------------------------------------------
    parse(text) {
        try {
            this.doc = (0,dist/* parseDocument */.Tp)(text, { lineCounter: this.lines, uniqueKeys: false });
        }
        catch (err) {
            throw new UsageError(`${this.file}: invalid YAML: ${yamlReason(err)}`);
        }
        const error = this.doc.errors[0];
        if (error) {
            const at = error.linePos?.[0];
            const where = at ? `${this.file}:${at.line}:${at.col}` : this.file;
            const what = yamlReason(error).replace(/ at line \d+, column \d+:?$/, "");
            throw new UsageError(`${where}: invalid YAML: ${what}`);
        }
    }
    /**
     * Finds the node each alias names (the last anchor of that name before it, as YAML says)
     * in one pass, and refuses a document whose aliases expand exponentially.
     */
    resolveAliases() {
        const anchors = new Map();
        try {
            (0,dist/* visit */.YR)(this.doc, {
                Node: (_key, node) => {
                    if ((0,dist/* isAlias */.Vj)(node)) {
                        const target = anchors.get(node.source);
                        if (target)
                            this.aliasTargets.set(node, target);
                    }
                    else if (node.anchor) {
                        anchors.set(node.anchor, node);
                    }
                },
            });
            const expansions = new Map();
            for (const target of this.aliasTargets.values()) {
                if (this.aliasesWithin(target, expansions) > MAX_ALIAS_COUNT) {
                    throw new UsageError(`${this.file}: too many YAML aliases (one alias expands to more than ${MAX_ALIAS_COUNT} others); refusing to expand the document`);
                }
            }
        }
        catch (err) {
            if (err instanceof UsageError)
                throw err;
            throw new UsageError(`${this.file}: invalid YAML: ${yamlReason(err)}`);
        }
    }
    /**
     * How many aliases a node stands for once every alias in it is expanded (memoised per
     * node; an alias back into a node being counted, a recursive document, counts once).
     */
    aliasesWithin(node, memo) {
        if ((0,dist/* isAlias */.Vj)(node)) {
            const target = this.aliasTargets.get(node);
            return 1 + (target ? this.aliasesWithin(target, memo) : 0);
        }
        if (!(0,dist/* isNode */.Ll)(node) && !(0,dist/* isPair */.tO)(node))
            return 0;
        if ((0,dist/* isNode */.Ll)(node)) {
            const known = memo.get(node);
            if (known !== undefined)
                return known;
            memo.set(node, 0);
        }
        let count = 0;
        if ((0,dist/* isPair */.tO)(node)) {
            count = this.aliasesWithin(node.key, memo) + this.aliasesWithin(node.value, memo);
        }
        else if ((0,dist/* isCollection */.P3)(node)) {
            for (const item of node.items) {
                count += this.aliasesWithin(item, memo);
                // Stop early: the document is refused anyway, and the count may be astronomical.
                if (count > MAX_ALIAS_COUNT)
                    break;
            }
        }
        if ((0,dist/* isNode */.Ll)(node))
            memo.set(node, count);
        return count;
    }
    // --- positions and issues -------------------------------------------------------------
    spanOf(node) {
        const range = node?.range;
        if (!range)
            return undefined;
        const a = this.lines.linePos(range[0]);
        const b = this.lines.linePos(Math.max(range[0], range[1]));
        return { line: a.line, column: a.col, endLine: b.line, endColumn: b.col };
    }
    issue(at, message, domain) {
        const span = this.spanOf(at);
        const issue = {
            message,
            location: span ? { file: this.file, span } : { file: this.file },
        };
        if (domain !== undefined)
            issue.domain = domain;
        this.issues.push(issue);
    }
    // --- structure --------------------------------------------------------------------------
    /** The node an alias names (one step: never a copy of the expansion), or the node itself. */
    deref(node) {
        if ((0,dist/* isAlias */.Vj)(node))
            return this.aliasTargets.get(node) ?? null;
        return node ?? null;
    }
    /**
     * The pairs of a mapping by key, with every unknown, non-string or repeated key reported
     * (the first of repeated keys is used, as most YAML readers that accept them do).
     * Issues point at the key (rules.md: the key's line and column).
     */
    entries(map, known, path, domain) {
        const out = new Map();
        for (const pair of map.items) {
            const keyNode = this.deref(pair.key);
            const key = (0,dist/* isScalar */.jn)(keyNode) ? keyNode.value : undefined;
            const where = keyNode ?? this.deref(pair.value);
            if (typeof key !== "string") {
                this.issue(where, `${path || "the configuration"} has a key that is not a name`, domain);
                continue;
            }
            const full = path ? `${path}.${key}` : key;
            if (key === MERGE_KEY) {
                this.issue(keyNode, `${path || "the configuration"} uses a YAML merge key (<<), which this reader does not expand (YAML 1.2 has none); write the keys out, or share single values with an anchor and alias (policy: *shared)`, domain);
                continue;
            }
            if (!known.includes(key)) {
                // Keys get a hint only when they differ in case, "-" or "_" (`fail_on`, `zone_format`).
                const hint = closestName(key, known);
                this.issue(keyNode, `unknown key ${wording_quoted(full)}${hint ? `: did you mean "${hint}"?` : `; known keys here: ${known.join(", ")}`}`, domain);
                continue;
            }
            if (out.has(key)) {
                this.issue(keyNode, `key ${wording_quoted(full)} is repeated; only the first one is used`, domain);
                continue;
            }
            out.set(key, { key: keyNode, value: this.deref(pair.value) });
        }
        return out;
    }
    // --- typed values -------------------------------------------------------------------------
    scalarOf(entry, full, expected, domain) {
        const { key, value } = entry;
        if ((0,dist/* isScalar */.jn)(value) && value.value !== null)
            return value.value;
        this.issue(key, `${wording_quoted(full)} must be ${expected}, not ${typeName(value)}`, domain);
        return undefined;
    }
    string(entry, full, expected, domain) {
        const v = this.scalarOf(entry, full, expected, domain);
        if (v === undefined)
            return undefined;
        if (typeof v === "string" && v.trim() !== "")
            return v;
        this.issue(entry.key, `${wording_quoted(full)} must be ${expected}, not ${typeName(entry.value)}`, domain);
        return undefined;
    }
    choice(entry, full, allowed, domain) {
        const v = this.string(entry, full, `one of ${allowed.join(" | ")}`, domain);
        if (v === undefined)
            return undefined;
        return this.accept(entry, full, parseChoice(v, allowed), domain);
    }
    accept(entry, full, parsed, domain) {
        if (parsed.ok)
            return parsed.value;
        this.issue(entry.key, `${wording_quoted(full)}: ${parsed.reason}`, domain);
        return undefined;
    }
    boolean(entry, full) {
        const v = this.scalarOf(entry, full, "true or false");
        if (v === undefined || typeof v === "boolean")
            return v;
        this.issue(entry.key, `${wording_quoted(full)} must be true or false, not ${typeName(entry.value)}`);
        return undefined;
    }
    number(entry, full, min, max, integer) {
        const kind = integer ? "a whole number" : "a number";
        const v = this.scalarOf(entry, full, kind);
        if (v === undefined)
            return undefined;
        if (typeof v !== "number" || (integer && !Number.isInteger(v))) {
            this.issue(entry.key, `${wording_quoted(full)} must be ${kind}, not ${typeName(entry.value)}`);
            return undefined;
        }
        if (!integer && v <= 0)
            return this.accept(entry, full, { ok: false, reason: "must be more than 0" });
        return this.accept(entry, full, checkRange(v, min, max));
    }
    /** A file path from the configuration: kept inside the repository, made relative to cwd. */
    path(entry, full, domain) {
        const v = this.string(entry, full, "a file path", domain);
        if (v === undefined)
            return undefined;
        // Relative to the configuration file's directory (as tsconfig and ESLint do), so a config
        // in a subfolder works from the repository root; reported relative to the working directory.
        const absolute = (0,external_node_path_namespaceObject.resolve)(this.cwd, (0,external_node_path_namespaceObject.dirname)(this.file), v);
        if (!isInside(this.cwd, absolute)) {
            this.issue(entry.key, `${wording_quoted(full)}: ${v} is outside the repository (the working directory); paths in the configuration must stay inside it`, domain);
            return undefined;
        }
        return displayPath(this.cwd, absolute);
    }
    // --- sections -------------------------------------------------------------------------------
    live(entry) {
        const live = { ...DEFAULT_LIVE, resolvers: [] };
        if (!entry || ((0,dist/* isScalar */.jn)(entry.value) && entry.value.value === null))
            return live;
        if (!(0,dist/* isMap */.jh)(entry.value)) {
            this.issue(entry.key, `"live" must be a mapping (e.g. enabled: true), not ${typeName(entry.value)}`);
            return live;
        }
        const keys = this.entries(entry.value, LIVE_KEYS, "live");
        for (const name of ["enabled", "smtp", "allowPrivateAddresses"]) {
            const e = keys.get(name);
            const v = e && this.boolean(e, `live.${name}`);
            if (v !== undefined)
                live[name] = v;
        }
        for (const { key, min, max, integer } of NUMERIC_LIVE_SETTINGS) {
            const e = keys.get(key);
            const v = e && this.number(e, `live.${key}`, min, max, integer);
            if (v !== undefined)
                live[key] = v;
        }
        const resolvers = keys.get("resolvers");
        if (resolvers)
            live.resolvers = this.resolvers(resolvers);
        return live;
    }
    resolvers(entry) {
        const list = entry.value;
        if ((0,dist/* isScalar */.jn)(list) && list.value === null)
            return [];
        if (!(0,dist/* isSeq */.oP)(list)) {
            this.issue(entry.key, `"live.resolvers" must be a list of IP addresses, not ${typeName(list)}`);
            return [];
        }
        const out = [];
        list.items.forEach((item, i) => {
            const full = `live.resolvers[${i}]`;
            const node = this.deref(item);
            const v = this.string({ key: node ?? entry.key, value: node }, full, "an IP address");
            const parsed = v === undefined
                ? undefined
                : this.accept({ key: node, value: node }, full, parseResolver(v));
            if (parsed !== undefined)
                out.push(parsed);
        });
        return out;
    }
    rules(entry) {
        const out = {};
        const map = entry.value;
        if ((0,dist/* isScalar */.jn)(map) && map.value === null)
            return out;
        if (!(0,dist/* isMap */.jh)(map)) {
            this.issue(entry.key, `"rules" must be a mapping of rule IDs to off | notice | warning | error, not ${typeName(map)}`);
            return out;
        }
        for (const pair of map.items) {
            const keyNode = this.deref(pair.key);
            const id = (0,dist/* isScalar */.jn)(keyNode) ? keyNode.value : undefined;
            if (typeof id !== "string") {
                this.issue(keyNode, `"rules" has a key that is not a rule ID`);
                continue;
            }
            if (this.knownRules && !this.knownRules.has(id)) {
                const hint = closestName(id, this.knownRules, RULE_ID_TYPO_DISTANCE);
                this.issue(keyNode, `unknown rule ID ${wording_quoted(id)} in "rules"${hint ? `: did you mean "${hint}"?` : ""}`);
                continue;
            }
            if (id in out) {
                this.issue(keyNode, `rule ${wording_quoted(id)} is set twice in "rules"; only the first setting is used`);
                continue;
            }
            const value = this.deref(pair.value);
            const full = `rules.${id}`;
            if ((0,dist/* isScalar */.jn)(value) && value.value === false) {
                this.issue(keyNode, `${wording_quoted(full)}: false is not a setting; write off to disable the rule`);
                continue;
            }
            const setting = this.choice({ key: keyNode, value }, full, RULE_SETTINGS);
            if (setting)
                out[id] = setting;
        }
        return out;
    }
    domains(entry, live, defaultHosting) {
        if (!entry)
            throw new UsageError(`${this.file}: no "domains" list: nothing to lint`);
        const list = entry.value;
        if (!(0,dist/* isSeq */.oP)(list)) {
            const at = this.spanOf(entry.key);
            throw new UsageError(`${this.file}${at ? `:${at.line}:${at.column}` : ""}: "domains" must be a list of domain entries, not ${typeName(list)}`);
        }
        if (list.items.length === 0)
            throw new UsageError(`${this.file}: the "domains" list is empty: nothing to lint`);
        const out = [];
        const seen = new Set();
        const issuesBefore = this.issues.length;
        list.items.forEach((item, i) => {
            const d = this.domainEntry(this.deref(item), `domains[${i}]`, live, defaultHosting);
            if (!d)
                return;
            if (seen.has(d.settings.domain)) {
                this.issue(d.at, `domain ${d.settings.domain} is listed twice in "domains"; only the first entry is linted`, d.settings.domain);
                return;
            }
            seen.add(d.settings.domain);
            out.push(d.settings);
        });
        if (out.length === 0) {
            // Every entry was unusable: nothing can be linted (rules.md "Exit 2 vs findings").
            const first = this.issues[issuesBefore];
            const span = first?.location.span;
            const where = span ? `${this.file}:${span.line}:${span.column}` : this.file;
            throw new UsageError(`${where}: no usable entry in "domains", nothing to lint${first ? `: ${first.message}` : ""}`);
        }
        return out;
    }
    domainEntry(node, path, live, defaultHosting) {
        if (!(0,dist/* isMap */.jh)(node)) {
            this.issue(node, `${path} must be a mapping with domain, policy and zone, not ${typeName(node)}`);
            return undefined;
        }
        // The domain first: every other problem of the entry is reported under its name.
        const nameEntry = node.items
            .map((p) => ({ key: this.deref(p.key), value: this.deref(p.value) }))
            .find((p) => (0,dist/* isScalar */.jn)(p.key) && p.key.value === "domain");
        if (!nameEntry) {
            this.issue(node, `${path} has no "domain" key: the entry is not linted (add domain: example.com)`);
            return undefined;
        }
        const rawName = this.string(nameEntry, `${path}.domain`, "a domain name");
        const parsedName = rawName === undefined
            ? undefined
            : this.accept(nameEntry, `${path}.domain`, parseDomainName(rawName));
        if (parsedName === undefined)
            return undefined;
        const keys = this.entries(node, DOMAIN_KEYS, path, parsedName);
        const settings = { domain: parsedName, zoneFormat: "auto" };
        const policy = keys.get("policy");
        if (policy)
            settings.policy = this.path(policy, `${path}.policy`, parsedName);
        const zone = keys.get("zone");
        if (zone)
            settings.zone = this.path(zone, `${path}.zone`, parsedName);
        const format = keys.get("zoneFormat");
        if (format) {
            settings.zoneFormat =
                this.choice(format, `${path}.zoneFormat`, ZONE_FORMATS, parsedName) ?? "auto";
        }
        const hosting = keys.get("hosting");
        const chosenHosting = hosting
            ? this.choice(hosting, `${path}.hosting`, HOSTINGS, parsedName)
            : defaultHosting;
        if (chosenHosting)
            settings.hosting = chosenHosting;
        if (settings.policy === undefined)
            delete settings.policy;
        if (settings.zone === undefined)
            delete settings.zone;
        if (!policy && !zone && !live.enabled) {
            this.issue(nameEntry.key, `${path} (${parsedName}) names neither "policy" nor "zone": there is nothing to lint for it (add policy: and/or zone:)`, parsedName);
        }
        return { settings, at: nameEntry.key ?? node };
    }
}
/** A YAML parser message as one line (the parser adds a source excerpt on further lines). */
function yamlReason(err) {
    const message = err instanceof Error ? err.message : String(err);
    const first = message.split("\n")[0];
    // The parser's own recursion gives up on absurd nesting; say so in the user's terms.
    return /call stack/i.test(first) ? "the document is nested too deeply" : first;
}
/**
 * Reads `.mta-sts-lint.yml` (interface.md "Configuration file"). Problems that leave something
 * to lint are `ConfigIssue`s (rules.md "Partly usable config entries"); a file that cannot be
 * parsed, is not a mapping or lists no domains throws `UsageError` (exit 2).
 *
 * `file` is the path shown in findings; paths inside are relative to `cwd` (the repository
 * root), like every path the linter reports. `knownRuleIds` enables the unknown-rule check.
 */
function loadConfig(text, file, cwd, knownRuleIds) {
    const reader = new ConfigReader(file, cwd, knownRuleIds ? new Set(knownRuleIds) : undefined);
    const settings = reader.read(text);
    // In file order, whatever order the sections were validated in.
    const line = (i) => i.location.span?.line ?? 0;
    const issues = [...reader.issues].sort((a, b) => line(a) - line(b));
    return { settings, issues };
}

;// CONCATENATED MODULE: ./src/sources/domain.ts
/**
 * Builds one domain's model from its files, read through the caches (the working tree's, or
 * a base revision's); never throws (a failure is an input problem).
 */
function buildDomain(entry, policies, zones) {
    const model = { name: entry.domain, problems: [] };
    if (entry.policy !== undefined) {
        model.policyFile = entry.policy;
        try {
            const loaded = policies.get(entry.policy, entry.hosting);
            model.policyFile = loaded.file;
            if (loaded.policy)
                model.policy = loaded.policy;
            if (loaded.site)
                model.site = loaded.site;
            if (loaded.problem)
                model.problems.push(loaded.problem);
        }
        catch (err) {
            model.problems.push({ file: entry.policy, area: "policy", reason: internalReason(err) });
        }
    }
    if (entry.zone !== undefined) {
        model.zoneFile = entry.zone;
        try {
            const loaded = zones.load(entry.domain, entry.zone, entry.zoneFormat);
            model.zoneFile = loaded.file;
            if (loaded.zone)
                model.zone = loaded.zone;
            if (loaded.problem)
                model.problems.push(loaded.problem);
        }
        catch (err) {
            model.problems.push({ file: entry.zone, area: "zone", reason: internalReason(err) });
        }
    }
    return model;
}
function internalReason(err) {
    return `internal error while reading it (${err instanceof Error ? err.message : String(err)})`;
}

;// CONCATENATED MODULE: ./src/sources/site.ts



/** `_config.yml` and `CNAME` are small; anything larger is not one GitHub Pages would use. */
const MAX_SITE_FILE_BYTES = 256 * 1024;
/** The files that make a folder the root of a GitHub Pages site. */
const ROOT_MARKERS = ["_config.yml", "CNAME", ".nojekyll"];
/**
 * The site the policy file belongs to: the nearest folder at or above it (up to the working
 * directory, the repository root) that holds `_config.yml`, `CNAME` or `.nojekyll`; else the
 * repository root, which GitHub Pages publishes by default.
 */
function findSiteRoot(cwd, policyAbsolute, readFile = readSourceFile) {
    const root = (0,external_node_path_namespaceObject.resolve)(cwd);
    let dir = (0,external_node_path_namespaceObject.dirname)(policyAbsolute);
    if (!isInside(root, dir))
        return root;
    for (;;) {
        if (ROOT_MARKERS.some((m) => exists(cwd, (0,external_node_path_namespaceObject.join)(dir, m), readFile)))
            return dir;
        if ((0,external_node_path_namespaceObject.relative)(root, dir) === "")
            return root;
        dir = (0,external_node_path_namespaceObject.dirname)(dir);
    }
}
/** Is there a file (empty ones included, like `.nojekyll`) at this path? */
function exists(cwd, absolute, readFile) {
    const read = readFile(cwd, absolute, MAX_SITE_FILE_BYTES);
    return read.ok || read.problem.kind !== "missing";
}
function readSiteFile(cwd, absolute, readFile) {
    const read = readFile(cwd, absolute, MAX_SITE_FILE_BYTES);
    // A missing or unusable file is the same as none for the site model.
    return read.ok ? { file: displayPath(cwd, absolute), text: read.text } : undefined;
}
/**
 * What GitHub Pages makes of a policy file, or undefined when the file is not published by
 * GitHub Pages (`hosting: none`, or nothing in the site says Jekyll when not configured).
 * `text` is the decoded file (a leading BOM kept as U+FEFF: Jekyll then sees no front matter).
 * `readFile` reads the working tree, or the base revision when the policy is read from it.
 */
function loadSite(cwd, file, text, hosting, readFile = readSourceFile) {
    if (hosting === "none")
        return undefined;
    const absolute = (0,external_node_path_namespaceObject.resolve)(cwd, file);
    const rootDir = findSiteRoot(cwd, absolute, readFile);
    const input = {
        file,
        text,
        pathInSite: (0,external_node_path_namespaceObject.relative)(rootDir, absolute).split(external_node_path_namespaceObject.sep).join("/"),
        root: displayPath(cwd, rootDir),
    };
    const config = readSiteFile(cwd, (0,external_node_path_namespaceObject.join)(rootDir, "_config.yml"), readFile);
    if (config)
        input.config = config;
    const cname = readSiteFile(cwd, (0,external_node_path_namespaceObject.join)(rootDir, "CNAME"), readFile);
    if (cname)
        input.cname = cname;
    if (exists(cwd, (0,external_node_path_namespaceObject.join)(rootDir, ".nojekyll"), readFile))
        input.nojekyll = displayPath(cwd, (0,external_node_path_namespaceObject.join)(rootDir, ".nojekyll"));
    if (hosting === undefined) {
        const evidence = jekyllSiteEvidence(input);
        if (evidence === undefined)
            return undefined;
        input.detectedFrom = evidence;
    }
    return jekyllView(input);
}

;// CONCATENATED MODULE: ./src/sources/policy.ts





/** Offset of the first byte of 1-based `line` (LF, CRLF and a lone CR end a line, as LineIndex counts). */
function byteOffsetOfLine(bytes, line) {
    let current = 1;
    for (let i = 0; i < bytes.length && current < line; i++) {
        if (bytes[i] === 10 || (bytes[i] === 13 && bytes[i + 1] !== 10))
            current++;
        if (current === line)
            return i + 1;
    }
    return current === line ? 0 : bytes.length;
}
/**
 * Reads and parses a local policy file. The parser gets the bytes, not the decoded text, so
 * that a BOM or stray invalid UTF-8 is reported at its line (`policy-syntax`). When a static
 * site publishes the file, the parser gets the body the site serves (after Jekyll's front
 * matter), numbered from its real line in the file.
 */
function loadPolicy(cwd, path, hosting, readFile = readSourceFile) {
    const read = readFile(cwd, path, types_MAX_POLICY_BYTES);
    if (!read.ok) {
        const { file, kind, reason } = read.problem;
        return { file, problem: { file, area: "policy", reason, kind } };
    }
    const decoded = decodeText(read.bytes);
    const site = loadSite(cwd, read.file, decoded.hasBom ? `\uFEFF${decoded.text}` : decoded.text, hosting, readFile);
    if (!site || site.body.offset === 0) {
        return {
            file: read.file,
            policy: parsePolicy(read.bytes, { file: read.file }),
            ...(site ? { site } : {}),
        };
    }
    const firstLine = site.body.firstLine;
    const body = read.bytes.subarray(byteOffsetOfLine(read.bytes, firstLine));
    return { file: read.file, policy: parsePolicy(body, { file: read.file }, { firstLine }), site };
}
/**
 * Loads each policy file once, however many domains share it (rules.md "Shared policy
 * files"); the parsed document is shared, which is safe because nothing mutates it.
 */
class PolicyCache {
    cwd;
    readFile;
    loaded = new Map();
    /** `readFile` reads the working tree unless another revision's files are read. */
    constructor(cwd, readFile = readSourceFile) {
        this.cwd = cwd;
        this.readFile = readFile;
    }
    get(path, hosting) {
        // The hosting decides which body is linted, so it is part of the key.
        const key = `${hosting ?? "auto"}\0${path}`;
        let entry = this.loaded.get(key);
        if (!entry) {
            entry = loadPolicy(this.cwd, path, hosting, this.readFile);
            this.loaded.set(key, entry);
        }
        return entry;
    }
}

;// CONCATENATED MODULE: ./src/model/zone.ts
function indexRecords(records) {
    const byName = new Map();
    for (const r of records) {
        const list = byName.get(r.owner);
        if (list)
            list.push(r);
        else
            byName.set(r.owner, [r]);
    }
    return byName;
}

;// CONCATENATED MODULE: ./src/parse/zone/json-tree.ts

/** A parsed document: its root, and the positions of its nodes on demand. */
class JsonTree {
    root;
    lines;
    constructor(root, lines) {
        this.root = root;
        this.lines = lines;
    }
    span(node) {
        return this.lines.span(node.start, node.end);
    }
    /**
     * The source column of each decoded UTF-16 unit of a string written on one line (an
     * escape's units all map to its backslash); undefined for a string over several lines.
     */
    columns(node) {
        const span = this.span(node);
        if (span.line !== span.endLine)
            return undefined;
        const text = this.lines.text;
        const columns = [];
        let i = node.start + 1;
        while (i < node.end - 1) {
            const column = span.column + (i - node.start);
            if (text[i] === "\\") {
                columns.push(column);
                i += text[i + 1] === "u" ? 6 : 2;
            }
            else {
                columns.push(column);
                i++;
            }
        }
        return columns;
    }
}
/**
 * Deeper nesting is refused rather than risking the stack: the IR is three levels deep
 * (domains, records, metadata); a file of ten thousand `[` is an attack or an accident.
 */
const MAX_JSON_DEPTH = 64;
class JsonSyntaxError extends Error {
    offset;
    constructor(message, offset) {
        super(message);
        this.offset = offset;
    }
}
const ESCAPES = {
    '"': '"',
    "\\": "\\",
    "/": "/",
    b: "\b",
    f: "\f",
    n: "\n",
    r: "\r",
    t: "\t",
};
class Reader {
    text;
    i = 0;
    lines;
    constructor(text) {
        this.text = text;
        this.lines = new LineIndex(text);
    }
    parse() {
        // A byte order mark is not JSON, but editors on Windows write one and Go skips it too.
        if (this.text.charCodeAt(0) === 0xfeff)
            this.i = 1;
        this.skipBlanks();
        const root = this.value(0);
        this.skipBlanks();
        if (this.i < this.text.length)
            this.fail("unexpected text after the JSON value");
        return root;
    }
    fail(message, at = this.i) {
        throw new JsonSyntaxError(message, at);
    }
    skipBlanks() {
        const t = this.text;
        while (this.i < t.length) {
            const c = t.charCodeAt(this.i);
            if (c === 32 || c === 9 || c === 10 || c === 13)
                this.i++;
            else
                break;
        }
    }
    describeHere() {
        if (this.i >= this.text.length)
            return "the end of the file";
        return JSON.stringify(this.text[this.i]);
    }
    value(depth) {
        if (depth > MAX_JSON_DEPTH) {
            this.fail(`values nested more than ${MAX_JSON_DEPTH} deep; a DNSControl IR is not`);
        }
        const c = this.text[this.i];
        if (c === "{")
            return this.object(depth);
        if (c === "[")
            return this.array(depth);
        if (c === '"')
            return this.string();
        if (c === "-" || (c !== undefined && c >= "0" && c <= "9"))
            return this.number();
        for (const [word, node] of [
            ["true", { kind: "boolean", value: true }],
            ["false", { kind: "boolean", value: false }],
            ["null", { kind: "null" }],
        ]) {
            if (this.text.startsWith(word, this.i)) {
                const start = this.i;
                this.i += word.length;
                return { ...node, start, end: this.i };
            }
        }
        return this.fail(`expected a JSON value, found ${this.describeHere()}`);
    }
    object(depth) {
        const start = this.i++;
        const entries = [];
        this.skipBlanks();
        if (this.text[this.i] === "}") {
            this.i++;
            return { kind: "object", entries, start, end: this.i };
        }
        for (;;) {
            this.skipBlanks();
            if (this.text[this.i] !== '"') {
                this.fail(`expected a quoted property name, found ${this.describeHere()}`);
            }
            const key = this.string().value;
            this.skipBlanks();
            if (this.text[this.i] !== ":")
                this.fail(`expected ":" after the property name`);
            this.i++;
            this.skipBlanks();
            entries.push({ key, value: this.value(depth + 1) });
            this.skipBlanks();
            const c = this.text[this.i];
            if (c === ",") {
                this.i++;
                continue;
            }
            if (c === "}") {
                this.i++;
                return { kind: "object", entries, start, end: this.i };
            }
            this.fail(`expected "," or "}" in an object, found ${this.describeHere()}`);
        }
    }
    array(depth) {
        const start = this.i++;
        const items = [];
        this.skipBlanks();
        if (this.text[this.i] === "]") {
            this.i++;
            return { kind: "array", items, start, end: this.i };
        }
        for (;;) {
            this.skipBlanks();
            items.push(this.value(depth + 1));
            this.skipBlanks();
            const c = this.text[this.i];
            if (c === ",") {
                this.i++;
                continue;
            }
            if (c === "]") {
                this.i++;
                return { kind: "array", items, start, end: this.i };
            }
            this.fail(`expected "," or "]" in an array, found ${this.describeHere()}`);
        }
    }
    string() {
        const t = this.text;
        const start = this.i++;
        let out = "";
        // Copies runs of plain characters in one slice: strings are most of an IR.
        let run = this.i;
        for (;;) {
            if (this.i >= t.length)
                this.fail("unterminated string", start);
            const c = t.charCodeAt(this.i);
            if (c === 34) {
                out += t.slice(run, this.i);
                this.i++;
                break;
            }
            if (c < 0x20)
                this.fail("control character (a raw line break or tab) inside a string");
            if (c !== 92) {
                this.i++;
                continue;
            }
            out += t.slice(run, this.i);
            const e = t[this.i + 1];
            if (e === "u") {
                const hex = t.slice(this.i + 2, this.i + 6);
                if (!/^[0-9a-fA-F]{4}$/.test(hex))
                    this.fail("bad \\u escape: four hex digits expected");
                out += String.fromCharCode(Number.parseInt(hex, 16));
                this.i += 6;
            }
            else if (e !== undefined && e in ESCAPES) {
                out += ESCAPES[e];
                this.i += 2;
            }
            else {
                this.fail(`bad escape \\${e ?? ""} inside a string`);
            }
            run = this.i;
        }
        return { kind: "string", value: out, start, end: this.i };
    }
    number() {
        const start = this.i;
        const match = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
        match.lastIndex = start;
        const m = match.exec(this.text);
        if (!m)
            this.fail("malformed number");
        this.i = start + m[0].length;
        return {
            kind: "number",
            value: Number(m[0]),
            text: m[0],
            start,
            end: this.i,
        };
    }
}
/** Parses JSON text; a syntax error comes back with the line and column where it was found. */
function parseJsonTree(text) {
    const reader = new Reader(text);
    try {
        return { tree: new JsonTree(reader.parse(), reader.lines) };
    }
    catch (err) {
        if (!(err instanceof JsonSyntaxError))
            throw err;
        const at = reader.lines.position(err.offset);
        return {
            error: err.message,
            span: { line: at.line, column: at.column, endLine: at.line, endColumn: at.column + 1 },
        };
    }
}
/** The value of an object's property (the last one, as Go's encoding/json keeps it). */
function jsonProperty(node, name) {
    if (node.kind !== "object")
        return undefined;
    let found;
    for (const entry of node.entries)
        if (entry.key === name)
            found = entry.value;
    return found;
}

;// CONCATENATED MODULE: ./src/parse/zone/structured-records.ts




/** Types whose single value is a host name. */
const structured_records_NAME_TYPES = new Set(["CNAME", "NS", "PTR", "DNAME"]);
/** The absolute owner of a name written relative to the zone: "" and "@" are the apex. */
function ownerOf(relative, origin) {
    if (relative === "" || relative === "@")
        return { name: origin };
    const written = relative.endsWith(".") ? relative.slice(0, -1) : relative;
    const resolved = resolveName(written, origin);
    if ("error" in resolved)
        return { error: resolved.error };
    return { name: resolved.name };
}
/** A host name target: absolute when it ends with a dot, else relative to the zone. */
function hostName(written, origin, what) {
    if (written.trim() !== written || written === "") {
        return { error: `${what} ${wording_quoted(written)} is not a host name` };
    }
    const resolved = resolveName(written, origin);
    if ("error" in resolved)
        return { error: `${what}: ${resolved.error}` };
    return resolved.name;
}
/** Data of a one-value record of the types the rules read (A, AAAA, CNAME, NS, PTR, DNAME). */
function valueData(type, value, origin) {
    if (type === "A" || type === "AAAA") {
        const v4 = type === "A";
        const valid = v4 ? (0,external_node_net_namespaceObject.isIPv4)(value) : (0,external_node_net_namespaceObject.isIPv6)(value) && !value.includes("%");
        if (!valid) {
            const other = v4 ? (0,external_node_net_namespaceObject.isIPv6)(value) : (0,external_node_net_namespaceObject.isIPv4)(value);
            const advice = other
                ? ` (it is an ${v4 ? "IPv6" : "IPv4"} address: use an ${v4 ? "AAAA" : "A"} record)`
                : "";
            return {
                error: `${wording_quoted(value)} is not a valid ${v4 ? "IPv4" : "IPv6"} address${advice}`,
            };
        }
        return { data: { kind: "ADDRESS", address: v4 ? value : value.toLowerCase() } };
    }
    if (structured_records_NAME_TYPES.has(type)) {
        const target = hostName(value, origin, `${type} target`);
        if (typeof target !== "string")
            return target;
        return { data: { kind: "NAME", target } };
    }
    return {};
}
/** MX data from a preference and an exchange given as separate fields. */
function mxData(preference, exchange, origin) {
    if (!Number.isInteger(preference) || preference < 0 || preference > 65535) {
        return { error: `MX preference ${preference} is not a whole number from 0 to 65535` };
    }
    if (exchange === ".")
        return { data: { kind: "MX", preference, exchange: "", exchangeText: "." } };
    const name = hostName(exchange, origin, "MX exchange");
    if (typeof name !== "string")
        return name;
    return { data: { kind: "MX", preference, exchange: name, exchangeText: exchange } };
}
/**
 * A TXT string from a source value: `span` covers the characters themselves when their
 * columns are known, so a field inside the value can be pointed at exactly.
 */
function txtString(value) {
    const { columns, text } = value;
    if (!columns || columns.length !== text.length || text.length === 0) {
        return { text, span: value.span };
    }
    const line = value.span.line;
    const endColumn = value.endColumn ?? columns[columns.length - 1] + 1;
    return { text, span: { line, column: columns[0], endLine: line, endColumn }, columns };
}
/** The record's text in master-file presentation form, for `ZoneRecord.rdata`. */
function txtRdata(strings) {
    return strings.map((s) => zoneString(s.text)).join(" ");
}

;// CONCATENATED MODULE: ./src/parse/zone/dnscontrol.ts





/**
 * The JSON `dnscontrol print-ir` prints (DNSControl's models.DNSConfig): `domains[]`, each with
 * `name` and `records[]` of RecordConfig: `type`, `name` (a label, `@` the apex), `target`,
 * `ttl` (DNSControl's default 300 when absent or 0), `mxpreference`, and TXT text either in
 * `txtstrings` (DNSControl 3) or whole in `target` (DNSControl 4). `dnsconfig.js` is a
 * program; its IR is what DNSControl would publish.
 */
/** DNSControl's models.DefaultTTL. */
const DNSCONTROL_DEFAULT_TTL = 300;
function parseDnscontrolIr(text, file) {
    const parsed = parseJsonTree(text);
    if ("error" in parsed) {
        return {
            domains: [],
            issues: [{ file, span: parsed.span, message: `JSON syntax error: ${parsed.error}` }],
        };
    }
    const tree = parsed.tree;
    const root = tree.root;
    // Some tools save the domain list alone; accept it as DNSControl would the `domains` value.
    const list = root.kind === "array" ? root : jsonProperty(root, "domains");
    if (list?.kind !== "array") {
        const message = root.kind === "object"
            ? `this JSON has no "domains" list: it is not the output of "dnscontrol print-ir"`
            : `this JSON is ${describe(root)}, not the output of "dnscontrol print-ir" (an object with "domains")`;
        return { domains: [], issues: [{ file, span: tree.span(list ?? root), message }] };
    }
    const domains = [];
    const issues = [];
    for (const node of list.items) {
        const domain = readDomain(tree, node, file);
        if ("error" in domain)
            issues.push({ file, span: domain.span, message: domain.error });
        else
            domains.push(domain);
    }
    return { domains, issues };
}
function describe(node) {
    if (!node)
        return "nothing";
    switch (node.kind) {
        case "object":
            return "an object";
        case "array":
            return "a list";
        case "string":
            return JSON.stringify(node.value);
        case "number":
            return node.text;
        case "boolean":
            return String(node.value);
        case "null":
            return "null";
    }
}
function readDomain(tree, node, file) {
    const nameNode = jsonProperty(node, "name");
    if (nameNode?.kind !== "string" || nameNode.value === "") {
        return { error: `a domain of the IR has no "name"`, span: tree.span(nameNode ?? node) };
    }
    const written = nameNode.value;
    const name = normalizeHost(written.replace(/!.*$/, ""));
    const domain = { name, written, span: tree.span(nameNode), records: [], issues: [] };
    const records = jsonProperty(node, "records");
    if (records === undefined || records.kind === "null")
        return domain;
    if (records.kind !== "array") {
        domain.issues.push({
            file,
            span: tree.span(records),
            message: `"records" of ${wording_quoted(written)} is ${describe(records)}, not a list`,
        });
        return domain;
    }
    for (const record of records.items)
        dnscontrol_readRecord(tree, domain, record, file);
    return domain;
}
function dnscontrol_readRecord(tree, domain, node, file) {
    const fail = (at, message) => domain.issues.push({ file, span: tree.span(at), message });
    if (node.kind !== "object") {
        fail(node, `a record of ${wording_quoted(domain.written)} is ${describe(node)}, not an object`);
        return;
    }
    const typeNode = jsonProperty(node, "type");
    if (typeNode?.kind !== "string" || typeNode.value === "") {
        fail(typeNode ?? node, `a record has no "type"`);
        return;
    }
    const type = typeNode.value.toUpperCase();
    const nameNode = jsonProperty(node, "name");
    if (nameNode !== undefined && nameNode.kind !== "string") {
        fail(nameNode, `record name is ${describe(nameNode)}, not a string`);
        return;
    }
    const label = labelWithSubdomain(nameNode?.value ?? "@", jsonProperty(node, "subdomain"));
    const owner = ownerOf(label, domain.name);
    if ("error" in owner) {
        fail(nameNode ?? node, `record name ${wording_quoted(label)}: ${owner.error}`);
        return;
    }
    const ttlNode = jsonProperty(node, "ttl");
    let ttl = DNSCONTROL_DEFAULT_TTL;
    if (ttlNode !== undefined && ttlNode.kind !== "null") {
        if (ttlNode.kind !== "number" ||
            !Number.isInteger(ttlNode.value) ||
            ttlNode.value < 0 ||
            ttlNode.value > MAX_UINT32) {
            fail(ttlNode, `ttl ${describe(ttlNode)} is not a number of seconds; DNSControl's default ${DNSCONTROL_DEFAULT_TTL} was assumed`);
        }
        else if (ttlNode.value > 0) {
            ttl = ttlNode.value;
        }
    }
    const target = jsonProperty(node, "target");
    const targetText = target?.kind === "string" ? target : undefined;
    const base = { owner, ttl, type, file };
    if (type === "TXT" || type === "SPF") {
        const strings = txtStrings(tree, node, targetText);
        if (!strings) {
            fail(target ?? node, `the TXT record has neither "txtstrings" nor a "target" string`);
            return;
        }
        const span = strings.span;
        domain.records.push({
            ...base,
            owner: owner.name,
            class: "IN",
            rdata: txtRdata(strings.strings),
            data: { kind: "TXT", strings: strings.strings },
            span,
        });
        return;
    }
    if (!targetText) {
        // Pseudo-types (CF_REDIRECT, ...) and typed rdata without a target stay opaque.
        domain.records.push({
            ...base,
            owner: owner.name,
            class: "IN",
            rdata: "",
            span: tree.span(node),
        });
        return;
    }
    let result;
    if (type === "MX") {
        const preference = mxPreference(node);
        if (preference === undefined) {
            const written = jsonProperty(node, "mxpreference");
            fail(written ?? node, `MX "mxpreference" is ${describe(written)}, not a number from 0 to 65535`);
            return;
        }
        result = mxData(preference, targetText.value, domain.name);
    }
    else {
        result = valueData(type, targetText.value, domain.name);
    }
    if ("error" in result) {
        fail(targetText, result.error);
        return;
    }
    const rdata = type === "MX" ? `${mxPreference(node)} ${targetText.value}` : targetText.value;
    const record = {
        ...base,
        owner: owner.name,
        class: "IN",
        rdata,
        span: tree.span(targetText),
    };
    if (result.data)
        record.data = result.data;
    domain.records.push(record);
}
/** A record's label below a `D_EXTEND` subdomain, unless DNSControl already folded it in. */
function labelWithSubdomain(label, subdomain) {
    if (subdomain?.kind !== "string" || subdomain.value === "")
        return label;
    const sub = subdomain.value.toLowerCase();
    const lower = label.toLowerCase();
    if (lower === sub || lower.endsWith(`.${sub}`))
        return label;
    return label === "@" || label === "" ? subdomain.value : `${label}.${subdomain.value}`;
}
/** `mxpreference` (DNSControl 3 and 4), or the typed rdata's `Preference` of later versions. */
function mxPreference(node) {
    const direct = jsonProperty(node, "mxpreference");
    if (direct?.kind === "number")
        return direct.value;
    const rdata = jsonProperty(node, "rdata");
    const typed = rdata
        ? (jsonProperty(rdata, "Preference") ?? jsonProperty(rdata, "preference"))
        : undefined;
    if (typed?.kind === "number")
        return typed.value;
    // Go omits a zero preference ("omitempty"): an MX with a target and no preference has 0.
    return direct === undefined && typed === undefined ? 0 : undefined;
}
function fromJsonString(tree, node) {
    const span = tree.span(node);
    const value = { text: node.value, span };
    const columns = tree.columns(node);
    if (columns) {
        value.columns = columns;
        value.endColumn = span.endColumn - 1;
    }
    return value;
}
/** The TXT strings: each of `txtstrings` (DNSControl 3), else the whole `target`. */
function txtStrings(tree, node, target) {
    const list = jsonProperty(node, "txtstrings");
    if (list?.kind === "array" &&
        list.items.length > 0 &&
        list.items.every((i) => i.kind === "string")) {
        const strings = list.items.map((s) => txtString(fromJsonString(tree, s)));
        return { strings, span: tree.span(list) };
    }
    if (!target)
        return undefined;
    return { strings: [txtString(fromJsonString(tree, target))], span: tree.span(target) };
}

;// CONCATENATED MODULE: ./src/parse/zone/yaml-values.ts


/**
 * YAML documents read with the position of every value (for octoDNS zone files), on top of
 * the `yaml` package's node ranges: a finding points at the YAML value it is about.
 */
/**
 * How large a document may grow when its aliases are expanded before it is refused as a
 * resource-exhaustion attack ("billion laughs"): every reader walks an alias's value again at
 * each use, so the work is the expanded size. Zones share values through anchors (one `ttl:
 * *t` on every record, one MX list on many names), which grows a document by a small factor;
 * nested aliases grow it exponentially. The budget scales with the document, with a floor so
 * a small file may still use a large anchor many times.
 */
const YAML_EXPANSION_PER_NODE = 20;
const MIN_YAML_EXPANSION = 200_000;
/**
 * Parses one YAML document as octoDNS loads it (PyYAML, YAML 1.1). A syntax error is an
 * issue at the line the parser gives, and the document is not used: octoDNS stops there too.
 */
function yaml_values_readYaml(text, file) {
    const lines = new LineIndex(text);
    const issues = [];
    const doc = (0,dist/* parseDocument */.Tp)(text, {
        version: "1.1",
        prettyErrors: true,
        // yaml compares every key with every other: quadratic on a zone of 100,000 names. The
        // zone reader checks the names itself.
        uniqueKeys: false,
    });
    if (doc.errors.length > 0) {
        for (const error of doc.errors) {
            issues.push({
                file,
                span: lines.span(error.pos[0], Math.max(error.pos[1], error.pos[0] + 1)),
                message: `YAML syntax error: ${error.message.split("\n")[0].replace(/ at line \d+, column \d+:?$/, "")}`,
            });
        }
        return { lines, issues };
    }
    for (const warning of doc.warnings) {
        if (warning.code !== "TAG_RESOLVE_FAILED")
            continue;
        const tag = lines.text.slice(warning.pos[0], warning.pos[1]);
        issues.push({
            file,
            span: lines.span(warning.pos[0], warning.pos[1]),
            message: `the YAML tag ${tag} is not read by the linter: what it stands for was not checked. Write the records out in the zone file to have them linted`,
        });
    }
    const aliases = indexAliases(doc);
    if (aliases.first) {
        const budget = Math.max(MIN_YAML_EXPANSION, YAML_EXPANSION_PER_NODE * aliases.written);
        if (aliases.expanded > budget) {
            issues.push({
                file,
                span: spanOf(aliases.first, lines),
                message: 'YAML aliases here expand into an enormous document (a resource-exhaustion attack, "billion laughs"): the file was not read. Write the values out instead of nesting aliases',
            });
            return { lines, issues };
        }
        ALIAS_TARGETS.set(doc, aliases.targets);
    }
    return { doc, lines, issues };
}
/** Alias targets of documents read by readYaml (yaml's own lookup scans the document per alias). */
const ALIAS_TARGETS = new WeakMap();
/**
 * One walk in document order resolves every alias and sizes the expanded document, without
 * expanding it: an anchored node's expanded size is known when its walk ends, before any alias
 * to it (an alias inside its own anchor, a recursive structure, counts as one node).
 */
function indexAliases(doc) {
    const index = { targets: new Map(), written: 0, expanded: 0 };
    const anchors = new Map();
    const sizes = new Map();
    const walk = (node) => {
        if ((0,dist/* isAlias */.Vj)(node)) {
            index.written++;
            index.first ??= node;
            const target = anchors.get(node.source);
            index.targets.set(node, target);
            return (target && sizes.get(target)) ?? 1;
        }
        if (!(0,dist/* isNode */.Ll)(node))
            return 0;
        index.written++;
        if (node.anchor)
            anchors.set(node.anchor, node);
        let size = 1;
        if ((0,dist/* isCollection */.P3)(node)) {
            for (const item of node.items) {
                size += (0,dist/* isPair */.tO)(item) ? walk(item.key) + walk(item.value) : walk(item);
            }
        }
        if (node.anchor)
            sizes.set(node, size);
        return size;
    };
    index.expanded = walk(doc.contents);
    return index;
}
/** A node with an application tag (`!include`, ...) the linter does not read; reported once. */
function isForeignTagged(node) {
    const tag = node?.tag;
    return typeof tag === "string" && tag.startsWith("!") && !tag.startsWith("!!");
}
/** The node an alias stands for (the document has been checked against alias bombs). */
function resolved(node, doc) {
    if (!(0,dist/* isAlias */.Vj)(node))
        return node;
    const targets = ALIAS_TARGETS.get(doc);
    return targets?.has(node) ? targets.get(node) : node.resolve(doc);
}
function spanOf(node, lines) {
    const range = node.range;
    if (!range)
        return lines.span(0, 0);
    return lines.span(range[0], range[1]);
}
/** A YAML value for messages: scalars as written, collections by kind. */
function describeNode(node) {
    if ((0,dist/* isScalar */.jn)(node))
        return node.value === null ? "an empty value" : JSON.stringify(node.value);
    if ((0,dist/* isMap */.jh)(node))
        return "a mapping";
    if ((0,dist/* isSeq */.oP)(node))
        return "a list";
    return "nothing";
}
/**
 * A string scalar with the source column of each character when it is written on one line
 * (plain, single- or double-quoted), so that a field inside a TXT value can be pointed at.
 */
function sourceText(node, lines) {
    const text = String(node.value);
    const span = spanOf(node, lines);
    const range = node.range;
    if (!range || span.line !== span.endLine)
        return { text, span };
    const source = lines.text.slice(range[0], range[1]);
    const mapped = mapColumns(node.type, source, span.column);
    if (!mapped || mapped.columns.length !== text.length)
        return { text, span };
    return { text, span, columns: mapped.columns, endColumn: mapped.endColumn };
}
const SIMPLE_ESCAPE_LENGTH = { x: 4, u: 6, U: 10 };
function mapColumns(type, source, column) {
    const columns = [];
    if (type === dist/* Scalar */.X5.PLAIN) {
        for (let i = 0; i < source.length; i++)
            columns.push(column + i);
        return { columns, endColumn: column + source.length };
    }
    if (type === dist/* Scalar */.X5.QUOTE_SINGLE) {
        let i = 1;
        while (i < source.length - 1) {
            columns.push(column + i);
            i += source[i] === "'" && source[i + 1] === "'" ? 2 : 1;
        }
        return { columns, endColumn: column + source.length - 1 };
    }
    if (type === dist/* Scalar */.X5.QUOTE_DOUBLE) {
        let i = 1;
        while (i < source.length - 1) {
            if (source[i] !== "\\") {
                columns.push(column + i);
                i++;
                continue;
            }
            const length = SIMPLE_ESCAPE_LENGTH[source[i + 1]] ?? 2;
            const decoded = length === 10 ? Number.parseInt(source.slice(i + 2, i + 10), 16) : 0;
            columns.push(column + i);
            // An escape for a code point beyond U+FFFF decodes to two UTF-16 units.
            if (decoded > 0xffff)
                columns.push(column + i);
            i += length;
        }
        return { columns, endColumn: column + source.length - 1 };
    }
    return undefined;
}

;// CONCATENATED MODULE: ./src/parse/zone/octodns.ts






/**
 * octoDNS zone files (the YamlProvider's `<zone>.yaml`, and split zones: a directory of such
 * files), read as octoDNS reads them: top-level keys are names relative to the zone (`''` the
 * apex, `*` a wildcard), each holding one record or a list of records with `type`, `ttl`
 * (default 3600) and `value` or `values`. What octoDNS rejects is an issue at the YAML value.
 */
/** The YamlProvider's `default_ttl`. */
const OCTODNS_DEFAULT_TTL = 3600;
/** Types with one `value` (octoDNS's ValueMixin); the others take `values`. */
const SINGLE_VALUE_TYPES = new Set(["CNAME", "ALIAS", "DNAME"]);
/** Types whose values octoDNS handles as chunked text (`\;` escapes, 255-octet chunks). */
const TEXT_TYPES = new Set(["TXT", "SPF"]);
/** Reads the files of one zone (one file, or every file of a split-zone directory) together. */
function parseOctodnsZone(files, options) {
    const records = [];
    const issues = [];
    const seen = new Map();
    for (const { file, text } of files) {
        const yaml = yaml_values_readYaml(text, file);
        issues.push(...yaml.issues);
        if (!yaml.doc)
            continue;
        const ctx = {
            file,
            doc: yaml.doc,
            lines: yaml.lines,
            origin: options.origin,
            defaultTtl: options.defaultTtl ?? OCTODNS_DEFAULT_TTL,
            records,
            issues,
            seen,
        };
        readTopLevel(ctx);
    }
    return { records, issues };
}
function parseOctodnsFile(text, options) {
    return parseOctodnsZone([{ file: options.file, text }], options);
}
function issue(ctx, span, message) {
    ctx.issues.push({ file: ctx.file, span, message });
}
/** Where a YAML node stands, or `fallback` for what has no node (an absent value). */
function at(ctx, node, fallback) {
    const range = node?.range;
    return Array.isArray(range) ? spanOf(node, ctx.lines) : fallback;
}
function readTopLevel(ctx) {
    const root = resolved(ctx.doc.contents, ctx.doc);
    // An empty file (or one holding only comments or `---`) is an empty zone.
    if (root === null || ((0,dist/* isScalar */.jn)(root) && root.value === null))
        return;
    if (!(0,dist/* isMap */.jh)(root)) {
        issue(ctx, spanOf(root, ctx.lines), `an octoDNS zone file is a mapping of record names to records, but this file holds ${describeNode(root)}`);
        return;
    }
    const names = new Map();
    for (const pair of root.items) {
        const key = resolved(pair.key, ctx.doc);
        if ((0,dist/* isScalar */.jn)(key) && (typeof key.value === "string" || typeof key.value === "number")) {
            const name = String(key.value);
            const first = names.get(name);
            if (first !== undefined) {
                issue(ctx, spanOf(key, ctx.lines), `${nameForMessage(name)} is written twice (first at line ${first}): YAML keys must be unique, and octoDNS would keep only one of them. Put all its records in one list`);
                continue;
            }
            names.set(name, spanOf(key, ctx.lines).line);
        }
        octodns_readName(ctx, pair);
    }
}
function octodns_readName(ctx, pair) {
    const key = resolved(pair.key, ctx.doc);
    // A key that is not a scalar (`? [a]`) is pointed at as written; an explicit key may have no
    // value at all, so the value is only the last resort.
    const keyNode = [pair.key, key, pair.value].find(dist/* isNode */.Ll);
    const keySpan = keyNode ? spanOf(keyNode, ctx.lines) : ctx.lines.span(0, 0);
    const name = (0,dist/* isScalar */.jn)(key) ? key.value : undefined;
    if (typeof name !== "string" && typeof name !== "number") {
        issue(ctx, keySpan, `record name ${describeNode(key)} is not a name: write the name relative to the zone, '' for the apex`);
        return;
    }
    const owner = ownerOf(String(name), ctx.origin);
    if ("error" in owner) {
        issue(ctx, keySpan, `record name ${nameForMessage(String(name))}: ${owner.error}`);
        return;
    }
    const value = resolved(pair.value, ctx.doc);
    if (isForeignTagged(value))
        return;
    const entries = (0,dist/* isSeq */.oP)(value) ? value.items.map((item) => resolved(item, ctx.doc)) : [value];
    if (entries.length === 0) {
        issue(ctx, keySpan, `${nameForMessage(String(name))} holds an empty list: give it records or remove it`);
    }
    for (const entry of entries) {
        if (!(0,dist/* isMap */.jh)(entry)) {
            issue(ctx, at(ctx, entry, keySpan), `a record of ${nameForMessage(String(name))} is ${describeNode(entry)}, not a mapping with type and value(s)`);
            continue;
        }
        octodns_readRecord(ctx, owner.name, String(name), entry);
    }
}
/** A key of a record mapping (resolving aliases); undefined when absent. */
function field(ctx, map, key) {
    for (const pair of map.items) {
        const k = resolved(pair.key, ctx.doc);
        if ((0,dist/* isScalar */.jn)(k) && k.value === key)
            return resolved(pair.value, ctx.doc) ?? null;
    }
    return undefined;
}
function octodns_readRecord(ctx, owner, name, map) {
    const recordSpan = spanOf(map, ctx.lines);
    const typeNode = field(ctx, map, "type");
    if (!(0,dist/* isScalar */.jn)(typeNode) || typeof typeNode.value !== "string" || typeNode.value === "") {
        issue(ctx, typeNode && (0,dist/* isScalar */.jn)(typeNode) ? spanOf(typeNode, ctx.lines) : recordSpan, `a record of ${nameForMessage(name)} has no type (octoDNS needs "type: TXT", "type: MX", ...)`);
        return;
    }
    const type = typeNode.value.toUpperCase();
    if (type !== typeNode.value) {
        issue(ctx, spanOf(typeNode, ctx.lines), `octoDNS record types are upper case: write ${wording_quoted(type)}, not ${wording_quoted(typeNode.value)} (octoDNS reports "Unknown record type")`);
    }
    const ttl = readTtl(ctx, map);
    const values = readValues(ctx, map, type, name, recordSpan);
    if (values.length === 0)
        return;
    const setKey = `${owner}\u0000${type}`;
    const earlier = ctx.seen.get(setKey);
    if (earlier) {
        issue(ctx, spanOf(typeNode, ctx.lines), `a second ${type} record set for ${nameForMessage(name)} (the first is at line ${earlier.line}): octoDNS refuses duplicate records; put all values in one record's "values" list`);
        return;
    }
    ctx.seen.set(setKey, spanOf(typeNode, ctx.lines));
    for (const value of values) {
        const read = recordData(ctx, type, value);
        if (!read)
            continue;
        const record = {
            owner,
            ttl,
            class: "IN",
            type,
            rdata: read.rdata,
            file: ctx.file,
            span: read.span,
        };
        if (read.data)
            record.data = read.data;
        ctx.records.push(record);
    }
}
function readTtl(ctx, map) {
    const node = field(ctx, map, "ttl");
    if (node === undefined)
        return ctx.defaultTtl;
    const value = (0,dist/* isScalar */.jn)(node) ? node.value : undefined;
    if (typeof value === "number" && Number.isInteger(value) && value >= 0 && value <= MAX_TTL) {
        return value;
    }
    issue(ctx, (0,dist/* isScalar */.jn)(node) ? spanOf(node, ctx.lines) : spanOf(map, ctx.lines), `ttl ${describeNode(node)} is not a number of seconds (octoDNS rejects the record); the default ${ctx.defaultTtl} was assumed`);
    return ctx.defaultTtl;
}
/** The record's value nodes: `values` (a list, or one value), else `value`. */
function readValues(ctx, map, type, name, recordSpan) {
    const many = field(ctx, map, "values");
    const one = field(ctx, map, "value");
    const given = many ?? one;
    if (isForeignTagged(given))
        return [];
    const key = many !== undefined ? "values" : "value";
    if (given === undefined || given === null || ((0,dist/* isScalar */.jn)(given) && given.value === null)) {
        issue(ctx, recordSpan, `the ${type} record of ${nameForMessage(name)} has no ${SINGLE_VALUE_TYPES.has(type) ? "value" : "value or values"} (octoDNS: "missing value(s)")`);
        return [];
    }
    if ((0,dist/* isSeq */.oP)(given)) {
        if (SINGLE_VALUE_TYPES.has(type)) {
            issue(ctx, spanOf(given, ctx.lines), `a ${type} record has one value, but "${key}" holds a list (octoDNS rejects it)`);
            return [];
        }
        if (given.items.length === 0) {
            issue(ctx, spanOf(given, ctx.lines), `the ${type} record of ${nameForMessage(name)} has an empty "${key}" list (octoDNS: "missing value(s)")`);
        }
        return given.items.map((item) => resolved(item, ctx.doc));
    }
    return [given];
}
function recordData(ctx, type, node) {
    if (type === "MX")
        return readMx(ctx, node);
    const span = at(ctx, node, START_OF_TEXT);
    if (TEXT_TYPES.has(type)) {
        if (!(0,dist/* isScalar */.jn)(node) || typeof node.value !== "string") {
            issue(ctx, span, `a ${type} value must be a string, not ${describeNode(node)}: quote it`);
            return undefined;
        }
        const strings = readText(ctx, sourceText(node, ctx.lines));
        return strings ? { rdata: txtRdata(strings), data: { kind: "TXT", strings }, span } : undefined;
    }
    if (!(0,dist/* isScalar */.jn)(node)) {
        // Types the rules do not read (SRV, CAA, ...) keep their structured values opaque.
        return {
            rdata: JSON.stringify(
            // The document was checked against alias bombs; yaml's own limit (100) would refuse a
            // value that simply uses many aliases.
            node?.toJS?.(ctx.doc, { maxAliasCount: -1 }) ?? null),
            span,
        };
    }
    const text = String(node.value);
    if (["CNAME", "NS", "PTR", "DNAME", "ALIAS"].includes(type) && !text.endsWith(".")) {
        issue(ctx, span, `${type} value ${wording_quoted(text)} must end with a dot: octoDNS rejects it ("missing trailing .") — write ${wording_quoted(`${text}.`)}`);
        return undefined;
    }
    return fromData(ctx, valueData(type, text, ctx.origin), text, span);
}
function fromData(ctx, result, rdata, span) {
    if ("error" in result) {
        issue(ctx, span, result.error);
        return undefined;
    }
    return result.data ? { rdata, data: result.data, span } : { rdata, span };
}
/** MX values: `exchange` and `preference`, or the older `value` and `priority`. */
function readMx(ctx, node) {
    if (!(0,dist/* isMap */.jh)(node)) {
        const span = at(ctx, node, START_OF_TEXT);
        issue(ctx, span, `an MX value is a mapping with "exchange" and "preference" (e.g. {exchange: mx1.example.com., preference: 10}), not ${describeNode(node)}`);
        return undefined;
    }
    const mapSpan = spanOf(node, ctx.lines);
    const exchangeNode = field(ctx, node, "exchange") ?? field(ctx, node, "value");
    const preferenceNode = field(ctx, node, "preference") ?? field(ctx, node, "priority");
    if (!(0,dist/* isScalar */.jn)(exchangeNode) || typeof exchangeNode.value !== "string") {
        issue(ctx, mapSpan, `the MX value has no exchange host (octoDNS: "missing exchange")`);
        return undefined;
    }
    const span = spanOf(exchangeNode, ctx.lines);
    const preference = (0,dist/* isScalar */.jn)(preferenceNode) ? Number(preferenceNode.value) : Number.NaN;
    if (preferenceNode === undefined) {
        issue(ctx, mapSpan, `the MX value has no preference (octoDNS: "missing preference"); write "preference: 10"`);
        return undefined;
    }
    if (!Number.isInteger(preference)) {
        issue(ctx, (0,dist/* isScalar */.jn)(preferenceNode) ? spanOf(preferenceNode, ctx.lines) : mapSpan, `MX preference ${describeNode(preferenceNode)} is not a number (octoDNS: "invalid preference")`);
        return undefined;
    }
    const exchange = exchangeNode.value;
    if (exchange !== "." && !exchange.endsWith(".")) {
        issue(ctx, span, `MX exchange ${wording_quoted(exchange)} must end with a dot: octoDNS rejects it ("missing trailing .") — write ${wording_quoted(`${exchange}.`)}`);
        return undefined;
    }
    const check = hostName(exchange, ctx.origin, "MX exchange");
    if (typeof check !== "string" && exchange !== ".") {
        issue(ctx, span, check.error);
        return undefined;
    }
    return fromData(ctx, mxData(preference, exchange, ctx.origin), `${preference} ${exchange}`, span);
}
/**
 * A TXT value as octoDNS reads it: a value written already chunked (`"part" "part"`) is
 * joined, a `;` must be escaped (`\;`, which providers publish as `;`), and the whole text is
 * one string for the rules: octoDNS splits values longer than 255 octets into chunks itself.
 */
function readText(ctx, value) {
    let chars = charsOf(value);
    let text = value.text;
    if (text.startsWith('"') && text.length >= 2) {
        // octoDNS's _ChunkedValue.process: drop the outer quotes and every `" "` between chunks.
        const inner = drop(text, chars, [0, text.length - 1]);
        const joints = [];
        for (let i = inner.text.indexOf('" "'); i !== -1; i = inner.text.indexOf('" "', i + 3)) {
            joints.push(i, i + 1, i + 2);
        }
        const joined = drop(inner.text, inner.chars, joints);
        text = joined.text;
        chars = joined.chars;
    }
    let bad = false;
    for (const m of text.matchAll(/\w;/g)) {
        const at = (m.index ?? 0) + 1;
        issue(ctx, charSpan(value, chars, at), `unescaped ";" in the ${wording_quoted(text)} value: octoDNS rejects it ("unescaped ; in"). Write "\\;" for each ";" in octoDNS YAML`);
        bad = true;
    }
    for (const m of text.matchAll(/\\\\;/g)) {
        issue(ctx, charSpan(value, chars, m.index ?? 0), `double escaped ";" (\\\\;): octoDNS rejects it ("double escaped ;"); write "\\;"`);
        bad = true;
    }
    // biome-ignore lint/suspicious/noControlCharactersInRegex: ASCII test
    const nonAscii = /[^\x00-\x7f]/.exec(text);
    if (nonAscii) {
        issue(ctx, charSpan(value, chars, nonAscii.index), `non-ASCII character ${wording_quoted(nonAscii[0])} in a TXT value: octoDNS rejects it ("non ASCII character")`);
        bad = true;
    }
    if (bad)
        return undefined;
    const escapes = [];
    for (let i = text.indexOf("\\;"); i !== -1; i = text.indexOf("\\;", i + 2))
        escapes.push(i);
    const unescaped = drop(text, chars, escapes);
    const source = { text: unescaped.text, span: value.span };
    if (unescaped.chars) {
        source.columns = unescaped.chars;
        // The last character's end: where the value's own last character ends.
        const lastSource = value.columns?.[value.columns.length - 1];
        const last = unescaped.chars[unescaped.chars.length - 1];
        if (value.endColumn !== undefined && last === lastSource)
            source.endColumn = value.endColumn;
        else if (last !== undefined)
            source.endColumn = last + 1;
    }
    return [txtString(source)];
}
function charsOf(value) {
    return value.columns && value.columns.length === value.text.length
        ? [...value.columns]
        : undefined;
}
/** Removes the characters at some indexes, keeping the columns of the rest. */
function drop(text, chars, indexes) {
    if (indexes.length === 0)
        return chars ? { text, chars } : { text };
    const gone = new Set(indexes);
    let out = "";
    const kept = [];
    for (let i = 0; i < text.length; i++) {
        if (gone.has(i))
            continue;
        out += text[i];
        if (chars)
            kept.push(chars[i]);
    }
    return chars ? { text: out, chars: kept } : { text: out };
}
/** One character of a value, or the whole value when its columns are unknown. */
function charSpan(value, chars, index) {
    const column = chars?.[index];
    if (column === undefined)
        return value.span;
    return { line: value.span.line, column, endLine: value.span.line, endColumn: column + 1 };
}
/** A record name as the user wrote it, for messages: the apex is `''`. */
function nameForMessage(name) {
    return name === "" ? "the apex ('')" : wording_quoted(name);
}

;// CONCATENATED MODULE: ./src/sources/zone-format.ts

/** Where the user sets the format, for messages. */
const ZONE_FORMAT_SETTING = "The format is set with zoneFormat in the configuration file, --zone-format on the command line or the zone-format action input.";
/** Only the head of a file is looked at: the shape shows in the first records. */
const SNIFF_CHARS = 64 * 1024;
/** An octoDNS record: an indented `type: MX` (or `- type: MX` in a list of records). */
const OCTODNS_RECORD = /^[ \t]+(?:-[ \t]+)?type:[ \t]*['"]?[A-Za-z][A-Za-z0-9_]*['"]?[ \t]*(?:#.*)?$/m;
/** octoDNS's own configuration (providers and zones), which users sometimes point at. */
const OCTODNS_CONFIG = /^providers:[ \t]*$[\s\S]*^zones:[ \t]*$|^zones:[ \t]*$[\s\S]*^providers:[ \t]*$/m;
/** A master-file directive or a record line with a class or a common type after the owner. */
const MASTER_FILE = /^\$(?:ORIGIN|TTL|INCLUDE|GENERATE)\b|^\S*[ \t]+(?:\d+[smhdw]?[ \t]+)?(?:(?:IN|CH|HS)[ \t]+)?(?:SOA|NS|MX|A|AAAA|TXT|CNAME)[ \t]/im;
/** A line with nothing but a comment, a YAML document marker or blanks. */
const EMPTY_YAML_LINE = /^[ \t]*(?:(?:---|\.\.\.)[ \t]*)?(?:#.*)?$/;
/**
 * Nothing but comments, blank lines and YAML document markers: an empty octoDNS zone. Tested
 * line by line: one pattern over the whole text backtracks exponentially on many comment lines
 * with trailing blanks (each blank can belong to the comment or to the padding).
 */
function isEmptyYaml(head) {
    return head.split(/\r?\n/).every((line) => EMPTY_YAML_LINE.test(line));
}
function looksLikeIr(head) {
    return /^\s*\[/.test(head) || /"domains"\s*:/.test(head);
}
/**
 * The format of a zone source whose format was left on `auto`, by file name and content:
 * octoDNS keeps zones in YAML (a directory of YAML files for a split zone), DNSControl's IR
 * is JSON with `domains`, anything else is a BIND master file (which has no customary
 * extension: `.zone`, `.db`, `db.example`, bare names). A file that fits none, or two, is
 * reported rather than guessed: a wrong guess would make every check after it wrong.
 */
function detectZoneFormat(path, text, isDirectory = false) {
    if (isDirectory)
        return { format: "octodns" };
    const ext = (0,external_node_path_namespaceObject.extname)(path).toLowerCase();
    const head = text?.slice(0, SNIFF_CHARS);
    if (ext === ".yaml" || ext === ".yml") {
        if (head === undefined || OCTODNS_RECORD.test(head) || isEmptyYaml(head)) {
            return { format: "octodns" };
        }
        if (OCTODNS_CONFIG.test(head)) {
            return {
                unknown: "it is an octoDNS configuration file (providers and zones), not a zone: name the zone file the YamlProvider reads, <directory>/<zone>.yaml",
            };
        }
        return {
            unknown: "it is YAML but holds no octoDNS records (names with type and value); if it is an octoDNS zone, set the zone format to octodns",
        };
    }
    if (ext === ".json") {
        if (head === undefined || looksLikeIr(head))
            return { format: "dnscontrol" };
        return {
            unknown: 'it is JSON but not the output of "dnscontrol print-ir" (no "domains"); if it is, set the zone format to dnscontrol',
        };
    }
    if (head === undefined)
        return { format: "bind" };
    if (/^\uFEFF?\s*[{[]/.test(head)) {
        if (looksLikeIr(head))
            return { format: "dnscontrol" };
        return {
            unknown: 'it looks like JSON but is not the output of "dnscontrol print-ir" (no "domains"); set the zone format',
        };
    }
    const octodns = OCTODNS_RECORD.test(head);
    const master = MASTER_FILE.test(head);
    if (octodns && master) {
        return {
            unknown: "it has both octoDNS YAML records and master-file lines; set the zone format (bind or octodns)",
        };
    }
    return { format: octodns ? "octodns" : "bind" };
}

;// CONCATENATED MODULE: ./src/sources/zone.ts












/**
 * Most `$INCLUDE` files read for one zone. Nesting is limited by the parser, but a file that
 * includes another many times, which includes another many times, multiplies: 200 lines at
 * three levels are eight million reads. Real zones include a few files.
 */
const MAX_INCLUDED_FILES = 1000;
/**
 * Resolves `$INCLUDE` the way rules.md asks: relative to the including file's directory, then
 * to the working directory (the repository root); never outside it, symbolic links included.
 * One resolver serves one zone: together, the zone (`alreadyRead` bytes) and the files it
 * includes stay within `maxBytes` and MAX_INCLUDED_FILES.
 */
function includeResolver(cwd, maxBytes, alreadyRead = 0, readFile = readSourceFile) {
    let bytesLeft = maxBytes - alreadyRead;
    let filesLeft = MAX_INCLUDED_FILES;
    return (path, fromFile) => {
        if (filesLeft <= 0) {
            return {
                error: `the zone already includes ${MAX_INCLUDED_FILES} files, the most the linter reads for one zone (are the same files included over and over?)`,
            };
        }
        filesLeft--;
        const candidates = (0,external_node_path_namespaceObject.isAbsolute)(path)
            ? [(0,external_node_path_namespaceObject.resolve)(path)]
            : [...new Set([(0,external_node_path_namespaceObject.resolve)(cwd, (0,external_node_path_namespaceObject.dirname)(fromFile), path), (0,external_node_path_namespaceObject.resolve)(cwd, path)])];
        let refusedOutside = false;
        for (const candidate of candidates) {
            if (!isInside(cwd, candidate)) {
                refusedOutside = true;
                continue;
            }
            const read = readFile(cwd, candidate, Math.max(bytesLeft, 0));
            if (read.ok) {
                bytesLeft -= read.bytes.length;
                return { file: read.file, text: read.text };
            }
            if (read.problem.kind === "too-large" && bytesLeft < maxBytes) {
                return {
                    error: `${read.problem.file}: the zone and the files it includes would exceed ${formatBytes(maxBytes)} together`,
                };
            }
            // An included file may legitimately be empty (a placeholder for generated records).
            if (read.problem.kind === "empty")
                return { file: read.problem.file, text: "" };
            if (read.problem.kind === "missing")
                continue;
            return { error: `${read.problem.file}: ${read.problem.reason}` };
        }
        if (refusedOutside) {
            return {
                error: `${wording_quoted(path)} is outside the repository; $INCLUDE may only name files inside it`,
            };
        }
        const looked = candidates.map((c) => displayPath(cwd, c)).join(", ");
        return { error: `${wording_quoted(path)} not found (looked for ${looked})` };
    };
}
/**
 * Reads and parses each zone file once for a whole run, however many domains it serves (a
 * parent zone holding several policy domains, or one export shared by a list of domains).
 * A file is parsed with the origin it declares ($ORIGIN first, else an absolute SOA owner),
 * as named-checkzone loads a zone, so the parse does not depend on which domain asked; only
 * a file that names no origin is parsed once per domain, relative to it.
 */
class ZoneCache {
    cwd;
    maxBytes;
    options;
    parsed = new Map();
    reads = new Map();
    irs = new Map();
    /**
     * `readFile` reads the working tree unless another revision's files are read. With
     * `interest` (the run's policy domains), zones are read lean for those domains: only the
     * records the rules read are kept (src/model/zone-interest.ts).
     */
    constructor(cwd, maxBytes, options = {}) {
        this.cwd = cwd;
        this.maxBytes = maxBytes;
        this.options = options;
    }
    get readFile() {
        return this.options.readFile ?? readSourceFile;
    }
    load(domain, path, format) {
        const parsed = this.parse(domain, path, format);
        if ("problem" in parsed)
            return parsed;
        const { zone, apexFrom } = parsed;
        const apex = zone.origin;
        if (apex !== undefined && apex !== domain && !isAtOrBelow(domain, apex)) {
            // Another domain's zone: its checks would look for names it cannot hold and pass silently.
            return {
                file: parsed.file,
                problem: {
                    file: parsed.file,
                    area: "zone",
                    reason: `it is the zone of ${apex} (its ${apexFrom ?? "$ORIGIN"}), which does not contain ${domain}: the configuration names another domain's zone file`,
                },
            };
        }
        return { file: parsed.file, zone };
    }
    read(path) {
        let read = this.reads.get(path);
        if (!read) {
            read = this.readFile(this.cwd, path, this.maxBytes);
            this.reads.set(path, read);
        }
        return read;
    }
    parse(domain, path, format) {
        const read = this.read(path);
        if (!read.ok) {
            const { file, kind, reason } = read.problem;
            // A split octoDNS zone is a directory of YAML files.
            if (kind === "directory" && (format === "auto" || format === "octodns")) {
                return this.parseSplitOctodns(domain, path, file);
            }
            return { file, problem: { file, area: "zone", reason, kind } };
        }
        let concrete;
        if (format === "auto") {
            const detected = detectZoneFormat(path, read.text);
            if ("unknown" in detected) {
                const reason = `cannot tell the zone format: ${detected.unknown}. ${ZONE_FORMAT_SETTING}`;
                return { file: read.file, problem: { file: read.file, area: "zone", reason } };
            }
            concrete = detected.format;
        }
        else {
            concrete = format;
        }
        if (concrete === "octodns") {
            const limit = Math.min(this.maxBytes, MAX_OCTODNS_BYTES);
            if (read.bytes.length > limit) {
                return {
                    file: read.file,
                    problem: {
                        file: read.file,
                        area: "zone",
                        reason: octodnsTooLarge(limit, read.bytes.length),
                    },
                };
            }
            const named = octodnsZoneName(read.file);
            return this.parseOctodns(named ?? domain, read.file, [read], named !== undefined);
        }
        if (concrete === "dnscontrol")
            return this.parseDnscontrol(domain, read.file, read.text);
        return this.parseMaster(domain, read);
    }
    /** octoDNS files of one zone, parsed once per zone name. */
    parseOctodns(origin, file, files, namedByFile) {
        const key = `${file}\u0000${origin}`;
        const cached = this.parsed.get(key);
        if (cached)
            return cached;
        const result = parseOctodnsZone(files, { origin });
        const zone = {
            file,
            format: "octodns",
            origin,
            records: result.records,
            issues: result.issues,
            byName: indexRecords(result.records),
            files: files.map((f) => f.file),
        };
        const entry = namedByFile ? { file, zone, apexFrom: "file name" } : { file, zone };
        this.parsed.set(key, entry);
        return entry;
    }
    /**
     * A split zone (octoDNS's YamlProvider with `split_extension`, or the older
     * SplitYamlProvider): a directory named after the zone (`example.com.` or `example.com`)
     * whose YAML files together hold the zone, the apex usually in the catch-all
     * `$example.com.yaml`. Findings about absent records point at that file.
     */
    parseSplitOctodns(domain, path, shown) {
        const absolute = (0,external_node_path_namespaceObject.resolve)(this.cwd, path);
        let names;
        try {
            names = (0,external_node_fs_namespaceObject.readdirSync)(absolute)
                .filter((n) => /\.ya?ml$/i.test(n))
                .sort();
        }
        catch {
            return {
                file: shown,
                problem: { file: shown, area: "zone", reason: "the directory cannot be read" },
            };
        }
        if (names.length === 0) {
            const reason = "is a directory without YAML files; a zone is a file, or an octoDNS split-zone directory of <name>.yaml files";
            return { file: shown, problem: { file: shown, area: "zone", reason } };
        }
        const zoneName = asZoneName((0,external_node_path_namespaceObject.basename)(absolute));
        const catchall = names.find((n) => n.startsWith("$")) ?? names[0];
        const files = [];
        const limit = Math.min(this.maxBytes, MAX_OCTODNS_BYTES);
        let budget = limit;
        for (const name of names) {
            const read = readSourceFile(this.cwd, (0,external_node_path_namespaceObject.join)(absolute, name), budget);
            if (!read.ok) {
                // An empty file holds no records; anything else unreadable makes the zone incomplete.
                if (read.problem.kind === "empty")
                    continue;
                const { file, reason } = read.problem;
                const why = read.problem.kind === "too-large" ? octodnsTooLarge(limit, undefined) : reason;
                return { file, problem: { file, area: "zone", reason: why } };
            }
            budget -= read.bytes.length;
            files.push({ file: read.file, text: read.text });
        }
        const anchor = displayPath(this.cwd, (0,external_node_path_namespaceObject.join)(absolute, catchall));
        return this.parseOctodns(zoneName ?? domain, anchor, files, zoneName !== undefined);
    }
    /**
     * A DNSControl IR is read once however many domains it holds; a domain's zone is the IR
     * domain it is at or below (the most specific one).
     */
    parseDnscontrol(domain, file, text) {
        let ir = this.irs.get(file);
        if (!ir) {
            ir = parseDnscontrolIr(text, file);
            this.irs.set(file, ir);
        }
        const match = ir.domains
            .filter((d) => isAtOrBelow(domain, d.name))
            .reduce((best, d) => (!best || d.name.length > best.name.length ? d : best), undefined);
        if (!match) {
            if (ir.issues.length > 0) {
                // The file cannot be read (malformed JSON): its syntax errors are the findings.
                const zone = {
                    file,
                    format: "dnscontrol",
                    origin: domain,
                    records: [],
                    issues: ir.issues,
                    byName: new Map(),
                    files: [file],
                };
                return { file, zone };
            }
            const names = ir.domains.map((d) => d.name);
            const has = names.length === 0 ? "it has no domains" : `it has ${names.join(", ")}`;
            const reason = `the DNSControl IR has no domain containing ${domain} (${has}): run "dnscontrol print-ir" with the dnsconfig.js that manages ${domain}`;
            return { file, problem: { file, area: "zone", reason } };
        }
        const key = `${file}\u0000${match.name}`;
        const cached = this.parsed.get(key);
        if (cached)
            return cached;
        const records = match.records;
        const zone = {
            file,
            format: "dnscontrol",
            origin: match.name,
            records,
            issues: [...ir.issues, ...match.issues],
            byName: indexRecords(records),
            files: [file],
        };
        const entry = { file, zone };
        this.parsed.set(key, entry);
        return entry;
    }
    parseMaster(domain, read) {
        const declared = declaredOriginOf(read.text, read.file);
        const origin = declared === undefined ? domain : normalizeHost(declared);
        // A lean parse keeps the names of every domain of the run, so it serves each of them.
        const lean = this.options.interest?.domains.has(domain) ? this.options.interest : undefined;
        const key = `${read.file}\u0000${origin}${lean ? "" : "\u0000full"}`;
        const cached = this.parsed.get(key);
        if (cached)
            return cached;
        const files = new Set([read.file]);
        const resolveInclude = includeResolver(this.cwd, this.maxBytes, read.bytes.length, (cwd, path, maxBytes) => {
            // Found or not, the zone depends on the file: one added or deleted changes it.
            files.add(displayPath(cwd, (0,external_node_path_namespaceObject.resolve)(cwd, path)));
            return this.readFile(cwd, path, maxBytes);
        });
        const options = { file: read.file, origin, include: resolveInclude };
        const result = lean
            ? parseLeanMasterFile(read.text, options, lean)
            : parseMasterFile(read.text, options);
        const soaApex = zoneApex(result.records, read.file);
        const zone = {
            file: read.file,
            format: "bind",
            origin: soaApex ?? (declared === undefined ? domain : origin),
            records: result.records,
            issues: result.issues,
            byName: indexRecords(result.records),
            counts: result.counts,
            files: [...files],
        };
        if (result.nodesBelow)
            zone.nodesBelow = result.nodesBelow;
        const apexFrom = declared !== undefined && origin === zone.origin
            ? "$ORIGIN"
            : soaApex !== undefined
                ? "SOA record"
                : undefined;
        const entry = apexFrom
            ? { file: read.file, zone, apexFrom }
            : { file: read.file, zone };
        this.parsed.set(key, entry);
        return entry;
    }
}
/**
 * The zone's apex: the owner of the SOA record in the zone file itself (not in an included
 * file). A later `$ORIGIN` for a part of the zone does not move it.
 */
function zoneApex(records, file) {
    const soa = records.find((r) => r.type === "SOA" && r.file === file && r.owner !== "");
    return soa?.owner;
}
/**
 * The largest octoDNS zone read (all files of a split zone together). YAML is read at a few
 * MiB a second; a larger zone would stall the run for minutes instead of linting it.
 */
const MAX_OCTODNS_BYTES = 8 * 1024 * 1024;
function octodnsTooLarge(limit, size) {
    const actual = size === undefined ? "" : ` (${size} bytes)`;
    return `the octoDNS zone is larger than ${formatBytes(limit)}${actual}, the most the linter reads as YAML; lint a BIND master-file export of the zone instead (zone format bind)`;
}
/** A zone name from a file or directory name: `example.com.`, `example.com`, `$example.com`. */
function asZoneName(name) {
    const bare = name.replace(/^\$/, "").replace(/\.$/, "").toLowerCase();
    if (!bare.includes(".") || !isValidHostName(normalizeHost(bare)))
        return undefined;
    return normalizeHost(bare);
}
/**
 * The zone an octoDNS file is for: the YamlProvider reads `<directory>/<zone>.yaml` (the zone
 * name with its trailing dot, so `example.com.yaml`), a split zone's catch-all `$<zone>.yaml`.
 */
function octodnsZoneName(path) {
    return asZoneName((0,external_node_path_namespaceObject.basename)(path).replace(/\.ya?ml$/i, ""));
}

;// CONCATENATED MODULE: ./src/sources/base/snapshot.ts







/** Thrown when a file the comparison needs cannot be read at the base revision. */
class BaseUnavailable extends Error {
    via;
    reason;
    name = "BaseUnavailable";
    constructor(via, reason) {
        super(reason);
        this.via = via;
        this.reason = reason;
    }
}
/**
 * `$INCLUDE` chains are found while parsing, so the files of the base revision are fetched in
 * rounds: each round parses what is there and asks for the included files it missed.
 */
const MAX_FETCH_ROUNDS = 6;
/**
 * A `FileReader` over the fetched files of the base revision, with the same checks as the
 * working tree's (size, text, inside the repository). A path not fetched yet is recorded in
 * `wanted` and reads as missing for this round.
 */
function snapshotReader(files, wanted) {
    return (cwd, path, maxBytes) => {
        const absolute = (0,external_node_path_namespaceObject.resolve)(cwd, path);
        const file = displayPath(cwd, absolute);
        const missing = {
            ok: false,
            problem: { file, kind: "missing", reason: "file not found" },
        };
        if (!isInside(cwd, absolute))
            return missing;
        const entry = files.get(file);
        if (!entry) {
            wanted.add(file);
            return missing;
        }
        if (entry.state !== "found")
            return missing;
        return sourceFromBytes(file, entry.bytes, maxBytes);
    };
}
/**
 * Every domain the working tree's configuration lists (the run may lint one of them only,
 * `--domain`), or undefined when it cannot be read again.
 */
function configuredDomains(cwd, config) {
    const read = readSourceFile(cwd, config, MAX_CONFIG_BYTES);
    if (!read.ok)
        return undefined;
    try {
        return new Set((loadConfig(read.text, config, cwd).settings.domains ?? []).map((d) => d.domain));
    }
    catch {
        return undefined;
    }
}
function pathsOf(entries) {
    return entries.flatMap((e) => [e.policy, e.zone].filter((p) => p !== undefined));
}
/**
 * Reads the base revision's configuration, policies and zones with `reader` and parses them
 * with the working tree's parsers. Domains are matched by name through the base revision's
 * own configuration, so a moved policy or zone file is compared with its old self; without a
 * base configuration (single-domain runs, or a configuration new in this revision) the same
 * paths are compared.
 */
async function readBaseView(reader, settings, heads) {
    const { cwd } = settings;
    const files = new Map();
    const fetch = async (paths) => {
        const want = [...new Set(paths)].filter((p) => !files.has(p));
        if (want.length === 0)
            return;
        for (const [path, file] of await reader.read(want)) {
            if (file.state === "unavailable")
                throw new BaseUnavailable(reader.via, `${path}: ${file.reason}`);
            files.set(path, file);
        }
    };
    const names = new Set(heads.map((h) => h.name));
    const headEntries = settings.domains.filter((d) => names.has(d.domain));
    const config = settings.configFile;
    await fetch([...(config !== undefined ? [config] : []), ...pathsOf(headEntries)]);
    const notes = [];
    let baseEntries;
    const configFile = config !== undefined ? files.get(config) : undefined;
    if (config !== undefined && configFile?.state === "found") {
        const read = sourceFromBytes(config, configFile.bytes, MAX_CONFIG_BYTES);
        try {
            if (!read.ok)
                throw new Error(read.problem.reason);
            baseEntries = loadConfig(read.text, config, cwd).settings.domains ?? [];
        }
        catch (err) {
            notes.push(`the base revision's ${config} could not be read (${err instanceof Error ? err.message : String(err)}); its domains were compared at the same paths`);
        }
    }
    // Indexed once: a configuration may list thousands of domains. The first entry of a name wins.
    const byName = new Map();
    for (const e of baseEntries ?? headEntries)
        if (!byName.has(e.domain))
            byName.set(e.domain, e);
    const entryFor = (name) => byName.get(name);
    const listedNow = config !== undefined ? configuredDomains(cwd, config) : undefined;
    const dropped = listedNow
        ? (baseEntries ?? []).map((e) => e.domain).filter((d) => !listedNow.has(d))
        : [];
    await fetch(pathsOf(heads.map((h) => entryFor(h.name)).filter((e) => e !== undefined)));
    // The base zones are read lean for the same domains as the head's.
    const interest = new ZoneInterest(heads.map((h) => h.name));
    for (let round = 1;; round++) {
        const wanted = new Set();
        const read = snapshotReader(files, wanted);
        const policies = new PolicyCache(cwd, read);
        const zones = new ZoneCache(cwd, settings.maxZoneBytes, { readFile: read, interest });
        const models = new Map();
        for (const head of heads) {
            const entry = entryFor(head.name);
            models.set(head.name, entry ? buildDomain(entry, policies, zones) : null);
        }
        if (wanted.size === 0)
            return { models, dropped, notes };
        // A base zone missing part of its $INCLUDE chain would show the records of the missing
        // files as new in this revision: no comparison rather than a wrong one.
        if (round === MAX_FETCH_ROUNDS)
            throw new BaseUnavailable(reader.via, `the base revision's zone files include each other more than ${MAX_FETCH_ROUNDS - 1} levels deep (${[...wanted].sort().join(", ")} not read)`);
        await fetch([...wanted]);
    }
}

;// CONCATENATED MODULE: ./src/sources/base/index.ts




const HOW_TO_ENABLE = "To enable them, check out the history (actions/checkout with fetch-depth: 0) or let the job's token read the repository (permissions: contents: read) so the base files can be read through GitHub's API.";
/** The one note of a run whose change checks could not run, and how to enable them. */
function skippedNote(revision, reasons) {
    const why = reasons.map((r) => `${r.via}: ${r.reason}`).join("; ");
    return `change-safety checks skipped: the base revision ${revision} could not be read (${why}). ${HOW_TO_ENABLE}`;
}
/** Every working-tree file the comparison depends on: configuration, policies, zones, includes. */
function relevantPaths(settings, models) {
    const paths = new Set();
    if (settings.configFile !== undefined)
        paths.add(settings.configFile);
    for (const d of settings.domains) {
        if (d.policy !== undefined)
            paths.add(d.policy);
        if (d.zone !== undefined)
            paths.add(d.zone);
    }
    const zones = new Set();
    for (const m of models) {
        if (m.policyFile !== undefined)
            paths.add(m.policyFile);
        if (m.zoneFile !== undefined)
            paths.add(m.zoneFile);
        if (m.zone)
            zones.add(m.zone);
    }
    // A zone shared by many domains is one model: its files are gathered once.
    for (const zone of zones) {
        // A lean zone keeps only some records, so its list of files is what tells the includes.
        for (const file of zone.files ?? [zone.file])
            paths.add(file);
        if (!zone.files)
            for (const r of zone.records)
                paths.add(r.file);
    }
    return [...paths].filter((p) => !p.startsWith("../"));
}
/** git when the base commit is in the clone, else GitHub's contents API when it may be used. */
async function openReader(settings, revision, deps) {
    const git = await openGitRevision(settings.cwd, revision, deps.git);
    if (git.ok)
        return { reader: git.reader, tried: [] };
    const reasons = [{ via: "git", reason: git.reason }];
    if (!deps.openApi)
        return { reasons };
    const env = deps.env ?? {};
    const problem = apiAccessProblem(deps.token, env.GITHUB_REPOSITORY);
    if (problem)
        return { reasons: [...reasons, { via: "GitHub's contents API", reason: problem }] };
    const prefix = (await gitPrefix(settings.cwd, deps.git)) ?? "";
    return {
        reader: deps.openApi({
            token: deps.token,
            repository: env.GITHUB_REPOSITORY,
            apiUrl: env.GITHUB_API_URL || "https://api.github.com",
            ref: revision,
            prefix,
            ...(env.GITHUB_SHA ? { head: env.GITHUB_SHA } : {}),
        }),
        tried: reasons,
    };
}
/**
 * Attaches the base revision's view to each domain model (`model.base`) when the run
 * compares with a base revision (`settings.base`). Returns run-wide notes: why the comparison
 * was skipped (never a failure), domains the base configured that this revision dropped, and
 * domains new to the configuration.
 *
 * A pull request that touches none of the MTA-STS files costs one `git diff` (in a shallow
 * checkout: `git status` and one compare request) and adds nothing: the base view is then the
 * head view itself.
 */
async function attachBase(models, settings, deps = {}) {
    const revision = settings.base;
    if (!revision)
        return [];
    const shown = shortRevision(revision);
    const checkedAt = (deps.now ?? (() => new Date()))();
    const paths = relevantPaths(settings, models);
    const unchanged = () => {
        for (const m of models)
            m.base = { revision, checkedAt, model: m };
        return [];
    };
    if ((await pathsChanged(settings.cwd, revision, paths, deps.git)) === "unchanged")
        return unchanged();
    const opened = await openReader(settings, revision, deps);
    if ("reasons" in opened)
        return [skippedNote(revision, opened.reasons)];
    // Without the history, GitHub's compare API answers the same question in one request.
    if (opened.reader.changed &&
        (await workingTreeClean(settings.cwd, paths, deps.git)) &&
        (await opened.reader.changed(paths)) === "unchanged")
        return unchanged();
    let view;
    try {
        view = await readBaseView(opened.reader, settings, models);
    }
    catch (err) {
        if (!(err instanceof BaseUnavailable))
            throw err;
        return [skippedNote(revision, [...opened.tried, { via: err.via, reason: err.reason }])];
    }
    const added = [];
    for (const m of models) {
        const base = view.models.get(m.name);
        m.base = base ? { revision, checkedAt, model: base } : { revision, checkedAt };
        if (base === null)
            added.push(m.name);
    }
    // With sharding every job reads the same configuration: one of them says it.
    const sayOnce = !settings.shard || settings.shard.index === 1;
    const dropped = sayOnce
        ? view.dropped.map((d) => `${d} is configured at ${shown} but no longer in this revision's configuration, so its change safety is not checked. Dropping a domain from the linter does not unpublish its policy; if its MTA-STS is being retired, follow RFC 8461 §8.3 (publish mode none with a new id first, remove the record and policy host after the old max_age).`)
        : [];
    // A domain new to the configuration is compared with nothing; a rename shows as a dropped
    // domain and a new one, each named.
    const fresh = added.map((d) => `${d} is new in this revision's configuration (not configured at ${shown}), so there is no published policy to compare it with. For its first publication, serve the policy file before publishing the _mta-sts record (RFC 8461 §8.1).`);
    return [...view.notes, ...dropped, ...fresh];
}

;// CONCATENATED MODULE: ./src/run.ts

















/**
 * Which areas ran for a domain (rules.md "Scorecard"): an area whose input was not configured,
 * or could not be read, did not run. The change area runs when the base revision was read.
 */
function areasThatRan(model) {
    const ran = new Set();
    if (model.policyFile !== undefined)
        ran.add("policy");
    if (model.zoneFile !== undefined)
        ran.add("zone");
    if (model.zone) {
        ran.add("sts-record");
        ran.add("tlsrpt");
        if (model.policy)
            ran.add("mx");
    }
    if (model.base)
        ran.add("change");
    for (const area of model.live?.areas ?? [])
        ran.add(area);
    return ran;
}
function areaStatus(findings, ran) {
    if (findings.some((f) => f.severity === "error"))
        return "fail";
    if (findings.some((f) => f.severity === "warning"))
        return "warn";
    return ran || findings.length > 0 ? "pass" : "skipped";
}
function domainReport(model, mine) {
    const ran = areasThatRan(model);
    const checks = Object.fromEntries(AREAS.map((area) => [
        area,
        areaStatus(mine.filter((f) => f.area === area), ran.has(area)),
    ]));
    const report = { domain: model.name, checks };
    if (model.policyFile !== undefined)
        report.policyFile = model.policyFile;
    if (model.zoneFile !== undefined)
        report.zoneFile = model.zoneFile;
    const mode = effectiveMode(model.policy);
    if (mode !== undefined)
        report.mode = mode;
    const id = publishedRecord(model)?.id;
    if (id !== undefined)
        report.id = id;
    const live = liveHostRows(model.live);
    if (live.length > 0)
        report.live = live;
    const timeline = changeTimeline(model);
    if (timeline.length > 0)
        report.changeTimeline = timeline;
    return report;
}
/**
 * The report's order: run-wide findings (the configuration) first, then by domain as
 * configured, then most severe first, then by file and position. The sort is stable, so
 * equal findings keep the rules' registry order.
 */
function sortFindings(findings, domainOrder) {
    const rank = new Map(domainOrder.map((d, i) => [d, i]));
    const domainRank = (f) => (f.domain === undefined ? -1 : (rank.get(f.domain) ?? -1));
    return [...findings].sort((a, b) => domainRank(a) - domainRank(b) ||
        severityRank(a.severity) - severityRank(b.severity) ||
        compareText(targetOf(a.location), targetOf(b.location)) ||
        (a.location.span?.line ?? 0) - (b.location.span?.line ?? 0) ||
        (a.location.span?.column ?? 0) - (b.location.span?.column ?? 0));
}
function compareText(a, b) {
    return a < b ? -1 : a > b ? 1 : 0;
}
/** The configured domains of this run (this shard's slice) read into models. */
function prepare(settings) {
    const entries = settings.shard ? selectShard(settings.domains, settings.shard) : settings.domains;
    const names = new Set(entries.map((d) => d.domain));
    const policies = new PolicyCache(settings.cwd);
    const zones = new ZoneCache(settings.cwd, settings.maxZoneBytes, {
        interest: new ZoneInterest(names),
    });
    const models = entries.map((entry) => buildDomain(entry, policies, zones));
    // With sharding, a configuration problem of a domain belongs to that domain's slice only.
    const configIssues = settings.configIssues.filter((i) => i.domain === undefined || names.has(i.domain));
    return { models, configIssues };
}
/** Runs the rules over prepared models and builds the report. */
function judge(settings, prepared, deps, notes) {
    const { models, configIssues } = prepared;
    const findings = sortFindings(runRules(deps.rules ?? RULES, { domains: models, configIssues, overrides: settings.rules }), models.map((m) => m.name));
    const byDomain = new Map();
    for (const f of findings) {
        if (f.domain === undefined)
            continue;
        const list = byDomain.get(f.domain);
        if (list)
            list.push(f);
        else
            byDomain.set(f.domain, [f]);
    }
    return {
        version: 1,
        tool: { name: TOOL_NAME, version: version_VERSION },
        domains: models.map((m) => domainReport(m, byDomain.get(m.name) ?? [])),
        findings,
        summary: counts(findings),
        notes,
    };
}
/**
 * The offline lint: reads and parses each configured domain's files (each policy file
 * once), runs the rules and builds the report. Synchronous and self-contained: a domain
 * whose files are broken gets findings, never hides another domain's. Neither the base
 * revision nor the live world is consulted (see `runChecks`).
 */
function lint(settings, deps = {}) {
    return judge(settings, prepare(settings), deps, []);
}
/**
 * The one pipeline both faces call: the offline lint plus, when the settings ask for them,
 * the base revision's view (change-* rules) and the live observations (live-*, https-*,
 * smtp-* rules), gathered by the injected edges before the same rules judge everything.
 */
async function runChecks(settings, deps = {}) {
    const prepared = prepare(settings);
    const notes = [
        ...(await attachBase(prepared.models, settings, deps.base)),
        ...(await observeLive(prepared.models, settings, deps.live)),
    ];
    return judge(settings, prepared, deps, notes);
}
/** The exit status for a finished run: 1 when a finding reaches `failOn`, else 0. */
function exitCode(report, failOn) {
    return reachesFailOn(report, failOn) ? 1 : 0;
}

;// CONCATENATED MODULE: external "node:util"
const external_node_util_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util");
;// CONCATENATED MODULE: ./src/settings/defaults.ts

/** Settings before any configuration: what a user gets with no file, flag or input. */
function defaultSettings(cwd) {
    return {
        cwd,
        domains: [],
        rules: {},
        failOn: "error",
        format: "text",
        live: { ...DEFAULT_LIVE, resolvers: [] },
        maxZoneBytes: DEFAULT_MAX_ZONE_BYTES,
        configIssues: [],
    };
}
/** SMTP probes need the live DNS answers (the MX set), so `smtp` switches live checks on. */
function withImpliedLive(live) {
    return live.smtp ? { ...live, enabled: true } : live;
}

;// CONCATENATED MODULE: ./src/settings/domains.ts








/** A site's CNAME file holds one host name; anything larger is not one. */
const MAX_CNAME_BYTES = 64 * 1024;
/** The configuration file used when none is named and it exists in the working directory. */
const DEFAULT_CONFIG_FILE = ".mta-sts-lint.yml";
function domains_errorCode(err) {
    return typeof err === "object" && err !== null && "code" in err
        ? String(err.code)
        : undefined;
}
/** The file's text, or undefined when it does not exist; other failures are usage errors. */
function readIfExists(readText, absolute, what, shown) {
    try {
        return readText(absolute, MAX_CONFIG_BYTES);
    }
    catch (err) {
        if (domains_errorCode(err) === "ENOENT")
            return undefined;
        const detail = domains_errorCode(err) === "EISDIR"
            ? "it is a directory"
            : err instanceof Error
                ? err.message
                : String(err);
        throw new UsageError(`cannot read ${what} ${shown}: ${detail}`);
    }
}
/**
 * Decides what to lint: a configuration file (the named one, else `.mta-sts-lint.yml` when it
 * exists), or one domain given by policy/zone paths. Naming a config file together with
 * policy/zone paths is ambiguous and refused; a domain alone with a config file selects that
 * domain's entry. Every way this can leave nothing to lint is a `UsageError` (exit 2).
 */
function resolveSources(request, cwd, readText, names, knownRuleIds) {
    for (const [value, name] of [
        [request.config, names.config],
        [request.policy, names.policy],
        [request.zone, names.zone],
    ]) {
        // An empty path would name the working directory itself.
        if (value !== undefined && value.trim() === "")
            throw new UsageError(`${name} needs a file name`);
    }
    const single = request.policy !== undefined || request.zone !== undefined;
    if (single && request.config !== undefined) {
        throw new UsageError(`give either ${names.config} or ${names.policy}/${names.zone}, not both (the configuration file lists its own files)`);
    }
    if (single)
        return { fromConfig: {}, domains: [singleDomain(request, cwd, readText, names)], issues: [] };
    const configPath = request.config ?? DEFAULT_CONFIG_FILE;
    const absolute = (0,external_node_path_namespaceObject.resolve)(cwd, configPath);
    const shown = displayPath(cwd, absolute);
    const text = readIfExists(readText, absolute, "configuration file", shown);
    if (text === undefined) {
        if (request.config !== undefined)
            throw new UsageError(`configuration file ${shown} not found`);
        throw new UsageError(`nothing to lint: give ${names.policy} and/or ${names.zone} (with ${names.domain}), or a configuration file (${DEFAULT_CONFIG_FILE} or ${names.config})`);
    }
    const loaded = loadConfig(text, shown, cwd, knownRuleIds);
    let domains = loaded.settings.domains ?? [];
    if (request.domain !== undefined) {
        const wanted = domainOrThrow(request.domain, names);
        domains = domains.filter((d) => d.domain === wanted);
        if (domains.length === 0)
            throw new UsageError(`domain ${wanted} is not listed in ${shown}`);
    }
    return { fromConfig: loaded.settings, domains, issues: loaded.issues };
}
function domainOrThrow(value, names) {
    const parsed = parseDomainName(value);
    if (!parsed.ok)
        throw new UsageError(`${names.domain}: ${parsed.reason}`);
    return parsed.value;
}
/** Paths given on the command line or as inputs, made relative to cwd like configured ones. */
function relativePath(cwd, path) {
    return displayPath(cwd, (0,external_node_path_namespaceObject.resolve)(cwd, path));
}
function singleDomain(request, cwd, readText, names) {
    const zoneFormat = request.zoneFormat ?? "auto";
    const domain = request.domain !== undefined
        ? domainOrThrow(request.domain, names)
        : ((request.zone !== undefined
            ? domainFromZone(cwd, request.zone, zoneFormat, readText)
            : undefined) ??
            (request.policy !== undefined
                ? domainFromSiteCname(cwd, request.policy, readText)
                : undefined));
    if (domain === undefined) {
        const cname = request.policy !== undefined ? siteCnameHost(cwd, request.policy, readText) : undefined;
        const from = request.zone !== undefined
            ? "the zone names no origin ($ORIGIN, an absolute SOA owner, a file name like example.com.zone or example.com.yaml, or a DNSControl IR of one domain)"
            : cname !== undefined
                ? `the site's CNAME names "${cname}", not mta-sts.<domain>`
                : "no CNAME file (mta-sts.<domain>) was found beside the policy";
        throw new UsageError(`cannot tell the domain: ${from}; give ${names.domain}`);
    }
    const settings = { domain, zoneFormat };
    if (request.policy !== undefined)
        settings.policy = relativePath(cwd, request.policy);
    if (request.zone !== undefined)
        settings.zone = relativePath(cwd, request.zone);
    return settings;
}
function domains_asDomain(value) {
    if (value === undefined)
        return undefined;
    const parsed = parseDomainName(value);
    return parsed.ok ? parsed.value : undefined;
}
/**
 * The domain a zone source names (interface.md): for a master file `$ORIGIN`, then an absolute
 * SOA owner (both as the parser reports them), then the file name; the octoDNS file name
 * (`example.com.yaml`); the single domain of a DNSControl IR.
 */
function domainFromZone(cwd, path, format, readText) {
    const absolute = (0,external_node_path_namespaceObject.resolve)(cwd, path);
    let text;
    let isDirectory = false;
    try {
        text = readText(absolute, DEFAULT_MAX_ZONE_BYTES);
    }
    catch (err) {
        // The file name may still tell; the unreadable file is reported when it is linted.
        isDirectory = domains_errorCode(err) === "EISDIR";
    }
    let concrete;
    if (format === "auto") {
        const detected = detectZoneFormat(path, text, isDirectory);
        if ("unknown" in detected) {
            throw new UsageError(`${path}: cannot tell the zone format: ${detected.unknown}`);
        }
        concrete = detected.format;
    }
    else {
        concrete = format;
    }
    if (concrete === "octodns")
        return octodnsZoneName(path);
    if (concrete === "dnscontrol")
        return text === undefined ? undefined : domainFromDnscontrol(text);
    if (text !== undefined) {
        const declared = domains_asDomain(declaredOriginOf(text, displayPath(cwd, absolute)));
        if (declared)
            return declared;
    }
    return domains_asDomain(domainFromZoneFileName(path));
}
/**
 * The IR's domain when it holds exactly one (a split-horizon `!tag` aside). Only the names are
 * needed here, so the native JSON parser reads it; the linted zone is read with positions.
 */
function domainFromDnscontrol(text) {
    try {
        const ir = JSON.parse(text);
        const list = Array.isArray(ir) ? ir : ir?.domains;
        if (!Array.isArray(list))
            return undefined;
        const names = new Set(list.map((d) => {
            const name = d?.name;
            return typeof name === "string" ? name.replace(/!.*$/, "").toLowerCase() : "";
        }));
        return names.size === 1 ? domains_asDomain([...names][0]) : undefined;
    }
    catch {
        return undefined;
    }
}
/**
 * A policy-only repository is a static site for `mta-sts.<domain>`: its `CNAME` file (GitHub
 * Pages) names the host. Looks beside the policy, then in each parent up to cwd.
 */
function domainFromSiteCname(cwd, policyPath, readText) {
    const host = siteCnameHost(cwd, policyPath, readText) ?? "";
    return host.toLowerCase().startsWith("mta-sts.")
        ? domains_asDomain(host.slice("mta-sts.".length))
        : undefined;
}
/** The first host name of the nearest CNAME file at or above the policy (up to cwd). */
function siteCnameHost(cwd, policyPath, readText) {
    let dir = (0,external_node_path_namespaceObject.dirname)((0,external_node_path_namespaceObject.resolve)(cwd, policyPath));
    if (!isInside(cwd, dir))
        dir = cwd;
    for (;;) {
        let text;
        try {
            text = readText((0,external_node_path_namespaceObject.join)(dir, "CNAME"), MAX_CNAME_BYTES);
        }
        catch {
            text = undefined;
        }
        if (text !== undefined) {
            return text
                .split(/\r?\n/)
                .map((l) => l.trim())
                .find((l) => l.length > 0);
        }
        if ((0,external_node_path_namespaceObject.relative)(cwd, dir) === "")
            return undefined;
        dir = (0,external_node_path_namespaceObject.dirname)(dir);
    }
}

;// CONCATENATED MODULE: ./src/settings/cli-args.ts








/** The usage text (interface.md "Command line"; keep the two in sync). */
const HELP_TEXT = `mta-sts-lint [options]

Sources (either a config file, or one domain given by flags):
  -c, --config <file>        configuration file (default: .mta-sts-lint.yml if it exists)
  -d, --domain <name>        the policy domain (single-domain mode)
  -p, --policy <file>        that domain's policy file (the body served at
                             https://mta-sts.<domain>/.well-known/mta-sts.txt)
  -z, --zone <file>          that domain's intended DNS zone
      --zone-format <fmt>    auto | bind | octodns | dnscontrol   (default auto)

Checks:
      --base <git-rev>       also compare against this revision (change-* rules)
      --live                 also check live DNS and the HTTPS policy host
      --smtp                 also probe every MX host with STARTTLS (implies --live)
      --resolver <ip[:port]> DNS server for live checks; repeatable (default: system)
      --timeout <seconds>    deadline for one live probe (default 10)
      --allow-private-addresses
                             let live checks connect to loopback, private and
                             reserved addresses (refused by default)
      --concurrency <n>      domains probed at once (default 8)
      --cert-expiry-days <n> warn when a certificate expires sooner (default 14)
      --shard <i>/<n>        lint only the i-th of n deterministic slices of the
                             configured domains (for matrix jobs)

Output:
  -f, --format <fmt>         text | json | sarif | github   (default text)
  -o, --output <file>        write the report there instead of stdout
      --fail-on <level>      error | warning | notice | never   (default error)
  -h, --help, -V, --version
`;
const OPTIONS = {
    config: { type: "string", short: "c" },
    domain: { type: "string", short: "d" },
    policy: { type: "string", short: "p" },
    zone: { type: "string", short: "z" },
    "zone-format": { type: "string" },
    base: { type: "string" },
    live: { type: "boolean" },
    smtp: { type: "boolean" },
    resolver: { type: "string", multiple: true },
    timeout: { type: "string" },
    "allow-private-addresses": { type: "boolean" },
    concurrency: { type: "string" },
    "cert-expiry-days": { type: "string" },
    shard: { type: "string" },
    format: { type: "string", short: "f" },
    output: { type: "string", short: "o" },
    "fail-on": { type: "string" },
    help: { type: "boolean", short: "h" },
    version: { type: "boolean", short: "V" },
};
const FLAG_NAMES = {
    config: "--config",
    domain: "--domain",
    policy: "--policy",
    zone: "--zone",
};
/** The first quoted option name of a node:util parseArgs error, for a one-line reason. */
function usageReason(err) {
    const code = typeof err === "object" && err !== null && "code" in err ? String(err.code) : "";
    const message = err instanceof Error ? err.message : String(err);
    const quoted = /'([^']+)'/.exec(message)?.[1];
    switch (code) {
        case "ERR_PARSE_ARGS_UNKNOWN_OPTION":
            return `unknown option ${quoted ?? message} (see --help)`;
        case "ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL":
            return `unexpected argument ${quoted ?? message}: every value belongs to an option (see --help)`;
        case "ERR_PARSE_ARGS_INVALID_OPTION_VALUE": {
            const option = /^Option '([^']+)'/.exec(message)?.[1] ?? quoted;
            return option?.includes("<value>") || /argument missing/.test(message)
                ? `option ${option?.replace(/ <value>$/, "")} needs a value`
                : `option ${option ?? ""} does not take a value`;
        }
        default:
            return message.split("\n")[0];
    }
}
function value(flag, parsed) {
    if (parsed.ok)
        return parsed.value;
    throw new UsageError(`--${flag}: ${parsed.reason}`);
}
function wantsHelp(argv, short, long) {
    const end = argv.indexOf("--");
    const options = end < 0 ? argv : argv.slice(0, end);
    return options.includes(short) || options.includes(long);
}
/**
 * Parses the command line (interface.md "Command line") into settings. Flags override the
 * configuration file (fail-on, format, live settings). Throws `UsageError` with a one-line
 * reason for anything that stops the run; `readText` reads the config and zone files.
 */
function parseCliArgs(argv, cwd, readText, knownRuleIds = RULES.map((r) => r.meta.id)) {
    let values;
    try {
        values = parse(argv).values;
    }
    catch (err) {
        // `--help` still helps when another flag is wrong.
        if (wantsHelp(argv, "-h", "--help"))
            return { kind: "help" };
        throw new UsageError(usageReason(err));
    }
    if (values.help)
        return { kind: "help" };
    if (values.version)
        return { kind: "version" };
    // Every flag value is checked before any file is read: a typo fails fast and alone.
    const zoneFormat = values["zone-format"] === undefined
        ? undefined
        : value("zone-format", parseChoice(values["zone-format"], ZONE_FORMATS));
    const overrides = {};
    if (values["fail-on"] !== undefined) {
        overrides.failOn = value("fail-on", parseChoice(values["fail-on"], FAIL_ON_VALUES));
    }
    if (values.format !== undefined) {
        overrides.format = value("format", parseChoice(values.format, OUTPUT_FORMATS));
    }
    if (values.output !== undefined)
        overrides.output = (0,external_node_path_namespaceObject.resolve)(cwd, values.output);
    if (values.base !== undefined)
        overrides.base = values.base;
    if (values.shard !== undefined)
        overrides.shard = value("shard", parseShard(values.shard));
    const liveOverrides = liveFlags(values);
    const sources = resolveSources({
        config: values.config,
        domain: values.domain,
        policy: values.policy,
        zone: values.zone,
        zoneFormat,
    }, cwd, readText, FLAG_NAMES, knownRuleIds);
    const settings = { ...defaultSettings(cwd), ...sources.fromConfig, ...overrides };
    settings.domains = sources.domains;
    settings.configIssues = sources.issues;
    settings.live = withImpliedLive({ ...settings.live, ...liveOverrides });
    return { kind: "lint", settings };
}
/** The live settings the flags set; a flag that is absent leaves the configuration's value. */
function liveFlags(values) {
    const live = {};
    if (values.live)
        live.enabled = true;
    if (values.smtp)
        live.smtp = true;
    if (values["allow-private-addresses"])
        live.allowPrivateAddresses = true;
    if (values.resolver) {
        live.resolvers = values.resolver.map((r) => value("resolver", parseResolver(r)));
    }
    for (const setting of NUMERIC_LIVE_SETTINGS) {
        const text = values[setting.flag];
        if (text !== undefined)
            live[setting.key] = value(setting.flag, parseNumericSetting(setting, text));
    }
    return live;
}
function parse(argv) {
    return (0,external_node_util_namespaceObject.parseArgs)({ args: argv, options: OPTIONS, strict: true, allowPositionals: false });
}

;// CONCATENATED MODULE: ./src/cli.ts











function render(report, settings, color) {
    switch (settings.format) {
        case "json":
            return formatJson(report);
        case "sarif":
            return renderSarif(report, settings);
        case "github":
            return formatGithubCommands(report);
        default:
            return formatText(report, { color });
    }
}
/** Writes the report file; a path that cannot be written stops the run (exit 2). */
function writeReport(path, text) {
    try {
        (0,external_node_fs_namespaceObject.writeFileSync)(path, text);
    }
    catch (err) {
        throw new UsageError(`cannot write the report to ${path}: ${writeErrorReason(err)}`);
    }
}
/** Runs the command line; returns the exit status (0 clean, 1 findings reach --fail-on, 2 usage/I-O). */
async function runCli(argv, io) {
    try {
        const command = parseCliArgs(argv, io.cwd, (path, maxBytes) => readTextFile(io.cwd, path, maxBytes ?? DEFAULT_MAX_ZONE_BYTES));
        if (command.kind === "help") {
            io.stdout(HELP_TEXT);
            return 0;
        }
        if (command.kind === "version") {
            io.stdout(`${TOOL_NAME} ${version_VERSION}\n`);
            return 0;
        }
        const { settings } = command;
        // The command line reads the base revision with git only (no token to call GitHub's API).
        const report = await runChecks(settings, {
            base: { env: process.env },
            live: { env: process.env, progress: (line) => io.stderr(`${TOOL_NAME}: ${line}\n`) },
        });
        for (const note of report.notes ?? [])
            io.stderr(`${TOOL_NAME}: ${visibleControls(note)}\n`);
        const output = render(report, settings, io.color && !settings.output);
        if (settings.output)
            writeReport(settings.output, output);
        else
            io.stdout(output);
        return exitCode(report, settings.failOn);
    }
    catch (err) {
        const reason = err instanceof UsageError
            ? err.message
            : `internal error: ${err instanceof Error ? err.message : String(err)}`;
        // One line, and configuration text in it cannot drive the terminal (escape sequences).
        io.stderr(`${TOOL_NAME}: ${visibleControls(reason.split("\n")[0])}\n`);
        return 2;
    }
}

;// CONCATENATED MODULE: ./src/cli-main.ts
// The command line's entry point (package.json bin → bin/mta-sts-lint.js → dist/cli/index.js).

runCli(process.argv.slice(2), {
    cwd: process.cwd(),
    stdout: (t) => process.stdout.write(t),
    stderr: (t) => process.stderr.write(t),
    color: Boolean(process.stdout.isTTY) && !process.env.NO_COLOR,
}).then((status) => {
    process.exitCode = status;
});

