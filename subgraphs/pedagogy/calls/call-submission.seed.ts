import type { Call } from './call.entity.js';
import { checkSubmissionUrl } from './call.rules.js';
import { SubmissionChannel } from './submission-channel.js';

type Submission = Pick<Call, 'submissionChannel' | 'submissionUrl' | 'submissionLabel' | 'owner'>;

/**
 * How each department's calls are submitted: in Cher through the académie d'Orléans-Tours' Colibris
 * forms, one per call; in Finistère through the Conseil départemental's e-démarches, under a label to
 * search for. Channels are those the departments' pages name and owners the organisations that run
 * the calls; the addresses and the label's wording are plausible stand-ins (the real links change
 * with each campaign): replace them with the current ones before showing the data outside a demonstration.
 */
const SUBMISSIONS: Record<string, (code: string) => Submission> = {
  '18': (code) => ({
    submissionChannel: SubmissionChannel.ACADEMY_FORM,
    submissionUrl: `https://colibris.ac-orleans-tours.fr/tne-cher/${code.toLowerCase()}`,
    submissionLabel: null,
    owner: "Académie d'Orléans-Tours — DRANE, mission TNE du Cher",
  }),
  '29': () => ({
    submissionChannel: SubmissionChannel.DEPARTMENT_E_SERVICES,
    submissionUrl: 'https://e-demarches.finistere.fr/tne-ami',
    submissionLabel: "TNE Finistère — Appel à manifestation d'intérêt",
    owner: 'Conseil départemental du Finistère — service éducation, mission TNE',
  }),
};

/** The submission of a seeded call, checked by the rule the API applies. */
export function submissionOf(departmentCode: string, code: string): Submission {
  const submission = SUBMISSIONS[departmentCode]!(code);
  checkSubmissionUrl(submission.submissionChannel!, submission.submissionUrl!);
  return submission;
}
