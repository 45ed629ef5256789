export const SITE_NAME = 'Civilian harm in Mali';
export const SITE_DESCRIPTION =
  "The public record of civilian harm in Mali's conflict: sourced incidents, reported figures, claims and denials, with their uncertainty kept.";
