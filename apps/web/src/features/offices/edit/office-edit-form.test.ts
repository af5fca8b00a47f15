import { describe, expect, it } from 'vitest';

import { changesOf, draftOf, formFields, formKey, localProblems } from './office-edit-form';
import { kenya } from './office-edit-page.fixtures';

describe('the office profile form', () => {
  it('sends nothing when nothing changed', () => {
    const draft = draftOf(kenya());
    expect(changesOf('KE', draft, draft).input).toBeNull();
    // blank rows and spaces around texts are no change
    const padded = {
      ...draft,
      description: ' The national office of Kenya. ',
      otherAcronyms: [{ key: 'rowX', language: null, text: '' }],
      links: [...draft.links, { key: 'rowY', label: ' ', url: '' }],
    };
    expect(changesOf('KE', draft, padded).input).toBeNull();
  });

  it('sends only the changed fields, lists whole, and empty texts as null', () => {
    const saved = draftOf(kenya());
    const { input } = changesOf('KE', saved, {
      ...saved,
      website: '  ',
      staffSize: '',
      otherAcronyms: [{ key: 'rowA', language: 'fr', text: ' IKPI ' }],
    });
    expect(input).toEqual({
      code: 'KE',
      website: null,
      staffSize: null,
      acronyms: [
        { language: 'en', text: 'KIPI' },
        { language: 'fr', text: 'IKPI' },
      ],
    });
  });

  it('sends no English acronym when it is emptied (the office then has none)', () => {
    const saved = draftOf(kenya());
    expect(changesOf('KE', saved, { ...saved, englishAcronym: '' }).input).toEqual({
      code: 'KE',
      acronyms: [],
    });
  });

  it('maps the API’s list paths to the rows sent', () => {
    const saved = draftOf(kenya());
    const draft = {
      ...saved,
      links: [
        { key: 'l1', label: 'A', url: 'https://a.example' },
        { key: 'l2', label: '', url: '' },
        { key: 'l3', label: 'C', url: 'c.example' },
      ],
    };
    const { origins } = changesOf('KE', saved, draft);
    expect(formKey(origins, 'links.1.url')).toBe('links.l3.url');
    expect(formKey(origins, 'links')).toBe('links');
    expect(formKey(origins, 'names.0.text')).toBe('names.en.text');
    expect(formKey(origins, 'website')).toBe('website');
    expect(formFields(origins, { 'links.9.url': 'x', 'names.1': 'y' })).toEqual({
      links: 'x',
      [`names.${saved.otherNames[0]?.key}`]: 'y',
    });
  });

  it('checks only what the API would say badly', () => {
    const saved = draftOf(kenya());
    expect(localProblems(saved)).toEqual({});
    expect(
      localProblems({
        ...saved,
        mentoringCapacity: '',
        otherNames: [{ key: 'n1', language: null, text: 'Taasisi' }],
      }),
    ).toEqual({ 'names.n1.language': 'chooseLanguage', mentoringCapacity: 'required' });
  });
});
