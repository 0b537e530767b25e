// Types for cli-bundle.mjs, which runs in plain Node before anything is built.
export declare const ROOT: string;
export declare const CLI_DIR: string;
export declare const CLI_ENTRY: string;
export declare const CLI_INPUTS: string;
export declare const CHART_WORKER: string;
export declare const SNAPSHOT_BUNDLE: string;
export declare const SNAPSHOT_BLOB: string;
export declare const SNAPSHOT_BUILD: string;
export declare function cliBundleIsCurrent(dir?: string): Promise<boolean>;
export declare function ensureCliBundle(dir?: string): Promise<string>;
