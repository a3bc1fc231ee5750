import { extname } from "node:path";
import type { ZoneFormat } from "../settings/types.js";

export type ConcreteZoneFormat = Exclude<ZoneFormat, "auto">;

/** The format of a zone source, or why it cannot be told (a one-line reason for the user). */
export type ZoneDetection = { format: ConcreteZoneFormat } | { unknown: string };

/** Where the user sets the format, for messages. */
export const ZONE_FORMAT_SETTING =
  "The format is set with zoneFormat in the configuration file, --zone-format on the command line or the zone-format action input.";

/** Only the head of a file is looked at: the shape shows in the first records. */
const SNIFF_CHARS = 64 * 1024;

/** An octoDNS record: an indented `type: MX` (or `- type: MX` in a list of records). */
const OCTODNS_RECORD =
  /^[ \t]+(?:-[ \t]+)?type:[ \t]*['"]?[A-Za-z][A-Za-z0-9_]*['"]?[ \t]*(?:#.*)?$/m;
/** octoDNS's own configuration (providers and zones), which users sometimes point at. */
const OCTODNS_CONFIG =
  /^providers:[ \t]*$[\s\S]*^zones:[ \t]*$|^zones:[ \t]*$[\s\S]*^providers:[ \t]*$/m;
/** A master-file directive or a record line with a class or a common type after the owner. */
const MASTER_FILE =
  /^\$(?:ORIGIN|TTL|INCLUDE|GENERATE)\b|^\S*[ \t]+(?:\d+[smhdw]?[ \t]+)?(?:(?:IN|CH|HS)[ \t]+)?(?:SOA|NS|MX|A|AAAA|TXT|CNAME)[ \t]/im;
/** A line with nothing but a comment, a YAML document marker or blanks. */
const EMPTY_YAML_LINE = /^[ \t]*(?:(?:---|\.\.\.)[ \t]*)?(?:#.*)?$/;

/**
 * Nothing but comments, blank lines and YAML document markers: an empty octoDNS zone. Tested
 * line by line: one pattern over the whole text backtracks exponentially on many comment lines
 * with trailing blanks (each blank can belong to the comment or to the padding).
 */
function isEmptyYaml(head: string): boolean {
  return head.split(/\r?\n/).every((line) => EMPTY_YAML_LINE.test(line));
}

function looksLikeIr(head: string): boolean {
  return /^\s*\[/.test(head) || /"domains"\s*:/.test(head);
}

/**
 * The format of a zone source whose format was left on `auto`, by file name and content:
 * octoDNS keeps zones in YAML (a directory of YAML files for a split zone), DNSControl's IR
 * is JSON with `domains`, anything else is a BIND master file (which has no customary
 * extension: `.zone`, `.db`, `db.example`, bare names). A file that fits none, or two, is
 * reported rather than guessed: a wrong guess would make every check after it wrong.
 */
export function detectZoneFormat(path: string, text?: string, isDirectory = false): ZoneDetection {
  if (isDirectory) return { format: "octodns" };
  const ext = extname(path).toLowerCase();
  const head = text?.slice(0, SNIFF_CHARS);
  if (ext === ".yaml" || ext === ".yml") {
    if (head === undefined || OCTODNS_RECORD.test(head) || isEmptyYaml(head)) {
      return { format: "octodns" };
    }
    if (OCTODNS_CONFIG.test(head)) {
      return {
        unknown:
          "it is an octoDNS configuration file (providers and zones), not a zone: name the zone file the YamlProvider reads, <directory>/<zone>.yaml",
      };
    }
    return {
      unknown:
        "it is YAML but holds no octoDNS records (names with type and value); if it is an octoDNS zone, set the zone format to octodns",
    };
  }
  if (ext === ".json") {
    if (head === undefined || looksLikeIr(head)) return { format: "dnscontrol" };
    return {
      unknown:
        'it is JSON but not the output of "dnscontrol print-ir" (no "domains"); if it is, set the zone format to dnscontrol',
    };
  }
  if (head === undefined) return { format: "bind" };
  if (/^\uFEFF?\s*[{[]/.test(head)) {
    if (looksLikeIr(head)) return { format: "dnscontrol" };
    return {
      unknown:
        'it looks like JSON but is not the output of "dnscontrol print-ir" (no "domains"); set the zone format',
    };
  }
  const octodns = OCTODNS_RECORD.test(head);
  const master = MASTER_FILE.test(head);
  if (octodns && master) {
    return {
      unknown:
        "it has both octoDNS YAML records and master-file lines; set the zone format (bind or octodns)",
    };
  }
  return { format: octodns ? "octodns" : "bind" };
}
