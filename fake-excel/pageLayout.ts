/**
 * Worksheet.pageLayout (ExcelApi 1.9): orientation, paper size, zoom / fit to pages, margins,
 * gridlines in print, centring and the print area.
 * https://learn.microsoft.com/javascript/api/excel/excel.pagelayout
 */
import { formatRect, Rect } from "./address";
import * as M from "./model";
import { SheetState, WorkbookState } from "./model";
import { ClientObject, RequestContext, defineProps } from "./runtime";
import { AreasTarget, Range, RangeAreas, rectInSheet } from "./range";

const err = M.err;

/** Excel.PageLayoutZoomOptions: a percentage or pages wide/tall, never both. */
export interface ZoomState {
  scale: number | null;
  horizontalFitToPages: number | null;
  verticalFitToPages: number | null;
}

/** Kept immutable (replaced on every change), so a shallow sheet copy is a faithful copy. */
export interface PageLayoutState {
  orientation: string;
  paperSize: string;
  zoom: ZoomState;
  printGridlines: boolean;
  centerHorizontally: boolean;
  centerVertically: boolean;
  leftMargin: number;
  rightMargin: number;
  topMargin: number;
  bottomMargin: number;
  headerMargin: number;
  footerMargin: number;
  /** Areas of the print area; null when none is set (Excel then prints the used range). */
  printArea: Rect[] | null;
}

/**
 * Defaults of a new sheet in an en-US Excel: Portrait, Letter, 100 %, "Normal" margins
 * (0.7" left/right, 0.75" top/bottom, 0.3" header/footer, in points as the API reports them:
 * https://learn.microsoft.com/javascript/api/excel/excel.pagelayout#excel-excel-pagelayout-leftmargin-member).
 */
export const DEFAULT_PAGE_LAYOUT: PageLayoutState = {
  orientation: "Portrait",
  paperSize: "Letter",
  zoom: { scale: 100, horizontalFitToPages: null, verticalFitToPages: null },
  printGridlines: false,
  centerHorizontally: false,
  centerVertically: false,
  leftMargin: 50.4,
  rightMargin: 50.4,
  topMargin: 54,
  bottomMargin: 54,
  headerMargin: 21.6,
  footerMargin: 21.6,
  printArea: null,
};

/** Excel.PageOrientation. */
const ORIENTATIONS = ["Portrait", "Landscape"];
/** Excel.PaperType (@types/office-js 1.0.612). */
const PAPER_TYPES = (
  "Letter LetterSmall Tabloid Ledger Legal Statement Executive A3 A4 A4Small A5 B4 B5 Folio " +
  "Quatro Paper10x14 Paper11x17 Note Envelope9 Envelope10 Envelope11 Envelope12 Envelope14 " +
  "Csheet Dsheet Esheet EnvelopeDL EnvelopeC5 EnvelopeC3 EnvelopeC4 EnvelopeC6 EnvelopeC65 " +
  "EnvelopeB4 EnvelopeB5 EnvelopeB6 EnvelopeItaly EnvelopeMonarch EnvelopePersonal FanfoldUS " +
  "FanfoldStdGerman FanfoldLegalGerman"
).split(" ");
const MARGINS = [
  "leftMargin",
  "rightMargin",
  "topMargin",
  "bottomMargin",
  "headerMargin",
  "footerMargin",
] as const;
const FLAGS = ["printGridlines", "centerHorizontally", "centerVertically"] as const;

export function pageLayoutOf(sheet: SheetState): PageLayoutState {
  return sheet.pageLayout ?? DEFAULT_PAGE_LAYOUT;
}

function update(sheet: SheetState, change: Partial<PageLayoutState>): void {
  sheet.pageLayout = { ...pageLayoutOf(sheet), ...change };
}

/**
 * "Print page scale value can be between 10 and 400. This value can be null if fit to page tall or
 * wide is specified"; the fit values are null when a scale is used
 * (https://learn.microsoft.com/javascript/api/excel/excel.pagelayoutzoomoptions). Pages are whole
 * numbers from 0 (0 = "Automatic" in the Page Setup dialog).
 */
