export function contentSecurityPolicy(options: { development: boolean }): string;
export function securityHeaders(options: { development: boolean }): { key: string; value: string }[];
