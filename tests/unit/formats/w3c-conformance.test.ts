/**
 * Conformance with the W3C Web Annotation Working Group's test suite (../shared/w3c-annotation-tests):
 * every incorrect sample is refused with a reason, every correct one accepted with a word on whether
 * Sourcemark can import it, and every annotation Sourcemark writes passes the suite's MUST assertions.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { parseJson } from '../../../src/formats/json-text';
import { readImportText } from '../../../src/formats/read-file';
import { toW3CCollection } from '../../../src/formats/w3c-export';
import { checkW3CDocument } from '../../../src/formats/w3c-model';
import { variedAnnotations } from './varied-annotations';
import { assertions, failedAssertions, samples, suitePresent } from './w3c-suite';

/** Correct samples whose targets use Composite, List or Independents, which the final model dropped. */
const DROPPED_MULTIPLICITY = ['anno11.json', 'anno12.json', 'anno13.json'];

describe.skipIf(!suitePresent)('the W3C test suite', () => {
  const incorrect = suitePresent ? samples('incorrect') : [];
  const correct = suitePresent ? samples('correct') : [];
  // Compiling the suite's schemas takes a few seconds on a busy machine: once, before the tests.
  beforeAll(() => {
    for (const test of [
      'annotations/annotationMusts.test',
      'collections/collectionMusts.test',
      'collections/pages/pageMusts.test',
    ]) {
      assertions(test);
    }
  }, 120_000);

  it('has the samples this test expects', () => {
    expect(incorrect).toHaveLength(39);
    expect(correct).toHaveLength(45);
  });

  it('every incorrect sample is refused, with a reason that names the place', () => {
    for (const sample of incorrect) {
      const reading = readImportText(sample.text);
      expect(reading.valid, sample.name).toBe(false);
      expect(reading.problems.length, sample.name).toBeGreaterThan(0);
      expect(reading.snapshot.annotations, sample.name).toEqual([]);
    }
  });

  it('names the fault each incorrect sample was written to show', () => {
    const reasons = (name: string) =>
      readImportText(incorrect.find((s) => s.name === name)?.text ?? '').problems.map(
        (p) => `${p.path}: ${p.message}`,
      );
    expect(reasons('anno1.json').join()).toMatch(/not valid JSON: line 1, column 1/);
    expect(reasons('anno4.json').join()).toMatch(/@context: does not include/);
    expect(reasons('anno6.json').join()).toMatch(/id: "not a uri" is not an IRI/);
    expect(reasons('anno9.json').join()).toMatch(/type: "Squirrel" is not "Annotation"/);
    expect(reasons('anno10.json').join()).toMatch(/line 6, column 37: a comma before "}"/);
    expect(reasons('anno10.json').join()).toMatch(/target: is missing/);
    expect(reasons('anno17.json').join()).toMatch(/body.value: is missing/);
    expect(reasons('anno19.json').join()).toMatch(/both "body" and "bodyValue"/);
    expect(reasons('anno28.json').join()).toMatch(/created: "yesterday" is not a date-time/);
    expect(reasons('anno39.json').join()).toMatch(
      /target.selector.value: a FragmentSelector needs exactly one text value/,
    );
  });

  it('every correct sample is accepted, and says whether Sourcemark can import it', () => {
    const importable: string[] = [];
    for (const sample of correct) {
      const reading = readImportText(sample.text);
      expect(reading.problems, sample.name).toEqual([]);
      expect(reading.valid, sample.name).toBe(true);
      for (const item of reading.items) {
        expect(
          item.annotation !== null || (item.reason ?? '').length > 0,
          `${sample.name} ${item.path}`,
        ).toBe(true);
      }
      if (reading.items.length === 1 && reading.items[0]?.annotation) importable.push(sample.name);
    }
    // The two samples that quote a passage of a web page (one inside a FragmentSelector).
    expect(importable).toEqual(['anno26.json', 'anno32.json']);
  });

  it("agrees with the suite's MUST schemas on every sample that is JSON", () => {
    const musts = assertions('annotations/annotationMusts.test');
    for (const sample of [...incorrect, ...correct]) {
      const parsed = parseJson(sample.text);
      if (!parsed.ok || DROPPED_MULTIPLICITY.includes(sample.name)) continue;
      const doc = checkW3CDocument(parsed.value);
      if (doc.kind !== 'annotation') continue;
      expect(doc.problems.length > 0, sample.name).toBe(failedAssertions(musts, parsed.value).length > 0);
    }
  });

  it("keeps the samples with Composite, List or Independents, which the suite's schemas refuse", () => {
    const musts = assertions('annotations/annotationMusts.test');
    for (const name of DROPPED_MULTIPLICITY) {
      const sample = correct.find((s) => s.name === name);
      const parsed = parseJson(sample?.text ?? '');
      expect(parsed.ok && failedAssertions(musts, parsed.value), name).toEqual([
        '3.2-targetObjectsRecognized.json',
      ]);
      expect(
        readImportText(sample?.text ?? '')
          .warnings.map((w) => w.message)
          .join(),
        name,
      ).toMatch(/dropped from the final Recommendation/);
    }
  });

  it('every annotation Sourcemark writes passes every MUST assertion of the suite', () => {
    const musts = assertions('annotations/annotationMusts.test');
    const collection = toW3CCollection(variedAnnotations(), {
      id: 'urn:uuid:9a3e2f10-0000-4000-8000-000000000001',
      created: 0,
    });
    const items = (collection.first as { items: unknown[] }).items;
    expect(items).toHaveLength(variedAnnotations().length);
    for (const item of items) expect(failedAssertions(musts, item)).toEqual([]);
  });

  it("the collection and its page pass the suite's collection and page MUSTs, even when empty", () => {
    const collectionMusts = assertions('collections/collectionMusts.test');
    const pageMusts = assertions('collections/pages/pageMusts.test');
    for (const annotations of [variedAnnotations(), []]) {
      const collection = toW3CCollection(annotations, {
        id: 'urn:uuid:9a3e2f10-0000-4000-8000-000000000002',
      });
      expect(failedAssertions(collectionMusts, collection)).toEqual([]);
      expect(failedAssertions(pageMusts, collection)).toEqual([]);
    }
  });
});
