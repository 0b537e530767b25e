// Every word the shipped templates say that is their own, in English: the file each is written
// to, names, descriptions, the titles of sections that are not a drafted part's usual title,
// starter text, table columns, metrics and their units, people. A drafted part under its usual
// title takes it from the document's catalogue (defaultTitle). The French and German words
// (template-words-fr.ts, -de.ts) are typed from these: a word added here and not there fails the
// type check.

export const templateWordsEn = {
  egiOla: {
    fileName: 'egi-ola-service-report',
    name: 'EGI OLA service report',
    description: "A service's semester report under an EGI OLA, as the seed's: effort, overview, performance against the OLA's targets (99 %, Medium support level), issues, measures, what is foreseen.",
    title: 'OLA service report',
    agreement: 'EGI Operational Level Agreement (OLA)',
    availability: 'Availability',
    reliability: 'Reliability',
    supportPriority: 'Support priority',
    workingDays: 'working days',
  },
  quarterly: {
    fileName: 'quarterly-service-report',
    name: 'Quarterly service report',
    description: "A quarterly service review: a summary, the service's performance against its targets, the incidents of the quarter, the changes delivered and the plans for the next quarter.",
    title: 'Quarterly service report',
    summary: 'Summary',
    performance: 'Service performance',
    incidents: 'Incidents',
    incidentsText: '[For each major incident of the quarter: when it began and ended, who was affected, the cause and what was done. If there was none, say so.]',
    changes: 'Changes delivered',
    changesText: 'The changes delivered in the quarter:',
    changesColumns: ['Change', 'What it changed', 'Delivered on', 'Impact on users'],
    plans: 'Plans for next quarter',
    availability: 'Availability',
    incidentCount: 'Major incidents',
    incidentUnit: 'incidents',
    responseTime: 'First response',
    hours: 'hours',
  },
  project: {
    fileName: 'project-periodic-report',
    name: 'Project periodic report',
    description: "A project's periodic technical report: progress per work package, partners' effort against the PM planned, KPIs with targets, milestones, deviations and corrective actions.",
    title: 'Periodic technical report',
    agreement: 'Grant Agreement',
    summary: 'Summary',
    progress: 'Progress per work package',
    progressText: '[The objectives of the period and how far the work packages went towards them.]',
    workPackages: [
      { title: 'WP1 Project management', text: '[Coordination, reporting and the consortium’s meetings in the period.]' },
      { title: 'WP2 Service operations', text: '[The services run, their changes and how their users were supported.]' },
      { title: 'WP3 Dissemination and training', text: '[Events, publications and training given, and who they reached.]' },
    ],
    resources: 'Use of resources',
    kpis: 'Key performance indicators',
    milestones: 'Milestones',
    milestonesText: 'The milestones of the project and where each stands at the end of the period:',
    milestonesColumns: ['Milestone', 'Due', 'Status', 'Comment'],
    milestoneRows: [
      ['MS1 Project kick-off', 'M1'],
      ['MS2 Services in production', 'M6'],
      ['MS3 First user workshop', 'M9'],
      ['MS4 Mid-term review', 'M18'],
    ],
    deviations: 'Deviations from the work plan',
    correctiveActions: 'Corrective actions',
    partners: ['Partner 1 (coordinator)', 'Partner 2', 'Partner 3'],
    deliverablesOnTime: 'Deliverables submitted on time',
    serviceAvailability: 'Service availability',
    activeUsers: 'Active users',
    usersUnit: 'users',
    trainingEvents: 'Training events',
    eventsUnit: 'events',
  },
};

export type TemplateWords = typeof templateWordsEn;
