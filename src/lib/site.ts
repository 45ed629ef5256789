export const SITE_NAME = 'Civilian harm in Mali';
export const SITE_DESCRIPTION =
  "The public record of civilian harm in Mali's conflict: sourced incidents, reported figures, claims and denials, with their uncertainty kept.";

/*
 * Who runs the site and how readers reach them: the one place to record it. The About page,
 * the 404 page and the footer read these; nothing else may state an owner or a contact, and
 * nothing may guess one. Left null, the pages say that it is not recorded yet.
 */

/** The person or organisation responsible for the site, as they wish to be named. Not recorded yet. */
export const SITE_OWNER: string | null = null;

/** Where readers send a correction: an email address or a web form. Not recorded yet. */
export const CORRECTIONS_EMAIL: string | null = null;

/**
 * The public address of the site's source repository (e.g. its GitHub page). Corrections are made
 * there as pull requests or issues, as CONTRIBUTING.md describes. Not recorded yet.
 */
export const SOURCE_REPOSITORY: string | null = null;
