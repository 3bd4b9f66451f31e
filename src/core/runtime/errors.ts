/**
 * The one error type core throws. The custom-functions layer maps `kind` to an Excel error code:
 * "value" -> #VALUE! (malformed or impossible input: a useful life of 0 is refused here too),
 * "na" -> #N/A (the dataset lacks the figure). Only these two: Excel shows a custom message only
 * with #VALUE! and #N/A (PRODUCT.md "Argument conventions"; Microsoft's "Handle and return errors
 * from your custom function" page), so a #NUM! would reach the user without its explanation.
 * Messages exist in both languages from the start, because the functions answer in the user's
 * display language.
 */
import type { Bilingual } from "../../data/index";

export type Lang = "en" | "fr";

export type ErrorKind = "value" | "na";

/** A text in English and French; declared once, in data (the lowest layer). */
export type { Bilingual };

export class AmznError extends Error {
  readonly kind: ErrorKind;
  readonly messages: Bilingual;

  constructor(kind: ErrorKind, messages: Bilingual) {
    super(messages.en);
    this.name = "AmznError";
    this.kind = kind;
    this.messages = messages;
  }

  messageIn(lang: Lang): string {
    return this.messages[lang];
  }
}

export const malformed = (en: string, fr: string): AmznError => new AmznError("value", { en, fr });
export const notAvailable = (en: string, fr: string): AmznError => new AmznError("na", { en, fr });

/** A value Excel passes to a custom function for one argument: a scalar, or a range as a matrix. */
export type CellScalar = number | string | boolean | null | undefined;
export type CellArg = CellScalar | CellScalar[][];

/** What a spill returns: a non-empty rectangular matrix of numbers and text. */
export type SpillCell = number | string;
export type Spill = SpillCell[][];

/** Office's display language tag ("fr-FR", "en-US") reduced to the two the add-in speaks. */
export function langFromTag(tag: unknown): Lang {
  return typeof tag === "string" && tag.toLowerCase().startsWith("fr") ? "fr" : "en";
}
