import { graphql } from '../../../gql';

/** What the wizard starts from: the office, its draft (if any), its current assessment, the model. */
export const AssessmentWizardQuery = graphql(`
  query AssessmentWizard($code: String!, $language: String!) {
    office(code: $code) {
      code
      name(language: $language)
      maturity {
        ...MaturityAssessmentFields
      }
      maturityDraft {
        ...MaturityAssessmentFields
        updatedAt
      }
    }
    maturityModel(language: $language) {
      ...MaturityModelFields
    }
  }
`);

/** Keeps (or replaces) the office's one draft: every dimension, each time. */
export const SaveMaturityAssessmentDraft = graphql(`
  mutation SaveMaturityAssessmentDraft($input: MaturityAssessmentInput!) {
    saveMaturityAssessmentDraft(input: $input) {
      ...MaturityAssessmentFields
      updatedAt
    }
  }
`);

/** Submits the assessment: dated, it becomes the office's current one; the draft ends. */
export const SubmitMaturityAssessment = graphql(`
  mutation SubmitMaturityAssessment($input: MaturityAssessmentInput!) {
    submitMaturityAssessment(input: $input) {
      ...MaturityAssessmentFields
    }
  }
`);
