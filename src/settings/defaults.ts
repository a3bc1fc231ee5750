import { DEFAULT_LIVE, DEFAULT_MAX_ZONE_BYTES, type LiveSettings, type Settings } from "./types.js";

/** Settings before any configuration: what a user gets with no file, flag or input. */
export function defaultSettings(cwd: string): Settings {
  return {
    cwd,
    domains: [],
    rules: {},
    failOn: "error",
    format: "text",
    live: { ...DEFAULT_LIVE, resolvers: [] },
    maxZoneBytes: DEFAULT_MAX_ZONE_BYTES,
    configIssues: [],
  };
}

/** SMTP probes need the live DNS answers (the MX set), so `smtp` switches live checks on. */
export function withImpliedLive(live: LiveSettings): LiveSettings {
  return live.smtp ? { ...live, enabled: true } : live;
}
