import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { Ajv } from 'ajv';

const require = createRequire(import.meta.url);
// The SARIF 2.1.0 schema is written in draft-04, which Ajv 8 does not load by name. The schema uses nothing that
// differs from later drafts (no boolean exclusiveMinimum, no remote refs), so its draft marker and `id` are dropped.
// Its language pattern is not valid with the `u` flag: Ajv compiles patterns as plain RegExps, as draft-04 validators did.
const { $schema: _draft, id: _id, ...SARIF_SCHEMA } = JSON.parse(readFileSync(require.resolve('@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json'), 'utf8')) as Record<string, unknown>;

/** A validator for the SARIF 2.1.0 schema. */
export const sarifValidator = () => new Ajv({ strict: false, allErrors: true, unicodeRegExp: false }).compile(SARIF_SCHEMA);

/** The parts of a SARIF log the tests read. */
export interface SarifLog {
  runs: {
    tool: { driver: { rules: { id: string }[] } };
    results: {
      ruleId: string;
      ruleIndex: number;
      message: { text: string };
      locations: { physicalLocation: { artifactLocation: { uri: string }; region: Record<string, number> } }[];
      relatedLocations?: { id: number; physicalLocation: { artifactLocation: { uri: string }; region: Record<string, number> }; message: { text: string } }[];
      suppressions?: { kind: string; status?: string; justification?: string }[];
      partialFingerprints: Record<string, string>;
    }[];
  }[];
}
