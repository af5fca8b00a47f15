/**
 * The words the synthetic network is made of. Every list is handed to PostgreSQL as an array
 * parameter and indexed there by a hash, so its order is part of the data set: changing a list
 * changes the data, so bump GENERATOR_VERSION in generate-network.ts with it.
 */

/** Invented country-like names: start × middle × end, 24 × 20 × 24 = 11,520 distinct words. */
export const NAME_STARTS = [
  'Vel',
  'Mar',
  'Tor',
  'Kas',
  'Zan',
  'Or',
  'Bel',
  'Sar',
  'Lun',
  'Ar',
  'Nor',
  'Quel',
  'Dra',
  'Est',
  'Fen',
  'Gal',
  'Hal',
  'Ist',
  'Jor',
  'Kor',
  'Lir',
  'Mon',
  'Pra',
  'Rhu',
];
export const NAME_MIDDLES = [
  'o',
  'a',
  'e',
  'i',
  'u',
  'ar',
  'en',
  'il',
  'or',
  'an',
  'es',
  'ul',
  'ir',
  'am',
  'et',
  'on',
  'ad',
  'ev',
  'is',
  'ur',
];
export const NAME_ENDS = [
  'ria',
  'nia',
  'land',
  'stan',
  'via',
  'dor',
  'mark',
  'gal',
  'ros',
  'nesia',
  'thia',
  'lia',
  'ca',
  'nda',
  'bia',
  'sia',
  'tania',
  'ghar',
  'vania',
  'rica',
  'lesh',
  'thar',
  'mia',
  'pur',
];

/** Kinds of national office: English name, French name (before "de <country>"), acronym. */
export const NATIONAL_OFFICE_TYPES: readonly (readonly [string, string, string])[] = [
  ['Industrial Property Office of', 'Office de la propriété industrielle', 'IPO'],
  ['Intellectual Property Office of', 'Office de la propriété intellectuelle', 'OPI'],
  ['Patent and Trademark Office of', 'Office des brevets et des marques', 'PTO'],
  [
    'National Institute of Industrial Property of',
    'Institut national de la propriété industrielle',
    'INPI',
  ],
  ['Intellectual Property Agency of', 'Agence de la propriété intellectuelle', 'IPA'],
];

/** Office languages other than French (French is added apart, to about 20% of offices). */
export const OFFICE_LANGUAGES = [
  'en',
  'es',
  'ar',
  'ru',
  'zh',
  'pt',
  'de',
  'ja',
  'ko',
  'it',
  'nl',
  'tr',
  'sw',
  'pl',
];

export const BUSINESS_SYSTEMS = [
  'WIPO IPAS',
  'WIPO File',
  'WIPO Publish',
  'in-house',
  'commercial suite',
  'open source',
  'EPO Front Office',
  'cloud SaaS',
];

export const TIME_ZONES = [
  'UTC',
  'Europe/Paris',
  'Africa/Nairobi',
  'America/Lima',
  'Asia/Manila',
  'Asia/Dubai',
];

/** Needs and offers: a short text, then ": <the dimension's name>." */
export const NEED_TEXTS = [
  'Looking for an office that has already been through this to advise us',
  'Seeking a partner for a pilot project',
  'Would welcome a short mentoring exchange',
];
export const OFFER_TEXTS = [
  'Happy to share our documentation and lessons learned',
  'Can host a study visit or a remote workshop',
  'Open to mentoring an office starting out',
];

export const STANDARDS = [
  'ST.26',
  'ST.96',
  'ST.36',
  'ST.37',
  'ST.27',
  'ST.61',
  'ST.86',
  'ST.87',
  'ST.90',
];

export const GIVEN_NAMES = [
  'Amina',
  'Bruno',
  'Chen',
  'Dalia',
  'Élodie',
  'Emeka',
  'Farida',
  'Goran',
  'Hana',
  'Inès',
  'Jonas',
  'Kwame',
  'Leila',
  'Mateo',
  'Nadia',
  'Olu',
  'Priya',
  'Quentin',
  'Rania',
  'Søren',
  'Tamar',
  'Umar',
  'Vera',
  'Wei',
  'Ximena',
  'Yusuf',
  'Zanele',
  'José',
  'Zoë',
  'Łukasz',
  'Çağla',
  'Aoife',
  'Björn',
  'Fatou',
  'Haruto',
  'Irina',
  'Kofi',
  'Lucía',
  'Mónica',
  'Noura',
];

/** Surnames made up for the bench (so no one takes a row for a real person), some accented. */
export const INVENTED_SURNAMES = [
  'Müllerand',
  'Brénault',
  'Exampleton',
  'Sampleford',
  'Fictora',
  'Mockwell',
  'Placeholm',
  'Demovic',
  'Testari',
  'Imaginel',
  'Inventado',
  'Notreal',
  'Pretendo',
  'Fabrikant',
  'Sketchley',
  'Draftova',
  'Modelle',
  'Castañedo',
  'Gonçalvo',
  'Ørnvik',
  'Łaskowik',
  'Şahinoğlo',
  'Dvořanek',
  'Kállayné',
  'Nguyeno',
  'Okafóre',
  'Haddari',
  'Lindqvale',
  'Varenko',
  'Tessaly',
  'Quillon',
  'Marchetto',
  'Benhadou',
  'Yamaraki',
  'Osterfeld',
  'Pradelle',
  'Rutherwick',
  'Sandoval-Ruiz',
  'Teodorescu-Vane',
  'Wexhall',
];

/** Job titles by position (chk_member_position); OTHER is the most common. */
export const POSITIONS = ['CIO', 'CTO', 'HEAD_OF_IT', 'CISO', 'DATA_OFFICER', 'ARCHITECT', 'OTHER'];
export const TITLES_BY_POSITION = [
  ['Chief Information Officer', 'Director of Information Systems'],
  ['Chief Technology Officer', 'Director of Digital Technology'],
  ['Head of IT', 'Head of ICT Operations'],
  ['Chief Information Security Officer', 'Head of Cybersecurity'],
  ['Chief Data Officer', 'Head of IP Data'],
  ['Enterprise Architect', 'Solution Architect'],
  ['Digital Transformation Lead', 'ICT Project Manager', 'Business Analyst', 'Systems Engineer'],
];

export const MEMBER_LANGUAGES = ['en', 'fr', 'es', 'ar', 'ru', 'zh', 'pt', 'de'];

/** What bios talk about: two of these per member. */
export const BIO_TOPICS = [
  'cloud hosting',
  'cybersecurity',
  'machine translation',
  'e-filing',
  'data quality',
  'digitisation of paper files',
  'online payments',
  'document management',
  'API integration',
  'AI-assisted classification',
  'open data',
  'disaster recovery',
  'identity and access management',
  'procurement of IT services',
  'business continuity',
  'ST.96 XML exchange',
  'user support',
  'network infrastructure',
  'search tools for examiners',
  'change management',
];
export const BIO_OPENINGS = [
  'Leads the work on',
  'Has spent the last years on',
  'Currently in charge of',
  'Joined the office to work on',
  'Coordinates projects on',
];
