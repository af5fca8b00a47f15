import { MaturityDimension } from '@wild/shared/domain';

/** Invented, short and plausible: what a demo office says it seeks in a dimension. */
export const DEMO_NEEDS: Record<MaturityDimension, string[]> = {
  [MaturityDimension.STRATEGY]: [
    'Writing our first multi-year ICT strategy, aligned with the office’s business plan.',
    'Setting up an ICT steering committee and a project portfolio review.',
  ],
  [MaturityDimension.DATA]: [
    'Cleaning the legacy trademark register before migration.',
    'A data governance policy and data owners for patent bibliographic data.',
  ],
  [MaturityDimension.SECURITY]: [
    'An information security management system towards ISO 27001.',
    'Incident response and backups we have actually tested.',
  ],
  [MaturityDimension.CORE_SYSTEMS]: [
    'Moving the patent workflow from paper files into IPAS.',
    'Scanning and indexing the back file of granted patents.',
  ],
  [MaturityDimension.SERVICES]: [
    'Launching e-filing for trademarks, with online payment.',
    'An online register that applicants can search themselves.',
  ],
  [MaturityDimension.INTEROP]: [
    'Producing ST.96 XML for data exchange with WIPO and other offices.',
    'Implementing ST.26 sequence listings end to end.',
  ],
  [MaturityDimension.INFRA]: [
    'A hosting plan for our systems: cloud, government data centre, or both.',
    'Replacing end-of-life servers and network equipment.',
  ],
  [MaturityDimension.EMERGING]: [
    'A first pilot of AI-assisted classification of goods and services.',
    'Evaluating machine translation for incoming patent documents.',
  ],
  [MaturityDimension.PEOPLE]: [
    'Training our ICT staff in IPAS administration.',
    'Keeping skilled developers: career paths and training plans.',
  ],
  [MaturityDimension.COOPERATION]: [
    'Finding offices to share the cost of a common e-filing platform.',
    'Learning how peer offices organise their ICT cooperation.',
  ],
};

/** Invented: what a demo office says it can help with in a dimension. */
export const DEMO_OFFERS: Record<MaturityDimension, string[]> = {
  [MaturityDimension.STRATEGY]: [
    'Our ICT strategy template and the governance model behind it.',
    'A review of your roadmap by our enterprise architects.',
  ],
  [MaturityDimension.DATA]: [
    'Our data quality checks and register clean-up scripts.',
    'Our data governance framework and its data steward roles.',
  ],
  [MaturityDimension.SECURITY]: [
    'Our security operations playbooks and incident exercises.',
    'Guidance on ISO 27001 certification, from our own experience.',
  ],
  [MaturityDimension.CORE_SYSTEMS]: [
    'Lessons from our migration to an end-to-end electronic workflow.',
    'Advice on IPAS configuration and upgrades.',
  ],
  [MaturityDimension.SERVICES]: [
    'Study visits to see our e-filing and e-payment services.',
    'Our user-research approach for online services for applicants.',
  ],
  [MaturityDimension.INTEROP]: [
    'Help implementing ST.96 and ST.26, with our test files.',
    'Our experience with data exchange through WIPO DAS and CASE.',
  ],
  [MaturityDimension.INFRA]: [
    'Our cloud migration plan and the contract clauses we used.',
    'Our API gateway design and its documentation.',
  ],
  [MaturityDimension.EMERGING]: [
    'Results of our AI image-search pilot for trademarks.',
    'Our machine-translation evaluation method and findings.',
  ],
  [MaturityDimension.PEOPLE]: [
    'Places in our internal ICT training programme.',
    'Our competency framework for IP-office ICT roles.',
  ],
  [MaturityDimension.COOPERATION]: [
    'Hosting a joint pilot project with peer offices.',
    'Sharing our open-source tools with other offices.',
  ],
};

/** Invented evidence notes, by dimension, for low (1–2), middle (3) and high (4–5) levels. */
export const DEMO_EVIDENCE: Record<MaturityDimension, [string, string, string]> = {
  [MaturityDimension.STRATEGY]: [
    'No written ICT strategy; projects decided year by year.',
    'ICT strategy adopted, reviewed yearly by management.',
    'Strategy with a funded portfolio and measured outcomes.',
  ],
  [MaturityDimension.DATA]: [
    'Data kept per system, with known quality gaps.',
    'Data owners named; quality checks on main registers.',
    'Governed data catalogue; quality measured and published.',
  ],
  [MaturityDimension.SECURITY]: [
    'Antivirus and backups; no security policy yet.',
    'Security policy and incident procedure in place.',
    'ISMS certified; security monitored around the clock.',
  ],
  [MaturityDimension.CORE_SYSTEMS]: [
    'Paper files, with some documents scanned.',
    'Electronic workflow for patents and trademarks.',
    'Integrated, fully electronic processing with metrics.',
  ],
  [MaturityDimension.SERVICES]: [
    'Filing on paper or by email.',
    'E-filing for most rights; online register.',
    'Online services used by most applicants, with APIs.',
  ],
  [MaturityDimension.INTEROP]: [
    'Few WIPO standards in use.',
    'Main WIPO standards implemented; some exchange.',
    'XML exchange with WIPO and offices as routine.',
  ],
  [MaturityDimension.INFRA]: [
    'Servers on site, ageing.',
    'Virtualised data centre; documented recovery plan.',
    'Cloud and APIs, with automated deployment.',
  ],
  [MaturityDimension.EMERGING]: [
    'No AI or blockchain use yet.',
    'One AI pilot under evaluation.',
    'AI tools in production for examiners.',
  ],
  [MaturityDimension.PEOPLE]: [
    'Small ICT team, mostly contractors.',
    'Defined ICT roles and a training plan.',
    'Skills framework, career paths and internal academy.',
  ],
  [MaturityDimension.COOPERATION]: [
    'Little contact with other offices on ICT.',
    'Takes part in regional ICT meetings.',
    'Leads joint projects and shares solutions.',
  ],
};
