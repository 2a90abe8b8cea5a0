/** The error Office.js rejects context.sync() with: a code from Excel.ErrorCodes and a message. */
export class FakeApiError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = "OfficeExtension.Error";
  }
}

export const notLoaded = (what: string): FakeApiError =>
  new FakeApiError("PropertyNotLoaded", `The property '${what}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()".`);
