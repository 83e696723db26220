/**
 * Request/response machinery of the fake Excel host: RequestContext with a queue of operations
 * executed at context.sync(), proxy objects whose properties must be loaded and synced before they
 * can be read, payload accounting and limits, ClientResult and event handlers.
 */
import { OfficeError, propertyNotLoaded, valueNotReady } from "./errors";
import { WorkbookState, cloneWorkbook } from "./model";
import { recalculate } from "./calc";

export interface BatchStats {
  requestBytes: number;
  responseBytes: number;
  ops: number;
  /**
   * Application.suspendApiCalculationUntilNextSync() in this batch: how many writes were queued
   * before it (0 = before every write); absent when calculation was not suspended.
   */
  writesBeforeSuspension?: number;
  /** Writes queued in this batch. */
  writes: number;
}

export interface FakeStats {
  syncs: number;
  batches: BatchStats[];
  reset(): void;
  maxRequestBytes(): number;
  maxResponseBytes(): number;
}

export type ChangeSource = "addin" | "user" | "reopen";

export interface EventRegistration {
  kind: string;
  scope: string | null;
  handler: (args: unknown) => unknown;
}

/** Internal host core shared by the Office.js facade and the model API. */
export interface HostCore {
  state: WorkbookState;
  gen: number;
  maxPayloadBytes: number;
  stats: FakeStats;
  excelApiVersion: string;
  events: EventRegistration[];
  notify(source: ChangeSource): void;
  /** The batch being executed by sync(), with the writes run so far. */
  running?: { stats: BatchStats; writesDone: number };
  /** Null objects refuse method calls, writes and loads of their children (see ClientObject). */
  strictNullObjects: boolean;
}

export function utf8Length(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) n++;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff) {
      n += 4;
      i++;
    } else n += 3;
  }
  return n;
}

function argReplacer(_k: string, v: unknown): unknown {
  if (v instanceof ClientObject) return { _ref: v._cls };
  return v;
}

/** UTF-8 length of the JSON text of a value (ClientObjects count as small references). */
export function jsonBytes(v: unknown): number {
  if (v === undefined) return 0;
  const s = JSON.stringify(v, argReplacer);
  return s === undefined ? 0 : utf8Length(s);
}

export function versionAtLeast(have: string, need: string): boolean {
  const a = have.split(".").map((x) => parseInt(x, 10) || 0);
  const b = need.split(".").map((x) => parseInt(x, 10) || 0);
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    const x = a[i] ?? 0;
    const y = b[i] ?? 0;
    if (x !== y) return x > y;
  }
  return true;
}

type OpKind = "create" | "load" | "write" | "read";

interface RunState {
  applies: (() => void)[];
  responseBytes: number;
}

interface Op {
  kind: OpKind;
  run(state: WorkbookState, rs: RunState): void;
}

export class RequestContext {
  declare _host: HostCore;
  declare _gen: number;
  declare _ops: Op[];
  declare _reqBytes: number;
  declare _workbook: ClientObject | undefined;
  declare _workbookFactory: (ctx: RequestContext) => ClientObject;
  trackedObjects = {
    add: () => undefined,
    remove: () => undefined,
  };
  debugInfo = {};

  constructor(host: HostCore, workbookFactory: (ctx: RequestContext) => ClientObject) {
    this._host = host;
    this._gen = host.gen;
    this._ops = [];
    this._reqBytes = 0;
    this._workbookFactory = workbookFactory;
  }

  get workbook(): any {
    if (!this._workbook) this._workbook = this._workbookFactory(this);
    return this._workbook;
  }

  get application(): any {
    return this.workbook.application;
  }

  load(obj: ClientObject, props?: unknown): ClientObject {
    return obj.load(props);
  }

  trace(): void {}

