// The shipped templates' own words in French, as a French coordinator writes a service or project
// report (not word for word from the English): "Synthèse", "Jalons", "jours ouvrés". Written with
// ordinary spaces before : ; ? ! as the document's catalogue is, and given French spacing the same
// way (frenchSpacing), so a starter sentence never breaks before its colon.
import { frenchSpacing } from './catalogue-fr';
import type { TemplateWords } from './template-words-en';

const written: TemplateWords = {
  egiOla: {
    fileName: 'rapport-de-service-ola-egi',
    name: 'Rapport de service OLA EGI',
    description:
      'Le rapport semestriel d’un service couvert par un OLA EGI, sur le modèle du rapport de référence : effort, vue d’ensemble, performance au regard des objectifs de l’OLA (99 %, niveau de support Medium), problèmes, mesures et activités prévues.',
    title: 'Rapport de service OLA',
    agreement: 'Accord de niveau opérationnel (OLA) EGI',
    availability: 'Disponibilité',
    reliability: 'Fiabilité',
    supportPriority: 'Priorité du support',
    workingDays: 'jours ouvrés',
  },
  quarterly: {
    fileName: 'rapport-de-service-trimestriel',
    name: 'Rapport de service trimestriel',
    description: 'La revue trimestrielle d’un service : une synthèse, la performance du service au regard de ses objectifs, les incidents du trimestre, les évolutions livrées et les prévisions pour le trimestre suivant.',
    title: 'Rapport de service trimestriel',
    summary: 'Synthèse',
    performance: 'Performance du service',
    incidents: 'Incidents',
    incidentsText: '[Pour chaque incident majeur du trimestre : début et fin, utilisateurs touchés, cause et mesures prises. S’il n’y en a eu aucun, l’indiquer.]',
    changes: 'Évolutions livrées',
    changesText: 'Les évolutions livrées au cours du trimestre :',
    changesColumns: ['Évolution', 'Objet', 'Livrée le', 'Impact pour les utilisateurs'],
    plans: 'Prévisions pour le trimestre suivant',
    availability: 'Disponibilité',
    incidentCount: 'Incidents majeurs',
    incidentUnit: 'incidents',
    responseTime: 'Délai de première réponse',
    hours: 'heures',
  },
  project: {
    fileName: 'rapport-periodique-de-projet',
    name: 'Rapport périodique de projet',
    description: 'Le rapport technique périodique d’un projet : l’avancement par lot de travail, l’effort des partenaires au regard des PM prévus, les indicateurs et leurs cibles, les jalons, les écarts et les actions correctives.',
    title: 'Rapport technique périodique',
    agreement: 'Convention de subvention',
    summary: 'Synthèse',
    progress: 'Avancement par lot de travail',
    progressText: '[Les objectifs de la période et l’avancement des lots de travail vers ces objectifs.]',
    workPackages: [
      { title: 'WP1 Gestion du projet', text: '[La coordination, les rapports et les réunions du consortium sur la période.]' },
      { title: 'WP2 Exploitation des services', text: '[Les services exploités, leurs évolutions et l’accompagnement de leurs utilisateurs.]' },
      { title: 'WP3 Diffusion et formation', text: '[Les événements, publications et formations réalisés, et les publics atteints.]' },
    ],
    resources: 'Utilisation des ressources',
    kpis: 'Indicateurs clés de performance',
    milestones: 'Jalons',
    milestonesText: 'Les jalons du projet et leur état à la fin de la période :',
    milestonesColumns: ['Jalon', 'Échéance', 'État', 'Commentaire'],
    milestoneRows: [
      ['MS1 Lancement du projet', 'M1'],
      ['MS2 Mise en production des services', 'M6'],
      ['MS3 Premier atelier utilisateurs', 'M9'],
      ['MS4 Revue à mi-parcours', 'M18'],
    ],
    deviations: 'Écarts par rapport au plan de travail',
    correctiveActions: 'Actions correctives',
    partners: ['Partenaire 1 (coordinateur)', 'Partenaire 2', 'Partenaire 3'],
    deliverablesOnTime: 'Livrables remis dans les délais',
    serviceAvailability: 'Disponibilité du service',
    activeUsers: 'Utilisateurs actifs',
    usersUnit: 'utilisateurs',
    trainingEvents: 'Sessions de formation',
    eventsUnit: 'sessions',
  },
};

/** Every string of the words given French spacing, the shape kept. */
function spaced<T>(value: T): T {
  if (typeof value === 'string') return frenchSpacing(value) as T;
  if (Array.isArray(value)) return value.map((item: unknown) => spaced(item)) as T;
  if (typeof value === 'object' && value !== null) return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, spaced(item)])) as T;
  return value;
}

export const templateWordsFr: TemplateWords = spaced(written);
