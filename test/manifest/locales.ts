/**
 * Every French locale Office supports. Both manifests override their texts (and the functions'
 * metadata URL) for each of them: the task pane treats every fr-* display language as French, so
 * a French user in Canada, Belgium, Switzerland or Luxembourg must get the French function names
 * too.
 */
export const FRENCH_LOCALES = ["fr-FR", "fr-CA", "fr-BE", "fr-CH", "fr-LU"] as const;