export function zoomOf(input: unknown): ZoomState {
  if (typeof input !== "object" || input === null) throw err("InvalidArgument");
  const z = input as Record<string, unknown>;
  const pages = (v: unknown) => {
    if (v === undefined || v === null) return null;
    if (typeof v !== "number" || !Number.isInteger(v) || v < 0) throw err("InvalidArgument");
    return v;
  };
  const h = pages(z.horizontalFitToPages);
  const v = pages(z.verticalFitToPages);
  if (h !== null || v !== null) {
    if (z.scale !== undefined && z.scale !== null) throw err("InvalidArgument");
    return { scale: null, horizontalFitToPages: h ?? 0, verticalFitToPages: v ?? 0 };
  }
  const scale = z.scale;
  if (typeof scale !== "number" || scale < 10 || scale > 400) throw err("InvalidArgument");
  return { scale, horizontalFitToPages: null, verticalFitToPages: null };
}

export class PageLayout extends ClientObject {
  constructor(ctx: RequestContext, sheetId: (state: WorkbookState) => string | null) {
    // Created with the member's requirement set: below ExcelApi 1.9 the sync fails (ApiNotFound).
    super(ctx, "PageLayout", sheetId, { minVersion: "1.9" });
  }

  _scalars(): string[] {
    return ["orientation", "paperSize", "zoom", ...FLAGS, ...MARGINS];
  }

  _read(prop: string, id: string, state: WorkbookState): unknown {
    const p = pageLayoutOf(M.sheetById(state, id));
    if (prop === "zoom") return { ...p.zoom };
    if (prop in p && prop !== "printArea") return p[prop as keyof PageLayoutState];
    return super._read(prop, id, state);
  }

  _write(prop: string, v: unknown, id: string, state: WorkbookState): void {
    const sheet = M.sheetById(state, id);
    if (prop === "orientation") {
      if (!ORIENTATIONS.includes(String(v))) throw err("InvalidArgument");
      update(sheet, { orientation: String(v) });
    } else if (prop === "paperSize") {
      if (!PAPER_TYPES.includes(String(v))) throw err("InvalidArgument");
      update(sheet, { paperSize: String(v) });
    } else if (prop === "zoom") update(sheet, { zoom: zoomOf(v) });
    else if ((FLAGS as readonly string[]).includes(prop)) update(sheet, { [prop]: !!v });
    else if ((MARGINS as readonly string[]).includes(prop)) {
      if (typeof v !== "number" || !(v >= 0)) throw err("InvalidArgument");
      update(sheet, { [prop]: v });
    } else super._write(prop, v, id, state);
  }

  /**
   * A Range, RangeAreas or address on this sheet; "" clears the print area like the Page Layout
   * ribbon's Clear Print Area.
   */
  setPrintArea(printArea: Range | RangeAreas | string): void {
    this._act(
      [typeof printArea === "string" ? printArea : {}],
      (id: string, state) => {
        const sheet = M.sheetById(state, id);
        let rects: Rect[];
        if (printArea instanceof Range) {
          const t = printArea._sheetRect(state);
          if (t.sheet.id !== id) throw err("InvalidArgument");
          rects = [t.rect];
        } else if (printArea instanceof RangeAreas) {
          const t = printArea._resolve(state) as AreasTarget;
          if (t.sheetId !== id) throw err("InvalidArgument");
          rects = t.rects;
        } else if (printArea === "") rects = [];
        else rects = printArea.split(",").map((a) => rectInSheet(state, sheet, a.trim()));
        update(sheet, { printArea: rects.length ? rects : null });
      },
      "1.9"
    );
  }

  /** The print area, a null object when none is set. */
  getPrintAreaOrNullObject(): RangeAreas {
    return new RangeAreas(
      this._ctx,
      (state) => {
        const id = this._resolve(state) as string;
        const rects = pageLayoutOf(M.sheetById(state, id)).printArea;
        return rects ? { sheetId: id, rects } : null;
      },
      { nullable: true, minVersion: "1.9" }
    );
  }

  /** "ItemNotFound" without a print area. */
  getPrintArea(): RangeAreas {
    return new RangeAreas(
      this._ctx,
      (state) => {
        const id = this._resolve(state) as string;
        const rects = pageLayoutOf(M.sheetById(state, id)).printArea;
        if (!rects) throw err("ItemNotFound");
        return { sheetId: id, rects };
      },
      { minVersion: "1.9" }
    );
  }
}
defineProps(PageLayout, [], ["orientation", "paperSize", "zoom", ...FLAGS, ...MARGINS]);

/** The print area as an address without the sheet ("A1:H40"), for the model API. */
export function printAreaAddress(p: PageLayoutState): string | null {
  return p.printArea ? p.printArea.map((r) => formatRect(r, false)).join(",") : null;
}
