import pkg from "../package.json" with { type: "json" };

export const VERSION: string = pkg.version;
export const TOOL_NAME = "mta-sts-lint";
export const TOOL_INFORMATION_URI = "https://github.com/mta-sts-lint/mta-sts-lint";
