import { MaturityDimension, WipoRegion } from '@wild/shared/domain';
import { EXPERTISE_AREAS, findLanguage } from '@wild/shared/reference-data';

import type { ExpertReasonDetail, ExpertScore } from '../scoring/expert-scorer';
import { MatchFactor } from '../scoring/match-kind';
import type { MatchScore, ReasonDetail } from '../scoring/match-scorer';

/** The languages matching's texts are written in. */
export type MatchTextLanguage = 'en' | 'fr';

/** What the texts name, already in the reader's language. */
export interface MatchTextNames {
  readonly language: MatchTextLanguage;
  /** The candidate office's `name(language)` (or acronym). */
  readonly officeName: string;
  /** The model's name of a dimension in the reader's language. */
  readonly dimensionName: (dimension: MaturityDimension) => string;
}

const REGION_NAMES: Readonly<Record<WipoRegion, Record<MatchTextLanguage, string>>> = {
  [WipoRegion.AFRICA]: { en: 'Africa', fr: 'Afrique' },
  [WipoRegion.ARAB]: { en: 'the Arab region', fr: 'la région arabe' },
  [WipoRegion.ASIA_PACIFIC]: { en: 'Asia and the Pacific', fr: 'Asie et Pacifique' },
  [WipoRegion.LATIN_AMERICA_CARIBBEAN]: {
    en: 'Latin America and the Caribbean',
    fr: 'Amérique latine et Caraïbes',
  },
  [WipoRegion.TRANSITION_DEVELOPED]: {
    en: 'transition and developed countries',
    fr: 'pays en transition et développés',
  },
  [WipoRegion.GLOBAL]: { en: 'the global bodies', fr: 'les organismes mondiaux' },
};

// made once per language: a formatter costs far more to make than to use, and every page of
// recommendations formats dozens of texts
const LISTS: Record<MatchTextLanguage, Intl.ListFormat> = {
  en: new Intl.ListFormat('en', { style: 'long', type: 'conjunction' }),
  fr: new Intl.ListFormat('fr', { style: 'long', type: 'conjunction' }),
};
const NUMBERS: Record<MatchTextLanguage, Intl.NumberFormat> = {
  en: new Intl.NumberFormat('en', { maximumFractionDigits: 1 }),
  fr: new Intl.NumberFormat('fr', { maximumFractionDigits: 1 }),
};

function list(language: MatchTextLanguage, items: readonly string[]): string {
  return LISTS[language].format(items);
}

/** Rounded for reading: whole numbers as they are, others to one decimal (`5.5`, `5,5`). */
function number(language: MatchTextLanguage, value: number): string {
  return NUMBERS[language].format(value);
}

function languageName(code: string, language: MatchTextLanguage): string {
  return findLanguage(code)?.name[language] ?? code;
}

/** One reason in words: "offers help in SECURITY", « propose son aide en SÉCURITÉ ». */
export function reasonText(detail: ReasonDetail, names: MatchTextNames): string {
  const { language: lang, dimensionName } = names;
  const fr = lang === 'fr';
  switch (detail.factor) {
    case MatchFactor.LEVEL_GAP: {
      const name = dimensionName(detail.dimension);
      const levels = `${detail.candidateLevel} ${fr ? 'contre votre' : 'against your'} ${detail.seekerLevel}`;
      return `${name} ${levels}`;
    }
    case MatchFactor.OFFERS_HELP:
      return fr
        ? `propose son aide en ${dimensionName(detail.dimension)}`
        : `offers help in ${dimensionName(detail.dimension)}`;
    case MatchFactor.SHARED_NEED: {
      const dimensions = list(lang, detail.dimensions.map(dimensionName));
      return fr ? `cherche aussi de l’aide en ${dimensions}` : `also seeks help in ${dimensions}`;
    }
    case MatchFactor.STANDARD_STATUS:
      if (detail.status === 'COMPLETE')
        return fr
          ? `a mis en œuvre ${detail.standard} complètement`
          : `implemented ${detail.standard} completely`;
      return fr
        ? `met en œuvre ${detail.standard} en ce moment`
        : `is implementing ${detail.standard} now`;
    case MatchFactor.LANGUAGE: {
      const names = detail.languages.map((code) => languageName(code, lang));
      return fr
        ? `travaille ${list(
            lang,
            names.map((name) => `en ${name}`),
          )}`
        : `works in ${list(lang, names)}`;
    }
    case MatchFactor.BUSINESS_SYSTEM:
      return fr
        ? `utilise aussi ${list(lang, detail.systems)}`
        : `also runs ${list(lang, detail.systems)}`;
    case MatchFactor.SHARED_STANDARDS:
      return fr
        ? `met aussi en œuvre ${list(lang, detail.standards)}`
        : `also implements ${list(lang, detail.standards)}`;
    case MatchFactor.TIME_ZONE: {
      if (Math.round(detail.hours * 10) === 0)
        return fr ? 'à la même heure que vous' : 'on your time';
      const hours = number(lang, detail.hours);
      return fr ? `à ${hours} h de votre heure` : `${hours} h from your time`;
    }
    case MatchFactor.REGION: {
      const region = REGION_NAMES[detail.region][lang];
      return fr ? `dans votre région OMPI (${region})` : `in your WIPO region (${region})`;
    }
    case MatchFactor.RECENT_DECLINE: {
      const days = Math.floor(detail.days);
      if (fr)
        return days === 0
          ? 'une mise en relation entre vous a été déclinée aujourd’hui'
          : `une mise en relation entre vous a été déclinée il y a ${days} jour${days > 1 ? 's' : ''}`;
      return days === 0
        ? 'an introduction between you was declined today'
        : `an introduction between you was declined ${days} day${days > 1 ? 's' : ''} ago`;
    }
  }
}

