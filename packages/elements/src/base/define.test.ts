import { expect } from '@open-wc/testing';
import { defineElement } from './define.js';

class First extends HTMLElement {
  static version = '0.1.0';
}
class Second extends HTMLElement {
  static version = '9.9.9';
}
class Third extends HTMLElement {
  static version = '9.9.9';
}
const fresh = (version: string): CustomElementConstructor =>
  class extends HTMLElement {
    static version = version;
  };

describe('defineElement', () => {
  let warnings: unknown[][];
  let original: typeof console.warn;
  beforeEach(() => {
    warnings = [];
    original = console.warn;
    console.warn = (...args: unknown[]) => {
      warnings.push(args);
    };
  });
  afterEach(() => {
    console.warn = original;
  });

  it('defines a tag, and a second call with the same class is harmless', () => {
    defineElement('toile-define-test-a', First);
    defineElement('toile-define-test-a', First);
    expect(customElements.get('toile-define-test-a')).to.equal(First);
    expect(warnings).to.have.length(0);
  });

  it('keeps the first class when another class claims the tag, and warns once on a version mismatch', () => {
    const a = fresh('0.1.0');
    const b = fresh('0.2.0');
    defineElement('toile-define-test-b', a);
    expect(() => {
      defineElement('toile-define-test-b', b);
    }).not.to.throw();
    defineElement('toile-define-test-b', b);
    expect(customElements.get('toile-define-test-b')).to.equal(a);
    expect(warnings).to.have.length(1);
    expect(String(warnings[0]?.[0])).to.contain('toile-define-test-b');
  });

  it('does not warn when a different class has the same version', () => {
    defineElement('toile-define-test-c', Second);
    defineElement('toile-define-test-c', Third);
    expect(customElements.get('toile-define-test-c')).to.equal(Second);
    expect(warnings).to.have.length(0);
  });

  it('registers a class already used under another tag through a subclass instead of throwing', () => {
    expect(() => {
      defineElement('toile-define-test-d', First);
    }).not.to.throw();
    const ctor = customElements.get('toile-define-test-d');
    expect(ctor).to.exist;
    expect(document.createElement('toile-define-test-d')).to.be.instanceOf(First);
  });
});
