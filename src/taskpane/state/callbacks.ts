// What sections call back with: narrow callbacks instead of the whole pane object.
import type { PeriodRule } from "../../excel/types";
import type { ActionKind } from "./flows";
import type { PaneKam } from "./kam";
import type { PaneSettings } from "./settings";

export type OnAction = (kind: ActionKind) => void;
export type OnKam = (choices: Partial<PaneKam>) => void;
export type OnSettings = (change: Partial<PaneSettings>) => void;
/** Selects a sheet-qualified address in Excel ("Go to sheet"). */
export type OnGoTo = (address: string) => void;
/** A new period rule (latest months or a fixed range). */
export type OnPeriod = (rule: PeriodRule) => void;
/** A checkbox option turned on or off. */
export type OnToggle = (checked: boolean) => void;