  _enqueue(
    kind: OpKind,
    bytes: number,
    run: (state: WorkbookState, rs: RunState) => void,
    minVersion?: string
  ): void {
    this._reqBytes += bytes;
    const host = this._host;
    this._ops.push({
      kind,
      run: minVersion
        ? (state, rs) => {
            if (!versionAtLeast(host.excelApiVersion, minVersion)) {
              throw new OfficeError(
                "ApiNotFound",
                `This API needs ExcelApi ${minVersion}; the fake host supports ExcelApi ${host.excelApiVersion}.`
              );
            }
            run(state, rs);
          }
        : run,
    });
  }

  async sync<T>(passThroughValue?: T): Promise<T> {
    const host = this._host;
    const ops = this._ops;
    const requestBytes = this._reqBytes;
    this._ops = [];
    this._reqBytes = 0;
    host.stats.syncs++;
    const batch: BatchStats = {
      requestBytes,
      responseBytes: 0,
      ops: ops.length,
      writes: ops.filter((o) => o.kind === "write").length,
    };
    host.stats.batches.push(batch);
    await Promise.resolve();
    if (requestBytes > host.maxPayloadBytes) {
      throw new OfficeError(
        "RequestPayloadSizeLimitExceeded",
        `The request payload size (${requestBytes} bytes) has exceeded the limit of ${host.maxPayloadBytes} bytes.`
      );
    }
    const hasWrite = ops.some((o) => o.kind === "write");
    const hasRead = ops.some((o) => o.kind === "load" || o.kind === "read");
    const snapshot = hasWrite && hasRead ? cloneWorkbook(host.state) : null;
    const rs: RunState = { applies: [], responseBytes: 0 };
    try {
      let calculated = true;
      const running = { stats: batch, writesDone: 0 };
      host.running = running;
      for (const op of ops) {
        // A read after a write in the same batch sees recalculated formulas, as in Excel,
        // unless the add-in suspended calculation until the next sync.
        if (op.kind === "write") calculated = false;
        else if (!calculated && batch.writesBeforeSuspension === undefined) {
          recalculate(host.state);
          calculated = true;
        }
        op.run(host.state, rs);
        if (op.kind === "write") running.writesDone++;
        if (rs.responseBytes > host.maxPayloadBytes) {
          throw new OfficeError(
            "ResponsePayloadSizeLimitExceeded",
            `The response payload size (${rs.responseBytes} bytes so far) has exceeded the limit of ${host.maxPayloadBytes} bytes.`
          );
        }
      }
    } catch (e) {
      batch.responseBytes = rs.responseBytes;
      if (e instanceof OfficeError && e.code === "ResponsePayloadSizeLimitExceeded") {
        if (snapshot) host.state = snapshot;
        throw new OfficeError(e.code, e.message);
      }
      if (hasWrite) host.notify("addin");
      throw e;
    }
    batch.responseBytes = rs.responseBytes;
    for (const a of rs.applies) a();
    if (hasWrite) host.notify("addin");
    return passThroughValue as T;
  }
}

/* ------------------------------------------------------------------------------------------ */
/* Load arguments                                                                              */
/* ------------------------------------------------------------------------------------------ */

/** Normalizes load arguments to "a/b/c" paths; [] means "all scalar properties". */
export function loadPaths(arg: unknown): string[] {
  if (arg === undefined || arg === null) return [];
  if (typeof arg === "string") {
    return arg
      .split(",")
      .map((s) => s.trim().replace(/\./g, "/"))
      .filter(Boolean);
  }
  if (Array.isArray(arg)) return arg.flatMap((a) => loadPaths(a));
  if (typeof arg === "object") {
    const o = arg as Record<string, unknown>;
    if ("select" in o || "expand" in o) {
      return [...loadPaths(o.select), ...loadPaths(o.expand)];
    }
    const out: string[] = [];
    for (const k of Object.keys(o)) {
      if (k.startsWith("$")) continue;
      const v = o[k];
      if (v === true) out.push(k);
      else if (v && typeof v === "object") {
        const sub = loadPaths(v);
        if (sub.length === 0) out.push(k);
        else for (const s of sub) out.push(`${k}/${s}`);
      }
    }
    return out;
  }
  return [];
}

