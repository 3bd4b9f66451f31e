/** The core tests' error helpers live with every shared test helper, in test/helpers. */
export * from "../helpers/errors";
