/**
 * Fake Excel host: an in-memory workbook behind an Office.js-shaped API (Excel.run, load/sync,
 * PropertyNotLoaded, payload limits, ranges, tables, names, settings, charts, conditional formats,
 * data validation) plus a direct model API for tests and the browser playground.
 * See fake-excel/README.md. Plain TypeScript without Node APIs.
 */
import { parseAreas } from "./address";
import { recalculate } from "./calc";
import { ExcelEnums } from "./enums";
import { OfficeError } from "./errors";
import * as M from "./model";

type WorkbookSettings = M.WorkbookState["settings"];
import { Workbook } from "./objects";
import {
  ChangeSource,
  ClientObject,
  ClientResult,
  FakeStats,
  HostCore,
  RequestContext,
  versionAtLeast,
} from "./runtime";
import { FakeWorkbookModel, createWorkbookModel, seedSheet } from "./workbook-api";

export type {
  FakeWorkbookModel,
  FakeSheetModel,
  FakePageModel,
  TableInfo,
  NameInfo,
  ChartInfo,
  SeriesInfo,
  AxisInfo,
  ConditionalFormatInfo,
  DataValidationInfo,
  UsedRangeInfo,
  CellFormatInfo,
  Cell,
  CellInput,
} from "./workbook-api";
export type { FakeStats, BatchStats } from "./runtime";
export { OfficeError } from "./errors";

export interface OfficeTheme {
  bodyBackgroundColor: string;
  bodyForegroundColor: string;
  controlBackgroundColor: string;
  controlForegroundColor: string;
}

export interface FakeHostOptions {
  /** Initial values from A1; strings starting with "=" become formulas. Default: one empty "Sheet1". */
  sheets?: Record<string, (string | number | boolean | null)[][]>;
  activeSheet?: string;
  /** "Sheet1!A1:C10" or "A1" (active sheet). */
  selection?: string;
  /** Office.context.displayLanguage, default "en-US". */
  displayLanguage?: string;
  theme?: OfficeTheme;
  /** Requirement sets and versions, default { ExcelApi: "1.12" }. */
  supportedSets?: Record<string, string>;
  /** Request and response limit per batch, default 5 MB (as Excel on the web). */
  maxPayloadBytes?: number;
  /** Office.context.platform, default "PC". */
  platform?: string;
  /**
   * Null objects refuse method calls, property writes and loads of their children, as Excel does
   * not promise anything for them. Default true; false only to study lenient code.
   */
  strictNullObjects?: boolean;
}

export interface FakeHost {
  Excel: any;
  Office: any;
  OfficeExtension: any;
  /** Sets target.Excel, target.Office and target.OfficeExtension (globalThis in tests). */
  install(target: any): void;
  /** Removes what install() set. */
  uninstall(target: any): void;
  stats: FakeStats;
  workbook: FakeWorkbookModel;
  /**
   * Save, close and reopen: the workbook survives, proxies of earlier contexts become invalid.
   * `newIds`: every sheet comes back with another id (M.renewSheetIds). `addInId`: the file is
   * opened by another add-in id (a development and a production manifest): workbook settings are
   * "limited to per file and add-in combination" (@types/office-js, Excel.SettingCollection), so
   * it sees its own settings, empty at first; cells, names and tables are the same.
   */
  reopen(options?: { newIds?: boolean; addInId?: string }): void;
}

const DEFAULT_THEME: OfficeTheme = {
  bodyBackgroundColor: "#FFFFFF",
  bodyForegroundColor: "#000000",
  controlBackgroundColor: "#FFFFFF",
  controlForegroundColor: "#000000",
};

