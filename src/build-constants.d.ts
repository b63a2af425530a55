/** The version in package.json, written in by every build (see build-constants.ts). */
declare const __IREV_VERSION__: string;
