/**
 * The two functions metadata files the add-in publishes, as the help generator and the French
 * metadata test read them: the English one Microsoft's plugin generates from the JSDoc
 * (test/metadata/golden/functions.json, reviewed, and dist/functions.json after a build) and the
 * hand-written French one (src/functions/functions.fr.json).
 */
import { existsSync, readFileSync } from "fs";
import path from "path";

export interface ParameterMetadata {
  name: string;
  description?: string;
  type: string;
  dimensionality?: string;
  optional?: boolean;
  repeating?: boolean;
  /** The enum whose members Excel's AutoComplete offers for this parameter. */
  customEnumId?: string;
}

export interface FunctionMetadata {
  id: string;
  name: string;
  description: string;
  helpUrl?: string;
  parameters: ParameterMetadata[];
  result: { type?: string; dimensionality?: string };
  options?: Record<string, boolean>;
}

export interface EnumMetadata {
  id: string;
  type: "string" | "number";
  values: { name: string; stringValue?: string; numberValue?: number; tooltip?: string }[];
}

export interface MetadataFile {
  allowCustomDataForDataTypeAny?: boolean;
  functions: FunctionMetadata[];
  /** Custom enums: in the built files only (the build fills them from core). */
  enums?: EnumMetadata[];
}

export const ROOT = path.resolve(__dirname, "../..");
export const ENGLISH_GOLDEN = path.join(ROOT, "test/metadata/golden/functions.json");
export const ENGLISH_BUILT = path.join(ROOT, "dist/functions.json");
export const FRENCH_SOURCE = path.join(ROOT, "src/functions/functions.fr.json");
export const FRENCH_BUILT = path.join(ROOT, "dist/functions.fr.json");
export const DEV_BASE_URL = "https://localhost:3000/";

export function readMetadata(file: string): MetadataFile {
  return JSON.parse(readFileSync(file, "utf8")) as MetadataFile;
}

export function readIfPresent(file: string): MetadataFile | undefined {
  return existsSync(file) ? readMetadata(file) : undefined;
}

/** The English functions, as generated (the golden file unless given the built one). */
export function englishFunctions(generated: MetadataFile = readMetadata(ENGLISH_GOLDEN)): FunctionMetadata[] {
  return generated.functions;
}

/** What Excel reads of a parameter's shape: type, dimensionality, optional, repeating and its enum. */
export function parameterShape(parameter: ParameterMetadata): string {
  return [
    parameter.type,
    parameter.dimensionality ?? "scalar",
    parameter.optional === true ? "optional" : "required",
    parameter.repeating === true ? "repeating" : "single",
    ...(parameter.customEnumId === undefined ? [] : [`enum:${parameter.customEnumId}`]),
  ].join(" ");
}

/** What Excel reads of a result's shape. */
export function resultShape(result: FunctionMetadata["result"]): string {
  return `${result.type ?? "any"} ${result.dimensionality ?? "scalar"}`;
}

/** The help page a helpUrl points at, as a path under the repository (assets/help/...). */
export function helpFileOf(helpUrl: string): string {
  if (!helpUrl.startsWith(DEV_BASE_URL)) throw new Error(`help URL outside the add-in: ${helpUrl}`);
  return helpUrl.slice(DEV_BASE_URL.length);
}