/**
 * The candidate's name and every reason, in MatchFactor's order:
 * "EPO: SECURITY 5 against your 2; offers help in SECURITY; works in French".
 */
export function matchSummary(match: MatchScore, names: MatchTextNames): string {
  const texts = match.reasons.map(({ detail }) => reasonText(detail, names));
  return names.language === 'fr'
    ? `${names.officeName} : ${texts.join(' ; ')}`
    : `${names.officeName}: ${texts.join('; ')}`;
}

/** What an expert suggestion's texts depend on: the reader's language (areas by the taxonomy). */
export interface ExpertTextNames {
  readonly language: MatchTextLanguage;
}

const areasByCode = new Map(EXPERTISE_AREAS.map((area) => [area.code, area]));

/** An expertise area's name in `language`, from the taxonomy; its code when it has none. */
export function expertiseAreaName(area: string, language: MatchTextLanguage): string {
  return areasByCode.get(area)?.name[language] ?? area;
}

const LEVEL_TEXTS: Readonly<
  Record<1 | 2 | 3, Record<MatchTextLanguage, (area: string) => string>>
> = {
  3: { en: (area) => `expert in ${area}`, fr: (area) => `niveau expert en ${area}` },
  2: { en: (area) => `practitioner in ${area}`, fr: (area) => `niveau praticien en ${area}` },
  1: { en: (area) => `familiar with ${area}`, fr: (area) => `niveau initié en ${area}` },
};

/**
 * One reason of an expert suggestion in words: "expert in Cybersecurity operations", « parle
 * français ». They say only the level, the availability, languages and hours: never a contact
 * detail, nor anything of the profile that the privacy rules guard.
 */
export function expertReasonText(detail: ExpertReasonDetail, names: ExpertTextNames): string {
  const { language: lang } = names;
  const fr = lang === 'fr';
  switch (detail.factor) {
    case MatchFactor.EXPERTISE_LEVEL: {
      return LEVEL_TEXTS[detail.level][lang](expertiseAreaName(detail.area, lang));
    }
    case MatchFactor.AVAILABLE_TO_MENTOR:
      return fr ? 'disponible pour du mentorat' : 'available to mentor';
    case MatchFactor.LANGUAGE: {
      const spoken = list(
        lang,
        detail.languages.map((code) => languageName(code, lang)),
      );
      return fr ? `parle ${spoken}` : `speaks ${spoken}`;
    }
    case MatchFactor.TIME_ZONE: {
      if (Math.round(detail.hours * 10) === 0)
        return fr ? 'à la même heure que vous' : 'on your time';
      const hours = number(lang, detail.hours);
      return fr ? `à ${hours} h de votre heure` : `${hours} h from your time`;
    }
  }
}

/**
 * Every reason of an expert suggestion, in MatchFactor's order, as one sentence:
 * "Expert in Cybersecurity operations; available to mentor; speaks French; 1 h from your time".
 */
export function expertSummary(match: ExpertScore, names: ExpertTextNames): string {
  const texts = match.reasons.map(({ detail }) => expertReasonText(detail, names));
  const sentence = texts.join(names.language === 'fr' ? ' ; ' : '; ');
  return sentence.charAt(0).toLocaleUpperCase(names.language) + sentence.slice(1);
}
