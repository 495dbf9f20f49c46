import { z } from 'zod';

/** Talk level as the report marks it after a title (`B`, `I`, `A`). */
export const LevelSchema = z.enum(['beginner', 'intermediate', 'advanced']);
export type Level = z.infer<typeof LevelSchema>;

/** What a part of a day is about; keynotes and talks hold sessions, the rest hold passages. */
export const SectionKindSchema = z.enum(['travel', 'intro', 'recordings', 'booth', 'keynotes', 'talks', 'awards', 'party', 'lunch', 'jobs', 'summary', 'other']);
export type SectionKind = z.infer<typeof SectionKindSchema>;

export const SpeakerSchema = z.object({
  name: z.string().min(3),
  /** Job title as printed; `null` when the report gives only name and organisation. */
  role: z.string().min(1).nullable(),
  org: z.string().min(1),
});
export type Speaker = z.infer<typeof SpeakerSchema>;

/** One paragraph (or a lead-in line with its list) of the report, flattening repaired. */
export const PassageSchema = z.object({
  id: z.string().regex(/^p\d+$/),
  text: z.string().min(1),
  /** 1-based line in the report where the passage starts, for citing. */
  line: z.number().int().positive(),
  /** The author's asides (NOTE/INFO lines): kept, but ranked below the report proper. */
  aside: z.boolean(),
});
export type Passage = z.infer<typeof PassageSchema>;

export const SessionSchema = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/),
  title: z.string().min(3),
  kind: z.enum(['keynote', 'talk']),
  level: LevelSchema.nullable(),
  speakers: z.array(SpeakerSchema).min(1),
  day: z.number().int().min(0),
  sectionId: z.string(),
  line: z.number().int().positive(),
  passages: z.array(PassageSchema),
});
export type Session = z.infer<typeof SessionSchema>;

export const SectionSchema = z.object({
  id: z.string().regex(/^d\d+-[a-z0-9-]+$/),
  /** The heading as printed, or a made-up one for text before the first heading of a day. */
  heading: z.string().min(1),
  kind: SectionKindSchema,
  part: z.enum(['morning', 'evening']).nullable(),
  day: z.number().int().min(0),
  passages: z.array(PassageSchema),
  sessions: z.array(SessionSchema),
});
export type Section = z.infer<typeof SectionSchema>;

export const WeekdaySchema = z.enum(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday']);
export type Weekday = z.infer<typeof WeekdaySchema>;

export const DaySchema = z.object({
  number: z.number().int().min(0),
  /** The heading as printed, e.g. `Day #1`. */
  label: z.string(),
  /** Known only when the report ties some day to a weekday; the others follow from it. */
  weekday: WeekdaySchema.nullable(),
  sections: z.array(SectionSchema),
});
export type Day = z.infer<typeof DaySchema>;

export const ConferenceSchema = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/),
  name: z.string().min(1),
  /** Text before the first day: thanks, credits. */
  preamble: z.array(PassageSchema),
  days: z.array(DaySchema).min(1),
});
export type Conference = z.infer<typeof ConferenceSchema>;
