export * from './types.js';
export * from './schemas.js';
export * from './codes.js';
export * from './ids.js';
export * from './scores.js';
export {
  QUESTIONNAIRE_NODES,
  type ItemSpec,
  type AnswerKind,
  type QuestionnaireNode,
} from './questionnaire-items.js';
export * from './export.js';
export * from './import.js';
