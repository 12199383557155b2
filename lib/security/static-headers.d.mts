/** Types of static-headers.mjs (the project does not type-check JavaScript: allowJs is off). */
export declare const STATIC_SECURITY_HEADERS: Readonly<Record<string, string>>;
