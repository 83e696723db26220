// Everything the command line can say: the core's messages, the time axis's and its own.
import { buildCatalogue } from "../core/i18n/catalogue";
import { CORE_MESSAGES } from "../core/i18n/messages";
import { TIME_MESSAGES } from "../core/time/messages";
import { CLI_MESSAGES } from "./messages";

export const CLI_CATALOGUE = buildCatalogue(CORE_MESSAGES, TIME_MESSAGES, CLI_MESSAGES);

export const translate = CLI_CATALOGUE.translate;
export const describeIssue = CLI_CATALOGUE.describeIssue;