/* ------------------------------------------------------------------------------------------ */
/* Proxy objects                                                                               */
/* ------------------------------------------------------------------------------------------ */

const PROBES = new Set([
  "then",
  "catch",
  "asymmetricMatch",
  "nodeType",
  "tagName",
  "inspect",
  "length",
  "toJSON",
  "valueOf",
  "$$typeof",
]);

const proxyHandler: ProxyHandler<ClientObject> = {
  get(t, p, recv) {
    if (typeof p === "symbol" || p in t) return Reflect.get(t, p, recv);
    if (PROBES.has(p) || p.startsWith("_") || p.startsWith("$$") || p.startsWith("@@")) {
      return undefined;
    }
    throw new Error(`Fake Excel: ${t._cls}.${p} is not supported by the fake host.`);
  },
  set(t, p, v, recv) {
    if (typeof p === "string" && p.startsWith("_") && !(p in t)) {
      hide(t, p, v); // internal state stays out of Object.keys, console.log and toEqual
      return true;
    }
    if (typeof p === "symbol" || p in t || p.startsWith("_")) return Reflect.set(t, p, v, recv);
    throw new Error(`Fake Excel: cannot set ${t._cls}.${p}: not supported by the fake host.`);
  },
};

function hide(o: object, key: string, value: unknown): void {
  Object.defineProperty(o, key, { value, writable: true, configurable: true, enumerable: false });
}

/** Office.js refuses proxy objects of another request context as arguments. */
export function checkArgs(ctx: RequestContext, args: unknown[]): void {
  const seen = new Set<unknown>();
  const visit = (v: unknown): void => {
    if (!v || typeof v !== "object" || seen.has(v)) return;
    seen.add(v);
    if (v instanceof ClientObject) {
      if (v._ctx !== ctx) {
        throw new OfficeError(
          "InvalidRequestContext",
          "Cannot use the object across different request contexts."
        );
      }
      return;
    }
    if (Array.isArray(v)) {
      if (
        v.length > 16 &&
        !v.slice(0, 16).some((x) => x && typeof x === "object" && !Array.isArray(x))
      )
        return;
      v.forEach(visit);
    } else Object.values(v).forEach(visit);
  };
  visit(args);
}

export interface CreateOptions {
  /** Arguments of the creating method: request bytes and request-context checks. */
  args?: unknown[];
  nullable?: boolean;
  /** Queue a creation operation (errors such as ItemNotFound surface at the next sync). */
  queue?: boolean;
  bytes?: number;
  minVersion?: string;
  /** Resolve on every use instead of fixing the target at creation (nested data objects). */
  dynamic?: boolean;
  /** The creation changes the workbook (add(...) methods). */
  write?: boolean;
}

export interface Snap {
  json: unknown;
  apply: () => void;
}

/** Base of every fake Office.js object. */
export class ClientObject {
  declare _ctx: RequestContext;
  declare _cls: string;
  declare _gen: number;
  declare _loaded: Map<string, unknown>;
  declare _created: boolean;
  declare _target: any;
  declare _isNull: boolean;
  declare _create: ((state: WorkbookState) => any) | null;
  declare _dynamic: boolean;
  declare _kids: Map<string, unknown>;
  declare _nullable: boolean;

  constructor(
    ctx: RequestContext,
    cls: string,
    create: ((state: WorkbookState) => any) | null,
    opts: CreateOptions = {},
    fixedTarget?: unknown
  ) {
    hide(this, "_ctx", ctx);
    hide(this, "_cls", cls);
    hide(this, "_gen", ctx._gen);
    hide(this, "_loaded", new Map());
    hide(this, "_kids", new Map());
    hide(this, "_create", create);
    hide(this, "_dynamic", !!opts.dynamic);
    hide(this, "_created", create === null);
    hide(this, "_target", fixedTarget);
    hide(this, "_isNull", false);
    hide(this, "_nullable", !!opts.nullable);
    const self = new Proxy(this, proxyHandler) as this;
    if (opts.args) checkArgs(ctx, opts.args);
    if (create && opts.queue !== false && !opts.dynamic) {
      ctx._enqueue(
        opts.write ? "write" : "create",
        opts.bytes ?? (opts.args ? jsonBytes(opts.args) : 0),
        (state) => self._resolve(state),
        opts.minVersion
      );
    }
    if (opts.nullable) self._queueLoad(["isNullObject"]);
    return self;
  }

