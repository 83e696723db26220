// --period, --xyz, --previous and --stability as the core's time options.
import type { TimeOptions } from "../core/time/timeFigures";
import type { AnalyzeArgs } from "./args";
import { readPreviousRun } from "./previousRun";

export function timeOptionsOf(args: AnalyzeArgs): TimeOptions {
  return {
    ...(args.period ? { period: { from: args.period.from, to: args.period.to } } : {}),
    ...(args.xyz ? { xyzLimits: args.xyz } : {}),
    ...(args.previous !== undefined ? { lastRun: readPreviousRun(args.previous) } : {}),
    // Percentage points on the command line, a share in the core.
    ...(args.stability !== undefined ? { stabilityMargin: args.stability / 100 } : {}),
  };
}
