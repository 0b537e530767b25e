// The prompts the drafts leave, found and named as the command line names them.
export { findPrompts, promptsLine, promptsQuestion, type SectionPrompts } from '../../shared/draft-prompts';