  get context(): RequestContext {
    return this._ctx;
  }

  get isNullObject(): boolean {
    return this._get("isNullObject") as boolean;
  }

  /** Scalar properties loaded by a plain load(). */
  _scalars(): string[] {
    return [];
  }

  /** Navigation property (child object) by name. */
  // eslint-disable-next-line @typescript-eslint/no-unused-vars
  _nav(_name: string): ClientObject | undefined {
    return undefined;
  }

  // eslint-disable-next-line @typescript-eslint/no-unused-vars
  _read(prop: string, _t: any, _state: WorkbookState): unknown {
    throw new OfficeError("InvalidArgument", `Cannot load property '${prop}' of ${this._cls}.`);
  }

  // eslint-disable-next-line @typescript-eslint/no-unused-vars
  _write(prop: string, _value: unknown, _t: any, _state: WorkbookState): void {
    throw new Error(`Fake Excel: ${this._cls}.${prop} is read-only.`);
  }

  _checkGen(): void {
    if (this._gen !== this._ctx._host.gen) throw new OfficeError("InvalidObjectPath");
  }

  _resolve(state: WorkbookState): any {
    this._checkGen();
    if (this._dynamic) {
      const t = this._create!(state);
      this._isNull = t === null || t === undefined;
      return t;
    }
    if (!this._created) {
      const t = this._create!(state);
      this._target = t;
      this._isNull = t === null || t === undefined;
      this._created = true;
    }
    return this._target;
  }

  /**
   * A null object (from a *OrNullObject method, or a child of one) only tells that it is null:
   * "check isNullObject before using it" (https://learn.microsoft.com/en-us/office/dev/add-ins/
   * develop/application-specific-api-model#ornullobject-methods-and-properties; office-js issue
   * 195, office-js-docs-reference issue 771). With strictNullObjects a method call, a property
   * write or a load of a child on it fails the batch, so code that skips the check fails in tests.
   * Loading the null object itself (isNullObject, its own properties) stays allowed.
   */
  _refuseNull(what: string, ownLoad = false): void {
    if (!this._isNull || !this._ctx._host.strictNullObjects) return;
    if (ownLoad && this._nullable) return;
    throw new OfficeError(
      "InvalidObjectPath",
      `${this._cls} is a null object (isNullObject): ${what} is not possible.`
    );
  }

  _get(prop: string): unknown {
    if (!this._loaded.has(prop)) throw propertyNotLoaded(prop);
    return this._loaded.get(prop);
  }

  _child<T>(name: string, make: () => T): T {
    let k = this._kids.get(name);
    if (!k) {
      k = make();
      this._kids.set(name, k);
    }
    return k as T;
  }

  /** Queues a property write. */
  _set(prop: string, value: unknown): void {
    checkArgs(this._ctx, [value]);
    this._ctx._enqueue("write", jsonBytes(value), (state) => {
      const t = this._resolve(state);
      this._refuseNull(`setting ${prop}`);
      if (this._isNull) return;
      this._write(prop, value, t, state);
    });
  }

  /** Queues a method call that changes the workbook. */
  _act(args: unknown[], fn: (t: any, state: WorkbookState) => void, minVersion?: string): void {
    checkArgs(this._ctx, args);
    this._ctx._enqueue(
      "write",
      jsonBytes(args),
      (state) => {
        const t = this._resolve(state);
        this._refuseNull("a method call");
        if (this._isNull) return;
        fn(t, state);
      },
      minVersion
    );
  }

