/** A WIPO standard of the CWS list that offices report adopting (ST.26, ST.96 …). */
export interface WipoStandard {
  readonly code: string;
  readonly name: { readonly en: string; readonly fr: string };
}

/** WIPO standards on data and exchange that IP offices implement, as the CWS surveys list them. */
export const WIPO_STANDARDS: readonly WipoStandard[] = [
  {
    code: 'ST.3',
    name: {
      en: 'Two-letter codes of states and organisations',
      fr: 'Codes à deux lettres des États et organisations',
    },
  },
  {
    code: 'ST.8',
    name: {
      en: 'Classification symbols in machine-readable form',
      fr: 'Symboles de classement sous forme lisible par machine',
    },
  },
  {
    code: 'ST.9',
    name: {
      en: 'Bibliographic data on and relating to patents',
      fr: 'Données bibliographiques relatives aux brevets',
    },
  },
  {
    code: 'ST.10/C',
    name: { en: 'Presentation of application numbers', fr: 'Présentation des numéros de demande' },
  },
  {
    code: 'ST.13',
    name: {
      en: 'Numbering of applications for IP rights',
      fr: 'Numérotation des demandes de titres de propriété industrielle',
    },
  },
  {
    code: 'ST.16',
    name: {
      en: 'Codes for identifying patent documents',
      fr: 'Codes pour l’identification des documents de brevet',
    },
  },
  {
    code: 'ST.22',
    name: {
      en: 'Authoring of patent applications for OCR',
      fr: 'Rédaction des demandes de brevet aux fins de la ROC',
    },
  },
  {
    code: 'ST.25',
    name: {
      en: 'Sequence listings (legacy text format)',
      fr: 'Listages des séquences (ancien format texte)',
    },
  },
  { code: 'ST.26', name: { en: 'Sequence listings in XML', fr: 'Listages des séquences en XML' } },
  {
    code: 'ST.27',
    name: {
      en: 'Exchange of patent legal status data',
      fr: 'Échange de données sur la situation juridique des brevets',
    },
  },
  {
    code: 'ST.36',
    name: {
      en: 'Processing of patent information using XML',
      fr: 'Traitement en XML de l’information en matière de brevets',
    },
  },
  {
    code: 'ST.37',
    name: {
      en: 'Authority file of published patent documents',
      fr: 'Fichier de référence des documents de brevet publiés',
    },
  },
  {
    code: 'ST.60',
    name: {
      en: 'Bibliographic data relating to marks',
      fr: 'Données bibliographiques relatives aux marques',
    },
  },
  {
    code: 'ST.61',
    name: {
      en: 'Exchange of trademark legal status data',
      fr: 'Échange de données sur la situation juridique des marques',
    },
  },
  {
    code: 'ST.63',
    name: {
      en: 'Content and layout of trademark official gazettes',
      fr: 'Contenu et présentation des bulletins officiels des marques',
    },
  },
  {
    code: 'ST.66',
    name: {
      en: 'Processing of trademark information using XML',
      fr: 'Traitement en XML de l’information en matière de marques',
    },
  },
  {
    code: 'ST.67',
    name: {
      en: 'Electronic management of figurative elements of marks',
      fr: 'Gestion électronique des éléments figuratifs des marques',
    },
  },
  {
    code: 'ST.68',
    name: {
      en: 'Electronic management of sound marks',
      fr: 'Gestion électronique des marques sonores',
    },
  },
  {
    code: 'ST.69',
    name: {
      en: 'Electronic management of motion and multimedia marks',
      fr: 'Gestion électronique des marques animées et multimédias',
    },
  },
  {
    code: 'ST.80',
    name: {
      en: 'Bibliographic data relating to industrial designs',
      fr: 'Données bibliographiques relatives aux dessins et modèles industriels',
    },
  },
  {
    code: 'ST.86',
    name: {
      en: 'Processing of industrial design information using XML',
      fr: 'Traitement en XML de l’information en matière de dessins et modèles industriels',
    },
  },
  {
    code: 'ST.87',
    name: {
      en: 'Exchange of industrial design legal status data',
      fr: 'Échange de données sur la situation juridique des dessins et modèles',
    },
  },
  {
    code: 'ST.88',
    name: {
      en: 'Electronic representation of industrial designs',
      fr: 'Représentation électronique des dessins et modèles industriels',
    },
  },
  {
    code: 'ST.90',
    name: {
      en: 'Web APIs for IP data and services',
      fr: 'Interfaces de programmation web pour les données et services de PI',
    },
  },
  {
    code: 'ST.91',
    name: { en: 'Digital 3D models and 3D images', fr: 'Modèles et images numériques en 3D' },
  },
  {
    code: 'ST.96',
    name: {
      en: 'Processing of IP information using XML (all IP types)',
      fr: 'Traitement en XML de l’information en matière de propriété intellectuelle',
    },
  },
  {
    code: 'ST.97',
    name: {
      en: 'Processing of IP information using JSON',
      fr: 'Traitement en JSON de l’information en matière de propriété intellectuelle',
    },
  },
];

const standardCodes = new Set(WIPO_STANDARDS.map((standard) => standard.code));

/** `ST.26`, `st26`, ` ST 26 ` → `ST.26`; undefined when the CWS list has no such standard. */
export function normalizeWipoStandard(value: string): string | undefined {
  const match = value
    .trim()
    .toUpperCase()
    .match(/^ST[.\s]?(\d+(\/[A-Z])?)$/);
  const code = match ? `ST.${match[1]}` : undefined;
  return code && standardCodes.has(code) ? code : undefined;
}
