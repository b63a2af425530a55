export declare const buildConstants: { __IREV_VERSION__: string };
