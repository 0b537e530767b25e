// Types for cli-bundle.cjs, which runs in plain Node before anything is built.
export declare const ROOT: string;
export declare const CLI_DIR: string;
export declare const CLI_ENTRY: string;
export declare const CLI_CODE: string;
export declare const CODE_BUILD_STAMP: string;
export declare const CLI_INPUTS: string;
export declare const CHART_WORKER: string;
export declare const CHART_WORKER_START: string;
export declare const SNAPSHOT_BLOB: string;
export declare const SNAPSHOT_CORE_BLOB: string;
export declare const SNAPSHOT_BUILD: string;
export declare const SNAPSHOT_NODE: string;
export declare function cliBundleIsCurrent(dir?: string): boolean;
export declare function cliLauncher(dir?: string): string | null;
