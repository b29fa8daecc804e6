package uk.openband.assessment;

/** Something that stops an assessment being saved or sent: which field (its form id) and what is wrong. */
public record AssessmentProblem(String field, String message) {
}
