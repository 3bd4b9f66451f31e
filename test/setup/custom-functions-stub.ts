/**
 * The CustomFunctions global as Excel's runtime provides it, for Node tests: the Error class with
 * its code and message, the error codes, and a registry behind `associate`.
 *
 * Excel shows a custom error message only with #VALUE! and #N/A (Microsoft, "Handle and return
 * errors from your custom function", https://learn.microsoft.com/office/dev/add-ins/excel/custom-functions-errors;
 * the CustomFunctions.ErrorCode reference says of #DIV/0!, #NUM!, #NULL!, #NAME? and #REF! that a
 * custom error message can't be used). The stub drops the message of any other code, as Excel
 * does, so a test that expects a message behind #NUM! fails.
 */
const CODES_WITH_MESSAGE: readonly string[] = ["#VALUE!", "#N/A"];

class StubCustomFunctionsError extends Error {
  readonly code: string;
  constructor(code: string, message?: string) {
    super(CODES_WITH_MESSAGE.includes(code) ? (message ?? "") : "");
    this.name = "CustomFunctions.Error";
    this.code = code;
  }
}

export const associated = new Map<string, (...args: unknown[]) => unknown>();

Object.assign(globalThis, {
  CustomFunctions: {
    Error: StubCustomFunctionsError,
    ErrorCode: {
      invalidValue: "#VALUE!",
      notAvailable: "#N/A",
      divisionByZero: "#DIV/0!",
      invalidNumber: "#NUM!",
      nullReference: "#NULL!",
      invalidName: "#NAME?",
      invalidReference: "#REF!",
    },
    associate: (id: string, fn: (...args: unknown[]) => unknown) => associated.set(id, fn),
  },
});
