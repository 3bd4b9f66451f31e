import { AmznError, malformed } from "../../../src/core/runtime";

describe("AmznError", () => {
  it("carries its kind and both languages", () => {
    const error = malformed("unknown metric 'x'", "indicateur inconnu « x »");
    expect(error).toBeInstanceOf(AmznError);
    expect(error.kind).toBe("value");
    expect(error.message).toBe("unknown metric 'x'");
    expect(error.messageIn("fr")).toBe("indicateur inconnu « x »");
  });
});
