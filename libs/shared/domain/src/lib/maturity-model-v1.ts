import { MaturityDimension } from './maturity';

/** A text in English and French, the two languages the model is written in. */
export interface LocalizedPair {
  readonly en: string;
  readonly fr: string;
}

/** One dimension of the model: its name, what it covers, and what each level looks like. */
export interface MaturityDimensionContent {
  readonly dimension: MaturityDimension;
  readonly name: LocalizedPair;
  readonly description: LocalizedPair;
  /** Exactly five descriptors, for levels 1 to 5 in order. */
  readonly levels: readonly [
    LocalizedPair,
    LocalizedPair,
    LocalizedPair,
    LocalizedPair,
    LocalizedPair,
  ];
}

/** Version 1 of the model: names of the five levels and the ten dimensions with their descriptors. */
export const MATURITY_MODEL_V1 = {
  version: 1,
  levelNames: [
    { en: 'Ad hoc', fr: 'Ad hoc' },
    { en: 'Digitised', fr: 'Numérisé' },
    { en: 'Defined', fr: 'Défini' },
    { en: 'Integrated', fr: 'Intégré' },
    { en: 'Optimising', fr: 'Optimisé' },
  ],
  dimensions: [
    {
      dimension: MaturityDimension.STRATEGY,
      name: { en: 'ICT strategy and governance', fr: 'Stratégie et gouvernance des TIC' },
      description: {
        en:
          'How the office plans, funds and steers its ICT, and how ICT decisions are aligned ' +
          "with the office's business and policy goals.",
        fr:
          "La manière dont l'office planifie, finance et pilote ses TIC, et dont les décisions " +
          "en matière de TIC s'alignent sur ses objectifs métier et stratégiques.",
      },
      levels: [
        // Level 1: Ad hoc
        {
          en:
            'No written ICT strategy; ICT purchases and projects are decided case by case, often ' +
            'driven by individuals or donor initiatives.',
          fr:
            'Aucune stratégie TIC écrite ; les achats et projets informatiques sont décidés au ' +
            "cas par cas, souvent à l'initiative de personnes isolées ou de bailleurs de fonds.",
        },
        // Level 2: Digitised
        {
          en:
            'An ICT plan exists, mainly focused on digitising files and buying equipment; an ICT ' +
            'unit exists but has little say in office-wide decisions.',
          fr:
            'Un plan informatique existe, axé principalement sur la numérisation des dossiers et ' +
            "l'achat d'équipements ; une unité informatique existe mais pèse peu dans les " +
            "décisions de l'office.",
        },
        // Level 3: Defined
        {
          en:
            'A documented multi-year ICT strategy is approved by management and linked to the ' +
            "office's objectives, with a defined budget and a project portfolio.",
          fr:
            'Une stratégie TIC pluriannuelle documentée est approuvée par la direction et ' +
            "rattachée aux objectifs de l'office, avec un budget défini et un portefeuille de " +
            'projets.',
        },
        // Level 4: Integrated
        {
          en:
            'ICT governance is formalised through a steering committee with business ' +
            'representatives, and progress is tracked with indicators and regular reviews of ' +
            'benefits and risks.',
          fr:
            'La gouvernance des TIC est formalisée par un comité de pilotage associant les ' +
            "services métier, et l'avancement est suivi au moyen d'indicateurs et de revues " +
            'régulières des bénéfices et des risques.',
        },
        // Level 5: Optimising
        {
          en:
            'The ICT strategy is adjusted continuously using performance data and user feedback, ' +
            "ICT drives the office's policy, and the office helps other offices shape their own " +
            'strategies.',
          fr:
            'La stratégie TIC est ajustée en continu à partir des données de performance et des ' +
            "retours des utilisateurs, les TIC orientent la politique de l'office, et celui-ci " +
            "aide d'autres offices à élaborer leur propre stratégie.",
        },
      ],
    },
    {
      dimension: MaturityDimension.DATA,
      name: { en: 'Data governance and quality', fr: 'Gouvernance et qualité des données' },
      description: {
        en:
          'How the office manages its IP data, registers and bibliographic data: ownership, ' +
          'quality rules and quality measurement.',
        fr:
          "La manière dont l'office gère ses données de propriété intellectuelle, ses registres " +
          'et ses données bibliographiques : responsabilité, règles de qualité et mesure de la ' +
          'qualité.',
      },
      levels: [
        // Level 1: Ad hoc
        {
          en:
            'IP data is held in paper files, card indexes or scattered spreadsheets; nobody is ' +
            'formally responsible for its accuracy.',
          fr:
            'Les données de PI sont conservées dans des dossiers papier, des fichiers sur fiches ' +
            "ou des tableurs dispersés ; personne n'est formellement responsable de leur " +
            'exactitude.',
        },
        // Level 2: Digitised
        {
          en:
            'The register and bibliographic data are partly captured in databases, but back ' +
            'files are incomplete and errors are corrected only when someone notices them.',
          fr:
            'Le registre et les données bibliographiques sont en partie saisis dans des bases de ' +
            'données, mais les fonds anciens sont incomplets et les erreurs ne sont corrigées ' +
            "que lorsque quelqu'un les remarque.",
        },
        // Level 3: Defined
        {
          en:
            'A data policy defines data owners, mandatory fields and validation rules; the ' +
            'register is fully electronic and back files have been digitised and checked.',
          fr:
            'Une politique des données définit les responsables des données, les champs ' +
            'obligatoires et les règles de validation ; le registre est entièrement électronique ' +
            'et les fonds anciens ont été numérisés et vérifiés.',
        },
        // Level 4: Integrated
        {
          en:
            'Data quality is measured with regular metrics (completeness, accuracy, timeliness) ' +
            'and data stewards correct issues at source; a shared data model is used across ' +
            'systems.',
          fr:
            'La qualité des données est mesurée par des indicateurs réguliers (exhaustivité, ' +
            'exactitude, actualité) et des gestionnaires de données corrigent les anomalies à la ' +
            'source ; un modèle de données commun est utilisé dans tous les systèmes.',
        },
        // Level 5: Optimising
        {
          en:
            'Data quality is monitored automatically and improved continuously; IP data is ' +
            'published as open, reusable data and feeds analytics and AI tools.',
          fr:
            'La qualité des données est contrôlée automatiquement et améliorée en continu ; les ' +
            'données de PI sont publiées sous forme de données ouvertes et réutilisables et ' +
            "alimentent les outils d'analyse et d'IA.",
        },
      ],
    },
    {
      dimension: MaturityDimension.SECURITY,
      name: { en: 'Cybersecurity and resilience', fr: 'Cybersécurité et résilience' },
      description: {
        en:
          'How the office protects its systems and data against threats and keeps its services ' +
          'running through incidents and disasters.',
        fr:
          "La manière dont l'office protège ses systèmes et ses données contre les menaces et " +
          "assure la continuité de ses services en cas d'incident ou de sinistre.",
      },
      levels: [
        // Level 1: Ad hoc
        {
          en:
            'No formal security policy; protection relies on antivirus and individual good ' +
            'practice.',
          fr:
            "Aucune politique de sécurité formelle ; la protection repose sur l'antivirus et les " +
            'bonnes pratiques individuelles.',
        },
        // Level 2: Digitised
        {
          en:
            'Basic controls are in place (firewall, user accounts, backups), but backups are ' +
            'rarely tested and there is no incident response plan.',
          fr:
            'Des mesures de base sont en place (pare-feu, comptes utilisateurs, sauvegardes), ' +
            "mais les sauvegardes sont rarement testées et il n'existe pas de plan de réponse " +
            'aux incidents.',
        },
        // Level 3: Defined
        {
          en:
            'An approved security policy, an incident response plan and a business continuity ' +
            'plan exist, access rights are managed by role, and staff receive security awareness ' +
            'training.',
          fr:
            'Une politique de sécurité approuvée, un plan de réponse aux incidents et un plan de ' +
            "continuité d'activité existent, les droits d'accès sont gérés par rôle et le " +
            'personnel est sensibilisé à la sécurité.',
        },
        // Level 4: Integrated
        {
          en:
            'Security is managed as a formal programme aligned with a recognised framework (e.g. ' +
            'ISO/IEC 27001), with regular audits and penetration tests, central monitoring, and ' +
            'tested continuity and recovery plans.',
          fr:
            'La sécurité est gérée comme un programme formel aligné sur un référentiel reconnu ' +
            "(par exemple ISO/IEC 27001), avec des audits et des tests d'intrusion réguliers, " +
            'une surveillance centralisée et des plans de continuité et de reprise testés.',
        },
        // Level 5: Optimising
        {
          en:
            'Continuous, threat-informed security with zero-trust architecture, automated ' +
            'detection and response, and the office shares threat intelligence with peer ' +
            'offices.',
          fr:
            'Sécurité continue et fondée sur la connaissance des menaces, avec une architecture ' +
            "zero trust, une détection et une réponse automatisées, et l'office partage du " +
            'renseignement sur les menaces avec les offices homologues.',
        },
      ],
    },
    {
      dimension: MaturityDimension.CORE_SYSTEMS,
      name: { en: 'IP administration systems', fr: "Systèmes d'administration de la PI" },
      description: {
        en:
          'The systems that support the processing of IP rights from reception of applications ' +
          'to registration and maintenance, including document management (e.g. WIPO IPAS, ' +
          'in-house or commercial solutions).',
        fr:
          'Les systèmes qui soutiennent le traitement des titres de PI, de la réception des ' +
          "demandes à l'enregistrement et au maintien en vigueur, y compris la gestion " +
          "électronique des documents (par exemple IPAS de l'OMPI, solutions internes ou " +
          'commerciales).',
      },
      levels: [
        // Level 1: Ad hoc
        {
          en:
            'Applications are processed on paper files tracked in registry books; any computers ' +
            'are used only for word processing.',
          fr:
            'Les demandes sont traitées sur dossiers papier suivis dans des registres manuscrits ' +
            "; les éventuels ordinateurs ne servent qu'au traitement de texte.",
        },
        // Level 2: Digitised
        {
          en:
            'An administration system records key bibliographic data and some procedural steps, ' +
            'while files and correspondence remain largely on paper or are scanned without ' +
            'structure.',
          fr:
            "Un système d'administration enregistre les principales données bibliographiques et " +
            'certaines étapes de la procédure, tandis que les dossiers et la correspondance ' +
            'restent en grande partie sur papier ou sont numérisés sans structure.',
        },
        // Level 3: Defined
        {
          en:
            'An IP administration system (e.g. WIPO IPAS) covers the full procedure from ' +
            'reception to registration for all main IP rights, with electronic workflows and ' +
            'integrated document management.',
          fr:
            "Un système d'administration de la PI (par exemple IPAS de l'OMPI) couvre l'ensemble " +
            "de la procédure, de la réception à l'enregistrement, pour tous les principaux " +
            'titres de PI, avec des flux de travail électroniques et une gestion électronique ' +
            'des documents intégrée.',
        },
        // Level 4: Integrated
        {
          en:
            'The administration system is integrated with online services, payment, publication ' +
            'and external exchanges through APIs, and workload, timeliness and backlogs are ' +
            'monitored on dashboards.',
          fr:
            "Le système d'administration est intégré aux services en ligne, au paiement, à la " +
            "publication et aux échanges externes au moyen d'API, et la charge de travail, les " +
            'délais et les arriérés sont suivis dans des tableaux de bord.',
        },
        // Level 5: Optimising
        {
          en:
            'Workflows are optimised continuously using process data and automation of routine ' +
            'steps, the system is modular and easy to evolve, and the office shares its ' +
            'configuration and experience with other offices.',
          fr:
            'Les flux de travail sont optimisés en continu grâce aux données de processus et à ' +
            "l'automatisation des étapes courantes, le système est modulaire et facile à faire " +
            "évoluer, et l'office partage sa configuration et son expérience avec d'autres " +
            'offices.',
        },
      ],
    },
    {
      dimension: MaturityDimension.SERVICES,
      name: { en: 'Online services for applicants', fr: 'Services en ligne aux déposants' },
      description: {
        en:
          'The electronic services offered to applicants and the public, such as e-filing, ' +
          'e-payment, the online register and electronic notifications.',
        fr:
          'Les services électroniques proposés aux déposants et au public, tels que le dépôt ' +
          'électronique, le paiement en ligne, le registre en ligne et les notifications ' +
          'électroniques.',
      },
      levels: [
        // Level 1: Ad hoc
        {
          en:
            'Applications, fees and correspondence are handled only on paper or in person at the ' +
            "office's counter.",
          fr:
            'Les demandes, les taxes et la correspondance sont traitées uniquement sur papier ou ' +
            "en personne au guichet de l'office.",
        },
        // Level 2: Digitised
        {
          en:
            'Some forms can be downloaded or sent by e-mail and basic information is published ' +
            'on the website, but filing and payment still require paper or a visit.',
          fr:
            'Certains formulaires peuvent être téléchargés ou envoyés par courriel et des ' +
            'informations de base sont publiées sur le site web, mais le dépôt et le paiement ' +
            'nécessitent encore du papier ou un déplacement.',
        },
        // Level 3: Defined
        {
          en:
            'E-filing and e-payment are available for the main IP rights and the register can be ' +
            'searched online; the service rules and the legal validity of electronic filings are ' +
            'documented.',
          fr:
            'Le dépôt et le paiement électroniques sont disponibles pour les principaux titres ' +
            'de PI et le registre peut être consulté en ligne ; les règles du service et la ' +
            'valeur juridique des dépôts électroniques sont documentées.',
        },
        // Level 4: Integrated
        {
          en:
            'Most transactions are carried out online through a single user portal with ' +
            'electronic notifications and file inspection, and take-up rates and user ' +
            'satisfaction are measured.',
          fr:
            "La plupart des opérations s'effectuent en ligne via un portail unique avec " +
            "notifications électroniques et consultation des dossiers, et les taux d'utilisation " +
            'ainsi que la satisfaction des usagers sont mesurés.',
        },
        // Level 5: Optimising
        {
          en:
            'Services are digital by default, personalised and improved continuously from user ' +
            'feedback and usage data, and are also offered through APIs to the systems of ' +
            'applicants and their representatives.',
          fr:
            'Les services sont numériques par défaut, personnalisés et améliorés en continu à ' +
            "partir des retours et des données d'utilisation, et sont également proposés par API " +
            'aux systèmes des déposants et de leurs mandataires.',
        },
      ],
    },
    {
      dimension: MaturityDimension.INTEROP,
      name: {
        en: 'WIPO standards and data exchange',
        fr: "Normes de l'OMPI et échange de données",
      },
      description: {
        en:
          "The office's use of WIPO standards (such as ST.26, ST.96, ST.36, ST.37, ST.27, ST.61 " +
          'and ST.87) and its exchange of data with other offices.',
        fr:
          "L'application par l'office des normes de l'OMPI (telles que ST.26, ST.96, ST.36, " +
          "ST.37, ST.27, ST.61 et ST.87) et ses échanges de données avec d'autres offices.",
      },
      levels: [
        // Level 1: Ad hoc
        {
          en:
            'WIPO standards are not applied, and information is exchanged with other offices on ' +
            'paper or by occasional e-mail.',
          fr:
            "Les normes de l'OMPI ne sont pas appliquées et les informations sont échangées avec " +
            'les autres offices sur papier ou par des courriels ponctuels.',
        },
        // Level 2: Digitised
        {
          en:
            'Some WIPO standards are applied to publications (e.g. INID codes and country ' +
            'codes), and data is sent to WIPO or other offices as files in non-standard formats.',
          fr:
            "Certaines normes de l'OMPI sont appliquées aux publications (par exemple les codes " +
            "INID et les codes de pays), et les données sont transmises à l'OMPI ou à d'autres " +
            'offices sous forme de fichiers dans des formats non normalisés.',
        },
        // Level 3: Defined
        {
          en:
            'Key standards are applied under a documented policy, e.g. ST.36 or ST.96 XML for ' +
            'bibliographic data, ST.37 for the authority file and ST.26 for sequence listings, ' +
            'and data is supplied regularly to WIPO databases.',
          fr:
            'Les principales normes sont appliquées selon une politique documentée, par exemple ' +
            'ST.36 ou ST.96 (XML) pour les données bibliographiques, ST.37 pour le fichier ' +
            "d'autorité et ST.26 pour les listages de séquences, et les données sont fournies " +
            "régulièrement aux bases de données de l'OMPI.",
        },
        // Level 4: Integrated
        {
          en:
            'Data is exchanged automatically with other offices and WIPO systems through XML and ' +
            'API interfaces (e.g. priority documents, search and examination results, legal ' +
            'status under ST.27, ST.61 and ST.87), and conformance is checked.',
          fr:
            'Les données sont échangées automatiquement avec les autres offices et les systèmes ' +
            "de l'OMPI par des interfaces XML et API (par exemple documents de priorité, " +
            "résultats de recherche et d'examen, situation juridique selon ST.27, ST.61 et " +
            'ST.87), et leur conformité est vérifiée.',
        },
        // Level 5: Optimising
        {
          en:
            'Standards-based exchange is complete and in real time; the office adopts new WIPO ' +
            'standards early, contributes to their development in the Committee on WIPO ' +
            'Standards (CWS) and helps other offices implement them.',
          fr:
            "Les échanges fondés sur les normes sont complets et en temps réel ; l'office adopte " +
            "rapidement les nouvelles normes de l'OMPI, contribue à leur élaboration au sein du " +
            "Comité des normes de l'OMPI (CWS) et aide d'autres offices à les mettre en œuvre.",
        },
      ],
    },
    {
      dimension: MaturityDimension.INFRA,
      name: { en: 'Infrastructure, cloud and APIs', fr: 'Infrastructure, cloud et API' },
      description: {
        en:
          'The hardware, networks, hosting, cloud services and application programming ' +
          "interfaces (APIs) on which the office's systems run and through which they connect.",
        fr:
          "Le matériel, les réseaux, l'hébergement, les services cloud et les interfaces de " +
          "programmation (API) sur lesquels reposent les systèmes de l'office et par lesquels " +
          'ils communiquent.',
      },
      levels: [
        // Level 1: Ad hoc
        {
          en:
            'A few stand-alone computers with unreliable network and internet access; there is ' +
            'no server room or managed hosting.',
          fr:
            'Quelques ordinateurs isolés, avec un accès au réseau et à Internet peu fiable ; il ' +
            "n'existe ni salle de serveurs ni hébergement géré.",
        },
        // Level 2: Digitised
        {
          en:
            'A local network and an in-house server room host the main applications, but ' +
            'equipment is ageing, capacity is planned ad hoc and outages are frequent.',
          fr:
            'Un réseau local et une salle de serveurs interne hébergent les principales ' +
            'applications, mais le matériel vieillit, la capacité est planifiée au coup par coup ' +
            'et les pannes sont fréquentes.',
        },
        // Level 3: Defined
        {
          en:
            'Infrastructure is standardised and documented, with virtualised servers, a secure ' +
            'hosting environment (on premises or in the cloud), monitored availability and a ' +
            'hardware renewal cycle.',
          fr:
            "L'infrastructure est normalisée et documentée, avec des serveurs virtualisés, un " +
            "environnement d'hébergement sécurisé (sur site ou dans le cloud), une disponibilité " +
            'surveillée et un cycle de renouvellement du matériel.',
        },
        // Level 4: Integrated
        {
          en:
            'A deliberate cloud or hybrid strategy is in place, systems communicate through ' +
            'managed APIs, and deployment is automated, with service levels defined and ' +
            'measured.',
          fr:
            'Une stratégie cloud ou hybride délibérée est en place, les systèmes communiquent ' +
            'par des API gérées et le déploiement est automatisé, avec des niveaux de service ' +
            'définis et mesurés.',
        },
        // Level 5: Optimising
        {
          en:
            'Infrastructure is elastic and defined as code, capacity and costs are optimised ' +
            'continuously, and the office publishes documented public APIs used by applicants, ' +
            'other offices and third parties.',
          fr:
            "L'infrastructure est élastique et définie sous forme de code, la capacité et les " +
            "coûts sont optimisés en continu, et l'office publie des API publiques documentées, " +
            "utilisées par les déposants, d'autres offices et des tiers.",
        },
      ],
    },
    {
      dimension: MaturityDimension.EMERGING,
      name: {
        en: 'Emerging technologies (AI, blockchain)',
        fr: 'Technologies émergentes (IA, chaîne de blocs)',
      },
      description: {
        en:
          "The office's use of artificial intelligence and blockchain, in pilot or in " +
          'production, for tasks such as classification, translation and search assistance, with ' +
          'human examiners remaining responsible for substantive examination.',
        fr:
          "L'utilisation par l'office de l'intelligence artificielle et de la chaîne de blocs, à " +
          'titre pilote ou en production, pour des tâches telles que la classification, la ' +
          "traduction et l'aide à la recherche, les examinateurs restant responsables de " +
          "l'examen quant au fond.",
      },
      levels: [
        // Level 1: Ad hoc
        {
          en:
            'AI and blockchain are not used, and their possible uses for the office have not ' +
            'been considered.',
          fr:
            "L'IA et la chaîne de blocs ne sont pas utilisées, et leurs applications possibles " +
            "pour l'office n'ont pas été étudiées.",
        },
        // Level 2: Digitised
        {
          en:
            'Staff use external AI tools informally (e.g. public machine translation services), ' +
            'or the office has explored AI or blockchain through presentations and vendor ' +
            'demonstrations without a structured pilot.',
          fr:
            "Le personnel utilise de manière informelle des outils d'IA externes (par exemple " +
            "des services publics de traduction automatique), ou l'office s'est informé sur l'IA " +
            'ou la chaîne de blocs par des présentations et des démonstrations de fournisseurs, ' +
            'sans projet pilote structuré.',
        },
        // Level 3: Defined
        {
          en:
            'Pilots with defined objectives are run, for example AI-assisted classification or ' +
            'machine translation with WIPO Translate, under a documented policy on acceptable ' +
            'use, data protection and human oversight.',
          fr:
            'Des projets pilotes aux objectifs définis sont menés, par exemple la classification ' +
            'assistée par IA ou la traduction automatique avec WIPO Translate, dans le cadre ' +
            "d'une politique documentée sur l'usage acceptable, la protection des données et le " +
            'contrôle humain.',
        },
        // Level 4: Integrated
        {
          en:
            'AI tools are in production for classification, translation or prior-art and image ' +
            "search, integrated into examiners' workflows; their accuracy is monitored and " +
            'examiners remain responsible for decisions.',
          fr:
            "Des outils d'IA sont en production pour la classification, la traduction ou la " +
            "recherche d'antériorités et d'images, intégrés aux flux de travail des examinateurs " +
            '; leur précision est suivie et les examinateurs restent responsables des décisions.',
        },
        // Level 5: Optimising
        {
          en:
            'AI and, where justified, blockchain are used across processes, with continuous ' +
            'evaluation of quality, bias and risk, while examiners keep responsibility for ' +
            'substantive examination; the office shares models, data and lessons learned with ' +
            'other offices.',
          fr:
            "L'IA et, lorsque cela se justifie, la chaîne de blocs sont utilisées dans " +
            "l'ensemble des processus, avec une évaluation continue de la qualité, des biais et " +
            "des risques, tandis que les examinateurs conservent la responsabilité de l'examen " +
            "quant au fond ; l'office partage modèles, données et enseignements avec d'autres " +
            'offices.',
        },
      ],
    },
    {
      dimension: MaturityDimension.PEOPLE,
      name: { en: 'Skills and organisation', fr: 'Compétences et organisation' },
      description: {
        en:
          "The office's ICT staff and skills, training, change management and the way ICT works " +
          'with examiners, lawyers and other business units.',
        fr:
          "Le personnel et les compétences informatiques de l'office, la formation, la conduite " +
          "du changement et la collaboration de l'informatique avec les examinateurs, les " +
          'juristes et les autres services métier.',
      },
      levels: [
        // Level 1: Ad hoc
        {
          en:
            'ICT depends on one or two people or on external contractors, without defined roles ' +
            'or training, and staff learn the tools on their own.',
          fr:
            "L'informatique dépend d'une ou deux personnes ou de prestataires externes, sans " +
            'rôles définis ni formation, et le personnel apprend seul à utiliser les outils.',
        },
        // Level 2: Digitised
        {
          en:
            'A small ICT unit exists, mostly providing technical support, and training is ' +
            'occasional, usually tied to the delivery of a new system.',
          fr:
            'Une petite unité informatique existe, essentiellement chargée du support technique, ' +
            "et la formation est ponctuelle, généralement liée à la livraison d'un nouveau " +
            'système.',
        },
        // Level 3: Defined
        {
          en:
            'ICT roles and responsibilities are defined, a training plan covers both ICT staff ' +
            'and users, and changes are accompanied by communication and user guides.',
          fr:
            'Les rôles et responsabilités informatiques sont définis, un plan de formation ' +
            'couvre à la fois le personnel informatique et les utilisateurs, et les changements ' +
            "s'accompagnent d'actions de communication et de guides d'utilisation.",
        },
        // Level 4: Integrated
        {
          en:
            'Cross-functional teams of ICT staff, examiners and lawyers run projects together, ' +
            'skills are managed against a competency framework, and change management is a ' +
            'formal part of every project.',
          fr:
            'Des équipes pluridisciplinaires réunissant informaticiens, examinateurs et juristes ' +
            "mènent ensemble les projets, les compétences sont gérées à partir d'un référentiel, " +
            'et la conduite du changement fait formellement partie de chaque projet.',
        },
        // Level 5: Optimising
        {
          en:
            'The office has a culture of continuous learning and digital innovation, builds ' +
            'skills in data and AI, and its experts train and coach staff of other offices.',
          fr:
            "L'office cultive l'apprentissage continu et l'innovation numérique, développe les " +
            'compétences en données et en IA, et ses experts forment et accompagnent le ' +
            "personnel d'autres offices.",
        },
      ],
    },
    {
      dimension: MaturityDimension.COOPERATION,
      name: { en: 'Cooperation and sharing', fr: 'Coopération et partage' },
      description: {
        en:
          'How the office shares ICT strategies, solutions and experience with other offices, ' +
          'WIPO and regional organisations, including through open-source software and joint ' +
          'projects.',
        fr:
          "La manière dont l'office partage ses stratégies, ses solutions et son expérience en " +
          "matière de TIC avec d'autres offices, l'OMPI et les organisations régionales, " +
          'notamment au moyen de logiciels libres et de projets communs.',
      },
      levels: [
        // Level 1: Ad hoc
        {
          en:
            'The office works on ICT in isolation; contacts with other offices are limited to ' +
            'occasional meetings.',
          fr:
            "L'office travaille de manière isolée dans le domaine des TIC ; ses contacts avec " +
            "d'autres offices se limitent à des réunions occasionnelles.",
        },
        // Level 2: Digitised
        {
          en:
            'The office receives ICT assistance from WIPO or a regional office (e.g. software, ' +
            'equipment or expert missions), but takes little part in exchanges with peers.',
          fr:
            "L'office bénéficie d'une assistance informatique de l'OMPI ou d'un office régional " +
            "(par exemple logiciels, équipements ou missions d'experts), mais participe peu aux " +
            'échanges entre homologues.',
        },
        // Level 3: Defined
        {
          en:
            'The office takes part regularly in WIPO and regional ICT meetings and networks, and ' +
            'documents the solutions and lessons learned that it could share.',
          fr:
            "L'office participe régulièrement aux réunions et réseaux TIC de l'OMPI et des " +
            "organisations régionales, et documente les solutions et les enseignements qu'il " +
            'pourrait partager.',
        },
        // Level 4: Integrated
        {
          en:
            'The office runs joint projects with other offices under formal agreements, reuses ' +
            'shared or open-source components, and shares data and tools with its partners.',
          fr:
            "L'office mène des projets communs avec d'autres offices dans le cadre d'accords " +
            'formels, réutilise des composants partagés ou libres, et partage données et outils ' +
            'avec ses partenaires.',
        },
        // Level 5: Optimising
        {
          en:
            'The office leads cooperation initiatives, publishes its solutions as open source or ' +
            'shared services, and actively helps other offices raise their ICT maturity.',
          fr:
            "L'office pilote des initiatives de coopération, publie ses solutions en logiciel " +
            "libre ou sous forme de services partagés, et aide activement d'autres offices à " +
            'accroître leur maturité en matière de TIC.',
        },
      ],
    },
  ],
} as const satisfies {
  version: number;
  levelNames: readonly LocalizedPair[];
  dimensions: readonly MaturityDimensionContent[];
};
