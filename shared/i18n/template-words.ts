// The shipped templates' words in every language with a document catalogue.
import type { DocumentLanguage } from './document-language';
import { templateWordsEn, type TemplateWords } from './template-words-en';
import { templateWordsFr } from './template-words-fr';
import { templateWordsDe } from './template-words-de';

export type { TemplateWords } from './template-words-en';

export const TEMPLATE_WORDS: Readonly<Record<DocumentLanguage, TemplateWords>> = { en: templateWordsEn, fr: templateWordsFr, de: templateWordsDe };
