import type { Page } from 'playwright-core';

export interface AxeViolationSummary {
  id: string;
  impact: 'serious' | 'critical';
  help: string;
  nodes: string[];
}

export declare const screenshotDir: string;
export declare function seriousAxeViolations(page: Page): Promise<AxeViolationSummary[]>;
/** Controls named by aria-label whose name does not start with their visible label (Bridgeway's rule). */
export declare function namesNotStartingWithLabel(page: Page): Promise<AxeViolationSummary[]>;
export declare function screenshot(page: Page, name: string): Promise<string>;
/** Waits until no CSS transition or animation is running (axe measures colour contrast on what is painted). */
export declare function animationsSettled(page: Page): Promise<void>;
