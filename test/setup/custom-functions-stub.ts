/**
 * The CustomFunctions global as Excel's runtime provides it, for Node tests: the Error class with
 * its code and message, the error codes, and a registry behind `associate`.
 */
class StubCustomFunctionsError extends Error {
  readonly code: string;
  constructor(code: string, message?: string) {
    super(message ?? "");
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
