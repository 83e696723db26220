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
/** New XYZ limits (a valid pair: X above 0, Y above X). */
export type OnXyzLimits = (limits: readonly [number, number]) => void;
/** XYZ limits as typed or stepped, valid or not (the fields check them). */
export type OnXyzDraft = (limits: readonly [number, number]) => void;
/** A checkbox option turned on or off. */
export type OnToggle = (checked: boolean) => void;
/** New score weights (the pane keeps them with the run settings). */
export type OnWeights = (weights: PaneSettings["scoreWeights"]) => void;
/** A confirmed choice of key accounts: a score proposal, or undefined for the ABC proposal. */
export type OnProposal = (proposal: PaneKam["proposal"]) => void;
/** A whole number typed or stepped in a SpinButton. */
export type OnWholeNumber = (value: number) => void;
