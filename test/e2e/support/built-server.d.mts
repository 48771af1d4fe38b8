export declare const workspaceRoot: string;

export interface BuiltServer {
  url: string;
  port: number;
  pid: number;
  dataDir: string;
  output(): string;
  stop(): Promise<void>;
}

export declare function startBuiltServer(options?: { readyTimeoutMs?: number }): Promise<BuiltServer>;
