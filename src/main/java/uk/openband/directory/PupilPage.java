package uk.openband.directory;

import java.util.List;

/** One page of a pupil search; {@code page} counts from 1. */
public record PupilPage(List<PupilSummary> pupils, int page, int totalPages, long total) {
}
