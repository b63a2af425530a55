// Types of the demo endpoint for the TypeScript configs that mount it (vite.demo.config.ts).
import type { IncomingMessage, ServerResponse } from 'node:http';

export declare const BODY_MAX_BYTES: number;
export declare const DEMO_WEBFORM_ID: string;

export interface RegistrationEndpoint {
  store: { file: string; records: unknown[]; skippedLines: number[] };
  handle(req: IncomingMessage, res: ServerResponse, next: () => void): Promise<void>;
  handleKoa(ctx: unknown, next: () => Promise<unknown>): Promise<void>;
  close(): Promise<void>;
}

export declare function createRegistrationEndpoint(options: {
  dataDir: string;
  webformIds?: string[];
  warn?: (message: string) => void;
}): Promise<RegistrationEndpoint>;