  /** Queues a method call returning a ClientResult. */
  _result<T>(
    args: unknown[],
    fn: (t: any, state: WorkbookState) => T,
    minVersion?: string,
    kind: "read" | "write" = "read"
  ): ClientResult<T> {
    checkArgs(this._ctx, args);
    const res = new ClientResult<T>();
    this._ctx._enqueue(
      kind,
      jsonBytes(args),
      (state, rs) => {
        const t = this._resolve(state);
        this._refuseNull("a method call");
        const v = this._isNull ? (null as T) : fn(t, state);
        rs.responseBytes += jsonBytes(v);
        rs.applies.push(() => res._resolveWith(v));
      },
      minVersion
    );
    return res;
  }

  load(arg?: unknown): this {
    this._queueLoad(loadPaths(arg));
    return this;
  }

  _queueLoad(paths: string[]): void {
    this._ctx._enqueue("load", jsonBytes(paths), (state, rs) => {
      this._resolve(state);
      this._refuseNull("loading it", true);
      const s = this._snapshot(paths, state);
      rs.responseBytes += jsonBytes(s.json);
      rs.applies.push(s.apply);
    });
  }

  /** Computes loaded data for paths (already validated) at execution time. */
  _snapshot(paths: string[], state: WorkbookState): Snap {
    const t = this._resolve(state);
    const scalars = new Set<string>();
    const nav = new Map<string, string[]>();
    const list = paths.length ? paths : this._scalars();
    for (const p of list) {
      const [head, ...rest] = p.split("/");
      if (head === "isNullObject") {
        scalars.add(head);
        continue;
      }
      const kid = this._nav(head);
      if (kid) {
        const arr = nav.get(head) ?? [];
        if (rest.length) arr.push(rest.join("/"));
        nav.set(head, arr);
      } else if (rest.length) {
        throw new OfficeError(
          "InvalidArgument",
          `'${head}' is not a navigation property of ${this._cls}.`
        );
      } else scalars.add(head);
    }
    const json: Record<string, unknown> = {};
    const data = new Map<string, unknown>();
    const applies: (() => void)[] = [];
    if (this._isNull) {
      for (const p of scalars) data.set(p, p === "isNullObject" ? true : null);
      data.set("isNullObject", true);
    } else {
      for (const p of scalars) {
        const v = p === "isNullObject" ? false : this._read(p, t, state);
        data.set(p, v);
        if (p !== "isNullObject") json[p] = v;
      }
      for (const [name, sub] of nav) {
        const kid = this._nav(name)!;
        const s = kid._snapshot(sub, state);
        json[name] = s.json;
        applies.push(s.apply);
      }
    }
    return {
      json,
      apply: () => {
        for (const [k, v] of data) this._loaded.set(k, v);
        for (const a of applies) a();
      },
    };
  }

  toJSON(): Record<string, unknown> {
    const o: Record<string, unknown> = {};
    for (const [k, v] of this._loaded) {
      if (k === "isNullObject") continue;
      o[k] =
        Array.isArray(v) && v.length && v[0] instanceof ClientObject
          ? v.map((x: ClientObject) => x.toJSON())
          : v;
    }
    for (const [k, kid] of this._kids) {
      if (!(kid instanceof ClientObject)) continue;
      const j = kid.toJSON();
      if (Object.keys(j).length) o[k] = j;
    }
    return o;
  }

  track(): this {
    return this;
  }

  untrack(): this {
    return this;
  }
}

/** Defines property accessors on a class prototype: read needs load+sync, write is queued. */
export function defineProps(cls: { prototype: object }, readonly: string[], writable: string[]) {
  for (const name of readonly) {
    Object.defineProperty(cls.prototype, name, {
      configurable: true,
      get(this: ClientObject) {
        return this._get(name);
      },
      set(this: ClientObject) {
        throw new Error(`Fake Excel: ${this._cls}.${name} is read-only.`);
      },
    });
  }
  for (const name of writable) {
    Object.defineProperty(cls.prototype, name, {
      configurable: true,
      get(this: ClientObject) {
        return this._get(name);
      },
      set(this: ClientObject, v: unknown) {
        this._set(name, v);
      },
    });
  }
}

