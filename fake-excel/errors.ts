/** Errors shaped like OfficeExtension.Error (name "RichApi.Error", `code`, `debugInfo`). */

const MESSAGES: Record<string, string> = {
  ItemNotFound: "The requested resource doesn't exist.",
  ItemAlreadyExists: "A resource with the same name or identifier already exists.",
  InvalidArgument: "The argument is invalid or missing or has an incorrect format.",
  InvalidOperation: "The requested operation is invalid.",
  InvalidReference: "This reference isn't valid for the current operation.",
  InvalidSelection: "The current selection is invalid for this operation.",
  GeneralException: "There was an internal error while processing the request.",
  ApiNotFound:
    "The API you are trying to use could not be found. It may be available in a newer version of Excel.",
  NonBlankCellOffSheet:
    "Microsoft Excel can't insert new cells because it would push non-empty cells off the end of the worksheet.",
  InsertDeleteConflict: "The insert or delete operation attempted resulted in a conflict.",
  MergedRangeConflict: "Cannot complete the operation. A merged cell can't be changed partially.",
  NotImplemented: "The requested feature isn't implemented.",
  RequestPayloadSizeLimitExceeded: "The request payload size has exceeded the limit.",
  ResponsePayloadSizeLimitExceeded: "The response payload size has exceeded the limit.",
  InvalidObjectPath:
    "The object path isn't working for what you're trying to do. If you're using the object across " +
    'multiple "context.sync" calls and outside the sequential execution of a ".run" batch, please use ' +
    'the "context.trackedObjects.add()" and "context.trackedObjects.remove()" methods to manage the ' +
    "object's lifetime.",
};

export class OfficeError extends Error {
  code: string;
  debugInfo: { code: string; message: string; errorLocation?: string };
  traceMessages: string[] = [];
  innerError: unknown = null;

  constructor(code: string, message?: string, location?: string) {
    const msg = message ?? MESSAGES[code] ?? code;
    super(msg);
    this.name = "RichApi.Error";
    this.code = code;
    this.debugInfo = location
      ? { code, message: msg, errorLocation: location }
      : { code, message: msg };
    Object.setPrototypeOf(this, OfficeError.prototype);
  }

  toString(): string {
    return `${this.name}: ${this.message}`;
  }
}

export function propertyNotLoaded(prop: string): OfficeError {
  return new OfficeError(
    "PropertyNotLoaded",
    `The property '${prop}' is not available. Before reading the property's value, call the load ` +
      `method on the containing object and call "context.sync()" on the associated request context.`
  );
}

export function valueNotReady(): OfficeError {
  return new OfficeError(
    "ValueNotLoaded",
    'The value of the result object has not been loaded yet. Before reading the value property, call "context.sync()" on the associated request context.'
  );
}
