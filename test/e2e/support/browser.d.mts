import type { Browser, Page } from 'playwright-core';

export declare const chromiumPath: string;
export declare const chromiumArgs: string[];
export declare function launchChromium(): Promise<Browser>;
export declare const demoPassword: string;
export declare const demoUsers: { counsellor: string; secondCounsellor: string; manager: string; groupLeader: string };
export declare function signIn(
  page: Page,
  baseUrl: string,
  email: string,
  options?: { labels?: { email: string; password: string; submit: string } },
): Promise<void>;
