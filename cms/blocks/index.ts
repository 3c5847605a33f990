import type { Block } from 'payload';
import { editorFriendlyBlock } from '../fields/editorFriendly';
import { CallToAction } from './CallToAction/config';
import { Checklist } from './Checklist/config';
import { Classification } from './Classification/config';
import { ContactPrompt } from './ContactPrompt/config';
import { Content } from './Content/config';
import { CrisisNote } from './CrisisNote/config';
import { DeviceNote } from './DeviceNote/config';
import { FillInTable } from './FillInTable/config';
import { CourseTeaser } from './CourseTeaser/config';
import { Faq } from './Faq/config';
import { GoalSetting } from './GoalSetting/config';
import { Goals } from './Goals/config';
import { HelpOptions } from './HelpOptions/config';
import { Hero } from './Hero/config';
import { Pathways } from './Pathways/config';
import { Quote } from './Quote/config';
import { Reflection } from './Reflection/config';
import { SelfRating } from './SelfRating/config';
import { SelfTest } from './SelfTest/config';
import { TechniquePicker } from './TechniquePicker/config';
import { UrgeDiary } from './UrgeDiary/config';
import { WarningSigns } from './WarningSigns/config';

/**
 * Blocks that make up a course module, in the order editors usually need them. Every block in
 * these lists goes through `editorFriendlyBlock`: titled rows, keys tucked away, its own picture.
 */
export const moduleBlocks: Block[] = [
  Goals,
  SelfRating,
  Content,
  Quote,
  Reflection,
  Checklist,
  Classification,
  TechniquePicker,
  UrgeDiary,
  GoalSetting,
  WarningSigns,
  FillInTable,
  SelfTest,
  CrisisNote,
  DeviceNote,
  ContactPrompt,
].map(editorFriendlyBlock);

/** Blocks for landing and information pages. Text, quote and contact are shared with modules. */
export const pageBlocks: Block[] = [Hero, Pathways, Content, HelpOptions, CourseTeaser, Faq, Quote, CallToAction, ContactPrompt].map(editorFriendlyBlock);

export { EXERCISE_BLOCK_TYPES } from './exerciseBlockTypes';
