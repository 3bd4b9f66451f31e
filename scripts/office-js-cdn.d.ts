/** Types of scripts/office-js-cdn.js for the TypeScript tests. */
export declare const OFFICE_JS_CDNS: readonly string[];
export declare const OFFICE_JS_URL: string;
export declare const OFFICE_JS_ORIGINS: readonly string[];
