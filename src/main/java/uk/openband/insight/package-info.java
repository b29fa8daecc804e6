/**
 * Insight for SEND leaders and scrutiny: performance indicators over a period against the previous period and
 * the same period a year before, worked out in SQL over the read models other modules publish (their
 * {@code <module>_..._v} views, never their tables). Pages and {@code /api/v1/insight} in {@code internal}.
 */
package uk.openband.insight;
