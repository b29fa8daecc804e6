package uk.openband.casework;

import java.util.List;
import java.util.Map;

/**
 * One page of the queue, the number of cases matching, how many are in each state (other filters applied), and
 * the bands indicated on any case (for the band filter).
 */
public record CaseQueuePage(List<CaseRow> rows, int page, int pageSize, long total, Map<CaseState, Long> counts,
        List<String> bands) {

    public CaseQueuePage {
        rows = List.copyOf(rows);
        counts = Map.copyOf(counts);
        bands = List.copyOf(bands);
    }

    public int totalPages() {
        return (int) Math.max(1, (total + pageSize - 1) / pageSize);
    }

    public long count(CaseState state) {
        return counts.getOrDefault(state, 0L);
    }

    public long allCount() {
        return counts.values().stream().mapToLong(Long::longValue).sum();
    }
}
