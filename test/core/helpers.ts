import { AmznError, type ErrorKind } from "../../src/core/runtime";

/** Run `call`, expect an AmznError of `kind`, and return it for message checks. */
export function failure(call: () => unknown, kind: ErrorKind): AmznError {
  try {
    call();
  } catch (error) {
    if (!(error instanceof AmznError)) throw new Error(`expected AmznError, got ${String(error)}`);
    if (error.kind !== kind) throw new Error(`expected kind ${kind}, got ${error.kind}: ${error.messages.en}`);
    return error;
  }
  throw new Error("expected an AmznError, got a result");
}

/** Run `call`, expect it to throw an AmznError (of any kind), and return it. */
export function thrown(call: () => unknown): AmznError {
  try {
    call();
  } catch (error) {
    expect(error).toBeInstanceOf(AmznError);
    return error as AmznError;
  }
  throw new Error("expected an AmznError");
}