/* ------------------------------------------------------------------------------------------ */
/* Collections                                                                                 */
/* ------------------------------------------------------------------------------------------ */

/** A collection: `items` and `count` load like Office.js (loading "name" loads items' names). */
export class ClientCollection extends ClientObject {
  /** Item targets at execution time. */
  // eslint-disable-next-line @typescript-eslint/no-unused-vars
  _list(_t: any, _state: WorkbookState): unknown[] {
    return [];
  }

  // eslint-disable-next-line @typescript-eslint/no-unused-vars
  _makeItem(_ref: unknown): ClientObject {
    throw new Error("abstract");
  }

  get items(): any[] {
    return this._get("items") as any[];
  }

  get count(): number {
    return this._get("count") as number;
  }

  getCount(): ClientResult<number> {
    return this._result([], (t, state) => this._list(t, state).length);
  }

  _snapshot(paths: string[], state: WorkbookState): Snap {
    const t = this._resolve(state);
    let wantCount = false;
    let wantItems = paths.length === 0;
    const itemPaths: string[] = [];
    let allItemScalars = paths.length === 0;
    for (const p of paths) {
      if (p === "count") wantCount = true;
      else if (p === "isNullObject") continue;
      else if (p === "items") {
        wantItems = true;
        allItemScalars = true;
      } else if (p.startsWith("items/")) {
        wantItems = true;
        itemPaths.push(p.slice(6));
      } else {
        wantItems = true;
        itemPaths.push(p);
      }
    }
    const refs = this._isNull ? [] : this._list(t, state);
    const json: Record<string, unknown> = {};
    const applies: (() => void)[] = [];
    let items: ClientObject[] = [];
    if (wantItems) {
      items = refs.map((r) => this._makeItem(r));
      const sub = allItemScalars ? [...(items[0]?._scalars() ?? []), ...itemPaths] : itemPaths;
      json.items = items.map((it) => {
        const s = it._snapshot(sub, state);
        applies.push(s.apply);
        return s.json;
      });
    }
    if (wantCount) json.count = refs.length;
    return {
      json,
      apply: () => {
        this._loaded.set("isNullObject", this._isNull);
        if (wantItems) this._loaded.set("items", items);
        if (wantCount) this._loaded.set("count", refs.length);
        for (const a of applies) a();
      },
    };
  }

  toJSON(): Record<string, unknown> {
    const items = this._loaded.get("items") as ClientObject[] | undefined;
    const o: Record<string, unknown> = {};
    if (items) o.items = items.map((i) => i.toJSON());
    if (this._loaded.has("count")) o.count = this._loaded.get("count");
    return o;
  }
}

/* ------------------------------------------------------------------------------------------ */
/* Results and events                                                                          */
/* ------------------------------------------------------------------------------------------ */

export class ClientResult<T> {
  declare _value: T;
  declare _ready: boolean;

  constructor() {
    this._ready = false;
  }

  get value(): T {
    if (!this._ready) throw valueNotReady();
    return this._value;
  }

  _resolveWith(v: T): void {
    this._value = v;
    this._ready = true;
  }
}

export class EventHandlerResult {
  constructor(
    private readonly _ctxRef: RequestContext,
    private readonly _reg: EventRegistration
  ) {}

  get context(): RequestContext {
    return this._ctxRef;
  }

  remove(): void {
    const host = this._ctxRef._host;
    this._ctxRef._enqueue("write", 0, () => {
      host.events = host.events.filter((e) => e !== this._reg);
    });
  }
}

export class EventHandlers {
  constructor(
    private readonly _ctxRef: RequestContext,
    private readonly _kind: string,
    private readonly _scope: () => string | null
  ) {}

