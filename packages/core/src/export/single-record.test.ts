import { expect } from '@open-wc/testing';
import { ginette } from '../personas/ginette.js';
import { famille } from '../personas/famille-tremblay-diallo.js';
import { exportSingleRecord, importSingleRecord, singleRecordJson } from './single-record.js';

describe('single-record export and import', () => {
  it('wraps one record in the versioned envelope and reads it back unchanged', () => {
    const file = exportSingleRecord(ginette, { exportedAt: '2026-11-20T10:00:00Z' });
    expect(file.format).to.equal('toile-record');
    expect(file.formatVersion).to.equal(1);
    const back = importSingleRecord(singleRecordJson(file));
    expect(back.ok).to.equal(true);
    if (back.ok) {
      expect(back.value).to.deep.equal(ginette);
      expect(back.exportedAt).to.equal('2026-11-20T10:00:00Z');
    }
  });

  it('filters by consent on request (no other names without sharing)', () => {
    const file = exportSingleRecord(famille, {
      exportedAt: '2026-11-20T10:00:00Z',
      consentFiltered: true,
    });
    expect(file.record.registry).to.have.length(1);
    expect(importSingleRecord(file).ok).to.equal(true);
  });

  it('refuses bad JSON, another format, another version, with bilingual issues', () => {
    const bad = importSingleRecord('{not json');
    expect(bad.ok).to.equal(false);
    if (!bad.ok) expect(bad.issues[0]?.code).to.equal('invalid_json');
    const other = importSingleRecord({ format: 'toile-export', formatVersion: 1, records: [] });
    expect(other.ok).to.equal(false);
    if (!other.ok) expect(other.issues[0]?.jsonPath).to.equal('$.format');
    const version = importSingleRecord({
      format: 'toile-record',
      formatVersion: 2,
      record: ginette,
    });
    expect(version.ok).to.equal(false);
    if (!version.ok) {
      expect(version.issues[0]?.code).to.equal('unsupported_version');
      expect(version.issues[0]?.message.en).to.contain('version');
    }
  });

  it('validates the record with paths into the file', () => {
    const broken = {
      ...ginette,
      registry: [...ginette.registry, { id: 'x', kind: 'person', name: '' }],
    };
    const res = importSingleRecord({
      format: 'toile-record',
      formatVersion: 1,
      exportedAt: 'x',
      record: broken,
    });
    expect(res.ok).to.equal(false);
    if (!res.ok) {
      expect(res.issues.some((i) => i.jsonPath.startsWith('$.record.registry['))).to.equal(true);
      expect(res.issues[0]?.path[0]).to.equal('record');
    }
  });
});
