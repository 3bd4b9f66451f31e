import { lazy } from "../../../src/core/runtime";
import { figures, findFigure } from "../../../src/core/dataset";

describe("lazy", () => {
  it("builds nothing until first asked, then builds once and keeps the value", () => {
    const build = jest.fn(() => ({ built: true }));
    const value = lazy(build);
    expect(build).not.toHaveBeenCalled();
    const first = value();
    expect(value()).toBe(first);
    expect(build).toHaveBeenCalledTimes(1);
  });

  it("keeps a falsy value instead of building it again", () => {
    const build = jest.fn(() => 0);
    const value = lazy(build);
    expect([value(), value()]).toEqual([0, 0]);
    expect(build).toHaveBeenCalledTimes(1);
  });

  it("builds again after a failed build: a throw is not a value", () => {
    let calls = 0;
    const value = lazy(() => {
      calls += 1;
      if (calls === 1) throw new Error("first build fails");
      return "second";
    });
    expect(() => value()).toThrow("first build fails");
    expect(value()).toBe("second");
  });

  it("serves the dataset's lazily built index the same figures as the list", () => {
    const list = figures();
    expect(figures()).toBe(list);
    for (const figure of list.filter((f) => f.quarter === undefined).slice(0, 20))
      expect(findFigure(figure.basis, figure.metric, figure.year)).toBe(figure);
  });
});