  add(handler: (args: any) => unknown): EventHandlerResult {
    const host = this._ctxRef._host;
    const reg: EventRegistration = { kind: this._kind, scope: null, handler };
    this._ctxRef._enqueue("write", 0, () => {
      reg.scope = this._scope();
      host.events.push(reg);
    });
    return new EventHandlerResult(this._ctxRef, reg);
  }
}

/** Calls matching handlers asynchronously (scope null = workbook / collection level). */
export function emitEvent(host: HostCore, kind: string, sheetId: string | null, args: object) {
  for (const e of host.events) {
    if (e.kind !== kind) continue;
    if (e.scope !== null && e.scope !== sheetId) continue;
    void Promise.resolve().then(() => e.handler(args));
  }
}

/* ------------------------------------------------------------------------------------------ */
/* Nested plain-data objects (chart title, axes, conditional format rules ...)                 */
/* ------------------------------------------------------------------------------------------ */

export interface PropSpec {
  ro?: boolean;
  def?: unknown;
  get?: (d: any, state: WorkbookState, self: DataProxy) => unknown;
  set?: (d: any, v: unknown, state: WorkbookState, self: DataProxy) => void;
}

export interface NavSpec {
  spec: DataSpec;
  /** Child data inside the parent data (create defaults as needed); null = null object. */
  get: (d: any, state: WorkbookState) => any;
}

export interface DataSpec {
  cls: string;
  props: Record<string, PropSpec>;
  nav?: Record<string, NavSpec>;
  methods?: Record<string, (self: DataProxy, ...args: any[]) => unknown>;
}

function cloneJson<T>(v: T): T {
  return v === undefined ? v : (JSON.parse(JSON.stringify(v)) as T);
}

/** Object backed by a plain data object located at execution time. */
export class DataProxy extends ClientObject {
  declare _spec: DataSpec;

  _scalars(): string[] {
    return Object.keys(this._spec.props);
  }

  _nav(name: string): ClientObject | undefined {
    const n = this._spec.nav?.[name];
    if (!n) return undefined;
    return this._child(name, () =>
      makeData(this._ctx, n.spec, (state) => {
        const d = this._resolve(state);
        return d ? n.get(d, state) : null;
      })
    );
  }

  _read(prop: string, d: any, state: WorkbookState): unknown {
    const p = this._spec.props[prop];
    if (!p) return super._read(prop, d, state);
    if (p.get) return p.get(d, state, this);
    const v = d[prop];
    return cloneJson(v === undefined ? (p.def ?? null) : v);
  }

  _write(prop: string, v: unknown, d: any, state: WorkbookState): void {
    const p = this._spec.props[prop];
    if (p.set) p.set(d, v, state, this);
    else d[prop] = cloneJson(v);
  }
}

const dataClasses = new Map<DataSpec, new (...a: any[]) => DataProxy>();

export function makeData(
  ctx: RequestContext,
  spec: DataSpec,
  locate: (state: WorkbookState) => any
): DataProxy {
  let C = dataClasses.get(spec);
  if (!C) {
    const K = class extends DataProxy {};
    const ro = Object.keys(spec.props).filter((k) => spec.props[k].ro);
    const rw = Object.keys(spec.props).filter((k) => !spec.props[k].ro);
    defineProps(K, ro, rw);
    for (const name of Object.keys(spec.nav ?? {})) {
      Object.defineProperty(K.prototype, name, {
        configurable: true,
        get(this: DataProxy) {
          return this._nav(name);
        },
      });
    }
    for (const [name, fn] of Object.entries(spec.methods ?? {})) {
      Object.defineProperty(K.prototype, name, {
        configurable: true,
        writable: true,
        value: function (this: DataProxy, ...args: unknown[]) {
          return fn(this, ...args);
        },
      });
    }
    C = K;
    dataClasses.set(spec, C);
  }
  const obj = new C(ctx, spec.cls, locate, { dynamic: true });
  obj._spec = spec;
  return obj;
}
