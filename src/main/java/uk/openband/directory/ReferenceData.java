package uk.openband.directory;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

/** The DfE ethnicity codes and the SEN2 types of need, from their reference tables (read once). */
@Service
public class ReferenceData {

    private record Lists(List<CodedValue> ethnicities, List<CodedValue> needs, Map<String, CodedValue> ethnicityByCode,
            Map<String, CodedValue> needByCode) {
    }

    private final JdbcTemplate jdbc;
    private volatile Lists lists;

    ReferenceData(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public List<CodedValue> ethnicities() {
        return lists().ethnicities();
    }

    public List<CodedValue> senNeeds() {
        return lists().needs();
    }

    public Optional<CodedValue> ethnicity(String code) {
        return Optional.ofNullable(code == null ? null : lists().ethnicityByCode().get(code));
    }

    public Optional<CodedValue> senNeed(String code) {
        return Optional.ofNullable(code == null ? null : lists().needByCode().get(code));
    }

    private Lists lists() {
        Lists loaded = lists;
        if (loaded == null) {
            List<CodedValue> ethnicities = jdbc.query("SELECT code, description FROM ethnicity ORDER BY position",
                    (rs, i) -> new CodedValue(rs.getString(1), rs.getString(2)));
            List<CodedValue> needs = jdbc.query("SELECT code, description FROM sen_need ORDER BY position",
                    (rs, i) -> new CodedValue(rs.getString(1), rs.getString(2)));
            loaded = new Lists(ethnicities, needs,
                    ethnicities.stream().collect(Collectors.toMap(CodedValue::code, Function.identity())),
                    needs.stream().collect(Collectors.toMap(CodedValue::code, Function.identity())));
            lists = loaded;
        }
        return loaded;
    }
}
