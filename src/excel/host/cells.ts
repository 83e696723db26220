// Cells as the layer writes them: values with their number formats, shared by the class columns and
// the analysis sheet.
export type OutCell = string | number;

export interface CellBlock {
  values: OutCell[][];
  formats: string[][];
}

export const PERCENT_FORMAT = "0.0%";
export const GENERAL_FORMAT = "General";
