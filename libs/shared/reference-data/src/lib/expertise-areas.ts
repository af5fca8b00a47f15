/** An area of ICT expertise a member may hold, at level 1 familiar · 2 practitioner · 3 expert. */
export interface ExpertiseArea {
  readonly code: string;
  readonly name: { readonly en: string; readonly fr: string };
}

/** The expertise taxonomy, kept as data (DOMAIN.md): about twenty areas of IP-office ICT. */
export const EXPERTISE_AREAS: readonly ExpertiseArea[] = [
  {
    code: 'AI_EXAMINATION',
    name: { en: 'AI/ML for examination', fr: "IA et apprentissage automatique pour l'examen" },
  },
  {
    code: 'API_INTEGRATION',
    name: { en: 'APIs and system integration', fr: 'API et intégration de systèmes' },
  },
  {
    code: 'BLOCKCHAIN',
    name: {
      en: 'Blockchain and distributed ledgers',
      fr: 'Chaîne de blocs et registres distribués',
    },
  },
  { code: 'CHANGE_MANAGEMENT', name: { en: 'Change management', fr: 'Conduite du changement' } },
  {
    code: 'CLASSIFICATION_SEARCH',
    name: { en: 'Classification and search tools', fr: 'Outils de classement et de recherche' },
  },
  {
    code: 'CLOUD_ARCHITECTURE',
    name: { en: 'Cloud architecture', fr: 'Architecture infonuagique' },
  },
  {
    code: 'CYBERSECURITY_OPERATIONS',
    name: { en: 'Cybersecurity operations', fr: 'Opérations de cybersécurité' },
  },
  {
    code: 'DATA_GOVERNANCE',
    name: { en: 'Data governance and quality', fr: 'Gouvernance et qualité des données' },
  },
  {
    code: 'DEVOPS',
    name: { en: 'DevOps and continuous delivery', fr: 'DevOps et livraison continue' },
  },
  {
    code: 'DIGITISATION',
    name: { en: 'Digitisation of paper records', fr: 'Numérisation des dossiers papier' },
  },
  {
    code: 'DOCUMENT_MANAGEMENT',
    name: { en: 'Document management', fr: 'Gestion électronique des documents' },
  },
  {
    code: 'E_FILING_ONLINE_SERVICES',
    name: { en: 'E-filing and online services', fr: 'Dépôt électronique et services en ligne' },
  },
  { code: 'E_PAYMENT', name: { en: 'E-payment', fr: 'Paiement électronique' } },
  {
    code: 'ENTERPRISE_ARCHITECTURE',
    name: { en: 'Enterprise architecture', fr: "Architecture d'entreprise" },
  },
  {
    code: 'IPAS_ADMINISTRATION',
    name: { en: 'WIPO IPAS administration', fr: "Administration d'IPAS (OMPI)" },
  },
  {
    code: 'MACHINE_TRANSLATION',
    name: { en: 'Machine translation', fr: 'Traduction automatique' },
  },
  {
    code: 'OPEN_DATA',
    name: { en: 'Open data and data exchange', fr: 'Données ouvertes et échange de données' },
  },
  {
    code: 'PROCUREMENT',
    name: {
      en: 'ICT procurement and vendor management',
      fr: 'Achats informatiques et gestion des fournisseurs',
    },
  },
  {
    code: 'PROJECT_MANAGEMENT',
    name: {
      en: 'ICT project and portfolio management',
      fr: 'Gestion de projets et de portefeuille informatiques',
    },
  },
  {
    code: 'WIPO_XML_STANDARDS',
    name: {
      en: 'WIPO XML standards (ST.96, ST.36, ST.26)',
      fr: "Normes XML de l'OMPI (ST.96, ST.36, ST.26)",
    },
  },
];

const expertiseByCode = new Map(EXPERTISE_AREAS.map((area) => [area.code, area]));

export function isExpertiseArea(code: string): boolean {
  return expertiseByCode.has(code);
}
