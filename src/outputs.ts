import type { LintReport } from "./model/report.js";
import { formatSarif, type SarifOptions } from "./report/sarif.js";
import { RULE_METAS } from "./rules/index.js";
import type { Settings } from "./settings/types.js";
import { ruleDocsReader } from "./sources/rule-docs.js";
import { TOOL_INFORMATION_URI, VERSION } from "./version.js";

/**
 * The SARIF report both faces write: the rule pages as help, the config as fallback location.
 * `docsBase` points rule links at another copy of the docs (the action's own version).
 */
export function renderSarif(report: LintReport, settings: Settings, docsBase?: string): string {
  const options: SarifOptions = {
    toolVersion: VERSION,
    informationUri: TOOL_INFORMATION_URI,
    ruleHelp: ruleDocsReader(import.meta.url),
  };
  if (docsBase !== undefined) options.docsBase = docsBase;
  // Findings without a file of their own are shown on the configuration file.
  if (settings.configFile !== undefined) options.configFile = settings.configFile;
  return formatSarif(report, RULE_METAS, options);
}
