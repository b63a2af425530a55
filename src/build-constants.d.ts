/** The version in package.json, written in by every build (see build-constants.mjs). */
declare const __IREV_VERSION__: string;