export function createFakeHost(opts: FakeHostOptions = {}): FakeHost {
  const state = M.newWorkbook();
  const seeds = opts.sheets ?? { Sheet1: [] };
  for (const [name, values] of Object.entries(seeds)) {
    M.validateSheetName(state, name);
    const s = M.newSheet(state, name);
    state.sheets.push(s);
    seedSheet(s, values);
  }
  if (!state.sheets.length) state.sheets.push(M.newSheet(state, "Sheet1"));
  recalculate(state);
  const active = opts.activeSheet ? M.findSheet(state, opts.activeSheet) : state.sheets[0];
  if (!active) throw new Error(`createFakeHost: no sheet '${opts.activeSheet}'.`);
  state.activeSheetId = active.id;

  const listeners = new Set<(s: ChangeSource) => void>();
  const supported: Record<string, string> = {};
  for (const [k, v] of Object.entries(opts.supportedSets ?? { ExcelApi: "1.12" }))
    supported[k.toLowerCase()] = v;

  const stats: FakeStats = {
    syncs: 0,
    batches: [],
    reset() {
      stats.syncs = 0;
      stats.batches = [];
    },
    maxRequestBytes: () => stats.batches.reduce((m, b) => Math.max(m, b.requestBytes), 0),
    maxResponseBytes: () => stats.batches.reduce((m, b) => Math.max(m, b.responseBytes), 0),
  };

  const core: HostCore = {
    state,
    gen: 1,
    maxPayloadBytes: opts.maxPayloadBytes ?? 5 * 1024 * 1024,
    stats,
    excelApiVersion: supported["excelapi"] ?? "1.1",
    events: [],
    strictNullObjects: opts.strictNullObjects ?? true,
    notify(source) {
      // Automatic calculation: every change recalculates the formulas before anyone looks.
      recalculate(core.state);
      for (const l of [...listeners]) l(source);
    },
  };

  if (opts.selection) {
    const bang = opts.selection.lastIndexOf("!");
    const areas = parseAreas(opts.selection);
    if (!areas) throw new Error(`createFakeHost: invalid selection '${opts.selection}'.`);
    const sheet =
      bang > 0 && areas[0].sheet !== undefined ? M.findSheet(state, areas[0].sheet) : active;
    if (!sheet) throw new Error(`createFakeHost: invalid selection '${opts.selection}'.`);
    sheet.selection = areas.map((a) => a.rect);
    state.activeSheetId = sheet.id;
  }

  const newContext = () => new RequestContext(core, (ctx) => new Workbook(ctx));

  async function run(a: any, b?: any): Promise<any> {
    let batch: (ctx: RequestContext) => Promise<any>;
    let ctx: RequestContext;
    if (typeof a === "function") {
      batch = a;
      ctx = newContext();
    } else {
      batch = b;
      const first = Array.isArray(a) ? a[0] : a;
      if (first instanceof RequestContext) ctx = first;
      else if (first instanceof ClientObject) ctx = first._ctx;
      else ctx = newContext();
    }
    if (typeof batch !== "function")
      throw new OfficeError("InvalidArgument", "Excel.run needs a batch function.");
    const result = await batch(ctx);
    if (ctx._ops.length) await ctx.sync();
    return result;
  }

  class FakeRequestContext extends RequestContext {
    constructor() {
      super(core, (ctx) => new Workbook(ctx));
    }
  }

  const Excel: any = { ...ExcelEnums, run, RequestContext: FakeRequestContext };

  const OfficeExtension = {
    Error: OfficeError,
    ClientObject,
    ClientResult,
    ClientRequestContext: RequestContext,
    ErrorCodes: {
      accessDenied: "AccessDenied",
      generalException: "GeneralException",
      activityLimitReached: "ActivityLimitReached",
      invalidObjectPath: "InvalidObjectPath",
      propertyNotLoaded: "PropertyNotLoaded",
      valueNotLoaded: "ValueNotLoaded",
      invalidRequestContext: "InvalidRequestContext",
      invalidArgument: "InvalidArgument",
      runMustReturnPromise: "RunMustReturnPromise",
      cannotRegisterEvent: "CannotRegisterEvent",
      apiNotFound: "ApiNotFound",
      connectionFailure: "ConnectionFailure",
      requestPayloadSizeLimitExceeded: "RequestPayloadSizeLimitExceeded",
      responsePayloadSizeLimitExceeded: "ResponsePayloadSizeLimitExceeded",
    },
    config: { extendedErrorLogging: false },
  };

  const platform = opts.platform ?? "PC";
  const docSettings = {
    get: (name: string) => {
      const s = core.state.settings.find((x) => x.key === name);
      return s ? M.deepClone(s.value) : null;
    },
    set: (name: string, value: unknown) => {
      const v = JSON.parse(JSON.stringify(value));
      const s = core.state.settings.find((x) => x.key === name);
      if (s) s.value = v;
      else core.state.settings.push({ key: name, value: v });
    },
    remove: (name: string) => {
      core.state.settings = core.state.settings.filter((x) => x.key !== name);
    },
    saveAsync: (optsOrCb?: any, cb?: any) => {
      const callback = typeof optsOrCb === "function" ? optsOrCb : cb;
      if (callback)
        void Promise.resolve().then(() => callback({ status: "succeeded", value: undefined }));
    },
    refreshAsync: (cb?: any) => {
      if (cb) void Promise.resolve().then(() => cb({ status: "succeeded", value: docSettings }));
    },
  };

  const Office: any = {
    onReady(callback?: (info: { host: string; platform: string }) => void) {
      const info = { host: "Excel", platform };
      if (callback) callback(info);
      return Promise.resolve(info);
    },
    initialize: undefined,
    context: {
      displayLanguage: opts.displayLanguage ?? "en-US",
      contentLanguage: opts.displayLanguage ?? "en-US",
      officeTheme: { ...(opts.theme ?? DEFAULT_THEME) },
      host: "Excel",
      platform,
      diagnostics: { host: "Excel", platform, version: "16.0.0.0" },
      requirements: {
        isSetSupported(name: string, minVersion?: string | number): boolean {
          const have = supported[String(name).toLowerCase()];
          if (have === undefined) return false;
          if (minVersion === undefined || minVersion === null || minVersion === "") return true;
          return versionAtLeast(have, String(minVersion));
        },
      },
      document: { settings: docSettings },
    },
    HostType: {
      Word: "Word",
      Excel: "Excel",
      PowerPoint: "PowerPoint",
      Outlook: "Outlook",
      OneNote: "OneNote",
      Project: "Project",
      Access: "Access",
    },
    PlatformType: {
      PC: "PC",
      OfficeOnline: "OfficeOnline",
      Mac: "Mac",
      iOS: "iOS",
      Android: "Android",
      Universal: "Universal",
    },
    AsyncResultStatus: { Succeeded: "succeeded", Failed: "failed" },
    actions: { associate: () => undefined },
    addin: {
      showAsTaskpane: () => Promise.resolve(),
      hide: () => Promise.resolve(),
    },
  };

  const workbook = createWorkbookModel(core, listeners);
  // Settings of the add-in ids that are not the current one (see reopen).
  let addInId = "default";
  const settingsOf = new Map<string, WorkbookSettings>();

  return {
    Excel,
    Office,
    OfficeExtension,
    install(target: any) {
      target.Excel = Excel;
      target.Office = Office;
      target.OfficeExtension = OfficeExtension;
    },
    uninstall(target: any) {
      if (target.Excel === Excel) delete target.Excel;
      if (target.Office === Office) delete target.Office;
      if (target.OfficeExtension === OfficeExtension) delete target.OfficeExtension;
    },
    stats,
    workbook,
    reopen(options = {}) {
      core.state = M.cloneWorkbook(core.state);
      if (options.newIds) M.renewSheetIds(core.state);
      if (options.addInId !== undefined && options.addInId !== addInId) {
        settingsOf.set(addInId, core.state.settings);
        addInId = options.addInId;
        core.state.settings = settingsOf.get(addInId) ?? [];
      }
      core.gen++;
      core.events = [];
      core.notify("reopen");
    },
  };
}
