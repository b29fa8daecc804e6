package uk.openband.casework;

import java.util.List;
import java.util.Map;

/** One page of the queue, the number of cases matching, and how many are in each state (other filters applied). */
public record CaseQueuePage(List<CaseRow> rows, int page, int pageSize, long total, Map<CaseState, Long> counts) {

    public CaseQueuePage {
        rows = List.copyOf(rows);
        counts = Map.copyOf(counts);
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
