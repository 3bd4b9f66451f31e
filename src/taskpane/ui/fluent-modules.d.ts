/**
 * The async chunks' entry modules, for compilers that resolve packages the Node 10 way (the
 * bench's tsc build, ts-jest): they do not read package.json "exports". Webpack and
 * `moduleResolution: "bundler"` resolve the real files and their types.
 */
declare module "@fluentui/web-components/text-input.js";
declare module "@fluentui/web-components/spinner.js";
