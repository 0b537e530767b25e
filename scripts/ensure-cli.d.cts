// Types for ensure-cli.cjs, which runs in plain Node before anything is built.
export declare function ensureCliBundle(dir?: string): Promise<string>;
