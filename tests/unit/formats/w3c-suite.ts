/**
 * Test helper: the W3C Web Annotation test suite from ../shared (never copied into the repository), as
 * samples and as the suite's own JSON Schemas run by ajv (draft-04, with ajv-formats for "uri").
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import Ajv from 'ajv-draft-04';
import addFormats from 'ajv-formats';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
export const SUITE_DIR = path.resolve(repoRoot, '../shared/w3c-annotation-tests');
export const suitePresent = existsSync(path.join(SUITE_DIR, 'annotations/annotationMusts.test'));

if (!suitePresent) {
  console.warn(`W3C Web Annotation test suite not found at ${SUITE_DIR}: the conformance tests are skipped.`);
}

export interface Sample {
  readonly name: string;
  readonly text: string;
}

export function samples(kind: 'correct' | 'incorrect'): Sample[] {
  const dir = path.join(SUITE_DIR, 'samples', kind);
  return readdirSync(dir)
    .filter((name) => name.endsWith('.json'))
    .sort((a, b) => a.localeCompare(b, 'en', { numeric: true }))
    .map((name) => ({ name, text: readFileSync(path.join(dir, name), 'utf8') }));
}

export interface Assertion {
  readonly file: string;
  readonly expectedResult: 'valid' | 'invalid';
  readonly errorMessage: string;
  readonly validate: (document: unknown) => boolean;
}

const compiled = new Map<string, Assertion[]>();

/** The assertions a `.test` file of the suite lists, compiled against the suite's definitions. */
export function assertions(testFile: string): Assertion[] {
  const known = compiled.get(testFile);
  if (known) return known;
  const list = compile(testFile);
  compiled.set(testFile, list);
  return list;
}

function compile(testFile: string): Assertion[] {
  const ajv = new Ajv({ strict: false, allErrors: false });
  addFormats(ajv);
  for (const name of readdirSync(path.join(SUITE_DIR, 'definitions'))) {
    ajv.addSchema(JSON.parse(readFileSync(path.join(SUITE_DIR, 'definitions', name), 'utf8')), name);
  }
  const test = JSON.parse(readFileSync(path.join(SUITE_DIR, testFile), 'utf8')) as { assertions: string[] };
  return test.assertions.map((file) => {
    const { id: _id, ...schema } = JSON.parse(readFileSync(path.join(SUITE_DIR, file), 'utf8')) as Record<
      string,
      unknown
    >;
    const validate = ajv.compile(schema);
    return {
      file,
      expectedResult: schema.expectedResult === 'invalid' ? 'invalid' : 'valid',
      errorMessage: String(schema.errorMessage ?? ''),
      validate: (document: unknown) => validate(document) === true,
    };
  });
}

/** The assertions `document` fails: those whose result differs from the expected one. */
export function failedAssertions(list: readonly Assertion[], document: unknown): string[] {
  return list
    .filter((a) => (a.validate(document) ? 'valid' : 'invalid') !== a.expectedResult)
    .map((a) => path.basename(a.file));
}
